"""Split articles that do not fit the model's context into overlapping chunks.

Chunks end on paragraph boundaries (a blank line, else a line break), and each chunk repeats the
last paragraph of the one before it, so an event reported across a paragraph break is seen
whole at least once. A single paragraph longer than the budget is cut at sentence ends, and
only as a last resort mid-sentence. Offsets need no mapping back: every quote is located in the
full original article afterwards (``summarizer.records.locate``).
"""

from __future__ import annotations

import re

#: Rough characters per token for English news with a BPE tokenizer; errs on the safe side.
CHARS_PER_TOKEN = 3.2
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def budget_chars(context_tokens: int, reserved_tokens: int) -> int:
    """Characters of article that fit beside the instructions and the answer."""
    return max(1000, int((context_tokens - reserved_tokens) * CHARS_PER_TOKEN))


def _pieces(text: str, max_chars: int) -> list[str]:
    """Paragraphs, with any paragraph over ``max_chars`` cut at sentence ends (or hard cut)."""
    pieces: list[str] = []
    for paragraph in filter(str.strip, _PARAGRAPH.split(text)):
        if len(paragraph) <= max_chars:
            pieces.append(paragraph)
            continue
        current = ""
        for sentence in _SENTENCE.split(paragraph):
            while len(sentence) > max_chars:
                pieces.append(sentence[:max_chars])
                sentence = sentence[max_chars:]
            if current and len(current) + 1 + len(sentence) > max_chars:
                pieces.append(current)
                current = ""
            current = f"{current} {sentence}".strip()
        if current:
            pieces.append(current)
    return pieces


def split_text(text: str, max_chars: int) -> list[str]:
    """The text itself when it fits, else overlapping paragraph-aligned chunks of ≤ ``max_chars``."""
    if len(text) <= max_chars:
        return [text]
    chunks: list[str] = []
    current: list[str] = []
    for piece in _pieces(text, max_chars // 2):
        if current and len("\n\n".join([*current, piece])) > max_chars:
            chunks.append("\n\n".join(current))
            current = [current[-1]]  # overlap: the previous chunk's last paragraph
        current.append(piece)
    chunks.append("\n\n".join(current))
    return chunks
