"""Deterministic, model-free extractors used to normalise and cross-check model output.

The language model copies phrases verbatim from an article; these rules turn
them into values (counts, dates, UTC times, places, canonical actors) and
independently find every mention in the article, each with a character span,
so a verifier can compare what the model said with what the text says.
"""

from summarizer.rules.actors import canonical_actor, find_actor_mentions, same_entity
from summarizer.rules.attribution import Attribution, find_attributions, sentence_spans
from summarizer.rules.datelines import parse_published_header
from summarizer.rules.date_mention import DateMention
from summarizer.rules.dates import find_dates, resolve_date_phrase
from summarizer.rules.gazetteer import Place, find_places, lookup_place
from summarizer.rules.numbers import (
    CountRange,
    NumberMention,
    find_numbers,
    parse_count,
)
from summarizer.rules.spans import Span
from summarizer.rules.times import TimeMention, find_times, parse_time_phrase

__all__ = [
    "Attribution",
    "CountRange",
    "DateMention",
    "NumberMention",
    "Place",
    "Span",
    "TimeMention",
    "canonical_actor",
    "find_actor_mentions",
    "find_attributions",
    "find_dates",
    "find_numbers",
    "find_places",
    "find_times",
    "lookup_place",
    "parse_count",
    "parse_published_header",
    "parse_time_phrase",
    "resolve_date_phrase",
    "same_entity",
    "sentence_spans",
]
