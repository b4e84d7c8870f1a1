"""Victims a story's count leaves out, where the text tells them as other people.

* A victim who reaches a hospital after the story counted the shot: "Two teenagers were shot ... A
  17-year-old boy was shot twice in the legs and a 16-year-old boy was shot once ... About an hour
  later, a 15-year-old boy walked into St. Christopher's Hospital with a gunshot wound" is 3 injured.
  Someone who "walked into a hospital with a gunshot wound" after a count is often one of those
  counted, told again. They are one more only where the text says so: an update tells them as news
  ("UPDATE: Police now say a 17-year-old boy walked into ..."), or the victims told one by one
  before already make up the count and the newcomer is none of them.
* Victims told one by one around a group told with its ages ("Two brothers, 21 and 23, were each
  struck"), where the story states no total: each one told alone with an age none of the group has
  is someone else.

As in :mod:`summarizer.rules.tally`, people are told apart only by what the text says of them: ages,
sexes, names, roles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.models.schemas import CasualtyKind
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.lexicon import ARRIVED_WOUNDED, HOSPITAL_ARRIVAL
from summarizer.rules.people import distinct_people, who
from summarizer.rules.tally import joined

#: Someone the text introduces (not "the man", told before).
_INDEFINITE = re.compile(r"(?:a|an)\s", re.IGNORECASE)
#: What the newcomer did: came to a hospital on their own, hurt.
_ARRIVED = re.compile(rf"\s+(?:later\s+|also\s+)?(?:{HOSPITAL_ARRIVAL}|{ARRIVED_WOUNDED})", re.IGNORECASE)
#: An update's news: "UPDATE (9:15 a.m.): Police now say", "Police later learned".
_NEWS = re.compile(r"\bUPDATE\b|\bnow\s+say|\b(?:later|since)\s+(?:learned|found|confirmed)\b")


def arrived_after(text: str, kind: CasualtyKind, stated: Sequence[CasualtyMention],
                  singles: Sequence[CasualtyMention]) -> CasualtyMention | None:
    """One claim for the stated count of the injured and the victims who reached a hospital after it
    as people beyond it (module rules), or None. ``stated`` are the numbered claims, ``singles`` the
    one-victim claims."""
    counts = sorted((m for m in stated if m.kind == kind), key=lambda m: m.number.span.start)
    if kind != "injured" or not counts or any(m.number.count.qualifier != "exact" for m in counts):
        return None
    base = max(m.number.count.best or 0 for m in counts)
    first = counts[0]
    told: list[CasualtyMention] = []
    extra: list[CasualtyMention] = []
    for m in sorted((s for s in singles if s.kind == kind and s.number.count.best == 1
                     and s.number.span.start > first.sentence.end), key=lambda s: s.number.span.start):
        phrase = m.number.span.text
        arrived = _INDEFINITE.match(phrase) and _ARRIVED.match(text, m.number.span.end)
        before = [t.number.span.text for t in told]
        known = distinct_people(before)
        new = known >= base and distinct_people([*before, phrase]) > known
        if arrived and (_NEWS.search(m.sentence.text) or new):
            extra.append(m)
        else:
            told.append(m)
    if not extra:
        return None
    return joined(text, [first, *extra], base + len(extra))


#: A group told with each one's age: "Two brothers, 21 and 23, were each struck".
_AGED_GROUP = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:ages\s+)?(?P<ages>\d{1,3}(?:,\s+\d{1,3})*,?\s+and\s+\d{1,3}),")


def group_among_singles(text: str, kind: CasualtyKind, stated: Sequence[CasualtyMention],
                        singles: Sequence[CasualtyMention]) -> CasualtyMention | None:
    """One claim for victims told one by one around a group told with its ages, where the story states
    no other count of the kind ("A 16-year-old girl was shot in the hip. Two brothers, 21 and 23, were
    each struck in the legs. A 45-year-old woman ... A 30-year-old man ..." is 5), or None. Each one
    told alone must give an age none of the group has: everyone is then someone else."""
    counts = [m for m in stated if m.kind == kind]
    if len(counts) != 1 or counts[0].number.count.qualifier != "exact":
        return None
    group = counts[0]
    listed = _AGED_GROUP.match(text, group.number.span.end)
    size = group.number.count.best or 0
    if listed is None or len(ages := {int(a) for a in re.findall(r"\d+", listed.group("ages"))}) != size:
        return None
    alone = [m for m in singles if m.kind == kind and m.number.count.best == 1]
    people = [who(m.number.span.text) for m in alone]
    if not alone or any(p.age is None or p.age in ages for p in people) or len({p.age for p in people}) != len(people):
        return None
    return joined(text, sorted([group, *alone], key=lambda m: m.number.span.start), size + len(alone))
