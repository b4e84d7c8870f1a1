"""Actors as entities: spellings of one person or organisation ("Pashinyan", "Pasinian") are one
entity, corpus-wide for full names (:func:`resolve_entities`) and per story for bare surnames
(:func:`entity_groups`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from summarizer.models.fieldpath import FieldPath
from summarizer.merge.lookups import NameLookups
from summarizer.merge.records import RecordFeatures, verdicts
from summarizer.merge.thresholds import SURNAME_BLOCK_CHARS, SURNAME_PREFILTER
from summarizer.merge.unionfind import groups, union
from summarizer.models.schemas import EventRecord
from summarizer.models.summary import EntityGroup

_INITIAL_CLASSES = str.maketrans("cqyj", "kkii")


def same_entity(a: str, b: str, lookups: NameLookups) -> bool:
    """``same_entity`` behind a cheap necessary condition for person-like names: the surnames
    are close (see ``SURNAME_PREFILTER``) and the initials, if both have one, sound alike."""
    wa, wb = lookups.words(a), lookups.words(b)
    if fuzz.ratio(wa[-1], wb[-1]) < SURNAME_PREFILTER:
        return False
    if len(wa) >= 2 and len(wb) >= 2 and \
            wa[0][:1].translate(_INITIAL_CLASSES) != wb[0][:1].translate(_INITIAL_CLASSES):
        return False
    return lookups.same_entity(a, b)


def resolve_entities(records: Sequence[EventRecord], lookups: NameLookups) -> dict[str, str]:
    """Canonical actor name -> entity id, merging names ``same_entity`` deems one entity.

    Only names of two or more words are merged here, corpus-wide: a bare surname ("Kovalenko")
    may fit several people and would chain them together; it is attached per event instead
    (:func:`entity_groups`). Names are blocked on the first and on the last
    ``SURNAME_BLOCK_CHARS`` letters of their surname (transliteration changes the middle of a
    name: "Pasinian"/"Pashinyan", "Gaddafi"/"Qaddafi") and pre-filtered (:func:`same_entity`),
    so the costly comparison runs on few pairs. The entity id is the most frequent canonical
    name of the group (ties: longer, then alphabetical).
    """
    counts: Counter[str] = Counter(a.canonical or lookups.canonical(a.name) for r in records for a in r.actors)
    names = sorted(counts)
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in names:
        words = lookups.words(name)
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
                if same_entity(a, b, lookups):
                    union(parent, a, b)
    entity_of = {}
    for members in groups(parent, names).values():
        rep = max(members, key=lambda n: (counts[n], len(n), [-ord(c) for c in n]))
        entity_of.update(dict.fromkeys(members, rep))
    return entity_of


@dataclass
class _Group:
    """What the story's records say about one entity, gathered before it becomes an EntityGroup."""

    variants: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    records: set[str] = field(default_factory=set)
    verdicts: Counter[str] = field(default_factory=Counter)

    def absorb(self, other: _Group) -> None:
        self.variants |= other.variants
        self.roles |= other.roles
        self.articles |= other.articles
        self.records |= other.records
        self.verdicts.update(other.verdicts)


def entity_groups(recs: Sequence[RecordFeatures], lookups: NameLookups) -> list[EntityGroup]:
    """Actors of the story under their entity name, with spellings, roles and verdicts.

    A one-word name ("Pasinyan", "Kovalenko") joins the story's multi-word entity it denotes
    when exactly one fits; with none or several it stays on its own.
    """
    found: dict[str, _Group] = {}
    for r in recs:
        checked = verdicts(r.record)
        for i, (actor, (surface, entity)) in enumerate(zip(r.record.actors, r.entities, strict=True)):
            g = found.setdefault(entity, _Group())
            g.variants.add(surface)
            g.roles.add(actor.role)
            g.articles.add(r.article_id)
            g.records.add(r.record.record_id)
            if (path := FieldPath("actors", i)) in checked:
                g.verdicts[checked[path][0]] += 1
    multi = sorted(n for n in found if len(n.split()) >= 2)
    for single in sorted(n for n in found if len(n.split()) == 1):
        fits = [m for m in multi if same_entity(single, m, lookups)]
        if len(fits) == 1:
            found[fits[0]].absorb(found.pop(single))
    ordered = sorted(found.items(), key=lambda kv: (-len(kv[1].articles), kv[0]))
    return [EntityGroup(canonical=name, variants=sorted(g.variants), roles=sorted(g.roles),
                        article_ids=sorted(g.articles), record_ids=sorted(g.records),
                        verdicts=dict(sorted(g.verdicts.items())))
            for name, g in ordered]
