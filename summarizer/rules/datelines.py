"""The publication dateline of a story: "Published on 20/09/2023 at 11:35", "POSTED: 1052 GMT,
April 10, 2007", "Sept. 20, 2023 | 11:35".

A date in the first lines of a story, labelled or on a short line of its own, is when it was
published, not when its event happened: :func:`parse_published_header` reads it (the article's
publication time when none is given), and :func:`without_dateline` blanks it so that it never
counts as support for an event's date.
"""

from __future__ import annotations

import re
from datetime import datetime

from summarizer.rules.dates import MONTH_PATTERN, day_first, month_number
from summarizer.rules.lexicon import WEEKDAY_PATTERN, clock_hour

_HEADER_PREFIX = re.compile(
    r"^\s*(?:(?:first\s+)?published|posted|updated|last\s+updated|dated|date)\b\s*(?:on\b|:)?\s*",
    re.IGNORECASE,
)
_HEADER_TIME = r"(?:\s*(?:at|,|-|\||T)?\s*(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?)?"
_HEADER_DATE_RE = re.compile(
    rf"(?:{WEEKDAY_PATTERN},?\s+)?(?:"
    rf"(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})"
    rf"|(?P<num_a>\d{{1,2}})[/.-](?P<num_b>\d{{1,2}})[/.-](?P<num_y>\d{{4}})"
    rf"|(?P<mdy_m>{MONTH_PATTERN})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>\d{{4}})"
    rf"|(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmy_m>{MONTH_PATTERN}),?\s+(?P<dmy_y>\d{{4}})"
    rf"){_HEADER_TIME}",
    re.IGNORECASE,
)
_HEADER_SPLIT = re.compile(r"\s+[|•·–—]\s+|\s+-\s+")
_HEADER_LINES = 5
_BARE_DATELINE_MAX = 60


def _header_datetime(m: re.Match[str]) -> datetime | None:
    g = m.group
    if g("iso_y"):
        year, month, day = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
    elif g("num_a"):
        day, month = day_first(int(g("num_a")), int(g("num_b")))
        year = int(g("num_y"))
    elif g("mdy_m"):
        year, month, day = int(g("mdy_y")), month_number(g("mdy_m")), int(g("mdy_d"))
    else:
        year, month, day = int(g("dmy_y")), month_number(g("dmy_m")), int(g("dmy_d"))
    hour, minute = (int(g("hh")), int(g("mm"))) if g("hh") else (0, 0)
    hour24 = clock_hour(hour, g("ampm") or "")
    if hour24 is None:
        return None
    try:
        return datetime(year, month, day, hour24, minute)
    except ValueError:
        return None


def parse_published_header(text: str) -> datetime | None:
    """Publication datetime from a leading dateline ("Published on 20/09/2023 at 11:35").

    Only the first five non-empty lines are examined, and a date counts only
    anywhere after a "Published/Posted/Updated/Date" label ("POSTED: 1052 GMT,
    April 10, 2007") or as a short line (or a ``|``-separated part of one) that
    starts with the date, so dates inside body sentences are never taken for
    the publication date. The result is naive wall-clock time (any zone suffix
    is ignored); date-only headers give midnight.
    """
    lines = [line for line in text.splitlines() if line.strip()][:_HEADER_LINES]
    for line in lines:
        labelled = _HEADER_PREFIX.match(line)
        parts = [line[labelled.end():]] if labelled else _HEADER_SPLIT.split(line.strip())
        for part in parts:
            if not labelled and len(part) > _BARE_DATELINE_MAX:
                continue
            m = _HEADER_DATE_RE.match(part.strip()) or (_HEADER_DATE_RE.search(part) if labelled else None)
            if m is not None and (result := _header_datetime(m)) is not None:
                return result
    return None


def without_dateline(text: str) -> str:
    """The text with its publication dateline blanked (same length, so offsets still hold).

    A date or time that occurs only in "Published on 20/09/2023 at 11:35" is when the story was
    published, not when the event happened: it must not count as support for an event value.
    """
    lines = text.splitlines(keepends=True)
    out, seen = [], 0
    for line in lines:
        if line.strip():
            seen += 1
        out.append(" " * len(line.rstrip("\r\n")) + line[len(line.rstrip("\r\n")):]
                   if seen <= 5 and parse_published_header(line) else line)
    return "".join(out)
