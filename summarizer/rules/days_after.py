"""The day of a shooting counted back from a later day: "He died Sunday, a day after he was shot".

A follow-up story dates the death, the arrest or the vigil and counts back to the happening: "died
Sunday, two days after being shot", "was pronounced dead Monday, a day after the shooting". The
day it counts back to is the happening's own, so summarizer offers it as a date candidate, quoting
the day and the phrase together, with a note saying how it was read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from summarizer.rules.attribution import sentence_spans
from summarizer.rules.date_mention import DateMention
from summarizer.rules.lexicon import SMALL_NUMBER_WORDS
from summarizer.rules.spans import make_span

_DAYS_AFTER = re.compile(
    rf"\b(?P<n>a|{'|'.join(SMALL_NUMBER_WORDS)}|[1-9])\s+days?\s+after\s+"
    r"(?:(?:he|she|they|(?:an?|the|his|her|their)\s+(?:[\w'-]+\s+){0,2}?[\w-]+"
    # a name, perhaps after its age: "two days after 28-year-old Andre Lamont Pettiford was shot and killed"
    r"|(?:\d{1,3}-year-old\s+)?(?-i:[A-Z][\w'.-]*)(?:\s+(?-i:[A-Z][\w'.-]*)){0,3})\s+(?:was|were|had\s+been)\s+"
    r"|being\s+)?"
    r"(?:shot|wounded|stabbed|the\s+(?:shooting|attack|stabbing))\b",
    re.IGNORECASE)


def counted_back(text: str, dates: Sequence[DateMention]) -> list[DateMention]:
    """The days that "<day>, N days after he was shot" counts back to, from the ``dates`` found in
    ``text``: the day must come before the phrase in its sentence."""
    found: list[DateMention] = []
    for sentence in sentence_spans(text):
        for match in _DAYS_AFTER.finditer(sentence.text):
            start = sentence.start + match.start()
            anchors = [d for d in dates if d.precision in ("day", "weekday")
                       and sentence.start <= d.span.start and d.span.end <= start]
            anchor = max(anchors, key=lambda d: d.span.start, default=None)
            if anchor is None or anchor.value is None:
                continue
            words = match.group("n").lower()
            days = 1 if words == "a" else SMALL_NUMBER_WORDS.get(words) or int(words)
            value = anchor.value - dt.timedelta(days=days)
            found.append(DateMention(
                span=make_span(text, anchor.span.start, sentence.start + match.end()), value=value,
                precision=anchor.precision, resolved=anchor.resolved, weekday=value.weekday(),
                note=f"{days} day{'s' if days > 1 else ''} before {anchor.span.text}"))
    return found
