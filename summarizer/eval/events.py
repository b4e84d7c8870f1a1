"""Score extraction and merging against gold: slots, grounding, clustering and cost.

Everything here is a pure function of gold, records and plain dictionaries, so prompt versions and
models can be compared offline; the CLI runs the pipeline and passes the records in. How one slot is
judged is in :mod:`summarizer.eval.matching`; clusters are scored in :mod:`summarizer.eval.clusters`;
reports are shown and compared by :mod:`summarizer.eval.render`.

**Slot scoring.** Per article, predicted records are aligned one-to-one to gold events, greedily by
descending :func:`event_similarity` (ties: gold order, then record order). Greedy rather than
Hungarian because the similarity is lumpy (a few agreements per pair, rarely ties that matter) and
articles have a handful of events; it also makes every alignment easy to explain. A pair is only
aligned when it agrees on more than the event type alone (similarity > 1). Then each field family
is compared slot by slot, leniently where several answers are right (see
:mod:`summarizer.eval.matching`). Precision is over every predicted slot, records aligned to nothing
included; recall is over the gold slots of ``required`` events (and their required actors and
claims). Gold values marked ``needs_context`` count for recall only with ``with_context=True``
(records completed by merging); a prediction of them is judged against the true value either way.

**Grounding.** A value that leaves the pipeline is *supported* when the verifier checked it and
said so. Every other value should at least carry its verdict: ``unflagged_share`` is the share
of not-supported values that went out with no check at all. The target is 0.

**Clustering.** Pairwise and B-cubed precision/recall/F1 on ``item → cluster`` assignments
(:func:`summarizer.eval.clusters.score_clusters`).

**Cost.** From ``provenance.usage``: the pipeline repeats one article's usage on each of its
records, so an article's usage is read from its first record.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, Field, computed_field

from summarizer.eval.clusters import ClusterScore, score_clusters
from summarizer.eval.counts import Counts
from summarizer.eval.gold import GoldArticle, GoldEvent, load_gold_articles, load_gold_clusters
from summarizer.eval.matching import (
    date_matches,
    has_time,
    match_actors,
    match_casualties,
    place_matches,
    time_matches,
    type_matches,
)
from summarizer.models.schemas import EventRecord

FAMILIES = ("type", "date", "time", "place", "actors", "casualties")


class Alignment(BaseModel):
    record_id: str
    event_id: str
    similarity: float


class ArticleEval(BaseModel):
    article: str
    slots: dict[str, Counts]
    alignments: list[Alignment]
    unaligned_records: list[str] = Field(description="Records matching no gold event: all their slots are wrong")
    missed_events: list[str] = Field(description="Required gold events no record was aligned to")


class GroundingScore(BaseModel):
    values: int = 0
    supported: int = 0
    contradicted: int = 0
    unsupported: int = 0
    unchecked: int = Field(0, description="Values that went out without any verifier verdict")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def supported_share(self) -> float | None:
        return self.supported / self.values if self.values else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def unflagged_share(self) -> float | None:
        """Of the values not known to be supported, the share with no verdict at all (target 0)."""
        not_supported = self.values - self.supported
        return self.unchecked / not_supported if not_supported else None


class CostScore(BaseModel):
    """What a run cost. Calls and tokens count only answers not served from the cache."""

    articles: int = 0
    cached_articles: int = 0
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = Field(0.0, description="Wall time: the runner's measurement when given, else usage.seconds")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def cache_hit_rate(self) -> float | None:
        return self.cached_articles / self.articles if self.articles else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def seconds_per_article(self) -> float | None:
        return self.seconds / self.articles if self.articles else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def calls_per_article(self) -> float | None:
        return self.calls / self.articles if self.articles else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def tokens_per_article(self) -> float | None:
        return (self.prompt_tokens + self.completion_tokens) / self.articles if self.articles else None


class EvalReport(BaseModel):
    label: str | None = Field(None, description="What was evaluated, e.g. 'extract@1.2.0 / qwen2.5-1.5b'")
    with_context: bool = False
    slots: dict[str, Counts] = Field(description="Per field family, summed over articles")
    overall: Counts
    articles: list[ArticleEval] = Field(default_factory=list)
    ungraded: list[str] = Field(default_factory=list, description="Articles with records but no gold")
    grounding: GroundingScore = Field(default_factory=GroundingScore)
    clustering: ClusterScore | None = None
    cost: CostScore = Field(default_factory=CostScore)


# --------------------------------------------------------------------------------------------
# Aligning records to gold events and scoring slots
# --------------------------------------------------------------------------------------------


def event_similarity(record: EventRecord, gold: GoldEvent) -> float:
    """Agreements between a record and a gold event: one point per matching single slot, plus the
    matched share of actors and of casualty claims (so a long actor list cannot dominate)."""
    score = float(type_matches(record.event_type, gold))
    score += date_matches(record.date, gold.date) + time_matches(record.time, gold.time)
    score += place_matches(record.location.name, gold)
    if record.actors and gold.actors:
        actor_pairs = match_actors(record.actors, gold.actors)
        score += len(actor_pairs) / max(len(record.actors), len(gold.actors))
    if record.casualties and gold.casualties:
        claim_pairs = match_casualties(record.casualties, gold.casualties)
        score += len(claim_pairs) / max(len(record.casualties), len(gold.casualties))
    return score


def align(records: Sequence[EventRecord], events: Sequence[GoldEvent]) -> list[Alignment]:
    """Greedy one-to-one alignment by descending similarity; pairs at or below 1 are not aligned."""
    pairs = [(event_similarity(r, e), -j, -i) for (i, r), (j, e) in itertools.product(enumerate(records),
                                                                                       enumerate(events))]
    used_records: set[int] = set()
    used_events: set[int] = set()
    alignments = []
    for similarity, neg_j, neg_i in sorted(pairs, reverse=True):
        i, j = -neg_i, -neg_j
        if similarity <= 1.0 or i in used_records or j in used_events:
            continue
        used_records.add(i)
        used_events.add(j)
        alignments.append(Alignment(record_id=records[i].record_id, event_id=events[j].id,
                                    similarity=round(similarity, 3)))
    return alignments


def _predicted_slots(record: EventRecord) -> dict[str, int]:
    return {"type": 1, "date": int(record.date.value is not None), "time": int(has_time(record.time)),
            "place": int(bool(record.location.name)), "actors": len(record.actors),
            "casualties": len(record.casualties)}


def _gold_slots(event: GoldEvent, with_context: bool) -> dict[str, int]:
    """Slots a system owes for a required event: needs-context values only when context is given."""
    if not event.required:
        return dict.fromkeys(FAMILIES, 0)
    date = event.date is not None and event.date.value is not None and (with_context or not event.date.needs_context)
    time = event.time is not None and (with_context or not event.time.needs_context)
    return {"type": 1, "date": int(date), "time": int(time), "place": int(event.place is not None),
            "actors": sum(a.required for a in event.actors),
            "casualties": sum(c.required for c in event.casualties)}


def _score_pair(record: EventRecord, event: GoldEvent, with_context: bool) -> dict[str, Counts]:
    """Slot counts for one aligned pair: ``correct`` for precision, ``found`` for recall."""
    owed = _gold_slots(event, with_context)
    predicted = _predicted_slots(record)
    single = {"type": type_matches(record.event_type, event),
              "date": date_matches(record.date, event.date),
              "time": time_matches(record.time, event.time),
              "place": place_matches(record.location.name, event)}
    counts = {f: Counts(predicted=predicted[f], correct=int(single[f]), gold=owed[f],
                        found=int(single[f] and owed[f] > 0)) for f in single}
    actor_pairs = match_actors(record.actors, event.actors)
    claim_pairs = match_casualties(record.casualties, event.casualties)
    counts["actors"] = Counts(predicted=predicted["actors"], correct=len(actor_pairs), gold=owed["actors"],
                              found=sum(event.required and event.actors[j].required for j in actor_pairs.values()))
    counts["casualties"] = Counts(
        predicted=predicted["casualties"], correct=len(claim_pairs), gold=owed["casualties"],
        found=sum(event.required and event.casualties[j].required for j in claim_pairs.values()))
    return counts


def score_article(gold: GoldArticle, records: Sequence[EventRecord], *, with_context: bool = False) -> ArticleEval:
    """Slot counts for one article's records against its gold events."""
    slots = {f: Counts() for f in FAMILIES}
    alignments = align(records, gold.events)
    by_record = {a.record_id: a.event_id for a in alignments}
    events = {e.id: e for e in gold.events}
    for record in records:
        if record.record_id in by_record:
            pair = _score_pair(record, events[by_record[record.record_id]], with_context)
        else:
            pair = {f: Counts(predicted=n) for f, n in _predicted_slots(record).items()}
        for family in FAMILIES:
            slots[family] += pair[family]
    aligned_events = set(by_record.values())
    for event in gold.events:
        if event.id not in aligned_events:
            for family, n in _gold_slots(event, with_context).items():
                slots[family] += Counts(gold=n)
    return ArticleEval(article=gold.article, slots=slots, alignments=alignments,
                       unaligned_records=[r.record_id for r in records if r.record_id not in by_record],
                       missed_events=[e.id for e in gold.events if e.required and e.id not in aligned_events])

# --------------------------------------------------------------------------------------------
# Grounding and cost
# --------------------------------------------------------------------------------------------


def _output_values(record: EventRecord) -> list[tuple[str, str]]:
    """(field family, value) of every extracted value in a record, named as the verifier names fields."""
    values = [("date", record.date.text), ("time", record.time.text), ("location", record.location.name)]
    values += [("actors", a.name) for a in record.actors]
    for claim in record.casualties:
        values += [("casualties.count", claim.text), ("casualties.claimed_by", claim.claimed_by)]
    values += [("statements.quote", s.quote) for s in record.statements]
    values += [("evidence", e.quote) for e in record.evidence]
    return [(family, value) for family, value in values if value]


_VALUE_FAMILIES = frozenset(["date", "time", "location", "actors", "casualties.count", "casualties.claimed_by",
                             "statements.quote", "evidence"])


def _check_family(field: str) -> str:
    return re.sub(r"\[\d+\]", "", field)


def grounding(records: Iterable[EventRecord]) -> GroundingScore:
    """Verdicts of every output value, matched to checks by field family and value.

    Matching by value rather than index keeps it right after ``policy="drop"`` re-indexes lists.
    Checks on families the record has no field for (numbers in the summary) count as values too.
    """
    score = GroundingScore()
    for record in records:
        checks = record.verification.checks if record.verification else []
        available: dict[tuple[str, str], list[str]] = defaultdict(list)
        for check in checks:
            available[(_check_family(check.field), check.value)].append(check.verdict)
        verdicts = [available[v].pop(0) if available[v] else "unchecked" for v in _output_values(record)]
        verdicts += [c.verdict for c in checks if _check_family(c.field) not in _VALUE_FAMILIES]
        tally = Counter(verdicts)
        score = GroundingScore(values=score.values + len(verdicts),
                               supported=score.supported + tally["supported"],
                               contradicted=score.contradicted + tally["contradicted"],
                               unsupported=score.unsupported + tally["unsupported"],
                               unchecked=score.unchecked + tally["unchecked"])
    return score

def cost(records_by_article: Mapping[str, Sequence[EventRecord]],
         wall_seconds: Mapping[str, float] | None = None) -> CostScore:
    """Usage per article (read from its first record); ``wall_seconds`` overrides the timing."""
    score = CostScore()
    for article, records in records_by_article.items():
        usage = records[0].provenance.usage if records else None
        cached = bool(usage and usage.cached)
        seconds = (wall_seconds or {}).get(article, usage.seconds if usage else 0.0)
        live = usage if usage is not None and not cached else None
        score = CostScore(articles=score.articles + 1, cached_articles=score.cached_articles + cached,
                          calls=score.calls + (live.calls if live else 0),
                          prompt_tokens=score.prompt_tokens + (live.prompt_tokens if live else 0),
                          completion_tokens=score.completion_tokens + (live.completion_tokens if live else 0),
                          seconds=score.seconds + seconds)
    return score

# --------------------------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------------------------


def _stem(name: str) -> str:
    return Path(name).stem


def evaluate(gold: Mapping[str, GoldArticle], records_by_article: Mapping[str, Sequence[EventRecord]], *,
             gold_clusters: Mapping[str, str] | None = None, predicted_clusters: Mapping[str, str] | None = None,
             wall_seconds: Mapping[str, float] | None = None, with_context: bool = False,
             label: str | None = None) -> EvalReport:
    """The whole report from in-memory gold. Article keys may be file names or stems."""
    records = {_stem(k): list(v) for k, v in records_by_article.items()}
    gold_by_stem = {_stem(k): v for k, v in gold.items()}
    articles = [score_article(g, records.get(stem, []), with_context=with_context)
                for stem, g in sorted(gold_by_stem.items())]
    slots = {f: sum((a.slots[f] for a in articles), Counts()) for f in FAMILIES}
    clustering = None
    if gold_clusters is not None and predicted_clusters is not None:
        clustering = score_clusters({_stem(k): v for k, v in predicted_clusters.items()},
                                    {_stem(k): v for k, v in gold_clusters.items()})
    return EvalReport(
        label=label, with_context=with_context, slots=slots, overall=sum(slots.values(), Counts()),
        articles=articles, ungraded=sorted(set(records) - set(gold_by_stem)),
        grounding=grounding(r for rs in records.values() for r in rs), clustering=clustering,
        cost=cost(records, {_stem(k): v for k, v in (wall_seconds or {}).items()}),
    )


def run_eval(gold_dir: Path | str, records_by_article: Mapping[str, Sequence[EventRecord]],
             predicted_clusters: Mapping[str, str] | None = None, wall_seconds: Mapping[str, float] | None = None,
             *, with_context: bool = False, label: str | None = None) -> EvalReport:
    """Load gold from ``gold_dir`` (``articles/*.json``, optional ``clusters.json``) and score against it."""
    gold_dir = Path(gold_dir)
    clusters = load_gold_clusters(gold_dir / "clusters.json")
    return evaluate(load_gold_articles(gold_dir), records_by_article,
                    gold_clusters=clusters.clusters if clusters else None, predicted_clusters=predicted_clusters,
                    wall_seconds=wall_seconds, with_context=with_context, label=label)
