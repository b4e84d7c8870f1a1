"""The embedded server fails fast at start-up, survives one crash mid-batch, and stops at the second.

Each test runs :mod:`stand_in_server` as the embedded llama-server: a real process on a real
port that answers like the model and dies (SIGKILL or SIGSEGV) when told. No model is loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import summarizer.cli as cli
from stand_in_server import use_stand_in
from summarizer.ingest.articles import load
from summarizer.errors import ModelUnavailableError
from summarizer.extract.local_model import embedded_deadline
from summarizer.config import SummarizerConfig
from summarizer.pipeline import Summarizer

pytestmark = pytest.mark.timeout(180)  # a few seconds each; roomy for a heavily shared test machine

PROMPT = "extract_events@v1"  # the stand-in answers in v1's shape


def write_articles(directory: Path, count: int) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        paths.append(directory / f"a{i:02d}.txt")
        paths[-1].write_text(f"Article {i:02d}: forces shelled village {i} on Wednesday, officials said.\n")
    return paths


@pytest.fixture
def invoke(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[str]], Any]:
    """The CLI in-process; the environment is whatever :func:`use_stand_in` set."""
    monkeypatch.setattr(cli.err, "soft_wrap", True)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    return lambda args: CliRunner().invoke(cli.app, args)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def test_a_server_that_crashes_on_its_first_computation_stops_the_batch_with_one_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invoke: Callable[[list[str]], Any]) -> None:
    log = use_stand_in(monkeypatch, tmp_path, die_on_post="1", signal="SEGV")
    paths = write_articles(tmp_path / "in", 3)
    out = tmp_path / "out.json"
    result = invoke(["extract", str(tmp_path / "in"), "--prompt", PROMPT, "--no-cache", "-o", str(out)])
    assert result.exit_code == cli.EXIT_FAILED
    (line,) = error_lines(result.stderr)  # one error for the batch, not one per article
    assert line.startswith("error: the llama.cpp server crashed on its first computation (exit -11 SIGSEGV); ")
    assert "(e.g. AMX)" in line and "summarizer model build --force" in line
    assert line.endswith(f"log: {log}") and log.is_file()
    assert not any(str(p) in result.stderr for p in paths)
    assert not out.exists()


def test_a_server_that_dies_mid_batch_is_restarted_once_and_the_batch_completes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "die-now"
    log = use_stand_in(monkeypatch, tmp_path, die_marker=str(marker))
    paths = write_articles(tmp_path / "in", 4)
    said: list[str] = []
    with Summarizer(SummarizerConfig(prompt=PROMPT, use_cache=False), log=said.append) as summarizer:
        results = []
        for result in summarizer.extract_many(load([str(p) for p in paths])):
            results.append(result)
            if len(results) == 2:
                first_pid = summarizer.session.server.process.pid  # type: ignore[union-attr]
                marker.touch()  # the stand-in dies on its next POST: article 3's request
        assert summarizer.session.server.process.pid != first_pid  # type: ignore[union-attr]
        assert summarizer.session.client.config.deadline == embedded_deadline(summarizer.model_config.max_tokens)  # type: ignore[union-attr]
    assert [r.ok for r in results] == [True] * 4, [r.error for r in results]
    assert [r.records[0].summary for r in results] == [p.read_text().strip() for p in paths]
    assert not marker.exists()
    (notice,) = [m for m in said if "died" in m]
    assert notice.startswith(f"the llama.cpp server died on {paths[2]} (exit -9 SIGKILL); ")
    assert notice.endswith(f"log: {log}; restarting it once")
    assert said.count("restarting the embedded model (llama.cpp server)") == 1
    assert log.read_text().count("stand-in llama-server listening") == 2  # the restart kept the first log


def test_a_server_that_dies_again_after_the_restart_stops_the_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invoke: Callable[[list[str]], Any]) -> None:
    # Each stand-in process answers the readiness probe and one article, then dies on the next POST.
    log = use_stand_in(monkeypatch, tmp_path, die_on_post="3")
    paths = write_articles(tmp_path / "in", 5)
    out = tmp_path / "out.jsonl"
    result = invoke(["extract", str(tmp_path / "in"), "--prompt", PROMPT, "--no-cache", "-f", "jsonl",
                     "-o", str(out)])
    assert result.exit_code == cli.EXIT_FAILED
    (line,) = error_lines(result.stderr)
    assert line == (f"error: the llama.cpp server died again after a restart, on {paths[2]} (exit -9 SIGKILL); "
                    f"it was killed from outside, often by the kernel's out-of-memory killer; log: {log}; "
                    "the batch stops")
    assert f"died on {paths[1]} (exit -9 SIGKILL)" in result.stderr  # the first crash, survived
    assert not out.exists()  # a stopped batch leaves no output under the final name


def test_a_dead_server_stops_later_calls_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_stand_in(monkeypatch, tmp_path, die_on_post="1")
    paths = write_articles(tmp_path / "in", 2)
    with Summarizer(SummarizerConfig(prompt=PROMPT, use_cache=False)) as summarizer:
        results = summarizer.extract_many(load([str(p) for p in paths]))
        with pytest.raises(ModelUnavailableError, match="crashed on its first computation"):
            next(results)
        with pytest.raises(ModelUnavailableError) as again:  # kept: no second start is attempted
            summarizer.session.current()
    assert "exit -9 SIGKILL" in str(again.value)


def test_readiness_sends_one_tiny_completion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.extract.local_model import local_server

    log = use_stand_in(monkeypatch, tmp_path)
    with local_server(log=lambda message: None) as server:
        assert server.alive()
    assert log.read_text().splitlines()[1:] == ["GET /v1/models", "POST /v1/chat/completions"]
