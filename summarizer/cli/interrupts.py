"""Stopping a batch on SIGTERM or Ctrl-C, even when the interruption is swallowed on its way.

Python delivers a signal by raising an exception in whatever the main thread happens to run. When
that is a ``__del__`` finaliser or a library's broad ``except``, the exception is lost: the batch
would run on with one article failed and exit 1 instead of 143. So the handler also records the
signal, and the batch loop (:func:`stop_if_signalled`, after every article) stops there. Either way
the command unwinds through its context managers: temp outputs are removed and the embedded model
server is stopped.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: The signals received since :func:`install`, first one first.
_received: list[int] = []


def _stop(signum: int, frame: FrameType | None) -> None:
    _received.append(signum)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt  # typer turns it into exit 130
    sys.exit(128 + signum)


def install() -> None:
    """Handle SIGTERM (a scheduler stopping the job) like Ctrl-C; SIGINT stays ignored where the
    shell started the command with it ignored (``cmd &``)."""
    _received.clear()
    signal.signal(signal.SIGTERM, _stop)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stop)


def stop_if_signalled() -> None:
    """Exit with 128 + the signal's number when one arrived, even if its exception was swallowed."""
    if _received:
        raise SystemExit(128 + _received[0])


@contextmanager
def signal_wins() -> Iterator[None]:
    """An error raised after a signal arrived ends the command as that signal: a library may have
    turned the interruption into an error of its own (pydantic's serializer reports a Ctrl-C during
    ``model_dump_json`` as a ``PydanticSerializationError``), which would otherwise exit 1."""
    try:
        yield
    except Exception:
        stop_if_signalled()
        raise
