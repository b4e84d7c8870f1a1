"""Dataset rows in and out: how an article and its result travel through Ray Data.

Input rows are what a JSONL feed line holds (``text`` plus optional ``id``, ``title``,
``published_at``, ``url``, ``source``), whether they come from ``ray.data.read_json``,
``read_parquet`` or articles loaded on the driver. :func:`row_to_item` turns one into an
:class:`~summarizer.ingest.articles.Article` exactly as the CLI's JSONL loader does, or into the
:class:`~summarizer.ingest.articles.ArticleError` that says why not, so one bad row costs one row.

Output rows are flat (strings, a bool, an int) so that any Ray writer (Parquet, JSON) takes
them without schema trouble; the full :class:`~summarizer.models.schemas.ArticleResult` travels as its
JSON in ``result``, byte for byte what ``extract --format jsonl`` writes on a line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa

from summarizer.ingest.articles import Article, ArticleError, LoadResult, content_id, parse_datetime
from summarizer.models.schemas import ArticleResult

#: The string fields an input row may carry (others are ignored). Read as strings on purpose:
#: pyarrow would otherwise turn ISO dates into UTC timestamps and lose the article's own offset.
INPUT_FIELDS = ("text", "id", "title", "published_at", "url", "source")
#: Columns added by the engine: the file a row came from (``include_paths``), or a load error.
INPUT_SCHEMA = pa.schema([(name, pa.string()) for name in (*INPUT_FIELDS, "path", "error")])

RESULT_SCHEMA = pa.schema([
    ("article_id", pa.string()),
    ("source", pa.string()),
    ("ok", pa.bool_()),
    ("error", pa.string()),
    ("n_records", pa.int64()),
    ("result", pa.string()),   # ArticleResult as JSON: one `extract --format jsonl` line
    ("article", pa.string()),  # the Article as JSON when requested (summarize merges with its text)
])


def _text(value: Any) -> str | None:
    """A field as text: Parquet may hold ints, timestamps or dates where a feed holds strings."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def item_to_row(item: LoadResult) -> dict[str, str | None]:
    """An article (or load error) from the driver's loader as an input row; lossless both ways."""
    if isinstance(item, ArticleError):
        return {"source": item.source, "error": str(item)}
    return {"text": item.text, "id": item.id, "title": item.title, "url": item.url, "source": item.source,
            "published_at": item.published_at.isoformat() if item.published_at else None}


def normalise_batch(batch: pa.Table) -> pa.Table:
    """Any input batch (JSON, Parquet, loaded articles) as :data:`INPUT_SCHEMA`, fields as text."""
    rows = batch.to_pylist()
    return pa.Table.from_pylist([{name: _text(row.get(name)) for name in INPUT_SCHEMA.names} for row in rows],
                                schema=INPUT_SCHEMA)


def row_to_item(row: dict[str, Any]) -> LoadResult:
    """One input row as an Article, or the ArticleError naming the row and the cause.

    A row without ``source`` or ``url`` is named ``FILE:ID`` (the CLI's loader says ``FILE:LINE``;
    Ray Data does not keep line numbers).
    """
    where = row.get("path") or "dataset"
    if row.get("error"):
        return ArticleError(row.get("source") or where, str(row["error"]).removeprefix(f"{row.get('source')}: "))
    text = row.get("text")
    name = row.get("source") or row.get("url")
    if not isinstance(text, str):
        return ArticleError(name or where, "row has no string field 'text'")
    try:
        return Article.from_text(
            text, source=name or f"{where}:{row.get('id') or content_id(text)}",
            published_at=parse_datetime(row.get("published_at")),
            id=row.get("id"), title=row.get("title"), url=row.get("url"))
    except ArticleError as exc:
        return exc
    except ValueError as exc:
        return ArticleError(name or where, f"invalid field ({exc})")


def result_row(result: ArticleResult, article: Article | None) -> dict[str, Any]:
    return {"article_id": result.article_id, "source": result.source, "ok": result.ok, "error": result.error,
            "n_records": len(result.records), "result": result.model_dump_json(),
            "article": article.model_dump_json() if article is not None else None}


def row_to_result(row: dict[str, Any]) -> tuple[ArticleResult, Article | None]:
    """The driver's side of :func:`result_row`."""
    article = Article.model_validate_json(row["article"]) if row.get("article") else None
    return ArticleResult.model_validate_json(row["result"]), article
