"""Model access: one OpenAI-compatible client, wrapped by instructor, with bounded retries.

Every model call in summarizer goes through :func:`call_model`. Two retry loops, each bounded:

* **transport** (tenacity): timeouts, connection errors, 429 (honouring ``Retry-After``) and
  5xx are retried with exponential backoff plus jitter, at most ``transport_retries`` times.
  The openai client's own retries are switched off so that there is exactly one policy.
* **validation** (instructor): output that is not JSON or breaks the schema is re-asked with the
  validation error fed back, at most ``max_reasks`` times.

Request shape for llama.cpp's server (see ``../shared/NOTES.md``): ``Mode.JSON_SCHEMA`` is refused
there (HTTP 500), so summarizer uses ``Mode.JSON`` and, in ``grammar`` mode, also sends the schema
as ``response_format={"type": "json_object", "schema": ...}`` through ``extra_body``. The server
compiles that into a grammar, so the model *cannot* emit anything but schema-shaped JSON.
``json`` mode is the default: on the seeds it gave fuller answers. When a ``json`` answer is cut
off at ``max_tokens`` (a small model looping), one grammar-constrained retry is made
(``grammar_fallback``); servers that reject the extra field simply fail that retry.

Every call is bounded by a **deadline** (``ModelConfig.deadline``): each HTTP request's timeout is
``min(timeout, time left)``, tenacity stops when the next wait would pass it, and the call then
fails with :class:`DeadlineError` naming the endpoint. One overrun remains: instructor re-asks
inside one request batch with the timeout it was given, so a re-ask started just before the
deadline may end up to one timeout after it (at most twice the deadline in all).
Errors name the endpoint (without credentials or query) and whether it is the embedded server.
"""

from __future__ import annotations

import logging
import os
import re
import random
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception

from summarizer.errors import ConfigError, DeadlineError, ModelCallError
from summarizer.models.schemas import Usage

#: ``json``: instructor's Mode.JSON (schema pasted into the prompt); ``grammar``: that plus the schema
#: as a grammar; ``schema``: instructor's Mode.JSON_SCHEMA, the schema sent only as
#: ``response_format={"type": "json_schema", ...}``, which llama.cpp's own server (and OpenAI,
#: vLLM) compile into a grammar: no schema tokens in the prompt, and no output outside it.
RequestMode = Literal["grammar", "json", "schema"]

#: Placeholder key for servers that need none; never a real secret.
NO_KEY = "sk-no-key-required"
DEADLINE_ENV = "SUMMARIZER_DEADLINE"
#: Seconds one article may take on a configured endpoint when no deadline is set: hosted APIs
#: answer an extraction in well under a minute, so this only cuts off a hung endpoint.
REMOTE_DEADLINE = 300.0
#: A request still unanswered after this many seconds is reported once (``notify``).
SLOW_NOTICE_SECONDS = 30.0

__all__ = ["DeadlineError", "ModelCallError", "ModelClient", "ModelConfig", "endpoint_url", "redact"]


@dataclass(frozen=True)
class ModelConfig:
    """Where and how to call the model. Everything that changes an answer is in :meth:`identity`."""

    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model: str = "default"
    temperature: float = 0.0
    max_tokens: int = 1536
    seed: int | None = 0
    timeout: float = 600.0
    transport_retries: int = 4
    max_reasks: int = 2
    request_mode: RequestMode = "json"
    grammar_fallback: bool = True
    weights_sha256: str | None = None
    #: Seconds one call may take, retries and re-asks included; None: :data:`REMOTE_DEADLINE`
    #: (the pipeline sets the embedded server's from ``local_model.embedded_deadline``).
    deadline: float | None = None
    #: True when ``base_url`` is the embedded server: error messages say which it was.
    embedded: bool = False

    def __post_init__(self) -> None:
        if self.deadline is not None and not self.deadline > 0:
            raise ConfigError(f"the deadline must be a positive number of seconds, not {self.deadline}")

    @classmethod
    def from_env(cls, **overrides: Any) -> ModelConfig:
        """``OPENAI_BASE_URL``, ``OPENAI_API_KEY``, ``SUMMARIZER_MODEL`` and ``SUMMARIZER_DEADLINE``
        fill what flags leave unset."""
        values: dict[str, Any] = {
            "base_url": os.environ.get("OPENAI_BASE_URL"),
            "api_key": os.environ.get("OPENAI_API_KEY"),
            "model": os.environ.get("SUMMARIZER_MODEL", "gpt-4o-mini"),
        }
        if os.environ.get(DEADLINE_ENV):
            try:
                values["deadline"] = float(os.environ[DEADLINE_ENV])
            except ValueError:
                raise ConfigError(f"{DEADLINE_ENV} must be a number of seconds, "
                                  f"not {os.environ[DEADLINE_ENV]!r}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def deadline_seconds(self) -> float:
        return self.deadline if self.deadline is not None else REMOTE_DEADLINE

    def identity(self) -> dict[str, Any]:
        """The parts of the config that can change the output: these go into the cache key."""
        return {
            "model": self.model,
            "weights_sha256": self.weights_sha256,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "seed": self.seed,
            "request_mode": self.request_mode,
            "grammar_fallback": self.grammar_fallback,
        }


def endpoint_url(url: str) -> str:
    """``url`` fit to show: no user, password, query or fragment (where credentials travel)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"  # IPv6
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


_BEARER = re.compile(r"(Bearer\s+)[^\s'\",]+", re.IGNORECASE)


def redact(text: str, secrets: list[str | None]) -> str:
    """Remove secrets (and any bearer token) from text before it is shown, logged or stored."""
    for secret in secrets:
        if secret and secret != NO_KEY and len(secret) >= 4:
            text = text.replace(secret, "[REDACTED]")
    return _BEARER.sub(r"\1[REDACTED]", text)


class RedactingFilter(logging.Filter):
    """instructor logs raw API errors before summarizer sees them; a server that echoes the
    request's Authorization header would otherwise put the key in the logs."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage(), list(self.secrets))
        record.args = None
        return True


_LOG_FILTER = RedactingFilter()
for _name in ("instructor", "instructor.v2.retry", "openai", "openai._base_client", "httpx", "httpx2"):
    logging.getLogger(_name).addFilter(_LOG_FILTER)


def _transport_error(exc: BaseException) -> BaseException | None:
    """instructor wraps API errors in InstructorRetryException; look through it."""
    import openai
    from instructor.core.exceptions import InstructorRetryException

    if isinstance(exc, InstructorRetryException) and exc.__cause__ is not None:
        exc = exc.__cause__
    retryable = (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError,
                 openai.InternalServerError)
    if isinstance(exc, retryable):
        return exc
    if isinstance(exc, openai.APIStatusError) and exc.status_code >= 500:
        return exc
    return None


def _retry_after(exc: BaseException | None) -> float | None:
    response = getattr(exc, "response", None)
    header = response.headers.get("retry-after") if response is not None else None
    try:
        return float(header) if header else None
    except ValueError:
        return None


def _wait(state: RetryCallState) -> float:
    """Exponential backoff with full jitter, unless the server said how long (Retry-After)."""
    exc = state.outcome.exception() if state.outcome else None
    told = _retry_after(_transport_error(exc) if exc else None)
    if told is not None:
        return min(told, 60.0)
    return random.uniform(0, min(30.0, 0.5 * 2 ** state.attempt_number))


class ModelClient:
    """An instructor-wrapped OpenAI client bound to one :class:`ModelConfig`.

    ``alive`` tells whether the server behind the endpoint still runs (the embedded server's
    process); transport errors are not retried once it returns False, since nobody will answer.
    """

    def __init__(self, config: ModelConfig, alive: Callable[[], bool] = lambda: True) -> None:
        # The SDKs are imported here, not at module level: they take about half a second to
        # import, and a run answered entirely from the cache never needs them.
        import instructor
        import openai

        self.config = config
        raw = openai.OpenAI(
            base_url=config.base_url,
            api_key=config.api_key or NO_KEY,
            timeout=config.timeout,
            max_retries=0,  # tenacity owns retries
        )
        mode = instructor.Mode.JSON_SCHEMA if config.request_mode == "schema" else instructor.Mode.JSON
        self._client = instructor.from_openai(raw, mode=mode)
        self._alive = alive
        url = endpoint_url(str(raw.base_url).rstrip("/"))
        #: Where the calls go, fit to show; the embedded server is called so.
        self.endpoint = f"the embedded llama.cpp server at {url}" if config.embedded else f"the configured endpoint {url}"
        if config.api_key:
            _LOG_FILTER.secrets.add(config.api_key)
        self._sent = threading.local()  # per thread: concurrent articles must not count each other
        self._client.on("completion:kwargs", self._count_request)

    def _count_request(self, *args: Any, **kwargs: Any) -> None:
        """instructor hook: one HTTP request is about to be sent (first try, retry or re-ask)."""
        self._sent.count = self._requests_sent() + 1

    def _requests_sent(self) -> int:
        return int(getattr(self._sent, "count", 0))

    def extract(self, response_model: type[BaseModel], messages: list[dict[str, str]], *,
                what: str = "a request", notify: Callable[[str], None] | None = None) -> tuple[BaseModel, Usage]:
        """Return a validated ``response_model`` and the usage of every attempt it took.

        Raises :class:`ModelCallError` (:class:`DeadlineError` when the deadline passed). When
        ``notify`` is given, a call still running after :data:`SLOW_NOTICE_SECONDS` says so once,
        naming ``what``: a user watching a quiet terminal learns it is the model, not a hang.
        """
        with self._still_waiting(what, notify):
            return self._extract(response_model, messages)

    @contextmanager
    def _still_waiting(self, what: str, notify: Callable[[str], None] | None) -> Iterator[None]:
        if notify is None:
            yield
            return
        after, deadline = SLOW_NOTICE_SECONDS, self.config.deadline_seconds
        timer = threading.Timer(after, notify, [f"still waiting for the model on {what} ({after:g} s; "
                                                f"gives up at the {deadline:g} s deadline) ..."])
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()

    def _extract(self, response_model: type[BaseModel], messages: list[dict[str, str]]) -> tuple[BaseModel, Usage]:
        import openai
        from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

        cfg = self.config
        kwargs: dict[str, Any] = {
            "model": cfg.model,
            "messages": messages,
            "response_model": response_model,
            "max_retries": cfg.max_reasks,
            "temperature": cfg.temperature,
            "max_tokens": cfg.max_tokens,
        }
        if cfg.seed is not None:
            kwargs["seed"] = cfg.seed
        grammar = {"response_format": {"type": "json_object", "schema": response_model.model_json_schema()}}
        if cfg.request_mode == "grammar":
            kwargs["extra_body"] = grammar
        usage = Usage()
        started = time.perf_counter()
        sent_before = self._requests_sent()
        ends = time.monotonic() + cfg.deadline_seconds
        out_of_time = False

        def attempt() -> BaseModel:
            nonlocal out_of_time
            left = ends - time.monotonic()
            if left <= 0:
                out_of_time = True
                raise DeadlineError(self._deadline_message())
            kwargs["timeout"] = min(cfg.timeout, left)  # instructor also stops re-asking after it
            try:
                return self._client.chat.completions.create(**kwargs)
            except InstructorRetryException as exc:
                _add_usage(usage, getattr(exc, "total_usage", None))
                raise

        def stop(state: RetryCallState) -> bool:
            """The next wait would reach the deadline, or the attempts are used up."""
            nonlocal out_of_time
            out_of_time = time.monotonic() + (state.upcoming_sleep or 0.0) >= ends
            return out_of_time or state.attempt_number >= cfg.transport_retries + 1

        retrying = Retrying(
            stop=stop,
            retry=retry_if_exception(lambda e: _transport_error(e) is not None and self._alive()),
            wait=lambda state: min(_wait(state), max(0.0, ends - time.monotonic())),
            reraise=True,
        )
        try:
            try:
                result = retrying(attempt)
            except IncompleteOutputException:
                if "extra_body" in kwargs or not cfg.grammar_fallback or cfg.request_mode == "schema":
                    raise
                # In plain JSON mode a small model can loop (repeat a list) until max_tokens. One
                # retry with the schema as a grammar: constrained decoding stopped such loops in a
                # trial on the embedded model (shared/NOTES.md).
                kwargs["extra_body"] = grammar
                result = retrying(attempt)
        except IncompleteOutputException:
            retried = " (also on the grammar-constrained retry)" if "extra_body" in kwargs and \
                cfg.request_mode == "json" else ""
            raise ModelCallError(
                f"model output was cut off at max_tokens={cfg.max_tokens} (finish_reason=length){retried}"
            ) from None
        except InstructorRetryException as exc:
            cause = _transport_error(exc)
            if cause is not None:
                raise self._transport_failure(cause, out_of_time) from None
            reason = f"invalid output after {exc.n_attempts} attempt(s): {_first_line(exc)}"
            raise ModelCallError(redact(reason, [cfg.api_key])) from None
        except openai.OpenAIError as exc:
            raise self._transport_failure(exc, out_of_time) from None
        _add_usage(usage, getattr(result, "_total_usage", None))
        usage.calls = self._requests_sent() - sent_before
        usage.seconds = round(time.perf_counter() - started, 3)
        return result, usage

    def _deadline_message(self) -> str:
        return f"no answer from {self.endpoint} within the {self.config.deadline_seconds:g} s deadline"

    def _transport_failure(self, exc: BaseException, out_of_time: bool) -> ModelCallError:
        """The error for a call that failed in transport: the deadline, or the endpoint named."""
        import openai

        reason = redact(f"{type(exc).__name__}: {exc}", [self.config.api_key])
        if out_of_time:
            return DeadlineError(f"{self._deadline_message()} (last error: {reason})")
        if isinstance(exc, openai.APITimeoutError):
            return ModelCallError(f"no answer from {self.endpoint} within the {self.config.timeout:g} s "
                                  f"request timeout: {reason}")
        if isinstance(exc, openai.APIConnectionError):
            return ModelCallError(f"cannot reach {self.endpoint}: {reason}")
        return ModelCallError(reason)


def _add_usage(usage: Usage, total: Any) -> None:
    if total is not None:
        usage.prompt_tokens += int(getattr(total, "prompt_tokens", 0) or 0)
        usage.completion_tokens += int(getattr(total, "completion_tokens", 0) or 0)


def _first_line(exc: BaseException) -> str:
    """The gist of why output was rejected. instructor's own message opens with a bare
    ``<failed_attempts>`` tag, so describe its cause, preferring the first validation error."""
    cause = exc.__cause__ or exc
    if isinstance(cause, ValidationError) and cause.errors():
        first = cause.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return (f"{where}: {first['msg']}" if where else first["msg"])[:300]
    text = str(cause).strip().splitlines()
    return text[0][:300] if text else type(cause).__name__
