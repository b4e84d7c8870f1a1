"""Victims a story counts one by one: "a 20-year-old man was shot ... a woman was grazed" is two injured.

Local news often states no total. It reports each victim in a clause of their own, and each such
clause is a one-person claim (:mod:`summarizer.rules.victims`). Several of them may be one person
told twice: the headline's "Man shot", the lede's "a 25-year-old man", the later "Smith was hit".
Two mentions are different people only when the text tells them apart (:mod:`summarizer.rules.people`):
different ages, sexes,
names or roles (the officer and the suspect; a name the story says fired, "Doe opened fire at
Sgt. Moe", is the suspect's), an ordinal ("a second man was wounded") or "another" ("Another man
arrived at the hospital with a gunshot wound": the mentions are victims, so "another" is one
beyond them, unless the story counts someone of the other kind it may be told against: "A man was
killed and another was wounded ... Another man, 22, was taken to a hospital" is one wounded;
"another man" who fired or argued is no victim mention at all). Every other pair is
taken as the same person, so a tally errs low, as a conservative count should.

The same reading counts a victim told after a stated count as someone beyond it
(:func:`added_victims`: "two people were wounded ... a third victim"), and a suspect the story
says was killed or hurt (:mod:`summarizer.rules.suspects`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from summarizer.rules.casualties import CasualtyMention
from summarizer.models.schemas import CasualtyKind
from summarizer.rules.numbers import CountRange, NumberMention
from summarizer.rules.people import ANOTHER, ROLES, distinct_people, gunmen, ordinal_of, surname, who
from summarizer.rules.spans import Span, make_span

def figure(claims: Sequence[CasualtyMention]) -> int | None:
    """The largest of ``claims``' figures (0 for none; the others are parts of it: "Four people were
    shot. Two of the victims ..."), or None where one is not exact."""
    if any(m.number.count.qualifier != "exact" or m.number.count.best is None for m in claims):
        return None
    return max((m.number.count.best or 0 for m in claims), default=0)


#: An update told above the story it updates: "Police now say a fourth person was shot".
UPDATE_NOW = re.compile(r"\bnow\s+(?:say|says|said|report|reports|confirm|confirms)\b", re.IGNORECASE)


def added_victims(text: str, kind: CasualtyKind, stated: Sequence[CasualtyMention], singles: Sequence[CasualtyMention]) \
        -> CasualtyMention | None:
    """One claim for a stated count of ``kind`` and the victims told after it as people beyond
    everyone counted ("Police said two people were wounded. A third victim later showed up at a
    hospital." is 3 injured), or told above it as an update ("Police now say a fourth person was
    shot" above "A man is dead and two others are hurt"), or None.

    ``stated`` are the numbered killed and injured claims (each kind's largest figure is its total),
    ``singles`` the one-victim killed and injured claims. An ordinal counts every victim so far:
    after "a man was killed and two others were wounded", "a fourth person" is one more injured,
    and after "3 dead, 1 injured" "a fourth man" is the injured one; after a group told as one subject
    ("Two officers, suspect wounded"), "the second officer" is one of it. ("Also" is no such sign: "X was
    also killed" often names one of those counted.)
    """
    of_kind = [m for m in stated if m.kind == kind]
    base, other = figure(of_kind), figure([m for m in stated if m.kind != kind])
    if not of_kind or base is None or other is None:
        return None
    other = other or distinct_people([m.number.span.text for m in singles if m.kind != kind])
    first = min(m.number.span.start for m in of_kind)
    # a group told as one subject counts as many ("Two Reno officers, suspect wounded ... The second officer")
    told = max([base, *(m.number.count.best or 0 for m in singles if m.kind == kind)])
    extra = [m for m in singles if m.kind == kind and m.number.count.best == 1
             and (m.number.span.start > first or UPDATE_NOW.search(m.sentence.text))
             and (ordinal := _ordinal(text, m)) is not None and ordinal > told + other]
    if not extra:
        return None
    ordered = sorted([*of_kind, *extra], key=lambda m: m.number.span.start)
    # the ordinal itself says how many came before: "Two women were also struck ... a fifth victim"
    # (after two others told one by one) is the fifth of those shot, not the third
    told_before = max(_ordinal(text, m) or 0 for m in extra) - other
    return joined(text, ordered, max(base + distinct_people([m.number.span.text for m in extra]), told_before))


#: An ordinal set beside the person it names: "a third patron, a 51-year-old man, had suffered a graze".
_APPOSED_ORDINAL = re.compile(r"\b(?:a|an|the)\s+(?P<ordinal>\w+)\s+[\w-]+,\s*$", re.IGNORECASE)


def _ordinal(text: str, mention: CasualtyMention) -> int | None:
    """The ordinal that numbers a one-person mention, in its words or set beside them."""
    if (ordinal := ordinal_of(mention.number.span.text)) is not None:
        return ordinal
    apposed = _APPOSED_ORDINAL.search(text, max(0, mention.number.span.start - 40), mention.number.span.start)
    return ordinal_of(apposed.group("ordinal")) if apposed is not None else None


def one_and_another(text: str, numbered: Sequence[CasualtyMention], singles: Sequence[CasualtyMention]) \
        -> list[CasualtyMention]:
    """``numbered`` with each "one" joined to "another" of its kind told after it in its sentence ("left
    one man grazed by a bullet and another with a gunshot wound to the arm" is 2 injured)."""
    paired: list[CasualtyMention] = []
    for m in numbered:
        other = next((s for s in singles if s.kind == m.kind and s.sentence == m.sentence
                      and s.number.span.start > m.number.span.end and s.number.span.text.lower() == "another"),
                     None) if m.number.span.text.lower() == "one" else None
        paired.append(m if other is None else joined(text, [m, other], 2))
    return paired


def in_the_headline(text: str, claims: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """``claims`` with the one-person claims of a kind that the headline (the text's first line) tells of
    two or more people joined in one, where no tally of the story took them: beside a count of the lede,
    "Man shot in leg, another grazed" or "Newark officer shot, suspect killed, grandmother hit by stray
    bullet" is 2 injured, as the lede says. (Further on, a story may tell one person twice in a sentence.)"""
    groups: dict[str, list[CasualtyMention]] = {}  # the headline's one-person claims, by kind
    for m in claims:
        if m.number.count.best == 1 and not m.parts and m.sentence.start == 0 and "\n" in text:
            groups.setdefault(m.kind, []).append(m)
    joined_ = {id(m): tallied for group in groups.values() if len(group) > 1
               and (tallied := _headline_tally(text, group)) is not None for m in group}
    out: list[CasualtyMention] = []
    for m in claims:
        if id(m) not in joined_:
            out.append(m)
        elif joined_[id(m)] not in out:
            out.append(joined_[id(m)])
    return out


#: Words that point back to someone told before ("the man", "his wife", "he"), unlike "grandmother".
_POINTS_BACK = re.compile(r"(?:the|this|that|his|her|their|its|he|she|him|them)\b", re.IGNORECASE)


def _headline_tally(text: str, group: Sequence[CasualtyMention]) -> CasualtyMention | None:
    """:func:`tally` of one line's one-person claims, where each named by a bare or indefinite noun
    is someone new: a headline's "Newark officer shot, suspect killed, grandmother hit by stray bullet"
    tells the officer and the grandmother apart by its clauses alone."""
    fresh = [m for m in group if not _POINTS_BACK.match(m.number.span.text) and surname(m.number.span.text) is None]
    tallied = tally(text, group)
    if len(fresh) < 2 or tallied is not None and (tallied.number.count.best or 0) >= len(fresh):
        return tallied
    return joined(text, sorted(group, key=lambda m: m.number.span.start), len(fresh))


#: A count beyond the count of its kind told before it: "two more victims", "three additional people".
_MORE = re.compile(r"\s+(?:more|additional)\b", re.IGNORECASE)
#: In the clause of "N more", words that put them in other shootings: "3 more shot overnight in
#: Columbus", "two more were wounded elsewhere in the city", "... in separate shootings".
_ELSEWHERE = re.compile(r"[^.;:]{0,40}?\b(?:overnight|elsewhere|across\s+(?:the|town)|in\s+(?:separate|other|"
                        r"unrelated)\s+(?:shootings|incidents|attacks))\b", re.IGNORECASE)
_SEPARATE = re.compile(r"[^.;:]{0,40}?\b(?:elsewhere|in\s+(?:separate|unrelated)\s+(?:shootings|incidents|attacks))\b",
                       re.IGNORECASE)


def more_elsewhere(text: str, mention: CasualtyMention) -> bool:
    """A count of "N more" told in other shootings than the story's: "Man killed, 2 wounded in bar
    shooting; 3 more shot overnight in Columbus" (a round-up's next, never this event's figure), or of
    "N others" told in separate ones: "Two men killed at park; 3 others wounded in separate shootings"
    ("two others wounded overnight" are the story's own)."""
    end = mention.number.span.end
    return _MORE.match(text, end) is not None and _ELSEWHERE.match(text, end) is not None \
        or _OTHERS.match(text, end) is not None and _SEPARATE.match(text, end) is not None


def more_after(text: str, kind: CasualtyKind, stated: Sequence[CasualtyMention]) -> CasualtyMention | None:
    """One claim for a stated count of ``kind`` and "N more" of that kind told after it ("Three people
    were found wounded, and two more victims walked into a hospital" is 5 injured), told in the
    count's sentence or the next, or None. Only "more": "two other men were wounded" may count again
    some of those told before."""
    of_kind = sorted((m for m in stated if m.kind == kind), key=lambda m: m.number.span.start)
    if not of_kind or figure(of_kind) is None:
        return None
    more = next((m for m in of_kind[1:] if _MORE.match(text, m.number.span.end)), None)
    if more is None or more.sentence.start > of_kind[0].sentence.end + 2:
        return None  # further on, "Two more men were injured ... several hours later" is a round-up's next shooting
    return joined(text, [of_kind[0], more], (of_kind[0].number.count.best or 0) + (more.number.count.best or 0))


#: A count of people beyond those told before it: "two other men", "three others", "2 more people".
_OTHERS = re.compile(r"\s+(?:[\w-]+\s+)?(?:others?|more)\b", re.IGNORECASE)


def others_after(text: str, kind: CasualtyKind, stated: Sequence[CasualtyMention],
                 singles: Sequence[CasualtyMention]) -> CasualtyMention | None:
    """One claim for victims told one by one and then "N others" of the same kind ("A man was shot
    in the leg. Two other men were also wounded." is 3 injured), or None. Only where no count of
    that kind comes before: "Four people were shot ... a man ... and three others" is four; nor where
    the others are told against someone of the other kind ("One man is dead and two others ...")."""
    of_kind = sorted((m for m in stated if m.kind == kind), key=lambda m: m.number.span.start)
    others = next((m for m in of_kind if _OTHERS.match(text, m.number.span.end)), None)
    if others is None or others is not of_kind[0] or others.number.count.qualifier != "exact":
        return None
    if any(m.kind != kind and m.sentence == others.sentence and m.number.span.start < others.number.span.start
           for m in [*stated, *singles]):
        return None  # others than the dead told before them: "One man is dead and two others are hospitalized"
    before = [m for m in singles if m.kind == kind and m.number.span.start < others.number.span.start
              and m.number.count.best == 1]
    if not before:
        return None
    count = distinct_people([m.number.span.text for m in before], (), gunmen(text)) + (others.number.count.best or 0)
    return joined(text, [*before, others], count)


#: The gunman's own death told by the reflexive or possessive of "killing himself", "took his own life".
SELF = re.compile(r"himself|herself|his|her", re.IGNORECASE)
#: Right after a group: those found dead, who hold a gunman who shot himself ("a man and a woman found dead").
FOUND_DEAD = re.compile(r"\s+(?:(?:were|was)\s+)?found\s+dead\b", re.IGNORECASE)


def joined(text: str, ordered: Sequence[CasualtyMention], count: int) -> CasualtyMention:
    """One claim of ``count`` people stated by ``ordered`` mentions: its span runs from the first
    to the last (so its quote holds them all), its ``parts`` are their own spans, and it cites the
    first mention's sentence and source."""
    first = ordered[0]
    span = make_span(text, first.number.span.start, max(m.number.span.end for m in ordered))
    parts: tuple[Span, ...] = tuple(m.number.span for m in ordered)
    number = NumberMention(span=span, unit_hint=None, count=CountRange(
        low=count, high=count, best=count, qualifier="exact", text=" … ".join(p.text for p in parts)))
    return first.model_copy(update={"number": number, "parts": parts})


_INDEFINITE = re.compile(r"(?:a|an|his|her|their)\s", re.IGNORECASE)
#: Someone introduced as one more: "A woman was also hit" (an indefinite person, then "also") ...
_INDEFINITE_ONE = re.compile(r"(?:a|an)\s", re.IGNORECASE)
#: (also hit, not "A 23-year-old woman was also taken to Eskenazi" after the dead man taken there)
_ALSO_AFTER = re.compile(r"\s+(?:(?:was|were)\s+also|also\s+(?:was|were))\s+(?:\w+ly\s+)?"
                         r"(?:shot|hit|struck|wounded|injured|grazed|hurt|killed)\b", re.IGNORECASE)
#: ... or as whom someone also found or treated: "Paramedics also treated a man who had been grazed".
_ALSO_BEFORE = re.compile(r"\balso\s+[a-z]+ed\s+$", re.IGNORECASE)


def tally(text: str, mentions: Sequence[CasualtyMention], elsewhere: Sequence[tuple[str, int]] = ()) \
        -> CasualtyMention | None:
    """One claim for one-victim ``mentions`` of one kind that name two or more people, else None;
    ``elsewhere`` people are counted in claims of the other kind (see :func:`distinct_people`). A
    group ("his wife and her mother") joins only the gunman's own death told in its sentence, unless it
    was found dead (:data:`FOUND_DEAD`).

    Its span runs from the first mention to the last (so its quote holds them all) and its
    ``parts`` are the mentions' own spans; it cites the first mention's sentence and source.
    """
    ordered = sorted(mentions, key=lambda m: m.number.span.start)
    kinds = {m.kind for m in ordered}
    groups = [m for m in ordered if m.number.count.best != 1]
    if len(kinds) != 1:
        return None
    if groups:  # "fatally shot his wife and her mother before killing himself": the group and the gunman
        group, selves = groups[0], [m for m in ordered if m is not groups[0]]
        if len(groups) == 1 and group.number.count.best and selves \
                and not FOUND_DEAD.match(text, group.number.span.end) \
                and all(m.sentence == group.sentence and SELF.fullmatch(m.number.span.text) for m in selves):
            return joined(text, ordered, group.number.count.best + len(selves))
        # people told one by one, then together by name in a later sentence ("killed his wife before
        # turning the gun on himself ... found Ana Ruiz, 34, and Luis Ruiz, 37, dead"): the same people
        if len(groups) == 1 and selves and selves[-1].sentence.end <= group.sentence.start \
                and _people(text, selves, elsewhere) == group.number.count.best:
            return joined(text, selves, group.number.count.best)
        return None
    count = _people(text, ordered, elsewhere)
    return joined(text, ordered, count) if count >= 2 else None


#: The one who fired, right before their object: "a driver who shot another motorist", "a man they say shot",
#: "police say he shot another hunter".
_WHO_SHOT = re.compile(r"\b(?:who|(?:they|police|officers|authorities|investigators)\s+(?:say|said|believe)"
                       r"(?:\s+(?:he|she))?|he|she)\s+(?:shot|fired\s+(?:at|on)|opened\s+fire\s+on)\s+$", re.IGNORECASE)
_THE_OTHER = re.compile(r"^\s*the\s+other\b", re.IGNORECASE)
#: A death told right after its person: "A second person has died", a headline's "Third victim dies".
_DIED_AFTER = re.compile(r"\s+(?:has\s+|had\s+|later\s+)?(?:died|dies)\b", re.IGNORECASE)


def _dead_so_far(text: str, mention: CasualtyMention) -> int | None:
    """The dead a death told by its ordinal counts ("A second person has died": two), else None."""
    ordinal = ordinal_of(mention.number.span.text)
    return ordinal if mention.kind == "killed" and _DIED_AFTER.match(text, mention.number.span.end) else None


def ordinal_dead(text: str, mention: CasualtyMention) -> CasualtyMention:
    """A death told by its ordinal ("A third person has died after a gunman opened fire") counts the dead
    so far: three, the other two perhaps told together further down ("Two men died at the scene")."""
    dead = _dead_so_far(text, mention)
    return mention if dead is None or mention.number.count.best != 1 else joined(text, [mention], dead)


def _role_told_before(before: Sequence[CasualtyMention], mention: CasualtyMention) -> bool:
    """Whether ``mention`` names by a role ("A 58-year-old clerk was also struck") one told before by that
    role ("left one man dead and a store clerk wounded"): "also" is beside the dead, not someone new."""
    noun = mention.number.span.text.split()[-1].lower()
    roles = ROLES["civilian"] | ROLES["police"]
    return noun in roles and any(m.number.span.text.split()[-1].lower() == noun for m in before)


def _told_as_new(text: str, mention: CasualtyMention) -> bool:
    """Whether the text tells this one person as someone besides those before: "a woman was also hit",
    "Paramedics also treated a man", "The suspect was also wounded"."""
    start, end, phrase = mention.number.span.start, mention.number.span.end, mention.number.span.text
    return (_INDEFINITE_ONE.match(phrase) is not None or who(phrase).role == "suspect") and (
        _ALSO_AFTER.match(text, end) is not None or _ALSO_BEFORE.search(text, max(0, start - 30), start) is not None)


def _people(text: str, ordered: Sequence[CasualtyMention], elsewhere: Sequence[tuple[str, int]]) -> int:
    """How many people one-victim mentions in text order name (:func:`distinct_people`)."""
    ordered = list({(m.number.span.start, m.number.span.end): m for m in ordered}.values())  # each mention once
    also = frozenset(i for i, m in enumerate(ordered) if _told_as_new(text, m) and not _role_told_before(ordered[:i], m))
    # "a driver who shot another motorist": another than the one who shot, not than those counted
    against_shooter = [ANOTHER.match(m.number.span.text) is not None
                       and _WHO_SHOT.search(text, m.sentence.start, m.number.span.start) is not None for m in ordered]
    phrases = [ANOTHER.sub("a", m.number.span.text, count=1) if against else m.number.span.text
               for m, against in zip(ordered, against_shooter)]
    # ... and "the other man" after it is that one again: "he shot another hunter ... striking the other man"
    phrases = [_THE_OTHER.sub("the", phrase, count=1) if any(against_shooter[:i]) else phrase
               for i, phrase in enumerate(phrases)]
    count = distinct_people(phrases, elsewhere, gunmen(text), also)
    # "A second person has died": the dead are two, the first perhaps told by name below
    count = max([count, *(n for m in ordered if (n := _dead_so_far(text, m)))])
    # "A man was shot in the leg and a teenager was shot in the hand", "A man was shot in the arm while his
    # friend was shot in the leg": each "a" of one sentence is someone new, and so is someone's relative
    indefinite = Counter(m.sentence.start for m in {m.number.span.start: m for m in ordered}.values()
                         if _INDEFINITE.match(m.number.span.text))
    return max(count, *indefinite.values()) if indefinite else count

