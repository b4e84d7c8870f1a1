"""A self-contained HTML report of a summary: one file, inline CSS, no scripts, fonts or images.

It can be mailed, archived or opened offline. Every value links to its highlighted sentence;
highlights are coloured by the verifier's verdict and name the field they support on hover;
every citation links to the article index at the top.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from summarizer.ingest.articles import Article
from summarizer.report.words import (
    COUNT_TERMS,
    STATUS_WORDS,
    count_name,
    counts_in_order,
    event_timezone,
    event_top_line,
    failure_text,
    flag,
    published_label,
    rules_used,
    time_label,
    type_label,
)
from summarizer.models.schemas import ArticleResult, Span
from summarizer.models.summary import ArticleRef, Candidate, CountLedger, FieldLedger, MergedEvent, Summary, article_index

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1c1c1c}
h1{margin-bottom:.2rem}.muted{color:#666}
.card{border:1px solid #ccd;border-radius:8px;padding:1rem 1.2rem;margin:1.2rem 0;background:#fcfcff}
.card h2{margin:.1rem 0 .4rem;font-size:1.2rem}
.topline{font-size:1.05rem;font-weight:600;margin:.3rem 0;padding:.3rem .6rem;background:#f1f1f8;border-radius:6px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
td,th{border-top:1px solid #e3e3ea;padding:.35rem .5rem;vertical-align:top;text-align:left}
.badge{display:inline-block;padding:0 .45rem;border-radius:4px;font-size:.8rem;font-weight:600}
.consensus{background:#dff3e3;color:#145a25}.single{background:#eef;color:#334}
.unknown{background:#eee;color:#555}.evolving{background:#fff3cd;color:#6b5200}
.disputed{background:#fde2e1;color:#8a1c12}
tr.disputed-row td{background:#fff6f5}
.flag{color:#8a1c12;font-weight:600;white-space:nowrap}
ol.timeline{list-style:none;padding-left:0;border-left:3px solid #99a;margin-left:.5rem}
ol.timeline li{position:relative;padding:.2rem 0 .4rem 1rem}
ol.timeline li::before{content:"";position:absolute;left:-.5rem;top:.65rem;width:.7rem;height:.7rem;border-radius:50%;background:#557}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:6px;background:#fff;font-size:.9rem}
mark{padding:0 1px;border-radius:2px}
.v-supported{background:#c9efd2}.v-unsupported{background:#ffe29a}.v-contradicted{background:#ffb3ad}
.v-unchecked{background:#e4e4ee}
mark:target,a:target+mark{outline:3px solid #d07000}
.legend span{margin-right:1rem}.legend mark{display:inline-block;width:2.2rem}
details{margin-top:.5rem}
"""
_BADNESS = {"supported": 0, "unchecked": 1, "unsupported": 2, "contradicted": 3}


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _anchor(article_id: str, span: Span) -> str:
    return f"src-{article_id}-{span.start}-{span.end}"


def _cite(article_id: str) -> str:
    short = _esc(article_id[:8])
    return f'<a class=muted href="#a-{short}">[{short}]</a>'


def _flag(verdict: str | None) -> str:
    mark = flag(verdict)
    return f" <span class=flag>{mark}</span>" if mark else ""


def _candidate_html(c: Candidate) -> str:
    label = _esc(c.value if c.value is not None else "—")
    link = f'<a href="#{_anchor(c.article_id, c.evidence)}">{label}</a>' if c.evidence else label
    source = f" <span class=muted>({_esc(c.source)})</span>" if c.source else ""
    return f"{link}{source} {_cite(c.article_id)}{_flag(c.verdict)}"


def _candidates_html(candidates: Iterable[Candidate]) -> str:
    """One line per distinct report; a value one article repeats is listed once, with "×n"."""
    said = Counter(_candidate_html(c) for c in candidates)
    return "<br>".join(line + (f" <span class=muted>×{n}</span>" if n > 1 else "") for line, n in said.items())


def _ledger_row(name: str, ledger: FieldLedger, value: str | None = None) -> str:
    if ledger.status == "unknown" or not ledger.candidates:
        return ""
    row_class = ' class="disputed-row"' if ledger.status == "disputed" else ""
    note = f"<br><span class=muted>{_esc(ledger.note)}</span>" if ledger.note else ""
    return (f"<tr{row_class}><th>{name}</th><td>{_esc(value or ledger.value or 'not reconciled')}{note}</td>"
            f'<td><span class="badge {ledger.status}">{ledger.status}</span> {ledger.support} source(s)</td>'
            f"<td>{_candidates_html(ledger.candidates)}</td></tr>")


def _count_row(ledger: CountLedger) -> str:
    row_class = ' class="disputed-row"' if ledger.status == "disputed" else ""
    high = "open" if ledger.high is None else ledger.high
    timeline = ""
    if ledger.status == "evolving" and ledger.timeline:
        timeline = "<br><span class=muted>over time: " + " → ".join(
            f"{_esc(p.text)} ({p.published_at:%d %b %H:%M})" if p.published_at else _esc(p.text)
            for p in ledger.timeline) + "</span>"
    return (f"<tr{row_class}><th>{_esc(ledger.kind)}<br><span class=muted>{_esc(ledger.scope)}</span></th>"
            f"<td>low {ledger.low} · best {ledger.best} · high {high}<br>conservative {ledger.conservative}"
            f"{timeline}</td><td><span class=\"badge {ledger.status}\">{ledger.status}</span></td>"
            f"<td>{_candidates_html(ledger.claims)}</td></tr>")


def _event_html(event: MergedEvent) -> str:
    rows = [_ledger_row("Date", event.date),
            _ledger_row("Time", event.time, time_label(event.time.value, event_timezone(event))),
            _ledger_row("Place", event.location)]
    rows.extend(_count_row(ledger) for ledger in counts_in_order(event))
    actors = "".join(
        f"<li>{_esc(a.canonical)}"
        + (f" <span class=muted>(as: {_esc(', '.join(a.variants))})</span>" if len(a.variants) > 1 else "")
        + f" <span class=muted>{_esc(', '.join(a.roles))}</span></li>" for a in event.actors)
    timeline = "".join(
        f"<li><strong>{_esc(sub.date.value or 'undated')}</strong>"
        + (f" {_esc(time_label(sub.time.value, event_timezone(event)))}" if sub.time.value else "")
        + f" · {_esc(type_label(sub.event_type, sub.mode))}: {_esc(sub.summary)}{_flag(sub.summary_verdict)}</li>"
        for sub in event.timeline)
    reasons = "".join(f"<li>{_esc(r.a)} ↔ {_esc(r.b)}: {r.decision} by {_esc(r.rule)} (score {r.score:.2f})</li>"
                      for r in event.merge_reasons)
    ledgers: list[FieldLedger | CountLedger] = [event.date, event.time, event.location, *event.casualties.values()]
    disputed = sum(ledger.status == "disputed" for ledger in ledgers)
    badge = f' <span class="badge disputed">{disputed} disputed</span>' if disputed else ""
    top = event_top_line(event)
    return (f'<section class=card id="{_esc(event.event_id)}">'
            f"<h2>{_esc(type_label(event.event_type))}: {_esc(event.summary)}{_flag(event.summary_verdict)}{badge}</h2>"
            + (f"<p class=topline>{_esc(top)}</p>" if top else "")
            + f"<div class=muted>{_esc(', '.join(type_label(t) for t in event.event_types))} · "
            f"{len(event.article_ids)} article(s), {event.independent_sources} independent source(s)</div>"
            f"<table><tr><th>field</th><th>value</th><th>status</th><th>what each source says</th></tr>"
            f"{''.join(rows)}</table>"
            + (f"<h3>Actors</h3><ul>{actors}</ul>" if actors else "")
            + (f"<h3>Timeline</h3><ol class=timeline>{timeline}</ol>" if timeline else "")
            + (f"<details><summary>Why these reports were merged</summary><ul>{reasons}</ul></details>"
               if reasons else "")
            + "</section>")


def _cited(summary: Summary) -> Iterable[tuple[str, Candidate]]:
    """Every cited candidate with the field it stands for, as the hover text names it."""
    for event in summary.events:
        for name, ledger in (("date", event.date), ("time", event.time), ("place", event.location)):
            yield from ((name, c) for c in ledger.candidates)
        for sub in event.timeline:
            label = type_label(sub.event_type, sub.mode)
            yield from ((f"date of {label}", c) for c in sub.date.candidates)
            yield from ((f"time of {label}", c) for c in sub.time.candidates)
        for counts in event.casualties.values():
            yield from ((count_name(counts), c) for c in counts.claims)


def _spans_by_article(summary: Summary) -> dict[str, dict[tuple[int, int], dict[str, str]]]:
    """article id -> span -> field -> verdict ('unchecked' where the verifier gave none)."""
    spans: dict[str, dict[tuple[int, int], dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for field, c in _cited(summary):
        if c.evidence is not None:
            fields = spans[c.article_id][(c.evidence.start, c.evidence.end)]
            verdict = c.verdict or "unchecked"
            fields[field] = max(fields.get(field, verdict), verdict, key=_BADNESS.__getitem__)
    return spans


def _article_html(article: Article, ref: ArticleRef, spans: Mapping[tuple[int, int], dict[str, str]]) -> str:
    """The article text with every cited span highlighted by verdict and addressable by its anchor id."""
    text, out, position = article.text, [], 0
    for (start, end), fields in sorted(spans.items()):
        anchor = f'<a id="src-{_esc(article.id)}-{start}-{end}"></a>'
        if start < position:  # overlaps the previous mark: an anchor is enough to land there
            out.append(anchor)
            continue
        worst = max(fields.values(), key=_BADNESS.__getitem__)
        title = "; ".join(f"{field}: {verdict}" for field, verdict in sorted(fields.items()))
        out.append(_esc(text[position:start]))
        out.append(f'{anchor}<mark class="v-{worst}" title="{_esc(title)}">{_esc(text[start:end])}</mark>')
        position = end
    out.append(_esc(text[position:]))
    return (f'<section id="article-{_esc(article.id)}"><h3>[{_esc(ref.short_id)}] {_esc(ref.title or article.id)}</h3>'
            f'<div class=article>{"".join(out)}</div></section>')


def _index_html(refs: list[ArticleRef], texts: Mapping[str, Article]) -> str:
    rows = "".join(
        f'<tr id="a-{_esc(r.short_id)}"><td>'
        + (f'<a href="#article-{_esc(r.article_id)}">{_esc(r.short_id)}</a>' if r.article_id in texts
           else _esc(r.short_id))
        + f"</td><td>{_esc(r.title or '—')}</td><td>{_esc(r.url or r.source or '—')}</td>"
          f"<td>{_esc(published_label(r))}</td></tr>" for r in refs)
    return (f"<h2>Sources</h2><table><tr><th>id</th><th>title</th><th>source</th><th>published</th></tr>"
            f"{rows}</table>")


def _legend() -> str:
    marks = "".join(f'<span><mark class="v-{v}">&nbsp;</mark> {v}</span>'
                    for v in ("supported", "unsupported", "contradicted", "unchecked"))
    return (f"<p class=legend><strong>Highlights:</strong> {marks}<br><span class=muted>Hover a highlight to see "
            "which field it supports; ⚠ marks a value or sentence the verifier found unsupported or "
            "contradicted.</span></p>")


def _how_to_read(summary: Summary) -> str:
    statuses = "".join(f'<li><span class="badge {s}">{s}</span> {_esc(w)}</li>' for s, w in STATUS_WORDS.items())
    rules = "".join(f"<li>{_esc(r)}</li>" for r in rules_used(summary.events))
    return (f"<details><summary>How to read the ledgers</summary><ul>{statuses}</ul><p>{_esc(COUNT_TERMS)}</p>"
            + (f"<p>Rules used for the counts:</p><ul>{rules}</ul>" if rules else "") + "</details>")


def summary_html(summary: Summary, articles: Mapping[str, Article], failures: list[ArticleResult] | None = None) -> str:
    spans = _spans_by_article(summary)
    refs = summary.articles or article_index(articles.values())
    by_id = {r.article_id: r for r in refs}
    failed = "".join(f"<li>{_esc(failure_text(f))}</li>" for f in failures or [])
    syndication = "".join(f"<li>{' '.join(_cite(a) for a in g)}</li>" for g in summary.syndication)
    return (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>Event summary</title><style>{_CSS}</style></head><body>"
        f"<h1>Event summary</h1><p class=muted>{len(summary.events)} event(s) from {len(articles)} article(s) · "
        f"generated {summary.generated_at:%Y-%m-%d %H:%M} UTC · schema {summary.schema_version}</p>"
        + _legend() + _index_html(refs, articles) + _how_to_read(summary)
        + "".join(_event_html(e) for e in summary.events)
        + (f"<h2>Syndicated copies (counted as one source)</h2><ul>{syndication}</ul>" if syndication else "")
        + (f"<h2>Articles that failed</h2><ul>{failed}</ul>" if failed else "")
        + "<h2>Source articles</h2>"
        + "".join(_article_html(a, by_id.get(a.id) or article_index([a])[0], spans.get(a.id, {}))
                  for a in articles.values())
        + "</body></html>\n"
    )
