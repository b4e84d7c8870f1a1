"""Markdown for people: records of one article each, and the merged summary of a batch.

Every citation (``[8f122ce5]``) links to the "Sources" table; unknown fields are left out rather
than shown as empty bullets; anything the verifier could not ground carries its flag.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from summarizer.report.words import (
    COUNT_TERMS,
    STATUS_WORDS,
    counts_in_order,
    event_timezone,
    event_top_line,
    failure_text,
    flag,
    flagged,
    published_label,
    rules_used,
    time_label,
    type_label,
)
from summarizer.models.schemas import ArticleResult, CasualtyClaim, EventRecord
from summarizer.models.summary import (
    ArticleRef,
    Candidate,
    CountLedger,
    FieldLedger,
    MergedEvent,
    Summary,
    record_summary_verdict,
)


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def cite(article_id: str) -> str:
    """A citation that links to the article's row of the Sources table."""
    return f"[[{article_id[:8]}]](#a-{article_id[:8]})"


# -- records (one article at a time) -----------------------------------------------------------


def _claim(claim: CasualtyClaim) -> str:
    if claim.low is None:
        return claim.text
    bounds = str(claim.low) if claim.low == claim.high else f"{claim.low}–{'open' if claim.high is None else claim.high}"
    source = f" according to {claim.claimed_by}" if claim.claimed_by else ""
    civilians = " civilians" if claim.civilians else ""
    return f"{claim.kind}{civilians}: “{claim.text}” → {bounds}{source}"


def _record_time(record: EventRecord) -> str | None:
    utc = record.time.utc.isoformat() if record.time.utc else \
        f"{record.time.utc_time:%H:%M} UTC" if record.time.utc_time else None
    return time_label(utc, record.time.timezone) or record.time.text


def record_markdown(record: EventRecord) -> str:
    verdicts = {c.field: c.verdict for c in record.verification.checks} if record.verification else {}
    summary = flagged(record.summary, record_summary_verdict(record))
    lines = [f"### {type_label(record.event_type, record.mode)}: {summary}", ""]
    day = str(record.date.value or record.date.text or "")
    clock = _record_time(record)
    when = ", ".join(flagged(x, verdicts.get(field)) for x, field in ((day, "date"), (clock, "time")) if x)
    where = ", ".join(dict.fromkeys(x for x in (record.location.name, record.location.country) if x))
    if when:
        lines.append(f"- **When:** {when}")
    if where:
        lines.append(f"- **Where:** {flagged(where, verdicts.get('location'))}")
    if record.actors:
        lines.append("- **Who:** " + "; ".join(
            flagged(f"{a.name} ({a.role})", verdicts.get(f"actors[{i}]")) for i, a in enumerate(record.actors)))
    lines.extend(f"- **Casualties:** {flagged(_claim(c), verdicts.get(f'casualties[{i}].count'))}"
                 for i, c in enumerate(record.casualties))
    lines.extend(f"- **Statement** by {s.speaker}: “{s.quote}” {flag(verdicts.get(f'statements[{i}].quote'))}".rstrip()
                 for i, s in enumerate(record.statements))
    for evidence in record.evidence:
        found = f"chars {evidence.span.start}–{evidence.span.end}" if evidence.span else "NOT FOUND in article"
        lines.append(f"- **Evidence** ({evidence.match}, {found}): “{evidence.quote}”")
    if record.verification is not None:
        lines.append(f"- **Support score:** {record.verification.support_score:.2f}")
        lines.extend(f"  - ⚠ `{c.field}` = “{c.value}”: {c.verdict} ({c.reason})"
                     for c in record.verification.checks if c.verdict != "supported")
        if record.verification.dropped:
            lines.append(f"- **Dropped** (policy drop, not supported): {', '.join(record.verification.dropped)}")
    return "\n".join(lines) + "\n"


def records_markdown(results: list[ArticleResult]) -> str:
    parts = ["# Extracted events\n"]
    for result in results:
        parts.append(f"## {result.source or result.article_id}\n")
        if not result.ok:
            parts.append(f"**Error:** {failure_text(result)}\n")
        elif not result.records:
            parts.append("_No events found._\n")
        parts.extend(record_markdown(r) for r in result.records)
    return "\n".join(parts)


# -- summaries --------------------------------------------------------------------------------


def _candidates(candidates: Iterable[Candidate]) -> str:
    """What each source said; a value one article repeats is listed once, with "×n"."""
    said = Counter(" ".join(x for x in (f"“{c.value}”" + (f" according to {c.source}" if c.source else ""),
                                       cite(c.article_id), flag(c.verdict)) if x) for c in candidates)
    return "; ".join(text + (f" ×{n}" if n > 1 else "") for text, n in said.items())


def _sources(n: int) -> str:
    return f"{n} source{'s' if n != 1 else ''}"


def _ledger_lines(name: str, ledger: FieldLedger, value: str | None = None) -> list[str]:
    if ledger.status == "unknown" or not ledger.candidates:
        return []
    note = f" — {ledger.note}" if ledger.note else ""
    return [f"- **{name}:** {value or ledger.value or 'not reconciled'} · _{ledger.status}_, "
            f"{_sources(ledger.support)}{note}", f"  - {_candidates(ledger.candidates)}"]


def _count_lines(ledger: CountLedger) -> list[str]:
    high = "open" if ledger.high is None else ledger.high
    lines = [f"  - **{ledger.kind}** ({ledger.scope}): _{ledger.status}_ · low {ledger.low}, best {ledger.best}, "
             f"high {high}, conservative {ledger.conservative}"]
    lines.extend(f"    - {_candidates([c])}" for c in ledger.claims)
    return lines


def event_markdown(event: MergedEvent) -> str:
    top = event_top_line(event)
    lines = [f"## {type_label(event.event_type)}: {flagged(event.summary, event.summary_verdict)}", ""]
    if top:
        lines += [f"**{top}**", ""]
    lines += [f"{len(event.article_ids)} article(s), {event.independent_sources} independent source(s); "
              f"types reported: {', '.join(type_label(t) for t in event.event_types)}", ""]
    lines += _ledger_lines("Date", event.date)
    lines += _ledger_lines("Time", event.time, time_label(event.time.value, event_timezone(event)))
    lines += _ledger_lines("Place", event.location)
    if event.casualties:
        lines.append("- **Counts:**")
        for ledger in counts_in_order(event):
            lines += _count_lines(ledger)
    if event.actors:
        lines.append("- **Actors:** " + "; ".join(
            a.canonical + (f" (also: {', '.join(v for v in a.variants if v != a.canonical)})"
                           if len(a.variants) > 1 else "") for a in event.actors))
    if event.timeline:
        lines.append("- **Timeline:**")
        lines.extend(f"  - {sub.date.value or 'undated'} · {type_label(sub.event_type, sub.mode)} — "
                     f"{flagged(sub.summary, sub.summary_verdict)}" for sub in event.timeline)
    return "\n".join(lines) + "\n"


def _sources_table(articles: list[ArticleRef]) -> str:
    rows = [f"| <a id=\"a-{a.short_id}\"></a>{a.short_id} | {_cell(a.title or '—')} | {_cell(a.url or a.source or '—')} "
            f"| {published_label(a)} |" for a in articles]
    return "## Sources\n\n| id | title | source | published |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"


def _how_to_read(summary: Summary) -> str:
    statuses = "\n".join(f"- _{status}_: {words}" for status, words in STATUS_WORDS.items())
    rules = "\n".join(f"- {rule}" for rule in rules_used(summary.events))
    return ("## How to read the ledgers\n\nEach field lists what every source said, then the reconciled value "
            f"and its status:\n\n{statuses}\n\nCounts: {COUNT_TERMS} ⚠ marks a value or sentence the verifier "
            "found unsupported or contradicted by its article." + (f"\n\nRules used for the counts above:\n\n{rules}"
                                                                    if rules else "") + "\n")


def summary_markdown(summary: Summary, failures: list[ArticleResult] | None = None) -> str:
    parts = [f"# Event summary\n\n{len(summary.events)} event(s), generated {summary.generated_at:%Y-%m-%d %H:%M} UTC.\n"]
    parts.extend(event_markdown(e) for e in summary.events)
    if summary.syndication:
        parts.append("## Syndicated copies (counted once)\n")
        parts.append("\n".join(f"- {', '.join(cite(a) for a in group)}" for group in summary.syndication) + "\n")
    if failures:
        parts.append("## Articles that failed\n")
        parts.append("\n".join(f"- {failure_text(f)}" for f in failures) + "\n")
    if summary.articles:
        parts.append(_sources_table(summary.articles))
    parts.append(_how_to_read(summary))
    return "\n".join(parts)
