"""Score pipeline output against incident-level gold (one row per real-world incident, with its articles).

Incident gold (the ``gv_dev`` format, see ``docs/eval-gv_dev.md``) states what happened, not what
each article says, so every article is read the way a user reads the output: by its **main
record** and the claims on it.

* **Main record**: the article's first record with ``origin == "model"``, else its first record.
  Prompts put the article's main happening first; rule-found records are fallbacks.
* **killed / injured**: the ``best`` of the main record's casualty claim of that kind stated first
  in the article, among those the verifier did not mark ``contradicted`` or ``unsupported`` (a
  claim without a check counts; a claim without ``best`` does not). The first stated, because that
  is the headline or lede figure a reader meets first; later figures are often parts ("two of the
  victims") or sums that include other kinds ("five shot" when one of the five died). A record that counts one kind but not the
  other reads as 0 for the other: "Two wounded in shooting" reports no deaths, as a reader (and the
  gold's coders) take it. None when the record counts neither.
* **date**: ``date.value`` when it names a day: a calendar date, or a weekday or relative day
  ("Saturday", "yesterday") resolved against the publication date; else None.
* **city**: ``location.city`` (filled from the gazetteer).

Everything here is pure: the runner (:mod:`summarizer.eval.incidents_run`) does the I/O.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, computed_field
from rich.console import Group
from rich.table import Table

from summarizer.eval.clusters import ClusterScore, score_clusters
from summarizer.models.fieldpath import FieldPath
from summarizer.rules.geonames import place_key
from summarizer.models.schemas import DAY_PRECISIONS, EventRecord, FieldCheck

SplitName = Literal["tune", "test", "all"]
FIELDS = ("killed", "injured", "date", "city")
_BAD_VERDICTS = frozenset({"contradicted", "unsupported"})
#: Where a claim without a span sorts: after every claim the article text locates.
_NO_SPAN = 1 << 62


class Incident(BaseModel):
    """One gold incident: facts for the whole incident and the articles that report it."""

    incident_id: str
    date: dt.date
    city: str
    city_raw: str = Field(description="The source's city value, maybe 'City (neighbourhood)'")
    state: str
    num_killed: int
    num_injured: int
    articles: list[str]
    publication_dates: list[dt.date] = Field(default_factory=list)
    confusable_with: list[str] = Field(default_factory=list)


class Split(BaseModel):
    """A fixed tuning/test split by incident, so confusable incidents never straddle it."""

    dataset: str
    seed: int
    rule: str
    tune: list[str]
    test: list[str]

    def incident_ids(self, which: SplitName) -> list[str]:
        return {"tune": self.tune, "test": self.test, "all": [*self.tune, *self.test]}[which]


def load_incidents(gold_dir: Path) -> list[Incident]:
    """``gold.jsonl`` under ``gold_dir``, one incident per line (raises FileNotFoundError when absent)."""
    lines = (Path(gold_dir) / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [Incident.model_validate_json(line) for line in lines if line.strip()]


def load_split(path: Path) -> Split:
    return Split.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))


def select(incidents: Sequence[Incident], split: Split, which: SplitName) -> list[Incident]:
    """The incidents of one half (or all), in gold order; an id the gold lacks is an error."""
    wanted = set(split.incident_ids(which))
    known = {i.incident_id for i in incidents}
    if missing := sorted(wanted - known):
        raise ValueError(f"split names incidents the gold does not have: {', '.join(missing)}")
    return [i for i in incidents if i.incident_id in wanted]


# --------------------------------------------------------------------------------------------
# The per-article answer
# --------------------------------------------------------------------------------------------


class Answer(BaseModel):
    """What one article's output says about its main happening; any system can produce one."""

    killed: int | None = None
    injured: int | None = None
    date: dt.date | None = None
    city: str | None = None


def main_record(records: Sequence[EventRecord]) -> EventRecord | None:
    """The first model record, else the first record, else None."""
    return next((r for r in records if r.origin == "model"), records[0] if records else None)


def _claim_accepted(record: EventRecord, index: int) -> bool:
    """Not marked contradicted/unsupported. Under ``policy="drop"`` every surviving claim passed."""
    verification = record.verification
    if verification is None or verification.policy == "drop":
        return True
    field = str(FieldPath("casualties", index, "count"))
    return not any(c.field == field and c.verdict in _BAD_VERDICTS for c in verification.checks)


def answer_of(records: Sequence[EventRecord]) -> Answer:
    """The answer a user reads from an article's records (rules in the module docstring)."""
    record = main_record(records)
    if record is None:
        return Answer()

    def first_stated(kind: str) -> int | None:
        counts = [(c.evidence.span.start if c.evidence and c.evidence.span else _NO_SPAN, c.best)
                  for i, c in enumerate(record.casualties)
                  if c.kind == kind and c.best is not None and _claim_accepted(record, i)]
        return min(counts)[1] if counts else None

    killed, injured = first_stated("killed"), first_stated("injured")
    if (killed is None) != (injured is None):
        killed, injured = killed or 0, injured or 0
    return Answer(killed=killed, injured=injured,
                  date=record.date.value if record.date.precision in DAY_PRECISIONS else None,
                  city=record.location.city)


_PARENTHETICAL = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


def city_names(incident: Incident) -> set[str]:
    """Keys of the names that count as the incident's city: the city, and both parts of 'City (part)'
    (:func:`~summarizer.rules.geonames.place_key`: "St." and "Saint" are one spelling)."""
    names = {incident.city, incident.city_raw}
    if match := _PARENTHETICAL.match(incident.city_raw):
        names |= {match.group(1), match.group(2)}
    return {place_key(n) for n in names if n.strip()}


def field_hits(answer: Answer, incident: Incident) -> dict[str, bool]:
    """Exact match per field, plus ``killed_null0``/``injured_null0`` where None counts as 0."""
    return {
        "killed": answer.killed == incident.num_killed,
        "injured": answer.injured == incident.num_injured,
        "date": answer.date == incident.date,
        "city": answer.city is not None and place_key(answer.city) in city_names(incident),
        "killed_null0": (answer.killed or 0) == incident.num_killed,
        "injured_null0": (answer.injured or 0) == incident.num_injured,
    }


class Accuracy(BaseModel):
    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


def accuracy(hits: Iterable[Mapping[str, bool]]) -> dict[str, Accuracy]:
    """Per field, the share of articles answered exactly right."""
    totals: dict[str, Accuracy] = {}
    for row in hits:
        for name, ok in row.items():
            seen = totals.get(name, Accuracy())
            totals[name] = Accuracy(correct=seen.correct + ok, total=seen.total + 1)
    return totals


# --------------------------------------------------------------------------------------------
# Spans, cost and clustering
# --------------------------------------------------------------------------------------------


class SpanCoverage(BaseModel):
    """Output values (date, time, location, casualty claims, actors, statements) and their grounding."""

    values: int = 0
    with_span: int = 0
    flagged_without_span: int = 0
    unflagged_without_span: int = Field(0, description="Neither a span nor a verifier flag (target 0)")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def span_share(self) -> float | None:
        return self.with_span / self.values if self.values else None


def _record_values(record: EventRecord) -> list[tuple[str, str, bool]]:
    """(verifier field family, value, whether the value itself carries a span) for each output value."""
    values = [(family, text, False) for family, text in
              (("date", record.date.text), ("time", record.time.text), ("location", record.location.name)) if text]
    values += [("casualties.count", c.text, bool(c.evidence and c.evidence.span)) for c in record.casualties]
    values += [("actors", a.name, False) for a in record.actors]
    values += [("statements.quote", s.quote, s.evidence.span is not None) for s in record.statements]
    return values


def _family(field: str) -> str:
    path = FieldPath.parse(field)
    return field if path is None else ".".join(p for p in (path.field, path.sub) if p)


def span_coverage(records: Iterable[EventRecord]) -> SpanCoverage:
    """A value has a span when it carries one or its verifier check points at one; else it should be flagged.

    Checks are matched to values by field family and value, not by list index, so the count
    stays right after ``policy="drop"`` re-indexes the lists.
    """
    total = SpanCoverage()
    for record in records:
        available: dict[tuple[str, str], list[FieldCheck]] = defaultdict(list)
        for c in record.verification.checks if record.verification else []:
            available[(_family(c.field), c.value)].append(c)
        for family, value, own_span in _record_values(record):
            mine = available[(family, value)]
            found = mine.pop(0) if mine else None
            spanned = own_span or bool(found and found.spans)
            flagged = found is not None and found.verdict in _BAD_VERDICTS
            total = SpanCoverage(values=total.values + 1, with_span=total.with_span + spanned,
                                 flagged_without_span=total.flagged_without_span + (not spanned and flagged),
                                 unflagged_without_span=total.unflagged_without_span + (not spanned and not flagged))
    return total


class ArticleCost(BaseModel):
    """Tokens as the server reported them and model seconds; ``timing`` says whether they were measured now."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float | None = None
    timing: Literal["live", "recorded"] = "live"


def tokens_of(records: Sequence[EventRecord]) -> tuple[int, int]:
    """(prompt, completion) tokens of an article: its model records repeat the article's usage."""
    record = next((r for r in records if r.origin == "model"), None)
    usage = record.provenance.usage if record is not None else None
    return (usage.prompt_tokens, usage.completion_tokens) if usage is not None else (0, 0)


class CostSummary(BaseModel):
    articles: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    timed_articles: int = 0
    timing: dict[str, int] = Field(default_factory=dict, description="Articles per timing source")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def tokens_per_article(self) -> float | None:
        return (self.prompt_tokens + self.completion_tokens) / self.articles if self.articles else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def seconds_per_article(self) -> float | None:
        return self.seconds / self.timed_articles if self.timed_articles else None


def cost_summary(costs: Iterable[ArticleCost]) -> CostSummary:
    total = CostSummary()
    for c in costs:
        timing = dict(total.timing)
        timing[c.timing] = timing.get(c.timing, 0) + 1
        total = CostSummary(articles=total.articles + 1, prompt_tokens=total.prompt_tokens + c.prompt_tokens,
                            completion_tokens=total.completion_tokens + c.completion_tokens,
                            seconds=total.seconds + (c.seconds or 0.0),
                            timed_articles=total.timed_articles + (c.seconds is not None), timing=timing)
    return total


def article_events(records_by_article: Mapping[str, Sequence[EventRecord]],
                   event_of_record: Mapping[str, str]) -> dict[str, str]:
    """Article → the merged event holding its main record (a singleton when there is none)."""
    clusters = {}
    for article, records in records_by_article.items():
        record = main_record(records)
        event = event_of_record.get(record.record_id) if record is not None else None
        clusters[article] = event or f"none:{article}"
    return clusters


# --------------------------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------------------------


class ArticleScore(BaseModel):
    article: str
    incident: str
    answer: Answer
    hits: dict[str, bool]
    event: str = Field(description="The merged event holding the article's main record ('none:<article>' when none)")
    cost: ArticleCost
    error: str | None = None


class IncidentReport(BaseModel):
    label: str
    split: str
    incidents: int
    accuracy: dict[str, Accuracy]
    clustering: ClusterScore
    cost: CostSummary
    spans: SpanCoverage
    articles: list[ArticleScore]


def score(incidents: Sequence[Incident], records_by_article: Mapping[str, Sequence[EventRecord]],
          event_of_record: Mapping[str, str], costs: Mapping[str, ArticleCost], *, label: str, split: str,
          errors: Mapping[str, str] | None = None) -> IncidentReport:
    """The whole report. Every gold article is scored; one without records answers nothing."""
    gold_event = {a: i.incident_id for i in incidents for a in i.articles}
    by_article = {a: list(records_by_article.get(a, [])) for a in gold_event}
    events = article_events(by_article, event_of_record)
    scored = []
    for incident in incidents:
        for article in incident.articles:
            answer = answer_of(by_article[article])
            scored.append(ArticleScore(article=article, incident=incident.incident_id, answer=answer,
                                       hits=field_hits(answer, incident), event=events[article],
                                       cost=costs.get(article, ArticleCost()),
                                       error=(errors or {}).get(article)))
    return IncidentReport(
        label=label, split=split, incidents=len(incidents), accuracy=accuracy(s.hits for s in scored),
        clustering=score_clusters(events, gold_event),
        cost=cost_summary(s.cost for s in scored),
        spans=span_coverage(r for records in by_article.values() for r in records), articles=scored)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"


def render(report: IncidentReport) -> Group:
    """Accuracy per field, then clustering, spans and cost, for a terminal."""
    fields = Table(title=f"Per-article accuracy — {report.label}, split {report.split} "
                         f"({report.incidents} incidents, {len(report.articles)} articles)")
    for column in ("field", "correct/articles", "accuracy"):
        fields.add_column(column, justify="left" if column == "field" else "right")
    for name, acc in report.accuracy.items():
        fields.add_row(name.replace("_null0", " (null = 0)"), f"{acc.correct}/{acc.total}", _fmt(acc.accuracy))
    other = Table(title="Clustering, grounding, cost")
    for column in ("metric", "value", "detail"):
        other.add_column(column, justify="right" if column == "value" else "left")
    cl = report.clustering
    other.add_row("B-cubed F1", _fmt(cl.bcubed_f1), f"P {_fmt(cl.bcubed_precision)}  R {_fmt(cl.bcubed_recall)}")
    sp = report.spans
    other.add_row("values with a span", _fmt(sp.span_share), f"{sp.with_span}/{sp.values}")
    other.add_row("values without span and unflagged", str(sp.unflagged_without_span),
                  f"target 0; {sp.flagged_without_span} more are flagged")
    c = report.cost
    other.add_row("tokens/article", _fmt(c.tokens_per_article),
                  f"{c.prompt_tokens} prompt + {c.completion_tokens} completion (server-reported)")
    timing = ", ".join(f"{n} {source}" for source, n in sorted(c.timing.items()))
    other.add_row("model seconds/article", _fmt(c.seconds_per_article), f"{c.seconds:.1f} s; timings: {timing}")
    return Group(fields, other)
