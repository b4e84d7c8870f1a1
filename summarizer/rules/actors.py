"""Actors: canonical names, same-entity tests and actor mentions in text.

``canonical_actor`` maps aliases ("U.N." -> "United Nations"), metonyms
("Kremlin" -> "Russia"), capitals used as actors ("Baku" -> "Azerbaijan", the
usual journalistic metonymy) and titled names ("Armenian Prime Minister Nikol
Pashinyan" -> "Nikol Pashinyan"). ``same_entity`` additionally treats two
person names as one person when their surnames, after rough transliteration
folding (sh->s, kh->k, y->i, doubled letters collapsed, ...), have a rapidfuzz
ratio >= 80 and, when both give a first name, the first names' initials agree:
"Nicole Pasinian" == "Nikol Pashinyan", "Putin" != "Pashinyan".

The alias, metonym, capital and people tables are part of the gazetteer's
index (:mod:`summarizer.rules.gazetteer`), built once per process.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from summarizer.rules.gazetteer import _index, clean_name, fold, lookup_place
from summarizer.rules.lexicon import EDGE_WORDS
from summarizer.rules.spans import Span, make_span

_SURNAME_CUTOFF = 80
_FIRST_NAME_CUTOFF = 60

_TRANSLIT_RULES = (("shch", "s"), ("sch", "s"), ("sh", "s"), ("zh", "z"), ("kh", "k"), ("ch", "c"),
                   ("ph", "f"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("ck", "k"), ("c", "k"), ("q", "k"),
                   ("x", "k"), ("w", "v"), ("y", "i"), ("j", "i"), ("ou", "u"))
_DOUBLE_LETTER = re.compile(r"(.)\1+")


def _translit(name: str) -> str:
    """Rough transliteration folding so "Pashinyan", "Pasinian", "Pashinian" coincide."""
    key = fold(name).replace("'", "")
    for old, new in _TRANSLIT_RULES:
        key = key.replace(old, new)
    return _DOUBLE_LETTER.sub(r"\1", key)


_TITLE_RE = re.compile(
    r"\b(?:(?:Deputy\s+|Vice[- ])?(?:Prime\s+Minister|President|Premier|Chancellor|Secretary[- ]General"
    r"|Secretary\s+of\s+State|(?:Foreign|Defen[cs]e|Interior|Finance)\s+Minister|Minister|Secretary"
    r"|Spokes(?:man|woman|person)|Ambassador|Envoy|Governor|Mayor|Speaker|Chairman|Chairwoman|Commander"
    r"|General|Gen\.|Colonel|Col\.|Senator|Sen\.|King|Queen|Prince|Sheikh|Ayatollah|Mr\.?|Mrs\.?|Ms\.?|Dr\.?))"
    r"(?:\s+of\s+[A-Z][\w-]*)?[\s,]+",
    re.IGNORECASE,
)
_ORG_WORDS = frozenset(
    [
        "ministry", "council", "department", "office", "forces", "army", "government", "committee",
        "agency", "party", "union", "organization", "organisation", "nations", "assembly", "parliament",
        "court", "police", "service", "media", "news", "press", "bank", "fund", "group", "company",
        "corporation", "inc", "ltd", "university", "institute", "commission", "authority", "authorities",
        "front", "movement", "brigade", "battalion", "guard", "navy", "republic", "state", "states",
        "kingdom", "federation", "house", "palace", "times", "post", "network", "association", "alliance",
        "coalition", "administration", "embassy", "contingent", "peacekeepers", "military",
    ]
)
_PARTICLES = frozenset(["al", "el", "bin", "ibn", "de", "da", "di", "du", "van", "von", "der", "la", "le"])


def _strip_title(name: str) -> str:
    """Drop a leading role ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov") if a name follows."""
    rest = name
    for m in _TITLE_RE.finditer(name):
        tail = name[m.end():].strip(" ,")
        if tail and tail[0].isupper():
            rest = tail
    return rest


def _person_tokens(name: str) -> list[str] | None:
    """Name tokens if ``name`` looks like a person's name, else None."""
    tokens = name.replace(",", " ").split()
    if not 1 <= len(tokens) <= 4:
        return None
    for token in tokens:
        if token.lower() in _ORG_WORDS or token.isupper() and len(token) > 1:
            return None
        if not token[0].isupper() and token.lower().split("-")[0] not in _PARTICLES:
            return None
    if lookup_place(name, fuzzy=False) is not None:
        return None
    return tokens


def _same_person(a: list[str], b: list[str]) -> bool:
    """Surname ratio >= 80 after transliteration folding, and compatible first names.

    First names are compatible when either is missing, when one is an initial
    with the same letter, or when both are full names with the same initial
    and a folded ratio >= 60 ("Nikol"/"Nicole", "Vladimir"/"Volodymyr", but
    not "John"/"Jane").
    """
    last_a, last_b = _translit(a[-1]), _translit(b[-1])
    if min(len(last_a), len(last_b)) < 3:
        same_surname = last_a == last_b
    else:
        same_surname = fuzz.ratio(last_a, last_b) >= _SURNAME_CUTOFF
    if not same_surname:
        return False
    if len(a) < 2 or len(b) < 2:
        return True
    first_a, first_b = _translit(a[0].rstrip(".")), _translit(b[0].rstrip("."))
    if first_a[:1] != first_b[:1]:
        return False
    return min(len(first_a), len(first_b)) == 1 or fuzz.ratio(first_a, first_b) >= _FIRST_NAME_CUTOFF


def known_actor(name: str) -> bool:
    """True for an actor the tables know: a country or its people, an organisation, a known person."""
    index = _index()
    cleaned = clean_name(name)
    return any(fold(c) in index.actors for c in (cleaned, _strip_title(cleaned))) or \
        _strip_title(cleaned) in index.known_people


def canonical_actor(name: str) -> str:
    """Canonical name of an actor: alias/metonym/capital resolution, titles dropped, known people matched."""
    index = _index()
    cleaned = clean_name(name)
    for candidate in dict.fromkeys([cleaned, _strip_title(cleaned)]):
        canonical = index.actors.get(fold(candidate))
        if canonical is not None:
            return canonical
    person = _strip_title(cleaned)
    tokens = _person_tokens(person)
    if tokens is not None:
        for known in index.known_people:
            if _same_person(tokens, known.split()):
                return known
    return person


def same_entity(a: str, b: str) -> bool:
    """True when two actor names denote the same entity (aliases, metonyms, fuzzy person names)."""
    ca, cb = canonical_actor(a), canonical_actor(b)
    if fold(ca) == fold(cb):
        return True
    ta, tb = _person_tokens(ca), _person_tokens(cb)
    return ta is not None and tb is not None and _same_person(ta, tb)


_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][^\W_]*(?:[-'][^\W\d_]+)*)"
_ACTOR_RUN = re.compile(rf"(?<![\w.]){_CAP}(?:[ \t]+(?:(?:of|the|for|de|al|bin|van|von|der|du|la)[ \t]+)*{_CAP})*")


def _trim_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop function/date words at either edge of a capitalised run and a trailing possessive."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    while words and text[words[0][0]:words[0][1]] in EDGE_WORDS:
        words.pop(0)
    while words and text[words[-1][0]:words[-1][1]] in EDGE_WORDS | {"of", "the", "for"}:
        words.pop()
    if not words:
        return None
    s, e = words[0][0], words[-1][1]
    if text[e - 2:e] in ("'s",):
        e -= 2
    return s, e


def find_actor_mentions(text: str) -> list[Span]:
    """Candidate actor names: capitalised runs ("Prime Minister Nikol Pashinyan", "CSTO") plus alias hits."""
    index = _index()
    seen: set[tuple[int, int]] = set()
    for m in _ACTOR_RUN.finditer(text):
        trimmed = _trim_run(text, m.start(), m.end())
        if trimmed is not None:
            seen.add(trimmed)
    for m in index.actor_alias_re.finditer(text):
        seen.add((m.start(), m.end()))
    return [make_span(text, s, e) for s, e in sorted(seen)]
