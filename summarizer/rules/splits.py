"""One count split into the dead and the wounded: "N were shot, M fatally".

"N were shot, M fatally", "N shot, M of them fatally", "N were shot, including a man who died",
"shot N people, killing M" and the same told in two sentences are M killed and N - M injured,
because a person counted as killed is not also counted as injured (the usual convention of
casualty datasets). In two sentences, the death comes in one of the next two (a part of the
count, "One of the victims ... died", in one of the next six), as a count or as one person:
"Five people were shot Saturday night. One died.", "Three people were shot. A 22-year-old man
died at the scene.", "Officers found two men with gunshot wounds. One was pronounced dead.", "A
gunman shot three people. Two of them died.", "Officers found two people shot. The dead man, 25,
was found on the sidewalk." One more told by its ordinal ("Two people were killed and a third was
wounded") is one person of the ordinal's kind. A sentence about another incident
(:mod:`summarizer.rules.scope`) is not the rest of the story. How a death is told after the count, or
above it, is :mod:`summarizer.rules.split_deaths`.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from summarizer.rules.attribution import sentence_spans
from summarizer.models.schemas import CasualtyKind
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import (HOSPITAL_TRIP, NOT_BY_GUNFIRE, ORDINAL_PATTERN, ORDINALS, PEOPLE_PLURAL_PATTERN,
                                      PERSON_PATTERN, WEEKDAYS)
from summarizer.rules.numbers import CountRange, NumberMention, parse_count
from summarizer.rules.spans import Span, make_span
from summarizer.rules.split_deaths import (DEAD_ONE, DIED_SINCE_ON_TOP, THEN_DIED, more_deaths, named_dead_before,
                                           one_named, ordinal_on_top)
from summarizer.rules.suspects import HIMSELF_SHOT
from summarizer.rules.victim_claims import AGE_WORD, COUNT_WORD, counted, source_of, verb_kind

#: The period of an abbreviated place name, which ends no sentence: "in north St. Louis", "Ft. Worth".
_ABBREVIATED = r"(?<=\b[SMF]t)\."
#: "N were shot, M fatally", "N shot, M of them fatally", "N were taken to a hospital, where M died",
#: "N were shot, one of them a 14-year-old who died".
_SPLIT = re.compile(
    rf"\b(?P<n>[\w-]+)\s+(?:{PEOPLE_PLURAL_PATTERN}\s+)?"
    rf"(?:were|was|have been|had been)?\s*(?:shot\b|(?:struck|hit)\s+by\s+(?:gunfire|bullets?)\b"
    rf"|suffered\s+gunshot\s+wounds\b|(?:gunshot|shooting)\s+victims\b|{HOSPITAL_TRIP})"
    rf"(?:[^.;]|{_ABBREVIATED}){{0,60}}?[,;]?\s+"
    # not "no one was killed": nobody died
    rf"(?:and\s+|including\s+)?(?<!\bno\s)(?P<m>(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{PERSON_PATTERN})|[\w-]+)\s+"
    # "one of them, a 14-year-old, died", "one of them a 14-year-old who died", "one of the men died"
    r"(?:of\s+them,?\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:,|\s+who)\s+)?|of\s+whom\s+|who\s+"
    rf"|of\s+the\s+(?:[\w-]+\s+)?(?:victims|{PEOPLE_PLURAL_PATTERN})\s+)?(?:later\s+)?"
    r"(?:fatally|died|dies|ha(?:s|ve)\s+died|dead|(?:was|were)\s+dead|was killed|were killed|killed"
    r"|was\s+pronounced\s+dead)",
    re.IGNORECASE)
#: The split told in two sentences: "Five people were shot Saturday night. One (of them) died."
_SHOT_COUNT = re.compile(
    rf"\b(?P<n>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN})\s+"
    # not "Two men were shot and killed": everyone died
    r"(?:(?:were|have\s+been|had\s+been)\s+(?:shot|wounded|struck|hit|injured)\b"
    r"(?!\s+(?:and\s+killed|to\s+death|dead)\b)"
    # "two men in the front seats of a parked car with gunshot wounds"
    r"|(?:(?:in|inside|on|at|near|outside|behind)\s+(?:[\w-]+\s+){1,7}?)?"
    r"(?:suffering\s+from|with)\s+(?:(?:apparent|multiple)\s+)?gunshot\s+wounds\b)",
    re.IGNORECASE)
#: The same count as what someone found: "Officers found two people shot outside a bar."
_FOUND_SHOT = re.compile(
    rf"\b(?:found|discovered)\s+(?P<n>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN})\s+"
    r"(?:(?:who|that)\s+(?:had\s+been|were|have\s+been)\s+)?"  # "found three people who had been shot"
    r"(?:shot|wounded|suffering\s+from\s+(?:\w+\s+)?gunshot\s+wounds)\b",
    re.IGNORECASE)
#: ... or as the objects of the verb: "A gunman shot three people at a gas station."
_SHOT_PEOPLE = re.compile(
    rf"\b(?:shot|wounded|struck|hit)\s+(?:at\s+least\s+)?(?P<n>{COUNT_WORD})\s+(?:[\w-]+\s+)?"
    rf"(?:{PEOPLE_PLURAL_PATTERN})\b",
    re.IGNORECASE)
#: "A man was killed and two others were wounded", "Two men were killed and two other people were
#: wounded": a count beyond someone the sentence has counted, so a death told later is theirs, not
#: one of the others'.
_OTHERS = re.compile(r"\s+(?:others?|more)\b", re.IGNORECASE)
#: Someone told first, then the others' count: "A man was killed and two others were wounded". A death
#: told after it ("One of them died Sunday") is one of the others'; the first keeps their own fate.
_FIRST_AND_OTHERS = re.compile(
    rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{PERSON_PATTERN})(?:,\s\d{{1,3}},)?\s+was\s+"
    r"(?P<first>(?:shot\s+and\s+)?(?:\w+ly\s+)?(?:killed|shot|wounded|injured|hurt))\b[^.;]{0,40}?,?\s+and\s+$",
    re.IGNORECASE)
#: "A double shooting": two people shot (a triple, three; a quadruple, four), told with its deaths
#: in the same sentence ("A double shooting left one man dead") or the next ones ("One died").
_MULTIPLE = {"double": "two", "triple": "three", "quadruple": "four"}
_MULTIPLE_SHOOTING = re.compile(r"\b(?P<n>double|triple|quadruple)\s+shooting\b", re.IGNORECASE)
#: ... or as the people a report names: "released the names of the four people shot Saturday evening" (not
#: "the two men shot at officers": who fired).
_THE_SHOT = re.compile(
    rf"\bthe\s+(?P<n>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN})\s+(?:shot|wounded)\s+"
    rf"(?=(?:in|on|during|outside|inside|near|early|late|last|overnight|{'|'.join(WEEKDAYS)})\b)",
    re.IGNORECASE)
#: The counts of the shot that a death in the next sentences splits, in the order they are tried.
#: ... or as those someone was one of: "Ellis was one of three people struck when gunfire broke out".
_ONE_OF_THE_SHOT = re.compile(
    rf"\bone\s+of\s+(?:the\s+)?(?P<n>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN})\s+"
    r"(?:who\s+were\s+)?(?:shot|struck|wounded|hit)\b",
    re.IGNORECASE)
_SHOT_COUNTS = (_SHOT_COUNT, _FOUND_SHOT, _SHOT_PEOPLE, _MULTIPLE_SHOOTING, _THE_SHOT, _ONE_OF_THE_SHOT)
_MULTIPLE_LEFT = re.compile(
    rf"\b(?P<n>double|triple|quadruple)\s+shooting\b[^.;,]{{0,40}}?\s(?:left|leaves|leaving)\s+"
    rf"(?P<m>(?:a|an)\s+(?:[\w-]+\s+)?(?:{PERSON_PATTERN})|{COUNT_WORD})"
    rf"(?:\s+(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN}|{PERSON_PATTERN}))?"
    r"\s+dead\b",
    re.IGNORECASE)
#: One person, as a death may name them: "a woman", "an 18-year-old".
_ONE_PERSON = re.compile(r"(?:a|an)\s", re.IGNORECASE)

#: How many sentences after a count of the shot its death may be told; further for a part of
#: them ("One of the victims, a 25-year-old man, died"), which points back to the count itself.
_DEATH_WITHIN = 2
_PART_DEATH_WITHIN = 6
#: The same split with the verb first: "shot two people, killing one" (or "killing a woman"), "struck four
#: people Sunday, killing two of them", and "opened fire on two men, killing one and wounding the other";
#: not "wounding five people and killing one", two sets joined by "and".
_SPLIT_VERB_FIRST = re.compile(
    rf"\b(?:shot|shooting|shoots|struck|striking|strikes|hit|hitting|wounded|wounding)\s+(?:at\s+least\s+)?"
    rf"(?P<n>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN})?[^.;]{{0,60}}?(?<!\band),?\s+"
    rf"(?:killing|fatally\s+wounding)\s+(?P<m>{COUNT_WORD}|(?:a|an)\s+(?:[\w-]+\s+)?(?:{PERSON_PATTERN}))\b"
    rf"|\b(?P<n2>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN}),?\s+killing\s+(?P<m2>{COUNT_WORD})"
    rf"(?:\s+of\s+them)?\s+and\s+(?:wounding|injuring|hurting)\s+the\s+others?\b"
    # "fired into a crowd, hitting four people, one of whom later died"
    rf"|\b(?:shot|shooting|struck|striking|hit|hitting|wounding)\s+(?:at\s+least\s+)?(?P<n3>{COUNT_WORD})\s+"
    rf"(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN}),\s+(?P<m3>{COUNT_WORD})\s+of\s+(?:whom|them)\s+(?:later\s+)?"
    r"(?:died|was\s+killed|were\s+killed)\b",
    re.IGNORECASE)
#: The part told first, as a follow-up tells a death: "One of the four people shot outside a store
#: Thursday has died" (tried before the others, which would take "Thursday" for the dead), or one
#: person told as one of them.
_PART_FIRST = re.compile(
    rf"\b(?P<m4>{COUNT_WORD})\s+of\s+(?:(?:the|those)\s+)?(?P<n4>{COUNT_WORD})\s+(?:[\w-]+\s+)?"
    rf"(?:victims|{PEOPLE_PLURAL_PATTERN})\s+(?:who\s+were\s+)?(?:shot|wounded|struck|hit)\b[^.;]{{0,80}}?\s"
    r"(?:(?:has|have|had)\s+(?:since\s+)?died|(?:later\s+)?died|succumbed|was\s+pronounced\s+dead)\b"
    # "A 15-year-old boy who was among five people shot at a crowded park Sunday evening has died"
    rf"|\b(?P<m5>(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{PERSON_PATTERN}))(?:,\s[^,.;]{{1,40}},)?\s+who\s+was\s+"
    rf"(?:among|one\s+of)\s+(?:the\s+)?(?P<n5>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?:victims|{PEOPLE_PLURAL_PATTERN})\s+"
    r"(?:who\s+were\s+)?(?:shot|wounded|struck|hit)\b[^.;]{0,80}?\s(?:(?:has|have|had)\s+(?:since\s+)?died|died)\b"
    # "He is the only one of the six people wounded in that shooting to die"
    rf"|\bthe\s+only\s+(?P<m6>one)\s+of\s+(?:the\s+)?(?P<n6>{COUNT_WORD})\s+(?:[\w-]+\s+)?"
    rf"(?:victims|{PEOPLE_PLURAL_PATTERN})\s+(?:who\s+were\s+)?(?:shot|wounded|struck|hit)\b[^.;]{{0,60}}?\s"
    r"to\s+(?:die|have\s+died)\b",
    re.IGNORECASE)
#: A headline's one death, up to "after": "Teen dies days after", "UPDATE: Second victim dies after".
_ONE_DIES_AFTER = (rf"^(?:[^.;:]{{0,40}}:\s*)?(?P<m>(?:an?\s+)?(?:[\w-]+\s+)?(?:{PERSON_PATTERN}))\s+"
                   r"(?:dies|died|has\s+died)\s+(?:[\w-]+\s+){0,3}?after\s+")
#: ... told with the shooting's count: "Teen dies days after house party shooting that wounded 4" (one
#: dead, three hurt), "A second person has died after a shooting late Saturday at a party that left seven
#: people shot" (two dead, five hurt) ...
_DIED_AFTER_SHOOTING = re.compile(
    _ONE_DIES_AFTER + rf"(?:[\w'’.-]+\s+){{0,6}}?shooting\s+(?:[\w'’.-]+\s+){{0,10}}?that\s+"
    rf"(?:wounded\s+|injured\s+|hit\s+"
    rf"|left\s+(?={COUNT_WORD}\s+(?:people\s+|[\w-]+\s+)?(?:shot|wounded|injured|hurt)\b))(?P<n>{COUNT_WORD})\b",
    re.IGNORECASE)
#: ... or with the count of the shot right after "after": "Victim dies after 5 shot at Arlington house party"
#: (not "after 2 men shot her": who fired) ...
_DIED_AFTER_SHOT = re.compile(
    _ONE_DIES_AFTER + rf"(?P<n>{COUNT_WORD})\s+(?:people\s+|[\w-]+\s+)?(?:shot|wounded|hit)\b"
    r"(?!\s+(?:her|him|them|a|an|the|his|their)\b)", re.IGNORECASE)
#: ... or in the headline's next clause: "Man dies after shooting outside nightclub; 7 people shot in
#: all", "Victim dies after Thursday night shooting; total now 5 shot".
_DIED_THEN_COUNT = re.compile(
    _ONE_DIES_AFTER + rf"[^.;]{{0,80}}?;\s+(?:[\w-]+\s+){{0,2}}?(?P<n>{COUNT_WORD})\s+(?:people\s+)?(?:were\s+)?shot\b",
    re.IGNORECASE)

#: The splits told in one sentence, in the order they are tried.
_ONE_SENTENCE_SPLITS = (_PART_FIRST, _SPLIT, _SPLIT_VERB_FIRST, _MULTIPLE_LEFT, _DIED_AFTER_SHOOTING, _DIED_AFTER_SHOT,
                        _DIED_THEN_COUNT)

#: One more after a count, told by its ordinal: "Two people were killed and a third was wounded",
#: "three were wounded and a fourth died", "left two men dead and a third wounded", "Two victims were taken
#: to Regional Medical Center, and a third was treated at the scene". (An ordinal alone,
#: "a second was injured", was tried and dropped: it counted an officer hurt by debris.)
_ONE_MORE = re.compile(
    rf"\b(?P<n>{COUNT_WORD})\s+(?:[\w-]+\s+)?(?:{PEOPLE_PLURAL_PATTERN}\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+"
    rf"(?P<first>(?:\w+ly\s+)?(?:killed|shot|wounded|injured|hurt)|{HOSPITAL_TRIP})|(?<=\s)(?P<dead>dead))\b"
    rf"[^.;]{{0,40}}?,?\s+and\s+(?P<m>a\s+(?P<ordinal>{ORDINAL_PATTERN}))(?:\s+(?:person|victim|man|woman))?\s+(?:was\s+)?"
    r"(?P<verb>(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot|grazed|hit|struck|died)"
    # "treated at the scene", not "treated for cuts from broken glass"
    r"|treated(?!\s+for\s+(?!(?:a\s+|multiple\s+)?(?:gunshot|bullet)))|(?:taken|rushed)\s+to)\b"
    + NOT_BY_GUNFIRE,
    re.IGNORECASE)


#: A death told by its ordinal, which counts the dead so far: "a second victim", "Third man".
_ORDINAL_DEAD = re.compile(rf"(?:an?\s+)?({ORDINAL_PATTERN})\s+(?:{PERSON_PATTERN})", re.IGNORECASE)


class _Stated(NamedTuple):
    """Where a count is stated: its sentence, the match in it, and the match group holding the count."""

    sentence: Span
    match: re.Match[str]
    group: str


def find_splits(text: str, background: set[Span]) -> list[CasualtyMention]:
    """ "N were shot, M fatally" (or "shot N people, killing M", or "N people were shot. One died."): M
    killed and N - M injured, one pair per sentence; a death in a ``background`` sentence (another
    incident's, :func:`~summarizer.rules.scope.background_sentences`) splits nothing."""
    found: list[CasualtyMention] = []
    sentences = sentence_spans(text)
    for i, sentence in enumerate(sentences):
        count_at, claims = _one_sentence_split(text, sentence)
        if claims:
            found += _with_one_more(text, sentence, count_at, claims)
        elif (shot := next(filter(None, (p.search(sentence.text) for p in _SHOT_COUNTS)), None)) is not None:
            others = _OTHERS.match(sentence.text, shot.end("n")) is not None
            told_first = _FIRST_AND_OTHERS.search(sentence.text[:shot.start("n")]) if others else None
            told = [(k, later, died) for k, later in enumerate(sentences[i + 1:i + 1 + _PART_DEATH_WITHIN])
                    if later not in background
                    and (died := THEN_DIED.match(later.text) or DEAD_ONE.match(later.text)) is not None]
            deaths = [(later, died) for k, later, died in told
                      if k < _DEATH_WITHIN or died.groupdict().get("of") or died.groupdict().get("numbered")]
            named_later = [(later, died) for k, later, died in told  # another name's death, further on
                           if k >= _DEATH_WITHIN and died.groupdict().get("name")]
            above = sentences[max(0, i - _PART_DEATH_WITHIN):i]
            if not deaths and not others:  # an update on top: "UPDATE: The man shot Saturday night has died."
                deaths = [(earlier, died) for earlier in above
                          if earlier not in background and (died := DIED_SINCE_ON_TOP.match(earlier.text)) is not None]
            if not deaths and shot.re is _ONE_OF_THE_SHOT:  # "Keisha Morrow, 29, died ... Morrow ... was one of four people hit"
                deaths = named_dead_before(above, sentence.text[:shot.start()], background)
            death = deaths[0] if deaths else None
            if death is not None and others and not _of_the_others(death[1], told_first):
                death = None  # "A man was killed and two others hurt. A 24-year-old man died": the man killed
            if death is not None:
                also_dead = [_Stated(*d, "m") for d in more_deaths(death[1], [*deaths[1:], *named_later])]
                if _one_died(death[1]):
                    also_dead += [_Stated(*d, "m") for d in ordinal_on_top(above, background, 1 + len(also_dead))]
                later_claims = _split(text, _Stated(sentence, shot, "n"), _Stated(*death, "m"), also_dead)
                found += later_claims if told_first is None else _with_first(text, sentence, told_first, later_claims)
        for more in _ONE_MORE.finditer(sentence.text):
            if not _is_next(more) or claims:
                continue
            first = "killed" if more.group("dead") else verb_kind(more.group("first"))
            then = verb_kind(more.group("verb"))
            if first == then:  # "Three men were shot and a fourth was grazed": four
                found.append(CasualtyMention(
                    kind=first, civilians=False, claimed_by=source_of(sentence), sentence=sentence,
                    number=counted(text, sentence.start + more.start("n"), sentence.start + more.end("m"), _ordinals(more))))
            else:
                found += [_claim(text, first, _Stated(sentence, more, "n"), _ordinals(more) - 1),
                          _claim(text, then, _Stated(sentence, more, "m"), 1)]
    return found


def _one_sentence_split(text: str, sentence: Span) -> tuple[int, list[CasualtyMention]]:
    """The first split told in ``sentence`` whose words are counts: where its count of the shot starts in
    the sentence, and its claims (none if there is no such split), with the gunman who "was himself
    shot and killed" after it among his kind. A match whose words are no counts gives way to the next
    form: in "A gunman who shot two people, killing one, ... was himself shot and killed" the first
    form reads "himself shot and killed"."""
    for pattern in _ONE_SENTENCE_SPLITS:
        if (split := pattern.search(sentence.text)) is None:
            continue
        pairs = (("n", "m"), ("n2", "m2"), ("n3", "m3"), ("n4", "m4"), ("n5", "m5"), ("n6", "m6"))
        n, m = next(((n, m) for n, m in pairs
                     if split.groupdict().get(n)), ("n", "m"))
        if claims := _split(text, _Stated(sentence, split, n), _Stated(sentence, split, m)):
            # ... and the one who shot them, "himself shot and killed": one more of his kind
            shooter = HIMSELF_SHOT.search(sentence.text)
            if shooter is not None and shooter.end("who") <= split.start(n) < shooter.start("first"):
                claims = _with_first(text, sentence, shooter, claims, told_by="who")
            return split.start(n), claims
    return 0, []


def _with_one_more(text: str, sentence: Span, count_at: int, claims: list[CasualtyMention]) -> list[CasualtyMention]:
    """A split's claims, with one more told by its ordinal after them ("Three people were shot, one of
    them fatally, and a fourth was grazed": one killed, three hurt) added to its kind's claim."""
    more = next((o for o in _ONE_MORE.finditer(sentence.text) if o.start("n") == count_at and _is_next(o)), None)
    if more is None:
        return claims
    kind = verb_kind(more.group("verb"))
    if (of_kind := _counted_of(claims, kind)) is None:
        return [*claims, _claim(text, kind, _Stated(sentence, more, "m"), 1)]
    same, best = of_kind
    grown = same.model_copy(update={"number": counted(text, same.number.span.start, sentence.start + more.end("m"),
                                                      best + 1)})
    return [grown if c is same else c for c in claims]


def _counted_of(claims: list[CasualtyMention], kind: CasualtyKind) -> tuple[CasualtyMention, int] | None:
    """The split's single count of ``kind`` and its value, which one more person of that kind adds to."""
    same = next((c for c in claims if c.kind == kind and not c.parts), None)
    if same is None or same.number.count is None or same.number.count.best is None:
        return None
    return same, same.number.count.best


def _of_the_others(died: re.Match[str], told_first: re.Match[str] | None) -> bool:
    """A death told after "someone ... and N others" is one of the others' when it is told as a count
    ("One of them died"), not as a person, who may be the one told first."""
    return told_first is not None and not _one_died(died)


def _one_died(died: re.Match[str]) -> bool:
    """The death is one person's, by name or as "a/an ..." ("A 22-year-old man died")."""
    return one_named(died) is not None or _ONE_PERSON.match(died.group("m")) is not None


def _with_first(text: str, sentence: Span, first: re.Match[str],
                claims: list[CasualtyMention], told_by: str = "first") -> list[CasualtyMention]:
    """The others' split with the one told before them added to their kind's claim: "A man was killed
    and two others were wounded. One of them died." is two killed and one hurt. The one is stated by
    the match up to the end of its group ``told_by``."""
    if not claims:
        return []
    kind = verb_kind(first.group("first"))
    one = counted(text, sentence.start + first.start(), sentence.start + first.end(told_by), 1)
    if (of_kind := _counted_of(claims, kind)) is None:
        return [*claims, CasualtyMention(kind=kind, number=one, civilians=False, claimed_by=source_of(sentence),
                                         sentence=sentence)]
    same, best = of_kind
    value = best + 1
    number = NumberMention(span=make_span(text, one.span.start, same.number.span.end), unit_hint=None, count=CountRange(
        low=value, high=value, best=value, qualifier="exact", text=f"{one.span.text} … {same.number.span.text}"))
    return [same.model_copy(update={"number": number, "parts": (one.span, same.number.span)}) if c is same else c
            for c in claims]


def with_the_shooter(text: str, numbered: list[CasualtyMention]) -> list[CasualtyMention]:
    """Counts told inside the shooter's own clause, with the shooter who "was himself shot" added where he
    is of their kind: "A man who opened fire in a parking lot, wounding two people, was himself shot by
    an officer" is 3 injured (a split's counts get him in :func:`_one_sentence_split`)."""
    grown = []
    for m in numbered:
        shooter = HIMSELF_SHOT.search(m.sentence.text)
        at = m.number.span.start - m.sentence.start
        if shooter is not None and shooter.end("who") <= at < shooter.start("first") \
                and verb_kind(shooter.group("first")) == m.kind:
            m = _with_first(text, m.sentence, shooter, [m], told_by="who")[0]
        grown.append(m)
    return grown


def _ordinals(more: re.Match[str]) -> int:
    return ORDINALS[more.group("ordinal").lower()]


def _is_next(more: re.Match[str]) -> bool:
    """The ordinal follows the count: "two ... and a third", not "two ... and a fifth"."""
    count = parse_count(more.group("n"))
    return count is not None and count.best is not None and count.best + 1 == _ordinals(more)




def _split(text: str, shot_at: _Stated, fatal_at: _Stated, more: list[_Stated] | None = None) -> list[CasualtyMention]:
    """M killed and N - M injured, from where N people shot and M dead are stated (M counting the
    ``more`` deaths told after the first)."""
    shot_words, fatal_words = shot_at.match.group(shot_at.group), fatal_at.match.group(fatal_at.group)
    named = one_named(fatal_at.match) is not None
    one_person = named or re.fullmatch(AGE_WORD, fatal_words) or _ONE_PERSON.match(fatal_words) \
        or re.fullmatch(PERSON_PATTERN, fatal_words, re.IGNORECASE) \
        or _ORDINAL_DEAD.fullmatch(fatal_words)  # a headline's "Teen dies after ...", "Second victim dies after ..."
    # "4 men shot while playing dice; 19-year-old killed", "a woman died", "A man, 31, died" (31 is an age),
    # "Brown was shot in the chest and died" (a name)
    shot_words = _MULTIPLE.get(shot_words.lower(), "two" if shot_words.lower() == "both" else shot_words)
    shot = parse_count(shot_words)  # "Both victims were taken ...", "a double shooting"
    fatal = parse_count("one" if one_person else fatal_words)
    if re.match(r"(?i:both|all)\b", fatal_words):
        fatal = shot  # "found two men with gunshot wounds. Both were pronounced dead"
    if not (shot and fatal and shot.best is not None and fatal.best is not None):
        return []
    dead = fatal.best + len(more or [])
    if one_person and not named and (ordinal := _ORDINAL_DEAD.fullmatch(fatal_words)) is not None:
        # "A second victim died after a shooting that wounded five": two dead so far
        dead = max(dead, ORDINALS[ordinal.group(1).lower()])
    if shot.best < dead:
        return []
    if shot.best == dead:
        return [_all_died(text, shot_at, fatal_at, dead)]
    killed = _claim(text, "killed", fatal_at, dead) if not more else _told_apart(text, [fatal_at, *more])
    return [killed, _claim(text, "injured", shot_at, shot.best - dead)]


def _told_apart(text: str, deaths: list[_Stated]) -> CasualtyMention:
    """One claim of the dead told one by one ("Victim #1 ... Victim #2"), each person a part."""
    number, parts = _stated_in_parts(text, sorted(deaths, key=lambda at: at.sentence.start), len(deaths))
    return CasualtyMention(kind="killed", civilians=False, claimed_by=source_of(deaths[0].sentence),
                           sentence=deaths[0].sentence, number=number, parts=parts)


def _all_died(text: str, shot_at: _Stated, fatal_at: _Stated, value: int) -> CasualtyMention:
    """Everyone shot died ("found two men with gunshot wounds. Both were pronounced dead"): one
    claim of the dead, stated by both counts, in the sentence of the shot (whose count it replaces)."""
    number, parts = _stated_in_parts(text, (shot_at, fatal_at), value)
    return CasualtyMention(kind="killed", civilians=False, claimed_by=source_of(fatal_at.sentence),
                           sentence=shot_at.sentence, number=number, parts=parts if len(set(parts)) > 1 else ())


def _stated_in_parts(text: str, stated: Sequence[_Stated], value: int) -> tuple[NumberMention, tuple[Span, ...]]:
    """``value`` people stated in parts (each of ``stated``'s words): one number spanning them all, and the parts."""
    parts = tuple(make_span(text, at.sentence.start + at.match.start(at.group),
                            at.sentence.start + at.match.end(at.group)) for at in stated)
    number = NumberMention(span=make_span(text, parts[0].start, parts[-1].end), unit_hint=None, count=CountRange(
        low=value, high=value, best=value, qualifier="exact", text=" … ".join(dict.fromkeys(p.text for p in parts))))
    return number, parts


def _claim(text: str, kind: CasualtyKind, at: _Stated, value: int) -> CasualtyMention:
    """``value`` people of ``kind``, stated where ``at`` says."""
    base = at.sentence.start
    return CasualtyMention(kind=kind, civilians=False, claimed_by=source_of(at.sentence), sentence=at.sentence,
                           number=counted(text, base + at.match.start(at.group), base + at.match.end(at.group), value))
