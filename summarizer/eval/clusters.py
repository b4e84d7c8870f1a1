"""How well items were clustered: pairwise and B-cubed precision/recall/F1 on ``item → cluster``
assignments, e.g. articles into the incidents they report."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping

from pydantic import BaseModel, computed_field

from summarizer.eval.counts import Counts


class ClusterScore(BaseModel):
    items: int
    pairwise: Counts
    bcubed_precision: float
    bcubed_recall: float

    @computed_field  # type: ignore[prop-decorator]
    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_precision, self.bcubed_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_clusters(predicted: Mapping[str, str], gold: Mapping[str, str]) -> ClusterScore:
    """Pairwise and B-cubed scores over the gold items.

    A gold item missing from ``predicted`` is its own singleton (the merger said nothing about it);
    predicted items without gold are ignored.
    """
    items = sorted(gold)
    assigned = {item: predicted.get(item, f"\0singleton:{item}") for item in items}
    pred_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item in items:
        pred_members[assigned[item]].add(item)
        gold_members[gold[item]].add(item)
    pairs = list(itertools.combinations(items, 2))
    same_pred = {p for p in pairs if assigned[p[0]] == assigned[p[1]]}
    same_gold = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    both = len(same_pred & same_gold)
    pairwise = Counts(predicted=len(same_pred), correct=both, gold=len(same_gold), found=both)
    precisions, recalls = [], []
    for item in items:
        mine, truth = pred_members[assigned[item]], gold_members[gold[item]]
        overlap = len(mine & truth)
        precisions.append(overlap / len(mine))
        recalls.append(overlap / len(truth))
    n = len(items)
    return ClusterScore(items=n, pairwise=pairwise,
                        bcubed_precision=sum(precisions) / n if n else 0.0,
                        bcubed_recall=sum(recalls) / n if n else 0.0)
