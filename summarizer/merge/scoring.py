"""Whether two units can be one story (vetoes) and how alike they are (the weighted score).

The main rule (:func:`score_pair`) scores candidate pairs from blocking on actors, place, time,
event type and summary wording (``WEIGHTS``); the text rule (:mod:`summarizer.merge.textrule`)
compares the articles' name terms instead. Both share the vetoes of :func:`_story_veto` and the
event-type ladder of :func:`type_score`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarizer.merge.articles import ArticleAnalysis
from summarizer.merge.places import PlaceComparison, compare_places
from summarizer.merge.thresholds import (
    DATE_WINDOW_DAYS,
    DIFFERENT_TOLL_PEOPLE,
    MATCH_THRESHOLD,
    NEUTRAL,
    SHARED_TOLL_PEOPLE,
    TIME_SCORES,
    TYPE_SCORES,
    WEEKDAY_VETO_DAYS,
    WEIGHTS,
)
from summarizer.merge.units import Unit, unit_weekdays


@dataclass(frozen=True)
class ScoredPair:
    """A proposed merge of units ``i`` and ``j`` (indexes; ``a``/``b`` their uids), with its
    score, the score's components and the rule that proposed it, in words."""

    score: float
    a: str
    b: str
    i: int
    j: int
    components: Mapping[str, float]
    rule: str

    def rank(self) -> tuple[float, str, str]:
        """Sort key: best first, then by uids."""
        return -self.score, self.a, self.b


def type_score(a: Unit, b: Unit) -> float:
    """1 for a shared event type, 0.7 for a shared family, 0.4 otherwise (``TYPE_SCORES``)."""
    return TYPE_SCORES["same_type" if a.types & b.types else "same_family" if a.families & b.families else "other"]


def time_score(a: Unit, b: Unit) -> float:
    """Dated pairs score by their gap; otherwise a weekday matching a date, or what the eras know."""
    if a.env is not None and b.env is not None:
        gap = max(0, a.env.gap(b.env))
        return 1.0 - gap / (DATE_WINDOW_DAYS + 1)
    dated, other = (a, b) if a.env is not None else (b, a)
    if dated.env is not None and other.weekdays:
        if {d.weekday() for d in dated.env.days()} & other.weekdays:
            return TIME_SCORES["weekday_match"]
    if a.bound is None and a.env is None or b.bound is None and b.env is None:
        return NEUTRAL
    bounded = all(u.env is not None or (u.bound is not None and not u.bound.is_open) for u in (a, b))
    return TIME_SCORES["bounded_era" if bounded else "open_era"]


def _people(tolls: frozenset[tuple[str, int]]) -> int:
    """The most people a unit's figures count: its largest killed and largest injured figure."""
    return sum(max((n for k, n in tolls if k == kind), default=0) for kind in ("killed", "injured"))


def tolls_differ(a: Unit, b: Unit) -> bool:
    """Both units count casualties, share no figure, and count ``DIFFERENT_TOLL_PEOPLE`` or more
    people apart: reports of other victims."""
    return bool(a.tolls and b.tolls and not a.tolls & b.tolls
                and abs(_people(a.tolls) - _people(b.tolls)) >= DIFFERENT_TOLL_PEOPLE)


def weekday_conflict(a: frozenset[int], b: frozenset[int]) -> bool:
    """True when both name weekdays and every pair is ``WEEKDAY_VETO_DAYS`` or more apart."""
    if not a or not b:
        return False
    return min(min((x - y) % 7, (y - x) % 7) for x in a for y in b) >= WEEKDAY_VETO_DAYS


def _story_veto(a: Unit, b: Unit, places: PlaceComparison) -> str | None:
    """Why two units cannot be one story under either rule: disjoint countries, or dates and
    eras that no story could span (:meth:`~summarizer.merge.intervals.Timing.conflict`)."""
    if places.countries_disjoint:
        return "countries disjoint"
    return a.timing.conflict(b.timing)


def text_veto(a: Unit, b: Unit, articles: Mapping[str, ArticleAnalysis]) -> str | None:
    """Why the text rule may not join two units: dates, eras, countries, weekdays or towns."""
    if a.env is not None and b.env is not None:
        return "both dated (scored by the main rule)"
    places = compare_places(a, b)
    veto = _story_veto(a, b, places)
    if veto is not None:
        return veto
    if weekday_conflict(unit_weekdays(a, articles[a.article_id]), unit_weekdays(b, articles[b.article_id])):
        return "weekdays disagree"
    if places.towns_differ:
        return "different towns"
    return None


def score_pair(a: Unit, b: Unit) -> dict[str, float] | None:
    """Score components of a candidate pair (rounded, with their weighted ``total``), or None
    when it is vetoed or cannot reach the threshold."""
    if a.env is not None and b.env is not None and a.env.gap(b.env) > DATE_WINDOW_DAYS:
        return None
    places = compare_places(a, b)
    if _story_veto(a, b, places) is not None:
        return None
    if a.entities and b.entities:
        actors = len(a.entities & b.entities) / min(len(a.entities), len(b.entities))
    else:
        actors = NEUTRAL
    if sum(best for _, best in a.tolls & b.tolls) >= SHARED_TOLL_PEOPLE:
        actors = 1.0  # "1 dead, 4 wounded" in both: the same victims, whoever each report names
    elif actors == NEUTRAL and tolls_differ(a, b):
        actors = 0.0  # "1 dead" and "4 wounded": other victims, though one report names nobody
    parts = {"actors": actors, "place": places.score, "time": time_score(a, b), "type": type_score(a, b)}
    partial = sum(WEIGHTS[k] * v for k, v in parts.items())
    if partial + WEIGHTS["summary"] < MATCH_THRESHOLD:  # cannot pass even with identical summaries
        return None
    parts["summary"] = max((fuzz.token_set_ratio(x, y) for x in a.texts for y in b.texts), default=0.0) / 100
    parts["total"] = partial + WEIGHTS["summary"] * parts["summary"]
    return {k: round(v, 4) for k, v in parts.items()}
