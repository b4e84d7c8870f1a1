"""The commands that run a batch of articles: extract (records), summarize (merged events), check.

Each loads its inputs, runs them through :mod:`summarizer.cli.batch`, writes what it found (to
stdout or --output) and exits with the code the README promises for how many articles succeeded.
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from summarizer.cli.batch import load_inputs, run_here, run_on_ray
from summarizer.cli.interrupts import signal_wins
from summarizer.cli.options import Engine, Inputs, OutputOpt, RunOptions, VerboseOpt, run_options
from summarizer.cli.output import FATAL, atomic_writer, configure_logging, exit_code, fail, fatal
from summarizer.ingest.articles import Article
from summarizer.ingest.document import Document
from summarizer.models.schemas import ArticleResult, EventRecord
from summarizer.pipeline import merge_results
from summarizer.report import records_markdown, summary_html, summary_markdown


class Format(str, Enum):
    """extract's --format: a document (json, md), a stream (jsonl), or a file only (parquet)."""

    json = "json"
    jsonl = "jsonl"
    md = "md"
    parquet = "parquet"


class SummaryFormat(str, Enum):
    """summarize's --format: Markdown, JSON, or one self-contained HTML page."""

    md = "md"
    json = "json"
    html = "html"


FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="json, jsonl (one line per article) or md.")]
SummaryFormatOpt = Annotated[SummaryFormat, typer.Option("--format", "-f",
                                                         help="md (default), json or html (self-contained).")]


@run_options()
def extract(inputs: Inputs, format: FormatOpt = Format.json, output: OutputOpt = None, *,
            options: RunOptions, verbose: VerboseOpt = False) -> None:
    """Extract event records from each article, each value checked against the article.

    \b
    Examples:
      summarizer extract seeds/002_ba3696da157a7910.txt --format json
      summarizer extract seeds/ --format jsonl -o out.jsonl
      summarizer extract - < article.txt
      OPENAI_BASE_URL=https://api.openai.com/v1 OPENAI_API_KEY=... summarizer extract a.txt --model gpt-4o-mini
      summarizer extract feed.jsonl --engine ray --cache-url redis://cache:6379/0 --base-url http://vllm:8000/v1 \\
          --model qwen2.5-7b --concurrency 16 --format jsonl -o results.jsonl
    """
    configure_logging(verbose)
    results: list[ArticleResult] = []
    if format is Format.parquet and output is None:
        fail("--format parquet needs --output FILE")
    try:
        with signal_wins(), (options.summarizer() if options.engine is Engine.local else nullcontext()) as summarizer, \
                atomic_writer(None if format is Format.parquet else output) as out:
            for result in (run_here(summarizer, load_inputs(inputs, options.published_at), options.concurrency)
                           if summarizer is not None else (r for r, _ in run_on_ray(inputs, options))):
                results.append(result)
                if format is Format.jsonl:
                    out.write(result.model_dump_json() + "\n")
                    out.flush()
            if format is Format.json:
                out.write(json.dumps([r.model_dump(mode="json") for r in results], indent=2, ensure_ascii=False) + "\n")
            elif format is Format.md:
                out.write(records_markdown(results))
            elif format is Format.parquet and output is not None:
                _write_parquet(results, output)
    except FATAL as exc:
        fatal(verbose, exc)
    raise typer.Exit(exit_code(results))


def _write_parquet(results: list[ArticleResult], output: Path) -> None:
    """``--format parquet``: the columns of ``summarizer.distributed.extract_dataset``, one file."""
    try:
        from summarizer.distributed.driver import write_parquet
    except ImportError:
        fail("--format parquet needs pyarrow: pip install 'summarizer\\[ray]'")
    write_parquet(results, output)


@run_options()
def summarize(inputs: Inputs, format: SummaryFormatOpt = SummaryFormat.md, output: OutputOpt = None, *,
              options: RunOptions, verbose: VerboseOpt = False) -> None:
    """The main job: extract, verify and merge a batch into events with a conflict ledger.

    Reports of one event from several articles become one event; every field keeps what
    each source said, marked consensus, disputed or evolving.

    \b
    Examples:
      summarizer summarize seeds/
      summarizer summarize seeds/ --format html -o report.html
      summarizer summarize feed.jsonl --format json -o summary.json
      summarizer summarize data/*.parquet --engine ray --ray-address auto --base-url http://vllm:8000/v1 ...
    """
    configure_logging(verbose)
    try:
        with signal_wins(), (options.summarizer() if options.engine is Engine.local else nullcontext()) as summarizer:
            documents: dict[str, Document] = {}  # articles analysed here, reused by the merge
            if summarizer is None:  # --engine ray: merged here, on the driver, up to MAX_DRIVER_RECORDS
                from summarizer.distributed.driver import collect_for_merge
                results, articles = collect_for_merge(run_on_ray(inputs, options, with_articles=True))
            else:
                items = load_inputs(inputs, options.published_at)
                articles = {a.id: a for a in items if isinstance(a, Article)}
                results = list(run_here(summarizer, items, options.concurrency, documents))
            summary = merge_results(results, articles, documents)
            with atomic_writer(output) as out:
                if format is SummaryFormat.json:
                    out.write(summary.model_dump_json(indent=2) + "\n")
                elif format is SummaryFormat.html:
                    out.write(summary_html(summary, articles, summary.failures))
                else:
                    out.write(summary_markdown(summary, summary.failures))
    except FATAL as exc:
        fatal(verbose, exc)
    raise typer.Exit(exit_code(results))


# check reads one article at a time on this machine, with the local cache only.
@run_options(without=("concurrency", "cache_url", "engine", "ray_address", "actors"))
def check(inputs: Inputs, options: RunOptions, verbose: VerboseOpt = False) -> None:
    """Show, field by field, whether the article supports each extracted value.

    \b
    Verdicts: supported (found by the rule extractors), contradicted (the article says
    otherwise where the model points), unsupported (not in the article). Evidence is shown
    as character offsets into the article.

    \b
    Example:
      summarizer check seeds/000_d2d2eb034c79192f.txt
    """
    configure_logging(verbose)
    results: list[ArticleResult] = []
    console = Console()
    try:
        with options.summarizer() as summarizer:
            for result in run_here(summarizer, load_inputs(inputs, options.published_at), 1):
                results.append(result)
                for index, record in enumerate(result.records):
                    console.print(verification_table(result.source or result.article_id, index, record))
    except FATAL as exc:
        fatal(verbose, exc)
    raise typer.Exit(exit_code(results))


_VERDICT_STYLE = {"supported": "green", "contradicted": "bold red", "unsupported": "yellow"}


def verification_table(source: str, index: int, record: EventRecord) -> Table:
    """One record's checks as ``check`` prints them: field, value, verdict, evidence offsets."""
    score = record.verification.support_score if record.verification else 0.0
    table = Table("field", "value", "verdict", "evidence",
                  title=f"{source} · event {index + 1}: {record.event_type} · support {score:.2f}",
                  caption=record.summary, show_lines=False)
    for c in record.verification.checks if record.verification else []:
        evidence = "; ".join(f"[{s.start}:{s.end}] {s.text[:70]}" for s in c.spans) or c.reason
        table.add_row(c.field, c.value[:60], f"[{_VERDICT_STYLE[c.verdict]}]{c.verdict}[/]", evidence)
    return table
