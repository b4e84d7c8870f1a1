"""A scriptable, OpenAI-compatible HTTP server that misbehaves on purpose.

The model client's retry policy (``summarizer.extract.client``) can only be trusted if it is exercised
against the faults it claims to handle: rate limits, 5xx, timeouts, dropped connections and
output that is not JSON, breaks the schema or was cut off. Mocking the openai client would test
our assumptions about its exceptions; a real socket tests the whole stack (openai, httpx2,
instructor, tenacity) as it runs in production.

Each ``POST /v1/chat/completions`` consumes the next behaviour of the *script*; the last one
repeats, so ``["error_500"]`` means "always fail" and ``["error_500", "ok"]`` means "fail once".
Every request is recorded so tests can count attempts and inspect re-ask messages and headers.
Standard library only, so it runs wherever the tests run.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal, get_args

Behaviour = Literal[
    "ok",
    "rate_limit",
    "error_500",
    "error_502",
    "error_503",
    "slow",
    "hang",
    "drop",
    "malformed",
    "schema_invalid",
    "truncated",
    "echo",
]
BEHAVIOURS: tuple[str, ...] = get_args(Behaviour)

#: Token counts every completion reports, so tests can check that usage is summed per attempt.
PROMPT_TOKENS = 100
COMPLETION_TOKENS = 20

#: A valid ``ExtractedEvents`` object with one event: what ``ok`` answers.
OK_EVENTS: dict[str, Any] = {
    "events": [
        {
            "event_type": "ASSAULT",
            "mode": "shelling",
            "summary": "Forces shelled the town.",
            "date_text": "on Wednesday",
            "evidence": "Forces shelled the town on Wednesday.",
        }
    ]
}

#: Valid JSON that breaks the schema twice: an unknown event type and a missing required field.
SCHEMA_INVALID_EVENTS: dict[str, Any] = {
    "events": [{"event_type": "EXPLOSION", "summary": "Something blew up."}]
}

MALFORMED_CONTENT = '{"events": ['

_ERROR_STATUS = {"rate_limit": 429, "error_500": 500, "error_502": 502, "error_503": 503}

#: The article part of a rendered user prompt (``prompts/*/v*.toml`` put it between these tags).
_ARTICLE = re.compile(r"<article>\n?(.*?)\n?</article>", re.DOTALL)
#: The numbered sentences of a grounded (v3-v5) user prompt, and their "[n] " numbers.
_SENTENCES = re.compile(r"Sentences:\n(.*?)\n(?:Dates:|$)", re.DOTALL)
_NUMBER = re.compile(r"^\[\d+\] ", re.MULTILINE)
_FIRST_SENTENCE = re.compile(r"\S[^\n]*?[.!?](?=\s|$)|\S[^\n]*")


def grounded_answer(schema: dict[str, Any]) -> dict[str, Any]:
    """An answer to a grounded (v3-v5) request: one happening reported by the first sentence
    offered, with every count candidate the schema allows, and only the fields the schema has.
    Valid for any article's answer schema."""
    happening = schema.get("$defs", {}).get("Happening", {}).get("properties", {})
    first = int(happening.get("s", {}).get("minimum", 1))
    counts = happening.get("counts", {}).get("items", {}).get("enum", [])[:2]
    answer = {"s": first, "type": "ASSAULT", "date": None, "time": None, "place": None, "counts": counts, "quotes": []}
    return {"events": [{k: v for k, v in answer.items() if k in happening}]}


def echo_events(article: str | None) -> dict[str, Any]:
    """``echo``'s answer: one event quoting the first sentence of the article it was sent.

    Different articles (and different chunks of one article) therefore get different events,
    and every quote is really in the text, so the locator must find it in the original article.
    """
    match = _FIRST_SENTENCE.search(article or "")
    if match is None:
        return OK_EVENTS
    sentence = match.group(0).strip()
    return {"events": [{"event_type": "ASSAULT", "mode": "shelling", "summary": sentence[:200],
                        "evidence": sentence}]}


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it; ``body`` is the parsed JSON, or None."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages sent, which is where instructor puts its re-ask."""
        if isinstance(self.body, dict):
            return list(self.body.get("messages", []))
        return []

    @property
    def answer_schema(self) -> dict[str, Any] | None:
        """The JSON schema a grounded request sends as ``response_format`` (json_schema), or None."""
        if not isinstance(self.body, dict):
            return None
        fmt = self.body.get("response_format") or {}
        return fmt.get("json_schema", {}).get("schema") if fmt.get("type") == "json_schema" else None

    @property
    def article(self) -> str | None:
        """The article text between ``<article>`` tags in the first user message (v1, v2), or the
        numbered sentences v3-v5 show, without their numbers; None when there is neither."""
        for message in self.messages:
            if message.get("role") == "user" and isinstance(message.get("content"), str):
                match = _ARTICLE.search(message["content"]) or _SENTENCES.search(message["content"])
                return _NUMBER.sub("", match.group(1)) if match else None
        return None


class FaultServer:
    """Serve scripted faults on 127.0.0.1 at a free port, in a daemon thread.

    Attributes tests may set before making requests:

    * ``retry_after``: the ``Retry-After`` header value sent with 429 (None sends none).
    * ``slow_seconds``: how long ``slow`` waits before answering; must exceed the client timeout.
    * ``echo_auth_in_errors``: error bodies quote the request's ``Authorization`` header, like a
      careless proxy would, so every error test also proves the key is redacted.
    * ``ok_delay``: seconds ``ok`` and ``echo`` wait before answering (0: at once), so that
      several requests overlap and a client can be killed between answers.
    * ``error_retry_after``: a ``Retry-After`` header for 5xx answers too (None sends none), so a
      client that honours it retries an always-failing server without backing off.

    ``max_in_flight`` is the largest number of chat completions handled at the same time.
    """

    def __init__(self) -> None:
        self.retry_after: str | None = "0"
        self.slow_seconds: float = 3.0
        self.echo_auth_in_errors: bool = True
        self.ok_delay: float = 0.0
        self.error_retry_after: str | None = None
        self._in_flight = 0
        self._max_in_flight = 0
        self._connections = 0
        self._script: list[Behaviour] = ["ok"]
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
            name="fault-server", daemon=True,
        )

    @property
    def url(self) -> str:
        """The base URL an OpenAI client takes (it appends ``/chat/completions``)."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, in order."""
        with self._lock:
            return list(self._requests)

    @property
    def in_flight(self) -> int:
        """Chat completions being handled right now."""
        with self._lock:
            return self._in_flight

    @property
    def max_in_flight(self) -> int:
        """The most chat completions ever handled at the same time."""
        with self._lock:
            return self._max_in_flight

    @property
    def connections(self) -> int:
        """Connections being handled right now, from the first byte read to the last written.

        A client killed mid-request leaves its connection to be read to the end (a body cut
        short is recorded with ``body`` None); a test waits for 0 before it counts requests."""
        with self._lock:
            return self._connections

    def _connection(self, delta: int) -> None:
        with self._lock:
            self._connections += delta

    def _enter(self) -> None:
        with self._lock:
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    @property
    def completions(self) -> list[RecordedRequest]:
        """Only the chat-completion requests: one per model call attempt."""
        return [r for r in self.requests if r.method == "POST" and r.path == "/v1/chat/completions"]

    def set_script(self, *behaviours: Behaviour) -> None:
        """Answer the next requests with these behaviours in order; the last one repeats."""
        unknown = [b for b in behaviours if b not in BEHAVIOURS]
        if not behaviours or unknown:
            raise ValueError(f"script needs known behaviours {BEHAVIOURS}, got {behaviours!r}")
        with self._lock:
            self._script = list(behaviours)

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release any handler still waiting in ``slow``."""
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _next(self, request: RecordedRequest) -> Behaviour:
        with self._lock:
            self._requests.append(request)
            return self._script.pop(0) if len(self._script) > 1 else self._script[0]

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)


def _completion(content: str, finish_reason: str = "stop") -> dict[str, Any]:
    return {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "m",
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content},
            "finish_reason": finish_reason,
        }],
        "usage": {
            "prompt_tokens": PROMPT_TOKENS,
            "completion_tokens": COMPLETION_TOKENS,
            "total_tokens": PROMPT_TOKENS + COMPLETION_TOKENS,
        },
    }


def _make_handler(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    """Bind a handler class to one server's script and request log."""

    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.0: one request per connection, so a dropped connection never poisons a pool.
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output clean."""

        def setup(self) -> None:
            server._connection(+1)
            super().setup()

        def finish(self) -> None:
            try:
                super().finish()
            finally:
                server._connection(-1)

        def do_GET(self) -> None:
            server._record(self._recorded(None))
            if self.path.rstrip("/") == "/v1/models":
                self._send_json(200, {
                    "object": "list",
                    "data": [{"id": "m", "object": "model", "created": 0, "owned_by": "fault-server"}],
                })
            else:
                self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body: Any = json.loads(raw) if raw else None
            except ValueError:
                body = None
            recorded = self._recorded(body)
            if self.path != "/v1/chat/completions":
                server._record(recorded)
                self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                return
            server._enter()
            try:
                self._answer(server._next(recorded), recorded)
            finally:
                server._leave()

        def _answer(self, behaviour: Behaviour, request: RecordedRequest) -> None:
            if behaviour in ("ok", "echo"):
                # An Event, not time.sleep, so that stopping the server releases this thread.
                if server.ok_delay and server._stopping.wait(server.ok_delay):
                    return
                schema = request.answer_schema
                events = (grounded_answer(schema) if schema is not None
                          else OK_EVENTS if behaviour == "ok" else echo_events(request.article))
                self._send_json(200, _completion(json.dumps(events)))
            elif behaviour == "malformed":
                self._send_json(200, _completion(MALFORMED_CONTENT))
            elif behaviour == "schema_invalid":
                self._send_json(200, _completion(json.dumps(SCHEMA_INVALID_EVENTS)))
            elif behaviour == "truncated":
                self._send_json(200, _completion(json.dumps(OK_EVENTS)[:40], finish_reason="length"))
            elif behaviour == "slow":
                # An Event, not time.sleep, so that stopping the server releases this thread.
                if not server._stopping.wait(server.slow_seconds):
                    self._send_json(200, _completion(json.dumps(OK_EVENTS)))
            elif behaviour == "hang":
                # Accept the request and never answer (until the server stops): a stuck endpoint.
                server._stopping.wait()
            elif behaviour == "drop":
                self.close_connection = True  # return without writing a byte
            else:
                status = _ERROR_STATUS[behaviour]
                headers = {}
                if status == 429 and server.retry_after is not None:
                    headers["Retry-After"] = server.retry_after
                elif status >= 500 and server.error_retry_after is not None:
                    headers["Retry-After"] = server.error_retry_after
                message = f"injected {behaviour}"
                if server.echo_auth_in_errors:
                    message += f" (request had Authorization: {self.headers.get('Authorization')})"
                kind = "rate_limit_error" if status == 429 else "server_error"
                self._send_json(status, {"error": {"message": message, "type": kind}}, headers)

        def _recorded(self, body: Any) -> RecordedRequest:
            headers = {k.lower(): v for k, v in self.headers.items()}
            return RecordedRequest(self.command, self.path, headers, body)

        def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the client gave up (timeout) and closed its end: nothing left to tell it

    return Handler
