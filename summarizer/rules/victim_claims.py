"""The words that name and count victims, and the claims built from them.

Shared by :mod:`summarizer.rules.victims` (one victim at a time), :mod:`summarizer.rules.objects`
(a verb's objects) and :mod:`summarizer.rules.splits` ("N were shot, M fatally"): an age as an
adjective, a count word, a person as a noun phrase ("a 17-year-old Houston girl", "her mother",
"Diana Gomez"), one part of a list of them, and a :class:`CasualtyMention` for one person or for a
counted group, with the source its sentence attributes it to; and a relative who tells of the victim
("Green's mother said her daughter was shot"), who names no one new.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.models.schemas import CasualtyKind
from summarizer.rules.attribution import find_attributions, sentence_spans
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import (
    AGE_DIGITS, GUNFIRE_VERBS, NAME_SUFFIXES, NUMBER_WORDS, PEOPLE_PLURAL_PATTERN, PERSON_PATTERN,
)
from summarizer.rules.numbers import CountRange, NumberMention, parse_count
from summarizer.rules.spans import Span, make_span

#: An age as an adjective: "17-year-old", "four-year-old".
AGE_WORD = rf"(?i:{AGE_DIGITS}|[a-z]+-year-old)"
#: A count of people in words or digits: "three", "12".
COUNT_WORD = rf"(?i:\d{{1,3}}|{'|'.join(NUMBER_WORDS)})"
#: One word of a person's name, with the prefixes that capitalise inside it: "Diana", "DeAndre", "McDonald".
NAME_WORD = r"(?:Mc|Mac|De|Da|La|Le|Di|Du)?[A-Z][a-z'’-]+"
#: A person's name: "Diana Gomez", "Jeff A. Tyson", "DeAndre Wallace", 'William "Billy" Carter'.
#: A generation after a name (:data:`~summarizer.rules.lexicon.NAME_SUFFIXES`), with its space.
NAME_SUFFIX = "(?:" + "|".join(r"\s" + re.escape(suffix) for suffix in NAME_SUFFIXES) + ")"
PERSON_NAME = rf"{NAME_WORD}(?:\s[A-Z]\.)?(?:\s[\"“][A-Z][a-z'’-]+[\"”])?(?:\s{NAME_WORD}){{1,2}}"
#: Words that end a noun phrase before its noun: "an officer shot the suspect" is not one person, nor
#: is "a woman Wednesday before officers" (a conjunction opens the next clause).
_NOT_MODIFIER = (r"(?!(?i:the|a|an|and|or|of|to|in|on|at|by|for|with|from|who|that|was|were|is|are|has|had|shot|"
                 r"killed|said|says|found|his|her|their|its|before|after|then|when|while|until|as|because)\s)")
#: "a man", "an Army soldier", "a 17-year-old Houston girl", "an Indianapolis Metropolitan Police
#: Department officer", "a Jacksonville sheriff's officer", "a University of South Carolina student":
#: one person (up to four words before the noun, which may be capitalised or possessive, and "of"
#: inside a capitalised name).
ONE_PERSON = (rf"(?i:a|an|one|another)\s+"
              rf"(?:{AGE_WORD}\s+|{_NOT_MODIFIER}[A-Za-z][a-z-]{{1,14}}(?:['’]s)?\s+(?:of\s+(?=[A-Z]))?){{0,4}}"
              rf"(?i:{PERSON_PATTERN})")
#: "a 20-year-old" with no person noun after it: one person all the same.
AGED_ONE = rf"(?i:a|an)\s+{AGE_DIGITS}(?=[\s,.;])"
#: "his", "her", "their": whose person a noun names.
POSSESSIVE = r"(?i:his|her|their)"
#: The words of a casualty verb that make it a killing: "shot and killed", "fatally wounded", "died".
_FATAL_VERB = re.compile(r"fatally|kill|murder|death|dead|life|lives|gunned|died", re.IGNORECASE)


def verb_kind(verb: str) -> CasualtyKind:
    """What a casualty verb did: killed for "killed", "fatally shot", "died"; else injured."""
    return "killed" if _FATAL_VERB.search(verb) else "injured"


#: One person named through a possessive: "her mother", "his 5-year-old son", "his ex-girlfriend".
OWNED_PERSON = (rf"{POSSESSIVE}\s+(?:[\w-]+\s+)?(?i:ex-|step-?)?(?i:{PERSON_PATTERN})"
                rf"(?:['’]s\s+(?:[\w-]+\s+)?(?i:{PERSON_PATTERN}))?")  # "his girlfriend's father" is one person
#: A second person after the first's verb, its own left out: "Jones was shot twice and his friend once",
#: "The girl was shot in the leg and her father, 34, in the hip".
GAPPED = re.compile(rf"^\s+(?:was|were)\s+(?:\w+ly\s+)?(?:{GUNFIRE_VERBS})\b[^.;]{{0,60}}?\s+and\s+"
                    rf"(?P<other>{OWNED_PERSON}|{ONE_PERSON}|{AGED_ONE})"
                    rf"(?=(?:,\s\d{{1,3}},)?\s+(?:in\s+(?:the|his|her)\s|once\b|twice\b"
                    rf"|(?:three|four|several|multiple)\s+times\b))")
#: Someone the story calls dead: "the dead man", "the slain woman", "the dead victim", "the man who died",
#: "the one who was killed".
CALLED_DEAD = (rf"(?i:the)\s+(?:(?i:dead|slain)\s+(?:[\w-]+\s+)?(?i:{PERSON_PATTERN}|victim)"
               rf"|(?:[\w-]+\s+)?(?i:{PERSON_PATTERN}|victim|one)\s+(?i:who|that)\s+(?i:later\s+)?"
               r"(?i:died|was\s+killed))")

#: One part of a listed subject or of a verb's objects: a person ("a man", "a woman, 30,") or a counted
#: group ("two women").
LIST_ITEM = (rf"(?:(?:{ONE_PERSON}|(?i:the|his|her|their)\s+(?:[\w-]+\s+)?(?i:{PERSON_PATTERN}))(?:,\s\d{{1,3}}(?=,))?"
         rf"|{PERSON_NAME},\s\d{{1,3}}(?=,|$)"
         rf"|(?:(?i:his|her|their)\s+)?{COUNT_WORD}\s+(?:[\w-]+\s+)?(?i:{PEOPLE_PLURAL_PATTERN}))")


def one_victim(text: str, kind: CasualtyKind, start: int, end: int, sentence: Span,
               claimed_by: str | None) -> CasualtyMention:
    """A claim of one person, named by ``text[start:end]``."""
    return CasualtyMention(kind=kind, number=counted(text, start, end, 1), civilians=False,
                           claimed_by=claimed_by, sentence=sentence)


def matched_victims(text: str, pattern: re.Pattern[str],
                    read: Callable[[re.Match[str]], tuple[CasualtyKind, str]]) -> list[CasualtyMention]:
    """One victim per match of ``pattern`` in each sentence of ``text``: ``read`` says of a match
    its kind and the group that names the person."""
    found: list[CasualtyMention] = []
    for sentence in sentence_spans(text):
        claimed_by = source_of(sentence)
        for match in pattern.finditer(sentence.text):
            kind, group = read(match)
            found.append(one_victim(text, kind, sentence.start + match.start(group), sentence.start + match.end(group),
                                    sentence, claimed_by))
    return found


def counted(text: str, start: int, end: int, value: int) -> NumberMention:
    """A count of ``value`` people, stated by ``text[start:end]``."""
    span = make_span(text, start, end)
    return NumberMention(span=span, count=CountRange(low=value, high=value, best=value, qualifier="exact",
                                                     text=span.text), unit_hint=None)


def source_of(sentence: Span) -> str | None:
    """Who the sentence attributes its claim to ("police said"), not a bare pronoun."""
    sources = [a.source for a in find_attributions(sentence.text)
               if a.source.lower() not in {"he", "she", "they", "it"}]
    return sources[0] if sources else None


def part_size(item: str) -> int | None:
    """People in one part of a listed subject or object: "a man" 1, "his mother" 1, "two women" 2,
    "her two children" 2, "Marquis Long, 23" 1; None where the count is no number."""
    if re.fullmatch(rf"{PERSON_NAME},\s\d{{1,3}}", item):
        return 1
    words = item.split()
    if len(words) > 2 and words[0].lower() in ("his", "her", "their") and re.fullmatch(COUNT_WORD, words[1]):
        words = words[1:]
    elif words[0].lower() in ("a", "an", "one", "another", "the", "his", "her", "their"):
        return 1
    count = parse_count(words[0])
    return count.best if count else None


#: A relative telling of the victim: "Green's mother said her daughter had just come home when she was
#: shot", "His wife, Ann Lee, said her husband was shot": the one the story is about, not someone new
#: (unless "also": "said his wife was also hit").
_KIN = r"(?:mother|father|mom|dad|parents|grandmother|grandfather|sister|brother|aunt|uncle|wife|husband|girlfriend" \
       r"|boyfriend|fiancee?|cousin|son|daughter)"
_KIN_SAYS = re.compile(rf"\b(?i:{_KIN})(?:,[^,.;]{{1,40}},)?\s+(?i:said|says|told\s+\w+)\s+(?:that\s+)?$")
_THEIR_KIN = re.compile(rf"(?i:her|his|their)\s+(?:{AGE_WORD}\s+)?(?i:{_KIN}|child|boy|girl|grandson|granddaughter"
                        r"|nephew|niece)")
_ALSO = re.compile(r"\s+(?:was|were|had\s+been)\s+also\b|\s+also\b", re.IGNORECASE)


def told_by_kin(text: str, mention: CasualtyMention) -> bool:
    """Whether ``mention`` is the victim told of by a speaking relative (:data:`_KIN_SAYS`)."""
    span = mention.number.span
    return _THEIR_KIN.fullmatch(span.text) is not None and _ALSO.match(text, span.end) is None and \
        _KIN_SAYS.search(text, mention.sentence.start, span.start) is not None
