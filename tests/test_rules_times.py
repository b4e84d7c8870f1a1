"""Clock times, zones and UTC conversion."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from summarizer.rules import find_times, parse_time_phrase

EVENT_DAY = date(2023, 9, 20)
NINE_UTC = datetime(2023, 9, 20, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("phrase", "local_tz"),
    [
        ("13:00 local time", "Asia/Baku"),
        ("1 p.m. (0900 GMT)", None),
        ("1 p.m. local time (5 a.m. ET)", "Asia/Baku"),
        ("1 p.m. local time (5 a.m. ET)", None),
    ],
)
def test_seed_forms_normalise_to_same_instant(phrase: str, local_tz: str | None) -> None:
    mentions = parse_time_phrase(phrase, on_date=EVENT_DAY, local_tz=local_tz)
    instants = {m.utc for m in mentions if m.utc is not None}
    assert instants == {NINE_UTC}


@pytest.mark.parametrize(
    ("phrase", "span", "local", "tz_name", "offset", "utc_time"),
    [
        ("13:00", "13:00", time(13, 0), None, None, None),
        ("1 pm", "1 pm", time(13, 0), None, None, None),
        ("5 a.m. EDT", "5 a.m. EDT", time(5, 0), "America/New_York", -240, time(9, 0)),
        ("5 a.m. EST", "5 a.m. EST", time(5, 0), "America/New_York", -300, time(10, 0)),
        ("0900 GMT", "0900 GMT", time(9, 0), "UTC", 0, time(9, 0)),
        ("0900Z", "0900Z", time(9, 0), "UTC", 0, time(9, 0)),
        ("from 18.30 in the afternoon", "18.30 in the afternoon", time(18, 30), None, None, None),
        ("at 6.30 in the evening", "6.30 in the evening", time(18, 30), None, None, None),
        ("noon", "noon", time(12, 0), None, None, None),
        ("midnight", "midnight", time(0, 0), None, None, None),
        ("12 a.m.", "12 a.m.", time(0, 0), None, None, None),
        ("10:00 GMT+3", "10:00 GMT+3", time(10, 0), "Etc/GMT-3", 180, time(7, 0)),
        ("13:00 UTC+05:30", "13:00 UTC+05:30", time(13, 0), None, 330, time(7, 30)),
        ("13:00 Moscow time", "13:00 Moscow time", time(13, 0), "Europe/Moscow", 180, time(10, 0)),
        ("2:30 p.m. CEST", "2:30 p.m. CEST", time(14, 30), "Europe/Paris", 120, time(12, 30)),
        ("1300 hours", "1300 hours", time(13, 0), None, None, None),
    ],
)
def test_time_forms_without_date(phrase: str, span: str, local: time, tz_name: str | None,
                                 offset: int | None, utc_time: time | None) -> None:
    mentions = parse_time_phrase(phrase)
    assert len(mentions) == 1
    m = mentions[0]
    assert (m.span.text, m.local_time, m.tz_name, m.utc_offset_minutes, m.utc_time, m.utc) == (
        span, local, tz_name, offset, utc_time, None)


def test_bare_et_without_date_has_unknown_dst() -> None:
    (m,) = parse_time_phrase("5 a.m. ET")
    assert (m.tz_name, m.tz_text, m.utc_offset_minutes, m.note) == ("America/New_York", "ET", None, "DST unknown")


def test_et_in_winter_is_utc_minus_five() -> None:
    (m,) = parse_time_phrase("5 a.m. ET", on_date=date(2024, 1, 10))
    assert m.utc == datetime(2024, 1, 10, 10, 0, tzinfo=UTC)


def test_local_time_without_zone_is_unknown() -> None:
    (m,) = parse_time_phrase("13:00 local time", on_date=EVENT_DAY)
    assert (m.tz_name, m.tz_text, m.utc) == (None, "local time", None)


def test_local_zone_without_dst_gives_utc_time_without_date() -> None:
    (m,) = parse_time_phrase("13:00 local time", local_tz="Asia/Baku")
    assert (m.utc_offset_minutes, m.utc_time, m.utc) == (240, time(9, 0), None)


def test_utc_rolls_back_a_day() -> None:
    (m,) = parse_time_phrase("01:30 local time", on_date=EVENT_DAY, local_tz="Asia/Yerevan")
    assert m.utc == datetime(2023, 9, 19, 21, 30, tzinfo=UTC)


@pytest.mark.parametrize("text", ["a 7.5 magnitude quake", "rates rose 3.25 points", "in 2020", "13 p.m.", "the 44-day war"])
def test_non_times(text: str) -> None:
    assert find_times(text) == []


def test_find_times_seed_sentence() -> None:
    sentence = ("The ceasefire began at 1 p.m. local time (5 a.m. ET) Wednesday, Nagorno-Karabakh’s "
                "presidential office announced.")
    mentions = find_times(sentence, on_date=EVENT_DAY, local_tz="Asia/Baku")
    assert [m.span.text for m in mentions] == ["1 p.m. local time", "5 a.m. ET"]
    assert all(m.utc == NINE_UTC for m in mentions)


@pytest.mark.parametrize("phrase", ["13 p.m.", "0 a.m.", "00:30 am"])
def test_an_hour_outside_one_to_twelve_with_am_pm_is_not_a_time(phrase: str) -> None:
    assert parse_time_phrase(phrase) == []


def test_the_dateline_and_the_event_clock_read_twelve_hour_times_alike() -> None:
    from summarizer.rules.datelines import parse_published_header

    assert parse_published_header("Published 20/09/2023 at 1:35 pm") == datetime(2023, 9, 20, 13, 35)
    assert parse_published_header("Published 20/09/2023 at 13:35 pm") is None
    [mention] = parse_time_phrase("1:35 pm")
    assert mention.local_time == time(13, 35)
