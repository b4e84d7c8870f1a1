"""The response cache: one diskcache entry per (model, prompt, schema, sampling, article).

A hit makes no model call. The key is a sha256 over everything that can change an answer, so a
new prompt version, a different weights file or a different temperature never reuses an old
answer. diskcache is SQLite-backed, so several processes may share one directory safely, and a
process killed mid-write leaves no half entry (SQLite transactions).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import diskcache
from platformdirs import user_cache_dir

CACHE_ENV = "SUMMARIZER_CACHE_DIR"


def cache_dir(override: str | os.PathLike[str] | None = None) -> Path:
    return Path(override or os.environ.get(CACHE_ENV) or user_cache_dir("summarizer")) / "responses"


def cache_key(**parts: Any) -> str:
    """Stable key: canonical JSON of the parts, hashed. Callers pass named parts for clarity."""
    blob = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseCache:
    """A thin, typed wrapper so the rest of the code never touches diskcache directly."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = cache_dir(directory)
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.directory, 0o700)
        self._cache = diskcache.Cache(str(self.directory))

    def get(self, key: str) -> dict[str, Any] | None:
        value = self._cache.get(key)
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: dict[str, Any]) -> None:
        self._cache.set(key, value)

    def stats(self) -> dict[str, Any]:
        return {"directory": str(self.directory), "entries": len(self._cache),
                "size_bytes": self._cache.volume()}

    def clear(self) -> int:
        return int(self._cache.clear())

    def close(self) -> None:
        self._cache.close()
