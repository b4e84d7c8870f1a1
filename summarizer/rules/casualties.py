"""Casualty claims found without a model: a count, what happened to the people, and who says so.

A claim is a count (``summarizer.rules.numbers``) tied to a casualty word in the same clause:

* the count's own noun: "27 dead", "more than 200 injured", "15 soldiers killed";
* a person noun followed by a casualty verb: "at least 29 people have been killed",
  "7,000 residents ... were evacuated", "12 of its soldiers were captured";
* a casualty verb just before the count: "killing at least 32 people", "left 5 dead";
* "including N <people>" after a claim in the same sentence repeats that claim's kind for a
  subset ("27 dead, including two civilians").

Counts of things that are not people ("60 positions", "16 areas") are never claims. The source
is the sentence's attribution ("according to Armenia", "X told Reuters"), if it has one. These
claims let summarizer keep every figure an article reports, even those the model skipped, and
they are marked as coming from the rules.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from summarizer.rules.attribution import find_attributions, sentence_spans
from summarizer.rules.lexicon import (
    HOSPITAL_ARRIVAL, HOSPITAL_CONDITION, HOSPITAL_TRIP, HOUSE_NUMBER_AFTER, IN_HOSPITAL, LEGAL_STEP_VERBS, MONTHS,
    NUMBER_WORDS, PEOPLE_PLURAL_PATTERN, WEEKDAYS,
)
from summarizer.rules.numbers import NumberMention, find_numbers
from summarizer.rules.no_casualty import (
    CROWD, EITHER_KIND, HEARD_OR_FIRED, HURT_FLEEING, HURT_ONESELF, NONE_DIED, NONE_OF, NOT_PEOPLE, NOT_SHOT, UNHURT,
)
from summarizer.rules.spans import Span
from summarizer.models.schemas import CasualtyKind

_KIND_WORDS: dict[CasualtyKind, str] = {
    "killed": r"shot(?:\s+and)?\s+killed|shot\s+dead|shot\s+to\s+death|fatally\s+(?:shot|wounded)|kill(?:ed|ing|s)?"
              r"|gunned\s+down"
              r"|dead|died|passed\s+away|deaths?|fatalit(?:y|ies)|lost their lives|bodies",
    "injured": r"injur(?:ed|ing|ies|es|y)|wound(?:ed|ing|s)?|hurt|shot|grazed|hospitali[sz]ed|hit(?:ting)?|struck"
               rf"|{HOSPITAL_CONDITION}|{IN_HOSPITAL}|expected\s+to\s+(?:survive|recover)|recovering"
               r"|treated\s+and\s+released"
               rf"|{HOSPITAL_TRIP}|{HOSPITAL_ARRIVAL}",
    # "fled the scene", "fled on foot": people leaving a shooting are not displaced
    "displaced": r"evacuat(?:ed|ing|ion)|displac(?:ed|ing)|refugees|homeless|forced from their homes"
                 r"|fled(?!\s+(?:the\s+(?:scene|area|building|location|store|home|house|vehicle|car)"
                 r"|on\s+foot|in\s|before|after|when))",
    "captured": r"captur(?:ed|ing)|taken prisoner|taken hostage|abducted|kidnapp?ed|detained",
    "missing": r"missing|unaccounted for",
}
#: A count's noun that makes it a count of people: "27 civilians", "three teens", "four young men",
#: "two of the victims". Singular forms for a count of one ("1 soldier killed").
_PERSON_NOUNS = re.compile(
    rf"^(?:{PEOPLE_PLURAL_PATTERN}|police|person|civilian|soldier|officer|serviceman|policeman|more|"
    # "one of the victims", "two of the wounded" (not "one of the wash bays")
    rf"of (?:the|its|their|his|her) (?:[\w-]+ )?(?:{PEOPLE_PLURAL_PATTERN}|injured|wounded|dead|shot)"
    rf"|(?:\w+ ){{0,2}}{PEOPLE_PLURAL_PATTERN})\b",
    re.IGNORECASE,
)
#: People who fired at others, not casualties: "two men they say shot and killed a 20-year-old",
#: "two men who shot and wounded a clerk" (an object after the verb; not "two men shot a block away"),
#: "one deputy shot Sumner" (a name as the object; not a headline's "Two shot Tuesday"),
#: "Two officers returned fire, striking the man".
_FIRED = re.compile(
    r"^(?:(?!(?:was|were|is|are|been|have|has|had|and|or|but)\b)[\w-]+\s+){1,3}?(?:(?:who|that)\s+)?"
    r"(?:(?:police|they|authorities|investigators|prosecutors|witnesses|officers)\s+(?:say|says|said|believe|allege)\s+)?"
    r"(?:(?:\w+ly\s+)?(?:shot(?:\s+and\s+(?:killed|wounded))?|fatally\s+shot|killed|wounded|murdered|gunned\s+down)\s+"
    r"(?:(?:a|an|the|his|her|their|two|three|four|five|several)\s+"
    r"(?!(?:block|day|night|week|mile|few|short|past|previous|same|other|next|following|time)s?\b)"
    r"|(?:him|her|them|himself|herself|themselves)\b"
    rf"|(?!(?:{'|'.join((*WEEKDAYS, *MONTHS))}|Downtown|Uptown|Midtown|Overnight|Early|Late)\b)"
    r"(?-i:[A-Z][a-z'’-]{2,})(?=\s*[,.;]|\s+(?:in|at|as|after|with|during|once|twice|several|multiple|when|while)\b))"
    r"|(?:returned|opened)\s+fire\b)",
    re.IGNORECASE)
#: A verb just before a count whose people are its object and not casualties.
_NOT_CASUALTY_VERB = re.compile(
    rf"\b(?:{LEGAL_STEP_VERBS}|identif(?:ied|ying|ies)|question(?:ed|ing|s)|interview(?:ed|ing|s)|seek(?:ing|s)?|sought)"
    r"(?:\s+(?:at\s+least|about|some|all))?\s*$", re.IGNORECASE)
#: A part of people named before ("one of them"), and the verbs that make it a casualty count.
_OF_THEM = re.compile(r"^of\s+(?:them|those)\b", re.IGNORECASE)
#: The part of those counted before who were shot, with its own verb: "Seven people were taken to
#: area hospitals. Five of them had been shot; the other two were cut by broken glass.", "The clerk fired at
#: the two men. One of them, 20-year-old Darius Coleman, was hit in the hip" (not "hit by a car").
_SHOT_PART = (r"of\s+(?:them|those)(?:,\s[^,.;]{1,50},)?\s+(?:had\s+been|were|was)\s+"
              r"(?:shot|wounded|grazed|struck\s+by\s+(?:gunfire|bullets?)|(?:hit|struck)(?!\s+by\b))\b")
_SHOT_OF_THEM = re.compile(rf"^{_SHOT_PART}", re.IGNORECASE)
_SHOT_PART_NEXT = re.compile(rf"\s*[\w-]+\s+{_SHOT_PART}", re.IGNORECASE)
_TRIP = re.compile(HOSPITAL_TRIP, re.IGNORECASE)
_HITTING = re.compile(r"(?:wound|injur|kill|hitt|strik)\w*|hit|struck", re.IGNORECASE)
#: Shots at people, who may all have been missed: "shot at three people, wounding two of them".
_SHOT_AT = re.compile(r"\b(?:shot|shooting|fired|firing|opened\s+fire)\s+(?:at|on|into)(?:\s+(?:at\s+least|about|some))?\s*$",
                      re.IGNORECASE)
#: An age bound after the people it bounds, not a count: "the third child under 10 killed", "two
#: people under 18".
_AGE_BOUND = re.compile(r"\b(?:child|children|kids?|people|persons|youths?|teens?|teenagers?|boys?|girls?|victims?"
                        r"|residents?|adults?|aged?)\s+$", re.IGNORECASE)
_BOUND_WORD = re.compile(r"(?:under|over|younger|older|more|less)\b", re.IGNORECASE)
#: An attempt or a threat before a count: "trying to kill 2 officers" killed nobody.
_ATTEMPT = re.compile(r"\b(?:tr(?:y|ies|ying|ied)|attempt(?:s|ed|ing)?|threat\w*|plot\w*|plan\w*|vow\w*)\s+to\s+"
                      r"(?:kill|shoot|murder|injure|harm)\s*$", re.IGNORECASE)
#: People shot beside a subject whose verb they do not share: "A 19-year-old who was shot along with four
#: other people ... has died"; and a first report's figure named to correct it: "one of the five people
#: originally listed as wounded had not been shot".
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_FIRST_TOLD = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:originally|initially|first)\s+(?:listed|reported|counted)\b",
                         re.IGNORECASE)
#: A span of days whose toll follows: "capping a weekend in which at least six people were shot".
_SPELL = re.compile(r"\b(?:weekend|week|month|year|night|stretch|span)\s+(?:in\s+which|that\s+saw|when)\s+$",
                    re.IGNORECASE)
#: Some of the hurt who died since: "(one) of the wounded, a 19-year-old man, died Sunday", "(one) of the
#: men shot Saturday night on East Shelby Drive has died".
_OF_THE_HURT_DIED = re.compile(r"of\s+(?:the|those)\s+(?:wounded|injured|hurt"
                               r"|(?:two\s+)?(?:men|women|people|victims)\s+(?:shot|wounded)\b[^,.;]{0,60}?)\b"
                               r"(?:,[^.;]{0,60}?,)?\s+(?:later\s+)?"
                               r"(?:died|has\s+died|had\s+died|succumbed|was\s+pronounced\s+dead)\b", re.IGNORECASE)
#: A first report, which a later one may correct: "Police initially said", "Initially, police reported",
#: "Early reports", "An earlier version of this story ... reported".
FIRST_REPORT = (r"\b(?:(?:initially|originally|at\s+first|first)\b[^.;]{0,25}?\b(?:said|reported|told|thought|believed)"
                r"|(?:initial|first|early|earlier)\s+(?:reports?|information|accounts?|versions?))\b")
#: ... that the sentence then corrects: "Police initially said four people were shot, but later said
#: three people were wounded".
_SUPERSEDED = re.compile(FIRST_REPORT + r"[^.;]{0,40}$", re.IGNORECASE)
_CORRECTED = re.compile(r"\b(?:later|now|since)\s+(?:said|say|says|reported|revised|corrected|confirmed)\b",
                        re.IGNORECASE)
#: People the clause after a count arrests, charges or accuses: "3 teenagers arrested, accused of
#: killing a girl" counts suspects, not the dead.
_SUSPECTS = re.compile(rf"\b(?:{LEGAL_STEP_VERBS}|accused|suspected|wanted|sought)\b", re.IGNORECASE)
#: "two teens among five wounded", "was one of three people shot": the count before "among" or
#: "of" a count is a part of the one after it.
_NUMBER_WORD = "|".join(NUMBER_WORDS)
_AMONG = re.compile(rf"^(?:[\w-]+\s+){{0,2}}?among\b|^\s*of\s+(?:the\s+)?(?:\d+|{_NUMBER_WORD})\b", re.IGNORECASE)
#: "3 others with injuries", "two people with gunshot wounds": injured, whatever verb came before.
_WITH_WOUNDS = re.compile(r"^(?:[\w-]+\s+){0,2}?with\s+(?:[\w-]+\s+){0,2}?(?:wounds?|injuries)\b", re.IGNORECASE)
#: "sent two people to the hospital", "put three in the hospital", "Medics took four victims to
#: hospitals": injured.
_SENT = re.compile(r"\b(?:sent|sending|sends|put|putting|puts|landed|landing|took|taking|takes|rushed|transported)\s*$",
                   re.IGNORECASE)
#: "found three gunshot victims": people shot, and hurt unless the clause says otherwise.
_SHOT_VICTIMS = re.compile(r"^(?:(?:gunshot|shooting)\s+victims|people\s+(?:suffering\s+from|with)\s+gunshot\s+wounds)\b",
                           re.IGNORECASE)
_TO_HOSPITAL = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:to|in|into)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}?hospitals?\b",
                          re.IGNORECASE)
#: "the shooting of three people": the people were shot (injured), unless the shooting was fatal.
_SHOOTING_OF = re.compile(r"\b(?P<fatal>(?:fatal|deadly)\s+)?shootings?\s+of\s*$"
                          r"|\b(?P<death>deaths|killings|murders|slayings)\s+of\s*$", re.IGNORECASE)
_KIND_RES = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, words in _KIND_WORDS.items()}
#: Where a count's clause ends (not at "St. Vincent Medical Center").
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:while|but|whereas|and\s+(?:more|less|fewer|about|approximately|at least|\d))"
                         r"|(?<!\b[SFM]t)\.\s")
_INCLUDING = re.compile(r"\b(?:including|among them|of whom|of them|and|or)\s*$", re.IGNORECASE)
_OWN_PREDICATE = re.compile(r"^\S+(?:\s+\S+)?\s+(?:are|were|was|is|have been|had been|remain|remained|suffered|sustained)\s+",
                            re.IGNORECASE)
#: A count with no noun, closed by punctuation, a place or the next verb of a list: "kills 1, wounds 2
#: at office", "killing one and wounding two".
_BARE = re.compile(r"^(?:[,.;:]|$|(?:at|in|on|near|outside|inside|after|during)\b|and\s+\w+ing\b)", re.IGNORECASE)
#: One person as the object of the casualty verb after a count: "..., hitting him".
_ONE_OBJECT = re.compile(r"\s+(?:him|her)\b", re.IGNORECASE)
_OWN_COUNT = re.compile(rf"\s+(?:at\s+least\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b)", re.IGNORECASE)
#: "A receptionist died and two men ... underwent surgery": a verb that takes no object, then "and":
#: the count begins a clause of its own and is not the verb's.
_NEW_SUBJECT = re.compile(r"\b(?:died|dies|perished|(?:was|were|is|are)\s+(?:dead|killed))\s+and\s*$", re.IGNORECASE)
#: A toll before its figure: "the death toll rose to 32", "put the death toll of the shelling at 40",
#: "the number of injured climbed to 12", "the number of people wounded at a St. Louis bar rose to five"
#: (an initial's or "St." period is no sentence end), a headline's "raising toll to 3", "Toll rises to 4" or
#: "Count of wounded rises to 4" (not a "toll-free number").
_TOLL = re.compile(r"\b(?:death\s+toll|(?<=raising\s)toll|(?<=brings\s)toll|(?<=bringing\s)toll"
                   r"|toll(?=\s+(?:rises|rose|climbs|climbed|has\s+risen|reaches|reached)\b)"
                   r"|(?:number|count)\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed|killed"
                   r"|(?P<hurt>injured|wounded|people\s+(?:injured|wounded|hurt|shot))))\b"
                   r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\bSt)\.){0,80}?"
                   r"\b(?:to|at|is|was|reached|stands\s+at|stood\s+at)\s+$", re.IGNORECASE)
#: How far before its figure a toll may be named: "The death toll from Saturday night's shooting at
#: a Kalamazoo apartment complex rose to three".
_TOLL_CHARS = 120
_LAST_WORDS = re.compile(r"\w+(?:\s+\w+)?\s*$")
_TWO_WORDS = re.compile(r"\s*\S*(?:\s+\S+)?")
_YEAR = re.compile(rf"\b(?:19|20)\d{{2}}\b(?!{HOUSE_NUMBER_AFTER})")  # not "the 2000 block of Main Street"
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"}
_AFTER_CHARS = 70
#: A part named in commas after a count's noun, which the count's verb comes after.
_INCLUDED = re.compile(r"(?:\s+[\w-]+){1,3}?(?P<aside>,\s+(?:including|among\s+them)\s+[^,.;]{1,50},)", re.IGNORECASE)
_BEFORE_CHARS = 30
#: A state right after a longer person noun, no verb between: "(four) other people injured".
_NOUN_STATE = re.compile(r"\s+(injured|wounded|hurt|dead|killed)\b", re.IGNORECASE)


class CasualtyMention(BaseModel):
    """One casualty claim in the text. ``span`` covers the count; ``sentence`` its sentence."""

    kind: CasualtyKind
    number: NumberMention
    civilians: bool
    claimed_by: str | None
    sentence: Span
    #: For a tally of victims the text reports one by one (:mod:`summarizer.rules.tally`), each
    #: victim's own words; the count's span then runs from the first to the last.
    parts: tuple[Span, ...] = ()

    @property
    def words(self) -> str:
        """The words that state the count: its span's text, or a tally's parts ("a man … a woman")."""
        return self.number.count.text if self.parts else self.number.span.text


def _kind_in(text: str, context: str | None = None) -> CasualtyKind | None:
    """The casualty kind named earliest in ``text``, if any. ``text`` may be the start of a longer
    ``context`` whose words decide a phrase: "fled" is no flight from home in "fled the scene", and
    "Two found shot" is a death in "Two found shot to death"."""
    found = [(m.start(), -len(m.group()), kind) for kind, regex in _KIND_RES.items()
             if (m := regex.search(text)) and (context is None or regex.match(context, m.start()))]
    if not found:
        return None
    first = min(found)[0]
    found += [(first, -len(m.group()), kind) for kind, regex in _KIND_RES.items()
              if context is not None and (m := regex.match(context, first))]
    return min(found)[2]  # at one position the longer phrase wins: "shot and killed", "shot to death"


def _clause_after(text: str, end: int, limit: int) -> str:
    window = text[end:limit]
    stop = _CLAUSE_END.search(window)
    return window[: stop.start()] if stop else window


def _kind_of(text: str, number: NumberMention, sentence: Span, previous: CasualtyKind | None) -> CasualtyKind | None:
    """The kind of a count, by the nearest evidence first: its noun, "including", the verb before, the clause after."""
    reach = number.span.end + _AFTER_CHARS
    if aside := _INCLUDED.match(text, number.span.end, sentence.end):
        reach += len(aside.group("aside"))  # "Three other people, including a 15-year-old girl, were taken to ..."
    after = _clause_after(text, number.span.end, min(sentence.end, reach))
    noun = after.strip()
    if NONE_OF.search(text, sentence.start, number.span.start) and NONE_DIED.match(noun):
        return "injured"  # "None of the seven victims died": seven hurt, all alive
    if _SUPERSEDED.search(text, sentence.start, number.span.start) \
            and _CORRECTED.search(text, number.span.end, sentence.end):
        return None  # "Police initially said four people were shot, but later said three"
    if NOT_PEOPLE.match(noun) or UNHURT.match(noun) or _FIRED.match(noun) \
            or HEARD_OR_FIRED.search(text, sentence.start, number.span.start) \
            or NOT_SHOT.search(text, number.span.end, sentence.end) or HURT_FLEEING.match(noun) \
            or HURT_ONESELF.match(noun) \
            or NONE_OF.search(text, sentence.start, number.span.start) or CROWD.match(noun) \
            or EITHER_KIND.match(text[number.span.end:sentence.end]) \
            or _BOUND_WORD.match(number.span.text) and _AGE_BOUND.search(text, sentence.start, number.span.start):
        return None  # "died from one gunshot wound", "shot three times", "two children were not hurt", "not shot",
        # "a child under 10", "None of the seven victims died", "eight people were killed or wounded", a crowd
    if _AMONG.match(noun) or _SPELL.search(text, sentence.start, number.span.start) or _FIRST_TOLD.match(noun) \
            or _ALONG_WITH.search(text, sentence.start, number.span.start):
        return None  # "two teens among five wounded": a part of the count that follows; a weekend's toll
    if _OF_THE_HURT_DIED.match(noun):
        return "killed"  # "one of the wounded, 19-year-old Marcus Tran, died": the wounded name who they were
    two_words = noun[:two.end()] if (two := _TWO_WORDS.match(noun)) else noun
    head = re.split(r"[,;]|^(?:and|or)\b", two_words, maxsplit=1)[0]  # "four people, injuring dozens"
    if (kind := _kind_in(head, noun)) is not None:
        return kind  # "27 dead", "200 injured", "hundreds more injured"
    if (people := _PERSON_NOUNS.match(noun)) and (state := _NOUN_STATE.match(noun, people.end())) is not None:
        return _kind_in(state.group(1))  # "left a teenager dead and four other people injured"
    if toll := _TOLL.search(text[max(sentence.start, number.span.start - _TOLL_CHARS):number.span.start]):
        return "injured" if toll.group("hurt") else "killed"  # "the death toll rose to 32"
    before = text[max(sentence.start, number.span.start - _BEFORE_CHARS):number.span.start]
    verb_before = _LAST_WORDS.search(before)
    if _SHOT_OF_THEM.match(noun):
        return "injured"  # "Five of them had been shot": those hurt by gunfire among the people counted before
    if _TRIP.search(after) and _SHOT_PART_NEXT.match(text, sentence.end):
        return None  # "Seven people were taken to area hospitals. Five of them had been shot": the five
    if _OF_THEM.match(noun):  # "opened fire on officers, wounding one of them": the verb's object
        last = verb_before.group().split()[-1] if verb_before else ""
        return (_kind_in(last) or "injured") if _HITTING.fullmatch(last) else None  # "striking two of them"
    if not _PERSON_NOUNS.match(noun) and not (number.unit_hint and _kind_in(number.unit_hint)):
        if _BARE.match(noun) and verb_before and not _NOT_CASUALTY_VERB.search(before):
            return _kind_in(verb_before.group().split()[-1])  # a headline's "Gunman kills 1, wounds 2 at office"
        return None
    if _WITH_WOUNDS.match(noun):
        return "injured"  # "left 1 person dead and 3 others with injuries"
    if (shooting := _SHOOTING_OF.search(before)) and shooting.group("death"):
        return "killed"  # "charged in the deaths of two men who were shot": their deaths beat their own verb
    if (own := _OWN_PREDICATE.match(noun)) and (kind := _kind_in(noun[own.end():own.end() + 20],
                                                                  noun[own.end():])) is not None:
        return kind  # "and four others are injured": the count's own verb beats the "and" link
    if previous is not None and _INCLUDING.search(before) and not _NEW_SUBJECT.search(before):
        return previous  # "27 dead, including two civilians", "killed four soldiers and two civilians"
    if _NOT_CASUALTY_VERB.search(before) or _ATTEMPT.search(before) or _SHOT_AT.search(before):
        return None  # "arrested three men for the girl's death": the three are suspects
    if _SENT.search(before) and _TO_HOSPITAL.match(after) or _SHOT_VICTIMS.match(noun):
        return "injured"
    if shooting := _SHOOTING_OF.search(before):
        return "killed" if shooting.group("fatal") else "injured"
    if verb_before and not _NEW_SUBJECT.search(before) and (kind := _kind_in(verb_before.group())) is not None:
        return kind  # "killing at least 32 people", "which killed at least 200 people"
    if verb_before and re.search(r"\bstrik(?:es|ing)$", verb_before.group().rstrip(), re.IGNORECASE):
        return "injured"  # "fired 10 shots, striking three people" (not "thousands of striking workers")
    if aside:  # "Two people, including the suspected gunman, were wounded": the part named is not the count's clause
        start, end = aside.start("aside") - number.span.end, aside.end("aside") - number.span.end
        after = after[:start] + " " * (end - start) + after[end:]
    kind = _kind_in(after)
    if kind is None:
        return None
    suspects, casualty = _SUSPECTS.search(after), _KIND_RES[kind].search(after)
    if casualty and _OWN_COUNT.match(after, casualty.end()):
        return None  # "opened fire on a crowd of 20, killing one": the verb has a count of its own
    if casualty and _ONE_OBJECT.match(text, number.span.end + casualty.end()):
        return None  # "two friends were handling a shotgun when it fired, hitting him": he was hit
    return None if suspects and casualty and suspects.start() < casualty.start() else kind


#: Where a clause about something else begins: "..., which rekindled memories of the 2002 quake".
_CLAUSE_BREAK = re.compile(r"[;:]|\s[–—]\s|\s--\s|,\s+(?:which|who|whose|when|where|while|but|whereas|after|before|"
                           r"since|as|recalling|reminiscent)\b", re.IGNORECASE)


def _up_to_clause_end(sentence: str, offset: int) -> str:
    """``sentence`` from its start to the end of the clause holding character ``offset``."""
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence) if m.start() >= offset), len(sentence))
    return sentence[:end]


def _background(sentence: str, offset: int, published_year: int | None) -> bool:
    """A count in a sentence that names another year up to the count's clause is history ("the
    2020 war, which killed 6,500", "in 2014, 12 people were shot"), not the news. A year in a
    later clause is about something else the sentence mentions ("40 were injured in the quakes,
    which rekindled memories of the 2002 quake"). So is one a clause tells of another incident
    (:data:`_ELSEWHERE_AFTER`, :data:`_ROUND_UP_LEAVES`)."""
    clause = _up_to_clause_end(sentence, offset)
    years = {int(y) for y in _YEAR.findall(clause)}
    return bool(years - {published_year}) or _ELSEWHERE_AFTER.match(clause, offset) is not None \
        or _ROUND_UP_LEAVES.search(clause, 0, offset) is not None


#: Another incident's count in the story's own sentence: "a weekend that left two people dead elsewhere
#: in the city", or a headline's round-up: "...; weekend violence leaves 2 dead in Milwaukee".
_ELSEWHERE_AFTER = re.compile(r"[^,;]{0,40}?\belsewhere\s+in\s+(?:the\s+city|town|(?-i:[A-Z]))", re.IGNORECASE)
_ROUND_UP_LEAVES = re.compile(r"\b(?:weekend|night|week)(?:['’]s)?\s+(?:of\s+)?(?:violence|shootings|gunfire|bloodshed)"
                              r"\s+(?:leaves|left|claims|claimed)\s+$", re.IGNORECASE)


_ASIDE = re.compile(r"\s[–—]\s[^–—]+\s[–—]\s|\s--\s.+?\s--\s")


def _in_aside(sentence: Span, offset: int) -> bool:
    """A count between dashes ("– which killed at least 200 people –") is the writer's aside, not
    the words of whoever the sentence quotes around it."""
    return any(sentence.start + m.start() <= offset < sentence.start + m.end()
               for m in _ASIDE.finditer(sentence.text))


def find_casualties(text: str, published_year: int | None = None) -> list[CasualtyMention]:
    """Every casualty claim in ``text``, in order, with its sentence and attributed source.

    A count after a year other than ``published_year`` in its sentence (up to its clause's end) is
    skipped as background.
    """
    numbers = find_numbers(text)
    claims: list[CasualtyMention] = []
    for sentence in sentence_spans(text):
        inside = [n for n in numbers if sentence.start <= n.span.start < sentence.end]
        if not inside:
            continue
        sources = [a for a in find_attributions(sentence.text) if a.source.lower() not in _PRONOUNS]
        previous: CasualtyKind | None = None
        for number in inside:
            if _background(sentence.text, number.span.start - sentence.start, published_year):
                continue
            kind = _kind_of(text, number, sentence, previous)
            if kind is None:
                continue
            noun = text[number.span.end:number.span.end + 20].lower()
            aside = _in_aside(sentence, number.span.start)
            claims.append(CasualtyMention(
                kind=kind, number=number, civilians=noun.lstrip().startswith("civilian"),
                claimed_by=sources[0].source if sources and not aside else None, sentence=sentence,
            ))
            previous = kind
    return claims
