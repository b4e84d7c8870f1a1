"""Casualty counts: one ledger per kind and scope, reconciled the UCDP and ACLED way.

:func:`claim_scope` decides which ledger a claim belongs to (:class:`LedgerKey`);
:func:`count_ledger` reconciles the claims of one ledger.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from summarizer.models.fieldpath import FieldPath
from summarizer.merge.articles import ArticleAnalysis
from summarizer.merge.ledgers import candidate_fields, support
from summarizer.merge.records import RecordFeatures
from summarizer.models.schemas import CasualtyClaim, Span
from summarizer.models.summary import CountCandidate, CountLedger, CountPoint

_RESTRICTED_SCOPE = re.compile(
    r"\b(?:in|on|across)\s+(?:the\s+)?(?:areas?|territor(?:y|ies)|parts?|zones?|regions?)\s+"
    r"(?:(?:it|they|that|which|\w+)\s+){1,2}(?:controls?|controlled|holds?|held)\b", re.IGNORECASE)
_CUMULATIVE_SCOPE = re.compile(
    r"\b(?:so\s+far|to\s+date|in\s+total|in\s+all|overall|(?:whole|entire)\s+[^\W\d_]+)\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:earlier|initially|previously|at\s+first|first\s+reported|had\s+said)\b", re.IGNORECASE)


@dataclass(frozen=True)
class LedgerKey:
    """Which count ledger a claim belongs to: its kind, whether it counts civilians only, and
    the phrase (lowercased) restricting it to part of the area ("in the areas it controls")."""

    kind: str
    civilians: bool = False
    restricted_to: str | None = None

    @property
    def population(self) -> str:
        return "civilians" if self.civilians else "all"

    def __str__(self) -> str:
        """The key of :attr:`summarizer.models.summary.MergedEvent.casualties`: ``killed``,
        ``killed:civilians``, ``killed@in the areas it controls``."""
        civilians = ":civilians" if self.civilians else ""
        restricted = f"@{self.restricted_to}" if self.restricted_to else ""
        return f"{self.kind}{civilians}{restricted}"


class Claim(NamedTuple):
    """A count candidate with what orders claims within one article: ``earlier`` is 0 when
    its sentence introduces it as an earlier figure, else 1; ``position`` its offset."""

    candidate: CountCandidate
    earlier: int
    position: int


def claim_scope(claim: CasualtyClaim, sentence: str) -> tuple[LedgerKey, str]:
    """The ledger a claim belongs to, and its scope in words (population, then a restricting
    or cumulative cue found in its sentence). Claims of different scopes are never compared."""
    restricted = _RESTRICTED_SCOPE.search(sentence)
    cumulative = _CUMULATIVE_SCOPE.search(sentence)
    key = LedgerKey(claim.kind, bool(claim.civilians), restricted.group(0).lower() if restricted else None)
    scope = key.population + (f"; restricted ('{restricted.group(0)}')" if restricted else "") \
        + (f"; cumulative ('{cumulative.group(0)}')" if cumulative and not restricted else "")
    return key, scope


def _sentence_of(r: RecordFeatures, article: ArticleAnalysis, span: Span | None, text: str) -> str:
    """The sentence a claim was made in: from the article when its span is known."""
    if article.text is not None and span is not None:
        around = [s for s in article.sentences if s.start <= span.start < s.end]
        return around[0].text if around else article.text[span.start:span.end]
    for ev in r.record.evidence:
        if text in ev.quote:
            return ev.quote
    return text


def _count_claims(recs: Sequence[RecordFeatures], articles: Mapping[str, ArticleAnalysis],
                  ) -> dict[LedgerKey, list[Claim]]:
    """Claims per ledger (see :func:`claim_scope`)."""
    by_key: dict[LedgerKey, list[Claim]] = defaultdict(list)
    for r in recs:
        for i, claim in enumerate(r.record.casualties):
            span = claim.evidence.span if claim.evidence else None
            sentence = _sentence_of(r, articles[r.article_id], span, claim.text)
            key, scope = claim_scope(claim, sentence)
            normalized = None if claim.best is None else (
                str(claim.best) if claim.low == claim.high else f"{claim.low or 0}..{claim.high or 'open'}")
            base = candidate_fields(r, articles, FieldPath("casualties", i, "count"), claim.text, normalized)
            base.update(source=claim.claimed_by, qualifier=claim.qualifier, evidence=span or base["evidence"])
            cand = CountCandidate(**base, low=claim.low, best=claim.best, high=claim.high, scope=scope)
            by_key[key].append(Claim(cand, 0 if _EARLIER.search(sentence) else 1, span.start if span else 0))
    return by_key


def _ordered(a: Claim, b: Claim) -> bool:
    """True when claim ``a`` is known to precede claim ``b`` in time."""
    ca, cb = a.candidate, b.candidate
    if ca.article_id == cb.article_id:
        return a.earlier < b.earlier
    return ca.published_at is not None and cb.published_at is not None and ca.published_at < cb.published_at


def _sort_key(item: Claim) -> tuple[float, str, int, int, str]:
    c, rank, pos = item
    published = c.published_at.timestamp() if c.published_at else float("inf")
    return published, c.article_id, rank, pos, c.record_id


def count_ledger(key: LedgerKey, items: list[Claim]) -> CountLedger:
    """UCDP low/best/high and ACLED conservative over one scope's claims.

    Copies from one syndication group with the same figure count once. Claims are intervals
    (``at least 32`` = [32, open)):

    * consistent claims (all intervals overlap): ``consensus`` (``single`` with one source);
      low = highest lower bound, high = lowest finite upper bound (None if all are open),
      best = median of the best estimates (lower median), clamped into [low, high];
    * inconsistent claims whose figures never decrease along a known order (publication time;
      within one article, a figure introduced as "earlier" comes first): ``evolving``; the
      values are those of the latest report, earlier ones stay in the timeline;
    * otherwise ``disputed``: low = lowest lower bound, best = median of bests, high = highest
      finite upper bound, or None when an open-ended claim goes beyond it.

    ``conservative`` (ACLED) is the lowest best estimate among credible claims, those the
    verifier did not find contradicted (all claims if none is credible); for an evolving
    count, among the latest report's claims.
    """
    items = sorted(items, key=_sort_key)
    claims = [it.candidate for it in items]
    seen: set[tuple] = set()
    distinct = []
    for c in claims:
        if (c.source_group, c.low, c.best, c.high) not in seen:
            seen.add((c.source_group, c.low, c.best, c.high))
            distinct.append(c)
    lows = [c.low or 0 for c in distinct]
    highs = [c.high for c in distinct if c.high is not None]
    bests = sorted(c.best for c in distinct if c.best is not None)
    timeline = [CountPoint(published_at=c.published_at, article_id=c.article_id, record_id=c.record_id,
                           text=c.value or "", best=c.best, source=c.source) for c in claims]
    kind, scope = key.kind, key.population

    def conservative(pool: list[CountCandidate]) -> int | None:
        credible = [c.best for c in pool if c.best is not None and c.verdict != "contradicted"]
        fallback = [c.best for c in pool if c.best is not None]
        return min(credible or fallback, default=None)

    consistent = not highs or max(lows) <= min(highs)
    if consistent:
        low, high = max(lows), min(highs) if highs else None
        best = statistics.median_low(bests) if bests else None
        if best is not None:
            best = max(low, best if high is None else min(best, high))
        status = "consensus" if support(distinct) > 1 else "single"
        return CountLedger(kind=kind, scope=scope, status=status, low=low, best=best, high=high,
                           conservative=conservative(distinct), claims=claims, timeline=timeline,
                           rule="consistent claims: low = highest lower bound, high = lowest finite upper "
                                "bound, best = median of bests clamped to [low, high]; conservative = lowest "
                                "credible best (ACLED)")
    # Claims with a best figure, in order; with none there is no growth to see, so the claims are disputed.
    numeric = [(it, it.candidate.best) for it in items if it.candidate.best is not None]
    steps = list(zip(numeric, numeric[1:], strict=False))
    if numeric and all(xb <= yb and (xb == yb or _ordered(x, y)) for (x, xb), (y, yb) in steps):
        last = numeric[-1][0].candidate
        latest = [it.candidate for it, best in numeric
                  if it.candidate.article_id == last.article_id and best == last.best]
        return CountLedger(kind=kind, scope=scope, status="evolving", low=last.low, best=last.best,
                           high=last.high, conservative=conservative(latest), claims=claims, timeline=timeline,
                           rule="figures grow with publication order: values of the latest report; "
                                "earlier figures are in the timeline; conservative = lowest credible best "
                                "of the latest report (ACLED)")
    top = max(highs)
    high = None if any(c.high is None and (c.low or 0) > top for c in distinct) else top
    return CountLedger(kind=kind, scope=scope, status="disputed", low=min(lows),
                       best=statistics.median_low(bests) if bests else None, high=high,
                       conservative=conservative(distinct), claims=claims, timeline=timeline,
                       rule="disputed claims: low = lowest lower bound, best = median of bests, high = highest "
                            "finite upper bound (None if an open-ended claim exceeds it); conservative = "
                            "lowest credible best (ACLED)")


def count_ledgers(recs: Sequence[RecordFeatures], articles: Mapping[str, ArticleAnalysis],
                  ) -> dict[str, CountLedger]:
    """The story's count ledgers, keyed and ordered by their rendered :class:`LedgerKey`."""
    claims = sorted(_count_claims(recs, articles).items(), key=lambda kv: str(kv[0]))
    return {str(key): count_ledger(key, items) for key, items in claims}
