"""The bounded worker pool: model work in threads, off the event loop, behind an admission limit.

The :class:`~summarizer.pipeline.Summarizer` is synchronous and a model call can take minutes,
so extraction runs in a fixed number of worker threads; the event loop only awaits futures, and
``/healthz`` or a status read never waits behind the model. Admission is counted in *articles
waiting for a worker*: past ``queue_size`` a request is refused at once (429 with Retry-After)
instead of queueing without bound. Synchronous requests (a client is waiting) go before batch
articles. Batch articles are identified by (batch, index) only; their text stays in the store.
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from summarizer.ingest.articles import Article
from summarizer.errors import ExtractionError, ModelError
from summarizer.pipeline import Summarizer
from summarizer.models.schemas import ArticleResult, EventRecord
from summarizer.service.metrics import Metrics
from summarizer.service.store import BatchStore

logger = logging.getLogger(__name__)

_STOP, _SYNC, _BATCH = -1, 0, 1  # priorities: stop signals first, then waiting clients, then batches


class QueueFull(Exception):
    """No room for the articles now; ``retry_after`` is an estimate of when there will be, in seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"queue full, retry after {retry_after} s")
        self.retry_after = retry_after


class Draining(Exception):
    """The service is shutting down and accepts no new work."""


@dataclass(order=True)
class _Job:
    priority: int
    seq: int
    run: Callable[[], None] | None = field(compare=False)  # None: the worker stops
    future: Future[list[EventRecord]] | None = field(default=None, compare=False)  # a waiting client's


class WorkerPool:
    """``workers`` threads sharing one priority queue; at most ``queue_size`` articles waiting."""

    def __init__(self, summarizer: Summarizer, store: BatchStore, metrics: Metrics, *,
                 workers: int, queue_size: int) -> None:
        self.summarizer = summarizer
        self.store = store
        self.metrics = metrics
        self.workers = workers
        self.queue_size = queue_size
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._lock = threading.Lock()
        self._waiting = 0
        self._closing = False
        self._mean_seconds = 1.0  # moving average of one article's time, for Retry-After
        self._threads = [threading.Thread(target=self._loop, name=f"summarizer-worker-{n}", daemon=True)
                         for n in range(workers)]
        metrics.queue_depth.set_function(lambda: self._waiting)

    # -- lifecycle ----------------------------------------------------------------------------
    def start(self) -> int:
        """Start the workers and resume every article a previous run accepted and did not answer."""
        unfinished = self.store.unfinished()
        with self._lock:
            self._waiting += len(unfinished)
        for batch_id, idx in unfinished:
            self._put(_BATCH, functools.partial(self._run_item, batch_id, idx))
        for thread in self._threads:
            thread.start()
        return len(unfinished)

    def drain(self, timeout: float) -> bool:
        """Accept nothing more, let each worker finish the article in hand, leave the rest queued.

        Batch articles not started stay pending in the store and resume at the next start.
        Returns False when some article was still running after ``timeout`` seconds (it is
        pending in the store too, since its result was never written).
        """
        with self._lock:
            self._closing = True
        for _ in self._threads:
            self._queue.put(_Job(_STOP, next(self._seq), None))
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            if thread.is_alive():
                thread.join(max(0.0, deadline - time.monotonic()))
        while not self._queue.empty():  # a client still waiting (past uvicorn's own drain) gets a 503
            job = self._queue.get_nowait()
            if job.future is not None and job.future.set_running_or_notify_cancel():
                job.future.set_exception(Draining())
        return not any(thread.is_alive() for thread in self._threads)

    @property
    def waiting(self) -> int:
        return self._waiting

    # -- admission ----------------------------------------------------------------------------
    def _admit(self, count: int) -> None:
        with self._lock:
            if self._closing:
                raise Draining()
            if self._waiting + count > self.queue_size:
                excess = self._waiting + count - self.queue_size
                self.metrics.rejected.inc()
                raise QueueFull(min(60, max(1, math.ceil(excess * self._mean_seconds / self.workers))))
            self._waiting += count

    def _put(self, priority: int, run: Callable[[], None], future: Future[list[EventRecord]] | None = None) -> None:
        self._queue.put(_Job(priority, next(self._seq), run, future))

    def extract(self, articles: list[Article]) -> list[Future[list[EventRecord]]]:
        """Queue articles for a waiting client, all or none (raises :class:`QueueFull`, :class:`Draining`)."""
        self._admit(len(articles))
        futures: list[Future[list[EventRecord]]] = []
        for article in articles:
            future: Future[list[EventRecord]] = Future()
            self._put(_SYNC, functools.partial(self._run_sync, article, future), future)
            futures.append(future)
        return futures

    def submit_batch(self, articles: list[Article]) -> str:
        """Store a batch, then queue its articles; the batch id once it is durable."""
        self._admit(len(articles))
        try:
            batch = self.store.create(articles)
        except BaseException:
            with self._lock:
                self._waiting -= len(articles)
            raise
        self.metrics.batches_created.inc()
        for idx in range(len(articles)):
            self._put(_BATCH, functools.partial(self._run_item, batch.id, idx))
        return batch.id

    # -- work ---------------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job.run is None:
                return
            with self._lock:
                self._waiting -= 1
            self.metrics.busy_workers.inc()
            try:
                job.run()
            except Exception:  # a worker must outlive any one job; the article stays pending
                logger.exception("worker job failed")
            finally:
                self.metrics.busy_workers.dec()

    def _extract(self, article: Article) -> list[EventRecord]:
        started = time.perf_counter()
        records: list[EventRecord] | None = None
        try:
            records = self.summarizer.extract(article)
            return records
        finally:
            seconds = time.perf_counter() - started
            self.metrics.article(records, seconds)
            self._mean_seconds = 0.8 * self._mean_seconds + 0.2 * seconds

    def _run_sync(self, article: Article, future: Future[list[EventRecord]]) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(self._extract(article))
        except Exception as exc:
            future.set_exception(exc)

    def _run_item(self, batch_id: str, idx: int) -> None:
        article = self.store.start(batch_id, idx)
        if article is None:
            return  # cancelled, or answered before a restart
        name = article.source or article.id
        try:
            result = ArticleResult(article_id=article.id, source=article.source, ok=True,
                                   records=self._extract(article))
        except (ExtractionError, ModelError) as exc:  # their messages name the article and are safe to show
            result = ArticleResult(article_id=article.id, source=article.source, ok=False, error=str(exc))
        except Exception as exc:  # a bug in one stage costs one article, and its message stays in the log
            logger.error("internal error on %s: %s", name, type(exc).__name__)
            logger.debug("traceback", exc_info=exc)
            result = ArticleResult(article_id=article.id, source=article.source, ok=False,
                                   error=f"{name}: internal error")
        self.store.finish(batch_id, idx, result)
