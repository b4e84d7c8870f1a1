"""The scorer on hand-made cases whose precision, recall and F1 are worked out in the comments."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from rich.console import Console

from summarizer.eval.clusters import score_clusters
from summarizer.eval.counts import Counts
from summarizer.eval.events import EvalReport, cost, evaluate, grounding, score_article
from summarizer.eval.matching import actor_matches, casualty_matches, date_matches, max_matching, time_matches
from summarizer.eval.render import diff, render_diff, render_table
from summarizer.eval.gold import GoldActor, GoldArticle, GoldCasualty, GoldDate, GoldEvent, GoldTime
from summarizer.models.schemas import (
    Actor,
    CasualtyClaim,
    EventDate,
    EventRecord,
    EventTime,
    Evidence,
    FieldCheck,
    Location,
    Provenance,
    Usage,
    Verification,
)

UTC = dt.timezone.utc


def approx(value: Fraction | float) -> object:
    return pytest.approx(float(value))


def provenance(article: str = "a", usage: Usage | None = None) -> Provenance:
    return Provenance(article_id=article, model="m", prompt_name="extract", prompt_version="1", prompt_hash="h",
                      extracted_at=dt.datetime(2024, 1, 1, tzinfo=UTC), usage=usage or Usage())


def record(record_id: str, event_type: str, **fields: object) -> EventRecord:
    return EventRecord(record_id=record_id, event_type=event_type, summary="s", provenance=provenance(), **fields)


def claim(kind: str, text: str, low: int | None, high: int | None, **fields: object) -> CasualtyClaim:
    return CasualtyClaim(kind=kind, text=text, low=low, high=high, **fields)


# --------------------------------------------------------------------------------------------
# Single slots
# --------------------------------------------------------------------------------------------


def gold_casualty(**fields: object) -> GoldCasualty:
    return GoldCasualty(kind="killed", text="t", **fields)


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        (claim("killed", "at least 32", 32, None), gold_casualty(value=32), True),  # [32, inf) contains 32
        (claim("killed", "at least 32", 32, None), gold_casualty(value=29), False),  # 29 < 32
        (claim("killed", "close to 100", 90, 100), gold_casualty(value=100), True),
        (claim("killed", "more than 200", 201, None), gold_casualty(value=200), False),  # 200 excluded
        (claim("killed", "more than 200", 201, None), gold_casualty(low=201), True),  # ranges overlap
        (claim("killed", "hundreds", 200, None), gold_casualty(low=201), True),  # overlap, open ends
        (claim("killed", "27", 27, 27), gold_casualty(low=30, high=40), False),  # disjoint ranges
        (claim("injured", "at least 32", 32, None), gold_casualty(value=32), False),  # wrong kind
        (claim("killed", "dozens", None, None), gold_casualty(value=32), False),  # no number at all
        (CasualtyClaim(kind="killed", text="32", best=32), gold_casualty(value=32), True),  # bare best
    ],
)
def test_casualty_matching(predicted: CasualtyClaim, gold: GoldCasualty, expected: bool) -> None:
    assert casualty_matches(predicted, gold) is expected


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        (Actor(name="Nicole Pasinian", role="initiator"), GoldActor(name="Nikol Pashinyan"), True),
        (Actor(name="Azerbaijani forces", role="initiator"), GoldActor(name="Azerbaijan", role="initiator"), True),
        (Actor(name="Armenian Defense Ministry", role="participant"), GoldActor(name="Armenia"), True),
        (Actor(name="the Kremlin", role="mediator"), GoldActor(name="Russia", role="mediator"), True),
        (Actor(name="separatists", role="target"), GoldActor(name="NK separatists", aliases=["separatists"]), True),
        (Actor(name="Azerbaijan", role="participant"), GoldActor(name="Azerbaijan", role="initiator"), False),
        (Actor(name="Russia", role="mediator"), GoldActor(name="Azerbaijan"), False),
    ],
)
def test_actor_matching(predicted: Actor, gold: GoldActor, expected: bool) -> None:
    assert actor_matches(predicted, gold) is expected


def test_date_matching() -> None:
    offensive = GoldDate(value=dt.date(2023, 9, 19), end=dt.date(2023, 9, 20))
    assert date_matches(EventDate(value=dt.date(2023, 9, 20), precision="day"), offensive)  # inside the range
    assert not date_matches(EventDate(value=dt.date(2023, 9, 21), precision="day"), offensive)
    assert date_matches(EventDate(value=dt.date(2022, 12, 1), precision="month"),
                        GoldDate(value=dt.date(2022, 12, 1), end=dt.date(2022, 12, 31)))
    assert not date_matches(EventDate(value=dt.date(2023, 9, 20), precision="day"), GoldDate(day_text="today"))
    assert not date_matches(EventDate(), offensive)


def test_time_matching() -> None:
    gold = GoldTime(utc=dt.datetime(2023, 9, 20, 9, 0, tzinfo=UTC), local_time=dt.time(13), timezone="Asia/Baku")
    assert gold.utc_time == dt.time(9)  # derived from the instant
    assert time_matches(EventTime(utc=dt.datetime(2023, 9, 20, 13, 0, tzinfo=dt.timezone(dt.timedelta(hours=4)))),
                        gold)  # the same instant written in UTC+4
    assert not time_matches(EventTime(utc=dt.datetime(2023, 9, 21, 9, 0, tzinfo=UTC)), gold)  # a day off
    assert time_matches(EventTime(utc_time=dt.time(9)), gold)  # undated article: time of day suffices
    assert not time_matches(EventTime(utc_time=dt.time(13)), gold)  # local time passed off as UTC
    assert time_matches(EventTime(local_time=dt.time(13)), gold)  # no UTC claimed: judged on local time
    assert not time_matches(EventTime(), gold)


def test_max_matching_finds_what_greedy_strands() -> None:
    # left 0 could take right 0 or 1, left 1 only right 0: greedy 0→0 strands left 1.
    assert max_matching(2, lambda i: [[0, 1], [0]][i]) == {0: 1, 1: 0}


# --------------------------------------------------------------------------------------------
# One article, end to end
# --------------------------------------------------------------------------------------------

NK = "Nagorno-Karabakh"
GOLD = GoldArticle(
    article="x.txt",
    events=[
        GoldEvent(id="ceasefire", description="d", event_type=["AGREE", "CONCEDE"],
                  date=GoldDate(value=dt.date(2023, 9, 20)),
                  time=GoldTime(utc=dt.datetime(2023, 9, 20, 9, 0, tzinfo=UTC)), place=NK,
                  actors=[GoldActor(name="NK separatists", aliases=["Karabakh separatists"]),
                          GoldActor(name="Russia", role="mediator"),
                          GoldActor(name="Azerbaijan", required=False)]),
        GoldEvent(id="offensive", description="d", event_type=["ASSAULT"],
                  date=GoldDate(value=dt.date(2023, 9, 19), end=dt.date(2023, 9, 20)), place=NK,
                  actors=[GoldActor(name="Azerbaijan", role="initiator")],
                  casualties=[gold_casualty(value=32, qualifier="at_least", source="Armenia"),
                              GoldCasualty(kind="injured", text="more than 200", low=201),
                              gold_casualty(value=2, civilians=True, required=False)]),
        GoldEvent(id="rejects", description="d", event_type=["REJECT"], required=False,
                  actors=[GoldActor(name="Russia")]),
    ],
)
RECORDS = [
    # Aligned to "ceasefire": every slot right; the optional Azerbaijan is right but owed to nobody.
    record("r1", "AGREE", date=EventDate(value=dt.date(2023, 9, 20), precision="day"),
           time=EventTime(utc_time=dt.time(9)), location=Location(name="Karabakh"),
           actors=[Actor(name="Karabakh separatists", role="participant"), Actor(name="Kremlin", role="mediator"),
                   Actor(name="Azerbaijani forces", role="participant")]),
    # Aligned to "offensive": place not an alias here, actor role wrong, "27" matches no claim.
    record("r2", "ASSAULT", date=EventDate(value=dt.date(2023, 9, 20), precision="day"),
           location=Location(name="Stepanakert"), actors=[Actor(name="Azerbaijan", role="participant")],
           casualties=[claim("killed", "at least 32", 32, None), claim("injured", "more than 200", 201, None),
                       claim("killed", "27", 27, 27)]),
    # Aligned to nothing (only a weak actor agreement): every slot is a false positive.
    record("r3", "CONSULT", location=Location(name="Yevlakh"), actors=[Actor(name="Azerbaijan", role="participant")]),
]


def test_slot_scores_by_hand() -> None:
    result = score_article(GOLD, RECORDS)
    assert [(a.record_id, a.event_id) for a in result.alignments] == [("r1", "ceasefire"), ("r2", "offensive")]
    assert result.unaligned_records == ["r3"]
    assert result.missed_events == []
    s = result.slots
    # type: r1 ✓, r2 ✓, r3 ✗ → P 2/3; gold: ceasefire + offensive (rejects is optional) → R 2/2; F1 0.8
    assert (s["type"].correct, s["type"].predicted, s["type"].found, s["type"].gold) == (2, 3, 2, 2)
    assert s["type"].f1 == approx(Fraction(4, 5))
    # date: r1 = 20th ✓, r2 = 20th within 19th–20th ✓ → P 2/2, R 2/2
    assert (s["date"].correct, s["date"].predicted, s["date"].found, s["date"].gold) == (2, 2, 2, 2)
    # time: r1 utc_time 09:00 ✓ → 1/1, 1/1
    assert (s["time"].correct, s["time"].predicted, s["time"].found, s["time"].gold) == (1, 1, 1, 1)
    # place: Karabakh ✓, Stepanakert ✗, Yevlakh ✗ → P 1/3; R 1/2; F1 = 2·(1/6)/(5/6) = 0.4
    assert (s["place"].correct, s["place"].predicted, s["place"].found, s["place"].gold) == (1, 3, 1, 2)
    assert s["place"].f1 == approx(Fraction(2, 5))
    # actors: r1 3 ✓ (2 required found), r2 role wrong ✗, r3 ✗ → P 3/5; required gold 2+1 → R 2/3;
    # F1 = 2·(3/5)(2/3) / (3/5 + 2/3) = (4/5)/(19/15) = 12/19
    assert (s["actors"].correct, s["actors"].predicted, s["actors"].found, s["actors"].gold) == (3, 5, 2, 3)
    assert s["actors"].f1 == approx(Fraction(12, 19))
    # casualties: 32 ✓, >200 ✓, 27 ✗ → P 2/3; required gold 2 → R 2/2; F1 0.8
    c = s["casualties"]
    assert (c.correct, c.predicted, c.found, c.gold) == (2, 3, 2, 2)
    assert c.f1 == approx(Fraction(4, 5))


def test_overall_is_the_sum_of_families() -> None:
    report = evaluate({"x": GOLD}, {"x.txt": RECORDS})
    # predicted 3+2+1+3+5+3 = 17, correct 2+2+1+1+3+2 = 11; gold 2+2+1+2+3+2 = 12, found 2+2+1+1+2+2 = 10
    o = report.overall
    assert (o.correct, o.predicted, o.found, o.gold) == (11, 17, 10, 12)
    assert o.precision == approx(Fraction(11, 17))
    assert o.recall == approx(Fraction(10, 12))


def test_needs_context_counts_for_recall_only_with_context() -> None:
    event = GoldEvent(id="e", description="d", event_type=["AGREE"], place=NK,
                      date=GoldDate(value=dt.date(2023, 9, 20), day_text="Wednesday", needs_context=True))
    gold = GoldArticle(article="y.txt", events=[event])
    unresolved = record("r", "AGREE", date=EventDate(text="Wednesday", precision="weekday"), location=Location(name=NK))
    resolved = unresolved.model_copy(update={"date": EventDate(value=dt.date(2023, 9, 20), precision="day")})
    wrong = unresolved.model_copy(update={"date": EventDate(value=dt.date(2023, 9, 27), precision="day")})
    # Single article: nobody can resolve "Wednesday", so it is not owed; a guess is still judged.
    assert score_article(gold, [unresolved]).slots["date"] == Counts()
    assert score_article(gold, [resolved]).slots["date"] == Counts(predicted=1, correct=1)
    assert score_article(gold, [wrong]).slots["date"] == Counts(predicted=1, correct=0)
    # After merging, the resolved date is owed.
    assert score_article(gold, [unresolved], with_context=True).slots["date"] == Counts(gold=1)
    assert score_article(gold, [resolved], with_context=True).slots["date"] == Counts(predicted=1, correct=1,
                                                                                      gold=1, found=1)


def test_missed_required_event_costs_recall_only() -> None:
    result = score_article(GOLD, [])
    assert result.missed_events == ["ceasefire", "offensive"]
    assert result.slots["type"] == Counts(gold=2)
    assert result.slots["type"].precision is None and result.slots["type"].f1 == 0.0
    assert result.slots["actors"] == Counts(gold=3)  # 2 required in the ceasefire + 1 in the offensive


# --------------------------------------------------------------------------------------------
# Clustering
# --------------------------------------------------------------------------------------------

CLUSTER_GOLD = {"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"}  # gold pairs: ab ac bc de = 4


def test_all_singletons() -> None:
    score = score_clusters({k: k for k in CLUSTER_GOLD}, CLUSTER_GOLD)
    # pairwise: no predicted pairs → P undefined, R 0/4, F1 0
    assert score.pairwise.precision is None and score.pairwise.recall == 0.0 and score.pairwise.f1 == 0.0
    # B-cubed: P 1 for every item; R = (3·1/3 + 2·1/2)/5 = 2/5; F1 = 2·(2/5)/(7/5) = 4/7
    assert score.bcubed_precision == 1.0
    assert score.bcubed_recall == approx(Fraction(2, 5))
    assert score.bcubed_f1 == approx(Fraction(4, 7))


def test_one_big_cluster() -> None:
    score = score_clusters(dict.fromkeys(CLUSTER_GOLD, "all"), CLUSTER_GOLD)
    # pairwise: 10 predicted pairs, 4 right → P 2/5, R 1, F1 = (4/5)/(7/5) = 4/7
    assert score.pairwise.precision == approx(Fraction(2, 5)) and score.pairwise.recall == 1.0
    assert score.pairwise.f1 == approx(Fraction(4, 7))
    # B-cubed: P = (3·3/5 + 2·2/5)/5 = 13/25, R 1, F1 = (26/25)/(38/25) = 13/19
    assert score.bcubed_precision == approx(Fraction(13, 25)) and score.bcubed_recall == 1.0
    assert score.bcubed_f1 == approx(Fraction(13, 19))


def test_mixed_clustering_and_missing_items() -> None:
    score = score_clusters({"a": "X", "b": "X", "c": "Y", "d": "Y", "e": "Y"}, CLUSTER_GOLD)
    # predicted pairs ab cd ce de; right: ab, de → P 2/4, R 2/4
    assert (score.pairwise.precision, score.pairwise.recall, score.pairwise.f1) == (0.5, 0.5, 0.5)
    # B-cubed per item (P, R): a,b (1, 2/3); c (1/3, 1/3); d,e (2/3, 1) → both averages 11/15
    assert score.bcubed_precision == approx(Fraction(11, 15))
    assert score.bcubed_recall == approx(Fraction(11, 15))
    perfect = score_clusters({"a": "p", "b": "p", "c": "p", "d": "q", "e": "q", "zz": "p"}, CLUSTER_GOLD)
    assert perfect.pairwise.f1 == 1.0 and perfect.bcubed_f1 == 1.0  # items without gold are ignored
    missing = score_clusters({"a": "p", "b": "p", "c": "p", "d": "q"}, CLUSTER_GOLD)
    # "e" was not clustered: a singleton, so the pair de is lost → R 3/4, P 3/3
    assert (missing.pairwise.precision, missing.pairwise.recall) == (1.0, 0.75)


# --------------------------------------------------------------------------------------------
# Grounding and cost
# --------------------------------------------------------------------------------------------


def check(field: str, value: str, verdict: str) -> FieldCheck:
    return FieldCheck(field=field, value=value, verdict=verdict, reason="r")


def test_grounding_counts_unflagged_values() -> None:
    checked = record(
        "g", "ASSAULT", date=EventDate(text="Wednesday"), location=Location(name="Karabakh"),
        actors=[Actor(name="A", role="initiator"), Actor(name="B", role="target")],
        casualties=[claim("killed", "at least 32", 32, None, claimed_by="Armenia")],
        evidence=[Evidence(quote="q")],
        verification=Verification(checks=[
            check("date", "Wednesday", "supported"), check("location", "Karabakh", "unsupported"),
            check("actors[0]", "A", "supported"), check("casualties[0].count", "at least 32", "contradicted"),
            check("evidence", "q", "supported"), check("summary.numbers", "32", "supported"),
        ]),
    )
    score = grounding([checked])
    # values: date, location, A, B, count, claimed_by, evidence + the summary number = 8
    # supported 4 (date, A, evidence, summary); contradicted 1; unsupported 1; unchecked 2 (B, claimed_by)
    assert (score.values, score.supported, score.contradicted, score.unsupported, score.unchecked) == (8, 4, 1, 1, 2)
    assert score.supported_share == 0.5
    assert score.unflagged_share == 0.5  # 2 unchecked of 4 not supported


def test_grounding_matches_checks_by_value_after_drop() -> None:
    # policy=drop removed actor "A" (checked as actors[0]); "B" moved from index 1 to 0.
    dropped = record("d", "ASSAULT", actors=[Actor(name="B", role="target")],
                     verification=Verification(policy="drop", dropped=["actors[0]"], checks=[
                         check("actors[0]", "A", "unsupported"), check("actors[1]", "B", "supported")]))
    score = grounding([dropped])
    assert (score.values, score.supported, score.unchecked) == (1, 1, 0)
    assert score.unflagged_share is None  # nothing unsupported went out


def test_cost_per_article() -> None:
    def with_usage(usage: Usage) -> EventRecord:
        return record("c", "OTHER").model_copy(update={"provenance": provenance(usage=usage)})

    live = Usage(calls=2, prompt_tokens=100, completion_tokens=20, seconds=2.0)
    runs = {"one": [with_usage(live), with_usage(live)],  # usage repeats on each record: counted once
            "two": [with_usage(Usage(calls=1, prompt_tokens=90, completion_tokens=10, cached=True, seconds=0.5))],
            "three": []}
    score = cost(runs, {"one": 5.0})
    # calls and tokens from uncached articles only; seconds: 5.0 (runner) + 0.5 + 0
    assert (score.articles, score.cached_articles, score.calls) == (3, 1, 2)
    assert (score.prompt_tokens, score.completion_tokens, score.seconds) == (100, 20, 5.5)
    assert score.cache_hit_rate == approx(Fraction(1, 3))
    assert score.tokens_per_article == 40.0
    assert score.calls_per_article == approx(Fraction(2, 3))


# --------------------------------------------------------------------------------------------
# Report, diff, rendering
# --------------------------------------------------------------------------------------------


def test_diff_deltas_per_family() -> None:
    a = evaluate({"x": GOLD}, {"x": RECORDS}, label="v1",
                 gold_clusters={"x": "1", "y": "1"}, predicted_clusters={"x": "1", "y": "2"})
    b = evaluate({"x": GOLD}, {"x": RECORDS[:2]}, label="v2",
                 gold_clusters={"x": "1", "y": "1"}, predicted_clusters={"x": "1", "y": "1"})
    a = EvalReport.model_validate_json(a.model_dump_json())  # reports survive a JSON round trip
    d = diff(a, b)
    assert (d.label_a, d.label_b) == ("v1", "v2")
    # Dropping r3 removes one wrong type: P 2/3 → 2/2, R stays 1 → F1 0.8 → 1.0
    assert d.row("type P").delta == approx(Fraction(1, 3))
    assert d.row("type F1").delta == approx(Fraction(1, 5))
    assert d.row("type R").delta == 0.0
    # place: P 1/3 → 1/2, R 1/2 → F1 2/5 → 1/2
    assert d.row("place F1").delta == approx(Fraction(1, 10))
    assert d.row("pairwise F1").delta == 1.0  # 0 → 1
    assert d.row("grounding unflagged").higher_is_better is False
    console = Console(record=True, width=120)
    console.print(render_diff(d))
    console.print(render_table(b))
    text = console.export_text()
    assert "v1" in text and "v2" in text and "+0.200" in text and "casualties" in text and "B-cubed" in text
