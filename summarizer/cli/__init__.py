"""The ``summarizer`` command line. Thin: parse flags, load inputs, call the library, write output.

Exit codes (also in the README):

====  =========================================================
0     every article was processed
1     partial failure: some articles failed, the others are in the output
2     usage error (bad flag, unknown prompt, no inputs)
3     nothing could be processed (every article failed, or the model is unavailable)
====  =========================================================

This module only assembles :data:`app`, the ``summarizer`` entry point, from one module a job:

- :mod:`~summarizer.cli.options`: the flags several commands share, declared once
- :mod:`~summarizer.cli.output`: errors on stderr, atomic output files, exit codes
- :mod:`~summarizer.cli.batch`: inputs through the pipeline, with progress
- :mod:`~summarizer.cli.interrupts`: SIGTERM and Ctrl-C stop a batch, never half of it
- :mod:`~summarizer.cli.extract`: ``extract``, ``summarize`` and ``check``
- :mod:`~summarizer.cli.serve`: ``serve``, the HTTP service
- :mod:`~summarizer.cli.evaluate`: ``eval``, scoring against gold
- :mod:`~summarizer.cli.admin`: ``prompts``, ``cache``, ``schemas`` and ``model``
"""

from __future__ import annotations

from typing import Annotated

import typer

from summarizer import __version__
from summarizer.cli import admin, evaluate, extract, interrupts, serve
from summarizer.cli.output import check_output as _check_output  # tests call the --output check directly
from summarizer.cli.output import err
from summarizer.errors import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE

__all__ = ["app", "err", "EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE", "EXIT_FAILED"]

app = typer.Typer(
    help="Turn news articles into structured, verified event records.\n\n"
    "Runs on an embedded local model (Qwen2.5-Coder-1.5B via llama.cpp) unless --base-url / "
    "OPENAI_BASE_URL points at any OpenAI-compatible endpoint.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _show_version(show: bool) -> None:
    if show:
        print(f"summarizer {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    interrupts.install()


# --help lists the commands in this order, then the groups.
app.command()(extract.extract)
app.command()(extract.summarize)
app.command()(extract.check)
app.command()(serve.serve)
app.command("eval")(evaluate.evaluate)
app.add_typer(admin.prompts_app, name="prompts")
app.add_typer(admin.cache_app, name="cache")
app.add_typer(admin.schemas_app, name="schemas")
app.add_typer(admin.model_app, name="model")
