"""Days as closed intervals, and what a unit or cluster knows about when it happened.

Every date the merge reasons about (a record's day, month or year; an article's "now" window;
an era such as "2021 or later") is an :class:`Interval` of days, so one set of operations
(overlap, hull, intersection, gap) serves all of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.merge.thresholds import MAX_STORY_SPAN_DAYS


@dataclass(frozen=True, order=True, slots=True)
class Interval:
    """The days ``start`` to ``end``, both included; ``end == date.max`` means open-ended
    ("2021 or later"). An intersection may come out empty (``start > end``)."""

    start: dt.date
    end: dt.date

    @classmethod
    def day(cls, day: dt.date) -> Interval:
        return cls(day, day)

    @classmethod
    def month(cls, day: dt.date) -> Interval:
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return cls(first, following - dt.timedelta(days=1))

    @classmethod
    def year(cls, year: int, *, open_ended: bool = False) -> Interval:
        """The calendar year, or (open-ended) that year and every later day."""
        return cls(dt.date(year, 1, 1), dt.date.max if open_ended else dt.date(year, 12, 31))

    @property
    def is_open(self) -> bool:
        return self.end == dt.date.max

    @property
    def is_empty(self) -> bool:
        return self.start > self.end

    @property
    def width(self) -> int:
        """Days from start to end (0 for a single day)."""
        return (self.end - self.start).days

    def overlaps(self, other: Interval) -> bool:
        return self.start <= other.end and other.start <= self.end

    def gap(self, other: Interval) -> int:
        """Days between the two intervals (zero or negative when they touch or overlap)."""
        return max((other.start - self.end).days, (self.start - other.end).days)

    def days(self) -> Iterator[dt.date]:
        return (self.start + dt.timedelta(days=n) for n in range(self.width + 1))

    def __str__(self) -> str:
        """ISO form: ``2023-09-20``, ``2023-09-01..2023-09-30`` or ``2021-01-01 or later``."""
        lo = self.start.isoformat()
        if self.is_open:
            return f"{lo} or later"
        hi = self.end.isoformat()
        return lo if lo == hi else f"{lo}..{hi}"


def describe(interval: Interval | None) -> str:
    """:class:`Interval` text, or "unknown" when there is no interval."""
    return "unknown" if interval is None else str(interval)


def hull(a: Interval | None, b: Interval | None) -> Interval | None:
    """The smallest interval covering both; an unknown side (None) adds nothing."""
    if a is None or b is None:
        return b if a is None else a
    return Interval(min(a.start, b.start), max(a.end, b.end))


def intersection(a: Interval | None, b: Interval | None) -> Interval | None:
    """The days both allow (possibly empty); an unknown side (None) constrains nothing."""
    if a is None or b is None:
        return b if a is None else a
    return Interval(max(a.start, b.start), min(a.end, b.end))


@dataclass(frozen=True)
class Timing:
    """When a unit (or a cluster of units) happened, as far as its records tell.

    ``env`` is the hull of its day-precise dates; ``bound`` is what its era and its month or
    year dates allow. Two timings can be one story only if the joined ``env`` stays within
    ``MAX_STORY_SPAN_DAYS``, the bounds overlap, and the dates fall inside the bounds.
    """

    env: Interval | None
    bound: Interval | None

    def conflict(self, other: Timing) -> str | None:
        """Why the two cannot be one story, or None if they can."""
        joined = self.join(other)
        env, bound = joined.env, joined.bound
        if env is not None and env.width > MAX_STORY_SPAN_DAYS:
            return f"dates would span {env.width} days ({describe(self.env)} vs {describe(other.env)})"
        if bound is not None and bound.is_empty:
            return f"eras do not overlap ({describe(self.bound)} vs {describe(other.bound)})"
        if env is not None and bound is not None and not env.overlaps(bound):
            return f"dates {describe(env)} fall outside the era {describe(bound)}"
        return None

    def join(self, other: Timing) -> Timing:
        """The timing of the two as one story: hull of the dates, intersection of the bounds."""
        return Timing(hull(self.env, other.env), intersection(self.bound, other.bound))
