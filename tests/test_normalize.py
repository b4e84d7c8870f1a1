"""Turning model output into records: rule fallbacks fill what the model skipped, and say so."""

from __future__ import annotations

import datetime as dt

from summarizer.ingest.articles import Article
from summarizer.ingest.document import analyse
from summarizer.records.normalize import add_rule_casualties, add_rule_events, given, normalize_time
from summarizer.records.locate import locate
from summarizer.models.schemas import EventDate, EventRecord, Location, Provenance

PROVENANCE = Provenance(article_id="a", model="m", prompt_name="p", prompt_version="v1", prompt_hash="h",
                        extracted_at=dt.datetime(2024, 1, 1))
TEXT = ("Published on 03/03/2024 at 11:35\n\n"
        "A strong earthquake struck the coastal city of Izmir at 6.45 a.m. local time on Sunday. "
        "Rescuers said at least 12 people were killed and 40 injured.\n\n"
        "Officials said schools would stay closed.\n\nRelated: Earthquake hits Japan at 5 p.m. ...")
ARTICLE = Article.from_text(TEXT, source="a.txt")
DOCUMENT = analyse(ARTICLE)


def model_record(evidence: str, **fields: object) -> EventRecord:
    return EventRecord.model_validate({"record_id": "a-0", "event_type": "DISASTER", "summary": "s",
                                       "provenance": PROVENANCE, "evidence": [locate(evidence, TEXT)], **fields})


def test_placeholders_mean_not_given() -> None:
    assert [given(x) for x in ("unknown", "null", " N/A ", "", None, "Tuesday")] == [None] * 5 + ["Tuesday"]


def test_dateline_time_is_replaced_by_the_evidence_sentence_time() -> None:
    evidence = locate("A strong earthquake struck the coastal city of Izmir at 6.45 a.m. local time on Sunday.", TEXT)
    time = normalize_time("11:35", EventDate(value=dt.date(2024, 3, 3), precision="day"),
                          Location(timezone="Europe/Istanbul"), evidence, DOCUMENT)
    assert time.text == "6.45 a.m. local time"
    assert time.utc == dt.datetime(2024, 3, 3, 3, 45, tzinfo=dt.timezone.utc)
    assert "not in the article body" in time.note and "evidence sentence" in time.note


def test_rule_casualties_join_the_nearest_record_and_are_marked() -> None:
    [record] = add_rule_casualties(DOCUMENT, [model_record("Officials said schools would stay closed.")])
    assert [(c.kind, c.text, c.origin) for c in record.casualties] == [
        ("killed", "at least 12", "rules"), ("injured", "40", "rules")]
    assert all(TEXT[c.evidence.span.start:c.evidence.span.end] == c.text for c in record.casualties)


def test_a_timed_happening_the_model_skipped_becomes_a_rules_record() -> None:
    records = add_rule_events(DOCUMENT, [model_record("Officials said schools would stay closed.")], PROVENANCE)
    [added] = [r for r in records if r.origin == "rules"]
    assert (added.event_type, added.mode, added.time.text) == ("DISASTER", "earthquake", "6.45 a.m. local time")
    assert added.location.name == "Izmir" and added.date.value == dt.date(2024, 3, 3)
    assert added.summary == added.evidence[0].span.text  # the sentence itself, verbatim
    assert "Japan" not in added.summary  # the teaser line was cleaned away first


def test_no_rules_record_when_the_model_already_has_it() -> None:
    quoted = model_record("A strong earthquake struck the coastal city of Izmir at 6.45 a.m. local time on Sunday.")
    assert add_rule_events(DOCUMENT, [quoted], PROVENANCE) == [quoted]
