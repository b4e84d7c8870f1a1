"""An :class:`~summarizer.eval.events.EvalReport` for people: terminal tables, and the diff of two
reports (two prompt versions or two models on the same gold)."""

from __future__ import annotations

from pydantic import BaseModel, computed_field
from rich.console import Group
from rich.table import Table

from summarizer.eval.events import FAMILIES, EvalReport


class DiffRow(BaseModel):
    metric: str
    a: float | None
    b: float | None
    higher_is_better: bool = True

    @computed_field  # type: ignore[prop-decorator]
    @property
    def delta(self) -> float | None:
        return None if self.a is None or self.b is None else self.b - self.a


class ReportDiff(BaseModel):
    label_a: str
    label_b: str
    rows: list[DiffRow]

    def row(self, metric: str) -> DiffRow:
        return next(r for r in self.rows if r.metric == metric)


def _headline(report: EvalReport) -> list[tuple[str, float | None, bool]]:
    """(metric, value, higher is better) for every number worth comparing across runs."""
    rows: list[tuple[str, float | None, bool]] = []
    for family, counts in [*report.slots.items(), ("overall", report.overall)]:
        rows += [(f"{family} P", counts.precision, True), (f"{family} R", counts.recall, True),
                 (f"{family} F1", counts.f1, True)]
    rows += [("grounding supported", report.grounding.supported_share, True),
             ("grounding unflagged", report.grounding.unflagged_share, False)]
    if report.clustering is not None:
        rows += [("pairwise F1", report.clustering.pairwise.f1, True),
                 ("B-cubed F1", report.clustering.bcubed_f1, True)]
    c = report.cost
    rows += [("calls/article", c.calls_per_article, False), ("tokens/article", c.tokens_per_article, False),
             ("cache hit rate", c.cache_hit_rate, True), ("seconds/article", c.seconds_per_article, False)]
    return rows


def diff(report_a: EvalReport, report_b: EvalReport) -> ReportDiff:
    """Side by side, ``b - a`` per metric: for two prompt versions or two models on the same gold."""
    a_rows = {m: (v, up) for m, v, up in _headline(report_a)}
    b_rows = {m: (v, up) for m, v, up in _headline(report_b)}
    metrics = list(dict.fromkeys([*a_rows, *b_rows]))
    rows = [DiffRow(metric=m, a=a_rows.get(m, (None, True))[0], b=b_rows.get(m, (None, True))[0],
                    higher_is_better=(a_rows.get(m) or b_rows[m])[1]) for m in metrics]
    return ReportDiff(label_a=report_a.label or "a", label_b=report_b.label or "b", rows=rows)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"


def render_table(report: EvalReport) -> Group:
    """Slots per family, then grounding, clustering and cost, for a terminal."""
    slots = Table(title=f"Slots{f' — {report.label}' if report.label else ''}"
                        f"{' (with context)' if report.with_context else ''}")
    for column in ("family", "correct/pred", "P", "found/gold", "R", "F1"):
        slots.add_column(column, justify="left" if column == "family" else "right")
    for family, counts in [*report.slots.items(), ("overall", report.overall)]:
        slots.add_row(family, f"{counts.correct}/{counts.predicted}", _fmt(counts.precision),
                      f"{counts.found}/{counts.gold}", _fmt(counts.recall), _fmt(counts.f1),
                      end_section=family == FAMILIES[-1])
    other = Table(title="Grounding, clustering, cost")
    other.add_column("metric")
    other.add_column("value", justify="right")
    other.add_column("detail")
    g = report.grounding
    other.add_row("supported share", _fmt(g.supported_share), f"{g.supported}/{g.values} values")
    other.add_row("unflagged share", _fmt(g.unflagged_share),
                  f"{g.unchecked} unchecked of {g.values - g.supported} not supported (target 0)")
    if report.clustering is not None:
        cl = report.clustering
        other.add_row("pairwise P/R/F1", _fmt(cl.pairwise.f1),
                      f"P {_fmt(cl.pairwise.precision)}  R {_fmt(cl.pairwise.recall)}  ({cl.items} items)")
        other.add_row("B-cubed P/R/F1", _fmt(cl.bcubed_f1),
                      f"P {_fmt(cl.bcubed_precision)}  R {_fmt(cl.bcubed_recall)}")
    c = report.cost
    other.add_row("calls/article", _fmt(c.calls_per_article), f"{c.calls} calls, {c.articles} articles")
    other.add_row("tokens/article", _fmt(c.tokens_per_article),
                  f"{c.prompt_tokens} prompt + {c.completion_tokens} completion")
    other.add_row("cache hit rate", _fmt(c.cache_hit_rate), f"{c.cached_articles}/{c.articles} articles")
    other.add_row("seconds/article", _fmt(c.seconds_per_article), f"{c.seconds:.1f} s in all")
    return Group(slots, other)


def render_diff(report_diff: ReportDiff) -> Table:
    """The diff as a table; deltas green when they improve the metric, red when they worsen it."""
    table = Table(title=f"{report_diff.label_a} → {report_diff.label_b}")
    for column in ("metric", report_diff.label_a, report_diff.label_b, "Δ"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for row in report_diff.rows:
        delta = row.delta
        style = "" if not delta else ("green" if (delta > 0) == row.higher_is_better else "red")
        shown = "–" if delta is None else f"{delta:+.3f}"
        table.add_row(row.metric, _fmt(row.a), _fmt(row.b), f"[{style}]{shown}[/]" if style else shown)
    return table
