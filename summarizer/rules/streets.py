"""The streets a story puts its happening on: "the 400 block of Xenia Avenue", "near 16th and
Arlington streets".

Two local reports of one shooting nearly always name the same street, and two shootings in one
city on one day nearly never do: the merge reads streets like neighbourhoods, a finer place
within a city (:func:`summarizer.merge.places.compare_places`). A street's name is the
capitalised words (or an ordinal) before a street word of :data:`~summarizer.rules.lexicon.STREET_SUFFIXES`,
without its house number, "block of" or compass point, folded: "N. Xenia Ave." and "Xenia
Avenue" are both "xenia". Courts ("Common Pleas Court", "U.S. District Court") and hospitals'
drives are institutions, not streets.
"""

from __future__ import annotations

import re

from summarizer.rules.gazetteer import fold
from summarizer.rules.lexicon import NOT_PERSON_WORDS, STREET_SUFFIX_PATTERN

#: A name word: capitalised, an abbreviation ("N.", "St."; a longer word with a period ends a
#: sentence) or an ordinal ("27th").
_WORD = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’-]*|\d{1,3}(?:st|nd|rd|th))"
#: One to three name words right before a street word: "Xenia Avenue", "NW 27th St.", "Del Amo Blvd".
_STREET = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+(?:{STREET_SUFFIX_PATTERN})\b")
#: Words of a street's name that do not tell streets apart.
_COMPASS = frozenset(["n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast",
                      "northwest", "southeast", "southwest", "the", "old", "new"])
#: Names before "Court" that make it a court of law.
_COURTS = frozenset(["pleas", "district", "superior", "supreme", "municipal", "circuit", "juvenile", "federal",
                     "family", "appeals", "magistrate", "criminal", "civil", "common"])


def street_names(text: str) -> frozenset[str]:
    """The folded names of the streets ``text`` names (module docstring)."""
    found: set[str] = set()
    for match in _STREET.finditer(text):
        words = [w.strip(".").lower() for w in fold(match.group("name")).split()]
        words = [w for w in words if w not in _COMPASS]
        if words and not (NOT_PERSON_WORDS | _COURTS).intersection(words):
            found.add(" ".join(words))
    return frozenset(found)
