"""A victim named by the noun of a killing: "the fatal shooting of a 17-year-old boy", "the girl's
murder", "the death of Ravi Patel, 52", "the shooting death of a 17-year-old".

Follow-up stories (an arrest, a trial, a vigil) often state their victim only this way, never as
the subject of "was killed". Each such phrase is one person killed; an attempted murder killed
nobody. :func:`summarizer.ingest.document._counts` keeps one where nothing else in its sentence
counts the dead.
"""

from __future__ import annotations

import re

from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import AGE_DIGITS, PERSON_PATTERN
from summarizer.rules.victim_claims import AGED_ONE, matched_victims

_PERSON = PERSON_PATTERN
#: The nouns of a killing ("the murder of 4-year-old girl", "a teen's fatal shooting", "the body of a
#: man"); a "body camera" or "body-worn camera" is none.
_KILLING = (r"(?:fatal|deadly)\s+shooting|shooting\s+death|murder|killing|slaying|death"
            r"|body(?![\s-]+(?:cam|camera|cameras|armou?r|worn|language))")
#: A charge of an attempt names no one killed: "attempted (first-degree) murder of a peace officer".
_NOT_AN_ATTEMPT = "".join(rf"(?<!attempted\s{degree})" for degree in ("", "first-degree\\s", "second-degree\\s",
                                                                      "aggravated\\s"))
_KILLING_OF = re.compile(
    rf"{_NOT_AN_ATTEMPT}\b(?:{_KILLING})\s+of\s+(?P<of>(?:(?:a|an)\s+)?(?:[\w-]+\s+){{0,2}}?{_PERSON}"
    rf"|{AGED_ONE}"
    rf"|(?:{AGE_DIGITS}\s+)?(?-i:[A-Z][\w'-]+\s+[A-Z][\w'-]+)(?:,\s\d{{1,3}}(?=[,.]))?)\b"
    rf"|\b(?P<own>(?:(?:a|an|the)\s+)?(?:[\w]+-year-old\s+)?{_PERSON})['’]s\s+(?:{_KILLING})\b",
    re.IGNORECASE)


def find_killings_of(text: str) -> list[CasualtyMention]:
    """One person killed per "the fatal shooting of a boy" / "the girl's murder"."""
    return matched_victims(text, _KILLING_OF, lambda match: ("killed", "of" if match.group("of") else "own"))
