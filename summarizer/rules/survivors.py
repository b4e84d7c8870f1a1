"""Who of the injured lived: a person counted as killed is not also counted as injured.

A story may tie an injured mention to a death in these ways:

* by name or age: "Gray had been hit" and "Kimani Gray was shot and killed";
* by telling the death in a later sentence: "A man was shot Tuesday night. He died at a hospital."
  or "... The victim, John Doe, 25, died Wednesday.", or in an update on top ("UPDATE: Police say
  the man has died.") The first clause reads as an injury, the
  second as a death, and local news tells one person's death this way far more often than a
  second victim's. A death told after an injury is that person's when nothing tells them apart
  (:func:`summarizer.rules.people.distinct_people`: age, sex, name, "a second man"), when every
  injured mention before it may be one person, and when no death before it may already be theirs.
  Someone else is "another" man, "his girlfriend" (a possessive names a relative of someone), or
  a name the story used before the injury (it would have named the injured so, too).
* by a death told after a group was shot: "A man and his son were shot. The father died." (or
  "...were shot; the father died") is one killed and one injured. A suspect who dies is not one
  of the group. "Both died" (or "All three were pronounced dead") is the death of the one group
  of that size. A group's deaths told first, with the shots that killed them right after ("The dead
  — a man and his wife — were found. Police said the man shot his wife and then himself."), are
  the same people.
* by retelling: "A man was fatally shot ... Officers found a man suffering from a gunshot wound.
  He was taken to a hospital, where he died." The injury told between a death and its retelling,
  of someone unnamed who may be that person, is the same death told step by step; so is a named
  one whose death follows as "He died" in the very next sentence ("A man who was shot last week
  has died ... John Doe, 45, was shot on Feb. 29. He died Sunday").

* by the relative's noun: the headline's "Man shot wife" is the wife the lede says he "fatally shot",
  and "shot his wife in the kitchen" after "killed his wife" is no one hurt.

One clause read both ways ("found the body of a woman with a gunshot wound") is one death.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from summarizer.rules.attribution import sentence_spans
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import (
    HOSPITAL_TRIP, IN_HOSPITAL, KIN_NAMED, KIN_NOUNS, LIST_SEPARATOR, ORDINAL_PATTERN,
)
from summarizer.rules.people import distinct_people, same_person, who
from summarizer.rules.tally import SELF, UPDATE_NOW
from summarizer.rules.victim_claims import counted

#: Someone apart from a person told before: "another man", "his girlfriend", "a second victim" (not
#: "her" alone: "pronounced her dead" tells of the woman herself).
_SOMEONE_ELSE = re.compile(rf"^(?:another|other|his|her(?=\s)|their|an?\s+{ORDINAL_PATTERN})\b",
                           re.IGNORECASE)
#: One told as beyond those counted: "a fourth person was shot".
_ORDINAL_ONE = re.compile(rf"^an?\s+{ORDINAL_PATTERN}\b", re.IGNORECASE)
#: Someone the story has not told of before: "and a teen was killed" names no one of the group.
_INDEFINITE = re.compile(r"^(?:a|an)\b", re.IGNORECASE)
#: A line a newsroom adds on top of a story it updates: news told after the rest.
_UPDATE = re.compile(r"^\W*updated?\b", re.IGNORECASE)


def _phrase(mention: CasualtyMention) -> str:
    return mention.number.span.text


def _start(mention: CasualtyMention) -> int:
    return mention.number.span.start


def _one_person(*phrases: str) -> bool:
    return distinct_people(phrases) == 1


#: What tells a person shot lived, in the sentence that names them: a hospital, a condition, recovery.
_ALIVE_CUE = re.compile(rf"{HOSPITAL_TRIP}|\b(?:{IN_HOSPITAL}|condition|surviv|recover|treated|released|expected\s+to"
                        r"|non-life|not\s+life|injur|wound|hurt)", re.IGNORECASE)
#: A name with its age, as a story names someone it has told of: "Marcus Bell, 29,".
_NAME_AGE = re.compile(r"^[A-Z][a-z'’-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'’-]+){1,2},\s\d{1,3},?$")


#: A death named as the person's own: "The coroner ruled Vance's death a homicide", "Vance's killing".
_OWN_DEATH = re.compile(r"\b(?P<surname>[A-Z][a-z'’-]+)['’]s?\s+(?:death|killing|slaying|murder)\b")
#: A person introduced by full name and age: "Antonio Vance, 31", "Jose \"Joey\" Villarreal, 31".
_AGED_FULL_NAME = re.compile(
    r"\b(?P<given>[A-Z][a-z'’-]+)(?:\s+\"[^\"]{1,20}\")?\s+(?P<surname>[A-Z][a-z'’-]+),\s\d{1,3}\b")


def _own_deaths(text: str) -> set[str]:
    """The surnames whose death the story names (:data:`_OWN_DEATH`), of one person only: not where it
    introduces two of that surname with their ages ("Jose Villarreal, 31", "His wife, Marisol Villarreal,
    28"), where "Villarreal's death" may be either's."""
    given: dict[str, set[str]] = {}
    for person in _AGED_FULL_NAME.finditer(text):
        given.setdefault(person.group("surname"), set()).add(person.group("given"))
    return {m.group("surname") for m in _OWN_DEATH.finditer(text) if len(given.get(m.group("surname"), ())) <= 1}


def identified_dead(text: str, injured: Sequence[CasualtyMention],
                    killed: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """The injured, less a name told after the death of one person unnamed (the headline's and the
    lede's, say), of whom its sentence says only that they were shot: "A man who was shot Tuesday
    died Sunday. Marcus Bell, 29, was shot on Illinois Avenue." names the dead man, as local news
    names its victim after the lede. In a story that tells a death, one whose death it names by
    surname ("Vance's death") is not among the injured either."""
    own_deaths = _own_deaths(text) if killed else set()
    injured = [m for m in injured if who(_phrase(m)).surname not in own_deaths]
    if not killed or any(k.number.count.best != 1 or who(_phrase(k)).surname is not None for k in killed) \
            or not _one_person(*(_phrase(k) for k in killed)):
        return list(injured)  # no death, or more than one person's, or a named one's
    return [m for m in injured
            if not (_NAME_AGE.match(_phrase(m)) and _start(m) > min(map(_start, killed)) and len(injured) == 1
                    and not _told_alive(text, m))]


#: "He had been in critical condition": how the person was before, not that they lived.
_HAD_BEEN = re.compile(r"had\s+been\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _told_alive(text: str, mention: CasualtyMention) -> bool:
    """An alive cue (:data:`_ALIVE_CUE`) after ``mention`` in its sentence or the next ("... was shot in
    the arm. He was taken to a hospital.")."""
    next_end = text.find(". ", mention.sentence.end + 1)
    window_end = len(text) if next_end < 0 else next_end
    return any(not _HAD_BEEN.search(text, max(0, cue.start() - 30), cue.start())
               for cue in _ALIVE_CUE.finditer(text, mention.number.span.end, window_end))


def alive(injured: Sequence[CasualtyMention], killed: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """The injured, less anyone the text ties by name or age to someone it says was killed ("a
    17-year-old female had been shot" and "the fatal shooting of 17-year-old Daija McCall"), by the
    relative's noun ("killed his wife ... shot his wife in the kitchen"), or as the gunman whose death
    by his own hand it tells."""
    dead = [who(_phrase(m)) for m in killed]
    spans = {m.number.span for m in killed}
    return [m for m in injured
            if m.number.span not in spans and not any(same_person(who(_phrase(m)), d) for d in dead)
            and not _kin_told_dead(m, killed) and not _own_death_told(m, killed)]


def _own_death_told(injury: CasualtyMention, killed: Sequence[CasualtyMention]) -> bool:
    """Whether the gunman's shot at himself is the death by his own hand the story tells: "killed his wife
    before turning the gun on himself ... Investigators believe Marsh then shot himself in the garage"."""
    return _phrase(injury).lower() in ("himself", "herself") and any(SELF.fullmatch(_phrase(k)) for k in killed)


#: A relative named by the possessive anywhere in a phrase, with one word between at most ("their adult son").
_KIN_NAMED = re.compile(KIN_NAMED, re.IGNORECASE)


def _kin_told_dead(injury: CasualtyMention, killed: Sequence[CasualtyMention]) -> bool:
    """Whether "his wife", told as shot, is the relative the story says was killed: "killed his wife and
    their adult son ... Investigators believe he shot his wife in the kitchen, then shot his son". A death
    told in parts names only its parts: "killed his wife and wounded their adult son ... before turning the
    gun on himself" is the wife and himself, not the son between them."""
    kin = _KIN.match(_phrase(injury))
    if kin is None or kin.group("owner") is None or (noun := kin.group("noun").lower()) not in KIN_NOUNS:
        return False
    return any(told.group("noun").lower() == noun for k in killed
               for phrase in ([p.text for p in k.parts] or [_phrase(k)]) for told in _KIN_NAMED.finditer(phrase))


class Outcome(NamedTuple):
    """The injured who lived, and the deaths told after an injury that count those who did not."""

    injured: list[CasualtyMention]
    died: list[CasualtyMention]


def _retold(mention: CasualtyMention) -> bool:
    """A one-person mention a story may use again for someone it has counted: no name ("a man", "a
    21-year-old"), and not someone else ("another man", "his girlfriend")."""
    return who(_phrase(mention)).surname is None and not _SOMEONE_ELSE.match(_phrase(mention))


def _pronoun_next(text: str, injury: CasualtyMention, death: CasualtyMention) -> bool:
    """ "John Doe, 45, was shot on Feb. 29. He died Sunday.": a pronoun's death in the very next
    sentence is the end of the one person just named, whoever the story counted dead before."""
    return (_phrase(death).lower() in ("he", "she", "him", "her") and injury.number.count.best == 1
            and not text[injury.sentence.end:death.sentence.start].strip())


def _pronoun_of_last(text: str, living: Sequence[CasualtyMention], killed: Sequence[CasualtyMention],
                     death: CasualtyMention) -> CasualtyMention | None:
    """The one injured person a pronoun's death ends: the last person told before it, in its own
    sentence or the one before, where someone else was counted dead earlier ("A 19-year-old man was
    pronounced dead. A 22-year-old man was taken to the hospital ...; he died early Monday"). With no
    death before, the older rules decide (of two men shot, "He died" does not say which)."""
    if _phrase(death).lower() not in _PRONOUNS:
        return None
    before = [m for m in [*living, *killed] if _start(m) < _start(death) and m is not death]
    last = max(before, key=_start, default=None)
    if last is None or last not in living or last.number.count.best != 1 \
            or not _one_person(_phrase(last), _phrase(death)):
        return None
    dead_before = [k for k in killed if _start(k) < _start(last)]
    if not dead_before or any(_one_person(_phrase(k), _phrase(last)) for k in dead_before):
        return None  # may be one counted dead, retold: "A man was shot and killed ... found Damon Tate ..."
    if _by_police(text, death):
        return None  # the gunman's: "killing one man and wounding another before he was shot and killed by deputies"
    if last.sentence == death.sentence:  # a clause of its own: "...; he died early Monday"
        return last if ";" in text[last.number.span.end:_start(death)] else None
    return last if not text[last.sentence.end:death.sentence.start].strip() else None


#: Police fire at someone: "Two officers returned fire, striking the man", "was shot and killed by
#: Mesa police officers", "killed minutes later in a gunfight with officers".
_POLICE = r"(?:officers?|deputies|deputy|troopers?|police|agents?)"
_POLICE_FIRE = re.compile(
    rf"\b{_POLICE}\s+(?:(?!(?:said|say|says|believe|believes|allege|alleges)\b)\w+\s+){{0,2}}?"
    r"(?:returned\s+fire|opened\s+fire|fired|(?:fatally\s+)?shot|killed)\b"
    rf"|\b(?:shot|killed|wounded|struck|gunfight|shootout|exchange\s+of\s+gunfire)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:by|with)\s+(?:[\w-]+\s+){{0,3}}?{_POLICE}\b|\b(?:officer|police)[- ]involved\s+shooting\b", re.IGNORECASE)
_PRONOUNS = frozenset(["he", "she", "him", "her"])
#: "The clerk, a 52-year-old man, was shot": the role an apposition gives the person it names.
_APPOSED = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+),\s*$", re.IGNORECASE)


def _role(text: str, mention: CasualtyMention) -> str | None:
    """The role of the person ``mention`` names, by its own words or by the noun it is apposed to."""
    role = who(_phrase(mention)).role
    if role is None and (apposed := _APPOSED.search(text, mention.sentence.start, _start(mention))):
        role = who(apposed.group("noun")).role
    return role


def _by_police(text: str, death: CasualtyMention) -> bool:
    """Whether ``death``'s sentence tells police fire, or the sentence before does for a pronoun's or
    a definite person's death ("... and two officers fired. He died at the scene.", "... the officer
    fired, Morrison said. The man died at the scene.")."""
    start = death.sentence.start
    if _phrase(death).lower() in _PRONOUNS or _phrase(death).lower().startswith("the "):
        start = max((s.start for s in sentence_spans(text) if s.end <= death.sentence.start), default=start)
    return _POLICE_FIRE.search(text, start, death.sentence.end) is not None


def _other_side(text: str, injury: CasualtyMention, death: CasualtyMention) -> bool:
    """The one police killed is the one who fired, not the clerk or officer he shot: "A man who police
    say shot a convenience store clerk ... The clerk, a 52-year-old man, was shot ... Two officers
    returned fire, striking the man, who died at the scene" is one killed and one hurt."""
    return _role(text, injury) in ("police", "civilian") and _by_police(text, death)  # the cheap test first


def _may_continue(text: str, injury: CasualtyMention, death: CasualtyMention) -> bool:
    """Whether ``death``, told in a later sentence (or in an update put on top of the story:
    "UPDATE: Police say the man has died"), may be the end of the person ``injury`` names."""
    surname = who(_phrase(death)).surname
    later = injury.sentence.start < death.sentence.start or _UPDATE.match(death.sentence.text) is not None
    return (later and injury.sentence.start != death.sentence.start and injury.number.count.best == 1
            and _one_person(_phrase(injury), _phrase(death)) and not _other_side(text, injury, death)
            # "Police now say a fourth person was shot ... A man is dead and two others are hurt": one an
            # update tells as beyond the others is not the death an indefinite person brings in after
            and not (_ORDINAL_ONE.match(_phrase(injury)) and UPDATE_NOW.search(injury.sentence.text)
                     and _INDEFINITE.match(_phrase(death)))
            and not (surname and re.search(rf"\b{re.escape(surname)}\b", text[:_start(injury)])))


def told_dead_later(text: str, injured: Sequence[CasualtyMention], killed: Sequence[CasualtyMention],
                    deaths: Sequence[CasualtyMention]) -> Outcome:
    """Move each one-person injury that a later death continues (module docstring) to that death.

    ``killed`` are the deaths counted already; ``deaths`` are every death statement to try, those
    included ("The victim ... died" and "He died" too, which count nobody new on their own).
    """
    living = list(injured)
    died: list[CasualtyMention] = []
    for death in sorted(deaths, key=_start):
        if retold := _kin_told_before(living, death):  # "Man shot wife, then himself" above
            living = [m for m in living if m not in retold]  # "fatally shot his wife and then ... himself"
            died.append(death)
            continue
        if _SOMEONE_ELSE.match(_phrase(death)):
            continue
        if (death.number.count.best or 0) > 1:  # "Both died": the group of that size told before, if one
            same = [m for m in living if m.sentence.start < death.sentence.start
                    and m.number.count.best == death.number.count.best]
            if len(same) != 1:  # or every injury of the last sentence before, if they are that many:
                same = _last_told(living, death)  # "shot his wife and her mother before shooting himself"
            if not same:  # or the gunman's shots told right after, which end with his own
                same = _self_shot_next(text, living, death)
            if same:
                living = [m for m in living if m not in same]
                died.append(death)
            elif _group_told_dead(killed, death):
                # "... found Angela Pruitt, 44, and her husband, Curtis Pruitt, 47, both with gunshot wounds.
                # Both were pronounced dead": the two counted dead already, named again right before
                living = [m for m in living if not _right_before(text, m, death)]
            continue
        if _UPDATE.match(death.sentence.text) and any(
                _start(k) >= death.sentence.end and _one_person(_phrase(k), _phrase(death)) for k in killed):
            continue  # "UPDATE: Police have identified the man killed ..." over a story that tells his death itself
        if (last := _pronoun_of_last(text, living, [*killed, *died], death)) is not None:
            living = [m for m in living if m is not last]  # "A 22-year-old man was taken to the hospital
            died.append(death)  # with life-threatening injuries; he died early Monday", after another's death
            continue
        told = [k for k in [*killed, *died] if k is not death and _start(k) < _start(death)
                and _one_person(_phrase(k), _phrase(death))]
        if told:  # told again: "A man was killed ... Police said he died at the scene"
            # and an injury told between is the same death retold: "A man was fatally shot ... officers
            # found a man suffering from a gunshot wound. He was taken to a hospital, where he died."
            # (Not one the gunman shot, where the death retold is the gunman's: "A man who opened fire
            # ... was shot and killed ... A 41-year-old man was grazed ... The gunman died at the scene.")
            shooter = who(_phrase(death)).role == "suspect"
            living = [m for m in living if not ((_retold(m) or _pronoun_next(text, m, death))
                                                and not (shooter and who(_phrase(m)).role != "suspect")
                                                and _may_continue(text, m, death) and any(
                _retold(k) and k.sentence.start < m.sentence.start and _one_person(_phrase(k), _phrase(m))
                and not _other_side(text, m, k)
                for k in told))]
            continue
        earlier = [m for m in living if _may_continue(text, m, death)]
        if earlier and _one_person(*map(_phrase, earlier)):
            living = [m for m in living if m not in earlier]
            died.append(death)
        elif not earlier and any(_other_side(text, m, death) for m in living):
            died.append(death)  # the one police killed, after the clerk he shot: someone new
        elif not earlier and (group := _group_before(living, death)) is not None:
            span, size = group.number.span, group.number.count.best or 0
            rest = group.model_copy(update={"number": counted(text, span.start, span.end, size - 1)})
            living = [rest if m is group else m for m in living]
            died.append(death)
    return Outcome(living, died)


#: A relative named by the possessive and one noun ("his wife"), or by the noun alone ("shot wife").
#: ... told alone or before the gunman's shot at himself: "(Gagne shot) his wife and then himself".
_KIN = re.compile(r"^(?:(?P<owner>his|her|their)\s+)?(?P<noun>[a-z]+)(?:\s+and\s+(?:then\s+)?(?:himself|herself))?$",
                  re.IGNORECASE)


def _kin_told_before(living: Sequence[CasualtyMention], death: CasualtyMention) -> list[CasualtyMention]:
    """The one injury told before the death of "his wife" that names her by the same noun, with the
    same possessive or none: the headline's "Man shot wife" is the wife the lede says he "fatally shot"
    (elsewhere a possessive tells someone apart, :data:`_SOMEONE_ELSE`)."""
    dead = _KIN.match(_phrase(death))
    if dead is None or dead.group("owner") is None or (death.number.count.best or 0) != 1:
        return []
    same = [m for m in living if _start(m) < _start(death) and m.number.count.best == 1
            and (hurt := _KIN.match(_phrase(m))) is not None
            and hurt.group("noun").lower() == dead.group("noun").lower()
            and (hurt.group("owner") or dead.group("owner")).lower() == dead.group("owner").lower()]
    return same if len(same) == 1 else []


def _last_told(living: Sequence[CasualtyMention], death: CasualtyMention) -> list[CasualtyMention]:
    """The injuries of the last sentence before ``death`` that tells any, when they add up to its
    count ("... shot his wife and her mother before shooting himself. Officers found all three dead.")."""
    before = [m for m in living if m.sentence.start < death.sentence.start]
    last = [m for m in before if m.sentence == max(before, key=_start).sentence] if before else []
    return last if sum(m.number.count.best or 0 for m in last) == death.number.count.best else []


#: A gunman's shots that end with his own: "shot his wife and then himself".
_AND_SELF = re.compile(r"\b(?:himself|herself)$", re.IGNORECASE)


def _group_told_dead(killed: Sequence[CasualtyMention], death: CasualtyMention) -> bool:
    """Whether the deaths counted before ``death`` are as many people as it counts ("A man fatally shot
    his wife ... before turning the gun on himself" before "Both were pronounced dead")."""
    before = [_phrase(k) for k in killed if _start(k) < _start(death)]
    return bool(before) and distinct_people(before) == death.number.count.best


def _right_before(text: str, injury: CasualtyMention, death: CasualtyMention) -> bool:
    """Whether ``injury``'s sentence is the one right before ``death``'s."""
    return injury.sentence.end <= death.sentence.start and not text[injury.sentence.end:death.sentence.start].strip()


def _self_shot_next(text: str, living: Sequence[CasualtyMention], death: CasualtyMention) -> list[CasualtyMention]:
    """The shots that killed a group, told in the sentence right after its deaths: "The dead — a man and
    his wife — were found in the kitchen. Police said the man shot his wife and then himself." """
    return [m for m in living if m.number.count.best == death.number.count.best
            and m.sentence.start >= death.sentence.end and not text[death.sentence.end:m.sentence.start].strip()
            and _AND_SELF.search(_phrase(m))][:1]


#: A clause after a group, in its sentence, that tells one of them died: "were shot; the man died".
_NEXT_CLAUSE = re.compile(r"[^;]*(?:;|,?\s+and)\s+$")


def _relatives(phrase: str) -> bool:
    """Every person of a listed group is named by a relative's noun: "wife, brother", "his wife and son"."""
    return all(item.split()[-1].lower() in KIN_NOUNS for item in re.split(LIST_SEPARATOR, phrase) if item)


def _group_before(living: Sequence[CasualtyMention], death: CasualtyMention) -> CasualtyMention | None:
    """The one group of injured ("a man and his son") told in a sentence before ``death``, or in
    its clause before ("A man and a woman were shot; the man died", not "... and a teen was
    killed"), if the one who died may be of it."""
    if who(_phrase(death)).role == "suspect":
        return None
    # the gunman's own death is none of his relatives' he shot: "Man shoots wife, brother-in-law, then kills himself"
    own = _phrase(death).lower() in ("himself", "herself")
    groups = [m for m in living if (m.number.count.best or 0) > 1 and not (own and _relatives(_phrase(m))) and (
        m.sentence.start < death.sentence.start or m.sentence == death.sentence and _start(m) < _start(death)
        and not _INDEFINITE.match(_phrase(death))
        and _NEXT_CLAUSE.fullmatch(death.sentence.text, m.number.span.end - m.sentence.start,
                                   _start(death) - m.sentence.start) is not None)]
    return groups[0] if len(groups) == 1 else None
