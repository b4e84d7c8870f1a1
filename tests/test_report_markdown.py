"""Reports for people (Markdown, HTML, JSON) on the seed batch: readable words, an article index
every citation lands on, and nothing the verifier could not ground shown without its flag."""

from __future__ import annotations

import datetime as dt
import re
from typing import get_args

import pytest
from replay import replay_corpus

from summarizer.ingest.articles import Article
from summarizer.pipeline import merge_results
from summarizer.report import records_markdown, summary_html, summary_markdown
from summarizer.report.words import EVENT_TYPE_WORDS, failure_text, time_label, top_line, type_label
from summarizer.models.schemas import ArticleResult, EventType
from summarizer.models.summary import Summary

#: 002 says "Armenian authorities said the fighting ... left at least 32 people dead"; the model's
#: summary turns them into Azerbaijani authorities. The verifier finds the quote is not verbatim.
ALTERED = "Azerbaijani authorities said the fighting, which had continued into Wednesday"


@pytest.fixture(scope="module")
def batch() -> tuple[list[ArticleResult], dict[str, Article], Summary]:
    results, articles = replay_corpus("extract_events@v1")
    return results, articles, merge_results(results, articles)


def test_every_event_type_has_words_and_keeps_its_code() -> None:
    assert set(EVENT_TYPE_WORDS) == set(get_args(EventType))
    assert type_label("ASSAULT") == "Attack (ASSAULT)"
    assert type_label("AGREE", "ceasefire") == "Agreement (AGREE, ceasefire)"


@pytest.mark.parametrize(("value", "zone", "expected"), [
    ("2023-09-20T09:00:00+00:00", "Asia/Baku", "09:00 UTC (13:00 local)"),
    ("14:30 UTC", "Asia/Yerevan", "14:30 UTC (18:30 local)"),
    ("2023-09-20T23:30:00+00:00", "Asia/Tokyo", "23:30 UTC (08:30 next day local)"),
    ("09:00 UTC", None, "09:00 UTC"),
    (None, "Asia/Baku", None),
])
def test_times_in_utc_with_the_local_clock(value: str | None, zone: str | None, expected: str | None) -> None:
    assert time_label(value, zone) == expected


def test_failures_name_their_input_once() -> None:
    failed = ArticleResult(article_id="-", source="x.txt", ok=False, error="x.txt: empty file")
    assert failure_text(failed) == "x.txt: empty file"
    assert "x.txt: x.txt" not in records_markdown([failed])
    summary = Summary(generated_at=dt.datetime(2024, 1, 1), events=[], failures=[failed])
    assert "- x.txt: empty file" in summary_markdown(summary, summary.failures)
    assert "x.txt: x.txt" not in summary_html(summary, {}, summary.failures)


def test_top_line_of_the_disputed_death_toll(batch) -> None:
    _, _, summary = batch
    event = next(e for e in summary.events if len(e.article_ids) == 4)
    assert re.fullmatch(r"killed: at least 32 \(reports range \d+–200; disputed\)", top_line(event.casualties["killed"]))


def test_summary_markdown_reads_as_prose_and_cites_an_index(batch) -> None:
    _, articles, summary = batch
    md = summary_markdown(summary, summary.failures)
    assert "## Sources" in md and all(f'<a id="a-{a[:8]}"></a>' in md for a in articles)
    cited = set(re.findall(r"\]\(#(a-[0-9a-f]{8})\)", md))
    assert cited and cited <= set(re.findall(r'<a id="(a-[0-9a-f]{8})"></a>', md))
    assert "Agreement (AGREE)" in md and "09:00 UTC (13:00 local)" in md
    assert re.search(r"^\*\*killed: at least 32 \(reports range", md, re.M)
    lines = md.splitlines()
    for line, after in zip(lines, [*lines[1:], ""]):
        assert not re.fullmatch(r"\s*-\s*(unknown)?", line), "an empty bullet"
        if re.fullmatch(r"\s*- \*\*[^*]+:\*\*\s*", line):  # a heading bullet needs items under it
            assert after.startswith(line[:len(line) - len(line.lstrip())] + "  - "), line
    for rule in {ledger.rule for e in summary.events for ledger in e.casualties.values()}:
        assert md.count(rule) == 1  # the rules are explained once, not under every count


def test_unsupported_sentences_are_never_shown_unflagged(batch) -> None:
    _, articles, summary = batch
    flagged = [(s.summary, s.summary_verdict) for e in summary.events for s in [e, *e.timeline]
               if s.summary_verdict in ("unsupported", "contradicted")]
    assert any(text.startswith(ALTERED) for text, _ in flagged)  # and the JSON says so
    md, page = summary_markdown(summary), summary_html(summary, articles)
    for text, verdict in flagged:
        assert md.count(text) == md.count(f"{text} ⚠ {verdict}") > 0
        escaped = re.escape(text.replace("'", "&#x27;").replace('"', "&quot;"))
        assert len(re.findall(escaped, page)) == len(re.findall(escaped + rf" <span class=flag>⚠ {verdict}", page)) > 0


def test_json_summary_carries_the_article_index(batch) -> None:
    _, articles, summary = batch
    index = {a.short_id: a for a in summary.articles}
    assert set(index) == {a[:8] for a in articles}
    assert index["9378a1ce"].title == "Nagorno-Karabakh | Ceasefire agreement between Armenians & Azerbaijan"
    assert index["9378a1ce"].published_at == dt.datetime(2023, 9, 20, 11, 35)
    dumped = Summary.model_validate_json(summary.model_dump_json())
    assert dumped.articles == summary.articles


def test_records_markdown_flags_what_is_not_supported(batch) -> None:
    results, _, _ = batch
    md = records_markdown(results)
    assert "### Concession (CONCEDE, shelling)" in md
    assert "11:35 ⚠ unsupported" in md  # 000's dateline time copied as the event's time
    assert not re.search(r"^- \*\*(When|Where):\*\*\s*(unknown)?$", md, re.M)
