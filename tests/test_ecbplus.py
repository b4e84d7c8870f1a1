"""Article-level event clustering on the ECB+ dev set, replayed from cassettes of the real model.

34 real news documents, 6 topics x 2 look-alike incidents (two church fires in Alaska, two
office shootings, two Indonesian earthquakes, ...); many ``ecb`` documents give only a weekday.
Articles without a cassette, or whose replay fails, count as singletons.
"""

from __future__ import annotations

import json

import pytest
from replay import CASSETTES, CORPORA, ROOT, cassette_path, recorder, replay_kwargs

from summarizer import Article, ExtractionError, Summarizer
from summarizer.eval_run import article_clusters
from summarizer.evaluate import score_clusters
from summarizer.merge import merge

PROMPT = "extract_events@v1"
#: Floors over all 34 gold documents (an unreplayable one would count as a singleton), pinned
#: just under the measured figures with every cassette present: pairwise F1 0.984 (P 1.000,
#: R 0.969), B-cubed P 1.000, R 0.971.
MIN_PAIRWISE_F1 = 0.98
MIN_BCUBED_F1 = 0.98
#: The issue's done criterion (≥ 0.9), on the documents that replayed.
MIN_REPLAYED_F1 = 0.9


@pytest.fixture(scope="module")
def clustered():
    gold = json.loads((ROOT / "tests" / "gold" / "ecbplus" / "clusters.json").read_text())["clusters"]
    records, articles = {}, {}
    for path in sorted(CORPORA["ecbplus"].glob("*.txt")):
        cassette = CASSETTES / cassette_path(PROMPT, path.stem, "ecbplus")
        if not cassette.is_file():
            continue
        article = Article.from_file(path)
        try:
            with recorder().use_cassette(str(cassette.relative_to(CASSETTES))), \
                    Summarizer(prompt=PROMPT, **{**replay_kwargs(), "transport_retries": 0}) as summarizer:
                records[path.name] = summarizer.extract(article)
        except ExtractionError:
            continue
        articles[article.id] = article
    summary = merge([r for rs in records.values() for r in rs], articles)
    predicted = article_clusters(summary.events, records)
    replayed = score_clusters(predicted, {k: v for k, v in gold.items() if k in records})
    return score_clusters(predicted, gold), summary, records, replayed


def test_pairwise_f1(clustered):
    score, _, records, replayed = clustered
    print(f"\nECB+ ({len(records)} of {score.items} replayed): pairwise P={score.pairwise.precision:.3f} "
          f"R={score.pairwise.recall:.3f} F1={score.pairwise.f1:.3f}; B-cubed P={score.bcubed_precision:.3f} "
          f"R={score.bcubed_recall:.3f}; on the replayed ones pairwise F1={replayed.pairwise.f1:.3f}")
    assert score.pairwise.f1 >= MIN_PAIRWISE_F1
    assert replayed.pairwise.f1 >= MIN_REPLAYED_F1


def test_bcubed(clustered):
    score, _, _, _ = clustered
    p, r = score.bcubed_precision, score.bcubed_recall
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert f1 >= MIN_BCUBED_F1


def test_text_merges_are_explained(clustered):
    _, summary, _, _ = clustered
    reasons = [m for e in summary.events for m in e.merge_reasons if m.rule.startswith("text rule")]
    assert reasons, "undated reports should be joined by the text rule"
    assert all("text" in m.components and m.components["shared_names"] >= 2 for m in reasons)
