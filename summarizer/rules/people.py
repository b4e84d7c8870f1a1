"""Who a victim mention names, and how many people several mentions name.

A story tells its victims in words a reader takes apart by what they say: an age, a sex, a name, a
role (the officer and the suspect), an ordinal ("a second man") or "another". :func:`who` reads what
one mention says; :func:`distinct_people` counts the people a list of mentions names, taking every
pair the text does not tell apart as the same person, so that a tally errs low
(:mod:`summarizer.rules.tally`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from summarizer.rules.lexicon import (
    EDGE_WORDS, KIN_NOUNS, NAME_SUFFIXES, NUMBER_WORDS, ORDINAL_PATTERN, ORDINALS, PERSON_NOUNS, RANKS, SUSPECT_NOUNS,
)

_MALE = frozenset(["man", "boy", "male", "father", "son", "brother", "husband", "grandfather", "gunman",
                   "policeman", "serviceman", "himself", "dad", "stepfather", "stepson", "fiance", "boyfriend"])
_FEMALE = frozenset(["woman", "girl", "female", "mother", "daughter", "sister", "wife", "grandmother", "herself",
                     "mom", "stepmother", "stepdaughter", "fiancee", "girlfriend"])
#: A gunman who "took his own life" is named by the possessive alone, a death told later by a pronoun
#: ("He died at a hospital") by the pronoun.
_PRONOUN_SEX = {"his": "male", "her": "female", "he": "male", "she": "female", "him": "male"}
#: Roles a story keeps apart: the officer it says was shot is not the suspect it says was killed, nor
#: is the suspect wounded by police the clerk he killed ("the clerk" names someone by what they were
#: doing there; "the victim" and "the man" may be anyone). Someone's relative ("his girlfriend") is a
#: civilian too: :func:`who` reads so where no role noun says otherwise.
ROLES = {"suspect": frozenset(SUSPECT_NOUNS),
         "police": frozenset(["officer", "deputy", "trooper", "policeman", "policewoman", "patrolman",
                              *(rank.lower() for rank in RANKS)]),
         "civilian": frozenset(["clerk", "cashier", "customer", "bystander", "employee", "worker", "guard", "patron",
                                "passerby", "shopper", "pedestrian", "motorist", "homeowner", "tenant", "spectator",
                                "partygoer", "worshipper", "jogger", "cyclist", "student", "teacher", "nurse"])}
_AGE = re.compile(r"\b(\d{1,3}(?=[- ])|[a-z]+(?=-))[- ]year[- ]old\b|,\s(\d{1,3})(?:,|$)", re.IGNORECASE)
_TRAILING_AGE = re.compile(r",\s\d{1,3},?$")
_GENERIC = frozenset([*PERSON_NOUNS, *(rank.lower() for rank in RANKS)])


_POSSESSOR = re.compile(r"['’]s\s+")


class Who(NamedTuple):
    """What a one-victim mention says about its person; None where it says nothing."""

    age: int | None
    sex: str | None
    surname: str | None
    role: str | None = None
    given: str | None = None  # the first name of a whole name: "Loretta Hayes" is not "Clarence Hayes"


def who(phrase: str) -> Who:
    """Read a victim mention ("A 21-year-old man", "Eric Jordan, 19,", "Gomez", "another", "the suspect")."""
    age_match = _AGE.search(phrase)
    age_text = (age_match.group(1) or age_match.group(2)) if age_match else None
    age = int(age_text) if age_text and age_text.isdigit() else NUMBER_WORDS.get((age_text or "").lower())
    # the person of "his brother's wife" is the wife: the possessor says nothing of their sex or role
    words = set(re.findall(r"[a-z]+", _POSSESSOR.split(phrase.lower())[-1]))
    sex = "male" if words & _MALE else "female" if words & _FEMALE else _PRONOUN_SEX.get(phrase.strip().lower())
    role = next((role for role, nouns in ROLES.items() if words & nouns), None)
    if role is None and words & KIN_NOUNS:
        role = "civilian"  # "his girlfriend": someone's relative, not the officer the story says was shot
    return Who(age, sex, surname(phrase), role, given_name(phrase))


#: A generation after a name ("Anthony Reid Jr."), its dot dropped as :func:`surname` drops it: no surname.
_SUFFIXES = frozenset(suffix.rstrip(".") for suffix in NAME_SUFFIXES)


def surname(phrase: str) -> str | None:
    """The last word of a mention made of a name ("Eric Jordan, 19,", "Sgt. Lee Jundt", "Gomez")."""
    tokens = [t for t in _TRAILING_AGE.sub("", phrase.strip()).replace(".", " ").split() if t not in _SUFFIXES]
    if not tokens or not all(t[0].isupper() for t in tokens) or tokens[-1].lower() in _GENERIC:
        return None  # "Metro Boy, 10," is a boy, not someone named Boy
    name = [t for t in tokens if t.lower() not in _GENERIC and t not in EDGE_WORDS]
    return name[-1] if name else None


#: A word, with the period of an abbreviation ("Sgt.").
_WORD = re.compile(r"[\w'’-]+\.?")


def named_in(name: str, phrase: str) -> bool:
    """Whether ``phrase`` names the person ``name`` (a whole name or a surname) by its surname, after no
    other first name: "Loretta Hayes" is not "Clarence Hayes" ("Mrs. Hayes" and "Sgt. Hayes" may be)."""
    first, last = name.split()[0], name.split()[-1]
    words = _WORD.findall(phrase)
    return any(word == last and (first == last or i == 0 or words[i - 1] in (first, f"{first}.")
                                 or words[i - 1].endswith(".") or not words[i - 1][:1].isupper())
               for i, word in enumerate(words))


def given_name(phrase: str) -> str | None:
    """The first name of a mention made of a whole name ("Loretta Hayes", "Sgt. Lee Jundt": Lee), else None."""
    tokens = [t for t in _TRAILING_AGE.sub("", phrase.strip()).split() if t.rstrip(".") not in _SUFFIXES]
    name = [t for t in tokens if not t.endswith(".") and t.lower() not in _GENERIC and t not in EDGE_WORDS
            and not _AN_AGE.fullmatch(t)]
    return name[0] if len(name) >= 2 and _NAME_WORD.fullmatch(name[0]) and all(t[0].isupper() for t in tokens) \
        and surname(phrase) == name[-1] else None


_AN_AGE = re.compile(r"[\w]+-year-old", re.IGNORECASE)  # "Four-year-old Ava Doe"
_NAME_WORD = re.compile(r"[A-Z][a-z]*(?:['’-]?[A-Z]?[a-z]+)*")  # "De'Andre", "Mary-Kate"


def _may_be_same(a: Who, b: Who) -> bool:
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def same_person(a: Who, b: Who) -> bool:
    """Two mentions the text ties to one person: one surname, or one age with nothing telling them
    apart ("a 17-year-old female had been shot" and "the fatal shooting of 17-year-old Daija McCall")."""
    return (a.surname is not None and a.surname == b.surname) or (
        a.age is not None and a.age == b.age and _may_be_same(a, b))


#: "A second man was wounded", "a third victim", "the other": the story tells this person apart from
#: those before.
_ORDINAL = re.compile(rf"\b({ORDINAL_PATTERN}|2nd|3rd|4th|5th|6th|7th|8th)\b|\bthe\s+(other)\b", re.IGNORECASE)
_ORDINALS = {**ORDINALS, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "other": 2}


ANOTHER = re.compile(r"\s*another\b", re.IGNORECASE)


def ordinal_of(phrase: str) -> int | None:
    match = _ORDINAL.search(phrase)
    return _ORDINALS[(match.group(1) or match.group(2)).lower()] if match else None


def _of_its_kind(person: Who, claims: Sequence[tuple[str, int]]) -> int:
    """The most people one of ``claims`` counts who may be of ``person``'s kind (sex, role)."""
    return max((n for phrase, n in claims if _may_be_same(person, who(phrase))), default=0)


#: Someone named as the one who fired ("Giddings turned and opened fire at Sgt. Lee Jundt", "Smith
#: shot the officer"): the story's gunman, never the person he fired at.
_FIRED = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z'’-]+)\s+(?:then\s+|allegedly\s+|turned\s+and\s+)?"
                    r"(?:opened\s+fire|fired\s+(?:shots\s+)?(?:at|on|into)|shot\s+(?:at\s+)?(?:a|an|the|his|her)\s)")
#: Someone the story names as its suspect ("the suspect, 23-year-old Dontrell Baker,") or charges
#: ("Baker is charged with first-degree robbery"): never the clerk he shot.
_SUSPECT_NAMED = re.compile(r"\bsuspect,?\s+(?:identified\s+as\s+)?(?:(?:an?\s+)?\d{1,3}-year-old\s+)?"
                            r"[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+|[A-Z][a-z'’-]+\s+)?(?P<name>[A-Z][a-z'’-]+)\b"
                            r"|(?<![\w.])(?P<charged>[A-Z][a-z'’-]+)\s+(?:is|was|has\s+been)\s+charged\s+with\b")
_NOT_NAMES = EDGE_WORDS | frozenset(["Police", "Officers", "Deputies", "Someone", "Somebody"])


def gunmen(text: str) -> frozenset[str]:
    """The surnames ``text`` names as the one who fired (:data:`_FIRED`) or as its suspect."""
    names = [m.group("name") for m in _FIRED.finditer(text)]
    names += [m.group("name") or m.group("charged") for m in _SUSPECT_NAMED.finditer(text)]
    return frozenset(n for n in names if n not in _NOT_NAMES)


def distinct_people(phrases: Sequence[str], elsewhere: Sequence[tuple[str, int]] = (),
                    shooters: frozenset[str] = frozenset(), new: frozenset[int] = frozenset()) -> int:
    """How many people the mentions name at least: each joins the first person it may be, in text
    order, except that "a second man" is someone new while fewer than two people are counted.

    ``elsewhere`` are claims of another kind, as (phrase, count): an ordinal counts their people
    too where they may be of its kind ("Two people were killed and another was wounded ... A third
    man" is the one wounded; "A man was killed and another man wounded ... The other" too), while
    "a second woman" after a man killed counts women and "a second officer" officers. A name among
    ``shooters`` (:func:`gunmen`) is the suspect's, so not the officer he shot. The phrases at the
    indices ``new`` are told as someone new ("A woman was also hit")."""
    people: list[list[Who]] = []
    for index, phrase in enumerate(phrases):
        person, ordinal = who(phrase), ordinal_of(phrase)
        if index in new and people:
            people.append([person])
            continue
        if ordinal is None and not elsewhere and ANOTHER.match(phrase):  # "... Another man arrived at the hospital"
            ordinal = len(people) + 1  # (beside someone of the other kind, "another" may be told against them)
        if person.surname in shooters and person.role is None:
            person = person._replace(role="suspect")
        if ordinal is not None and len(people) + _of_its_kind(person, elsewhere) < ordinal:
            people.append([person])
            continue
        home = next((p for p in people if all(_may_be_same(person, o) for o in p)), None)
        if home is None:
            people.append([person])
        else:
            home.append(person)
    return len(people)
