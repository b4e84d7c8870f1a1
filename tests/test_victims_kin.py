"""Relatives a story names by the possessive ("his wife", "their adult son", "his girlfriend's father"):
one person each, told again by the same noun, and the gunman's own death after them
(summarizer.rules.survivors, .gunman_death, .predicates)."""

from test_victims import counts


def test_the_relative_a_headline_says_he_shot_is_the_one_the_lede_says_he_killed() -> None:
    story = ("Police: Tulsa man shot wife, then himself in east Tulsa home\n\nTULSA -- A man fatally shot his wife and "
             "then turned the gun on himself Sunday night inside their east Tulsa home, police said.")
    assert [c[:2] for c in counts(story)] == [("killed", 2)]
    # and a death told by the possessive after the injury: "His son died"
    assert [c[:2] for c in counts("A man shot his son Friday. His son died Sunday.")] == [("killed", 1)]
    # another relative is someone else
    assert [c[:2] for c in counts("A man shot his wife. Later he fatally shot her sister.")] == [
        ("injured", 1), ("killed", 1)]


def test_a_relative_told_as_shot_after_the_story_says_they_were_killed_is_no_one_hurt() -> None:
    story = ("A man shot and killed his wife and their adult son Sunday, police said. Their daughter, 16, was shot "
             "in the back and survived. Investigators believe he shot his wife in the kitchen, then shot his son.")
    assert sorted(c[:2] for c in counts(story)) == [("injured", 1), ("killed", 2)]


def test_a_group_killed_by_name_and_then_the_gunman_is_one_more_dead() -> None:
    story = ("Father killed wife and son, wounded daughter before taking his own life\n\nA man shot and killed his "
             "wife and their adult son and wounded his teenage daughter Sunday before killing himself, police said.")
    assert [c[:2] for c in counts(story) if c[0] == "killed"] == [("killed", 3)]


def test_a_relative_of_a_relative_is_one_person() -> None:
    assert counts("A man shot and killed his girlfriend's father during an argument.") == [
        ("killed", 1, "his girlfriend's father")]
    # a headline's "Man killed girlfriend's father" says who did it, not that the man was killed
    assert counts("Man killed girlfriend's father, wounded her") == [("killed", 1, "girlfriend's father")]


def test_the_gunman_s_shot_at_himself_told_again_after_his_death_is_no_one_hurt() -> None:
    story = ("Police say a man shot and killed his wife inside their home Sunday before turning the gun on himself. "
             "Investigators believe Gerald Marsh then shot himself in the garage.")
    assert [c[:2] for c in counts(story)] == [("killed", 2)]


def test_a_surname_and_a_relative_both_struck_are_two_the_dead_one_among_them() -> None:
    story = ("Alyssa Moreno died Thursday, six days after she was shot. Moreno and her 20-year-old brother were both "
             "struck when someone fired into an apartment. He was released from the hospital earlier this week.")
    assert [c[:2] for c in counts(story)] == [("killed", 1), ("injured", 1)]


def test_a_father_and_son_who_were_killed_are_two() -> None:
    assert counts("Funeral services will be held Thursday for a Jackson County father and son who were shot and "
                  "killed Friday at their home.") == [("killed", 2, "a Jackson County father and son")]


def test_the_gunman_s_own_death_is_none_of_the_relatives_he_shot() -> None:
    story = ("Man shoots wife, brother-in-law, then kills himself\n\nA Columbus County man shot his estranged wife and "
             "her brother before turning the gun on himself Tuesday morning at a home, the sheriff's office said.")
    assert counts(story) == [("injured", 2, "wife, brother-in-law"), ("injured", 2, "his estranged wife and her brother"),
                             ("killed", 1, "himself")]


def test_a_relative_wounded_between_the_parts_of_a_death_is_still_hurt() -> None:
    # "killed wife, wounded son before killing himself" are the wife and himself, not the son between them
    story = ("Sheriff: Man killed wife, wounded son before killing himself\n\nA man shot and killed his wife and "
             "wounded their adult son Sunday night before turning the gun on himself at a home, deputies said.\n\n"
             "The son was shot in the arm and hip. He was taken to a hospital, where he was listed in satisfactory "
             "condition Monday.\n\nAccording to the son, his parents had been arguing. When he stepped in, his "
             "father fired at him, then shot his mother, deputies said.")
    found = counts(story)
    assert [c[:2] for c in found if c[0] == "killed"] == [("killed", 2)]
    assert [c[0] for c in found if c[0] == "injured"] == ["injured"]


def test_relatives_who_share_a_surname_are_each_counted() -> None:
    assert [c[:2] for c in counts("Loretta Hayes died of a gunshot wound to the head. Clarence Hayes died of a "
                                  "self-inflicted gunshot wound.")] == [("killed", 2)]
    # the same whole name, or the surname after a title, is the same person told again
    assert counts("DeAndre Wallace was shot and killed Tuesday. DeAndre Wallace died at the scene.") == [
        ("killed", 1, "DeAndre Wallace")]


def test_a_headline_s_couple_found_dead_is_two_and_holds_the_gunman_s_shot_at_himself() -> None:
    story = ("Elderly couple found dead in north Spokane home; police call it murder-suicide\n\nAn 84-year-old Spokane "
             "man shot his 81-year-old wife and then himself in their home on Oct. 14, police said Monday.")
    assert counts(story) == [("killed", 2, "Elderly couple")]
    assert counts("Couple's home burglarized") == []


def test_an_in_law_is_one_relative_not_the_kin_noun_inside_it() -> None:
    assert counts("His son-in-law died at the scene.") == [("killed", 1, "His son-in-law")]
    assert counts("Grandfather kills son-in-law, himself in east Charlotte") == [("killed", 2, "son-in-law, himself")]


def test_someone_s_relative_is_of_the_relative_s_sex() -> None:
    # "his brother's wife" is a woman, so she may be the headline's sister-in-law
    story = ("Columbus man charged in shooting death of brother; sister-in-law wounded\n\nA Columbus man has been "
             "charged with murder after police say he shot and killed his younger brother and wounded his brother's "
             "wife during an argument Tuesday at their home.")
    assert max(c[1] for c in counts(story) if c[0] == "injured") == 1


def test_a_gunman_s_shot_at_himself_before_all_are_told_dead_is_his_death() -> None:
    story = ("Police said 45-year-old Jerome Akers shot and killed his ex-wife and her boyfriend inside her home. Akers "
             "then shot himself, police said. All three were dead when officers arrived.")
    assert [c[0] for c in counts(story)] == ["killed"] * len(counts(story))
