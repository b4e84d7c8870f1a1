"""Re-record every cassette from the real embedded model.

    .venv/bin/python tests/record_cassettes.py [--prompt extract_events@v1 ...] [--only 002 ...]
    .venv/bin/python tests/record_cassettes.py --corpus ecbplus --prompt extract_events@v1

Starts the embedded llama.cpp server once, runs every article of the corpus (the seeds, or the
ECB+ documents in tests/data/ecbplus) through each prompt version with vcrpy in ``all`` mode,
and writes ``cassettes/<prompt>/<version>/[<corpus>/]<article>.yaml`` (secrets scrubbed).
Never edit a cassette by hand: re-run this instead.
"""

from __future__ import annotations

import argparse
import time

from replay import CASSETTES, CORPORA, cassette_path, recorder, replay_kwargs

from summarizer import Article, ExtractionError, Summarizer
from summarizer.local_model import local_server
from summarizer.prompts import list_prompts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prompt", action="append", help="NAME@VERSION (default: every prompt version)")
    parser.add_argument("--only", action="append", default=[], help="article file name prefix")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="seeds")
    parser.add_argument("--missing-only", action="store_true", help="keep cassettes that already exist")
    args = parser.parse_args()
    refs = args.prompt or [p.ref for p in list_prompts()]
    folder = CORPORA[args.corpus]
    seeds = [p for p in sorted(folder.glob("*.txt")) if not args.only or p.name.startswith(tuple(args.only))]
    with local_server() as server:
        kwargs = {**replay_kwargs(), "base_url": server.base_url}
        for ref in refs:
            with Summarizer(prompt=ref, **kwargs) as summarizer:
                for seed in seeds:
                    path = cassette_path(ref, seed.stem, args.corpus)
                    if args.missing_only and (CASSETTES / path).is_file():
                        continue
                    (CASSETTES / path).unlink(missing_ok=True)  # "all" mode would keep stale interactions
                    started = time.perf_counter()
                    with recorder("all").use_cassette(path):
                        try:  # a model failure is recorded too: replay reproduces it as an article error
                            outcome = f"{len(summarizer.extract(Article.from_file(seed)))} records"
                        except ExtractionError as exc:
                            outcome = f"error ({exc})"
                    print(f"{ref} {seed.name}: {outcome} in {time.perf_counter() - started:.1f} s", flush=True)


if __name__ == "__main__":
    main()
