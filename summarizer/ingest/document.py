"""One article, analysed once: its sentences and every date, time, place, count and actor in them.

Every later stage reads this object instead of re-running the rules: extraction v3 shows the
numbered sentences and the candidates to the model, and turns its choices back into values and
spans from here. All spans are offsets into the *original* article text, so a quote is always
``article.text[span.start:span.end]``.

What counts as the story's text: every sentence of the article except those the cleaner removed
(site furniture, teasers, text addressed to a model), the publication dateline ("Published on
…"), and repeats (scraped pages often print the headline twice). Dates are resolved against the
publication date, pointing back in time: news reports what has happened, so "Saturday" in a
Monday article is the Saturday before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from summarizer.ingest.articles import Article
from summarizer.ingest.clean import CleanedText, clean, is_caption, page_stamp
from summarizer.rules import find_actor_mentions, find_dates, find_numbers, find_places, find_times, sentence_spans
from summarizer.rules.dates import is_birthday
from summarizer.rules.actors import canonical_actor, known_actor
from summarizer.rules.lexicon import (
    NOT_PERSON_WORDS, ORDINAL_PATTERN, ORDINALS, SPEECH_VERBS, STREET_SUFFIXES, VEHICLE_MAKES,
)
from summarizer.rules.casualties import CasualtyMention, find_casualties
from summarizer.rules.corrections import first_report, superseded
from summarizer.rules.date_mention import DateMention
from summarizer.rules.datelines import parse_published_header, without_dateline
from summarizer.rules.days_after import counted_back
from summarizer.rules.gazetteer import Place, lookup_place
from summarizer.rules.gunman_death import gunman_after
from summarizer.rules.localities import PlaceMention, find_place_mentions
from summarizer.rules.scope import background_sentences
from summarizer.rules.splits import with_the_shooter
from summarizer.rules.spans import Span
from summarizer.rules.time_only import day_of_clock_time
from summarizer.rules.times import TimeMention
from summarizer.rules.numbers import NumberMention
from summarizer.rules.tally import (
    added_victims, in_the_headline, more_after, more_elsewhere, one_and_another, ordinal_dead, others_after, tally,
)
from summarizer.rules.told_dead import told_dead
from summarizer.rules.uncounted import arrived_after, group_among_singles
from summarizer.rules.victims import Victims, find_victims

CandidateKind = Literal["date", "time", "place", "count", "actor"]
CandidateValue = DateMention | TimeMention | PlaceMention | CasualtyMention | str
_PREFIX: dict[CandidateKind, str] = {"date": "D", "time": "T", "place": "P", "count": "C", "actor": "A"}
#: A publication header ("Published on 20/09/2023 at 11:35") is looked for among the first sentences.
HEADER_SENTENCES = 3
#: Date precisions worth offering as an event's date; a bare year is history, not news.
_EVENT_PRECISIONS = ("day", "weekday", "relative", "month")


@dataclass(frozen=True)
class Sentence:
    number: int
    span: Span


@dataclass(frozen=True)
class Candidate:
    """A value the rules found, offered to the model under ``id`` ("D1", "P2", "C3")."""

    id: str
    kind: CandidateKind
    label: str
    sentences: tuple[int, ...]
    span: Span
    value: CandidateValue


@dataclass(frozen=True)
class Document:
    """The article and everything the rules found in it; built by :func:`analyse`, read-only after."""

    article: Article
    published: dt.date | None
    #: What the cleaner kept, and what it removed and why (furniture, teasers, injected text).
    cleaned: CleanedText
    #: The text with its publication dateline blanked (same length): event values are looked for here.
    body: str
    #: Every sentence of the text (story or not), and of ``body``: claims are judged in their sentence.
    all_sentences: tuple[Span, ...]
    body_sentences: tuple[Span, ...]
    #: The story's sentences, numbered from 1, as extraction v3 shows them to the model.
    sentences: tuple[Sentence, ...]
    numbers: tuple[NumberMention, ...]
    #: Every date in the text, resolved against the publication date (pointing back in time).
    dates: tuple[DateMention, ...]
    body_dates: tuple[DateMention, ...]
    places: tuple[tuple[Span, Place], ...]
    #: Casualty counts with numerals, and one-victim clauses, "N shot, M killed" splits and tallies.
    casualties: tuple[CasualtyMention, ...]
    victims: tuple[CasualtyMention, ...]
    #: The values offered to the model (v3), with ids.
    candidates: tuple[Candidate, ...]

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def published_at(self) -> dt.datetime | None:
        return self.article.published_at

    def of_kind(self, kind: CandidateKind) -> list[Candidate]:
        return [c for c in self.candidates if c.kind == kind]

    def candidate(self, candidate_id: str) -> Candidate | None:
        return next((c for c in self.candidates if c.id == candidate_id), None)

    def sentence(self, number: int) -> Sentence | None:
        return next((s for s in self.sentences if s.number == number), None)



def _story_sentences(article: Article, all_sentences: list[Span], removed: list[Span]) -> list[Sentence]:
    header = parse_published_header(article.text) is not None
    seen: set[str] = set()
    sentences: list[Sentence] = []
    for span in all_sentences:
        key = " ".join(span.text.split()).casefold()
        if not key or key in seen or any(r.start < span.end and span.start < r.end for r in removed):
            continue
        if header and len(sentences) < HEADER_SENTENCES and parse_published_header(span.text) is not None:
            continue  # the "Published on …" line is metadata, never an event's date or time
        if _timestamp_only(span.text, article):
            continue  # "April 23, 2013 6:12 AM": a page's time stamp, not the story
        if is_caption(span.text):
            continue  # "… on New Paris Road. (Aaron Max/Staff)": a photo credit after a caption
        seen.add(key)
        sentences.append(Sentence(len(sentences) + 1, span))
    return sentences


def _timestamp_only(sentence: str, article: Article) -> bool:
    """A line that is nothing but a date and/or a clock time."""
    published = article.published_at.date() if article.published_at else None
    rest = sentence
    for span in [*(m.span for m in find_dates(sentence, published)), *(m.span for m in find_times(sentence))]:
        rest = rest.replace(span.text, " ")
    words = re.findall(r"[^\W\d_]{2,}", rest)
    return rest != sentence and len(words) <= 1


#: A headline's site tag: a short last segment after a bar, "Vigil held for slain girl | Dayton, OH".
_SITE_TAG = re.compile(r"\s[|•]\s+(?:\S+\s*){1,4}$")


def _site_tag(sentences: list[Sentence]) -> tuple[int, int] | None:
    """Where the headline's site tag lies in the text, if it has one: a place there is where the
    publisher is, not where the story happened."""
    if not sentences or (tag := _SITE_TAG.search(sentences[0].span.text)) is None:
        return None
    return sentences[0].span.start + tag.start(), sentences[0].span.end


def _numbered(sentences: list[Sentence], span: Span) -> int | None:
    return next((s.number for s in sentences if s.span.start <= span.start < s.span.end), None)


def _group(kind: CandidateKind, items: Sequence[tuple[str, Span, CandidateValue, int]]) -> list[Candidate]:
    """One candidate per distinct label, citing every sentence that states it."""
    grouped: dict[str, tuple[Span, CandidateValue, list[int]]] = {}
    for label, span, value, sentence in items:
        entry = grouped.setdefault(label, (span, value, []))
        if sentence not in entry[2]:
            entry[2].append(sentence)
    return [Candidate(f"{_PREFIX[kind]}{i}", kind, label, tuple(s), span, value)
            for i, (label, (span, value, s)) in enumerate(grouped.items(), start=1)]


def _date_label(mention: DateMention) -> str:
    if mention.value is None:
        return f'"{mention.span.text}" (no publication date to resolve it)'
    value = mention.value.isoformat()
    weekday = f" ({mention.value:%A})" if mention.value and mention.precision == "day" else ""
    return f'"{mention.span.text}" = {value}{weekday}'


def _place_label(place: PlaceMention) -> str:
    where = ", ".join(p for p in (place.city, place.admin1, place.country) if p)
    if place.detail:
        return f"{place.detail} (in {where})"
    return where or place.span.text


def _count_label(mention: CasualtyMention) -> str:
    count = mention.number.count
    value = count.text if count.qualifier != "exact" or not count.best else str(count.best)
    phrase = " ".join(mention.words.split())
    return f'{mention.kind} {value} "{phrase}"' + (f" per {mention.claimed_by}" if mention.claimed_by else "")


def _one_person(mention: CasualtyMention) -> bool:
    """A numeral that counts one person ("One officer was grazed"): told as "an officer" would be, so
    one victim among others the story tells one by one, not the story's total."""
    return mention.number.count.best == 1 and mention.number.count.qualifier == "exact" \
        and mention.number.span.text.lower() in ("one", "1")


#: A victim told by an ordinal: "Investigators learned about the fourth victim ... when a 40-year-old man
#: walked into Episcopal Hospital".
_ORDINAL_VICTIM = re.compile(rf"\b(?:the|a)\s+(?P<ordinal>{ORDINAL_PATTERN})\s+(?:victim|person|man|woman)\b",
                             re.IGNORECASE)


def _one_of_the_split(text: str, added: CasualtyMention, splits: list[CasualtyMention], split: CasualtyMention) -> bool:
    """The one who reached a hospital is told, just before, as an ordinal victim within the split's count
    of the shot ("Four men were shot, two of them fatally ... the fourth victim ... walked into"): one of
    them, not one more."""
    shot = sum(m.number.count.best or 0 for m in splits if m.sentence == split.sentence)
    last = added.parts[-1] if added.parts else added.number.span
    return any(ORDINALS[m.group("ordinal").lower()] <= shot
               for m in _ORDINAL_VICTIM.finditer(text, max(0, last.start - 120), last.start))


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _counts(text: str, casualties: list[CasualtyMention], victims: Victims,
            published: dt.date | None) -> list[CasualtyMention]:
    """Counts with numerals, one-victim clauses and "N shot, M fatally" splits; none from a sentence
    about another incident (those are never this event's figure, whatever the model picks).

    A split replaces the plain counts of its sentence ("5 shot, 1 killed" is 4 injured, not 5), and a
    count told in the clause of a shooter who "was himself shot" holds him too (3 injured in "A man who
    opened fire ..., wounding two people, was himself shot");
    a subject counted in two parts ("two teenagers and a young man") replaces the count of its first
    part; a one-victim clause is kept where no numeral of the same kind is in its sentence, and a killing
    named as a noun ("the fatal shooting of a boy") where nothing else counts the dead there. Where
    the story gives no count of a kind at all, only victims one by one, and they are two or more
    people, one tally (:func:`summarizer.rules.tally.tally`) replaces their clauses; where it
    gives a count and then more victims ("two people were wounded ... a third victim"), their
    sum (:func:`summarizer.rules.tally.added_victims`) replaces them, as it does for victims told
    one by one and then "two others" (:func:`summarizer.rules.tally.others_after`), for a victim
    told as reaching a hospital after the count and for victims told around a group with its ages
    (:mod:`summarizer.rules.uncounted`). A story that counts nobody killed or injured in any of
    these ways may still say "the victim was taken to a hospital": that is one person (killed, if
    any such clause says so).
    """
    split_sentences = {m.sentence for m in victims.splits}
    # a victim the split counts as one of its parts ("A second man has died ... Three men were shot.
    # Marcus Tate was pronounced dead") is in its count, not a claim beside it
    split_parts = {(m.kind, part.start) for m in victims.splits for part in m.parts}
    groups = [v for v in victims.singles if (v.number.count.best or 0) > 1]
    plain = [m for m in casualties if m.sentence not in split_sentences and not any(
        g.kind == m.kind and _within(m.number.span, g.number.span) for g in groups)]
    plain = [m for m in plain if not more_elsewhere(text, m)]  # "...; 3 more shot overnight in Columbus"
    numbered = with_the_shooter(text, one_and_another(text, plain, victims.singles))
    singles = [v for v in victims.singles if v.sentence not in split_sentences
               and (v.kind, v.number.span.start) not in split_parts
               and not any(n.sentence == v.sentence and n.kind == v.kind for n in numbered)]
    singles += [k for k in victims.killings if k.sentence not in split_sentences
                and not any(n.sentence == k.sentence and n.kind == "killed" for n in [*numbered, *singles])]
    background = background_sentences(text, published)
    current = [m for m in [*numbered, *victims.splits, *singles] if m.sentence not in background]
    stated = [m for m in [*numbered, *victims.splits] if m.sentence not in background]  # another incident's are not
    stated_people = [m for m in numbered if m.kind in ("killed", "injured") and m.sentence not in background]
    for kind in ("killed", "injured"):
        of_kind = [m for m in current if m.kind == kind]
        split = [m for m in victims.splits if m.kind == kind and m.sentence not in background]
        # "Two men were found shot; one died ... A short time later, a woman arrived at a hospital with a
        # graze wound": a split's hurt are a count like any other to one more who reached a hospital
        if split and ((added := arrived_after(text, kind, [*stated_people, *split], current)) is not None
                      and not _one_of_the_split(text, added, victims.splits, split[0])
                      # "shot two people, killing one, before he was shot and killed by officers"
                      or (added := gunman_after(text, kind, split, victims.singles)) is not None):
            current = [m for m in current if m.kind != kind] + [added]
            continue
        if not split and \
                (added := added_victims(text, kind, stated_people, current)  # "a third victim"
                 or more_after(text, kind, stated_people)  # "... and two more victims walked into a hospital"
                 or arrived_after(text, kind, stated_people, current)  # "UPDATE: ... a boy walked into a hospital"
                 or others_after(text, kind, stated_people, current)  # "... Two other men were also hurt"
                 or group_among_singles(text, kind, stated_people, current)  # "... Two brothers, 21 and 23, ..."
                 or gunman_after(text, kind, stated_people, victims.singles)) is not None:  # "... then killed himself"
            current = [m for m in current if m.kind != kind] + [added]
            continue
        if any(m.kind == kind and not _one_person(m) and not first_report(text, m) for m in stated):
            continue  # a count the text states is the total; its victims are parts of it
        other_kind = "injured" if kind == "killed" else "killed"
        elsewhere = [(m.number.span.text, m.number.count.best or 0) for m in current if m.kind == other_kind]
        told = [m for m in of_kind if not first_report(text, m)]  # "Police initially reported that six ..."
        if (tallied := tally(text, told, elsewhere)) is not None:  # None also when a clause counts two
            current = [m for m in current if m.kind != kind] + [tallied]
    current = in_the_headline(text, current)  # "Man shot in leg, another grazed", where no tally took them
    current = [ordinal_dead(text, m) for m in current]  # "A third person has died", where no tally took them
    definite = [m for m in victims.definite if m.sentence not in background]
    if definite and not any(m.kind in ("killed", "injured") for m in current):
        current.append(max(definite, key=lambda m: m.kind == "killed"))  # a death told later wins
    return sorted(superseded(text, told_dead(text, current)), key=lambda m: m.number.span.start)


_NAME_WORD = re.compile(r"^[A-Z][a-z'’-]+$")
_CONTRACTION = re.compile(r"['’](?:m|t|re|ve|ll|d)\b")
_PLACE_BEFORE = re.compile(r"\b(?i:in|near|from|outside|inside|into|across|throughout)\s+(?:the\s+)?$")


def _alone_on_its_line(text: str, span: Span) -> bool:
    """A name that is a whole line by itself is a byline ("By Jane Doe") or a site's tagline
    ("Defence Redefined" under a headline), not someone taking part."""
    start, end = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
    return text[start:span.start].strip() in ("", "By", "by") \
        and not text[span.end:len(text) if end < 0 else end].strip()


def _actor_like(text: str, span: Span, places: list[tuple[str, Span, PlaceMention, int]]) -> bool:
    """A known actor (country, organisation, known person), or a person-like name of 2-3 words:
    capitalised words alone ("Weather", "Sports") are not actors, nor are a street ("Maude Avenue"),
    a headline's words around a verb of saying ("Police Say"), an institution or a part of town
    ("Grady Memorial Hospital", "West Side"), a car ("Dodge Charger"), a headline's contraction
    ("I'm Hoping"), or a place: one the rules found, one the gazetteer knows, or a name after "in"
    or "near" ("arrested in East Liberty"). Nor is a name alone on its line, known or not
    (:func:`_alone_on_its_line`)."""
    name = span.text
    if _alone_on_its_line(text, span):
        return False
    if known_actor(name):
        # a known capital that the story places in another country is that town, no metonym ("Hamilton
        # police" in Ohio is not Bermuda's government)
        country = lookup_place(canonical_actor(name), fuzzy=False)
        return country is None or country.kind != "country" or not any(
            p.span.text == name and p.country_code not in (None, country.country_code) for _, _, p, _ in places)
    words = name.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words) and \
        words[-1] not in STREET_SUFFIXES and not SPEECH_VERBS.intersection(words) and \
        not NOT_PERSON_WORDS.intersection(w.lower() for w in words) and words[0] not in VEHICLE_MAKES and \
        not _CONTRACTION.search(name) and not _PLACE_BEFORE.search(text, max(0, span.start - 12), span.start) and \
        lookup_place(name, fuzzy=False) is None and not any(p.span.text == name for _, _, p, _ in places)


def _blanked(text: str, spans: list[Span]) -> str:
    """``text`` with ``spans`` turned to spaces (same length, so offsets still hold)."""
    for span in spans:
        text = text[:span.start] + " " * (span.end - span.start) + text[span.end:]
    return text


def analyse(article: Article) -> Document:
    """Build the :class:`Document` for an article: the one place the rules run over its text."""
    text = article.text
    cleaned = clean(text)
    removed = [span for span, _ in cleaned.removed]
    all_sentences = sentence_spans(text)
    sentences = _story_sentences(article, all_sentences, removed)
    published = article.published_at.date() if article.published_at else None
    body = without_dateline(text)
    # Counts and places are read without the lines the cleaner removed: a teaser's "3 killed, 9 wounded in
    # weekend shootings" is no figure of this story, and would hide its victims from the counting rules;
    # its "... in Waynesboro" would outrank the town the story names only by its dateline.
    story = _blanked(text, removed)
    casualties = find_casualties(story, published.year if published else None)
    victims = find_victims(story, published)

    def where(span: Span) -> int | None:
        return _numbered(sentences, span)

    all_dates = find_dates(text, published, prefer="past")
    back = counted_back(text, all_dates)  # "died Sunday, a day after he was shot"
    anchors = {m.span.start for m in back}  # Sunday is the death's day, not the shooting's: not offered
    all_dates += back
    dates = [(_date_label(m), m.span, m, n) for m in all_dates
             if m.precision in _EVENT_PRECISIONS and (m.value is not None or m.precision == "weekday")
             and not (m.span.start in anchors and m not in back)
             and not (published and m.value and m.value > published)  # a future date is a schedule
             and not is_birthday(text, m) and not (published and page_stamp(text, m.span))
             and (n := where(m.span))]
    times = [(f'"{m.span.text}"', m.span, m, n) for m in find_times(text)
             if (n := where(m.span)) and not (published and page_stamp(text, m.span))]
    if not dates and times and published:
        _, span, first, n = times[0]
        clock_day = day_of_clock_time(first, published)
        dates = [(f"{_date_label(clock_day)} (publication day: no day is stated)", span, clock_day, n)]
    site_tag = _site_tag(sentences)
    places = [(_place_label(p), p.span, p, n) for p in find_place_mentions(story)  # a teaser's town is none
              if (n := where(p.span)) and not (site_tag and site_tag[0] <= p.span.start < site_tag[1])]
    chosen_counts = _counts(story, casualties, victims, published)
    counts = [(_count_label(m), m.number.span, m, n) for m in chosen_counts
              for part in m.parts or (m.number.span,) if (n := where(part))]
    actors = [(canonical_actor(span.text), span, canonical_actor(span.text), n)
              for span in find_actor_mentions(text) if (n := where(span)) and _actor_like(text, span, places)]
    candidates = [*_group("date", dates), *_group("time", times), *_group("place", places),
                  *_group("count", counts), *_group("actor", actors)]
    return Document(
        article=article, published=published, cleaned=cleaned, body=body, all_sentences=tuple(all_sentences),
        body_sentences=tuple(sentence_spans(body)), sentences=tuple(sentences), numbers=tuple(find_numbers(text)),
        dates=tuple(all_dates), body_dates=tuple(find_dates(body, published)), places=tuple(find_places(text)),
        casualties=tuple(casualties), victims=(*victims.all, *(m for m in chosen_counts if m.parts)),
        candidates=tuple(candidates))
