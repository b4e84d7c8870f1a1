"""Counts in follow-ups, vigils and stories set among other shootings: a crowd is no count, one of the
shot who has since died splits the count, and a round-up's tally or a headline's "others ... in separate
shootings" are other incidents' (summarizer.rules.casualties, .splits, .scope, .tally)."""

from test_victims import counts


def test_a_crowd_told_by_what_it_did_is_no_count() -> None:
    story = ("About 150 people remembered Tyrell Banks on Monday night, the 16-year-old shot to death outside a "
             "skating rink on Saturday.")
    assert [c[:2] for c in counts(story)] == [("killed", 1)]
    assert counts("About 40 mourners gathered where the boy was killed.") == [("killed", 1, "the boy")]
    # a participle, with the count's own verb still to come
    assert counts("Police said 4 people gathered outside the club were shot.") == [("injured", 4, "4")]


def test_one_of_the_shot_who_has_since_died_splits_the_count() -> None:
    story = ("A 19-year-old woman who was among four people shot at a block party Saturday night has died, "
             "police said Monday.")
    assert [c[:2] for c in counts(story)] == [("killed", 1), ("injured", 3)]
    story = ("A 30-year-old man shot outside a bar this month died Tuesday. He is the only one of the five people "
             "wounded in that shooting to die.")
    assert ("injured", 4) in [c[:2] for c in counts(story)]


def test_a_round_up_s_tally_past_the_lede_is_another_incident_s() -> None:
    lede = ("A 22-year-old man was shot in the leg early Sunday in the 400 block of Elm Street, police said. He was "
            "taken to a hospital in good condition. No arrests were made. ")
    assert [c[:2] for c in counts(lede)] == [("injured", 1)]
    assert [c[:2] for c in counts(lede + "Since Friday evening, at least 23 people had been shot in Chicago, three "
                                  "of them fatally.")] == [("injured", 1)]
    assert [c[:2] for c in counts(lede + "It was one of several shootings across the Dayton area over the weekend, "
                                  "including one that left a woman dead.")] == [("injured", 1)]


def test_a_headline_s_others_in_separate_shootings_are_another_incident_s() -> None:
    assert counts("Two men killed outside corner store; 4 others wounded in separate shootings") == [
        ("killed", 2, "Two")]
    # the story's own others stay
    assert counts("Two men killed outside corner store; 4 others wounded") == [
        ("killed", 2, "Two"), ("injured", 4, "4")]


def test_a_bullet_a_vest_stopped_hurt_no_one() -> None:
    story = ("The man fired at deputies from the porch. One bullet struck Deputy Ray Olson in the chest, but his "
             "ballistic vest stopped it, the sheriff said.")
    assert counts(story) == []
    assert counts("The man fired at deputies. A bullet struck an officer in the chest, but his vest stopped it.") == []
    # told of the one hit, as the subject (summarizer.rules.predicates), not the object (.objects)
    assert counts("The man fired at deputies. Deputy Ray Olson was struck in the chest, but his vest stopped the "
                  "bullet.") == []
    # a bullet that hit is still a count of one
    assert counts("The man fired at deputies. One bullet struck Deputy Ray Olson in the arm.") == [
        ("injured", 1, "Deputy")]


def test_one_who_hurt_himself_is_no_casualty() -> None:
    story = ("A man was shot in the leg after a foot chase. One of the officers hurt his knee when he fell while "
             "climbing over a fence.")
    assert counts(story) == [("injured", 1, "A man")]
    assert counts("One man was shot in the knee.") == [("injured", 1, "One man")]


def test_one_of_them_hit_is_one_hurt() -> None:
    story = ("The clerk fired at the two men as they ran out the door. One of them, 20-year-old Dante Cole, was hit "
             "in the hip and was found a few blocks away.")
    assert counts(story) == [("injured", 1, "One")]
    assert counts("Two men ran from the store. One of them was hit by a car.") == []


def test_a_rule_s_case_is_no_victim() -> None:
    story = ("A trooper was shot in the shoulder. A grand jury will review the case, as required under state law "
             "when a person is injured or killed by law enforcement.")
    assert counts(story) == [("injured", 1, "A trooper")]
