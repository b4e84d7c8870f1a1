"""Towns the gazetteer lacks: the villages and hamlets of under 500 people that GeoNames'
``cities500`` leaves out.

Rural shootings happen in such places, and a story about one names its town the way only a town
is named: "EDEN — ...", "a farmhouse near Ransom", "the Viper community of Perry County", "in the
Town of Boulder Junction", "Ransom, a town of about 300 people", "in Irasburg, Vt.". Without this,
such a story's town is lost and the county seat or the hospital's city named beside it is taken
instead. A name the gazetteer does not know in the story's state is taken as a town of that state
only on one of those strong cues, and only where the state is written after it or the story is
set in exactly one state. "near", "outside" and "community" count only in a story that names no
large city of its state, since an unknown name near one is most often a neighbourhood of it ("near
Englewood", "the Ensley community" of Birmingham). Once one mention is such a town, the name's other
mentions are read with the usual cues ("a home in Medina").

Such a town has no coordinates and no population (NaN, 0), so it lies within no city and holds none;
its id is negative, a hash of its state and name, the same in every process.
"""

from __future__ import annotations

import math
import re
import zlib

from summarizer.rules.gazetteer import everyday_names, fold, is_demonym, state_timezone
from summarizer.rules.geonames import Locality, county_states, geonames
from summarizer.rules.lexicon import AGENCY_TAG, MONTHS, NUMBER_WORDS, STREET_SUFFIXES, WEEKDAYS
from summarizer.rules.place_cues import explicit_state, is_dateline, site_noun_at

#: A name the gazetteer holds a US city this large for is that city, not an unlisted namesake; and a
#: story that names one in its state has its unknown names "near" and "outside" as its neighbourhoods.
_LARGE_CITY = 100_000
#: "the Town of Boulder Junction", "Ransom, a town of about 300 people", "Ogema, a city of about 190
#: people", "Dime Box is an unincorporated community of", "Bethpage, a rural community northeast of
#: Gallatin": a town's own noun with its name.
_TOWN_OF = re.compile(r"\b(?:town|village|hamlet|borough|township)\s+of\s+$", re.IGNORECASE)
_TOWN_NOUN_AFTER = re.compile(r"(?:,|\s+is)\s+an?\s+(?:(?:small|tiny|rural|farming|ranching|unincorporated)\s+)*"
                              r"(?:town|village|hamlet|community|city)\s+(?:of|near|outside"
                              # "Bethpage, a rural community northeast of Gallatin"
                              r"|(?:about\s+)?(?:\d+\s+miles\s+)?(?:north|south|east|west)(?:east|west)?\s+of)\b",
                              re.IGNORECASE)
#: "near Ransom", "outside Irasburg", "9 miles north of Winifred", "the community of Viper": in a story
#: that names a large city, as likely a neighbourhood of it ("the Ensley community" of Birmingham).
_NEAR = re.compile(r"\b(?:near|outside(?:\s+of)?|(?:north|south|east|west)(?:east|west)?\s+of|community\s+of)\s+$",
                   re.IGNORECASE)
_COMMUNITY_AFTER = re.compile(r"\s+community\b", re.IGNORECASE)
#: "the Viper community of Perry County": a county's community is a village, whatever else the story names.
_COUNTY_COMMUNITY = re.compile(r"\s+community\s+of\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:County|Parish)\b")
#: "in Irasburg, Vt.", "in Hiltonia, Screven County": the state or county written after the name.
_IN = re.compile(r"\b(?:in|near|outside)\s+$", re.IGNORECASE)
#: The county a town is told in ("Hiltonia, Screven County", "the Town of Boulder Junction in Vilas
#: County"), whose state is the town's where only one state has a county of that name (in a story that
#: also names the hunter's Illinois).
_IN_COUNTY = re.compile(r"(?:,|\s+in)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:County|Parish)\b")
#: A dateline's dash, not a label's colon ("PHOTO:", "INCIDENT LOCATION:" open lines too).
_DASH_AFTER = re.compile(rf"(?:,\s+[A-Za-z. ]{{2,20}}?)?\s*(?:{AGENCY_TAG}\s*)?(?:[—–]|--?)\s")
#: Words that end no town's name: a street's, a county's, a building's.
_NOT_A_TOWN_WORD = frozenset(STREET_SUFFIXES) | {"County", "Parish", "Park", "Center", "Centre", "Hospital", "School",
                                                "Church", "Road", "Creek", "River", "Lake", "Mountain", "Farm", "Ranch"}
_NOT_NAMES = frozenset(MONTHS + WEEKDAYS)
#: Capitalised words a town's name follows, unlike a surname a first name: "Near Ransom", "North Eden".
_BEFORE_A_TOWN = frozenset(["Near", "In", "Outside", "At", "From", "Of", "The", "Town", "Village", "Downtown", "Rural",
                            "North", "South", "East", "West", "Central", "Upper", "Lower", "New", "Old", "Greater"])


def _town_shaped(surface: str) -> bool:
    """One to three capitalised words, none of them a street's, county's or building's word."""
    words = surface.split()
    return (1 <= len(words) <= 3 and len(surface) >= 4
            and all(re.fullmatch(r"[A-Z][A-Za-z'’.-]*", w) for w in words)
            and not _NOT_A_TOWN_WORD & {w.title() for w in words}
            and surface.title() not in _NOT_NAMES and surface.lower() not in NUMBER_WORDS
            and surface not in everyday_names() and not is_demonym(surface, plural=True))


#: A first name (and an initial) right before a name: "Cody Barstad", "Cody J. Barstad".
_FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?$")


def _a_persons_name(text: str, surface: str) -> bool:
    """The name is also someone's surname in the story: "Cody Barstad" makes "near Barstad" a person."""
    at = text.find(surface)
    while at >= 0:
        first = _FIRST_NAME_BEFORE.search(text, max(0, at - 30), at)
        if first is not None and first.group(1) not in _BEFORE_A_TOWN and not text[at + len(surface):][:1].isalnum():
            return True
        at = text.find(surface, at + 1)
    return False


def unlisted_towns(text: str, names: list[tuple[int, int, str]], states: set[str]) -> dict[str, Locality]:
    """The towns the gazetteer lacks that the story names on a town's cue (see the module), by folded
    name, each in the state written after it or the story's only state (``states``). Once a name is
    one, its other mentions ("deputies responded to a home in Medina") are that town too."""
    towns: dict[str, Locality] = {}
    keys = [fold(surface) for _, _, surface in names]
    big_city_named = any(p.country_code == "US" and p.population >= _LARGE_CITY
                         and (not states or p.admin1_code in states)
                         for key in set(keys) for p in geonames().places(key))
    for (start, end, surface), key in zip(names, keys):
        if key not in towns and (town := _unlisted_town(text, start, end, surface, key, states, big_city_named)):
            towns[key] = town
    return towns


def _unlisted_town(text: str, start: int, end: int, surface: str, key: str, states: set[str],
                   big_city_named: bool) -> Locality | None:
    """The town one mention names, if the gazetteer lacks it and a town's cue comes with it."""
    if not _town_shaped(surface) or site_noun_at(text, end):
        return None
    explicit = explicit_state(text, end)
    county = county_states(in_county.group()) if (in_county := _IN_COUNTY.match(text, end)) else set()
    state = explicit or (next(iter(county)) if len(county) == 1 else next(iter(states)) if len(states) == 1 else None)
    if state is None:
        return None
    places = geonames().places(key)
    if any(p.country_code == "US" and (p.admin1_code == state or p.population >= _LARGE_CITY) for p in places):
        return None  # the gazetteer's own place, or a large US city named from afar
    before = text[max(0, start - 40):start]
    county_after = in_county is not None and in_county.group().startswith(",")  # "in Hiltonia, Screven County"
    if not (is_dateline(text, start, end) and _DASH_AFTER.match(text, end)
            or _TOWN_OF.search(before) or _TOWN_NOUN_AFTER.match(text, end) or _COUNTY_COMMUNITY.match(text, end)
            or (explicit is not None or county_after) and _IN.search(before)
            or not big_city_named and (_NEAR.search(before) or _COMMUNITY_AFTER.match(text, end))) \
            or _a_persons_name(text, surface):
        return None
    name = surface.title() if surface.isupper() else surface
    state_name = geonames().state_codes.get(state, "")
    return Locality(geonameid=-zlib.crc32(f"{state}:{fold(name)}".encode()), name=name, admin1_code=state,
                    country_code="US", population=0, latitude=math.nan, longitude=math.nan,
                    timezone=state_timezone(state_name) or "")
