"""What stays on the driver: the merge of ``summarize`` and single-file Parquet output.

Merging needs every record and every article's text in one place (candidate pairs come from
indexes over all records), so ``summarize`` merges on the driver, and refuses past
:data:`MAX_DRIVER_RECORDS` rather than run for minutes and exhaust memory: the limit comes from
``benchmarks/bench_merge.py`` (see BENCHMARKS.md, "Scaling out (Ray)"). Past it, run ``extract``
(whose output is written as it streams) and summarize subsets, by period or region.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from summarizer.ingest.articles import Article
from summarizer.distributed.rows import RESULT_SCHEMA, result_row
from summarizer.errors import SummarizerError
from summarizer.models.schemas import ArticleResult

#: Records merged on the driver at most: 200,000 merge in about a minute on one core, in about 3 GB.
MAX_DRIVER_RECORDS = 200_000


class DriverLimitError(SummarizerError, RuntimeError):
    """More records than the driver merges; the message says what to do instead."""


def collect_for_merge(stream: Iterable[tuple[ArticleResult, Article | None]],
                      limit: int = MAX_DRIVER_RECORDS) -> tuple[list[ArticleResult], dict[str, Article]]:
    """Results and articles for :func:`summarizer.pipeline.merge_results`, stopping past ``limit``."""
    results: list[ArticleResult] = []
    articles: dict[str, Article] = {}
    records = 0
    for result, article in stream:
        records += len(result.records)
        if records > limit:
            raise DriverLimitError(
                f"more than {limit:,} records: too many to merge on the driver; run `summarizer extract "
                f"--engine ray` and summarize subsets (the records are cached, nothing is lost)")
        results.append(result)
        if article is not None:
            articles[article.id] = article
    return results, articles


def write_parquet(results: Iterable[ArticleResult], path: Path) -> None:
    """One Parquet file of article results (the columns of ``extract_dataset``), written atomically."""
    table = pa.Table.from_pylist([result_row(r, None) for r in results], schema=RESULT_SCHEMA)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
