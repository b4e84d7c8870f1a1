"""Figures a story corrects: a first report that a later count replaces, and the parts a running total
told after them adds up. The reader takes the story's last word on a count, not its first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.rules.casualties import FIRST_REPORT, CasualtyMention
from summarizer.rules.gunman_death import KILLED_BY_POLICE
from summarizer.rules.numbers import parse_count
from summarizer.rules.victim_claims import counted

#: The words before a running total: "bringing the number of wounded to", "the death toll rose to",
#: "Police have revised the number of people shot to", or an update's "Milwaukee police now say (nine
#: people were shot)".
_RUNNING_TOTAL = re.compile(
    r"(?:(?:\b(?:bring(?:s|ing)?|brought|rais(?:es|ed|ing)|push(?:es|ed|ing)?|revis(?:es|ed|ing)|updat(?:es|ed|ing))"
    r"\s+the\s+(?:death\s+)?"
    r"(?:number|toll|total|count)\b|\b(?:toll|number|total|count)\b[^.;]{0,30}?\b(?:rose|has\s+risen|climbed|grew))"
    r"[^.;]{0,30}?\bto\s+|\bnow\s+(?:say|says|said|report|reports|confirm|confirms)\s+(?:that\s+)?)$", re.IGNORECASE)
#: A first report that a later one corrects: "Police initially said three people were shot."
_FIRST_REPORT = re.compile(FIRST_REPORT, re.IGNORECASE)


def first_report(text: str, claim: CasualtyMention) -> bool:
    """Whether ``claim`` is told as a first report's figure ("Police initially reported that six people
    had been shot"), which a count told later, or the victims told one by one, replace; not where a
    death since has split it and nothing says it was revised (:func:`_split_since`)."""
    return _FIRST_REPORT.search(text, claim.sentence.start, claim.number.span.start) is not None \
        and not (_split_since(claim) and not _REVISED.search(text))


def superseded(text: str, claims: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """``claims`` without the figures the story corrects: a first report's, where another count of its
    kind is told, after it ("Police initially said three people were shot. LMPD now says two people were
    struck") or in the lede above ("wounding an officer and a bystander ... Police initially said three
    people were wounded"), and no death since has split it (:func:`_split_since`),
    the parts a running total told after them adds up ("A man and two women were wounded ... a
    16-year-old walked into a hospital ..., bringing the number of wounded to four": 4 injured; of the
    shot, less the dead told before: "Six people were shot, one of them fatally ... bringing the number
    of people shot to seven": 6 injured), and a count of the shot that a later sentence tells as dead
    and hurt (:func:`_both_kinds`)."""
    kept = [m for m in claims if not (
        first_report(text, m) and any(o.kind == m.kind and o.sentence != m.sentence for o in claims))]
    kept = [m for m in kept if not _both_kinds(text, m, kept)]
    kept = [_less_the_dead(text, m, kept) for m in kept]
    for total in list(kept):
        if (running := _RUNNING_TOTAL.search(text, total.sentence.start, total.number.span.start)) is None \
                or not total.number.count.best:
            continue
        dead = max((m.number.count.best or 0 for m in kept if m.kind == "killed"
                    and m.number.span.start < total.number.span.start), default=0)
        if _OF_THE_SHOT.search(running.group()) and 0 < dead < total.number.count.best:
            # "Six people were shot, one of them fatally ... bringing the number of people shot to seven": 6 hurt
            hurt = total.model_copy(update={"number": counted(text, total.number.span.start, total.number.span.end,
                                                              total.number.count.best - dead)})
            kept = [hurt if m is total else m for m in kept]
            total = hurt
        kept = [m for m in kept if m is total or m.kind != total.kind or m.number.span.start > total.number.span.start
                or (m.number.count.best or 0) >= (total.number.count.best or 0)]
    return kept


#: A story that says a count was changed: "Police have revised the number of people hurt".
_REVISED = re.compile(r"\b(?:revised?|revising|corrected|now\s+says?)\b", re.IGNORECASE)


def _split_since(claim: CasualtyMention) -> bool:
    """Whether a first report's count of the shot is already split by a death told after it, so holds
    fewer than its words ("Police initially said four people were shot ... Tillman later died": 3
    hurt): where the story says no count was revised (:data:`_REVISED`), what changed since is that
    death, not the count."""
    words = parse_count(claim.number.span.text)
    return words is not None and words.best != claim.number.count.best


#: A running total of everyone shot, the dead among them: "bringing the number of people shot to".
_OF_THE_SHOT = re.compile(r"\bpeople\s+shot\b", re.IGNORECASE)


#: The shot, whatever became of them: "three people were shot", "were both struck", "found three people
#: with gunshot wounds" (not "shot and killed", "shot dead").
#: After "shot": not "shot and killed", "shot dead", "shot to death".
_NOT_KILLED = r"(?!\s+(?:and\s+killed|dead|to\s+death))"
_WERE_SHOT = re.compile(r"[^.;]{0,25}?\b(?:(?:were|have\s+been|had\s+been)\s+(?:both\s+)?(?:shot|hit|struck)\b"
                        + _NOT_KILLED
                        + r"|(?:with|suffering\s+from)\s+(?:(?:apparent|multiple)\s+)?gunshot\s+wounds\b)", re.IGNORECASE)

#: A count of the shot told as a group someone belongs to: "Holloway was (one of two) men shot".
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SHOT_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+(?:shot|hit|struck)\b" + _NOT_KILLED, re.IGNORECASE)


def _both_kinds(text: str, shot: CasualtyMention, claims: Sequence[CasualtyMention]) -> bool:
    """A count of the shot read as hurt that later sentences tell as dead and hurt in all ("Police
    now say three people were shot. ... A 20-year-old man was killed and two other people were
    wounded"; "four people were hit ... Sims died ... The three other victims were in stable
    condition"): the total of both kinds, not a count of the hurt. The hurt are told with the dead,
    or after them as the ones left (:data:`_THE_REST`)."""
    if not _of_the_shot(text, shot):
        return False
    later = [m for m in claims if m.sentence.start > shot.sentence.start and m.number.count.best]
    return any(dead.kind == "killed" and hurt.kind == "injured"
               and (hurt.sentence == dead.sentence
                    or hurt.sentence.start > dead.sentence.start and _told_as_the_rest(text, hurt))
               and (dead.number.count.best or 0) + (hurt.number.count.best or 0) == shot.number.count.best
               for dead in later for hurt in later)


def _less_the_dead(text: str, shot: CasualtyMention, claims: Sequence[CasualtyMention]) -> CasualtyMention:
    """A count of the shot read as hurt, less the dead the story told before it: "A man who was shot
    ... has died ... Inside, they found two men who had been shot" is one hurt (a gunman police shot dead
    is none of them). Not a count told as
    others ("two other men had been shot") or as a part of a list ("Diana Gomez, 27, and her two
    children who were shot": the shot are three), nor one the dead are not fewer than."""
    if _split_since(shot):  # split already by a death told after it: "Three men were struck ... But Hollis ... died"
        return _less_the_toll(text, shot, claims)
    if not _of_the_shot(text, shot) \
            or _LIST_PART.search(text, max(shot.sentence.start, shot.number.span.start - 30), shot.number.span.start):
        return shot
    # not a gunman police shot dead: "A man who opened fire ... was shot and killed by an off-duty police
    # officer ... Two people were hit" is two hurt
    dead = max((m.number.count.best or 0 for m in claims
                if m.kind == "killed" and m.number.span.end <= shot.number.span.start
                and not KILLED_BY_POLICE.search(m.sentence.text)), default=0)
    best = shot.number.count.best or 0
    if not 0 < dead < best:
        return shot
    return shot.model_copy(update={"number": counted(text, shot.number.span.start, shot.number.span.end, best - dead)})


def _less_the_toll(text: str, shot: CasualtyMention, claims: Sequence[CasualtyMention]) -> CasualtyMention:
    """A count of the shot that deaths told after it split, less the death toll an update above it
    raised, where that toll is more than the deaths the split took: "A man wounded ... has died, raising
    the death toll to two ... They found four men with gunshot wounds ... Brooks died at the scene" is
    two hurt, not three (the update's death is one of the four, told before them)."""
    words = parse_count(shot.number.span.text)
    if words is None or words.best is None:
        return shot
    toll = max((m.number.count.best or 0 for m in claims if m.kind == "killed"
                and m.number.span.end <= shot.number.span.start
                and _RUNNING_TOTAL.search(text, m.sentence.start, m.number.span.start)), default=0)
    if not 0 < words.best - (shot.number.count.best or 0) < toll < words.best:
        return shot
    return shot.model_copy(update={"number": counted(text, shot.number.span.start, shot.number.span.end,
                                                     words.best - toll)})


#: A count that is a list's last part: "Diana Gomez, 27, and her two children".
_LIST_PART = re.compile(r"\b(?:and|with)\s+(?:his|her|their)\s+$", re.IGNORECASE)
#: The hurt told as those left after the dead: "The three other victims", "the remaining two".
_THE_REST = re.compile(r"\b(?:other|others|remaining|surviving)\b", re.IGNORECASE)


def _told_as_the_rest(text: str, claim: CasualtyMention) -> bool:
    """Whether the words around the count tell its people as those left (:data:`_THE_REST`)."""
    start, end = claim.number.span.start, claim.number.span.end
    return _THE_REST.search(text, max(claim.sentence.start, start - 15), end + 15) is not None


def _of_the_shot(text: str, claim: CasualtyMention) -> bool:
    """A count of the shot read as hurt (:data:`_WERE_SHOT`, :data:`_ONE_OF`), not told as the rest of them
    ("One man is dead and three other people were shot" is already the hurt)."""
    return claim.kind == "injured" and bool(claim.number.count.best) and not _told_as_the_rest(text, claim) \
        and (_WERE_SHOT.match(text, claim.number.span.end) is not None
             or _ONE_OF.search(text, claim.sentence.start, claim.number.span.start) is not None
             and _SHOT_AFTER.match(text, claim.number.span.end) is not None)
