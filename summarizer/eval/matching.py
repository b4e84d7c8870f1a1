"""Whether one predicted slot matches gold, leniently where several answers are right.

* ``type``: the record's type is in the gold's list of acceptable PLOVER types;
* ``date``: the record's ISO date equals the gold date, or falls in ``[value, end]`` of a multi-day
  event (month/year precision compares only month/year);
* ``time``: equal UTC instants when both sides have one, otherwise the same UTC time of day, and
  local time of day only when the record claims no UTC value at all;
* ``place``: the same place under any alias (``lookup_place``), or the same name once folded;
* ``actors``: the same entity under any alias (``same_entity``; a country's forces, ministries,
  authorities or peacekeepers count as the country), with the gold role when the gold gives one;
* ``casualties``: same kind, and the claimed interval contains the gold value (or overlaps a gold
  range).

Actors and casualties are matched one-to-one by maximum bipartite matching, trying required and
tighter gold items first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from summarizer.eval.gold import GoldActor, GoldCasualty, GoldDate, GoldEvent, GoldTime
from summarizer.models.schemas import Actor, CasualtyClaim, EventDate, EventTime
from summarizer.rules import canonical_actor, lookup_place, same_entity
from summarizer.rules.gazetteer import fold


def type_matches(predicted: str, gold: GoldEvent) -> bool:
    return predicted in gold.event_type


def date_matches(predicted: EventDate, gold: GoldDate | None) -> bool:
    """Equal ISO date, any day of a multi-day gold event; coarse precisions compare coarsely."""
    if predicted.value is None or gold is None or gold.value is None:
        return False
    first, last = gold.value, gold.end or gold.value
    value = predicted.value
    if predicted.precision == "year":
        return first.year <= value.year <= last.year
    if predicted.precision == "month":
        return (first.year, first.month) <= (value.year, value.month) <= (last.year, last.month)
    return first <= value <= last


def _utc_time_of_day(time: EventTime) -> dt.time | None:
    if time.utc is not None:
        return time.utc.astimezone(dt.timezone.utc).time().replace(tzinfo=None)
    return time.utc_time.replace(tzinfo=None) if time.utc_time is not None else None


def has_time(time: EventTime) -> bool:
    return time.utc is not None or time.utc_time is not None or time.local_time is not None


def time_matches(predicted: EventTime, gold: GoldTime | None) -> bool:
    """Same instant when both give one; else same UTC time of day; local time only if no UTC is claimed.

    Time of day suffices without an instant because the date is scored as its own slot.
    """
    if gold is None or not has_time(predicted):
        return False
    if predicted.utc is not None and gold.utc is not None:
        return predicted.utc == gold.utc
    utc_time = _utc_time_of_day(predicted)
    if utc_time is not None:
        return gold.utc_time is not None and utc_time == gold.utc_time
    return gold.local_time is not None and predicted.local_time == gold.local_time


def _place_keys(name: str) -> set[str]:
    keys = {fold(name)}
    place = lookup_place(name)
    if place is not None:
        keys.add(fold(place.name))
    return keys


def place_matches(predicted: str | None, gold: GoldEvent) -> bool:
    if not predicted or gold.place is None:
        return False
    gold_keys = set().union(*(_place_keys(n) for n in [gold.place, *gold.place_aliases]))
    return bool(_place_keys(predicted) & gold_keys)


_STATE_ORGANS = re.compile(
    r"(?:'s)?\s+(?:(?:armed\s+)?forces|army|military|troops|soldiers|government|authorities|"
    r"(?:defen[cs]e\s+)?ministry(?:\s+of\s+defen[cs]e)?|peacekeepers|peacekeeping\s+(?:contingent|force))$",
    re.IGNORECASE,
)


def _state_of(name: str) -> str | None:
    """The country behind "Azerbaijani forces", "Russia's peacekeepers", "Armenian Defense Ministry".

    Whether the army or the state acted is rarely what an actor slot is about; the side is.
    """
    stripped = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    head = _STATE_ORGANS.sub("", stripped)
    if head == stripped:
        return None
    place = lookup_place(head, fuzzy=False)
    return place.name if place is not None and place.kind == "country" else None


def _actor_forms(name: str) -> set[str]:
    forms = {fold(canonical_actor(name))}
    state = _state_of(name)
    if state is not None:
        forms.add(fold(state))
    return forms


def actor_matches(predicted: Actor, gold: GoldActor) -> bool:
    """Same entity under any name of either side, and the gold role when one is given."""
    if gold.role is not None and predicted.role != gold.role:
        return False
    mine = [n for n in (predicted.name, predicted.canonical) if n]
    theirs = [gold.name, *gold.aliases]
    forms = set().union(*(_actor_forms(n) for n in mine))
    if forms & set().union(*(_actor_forms(n) for n in theirs)):
        return True
    return any(same_entity(a, b) for a in mine for b in theirs)


def _claim_interval(claim: CasualtyClaim) -> tuple[int, int | None] | None:
    """The claimed interval; ``high`` None is unbounded ("at least 32"), a bare ``best`` is a point."""
    if claim.low is not None:
        return claim.low, claim.high
    if claim.best is not None:
        return claim.best, claim.best
    return None


def casualty_matches(predicted: CasualtyClaim, gold: GoldCasualty) -> bool:
    """Same kind, and the claim contains the gold value (or overlaps the gold range)."""
    interval = _claim_interval(predicted)
    if predicted.kind != gold.kind or interval is None:
        return False
    low, high = interval
    if gold.value is not None:
        return low <= gold.value and (high is None or gold.value <= high)
    gold_low, gold_high = gold.bounds()
    return (gold_high is None or low <= gold_high) and (high is None or gold_low <= high)


def _casualty_preference(predicted: CasualtyClaim, gold: GoldCasualty) -> tuple[bool, bool, bool]:
    """Sort key (smaller first): required gold, the same bounds, then the same source."""
    same_bounds = _claim_interval(predicted) == gold.bounds() or predicted.best == gold.value
    same_source = bool(predicted.claimed_by and gold.source and same_entity(predicted.claimed_by, gold.source))
    return (not gold.required, not same_bounds, not same_source)


def max_matching(n_left: int, candidates: Callable[[int], list[int]]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths); ``candidates(i)`` lists right items, preferred first.

    Greedy one-to-one matching can strand an item ("Russia" takes the only gold actor that
    "Kremlin" could have matched); augmenting paths cannot, and the lists here are short.
    """
    right_of: dict[int, int] = {}
    left_of: dict[int, int] = {}
    options = [candidates(i) for i in range(n_left)]

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in left_of or augment(left_of[j], seen):
                left_of[j] = i
                right_of[i] = j
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return right_of


def match_actors(predicted: Sequence[Actor], gold: Sequence[GoldActor]) -> dict[int, int]:
    def candidates(i: int) -> list[int]:
        hits = [j for j, g in enumerate(gold) if actor_matches(predicted[i], g)]
        return sorted(hits, key=lambda j: not gold[j].required)

    return max_matching(len(predicted), candidates)


def match_casualties(predicted: Sequence[CasualtyClaim], gold: Sequence[GoldCasualty]) -> dict[int, int]:
    def candidates(i: int) -> list[int]:
        hits = [j for j, g in enumerate(gold) if casualty_matches(predicted[i], g)]
        return sorted(hits, key=lambda j: _casualty_preference(predicted[i], gold[j]))

    return max_matching(len(predicted), candidates)
