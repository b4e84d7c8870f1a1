"""Casualty claims found by rules: count + kind + civilians + source, from real and written sentences."""

import pytest

from summarizer.rules.casualties import find_casualties

CASES = [
    # (sentence, published_year, [(count text, kind, civilians, source)])
    ("The forces of Azerbaijan shelled Nagorno-Karabakh on Wednesday, killing at least 32 people, according to "
     "Armenia, and wounding many more.", 2023, [("at least 32", "killed", False, "Armenia")]),
    ("The separatists of the enclave earlier spoke of 27 dead, including two civilians, and more than 200 injured, "
     "while approximately 7,000 residents of 16 areas were evacuated from their homes.", 2023,
     [("27", "killed", False, None), ("two", "killed", True, None), ("more than 200", "injured", False, None),
      ("approximately 7,000", "displaced", False, None)]),
    ("Azerbaijan said it launched its operation in response to landmine explosions that killed four soldiers and "
     "two civilians in the region.", None, [("four", "killed", False, "Azerbaijan"), ("two", "killed", True, "Azerbaijan")]),
    ("He said that close to 100 people had been killed and hundreds more injured in the fighting.", None,
     [("close to 100", "killed", False, None), ("hundreds", "injured", False, None)]),
    ("Armenia also lost control of two military positions and 12 of its soldiers were captured, according to "
     "Yerevan.", None, [("12", "captured", False, "Yerevan")]),
    ("Azerbaijan's Armed Forces announced that they had captured 60 Armenian positions.", None, []),
    ("In the autumn of 2020, the region was the scene of a war in which more than 6,500 people were killed.", None, []),
    ("The 2020 war, which killed 6,500 people, ended in a ceasefire.", 2023, []),
    # a year in a later clause is about something else: the count is the news
    ("At least 40 people were injured in the quake, which rekindled memories of a deadly quake in 2002.", 2013,
     [("At least 40", "injured", False, None)]),
    ("Police said three people died and 14 were hurt when the bus overturned.", 2024,
     [("three", "killed", False, "Police"), ("14", "injured", False, "Police")]),
    ("At least 12 miners are missing after the collapse, the company said.", None,
     [("At least 12", "missing", False, "company")]),
    ("Some 2,000 villagers fled their homes as the fire spread.", None, [("Some 2,000", "displaced", False, None)]),
    ("More than 100,000 people fled to Armenia.", 2023, [("More than 100,000", "displaced", False, None)]),
    # the kind after a comma belongs to the next clause's count
    ("An earthquake hit the city on Sunday, killing four people, injuring 30 others.", None,
     [("four", "killed", False, None), ("30", "injured", False, None)]),
    ("The quakes had damaged 18 houses, injuring 11 residents.", None, [("11", "injured", False, None)]),
    # a headline's bare counts after casualty verbs
    ("Sheriff: Michigan office shooting kills 1, injures 2", None, [("1", "killed", False, None), ("2", "injured", False, None)]),
    ("He died at 3 in the afternoon.", None, []),
    # a bare count takes the verb before it, not the next verb of the list
    ("Sudanese forces fought rebels Thursday, killing dozens and destroying a tank.", None,
     [("dozens", "killed", False, None)]),
    ("He opened fire on a group, killing one and wounding two.", None,
     [("one", "killed", False, None), ("two", "injured", False, None)]),
    # a verb with a count of its own does not give its kind to the count before it
    ("He opened fire on a crowd of 20 people, killing one.", None, [("one", "killed", False, None)]),
    # a verb that takes no object leaves the count after "and" to a clause of its own
    ("A woman died and two men, believed to be managers, underwent surgery for gunshot wounds.", None,
     [("two", "injured", False, None)]),
    ("One man died and 3 others were hurt.", None, [("One", "killed", False, None), ("3", "injured", False, None)]),
    ("Troops killed 4 fighters and 2 civilians.", None, [("4", "killed", False, None), ("2", "killed", True, None)]),
    # a toll before its figure
    ("The death toll rose to three on Sunday.", None, [("three", "killed", False, None)]),
    ("The shooting left 1 person dead and 3 others with injuries.", None,
     [("1", "killed", False, None), ("3", "injured", False, None)]),
    ("The number of injured climbed to 12, officials said.", None, [("12", "injured", False, "officials")]),
    ("The toll road costs 5 dollars.", None, []),
    # people leaving a shooting are not displaced
    # a house number is no year of another incident
    ("Two men were shot in the 2000 block of Main Street.", 2016, [("Two", "injured", False, None)]),
    # a state right after a longer person noun is its kind, not the "dead and" before it
    ("A shooting left a teenager dead and four other people injured.", None, [("four", "injured", False, None)]),
    ("Two other victims fled the scene.", None, []),
    ("Three men fled on foot after the shooting.", None, []),
    ("The 7.5 magnitude earthquake struck at 13:00 local time on 3 March 2024.", 2024, []),
    ("The company said profits rose by 200 million dollars.", None, []),
    # another incident's count in the story's own sentence or headline
    ("Six people were wounded, the largest of several shootings in a weekend that left two people dead elsewhere "
     "in the city.", 2022, [("Six", "injured", False, None)]),
    ("Six shot at house party; weekend violence leaves 2 dead in Milwaukee", 2022, [("Six", "injured", False, None)]),
    # hurt otherwise than by gunfire
    ("Two other people suffered minor injuries in the rush to get away.", None, []),
    ("Two people were injured trying to escape.", None, []),
    ("Two people suffered gunshot injuries.", None, [("Two", "injured", False, None)]),
]


@pytest.mark.parametrize(("sentence", "year", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_casualties(sentence: str, year: int | None, expected: list[tuple]) -> None:
    found = [(c.number.span.text, c.kind, c.civilians, c.claimed_by) for c in find_casualties(sentence, year)]
    assert found == expected
    for claim in find_casualties(sentence, year):
        assert sentence[claim.number.span.start:claim.number.span.end] == claim.number.span.text


def test_one_of_a_thing_is_no_count_of_people() -> None:
    from summarizer.rules.casualties import find_casualties
    found = find_casualties("He was found in one of the wash bays with multiple gunshot wounds.", 2016)
    assert [(m.kind, m.number.span.text) for m in found] == []
    found = find_casualties("Police said one of the victims was in critical condition.", 2016)
    assert [(m.kind, m.number.span.text) for m in found] == [("injured", "one")]
