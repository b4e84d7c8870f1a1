"""Street names as the merge compares them."""

from summarizer.rules.streets import city_sides, street_names


def test_a_street_is_its_name_without_number_compass_point_or_street_word() -> None:
    text = ("The shooting happened in the 400 block of N. Xenia Ave. near NW 27th St. and Del Amo Blvd.; "
            "he appeared in Common Pleas Court.")
    assert street_names(text) == {"xenia", "27th", "del amo"}
    assert street_names("Officers were called to Xenia Avenue.") == {"xenia"}


def test_a_sentence_end_is_no_part_of_a_street_name() -> None:
    assert street_names("The victim was Marco Miller. Place your bets, a sign read.") == frozenset()


def test_two_streets_under_one_plural_street_word() -> None:
    assert street_names("He was found near Pasadena and Martin Luther King avenues.") == {"pasadena", "martin luther king"}
    # the same plural street words that mark an intersection for the place rules
    assert street_names("Shots were fired at Cedar and Birch lanes.") == {"cedar", "birch"}


def test_a_side_of_a_city_is_its_compass_points_and_a_side_of_a_building_is_none() -> None:
    assert city_sides("A man was shot on the city's east side.") == {"east"}
    assert city_sides("Two teens were wounded on the Southwest Side.") == {"south", "west"}
    assert city_sides("A woman was shot in the North End.") == {"north"}
    assert city_sides("He was shot on the east side of the house.") == frozenset()
