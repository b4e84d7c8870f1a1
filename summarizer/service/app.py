"""The HTTP routes: a thin edge over the library, on the same pipeline, cache and model as the CLI.

Every route converts the request into library objects (:class:`~summarizer.ingest.articles.Article`),
hands model work to the :class:`~summarizer.service.worker.WorkerPool` and answers with the
library's own models (:class:`~summarizer.models.schemas.ArticleResult`, :class:`~summarizer.models.summary.Summary`).
Reads of batch state run in FastAPI's thread pool and model work in the worker threads, so the
event loop stays free for ``/healthz`` and status reads however slow the model is.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ValidationError
from pydantic.json_schema import models_json_schema

from summarizer.ingest.articles import MAX_ARTICLE_BYTES, Article, ArticleError
from summarizer.errors import ExtractionError, ModelError
from summarizer.pipeline import Summarizer, merge_results
from summarizer.models.schemas import SCHEMA_VERSION, ArticleResult, EventRecord
from summarizer.service import readiness
from summarizer.service.auth import require_token
from summarizer.service.limits import MAX_BODY_BYTES, BodyLimit
from summarizer.service.metrics import CONTENT_TYPE_LATEST, Metrics, RequestMetrics
from summarizer.service.models import (
    ArticleIn, Batch, BatchList, BatchRequest, ExtractRequest, Health, Readiness, SummarizeRequest,
)
from summarizer.service.problems import Problem, ProblemError, install, responses, validation_detail
from summarizer.service.store import TERMINAL, BatchStore
from summarizer.service.worker import Draining, QueueFull, WorkerPool
from summarizer.models.summary import Summary

NDJSON = "application/x-ndjson"

logger = logging.getLogger("uvicorn.error")  # the operator's log: uvicorn configures it to print


@dataclass(frozen=True)
class ServiceConfig:
    """What the service adds to the library's configuration (the CLI's ``serve`` options)."""

    workers: int = 2
    queue_size: int = 10_000
    token: str | None = field(default=None, repr=False)
    state_dir: str | None = None
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = MAX_BODY_BYTES
    drain_seconds: float = 30.0


def to_article(item: ArticleIn, where: str) -> Article:
    """One article of a request; 413 past the CLI's per-article limit, 422 naming ``where`` otherwise."""
    size = len(item.text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        raise ProblemError(413, f"{where}: text is {size} bytes, over the {MAX_ARTICLE_BYTES} byte per-article limit")
    try:
        return item.to_article()
    except ArticleError as exc:
        raise ProblemError(422, f"{where}{f' (id {item.id!r})' if item.id else ''}: {exc.cause}") from None


def to_articles(items: list[tuple[str, ArticleIn]]) -> list[Article]:
    """Several articles of one request, each named by its place; ids must be unique (merging needs it)."""
    seen: dict[str, str] = {}
    articles = []
    for where, item in items:
        article = to_article(item, where)
        if article.id in seen:
            raise ProblemError(422, f"{where}: duplicate article id {article.id!r} (also {seen[article.id]}); "
                                    "give each article its own id, or send the same text once")
        seen[article.id] = where
        articles.append(article)
    return articles


def parse_batch(body: bytes, content_type: str) -> list[Article]:
    """A batch body as JSON (``{"articles": [...]}``) or NDJSON (one article per line), all or nothing."""
    if content_type == "application/json":
        try:
            request = BatchRequest.model_validate_json(body)
        except ValidationError as exc:
            raise ProblemError(422, validation_detail([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()])) from None
        return to_articles([(f"articles[{i}]", item) for i, item in enumerate(request.articles)])
    if content_type not in (NDJSON, "application/jsonl"):
        raise ProblemError(415, f"content-type must be {NDJSON} (one article per line) or application/json")
    items = []
    for number, line in enumerate(body.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append((f"line {number}", ArticleIn.model_validate_json(line)))
        except ValidationError as exc:
            raise ProblemError(422, f"line {number}: " + validation_detail(list(exc.errors()))) from None
    if not items:
        raise ProblemError(422, "body: no articles (send one JSON object with a 'text' field per line)")
    return to_articles(items)


def _openapi_extra_batch() -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {
        NDJSON: {"schema": {"$ref": "#/components/schemas/ArticleIn"}},
        "application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}},
    }}}


def create_app(summarizer: Summarizer, config: ServiceConfig | None = None) -> FastAPI:
    """The service over one :class:`Summarizer`, which the caller owns (and closes)."""
    config = config or ServiceConfig()
    store = BatchStore(config.state_dir)
    metrics = Metrics()
    metrics.watch_batches(store.count_by_status)
    pool = WorkerPool(summarizer, store, metrics, workers=config.workers, queue_size=config.queue_size)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if resumed := pool.start():
            logger.info("resuming %d article(s) of unfinished batches", resumed)
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(pool.drain, config.drain_seconds)
            store.close()

    app = FastAPI(title="summarizer", version=SCHEMA_VERSION,
                  description="News articles in; verified event records and merged events out. "
                              "Errors are application/problem+json (RFC 9457).",
                  lifespan=lifespan)
    app.state.pool = pool
    app.state.store = store
    install(app)
    v1 = APIRouter(prefix="/v1", dependencies=[Depends(require_token(config.token))])

    async def run(articles: list[Article]) -> list[list[EventRecord] | BaseException]:
        try:
            futures = pool.extract(articles)
        except QueueFull as exc:
            raise ProblemError(429, f"queue full ({pool.waiting} articles waiting); retry later",
                               {"Retry-After": str(exc.retry_after)}) from None
        except Draining:
            raise ProblemError(503, "the service is shutting down", {"Retry-After": "5"}) from None
        return await asyncio.gather(*(asyncio.wrap_future(f) for f in futures), return_exceptions=True)

    @v1.post("/extract", response_model=ArticleResult, responses=responses(400, 401, 413, 422, 429, 502, 503))
    async def extract(body: ExtractRequest) -> ArticleResult:
        """Verified records for one article (synchronous: answers when the model has)."""
        article = await anyio.to_thread.run_sync(to_article, body.article, "article")  # 5 MiB of regexes
        (outcome,) = await run([article])
        if isinstance(outcome, Draining):
            raise ProblemError(503, "the service is shutting down", {"Retry-After": "5"})
        if isinstance(outcome, ExtractionError):
            raise ProblemError(502, str(outcome))
        if isinstance(outcome, ModelError):
            raise ProblemError(503, f"model unavailable: {outcome}")
        if isinstance(outcome, BaseException):
            raise outcome
        return ArticleResult(article_id=article.id, source=article.source, ok=True, records=outcome)

    @v1.post("/summarize", response_model=Summary, responses=responses(400, 401, 413, 422, 429, 503))
    async def summarize(body: SummarizeRequest) -> Summary:
        """Extract and merge a small batch synchronously (at most 16 articles; use /v1/batches for more).

        Articles that fail are listed in ``failures``; the others are merged.
        """
        articles = await anyio.to_thread.run_sync(
            to_articles, [(f"articles[{i}]", item) for i, item in enumerate(body.articles)])
        outcomes = await run(articles)
        if any(isinstance(o, Draining) for o in outcomes):
            raise ProblemError(503, "the service is shutting down", {"Retry-After": "5"})
        results = []
        for article, outcome in zip(articles, outcomes):
            if isinstance(outcome, BaseException):
                error = str(outcome) if isinstance(outcome, (ExtractionError, ModelError)) else \
                    f"{article.source or article.id}: internal error"
                results.append(ArticleResult(article_id=article.id, source=article.source, ok=False, error=error))
            else:
                results.append(ArticleResult(article_id=article.id, source=article.source, ok=True, records=outcome))
        return await anyio.to_thread.run_sync(merge_results, results, {a.id: a for a in articles})

    @v1.post("/batches", status_code=202, response_model=Batch, openapi_extra=_openapi_extra_batch(),
             responses=responses(401, 413, 415, 422, 429, 503))
    async def create_batch(request: Request, response: Response) -> Batch:
        """Accept a batch (NDJSON: one article per line, or JSON ``{"articles": [...]}``); 202 and its id.

        The batch is durable once this answers: a restarted service resumes it.
        """
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        articles = await anyio.to_thread.run_sync(parse_batch, await request.body(), content_type)
        if len(articles) > config.queue_size:
            raise ProblemError(413, f"batch of {len(articles)} articles is over the queue size "
                                    f"({config.queue_size} articles)")
        try:
            batch_id = await anyio.to_thread.run_sync(pool.submit_batch, articles)
        except QueueFull as exc:
            raise ProblemError(429, f"queue full ({pool.waiting} articles waiting); retry later",
                               {"Retry-After": str(exc.retry_after)}) from None
        except Draining:
            raise ProblemError(503, "the service is shutting down", {"Retry-After": "5"}) from None
        response.headers["Location"] = f"/v1/batches/{batch_id}"
        batch = store.get(batch_id)
        assert batch is not None
        return batch

    def find(batch_id: str) -> Batch:
        batch = store.get(batch_id)
        if batch is None:
            raise ProblemError(404, f"batch {batch_id!r} not found")
        return batch

    @v1.get("/batches", response_model=BatchList, responses=responses(401, 422))
    def list_batches(limit: Annotated[int, Query(ge=1, le=100)] = 20) -> BatchList:
        """The most recent batches, newest first."""
        return BatchList(data=store.list(limit))

    @v1.get("/batches/{batch_id}", response_model=Batch, responses=responses(401, 404, 422))
    def get_batch(batch_id: str) -> Batch:
        """Status, request counts (total / done / failed) and the time each state was reached."""
        return find(batch_id)

    @v1.delete("/batches/{batch_id}", response_model=Batch, responses=responses(401, 404, 409, 422))
    def cancel_batch(batch_id: str) -> Batch:
        """Cancel a queued or running batch; articles already answered keep their results."""
        batch = find(batch_id)
        if not store.cancel(batch_id):
            raise ProblemError(409, f"batch {batch_id!r} is {find(batch_id).status}; only queued or "
                                    "in_progress batches can be cancelled")
        return find(batch.id)

    @v1.get("/batches/{batch_id}/results", response_class=Response, responses={
        200: {"description": "One ArticleResult per line, in input order, for the articles answered so far",
              "content": {NDJSON: {"schema": {"$ref": "#/components/schemas/ArticleResult"}}}},
        **responses(401, 404, 422)})
    def batch_results(batch_id: str) -> Response:
        """Article results so far, as JSON Lines."""
        find(batch_id)
        lines = "".join(result.model_dump_json() + "\n" for result in store.results(batch_id))
        return Response(lines, media_type=NDJSON)

    @v1.get("/batches/{batch_id}/summary", response_model=Summary, responses=responses(401, 404, 409, 422))
    def batch_summary(batch_id: str) -> Summary:
        """Merged events of a batch that has ended (completed, failed or cancelled)."""
        batch = find(batch_id)
        if batch.status not in TERMINAL:
            raise ProblemError(409, f"batch {batch_id!r} is {batch.status}; its summary is ready once it has ended")
        return merge_results(store.results(batch_id), store.articles(batch_id))

    app.include_router(v1)

    @app.get("/healthz", response_model=Health, tags=["health"])
    async def healthz() -> Health:
        """Liveness: the process answers (never waits on the model)."""
        return Health()

    @app.get("/readyz", response_model=Readiness, tags=["health"],
             responses={503: {"model": Readiness, "description": "The model is not reachable"}})
    async def readyz(response: Response) -> Readiness:
        """Readiness: the model is reachable (the embedded one: it can be started)."""
        ready = await anyio.to_thread.run_sync(readiness.check, summarizer)
        if ready.status != "ready":
            response.status_code = 503
        return ready

    @app.get("/metrics", response_class=Response, tags=["health"], responses={
        200: {"description": "Prometheus text format", "content": {CONTENT_TYPE_LATEST: {"schema": {"type": "string"}}}}})
    def prometheus() -> Response:
        """Requests, latency, model calls and tokens, cache hits, queue depth and batches."""
        return Response(metrics.render(), media_type=CONTENT_TYPE_LATEST)

    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    if config.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                           allow_methods=["GET", "POST", "DELETE"], allow_headers=["authorization", "content-type"])
    app.add_middleware(RequestMetrics, metrics=metrics)
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema plus the bodies routes declare by reference (problems, batch bodies)."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        extra: list[tuple[type[BaseModel], Any]] = [
            (Problem, "serialization"), (BatchRequest, "validation"), (ArticleIn, "validation")]
        _, defs = models_json_schema(extra, ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name, definition in defs.get("$defs", {}).items():
            components.setdefault(name, definition)
        for unused in ("HTTPValidationError", "ValidationError"):  # FastAPI's; every 422 here is a Problem
            if f'"#/components/schemas/{unused}"' not in json.dumps(schema["paths"]):
                components.pop(unused, None)
        app.openapi_schema = schema
    return app.openapi_schema
