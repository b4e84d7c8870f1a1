"""Union-find over a parent table: articles (by id) in syndication and entity resolution,
units (by index) in clustering. The smaller root always wins, so groups are deterministic."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, MutableMapping
from typing import TypeVar

K = TypeVar("K", str, int)


def find(parent: MutableMapping[K, K] | list[K], x: K) -> K:
    """Root of ``x``, halving the path on the way."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def union(parent: MutableMapping[K, K] | list[K], a: K, b: K) -> K:
    """Join the groups of ``a`` and ``b`` under the smaller root; returns that root."""
    ra, rb = find(parent, a), find(parent, b)
    root = min(ra, rb)
    parent[max(ra, rb)] = root
    return root


def groups(parent: MutableMapping[K, K] | list[K], items: Iterable[K]) -> dict[K, list[K]]:
    """Root -> members, members in the order of ``items`` (roots in order of first member)."""
    found: dict[K, list[K]] = defaultdict(list)
    for x in items:
        found[find(parent, x)].append(x)
    return found
