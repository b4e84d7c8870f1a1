"""The versioned JSON Schema files of every exported model.

A module of its own because it needs both the per-article models (:mod:`summarizer.models.schemas`)
and the merged view (:mod:`summarizer.models.summary`, which builds on them): kept in either, it would
make the two import each other.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from summarizer.models.schemas import SCHEMA_VERSION, ArticleResult, EventRecord, ExtractedEvents
from summarizer.models.summary import Summary


def json_schema_files() -> dict[str, str]:
    """File name → JSON text for every exported schema, versioned by :data:`SCHEMA_VERSION`."""
    exported: dict[str, type[BaseModel]] = {"event_record": EventRecord, "article_result": ArticleResult,
                                            "extracted_events": ExtractedEvents, "summary": Summary}
    files = {}
    for name, model in exported.items():
        schema = {"$id": f"summarizer/{name}/{SCHEMA_VERSION}", **model.model_json_schema()}
        files[f"{name}.v{SCHEMA_VERSION}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return files


def export_json_schemas(directory: Path) -> list[Path]:
    """Write :func:`json_schema_files` into ``directory`` (created if missing); returns the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in json_schema_files().items():
        (directory / name).write_text(text)
        written.append(directory / name)
    return written
