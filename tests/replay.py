"""Test-side paths for the cassettes; the matching and scrubbing rules live in summarizer.cassettes."""

from __future__ import annotations

from pathlib import Path

import vcr

from summarizer import Article, Summarizer, cassettes
from summarizer.cassettes import cassette_path, replay_kwargs
from summarizer.schemas import ArticleResult

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
SEEDS = ROOT / "seeds"
#: Article collections with cassettes: the seeds, the ECB+ documents (CC BY 3.0), hostile inputs.
CORPORA = {"seeds": SEEDS, "ecbplus": ROOT / "tests" / "data" / "ecbplus", "hostile": ROOT / "tests" / "data" / "hostile"}
#: Incident-gold corpora kept outside the repository (texts not redistributable): the gold
#: directory with feed.jsonl, and the repository's fixed split. Their cassettes hash request bodies.
GV_DEV = ROOT.parent / "shared" / "datasets" / "gv_dev"
GV_DEV_SPLIT = ROOT / "tests" / "gold" / "gv_dev" / "split.json"
EXTERNAL_CORPORA = {"gv_dev": (GV_DEV, GV_DEV_SPLIT)}

__all__ = ["CASSETTES", "CORPORA", "EXTERNAL_CORPORA", "GV_DEV", "GV_DEV_SPLIT", "SEEDS", "cassette_path", "recorder",
           "replay_corpus", "replay_kwargs"]


def recorder(record_mode: str = "none", *, hash_bodies: bool = False) -> vcr.VCR:
    return cassettes.recorder(CASSETTES, record_mode, hash_bodies=hash_bodies)


def replay_corpus(prompt_ref: str, corpus: str = "seeds") -> tuple[list[ArticleResult], dict[str, Article]]:
    """Every article of a corpus through the real pipeline, answered from its cassettes."""
    results, articles = [], {}
    for path in sorted(CORPORA[corpus].glob("*.txt")):
        article = Article.from_file(path)
        articles[article.id] = article
        with recorder().use_cassette(cassette_path(prompt_ref, path.stem, corpus)), \
                Summarizer(prompt=prompt_ref, **replay_kwargs()) as summarizer:
            results.extend(summarizer.extract_many([article]))
    return results, articles
