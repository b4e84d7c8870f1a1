"""How a command answers: one-line errors on stderr, output files written atomically, exit codes.

Every command reports through :data:`err`, so an error is always one line (a log collector keeps
it whole) and always ends the command with the exit code the README promises.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, NoReturn, Optional

import typer
from rich.console import Console

from summarizer.errors import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, SummarizerError, exit_code_for
from summarizer.models.schemas import ArticleResult

#: Errors that end a command: one line on stderr, the exit code from ``errors.exit_code_for``.
FATAL = (SummarizerError, OSError)

err = Console(stderr=True, soft_wrap=True)  # one error = one line, even in logs


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """End the command with ``error: message`` on stderr (Rich markup allowed) and ``code``."""
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def fatal(verbose: bool, error: Exception) -> NoReturn:
    """Turn a fatal error into one clear line (and a traceback only with --verbose) and its exit code."""
    if verbose:
        err.print(traceback.format_exc())
    fail(str(error), exit_code_for(error))


def configure_logging(verbose: bool) -> None:
    """Library logs stay silent unless --verbose asks for them (then at debug level, on stderr)."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.CRITICAL, stream=sys.stderr)


def check_output(path: Optional[Path]) -> Optional[Path]:
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
        fail(f"--output {path}: {problem}")
    return path


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


def exit_code(results: list[ArticleResult]) -> int:
    """0 when every article succeeded, 3 when none did, 1 in between (the README's table)."""
    failed = sum(not r.ok for r in results)
    if failed == 0:
        return EXIT_OK
    return EXIT_FAILED if failed == len(results) else EXIT_PARTIAL
