"""The Redis cache backend, against a real redis-server: same keys, hits and commands as the disk cache.

Skipped (with the reason) only where redis-server is not installed; ``.ci/run`` installs it.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("redis", reason="the redis extra is not installed (pip install -e '.[dev,ray,redis]')")

from typer.testing import CliRunner  # noqa: E402

import summarizer.cli as cli  # noqa: E402
from fault_server import FaultServer  # noqa: E402
from redis_server import fresh_redis, free_port, redis_url  # noqa: E402,F401  (pytest fixtures)
from summarizer.extract.cache import DiskCache, open_cache  # noqa: E402
from summarizer.extract.cache_redis import PREFIX, RedisCache, redact_url  # noqa: E402
from summarizer.config import SummarizerConfig  # noqa: E402
from summarizer.pipeline import Summarizer  # noqa: E402

pytestmark = pytest.mark.timeout(60)

PROMPT = "extract_events@v1"


def articles(directory: Path, count: int) -> list[str]:
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (directory / f"a{i}.txt").write_text(f"Article {i}: Forces shelled village {i} on Wednesday.\n", "utf-8")
    return [str(directory)]


def invoke(args: list[str], **env: str) -> Any:
    base = {k: None for k in os.environ if k.startswith(("OPENAI_", "SUMMARIZER_"))}
    return CliRunner().invoke(cli.app, args, env={**base, **env})


def test_roundtrip_stats_and_clear_touch_only_summarizers_keys(fresh_redis: str) -> None:
    import redis

    other = redis.Redis.from_url(fresh_redis)
    other.set("someone-else:key", "keep me")
    cache = open_cache(fresh_redis)
    assert isinstance(cache, RedisCache)
    value = {"extracted": {"events": [{"summary": "Città bombardata", "n": 1.5}]}, "usage": {"cached": False}}
    cache.set("k", value)
    assert cache.get("k") == value and cache.get("other") is None
    assert other.get(PREFIX + "k") is not None  # namespaced
    stats = cache.stats()
    assert stats["backend"] == "redis" and stats["entries"] == 1 and stats["size_bytes"] > 0
    assert cache.clear() == 1 and cache.stats()["entries"] == 0
    assert other.get("someone-else:key") == b"keep me"
    other.set(PREFIX + "garbage", b"\x00not json")  # a foreign value under our prefix is a miss
    assert cache.get("garbage") is None
    cache.close()
    other.close()


def test_same_keys_and_hits_as_the_disk_cache(fault_server: FaultServer, fresh_redis: str, tmp_path: Path) -> None:
    fault_server.set_script("echo")
    inputs = articles(tmp_path / "in", 3)
    from summarizer.ingest.articles import load

    items = list(load(inputs))
    options = {"base_url": fault_server.url, "api_key": "sk-x", "model": "m", "prompt": PROMPT}
    for backend in ({"cache_url": fresh_redis}, {"cache_dir": str(tmp_path / "disk")}):
        with Summarizer(SummarizerConfig(**options, **backend)) as s:
            first = list(s.extract_many(items))
    assert len(fault_server.completions) == 2 * len(items)  # each backend missed once per article

    with Summarizer(SummarizerConfig(**options, cache_url=fresh_redis)) as s:
        again = list(s.extract_many(items))
    assert len(fault_server.completions) == 2 * len(items), "a second run is answered from Redis"
    assert all(r.ok and all(rec.provenance.usage.cached for rec in r.records) for r in again)
    assert [r.article_id for r in again] == [r.article_id for r in first]

    import redis

    client = redis.Redis.from_url(fresh_redis)
    redis_keys = {k.decode().removeprefix(PREFIX) for k in client.scan_iter(match=PREFIX + "*")}
    client.close()
    disk = DiskCache(tmp_path / "disk")
    disk_keys = set(disk._cache.iterkeys())
    disk.close()
    assert redis_keys == disk_keys and len(redis_keys) == 2 * len(items)  # an answer + a record set each


def test_concurrent_writers_of_one_entry_never_leave_a_torn_value(fresh_redis: str) -> None:
    """Two workers answering the same article: every read sees one writer's whole value."""
    values = [{"writer": w, "blob": str(w) * 200_000} for w in range(2)]
    stop = threading.Event()
    seen: list[Any] = []

    def write(value: dict[str, Any]) -> None:
        cache = RedisCache(fresh_redis)
        while not stop.is_set():
            cache.set("same-article", value)
        cache.close()

    writers = [threading.Thread(target=write, args=(v,)) for v in values]
    for thread in writers:
        thread.start()
    reader = RedisCache(fresh_redis)
    try:
        while len(seen) < 200:
            if (hit := reader.get("same-article")) is not None:
                seen.append(hit)
    finally:
        stop.set()
        for thread in writers:
            thread.join()
        reader.close()
    assert all(hit in values for hit in seen)


def test_cli_extract_stats_and_clear_with_a_redis_url(fault_server: FaultServer, fresh_redis: str,
                                                       tmp_path: Path) -> None:
    fault_server.set_script("echo")
    args = ["extract", *articles(tmp_path / "in", 2), "--format", "jsonl", "--base-url", fault_server.url,
            "--api-key", "sk-x", "--model", "m", "--prompt", PROMPT]
    first = invoke([*args, "--cache-url", fresh_redis])
    assert first.exit_code == 0, first.output
    second = invoke(args, SUMMARIZER_CACHE_URL=fresh_redis)  # the environment selects it too
    assert second.exit_code == 0, second.output
    assert len(fault_server.completions) == 2

    stats = invoke(["cache", "stats"], SUMMARIZER_CACHE_URL=fresh_redis)
    assert stats.exit_code == 0, stats.output
    assert json.loads(stats.stdout)["entries"] == 4
    cleared = invoke(["cache", "clear", "--cache-url", fresh_redis])
    assert cleared.exit_code == 0 and "removed 4 cached responses" in cleared.stderr
    assert json.loads(invoke(["cache", "stats", "--cache-url", fresh_redis]).stdout)["entries"] == 0


def test_unreachable_redis_is_one_line_that_hides_the_password(tmp_path: Path) -> None:
    url = f"redis://user:hunter2@127.0.0.1:{free_port()}/0"
    assert redact_url(url) == url.replace("hunter2", "***")
    for args in (["cache", "stats", "--cache-url", url],
                 ["extract", *articles(tmp_path / "in", 1), "--base-url", "http://127.0.0.1:9/v1", "--cache-url", url]):
        result = invoke(args)
        assert result.exit_code == 3, result.output
        assert "cannot use the Redis cache at redis://user:***@127.0.0.1" in result.stderr
        assert "hunter2" not in result.output + result.stderr


def test_an_unknown_cache_url_scheme_is_a_usage_error() -> None:
    result = invoke(["cache", "stats", "--cache-url", "memcached://host:11211"])
    assert result.exit_code == 2 and "unsupported cache URL memcached://" in result.stderr
