"""CLI inputs as one Ray dataset of article rows.

Feeds (``.jsonl``, ``.json``, ``.parquet``, local or on any filesystem pyarrow reads, such as
``s3://``) are read by Ray's readers on the cluster, so a large feed never passes through the
driver; on a multi-node cluster their paths must be readable from every node. Everything else
(text and HTML files, directories of them, ``-`` for stdin) is loaded on the driver by the same
loader as the local engine, then handed to Ray, so both engines see identical articles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from summarizer.ingest.articles import iter_paths, load
from summarizer.distributed.rows import INPUT_FIELDS, INPUT_SCHEMA, item_to_row, normalise_batch

if TYPE_CHECKING:
    import ray.data

FEED_SUFFIXES = {".jsonl": "json", ".json": "json", ".parquet": "parquet"}


def _feed_kind(path: str) -> str | None:
    return FEED_SUFFIXES.get(Path(path.split("://")[-1]).suffix.lower())


def split_inputs(inputs: list[str]) -> list[tuple[str, list[str]]]:
    """Inputs in order, grouped into runs by reader: ``json``, ``parquet``, or ``load`` (the driver's loader)."""
    groups: list[tuple[str, list[str]]] = []
    for item in inputs:
        if "://" in item and _feed_kind(item):
            paths = [item]
        else:
            paths = [item] if item == "-" or not Path(item).is_dir() else [str(p) for p in iter_paths(Path(item))]
        for path in paths:
            kind = _feed_kind(path) if "://" in path or (path != "-" and Path(path).is_file()) else None
            kind = kind or "load"
            if groups and groups[-1][0] == kind:
                groups[-1][1].append(path)
            else:
                groups.append((kind, [path]))
    return groups


def read_inputs(inputs: list[str], *, stdin_text: str | None = None,
                published_at: dt.datetime | None = None) -> ray.data.Dataset | None:
    """One dataset of article rows for all inputs, in input order (None when there are none)."""
    import pyarrow.json as pj
    import ray.data

    # Strings as strings: pyarrow would parse ISO dates into UTC timestamps and lose the offset.
    json_options = pj.ParseOptions(explicit_schema=pa.schema([(f, pa.string()) for f in INPUT_FIELDS]),
                                   unexpected_field_behavior="ignore")
    parts: list[ray.data.Dataset] = []
    for kind, paths in split_inputs(inputs):
        if kind == "json":
            part = ray.data.read_json(paths, include_paths=True, parse_options=json_options, file_extensions=None)
        elif kind == "parquet":
            part = ray.data.read_parquet(paths, include_paths=True, file_extensions=None)
        else:
            rows = [item_to_row(item) for item in load(paths, stdin_text=stdin_text, published_at=published_at)]
            if not rows:
                continue
            part = ray.data.from_arrow(pa.Table.from_pylist(rows, schema=INPUT_SCHEMA))
        parts.append(part.map_batches(normalise_batch, batch_format="pyarrow"))
    if not parts:
        return None
    return parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
