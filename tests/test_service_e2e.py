"""``summarizer serve`` as a real process on 127.0.0.1, with :mod:`fault_server` as its model.

What only a process can show: the console script starts the service from its flags and
environment; auth, size limits and back-pressure hold over a real socket; a service killed with
SIGKILL resumes its batches from the state dir and the response cache (the fault server counts
the model calls, so a cached article that cost a call would show); SIGTERM drains and exits 0.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi.testclient import TestClient
from schemathesis import GenerationMode
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import (
    content_type_conformance, not_a_server_error, response_schema_conformance, status_code_conformance,
)

from fault_server import FaultServer
from summarizer.ingest.articles import Article, parse_datetime
from summarizer.config import SummarizerConfig
from summarizer.pipeline import Summarizer
from summarizer.service import ServiceConfig, create_app
from summarizer.service.store import BatchStore

#: Generous: a cold service process imports the model SDKs on its first request, and CI machines are shared.
pytestmark = pytest.mark.timeout(120)

PROMPT = "extract_events@v1"
KEY = "sk-e2e-key-4242"
TOKEN = "e2e-token-7f3a9c"
SCRIPT = Path(sys.executable).with_name("summarizer")
CLI = [str(SCRIPT)] if SCRIPT.exists() else [
    sys.executable, "-c", "import sys; from summarizer.cli import app; sys.argv[0] = 'summarizer'; app()"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def article(i: int) -> dict[str, Any]:
    return {"id": f"a{i:02d}", "published_at": "2023-09-20",
            "text": f"Article {i:02d}: Forces shelled village {i} on Wednesday, officials said.\n\n"
                    f"Residents of village {i} fled to the hills overnight."}


def ndjson(articles: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(a) + "\n" for a in articles).encode()


def article_no(request: Any) -> int:
    """Which :func:`article` a request recorded at the fault server was about."""
    return int((request.article or "").split(":")[0].removeprefix("Article "))


class Service:
    """One ``summarizer serve`` process in its own session; its log goes to a file, never a pipe."""

    def __init__(self, model: FaultServer, directory: Path, *flags: str, token: str | None = TOKEN) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = directory / f"serve-{self.port}.log"
        self.headers = {"authorization": f"Bearer {token}"} if token else {}
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
        env.update({"SUMMARIZER_STATE_DIR": str(directory / "state"), "OPENAI_API_KEY": KEY})
        if token:
            env["SUMMARIZER_API_TOKEN"] = token
        args = ["serve", "--port", str(self.port), "--base-url", model.url, "--model", "m", "--prompt", PROMPT,
                "--cache-dir", str(directory / "cache"), *flags]
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen([*CLI, *args], env=env, stdin=subprocess.DEVNULL, stdout=log,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        STARTED.append(self.proc)
        self.client = httpx.Client(base_url=self.url, headers=self.headers, timeout=90)
        wait_until(self._healthy, f"the service on port {self.port}")

    def _healthy(self) -> bool:
        if self.proc.poll() is not None:
            raise AssertionError(f"serve exited early ({self.proc.returncode}):\n{self.log.read_text()}")
        try:
            return self.client.get("/healthz").status_code == 200
        except httpx.TransportError:
            return False

    def batch(self, batch_id: str) -> dict[str, Any]:
        response = self.client.get(f"/v1/batches/{batch_id}")
        assert response.status_code == 200, response.text
        return dict(response.json())

    def wait_for(self, batch_id: str, *statuses: str) -> dict[str, Any]:
        wait_until(lambda: self.batch(batch_id)["status"] in statuses, f"batch {batch_id} to be {statuses}")
        return self.batch(batch_id)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 90) -> int:
        self.client.close()
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, sig)
        return self.proc.wait(timeout=timeout)


#: Every service process a test started, so that a failing test never leaves one running.
STARTED: list[subprocess.Popen[bytes]] = []


@pytest.fixture(autouse=True)
def _no_leaked_services() -> Iterator[None]:
    before = len(STARTED)
    yield
    for proc in STARTED[before:]:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


@pytest.fixture(scope="module")
def model() -> Iterator[FaultServer]:
    server = FaultServer().start()
    server.set_script("echo")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def service(model: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """One service for the round-trip and limit tests (each leaves it idle)."""
    service = Service(model, tmp_path_factory.mktemp("serve"), "--workers", "2", "--queue-size", "4")
    try:
        yield service
    finally:
        assert service.stop() == 0


def test_extract_and_batch_round_trip(service: Service, model: FaultServer) -> None:
    extracted = service.client.post("/v1/extract", json={"article": article(1)})
    assert extracted.status_code == 200, extracted.text
    assert extracted.json()["records"][0]["verification"]["support_score"] > 0

    created = service.client.post("/v1/batches", content=ndjson([article(i) for i in range(1, 5)]),
                                  headers={"content-type": "application/x-ndjson"})
    assert created.status_code == 202, created.text
    batch = service.wait_for(created.json()["id"], "completed")
    assert batch["request_counts"] == {"total": 4, "done": 4, "failed": 0}
    results = service.client.get(f"/v1/batches/{batch['id']}/results").text.splitlines()
    assert [json.loads(line)["article_id"] for line in results] == ["a01", "a02", "a03", "a04"]
    summary = service.client.get(f"/v1/batches/{batch['id']}/summary")
    assert summary.status_code == 200 and summary.json()["events"]
    assert service.client.get("/readyz").json()["status"] == "ready"
    assert "summarizer_cache_hits_total 1.0" in service.client.get("/metrics").text  # a01 was extracted before
    assert len(model.completions) == 4


def test_401_without_the_token_and_secrets_never_logged(service: Service) -> None:
    bare = httpx.post(f"{service.url}/v1/extract", json={"article": article(1)})
    assert bare.status_code == 401 and bare.headers["content-type"] == "application/problem+json"
    wrong = httpx.get(f"{service.url}/v1/batches", headers={"authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert httpx.get(f"{service.url}/healthz").status_code == 200
    log = service.log.read_text()
    assert TOKEN not in log and KEY not in log


def test_413_for_a_body_over_the_limit(service: Service) -> None:
    over = service.client.post("/v1/batches", content=b"x" * (16 * 1024 * 1024 + 1),
                               headers={"content-type": "application/x-ndjson"})
    assert over.status_code == 413 and "byte limit" in over.json()["detail"]
    too_long = service.client.post("/v1/extract", json={"article": {"text": "a" * (5 * 1024 * 1024 + 1)}})
    assert too_long.status_code == 413 and "per-article limit" in too_long.json()["detail"]


def test_429_with_retry_after_when_the_queue_is_full(service: Service, model: FaultServer) -> None:
    model.ok_delay = 0.5
    try:
        first = service.client.post("/v1/batches", json={"articles": [article(i) for i in range(10, 14)]})
        assert first.status_code == 202
        # Two workers take at most two of the four: at least two wait, and three more overflow a queue of 4.
        full = service.client.post("/v1/batches", json={"articles": [article(i) for i in range(20, 23)]})
        assert full.status_code == 429, full.text
        assert full.headers["content-type"] == "application/problem+json"
        assert int(full.headers["retry-after"]) >= 1
        assert service.client.delete(f"/v1/batches/{first.json()['id']}").status_code == 200
    finally:
        model.ok_delay = 0.0
    wait_until(lambda: "summarizer_workers_busy 0.0" in service.client.get("/metrics").text, "idle workers")


# ---------------------------------------------------------------------------------------------
# The OpenAPI contract, fuzzed against the live service
# ---------------------------------------------------------------------------------------------


@schemathesis.serializer("application/x-ndjson")
def _ndjson(ctx: Any, value: Any) -> bytes:
    """A generated NDJSON body is one article object: one line."""
    return json.dumps(value).encode() + b"\n"


#: Examples per operation and generation mode: enough to hit every status a route documents, still fast.
EXAMPLES = 20
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_schemathesis_finds_no_5xx_and_no_response_off_schema(service: Service) -> None:
    """Valid and invalid requests for every operation of the live ``/openapi.json``."""
    schema = schemathesis.openapi.from_url(f"{service.url}/openapi.json")
    failures, operations = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(mode))
            @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                      phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
            def check(case: Any) -> None:
                case.call_and_validate(headers=service.headers, checks=CHECKS, timeout=60)

            try:
                check()
            except Unsatisfiable:  # nothing to make invalid: the operation takes no input
                pass
            except Exception as exc:  # collect them all: one report names every operation that broke
                failures.append(f"{operation.label} ({mode.value}): {exc}")
    assert operations == 11
    assert not failures, "\n\n".join(failures)


# ---------------------------------------------------------------------------------------------
# Kill, drain, restart
# ---------------------------------------------------------------------------------------------


@pytest.mark.timeout(240)
def test_sigkill_then_sigterm_mid_batch_resume_with_nothing_lost_or_duplicated(
        fault_server: FaultServer, tmp_path: Path) -> None:
    """Three lives of one state dir: killed (SIGKILL), drained (SIGTERM), then run to completion."""
    fault_server.set_script("echo")
    fault_server.ok_delay = 0.2
    articles = [article(i) for i in range(10)]
    first = Service(fault_server, tmp_path, "--workers", "2")
    batch_id = first.client.post("/v1/batches", content=ndjson(articles),
                                 headers={"content-type": "application/x-ndjson"}).json()["id"]
    wait_until(lambda: first.batch(batch_id)["request_counts"]["done"] >= 3, "three answered articles")
    assert first.stop(signal.SIGKILL) == -signal.SIGKILL
    # A request the kill cut short is still being read: it is the first life's, counted before the next.
    wait_until(lambda: fault_server.connections == 0, "the killed service's connections closed", timeout=10)
    sent_at_kill = len(fault_server.completions)
    stored_at_kill = stored(tmp_path, batch_id)
    cached = cached_articles(tmp_path / "cache", articles, fault_server)
    assert 3 <= stored_at_kill <= len(cached) < len(articles), "the batch finished before it could be killed"

    fault_server.ok_delay = 1.0  # slow answers, so that the drain has work in flight
    second = Service(fault_server, tmp_path, "--workers", "2")
    wait_until(lambda: fault_server.in_flight == 2, "two articles in flight")
    assert second.stop(signal.SIGTERM) == 0, second.log.read_text()
    assert fault_server.in_flight == 0
    asked_by_second = {article_no(r) for r in fault_server.completions[sent_at_kill:]}
    assert asked_by_second and not asked_by_second & cached, "a cached article cost a model call"
    # The drain finished the articles in flight (stored) or, past its timeout on a starved machine,
    # checkpointed them (their answers are cached and they are still pending): none is lost.
    assert asked_by_second <= cached_articles(tmp_path / "cache", articles, fault_server)
    assert stored_at_kill <= stored(tmp_path, batch_id) < len(articles)

    # The third life runs in this process (a fourth cold start would only cost time): same state and cache.
    fault_server.ok_delay = 0.0
    with Summarizer(SummarizerConfig(base_url=fault_server.url, api_key=KEY, model="m", prompt=PROMPT, cache_dir=str(tmp_path / "cache"))) as summarizer, \
            TestClient(create_app(summarizer, ServiceConfig(state_dir=str(tmp_path / "state")))) as third:
        wait_until(lambda: third.get(f"/v1/batches/{batch_id}").json()["status"] == "completed", "completion")
        batch = third.get(f"/v1/batches/{batch_id}").json()
        results = [json.loads(line) for line in third.get(f"/v1/batches/{batch_id}/results").text.splitlines()]
    assert batch["request_counts"] == {"total": 10, "done": 10, "failed": 0}
    assert [r["article_id"] for r in results] == [a["id"] for a in articles], "a result is missing or duplicated"
    asked_after_kill = sorted(article_no(r) for r in fault_server.completions[sent_at_kill:])
    assert asked_after_kill == sorted(set(range(len(articles))) - cached), "each uncached article asked once"


def stored(directory: Path, batch_id: str) -> int:
    """Articles of the batch with a result committed in the state database."""
    store = BatchStore(directory / "state")
    try:
        batch = store.get(batch_id)
        assert batch is not None
        return batch.request_counts.done + batch.request_counts.failed
    finally:
        store.close()


def cached_articles(cache_dir: Path, articles: list[dict[str, Any]], server: FaultServer) -> set[int]:
    """Indices of the articles whose model answer is in the response cache."""
    with Summarizer(SummarizerConfig(base_url=server.url, api_key=KEY, model="m", prompt=PROMPT, cache_dir=str(cache_dir))) as s:
        assert s.cache is not None
        found = set()
        for i, item in enumerate(articles):
            (messages,) = s.requests(Article.from_text(item["text"], id=item["id"],
                                                       published_at=parse_datetime(item["published_at"])))
            if s.cache.get(s._key(messages)) is not None:
                found.add(i)
        return found
