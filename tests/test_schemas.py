"""The committed JSON Schema files must match the pydantic models exactly."""

from pathlib import Path

import pytest

from summarizer.models.schema_files import json_schema_files
from summarizer.models.schemas import SCHEMA_VERSION

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


@pytest.mark.parametrize("name", sorted(json_schema_files()))
def test_committed_schema_matches_model(name: str) -> None:
    committed = SCHEMAS / name
    assert committed.is_file(), f"{name} missing: run `summarizer schemas export`"
    assert committed.read_text() == json_schema_files()[name], (
        f"{name} drifted from the models: bump SCHEMA_VERSION if the change is breaking, "
        "then run `summarizer schemas export`"
    )


def test_no_stale_schema_files() -> None:
    versioned = {p.name for p in SCHEMAS.glob("*.schema.json") if f".v{SCHEMA_VERSION}." in p.name}
    assert versioned == set(json_schema_files())
