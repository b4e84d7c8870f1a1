"""Cross-article merge: cluster event records into stories and reconcile them field by field.

``merge(records, articles)`` is pure: the same records (in any order) and article texts give the
same :class:`~summarizer.summary.Summary` (``generated_at`` aside, which the caller may fix).

**Units.** Records are first grouped per article: an article usually reports one story, so its
records form one *unit* whether they describe the offensive, the ceasefire that ended it or the
talks that followed. Records the article dates outside its own "now" are *background* (the
"2020 war" in a 2023 report) and become separate units, chained by date. "Now" is the
publication window (``RECENT_DAYS`` before publication to ``DATE_WINDOW_DAYS`` after) or, for
an undated article, its era from :func:`estimate_year`; in an undated article that dates its
current events by weekday ("on Tuesday"), month- or year-precision records ("in 2020") are
background too, because that is how news copy dates past events.

**Clustering.** Units are blocked on inverted indexes of *anchor* (place, actor, country) x
*time bucket* (week for dated units, day for broad anchors, year for era-only units, anchor
pairs for units with no time at all), each block capped at ``MAX_BLOCK_SIZE`` units nearest in
time, so no pass is quadratic in the input (see :func:`_candidate_pairs`). Candidate pairs
are vetoed when their dates cannot belong to one story or their countries are disjoint, and
otherwise scored (:data:`WEIGHTS`: actors, place, time, type, summary). Pairs at or above
``MATCH_THRESHOLD`` are merged greedily, best first, with a union-find whose clusters keep
their date envelope and era: a merge that would make a cluster span more than
``MAX_STORY_SPAN_DAYS`` or leave its eras without overlap is refused and recorded as
``kept_apart``. So an undated report that fits two look-alike stories joins the better one and
cannot chain a 2021 clash onto a 2023 offensive. Syndicated copies are merged first.

**Reconciliation.** Per merged event: date and time ledgers per sub-event (EVENT_TYPE/mode),
the story's location, casualty counts per kind and scope, and actor entity groups, each value
with its sources. See :func:`_date_ledger`, :func:`_time_ledger`, :func:`_location_ledger`
and :func:`_count_ledger` for the rules.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import heapq
import itertools
import math
import re
import statistics
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, Protocol, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapidfuzz import fuzz

from summarizer.rules import (
    canonical_actor,
    find_dates,
    lookup_place,
    resolve_date_phrase,
    same_entity,
    sentence_spans,
)
from summarizer.rules.gazetteer import fold, is_demonym
from summarizer.schemas import EventRecord, Span
from summarizer.summary import (
    Candidate,
    CountCandidate,
    CountLedger,
    CountPoint,
    EntityGroup,
    FieldLedger,
    MergedEvent,
    MergeReason,
    SubEvent,
    Summary,
)

# --------------------------------------------------------------------------------------------
# Thresholds
# --------------------------------------------------------------------------------------------

#: Two dated units can be one story only if their dates are at most this many days apart:
#: an offensive, the ceasefire that ends it and the talks after it fall within a few days.
DATE_WINDOW_DAYS = 7
#: A merged story may span at most this many days (first to last dated record): riots after a
#: shooting can go on for two or three weeks; beyond that it is a different story.
MAX_STORY_SPAN_DAYS = 21
#: An undated record in a dated article is taken to be "now": at most this many days before
#: publication (news reports recent events), or ``DATE_WINDOW_DAYS`` after (announced talks).
RECENT_DAYS = 30
#: Weighted score (0..1) at which two units are merged. Place and time alone do not make one
#: story: with actors unknown (neutral), a pair at the same place and date needs the same event
#: type and similar wording too; with disjoint actors it needs all of those nearly perfect.
#: Different towns of one country on one day merge only when type and wording agree.
MATCH_THRESHOLD = 0.65
#: Score weights. Actors carry the most (who), then place, time (era/week) and summary wording,
#: then the event type (which still matters: a flood and a ceasefire in one city are two stories,
#: while an offensive and the ceasefire ending it share their actors).
WEIGHTS: dict[str, float] = {"actors": 0.25, "place": 0.2, "time": 0.2, "summary": 0.2, "type": 0.15}
#: Score of a component that cannot be judged (no actors, no place, no date on one side).
NEUTRAL = 0.5
#: At most this many units per block are compared with a probing unit (the nearest in time),
#: so one very common anchor (a country in every report) cannot make the pass quadratic.
MAX_BLOCK_SIZE = 64
#: A shared country (or a country as actor) only proposes candidates dated within this many
#: days: such blocks grow with the corpus, and reports of one story a few days apart share a
#: place or a person as well.
BROAD_ANCHOR_DAYS = 1
#: A unit without any date or era is matched on pairs of its this-many most specific anchors.
PAIR_ANCHORS = 4
#: Summaries compared per unit (the first ones by record id): bounds the fuzzy-matching cost.
SUMMARY_SAMPLES = 2
#: Actor names are compared with the gazetteer's ``same_entity`` only when the folded last
#: words have a rapidfuzz ratio of at least this (its own surname test needs 80 after
#: transliteration folding; raw variants such as "pasinian"/"pashinyan" score about 80).
SURNAME_PREFILTER = 60
#: Surname blocking key length (prefix and suffix) for actor entity resolution.
SURNAME_BLOCK_CHARS = 3
#: Syndication: articles whose 5-word shingle sets have a Jaccard similarity of at least 0.6
#: are copies of one report (wire copy with a different headline or footer).
SHINGLE_WORDS = 5
SYNDICATION_JACCARD = 0.6
#: Bottom-k sketch size for finding syndication candidates, and the largest sketch bucket that
#: is expanded (boilerplate shingles shared by many unrelated pages are skipped).
SKETCH_SIZE = 16
MAX_SKETCH_BUCKET = 50
#: An offset cue ("almost a year after ...") takes the year mentioned nearest to it, within
#: this many characters, as its reference.
ERA_CUE_WINDOW = 300
#: An era known only as a lower bound ("after 2020") is indexed for this many years.
MAX_ERA_YEARS = 5

#: Text rule (see :func:`_text_pairs`): two main units of different articles, at least one of
#: them without a day date, are merged when the IDF-weighted cosine of their articles' *name
#: terms* (capitalised words and multi-digit numbers: places, people, facilities, tolls,
#: magnitudes) reaches this. Undated reports of one incident share its rare names ("Wasilla",
#: "Kroon", "7.6"); look-alike incidents share only the generic ones ("Alaska", "Fire
#: Department"), which the IDF weighs down. Measured on the ECB+ dev set (25 documents): same
#: incident 0.21..0.83, look-alikes of one topic below 0.12, two riots in one capital two years
#: apart 0.15 (sharing only "Athens", "Prime Minister"): the margin below is thin.
TEXT_MATCH = 0.2
#: ... and they must share at least this many name terms that are rare in the corpus (document
#: frequency at most ``TEXT_MAX_DF``): one shared anchor such as a town name is not enough on
#: its own, a town and a person (or a facility and a toll) are.
TEXT_MIN_SHARED = 2
#: Name terms in more articles than this are not indexed (a country or a wire agency name):
#: they cannot propose candidates, so the text pass stays near-linear.
TEXT_MAX_DF = 50
#: Each unit proposes candidates through its this-many highest-weighted rare name terms.
TEXT_PROBE_TERMS = 8
#: Weekday veto (text rule): two reports whose named weekdays are all at least this many days
#: apart (circularly: Friday vs Tuesday is 3) describe different incidents; adjacent days
#: ("on Friday ... police said Saturday") are tolerated.
WEEKDAY_VETO_DAYS = 2

#: Event-type families: a shared type scores 1, a shared family 0.7, neither 0.4 (stories cross
#: families: an offensive and the ceasefire ending it are one story).
FAMILIES: dict[str, str] = {
    **dict.fromkeys(("ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"), "violence"),
    **dict.fromkeys(("AGREE", "CONSULT", "CONCEDE", "RETREAT", "COOPERATE", "AID"), "settlement"),
    **dict.fromkeys(("SUPPORT", "REQUEST", "ACCUSE", "REJECT"), "statement"),
    "PROTEST": "protest",
    "DISASTER": "disaster",
    "OTHER": "other",
}
_TYPE_SCORES = {"same_type": 1.0, "same_family": 0.7, "other": 0.4}
#: Time component: dated pairs score by their gap; an era-only side scores by what it knows.
_TIME_SCORES = {"weekday_match": 0.7, "bounded_era": 0.5, "open_era": 0.35}

_OPEN_END = dt.date.max.toordinal()
_STOPWORDS = frozenset(
    "a an the of in on at to for by with from and or as is are was were be been has have had its it "
    "their his her this that after before over into".split()
)
_WORD = re.compile(r"\w+")
_K = TypeVar("_K")
_Keyed = tuple[Candidate, Any]  # a candidate and its comparable key


# --------------------------------------------------------------------------------------------
# Eras of undated articles
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Era:
    """When an article was written, as far as the text tells.

    ``kind`` is ``published`` (from the publication date), ``offset`` (a point estimate from a
    cue such as "almost a year after the ... conflict ... in 2020") or ``lower_bound`` (only the
    latest year the text mentions: the article is from that year or later).
    """

    year: int
    kind: Literal["published", "offset", "lower_bound"]
    cue: str

    def interval(self) -> tuple[int, int]:
        """Ordinal day interval of the era (open-ended for a lower bound)."""
        start = dt.date(self.year, 1, 1).toordinal()
        end = _OPEN_END if self.kind == "lower_bound" else dt.date(self.year, 12, 31).toordinal()
        return start, end


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_OFFSET_CUE = re.compile(
    r"\b(?:(?:almost|nearly|about|around|some|more\s+than|over|just\s+over|less\s+than|barely)\s+)?"
    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:full\s+)?years?\s+"
    r"(?:after|since|following|on\s+from)\b",
    re.IGNORECASE,
)
_LAST_YEARS = re.compile(r"\blast\s+year['’]s\s+(?P<noun>[^\W\d_]{3,})", re.IGNORECASE)


def _year_mentions(text: str) -> list[tuple[int, int]]:
    """(character offset, year) of every explicit year in ``text`` (bare years and full dates)."""
    return [(m.span.start, m.value.year) for m in find_dates(text, None)
            if m.value is not None and m.precision in ("day", "month", "year")]


def estimate_year(text: str, published: dt.date | None = None) -> Era | None:
    """The year an article was written (see :class:`Era`), from its date or its own wording.

    Rules, in order:

    1. a publication date gives its year;
    2. "N years after/since ..." (also "almost a year after") adds N to the year mentioned
       nearest the cue (within ``ERA_CUE_WINDOW`` characters);
       "last year's <noun>" adds 1 to the latest year mentioned in a sentence naming that noun
       ("last year's war" + "In 2020 ... a war" -> 2021). Several cues vote; ties go to the later;
    3. otherwise the latest year mentioned is a lower bound ("after a war in 2020" -> 2020 or later).
    """
    if published is not None:
        return Era(published.year, "published", "publication date")
    years = _year_mentions(text)
    if not years:
        return None
    votes: Counter[int] = Counter()
    cues: dict[int, str] = {}
    for m in _OFFSET_CUE.finditer(text):
        raw = m.group("n").lower()
        offset = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        near = [(abs(pos - m.start()), year) for pos, year in years if abs(pos - m.start()) <= ERA_CUE_WINDOW]
        if near:
            year = min(near)[1] + offset
            votes[year] += 1
            cues.setdefault(year, m.group(0))
    sentences = [(s.start, s.end) for s in sentence_spans(text)]
    for m in _LAST_YEARS.finditer(text):
        noun = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.IGNORECASE)
        referenced = [year for pos, year in years for s, e in sentences
                      if s <= pos < e and not s <= m.start() < e and noun.search(text, s, e)]
        if referenced:
            year = max(referenced) + 1
            votes[year] += 1
            cues.setdefault(year, m.group(0))
    if votes:
        year = max(votes, key=lambda y: (votes[y], y))
        return Era(year, "offset", cues[year])
    latest = max(year for _, year in years)
    return Era(latest, "lower_bound", f"latest year mentioned: {latest}")


# --------------------------------------------------------------------------------------------
# Syndication
# --------------------------------------------------------------------------------------------


def _shingles(text: str) -> frozenset[int]:
    """Stable hashes of the normalised text's ``SHINGLE_WORDS``-word shingles."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode())
                     for i in range(len(words) - SHINGLE_WORDS + 1))


def syndication_groups(texts: Mapping[str, str]) -> list[list[str]]:
    """Groups (size >= 2) of near-duplicate articles: shingle Jaccard >= ``SYNDICATION_JACCARD``.

    Candidates come from bottom-k sketches (two texts with Jaccard J share their smallest
    shingle hash with probability J), so the pass is near-linear; each candidate pair is then
    confirmed with the exact Jaccard of the full shingle sets.
    """
    ids = sorted(texts)
    shingles = {aid: _shingles(texts[aid]) for aid in ids}
    buckets: dict[int, list[str]] = defaultdict(list)
    for aid in ids:
        for h in heapq.nsmallest(SKETCH_SIZE, shingles[aid]):
            buckets[h].append(aid)
    pairs = {(a, b) for members in buckets.values() if len(members) <= MAX_SKETCH_BUCKET
             for i, a in enumerate(members) for b in members[i + 1:]}
    parent = {aid: aid for aid in ids}
    for a, b in sorted(pairs):
        sa, sb = shingles[a], shingles[b]
        if len(sa & sb) >= SYNDICATION_JACCARD * len(sa | sb):
            ra, rb = _find(parent, a), _find(parent, b)
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in ids:
        groups[_find(parent, aid)].append(aid)
    return sorted(g for g in groups.values() if len(g) > 1)


def _find(parent: MutableMapping[_K, _K] | list[_K], x: _K) -> _K:
    """Union-find root with path halving (string-keyed for articles, index-keyed for units)."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


# --------------------------------------------------------------------------------------------
# Per-record features
# --------------------------------------------------------------------------------------------


class ArticleLike(Protocol):
    """What :func:`merge` reads from an article object (e.g. :class:`summarizer.articles.Article`)."""

    text: str
    published_at: dt.datetime | None


@dataclass
class _Rec:
    record: EventRecord
    article_id: str
    published: dt.datetime | None
    own: tuple[int, int] | None  # ordinal interval of the record's own date
    precise: bool  # own date is a day (not a month or year)
    recent: bool  # dated as current: weekday / relative phrase
    weekday: int | None  # weekday named but not resolved
    country: str | None
    place: str | None
    specificity: int  # 3 city/region, 2 admin1, 1 country, 0 unknown
    entities: list[tuple[str, str]]  # (surface name, entity id)
    sub_event: str


@lru_cache(maxsize=65536)
def _canonical(name: str) -> str:
    return canonical_actor(name)


_GENERIC_PLACE_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:breakaway|disputed|separatist)\s+)?|\s+(?:region|province|state|district|city|town|"
    r"village|area|county|municipality|governorate|oblast|prefecture|territory|enclave)$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _place(name: str) -> tuple[str, str | None, int] | None:
    """(canonical name, country code, specificity) of a place name, or None if unknown.

    A name the gazetteer does not know is retried without generic words around it
    ("the breakaway Nagorno-Karabakh region" -> "Nagorno-Karabakh").
    """
    place = lookup_place(name)
    if place is None and (bare := _GENERIC_PLACE_WORDS.sub("", name).strip()) and bare != name:
        place = lookup_place(bare)
    if place is None:
        return None
    return place.name, place.country_code, {"country": 1, "admin1": 2}.get(place.kind, 3)


@lru_cache(maxsize=65536)
def _same_entity(a: str, b: str) -> bool:
    """``same_entity``, memoised: the same names recur across events and reports."""
    return same_entity(a, b)


@lru_cache(maxsize=4096)
def _weekday_of(phrase: str) -> int | None:
    mention = resolve_date_phrase(phrase, None)
    return mention.weekday if mention is not None else None


def _own_interval(record: EventRecord) -> tuple[tuple[int, int] | None, bool]:
    """The record's date as an ordinal interval, and whether it is day-precise."""
    date = record.date
    if date.value is None:
        return None, False
    if date.precision == "month":
        first = date.value.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return (first.toordinal(), nxt.toordinal() - 1), False
    if date.precision == "year":
        return (dt.date(date.value.year, 1, 1).toordinal(), dt.date(date.value.year, 12, 31).toordinal()), False
    return (date.value.toordinal(), date.value.toordinal()), True


def _sub_event_key(record: EventRecord) -> str:
    mode = re.sub(r"[\s_-]+", "", fold(record.mode)) if record.mode else ""
    return f"{record.event_type}/{mode}" if mode else record.event_type


def _features(record: EventRecord, published: dt.datetime | None, entity_of: Mapping[str, str]) -> _Rec:
    own, precise = _own_interval(record)
    loc = record.location
    resolved = _place(loc.name) if loc.name else None
    country = loc.country_code or (resolved[1] if resolved else None)
    if country is None and loc.country:
        by_country = _place(loc.country)
        country = by_country[1] if by_country else None
    if resolved:
        place = resolved[0]
    else:
        place = (_GENERIC_PLACE_WORDS.sub("", loc.name).strip() or loc.name) if loc.name else None
    specificity = resolved[2] if resolved else (3 if loc.name else 1 if country else 0)
    weekday = None
    if record.date.value is None and record.date.text and record.date.precision == "weekday":
        weekday = _weekday_of(record.date.text)
    return _Rec(
        record=record, article_id=record.provenance.article_id, published=published, own=own,
        precise=precise, recent=record.date.precision in ("weekday", "relative"), weekday=weekday,
        country=country, place=place, specificity=specificity,
        entities=[(a.name, entity_of[a.canonical or _canonical(a.name)]) for a in record.actors],
        sub_event=_sub_event_key(record),
    )


_INITIAL_CLASSES = str.maketrans("cqyj", "kkii")


@lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


def _might_be_same(a: str, b: str) -> bool:
    """Cheap necessary condition for ``same_entity`` on two person-like names (see SURNAME_PREFILTER)."""
    wa, wb = _words(a), _words(b)
    if fuzz.ratio(wa[-1], wb[-1]) < SURNAME_PREFILTER:
        return False
    return len(wa) < 2 or len(wb) < 2 or wa[0][:1].translate(_INITIAL_CLASSES) == wb[0][:1].translate(_INITIAL_CLASSES)


def _resolve_entities(records: Sequence[EventRecord]) -> dict[str, str]:
    """Canonical actor name -> entity id, merging names ``same_entity`` deems one entity.

    Only names of two or more words are merged here, corpus-wide: a bare surname ("Kovalenko")
    may fit several people and would chain them together; it is attached per event instead
    (:func:`_entity_groups`). Names are blocked on the first and on the last
    ``SURNAME_BLOCK_CHARS`` letters of their surname (transliteration changes the middle of a
    name: "Pasinian"/"Pashinyan", "Gaddafi"/"Qaddafi") and pre-filtered with
    :func:`_might_be_same`, so the costly comparison runs on few pairs. The entity id is the
    most frequent canonical name of the group (ties: longer, then alphabetical).
    """
    counts: Counter[str] = Counter(a.canonical or _canonical(a.name) for r in records for a in r.actors)
    names = sorted(counts)
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in names:
        words = _words(name)
        if len(words) >= 2:
            surname = words[-1]
            blocks["<" + surname[:SURNAME_BLOCK_CHARS]].append(name)
            blocks[">" + surname[-SURNAME_BLOCK_CHARS:]].append(name)
    parent = {n: n for n in names}
    compared: set[tuple[str, str]] = set()
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if (a, b) in compared:
                    continue
                compared.add((a, b))
                if _might_be_same(a, b) and _same_entity(a, b):
                    ra, rb = _find(parent, a), _find(parent, b)
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[_find(parent, name)].append(name)
    entity_of = {}
    for members in groups.values():
        rep = max(members, key=lambda n: (counts[n], len(n), [-ord(c) for c in n]))
        entity_of.update(dict.fromkeys(members, rep))
    return entity_of


# --------------------------------------------------------------------------------------------
# Units (records of one article that tell one story)
# --------------------------------------------------------------------------------------------


@dataclass
class _Unit:
    uid: str
    article_id: str
    recs: list[_Rec]
    env: tuple[int, int] | None  # hull of day-precise dates
    bound: tuple[int, int] | None  # what the era / month / year dates allow
    weekdays: frozenset[int]
    countries: frozenset[str]
    places: frozenset[str]
    entities: frozenset[str]
    types: frozenset[str]
    families: frozenset[str]
    texts: tuple[str, ...]
    towns: frozenset[str] = frozenset()  # places the gazetteer knows as cities


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _intersect(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return max(a[0], b[0]), min(a[1], b[1])


def _hull(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _fmt(interval: tuple[int, int] | None) -> str:
    if interval is None:
        return "unknown"
    lo = dt.date.fromordinal(interval[0]).isoformat()
    if interval[1] == _OPEN_END:
        return f"{lo} or later"
    hi = dt.date.fromordinal(interval[1]).isoformat()
    return lo if lo == hi else f"{lo}..{hi}"


def _now_window(published: dt.datetime | None, era: Era | None) -> tuple[int, int] | None:
    if published is not None:
        day = published.date().toordinal()
        return day - RECENT_DAYS, day + DATE_WINDOW_DAYS
    return era.interval() if era is not None else None


def _split_article(recs: list[_Rec], window: tuple[int, int] | None,
                   dated: bool) -> tuple[list[_Rec], list[list[_Rec]]]:
    """Split an article's records into its main ("now") records and background date groups.

    Dated records are chained into date groups (day-precise dates within ``DATE_WINDOW_DAYS``,
    month/year dates only when they overlap). A group belongs to "now" when it overlaps the
    article's now window; in an undated article only the latest such group does (older dates
    are what the story looks back on), and month/year-only groups do not if the article dates
    its current events by weekday or "today". Records without a date are "now".
    """
    main = [r for r in recs if r.own is None]
    dated_recs = sorted((r for r in recs if r.own is not None), key=lambda r: (r.own, r.record.record_id))
    groups: list[list[_Rec]] = []
    hull: tuple[int, int] | None = None
    for r in dated_recs:
        if hull is not None and r.own[0] - hull[1] <= (
                DATE_WINDOW_DAYS if r.precise and all(x.precise for x in groups[-1]) else 0):
            groups[-1].append(r)
            hull = _hull(hull, r.own)
        else:
            groups.append([r])
            hull = r.own
    has_recent = any(r.recent for r in recs)
    eligible = [g for g in groups
                if (window is None or any(_overlaps(r.own, window) for r in g))
                and (dated or not has_recent or any(r.precise for r in g))]
    if not dated:
        eligible = eligible[-1:]
    for g in eligible:
        main.extend(g)
    return main, [g for g in groups if not any(g is e for e in eligible)]


def _summary_text(summary: str) -> str:
    return " ".join(w for w in _WORD.findall(summary.casefold()) if w not in _STOPWORDS)


def _make_unit(uid: str, article_id: str, recs: list[_Rec], window: tuple[int, int] | None) -> _Unit:
    """A unit's time state: ``env`` (hull of its day dates) and ``bound`` (the article's now
    window for a main unit, narrowed by month/year dates)."""
    precise = [r.own for r in recs if r.own is not None and r.precise]
    env = (min(p[0] for p in precise), max(p[1] for p in precise)) if precise else None
    bound = window
    for r in recs:
        if r.own is not None and not r.precise:
            narrowed = _intersect(bound, r.own)
            bound = narrowed if narrowed[0] <= narrowed[1] else bound
    recs = sorted(recs, key=lambda r: r.record.record_id)
    return _Unit(
        uid=uid, article_id=article_id, recs=recs, env=env, bound=bound,
        weekdays=frozenset(r.weekday for r in recs if r.weekday is not None),
        countries=frozenset(r.country for r in recs if r.country),
        places=frozenset(fold(r.place) for r in recs if r.place and r.specificity > 1),
        entities=frozenset(e for r in recs for _, e in r.entities),
        types=frozenset(r.record.event_type for r in recs),
        families=frozenset(FAMILIES[r.record.event_type] for r in recs),
        texts=tuple(_summary_text(r.record.summary) for r in recs[:SUMMARY_SAMPLES]),
        towns=frozenset(fold(r.place) for r in recs if r.place and r.record.location.name
                        and (known := _place(r.record.location.name)) is not None and known[2] == 3),
    )


# --------------------------------------------------------------------------------------------
# Article text profiles (the text rule)
# --------------------------------------------------------------------------------------------

_NAME_TERM = re.compile(r"(?<!\w)(?:[A-Z][\w'’.-]*[a-z][\w-]*|\d[\d,.]*\d)")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\b", re.IGNORECASE)
_NOT_NAMES = frozenset(
    "the a an this that these those it he she they we i in on at of for and but or as by with from to after "
    "before when while but if there his her its their our mr mrs ms dr said says according".split()
) | frozenset(_WEEKDAY_NAMES) | frozenset(
    "january february march april may june july august september october november december".split())


_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|t)$", re.IGNORECASE)


@dataclass(frozen=True)
class _TextProfile:
    """An article's name terms (term -> count) and the weekdays it names (0 = Monday)."""

    terms: Mapping[str, int]
    weekdays: frozenset[int]


@lru_cache(maxsize=65536)
def _is_broad_name(word: str) -> bool:
    """A country or its adjective ("Greece", "Greek"): shared by every report from a country,
    so, like a country anchor in blocking, it is no evidence of one incident."""
    if is_demonym(word) or is_demonym(word.rstrip("s")):
        return True
    place = lookup_place(word, fuzzy=False)
    return place is not None and place.kind == "country"


def _text_profile(text: str) -> _TextProfile:
    """Name terms: capitalised words (folded, trailing dots and possessives removed) and numbers
    of two or more digits; sentence-initial function words, contractions ("I'm"), calendar
    words and countries or their adjectives are dropped."""
    terms: Counter[str] = Counter()
    for m in _NAME_TERM.finditer(text):
        surface = m.group(0).rstrip(".,").removesuffix("'s").removesuffix("’s")
        word = fold(surface)
        if len(word) >= 2 and word not in _NOT_NAMES and not _CONTRACTION.search(surface) \
                and not _is_broad_name(surface):
            terms[word] += 1
    days = frozenset(_WEEKDAY_NAMES.index(m.group(1).lower()) for m in _WEEKDAY_RE.finditer(text))
    return _TextProfile(terms=terms, weekdays=days)


def _weekday_conflict(a: frozenset[int], b: frozenset[int]) -> bool:
    """True when both name weekdays and every pair is ``WEEKDAY_VETO_DAYS`` or more apart."""
    if not a or not b:
        return False
    return min(min((x - y) % 7, (y - x) % 7) for x in a for y in b) >= WEEKDAY_VETO_DAYS


def _unit_weekdays(u: _Unit, profile: _TextProfile | None) -> frozenset[int]:
    """Weekdays a unit is about: its records' weekday phrases, the weekdays of its day dates
    (up to a week) and the weekdays its article names."""
    days = set(u.weekdays) | (set(profile.weekdays) if profile else set())
    if u.env is not None and u.env[1] - u.env[0] < 7:
        days |= {dt.date.fromordinal(d).weekday() for d in range(u.env[0], u.env[1] + 1)}
    return frozenset(days)


# --------------------------------------------------------------------------------------------
# Pair scoring and cluster constraints
# --------------------------------------------------------------------------------------------


def _time_conflict(env_a: tuple[int, int] | None, bound_a: tuple[int, int] | None,
                   env_b: tuple[int, int] | None, bound_b: tuple[int, int] | None) -> str | None:
    """Why two time states cannot be one story, or None if they can."""
    env, bound = _hull(env_a, env_b), _intersect(bound_a, bound_b)
    if env is not None and env[1] - env[0] > MAX_STORY_SPAN_DAYS:
        return f"dates would span {env[1] - env[0]} days ({_fmt(env_a)} vs {_fmt(env_b)})"
    if bound is not None and bound[0] > bound[1]:
        return f"eras do not overlap ({_fmt(bound_a)} vs {_fmt(bound_b)})"
    if env is not None and bound is not None and not _overlaps(env, bound):
        return f"dates {_fmt(env)} fall outside the era {_fmt(bound)}"
    return None


def _time_score(a: _Unit, b: _Unit) -> float:
    if a.env is not None and b.env is not None:
        gap = max(0, b.env[0] - a.env[1], a.env[0] - b.env[1])
        return 1.0 - gap / (DATE_WINDOW_DAYS + 1)
    dated, other = (a, b) if a.env is not None else (b, a)
    if dated.env is not None and other.weekdays:
        days = {dt.date.fromordinal(d).weekday() for d in range(dated.env[0], dated.env[1] + 1)}
        if days & other.weekdays:
            return _TIME_SCORES["weekday_match"]
    if a.bound is None and a.env is None or b.bound is None and b.env is None:
        return NEUTRAL
    bounded = all(u.env is not None or (u.bound is not None and u.bound[1] != _OPEN_END) for u in (a, b))
    return _TIME_SCORES["bounded_era" if bounded else "open_era"]


def _place_contains(a: str, b: str) -> bool:
    """True when one folded place name starts with the other, word by word: a facility named
    after its town ("wasilla bible church" / "wasilla"), a region and its long form ("gaza" /
    "gaza strip"). The shorter name must be a word of four letters or more."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short == long_[:len(short)] and len(" ".join(short)) >= 4


def _shared_places(a: _Unit, b: _Unit) -> list[str]:
    """Places of ``a`` that are, or fold to, a place of ``b`` (see :func:`_place_contains`)."""
    return sorted(p for p in a.places if any(p == q or _place_contains(p, q) for q in b.places))


def _place_score(a: _Unit, b: _Unit) -> float:
    if a.places & b.places or _shared_places(a, b):
        return 1.0
    if not a.countries or not b.countries:
        return NEUTRAL
    if a.places and b.places:  # same country, different named places (two provinces, two towns)
        return 0.35
    return 0.6


def _score(a: _Unit, b: _Unit) -> dict[str, float] | None:
    """Score components of a candidate pair, or None when it is vetoed or cannot reach the threshold."""
    if a.env is not None and b.env is not None and max(b.env[0] - a.env[1], a.env[0] - b.env[1]) > DATE_WINDOW_DAYS:
        return None
    if a.countries and b.countries and not a.countries & b.countries:
        return None
    if _time_conflict(a.env, a.bound, b.env, b.bound) is not None:
        return None
    if a.entities and b.entities:
        actors = len(a.entities & b.entities) / min(len(a.entities), len(b.entities))
    else:
        actors = NEUTRAL
    if a.types & b.types:
        kind = _TYPE_SCORES["same_type"]
    else:
        kind = _TYPE_SCORES["same_family" if a.families & b.families else "other"]
    parts = {"actors": actors, "place": _place_score(a, b), "time": _time_score(a, b), "type": kind}
    partial = sum(WEIGHTS[k] * v for k, v in parts.items())
    if partial + WEIGHTS["summary"] < MATCH_THRESHOLD:  # cannot pass even with identical summaries
        return None
    parts["summary"] = max((fuzz.token_set_ratio(x, y) for x in a.texts for y in b.texts), default=0.0) / 100
    parts["total"] = partial + WEIGHTS["summary"] * parts["summary"]
    return {k: round(v, 4) for k, v in parts.items()}


def _anchors(u: _Unit) -> list[str]:
    """Blocking anchors, most specific first: places, then actors, then countries."""
    anchors = sorted(f"p:{p}" for p in u.places) + sorted(f"e:{e}" for e in u.entities) \
        + sorted(f"c:{c}" for c in u.countries)
    return anchors or ["none"]


@lru_cache(maxsize=65536)
def _is_broad(anchor: str) -> bool:
    """A country, or an actor that is a country: shared by most reports from a region."""
    if not anchor.startswith("e:"):
        return anchor.startswith("c:") or anchor == "none"
    place = _place(anchor[2:])
    return place is not None and place[2] == 1


def _anchor_combos(anchors: list[str]) -> list[tuple[str, ...]]:
    """Pairs of the ``PAIR_ANCHORS`` most specific anchors (or the single anchor)."""
    top = anchors[:PAIR_ANCHORS]
    return list(itertools.combinations(top, 2)) if len(top) > 1 else [tuple(top)]


def _years(interval: tuple[int, int]) -> range:
    first = dt.date.fromordinal(interval[0]).year
    last = first + MAX_ERA_YEARS if interval[1] == _OPEN_END else dt.date.fromordinal(interval[1]).year
    return range(first, min(last, first + MAX_ERA_YEARS) + 1)


def _mid(u: _Unit) -> float:
    span = u.env or (u.bound if u.bound is not None and u.bound[1] != _OPEN_END else None)
    if span is None:
        return float(u.bound[0]) if u.bound is not None else 0.0
    return (span[0] + span[1]) / 2


def _candidate_pairs(units: Sequence[_Unit]) -> set[tuple[int, int]]:
    """Pairs of unit indexes that share a block (see module doc).

    Every unit is indexed under (anchor, week) for its day dates, (anchor, year) for its dates
    or era, and (anchor, anchor) pairs for time-free matching. A dated unit probes the weeks
    within ``DATE_WINDOW_DAYS`` of its dates for specific anchors (a place, a person, an
    organisation) and only the days within ``BROAD_ANCHOR_DAYS`` for broad ones (a country, a
    country as actor), whose blocks grow with the corpus; an era-only unit its era's years, and a unit with
    no time at all probes anchor pairs: sharing two anchors (a place and an actor) stands in
    for the missing date. Blocks larger than ``MAX_BLOCK_SIZE`` yield their units nearest in time.
    """
    own: dict[tuple, list[int]] = defaultdict(list)
    probes: list[list[tuple]] = []
    for i, u in enumerate(units):
        anchors = _anchors(u)
        combos = _anchor_combos(anchors)
        keys: list[tuple] = [(c, "*") for c in combos] + [((a,), "*") for a in anchors if len(combos[0]) > 1]
        probe: list[tuple] = []
        span = u.env or u.bound
        for a in anchors:
            if u.env is not None and _is_broad(a):
                keys += [(a, "d", d) for d in range(u.env[0], u.env[1] + 1)]
                probe += [(a, "d", d) for d in range(u.env[0] - BROAD_ANCHOR_DAYS, u.env[1] + BROAD_ANCHOR_DAYS + 1)]
            elif u.env is not None:
                keys += [(a, "w", w) for w in range(u.env[0] // 7, u.env[1] // 7 + 1)]
                probe += [(a, "w", w) for w in range((u.env[0] - DATE_WINDOW_DAYS) // 7,
                                                     (u.env[1] + DATE_WINDOW_DAYS) // 7 + 1)]
            if span is not None:
                keys += [(a, "y", y) for y in _years(span)]
                if u.env is None:
                    probe += [(a, "y", y) for y in _years(span)]
        if span is None:
            probe = [(c, "*") for c in combos]
        for key in keys:
            own[key].append(i)
        probes.append(probe)
    mids = [_mid(u) for u in units]
    by_time: dict[tuple, tuple[list[float], list[int]]] = {}
    pairs: set[tuple[int, int]] = set()
    for i, probe in enumerate(probes):
        for key in probe:
            block = own.get(key)
            if not block:
                continue
            if len(block) > MAX_BLOCK_SIZE:
                if key not in by_time:
                    ordered = sorted(block, key=lambda j: (mids[j], j))
                    by_time[key] = ([mids[j] for j in ordered], ordered)
                times, ordered = by_time[key]
                at = bisect.bisect_left(times, mids[i])
                start = max(0, min(at - MAX_BLOCK_SIZE // 2, len(ordered) - MAX_BLOCK_SIZE))
                block = ordered[start:start + MAX_BLOCK_SIZE]
            pairs.update((min(i, j), max(i, j)) for j in block if j != i)
    return pairs


def _text_vetoes(a: _Unit, b: _Unit, pa: _TextProfile, pb: _TextProfile) -> str | None:
    """Why the text rule may not join two units: dates, eras, countries, weekdays or towns."""
    if a.env is not None and b.env is not None:
        return "both dated (scored by the main rule)"
    if a.countries and b.countries and not a.countries & b.countries:
        return "countries disjoint"
    conflict = _time_conflict(a.env, a.bound, b.env, b.bound)
    if conflict is not None:
        return conflict
    if _weekday_conflict(_unit_weekdays(a, pa), _unit_weekdays(b, pb)):
        return "weekdays disagree"
    if a.towns and b.towns and not a.towns & b.towns and not _shared_places(a, b):
        return "different towns"
    return None


def _text_pairs(units: Sequence[_Unit], profiles: Mapping[str, _TextProfile],
                ) -> list[tuple[float, str, str, int, int, dict[str, float], str]]:
    """Candidate merges of the text rule (see ``TEXT_MATCH``), best first.

    Only main units (an article's "now") of different articles are compared, and only when at
    least one of them has no day date (two dated units are the main rule's). Candidates come from
    an inverted index of rare name terms (document frequency 2..``TEXT_MAX_DF``): each unit probes
    its ``TEXT_PROBE_TERMS`` heaviest ones, so the pass is linear in the number of units. A pair
    is vetoed by disjoint countries, incompatible dates or eras, disagreeing weekdays
    (:func:`_weekday_conflict`) or different gazetteer towns; otherwise it is merged when the
    cosine of the TF-IDF name vectors reaches ``TEXT_MATCH`` and at least ``TEXT_MIN_SHARED``
    rare terms are shared.
    """
    main = [i for i, u in enumerate(units) if u.uid.endswith("#0") and u.article_id in profiles]
    articles = sorted({units[i].article_id for i in main})
    df: Counter[str] = Counter(t for aid in articles for t in profiles[aid].terms)
    n = len(articles)
    vectors: dict[str, dict[str, float]] = {}
    for aid in articles:
        raw = {t: (1.0 + math.log(c)) * (math.log((n + 1) / (df[t] + 1)) + 1.0)
               for t, c in profiles[aid].terms.items()}
        norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
        vectors[aid] = {t: w / norm for t, w in raw.items()}
    index: dict[str, list[int]] = defaultdict(list)
    probes: dict[int, list[str]] = {}
    for i in main:
        vec = vectors[units[i].article_id]
        rare = sorted((t for t in vec if 2 <= df[t] <= TEXT_MAX_DF), key=lambda t: (-vec[t], t))
        for t in rare:
            index[t].append(i)
        probes[i] = rare[:TEXT_PROBE_TERMS]
    pairs = {(min(i, j), max(i, j)) for i in main for t in probes[i] for j in index[t]
             if units[i].article_id != units[j].article_id}
    found = []
    for i, j in sorted(pairs):
        a, b = units[i], units[j]
        if a.env is not None and b.env is not None:
            continue
        va, vb = vectors[a.article_id], vectors[b.article_id]
        if len(vb) < len(va):
            va, vb = vb, va
        cosine = sum(w * vb.get(t, 0.0) for t, w in va.items())
        if cosine < TEXT_MATCH:
            continue
        shared = sorted((t for t in va if t in vb and df[t] <= TEXT_MAX_DF), key=lambda t: (-va[t] * vb[t], t))
        if len(shared) < TEXT_MIN_SHARED:
            continue
        pa, pb = profiles[a.article_id], profiles[b.article_id]
        if _text_vetoes(a, b, pa, pb) is not None:
            continue
        kind = _TYPE_SCORES["same_type" if a.types & b.types else "same_family" if a.families & b.families else "other"]
        weekdays = _unit_weekdays(a, pa) & _unit_weekdays(b, pb)
        parts = {"text": round(cosine, 4), "shared_names": float(len(shared)),
                 "place": 1.0 if _shared_places(a, b) else NEUTRAL, "type": kind,
                 "weekday": 1.0 if weekdays else NEUTRAL}
        found.append((round(cosine, 4), a.uid, b.uid, i, j, parts,
                      f"text rule: name-term cosine {cosine:.2f} >= {TEXT_MATCH}, shared names: "
                      + ", ".join(shared[:6]) + (f"; same weekday ({_WEEKDAY_NAMES[min(weekdays)]})" if weekdays else "")))
    found.sort(key=lambda s: (-s[0], s[1], s[2]))
    return found


@dataclass
class _Cluster:
    env: tuple[int, int] | None
    bound: tuple[int, int] | None


def _cluster_units(units: Sequence[_Unit], syndicated: Mapping[str, str],
                   profiles: Mapping[str, _TextProfile] | None = None,
                   ) -> tuple[list[list[int]], list[tuple[int, int, MergeReason]]]:
    """Greedy constrained union-find over scored pairs; returns clusters and the reasons.

    Pairs of the main rule (and syndicated copies) go first, best first; then the text rule's
    pairs (:func:`_text_pairs`), best first, under the same cluster constraints."""
    scored: list[tuple[float, str, str, int, int, dict[str, float], str]] = []
    for i, j in _candidate_pairs(units):
        a, b = units[i], units[j]
        if a.article_id != b.article_id and syndicated[a.article_id] == syndicated[b.article_id] \
                and a.uid.endswith("#0") and b.uid.endswith("#0"):
            scored.append((1.0, a.uid, b.uid, i, j, {"syndication": 1.0}, "syndicated copies of one report"))
            continue
        parts = _score(a, b)
        if parts is not None and parts["total"] >= MATCH_THRESHOLD:
            scored.append((parts["total"], a.uid, b.uid, i, j, parts,
                           f"score {parts['total']:.2f} >= {MATCH_THRESHOLD}"))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    scored += _text_pairs(units, profiles or {})
    parent = list(range(len(units)))
    state = [_Cluster(u.env, u.bound) for u in units]
    reasons: list[tuple[int, int, MergeReason]] = []
    for score, uid_a, uid_b, i, j, parts, rule in scored:
        ra, rb = _find(parent, i), _find(parent, j)
        if ra == rb:
            continue
        conflict = _time_conflict(state[ra].env, state[ra].bound, state[rb].env, state[rb].bound)
        decision: Literal["merged", "kept_apart"] = "kept_apart" if conflict else "merged"
        if conflict is None:
            root, child = min(ra, rb), max(ra, rb)
            parent[child] = root
            state[root] = _Cluster(_hull(state[ra].env, state[rb].env), _intersect(state[ra].bound, state[rb].bound))
        else:
            rule = f"{rule}, but kept apart: {conflict}"
        reasons.append((i, j, MergeReason(a=uid_a, b=uid_b, decision=decision, rule=rule, score=score,
                                          components={k: v for k, v in parts.items() if k != "total"})))
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(units)):
        clusters[_find(parent, i)].append(i)
    return list(clusters.values()), reasons


# --------------------------------------------------------------------------------------------
# Ledgers
# --------------------------------------------------------------------------------------------


@dataclass
class _Context:
    """What the ledgers of one cluster need to know about articles."""

    texts: Mapping[str, str]
    group_of: Mapping[str, str]


def _verdicts(record: EventRecord) -> dict[str, tuple[str, Span | None]]:
    """Field name -> (verdict, first evidence span) from the record's verification, if any."""
    if record.verification is None:
        return {}
    found: dict[str, tuple[str, Span | None]] = {}
    for check in record.verification.checks:
        found.setdefault(check.field, (check.verdict, check.spans[0] if check.spans else None))
    return found


def _base(r: _Rec, ctx: _Context, field: str, value: str | None, normalized: str | None,
          note: str | None = None) -> dict:
    verdict, span = _verdicts(r.record).get(field, (None, None))
    return dict(value=value, normalized=normalized, article_id=r.article_id, record_id=r.record.record_id,
                verdict=verdict, evidence=span, published_at=r.published,
                source_group=ctx.group_of.get(r.article_id, r.article_id), sub_event=r.sub_event, note=note)


def _support(cands: Iterable[Candidate]) -> int:
    return len({c.source_group for c in cands})


def _classes(items: list[_Keyed], compatible: Callable[[Any, Any], bool]) -> list[list[_Keyed]]:
    """Group (candidate, key) pairs into agreement classes, first compatible class wins."""
    classes: list[list[_Keyed]] = []
    for item in items:
        for cls in classes:
            if all(compatible(item[1], other[1]) for other in cls):
                cls.append(item)
                break
        else:
            classes.append([item])
    return classes


def _ledger(candidates: list[Candidate], keyed: list[_Keyed], compatible: Callable[[Any, Any], bool],
            render: Callable[[list[_Keyed]], str]) -> FieldLedger:
    """Consensus / disputed / single / unknown over the comparable candidates.

    Candidates whose value could not be normalised are listed but neither support nor dispute.
    Agreement classes are built greedily in record-id order; the value comes from the class
    with the most source groups whose value the verifier did not reject (unchecked or
    ``supported``), then the most source groups overall, then the first class.
    A value the verifier rejected (not in the article, or only in its dateline) stays listed with
    its verdict, but cannot dispute a value the article does support.
    """
    if not keyed:
        return FieldLedger(status="unknown", candidates=candidates)
    credible = [item for item in keyed if item[0].verdict in (None, "supported")]
    classes = _classes(credible or keyed, compatible)
    best = max(classes, key=lambda cls: (_support(c for c, _ in cls if c.verdict in (None, "supported")),
                                         _support(c for c, _ in cls)))
    status = "disputed" if len(classes) > 1 else "single" if _support(c for c, _ in best) == 1 else "consensus"
    rejected = len(keyed) - len(credible) if credible else 0
    note = f"{rejected} value(s) the verifier rejected are listed but not counted" if rejected else None
    return FieldLedger(status=status, value=render(best), support=_support(c for c, _ in best),
                       candidates=candidates, note=note)


def _cluster_anchor_date(recs: Sequence[_Rec]) -> dt.date | None:
    """The most reported day-precise date (ties: earliest): what relative phrases resolve against."""
    days = Counter(r.record.date.value for r in recs if r.precise and r.record.date.value is not None)
    return min(days, key=lambda d: (-days[d], d)) if days else None


def _date_ledger(recs: Sequence[_Rec], ctx: _Context, anchor: dt.date | None) -> FieldLedger:
    """Dates of one sub-event.

    Values agree when their intervals overlap ("2023", "September 2023" and "2023-09-20" agree);
    the reported value is the narrowest interval of the best-supported class. A weekday phrase
    in an undated article ("on Thursday") is resolved against the cluster's date (the nearest
    such weekday), keeping the original text, with a note.
    """
    candidates: list[Candidate] = []
    keyed: list[_Keyed] = []
    for r in recs:
        date = r.record.date
        if not date.text and date.value is None:
            continue
        interval, note = r.own, None
        if interval is None and r.weekday is not None and anchor is not None and date.text:
            mention = resolve_date_phrase(date.text, anchor)
            if mention is not None and mention.value is not None:
                day = mention.value.toordinal()
                interval, note = (day, day), f"resolved against cluster date {anchor.isoformat()}"
        normalized = _fmt(interval) if interval is not None else None
        cand = Candidate(**_base(r, ctx, "date", date.text or normalized, normalized, note))
        candidates.append(cand)
        if interval is not None:
            keyed.append((cand, interval))
    return _ledger(candidates, keyed, _overlaps,
                   lambda cls: _fmt((max(k[0] for _, k in cls), min(k[1] for _, k in cls))))


def _utc_of(r: _Rec, anchor: dt.date | None, tz: str | None) -> tuple[dt.datetime | None, dt.time | None, str | None]:
    """(UTC instant, UTC time of day, note): a local-only time is resolved against the cluster."""
    t = r.record.time
    if t.utc is not None:
        return t.utc.astimezone(dt.UTC), None, None
    day = r.record.date.value if r.precise else anchor
    zone = t.timezone or tz
    if t.local_time is not None and day is not None and zone is not None:
        try:
            local = dt.datetime.combine(day, t.local_time, tzinfo=ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            return None, t.utc_time, None
        return local.astimezone(dt.UTC), None, "resolved against cluster date and place"
    return None, t.utc_time, None


def _times_agree(a: tuple[dt.datetime | None, dt.time], b: tuple[dt.datetime | None, dt.time]) -> bool:
    """Two full instants must be equal; otherwise the UTC clock times must be."""
    if a[0] is not None and b[0] is not None:
        return a[0] == b[0]
    return a[1] == b[1]


def _render_time(cls: list[tuple[Candidate, tuple[dt.datetime | None, dt.time]]]) -> str:
    instants = sorted(k[0] for _, k in cls if k[0] is not None)
    return instants[0].isoformat() if instants else f"{cls[0][1][1].strftime('%H:%M')} UTC"


def _time_ledger(recs: Sequence[_Rec], ctx: _Context, anchor: dt.date | None, tz: str | None) -> FieldLedger:
    """Clock times of one sub-event, compared as UTC.

    "13:00 local time" in Baku, "5 a.m. ET" and "0900 GMT" are one instant. A full instant and
    a UTC time of day agree when the clock matches. A time given without zone or date is
    converted with the cluster's date and the event place's zone (noted on the candidate).
    """
    candidates: list[Candidate] = []
    keyed: list[_Keyed] = []
    for r in recs:
        t = r.record.time
        if not t.text and t.local_time is None:
            continue
        instant, utc_time, note = _utc_of(r, anchor, tz)
        normalized = instant.isoformat() if instant else f"{utc_time.strftime('%H:%M')} UTC" if utc_time else None
        if normalized is None and t.local_time is not None:
            normalized = f"{t.local_time.strftime('%H:%M')} local"
        cand = Candidate(**_base(r, ctx, "time", t.text or normalized, normalized, note))
        candidates.append(cand)
        clock = instant.time() if instant is not None else utc_time
        if clock is not None:
            keyed.append((cand, (instant, clock)))
    return _ledger(candidates, keyed, _times_agree, _render_time)


def _location_ledger(recs: Sequence[_Rec], ctx: _Context) -> FieldLedger:
    """The story's place: names are compared after gazetteer resolution ("Khankendi" is
    "Stepanakert"). Different places in one country are not a dispute but different
    granularity: the best-supported, then most specific, name is reported, with a note.
    Places in different countries are disputed."""
    candidates: list[Candidate] = []
    keyed: list[_Keyed] = []
    for r in recs:
        loc = r.record.location
        if not (loc.name or loc.country):
            continue
        cand = Candidate(**_base(r, ctx, "location", loc.name or loc.country, r.place or loc.country,
                                 f"country {r.country}" if r.country else None))
        candidates.append(cand)
        keyed.append((cand, (r.place or loc.country, r.country, r.specificity)))
    if not keyed:
        return FieldLedger(status="unknown", candidates=candidates)
    countries = {k[1] for _, k in keyed if k[1]}
    support: dict[str, set[str]] = defaultdict(set)
    specificity: dict[str, int] = {}
    for cand, (name, _, spec) in keyed:
        support[name].add(cand.source_group)
        specificity[name] = max(specificity.get(name, 0), spec)
    value = min(support, key=lambda n: (-len(support[n]), -specificity[n], n))
    groups = _support(candidates)
    note = None
    if len(countries) > 1:
        status = "disputed"
    elif len(support) > 1:
        status = "consensus" if groups > 1 else "single"
        note = f"same country ({next(iter(countries), 'unknown')}), places at different granularity: " \
            + ", ".join(sorted(support))
    else:
        status = "consensus" if groups > 1 else "single"
    return FieldLedger(status=status, value=value, support=len(support[value]), candidates=candidates, note=note)


_RESTRICTED_SCOPE = re.compile(
    r"\b(?:in|on|across)\s+(?:the\s+)?(?:areas?|territor(?:y|ies)|parts?|zones?|regions?)\s+"
    r"(?:(?:it|they|that|which|\w+)\s+){1,2}(?:controls?|controlled|holds?|held)\b", re.IGNORECASE)
_CUMULATIVE_SCOPE = re.compile(
    r"\b(?:so\s+far|to\s+date|in\s+total|in\s+all|overall|(?:whole|entire)\s+[^\W\d_]+)\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:earlier|initially|previously|at\s+first|first\s+reported|had\s+said)\b", re.IGNORECASE)


def _sentence_of(r: _Rec, ctx: _Context, span: Span | None, text: str) -> str:
    """The sentence a claim was made in: from the article when its span is known."""
    article = ctx.texts.get(r.article_id)
    if article is not None and span is not None:
        around = [s for s in sentence_spans(article) if s.start <= span.start < s.end]
        return around[0].text if around else article[span.start:span.end]
    for ev in r.record.evidence:
        if text in ev.quote:
            return ev.quote
    return text


def _count_claims(recs: Sequence[_Rec], ctx: _Context) -> dict[str, list[tuple[CountCandidate, int, int]]]:
    """Claims per ledger key, each with (earlier-cue rank, position) for ordering.

    The key separates scopes: the kind, civilians-only counts, and counts restricted to part
    of the area ("in the areas it controls") each get their own ledger.
    """
    by_key: dict[str, list[tuple[CountCandidate, int, int]]] = defaultdict(list)
    for r in recs:
        for i, claim in enumerate(r.record.casualties):
            span = claim.evidence.span if claim.evidence else None
            sentence = _sentence_of(r, ctx, span, claim.text)
            population = "civilians" if claim.civilians else "all"
            restricted = _RESTRICTED_SCOPE.search(sentence)
            cumulative = _CUMULATIVE_SCOPE.search(sentence)
            scope = population + (f"; restricted ('{restricted.group(0)}')" if restricted else "") \
                + (f"; cumulative ('{cumulative.group(0)}')" if cumulative and not restricted else "")
            key = claim.kind + (":civilians" if claim.civilians else "") \
                + (f"@{restricted.group(0).lower()}" if restricted else "")
            normalized = None if claim.best is None else (
                str(claim.best) if claim.low == claim.high else f"{claim.low or 0}..{claim.high or 'open'}")
            base = _base(r, ctx, f"casualties[{i}].count", claim.text, normalized)
            base.update(source=claim.claimed_by, qualifier=claim.qualifier, evidence=span or base["evidence"])
            cand = CountCandidate(**base, low=claim.low, best=claim.best, high=claim.high, scope=scope)
            by_key[key].append((cand, 0 if _EARLIER.search(sentence) else 1, span.start if span else 0))
    return by_key


def _ordered(a: tuple[CountCandidate, int, int], b: tuple[CountCandidate, int, int]) -> bool:
    """True when claim ``a`` is known to precede claim ``b`` in time."""
    ca, cb = a[0], b[0]
    if ca.article_id == cb.article_id:
        return a[1] < b[1]
    return ca.published_at is not None and cb.published_at is not None and ca.published_at < cb.published_at


def _sort_key(item: tuple[CountCandidate, int, int]) -> tuple:
    c, rank, pos = item
    published = c.published_at.timestamp() if c.published_at else float("inf")
    return published, c.article_id, rank, pos, c.record_id


def _count_ledger(kind: str, items: list[tuple[CountCandidate, int, int]]) -> CountLedger:
    """UCDP low/best/high and ACLED conservative over one scope's claims.

    Copies from one syndication group with the same figure count once. Claims are intervals
    (``at least 32`` = [32, open)):

    * consistent claims (all intervals overlap): ``consensus`` (``single`` with one source);
      low = highest lower bound, high = lowest finite upper bound (None if all are open),
      best = median of the best estimates (lower median), clamped into [low, high];
    * inconsistent claims whose figures never decrease along a known order (publication time;
      within one article, a figure introduced as "earlier" comes first): ``evolving``; the
      values are those of the latest report, earlier ones stay in the timeline;
    * otherwise ``disputed``: low = lowest lower bound, best = median of bests, high = highest
      finite upper bound, or None when an open-ended claim goes beyond it.

    ``conservative`` (ACLED) is the lowest best estimate among credible claims, those the
    verifier did not find contradicted (all claims if none is credible); for an evolving
    count, among the latest report's claims.
    """
    items = sorted(items, key=_sort_key)
    claims = [c for c, _, _ in items]
    seen: set[tuple] = set()
    distinct = []
    for c in claims:
        if (c.source_group, c.low, c.best, c.high) not in seen:
            seen.add((c.source_group, c.low, c.best, c.high))
            distinct.append(c)
    lows = [c.low or 0 for c in distinct]
    highs = [c.high for c in distinct if c.high is not None]
    bests = sorted(c.best for c in distinct if c.best is not None)
    timeline = [CountPoint(published_at=c.published_at, article_id=c.article_id, record_id=c.record_id,
                           text=c.value or "", best=c.best, source=c.source) for c in claims]
    scope = claims[0].scope.split(";")[0]

    def conservative(pool: list[CountCandidate]) -> int | None:
        credible = [c.best for c in pool if c.best is not None and c.verdict != "contradicted"]
        fallback = [c.best for c in pool if c.best is not None]
        return min(credible or fallback, default=None)

    consistent = not highs or max(lows) <= min(highs)
    if consistent:
        low, high = max(lows), min(highs) if highs else None
        best = statistics.median_low(bests) if bests else None
        if best is not None:
            best = max(low, best if high is None else min(best, high))
        status = "consensus" if _support(distinct) > 1 else "single"
        return CountLedger(kind=kind, scope=scope, status=status, low=low, best=best, high=high,
                           conservative=conservative(distinct), claims=claims, timeline=timeline,
                           rule="consistent claims: low = highest lower bound, high = lowest finite upper "
                                "bound, best = median of bests clamped to [low, high]; conservative = lowest "
                                "credible best (ACLED)")
    numeric = [it for it in items if it[0].best is not None]
    steps = list(zip(numeric, numeric[1:], strict=False))
    if all(x[0].best <= y[0].best and (x[0].best == y[0].best or _ordered(x, y)) for x, y in steps):
        last = numeric[-1][0]
        latest = [c for c, _, _ in numeric if c.article_id == last.article_id and c.best == last.best]
        return CountLedger(kind=kind, scope=scope, status="evolving", low=last.low, best=last.best,
                           high=last.high, conservative=conservative(latest), claims=claims, timeline=timeline,
                           rule="figures grow with publication order: values of the latest report; "
                                "earlier figures are in the timeline; conservative = lowest credible best "
                                "of the latest report (ACLED)")
    top = max(highs)
    high = None if any(c.high is None and (c.low or 0) > top for c in distinct) else top
    return CountLedger(kind=kind, scope=scope, status="disputed", low=min(lows),
                       best=statistics.median_low(bests) if bests else None, high=high,
                       conservative=conservative(distinct), claims=claims, timeline=timeline,
                       rule="disputed claims: low = lowest lower bound, best = median of bests, high = highest "
                            "finite upper bound (None if an open-ended claim exceeds it); conservative = "
                            "lowest credible best (ACLED)")


def _entity_groups(recs: Sequence[_Rec]) -> list[EntityGroup]:
    """Actors of the story under their entity name, with spellings, roles and verdicts.

    A one-word name ("Pasinyan", "Kovalenko") joins the story's multi-word entity it denotes
    when exactly one fits; with none or several it stays on its own.
    """
    groups: dict[str, dict[str, Any]] = {}
    for r in recs:
        verdicts = _verdicts(r.record)
        for i, (actor, (surface, entity)) in enumerate(zip(r.record.actors, r.entities, strict=True)):
            g = groups.get(entity)
            if g is None:
                g = groups[entity] = {"variants": set(), "roles": set(), "articles": set(), "records": set(),
                                      "verdicts": Counter()}
            g["variants"].add(surface)
            g["roles"].add(actor.role)
            g["articles"].add(r.article_id)
            g["records"].add(r.record.record_id)
            if f"actors[{i}]" in verdicts:
                g["verdicts"][verdicts[f"actors[{i}]"][0]] += 1
    multi = sorted(n for n in groups if len(n.split()) >= 2)
    for single in sorted(n for n in groups if len(n.split()) == 1):
        fits = [m for m in multi if _might_be_same(single, m) and _same_entity(single, m)]
        if len(fits) == 1:
            target, source = groups[fits[0]], groups.pop(single)
            for field in ("variants", "roles", "articles", "records", "verdicts"):
                target[field].update(source[field])
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]["articles"]), kv[0]))
    return [EntityGroup(canonical=name, variants=sorted(g["variants"]), roles=sorted(g["roles"]),
                        article_ids=sorted(g["articles"]), record_ids=sorted(g["records"]),
                        verdicts=dict(sorted(g["verdicts"].items())))
            for name, g in ordered]


def _medoid_summary(recs: Sequence[_Rec]) -> str:
    """The summary most similar to the others (first 20 by record id): a representative sentence."""
    sample = [r.record.summary for r in recs[:20]]
    return max(sample, key=lambda s: (sum(fuzz.token_set_ratio(s, o) for o in sample), -len(s), s))


def _build_event(recs: list[_Rec], reasons: list[MergeReason], ctx: _Context) -> MergedEvent:
    recs = sorted(recs, key=lambda r: r.record.record_id)
    anchor = _cluster_anchor_date(recs)
    zones = Counter(r.record.location.timezone for r in recs if r.record.location.timezone)
    tz = min(zones, key=lambda z: (-zones[z], z)) if zones else None
    by_sub: dict[str, list[_Rec]] = defaultdict(list)
    for r in recs:
        by_sub[r.sub_event].append(r)
    timeline = []
    for key, sub in by_sub.items():
        sub_anchor = _cluster_anchor_date(sub) or anchor
        first = sub[0].record
        timeline.append(SubEvent(
            key=key, event_type=first.event_type, mode=first.mode, summary=_medoid_summary(sub),
            record_ids=[r.record.record_id for r in sub], article_ids=sorted({r.article_id for r in sub}),
            date=_date_ledger(sub, ctx, sub_anchor), time=_time_ledger(sub, ctx, sub_anchor, tz)))
    support = {s.key: len({ctx.group_of.get(r.article_id, r.article_id) for r in by_sub[s.key]}) for s in timeline}
    lead = min(timeline, key=lambda s: (-support[s.key], s.date.value is None, s.key))
    timeline.sort(key=lambda s: (s.date.value or "9999", s.key))
    types = Counter(r.record.event_type for r in recs)
    counts = {key: _count_ledger(key.split(":")[0].split("@")[0], items)
              for key, items in sorted(_count_claims(recs, ctx).items())}
    record_ids = [r.record.record_id for r in recs]
    articles = sorted({r.article_id for r in recs})
    return MergedEvent(
        event_id="ev-" + hashlib.sha1("\n".join(record_ids).encode()).hexdigest()[:12],
        event_type=lead.event_type, event_types=sorted(types, key=lambda t: (-types[t], t)),
        summary=lead.summary, article_ids=articles, record_ids=record_ids,
        independent_sources=len({ctx.group_of.get(a, a) for a in articles}),
        date=lead.date, time=lead.time, location=_location_ledger(recs, ctx), casualties=counts,
        actors=_entity_groups(recs), merge_reasons=reasons, timeline=timeline,
    )


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def _article_inputs(records: Sequence[EventRecord], articles: Mapping[str, str | ArticleLike] | None,
                    ) -> tuple[dict[str, str], dict[str, dt.datetime | None]]:
    texts: dict[str, str] = {}
    published: dict[str, dt.datetime | None] = {}
    for aid, art in (articles or {}).items():
        texts[aid] = art if isinstance(art, str) else art.text
        published[aid] = None if isinstance(art, str) else getattr(art, "published_at", None)
    for r in records:
        aid = r.provenance.article_id
        if published.get(aid) is None and r.provenance.published_at is not None:
            published[aid] = r.provenance.published_at
    return texts, published


def merge(records: Sequence[EventRecord], articles: Mapping[str, str | ArticleLike] | None = None, *,
          generated_at: dt.datetime | None = None) -> Summary:
    """Cluster records into event stories and reconcile every field across sources.

    ``articles`` maps article id to its text (or an object with ``text`` and ``published_at``,
    such as :class:`summarizer.articles.Article`): texts are used for syndication detection,
    era estimation of undated articles and claim scope cues. Without them, the records'
    evidence quotes and summaries stand in for the text and no syndication is detected.
    ``generated_at`` defaults to the current UTC time. Record ids must be unique.
    """
    ids = [r.record_id for r in records]
    if len(set(ids)) != len(ids):
        raise ValueError("record ids must be unique")
    records = sorted(records, key=lambda r: r.record_id)
    texts, published = _article_inputs(records, articles)
    syndication = syndication_groups(texts)
    group_of = {aid: group[0] for group in syndication for aid in group}
    entity_of = _resolve_entities(records)

    by_article: dict[str, list[_Rec]] = defaultdict(list)
    for r in records:
        aid = r.provenance.article_id
        by_article[aid].append(_features(r, published.get(aid), entity_of))
    units: list[_Unit] = []
    for aid in sorted(by_article):
        recs, pub = by_article[aid], published.get(aid)
        text = texts.get(aid) or "\n".join(q for r in recs for q in [r.record.summary] + [e.quote for e in r.record.evidence])
        window = _now_window(pub, estimate_year(text, pub.date() if pub else None))
        main, background = _split_article(recs, window, pub is not None)
        if main:
            units.append(_make_unit(f"{aid}#0", aid, main, window))
        units += [_make_unit(f"{aid}#{n}", aid, group, None) for n, group in enumerate(background, 1)]
    syndicated = {aid: group_of.get(aid, aid) for aid in by_article}
    profiles = {aid: _text_profile(texts[aid]) for aid in by_article if texts.get(aid)}
    clusters, reasons = _cluster_units(units, syndicated, profiles)

    cluster_of = {i: c for c, members in enumerate(clusters) for i in members}
    reasons_of: dict[int, list[MergeReason]] = defaultdict(list)
    for i, j, reason in reasons:
        for c in sorted({cluster_of[i], cluster_of[j]}):
            reasons_of[c].append(reason)
    ctx = _Context(texts=texts, group_of=group_of)
    events = [_build_event([r for i in members for r in units[i].recs], reasons_of[c], ctx)
              for c, members in enumerate(clusters)]
    events.sort(key=lambda e: (e.date.value or "9999", e.event_id))
    return Summary(generated_at=generated_at or dt.datetime.now(dt.UTC), events=events, syndication=syndication)
