"""Street names as the merge compares them."""

from summarizer.rules.streets import street_names


def test_a_street_is_its_name_without_number_compass_point_or_street_word() -> None:
    text = ("The shooting happened in the 400 block of N. Xenia Ave. near NW 27th St. and Del Amo Blvd.; "
            "he appeared in Common Pleas Court.")
    assert street_names(text) == {"xenia", "27th", "del amo"}
    assert street_names("Officers were called to Xenia Avenue.") == {"xenia"}


def test_a_sentence_end_is_no_part_of_a_street_name() -> None:
    assert street_names("The victim was Marco Miller. Place your bets, a sign read.") == frozenset()
