"""Blocking: which unit pairs are worth scoring, without comparing every pair.

Units are indexed under *anchor* (place, actor, country) x *time bucket* keys, and each unit
probes the keys its own story could share; see :func:`candidate_pairs`.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Sequence

from summarizer.merge.intervals import Interval
from summarizer.merge.lookups import NameLookups
from summarizer.merge.places import COUNTRY
from summarizer.merge.thresholds import BROAD_ANCHOR_DAYS, DATE_WINDOW_DAYS, MAX_BLOCK_SIZE, MAX_ERA_YEARS, PAIR_ANCHORS
from summarizer.merge.units import Unit

def _anchors(u: Unit) -> list[str]:
    """Blocking anchors, most specific first: places, then actors, then countries."""
    anchors = sorted(f"p:{p}" for p in u.places) + sorted(f"e:{e}" for e in u.entities) \
        + sorted(f"c:{c}" for c in u.countries)
    return anchors or ["none"]


def _is_broad(anchor: str, lookups: NameLookups) -> bool:
    """A country, or an actor that is a country: shared by most reports from a region."""
    if not anchor.startswith("e:"):
        return anchor.startswith("c:") or anchor == "none"
    place = lookups.place(anchor[2:])
    return place is not None and place.specificity == COUNTRY


def _anchor_combos(anchors: list[str]) -> list[tuple[str, ...]]:
    """Pairs of the ``PAIR_ANCHORS`` most specific anchors (or the single anchor)."""
    top = anchors[:PAIR_ANCHORS]
    return list(itertools.combinations(top, 2)) if len(top) > 1 else [tuple(top)]


def _years(interval: Interval) -> range:
    """Years an interval touches, at most ``MAX_ERA_YEARS`` after its first."""
    first = interval.start.year
    last = first + MAX_ERA_YEARS if interval.is_open else interval.end.year
    return range(first, min(last, first + MAX_ERA_YEARS) + 1)


def _mid(u: Unit) -> float:
    """The unit's middle day (ordinal): what "nearest in time" in an oversized block means."""
    span = u.env or (u.bound if u.bound is not None and not u.bound.is_open else None)
    if span is None:
        return float(u.bound.start.toordinal()) if u.bound is not None else 0.0
    return (span.start.toordinal() + span.end.toordinal()) / 2


def candidate_pairs(units: Sequence[Unit], lookups: NameLookups) -> set[tuple[int, int]]:
    """Pairs of unit indexes that share a block (see module doc).

    Every unit is indexed under (anchor, week) for its day dates, (anchor, year) for its dates
    or era, and (anchor, anchor) pairs for time-free matching. A dated unit probes the weeks
    within ``DATE_WINDOW_DAYS`` of its dates for specific anchors (a place, a person, an
    organisation) and only the days within ``BROAD_ANCHOR_DAYS`` for broad ones (a country, a
    country as actor), whose blocks grow with the corpus; an era-only unit its era's years, and a unit with
    no time at all probes anchor pairs: sharing two anchors (a place and an actor) stands in
    for the missing date. Blocks larger than ``MAX_BLOCK_SIZE`` yield their units nearest in time.
    """
    own: dict[tuple, list[int]] = defaultdict(list)
    probes: list[list[tuple]] = []
    for i, u in enumerate(units):
        anchors = _anchors(u)
        combos = _anchor_combos(anchors)
        keys: list[tuple] = [(c, "*") for c in combos] + [((a,), "*") for a in anchors if len(combos[0]) > 1]
        probe: list[tuple] = []
        span = u.env or u.bound
        for a in anchors:
            if u.env is not None:  # day and week buckets are day ordinals and ordinal // 7
                first, last = u.env.start.toordinal(), u.env.end.toordinal()
                if _is_broad(a, lookups):
                    keys += [(a, "d", d) for d in range(first, last + 1)]
                    probe += [(a, "d", d) for d in range(first - BROAD_ANCHOR_DAYS, last + BROAD_ANCHOR_DAYS + 1)]
                else:
                    keys += [(a, "w", w) for w in range(first // 7, last // 7 + 1)]
                    probe += [(a, "w", w) for w in range((first - DATE_WINDOW_DAYS) // 7,
                                                         (last + DATE_WINDOW_DAYS) // 7 + 1)]
            if span is not None:
                keys += [(a, "y", y) for y in _years(span)]
                if u.env is None:
                    probe += [(a, "y", y) for y in _years(span)]
        if span is None:
            probe = [(c, "*") for c in combos]
        for key in keys:
            own[key].append(i)
        probes.append(probe)
    mids = [_mid(u) for u in units]
    by_time: dict[tuple, tuple[list[float], list[int]]] = {}
    pairs: set[tuple[int, int]] = set()
    for i, probe in enumerate(probes):
        for key in probe:
            block = own.get(key)
            if not block:
                continue
            if len(block) > MAX_BLOCK_SIZE:
                if key not in by_time:
                    ordered = sorted(block, key=lambda j: (mids[j], j))
                    by_time[key] = ([mids[j] for j in ordered], ordered)
                times, ordered = by_time[key]
                at = bisect.bisect_left(times, mids[i])
                start = max(0, min(at - MAX_BLOCK_SIZE // 2, len(ordered) - MAX_BLOCK_SIZE))
                block = ordered[start:start + MAX_BLOCK_SIZE]
            pairs.update((min(i, j), max(i, j)) for j in block if j != i)
    return pairs

