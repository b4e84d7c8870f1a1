"""Units: the records of one article that tell one story.

An article usually reports one story, so its records form one *main* unit whether they
describe the offensive, the ceasefire that ended it or the talks that followed. Records the
article dates outside its own "now" are *background* (the "2020 war" in a 2023 report) and
become separate units, chained by date (:func:`split_article`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.merge.articles import ArticleAnalysis
from summarizer.merge.intervals import Interval, Timing, hull, intersection
from summarizer.merge.records import RecordFeatures
from summarizer.merge.thresholds import DATE_WINDOW_DAYS, FAMILIES, SUMMARY_SAMPLES
from summarizer.rules.gazetteer import fold

_STOPWORDS = frozenset(
    "a an the of in on at to for by with from and or as is are was were be been has have had its it "
    "their his her this that after before over into".split()
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Unit:
    """Records of one article that tell one story, with what scoring compares (folded names).

    ``part`` 0 is the article's main unit (its "now"); background units count from 1.
    ``env`` is the hull of the day-precise dates, ``bound`` what the article's era (for a main
    unit) and the month or year dates allow.
    """

    article_id: str
    part: int
    recs: tuple[RecordFeatures, ...]
    env: Interval | None
    bound: Interval | None
    weekdays: frozenset[int]
    countries: frozenset[str]
    places: frozenset[str]
    towns: frozenset[str]
    details: frozenset[tuple[str, str]]  # (town, neighbourhood) pairs, folded
    streets: frozenset[str]  # the article's streets, for its main unit only (folded)
    sides: frozenset[str]  # compass points of the sides of a city the article names, main unit only
    entities: frozenset[str]
    types: frozenset[str]
    families: frozenset[str]
    texts: tuple[str, ...]
    tolls: frozenset[tuple[str, int]]  # (kind, best) of its killed and injured claims

    @property
    def uid(self) -> str:
        """``<article id>#<part>``: how merge reasons name the unit."""
        return f"{self.article_id}#{self.part}"

    @property
    def is_main(self) -> bool:
        """The article's "now" rather than the background it looks back on."""
        return self.part == 0

    @property
    def timing(self) -> Timing:
        return Timing(self.env, self.bound)


def split_article(recs: Sequence[RecordFeatures], window: Interval | None,
                  dated: bool) -> tuple[list[RecordFeatures], list[list[RecordFeatures]]]:
    """Split an article's records into its main ("now") records and background date groups.

    Dated records are chained into date groups (day-precise dates within ``DATE_WINDOW_DAYS``,
    month/year dates only when they overlap). A group belongs to "now" when it overlaps the
    article's now window; in an undated article only the latest such group does (older dates
    are what the story looks back on), and month/year-only groups do not if the article dates
    its current events by weekday or "today". Records without a date are "now".
    """
    main = [r for r in recs if r.own is None]
    dated_recs = sorted(((r.own, r) for r in recs if r.own is not None),
                        key=lambda x: (x[0], x[1].record.record_id))
    groups: list[list[RecordFeatures]] = []
    span: Interval | None = None
    for own, r in dated_recs:
        if span is not None and (own.start - span.end).days <= (
                DATE_WINDOW_DAYS if r.precise and all(x.precise for x in groups[-1]) else 0):
            groups[-1].append(r)
            span = hull(span, own)
        else:
            groups.append([r])
            span = own
    has_recent = any(r.recent for r in recs)
    eligible = [g for g in groups
                if (window is None or any(r.own is not None and r.own.overlaps(window) for r in g))
                and (dated or not has_recent or any(r.precise for r in g))]
    if not dated:
        eligible = eligible[-1:]
    for g in eligible:
        main.extend(g)
    return main, [g for g in groups if not any(g is e for e in eligible)]


def _summary_text(summary: str) -> str:
    return " ".join(w for w in _WORD.findall(summary.casefold()) if w not in _STOPWORDS)


def make_unit(article_id: str, part: int, recs: Sequence[RecordFeatures], window: Interval | None,
              streets: frozenset[str] = frozenset(), sides: frozenset[str] = frozenset()) -> Unit:
    """A unit's time state: ``env`` (hull of its day dates) and ``bound`` (the article's now
    window for a main unit, narrowed by month/year dates). ``streets`` and ``sides`` are the
    article's, given to its main unit: its background units are other happenings, whose streets
    it may not name."""
    precise = [r.own for r in recs if r.own is not None and r.precise]
    env = Interval(min(p.start for p in precise), max(p.end for p in precise)) if precise else None
    bound = window
    for r in recs:
        if r.own is not None and not r.precise:
            narrowed = intersection(bound, r.own)
            bound = narrowed if narrowed is not None and not narrowed.is_empty else bound
    ordered = tuple(sorted(recs, key=lambda r: r.record.record_id))
    return Unit(
        article_id=article_id, part=part, recs=ordered, env=env, bound=bound,
        weekdays=frozenset(r.weekday for r in ordered if r.weekday is not None),
        countries=frozenset(r.country for r in ordered if r.country),
        places=frozenset(fold(r.place) for r in ordered if r.place and r.specificity > 1),
        towns=frozenset(fold(r.place) for r in ordered if r.place and r.is_town),
        details=frozenset((fold(r.place), r.detail) for r in ordered if r.place and r.detail),
        streets=streets,
        sides=sides,
        entities=frozenset(e for r in ordered for _, e in r.entities if e not in r.quoted),
        types=frozenset(r.record.event_type for r in ordered),
        families=frozenset(FAMILIES[r.record.event_type] for r in ordered),
        texts=tuple(_summary_text(r.record.summary) for r in ordered[:SUMMARY_SAMPLES]),
        tolls=frozenset((c.kind, c.best) for r in ordered for c in r.record.casualties
                        if c.kind in ("killed", "injured") and c.best),
    )


def article_units(article: ArticleAnalysis, recs: Sequence[RecordFeatures]) -> list[Unit]:
    """The article's main unit (if it has "now" records) and its background units."""
    window = article.window
    main, background = split_article(recs, window, article.published is not None)
    units = [make_unit(article.article_id, 0, main, window, article.streets, article.sides)] if main else []
    return units + [make_unit(article.article_id, n, group, None) for n, group in enumerate(background, 1)]


def unit_weekdays(u: Unit, article: ArticleAnalysis) -> frozenset[int]:
    """Weekdays a unit is about: its records' weekday phrases, the weekdays of its day dates
    (up to a week) and the weekdays its article names."""
    days = set(u.weekdays) | (set(article.profile.weekdays) if article.profile else set())
    if u.env is not None and u.env.width < 7:
        days |= {d.weekday() for d in u.env.days()}
    return frozenset(days)
