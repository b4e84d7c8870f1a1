"""What the merge reads from one event record: its date as an interval, its place, its actors'
entities, its sub-event, and the verifier's verdicts per field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from summarizer.models.fieldpath import FieldPath
from summarizer.merge.articles import is_speaker
from summarizer.merge.intervals import Interval
from summarizer.merge.lookups import NameLookups
from summarizer.merge.places import record_place
from summarizer.rules.gazetteer import fold
from summarizer.models.schemas import EventDate, EventRecord, Span, Verdict


@dataclass(frozen=True)
class RecordFeatures:
    """One record with the features merging compares (all derived from the record alone,
    except ``entities``, which come from the corpus-wide entity resolution)."""

    record: EventRecord
    article_id: str
    published: dt.datetime | None
    own: Interval | None  # the record's own date
    precise: bool  # own date is a day (not a month or year)
    recent: bool  # dated as current: weekday / relative phrase
    weekday: int | None  # weekday named but not resolved
    country: str | None
    place: str | None
    specificity: int  # 3 city/region, 2 admin1, 1 country, 0 unknown
    is_town: bool  # the gazetteer knows the place as a city
    detail: str | None  # the finer place within the city, folded: a neighbourhood
    entities: tuple[tuple[str, str], ...]  # (surface name, entity id)
    quoted: frozenset[str]  # entity ids of actors the article quotes: no sign of which story it is
    sub_event: str


def own_interval(date: EventDate) -> tuple[Interval | None, bool]:
    """A record's date as an interval, and whether it is day-precise."""
    if date.value is None:
        return None, False
    if date.precision == "month":
        return Interval.month(date.value), False
    if date.precision == "year":
        return Interval.year(date.value.year), False
    return Interval.day(date.value), True


def sub_event_key(record: EventRecord) -> str:
    """``EVENT_TYPE/mode`` (mode folded, without spaces, dashes or underscores)."""
    mode = re.sub(r"[\s_-]+", "", fold(record.mode)) if record.mode else ""
    return f"{record.event_type}/{mode}" if mode else record.event_type


def record_features(record: EventRecord, published: dt.datetime | None, entity_of: Mapping[str, str],
                    lookups: NameLookups, speakers: frozenset[str] = frozenset()) -> RecordFeatures:
    """The record's features; ``quoted`` holds its actors that are among the article's ``speakers``
    (:func:`~summarizer.merge.articles.is_speaker`)."""
    own, precise = own_interval(record.date)
    where = record_place(record.location, lookups.place)
    entities = tuple((a.name, entity_of[a.canonical or lookups.canonical(a.name)]) for a in record.actors)
    weekday = None
    if record.date.value is None and record.date.text and record.date.precision == "weekday":
        weekday = lookups.weekday_of(record.date.text)
    return RecordFeatures(
        record=record, article_id=record.provenance.article_id, published=published, own=own,
        precise=precise, recent=record.date.precision in ("weekday", "relative"), weekday=weekday,
        country=where.country, place=where.place, specificity=where.specificity, is_town=where.is_town,
        detail=fold(record.location.detail) if record.location.city and record.location.detail else None,
        entities=entities, quoted=frozenset(e for name, e in entities if is_speaker(name, speakers)),
        sub_event=sub_event_key(record),
    )


def verdicts(record: EventRecord) -> dict[FieldPath, tuple[Verdict, Span | None]]:
    """Field -> (verdict, first evidence span) from the record's verification, if any."""
    if record.verification is None:
        return {}
    found: dict[FieldPath, tuple[Verdict, Span | None]] = {}
    for check in record.verification.checks:
        path = FieldPath.parse(check.field)
        if path is not None:
            found.setdefault(path, (check.verdict, check.spans[0] if check.spans else None))
    return found
