"""``summarizer eval``: score prompts and models against gold annotations, offline when it can.

Two kinds of gold are told apart by their files: event gold (``articles/*.json`` and/or
``clusters.json``) and incident gold (``gold.jsonl`` beside ``feed.jsonl``); each has its own
runner and report in :mod:`summarizer.eval`, imported only when the command runs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Optional

import typer
from pydantic import BaseModel
from rich.console import Console, RenderableType

from summarizer.cli.options import ApiKeyOpt, BaseUrlOpt, CacheDirOpt, ModelPathOpt, VerboseOpt
from summarizer.cli.output import FATAL, atomic_writer, configure_logging, fail, fatal
from summarizer.errors import PromptError


def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold directory: articles/*.json and/or clusters.json, or incident gold (gold.jsonl + feed.jsonl).")],
    articles: Annotated[Path, typer.Option(help="Where the gold's article files are.")] = Path("seeds"),
    split: Annotated[str, typer.Option(help="Incident gold only: tune, test or all.")] = "test",
    split_file: Annotated[Optional[Path], typer.Option(help="Incident gold only: the split (default: <gold>/split.json, else tests/gold/<gold name>/split.json).")] = None,
    prompt: Annotated[Optional[list[str]], typer.Option(help="NAME@VERSION; give several to compare (two also get a diff).")] = None,
    model: Annotated[Optional[list[str]], typer.Option(help="Model name(s); give several to compare (two also get a diff).")] = None,
    cassettes: Annotated[Optional[Path], typer.Option(help="Replay recorded answers from here when present.")] = Path("cassettes"),
    with_context: Annotated[bool, typer.Option(help="Also grade values that need merging (weekdays of undated articles).")] = False,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the report(s) as JSON here.")] = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    model_path: ModelPathOpt = None,
    cache_dir: CacheDirOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Score extraction, grounding, merging and cost against gold annotations.

    Runs offline from cassettes (or the cache) when they exist, otherwise runs the model.

    \b
    Examples:
      summarizer eval --gold tests/gold
      summarizer eval --gold tests/gold --prompt extract_events@v1 --prompt extract_events@v2
      summarizer eval --gold tests/gold/ecbplus --articles tests/data/ecbplus --prompt extract_events@v1
      summarizer eval --gold ../shared/datasets/gv_dev --split test --prompt extract_events@v3
    """
    configure_logging(verbose)
    if not gold.is_dir():
        fail(f"gold directory not found: {gold}")
    replay = cassettes if cassettes and cassettes.is_dir() else None
    options = {"base_url": base_url, "api_key": api_key, "model_path": model_path, "cache_dir": cache_dir}
    if (gold / "gold.jsonl").is_file():
        reports, shown = _incident_reports(gold, split, split_file, prompt or [None], model[0] if model else None,
                                           replay, options, verbose)
    else:
        reports, shown = _event_reports(gold, articles, prompt or [None], model or [None], replay, with_context,
                                        options, verbose)
    console = Console()
    for renderable in shown:
        console.print(renderable)
    if json_out:
        with atomic_writer(json_out) as out:
            out.write(json.dumps([r.model_dump(mode="json") for r in reports], indent=2) + "\n")


def _event_reports(gold: Path, articles: Path, prompts: Sequence[Optional[str]], models: Sequence[Optional[str]],
                   cassettes: Optional[Path], with_context: bool, options: dict[str, Optional[str]],
                   verbose: bool) -> tuple[Sequence[BaseModel], list[RenderableType]]:
    """Event gold: one report per prompt or model, and their differences when there are exactly two."""
    from summarizer.eval.events_run import run
    from summarizer.eval.render import diff, render_diff, render_table

    if not (gold / "articles").is_dir() and not (gold / "clusters.json").is_file():
        fail(f"{gold} holds no gold (gold.jsonl, articles/*.json or clusters.json)")
    if not articles.is_dir():
        fail(f"articles directory not found: {articles} (give --articles)")
    if len(prompts) > 1 and len(models) > 1:
        fail("compare several prompts or several models, not both at once")
    try:
        reports = [run(gold, articles, prompt=p, cassettes=cassettes, with_context=with_context,
                       summarizer_options={**options, "model": m})
                   for p in prompts for m in models]
    except (PromptError, FileNotFoundError) as exc:
        fail(str(exc))
    except FATAL as exc:
        fatal(verbose, exc)
    shown: list[RenderableType] = [render_table(report) for report in reports]
    if len(reports) == 2:
        shown.append(render_diff(diff(*reports)))
    return reports, shown


def _incident_reports(gold: Path, split: str, split_file: Optional[Path], prompts: Sequence[Optional[str]],
                      model: Optional[str], cassettes: Optional[Path], options: dict[str, Optional[str]],
                      verbose: bool) -> tuple[Sequence[BaseModel], list[RenderableType]]:
    """Incident gold: one report per prompt, per-article accuracy of the main record."""
    from summarizer.eval.incidents import render
    from summarizer.eval.incidents_run import run

    if split not in ("tune", "test", "all"):
        fail(f"--split must be tune, test or all, not {split!r}")
    try:
        reports = [run(gold, split, split_file=split_file, prompt=p, cassettes=cassettes,  # type: ignore[arg-type]
                       summarizer_options={**options, "model": model}) for p in prompts]
    except (PromptError, FileNotFoundError, ValueError) as exc:
        fail(str(exc))
    except FATAL as exc:
        fatal(verbose, exc)
    return reports, [render(report) for report in reports]
