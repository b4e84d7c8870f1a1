"""Run the pipeline for an evaluation: recorded answers when a cassette exists, else the model.

``summarizer.eval.events`` is pure scoring; this module is the I/O around it. For each gold article
it replays ``cassettes/<prompt>/<version>/[<corpus>/]<article>.yaml`` when that file exists (no
model, no network), and otherwise runs the configured model through the cache. It then merges the
records, so clusters are scored on the same pipeline ``summarize`` runs.
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from summarizer.ingest.articles import Article
from summarizer.eval.cassettes import cassette_path, recorder, replay_kwargs
from summarizer.eval.events import EvalReport, evaluate
from summarizer.eval.gold import load_gold_articles, load_gold_clusters
from summarizer.merge import merge
from summarizer.config import SummarizerConfig
from summarizer.pipeline import ExtractionError, Summarizer
from summarizer.extract.prompts import get_prompt
from summarizer.models.schemas import EventRecord


def gold_article_files(gold_dir: Path) -> list[str]:
    """The article file names a gold directory speaks about (per-article gold and cluster gold)."""
    names = {g.article for g in load_gold_articles(gold_dir).values()}
    clusters = load_gold_clusters(gold_dir / "clusters.json")
    return sorted(names | set(clusters.clusters if clusters else {}))


def article_clusters(summary_events: list[Any], records: Mapping[str, list[EventRecord]]) -> dict[str, str]:
    """Article → the merged event holding most of its records (articles are what gold clusters)."""
    event_of = {rid: e.event_id for e in summary_events for rid in e.record_ids}
    clusters = {}
    for name, recs in records.items():
        votes = Counter(event_of[r.record_id] for r in recs if r.record_id in event_of)
        clusters[name] = votes.most_common(1)[0][0] if votes else f"none:{name}"
    return clusters


def run(gold_dir: Path, articles_dir: Path, *, prompt: str | None, cassettes: Path | None,
        summarizer_options: dict[str, Any], with_context: bool = False) -> EvalReport:
    ref = get_prompt(prompt).ref
    corpus = "seeds" if articles_dir.name == "seeds" else articles_dir.name
    records: dict[str, list[EventRecord]] = {}
    seconds: dict[str, float] = {}
    articles: dict[str, Article] = {}
    with Summarizer(SummarizerConfig(prompt=ref, **summarizer_options)) as live:
        for name in gold_article_files(gold_dir):
            article = Article.from_file(articles_dir / name)
            articles[article.id] = article
            cassette = cassettes / cassette_path(ref, Path(name).stem, corpus) if cassettes else None
            started = time.perf_counter()
            replayed = cassette is not None and cassette.is_file()
            with contextlib.ExitStack() as stack:
                summarizer = live
                if replayed:
                    assert cassettes is not None and cassette is not None  # replayed: there is a cassette file
                    stack.enter_context(recorder(cassettes).use_cassette(str(cassette.relative_to(cassettes))))
                    summarizer = stack.enter_context(Summarizer(SummarizerConfig(prompt=ref, **replay_kwargs())))
                try:
                    records[name] = summarizer.extract(article)
                except ExtractionError:
                    records[name] = []
            if not replayed:  # replayed articles keep the model time recorded in their usage
                seconds[name] = time.perf_counter() - started
    summary = merge([r for rs in records.values() for r in rs], articles)
    clusters = load_gold_clusters(gold_dir / "clusters.json")
    model = summarizer_options.get("model") or "embedded"
    # Replayed seconds time the cassette, not the model: say so wherever the timings are shown.
    replay = f" · {len(records) - len(seconds)} of {len(records)} replayed (seconds = replay time)" \
        if len(seconds) < len(records) else ""
    return evaluate(load_gold_articles(gold_dir), records,
                    gold_clusters=clusters.clusters if clusters else None,
                    predicted_clusters=article_clusters(summary.events, records),
                    wall_seconds=seconds, with_context=with_context, label=f"{ref} / {model}{replay}")
