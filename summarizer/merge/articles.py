"""Everything the merge reads from an article's text, computed once per article per merge call.

:class:`ArticleAnalysis` holds an article's era (its "now" when undated), its publication
window, its *name terms* and weekdays (for the text rule) and its sentences (for the scope of
casualty claims); :func:`summarizer.merge.merge` builds one per article and passes them down.
When the caller gives the article's :class:`~summarizer.ingest.document.Document` (``summarize``
does, for every article it analysed), its sentences and dates are read from there; only what
is the merge's own (name terms, weekdays, the era's cues) is computed here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from summarizer.ingest.document import Document
from summarizer.merge.eras import Era, estimate_year
from summarizer.merge.intervals import Interval
from summarizer.merge.lookups import NameLookups
from summarizer.merge.thresholds import DATE_WINDOW_DAYS, RECENT_DAYS
from summarizer.rules import sentence_spans
from summarizer.rules.attribution import find_attributions
from summarizer.rules.streets import city_sides, street_names
from summarizer.rules.gazetteer import fold
from summarizer.rules.lexicon import MONTHS, NOT_PERSON_WORDS, WEEKDAYS
from summarizer.models.schemas import EventRecord, Span

_NAME_TERM = re.compile(r"(?<!\w)(?:[A-Z][\w'’.-]*[a-z][\w-]*|\d[\d,.]*\d)")
_WEEKDAY_INDEX = {name.lower(): index for index, name in enumerate(WEEKDAYS)}
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAY_INDEX) + r")\b", re.IGNORECASE)
_NOT_NAMES = frozenset(
    "the a an this that these those it he she they we i in on at of for and but or as by with from to after "
    "before when while but if there his her its their our mr mrs ms dr said says according".split()
) | frozenset(_WEEKDAY_INDEX) | frozenset(name.lower() for name in MONTHS)
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|t)$", re.IGNORECASE)


class ArticleLike(Protocol):
    """What :func:`summarizer.merge.merge` reads from an article object (e.g.
    :class:`summarizer.ingest.articles.Article`)."""

    text: str
    published_at: dt.datetime | None


@dataclass(frozen=True)
class TextProfile:
    """An article's name terms (term -> count) and the weekdays it names (0 = Monday)."""

    terms: Mapping[str, int]
    weekdays: frozenset[int]


def text_profile(text: str, lookups: NameLookups) -> TextProfile:
    """Name terms: capitalised words (folded, trailing dots and possessives removed) and numbers
    of two or more digits; sentence-initial function words, contractions ("I'm"), calendar
    words and countries or their adjectives are dropped."""
    terms: Counter[str] = Counter()
    for m in _NAME_TERM.finditer(text):
        surface = m.group(0).rstrip(".,").removesuffix("'s").removesuffix("’s")
        word = fold(surface)
        if len(word) >= 2 and word not in _NOT_NAMES and not _CONTRACTION.search(surface) \
                and not lookups.is_country_word(surface):
            terms[word] += 1
    days = frozenset(_WEEKDAY_INDEX[m.group(1).lower()] for m in _WEEKDAY_RE.finditer(text))
    return TextProfile(terms=terms, weekdays=days)


@dataclass(frozen=True)
class ArticleAnalysis:
    """One article as the merge sees it.

    ``text`` is None when the caller gave no text; ``source_group`` is the representative of
    its syndication group (itself when it has no copies); ``profile`` is None without text.
    """

    article_id: str
    text: str | None
    published: dt.datetime | None
    source_group: str
    era: Era | None
    profile: TextProfile | None
    #: The article's sentences when it came as an analysed Document (else split here, once).
    known_sentences: tuple[Span, ...] | None = None

    @property
    def window(self) -> Interval | None:
        """The article's "now": ``RECENT_DAYS`` before publication to ``DATE_WINDOW_DAYS`` after,
        or, for an undated article, its era."""
        if self.published is not None:
            day = self.published.date()
            return Interval(day - dt.timedelta(days=RECENT_DAYS), day + dt.timedelta(days=DATE_WINDOW_DAYS))
        return self.era.interval() if self.era is not None else None

    @cached_property
    def streets(self) -> frozenset[str]:
        """Folded names of the streets the article names (:func:`~summarizer.rules.streets.street_names`)."""
        return street_names(self.text) if self.text is not None else frozenset()

    @cached_property
    def sides(self) -> frozenset[str]:
        """Compass points of the sides of a city the article names (:func:`~summarizer.rules.streets.city_sides`)."""
        return city_sides(self.text) if self.text is not None else frozenset()

    @cached_property
    def speakers(self) -> frozenset[str]:
        """Folded names the article quotes ("Police Supt. Eddie Johnson told reporters", "Smith
        said"): see :func:`is_speaker`."""
        if self.text is None:
            return frozenset()
        return frozenset(fold(a.source) for a in find_attributions(self.text) if a.source[:1].isupper())

    @cached_property
    def sentences(self) -> list[Span]:
        if self.known_sentences is not None:
            return list(self.known_sentences)
        return sentence_spans(self.text) if self.text is not None else []


def is_speaker(name: str, speakers: frozenset[str]) -> bool:
    """Whether an actor's ``name`` is a person the article quotes: a source's full name (after
    its title), or the surname a source goes by. Two reports of one shooting quote different
    officials, and a small model sometimes gives the one it quotes as an actor. An institution
    ("Pittsburgh Police", quoted as "police") is a party to the story, quoted or not."""
    folded = fold(name)
    words = folded.split()
    if NOT_PERSON_WORDS & set(words):
        return False
    return any(s == folded or s.endswith(" " + folded) or len(words) > 1 and s == words[-1] for s in speakers)


def article_inputs(records: Sequence[EventRecord], articles: Mapping[str, str | ArticleLike | Document] | None,
                   ) -> tuple[dict[str, str], dict[str, dt.datetime | None], dict[str, Document]]:
    """Texts, publication times and the analysed Documents among the inputs, by article id; a
    record's provenance fills a missing time."""
    texts: dict[str, str] = {}
    published: dict[str, dt.datetime | None] = {}
    documents = {aid: art for aid, art in (articles or {}).items() if isinstance(art, Document)}
    for aid, art in (articles or {}).items():
        texts[aid] = art if isinstance(art, str) else art.text
        published[aid] = None if isinstance(art, str) else getattr(art, "published_at", None)
    for r in records:
        aid = r.provenance.article_id
        if published.get(aid) is None and r.provenance.published_at is not None:
            published[aid] = r.provenance.published_at
    return texts, published, documents


def analyse_article(article_id: str, text: str | None, published: dt.datetime | None, source_group: str,
                    records: Sequence[EventRecord], lookups: NameLookups,
                    document: Document | None = None) -> ArticleAnalysis:
    """Without a text, the era is estimated from the records' summaries and evidence quotes.
    With the article's ``document`` (analysed during extraction), its sentences and dates are
    reused instead of found again; its dates serve the era only when it too had no publication
    date, so they were found the same way."""
    era_text = text or "\n".join(q for r in records for q in [r.summary] + [e.quote for e in r.evidence])
    sentences = document.all_sentences if document is not None and text else None
    dates = document.dates if document is not None and text and document.published is None else None
    return ArticleAnalysis(
        article_id=article_id, text=text, published=published, source_group=source_group,
        era=estimate_year(era_text, published.date() if published else None, sentences, dates),
        profile=text_profile(text, lookups) if text else None, known_sentences=sentences,
    )
