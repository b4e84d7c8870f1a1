"""Date phrases, in-text date mentions and publication headers."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from summarizer.rules import find_dates, parse_published_header, resolve_date_phrase

SEEDS = Path(__file__).parent.parent / "seeds"
PUBLISHED = date(2023, 9, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("phrase", "value", "precision", "weekday"),
    [
        ("on Wednesday", date(2023, 9, 20), "weekday", 2),
        ("Wednesday evening", date(2023, 9, 20), "weekday", 2),
        ("Tuesday's offensive", date(2023, 9, 19), "weekday", 1),
        ("Tuesday’s offensive", date(2023, 9, 19), "weekday", 1),
        ("on Thursday", date(2023, 9, 21), "weekday", 3),
        ("last Wednesday", date(2023, 9, 13), "weekday", 2),
        ("next Monday", date(2023, 9, 25), "weekday", 0),
        ("yesterday", date(2023, 9, 19), "relative", 1),
        ("yesterday, Tuesday", date(2023, 9, 19), "relative", 1),
        ("today", date(2023, 9, 20), "relative", 2),
        ("late this afternoon", date(2023, 9, 20), "relative", 2),
        ("tomorrow", date(2023, 9, 21), "relative", 3),
        ("three days ago", date(2023, 9, 17), "relative", 6),
        ("20 September 2023", date(2023, 9, 20), "day", 2),
        ("Sept. 20", date(2023, 9, 20), "day", 2),
        ("Wednesday night, Sept. 20", date(2023, 9, 20), "day", 2),
        ("Tuesday morning, 19 September", date(2023, 9, 19), "day", 1),
        ("September 20, 2023", date(2023, 9, 20), "day", 2),
        ("9 November 2020", date(2020, 11, 9), "day", 0),
        ("2023-09-20", date(2023, 9, 20), "day", 2),
        ("20/09/2023", date(2023, 9, 20), "day", 2),
        ("09/20/2023", date(2023, 9, 20), "day", 2),
        ("September 2023", date(2023, 9, 1), "month", None),
        ("in December 2022", date(2022, 12, 1), "month", None),
        ("in December", date(2022, 12, 1), "month", None),
        ("in 2020", date(2020, 1, 1), "year", None),
        ("last year", date(2022, 1, 1), "year", None),
    ],
)
def test_resolve_date_phrase(phrase: str, value: date, precision: str, weekday: int | None) -> None:
    mention = resolve_date_phrase(phrase, PUBLISHED)
    assert mention is not None
    assert (mention.value, mention.precision, mention.resolved, mention.weekday) == (value, precision, True, weekday)


@pytest.mark.parametrize(
    ("prefer", "expected"),
    [("past", date(2023, 9, 14)), ("future", date(2023, 9, 21)), ("nearest", date(2023, 9, 21))],
)
def test_weekday_preference(prefer: str, expected: date) -> None:
    mention = resolve_date_phrase("on Thursday", PUBLISHED, prefer=prefer)
    assert mention is not None and mention.value == expected


def test_weekday_tie_goes_to_past() -> None:
    # Published on a Sunday: Thursday is 3 days back or 4 ahead; Wednesday 4 back or 3 ahead.
    sunday = date(2023, 9, 24)
    thursday = resolve_date_phrase("Thursday", sunday)
    assert thursday is not None and thursday.value == date(2023, 9, 21)
    wednesday = resolve_date_phrase("Wednesday", sunday)
    assert wednesday is not None and wednesday.value == date(2023, 9, 27)


def test_a_weekday_before_a_number_that_is_no_day_of_a_month() -> None:
    sunday = date(2016, 9, 18)
    for text in ("On Saturday, 10 people were shot.", "Police responded Saturday, 911 callers said."):
        assert [m.value for m in find_dates(text, sunday, prefer="past")] == [date(2016, 9, 17)]
    # a weekday before a day and month is one date with them
    assert [m.span.text for m in find_dates("on Saturday, 17 September", sunday)] == ["Saturday, 17 September"]


def test_a_weekday_in_a_future_tense_clause_is_ahead() -> None:
    friday = date(2015, 6, 26)
    ahead = find_dates("The agency is expected to release more information on Wednesday.", friday, prefer="past")
    assert [m.value for m in ahead] == [date(2015, 7, 1)]
    assert [m.value for m in find_dates("He will appear in court Monday.", friday, prefer="past")] == [date(2015, 6, 29)]
    # the future tense of another clause does not reach it
    mixed = find_dates("The man, who will be arraigned Monday, was shot Saturday.", friday, prefer="past")
    assert [m.value for m in mixed] == [date(2015, 6, 29), date(2015, 6, 20)]
    assert [m.value for m in find_dates("A man was shot Wednesday.", friday, prefer="past")] == [date(2015, 6, 24)]
    # a vigil planned for an hour of a day: "p.m." ends no clause
    vigil = find_dates("A vigil for Tinsley is planned for 7 p.m. Wednesday at the courts.", friday, prefer="past")
    assert [m.value for m in vigil] == [date(2015, 7, 1)]


def test_inconsistent_weekday_is_noted() -> None:
    mention = resolve_date_phrase("yesterday, Monday", PUBLISHED)
    assert mention is not None
    assert mention.value == date(2023, 9, 19)
    assert mention.weekday == 0
    assert mention.note is not None and "Monday" in mention.note


def test_a_recent_weekday_beats_a_day_number_one_off() -> None:
    tuesday = date(2016, 11, 15)
    [slip] = find_dates("Ava was shot on Monday, Nov. 15.", tuesday, prefer="past")
    assert slip.value == date(2016, 11, 14) and slip.note is not None and "Monday" in slip.note
    # further off, or long before publication, the calendar date stands (noted)
    [far] = find_dates("Ava was shot on Monday, Nov. 17.", tuesday, prefer="past")
    assert far.value == date(2016, 11, 17) and far.note is not None
    [old] = find_dates("Ava was shot on Monday, Nov. 15.", date(2016, 12, 20), prefer="past")
    assert old.value == date(2016, 11, 15)


def test_relative_without_publication_date_is_unresolved() -> None:
    mention = resolve_date_phrase("on Wednesday", None)
    assert mention is not None
    assert (mention.value, mention.resolved, mention.precision, mention.weekday) == (None, False, "weekday", 2)
    relative = resolve_date_phrase("yesterday, Tuesday", None)
    assert relative is not None
    assert (relative.value, relative.resolved, relative.precision, relative.weekday) == (None, False, "relative", 1)


def test_a_house_number_is_no_year() -> None:
    found = find_dates("Two men were shot in the 2000 block of Main Street on March 19.", PUBLISHED)
    assert [m.span.text for m in found] == ["March 19"]
    assert find_dates("He lived at 1925 N. Elm Street.", PUBLISHED) == []
    assert [m.span.text for m in find_dates("In 2015 Chicago saw 400 homicides.", PUBLISHED)] == ["2015"]


@pytest.mark.parametrize("phrase", ["Sundays", "Tuesday-Wednesday", "Wednesdayish", "the 31 February 2023", "nothing"])
def test_non_dates(phrase: str) -> None:
    mention = resolve_date_phrase(phrase, PUBLISHED)
    assert mention is None or mention.precision == "day" and mention.value is None


def test_find_dates_seed_000() -> None:
    text = (SEEDS / "000_d2d2eb034c79192f.txt").read_text(encoding="utf-8")
    published = parse_published_header(text)
    assert published == datetime(2023, 9, 20, 11, 35)
    mentions = find_dates(text, published.date())
    texts = [m.span.text for m in mentions]
    assert "yesterday, Tuesday" in texts
    assert texts.count("Thursday") == 2
    assert {m.value for m in mentions if m.span.text == "Thursday"} == {date(2023, 9, 21)}
    for m in mentions:
        assert text[m.span.start:m.span.end] == m.span.text


def test_find_dates_spans_in_sentence() -> None:
    sentence = "The conflict ended on 9 November 2020 and talks are due on Thursday in Yevlakh."
    mentions = find_dates(sentence, PUBLISHED)
    assert [(m.span.text, m.value) for m in mentions] == [
        ("9 November 2020", date(2020, 11, 9)),
        ("Thursday", date(2023, 9, 21)),
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Title\nSite\nPublished on 20/09/2023 at 11:35\n\nBody.", datetime(2023, 9, 20, 11, 35)),
        ("Published: 2023-09-20\nBody text.", datetime(2023, 9, 20)),
        ("Headline here\nSeptember 20, 2023\nBody text.", datetime(2023, 9, 20)),
        ("Headline\nBy Jane Doe | Sept. 20, 2023 2:15 pm\nBody.", datetime(2023, 9, 20, 14, 15)),
        ("Updated 09/20/2023 08:00\nBody.", datetime(2023, 9, 20, 8, 0)),
        # after a label the date may come later in the line
        ("Headline\nPOSTED: 1052 GMT (1852 HKT), April 10, 2007\nBody.", datetime(2007, 4, 10)),
        ("Headline\nPublished on: 11 November 2011-11:25am\nBody.", datetime(2011, 11, 11, 11, 25)),
        ("The war ended on 9 November 2020 after 44 days of fighting in the region.\nMore.", None),
        ("No date at all\nJust text.", None),
    ],
)
def test_parse_published_header(header: str, expected: datetime | None) -> None:
    assert parse_published_header(header) == expected


def test_seeds_without_header_have_no_publication_date() -> None:
    for name in ("001_f57797828b104370.txt", "002_ba3696da157a7910.txt", "004_f7ec8941e1205091.txt"):
        assert parse_published_header((SEEDS / name).read_text(encoding="utf-8")) is None


def test_a_holiday_names_a_day() -> None:
    from summarizer.rules.holidays import find_holidays

    published = date(2016, 7, 6)
    found = find_dates("He was shot on the Fourth of July.", published, prefer="past")
    assert [(m.span.text, m.value, m.precision) for m in found] == [("Fourth of July", date(2016, 7, 4), "day")]
    # the occurrence nearest publication: last year's Christmas Eve in a January story
    assert [m.value for m in find_holidays("killed on Christmas Eve", date(2017, 1, 2))] == [date(2016, 12, 24)]
    # computed holidays: the last Monday of May, the fourth Thursday of November, Easter
    assert [m.value for m in find_holidays("on Memorial Day", date(2016, 6, 1))] == [date(2016, 5, 30)]
    assert [m.value for m in find_holidays("on Thanksgiving night", date(2016, 11, 26))] == [date(2016, 11, 24)]
    assert [m.value for m in find_holidays("on Easter", date(2016, 3, 29))] == [date(2016, 3, 27)]
    assert [m.span.text for m in find_holidays("shot on Mother’s Day", date(2016, 5, 9))] == ["Mother’s Day"]
    # context, not the day: only a holiday after "on" is read, and not a holiday weekend
    assert find_holidays("a Mother’s Day shooting", date(2016, 5, 9)) == []
    assert find_holidays("He wanted to be home for Christmas Eve.", date(2016, 12, 26)) == []
    assert find_holidays("on Labor Day weekend", date(2016, 9, 6)) == []
    assert find_holidays("on Christmas Eve", None)[0].value is None
    # ... and a holiday's name used as context says no month either: the weekday dates it
    found = find_dates("gunfire erupted at a Fourth of July gathering late Monday", published, prefer="past")
    assert [(m.span.text, m.precision) for m in found] == [("Monday", "weekday")]


def test_a_numeric_date_reads_month_first_where_that_is_the_past_day_nearer_publication() -> None:
    published = date(2016, 3, 7)
    assert [m.value for m in find_dates("On 3/5/2016, officers responded.", published)] == [date(2016, 3, 5)]
    assert [m.value for m in find_dates("On 03/05/16, officers responded.", published)] == [date(2016, 3, 5)]
    # day-first where month-first is impossible, or is after publication
    assert [m.value for m in find_dates("On 20/02/2016 ...", published)] == [date(2016, 2, 20)]
    assert [m.value for m in find_dates("On 2/3/2016 ...", published)] == [date(2016, 3, 2)]


def test_a_month_and_day_after_on_without_a_year() -> None:
    published = date(2016, 3, 25)
    assert [m.value for m in find_dates("The shooting happened on 3/23 at about 9 p.m.", published, prefer="past")] == [
        date(2016, 3, 23)]
    # a fraction or a score is no date
    assert find_dates("He made 3/4 of his shots; a vote on 3/4 of the bill.", published) == []


def test_a_day_without_a_year_points_back_unless_it_is_a_month_away() -> None:
    published = date(2016, 3, 7)
    assert [m.value for m in find_dates("He was shot on Sept. 5.", published, prefer="past")] == [date(2015, 9, 5)]
    assert [m.value for m in find_dates("The trial begins March 10.", published, prefer="past")] == [date(2016, 3, 10)]
    assert [m.value for m in find_dates("He was shot on Sept. 5.", published)] == [date(2016, 9, 5)]  # nearest


def test_an_abbreviated_weekday_before_a_part_of_the_day() -> None:
    published = date(2016, 3, 7)  # a Monday
    assert [(m.span.text, m.value) for m in find_dates("He was shot Tues. night.", published, prefer="past")] == [
        ("Tues", date(2016, 3, 1))]
    assert find_dates("The Sun. Police said", published) == []


def test_a_rough_number_of_days_ago_is_no_day() -> None:
    monday = date(2016, 3, 7)
    [rough] = find_dates("He was shot more than a week ago.", monday)
    assert rough.value is None and not rough.resolved
    assert [m.value for m in find_dates("He was shot a week ago.", monday)] == [date(2016, 2, 29)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two cousins were shot to death Feb. 27. Both died shortly after 10:30 p.m. that Saturday.", date(2016, 2, 27)),
        ("charged in a Feb. 27 shooting. He fired later that Saturday night, police said.", date(2016, 2, 27)),
        ("charged in a Feb. 27 shooting. He fired that Saturday night, police said.", date(2016, 2, 27)),
        # no Saturday told before: the week window stands
        ("charged in a Feb. 26 shooting. He fired later that Saturday, police said.", date(2016, 3, 5)),
        # "that" as a conjunction
        ("Feb. 27 was busy. He said that Saturday was quiet.", date(2016, 3, 5)),
    ],
)
def test_that_weekday_points_back_to_the_day_told_before(text: str, value: date) -> None:
    weekday = next(m for m in find_dates(text, date(2016, 3, 7), prefer="past") if m.precision == "weekday")
    assert weekday.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A man who fired at an officer during a traffic stop Monday night was shot. The stop happened at about "
         "9:30 p.m. Monday, Feb. 29.", date(2016, 2, 29)),
        # a court step is often the story's own day
        ("Smith appeared in court Monday. The shooting happened Monday, Feb. 29.", date(2016, 3, 7)),
        # only the week before: "since Monday, Feb. 22" is another Monday
        ("A man was shot Monday night. It was the third shooting since Monday, Feb. 22.", date(2016, 3, 7)),
        # a death told on an earlier day in its sentence
        ("A woman who was shot Monday evening at a bus stop died Wednesday, the prosecutor said.", date(2016, 2, 29)),
        ("Police said Monday that a man died Wednesday.", date(2016, 3, 7)),
        ("Prosecutors on Monday added a murder count for a neighbor he shot, who died Sunday.", date(2016, 3, 7)),
    ],
)
def test_the_publication_weekday_is_the_week_before_where_the_text_dates_it_so(text: str, value: date) -> None:
    bare = next(m for m in find_dates(text, date(2016, 3, 7), prefer="past") if m.precision == "weekday")
    assert bare.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A man shot his former girlfriend Sunday night, police said. Officers responded around 8:45 p.m. Feb. 28 "
         "to a home on East Butler Avenue.", date(2016, 2, 28)),
        ("Three people were shot early Sunday, police said. Officers were called about 2:20 a.m. on Feb. 28.",
         date(2016, 2, 28)),
        # a date without its hour is as likely another day told for context
        ("A man was shot Sunday night. It was the second shooting on the block since Feb. 28.", date(2016, 3, 6)),
        # a clocked date two weeks before is another Sunday's
        ("A man was shot Sunday night. A woman was shot there about 9 p.m. Feb. 21.", date(2016, 3, 6)),
    ],
)
def test_a_weekday_is_the_week_before_where_the_text_times_that_day_by_the_clock(text: str, value: date) -> None:
    bare = next(m for m in find_dates(text, date(2016, 3, 7), prefer="past") if m.precision == "weekday")
    assert bare.value == value


def test_a_day_of_the_month_alone_is_the_last_such_day_before_publication() -> None:
    friday = date(2017, 7, 21)
    night = find_dates("The shooting happened about 10:20 p.m. on the night of the 14th in the parking lot.", friday,
                       prefer="past")
    assert [(m.span.text, m.value, m.precision) for m in night] == [("the 14th", date(2017, 7, 14), "day")]
    assert [m.value for m in find_dates("It happened on the 30th, police said.", friday, prefer="past")] == [
        date(2017, 6, 30)]
    assert find_dates("He lives on the 14th floor.", friday, prefer="past") == []
