"""A batch of inputs through the pipeline, here or on Ray, with a progress bar on stderr.

Each failed article is reported as one line the moment it fails, so a long batch shows its
problems early; the results come back in input order for the command to write.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from summarizer.cli.interrupts import stop_if_signalled
from summarizer.cli.options import RunOptions
from summarizer.cli.output import err, fail
from summarizer.ingest.articles import Article, LoadResult, load, parse_datetime
from summarizer.ingest.document import Document
from summarizer.models.schemas import ArticleResult
from summarizer.pipeline import Summarizer


def _published(published_at: str | None) -> dt.datetime | None:
    try:
        return parse_datetime(published_at)
    except ValueError:
        fail(f"--published-at must be an ISO 8601 date or datetime, not {published_at!r}")


def load_inputs(inputs: list[str], published_at: str | None) -> list[LoadResult]:
    """Every article (or per-input load error) the inputs name; none at all is a usage error."""
    published = _published(published_at)
    stdin_text = sys.stdin.read() if "-" in inputs else None
    items = list(load(inputs, stdin_text=stdin_text, published_at=published))
    if not items:
        fail("no input files found")
    return items


def _progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("{task.fields[current]}"), console=err, transient=True)


def _report(progress: Progress, task: TaskID, result: ArticleResult) -> None:
    progress.update(task, advance=1, current=Path(result.source or result.article_id).name)
    if not result.ok:
        err.print(f"[red]error:[/red] {result.error}")


def run_here(summarizer: Summarizer, items: list[LoadResult], concurrency: int,
             documents: dict[str, Document] | None = None) -> Iterator[ArticleResult]:
    """Extract in this process, ``concurrency`` articles at a time (``documents``: see
    :meth:`~summarizer.pipeline.Summarizer.extract_many`)."""
    with _progress() as progress:
        task = progress.add_task("extracting", total=len(items), current="")
        for result in summarizer.extract_many(items, concurrency=concurrency, documents=documents):
            stop_if_signalled()
            _report(progress, task, result)
            yield result


def run_on_ray(inputs: list[str], options: RunOptions, *, with_articles: bool = False,
               ) -> Iterator[tuple[ArticleResult, Article | None]]:
    """``--engine ray``: results streamed back from the cluster in input order."""
    try:
        from summarizer.distributed.run import driver_options, ray_results
    except ImportError:
        fail("--engine ray needs Ray: pip install 'summarizer\\[ray]'")
    driver = driver_options(options.config)
    published = _published(options.published_at)
    stdin_text = sys.stdin.read() if "-" in inputs else None
    with _progress() as progress:
        task = progress.add_task("extracting on ray", total=None, current="")
        for result, article in ray_results(inputs, driver, concurrency=options.concurrency, actors=options.actors,
                                           address=options.ray_address, with_articles=with_articles,
                                           stdin_text=stdin_text, published_at=published):
            stop_if_signalled()
            _report(progress, task, result)
            yield result, article
