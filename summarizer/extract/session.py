"""The model behind one Summarizer: a client for a configured endpoint, or the embedded server.

The embedded llama.cpp server starts on the first call that needs it (a run answered from the
cache never loads the model), once even when several threads miss at the same time. If it dies
mid-batch it is restarted once: a crash on one article is survived, a second crash, or a
server that cannot start, stops the batch with :class:`ModelUnavailableError` instead of
failing every later article the same way.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable

from pydantic import BaseModel

from summarizer.errors import DeadlineError, ExtractionError, ModelCallError, ModelUnavailableError
from summarizer.extract.client import ModelClient, ModelConfig
from summarizer.extract.local_model import LocalServer, embedded_deadline, local_server
from summarizer.models.schemas import Usage


class ModelSession:
    """Calls the model for a Summarizer; ``close`` stops the embedded server if one was started."""

    def __init__(self, config: ModelConfig, *, embedded: bool, model_path: str | None,
                 log: Callable[[str], None]) -> None:
        self.config = config
        self.embedded = embedded
        self.model_path = model_path
        self._log = log
        self._lock = threading.Lock()  # concurrent first misses must start one server, not N
        self.client: ModelClient | None = None
        self.server: LocalServer | None = None
        self._restarted = False  # restarted once per session, not more
        self._unavailable: ModelUnavailableError | None = None  # once set, every call raises it
        self._stack = contextlib.ExitStack()

    def close(self) -> None:
        self._stack.close()
        self.client = None

    def call(self, answer: type[BaseModel], messages: list[dict[str, str]], what: str) -> tuple[BaseModel, Usage]:
        """The model's validated ``answer``; one article's failure is an :class:`ExtractionError`."""
        while True:  # bounded: _restart replaces a dead server once, then raises
            client = self.current()
            try:
                return client.extract(answer, messages, what=what, notify=self._log)
            except DeadlineError as exc:
                raise ExtractionError(f"{what}: {exc}") from None
            except ModelCallError as exc:
                if not self._died(client):
                    raise ExtractionError(f"{what}: model call failed: {exc}") from None
                self._restart(client, what)

    def current(self) -> ModelClient:
        """The client to call now, starting the embedded server on first use."""
        with self._lock:
            if self._unavailable is not None:
                raise self._unavailable
            if self.client is None:
                self.client = self._start_server() if self.embedded else ModelClient(self.config)
            return self.client

    def _start_server(self, *, restart: bool = False) -> ModelClient:
        """Start the embedded server (the lock is held). If it cannot start, every article would
        fail the same way: the error is kept, and raised for every later call, so the batch stops."""
        self._log("restarting the embedded model (llama.cpp server)" if restart
                  else "starting the embedded model (llama.cpp server)")
        try:
            server = self._stack.enter_context(local_server(self.model_path, log=self._log, append_log=restart))
        except ModelUnavailableError as exc:
            self._unavailable = exc
            raise
        self.server = server
        deadline = self.config.deadline or embedded_deadline(self.config.max_tokens)
        config = dataclasses.replace(self.config, base_url=server.base_url, embedded=True, deadline=deadline)
        return ModelClient(config, alive=server.alive)

    def _died(self, client: ModelClient) -> bool:
        """True when ``client`` talks to an embedded server that has exited (or was replaced after it did)."""
        if not self.embedded:
            return False
        with self._lock:
            if client is not self.client:
                return True
            server = self.server
        return server is not None and server.died()

    def _restart(self, client: ModelClient, what: str) -> None:
        """Replace ``client``'s dead embedded server, once per session: a crash on one article is
        survived, a second crash stops the batch with :class:`ModelUnavailableError`."""
        with self._lock:
            if self._unavailable is not None:
                raise self._unavailable
            if client is not self.client or self.server is None:
                return  # another article's thread has restarted it already
            if self._restarted:
                self._unavailable = ModelUnavailableError(
                    self.server.crash_report(f"died again after a restart, on {what}") + "; the batch stops")
                raise self._unavailable
            self._restarted = True
            self._log(self.server.crash_report(f"died on {what}") + "; restarting it once")
            self.client = self._start_server(restart=True)
