"""Test-side paths for the cassettes; the matching and scrubbing rules live in summarizer.eval.cassettes."""

from __future__ import annotations

from pathlib import Path

import vcr

from summarizer import Article, Summarizer, SummarizerConfig
from summarizer.eval import cassettes
from summarizer.eval.cassettes import cassette_path, replay_kwargs
from summarizer.pipeline import merge_results
from summarizer.models.schemas import ArticleResult
from summarizer.models.summary import MergedEvent, Summary

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

__all__ = ["CASSETTES", "CORPORA", "EXTERNAL_CORPORA", "GV_DEV", "GV_DEV_SPLIT", "OFFENSIVE", "SEEDS", "cassette_path",
           "files", "offensive", "recorder", "replay_corpus", "replay_kwargs", "seed_summary"]

#: The seed articles about the September 2023 offensive and ceasefire (001 is a 2021 clash).
OFFENSIVE = {"000_d2d2eb034c79192f.txt", "002_ba3696da157a7910.txt", "003_3ed2ac33a6168454.txt",
             "004_f7ec8941e1205091.txt"}


def recorder(record_mode: str = "none", *, hash_bodies: bool = False) -> vcr.VCR:
    return cassettes.recorder(CASSETTES, record_mode, hash_bodies=hash_bodies)


def replay_corpus(prompt_ref: str, corpus: str = "seeds") -> tuple[list[ArticleResult], dict[str, Article]]:
    """Every article of a corpus through the real pipeline, answered from its cassettes."""
    results, articles = [], {}
    for path in sorted(CORPORA[corpus].glob("*.txt")):
        article = Article.from_file(path)
        articles[article.id] = article
        with recorder().use_cassette(cassette_path(prompt_ref, path.stem, corpus)), \
                Summarizer(SummarizerConfig(prompt=prompt_ref, **replay_kwargs())) as summarizer:
            results.extend(summarizer.extract_many([article]))
    return results, articles


def seed_summary(prompt_ref: str) -> tuple[Summary, dict[str, str]]:
    """The seeds replayed under a prompt and merged, with article id -> file name."""
    results, articles = replay_corpus(prompt_ref)
    names = {a.id: (a.source or a.id).rsplit("/", 1)[-1] for a in articles.values()}
    return merge_results(results, articles), names


def files(event: MergedEvent, names: dict[str, str]) -> set[str]:
    """The seed file names of a merged event's articles."""
    return {names[a] for a in event.article_ids}


def offensive(summary: Summary, names: dict[str, str]) -> MergedEvent:
    """The merged event of the four articles about the 2023 offensive."""
    return next(e for e in summary.events if files(e, names) == OFFENSIVE)
