"""Human-readable output: Markdown for records, Markdown and a self-contained HTML report for summaries.

The HTML report is one file with inline CSS and no scripts, fonts or images from anywhere else,
so it can be mailed, archived or opened offline. Every value in it links to the highlighted
sentence of the article it came from.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable, Mapping

from summarizer.articles import Article
from summarizer.schemas import ArticleResult, CasualtyClaim, EventRecord, Span
from summarizer.summary import Candidate, CountLedger, FieldLedger, MergedEvent, Summary


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


# --------------------------------------------------------------------------------------------
# Summaries
# --------------------------------------------------------------------------------------------


def _sources(candidates: Iterable[Candidate]) -> str:
    return "; ".join(
        f"“{c.value}”" + (f" ({c.source})" if c.source else "") + f" [{c.article_id[:8]}]"
        + (f" {c.verdict}" if c.verdict and c.verdict != "supported" else "")
        for c in candidates
    )


def _ledger_line(name: str, ledger: FieldLedger) -> str:
    value = ledger.value or "unknown"
    extra = f" — {ledger.note}" if ledger.note else ""
    return f"- **{name}:** {value} · _{ledger.status}_, {ledger.support} source(s){extra}\n  - {_sources(ledger.candidates)}"


def _count_line(ledger: CountLedger) -> str:
    high = "∞" if ledger.high is None else ledger.high
    head = (f"- **{ledger.kind}** ({ledger.scope}): _{ledger.status}_ · low {ledger.low}, best {ledger.best}, "
            f"high {high}, conservative {ledger.conservative}")
    claims = "\n".join(f"  - “{c.value}”" + (f" according to {c.source}" if c.source else "")
                       + f" [{c.article_id[:8]}]" + (f" ({c.verdict})" if c.verdict else "") for c in ledger.claims)
    return f"{head}\n  - rule: {ledger.rule}\n{claims}"


def event_markdown(event: MergedEvent) -> str:
    lines = [f"## {event.event_type}: {event.summary}", "",
             f"{len(event.article_ids)} article(s), {event.independent_sources} independent source(s); "
             f"types reported: {', '.join(event.event_types)}", "",
             _ledger_line("Date", event.date), _ledger_line("Time", event.time),
             _ledger_line("Place", event.location)]
    lines.extend(_count_line(ledger) for ledger in event.casualties.values())
    if event.actors:
        lines.append("- **Actors:** " + "; ".join(
            a.canonical + (f" (also: {', '.join(v for v in a.variants if v != a.canonical)})"
                           if len(a.variants) > 1 else "") for a in event.actors))
    if event.timeline:
        lines.append("- **Timeline:**")
        lines.extend(f"  - {sub.date.value or 'undated'}: {sub.event_type}"
                     f"{f' ({sub.mode})' if sub.mode else ''} — {sub.summary}" for sub in event.timeline)
    return "\n".join(lines) + "\n"


def summary_markdown(summary: Summary, failures: list[ArticleResult] | None = None) -> str:
    parts = [f"# Event summary\n\n{len(summary.events)} event(s), generated {summary.generated_at:%Y-%m-%d %H:%M} UTC.\n"]
    parts.extend(event_markdown(e) for e in summary.events)
    if summary.syndication:
        parts.append("## Syndicated copies (counted once)\n")
        parts.extend(f"- {', '.join(group)}" for group in summary.syndication)
    if failures:
        parts.append("\n## Articles that failed\n")
        parts.extend(f"- {f.source or f.article_id}: {f.error}" for f in failures)
    return "\n".join(parts) + "\n"


# -- HTML ------------------------------------------------------------------------------------

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1c1c1c}
h1{margin-bottom:.2rem}.muted{color:#666}
.card{border:1px solid #ccd;border-radius:8px;padding:1rem 1.2rem;margin:1.2rem 0;background:#fcfcff}
.card h2{margin:.1rem 0 .4rem;font-size:1.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
td,th{border-top:1px solid #e3e3ea;padding:.35rem .5rem;vertical-align:top;text-align:left}
.badge{display:inline-block;padding:0 .45rem;border-radius:4px;font-size:.8rem;font-weight:600}
.consensus{background:#dff3e3;color:#145a25}.single{background:#eef;color:#334}
.unknown{background:#eee;color:#555}.evolving{background:#fff3cd;color:#6b5200}
.disputed{background:#fde2e1;color:#8a1c12}
tr.disputed-row td{background:#fff6f5}
.verdict-unsupported,.verdict-contradicted{color:#8a1c12;font-weight:600}
ol.timeline{list-style:none;padding-left:0;border-left:3px solid #99a;margin-left:.5rem}
ol.timeline li{position:relative;padding:.2rem 0 .4rem 1rem}
ol.timeline li::before{content:"";position:absolute;left:-.5rem;top:.65rem;width:.7rem;height:.7rem;border-radius:50%;background:#557}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:6px;background:#fff;font-size:.9rem}
mark{background:#fff1a8;padding:0 1px}mark:target,a:target+mark{background:#ffb347;outline:2px solid #d07000}
details{margin-top:.5rem}
"""


def _anchor(article_id: str, span: Span) -> str:
    return f"src-{article_id}-{span.start}-{span.end}"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _candidate_html(c: Candidate) -> str:
    label = _esc(c.value if c.value is not None else "—")
    link = f'<a href="#{_anchor(c.article_id, c.evidence)}">{label}</a>' if c.evidence else label
    source = f" <span class=muted>({_esc(c.source)})</span>" if c.source else ""
    verdict = f' <span class="verdict-{c.verdict}">{c.verdict}</span>' if c.verdict and c.verdict != "supported" else ""
    return f"{link}{source} <span class=muted>[{_esc(c.article_id[:8])}]</span>{verdict}"


def _ledger_row(name: str, ledger: FieldLedger) -> str:
    row_class = ' class="disputed-row"' if ledger.status == "disputed" else ""
    candidates = "<br>".join(_candidate_html(c) for c in ledger.candidates) or "<span class=muted>none</span>"
    note = f"<br><span class=muted>{_esc(ledger.note)}</span>" if ledger.note else ""
    return (f"<tr{row_class}><th>{name}</th><td>{_esc(ledger.value or 'unknown')}{note}</td>"
            f'<td><span class="badge {ledger.status}">{ledger.status}</span> {ledger.support} source(s)</td>'
            f"<td>{candidates}</td></tr>")


def _count_row(ledger: CountLedger) -> str:
    row_class = ' class="disputed-row"' if ledger.status == "disputed" else ""
    high = "∞" if ledger.high is None else ledger.high
    claims = "<br>".join(_candidate_html(c) for c in ledger.claims)
    timeline = ""
    if ledger.status == "evolving" and ledger.timeline:
        timeline = "<br><span class=muted>over time: " + " → ".join(
            f"{_esc(p.text)} ({p.published_at:%d %b %H:%M})" if p.published_at else _esc(p.text)
            for p in ledger.timeline) + "</span>"
    return (f"<tr{row_class}><th>{_esc(ledger.kind)}<br><span class=muted>{_esc(ledger.scope)}</span></th>"
            f"<td>low {ledger.low} · best {ledger.best} · high {high}<br>conservative {ledger.conservative}"
            f"<br><span class=muted>{_esc(ledger.rule)}</span>{timeline}</td>"
            f'<td><span class="badge {ledger.status}">{ledger.status}</span></td><td>{claims}</td></tr>')


def _event_html(event: MergedEvent) -> str:
    rows = [_ledger_row("Date", event.date), _ledger_row("Time (UTC)", event.time),
            _ledger_row("Place", event.location)]
    rows.extend(_count_row(ledger) for ledger in event.casualties.values())
    actors = "".join(
        f"<li>{_esc(a.canonical)}"
        + (f" <span class=muted>(as: {_esc(', '.join(a.variants))})</span>" if len(a.variants) > 1 else "")
        + f" <span class=muted>{_esc(', '.join(a.roles))}</span></li>" for a in event.actors)
    timeline = "".join(
        f"<li><strong>{_esc(sub.date.value or 'undated')}</strong>"
        + (f" {_esc(sub.time.value)}" if sub.time.value else "")
        + f" · {_esc(sub.event_type)}{f' ({_esc(sub.mode)})' if sub.mode else ''}: {_esc(sub.summary)}</li>"
        for sub in event.timeline)
    reasons = "".join(f"<li>{_esc(r.a)} ↔ {_esc(r.b)}: {r.decision} by {_esc(r.rule)} (score {r.score:.2f})</li>"
                      for r in event.merge_reasons)
    disputed = sum(ledger.status == "disputed" for ledger in [event.date, event.time, event.location,
                                                              *event.casualties.values()])
    flag = f' <span class="badge disputed">{disputed} disputed</span>' if disputed else ""
    return (f'<section class=card id="{_esc(event.event_id)}"><h2>{_esc(event.summary)}{flag}</h2>'
            f"<div class=muted>{_esc(' / '.join(event.event_types))} · {len(event.article_ids)} article(s), "
            f"{event.independent_sources} independent source(s)</div>"
            f"<table><tr><th>field</th><th>value</th><th>status</th><th>what each source says</th></tr>"
            f"{''.join(rows)}</table>"
            + (f"<h3>Actors</h3><ul>{actors}</ul>" if actors else "")
            + (f"<h3>Timeline</h3><ol class=timeline>{timeline}</ol>" if timeline else "")
            + (f"<details><summary>Why these reports were merged</summary><ul>{reasons}</ul></details>"
               if reasons else "")
            + "</section>")


def _spans_by_article(summary: Summary) -> dict[str, set[tuple[int, int]]]:
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for event in summary.events:
        ledgers = [event.date, event.time, event.location, *[s.date for s in event.timeline],
                   *[s.time for s in event.timeline]]
        candidates = [c for ledger in ledgers for c in ledger.candidates]
        candidates += [c for ledger in event.casualties.values() for c in ledger.claims]
        for c in candidates:
            if c.evidence is not None:
                spans[c.article_id].add((c.evidence.start, c.evidence.end))
    return spans


def _article_html(article: Article, spans: set[tuple[int, int]]) -> str:
    """The article text with every cited span highlighted and addressable by its anchor id."""
    text, out, position = article.text, [], 0
    ordered = sorted(spans)
    for start, end in ordered:
        if start < position:  # overlaps the previous mark: an anchor is enough to land there
            out.append(f'<a id="src-{_esc(article.id)}-{start}-{end}"></a>')
            continue
        out.append(_esc(text[position:start]))
        out.append(f'<a id="src-{_esc(article.id)}-{start}-{end}"></a><mark>{_esc(text[start:end])}</mark>')
        position = end
    out.append(_esc(text[position:]))
    title = article.title or article.source or article.id
    return f'<section id="article-{_esc(article.id)}"><h3>{_esc(title)}</h3><div class=article>{"".join(out)}</div></section>'


def summary_html(summary: Summary, articles: Mapping[str, Article], failures: list[ArticleResult] | None = None) -> str:
    spans = _spans_by_article(summary)
    failed = "".join(f"<li>{_esc(f.source or f.article_id)}: {_esc(f.error)}</li>" for f in failures or [])
    syndication = "".join(f"<li>{_esc(', '.join(g))}</li>" for g in summary.syndication)
    return (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>Event summary</title><style>{_CSS}</style></head><body>"
        f"<h1>Event summary</h1><p class=muted>{len(summary.events)} event(s) from {len(articles)} article(s) · "
        f"generated {summary.generated_at:%Y-%m-%d %H:%M} UTC · schema {summary.schema_version}</p>"
        + "".join(_event_html(e) for e in summary.events)
        + (f"<h2>Syndicated copies (counted as one source)</h2><ul>{syndication}</ul>" if syndication else "")
        + (f"<h2>Articles that failed</h2><ul>{failed}</ul>" if failed else "")
        + "<h2>Source articles</h2>"
        + "".join(_article_html(a, spans.get(a.id, set())) for a in articles.values())
        + "</body></html>\n"
    )
