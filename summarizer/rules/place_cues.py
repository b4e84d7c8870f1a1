"""What the words around a capitalised name say about it as a place.

:mod:`summarizer.rules.localities` resolves names through the gazetteer; whether the text treats
a name as a place at all, and as the story's place, is read from its neighbours: a locative word
before it ("in", "outside", "town of"), a place noun after it ("police", "'s south side"), a
dateline ("CHICAGO —"), a resident or site of the town ("a Gary man", "at a Macon home"), a
street or address it belongs to ("Pasadena and King avenues", "7100 Georgetown"), or a hospital
or an arrest that sends it elsewhere ("flown to a hospital in Chicago").
"""

from __future__ import annotations

import re

from summarizer.rules.gazetteer import everyday_names, fold
from summarizer.rules.geonames import geonames
from summarizer.rules.lexicon import AGENCY_TAG, MONTHS, PLURAL_STREET_PATTERN, STREET_SUFFIX_PATTERN, WEEKDAYS
from summarizer.rules.place_names import PERSON_OF

#: "A Gary man", "a 21-year-old Elkhart woman": where someone lives, named before the person.
_RESIDENT = re.compile(r"\s+(?:man|woman|teen|teenager|boy|girl|couple|family|resident|residents|native|student)\b")
#: "at a Macon home", "outside a Flint party store": a site of the town, after "a" or "an". As weak
#: a cue as a resident's (a chain's or a product's name reads the same way), so it asks as much.
_SITE = re.compile(r"\s+(?:[a-z]+\s+)?(?:home|house|residence|apartment|bar|nightclub|club|lounge|store|station|"
                   r"park|church|school|hotel|motel|restaurant|business|mall|neighborhood)\b")
#: Where a victim was treated or a suspect caught or held ("flown to a hospital in Chicago", "arrested in Key
#: West", "the county detention center in Lewistown"), where the ambulance came from ("before an ambulance
#: from Lewistown could arrive"), or where a chase began ("a chase that started in Mesa", "Chase from Hammond
#: ends in ..."): not where it happened, unless the story names no other town. A hospital may go by its
#: name alone ("died later at UPMC Mercy in Pittsburgh", "flown to Shock Trauma in Baltimore").
_ELSEWHERE_IN = re.compile(r"\b(?:(?:hospital|medical\s+center|trauma\s+center"
                           r"|(?:arrested|captured|apprehended|caught|jailed)(?:\s+\w+){0,3}?"
                           r"|jail|detention\s+(?:center|facility)|correctional\s+(?:center|facility)|prison"
                           r"|(?:began|begun|started|originated)(?:\s+\w+){0,3}?"
                           # a hospital by its name: "died later at UPMC Mercy in Pittsburgh"
                           r"|\b(?:died|dead|taken|rushed|transported|transferred|flown|airlifted)\s+(?:\w+\s+){0,2}?"
                           r"(?:at|to)\s+(?-i:[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,3}))\s+in"
                           r"|(?:chase|pursuit|ambulance)\s+from)\s+$", re.IGNORECASE)
#: A city that names a suburb ("the Fort Worth suburb of Arlington", "Harvey, a Chicago suburb"):
#: the suburb is where it happened, unless the story names no other town.
_SUBURB_OF = re.compile(r"\s+suburbs?\b", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
#: A locative word right before a name: "in", "outside", "suburban", "town of", "north of".
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|nearby|outside|from|into|across|around|toward|towards|throughout|between|downtown|"
    r"suburban|northern|southern|eastern|western|central|northwest|northeast|southwest|southeast|"
    r"(?:north|south|east|west)(?=\s+of\s)|"
    r"city|town|village|township|borough|neighborhood|neighbourhood|community|area|suburb)\s+(?:the\s+|of\s+)?)$",
    re.IGNORECASE)
#: A place noun right after a name: "Flint police", "Clay Township", "Elmira's south side".
_AFTER_CUE = re.compile(r"^(?:['’]s\s+)?\s*(?:police|(?:division|bureau|department)\s+of\s+police|township|borough|"
                        r"neighborhood|neighbourhood|area|resident|residents|mayor|fire department)\b"
                        # "on Elmira's south side", "Flint's north end", "in Richmond's East End"
                        r"|^['’]s\s+(?:(?:far|lower|upper)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)"
                        r"(?:ern)?\s+(?:side|end)\b", re.IGNORECASE)
#: The rest of an intersection after a street's name: "(Cleveland) and Main streets", "(Cleveland) avenues",
#: "(Peoria) and West 79th streets".
_CROSS_STREETS = re.compile(r"(?:\s+and\s+(?:(?:[A-Z][\w.'-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,3}?)?\s*"
                            rf"(?i:{PLURAL_STREET_PATTERN})\b")
#: An intersection told without a street word: "near Pine and Peoria", "at the corner of Main and Elm",
#: "near 61st and Peoria", or with one only for the second street: "near Central and San Pedro Drive".
_BARE_CROSSING = re.compile(r"\b(?:near|at)\s+(?:the\s+(?:intersection|corner)\s+of\s+)?"
                            r"(?P<a>[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+(?:and|&)\s+(?P<b>[A-Z][a-z]+|\d+(?:st|nd|rd|th))"
                            r"(?=\s*[,.;]|\s*$|\s+(?:in|on|at|about|around|when|where|after|just)\b"
                            rf"|(?:\s+[A-Z][a-z]+)?\s+(?:{STREET_SUFFIX_PATTERN})\b)")
#: Kinds of police force, named before "police" like a town is.
_POLICE_FORCES = frozenset(["metro", "metropolitan", "capitol", "transit", "state", "campus", "university", "tribal",
                            "park", "housing", "airport", "port", "military", "railroad", "school", "county", "city"])
#: The dash (or colon) after a dateline's place, with an optional agency: "(AP) -".
_DASH = re.compile(rf"^\s*(?:{AGENCY_TAG}\s*)?(?:[—–-]{{1,2}}|:)\s")
#: "the Austin neighborhood": a part of the story's city, whatever else the name is.
_NEIGHBOURHOOD_NOUN = re.compile(r"\s+(?:neighborhood|neighbourhood)\b", re.IGNORECASE)
#: "the Arlington area", "the city's Parkside section": a part of the story's city, or a town nearby.
_AREA_NOUN = re.compile(r"\s+(?:area|section)\b", re.IGNORECASE)
#: A house number (not a year) just before a name, with an optional compass letter ("6301 N. Main").
_HOUSE_NUMBER = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\s)\d{2,6}\s+(?:[NSEW]\.?\s+)?$")


def state_at(text: str, start: int) -> tuple[str, int] | None:
    """A US state written at ``start`` (full name, AP abbreviation or postal code): (code, end)."""
    gaz = geonames()
    for length in (3, 2, 1):
        words = re.match(r"[A-Za-z.]+(?:\s[A-Za-z.]+){%d}" % (length - 1), text[start:])
        if words is None:
            continue
        token = words.group().rstrip(",;")
        if (code := gaz.state_names.get(fold(token.rstrip(".")))) is not None:
            return code, start + len(token.rstrip("."))
        if token in gaz.abbreviations and (token.endswith(".") or token.isupper()):
            return gaz.abbreviations[token], start + len(token)
    return None


def explicit_state(text: str, end: int) -> str | None:
    """The US state written right after a name and a comma ("Dayton, Ohio"): its postal code."""
    comma = re.match(r",\s+", text[end:])
    hit = state_at(text, end + comma.end()) if comma else None
    return hit[0] if hit else None


def is_dateline(text: str, start: int, end: int) -> bool:
    """The name opens a line and a dash follows it, or its state: "Dayton, Ohio (AP) -"."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    rest = text[end:]
    if (comma := re.match(r",\s+", rest)) and (state := state_at(text, end + comma.end())):
        rest = text[state[1]:]
    return bool(_DASH.match(rest))


def cued(text: str, start: int, end: int) -> bool:
    """The text treats this name as a place: a locative word before it or a place noun after it.
    A kind of police force is no place: "Metro police", "Transit police", "Capitol Police"."""
    if _LOCATIVE.search(text[max(0, start - 30):start]):
        return True
    if _AFTER_CUE.match(text[end:end + 20]):
        return not (text[start:end].lower() in _POLICE_FORCES and re.match(r"\s+police\b", text[end:], re.IGNORECASE))
    return is_dateline(text, start, end)


def local_noun(text: str, start: int, end: int) -> bool:
    """A resident or a site of the town follows the name: "a Gary man", "at a Macon home"."""
    return _RESIDENT.match(text, end) is not None or (_SITE.match(text, end) is not None and indefinite_before(text, start))


def site_noun_at(text: str, end: int) -> bool:
    """A building or a business follows the name: "outside West Coast bank", "an Ensley convenience store"."""
    return _SITE.match(text, end) is not None or re.match(r"\s+bank\b", text[end:end + 6]) is not None


def indefinite_before(text: str, start: int) -> bool:
    """ "a" or "an" right before the name: "a Macon home", "a Pittsburgh neighborhood"."""
    return _INDEFINITE.search(text[max(0, start - 4):start]) is not None


#: "Corey Banks, 27, of Memphis", "a man of Memphis", "the 30-year-old, of Baltimore": where someone lives,
#: named after the person.
_OF_TOWN = re.compile(r"(?:\d{1,3},|\d{1,3}-year-old,|\b(?:man|woman|teen|teenager|boy|girl|resident))\s+of\s+$",
                      re.IGNORECASE)
#: "Two men from Detroit", "Corey Banks, 27, from Memphis": the same with "from", which elsewhere cues
#: a place ("fled from Southfield").
_FROM_TOWN = re.compile(r"(?:\d{1,3},|\b(?:man|men|woman|women|teens?|teenagers?|boys?|girls?|residents?|people"
                        r"|couple|family))\s+from\s+$", re.IGNORECASE)


def resident_of(text: str, start: int, end: int) -> bool:
    """The name only says where someone lives: "a Memphis man", "Corey Banks, 27, of Memphis",
    "Dwight Fontenot of Kenner", "two men from Detroit"."""
    if _FROM_TOWN.search(text, max(0, start - 20), start) is not None:
        return True
    return not cued(text, start, end) and (_RESIDENT.match(text, end) is not None
                                           or _OF_TOWN.search(text, max(0, start - 20), start) is not None
                                           or PERSON_OF.search(text, max(0, start - 60), start) is not None)


def named_elsewhere(text: str, start: int, end: int) -> bool:
    """The name is where a victim was treated or a suspect caught (:data:`_ELSEWHERE_IN`), or the
    city a suburb is named by (:data:`_SUBURB_OF`)."""
    return _ELSEWHERE_IN.search(text, max(0, start - 50), start) is not None or _SUBURB_OF.match(text, end) is not None


#: A town named as how far away something is: "in Dumas, roughly 50 miles north of Amarillo", "about 20
#: miles (32 kilometers) north of downtown Houston", or only which way: "a subdivision north of Houston".
_MILES_FROM = re.compile(r"\b(?:miles?|kilomet(?:er|re)s?)(?:\s+\([^()]{1,30}\))?\s+"
                         r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+)?(?:of|from)"
                         r"\s+(?:downtown\s+)?$", re.IGNORECASE)
_WHICH_WAY_OF = re.compile(r"\b(?<!the\s)(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of"
                           r"\s+(?:downtown\s+)?$", re.IGNORECASE)


def distance_reference(text: str, start: int) -> bool:
    """The name is what a distance is measured from (:data:`_MILES_FROM`): a landmark, not the scene."""
    return _MILES_FROM.search(text, max(0, start - 60), start) is not None


def which_way_of(text: str, start: int) -> bool:
    """The name is what the scene lies one way of, without a distance ("on farmland just north of Slater",
    :data:`_WHICH_WAY_OF`): the scene's nearest town where the story names none of its own."""
    return _WHICH_WAY_OF.search(text, max(0, start - 60), start) is not None


def cross_streets_at(text: str, end: int) -> bool:
    """The name is a street of an intersection: "near Cleveland and Main streets"."""
    return _CROSS_STREETS.match(text, end) is not None


def bare_crossing_at(text: str, start: int, end: int) -> bool:
    """The name is a street of an intersection told without a street word ("near Pine and Peoria");
    the caller asks only in a US story, where that is how an intersection is written (a war report's
    "fighting near Stepanakert and Shushi" names towns)."""
    for match in _BARE_CROSSING.finditer(text, max(0, start - 60)):
        if match.start() > start:
            return False
        if (start, end) in (match.span("a"), match.span("b")):
            return True
    return False


#: What only US local news writes: a house-number block ("the 1900 block of Avenue F"), a sheriff,
#: Crime Stoppers, a county's coroner or medical examiner.
_US_WORDING = re.compile(r"\b\d{1,5}\s+block\s+of\b|\b[Ss]heriff|\bCrime\s+Stoppers\b"
                         r"|\b[Cc]ounty\s+(?:[Cc]oroner|[Mm]edical\s+[Ee]xaminer|[Jj]ail|[Pp]rosecutor)")


def us_story(text: str) -> bool:
    """The story reads as US local news (:data:`_US_WORDING`), though it names no state."""
    return _US_WORDING.search(text) is not None


def neighbourhood_noun_at(text: str, end: int, *, area: bool = False) -> bool:
    """ "neighborhood" follows the name ("the Austin neighborhood"), or with ``area`` "area" or
    "section" ("the Arlington area")."""
    return _NEIGHBOURHOOD_NOUN.match(text, end) is not None or area and _AREA_NOUN.match(text, end) is not None


#: A street's name told without its street word, after a word a street takes: "speeding north on
#: Madison", "in the 4300 block of Madison" (not "on Chicago's South Side": a city's part).
_STREET_BEFORE = re.compile(r"\b(?:on|onto|along|down|block\s+of)\s+(?:(?:north|south|east|west)bound\s+)?$",
                            re.IGNORECASE)


def street_before(text: str, start: int, end: int) -> bool:
    """The name is a street's, by the word before it (:data:`_STREET_BEFORE`)."""
    return _STREET_BEFORE.search(text, max(0, start - 20), start) is not None \
        and re.match(r"['’]s\b", text[end:end + 3]) is None


def house_number_before(text: str, start: int) -> bool:
    """A street address's number comes right before the name: "at 7100 Georgetown"."""
    return _HOUSE_NUMBER.search(text[max(0, start - 12):start]) is not None


#: A name that starts an institution's: "Temple University Hospital", "Highland Hospital".
_INSTITUTION_AFTER = re.compile(r"\s+(?:University\s+)?(?:Hospital|Medical\s+Center|University|College|Health\s+Center)\b")
#: Where a story goes to such a place by its short name: "died at Temple", "went to Highland on his own".
_TO_OR_AT = re.compile(r"\b(?:at|to)\s+$")


def institution_short_name(text: str, start: int, end: int) -> bool:
    """The name after "at" or "to" is the short name of an institution the story names in full elsewhere
    ("second victim dies at Temple" beside "Temple University Hospital"), not the town of Temple."""
    surface = text[start:end]
    return _TO_OR_AT.search(text, max(0, start - 4), start) is not None and _INSTITUTION_AFTER.match(text, end) is None \
        and any(_INSTITUTION_AFTER.match(text, m.end()) for m in re.finditer(rf"\b{re.escape(surface)}\b", text))


def self_governed(text: str, name: str) -> bool:
    """A place with a police force or a mayor of its own ("Oak Park police", "a North Little Rock officer",
    "the city of East Cleveland") is a municipality, not a part of the larger city near it. Neighbourhoods have neither;
    nor are they told as a distance from the city ("Macungie is about 10 miles southwest of Allentown"),
    nor named in a dateline with its state (the caller checks that), nor told as a place of its own
    ("Spring, an unincorporated community", "Lennox ... is bordered by Inglewood and Hawthorne"), nor
    as what an unincorporated area lies near ("unincorporated DeKalb County near Decatur")."""
    name = re.escape(name)
    return re.search(rf"\b{name}(?:['’]s)?\s+(?:police|officers?|mayor|city\s+council)\b"
                     rf"|\b{name},\s+an\s+unincorporated\b|\b{name},[^.;]{{0,60}}\bis\s+bordered\s+by\b"
                     rf"|\b(?:city|village|town|mayor)\s+of\s+{name}\b"
                     rf"|\bunincorporated\b[^.;]{{0,60}}\b(?:near|outside(?:\s+of)?)\s+{name}\b"
                     rf"|\b{name}\s+is\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|just\s+)?[\w.]+\s+miles\b",
                     text, re.IGNORECASE) is not None


_COUNTY_AFTER = re.compile(r"\s+(?:County|Parish)\b")
#: A county's police or sheriff: its town may lie outside the big city of the dateline.
_COUNTY_FORCE = re.compile(r"\b(?:County|Parish)\s+(?:police|sheriff)|\bsheriff['’]s\s+(?:office|department|deputies)"
                           r"|\bdeputies\b", re.IGNORECASE)


def county_after(text: str, end: int) -> bool:
    """The name is a county's: "St. Louis County police", "Jefferson Parish"."""
    return _COUNTY_AFTER.match(text, end) is not None


def county_force(text: str) -> bool:
    """The story names a county's police or sheriff (:data:`_COUNTY_FORCE`)."""
    return _COUNTY_FORCE.search(text) is not None


_MONTHS_DAYS = frozenset(MONTHS + WEEKDAYS)


def neighbourhood_like(text: str, start: int, end: int, surface: str) -> bool:
    """One capitalised word right after "in"/"near"/"outside" that no gazetteer knows ("in Roseland"; not
    one numbered: "outside Building 4")."""
    return (" " not in surface and surface.istitle() and surface not in _MONTHS_DAYS and len(surface) > 3
            and (re.search(r"\b(?:in|near|outside)\s+$", text[max(0, start - 8):start]) is not None
                 or re.search(r"\b(?:in|near|outside)\s+the\s+$", text[max(0, start - 12):start]) is not None
                 and neighbourhood_noun_at(text, end))
            and not re.match(r"\s+(?:[A-Z]|\d)", text[end:end + 2]) and not everyday_word(surface))


def everyday_word(surface: str) -> bool:
    """A name that is also an ordinary capitalised word at a sentence start ("Man", "Police")."""
    return surface in everyday_names() or (len(surface) <= 4 and surface.isalpha())
