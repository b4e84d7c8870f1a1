"""The text rule: merging undated reports of one incident by the rare names their articles share.

See ``TEXT_MATCH`` in :mod:`summarizer.merge.thresholds` for why and how well it works.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from summarizer.merge.articles import ArticleAnalysis
from summarizer.merge.places import compare_places
from summarizer.merge.scoring import ScoredPair, text_veto, type_score
from summarizer.merge.thresholds import NEUTRAL, TEXT_MATCH, TEXT_MAX_DF, TEXT_MIN_SHARED, TEXT_PROBE_TERMS
from summarizer.merge.units import Unit, unit_weekdays
from summarizer.rules.lexicon import WEEKDAYS

def text_pairs(units: Sequence[Unit], articles: Mapping[str, ArticleAnalysis]) -> list[ScoredPair]:
    """Candidate merges of the text rule (see ``TEXT_MATCH``), best first.

    Only main units (an article's "now") of different articles are compared, and only when at
    least one of them has no day date (two dated units are the main rule's). Candidates come from
    an inverted index of rare name terms (document frequency 2..``TEXT_MAX_DF``): each unit probes
    its ``TEXT_PROBE_TERMS`` heaviest ones, so the pass is linear in the number of units. A pair
    is vetoed by disjoint countries, incompatible dates or eras, disagreeing weekdays
    (:func:`~summarizer.merge.scoring.weekday_conflict`) or different gazetteer towns; otherwise it is merged when the
    cosine of the TF-IDF name vectors reaches ``TEXT_MATCH`` and at least ``TEXT_MIN_SHARED``
    rare terms are shared.
    """
    profiles = {aid: article.profile for aid, article in articles.items() if article.profile is not None}
    main = [i for i, u in enumerate(units) if u.is_main and u.article_id in profiles]
    ids = sorted({units[i].article_id for i in main})
    df: Counter[str] = Counter(t for aid in ids for t in profiles[aid].terms)
    n = len(ids)
    vectors: dict[str, dict[str, float]] = {}
    for aid in ids:
        raw = {t: (1.0 + math.log(c)) * (math.log((n + 1) / (df[t] + 1)) + 1.0)
               for t, c in profiles[aid].terms.items()}
        norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
        vectors[aid] = {t: w / norm for t, w in raw.items()}
    index: dict[str, list[int]] = defaultdict(list)
    probes: dict[int, list[str]] = {}
    for i in main:
        vec = vectors[units[i].article_id]
        rare = sorted((t for t in vec if 2 <= df[t] <= TEXT_MAX_DF), key=lambda t: (-vec[t], t))
        for t in rare:
            index[t].append(i)
        probes[i] = rare[:TEXT_PROBE_TERMS]
    pairs = {(min(i, j), max(i, j)) for i in main for t in probes[i] for j in index[t]
             if units[i].article_id != units[j].article_id}
    found = []
    for i, j in sorted(pairs):
        a, b = units[i], units[j]
        if a.env is not None and b.env is not None:
            continue
        va, vb = vectors[a.article_id], vectors[b.article_id]
        if len(vb) < len(va):
            va, vb = vb, va
        cosine = sum(w * vb.get(t, 0.0) for t, w in va.items())
        if cosine < TEXT_MATCH:
            continue
        shared = sorted((t for t in va if t in vb and df[t] <= TEXT_MAX_DF), key=lambda t: (-va[t] * vb[t], t))
        if len(shared) < TEXT_MIN_SHARED:
            continue
        if text_veto(a, b, articles) is not None:
            continue
        weekdays = unit_weekdays(a, articles[a.article_id]) & unit_weekdays(b, articles[b.article_id])
        parts = {"text": round(cosine, 4), "shared_names": float(len(shared)),
                 "place": 1.0 if compare_places(a, b).shared else NEUTRAL, "type": type_score(a, b),
                 "weekday": 1.0 if weekdays else NEUTRAL}
        same_day = f"; same weekday ({WEEKDAYS[min(weekdays)].lower()})" if weekdays else ""
        found.append(ScoredPair(round(cosine, 4), a.uid, b.uid, i, j, parts,
                                f"text rule: name-term cosine {cosine:.2f} >= {TEXT_MATCH}, shared names: "
                                + ", ".join(shared[:6]) + same_day))
    found.sort(key=ScoredPair.rank)
    return found
