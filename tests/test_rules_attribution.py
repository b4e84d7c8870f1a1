"""Attribution phrases and their sentences."""

from __future__ import annotations

import pytest

from summarizer.rules import find_attributions, sentence_spans


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (("The forces of Azerbaijan shelled Nagorno-Karabakh on Wednesday, killing at least 32 people, "
         "according to Armenia, and wounding many more."), [("Armenia", "according to", "according to Armenia")]),
        ("Kremlin spokesman, Dmitry Peskov, said Russia continues contacts with Armenia.",
         [("Dmitry Peskov", "said", "Dmitry Peskov, said")]),
        ("That meeting could take place in the coming days, two diplomatic sources told AFP.",
         [("two diplomatic sources", "told", "two diplomatic sources told")]),
        ("The first round of talks took place Thursday, Azerbaijani state media reported.",
         [("Azerbaijani state media", "reported", "Azerbaijani state media reported")]),
        ("U.N. Secretary-General Antonio Guterres called for an end to the fighting, his spokesman said in a statement.",
         [("his spokesman", "said", "his spokesman said")]),
        ("“Let them not forget: Karabakh is Azerbaijan!” said a triumphant Aliyev in a televised address.",
         [("triumphant Aliyev", "said", "said a triumphant Aliyev")]),
        (("“This is ethnic cleansing,” Ruben Vardanyan, a former top official in Karabakh’s ethnic Armenian "
         "administration, told Reuters."),
         [("Ruben Vardanyan", "told",
           "Ruben Vardanyan, a former top official in Karabakh’s ethnic Armenian administration, told")]),
        ("The Ministry of Defense of Azerbaijan stated that Armenian soldiers left their positions.",
         [("Ministry of Defense of Azerbaijan", "stated", "The Ministry of Defense of Azerbaijan stated")]),
        ("The Kremlin on Wednesday dismissed Armenian claims that Russia has not done enough.", []),
        ("The U.S. State Department said Blinken spoke by telephone Tuesday.",
         [("U.S. State Department", "said", "The U.S. State Department said")]),
        ("He said that close to 100 people had been killed.", [("He", "said", "He said")]),
        ("“He was a good kid,” said Sgt. Jane Doe of the county sheriff’s office.",
         [("Sgt. Jane Doe", "said", "said Sgt. Jane Doe")]),
        # a day between the source and its cue is no source; "Police say" is a cue too
        ("Police on Thursday announced that a man had been arrested.",
         [("Police", "announced", "Police on Thursday announced")]),
        ("Officials late Monday night said three were hurt.", [("Officials", "said", "Officials late Monday night said")]),
        ("Police say they first responded to a call.", [("Police", "say", "Police say")]),
        # "reports" before a verb is the noun, not the cue
        ("Initial reports indicated that a 10-year-old child was shot.", []),
        # an initial's dot does not end the source; possessives, counties and regions belong to it
        ("According to spokeswoman Sonya M. Toler, a man was shot.",
         [("spokeswoman Sonya M. Toler", "according to", "According to spokeswoman Sonya M. Toler")]),
        ("The Allegheny County medical examiner’s office said the man died.",
         [("Allegheny County medical examiner’s office", "said", "The Allegheny County medical examiner’s office said")]),
        ("Authorities in western Pennsylvania say four men were shot.",
         [("Authorities in western Pennsylvania", "say", "Authorities in western Pennsylvania say")]),
        ("The sheriff said two people died.", [("sheriff", "said", "The sheriff said")]),
    ],
)
def test_find_attributions(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_attributions(sentence)
    assert [(a.source, a.cue, a.span.text) for a in found] == expected
    for a in found:
        assert a.sentence.text == sentence


def test_attribution_sentence_lets_claims_attach() -> None:
    text = ("Armenian authorities said the fighting left at least 32 people dead. "
            "The violence brought international calls for peace.")
    (a,) = find_attributions(text)
    assert a.source == "Armenian authorities"
    assert "at least 32" in a.sentence.text
    assert "violence" not in a.sentence.text


def test_sentence_spans_respect_abbreviations() -> None:
    text = "The U.N. Security Council met at 1 p.m. Wednesday. Mr. Smith left.\nNew line here"
    assert [s.text for s in sentence_spans(text)] == [
        "The U.N. Security Council met at 1 p.m. Wednesday.", "Mr. Smith left.", "New line here"]


def test_sentences_glued_without_a_space_are_split() -> None:
    from summarizer.rules.attribution import sentence_spans
    text = "A fight ends in southeast Houston.Police say two men were shot.One is in critical condition."
    assert [s.text for s in sentence_spans(text)] == [
        "A fight ends in southeast Houston.", "Police say two men were shot.", "One is in critical condition."]
    assert len(sentence_spans("Mrs.Smith lives in St.Louis. Visit abc13.com now.")) == 2


def test_a_clock_time_ends_its_sentence_only_before_a_word_that_opens_one() -> None:
    text = "A man was shot at about 3 p.m. He died at the scene. It happened at 9 p.m. Sunday near Main Street."
    assert [s.text for s in sentence_spans(text)] == [
        "A man was shot at about 3 p.m.", "He died at the scene.", "It happened at 9 p.m. Sunday near Main Street."]


def test_a_dateline_s_state_before_a_news_agency_s_tag_ends_no_sentence() -> None:
    text = "LAFAYETTE, La. (KATC) - Opelousas police are looking for a gunman. He fled."
    assert [s.text for s in sentence_spans(text)] == [
        "LAFAYETTE, La. (KATC) - Opelousas police are looking for a gunman.", "He fled."]


@pytest.mark.parametrize("dateline", ["ST. LOUIS (KMOV.com) —", "FT. LAUDERDALE, Fla. —", "MT. VERNON, N.Y. (KPHO/KTVK) —"])
def test_a_dateline_s_saint_fort_or_mount_in_capitals_ends_no_sentence(dateline: str) -> None:
    text = f"{dateline} Three people were shot. He fled."
    assert [s.text for s in sentence_spans(text)] == [f"{dateline} Three people were shot.", "He fled."]
