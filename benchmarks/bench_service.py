"""``summarizer serve`` under N concurrent clients: requests/s and p50/p99 latency of /v1/extract.

    .venv/bin/python benchmarks/bench_service.py                       # 1, 8, 32 clients; about a minute
    .venv/bin/python benchmarks/bench_service.py --clients 1 8 --delay 0.2

Not a test: nothing here asserts a time. The service runs as a real subprocess on 127.0.0.1 with
``tests/fault_server.py`` as its model, so the figures are the service's own cost (HTTP, auth,
validation, worker hand-off, pipeline, cache) and never the model's:

* **hits**: every request is an article whose records are already cached (warmed first,
  untimed); no model call is made.
* **misses**: every request is a new article; the fake model answers after a fixed ``--delay``,
  so throughput is bounded by ``--workers`` / delay and latency by the queue in front of them.

Clients and service share the machine (2 cores here), so the client's own CPU is in the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fault_server import FaultServer  # noqa: E402

TOKEN = "bench-token"


def article(n: int) -> dict[str, object]:
    return {"article": {"id": f"b{n}", "published_at": "2023-09-20",
                        "text": f"Article {n}: Forces shelled village {n} on Wednesday, officials said.\n\n"
                                f"Residents of village {n} fled to the hills overnight, the mayor said."}}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_service(model: FaultServer, directory: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update({"SUMMARIZER_API_TOKEN": TOKEN, "OPENAI_API_KEY": "sk-bench"})
    command = [str(Path(sys.executable).with_name("summarizer")), "serve", "--port", str(port),
               "--workers", str(workers), "--base-url", model.url, "--model", "m", "--prompt", "extract_events@v1",
               "--state-dir", str(directory / "state"), "--cache-dir", str(directory / "cache")]
    with (directory / "serve.log").open("wb") as log:
        proc = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz").status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the service did not start")


async def load(url: str, clients: int, numbers: list[int]) -> dict[str, float]:
    """``clients`` connections, each sending its share of ``numbers`` one after the other."""
    latencies: list[float] = []
    errors: list[str] = []
    queue = list(numbers)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, headers={"authorization": f"Bearer {TOKEN}"},
                                 limits=limits, timeout=60) as client:

        async def one_client() -> None:
            while queue:
                n = queue.pop()
                started = time.perf_counter()
                try:
                    response = await client.post("/v1/extract", json=article(n))
                except httpx.TransportError as exc:  # counted, not fatal: a loaded machine can time out
                    errors.append(type(exc).__name__)
                    continue
                if response.status_code != 200:
                    errors.append(f"HTTP {response.status_code}")
                    continue
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        seconds = time.perf_counter() - started
    ordered = sorted(latencies) or [float("nan")]
    return {"requests": len(latencies), "errors": len(errors), "rps": len(latencies) / seconds,
            "p50_ms": 1000 * statistics.median(ordered),
            "p99_ms": 1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--workers", type=int, default=8, help="serve --workers")
    parser.add_argument("--delay", type=float, default=0.1, help="the fake model's answer time for misses (s)")
    parser.add_argument("--hit-requests", type=int, default=400, help="requests per client count, cache hits")
    parser.add_argument("--miss-requests", type=int, default=160, help="requests per client count, misses")
    args = parser.parse_args()

    model = FaultServer().start()
    model.set_script("echo")
    with tempfile.TemporaryDirectory(prefix="bench-service-") as tmp:
        proc, url = start_service(model, Path(tmp), args.workers)
        rows: list[tuple[str, int, dict[str, float]]] = []
        try:
            hot = list(range(50))
            asyncio.run(load(url, 8, hot))  # warm-up, untimed: these 50 articles are cached from now on
            for clients in args.clients:
                hits = asyncio.run(load(url, clients, [hot[i % len(hot)] for i in range(args.hit_requests)]))
                rows.append(("hit", clients, hits))
                print(f"hits, {clients} clients: {hits}", file=sys.stderr)
            model.ok_delay = args.delay
            fresh = iter(range(1_000_000, 2_000_000))
            for clients in args.clients:
                misses = asyncio.run(load(url, clients, [next(fresh) for _ in range(args.miss_requests)]))
                rows.append((f"miss ({args.delay * 1000:.0f} ms model)", clients, misses))
                print(f"misses, {clients} clients: {misses}", file=sys.stderr)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=60)
            model.stop()
            if any(r["errors"] for _, _, r in rows):
                print((Path(tmp) / "serve.log").read_text()[-3000:], file=sys.stderr)
    print(f"summarizer serve --workers {args.workers}; fake model answers misses in {args.delay * 1000:.0f} ms\n")
    print("| requests | clients | requests/s | p50 ms | p99 ms | errors |")
    print("| --- | --- | --- | --- | --- | --- |")
    for kind, clients, r in rows:
        print(f"| {kind} | {clients} | {r['rps']:.1f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors']:.0f} |")


if __name__ == "__main__":
    main()
