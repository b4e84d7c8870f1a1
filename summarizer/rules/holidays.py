"""Days named by a holiday: "on the Fourth of July", "on Christmas Eve", "on Thanksgiving night".

Local news dates a holiday's events by the holiday's name, not by the calendar date, and the
calendar date is what a dataset codes. A name is taken as the day only after "on" ("was shot on
the Fourth of July", "on Christmas Eve"): stories mention holidays as context too ("ahead of
Father's Day", "Christmas shopping"), and "Labor Day weekend" is not one day.

Each resolves like a day and month without a year: to the occurrence nearest the publication
date. The US federal and common observances are listed; a holiday on a given weekday of a month
("Thanksgiving", the fourth Thursday of November) is computed for the year, Easter by
:func:`dateutil.easter.easter`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from dateutil.easter import easter

from summarizer.rules.spans import Span, make_span

#: Holidays on a fixed day of the year: (month, day).
_FIXED = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "cinco de mayo": (5, 5),
    "juneteenth": (6, 19), "fourth of july": (7, 4), "independence day": (7, 4), "halloween": (10, 31),
    "veterans day": (11, 11), "veterans' day": (11, 11), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25),
}
#: Holidays on the n-th weekday of a month: (month, weekday 0=Mon, n; -1 = the last).
_NTH_WEEKDAY = {
    "martin luther king jr. day": (1, 0, 3), "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3),
    "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3), "mother's day": (5, 6, 2), "memorial day": (5, 0, -1),
    "father's day": (6, 6, 3), "labor day": (9, 0, 1), "columbus day": (10, 0, 2), "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
}
_NAMES = sorted([*_FIXED, *_NTH_WEEKDAY, "easter sunday", "easter"], key=len, reverse=True)
_BY_KEY = {name.replace("'", ""): name for name in _NAMES}
_HOLIDAY = re.compile(
    r"\bon\s+(?:the\s+)?(?P<name>" + "|".join(re.escape(n).replace("'", "['’]?") for n in _NAMES) + r")\b"
    r"(?!\s+(?:weekend|holiday\s+weekend|week|season|break|shopping|party|parade|tree|lights))",
    re.IGNORECASE)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (0 = Monday) of the month; the last one for ``n = -1``."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _day_in(name: str) -> Callable[[int], date]:
    """The holiday's date in a given year."""
    if name in _FIXED:
        month, day = _FIXED[name]
        return lambda year: date(year, month, day)
    if name in _NTH_WEEKDAY:
        month, weekday, n = _NTH_WEEKDAY[name]
        return lambda year: _nth_weekday(year, month, weekday, n)
    return easter  # "easter", "easter sunday"


class HolidayMention(NamedTuple):
    """A holiday name in the text and the day it names (None without a publication date)."""

    span: Span
    value: date | None


def find_holidays(text: str, published: date | None) -> list[HolidayMention]:
    """Holiday names after "on", with the occurrence nearest ``published``."""
    found = []
    for match in _HOLIDAY.finditer(text):
        name = _BY_KEY[re.sub(r"['’]", "", match.group("name").lower())]
        value = None
        if published is not None:
            day_in = _day_in(name)
            value = min((day_in(y) for y in (published.year - 1, published.year, published.year + 1)),
                        key=lambda d: abs((d - published).days))
        found.append(HolidayMention(make_span(text, match.start("name"), match.end("name")), value))
    return found
