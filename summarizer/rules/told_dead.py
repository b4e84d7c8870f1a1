"""The hurt whom a story tells dead too, and the gunman told among the hurt who shot himself.

A story often tells one victim twice: hurt where the shooting is told ("shot his wife"), dead where
the outcome is ("killed his estranged wife and then turned the gun on himself"). Counting both would
count one person as hurt and dead; :func:`told_dead` keeps the death.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.rules.attribution import sentence_spans
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import KIN_ALTERNATIVES, LIST_SEPARATOR, ORDINAL_PATTERN
from summarizer.rules.numbers import CountRange, NumberMention
from summarizer.rules.people import surname
from summarizer.rules.spans import make_span

#: An age before a name: "28-year-old Marcus Trent" (a tally takes such a mention as an age, not a name).
_LEADING_AGE = re.compile(r"^\d{1,3}-year-old\s+")

_LIST_SPLIT = re.compile(LIST_SEPARATOR)
#: A relative a death names: "His stepfather, Michael Dunning, 49,", "killed wife, son" (not "his son's").
_KIN_WORD = re.compile(rf"\b(?:{KIN_ALTERNATIVES})\b(?!['’]s)", re.IGNORECASE)
#: The gunman, where he shot himself.
_SELVES = ("himself", "herself")
#: Someone and a relative, as one group: "he and his cousin", "she and her son".
_HE_AND = re.compile(r"(?:he|she)\s+and\s+(?P<other>(?:his|her)\s+[\w-]+)", re.IGNORECASE)

#: The one shot and the one who shot told dead together after: "... officers found both dead inside", "Akers
#: then shot himself. All three were dead when officers arrived."
_BOTH_DEAD = re.compile(r"\b(?:both|all\s+(?:three|four|five|six|\d+))\s+(?:of\s+them\s+)?(?:(?:were|was)\s+)?"
                        r"(?:found\s+)?(?:dead|died|deceased)\b", re.IGNORECASE)

#: ... unless the story says the one shot lived: "... before killing himself. The woman survived."
_LIVED = re.compile(r"\b(?:survived|condition|treated|recovering|hospitali[sz]ed|released)\b", re.IGNORECASE)


def told_dead(text: str, claims: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """``claims`` without the hurt whom the story tells dead too: the same people in the same words
    ("his wife … himself" killed in the lede, then "shot his wife and then shot himself"), a gunman
    and whom he shot after as many dead were told ("An elderly couple died ... he shot his wife and
    then shot himself"), one person shot and later told dead by name ("shot 30-year-old Jose
    Arellano ... Arellano ... died"), one shot where both are found dead right after ("shot his wife ...
    found both dead") or where the gunman shot himself next after as many dead were told, or someone and
    a relative told dead ("Adrian Salcedo died ...
    after he and his cousin were shot ... His cousin ... was pronounced dead"); and without the
    gunman and the relatives counted dead (:func:`_less_the_told_dead`)."""
    dead = [m for m in claims if m.kind == "killed"]
    sentences = sentence_spans(text)

    def _next_end(hurt: CasualtyMention) -> int:
        """Where the sentence after ``hurt``'s ends (its own end where it is the last)."""
        return next((s.end for s in sentences if s.start >= hurt.sentence.end), hurt.sentence.end)

    def dead_too(hurt: CasualtyMention) -> bool:
        parts = hurt.number.count.text.lower().split(" … ")
        if len(parts) > 1:  # people told in parts ("his wife … himself"), not a bare "two" beside a killed "two"
            same_words = any(k.number.count.text.lower() == " … ".join(parts) for k in dead)
            gunman_too = parts[-1] in _SELVES and any(
                (k.number.count.best or 0) >= (hurt.number.count.best or 0) and k.sentence.start < hurt.sentence.start
                for k in dead)  # "An elderly couple died ... Police say he shot his wife and then shot himself"
            if same_words or gunman_too:
                return True
        after = (hurt.number.span.end, _next_end(hurt))  # the rest of its sentence and the next one
        if hurt.number.count.best == 1 and not _LIVED.search(text, *after) and (
                _BOTH_DEAD.search(text, *after) is not None  # "... found both dead"
                or any(k.number.span.text.lower() in _SELVES and k.sentence == hurt.sentence
                       and k.number.span.start > hurt.number.span.end for k in dead)
                and any((k.number.count.best or 0) >= 2 and k.number.span.end < hurt.number.span.start
                        for k in dead)):
            return True  # "A man and a woman found dead ... the husband shot his wife before turning the gun on himself"
        if (pair := _HE_AND.fullmatch(hurt.number.span.text)) is not None:  # "he and his cousin were shot"
            told = {p.lower() for k in dead for p in [k.number.span.text, *k.number.count.text.split(" … ")]}
            if pair.group("other").lower() in told and \
                    max([len(dead), *(k.number.count.best or 0 for k in dead)]) >= (hurt.number.count.best or 0):
                return True
        if _kin_told_dead(hurt, dead):  # "killed his estranged wife ... shot his wife before killing himself"
            return True
        if _the_same_ordinal(hurt, dead):  # "a third man with multiple gunshot wounds ... The third man ... died"
            return True
        name = surname(_LEADING_AGE.sub("", hurt.number.span.text))  # "28-year-old Marcus Trent"
        return name is not None and hurt.number.count.best == 1 and any(
            k.number.count.best == 1 and k.number.span.start > hurt.number.span.start
            and surname(k.number.span.text) == name for k in dead)

    kept = [m if m.kind != "injured" else _less_the_told_dead(text, m, dead) for m in claims
            if m.kind != "injured" or not dead_too(m)]
    return [m for m in kept if m is not None]


#: One relative: "his wife", "her estranged husband".
_KIN = re.compile(r"(?P<owner>his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)", re.IGNORECASE)


def _kin_tells(phrase: str) -> tuple[str, str] | None:
    kin = _KIN.fullmatch(phrase)
    return (kin.group("owner").lower(), kin.group("noun").lower()) if kin is not None else None


def _kin_told_dead(hurt: CasualtyMention, dead: Sequence[CasualtyMention]) -> bool:
    """Whether the one relative shot (``hurt``: "shot his wife") is the one a death told before names
    the same way ("killed his estranged wife and then turned the gun on himself")."""
    if hurt.number.count.best != 1 or (kin := _kin_tells(hurt.number.span.text)) is None:
        return False
    return any(k.number.span.start < hurt.number.span.start
               and kin in {_kin_tells(part) for part in [k.number.span.text, *k.number.count.text.split(" … ")]}
               for k in dead)


#: "a third man", "The third man": one person told by an ordinal, first as someone new, then again.
_TOLD_BY_ORDINAL = re.compile(rf"(?P<article>an?|the)\s+(?P<ordinal>{ORDINAL_PATTERN})\s+(?P<noun>[\w-]+)",
                              re.IGNORECASE)


def _the_same_ordinal(hurt: CasualtyMention, dead: Sequence[CasualtyMention]) -> bool:
    """Whether the hurt "a third man" is told dead further on as "the third man": a definite ordinal
    repeats the indefinite one before it rather than counting someone new."""
    first = _TOLD_BY_ORDINAL.fullmatch(hurt.number.span.text)
    if first is None or first.group("article").lower() == "the":
        return False
    for killed in dead:
        again = _TOLD_BY_ORDINAL.fullmatch(killed.number.span.text)
        if again is not None and killed.number.span.start > hurt.number.span.start and \
                again.group("article").lower() == "the" and \
                (again.group("ordinal").lower(), again.group("noun").lower()) == \
                (first.group("ordinal").lower(), first.group("noun").lower()):
            return True
    return False


#: What may come before a sentence's subject: nothing, or a dateline ("SPOKANE —").
_OPENING = re.compile(r"(?:[A-Z][A-Za-z .,'-]*(?:\([^)]*\))?\s*[—–-]+\s*)?")


def _less_the_told_dead(text: str, hurt: CasualtyMention, dead: Sequence[CasualtyMention]) -> CasualtyMention | None:
    """A hurt tally without the gunman who shot himself, where a count of the dead holds him too
    ("killed his former girlfriend and wounded her mother ... before turning the gun on himself ...
    walked outside and shot himself"), or where the sentence's subject, the gunman, is told dead ("A
    23-year-old man who police say shot his mother and stepfather ... and then shot himself died Sunday"):
    he is dead, and only his mother is hurt, as "His stepfather ... died at the scene" (a relative told dead
    by the same noun leaves the tally too). None where nobody is left."""
    parts = hurt.number.count.text.split(" … ")
    if len(parts) == 1 and len(listed := _LIST_SPLIT.split(hurt.number.span.text)) == hurt.number.count.best:
        parts = listed  # one mention of a list: "shot his wife and son"
    told_dead = any(p.lower() in _SELVES for k in dead for p in k.number.count.text.split(" … ")) or any(
        hurt.sentence.start <= k.number.span.start < hurt.number.span.start
        and _OPENING.fullmatch(text, hurt.sentence.start, k.number.span.start) is not None for k in dead)
    # a death told in parts names only its parts ("wife, wounded son before killing himself": not the son)
    kin_dead = {told.group().lower() for k in dead for phrase in ([p.text for p in k.parts] or [k.number.span.text])
                for told in _KIN_WORD.finditer(phrase)}

    def gone(part: str) -> bool:  # the gunman told dead, or a relative a death names the same way
        return part.lower() in _SELVES and told_dead or part.split()[-1].lower() in kin_dead

    rest = [p for p in parts if not gone(p)]
    if len(parts) < 2 or len(rest) == len(parts):
        return hurt
    count = (hurt.number.count.best or 0) - (len(parts) - len(rest))
    if count < 1:
        return None
    kept = tuple(p for p in hurt.parts if not gone(p.text))
    span = make_span(text, kept[0].start, kept[-1].end) if kept else hurt.number.span
    number = NumberMention(span=span, unit_hint=None, count=CountRange(
        low=count, high=count, best=count, qualifier="exact", text=" … ".join(rest)))
    return hurt.model_copy(update={"number": number, "parts": kept})
