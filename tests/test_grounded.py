"""Extraction v3's contract: the model answers with ids, summarizer writes every value and span."""

import datetime as dt

import pytest
from pydantic import ValidationError

from summarizer import Article
from summarizer.extract import grounded
from summarizer.ingest.document import analyse
from summarizer.models.schemas import Provenance

TEXT = ("Man killed in Dayton shooting\n\n"
        "DAYTON, Ohio — A man was shot and killed Saturday night on Salem Avenue, police said.\n\n"
        "Two others were wounded.\n\n"
        "Last year a similar shooting killed three people.")


@pytest.fixture(scope="module")
def document():
    return analyse(Article.from_text(TEXT, source="t.txt", published_at=dt.datetime(2016, 7, 11)))


def provenance() -> Provenance:
    return Provenance(article_id="a", model="m", prompt_name="extract_events", prompt_version="v3",
                      prompt_hash="h", extracted_at=dt.datetime(2016, 7, 11))


def test_candidates_are_resolved_and_other_incidents_left_out(document) -> None:
    labels = {c.kind: [] for c in document.candidates}
    for c in document.candidates:
        labels[c.kind].append(c.label)
    assert labels["date"] == ['"Saturday" = 2016-07-09']  # the Saturday before a Monday article
    assert any("Dayton, Ohio" in label for label in labels["place"])
    assert sorted(labels["count"]) == ['injured 2 "Two"', 'killed 1 "A man" per police', 'killed 1 "Man"']
    assert not any("three" in label for label in labels["count"])  # last year's shooting is not offered


def test_the_answer_schema_only_admits_existing_ids(document) -> None:
    model = grounded.answer_model(document)
    with pytest.raises(ValidationError):
        model.model_validate({"events": [{"s": 2, "type": "ASSAULT", "counts": ["C9"]}]})
    with pytest.raises(ValidationError):
        model.model_validate({"events": [{"s": 99, "type": "ASSAULT"}]})


def test_records_are_built_from_the_document_not_from_model_text(document) -> None:
    ids = {c.kind: c.id for c in reversed(document.candidates)}  # the first candidate of each kind
    count_ids = [c.id for c in document.of_kind("count")]
    answer = grounded.answer_model(document).model_validate({"events": [
        {"s": 1, "type": "ASSAULT", "date": None, "place": None, "counts": count_ids[:1]},
        {"s": 2, "type": "ASSAULT", "date": ids["date"], "place": ids["place"], "counts": count_ids[1:]},
    ]})
    records = grounded.to_records(answer, document, provenance())
    assert len(records) == 1  # the headline and the lede are one happening
    record = records[0]
    span = record.evidence[0].span
    assert TEXT[span.start:span.end] == span.text == "Man killed in Dayton shooting"
    assert record.summary == span.text
    assert record.date.value == dt.date(2016, 7, 9)
    assert (record.location.city, record.location.admin1) == ("Dayton", "Ohio")
    assert sorted((c.kind, c.best) for c in record.casualties) == [("injured", 2), ("killed", 1), ("killed", 1)]
    for claim in record.casualties:
        assert claim.evidence and TEXT[claim.evidence.span.start:claim.evidence.span.end] == claim.text


FOLLOW_UP = ("Two arrested in teen's fatal shooting\n\n"
             "LAUDERHILL, Fla. — Two men were arrested Monday in the fatal shooting of a 17-year-old boy, police said.\n\n"
             "The shooting happened about 4 p.m. Saturday at an apartment complex.")


def test_a_follow_up_story_puts_the_happening_it_follows_first() -> None:
    document = analyse(Article.from_text(FOLLOW_UP, source="f.txt", published_at=dt.datetime(2017, 1, 31)))
    dates = {c.value.value: c.id for c in document.of_kind("date")}
    counts = [c.id for c in document.of_kind("count")]
    answer = grounded.answer_model(document).model_validate({"events": [
        {"s": 2, "type": "COERCE", "date": dates[dt.date(2017, 1, 30)], "place": None, "counts": counts},
        {"s": 3, "type": "ASSAULT", "date": dates[dt.date(2017, 1, 28)], "place": None, "counts": []},
    ]})
    first, second = grounded.to_records(answer, document, provenance())
    article = document.article.id
    assert (first.record_id, first.date.value, first.summary) == (
        f"{article}-0", dt.date(2017, 1, 28), "The shooting happened about 4 p.m. Saturday at an apartment complex.")
    assert [c.kind for c in first.casualties] == ["killed"] * len(counts) and counts  # the arrest's victims
    assert (second.record_id, second.date.value, second.casualties) == (f"{article}-1", dt.date(2017, 1, 30), [])
