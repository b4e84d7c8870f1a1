"""Prometheus metrics: HTTP traffic, model usage, cache hits, queue depth and batches.

One registry per app (not the global one), so several apps in one process (tests) never share
counters. Labels are bounded: the route *template* (``/v1/batches/{batch_id}``), never the raw
path, and never anything a client chose. Model usage is read from the records' provenance,
where the pipeline repeats an article's usage on each of its records, so it is taken once per
article, from its first record, like ``summarizer eval`` does.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from prometheus_client import (
    CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics, generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summarizer.models.schemas import EventRecord

__all__ = ["CONTENT_TYPE_LATEST", "Metrics", "RequestMetrics"]

#: Methods counted under their own name; anything else a client sends is counted as "other".
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
disable_created_metrics()  # the *_created series only double the output; rates come from the counters

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)


class _BatchCollector(Collector):
    """Batches per status, read from the store at scrape time (it survives restarts; counters do not)."""

    def __init__(self, count_by_status: Callable[[], dict[str, int]]) -> None:
        self._count = count_by_status

    def collect(self):  # type: ignore[no-untyped-def]
        family = GaugeMetricFamily("summarizer_batches", "Batches in the state database, by status",
                                   labels=["status"])
        counts = self._count()
        for status in ("queued", "in_progress", "completed", "failed", "cancelled"):
            family.add_metric([status], counts.get(status, 0))
        yield family


class Metrics:
    """Every metric the service exports."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("summarizer_http_requests", "HTTP requests answered",
                                ["method", "route", "status"], registry=r)
        self.latency = Histogram("summarizer_http_request_duration_seconds", "HTTP request latency",
                                 ["method", "route"], buckets=_LATENCY_BUCKETS, registry=r)
        self.articles = Counter("summarizer_articles", "Articles extracted, by outcome and cache",
                                ["outcome", "cache"], registry=r)
        self.cache_hits = Counter("summarizer_cache_hits", "Articles answered from the response cache", registry=r)
        self.model_calls = Counter("summarizer_model_calls", "Model requests made (retries included)", registry=r)
        self.tokens = Counter("summarizer_model_tokens", "Model tokens used", ["kind"], registry=r)
        self.article_seconds = Histogram("summarizer_article_duration_seconds", "Time to extract one article",
                                         buckets=_LATENCY_BUCKETS, registry=r)
        self.queue_depth = Gauge("summarizer_queue_depth", "Articles accepted and waiting for a worker", registry=r)
        self.busy_workers = Gauge("summarizer_workers_busy", "Workers extracting an article now", registry=r)
        self.batches_created = Counter("summarizer_batches_created", "Batches accepted", registry=r)
        self.rejected = Counter("summarizer_rejected", "Requests refused because the queue was full", registry=r)

    def watch_batches(self, count_by_status: Callable[[], dict[str, int]]) -> None:
        self.registry.register(_BatchCollector(count_by_status))

    def article(self, records: list[EventRecord] | None, seconds: float) -> None:
        """Count one finished article (``records`` None: it failed): cache hit or not, model calls, tokens."""
        usage = records[0].provenance.usage if records else None
        cached = bool(usage and usage.cached)
        self.articles.labels("failed" if records is None else "ok", "hit" if cached else "miss").inc()
        self.article_seconds.observe(seconds)
        if cached:
            self.cache_hits.inc()
        elif usage is not None:
            self.model_calls.inc(usage.calls)
            self.tokens.labels("prompt").inc(usage.prompt_tokens)
            self.tokens.labels("completion").inc(usage.completion_tokens)

    def render(self) -> bytes:
        return generate_latest(self.registry)


class RequestMetrics:
    """Pure ASGI middleware: count and time every HTTP request under its route template."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # an exception that escapes every handler ends as a 500

        async def send_and_record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_record)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            method = scope["method"] if scope["method"] in _METHODS else "other"
            self.metrics.requests.labels(method, route, str(status)).inc()
            self.metrics.latency.labels(method, route).observe(time.perf_counter() - started)
