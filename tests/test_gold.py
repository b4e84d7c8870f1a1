"""The committed gold: valid, in step with its schema, honest about context, and usable by the scorer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from summarizer.eval.events import run_eval
from summarizer.eval.gold import (
    GoldArticle,
    GoldCasualty,
    clusters_from_ecbplus,
    gold_json_schema,
    load_gold_articles,
    load_gold_clusters,
)
from summarizer.models.schemas import (
    Actor,
    CasualtyClaim,
    EventDate,
    EventRecord,
    EventTime,
    Location,
    Provenance,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ECBPLUS = ROOT / "tests" / "data" / "ecbplus"
WEEKDAY_OR_RELATIVE = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "today", "yesterday", "tomorrow", "earlier in the day", "last week", "a day after")


@pytest.fixture(scope="module")
def gold() -> dict[str, GoldArticle]:
    return load_gold_articles(GOLD)


def test_one_gold_file_per_seed(gold: dict[str, GoldArticle]) -> None:
    assert sorted(gold) == [p.stem for p in SEEDS]
    assert all(g.article == f"{stem}.txt" for stem, g in gold.items())


def test_committed_schema_equals_model() -> None:
    assert (ROOT / "schemas" / "gold.v1.schema.json").read_text() == gold_json_schema()


def test_gold_files_validate_against_committed_schema() -> None:
    schema = json.loads((ROOT / "schemas" / "gold.v1.schema.json").read_text())
    for path in sorted((GOLD / "articles").glob("*.json")):
        jsonschema.validate(json.loads(path.read_text()), schema)


def test_batch_clusters_cover_the_seeds() -> None:
    clusters = load_gold_clusters(GOLD / "clusters.json")
    assert clusters is not None
    assert sorted(clusters.clusters) == [p.name for p in SEEDS]
    nk = {clusters.clusters[p.name] for p in SEEDS if not p.name.startswith("001_")}
    assert len(nk) == 1 and clusters.clusters[SEEDS[1].name] not in nk  # 001 is a different event


def test_undated_articles_mark_weekdays_as_needing_context(gold: dict[str, GoldArticle]) -> None:
    """Only 000 states a publication date; elsewhere a weekday or 'today' cannot resolve on its own."""
    assert [g.published for g in gold.values()] == [dt.date(2023, 9, 20), None, None, None, None]
    for g in gold.values():
        for event in g.events:
            if g.published is None and event.date and (event.date.day_text or "").lower().startswith(
                    WEEKDAY_OR_RELATIVE):
                assert event.date.needs_context, (g.article, event.id)
            if g.published is not None and event.date:
                assert not event.date.needs_context, (g.article, event.id)
    border = gold["001_f57797828b104370"]
    assert all(e.date is None or e.date.value is None or e.date.value.year == 2020 for e in border.events)


def _claims(g: GoldArticle, event_id: str) -> list[GoldCasualty]:
    return next(e for e in g.events if e.id == event_id).casualties


def test_key_casualty_claims_are_in_the_gold(gold: dict[str, GoldArticle]) -> None:
    def summary(g: GoldArticle, event_id: str) -> set[tuple[str, int, str | None]]:
        return {(c.kind, c.bounds()[0], c.source) for c in _claims(g, event_id)}

    assert {("killed", 32, "Armenia"), ("killed", 27, "separatists"), ("injured", 201, "separatists"),
            ("killed", 2, "Azerbaijan")} <= summary(gold["000_d2d2eb034c79192f"], "offensive")
    assert {("killed", 1, "Armenian Defense Ministry"), ("killed", 15, "Armenian parliament"),
            ("captured", 12, "Yerevan"), ("injured", 2, "Ministry of Defense of Azerbaijan")} \
        <= summary(gold["001_f57797828b104370"], "border_clash")
    assert {("killed", 4, "Azerbaijan"), ("killed", 2, "Azerbaijan")} <= summary(gold["002_ba3696da157a7910"],
                                                                                 "landmines")
    assert ("killed", 200, None) in summary(gold["003_3ed2ac33a6168454"], "offensive")
    assert ("killed", 100, "Ruben Vardanyan") in summary(gold["004_f7ec8941e1205091"], "offensive")


def _oracle(g: GoldArticle) -> list[EventRecord]:
    """Records that say exactly what the gold says, by the gold's primary names."""
    provenance = Provenance(article_id=g.stem, model="oracle", prompt_name="-", prompt_version="-",
                            prompt_hash="-", extracted_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    return [
        EventRecord(
            record_id=f"{g.stem}/{e.id}", event_type=e.event_type[0], summary=e.description,
            date=EventDate(value=e.date.value if e.date else None, precision="day"),
            time=EventTime(utc=e.time.utc, utc_time=e.time.utc_time) if e.time else EventTime(),
            location=Location(name=e.place),
            actors=[Actor(name=a.name, role=a.role or "participant") for a in e.actors],
            casualties=[CasualtyClaim(kind=c.kind, text=c.text, low=c.bounds()[0], high=c.bounds()[1])
                        for c in e.casualties],
            provenance=provenance,
        )
        for e in g.events
    ]


def test_gold_scores_perfectly_against_itself(gold: dict[str, GoldArticle]) -> None:
    """Every gold name, alias and value is one the scorer's matchers recognise."""
    records = {g.article: _oracle(g) for g in gold.values()}
    report = run_eval(GOLD, records, with_context=True)
    assert report.overall.precision == 1.0 and report.overall.recall == 1.0
    assert all(not a.unaligned_records and not a.missed_events for a in report.articles)
    alone = run_eval(GOLD, records)
    assert alone.slots["date"].gold < report.slots["date"].gold  # needs-context dates owed only with context
    assert alone.slots["date"].precision == 1.0


def test_ecbplus_clusters_match_gold_jsonl() -> None:
    committed = load_gold_clusters(GOLD / "ecbplus" / "clusters.json")
    generated = clusters_from_ecbplus(ECBPLUS / "gold.jsonl")
    assert committed == generated
    assert len(committed.clusters) == 34 and len(set(committed.clusters.values())) == 12
    rows = [json.loads(line) for line in (ECBPLUS / "gold.jsonl").read_text().splitlines() if line.strip()]
    assert {r["file"]: r["event_cluster"] for r in rows} == committed.clusters
    assert all((ECBPLUS / name).is_file() for name in committed.clusters)
    assert (ECBPLUS / "README.md").read_text().count("CC BY 3.0") >= 1


def test_ecbplus_gold_dir_scores_clusters_alone() -> None:
    """A gold directory with only ``clusters.json`` gives a clustering report and no slots."""
    files = clusters_from_ecbplus(ECBPLUS / "gold.jsonl").clusters
    report = run_eval(GOLD / "ecbplus", {}, {name: "everything" for name in files})
    assert report.articles == [] and report.overall.predicted == 0
    assert report.clustering is not None and report.clustering.items == 34
    assert report.clustering.pairwise.recall == 1.0 and report.clustering.bcubed_recall == 1.0
