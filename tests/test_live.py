"""Live: the real embedded model. Skipped unless the llama-server build and the weights exist.

Run with ``pytest -m live``.
"""

import json
from pathlib import Path

import jsonschema
import pytest

from summarizer import Article, Summarizer, SummarizerConfig
from summarizer.extract.local_model import MODEL_FILE, local_server, models_dir, server_installed
from summarizer.models.schemas import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.live,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not server_installed(), reason="llama-server is not built (summarizer model build)"),
    pytest.mark.skipif(not (models_dir() / MODEL_FILE).is_file(), reason="embedded weights not assembled yet"),
]


def test_embedded_server_starts_and_passes_the_smoke_completion() -> None:
    """Readiness includes a one-token completion: a build that crashes on compute fails here."""
    with local_server(log=lambda message: None) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        assert server.process.poll() is None


def test_embedded_model_extracts_seed_002(tmp_path: Path) -> None:
    schema = json.loads((ROOT / "schemas" / f"event_record.v{SCHEMA_VERSION}.schema.json").read_text())
    with Summarizer(SummarizerConfig(cache_dir=str(tmp_path))) as summarizer:
        records = summarizer.extract(Article.from_file(ROOT / "seeds" / "002_ba3696da157a7910.txt"))
    assert records
    for record in records:
        jsonschema.validate(record.model_dump(mode="json"), schema)
        assert record.provenance.usage.calls >= 1 and not record.provenance.usage.cached
