"""Victims as the objects of a verb: "shot and killed a teen", "striking a man in the chest and a
teenage girl in the leg", "fatally shot his wife and then himself", "left a man dead".

:mod:`summarizer.rules.victims` reads the subjects of a clause; this module the people a casualty
verb names after it, in the same sentence, where no subject's clause has counted them already
(``taken``): a definite object ("shot the teen") is someone counted already, the ones coordinated
with an object are more of the same verb's victims, and a gunman who turned the gun on himself is
one more of the dead (as casualty datasets count him).
"""

from __future__ import annotations

import re

from summarizer.models.schemas import CasualtyKind
from summarizer.rules.attribution import sentence_spans
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import AGE_DIGITS, BARE_KIN, LIST_SEPARATOR, PERSON_PATTERN, VEST_STOPPED, WHERE_HIT
from summarizer.rules.predicates import CASUALTY_VERB, OBJECT, THE_PERSON
from summarizer.rules.spans import Span
from summarizer.rules.victim_claims import (
    AGED_ONE, LIST_ITEM, ONE_PERSON, OWNED_PERSON, PERSON_NAME, counted, one_victim, part_size, verb_kind,
)

#: "The shooting left a man dead", "leaves suspect dead", "left two critically wounded", "left a man with
#: wounds to his legs", "left a 21-year-old man paralyzed".
_LEFT = re.compile(rf"\b(?i:leaves|left|leaving)\s+(?P<who>{ONE_PERSON}|(?i:{PERSON_PATTERN}))\s+"
                   rf"(?P<state>(?i:dead|(?:\w+ly\s+)?(?:wounded|injured|hurt)|paralyzed|paralysed"
                   rf"|in\s+(?:critical|serious|grave)\s+condition"
                   rf"|with\s+(?:[\w-]+\s+){{0,3}}?(?:wounds?|injuries)))\b")
#: A target named first and its fate after a comma: "opened fire on a man, killing him", "shot at a
#: woman, wounding her".
_FIRED_ON = re.compile(
    rf"\b(?:opened\s+fire\s+on|fired\s+(?:shots\s+)?(?:at|on|into)|shot\s+at)\s+(?P<who>{ONE_PERSON}),?\s+"
    rf"(?P<verb>killing|fatally\s+wounding|wounding|injuring|hitting|striking)\s+(?:him|her)\b")
#: "shot a man, killing him": the object's fate, which decides its kind.
_KILLING_HIM = re.compile(r",?\s+(?:killing|fatally\s+wounding)\s+(?:him|her)\b")
#: One of several objects the verb hurt, killed, told after them: "shot his girlfriend and her mother
#: at their home, killing the mother", "wounded a man and a woman, killing one".
_KILLING_ONE = re.compile(rf"[^.;]{{0,60}}?,\s+(?:killing|fatally\s+wounding)\s+"
                          rf"(?P<who>(?i:the)\s+(?:[\w-]+\s+)?(?i:{PERSON_PATTERN})|one(?:\s+of\s+them)?)\b")
#: All of them killed, told after them: "shot a man and a woman, killing both", "killing them".
_KILLING_ALL = re.compile(r"[^.;]{0,100}?,\s+(?:killing|fatally\s+wounding)\s+(?:both(?:\s+of\s+them)?|them"
                          r"(?:\s+both)?|all\s+(?:of\s+them|two|three|four|five))\b")
#: The objects after the first, in "striking a man and a woman", "shot a man, a woman and a teen",
#: "wounded a boy and his mother": each is one more victim of the verb.
_OBJECT_ITEM = rf"(?:{LIST_ITEM}|{OWNED_PERSON}|(?i:himself|herself)|{BARE_KIN})"  # "his wife and son"
_MORE_OBJECTS = re.compile(
    rf"(?:{WHERE_HIT})?(?:(?:{LIST_SEPARATOR})(?:then\s+)?{_OBJECT_ITEM}\b(?:{WHERE_HIT})?)+")
#: What a headline puts before a bare person noun ("teen girl"); not a verb ("kills man, injures mother").
_BARE_MODIFIER = rf"(?i:{AGE_DIGITS}|teen|teenage|young|elderly|pregnant|unarmed|off-duty)"
_BARE = re.compile(rf"(?i:(?:{AGE_DIGITS}\s+)?{PERSON_PATTERN})")
#: A headline's bare objects after a bare first one: "Little Rock shooting injures man, woman",
#: "Soldier fatally shoots 11-year-old daughter, himself".
_MORE_BARE_OBJECTS = re.compile(
    rf"(?:(?:{LIST_SEPARATOR})(?:{_OBJECT_ITEM}\b|(?:{_BARE_MODIFIER}\s+)?(?i:{PERSON_PATTERN})"
    rf"(?=\s*[,.;]|\s*$|\s+(?:and|in|at|on|near|outside|after|during|before|then)\b)))+")
#: "shot the child and a 45-year-old woman": a definite object is someone already counted; the
#: indefinite one coordinated with it is not.
_AFTER_DEFINITE_OBJECT = re.compile(
    rf"\b(?P<verb>{CASUALTY_VERB})\s+(?P<the>(?i:the)\s+(?:[\w-]+\s+)?(?P<noun>(?i:{PERSON_PATTERN})))\s+and\s+"
    rf"(?P<who>{ONE_PERSON})\b")
#: People a story names by their part in the scene with "the" when it first tells of them ("wounding
#: the driver and a passenger", "shot the bouncer and a customer"): new, unless the story has used
#: the word before.
_ROLES = frozenset({"driver", "passenger", "clerk", "cashier", "bouncer", "guard", "owner", "homeowner", "employee",
                    "worker", "occupant", "tenant", "landlord", "customer", "patron", "shopper", "rider", "motorist"})
#: A definite object: "admitted shooting the 22-year-old man in the leg", "accused of killing the clerk".
_DEFINITE_OBJECT = re.compile(rf"\b(?P<verb>{CASUALTY_VERB})\s+(?P<who>{THE_PERSON})(?=[\s,.;])")
#: A gunman who killed himself: "then fatally shot himself", "took his own life". Casualty
#: datasets (GVA) count a dead shooter among the killed.
_SELF_KILLED = re.compile(r"\b(?:fatally\s+shot|fatally\s+shooting|shot\s+and\s+killed|killed|killing)\s+"
                          r"(?P<who>himself|herself)\b"
                          r"|\b(?:took|taking)\s+(?P<own>his|her)\s+own\s+life\b"
                          # "then turned (before turning) the gun on himself", unless the story says he lived
                          r"|\bturn(?:ed|ing)\s+the\s+(?:gun|weapon|rifle|handgun)\s+on\s+(?P<self>himself|herself)\b"
                          r"(?![^.;]{0,80}\b(?:survived|hospital|critical|condition|injur|wound))", re.IGNORECASE)
#: A gunman who shot himself after shooting someone else ("shot his wife and then shot himself", "her
#: ex-boyfriend, who then shot himself"): hurt, unless the story tells his death (as GVA counts him).
_SELF_SHOT = re.compile(r"\b(?:and\s+(?:then\s+)?|then\s+|who\s+(?:then\s+)?|before\s+)(?:shot|shooting)\s+"
                        r"(?P<who>himself|herself)\b")


def find_object_victims(text: str, sentence: Span, claimed_by: str | None,
                        taken: list[tuple[int, int]]) -> list[CasualtyMention]:
    """The victims ``sentence`` names as objects, outside the ``taken`` spans its subjects counted."""
    found: list[CasualtyMention] = []
    taken = list(taken)
    objects: list[tuple[re.Match[str], CasualtyKind]] = [
        *((o, _verb_kind(o)) for pattern in (OBJECT, _AFTER_DEFINITE_OBJECT, _FIRED_ON)
          for o in pattern.finditer(sentence.text)),
        *((o, "killed" if o.group("state").lower() == "dead" else "injured") for o in _LEFT.finditer(sentence.text)),
        *((o, "killed") for o in _SELF_KILLED.finditer(sentence.text)),
        *((o, "injured") for o in _SELF_SHOT.finditer(sentence.text)),
    ]
    for obj, kind in objects:
        group = "who"
        if obj.re is _SELF_KILLED:
            group = "own" if obj.group("own") else "self" if obj.group("self") else "who"
        start, end = sentence.start + obj.start(group), sentence.start + obj.end(group)
        reflexive = obj.re in (_SELF_KILLED, _SELF_SHOT)
        bare = obj.re is OBJECT and _BARE.fullmatch(obj.group(group)) is not None
        more = None if reflexive else (_MORE_BARE_OBJECTS if bare else _MORE_OBJECTS).match(sentence.text,
                                                                                          obj.end(group))
        if more is not None and _APPOSITION.fullmatch(more.group()) and sentence.text.startswith(",", more.end()):
            more = None  # "shot a customer, a 35-year-old man, in the arm": one person, told twice
        first = part_size(obj.group(group)) or 1
        new_role = obj.re is _AFTER_DEFINITE_OBJECT and _first_told(text, obj, sentence.start)
        if new_role:  # "wounding the driver and a passenger": both
            start, first = sentence.start + obj.start("the"), first + 1
        if more is not None and not any(a < sentence.start + more.end() and start < b for a, b in taken):
            size = first + (sum(part_size(item) or 1 for item in re.split(LIST_SEPARATOR,
                                                                           more.group())[1:]) if bare
                            else _more_people(obj.group(group), more.group()))
            if kind == "injured" and _KILLING_ALL.match(sentence.text, more.end()):
                kind = "killed"
            one = _KILLING_ONE.match(sentence.text, more.end()) if kind == "injured" else None
            found.append(CasualtyMention(kind=kind, number=counted(text, start, sentence.start + more.end(),
                                                                   size - (one is not None)),
                                         civilians=False, claimed_by=claimed_by, sentence=sentence))
            if one is not None:
                found.append(one_victim(text, "killed", sentence.start + one.start("who"),
                                        sentence.start + one.end("who"), sentence, claimed_by))
            taken.append((start, sentence.start + more.end()))
            continue
        if any(a < end and start < b for a, b in taken) or (first > 1 and not new_role) \
                or _VEST_STOPPED.match(sentence.text, obj.end(group)):
            continue  # "shot a man who died": the subject's clause counts him; "shot two men": a count does;
            # "struck Deputy Quist in the chest, but his vest stopped it": no one hurt
        found.append(CasualtyMention(kind=kind, number=counted(text, start, end, first), civilians=False,
                                     claimed_by=claimed_by, sentence=sentence))  # one, or two for a new role
        taken.append((start, end))
    return found


#: The rest of an object's clause, where armour stopped the bullet.
_VEST_STOPPED = re.compile(rf"[^.;:]{{0,60}}?{VEST_STOPPED}", re.IGNORECASE)
#: One more object after a comma alone, closed by another, that tells an age: an aside about the
#: first, not a list ("a customer, a 35-year-old man,").
_APPOSITION = re.compile(r",\s+(?!and\b)[^,]*\b\d{1,3}-year-old\b[^,]*")
#: A name with an age right after a person noun, in commas: the same person ("his wife, Angela Hill, 41,").
_APPOSED_NAME = re.compile(rf"{PERSON_NAME},\s\d{{1,3}}")


def _more_people(first: str, objects: str) -> int:
    """People in the ``objects`` after a verb's ``first`` ("his wife, Angela Hill, 41, and her
    mother, Doris Moore, 67"): one per item, none for a name in apposition to a person noun before it."""
    items = list(re.finditer(_OBJECT_ITEM, objects))
    before = [first, *(item.group() for item in items)]
    return sum(part_size(item.group()) or 1 for i, item in enumerate(items)
               if not (_APPOSED_NAME.fullmatch(item.group()) and not _APPOSED_NAME.fullmatch(before[i])
                       and objects[(items[i - 1].end() if i else 0):item.start()] == ", "))


def _first_told(text: str, obj: re.Match[str], offset: int) -> bool:
    """The definite object of :data:`_AFTER_DEFINITE_OBJECT` is a role the text has not named before."""
    noun = obj.group("noun").lower()
    return noun in _ROLES and re.search(rf"\b{noun}s?\b", text[:offset + obj.start("the")], re.IGNORECASE) is None


def _verb_kind(obj: re.Match[str]) -> CasualtyKind:
    """What a casualty verb did to its object: "shot and killed" a man, "wounded" a woman, "shot a man,
    killing him", and "shot" one in a sentence that calls it a murder-suicide ("Tulsa man shot wife, then
    himself in murder-suicide")."""
    if _KILLING_HIM.match(obj.string, obj.end()) or _MURDER_SUICIDE.search(obj.string):
        return "killed"
    return verb_kind(obj.group("verb"))


_MURDER_SUICIDE = re.compile(r"\bmurder[\s-]+suicide\b", re.IGNORECASE)


#: "killing the driver and wounding a passenger": a definite object beside an indefinite one the other
#: verb did otherwise. The car's driver needs no introduction, and the sentence tells the two apart.
_DEFINITE_BESIDE = re.compile(rf"\b(?P<verb>{CASUALTY_VERB})\s+(?P<who>{THE_PERSON})\s+and\s+"
                              rf"(?P<other>{CASUALTY_VERB})\s+(?:{ONE_PERSON}|{AGED_ONE})")


def find_definite_beside(text: str) -> list[CasualtyMention]:
    """The definite objects of :data:`_DEFINITE_BESIDE`, whose verb did otherwise than the other's;
    the caller counts one where nothing else counts its kind."""
    return [one_victim(text, kind, sentence.start + m.start("who"), sentence.start + m.end("who"), sentence, None)
            for sentence in sentence_spans(text) for m in _DEFINITE_BESIDE.finditer(sentence.text)
            if (kind := verb_kind(m.group("verb"))) != verb_kind(m.group("other"))]


def find_definite_objects(text: str) -> list[CasualtyMention]:
    """The people a casualty verb names with "the" ("pleaded guilty to shooting the man in the leg").
    Like a definite subject, each is someone the story has counted, if it counts anyone: a fallback
    for a story that counts nobody else (a court story often tells its victim only this way)."""
    return [one_victim(text, "killed" if _FATALLY_BEFORE.search(sentence.text, 0, m.start())
                       else verb_kind(m.group("verb")), sentence.start + m.start("who"), sentence.start + m.end("who"),
                       sentence, None)
            for sentence in sentence_spans(text) for m in _DEFINITE_OBJECT.finditer(sentence.text)]


#: "fatally" before a verb its kind leaves out: "The officer returned fire, fatally striking the suspect".
_FATALLY_BEFORE = re.compile(r"\bfatally\s+$", re.IGNORECASE)


#: Words that tell a death somewhere in a story (not "attempted murder", which tells none).
_ANY_DEATH = re.compile(r"\b(?:killed|killing|died|dies|dead|death|fatal|fatally|slain)\b", re.IGNORECASE)
#: A verb of gunfire right before a person the story named: "fired several times, hitting Lattimore in
#: the abdomen and leg".
_HIT_BEFORE = re.compile(r"\b(?P<fatal>fatally\s+)?(?:hitting|striking|wounding)\s+$", re.IGNORECASE)


def find_named_objects(text: str, sentence: Span, named: re.Pattern[str] | None, claimed_by: str | None,
                       taken: list[tuple[int, int]]) -> list[CasualtyMention]:
    """The people ``named`` (introduced by name elsewhere) that ``sentence`` tells as hit, outside
    the ``taken`` spans, in a story that tells no death: a named person hit may be the one told dead
    ("the officers fired 11 rounds, striking Gray several times")."""
    found = []
    for name in named.finditer(sentence.text) if named else ():
        start, end = sentence.start + name.start(), sentence.start + name.end()
        if (hit := _HIT_BEFORE.search(sentence.text, max(0, name.start() - 30), name.start())) is not None \
                and not any(a < end and start < b for a, b in taken) and not _ANY_DEATH.search(text):
            found.append(one_victim(text, "killed" if hit.group("fatal") else "injured", start, end, sentence,
                                    claimed_by))
    return found
