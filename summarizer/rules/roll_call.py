"""Victims listed after their verb: "Killed were Marcus Lee, 24, and Tyrone Banks, 31", "Also
wounded was a 19-year-old woman", "Dead are a man and his son", "The wounded, a boy and a man, were".

Stories often close their account with such a roll call, the casualty word first and the
people after it, where the usual subject-then-verb clause (:mod:`summarizer.rules.victims`) sees
no subject. The list's people are one claim of the kind its word says; "Among the dead were ..."
names only some of them and is no count.
"""

from __future__ import annotations

import re

from summarizer.rules.attribution import sentence_spans
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import LIST_SEPARATOR
from summarizer.rules.victim_claims import AGE_WORD, LIST_ITEM, PERSON_NAME, counted, part_size, source_of
from summarizer.models.schemas import CasualtyKind

#: One named person of the list: "Marcus Lee", "24-year-old Marcus Lee".
_NAMED = rf"(?:{AGE_WORD}\s+)?{PERSON_NAME}"
#: One person or group of the list: "Marcus Lee, 24", "24-year-old Marcus Lee", "a 30-year-old woman",
#: "two teenagers".
_ITEM = rf"(?:{_NAMED}(?:,\s\d{{1,3}}(?=[,.;]|\s+and\b|$))?|{LIST_ITEM})"
_ROLL_CALL = re.compile(
    rf"(?:^|(?<=;\s))(?:(?i:also)\s+)?(?P<word>(?i:killed|slain|dead|wounded|injured|hurt))"
    rf"\s+(?:(?i:in\s+the\s+(?:shooting|attack|gunfire))\s+)?(?i:were|was|are|is)\s+"
    rf"(?P<who>{_ITEM}(?:(?:{LIST_SEPARATOR}){_ITEM})*)(?=[\s,.;]|$)")
#: The same list set off after its word: "The wounded, a 17-year-old boy and a 19-year-old man, were
#: listed in stable condition", "the dead — a man and his son — were found inside".
_SET_OFF = re.compile(
    rf"(?<![Aa]mong\s)\b(?i:the)\s+(?P<word>(?i:dead|wounded|injured))\s*(?P<mark>,|—|–|\s-)\s*"
    rf"(?P<who>{_ITEM}(?:(?:{LIST_SEPARATOR}){_ITEM})*)\s*(?P=mark)")
_ITEMS = re.compile(_ITEM)
_ONE_NAMED = re.compile(rf"{_NAMED}(?:,\s\d{{1,3}})?")


def _size(listed: str) -> int | None:
    """People in the list, or None where a part is no count ("several people")."""
    parts = [1 if _ONE_NAMED.fullmatch(item.group()) else part_size(item.group()) for item in _ITEMS.finditer(listed)]
    return None if not parts or None in parts else sum(p or 0 for p in parts)


def find_roll_calls(text: str) -> list[CasualtyMention]:
    """One claim per clause that opens a sentence (or follows a semicolon: "Killed was Deshawn Price;
    wounded were his cousin and a friend") with its casualty word and lists its people after it."""
    found: list[CasualtyMention] = []
    for sentence in sentence_spans(text):
        for match in [*_ROLL_CALL.finditer(sentence.text), *_SET_OFF.finditer(sentence.text)]:
            if (size := _size(match.group("who"))) is None:
                continue
            kind: CasualtyKind = "killed" if match.group("word").lower() in ("killed", "slain", "dead") else "injured"
            start, end = sentence.start + match.start("who"), sentence.start + match.end("who")
            found.append(CasualtyMention(kind=kind, number=counted(text, start, end, size), civilians=False,
                                         claimed_by=source_of(sentence), sentence=sentence))
    return found
