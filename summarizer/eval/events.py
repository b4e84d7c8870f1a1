"""Score extraction and merging against gold: slots, grounding, clustering and cost.

Everything here is a pure function of gold, records and plain dictionaries, so prompt versions and
models can be compared offline; the CLI runs the pipeline and passes the records in.

**Slot scoring.** Per article, predicted records are aligned one-to-one to gold events, greedily by
descending :func:`event_similarity` (ties: gold order, then record order). Greedy rather than
Hungarian because the similarity is lumpy (a few agreements per pair, rarely ties that matter) and
articles have a handful of events; it also makes every alignment easy to explain. A pair is only
aligned when it agrees on more than the event type alone (similarity > 1). Then each field family
is compared slot by slot with lenient matching where several answers are right:

* ``type``: the record's type is in the gold's list of acceptable PLOVER types;
* ``date``: the record's ISO date equals the gold date, or falls in ``[value, end]`` of a multi-day
  event (month/year precision compares only month/year);
* ``time``: equal UTC instants when both sides have one, otherwise the same UTC time of day, and
  local time of day only when the record claims no UTC value at all;
* ``place``: the same place under any alias (``lookup_place``), or the same name once folded;
* ``actors``: the same entity under any alias (``same_entity``; a country's forces, ministries,
  authorities or peacekeepers count as the country), with the gold role when the gold gives one;
* ``casualties``: same kind, and the claimed interval contains the gold value (or overlaps a gold
  range).

Actors and casualties are matched one-to-one by maximum bipartite matching, trying required and
tighter gold items first. Precision is over every predicted slot, records aligned to nothing
included; recall is over the gold slots of ``required`` events (and their required actors and
claims). Gold values marked ``needs_context`` count for recall only with ``with_context=True``
(records completed by merging); a prediction of them is judged against the true value either way.

**Grounding.** A value that leaves the pipeline is *supported* when the verifier checked it and
said so. Every other value should at least carry its verdict: ``unflagged_share`` is the share
of not-supported values that went out with no check at all. The target is 0.

**Clustering.** Pairwise and B-cubed precision/recall/F1 on ``item → cluster`` assignments.

**Cost.** From ``provenance.usage``: the pipeline repeats one article's usage on each of its
records, so an article's usage is read from its first record.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, Field, computed_field
from rich.console import Group
from rich.table import Table

from summarizer.eval.gold import (
    GoldActor,
    GoldArticle,
    GoldCasualty,
    GoldDate,
    GoldEvent,
    GoldTime,
    load_gold_articles,
    load_gold_clusters,
)
from summarizer.rules import canonical_actor, lookup_place, same_entity
from summarizer.rules.gazetteer import fold
from summarizer.models.schemas import Actor, CasualtyClaim, EventDate, EventRecord, EventTime

FAMILIES = ("type", "date", "time", "place", "actors", "casualties")


class Counts(BaseModel):
    """Counts behind precision and recall.

    ``correct`` (predicted items that are right) and ``found`` (gold items recovered) differ on
    purpose: a right answer for an optional or needs-context gold value raises precision without
    being owed to recall.
    """

    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        """None when nothing was predicted: there is nothing to be precise about."""
        return self.correct / self.predicted if self.predicted else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        """Harmonic mean; 0 when gold exists but nothing was predicted, None when recall is undefined."""
        p, r = self.precision, self.recall
        if r is None:
            return None
        if p is None:
            return 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(predicted=self.predicted + other.predicted, correct=self.correct + other.correct,
                      gold=self.gold + other.gold, found=self.found + other.found)


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


class ClusterScore(BaseModel):
    items: int
    pairwise: Counts
    bcubed_precision: float
    bcubed_recall: float

    @computed_field  # type: ignore[prop-decorator]
    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_precision, self.bcubed_recall
        return 2 * p * r / (p + r) if p + r else 0.0


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
# Matching single slots
# --------------------------------------------------------------------------------------------


def type_matches(predicted: str, gold: GoldEvent) -> bool:
    return predicted in gold.event_type


def date_matches(predicted: EventDate, gold: GoldDate | None) -> bool:
    """Equal ISO date, any day of a multi-day gold event; coarse precisions compare coarsely."""
    if predicted.value is None or gold is None or gold.value is None:
        return False
    first, last = gold.value, gold.end or gold.value
    value = predicted.value
    if predicted.precision == "year":
        return first.year <= value.year <= last.year
    if predicted.precision == "month":
        return (first.year, first.month) <= (value.year, value.month) <= (last.year, last.month)
    return first <= value <= last


def _utc_time_of_day(time: EventTime) -> dt.time | None:
    if time.utc is not None:
        return time.utc.astimezone(dt.timezone.utc).time().replace(tzinfo=None)
    return time.utc_time.replace(tzinfo=None) if time.utc_time is not None else None


def has_time(time: EventTime) -> bool:
    return time.utc is not None or time.utc_time is not None or time.local_time is not None


def time_matches(predicted: EventTime, gold: GoldTime | None) -> bool:
    """Same instant when both give one; else same UTC time of day; local time only if no UTC is claimed.

    Time of day suffices without an instant because the date is scored as its own slot.
    """
    if gold is None or not has_time(predicted):
        return False
    if predicted.utc is not None and gold.utc is not None:
        return predicted.utc == gold.utc
    utc_time = _utc_time_of_day(predicted)
    if utc_time is not None:
        return gold.utc_time is not None and utc_time == gold.utc_time
    return gold.local_time is not None and predicted.local_time == gold.local_time


def _place_keys(name: str) -> set[str]:
    keys = {fold(name)}
    place = lookup_place(name)
    if place is not None:
        keys.add(fold(place.name))
    return keys


def place_matches(predicted: str | None, gold: GoldEvent) -> bool:
    if not predicted or gold.place is None:
        return False
    gold_keys = set().union(*(_place_keys(n) for n in [gold.place, *gold.place_aliases]))
    return bool(_place_keys(predicted) & gold_keys)


_STATE_ORGANS = re.compile(
    r"(?:'s)?\s+(?:(?:armed\s+)?forces|army|military|troops|soldiers|government|authorities|"
    r"(?:defen[cs]e\s+)?ministry(?:\s+of\s+defen[cs]e)?|peacekeepers|peacekeeping\s+(?:contingent|force))$",
    re.IGNORECASE,
)


def _state_of(name: str) -> str | None:
    """The country behind "Azerbaijani forces", "Russia's peacekeepers", "Armenian Defense Ministry".

    Whether the army or the state acted is rarely what an actor slot is about; the side is.
    """
    stripped = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    head = _STATE_ORGANS.sub("", stripped)
    if head == stripped:
        return None
    place = lookup_place(head, fuzzy=False)
    return place.name if place is not None and place.kind == "country" else None


def _actor_forms(name: str) -> set[str]:
    forms = {fold(canonical_actor(name))}
    state = _state_of(name)
    if state is not None:
        forms.add(fold(state))
    return forms


def actor_matches(predicted: Actor, gold: GoldActor) -> bool:
    """Same entity under any name of either side, and the gold role when one is given."""
    if gold.role is not None and predicted.role != gold.role:
        return False
    mine = [n for n in (predicted.name, predicted.canonical) if n]
    theirs = [gold.name, *gold.aliases]
    forms = set().union(*(_actor_forms(n) for n in mine))
    if forms & set().union(*(_actor_forms(n) for n in theirs)):
        return True
    return any(same_entity(a, b) for a in mine for b in theirs)


def _claim_interval(claim: CasualtyClaim) -> tuple[int, int | None] | None:
    """The claimed interval; ``high`` None is unbounded ("at least 32"), a bare ``best`` is a point."""
    if claim.low is not None:
        return claim.low, claim.high
    if claim.best is not None:
        return claim.best, claim.best
    return None


def casualty_matches(predicted: CasualtyClaim, gold: GoldCasualty) -> bool:
    """Same kind, and the claim contains the gold value (or overlaps the gold range)."""
    interval = _claim_interval(predicted)
    if predicted.kind != gold.kind or interval is None:
        return False
    low, high = interval
    if gold.value is not None:
        return low <= gold.value and (high is None or gold.value <= high)
    gold_low, gold_high = gold.bounds()
    return (gold_high is None or low <= gold_high) and (high is None or gold_low <= high)


def _casualty_preference(predicted: CasualtyClaim, gold: GoldCasualty) -> tuple[bool, bool, bool]:
    """Sort key (smaller first): required gold, the same bounds, then the same source."""
    same_bounds = _claim_interval(predicted) == gold.bounds() or predicted.best == gold.value
    same_source = bool(predicted.claimed_by and gold.source and same_entity(predicted.claimed_by, gold.source))
    return (not gold.required, not same_bounds, not same_source)


def max_matching(n_left: int, candidates: Callable[[int], list[int]]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths); ``candidates(i)`` lists right items, preferred first.

    Greedy one-to-one matching can strand an item ("Russia" takes the only gold actor that
    "Kremlin" could have matched); augmenting paths cannot, and the lists here are short.
    """
    right_of: dict[int, int] = {}
    left_of: dict[int, int] = {}
    options = [candidates(i) for i in range(n_left)]

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in left_of or augment(left_of[j], seen):
                left_of[j] = i
                right_of[i] = j
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return right_of


def match_actors(predicted: Sequence[Actor], gold: Sequence[GoldActor]) -> dict[int, int]:
    def candidates(i: int) -> list[int]:
        hits = [j for j, g in enumerate(gold) if actor_matches(predicted[i], g)]
        return sorted(hits, key=lambda j: not gold[j].required)

    return max_matching(len(predicted), candidates)


def match_casualties(predicted: Sequence[CasualtyClaim], gold: Sequence[GoldCasualty]) -> dict[int, int]:
    def candidates(i: int) -> list[int]:
        hits = [j for j, g in enumerate(gold) if casualty_matches(predicted[i], g)]
        return sorted(hits, key=lambda j: _casualty_preference(predicted[i], gold[j]))

    return max_matching(len(predicted), candidates)


# --------------------------------------------------------------------------------------------
# Aligning records to gold events and scoring slots
# --------------------------------------------------------------------------------------------


def event_similarity(record: EventRecord, gold: GoldEvent) -> float:
    """Agreements between a record and a gold event: one point per matching single slot, plus the
    matched share of actors and of casualty claims (so a long actor list cannot dominate)."""
    score = float(type_matches(record.event_type, gold))
    score += date_matches(record.date, gold.date) + time_matches(record.time, gold.time)
    score += place_matches(record.location.name, gold)
    for predicted, expected, match in ((record.actors, gold.actors, match_actors),
                                       (record.casualties, gold.casualties, match_casualties)):
        if predicted and expected:
            score += len(match(predicted, expected)) / max(len(predicted), len(expected))
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
# Grounding, clustering, cost
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


def score_clusters(predicted: Mapping[str, str], gold: Mapping[str, str]) -> ClusterScore:
    """Pairwise and B-cubed scores over the gold items.

    A gold item missing from ``predicted`` is its own singleton (the merger said nothing about it);
    predicted items without gold are ignored.
    """
    items = sorted(gold)
    assigned = {item: predicted.get(item, f"\0singleton:{item}") for item in items}
    pred_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item in items:
        pred_members[assigned[item]].add(item)
        gold_members[gold[item]].add(item)
    pairs = list(itertools.combinations(items, 2))
    same_pred = {p for p in pairs if assigned[p[0]] == assigned[p[1]]}
    same_gold = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    both = len(same_pred & same_gold)
    pairwise = Counts(predicted=len(same_pred), correct=both, gold=len(same_gold), found=both)
    precisions, recalls = [], []
    for item in items:
        mine, truth = pred_members[assigned[item]], gold_members[gold[item]]
        overlap = len(mine & truth)
        precisions.append(overlap / len(mine))
        recalls.append(overlap / len(truth))
    n = len(items)
    return ClusterScore(items=n, pairwise=pairwise,
                        bcubed_precision=sum(precisions) / n if n else 0.0,
                        bcubed_recall=sum(recalls) / n if n else 0.0)


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


# --------------------------------------------------------------------------------------------
# Comparing and rendering
# --------------------------------------------------------------------------------------------


class DiffRow(BaseModel):
    metric: str
    a: float | None
    b: float | None
    higher_is_better: bool = True

    @computed_field  # type: ignore[prop-decorator]
    @property
    def delta(self) -> float | None:
        return None if self.a is None or self.b is None else self.b - self.a


class ReportDiff(BaseModel):
    label_a: str
    label_b: str
    rows: list[DiffRow]

    def row(self, metric: str) -> DiffRow:
        return next(r for r in self.rows if r.metric == metric)


def _headline(report: EvalReport) -> list[tuple[str, float | None, bool]]:
    """(metric, value, higher is better) for every number worth comparing across runs."""
    rows: list[tuple[str, float | None, bool]] = []
    for family, counts in [*report.slots.items(), ("overall", report.overall)]:
        rows += [(f"{family} P", counts.precision, True), (f"{family} R", counts.recall, True),
                 (f"{family} F1", counts.f1, True)]
    rows += [("grounding supported", report.grounding.supported_share, True),
             ("grounding unflagged", report.grounding.unflagged_share, False)]
    if report.clustering is not None:
        rows += [("pairwise F1", report.clustering.pairwise.f1, True),
                 ("B-cubed F1", report.clustering.bcubed_f1, True)]
    c = report.cost
    rows += [("calls/article", c.calls_per_article, False), ("tokens/article", c.tokens_per_article, False),
             ("cache hit rate", c.cache_hit_rate, True), ("seconds/article", c.seconds_per_article, False)]
    return rows


def diff(report_a: EvalReport, report_b: EvalReport) -> ReportDiff:
    """Side by side, ``b - a`` per metric: for two prompt versions or two models on the same gold."""
    a_rows = {m: (v, up) for m, v, up in _headline(report_a)}
    b_rows = {m: (v, up) for m, v, up in _headline(report_b)}
    metrics = list(dict.fromkeys([*a_rows, *b_rows]))
    rows = [DiffRow(metric=m, a=a_rows.get(m, (None, True))[0], b=b_rows.get(m, (None, True))[0],
                    higher_is_better=(a_rows.get(m) or b_rows[m])[1]) for m in metrics]
    return ReportDiff(label_a=report_a.label or "a", label_b=report_b.label or "b", rows=rows)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"


def render_table(report: EvalReport) -> Group:
    """Slots per family, then grounding, clustering and cost, for a terminal."""
    slots = Table(title=f"Slots{f' — {report.label}' if report.label else ''}"
                        f"{' (with context)' if report.with_context else ''}")
    for column in ("family", "correct/pred", "P", "found/gold", "R", "F1"):
        slots.add_column(column, justify="left" if column == "family" else "right")
    for family, counts in [*report.slots.items(), ("overall", report.overall)]:
        slots.add_row(family, f"{counts.correct}/{counts.predicted}", _fmt(counts.precision),
                      f"{counts.found}/{counts.gold}", _fmt(counts.recall), _fmt(counts.f1),
                      end_section=family == FAMILIES[-1])
    other = Table(title="Grounding, clustering, cost")
    other.add_column("metric")
    other.add_column("value", justify="right")
    other.add_column("detail")
    g = report.grounding
    other.add_row("supported share", _fmt(g.supported_share), f"{g.supported}/{g.values} values")
    other.add_row("unflagged share", _fmt(g.unflagged_share),
                  f"{g.unchecked} unchecked of {g.values - g.supported} not supported (target 0)")
    if report.clustering is not None:
        cl = report.clustering
        other.add_row("pairwise P/R/F1", _fmt(cl.pairwise.f1),
                      f"P {_fmt(cl.pairwise.precision)}  R {_fmt(cl.pairwise.recall)}  ({cl.items} items)")
        other.add_row("B-cubed P/R/F1", _fmt(cl.bcubed_f1),
                      f"P {_fmt(cl.bcubed_precision)}  R {_fmt(cl.bcubed_recall)}")
    c = report.cost
    other.add_row("calls/article", _fmt(c.calls_per_article), f"{c.calls} calls, {c.articles} articles")
    other.add_row("tokens/article", _fmt(c.tokens_per_article),
                  f"{c.prompt_tokens} prompt + {c.completion_tokens} completion")
    other.add_row("cache hit rate", _fmt(c.cache_hit_rate), f"{c.cached_articles}/{c.articles} articles")
    other.add_row("seconds/article", _fmt(c.seconds_per_article), f"{c.seconds:.1f} s in all")
    return Group(slots, other)


def render_diff(report_diff: ReportDiff) -> Table:
    """The diff as a table; deltas green when they improve the metric, red when they worsen it."""
    table = Table(title=f"{report_diff.label_a} → {report_diff.label_b}")
    for column in ("metric", report_diff.label_a, report_diff.label_b, "Δ"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for row in report_diff.rows:
        delta = row.delta
        style = "" if not delta else ("green" if (delta > 0) == row.higher_is_better else "red")
        shown = "–" if delta is None else f"{delta:+.3f}"
        table.add_row(row.metric, _fmt(row.a), _fmt(row.b), f"[{style}]{shown}[/]" if style else shown)
    return table
