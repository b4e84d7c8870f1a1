"""A shooting's day counted back from a later one (summarizer.rules.days_after)."""

from __future__ import annotations

from datetime import date

from summarizer.rules import find_dates
from summarizer.rules.days_after import counted_back

PUBLISHED = date(2016, 3, 7)  # a Monday


def back(text: str) -> list[tuple[str, date | None]]:
    return [(m.span.text, m.value) for m in counted_back(text, find_dates(text, PUBLISHED, prefer="past"))]


def test_a_death_a_day_or_more_after_the_shooting_dates_the_shooting() -> None:
    assert back("A man died Sunday, a day after he was shot outside a bar.") == [
        ("Sunday, a day after he was shot", date(2016, 3, 5))]
    assert back("The teen died March 4, two days after being shot.") == [
        ("March 4, two days after being shot", date(2016, 3, 2))]
    assert back("He was pronounced dead Saturday, three days after the shooting.") == [
        ("Saturday, three days after the shooting", date(2016, 3, 2))]


def test_no_day_before_the_phrase_or_another_happening_counts_nothing() -> None:
    assert back("A day after he was shot, the man died.") == []
    assert back("Police arrested a man Sunday, a day after the funeral.") == []
    assert back("He died Sunday. It came a day after he was shot.") == []


def test_the_one_shot_may_be_told_by_a_noun_phrase() -> None:
    assert back("Neighbors marched Wednesday evening, four days after a 7-year-old girl was shot.") == [
        ("Wednesday evening, four days after a 7-year-old girl was shot", date(2016, 2, 27))]


def test_a_vigil_a_day_or_more_after_a_named_victim_was_shot_dates_the_shooting() -> None:
    assert back("Candles lined the sidewalk on Sunday evening, two days after 19-year-old Marcus T. Hill was shot "
                "and killed in the parking lot.") == [
        ("Sunday evening, two days after 19-year-old Marcus T. Hill was shot", date(2016, 3, 4))]
    assert back("Friends gathered Saturday, a day after Dana Price was shot.") == [
        ("Saturday, a day after Dana Price was shot", date(2016, 3, 4))]
