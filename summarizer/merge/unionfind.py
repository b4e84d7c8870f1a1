"""Union-find over a parent table: articles (by id) in syndication and entity resolution,
units (by index) in clustering. The smaller root always wins, so groups are deterministic."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol, TypeVar

K = TypeVar("K", str, int)
_T = TypeVar("_T")


class Parents(Protocol[_T]):
    """A parent table: a dict keyed by id, or a list indexed by position (both map a node to its parent)."""

    def __getitem__(self, x: _T, /) -> _T: ...

    def __setitem__(self, x: _T, parent: _T, /) -> None: ...


def find(parent: Parents[K], x: K) -> K:
    """Root of ``x``, halving the path on the way."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def union(parent: Parents[K], a: K, b: K) -> K:
    """Join the groups of ``a`` and ``b`` under the smaller root; returns that root."""
    ra, rb = find(parent, a), find(parent, b)
    root = min(ra, rb)
    parent[max(ra, rb)] = root
    return root


def groups(parent: Parents[K], items: Iterable[K]) -> dict[K, list[K]]:
    """Root -> members, members in the order of ``items`` (roots in order of first member)."""
    found: dict[K, list[K]] = defaultdict(list)
    for x in items:
        found[find(parent, x)].append(x)
    return found
