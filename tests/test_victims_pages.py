"""Counts on scraped pages and in stories that tell more than one shooting: a headline's second list, a
gunman police killed before a count of those hit, running totals, teasers and later shootings
(summarizer.rules.victims, .corrections, .casualties, .splits, .gunman_death, .scope; ingest.clean)."""

from test_victims import counts


def test_a_headline_s_next_clause_may_list_its_people() -> None:
    assert counts("Man killed in parked car in Kensington; passenger, passerby wounded") == [
        ("killed", 1, "Man"), ("injured", 2, "passenger, passerby")]
    assert counts("Man killed; woman, 2 kids hurt in shooting") == [("killed", 1, "Man"), ("injured", 3, "woman, 2 kids")]


def test_a_gunman_police_shot_dead_is_none_of_the_people_hit_after_him() -> None:
    story = ("A man who opened fire inside a bar was shot and killed by an off-duty police officer, police said. "
             "Two people were hit: a 44-year-old man who was shot in the abdomen, and a 29-year-old woman shot in "
             "the thigh.")
    assert ("injured", 2, "Two") in counts(story)
    # a victim who died before the count is still one of those hit
    assert ("injured", 1, "two") in counts("A man who was shot has died. Inside, officers found two men who had "
                                           "been shot.")


def test_a_headline_s_count_of_the_wounded_that_rises_is_the_count() -> None:
    assert counts("Count of wounded rises to 4 in Pueblo party shooting") == [("injured", 4, "4")]


def test_people_shot_along_with_a_victim_who_died_did_not_die() -> None:
    assert counts("A 19-year-old who was shot along with four other people on a corner Monday evening has died, "
                  "raising the death toll from the shooting to two, police said.") == [("killed", 2, "two")]


def test_a_first_report_s_figure_named_to_correct_it_is_no_count() -> None:
    assert counts("Dunbar also said one of the five people originally listed as wounded had not been shot. Police "
                  "now say three people survived gunshot wounds.") == [("injured", 3, "three")]


def test_people_found_with_gunshot_wounds_hold_the_dead_told_before() -> None:
    assert counts("A 23-year-old man died early Sunday, hours after he was shot at a backyard party, police said. "
                  "Officers found three people with gunshot wounds, Officer Manny Ortiz said.") == [
        ("killed", 1, "A 23-year-old man"), ("injured", 2, "three")]


def test_a_headline_s_gunman_killed_by_an_officer_is_none_of_the_people_hit() -> None:
    story = ("Gunman killed by off-duty officer after firing into crowd at Tulsa bar\n\nTwo people were hit: a "
             "44-year-old man and a 29-year-old woman.")
    assert ("injured", 2, "Two") in counts(story)


def test_a_new_shooting_hours_later_is_another_incident() -> None:
    story = ("Two men were killed and a woman was wounded Friday night at an apartment complex, police said. Officers "
             "were sent to the complex about 10:40 p.m. They found one man dead in a carport. A 20-year-old woman was "
             "shot in the arm, police said.\n\nAbout three hours later, around 1:30 a.m. Saturday, two teenagers, 16 "
             "and 17, were shot while standing outside a house. Both were taken to a hospital.")
    assert [c for c in counts(story) if c[0] == "injured"] == [("injured", 1, "a woman"),
                                                                ("injured", 1, "A 20-year-old woman")]
    later = ("A man was killed Sunday afternoon at a park, police said. Officers arrived at 4:30 p.m. He died at the "
             "scene.\n\nHours later, around 9:15 p.m. Sunday, a 35-year-old man was shot and killed in a parking lot.")
    assert [c[:2] for c in counts(later) if c[0] == "killed"] == [("killed", 1)]
    # the story's own victim told hours later is still the story's
    assert ("killed", 1, "the victim") in counts("A man was shot Sunday. Police arrived. Officers searched. Hours "
                                                     "later, the victim died.")


def test_the_shootings_that_followed_and_the_other_of_two_are_other_incidents() -> None:
    story = ("A man was killed and two other men were wounded late Saturday in a bar, police said. Officers found "
             "three men shot. One died at a hospital.\n\nThe bar shooting was followed by a string of shootings "
             "overnight. At about 2:10 a.m. Sunday, a 33-year-old man was shot and killed outside a home.")
    assert not any("33-year-old" in c[2] for c in counts(story))
    hunters = ("A hunter was killed Saturday when a relative fired at what he thought was a deer, the sheriff said. "
               "He died at the scene. His family was told.\n\nTwo other hunting accidents were reported over the "
               "weekend. In the other, a 16-year-old hunter was wounded in the leg Sunday.")
    assert [c for c in counts(hunters) if c[0] == "injured"] == []


def test_a_date_then_when_tells_an_earlier_incident() -> None:
    story = ("A man who was shot by a Mesa police officer late Wednesday died Thursday, police said. Officers had been "
             "called about 11:15 p.m. He died at a hospital.\n\nThe last time a Mesa officer shot someone was Dec. 2, "
             "2014, when an officer wounded a robbery suspect.")
    assert [c for c in counts(story) if c[0] == "injured"] == []


def test_a_murder_suicide_s_couple_found_dead_and_the_wife_told_again_are_the_dead() -> None:
    assert counts("A husband and wife found dead inside their home Monday died in what police are calling a "
                  "murder-suicide. Investigators believe he shot his wife and then turned the gun on himself.")[0] == (
        "killed", 2, "A husband and wife")
    assert counts("A man shot and killed his wife inside their home and then turned the gun on himself, police "
                  "said. The state said the evidence shows Robert Gagne shot his wife and then himself.") == [
        ("killed", 2, "his wife inside their home and then turned the gun on himself")]


def test_a_split_told_with_a_person_and_the_gunman_police_killed_after_it() -> None:
    assert counts("Police say a man shot two people at a park Sunday, killing a woman, before he was shot and killed "
                  "by officers.") == [("injured", 1, "two"),
                                      ("killed", 2, "a woman, before he was shot and killed by officers")]
    assert counts("A man shot two people, killing one.") == [("injured", 1, "two"), ("killed", 1, "one")]


def test_a_pronoun_s_death_ends_the_last_person_told_before_it() -> None:
    story = ("Two men are dead and a teenager was hurt. A 19-year-old man was pronounced dead at the scene. A "
             "22-year-old man was taken to the hospital with life-threatening injuries; he died early Monday. A "
             "17-year-old boy was shot in the leg and is expected to recover.")
    assert ("injured", 1, "A 17-year-old boy") in counts(story)
    assert ("killed", 1, "He") in counts(story.replace("; he died", ". He died"))
    # not a woman's
    assert counts("A man was killed and a woman was wounded. He died at the scene.") == [
        ("killed", 1, "A man"), ("injured", 1, "a woman")]


def test_a_split_s_place_and_time_may_stand_between_the_shot_and_the_dead() -> None:
    story = ("Police say a man shot two people at a Northeast Heights park Sunday evening, killing a woman, before he "
             "was shot and killed by officers.")
    assert [c[:2] for c in counts(story)] == [("injured", 1), ("killed", 2)]


def test_a_headline_s_more_shot_elsewhere_are_another_incident_s() -> None:
    assert counts("Man killed, 2 wounded in Whitehall bar shooting; 3 more shot overnight in Columbus") == [
        ("killed", 1, "Man"), ("injured", 2, "2")]
    assert ("injured", 2, "Two") in counts("Two men were wounded at a party. Three more were shot elsewhere in the "
                                          "city in separate shootings.")
    # more of the same shooting are still added
    assert counts("Three people were found wounded, and two more victims walked into a hospital.") == [
        ("injured", 5, "Three people were found wounded, and two")]


def test_an_ordinal_set_beside_the_person_counts_one_more() -> None:
    story = ("Two people were hit: a 44-year-old man and a 29-year-old woman. Police said Saturday afternoon that a "
             "third patron, a 51-year-old man, had suffered a graze wound to his arm.")
    assert [c[:2] for c in counts(story)] == [("injured", 3)]
    assert counts("Two people were hit. The other victim, a 30-year-old man, was treated.") == [("injured", 2, "Two")]


def test_a_first_report_s_figure_does_not_keep_the_victims_from_their_tally() -> None:
    story = ("A 19-year-old who was shot along with four other people on a corner has died, raising the death toll "
             "from the shooting to two, police said. Andre Little, 37, was pronounced dead at the scene.\n\n"
             "The others who were shot:\n\n- Jamal Witherspoon, 22, shot in the abdomen.\n"
             "- A 46-year-old woman was struck in the leg. She was listed in stable condition.\n\n"
             "Police initially reported that six people had been shot. Smith said Tuesday that the figure was "
             "wrong.")
    assert [c[:2] for c in counts(story)] == [("killed", 2), ("killed", 1), ("injured", 2)]
