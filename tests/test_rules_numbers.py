"""Count normalisation and in-text count finding (seed sentences and written ones)."""

from __future__ import annotations

import pytest

from summarizer.rules import find_numbers, parse_count


@pytest.mark.parametrize(
    ("phrase", "low", "high", "best", "qualifier"),
    [
        ("at least 32", 32, None, 32, "at_least"),
        ("At least 29 people", 29, None, 29, "at_least"),
        ("more than 200", 201, None, 201, "more_than"),
        ("more than 6,500 people", 6501, None, 6501, "more_than"),
        ("close to 100", 90, 100, 100, "about"),
        ("nearly 1,000", 900, 1000, 1000, "about"),
        ("almost 50", 45, 50, 50, "about"),
        ("approximately 7,000", 6300, 7700, 7000, "about"),
        ("around 120,000", 108000, 132000, 120000, "about"),
        ("some 40", 36, 44, 40, "about"),
        ("about 15", 13, 17, 15, "about"),
        ("dozens", 24, None, None, "vague"),
        ("hundreds", 200, None, None, "vague"),
        ("thousands", 2000, None, None, "vague"),
        ("tens of thousands", 20000, None, None, "vague"),
        ("Several thousand people", 3000, 9000, None, "vague"),
        ("up to 50", None, 50, 50, "at_most"),
        ("as many as 300", None, 300, 300, "at_most"),
        ("fewer than 10", None, 9, 9, "less_than"),
        ("between 5 and 10", 5, 10, None, "range"),
        ("5-10", 5, 10, None, "range"),
        ("twenty-seven", 27, 27, 27, "exact"),
        ("two", 2, 2, 2, "exact"),
        ("a dozen", 12, 12, 12, "exact"),
        ("a pair of men", 2, 2, 2, "exact"),
        ("half a dozen", 6, 6, 6, "exact"),
        ("a half-dozen people", 6, 6, 6, "exact"),
        ("a half dozen men", 6, 6, 6, "exact"),
        ("two hundred and fifty", 250, 250, 250, "exact"),
        ("2.5 million", 2_500_000, 2_500_000, 2_500_000, "exact"),
        ("12 or more", 12, None, 12, "at_least"),
        ("27 dead", 27, 27, 27, "exact"),
        ("1500 troops", 1500, 1500, 1500, "exact"),
    ],
)
def test_parse_count(phrase: str, low: int | None, high: int | None, best: int | None, qualifier: str) -> None:
    count = parse_count(phrase)
    assert count is not None
    assert (count.low, count.high, count.best, count.qualifier) == (low, high, best, qualifier)


@pytest.mark.parametrize("phrase", ["a third", "7.5", "2020", "13:00", "1 p.m.", "50%", "9 November", "", "many"])
def test_parse_count_rejects_non_counts(phrase: str) -> None:
    assert parse_count(phrase) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            ("The forces of Azerbaijan shelled Nagorno-Karabakh on Wednesday, killing at least 32 people, "
            "according to Armenia."),
            [("at least 32", "people")],
        ),
        (
            ("The separatists of the enclave earlier spoke of 27 dead, including two civilians, and more than "
            "200 injured, while approximately 7,000 residents of 16 areas were evacuated from their homes."),
            [("27", "dead"), ("two", "civilians"), ("more than 200", "injured"),
             ("approximately 7,000", "residents"), ("16", "areas")],
        ),
        (
            "Armenia also lost control of two military positions and 12 of its soldiers were captured.",
            [("two", "positions"), ("12", "soldiers")],
        ),
        (
            "He said that close to 100 people had been killed and hundreds more injured in the fighting.",
            [("close to 100", "people"), ("hundreds", "injured")],
        ),
        (
            "Under the 2020 ceasefire, Russia deployed around 2,000 peacekeepers to the region.",
            [("around 2,000", "peacekeepers")],
        ),
        (
            "A 7.5 magnitude earthquake struck at 13:00 on 9 November 2020, a 24-hour assault, 50% of homes.",
            [],
        ),
        ("Eagle Partner 2023 drills were held with COVID-19 rules and F-16 jets.", []),
        # a headline's count after a title line is no label of the title's last word
        ("Shooting in Dayton\n\n3 people shot", [("3", "people")]),
        ("No one was hurt, and they blamed one another.", []),
        ("Thousands of Armenians gathered at the airport.", [("Thousands", "armenians")]),
        # "a pair of" counts two; "pair" alone is a noun
        ("A pair of teens were wounded; the pair ran.", [("A pair of", "teens")]),
    ],
)
def test_find_numbers_in_sentences(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_numbers(sentence)
    assert [(m.span.text, m.unit_hint) for m in found] == expected
    for m in found:
        assert sentence[m.span.start:m.span.end] == m.span.text == m.count.text
