"""Where and when a happening took place: the model's date and place, checked against the story.

A small model often picks a date or place from a later sentence about something else (an arrest, a
vigil, a statement); news writing puts the happening's own in its first sentences. This module
anchors each happening the model lists to the date and place the story gives it
(:func:`anchor`), before :mod:`summarizer.extract.grounded` builds its record.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.ingest.document import Candidate, Document, Sentence
from summarizer.rules.date_mention import DateMention
from summarizer.rules.lexicon import AGENCY_TAG, LEGAL_STEP_VERBS
from summarizer.rules.localities import PlaceMention
from summarizer.rules.place_cues import resident_of
from summarizer.rules.scope import LEDE_SENTENCES
from summarizer.models.schemas import DAY_PRECISIONS

#: How far down the story a date or place is still taken as the happening's own by default.
TOP_SENTENCES = 6


def _anchored(chosen: str | None, kind: str, evidence: int, document: Document,
              physical: bool = False) -> Candidate | None:
    """The model's date or place when the story's opening or the evidence sentence states it;
    else the one the evidence sentence states; else the first one near the top of the story.

    A small model often picks a date or place from a later sentence about something else (an
    arrest, a vigil); news writing puts the happening's own in its first sentences. For a
    ``physical`` happening (an attack, a disaster), a day given only for a statement about it is
    no day of its own (:func:`said_on`); for an agreement or a demand, saying is the happening. A
    plan's day (:func:`planned_on`) dates no happening of any kind.
    """
    found = document.of_kind(kind)  # type: ignore[arg-type]
    if physical and (day := _happened_on(found, document)) is not None:
        return day  # "autopsy results ... indicate the shootings happened Thursday evening"
    lede = {s.number for s in document.sentences[:LEDE_SENTENCES]}
    pick = document.candidate(chosen) if chosen else None
    if physical and (shot := _shot_on(pick, found, document)) is not None:
        return shot  # "A man found dead ... Saturday morning had been shot late Thursday"
    said = pick is not None and (physical and said_on(pick, document) or planned_on(pick, document))
    of_kind = [c for c in found if not _wider_place(c) and not (physical and said_on(c, document))
               and not planned_on(c, document)]
    stated = next((c for c in of_kind if evidence in c.sentences), None)
    # an attack's own sentence that gives a day dates it: "wounded Friday evening" beats the lede's
    # next sentence "was in surgery Saturday"
    own_day = physical and is_day(stated)
    if _inside(stated, pick):
        return stated  # "POCATELLO, Idaho (AP) - ...": the model's "Idaho" is said more exactly in its own sentence
    top = {s.number for s in document.sentences[:TOP_SENTENCES]}
    # the opening's first town in the model's state, past a dateline across the state line: "CINCINNATI -- ...
    # on Interstate 75 near Florence" for the model's "Kentucky"
    opening = _opening(of_kind, top)
    if not _inside(opening, pick):
        opening = _opening([c for c in of_kind if _inside(c, pick)], top) or opening
    if _inside(opening, pick):
        return opening  # "AMARILLO, Texas (AP) - ... happened in Dumas": the model's "Texas" is the opening's town
    if (scene := _scene_past_dateline(pick, of_kind, document) or _scene_past_resident(pick, of_kind, document)):
        return scene  # "DETROIT — ... last week in nearby Inkster", "A Decatur man ... in Stone Mountain"
    if pick is not None and not said and (evidence in pick.sentences or lede & set(pick.sentences) and not own_day):
        return pick
    if is_day(pick) and not said and stated is not None and not is_day(stated):
        return pick  # "the shooting of three people in January" does not undo the model's "Jan. 27"
    told = stated or _opening(of_kind, top)
    if (scene := _scene_past_dateline(told, of_kind, document)) is not None:
        return scene  # the model's place is a later sentence's, and the opening's first is the dateline's city
    if told is None and _wider_place(pick):
        # a country or region from far down a story whose opening names no city: the evidence's
        # or the opening's own, of any level ("agreed to a ceasefire in Nagorno-Karabakh", not "Russia")
        told = next((c for c in found if evidence in c.sentences), None) or _opening(found, top)
    return told or pick


#: After a dateline's city: its state or agency, then the dash that opens the story ("BEND, Ore. —").
_DATELINE_END = re.compile(rf"^(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:{AGENCY_TAG}\s*)?[—–-]")
#: Before a town named as where something happened: "in nearby Inkster", "at a home in Sisters".
_IN_TOWN = re.compile(r"\b(?:in|near|outside)\s+(?:the\s+)?(?:nearby\s+|suburban\s+|neighboring\s+)?$"
                      r"|\b(?:in|near|outside)\s+the\s+(?:town|township|borough|village|city)\s+of\s+$"  # "the Town of"
                      # "at a Garland apartment complex", "on a Bessemer street", "outside an Essex bar"
                      r"|\b(?:at|of|in|into|on|outside|inside|near|behind)\s+an?\s+$"
                      r"|\b(?:at|of|in|into)\s+(?:his|her|their)\s+$", re.IGNORECASE)  # "of her Penn Hills home"
#: A town whose own police tell of it: "LAFAYETTE, La. (KATC) - Opelousas police are still looking for a gunman",
#: "ATLANTA — A Cobb County man shot and killed his estranged wife ..., Marietta police said".
_TOWN_POLICE = re.compile(r"\s+(?:police|police\s+department)\b", re.IGNORECASE)
#: Where a victim was treated, not shot: "died at a Plano hospital".
_HOSPITAL_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:hospital|medical\s+center)\b", re.IGNORECASE)
#: A sentence that tells where it happened or where police went: "The shooting happened ... in Jennings".
_TOLD_THERE = re.compile(r"\b(?:happened|occurred|took\s+place|responded)\b", re.IGNORECASE)
#: How many update lines a page may put on top of the dateline that opens its story.
_LINES_ON_TOP = 2
#: A town's own state written after it: "in Florence, Kentucky," across the state line from the dateline's city.
_OWN_STATE = re.compile(r",\s+[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?(?=[,\s])")


def _scene_past_dateline(pick: Candidate | None, of_kind: list[Candidate], document: Document) -> Candidate | None:
    """Another town of the dateline's state (or one given its own state) that the story's first
    sentence says it happened in, where the model picked the dateline's city: a dateline names where
    the report was filed ("HOUSTON — A man was killed ... at an apartment complex in Channelview",
    "CINCINNATI — ... on Interstate 75 in Florence, Kentucky", "MEMPHIS, Tenn. - ... in a shopping
    center parking lot in Southaven, just across the state line in DeSoto County, Mississippi", "NEW
    ORLEANS — ... in the parking lot of a Metairie shopping center", "LAFAYETTE, La. (KATC) - Opelousas
    police are still looking ...").
    Where the first sentence names no other town, the second may name the town whose police came
    ("CLEVELAND — A 17-year-old boy was shot Thursday afternoon ... Euclid police said officers were
    sent to ..."); where the first names it only as where someone lives, the second may say it
    happened there."""
    if pick is None or not isinstance(pick.value, PlaceMention) or pick.value.level != "city":
        return None
    body = document.body
    # the sentence the dateline opens: the first, or one below an update line on top (or a headline that
    # names the town first: "Chase out of Detroit ends ..." over "DETROIT (WJBK) - ...")
    opens = next((i for i, s in enumerate(document.sentences[:_LINES_ON_TOP + 1])
                  for start in _named_at(pick, s, body, any_case=True)
                  if start <= s.span.start + 2 and _DATELINE_END.match(body[start + len(pick.span.text):])), None)
    if opens is None:
        return None
    first = document.sentences[opens]
    towns = [c for c in _other_towns(pick, of_kind, first, body) if c.span.text.lower() != pick.span.text.lower()]
    # "HOUSTON — A man was shot in southwest Houston" (not "in Chester, just outside Philadelphia", nor
    # "ST. LOUIS — ... in East St. Louis")
    # (not "in north St. Louis County": the county)
    here = re.compile(rf"\bin\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<city>{re.escape(pick.span.text)})\b(?!\s+County\b)",
                      re.IGNORECASE)
    if any(not any(start <= m.start("city") < start + len(c.span.text)
                   for c in towns for start in _named_at(c, first, body))
           for m in here.finditer(body, first.span.start + len(pick.span.text), first.span.end)):
        return None
    scene = next((c for c in towns if any(
        not _HOSPITAL_AFTER.match(body, start + len(c.span.text))
        and (_IN_TOWN.search(body, max(0, start - 30), start) or _TOWN_POLICE.match(body, start + len(c.span.text)))
        for start in _named_at(c, first, body))), None)
    if scene is not None or opens + 1 >= len(document.sentences):
        return scene
    # the second sentence's town whose police came, or where the first only says who lived there ("A
    # Cheltenham Township man who shot his estranged wife ... forced his way into the home ... in Cheltenham"),
    # or the town it says it happened in, where the first names none ("The shooting happened around 12:30
    # a.m. Sunday at a rented hall in Jennings", "Troopers responded ... to private land in the town of Freedom")
    second, named_first = document.sentences[opens + 1], any(_named_at(c, first, body) for c in towns)
    return next((c for c in towns if any(
        not named_first and _TOWN_POLICE.match(body, start + len(c.span.text))
        or _named_at(c, first, body) and _IN_TOWN.search(body, max(0, start - 30), start)
        or not named_first and _TOLD_THERE.search(body, second.span.start, start) is not None
        and _IN_TOWN.search(body, max(0, start - 30), start)
        and not _HOSPITAL_AFTER.match(body, start + len(c.span.text))
        for start in _named_at(c, second, body))), None)


def _scene_past_resident(pick: Candidate | None, of_kind: list[Candidate], document: Document) -> Candidate | None:
    """Another town that the first sentence naming the model's town says it happened in, where that
    sentence names the model's town only as where someone lived: "A Decatur man was killed early
    Sunday in Stone Mountain" happened in Stone Mountain, "MARIETTA, Ga. - A Kennesaw woman was shot Friday
    night in Marietta" in Marietta."""
    if pick is None or not isinstance(pick.value, PlaceMention) or pick.value.level != "city":
        return None
    body = document.body
    sentence = next((s for s in document.sentences[:LEDE_SENTENCES] if _named_at(pick, s, body)), None)
    if sentence is None or not all(resident_of(body, start, start + len(pick.span.text))
                                   for start in _named_at(pick, sentence, body)):
        return None
    return next((c for c in _other_towns(pick, of_kind, sentence, body) if any(
        _IN_TOWN.search(body, max(0, start - 30), start) and not _HOSPITAL_AFTER.match(body, start + len(c.span.text))
        for start in _named_at(c, sentence, body, any_case=True))), None)


def _other_towns(pick: Candidate, of_kind: list[Candidate], sentence: Sentence, body: str) -> list[Candidate]:
    """The towns other than ``pick``'s in its state, or in one given after the town ("in Florence,
    Kentucky,") or named in ``sentence`` ("in Southaven, just across the state line in DeSoto County,
    Mississippi"); not a town of another state that only shares a neighbourhood's name ("an Ensley
    apartment complex" in Birmingham, Alabama is no Ensley, Florida)."""
    city = pick.value.city if isinstance(pick.value, PlaceMention) else None
    state = pick.value.admin1 if isinstance(pick.value, PlaceMention) else None
    return [c for c in of_kind if isinstance(c.value, PlaceMention) and c.value.level == "city"
            and c.value.city != city and (c.value.admin1 == state or _OWN_STATE.match(body, c.span.end)
                                          or c.value.admin1 is not None
                                          and re.search(rf"\b{re.escape(c.value.admin1)}\b", sentence.span.text))]


def _named_at(candidate: Candidate, sentence: Sentence, body: str, any_case: bool = False) -> list[int]:
    """Where ``candidate``'s name stands in ``sentence``, if the rules found it there (a town may be
    named first in an update line above the dateline and again in the story's first sentence; "the St.
    Louis suburb of Florissant" names no St. Louis the rules take); ``any_case`` finds a dateline's
    "MARIETTA" as "in Marietta" too."""
    if sentence.number not in candidate.sentences:
        return []
    name = re.compile(rf"(?<![\w.]){re.escape(candidate.span.text)}(?!\w)", re.IGNORECASE if any_case else 0)
    return [m.start() for m in name.finditer(body, sentence.span.start, sentence.span.end)]


#: The story telling its happening's own day: "the shootings happened Thursday evening", "The shooting
#: occurred about 1 a.m. Sunday", "since the shooting, which happened about 1:50 a.m. Saturday, Feb. 20"
#: (not "a separate shooting that happened Friday" nor "the other shooting happened Friday": another incident).
_WHEN_WORDS = (r"(?:\s+(?:at|about|around|approximately|shortly|just|before|after|early|late|on"
               r"|sometime|\d{1,2}(?::\d\d)?|[ap]\.m\.|noon|midnight),?)*\s+$")
_HAPPENED = re.compile(r"\bthe\s+(?!(?:other|second|third|earlier|previous|separate|first)\b)(?:[\w-]+\s+)?"
                       r"(?:shootings?|killings?|attack|incident)(?:,?\s+(?:which|that))?\s+(?:happened|occurred"
                       rf"|took\s+place){_WHEN_WORDS}", re.IGNORECASE)
#: ... or, in its opening sentences, the day the victim was shot, or the day an evening ended in gunfire:
#: "A man found dead inside a parked car Saturday morning had been shot late Thursday" (or "was likely shot"),
#: "An argument that started at a tavern Thursday night ended in gunfire early Friday morning".
_SHOT_ON = re.compile(
    rf"\b(?:(?:was|were|had\s+been)\s+(?:(?:\w+ly|probably|apparently)\s+)?shot|ended\s+(?:in|with)\s+gunfire){_WHEN_WORDS}", re.IGNORECASE)
#: A day the victim was found, or the day before gunfire began with something else: no day of the shot
#: itself where the opening gives one (:data:`_SHOT_ON`).
_FOUND_OR_BEGAN = re.compile(r"\b(?:found|discovered|began|started)\b(?:[^.;,]|[ap]\.m\.){0,60}$", re.IGNORECASE)
_FOUND_OR_BEGAN_REACH = len("discovered") + 60 * len("a.m.")


def _happened_on(found: list[Candidate], document: Document, pattern: re.Pattern[str] = _HAPPENED,
                 sentences: set[int] | None = None) -> Candidate | None:
    """The one day the story says its shooting happened on (:data:`_HAPPENED`), if one; or with
    ``pattern`` in ``sentences`` only."""
    days = {c.value.value: c for c in found if is_day(c) and any(  # type: ignore[union-attr]
        pattern.search(document.body, document.sentences[n - 1].span.start, start)
        for n in c.sentences if sentences is None or n in sentences
        for start in _named_at(c, document.sentences[n - 1], document.body))}
    return next(iter(days.values())) if len(days) == 1 else None


def _shot_on(pick: Candidate | None, found: list[Candidate], document: Document) -> Candidate | None:
    """The day the opening says the victim was shot (:data:`_SHOT_ON`), where the model picked the day
    the body was found or an evening began (:data:`_FOUND_OR_BEGAN`)."""
    # the window holds the longest match: the verb, then 60 characters or clock abbreviations
    if pick is None or not is_day(pick) or not _FOUND_OR_BEGAN.search(
            document.body, max(0, pick.span.start - _FOUND_OR_BEGAN_REACH), pick.span.start):
        return None
    lede = {s.number for s in document.sentences[:LEDE_SENTENCES]}
    day = _happened_on(found, document, _SHOT_ON, lede)
    return day if day is not None and day.value.value != pick.value.value else None  # type: ignore[union-attr]


def _opening(candidates: list[Candidate], top: set[int]) -> Candidate | None:
    """The first of ``candidates`` that a sentence near the top of the story states."""
    return next((c for c in sorted(candidates, key=lambda c: min(c.sentences)) if top & set(c.sentences)), None)


#: A plan right before a date: the day is the plan's, of no happening yet, whatever the story is about
#: ("Funeral services are set for Wednesday", "The judge set a trial date of May 9").
_PLAN = r"(?:set|scheduled|planned)\s+for|(?:trial|hearing|court|sentencing)\s+date\s+(?:of|for)"
_PLANNED = re.compile(rf"\b(?:{_PLAN})\s+(?:on\s+)?$", re.IGNORECASE)
#: A speech verb, a legal step, a death or a plan right before a date: the day it dates is a statement's,
#: the step's, the death's or the plan's, not the attack's ("police said Monday", "said at a news
#: conference early Sunday", "said at a briefing Wednesday", "was charged Sunday", "made his first
#: appearance Monday", "was in the Lake County Jail on Monday", "pleaded guilty Friday", "died Saturday,
#: five days after she was shot").
_SAID = re.compile(rf"\b(?:(?:said|says|told\s+(?:\w+\s+){{0,2}}?|announced|confirmed|{LEGAL_STEP_VERBS}"
                   r"|made\s+(?:his|her|their)\s+(?:first\s+|initial\s+)?(?:court\s+)?appearance|appeared\s+in\s+court"
                   r"|(?:was|were|is|are|remained|remains)\s+(?:being\s+held\s+)?in\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?(?:jail|custody)"
                   rf"|{_PLAN}"
                   r"|pleaded\s+(?:not\s+)?(?:guilty|no\s+contest)|died)"
                   r"(?:\s+(?:at|during)\s+an?\s+(?:(?:news|press)\s+)?(?:conference|briefing))?)"
                   r"\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
#: A page's update stamp dates the page, not the happening: "UPDATE (Sunday, 4:15 p.m.):", "UPDATE (10:42
#: a.m., Feb. 29):".
_STAMP = re.compile(r"\bupdated?\s*[(:]?\s*(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?,?\s+)?(?:on\s+)?$", re.IGNORECASE)
#: A report's own step right after its day: "Police on Sunday released video of the men who ...".
_STEP_ON = re.compile(rf"^\s+(?:said|announced|released|identified|named|confirmed|{LEGAL_STEP_VERBS})\b", re.IGNORECASE)


def planned_on(candidate: Candidate, document: Document) -> bool:
    """A date the story gives for a plan: no happening's of any kind."""
    return isinstance(candidate.value, DateMention) and \
        _PLANNED.search(document.body, max(0, candidate.span.start - 40), candidate.span.start) is not None


#: A memorial's rite right before a date: "released purple balloons Sunday evening in memory of a mother
#: who died last week", "during a vigil Sunday" (a story that opens on the gathering itself, "Family and
#: friends gathered Sunday for a vigil", is a follow-up of its own: :mod:`summarizer.extract.grounded`).
_MEMORIAL = re.compile(r"\b(?:released\s+(?:[\w-]+\s+){0,2}?balloons|held\s+(?:a\s+)?(?:candlelight\s+)?vigils?"
                       r"|(?:during|at)\s+(?:a|the)\s+(?:candlelight\s+|prayer\s+)?vigil)\s+(?:on\s+)?$", re.IGNORECASE)


#: A victim's condition right before a date: "was fighting for his life Monday after accidentally shooting
#: himself ... Sunday afternoon", "remained in critical condition Monday".
_CONDITION = re.compile(r"\b(?:fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)|condition|hospitali[sz]ed"
                        r"|on\s+life\s+support)\s+(?:on\s+)?$", re.IGNORECASE)


def said_on(candidate: Candidate, document: Document) -> bool:
    """A date the story gives only for when something was said or done about the happening:
    "wounded in a shooting over the weekend, police said Monday" happened before Monday, and so
    did the shooting in "Police on Sunday released video", the one mourned in "released purple
    balloons Sunday evening in memory of a Tulsa mother who died last week", and the one that left
    a boy "fighting for his life Monday"."""
    return isinstance(candidate.value, DateMention) and (
        _SAID.search(document.body, max(0, candidate.span.start - 60), candidate.span.start) is not None
        or _MEMORIAL.search(document.body, max(0, candidate.span.start - 40), candidate.span.start) is not None
        or _CONDITION.search(document.body, max(0, candidate.span.start - 40), candidate.span.start) is not None
        or _STAMP.search(document.body, max(0, candidate.span.start - 30), candidate.span.start) is not None
        or _STEP_ON.match(document.body[candidate.span.end:candidate.span.end + 40]) is not None)


def _wider_place(candidate: Candidate | None) -> bool:
    """A place candidate wider than a city: a state, region or country."""
    return candidate is not None and isinstance(candidate.value, PlaceMention) and candidate.value.level != "city"


def _inside(city: Candidate | None, wider: Candidate | None) -> bool:
    """``city`` is a city in the state or country that ``wider`` names."""
    if not (_wider_place(wider) and city is not None and isinstance(city.value, PlaceMention)):
        return False
    outer = wider.value  # type: ignore[union-attr]
    assert isinstance(outer, PlaceMention)
    return city.value.level == "city" and city.value.country == outer.country and \
        (outer.level == "country" or city.value.admin1 == outer.admin1)


def is_day(candidate: Candidate | None) -> bool:
    """A date candidate that names a day (not a month or a year)."""
    return candidate is not None and isinstance(candidate.value, DateMention) and \
        candidate.value.value is not None and candidate.value.precision in DAY_PRECISIONS


def _narrowed(candidate: Candidate | None, document: Document, physical: bool) -> Candidate | None:
    """A month or a year narrowed to the one day the story gives inside it: "killed a teenager
    last month" and "was shot in the head Feb. 12" tell the same day."""
    mention = candidate.value if candidate is not None else None
    if not isinstance(mention, DateMention) or mention.value is None or mention.precision not in ("month", "year"):
        return candidate
    coarse = mention.value
    days = {c.value.value: c for c in document.of_kind("date")  # type: ignore[union-attr]
            if is_day(c) and not (physical and said_on(c, document))
            and c.value.value.year == coarse.year  # type: ignore[union-attr]
            and (mention.precision == "year" or c.value.value.month == coarse.month)}  # type: ignore[union-attr]
    return next(iter(days.values())) if len(days) == 1 else candidate


#: Happenings that are no statement: the day a statement about them was made is not theirs.
_PHYSICAL = frozenset({"ASSAULT", "DISASTER"})


def anchor(happening: Any, document: Document) -> Any:
    """The happening with its date and place anchored (:func:`_anchored`), before answers about
    one happening are folded: they then agree on when and where."""
    physical = happening.type in _PHYSICAL
    date = _narrowed(_anchored(happening.date, "date", happening.s, document, physical), document, physical)
    place = _anchored(happening.place, "place", happening.s, document)
    return happening.model_copy(update={"date": date.id if date else None, "place": place.id if place else None})
