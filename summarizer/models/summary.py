"""The merged view: events reported by several articles, with a ledger of what each source said.

:mod:`summarizer.merge` turns per-article :class:`~summarizer.models.schemas.EventRecord` objects into a
:class:`Summary`. Nothing is averaged away silently: every field of a merged event is a *ledger*
that keeps every candidate value with its article, attributed source, qualifier, evidence span and
the verifier's verdict, next to the reconciled value and a status saying how the sources relate:

* ``consensus``: the values agree once normalised (three time zones naming one UTC instant);
* ``disputed``: they do not, and nothing (such as publication order) explains the difference;
* ``evolving`` (counts only): the counts grow with publication time, so they form a timeline;
* ``single``: only one independent source reports it; ``unknown``: nobody does.

Syndicated copies (near-identical article texts) count as one independent source: ``support`` on a
ledger counts *source groups*, not articles. Count ledgers follow UCDP (``low``/``best``/``high``)
and ACLED (``conservative``: the lowest credible figure) conventions; ``rule`` states in words how
the numbers were derived for that ledger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, Field

from summarizer.ingest.articles import Article
from summarizer.ingest.clean import clean
from summarizer.models.schemas import SCHEMA_VERSION, ArticleResult, EventRecord, Span, Verdict

LedgerStatus = Literal["consensus", "disputed", "single", "unknown"]
CountStatus = Literal["consensus", "disputed", "evolving", "single"]


class Candidate(BaseModel):
    """One value for one field, as one record of one article reported it."""

    value: str | None = Field(description="As reported (the article's phrase, or the record's value)")
    normalized: str | None = Field(description="Comparable form: ISO date, UTC instant, canonical place")
    article_id: str
    record_id: str
    source: str | None = Field(None, description="Who the article attributes the value to (claimed_by)")
    qualifier: str | None = None
    evidence: Span | None = None
    verdict: Verdict | None = Field(None, description="The verifier's verdict for this field, if checked")
    published_at: dt.datetime | None = None
    source_group: str = Field(description="Syndication group (representative article id)")
    sub_event: str | None = Field(None, description="EVENT_TYPE/mode of the record the value comes from")
    note: str | None = None


class CountCandidate(Candidate):
    """A casualty claim: the UCDP-style interval of one source's figure, and its scope."""

    low: int | None = None
    best: int | None = None
    high: int | None = Field(None, description="None means unbounded ('at least 32')")
    scope: str = Field(description="What the figure covers: population and any scope cue")


class FieldLedger(BaseModel):
    """All candidates for one field and the reconciled value."""

    status: LedgerStatus
    value: str | None = None
    support: int = Field(0, description="Independent source groups backing ``value``")
    candidates: list[Candidate] = Field(default_factory=list)
    note: str | None = None


class CountPoint(BaseModel):
    """A count as reported at one point in time (publication order)."""

    published_at: dt.datetime | None
    article_id: str
    record_id: str
    text: str
    best: int | None
    source: str | None


class CountLedger(BaseModel):
    """One casualty kind (and scope) across sources, UCDP low/best/high plus ACLED's conservative value."""

    kind: str
    scope: str
    status: CountStatus
    low: int | None = None
    best: int | None = None
    high: int | None = None
    conservative: int | None = None
    rule: str
    claims: list[CountCandidate] = Field(default_factory=list)
    timeline: list[CountPoint] = Field(default_factory=list)


class EntityGroup(BaseModel):
    """One actor under one canonical name, with every spelling the sources used."""

    canonical: str
    variants: list[str]
    roles: list[str]
    article_ids: list[str]
    record_ids: list[str]
    verdicts: dict[str, int] = Field(default_factory=dict, description="Verifier verdict -> mentions")


class MergeReason(BaseModel):
    """Why two story units were merged (or, above the threshold, kept apart)."""

    a: str = Field(description="Unit id: '<article_id>#<n>'")
    b: str
    decision: Literal["merged", "kept_apart"]
    rule: str
    score: float
    components: dict[str, float] = Field(default_factory=dict)


_SUMMARY_VERDICT = Field(None, description="The verifier's verdict on the summary sentence: the worst of "
                                           "its record's evidence quote and the numbers it states")


class SubEvent(BaseModel):
    """One step of the story (an EVENT_TYPE/mode, e.g. ASSAULT/offensive, AGREE/ceasefire)."""

    key: str
    event_type: str
    mode: str | None
    summary: str
    summary_verdict: Verdict | None = _SUMMARY_VERDICT
    record_ids: list[str]
    article_ids: list[str]
    date: FieldLedger
    time: FieldLedger


class MergedEvent(BaseModel):
    """An event story reported by one or more articles.

    ``date`` and ``time`` are the ledgers of the lead sub-event (the step most sources report);
    every step has its own ledgers in ``timeline``. ``location``, ``casualties`` and ``actors``
    cover the whole story.
    """

    event_id: str
    event_type: str
    event_types: list[str]
    summary: str
    summary_verdict: Verdict | None = _SUMMARY_VERDICT
    article_ids: list[str]
    record_ids: list[str]
    independent_sources: int
    date: FieldLedger
    time: FieldLedger
    location: FieldLedger
    casualties: dict[str, CountLedger] = Field(default_factory=dict)
    actors: list[EntityGroup] = Field(default_factory=list)
    merge_reasons: list[MergeReason] = Field(default_factory=list)
    timeline: list[SubEvent] = Field(default_factory=list)


class ArticleRef(BaseModel):
    """One row of the article index: what a citation such as ``[8f122ce5]`` points to."""

    article_id: str
    short_id: str = Field(description="The id citations use (the first 8 characters)")
    title: str | None = Field(None, description="The article's title, else the first line of its cleaned text")
    source: str | None = Field(None, description="File path or feed the article was read from")
    url: str | None = None
    published_at: dt.datetime | None = None


class Summary(BaseModel):
    """The output of :func:`summarizer.merge.merge`."""

    schema_version: str = SCHEMA_VERSION
    generated_at: dt.datetime
    events: list[MergedEvent]
    syndication: list[list[str]] = Field(
        default_factory=list, description="Groups of near-duplicate articles, each counted as one source"
    )
    failures: list[ArticleResult] = Field(
        default_factory=list, description="Articles of the batch that yielded no records (not merged)"
    )
    articles: list[ArticleRef] = Field(
        default_factory=list, description="Index of the batch's articles, which every citation refers to"
    )


#: How bad a verdict is, for "the worst check decides".
_BADNESS: dict[Verdict, int] = {"supported": 0, "unsupported": 1, "contradicted": 2}
#: A record's summary sentence stands on its evidence quote and on the numbers it repeats.
_SUMMARY_FIELDS = ("evidence", "summary.numbers")
#: A first line longer than this is body text, not a headline.
_TITLE_MAX = 160


def record_summary_verdict(record: EventRecord) -> Verdict | None:
    """The worst verdict on what a record's summary sentence stands on (None: nothing checked)."""
    checks = [c.verdict for c in record.verification.checks if c.field in _SUMMARY_FIELDS] \
        if record.verification else []
    if not checks:
        return None
    return max(checks, key=_BADNESS.__getitem__)


def _summary_verdict(text: str, record_ids: Iterable[str], records: Mapping[str, EventRecord]) -> Verdict | None:
    """The best verdict among the records that wrote this sentence (one clean source suffices)."""
    verdicts = [record_summary_verdict(records[r]) for r in record_ids if r in records and records[r].summary == text]
    known = [v for v in verdicts if v is not None]
    if not known:
        return None
    return min(known, key=_BADNESS.__getitem__)


def _title(article: Article) -> str | None:
    if article.title:
        return article.title
    first = next((line.strip() for line in clean(article.text).text.splitlines() if line.strip()), "")
    return first if 0 < len(first) <= _TITLE_MAX else None


def annotate(summary: Summary, results: Sequence[ArticleResult], articles: Mapping[str, Article]) -> Summary:
    """Add what the merge does not see: the article index and the verdict on each summary sentence.

    Readers meet summary sentences as headlines and timeline entries; one the verifier could
    not ground (a paraphrased or altered quote, a number not in the article) must carry its flag.
    """
    records = {r.record_id: r for result in results for r in result.records}
    events = [
        event.model_copy(update={
            "summary_verdict": _summary_verdict(event.summary, event.record_ids, records),
            "timeline": [sub.model_copy(update={"summary_verdict": _summary_verdict(sub.summary, sub.record_ids,
                                                                                    records)})
                         for sub in event.timeline]})
        for event in summary.events]
    return summary.model_copy(update={"events": events, "articles": article_index(articles.values())})


def article_index(articles: Iterable[Article]) -> list[ArticleRef]:
    """The index rows of these articles, in their order (the order of the batch)."""
    return [ArticleRef(article_id=a.id, short_id=a.id[:8], title=_title(a), source=a.source, url=a.url,
                       published_at=a.published_at) for a in articles]
