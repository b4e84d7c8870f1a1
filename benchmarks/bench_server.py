"""The embedded server's speed: build flag sets, threads, and parallel decoding for a batch.

    .venv/bin/python benchmarks/bench_server.py --binary avx2=PATH --binary avx512-vnni=PATH \
        --threads 1 --threads 2 --parallel 1 --parallel 2 --parallel 4 --articles 20
    .venv/bin/python benchmarks/bench_server.py --binary avx512-vnni=PATH \
        --flags default= --flags fa-off="-fa off" --flags ubatch-256="-ub 256" --articles 8

For every (binary, threads, parallel, flags) it starts llama.cpp's llama-server on the embedded weights,
sends the v3 requests of the first ``--articles`` ECB+ documents (tests/data/ecbplus, public,
CC BY 3.0) with ``parallel`` of them in flight at once, and prints what the server reports:
prompt tokens/s and generation tokens/s (from llama-server's ``timings``), and articles per
minute for the whole batch (wall clock). One warm-up request per server is not counted. The
last column counts the answers identical to the first row's: an option that changes answers
(not only their speed) would also make the recorded cassettes stale.
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import Article, Summarizer, SummarizerConfig  # noqa: E402
from summarizer.extract import grounded_prompt  # noqa: E402
from summarizer.ingest.document import analyse  # noqa: E402
from summarizer.extract.local_model import MODEL_NAME, N_CTX, ensure_weights, free_port  # noqa: E402


def requests(count: int) -> list[dict]:
    """The exact request bodies summarizer sends (default prompt) for the first ``count`` ECB+ documents."""
    bodies = []
    with Summarizer(SummarizerConfig(base_url="http://127.0.0.1:9/v1", model=MODEL_NAME, use_cache=False)) as summarizer:
        for path in sorted((ROOT / "tests" / "data" / "ecbplus").glob("*.txt"))[:count]:
            article = Article.from_file(path)
            schema = grounded_prompt.answer_model(analyse(article), summarizer.prompt.answer).model_json_schema()
            bodies.append({"model": MODEL_NAME, "messages": summarizer.requests(article)[0], "temperature": 0,
                           "seed": 0, "max_tokens": 512,
                           "response_format": {"type": "json_schema", "json_schema": {"name": "Happenings",
                                                                                      "schema": schema}}})
    return bodies


def run(binary: Path, weights: Path, threads: int, parallel: int, bodies: list[dict],
        flags: tuple[str, ...] = ()) -> dict[str, Any]:
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log", delete=False)
    process = subprocess.Popen([str(binary), "-m", str(weights), "--host", "127.0.0.1", "--port", str(port),
                                "-c", str(N_CTX * parallel), "--parallel", str(parallel), "-t", str(threads),
                                *flags], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        with httpx.Client(timeout=900) as client:
            client.post(f"{url}/v1/chat/completions", json=bodies[0])  # warm-up, not counted

            def one(body: dict) -> dict:
                return client.post(f"{url}/v1/chat/completions", json=body).json()

            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=parallel) as pool:
                replies = list(pool.map(one, bodies))
            wall = time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=30)
    timings = [r["timings"] for r in replies]
    return {
        "answers": [r["choices"][0]["message"]["content"] for r in replies],
        "prompt_tps": statistics.mean(t["prompt_per_second"] for t in timings if t["prompt_n"] > 8),
        "gen_tps": statistics.mean(t["predicted_per_second"] for t in timings),
        "articles_per_min": 60 * len(bodies) / wall,
        "wall_s": wall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", action="append", required=True, help="NAME=PATH of a llama-server build")
    parser.add_argument("--threads", type=int, action="append")
    parser.add_argument("--parallel", type=int, action="append")
    parser.add_argument("--flags", action="append",
                        help='NAME="ARGS": more llama-server options to compare (flash attention, batch sizes)')
    parser.add_argument("--articles", type=int, default=20)
    args = parser.parse_args()
    variants = [(name, tuple(shlex.split(extra))) for name, _, extra in
                (spec.partition("=") for spec in args.flags or ["default="])]
    weights = ensure_weights()
    bodies = requests(args.articles)
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown CPU")
    print(f"CPU: {cpu}; {len(bodies)} ECB+ articles, prompt extract_events@v3")
    print(f"{'build':<14}{'flags':<12}{'threads':>8}{'parallel':>9}{'prompt tok/s':>14}{'gen tok/s':>11}"
          f"{'articles/min':>14}  same answers as the first row")
    baseline: dict[str, Any] | None = None
    for spec in args.binary:
        name, _, path = spec.partition("=")
        for threads in args.threads or [2]:
            for parallel in args.parallel or [1]:
                for label, flags in variants:
                    r = run(Path(path), weights, threads, parallel, bodies, flags)
                    baseline = baseline or r
                    same = sum(a == b for a, b in zip(r["answers"], baseline["answers"], strict=True))
                    print(f"{name:<14}{label:<12}{threads:>8}{parallel:>9}{r['prompt_tps']:>14.1f}"
                          f"{r['gen_tps']:>11.1f}{r['articles_per_min']:>14.2f}  "
                          f"(x{r['articles_per_min'] / baseline['articles_per_min']:.2f})  "
                          f"{same}/{len(bodies)}", flush=True)


if __name__ == "__main__":
    main()
