"""Places: resolving a record's location with the gazetteer, and comparing the places of two units.

All place logic of the merge is here: :func:`record_place` reads one record's location and
:func:`compare_places` is the only comparison of places between units (used by the scoring, its
vetoes and the text rule), so a finer comparison (level by level) changes these two functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from summarizer.merge.thresholds import DIFFERENT_NEIGHBOURHOODS, DIFFERENT_TOWNS, NEUTRAL
from summarizer.rules import lookup_place
from summarizer.rules.gazetteer import is_demonym
from summarizer.models.schemas import Location

#: Specificity of a resolved place: a country, a first-level region, anything finer (a city).
COUNTRY, ADMIN1, LOCAL = 1, 2, 3

_GENERIC_PLACE_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:breakaway|disputed|separatist)\s+)?|\s+(?:region|province|state|district|city|town|"
    r"village|area|county|municipality|governorate|oblast|prefecture|territory|enclave)$", re.IGNORECASE)


class KnownPlace(NamedTuple):
    """A place the gazetteer knows: canonical name, country code and specificity."""

    name: str
    country: str | None
    specificity: int


def resolve_place(name: str) -> KnownPlace | None:
    """The gazetteer's place for a name, or None if unknown.

    A name the gazetteer does not know is retried without generic words around it
    ("the breakaway Nagorno-Karabakh region" -> "Nagorno-Karabakh").
    """
    place = lookup_place(name)
    if place is None and (bare := _GENERIC_PLACE_WORDS.sub("", name).strip()) and bare != name:
        place = lookup_place(bare)
    if place is None:
        return None
    return KnownPlace(place.name, place.country_code, {"country": COUNTRY, "admin1": ADMIN1}.get(place.kind, LOCAL))


def is_country_word(word: str) -> bool:
    """A country or its adjective ("Greece", "Greek"): shared by every report from a country,
    so, like a country anchor in blocking, it is no evidence of one incident."""
    if is_demonym(word) or is_demonym(word.rstrip("s")):
        return True
    place = lookup_place(word, fuzzy=False)
    return place is not None and place.kind == "country"


@dataclass(frozen=True)
class RecordPlace:
    """Where one record puts its event: ``place`` is the canonical name (or the reported name
    without generic words), ``specificity`` 3 city/region, 2 admin1, 1 country, 0 unknown;
    ``is_town`` when the gazetteer knows the name as a city-level place."""

    place: str | None
    country: str | None
    specificity: int
    is_town: bool


def record_place(loc: Location, resolve: Callable[[str], KnownPlace | None]) -> RecordPlace:
    """A record's place, from its location name (resolved with ``resolve``) and its country.

    A location already resolved to a city (``Location.city``, with any street or neighbourhood
    kept apart in ``detail``) is compared at the city level: "Englewood" in one report and
    "Chicago" in another are one place, Chicago.
    """
    if loc.city:
        return RecordPlace(place=loc.city, country=loc.country_code, specificity=LOCAL, is_town=True)
    resolved = resolve(loc.name) if loc.name else None
    country = loc.country_code or (resolved.country if resolved is not None else None)
    if country is None and loc.country:
        by_country = resolve(loc.country)
        country = by_country.country if by_country is not None else None
    if resolved is not None:
        place: str | None = resolved.name
        specificity = resolved.specificity
    else:
        place = (_GENERIC_PLACE_WORDS.sub("", loc.name).strip() or loc.name) if loc.name else None
        specificity = LOCAL if loc.name else COUNTRY if country else 0
    is_town = bool(place) and resolved is not None and resolved.specificity == LOCAL
    return RecordPlace(place=place, country=country, specificity=specificity, is_town=is_town)


class Placed(Protocol):
    """What :func:`compare_places` reads from a unit (folded names). Read-only, so a frozen
    dataclass (:class:`~summarizer.merge.units.Unit`) provides it."""

    @property
    def countries(self) -> frozenset[str]: ...
    @property
    def places(self) -> frozenset[str]: ...  # places finer than a country
    @property
    def towns(self) -> frozenset[str]: ...  # places the gazetteer knows as cities
    @property
    def details(self) -> frozenset[tuple[str, str]]: ...  # (town, neighbourhood) pairs
    @property
    def streets(self) -> frozenset[str]: ...  # the streets its article names
    @property
    def sides(self) -> frozenset[str]: ...  # compass points of the city sides its article names


@dataclass(frozen=True)
class PlaceComparison:
    """How the places of two units relate.

    ``score`` is the place component of a pair's score: 1 for a shared place; 0 for two different
    neighbourhoods or streets of one city (when both articles name streets, the streets decide)
    and for two different towns; 0.35 for two other different named places in one country (two
    provinces); 0.6 for one country with a finer place on one side only; neutral when a side has
    no country. ``towns_differ``: both name gazetteer towns and none is shared.
    """

    countries_disjoint: bool
    shared: tuple[str, ...]
    towns_differ: bool
    score: float


def _place_contains(a: str, b: str) -> bool:
    """True when one folded place name starts with the other, word by word: a facility named
    after its town ("wasilla bible church" / "wasilla"), a region and its long form ("gaza" /
    "gaza strip"). The shorter name must be a word of four letters or more."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short == long_[:len(short)] and len(" ".join(short)) >= 4


def compare_places(a: Placed, b: Placed) -> PlaceComparison:
    """Compare two units' places: shared places are equal names, or one containing the other
    (see :func:`_place_contains`)."""
    shared = tuple(sorted(p for p in a.places if any(p == q or _place_contains(p, q) for q in b.places)))
    apart = {town for town, _ in a.details} & {town for town, _ in b.details} and not a.details & b.details
    if a.streets and b.streets:  # a street is finer than a neighbourhood: it decides
        apart = not a.streets & b.streets
    elif a.sides and b.sides and not a.sides & b.sides:
        apart = True  # "the east side" and "the north side"
    if shared and apart:
        score = DIFFERENT_NEIGHBOURHOODS  # one city, but two of its neighbourhoods or streets
    elif shared:
        score = 1.0
    elif not a.countries or not b.countries:
        score = NEUTRAL
    elif a.towns and b.towns and not a.towns & b.towns:
        score = DIFFERENT_TOWNS
    elif a.places and b.places:
        score = 0.35
    else:
        score = 0.6
    return PlaceComparison(
        countries_disjoint=bool(a.countries and b.countries and not a.countries & b.countries),
        shared=shared,
        towns_differ=bool(a.towns and b.towns and not a.towns & b.towns and not shared),
        score=score,
    )
