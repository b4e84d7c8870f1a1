"""All benchmarks in one run, printed side by side. Not a test: nothing here asserts a time.

    .venv/bin/python benchmarks/bench.py            # offline: rules, cache hits, merge scaling
    .venv/bin/python benchmarks/bench.py --live     # + raw model call vs pipeline, concurrency

* **rules**: the deterministic pass (clean + every extractor) over the seeds and
  the ECB+ documents, in articles/s and MB/s, next to the model's measured time per article.
* **cache hits**: 1,000 articles whose model answers are cached, run twice: the first run builds
  the records from the cached answers (clean, key, cache read, normalise, rules, verify); the
  re-run reuses the finished records (clean, key, cache read, validate).
* **merge**: 1k / 10k / 100k synthetic records (``benchmarks/bench_merge.py``) and the growth.
* **live** (needs the embedded model): the same request sent raw through ``openai`` and through
  the full pipeline, and throughput with 1 / 2 / 4 requests in flight against the local server.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import bench_merge  # noqa: E402
from replay import CORPORA, cassette_path, recorder, replay_kwargs  # noqa: E402

from summarizer import Article, Summarizer, SummarizerConfig  # noqa: E402
from summarizer.extract import grounded_prompt  # noqa: E402
from summarizer.extract.prompts import get_prompt  # noqa: E402
from summarizer.ingest.clean import clean  # noqa: E402
from summarizer.ingest.document import analyse  # noqa: E402
from summarizer.models.schemas import ExtractedEvents  # noqa: E402
from summarizer.rules import find_attributions, find_dates, find_numbers, find_places, find_times  # noqa: E402


def articles() -> list[Article]:
    return [Article.from_file(p) for folder in CORPORA.values() for p in sorted(folder.glob("*.txt"))]


def bench_rules(docs: list[Article], rounds: int = 5) -> dict[str, float]:
    """The whole rule pass per article, after one warm-up round (the gazetteer index is built once)."""

    def one(article: Article) -> None:
        body = clean(article.text).text
        published = article.published_at.date() if article.published_at else None
        find_numbers(body), find_dates(body, published), find_times(body), find_places(body)
        find_attributions(body)

    for article in docs:
        one(article)
    started = time.perf_counter()
    for _ in range(rounds):
        for article in docs:
            one(article)
    seconds = time.perf_counter() - started
    megabytes = rounds * sum(len(a.text.encode()) for a in docs) / 1e6
    return {"articles_per_s": rounds * len(docs) / seconds, "mb_per_s": megabytes / seconds}


def recorded_answers(prompt_ref: str) -> list[tuple[Article, object]]:
    """(article, model answer) pairs replayed from the seed cassettes."""
    pairs = []
    for path in sorted(CORPORA["seeds"].glob("*.txt")):
        article = Article.from_file(path)
        with recorder().use_cassette(cassette_path(prompt_ref, path.stem)), \
                Summarizer(SummarizerConfig(prompt=prompt_ref, **replay_kwargs())) as s:
            messages = s.requests(article)[0]
            # v3 asks for a per-article answer model (its candidate ids); v1/v2 for ExtractedEvents.
            model = grounded_prompt.answer_model(analyse(article), s.prompt.answer) if s.prompt.style == "grounded" else ExtractedEvents
            answer, _ = s._call(article, messages, model)
        pairs.append((article, answer))
    return pairs


def bench_cache_hits(prompt_ref: str, count: int = 1000) -> dict[str, float]:
    """``count`` distinct articles whose model answers are cached: first run (records built from
    the cached answers: rules and verification run) and a re-run (finished records reused)."""
    pairs = recorded_answers(prompt_ref)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp, \
            Summarizer(SummarizerConfig(prompt=prompt_ref, **{**replay_kwargs(), "use_cache": True, "cache_dir": tmp})) as s:
        batch = []
        for i in range(count):
            article, answer = pairs[i % len(pairs)]
            copy = Article.from_text(article.text + f"\n\n(Reprint {i}.)", source=article.source,
                                     published_at=article.published_at)
            key = s._key(s.requests(copy)[0])
            s.cache.set(key, {"extracted": answer.model_dump(mode="json"),
                              "usage": {"calls": 1, "prompt_tokens": 0, "completion_tokens": 0}})
            batch.append(copy)
        for label in ("answers_cached", "rerun"):
            started = time.perf_counter()
            records = sum(len(result.records) for result in s.extract_many(batch))
            seconds = time.perf_counter() - started
            results[f"{label}_articles_per_s"] = count / seconds
            results[f"{label}_records_per_s"] = records / seconds
    return results


def bench_live(rounds: int, levels: list[int]) -> dict[str, float]:
    """Raw openai call vs the full pipeline with the very same request; then 1/2/4 in flight.

    The raw request is captured from instructor's own ``completion:kwargs`` hook, so both send
    identical bytes (instructions, appended schema, article) to the same server.
    """
    import openai

    from summarizer.extract.local_model import MODEL_NAME, local_server

    article = Article.from_file(CORPORA["seeds"] / "002_ba3696da157a7910.txt")
    results: dict[str, float] = {}
    with local_server() as server, \
            Summarizer(SummarizerConfig(base_url=server.base_url, model=MODEL_NAME, use_cache=False)) as summarizer:
        sent: list[dict[str, object]] = []
        summarizer.session.current()._client.on("completion:kwargs", lambda *a, **kw: sent.append(kw))
        raw = openai.OpenAI(base_url=server.base_url, api_key="sk-no-key-required", timeout=600, max_retries=0)
        summarizer.extract(article)  # warm-up, untimed: the server's prompt (KV) cache is warm for both
        raw_times, pipe_times = [], []
        for _ in range(rounds):
            started = time.perf_counter()
            summarizer.extract(article)
            pipe_times.append(time.perf_counter() - started)
            request = {k: v for k, v in sent[-1].items() if k in
                       ("model", "messages", "temperature", "max_tokens", "seed", "response_format", "extra_body")}
            started = time.perf_counter()
            raw.chat.completions.create(**request)
            raw_times.append(time.perf_counter() - started)
        results["raw_call_s"] = statistics.median(raw_times)
        results["pipeline_s"] = statistics.median(pipe_times)
        for workers in levels:
            started = time.perf_counter()
            with ThreadPoolExecutor(workers) as pool:
                list(pool.map(lambda _: summarizer.extract(article), range(workers)))
            results[f"concurrency_{workers}_articles_per_min"] = workers / (time.perf_counter() - started) * 60
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--live", action="store_true", help="also run the benchmarks that need the model")
    parser.add_argument("--rounds", type=int, default=3, help="live rounds (median reported)")
    parser.add_argument("--merge-sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000])
    parser.add_argument("--concurrency", type=int, nargs="*", default=[1, 2, 4], help="live: requests in flight")
    args = parser.parse_args()
    prompt_ref = get_prompt().ref
    docs = articles()
    rules = bench_rules(docs)
    cache = bench_cache_hits(prompt_ref)
    print(f"{'benchmark':44} {'value':>14}")
    print(f"{'rules: articles/s (' + str(len(docs)) + ' real articles)':44} {rules['articles_per_s']:14.1f}")
    print(f"{'rules: MB/s':44} {rules['mb_per_s']:14.2f}")
    print(f"{'answers cached, records rebuilt: articles/s':44} {cache['answers_cached_articles_per_s']:14.1f}")
    print(f"{'answers cached, records rebuilt: records/s':44} {cache['answers_cached_records_per_s']:14.1f}")
    print(f"{'re-run of 1,000 cached articles: articles/s':44} {cache['rerun_articles_per_s']:14.1f}")
    print(f"{'re-run of 1,000 cached articles: records/s':44} {cache['rerun_records_per_s']:14.1f}")
    print()
    bench_merge.main(args.merge_sizes)
    if args.live:
        print()
        live = bench_live(args.rounds, args.concurrency)
        print(f"{'live: raw openai call, s (median)':44} {live['raw_call_s']:14.2f}")
        print(f"{'live: full pipeline, s (median)':44} {live['pipeline_s']:14.2f}")
        print(f"{'live: pipeline / raw':44} {live['pipeline_s'] / live['raw_call_s']:14.3f}")
        print(f"{'live: rules time / model time per article':44} "
              f"{(1 / rules['articles_per_s']) / live['raw_call_s']:14.5f}")
        for workers in args.concurrency:
            key = f"concurrency_{workers}_articles_per_min"
            print(f"{'live: ' + str(workers) + ' in flight, articles/min':44} {live[key]:14.2f}")


if __name__ == "__main__":
    main()
