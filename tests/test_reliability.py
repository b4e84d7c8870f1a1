"""Reliability of the ``summarizer`` CLI end to end: kills, shared caches, concurrency, hostile input.

Every test drives the real CLI against :mod:`fault_server` (a real socket, no model). Tests that
need a process of their own (SIGKILL, two processes on one cache, signals, stderr as a pipe) run
the console script in a subprocess; the others call the same Typer ``app`` in-process through
click's ``CliRunner`` to stay fast on a small shared machine. The whole file runs in well under a
minute and never starts a model server.
"""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import summarizer.cli as cli
import summarizer.extract.session as session
import summarizer.pipeline as pipeline
from fault_server import FaultServer
from polling import wait_until
from summarizer.ingest.articles import MAX_ARTICLE_BYTES, Article, load
from summarizer.extract.cache import ResponseCache
from summarizer.extract.client import ModelConfig
from summarizer.config import SummarizerConfig
from summarizer.pipeline import Summarizer

pytestmark = pytest.mark.timeout(30)

#: Pinned, so that a prompt being edited in the tree cannot change cache keys between two runs.
PROMPT = "extract_events@v1"
KEY = "sk-x"
#: The console script beside this interpreter (summarizer.cli has no ``__main__`` module for ``-m``).
SCRIPT = Path(sys.executable).with_name("summarizer")
CLI_CMD = [str(SCRIPT)] if SCRIPT.exists() else [
    sys.executable, "-c", "import sys; from summarizer.cli import app; sys.argv[0] = 'summarizer'; app()"]
ARTICLE_NO = re.compile(r"Article (\d+):")


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def remote(server: FaultServer) -> list[str]:
    return ["--base-url", server.url, "--api-key", KEY, "--model", "m", "--prompt", PROMPT]


def article_text(i: int) -> str:
    return (f"Article {i:02d}: Forces shelled village {i} on Wednesday, officials said.\n\n"
            f"Residents of village {i} fled to the hills overnight.\n")


def write_articles(directory: Path, count: int) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = directory / f"a{i:02d}.txt"
        path.write_text(article_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def article_no(request: Any) -> int:
    """Which of :func:`write_articles`' articles a recorded request was about."""
    match = ARTICLE_NO.search(request.article or "")
    assert match, f"request without a known article: {request.article!r:.200}"
    return int(match.group(1))


def subprocess_env(tmp_path: Path, *, columns: bool = True) -> dict[str, str]:
    """No endpoint, key, model or prompt dir leaks in from the caller; the default cache is in tmp."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env["SUMMARIZER_CACHE_DIR"] = str(tmp_path / "default-cache")
    env.pop("COLUMNS", None)
    if columns:
        env["COLUMNS"] = "10000"  # keeps rich's other output unwrapped; errors never wrap (soft_wrap)
    return env


def _as_in_a_terminal() -> None:
    # A suite started in the background (`cmd &`, nohup, some CI runners) inherits SIGINT as
    # ignored, and so would the CLI; a user's terminal delivers Ctrl-C, so the child gets it back.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def spawn(args: list[str], tmp_path: Path, **kwargs: Any) -> subprocess.Popen[str]:
    """The CLI in its own process group, so a signal reaches it and nothing else."""
    return subprocess.Popen([*CLI_CMD, *args], env=kwargs.pop("env", None) or subprocess_env(tmp_path),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=_as_in_a_terminal, **kwargs)


def run_cli(args: list[str], tmp_path: Path, timeout: float = 25) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI_CMD, *args], env=subprocess_env(tmp_path), stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout)


def kill_group(proc: subprocess.Popen[str], sig: int = signal.SIGKILL) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass


@pytest.fixture
def invoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """Run the CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    # Error lines are checked one by one; rich would wrap them at 80 columns here
    # (documented by test_error_lines_are_not_wrapped_when_stderr_is_a_pipe).
    monkeypatch.setattr(cli.err, "soft_wrap", True)
    # extract calls logging.basicConfig with the runner's stderr, closed once the call returns.
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env["SUMMARIZER_CACHE_DIR"] = str(tmp_path / "default-cache")
    runner = CliRunner()

    def call(args: list[str], **kwargs: Any) -> Any:
        return runner.invoke(cli.app, args, env=env, **kwargs)

    return call


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every line parsed; a half-written last line (no newline, bad JSON) fails here."""
    data = path.read_text(encoding="utf-8")
    assert data.endswith("\n"), "last line is not terminated: file was cut off"
    return [json.loads(line) for line in data.splitlines()]


def alive(proc: subprocess.Popen[str]) -> bool:
    """True while the CLI runs; a CLI that died early fails the test at once, with its stderr."""
    if proc.poll() is not None:
        _, stderr = proc.communicate()
        raise AssertionError(f"the CLI exited early ({proc.returncode}): {stderr}")
    return True


def answered(server: FaultServer) -> int:
    return len(server.completions) - server.in_flight


def cache_entries(cache_dir: Path) -> int:
    cache = ResponseCache(cache_dir)
    try:
        return int(cache.stats()["entries"])
    finally:
        cache.close()


def cached_articles(cache_dir: Path, paths: list[Path], server: FaultServer) -> set[int]:
    """Indices of the articles whose (single) request has an answer in the cache."""
    with Summarizer(SummarizerConfig(base_url=server.url, api_key=KEY, model="m", prompt=PROMPT, cache_dir=str(cache_dir))) as s:
        assert s.cache is not None
        found = set()
        for i, path in enumerate(paths):
            (messages,) = s.requests(Article.from_file(path))
            if s.cache.get(s._key(messages)) is not None:
                found.add(i)
        return found


def without_timestamps(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Results minus what legitimately differs between two runs: when, how long, cached or not."""
    for result in results:
        for record in result["records"]:
            record["provenance"].pop("extracted_at")
            record["provenance"].pop("usage")
    return results


def spans(node: Any) -> Iterator[dict[str, Any]]:
    """Every ``Span`` (a dict with start, end and text) anywhere in a record."""
    if isinstance(node, dict):
        if set(node) == {"start", "end", "text"}:
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


# ---------------------------------------------------------------------------------------------
# 1. SIGKILL mid-run, then resume from the cache
# ---------------------------------------------------------------------------------------------


@pytest.mark.timeout(120)  # a killed run and its rerun take about 40 s on 2 cores
def test_sigkill_mid_run_leaves_no_output_and_rerun_resumes_from_cache(
        fault_server: FaultServer, tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 12)
    out, cache = tmp_path / "out" / "records.jsonl", tmp_path / "cache"
    fault_server.set_script("echo")
    fault_server.ok_delay = 1.0  # a window wide enough to kill the run mid-way on a fast machine too
    args = ["extract", str(tmp_path / "in"), "--format", "jsonl", "-o", str(out), *remote(fault_server),
            "--cache-dir", str(cache), "--concurrency", "2"]

    proc = spawn(args, tmp_path)
    try:
        # Some answers are in (and cached: read concurrently, as a second process would), not all. An
        # article's answer is cached before its records are, so six entries hold three answers at least.
        wait_until(lambda: alive(proc) and answered(fault_server) >= 4 and cache.exists()
                   and cache_entries(cache) >= 6,
                   timeout=30, what="three cached answers")
        answered_at_kill = answered(fault_server)
    finally:
        kill_group(proc)
        proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert answered_at_kill < len(paths), "the run finished before it could be killed"
    # The killed run's last requests may still be being read (a body cut short by the kill):
    # they are the killed run's, so they are counted before the rerun starts, never after.
    wait_until(lambda: fault_server.connections == 0, timeout=10, what="the killed run's connections closed")

    # Never half-written: the final name only ever holds a complete file (here: none, it was killed).
    assert not out.exists() or len(read_jsonl(out)) == len(paths)
    assert not out.exists()
    assert all(p.name.startswith(".") for p in out.parent.iterdir()), "only hidden temp files may remain"

    sent_before = len(fault_server.completions)
    cached = cached_articles(cache, paths, fault_server)
    assert 3 <= len(cached) < len(paths)

    rerun = run_cli(args, tmp_path, timeout=30)
    assert rerun.returncode == 0, rerun.stderr

    resent = sorted(article_no(r) for r in fault_server.completions[sent_before:])
    assert resent == sorted(set(range(len(paths))) - cached), "rerun must ask for exactly the uncached articles"

    results = read_jsonl(out)
    assert len(results) == len(paths)
    ids = [r["article_id"] for r in results]
    assert len(set(ids)) == len(ids)
    assert set(ids) == {Article.from_file(p).id for p in paths}
    assert all(r["ok"] and r["records"] for r in results)

    stats = CliRunner().invoke(cli.app, ["cache", "stats", "--cache-dir", str(cache)])
    assert stats.exit_code == 0, stats.output
    assert json.loads(stats.stdout)["entries"] == 2 * len(paths)  # per article: the answer + its records


# ---------------------------------------------------------------------------------------------
# 2. Two processes, one cache directory
# ---------------------------------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_two_processes_sharing_one_cache_dir_agree(fault_server: FaultServer, tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 8)
    cache = tmp_path / "cache"
    fault_server.set_script("echo")
    fault_server.ok_delay = 0.05
    outs = [tmp_path / f"out{n}.jsonl" for n in range(2)]
    procs = [spawn(["extract", str(tmp_path / "in"), "--format", "jsonl", "-o", str(out), *remote(fault_server),
                    "--cache-dir", str(cache)], tmp_path) for out in outs]
    try:
        finished = [proc.communicate(timeout=45) for proc in procs]
    finally:
        for proc in procs:
            kill_group(proc)
    for proc, (_, stderr) in zip(procs, finished):
        assert proc.returncode == 0, stderr

    first, second = (without_timestamps(read_jsonl(out)) for out in outs)
    assert len(first) == len(paths)
    assert first == second
    assert cache_entries(cache) == 2 * len(paths)  # per article: the model's answer + the finished records
    assert len(fault_server.completions) <= 2 * len(paths)


# ---------------------------------------------------------------------------------------------
# 3. Bounded concurrency
# ---------------------------------------------------------------------------------------------


def test_concurrency_4_overlaps_requests_but_never_more_than_4(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    write_articles(tmp_path / "in", 10)
    fault_server.set_script("echo")
    fault_server.ok_delay = 0.3
    result = invoke(["extract", str(tmp_path / "in"), "--format", "jsonl", *remote(fault_server),
                     "--no-cache", "--concurrency", "4"])
    assert result.exit_code == 0, result.stderr
    assert len(fault_server.completions) == 10
    assert 1 < fault_server.max_in_flight <= 4


def test_concurrency_1_sends_one_request_at_a_time(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    write_articles(tmp_path / "in", 6)
    fault_server.set_script("echo")
    fault_server.ok_delay = 0.05
    result = invoke(["extract", str(tmp_path / "in"), "--format", "jsonl", *remote(fault_server),
                     "--no-cache", "--concurrency", "1"])
    assert result.exit_code == 0, result.stderr
    assert len(fault_server.completions) == 6
    assert fault_server.max_in_flight == 1


def test_usage_calls_count_only_the_articles_own_requests_under_concurrency(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    write_articles(tmp_path / "in", 8)
    fault_server.set_script("echo")  # every article answered by exactly one request
    fault_server.ok_delay = 0.3
    result = invoke(["extract", str(tmp_path / "in"), "--format", "jsonl", *remote(fault_server),
                     "--no-cache", "--concurrency", "4"])
    assert result.exit_code == 0, result.stderr
    assert len(fault_server.completions) == 8 and fault_server.max_in_flight > 1
    calls = [rec["provenance"]["usage"]["calls"] for line in result.stdout.splitlines()
             for rec in json.loads(line)["records"]]
    assert calls == [1] * 8


def test_concurrent_first_requests_share_one_model_client(
        fault_server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []

    class SlowToBuild(session.ModelClient):  # type: ignore[misc]
        def __init__(self, config: ModelConfig) -> None:
            built.append(self)
            time.sleep(0.5)  # what starting the embedded server takes, much shortened: widens the race
            super().__init__(config)

    monkeypatch.setattr(session, "ModelClient", SlowToBuild)
    fault_server.set_script("echo")
    items = list(load([str(p) for p in write_articles(tmp_path / "in", 4)]))
    with Summarizer(SummarizerConfig(base_url=fault_server.url, api_key=KEY, model="m", prompt=PROMPT, use_cache=False)) as s:
        results = list(s.extract_many(items, concurrency=4))
    assert all(r.ok for r in results)
    assert len(built) == 1


# ---------------------------------------------------------------------------------------------
# 4. Long articles and the size limit
# ---------------------------------------------------------------------------------------------


def long_article() -> str:
    """~200 KB of distinct paragraphs, with web boilerplate lines that ``clean`` removes, so offsets
    into the cleaned text (what the chunks are cut from) differ from offsets into the original."""
    parts = []
    for i in range(1800):
        parts.append(f"Paragraph {i:04d}: forces shelled village number {i} near the river on day {i}, "
                     f"and {i % 7 + 2} residents were moved to shelter {i * 3}.")
        if i % 50 == 0:
            parts.append("Share This")
    return "\n\n".join(parts) + "\n"


def test_long_article_is_chunked_and_spans_point_into_the_original_text(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    text = long_article()
    assert 180_000 < len(text.encode()) < MAX_ARTICLE_BYTES
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    budget = Summarizer(SummarizerConfig(base_url=fault_server.url, api_key=KEY, model="m", prompt=PROMPT, use_cache=False)).max_input_chars
    fault_server.set_script("echo")  # each chunk answered with its own first sentence

    result = invoke(["extract", str(path), "--format", "json", *remote(fault_server), "--no-cache"])
    assert result.exit_code == 0, result.stderr

    requests = fault_server.completions
    assert len(requests) > 1
    for request in requests:
        assert request.article is not None and 0 < len(request.article) <= budget
    (article,) = json.loads(result.stdout)
    assert article["ok"]
    records = article["records"]
    assert len(records) == len(requests)  # one distinct event per chunk, none lost, none doubled
    starts = []
    for record in records:
        (evidence,) = record["evidence"]
        assert evidence["match"] == "exact"
        assert evidence["span"]["text"] == evidence["quote"]
        assert evidence["span"]["start"] == text.index(evidence["quote"])  # the original, not the cleaned text
        starts.append(evidence["span"]["start"])
        for span in spans(record):
            assert text[span["start"]:span["end"]] == span["text"]
    assert starts == sorted(starts) and starts[-1] > budget


def test_file_over_the_size_limit_is_refused_and_the_others_are_processed(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    inputs = tmp_path / "in"
    write_articles(inputs, 2)
    huge = inputs / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    fault_server.set_script("echo")

    result = invoke(["extract", str(inputs), "--format", "jsonl", *remote(fault_server), "--no-cache"])
    assert result.exit_code == cli.EXIT_PARTIAL, result.stderr
    (line,) = error_lines(result.stderr)
    assert str(huge) in line and str(MAX_ARTICLE_BYTES) in line and "limit" in line
    results = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["ok"] for r in results] == [True, True, False]
    assert len(fault_server.completions) == 2  # the huge file never reached the model


def test_error_lines_are_not_wrapped_when_stderr_is_a_pipe(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs_with_a_deliberately_long_directory_name_so_the_error_exceeds_80_columns"
    inputs.mkdir()
    huge = inputs / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    proc = subprocess.run([*CLI_CMD, "extract", str(huge), "--base-url", "http://127.0.0.1:9/v1", "--api-key", KEY,
                           "--no-cache"], env=subprocess_env(tmp_path, columns=False),
                          stdin=subprocess.DEVNULL,  # rich takes the width of any std stream that is a tty
                          capture_output=True, text=True, timeout=25)
    assert proc.returncode == cli.EXIT_FAILED
    assert any(str(huge) in line and str(MAX_ARTICLE_BYTES) in line for line in error_lines(proc.stderr)), \
        proc.stderr


# ---------------------------------------------------------------------------------------------
# 5. Hostile files
# ---------------------------------------------------------------------------------------------


def test_hostile_files_each_fail_alone_with_a_named_error(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(article_text(1), encoding="utf-8")
    (inputs / "latin1.txt").write_bytes("Caf\u00e9 shelled on Wednesday.\n".encode("latin-1"))
    (inputs / "nul.txt").write_bytes(b"Forces shelled\x00the town.\n")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "loop_a").symlink_to("loop_b")
    (inputs / "loop_b").symlink_to("loop_a")
    (inputs / "self").symlink_to(".", target_is_directory=True)  # a directory loop: not followed
    fault_server.set_script("echo")

    result = invoke(["extract", str(inputs), "--format", "jsonl", *remote(fault_server), "--no-cache"])
    assert result.exit_code == cli.EXIT_PARTIAL, result.stderr
    results = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(results) == 6  # good + five failures; the loop did not duplicate good.txt
    assert [r["source"] for r in results if r["ok"]] == [str(inputs / "good.txt")]
    expected = {"latin1.txt": "not valid UTF-8", "nul.txt": "NUL bytes", "empty.txt": "empty file",
                "loop_a": "symbolic links", "loop_b": "symbolic links"}
    lines = error_lines(result.stderr)
    assert len(lines) == len(expected)
    for name, cause in expected.items():
        (line,) = [x for x in lines if f"{inputs / name}:" in x]
        assert cause in line
    assert len(fault_server.completions) == 1


@pytest.mark.timeout(60)
def test_directory_of_10000_tiny_files_loads(tmp_path: Path) -> None:
    inputs = tmp_path / "many"
    inputs.mkdir()
    for i in range(10_000):  # os.write, not Path.write_text: several times faster on a busy disk
        fd = os.open(inputs / f"n{i:05d}.txt", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, f"Item {i}: forces shelled post {i}.\n".encode())
        finally:
            os.close(fd)
    items = list(load([str(inputs)]))
    assert len(items) == 10_000
    assert all(isinstance(item, Article) for item in items)
    assert len({item.id for item in items}) == 10_000  # type: ignore[union-attr]
    assert [item.source for item in items] == [str(inputs / f"n{i:05d}.txt") for i in range(10_000)]  # type: ignore[union-attr]


def test_path_traversal_ids_from_a_jsonl_feed_are_sanitised(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    hostile = ["../../etc/passwd", "..", "/etc/shadow", "..\\..\\windows\\system32", "a/../../b", "....//....//x",
               "~/.ssh/id_rsa", "\u2025/\u2215etc"]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": raw, "text": article_text(i)}) + "\n" for i, raw in enumerate(hostile)),
                    encoding="utf-8")
    fault_server.set_script("echo")
    out = tmp_path / "out.jsonl"

    result = invoke(["extract", str(feed), "--format", "jsonl", "-o", str(out), *remote(fault_server), "--no-cache"])
    assert result.exit_code == 0, result.stderr
    results = read_jsonl(out)
    assert len(results) == len(hostile)
    assert results[0]["article_id"] == "etc_passwd"
    for r in results:
        article_id = r["article_id"]
        assert re.fullmatch(r"[A-Za-z0-9_.-]{1,128}", article_id), article_id
        assert not article_id.startswith(".")  # never "." or "..", never a hidden file
        assert (tmp_path / article_id).resolve().parent == tmp_path.resolve()  # one path component
        for record in r["records"]:
            assert record["record_id"].startswith(article_id + "-")
            assert record["provenance"]["article_id"] == article_id
    assert len({r["article_id"] for r in results}) == len(hostile)


def test_fifo_in_the_input_directory_does_not_hang_loading(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_articles(inputs, 1)
    fifo = inputs / "pipe"
    os.mkfifo(fifo)
    loaded: list[object] = []
    worker = threading.Thread(target=lambda: loaded.extend(load([str(inputs)])), daemon=True)
    worker.start()
    worker.join(timeout=1.5)
    hung = worker.is_alive()
    if hung:  # release the blocked reader: a writer that opens and closes at once gives it EOF
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=5)
    assert not hung, "loading a directory with a FIFO in it blocked"
    assert len(loaded) == 2


def test_jsonl_line_with_a_non_string_date_fails_alone(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "bad", "text": article_text(1), "published_at": 20230920}) + "\n"
                    + json.dumps({"id": "good", "text": article_text(2)}) + "\n", encoding="utf-8")
    fault_server.set_script("echo")
    result = invoke(["extract", str(feed), "--format", "jsonl", *remote(fault_server), "--no-cache"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == cli.EXIT_PARTIAL
    assert [json.loads(x)["ok"] for x in result.stdout.splitlines()] == [False, True]
    (line,) = error_lines(result.stderr)
    assert f"{feed}:1" in line


# ---------------------------------------------------------------------------------------------
# 6. Exit codes and messages
# ---------------------------------------------------------------------------------------------


def test_exit_0_when_every_article_succeeds(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    write_articles(tmp_path / "in", 3)
    fault_server.set_script("echo")
    result = invoke(["extract", str(tmp_path / "in"), "--format", "jsonl", *remote(fault_server), "--no-cache"])
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert error_lines(result.stderr) == []
    assert [json.loads(x)["ok"] for x in result.stdout.splitlines()] == [True] * 3


def test_exit_1_when_one_file_is_bad(fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    write_articles(tmp_path / "in", 2)
    bad = tmp_path / "in" / "zz_bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not text")
    fault_server.set_script("echo")
    result = invoke(["extract", str(tmp_path / "in"), "--format", "jsonl", *remote(fault_server), "--no-cache"])
    assert result.exit_code == cli.EXIT_PARTIAL, result.stderr
    (line,) = error_lines(result.stderr)
    assert str(bad) in line and "UTF-8" in line
    assert [json.loads(x)["ok"] for x in result.stdout.splitlines()] == [True, True, False]


@pytest.mark.parametrize("extra", [["--no-such-flag"], ["--prompt", "extract_events@v99"], ["--prompt", "nope"],
                                   ["--policy", "maybe"], ["--concurrency", "0"]],
                         ids=["unknown-option", "unknown-prompt-version", "unknown-prompt", "bad-policy",
                              "concurrency-0"])
def test_exit_2_on_usage_errors(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any], extra: list[str]) -> None:
    write_articles(tmp_path / "in", 1)
    args = ["extract", str(tmp_path / "in"), *remote(fault_server), "--no-cache"]
    result = invoke([*args, *extra])
    assert result.exit_code == cli.EXIT_USAGE, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert fault_server.completions == []


def test_exit_2_when_no_inputs_are_found(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    (tmp_path / "empty-dir").mkdir()
    result = invoke(["extract", str(tmp_path / "empty-dir"), *remote(fault_server), "--no-cache"])
    assert result.exit_code == cli.EXIT_USAGE
    assert error_lines(result.stderr) == ["error: no input files found"]


def test_exit_2_on_unparseable_published_at(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    write_articles(tmp_path / "in", 1)
    result = invoke(["extract", str(tmp_path / "in"), *remote(fault_server), "--no-cache",
                     "--published-at", "yesterday"])
    assert result.exit_code == cli.EXIT_USAGE
    assert any("yesterday" in line for line in error_lines(result.stderr))


def test_exit_3_when_the_server_always_fails_and_every_error_names_its_article(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    paths = write_articles(tmp_path / "in", 3)
    fault_server.set_script("error_500")
    fault_server.error_retry_after = "0"  # retry at once: the bounded retries, without the backoff wait
    out = tmp_path / "out.json"
    result = invoke(["extract", str(tmp_path / "in"), "-o", str(out), *remote(fault_server), "--no-cache"])
    assert result.exit_code == cli.EXIT_FAILED, result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == len(paths)
    for path, line in zip(paths, lines):
        assert f"{path}: model call failed" in line and "500" in line
    assert KEY not in result.stderr
    assert len(fault_server.completions) == len(paths) * (ModelConfig().transport_retries + 1)
    assert [r["ok"] for r in json.loads(out.read_text())] == [False] * 3  # complete, not absent


@pytest.mark.parametrize("verbose", [False, True], ids=["default", "verbose"])
def test_fatal_error_is_one_line_and_traceback_only_with_verbose(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any], verbose: bool) -> None:
    # A cache directory that cannot be created is an OSError out of Summarizer(): it reaches _guard.
    # (Unreadable inputs and model errors do not: they become per-article results.)
    write_articles(tmp_path / "in", 1)
    not_a_dir = tmp_path / "cache-is-a-file"
    not_a_dir.write_text("x")
    args = ["extract", str(tmp_path / "in"), *remote(fault_server), "--cache-dir", str(not_a_dir)]
    result = invoke([*args, "--verbose"] if verbose else args)
    assert result.exit_code == cli.EXIT_FAILED
    (line,) = error_lines(result.stderr)
    assert "Not a directory" in line and str(not_a_dir) in line
    assert ("Traceback (most recent call last)" in result.stderr) is verbose
    if not verbose:
        assert result.stderr.strip() == line
    assert fault_server.completions == []


def summarize_with_one_bad_file(fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any],
                                format: str) -> tuple[Any, Path, Path]:
    write_articles(tmp_path / "in", 2)
    bad = tmp_path / "in" / "zz_empty.txt"
    bad.write_bytes(b"")
    fault_server.set_script("echo")
    out = tmp_path / f"summary.{format}"
    result = invoke(["summarize", str(tmp_path / "in"), "--format", format, "-o", str(out), *remote(fault_server),
                     "--no-cache"])
    return result, bad, out


def test_summarize_exit_1_with_one_bad_file_named_in_stderr_and_report(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    result, bad, out = summarize_with_one_bad_file(fault_server, tmp_path, invoke, "md")
    assert result.exit_code == cli.EXIT_PARTIAL, result.stderr
    (line,) = error_lines(result.stderr)
    assert str(bad) in line
    assert str(bad) in out.read_text()
    assert len(fault_server.completions) == 2


def test_summarize_json_report_lists_the_failed_article(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    result, bad, out = summarize_with_one_bad_file(fault_server, tmp_path, invoke, "json")
    assert result.exit_code == cli.EXIT_PARTIAL, result.stderr
    summary = json.loads(out.read_text())
    assert summary["events"]
    assert [f["source"] for f in summary["failures"]] == [str(bad)]


# ---------------------------------------------------------------------------------------------
# 7. Output never half-written
# ---------------------------------------------------------------------------------------------


def fail_on_third_article(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Make a pipeline stage raise ``error`` on the third article."""
    real = pipeline.verify

    def verify(article: Article, records: Any, policy: Any) -> Any:
        if "Article 02:" in article.text:
            raise error
        return real(article, records, policy)

    monkeypatch.setattr(pipeline, "verify", verify)


def test_a_bug_in_one_stage_costs_one_article_not_the_batch(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    write_articles(tmp_path / "in", 5)
    out = tmp_path / "records.jsonl"
    fail_on_third_article(monkeypatch, RuntimeError("injected stage failure"))
    fault_server.set_script("echo")
    result = invoke(["extract", str(tmp_path / "in"), "--format", "jsonl", "-o", str(out), *remote(fault_server),
                     "--no-cache"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["ok"] for line in lines] == [True, True, False, True, True]
    assert "internal error: RuntimeError: injected stage failure" in lines[2]["error"]


@pytest.mark.parametrize("previous", [None, "old complete output\n"], ids=["no-previous-file", "previous-file"])
def test_run_that_crashes_part_way_leaves_output_absent_or_previous(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any], monkeypatch: pytest.MonkeyPatch,
        previous: str | None) -> None:
    write_articles(tmp_path / "in", 5)
    out = tmp_path / "out" / "records.jsonl"
    if previous is not None:
        out.parent.mkdir()
        out.write_text(previous)
    fail_on_third_article(monkeypatch, KeyboardInterrupt())  # the run is aborted part-way
    fault_server.set_script("echo")

    result = invoke(["extract", str(tmp_path / "in"), "--format", "jsonl", "-o", str(out), *remote(fault_server),
                     "--no-cache"])
    assert result.exit_code != 0  # two lines were already written to the temp file
    assert len(fault_server.completions) >= 3
    if previous is None:
        assert not out.exists()
    else:
        assert out.read_text() == previous
    assert [p.name for p in out.parent.iterdir()] == ([] if previous is None else [out.name])  # temp removed


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_mid_run_never_leaves_a_partial_output(
        fault_server: FaultServer, tmp_path: Path, sig: int) -> None:
    write_articles(tmp_path / "in", 6)
    out = tmp_path / "out" / "records.jsonl"
    fault_server.set_script("echo")
    fault_server.ok_delay = 0.3
    proc = spawn(["extract", str(tmp_path / "in"), "--format", "jsonl", "-o", str(out), *remote(fault_server),
                  "--no-cache"], tmp_path)
    try:
        wait_until(lambda: alive(proc) and answered(fault_server) >= 2, timeout=20, what="two answers")
        kill_group(proc, sig)
        _, stderr = proc.communicate(timeout=15)
    finally:
        kill_group(proc)
    assert proc.returncode == 128 + sig, stderr  # 130 for Ctrl-C, 143 for SIGTERM
    assert not out.exists()
    assert list(out.parent.iterdir()) == []  # both unwind through atomic_writer's cleanup


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_swallowed_on_its_way_still_stops_the_batch(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any], monkeypatch: pytest.MonkeyPatch,
        sig: int) -> None:
    """Python raises a signal's exception in whatever runs; a finaliser or a library's broad
    ``except`` can swallow it (a CI run once exited 1 after SIGTERM). The batch still stops."""
    write_articles(tmp_path / "in", 5)
    out = tmp_path / "out" / "records.jsonl"
    real = pipeline.verify

    def verify(document: Any, records: Any, policy: Any) -> Any:
        if "Article 02:" in document.text:
            try:
                os.kill(os.getpid(), sig)
                time.sleep(1)  # the handler runs here, and its exception is lost
            except BaseException:  # noqa: BLE001 - what a careless library does
                pass
            raise RuntimeError("a stage failed after the lost signal")
        return real(document, records, policy)

    monkeypatch.setattr(pipeline, "verify", verify)
    fault_server.set_script("echo")
    sigint = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, even when run with `&`
    try:
        result = invoke(["extract", str(tmp_path / "in"), "--format", "jsonl", "-o", str(out), *remote(fault_server),
                         "--no-cache"])
    finally:
        signal.signal(signal.SIGINT, sigint)
    assert result.exit_code == 128 + sig
    assert len(fault_server.completions) == 3  # stopped after the third article, not at the end
    assert list(out.parent.iterdir()) == []


def test_output_file_gets_the_usual_permissions(
        fault_server: FaultServer, tmp_path: Path, invoke: Callable[..., Any]) -> None:
    write_articles(tmp_path / "in", 1)
    out = tmp_path / "records.json"
    fault_server.set_script("echo")
    assert invoke(["extract", str(tmp_path / "in"), "-o", str(out), *remote(fault_server), "--no-cache"]).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # not mkstemp's private 0600


def test_an_error_raised_after_a_signal_ends_as_that_signal() -> None:
    """pydantic reports a Ctrl-C inside ``model_dump_json`` as its own serialization error; the
    command still ends as interrupted (130), not as failed (1)."""
    from summarizer.cli import interrupts
    interrupts._received[:] = [signal.SIGINT]
    try:
        with pytest.raises(SystemExit) as stopped, interrupts.signal_wins():
            raise ValueError("Error serializing to JSON: KeyboardInterrupt")
        assert stopped.value.code == 130
        interrupts._received.clear()
        with pytest.raises(ValueError), interrupts.signal_wins():
            raise ValueError("an error with no signal before it")
    finally:
        interrupts._received.clear()
