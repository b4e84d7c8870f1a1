"""Place lookup, place mentions and actor matching."""

from __future__ import annotations

import pytest

from summarizer.rules import (
    canonical_actor,
    find_actor_mentions,
    find_places,
    lookup_place,
    same_entity,
)
from summarizer.rules.gazetteer import _index


@pytest.mark.parametrize(
    ("name", "canonical", "kind", "country_code", "timezone"),
    [
        ("Nagorno-Karabakh", "Nagorno-Karabakh", "region", "AZ", "Asia/Baku"),
        ("Nagoro-Karabakh", "Nagorno-Karabakh", "region", "AZ", "Asia/Baku"),
        ("Nagorno Karabakh", "Nagorno-Karabakh", "region", "AZ", "Asia/Baku"),
        ("Artsakh", "Nagorno-Karabakh", "region", "AZ", "Asia/Baku"),
        ("Khankendi", "Stepanakert", "city", "AZ", "Asia/Baku"),
        ("Stepanakert", "Stepanakert", "city", "AZ", "Asia/Baku"),
        ("Yevlakh", "Yevlakh", "city", "AZ", "Asia/Baku"),
        ("Yerevan", "Yerevan", "city", "AM", "Asia/Yerevan"),
        ("Kiev", "Kyiv", "city", "UA", "Europe/Kyiv"),
        ("Armenia", "Armenia", "country", "AM", "Asia/Yerevan"),
        ("Azeri", "Azerbaijan", "country", "AZ", "Asia/Baku"),
        ("Russian", "Russia", "country", "RU", "Europe/Moscow"),
        ("Turkey", "Turkey", "country", "TR", "Europe/Istanbul"),
        ("U.S.", "United States", "country", "US", "America/New_York"),
        ("the United Kingdom", "United Kingdom", "country", "GB", "Europe/London"),
        ("Moskow", "Moscow", "city", "RU", "Europe/Moscow"),
        # a US state's name is the state: not Floridablanca, Colombia, Arizona, Honduras, or Wyoming, Mich.
        ("Florida", "Florida", "admin1", "US", "America/New_York"),
        ("Arizona", "Arizona", "admin1", "US", "America/Phoenix"),
        ("Wyoming", "Wyoming", "admin1", "US", "America/Denver"),
        # ... unless a big US city bears it, and a country's name stays the country's
        ("Washington", "Washington", "city", "US", "America/New_York"),
        ("Georgia", "Georgia", "country", "GE", "Asia/Tbilisi"),
    ],
)
def test_lookup_place(name: str, canonical: str, kind: str, country_code: str, timezone: str) -> None:
    place = lookup_place(name)
    assert place is not None
    assert (place.name, place.kind, place.country_code, place.timezone) == (canonical, kind, country_code, timezone)


@pytest.mark.parametrize("name", ["Xq", "Blorpistan", "the", "", "Pashinyan"])
def test_lookup_place_rejects_unknown(name: str) -> None:
    assert lookup_place(name) is None


def test_find_places_seed_sentence() -> None:
    text = ("Thousands of Armenians gathered at Stepanakert International Airport, the capital of Karabakh, "
            "also known as Khankendi by Azerbaijan. Others sought refuge with Russian peacekeepers.")
    hits = [(span.text, place.name) for span, place in find_places(text)]
    assert hits == [("Armenians", "Armenia"), ("Stepanakert", "Stepanakert"), ("Karabakh", "Nagorno-Karabakh"),
                    ("Khankendi", "Stepanakert"), ("Azerbaijan", "Azerbaijan"), ("Russian", "Russia")]
    assert [span.text for span, _ in find_places(text, demonyms=False)] == [
        "Stepanakert", "Karabakh", "Khankendi", "Azerbaijan"]


def test_find_places_skips_person_first_names_and_prefers_longest() -> None:
    text = "Russian President Vladimir Putin spoke with the Republic of Artsakh and the U.S. envoy in Nagorno-Karabakh."
    hits = [(span.text, place.name) for span, place in find_places(text)]
    assert hits == [("Russian", "Russia"), ("Republic of Artsakh", "Nagorno-Karabakh"),
                    ("U.S.", "United States"), ("Nagorno-Karabakh", "Nagorno-Karabakh")]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Pashinyan", "Pasinian", True),
        ("Pasinyan", "Nikol Pashinyan", True),
        ("Nicole Pasinian", "Nikol Pashinyan", True),
        ("Armenian Prime Minister Nikol Pashinyan", "Pashinyan", True),
        ("Putin", "Pashinyan", False),
        ("Vladimir Putin", "Russian President Vladimir Putin", True),
        ("Kremlin", "Russia", True),
        ("the Kremlin", "Moscow", True),
        ("UN", "United Nations", True),
        ("U.N.", "UN", True),
        ("Zelenskyy", "Volodymyr Zelensky", True),
        ("Aliyev", "Ilham Aliev", True),
        ("John Smith", "Jane Smith", False),
        ("Armenian Defense Ministry", "Azerbaijani Defense Ministry", False),
        ("Armenia", "Azerbaijan", False),
    ],
)
def test_same_entity(a: str, b: str, same: bool) -> None:
    assert same_entity(a, b) is same
    assert same_entity(b, a) is same


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("U.N. Secretary-General Antonio Guterres", "Antonio Guterres"),
        ("Nicole Pasinian", "Nikol Pashinyan"),
        ("the Kremlin", "Russia"),
        ("Baku", "Azerbaijan"),
        ("Ruben Vardanyan", "Ruben Vardanyan"),
    ],
)
def test_canonical_actor(name: str, canonical: str) -> None:
    assert canonical_actor(name) == canonical


def test_find_actor_mentions() -> None:
    text = ("Kremlin spokesman, Dmitry Peskov, said Russia continues contacts with Armenia. "
            "The U.N. Security Council met as the CSTO watched.")
    spans = [s.text for s in find_actor_mentions(text)]
    for expected in ("Kremlin", "Dmitry Peskov", "Russia", "Armenia", "U.N. Security Council", "CSTO"):
        assert expected in spans
    assert "The" not in spans


def test_index_is_built_once_per_process() -> None:
    lookup_place("Baku")
    built = _index.cache_info().misses
    for _ in range(100):
        lookup_place("Nagoro-Karabakh")
    assert _index.cache_info().misses == built
