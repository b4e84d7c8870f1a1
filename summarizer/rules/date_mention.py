"""One date phrase found in text and what it resolved to: the value every date rule returns and
every later stage (grounding, anchoring, merge) reads. Its own module so the passes that re-read a
weekday against the text's other dates (:mod:`summarizer.rules.weekdays_dated`) need not import
the date grammar."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel

from summarizer.rules.spans import Span

Precision = Literal["day", "month", "year", "weekday", "relative"]
Prefer = Literal["past", "future", "nearest"]


class DateMention(BaseModel):
    """A date phrase found in text, resolved against the publication date when possible."""

    span: Span
    value: date | None
    precision: Precision
    resolved: bool
    weekday: int | None
    note: str | None
