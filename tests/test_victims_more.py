"""Casualty candidates of the victims told later or in parts: a follow-up's death among the shot,
victims who came forward later, a suspect shot too (summarizer.rules.victims, .splits, .tally)."""

import pytest

from test_victims import counts


@pytest.mark.parametrize(("text", "expected"), [
    ("One of the four people shot outside a Flint convenience store last Thursday has died, police said Sunday.",
     [("killed", 1, "One"), ("injured", 3, "four")]),
    ("Two of the five men wounded in Saturday's shooting died Sunday at a hospital.",
     [("killed", 2, "Two"), ("injured", 3, "five")]),
    ("One of the two victims who were shot Friday night has since died, police said.",
     [("killed", 1, "One"), ("injured", 1, "two")]),
    # no death, no split
    ("One of the three people shot at a party Saturday remains in critical condition.",
     [("injured", 3, "three")]),
])
def test_a_follow_up_tells_a_death_among_the_shot_part_first(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


def test_victims_who_came_forward_after_a_count_add_to_it() -> None:
    assert counts("Three people were found wounded at a house party late Saturday night, and two more victims "
                  "walked into a hospital within the hour, police said.")[0][:2] == ("injured", 5)
    # others are not more: they may be some of those counted
    assert counts("Three people were wounded Saturday. Police said two other people were also wounded.")[0] == (
        "injured", 3, "Three")


def test_a_shooting_of_an_earlier_year_named_by_its_year_is_another_incident() -> None:
    assert counts("A man was shot Saturday night. The same tavern was the scene of a 2014 shooting in which one "
                  "man was killed and two others were wounded.") == [("injured", 1, "A man")]


@pytest.mark.parametrize(("text", "expected"), [
    # hurt otherwise than by gunfire, as the count's own sentence tells
    ("A man was shot in the leg and a bystander was grazed by a bullet Tuesday. Two other shoppers were hurt as "
     "people ran from the gunfire, but neither was shot, police said.",
     [("injured", 2, "A man was shot in the leg and a bystander")]),
    ("A man was shot in the leg Tuesday. Two other shoppers were hurt as people ran from the gunfire.",
     [("injured", 1, "A man")]),
    ("A man was shot in the leg Tuesday. A woman was hurt as people ran from the gunfire.",
     [("injured", 1, "A man")]),
    # unhurt, with their ages told between
    ("A 4-year-old boy shot himself Saturday. Two other children in the home, ages 6 and 2, were not hurt.",
     [("injured", 1, "A 4-year-old boy")]),
    # who fired, after "by", is no victim
    ("Two men were killed Friday night. The suspect was shot by an officer and is hospitalized under guard.",
     [("killed", 2, "Two"), ("injured", 1, "The suspect")]),
])
def test_people_hurt_otherwise_unhurt_or_who_fired_are_no_victims(text: str, expected: list[tuple[str, int, str]]) \
        -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month of an earlier year is another incident's
    ("A 26-year-old woman was killed Saturday. The shooting happened at the same complex where a 21-year-old man "
     "was shot and killed in June 2015; that case remains unsolved.", [("killed", 1, "A 26-year-old woman")]),
    # a death since, told past a long "who" clause, is this story's
    ("A 33-year-old man who was shot in Springfield's Mason Square neighborhood late last month died Sunday of his "
     "injuries, police said.", [("killed", 1, "A 33-year-old man")]),
    # an attempt's charge names no one killed
    ("A police officer was wounded Sunday. He will face charges including attempted first-degree murder of a peace "
     "officer.", [("injured", 1, "A police officer")]),
    # a couple, however described, is two people
    ("An elderly Cape Coral couple died Friday morning in what police are calling an apparent murder-suicide.",
     [("killed", 2, "An elderly Cape Coral couple")]),
])
def test_earlier_years_deaths_since_attempts_and_couples(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # who returned fire is no casualty
    ("A man was killed Thursday. Two officers returned fire, striking the man, who died at the scene.",
     [("killed", 1, "A man")]),
    # the dead told again as shot are not also hurt
    ("Police say a man shot and killed his wife inside their home Sunday before turning the gun on himself. "
     "Investigators believe Gerald Marsh shot his wife in the kitchen and then shot himself.",
     [("killed", 2, "his wife inside their home Sunday before turning the gun on himself")]),
    ("Aurora police say Marcus Lyle shot 30-year-old Jose Arellano once in the chest Wednesday. Arellano, who lived "
     "in Commerce City, was taken to University of Colorado Hospital, where he died.", [("killed", 1, "Arellano")]),
    ("Police say Darnell Hickey shot 28-year-old Marcus Trent about 12:15 a.m. Saturday after the two argued. Trent, "
     "of St. Louis, was pronounced dead at the scene.", [("killed", 1, "Trent")]),
    # ... but the same count of each kind is two groups of people
    ("Two people were killed and two were wounded Saturday.", [("killed", 2, "Two"), ("injured", 2, "two")]),
])
def test_who_fired_and_the_dead_told_again_as_shot(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


def test_the_people_a_report_names_as_shot_split_by_a_death_told_by_name_and_home_town() -> None:
    assert counts("Police on Sunday released the names of the four people shot Saturday evening outside a store. "
                  "Officers were called to the store. Deshawn Pruitt, 19, of Rockford, was shot "
                  "several times and died at a hospital.") == [("injured", 3, "four"), ("killed", 1, "Deshawn Pruitt")]


def test_a_murder_suicide_told_dead_first_is_not_hurt_after() -> None:
    assert counts("An elderly couple died Friday morning in what police are calling an apparent murder-suicide. "
                  "Police say the man shot his wife, who had Alzheimer's disease, and then shot himself.") == [
        ("killed", 2, "An elderly couple")]
    # told hurt with no deaths before, they are hurt
    assert counts("Police say the man shot his wife and then shot himself. Both are in critical condition.")[0][:2] == (
        "injured", 2)


def test_more_victims_far_down_a_round_up_are_another_shooting_s() -> None:
    story = ("Seven men were wounded by gunfire on the South and West sides Monday, including four men who were shot "
             "on a porch. The gunman fled. Police said the men were taken to hospitals. All were listed in stable "
             "condition. Two more men were injured on the South Side several hours later in a drive-by shooting.")
    assert ("injured", 9) not in [c[:2] for c in counts(story)]


def test_people_unhurt_told_with_a_who_clause() -> None:
    assert counts("A clerk was shot Wednesday. Two customers who were in the store at the time were not hurt.") == [
        ("injured", 1, "A clerk")]


@pytest.mark.parametrize(("text", "expected"), [
    # names capitalised inside, a surname with an age, a whole name opening its clause
    ("DeAndre Wallace, 19, was shot and killed Tuesday evening.", [("killed", 1, "DeAndre Wallace, 19,")]),
    ("Shaniqua McDonald, 19, was shot and killed Tuesday evening.", [("killed", 1, "Shaniqua McDonald, 19,")]),
    ("People gathered to remember DeAndre Wallace. Wallace, 19, was shot and killed Tuesday evening.",
     [("killed", 1, "Wallace, 19,")]),
    ("Andre Wallace was shot and killed Tuesday evening.", [("killed", 1, "Andre Wallace")]),
    # ... not a street, nor a person counted before
    ("A man who was sitting in his car on Albany Avenue was killed.", [("killed", 1, "A man")]),
])
def test_a_victim_named_without_an_age_or_by_surname(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


def test_a_hospital_named_with_an_abbreviated_saint_and_another_incident_told_on_in_its_paragraph() -> None:
    assert counts("A man was killed Sunday. Two other men were taken to St. Vincent Medical Center with gunshot "
                  "wounds.") == [("killed", 1, "A man"), ("injured", 2, "Two")]
    assert counts("Shots rang out Sunday. Two men were taken to St. Vincent Medical Center, police said.") == [
        ("injured", 2, "Two")]
    assert counts("A man was found shot to death Sunday.\n\nIn a separate shooting Saturday night, two men were "
                  "wounded. Police said a 19-year-old was shot in the back.") == [("killed", 1, "A man")]
