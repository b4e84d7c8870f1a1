"""Find a model's quote in the article and return character offsets into the original text.

Models copy text imperfectly: they straighten curly quotes, collapse whitespace, change case or
drop a word. Matching is tried in order of strictness and the result says which one matched, so a
reader can tell an exact quote from an approximate one:

1. ``exact``: the quote occurs as is.
2. ``normalized``: equal after unifying quote marks, dashes, whitespace and case.
3. ``fuzzy``: the best-aligned window scores at least :data:`FUZZY_THRESHOLD` (rapidfuzz).
4. ``not_found``: no span; the verifier flags the value as unsupported.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from summarizer.rules.spans import make_span
from summarizer.models.schemas import Evidence

FUZZY_THRESHOLD = 90.0
_TRANSLATE = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                            "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")


def _normalized_with_map(text: str) -> tuple[str, list[int]]:
    """Lower-cased, quote- and space-normalised text plus, per output char, its source index."""
    chars: list[str] = []
    index: list[int] = []
    previous_space = False
    for position, char in enumerate(text.translate(_TRANSLATE)):
        if char.isspace():
            if previous_space:
                continue
            char, previous_space = " ", True
        else:
            previous_space = False
        chars.append(char.lower())
        index.append(position)
    return "".join(chars), index


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A fuzzy window can start or stop mid-word; widen it to whole words."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def locate(quote: str, text: str, *, near: int | None = None) -> Evidence:
    """Locate ``quote`` in ``text``. With several hits, the one closest to ``near`` wins."""
    needle = quote.strip()
    if not needle:
        return Evidence(quote=quote)
    hits = [m.start() for m in re.finditer(re.escape(needle), text)]
    if hits:
        start = min(hits, key=lambda h: abs(h - near)) if near is not None else hits[0]
        return Evidence(quote=quote, span=make_span(text, start, start + len(needle)), match="exact")
    haystack, index = _normalized_with_map(text)
    small, _ = _normalized_with_map(needle)
    small = small.strip()
    found = [m.start() for m in re.finditer(re.escape(small), haystack)]
    if found:
        start = min(found, key=lambda h: abs(index[h] - near)) if near is not None else found[0]
        end = index[start + len(small) - 1] + 1
        return Evidence(quote=quote, span=make_span(text, index[start], end), match="normalized")
    if len(small) >= 12:
        alignment = fuzz.partial_ratio_alignment(small, haystack, score_cutoff=FUZZY_THRESHOLD)
        if alignment is not None:
            start, end = _widen_to_words(text, index[alignment.dest_start], index[alignment.dest_end - 1] + 1)
            return Evidence(quote=quote, span=make_span(text, start, end), match="fuzzy")
    return Evidence(quote=quote)
