"""The verifier: every value gets a verdict with evidence, and the seeds are fully checked."""

from __future__ import annotations

import datetime as dt

import pytest
from fault_server import FaultServer
from replay import SEEDS, cassette_path, recorder, replay_kwargs

from summarizer import Article, Summarizer, SummarizerConfig
from summarizer.ingest.clean import clean
from summarizer.ingest.document import analyse
from summarizer.extract.prompts import get_prompt
from summarizer.rules import find_numbers
from summarizer.models.schemas import (
    Actor,
    CasualtyClaim,
    EventRecord,
    EventTime,
    Evidence,
    Provenance,
    Statement,
)
from summarizer.records.locate import locate
from summarizer.records.verify import verify

TEXT = (
    "Published on 20/09/2023 at 11:35\n\n"
    "Forces shelled the town on Wednesday, killing at least 32 people, according to Armenia. "
    "Prime Minister Nikol Pashinyan said the attack was “a crime”. "
    "The ceasefire took effect at 13:00 local time."
)
ARTICLE = Article.from_text(TEXT, source="t.txt")
DOCUMENT = analyse(ARTICLE)


def record(**fields: object) -> EventRecord:
    provenance = Provenance(article_id=ARTICLE.id, model="m", prompt_name="p", prompt_version="v1",
                            prompt_hash="h", extracted_at=dt.datetime(2024, 1, 1))
    evidence = locate("Forces shelled the town on Wednesday, killing at least 32 people, according to Armenia.", TEXT)
    base = {"record_id": "r", "event_type": "ASSAULT", "summary": "Forces shelled the town.", "provenance": provenance,
            "evidence": [evidence]}
    return EventRecord.model_validate({**base, **fields})


def verdicts(rec: EventRecord, policy: str = "flag") -> dict[str, str]:
    [checked] = verify(DOCUMENT, [rec], policy)  # type: ignore[arg-type]
    return {c.field: c.verdict for c in checked.verification.checks}


def claim(text: str, low: int, high: int | None, by: str | None = None) -> CasualtyClaim:
    return CasualtyClaim(kind="killed", text=text, low=low, best=low, high=high, claimed_by=by)


@pytest.mark.parametrize(
    ("claim_", "expected"),
    [
        (claim("at least 32", 32, None, "Armenia"), "supported"),
        (claim("32", 32, 32), "contradicted"),  # the sentence says "at least 32", a different range
        (claim("at least 27", 27, None), "contradicted"),
        (claim("more than 500", 501, None), "contradicted"),
    ],
)
def test_counts(claim_: CasualtyClaim, expected: str) -> None:
    assert verdicts(record(casualties=[claim_]))["casualties[0].count"] == expected


def test_a_count_with_only_an_upper_bound_is_checked() -> None:
    text = "Police said as many as four people were shot outside the bar."
    document = analyse(Article.from_text(text, source="u.txt"))
    provenance = Provenance(article_id=document.article.id, model="m", prompt_name="p", prompt_version="v1",
                            prompt_hash="h", extracted_at=dt.datetime(2024, 1, 1))
    rec = EventRecord(record_id="r", event_type="ASSAULT", summary="Four shot.", provenance=provenance,
                      evidence=[locate(text, text)],
                      casualties=[CasualtyClaim(kind="injured", text="as many as four", low=None, best=4, high=4)])
    [checked] = verify(document, [rec], "flag")
    assert {c.field: c.verdict for c in checked.verification.checks}["casualties[0].count"] == "supported"


def test_count_not_in_article_at_all_is_unsupported() -> None:
    rec = record(casualties=[claim("at least 9", 9, None)], evidence=[Evidence(quote="made up")])
    assert verdicts(rec)["casualties[0].count"] == "unsupported"


def test_claim_source_and_alias_aware_actors() -> None:
    rec = record(casualties=[claim("at least 32", 32, None, "Armenia")],
                 actors=[Actor(name="Nikol Pasinian", role="initiator"), Actor(name="Belgium", role="target")])
    found = verdicts(rec)
    assert found["casualties[0].claimed_by"] == "supported"
    assert found["actors[0]"] == "supported"  # misspelt, still the same person
    assert found["actors[1]"] == "unsupported"


def test_quotes_must_be_verbatim() -> None:
    exact = Statement(speaker="Pashinyan", quote="a crime", evidence=locate("a crime", TEXT))
    altered = Statement(speaker="Pashinyan", quote="the attack was a war crime",
                        evidence=locate("the attack was a war crime", TEXT))
    found = verdicts(record(statements=[exact, altered]))
    assert found["statements[0].quote"] == "supported"
    assert found["statements[1].quote"] != "supported"


def test_dateline_time_is_not_event_evidence() -> None:
    found = verdicts(record(time=EventTime(text="11:35"), date={"text": "on Wednesday"}))
    assert found["time"] == "unsupported" and found["date"] == "supported"
    assert verdicts(record(time=EventTime(text="13:00 local time")))["time"] == "supported"


def test_numbers_in_summary_are_checked() -> None:
    found = verdicts(record(summary="Shelling killed 45 people."))
    assert found["summary.numbers"] != "supported"


def test_drop_policy_removes_and_lists() -> None:
    rec = record(actors=[Actor(name="Belgium", role="target"), Actor(name="Armenia", role="initiator")],
                 casualties=[claim("at least 9", 9, None)])
    [dropped] = verify(DOCUMENT, [rec], "drop")
    assert [a.name for a in dropped.actors] == ["Armenia"] and dropped.casualties == []
    assert {"actors[0]", "casualties[0].count"} <= set(dropped.verification.dropped)


def test_reask_sends_findings_back_once(fault_server: FaultServer) -> None:
    fault_server.set_script("ok")
    article = Article.from_text("Rebels shelled the village on Friday. Nobody was hurt.", source="a.txt")
    with Summarizer(SummarizerConfig(base_url=fault_server.url, api_key="k", model="m", use_cache=False, policy="reask", prompt="extract_events@v1")) as s:  # v3 values come from the article: nothing to re-ask
        records = s.extract(article)
    assert len(fault_server.completions) == 2  # the answer, then exactly one re-ask
    feedback = fault_server.completions[1].messages[-1]["content"]
    assert "evidence" in feedback and "not in the article" in feedback
    assert records[0].verification.policy == "reask" and records[0].provenance.usage.calls == 2


# -- the seeds, replayed from cassettes ------------------------------------------------------
PROMPT = get_prompt("extract_events@v1")  # checks v1's copied phrases
SEED_PATHS = sorted(SEEDS.glob("*.txt"))


def replayed(path: object) -> tuple[Article, list[EventRecord]]:
    article = Article.from_file(path)  # type: ignore[arg-type]
    with recorder().use_cassette(cassette_path(PROMPT.ref, article.source.rsplit("/", 1)[-1][:-4])), \
            Summarizer(SummarizerConfig(prompt=PROMPT.ref, **replay_kwargs())) as s:
        return article, s.extract(article)


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.name[:3])
def test_every_number_in_the_output_is_supported_or_flagged(path: object) -> None:
    article, records = replayed(path)
    for rec in records:
        checks = {c.field: c for c in rec.verification.checks}
        for i, _ in enumerate(rec.casualties):
            check = checks[f"casualties[{i}].count"]
            assert check.verdict != "supported" or check.spans, "a supported number must carry its span"
            for span in check.spans:
                assert article.text[span.start:span.end] == span.text
        summary_numbers = [c for c in rec.verification.checks if c.field == "summary.numbers"]
        assert len(summary_numbers) == len(find_numbers(rec.summary))


def test_teasers_in_seed_003_never_become_records() -> None:
    article, records = replayed(SEEDS / "003_3ed2ac33a6168454.txt")
    removed = clean(article.text).removed
    teaser_words = ("Italian holiday", "Gaza", "Japan", "earthquake", "hostages", "Trading Ideas")
    for rec in records:
        text = (rec.summary + " " + " ".join(e.quote for e in rec.evidence)).lower()
        assert not any(word.lower() in text for word in teaser_words), rec.summary
        for evidence in rec.evidence:
            if evidence.span:
                assert not any(s.start <= evidence.span.start < s.end for s, _ in removed)
