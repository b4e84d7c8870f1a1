"""Character spans shared by every rule extractor.

Every finder reports where it found something as offsets into the exact string
it was given, so a verifier can quote the article back (``text[start:end]``)
instead of trusting a paraphrase.
"""

from __future__ import annotations

from summarizer.models.schemas import Span

__all__ = ["Span", "make_span"]


def make_span(source: str, start: int, end: int) -> Span:
    """Build a span whose ``text`` is guaranteed to equal ``source[start:end]``."""
    return Span(start=start, end=end, text=source[start:end])
