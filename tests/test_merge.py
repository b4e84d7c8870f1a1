"""Cross-article merge: clustering, era separation, syndication and the conflict ledger."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.merge import Era, estimate_year, merge, syndication_groups
from summarizer.merge.intervals import Interval, Timing
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
    Span,
    Verification,
)

NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
WED = dt.date(2023, 9, 20)
UTC9 = dt.datetime(2023, 9, 20, 9, 0, tzinfo=dt.UTC)


def record(
    rid: str,
    article: str,
    *,
    event_type: str = "AGREE",
    mode: str | None = "ceasefire",
    summary: str = "Armenian separatists in Nagorno-Karabakh agree to a ceasefire brokered by Russian peacekeepers",
    date: dt.date | None = None,
    date_text: str | None = None,
    precision: str | None = None,
    time: EventTime | None = None,
    place: str | None = "Nagorno-Karabakh",
    country_code: str | None = "AZ",
    actors: tuple[str, ...] = ("Azerbaijan", "Armenian separatists", "Russian peacekeepers"),
    casualties: tuple[dict[str, Any], ...] = (),
    published: dt.datetime | None = None,
    verdicts: dict[str, str] | None = None,
) -> EventRecord:
    """A synthetic record; ``precision`` defaults to "day" for a date, "weekday" for a bare text."""
    if precision is None:
        precision = "day" if date else "weekday" if date_text else "unknown"
    checks = [FieldCheck(field=f, value="", verdict=v, reason="test") for f, v in (verdicts or {}).items()]
    return EventRecord(
        record_id=rid,
        event_type=event_type,
        mode=mode,
        summary=summary,
        date=EventDate(text=date_text, value=date, precision=precision, resolved=date is not None),
        time=time or EventTime(),
        location=Location(name=place, country_code=country_code),
        actors=[Actor(name=a, role="participant") for a in actors],
        casualties=[CasualtyClaim(**c) for c in casualties],
        evidence=[Evidence(quote=summary)],
        provenance=Provenance(article_id=article, published_at=published, model="test", prompt_name="p",
                              prompt_version="1", prompt_hash="h", extracted_at=NOW),
        verification=Verification(checks=checks) if checks else None,
    )


def killed(text: str, low: int | None, best: int | None, high: int | None, qualifier: str = "exact",
           **extra: Any) -> dict[str, Any]:
    return dict(kind="killed", text=text, low=low, best=best, high=high, qualifier=qualifier, **extra)


def published(hour: int, day: int = 20) -> dt.datetime:
    return dt.datetime(2023, 9, day, hour, 0, tzinfo=dt.UTC)


def only_event(records: list[EventRecord], articles: dict[str, str] | None = None):
    summary = merge(records, articles, generated_at=NOW)
    assert len(summary.events) == 1, [e.article_ids for e in summary.events]
    return summary.events[0]


# --- field-level reconciliation ------------------------------------------------------------


def test_three_time_zones_collapse_to_one_utc_instant():
    times = [
        EventTime(text="13:00 local time", local_time=dt.time(13), timezone="Asia/Baku", utc=UTC9),
        EventTime(text="5 a.m. ET", local_time=dt.time(5), timezone="America/New_York", utc=UTC9),
        EventTime(text="1 p.m. (0900 GMT)", local_time=dt.time(9), timezone="UTC", utc_time=dt.time(9)),
    ]
    records = [record(f"a{i}-0", f"a{i}", date=WED, date_text="on Wednesday", time=t) for i, t in enumerate(times)]
    event = only_event(records)
    assert event.time.status == "consensus"
    assert event.time.value == UTC9.isoformat()
    assert event.time.support == 3
    assert sorted(c.value for c in event.time.candidates) == sorted(t.text for t in times)
    assert event.date.status == "consensus" and event.date.value == "2023-09-20"


def test_local_time_without_zone_is_resolved_against_cluster_date_and_place():
    records = [
        record("a-0", "a", date=WED, time=EventTime(text="0900 GMT", utc=UTC9)),
        record("b-0", "b", date_text="on Wednesday",
               time=EventTime(text="at 13:00", local_time=dt.time(13), timezone="Asia/Baku")),
    ]
    event = only_event(records)
    assert event.time.status == "consensus" and event.time.value == UTC9.isoformat()
    resolved = next(c for c in event.time.candidates if c.article_id == "b")
    assert resolved.note == "resolved against cluster date and place"


def test_a_value_the_verifier_rejected_is_listed_but_cannot_dispute_a_supported_one():
    records = [
        record("a-0", "a", date=dt.date(2023, 9, 19), date_text="Tuesday", verdicts={"date": "unsupported"}),
        record("b-0", "b", date=WED, date_text="on Wednesday", verdicts={"date": "supported"}),
    ]
    date = only_event(records).date
    assert date.status == "single" and date.value == "2023-09-20" and date.support == 1
    assert {c.verdict for c in date.candidates} == {"supported", "unsupported"}
    assert date.note == "1 value(s) the verifier rejected are listed but not counted"


def test_two_supported_dates_that_differ_are_disputed():
    records = [
        record("a-0", "a", date=dt.date(2023, 9, 19), date_text="Tuesday", verdicts={"date": "supported"}),
        record("b-0", "b", date=WED, date_text="on Wednesday", verdicts={"date": "supported"}),
    ]
    assert only_event(records).date.status == "disputed"


def test_disputed_death_toll_keeps_sources_and_ucdp_and_acled_values():
    records = [
        record("a-0", "a", casualties=(killed("32", 32, 32, 32, claimed_by="Armenia"),), date=WED),
        record("b-0", "b", casualties=(killed("about 100", 90, 100, 110, "about", claimed_by="Ruben Vardanyan"),),
               date=WED),
        record("c-0", "c", casualties=(killed("5", 5, 5, 5, claimed_by="Azerbaijan"),), date=WED,
               verdicts={"casualties[0].count": "contradicted"}),
    ]
    ledger = only_event(records).casualties["killed"]
    assert ledger.status == "disputed"
    assert (ledger.low, ledger.best, ledger.high) == (5, 32, 110)
    assert ledger.conservative == 32  # the lowest *credible* figure: 5 was contradicted by the verifier
    assert {(c.source, c.best, c.article_id) for c in ledger.claims} == {
        ("Armenia", 32, "a"), ("Ruben Vardanyan", 100, "b"), ("Azerbaijan", 5, "c")}
    assert next(c for c in ledger.claims if c.article_id == "c").verdict == "contradicted"
    assert "median" in ledger.rule


def test_consistent_counts_intersect():
    records = [
        record("a-0", "a", date=WED, casualties=(killed("at least 29", 29, 29, None, "at_least"),)),
        record("b-0", "b", date=WED, casualties=(killed("at least 32", 32, 32, None, "at_least"),)),
        record("c-0", "c", date=WED, casualties=(killed("about 35", 31, 35, 39, "about"),)),
    ]
    ledger = only_event(records).casualties["killed"]
    assert ledger.status == "consensus"
    assert (ledger.low, ledger.best, ledger.high, ledger.conservative) == (32, 32, 39, 29)


def test_counts_growing_with_publication_time_are_evolving():
    records = [
        record("late-0", "late", published=published(18), date=WED,
               casualties=(killed("at least 200", 200, 200, None, "at_least"),)),
        record("early-0", "early", published=published(8), date=WED, casualties=(killed("27", 27, 27, 27),)),
        record("mid-0", "mid", published=published(12), date=WED,
               casualties=(killed("at least 32", 32, 32, None, "at_least"),)),
    ]
    ledger = only_event(records).casualties["killed"]
    assert ledger.status == "evolving"
    assert [p.best for p in ledger.timeline] == [27, 32, 200]
    assert [p.article_id for p in ledger.timeline] == ["early", "mid", "late"]
    assert (ledger.low, ledger.best, ledger.high) == (200, 200, None)


def test_falling_counts_without_known_order_are_disputed():
    records = [
        record("a-0", "a", date=WED, casualties=(killed("40", 40, 40, 40),)),
        record("b-0", "b", date=WED, casualties=(killed("27", 27, 27, 27),)),
    ]
    assert only_event(records).casualties["killed"].status == "disputed"


def test_conflicting_counts_without_a_best_figure_are_disputed():
    # "between 5 and 10" against "dozens": neither has a best figure, and the intervals do not overlap
    records = [
        record("a-0", "a", date=WED, casualties=(killed("between 5 and 10", 5, None, 10, "range"),)),
        record("b-0", "b", date=WED, casualties=(killed("dozens", 24, None, None, "vague"),)),
    ]
    ledger = only_event(records).casualties["killed"]
    assert (ledger.status, ledger.low, ledger.best) == ("disputed", 5, None)


def test_scopes_are_kept_apart():
    text_a = ("The separatists earlier spoke of 27 dead, including two civilians. "
              "Azerbaijan said two civilians were killed in the areas it controls.")
    sentence_b = "The offensive killed at least 200 people in the whole operation, officials said."
    ev_a = Evidence(quote=text_a, span=Span(start=0, end=len(text_a), text=text_a), match="exact")

    def span(text: str, phrase: str, nth: int = 0) -> Evidence:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        return Evidence(quote=phrase, span=Span(start=start, end=start + len(phrase), text=phrase), match="exact")

    a = record("a-0", "a", event_type="ASSAULT", mode="offensive", date=WED, published=published(8), casualties=(
        killed("27", 27, 27, 27, claimed_by="separatists", evidence=span(text_a, "27")),
        killed("two", 2, 2, 2, civilians=True, claimed_by="separatists", evidence=span(text_a, "two")),
        killed("two", 2, 2, 2, civilians=True, claimed_by="Azerbaijan", evidence=span(text_a, "two", 1)),
    ))
    a = a.model_copy(update={"evidence": [ev_a]})
    b = record("b-0", "b", event_type="ASSAULT", mode="offensive", date=WED, published=published(20), casualties=(
        killed("at least 200", 200, 200, None, "at_least", evidence=span(sentence_b, "at least 200")),))
    event = only_event([a, b], {"a": text_a, "b": sentence_b})
    assert sorted(event.casualties) == ["killed", "killed:civilians", "killed:civilians@in the areas it controls"]
    total = event.casualties["killed"]
    assert total.status == "evolving" and [p.best for p in total.timeline] == [27, 200]
    assert "cumulative" in next(c for c in total.claims if c.article_id == "b").scope
    assert event.casualties["killed:civilians"].best == 2
    assert "restricted" in event.casualties["killed:civilians@in the areas it controls"].claims[0].scope


def test_earlier_figure_in_one_article_is_ordered_before_the_current_one():
    text = "At least 32 people have been killed. The separatists earlier spoke of 27 dead."
    claims = (killed("At least 32", 32, 32, None, "at_least", evidence=Evidence(
                  quote="At least 32", span=Span(start=0, end=11, text="At least 32"), match="exact")),
              killed("27", 27, 27, 27, evidence=Evidence(
                  quote="27", span=Span(start=text.index("27"), end=text.index("27") + 2, text="27"),
                  match="exact")))
    event = only_event([record("a-0", "a", date=WED, casualties=claims)], {"a": text})
    ledger = event.casualties["killed"]
    assert ledger.status == "evolving" and [p.best for p in ledger.timeline] == [27, 32]


def test_places_resolve_to_one_name_and_granularity_is_not_a_dispute():
    records = [
        record("a-0", "a", date=WED, place="Khankendi"),
        record("b-0", "b", date=WED, place="Stepanakert"),
        record("c-0", "c", date=WED, place="Nagorno-Karabakh"),
    ]
    location = only_event(records).location
    assert location.status == "consensus" and location.value == "Stepanakert" and location.support == 2
    assert "different granularity" in location.note


def test_weekday_of_undated_article_is_resolved_against_cluster_date():
    records = [
        record("a-0", "a", date=WED, date_text="on Wednesday", published=published(11)),
        record("b-0", "b", date_text="on Thursday", event_type="CONSULT", mode="talks",
               summary="Azerbaijani authorities and Karabakh Armenians hold talks on reintegration"),
        record("b-1", "b", date_text="Wednesday"),
    ]
    event = only_event(records)
    talks = next(s for s in event.timeline if s.key == "CONSULT/talks")
    assert talks.date.value == "2023-09-21"
    cand = talks.date.candidates[0]
    assert cand.value == "on Thursday" and cand.note == "resolved against cluster date 2023-09-20"
    assert event.date.value == "2023-09-20" and event.date.support == 2
    assert [s.key for s in event.timeline] == ["AGREE/ceasefire", "CONSULT/talks"]


# --- entity resolution ------------------------------------------------------------------------


def test_actor_aliases_merge_under_one_canonical_name():
    records = [
        record("a-0", "a", date=WED, actors=("Nicole Pasinian", "Kremlin")),
        record("b-0", "b", date=WED, actors=("Armenian Prime Minister Nikol Pashinyan", "Russia")),
        record("c-0", "c", date=WED, actors=("Pasinyan", "Moscow")),
    ]
    groups = {g.canonical: g for g in only_event(records).actors}
    assert set(groups) == {"Nikol Pashinyan", "Russia"}
    assert groups["Nikol Pashinyan"].variants == [
        "Armenian Prime Minister Nikol Pashinyan", "Nicole Pasinian", "Pasinyan"]
    assert groups["Russia"].variants == ["Kremlin", "Moscow", "Russia"]
    assert groups["Russia"].article_ids == ["a", "b", "c"]


# --- clustering -------------------------------------------------------------------------------

ERA_2021 = ("Armenia announces ceasefire with Azerbaijan. The latest clashes come almost a year after the end "
            "of the six-week conflict in Nagorno-Karabakh. In the autumn of 2020, the region was the scene of "
            "a war. Today's clashes are the fiercest since the end of last year's war.")
ERA_OPEN = "Azerbaijan and ethnic Armenians reach a cease-fire Wednesday. Parts were reclaimed after a war in 2020."


def test_estimate_year():
    assert estimate_year(ERA_2021) == Era(2021, "offset", "almost a year after")
    assert estimate_year("Three years after the 2017 referendum, talks resumed.") == Era(
        2020, "offset", "Three years after")
    assert estimate_year("Violence flared since last year's election. The election of 2018 was disputed.") == Era(
        2019, "offset", "last year's election")
    assert estimate_year(ERA_OPEN).kind == "lower_bound" and estimate_year(ERA_OPEN).year == 2020
    assert estimate_year("No year here.") is None
    assert estimate_year("In 2020 ...", dt.date(2023, 9, 20)) == Era(2023, "published", "publication date")


def test_look_alike_events_are_kept_apart_by_era():
    records = [
        record("y2023-0", "y2023", date=WED, date_text="on Wednesday", published=published(11)),
        record("y2021-0", "y2021", date_text="today", precision="relative"),
        record("y2021-1", "y2021", event_type="ASSAULT", mode="war", date=dt.date(2020, 1, 1), precision="year",
               date_text="In the autumn of 2020", summary="A war in Nagorno-Karabakh killed more than 6,500"),
        record("open-0", "open", date_text="Wednesday"),
    ]
    summary = merge(records, {"y2021": ERA_2021, "open": ERA_OPEN}, generated_at=NOW)
    by_article = {tuple(e.article_ids): e for e in summary.events}
    assert ("open", "y2023") in by_article  # the undated report joins the story whose weekday it matches
    assert ("y2021",) in by_article
    assert sum(len(e.record_ids) for e in summary.events) == 4
    # the 2020 background record of the 2021 article is its own unit, not part of the 2021 story
    y2021 = [e for e in summary.events if e.article_ids == ["y2021"]]
    assert sorted(e.record_ids for e in y2021) == [["y2021-0"], ["y2021-1"]]
    kept = [r for e in summary.events for r in e.merge_reasons if r.decision == "kept_apart"]
    assert kept and all("kept apart" in r.rule for r in kept)


def test_without_era_cues_the_same_records_would_merge():
    records = [
        record("y2023-0", "y2023", date=WED, date_text="on Wednesday", published=published(11)),
        record("y2021-0", "y2021", date_text="today", precision="relative"),
    ]
    assert len(merge(records, {"y2021": "Armenia announces a ceasefire."}, generated_at=NOW).events) == 1
    assert len(merge(records, {"y2021": ERA_2021}, generated_at=NOW).events) == 2


def test_different_places_and_dates_stay_apart():
    quake = dict(event_type="DISASTER", mode="earthquake", actors=(), country_code="ID")
    records = [
        record("p1-0", "p1", place="Manokwari", summary="Earthquake strikes Manokwari in West Papua killing one",
               date=dt.date(2009, 1, 4), **quake),
        record("p2-0", "p2", place="Manokwari", summary="Two strong earthquakes hit Manokwari, Papua",
               date=dt.date(2009, 1, 4), **quake),
        record("a1-0", "a1", place="Banda Aceh", summary="Earthquake strikes Aceh province killing five",
               date=dt.date(2013, 7, 2), **quake),
        record("a2-0", "a2", place="Bener Meriah", summary="Magnitude 6.1 earthquake hits Aceh",
               date=dt.date(2013, 7, 2), **quake),
    ]
    events = merge(records, generated_at=NOW).events
    # two towns of one province on the same day are one quake; Papua 2009 and Aceh 2013 are not
    assert sorted(e.article_ids for e in events) == [["a1", "a2"], ["p1", "p2"]]


def test_records_of_one_article_are_grouped_first():
    records = [
        record("a-0", "a", event_type="ASSAULT", mode="offensive", date=dt.date(2023, 9, 19),
               summary="Azerbaijan launched an offensive", actors=("Azerbaijan",)),
        record("a-1", "a", date=WED, actors=("Russian peacekeepers",), place=None, country_code=None),
    ]
    event = only_event(records)
    assert event.record_ids == ["a-0", "a-1"] and not event.merge_reasons


# --- syndication ------------------------------------------------------------------------------

WIRE = ("Azerbaijan and ethnic Armenian authorities in the breakaway Nagorno-Karabakh region reached a cease-fire "
        "agreement Wednesday, a day after Azerbaijan launched what it called an anti-terrorist operation. The "
        "agreement, brokered by Russian peacekeepers, calls for separatist forces to disarm and Armenian forces to "
        "withdraw from the area. Armenian authorities said the fighting left at least 32 people dead.")


def test_syndicated_copies_count_once():
    texts = {
        "wire": WIRE,
        "copy": "Cease-fire in Karabakh\n" + WIRE + "\nSome information provided by AP. Leave a reply:",
        "other": "Karabakh separatists say at least 32 people were killed as Azerbaijan's army advanced. "
                 "The ceasefire took effect at 1 p.m. local time on Wednesday, officials said.",
    }
    assert syndication_groups(texts) == [["copy", "wire"]]
    claim = (killed("at least 32", 32, 32, None, "at_least", claimed_by="Armenian authorities"),)
    records = [record(f"{a}-0", a, date=WED, casualties=claim) for a in texts]
    summary = merge(records, texts, generated_at=NOW)
    event = summary.events[0]
    assert summary.syndication == [["copy", "wire"]]
    assert event.independent_sources == 2 and event.date.support == 2
    assert {c.source_group for c in event.casualties["killed"].claims} == {"copy", "other"}
    assert event.casualties["killed"].status == "consensus"


# --- determinism and robustness ---------------------------------------------------------------


def _mixed_records() -> tuple[list[EventRecord], dict[str, str]]:
    records = [
        record("a-0", "a", date=WED, published=published(9), casualties=(killed("32", 32, 32, 32),),
               time=EventTime(text="0900 GMT", utc=UTC9)),
        record("a-1", "a", event_type="ASSAULT", mode="offensive", date=dt.date(2023, 9, 19),
               summary="Azerbaijan launched an offensive on Nagorno-Karabakh"),
        record("b-0", "b", date_text="Wednesday", actors=("Nicole Pasinian",), casualties=(killed("27", 27, 27, 27),)),
        record("c-0", "c", date_text="today", precision="relative"),
        record("d-0", "d", event_type="PROTEST", mode="riot", place="Athens", country_code="GR",
               summary="Riots in Athens after police shooting", actors=("Greek police",), date=dt.date(2008, 12, 7)),
        record("d-1", "d", event_type="PROTEST", mode="riot", place="Athens", country_code="GR",
               summary="Rioters clash with police in Athens", actors=("Greek police",), date=dt.date(2008, 12, 8)),
        record("e-0", "e", event_type="PROTEST", mode="riot", place="Athens", country_code="GR",
               summary="Riots in Athens over austerity", date=dt.date(2010, 5, 5)),
    ]
    return records, {"c": ERA_2021, "b": ERA_OPEN}


def test_merge_is_deterministic_under_shuffling():
    records, texts = _mixed_records()
    expected = merge(records, texts, generated_at=NOW).model_dump_json()
    rng = random.Random(7)
    for _ in range(5):
        shuffled = records[:]
        rng.shuffle(shuffled)
        texts_shuffled = dict(sorted(texts.items(), key=lambda _: rng.random()))
        assert merge(shuffled, texts_shuffled, generated_at=NOW).model_dump_json() == expected


def test_duplicate_record_ids_are_refused():
    try:
        merge([record("x", "a"), record("x", "b")])
    except ValueError as exc:
        assert "unique" in str(exc)
    else:
        raise AssertionError("expected ValueError")


_PLACES = [("Nagorno-Karabakh", "AZ"), ("Stepanakert", "AZ"), ("Yerevan", "AM"), ("Athens", "GR"), (None, None)]
_ACTORS = ["Azerbaijan", "Armenia", "Kremlin", "Nikol Pashinyan", "Pasinian", "Greek police", "U.N."]


@st.composite
def _records(draw: st.DrawFn) -> list[EventRecord]:
    n = draw(st.integers(0, 14))
    out = []
    for i in range(n):
        article = f"art{draw(st.integers(0, 5))}"
        place, cc = draw(st.sampled_from(_PLACES))
        date = draw(st.none() | st.dates(dt.date(2019, 1, 1), dt.date(2024, 12, 31)))
        precision = draw(st.sampled_from(["day", "month", "year"])) if date else draw(
            st.sampled_from(["weekday", "relative", "unknown"]))
        counts = draw(st.lists(st.tuples(st.sampled_from(["killed", "injured"]), st.integers(0, 500),
                                         st.booleans(), st.booleans()), max_size=3))
        out.append(record(
            f"r{i}", article, event_type=draw(st.sampled_from(["AGREE", "ASSAULT", "CONSULT", "PROTEST", "OTHER"])),
            mode=draw(st.sampled_from([None, "ceasefire", "shelling"])), summary=draw(st.text(max_size=40)),
            date=date, precision=precision, date_text=draw(st.sampled_from([None, "on Tuesday", "today", "2020"])),
            place=place, country_code=cc, actors=tuple(draw(st.lists(st.sampled_from(_ACTORS), max_size=3))),
            published=draw(st.none() | st.sampled_from([published(8), published(20, 21)])),
            time=draw(st.sampled_from([EventTime(), EventTime(text="0900 GMT", utc=UTC9),
                                       EventTime(text="13:00", local_time=dt.time(13))])),
            casualties=tuple(dict(kind=k, text=str(n), low=n, best=n, high=None if open_ else n,
                                  qualifier="at_least" if open_ else "exact", civilians=civ)
                             for k, n, open_, civ in counts),
        ))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_records(), st.dictionaries(st.sampled_from([f"art{i}" for i in range(6)]),
                                   st.sampled_from([ERA_2021, ERA_OPEN, WIRE, "", "x y z"])))
def test_merge_never_crashes_and_partitions_the_records(records, texts):
    summary = merge(records, texts, generated_at=NOW)
    placed = [rid for e in summary.events for rid in e.record_ids]
    assert sorted(placed) == sorted(r.record_id for r in records)
    for event in summary.events:
        for ledger in event.casualties.values():
            assert ledger.low is None or ledger.best is None or ledger.status != "consensus" or \
                ledger.low <= ledger.best


# --------------------------------------------------------------------------------------------
# Text rule: undated reports of one incident
# --------------------------------------------------------------------------------------------

_FIRE_A = ("Investigators suspect arson in Friday night's fire at Brinkton Bible Church, where Mayor Ellen "
           "Marsh worships. Pastor Ray Holmgren said the Brinkton congregation will meet at Kessler Elementary. "
           "Chief Dan Ostrowski of the Valley Fire Department put the damage at $1.2 million.")
_FIRE_B = ("A fire gutted the Brinkton Bible Church on Friday night. Pastor Ray Holmgren told reporters that "
           "Mayor Ellen Marsh and her family attend the church. Chief Dan Ostrowski of the Valley Fire "
           "Department said the blaze caused about $1.2 million in damage in Brinkton.")
_FIRE_OTHER = ("A fire on Friday night destroyed the historic Lindqvist Creamery warehouse in Oxbury. Chief "
               "Marta Sunde of the Valley Fire Department said nobody was hurt. Owner Paul Degraff said the "
               "Oxbury building dated from 1935.")


def _fire(rid: str, article: str, place: str, summary: str, date_text: str | None = "Friday") -> EventRecord:
    return record(rid, article, event_type="DISASTER", mode="fire", summary=summary, date_text=date_text,
                  place=place, country_code=None, actors=())


def test_undated_reports_merge_on_facility_in_town_and_text():
    records = [_fire("a1", "A", "Brinkton Bible Church", "Arson suspected in church fire"),
               _fire("b1", "B", "Brinkton", "Fire guts church attended by the mayor")]
    summary = merge(records, {"A": _FIRE_A, "B": _FIRE_B}, generated_at=NOW)
    assert len(summary.events) == 1
    (reason,) = [m for m in summary.events[0].merge_reasons if m.decision == "merged"]
    assert reason.rule.startswith("text rule") and "brinkton" in reason.rule
    assert reason.components["place"] == 1.0  # "brinkton bible church" folds to "brinkton"
    assert reason.components["weekday"] == 1.0 and reason.components["shared_names"] >= 2


def test_undated_look_alike_in_another_town_stays_apart():
    records = [_fire("a1", "A", "Brinkton Bible Church", "Arson suspected in church fire"),
               _fire("b1", "B", "Brinkton", "Fire guts church attended by the mayor"),
               _fire("c1", "C", "Oxbury", "Fire destroys historic creamery warehouse")]
    summary = merge(records, {"A": _FIRE_A, "B": _FIRE_B, "C": _FIRE_OTHER}, generated_at=NOW)
    assert sorted(sorted(e.article_ids) for e in summary.events) == [["A", "B"], ["C"]]


def test_weekday_conflict_vetoes_text_rule():
    tuesday = _FIRE_B.replace("Friday", "Tuesday")
    records = [_fire("a1", "A", "Brinkton Bible Church", "Arson suspected in church fire"),
               _fire("b1", "B", "Brinkton", "Fire guts church attended by the mayor", date_text="Tuesday")]
    summary = merge(records, {"A": _FIRE_A, "B": tuesday}, generated_at=NOW)
    assert len(summary.events) == 2
    # adjacent days ("Friday night" fire, "said Saturday") are one incident
    saturday = _FIRE_B.replace("on Friday night", "late on Friday").replace("told reporters", "told reporters Saturday")
    summary = merge(records[:1] + [_fire("b1", "B", "Brinkton", "Fire guts church", date_text="Saturday")],
                    {"A": _FIRE_A, "B": saturday}, generated_at=NOW)
    assert len(summary.events) == 1


def test_two_reports_naming_different_people_merge_on_a_shared_toll():
    """Local reports of one shooting name different people; "1 dead, 4 wounded" in both is the
    same victims. One victim each is too common to count as the same."""
    def shooting(rid: str, article: str, who: str, summary: str, tolls: tuple[tuple[str, int], ...]) -> EventRecord:
        return record(rid, article, event_type="ASSAULT", mode="shooting", summary=summary, date=dt.date(2014, 6, 3),
                      place="Atlanta", country_code="US", actors=(who,),
                      casualties=tuple(dict(kind=k, text=str(n), low=n, best=n, high=n) for k, n in tolls))
    one = shooting("a-0", "a", "Grady Memorial Hospital", "5 shot, 1 killed on Auburn Avenue",
                   (("killed", 1), ("injured", 4)))
    other = shooting("b-0", "b", "Atlanta Police Department", "1 dead, 4 injured in downtown Atlanta shooting",
                     (("killed", 1), ("injured", 4)))
    assert len(merge([one, other], generated_at=NOW).events) == 1
    single = [shooting("c-0", "c", "Grady Memorial Hospital", "Man killed on Auburn Avenue", (("killed", 1),)),
              shooting("d-0", "d", "Atlanta Police Department", "Woman dies in downtown Atlanta shooting",
                       (("killed", 1),))]
    assert len(merge(single, generated_at=NOW).events) == 2


def test_two_neighbourhoods_of_one_city_are_two_places():
    """Merge compares places at the same level: two reports in one city that name different
    neighbourhoods of it score as two places, as two towns of one country do."""
    def killing(rid: str, article: str, who: str, neighbourhood: str) -> EventRecord:
        base = record(rid, article, event_type="ASSAULT", mode="shooting", date=dt.date(2016, 9, 17),
                      summary="Teenage girl shot and killed by a volley of bullets", actors=(who,),
                      casualties=(killed("1", 1, 1, 1),))
        where = Location(name=neighbourhood, city="Pittsburgh", detail=neighbourhood, country_code="US")
        return base.model_copy(update={"location": where})
    one = killing("a-0", "a", "Sonya Toler", "Homewood")
    assert len(merge([one, killing("b-0", "b", "Zone 5 officers", "Homewood")], generated_at=NOW).events) == 1
    assert len(merge([one, killing("b-0", "b", "Zone 5 officers", "Hazelwood")], generated_at=NOW).events) == 2


def test_a_story_may_span_six_weeks_and_no_more() -> None:
    """A follow-up (an arrest a month after the shooting) is one story with its shooting; dates
    seven weeks apart are not."""
    shooting = Timing(Interval(dt.date(2017, 1, 28), dt.date(2017, 1, 30)), None)
    arrest = Timing(Interval(dt.date(2017, 1, 28), dt.date(2017, 2, 23)), None)
    much_later = Timing(Interval(dt.date(2017, 3, 20), dt.date(2017, 3, 20)), None)
    assert shooting.conflict(arrest) is None
    assert shooting.conflict(much_later) == "dates would span 51 days (2017-01-28..2017-01-30 vs 2017-03-20)"


def test_different_tolls_count_against_a_report_that_names_nobody(monkeypatch: Any) -> None:
    """ "1 dead" and "4 wounded" on one day in one city are other victims: where one report names
    nobody, its actors count as different, not unknown."""
    def shooting(rid: str, article: str, actors: tuple[str, ...], summary: str, kind: str, n: int) -> EventRecord:
        return record(rid, article, event_type="ASSAULT", mode="shooting", summary=summary, date=dt.date(2016, 9, 17),
                      place="Pittsburgh", country_code="US", actors=actors,
                      casualties=(dict(kind=kind, text=str(n), low=n, best=n, high=n),))
    reports = [shooting("a-0", "a", ("Sonya Toler",), "Teenage girl killed by a volley of bullets", "killed", 1),
               shooting("b-0", "b", (), "Four people shot near a bar", "injured", 4)]
    assert len(merge(reports, generated_at=NOW).events) == 2
    monkeypatch.setattr("summarizer.merge.scoring.DIFFERENT_TOLL_PEOPLE", 99)
    assert len(merge(reports, generated_at=NOW).events) == 1


def test_an_official_the_article_quotes_is_no_actor_to_tell_stories_apart() -> None:
    """One report gives the police chief it quotes as an actor, the other a victim's name: the
    quoted chief says nothing about which shooting it is, so the two are compared as one naming
    nobody. Without his quote the names disagree and the reports stay apart."""
    def shooting(rid: str, article: str, who: str, summary: str) -> EventRecord:
        return record(rid, article, event_type="ASSAULT", mode="shooting", summary=summary, date=dt.date(2016, 8, 16),
                      place="Chicago", country_code="US", actors=(who,),
                      casualties=(dict(kind="injured", text="one officer", low=1, best=1, high=1),))
    reports = [shooting("a-0", "a", "Eddie Johnson", "Man inside car began to shoot at officers on East 100th Place"),
               shooting("b-0", "b", "Jane Roe", "Woman tells carjacker go ahead, just shoot me")]
    quoted = "An officer was grazed by a bullet. \"It just goes to show,\" Police Supt. Eddie Johnson told reporters."
    texts = {"a": quoted, "b": "A woman told a carjacker to shoot her. An officer was grazed by a bullet."}
    assert len(merge(reports, texts, generated_at=NOW).events) == 1
    texts["a"] = "An officer was grazed by a bullet. Eddie Johnson was at the scene."
    assert len(merge(reports, texts, generated_at=NOW).events) == 2


def test_two_streets_of_one_city_are_two_places() -> None:
    """Two reports of one city, a day apart, naming nobody: the same street makes them one story,
    different streets two (like two neighbourhoods)."""
    def shooting(rid: str, article: str, day: int, kind: str) -> EventRecord:
        summary = "Man found shot dead outside his home" if kind == "killed" else "Gunfire wounds a man on a porch"
        return record(rid, article, event_type="ASSAULT", mode="shooting", summary=summary,
                      date=dt.date(2017, 1, day), place="Indianapolis", country_code="US", actors=(),
                      casualties=(dict(kind=kind, text="a person", low=1, best=1, high=1),))
    reports = [shooting("a-0", "a", 30, "killed"), shooting("b-0", "b", 31, "injured")]
    texts = {"a": "A man was killed Monday in the 1600 block of East 16th Street.",
             "b": "A man was wounded Tuesday on North Arlington Avenue near 20th Street."}
    assert len(merge(reports, texts, generated_at=NOW).events) == 2
    texts["b"] = "A man who was shot Monday on East 16th Street has died."
    assert len(merge(reports, texts, generated_at=NOW).events) == 1


def one_man_shot(rid: str, town: str, summary: str, kind: str = "injured", day: int = 5) -> EventRecord:
    """A short report of one man shot in ``town`` on March ``day``, 2016, naming nobody."""
    base = record(rid, rid[0], event_type="ASSAULT", mode="shooting", date=dt.date(2016, 3, day), summary=summary,
                  actors=(), casualties=(dict(kind=kind, text="a man", low=1, best=1, high=1),))
    return base.model_copy(update={"location": Location(name=town, city=town, country_code="US")})


def test_short_reports_of_one_night_in_two_towns_or_on_two_streets_stay_apart() -> None:
    """Two short reports of a man shot on Saturday night, naming nobody, with generic summaries:
    in two towns, or on two streets of one town, they are two shootings; on one street, one."""
    one = one_man_shot("a-0", "Dayton", "Man shot Saturday night, police said")
    assert len(merge([one, one_man_shot("b-0", "Chicago", "Police: man wounded in Saturday night shooting")],
                     generated_at=NOW).events) == 2
    reports = [one_man_shot("a-0", "Toledo", "Man shot Saturday night, police said"),
               one_man_shot("b-0", "Toledo", "Police: man wounded in Saturday night shooting")]
    texts = {"a": "A man was shot Saturday night on Lagrange Street in Toledo.",
             "b": "A man was shot Saturday night on Dorr Street in Toledo."}
    assert len(merge(reports, texts, generated_at=NOW).events) == 2
    texts["b"] = "A man was shot Saturday night outside a bar on Lagrange Street."
    assert len(merge(reports, texts, generated_at=NOW).events) == 1


def test_two_sides_of_one_city_are_two_places() -> None:
    """Two reports of a man killed on one day in Columbus, one on the south side and one on the
    west side, are two shootings; the south and the southwest side may be one."""
    reports = [one_man_shot("a-0", "Columbus", "Man killed at an apartment complex Friday", "killed", 4),
               one_man_shot("b-0", "Columbus", "Police: man dies after Friday shooting", "killed", 4)]
    texts = {"a": "A man was killed Friday at an apartment complex on the city's south side.",
             "b": "A man was shot dead Friday on the city's west side."}
    assert len(merge(reports, texts, generated_at=NOW).events) == 2
    texts["b"] = "A man was shot dead Friday on the city's Southwest Side."
    assert len(merge(reports, texts, generated_at=NOW).events) == 1
