"""The words reports use, shared by Markdown and HTML so both say the same thing the same way.

Codes stay visible next to their words ("Attack (ASSAULT)") so a reader can match a report to
the JSON; times are given in UTC with the local clock beside them; each count gets a top line a
reader can quote; the reconciliation rules are stated once per report, not under every count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from summarizer.rules import lookup_place
from summarizer.models.schemas import ArticleResult, Verdict
from summarizer.models.summary import ArticleRef, CountLedger, MergedEvent

#: PLOVER event types (plus DISASTER and OTHER) in words. The one place they are spelled out.
EVENT_TYPE_WORDS: dict[str, str] = {
    "AGREE": "Agreement", "CONSULT": "Talks", "SUPPORT": "Support", "CONCEDE": "Concession",
    "COOPERATE": "Cooperation", "AID": "Aid", "RETREAT": "Retreat", "REQUEST": "Appeal",
    "ACCUSE": "Accusation", "REJECT": "Rejection", "THREATEN": "Threat", "PROTEST": "Protest",
    "SANCTION": "Sanction", "MOBILIZE": "Mobilization", "COERCE": "Coercion", "ASSAULT": "Attack",
    "DISASTER": "Disaster", "OTHER": "Other event",
}

#: What each ledger status means, stated once per report.
STATUS_WORDS: dict[str, str] = {
    "consensus": "the sources agree once values are normalised (e.g. three time zones naming one instant)",
    "disputed": "the sources disagree and nothing (such as publication order) explains it",
    "evolving": "counts grow with publication time: the latest report counts, earlier ones form a timeline",
    "single": "only one independent source reports it",
    "unknown": "no source reports it",
}
#: How a count's low / best / high / conservative figures are derived (UCDP and ACLED conventions).
COUNT_TERMS = ("low, best and high follow UCDP (an open-ended claim such as 'at least 32' has no high); "
               "conservative is ACLED's lowest credible figure. Syndicated copies count as one source; "
               "values the verifier rejected are listed but not counted.")

_KIND_ORDER = {kind: i for i, kind in enumerate(("killed", "injured", "missing", "captured", "displaced"))}
_FLAGGED: tuple[Verdict, ...] = ("unsupported", "contradicted")
_UTC_CLOCK = re.compile(r"^(\d{1,2}):(\d{2}) UTC$")


def type_label(code: str, mode: str | None = None) -> str:
    """``Attack (ASSAULT)``, with the mode when there is one: ``Agreement (AGREE, ceasefire)``."""
    words = EVENT_TYPE_WORDS.get(code, code.title())
    return f"{words} ({code}{f', {mode}' if mode else ''})"


def flag(verdict: str | None) -> str:
    """The mark a value or sentence carries when the verifier could not ground it ('' otherwise)."""
    return f"⚠ {verdict}" if verdict in _FLAGGED else ""


def flagged(text: str, verdict: str | None) -> str:
    mark = flag(verdict)
    return f"{text} {mark}" if mark else text


def event_timezone(event: MergedEvent) -> str | None:
    """The IANA zone of the event's place, when the gazetteer knows it."""
    place = lookup_place(event.location.value) if event.location.value else None
    return place.timezone if place else None


def time_label(value: str | None, timezone: str | None) -> str | None:
    """A time ledger value ("2023-09-20T09:00:00+00:00" or "09:00 UTC") as "09:00 UTC (13:00 local)"."""
    if not value:
        return None
    clock = _UTC_CLOCK.match(value)
    try:
        instant = (dt.datetime(2000, 1, 1, int(clock[1]), int(clock[2])) if clock
                   else dt.datetime.fromisoformat(value))
    except ValueError:
        return value
    # Ledger values are UTC; a naive one is too (astimezone would read it as this machine's time).
    utc = instant.replace(tzinfo=dt.timezone.utc) if instant.tzinfo is None else instant.astimezone(dt.timezone.utc)
    label = f"{utc:%H:%M} UTC"
    if timezone and timezone != "UTC":
        try:
            # A bare clock has no date: the offset is that of the instant's own day (fine outside DST changes).
            local = utc.astimezone(ZoneInfo(timezone))
        except (ZoneInfoNotFoundError, ValueError):
            return label
        day = " next day" if local.date() > utc.date() else " previous day" if local.date() < utc.date() else ""
        label += f" ({local:%H:%M}{day} local)"
    return label


def count_name(ledger: CountLedger) -> str:
    return ledger.kind if ledger.scope == "all" else f"{ledger.kind} ({ledger.scope})"


def top_line(ledger: CountLedger) -> str:
    """One quotable line: "killed: at least 32 (reports range 4–200; disputed)"."""
    credible = [c for c in ledger.claims if c.verdict not in _FLAGGED and c.best is not None]
    headline = next((c.value for c in credible if c.best == ledger.best and c.value), None)
    figure = headline or (str(ledger.best) if ledger.best is not None else "unknown")
    bests = sorted({c.best for c in credible if c.best is not None})
    details = [f"reports range {bests[0]:,}–{bests[-1]:,}"] if len(bests) > 1 else []
    details.append({"single": "one source", "evolving": "evolving: latest report"}.get(ledger.status, ledger.status))
    return f"{count_name(ledger)}: {figure} ({'; '.join(details)})"


def counts_in_order(event: MergedEvent) -> list[CountLedger]:
    """The gravest first: killed, injured, missing, captured, displaced; all people before subsets."""
    return sorted(event.casualties.values(),
                  key=lambda c: (_KIND_ORDER.get(c.kind, len(_KIND_ORDER)), c.scope != "all", c.scope))


def event_top_line(event: MergedEvent) -> str | None:
    return " · ".join(top_line(ledger) for ledger in counts_in_order(event)) or None


def rules_used(events: Iterable[MergedEvent]) -> list[str]:
    """The distinct count rules of a report, in first-seen order (each ledger repeats its own)."""
    return list(dict.fromkeys(ledger.rule for e in events for ledger in e.casualties.values()))


def failure_text(result: ArticleResult) -> str:
    """"x.txt: empty file": errors already name their input, so the source is not repeated."""
    where, error = result.source or result.article_id, result.error or "failed"
    return error if error.startswith(f"{where}:") else f"{where}: {error}"


def published_label(article: ArticleRef) -> str:
    return f"{article.published_at:%Y-%m-%d %H:%M}" if article.published_at else "—"
