"""Property tests: extractors never raise and every span quotes its source exactly."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.ingest.clean import clean
from summarizer.rules import (
    Span,
    find_actor_mentions,
    find_attributions,
    find_dates,
    find_numbers,
    find_places,
    find_times,
)

_NEWSY = st.sampled_from([
    "at least 32 people", "13:00 local time", "1 p.m. (0900 GMT)", "on Wednesday", "yesterday, Tuesday",
    "20/09/2023", "Nagorno-Karabakh", "U.N.", "said", "according to", "Also read: x", "...", "\n\n",
    "Editor's Pick\n", "99999999999999999999999999", "2020", "7.5", "Kremlin spokesman, Dmitry Peskov, said",
    "’s", "-", "GMT+14", "31/02/2023", "0000-00-00", "Monday", "(", ")", "“", "”",
])
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_NEWSY, st.text(max_size=8)), max_size=30).map(" ".join),
)

SETTINGS = settings(max_examples=100, deadline=None)


def _spans(text: str) -> Iterable[Span]:
    yield from (m.span for m in find_numbers(text))
    yield from (m.span for m in find_dates(text, date(2023, 9, 20)))
    yield from (m.span for m in find_dates(text, None))
    yield from (m.span for m in find_times(text, on_date=date(2023, 9, 20), local_tz="Asia/Baku"))
    yield from (m.span for m in find_times(text, on_date=date.min, local_tz="Asia/Baku"))
    yield from (span for span, _ in find_places(text))
    yield from find_actor_mentions(text)
    for a in find_attributions(text):
        yield a.span
        yield a.sentence


@SETTINGS
@given(TEXT)
def test_extractor_spans_quote_the_source(text: str) -> None:
    for span in _spans(text):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text


@SETTINGS
@given(TEXT)
def test_clean_maps_back_exactly(text: str) -> None:
    cleaned = clean(text)
    for clean_start, orig_start, length in cleaned.segments:
        piece = cleaned.text[clean_start:clean_start + length]
        assert piece == text[orig_start:orig_start + length]
        o_start, o_end = cleaned.to_original(clean_start, clean_start + length)
        assert text[o_start:o_end] == piece
    for span, _ in cleaned.removed:
        assert text[span.start:span.end] == span.text


@SETTINGS
@given(st.integers(min_value=0, max_value=10**40), st.sampled_from(["", "at least ", "about ", "nearly "]))
def test_counts_round_trip(n: int, qualifier: str) -> None:
    for mention in find_numbers(f"{qualifier}{n:,} people"):
        count = mention.count
        assert count.best is None or count.low is None or count.low <= count.best
        assert count.best is None or count.high is None or count.best <= count.high


def _never_raises(fn: Callable[[str], object]) -> Callable[[str], None]:
    @SETTINGS
    @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
    def check(text: str) -> None:
        fn(text)

    return check


test_clean_never_raises_on_unicode = _never_raises(clean)
test_places_never_raise_on_unicode = _never_raises(find_places)
