"""Article-level event clustering on the ECB+ dev set, replayed from cassettes of the real model.

34 real news documents, 6 topics x 2 look-alike incidents (two church fires in Alaska, two
office shootings, two Indonesian earthquakes, ...); many ``ecb`` documents give only a weekday.
Every document must replay: a missing or stale recording fails the suite instead of quietly
shrinking the set the scores are measured on.
"""

from __future__ import annotations

import json

import pytest
from replay import CASSETTES, CORPORA, ROOT, cassette_path, recorder, replay_kwargs

from summarizer import Article, ExtractionError, Summarizer, SummarizerConfig
from summarizer.eval.events_run import article_clusters
from summarizer.eval.clusters import score_clusters
from summarizer.merge import merge

#: Floors over all 34 gold documents per prompt, pinned just under the measured figures.
#: v1: pairwise F1 0.984 (P 1.000, R 0.969), B-cubed P 1.000, R 0.971. v3: pairwise F1 1.000,
#: B-cubed 1.000. v4: pairwise F1 0.885 (P 0.931, R 0.844), B-cubed P 0.961, R 0.892. v5: pairwise F1
#: 0.820 (P 0.862, R 0.781), B-cubed P 0.941, R 0.853 (1,000 characters shown: fewer days and places
#: to merge on). In-sample for
#: the merge, whose rules were tuned on these documents, and for the casualty rules, some of which
#: were found by reading them.
FLOORS = {"extract_events@v1": (0.98, 0.98), "extract_events@v3": (0.99, 0.99), "extract_events@v4": (0.88, 0.92),
          "extract_events@v5": (0.81, 0.89)}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def clustered(request):
    prompt = request.param
    gold = json.loads((ROOT / "tests" / "gold" / "ecbplus" / "clusters.json").read_text())["clusters"]
    paths = sorted(CORPORA["ecbplus"].glob("*.txt"))
    assert {p.name for p in paths} == set(gold), "the documents on disk are not the gold's documents"
    records, articles, unreplayable = {}, {}, []
    for path in paths:
        cassette = CASSETTES / cassette_path(prompt, path.stem, "ecbplus")
        if not cassette.is_file():
            unreplayable.append(f"{path.name}: no recording at {cassette}")
            continue
        article = Article.from_file(path)
        try:
            with recorder().use_cassette(str(cassette.relative_to(CASSETTES))), \
                    Summarizer(SummarizerConfig(prompt=prompt, **{**replay_kwargs(), "transport_retries": 0})) as summarizer:
                records[path.name] = summarizer.extract(article)
        except ExtractionError as exc:
            unreplayable.append(f"{path.name}: recording does not replay ({exc})")
            continue
        articles[article.id] = article
    if unreplayable:
        pytest.fail(f"{len(unreplayable)} ECB+ document(s) cannot be replayed (run `make record`):\n"
                    + "\n".join(unreplayable), pytrace=False)
    summary = merge([r for rs in records.values() for r in rs], articles)
    return score_clusters(article_clusters(summary.events, records), gold), summary, records, prompt


def test_pairwise_f1(clustered):
    score, _, records, prompt = clustered
    print(f"\nECB+ ({len(records)} documents): pairwise P={score.pairwise.precision:.3f} "
          f"R={score.pairwise.recall:.3f} F1={score.pairwise.f1:.3f}; B-cubed P={score.bcubed_precision:.3f} "
          f"R={score.bcubed_recall:.3f}")
    assert score.pairwise.f1 >= FLOORS[prompt][0]


def test_bcubed(clustered):
    score, _, _, prompt = clustered
    p, r = score.bcubed_precision, score.bcubed_recall
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert f1 >= FLOORS[prompt][1]


def test_text_merges_are_explained(clustered):
    _, summary, _, _ = clustered
    reasons = [m for e in summary.events for m in e.merge_reasons if m.rule.startswith("text rule")]
    assert reasons, "undated reports should be joined by the text rule"
    assert all("text" in m.components and m.components["shared_names"] >= 2 for m in reasons)
