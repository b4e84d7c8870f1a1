"""The day of a story that gives a clock time but no day: the day it was published.

Breaking news and police releases often date their happening only by the clock: "At
approximately 10 p.m., 911 callers reported hearing gun shots", under a dateline. A reader takes
that as the day of publication, as for "tonight". summarizer offers that day as a date candidate
quoting the clock time, with a note saying how it was read, and only when the story names no day
of its own. A later story about an old happening (an arrest, a trial) names its day, so this
reading does not apply to it.
"""

from __future__ import annotations

import datetime as dt

from summarizer.rules.date_mention import DateMention
from summarizer.rules.times import TimeMention

NOTE = "the story gives a time but no day: the publication day"


def day_of_clock_time(time: TimeMention, published: dt.date) -> DateMention:
    """The publication day, stated by ``time`` ("10 p.m.")."""
    return DateMention(span=time.span, value=published, precision="relative", resolved=True,
                       weekday=published.weekday(), note=NOTE)
