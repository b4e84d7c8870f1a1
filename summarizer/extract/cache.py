"""The response cache: one entry per (model, prompt, schema, sampling, article), behind one interface.

A hit makes no model call. The key is a sha256 over everything that can change an answer, so a
new prompt version, a different weights file or a different temperature never reuses an old
answer. Two backends keep the same keys and the same hit/miss semantics:

* :class:`DiskCache` (the default, embedded): diskcache is SQLite-backed, so several processes on
  one machine may share a directory safely, and a process killed mid-write leaves no half entry
  (SQLite transactions).
* ``RedisCache`` (``summarizer.extract.cache_redis``, imported only when a ``redis://`` URL is given, so
  redis stays an optional extra): one cache shared by every machine of a cluster.

:func:`open_cache` picks the backend from a URL (``--cache-url`` / ``SUMMARIZER_CACHE_URL``) or
falls back to the directory (``--cache-dir`` / ``SUMMARIZER_CACHE_DIR``).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Protocol

import diskcache
from platformdirs import user_cache_dir

from summarizer.errors import ConfigError, SummarizerError

CACHE_ENV = "SUMMARIZER_CACHE_DIR"
CACHE_URL_ENV = "SUMMARIZER_CACHE_URL"
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def cache_dir(override: str | os.PathLike[str] | None = None) -> Path:
    return Path(override or os.environ.get(CACHE_ENV) or user_cache_dir("summarizer")) / "responses"


def cache_key(**parts: Any) -> str:
    """Stable key: canonical JSON of the parts, hashed. Callers pass named parts for clarity."""
    blob = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class CacheError(SummarizerError, OSError):
    """A cache that cannot be reached or used; an OSError, so it is reported like any I/O failure."""


class Cache(Protocol):
    """What the pipeline and the CLI need from a cache; values are JSON-able dicts."""

    def get(self, key: str) -> dict[str, Any] | None: ...

    def set(self, key: str, value: dict[str, Any]) -> None: ...

    def stats(self) -> dict[str, Any]: ...

    def clear(self) -> int: ...

    def close(self) -> None: ...


class DiskCache:
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
        return {"backend": "disk", "directory": str(self.directory), "entries": len(self._cache),
                "size_bytes": self._cache.volume()}

    def clear(self) -> int:
        return int(self._cache.clear())

    def close(self) -> None:
        self._cache.close()


#: The name the disk backend had before there were two; kept for existing callers.
ResponseCache = DiskCache


def open_cache(url: str | None = None, directory: str | os.PathLike[str] | None = None) -> Cache:
    """The cache a URL names (``redis://...``), else ``SUMMARIZER_CACHE_URL``, else the directory.

    An explicit ``directory`` wins over the environment's URL, so ``--cache-dir`` means what it says.
    """
    url = url or (None if directory else os.environ.get(CACHE_URL_ENV))
    if not url:
        return DiskCache(directory)
    if url.startswith(REDIS_SCHEMES):
        from summarizer.extract.cache_redis import RedisCache

        return RedisCache(url)
    if url.startswith("file://"):
        return DiskCache(url.removeprefix("file://"))
    raise ConfigError(f"unsupported cache URL {url.split('://')[0]}://...: use redis://HOST:PORT/DB or file:///DIR")
