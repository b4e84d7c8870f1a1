"""The ``summarizer`` command line. Thin: parse flags, load inputs, call the library, write output.

Exit codes (also in the README):

====  =========================================================
0     every article was processed
1     partial failure: some articles failed, the others are in the output
2     usage error (bad flag, unknown prompt, no inputs)
3     nothing could be processed (every article failed, or the model is unavailable)
====  =========================================================
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from summarizer import __version__
from summarizer.ingest.articles import Article, LoadResult, load, parse_datetime
from summarizer.extract.cache import Cache, open_cache
from summarizer.errors import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, SummarizerError, exit_code_for
from summarizer.config import SummarizerConfig
from summarizer.pipeline import Summarizer, merge_results
from summarizer.extract.prompts import PromptError, list_prompts, read_lock, write_lock
from summarizer.report import records_markdown, summary_html, summary_markdown
from summarizer.models.schema_files import export_json_schemas
from summarizer.models.schemas import ArticleResult, EventRecord, Policy

#: Errors that end a command: one line on stderr, the exit code from ``errors.exit_code_for``.
FATAL = (SummarizerError, OSError)

app = typer.Typer(
    help="Turn news articles into structured, verified event records.\n\n"
    "Runs on an embedded local model (Qwen2.5-Coder-1.5B via llama.cpp) unless --base-url / "
    "OPENAI_BASE_URL points at any OpenAI-compatible endpoint.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
prompts_app = typer.Typer(help="List and pin the versioned prompts (shipped with the package).", no_args_is_help=True)
cache_app = typer.Typer(help="Inspect or clear the response cache.", no_args_is_help=True)
app.add_typer(prompts_app, name="prompts")
schemas_app = typer.Typer(help="Export the JSON Schemas of the records.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")
app.add_typer(schemas_app, name="schemas")

err = Console(stderr=True, soft_wrap=True)  # one error = one line, even in logs


def _show_version(show: bool) -> None:
    if show:
        print(f"summarizer {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    # SIGTERM (a scheduler stopping the job) unwinds like Ctrl-C: temp outputs are removed and the
    # embedded model server is stopped by the context managers on the way out.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    md = "md"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


def _check_output(path: Optional[Path]) -> Optional[Path]:
    """Refuse an output path that cannot be written before any work starts, not after the batch.

    Missing parent directories are fine (:func:`atomic_writer` creates them) as long as the
    nearest existing one is a writable directory.
    """
    if path is None:
        return None
    parent = path.absolute().parent
    while not parent.exists():
        parent = parent.parent
    problem = ("is a directory" if path.is_dir() else
               f"{parent} is not a directory" if not parent.is_dir() else
               f"{parent} is not writable" if not os.access(parent, os.W_OK | os.X_OK) else None)
    if problem:
        err.print(f"[red]error:[/red] --output {path}: {problem}")
        raise typer.Exit(EXIT_USAGE)
    return path


# Help texts escape "\[" (Rich markup would swallow "[env: ...]"). The variables are read by the
# library itself, not bound here with envvar=, so --cache-dir keeps its precedence over the
# environment's SUMMARIZER_CACHE_URL.
Inputs = Annotated[list[str], typer.Argument(help="Files, directories, *.jsonl feeds, or - for stdin.")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", callback=_check_output,
                                                   help="Write here (atomically) instead of stdout.")]
BaseUrlOpt = Annotated[Optional[str], typer.Option(help="OpenAI-compatible endpoint \\[env: OPENAI_BASE_URL].")]
ApiKeyOpt = Annotated[Optional[str], typer.Option(help="API key \\[env: OPENAI_API_KEY]. Never logged.")]
ModelOpt = Annotated[Optional[str], typer.Option(help="Model name for a remote endpoint \\[env: SUMMARIZER_MODEL].")]
ModelPathOpt = Annotated[Optional[str], typer.Option(help="GGUF file for the embedded model \\[env: SUMMARIZER_MODEL_PATH].")]
PromptOpt = Annotated[Optional[str], typer.Option(help="Prompt as NAME or NAME@VERSION (see `summarizer prompts list`).")]
CacheDirOpt = Annotated[Optional[str], typer.Option(help="Cache directory \\[env: SUMMARIZER_CACHE_DIR].")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
PublishedOpt = Annotated[Optional[str], typer.Option(help="Publication date (ISO) for inputs that carry none.")]
ConcurrencyOpt = Annotated[int, typer.Option(min=1, max=64, help="Articles in flight at once (remote endpoints); "
                                             "with --engine ray, requests in flight cluster-wide.")]
CacheUrlOpt = Annotated[Optional[str], typer.Option(
    help="Shared cache, e.g. redis://HOST:6379/0 \\[env: SUMMARIZER_CACHE_URL]; default: the cache directory.")]
EngineOpt = Annotated[Engine, typer.Option(
    help="local: this process. ray: a Ray cluster and a remote endpoint (pip install 'summarizer\\[ray]').")]
RayAddressOpt = Annotated[Optional[str], typer.Option(
    help="--engine ray: the cluster to join (auto, HOST:PORT, ray://...); default: RAY_ADDRESS, else a local one.")]
ActorsOpt = Annotated[Optional[int], typer.Option(
    min=1, max=64, help="--engine ray: actors, each with concurrency/actors requests in flight (default: up to 4).")]
PolicyOpt = Annotated[Policy, typer.Option(
    help="What to do with values the article does not support: flag (keep, marked), drop (remove, listed), "
         "reask (send the findings back to the model once).")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks and debug logs.")]
DeadlineOpt = Annotated[Optional[float], typer.Option(
    min=0.001, help="Seconds one article may take, retries included; then it fails and the batch goes on "
                    "[env: SUMMARIZER_DEADLINE; default 300 for an endpoint, about 845 for the embedded model].")]


@contextmanager
def atomic_writer(path: Path | None) -> Iterator[IO[str]]:
    """Write to stdout, or to a temp file beside ``path`` that is fsynced and renamed at the end.

    A killed run therefore never leaves a half-written output file under the final name.
    """
    if path is None:
        yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an output file gets the usual permissions
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _config(base_url: str | None, api_key: str | None, model: str | None, model_path: str | None,
            prompt: str | None, cache_dir: str | None, no_cache: bool, policy: Policy = Policy.FLAG,
            deadline: float | None = None, cache_url: str | None = None) -> SummarizerConfig:
    return SummarizerConfig(base_url=base_url, api_key=api_key, model=model, model_path=model_path, prompt=prompt,
                            cache_dir=cache_dir, cache_url=cache_url, use_cache=not no_cache, policy=policy,
                            deadline=deadline)


def _summarizer(config: SummarizerConfig) -> Summarizer:
    return Summarizer(config, log=lambda m: err.print(f"[dim]{m}[/dim]"))


def _progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("{task.fields[current]}"), console=err, transient=True)


def _published(published_at: str | None) -> dt.datetime | None:
    try:
        return parse_datetime(published_at)
    except ValueError:
        err.print(f"[red]error:[/red] --published-at must be an ISO 8601 date or datetime, not {published_at!r}")
        raise typer.Exit(EXIT_USAGE) from None


def _load(inputs: list[str], published_at: str | None) -> list[LoadResult]:
    published = _published(published_at)
    stdin_text = sys.stdin.read() if "-" in inputs else None
    items = list(load(inputs, stdin_text=stdin_text, published_at=published))
    if not items:
        err.print("[red]error:[/red] no input files found")
        raise typer.Exit(EXIT_USAGE)
    return items


def _run(summarizer: Summarizer, items: list[LoadResult], concurrency: int) -> Iterator[ArticleResult]:
    """Extract with a progress bar on stderr; each failure is reported as one line as it happens."""
    with _progress() as progress:
        task = progress.add_task("extracting", total=len(items), current="")
        for result in summarizer.extract_many(items, concurrency=concurrency):
            progress.update(task, advance=1, current=Path(result.source or result.article_id).name)
            if not result.ok:
                err.print(f"[red]error:[/red] {result.error}")
            yield result


def _run_ray(inputs: list[str], published_at: str | None, config: SummarizerConfig, concurrency: int,
             actors: int | None, address: str | None, *, with_articles: bool = False,
             ) -> Iterator[tuple[ArticleResult, Article | None]]:
    """``--engine ray``: results streamed back from the cluster in input order, reported as in :func:`_run`."""
    try:
        from summarizer.distributed.run import driver_options, ray_results
    except ImportError:
        err.print("[red]error:[/red] --engine ray needs Ray: pip install 'summarizer\\[ray]'")
        raise typer.Exit(EXIT_USAGE) from None
    options = driver_options(config)
    published = _published(published_at)
    stdin_text = sys.stdin.read() if "-" in inputs else None
    with _progress() as progress:
        task = progress.add_task("extracting on ray", total=None, current="")
        for result, article in ray_results(inputs, options, concurrency=concurrency, actors=actors, address=address,
                                           with_articles=with_articles, stdin_text=stdin_text, published_at=published):
            progress.update(task, advance=1, current=Path(result.source or result.article_id).name)
            if not result.ok:
                err.print(f"[red]error:[/red] {result.error}")
            yield result, article


def _exit_code(results: list[ArticleResult]) -> int:
    failed = sum(not r.ok for r in results)
    if failed == 0:
        return EXIT_OK
    return EXIT_FAILED if failed == len(results) else EXIT_PARTIAL


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.CRITICAL, stream=sys.stderr)


def _guard(verbose: bool, error: Exception) -> None:
    """Turn a fatal error into one clear line (and a traceback only with --verbose) and its exit code."""
    if verbose:
        err.print(traceback.format_exc())
    err.print(f"[red]error:[/red] {error}")
    raise typer.Exit(exit_code_for(error))


@app.command()
def extract(
    inputs: Inputs,
    format: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl (one line per article) or md.")] = Format.json,
    output: OutputOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    model: ModelOpt = None,
    model_path: ModelPathOpt = None,
    prompt: PromptOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    published_at: PublishedOpt = None,
    concurrency: ConcurrencyOpt = 1,
    policy: PolicyOpt = Policy.FLAG,
    deadline: DeadlineOpt = None,
    cache_url: CacheUrlOpt = None,
    engine: EngineOpt = Engine.local,
    ray_address: RayAddressOpt = None,
    actors: ActorsOpt = None,
    verbose: VerboseOpt = False,
) -> None:
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
    _configure_logging(verbose)
    results: list[ArticleResult] = []
    if format is Format.parquet and output is None:
        err.print("[red]error:[/red] --format parquet needs --output FILE")
        raise typer.Exit(EXIT_USAGE)
    config = _config(base_url, api_key, model, model_path, prompt, cache_dir, no_cache, policy, deadline, cache_url)
    try:
        with (_summarizer(config) if engine is Engine.local else nullcontext()) as summarizer, \
                atomic_writer(None if format is Format.parquet else output) as out:
            for result in (_run(summarizer, _load(inputs, published_at), concurrency) if summarizer is not None else
                           (r for r, _ in _run_ray(inputs, published_at, config, concurrency, actors, ray_address))):
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
        _guard(verbose, exc)
    raise typer.Exit(_exit_code(results))


class SummaryFormat(str, Enum):
    md = "md"
    json = "json"
    html = "html"


@app.command()
def summarize(
    inputs: Inputs,
    format: Annotated[SummaryFormat, typer.Option("--format", "-f", help="md (default), json or html (self-contained).")] = SummaryFormat.md,
    output: OutputOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    model: ModelOpt = None,
    model_path: ModelPathOpt = None,
    prompt: PromptOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    published_at: PublishedOpt = None,
    concurrency: ConcurrencyOpt = 1,
    policy: PolicyOpt = Policy.FLAG,
    deadline: DeadlineOpt = None,
    cache_url: CacheUrlOpt = None,
    engine: EngineOpt = Engine.local,
    ray_address: RayAddressOpt = None,
    actors: ActorsOpt = None,
    verbose: VerboseOpt = False,
) -> None:
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
    _configure_logging(verbose)
    config = _config(base_url, api_key, model, model_path, prompt, cache_dir, no_cache, policy, deadline, cache_url)
    try:
        with (_summarizer(config) if engine is Engine.local else nullcontext()) as summarizer:
            if summarizer is None:  # --engine ray: merged here, on the driver, up to MAX_DRIVER_RECORDS
                from summarizer.distributed.driver import collect_for_merge
                results, articles = collect_for_merge(
                    _run_ray(inputs, published_at, config, concurrency, actors, ray_address, with_articles=True))
            else:
                items = _load(inputs, published_at)
                articles = {a.id: a for a in items if isinstance(a, Article)}
                results = list(_run(summarizer, items, concurrency))
            summary = merge_results(results, articles)
            with atomic_writer(output) as out:
                if format is SummaryFormat.json:
                    out.write(summary.model_dump_json(indent=2) + "\n")
                elif format is SummaryFormat.html:
                    out.write(summary_html(summary, articles, summary.failures))
                else:
                    out.write(summary_markdown(summary, summary.failures))
    except FATAL as exc:
        _guard(verbose, exc)
    raise typer.Exit(_exit_code(results))


_VERDICT_STYLE = {"supported": "green", "contradicted": "bold red", "unsupported": "yellow"}


@app.command()
def check(
    inputs: Inputs,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    model: ModelOpt = None,
    model_path: ModelPathOpt = None,
    prompt: PromptOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    published_at: PublishedOpt = None,
    policy: PolicyOpt = Policy.FLAG,
    deadline: DeadlineOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Show, field by field, whether the article supports each extracted value.

    \b
    Verdicts: supported (found by the rule extractors), contradicted (the article says
    otherwise where the model points), unsupported (not in the article). Evidence is shown
    as character offsets into the article.

    \b
    Example:
      summarizer check seeds/000_d2d2eb034c79192f.txt
    """
    _configure_logging(verbose)
    results: list[ArticleResult] = []
    console = Console()
    try:
        with _summarizer(_config(base_url, api_key, model, model_path, prompt, cache_dir, no_cache, policy,
                                 deadline)) as summarizer:
            for result in _run(summarizer, _load(inputs, published_at), 1):
                results.append(result)
                for index, record in enumerate(result.records):
                    console.print(verification_table(result.source or result.article_id, index, record))
    except FATAL as exc:
        _guard(verbose, exc)
    raise typer.Exit(_exit_code(results))


def verification_table(source: str, index: int, record: EventRecord) -> Table:
    score = record.verification.support_score if record.verification else 0.0
    table = Table("field", "value", "verdict", "evidence",
                  title=f"{source} · event {index + 1}: {record.event_type} · support {score:.2f}",
                  caption=record.summary, show_lines=False)
    for c in record.verification.checks if record.verification else []:
        evidence = "; ".join(f"[{s.start}:{s.end}] {s.text[:70]}" for s in c.spans) or c.reason
        table.add_row(c.field, c.value[:60], f"[{_VERDICT_STYLE[c.verdict]}]{c.verdict}[/]", evidence)
    return table


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; 0.0.0.0 exposes the service to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Articles extracted at once (model calls in flight).")] = 2,
    queue_size: Annotated[int, typer.Option(min=1, help="Articles that may wait for a worker; past it POSTs get 429.")] = 10_000,
    token: Annotated[Optional[str], typer.Option(envvar="SUMMARIZER_API_TOKEN",
                                                 help="Require 'Authorization: Bearer TOKEN' on /v1 routes.")] = None,
    state_dir: Annotated[Optional[str], typer.Option(envvar="SUMMARIZER_STATE_DIR",
                                                     help="Batch database directory (default: the user state dir).")] = None,
    cors_origin: Annotated[Optional[list[str]], typer.Option(help="Allow browser calls from this origin (repeatable); CORS is off by default.")] = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    model: ModelOpt = None,
    model_path: ModelPathOpt = None,
    prompt: PromptOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    policy: PolicyOpt = Policy.FLAG,
    deadline: DeadlineOpt = None,
    cache_url: CacheUrlOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Run the HTTP service (FastAPI): extract, summarize and batches over the same pipeline and cache.

    Needs the service extra: pip install 'summarizer\\[service]'. OpenAPI docs at /docs.

    \b
    Examples:
      summarizer serve
      summarizer serve --base-url http://localhost:11434/v1 --model qwen2.5:7b --workers 4
      SUMMARIZER_API_TOKEN=secret summarizer serve --port 9000
    """
    _configure_logging(verbose)
    try:
        from summarizer.service import ServiceConfig
        from summarizer.service.server import run
    except ImportError as exc:
        err.print(f"[red]error:[/red] summarizer serve needs the service extra ({exc.name} is missing): "
                  "pip install 'summarizer\\[service]'")
        raise typer.Exit(EXIT_USAGE) from None
    service = ServiceConfig(workers=workers, queue_size=queue_size, token=token or None, state_dir=state_dir,
                            cors_origins=tuple(cors_origin or ()))
    try:
        with _summarizer(_config(base_url, api_key, model, model_path, prompt, cache_dir, no_cache, policy,
                                 deadline, cache_url)) as summarizer:
            started = run(summarizer, service, host=host, port=port)
    except FATAL as exc:
        _guard(verbose, exc)
    if not started:
        raise typer.Exit(EXIT_FAILED)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Option(help="Gold directory: articles/*.json and/or clusters.json, or incident gold (gold.jsonl + feed.jsonl).")],
    articles: Annotated[Path, typer.Option(help="Where the gold's article files are.")] = Path("seeds"),
    split: Annotated[str, typer.Option(help="Incident gold only: tune, test or all.")] = "test",
    split_file: Annotated[Optional[Path], typer.Option(help="Incident gold only: the split (default: <gold>/split.json, else tests/gold/<gold name>/split.json).")] = None,
    prompt: Annotated[Optional[list[str]], typer.Option(help="NAME@VERSION; give two to compare side by side.")] = None,
    model: Annotated[Optional[list[str]], typer.Option(help="Model name(s); give two to compare.")] = None,
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
    from summarizer.eval.events_run import run
    from summarizer.eval.render import diff, render_diff, render_table

    _configure_logging(verbose)
    if not gold.is_dir():
        err.print(f"[red]error:[/red] gold directory not found: {gold}")
        raise typer.Exit(EXIT_USAGE)
    options = {"base_url": base_url, "api_key": api_key, "model_path": model_path, "cache_dir": cache_dir}
    if (gold / "gold.jsonl").is_file():
        _eval_incidents(gold, split, split_file, prompt or [None], (model or [None])[0],
                        cassettes if cassettes and cassettes.is_dir() else None, options, json_out, verbose)
        return
    if not (gold / "articles").is_dir() and not (gold / "clusters.json").is_file():
        err.print(f"[red]error:[/red] {gold} holds no gold (gold.jsonl, articles/*.json or clusters.json)")
        raise typer.Exit(EXIT_USAGE)
    if not articles.is_dir():
        err.print(f"[red]error:[/red] articles directory not found: {articles} (give --articles)")
        raise typer.Exit(EXIT_USAGE)
    prompts, models = prompt or [None], model or [None]
    if len(prompts) > 2 or len(models) > 2 or (len(prompts) == 2 and len(models) == 2):
        err.print("[red]error:[/red] compare two prompts or two models, not more")
        raise typer.Exit(EXIT_USAGE)
    runs = [(p, m) for p in prompts for m in models]
    try:
        reports = [run(gold, articles, prompt=p, cassettes=cassettes if cassettes and cassettes.is_dir() else None,
                       with_context=with_context,
                       summarizer_options={"base_url": base_url, "api_key": api_key, "model": m,
                                           "model_path": model_path, "cache_dir": cache_dir})
                   for p, m in runs]
    except (PromptError, FileNotFoundError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    except FATAL as exc:
        _guard(verbose, exc)
    console = Console()
    for report in reports:
        console.print(render_table(report))
    if len(reports) == 2:
        console.print(render_diff(diff(*reports)))
    if json_out:
        with atomic_writer(json_out) as out:
            out.write(json.dumps([r.model_dump(mode="json") for r in reports], indent=2) + "\n")


def _eval_incidents(gold: Path, split: str, split_file: Optional[Path], prompts: list[Optional[str]],
                    model: Optional[str], cassettes: Optional[Path], options: dict[str, Optional[str]],
                    json_out: Optional[Path], verbose: bool) -> None:
    """``eval`` on incident gold: one report per prompt, per-article accuracy of the main record."""
    from summarizer.eval.incidents import render
    from summarizer.eval.incidents_run import run

    if split not in ("tune", "test", "all"):
        err.print(f"[red]error:[/red] --split must be tune, test or all, not {split!r}")
        raise typer.Exit(EXIT_USAGE)
    try:
        reports = [run(gold, split, split_file=split_file, prompt=p, cassettes=cassettes,  # type: ignore[arg-type]
                       summarizer_options={**options, "model": model}) for p in prompts]
    except (PromptError, FileNotFoundError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    except FATAL as exc:
        _guard(verbose, exc)
    console = Console()
    for report in reports:
        console.print(render(report))
    if json_out:
        with atomic_writer(json_out) as out:
            out.write(json.dumps([r.model_dump(mode="json") for r in reports], indent=2) + "\n")


@schemas_app.command("export")
def schemas_export(directory: Annotated[Path, typer.Argument()] = Path("schemas")) -> None:
    """Write the versioned JSON Schema files (a test fails when the committed ones drift)."""
    for path in export_json_schemas(directory):
        err.print(f"wrote {path}")


@prompts_app.command("list")
def prompts_list() -> None:
    """Names, versions and content hashes of every prompt; 'locked' means released."""
    locked = read_lock()
    table = Table("prompt", "version", "sha256", "locked", "description")
    for p in list_prompts():
        table.add_row(p.name, p.version, p.sha256[:16], "yes" if locked.get(p.ref) == p.sha256 else "NO", p.description)
    Console().print(table)


@prompts_app.command("lock")
def prompts_lock() -> None:
    """Pin the hash of every prompt version. A released version that changed is refused."""
    try:
        locked = write_lock()
    except PromptError as exc:
        _guard(False, exc)
    err.print(f"pinned {len(locked)} prompt versions")


def _open_cache(cache_url: str | None, cache_dir: str | None) -> Cache:
    try:
        return open_cache(cache_url, cache_dir)
    except FATAL as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(exit_code_for(exc)) from None


@cache_app.command("stats")
def cache_stats(cache_dir: CacheDirOpt = None, cache_url: CacheUrlOpt = None) -> None:
    """Where the cache is (a directory or a Redis URL), how many entries it holds, and its size."""
    cache = _open_cache(cache_url, cache_dir)
    print(json.dumps(cache.stats(), indent=2))
    cache.close()


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDirOpt = None, cache_url: CacheUrlOpt = None) -> None:
    """Delete every cached response (in Redis: summarizer's own keys only)."""
    cache = _open_cache(cache_url, cache_dir)
    err.print(f"removed {cache.clear()} cached responses")
    cache.close()


def _write_parquet(results: list[ArticleResult], output: Path) -> None:
    """``--format parquet``: the columns of ``summarizer.distributed.extract_dataset``, one file."""
    try:
        from summarizer.distributed.driver import write_parquet
    except ImportError:
        err.print("[red]error:[/red] --format parquet needs pyarrow: pip install 'summarizer\\[ray]'")
        raise typer.Exit(EXIT_USAGE) from None
    write_parquet(results, output)



model_app = typer.Typer(help="Build and inspect the embedded model's llama.cpp server.", no_args_is_help=True)
app.add_typer(model_app, name="model")


@model_app.command("build")
def model_build(
    flag_set: Annotated[Optional[str], typer.Option(
        help="Instruction set: avx512-vnni, avx512, avx2 or sse42 (default: the best this CPU reports).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if the binary exists.")] = False,
) -> None:
    """Compile llama.cpp's llama-server for this CPU, once (about 5 minutes on 2 cores; never AMX).

    \b
    The binary is cached per llama.cpp version and instruction set, so a machine with another
    CPU builds its own. `make summarize` runs this; the embedded model also builds on first need.
    """
    from summarizer.extract.llama_build import BuildError, binary_path, build_server, choose_flag_set, cpu_flags

    try:
        chosen = choose_flag_set(cpu_flags(), flag_set)
    except BuildError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    target = binary_path(chosen)
    if target.is_file() and not force:
        err.print(f"llama-server ({chosen.name}) is already built: {target}")
        return
    try:
        err.print(f"built {build_server(chosen, log=lambda m: err.print(f'[dim]{m}[/dim]'))}")
    except (BuildError, OSError, subprocess.CalledProcessError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_FAILED) from None


@model_app.command("info")
def model_info() -> None:
    """Which server binary and weights the embedded model uses on this machine."""
    from summarizer.extract.llama_build import SERVER_ENV, binary_path, choose_flag_set, cpu_flags
    from summarizer.extract.local_model import MODEL_PATH_ENV, models_dir, MODEL_FILE

    chosen = choose_flag_set(cpu_flags())
    configured = os.environ.get(SERVER_ENV)
    binary = Path(configured) if configured else binary_path(chosen)
    weights = Path(os.environ.get(MODEL_PATH_ENV) or models_dir() / MODEL_FILE)
    table = Table("what", "value")
    table.add_row("instruction set", f"{chosen.name} (AMX never used)")
    table.add_row("server", f"{binary} ({'built' if binary.is_file() else 'not built yet: summarizer model build'})")
    table.add_row("weights", f"{weights} ({'present' if weights.is_file() else 'assembled on first use'})")
    Console().print(table)
