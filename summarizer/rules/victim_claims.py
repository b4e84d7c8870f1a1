"""The words that count victims, and the claims built from them.

Shared by :mod:`summarizer.rules.victims` (one victim at a time) and :mod:`summarizer.rules.splits`
("N were shot, M fatally"): an age as an adjective, a count word, and a :class:`CasualtyMention`
for one person or for a counted group, with the source its sentence attributes it to.
"""

from __future__ import annotations

from summarizer.models.schemas import CasualtyKind
from summarizer.rules.attribution import find_attributions
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import NUMBER_WORDS
from summarizer.rules.numbers import CountRange, NumberMention
from summarizer.rules.spans import Span, make_span

#: An age as an adjective: "17-year-old", "four-year-old".
AGE_WORD = r"(?i:(?:\d{1,3}|[a-z]+)-year-old)"
#: A count of people in words or digits: "three", "12".
COUNT_WORD = rf"(?i:\d{{1,3}}|{'|'.join(NUMBER_WORDS)})"


def one_victim(text: str, kind: CasualtyKind, start: int, end: int, sentence: Span,
               claimed_by: str | None) -> CasualtyMention:
    """A claim of one person, named by ``text[start:end]``."""
    return CasualtyMention(kind=kind, number=counted(text, start, end, 1), civilians=False,
                           claimed_by=claimed_by, sentence=sentence)


def counted(text: str, start: int, end: int, value: int) -> NumberMention:
    """A count of ``value`` people, stated by ``text[start:end]``."""
    span = make_span(text, start, end)
    return NumberMention(span=span, count=CountRange(low=value, high=value, best=value, qualifier="exact",
                                                     text=span.text), unit_hint=None)


def source_of(sentence: Span) -> str | None:
    """Who the sentence attributes its claim to ("police said"), not a bare pronoun."""
    sources = [a.source for a in find_attributions(sentence.text)
               if a.source.lower() not in {"he", "she", "they", "it"}]
    return sources[0] if sources else None
