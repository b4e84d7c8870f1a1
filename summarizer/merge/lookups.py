"""Name rules the merge applies to the short strings it compares, memoised for one merge call.

The same place and actor names recur in thousands of records, and the gazetteer and
``same_entity`` are the costly part of reading them. :func:`summarizer.merge.merge` builds one
:class:`NameLookups` per call and passes it down, so the memo lives exactly as long as the
call and holds only that call's names.
"""

from __future__ import annotations

from functools import cache

from summarizer.merge.places import is_country_word, resolve_place
from summarizer.rules import canonical_actor, resolve_date_phrase, same_entity
from summarizer.rules.gazetteer import fold


def _weekday_of(phrase: str) -> int | None:
    mention = resolve_date_phrase(phrase, None)
    return mention.weekday if mention is not None else None


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


class NameLookups:
    """Memoised name rules: each is the plain function of the same name, called once per
    distinct argument within one merge call."""

    def __init__(self) -> None:
        #: Canonical form of an actor name (:func:`summarizer.rules.canonical_actor`).
        self.canonical = cache(canonical_actor)
        #: The gazetteer's place for a name (:func:`summarizer.merge.places.resolve_place`).
        self.place = cache(resolve_place)
        #: Whether two actor names denote one entity (:func:`summarizer.rules.same_entity`).
        self.same_entity = cache(same_entity)
        #: The weekday a date phrase names ("on Tuesday" -> 1), if any.
        self.weekday_of = cache(_weekday_of)
        #: The folded words of a name.
        self.words = cache(_words)
        #: A country or its adjective (:func:`summarizer.merge.places.is_country_word`).
        self.is_country_word = cache(is_country_word)
