"""API keys never reach logs, exceptions or the cache (cassettes: see test_cassettes.py).

The fault server echoes the request's Authorization header in its error bodies, as some proxies
do, so each of these paths really sees the key and must scrub it.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fault_server import FaultServer

from summarizer import Article, ExtractionError, Summarizer, SummarizerConfig

KEY = "sk-test-SECRET-0123456789"


def _summarizer(server: FaultServer, cache_dir: Path) -> Summarizer:
    return Summarizer(SummarizerConfig(base_url=server.url, api_key=KEY, model="m", cache_dir=str(cache_dir), timeout=2.0, transport_retries=1))


def test_key_absent_from_logs_and_errors(fault_server: FaultServer, tmp_path: Path,
                                         caplog: pytest.LogCaptureFixture) -> None:
    fault_server.set_script("error_500")
    caplog.set_level(logging.DEBUG)
    with _summarizer(fault_server, tmp_path) as s, pytest.raises(ExtractionError) as failure:
        s.extract(Article.from_text("An article about a fire.", source="a.txt"))
    assert "a.txt" in str(failure.value) and "500" in str(failure.value)
    assert KEY not in str(failure.value) and KEY not in repr(failure.value)
    assert "Bearer" in caplog.text or "500" in caplog.text  # the logs did see the failure ...
    assert KEY not in caplog.text  # ... but not the key
    assert fault_server.requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was really sent


def test_key_absent_from_cache_files(fault_server: FaultServer, tmp_path: Path) -> None:
    fault_server.set_script("ok")
    with _summarizer(fault_server, tmp_path) as s:
        assert s.extract(Article.from_text("An article about a fire.", source="a.txt"))
    stored = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert stored and KEY.encode() not in stored
