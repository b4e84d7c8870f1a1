"""A hung or slow endpoint is bounded by the article's deadline, and the user is told it is waiting.

Before the deadline, a server that accepted a request and never answered held ``summarizer
extract`` for 600 s x 5 attempts. These tests use :mod:`fault_server`'s ``hang`` with deadlines
of about 2 s; their time limits are generous upper bounds that only prove the wait is bounded.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import summarizer.cli as cli
import summarizer.extract.client as llm
from fault_server import FaultServer
from summarizer.ingest.articles import Article
from summarizer.errors import ConfigError, DeadlineError, ModelCallError
from summarizer.extract.client import ModelClient, ModelConfig
from summarizer.extract.local_model import embedded_deadline
from summarizer.config import SummarizerConfig
from summarizer.pipeline import Summarizer
from summarizer.models.schemas import ExtractedEvents

# Far below the 600 s x 5 this bounds, and roomy enough for a heavily shared test machine.
pytestmark = pytest.mark.timeout(120)

KEY = "sk-test-DEADLINE"
MESSAGES = [{"role": "user", "content": "Article: Forces shelled the town on Wednesday."}]


def client(server: FaultServer, **overrides: Any) -> ModelClient:
    settings: dict[str, Any] = {"base_url": server.url, "api_key": KEY, "model": "m", "timeout": 600.0,
                                "transport_retries": 4}
    settings.update(overrides)
    return ModelClient(ModelConfig(**settings))


@pytest.fixture
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff draws its upper bound, so waits are long enough to meet the deadline."""
    monkeypatch.setattr(llm, "random", type("Max", (), {"uniform": staticmethod(lambda low, high: high)}))


def test_a_hung_endpoint_fails_at_the_deadline_not_after_five_timeouts(fault_server: FaultServer) -> None:
    fault_server.set_script("hang")
    hung = client(fault_server, deadline=2)  # built first: the SDKs' first import takes seconds here
    started = time.monotonic()
    with pytest.raises(DeadlineError) as caught:
        hung.extract(ExtractedEvents, MESSAGES)
    assert time.monotonic() - started < 30
    # One request, whose timeout was the time left, not the configured 600 s.
    assert len(fault_server.completions) == 1
    assert str(caught.value).startswith(f"no answer from the configured endpoint {fault_server.url} "
                                        "within the 2 s deadline")
    assert KEY not in str(caught.value)


def test_retries_stop_when_the_next_wait_would_pass_the_deadline(fault_server: FaultServer, no_jitter: None) -> None:
    fault_server.set_script("error_500")
    failing = client(fault_server, deadline=2.5, transport_retries=10)
    started = time.monotonic()
    with pytest.raises(DeadlineError, match="within the 2.5 s deadline.*InternalServerError"):
        failing.extract(ExtractedEvents, MESSAGES)
    assert time.monotonic() - started < 30
    # Backoff draws 1, 2, 4 ... s: by the third wait at the latest the deadline is reached, far
    # below the 11 attempts allowed (fewer on a slow machine, where each attempt takes longer).
    assert 1 <= len(fault_server.completions) <= 3


def test_the_request_timeout_still_applies_inside_a_longer_deadline(fault_server: FaultServer) -> None:
    fault_server.set_script("hang")
    with pytest.raises(ModelCallError) as caught:
        client(fault_server, deadline=60, timeout=0.5, transport_retries=1).extract(ExtractedEvents, MESSAGES)
    assert not isinstance(caught.value, DeadlineError)
    assert len(fault_server.completions) == 2
    assert f"no answer from the configured endpoint {fault_server.url} within the 0.5 s request timeout" in \
        str(caught.value)


def test_deadline_comes_from_the_environment_and_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_DEADLINE", "1.5")
    assert ModelConfig.from_env().deadline_seconds == 1.5
    assert ModelConfig.from_env(deadline=7).deadline_seconds == 7  # a flag wins
    monkeypatch.setenv("SUMMARIZER_DEADLINE", "soon")
    with pytest.raises(ConfigError, match="SUMMARIZER_DEADLINE must be a number of seconds, not 'soon'"):
        ModelConfig.from_env()
    with pytest.raises(ConfigError, match="positive"):
        ModelConfig(deadline=0)
    monkeypatch.delenv("SUMMARIZER_DEADLINE")
    assert ModelConfig.from_env().deadline_seconds == llm.REMOTE_DEADLINE == 300


def test_embedded_deadline_follows_max_tokens_and_is_clamped() -> None:
    assert embedded_deadline(1536) == 845  # (6656 / 40 + 1536 / 6) * 2, the default settings
    assert embedded_deadline(3000) > embedded_deadline(1536)  # generation is the slow part
    assert embedded_deadline(1) == pytest.approx(410)
    assert embedded_deadline(100_000) == 1800


def test_a_slow_request_is_reported_once_while_waiting(
        fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llm, "SLOW_NOTICE_SECONDS", 0.3)
    fault_server.ok_delay = 1.5
    said: list[str] = []
    with Summarizer(SummarizerConfig(base_url=fault_server.url, api_key=KEY, model="m", use_cache=False, deadline=60, prompt="extract_events@v1"), log=said.append) as summarizer:
        summarizer.extract(Article.from_text("Forces shelled the town on Wednesday.", source="slow.txt"))
        time.sleep(0.6)  # a notice still pending after the answer would fire now
    assert said == ["still waiting for the model on slow.txt (0.3 s; gives up at the 60 s deadline) ..."]


@pytest.fixture
def invoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[list[str]], Any]:
    monkeypatch.setattr(cli.err, "soft_wrap", True)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    env: dict[str, str | None] = {"SUMMARIZER_CACHE_DIR": str(tmp_path / "cache"), "OPENAI_BASE_URL": None,
                                  "OPENAI_API_KEY": None, "SUMMARIZER_DEADLINE": None}
    return lambda args: CliRunner().invoke(cli.app, args, env=env)


def test_cli_fails_the_hung_article_at_the_deadline_and_goes_on(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[[list[str]], Any]) -> None:
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"a{i}.txt")
        paths[-1].write_text(f"Article {i}: forces shelled village {i} on Wednesday.\n")
    fault_server.set_script("hang", "echo")
    started = time.monotonic()
    result = invoke(["extract", *map(str, paths), "--base-url", fault_server.url, "--api-key", KEY,
                     "--model", "m", "--prompt", "extract_events@v1", "--no-cache", "--deadline", "5"])
    assert time.monotonic() - started < 90
    assert result.exit_code == cli.EXIT_PARTIAL, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {paths[0]}: no answer from the configured endpoint {fault_server.url} "
                      "within the 5 s deadline (last error: APITimeoutError: Request timed out.)"]


def test_cli_refuses_a_deadline_that_is_not_a_number(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[[list[str]], Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Forces shelled the town on Wednesday.\n")
    monkeypatch.setenv("SUMMARIZER_DEADLINE", "two minutes")
    result = CliRunner().invoke(cli.app, ["extract", str(tmp_path / "a.txt"), "--base-url", fault_server.url])
    assert result.exit_code == cli.EXIT_USAGE
    assert "SUMMARIZER_DEADLINE must be a number of seconds" in result.stderr
    assert fault_server.completions == []
