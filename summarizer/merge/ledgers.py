"""Field ledgers: every value the sources gave for a field, and the reconciled value.

:func:`field_ledger` is the shared rule (agreement classes, support by source group, rejected
values listed but not counted); the date, time and location ledgers say what "agree" means for
their field. Casualty counts have their own rules (:mod:`summarizer.merge.counts`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from summarizer.models.fieldpath import FieldPath
from summarizer.merge.articles import ArticleAnalysis
from summarizer.merge.intervals import Interval
from summarizer.merge.records import RecordFeatures, verdicts
from summarizer.rules import resolve_date_phrase
from summarizer.models.summary import Candidate, FieldLedger

_Keyed = tuple[Candidate, Any]  # a candidate and its comparable key


def candidate_fields(r: RecordFeatures, articles: Mapping[str, ArticleAnalysis], field: FieldPath,
                     value: str | None, normalized: str | None, note: str | None = None) -> dict[str, Any]:
    """The fields every :class:`Candidate` has: where the value comes from and its verdict."""
    verdict, span = verdicts(r.record).get(field, (None, None))
    return dict(value=value, normalized=normalized, article_id=r.article_id, record_id=r.record.record_id,
                verdict=verdict, evidence=span, published_at=r.published,
                source_group=articles[r.article_id].source_group, sub_event=r.sub_event, note=note)


def support(cands: Iterable[Candidate]) -> int:
    """Independent sources: syndicated copies count once."""
    return len({c.source_group for c in cands})


def _classes(items: list[_Keyed], compatible: Callable[[Any, Any], bool]) -> list[list[_Keyed]]:
    """Group (candidate, key) pairs into agreement classes, first compatible class wins."""
    classes: list[list[_Keyed]] = []
    for item in items:
        for cls in classes:
            if all(compatible(item[1], other[1]) for other in cls):
                cls.append(item)
                break
        else:
            classes.append([item])
    return classes


def field_ledger(entries: list[tuple[Candidate, Any | None]], compatible: Callable[[Any, Any], bool],
                 render: Callable[[list[_Keyed]], str]) -> FieldLedger:
    """Consensus / disputed / single / unknown over the comparable candidates.

    ``entries`` pairs each candidate with its comparable key, None when its value could not be
    normalised: such candidates are listed but neither support nor dispute.
    Agreement classes are built greedily in record-id order; the value comes from the class
    with the most source groups whose value the verifier did not reject (unchecked or
    ``supported``), then the most source groups overall, then the first class.
    A value the verifier rejected (not in the article, or only in its dateline) stays listed with
    its verdict, but cannot dispute a value the article does support.
    """
    candidates = [cand for cand, _ in entries]
    keyed = [(cand, key) for cand, key in entries if key is not None]
    if not keyed:
        return FieldLedger(status="unknown", candidates=candidates)
    credible = [item for item in keyed if item[0].verdict in (None, "supported")]
    classes = _classes(credible or keyed, compatible)
    best = max(classes, key=lambda cls: (support(c for c, _ in cls if c.verdict in (None, "supported")),
                                         support(c for c, _ in cls)))
    status = "disputed" if len(classes) > 1 else "single" if support(c for c, _ in best) == 1 else "consensus"
    rejected = len(keyed) - len(credible) if credible else 0
    note = f"{rejected} value(s) the verifier rejected are listed but not counted" if rejected else None
    return FieldLedger(status=status, value=render(best), support=support(c for c, _ in best),
                       candidates=candidates, note=note)


def cluster_anchor_date(recs: Sequence[RecordFeatures]) -> dt.date | None:
    """The most reported day-precise date (ties: earliest): what relative phrases resolve against."""
    days = Counter(r.record.date.value for r in recs if r.precise and r.record.date.value is not None)
    return min(days, key=lambda d: (-days[d], d)) if days else None


def date_ledger(recs: Sequence[RecordFeatures], articles: Mapping[str, ArticleAnalysis],
                anchor: dt.date | None) -> FieldLedger:
    """Dates of one sub-event.

    Values agree when their intervals overlap ("2023", "September 2023" and "2023-09-20" agree);
    the reported value is the narrowest interval of the best-supported class. A weekday phrase
    in an undated article ("on Thursday") is resolved against the cluster's date (the nearest
    such weekday), keeping the original text, with a note.
    """
    entries: list[tuple[Candidate, Interval | None]] = []
    for r in recs:
        date = r.record.date
        if not date.text and date.value is None:
            continue
        interval, note = r.own, None
        if interval is None and r.weekday is not None and anchor is not None and date.text:
            mention = resolve_date_phrase(date.text, anchor)
            if mention is not None and mention.value is not None:
                interval, note = Interval.day(mention.value), f"resolved against cluster date {anchor.isoformat()}"
        normalized = str(interval) if interval is not None else None
        cand = Candidate(**candidate_fields(r, articles, FieldPath("date"), date.text or normalized, normalized, note))
        entries.append((cand, interval))
    return field_ledger(entries, Interval.overlaps,
                        lambda cls: str(Interval(max(k.start for _, k in cls), min(k.end for _, k in cls))))


def _utc_of(r: RecordFeatures, anchor: dt.date | None,
            tz: str | None) -> tuple[dt.datetime | None, dt.time | None, str | None]:
    """(UTC instant, UTC time of day, note): a local-only time is resolved against the cluster."""
    t = r.record.time
    if t.utc is not None:
        return t.utc.astimezone(dt.UTC), None, None
    day = r.record.date.value if r.precise else anchor
    zone = t.timezone or tz
    if t.local_time is not None and day is not None and zone is not None:
        try:
            local = dt.datetime.combine(day, t.local_time, tzinfo=ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            return None, t.utc_time, None
        return local.astimezone(dt.UTC), None, "resolved against cluster date and place"
    return None, t.utc_time, None


def _times_agree(a: tuple[dt.datetime | None, dt.time], b: tuple[dt.datetime | None, dt.time]) -> bool:
    """Two full instants must be equal; otherwise the UTC clock times must be."""
    if a[0] is not None and b[0] is not None:
        return a[0] == b[0]
    return a[1] == b[1]


def _render_time(cls: list[tuple[Candidate, tuple[dt.datetime | None, dt.time]]]) -> str:
    instants = sorted(k[0] for _, k in cls if k[0] is not None)
    return instants[0].isoformat() if instants else f"{cls[0][1][1].strftime('%H:%M')} UTC"


def time_ledger(recs: Sequence[RecordFeatures], articles: Mapping[str, ArticleAnalysis],
                anchor: dt.date | None, tz: str | None) -> FieldLedger:
    """Clock times of one sub-event, compared as UTC.

    "13:00 local time" in Baku, "5 a.m. ET" and "0900 GMT" are one instant. A full instant and
    a UTC time of day agree when the clock matches. A time given without zone or date is
    converted with the cluster's date and the event place's zone (noted on the candidate).
    """
    entries: list[tuple[Candidate, tuple[dt.datetime | None, dt.time] | None]] = []
    for r in recs:
        t = r.record.time
        if not t.text and t.local_time is None:
            continue
        instant, utc_time, note = _utc_of(r, anchor, tz)
        normalized = instant.isoformat() if instant else f"{utc_time.strftime('%H:%M')} UTC" if utc_time else None
        if normalized is None and t.local_time is not None:
            normalized = f"{t.local_time.strftime('%H:%M')} local"
        cand = Candidate(**candidate_fields(r, articles, FieldPath("time"), t.text or normalized, normalized, note))
        clock = instant.time() if instant is not None else utc_time
        entries.append((cand, (instant, clock) if clock is not None else None))
    return field_ledger(entries, _times_agree, _render_time)


def location_ledger(recs: Sequence[RecordFeatures], articles: Mapping[str, ArticleAnalysis]) -> FieldLedger:
    """The story's place: names are compared after gazetteer resolution ("Khankendi" is
    "Stepanakert"). Different places in one country are not a dispute but different
    granularity: the best-supported, then most specific, name is reported, with a note.
    Places in different countries are disputed."""
    candidates: list[Candidate] = []
    keyed: list[_Keyed] = []
    for r in recs:
        loc = r.record.location
        if not (loc.name or loc.country):
            continue
        cand = Candidate(**candidate_fields(r, articles, FieldPath("location"), loc.name or loc.country,
                                            r.place or loc.country, f"country {r.country}" if r.country else None))
        candidates.append(cand)
        keyed.append((cand, (r.place or loc.country, r.country, r.specificity)))
    if not keyed:
        return FieldLedger(status="unknown", candidates=candidates)
    countries = {k[1] for _, k in keyed if k[1]}
    backers: dict[str, set[str]] = defaultdict(set)
    specificity: dict[str, int] = {}
    for cand, (name, _, spec) in keyed:
        backers[name].add(cand.source_group)
        specificity[name] = max(specificity.get(name, 0), spec)
    value = min(backers, key=lambda n: (-len(backers[n]), -specificity[n], n))
    groups = support(candidates)
    note = None
    if len(countries) > 1:
        status = "disputed"
    elif len(backers) > 1:
        status = "consensus" if groups > 1 else "single"
        note = f"same country ({next(iter(countries), 'unknown')}), places at different granularity: " \
            + ", ".join(sorted(backers))
    else:
        status = "consensus" if groups > 1 else "single"
    return FieldLedger(status=status, value=value, support=len(backers[value]), candidates=candidates, note=note)


