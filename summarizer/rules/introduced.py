"""Victims the story first named in another role: "A homeowner shot and killed a man who broke in
... The 61-year-old homeowner was wounded in the shoulder".

A definite person ("the homeowner", "the woman") is mostly someone a casualty clause has counted
already, so :mod:`summarizer.rules.victims` reads such clauses only as a fallback. When the story
introduced that noun ("a homeowner") in a clause that counts nobody (the one who fired, a witness,
someone in the car), and what it says of them tells them apart from every victim counted already
(as in :mod:`summarizer.rules.tally`, people are told apart only by what the text says of them),
the definite clause is the first to count them, and so it counts one more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import GUNFIRE_VERBS, HOSPITAL_TRIP, PERSON_NOUNS
from summarizer.rules.people import distinct_people, who

#: A clause that says the person was hit by gunfire, not only hurt or taken to a hospital.
_BY_GUNFIRE = re.compile(rf"\b(?:{GUNFIRE_VERBS}|gunshot|bullet)\b(?![^.;]{{0,40}}\bstab)", re.IGNORECASE)
#: Gunfire anywhere in a sentence: "opened fire, striking the officer", "shot the deputy".
_SHOOTING = re.compile(r"\b(?:fire|fired|firing|gunfire|gunshots?|shots?|shot|shooting|bullets?|gun|gunman)\b",
                       re.IGNORECASE)
#: A clause that says the person lived, or was taken to a hospital (a death there is a clause of its
#: own kind): "was shot" alone may tell more of someone counted dead.
_ALIVE = re.compile(rf"\b(?:wounded|injured|hurt|grazed|condition|treated|recovering|survived?|hospitali[sz]ed"
                    rf"|(?:has|have)\s+(?:since\s+)?been\s+released)\b"
                    rf"|\b{HOSPITAL_TRIP}", re.IGNORECASE)
#: ... or says so in the next sentence, of them by a pronoun: "was shot in the left shoulder. He was treated
#: at UAB Hospital and released".
_PRONOUN_ALIVE = re.compile(rf"\.?\s+(?:He|She)\s+(?:[^.;]|(?<=\b[SF]t)\.){{0,40}}?(?:{_ALIVE.pattern})", re.IGNORECASE)
#: Police the story brings in as a group ("officers responded to a call"): "the officer" shot
#: after them is one of them, and no victim counted before.
_POLICE_PLURAL = (r"|\b(?:officers|deputies|troopers|policemen)\b"
                  r"(?!\s+(?:were|have\s+been)\s+(?:shot|wounded|injured|hurt|killed))")
#: The person noun a definite mention ends with: "The 61-year-old homeowner" → "homeowner".
_NOUN = re.compile(r"([a-z]+)\W*$", re.IGNORECASE)
#: An age that stands as the noun: "The 20-year-old" (introduced as "a 20-year-old man").
_AGE_NOUN = re.compile(r"(\d{1,3}-year-old)\W*$", re.IGNORECASE)


def introduced_elsewhere(text: str, definite: Sequence[CasualtyMention],
                         counted: Sequence[CasualtyMention], *, objects: bool = False) -> list[CasualtyMention]:
    """The ``definite`` mentions whose person noun the text introduced ("a homeowner", "an employee")
    before their sentence, and whom the text tells apart from every ``counted`` mention of their kind
    (:func:`~summarizer.rules.people.distinct_people`: "the girl" may be the "15-year-old" counted, "the
    homeowner" is not the "woman"), and of every kind where the clause does not say they lived ("The
    girl was shot in the head" may tell more of a girl counted dead). Not "the victim" (a victim is
    counted where the story calls them one) nor a suspect (its own rule).

    With ``objects``, the mentions are the objects of a casualty verb ("An officer responded ... The
    suspect opened fire, striking the officer in the leg"): the gunfire may be told anywhere in their
    sentence, before them ("sped off, striking the officer" is a car)."""
    found = []
    for mention in definite:
        age = _AGE_NOUN.search(mention.number.span.text)
        noun = age or _NOUN.search(mention.number.span.text)
        word = noun.group(1).lower() if noun else ""
        if (age is None and word not in PERSON_NOUNS) or word == "victim" \
                or who(mention.number.span.text).role == "suspect":
            continue
        if not (_SHOOTING.search(mention.sentence.text) if objects
                else _BY_GUNFIRE.search(text, mention.number.span.end, mention.sentence.end)):
            continue  # "The woman was taken to a hospital with stab wounds": not a gunshot victim
        alive = _ALIVE.search(text, mention.number.span.end, mention.sentence.end) is not None \
            or _PRONOUN_ALIVE.match(text, mention.sentence.end) is not None  # "... He was treated and released"
        plural = _POLICE_PLURAL if who(word).role == "police" else ""
        introduced = [m.start() for m in re.finditer(rf"\b(?:a|an|his|her|their)\s+(?:[\w'-]+\s+){{0,3}}?{word}\b{plural}",
                                                     text[:mention.sentence.start], re.IGNORECASE)]
        # "found a man and a woman dead ... the man shot the woman": introduced where counted already
        if any(not any(c.number.span.start <= at < c.number.span.end for c in counted) for at in introduced) \
                and not any((c.kind == mention.kind or not alive)
                            and distinct_people([c.number.span.text, mention.number.span.text]) == 1 for c in counted):
            found.append(mention)
    return found
