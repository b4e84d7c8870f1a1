"""The seeds under prompt v3, replayed from the embedded model's recorded answers.

What the articles say (read before looking at any output): 000, 002, 003 and 004 report the
September 2023 offensive in Nagorno-Karabakh and the ceasefire that ended it; 001 reports a 2021
border clash. 002 also mentions, as Azerbaijan's stated reason for the offensive, landmine blasts
that killed four soldiers and two civilians: an earlier incident, not a toll of the offensive.
The ceasefire took effect at 13:00 Baku time, 09:00 UTC, on 20 September 2023, as 000 ("13:00
local time"), 003 ("1 p.m. local time") and 004 ("1 p.m. (0900 GMT)") say.
"""

from __future__ import annotations

import datetime as dt

import pytest
from replay import OFFENSIVE, files, offensive, seed_summary

from summarizer.models.summary import Summary

V3 = "extract_events@v3"


@pytest.fixture(scope="module")
def summary() -> tuple[Summary, dict[str, str]]:
    merged, names = seed_summary(V3)
    assert not merged.failures, [f.error for f in merged.failures]
    return merged, names


def test_exactly_two_events(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, names = summary
    assert sorted((files(e, names) for e in merged.events), key=len) == [{"001_f57797828b104370.txt"}, OFFENSIVE]


def test_the_landmine_blast_is_not_counted_in_the_offensive(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, names = summary
    event = offensive(merged, names)
    claims = [c for ledger in event.casualties.values() if ledger.kind == "killed" for c in ledger.claims]
    assert claims, "the offensive's death toll is reported"
    from_002 = {c.value for c in claims if names[c.article_id] == "002_ba3696da157a7910.txt"}
    assert not from_002 & {"four", "two"}, from_002


def test_ceasefire_instant_has_consensus_from_three_sources(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, names = summary
    time = offensive(merged, names).time
    assert time.value == dt.datetime(2023, 9, 20, 9, 0, tzinfo=dt.timezone.utc).isoformat()
    assert time.status == "consensus" and time.support == 3
    assert {names[c.article_id] for c in time.candidates} == {
        "000_d2d2eb034c79192f.txt", "003_3ed2ac33a6168454.txt", "004_f7ec8941e1205091.txt"}


def test_no_unsupported_sentence_is_shown_unflagged(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, _ = summary
    for event in merged.events:
        assert event.summary_verdict == "supported", event.summary
        for step in event.timeline:
            assert step.summary_verdict == "supported", step.summary
