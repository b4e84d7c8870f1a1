"""Scaling out on Ray: articles/s with 1, 2, 4 and 8 actors against a fixed-latency fake endpoint.

    .venv/bin/python benchmarks/bench_ray.py                       # 500 articles, 200 ms per answer
    .venv/bin/python benchmarks/bench_ray.py --articles 100 --actors 1 2

Not a test: nothing here asserts a time. The endpoint is ``tests/fault_server.py`` answering
``echo`` after a fixed ``--latency`` (a stand-in for a GPU server whose answers take that long),
so the figures measure the engine, not a model. Every run uses ``--no-cache`` semantics (each
article costs one call). Each actor has one request in flight, so N actors should approach N
times the one-actor rate; the gap is Ray's overhead (actor start-up, scheduling, object
transfer). Last, the overhead of the Ray engine against the plain CLI: both as subprocesses,
``--concurrency 1``, on the same JSONL feed, the Ray run starting its own local cluster.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fault_server import FaultServer  # noqa: E402

PROMPT = "extract_events@v1"
CLI = [str(Path(sys.executable).with_name("summarizer"))]


def article_text(i: int) -> str:
    return (f"Article {i:04d}: Forces shelled village {i} on Wednesday, officials said.\n\n"
            f"Residents of village {i} fled to the hills overnight; {i % 7 + 2} people were injured.\n")


def rows(count: int) -> list[dict[str, str]]:
    return [{"text": article_text(i), "id": f"b{i:04d}", "source": f"https://outlet.example/{i}",
             "published_at": "2023-09-20T11:35:00+03:00"} for i in range(count)]


def run_actors(server: FaultServer, count: int, actors: int) -> float:
    """Seconds for ``count`` articles with ``actors`` actors (one request in flight each), start-up included."""
    import ray.data

    import summarizer.distributed as sd
    from summarizer import SummarizerConfig

    started = time.perf_counter()
    config = SummarizerConfig(base_url=server.url, api_key="sk-bench", model="m", prompt=PROMPT, use_cache=False)
    results = sd.extract_dataset(ray.data.from_items(rows(count)), config, concurrency=actors, actors=actors)
    done = sum(1 for result, _ in sd.iter_results(results) if result.ok)
    seconds = time.perf_counter() - started
    assert done == count, f"only {done} of {count} articles succeeded"
    return seconds


def run_cli(server: FaultServer, feed: Path, engine: str) -> float:
    """Seconds for the CLI on the feed (a subprocess, as a user runs it), ``--concurrency 1``."""
    args = [*CLI, "extract", str(feed), "--base-url", server.url, "--api-key", "sk-bench", "--model", "m",
            "--prompt", PROMPT, "--no-cache", "--concurrency", "1", "--format", "jsonl", "-o", str(feed) + ".out"]
    if engine == "ray":
        args += ["--engine", "ray"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_", "RAY_ADDRESS"))}
    started = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds the fake endpoint takes per answer")
    parser.add_argument("--actors", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--num-cpus", type=int, default=4, help="logical CPUs of the local Ray cluster")
    parser.add_argument("--skip-cli", action="store_true", help="skip the CLI overhead comparison")
    args = parser.parse_args()

    import ray

    import summarizer.distributed as sd

    server = FaultServer().start()
    server.set_script("echo")
    server.ok_delay = args.latency
    ideal = 1 / args.latency
    print(f"{args.articles} articles, {args.latency * 1000:.0f} ms per answer, local Ray cluster "
          f"(num_cpus={args.num_cpus}, {os.cpu_count()} cores), Ray {ray.__version__}")
    ray.init(num_cpus=args.num_cpus, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    sd.connect()
    table = []
    for actors in args.actors:
        seconds = run_actors(server, args.articles, actors)
        table.append((actors, seconds, args.articles / seconds))
        print(f"  {actors} actor(s): {seconds:.1f} s, max in flight {server.max_in_flight}", flush=True)
    ray.shutdown()
    base = table[0][2]
    print("\n| actors | seconds | articles/s | speed-up | ideal articles/s | of ideal |")
    print("| --- | --- | --- | --- | --- | --- |")
    for actors, seconds, rate in table:
        print(f"| {actors} | {seconds:.1f} | {rate:.2f} | ×{rate / base:.2f} | {ideal * actors:.1f} | "
              f"{rate / (ideal * actors):.0%} |")

    if not args.skip_cli:
        with tempfile.TemporaryDirectory() as tmp:
            feed = Path(tmp) / "feed.jsonl"
            feed.write_text("".join(json.dumps(r) + "\n" for r in rows(args.articles)), encoding="utf-8")
            local = run_cli(server, feed, "local")
            on_ray = run_cli(server, feed, "ray")
        print("\n| CLI, --concurrency 1 | seconds | articles/s |")
        print("| --- | --- | --- |")
        print(f"| local engine | {local:.1f} | {args.articles / local:.2f} |")
        print(f"| --engine ray (1 actor, starts a local cluster) | {on_ray:.1f} | {args.articles / on_ray:.2f} |")
        print(f"\nRay engine overhead at 1 actor: {on_ray - local:+.1f} s ({on_ray / local - 1:+.1%})")
    server.stop()


if __name__ == "__main__":
    main()
