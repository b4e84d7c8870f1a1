"""The cache key covers everything that can change an answer; the directory is private."""

import stat
from pathlib import Path

from summarizer.extract.cache import ResponseCache, cache_key

BASE = {"model": {"model": "m", "weights_sha256": "w", "temperature": 0.0}, "prompt": "p@v1",
        "prompt_sha256": "h", "schema_version": "1", "input_sha256": "a"}


def test_every_part_changes_the_key() -> None:
    keys = {cache_key(**BASE)}
    for part, value in [("prompt", "p@v2"), ("prompt_sha256", "h2"), ("schema_version", "2"), ("input_sha256", "b"),
                        ("model", {**BASE["model"], "weights_sha256": "w2"}),
                        ("model", {**BASE["model"], "temperature": 0.7})]:
        keys.add(cache_key(**{**BASE, part: value}))
    assert len(keys) == 7
    assert cache_key(**BASE) == cache_key(**dict(reversed(list(BASE.items()))))


def test_roundtrip_stats_clear_and_permissions(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    cache.set("k", {"extracted": {"events": []}})
    assert cache.get("k") == {"extracted": {"events": []}} and cache.get("other") is None
    assert cache.stats()["entries"] == 1
    assert stat.S_IMODE(cache.directory.stat().st_mode) == 0o700
    assert cache.clear() == 1 and cache.stats()["entries"] == 0
    cache.close()
