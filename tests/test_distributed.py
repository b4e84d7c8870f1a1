"""The Ray engine on a local cluster: equivalence with the local CLI, readers and writers, bounded
concurrency, and faults (an actor killed mid-run; the whole job killed and rerun).

One ``ray.init(num_cpus=2)`` serves the module; the model is :mod:`fault_server` answering
``echo`` (each article's first sentence), the shared cache a real redis-server. Articles are
few and latencies small; still, starting actors takes seconds, so the module has its own marker
(``ray``): the default ``pytest`` skips it and ``make test`` (so CI) runs it as a second pass.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install -e '.[dev,ray,redis]')")

from typer.testing import CliRunner  # noqa: E402

import summarizer.cli as cli  # noqa: E402
import summarizer.distributed as sd  # noqa: E402
from fault_server import FaultServer  # noqa: E402
from polling import wait_until  # noqa: E402
from redis_server import fresh_redis, redis_url  # noqa: E402,F401  (pytest fixtures)
from summarizer.ingest.articles import load  # noqa: E402
from summarizer.config import SummarizerConfig  # noqa: E402
from summarizer.pipeline import Summarizer  # noqa: E402

pytestmark = [pytest.mark.ray, pytest.mark.timeout(150)]

PROMPT = "extract_events@v1"
SCRIPT = Path(sys.executable).with_name("summarizer")
CLI_CMD = [str(SCRIPT)] if SCRIPT.exists() else [
    sys.executable, "-c", "import sys; from summarizer.cli import app; sys.argv[0] = 'summarizer'; app()"]
#: Fields that legitimately differ between two runs: when, how long, answered from the cache or not.
VOLATILE = {"extracted_at", "usage", "generated_at"}


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A local Ray cluster for the module; yields its address for CLI runs in other processes."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    sd.connect()
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


def article_text(i: int) -> str:
    return (f"Article {i:02d}: Forces shelled village {i} on Wednesday, officials said.\n\n"
            f"Residents of village {i} fled to the hills overnight.\n")


def write_inputs(directory: Path, texts: int, feed_rows: int = 0) -> list[str]:
    """``texts`` text files in ``directory/texts`` and a JSONL feed of ``feed_rows`` more articles."""
    (directory / "texts").mkdir(parents=True, exist_ok=True)
    for i in range(texts):
        (directory / "texts" / f"a{i:02d}.txt").write_text(article_text(i), encoding="utf-8")
    inputs = [str(directory / "texts")]
    if feed_rows:
        rows = [{"text": article_text(100 + i), "id": f"feed-{i}", "source": f"https://outlet.example/{i}",
                 "published_at": "2023-09-20T11:35:00+03:00", "title": f"Report {i}"} for i in range(feed_rows)]
        (directory / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        inputs.append(str(directory / "feed.jsonl"))
    return inputs


def remote(server: FaultServer) -> list[str]:
    return ["--base-url", server.url, "--api-key", "sk-x", "--model", "m", "--prompt", PROMPT]


def config(server: FaultServer, **extra: Any) -> SummarizerConfig:
    return SummarizerConfig(base_url=server.url, api_key="sk-x", model="m", prompt=PROMPT, **extra)


def invoke(args: list[str], tmp_path: Path) -> Any:
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env["SUMMARIZER_CACHE_DIR"] = str(tmp_path / "default-cache")
    return CliRunner().invoke(cli.app, args, env=env)


def stable(node: Any) -> Any:
    """A result without :data:`VOLATILE` fields, anywhere in it."""
    if isinstance(node, dict):
        return {k: stable(v) for k, v in node.items() if k not in VOLATILE}
    if isinstance(node, list):
        return [stable(v) for v in node]
    return node


def parent(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def actor_pids() -> list[int]:
    """Processes of this cluster's extraction actors (Ray names them after the class).

    Only this cluster's: their parent is the raylet that this test process started, and other
    test runs on the machine may have clusters of their own.
    """
    pids = []
    for entry in os.listdir("/proc"):
        try:
            if (entry.isdigit() and b"ArticleExtractor" in Path(f"/proc/{entry}/cmdline").read_bytes()
                    and parent(parent(int(entry))) == os.getpid()):
                pids.append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    return pids


def cached_articles(server: FaultServer, cache_url: str, inputs: list[str]) -> set[str]:
    """Ids of the articles whose model answer is in the cache."""
    with Summarizer(config(server, cache_url=cache_url)) as s:
        assert s.cache is not None
        return {a.id for a in load(inputs) if not isinstance(a, Exception)
                and all(s.cache.get(s._key(m)) is not None for m in s.requests(a))}


# ---------------------------------------------------------------------------------------------
# Equivalence
# ---------------------------------------------------------------------------------------------


def test_ray_engine_gives_the_local_clis_records_and_summary(
        cluster: str, fault_server: FaultServer, fresh_redis: str, tmp_path: Path) -> None:
    fault_server.set_script("echo")
    inputs = write_inputs(tmp_path / "in", texts=4, feed_rows=3)
    local, ray_out = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    common = [*remote(fault_server), "--format", "jsonl"]

    done = invoke(["extract", *inputs, *common, "-o", str(local), "--cache-dir", str(tmp_path / "disk")], tmp_path)
    assert done.exit_code == 0, done.output
    done = invoke(["extract", *inputs, *common, "-o", str(ray_out), "--engine", "ray", "--cache-url", fresh_redis,
                   "--concurrency", "2"], tmp_path)
    assert done.exit_code == 0, done.output

    expected = [stable(json.loads(line)) for line in local.read_text().splitlines()]
    got = [stable(json.loads(line)) for line in ray_out.read_text().splitlines()]
    assert len(expected) == 7 and all(r["ok"] and r["records"] for r in expected)
    assert got == expected  # same ids, values, verdicts and order
    assert len(fault_server.completions) == 2 * 7  # one miss per article in each cache

    summaries = []
    for engine in (["--cache-dir", str(tmp_path / "disk")], ["--engine", "ray", "--cache-url", fresh_redis]):
        done = invoke(["summarize", *inputs, *remote(fault_server), "--format", "json", *engine], tmp_path)
        assert done.exit_code == 0, done.output
        summaries.append(stable(json.loads(done.stdout)))
    assert summaries[0] == summaries[1] and summaries[0]["events"]
    assert len(fault_server.completions) == 2 * 7, "summarize was answered from both caches"


# ---------------------------------------------------------------------------------------------
# Readers, writers, the library API and the concurrency bound
# ---------------------------------------------------------------------------------------------


def test_library_reads_json_and_parquet_and_writes_parquet(
        cluster: str, fault_server: FaultServer, fresh_redis: str, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fault_server.set_script("echo")
    rows = [{"text": article_text(i), "id": f"p{i}", "source": f"s{i}"} for i in range(4)]
    rows.append({"id": "no-text", "source": "broken-row"})
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    (tmp_path / "in.json").write_text(json.dumps([{"text": article_text(9), "id": "j9"}]), encoding="utf-8")

    ds = ray.data.read_parquet(str(tmp_path / "in.parquet")).union(ray.data.read_json(str(tmp_path / "in.json")))
    # The settings as keywords (README, "Scaling out"), the same as a SummarizerConfig.
    results = sd.extract_dataset(ds, base_url=fault_server.url, api_key="sk-x", model="m", prompt=PROMPT,
                                 cache_url=fresh_redis, concurrency=2)
    results.write_parquet(str(tmp_path / "out"))
    table = pq.read_table(tmp_path / "out")
    by_id = {row["article_id"]: row for row in table.to_pylist()}
    assert set(by_id) == {"p0", "p1", "p2", "p3", "j9", "-"} and table.num_rows == 6
    assert by_id["-"]["ok"] is False and "broken-row: row has no string field 'text'" in by_id["-"]["error"]
    assert all(by_id[i]["ok"] and by_id[i]["n_records"] >= 1 for i in ("p0", "p3", "j9"))
    assert json.loads(by_id["p2"]["result"])["records"][0]["summary"].startswith("Article 02:")

    # The CLI reads the same files through Ray's readers, and writes one Parquet file.
    out = tmp_path / "cli.parquet"
    done = invoke(["extract", str(tmp_path / "in.parquet"), str(tmp_path / "in.json"), *remote(fault_server),
                   "--engine", "ray", "--cache-url", fresh_redis, "--format", "parquet", "-o", str(out)], tmp_path)
    assert done.exit_code == 1, done.output  # one row failed, the others are in the output
    assert [line for line in done.stderr.splitlines() if line.startswith("error:")] == [
        "error: broken-row: row has no string field 'text'"]
    assert sorted(pq.read_table(out).column("article_id").to_pylist()) == ["-", "j9", "p0", "p1", "p2", "p3"]
    assert len(fault_server.completions) == 5, "the CLI run was answered from the cache"


def test_concurrency_is_bounded_cluster_wide_and_a_429_is_retried(
        cluster: str, fault_server: FaultServer, fresh_redis: str, tmp_path: Path) -> None:
    fault_server.set_script("rate_limit", "echo")  # the first request is told to come back later
    fault_server.retry_after = "0.3"
    fault_server.ok_delay = 0.2
    rows = [{"text": article_text(i), "id": f"c{i}", "source": f"s{i}"} for i in range(12)]
    plan = sd.Plan.of(4, actors=2)
    assert (plan.actors, plan.in_flight_per_actor, plan.concurrency) == (2, 2, 4)
    results = sd.extract_dataset(ray.data.from_items(rows), config(fault_server, cache_url=fresh_redis),
                                 concurrency=4, actors=2, batch_size=4)
    got = list(sd.iter_results(results))
    assert [r.article_id for r, _ in got] == [f"c{i}" for i in range(12)]  # input order kept
    assert all(r.ok for r, _ in got)
    assert 1 < fault_server.max_in_flight <= 4
    assert len(fault_server.completions) == 13  # 12 articles + the one retry after the 429


# ---------------------------------------------------------------------------------------------
# Faults
# ---------------------------------------------------------------------------------------------


def test_an_actor_killed_mid_run_is_replaced_and_each_article_is_output_once(
        cluster: str, fault_server: FaultServer, fresh_redis: str) -> None:
    fault_server.set_script("echo")
    fault_server.ok_delay = 0.3
    rows = [{"text": article_text(i), "id": f"k{i}", "source": f"s{i}"} for i in range(16)]
    earlier = set(actor_pids())  # actors of earlier datasets may still be shutting down
    results = sd.extract_dataset(ray.data.from_items(rows), config(fault_server, cache_url=fresh_redis),
                                 concurrency=2, actors=2, batch_size=4)
    got: list[Any] = []
    consumer = threading.Thread(target=lambda: got.extend(sd.iter_results(results)))
    consumer.start()
    try:
        wait_until(lambda: len(fault_server.completions) >= 3 and len(set(actor_pids()) - earlier) == 2,
                   60, "two busy actors")
        os.kill(min(set(actor_pids()) - earlier), signal.SIGKILL)
        killed_at = len(fault_server.completions)
    finally:
        consumer.join(timeout=120)
    assert not consumer.is_alive()
    assert killed_at < len(rows), "the run finished before the kill"
    ids = [r.article_id for r, _ in got]
    assert sorted(ids) == sorted(row["id"] for row in rows) and all(r.ok for r, _ in got)  # each exactly once
    asked = Counter(request.article for request in fault_server.completions)
    # Finished articles were cached: only the request in flight in the killed actor may be asked again.
    assert len(asked) == len(rows) and sum(asked.values()) <= len(rows) + 1


@pytest.mark.timeout(200)
def test_a_killed_job_reruns_from_the_cache(cluster: str, fault_server: FaultServer, fresh_redis: str,
                                            tmp_path: Path) -> None:
    fault_server.set_script("echo")
    fault_server.ok_delay = 0.3
    inputs = write_inputs(tmp_path / "in", texts=12)
    out = tmp_path / "out.jsonl"
    args = [*CLI_CMD, "extract", *inputs, *remote(fault_server), "--engine", "ray", "--ray-address", cluster,
            "--cache-url", fresh_redis, "--concurrency", "2", "--format", "jsonl", "-o", str(out)]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_", "RAY_ADDRESS"))}

    job = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, start_new_session=True)
    try:
        wait_until(lambda: job.poll() is None and len(fault_server.completions) >= 4, 90, "four model calls")
    finally:
        os.killpg(job.pid, signal.SIGKILL)
        job.communicate(timeout=30)
    assert job.returncode == -signal.SIGKILL and not out.exists()
    time.sleep(1.0)  # the cluster stops the dead job's actors; let answers in flight land
    wait_until(lambda: fault_server.connections == 0, 30, "the dead job's connections closed")
    cached = cached_articles(fault_server, fresh_redis, inputs)
    assert 0 < len(cached) < 12
    sent_before = len(fault_server.completions)

    rerun = subprocess.run(args, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=150)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout == ""  # output went to -o; nothing of Ray's on stdout
    results = [json.loads(line) for line in out.read_text().splitlines()]
    ids = [r["article_id"] for r in results]
    assert len(ids) == len(set(ids)) == 12 and all(r["ok"] for r in results)
    resent = {request.article for request in fault_server.completions[sent_before:]}
    assert len(resent) <= 12 - len(cached), "cached articles cost no new model call"
