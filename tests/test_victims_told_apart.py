"""Casualty candidates of people a story tells apart from those before: the one police killed and the
clerk he shot, a second victim, a woman "also" hit, another name's death, and the part of a count
that was shot (summarizer.rules.victims, .survivors, .splits, .tally, .casualties)."""

import pytest

from test_victims import counts


@pytest.mark.parametrize(("text", "expected"), [
    ("Dontrell Jackson, 22, was struck in the chest and died. The second victim, an 18-year-old whose name has not been "
     "released, was shot in the hip.",
     [("killed", 1, "Dontrell Jackson, 22,"), ("injured", 1, "The second victim")]),
    # a name with a nickname in quotes
    ('Deputies found 38-year-old William "Billy" Carter dead in the driveway with a gunshot wound.',
     [("killed", 1, '38-year-old William "Billy" Carter')]),
])
def test_a_second_victim_and_a_nickname(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


def test_someone_told_as_also_hit_is_someone_new() -> None:
    story = ("Bell was pronounced dead at the scene. Investigators say Bell and Cedric Hollins, 31, had been "
             "arguing. Hollins was struck in the abdomen. He was taken to UAB Hospital. A woman was also hit.")
    assert counts(story)[-1][:2] == ("injured", 2)
    # without "also" the woman may be the one told before
    assert counts(story.replace(" also hit", " hit"))[-1][:2] == ("injured", 1)
    # also taken where the dead man was taken: no sign of someone new
    story = ("Two men died and a woman was critically wounded early Saturday. A second man was taken to Eskenazi "
             "Health, where he died. A 23-year-old woman was also taken to Eskenazi and was listed in critical "
             "condition.")
    assert ("injured", 2) not in [c[:2] for c in counts(story)]


def test_a_clock_time_ends_its_sentence_before_a_pronoun() -> None:
    assert counts("Police said a 35-year-old man was shot multiple times at about 3 p.m. He died at the scene.") == [
        ("killed", 1, "He")]


def test_a_second_death_told_by_another_name_further_on() -> None:
    story = ("A second man has died from injuries suffered in a Feb. 28 shooting in which four men were shot, "
             "police said. Darnell Batiste, 31, died Thursday. He had been in critical condition since the "
             "shooting. Cedric Johnson, 26, was pronounced dead at the scene the night of the shooting.")
    assert counts(story)[:2] == [
        ("injured", 2, "four"),
        ("killed", 2, "Darnell Batiste, 31, died Thursday. He had been in critical condition since the shooting. "
                      "Cedric Johnson")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A shooting left two men dead and a third wounded Wednesday night, police said.",
     [("killed", 2, "two"), ("injured", 1, "a third")]),
    ("A 28-year-old man was shot in the chest and a 34-year-old man was shot in the head. Both were rushed to "
     "Temple University Hospital, where they were pronounced dead a short time later.",
     [("killed", 2, "Both")]),
    ("UPDATE: The coroner's office says one of the men shot Sunday night has died. Two men were shot late "
     "Sunday night along Plank Road, police said.",
     [("killed", 1, "one of the men"), ("injured", 1, "Two")]),
])
def test_deaths_among_the_shot_told_in_other_ways(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Seven people were taken to area hospitals. Five of them had been shot; the other two were cut by broken "
     "glass, police said.", [("injured", 5, "Five")]),
    ("A driver was shot and killed Saturday, and his passenger was hurt when their SUV crashed.",
     [("killed", 1, "A driver")]),
])
def test_people_hurt_otherwise_than_by_gunfire(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


def test_a_suspect_hurt_beside_a_named_victim_who_died() -> None:
    story = ("A convenience store clerk shot during a robbery on Thursday has died, and the suspect who was wounded "
             "by police is expected to recover, police said. Rajesh Patel, 52, was shot once in the chest during "
             "the robbery. He died Saturday at St. Francis Hospital.")
    assert counts(story) == [("killed", 1, "A convenience store clerk"), ("injured", 1, "the suspect")]


def test_a_running_total_of_the_shot_holds_the_dead() -> None:
    story = ("Six people were shot, one of them fatally, at a club on Friday, police said. On Monday, police said a "
             "24-year-old woman who went to a hospital on her own had been grazed by a bullet inside the club, "
             "bringing the number of people shot to seven.")
    assert counts(story) == [("killed", 1, "one"), ("injured", 6, "seven")]
    # a count revised in an update, with the death told above it
    story = ("UPDATE: Police say a man taken to a hospital in critical condition has died. UPDATE: Police have "
             "revised the number of people shot to six.")
    assert counts(story) == [("killed", 1, "a man"), ("injured", 5, "six")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A 27-year-old man wounded in a shooting outside an apartment complex Saturday night died Sunday, police said.",
     [("killed", 1, "A 27-year-old man")]),
    ("UPDATE: Memphis police say one of the men shot Saturday night on East Shelby Drive has died.",
     [("killed", 1, "one")]),
    # the one police killed, told dead in the sentence after their fire
    ("A man who shot a convenience store clerk during a robbery Thursday night was shot and killed by a Tulsa "
     "police officer minutes later, police said. Police said the man demanded cash, then shot the 46-year-old "
     "clerk once in the shoulder. When the man turned toward the officer with a handgun, the officer fired, "
     "Morrison said. The man died at the scene.",
     [("killed", 1, "A man"), ("injured", 1, "a convenience store clerk")]),
])
def test_the_dead_told_after_the_shooting(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


def test_a_paragraph_that_ends_denying_a_connection_is_another_incident() -> None:
    story = ("A man was shot and killed late Friday, police said, one of two shootings in the city within 90 "
             "minutes. He was taken to Johns Hopkins Hospital. Police identified him Sunday.\n\nAbout 12:50 a.m. "
             "Saturday, a 25-year-old woman was shot in the leg. She was taken to Sinai Hospital and is expected to "
             "survive. Police said they do not believe the shootings are related.")
    assert counts(story) == [("killed", 1, "A man")]


def test_the_dead_told_as_one_of_those_struck() -> None:
    story = ("The coroner identified the man killed at a house party as 19-year-old Deshawn Ellis. Ellis was one of "
             "three people struck when gunfire broke out, police said. Ellis was pronounced dead at a hospital.")
    assert counts(story)[:2] == [("injured", 2, "three"), ("killed", 1, "Ellis")]


def test_a_named_person_hit_in_a_story_that_tells_no_death() -> None:
    story = ("A man accused of shooting a convenience store clerk has been released from the hospital. Jermaine "
             "Lattimore, 24, is charged with attempted murder. When the clerk hesitated, Lattimore fired once, "
             "striking him in the shoulder. The clerk then pulled a pistol and fired several times, hitting "
             "Lattimore in the abdomen and leg.")
    assert [c[:2] for c in counts(story)] == [("injured", 2)]
    # where the story tells a death, the one hit may be the dead
    assert ("injured", 1, "Lattimore") not in counts(story + " A bystander was killed.")


def test_those_the_gunman_hit_are_not_the_gunman_whose_death_is_told_again() -> None:
    story = ("A man who opened fire inside a bar late Friday was shot and killed by a customer, police said. A "
             "27-year-old bartender was hit in the shoulder. A 41-year-old man sitting at the bar was grazed in the "
             "side. A customer drew his own gun and fired, hitting the gunman. The gunman died at the scene.")
    assert [c[:2] for c in counts(story)] == [("killed", 1), ("injured", 2)]
    # a man found shot, then the death retold by a pronoun, is the dead man (stop 37's rule still holds)
    assert [c[:2] for c in counts("A man was fatally shot Sunday. Officers found a man suffering from a gunshot "
                                  "wound. He was taken to a hospital, where he died.")] == [("killed", 1)]


@pytest.mark.parametrize(("text", "expected"), [
    # a hospital's relative clause, or a death by a gunshot, told far from the subject
    ("Terrance Brooks, 30, of Clinton, was taken to the University of Mississippi Medical Center, where he died a few "
     "hours later.", [("killed", 1, "Terrance Brooks, 30,")]),
    ("A man whose body was discovered Thursday inside a vacant house in the Glen Park neighborhood died of multiple "
     "gunshot wounds, the coroner said.", [("killed", 1, "A man")]),
    # an age that stands as the noun, introduced as someone with the dead before
    ("Pierce and a 20-year-old man were standing outside a store when someone opened fire. Pierce, 17, was shot and "
     "killed. The 20-year-old, whose name has not been released, was struck in the hip.",
     [("killed", 1, "Pierce, 17,"), ("injured", 1, "The 20-year-old")]),
    # a victim told as one in a year's count: the next sentence tells the earlier one
    ("A 19-year-old was shot and killed Wednesday while waiting for a bus. Ellis is the second Dayton teenager killed "
     "by gunfire this year. A 17-year-old was fatally shot on Jan. 30 on the city's north side.",
     [("killed", 1, "A 19-year-old")]),
])
def test_deaths_told_far_from_their_subject_and_a_year_s_earlier_victim(
        text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


def test_one_introduced_as_who_fired_and_taken_to_a_hospital_is_one_more_hurt() -> None:
    story = ("A homeowner shot and killed an armed intruder. The intruder, identified as Kevin Strickland, 29, died at "
             "the scene. The homeowner was shot in the shoulder and taken to Tampa General Hospital in Tampa.")
    assert counts(story)[-1] == ("injured", 1, "The homeowner")
    # the man counted dead, told again as taken to a hospital, is no one new
    assert counts("A man was killed Saturday. The man was shot and taken to a hospital.") == [("killed", 1, "A man")]


def test_the_dead_named_again_before_both_is_no_one_hurt() -> None:
    story = ("A man fatally shot his wife inside their home Thursday before turning the gun on himself, police said. "
             "Inside, officers found Angela Pruitt, 44, and her husband, Curtis Pruitt, 47, both with gunshot wounds. "
             "Both were pronounced dead at the scene.")
    assert [c[:2] for c in counts(story)] == [("killed", 2)]


def test_a_relation_and_a_name_in_apposition_are_one_person() -> None:
    assert counts("Her daughter, Veronica Soto, 33, had been shot twice.") == [("injured", 1, "Veronica Soto, 33,")]
    assert counts("A man, a woman and a teen had been shot.")[0][:2] == ("injured", 3)


def test_a_numeral_one_is_one_victim_among_those_told_one_by_one() -> None:
    # "One officer" is told as "an officer" would be: one of the hurt, not the story's total
    story = ("A man suspected in a string of carjackings was shot and wounded by police Friday after he opened fire "
             "on officers, authorities said. One officer was grazed by a bullet.")
    assert [c[:2] for c in counts("Suspect wounded, officer grazed in shootout\n\n" + story)] == [("injured", 2)]
    assert [c[:2] for c in counts("One man was shot in the leg. A woman was also hit.")] == [("injured", 2)]
    # ... and one person told again is still one
    assert [c[:2] for c in counts("One man was wounded Saturday. The man, 25, was taken to a hospital.")] == [
        ("injured", 1)]


def test_one_who_reached_a_hospital_after_a_split_is_one_more_hurt() -> None:
    story = ("Officers found two men with gunshot wounds. One man was pronounced dead at the scene. The second man "
             "was taken to a hospital. A short time later, a woman arrived at University Medical Center with a graze "
             "wound to her leg.")
    assert sorted(c[:2] for c in counts(story)) == [("injured", 2), ("killed", 1)]
    # ... but not one who may be the hurt man told again
    story = ("Officers found two men with gunshot wounds. One man was pronounced dead at the scene. A short time "
             "later, a man arrived at University Medical Center with a gunshot wound.")
    assert sorted(c[:2] for c in counts(story)) == [("injured", 1), ("injured", 1), ("killed", 1)]


def test_an_update_on_top_that_counts_the_dead_by_ordinal_adds_to_a_split_below_it() -> None:
    story = ("A second man has died from wounds he suffered in a shooting early Sunday, police said. Three men were "
             "shot. Marcus Tate, 27, was pronounced dead at the scene.")
    assert [c[:2] for c in counts(story)] == [("killed", 2), ("injured", 1)]
    # a count of the dead below it is not one person: "a second" is among them
    assert sorted(c[:2] for c in counts("A second man has died, police said. Three men were shot. Two were pronounced "
                                        "dead at the scene."))[-1] == ("killed", 2)


def test_one_who_died_after_a_shooting_that_wounded_a_count_is_one_of_them() -> None:
    assert [c[:2] for c in counts("Teen dies days after Antioch house party shooting that wounded 4")] == [
        ("killed", 1), ("injured", 3)]
    assert [c[:2] for c in counts("A man has died after a weekend shooting that wounded three people.")] == [
        ("killed", 1), ("injured", 2)]
    # told by its ordinal, the death counts the dead so far
    assert [c[:2] for c in counts("Second victim dies after Kensington shooting that wounded five")] == [
        ("killed", 2), ("injured", 3)]
    assert [c[:2] for c in counts("A second victim died after a shooting that wounded five.")] == [
        ("killed", 2), ("injured", 3)]
    # the shooting told with when and where before the count, which it "left" shot
    assert [c[:2] for c in counts("A second person has died after a shooting late Saturday at a backyard birthday "
                                  "party in Florissant that left seven people shot, police said Monday.")] == [
        ("killed", 2), ("injured", 5)]
    # the count of the shot right after "after"; not those who fired
    assert [c[:2] for c in counts("UPDATE: Victim dies after 5 shot at Arlington house party")] == [
        ("killed", 1), ("injured", 4)]
    assert [c[:2] for c in counts("Woman dies after 2 men shot her")] == [("killed", 1)]
    # ... or in the headline's next clause
    assert [c[:2] for c in counts("Third victim dies after shooting at West End party; 8 people were shot")] == [
        ("killed", 3), ("injured", 5)]
    assert [c[:2] for c in counts("Victim dies after Thursday night shooting on Joseph Avenue; total now 5 shot")] \
        == [("killed", 1), ("injured", 4)]
    # a name with the town the person lived in dies as a name does
    story = "Jaylen Moore of Antioch died Monday, police said. Moore was one of four people struck by gunfire Friday."
    assert [c[:2] for c in counts(story)] == [("killed", 1), ("injured", 3)]


def test_an_officer_fired_at_and_then_hurt_is_one_more_beside_the_gunman_killed() -> None:
    story = ("A man was killed after he opened fire on a police officer during a traffic stop. The officer, a six-year "
             "veteran of the department whose name has not been released, was shot in the left shoulder. He was "
             "treated at UAB Hospital and released Sunday. The officer returned fire, fatally striking the suspect. "
             "It was the second time this year a Birmingham officer has been shot in the line of duty.")
    assert counts(story) == [("killed", 1, "A man"), ("injured", 1, "The officer")]
    assert counts("The officer returned fire, fatally striking the suspect.") == [("killed", 1, "the suspect")]
    # told dead by a pronoun, the officer may be the one counted
    assert [c[:2] for c in counts("A man was killed after he opened fire on a police officer. The officer was shot in "
                                  "the head. He died.")] == [("killed", 1)]


def test_the_deaths_of_a_count_and_the_other_told_dead_by_name_are_deaths() -> None:
    assert counts("A 17-year-old has been charged with murder in the deaths of two men who were shot last week.") == [
        ("killed", 2, "two")]
    story = ("Officers found two men shot in the street. One, Jamal Whitlock, 26, died at the scene. The other, Andre "
             "Sims, 30, died later that morning at University of Louisville Hospital.")
    assert counts(story)[0][:2] == ("killed", 2)
    # "the other" who lived is one of the hurt
    assert [c[:2] for c in counts("Two men were shot. One died at the scene. The other was taken to a hospital.")] \
        == [("injured", 1), ("killed", 1), ("injured", 1)]


def test_one_shot_in_what_the_sentence_calls_a_murder_suicide_was_killed() -> None:
    assert counts("Police: Tulsa man shot wife, then himself in murder-suicide") == [("killed", 1, "wife")]
    assert counts("Man shot wife, then himself") == [("injured", 1, "wife")]


def test_one_who_reached_a_hospital_told_as_an_ordinal_within_the_split_is_one_of_them() -> None:
    story = ("Four men were shot, two of them fatally, early Sunday, police said. A 22-year-old man was listed in "
             "stable condition. Investigators learned about the fourth victim about an hour after the shooting, when "
             "a 40-year-old man walked into Episcopal Hospital with a gunshot wound to his arm.")
    assert ("injured", 2) in [c[:2] for c in counts(story)] and ("injured", 3) not in [c[:2] for c in counts(story)]
    # another incident "two weeks ago" counts no one here
    assert counts("Two men were wounded Saturday. It happened a block from where three people were wounded in a "
                  "drive-by shooting two weeks ago.") == [("injured", 2, "Two")]


def test_a_count_split_by_a_death_after_it_is_less_the_toll_an_update_raised_above_it() -> None:
    story = ("A man wounded in a shooting Saturday night has died, raising the death toll to two, police said. Darius "
             "Holloway, 28, died Tuesday. Officers found four men with gunshot wounds in the parking lot. Jaylen "
             "Brooks, 22, died at the scene.")
    assert ("injured", 2, "four") in counts(story)
    # a toll no larger than the split's own deaths takes nothing more
    assert ("injured", 3, "four") in counts(story.replace("raising the death toll to two", "police said"))


def test_one_told_also_hit_by_the_role_the_lede_named_is_that_one() -> None:
    story = ("A shooting at a gas station left one man dead and a store clerk wounded, police said. Officers found "
             "Anthony Greer, 31, with multiple gunshot wounds. He was taken to a hospital, where he died. A "
             "58-year-old clerk was also struck once in the leg.")
    assert [c[:2] for c in counts(story) if c[0] == "injured"] == [("injured", 1), ("injured", 1)]
    # a role not told before is someone new
    story = story.replace("a store clerk wounded", "a woman wounded")
    assert ("injured", 2) in [c[:2] for c in counts(story)]


def test_people_one_headline_tells_apart_are_as_many_beside_the_lede_s_count() -> None:
    story = ("Man shot in leg, another grazed in Linden shooting\n\nCOLUMBUS, Ohio -- Two men were hurt Sunday when "
             "someone opened fire outside a convenience store, police said.")
    assert [c[:2] for c in counts(story)] == [("injured", 2), ("injured", 2)]
    # each bare subject of a headline's clauses is someone of its own, "hit by stray bullet" too
    story = ("Newark officer shot, suspect killed, grandmother hit by stray bullet in Saturday gunfight\n\nNEWARK — A "
             "Newark police officer and a 62-year-old woman were wounded and a suspected armed robber was killed.")
    assert [c[:2] for c in counts(story)][0] == ("injured", 2)


def test_a_gunman_killed_by_an_off_duty_officer_after_those_he_shot_is_one_more_dead() -> None:
    story = ("A man opened fire inside a crowded nightclub early Sunday, killing a woman and wounding five people "
             "before an off-duty police officer working security shot and killed him, authorities said.")
    assert [c[:2] for c in counts(story)] == [("killed", 2), ("injured", 5)]
    # and a headline's clause after a semicolon has a subject of its own
    assert [c[:2] for c in counts("Gunman killed by off-duty officer after opening fire at club; woman dead, 5 hurt")] \
        == [("killed", 2), ("injured", 5)]


def test_a_gunman_police_killed_told_before_those_he_killed_is_one_more_dead() -> None:
    assert [c[:2] for c in counts("Deputies shot and killed a gunman early Sunday after he opened fire inside a bar, "
                                  "killing two people, officials said.")] == [("killed", 3)]
    assert [c[:2] for c in counts("A man was shot and killed by police Friday after he opened fire at a party, "
                                  "killing one person and wounding three others.")] == [("killed", 2), ("injured", 3)]
    assert [c[:2] for c in counts("Sheriff's deputies shot and killed a man early Sunday after he opened fire inside "
                                  "a bar on Main Street, killing one man, officials said.")] == [("killed", 2)]
    assert [c[:2] for c in counts("Police shot and killed a man who had killed two people.")] == [("killed", 3)]
    # a headline's count of those he killed is theirs, not the total
    story = ("Deputies kill gunman after cookout shooting leaves 1 dead\n\nDeputies shot and killed a man late Monday "
             "after he opened fire on neighbors at a cookout, killing one man and wounding another.")
    assert [c[:2] for c in counts(story)] == [("killed", 2), ("injured", 1)]


def test_a_round_up_s_other_victims_are_another_incident_s() -> None:
    story = ("A 19-year-old man was killed and six other people were wounded Sunday evening in Englewood. The "
             "Englewood attack was the weekend's worst. Among the other victims were a 34-year-old man killed in "
             "Austin early Saturday and a 16-year-old girl wounded in Little Village on Friday night.")
    assert [c[:2] for c in counts(story)] == [("killed", 1), ("injured", 6)]


def test_none_of_the_victims_died_is_no_death_and_as_many_hurt() -> None:
    assert counts("None of the seven victims died.") == [("injured", 7, "seven")]
    assert [c[:2] for c in counts("Police said at least six people were wounded. None of the seven victims died.")] \
        == [("injured", 6), ("injured", 7)]
    assert counts("None of the three people inside were hurt.") == []


def test_a_total_of_both_kinds_is_no_count_of_either() -> None:
    assert counts("Eight people were killed or wounded.") == []
    assert counts("The shooting left eight people wounded or dead.") == []
    assert [c[:2] for c in counts("Two people were killed and three wounded or hurt otherwise.")] == [("killed", 2)]


def test_one_of_the_shot_who_died_leaves_the_rest_hurt() -> None:
    story = ("A 38-year-old man who was shot last week has died. Holloway was one of two men shot about 11:50 p.m. "
             "Aug. 14 outside a corner store.")
    assert [c[:2] for c in counts(story)] == [("killed", 1), ("injured", 1)]
    # "one of three people wounded" counts the living already
    assert [c[:2] for c in counts("A man was killed Sunday. Smith was one of three people wounded in the shooting.")] \
        == [("killed", 1), ("injured", 3)]


def test_a_hospital_s_long_name_is_a_trip_to_a_hospital() -> None:
    assert counts("The clerk was taken to University of New Mexico Hospital.") == [("injured", 1, "The clerk")]


def test_the_one_shot_in_a_murder_suicide_is_among_the_dead() -> None:
    assert [c[:2] for c in counts("Police said Tom Smith shot Ann Smith at their home Sunday. Officers found both "
                                  "dead inside.")] == [("killed", 2)]
    story = ("Police identified a man and a woman found dead in a home as a married couple and say the husband shot "
             "his wife before turning the gun on himself.")
    assert [c[:2] for c in counts(story)] == [("killed", 2), ("killed", 1)]
    # unless the story says she lived
    assert [c[:2] for c in counts("Two men were found dead. Police say one man shot a woman before killing himself. "
                                  "The woman was treated at a hospital.")] == [("killed", 2), ("injured", 1), ("killed", 1)]


def test_a_relative_brought_in_by_the_possessive_then_told_shot_and_released_is_hurt() -> None:
    story = ("Hayes and her 30-year-old cousin were sitting on the porch when a man began shooting. Dominique Hayes, 27, died "
             "Wednesday. The cousin, who was shot in the leg, has since been released.")
    assert [c[:2] for c in counts(story)] == [("killed", 1), ("injured", 1)]
    # the wife told shot after her death is no one more
    assert [c[:2] for c in counts("A man shot and killed his wife Sunday. The wife was shot in the chest, police "
                                  "said.")] == [("killed", 1)]


def test_a_relative_after_another_sharing_the_possessive_is_one_more() -> None:
    assert [c[:2] for c in counts("A farmer fatally shot his wife and adult son before killing himself.")] == [
        ("killed", 3)]
    assert [c[:2] for c in counts("Farmer killed wife, son before taking his own life")] == [("killed", 3)]


def test_another_after_the_one_police_say_fired_is_not_one_more() -> None:
    story = ("Gastonia man shot in leg during argument\n\nGastonia police are searching for a man they say shot "
             "another man in the leg during an argument on Friday.")
    assert [c[:2] for c in counts(story)] == [("injured", 1), ("injured", 1)]


def test_a_gunman_killed_by_a_county_s_deputies_after_those_he_shot_is_one_more_dead() -> None:
    story = ("A man opened fire at an apartment complex Saturday night, killing one man and wounding another before "
             "he was shot and killed by Harris County sheriff's deputies, authorities said.")
    assert [c[:2] for c in counts(story)] == [("killed", 2), ("injured", 1)]


def test_a_clause_after_but_with_a_name_of_its_own_is_not_the_subject_s() -> None:
    assert counts("A neighbor and a co-worker attempted life-saving measures, but Barstad died at the scene.") == []


def test_relatives_told_dead_and_then_told_shot_are_no_one_hurt() -> None:
    story = ("A man fatally shot his wife and son before killing himself. Evidence shows he shot his wife and son with a "
             "shotgun before turning the gun on himself.")
    assert [c[:2] for c in counts(story)] == [("killed", 3)]
    # others of the family, told shot beside a death, are hurt
    assert [c[:2] for c in counts("A man killed his wife Sunday. He also shot his son and daughter, who survived.")] \
        == [("killed", 1), ("injured", 2)]


def test_a_suspect_told_apart_from_the_victims_is_one_more_hurt() -> None:
    assert [c[:2] for c in counts("A man was shot and wounded Sunday. The suspect was also wounded.")] == [("injured", 2)]
    story = ("A 9-year-old girl was hit by a bullet when her father traded gunfire with a carjacker Monday. The would-be "
             "carjacker was also wounded.")
    assert [c[:2] for c in counts(story)] == [("injured", 2)]
    # a suspect only arrested is no one hurt
    assert [c[:2] for c in counts("A man was shot Sunday. The suspect was also arrested.")] == [("injured", 1)]


def test_a_named_victim_shot_who_lived_is_hurt() -> None:
    assert counts("Officer Kyle Brennan, a four-year veteran, was shot in the hip and is recovering at home.") == [
        ("injured", 1, "Officer Kyle Brennan")]
    # "was shot" alone may tell of a victim the story counts dead
    assert counts("Kyle Brennan was shot in the hip.") == []


def test_a_headline_may_open_with_who_names_the_victims() -> None:
    assert counts("Police identify officer wounded, man killed in Friday shootout") == [
        ("injured", 1, "officer"), ("killed", 1, "man")]


def test_another_told_against_the_shooter_and_the_other_man_are_one() -> None:
    # "another" than the man who fired, and "the other man" of the quarrel after it, is one hurt
    assert counts("A Bradford County man is charged after state police say he shot another hunter in the leg during "
                  "an argument over a hunting spot.\n\nPolice said Gregory Hottenstein, 52, confronted a 34-year-old "
                  "man who had set up near a tree stand. The argument escalated, and Hottenstein fired one round from "
                  "his rifle, striking the other man in the thigh, police said.") == [
        ("injured", 1, "another hunter"), ("injured", 1, "the other man")]


def test_others_told_beside_the_dead_add_to_no_one_told_before() -> None:
    # "two others" are others than the man dead, not than the homeowner of the headline
    assert counts("Homeowner wounded, kills intruder in break-in\n\nOne man is dead and two others are "
                  "hospitalized after a break-in turned into a gunfight Monday morning.") == [
        ("injured", 1, "Homeowner"), ("killed", 1, "intruder"), ("killed", 1, "One man"), ("injured", 2, "two")]


def test_another_injured_at_a_place() -> None:
    assert counts("A shooting left one man dead and another injured at a rural Furnas County home on Tuesday.") == [
        ("killed", 1, "one"), ("injured", 1, "another")]


def test_whom_a_caller_reported_shot_is_no_one_more() -> None:
    assert counts("A 58-year-old man was fatally shot Friday at a ranch. Deputies were dispatched after a caller "
                  "reported that a man had been shot during an argument.") == [("killed", 1, "A 58-year-old man")]


def test_a_whole_name_found_dead_is_dead() -> None:
    assert counts("Deputies arrived to find Gary Lee Tollefson, of Wilsall, dead outside a machine shed.") == [
        ("killed", 1, "Gary Lee Tollefson")]
    assert counts("Police found John Smith dead and his wife wounded.") == [
        ("killed", 1, "John Smith"), ("injured", 1, "his wife")]


def test_someone_s_relative_is_not_the_officer_shot() -> None:
    # "his girlfriend" (the woman found wounded) and the officer are two people, though an officer may be a woman
    story = ("Police identify officer wounded in Friday shootout\n\nThe encounter began when the man shot his "
             "girlfriend at their apartment, police said. Officer Kyle Brennan was shot in the hip and is recovering "
             "at home. Officers found a 33-year-old woman in the breezeway with a gunshot wound to her shoulder.")
    assert [(kind, n) for kind, n, _ in counts(story)] == [("injured", 2)]


def test_the_shooter_himself_shot_joins_the_count_in_his_clause() -> None:
    assert counts("A man who opened fire in a shopping center parking lot Saturday afternoon, wounding two people, "
                  "was himself shot by a Tulsa police officer, authorities said.") == [
        ("injured", 3, "A man who opened fire in a shopping center parking lot Saturday afternoon, wounding two")]
    assert counts("A gunman who killed two people at a bar was himself shot and killed by deputies.") == [
        ("killed", 3, "A gunman who killed two")]
