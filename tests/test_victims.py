"""Casualty candidates without numerals, and "N shot, M killed" splits (summarizer.rules.victims)."""

from summarizer.ingest.document import _counts
from summarizer.rules.casualties import find_casualties


def counts(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.kind, m.number.count.best, m.number.span.text) for m in _counts(find_casualties(text, None), text)]


def test_one_victim_clauses() -> None:
    assert counts("A man was shot and killed Saturday.") == [("killed", 1, "A man")]
    assert counts("Police said a 17-year-old was shot in the leg.") == [("injured", 1, "a 17-year-old")]
    assert counts("Teen fatally shot in SW Houston") == [("killed", 1, "Teen")]


def test_a_pair_is_two_victims() -> None:
    assert counts("A man and his daughter were found dead in Hardin County.") == [
        ("killed", 2, "A man and his daughter")]


def test_shot_minus_killed_is_injured() -> None:
    assert counts("5 shot, 1 killed on Auburn Avenue.") == [("injured", 4, "5"), ("killed", 1, "1")]


def test_ages_and_negations_are_not_counts() -> None:
    assert counts("Brian Harleman, 43, shot the child.") == []
    assert counts("A woman was not hurt.") == []


def test_other_incidents_are_not_offered() -> None:
    assert counts("Azerbaijan said it acted in response to landmine blasts that killed four soldiers.") == []
    assert counts("It was the city's 30th homicide this year, with 41 people killed so far this year.") == []
