"""Extraction v3: the model chooses, the code writes. Grounded by construction.

The model gets the article as numbered sentences and the values the rules found in them as
numbered candidates (dates ``D1``, times ``T1``, places ``P1``, casualty counts ``C1``, actors
``A1``). It answers with numbers only: which sentence reports each happening, which candidates
are that happening's date, time, place, counts and actors. Every quote, span and value in the
records is then built here from the :class:`~summarizer.ingest.document.Document`, so quotes are
verbatim and spans exact, and a small model never has to copy, normalise or count.

The answer's schema is built per article: ids are enums of the candidates that exist and the
sentence number is bounded, and it is sent as a grammar (``response_format`` json_schema), so
the model cannot name a candidate or a sentence that is not there.

Scope is the model's other job: each count is assigned to the happening it counts. A count it
leaves out (an earlier incident, a yearly total, a forecast) goes nowhere: it is not this
event's figure, and nothing adds it back.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from summarizer.ingest.document import Candidate, Document
from summarizer.records.normalize import normalize_time
from summarizer.rules import find_attributions
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.dates import DateMention
from summarizer.rules.gazetteer import lookup_place
from summarizer.rules.lexicon import LEGAL_STEP_VERBS
from summarizer.rules.localities import PlaceMention
from summarizer.rules.spans import Span
from summarizer.rules.times import TimeMention
from summarizer.models.schemas import (
    DAY_PRECISIONS,
    Actor,
    ActorRole,
    CasualtyClaim,
    EventDate,
    EventRecord,
    EventType,
    Evidence,
    Location,
    Provenance,
    Statement,
)

#: Characters of article text shown to the model: the lede in full, then the sentences that hold
#: candidates. About 500 tokens; the instructions and candidates take about 400 more.
SENTENCE_BUDGET_CHARS = 2000
#: Share of the budget filled with the opening sentences before candidate sentences are added.
LEDE_SHARE = 0.6
MAX_HAPPENINGS = 3
MAX_ACTORS = 6

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


def shown_sentences(document: Document, budget: int = SENTENCE_BUDGET_CHARS) -> list[int]:
    """Sentence numbers the model sees: the opening ones, then those holding candidates, in order."""
    chosen: list[int] = []
    used = 0
    for sentence in document.sentences:
        if used + len(sentence.span.text) > budget * LEDE_SHARE and chosen:
            break
        chosen.append(sentence.number)
        used += len(sentence.span.text)
    holding = sorted({n for c in document.candidates if c.kind in ("count", "date", "time", "place")
                      for n in c.sentences[:1]} - set(chosen))
    for number in holding:
        sentence = document.sentence(number)
        if sentence is not None and used + len(sentence.span.text) <= budget:
            chosen.append(number)
            used += len(sentence.span.text)
    return sorted(chosen)


def visible_candidates(document: Document, shown: list[int]) -> list[Candidate]:
    """Candidates stated in a shown sentence; actors only the most frequent few."""
    visible = [c for c in document.candidates if set(c.sentences) & set(shown)]
    actors = sorted((c for c in visible if c.kind == "actor"), key=lambda c: -len(c.sentences))[:MAX_ACTORS]
    return [c for c in visible if c.kind != "actor" or c in actors]


def render(document: Document) -> tuple[str, str]:
    """(sentences block, candidates block) for the user message; compact and byte-stable."""
    shown = shown_sentences(document)
    lines = [f"[{n}] {' '.join(document.sentence(n).span.text.split())}" for n in shown]  # type: ignore[union-attr]
    titles = {"date": "Dates", "time": "Times", "place": "Places", "count": "Counts", "actor": "Actors"}
    blocks = []
    candidates = visible_candidates(document, shown)
    for kind, title in titles.items():
        items = [f"{c.id} {c.label} [{','.join(str(n) for n in c.sentences if n in shown)}]"
                 for c in candidates if c.kind == kind]
        blocks.append(f"{title}: " + ("; ".join(items) if items else "none"))
    return "\n".join(lines), "\n".join(blocks)


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _ids(candidates: list[Candidate], kind: str) -> Any:
    ids = tuple(c.id for c in candidates if c.kind == kind)
    return Literal[ids] if ids else None  # type: ignore[valid-type]


def answer_model(document: Document) -> type[BaseModel]:
    """The answer's schema for this article: candidate ids as enums, sentence numbers bounded."""
    shown = shown_sentences(document)
    candidates = visible_candidates(document, shown)
    date_t, time_t, place_t, count_t, actor_t = (_ids(candidates, k) for k in ("date", "time", "place", "count", "actor"))
    low, high = (shown[0], shown[-1]) if shown else (1, 1)
    fields: dict[str, Any] = {
        "s": (int, Field(ge=low, le=high)),
        "type": (EventType, ...),
        "date": (date_t | None if date_t else None, None),
        "time": (time_t | None if time_t else None, None),
        "place": (place_t | None if place_t else None, None),
        "counts": (list[count_t] if count_t else list[None], Field(default_factory=list, max_length=6)),
    }
    if actor_t:
        role_model = create_model("ActorChoice", __base__=_Answer, id=(actor_t, ...), role=(ActorRole, ...))
        fields["actors"] = (list[role_model], Field(default_factory=list, max_length=2))  # type: ignore[valid-type]
    fields["quotes"] = (list[int], Field(default_factory=list, max_length=3))
    happening = create_model("Happening", __base__=_Answer, **fields)
    return create_model("Happenings", __base__=_Answer,
                        events=(list[happening], Field(default_factory=list, max_length=MAX_HAPPENINGS)))  # type: ignore[valid-type]


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
    return CasualtyClaim(kind=mention.kind, text=mention.number.span.text, low=count.low, best=count.best,
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
        same.time = same.time or happening.time
    return kept


#: Sentences that open a story: where news writing states when and where.
LEDE_SENTENCES = 3
#: How far down the story a date or place is still taken as the happening's own by default.
TOP_SENTENCES = 6


def _anchored(chosen: str | None, kind: str, evidence: int, document: Document) -> Candidate | None:
    """The model's date or place when the story's opening or the evidence sentence states it;
    else the one the evidence sentence states; else the first one near the top of the story.

    A small model often picks a date or place from a later sentence about something else (an
    arrest, a vigil); news writing puts the happening's own in its first sentences.
    """
    lede = {s.number for s in document.sentences[:LEDE_SENTENCES]}
    pick = document.candidate(chosen) if chosen else None
    if pick is not None and (evidence in pick.sentences or lede & set(pick.sentences)):
        return pick
    of_kind = [c for c in document.of_kind(kind)  # type: ignore[arg-type]
               if not isinstance(c.value, PlaceMention) or c.value.level == "city"]
    stated = next((c for c in of_kind if evidence in c.sentences), None)
    if _day(pick) and stated is not None and not _day(stated):
        return pick  # "the shooting of three people in January" does not undo the model's "Jan. 27"
    top = {s.number for s in document.sentences[:TOP_SENTENCES]}
    opening = next((c for c in sorted(of_kind, key=lambda c: min(c.sentences)) if top & set(c.sentences)), None)
    return stated or opening or pick


def _day(candidate: Candidate | None) -> bool:
    """A date candidate that names a day (not a month or a year)."""
    return candidate is not None and isinstance(candidate.value, DateMention) and \
        candidate.value.value is not None and candidate.value.precision in DAY_PRECISIONS


def _anchor(happening: Any, document: Document) -> Any:
    """The happening with its date and place anchored (:func:`_anchored`), before answers about
    one happening are folded: they then agree on when and where."""
    date = _anchored(happening.date, "date", happening.s, document)
    place = _anchored(happening.place, "place", happening.s, document)
    return happening.model_copy(update={"date": date.id if date else None, "place": place.id if place else None})


#: A step that follows a happening: an arrest, a charge, a court date. A story whose main
#: happening is such a step is a follow-up; the earlier happening it refers to comes first.
_FOLLOW_UP = re.compile(rf"\b(?:{LEGAL_STEP_VERBS}|pleaded|trial|custody)\b", re.IGNORECASE)


def _original_date(document: Document, before: dt.date) -> Candidate | None:
    """The day of the happening a follow-up refers to, when the model listed no record for it: the
    first day before the follow-up's own that a sentence near the top of the story states, where
    that sentence reports violence or casualties ("Police said the shooting was reported about 4
    p.m. Saturday"). Further down, earlier days are mostly other incidents ("he faces another
    charge for the Nov. 7 shooting")."""
    counted = {n for c in document.of_kind("count") for n in c.sentences}
    top = {s.number for s in document.sentences[:TOP_SENTENCES]}
    for candidate in sorted(document.of_kind("date"), key=lambda c: min(c.sentences)):
        if not _day(candidate) or candidate.value.value >= before:  # type: ignore[union-attr,operator]
            continue
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
    model listed no earlier happening, one is built from the sentence that dates it."""
    first = records[0] if records else None
    if first is None or first.date.value is None or not _FOLLOW_UP.search(first.summary):
        return records
    earlier = [r for r in records[1:] if r.date.value is not None and r.date.precision in DAY_PRECISIONS
               and r.date.value < first.date.value]
    if not earlier and (dated := _original_date(document, first.date.value)) is not None:
        earlier = [_original_record(document, first, dated)]
    if not earlier:
        return records
    original = min(earlier, key=lambda r: r.date.value or first.date.value)
    if not original.casualties:
        original, first = (original.model_copy(update={"casualties": first.casualties}),
                           first.model_copy(update={"casualties": []}))
    ordered = [original, first, *(r for r in records[1:] if r.record_id != original.record_id)]
    return [r.model_copy(update={"record_id": f"{document.article.id}-{i}"}) for i, r in enumerate(ordered)]


def to_records(answer: BaseModel, document: Document, provenance: Provenance) -> list[EventRecord]:
    """Records built from the model's choices and the document's spans; nothing is copied from the model."""
    records: list[EventRecord] = []
    used_counts: set[str] = set()
    anchored = [_anchor(h, document) for h in getattr(answer, "events", []) if document.sentence(h.s) is not None]
    for happening in _folded(anchored, document):
        sentence = document.sentence(happening.s)
        assert sentence is not None
        pick = document.candidate
        date = _date(pick(happening.date) if happening.date else None)
        location = _location(pick(happening.place) if happening.place else None)
        time_candidate = pick(happening.time) if happening.time else _nearby_time(document, happening.s)
        evidence = _evidence(sentence.span)
        counts = [c for cid in dict.fromkeys(happening.counts)
                  if cid not in used_counts and (c := pick(cid)) is not None]
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
            statements=[s for n in dict.fromkeys(happening.quotes) if (s := _statement(document, n)) is not None],
            evidence=[evidence],
            provenance=provenance,
        ))
    return _original_first(records, document)
