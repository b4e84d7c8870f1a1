"""Clustering: merging units into stories, best pair first, under the story constraints.

Candidate pairs come from blocking (:mod:`summarizer.merge.blocking`) and the text rule
(:mod:`summarizer.merge.textrule`); a union-find keeps each cluster's
:class:`~summarizer.merge.intervals.Timing`, so a merge that would make a cluster span more
than ``MAX_STORY_SPAN_DAYS`` or leave its eras without overlap is refused and recorded as
``kept_apart``. An undated report that fits two look-alike stories therefore joins the better
one and cannot chain a 2021 clash onto a 2023 offensive.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from summarizer.merge.articles import ArticleAnalysis
from summarizer.merge.blocking import candidate_pairs
from summarizer.merge.lookups import NameLookups
from summarizer.merge.scoring import ScoredPair, score_pair
from summarizer.merge.textrule import text_pairs
from summarizer.merge.thresholds import MATCH_THRESHOLD
from summarizer.merge.unionfind import find, groups, union
from summarizer.merge.units import Unit
from summarizer.models.summary import MergeReason


def _main_rule_pairs(units: Sequence[Unit], articles: Mapping[str, ArticleAnalysis],
                     lookups: NameLookups) -> list[ScoredPair]:
    """Blocked candidate pairs that are syndicated copies or score at least ``MATCH_THRESHOLD``,
    best first."""
    scored: list[ScoredPair] = []
    for i, j in candidate_pairs(units, lookups):
        a, b = units[i], units[j]
        if a.article_id != b.article_id and a.is_main and b.is_main \
                and articles[a.article_id].source_group == articles[b.article_id].source_group:
            scored.append(ScoredPair(1.0, a.uid, b.uid, i, j, {"syndication": 1.0}, "syndicated copies of one report"))
            continue
        parts = score_pair(a, b)
        if parts is not None and parts["total"] >= MATCH_THRESHOLD:
            components = {k: v for k, v in parts.items() if k != "total"}
            scored.append(ScoredPair(parts["total"], a.uid, b.uid, i, j, components,
                                     f"score {parts['total']:.2f} >= {MATCH_THRESHOLD}"))
    scored.sort(key=ScoredPair.rank)
    return scored


def cluster_units(units: Sequence[Unit], articles: Mapping[str, ArticleAnalysis], lookups: NameLookups,
                  ) -> tuple[list[list[int]], list[tuple[int, int, MergeReason]]]:
    """Greedy constrained union-find over scored pairs; returns clusters (unit indexes) and the
    reasons, each with the two units it joined or kept apart.

    Pairs of the main rule (and syndicated copies) go first, best first; then the text rule's
    pairs, best first, under the same cluster constraints."""
    parent = list(range(len(units)))
    timing = [u.timing for u in units]
    reasons: list[tuple[int, int, MergeReason]] = []
    for pair in _main_rule_pairs(units, articles, lookups) + text_pairs(units, articles):
        ra, rb = find(parent, pair.i), find(parent, pair.j)
        if ra == rb:
            continue
        conflict = timing[ra].conflict(timing[rb])
        decision: Literal["merged", "kept_apart"] = "kept_apart" if conflict else "merged"
        rule = pair.rule
        if conflict is None:
            root = union(parent, ra, rb)
            timing[root] = timing[ra].join(timing[rb])
        else:
            rule = f"{rule}, but kept apart: {conflict}"
        reasons.append((pair.i, pair.j, MergeReason(a=pair.a, b=pair.b, decision=decision, rule=rule,
                                                    score=pair.score, components=dict(pair.components))))
    return list(groups(parent, range(len(units))).values()), reasons
