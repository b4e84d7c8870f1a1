"""Housekeeping sub-commands that run no articles: prompts, cache, schemas and the embedded model.

Each group is its own Typer app, added under its name by :mod:`summarizer.cli`.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from summarizer.cli.options import CacheDirOpt, CacheUrlOpt
from summarizer.cli.output import FATAL, err, fail, fatal
from summarizer.errors import EXIT_FAILED, PromptError, exit_code_for
from summarizer.extract.cache import Cache, open_cache
from summarizer.extract.prompts import list_prompts, read_lock, write_lock
from summarizer.models.schema_files import export_json_schemas

prompts_app = typer.Typer(help="List and pin the versioned prompts (shipped with the package).", no_args_is_help=True)
cache_app = typer.Typer(help="Inspect or clear the response cache.", no_args_is_help=True)
schemas_app = typer.Typer(help="Export the JSON Schemas of the records.", no_args_is_help=True)
model_app = typer.Typer(help="Build and inspect the embedded model's llama.cpp server.", no_args_is_help=True)


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
        fatal(False, exc)
    err.print(f"pinned {len(locked)} prompt versions")


def _open_cache(cache_url: str | None, cache_dir: str | None) -> Cache:
    try:
        return open_cache(cache_url, cache_dir)
    except FATAL as exc:
        fail(str(exc), exit_code_for(exc))


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


@schemas_app.command("export")
def schemas_export(directory: Annotated[Path, typer.Argument()] = Path("schemas")) -> None:
    """Write the versioned JSON Schema files (a test fails when the committed ones drift)."""
    for path in export_json_schemas(directory):
        err.print(f"wrote {path}")


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
        fail(str(exc))
    target = binary_path(chosen)
    if target.is_file() and not force:
        err.print(f"llama-server ({chosen.name}) is already built: {target}")
        return
    try:
        err.print(f"built {build_server(chosen, log=lambda m: err.print(f'[dim]{m}[/dim]'))}")
    except (BuildError, OSError, subprocess.CalledProcessError) as exc:
        fail(str(exc), EXIT_FAILED)


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
