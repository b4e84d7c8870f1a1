"""The streets and sides of a city a story puts its happening on: "the 400 block of Xenia
Avenue", "near 16th and Arlington streets", "on the city's east side".

Two local reports of one shooting nearly always name the same street, and two shootings in one
city on one day nearly never do: the merge reads streets like neighbourhoods, a finer place
within a city (:func:`summarizer.merge.places.compare_places`). A street's name is the
capitalised words (or an ordinal) before a street word of :data:`~summarizer.rules.lexicon.STREET_SUFFIXES`,
without its house number, "block of" or compass point, folded: "N. Xenia Ave." and "Xenia
Avenue" are both "xenia"; "Pasadena and Martin Luther King avenues" are two streets. Courts
("Common Pleas Court", "U.S. District Court") and hospitals' drives are institutions, not streets.

A side of a city ("the city's east side", "the South Side", "the North End") is coarser: two
reports of one shooting may call it the south or the southwest side, but not the south and the
east side. Sides are read as their compass points ("southwest" is south and west).
"""

from __future__ import annotations

import re

from summarizer.rules.gazetteer import fold
from summarizer.rules.lexicon import NOT_PERSON_WORDS, PLURAL_STREET_PATTERN, STREET_SUFFIX_PATTERN

#: A name word: capitalised, an abbreviation ("N.", "St."; a longer word with a period ends a
#: sentence) or an ordinal ("27th").
_WORD = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’-]*|\d{1,3}(?:st|nd|rd|th))"
#: One to three name words right before a street word: "Xenia Avenue", "NW 27th St.", "Del Amo Blvd".
_STREET = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+(?:{STREET_SUFFIX_PATTERN})\b")
#: Two streets named by one plural street word: "near Pasadena and Martin Luther King avenues".
_CROSSING = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+and\s+(?P<other>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+"
                       rf"(?:{PLURAL_STREET_PATTERN})\b")
#: Words of a street's name that do not tell streets apart.
_COMPASS = frozenset(["n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast",
                      "northwest", "southeast", "southwest", "the", "old", "new"])
#: Names before "Court" that make it a court of law.
_COURTS = frozenset(["pleas", "district", "superior", "supreme", "municipal", "circuit", "juvenile", "federal",
                     "family", "appeals", "magistrate", "criminal", "civil", "common"])


def street_names(text: str) -> frozenset[str]:
    """The folded names of the streets ``text`` names (module docstring)."""
    found: set[str] = set()
    names = [m.group("name") for m in _STREET.finditer(text)]
    names += [m.group(g) for m in _CROSSING.finditer(text) for g in ("name", "other")]
    for name in names:
        words = [w.strip(".").lower() for w in fold(name).split()]
        words = [w for w in words if w not in _COMPASS]
        if words and not (NOT_PERSON_WORDS | _COURTS).intersection(words):
            found.add(" ".join(words))
    return frozenset(found)


#: "the city's east side", "Chicago's South Side", "the Southside", "the North End": not the side
#: of a building ("the east side of the house").
_SIDE = re.compile(r"\b(?P<points>(?i:north|south|east|west)(?i:east|west)?)\s*(?i:side)\b(?!\s+of\b)"
                   r"|\b(?P<end>North|South|East|West)\s+End\b")
_POINTS = re.compile(r"north|south|east|west")


def city_sides(text: str) -> frozenset[str]:
    """The compass points of the sides of a city ``text`` names (module docstring)."""
    return frozenset(point for match in _SIDE.finditer(text)
                     for point in _POINTS.findall((match.group("points") or match.group("end")).lower()))
