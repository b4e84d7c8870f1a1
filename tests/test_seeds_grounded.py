"""The seeds under the grounded prompts (v3, the default; v4, its shorter answer; v5, v4 with a shorter
read), replayed from the embedded model's recorded answers.

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
from replay import CORPORA, OFFENSIVE, cassette_path, files, offensive, recorder, replay_kwargs, seed_summary

from summarizer import Article, Summarizer, SummarizerConfig
from summarizer.merge import merge
from summarizer.merge.articles import article_inputs
from summarizer.models.summary import Summary
from summarizer.pipeline import merge_results

GROUNDED = ["extract_events@v3", "extract_events@v4", "extract_events@v5"]


@pytest.fixture(scope="module", params=GROUNDED)
def summary(request: pytest.FixtureRequest) -> tuple[Summary, dict[str, str]]:
    merged, names = seed_summary(request.param)
    assert not merged.failures, [f.error for f in merged.failures]
    return merged, names


#: v3 and v4: under v5 (1,000 characters of each article shown) seed 002's record has no date (its day is
#: told further down the long wire story) and lands on Yevlakh, where the talks were, so it does not merge
#: with the offensive: three events (README, Quality). Its killed ledger there is "at least 32" alone.
@pytest.mark.parametrize("summary", ["extract_events@v3", "extract_events@v4"], indirect=True)
def test_exactly_two_events(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, names = summary
    assert sorted((files(e, names) for e in merged.events), key=len) == [{"001_f57797828b104370.txt"}, OFFENSIVE]


@pytest.mark.parametrize("summary", ["extract_events@v3", "extract_events@v4"], indirect=True)
def test_the_landmine_blast_is_not_counted_in_the_offensive(summary: tuple[Summary, dict[str, str]]) -> None:
    merged, names = summary
    event = offensive(merged, names)
    claims = [c for ledger in event.casualties.values() if ledger.kind == "killed" for c in ledger.claims]
    assert claims, "the offensive's death toll is reported"
    from_002 = {c.value for c in claims if names[c.article_id] == "002_ba3696da157a7910.txt"}
    assert not from_002 & {"four", "two"}, from_002


#: v3 only: under v4 the model lists one happening for 004 (the offensive ending, from its headline),
#: so 004's "1 p.m. (0900 GMT)" lands on the offensive, not the ceasefire, and the instant has the
#: support of 000 and 003 only (README, Quality).
@pytest.mark.parametrize("summary", ["extract_events@v3"], indirect=True)
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


@pytest.mark.parametrize("prompt", GROUNDED)
def test_the_merge_reuses_the_documents_extraction_built(prompt: str) -> None:
    """summarize hands the merge each article's Document, built once during extraction; the merge
    reads its sentences instead of splitting the text again, and reaches the same summary."""
    results, articles, documents = [], {}, {}
    for path in sorted(CORPORA["seeds"].glob("*.txt")):
        article = Article.from_file(path)
        articles[article.id] = article
        with recorder().use_cassette(cassette_path(prompt, path.stem, "seeds")), \
                Summarizer(SummarizerConfig(prompt=prompt, **replay_kwargs())) as summarizer:
            results.extend(summarizer.extract_many([article], documents=documents))
    assert sorted(documents) == sorted(articles)
    assert all(document.article is articles[aid] for aid, document in documents.items())
    records = [r for result in results for r in result.records]
    assert article_inputs(records, documents)[2] == documents
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert merge(records, documents, generated_at=now) == merge(records, articles, generated_at=now)
    assert merge_results(results, articles, documents).events == merge_results(results, articles).events
