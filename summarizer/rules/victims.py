"""Casualty claims that carry no numeral: "a man was shot and killed", "she died at the hospital".

:mod:`summarizer.rules.casualties` finds counts ("27 dead", "two others were wounded"). Local
news mostly counts one victim at a time, without a number: a singular person as the subject of
a casualty verb in the same clause. Each such clause is a claim of one person, with the kind
its verb says:

* killed: "shot and killed", "shot dead", "fatally shot/wounded/injured/struck", "killed",
  "slain", "murdered", "pronounced dead", "found dead", "died", "succumbed";
* injured: "shot" (not fatally), "wounded", "injured", "hurt", "grazed", "hit", "hospitalized",
  "suffered / sustained / has ... wounds/injuries", "shot himself/herself", and the phrases that
  say someone is alive and hurt: "taken to a hospital", "in critical condition", "remains
  hospitalized", "is recovering", "treated for wounds", "with a gunshot wound" ("suffered no
  injuries" is not one).

"Another" alone is one more person when its verb follows ("one man was killed and another wounded").
A person the text names with an age ("Diana Gomez, 27,"), in apposition ("the driver, Jeff Tyson,")
or as identified ("identified the victim as Jeff Tyson") is a subject by name or surname later
("Gomez was hit seven times", "Tyson was killed"); a named person the text says was killed is not also injured, and a
named "was shot" alone is not read as an injury (it is often how the story goes on about its dead).

A killing named as a noun ("the fatal shooting of a 17-year-old", "the girl's murder") is one
person killed (:mod:`summarizer.rules.killings`), and so is the object of a killing verb ("shot
and killed a teen"); the object of "shot" or "wounded" ("Man shot officer") is one person injured
(:mod:`summarizer.rules.objects`).

What a clause says happened to its subject is read by :mod:`summarizer.rules.predicates`. "N were
shot, M fatally" is split into M killed and N - M injured by :mod:`summarizer.rules.splits`.
Victims reported one by one are tallied in :mod:`summarizer.rules.tally`; a death told after an
injury is matched to it in :mod:`summarizer.rules.survivors`; the claims are built by
:mod:`summarizer.rules.victim_claims`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import NamedTuple

from summarizer.rules.attribution import sentence_spans
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import (
    AGE_DIGITS, EDGE_WORDS, LIST_SEPARATOR, ORDINAL_PATTERN, PEOPLE_PLURAL_PATTERN, PERSON_PATTERN, RANKS,
)
from summarizer.rules.headline_subjects import HEADLINE_LIST, HEADLINE_NEXT, HEADLINE_SUBJECT, headline_list_size
from summarizer.rules.definite_victims import NEITHER, THE_ONE_TOLD, find_definite_victims, told_by_what_happened
from summarizer.rules.introduced import introduced_elsewhere
from summarizer.rules.killings import find_killings_of
from summarizer.rules.numbers import parse_count
from summarizer.rules.objects import (
    find_definite_beside, find_definite_objects, find_named_objects, find_object_victims,
)
from summarizer.rules.roll_call import find_roll_calls
from summarizer.rules.people import named_in
from summarizer.rules.predicates import ANOTHER, APPOSITION, FIRED_AT, OBJECT, OWN_SHOT, predicate_kind
from summarizer.rules.scope import background_sentences
from summarizer.rules.splits import find_splits
from summarizer.rules.survivors import alive, identified_dead, told_dead_later
from summarizer.rules.suspects import find_shot_suspects, hurt_suspects
from summarizer.rules.victim_claims import (
    COUNT_WORD, GAPPED, LIST_ITEM, NAME_SUFFIX, NAME_WORD, ONE_PERSON, OWNED_PERSON, PERSON_NAME, POSSESSIVE,
    counted, part_size, source_of, told_by_kin,
)

_PERSON = PERSON_PATTERN
#: "the man who shot him" ("police say shot him", "police say tried to rob him", "police say broke into his
#: house"): a definite person not introduced before: the shooter.
_THE_SHOOTER = (rf"(?i:the)\s+(?:[\w-]+\s+)?(?i:{_PERSON})(?=\s+(?:who|(?:police|authorities)\s+(?:say|said))"
                rf"\s+(?:had\s+)?(?:(?:tried|attempted)\s+to\s+)?(?:shot|wounded|fired\s+at|opened\s+fire\s+on"
                rf"|rob(?:bed)?|attacked|broke\s+into)\s+(?:him|her|them|his|their)\b)")
#: A plural verb after a subject, maybe after an aside: "were", ", both in their 20s, were".
_PLURAL_VERB = r"(?:,[^,.;]{1,40},)?\s+(?i:were|are|have\s+been|had\s+been)\b"
#: "a man and his daughter", "a woman and her 5-year-old son", "her sister and mother", "she and her
#: mom", and before a plural verb or "found" "a man and woman were", "A husband and wife found dead", "a
#: father and son who were", "John Smith and Mary Jones were", "an elderly couple was" (not "a couple
#: of"), a headline's "Elderly couple found dead", "twin brothers", "a set of twins": two victims in one
#: subject.
_PAIR = re.compile(
    rf"\b(?i:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:couple)\b(?!\s+of\b)"
    rf"|^(?:[A-Z][\w-]*\s+)?(?i:couple)\b(?!\s+of\b|['’]s)"
    rf"|\b(?i:twin\s+(?:brothers|sisters|sons|daughters|boys|girls)|(?:a\s+)?set\s+of\s+twins)\b"
    rf"|\b{ONE_PERSON}\s+and\s+(?:{POSSESSIVE}|(?i:a|an|another|one))\s+(?:[\w-]+\s+)?(?i:{_PERSON})\b"
    rf"|\b{OWNED_PERSON}\s+and\s+(?:{POSSESSIVE}\s+)?(?:[\w-]+\s+)?(?i:{_PERSON})\b"
    rf"|\b(?i:he|she)\s+and\s+{OWNED_PERSON}\b"
    # "The victim's mother and sister were also shot"
    rf"|\b(?i:the)\s+(?:[\w-]+\s+)?(?i:{_PERSON})['’]s\s+(?:[\w-]+\s+)?(?i:{_PERSON})\s+and\s+"
    rf"(?:{POSSESSIVE}\s+)?(?:[\w-]+\s+)?(?i:{_PERSON})(?={_PLURAL_VERB})"
    rf"|\b{ONE_PERSON}\s+and\s+(?i:{_PERSON})(?=(?:\s+(?i:who))?{_PLURAL_VERB}|\s+(?i:found)\s+(?i:dead|shot)\b)"
    rf"|\b{ONE_PERSON}\s+and\s+{_THE_SHOOTER}"  # "A clerk and the man police say tried to rob him were"
    rf"|(?<!and\s)(?<!,\s)\b{PERSON_NAME}\s+and\s+{PERSON_NAME}(?={_PLURAL_VERB})"
    # a surname told before, and a relative: "Moreno and her 20-year-old brother were both struck"
    rf"|(?<!and\s)(?<!,\s)\b{NAME_WORD}\s+and\s+{OWNED_PERSON}(?=\s+were\s+both\b)"
    # "Officers found Jamar Ellis, 28, and Keith Bryant, 31, with gunshot wounds", "... and his wife, Eleanor
    # Whitfield, 79, dead"
    rf"|(?<!and\s)(?<!,\s)\b{PERSON_NAME},\s\d{{1,3}},\s+and\s+(?:{OWNED_PERSON},\s+)?{PERSON_NAME},\s\d{{1,3}}(?=,)")
#: "Two teenagers and a young man", "three men and two women", and in a headline "2 teens, young
#: man shot": victims counted in two parts.
_GROUP = re.compile(
    rf"\b(?P<n>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?i:{PEOPLE_PLURAL_PATTERN})(?:\s+and|,)\s+"
    rf"(?:(?P<one>{ONE_PERSON})|(?P<m>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?i:{PEOPLE_PLURAL_PATTERN})"
    rf"|(?P<bare>(?:[\w-]+\s+)?(?i:{_PERSON})))\b")
#: "The victims, ages 19 and 22, were taken to a hospital": as many people as the ages listed.
_AGES = re.compile(rf"\b(?i:the)\s+(?:(?i:victims)|{PEOPLE_PLURAL_PATTERN}),\s+(?i:ages|aged)\s+"
                   r"(?P<ages>\d{1,3}(?:,\s+\d{1,3})*,?\s+and\s+\d{1,3}),")
#: "A man, a woman and a teenager were shot", "a man and two women were wounded", "a man, 25, and a
#: woman, 30, were shot", "the girl, her mother and her grandmother were killed": a subject listing
#: three or more people, or a person before a group, also set off in dashes and with their ages told
#: ("the victims — a man and two women in their 20s — are"); not an aside after "including" ("Two were
#: killed, including a boy, and three others were wounded").
_DECADE = r"\s+in\s+(?:their|his|her)\s+(?:(?:early|mid|late)[\s-])?(?:teens|\d0s)"
_LIST = re.compile(rf"(?<!including\s)\b{LIST_ITEM}(?:(?:{LIST_SEPARATOR}){LIST_ITEM})+(?:{_DECADE})?"
                   rf"(?=(?:,|\s*[—–]|\s+-)?{_PLURAL_VERB})")
_LIST_ITEM = re.compile(LIST_ITEM)
#: "One victim died; the other was taken to a hospital": the rest of a pair, right before its verb.
_THE_OTHER = (rf"(?i:the\s+other)(?:\s+(?i:{_PERSON}))?(?=\s+(?:was|is|were|remains|remained|has|had|died|"
              rf"suffered|sustained)\b)")
#: One more victim of a subject's verb, the verb left out: "Derrick Jones, 31, was shot twice and his
#: friend once", "A 22-year-old was shot in the chest and a 30-year-old in the arm".
#: "Officers found a man shot at the scene": after "found", "shot at" is where the person was hit,
#: not whom someone fired at ("A man shot at the officers" is the shooter).
_FOUND_BEFORE = re.compile(r"\b(?i:found|discovered|find|located)\s+$")
_SHOT_AT = re.compile(r"^\s+(?:(?P<fatal>fatally)\s+)?shot\s+at\b")
#: Words before a noun that make it no subject of its own: a call that reports someone shot ("a report
#: of a man shot", "a caller reported that a man had been shot": what the caller said, not who was found),
#: who fired after the passive's "by" ("The suspect was shot by an officer and is hospitalized"),
#: what the subject was ("A 21-year-old woman who was a passenger in the car was struck"), and
_NOT_ITS_SUBJECT = re.compile(r"\b(?:(?i:reports?|calls?)\s+(?i:of|about)|(?i:shot|wounded|struck|hit|killed)\s+(?i:by)"
                              r"|(?i:callers?|call)\s+(?i:reported|reporting|said|saying)(?:\s+that)?"
                              r"|(?i:who|that)\s+(?i:was|is|were|are)"
                              # the object of what someone did to them: "A man suspected of carjacking a woman
                              # at gunpoint was shot and killed" (the man was)
                              r"|(?i:carjack|robb|attack|chas|follow|threaten|kidnapp|approach|confront|assault"
                              r"|harass|stalk)(?i:ing|ed))\s+$")
#: "The second victim, an 18-year-old whose name has not been released, was shot": one more person.
_THE_ORDINAL = rf"(?i:the)\s+(?i:{ORDINAL_PATTERN})\s+(?:[\w-]+\s+)?(?i:{_PERSON})"
#: Ranks written short before a name: "Sgt. Lee Jundt".
_RANK_ABBREVIATIONS = "|".join(rank for rank in RANKS if len(rank) <= 4)
_SUBJECT = re.compile(
    rf"\b(?:{ONE_PERSON}(?:,\s\d{{1,3}}(?=,))?|(?i:a|an)\s+{AGE_DIGITS}|{ANOTHER}|{_THE_OTHER}|{_THE_ORDINAL}"
    rf"|{_THE_SHOOTER}|{THE_ONE_TOLD})\b"
    rf"|(?<![\w.])(?:{NAME_WORD}(?:\s[A-Z]\.)?\s{NAME_WORD}{NAME_SUFFIX}?|(?P<surname>{NAME_WORD})),\s"
    rf"(?:\d{{1,3}}|[a-z]+-year-old),"
    # "24-year-old Marcus Lee was shot": a name after its age (not a title-case headline's "10-Year-Old Boy
    # Accidentally Shot", nor an aside: "The suspect, 28-year-old Marcus Jones, was")
    rf"|(?<![\w.-])(?<!,\s)(?:{AGE_DIGITS}|[a-z]+-year-old)\s+{PERSON_NAME}\b"
    # "remember Jasmine Cole, who was killed in a drive-by": a name, then who it was that happened to
    rf"|(?<![\w.])(?P<who_was>{PERSON_NAME})(?=,\s+who\s+(?:was|had\s+been)\s)"
    # "Deputies arrived to find Gary Lee Tollefson, of Wilsall, dead": a whole name found dead
    rf"|(?:(?<=\bfound\s)|(?<=\bfind\s)|(?<=\bdiscovered\s))(?P<found>{PERSON_NAME})"
    rf"(?=(?:,\s[^,.;]{{1,40}},)?\s+dead\b)"
    # "DeAndre Wallace was shot and killed Tuesday": a whole name opening its clause (with its rank:
    # "Sgt. Lee Jundt"), right before what happened to them or an aside ("Daniel Huerta, an eight-year
    # veteran of the department, was struck"); not "a man in his car on Albany Avenue was killed"
    rf"|(?:^|(?<=,\s)|(?<=\band\s)|(?<=\bsaid\s)|(?<=\bthat\s))(?![A-Z][a-z]*-year-old\b)"
    rf"(?P<name>(?:(?:{_RANK_ABBREVIATIONS})\.\s)?{PERSON_NAME})"
    r"(?=(?:,\s(?i:a|an|the)\s[^,.;]{1,60},)?\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:shot|killed|wounded|struck)\b|\s+died\b)",
)
#: Where a possessive subject ("his brother was also shot") may begin: a sentence, a clause after
#: "and"/"but"/a comma, what someone said or found ("found her husband shot"). After another verb it
#: is an object ("killed his wife").
_CLAUSE_START = re.compile(r"(?:^|(?:\b(?:and|but|said|says|that|while|found|discovered)|[,;])\s*)$", re.IGNORECASE)
#: A person the text names with an age ("Diana Gomez, 27,", "27-year-old Diana Gomez"): local news
#: names its victims this way, and later calls them by name or surname alone ("Gomez was hit").
_AGED_NAME = re.compile(rf"(?<![\w.])(?P<a>{PERSON_NAME}),\s\d{{1,3}},"
                        rf"|\b(?:{AGE_DIGITS}|[A-Za-z]+-year-old)\s(?P<b>{PERSON_NAME})\b")
#: A person the text introduces by name without an age: in apposition to a person noun ("the
#: driver, Jeff Tyson,") or as whom someone was identified ("identified the victim as Jeff Tyson").
_INTRODUCED_NAME = re.compile(rf"\b(?i:{_PERSON}),\s(?P<c>{PERSON_NAME}),"
                              rf"|\b(?:identified|named)\s+(?:[\w-]+\s+){{0,3}}?as\s+(?P<d>{PERSON_NAME})\b")
#: What may stand between a named subject and its verb: an aside in commas ("Gomez, a mother of two,",
#: "Trent, of St. Louis,").
_NAMED_PREDICATE = re.compile(r"^(?:,(?:[^,.;]|(?<=\b[SF]t)\.){1,60},)?\s*(?:later\s+|also\s+)?"
                              r"(?:was|is|were|has been|had been|got|remains|remained|died|dies)\b")


def _groups(sentence: str) -> list[re.Match[str]]:
    """Subjects of several people: lists ("a man, a woman and a teen"), then the pairs and two-part
    groups ("two teenagers and a young man") that no list holds, when every part is a count."""
    lists = [m for m in _LIST.finditer(sentence) if _size(m) > 0]
    others = [m for m in [*_GROUP.finditer(sentence), *_PAIR.finditer(sentence), *_AGES.finditer(sentence)]
              if (m.re is _PAIR or _size(m) > 0) and not any(x.start() <= m.start() < x.end() for x in lists)]
    return [m for m in [*lists, *others] if not _OF_THE.search(sentence, 0, m.start())]


#: Before people some of whom the sentence then tells of: "Of the remaining three victims, a woman ...".
_OF_THE = re.compile(r"\b(?i:of\s+(?:the|those)\s+(?:remaining\s+|other\s+)?)$")


def _size(subject: re.Match[str]) -> int:
    """People in a list, a pair (2) or a two-part group; 0 when a part is not a count ("the two men ...")."""
    if subject.re is _PAIR:
        return 2
    if subject.re is _AGES:
        return len(re.findall(r"\d+", subject.group("ages")))
    if subject.re in (HEADLINE_LIST, HEADLINE_NEXT):
        return headline_list_size(subject)
    if subject.re is _LIST:
        parts = [part_size(item.group()) for item in _LIST_ITEM.finditer(subject.group())]
        # a part that is no count, or two parts without "and" ("Her daughter, Veronica Soto, 33, had been shot")
        if not all(parts) or len(parts) == 2 and not re.search(r"\band\b", subject.group(), re.IGNORECASE):
            return 0
        counted = [p or 0 for p in parts]
        if len(counted) > 2 and counted[0] == sum(counted[1:]):
            return counted[0]  # "six people, three men and three women": a total, then its parts
        return sum(counted)
    first = parse_count(subject.group("n"))
    second = 1 if subject.group("one") or subject.group("bare") else (c.best if (c := parse_count(subject.group("m"))) else None)
    return first.best + second if first and first.best and second else 0


def _owned_subjects(sentence: str) -> list[re.Match[str]]:
    """People named through a possessive as a clause's subject: "His brother was also shot", "his
    cousin, 20, was injured", "The child's father, 24, was also shot". Not the end of a longer
    subject ("Ava and Betzida and their mom were shot": a plural verb)."""
    owned = rf"{OWNED_PERSON}|(?i:the)\s+(?:[\w-]+\s+)?(?i:{_PERSON})['’]s\s+(?:[\w-]+\s+)?(?i:{_PERSON})"
    return [m for m in re.finditer(rf"\b(?:{owned})(?:,\s\d{{1,3}}(?=,))?\b", sentence)
            if _CLAUSE_START.search(sentence[:m.start()])
            and not re.match(r"\s+(?:\w+\s+)?(?:were|are|have)\b", sentence[m.end():])]


def _named(text: str, subjects: Iterable[re.Match[str]]) -> re.Pattern[str] | None:
    """The people ``text`` introduces by name (:data:`_AGED_NAME`, :data:`_INTRODUCED_NAME`, or a
    whole name opening a clause of what happened to them among ``subjects``: "Jamari Phelps, a
    freshman, was shot"), by full name, surname or first name ("Jamari was struck in the back": a
    story calls a child by the first name)."""
    names = {m.group("a") or m.group("b") for m in _AGED_NAME.finditer(text)}
    names |= {m.group("c") or m.group("d") for m in _INTRODUCED_NAME.finditer(text)}
    names |= {m.group("name") for m in subjects if m.re is _SUBJECT and m.group("name")}
    names = {n for n in names if n.split()[0] not in EDGE_WORDS}
    first_names = {n.split()[0] for n in names if not n.split()[0].endswith(".")}  # not a rank: "Sgt."
    words = sorted({*names, *(n.split()[-1] for n in names), *first_names}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words)) + r")\b(?!,\s\d)") if words else None


def _named_subjects(sentence: str, named: re.Pattern[str] | None) -> list[re.Match[str]]:
    """Named people as the subject of a verb ("Gomez was hit seven times")."""
    return [m for m in named.finditer(sentence) if _NAMED_PREDICATE.match(sentence[m.end():])] if named else []


#: A name and age that an aside follows ("Kamal Haddad, 46, of Baton Rouge, was shot"): a named person,
#: who may be the one the story tells dead.
_NAME_AGED = re.compile(r"[A-Z][\w'’-]*\s.*,\s\d{1,3},$")


def _after(sentence: str, subject: re.Match[str]) -> str:
    """The words after ``subject``, starting with the comma it took in ("Antonio Gaines, 34," then "a
    barber at the shop, was struck"), so that an aside after an age reads as one."""
    after = sentence[subject.end():]
    return "," + after if subject.group().endswith(",") and APPOSITION.match("," + after) else after


def _whole_name(subject: re.Match[str]) -> bool:
    """A subject read as a whole name opening its clause: like any named person, one who "was shot"
    may be the one the story tells dead ("Luis Ramos was shot ... where he died the next morning")."""
    return subject.re is _SUBJECT and subject.group("name") is not None


def _counted_before(subject: re.Match[str], found: list[CasualtyMention]) -> bool:
    """A subject by a bare name or surname ("DeAndre Wallace was shot", "Wallace, 19, was shot") whose
    surname a victim counted before holds: the same person, told again. Not a whole name another first
    name held: "Loretta Hayes died ... Clarence Hayes died" are husband and wife."""
    named = subject.groupdict() if subject.re is _SUBJECT else {}
    if not (name := named.get("name") or named.get("surname")):
        return False
    return any(named_in(name, m.number.span.text) for m in found)


def find_single_victims(text: str) -> list[CasualtyMention]:
    """One victim per singular subject of a casualty verb; two for "a man and his daughter", the
    sum for "two teenagers and a young man"."""
    found: list[CasualtyMention] = []
    sentences = sentence_spans(text)
    subjects = {sentence: list(_SUBJECT.finditer(sentence.text)) for sentence in sentences}
    named = _named(text, (m for found_in in subjects.values() for m in found_in))
    for sentence in sentences:
        claimed_by = source_of(sentence)
        pairs = _groups(sentence.text) or ([m] if (m := HEADLINE_LIST.match(sentence.text)) else [])
        objects_at = {o.start("who") for o in OBJECT.finditer(sentence.text)} | {
            o.end() for o in FIRED_AT.finditer(sentence.text)}
        singles = [m for m in [*subjects[sentence], *_owned_subjects(sentence.text)]
                   if not any(p.start() <= m.start() < p.end() for p in pairs)
                   # "accused of killing a store clerk Friday night was shot": the clerk is the verb's object
                   and not (m.start() in objects_at and not re.match(r",|\s+who\b", sentence.text[m.end():]))]
        singles += [m for m in _named_subjects(sentence.text, named)
                    if not any(o.start() <= m.start() < o.end() for o in [*pairs, *singles])]
        asides = [(m.end(), m.end() + aside.end()) for m in singles  # "a second victim, a 19-year-old woman,"
                  if (aside := APPOSITION.match(_after(sentence.text, m)))]
        singles = [m for m in singles if not any(a <= m.start() < b for a, b in asides)]
        headline = HEADLINE_SUBJECT.match(sentence.text)
        if headline and any(o.start() < headline.end() for o in [*pairs, *singles]):
            headline = None  # "HPD: Teen ..." already read as a pair or list
        second = [m for m in HEADLINE_NEXT.finditer(sentence.text, headline.end())] if headline else []
        selves: list[tuple[int, int]] = []  # "himself": the subject counted, not one more victim
        for subject in [*pairs, *singles, *([headline] if headline else []), *second]:
            after = _after(sentence.text, subject)
            if subject.re is _SUBJECT and subject.group("who_was"):
                after = after[after.index("who") + 3:]  # "Jasmine Cole, who was killed": what "who" was
            elif subject.re is _SUBJECT and subject.group("found"):
                after = re.sub(r"^,\s[^,.;]{1,40},", "", after)  # "found Gary Tollefson, of Wilsall, dead"
            before = sentence.text[:subject.start()]
            if _NOT_ITS_SUBJECT.search(before) or NEITHER.search(before) \
                    or re.match(r"(?i:neither|no)\s", subject.group()):  # nobody: "Neither officer was hurt"
                continue
            if _counted_before(subject, found):
                continue
            aged_aside = after.startswith(",") and _NAME_AGED.match(subject.group()) is not None
            kind = predicate_kind(after, named=subject.re is named or _whole_name(subject) or aged_aside,
                                  subject=subject.group())
            if kind is None and _FOUND_BEFORE.search(before) \
                    and (shot_at := _SHOT_AT.match(sentence.text[subject.end():])) is not None:
                kind = "killed" if shot_at.group("fatal") else "injured"
            if kind is None:
                continue
            group = "who" if subject.re in (HEADLINE_SUBJECT, HEADLINE_LIST, HEADLINE_NEXT) else 0  # without "HPD: "
            start, end = sentence.start + subject.start(group), sentence.start + subject.end(group)
            size = _size(subject) if subject in pairs or subject.re is HEADLINE_NEXT else 1
            if subject not in pairs and (gap := GAPPED.match(sentence.text[subject.end():])) is not None:
                end, size = end + gap.end(), 2  # "Jones was shot twice and his friend once"
            number = counted(text, start, end, size)
            found.append(CasualtyMention(kind=kind, number=number, civilians=False,
                                         claimed_by=claimed_by, sentence=sentence))
            if (own := OWN_SHOT.match(sentence.text[subject.end():])) is not None:  # "... and fatally shot himself"
                at = sentence.start + subject.end()
                selves.append((at + own.start("who"), at + own.end("who")))
        taken = [(m.number.span.start, m.number.span.end) for m in found if m.sentence == sentence] + selves
        found += [*find_object_victims(text, sentence, claimed_by, taken),
                  *find_named_objects(text, sentence, named, claimed_by, taken)]
    return found


class Victims(NamedTuple):
    """Every claim this module reads, by how it was read: the candidates weigh them differently."""

    splits: list[CasualtyMention]
    singles: list[CasualtyMention]
    killings: list[CasualtyMention]
    definite: list[CasualtyMention]

    @property
    def all(self) -> list[CasualtyMention]:
        """Every claim, in text order."""
        return sorted([*self.splits, *self.singles, *self.killings, *self.definite], key=lambda m: m.number.span.start)


def find_victims(text: str, published: dt.date | None = None) -> Victims:
    """Splits, single victims, killings named as nouns and definite victims, each found once; what
    :func:`~summarizer.rules.scope.background_sentences` says is another incident's (as of the story's
    ``published`` date) ends no one's life in this one."""
    singles, killings = find_single_victims(text), find_killings_of(text)
    singles = [m for m in singles if not told_by_kin(text, m)]
    singles += [m for m in find_roll_calls(text)  # "Also wounded was a woman, who was taken ...": read once
                if not any(o.number.span.start <= m.number.span.start < o.number.span.end for o in singles)]
    definite = sorted([*find_definite_victims(text), *find_shot_suspects(text)], key=lambda m: m.number.span.start)
    # a suspect may be anyone hurt, but not the named victim told after a death as only shot (that is the dead)
    killed_first = [m for m in [*singles, *killings] if m.kind == "killed"]
    living = identified_dead(text, alive([m for m in singles if m.kind == "injured"], killed_first), killed_first)
    singles += hurt_suspects(text, definite, [m for m in singles if m.kind != "injured" or m in living])
    # another incident's victim ("the second time this year a Birmingham officer has been shot") is no one here
    background = background_sentences(text, published)

    def here(claims: list[CasualtyMention]) -> list[CasualtyMention]:
        return [m for m in claims if m.sentence not in background]

    singles += introduced_elsewhere(text, [m for m in definite if m.kind == "injured"], here([*singles, *killings]))
    objects = find_definite_objects(text)
    singles += introduced_elsewhere(text, objects, here([*singles, *killings]), objects=True)  # "striking the officer"
    singles += [m for m in find_definite_beside(text)  # "killing the driver and wounding a passenger"
                if not any(o.kind == m.kind for o in [*singles, *killings])]
    killed = [m for m in [*singles, *killings] if m.kind == "killed"]
    injured = identified_dead(text, alive([m for m in singles if m.kind == "injured"], killed), killed)
    # a death told of another incident ("Last year a teen was killed nearby") ends no one hurt in this one
    later = told_dead_later(text, injured, here(killed), here([*killed, *(m for m in definite if m.kind == "killed")]))
    told_again = [m for m in later.died if any(k.sentence == m.sentence for k in killed)]  # "The victim, Jo Doe, died"
    singles = [*(m for m in singles if m.kind == "killed"), *later.injured,
               *(m for m in later.died if m not in told_again)]
    # "the man killed in Tuesday's shooting" counts where no clause of its kind names anyone
    singles = [m for m in singles if not told_by_what_happened(text, m)
               or not any(o.kind == m.kind and not told_by_what_happened(text, o) for o in singles)]
    definite = sorted([*definite, *objects], key=lambda m: m.number.span.start)
    return Victims(find_splits(text, background), sorted(singles, key=lambda m: m.number.span.start), killings, definite)
