"""When an undated article was written: its *era*, from the years its own text mentions.

An undated article's "now" (what counts as its current events rather than background) is its
era; see :func:`estimate_year`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from summarizer.merge.intervals import Interval
from summarizer.merge.thresholds import ERA_CUE_WINDOW
from summarizer.rules import find_dates, sentence_spans
from summarizer.rules.date_mention import DateMention
from summarizer.rules.lexicon import INDEFINITE_ONE, SMALL_NUMBER_WORDS
from summarizer.rules.spans import Span


@dataclass(frozen=True)
class Era:
    """When an article was written, as far as the text tells.

    ``kind`` is ``published`` (from the publication date), ``offset`` (a point estimate from a
    cue such as "almost a year after the ... conflict ... in 2020") or ``lower_bound`` (only the
    latest year the text mentions: the article is from that year or later).
    """

    year: int
    kind: Literal["published", "offset", "lower_bound"]
    cue: str

    def interval(self) -> Interval:
        """The days of the era: its year, or that year and later for a lower bound."""
        return Interval.year(self.year, open_ended=self.kind == "lower_bound")


_NUMBER_WORDS = {**INDEFINITE_ONE, **SMALL_NUMBER_WORDS}
_OFFSET_CUE = re.compile(
    r"\b(?:(?:almost|nearly|about|around|some|more\s+than|over|just\s+over|less\s+than|barely)\s+)?"
    rf"(?P<n>{'|'.join(_NUMBER_WORDS)}|\d{{1,2}})\s+(?:full\s+)?years?\s+"
    r"(?:after|since|following|on\s+from)\b",
    re.IGNORECASE,
)
_LAST_YEARS = re.compile(r"\blast\s+year['’]s\s+(?P<noun>[^\W\d_]{3,})", re.IGNORECASE)


def _year_mentions(text: str, dates: Sequence[DateMention] | None) -> list[tuple[int, int]]:
    """(character offset, year) of every explicit year in ``text`` (bare years and full dates)."""
    return [(m.span.start, m.value.year) for m in (find_dates(text, None) if dates is None else dates)
            if m.value is not None and m.precision in ("day", "month", "year")]


def estimate_year(text: str, published: dt.date | None = None, sentences: Sequence[Span] | None = None,
                  dates: Sequence[DateMention] | None = None) -> Era | None:
    """The year an article was written (see :class:`Era`), from its date or its own wording.

    Rules, in order:

    1. a publication date gives its year;
    2. "N years after/since ..." (also "almost a year after") adds N to the year mentioned
       nearest the cue (within ``ERA_CUE_WINDOW`` characters);
       "last year's <noun>" adds 1 to the latest year mentioned in a sentence naming that noun
       ("last year's war" + "In 2020 ... a war" -> 2021). Several cues vote; ties go to the later;
    3. otherwise the latest year mentioned is a lower bound ("after a war in 2020" -> 2020 or later).

    ``sentences`` and ``dates`` (found without a publication date) are the text's when the caller
    has them: an undated article's Document.
    """
    if published is not None:
        return Era(published.year, "published", "publication date")
    years = _year_mentions(text, dates)
    if not years:
        return None
    votes: Counter[int] = Counter()
    cues: dict[int, str] = {}
    for m in _OFFSET_CUE.finditer(text):
        raw = m.group("n").lower()
        offset = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        near = [(abs(pos - m.start()), year) for pos, year in years if abs(pos - m.start()) <= ERA_CUE_WINDOW]
        if near:
            year = min(near)[1] + offset
            votes[year] += 1
            cues.setdefault(year, m.group(0))
    bounds = [(s.start, s.end) for s in (sentence_spans(text) if sentences is None else sentences)]
    for m in _LAST_YEARS.finditer(text):
        noun = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.IGNORECASE)
        referenced = [year for pos, year in years for s, e in bounds
                      if s <= pos < e and not s <= m.start() < e and noun.search(text, s, e)]
        if referenced:
            year = max(referenced) + 1
            votes[year] += 1
            cues.setdefault(year, m.group(0))
    if votes:
        year = max(votes, key=lambda y: (votes[y], y))
        return Era(year, "offset", cues[year])
    latest = max(year for _, year in years)
    return Era(latest, "lower_bound", f"latest year mentioned: {latest}")

