"""Victims listed after their casualty word ("Killed were ...")."""

from __future__ import annotations

from summarizer.rules.roll_call import find_roll_calls


def roll_calls(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.kind, m.number.count.best, m.number.span.text) for m in find_roll_calls(text)]


def test_the_people_after_the_word_are_counted() -> None:
    assert roll_calls("Killed were Marcus Lee, 24, and Tyrone Banks, 31. Police said it happened at 2 a.m.") == [
        ("killed", 2, "Marcus Lee, 24, and Tyrone Banks, 31")]
    assert roll_calls("Killed was 24-year-old Marcus Lee.") == [("killed", 1, "24-year-old Marcus Lee")]
    assert roll_calls("Also wounded was a 19-year-old woman.") == [("injured", 1, "a 19-year-old woman")]
    assert roll_calls("Wounded were two teenagers and a 30-year-old man, police said.") == [
        ("injured", 3, "two teenagers and a 30-year-old man")]
    assert roll_calls("Killed in the shooting were Ana Ruiz and Jose Ruiz.") == [("killed", 2, "Ana Ruiz and Jose Ruiz")]
    # a second roll call after a semicolon
    assert roll_calls("Killed was 19-year-old Deshawn Price; wounded were his cousin, 17, and a friend, 18.") == [
        ("killed", 1, "19-year-old Deshawn Price"), ("injured", 2, "his cousin, 17, and a friend")]


def test_the_people_set_off_after_the_word_are_counted() -> None:
    assert roll_calls("The wounded, a 17-year-old boy and a 19-year-old man, were listed in stable condition.") == [
        ("injured", 2, "a 17-year-old boy and a 19-year-old man")]
    assert roll_calls("The dead — a man and his son — were found inside the home.") == [
        ("killed", 2, "a man and his son")]
    assert roll_calls("Among the wounded, a 17-year-old boy, was taken to a hospital.") == []  # only some of them
    assert roll_calls("The wounded, who were not named, were taken to hospitals.") == []


def test_a_part_or_an_uncounted_list_is_no_count() -> None:
    assert roll_calls("Among the dead were Ana Ruiz and Jose Ruiz.") == []
    assert roll_calls("Injured were several people.") == []
    assert roll_calls("Police said killed was the wrong word.") == []  # not the sentence's opening
