"""Which sentences are about another incident: none of their counts is this event's figure.

News sets a shooting in context: the cause ("in retaliation for"), an earlier one ("last year",
"previously", "The shooting comes a week after three people were killed"), a running total ("so
far this year", "so far in 2016"), another that day or night ("in a separate shooting", "Earlier
Sunday, two men were wounded", or the sentence after "It was the second reported shooting in
Homewood in 24 hours"), or a city's tally of them ("At least 12 people were shot across the city
over the weekend").
Whatever a model picks, a count from such a sentence is never the event's own.
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.rules.attribution import sentence_spans
from summarizer.rules.lexicon import (
    LEGAL_STEP_VERBS, MONTH_ABBREVIATIONS, MONTH_NUMBERS, MONTHS, ORDINAL_PATTERN, PEOPLE_PLURAL_PATTERN, PERSON_PATTERN,
    SMALL_NUMBER_WORDS, WEEKDAY_PATTERN, WEEKDAYS,
)
from summarizer.rules.spans import Span

#: Another incident, as a sentence tells it: "In a separate shooting ...", "in an unrelated incident".
_IN_A_SEPARATE = r"in (?:a|an) (?:separate|unrelated)\b"
#: ... or opening on "Elsewhere" (not "Elsewhere in the house", the same scene).
_ELSEWHERE = (r"elsewhere\b(?!\s+(?:in|inside)\s+the\s+(?:house|home|apartment|building|car|vehicle|store|room|club"
              r"|bar)\b)")
#: A sentence that counts another incident's victims: a cause, an earlier event, a running total.
_BACKGROUND = re.compile(
    r"\bin (?:response|retaliation|reprisal) (?:to|for)\b|\bprompted by\b|\bearlier last\b"
    r"|\bprevious(?:ly)?\b(?!\s+(?:day|night|evening|morning|afternoon)\b)"
    r"|\bso far (?:this year|in (?:19|20)\d\d)\b|\bthis year\b"
    r"|\bsince (?:the start|the beginning|january\b|jan\.)|\bin recent (?:weeks|months|years)\b"
    r"|\b(?:in|over|during) the (?:past|last) (?:\w+ )?(?:weeks|months|years)\b"
    rf"|\b{_IN_A_SEPARATE}|^separately\b|^{_ELSEWHERE}|\bseparately\s+(?:investigat\w+|responded\s+to)\b"
    r"|\bin (?:one|two|some|each|any|all|both|none) of (?:those|these|the other|the earlier) (?:cases|incidents|shootings)\b"
    r"|\b(?:a|an) (?:separate|unrelated) (?:shooting|incident|attack)\b"
    # the second of two others told: "Two other hunters were shot ... In the other, a 16-year-old was wounded"
    r"|^in the other\b(?:\s+(?:shooting|incident|case|accident))?,"
    # a round-up's others: "Among the other victims were a 34-year-old man killed in Austin"
    r"|\bamong (?:the )?(?:weekend['’]s )?other victims\b"
    # "not believed to be related to a fatal shooting in the Village of Hempstead"
    r"|\bnot\s+(?:believed\s+to\s+be\s+|thought\s+to\s+be\s+)?(?:related|connected|linked)\s+to\b"
    # "the other three shootings ... left a total of four people wounded"
    rf"|\bthe (?:other|remaining) (?:(?:{'|'.join(SMALL_NUMBER_WORDS)}|\d+) )?(?:shootings|incidents|attacks)\b"
    # "Two other people were shot in separate incidents" (not a round-up's "Three people were shot in separate attacks")
    r"|\b(?:other|also)\b[^.;]{0,80}\bin (?:\w+ )?(?:separate|unrelated)\b"
    r"|\b(?:comes?|came) (?:just |less than |more than |about |only )?"
    rf"(?:(?:a|an|{'|'.join(SMALL_NUMBER_WORDS)}|\d+|a few|several) )?"
    r"(?:hours?|days?|weeks?|months?|years?) (?:after|since)\b"
    # "The shooting followed a deadly Friday night on the city's northwest side, where a man was killed"
    r"|^(?:the|this|that) (?:shooting|killing|attack) followed (?:an?|another) ",
    re.IGNORECASE)
#: An incident of the last weeks: background, unless the sentence tells of an arrest or charge for it
#: ("Police arrested a man in the fatal shooting of a clerk last week"), a follow-up's own news.
_RECENT = re.compile(r"\bearlier (?:this|in the) (?:week|month)\b|\blast (?:month|week|weekend)\b"
                     r"|\b(?:a|one|two|three|four|five|six|several)\s+(?:days?|weeks?)\s+(?:earlier|before|ago)\b",
                     re.IGNORECASE)
#: The day before, past the lede: "The previous day, two women were wounded nearby" (in the lede, the story's
#: own: "arrested an 18-year-old in connection with a shooting the previous day", "died Wednesday from
#: wounds suffered the previous day").
_DAY_BEFORE = re.compile(r"\bthe previous (?:day|night|evening|morning|afternoon)\b", re.IGNORECASE)
#: Another shooting of the same day, told after the story's own: "Earlier Sunday, two men were wounded
#: in West Baltimore", "Hours earlier, ...". (Not "later": "Later Sunday, the man died" is the story's.)
_EARLIER_THAT_DAY = re.compile(
    r"^(?:earlier|(?:about\s+|some\s+|just\s+)?(?:an?\s+hour|(?:\w+\s+)?hours|minutes)\s+earlier)"
    r"(?:\s+(?:(?:that|the\s+same|in\s+the)\s+(?:day|night|evening|morning|afternoon)"
    rf"|(?:on\s+)?{WEEKDAY_PATTERN}(?:\s+(?:morning|afternoon|evening|night))?))?,",
    re.IGNORECASE)
_FOLLOW_UP = re.compile(rf"\b(?:{LEGAL_STEP_VERBS}|charge|guilty|in connection with)\b", re.IGNORECASE)
#: Past the lede, another town's news: "In neighboring Chicago, at least 31 people were shot over the weekend".
_ANOTHER_TOWN = re.compile(r"^In (?:neighboring|neighbouring|nearby) [A-Z]")
#: A new shooting told hours after the story's own, past the lede: "About three hours later, around 1:30 a.m.
#: Saturday, two teenagers were shot ...", "Hours later, a 35-year-old man was shot and killed ...": another
#: incident, told on to the end of its paragraph (not "Hours later, the victim died").
_HOURS_LATER = re.compile(
    r"^(?:(?:about|around|roughly|some|nearly|just|less\s+than|more\s+than)\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?hours?\s+later\b"
    r"(?:[^.;]|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.)*?"  # "around 9:15 p.m. Sunday"
    rf"\b(?:an?|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){{0,3}}?(?:{PERSON_PATTERN}|{PEOPLE_PLURAL_PATTERN})"
    r"(?:,[^,.;]{1,30},)?\s+(?:was|were)\s+(?:\w+ly\s+)?(?:shot|wounded|killed|struck)\b", re.IGNORECASE)
#: An investigation's appeal or release that opens a follow-up story: "Detectives on Friday asked for
#: the public's help in finding the gunman who opened fire ... last week" is about last week's attack.
_APPEAL = re.compile(r"\b(?:public['’]s\s+help|help\s+(?:in\s+)?(?:finding|identifying|locating)|reward"
                     r"|released\s+(?:the\s+)?(?:surveillance\s+)?(?:video|images|photos|a\s+sketch))\b", re.IGNORECASE)
#: A funeral, vigil or memorial that opens a follow-up story: "Family and friends of a 15-year-old boy
#: killed in Englewood last week will gather Saturday to say goodbye" is about last week's shooting.
_MOURNED = re.compile(r"\b(?:funerals?|vigils?|memorials?|mourn\w*|laid\s+to\s+rest)\b", re.IGNORECASE)
#: An incident of an earlier year: background, unless the story opens with a legal step for it ("A man
#: was sentenced Tuesday for the murder of a boy more than a year ago"): then it is the story's own.
_LONG_AGO = re.compile(r"\blast year\b|\ba year ago\b", re.IGNORECASE)
#: The sentences that open a story (its headline among them): where news writing states when, where
#: and, in a follow-up, its news.
LEDE_SENTENCES = 3
#: "A man who was shot last week has died": the death of someone hurt earlier is this story's news.
_DIED_SINCE = re.compile(r"\b(?:shot|wounded|injured)\b[^.;]{0,80}\b(?:has|have)\s+(?:since\s+)?died\b"
                         # "... shot in West Baltimore last week died of his injuries Tuesday"
                         r"|\b(?:shot|wounded|injured)\b[^.;]{0,80}\bdied\s+"
                         r"(?:(?:of|from)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:injuries|wounds)\s+)?(?:on\s+)?"
                         rf"(?:{WEEKDAY_PATTERN}|today|yesterday)\b"
                         # a headline's "Man shot last week in West Baltimore dies"
                         r"|\b(?:shot|wounded|injured)\b[^.;]{0,80}\bdies\b"
                         # "died Sunday ... where he had been in critical condition since the Feb. 27 shooting"
                         r"|\bdied\b[^;]{0,120}\b(?:since|after|from)\s+the\s+(?:[\w.]+\s+){0,3}?(?:shooting|attack)\b",
                         re.IGNORECASE)
#: A sentence that counts incidents ("It was the second reported shooting in Homewood in 24 hours",
#: "The killing was the city's second homicide of the weekend") or says others followed:
#: the sentence after it tells of the other one. (Not "For the second time in 48 hours, a teenager has
#: been shot": a lede that counts the story's own among others.)
_ANOTHER_INCIDENT_NEXT = re.compile(
    r"\b(?:the (?:\w+['’]s )?|\w+['’]s )(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) "
    r"(?:reported |fatal |deadly )?"
    r"(?:shooting|homicide|killing|incident)s? (?:in|on|at|within|this|since|of)\b"
    # a victim told as one in a year's count: "Ellis is the second Dayton teenager killed by gunfire this year"
    r"|\bthe (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:[\w-]+ ){1,3}?(?:killed|slain|shot|to die)\b"
    r"[^.;]{0,40}\bthis year\b"
    # "The Whitehall shooting was followed by a string of shootings in Columbus overnight."
    r"|\b(?:shooting|killing|attack)\s+(?:was|were)\s+followed\s+by\b", re.IGNORECASE)
#: ... but not a numbered place in a year's count ("Her death is the city's 89th homicide of the year"):
#: no story tells the 88 before it next.
_YEAR_COUNT = re.compile(r"\b\d+(?:st|nd|rd|th) (?:[\w-]+ ){0,2}?(?:shooting|homicide|killing)s? "
                         r"(?:of the year|this year|so far|(?:in|of) (?:19|20)\d\d)\b", re.IGNORECASE)

#: "The shooting was one of three in the city over the weekend; on Friday night, a man was killed", "The
#: killings were among several violent incidents over the weekend. In Nashville, ...": the sentence, and the
#: one after it, tell of the others.
_SEVERAL = rf"(?:{'|'.join(w for w in SMALL_NUMBER_WORDS if w != 'one')}|several|many|\d+)"
_ONE_OF_SEVERAL = re.compile(rf"\b(?:shooting|killing|homicide|incident|attack)s?\s+(?:was|is|were|are)\s+"
                             rf"(?:one\s+of|among)\s+(?:the\s+)?{_SEVERAL}\b"
                             # "It was one of several shootings across the Birmingham area over the weekend"
                             rf"|\b(?:it|this)\s+(?:was|is)\s+(?:one\s+of|among)\s+(?:the\s+)?{_SEVERAL}\s+"
                             r"(?:[\w-]+\s+)?(?:shootings|killings|homicides|incidents|attacks)\b",
                             re.IGNORECASE)

#: "Police said they do not believe the two shootings are connected": past the lede, the sentence
#: before it tells of the other one.
_NOT_CONNECTED = re.compile(r"\b(?:shootings|incidents|attacks|cases)\b[^.;]{0,40}?\b(?:not|n't|un)\s*"
                            r"(?:\w+\s+){0,3}?(?:connected|related|linked)\b"
                            r"|\b(?:not|n't)\s+(?:believe|think)\s+(?:that\s+)?(?:the\s+)?(?:two\s+)?"
                            r"(?:shootings|incidents|attacks|cases)\s+(?:are|were)\s+(?:connected|related|linked)\b",
                            re.IGNORECASE)


#: A city's (or the country's) tally of several shootings ("At least 12 people were shot across the city
#: over the weekend", "47 people were shot across Chicago that weekend",
#: "Citywide, nine people were wounded since Friday", "Over the holiday weekend, ...", "Three people were
#: wounded in separate shootings Saturday night", "It is the second time in a month that a resident has
#: shot an intruder"): past the lede, context for the story's own.
_ROUND_UP = re.compile(r"\b(?:across|throughout|around)\s+(?:the\s+)?(?:city|county|region|state|country|nation)\b"
                       r"|\bcity-?wide\b"
                       r"|\bin\s+(?:the\s+city|[A-Z][a-z]+)\s+(?:over|during|since)\s+the\s+"
                       r"(?:\w+\s+){0,2}?weekend\b"
                       r"|\b(?:across|throughout)\s+(?-i:[A-Z][a-z]+)\s+(?:over\s+the|that|this|last)\s+weekend\b"
                       # "At least 27 people have been shot across Chicago since Friday evening"
                       r"|\b(?:across|throughout)\s+(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:since|over|during|so\s+far)\b"
                       # "It was one of several shootings across the Birmingham area over the weekend"
                       r"|\b(?:across|throughout|around)\s+the\s+(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+area\b"
                       # "Since Friday evening, at least 17 people had been shot in Chicago"
                       rf"|^since\s+(?:{WEEKDAY_PATTERN})\b"
                       # "Over the Memorial Day weekend, 40 people were shot in the city"
                       r"|^(?:over|during|throughout)\s+the\s+(?:[\w'’-]+\s+){0,3}?weekend\b"
                       r"|\bin\s+(?:several\s+|\w+\s+)?(?:separate|unrelated)\s+(?:shootings|incidents|attacks)\b"
                       rf"|\bthe\s+(?:{ORDINAL_PATTERN}|first)\s+time\s+(?:in|this|since)\b", re.IGNORECASE)


#: "in 2014", "in June 2015", "since 2012", "a 2014 shooting": a year before the story's is history.
_IN_A_YEAR = re.compile(rf"\b(?:(?:in|since|during)\s+(?:early\s+|late\s+|mid-)?(?:(?:{'|'.join(MONTHS)})\s+)?"
                        r"|(?:a|the)\s+(?=\d{4}\s+"
                        r"(?:shooting|killing|slaying|homicide|murder|attack|robbery|incident)s?\b))"
                        r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
#: "In January, officers shot a man", "a shooting in August in which a man was wounded": a month other
#: than the story's (with no day: "on March 1" may be the story's own date) is another time.
_IN_A_MONTH = re.compile(rf"\b(?:in|since|during|last)\s+(?:early\s+|late\s+|mid-)?(?P<month>{'|'.join(MONTHS)})\b"
                         r"(?!\s+\d|,?\s+(?:19|20)\d\d)", re.IGNORECASE)

#: A month and day: "Feb. 9", "March 1".
_MONTH_DAY = rf"(?P<month>{'|'.join(MONTHS)}|{'|'.join(MONTH_ABBREVIATIONS)})\.?\s+(?P<day>\d{{1,2}})\b"
_A_DATE = re.compile(rf"\b{_MONTH_DAY}")
#: A sentence that opens on a date: "On Feb. 9, a 6-year-old boy was wounded about a mile away", or a
#: list's item ("— Sunday, Feb. 28: A 34-year-old man was fatally shot ...").
_ON_A_DATE = re.compile(rf"^(?:On\s+|[—–•-]\s*|(?=[^.;:]{{0,30}}:))(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?"
                        rf"{_MONTH_DAY}")
#: ... or that dates an incident it names: "The same block was the scene of a fatal shooting Jan. 30, when
#: ...", "the department's first officer-involved shooting since Jan. 12, when officers shot ...".
_INCIDENT_ON_A_DATE = re.compile(rf"\b(?:shooting|killing|slaying|homicide|murder)\s+(?:on\s+|since\s+)?{_MONTH_DAY}")
#: ... or tells what happened on it: "The last time a Mesa officer shot someone was Dec. 2, 2014, when ...".
_DATE_WHEN = re.compile(rf"\b{_MONTH_DAY}(?:,?\s+(?:19|20)\d\d)?,\s+when\b")
#: ... or on a weekday alone, as its opening phrase: "On Friday night, a 16-year-old boy was shot".
_A_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
_ON_A_WEEKDAY = re.compile(rf"^(?:(?:early|late)\s+)?(?:On\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?,", re.IGNORECASE)
#: A lede that dates its news only loosely ("a man shot last month has died"), so that a date past it
#: may be the story's own.
_LOOSELY_DATED = re.compile(rf"\blast\s+month\b|\b(?:weeks|months)\s+ago\b|\bearlier\s+this\s+month\b"
                            rf"|\bin\s+(?:{'|'.join(MONTHS)})\b", re.IGNORECASE)
#: A shooting told with its weekday: "A Milwaukee police officer was shot in the arm early Monday".
_SHOT_ON_A_WEEKDAY = re.compile(rf"\b(?:was|were)\s+(?:\w+ly\s+)?(?:shot|wounded|killed)\b[^.;]{{0,60}}?\b"
                                rf"(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
#: How far before publication a story's own incident is told by a weekday alone.
_WEEK = 7


def _month_day(match: re.Match[str]) -> tuple[int, int]:
    return MONTH_NUMBERS[match.group("month").lower()], int(match.group("day"))


def _dated_elsewhere(sentences: list[Span], published: dt.date) -> set[Span]:
    """Sentences past the lede that open on another incident's date, or date an incident they name
    ("a fatal shooting Jan. 30"): one the lede does not name, or,
    where the lede names none, one more than a week before publication (the story's own would be told
    by its weekday); or on a weekday the lede, naming others, does not name. Not in a follow-up (its
    lede tells of an arrest or charge) or a loosely dated lede: there a date past the lede may be the
    original incident's. A follow-up whose lede also tells its shooting on a weekday ("A Milwaukee police
    officer was shot in the arm early Monday" under "... suspect arrested hours later") still tells another
    weekday's shooting as another incident."""
    lede = sentences[:LEDE_SENTENCES]
    loose = any(_LOOSELY_DATED.search(s.text) for s in lede)
    follow_up = any(_FOLLOW_UP.search(s.text) for s in lede)
    if loose or follow_up and not any(_SHOT_ON_A_WEEKDAY.search(s.text) and not _FOLLOW_UP.search(s.text)
                                      for s in lede):
        return set()
    named = {_month_day(m) for s in lede for m in _A_DATE.finditer(s.text)}
    weekdays = {m.group().lower() for s in lede for m in _A_WEEKDAY.finditer(s.text)}
    found = set()
    for sentence in sentences[LEDE_SENTENCES:]:
        if (opener := _ON_A_WEEKDAY.match(sentence.text)) is not None and weekdays \
                and opener.group("weekday").lower() not in weekdays:
            found.add(sentence)  # "On Friday night, a 16-year-old boy was shot" in a story of Sunday's shooting
            continue
        if follow_up:
            continue  # a date past a follow-up's lede may be its shooting's
        if (on := _ON_A_DATE.match(sentence.text) or _INCIDENT_ON_A_DATE.search(sentence.text)
                or _DATE_WHEN.search(sentence.text)) is None:
            continue
        month, day = _month_day(on)
        year = published.year if month <= published.month else published.year - 1
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        if (month, day) not in named if named else (published - when).days > _WEEK:
            found.add(sentence)
    return found


def background_sentences(text: str, published: dt.date | None = None) -> set[Span]:
    """Sentences about another incident: :data:`_BACKGROUND`, or :data:`_RECENT` or
    :data:`_EARLIER_THAT_DAY` without an arrest or, in the lede, an appeal or a funeral for it (:data:`_APPEAL`,
    :data:`_MOURNED`)
    (unless someone hurt then has died since), the one after an incident count, a city's tally or
    another town's news or the day before past the lede (:data:`_ROUND_UP`, :data:`_ANOTHER_TOWN`,
    :data:`_DAY_BEFORE`), the one before a denial that two shootings are connected
    (:data:`_NOT_CONNECTED`), and one set in an
    earlier year (:data:`_LONG_AGO`, or before the year the story was published: "His brother was
    killed in a shooting in 2014") or another month than the story's (:data:`_IN_A_MONTH`) unless it
    opens a follow-up story, one past the lede that opens on another date (:func:`_dated_elsewhere`), and
    the rest of a paragraph that opens on another incident (:func:`_told_on`)."""
    sentences = sentence_spans(text)
    news = {s for s in sentences[:LEDE_SENTENCES] if _FOLLOW_UP.search(s.text)}
    revisited = {s for s in sentences[:LEDE_SENTENCES] if _APPEAL.search(s.text) or _MOURNED.search(s.text)}
    found = {s for s in sentences if (_BACKGROUND.search(s.text)
                                      or (_RECENT.search(s.text) or _EARLIER_THAT_DAY.match(s.text))
                                      and not _FOLLOW_UP.search(s.text) and s not in revisited
                                      or _LONG_AGO.search(s.text) and s not in news)
             and not _DIED_SINCE.search(s.text)
             or published is not None and s not in news and (
                 any(int(m.group("year")) < published.year for m in _IN_A_YEAR.finditer(s.text))
                 or any(MONTH_NUMBERS[m.group("month").lower()] != published.month
                        for m in _IN_A_MONTH.finditer(s.text)) and not _DIED_SINCE.search(s.text))}
    found |= {after for before, after in zip(sentences, sentences[1:])
              if (_ANOTHER_INCIDENT_NEXT.search(before.text) and not _YEAR_COUNT.search(before.text)
                  or _ONE_OF_SEVERAL.search(before.text))
              and not _DIED_SINCE.search(after.text)}  # "... the city's 12th homicide. Tillman died Sunday ..."
    found |= {s for s in sentences if _ONE_OF_SEVERAL.search(s.text)}
    found |= {s for s in sentences[LEDE_SENTENCES:] if _ROUND_UP.search(s.text) or _ANOTHER_TOWN.match(s.text)
              or _HOURS_LATER.match(s.text)
              or _DAY_BEFORE.search(s.text) and not _FOLLOW_UP.search(s.text) and not _DIED_SINCE.search(s.text)}
    found |= _denied(text, sentences)
    found |= _told_on(text, sentences)
    if published is not None:
        found |= _dated_elsewhere(sentences, published)
    return found


#: A paragraph that opens on another incident: "In a separate shooting Saturday night, two men were wounded.",
#: "Elsewhere, a man was grazed", or a round-up's heading over a list of other incidents ("Elsewhere over
#: the weekend:", "In other shootings:", "Other shootings this weekend:").
_SEPARATE_OPENING = re.compile(
    rf"^(?:{_IN_A_SEPARATE}|separately\b|{_ELSEWHERE}|in\s+the\s+other\b(?:\s+(?:shooting|incident|case|accident))?,"
    r"|(?:in\s+)?other\s+(?:\w+\s+)?(?:shootings|incidents|violence|crimes?)\b[^.]*:$)", re.IGNORECASE)
#: A list item under such a heading: a line that opens on a dash or bullet.
_LIST_ITEM = re.compile(r"\s*[—–•*-]\s")


def _denied(text: str, sentences: list[Span]) -> set[Span]:
    """The sentence before a denial that two shootings are connected, past the lede, and the rest of
    its paragraph before it: "About 12:50 a.m. Saturday, a 25-year-old woman was shot ... She was
    taken to Sinai Hospital. Police said they do not believe the shootings are related." """
    found: set[Span] = set()
    for i in range(LEDE_SENTENCES + 1, len(sentences)):
        if _NOT_CONNECTED.search(sentences[i].text):
            found.add(sentences[i - 1])
            j = i - 1
            while j > LEDE_SENTENCES and "\n" not in text[sentences[j - 1].end:sentences[j].start] \
                    and "\n" not in text[sentences[j].end:sentences[i].start]:
                found.add(sentences[j - 1])
                j -= 1
    return found


def _told_on(text: str, sentences: list[Span]) -> set[Span]:
    """The sentences after one that opens on another incident, to the end of its paragraph: they tell
    that incident on ("Police said a 19-year-old was shot in the back"). After a heading (it ends with
    a colon), the list items that follow it, each another incident."""
    found: set[Span] = set()
    for i, opening in enumerate(sentences):
        if _SEPARATE_OPENING.match(opening.text) or i >= LEDE_SENTENCES and _HOURS_LATER.match(opening.text):
            heading = opening.text.rstrip().endswith(":")
            for before, later in zip(sentences[i:], sentences[i + 1:]):
                if "\n" in text[before.end:later.start] and not (heading and _LIST_ITEM.match(
                        text, text.rfind("\n", 0, later.start) + 1)):
                    break
                found.add(later)
    return found
