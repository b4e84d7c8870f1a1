"""Casualty candidates of the victims told later or in parts: a follow-up's death among the shot,
victims who came forward later, a suspect shot too (summarizer.rules.victims, .splits, .tally)."""

import datetime as dt

import pytest

from summarizer import Article
from summarizer.ingest.document import analyse
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
    # the relative told dead before in the same words, shot again in the telling of how
    assert [c[:2] for c in counts(
        "A Cobb County man shot and killed his estranged wife and then turned the gun on himself Wednesday morning. "
        "Police believe Robert Whitmire shot his wife before killing himself.")] == [("killed", 2)]


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


def test_people_told_one_by_one_then_together_by_name_are_the_same_people() -> None:
    assert counts("A man shot and killed his wife before turning the gun on himself inside their home Tuesday, "
                  "police said.\n\nInside, officers found Ana Ruiz, 34, and Luis Ruiz, 37, dead.") == [
        ("killed", 2, "his wife before turning the gun on himself")]
    # named people who are more than those told before are not theirs to join
    assert [c[:2] for c in counts("A man shot and killed his wife Tuesday, police said. Officers found Ana Ruiz, "
                                  "34, and Eva Ruiz, 12, dead.")] == [("killed", 1), ("killed", 2)]


def test_a_round_up_s_other_incidents_listed_under_a_heading_or_told_elsewhere() -> None:
    story = ("A man was killed and a teen was wounded Saturday, police said.\n\nElsewhere over the weekend:\n\n"
             "— A 29-year-old man was grazed by a bullet late Friday.\n\n"
             "— A 44-year-old woman was shot and killed early Sunday inside a home.\n\n"
             "Police said the man killed Saturday was 38.")
    assert counts(story) == [("killed", 1, "A man"), ("injured", 1, "a teen")]
    assert counts("A man was killed Saturday.\n\nElsewhere, a woman was shot in the arm Sunday.") == [
        ("killed", 1, "A man")]
    # elsewhere in the same house is the same shooting
    assert ("injured", 1, "a woman") in counts(
        "A man was killed Saturday.\n\nElsewhere in the house, a woman was shot in the arm.")


def test_one_and_another_of_one_kind_are_two() -> None:
    assert counts("A shooting Sunday left one man grazed by a bullet and another with a gunshot wound to the arm.") == [
        ("injured", 2, "one man grazed by a bullet and another")]
    # of two kinds, each is one
    assert counts("A shooting Sunday left one man dead and another wounded.") == [
        ("killed", 1, "one"), ("injured", 1, "another")]


def test_a_running_total_told_after_its_parts_is_the_count() -> None:
    assert counts("A man and two women were wounded early Saturday, and a teenager who arrived at a hospital hours "
                  "later had also been shot there.\n\nA 16-year-old walked into a hospital with a gunshot wound, "
                  "bringing the number of wounded to four.") == [("injured", 4, "four")]
    assert counts("A man was shot Saturday. He died Sunday, raising the death toll to two, police said.") == [
        ("killed", 2, "two")]
    # a headline's toll, without "death"; not a toll-free number
    assert counts("Teen boy dies, raising toll to 3 in east Tulsa family shooting") == [("killed", 3, "3")]
    assert counts("Toll rises to 4 in Sunday shooting") == [("killed", 4, "4")]
    assert counts("Call the toll-free number at 1-800-555-1212.") == []
    # an update's "now say" is the running total too; those hurt fleeing who were not shot are no casualties
    assert counts("At least six people were shot Saturday evening near a festival, police said.\n\nUPDATE: Milwaukee "
                  "police now say nine people were shot, including three who arrived at hospitals on their own. Police "
                  "said four other people, including a 6-year-old girl, were treated for minor injuries suffered while "
                  "fleeing and were not struck by gunfire.") == [("injured", 9, "nine")]
    # a city's running total is another figure, and leaves the story's own
    assert counts("A man was killed Saturday. His death brings the number of homicides this year to nine.") == [
        ("killed", 1, "A man")]


def test_someone_and_a_relative_told_dead_are_not_also_hurt() -> None:
    assert counts("Adrian Salcedo died Saturday, five days after he and his cousin were shot outside an apartment "
                  "complex. His cousin, Marco Salcedo, 23, was pronounced dead at the scene that night.")[0][:2] == (
        "killed", 2)
    # told hurt, with nobody dead, they are hurt
    assert counts("He and his cousin were shot Saturday and are in stable condition.")[0][:2] == ("injured", 2)


def test_a_follow_up_s_death_among_the_shot_told_without_the() -> None:
    assert counts("One of three men shot early Sunday in the Russell neighborhood has died, police said.") == [
        ("killed", 1, "One"), ("injured", 2, "three")]


def test_neither_nor_names_nobody_hurt() -> None:
    assert counts("A suspected burglar was shot by a homeowner early Friday.\n\nNeither the homeowner nor his wife "
                  "was shot.") == [("injured", 1, "A suspected burglar")]
    assert counts("A man was shot Friday. Neither a woman nor her son was shot.") == [("injured", 1, "A man")]


def test_a_first_report_corrected_later_is_not_the_count() -> None:
    assert counts("Police initially said three people were shot. Police now say two people were struck by gunfire; "
                  "a third was cut by flying glass.") == [("injured", 2, "two")]
    # uncorrected, the first report stands
    assert counts("Police initially said three people were shot on Sunday.") == [("injured", 3, "three")]
    # corrected by the lede above
    assert counts("A man who opened fire on officers was killed after wounding an officer and a bystander. Police "
                  "initially said three people were wounded, but a second officer was cut by glass.") == [
        ("killed", 1, "A man"), ("injured", 2, "an officer and a bystander")]


def test_some_of_the_wounded_who_died_and_some_of_those_counted_before() -> None:
    assert counts("On Sunday, one of the wounded, 19-year-old Marcus Tran of Lodi, died at a hospital.") == [
        ("killed", 1, "one")]
    assert counts("Of the remaining three victims, a 20-year-old woman was in critical condition Monday.") == [
        ("injured", 3, "three")]


def test_a_whole_name_that_was_shot_may_be_the_one_told_dead() -> None:
    assert counts("Police are seeking a man who shot and killed a 34-year-old father.\n\nLuis Alberto Ramos was shot "
                  "just before midnight on Friday as he stood in the driveway of his home, police said.") == [
        ("killed", 1, "a 34-year-old father")]


def test_another_incident_told_as_one_of_those_cases() -> None:
    assert counts("A man killed his wife Friday. It was the third such homicide since Jan. 1. In one of those cases, "
                  "a woman was shot and killed and her adult son was wounded.") == [("killed", 1, "his wife")]


def test_a_gunman_who_shot_himself_and_is_counted_dead_is_not_also_hurt() -> None:
    assert counts("A man shot and killed his former girlfriend and wounded her mother Sunday before turning the gun "
                  "on himself, police said. Ruiz then walked outside and shot himself in the driveway. Maria Delgado "
                  "and Ruiz were both pronounced dead at the scene.")[1:] == [("injured", 1, "her mother")]


def test_an_appeal_in_the_lede_is_about_last_week_s_attack() -> None:
    assert counts("Detectives on Friday asked for the public's help in finding the gunman who opened fire on a group "
                  "in Compton last week, killing a 19-year-old man and wounding two others.") == [
        ("killed", 1, "a 19-year-old man"), ("injured", 2, "two")]


def test_a_weekend_s_toll_and_a_shooting_told_on_another_weekday_are_other_incidents() -> None:
    story = ("A 34-year-old man was shot and wounded Sunday afternoon, capping a weekend in which at least six people "
             "were shot across the city, police said. He was taken to a hospital. The suspect fled.\n\n"
             "On Friday night, a 16-year-old boy was shot in the leg a few blocks away.")
    assert counts(story) == [("injured", 1, "A 34-year-old man")]
    # a day the lede names is the story's own
    assert counts("A man was shot Friday and died Sunday, police said. He was 34. The suspect fled.\n\n"
                  "On Friday night, a woman was also shot in the arm.")[-1] == ("injured", 1, "a woman")


def test_the_shot_told_later_as_dead_and_hurt_in_all_are_both_kinds() -> None:
    story = ("UPDATE 8:15 p.m. Saturday: Police have revised the number of people injured. An earlier version of this "
             "story reported that four people were shot. Police now say three people were shot. A fourth person broke "
             "her wrist jumping from a fence as people fled.\n\nSTOCKTON, Calif. — A 20-year-old man was killed and "
             "two other people were wounded when gunfire erupted at a house party early Saturday, police said.")
    assert counts(story) == [("killed", 1, "A 20-year-old man"), ("injured", 2, "two")]
    # told as more than the dead and hurt of one sentence, the shot stand
    assert counts(story.replace("Police now say three", "Police now say five"))[0] == ("injured", 5, "five")
    # the dead and the hurt told apart, the hurt as the ones left
    story = ("A man was killed and others were wounded outside a club early Sunday. By Sunday afternoon, police said "
             "four people were hit. John Doe, 25, of Jackson died at University Medical Center, Jones said. The three other "
             "victims were in stable condition.")
    assert counts(story)[-1] == ("injured", 3, "three") and ("injured", 4, "four") not in counts(story)
    # the shot, less the dead told before them
    assert counts("A man who was shot while riding in a car Tuesday night has died, police said. Inside, officers "
                  "found two men who had been shot.") == [("killed", 1, "A man"), ("injured", 1, "two")]
    assert counts("A man was killed Tuesday night. Officers found two other men who had been shot.")[-1] == (
        "injured", 2, "two")
    assert counts("Ava Doe, 4, was killed. Police named Jo Doe, 27, and her two children who were shot.")[-1] == (
        "injured", 2, "two")
    # one hurt told later, not as the rest, is no part of the shot: her two children, of whom one died
    assert counts("Police named Jo Doe, 27, and her two children who were shot Monday night. Four-year-old Ava Doe "
                  "died at the scene. Doe remains in critical condition.")[0] == ("injured", 2, "two")


def test_another_town_s_news_and_shootings_investigated_separately_are_other_incidents() -> None:
    assert counts("Two men were shot and wounded Saturday in Cicero, officials said. The gunman fled. Police are "
                  "searching for a car.\n\nIn neighboring Chicago, at least 31 people were shot over the weekend, five "
                  "of them fatally.") == [("injured", 2, "Two")]
    assert counts("A boy was shot in the leg Tuesday. In Portland, police separately investigated three shootings, "
                  "including one that left a 24-year-old man dead.") == [("injured", 1, "A boy")]
    assert counts("A man was shot and killed Thursday night. Police said the other three shootings that night left a "
                  "total of four people wounded.") == [("killed", 1, "A man")]


def test_an_update_on_top_tells_a_death_among_the_shot_counted_below() -> None:
    assert counts("UPDATE: The man shot Saturday night has died, police said.\n\nTwo people were shot Saturday night "
                  "on Park Avenue, police said.") == [("killed", 1, "The man"), ("injured", 1, "Two")]
    assert counts("(WMC) - UPDATE (9:12 a.m. Sunday): Memphis Police Department says the man shot Saturday night "
                  "has died.\n\nPolice now say two people were shot, not three.") == [
        ("killed", 1, "the man"), ("injured", 1, "two")]
    # a death of someone else on top splits nothing
    assert counts("UPDATE: The man has been charged, police said.\n\nTwo people were shot Saturday night, police "
                  "said.") == [("injured", 2, "Two")]


@pytest.mark.parametrize(("text", "expected"), [
    # the victims told one by one make up the count, and the newcomer is none of them
    ("Two teenagers were shot Thursday, police said.\n\nA 17-year-old boy was shot twice in the legs and a "
     "16-year-old boy was shot once in the buttocks.\n\nAbout an hour later, a 15-year-old boy walked into St. "
     "Christopher's Hospital for Children with a gunshot wound to his ankle.", 3),
    # an update tells the newcomer as news
    ("Three people were wounded early Sunday at a party, police said.\n\nUPDATE (9:15 a.m.): Police now say a "
     "17-year-old boy walked into Methodist South Hospital with a gunshot wound to his leg.", 4),
    # otherwise someone who walked in may be one of those counted
    ("Three people were shot Sunday. A 20-year-old man walked into a hospital with a gunshot wound, police said.", 3),
    ("Two men were shot Sunday. A 20-year-old man was hit in the arm.\n\nA man later showed up at a hospital with "
     "a gunshot wound.", 2),
])
def test_a_victim_who_reached_a_hospital_after_the_count(text: str, expected: int) -> None:
    assert counts(text)[0][:2] == ("injured", expected)


def test_a_shooting_the_story_says_is_not_connected_is_another_incident() -> None:
    story = ("A man was shot Friday night, police said. Officers found him on Main Street. He was taken to a "
             "hospital.\n\nA woman was wounded a block away minutes later. ")
    assert counts(story + "Police said the shootings are not believed to be related.") == [("injured", 1, "A man")]
    assert counts(story + "Police said they do not believe the two shootings are connected.") == [
        ("injured", 1, "A man")]
    # where they are, the woman is one more
    assert counts(story + "Police believe the shootings are related.")[0][:2] == ("injured", 2)


def test_victims_told_one_by_one_around_a_group_told_with_its_ages() -> None:
    told = ("A man was charged in a shooting that wounded people on a porch.\n\nA 16-year-old girl was shot in the "
            "hip. Two brothers, 21 and 23, were each struck in the legs. A 45-year-old woman was hit in the abdomen.")
    assert counts(told)[0][:2] == ("injured", 4)
    # a total stated besides the group stands
    assert counts("Two people were shot Saturday. A 16-year-old girl was shot in the hip. Two brothers, 21 and 23, "
                  "were each struck in the legs.")[0][:2] == ("injured", 2)
    # one told alone may be one of the group
    assert counts("A 16-year-old girl was shot in the hip. Two brothers, 21 and 16, were each struck in the "
                  "legs.")[1][:2] == ("injured", 2)


def test_another_incident_s_split_count_does_not_stop_a_tally() -> None:
    story = ("A man was charged in a shooting that wounded people on a porch.\n\nA 16-year-old girl was shot in the "
             "hip. A 45-year-old woman was hit in the abdomen.\n\nPolice said the man fired from a gangway.\n\n")
    assert counts(story + "At least 47 people were shot across Chicago that weekend, six of them fatally.")[0][:2] == (
        "injured", 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("A man who police say shot a convenience store clerk Thursday was killed minutes later in a gunfight with "
     "officers. The clerk, a 52-year-old man, was shot once in the shoulder during a robbery, police said. "
     "Two officers returned fire, striking the man, who died at the scene; no officers were hurt.",
     [("killed", 1, "A man"), ("injured", 1, "a convenience store clerk"), ("injured", 1, "a 52-year-old man")]),
    # a death told after what he did, where read whole his sentence tells of the woman he hit
    ("A man who opened fire on officers and wounded a woman was shot and killed by police.",
     [("killed", 1, "A man"), ("injured", 1, "a woman")]),
    ("A man suspected of robbing a liquor store and shooting a clerk was shot by officers Sunday night. Police "
     "say he raised his handgun toward them and two officers fired. He died at the scene. The clerk was taken "
     "to a hospital and is in stable condition.",
     [("injured", 1, "a clerk"), ("killed", 1, "He")]),
    # a death by police fire told after the one police shot is still that person's end
    ("A man was shot by officers Tuesday night after he pointed a gun at them. He died at a hospital.",
     [("killed", 1, "He")]),
])
def test_the_one_police_killed_is_not_the_clerk_he_shot(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officer Daniel Huerta, an eight-year veteran of the department, was struck in the shoulder.",
     [("injured", 1, "Officer Daniel Huerta")]),
    ("Ricardo Ybarra opened fire as officers approached. Officer Daniel Huerta, an eight-year veteran, was struck "
     "in the shoulder. Four officers returned fire, striking Ybarra several times. He died at the scene.",
     [("injured", 1, "Officer Daniel Huerta"), ("killed", 1, "He")]),
])
def test_a_whole_name_before_an_aside(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


def test_the_ordinal_told_again_is_the_one_told_before() -> None:
    assert counts("They found two men dead in the driveway and a third man with multiple gunshot wounds in the front "
                  "yard. The third man, later identified as Luis Fonseca, 27, died at a hospital early the next "
                  "morning.") == [("killed", 2, "two"), ("killed", 1, "The third man"), ("killed", 1, "Luis Fonseca, 27,")]
    # another ordinal, or the third man told dead before he is told hurt, is someone else
    assert ("injured", 1) in [c[:2] for c in counts(
        "They found two men dead and a third man wounded in the yard. The second man died at the scene.")]


def test_an_ordinal_victim_says_how_many_came_before() -> None:
    # the fifth of those shot, after two told one by one and two together, not the third
    assert counts("A 22-year-old man was shot in the chest. A 19-year-old man suffered a gunshot wound to the leg. "
                  "Two women, ages 20 and 24, were also struck. About an hour later, a fifth victim, a 17-year-old "
                  "boy, showed up at a hospital with a graze wound.")[0][:2] == ("injured", 5)
    assert counts("Officers found three teenagers shot. Two adults were also wounded. A sixth victim, a 20-year-old "
                  "man, was dropped off at a hospital.")[0][:2] == ("injured", 6)
    # told after the count alone, the ordinal is one more, as before
    assert counts("Police said two people were wounded. A third victim later showed up at a hospital.")[0][:2] == (
        "injured", 3)


def test_an_update_on_top_tells_one_more_beyond_the_count() -> None:
    assert sorted(c[:2] for c in counts(
        "UPDATE: Police now say a fourth person was shot in Thursday night's shooting. A man is dead and two others "
        "are hurt after someone opened fire on a group Thursday night.")) == [("injured", 3), ("killed", 1)]
    # an ordinal told above a count without "now" is left to the count
    assert ("injured", 2) in [c[:2] for c in counts(
        "A third person was shot in the shooting. A man is dead and two others are hurt.")]


def test_someone_also_treated_is_someone_new() -> None:
    assert counts("A 16-year-old boy was shot in the abdomen. A 41-year-old man was struck in the thigh. Paramedics "
                  "also treated a man who had been grazed on the forearm by a bullet.")[0][:2] == ("injured", 3)


def test_one_of_the_shot_told_dead_before_leaves_the_rest_hurt() -> None:
    assert counts("Keisha Morrow, 29, died Saturday at a hospital, nearly a week after she was struck in the head. "
                  "Morrow, who police say was not involved in the argument, was one of four people hit.") == [
        ("killed", 1, "Keisha Morrow"), ("injured", 3, "four")]


@pytest.mark.parametrize("text", [
    "Five people were shot and no one was killed.",
    'Five people were shot early Sunday. "We had five people shot, and by the grace of God, no one was killed," '
    "he said.",
])
def test_no_one_killed_is_nobody_dead(text: str) -> None:
    assert {kind for kind, _, _ in counts(text)} == {"injured"}
    assert max(n for _, n, _ in counts(text)) == 5


def test_the_man_police_say_shot_him_is_the_shooter_not_the_dead() -> None:
    assert counts("A man was killed and the man police say shot him was wounded when the victim's friend returned "
                  "fire Saturday night.") == [("killed", 1, "A man"), ("injured", 1, "the man")]
    assert counts("A clerk and the man police say tried to rob him were both wounded in an exchange of gunfire.") == [
        ("injured", 2, "A clerk and the man")]
    # whom he tried to rob, or whose house he broke into
    assert counts("A convenience store clerk was wounded and the man police say tried to rob him was killed in an "
                  "exchange of gunfire late Friday.") == [("injured", 1, "A convenience store clerk"),
                                                          ("killed", 1, "the man")]


def test_a_first_report_split_by_a_death_since_stands() -> None:
    # what changed since the first report is the death, which the split counts; the victims told after it
    # are those reported
    assert ("injured", 3, "four") in counts(
        "Police initially said four people were shot at the party about 12:30 a.m. Sunday. Tillman, who was shot in "
        "the head, later died. The other three victims survived.\n\nAn 18-year-old woman was shot in the leg and was "
        "in good condition, police said. A 21-year-old man was shot in the arm and was treated and released.")
    # where the story says the count was revised, the first report goes, as before
    assert ("injured", 2, "three") not in counts(
        "Police have revised the number of people hurt. Police initially said three people had been shot. One of "
        "the gunshot victims died at a hospital. The other, a 17-year-old boy, was shot in the leg.")


def test_an_object_told_again_in_an_aside_is_one_person() -> None:
    assert counts("The gunman also shot a customer, a 35-year-old man, in the arm as he tried to leave the store.") == [
        ("injured", 1, "a customer")]
    # a list is still a list
    assert counts("He shot a man, a 20-year-old woman and a boy.")[0][:2] == ("injured", 3)


def test_a_death_told_after_a_count_of_the_year_s_homicides_is_the_story_s() -> None:
    assert counts("A man shot more than a week ago at an east Tulsa apartment complex has died.") == [
        ("killed", 1, "A man")]
    assert counts("Police say his death is now the city's 12th homicide of 2016. Marcus Tillman, 27, died Sunday at "
                  "St. John Medical Center, where he had been in critical condition since the Feb. 27 shooting.") == [
        ("killed", 1, "Marcus Tillman, 27,")]
    # nor is anyone told after it: the 88 before the 89th are not the next sentence's news
    story = ("Tonya Ellison died Thursday, a week after she was shot. Her death is the city's 89th homicide of the "
             "year. Her 19-year-old nephew was also shot in the shoulder during the incident.")
    assert [c[:2] for c in counts(story)] == [("killed", 1), ("injured", 1)]


def test_an_update_on_top_that_names_the_dead_ends_no_one_hurt_below_it() -> None:
    assert counts("UPDATE (10:42 a.m. Monday): Police have identified the man killed in Friday night's shooting as "
                  "Tyler Sims, 25.\n\nSPRINGFIELD, Mo. -- A man is dead and other people were hurt after a shooting "
                  "outside a bar late Friday. Sims was shot in the chest and died early Saturday. A 27-year-old woman "
                  "was shot in the leg and a 30-year-old man was shot in the shoulder.") == [
        ("killed", 1, "A man"), ("injured", 2, "A 27-year-old woman was shot in the leg and a 30-year-old man")]


def test_a_gunman_who_shot_others_and_himself_then_died_is_dead() -> None:
    assert counts("A man who police say shot his former girlfriend and her brother inside a home Saturday night and "
                  "then turned the gun on himself died at a hospital Sunday afternoon, authorities said.") == [
        ("killed", 1, "A man"), ("injured", 2, "his former girlfriend and her brother")]


def test_a_name_with_its_generation_is_a_named_victim() -> None:
    assert counts("A man was killed. Anthony Reid Jr., 30, was shot in the leg and Marcus Reid, 25, was grazed.") == [
        ("killed", 1, "A man"), ("injured", 2, "Anthony Reid Jr., 30, was shot in the leg and Marcus Reid, 25,")]
    # read as the same name without it
    told = "One suspect, identified as Javier Montoya{}, 21, was struck in the chest and died inside the store."
    assert [c[:2] for c in counts(told.format(" Jr."))] == [c[:2] for c in counts(told.format(""))] != []


def test_the_gunman_who_shot_himself_told_dead_as_the_subject_is_not_hurt() -> None:
    assert [c[:2] for c in counts(
        "A 23-year-old man who police say shot his mother and stepfather Saturday evening at their north Spokane home "
        "and then shot himself died Sunday at a hospital, police said. His stepfather, Michael Dunning, 49, died at "
        "the scene.")] == [
        ("killed", 2), ("injured", 1)]


def test_a_child_who_died_after_she_was_struck_and_a_child_under_ten_killed_this_year() -> None:
    story = ("Mourners packed a church Saturday for the funeral of a 6-year-old girl who died after she was struck by a "
             "stray bullet inside her home. She was the third child under 10 killed by gunfire in the city in the past "
             "12 months.")
    assert counts(story) == [("killed", 1, "a 6-year-old girl")]
    assert counts("Two people under 18 were shot Thursday.") == [("injured", 2, "Two")]
    assert counts("A man was shot Friday. Four people were killed in the county in the past three years.") == [
        ("injured", 1, "A man")]


def test_officers_who_fired_nobody_hurt_and_a_person_cut_by_glass_are_no_victims() -> None:
    assert counts("Two Pittsburgh police officers shot and killed a man who pointed a handgun at them.") == [
        ("killed", 1, "a man")]
    assert counts("Neither officer was hurt.") == [] and counts("No officer was hurt.") == []
    assert counts("Two people were shot. A third person who was taken to the hospital had cut his hand on broken "
                  "glass and was not struck by gunfire, police said.") == [("injured", 2, "Two")]


def test_shot_at_but_not_struck_and_a_shooting_not_related_are_no_count() -> None:
    assert counts("A friend of Kinsella's who was standing nearby was shot at but not struck and ran into the house.") \
        == []
    assert counts("A man was shot Sunday. The shooting is not believed to be related to a fatal shooting in Hempstead "
                  "on Saturday evening, in which a 30-year-old man was killed.") == [("injured", 1, "A man")]


def test_whom_a_man_opened_fire_on_and_the_rest_of_the_shot_stay_as_told() -> None:
    assert counts("A man who opened fire on a Shreveport police officer during a traffic stop Wednesday night was "
                  "killed when another officer returned fire.") == [("killed", 1, "A man")]
    story = ("One man is dead and three other people were shot early Sunday. Police said a 25-year-old man died at a "
             "hospital. Two other people were hurt in the crowd that rushed toward the club entrance.")
    assert ("injured", 3, "three") in counts(story)


def test_a_gunman_who_was_himself_shot_is_one_more_of_his_kind() -> None:
    # the split after a first form whose words are no counts ("himself shot and killed"), and the gunman with it
    assert counts("A gunman who shot two people, killing one, at a home on Feb. 28 was himself shot and killed by "
                  "deputies minutes later, authorities said.") == [
        ("killed", 2, "A gunman who shot two people, killing one"), ("injured", 1, "two")]
    assert counts("A man who shot three people, killing one, was himself wounded by police.") == [
        ("injured", 3, "A man who shot three"), ("killed", 1, "one")]
    assert counts("A man who opened fire at a bar was himself shot by a customer and taken to a hospital.") == [
        ("injured", 1, "A man")]
    assert counts("A man who robbed a store was himself shot dead by the clerk.") == [("killed", 1, "A man")]


def test_one_whose_death_is_named_by_surname_is_not_hurt() -> None:
    story = ("A man who was shot Tuesday afternoon outside a corner store died Saturday, the coroner's office said. "
             "Antonio Vance, 31, was struck several times about 4:30 p.m. Tuesday. A second man, Larry Coleman, 45, "
             "was shot in the shoulder. Coleman was treated and released. The coroner ruled Vance's death a homicide.")
    assert {(kind, best) for kind, best, _ in counts(story)} == {("killed", 1), ("injured", 1)}


def test_what_might_have_been_and_a_shooting_the_previous_day_in_a_follow_up() -> None:
    assert counts("She could have been killed over something that had nothing to do with her.") == []
    assert counts("He would have died if not for the vest.") == []
    assert counts("Police on Friday arrested an 18-year-old in connection with a shooting the previous day that "
                  "wounded a 15-year-old boy and a 44-year-old woman.") == [
        ("injured", 2, "a 15-year-old boy and a 44-year-old woman")]
    assert counts("A 40-year-old man died Wednesday from wounds suffered the previous day in a drive-by shooting that "
                  "also injured a 12-year-old girl, police said.") == [
        ("killed", 1, "A 40-year-old man"), ("injured", 1, "a 12-year-old girl")]
    # past the lede, and no follow-up's news: the day before is another incident
    assert counts("A man was shot Sunday. He is in stable condition. Police have no suspect. The previous day, two "
                  "women were wounded nearby.") == [("injured", 1, "A man")]


def test_the_gunman_police_killed_after_the_one_he_killed_and_a_couple_found_dead() -> None:
    assert counts("A man shot and killed his estranged wife and wounded one of her coworkers Feb. 26 at an insurance "
                  "office before he was shot to death by a police officer, authorities said.")[0][:2] == ("killed", 2)
    found = counts("Officers found Harold Whitfield, 81, and his wife, Eleanor Whitfield, 79, dead in their bedroom.")
    assert found == [("killed", 2, "Harold Whitfield, 81, and his wife, Eleanor Whitfield, 79")]


def test_a_country_s_tally_so_far_in_the_year_is_no_count_of_the_story() -> None:
    story = ("A 3-year-old boy died Wednesday after shooting himself with a handgun he found in his mother's purse. "
             "His sister was not hurt. Police said the case has been turned over to prosecutors. According to an "
             "advocacy group, at least 23 children across the country have unintentionally shot themselves or "
             "someone else so far in 2016.")
    document = analyse(Article.from_text(story, source="t.txt", published_at=dt.datetime(2016, 3, 7)))
    assert [c.span.text for c in document.of_kind("count")] == ["A 3-year-old boy"]


def test_one_more_after_the_count_taken_to_a_hospital() -> None:
    assert counts("Two victims were taken to Regional Medical Center, and a third was treated at the scene after a "
                  "bullet grazed his arm, police said.") == [
        ("injured", 3, "Two victims were taken to Regional Medical Center, and a third")]
    # not one treated for what no bullet did
    assert counts("Two men were taken to a hospital and a third was treated for cuts from broken glass.") == [
        ("injured", 2, "Two")]


def test_a_city_s_tally_since_a_day_is_another_incident_s() -> None:
    story = ("A 12-year-old boy was among three people wounded Saturday evening, police said. The boy was taken to a "
             "hospital in good condition. No one was in custody. At least 27 people have been shot across Chicago since Friday evening, four of them fatally.")
    assert [c[:2] for c in counts(story)] == [("injured", 3)]
