"""Telling victims apart (summarizer.rules.tally)."""

from summarizer.rules.people import Who, distinct_people, gunmen, who

from test_victims import counts


def test_what_a_mention_says_about_its_person() -> None:
    assert who("A 21-year-old man") == Who(21, "male", None)
    assert who("Four-year-old Ava Doe") == Who(4, None, "Doe", given="Ava")
    assert who("Eric Roe, 19,") == Who(19, None, "Roe", given="Eric")
    assert who("Sgt. Lee Moe") == Who(None, None, "Moe", "police", given="Lee")
    assert who("Metro Boy, 10,") == Who(10, "male", None)  # a boy, not someone named Boy
    assert who("An officer") == Who(None, None, None, "police")
    assert who("the gunman") == Who(None, "male", None, "suspect")
    assert who("her mother") == Who(None, "female", None, "civilian")  # a relative, not an officer


def test_people_differ_only_where_the_text_tells_them_apart() -> None:
    assert distinct_people(["Man", "A 21-year-old man", "a man"]) == 1
    assert distinct_people(["a man", "a woman"]) == 2
    assert distinct_people(["A 20-year-old man", "a 35-year-old man"]) == 2
    assert distinct_people(["officer", "Doe"]) == 1
    assert distinct_people(["Sgt. Lee Moe", "Doe"]) == 2
    assert distinct_people(["An officer", "the suspect"]) == 2  # roles the story keeps apart
    assert distinct_people(["the gunman", "a man"]) == 1
    # a mention that fits two people joins the first; it never makes a third
    assert distinct_people(["a 20-year-old man", "a 35-year-old man", "a man"]) == 2
    # an ordinal that names nobody's sex or role counts the people of other claims too
    assert distinct_people(["another man", "The other"]) == 2
    # "another" victim after a victim is one more
    assert distinct_people(["A man", "Another man"]) == 2
    assert distinct_people(["another shooting victim", "A man"]) == 1
    assert distinct_people(["another man", "The other"], elsewhere=[("A man", 1)]) == 1
    assert distinct_people(["another", "A third man, 25"], elsewhere=[("Two", 2)]) == 1
    # of another sex or role, they are not of its kind
    assert distinct_people(["an officer", "A second officer"], elsewhere=[("a suspect", 1)]) == 2
    assert distinct_people(["A woman", "A second woman"], elsewhere=[("A man", 1)]) == 2


def test_the_one_who_fired_is_not_the_officer_he_fired_at() -> None:
    text = "Doe turned and opened fire at Sgt. Lee Moe. Officers shot Doe. He opened fire again."
    assert gunmen(text) == frozenset(["Doe"])
    assert distinct_people(["officer", "Doe"], shooters=gunmen(text)) == 2
    assert distinct_people(["officer", "Doe"]) == 1  # nothing says who Doe is


def test_the_suspect_named_or_charged_is_not_the_clerk_he_shot() -> None:
    assert gunmen("The suspect, 23-year-old Dontrell Baker, walked in and fired.") == frozenset(["Baker"])
    assert gunmen("Police arrested a suspect, Tom Lee Moe, on Friday.") == frozenset(["Moe"])
    assert gunmen("Doe is charged with first-degree robbery.") == frozenset(["Doe"])
    text = ("A man shot a gas station clerk Thursday. The suspect, 23-year-old Jon Doe, fled. The clerk, a 58-year-old "
            "woman, was in serious condition. Doe was treated and released into police custody.")
    assert distinct_people(["a gas station clerk", "a 58-year-old woman", "Doe"], shooters=gunmen(text)) == 2
    assert gunmen("Police are looking for a suspect in the killing of Ann Roe.") == frozenset()


def test_a_second_person_who_died_makes_the_dead_two() -> None:
    story = ("A second person has died after a shooting at a party early Sunday, police said. Officers found John "
             "Doe, 22, dead inside. The third victim remains in stable condition.")
    assert [(kind, n) for kind, n, _ in counts(story)] == [("killed", 2), ("injured", 1)]


def test_a_death_told_by_its_ordinal_counts_the_dead_so_far() -> None:
    story = ("A third person has died after a gunman opened fire inside a crowded bar early Saturday, police said "
             "Sunday. Two men died at the scene.")
    assert [(kind, n) for kind, n, _ in counts(story)] == [("killed", 3), ("killed", 2)]
    # an ordinal of the hurt is one person
    assert counts("A second man was wounded.") == [("injured", 1, "A second man")]


def test_another_than_the_one_who_shot_is_no_one_new() -> None:
    story = ("Driver wounded in apparent road rage shooting\n\nALBUQUERQUE -- Police are searching for a driver who "
             "shot another motorist on Interstate 25 on Wednesday.")
    assert [(kind, n) for kind, n, _ in counts(story)] == [("injured", 1), ("injured", 1)]
