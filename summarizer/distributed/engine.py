"""The Ray Data engine: the same clean → extract → verify per article, on a pool of actors.

A thin edge around :class:`summarizer.pipeline.Summarizer`: each actor holds one Summarizer, a
client of the remote endpoint and of the shared cache, and runs ``extract_many`` on its batches,
so the records are the single-process CLI's records, byte for byte (tested).

Concurrency is bounded per endpoint: ``concurrency`` requests in flight at most, cluster-wide,
split as ``actors`` actors × ``concurrency // actors`` threads per actor. Ray Data runs one batch
at a time per actor (its default), so no other request can slip in. A 429 is honoured by the
request that got it (tenacity waits ``Retry-After`` in :mod:`summarizer.extract.client`); since that
request keeps its slot while it waits, the cluster's load on the endpoint drops with it.

Faults: actors are restarted (``max_restarts``) and a batch lost with its actor is retried on
another (``max_task_retries``). The cache is written per request and per finished article, so a
retried batch calls the model only for the articles that were in flight when the actor died.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import pyarrow as pa

from summarizer.config import SummarizerConfig
from summarizer.ingest.articles import Article
from summarizer.distributed.rows import RESULT_SCHEMA, normalise_batch, result_row, row_to_item, row_to_result
from summarizer.models.schemas import ArticleResult

if TYPE_CHECKING:
    import ray.data

#: Actor restarts and batch retries after a crash (an actor's process dying, a node lost).
MAX_RESTARTS = 4
MAX_TASK_RETRIES = 4
#: Articles per batch: small, so a crash loses little and the pool stays busy to the end.
BATCH_SIZE = 8
#: CPUs reserved per actor. Actors mostly wait on the endpoint (rules and verification take about
#: 4 ms an article), so four share a core; raise it for long articles on a busy cluster.
ACTOR_CPUS = 0.25


@dataclass(frozen=True)
class Plan:
    """How ``concurrency`` requests in flight are split between actors."""

    actors: int
    in_flight_per_actor: int

    @classmethod
    def of(cls, concurrency: int, actors: int | None = None) -> Plan:
        """``actors`` actors (default: up to 4) with ``concurrency // actors`` threads each, never more."""
        concurrency = max(1, concurrency)
        actors = max(1, min(actors or min(concurrency, 4), concurrency))
        return cls(actors=actors, in_flight_per_actor=concurrency // actors)

    @property
    def concurrency(self) -> int:
        return self.actors * self.in_flight_per_actor


class ArticleExtractor:
    """The actor: one Summarizer, built once per process, applied to batches of input rows.

    :func:`extract_dataset` subclasses it with ``settings`` filled in.
    """

    settings: dict[str, Any] = {}

    def __init__(self) -> None:
        from summarizer.pipeline import Summarizer

        self.summarizer = Summarizer(self.settings["config"])
        self.in_flight: int = self.settings["in_flight"]
        self.with_articles: bool = self.settings["with_articles"]

    def __call__(self, batch: pa.Table) -> pa.Table:
        items = [row_to_item(row) for row in normalise_batch(batch).to_pylist()]
        results = self.summarizer.extract_many(items, concurrency=self.in_flight)
        rows = [result_row(result, item if self.with_articles and isinstance(item, Article) else None)
                for item, result in zip(items, results)]
        return pa.Table.from_pylist(rows, schema=RESULT_SCHEMA)


def extract_dataset(
    ds: ray.data.Dataset,
    config: SummarizerConfig | None = None,
    *,
    concurrency: int = 4,
    actors: int | None = None,
    with_articles: bool = False,
    batch_size: int = BATCH_SIZE,
    actor_cpus: float = ACTOR_CPUS,
    **settings: Any,
) -> ray.data.Dataset:
    """Article results for a dataset of article rows (``text`` plus optional feed fields).

    Every actor builds its :class:`~summarizer.pipeline.Summarizer` from ``config``, or from
    ``settings`` (``base_url=..., model=..., cache_url=...``: the fields of
    :class:`~summarizer.config.SummarizerConfig`) when no config is given. Give the endpoint, key
    and cache explicitly: a remote cluster's workers do not see the driver's environment variables. The result has one row per
    input row with ``article_id``, ``source``, ``ok``, ``error``, ``n_records`` and ``result``
    (the :class:`~summarizer.models.schemas.ArticleResult` as JSON), ready for ``write_parquet``.
    """
    from ray.data import ActorPoolStrategy

    if config is None:
        config = SummarizerConfig(**settings)
    elif settings:
        raise TypeError(f"give the settings in the config or as keywords, not both: {sorted(settings)}")
    plan = Plan.of(concurrency, actors)
    # The settings travel inside the class, not as constructor arguments: Ray keeps those in the
    # object store, where losing them would make an actor restart fail.
    bound = type("ArticleExtractor", (ArticleExtractor,), {
        "settings": {"config": config, "in_flight": plan.in_flight_per_actor, "with_articles": with_articles}})
    with warnings.catch_warnings():
        # Ray 2.5x deprecates passing actor options this way but offers no named parameter for them yet.
        warnings.simplefilter("ignore", DeprecationWarning)
        return ds.repartition(target_num_rows_per_block=batch_size).map_batches(
            bound,
            batch_format="pyarrow",
            batch_size=batch_size,
            compute=ActorPoolStrategy(size=plan.actors, max_tasks_in_flight_per_actor=1),
            num_cpus=actor_cpus,
            max_restarts=MAX_RESTARTS,
            max_task_retries=MAX_TASK_RETRIES,
        )


def iter_results(results: ray.data.Dataset) -> Iterator[tuple[ArticleResult, Article | None]]:
    """Stream results to the driver as they are produced (memory: one batch at a time)."""
    for batch in results.iter_batches(batch_format="pyarrow", batch_size=None):
        for row in cast(pa.Table, batch).to_pylist():  # batch_format="pyarrow": always a Table
            yield row_to_result(row)


def connect(address: str | None = None) -> None:
    """Join the cluster at ``address`` (``auto``, ``ray://...``, host:port), or start a local one.

    Quiet by design: the CLI's output goes to stdout, so Ray's logs stay out of it (workers'
    logs are not forwarded; progress bars and execution banners are off).
    """
    import ray
    from ray.data import DataContext

    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    context = DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.execution_options.preserve_order = True  # results in input order, like the local engine
    logging.getLogger("ray.data").setLevel(logging.ERROR)

