"""``summarizer serve``: the HTTP service over the same pipeline, cache and flags as the batch commands.

FastAPI and uvicorn come with the service extra, so they are imported only when the command runs:
without them every other command still works, and this one says what to install.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from summarizer.cli.options import RunOptions, VerboseOpt, run_options
from summarizer.cli.output import FATAL, configure_logging, fail, fatal
from summarizer.errors import EXIT_FAILED


# The service reads its articles from requests, one worker each, on this machine.
@run_options(without=("published_at", "concurrency", "engine", "ray_address", "actors"))
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
    *,
    options: RunOptions,
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
    configure_logging(verbose)
    try:
        from summarizer.service import ServiceConfig
        from summarizer.service.server import run
    except ImportError as exc:
        fail(f"summarizer serve needs the service extra ({exc.name} is missing): "
             "pip install 'summarizer\\[service]'")
    service = ServiceConfig(workers=workers, queue_size=queue_size, token=token or None, state_dir=state_dir,
                            cors_origins=tuple(cors_origin or ()))
    try:
        with options.summarizer() as summarizer:
            started = run(summarizer, service, host=host, port=port)
    except FATAL as exc:
        fatal(verbose, exc)
    if not started:
        raise typer.Exit(EXIT_FAILED)
