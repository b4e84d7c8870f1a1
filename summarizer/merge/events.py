"""One merged event: a cluster's records reconciled field by field, with a timeline of its
sub-events (EVENT_TYPE/mode) and the reasons its units were merged."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from summarizer.merge.articles import ArticleAnalysis
from summarizer.merge.counts import count_ledgers
from summarizer.merge.entities import entity_groups
from summarizer.merge.ledgers import cluster_anchor_date, date_ledger, location_ledger, time_ledger
from summarizer.merge.lookups import NameLookups
from summarizer.merge.records import RecordFeatures
from summarizer.models.summary import MergedEvent, MergeReason, SubEvent


def _medoid_summary(recs: Sequence[RecordFeatures]) -> str:
    """The summary most similar to the others (first 20 by record id): a representative sentence."""
    sample = [r.record.summary for r in recs[:20]]
    return max(sample, key=lambda s: (sum(fuzz.token_set_ratio(s, o) for o in sample), -len(s), s))


def build_event(recs: Sequence[RecordFeatures], reasons: list[MergeReason], articles: Mapping[str, ArticleAnalysis],
                lookups: NameLookups) -> MergedEvent:
    """The merged event of one cluster. Its headline fields (type, summary, date, time) are
    those of the sub-event most independent sources report (ties: a dated one, then by key)."""
    recs = sorted(recs, key=lambda r: r.record.record_id)
    anchor = cluster_anchor_date(recs)
    zones = Counter(r.record.location.timezone for r in recs if r.record.location.timezone)
    tz = min(zones, key=lambda z: (-zones[z], z)) if zones else None
    by_sub: dict[str, list[RecordFeatures]] = defaultdict(list)
    for r in recs:
        by_sub[r.sub_event].append(r)
    timeline = []
    for key, sub in by_sub.items():
        sub_anchor = cluster_anchor_date(sub) or anchor
        first = sub[0].record
        timeline.append(SubEvent(
            key=key, event_type=first.event_type, mode=first.mode, summary=_medoid_summary(sub),
            record_ids=[r.record.record_id for r in sub], article_ids=sorted({r.article_id for r in sub}),
            date=date_ledger(sub, articles, sub_anchor), time=time_ledger(sub, articles, sub_anchor, tz)))
    support = {s.key: len({articles[r.article_id].source_group for r in by_sub[s.key]}) for s in timeline}
    lead = min(timeline, key=lambda s: (-support[s.key], s.date.value is None, s.key))
    timeline.sort(key=lambda s: (s.date.value or "9999", s.key))
    types = Counter(r.record.event_type for r in recs)
    record_ids = [r.record.record_id for r in recs]
    article_ids = sorted({r.article_id for r in recs})
    return MergedEvent(
        event_id="ev-" + hashlib.sha1("\n".join(record_ids).encode()).hexdigest()[:12],
        event_type=lead.event_type, event_types=sorted(types, key=lambda t: (-types[t], t)),
        summary=lead.summary, article_ids=article_ids, record_ids=record_ids,
        independent_sources=len({articles[a].source_group for a in article_ids}),
        date=lead.date, time=lead.time, location=location_ledger(recs, articles),
        casualties=count_ledgers(recs, articles), actors=entity_groups(recs, lookups),
        merge_reasons=reasons, timeline=timeline,
    )
