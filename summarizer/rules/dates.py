"""Dates in news text: absolute ("20 September 2023"), relative ("yesterday"),
weekday names ("on Wednesday", "Tuesday's offensive"), holidays ("on the Fourth of July",
:mod:`summarizer.rules.holidays`) and years ("in 2020").

News copy mostly dates events relative to the publication date, so weekday
and relative mentions are resolved against ``published``:

* ``yesterday`` / ``today`` (also "tonight", "this morning/afternoon/evening")
  / ``tomorrow`` -> published -1 / 0 / +1 day; "last night" -> published -1
  (the evening before publication); "N days ago" -> published -N.
* A weekday name -> a date in a one-week window around ``published``:
  ``prefer="past"`` picks the one in ``[published-6, published]``,
  ``"future"`` the one in ``[published, published+6]``, ``"nearest"``
  (default) the closer of the two, ties going to the past. "last X" /
  "next X" force past / future and exclude the publication day itself.
* "yesterday, Tuesday" -> published-1: the relative word wins, ``note`` says so.
  "Monday, Nov. 15" when the 15th was a Tuesday: the Monday before publication
  wins when one day off (a day number slips more easily than a day lived).
* Day and month without a year -> the year that puts the date nearest to
  ``published`` (``prefer="past"``: the latest on or before it, unless the next is a month away
  at most); a month alone after "in/since/during..." -> the latest such
  month on or before ``published`` ("until/by/next" -> the next one).
* "last/this/next year|month" -> year / month precision; "last week" and
  similar spans are reported but left unresolved.

``precision`` says how the text expressed the date ("day" for a calendar
date, "month", "year", "weekday" for a weekday name, "relative" for
yesterday/today/...); ``resolved`` is True exactly when ``value`` is known.
Slash dates are day-first unless that is impossible ("09/20/2023") or the month-first
reading is the nearer day on or before publication ("3/5/2016" published 2016-03-07).
A publication dateline is read by :mod:`summarizer.rules.datelines`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from summarizer.rules.date_mention import DateMention, Precision, Prefer
from summarizer.rules.holidays import find_holidays
from summarizer.rules.lexicon import (
    HOUSE_NUMBER_AFTER,
    INDEFINITE_ONE,
    MONTH_NUMBERS,
    MONTHS,
    SMALL_NUMBER_WORDS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
)
from summarizer.rules.numbers import COUNT_NOUNS, alternation
from summarizer.rules.spans import make_span
from summarizer.rules.weekdays_dated import pinned, told_before

_RELATIVE_DAYS = {
    "the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "last night": -1,
    "today": 0, "earlier today": 0, "later today": 0, "tonight": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "tomorrow": 1,
}
_SMALL_NUMBERS = {**INDEFINITE_ONE, **SMALL_NUMBER_WORDS}
#: A year-less day this few days after publication is a schedule ("the trial begins March 10"),
#: not last year's day, even where dates point back.
SCHEDULE_DAYS = 30


_MONTH_FULL = rf"(?:{alternation(MONTHS)})"
MONTH_PATTERN = rf"(?:{alternation([m.capitalize() for m in MONTH_NUMBERS])})\.?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
#: A part of the day between a weekday and its date: "Saturday night, Feb. 27" is one day.
_PART_OF_DAY = r"(?:\s+(?:night|morning|afternoon|evening))?"

_DATE_RE = re.compile(
    rf"(?<![\d-])(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})(?!\d)"
    rf"|(?<![\d/.])(?P<num_a>\d{{1,2}})(?P<sep>[/.])(?P<num_b>\d{{1,2}})(?P=sep)(?P<num_y>\d{{4}}|\d{{2}})(?![\d/])"
    # "on 3/23": a US month and day after "on" (a bare "3/4" is a fraction or a score)
    rf"|(?<=\b[Oo]n\s)(?P<md_m>1[0-2]|0?[1-9])/(?P<md_d>\d{{1,2}})(?![\d/]|\s+of\b)"
    rf"|(?:(?P<dmy_wd>{WEEKDAY_PATTERN}){_PART_OF_DAY},?\s+)?"
    rf"(?:the\s+)?(?<!\d)(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    rf"(?P<dmy_m>{MONTH_PATTERN})(?:,?\s+(?P<dmy_y>{_YEAR}))?(?!\w)"
    rf"|(?:(?P<mdy_wd>{WEEKDAY_PATTERN}){_PART_OF_DAY},?\s+)?"
    rf"(?P<mdy_m>{MONTH_PATTERN})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
    rf"(?:,?\s+(?P<mdy_y>{_YEAR}))?(?!\w)"
    rf"|(?P<my_m>{MONTH_PATTERN}),?\s+(?P<my_y>{_YEAR})(?!\w)"
    rf"|(?i:(?P<rel>{alternation(list(_RELATIVE_DAYS))}))(?!\w)(?:,?\s+(?P<rel_wd>{WEEKDAY_PATTERN})(?![\w-]))?"
    rf"|(?i:(?P<per_mod>earlier\s+this|later\s+this|last|this|next)\s+(?P<per_unit>year|month|week))(?!\w)"
    rf"|(?i:(?P<ago_n>\d{{1,2}}|{alternation(list(_SMALL_NUMBERS))})\s+(?P<ago_unit>days?|weeks?)\s+ago)(?!\w)"
    # (not the holiday's name: "a Fourth of July gathering" says no month of its own)
    rf"|(?<![Ff]ourth\s)(?<!4th\s)"
    rf"(?i:(?P<mc_pre>in|since|until|till|by|from|during|early|late|mid|of|last|next|this|before|after))"
    rf"[\s-]+(?P<mc_m>{_MONTH_FULL})(?!\w)(?!,?\s+(?:the\s+)?\d)"
    rf"|(?:(?i:(?P<wd_mod>last|next|this|past|on))\s+)?(?<![\w-])(?P<wd>{WEEKDAY_PATTERN})(?![\w-])"
    rf"(?!,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH_PATTERN}|,?\s+{MONTH_PATTERN})"
    rf"|(?<![\w.,:/$€£#])(?<![A-Za-z]-)(?P<year>{_YEAR})(?![\w%]|[.,:]\d|{HOUSE_NUMBER_AFTER})"
    r"|\b(?P<wd_abbr>Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun)\.(?=\s+(?:night|morning|afternoon|evening)\b)"
    # a day of the month alone: "on the night of the 14th", "early on the 3rd," (not "the 14th floor")
    r"|(?i:(?:\b(?:night|morning|afternoon|evening)\s+of|(?<=\b[Oo]n\s)))\s*the\s+(?P<ord_d>[1-9]|[12]\d|3[01])"
    r"(?:st|nd|rd|th)\b(?=\s*[,.;]|\s+(?:at|in|when|and|about|around|after|before|near|outside|inside)\b)"
)
#: An abbreviated weekday before a part of the day ("Tues. night"): its index in ``WEEKDAYS``.
_WEEKDAY_ABBREVIATIONS = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6}
_NEXT_WORD = re.compile(r"\s+(\w+)")



def _as_date(value: date | None) -> date | None:
    """Accept a datetime where a date is expected (datetime is a date subclass)."""
    return value.date() if isinstance(value, datetime) else value


def month_number(token: str) -> int:
    return MONTH_NUMBERS[token.rstrip(".").lower()]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_first(a: int, b: int, year: int | None = None, published: date | None = None) -> tuple[int, int]:
    """(day, month) from a numeric date: day-first unless that is impossible, or unless both are
    real days and the month-first one is the nearer on or before publication ("3/5/2016" in a
    story of 2016-03-07 is March 5, as a US paper writes it: a report dates what has happened)."""
    if b > 12 >= a:
        return b, a
    month_first = _safe_date(year, a, b) if year is not None and published is not None and b <= 12 else None
    day_first = _safe_date(year, b, a) if year is not None else None
    if month_first is not None and published is not None and month_first <= published and \
            (day_first is None or day_first > published or month_first > day_first):
        return b, a
    return a, b


def _expand_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def _shift(published: date, days: int) -> date | None:
    try:
        return published + timedelta(days=days)
    except OverflowError:
        return None


def resolve_weekday(weekday: int, published: date, prefer: Prefer, *, strict: bool = False) -> date | None:
    """The ``weekday`` (0=Mon) in the week window around ``published`` (see module rules)."""
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    if strict:
        back, forward = back or 7, forward or 7
    if prefer == "past" or (prefer == "nearest" and back <= forward):
        return _shift(published, -back)
    return _shift(published, forward)


def _nearest_year(published: date, month: int, day: int, prefer: Prefer = "nearest") -> date | None:
    """Year-less day/month: the candidate year closest to the publication date. Pointing back
    (``prefer="past"``, as for what a report says happened), the latest on or before publication,
    unless the next one is within ``SCHEDULE_DAYS`` (a trial "on March 10" of a story of March 7)."""
    candidates = [d for y in (published.year - 1, published.year, published.year + 1)
                  if 1 <= y <= 9999 and (d := _safe_date(y, month, day)) is not None]
    if prefer == "past":
        past = [d for d in candidates if d <= published]
        soon = [d for d in candidates if 0 < (d - published).days <= SCHEDULE_DAYS]
        if past and not soon:
            return max(past)
    return min(candidates, key=lambda d: abs((d - published).days), default=None)


def _mention(text: str, start: int, end: int, value: date | None, precision: Precision,
             weekday: int | None = None, note: str | None = None) -> DateMention:
    if weekday is None and value is not None and precision in ("day", "weekday", "relative"):
        weekday = value.weekday()
    return DateMention(span=make_span(text, start, end), value=value, precision=precision,
                       resolved=value is not None, weekday=weekday, note=note)


def _weekday_check(value: date | None, named: str | None) -> tuple[int | None, str | None]:
    """Weekday to report plus a note when the named weekday contradicts the date."""
    if named is None:
        return (value.weekday() if value else None), None
    index = WEEKDAYS.index(named)
    if value is not None and value.weekday() != index:
        return index, f"text says {named} but the date is a {WEEKDAYS[value.weekday()]}"
    return index, None


def _calendar(text: str, m: re.Match[str], published: date | None, prefer: Prefer) -> DateMention | None:
    """Day-precision dates: ISO, numeric, "20 September 2023", "Sept. 20"."""
    g = m.group
    note = None
    if g("iso_y"):
        value = _safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        named = None
    elif g("num_a"):
        year = _expand_year(g("num_y"))
        day, month = day_first(int(g("num_a")), int(g("num_b")), year, published)
        value = _safe_date(year, month, day)
        named = None
    elif g("md_m"):
        month, day = int(g("md_m")), int(g("md_d"))
        if published is None or _safe_date(2000, month, day) is None:
            return None
        value, named, note = _nearest_year(published, month, day, prefer), None, "year inferred from publication date"
    else:
        prefix = "dmy" if g("dmy_m") else "mdy"
        day, month = int(g(f"{prefix}_d")), month_number(g(f"{prefix}_m"))
        if _safe_date(2000, month, day) is None:  # 2000 is a leap year: rejects only impossible days
            return None
        named = g(f"{prefix}_wd")
        if g(f"{prefix}_y"):
            value = _safe_date(int(g(f"{prefix}_y")), month, day)
        elif published is not None:
            value, note = _nearest_year(published, month, day, prefer), "year inferred from publication date"
        else:
            value = None
    if value is None and (g("iso_y") or g("num_a") or g("dmy_y") or g("mdy_y")):
        return None  # an impossible calendar date such as 31/02/2023
    weekday, mismatch = _weekday_check(value, named)
    if mismatch and weekday is not None and value is not None and published is not None and \
            (near := resolve_weekday(weekday, published, "past")) is not None and abs((near - value).days) == 1:
        value, mismatch = near, f"{mismatch}; the {named} before publication, {near}, is taken"
    return _mention(text, m.start(), m.end(), value, "day", weekday, mismatch or note)


def _relative(text: str, m: re.Match[str], published: date | None) -> DateMention:
    """yesterday / today / tomorrow (optionally followed by a weekday name)."""
    offset = _RELATIVE_DAYS[" ".join(m.group("rel").lower().split())]
    value = _shift(published, offset) if published else None
    weekday, note = _weekday_check(value, m.group("rel_wd"))
    if value is None:
        weekday = WEEKDAYS.index(m.group("rel_wd")) if m.group("rel_wd") else None
    return _mention(text, m.start(), m.end(), value, "relative", weekday, note)


def _period(text: str, m: re.Match[str], published: date | None) -> DateMention:
    """last/this/next year|month|week."""
    modifier = m.group("per_mod").lower().split()[0]
    unit = m.group("per_unit").lower()
    step = {"last": -1, "next": 1}.get(modifier, 0)
    if unit == "week" or published is None:
        return _mention(text, m.start(), m.end(), None, "year" if unit == "year" else "relative",
                        note=f"{unit} reference")
    if unit == "year":
        year = published.year + step
        return _mention(text, m.start(), m.end(), date(year, 1, 1) if 1 <= year <= 9999 else None, "year")
    months = published.year * 12 + published.month - 1 + step
    year, month = divmod(months, 12)
    value = date(year, month + 1, 1) if 1 <= year <= 9999 else None
    return _mention(text, m.start(), m.end(), value, "month")


def _ago(text: str, m: re.Match[str], published: date | None) -> DateMention:
    """"three days ago", "a week ago"."""
    raw = m.group("ago_n").lower()
    count = int(raw) if raw.isdigit() else _SMALL_NUMBERS[raw]
    weeks = m.group("ago_unit").lower().startswith("week")
    value = _shift(published, -count * (7 if weeks else 1)) if published else None
    if _ROUGHLY.search(text, max(0, m.start() - 20), m.start()):
        return _mention(text, m.start(), m.end(), None, "relative", note="no day: told roughly")  # "more than a week ago"
    return _mention(text, m.start(), m.end(), value, "relative", note="approximate" if weeks else None)


#: Before "N days ago", words that make it no day: "more than a week ago", "nearly two weeks ago".
_ROUGHLY = re.compile(r"\b(?:more\s+than|over|nearly|almost|about|around|roughly|less\s+than|some)\s+$", re.IGNORECASE)


def _month_in_context(text: str, m: re.Match[str], published: date | None) -> DateMention:
    """A bare month name after a preposition ("in December"); the year is inferred."""
    month = month_number(m.group("mc_m"))
    start, end = m.span("mc_m")
    if published is None:
        return _mention(text, start, end, None, "month")
    pre = m.group("mc_pre").lower()
    year = published.year
    if pre in ("until", "till", "by", "next"):
        year += 1 if month < published.month or (pre == "next" and month == published.month) else 0
    elif pre != "this":
        year -= 1 if month > published.month or (pre == "last" and month == published.month) else 0
    value = date(year, month, 1) if 1 <= year <= 9999 else None
    return _mention(text, start, end, value, "month", note="year inferred from publication date")


#: A future tense in the weekday's own clause: "is expected to release more information on
#: Wednesday", "will be arraigned Monday", "a vigil is scheduled for Friday". No comma or sentence
#: end may stand between ("who will be arraigned Monday, was shot Saturday" is past).
_FUTURE_CUE = re.compile(r"\b(?:will|(?:is|are)\s+(?:expected|scheduled|set|due|slated)\s+to"
                         r"|(?:scheduled|planned)\s+for|plans?\s+to)\b"
                         r"(?:[^,;.!?\n]|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.)*$",  # "for 7 p.m. Wednesday"
                         re.IGNORECASE)


def _weekday(text: str, m: re.Match[str], published: date | None, prefer: Prefer) -> DateMention:
    """A weekday name ("Tuesday", "Tues. night"), resolved in the week window around the publication date."""
    abbreviated = m.group("wd_abbr")
    index = _WEEKDAY_ABBREVIATIONS[abbreviated] if abbreviated else WEEKDAYS.index(m.group("wd"))
    start, end = m.span("wd_abbr") if abbreviated else m.span("wd")
    if published is None:
        return _mention(text, start, end, None, "weekday", index)
    modifier = (m.group("wd_mod") or "").lower()
    if modifier in ("last", "past"):
        value, rule = resolve_weekday(index, published, "past", strict=True), "past"
    elif modifier == "next":
        value, rule = resolve_weekday(index, published, "future", strict=True), "future"
    elif _FUTURE_CUE.search(text[max(0, start - 80):start]):
        value, rule = resolve_weekday(index, published, "future"), "future"
    else:
        value, rule = resolve_weekday(index, published, prefer), prefer
    return _mention(text, start, end, value, "weekday", index, f"weekday resolved ({rule}) from publication date")


def _day_of_month(text: str, m: re.Match[str], published: date | None) -> DateMention:
    """A day of the month without its month ("on the night of the 14th"): the last such day on or
    before publication, as news tells a past happening."""
    day, value = int(m.group("ord_d")), None
    if published is not None:
        month_start = published.replace(day=1)
        value = _safe_date(published.year, published.month, day) if day <= published.day else None
        while value is None and month_start.year > 1:  # the month before (the 31st: the last month that has one)
            month_start = (month_start - timedelta(days=1)).replace(day=1)
            value = _safe_date(month_start.year, month_start.month, day)
    start = m.start() + m.group().lower().rindex("the", 0, m.start("ord_d") - m.start())
    return _mention(text, start, m.end(), value, "day",
                    note="month inferred from publication date" if value else None)


def _year(text: str, m: re.Match[str]) -> DateMention | None:
    """A bare year, unless it is really a count ("2000 troops")."""
    following = _NEXT_WORD.match(text, m.end())
    if following is not None and following.group(1).lower() in COUNT_NOUNS:
        return None
    return _mention(text, m.start(), m.end(), date(int(m.group("year")), 1, 1), "year")


#: A birthday, which dates no happening of the story: "she was born on Feb. 29, 1976".
_BORN = re.compile(r"\bborn\s+(?:on\s+|in\s+)?$", re.IGNORECASE)


def is_birthday(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` is when someone was born."""
    return _BORN.search(text, max(0, mention.span.start - 12), mention.span.start) is not None


def find_dates(text: str, published: date | None, *, prefer: Prefer = "nearest") -> list[DateMention]:
    """Every date mention in running text, resolved against ``published`` when given."""
    published = _as_date(published)
    mentions: list[DateMention] = []
    for m in _DATE_RE.finditer(text):
        mention: DateMention | None
        if m.group("wd") or m.group("wd_abbr"):
            mention = _weekday(text, m, published, prefer)
        elif m.group("rel"):
            mention = _relative(text, m, published)
        elif m.group("year"):
            mention = _year(text, m)
        elif m.group("my_m"):
            month = month_number(m.group("my_m"))
            mention = _mention(text, m.start(), m.end(), date(int(m.group("my_y")), month, 1), "month")
        elif m.group("per_mod"):
            mention = _period(text, m, published)
        elif m.group("ago_n"):
            mention = _ago(text, m, published)
        elif m.group("ord_d"):
            mention = _day_of_month(text, m, published)
        elif m.group("mc_m"):
            mention = _month_in_context(text, m, published)
        else:
            mention = _calendar(text, m, published, prefer)
        if mention is not None:
            mentions.append(mention)
    holidays = [_mention(text, h.span.start, h.span.end, h.value, "day") for h in find_holidays(text, published)]
    mentions = [m for m in mentions if not any(h.span.start <= m.span.start < h.span.end for h in holidays)]
    return pinned(text, told_before(text, sorted([*mentions, *holidays], key=lambda m: m.span.start)), published)


def resolve_date_phrase(phrase: str, published: date | None, prefer: Prefer = "nearest") -> DateMention | None:
    """Normalise a date phrase copied by the model ("on Wednesday", "yesterday, Tuesday")."""
    mentions = find_dates(phrase, published, prefer=prefer)
    return mentions[0] if mentions else None
