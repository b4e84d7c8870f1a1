"""The service's documented limits, and the middleware that enforces the body-size one.

Sizes are checked before a body is parsed: a client that declares (or streams) more than the
limit gets 413 without the service holding more than the limit in memory. The per-article
limit is the CLI's (:data:`summarizer.ingest.articles.MAX_ARTICLE_BYTES`), checked on each article.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summarizer.ingest.articles import MAX_ARTICLE_BYTES
from summarizer.service.problems import problem_response

#: Largest request body, any route (a batch of many articles, or one article at its own limit).
MAX_BODY_BYTES = 16 * 1024 * 1024
#: Articles one synchronous ``POST /v1/summarize`` may carry; larger jobs go to ``/v1/batches``.
MAX_SUMMARIZE_ARTICLES = 16
#: Articles in one batch.
MAX_BATCH_ARTICLES = 10_000

__all__ = ["MAX_ARTICLE_BYTES", "MAX_BATCH_ARTICLES", "MAX_BODY_BYTES", "MAX_SUMMARIZE_ARTICLES", "BodyLimit"]


class BodyLimit:
    """Pure ASGI middleware: read the request body up to ``max_bytes``, answer 413 beyond it."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        too_large = problem_response(413, f"request body is over the {self.max_bytes} byte limit")
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await too_large(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client went away: nobody to answer
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await too_large(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)
