"""Which week a bare weekday means, from the dates the text itself tells.

A weekday alone is read in the week up to publication (:mod:`summarizer.rules.dates`). A story may
date that weekday itself: "that Saturday" after "Feb. 27", "Monday, Feb. 29", or the hour the police
were called, "about 2:20 a.m. on Feb. 28". These passes re-read the weekday so; without such a date
the week-window reading stands.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from summarizer.rules.date_mention import DateMention
from summarizer.rules.lexicon import LEGAL_STEP_VERBS, WEEKDAY_PATTERN, WEEKDAYS


#: A weekday that points back to a day the text has told: "shortly after 10:30 p.m. that Saturday",
#: "later that Friday", "that Sunday morning". After a clock, an hour of the day or "later", or before
#: a part of the day, "that" is no conjunction ("he said that Sunday was quiet" is left alone).
_THAT_BEFORE = re.compile(r"(?:\b(?:[ap]\.m\.|noon|midnight|later|earlier|early|late|on|of|until)\s+)that\s+$",
                          re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:night|morning|afternoon|evening)\b", re.IGNORECASE)


def told_before(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each "that <weekday>" taken as the latest calendar date before it that falls
    on that weekday ("two cousins were shot to death Feb. 27 ... 10:30 p.m. that Saturday" is Feb. 27,
    not the Saturday before publication). Without such a date the week-window reading stands."""
    kept: list[DateMention] = []
    for mention in mentions:
        start = mention.span.start
        anaphor = mention.precision == "weekday" and text[max(0, start - 5):start].lower() == "that " and \
            (_THAT_BEFORE.search(text[max(0, start - 40):start]) or _PART_AFTER.match(text, mention.span.end))
        told = [m.value for m in kept if m.precision == "day" and m.value is not None
                and m.value.weekday() == mention.weekday] if anaphor else []
        if told:
            mention = mention.model_copy(update={"value": told[-1], "resolved": True,
                                                 "note": f"the {WEEKDAYS[told[-1].weekday()]} told before"})
        kept.append(mention)
    return kept


#: A weekday named with its date: "Monday, Feb. 29".
_WEEKDAY_FIRST = re.compile(rf"^{WEEKDAY_PATTERN}\b")
#: A date told with its hour, as a story times the incident it reports: "about 2:20 a.m. on Feb. 28",
#: "around 8:45 p.m. Feb. 28".
_CLOCK_BEFORE = re.compile(r"(?:\d\s*[ap]\.m\.|\bnoon|\bmidnight)\s+(?:on\s+)?$", re.IGNORECASE)
#: A court or jail step, which a story tells on its own day: "appeared in court Monday".
_LEGAL_STEP = re.compile(rf"\b(?:{LEGAL_STEP_VERBS}|court|hearing|bond|bail|jail)\b", re.IGNORECASE)


def pinned(text: str, mentions: list[DateMention], published: date | None) -> list[DateMention]:
    """``mentions`` with a bare weekday taken as the week before, where the text dates that weekday so
    elsewhere:

    * a weekday that names the publication day, where the text names it with its date: "fired at an
      officer during a traffic stop Monday night ... about 9:30 p.m. Monday, Feb. 29" in a story of
      Monday, March 7 is Feb. 29 throughout;
    * any bare weekday, where the text times that weekday of the week before by the clock: "shot ...
      Sunday night ... Officers responded around 8:45 p.m. Feb. 28" in a story of Monday, March 7 is
      Feb. 28, not March 6;
    * a weekday that names the publication day, in a sentence that tells a death on an earlier day: "A
      woman who was shot Monday evening ... died Wednesday" in a story of Monday, March 7 was shot on
      Feb. 29 (not "Police said Monday", nor "prosecutors on Monday added a murder count").

    Not in a sentence of a court or jail step, which is often the story's own day ("appeared in court
    Monday")."""
    named = {m.value.weekday(): m.value for m in mentions
             if m.precision == "day" and m.value is not None and _WEEKDAY_FIRST.match(m.span.text)}
    clocked = {m.value.weekday(): m.value for m in mentions if m.precision == "day" and m.value is not None
               and _CLOCK_BEFORE.search(text, max(0, m.span.start - 24), m.span.start)}
    deaths = [m for m in mentions
              if m.value is not None and _DIED_ON.search(text, max(0, m.span.start - 30), m.span.start)]
    kept: list[DateMention] = []
    for mention in mentions:
        pin = _pin(mention, named, clocked, published)
        if pin is None and published is not None and mention.precision == "weekday" and mention.value == published \
                and any(d.value < published and _one_sentence(text, d, mention) for d in deaths if d.value) \
                and _SHOT_ON.search(text, max(0, mention.span.start - 40), mention.span.start):
            pin = published - timedelta(days=7)
        if pin is not None:
            start = text.rfind(".", 0, mention.span.start) + 1
            end = text.find(".", mention.span.end)
            if not _LEGAL_STEP.search(text[start:len(text) if end < 0 else end]):
                mention = mention.model_copy(update={"value": pin,
                                                     "note": f"the {WEEKDAYS[pin.weekday()]} the text dates"})
        kept.append(mention)
    return kept


#: A death right before its day: "died Wednesday", "died at a hospital Wednesday".
_DIED_ON = re.compile(r"\b(?:died|dies|succumbed)\b[^.;]{0,20}$", re.IGNORECASE)
#: The shooting's own day, told after its verb: "who was shot Monday evening" (not "Police said
#: Monday", "prosecutors on Monday added a murder count").
_SHOT_ON = re.compile(r"\b(?:shot|wounded|struck|hit|fired|opened\s+fire|shooting)\b[^.;]{0,30}$", re.IGNORECASE)


def _one_sentence(text: str, a: DateMention, b: DateMention) -> bool:
    """Whether no sentence ends between the two mentions."""
    start, end = min(a.span.end, b.span.end), max(a.span.start, b.span.start)
    return re.search(r"[.!?]\s", text[start:end]) is None


def _pin(mention: DateMention, named: dict[int, date], clocked: dict[int, date],
         published: date | None) -> date | None:
    """The date a week before ``mention``'s reading that the text gives its weekday, if any."""
    if mention.precision != "weekday" or mention.value is None or mention.weekday is None or published is None:
        return None
    week_before = mention.value - timedelta(days=7)
    if mention.value == published and named.get(mention.weekday) == week_before:
        return week_before
    return week_before if clocked.get(mention.weekday) == week_before else None
