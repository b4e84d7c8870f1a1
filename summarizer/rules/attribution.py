"""Who says what: attribution phrases and the sentences they govern.

News copy attributes claims with a handful of constructions; each is found
inside its sentence so a caller can attach a claim in that sentence to its
source:

* "according to X" - X runs to the next clause punctuation (max 8 words).
* "X said / told / reported / announced / claimed / ..." - X is the noun
  phrase right before the cue (auxiliaries such as "has"/"also" skipped):
  capitalised words, dotted abbreviations, a small vocabulary of source
  nouns and modifiers ("state media", "his spokesman", "two diplomatic
  sources"), or a pronoun; "of/in/from/for/at" may link two such parts
  ("the Ministry of Defense of Azerbaijan", "forces in Nagorno-Karabakh"); a possessive belongs to it
  ("the medical examiner's office"), a day between it and the cue does not ("Police on Thursday
  announced"), and "reports" or "claims" before a verb is the noun ("Initial reports indicated").
  In "X, <appositive>, said" the subject is the
  part naming a person ("Ruben Vardanyan, a former official, told Reuters"
  -> "Ruben Vardanyan"; "Kremlin spokesman, Dmitry Peskov, said" -> "Dmitry
  Peskov").
* Inversion after a quote or comma: '..." said a triumphant Aliyev' - the
  source runs to the last capitalised word or source noun.

A phrase whose would-be source is only a demonym ("Armenian claims") is a
noun, not an attribution, and is skipped. Leading articles are dropped from
``source``; ``span`` covers source and cue.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from summarizer.rules.gazetteer import is_demonym
from summarizer.rules.lexicon import AGENCY_TAG, MONTH_ABBREVIATIONS, WEEKDAYS
from summarizer.rules.spans import Span, make_span


class Attribution(BaseModel):
    """One attribution: its source, cue word, the phrase span and its sentence."""

    source: str
    cue: str
    span: Span
    sentence: Span


_CUES = [
    "said", "says", "told", "tells", "reported", "reports", "announced", "announces", "claimed", "claims",
    "say", "stated", "added", "adds", "confirmed", "confirms", "denied", "denies", "warned", "warns", "wrote",
    "writes", "tweeted", "insisted", "insists", "accused", "alleged",
]
_INVERTIBLE = frozenset([
    "said", "says", "added", "adds", "wrote", "reported", "announced", "stated", "claimed", "told",
])
#: Cue words that are also plural nouns: "Initial reports indicated", "The claims said".
_NOUN_CUES = frozenset(["reports", "claims"])
#: A verb right after such a word makes it the subject, not the cue.
_VERB_AFTER_NOUN_CUE = re.compile(
    rf"\s+(?:{'|'.join(_CUES)}|indicated?|indicates|suggest(?:s|ed)?|show(?:s|ed)?|were|are|was|is)\b",
    re.IGNORECASE)
#: When, between a source and its cue: "Police on Thursday announced", "Officials late Monday said".
_WHEN_BEFORE_CUE = frozenset([*(day.lower() for day in WEEKDAYS), "yesterday", "today", "tonight", "morning",
                              "afternoon", "evening", "night", "overnight", "week", "weekend"])
_WHEN_LEADS = frozenset(["on", "late", "early", "last", "this", "earlier"])
_CUE_RE = re.compile(rf"\b(?:according\s+to|{'|'.join(_CUES)})\b", re.IGNORECASE)
_SKIP_BEFORE_CUE = frozenset(
    [
        "has", "have", "had", "also", "later", "earlier", "previously", "further", "then", "reportedly",
        "separately", "again", "once", "had", "already", "repeatedly", "publicly", "officially",
    ]
)
_WHEN_LEADS_OR_SKIPPED = _WHEN_LEADS | _SKIP_BEFORE_CUE  # "Police also on Thursday said"
_SOURCE_NOUNS = frozenset(
    [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "minister",
        "ministry", "ministries", "media", "agency", "agencies", "statement", "office", "authorities",
        "authority", "government", "military", "army", "police", "source", "sources", "witnesses",
        "witness", "residents", "diplomats", "diplomat", "president", "leader", "leaders", "separatists",
        "forces", "analysts", "experts", "observers", "commander", "commanders", "council", "department",
        "service", "press", "news", "newspaper", "channel", "broadcaster", "outlet", "state", "local",
        "defense", "defence", "foreign", "presidential", "diplomatic", "senior", "top", "former",
        "security", "parliament", "side", "rebels", "activists", "monitor", "group", "organization",
        "organisation", "administration", "separatist", "ethnic", "regional", "national", "federal",
        "interior", "officer", "officers", "prosecutor", "prosecutors", "mission", "embassy", "envoy",
        "ambassador", "representatives", "representative", "lawmakers", "legislators", "staff", "aide",
        "aides", "adviser", "advisers", "advisor", "general", "two", "three", "four", "several", "some",
        "many", "company", "firm", "operator", "airline", "utility", "hospital", "hospitals", "doctors",
        "medics", "coroner", "rescuers", "firefighters", "fire", "court", "judge", "school", "university",
        "sheriff", "deputy", "deputies", "detective", "detectives", "investigator", "investigators", "examiner",
        "medical", "county", "reports", "western", "eastern", "northern", "southern", "central",
    ]
)
_DETERMINERS = frozenset([
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
])
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i"])
_ARTICLES = frozenset(["the", "a", "an"])
_NP_LINKS = frozenset(["of", "in", "from", "for", "at"])  # "forces in Nagorno-Karabakh", "Ministry of Defense"
_CLAUSE_STOP = frozenset([
    "in", "on", "at", "by", "with", "that", "which", "who", "to", "of", "and", "or", "but", "while", "as",
    "from", "for",
])
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W_][\w’'-]*|[^\w\s]")
_MAX_SOURCE_WORDS = 8

#: A sentence ends at . ! or ? before a space, at a line break, or glued to the next sentence as
#: scraped pages often print it ("in southeast Houston.Police say ...").
_BOUNDARY_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)|\n|(?<=[a-z]{2})[.!?]+(?=[A-Z][a-z])")
_NEXT_START_RE = re.compile(r"\s+[\"“‘'(\[]?[A-Z0-9]")
_ABBREVIATION_RE = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|ST|Ft|FT|Mt|MT|Gen|Col|Sen|Rep|Gov|Lt|Sgt|Capt|Jr|Sr|No|"
    + "|".join(MONTH_ABBREVIATIONS) + r"|[ap]\.m|vs|etc))\.$"
)

#: "... at about 3 p.m. He died at the scene.": a clock time ends its sentence before a word that
#: only opens one (a pronoun, an article, "Police"), not before a day ("3 p.m. Sunday") or a zone.
_CLOCK_END_RE = re.compile(r"\b[ap]\.m\.$")
_OPENER_RE = re.compile(r"\s+(?:He|She|They|It|We|I|The|A|An|His|Her|Their|This|That|Police|Officers|Authorities"
                        r"|Investigators|Witnesses|Both|No|There)\b")
#: A news agency's tag and the dash that open a story after its dateline: " (KATC) -", " (AP) —".
_AGENCY_DASH_RE = re.compile(rf"\s*{AGENCY_TAG}\s*[—–-]")


def sentence_spans(text: str) -> list[Span]:
    """Sentences (and lines) of ``text``; abbreviations such as "U.S." or "Mr." do not end one."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        if m.group() != "\n":
            glued = m.end() < len(text) and not text[m.end()].isspace()
            if not glued and not _NEXT_START_RE.match(text, m.end()):
                continue
            if m.group() == "." and _AGENCY_DASH_RE.match(text, m.end()):
                continue  # a dateline's state: "LAFAYETTE, La. (KATC) - Opelousas police ..."
            if m.group() == "." and _ABBREVIATION_RE.search(text, max(0, m.start() - 6), m.end()) \
                    and not (_CLOCK_END_RE.search(text, max(0, m.start() - 4), m.end())
                             and _OPENER_RE.match(text, m.end())):
                continue
        _append_trimmed(spans, text, start, m.end())
        start = m.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(make_span(text, start, end))


def _is_np_word(word: str) -> bool:
    return word[0].isupper() or word.lower() in _SOURCE_NOUNS


def _np_before(tokens: list[re.Match[str]]) -> tuple[int, int] | None:
    """Noun phrase ending the token list (read backwards); (start, end) offsets or None."""
    chosen: list[re.Match[str]] = []
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        lowered = word.lower()
        if not chosen and lowered in _PRONOUNS:
            return tokens[i].start(), tokens[i].end()
        if len(chosen) >= _MAX_SOURCE_WORDS or not word[0].isalnum():
            break
        possessive = bool(chosen) and lowered.endswith(("’s", "'s"))  # "the medical examiner’s office"
        if _is_np_word(word) or possessive \
                or chosen and lowered in _NP_LINKS and i > 0 and _is_np_word(tokens[i - 1].group()):
            chosen.append(tokens[i])
        else:
            if chosen and lowered in _DETERMINERS:
                chosen.append(tokens[i])
            break
    if not chosen:
        return None
    return chosen[-1].start(), chosen[0].end()


def _all_capitalised(tokens: list[re.Match[str]]) -> bool:
    words = [t.group() for t in tokens if t.group()[0].isalnum()]
    return bool(words) and all(w[0].isupper() for w in words)


def _source_before(text: str, sentence: Span, cue_start: int) -> tuple[int, int] | None:
    """Subject of "X said": the noun phrase before the cue, appositives resolved."""
    tokens = list(_TOKEN_RE.finditer(text, sentence.start, cue_start))
    while tokens and tokens[-1].group().lower() in _SKIP_BEFORE_CUE:
        tokens.pop()
    if tokens and tokens[-1].group().lower() in _WHEN_BEFORE_CUE:
        while tokens and tokens[-1].group().lower() in _WHEN_BEFORE_CUE:
            tokens.pop()
        while tokens and tokens[-1].group().lower() in _WHEN_LEADS_OR_SKIPPED:
            tokens.pop()
    if tokens and tokens[-1].group() == ",":
        commas = [i for i, t in enumerate(tokens[:-1]) if t.group() == ","]
        if not commas:
            return None
        appositive = tokens[commas[-1] + 1:-1]
        if _all_capitalised(appositive):
            return _np_before(appositive)
        return _np_before(tokens[:commas[-1]])
    return _np_before(tokens)


def _abbreviation_dot(text: str, chosen: list[re.Match[str]], tok: re.Match[str]) -> bool:
    """``tok`` is the dot of an abbreviation or initial ending the last chosen word ("Sgt.", "M.")."""
    return tok.group() == "." and bool(chosen) \
        and _ABBREVIATION_RE.search(text[chosen[-1].start():tok.end()]) is not None


def _source_after(text: str, sentence: Span, cue_end: int) -> tuple[int, int] | None:
    """Source of an inverted attribution ('..." said a triumphant Aliyev in ...')."""
    chosen: list[re.Match[str]] = []
    for tok in _TOKEN_RE.finditer(text, cue_end, sentence.end):
        word = tok.group()
        if _abbreviation_dot(text, chosen, tok):
            continue  # "said Sgt. Jane Doe": the rank's dot does not end the name
        if not word[0].isalnum() or word.lower() in _CLAUSE_STOP or len(chosen) >= 5:
            break
        chosen.append(tok)
    while chosen and not _is_np_word(chosen[-1].group()):
        chosen.pop()
    if not chosen:
        return None
    return chosen[0].start(), chosen[-1].end()


def _according_to(text: str, sentence: Span, cue_end: int) -> tuple[int, int] | None:
    """Source after "according to": up to clause punctuation or a clause-opening word."""
    chosen: list[re.Match[str]] = []
    for tok in _TOKEN_RE.finditer(text, cue_end, sentence.end):
        word = tok.group()
        if _abbreviation_dot(text, chosen, tok):
            continue  # "according to spokeswoman Sonya M. Toler": the initial's dot does not end the name
        if not word[0].isalnum() or word.lower() in {"and", "but", "while", "which", "who", "that"} \
                or len(chosen) >= _MAX_SOURCE_WORDS:
            break
        chosen.append(tok)
    if not chosen:
        return None
    return chosen[0].start(), chosen[-1].end()


def _source_text(text: str, start: int, end: int) -> str:
    """Source without a leading article or trailing punctuation."""
    words = text[start:end].split()
    if len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words).strip(" ,")


def _preceded_by_quote_or_comma(text: str, sentence: Span, cue_start: int) -> bool:
    before = text[sentence.start:cue_start].rstrip()
    return bool(before) and before[-1] in ",”\"'’"


def find_attributions(text: str) -> list[Attribution]:
    """All attribution phrases in ``text`` with their sources and sentences."""
    found: list[Attribution] = []
    for sentence in sentence_spans(text):
        for cue in _CUE_RE.finditer(text, sentence.start, sentence.end):
            cue_word = " ".join(cue.group().lower().split())
            if cue_word == "according to":
                bounds = _according_to(text, sentence, cue.end())
                span_bounds = (cue.start(), bounds[1]) if bounds else None
            elif not cue.group()[0].islower():
                continue  # "Said" opening a sentence or a name, not a reporting verb
            elif cue_word in _NOUN_CUES and _VERB_AFTER_NOUN_CUE.match(text, cue.end()):
                continue  # "Initial reports indicated": the noun, not the verb
            elif (bounds := _source_before(text, sentence, cue.start())) is not None:
                span_bounds = (bounds[0], cue.end())
            elif cue_word in _INVERTIBLE and _preceded_by_quote_or_comma(text, sentence, cue.start()):
                bounds = _source_after(text, sentence, cue.end())
                span_bounds = (cue.start(), bounds[1]) if bounds else None
            else:
                continue
            if bounds is None or span_bounds is None:
                continue
            source = _source_text(text, *bounds)
            if not source or is_demonym(source):
                continue
            found.append(Attribution(source=source, cue=cue_word, span=make_span(text, *span_bounds),
                                     sentence=sentence))
    return found
