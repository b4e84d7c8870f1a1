"""The US states a story is set in: those it names, or, where it names none, the one most of its towns
lie in.

A Chicago-area story names "south suburban Harvey", "a Markham man", "the Riverdale courthouse" and
the village of Phoenix, and never "Illinois". Resolved one by one, Phoenix is the large city in
Arizona, and the towns become parts of it. Taken together, one state has a town of every one of
those names, and that is where the story is set. Only names the text treats as places count
(:func:`~summarizer.rules.place_cues.cued`, "a Markham man"): a surname or a street matches towns
everywhere.
"""

from __future__ import annotations

import re
from collections import Counter

from summarizer.rules.gazetteer import fold
from summarizer.rules.geonames import county_states, geonames
from summarizer.rules.lexicon import STREET_SUFFIX_PATTERN
from summarizer.rules.place_cues import cued, local_noun, resident_of, state_at, us_story

#: A street after a state's name: "Michigan Avenue" is in Chicago, not Michigan (matched in folded text).
_STREET_SUFFIX = rf"(?i:{STREET_SUFFIX_PATTERN})\b"
#: A Louisiana county: "Jefferson Parish", "St. Mary Parish".
_PARISH = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s+Parish\b")
#: A county's name is no town's, anywhere in a story that names the county: "DeKalb police" beside "in
#: unincorporated DeKalb County near Decatur" names no town DeKalb.
_COUNTY_AFTER = r"\s+(?:County|Parish)\b"
#: Towns of distinct names a state must hold, and more than any other state, to set the story there.
MIN_TOWNS = 2
#: Between two states with as many of those towns, the one whose towns hold this many times the people.
TIE_RATIO = 3


def article_states(text: str) -> set[str]:
    """US states the article names anywhere: by full name (not a street named after one: "Michigan
    Avenue", "Pennsylvania Avenue", nor a county: "the Delaware County District Attorney"; "West
    Virginia" names no Virginia), or
    abbreviated after "City, "; Louisiana for a parish ("Jefferson Parish"), its name for a county;
    and the state of a county whose name only one state has ("Cuyahoga County"; not "Washington
    County", in 31 states)."""
    gaz = geonames()
    folded = fold(text)
    found = {code for name, code in gaz.state_names.items()
             if re.search(rf"(?<![\w])(?<!\bwest\s){re.escape(name)}(?![\w])(?!\s+{_STREET_SUFFIX})(?!\s+county\b)",
                          folded)}
    for m in re.finditer(r",\s+", text):
        if (hit := state_at(text, m.end())) is not None:
            found.add(hit[0])
    if _PARISH.search(text):
        found.add("LA")
    return found | county_states(text)


def story_states(text: str, names: list[tuple[int, int, str]]) -> set[str]:
    """The US states (postal codes) a story is set in: those it names (:func:`article_states`), else,
    where it reads as US local news, the one most of its towns lie in (:func:`state_of_towns`: not
    Athens and Greece, both towns in New York, of a story from Greece), else none."""
    if named := article_states(text):
        return named
    return {state} if us_story(text) and (state := state_of_towns(text, names)) is not None else set()


def state_of_towns(text: str, names: list[tuple[int, int, str]]) -> str | None:
    """The US state (postal code) with a town of the most distinct place names the text cues, when it
    holds at least :data:`MIN_TOWNS` of them and more than any other state, or as many but far larger
    towns (Birmingham and Bessemer are towns in Alabama and in Michigan, much larger in Alabama); else None."""
    towns = {fold(surface) for start, end, surface in names
             if (cued(text, start, end) or local_noun(text, start, end) or resident_of(text, start, end))
             and not re.search(rf"\b{re.escape(surface)}{_COUNTY_AFTER}", text)}
    held: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for town in towns:
        largest: dict[str, int] = {}
        for place in geonames().places(town):  # most populous first: each state's largest of that name
            if place.country_code == "US":
                largest.setdefault(place.admin1_code, place.population)
        held.update(largest.keys())
        people.update(largest)
    ranked = sorted(held, key=lambda state: (held[state], people[state]), reverse=True)
    if not ranked or held[ranked[0]] < MIN_TOWNS:
        return None
    if len(ranked) > 1 and held[ranked[1]] == held[ranked[0]] \
            and people[ranked[0]] < TIE_RATIO * people[ranked[1]]:
        return None  # as many towns, of much the same size, in two states
    return ranked[0]
