"""Syndicated copies: near-identical article texts (wire copy under another headline or footer).

Copies of one report count as one independent source, and their main units are merged first.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections import defaultdict
from collections.abc import Mapping

from summarizer.merge.thresholds import MAX_SKETCH_BUCKET, SHINGLE_WORDS, SKETCH_SIZE, SYNDICATION_JACCARD
from summarizer.merge.unionfind import groups, union

_WORD = re.compile(r"\w+")


def _shingles(text: str) -> frozenset[int]:
    """Stable hashes of the normalised text's ``SHINGLE_WORDS``-word shingles."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode())
                     for i in range(len(words) - SHINGLE_WORDS + 1))


def syndication_groups(texts: Mapping[str, str]) -> list[list[str]]:
    """Groups (size >= 2) of near-duplicate articles: shingle Jaccard >= ``SYNDICATION_JACCARD``.

    Candidates come from bottom-k sketches (two texts with Jaccard J share their smallest
    shingle hash with probability J), so the pass is near-linear; each candidate pair is then
    confirmed with the exact Jaccard of the full shingle sets.
    """
    ids = sorted(texts)
    shingles = {aid: _shingles(texts[aid]) for aid in ids}
    buckets: dict[int, list[str]] = defaultdict(list)
    for aid in ids:
        for h in heapq.nsmallest(SKETCH_SIZE, shingles[aid]):
            buckets[h].append(aid)
    pairs = {(a, b) for members in buckets.values() if len(members) <= MAX_SKETCH_BUCKET
             for i, a in enumerate(members) for b in members[i + 1:]}
    parent = {aid: aid for aid in ids}
    for a, b in sorted(pairs):
        sa, sb = shingles[a], shingles[b]
        if len(sa & sb) >= SYNDICATION_JACCARD * len(sa | sb):
            union(parent, a, b)
    return sorted(g for g in groups(parent, ids).values() if len(g) > 1)
