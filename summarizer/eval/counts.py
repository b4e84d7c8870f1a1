"""Counts behind precision, recall and F1, shared by the slot scores and the pairwise cluster score."""

from __future__ import annotations

from pydantic import BaseModel, computed_field


class Counts(BaseModel):
    """Counts behind precision and recall.

    ``correct`` (predicted items that are right) and ``found`` (gold items recovered) differ on
    purpose: a right answer for an optional or needs-context gold value raises precision without
    being owed to recall.
    """

    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        """None when nothing was predicted: there is nothing to be precise about."""
        return self.correct / self.predicted if self.predicted else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        """Harmonic mean; 0 when gold exists but nothing was predicted, None when recall is undefined."""
        p, r = self.precision, self.recall
        if r is None:
            return None
        if p is None:
            return 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(predicted=self.predicted + other.predicted, correct=self.correct + other.correct,
                      gold=self.gold + other.gold, found=self.found + other.found)
