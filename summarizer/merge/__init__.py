"""Cross-article merge: cluster event records into stories and reconcile them field by field.

``merge(records, articles)`` is pure: the same records (in any order) and article texts give the
same :class:`~summarizer.models.summary.Summary` (``generated_at`` aside, which the caller may fix).
Read the modules in this order:

1. **Inputs.** :mod:`.articles` analyses each article once (its era from :mod:`.eras` when
   undated, its name terms, its sentences); :mod:`.records` reads each record (its date as an
   :class:`~.intervals.Interval`, its place via :mod:`.places`, its actors as entities from
   :mod:`.entities`); :mod:`.syndication` finds copies of one report.
2. **Units** (:mod:`.units`). An article usually reports one story, so its records form one
   *main* unit whether they describe the offensive, the ceasefire that ended it or the talks
   that followed. Records the article dates outside its own "now" are *background* (the "2020
   war" in a 2023 report) and become separate units, chained by date. "Now" is the
   publication window (``RECENT_DAYS`` before publication to ``DATE_WINDOW_DAYS`` after) or,
   for an undated article, its era; in an undated article that dates its current events by
   weekday ("on Tuesday"), month- or year-precision records ("in 2020") are background too,
   because that is how news copy dates past events.
3. **Clustering.** Units are blocked (:mod:`.blocking`) on inverted indexes of *anchor*
   (place, actor, country) x *time bucket*, so no pass is quadratic in the input. Candidate
   pairs are vetoed when their dates cannot belong to one story or their countries are
   disjoint, and otherwise scored (:mod:`.scoring`: actors, place, time, type, summary); the
   text rule (:mod:`.textrule`) adds undated pairs whose articles share rare names.
   :mod:`.clustering` merges pairs best first under the story constraints, syndicated copies
   first, and records every decision as a merge reason.
4. **Reconciliation** (:mod:`.events`). Per merged event: date and time ledgers per sub-event
   (EVENT_TYPE/mode) and the story's location (:mod:`.ledgers`), casualty counts per kind and
   scope (:mod:`.counts`), and actor entity groups (:mod:`.entities`), each value with its
   sources.

Every tuning constant is in :mod:`.thresholds`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

from summarizer.ingest.document import Document
from summarizer.merge.articles import ArticleLike, analyse_article, article_inputs
from summarizer.merge.clustering import cluster_units
from summarizer.merge.entities import resolve_entities
from summarizer.merge.eras import Era, estimate_year
from summarizer.merge.events import build_event
from summarizer.merge.lookups import NameLookups
from summarizer.merge.records import record_features
from summarizer.merge.syndication import syndication_groups
from summarizer.merge.units import Unit, article_units
from summarizer.models.schemas import EventRecord
from summarizer.models.summary import MergeReason, Summary

__all__ = ["ArticleLike", "Era", "estimate_year", "merge", "syndication_groups"]


def merge(records: Sequence[EventRecord], articles: Mapping[str, str | ArticleLike | Document] | None = None, *,
          generated_at: dt.datetime | None = None) -> Summary:
    """Cluster records into event stories and reconcile every field across sources.

    ``articles`` maps article id to its text (or an object with ``text`` and ``published_at``,
    such as :class:`summarizer.ingest.articles.Article`, or the article's analysed
    :class:`~summarizer.ingest.document.Document`, whose sentences are then reused): texts are used for syndication detection,
    era estimation of undated articles and claim scope cues. Without them, the records'
    evidence quotes and summaries stand in for the text and no syndication is detected.
    ``generated_at`` defaults to the current UTC time. Record ids must be unique.
    """
    ids = [r.record_id for r in records]
    if len(set(ids)) != len(ids):
        raise ValueError("record ids must be unique")
    records = sorted(records, key=lambda r: r.record_id)
    lookups = NameLookups()
    texts, published, documents = article_inputs(records, articles)
    syndication = syndication_groups(texts)
    group_of = {aid: group[0] for group in syndication for aid in group}
    entity_of = resolve_entities(records, lookups)

    by_article: dict[str, list[EventRecord]] = defaultdict(list)
    for r in records:
        by_article[r.provenance.article_id].append(r)
    analyses = {aid: analyse_article(aid, texts.get(aid), published.get(aid), group_of.get(aid, aid),
                                     by_article[aid], lookups, documents.get(aid))
                for aid in sorted(by_article)}
    units: list[Unit] = []
    for aid, analysis in analyses.items():
        recs = [record_features(r, analysis.published, entity_of, lookups, analysis.speakers) for r in by_article[aid]]
        units += article_units(analysis, recs)
    clusters, reasons = cluster_units(units, analyses, lookups)

    cluster_of = {i: c for c, members in enumerate(clusters) for i in members}
    reasons_of: dict[int, list[MergeReason]] = defaultdict(list)
    for i, j, reason in reasons:
        for c in sorted({cluster_of[i], cluster_of[j]}):
            reasons_of[c].append(reason)
    events = [build_event([r for i in members for r in units[i].recs], reasons_of[c], analyses, lookups)
              for c, members in enumerate(clusters)]
    events.sort(key=lambda e: (e.date.value or "9999", e.event_id))
    return Summary(generated_at=generated_at or dt.datetime.now(dt.UTC), events=events, syndication=syndication)
