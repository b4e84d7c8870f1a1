"""Suspects the story says were killed or hurt: "the gunman was killed by police", "Officers shot
and killed the suspect", "A man who opened fire at a bar was himself shot".

Casualty counts (GVA's among them) include a shooter killed or wounded. A story names them by
their role, as someone it has introduced ("the suspect", "the gunman"), so they are read as
definite mentions and counted only where nobody counted already may be them: "the victim" is
someone counted, while "the suspect" is a role the story keeps apart from its victims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.models.schemas import CasualtyKind
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import PERSON_PATTERN, SUSPECT_NOUNS
from summarizer.rules.people import distinct_people, who
from summarizer.rules.victim_claims import matched_victims, verb_kind

#: "shot and killed the suspect", "fatally shot the gunman", "wounded the robber", "returned fire,
#: killing the suspect", "fatally striking the suspect": a suspect as the object of a casualty verb
#: (the subject is often the police, a clerk or a homeowner).
_SUSPECT_OBJECT = re.compile(
    r"\b(?P<verb>shot\s+and\s+killed|shooting\s+and\s+killing"
    r"|fatally\s+(?:shot|shooting|wounded|wounding|striking|hitting)"
    r"|shot\s+(?:and\s+)?wounded|killed|killing|shot|wounded|wounding|striking|hitting)\s+"
    rf"(?P<who>the\s+(?:[\w-]+\s+)?(?:{'|'.join(SUSPECT_NOUNS)}))\b",
    re.IGNORECASE)

#: "A gunman who shot two people, killing one, at a home on Feb. 28 was himself shot and killed by deputies":
#: "himself" after the verb tells that the one who did the shooting was shot too. The subject is named
#: before its relative clause, which may hold counts and dates of its own.
HIMSELF_SHOT = re.compile(
    rf"\b(?P<who>(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{PERSON_PATTERN}|{'|'.join(SUSPECT_NOUNS)}))\s+who\s+"
    r"(?:[^.;]|(?<=\b[A-Z][a-z]{2})\.){1,120}?\s+(?:was|had\s+been)\s+(?:himself|herself)\s+"
    r"(?P<first>shot\s+and\s+killed|fatally\s+shot|shot\s+dead|killed|shot\s+and\s+wounded|shot|wounded)\b",
    re.IGNORECASE)


def find_shot_suspects(text: str) -> list[CasualtyMention]:
    """A suspect as the object of a casualty verb, killed or injured as the verb says, and one who
    fired and "was himself shot"."""
    def read(match: re.Match[str]) -> tuple[CasualtyKind, str]:
        return verb_kind(match.group("verb") if "verb" in match.groupdict() else match.group("first")), "who"
    return [*matched_victims(text, _SUSPECT_OBJECT, read), *matched_victims(text, HIMSELF_SHOT, read)]


def hurt_suspects(text: str, definite: Sequence[CasualtyMention],
                  counted: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """The suspect the story says was killed or hurt ("the gunman was killed by police"), where
    nobody ``counted`` of that kind may be them, or where the story tells them apart by "also" ("A man
    was shot ... The would-be carjacker was also wounded"). "The victim" is someone counted already; "the
    suspect" is a role the story keeps apart from its victims, and casualty counts include a
    shooter killed or wounded."""
    found: list[CasualtyMention] = []
    for mention in definite:
        phrase = mention.number.span.text
        if who(phrase).role == "suspect" and (_ALSO.match(text, mention.number.span.end) is not None or not any(
                other.kind == mention.kind and distinct_people([other.number.span.text, phrase]) == 1
                for other in [*counted, *found])):
            found.append(mention)
    return found


#: "(The suspect) was also wounded", "(the gunman) also was shot": someone besides those counted.
_ALSO = re.compile(r",?\s+(?:(?:was|were|had\s+been)\s+also|also\s+(?:was|were|had\s+been))\b", re.IGNORECASE)
