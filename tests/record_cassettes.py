"""Re-record every cassette from the real embedded model.

    .venv/bin/python tests/record_cassettes.py [--prompt extract_events@v1 ...] [--only 002 ...]
    .venv/bin/python tests/record_cassettes.py --corpus ecbplus --prompt extract_events@v1
    .venv/bin/python tests/record_cassettes.py --corpus gv_dev --split test --prompt extract_events@v3

Starts the embedded llama.cpp server once, runs every article of the corpus (the seeds, or the
ECB+ documents in tests/data/ecbplus) through each prompt version with vcrpy in ``all`` mode,
and writes ``cassettes/<prompt>/<version>/[<corpus>/]<article>.yaml`` (secrets scrubbed).

``--corpus gv_dev`` reads the articles of the chosen split (default: all) from
``../shared/datasets/gv_dev/feed.jsonl``; the texts stay there. Its cassettes store each request
body as a sha256 digest only, so no article text enters the repository through a request.
Never edit a cassette by hand: re-run this instead.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from replay import CASSETTES, CORPORA, EXTERNAL_CORPORA, cassette_path, recorder, replay_kwargs

from summarizer import Article, ExtractionError, Summarizer, SummarizerConfig
from summarizer.eval.incidents import load_incidents, load_split, select
from summarizer.eval.incidents_run import load_feed
from summarizer.extract.local_model import local_server
from summarizer.extract.prompts import list_prompts


def corpus_articles(corpus: str, split: str) -> list[tuple[str, Article]]:
    """(cassette stem, article) for every article of a corpus, in a stable order."""
    if corpus in EXTERNAL_CORPORA:
        gold_dir, split_file = EXTERNAL_CORPORA[corpus]
        incidents = select(load_incidents(gold_dir), load_split(split_file), split)  # type: ignore[arg-type]
        feed = load_feed(gold_dir / "feed.jsonl", {a for i in incidents for a in i.articles})
        return sorted(feed.items())
    return [(path.stem, Article.from_file(path)) for path in sorted(Path(CORPORA[corpus]).glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prompt", action="append", help="NAME@VERSION (default: every prompt version)")
    parser.add_argument("--only", action="append", default=[], help="article file name (or id) prefix")
    parser.add_argument("--corpus", choices=sorted([*CORPORA, *EXTERNAL_CORPORA]), default="seeds")
    parser.add_argument("--split", choices=["tune", "test", "all"], default="all",
                        help="incident-gold corpora only: which half to record")
    parser.add_argument("--missing-only", action="store_true", help="keep cassettes that already exist")
    args = parser.parse_args()
    refs = args.prompt or [p.ref for p in list_prompts()]
    hashed = args.corpus in EXTERNAL_CORPORA
    items = [(stem, article) for stem, article in corpus_articles(args.corpus, args.split)
             if not args.only or stem.startswith(tuple(args.only))]
    with local_server() as server:
        kwargs = {**replay_kwargs(), "base_url": server.base_url}
        for ref in refs:
            with Summarizer(SummarizerConfig(prompt=ref, **kwargs)) as summarizer:
                for stem, article in items:
                    path = cassette_path(ref, stem, args.corpus)
                    if args.missing_only and (CASSETTES / path).is_file():
                        continue
                    (CASSETTES / path).unlink(missing_ok=True)  # "all" mode would keep stale interactions
                    started = time.perf_counter()
                    with recorder("all", hash_bodies=hashed).use_cassette(path):
                        try:  # a model failure is recorded too: replay reproduces it as an article error
                            outcome = f"{len(summarizer.extract(article))} records"
                        except ExtractionError as exc:
                            outcome = f"error ({exc})"
                    print(f"{ref} {stem}: {outcome} in {time.perf_counter() - started:.1f} s", flush=True)


if __name__ == "__main__":
    main()
