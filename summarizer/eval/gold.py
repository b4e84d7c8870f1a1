"""Gold annotations for evaluating extraction and merging: the format, loading and conversions.

The gold states what a careful reader can take *from the article itself*. Values that are true
but need outside context (a weekday in an undated article, a zone the text never names) carry
the true value together with ``needs_context: true``, so the scorer can leave them out of recall
for single-article extraction (nobody can resolve them there) and count them once records were
completed by merging across articles. Values the text gives no ground for at all are ``null``:
a system that fills them in anyway is guessing, and the scorer counts that against precision.

Files (see ``docs/gold-format.md``):

* ``tests/gold/articles/<article-stem>.json``: one :class:`GoldArticle` per article;
* ``tests/gold/clusters.json``: one :class:`GoldClusters`, article file → event cluster id;
* ``schemas/gold.v1.schema.json``: the JSON Schema of :class:`GoldArticle`, exported by
  :func:`gold_json_schema` (a test keeps the committed file equal to the model).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from summarizer.models.schemas import ActorRole, CasualtyKind, EventType, Qualifier

GOLD_VERSION = "1"


class _Gold(BaseModel):
    """Gold is hand-written: a misspelt key must fail loudly instead of being ignored."""

    model_config = ConfigDict(extra="forbid")


class GoldDate(_Gold):
    """When the event happened, as far as the article lets a reader tell."""

    value: dt.date | None = Field(None, description="True ISO date; null when nothing (not even context) gives it")
    end: dt.date | None = Field(None, description="Last day of a multi-day event; any day in [value, end] matches")
    day_text: str | None = Field(None, description="The article's phrase, e.g. 'Wednesday', 'today'")
    needs_context: bool = Field(False, description="value is true but not derivable from this article alone")
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> GoldDate:
        if self.end is not None and (self.value is None or self.end < self.value):
            raise ValueError("date.end needs a value and must not precede it")
        if self.value is None and self.day_text is None:
            raise ValueError("a date needs a value or the article's day_text")
        return self


class GoldTime(_Gold):
    """A clock time; compared in UTC (see :mod:`summarizer.eval.events`)."""

    text: str | None = Field(None, description="The article's phrase, e.g. '13:00 local time'")
    utc: dt.datetime | None = Field(None, description="The UTC instant, when the date is known (maybe via context)")
    utc_time: dt.time | None = Field(None, description="UTC time of day")
    local_time: dt.time | None = None
    timezone: str | None = Field(None, description="IANA zone of local_time")
    needs_context: bool = Field(False, description="even the UTC time of day is not derivable from the article")
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> GoldTime:
        if self.utc is not None:
            if self.utc.utcoffset() != dt.timedelta(0):
                raise ValueError("time.utc must be a UTC instant (suffix Z or +00:00)")
            if self.utc_time is None:
                self.utc_time = self.utc.time().replace(tzinfo=None)
            elif self.utc_time != self.utc.time().replace(tzinfo=None):
                raise ValueError("time.utc_time disagrees with time.utc")
        if self.utc_time is None and self.local_time is None:
            raise ValueError("a time needs utc, utc_time or local_time")
        return self


class GoldActor(_Gold):
    name: str
    aliases: list[str] = Field(default_factory=list, description="Other names that count as this actor")
    role: ActorRole | None = Field(None, description="Expected role; null accepts any role")
    required: bool = Field(True, description="False: acceptable to list, not expected (no recall penalty)")


class GoldCasualty(_Gold):
    """One claimed figure. ``value`` for a stated number, ``low``/``high`` for a range (high null = open)."""

    kind: CasualtyKind
    text: str = Field(description="The figure as the article words it")
    value: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier | None = None
    source: str | None = Field(None, description="Who the article attributes the figure to")
    civilians: bool | None = None
    required: bool = True
    note: str | None = None

    @model_validator(mode="after")
    def _one_form(self) -> GoldCasualty:
        if (self.value is None) == (self.low is None):
            raise ValueError("give either value or low (and optionally high), not both or neither")
        if self.value is not None and self.high is not None:
            raise ValueError("high belongs to a low/high range, not to a value")
        if self.low is not None and self.high is not None and self.high < self.low:
            raise ValueError("high < low")
        return self

    def bounds(self) -> tuple[int, int | None]:
        """The gold interval: a point for a value, [low, high] (high None = unbounded) for a range."""
        if self.value is not None:
            return self.value, self.value
        assert self.low is not None
        return self.low, self.high


class GoldEvent(_Gold):
    id: str = Field(description="Unique within the article, for reports")
    description: str = Field(description="One line for humans: what happened")
    event_type: list[EventType] = Field(min_length=1, description="Every PLOVER type that is acceptable")
    mode: str | None = None
    required: bool = Field(True, description="Core event (counts for recall) or optional (acceptable to report)")
    date: GoldDate | None = Field(None, description="null: the article gives no date for this event")
    time: GoldTime | None = Field(None, description="null: the article gives no clock time")
    place: str | None = Field(None, description="Canonical place name; null: the article names none")
    place_aliases: list[str] = Field(default_factory=list)
    actors: list[GoldActor] = Field(default_factory=list)
    casualties: list[GoldCasualty] = Field(default_factory=list)
    note: str | None = None


class GoldArticle(_Gold):
    article: str = Field(description="File name of the article, e.g. '000_d2d2eb034c79192f.txt'")
    published: dt.date | None = Field(None, description="Publication date stated in the article, if any")
    events: list[GoldEvent]
    notes: list[str] = Field(default_factory=list, description="What can and cannot be determined, and why")

    @model_validator(mode="after")
    def _unique_ids(self) -> GoldArticle:
        ids = [e.id for e in self.events]
        if len(ids) != len(set(ids)):
            raise ValueError(f"duplicate event ids in {self.article}")
        return self

    @property
    def stem(self) -> str:
        return Path(self.article).stem


class GoldClusters(_Gold):
    """Which articles report the same event: item (article file name) → cluster id."""

    description: str | None = None
    clusters: dict[str, str]


def gold_json_schema() -> str:
    """The JSON Schema text of one gold article file, as committed to ``schemas/gold.v1.schema.json``."""
    schema: dict[str, Any] = {"$id": f"summarizer/gold/{GOLD_VERSION}", **GoldArticle.model_json_schema()}
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def load_gold_articles(gold_dir: Path) -> dict[str, GoldArticle]:
    """Every ``articles/*.json`` under ``gold_dir``, keyed by article stem."""
    articles = {}
    for path in sorted((Path(gold_dir) / "articles").glob("*.json")):
        gold = GoldArticle.model_validate_json(path.read_text(encoding="utf-8"))
        if gold.stem != path.stem:
            raise ValueError(f"{path}: file name does not match article {gold.article!r}")
        articles[gold.stem] = gold
    return articles


def load_gold_clusters(path: Path) -> GoldClusters | None:
    """The batch's cluster gold, or None when the gold directory has none."""
    path = Path(path)
    if not path.exists():
        return None
    return GoldClusters.model_validate_json(path.read_text(encoding="utf-8"))


def clusters_from_ecbplus(path: Path) -> GoldClusters:
    """Cluster gold from the ECB+ ``gold.jsonl``: each document's ``file`` → its ``event_cluster``.

    ``event_cluster`` is ``<topic>-<subtopic>``, so the two similar-but-different events of one
    topic (``ecb`` vs ``ecbplus``) are different clusters, which is the hard part for a merger.
    """
    clusters = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            clusters[row["file"]] = row["event_cluster"]
    return GoldClusters(
        description="ECB+ (CC BY 3.0, Cybulska & Vossen 2014): file -> event_cluster, from tests/data/ecbplus/gold.jsonl",
        clusters=dict(sorted(clusters.items())),
    )
