"""Casualty candidates without numerals, and "N shot, M killed" splits (summarizer.rules.victims)."""

import datetime as dt

from summarizer.ingest.document import _counts
from summarizer.rules.casualties import find_casualties
from summarizer.rules.victims import find_victims


_PUBLISHED = dt.date(2016, 3, 7)


def counts(text: str) -> list[tuple[str, int | None, str]]:
    """The count candidates of ``text``, taken as published on Monday, March 7, 2016."""
    found = _counts(text, find_casualties(text, None), find_victims(text, _PUBLISHED), _PUBLISHED)
    return [(m.kind, m.number.count.best, m.number.span.text) for m in found]


def test_one_victim_clauses() -> None:
    assert counts("A man was shot and killed Saturday.") == [("killed", 1, "A man")]
    assert counts("Police said a 17-year-old was shot in the leg.") == [("injured", 1, "a 17-year-old")]
    assert counts("Teen fatally shot in SW Houston") == [("killed", 1, "Teen")]


def test_fighting_for_life_and_a_bare_hospitalized_are_hurt() -> None:
    assert counts("A teen is fighting for his life after being shot.") == [("injured", 1, "A teen")]
    assert counts("One man is dead and another hospitalized after a shooting.") == [
        ("killed", 1, "One man"), ("injured", 1, "another")]


def test_a_hedged_description_and_members_of_a_family() -> None:
    # "believed to be" describes the subject; it opens no clause about someone else
    assert counts("A man believed to be in his 30s was shot.") == [("injured", 1, "A man")]
    assert counts("A woman said she believed her son was shot.") == []
    assert counts("Four members of a family were shot.") == [("injured", 4, "Four")]


def test_an_officer_of_the_officers_who_responded() -> None:
    assert counts("Police said officers responded to a call. The officer was shot in the arm, and the suspect was "
                  "killed.") == [("injured", 1, "The officer"), ("killed", 1, "the suspect")]
    # officers counted as shot are not brought in again
    assert counts("Two officers were shot Friday. The officer in critical condition was flown to a hospital.") == [
        ("injured", 2, "Two")]


def test_a_group_killed_and_the_gunman_who_killed_himself() -> None:
    assert counts("Police said a man fatally shot his estranged wife and her mother before killing himself.") == [
        ("killed", 3, "his estranged wife and her mother before killing himself")]
    # a stated count and the gunman's own death right after it, in its clause
    assert counts("A man shot and killed his two adult sons and then took his own life.")[0][:2] == ("killed", 3)
    assert counts("Police said the man killed two people before killing himself.")[0][:2] == ("killed", 3)
    # not where the count includes him
    assert counts("Three people died, including the gunman, who killed himself.") == [("killed", 3, "Three")]
    # one person killed, and then the gunman, told further on in the clause
    assert counts("A man shot and killed his wife Tuesday night before turning the gun on himself inside their "
                  "home.")[0][:2] == ("killed", 2)
    assert counts("A man who opened fire inside a bar, killing one man and wounding two other people, later shot "
                  "and killed himself in the parking lot.")[0][:2] == ("killed", 2)


def test_the_gunman_the_police_killed_right_after_his_count() -> None:
    assert counts("A gunman killed three people at a bar before police shot and killed him.") == [
        ("killed", 4, "three people at a bar before police shot and killed him")]
    assert counts("Police said the man killed two people before he was shot dead by officers.")[0][:2] == ("killed", 3)
    # not where the count includes him, nor police who only arrived
    assert counts("Three people were killed, including the gunman, before he was shot dead by police.")[0] == (
        "killed", 3, "Three")
    assert counts("Three people were killed before police arrived.") == [("killed", 3, "Three")]


def test_each_indefinite_victim_of_one_sentence_is_someone_new() -> None:
    assert counts("A man was shot in the leg and a teenager was shot in the hand.") == [
        ("injured", 2, "A man was shot in the leg and a teenager")]
    assert counts("A man was shot in the arm while his friend was shot in the leg.") == [
        ("injured", 2, "A man was shot in the arm while his friend")]
    # across sentences "a 20-year-old" may be the man again: the tally stays low
    assert counts("A man was shot Friday. Police said a 20-year-old was hit in the arm.") == [
        ("injured", 1, "A man"), ("injured", 1, "a 20-year-old")]


def test_whom_a_bullet_hit_or_grazed_is_hurt() -> None:
    assert counts("A man was killed Friday. A stray bullet hit a neighbor in the leg.") == [
        ("killed", 1, "A man"), ("injured", 1, "a neighbor")]
    assert counts("A man was killed Friday. A bullet grazed his girlfriend.")[1] == ("injured", 1, "his girlfriend")
    # a car's "hit" is no gunshot, and bullets that hit things hurt nobody
    assert counts("A car hit a man on Main Street.") == []
    assert counts("A man was killed Friday. Bullets hit a house and a parked car.") == [("killed", 1, "A man")]


def test_a_roll_call_read_as_a_clause_too_is_one_victim() -> None:
    assert counts("A man was killed. Also wounded was a 22-year-old woman, who was taken to a hospital.") == [
        ("killed", 1, "A man"), ("injured", 1, "a 22-year-old woman")]


def test_a_definite_object_beside_an_indefinite_one_of_the_other_kind() -> None:
    assert counts("Someone opened fire on a car, killing the driver and wounding a passenger.") == [
        ("killed", 1, "the driver"), ("injured", 1, "a passenger")]
    # not where someone counted of its kind may be them
    assert counts("A man was killed Friday. The gunman fled after killing the man and wounding a woman.") == [
        ("killed", 1, "A man"), ("injured", 1, "a woman")]


def test_pronounced_him_or_her_dead_is_the_death_of_whom_the_story_told_shot() -> None:
    assert counts("A woman was shot Friday. A man was also hit. Doctors pronounced her dead Saturday.") == [
        ("injured", 1, "A man"), ("killed", 1, "her")]
    assert counts("A man was shot and killed early Sunday. Officers found 34-year-old Damon Tate with a gunshot "
                  "wound. Medics pronounced him dead at the scene.") == [("killed", 1, "A man")]


def test_a_name_after_its_age_as_subject_or_object() -> None:
    assert counts("Police said 24-year-old Marcus Lee was shot Friday.") == [("injured", 1, "24-year-old Marcus Lee")]
    assert counts("A gunman shot and killed 19-year-old Jamal Reed on Friday.") == [
        ("killed", 1, "19-year-old Jamal Reed")]
    assert counts("Deputies found 45-year-old Linda Harris dead inside the home.") == [
        ("killed", 1, "45-year-old Linda Harris")]
    # who was arrested, or who fired, is no victim
    assert counts("Police arrested 24-year-old Marcus Lee on Friday.") == []
    assert counts("A man was killed. Police said 24-year-old Marcus Lee shot him.") == [("killed", 1, "A man")]


def test_a_name_and_what_who_was_happened_to() -> None:
    assert counts("Family members gathered to remember Jasmine Cole, who was killed in a drive-by shooting Friday.") == [
        ("killed", 1, "Jasmine Cole")]
    assert counts("Jasmine Cole, who was shot Friday, died Sunday.") == [("killed", 1, "Jasmine Cole")]
    assert counts("Police arrested John Smith, who was wanted for the shooting.") == []
    assert counts("Mayor Jane Smith, who was elected in 2014, spoke at the vigil.") == []


def test_victims_counted_by_their_ages() -> None:
    assert counts("The victims, ages 19, 22 and 25, were taken to the hospital.") == [
        ("injured", 3, "The victims, ages 19, 22 and 25,")]
    assert counts("The men, aged 30 and 41, were killed.") == [("killed", 2, "The men, aged 30 and 41,")]
    assert counts("The victims, ages 19 to 25, were taken to the hospital.") == []  # a range counts nobody


def test_twins_and_a_pair_of_people_are_two() -> None:
    assert counts("Twin brothers were wounded in a shooting Friday.") == [("injured", 2, "Twin brothers")]
    assert counts("A set of twins was shot outside a school.") == [("injured", 2, "A set of twins")]
    assert counts("A pair of teens were wounded in a drive-by.") == [("injured", 2, "A pair of")]
    assert counts("A pair of shoes was found at the scene.") == []


def test_treated_and_released_is_hurt_and_one_was_dead_a_death() -> None:
    assert counts("A man was killed Saturday. The other victim, a 20-year-old woman, was treated and released.") == [
        ("killed", 1, "A man"), ("injured", 1, "a 20-year-old woman")]
    assert counts("Three people were treated and released at the scene.") == [("injured", 3, "Three")]
    assert counts("Officers found two men shot inside a car; one was dead.") == [
        ("injured", 1, "two"), ("killed", 1, "one")]
    assert counts("Officers found two men shot inside a car on Franklin Avenue late Friday; one was dead.") == [
        ("injured", 1, "two"), ("killed", 1, "one")]


def test_an_age_without_hyphens_is_an_age() -> None:
    assert counts("A 25 year old man was shot Saturday.") == [("injured", 1, "A 25 year old man")]
    assert counts("Police said a 17 year old was shot in the leg.") == [("injured", 1, "a 17 year old")]
    assert counts("A 19-year old man was wounded.") == [("injured", 1, "A 19-year old man")]


def test_found_shot_at_a_place_is_hit_not_fired_at() -> None:
    assert counts("Police found a man shot at the scene.") == [("injured", 1, "a man")]
    assert counts("Officers found a woman fatally shot at her home.") == [("killed", 1, "a woman")]
    assert counts("A man was shot Friday. Police later found a second man shot at the scene.")[0][:2] == ("injured", 2)
    # without "found", the subject of "shot at" fired
    assert counts("A man shot at the officers, who returned fire.") == []


def test_a_pair_is_two_victims() -> None:
    assert counts("A man and his daughter were found dead in Hardin County.") == [
        ("killed", 2, "A man and his daughter")]
    assert counts("A man was killed. The victim's mother and sister were also shot.") == [
        ("killed", 1, "A man"), ("injured", 2, "The victim's mother and sister")]
    assert counts("The boy's father and uncle were questioned.") == []


def test_shot_minus_killed_is_injured() -> None:
    assert counts("5 shot, 1 killed on Auburn Avenue.") == [("injured", 4, "5"), ("killed", 1, "1")]
    assert counts("4 men shot while playing dice; 19-year-old killed") == [("injured", 3, "4"), ("killed", 1, "19-year-old")]
    assert counts("Police said four people were shot; one died at the hospital.") == [
        ("injured", 3, "four"), ("killed", 1, "one")]
    assert counts("Seven people were shot overnight, including two who died.") == [
        ("injured", 5, "Seven"), ("killed", 2, "two")]
    assert counts("Six people were struck by gunfire, and one of them later died at the hospital.") == [
        ("injured", 5, "Six"), ("killed", 1, "one")]
    assert counts("Two men were shot Friday night; one of the men died Saturday.") == [
        ("injured", 1, "Two"), ("killed", 1, "one")]


def test_ages_and_negations_are_not_counts() -> None:
    # "the child" was counted where introduced (alone, a definite object is the story's fallback count)
    assert counts("A girl, 10, was killed. Brian Harleman, 43, shot the child.") == [("killed", 1, "A girl, 10")]
    assert counts("A woman was not hurt.") == []


def test_whom_police_seek_after_a_shooting_is_not_its_victim() -> None:
    assert counts("Police are searching for a suspect after a man was fatally shot inside a house.") == [
        ("killed", 1, "a man")]
    assert counts("A woman was wounded when a man opened fire.") == [("injured", 1, "A woman")]


def test_other_incidents_are_not_offered() -> None:
    assert counts("Azerbaijan said it acted in response to landmine blasts that killed four soldiers.") == []
    assert counts("It was the city's 30th homicide this year, with 41 people killed so far this year.") == []
    assert counts("Twelve people have been wounded and three killed by gunfire in the city since Jan. 1.") == []
    # past the lede: other shootings the same night, and an earlier case of the same kind
    story = "A man was shot Saturday. He died Sunday. Police have no suspect. "
    assert counts(story + "Three people were wounded in separate shootings Saturday night.") == [("killed", 1, "He")]
    assert counts(story + "It is the second time in a month that a resident has shot an intruder.") == [
        ("killed", 1, "He")]
    # a round-up's own lede
    assert counts("Three people were wounded in separate shootings Saturday night.") == [("injured", 3, "Three")]


def test_headlines_with_a_source_tag_or_an_age() -> None:
    assert counts("HPD: Teen fatally shot while laying out clothes for work") == [("killed", 1, "Teen")]
    assert counts("Police: 10-Year-Old Boy Accidentally Shot Himself") == [("injured", 1, "10-Year-Old Boy")]


def test_capitalised_adjectives_and_self_inflicted_wounds() -> None:
    assert counts("An Army soldier and his 11-year-old daughter were found dead outside their home.") == [
        ("killed", 2, "An Army soldier and his 11-year-old daughter")]
    assert counts("Police said a Houston man shot himself in the hand.") == [("injured", 1, "a Houston man")]
    # "himself" is the subject, counted once, and "fatally" makes it a death
    assert counts("A toddler found a loaded handgun and fatally shot himself.") == [("killed", 1, "A toddler")]
    assert counts("A man found a gun and shot himself in the leg.") == [("injured", 1, "A man")]
    # ... but not the subject of a "who" clause: she is someone else
    assert counts("A man was shot by his wife, who then shot herself.") == [
        ("injured", 2, "A man was shot by his wife, who then shot herself")]
    assert counts("A hunter was accidentally shot by a member of his hunting party.") == [("injured", 1, "A hunter")]


def test_a_killing_named_as_a_noun_is_one_victim() -> None:
    assert counts("Two men were arrested in the fatal shooting of a 17-year-old boy.") == [
        ("killed", 1, "a 17-year-old boy")]
    assert counts("Three charged with murder of 4-year-old girl") == [("killed", 1, "4-year-old girl")]
    assert counts("Fourth person arrested in teen’s fatal shooting in Lauderhill") == [("killed", 1, "teen")]
    assert counts("He is charged with the attempted murder of a police officer.") == []


def test_wounds_and_shots_are_not_people() -> None:
    assert counts("He eventually died from one gunshot wound.") == [("killed", 1, "He")]  # not "one" wound
    assert counts("The man was shot three times.") == [("injured", 1, "The man")]  # one man, not three people


def test_a_subject_in_two_counted_parts_is_their_sum() -> None:
    assert counts("Two teenagers and a young man were shot Friday night, police said.") == [
        ("injured", 3, "Two teenagers and a young man")]
    assert counts("Police found a 17-year-old boy and an 18-year-old man suffering from gunshot wounds.") == [
        ("injured", 2, "a 17-year-old boy and an 18-year-old man")]
    assert counts("The two men and a woman were arrested.") == []


def test_people_arrested_or_charged_are_not_casualties() -> None:
    assert counts("Investigators had arrested three men for the girl's death.") == [("killed", 1, "the girl")]
    assert counts("Police charged two teenagers in the shooting.") == []


def test_a_victim_as_the_object_of_the_verb() -> None:
    assert counts("Police: Man shot officer, held Subway employee hostage") == [("injured", 1, "officer")]
    assert counts("Police said Giddings shot Sgt. Lee Jundt after a chase.") == [("injured", 1, "Sgt. Lee Jundt")]
    assert counts("A gunman shot and killed a 20-year-old man outside the store.") == [
        ("killed", 1, "a 20-year-old man")]
    assert counts("Police said the man who shot a woman was arrested.") == [("injured", 1, "a woman")]
    assert counts("Family of teen shooting victim pleads for killer to come forward") == []
    assert counts("A teen was wounded. Witnesses said someone shot the teen near the door.") == [
        ("injured", 1, "A teen")]
    assert counts("KSP: Soldier fatally shoots 11-year-old daughter, himself") == [  # a dead shooter counts
        ("killed", 2, "11-year-old daughter, himself")]
    assert counts("Three teenagers are accused of fatally shooting a 4-year-old girl.") == [
        ("killed", 1, "a 4-year-old girl")]
    assert counts("Harleman killed himself after critically shooting her mother, Catherine L. Gessman.") == [
        ("killed", 1, "himself"), ("injured", 1, "her mother")]


def test_every_coordinated_object_of_the_verb_is_a_victim() -> None:
    assert counts("A gunman opened fire Saturday, striking a man and a woman.") == [("injured", 2, "a man and a woman")]
    assert counts("A gunman shot a man, a woman and a teenager outside a store.") == [
        ("injured", 3, "a man, a woman and a teenager")]
    assert counts("Police said the gunman wounded a man and his girlfriend.") == [("injured", 2, "a man and his girlfriend")]
    assert counts("A gunman shot a man and two women.") == [("injured", 3, "a man and two women")]
    assert counts("The gunman shot and killed a man and a woman.") == [("killed", 2, "a man and a woman")]
    # a definite object is someone already counted; the indefinite one beside it is not
    assert counts("He shot the child and a 45-year-old woman as they ran out.") == [("injured", 1, "a 45-year-old woman")]
    # ... but a role the story names with "the" when it first tells of it is someone new
    assert counts("A gunman opened fire, wounding the driver and a passenger.") == [
        ("injured", 2, "the driver and a passenger")]
    assert counts("A store clerk was shot. The robber shot the clerk and a customer.") == [
        ("injured", 1, "A store clerk"), ("injured", 1, "a customer")]
    # one of them killed, told after them
    assert counts("A man shot his girlfriend and her mother at their home, killing the mother.") == [
        ("injured", 1, "his girlfriend and her mother"), ("killed", 1, "the mother")]
    # ... or all of them
    assert counts("Police said the gunman shot a man and a woman, killing both.") == [
        ("killed", 2, "a man and a woman")]
    assert counts("He shot his wife and her sister in the driveway, killing them.") == [
        ("killed", 2, "his wife and her sister")]
    assert counts("He shot a man and a woman, wounding both.") == [("injured", 2, "a man and a woman")]
    assert counts("A gunman shot a man and a woman outside a convenience store on Salem Avenue on Saturday night, "
                  "killing both.") == [("killed", 2, "a man and a woman")]
    # a second verb has its own object
    assert counts("The shooter killed a man and wounded a woman.") == [("killed", 1, "a man"), ("injured", 1, "a woman")]
    assert counts("He shot a man and then fled.") == [("injured", 1, "a man")]


def test_plural_people_nouns_are_counted() -> None:
    """Local news counts teens, boys and juveniles as often as people; one noun list serves both rule sets."""
    assert counts("Three teens were shot outside a school Tuesday.") == [("injured", 3, "Three")]
    assert counts("Two boys were wounded in the crossfire.") == [("injured", 2, "Two")]
    assert counts("Officers said a gunman shot four juveniles near the park.") == [("injured", 4, "four")]
    assert counts("Two of the victims died at the hospital.") == [("killed", 2, "Two")]
    assert counts("Police arrested three teens on Friday.") == []


def test_a_shooting_of_people_named_as_a_noun() -> None:
    assert counts("He was charged in the shooting of two men on Saturday.") == [("injured", 2, "two")]
    assert counts("She was charged in the fatal shooting of two women.") == [("killed", 2, "two")]


def test_a_possessive_pair_is_two_victims() -> None:
    assert counts("Her son and daughter were injured by flying glass.") == [("injured", 2, "Her son and daughter")]
    assert counts("His brother and sister said he was kind.") == []
    assert counts("She and her mom are both recovering at home.") == [("injured", 2, "She and her mom")]
    assert counts("He and his dad said they heard shots.") == []


def test_a_killing_of_a_named_person_with_an_age() -> None:
    assert counts("Two men were charged with the murder of 19-year-old Jordan MacLeod.") == [
        ("killed", 1, "19-year-old Jordan MacLeod")]


def test_a_headline_group_joined_by_a_comma() -> None:
    assert counts("3 teens, young woman shot near bus stop") == [("injured", 4, "3 teens, young woman")]


def test_attempts_and_suspects_are_not_casualties() -> None:
    assert counts("He is accused of trying to kill 2 deputies during the chase.") == []
    assert counts("2 men arrested, accused of killing a store clerk") == [("killed", 1, "a store clerk")]


def test_a_headline_participle_without_an_auxiliary() -> None:
    assert counts("Man shot near bus stop") == [("injured", 1, "Man")]
    assert counts("Woman wounded Monday in drive-by") == [("injured", 1, "Woman")]
    assert counts("A clerk was wounded. A man shot the clerk and fled.") == [("injured", 1, "A clerk")]


def test_alive_and_hurt_phrases_are_one_injured() -> None:
    assert counts("A second man was taken to a hospital with non-life-threatening injuries.") == [
        ("injured", 1, "A second man")]
    assert counts("Another man was rushed to the hospital in critical condition.") == [("injured", 1, "Another man")]
    assert counts("A man is recovering after being shot in the back Friday night.") == [("injured", 1, "A man")]
    assert counts("A woman was treated for a gunshot wound to the leg and released.") == [("injured", 1, "A woman")]
    assert counts("Police found the victim, a 30-year-old man, with multiple gunshot wounds.") == [
        ("injured", 1, "a 30-year-old man")]
    assert counts("Two other people were hospitalized.") == [("injured", 2, "Two")]


def test_a_hospital_death_or_a_check_up_is_not_an_injury() -> None:
    assert counts("A man was rushed to the hospital, where he was pronounced dead.") == [("killed", 1, "A man")]
    assert counts("A suspect was taken to the hospital for evaluation.") == []


def test_another_alone_is_one_more_person() -> None:
    assert counts("One man was killed and another was injured.") == [("killed", 1, "One man"), ("injured", 1, "another")]
    assert counts("The shooting left one man dead and another wounded.") == [("killed", 1, "one"), ("injured", 1, "another")]
    assert counts("Another shot rang out moments later.") == []
    # told against the dead, "another" wounded twice is one person
    assert [c for c in counts("A man was killed and another was wounded Saturday. Officers found Marcus Lee, 27, dead. "
                              "Another man, 22, suffered a gunshot wound.") if c[0] == "injured"][0][1] == 1
    # after a victim, "another man" hurt is a second one
    assert counts("A man was shot early Saturday. Another man arrived at the hospital with a gunshot wound a short "
                  "time later.")[0][:2] == ("injured", 2)


def test_more_alive_and_hurt_phrases() -> None:
    assert counts("A man was hit by a stray bullet.") == [("injured", 1, "A man")]
    assert counts("A woman sustained a graze wound to the arm.") == [("injured", 1, "A woman")]
    assert counts("A 19-year-old man remains hospitalized.") == [("injured", 1, "A 19-year-old man")]
    assert counts("A teen has non-life-threatening injuries.") == [("injured", 1, "A teen")]
    assert counts("The gunman fled after injuring a woman.") == [("injured", 1, "a woman")]
    assert counts("A man had no injuries.") == []
    assert counts("A clerk suffered no serious injuries.") == []


def test_a_person_named_with_an_age_is_a_victim_by_name() -> None:
    text = "Police identified the victims as Diana Gomez, 27, and her neighbour. Gomez was hit seven times."
    assert counts(text) == [("injured", 1, "Gomez")]
    # a named "was shot" may be the person the story says was killed: not counted as injured
    assert counts("The shooting killed 19-year-old Kason Doe. Doe was shot in the head.") == [
        ("killed", 1, "19-year-old Kason Doe")]
    # nor is anyone named in a killing: "had been hit" and "was shot and killed" are one death
    killed = counts("Sixteen-year-old Kim Roe was shot and killed on Saturday. Police fired after Roe had been hit.")
    assert killed == [("killed", 1, "Kim Roe")]
    # a name never introduced with an age is not taken for a person ("Houston was hit by storms")
    assert counts("Houston was hit by storms.") == []


def test_victims_reported_one_by_one_are_tallied() -> None:
    text = ("Man shot on East Side. A 21-year-old man was shot in the leg, police said. "
            "A 30-year-old woman was grazed in the arm.")
    [tally] = counts(text)
    assert tally[:2] == ("injured", 2)
    assert tally[2].startswith("Man shot") and tally[2].endswith("A 30-year-old woman")
    # the headline's "Man" and the lede's "a 21-year-old man" may be one person: not two
    assert counts("Man shot on East Side. A 21-year-old man was shot in the leg.") == [
        ("injured", 1, "Man"), ("injured", 1, "A 21-year-old man")]
    # a count the story states is the total: its victims one by one are parts of it
    stated = counts("Two people were shot. A man was shot in the leg. A woman was grazed.")
    assert [c[:2] for c in stated] == [("injured", 2), ("injured", 1), ("injured", 1)]
    # "another man" may be someone other than a victim (the gunman): no proof of a second victim
    assert [c[:2] for c in counts("A man walked in and shot and killed another man.")] == [("killed", 1)]


def test_an_ordinal_tells_a_victim_apart() -> None:
    text = "A man was shot Sunday night on Main Street. A second man was also wounded, police said."
    assert [(k, n) for k, n, _ in counts(text)] == [("injured", 2)]
    text = "A man was shot Sunday. Police said a second man was shot in the leg. A third man was grazed."
    assert [(k, n) for k, n, _ in counts(text)] == [("injured", 3)]
    # per kind: the second person may be the first one hurt
    assert counts("A man was shot and killed. A second person was wounded.") == [
        ("killed", 1, "A man"), ("injured", 1, "A second person")]
    # without an ordinal, "a man" twice is one man
    assert [(k, n) for k, n, _ in counts("A man was shot Sunday. Police said a man was taken to a hospital.")] == [
        ("injured", 1), ("injured", 1)]


def test_a_person_with_an_age_in_commas_and_the_other_of_a_pair() -> None:
    assert counts("A man, 24, was shot in the leg Sunday.") == [("injured", 1, "A man, 24")]
    assert counts("One victim died at the scene; the other was taken to a hospital.") == [
        ("killed", 1, "One"), ("injured", 1, "the other")]
    text = "One man was shot in the leg; the other victim was shot in the arm."
    assert [(k, n) for k, n, _ in counts(text)] == [("injured", 2)]
    assert counts("On the other hand, he was not hurt.") == []


def test_victims_of_another_incident_are_not_counted() -> None:
    assert counts("In a separate shooting, a man was wounded on Elm Street.") == []
    # a year before the story's (2016 here) is history
    assert counts("A 19-year-old man was shot Sunday. His brother was killed in a shooting in 2014.") == [
        ("injured", 1, "A 19-year-old man")]
    assert counts("Two men were wounded Saturday. The shooting comes a week after three people were killed "
                  "at a party nearby.") == [("injured", 2, "Two")]
    assert counts("Two teens were shot Saturday night. The shooting followed a deadly Friday night on the city's "
                  "northwest side, where a 23-year-old man was shot and killed.") == [("injured", 2, "Two")]
    assert counts("Two men were shot last week in the same block.") == []
    # but someone hurt then who has died since is this story's news
    assert counts("A man who was shot last week has died, police said Monday.") == [("killed", 1, "A man")]
    assert counts("A 52-year-old man who was shot in West Baltimore last week died of his injuries Tuesday.") == [
        ("killed", 1, "A 52-year-old man")]
    assert counts("Man shot last week in West Baltimore dies") == [("killed", 1, "Man")]
    # a funeral or vigil that opens a follow-up is for last week's victim
    assert counts("Family and friends will hold a vigil Saturday for a 15-year-old boy killed in Englewood last "
                  "week.") == [("killed", 1, "a 15-year-old boy")]
    text = ("A teenage girl was shot and killed Saturday. The incident was the second reported shooting in "
            "Homewood in less than 24 hours. Police found a man, 22, suffering from gunshot wounds.")
    assert counts(text) == [("killed", 1, "A teenage girl")]
    text = ("Terrell Simmons, 23, was shot to death Saturday. The killing was the city's second homicide of the "
            "weekend. A 41-year-old man was fatally shot Friday on Greenwell Street.")
    assert counts(text) == [("killed", 1, "Terrell Simmons, 23,")]
    # "another shooting victim" of the same incident still counts
    assert counts("Ford and another shooting victim were taken to a hospital. A man was wounded.") == [
        ("injured", 1, "another shooting victim"), ("injured", 1, "A man")]


def test_a_possessive_subject_is_a_victim_and_a_speaker_is_not() -> None:
    assert counts("His brother was shot in the arm.") == [("injured", 1, "His brother")]
    assert counts("Police said his girlfriend was also wounded.") == [("injured", 1, "his girlfriend")]
    assert counts("A man was killed and his brother was wounded.") == [("killed", 1, "A man"), ("injured", 1, "his brother")]
    # after a verb it is an object; at the end of a plural subject it is one of several
    assert counts("He killed his wife and was shot by police.") == [("killed", 1, "his wife")]
    assert counts("Ava and Betzida Castillo and their mom were shot during a robbery.") == []
    # who says or saw it is not who was hurt
    assert counts("A neighbor told police he was shot.") == []
    assert counts("His mother said he was shot twice.") == []


def test_shot_n_killing_m_splits_and_a_target_s_fate_decides_its_kind() -> None:
    assert counts("A gunman shot two people, killing one.") == [("injured", 1, "two"), ("killed", 1, "one")]
    assert counts("A gunman shot three men Sunday, killing one of them.") == [("injured", 2, "three"), ("killed", 1, "one")]
    assert counts("He opened fire on two men, killing one and wounding the other.") == [
        ("injured", 1, "two"), ("killed", 1, "one")]
    # two sets joined by "and": the wounded are not the dead
    assert counts("A gunman fired into a crowd, wounding five people and killing one.") == [
        ("injured", 5, "five"), ("killed", 1, "one")]
    assert counts("The gunman shot a man, killing him.") == [("killed", 1, "a man")]
    assert counts("A gunman opened fire on a man, killing him.") == [("killed", 1, "a man")]
    assert counts("Someone shot at a woman, wounding her.") == [("injured", 1, "a woman")]


def test_a_body_is_a_death_and_found_shot_is_a_headline_form() -> None:
    assert counts("The body of a man was found in a field Sunday.") == [("killed", 1, "a man")]
    assert counts("A man's body was found with gunshot wounds.") == [("killed", 1, "A man")]
    assert counts("A deputy's body camera recorded the shooting.") == []
    assert counts("Man found dead in car") == [("killed", 1, "Man")]
    assert counts("Man found shot in car") == [("injured", 1, "Man")]
    assert counts("A woman found her husband shot in the garage.") == [("injured", 1, "her husband")]
    assert counts("Police: Woman shot, killed in Dayton") == [("killed", 1, "Woman")]


def test_a_split_told_in_two_sentences() -> None:
    assert counts("Five people were shot Saturday night. One died.") == [("injured", 4, "Five"), ("killed", 1, "One")]
    assert counts("Police said two men were shot. One of the men died at a hospital.") == [
        ("injured", 1, "two"), ("killed", 1, "One")]
    assert counts("Three people were shot, two of whom died.") == [("injured", 1, "Three"), ("killed", 2, "two")]
    assert counts("2 men shot near bar; 1 dies") == [("injured", 1, "2"), ("killed", 1, "1")]
    assert counts("Two men were shot. One of them, a 30-year-old man, died at a hospital.") == [
        ("injured", 1, "Two"), ("killed", 1, "One")]
    assert counts("Three men were struck. Police said all three were expected to survive. But Andre Hollis, 23, of "
                  "Wyandanch, who was shot in the neck, died Sunday.") == [
        ("injured", 2, "Three"), ("killed", 1, "Andre Hollis")]
    # split so, the shot are not taken less the lede's death again
    assert counts("A man who was shot early Saturday died the next day. Three men were struck. But Andre Hollis, 23, "
                  "of Wyandanch, who was shot in the neck, died Sunday.")[1] == ("injured", 2, "Three")
    # the dead counted with their noun, or "pronounced dead" of several
    assert counts("Two men were shot Saturday night. One man died at the scene.") == [
        ("injured", 1, "Two"), ("killed", 1, "One")]
    assert counts("Three people were shot early Sunday. Two men were pronounced dead at the scene.") == [
        ("injured", 1, "Three"), ("killed", 2, "Two")]
    assert counts("Police say two people were shot. A man was found dead inside a car.") == [
        ("injured", 1, "two"), ("killed", 1, "A man")]
    assert counts("Four people were shot, including a 19-year-old man who died at the scene.") == [
        ("injured", 3, "Four"), ("killed", 1, "a 19-year-old man")]
    assert counts("Two people suffered gunshot wounds; one was pronounced dead.") == [
        ("injured", 1, "Two"), ("killed", 1, "one")]
    assert counts("Three men were shot Sunday night. One man was shot in the head and died at the scene.") == [
        ("injured", 2, "Three"), ("killed", 1, "One")]
    # an aside after "including" is no list of the wounded
    assert counts("Two people were killed, including a 12-year-old boy, and three others were wounded.") == [
        ("killed", 2, "Two"), ("injured", 3, "three")]
    assert counts("Both victims were taken to the hospital, where one died.") == [
        ("injured", 1, "Both"), ("killed", 1, "one")]
    # everyone shot died: one claim of the dead, in place of the count of the shot
    assert counts("Officers found two men with gunshot wounds. Both were pronounced dead at the scene.") == [
        ("killed", 2, "two men with gunshot wounds. Both")]
    # ... found where they were shot
    assert [c[:2] for c in counts("They found two men in the front seats of a parked car with gunshot wounds. Both "
                                  "were pronounced dead at the scene.")] == [("killed", 2)]
    # an age after the one who died is no count
    assert counts("Police say three people were shot outside a bar. A man, 31, died.") == [
        ("injured", 2, "three"), ("killed", 1, "A man, 31,")]
    # a condition is no death
    assert counts("Five people were shot. Police said one was in critical condition.") == [("injured", 5, "Five")]
    # the death as one person, in either of the next two sentences; "found with gunshot wounds"
    assert counts("Three people were shot Friday night. A 22-year-old man died at the scene.") == [
        ("injured", 2, "Three"), ("killed", 1, "A 22-year-old man")]
    assert counts("Four people were shot early Sunday. It happened at a party. Police said a woman was killed.") == [
        ("injured", 3, "Four"), ("killed", 1, "a woman")]
    assert counts("Officers found two men with gunshot wounds. One was pronounced dead at the scene.") == [
        ("injured", 1, "two"), ("killed", 1, "One")]
    # not a death of another incident, nor one told three sentences on
    assert counts("Four people were shot at a party. In a separate shooting, a man was killed.") == [("injured", 4, "Four")]
    assert counts("Four people were shot. It was late. A crowd ran. A man died.")[0] == ("injured", 4, "Four")


def test_a_shooter_who_killed_himself_counts_among_the_dead() -> None:
    assert counts("Man kills wife, himself in murder-suicide") == [("killed", 2, "wife, himself")]
    assert counts("Police believe Jonas shot Tasha and then turned the gun on himself.") == [("killed", 1, "himself")]
    # unless the story says he lived
    assert counts("He turned the gun on himself and was taken to a hospital in critical condition.") == []


def test_more_nouns_for_people() -> None:
    assert counts("A passerby was struck by gunfire.") == [("injured", 1, "A passerby")]
    assert counts("A jogger was shot in the leg.") == [("injured", 1, "A jogger")]
    assert counts("Two passersby were wounded.") == [("injured", 2, "Two")]


def test_the_victim_counts_only_where_nobody_else_is_counted() -> None:
    assert counts("Police responded to a shooting. The victim was taken to a hospital in stable condition.") == [
        ("injured", 1, "The victim")]
    # a death told later wins: "the victim" who was hurt and then died is one killed
    assert counts("The victim was rushed to a hospital. The man died there.") == [("killed", 1, "The man")]
    # where the story counts someone already, "the victim" is that person
    assert counts("A man was shot on Main Street. The victim was taken to a hospital.") == [("injured", 1, "A man")]
    assert counts("The suspect was not injured.") == []


def test_plural_counts_alive_and_hurt() -> None:
    assert counts("The two victims were rushed to a local hospital.") == [("injured", 2, "two")]
    assert counts("Two others were grazed by bullets.") == [("injured", 2, "Two")]
    assert counts("Three men are expected to survive.") == [("injured", 3, "Three")]
    assert counts("Two were taken to the hospital for evaluation.") == []
    # taken to a hospital, where some died: the dead are not also injured
    assert counts("Two people were taken to the hospital, where one died.") == [("injured", 1, "Two"), ("killed", 1, "one")]
    # "wounded and killed" names two groups, not a part of one
    assert counts("Three people were wounded and one killed.") == [("injured", 3, "Three"), ("killed", 1, "one")]


def test_dead_lost_a_life_surgery_and_more_people_nouns() -> None:
    assert counts("Man dead after shooting on East Side") == [("killed", 1, "Man")]
    assert counts("A man is dead after a shooting Saturday.") == [("killed", 1, "A man")]
    assert counts("A 30-year-old man lost his life.") == [("killed", 1, "A 30-year-old man")]
    assert counts("A woman was left for dead.") == []  # left for dead: she lived
    assert counts("Police found a man with serious injuries.") == [("injured", 1, "a man")]
    assert counts("A teen underwent surgery Sunday.") == [("injured", 1, "A teen")]
    assert counts("A store owner was wounded.") == [("injured", 1, "A store owner")]
    assert counts("Two men are recovering.") == [("injured", 2, "Two")]
    assert counts("Both teens were listed in good condition; three others are in fair condition.") == [("injured", 3, "three")]


def test_a_listed_subject_is_its_sum() -> None:
    assert counts("A man, a woman and a teenager were shot.") == [("injured", 3, "A man, a woman and a teenager")]
    assert counts("Police said a man and two women were wounded.") == [("injured", 3, "a man and two women")]
    assert counts("A man, 25, and a woman, 30, were shot.") == [("injured", 2, "A man, 25, and a woman, 30")]
    assert counts("A man, a woman and a teenager were arrested.") == []
    assert counts("Police said six people, three men and three women, were shot.")[0][:2] == ("injured", 6)


def test_struck_hit_sent_to_hospital_gunned_down() -> None:
    assert counts("Someone opened fire, striking a man in the chest.") == [("injured", 1, "a man")]
    assert counts("A gunman opened fire, hitting three people.") == [("injured", 3, "three")]
    assert counts("Four people were hit by gunfire.") == [("injured", 4, "Four")]
    assert counts("A shooting Sunday morning sent two people to the hospital.") == [("injured", 2, "two")]
    assert counts("Two officers drove to the hospital.") == []
    assert counts("The shooting claimed the life of a 20-year-old man.") == [("killed", 1, "a 20-year-old man")]
    assert counts("A man was gunned down outside his home.") == [("killed", 1, "A man")]
    assert counts("He hit three home runs.") == []
    assert counts("One of the bullets hit a wall.") == []
    assert counts("Tens of thousands of striking workers marched.") == []


def test_headline_forms() -> None:
    assert counts("Teen killed, another wounded in shooting") == [("killed", 1, "Teen"), ("injured", 1, "another")]
    assert counts("Man, woman shot in Southwest Philadelphia") == [("injured", 2, "Man, woman")]
    assert counts("3 shot, 1 dead after fight at party") == [("injured", 2, "3"), ("killed", 1, "1")]
    assert counts("Man dies after being shot in Dayton") == [("killed", 1, "Man")]
    assert counts("Officer-involved shooting leaves suspect dead") == [("killed", 1, "suspect")]
    assert counts("The shooting left a 24-year-old man with wounds to his legs.") == [("injured", 1, "a 24-year-old man")]
    assert counts("A man and woman were shot Saturday night.") == [("injured", 2, "A man and woman")]
    assert counts("A father and son were shot outside their home.") == [("injured", 2, "A father and son")]
    assert counts("John Smith and Mary Jones were shot inside a house.") == [("injured", 2, "John Smith and Mary Jones")]
    assert counts("Police Chief John Smith and Mayor Jane Doe were at the scene.") == []
    assert counts("Man critically wounded in shooting") == [("injured", 1, "Man")]
    # a part named before its whole is not the count: "two teens among five wounded" is five
    assert counts("Two teens among five wounded in shooting") == [("injured", 5, "five")]
    # ... nor is "one of" a count: "was one of three people shot" is three
    assert counts("John Smith, 22, was one of three people shot Saturday night.") == [("injured", 3, "three")]
    assert counts("She was one of the 4 people killed in the crash.") == [("killed", 4, "4")]
    assert counts("Two of the victims died.") == [("killed", 2, "Two")]


def test_a_clause_ends_where_another_subject_begins() -> None:
    # the verb after "and a baby" is the baby's, not the mother's
    assert counts("A mother gets robbed and a baby died.") == [("killed", 1, "a baby")]
    assert counts("A man was robbed and a woman was killed.") == [("killed", 1, "a woman")]
    assert ("injured", 1, "A man") in counts("A man was shot and his girlfriend was killed.")
    assert counts("A teenager was wounded and two others were killed.") == [("injured", 1, "A teenager"), ("killed", 2, "two")]
    assert counts("A man was wounded and another man died.") == [("injured", 1, "A man"), ("killed", 1, "another man")]
    # a pronoun goes on with the same person
    assert counts("A man was shot and he died later.") == [("killed", 1, "A man")]


def test_a_victim_of_the_same_age_as_the_dead_is_the_dead() -> None:
    text = ("Police arrested a man in the fatal shooting of 17-year-old Ann Roe. "
            "Officers found that a 17-year-old female had been shot.")
    assert counts(text) == [("killed", 1, "17-year-old Ann Roe")]
    # an age alone does not join a man and a woman
    text = "A 30-year-old man was killed. A 30-year-old woman was wounded."
    assert counts(text) == [("killed", 1, "A 30-year-old man"), ("injured", 1, "A 30-year-old woman")]


def test_a_headline_clause_after_a_comma_has_its_own_subject() -> None:
    assert counts("Man dead, woman hurt in shooting") == [("killed", 1, "Man"), ("injured", 1, "woman")]
    assert counts("Man killed, teen critically wounded in shooting") == [("killed", 1, "Man"), ("injured", 1, "teen")]
    assert counts("Teen shot, man arrested") == [("injured", 1, "Teen")]
    # "an officer shot the suspect": two people, the second the one hurt
    assert counts("An officer shot the suspect, who was taken to a hospital.") == [("injured", 1, "the suspect")]


def test_a_group_starts_at_its_count() -> None:
    assert counts("Police said two women and one man died at the bank.") == [("killed", 3, "two women and one man")]


def test_a_person_named_in_apposition_or_as_identified_is_a_victim_by_name() -> None:
    text = "Police say the driver, Jeff Tyson, became belligerent. Tyson fired shots and struck an officer. Tyson was killed."
    assert counts(text) == [("injured", 1, "an officer"), ("killed", 1, "Tyson")]
    assert counts("Police identified the victim as John Doe. Doe died at the hospital.") == [("killed", 1, "Doe")]
    assert counts("The suspect, John Doe, was arrested. Doe was charged with murder.") == []


def test_a_whole_name_told_as_shot_is_a_victim_by_surname_or_first_name_after() -> None:
    assert counts("DeAndre Wallace was shot Tuesday on Main Street. Wallace was taken to a hospital in stable "
                  "condition.") == [("injured", 1, "Wallace")]
    # a child goes by the first name
    assert counts("Jamari Phelps, a freshman at a South Side high school, was shot Friday as he walked home. Jamari "
                  "was struck in the back and was pronounced dead at the hospital.") == [("killed", 1, "Jamari")]


def test_a_death_told_after_the_shooting_is_the_same_person() -> None:
    assert counts("A man was shot Tuesday night. He died at a hospital, police said.") == [("killed", 1, "He")]
    assert counts("A man was shot and wounded Tuesday. The victim, identified as John Doe, 25, died Wednesday.") == [
        ("killed", 1, "John Doe, 25,")]
    # only the one it may be: not the woman, not "another" man, not the officer when the suspect dies
    assert counts("A woman was shot in the arm. A man was shot in the chest. He died at the scene.") == [
        ("injured", 1, "A woman"), ("killed", 1, "He")]
    assert counts("A man was wounded. Another man was killed.") == [
        ("injured", 1, "A man"), ("killed", 1, "Another man")]
    assert counts("An officer was shot during a traffic stop. The suspect died at the scene.") == [
        ("injured", 1, "An officer"), ("killed", 1, "The suspect")]
    assert counts("A man was shot in the leg. A second man was shot in the chest. He died.") == [
        ("injured", 2, "A man was shot in the leg. A second man")]  # which of the two died, the text does not say


def test_a_death_told_after_a_group_was_shot_is_one_of_them() -> None:
    assert counts("A man and his 16-year-old son were shot while sitting in their car. The father died.") == [
        ("injured", 1, "A man and his 16-year-old son"), ("killed", 1, "The father")]
    # a suspect who dies is not one of the group
    assert counts("A man and a woman were shot. The suspect was later found dead.") == [
        ("injured", 2, "A man and a woman"), ("killed", 1, "The suspect")]
    # or in the clause after the group, in its sentence
    for joined in ("; the man died", ", and the man died later at a hospital"):
        assert counts(f"A man and a woman were shot Saturday{joined}.") == [
            ("injured", 1, "A man and a woman"), ("killed", 1, "the man")]
    assert counts("A man and a woman were shot Saturday, and the suspect died.") == [
        ("injured", 2, "A man and a woman"), ("killed", 1, "the suspect")]
    # someone the clause introduces, or an ordinal one, is not of the group
    assert counts("A man and a woman were wounded and a teen was killed.") == [
        ("injured", 2, "A man and a woman"), ("killed", 1, "a teen")]
    assert counts("A man and a woman were wounded. A third person was killed.") == [
        ("injured", 2, "A man and a woman"), ("killed", 1, "A third person")]


def test_one_clause_read_both_ways_is_one_death() -> None:
    assert counts("Police found the body of a woman with a gunshot wound.") == [("killed", 1, "a woman")]


def test_a_suspect_killed_or_hurt_is_counted() -> None:
    assert counts("A security guard was wounded, and the gunman was killed by police.") == [
        ("injured", 1, "A security guard"), ("killed", 1, "the gunman")]
    assert counts("The suspect was wounded by officers. The suspect later died at a hospital.") == [
        ("killed", 1, "The suspect")]
    # the man killed may be the suspect: nobody new
    assert counts("A man was killed by police Tuesday. Police said the suspect was killed after he pointed a gun.") == [
        ("killed", 1, "A man")]
    assert counts("A woman was shot. Police arrested the suspect.") == [("injured", 1, "A woman")]


def test_whoever_shoots_a_definite_person_is_not_a_victim() -> None:
    # the one who fired at "the suspect" or "the man" is not counted with them
    assert counts("An officer shot and killed the suspect.") == [("killed", 1, "the suspect")]
    assert counts("A deputy fatally shot the man.") == [("killed", 1, "the man")]
    assert counts("A man shot and killed the woman's boyfriend.") == [("killed", 1, "the woman's boyfriend")]
    # a headline's "shot and killed" has no object: the subject is the victim
    assert counts("Man shot and killed Saturday near store") == [("killed", 1, "Man")]


def test_an_officer_introduced_before_and_shot_as_an_object_is_counted() -> None:
    assert counts("Police said an officer responded to a call. The suspect opened fire, striking the officer in "
                  "the leg. Officers returned fire, killing the suspect.") == [
        ("injured", 1, "the officer"), ("killed", 1, "the suspect")]
    assert counts("A deputy responded to a domestic call. The man fired a shotgun, wounding the deputy. "
                  "A second deputy shot and killed the suspect.") == [
        ("injured", 1, "the deputy"), ("killed", 1, "the suspect")]
    # someone counted before is not counted again as an object, nor one introduced in a counted group
    assert counts("A clerk was shot during a robbery. The robber shot the clerk in the arm.") == [
        ("injured", 1, "A clerk")]
    assert counts("Deputies found a man and a woman dead inside a home. Investigators believe the man shot the "
                  "woman and then himself.") == [("killed", 2, "a man and a woman")]


def test_an_ordinal_beyond_everyone_counted_is_one_more() -> None:
    def figures(text: str) -> list[tuple[str, int | None]]:
        return [(kind, value) for kind, value, _ in counts(text)]
    assert figures("Police said two people were wounded. A third victim later arrived at a hospital with a gunshot wound.") == [
        ("injured", 3)]
    assert figures("A man was killed and two others were wounded. A fourth person was grazed by a bullet.") == [
        ("killed", 1), ("injured", 3)]
    # the ordinal counts the dead too: the third person is one of the wounded, the fourth man the injured one
    assert figures("A man was killed and two others were wounded. A third person was grazed by a bullet.") == [
        ("killed", 1), ("injured", 2), ("injured", 1)]
    assert figures("3 dead, 1 injured in shooting. A fourth man was wounded.") == [
        ("killed", 3), ("injured", 1), ("injured", 1)]
    # a total and its parts: the ordinal is beyond the total
    assert figures("Four people were shot. Two of the victims were in critical condition, and two others were "
                   "treated and released. A fifth person was grazed by a bullet.") == [("injured", 5)]


def test_a_possessive_subject_with_its_age_and_another_in_a_condition() -> None:
    assert counts("A 23-year-old man was killed, and his cousin, 20, was injured.") == [
        ("killed", 1, "A 23-year-old man"), ("injured", 1, "his cousin, 20")]
    assert counts("One man is dead and another is in critical condition after a shooting.") == [
        ("killed", 1, "One man"), ("injured", 1, "another")]


def test_an_injury_told_between_a_death_and_its_retelling_is_that_death() -> None:
    text = ("A man was fatally shot Tuesday night, police said. Officers found a man suffering from a gunshot wound. "
            "He was taken to North Memorial Medical Center, where he died.")
    assert counts(text) == [("killed", 1, "A man")]
    # not someone the story tells apart: another man, a name
    text = ("A man was fatally shot Tuesday night. Officers found another man suffering from a gunshot wound. "
            "Police said the man who was killed died at the scene.")
    assert counts(text) == [("killed", 1, "A man"), ("injured", 1, "another man")]


def test_a_suspect_shot_by_the_police_or_a_clerk_is_a_casualty() -> None:
    assert counts("Officers shot and killed the suspect after he pointed a gun at them, police said.") == [
        ("killed", 1, "the suspect")]
    assert counts("A store clerk shot and killed a would-be robber Saturday night.") == [
        ("killed", 1, "a would-be robber")]
    assert counts("A homeowner shot an intruder who broke into his home.") == [("injured", 1, "an intruder")]
    # not when the suspect may be someone counted already
    assert counts("A man was killed. Police shot and killed the gunman.") == [("killed", 1, "A man")]


def test_a_headline_list_may_open_with_a_word_before_its_person() -> None:
    assert counts("Teen girl, 2 men wounded in drive-by") == [("injured", 3, "Teen girl, 2 men")]
    assert counts("Dayton man, woman shot Saturday") == [("injured", 2, "Dayton man, woman")]


def test_a_noun_s_relative_is_a_victim_of_their_own() -> None:
    assert counts("A 2-year-old was shot in the head. The child's father, 24, was also shot.") == [
        ("injured", 2, "A 2-year-old was shot in the head. The child's father, 24")]
    assert counts("The boy's mother said he was shot.") == []  # who says is not who was hurt


def test_a_possessive_count_in_a_list() -> None:
    assert counts("A mother and her two children were shot.") == [("injured", 3, "A mother and her two children")]


def test_the_other_counts_the_dead_too() -> None:
    text = ("A man was shot to death and another man was critically wounded Saturday. "
            "The other was in critical condition.")
    assert [(kind, value) for kind, value, _ in counts(text)] == [("killed", 1), ("injured", 1), ("injured", 1)]
    # "a second woman" counts women, "a second officer" officers
    assert counts("A man was killed. A woman was wounded. A second woman was grazed.")[1:] == [
        ("injured", 2, "A woman was wounded. A second woman")]


def test_a_named_object_with_an_age_and_an_age_in_the_plural_are_people() -> None:
    assert counts("The shooting killed Maria Lopez, 34, and injured her brother, Jose Lopez, 29.") == [
        ("killed", 1, "Maria Lopez, 34"), ("injured", 1, "her brother")]
    assert counts("Two 17-year-olds were shot Friday.") == [("injured", 2, "Two")]


def test_arriving_at_a_hospital_is_hurt() -> None:
    assert counts("A man walked into St. Mary's Hospital with a gunshot wound to the leg.") == [("injured", 1, "A man")]
    assert counts("A 20-year-old man drove himself to the hospital.") == [("injured", 1, "A 20-year-old man")]
    assert counts("Two other victims showed up at a hospital.") == [("injured", 2, "Two")]
    assert counts("A woman was being treated at a local hospital.") == [("injured", 1, "A woman")]
    assert counts("The mother went to the hospital. He walked to the store.") == []


def test_passed_away_and_did_not_survive_are_deaths() -> None:
    assert counts("A woman shot during a robbery passed away Tuesday.") == [("killed", 1, "A woman")]
    assert counts("The teenager did not survive.") == [("killed", 1, "The teenager")]
    assert counts("The victim did not say who shot him.") == []


def test_a_listed_subject_may_name_its_people_definitely_or_by_kin() -> None:
    assert counts("The girl, her mother and her grandmother were killed.") == [
        ("killed", 3, "The girl, her mother and her grandmother")]


def test_a_headline_list_may_count_a_group() -> None:
    assert counts("Woman, 2 kids hurt in shooting") == [("injured", 3, "Woman, 2 kids")]
    assert counts("Police: Man, 2 teens wounded") == [("injured", 3, "Man, 2 teens")]


def test_another_or_an_ordinal_as_the_object_of_a_second_verb() -> None:
    assert counts("A gunman killed two people and wounded a third before fleeing.") == [
        ("killed", 2, "two"), ("injured", 1, "a third")]
    assert counts("A gunman killed one man and wounded another.") == [("killed", 1, "one man"), ("injured", 1, "another")]


def test_a_counted_group_first_among_objects() -> None:
    assert counts("The gunman shot two men and a woman outside a bar.") == [("injured", 3, "two men and a woman")]
    assert counts("The gunman shot two men outside a bar.") == [("injured", 2, "two")]


def test_a_gunman_who_shot_himself_is_hurt_unless_his_death_is_told() -> None:
    assert counts("Police said a man shot his wife and then shot himself.") == [
        ("injured", 2, "his wife and then shot himself")]
    assert counts("A man shot his wife Friday and then shot himself. He died at a hospital.") == [
        ("injured", 1, "his wife"), ("killed", 1, "He")]


def test_a_named_injury_whose_death_follows_as_a_pronoun_is_that_death() -> None:
    assert counts("A man who was shot last week has died, police said Monday. John Doe, 45, was shot on "
                  "Feb. 29 outside his home. He died Sunday at Grant Medical Center.") == [("killed", 1, "A man")]
    assert counts("A man was killed Saturday. John Doe, 45, was shot in the arm. He was taken to a hospital.") == [
        ("killed", 1, "A man"), ("injured", 1, "John Doe, 45,")]


def test_an_aside_between_a_subject_and_its_verb() -> None:
    assert counts("The suspect, 28-year-old Marcus Jones, was shot and killed by other officers.") == [
        ("killed", 1, "The suspect")]
    assert counts("The gunman, whose name was not released, was killed by police.") == [("killed", 1, "The gunman")]
    assert counts("The man, 44, was also wounded.") == [("injured", 1, "The man")]


def test_turning_the_gun_on_himself_is_a_death() -> None:
    assert counts("Police say a man shot his estranged wife before turning the gun on himself.") == [
        ("injured", 1, "his estranged wife"), ("killed", 1, "himself")]


def test_hit_by_a_car_is_not_a_gunshot() -> None:
    assert counts("Police said a third teen was hit by a car while fleeing the gunfire.") == []
    assert counts("A woman was struck by a vehicle as she ran from the scene.") == []
    assert counts("A woman was struck by a bullet as she ran from the scene.") == [("injured", 1, "A woman")]


def test_one_more_told_by_its_ordinal() -> None:
    assert counts("Two people were killed and a third was wounded in a shooting Monday night.") == [
        ("killed", 2, "Two"), ("injured", 1, "a third")]
    assert counts("Three men were shot and a fourth was grazed.") == [("injured", 4, "Three men were shot and a fourth")]
    assert counts("Two people were killed and a fifth was wounded.") == [("killed", 2, "Two")]  # not the next one
    # after a split: one more of the ordinal's kind
    assert counts("Three people were shot, one of them fatally, and a fourth was grazed.") == [
        ("injured", 3, "Three people were shot, one of them fatally, and a fourth"), ("killed", 1, "one")]
    assert counts("Three people were shot, one of them fatally, and a fourth died later.") == [
        ("injured", 2, "Three"), ("killed", 2, "one of them fatally, and a fourth")]


def test_victims_counted_as_gunshot_victims_or_taken_to_hospitals() -> None:
    assert counts("Officers found three gunshot victims after reports of shots fired.") == [("injured", 3, "three")]
    assert counts("Medics took four victims to hospitals after the shooting.") == [("injured", 4, "four")]
    assert counts("Police found two shooting victims, one of whom died.") == [("injured", 1, "two"), ("killed", 1, "one")]
    assert counts("The gunman took two people hostage.") == []


def test_an_arrest_for_a_killing_last_week_is_this_story() -> None:
    assert counts("Police arrested a man in the fatal shooting of a store clerk last week.") == [
        ("killed", 1, "a store clerk")]
    assert counts("Greene was charged with murder in the Feb. 29 death of Ravi Patel, 52.") == [
        ("killed", 1, "Ravi Patel, 52")]
    assert counts("Two men were shot last week in the same block.") == []


def test_a_count_after_a_death_and_its_own_verb() -> None:
    assert counts("Two men died and three others suffered gunshot wounds in a shooting Saturday.") == [
        ("killed", 2, "Two"), ("injured", 3, "three")]
    assert counts("The gunman fired at least 10 shots outside a store, striking three people.") == [
        ("injured", 3, "three")]


def test_a_part_of_the_shot_who_died_further_down_the_story() -> None:
    text = ("Three people were shot Saturday night outside a bar. Officers were called around 11 p.m. Witnesses "
            "said a fight broke out. Several shots were fired. One of the victims, a 25-year-old man, died at "
            "Grant Medical Center.")
    assert counts(text) == [("injured", 2, "Three"), ("killed", 1, "One")]
    # a bare death that far down is not read as one of them
    assert counts(text.replace("One of the victims, a 25-year-old man,", "A 25-year-old man")) == [
        ("injured", 3, "Three"), ("killed", 1, "A 25-year-old man")]


def test_shots_at_people_and_the_part_of_them_hit() -> None:
    assert counts("The gunman shot at three people, wounding two of them.") == [("injured", 2, "two")]
    assert counts("A gunman opened fire on officers, wounding one of them.") == [("injured", 1, "one")]
    assert counts("The gunman shot at three people, striking two of them.") == [("injured", 2, "two")]
    # hurt in a fall or a stampede is no gunshot
    assert counts("Four people were injured in a shooting. A fifth person was hurt when she fell while running "
                  "from the gunfire.") == [("injured", 4, "Four")]
    assert counts("Two men were shot. A woman was injured in the stampede that followed.") == [("injured", 2, "Two")]
    # unless what fell was the gun
    assert counts("A woman was injured when her gun fell from her purse and fired.") == [("injured", 1, "A woman")]
    assert counts("A man was injured in the stampede after shots were fired.") == []
    assert counts("A man, a boy and a woman were shot in the crowd. Two other people were hurt when they were knocked "
                  "to the ground as the crowd ran.") == [("injured", 3, "A man, a boy and a woman")]
    assert counts("Someone fired into a crowd of five, striking one of them in the leg.") == [("injured", 1, "one")]
    assert counts("The two victims were taken to the hospital, and one of them is in critical condition.") == [
        ("injured", 2, "two")]


def test_an_update_on_top_tells_a_death_after_the_story() -> None:
    assert counts("UPDATE: Police say the man who was shot Saturday night has died.\n\n"
                  "A man was shot Saturday night, police said. He was taken to a hospital in critical condition.") == [
        ("killed", 1, "the man")]


def test_another_in_the_hospital() -> None:
    assert counts("One man is dead and another is in the hospital after a shooting Sunday night.") == [
        ("killed", 1, "One man"), ("injured", 1, "another")]


def test_a_double_or_triple_shooting_counts_its_shot() -> None:
    assert counts("A double shooting left one man dead.") == [("injured", 1, "double"), ("killed", 1, "one")]
    assert counts("A triple shooting Sunday left two people dead.") == [("injured", 1, "triple"), ("killed", 2, "two")]
    assert counts("Police are investigating a double shooting on Main Street. One of the victims died at the "
                  "hospital.") == [("injured", 1, "double"), ("killed", 1, "One")]
    assert counts("Police are investigating a double shooting. Both victims are expected to survive.") == []


def test_a_shooter_with_a_pronoun_object_is_not_the_victim() -> None:
    assert counts("The woman's estranged husband fatally shot her before killing himself.") == [
        ("killed", 1, "himself")]
    assert counts("A man killed his ex-girlfriend and then himself.") == [
        ("killed", 2, "his ex-girlfriend and then himself")]


def test_a_named_victims_death_after_the_count_of_the_shot() -> None:
    text = ("Two people were shot Saturday night, police said. Police identified the victims as Jamal Brown, 22, "
            "and Keisha Green, 19. Brown was shot in the chest and died at the scene.")
    assert counts(text) == [("injured", 1, "Two"), ("killed", 1, "Brown")]
    assert ("killed", 1, "Hill") in counts("Three people were shot Friday. The victims, identified as Andre Hill, 20, "
                                           "and Devin Moore, 19, were taken to a hospital. Hill later died.")


def test_a_list_of_people_named_with_ages_and_the_death_of_everyone_counted() -> None:
    assert counts("Darius Ellis, 21, and Marquis Long, 23, were shot inside a house.") == [
        ("injured", 2, "Darius Ellis, 21, and Marquis Long, 23")]
    assert counts("A man, 21, and a woman, 23, were shot inside a house. Both died at the scene.") == [
        ("killed", 2, "Both")]
    assert counts("A man, a woman and a teenager were shot. All three were pronounced dead at the scene.") == [
        ("killed", 3, "All three")]
    # the group must be of that size, and "both" must die
    assert counts("A man and a woman were shot. All three suspects were arrested.") == [("injured", 2, "A man and a woman")]
    assert counts("A man and a woman were shot. Both were taken to a hospital.") == [("injured", 2, "A man and a woman")]


def test_an_age_alone_names_someone_introduced_before() -> None:
    assert counts("Police on Tuesday identified the 16-year-old killed Saturday as Jaylen Green.") == [
        ("killed", 1, "the 16-year-old")]
    assert counts("A 16-year-old and a 17-year-old were shot Saturday. The 16-year-old died at the scene.") == [
        ("injured", 1, "a 17-year-old"), ("killed", 1, "The 16-year-old")]


def test_others_counted_beyond_a_death_and_last_weekend() -> None:
    # the death told later is the one the lede counted, not one of the two others
    assert counts("A man was killed and two others were wounded Saturday. A 24-year-old man was shot in the head "
                  "and died at Christ Hospital.") == [("killed", 1, "A man"), ("injured", 2, "two"),
                                                     ("killed", 1, "A 24-year-old man")]
    # ... but a death told as a part of the count ("One of them") is one of the others
    assert counts("A man was killed and two others were wounded. One of them died Sunday.") == [
        ("killed", 2, "A man was killed and two others were wounded. One"), ("injured", 1, "two")]
    assert counts("A man was killed and two others were wounded. Police have no suspects.") == [
        ("killed", 1, "A man"), ("injured", 2, "two")]
    assert counts("A man was shot Saturday. Last weekend, 32 people were shot in Chicago, six of them fatally.") == [
        ("injured", 1, "A man")]


def test_what_a_suspect_did_comes_before_what_was_done_to_him() -> None:
    assert counts("A gunman who shot two people at a store early Sunday was killed by police after a chase.") == [
        ("killed", 1, "A gunman"), ("injured", 2, "two")]
    assert counts("A woman who was killed Saturday was identified as Jane Doe.") == [("killed", 1, "A woman")]
    assert counts("A man who robbed a store was arrested.") == []
    # a man who fired keeps the role that tells him apart from the officer he shot
    assert counts("A man who opened fire on police officers Tuesday was shot by officers and is hospitalized. "
                  "An officer was killed in the exchange. The suspect, 34, is in critical condition.") == [
        ("killed", 1, "An officer"), ("injured", 1, "The suspect")]


def test_patients_in_the_hospital_and_a_condition_right_after_a_person() -> None:
    assert counts("Two men are in the hospital and a third is dead after a shooting Thursday night.") == [
        ("injured", 2, "Two")]
    assert counts("A shooting Thursday night left one man dead and a teenager in critical condition.") == [
        ("killed", 1, "one"), ("injured", 1, "a teenager")]
    # a place by the hospital is no patient
    assert counts("Two men were arrested in the hospital parking lot.") == []
    # a part named in commas does not push the count's verb out of reach
    assert counts("A man died at the scene. Three other people, including a 15-year-old girl, were taken to "
                  "Highland Hospital with gunshot wounds.") == [("killed", 1, "A man"), ("injured", 3, "Three")]
    # patrons are people a count can be of
    assert counts("A man opened fire inside a bar Saturday night, wounding two patrons.") == [("injured", 2, "two")]


def test_a_first_report_the_sentence_corrects_and_a_shooter_wounded_after_he_fired() -> None:
    assert counts("Police initially said four people were shot outside a bar early Sunday, but later said three "
                  "people were wounded.") == [("injured", 3, "three")]
    # with no correction told, the first report is all there is
    assert counts("Police initially said four people were shot outside a bar.") == [("injured", 4, "four")]
    assert counts("A man shot and killed his neighbor during an argument Friday and was then wounded by police "
                  "officers.") == [("injured", 1, "A man"), ("killed", 1, "his neighbor")]
    assert counts("A man shot and killed his neighbor during an argument Friday and was arrested.") == [
        ("killed", 1, "his neighbor")]


def test_a_possessive_before_the_noun_and_the_man_who_shot_him() -> None:
    assert counts("A Jacksonville sheriff's officer was wounded and the man who shot him was killed early "
                  "Sunday.") == [("injured", 1, "A Jacksonville sheriff's officer"), ("killed", 1, "the man")]
    # "hitting him" is what happened to him, not to the two friends counted before it
    assert counts("Police said the teen and two friends were handling a shotgun in a garage when it fired, "
                  "hitting him in the head.") == []


def test_a_death_toll_named_well_before_its_figure() -> None:
    assert counts("The death toll from Saturday night's shooting at a Kalamazoo apartment complex rose to three "
                  "on Monday when a 19-year-old man died at a hospital.") == [("killed", 3, "three")]


def test_one_shot_before_who_died_of_it() -> None:
    assert counts("A 20-year-old man who was shot Tuesday, March 1, outside a Waco apartment complex died Sunday, "
                  "police said.") == [("killed", 1, "A 20-year-old man")]
    assert counts("A man who was shot Tuesday was in stable condition.") == [("injured", 1, "A man")]


def test_a_split_whose_dead_are_named_in_apposition() -> None:
    assert counts("Two teenagers were shot Sunday evening in south Stockton, one of them a 14-year-old who died, "
                  "police said.") == [("injured", 1, "Two"), ("killed", 1, "one")]
    assert counts("Three men were shot, one of them, a 30-year-old, fatally.") == [
        ("injured", 2, "Three"), ("killed", 1, "one")]


def test_people_a_count_says_were_unhurt_and_a_place_in_a_hospital() -> None:
    assert counts("Police said his two children were not hurt.") == []
    assert counts("Two women weren't injured.") == []
    # not seriously hurt is hurt
    assert counts("Two people were not seriously hurt.") == [("injured", 2, "Two")]
    assert counts("Three guests were in the hospital lobby when the gunman fired.") == []
    assert counts("Two neighbors were treated at the hospital for smoke inhalation.") == []


def test_a_negated_degree_is_still_an_injury() -> None:
    assert counts("A second man was not seriously hurt.") == [("injured", 1, "A second man")]
    assert counts("A man was not hurt.") == []


def test_people_who_fired_at_someone_are_no_count() -> None:
    assert counts("Two men shot and killed a 20-year-old on Sunday.") == [("killed", 1, "a 20-year-old")]
    assert counts("Police released video of two men they say shot and killed a 20-year-old and wounded "
                  "his brother.") == [("killed", 1, "a 20-year-old"), ("injured", 1, "his brother")]
    assert counts("Police are looking for two men who shot and wounded a clerk.") == [("injured", 1, "a clerk")]
    assert counts("Two men shot a block from the school were taken to a hospital.") == [("injured", 2, "Two")]


def test_an_owner_is_not_who_the_clause_is_about() -> None:
    found = counts("A 4-year-old boy found his father's gun and shot himself.")
    assert ("injured", 1, "A 4-year-old boy") in found and not any("father" in words for _, _, words in found)
    assert counts("The woman's car was hit by gunfire.") == []
    assert counts("A man's body was found Sunday.") == [("killed", 1, "A man")]


def test_a_phrase_of_a_kind_that_runs_past_the_counts_next_two_words() -> None:
    assert counts("Two found shot to death in Bakersfield home") == [("killed", 2, "Two")]
    assert counts("Two men found shot and killed in a car") == [("killed", 2, "Two")]


def test_a_person_named_by_a_capitalised_name_with_of_and_a_killing_of_an_age() -> None:
    assert counts("A University of South Carolina student was shot early Saturday.") == [
        ("injured", 1, "A University of South Carolina student")]
    assert counts("He was charged with murder in the shooting death of a 17-year-old on Tuesday.") == [
        ("killed", 1, "a 17-year-old")]


def test_other_incidents_in_separate_shootings_and_days_before() -> None:
    assert counts("Two other people were shot in separate incidents across the city Saturday.") == []
    assert counts("Police said earlier in the week, two men were wounded three blocks away.") == []
    assert counts("Two days earlier, three people were shot at a park.") == []
    assert counts("Three people were shot, one critically, in separate attacks on Saturday.") == [("injured", 3, "Three")]
    assert counts("A man who was shot two days earlier died Sunday.") == [("killed", 1, "A man")]


def test_a_city_s_tally_of_shootings_past_the_lede() -> None:
    story = ("Two men were shot to death Saturday in Englewood. Police said the shooting happened in the afternoon. "
             "Officers are investigating. ")
    assert counts(story + "At least 12 people were shot across the city over the weekend, three of them fatally.") \
        == [("killed", 2, "Two")]
    assert counts(story + "Citywide, at least 9 people were wounded in shootings over the weekend.") == [
        ("killed", 2, "Two")]
    assert counts(story + "At least 47 people were shot across Chicago that weekend, six of them fatally.") == [
        ("killed", 2, "Two")]
    assert counts("A man was fatally shot Sunday afternoon. He died at a hospital. Earlier Sunday, two men were "
                  "wounded in a shooting in West Baltimore.") == [("killed", 1, "A man")]
    assert counts("A man was shot Saturday. Hours earlier, a woman was wounded a block away.") == [
        ("injured", 1, "A man")]
    # ... but not what happened later that day, which may be the story's own
    assert counts("Later Sunday, two men were wounded near the park.") == [("injured", 2, "two")]
    # a round-up story's own lede is its news
    assert counts("At least 12 people were shot across the city over the weekend, police said.") == [
        ("injured", 12, "At least 12")]


def test_a_name_in_apposition_is_the_same_person_and_a_negated_verb_hurts_nobody() -> None:
    assert counts("Police said he shot his estranged wife, Angela Hill, 41, and her mother, Doris Moore, 67, "
                  "at the house.") == [("injured", 2, "his estranged wife, Angela Hill, 41, and her mother, Doris Moore, 67")]
    assert counts("He shot John Smith, 30, Mary Jones, 25, and a teen.") == [
        ("injured", 3, "John Smith, 30, Mary Jones, 25, and a teen")]
    assert counts("Two people were shot. A third person inside the apartment was not injured.") == [("injured", 2, "Two")]
    assert counts("The shooting came hours after a 19-year-old man was killed in the West Ward.") == []


def test_everyone_found_dead_are_the_injured_told_just_before() -> None:
    assert counts("Police said he shot his estranged wife, Angela Hill, 41, and her mother, Doris Moore, 67, "
                  "before shooting himself. Officers arrived to find all three dead.") == [("killed", 3, "all three")]
    assert counts("A man and a woman were shot Saturday. Both died at the hospital.") == [("killed", 2, "Both")]


def test_people_a_count_says_were_unhurt_after_a_few_words() -> None:
    assert counts("Two young children in the home were not hurt and are with relatives.") == []
    assert counts("Her two children were inside the apartment and were not hurt.") == []
    assert counts("The woman who called 911 and her two children escaped out a back door and were not hurt.") == []
    assert counts("Her two children escaped and were not injured.") == []
    # a noun after "who was" is what the subject was, not someone else
    told = counts("A man was killed and a woman was wounded Friday night. The shooting was reported about 10 p.m. "
                  "A 21-year-old woman who was a passenger in the car was struck in the shoulder.")
    assert [count for kind, count, _ in told if kind == "injured"] == [1, 1]
    assert counts("Two men were wounded Saturday and were not hospitalized.") == [("injured", 2, "Two")]
    assert counts("Two people were shot but three others were not hurt.") == [("injured", 2, "Two")]
    assert counts("Two men in the car were not seriously hurt.") == [("injured", 2, "Two")]


def test_victims_told_one_by_one_and_then_others() -> None:
    assert counts("A man was shot in the leg Saturday. Two other men were also wounded, police said.") == [
        ("injured", 3, "A man was shot in the leg Saturday. Two")]
    assert counts("A woman was wounded Sunday. Police said three others were hurt.") == [
        ("injured", 4, "A woman was wounded Sunday. Police said three")]
    # others of another kind, or after a count of the same kind, are no addition
    assert counts("A man was killed and two others were wounded.") == [("killed", 1, "A man"), ("injured", 2, "two")]
    assert counts("Four people were shot. A man was hit in the head and three others were hurt.")[0] == (
        "injured", 4, "Four")


def test_a_headline_subject_named_with_its_town_a_couple_and_a_death_told_further_on() -> None:
    assert counts("Raleigh man killed in Saturday's shooting identified") == [("killed", 1, "Raleigh man")]
    assert counts("IMPD officer shot during traffic stop") == [("injured", 1, "IMPD officer")]
    # an ordinal is no name: "Second victim dies" is told by the story's own "a second man has died"
    text = ("Second victim dies after Lorain shooting\n\nA second man has died after a shooting Thursday that also "
            "wounded a woman. Kevin Morales, 34, died Saturday. Jose Rivera, 29, was killed at the scene.")
    assert ("injured", 1, "a woman") in counts(text)
    assert counts("An elderly couple was found shot to death in their home Saturday.") == [
        ("killed", 2, "An elderly couple")]
    assert counts("A couple of people were shot.") == []
    assert counts("Anthony Barnes, 38, was found with a gunshot wound outside a home on Poole Road and died at "
                  "WakeMed, police said.") == [("killed", 1, "Anthony Barnes, 38,")]


def test_objects_told_with_where_they_were_hit_and_a_headline_s_bare_list() -> None:
    assert counts("A gunman fired at least 10 shots, striking a man in the chest and a teenage girl in the leg.") == [
        ("injured", 2, "a man in the chest and a teenage girl in the leg")]
    assert counts("Little Rock shooting injures man, woman") == [("injured", 2, "man, woman")]
    assert counts("Gunman fires into crowd, hitting man and teen girl") == [("injured", 2, "man and teen girl")]
    # a verb after the comma starts a clause of its own: "injures mother" is not one more killed
    assert counts("Man kills stepfather, injures mother, 3 others") == [
        ("killed", 1, "stepfather"), ("injured", 4, "mother, 3 others")]


def test_a_victim_told_in_an_aside_or_arriving_at_a_named_hospital() -> None:
    assert counts("The gunman, who was shot in the leg, is in custody.") == [("injured", 1, "The gunman")]
    assert counts("The gunman, who was not hurt, is in custody.") == []
    assert counts("A robber shot a clerk. The suspect, who was shot in the exchange, is in custody.") == [
        ("injured", 2, "a clerk. The suspect")]
    assert counts("Police said a second victim, a 19-year-old woman, arrived at Palmetto Health Richland a short "
                  "time later with a gunshot wound to the hand.") == [("injured", 1, "a second victim")]


def test_the_object_of_a_killing_is_no_subject_of_the_verb_after_it() -> None:
    text = ("A robbery suspect accused of killing a convenience store clerk Friday night was shot by an officer as "
            "he fled, police said. The clerk, 48, died at the scene. The suspect, who was shot in the exchange, is "
            "in custody.")
    assert sorted((kind, n) for kind, n, _ in counts(text)) == [("injured", 1), ("killed", 1)]


def test_a_list_of_ages_a_toll_past_an_abbreviation_and_a_pair_with_an_aside() -> None:
    assert counts("Victims ages 19, 22 and 25 wounded in Mobile shooting") == []
    assert counts("The number of people wounded at a north St. Louis bar rose to five, police said.") == [
        ("injured", 5, "five")]
    assert counts("A man and a woman, both in their 20s, were shot early Sunday.") == [
        ("injured", 2, "A man and a woman")]
    assert counts("A 63-year-old woman and two men, ages 47 and 48, were shot, the police said.") == [
        ("injured", 3, "A 63-year-old woman and two men")]


def test_a_clock_time_s_periods_and_a_definite_person_named_by_what_happened() -> None:
    assert counts("Jamal Carter, 30, was shot several times about 8 p.m. Tuesday outside a store and died at "
                  "USA Medical Center, police said.") == [("killed", 1, "Jamal Carter, 30,")]
    assert counts("Police on Saturday identified the man killed in a shooting Thursday evening as Andre Watkins, "
                  "24. Two other men were wounded in the shooting.") == [("killed", 1, "the man"), ("injured", 2, "Two")]
    assert counts("The man shot at officers before fleeing.") == []


def test_one_more_victim_of_a_verb_left_out() -> None:
    assert counts("Derrick Jones, 31, was shot twice and his friend once during an argument.") == [
        ("injured", 2, "Derrick Jones, 31, was shot twice and his friend")]
    assert counts("A 22-year-old was shot in the chest and a 30-year-old in the arm.") == [
        ("injured", 2, "A 22-year-old was shot in the chest and a 30-year-old")]
    assert counts("A man was shot in the leg and died at the scene.") == [("killed", 1, "A man")]


def test_a_definite_victim_the_story_first_named_in_another_role() -> None:
    text = ("A homeowner shot and killed a man who broke into his house early Sunday, but not before the intruder "
            "shot him. The 61-year-old homeowner was wounded in the shoulder.")
    assert counts(text) == [("killed", 1, "a man"), ("injured", 1, "The 61-year-old homeowner")]
    # someone a clause counted already, or "the victim", is no one new
    assert counts("A homeowner was shot Sunday. The homeowner was taken to a hospital.") == [
        ("injured", 1, "A homeowner")]
    assert counts("A man was killed Sunday. Police said a woman called 911. The victim was taken to a hospital.") == [
        ("killed", 1, "A man")]
    # "was shot" alone may tell more of someone counted dead
    assert counts("Police said a girl was in a car with her brother when a man fired. A 15-year-old was killed. The "
                  "girl was shot in the head.") == [("killed", 1, "A 15-year-old")]
    assert counts("A man was shot and killed by police after he pointed a gun at officers. The man, whose name has "
                  "not been released, was hit several times.") == [("killed", 1, "A man")]
    # a stabbing victim is no gunshot victim
    assert counts("An officer shot and killed a man who was stabbing a woman. The woman was taken to a hospital "
                  "with stab wounds.") == [("killed", 1, "a man")]
    # "the man killed in ..." is no one new where another clause names the dead
    assert counts("Police identified the man killed in a shooting Friday. Jerome Tate, 37, died at the scene. A second "
                  "man, 29, was taken to a hospital with injuries.") == [
        ("killed", 1, "Jerome Tate, 37,"), ("injured", 1, "A second man, 29")]


def test_an_earlier_years_killing_is_the_news_of_a_story_that_opens_with_its_sentencing() -> None:
    text = ("Man gets life in teen's killing. A Jacksonville man was sentenced Tuesday for the murder of a "
            "15-year-old boy more than a year ago. He also faces a robbery charge.")
    assert counts(text) == [("killed", 1, "teen"), ("killed", 1, "a 15-year-old boy")]
    text = ("Man sentenced in killing. A man was sentenced Friday for the shooting death of a woman in 2014.")
    assert counts(text) == [("killed", 1, "a woman")]
    # further down, an earlier year is the suspect's history, not the story's news
    history = "Two men were convicted last year of the killing of a teen."
    assert ("killed", 1, "a teen") in counts(f"Man wounded. {history} A man was wounded Sunday.")
    assert ("killed", 1, "a teen") not in counts(f"Man wounded. A man was wounded Sunday. He will live. {history}")


def test_a_death_in_another_incident_ends_no_one_hurt_in_this_one() -> None:
    text = "A man was wounded Sunday on Elm Street. He is expected to live. Last year a teen was killed nearby."
    assert counts(text) == [("injured", 1, "A man")]
    # in this incident it does: "A man was wounded ... He died Monday"
    assert counts("A man was wounded Sunday on Elm Street. The man died Monday.") == [("killed", 1, "The man")]


def test_a_definite_object_counts_where_the_story_counts_no_one_else() -> None:
    text = ("A man pleaded guilty Friday to aggravated assault. He admitted shooting the 22-year-old man in the leg "
            "during an argument. The victim recovered.")
    assert counts(text) == [("injured", 1, "the 22-year-old man")]
    # where someone is counted, "the man" is that someone
    assert counts("A man was shot Sunday on Elm Street. Police said the gunman shot the man twice.") == [
        ("injured", 1, "A man")]


def test_two_named_victims_with_ages_are_a_pair_and_both_may_die() -> None:
    text = ("Officers found Jamar Ellis, 28, and Keith Bryant, 31, with gunshot wounds inside a home, police said. "
            "Both were pronounced dead at the scene.")
    assert counts(text) == [("killed", 2, "Both")]
    assert counts("Jamar Ellis, 28, and Keith Bryant, 31, were shot Saturday.") == [
        ("injured", 2, "Jamar Ellis, 28, and Keith Bryant, 31")]


def test_a_shooting_told_as_one_of_several_sets_the_others_apart() -> None:
    text = ("Two men were wounded in a shooting early Sunday. The shooting was one of three in the city over the "
            "weekend; on Friday night, a man was killed in West Oakland.")
    assert counts(text) == [("injured", 2, "Two")]


def test_a_relative_telling_of_the_victim_tells_of_no_one_new() -> None:
    assert counts("Tasha Green, 23, was shot and killed Friday. Green's mother said her daughter had just returned "
                  "from work when she was shot.") == [("killed", 1, "Tasha Green, 23,")]
    assert counts("A man was killed Friday. His mother, Ann Lee, said her son was shot while walking home.") == [
        ("killed", 1, "A man")]
    assert counts("A man was killed Friday. His wife, Ann Lee, said her husband was shot while walking home.") == [
        ("killed", 1, "A man")]
    # someone else: "also", "other", or not a relative's words
    assert counts("A man was killed Friday. His brother said his wife was also hit.") == [
        ("killed", 1, "A man"), ("injured", 1, "his wife")]
    assert counts("A man was killed Friday. His mother said her other son was wounded.") == [
        ("killed", 1, "A man"), ("injured", 1, "her other son")]
    assert counts("A man was shot Friday. Police said his son was also shot.") == [
        ("injured", 1, "A man"), ("injured", 1, "his son")]


def test_a_name_told_after_the_one_death_names_the_dead() -> None:
    assert counts("A man who was shot Tuesday died Sunday. Marcus Bell, 29, was shot in the 1400 block of East "
                  "Illinois Avenue around 8 p.m. Tuesday.") == [("killed", 1, "A man")]
    # unless its sentence tells they lived, or someone else was hurt too
    assert counts("A man was killed Sunday. Marcus Bell, 29, was shot and taken to a hospital in stable condition.") == [
        ("killed", 1, "A man"), ("injured", 1, "Marcus Bell, 29,")]
    assert counts("A man was killed and a woman was hurt Sunday. Marcus Bell, 29, was shot Tuesday.") == [
        ("killed", 1, "A man"), ("injured", 1, "a woman"), ("injured", 1, "Marcus Bell, 29,")]


def test_a_shooting_that_left_someone_paralyzed_or_in_critical_condition() -> None:
    assert counts("Police are investigating the shooting that left a 21-year-old man paralyzed.") == [
        ("injured", 1, "a 21-year-old man")]
    assert counts("The shooting left a woman in critical condition.") == [("injured", 1, "a woman")]


def test_a_list_of_victims_set_off_in_dashes_with_their_ages_told() -> None:
    assert counts("Police said the victims — a 30-year-old man and two women in their 20s — are expected to "
                  "survive.") == [("injured", 3, "a 30-year-old man and two women in their 20s")]
    assert counts("Police said the victims, a 30-year-old man and two women in their 20s, are expected to "
                  "survive.") == [("injured", 3, "a 30-year-old man and two women in their 20s")]
    assert counts("The victims — two men and a woman — were taken to a hospital.") == [
        ("injured", 3, "two men and a woman")]


def test_someone_caught_in_the_crossfire_was_hit() -> None:
    assert counts("A 12-year-old boy was caught in the crossfire and hit in the leg.") == [
        ("injured", 1, "A 12-year-old boy")]
    assert counts("A 12-year-old boy was caught in the crossfire and killed.") == [("killed", 1, "A 12-year-old boy")]
    assert counts("A woman was caught in the crossfire but was not hurt.") == []


def test_a_death_of_the_people_found_shot_told_by_what_the_story_calls_them() -> None:
    assert counts("Officers found two people shot outside a bar early Sunday. The dead man, 25, was found on the "
                  "sidewalk.") == [("injured", 1, "two"), ("killed", 1, "The dead man")]
    assert counts("Two men were shot Saturday night. The 25-year-old died at a hospital.") == [
        ("injured", 1, "Two"), ("killed", 1, "The 25-year-old")]
    assert counts("A gunman shot three people at a gas station on Sunday. Two of them died at the scene.") == [
        ("injured", 1, "three"), ("killed", 2, "Two")]
    # one person told shot, then called dead
    assert counts("A man was found shot inside a car on Elm Street. The dead man's name was not released.") == [
        ("killed", 1, "The dead man")]


def test_a_murder_suicide_told_after_its_dead() -> None:
    assert counts("The dead — a 58-year-old man and his 55-year-old wife — were found in the kitchen. Police said "
                  "the man shot his wife and then himself.") == [("killed", 2, "a 58-year-old man and his 55-year-old wife")]
    # shots told further on, or that end with no one's own, are no one dead
    assert counts("The dead — a man and his wife — were found in the kitchen. Neighbors heard shots. Later a "
                  "gunman shot his cousin and then himself.") == [
        ("killed", 2, "a man and his wife"), ("injured", 2, "his cousin and then himself")]


def test_what_a_subject_did_to_no_one_is_skipped_whatever_its_length() -> None:
    assert counts("A man who pointed a handgun at Mesa police officers was shot and killed Friday night.") == [
        ("killed", 1, "A man")]
    assert counts("A woman who lives across the street from the Marathon gas station was shot in the leg.") == [
        ("injured", 1, "A woman")]
    # ... and where it tells what the subject was doing or had done, not a casualty
    assert counts("A man who had barricaded himself inside a home for several hours was shot and killed by police.") \
        == [("killed", 1, "A man")]
    assert counts("A man who was sitting in his car on Albany Avenue was killed and a passenger was wounded when "
                  "someone fired.") == [("killed", 1, "A man"), ("injured", 1, "a passenger")]
    assert counts("A man and a teenager who were standing outside a store on State Street were wounded by gunfire.") \
        == [("injured", 2, "A man and a teenager")]


def test_a_death_told_after_when_it_came_or_as_the_one_who_died() -> None:
    assert counts("Two men were shot Saturday night on the west side. Later Saturday, one of them died at a "
                  "hospital.") == [("injured", 1, "Two"), ("killed", 1, "one")]
    assert counts("Two men were shot Saturday night on the west side. The man who died was identified as John "
                  "Smith.") == [("injured", 1, "Two"), ("killed", 1, "The man who died")]
    # a holiday weekend's tally past the lede is the city's, not this shooting's
    story = ("A man was shot and killed Monday on Elm Street. Police said the man was found on the sidewalk. "
             "No arrests have been made. ")
    assert counts(story + "Over the Memorial Day weekend, 40 people were shot in the city, six of them fatally.") \
        == [("killed", 1, "A man")]


def test_everyone_shot_and_killed_and_others_told_after_a_plural_toll() -> None:
    # "were shot and killed" is no count of the shot that a death told after splits
    assert counts("Two men were shot and killed early Sunday at a gas station. One man was pronounced dead at the "
                  "scene; the other died at a hospital.")[0] == ("killed", 2, "Two")
    # the deaths told after "Two men were killed and two other people were wounded" are the two men's
    assert counts("Two men were killed and two other people were wounded Saturday night. One man died at the "
                  "scene.")[:2] == [("killed", 2, "Two"), ("injured", 2, "two")]


def test_a_split_told_past_an_abbreviated_place_or_by_whom_it_was_confirmed() -> None:
    assert counts("Police say three men were shot late Sunday night in north St. Louis, and two of them have "
                  "died.") == [("injured", 1, "three"), ("killed", 2, "two")]
    assert counts("A gunman fired into a crowd late Saturday, hitting four people, one of whom later died.") == [
        ("injured", 3, "four"), ("killed", 1, "one")]
    assert counts("At least five people were shot early Sunday outside a nightclub. UPDATE (Monday, 11:50 a.m.): "
                  "Shreveport police have confirmed that one of the victims has died.") == [
        ("injured", 4, "five"), ("killed", 1, "one")]


def test_a_police_release_numbers_its_victims() -> None:
    assert counts("Officers located two victims suffering from gunshot wounds. Victim #1, a 22-year-old male, was "
                  "pronounced deceased on the scene.") == [("injured", 1, "two"), ("killed", 1, "Victim #1")]
    assert counts("Officers found a man shot. Victim #2, a 29-year-old man, was conveyed to Froedtert Hospital, "
                  "where he succumbed to his injuries.")[-1] == ("killed", 1, "a 29-year-old man")


def test_shots_heard_or_fired_and_other_incidents_told_separately_are_no_one_s_count() -> None:
    assert counts("As officers walked up, they heard one more shot from inside the house.") == []
    assert counts("Separately, police said two men were wounded in a shooting Sunday night.") == []
    assert counts("The shooting came eight days after a gunman killed three people at a factory.") == []


def test_a_shooting_in_another_month_is_another_incident() -> None:
    story = "An officer shot and wounded a man Wednesday. No officers were hurt. Officers are investigating. "
    assert counts(story + "In January, officers shot and killed a man who had fired at them.") == [
        ("injured", 1, "a man")]
    assert counts("A man was killed at an apartment complex Thursday. No one else was hurt. The same complex was "
                  "the scene of a shooting in August in which a 19-year-old man was wounded.") == [
        ("killed", 1, "A man")]
    # ... but not the story's own month, nor a follow-up's news, nor a death since
    assert counts("Two men were wounded in a shooting in March.") == [("injured", 2, "Two")]
    assert counts("A man was charged Monday in the February shooting that wounded two men.") == [
        ("injured", 2, "two")]


def test_one_among_a_group_a_named_hospital_and_a_caller_s_report() -> None:
    # one of a group counted elsewhere is no count of one
    assert counts("A man was killed and a 14-year-old girl was among those wounded when someone opened fire.") == [
        ("killed", 1, "A man")]
    # a hospital named without the word: "Regional One Health", "Ryder Trauma Center"
    assert counts("Two men, ages 22 and 25, were taken to Regional One Health.") == [("injured", 2, "Two")]
    # what a caller reported is not a count; the story tells who was found
    assert counts("Officers were sent out on a report of a man shot.") == []


def test_a_headline_s_subject_that_killed_and_a_death_told_after_an_abbreviated_date() -> None:
    assert counts("Gunman killed ex-girlfriend and her father, wounded boy, then took his own life") == [
        ("killed", 3, "ex-girlfriend and her father, wounded boy, then took his"), ("injured", 1, "boy")]
    assert counts("A 31-year-old woman who was shot along with her boyfriend on Feb. 26 has died, police said.") == [
        ("killed", 1, "A 31-year-old woman")]


def test_deaths_told_one_by_one_after_a_count_of_the_shot() -> None:
    assert counts("Officers located three victims suffering from gunshot wounds. Victim #1, a 22-year-old man, was "
                  "pronounced deceased at the scene. Victim #2, a 29-year-old man, was conveyed to Froedtert "
                  "Hospital, where he succumbed to his injuries.")[:2] == [
        ("injured", 1, "three"), ("killed", 2, "Victim #1, a 22-year-old man, was pronounced deceased at the scene. Victim #2")]
    assert counts("Three people were shot Saturday. One man died at the scene. A second man died at a hospital.")[:2] \
        == [("injured", 1, "Three"), ("killed", 2, "One man died at the scene. A second man")]
    # a name told after a death may be the same person
    assert counts("Three people were shot Saturday. A 22-year-old man died at the scene. Johnson died at a "
                  "hospital.") == [("injured", 2, "Three"), ("killed", 1, "A 22-year-old man")]


def test_a_sentence_past_the_lede_that_opens_on_another_date() -> None:
    lede = "A 9-year-old girl was struck by a stray bullet on March 1. She was hit in the hip. Police are searching. "
    assert counts(lede + "On Feb. 9, a 6-year-old boy was wounded in a drive-by shooting a mile away.") == [
        ("injured", 1, "A 9-year-old girl")]
    story = "A man was wounded Saturday night. He was hit in the arm. Police are searching. "
    assert counts(story + "On Feb. 9, a boy was wounded in a drive-by shooting a mile away.") == [
        ("injured", 1, "A man")]
    # a date within the week a weekday tells may be the story's own; a follow-up's may be its incident's
    assert counts(story + "On Saturday, March 5, two men were shot nearby.") == [
        ("injured", 1, "A man"), ("injured", 2, "two")]
    assert counts("A man was arrested March 3 in a fatal shooting last month. He is held without bail. Police "
                  "said. On Feb. 20, officers found a man shot dead in a car.") == [("killed", 1, "a man")]
    # or that dates an incident it names
    assert counts("A 16-year-old boy was shot in the leg yesterday afternoon. He was in stable condition. Police are "
                  "searching. The same block was the scene of a fatal shooting Jan. 30, when 24-year-old Marcus Reed "
                  "was killed outside a corner store.") == [("injured", 1, "A 16-year-old boy")]
    assert counts("A man was shot and killed by officers Tuesday afternoon. He pointed a pistol at them. Fox was "
                  "pronounced dead at the scene. It was the department's first officer-involved shooting since Jan. "
                  "12, when officers shot and wounded a man suspected of robbing a bank.") == [("killed", 1, "A man")]


def test_a_victim_named_by_the_job_they_held() -> None:
    assert counts("A gunman opened fire, killing a supervisor and wounding two co-workers.") == [
        ("killed", 1, "a supervisor"), ("injured", 2, "two")]


def test_a_death_told_as_not_surviving_and_other_shootings_told_by_their_hour_or_in_a_dated_list() -> None:
    assert counts("Police found two men with gunshot wounds. Both men were taken to a hospital. One of them, a "
                  "31-year-old, did not survive.")[:2] == [("injured", 1, "two"), ("killed", 1, "One")]
    story = "A man was killed Saturday. Police are searching. No arrests were made. "
    assert counts(story + "About an hour earlier, deputies responded to a separate shooting in Bloomington, where a "
                  "22-year-old man was wounded.") == [("killed", 1, "A man")]
    assert counts("On Wednesday, March 2, officers located three victims suffering from gunshot wounds. All three "
                  "were taken to a hospital. Police said. Other recent shootings:\n\n— Sunday, Feb. 28: A "
                  "34-year-old man was fatally shot on North Street.\n\n— Friday, March 4: Two men were wounded "
                  "on Acadian Thruway.") == [("injured", 3, "three")]


def test_an_aside_after_a_name_and_age_leaves_the_name_the_subject() -> None:
    assert counts("Antonio Gaines, 34, a barber who has worked at the shop for eight years, was struck in the "
                  "shoulder.") == [("injured", 1, "Antonio Gaines, 34,")]
    told = counts("A gunman fired into a barbershop Friday. Antonio Gaines, 34, a barber at the shop, was struck in "
                  "the shoulder. Customer Cedric Hollins, 41, was hit in the lower back.")
    assert [(kind, count, text.startswith("Antonio")) for kind, count, text in told] == [("injured", 2, True)]
    # a named person who "was shot" may be the one the story tells dead, aside or not
    assert [kind for kind, _, _ in counts("Kamal Haddad, 46, of Baton Rouge, was shot once in the chest. He died at "
                                          "the scene.")] == ["killed"]


def test_who_a_suspect_acted_on_and_whom_a_homeowner_killed() -> None:
    # the object of what a suspect did is no victim of the clause; the suspect is
    assert counts("A man suspected of carjacking a woman at gunpoint in Mesa was shot and killed by police "
                  "officers Wednesday.") == [("killed", 1, "A man")]
    # "one of two armed men" is whom he killed, and "but was wounded" what befell him
    assert counts("A homeowner shot and killed one of two armed men who forced their way into his house late "
                  "Monday, but was wounded in the exchange of gunfire, police said.") == [
        ("injured", 1, "A homeowner"), ("killed", 1, "one of two armed men")]
