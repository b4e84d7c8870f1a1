"""The data model: what the language model returns, and the event records summarizer emits.

Two layers, on purpose:

* :class:`ExtractedEvents` is what the *model* fills in. It is small and mostly verbatim text
  (``date_text="on Wednesday"``, ``count_text="at least 32"``) because a 1.5B model copies text
  far more reliably than it normalises it. Every token here costs generation time, so it stays lean.
* :class:`EventRecord` is what *summarizer* emits. Deterministic code (``summarizer.rules``)
  turns the verbatim phrases into normalised values (a date with precision, a UTC instant, a
  count range) and locates every quote in the article as character offsets.

Field names follow the event-data standards a newsroom data team already knows:

* ACLED: ``event_date`` + ``time_precision``, ``actor1``/``actor2`` (here: actors with roles),
  ``location``/``admin1``/``country``, ``fatalities``, ``notes``, ``source``.
* UCDP GED: fatalities as ``low`` / ``best`` / ``high``.
* PLOVER: the event type (``AGREE``, ``CONSULT``, ``ASSAULT``, ``RETREAT`` ...) with a mode
  (``ceasefire``, ``shelling``...), actors and recipients as lists.

PLOVER has no category for natural disasters and accidents; news extraction needs one, so
``DISASTER`` is added, and ``OTHER`` catches the rest rather than forcing a wrong type.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2.0"

EventType = Literal[
    "AGREE",  # agree to, sign or announce an agreement (mode: ceasefire, peace_deal, ...)
    "CONSULT",  # talks, meetings, calls, visits
    "SUPPORT",  # praise, endorse, defend verbally
    "CONCEDE",  # surrender, yield, release, ease restrictions
    "COOPERATE",
    "AID",  # humanitarian, military or economic aid, evacuation
    "RETREAT",  # withdraw, disarm, demobilise
    "REQUEST",  # appeal, call for, demand
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",  # demonstrations, riots
    "SANCTION",
    "MOBILIZE",
    "COERCE",  # arrests, seizures, blockades
    "ASSAULT",  # attacks, shelling, shootings, bombings
    "DISASTER",  # extension: earthquakes, fires, floods, accidents
    "OTHER",
]

ActorRole = Literal["initiator", "target", "mediator", "participant"]
CasualtyKind = Literal["killed", "injured", "displaced", "captured", "missing"]
Qualifier = Literal[
    "exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague"
]
DatePrecision = Literal["day", "weekday", "month", "year", "relative", "unknown"]
#: Precisions whose value is one day: a calendar date, or a weekday or relative day ("Saturday",
#: "yesterday") resolved against the publication date.
DAY_PRECISIONS: tuple[DatePrecision, ...] = ("day", "weekday", "relative")
Verdict = Literal["supported", "contradicted", "unsupported"]


class Policy(StrEnum):
    """What verification does with a value the article does not support: ``flag`` keeps it,
    marked; ``drop`` removes it (listed in ``Verification.dropped``); ``reask`` sends the
    findings back to the model once and keeps its second answer, flagged as before."""

    FLAG = "flag"
    DROP = "drop"
    REASK = "reask"


def _drop_titles(schema: dict[str, Any]) -> None:
    """Property titles repeat the field names; the model reads the schema, so every token counts."""
    schema.pop("title", None)
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)


class _Strict(BaseModel):
    """Model output must not smuggle in fields the schema does not define."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_drop_titles)


# --------------------------------------------------------------------------------------------
# What the language model returns
# --------------------------------------------------------------------------------------------


class ExtractedActor(_Strict):
    name: str = Field(description="Name as written in the article")
    role: ActorRole


class ExtractedCasualty(_Strict):
    kind: CasualtyKind
    count_text: str = Field(description="Number phrase copied verbatim, e.g. 'at least 32'")
    civilians: bool | None = Field(None, description="True if the count is of civilians only")
    claimed_by: str | None = Field(None, description="Who gives this number, e.g. 'Armenia'")


class ExtractedStatement(_Strict):
    speaker: str
    quote: str = Field(description="Words copied verbatim from the article")


class ExtractedEvent(_Strict):
    event_type: EventType
    mode: str | None = Field(None, description="Sub-type, e.g. ceasefire, shelling, talks")
    summary: str = Field(description="One sentence: who did what to whom")
    date_text: str | None = Field(None, description="Date phrase copied verbatim")
    time_text: str | None = Field(None, description="Clock time phrase copied verbatim")
    location: str | None = None
    country: str | None = None
    actors: list[ExtractedActor] = Field(default_factory=list)
    casualties: list[ExtractedCasualty] = Field(default_factory=list)
    statements: list[ExtractedStatement] = Field(default_factory=list)
    evidence: str = Field(description="The sentence that reports the event, copied verbatim")


class ExtractedEvents(_Strict):
    """The top-level object the model must return."""

    events: list[ExtractedEvent] = Field(default_factory=list, max_length=8)


# --------------------------------------------------------------------------------------------
# What summarizer emits
# --------------------------------------------------------------------------------------------


class Span(BaseModel):
    """A quote located in the *original* article text: ``article.text[start:end] == text``."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str


class Evidence(BaseModel):
    """A model quote and where it was found. ``span`` is None when it is not in the article."""

    quote: str
    span: Span | None = None
    match: Literal["exact", "normalized", "fuzzy", "not_found"] = "not_found"


class EventDate(BaseModel):
    text: str | None = None
    value: dt.date | None = None
    precision: DatePrecision = "unknown"
    resolved: bool = False
    note: str | None = None


class EventTime(BaseModel):
    text: str | None = None
    local_time: dt.time | None = None
    timezone: str | None = Field(None, description="IANA zone or 'UTC'")
    utc: dt.datetime | None = Field(None, description="The instant, when date and zone are known")
    utc_time: dt.time | None = Field(None, description="UTC time of day when only the zone is known")
    note: str | None = None


class Location(BaseModel):
    """Where, as a place hierarchy: what the article names, resolved to locality < admin1 < country.

    Merge compares places level by level (a street is never compared with a city), so the finer
    place an article names (a street, neighbourhood or facility) is kept apart in ``detail``.
    """

    name: str | None = Field(None, description="The place as the article names it")
    detail: str | None = Field(None, description="A place finer than the city: street, neighbourhood, facility")
    city: str | None = Field(None, description="Locality (city or town), resolved through the gazetteer")
    admin1: str | None = Field(None, description="State, province or region")
    country: str | None = None
    country_code: str | None = None
    timezone: str | None = None


class Actor(BaseModel):
    name: str
    canonical: str | None = None
    role: ActorRole


class CasualtyClaim(BaseModel):
    """One claim about a count, UCDP-style low/best/high, with who made it."""

    kind: CasualtyKind
    text: str
    low: int | None = None
    best: int | None = None
    high: int | None = Field(None, description="None means unbounded ('at least 32')")
    qualifier: Qualifier | None = None
    civilians: bool | None = None
    claimed_by: str | None = None
    evidence: Evidence | None = None
    origin: Literal["model", "rules"] = Field(
        "model", description="'rules': found by the deterministic extractors where the model gave none")


class Statement(BaseModel):
    speaker: str
    quote: str
    evidence: Evidence


class Usage(BaseModel):
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: bool = False
    seconds: float = 0.0


class Provenance(BaseModel):
    article_id: str
    source: str | None = Field(None, description="File path or URL the article came from")
    published_at: dt.datetime | None = None
    model: str
    prompt_name: str
    prompt_version: str
    prompt_hash: str
    schema_version: str = SCHEMA_VERSION
    extracted_at: dt.datetime
    usage: Usage = Field(default_factory=Usage)
    warnings: list[str] = Field(default_factory=list, description="E.g. text removed as a possible prompt injection")


class FieldCheck(BaseModel):
    """The verifier's finding for one field of one record."""

    field: str
    value: str
    verdict: Verdict
    reason: str
    spans: list[Span] = Field(default_factory=list)


class Verification(BaseModel):
    checks: list[FieldCheck] = Field(default_factory=list)
    support_score: float = Field(0.0, description="Share of checked fields that are supported")
    policy: Policy = Policy.FLAG
    dropped: list[str] = Field(default_factory=list, description="Fields removed by policy=drop")


class EventRecord(BaseModel):
    record_id: str
    origin: Literal["model", "rules"] = Field(
        "model", description="'rules': a timed happening the rule extractors found and the model skipped")
    event_type: EventType
    mode: str | None = None
    summary: str
    date: EventDate = Field(default_factory=EventDate)
    time: EventTime = Field(default_factory=EventTime)
    location: Location = Field(default_factory=Location)
    actors: list[Actor] = Field(default_factory=list)
    casualties: list[CasualtyClaim] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    provenance: Provenance
    verification: Verification | None = None


class ArticleResult(BaseModel):
    """One line of ``extract --format jsonl``: every article ends in records or an error."""

    article_id: str
    source: str | None = None
    ok: bool
    records: list[EventRecord] = Field(default_factory=list)
    error: str | None = None

