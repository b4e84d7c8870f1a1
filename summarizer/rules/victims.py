"""Casualty claims that carry no numeral: "a man was shot and killed", "she died at the hospital".

:mod:`summarizer.rules.casualties` finds counts ("27 dead", "two others were wounded"). Local
news mostly counts one victim at a time, without a number: a singular person as the subject of
a casualty verb in the same clause. Each such clause is a claim of one person, with the kind
its verb says:

* killed: "shot and killed", "shot dead", "fatally shot/wounded/injured/struck", "killed",
  "slain", "murdered", "pronounced dead", "found dead", "died", "succumbed";
* injured: "shot" (not fatally), "wounded", "injured", "hurt", "grazed", "hospitalized",
  "suffered ... wounds/injuries".

and "N were shot, M fatally" / "N shot, M of them fatally" splits into M killed and N - M
injured, because a person counted as killed is not also counted as injured (the usual
convention of casualty datasets).
"""

from __future__ import annotations

import re

from summarizer.rules.attribution import find_attributions, sentence_spans
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.numbers import CountRange, NumberMention, parse_count
from summarizer.rules.spans import Span, make_span

_PERSON = (r"(?:man|woman|boy|girl|teen|teenager|person|child|toddler|infant|baby|victim|officer|deputy|trooper|"
           r"student|driver|passenger|resident|mother|father|son|daughter|brother|sister|husband|wife|"
           r"grandmother|grandfather|suspect|gunman|shooter|bystander|pedestrian|customer|clerk|guard|worker|"
           r"employee|youth|juvenile|male|female|soldier|civilian)")
_ONE = (rf"(?i:a|an|one|another)\s+(?:(?i:\d{{1,3}}-year-old|[a-z]+-year-old)\s+|[a-z][a-z-]{{1,14}}\s+){{0,2}}"
        rf"(?i:{_PERSON})")
#: A headline's bare subject: "Teen fatally shot ...", "Girl, 17, who was shot dead ...".
_HEADLINE_SUBJECT = re.compile(rf"^{_PERSON}(?:,\s\d{{1,3}},)?(?=\s)", re.IGNORECASE)
#: "a man and his daughter", "a woman and her 5-year-old son": two victims in one subject.
_PAIR = re.compile(rf"\b{_ONE}\s+and\s+(?i:his|her|their|a|an|another|one)\s+(?:[\w-]+\s+)?(?i:{_PERSON})\b")
_SUBJECT = re.compile(
    rf"\b(?:{_ONE}|(?i:a|an)\s+\d{{1,3}}-year-old)\b"
    rf"|(?<![\w.])[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z'-]+,\s(?:\d{{1,3}}|[a-z]+-year-old),",
)
_KILLED = re.compile(
    r"^(?:[^.;:,]{0,40}?\b(?:was|were|has been|have been|had been|is|are|got)\s+(?:\w+\s+){0,2}?)?"
    r"(?:shot\s+(?:and\s+)?killed|shot\s+to\s+death|shot\s+dead|fatally\s+(?:shot|wounded|injured|struck|stabbed)"
    r"|killed|slain|murdered|pronounced\s+dead|found\s+dead|declared\s+dead)\b"
    r"|^[^.;:]{0,60}?\b(?:died|succumbed)\b",
    re.IGNORECASE)
_INJURED = re.compile(
    r"^[^.;:,]{0,40}?\b(?:was|has been|had been|is|got|were)\s+(?:\w+\s+){0,2}?"
    r"(?:shot|wounded|injured|hurt|grazed|hospitalized|hospitalised|struck)\b"
    r"|^[^.;:,]{0,40}?\bsuffered\s+(?:[\w-]+\s+){0,4}?(?:wounds?|injuries|injury)\b",
    re.IGNORECASE)
_SPLIT = re.compile(
    r"\b(?P<n>[\w-]+)\s+(?:(?:people|persons|men|women|teens|teenagers|children|others|victims)\s+)?"
    r"(?:were|was|have been|had been)?\s*shot\b[^.;]{0,40}?,?\s+(?:and\s+)?(?P<m>[\w-]+)\s+(?:of\s+them\s+)?"
    r"(?:fatally|died|was killed|were killed|killed)",
    re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|no one|nobody|none)\b", re.IGNORECASE)


def _one(text: str, span: Span) -> NumberMention:
    return NumberMention(span=span, count=CountRange(low=1, high=1, best=1, qualifier="exact", text=span.text),
                         unit_hint=None)


def _counted(text: str, start: int, end: int, value: int) -> NumberMention:
    span = make_span(text, start, end)
    return NumberMention(span=span, count=CountRange(low=value, high=value, best=value, qualifier="exact",
                                                     text=span.text), unit_hint=None)


def _source(sentence: Span) -> str | None:
    sources = [a.source for a in find_attributions(sentence.text) if a.source.lower() not in {"he", "she", "they", "it"}]
    return sources[0] if sources else None


def find_splits(text: str) -> list[CasualtyMention]:
    """ "N were shot, M fatally": M killed and N - M injured, one pair per sentence."""
    found: list[CasualtyMention] = []
    for sentence in sentence_spans(text):
        split = _SPLIT.search(sentence.text)
        if split is None:
            continue
        shot, fatal = (parse_count(split.group(g)) for g in ("n", "m"))
        if not (shot and fatal and shot.best is not None and fatal.best is not None and shot.best >= fatal.best):
            continue
        base, claimed_by = sentence.start, _source(sentence)
        found.append(CasualtyMention(kind="killed", number=_counted(text, base + split.start("m"), base + split.end("m"),
                                                                    fatal.best),
                                     civilians=False, claimed_by=claimed_by, sentence=sentence))
        if shot.best > fatal.best:
            found.append(CasualtyMention(kind="injured", number=_counted(text, base + split.start("n"),
                                                                         base + split.end("n"), shot.best - fatal.best),
                                         civilians=False, claimed_by=claimed_by, sentence=sentence))
    return found


def find_single_victims(text: str) -> list[CasualtyMention]:
    """One victim (two for "a man and his daughter") per singular subject of a casualty verb."""
    found: list[CasualtyMention] = []
    for sentence in sentence_spans(text):
        claimed_by = _source(sentence)
        pairs = list(_PAIR.finditer(sentence.text))
        singles = [m for m in _SUBJECT.finditer(sentence.text) if not any(p.start() <= m.start() < p.end() for p in pairs)]
        headline = _HEADLINE_SUBJECT.match(sentence.text)
        for subject in [*pairs, *singles, *([headline] if headline and not pairs and not singles else [])]:
            after = sentence.text[subject.end():].lstrip(" ,")
            if _NEGATED.search(after[:25]):
                continue
            kind = "killed" if _KILLED.search(after) else "injured" if _INJURED.search(after) else None
            if kind is None:
                continue
            start, end = sentence.start + subject.start(), sentence.start + subject.end()
            number = _counted(text, start, end, 2) if subject.re is _PAIR else _one(text, make_span(text, start, end))
            found.append(CasualtyMention(kind=kind, number=number, civilians=False,
                                         claimed_by=claimed_by, sentence=sentence))
    return found


def find_victims(text: str) -> list[CasualtyMention]:
    """Every claim this module reads: splits and single victims, in text order."""
    return sorted([*find_splits(text), *find_single_victims(text)], key=lambda m: m.number.span.start)
