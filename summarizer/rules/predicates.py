"""What the words after a subject say happened to it: killed, injured, or neither.

:mod:`summarizer.rules.victims` finds the people a clause is about (a singular subject, a listed
one, a name); this module reads its predicate. A death ("shot and killed", "died", "pronounced
dead", "'s body was found") or an injury ("shot", "wounded", "taken to a hospital", "in critical
condition", "with gunshot wounds") of the subject itself, up to where another subject's clause
begins ("..., and a baby died") or someone is quoted ("a woman said her son was shot"). An aside
("The suspect, 28-year-old Marcus Jones, was killed") or what the subject did ("A gunman who shot
two people was killed") is skipped; a negation ("was not hurt", "suffered no injuries") and a
victim after the verb ("a gunman shot and killed a man": the subject fired) are no casualty of
the subject.
"""

from __future__ import annotations

import re

from summarizer.models.schemas import CasualtyKind
from summarizer.rules.lexicon import (
    AGE_DIGITS,
    ARRIVED_WOUNDED, HARM_DEGREES, HOSPITAL_ARRIVAL, HOSPITAL_CONDITION, HOSPITAL_TRIP, HURT_OTHERWISE,
    IN_HOSPITAL, NOT_BY_GUNFIRE, NOT_HURT, PEOPLE_PLURAL_PATTERN, PERSON_PATTERN, RANKS, VEST_STOPPED, WEEKDAYS,
)
from summarizer.rules.people import who
from summarizer.rules.victim_claims import AGE_WORD, AGED_ONE, COUNT_WORD, ONE_PERSON, OWNED_PERSON, PERSON_NAME

_PERSON = PERSON_PATTERN

#: "One man was killed and another (was) wounded": "another" alone, right before its verb. (An ordinal
#: alone, "a second was injured", was tried as one more person and dropped: on the tuning half it
#: counted an officer hurt by debris, and the model then left out the suspect killed.)
ANOTHER = (r"(?i:another)(?=\s+(?:(?:was|is|got|has\s+been|had\s+been|remains)\s+)?(?:\w+ly\s+)?"
           r"(?:wounded|injured|hurt|shot|grazed|hospitali[sz]ed|killed|died|taken|rushed|transported|"
           rf"{HOSPITAL_CONDITION}|in\s+(?:the\s+|a\s+)?hospital|with\s+(?:a\s+)?(?:gunshot|bullet)\s+wounds?)\b)")

#: A rank and a name: "Sgt. Lee Jundt", "Officer Jane Doe".
_TITLED = ("(?:" + "|".join(RANKS) + r")\.?"
           r"\s+[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+)?")
#: A victim as the object of a casualty verb: "a gunman shot a 20-year-old man", "Man shot
#: officer", "shot and killed a teen", "Giddings shot Sgt. Lee Jundt", "killed two and wounded a
#: third" (the tally tells the third apart from the two). Not "shot the teen": a
#: definite object is someone already counted, and "shooting victim" is a noun (after
#: "shooting" only "a/an/his/her/their ..." is an object: "critically shooting her mother").
CASUALTY_VERB = (r"(?i:fatally\s+shoot(?:s|ing)?|fatally\s+shot|shot\s+and\s+killed|shooting\s+and\s+killing|"
                 r"shot\s+to\s+death|kill(?:ed|ing|s)|murder(?:ed|ing|s)|shot|shooting|shoots|wound(?:ed|ing|s)|"
                 r"injur(?:ed|ing|es)|str(?:ik(?:ing|es)|uck)|hitting|claimed\s+the\s+(?:life|lives)\s+of|"
                 r"gunned\s+down"
                 # "A stray bullet hit a neighbor", "a round grazed his girlfriend": a bullet's "hit" (not a car's)
                 r"|(?:(?<=bullet\s)|(?<=bullets\s)|(?<=round\s)|(?<=rounds\s)|(?<=gunfire\s)|(?<=pellets\s))"
                 r"(?:hit|grazed))")
#: "shot two men and a woman": a counted group as the first of several objects (alone, it is a count).
_COUNTED_FIRST = rf"{COUNT_WORD}\s+(?:[\w-]+\s+)?(?i:{PEOPLE_PLURAL_PATTERN})(?=,?\s+and\s|,\s)"
#: "shot and killed one of two armed men": one of a group.
_ONE_OF = rf"(?i:one\s+of\s+(?:the\s+)?(?:{COUNT_WORD}\s+)?(?:[\w-]+\s+)?{PEOPLE_PLURAL_PATTERN})"
OBJECT = re.compile(
    rf"\b(?P<verb>{CASUALTY_VERB})\s+"
    rf"(?P<who>{ONE_PERSON}|{AGED_ONE}|{OWNED_PERSON}|{_COUNTED_FIRST}|{_ONE_OF}"
    rf"|(?i:another|a\s+(?:second|third|fourth|fifth))(?=\s*[,.;]|\s+(?i:before|as|in)\b)"
    rf"|(?<![Ss]hooting\s)(?i:{AGE_DIGITS}\s+)?(?i:ex-)?(?i:{_PERSON})(?:['’]s\s+(?i:{_PERSON}))?(?=[\s,.;]|$)"
    rf"|{_TITLED}"
    rf"|{PERSON_NAME},\s\d{{1,3}}(?=[,.])|{AGE_WORD}\s+{PERSON_NAME})")

#: Whom shots were fired at, as the object: "A man who opened fire on a Shreveport police officer ...
#: was killed" (the officer is no subject of "was killed").
FIRED_AT = re.compile(r"\b(?:opened\s+fire|fired(?:\s+shots)?|shot)\s+(?:on|at|into)\s+", re.IGNORECASE)

#: "fatally shot her": a pronoun as the object; the subject is who fired.
_PRONOUN_OBJECT = re.compile(rf"^(?:\w+ly\s+)?{CASUALTY_VERB}\s+(?:him|her|them)\b")
#: "shot and killed the suspect", "fatally shot the woman's boyfriend": a definite person as the
#: object; the subject is who fired (a headline's "Man shot and killed Saturday" has no object).
THE_PERSON = rf"(?i:the)\s+(?:[\w'’-]+\s+){{0,2}}?(?i:{PERSON_PATTERN})"
_DEFINITE_OBJECT = re.compile(rf"^(?:\w+ly\s+)?{CASUALTY_VERB}\s+{THE_PERSON}\b")

#: The subject's own shot at itself, in its clause (not a "who" clause of someone else's):
#: "found a handgun and fatally shot himself", "accidentally shot herself in the leg".
_OWN_CLAUSE = r"^(?:(?!\bwho\b)[^.;:,]){0,40}?\b"
OWN_SHOT = re.compile(rf"{_OWN_CLAUSE}(?:shot|shooting)\s+(?P<who>himself|herself)\b", re.IGNORECASE)

#: A bystander "caught in the crossfire", as news says of one the gunfire hit.
_CROSSFIRE = r"\s+(?:\w+\s+)?caught\s+in\s+(?:the\s+)?(?:cross-?fire|gunfire)\b"

_KILLED = re.compile(
    r"^(?:[^.;:,]{0,40}?\b(?:was|were|has been|have been|had been|is|are|got)\s+(?:\w+\s+){0,2}?)?"
    r"(?:shot(?:\s+and|,)?\s+killed|shot\s+to\s+death|shot\s+dead|fatally\s+(?:shot|wounded|injured|struck|stabbed)|gunned\s+down"
    r"|killed|slain|murdered|(?<!for\s)dead)\b"
    r"|^[^.;:]{0,60}?\b(?:died|dies|succumbed|passed\s+away|(?:pronounced|declared)\s+dead"
    r"|lost\s+(?:his|her|their)\s+(?:life|lives))\b"
    # "A boy found a handgun and fatally shot himself": the subject is who died
    rf"|{_OWN_CLAUSE}fatally\s+shot\s+(?:himself|herself)\b"
    # its own second verb, further on: "was found with a gunshot wound outside a home on Poole Road and died"
    r"|^[^.;:]{0,120}?\band\s+(?:later\s+)?(?:died|succumbed)\b"
    # ... or a hospital's relative clause, or a death by gunshot, however long the words before: "was taken
    # to the University of Mississippi Medical Center, where he died", "whose body was found Wednesday in a
    # drainage ditch in Shreveport's Cedar Grove neighborhood died of a gunshot wound"
    r"|^[^.;:]{0,120}?,\s+where\s+(?:he|she)\s+(?:later\s+)?died\b"
    r"|^[^.;:]{0,120}?\bdied\s+(?:of|from)\s+(?:a\s+|multiple\s+|several\s+)?(?:gunshot|bullet)\s+wounds?\b"
    # "was caught in the crossfire and killed"
    rf"|^[^.;:,]{{0,40}}?\b(?:was|were){_CROSSFIRE}\s+and\s+(?:was\s+|were\s+)?(?:killed|fatally\s+(?:shot|wounded|struck))\b"
    # a headline's "Man found dead"
    r"|^found\s+(?:shot\s+(?:to\s+death|dead|and\s+killed)|dead|slain|murdered|fatally\s+shot)\b",
    re.IGNORECASE)
_INJURED = re.compile(
    r"^[^.;:,]{0,40}?\b(?:was|has been|had been|is|got|were)\s+(?:\w+\s+){0,2}?"
    rf"(?:(?:shot|wounded|grazed|hospitalized|hospitalised|struck|hit)\b|(?:injured|hurt)\b{HURT_OTHERWISE}){NOT_BY_GUNFIRE}"
    r"|^[^.;:,]{0,40}?\b(?:suffer(?:ed|ing)|sustain(?:ed|ing)|receiv(?:ed|ing)|has|had)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:wounds?|injuries|injury)\b"
    rf"|^[^.;:,]{{0,40}}?\b(?:remains|remained|is|was|are|were)\s+(?:still\s+)?(?:hospitali[sz]ed\b|{IN_HOSPITAL})"
    r"|^[^.;:,]{0,40}?\bshot\s+(?:himself|herself)\b"
    # taken to hospital, in a stated condition, recovering, treated, found with wounds: alive and hurt
    rf"|^[^.;:,]{{0,40}}?\b(?:was|is|were|has been|had been)\s+(?:\w+\s+){{0,2}}?{HOSPITAL_TRIP}"
    rf"|^[^.;:,]{{0,40}}?\b{HOSPITAL_ARRIVAL}"
    rf"|^[^.;:,]{{0,40}}?\b{ARRIVED_WOUNDED}"
    rf"|^[^.;:,]{{0,40}}?\b(?:was|is|remains|remained)\s+(?:listed\s+)?{HOSPITAL_CONDITION}\b"
    # "left one man dead and a teenager in critical condition": the condition right after the person
    rf"|^\s*{HOSPITAL_CONDITION}\b"
    r"|^[^.;:,]{0,40}?\b(?:is|was|are|were)\s+(?:\w+\s+)?recovering\b"
    r"|^[^.;:,]{0,40}?\b(?:is|was|are|were)\s+(?:\w+\s+)?expected\s+to\s+(?:survive|recover)\b"
    # "was caught in the crossfire and hit in the leg": a bystander the story tells was hit
    rf"|^[^.;:,]{{0,40}}?\b(?:was|were){_CROSSFIRE}"
    r"|^[^.;:,]{0,40}?\btreated\s+(?:for\s+(?:[\w-]+\s+){0,3}?(?:wounds?|injuries|injury)|and\s+released)\b"
    r"|^(?:[^.;:,]{0,40}?\s)?with\s+(?:[\w-]+\s+){0,3}?(?:(?:gunshot|stab|bullet|graze)\s+wounds?|injuries)\b"
    r"|^[^.;:,]{0,40}?\b(?:underwent|was\s+in|is\s+in)\s+(?:emergency\s+)?surgery\b"
    # a headline's bare participle: "Man shot near bus stop", "Woman wounded Monday" (not "shot the clerk")
    rf"|^(?:found\s+)?(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|grazed|hospitali[sz]ed)(?=\s+(?:in|on|near|outside|inside|during|while|after|before|by|"
    rf"overnight|early|late|twice|again|this|last|when|as|{'|'.join(WEEKDAYS)})\b|\s*[,.;:]|\s*$)"
    # ... and "another injured at a rural home" (not "shot at": who fired)
    r"|^(?:\w+ly\s+)?(?:wounded|injured|hurt|grazed|hospitali[sz]ed)(?=\s+at\b)"
    # ... and "grandmother hit by stray bullet"
    r"|^(?:hit|struck)\s+by\s+(?:an?\s+)?(?:stray\s+)?(?:bullets?|gunfire|shots?|round)\b",
    re.IGNORECASE)
#: A coordinated clause with a subject of its own: "..., and a baby died", "but his brother was hurt"; or a
#: subordinate one: "searching for a suspect after a man was fatally shot" (the suspect was not).
_NEXT_SUBJECT = re.compile(
    rf"(?:(?:,\s*|\s)(?i:and|but|while|whereas)|(?:^|,\s*|\s)(?i:after|before|when|because|until))\s+"
    rf"(?:{ONE_PERSON}|{OWNED_PERSON}|(?i:the)\s+(?:[\w-]+\s+)?(?i:{_PERSON})"
    rf"|{COUNT_WORD}\s+(?:[\w-]+\s+)?(?i:{PEOPLE_PLURAL_PATTERN})|{ANOTHER})\b"
    # "A neighbor and a co-worker attempted life-saving measures, but Barstad died at the scene"
    r"|,\s*(?i:but|and)\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s+(?i:was|were|died|had|has|is)\b")
#: "A man's body was found": whoever it was is dead (not the officer's "body camera" or "body-worn camera").
_BODY = re.compile(r"['’]s\s+(?:lifeless\s+|dead\s+)?body\b(?![\s-]+(?:cam|camera|cameras|armou?r|worn|language))",
                   re.IGNORECASE)
#: A possessive that makes the subject an owner, not who the clause is about: "his father's
#: handgun", "the man's car" (not his own condition, wounds or life).
_OWNER = re.compile(r"['’]s\s+(?!(?:[\w-]+\s+)?(?:condition|injur|wound|life|lives|death|body))", re.IGNORECASE)
#: A negation of what follows ("was not hurt", "no one was hit"), but not of its degree: "was not
#: seriously hurt" is hurt all the same.
_NEGATED = re.compile(rf"\b(?:not(?!\s+(?:{HARM_DEGREES})\b)|no one|nobody|none)\b", re.IGNORECASE)
_DID_NOT_SURVIVE = re.compile(
    r"^(?:\w+\s+){0,2}?(?:did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+survive\b(?!\s+\w+\s+(?:after|without))",
    re.IGNORECASE)
#: One shot before who died of it, told in a relative clause: "A man who was shot Tuesday, March 1,
#: outside a Waco apartment complex died Sunday", "A 27-year-old man wounded in a shooting ... died
#: Sunday" (not "A man shot his wife, who died": she is the verb's object).
_SHOT_THEN_DIED = re.compile(r"^(?:who\s+(?:was|had\s+been)\s+(?:shot|wounded|injured)\b|(?:shot|wounded|injured)"
                             r"(?=\s+(?:in|on|at|during|outside|inside|near|early|late|last|while|when)\b"
                             # "A man shot more than a week ago at an east Tulsa apartment complex has died"
                             r"|\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+)?(?:a|an|one|two|three|four|five|six"
                             r"|several|\d+)\s+(?:days?|weeks?|months?)\s+ago\b))"
                             r"[^.;]{0,100}?"
                             r"\b(?:died|dies|has\s+died|succumbed)\b", re.IGNORECASE)
#: A verb of saying or seeing opens a clause about someone else: in "a woman said her son was shot"
#: the woman is not hurt (but "a man believed to be in his 30s was shot" is the man).
_REPORTED = re.compile(r"\b(?:said|says|told|tells|saw|heard|believes|believed(?!\s+to\b)|thinks|thought(?!\s+to\b)"
                       r"|recalled|added)\b",
                       re.IGNORECASE)

#: What might have been, not what was: "She could have been killed", "he would have died".
_COUNTERFACTUAL = re.compile(r"^(?:\w+\s+){0,2}?(?:could|would)\s+(?:\w+\s+)?(?:have|['’]ve)\s+(?:been|died)\b",
                             re.IGNORECASE)

#: A rule's case, not a victim: "as required under Nebraska law when a person is injured or killed by law
#: enforcement" (either kind, in the present).
_EITHER_NOW = re.compile(r"^\s*(?:is|are|gets|get)\s+(?:injured|wounded|hurt|shot|killed)\s+or\s+"
                         r"(?:injured|wounded|hurt|shot|killed)\b", re.IGNORECASE)

#: One of a group counted elsewhere: "a 14-year-old girl was among those wounded" is no count of one.
_AMONG = re.compile(r"^(?:\w+\s+){0,2}?(?:was|were|is|are)\s+(?:\w+\s+)?among\b", re.IGNORECASE)

#: "suffered no injuries", "had no serious wounds", "a third person inside the apartment was not
#: injured", "A third person who was taken to the hospital had cut his hand on broken glass and was not
#: struck by gunfire", "A friend who was standing nearby was shot at but not struck", a bullet a vest
#: stopped: a person named, and unhurt.
_UNHURT = re.compile(rf"^[^.;:]{{0,40}}?\bno\s+(?:[\w-]+\s+){{0,2}}?(?:injuries|injury|wounds?)\b"
                     rf"|^[^.;:,]{{0,100}}?\b{NOT_HURT}"
                     r"|^[^.;:]{0,60}?\bbut\s+(?:was\s+|were\s+)?(?:not|never)\s+"
                     r"(?:struck|hit|shot|injured|hurt|wounded)\b"
                     rf"|^[^.;:]{{0,80}}?{VEST_STOPPED}",
                     re.IGNORECASE)

#: An aside in commas before a singular verb, which would otherwise hide it: "The suspect, 28-year-old
#: Marcus Jones, was killed", "The gunman, whose name was not released, was killed", "The man, 44, was hurt",
#: "A man and a woman, both in their 20s, were shot", "The officer, a six-year veteran of the department whose
#: name has not been released, was shot".
APPOSITION = re.compile(r"^,[^,.;]{1,90},(?=\s+(?:also\s+)?(?:was|is|were|are|has\s+been|have\s+been|had\s+been|got"
                        r"|remains|remained|died|dies|succumbed|arrived|showed\s+up|turned\s+up|walked|drove)\b)")
#: An aside that tells the casualty itself: "The suspect, who was shot in the exchange, is in custody".
_TOLD_IN_ASIDE = re.compile(r"^,\s*who\s+(?=(?:was|had\s+been|has\s+been)\s)", re.IGNORECASE)
#: What a subject did, before what was done to it: "A gunman who shot two people at a store was
#: killed by police", "A man who had barricaded himself inside was shot", "A man suspected of carjacking
#: a woman at gunpoint was shot" (not "A gunman who was shot ...": that clause tells the casualty
#: itself). :func:`predicate_kind` says whose it skips.
_DOER = re.compile(r"^\s+(?:who\s+(?!(?:(?:was|is|were|has|had)\s+(?:been\s+)?|got\s+)(?:\w+ly\s+)?"
                   r"(?:shot|wounded|killed|hit|struck|injured|hurt|grazed|found|taken|rushed|hospitali[sz]ed)\b"
                   r"|remains|remained|(?:later\s+)?(?:died|dies|succumbed))"
                   r"|(?:suspected|accused)\s+of\s+\w+ing\b"  # "A man suspected of carjacking ..."
                   r"|(?:police|authorities)\s+(?:say|said)\b)"  # "the man police say tried to rob him was killed"
                   r"[^,.;]{1,120}?(?=\s+(?:was|is|were|are|has\s+been|have\s+been|had\s+been)\s)")
#: What a gunman did, before his own death: "A man who police say shot his former girlfriend and her
#: brother ... and then turned the gun on himself died at a hospital Sunday".
_DOER_DIED = re.compile(r"^\s+who\s+(?:(?:police|authorities)\s+(?:say|said)\s+)?(?:\w+ly\s+)?(?:shot|killed|wounded)\b"
                        r"[^,.;]{1,160}?\b(?:himself|herself)\s+(?=(?:later\s+)?died\b)")

#: Words of a "who" clause that tell its subject harmed someone: "A man who opened fire".
_HARM = re.compile(r"\b(?:shot|shoots?|shooting|fired|fire|firing|killed|kills?|killing|wounded|wounding|stabbed"
                   r"|stabbing|injured|injuring|hit|struck|attacked|assaulted|beat)\b", re.IGNORECASE)

#: What was done to a subject that fired, after what it did: "shot his neighbor and was then
#: wounded by police officers", "shot and killed one of two armed men ... but was wounded".
_THEN_HIT = re.compile(r"\b(?:and|but)\s+(?:was|were|is)\s+(?:(?:then|later|also|himself|herself)\s+)?(?:\w+ly\s+)?"
                       r"(?:(?P<killed>shot\s+and\s+killed|killed|shot\s+dead|shot\s+to\s+death)|wounded|shot|injured|"
                       r"hurt|struck)\b", re.IGNORECASE)


#: Periods that end no sentence: "about 8 p.m. Tuesday", "on Main St. and died", "Sgt. J. Doe said",
#: "on Feb. 26".
_ABBREVIATION = re.compile(r"\b(?:[ap]\.m\.|(?:[A-Z]\.)+(?=\s*[A-Za-z])|(?:St|Ave|Blvd|Dr|Rd|Mt|Ft|No|Lt|Sgt|Det"
                           r"|Capt|Cpl|Gov|Sen|Rep)\.(?=\s)|\b(?:Jr|Sr)\.(?=[\s,])"
                           r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+\d))")


def predicate_kind(after: str, *, named: bool = False, subject: str = "") -> CasualtyKind | None:
    """What the words after ``subject`` say happened to it: killed, injured, or neither. Its clause
    ends where another person's begins: in "a mother gets robbed and a baby died" the mother did not die.
    What a subject did is skipped for a suspect (its role as :func:`~summarizer.rules.people.who`
    reads it: "A gunman who shot two people was killed"), and where it harmed no one ("A man who
    pointed a handgun at police officers was shot and killed"): read for "A man who opened fire
    ...", the man would lose the role that keeps him apart from the officer he shot."""
    after = _ABBREVIATION.sub(lambda m: m.group().replace(".", "·"), after)  # "about 8 p.m. Tuesday ... and died"
    if _BODY.match(after):
        return "killed"  # "a man's body was found with gunshot wounds"
    if _OWNER.match(after):
        return None  # "he found his father's handgun and shot himself": the father only owns the gun
    doer = _DOER.match(after)
    if doer is None or who(subject).role == "suspect" or not _HARM.search(doer.group()):
        return _read(after, named, doer)
    # "A man who opened fire ... was wounded": read whole, he keeps the role that sets him apart; where
    # the whole tells nothing of him ("who opened fire ... and wounded a woman was shot and killed": read
    # whole, the woman is who was hit), a death told after his deeds is his
    if (whole := _read(after, named, None)) is not None:
        return whole
    return "killed" if _clause_kind(after[doer.end():], named) == "killed" else None


def _read(after: str, named: bool, doer: re.Match[str] | None) -> CasualtyKind | None:
    """:func:`predicate_kind` past the subject's deeds (``doer``) and any aside in commas."""
    if (own_death := _DOER_DIED.match(after)) is not None:
        return _clause_kind(after[own_death.end():], named)  # his own death, told after whom he shot
    if (aside := APPOSITION.match(after) or doer) is not None:
        rest = _clause_kind(after[aside.end():], named)  # "The suspect, 28-year-old Marcus Jones, was shot and killed"
        told = aside is not doer and _TOLD_IN_ASIDE.match(aside.group())
        return rest if rest is not None or not told else _clause_kind(aside.group()[told.end():].rstrip(","), named)
    return _clause_kind(after, named)


#: A clause that says its subject lived: "was shot in the hip and is recovering at home".
_LIVED = re.compile(r"\b(?:recovering|recovered|survived|treated\s+and\s+released|(?:stable|fair|good|satisfactory)"
                    r"\s+condition|non-?life-threatening|expected\s+to\s+(?:survive|recover))\b", re.IGNORECASE)


def _clause_kind(after: str, named: bool) -> CasualtyKind | None:
    """What one clause's words say happened to the subject before them (:func:`predicate_kind`)."""
    after = after.lstrip(" ,")
    if (other := _NEXT_SUBJECT.search(after)) is not None:
        after = after[:other.start()]
    if (reported := _REPORTED.search(after)) is not None:
        after = after[:reported.start()]
    if _EITHER_NOW.match(after):
        return None  # "when a person is injured or killed by law enforcement": a rule's case
    if _DID_NOT_SURVIVE.match(after) or _SHOT_THEN_DIED.match(after):
        return "killed"  # a negation that is a death; "who was shot Tuesday outside a store died Sunday"
    if _NEGATED.search(after[:25]) or _UNHURT.search(after) or _AMONG.match(after) or _COUNTERFACTUAL.match(after):
        return None
    if OBJECT.match(after) or _PRONOUN_OBJECT.match(after) or _DEFINITE_OBJECT.match(after):
        # "a gunman shot and killed a man", "her husband fatally shot her": the victim is the object,
        # and the subject a casualty only by a verb of its own ("... and was then wounded by police")
        return "killed" if (own := _THEN_HIT.search(after)) and own.group("killed") else "injured" if own else None
    if _KILLED.search(after):
        return "killed"
    hurt = _INJURED.search(after)
    if hurt is None or named and hurt.group().endswith("shot") and not _LIVED.search(after):
        return None  # a named victim "was shot" may be the one the story says was killed, unless they lived
    return "injured"
