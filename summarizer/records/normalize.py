"""Model output → event records: normalise the verbatim phrases with the deterministic rules.

The model copies phrases ("on Wednesday", "1 p.m. (0900 GMT)", "at least 32"); this module turns
them into values (a date with precision, a UTC instant, a count range) using ``summarizer.rules``
and locates every quote in the original article. When the model left a date, time or place out
but the event's own evidence sentence states it, the rule extractors fill it in and say so
(``note``), so nothing is invented and nothing the article says is thrown away.

Pure functions: the analysed article (:class:`~summarizer.ingest.document.Document`) and the
model output in, records out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TypedDict, Unpack

from summarizer.ingest.articles import Article
from summarizer.ingest.document import Document
from summarizer.records.locate import locate
from summarizer.rules import (
    canonical_actor,
    find_dates,
    find_places,
    find_times,
    lookup_place,
    parse_count,
    parse_time_phrase,
    resolve_date_phrase,
)
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.gazetteer import fold
from summarizer.rules.spans import Span, make_span
from summarizer.rules.times import TimeMention
from summarizer.models.schemas import (
    Actor,
    CasualtyClaim,
    EventDate,
    EventRecord,
    EventTime,
    EventType,
    Evidence,
    ExtractedEvent,
    ExtractedEvents,
    Location,
    Provenance,
    Statement,
)


#: Placeholders small models write instead of JSON null; they mean "not given".
_PLACEHOLDERS = {"", "null", "none", "unknown", "n/a", "na", "not specified", "not mentioned", "not given", "-"}


def given(text: str | None) -> str | None:
    """The phrase, or None when it is empty or a placeholder such as "unknown"."""
    return None if text is None or text.strip().lower().strip(".") in _PLACEHOLDERS else text


def _published_date(article: Article) -> dt.date | None:
    return article.published_at.date() if article.published_at else None


def normalize_date(phrase: str | None, evidence: Evidence, article: Article) -> EventDate:
    published = _published_date(article)
    if phrase:
        mention = resolve_date_phrase(phrase, published)
        if mention is not None:
            return EventDate(text=phrase, value=mention.value, precision=mention.precision,
                             resolved=mention.resolved, note=mention.note)
        return EventDate(text=phrase, note="date phrase not understood by the rules")
    if evidence.span is not None:
        mentions = find_dates(evidence.span.text, published)
        if mentions:
            first = mentions[0]
            return EventDate(text=first.span.text, value=first.value, precision=first.precision,
                             resolved=first.resolved, note="taken from the evidence sentence")
    return EventDate()


def normalize_location(name: str | None, country: str | None, evidence: Evidence) -> Location:
    name, country = given(name), given(country)
    if name and "," in name and lookup_place(name) is None:
        # "Nagorno-Karabakh region, Azerbaijan": a place and its country in one string.
        name, _, rest = (part.strip() for part in name.partition(","))
        country = country or rest or None
    place = lookup_place(name) if name else None
    if place is None and name is None and evidence.span is not None:
        hits = find_places(evidence.span.text)
        place = hits[0][1] if hits else None
    if place is None:
        return Location(name=name, country=country)
    return Location(
        name=place.name if name is None else name,
        admin1=place.name if place.kind in ("admin1", "region") else None,
        country=place.country or country,
        country_code=place.country_code,
        timezone=place.timezone,
    )


class _Zone(TypedDict):
    """What a clock time is read against: the event's day and the place's time zone."""

    on_date: dt.date | None
    local_tz: str | None


def _mode_sentence_times(sentences: Sequence[Span], mode: str | None, **zone: Unpack[_Zone]) -> list[TimeMention]:
    """Times in the one body sentence that names the event's mode ("the ceasefire began at 1 p.m.")."""
    key = fold(mode or "").replace(" ", "")
    if len(key) < 4:
        return []
    hits = [found for s in sentences if key in fold(s.text).replace(" ", "")
            and (found := find_times(s.text, **zone))]
    return hits[0] if len(hits) == 1 else []


def normalize_time(phrase: str | None, date: EventDate, location: Location, evidence: Evidence,
                   document: Document | None = None, mode: str | None = None) -> EventTime:
    """The event's clock time: the model's phrase, else the evidence sentence's, else the mode sentence's.

    With the ``document``, a model phrase found only in the publication dateline ("Published ...
    at 11:35") is not the event's time; the fallbacks are tried and the note says what was replaced.
    """
    body = document.body if document is not None else ""
    text, note = phrase, None
    on_date = date.value if date.precision == "day" or date.resolved else None
    zone: _Zone = {"on_date": on_date, "local_tz": location.timezone}
    if phrase and body and phrase.strip() not in body and locate(phrase, body).span is None:
        note, phrase = f"the model's time {phrase!r} is not in the article body", None
    mentions = parse_time_phrase(phrase, **zone) if phrase else []
    if not phrase:
        for source, found in (("the evidence sentence", find_times(evidence.span.text, **zone) if evidence.span else []),
                              (f"the sentence that mentions the {mode}", _mode_sentence_times(document.body_sentences if document else (), mode, **zone))):
            if found:
                mentions, text = found, found[0].span.text
                note = "; ".join(filter(None, [note, f"taken from {source}"]))
                break
    if not mentions:
        return EventTime(text=text, note="time phrase not understood by the rules" if phrase else note)
    # Prefer the form with an explicit zone: "1 p.m. (0900 GMT)" is decided by "0900 GMT".
    best = max(mentions, key=lambda m: (m.utc is not None, m.utc_time is not None))
    return EventTime(
        text=text, local_time=best.local_time, timezone=best.tz_name, utc=best.utc,
        utc_time=best.utc_time, note=note or best.note,
    )


def to_record(event: ExtractedEvent, index: int, document: Document, provenance: Provenance) -> EventRecord:
    article, text = document.article, document.text
    evidence = locate(event.evidence, text)
    near = evidence.span.start if evidence.span else None
    date = normalize_date(given(event.date_text), evidence, article)
    location = normalize_location(event.location, event.country, evidence)
    casualties = []
    for claim in event.casualties:
        if given(claim.count_text) is None:
            continue
        count = parse_count(claim.count_text)
        casualties.append(CasualtyClaim(
            kind=claim.kind, text=claim.count_text,
            low=count.low if count else None, best=count.best if count else None,
            high=count.high if count else None, qualifier=count.qualifier if count else None,
            civilians=claim.civilians, claimed_by=given(claim.claimed_by),
            evidence=locate(claim.count_text, text, near=near),
        ))
    return EventRecord(
        record_id=f"{article.id}-{index}",
        event_type=event.event_type,
        mode=event.mode,
        summary=event.summary,
        date=date,
        time=normalize_time(given(event.time_text), date, location, evidence, document, event.mode),
        location=location,
        actors=[Actor(name=a.name, canonical=canonical_actor(a.name), role=a.role)
                for a in event.actors if given(a.name)],
        casualties=casualties,
        statements=[Statement(speaker=s.speaker, quote=s.quote, evidence=locate(s.quote, text, near=near))
                    for s in event.statements],
        evidence=[evidence],
        provenance=provenance,
    )


def to_records(extracted: ExtractedEvents, document: Document, provenance: Provenance,
               first_index: int = 0) -> list[EventRecord]:
    return [to_record(event, first_index + i, document, provenance) for i, event in enumerate(extracted.events)]


def _covered(mention: CasualtyMention, claims: list[CasualtyClaim]) -> bool:
    span = mention.number.span
    for claim in claims:
        where = claim.evidence.span if claim.evidence else None
        if where is not None and where.start < span.end and span.start < where.end:
            return True
        if claim.kind == mention.kind and (claim.low, claim.high) == (mention.number.count.low, mention.number.count.high):
            return True
    return False


def add_rule_casualties(document: Document, records: list[EventRecord]) -> list[EventRecord]:
    """Add the casualty claims the rules find in the article and no record carries yet.

    Each goes to the record whose evidence is nearest in the text, marked ``origin="rules"``, so
    a figure the model skipped ("27 dead, including two civilians") still reaches the ledger.
    """
    anchored = [(r.evidence[0].span.start, i) for i, r in enumerate(records) if r.evidence and r.evidence[0].span]
    if not anchored:
        return records
    extra: dict[int, list[CasualtyClaim]] = {}
    all_claims = [c for r in records for c in r.casualties]
    for mention in document.casualties:
        if _covered(mention, all_claims):
            continue
        count, span = mention.number.count, mention.number.span
        claim = CasualtyClaim(kind=mention.kind, text=span.text, low=count.low, best=count.best, high=count.high,
                              qualifier=count.qualifier, civilians=mention.civilians, claimed_by=mention.claimed_by,
                              evidence=Evidence(quote=span.text, span=span, match="exact"), origin="rules")
        nearest = min(anchored, key=lambda anchor: abs(anchor[0] - span.start))[1]
        extra.setdefault(nearest, []).append(claim)
        all_claims.append(claim)
    return [r.model_copy(update={"casualties": r.casualties + extra[i]}) if i in extra else r
            for i, r in enumerate(records)]


#: Event words the rules recognise in a sentence, and the PLOVER type and mode they stand for.
_HAPPENINGS: list[tuple[re.Pattern[str], EventType, str]] = [
    (re.compile(r"\b(?:cease-?fire|truce)\b", re.I), "AGREE", "ceasefire"),
    (re.compile(r"\b(?:earthquake|quake|tremor)\b", re.I), "DISASTER", "earthquake"),
    (re.compile(r"\b(?:explosion|blast|bombing|bomb)\b", re.I), "ASSAULT", "bombing"),
    (re.compile(r"\b(?:shooting|gunman|gunmen|opened fire)\b", re.I), "ASSAULT", "shooting"),
    (re.compile(r"\b(?:fire|blaze)\s+(?:broke out|started|began|engulfed)\b", re.I), "DISASTER", "fire"),
]


def add_rule_events(document: Document, records: list[EventRecord], provenance: Provenance) -> list[EventRecord]:
    """Add a record for each *timed* happening the model skipped: a body sentence naming an event
    word ("The ceasefire began at 1 p.m. local time (5 a.m. ET) Wednesday") and a clock time.

    Only sentences with a clock time qualify, and none that a record of the same type and mode
    already quotes or covers: the point is to keep a stated time, not to re-extract the article.
    The record says ``origin="rules"`` and its summary is the sentence itself.
    """
    article = document.article
    removed = [span for span, _ in document.cleaned.removed]
    covered = {(r.event_type, (r.mode or "").lower()) for r in records if r.time.utc or r.time.utc_time}
    quoted = [r.evidence[0].span for r in records if r.evidence and r.evidence[0].span]
    added: list[EventRecord] = []
    for sentence in document.body_sentences:
        if any(s.start < sentence.end and sentence.start < s.end for s in removed + quoted):
            continue
        match = next(((t, m) for regex, t, m in _HAPPENINGS if regex.search(sentence.text)), None)
        if match is None or match in covered or (match[0], "cease-fire") in covered:
            continue
        places = find_places(sentence.text)
        location = (normalize_location(places[0][0].text, None, Evidence(quote="")) if places
                    else next((r.location for r in records if r.location.timezone), Location()))
        evidence = Evidence(quote=sentence.text, span=make_span(article.text, sentence.start, sentence.end),
                            match="exact")
        date = normalize_date(None, evidence, article)
        zone: _Zone = {"on_date": date.value if date.precision == "day" else None, "local_tz": location.timezone}
        times = find_times(sentence.text, **zone)
        if not times:
            continue
        time = normalize_time(times[0].span.text, date, location, evidence)
        covered.add(match)
        added.append(EventRecord(
            record_id=f"{article.id}-r{len(added)}", origin="rules", event_type=match[0], mode=match[1],
            summary=sentence.text, date=date, time=time, location=location, evidence=[evidence],
            provenance=provenance,
        ))
    return records + added
