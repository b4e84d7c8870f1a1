"""Run the app under uvicorn with a graceful drain: what ``summarizer serve`` calls.

On SIGTERM (or Ctrl-C) uvicorn stops accepting connections and waits for the requests in
flight; then the app's lifespan drains the worker pool (each worker finishes its article, the
rest stays pending in the state database) and the process exits 0. uvicorn re-raises the signal
it drained on once it has stopped, which would turn a clean drain into exit 143, so the handler
it restores is a no-op: by then the work is checkpointed and there is nothing left to interrupt.
"""

from __future__ import annotations

import logging
import signal

import uvicorn

from summarizer.pipeline import Summarizer
from summarizer.service.app import ServiceConfig, create_app

logger = logging.getLogger("uvicorn.error")  # uvicorn configures this one to print


def run(summarizer: Summarizer, config: ServiceConfig, *, host: str, port: int) -> bool:
    """Serve until SIGTERM/SIGINT; False when the server could not start (e.g. the port is taken)."""
    app = create_app(summarizer, config)
    server = uvicorn.Server(uvicorn.Config(
        app, host=host, port=port, lifespan="on", access_log=False, log_level="info",
        timeout_graceful_shutdown=int(config.drain_seconds)))
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda signum, frame: None)
    logger.info("state dir %s; %d worker(s), queue of %d article(s)%s", app.state.store.directory,
                config.workers, config.queue_size, "; bearer token required on /v1" if config.token else "")
    try:
        server.run()
    except SystemExit:  # uvicorn exits 1 when it cannot bind; it has logged why
        return False
    return server.started
