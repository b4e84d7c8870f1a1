"""Quotes are located in the original text, and the match kind says how strictly."""

import pytest

from summarizer.records.locate import locate

TEXT = "He said “the iron fist is in place.”  Then,\nat least 32 people died. At least 32 were hurt."


@pytest.mark.parametrize(
    ("quote", "match", "found"),
    [
        ("the iron fist is in place.", "exact", "the iron fist is in place."),
        ('"the iron fist is in place."', "normalized", "“the iron fist is in place.”"),
        ("Then, at least 32 people died.", "normalized", "Then,\nat least 32 people died."),
        ("the iron fist was in place.", "fuzzy", "the iron fist is in place.”"),
        ("He said the iron fist is in place", "fuzzy", "He said “the iron fist is in place"),
        ("nothing like this appears anywhere", "not_found", None),
        ("", "not_found", None),
    ],
)
def test_match_kinds(quote: str, match: str, found: str | None) -> None:
    evidence = locate(quote, TEXT)
    assert evidence.match == match
    if evidence.span is not None:
        assert TEXT[evidence.span.start:evidence.span.end] == evidence.span.text
    if found is not None:
        assert evidence.span is not None and evidence.span.text == found


def test_nearest_hit_wins() -> None:
    second = TEXT.index("At least 32")
    assert locate("least 32", TEXT, near=second).span.start == second + 3
    assert locate("least 32", TEXT).span.start == TEXT.index("least 32")
