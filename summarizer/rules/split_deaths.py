"""How a story tells the death of some of the people it counted shot, after the count or above it.

A split (:mod:`summarizer.rules.splits`) needs the count of the shot and who of them died. The death
comes in the next sentences as a count ("One of them died", "Both were pronounced dead") or as one
person ("A 22-year-old man died at the scene", "Jaylen Moore of Antioch died Monday", "The other,
Andre Sims, 30, died later"); or above the count, as an update ("UPDATE: The man shot Saturday night
has died", "A second man has died"), or as a named death before "... was one of four people hit".
Further deaths of other people (another name, an ordinal, a numbered victim) add to the first.
"""

from __future__ import annotations

import re

from summarizer.rules.lexicon import ORDINAL_PATTERN, ORDINALS, PEOPLE_PLURAL_PATTERN, PERSON_PATTERN
from summarizer.rules.spans import Span
from summarizer.rules.victim_claims import AGE_WORD, CALLED_DEAD, COUNT_WORD

#: When the death came, opening its sentence: "Later Saturday, one of them died", "Hours later, ...",
#: "On Sunday, ...", "Early Monday, ...".
_WHEN_LATER = (r"(?:later|early|late|on|by|shortly|hours|days|overnight)\b[^,.;]{0,30},\s+")
#: Who told of the death: "Police said ...", "Shreveport police have confirmed that ...", "UPDATE (Monday): ...".
_SOURCE_SAID = (r"(?:update(?:\s*\([^()]{0,40}\))?:\s+)?(?:(?:[A-Z][\w.-]*\s+){0,3}?(?:police|authorities|officials)\s+"
                r"(?:(?:have|has)\s+)?(?:said|say|says|confirmed|reported)\s+(?:that\s+)?)?")
#: Who died, in the next sentences: a count ("One (of them)", "One man", "Two of the teens", "Both", "One of
#: them, a 30-year-old man,") or one person ("A 22-year-old man", "a woman, 30,", a name: "Brown", "Hill
#: later died", "But Andre Hollis, 23, of Wyandanch, who was shot in the neck, died"), perhaps after where they
#: were shot ("One man was shot in the head and died").
THEN_DIED = re.compile(
    rf"^(?:(?:but|and|however),?\s+)?(?:{_WHEN_LATER})?(?:{_SOURCE_SAID})?"
    rf"(?P<m>{COUNT_WORD}|both|all(?:\s+{COUNT_WORD})?|(?P<numbered>victim\s+(?:#|no\.\s*|number\s+)\d{{1,2}})"
    rf"|(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{PERSON_PATTERN})(?:,\s\d{{1,3}},)?"
    # a name with the town the person lived in: "Jaylen Moore of Antioch died Monday"
    rf"|(?!(?:none|neither|nobody|no)\b)"  # "None of the seven victims died": no one's death
    rf"(?P<name>(?-i:[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?))(?:\s+of\s+(?-i:[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?))?"
    rf"|(?P<one>the\s+{AGE_WORD}|the\s+other))"
    rf"(?:\s+(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN}|{PERSON_PATTERN}))?"
    rf"(?P<of>\s+of\s+(?:them|those|the\s+(?:[\w-]+\s+)?(?:victims|{PEOPLE_PLURAL_PATTERN})))?"
    rf"(?:,\s[^,.;]{{1,60}}(?:,\s[^,.;]{{1,60}}){{0,2}},)?"
    r"\s+(?:was\s+shot\b[^.;]{0,40}?\s+and\s+)?(?:later\s+)?"
    # "was taken to Froedtert Hospital, where he succumbed to his injuries"
    r"(?:was\s+(?:taken|rushed|transported|conveyed|flown)\s+to\s+[^,.;]{1,60},\s+where\s+(?:he|she)\s+(?:later\s+)?)?"
    r"(?:died|has\s+died|have\s+died|succumbed|did\s+not\s+survive|didn['’]t\s+survive"
    r"|(?:was|were)\s+(?:killed|(?:pronounced|declared)\s+(?:dead|deceased)|"
    r"found\s+dead|fatally\s+(?:shot|wounded|injured)))\b",
    re.IGNORECASE)
#: A death an update tells above the count of the shot it is one of: "UPDATE (9:12 a.m. Sunday): Memphis
#: Police Department says the man shot Saturday night on Park Avenue has died" (not the man who shot them),
#: "UPDATE (10:42 a.m.): The coroner's office says one of the men shot Sunday night has died".
DIED_SINCE_ON_TOP = re.compile(
    rf"^(?:[^.;]|[ap]\.m\.){{0,100}}?\b(?P<m>(?P<one>the\s+(?:[\w-]+\s+)?(?:{PERSON_PATTERN})"
    rf"|one\s+of\s+the\s+(?:[\w-]+\s+)?(?:victims|{PEOPLE_PLURAL_PATTERN})))\b(?!\s+who\s+(?:shot|fired|opened))"
    r"[^.;]{0,80}?\b(?:has|have)\s+(?:since\s+)?died\b",
    re.IGNORECASE)
#: An update on top that counts the dead by an ordinal: "A second man has died from wounds he suffered in a
#: shooting" above "Three men were shot. Marcus Tate, 27, was pronounced dead at the scene." is two dead.
_ORDINAL_DIED_ON_TOP = re.compile(
    rf"^(?:[^.;]|[ap]\.m\.){{0,100}}?\b(?P<m>an?\s+(?P<ordinal>second|third|fourth|fifth)\s+(?:[\w-]+\s+)?"
    rf"(?:{PERSON_PATTERN}|victim))\s+(?:has|have)\s+(?:since\s+)?died\b",
    re.IGNORECASE)
#: One of them told dead by what the story calls them: "The dead man, 25, was found on the sidewalk."
DEAD_ONE = re.compile(rf"^(?P<m>(?P<one>{CALLED_DEAD}))\b")
#: One more person told by an ordinal: "A second man", "a third victim", "The other".
_ORDINAL_ONE = re.compile(rf"(?:a|the)\s+{ORDINAL_PATTERN}\b|the\s+other\b", re.IGNORECASE)

#: The name a sentence opens with: "Morrow, who police say was not involved, was one of four people hit".
_OPENING_NAME = re.compile(r"^(?:[A-Z][a-z'’-]+\s)?(?P<surname>[A-Z][a-z'’-]+)\b(?!\s[A-Z])")


def named_dead_before(earlier: list[Span], subject: str, background: set[Span]) -> list[tuple[Span, re.Match[str]]]:
    """The deaths told in ``earlier`` sentences of the person named at the start of ``subject``, the
    words before "was one of N people hit": that person is one of the N, so the rest were hurt."""
    opening = _OPENING_NAME.match(subject)
    if opening is None:
        return []
    return [(sentence, died) for sentence in earlier if sentence not in background
            and (died := THEN_DIED.match(sentence.text)) is not None
            and (died.group("name") or "").split()[-1:] == [opening.group("surname")]]


def one_named(died: re.Match[str]) -> str | None:
    """The one person a death names by name, by what the story calls them ("The 25-year-old died") or by
    a police release's number ("Victim #1")."""
    found = died.groupdict()
    return found.get("name") or found.get("one") or found.get("numbered")


def more_deaths(first: re.Match[str], rest: list[tuple[Span, re.Match[str]]]) -> list[tuple[Span, re.Match[str]]]:
    """The deaths after the first that are of someone else by how they are told: another numbered
    victim ("Victim #1 ... was pronounced deceased. Victim #2 ... succumbed"), an ordinal one ("One
    man died at the scene. A second man died at a hospital") or one named otherwise after a named
    first ("Darnell Batiste, 31, died Thursday ... Cedric Johnson, 26, was pronounced dead"), not one
    told again by name."""
    seen = {first.group("m").lower()}
    surnames = {name.split()[-1] for name in [first.groupdict().get("name")] if name}
    more = []
    for sentence, died in rest:
        words = died.group("m").lower()
        name = died.groupdict().get("name")
        if (died.groupdict().get("numbered") or _ORDINAL_ONE.match(words)) and words not in seen or \
                name and surnames and name.split()[-1] not in surnames:  # "Batiste ... died. Cedric Johnson ..."
            seen.add(words)
            surnames |= {name.split()[-1]} if name else set()
            more.append((sentence, died))
    return more


def ordinal_on_top(earlier: list[Span], background: set[Span], dead: int) -> list[tuple[Span, re.Match[str]]]:
    """The update on top (:data:`_ORDINAL_DIED_ON_TOP`) whose ordinal says more have died than the
    ``dead`` a split counts below it: one more death (its own)."""
    return next(([(sentence, top)] for sentence in earlier if sentence not in background
                 and (top := _ORDINAL_DIED_ON_TOP.match(sentence.text)) is not None
                 and ORDINALS[top.group("ordinal").lower()] > dead), [])
