"""Which capitalised words of a text may name a place, before any gazetteer is asked.

:mod:`summarizer.rules.localities` resolves names; this module proposes them. A name is a run of
capitalised words ("Chicago", "New Paris", "Pittsburgh's California-Kirkbride"), taken whole or
before a suffix such as "Police" ("Chicago Police Department"), and never as a piece inside a longer
name. Two kinds of name are not places whatever the gazetteer says: a person given with an age
("Eric Jordan, 19,", and "Jordan" alone later, unless after "in", "near", ...) and the end of a
longer capitalised name ("Charlie Mitchell", "Wells Fargo"), unless the text cues a place there
(:func:`after_a_name` says which words may stand before a place).
"""

from __future__ import annotations

import re

from summarizer.rules.lexicon import AP_STATES, LEGAL_STEP_VERBS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

#: Capitalised words that may follow a city name inside one name run ("Chicago Police Department",
#: "a Bensalem Township motel").
_CITY_SUFFIXES = frozenset(["Police", "Fire", "Mayor", "City", "Metro", "Metropolitan", "Sheriff", "Public", "Division",
                            "Bureau", "Township", "Borough"])
_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})"
#: Capitalised words, with "of", "de", "la", "du", "del" only between two of them ("Isle of Palms",
#: "Pointe du Lac"): "in Wilmington late Saturday" is "Wilmington", not "Wilmington la".
_RUN = re.compile(rf"(?<![\w.]){_WORD}(?:(?:[ ](?:of|de|la|du|del))*[ ]{_WORD})*")
_MAX_WORDS = 4


#: A word that ends a sentence inside a run ("in Toledo. A man died"): not an abbreviation ("St.",
#: "N.Y.", "Calif.").
_SENTENCE_END = re.compile(r"[A-Z][a-z]{3,}\.")
#: Words that begin no place name but often follow one in a run: "shot in Dayton Tuesday night".
_DAY_WORDS = frozenset([*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS])


def _segments(run: re.Match[str]) -> list[tuple[int, list[str]]]:
    """A capitalised run split after each possessive ("Baltimore's Brooklyn" is two names), after
    a sentence's last word ("Toledo. A man died") and before a weekday or month ("Dayton Tuesday")."""
    segments: list[tuple[int, list[str]]] = []
    start, words = run.start(), list[str]()
    for word in run.group().split(" "):
        if words and word.rstrip(".,") in _DAY_WORDS:
            segments.append((start, words))
            start += len(" ".join(words)) + 1
            words = [word]
            continue
        possessive = word.endswith(("'s", "’s"))
        if possessive or (_SENTENCE_END.fullmatch(word) and word not in AP_STATES):
            segments.append((start, [*words, word[:-2] if possessive else word]))
            start += len(" ".join([*words, word])) + 1
            words = []
        else:
            words.append(word)
    if words:
        segments.append((start, words))
    return segments


#: A person's name given with an age ("Eric Jordan, 19", "17-year-old Chris Perez"), a home town
#: ("Keon Whitmire of Duncan"; not "Lake County of ...") or a charge ("Devonte Washington was
#: charged"): not a place.
_NOT_A_GIVEN_NAME = (r"(?!(?:Police|County|City|University|State|Department|Bank|Board|Court|Office|Chief|Mayor"
                     r"|Sheriff|Governor|Lake|Fort|Port|Mount|Saint|New|North|South|East|West|Central|Town|Village)\b)")
_NOT_A_SURNAME = (r"(?!(?:Division|Bureau|Department|Office|Unit|District|Police|Sheriff|County|City|Township|Parish"
                  r"|Center|Hospital|University|College|School|Church|Board|Council|Court|Chamber|Bank)\b)")
_WHOLE_NAME = rf"(?<![\w.’'-]){_NOT_A_GIVEN_NAME}[A-Z][a-z'’-]+(?:\s[A-Z]\.)?\s{_NOT_A_SURNAME}[A-Z][a-z'’-]+"
_AGED_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'’-]+)+(?=,\s\d{1,3}[,.])"
                          # "Devonte Washington was charged": a whole name a legal step befalls
                          rf"|{_WHOLE_NAME}(?=\s+(?:was|has\s+been|had\s+been|is\s+being)\s+(?:{LEGAL_STEP_VERBS})\b)"
                          r"|(?<=\d[- ]year[- ]old\s)[A-Z][a-z'’-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'’-]+)+"
                          rf"|{_WHOLE_NAME}(?=\s+of\s+[A-Z][a-z])")
#: A person named with a rank or title: "JSO Sgt. Dale Whitfield said" (then "Whitfield said" is no town).
_TITLED_PERSON = re.compile(r"\b(?:Sgt|Lt|Capt|Cmdr|Det|Cpl|Officer|Deputy|Chief|Trooper|Detective|Sergeant"
                            r"|Lieutenant|Captain|Commander|Sheriff)\.?\s"
                            r"(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'’-]+)+)")
#: A compass word that opens a numbered street: "West 33rd Street" is no town West.
_NUMBERED_STREET_AFTER = re.compile(r"\s+\d{1,3}(?:st|nd|rd|th)\b")
#: A person's whole name and "of" right before a town: "Dwight Fontenot of Kenner" is where he lives.
PERSON_OF = re.compile(rf"{_WHOLE_NAME}\s+of\s+$")

#: A locative word right before a name: "in Green" is the town even where a Green was named.
_CUE_BEFORE = re.compile(r"\b(?:in|near|at|outside|from|of)\s+$", re.IGNORECASE)


def candidate_names(text: str) -> list[tuple[int, int, str]]:
    """Candidate names: capitalised runs of up to four words, each taken whole or before a suffix
    such as "Police" ("Chicago Police Department"), never a piece of a longer name."""
    found = []
    titled = list(_TITLED_PERSON.finditer(text))
    people = [m.span() for m in _AGED_PERSON.finditer(text)] + [m.span("name") for m in titled]
    # "Keisha Green, 19, ... Green was shot in the leg": her surname, not Green, Ohio (unless cued: "in Green")
    surnames = {m.group().split()[-1] for m in _AGED_PERSON.finditer(text)} | {m.group("name").split()[-1]
                                                                            for m in titled}
    for run in _RUN.finditer(text):
        for offset, words in _segments(run):
            for i in range(len(words)):
                start = offset + sum(len(w) + 1 for w in words[:i])
                for j in range(min(len(words), i + _MAX_WORDS), i, -1):
                    suffix = words[j].rstrip(".,") if j < len(words) else ""  # "according to Chicago Police."
                    if j < len(words) and (suffix not in _CITY_SUFFIXES or words[j:] == ["City"]):
                        # part of a longer name: "Harbor Freeway", "Brighton Heights", "Michael Jordan", and
                        # a run that ends in "City" ("Central City"; not "Chicago City Council")
                        continue
                    surface = " ".join(words[i:j]).rstrip(".,’'")
                    if surface in surnames and not _CUE_BEFORE.search(text, max(0, start - 12), start) \
                            or surface in _BEFORE_A_PLACE and _NUMBERED_STREET_AFTER.match(text, start + len(surface)):
                        continue
                    if not any(a < start + len(surface) and start < b for a, b in people):
                        found.append((start, start + len(surface), surface))
    return found


#: Capitalised words that may stand before a place in one capitalised run: compass points and
#: qualifiers ("Southwest Houston", "Greater Cincinnati") and sentence-initial function words ("In Dayton").
_BEFORE_A_PLACE = frozenset([
    "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Northern", "Southern",
    "Eastern", "Western", "Central", "N", "S", "E", "W", "NE", "NW", "SE", "SW", "Downtown", "Greater", "Metro",
    "Suburban", "Upper", "Lower", "Midtown", "Uptown", "Rural", "In", "At", "Near", "From", "Outside", "Inside",
    "The", "A", "An", "And", "But", "Of", "To", "On", "Across", "Around", "Throughout", "Between"])
_WORD_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][\w’'-]*)\.? $")


def after_a_name(text: str, start: int) -> bool:
    """``text[start:]`` continues a capitalised name: the word before it is capitalised and is not a
    compass point, a qualifier, a function word, an all-caps word or a hyphenated adjective."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1) in _BEFORE_A_PLACE or before.group(1).isupper():
        return False  # "RELEASE PITTSBURGH, PA": an all-caps run is a dateline's, not a name's
    return not re.search(r"-[a-z]", before.group(1))  # "Turkey-backed Azerbaijan": an adjective
