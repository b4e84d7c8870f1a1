"""Victims the story has introduced before: "The victim was taken to a hospital", "the 25-year-old
man died", "he died at a hospital", "Medics pronounced him dead", "The dead man's name was not
released", "Both died".

A definite person is mostly someone a count or a one-victim clause has counted already, so these
claims are only a fallback for a story that counts nobody else
(:func:`summarizer.ingest.document._counts`), and the death of someone it said was shot
(:mod:`summarizer.rules.survivors`). A pronoun is read only as dying: "he was shot" is someone the
story has counted. So is "the man killed in Tuesday's shooting" (:data:`THE_ONE_TOLD`), which
:mod:`summarizer.rules.victims` counts only where no clause of its kind names anyone.
"""

from __future__ import annotations

import re

from summarizer.models.schemas import CasualtyKind
from summarizer.rules.attribution import sentence_spans
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import PEOPLE_PLURAL_PATTERN, PERSON_PATTERN
from summarizer.rules.numbers import parse_count
from summarizer.rules.predicates import predicate_kind
from summarizer.rules.spans import Span
from summarizer.rules.victim_claims import (
    AGE_WORD, CALLED_DEAD, COUNT_WORD, counted, matched_victims, one_victim, source_of,
)

#: "Neither the homeowner nor his wife was shot": nobody the verb befell.
NEITHER = re.compile(r"\b(?i:neither|nor)\s+$")
#: "The victim", "the 25-year-old man", "the 16-year-old": someone the story has introduced already.
_DEFINITE = re.compile(rf"\b(?i:the)\s+(?:(?:{AGE_WORD}\s+|(?i:would-be|alleged|suspected)\s+)?(?i:{PERSON_PATTERN})\b"
                       rf"|{AGE_WORD}(?![\w'’-]))")
_PRONOUN = re.compile(r"\b(?i:he|she)\b")
#: "Medics pronounced him dead at the scene": a death told of someone by the pronoun as object.
_PRONOUNCED_DEAD = re.compile(r"\b(?:pronounced|declared)\s+(?P<who>him|her)\s+dead\b", re.IGNORECASE)
#: "The dead man's name was not released": someone the story calls dead, whatever the clause says.
_CALLED_DEAD = re.compile(rf"\b(?P<who>{CALLED_DEAD})\b")


#: "Both died at the scene", "All three were pronounced dead": the death of everyone just counted.
_EVERYONE = re.compile(rf"\b(?P<n>(?i:both|all\s+{COUNT_WORD}))(?:\s+(?i:of\s+them|victims|{PEOPLE_PLURAL_PATTERN}))?"
                       r"(?=\s+(?:later\s+)?(?:died|were\s+(?:\w+\s+)?(?:pronounced|declared)\s+dead|were\s+killed)\b"
                       r"|\s+dead\b"  # "Officers arrived to find all three dead"
                       # "Both were rushed to Temple University Hospital, where they were pronounced dead"
                       r"|\s+were\s+(?:taken|rushed|transported|flown)\s+to\s+[^,.;]{1,60},\s+where\s+they\s+"
                       r"(?:later\s+)?(?:died|were\s+(?:\w+\s+)?(?:pronounced|declared)\s+dead)\b)")


def everyone_died(text: str, sentence: Span) -> list[CasualtyMention]:
    """ "Both died", "All three were pronounced dead", "found all three dead" in ``sentence``: deaths
    of 2 (or 3), which :func:`told_dead_later` gives to the one group of that size told before."""
    found = []
    for everyone in _EVERYONE.finditer(sentence.text):
        words = everyone.group("n").split()
        size = 2 if words[0].lower() == "both" else (c.best if (c := parse_count(words[-1])) else None)
        if size:
            found.append(CasualtyMention(kind="killed", civilians=False, claimed_by=source_of(sentence),
                                         sentence=sentence, number=counted(text, sentence.start + everyone.start(),
                                                                           sentence.start + everyone.end(), size)))
    return found


def find_definite_victims(text: str) -> list[CasualtyMention]:
    """ "The victim was taken to a hospital", "the 25-year-old man died", "he died at a hospital": a
    person the story has introduced before, as a victim or not. Only a fallback for a story that
    counts nobody else (:func:`summarizer.ingest.document._counts`), and the death of someone it
    said was shot (:mod:`summarizer.rules.survivors`): elsewhere "the victim" is one already counted.
    A pronoun is read only as dying: "he was shot" is someone the story has counted."""
    found: list[CasualtyMention] = []
    for sentence in sentence_spans(text):
        subjects: list[tuple[re.Match[str], CasualtyKind | None]] = [
            (m, None) for m in _DEFINITE.finditer(sentence.text)]
        subjects += [(m, "killed") for m in _PRONOUN.finditer(sentence.text)]
        for subject, only in subjects:
            kind = predicate_kind(sentence.text[subject.end():])
            if kind is not None and only in (None, kind) and not NEITHER.search(sentence.text[:subject.start()]):
                found.append(one_victim(text, kind, sentence.start + subject.start(), sentence.start + subject.end(),
                                        sentence, source_of(sentence)))
        found += everyone_died(text, sentence)
    return found + [*matched_victims(text, _PRONOUNCED_DEAD, lambda _: ("killed", "who")),
                    *matched_victims(text, _CALLED_DEAD, lambda _: ("killed", "who"))]


#: "released the name of the man killed in Tuesday's shooting": a definite person named by what
#: happened to them, not by an earlier mention (a tally takes them as anyone told before who may be them).
THE_ONE_TOLD = (rf"(?i:the)\s+(?:[\w-]+\s+)?(?i:{PERSON_PATTERN})(?=\s+(?:(?:killed|slain|fatally\s+shot"
                rf"|shot\s+and\s+killed|shot\s+to\s+death|wounded|injured)"
                rf"\s+(?:in|on|at|during|outside|inside|near|early|late|last)"
                rf"|shot\s+(?:in|on|during|outside|inside|near|early|late|last))\s)")
_TOLD_BY_WHAT_HAPPENED = re.compile(THE_ONE_TOLD)


def told_by_what_happened(text: str, mention: CasualtyMention) -> bool:
    """Whether ``mention`` is a definite person named by what happened to them (:data:`THE_ONE_TOLD`)."""
    span = mention.number.span
    return (match := _TOLD_BY_WHAT_HAPPENED.match(text, span.start)) is not None and match.end() == span.end
