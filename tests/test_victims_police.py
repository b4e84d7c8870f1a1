"""Police-involved shootings: officers hurt, suspects shot by officers, and what officers did or
carried (summarizer.rules.casualties, .victims, .gunman_death, .tally, .scope)."""

from test_victims import counts


def test_an_officer_s_body_worn_camera_is_no_body() -> None:
    assert counts("A police officer was shot Monday. The officer's body-worn camera captured the chase, police "
                  "said.") == [("injured", 1, "A police officer")]


def test_a_count_of_officers_who_shot_someone_by_name_is_no_casualty() -> None:
    assert counts("Sumner pointed the handgun at deputies, and one deputy shot Sumner.") == []
    assert counts("Two officers shot Sumner in the chest.") == []
    # a headline's weekday after "shot" is no one shot
    assert counts("Two shot Tuesday in Chicago") == [("injured", 2, "Two")]


def test_a_conjunction_ends_the_person_before_it() -> None:
    assert counts("A man shot a woman Wednesday before officers shot and killed him.") == [("injured", 1, "a woman")]
    assert [c[:2] for c in counts("A gunman killed a woman Wednesday before officers shot and killed him.")] == [
        ("killed", 2)]


def test_a_headline_s_police_who_kill_the_gunman_count_him_dead() -> None:
    assert [c[:2] for c in counts("Shreveport gunman kills girlfriend's mother, wounds girlfriend and officer before "
                                  "police kill him")] == [("killed", 2), ("injured", 2)]


def test_a_headline_s_next_clause_may_give_its_subject_a_modifier() -> None:
    assert counts("Bystander killed, carjacking suspect wounded in shootout with Houston police") == [
        ("killed", 1, "Bystander"), ("injured", 1, "carjacking suspect")]


def test_the_second_officer_of_a_group_told_as_one_subject_is_one_of_it() -> None:
    story = ("Two Reno officers, suspect wounded in motel shootout\n\nTwo Reno police officers and a man they were "
             "trying to arrest were shot last night at a motel. One officer was shot in the hand and was treated and "
             "released. The second officer was hit in the hip and had surgery.")
    assert max(c[1] for c in counts(story) if c[0] == "injured") == 3


def test_a_suspect_named_in_a_count_s_aside_is_one_of_its_casualties() -> None:
    assert counts("One man is dead and two other people, including the suspected gunman, are hospitalized after a "
                  "shooting, police said.") == [("killed", 1, "One man"), ("injured", 2, "two")]
    # (those suspected of the killing are no casualties)
    assert counts("Two men suspected of killing a girl were arrested.") == [("killed", 1, "a girl")]


def test_another_weekday_s_shooting_after_a_lede_that_tells_its_own_and_an_arrest() -> None:
    story = ("Milwaukee officer shot in arm during foot chase; suspect arrested hours later\n\nA Milwaukee police "
             "officer was shot in the arm early Monday while chasing a man on foot, police said.\n\nThe man got away. "
             "He was arrested without incident about 6 p.m. Monday.\n\nOn Sunday night, three people were wounded "
             "when someone fired into a crowd at a block party.")
    assert [c[:2] for c in counts(story)] == [("injured", 1), ("injured", 1)]


def test_the_incident_after_a_sentence_that_counts_the_story_s_among_several_is_another() -> None:
    story = ("A second man has died from wounds he suffered in a shooting Friday, police said. Andre Pierce was "
             "pronounced dead at the scene.\n\nThe killings were one of several shootings in the county over the "
             "weekend. In Little Haiti, three men were wounded Saturday night in a drive-by shooting.")
    assert [c[0] for c in counts(story)] == ["killed"]
    story = story.replace("were one of several shootings", "were among several violent incidents")
    assert [c[0] for c in counts(story)] == ["killed"]


def test_people_found_who_had_been_shot_are_split_by_the_deaths_after() -> None:
    story = ("Officers arriving at the scene found three people who had been shot.\n\nDarius Fleming, 22, died at the "
             "scene, police said.")
    assert [c[:2] for c in counts(story)] == [("injured", 2), ("killed", 1)]
