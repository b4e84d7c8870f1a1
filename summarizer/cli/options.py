"""The flags that several commands take, declared once so each reads the same in every --help.

extract, summarize, check and serve all run the pipeline, so they share the endpoint, prompt,
cache, policy and deadline flags; the three batch commands also --published-at, and extract and
summarize --concurrency and the --engine flags. A command takes them as one ``options: RunOptions``
parameter that :func:`run_options` turns into the flags; eval and the cache commands use the
single option types below directly.

Help texts escape "\\[" (Rich markup would swallow "[env: ...]"). The variables are read by the
library itself, not bound here with envvar=, so --cache-dir keeps its precedence over the
environment's SUMMARIZER_CACHE_URL.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from summarizer.cli.output import check_output, err
from summarizer.config import SummarizerConfig
from summarizer.models.schemas import Policy
from summarizer.pipeline import Summarizer


class Engine(str, Enum):
    local = "local"
    ray = "ray"


Inputs = Annotated[list[str], typer.Argument(help="Files, directories, *.jsonl feeds, or - for stdin.")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", callback=check_output,
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
                    "\\[env: SUMMARIZER_DEADLINE; default 300 for an endpoint, about 845 for the embedded model].")]


@dataclass(frozen=True)
class RunOptions:
    """What the shared flags say: the pipeline's settings, and how the inputs are fed to it."""

    config: SummarizerConfig
    published_at: str | None
    concurrency: int
    engine: Engine
    ray_address: str | None
    actors: int | None

    def summarizer(self) -> Summarizer:
        """The pipeline these options describe; what it reports (a model starting) goes to stderr, dimmed."""
        return Summarizer(self.config, log=lambda m: err.print(f"[dim]{m}[/dim]"))


# Typer passes every parameter by name, so the signatures built here make them all keyword-only.
_KEYWORD_ONLY = inspect.Parameter.KEYWORD_ONLY


def _flag(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(name, _KEYWORD_ONLY, annotation=annotation, default=default)


#: The shared flags in the order --help lists them. Each is named after the SummarizerConfig field
#: or the RunOptions field it sets, except --no-cache (``use_cache``, inverted).
_SHARED = {flag.name: flag for flag in (
    _flag("base_url", BaseUrlOpt, None),
    _flag("api_key", ApiKeyOpt, None),
    _flag("model", ModelOpt, None),
    _flag("model_path", ModelPathOpt, None),
    _flag("prompt", PromptOpt, None),
    _flag("cache_dir", CacheDirOpt, None),
    _flag("no_cache", NoCacheOpt, False),
    _flag("published_at", PublishedOpt, None),
    _flag("concurrency", ConcurrencyOpt, 1),
    _flag("policy", PolicyOpt, Policy.FLAG),
    _flag("deadline", DeadlineOpt, None),
    _flag("cache_url", CacheUrlOpt, None),
    _flag("engine", EngineOpt, Engine.local),
    _flag("ray_address", RayAddressOpt, None),
    _flag("actors", ActorsOpt, None),
)}
_CONFIG_FIELDS = {field.name for field in fields(SummarizerConfig)}


def _options_from(flags: dict[str, Any]) -> RunOptions:
    """The RunOptions that every shared flag's value (given or default) describes."""
    config = SummarizerConfig(use_cache=not flags.pop("no_cache"),
                              **{name: flags.pop(name) for name in list(flags) if name in _CONFIG_FIELDS})
    return RunOptions(config, **flags)


Command = Callable[..., None]


def run_options(*, without: tuple[str, ...] = ()) -> Callable[[Command], Command]:
    """Give a command the shared flags, less ``without``, in place of its ``options: RunOptions``.

    Typer reads a command's flags from its signature, so the returned command's signature is the
    command's own with the shared flags where ``options`` stands; a call gathers them back into one
    :class:`RunOptions`, with the left-out flags at their defaults.
    """
    if unknown := set(without) - _SHARED.keys():
        raise ValueError(f"not shared flags: {sorted(unknown)}")
    offered = [flag for name, flag in _SHARED.items() if name not in without]

    def decorate(command: Command) -> Command:
        own = inspect.signature(command, eval_str=True).parameters.values()
        parameters = [flag for parameter in own for flag in
                      (offered if parameter.name == "options" else [parameter.replace(kind=_KEYWORD_ONLY)])]

        @functools.wraps(command)
        def with_flags(**given: Any) -> None:
            shared = {name: given.pop(name, flag.default) for name, flag in _SHARED.items()}
            command(**given, options=_options_from(shared))

        with_flags.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        with_flags.__annotations__ = {parameter.name: parameter.annotation for parameter in parameters}
        return with_flags

    return decorate
