"""Human-readable output: Markdown for records (and, later, merged events)."""

from __future__ import annotations

from summarizer.schemas import ArticleResult, CasualtyClaim, EventRecord


def _count(claim: CasualtyClaim) -> str:
    if claim.low is None:
        return claim.text
    high = "∞" if claim.high is None else str(claim.high)
    bounds = str(claim.low) if claim.low == claim.high else f"[{claim.low}, {high}]"
    source = f" according to {claim.claimed_by}" if claim.claimed_by else ""
    civilians = " civilians" if claim.civilians else ""
    return f"{claim.kind}{civilians}: “{claim.text}” → {bounds}{source}"


def record_markdown(record: EventRecord) -> str:
    lines = [f"### {record.event_type}{f' ({record.mode})' if record.mode else ''}: {record.summary}", ""]
    when = record.date.value.isoformat() if record.date.value else (record.date.text or "date unknown")
    if record.time.utc:
        when += f", {record.time.utc.isoformat()}"
    elif record.time.text:
        when += f", {record.time.text}"
    lines.append(f"- **When:** {when}")
    where = ", ".join(x for x in (record.location.name, record.location.country) if x)
    lines.append(f"- **Where:** {where or 'unknown'}")
    if record.actors:
        lines.append("- **Who:** " + "; ".join(f"{a.name} ({a.role})" for a in record.actors))
    lines.extend(f"- **Casualties:** {_count(c)}" for c in record.casualties)
    for evidence in record.evidence:
        where_found = f"chars {evidence.span.start}–{evidence.span.end}" if evidence.span else "NOT FOUND in article"
        lines.append(f"- **Evidence** ({evidence.match}, {where_found}): “{evidence.quote}”")
    if record.verification is not None:
        flagged = [c for c in record.verification.checks if c.verdict != "supported"]
        lines.append(f"- **Support score:** {record.verification.support_score:.2f}")
        lines.extend(f"  - ⚠ `{c.field}` = “{c.value}”: {c.verdict} ({c.reason})" for c in flagged)
    return "\n".join(lines) + "\n"


def records_markdown(results: list[ArticleResult]) -> str:
    parts = ["# Extracted events\n"]
    for result in results:
        parts.append(f"## {result.source or result.article_id}\n")
        if not result.ok:
            parts.append(f"**Error:** {result.error}\n")
        elif not result.records:
            parts.append("_No events found._\n")
        parts.extend(record_markdown(r) for r in result.records)
    return "\n".join(parts)
