"""Run one split of an incident-gold set through the pipeline, merge, and score (the I/O half).

Articles come from the gold directory's ``feed.jsonl`` (publication date from ``published_at``),
never from the repository: such corpora may not be redistributed. Each article replays
``cassettes/<prompt>/<version>/<corpus>/<article id>.yaml`` when it exists, recorded with hashed
request bodies (:func:`summarizer.eval.cassettes.recorder`), and otherwise runs the live model.
Replayed timings are the server's recorded ones and are labelled ``recorded``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summarizer.ingest.articles import Article, ArticleError, iter_jsonl
from summarizer.eval.cassettes import cassette_path, recorded_seconds, recorder, replay_kwargs
from summarizer.eval.incidents import (
    ArticleCost,
    IncidentReport,
    SplitName,
    load_incidents,
    load_split,
    score,
    select,
    tokens_of,
)
from summarizer.merge import merge
from summarizer.config import SummarizerConfig
from summarizer.pipeline import ExtractionError, Summarizer
from summarizer.extract.prompts import get_prompt
from summarizer.models.schemas import EventRecord


def is_incident_gold(gold_dir: Path) -> bool:
    """Incident gold has a ``gold.jsonl`` (per-article gold has ``articles/*.json``)."""
    return (Path(gold_dir) / "gold.jsonl").is_file()


def default_split_file(gold_dir: Path) -> Path:
    """``<gold dir>/split.json`` when the data ships one, else the repository's fixed split for it."""
    beside = Path(gold_dir) / "split.json"
    return beside if beside.is_file() else Path("tests/gold") / Path(gold_dir).resolve().name / "split.json"


def load_feed(path: Path, wanted: set[str]) -> dict[str, Article]:
    """The wanted articles of a JSONL feed by id; a missing or unreadable one is an error, not a gap."""
    articles: dict[str, Article] = {}
    with open(path, encoding="utf-8") as lines:
        for item in iter_jsonl(lines, str(path)):
            if isinstance(item, ArticleError):
                raise ValueError(str(item))
            if item.id in wanted:
                articles[item.id] = item
    if missing := sorted(wanted - set(articles)):
        raise ValueError(f"{path}: no article with id {', '.join(missing)}")
    return articles


@contextlib.contextmanager
def _replaying(library: Path, cassette: str, prompt: str) -> Iterator[Summarizer]:
    with recorder(library, hash_bodies=True).use_cassette(cassette), \
            Summarizer(SummarizerConfig(prompt=prompt, **replay_kwargs())) as summarizer:
        yield summarizer


def _cost(records: list[EventRecord], seconds: float | None, recorded: bool) -> ArticleCost:
    prompt_tokens, completion_tokens = tokens_of(records)
    return ArticleCost(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, seconds=seconds,
                       timing="recorded" if recorded else "live")


def _live_seconds(records: list[EventRecord]) -> tuple[float | None, bool]:
    """Model seconds from the pipeline's usage, and whether they were served from the cache (recorded)."""
    usage = next((r.provenance.usage for r in records if r.origin == "model"), None)
    return (usage.seconds, usage.cached) if usage is not None else (None, False)


def run(gold_dir: Path, split: SplitName, *, split_file: Path | None = None, prompt: str | None = None,
        cassettes: Path | None = None, summarizer_options: dict[str, Any] | None = None) -> IncidentReport:
    """Extract every article of the split (replay or live), merge them all, and score."""
    gold_dir = Path(gold_dir)
    corpus = gold_dir.resolve().name
    ref = get_prompt(prompt).ref
    incidents = select(load_incidents(gold_dir), load_split(split_file or default_split_file(gold_dir)), split)
    articles = load_feed(gold_dir / "feed.jsonl", {a for i in incidents for a in i.articles})
    records: dict[str, list[EventRecord]] = {}
    costs: dict[str, ArticleCost] = {}
    errors: dict[str, str] = {}
    with Summarizer(SummarizerConfig(prompt=ref, **summarizer_options or {})) as live:
        for article_id in sorted(articles):
            name = cassette_path(ref, article_id, corpus)
            cassette = cassettes / name if cassettes is not None and (cassettes / name).is_file() else None
            with contextlib.ExitStack() as stack:
                summarizer = stack.enter_context(_replaying(cassettes, name, ref)) if cassettes and cassette else live
                try:
                    records[article_id] = summarizer.extract(articles[article_id])
                except ExtractionError as exc:
                    records[article_id], errors[article_id] = [], str(exc)
            found = records[article_id]
            if cassette is not None:
                costs[article_id] = _cost(found, recorded_seconds(cassette), recorded=True)
            else:
                seconds, cached = _live_seconds(found)
                costs[article_id] = _cost(found, seconds, recorded=cached)
    summary = merge([r for rs in records.values() for r in rs], articles)
    event_of = {rid: e.event_id for e in summary.events for rid in e.record_ids}
    model = (summarizer_options or {}).get("model") or "embedded"
    return score(incidents, records, event_of, costs, label=f"{ref} / {model}", split=split, errors=errors)
