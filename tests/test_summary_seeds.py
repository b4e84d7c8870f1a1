"""summarize on the seeds (offline replay of the embedded model's answers to prompt v1).

These pin how the merge and the ledger treat v1's records; the v3 and v4 checks are in test_seeds_grounded.py.

The gold, read from the articles: 000, 002, 003 and 004 report the September 2023 offensive and
ceasefire in Nagorno-Karabakh; 001 reports the 2021 border clash, a different event although it
also ends in a Russian-mediated ceasefire. The death toll differs by source; the Thursday talks
were on 21 September 2023 in Yevlakh.
"""

from __future__ import annotations

import datetime as dt

import pytest
from replay import CORPORA, OFFENSIVE, cassette_path, files, offensive, recorder, replay_kwargs, seed_summary

from summarizer import Article, Summarizer, SummarizerConfig
from summarizer.pipeline import merge_results
from summarizer.models.summary import Summary

V1 = "extract_events@v1"


@pytest.fixture(scope="module")
def summary() -> tuple[Summary, dict[str, str]]:
    return seed_summary(V1)


def test_two_events_four_articles_and_one(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, names = summary
    assert sorted(files(e, names) for e in merged.events) == sorted([OFFENSIVE, {"001_f57797828b104370.txt"}],
                                                                      key=len, reverse=True)
    kept_apart = [r for e in merged.events for r in e.merge_reasons if r.decision == "kept_apart"]
    assert all(r.rule for r in kept_apart)


def test_death_toll_is_disputed_with_every_sourced_figure(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, names = summary
    killed = offensive(merged, names).casualties["killed"]
    assert killed.status == "disputed"
    figures = {c.value for c in killed.claims}
    assert {"27", "at least 29", "at least 32", "close to 100", "at least 200"} <= figures
    for claim in killed.claims:
        assert claim.evidence is not None and claim.article_id in names
    assert killed.low is not None and killed.best is not None and killed.conservative is not None and killed.rule


def test_at_least_200_killed_is_the_articles_own_figure(summary: tuple[Summary, dict[str, str]]) -> None:
    """003: "Azerbaijan said it would halt its military offensive – which killed at least 200
    people and injured many more – and said ...": the toll sits between dashes, in the writer's
    voice, not inside what Azerbaijan said (the gold, tests/gold/articles/003_*.json, agrees)."""
    merged, names = summary
    killed = offensive(merged, names).casualties["killed"]
    assert {c.source for c in killed.claims if c.value == "at least 200"} == {None}


def test_thursday_talks_are_dated_21_september_in_yevlakh(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, names = summary
    event = offensive(merged, names)
    talks = [s for s in event.timeline if s.event_type == "CONSULT" and s.date.value == "2023-09-21"]
    assert talks, [(s.event_type, s.date.value) for s in event.timeline]
    places = {c.value for c in event.location.candidates if c.record_id in talks[0].record_ids}
    assert "Yevlakh" in places


def test_ceasefire_time_is_one_utc_instant(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, names = summary
    time = offensive(merged, names).time
    assert time.value == dt.datetime(2023, 9, 20, 9, 0, tzinfo=dt.timezone.utc).isoformat()
    assert time.status == "consensus" and time.support == 3  # Baku 13:00 = 5 a.m. ET (EDT) = 0900 GMT
    sources = {names[c.article_id]: c.value for c in time.candidates}
    assert sources == {"000_d2d2eb034c79192f.txt": "13:00 local time",
                       "003_3ed2ac33a6168454.txt": "1 p.m. local time",
                       "004_f7ec8941e1205091.txt": "1 p.m. (0900 GMT) on Wednesday"}
    assert "11:35" not in {c.value for c in time.candidates}  # the dateline is not the event's time


def test_policy_drop_keeps_supported_dates_and_lists_what_it_dropped() -> None:
    """000's ceasefire record copies the dateline ("20/09/2023") for an event the body dates "on
    Wednesday": the day is supported, so drop keeps it, and the weekdays of 002-004 still resolve."""
    ref = V1
    results, articles = [], {}
    for path in sorted(CORPORA["seeds"].glob("*.txt")):
        article = Article.from_file(path)
        articles[article.id] = article
        with recorder().use_cassette(cassette_path(ref, path.stem, "seeds")), \
                Summarizer(SummarizerConfig(prompt=ref, policy="drop", **replay_kwargs())) as summarizer:
            results.extend(summarizer.extract_many([article]))
    records = [r for result in results for r in result.records]
    assert all(r.verification and r.verification.policy == "drop" for r in records)
    dropped = [f for r in records for f in r.verification.dropped]
    assert dropped and "date" not in dropped  # something was unsupported, but no supported day
    event = next(e for e in merge_results(results, articles).events if len(e.article_ids) == 4)
    dated = {s.event_type: s.date.value for s in event.timeline if s.date.value}
    assert dated.get("CONSULT") == "2023-09-21" and dated.get("AGREE") == "2023-09-20"
