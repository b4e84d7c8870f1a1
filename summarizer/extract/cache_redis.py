"""The Redis cache backend: one cache shared by every worker of a cluster.

Same keys and the same hit/miss semantics as the disk backend; only the storage differs.
Imported only when a ``redis://`` URL is given, so ``redis`` stays an optional extra
(``pip install 'summarizer[redis]'``).

* **Own keys only.** Every key carries :data:`PREFIX`, so ``cache clear`` and ``cache stats`` see
  summarizer's entries and nothing else in a database that other applications may share.
* **Atomic writes.** An entry is one JSON string written by one ``SET``: two workers that answer
  the same article both write a whole value and the last one wins; a reader never sees half of
  one. Both values are answers to the same request, so either is a correct hit.
* **No secrets.** The URL's password is never shown (:func:`redact_url`); values hold model
  answers and records only, never the endpoint's API key.
"""

from __future__ import annotations

import json
import re
from typing import Any

import redis

from summarizer.extract.cache import CacheError

#: Namespace of summarizer's keys; the version changes if the value encoding ever does.
PREFIX = "summarizer:v1:"
#: Keys handled per SCAN / UNLINK round trip by ``stats`` and ``clear``.
SCAN_BATCH = 500

_PASSWORD = re.compile(r"(://[^:/@]*):[^@/]*@")


def redact_url(url: str) -> str:
    """The URL as it may be shown: ``redis://user:secret@host`` becomes ``redis://user:***@host``."""
    return _PASSWORD.sub(r"\1:***@", url)


class RedisCache:
    """A :class:`summarizer.extract.cache.Cache` on a Redis server (``redis://HOST:PORT/DB``)."""

    def __init__(self, url: str, *, timeout: float = 10.0) -> None:
        self.url = redact_url(url)
        try:
            self._redis = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
            self._redis.ping()  # fail at start with one clear line, not on the first article
        except (redis.RedisError, ValueError) as exc:
            raise CacheError(f"cannot use the Redis cache at {self.url}: {exc}") from None

    def get(self, key: str) -> dict[str, Any] | None:
        raw = self._redis.get(PREFIX + key)
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except ValueError:  # not written by summarizer: a miss, and the next set replaces it
            return None
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: dict[str, Any]) -> None:
        self._redis.set(PREFIX + key, json.dumps(value, ensure_ascii=False, separators=(",", ":")))

    def _keys(self) -> list[list[bytes]]:
        """summarizer's keys in batches (SCAN: never blocks the server like KEYS would)."""
        batches: list[list[bytes]] = [[]]
        for key in self._redis.scan_iter(match=PREFIX + "*", count=SCAN_BATCH):
            if len(batches[-1]) == SCAN_BATCH:
                batches.append([])
            batches[-1].append(key)
        return [b for b in batches if b]

    def stats(self) -> dict[str, Any]:
        entries = size = 0
        for batch in self._keys():
            pipe = self._redis.pipeline(transaction=False)
            for key in batch:
                pipe.strlen(key)
            lengths = pipe.execute()
            entries += len(batch)
            size += sum(int(n) for n in lengths)
        return {"backend": "redis", "url": self.url, "prefix": PREFIX, "entries": entries, "size_bytes": size}

    def clear(self) -> int:
        return sum(int(self._redis.unlink(*batch)) for batch in self._keys())

    def close(self) -> None:
        self._redis.close()
