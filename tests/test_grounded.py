"""Extraction v3's contract: the model answers with ids, summarizer writes every value and span."""

import datetime as dt

import pytest
from pydantic import ValidationError

from summarizer import Article
from summarizer.extract import grounded, grounded_prompt
from summarizer.extract.prompts import AnswerShape, get_prompt
from summarizer.ingest.document import Document, analyse
from summarizer.models.schemas import EventRecord, Provenance

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


def test_the_day_a_shooting_is_counted_back_from_is_not_offered_as_its_own() -> None:
    text = ("Neighbors march for peace\n\nAbout 150 people marched through Englewood on Wednesday evening, four days "
            "after a 7-year-old girl was shot while riding her scooter.")
    document = analyse(Article.from_text(text, source="m.txt", published_at=dt.datetime(2021, 7, 22)))
    assert [c.label for c in document.candidates if c.kind == "date"] == [
        '"Wednesday evening, four days after a 7-year-old girl was shot" = 2021-07-17']


def test_a_teaser_s_town_does_not_outrank_the_story_s_own() -> None:
    text = ("Man shot by neighbor\n\nMILLEN, Ga. — A man is recovering after his neighbor shot him Tuesday. It "
            "happened on a farm north of Millen.\n\nRelated: Deputies investigating deadly shooting in Waynesboro")
    document = analyse(Article.from_text(text, source="m.txt", published_at=dt.datetime(2022, 4, 20)))
    assert [c.label for c in document.candidates if c.kind == "place"] == ["Millen, Georgia, United States"]


def test_the_answer_schema_only_admits_existing_ids(document) -> None:
    model = grounded_prompt.answer_model(document)
    with pytest.raises(ValidationError):
        model.model_validate({"events": [{"s": 2, "type": "ASSAULT", "counts": ["C9"]}]})
    with pytest.raises(ValidationError):
        model.model_validate({"events": [{"s": 99, "type": "ASSAULT"}]})


def test_records_are_built_from_the_document_not_from_model_text(document) -> None:
    ids = {c.kind: c.id for c in reversed(document.candidates)}  # the first candidate of each kind
    count_ids = [c.id for c in document.of_kind("count")]
    answer = grounded_prompt.answer_model(document).model_validate({"events": [
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


def _two_happenings(text: str, published: dt.datetime, first: tuple[int, str, dt.date],
                    second: tuple[int, str, dt.date]) -> tuple[list[str], list[EventRecord]]:
    """The records of an answer that lists two happenings (sentence, type, day), the first with every
    count candidate; and those candidates' ids."""
    document = analyse(Article.from_text(text, source="f.txt", published_at=published))
    dates = {c.value.value: c.id for c in document.of_kind("date")}
    counts = [c.id for c in document.of_kind("count")]
    answer = grounded_prompt.answer_model(document).model_validate({"events": [
        {"s": s, "type": kind, "date": dates[day], "place": None, "counts": counts if i == 0 else []}
        for i, (s, kind, day) in enumerate([first, second])]})
    return counts, grounded.to_records(answer, document, provenance())


def test_a_follow_up_story_puts_the_happening_it_follows_first() -> None:
    counts, (first, second) = _two_happenings(FOLLOW_UP, dt.datetime(2017, 1, 31), (2, "COERCE", dt.date(2017, 1, 30)),
                                              (3, "ASSAULT", dt.date(2017, 1, 28)))
    article = Article.from_text(FOLLOW_UP, source="f.txt").id
    assert (first.record_id, first.date.value, first.summary) == (
        f"{article}-0", dt.date(2017, 1, 28), "The shooting happened about 4 p.m. Saturday at an apartment complex.")
    assert [c.kind for c in first.casualties] == ["killed"] * len(counts) and counts  # the arrest's victims
    assert (second.record_id, second.date.value, second.casualties) == (f"{article}-1", dt.date(2017, 1, 30), [])


def test_a_follow_up_without_its_original_listed_gets_one_from_the_dating_sentence() -> None:
    document = analyse(Article.from_text(FOLLOW_UP, source="f.txt", published_at=dt.datetime(2017, 1, 31)))
    dates = {c.value.value: c.id for c in document.of_kind("date")}
    counts = [c.id for c in document.of_kind("count")]
    answer = grounded_prompt.answer_model(document).model_validate({"events": [
        {"s": 2, "type": "COERCE", "date": dates[dt.date(2017, 1, 30)], "place": None, "counts": counts}]})
    first, second = grounded.to_records(answer, document, provenance())
    assert (first.event_type, first.date.value, first.date.text) == ("ASSAULT", dt.date(2017, 1, 28), "Saturday")
    assert first.summary == "The shooting happened about 4 p.m. Saturday at an apartment complex."
    assert first.evidence[0].quote == first.summary and first.casualties and not second.casualties
    assert second.date.value == dt.date(2017, 1, 30)


def test_a_step_before_the_follow_up_step_is_no_original() -> None:
    text = ("Suspect to appear in court in teen's killing\n\n"
            "A man charged with murder in the shooting death of a 16-year-old is scheduled to appear in court Monday.\n\n"
            "He was arrested Thursday in Bessemer, police said.\n\n"
            "Kendrick Moss was shot shortly after midnight on Feb. 28 outside a home in Ensley, police said.")
    _, (first, *_) = _two_happenings(text, dt.datetime(2016, 3, 7), (2, "ASSAULT", dt.date(2016, 3, 7)),
                                     (3, "COERCE", dt.date(2016, 3, 3)))
    assert first.date.value == dt.date(2016, 2, 28) and first.casualties


def test_a_follow_up_dated_only_far_down_the_story_is_left_as_it_is() -> None:
    text = FOLLOW_UP.replace("The shooting happened about 4 p.m. Saturday at an apartment complex.",
                             "\n\n".join(f"Detectives interviewed witness number {n}." for n in range(1, 7))
                             + "\n\nOne of the men faces another charge for a shooting on Saturday.")
    document = analyse(Article.from_text(text, source="f.txt", published_at=dt.datetime(2017, 1, 31)))
    dates = {c.value.value: c.id for c in document.of_kind("date")}
    answer = grounded_prompt.answer_model(document).model_validate({"events": [
        {"s": 2, "type": "COERCE", "date": dates[dt.date(2017, 1, 30)], "place": None, "counts": []}]})
    assert [r.date.value for r in grounded.to_records(answer, document, provenance())] == [dt.date(2017, 1, 30)]


TRIPLE = ("Suspect arrested in triple shooting\n\n"
          "A man was charged in the shooting of three people in January, police said.\n\n"
          "He was taken into custody on Tuesday.\n\n"
          "Police said he shot three men on Jan. 27 in the 3400 block of Fifth Street.")


def test_a_day_the_model_chose_is_not_undone_by_a_month_in_the_evidence_sentence() -> None:
    document = analyse(Article.from_text(TRIPLE, source="t.txt", published_at=dt.datetime(2017, 3, 8)))
    dates = {c.value.value: c.id for c in document.of_kind("date")}
    answer = grounded_prompt.answer_model(document).model_validate({"events": [
        {"s": 2, "type": "ASSAULT", "date": dates[dt.date(2017, 1, 27)], "place": None, "counts": []}]})
    (record,) = grounded.to_records(answer, document, provenance())
    assert (record.date.value, record.date.precision) == (dt.date(2017, 1, 27), "day")


VIGIL = ("Man killed, two hurt in Dayton shooting\n\n"
         "DAYTON, Ohio — A man was shot and killed Saturday night on Salem Avenue, police said.\n\n"
         "Two others were wounded in the shooting.\n\n"
         "A vigil was held on Tuesday.")


def test_answers_about_one_happening_fold_once_their_dates_are_anchored() -> None:
    """The second answer takes the vigil's Tuesday for the shooting; anchored to the story's
    opening, both answers are Saturday's shooting, and their counts land on one record."""
    document = analyse(Article.from_text(VIGIL, source="v.txt", published_at=dt.datetime(2016, 7, 11)))
    dates = {c.value.value: c.id for c in document.of_kind("date")}
    counts = {c.value.kind: c.id for c in document.of_kind("count")}
    answer = grounded_prompt.answer_model(document).model_validate({"events": [
        {"s": 2, "type": "ASSAULT", "date": dates[dt.date(2016, 7, 9)], "place": None, "counts": [counts["killed"]]},
        {"s": 3, "type": "ASSAULT", "date": dates[dt.date(2016, 7, 5)], "place": None, "counts": [counts["injured"]]},
    ]})
    (record,) = grounded.to_records(answer, document, provenance())
    assert record.date.value == dt.date(2016, 7, 9)
    assert [c.kind for c in record.casualties] == ["killed", "injured"]


def test_streets_and_headline_verbs_are_not_offered_as_actors() -> None:
    text = ("Police Say Man Shot Near Store\n\n"
            "HOUSTON — A man was shot on South Lowe Avenue near Hospital Drive on Monday, Chief Art Acevedo said.")
    document = analyse(Article.from_text(text, source="s.txt", published_at=dt.datetime(2016, 7, 12)))
    assert [c.span.text for c in document.of_kind("actor")] == ["Chief Art Acevedo"]


def test_institutions_cars_and_parts_of_town_are_not_offered_as_actors() -> None:
    text = ("I'm Hoping It Ends\n\n"
            "A man was shot on the West Side and taken to Grady Memorial Hospital, Preble County Sheriff Mike "
            "Simpson said. Police found a silver Dodge Charger. Jo Ann Smith was arrested in East Liberty.")
    document = analyse(Article.from_text(text, source="s.txt", published_at=dt.datetime(2016, 7, 12)))
    assert [c.span.text for c in document.of_kind("actor")] == ["Jo Ann Smith"]
    text = ("Officer Shot In Face After Chase\n\n"
            "The Mission Falls complex manager and Happy Village tenants said Jo Ann Smith fired. Gladstone Subway "
            "workers hid.")
    document = analyse(Article.from_text(text, source="s.txt", published_at=dt.datetime(2016, 7, 12)))
    assert [c.span.text for c in document.of_kind("actor")] == ["Jo Ann Smith"]


def test_a_capital_the_story_places_in_another_country_is_no_actor() -> None:
    text = ("CINCINNATI — A man was fatally shot Thursday night, Hamilton police said. \"We have a person of "
            "interest,\" Hamilton police Sgt. Jim Williams said. Two shootings last week in Atlanta, Georgia, "
            "drew protests. The Kremlin said Moscow would respond.")
    document = analyse(Article.from_text(text, source="s.txt", published_at=dt.datetime(2016, 7, 12)))
    actors = {c.label for c in document.of_kind("actor")}
    assert "Bermuda" not in actors and "Georgia" not in actors  # Hamilton, Ohio; the state of Georgia
    assert "Russia" in actors  # the Kremlin, in Moscow, Russia


def test_a_byline_or_a_sites_tagline_is_not_offered_as_an_actor() -> None:
    text = ("Man shot in Gary\nDefence Redefined\nBy Jane Doe\nJohn Smith\n\n"
            "A man was shot Monday, Chief Art Acevedo said. John Smith was arrested.")
    document = analyse(Article.from_text(text, source="s.txt", published_at=dt.datetime(2016, 7, 12)))
    assert [c.span.text for c in document.of_kind("actor")] == ["Chief Art Acevedo", "John Smith"]
    assert document.of_kind("actor")[1].sentences == (6,)  # the sentence, not the line with the name alone


def test_a_story_dated_only_by_the_clock_is_offered_its_publication_day() -> None:
    text = ("4 shot in Pittsburgh\n\nPITTSBURGH — At approximately 10 p.m., 911 callers reported gun shots. "
            "Officers found four people shot.")
    document = analyse(Article.from_text(text, source="s.txt", published_at=dt.datetime(2016, 9, 18)))
    [date] = document.of_kind("date")
    assert date.label == '"10 p.m." = 2016-09-18 (publication day: no day is stated)'
    assert date.value.note and date.value.precision == "relative"
    # a story that names its day is dated by it, not by the clock
    named = analyse(Article.from_text(text.replace("At approximately 10 p.m.", "At 10 p.m. Saturday"),
                                      source="s.txt", published_at=dt.datetime(2016, 9, 18)))
    assert [c.label for c in named.of_kind("date")] == ['"Saturday" = 2016-09-17']
    undated = analyse(Article.from_text(text, source="s.txt"))
    assert undated.of_kind("date") == []  # no publication day to give it


def test_a_photo_credit_after_a_caption_is_not_a_story_sentence() -> None:
    text = ("Vigil held for girl\n\nDeputies were called to a shooting late Monday night, Dec. 22, 2014, on Gettysburg "
            "Road. (Aaron Max/Staff)\n\nA vigil was held on Tuesday.")
    document = analyse(Article.from_text(text, source="s.txt", published_at=dt.datetime(2014, 12, 23)))
    assert [s.span.text for s in document.sentences][-1] == "A vigil was held on Tuesday."
    assert not any("Staff" in s.span.text for s in document.sentences)


def test_a_teaser_for_another_story_counts_nobody_and_hides_no_victim() -> None:
    text = ("Gunfire on the west side\n\nCHICAGO — A 25-year-old man was shot in the hand Sunday, police said.\n\n"
            "RELATED: 3 killed, 9 wounded in weekend shootings across city\n\n"
            "RELATED: Teen shot dead in Austin, police say\n\nHe drove himself to a hospital.")
    document = analyse(Article.from_text(text, source="s.txt", published_at=dt.datetime(2016, 3, 7)))
    assert [c.label for c in document.candidates if c.kind == "count"] == ['injured 1 "A 25-year-old man" per police']


QUOTED = ("Two shot in Dayton\n\n"
          "DAYTON, Ohio — Two men were shot Saturday night on Salem Avenue, police said.\n\n"
          "\"We heard five shots,\" neighbour Ann Lee said.\n\n"
          "On Sunday police arrested a 19-year-old man in the shooting.\n\n"
          "\"He will be charged with assault,\" Sgt. Tom Ward said.")


def test_a_shorter_answer_leaves_time_and_quotes_to_the_code() -> None:
    shape = get_prompt("extract_events@v4").answer
    document = analyse(Article.from_text(QUOTED, source="t.txt", published_at=dt.datetime(2016, 7, 11)))
    model = grounded_prompt.answer_model(document, shape)
    with pytest.raises(ValidationError):  # neither field is asked for, so neither is admitted
        model.model_validate({"events": [{"s": 2, "type": "ASSAULT", "quotes": [3]}]})
    with pytest.raises(ValidationError):
        model.model_validate({"events": [{"s": n, "type": "ASSAULT"} for n in (1, 2, 4)]})
    assert "Times:" in grounded_prompt.render(document)[1] and "Times:" not in grounded_prompt.render(document, shape)[1]
    answer = model.model_validate({"events": [{"s": 2, "type": "ASSAULT"}, {"s": 4, "type": "COERCE"}]})
    shooting, arrest = grounded.to_records(answer, document, provenance())
    assert [s.speaker for s in shooting.statements] == ["Ann Lee"]  # the reaction after each report
    assert [s.quote[:6] for s in arrest.statements] == ['"He wi']


def test_a_smaller_sentence_budget_shows_less_of_the_article_and_admits_only_what_it_shows() -> None:
    text = ("Two shot in Dayton\n\n" + "DAYTON, Ohio — Two men were shot Saturday night on Salem Avenue, police said. "
            + "".join(f"\n\nNeighbour number {n} said the street had been quiet for years and nobody expected it."
                      for n in range(1, 9))
            + "\n\nOn Sunday a third man, 40, died of his wounds at a hospital in Columbus, where he had been taken "
              "after the shooting on Salem Avenue, his family said.")
    document = analyse(Article.from_text(text, source="t.txt", published_at=dt.datetime(2016, 7, 11)))
    wide, narrow = AnswerShape(), AnswerShape(sentence_chars=200)
    assert len(grounded_prompt.shown_sentences(document, narrow)) < len(grounded_prompt.shown_sentences(document, wide))
    assert "killed 1" in grounded_prompt.render(document, wide)[1]
    assert "killed 1" not in grounded_prompt.render(document, narrow)[1]  # its sentence, and so its count, left out
    last = grounded_prompt.shown_sentences(document, wide)[-1]
    grounded_prompt.answer_model(document, wide).model_validate({"events": [{"s": last, "type": "ASSAULT"}]})
    with pytest.raises(ValidationError):  # a sentence the model was not shown cannot be its evidence
        grounded_prompt.answer_model(document, narrow).model_validate({"events": [{"s": last, "type": "ASSAULT"}]})


def test_a_count_told_in_the_happenings_own_sentence_is_added_where_its_kind_is_missing() -> None:
    text = ("Shooting in Dayton\n\nOne man was killed and two women were wounded Saturday night on Salem Avenue.\n\n"
            "Police said three people were wounded in an unrelated shooting nearby.")
    document = analyse(Article.from_text(text, source="s.txt", published_at=dt.datetime(2016, 7, 11)))
    killed = [c.id for c in document.of_kind("count") if c.value.kind == "killed"]
    answer = grounded_prompt.answer_model(document).model_validate({"events": [
        {"s": 2, "type": "ASSAULT", "date": None, "place": None, "counts": killed}]})
    (record,) = grounded.to_records(answer, document, provenance())
    assert [(c.kind, c.best) for c in record.casualties] == [("killed", 1), ("injured", 2)]


def test_the_main_happening_given_a_death_and_no_hurt_gets_the_first_hurt_offered() -> None:
    text = ("Linden man killed in shooting\n\nA man was shot and killed early Sunday outside a bar, police said.\n\n"
            "Darnell Pryor, 29, died at the scene. A 26-year-old man was shot in the arm and is in stable condition.")
    document = analysed(text)
    killed = [c.id for c in document.of_kind("count") if c.value.kind == "killed"][:1]
    (main,) = records(document, {"s": 2, "type": "ASSAULT", "date": None, "place": None, "counts": killed})
    assert [(c.kind, c.best) for c in main.casualties] == [("killed", 1), ("injured", 1)]


def analysed(text: str) -> Document:
    """``text`` as a story published on Monday, 7 March 2016."""
    return analyse(Article.from_text(text, source="t.txt", published_at=dt.datetime(2016, 3, 7)))


def day_ids(document: Document) -> dict[dt.date, str]:
    return {c.value.value: c.id for c in document.of_kind("date")}


def scene(text: str, picked: str, s: int = 1) -> str | None:
    """The city of the record built when the model places a happening told in sentence ``s`` at the
    place candidate whose words (or city) are ``picked``."""
    document = analysed(text)
    place = next(c.id for c in document.of_kind("place") if picked in (c.span.text, c.value.city))
    record, *_ = records(document, {"s": s, "type": "ASSAULT", "date": None, "place": place, "counts": []})
    return record.location.city


def records(document: Document, *events: dict) -> list[EventRecord]:
    """The records built from a model answer listing ``events``."""
    answer = grounded_prompt.answer_model(document).model_validate({"events": list(events)})
    return grounded.to_records(answer, document, provenance())


def test_a_vigil_is_a_follow_up_of_the_killing_it_honours() -> None:
    text = ("Family and friends gathered Sunday for a vigil honoring a Toledo teen who was shot and killed last week.\n\n"
            "Jaylen Ross, 16, was killed Tuesday night while walking home from a basketball game.")
    document = analysed(text)
    dates, counts = day_ids(document), [c.id for c in document.of_kind("count")]
    first, second = records(
        document, {"s": 1, "type": "ASSAULT", "date": dates[dt.date(2016, 3, 6)], "place": None, "counts": counts},
        {"s": 2, "type": "ASSAULT", "date": dates[dt.date(2016, 3, 1)], "place": None, "counts": []})
    # the vigil's teen and Jaylen Ross: one person, told in two claims
    assert (first.date.value, [c.kind for c in first.casualties]) == (dt.date(2016, 3, 1), ["killed", "killed"])
    assert (second.date.value, second.casualties) == (dt.date(2016, 3, 6), [])


@pytest.mark.parametrize("opening", [
    "Classmates filled a church on Saturday to say goodbye to a teen who was shot and killed a week earlier.",
    "Hundreds paid their final respects on Saturday to a teen who was shot and killed a week earlier.",
    "A teen who was shot and killed outside a skating rink was buried on Saturday.",
])
def test_a_farewell_is_a_follow_up_of_the_killing(opening: str) -> None:
    document = analysed(opening + "\n\nThe teen was killed Tuesday night while walking home from a game.")
    dates, counts = day_ids(document), [c.id for c in document.of_kind("count")]
    first, second = records(
        document, {"s": 1, "type": "ASSAULT", "date": dates[dt.date(2016, 3, 5)], "place": None, "counts": counts},
        {"s": 2, "type": "ASSAULT", "date": dates[dt.date(2016, 3, 1)], "place": None, "counts": []})
    assert (first.date.value, [c.kind for c in first.casualties]) == (dt.date(2016, 3, 1), ["killed"])
    assert (second.date.value, second.casualties) == (dt.date(2016, 3, 5), [])


def test_an_aftermath_told_first_with_the_attack_s_counts_puts_the_attack_first() -> None:
    text = ("More than 200 people crowded into a church on Sunday afternoon for a community meeting on gun violence.\n\n"
            "The meeting was organized after two young men were killed Wednesday night in a drive-by shooting.")
    document = analysed(text)
    dates, counts = day_ids(document), [c.id for c in document.of_kind("count")]
    answer = ({"s": 1, "type": "CONSULT", "date": dates[dt.date(2016, 3, 6)], "place": None, "counts": counts},
              {"s": 2, "type": "ASSAULT", "date": dates[dt.date(2016, 3, 2)], "place": None, "counts": []})
    first, second = records(document, *answer)
    assert (first.date.value, [c.kind for c in first.casualties]) == (dt.date(2016, 3, 2), ["killed"])
    assert (second.date.value, second.casualties) == (dt.date(2016, 3, 6), [])
    # an agreement is a happening of its own, not an aftermath
    document = analysed("A ceasefire took effect on Sunday afternoon along the border.\n\n"
                        "It came after two soldiers were killed Wednesday night in shelling.")
    dates, counts = day_ids(document), [c.id for c in document.of_kind("count")]
    first, _ = records(document, {**answer[0], "type": "AGREE", "date": dates[dt.date(2016, 3, 6)], "counts": counts},
                       {**answer[1], "date": dates[dt.date(2016, 3, 2)]})
    assert first.date.value == dt.date(2016, 3, 6)


def test_a_plan_s_day_dates_no_happening_of_any_kind() -> None:
    text = ("A man pleaded not guilty Friday to a murder charge in the shooting death of a man at a gas station.\n\n"
            "The judge set a trial date of May 9 and ordered the defendant held without bond.\n\n"
            "Prosecutors say he shot the man three times after an argument around 11 p.m. on Feb. 29.")
    document = analysed(text)
    dates, counts = day_ids(document), [c.id for c in document.of_kind("count")]
    plan = next(c.id for c in document.of_kind("date") if c.span.text == "May 9")
    first, *_ = records(document, {"s": 2, "type": "COERCE", "date": plan, "place": None, "counts": counts},
                        {"s": 3, "type": "ASSAULT", "date": dates[dt.date(2016, 2, 29)], "place": None, "counts": []})
    assert first.date.value == dt.date(2016, 2, 29)


def test_a_death_from_earlier_wounds_and_naming_the_dead_are_follow_ups() -> None:
    for text, told in [
        ("A 19-year-old man died Sunday from injuries he suffered in a Feb. 27 shooting in Toledo, police said.", 6),
        ("Police on Monday identified the two men killed in a shooting at a party Saturday night.", 7),
        ("Friends gathered Sunday evening to remember a teenager who was shot and killed Friday night.", 6),
    ]:
        document = analysed(text)
        counts = [c.id for c in document.of_kind("count")]
        first, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": day_ids(document)[dt.date(2016, 3, told)],
                                       "place": None, "counts": counts})
        assert first.date.value < dt.date(2016, 3, 6) and [c.kind for c in first.casualties] == ["killed"] * len(counts)


def test_a_country_from_far_down_a_story_without_a_city_gives_way_to_the_evidence_sentence_place() -> None:
    text = ("Rebels in Darfur agreed to a truce on Monday, their leaders said.\n\nThe truce takes effect at noon.\n\n"
            "Aid groups welcomed it.\n\nOfficials in Chad said they had helped broker it.")
    document = analysed(text)
    places = {c.value.country: c.id for c in document.of_kind("place")}
    record, *_ = records(document, {"s": 1, "type": "AGREE", "date": None, "place": places["Chad"], "counts": []})
    assert (record.location.name, record.location.country) == ("Darfur", "Sudan")


def first_day(text: str, kind: str, picked: dt.date) -> dt.date | None:
    """The day of the first record built when the model dates a ``kind`` happening told in
    sentence 1 by the candidate for ``picked``."""
    document = analysed(text)
    record, *_ = records(document, {"s": 1, "type": kind, "date": day_ids(document)[picked], "place": None,
                                    "counts": []})
    return record.date.value


def test_a_day_given_only_for_a_statement_is_not_the_attacks_own() -> None:
    text = ("Two people were wounded in a shooting over the weekend, police said Monday.\n\n"
            "The shooting happened at about 12:45 a.m. Sunday outside a home on Garvin Street.")
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 7)) == dt.date(2016, 3, 6)
    # for an agreement, saying is the happening: its day stays
    assert first_day(text, "AGREE", dt.date(2016, 3, 7)) == dt.date(2016, 3, 7)


def test_a_court_appearance_is_a_follow_up() -> None:
    text = ("A man accused of killing his roommate appeared in court Monday.\n\n"
            "Police said Aaron Webb, 26, shot Michael Tran, 25, on the night of Feb. 29 at their apartment.")
    assert first_day(text, "COERCE", dt.date(2016, 3, 7)) == dt.date(2016, 2, 29)
    # the court named, the day between: the model may type the appearance as the attack
    text = ("Kenneth Pugh appeared Monday morning in Pulaski County District Court.\n\n"
            "Police said Pugh shot Anthony Reed, 30, on the night of Feb. 29 at a nightclub.")
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 7)) == dt.date(2016, 2, 29)


def test_a_day_given_for_a_news_conference_or_a_release_is_not_the_attacks_own() -> None:
    text = ("An Albuquerque police officer was shot in the shoulder during a traffic stop late Saturday.\n\n"
            "The officer is expected to recover, the chief said at a news conference early Sunday.")
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 6)) == dt.date(2016, 3, 5)
    text = ("A 7-year-old girl was shot by her brother at their home, the sheriff said at a briefing Wednesday.\n\n"
            "Deputies were called to the home shortly after 6 p.m. Tuesday.")
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 2)) == dt.date(2016, 3, 1)
    text = "Police on Sunday released video of two men they say shot and killed a 20-year-old on March 2."
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 6)) == dt.date(2016, 3, 2)


def test_an_attacks_own_sentence_dates_it_over_a_later_day_in_the_lede() -> None:
    text = ("A 4-year-old boy was seriously injured Friday evening when he accidentally shot himself.\n\n"
            "He was taken to a hospital and was in surgery Saturday, a spokeswoman said.")
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 5)) == dt.date(2016, 3, 4)
    # not an attack: the model's pick stands
    assert first_day(text, "AGREE", dt.date(2016, 3, 5)) == dt.date(2016, 3, 5)


def test_a_month_is_narrowed_to_the_one_day_the_story_gives_in_it() -> None:
    text = ("Police have charged a man in the shooting that killed a teenager last month in Gage Park.\n\n"
            "Darius Green, 16, was shot in the head Feb. 12 near 55th Street.")
    document = analysed(text)
    month = next(c.id for c in document.of_kind("date") if c.value.precision == "month")
    record, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": month, "place": None, "counts": []})
    assert (record.date.value, record.date.text) == (dt.date(2016, 2, 12), "Feb. 12")
    two_days = analysed(text + " A second teen was shot Feb. 20.")
    month = next(c.id for c in two_days.of_kind("date") if c.value.precision == "month")
    record, *_ = records(two_days, {"s": 1, "type": "ASSAULT", "date": month, "place": None, "counts": []})
    assert record.date.precision == "month"  # two days in it: which one is not for the code to guess


def test_a_charge_is_a_follow_up_dated_by_the_killing_it_charges() -> None:
    text = ("A man was charged Sunday with murder in the Feb. 27 shooting death of a man at a car wash.\n\n"
            "Police said Reed shot Lamar Jones after an argument. Reed turned himself in Saturday, police said.")
    document = analysed(text)
    days = day_ids(document)
    # the model lists the surrender first, and dates the shooting by its charge
    first, second = records(
        document, {"s": 3, "type": "COERCE", "date": days[dt.date(2016, 3, 5)], "place": None, "counts": []},
        {"s": 1, "type": "ASSAULT", "date": days[dt.date(2016, 3, 6)], "place": None, "counts": []})
    assert (first.event_type, first.date.value) == ("ASSAULT", dt.date(2016, 2, 27))
    assert (second.event_type, second.date.value) == ("COERCE", dt.date(2016, 3, 5))


def test_a_plea_or_a_death_dates_no_attack() -> None:
    text = ("A Savannah man pleaded guilty Friday to aggravated assault in the shooting of his brother on Feb. 14.\n\n"
            "He will be sentenced next month.")
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 4)) == dt.date(2016, 2, 14)
    text = ("Tanya Woods, 34, died Saturday at a hospital, five days after she was shot on Feb. 29 on Avenue F.\n\n"
            "A 38-year-old man was also shot.")
    assert dt.date(2016, 3, 5) not in day_ids(analysed(text))  # the day of the death is not offered at all
    assert first_day(text, "ASSAULT", dt.date(2016, 2, 29)) == dt.date(2016, 2, 29)
    # the story's only day stays, whatever it dates
    assert first_day("A man shot outside a bar died Saturday.", "ASSAULT", dt.date(2016, 3, 5)) == dt.date(2016, 3, 5)


@pytest.mark.parametrize(("text", "day"), [
    ("Officers found the bodies of a couple on Saturday afternoon at their home. A police spokesman said Monday that "
     "autopsy results indicate the shootings happened Thursday evening.", dt.date(2016, 3, 3)),
    # not a day a clause about somewhere else gives
    ("A man was found shot Saturday. The shooting happened a block from where a man was killed Friday.",
     dt.date(2016, 3, 5)),
    # not another incident's
    ("A man was shot Saturday. Police said the other shooting happened Friday.", dt.date(2016, 3, 5)),
])
def test_a_day_the_story_says_its_shooting_happened_on_dates_the_attack(text: str, day: dt.date) -> None:
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 5)) == day
    # told in a clause after its shooting
    text = ("A man who was shot outside a bar last month died Wednesday. Joe Doe, 41, had been hospitalized since the "
            "shooting, which happened about 1:50 a.m. Saturday, Feb. 20, in the parking lot.")
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 2)) == dt.date(2016, 2, 20)


@pytest.mark.parametrize(("text", "picked", "day"), [
    ("A man found dead inside a parked car Saturday morning had been shot late Thursday, the coroner's office said.",
     dt.date(2016, 3, 5), dt.date(2016, 3, 3)),
    ("An argument that started at a tavern Thursday night ended in gunfire early Friday morning, leaving one man dead.",
     dt.date(2016, 3, 3), dt.date(2016, 3, 4)),
    ("A man found dead in a vacant lot on Sunday morning was likely shot late Saturday night, police said.",
     dt.date(2016, 3, 6), dt.date(2016, 3, 5)),
    # not past the opening sentences, where another incident may be told
    ("A man was found dead Saturday. He had been missing. Police have no suspect. In another case, a woman was shot "
     "Thursday.", dt.date(2016, 3, 5), dt.date(2016, 3, 5)),
    # nor a day the model picked for the shot itself
    ("A man was shot Saturday and found dead Sunday. He had been shot late Saturday.", dt.date(2016, 3, 5),
     dt.date(2016, 3, 5)),
])
def test_the_day_the_opening_says_the_victim_was_shot_beats_the_day_he_was_found(
        text: str, picked: dt.date, day: dt.date) -> None:
    assert first_day(text, "ASSAULT", picked) == day


@pytest.mark.parametrize(("text", "picked", "day"), [
    # a court appearance
    ("A man accused of opening fire in a bar parking lot made his first appearance Monday before a judge.\n\n"
     "The shooting happened about 11:30 p.m. on Saturday, Feb. 27.", dt.date(2016, 3, 7), dt.date(2016, 2, 27)),
    # a plan
    ("Funeral services are set for Wednesday for a girl who accidentally shot herself.\n\n"
     "The shooting happened about 4:30 p.m. Thursday at a home on Ferris Avenue.", dt.date(2016, 3, 2), dt.date(2016, 3, 3)),
    # a memorial
    ("Family and friends released purple balloons Sunday evening in memory of a mother who died last week, two "
     "days after her ex-boyfriend shot her.\n\nShe was shot Tuesday, March 1, at her apartment.",
     dt.date(2016, 3, 6), dt.date(2016, 3, 1)),
    # a stamp with its clock time
    ("UPDATE (10:42 a.m., March 6): One of the people shot Friday night outside a home has died.",
     dt.date(2016, 3, 6), dt.date(2016, 3, 4)),
])
def test_a_court_appearance_a_plan_or_a_page_s_update_dates_no_attack(text: str, picked: dt.date, day: dt.date) -> None:
    assert first_day(text, "ASSAULT", picked) == day


def test_a_page_s_update_stamp_is_no_day_offered() -> None:
    document = analysed("Updated Sunday: A man was killed and three others were wounded Friday evening at a car wash.")
    assert [c.value.value for c in document.of_kind("date")] == [dt.date(2016, 3, 4)]  # type: ignore[union-attr]


def test_a_state_the_model_picks_gives_way_to_the_city_in_it_its_sentence_names() -> None:
    text = ("POCATELLO, Idaho (AP) - A man was sentenced Friday for the July 30, 2015, shooting death of a man.\n\n"
            "Prosecutors said he shot the victim outside a bar in Idaho Falls.")
    document = analysed(text)
    places = {c.value.level: c.id for c in document.of_kind("place") if c.value.admin1 == "Idaho"}
    record, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": None, "place": places["admin1"], "counts": []})
    assert (record.location.city, record.location.admin1) == ("Pocatello", "Idaho")
    # a city in another state is no more exact a name for this one
    text = "A man from Boise, Idaho was shot in Nevada on Friday."
    document = analysed(text)
    nevada = next(c.id for c in document.of_kind("place") if c.value.admin1 == "Nevada")
    record, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": None, "place": nevada, "counts": []})
    assert (record.location.city, record.location.admin1) == (None, "Nevada")


def test_a_state_the_model_picks_gives_way_to_the_town_the_opening_names_in_it() -> None:
    text = ("AMARILLO, Texas (AP) - A man was fatally shot early Sunday, authorities said.\n\n"
            "The shooting happened about 1 a.m. Sunday in Dumas, roughly 50 miles north of Amarillo.")
    document = analysed(text)
    texas = next(c.id for c in document.of_kind("place") if c.value.level == "admin1")
    record, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": None, "place": texas, "counts": []})
    assert (record.location.city, record.location.admin1) == ("Dumas", "Texas")


@pytest.mark.parametrize(("text", "city"), [
    ("DETROIT — A 27-year-old Detroit man is in custody in connection with a deadly shooting last week in nearby "
     "Inkster, police said Monday.", "Inkster"),
    ("BEND, Ore. — A 41-year-old man was hospitalized after being shot at a home in Sisters last Tuesday night.",
     "Sisters"),
    ("DALLAS (WFAA) — A Mesquite man is dead after a shooting at a Garland apartment complex Saturday night.",
     "Garland"),
    ("NEW ORLEANS — Two brothers were wounded Saturday in a shooting in the parking lot of a Metairie shopping "
     "center, the sheriff's office said.", "Metairie"),
    ("TAMPA — Investigators identified the man who was shot and killed after he broke into a Brandon home.",
     "Brandon"),
    ("FORT WORTH — A man shot in a Haltom City bar parking lot early Saturday died that afternoon at a Fort Worth "
     "hospital, Haltom City police said.", "Haltom City"),
    # a town named only as where a victim was treated is no scene
    ("DALLAS — A Dallas man shot early Saturday died that afternoon at a Plano hospital.", "Dallas"),
    ("PITTSBURGH — A Plum man shot his estranged wife in the kitchen of her Penn Hills home Thursday evening, then "
     "turned the gun on himself, Penn Hills police said.", "Penn Hills"),
    # a town whose own police investigate, after a dateline with its agency tag
    ("LAFAYETTE, La. (KATC) - Opelousas police are still looking for a gunman after a shooting outside a "
     "nightclub early Sunday.", "Opelousas"),
    # across a state line, where the story gives the town its own state
    ("CINCINNATI (WCPO) -- A Dayton, Ohio, man was wounded Friday when someone fired into his car on Interstate 75 "
     "in Florence, Kentucky, police said.", "Florence"),
    # across a state line the sentence names
    ("MEMPHIS, Tenn. - A man and a woman were shot Saturday afternoon in a shopping center parking lot in "
     "Southaven, just across the state line in DeSoto County, Mississippi.", "Southaven"),
    # a station's tag with a slash; a town "just outside" the dateline's city; a town's police who said so
    ("PHOENIX (KPHO/KTVK) — Two men were wounded Saturday night in a shooting at an apartment complex in Mesa, "
     "police said.", "Mesa"),
    ("PHILADELPHIA (AP) — Two men were found shot to death inside a parked car in Chester, just outside "
     "Philadelphia, authorities said.", "Chester"),
    ("ATLANTA — A Cobb County man shot and killed his estranged wife Wednesday morning, Marietta police said.",
     "Marietta"),
    ("BIRMINGHAM, Ala. — A man was shot and killed Monday night on a Bessemer street, police said.", "Bessemer"),
    # the town whose police came, in the second sentence, where the first names no town
    ("CLEVELAND — A 17-year-old boy was shot Thursday afternoon.\n\nEuclid police said officers were sent to the "
     "22100 block of Lake Shore Boulevard.", "Euclid"),
    # outside a town's bar; the Town of; a town of residence that the second sentence places it in
    ("TOWSON, Md. — Police are investigating a shooting outside an Essex bar early Saturday that left one man "
     "dead.", "Essex"),
    ("CATSKILL, N.Y. — State Police charged a Durham man in the shooting death of his brother-in-law Friday evening in "
     "the Town of Cairo.", "Cairo"),
    ("NORRISTOWN, Pa. — A Cheltenham Township man who shot his estranged wife Wednesday night was killed minutes later, "
     "the district attorney said.\n\nHe forced his way into the home on Washington Lane in Cheltenham about "
     "8:55 p.m.", "Cheltenham"),
    # the dateline's city is the scene where the first sentence says so, or names no other town there
    ("HOUSTON — A man was shot in southwest Houston on Saturday, a week after a shooting in Pasadena.", "Houston"),
    ("FLORISSANT, Mo. (AP) — Police in the St. Louis suburb of Florissant say two men were wounded in a shooting "
     "late Friday. Both men were taken to hospitals in St. Louis.", "Florissant"),
    ("DETROIT — A man was shot and killed Saturday, police said. His family moved from Inkster last year.",
     "Detroit"),
])
def test_the_dateline_s_city_gives_way_to_the_town_the_first_sentence_places_it_in(text: str, city: str) -> None:
    document = analysed(text)
    dateline = next(c.id for c in document.of_kind("place") if c.span.start == 0)
    record, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": None, "place": dateline, "counts": []})
    assert record.location.city == city


@pytest.mark.parametrize("update", [
    "UPDATE (10:42 a.m.): One of the people shot Sunday night has died.",
    "UPDATE: Mesa police say one of the people shot Sunday night has died.",  # the town named above too
])
def test_the_dateline_below_an_update_line_gives_way_to_the_town_its_sentence_places_it_in(update: str) -> None:
    text = f"{update}\n\nPHOENIX (KPHO/KTVK) — Three people were shot Sunday night in Mesa."
    assert scene(text, "Phoenix", s=2) == "Mesa"


@pytest.mark.parametrize(("text", "city"), [
    # a headline that names the dateline's city first
    ("Chase out of Detroit ends with troopers shooting driver in Warren\n\nDETROIT (WJBK) - A man who led "
     "troopers on a chase out of east Detroit was shot Tuesday night on a side street in Warren, police said.",
     "Warren"),
    # a first sentence that names only the county; the second says where it happened
    ("ST. LOUIS (KSDK) -- A party ended in gunfire early Sunday in north St. Louis County, killing a man.\n\n"
     "The shooting happened around 12:30 a.m. at a rented hall in Ferguson.", "Ferguson"),
    ("OLEAN, N.Y. -- A man was killed Saturday when his nephew accidentally shot him during a deer hunt.\n\n"
     "Troopers responded to private land off a county road in the town of Salamanca.", "Salamanca"),
    # ... but not a town the second names only for its hospital
    ("OLEAN, N.Y. -- A man was killed Saturday when his nephew accidentally shot him during a deer hunt.\n\n"
     "Troopers responded and took him to a hospital in Salamanca.", "Olean"),
])
def test_the_dateline_s_city_gives_way_to_the_town_a_headline_or_second_sentence_places_it_in(
        text: str, city: str) -> None:
    dateline = "Detroit" if "Detroit" in text else "St. Louis" if "Louis" in text else "Olean"
    assert scene(text, dateline, s=2 if "Detroit" in text else 1) == city


def test_the_dateline_s_town_named_again_in_its_sentence_stays_the_scene() -> None:
    text = ("Posted: Feb 28, 2016 8:14 AM EST\n\nLITHONIA, Ga. (WGCL) - DeKalb County police are searching for "
            "whoever shot a man found in his car near Lithonia on Feb. 27. Investigators searched the roads toward "
            "Stone Mountain.")
    assert scene(text, "LITHONIA") == "Lithonia"


@pytest.mark.parametrize(("text", "city"), [
    ("A Mesquite man was killed early Sunday in Garland, police said.\n\nMesquite police said he had no record.",
     "Garland"),
    ("GARLAND, Texas - A Mesquite man was shot Friday night in Garland, police said.\n\nMesquite police said he had "
     "no record.", "Garland"),  # the dateline's town, named again where it happened
    # where the town of the home is also named as the scene, or the other town only as where he was treated
    ("A Mesquite man was shot early Sunday in Mesquite, a week after a shooting in Garland.", "Mesquite"),
    ("A Mesquite man was shot early Sunday and died at a Garland hospital.\n\nMesquite police said he had no "
     "record.", "Mesquite"),
])
def test_a_town_the_first_sentence_names_only_as_a_home_gives_way_to_the_town_it_happened_in(
        text: str, city: str) -> None:
    assert scene(text, "Mesquite") == city
    # a place the gazetteer finds only in another state (Ensley, Florida) is the town's own neighbourhood
    text = ("A Birmingham man is charged with murder after a shootout at an Ensley apartment complex Friday night, "
            "police said.\n\nBirmingham police said officers responded about 10:20 p.m.\n\nHollins was taken to UAB "
            "Hospital. He will be booked into the Jefferson County Jail, police said.")
    assert scene(text, "Birmingham") == "Birmingham"


def test_the_dateline_s_city_gives_way_where_it_stood_in_for_a_later_sentence_s_place() -> None:
    document = analysed("CROWN POINT, Ind. — A Gary man was in jail Monday, accused of opening fire in a parking lot "
                        "in Merrillville late Friday.\n\nHe was arrested Sunday, Merrillville police said.\n\n"
                        "No one else was hurt.\n\nA cousin of the man killed lives in Hammond.")
    later = next(c.id for c in document.of_kind("place") if min(c.sentences) == 4)
    record, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": None, "place": later, "counts": []})
    assert record.location.city == "Merrillville"


def test_a_day_given_only_for_a_victim_s_condition_is_not_the_attack_s() -> None:
    text = ("A 4-year-old boy was fighting for his life Monday after accidentally shooting himself with a handgun he "
            "found inside his family's apartment Sunday afternoon, police said.")
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 7)) == dt.date(2016, 3, 6)
    # a condition's day alone still dates it
    assert first_day("A man was in critical condition Sunday after he was shot.", "ASSAULT",
                     dt.date(2016, 3, 6)) == dt.date(2016, 3, 6)


def test_a_day_in_jail_or_custody_is_not_the_attack_s() -> None:
    text = ("A Gary man was in the Lake County Jail on Monday, accused of opening fire in a restaurant parking lot in "
            "Merrillville late Friday, killing a man and wounding two other people.")
    assert first_day(text, "ASSAULT", dt.date(2016, 3, 7)) == dt.date(2016, 3, 4)


def test_the_happening_s_own_count_of_a_kind_it_was_given_only_from_later_sentences() -> None:
    document = analysed("A man opened fire in a restaurant parking lot late Friday, killing a man and wounding two "
                        "other people.\n\nA woman was shot in the back.\n\nA man was shot in the hand.")
    later = [c.id for c in document.of_kind("count") if 1 not in c.sentences]
    record, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": None, "place": None, "counts": later})
    assert ("injured", 2) in [(c.kind, c.best) for c in record.casualties]


def test_a_state_is_read_in_its_own_time_zone_not_its_countrys() -> None:
    document = analysed("A man was shot about 9 p.m. Friday in Idaho, state police said.")
    idaho = next(c.id for c in document.of_kind("place") if c.value.admin1 == "Idaho")
    record, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": None, "place": idaho, "counts": []})
    assert record.location.timezone == "America/Boise"  # was New York's, the country's primary zone
    assert record.time.timezone == "America/Boise"


def test_a_birthday_is_offered_as_no_day_of_the_story() -> None:
    text = ("The shooting happened about 9:30 p.m. on Feb. 29 at a birthday party for a woman born on Feb. 29, 1976, "
            "deputies said.")
    document = analyse(Article.from_text(text, source="b.txt", published_at=dt.datetime(2016, 3, 7)))
    assert [c.label for c in document.candidates if c.kind == "date"] == ['"Feb. 29" = 2016-02-29 (Monday)']


def test_one_told_as_also_hit_next_to_the_counted_dead_is_on_the_record() -> None:
    """The model listed the dead man only; the man "also shot" in the next sentence is the same happening's."""
    text = ("Father killed in gas station shooting\n\n"
            "INDIANAPOLIS — Anthony Reeves, 36, was shot and killed late Wednesday at a gas station, police said. "
            "A 52-year-old man who was pumping gas nearby was also shot. He is expected to recover.\n\n"
            "The department has investigated more than 150 homicides so far in 2022.")
    document = analyse(Article.from_text(text, source="t.txt", published_at=dt.datetime(2022, 9, 17)))
    killed = next(c.id for c in document.of_kind("count") if c.value.kind == "killed")
    answer = grounded_prompt.answer_model(document).model_validate({"events": [
        {"s": 2, "type": "ASSAULT", "date": None, "place": None, "counts": [killed]}]})
    (record,) = grounded.to_records(answer, document, provenance())
    assert sorted((c.kind, c.best) for c in record.casualties) == [("injured", 1), ("killed", 1)]


def test_a_state_the_model_picks_gives_way_to_its_town_past_a_dateline_across_the_state_line() -> None:
    text = ("Driver shot on I-75 in Northern Kentucky\n\n"
            "CINCINNATI (WCPO) -- A woman was shot Friday afternoon while driving on Interstate 75 near Florence in "
            "what Kentucky State Police are calling a road-rage incident.")
    document = analysed(text)
    kentucky = next(c.id for c in document.of_kind("place") if c.value.level == "admin1")
    record, *_ = records(document, {"s": 1, "type": "ASSAULT", "date": None, "place": kentucky, "counts": []})
    assert (record.location.city, record.location.admin1) == ("Florence", "Kentucky")
