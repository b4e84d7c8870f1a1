"""Counts in news text ("at least 32 people", "approximately 7,000 residents").

The model copies a count phrase from the article; this module turns such
phrases into an integer interval so a verifier can compare them with the
article without trusting the model's arithmetic.

Rules (``N`` is the stated number; bounds are inclusive, ``None`` = unbounded):

* exact ``N`` (digits "7,000", words "twenty-seven", "a dozen", "a pair of", "2.5 million")
  -> ``[N, N]``, best ``N``.
* "at least / no fewer than / a minimum of N", "N or more" -> ``at_least``
  ``[N, None]``, best ``N``.
* "more than / over / upwards of / in excess of N" -> ``more_than``
  ``[N+1, None]``, best ``N+1``.
* "up to / at most / as many as / no more than N" -> ``at_most``
  ``[None, N]``, best ``N``.
* "less than / fewer than / under / below N" -> ``less_than``
  ``[None, N-1]``, best ``N-1``.
* "about / around / approximately / roughly / some / an estimated N",
  "N or so" -> ``about`` ``[floor(0.9N), ceil(1.1N)]``, best ``N``.
* "nearly / almost / close to / just under N" -> ``about`` with the stated
  number as the ceiling: ``[ceil(0.9N), N]``, best ``N``.
* "between A and B", "A-B", "A to B" (B > A) -> ``range`` ``[A, B]``, best None.
* vague quantities (best None): "dozens" ``[24, None]``, "scores of"
  ``[40, None]``, "hundreds" ``[200, None]``, "thousands" ``[2000, None]``,
  "tens of thousands" ``[20000, None]``, "hundreds of thousands"
  ``[200000, None]``, "millions" ``[2000000, None]``; "several M" ``[3M, 9M]``
  and "a few M" / "a couple of M" ``[2M, 9M]`` for a scale word M
  (dozen, hundred, thousand, million).

Not counts (never reported): decimals without a scale word (magnitudes such
as 7.5), percentages, money, clock times ("13:00", "1 p.m.", "0900 GMT"),
day numbers next to a month ("9 November", "Sept. 20"), compound adjectives
("24-hour", "six-week"), fractions ("a third"), numbers glued to other tokens
("COVID-19", "F-16"), labels after a capitalised word ("Eagle Partner 2023",
"Resolution 2334"), pronoun uses of "one" ("no one", "one another"), and
four-digit numbers 1000-2099 without a thousands comma unless the next noun is
a count noun ("1500 troops") - otherwise they are years.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel

from summarizer.rules.lexicon import MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS
from summarizer.rules.spans import Span, make_span

Qualifier = Literal["exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague"]


class CountRange(BaseModel):
    """An integer interval for a stated count; see the module docstring for the rules."""

    low: int | None
    high: int | None
    best: int | None
    qualifier: Qualifier
    text: str


class NumberMention(BaseModel):
    """A count found in running text; ``span`` includes any qualifier."""

    span: Span
    count: CountRange
    unit_hint: str | None


_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# Qualifier phrase -> rule name; the "near" rule is reported with qualifier "about".
_QUALIFIERS: dict[str, str] = {
    "at the very least": "at_least", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "greater than": "more_than", "well over": "more_than",
    "above": "more_than",
    "up to": "at_most", "at most": "at_most", "as many as": "at_most",
    "a maximum of": "at_most", "no more than": "at_most", "not more than": "at_most",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "circa": "about",
    "nearly": "near", "almost": "near", "close to": "near", "just under": "near",
    "just shy of": "near", "nearing": "near",
}

_VAGUE: dict[str, int] = {
    "tens of thousands": 20_000, "hundreds of thousands": 200_000, "tens of millions": 20_000_000,
    "hundreds of millions": 200_000_000, "dozens": 24, "scores": 40, "hundreds": 200,
    "thousands": 2_000, "millions": 2_000_000, "billions": 2_000_000_000,
}
_VAGUE_MODIFIERS = {"several": 3, "a few": 2, "a couple of": 2}


def alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first so "seventeen" wins over "seven"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_UNIT_RE = rf"(?:{alternation(list(NUMBER_WORDS))})\b"
_SCALE_RE = rf"(?:{alternation(list(_SCALES))})\b"
_WORD_NUM = rf"(?:{_UNIT_RE}(?:(?:(?<=hundred)\s+and\s+|[\s-]+)(?:{_UNIT_RE}|{_SCALE_RE}))*)"
_DIGIT_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|billion|thousand)\b)?"
_NUM = (rf"(?:{_DIGIT_NUM}|half\s+a\s+dozen\b|a\s+half[\s-]dozen\b|a\s+(?:dozen|hundred|thousand|million|billion)\b"
        rf"|a\s+pair\s+of(?=\s)|{_WORD_NUM})")
_START = r"(?<![\w.,:/$€£¥#+-])"
_END = r"(?![\w-]|[.,:/]\d)"

_COUNT_RE = re.compile(
    rf"\bbetween\s+(?P<b1>{_START}{_NUM})\s+and\s+(?P<b2>{_NUM}){_END}"
    rf"|(?P<vmod>{alternation(list(_VAGUE_MODIFIERS))})\s+"
    rf"(?P<vscale>hundred\s+thousand|dozen|hundred|thousand|million|billion){_END}"
    rf"|\b(?P<vague>{alternation([v for v in _VAGUE if v != 'scores'])}|scores(?=\s+of\b)){_END}"
    rf"|(?:\b(?P<qual>{alternation(list(_QUALIFIERS))})\s+)?"
    rf"{_START}(?P<n1>{_NUM})(?:(?:\s*[-–—]\s*|\s+to\s+)(?P<n2>{_NUM}))?{_END}"
    rf"(?P<sfx>\s+or\s+(?:more|so)\b)?",
    re.IGNORECASE,
)

_MONTH_RE = rf"(?:{'|'.join([*MONTHS, *MONTH_ABBREVIATIONS])})\.?"
_NOT_COUNT_AFTER = re.compile(
    r"\s*(?:%|per\s*cent\b|percent\b|percentage\b|pc\b"
    r"|(?:dollars|euros|pounds|yuan|roubles|rubles|manat|drams|rupees|yen|USD|EUR|GBP)\b"
    r"|[ap]\.?\s?m\b\.?|o['’]clock\b|GMT\b|UTC\b|hrs\b"
    rf"|(?-i:(?:of\s+)?{_MONTH_RE}(?!\w)))",
    re.IGNORECASE,
)
_CLOCK_HOURS_AFTER = re.compile(r"\s*hours\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_RE}\s*$")
_LABEL_BEFORE = re.compile(r"(?:^|(.)\s*)\b([A-Z][\w’'-]*)[ \t]+$")  # on one line: a title ends before a new line
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:no|any|every|the|this|that|which|each)\s+$", re.IGNORECASE)
_PRONOUN_ONE_AFTER = re.compile(r"\s+another\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")

COUNT_NOUNS = frozenset(
    [
        "people", "persons", "civilians", "soldiers", "troops", "servicemen", "servicemembers", "fighters",
        "militants", "rebels", "residents", "refugees", "children", "women", "men", "dead", "killed",
        "injured", "wounded", "casualties", "deaths", "victims", "police", "officers", "protesters",
        "demonstrators", "migrants", "prisoners", "hostages", "families", "households", "homes", "houses",
        "buildings", "workers", "students", "passengers", "peacekeepers", "personnel", "staff",
        "inhabitants", "evacuees", "survivors", "missing", "detainees", "arrests", "individuals",
        "participants",
    ]
)
# Words a count may be separated from its noun by ("12 of its soldiers").
_UNIT_SKIPPABLE = frozenset(
    [
        "of", "more", "other", "its", "their", "the", "his", "her", "our", "additional", "further",
        "ethnic", "local", "foreign", "unarmed", "armed", "innocent", "young", "elderly", "diplomatic",
        "military", "senior", "former",
    ]
)
_UNIT_STOP = frozenset(
    [
        "and", "or", "but", "were", "was", "is", "are", "be", "been", "being", "had", "have", "has", "will",
        "would", "could", "may", "might", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than",
        "that", "which", "who", "whom", "this", "these", "those", "a", "an", "after", "before", "since",
        "during", "while", "per", "each",
    ]
)
_MAX_DIGITS = 15  # longer digit strings are identifiers, not counts (and would overflow int parsing limits)
_LABEL_EXEMPT = frozenset(["Only", "Just", "All", "About", "Some", "Nearly", "Almost", "Over"])


def _word_value(words: str) -> int:
    """Value of an English number-word sequence ("two hundred and five")."""
    total, current = 0, 0
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word in ("dozen", "hundred"):
            current = max(current, 1) * _SCALES[word]
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
    return total + current


def _number_value(token: str) -> int | None:
    """Integer value of one number token, or None when it is not a whole count."""
    lowered = " ".join(token.lower().replace("-", " ").split())
    if lowered in ("half a dozen", "a half dozen"):
        return 6
    if lowered == "a pair of":
        return 2
    if lowered.startswith("a "):
        return _SCALES[lowered[2:]]
    if not lowered[0].isdigit():
        return _word_value(lowered)
    digits, _, scale = lowered.partition(" ")
    if len(digits) > _MAX_DIGITS:
        return None
    multiplier = _SCALES.get(scale, 1)
    if "." in digits:
        whole, _, frac = digits.replace(",", "").partition(".")
        scaled = int(whole + frac) * multiplier
        divisor = 10 ** len(frac)
        return scaled // divisor if multiplier > 1 and scaled % divisor == 0 else None
    return int(digits.replace(",", "")) * multiplier


def _range_for(qualifier: str, n: int, text: str) -> CountRange:
    """Interval for a single stated number under a qualifier (see module rules)."""
    if qualifier == "at_least":
        return CountRange(low=n, high=None, best=n, qualifier="at_least", text=text)
    if qualifier == "more_than":
        return CountRange(low=n + 1, high=None, best=n + 1, qualifier="more_than", text=text)
    if qualifier == "at_most":
        return CountRange(low=None, high=n, best=n, qualifier="at_most", text=text)
    if qualifier == "less_than":
        return CountRange(low=None, high=n - 1, best=n - 1, qualifier="less_than", text=text)
    if qualifier == "about":
        return CountRange(low=9 * n // 10, high=-(-11 * n // 10), best=n, qualifier="about", text=text)
    if qualifier == "near":
        return CountRange(low=-(-9 * n // 10), high=n, best=n, qualifier="about", text=text)
    return CountRange(low=n, high=n, best=n, qualifier="exact", text=text)


def _unit_hint(text: str, end: int) -> str | None:
    """The noun a count quantifies, looking past at most three filler words.

    Fillers are possessives/adjectives ("12 of its soldiers", "two former
    Soviet republics") and capitalised singular words, usually demonyms or
    place names ("15 Armenian soldiers", "thousands of Karabakh residents");
    a capitalised plural is itself the noun ("thousands of Armenians").
    """
    pos, skipped = end, 0
    while skipped <= 3:
        match = _NEXT_WORD.match(text, pos)
        if match is None:
            return None
        word = match.group(1).removesuffix("’s").removesuffix("'s").rstrip("’'")
        lowered = word.lower()
        if lowered in _UNIT_STOP:
            return None
        capitalised_singular = word[0].isupper() and not word.endswith("s")
        if lowered in _UNIT_SKIPPABLE or (capitalised_singular and lowered not in COUNT_NOUNS):
            pos, skipped = match.end(), skipped + 1
            continue
        return lowered
    return None


def _is_label(text: str, start: int) -> bool:
    """True for "Partner 2023"-style labels: a digit number right after a mid-sentence capitalised word."""
    if not text[start].isdigit():
        return False
    match = _LABEL_BEFORE.search(text, max(0, start - 60), start)
    if match is None or match.group(2) in _LABEL_EXEMPT:
        return False
    before = match.group(1)
    return before is not None and before not in ".!?:\n\"“"


#: Ages: "a 10-year-old", "Brian Harleman, 43, shot ...", "Girl, 17, who was shot".
_AGE_AFTER = re.compile(r"[- ](?:years?|yrs?)[- ]old\b", re.IGNORECASE)
_AGE_APPOSITION = re.compile(r"[A-Z][\w'’.-]*,\s*$")
#: A list of ages: "Victims ages 19, 22 and 25 wounded", "ranging in age from 18 to 45".
_AGE_LIST_BEFORE = re.compile(r"\b(?:ages?|aged)\s+(?:(?:from\s+)?\d{1,3},?\s+)*(?:(?:and|to|or|through)\s+)?$",
                              re.IGNORECASE)


def _not_a_count(text: str, start: int, end: int, token: str, value: int, qualified: bool) -> bool:
    """Context filters that turn a number token into a non-count (see module docstring)."""
    if _NOT_COUNT_AFTER.match(text, end) or _MONTH_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _AGE_AFTER.match(text, end) or (token.isdigit() and value < 120 and text[end:end + 1] == ","
                                       and _AGE_APPOSITION.search(text, max(0, start - 40), start)):
        return True
    if token.isdigit() and value < 120 and _AGE_LIST_BEFORE.search(text, max(0, start - 40), start):
        return True
    bare_digits = token.isdigit()
    if bare_digits and len(token) in (3, 4) and _CLOCK_HOURS_AFTER.match(text, end):
        return True
    if bare_digits and len(token) == 4 and 1000 <= value <= 2099 and _unit_hint(text, end) not in COUNT_NOUNS:
        return True
    if not qualified and token.lower() == "one" and (
        _PRONOUN_ONE_BEFORE.search(text, max(0, start - 8), start) or _PRONOUN_ONE_AFTER.match(text, end)
    ):
        return True
    return not qualified and _is_label(text, start)


def _vague_mention(text: str, match: re.Match[str]) -> CountRange:
    """Interval for "dozens", "thousands", "several hundred", ..."""
    matched = match.group(0)
    if match.group("vague"):
        floor = _VAGUE[" ".join(match.group("vague").lower().split())]
        return CountRange(low=floor, high=None, best=None, qualifier="vague", text=matched)
    scale = _number_value("one " + " ".join(match.group("vscale").lower().split()))
    assert scale is not None  # "one hundred", "one thousand", ...: the pattern admits only scale words
    factor = _VAGUE_MODIFIERS[" ".join(match.group("vmod").lower().split())]
    return CountRange(low=factor * scale, high=9 * scale, best=None, qualifier="vague", text=matched)


def find_numbers(text: str) -> list[NumberMention]:
    """All counts in running text, qualifiers included in the span, non-counts skipped."""
    mentions: list[NumberMention] = []
    pos = 0
    while (match := _COUNT_RE.search(text, pos)) is not None:
        pos = match.end()
        if match.group("vague") or match.group("vmod"):
            count = _vague_mention(text, match)
            mentions.append(NumberMention(span=make_span(text, match.start(), match.end()), count=count,
                                          unit_hint=_unit_hint(text, match.end())))
            continue
        if match.group("b1"):
            low, high = _number_value(match.group("b1")), _number_value(match.group("b2"))
            if low is not None and high is not None and high > low:
                span = make_span(text, match.start(), match.end())
                count = CountRange(low=low, high=high, best=None, qualifier="range", text=span.text)
                mentions.append(NumberMention(span=span, count=count, unit_hint=_unit_hint(text, span.end)))
            else:
                pos = match.start("b1")  # let the plain pattern look at each number alone
            continue
        mention = _single_or_range(text, match)
        if mention is None:
            continue
        if mention.span.end < match.end():
            pos = mention.span.end
        mentions.append(mention)
    return mentions


def _single_or_range(text: str, match: re.Match[str]) -> NumberMention | None:
    """Interpret a qualifier + number (+ range end / suffix) match, or None if not a count."""
    token = match.group("n1")
    value = _number_value(token)
    qual_text = match.group("qual")
    if value is None or _not_a_count(text, match.start("n1"), match.end("n1"), token, value, qual_text is not None):
        return None
    start = match.start()
    n2 = match.group("n2")
    if n2 is not None:
        high = _number_value(n2)
        if high is not None and high > value and not _not_a_count(text, match.start("n2"), match.end("n2"), n2, high, True):
            end = match.end("n2")
            count = CountRange(low=value, high=high, best=None, qualifier="range", text=text[start:end])
            return NumberMention(span=make_span(text, start, end), count=count, unit_hint=_unit_hint(text, end))
        end = match.end("n1")
    else:
        end = match.end()
    suffix = (match.group("sfx") or "").split()[-1:] if n2 is None else []
    kind = _QUALIFIERS[" ".join(qual_text.lower().split())] if qual_text else "exact"
    if suffix == ["more"] and kind == "exact":
        kind = "at_least"
    elif suffix == ["so"] and kind == "exact":
        kind = "about"
    elif suffix:
        end = match.end("n1")
    span = make_span(text, start, end)
    return NumberMention(span=span, count=_range_for(kind, value, span.text), unit_hint=_unit_hint(text, end))


def parse_count(text: str) -> CountRange | None:
    """Normalise a count phrase copied by the model; None for fractions and non-counts."""
    mentions = find_numbers(text.strip())
    return mentions[0].count if mentions else None
