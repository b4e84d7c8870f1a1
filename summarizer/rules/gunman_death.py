"""The gunman's own death, told right after the people he killed: "shot and killed his two sons and
then took his own life" is 3 killed, "killed two people before police shot and killed him" too, and
"shot and killed his wife Tuesday night before turning the gun on himself" 2. GVA counts a dead
shooter among the killed, and such a story often states no count that holds him.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.models.schemas import CasualtyKind
from summarizer.rules.casualties import CasualtyMention
from summarizer.rules.tally import FOUND_DEAD, SELF, figure, joined
from summarizer.rules.victim_claims import one_victim

#: Between a count and the gunman's own death: "(two sons) and then (took his own life)", "before killing".
_THEN_SELF = re.compile(r"(?:(?!including)[^.;]){0,60}?\b(?:and\s+then|then|before|and)\b"
                        r"(?:(?!including)[^.;]){0,60}", re.IGNORECASE)


#: Police who shot the gunman dead, right after the count of those he killed: "(three people) before
#: police shot and killed him", "(two) before he was shot dead by officers", "before being killed by a deputy".
#: ... "an off-duty police officer working security" among them.
_POLICE = (r"(?:police|officers|deputies|troopers|agents|an?\s+(?:off-duty\s+)?(?:police\s+)?(?:officer|deputy|trooper"
           r"|agent)(?:\s+working(?:\s+[\w-]+){1,3}?(?=\s+(?:fatally|shot|killed)))?)")
#: What police did to the gunman, active: "fatally shot", "shot and killed", or a headline's "kill".
_SHOT_BY_POLICE = r"(?:fatally\s+shoot|shoot\s+and\s+kill|fatally\s+shot|shot\s+and\s+killed|shot\s+dead|kill(?:ed)?)"
#: Someone police shot dead, told either way: "was shot and killed by an off-duty police officer",
#: "officers shot and killed him", a headline's "killed by off-duty officer". Such a death is not among the people a gunman hit.
KILLED_BY_POLICE = re.compile(
    rf"\b{_POLICE}\s+{_SHOT_BY_POLICE}\b"
    rf"|\b(?:fatally\s+shot|shot\s+(?:and\s+killed|dead|to\s+death)|killed)\s+by\s+(?:[\w'’.-]+\s+){{0,4}}?"
    rf"(?:{_POLICE}|officers?|deputy|trooper)\b",  # a headline's "Gunman killed by off-duty officer"
    re.IGNORECASE)
_THEN_POLICE_KILLED = re.compile(
    rf"(?:(?!including)(?:[^.;]|(?<=\b[A-Z][a-z]{{2}})\.)){{0,100}}?\b(?:and\s+then|then|before|until)\s+(?P<who>"
    rf"{_POLICE}\s+{_SHOT_BY_POLICE}\s+(?:him|her)"
    rf"|(?:(?:he|she)\s+was|being)\s+(?:fatally\s+shot|shot\s+(?:and\s+killed|dead|to\s+death)|killed)"
    rf"\s+by\s+(?:[\w'’.-]+\s+){{0,4}}?{_POLICE})\b", re.IGNORECASE)  # "by Harris County sheriff's deputies"

#: The gunman police shot dead, told before the count of those he killed in his own clause: "Deputies shot
#: and killed a gunman early Sunday after he opened fire inside a bar, killing (two people)", "A man was
#: shot and killed by police after he opened fire at a party, killing (one person)", "... a man who had killed (two)".
_ONE_SHOOTER = r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|suspect|gunman|shooter|teen|teenager)"
_POLICE_KILLED_AFTER = re.compile(
    rf"(?:\b{_POLICE}\s+{_SHOT_BY_POLICE}\s+(?P<object>{_ONE_SHOOTER})"
    rf"|(?P<subject>\b{_ONE_SHOOTER})\s+was\s+{_SHOT_BY_POLICE}\s+by\s+{_POLICE})"
    r"\b[^.;]{0,60}?\b(?:after\s+(?:he|she)|who)\b[^.;]{0,100}?\b(?:killing|fatally\s+shooting|fatally\s+shot"
    r"|shot\s+and\s+killed|killed)\s+$", re.IGNORECASE)


def gunman_after(text: str, kind: CasualtyKind, stated: Sequence[CasualtyMention],
                 singles: Sequence[CasualtyMention]) -> CasualtyMention | None:
    """One claim for a stated count of the dead and the gunman's own death told right after it in its
    clause ("shot and killed his two sons and then took his own life", "killed two people before
    police shot and killed him": 3 killed), or None: GVA counts a dead shooter among the killed. Not
    where the count includes someone ("three people, including the gunman, who killed himself"). The
    gunman police killed may also come first: "police shot and killed a man after he opened fire, killing
    two people" is 3."""
    base = figure([m for m in stated if m.kind == kind])
    if kind != "killed":
        return None
    if not base:
        return _one_then_self(text, stated, singles, base)
    for top in (m for m in stated if m.kind == kind and m.number.count.best == base):
        if (police := _THEN_POLICE_KILLED.match(text, top.number.span.end)) is not None \
                and police.end() <= top.sentence.end:
            shooter = one_victim(text, kind, police.start("who"), police.end("who"), top.sentence, top.claimed_by)
            return joined(text, [top, shooter], base + 1)
        if (own := _then_self(text, top, singles)) is not None:
            return joined(text, [top, own], base + 1)
        if (first := _police_killed_first(text, top)) is not None:
            return joined(text, [first, top], base + 1)
    return _one_then_self(text, stated, singles, base)


def _then_self(text: str, top: CasualtyMention, singles: Sequence[CasualtyMention]) -> CasualtyMention | None:
    """The gunman's own death told right after ``top`` in its clause ("... before turning the gun on himself");
    not after those found dead, who hold him ("a man and a woman found dead ... shot his wife before turning
    the gun on himself" is 2)."""
    if FOUND_DEAD.match(text, top.number.span.end):
        return None
    return next((own for own in singles if own.kind == "killed" and own.sentence == top.sentence
                 and SELF.fullmatch(own.number.span.text) and own.number.span.start > top.number.span.end
                 and _THEN_SELF.fullmatch(text[top.number.span.end:own.number.span.start])), None)


def _one_then_self(text: str, stated: Sequence[CasualtyMention], singles: Sequence[CasualtyMention],
                   base: int | None) -> CasualtyMention | None:
    """One person (or a group told by name: "his wife and their adult son") killed and then the gunman
    ("shot and killed his wife Tuesday night before turning the gun on himself", or "... before he was
    shot to death by a police officer": 2 killed), where no count of the dead says otherwise: ``base``,
    the stated dead's :func:`~summarizer.rules.tally.figure`, is 0 (none) or the gunman's count (None:
    one is not exact)."""
    for top in singles:
        size = top.number.count.best or 0
        if top.kind != "killed" or not size or SELF.fullmatch(top.number.span.text) \
                or any(m.kind == "killed" and m.sentence == top.sentence for m in stated):
            continue
        # the police who killed him, told first, set him apart from those he killed: a count of as many
        # as he killed is of them ("Deputies kill gunman ...; leaves 1 dead")
        if base in (0, size, size + 1) and (first := _police_killed_first(text, top)) is not None:
            return joined(text, [first, top], size + 1)
        if base not in (0, size + 1):
            continue
        if (own := _then_self(text, top, singles)) is not None:
            return joined(text, [top, own], size + 1)
        # "shot and killed his estranged wife ... before he was shot to death by a police officer"
        if size == 1 and (police := _THEN_POLICE_KILLED.match(text, top.number.span.end)) is not None \
                and police.end() <= top.sentence.end:
            shooter = one_victim(text, "killed", police.start("who"), police.end("who"), top.sentence, top.claimed_by)
            return joined(text, [top, shooter], 2)
    return None


def _police_killed_first(text: str, top: CasualtyMention) -> CasualtyMention | None:
    """The gunman police killed, told before ``top``, those he killed (:data:`_POLICE_KILLED_AFTER`)."""
    if (before := _POLICE_KILLED_AFTER.search(text, top.sentence.start, top.number.span.start)) is None:
        return None
    group = "object" if before.group("object") is not None else "subject"
    return one_victim(text, "killed", before.start(group), before.end(group), top.sentence, top.claimed_by)
