"""Grounded extraction (prompts v3-v5): the model chooses, the code writes. Grounded by construction.

The model saw the article as numbered sentences and the values the rules found in them as
numbered candidates (:mod:`summarizer.extract.grounded_prompt`), and answered with numbers only:
which sentence reports each happening, which candidates are its date, place, counts and actors
(and, under v3, its time and quotes). Every quote, span and value in the records is built here
from the :class:`~summarizer.ingest.document.Document`, so quotes are verbatim and spans exact,
and a small model never has to copy, normalise or count. What v4 does not ask for, the code
derives: the clock time from the happening's sentence and the next ones, the quotes from the
quoted sentences that follow its report.

Scope is the model's other job: each count is assigned to the happening it counts. A count it
leaves out (an earlier incident, a yearly total, a forecast) goes nowhere: it is not this
event's figure. The exceptions are counts of a kind the happening has none of: one told in the
happening's own sentence ("One man was killed and two were wounded": the sentence that reports the
happening reports that count too), one told as "also" hit right after it, and, for the story's main
happening given deaths and no hurt, the first count of the hurt offered (the small model often
leaves the wounded out; the candidates hold no other incident's counts).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel

from summarizer.extract.anchoring import TOP_SENTENCES, anchor, is_day, said_on
from summarizer.extract.grounded_prompt import MAX_QUOTES, shown_sentences
from summarizer.ingest.document import Candidate, Document
from summarizer.records.normalize import normalize_time
from summarizer.rules import find_attributions
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.date_mention import DateMention
from summarizer.rules.gazetteer import lookup_place
from summarizer.rules.lexicon import LEGAL_STEP_VERBS
from summarizer.rules.localities import PlaceMention
from summarizer.rules.spans import Span
from summarizer.rules.times import TimeMention
from summarizer.models.schemas import (
    DAY_PRECISIONS,
    Actor,
    CasualtyClaim,
    EventDate,
    EventRecord,
    EventType,
    Evidence,
    Location,
    Provenance,
    Statement,
)

#: Sub-types named by a keyword of the evidence sentence; the first match wins.
_MODES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b(?:{words})\b", re.IGNORECASE), mode) for words, mode in [
        (r"cease-?fire|truce", "ceasefire"), (r"shelling|shelled|artillery", "shelling"),
        (r"air ?strikes?|drone strikes?", "airstrike"), (r"shooting|shot|gunfire|gunman|opened fire", "shooting"),
        (r"stabbing|stabbed", "stabbing"), (r"bomb(?:ing)?|explosion|blast", "bombing"),
        (r"offensive|operation|assault", "offensive"), (r"talks|negotiations|meeting|met", "talks"),
        (r"arrest(?:ed)?|charged|detained", "arrest"), (r"evacuat\w+", "evacuation"),
        (r"protest\w*|rally|demonstration", "protest"), (r"agreement|deal|accord", "agreement"),
    ]
]


#: The event type a sub-type implies. Where the evidence sentence names one, it decides the type:
#: a small model calls a ceasefire CONCEDE or a shooting DISASTER, the keyword does not.
_MODE_TYPES: dict[str, EventType] = {
    "ceasefire": "AGREE", "agreement": "AGREE", "shelling": "ASSAULT", "airstrike": "ASSAULT",
    "shooting": "ASSAULT", "stabbing": "ASSAULT", "bombing": "ASSAULT", "offensive": "ASSAULT",
    "talks": "CONSULT", "arrest": "COERCE", "evacuation": "AID", "protest": "PROTEST",
}


#: A death told without a weapon: "two young men were killed", "was slain".
_KILLED_WORD = re.compile(r"\b(?:killed|slain|murdered|fatally)\b", re.IGNORECASE)


def _evidence(span: Span) -> Evidence:
    return Evidence(quote=span.text, span=span, match="exact")


def _date(candidate: Candidate | None) -> EventDate:
    if candidate is None or not isinstance(candidate.value, DateMention):
        return EventDate()
    mention = candidate.value
    return EventDate(text=mention.span.text, value=mention.value, precision=mention.precision,
                     resolved=mention.resolved, note=mention.note)


def _location(candidate: Candidate | None) -> Location:
    if candidate is None or not isinstance(candidate.value, PlaceMention):
        return Location()
    place = candidate.value
    timezone = place.timezone
    if timezone is None and place.country:
        known = lookup_place(place.country, fuzzy=False)
        timezone = known.timezone if known else None
    return Location(name=place.span.text, detail=place.detail, city=place.city, admin1=place.admin1,
                    country=place.country, country_code=place.country_code, timezone=timezone)


def _claim(candidate: Candidate) -> CasualtyClaim | None:
    if not isinstance(candidate.value, CasualtyMention):
        return None
    mention = candidate.value
    count = mention.number.count
    return CasualtyClaim(kind=mention.kind, text=mention.words, low=count.low, best=count.best,
                         high=count.high, qualifier=count.qualifier, civilians=mention.civilians,
                         claimed_by=mention.claimed_by, evidence=_evidence(mention.number.span))


def _statement(document: Document, number: int) -> Statement | None:
    sentence = document.sentence(number)
    if sentence is None:
        return None
    speakers = [a.source for a in find_attributions(sentence.span.text)]
    if not speakers or not re.search(r"[\"“”]", sentence.span.text):
        return None  # a statement needs a quotation and someone it is attributed to
    return Statement(speaker=speakers[0], quote=sentence.span.text, evidence=_evidence(sentence.span))


def _quotes_after(document: Document, evidence: list[int]) -> list[list[int]]:
    """Per happening (by evidence sentence), the quoted sentences it is the nearest report before,
    when the prompt does not ask the model for them: a reaction follows the report of what it is
    about. Quotes above every report go to the main happening; at most :data:`MAX_QUOTES` each."""
    quotes: list[list[int]] = [[] for _ in evidence]
    if not evidence:
        return quotes
    for number in shown_sentences(document):
        if _statement(document, number) is None:
            continue
        before = [i for i, s in enumerate(evidence) if s <= number]
        owner = max(before, key=lambda i: evidence[i]) if before else 0
        if len(quotes[owner]) < MAX_QUOTES:
            quotes[owner].append(number)
    return quotes


#: How many sentences after its evidence sentence a happening's clock time may be stated.
TIME_REACH = 2


def _nearby_time(document: Document, evidence: int) -> Candidate | None:
    """A happening's clock time when the model named none: one stated in its evidence sentence or
    in the next :data:`TIME_REACH` sentences ("… a ceasefire. The deal went into effect at 1 p.m.
    (0900 GMT)."). A form with a zone wins ("0900 GMT" over "1 p.m.")."""
    for number in range(evidence, evidence + TIME_REACH + 1):
        here = [c for c in document.of_kind("time") if number in c.sentences]
        if here:
            return max(here, key=lambda c: isinstance(c.value, TimeMention) and c.value.tz_name is not None)
    return None


def _mode(sentence: str) -> str | None:
    return next((mode for regex, mode in _MODES if regex.search(sentence)), None)


def _city(document: Document, place_id: str | None) -> str | None:
    candidate = document.candidate(place_id) if place_id else None
    return candidate.value.city if candidate and isinstance(candidate.value, PlaceMention) else None


def _same_happening(a: Any, b: Any, document: Document) -> bool:
    """Two answers about one happening: a small model lists the headline and the lede separately.

    Same type, and neither the date nor the place differs (either may be missing on one side;
    places are compared as the cities they resolve to, so a neighbourhood is its city).
    """
    places = {_city(document, a.place) or a.place, _city(document, b.place) or b.place} - {None}
    return a.type == b.type and (a.date is None or b.date is None or a.date == b.date) and len(places) <= 1


def _folded(happenings: list[Any], document: Document) -> list[Any]:
    kept: list[Any] = []
    for happening in happenings:
        same = next((k for k in kept if _same_happening(k, happening, document)), None)
        if same is None:
            kept.append(happening)
            continue
        same.counts = [*same.counts, *happening.counts]
        same.date = same.date or happening.date
        same.place = same.place or happening.place
        if hasattr(same, "time"):
            same.time = same.time or happening.time
    return kept


#: A step that follows a happening: an arrest, a charge, a court date ("appeared Monday morning in
#: Pulaski County District Court"), naming the dead, a vigil or
#: funeral ("gathered to remember a teenager who was killed Friday"), a victim's death from wounds
#: suffered before. A story whose main happening is such a step is a follow-up; the earlier
#: happening it refers to comes first.
_FOLLOW_UP = re.compile(rf"\b(?:{LEGAL_STEP_VERBS}|pleaded|trial|in\s+court|custody|vigil|funeral|memorial|mourn\w*"
                        r"|appeared\s+(?:[\w.-]+\s+){0,3}?in\s+(?:[A-Z][\w.-]*\s+){1,4}Court"
                        r"|remember(?:ed|ing)?|honou?r(?:ed|ing)?|laid\s+to\s+rest|identified|succumbed"
                        r"|(?:say|said|saying|bid|bade|bidding)\s+(?:\w+\s+)?(?:goodbye|farewell)|buried|burial"
                        r"|pa(?:y|id|ying)\s+(?:their\s+|final\s+|last\s+)*respects"
                        r"|turned\s+(?:himself|herself|themselves)\s+in|surrender(?:ed|s)?"
                        r"|died\b[^.;]{0,40}?\b(?:from|of)\s+(?:\w+\s+){0,2}?(?:injuries|wounds))\b", re.IGNORECASE)


def _original_date(document: Document, before: dt.date) -> Candidate | None:
    """The day of the happening a follow-up refers to, when the model listed no record for it: the
    first day before the follow-up's own that a sentence near the top of the story states, where
    that sentence reports violence or casualties ("Police said the shooting was reported about 4
    p.m. Saturday"). Further down, earlier days are mostly other incidents ("he faces another
    charge for the Nov. 7 shooting")."""
    counted = {n for c in document.of_kind("count") for n in c.sentences}
    top = {s.number for s in document.sentences[:TOP_SENTENCES]}
    for candidate in sorted(document.of_kind("date"), key=lambda c: min(c.sentences)):
        if not is_day(candidate) or candidate.value.value >= before:  # type: ignore[union-attr,operator]
            continue
        if said_on(candidate, document):
            continue  # a statement's or a plan's day: "Funeral services are set for Wednesday"
        for number in top.intersection(candidate.sentences):
            sentence = document.sentence(number)
            violent = sentence is not None and _MODE_TYPES.get(_mode(sentence.span.text) or "") == "ASSAULT"
            if number in counted or violent:
                return candidate
    return None


def _original_record(document: Document, follow_up: EventRecord, candidate: Candidate) -> EventRecord:
    """A record of the original happening, built from the sentence that dates it, in the
    follow-up's place; :func:`_original_first` moves the follow-up's casualty claims to it."""
    number = candidate.sentences[0]
    sentence = document.sentence(number)
    assert sentence is not None
    evidence, date = _evidence(sentence.span), _date(candidate)
    near = _nearby_time(document, number)
    mode = _mode(sentence.span.text)
    return follow_up.model_copy(update={
        "event_type": _MODE_TYPES.get(mode or "", "ASSAULT"), "mode": mode,
        "summary": " ".join(sentence.span.text.split()),
        "date": date, "time": normalize_time(near.span.text if near else None, date, follow_up.location, evidence),
        "actors": [], "casualties": [], "statements": [], "evidence": [evidence]})


def _original_first(records: list[EventRecord], document: Document) -> list[EventRecord]:
    """A follow-up story ("Two arrested Monday in Saturday's fatal shooting") is about its original
    happening: the earliest earlier-dated record goes first and, when it has none, takes the
    follow-up's casualty claims (the arrest counts the shooting's victims, not its own). When the
    model listed no earlier happening, or only an earlier step (the arrest before the court date),
    one is built from the sentence that dates it."""
    first = records[0] if records else None
    if first is None or first.date.value is None:
        return records
    earlier = [r for r in records[1:] if r.date.value is not None and r.date.precision in DAY_PRECISIONS
               and r.date.value < first.date.value]
    if not _FOLLOW_UP.search(first.summary) and not _aftermath(first, earlier):
        return records
    if not earlier and (dated := _original_date(document, first.date.value)) is not None:
        earlier = [_original_record(document, first, dated)]
    if not earlier:
        return records
    first_day = first.date.value
    original = min(earlier, key=lambda r: r.date.value or first_day)
    if _FOLLOW_UP.search(original.summary) and not _violent(original.summary) and original.date.value is not None \
            and (dated := _original_date(document, original.date.value)) is not None:
        original = _original_record(document, first, dated)  # a step before the step: "was arrested Thursday"
    if not original.casualties:
        original, first = (original.model_copy(update={"casualties": first.casualties}),
                           first.model_copy(update={"casualties": []}))
    ordered = [original, first, *(r for r in records[1:] if r.record_id != original.record_id)]
    return [r.model_copy(update={"record_id": f"{document.article.id}-{i}"}) for i, r in enumerate(ordered)]


def _aftermath(first: EventRecord, earlier: list[EventRecord]) -> bool:
    """A first record that is the aftermath of an earlier attack the model listed after it, with the
    attack's counts: its own sentence tells no violence ("More than 200 people crowded into a church
    for a community meeting", "The family of Marcus Whitfield stood outside ... and asked for
    witnesses") and is no agreement, and the earlier record's does ("after two young men were killed
    Wednesday night in a drive-by shooting") with no counts of its own."""
    if not first.casualties or first.event_type == "AGREE" or _violent(first.summary):
        return False
    return any(_violent(r.summary) and not r.casualties for r in earlier)


def _violent(sentence: str) -> bool:
    return _MODE_TYPES.get(_mode(sentence) or "") == "ASSAULT" or _KILLED_WORD.search(sentence) is not None


def _same_sentence_counts(document: Document, number: int, chosen: list[Candidate], used: set[str]) -> list[Candidate]:
    """Counts of a kind the model gave the happening none of, told in the happening's own sentence: "One
    man was killed and two were wounded" reports both, whichever the model listed. So is a kind it gave
    only from later sentences: "killing a man and wounding two other people" counts the wounded
    whom the story then tells one by one ("A woman was shot in the back ... A man was shot in the hand")."""
    kinds = {c.value.kind for c in chosen if isinstance(c.value, CasualtyMention) and min(c.sentences) <= number}
    return [c for c in document.candidates if c.kind == "count" and c.id not in used
            and number in c.sentences and isinstance(c.value, CasualtyMention) and c.value.kind not in kinds]


#: Someone told as hit "also", beside those just counted: "A 52-year-old man who was pumping gas nearby was
#: also shot."
_ALSO_HIT = re.compile(r"\b(?:was|were)\s+also\s+(?:shot|hit|struck|wounded|grazed|injured)\b", re.IGNORECASE)


def _also_hit_next(document: Document, number: int, chosen: list[Candidate], used: set[str]) -> list[Candidate]:
    """Counts of a kind the model gave the happening none of, told as "also" hit in the happening's sentence
    or one of its counts', or the next ("Reeves, 36, was shot and killed ... A 52-year-old man ... was also
    shot"): one person each, whom the model left out."""
    kinds = {c.value.kind for c in chosen if isinstance(c.value, CasualtyMention)}
    told = [number, *(n for c in chosen if isinstance(c.value, CasualtyMention) for n in c.sentences)]
    near = {n + step for n in told for step in (0, 1)}
    return [c for c in document.candidates if c.kind == "count" and c.id not in used and c not in chosen
            and isinstance(c.value, CasualtyMention) and c.value.kind not in kinds and c.value.number.count.best == 1
            and any(n in near and (sentence := document.sentence(n)) is not None
                    and _ALSO_HIT.search(sentence.span.text) for n in c.sentences)]


def _hurt_left_out(document: Document, chosen: list[Candidate], used: set[str]) -> list[Candidate]:
    """The first count of the hurt offered, where the model gave the story's main happening deaths and
    no hurt. Given a death, the small model often leaves out the wounded it was offered ("Darnell Pryor,
    29, died ... a 26-year-old man was shot in the arm"), and the injured figure then reads 0; the
    candidates hold no other incident's counts (:mod:`summarizer.rules.scope`), so the first one is this
    story's. Only for the main happening: a later one's hurt are as likely the main one's."""
    kinds = {c.value.kind for c in chosen if isinstance(c.value, CasualtyMention)}
    if "killed" not in kinds or "injured" in kinds:
        return []
    hurt = (c for c in document.candidates if c.kind == "count" and c.id not in used and c not in chosen
            and isinstance(c.value, CasualtyMention) and c.value.kind == "injured")
    return [first] if (first := next(hurt, None)) is not None else []


def to_records(answer: BaseModel, document: Document, provenance: Provenance) -> list[EventRecord]:
    """Records built from the model's choices and the document's spans; nothing is copied from the model."""
    records: list[EventRecord] = []
    used_counts: set[str] = set()
    anchored = [anchor(h, document) for h in getattr(answer, "events", []) if document.sentence(h.s) is not None]
    happenings = _folded(anchored, document)
    # v3's answer picks each happening's quote sentences; v4's leaves them to the code
    quotes_of = ([h.quotes for h in happenings] if all(hasattr(h, "quotes") for h in happenings)
                 else _quotes_after(document, [h.s for h in happenings]))
    for happening, quotes in zip(happenings, quotes_of):
        sentence = document.sentence(happening.s)
        assert sentence is not None
        pick = document.candidate
        date = _date(pick(happening.date) if happening.date else None)
        location = _location(pick(happening.place) if happening.place else None)
        chosen_time = getattr(happening, "time", None)
        time_candidate = pick(chosen_time) if chosen_time else _nearby_time(document, happening.s)
        evidence = _evidence(sentence.span)
        counts = [c for cid in dict.fromkeys(happening.counts)
                  if cid not in used_counts and (c := pick(cid)) is not None]
        counts += _same_sentence_counts(document, happening.s, counts, used_counts)
        counts += _also_hit_next(document, happening.s, counts, used_counts)
        if not records:  # the main happening
            counts += _hurt_left_out(document, counts, used_counts)
        used_counts.update(c.id for c in counts)  # one count, one happening
        mode = _mode(sentence.span.text)
        records.append(EventRecord(
            record_id=f"{document.article.id}-{len(records)}",
            event_type=_MODE_TYPES.get(mode or "", happening.type),
            mode=mode,
            summary=" ".join(sentence.span.text.split()),
            date=date,
            time=normalize_time(time_candidate.span.text, date, location, evidence) if time_candidate else
            normalize_time(None, date, location, evidence),
            location=location,
            actors=[Actor(name=c.span.text, canonical=str(c.value), role=choice.role)
                    for choice in getattr(happening, "actors", []) if (c := pick(choice.id)) is not None],
            casualties=[claim for c in counts if (claim := _claim(c)) is not None],
            statements=[s for n in dict.fromkeys(quotes) if (s := _statement(document, n)) is not None],
            evidence=[evidence],
            provenance=provenance,
        ))
    return _original_first(records, document)
