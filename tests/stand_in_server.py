"""A stand-in for llama.cpp's ``llama-server`` in tests: its flags and OpenAI routes, no model.

The embedded-server code (readiness, crash reports, restart once) can only be trusted if a real
process is started, answers, and dies the way a miscompiled llama-server does. This script is
that process. It accepts llama-server's flags (``-m PATH --host H --port P -c N -t T --alias NAME
--parallel N``) and the old ``python -m llama_cpp.server`` spellings, ignores all but host and
port, answers ``GET /health`` and ``GET /v1/models``, and answers every chat completion like
:mod:`fault_server`'s ``echo`` (one event quoting the article's first sentence).

How it dies is set by environment variables, read at start:

* ``STAND_IN_DIE_ON_POST=N``: die on this process's N-th POST (1 is the readiness probe).
* ``STAND_IN_DIE_MARKER=PATH``: die on the first POST after PATH exists, removing PATH first,
  so the restarted server lives (a test creates the file between two articles).
* ``STAND_IN_SIGNAL=KILL|SEGV``: the signal it kills itself with (default KILL; SEGV is what
  a CPU-instruction crash looks like).

Every request is printed to stdout (the server log). :func:`use_stand_in` points summarizer at it.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import stat
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).parent))
from fault_server import _completion, echo_events  # noqa: E402

if TYPE_CHECKING:
    import pytest


def _die(how: str) -> None:
    sig = signal.SIGSEGV if how == "SEGV" else signal.SIGKILL  # Python's SIGSEGV action is the default
    sys.stdout.flush()
    # Sent to this thread: a process-wide kill may land in another thread a moment later, after
    # this one has answered. The sleep is never reached; it only keeps this thread from going on.
    signal.pthread_kill(threading.get_ident(), sig)
    time.sleep(60)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    posts = 0
    lock = threading.Lock()

    def log_message(self, format: str, *args: Any) -> None:
        print(f"{self.command} {self.path}", flush=True)

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/health":
            self._send(200, {"status": "ok"})
        elif self.path.rstrip("/") == "/v1/models":
            self._send(200, {"object": "list", "data": [{"id": "stand-in", "object": "model"}]})
        else:
            self._send(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"null")
        with _Handler.lock:
            _Handler.posts += 1
            number = _Handler.posts
        marker = os.environ.get("STAND_IN_DIE_MARKER")
        if str(number) == os.environ.get("STAND_IN_DIE_ON_POST") or (marker and os.path.exists(marker)):
            if marker and os.path.exists(marker):
                os.remove(marker)
            _die(os.environ.get("STAND_IN_SIGNAL", "KILL"))
        if self.path != "/v1/chat/completions":
            self._send(404, {"error": {"message": f"no route {self.path}"}})
            return
        if body.get("max_tokens") == 1:
            self._send(200, _completion("OK", finish_reason="length"))
            return
        user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "")
        start, end = user.find("<article>"), user.find("</article>")
        article = user[start + len("<article>"):end].strip() if 0 <= start < end else None
        self._send(200, _completion(json.dumps(echo_events(article))))

    def _send(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(allow_abbrev=False)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    options, _ignored = parser.parse_known_args(argv)
    server = ThreadingHTTPServer((options.host, options.port), _Handler)
    server.daemon_threads = True
    print(f"stand-in llama-server listening on {options.host}:{options.port}", flush=True)
    server.serve_forever(poll_interval=0.05)


def use_stand_in(monkeypatch: pytest.MonkeyPatch, directory: Path, **behaviour: str) -> Path:
    """Make summarizer's embedded server this stand-in; ``behaviour`` sets ``STAND_IN_*`` variables.

    Writes an executable wrapper (``SUMMARIZER_LLAMA_SERVER``), a dummy weights file and a cache
    directory under ``directory``, and returns the server log's path.
    """
    wrapper = directory / "llama-server"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{Path(__file__).resolve()}" "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    weights = directory / "stand-in.gguf"
    weights.write_bytes(b"GGUF stand-in")
    for name in [k for k in os.environ if k.startswith(("OPENAI_", "SUMMARIZER_", "STAND_IN_"))]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SUMMARIZER_LLAMA_SERVER", str(wrapper))
    monkeypatch.setenv("SUMMARIZER_MODEL_PATH", str(weights))
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(directory / "cache"))
    for name, value in behaviour.items():
        monkeypatch.setenv(f"STAND_IN_{name.upper()}", value)
    return directory / "cache" / "llama-server.log"


if __name__ == "__main__":
    main(sys.argv[1:])
