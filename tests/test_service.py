"""The HTTP service in-process: routes, errors, auth, limits, metrics, through httpx's ASGI transport.

The app runs its real lifespan (worker threads, SQLite store) over a real :class:`Summarizer`
talking to :mod:`fault_server` on a socket, so only the HTTP hop is in-process. End-to-end tests
against a ``summarizer serve`` subprocess are in ``test_service_e2e.py``.
"""

from __future__ import annotations

import asyncio
import json
import os
import stat
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from typer.testing import CliRunner

from fault_server import FaultServer
import summarizer.cli as cli
from summarizer.ingest.articles import MAX_ARTICLE_BYTES
from summarizer.config import SummarizerConfig
from summarizer.pipeline import Summarizer
from summarizer.service import ServiceConfig, create_app, readiness
from summarizer.service.limits import MAX_SUMMARIZE_ARTICLES
from summarizer.service.store import DB_NAME

#: Generous: the first extraction imports the model SDKs, and CI machines are shared.
pytestmark = [pytest.mark.anyio, pytest.mark.timeout(120)]

PROMPT = "extract_events@v1"
KEY = "sk-service-test-key"
TOKEN = "service-test-token-0123456789"
PROBLEM = "application/problem+json"

Running = Callable[..., AbstractAsyncContextManager[tuple[httpx.AsyncClient, FastAPI]]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def article(i: int) -> dict[str, Any]:
    return {"text": f"Article {i}: Forces shelled village {i} on Wednesday, officials said.\n\n"
                    f"Residents of village {i} fled overnight.", "published_at": "2023-09-20", "id": f"a{i}"}


@pytest.fixture
def summarizer(fault_server: FaultServer, tmp_path: Path) -> Iterator[Summarizer]:
    fault_server.set_script("echo")
    with Summarizer(SummarizerConfig(base_url=fault_server.url, api_key=KEY, model="m", prompt=PROMPT, cache_dir=str(tmp_path / "cache"))) as s:
        yield s


@pytest.fixture
def running(summarizer: Summarizer, tmp_path: Path) -> Running:
    """Start the app (lifespan included) with some config; yields a client and the app."""

    @asynccontextmanager
    async def start(**config: Any) -> AsyncIterator[tuple[httpx.AsyncClient, FastAPI]]:
        app = create_app(summarizer, ServiceConfig(state_dir=str(tmp_path / "state"), **config))
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://service", timeout=20) as client:
                yield client, app

    return start


async def wait_for_status(client: httpx.AsyncClient, batch_id: str, *statuses: str,
                          headers: dict[str, str] | None = None) -> dict[str, Any]:
    for _ in range(500):
        batch = (await client.get(f"/v1/batches/{batch_id}", headers=headers)).json()
        if batch["status"] in statuses:
            return batch
        await asyncio.sleep(0.02)
    raise AssertionError(f"batch never reached {statuses}: {batch}")


def assert_problem(response: httpx.Response, status: int, *words: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"] == "about:blank"
    for word in words:
        assert word in body["detail"], body["detail"]
    assert "Traceback" not in response.text and "/summarizer/" not in response.text
    return body


# ---------------------------------------------------------------------------------------------
# Extract and summarize
# ---------------------------------------------------------------------------------------------


async def test_extract_returns_verified_records_and_a_repeat_costs_no_model_call(
        running: Running, fault_server: FaultServer) -> None:
    async with running() as (client, _):
        first = await client.post("/v1/extract", json={"article": article(1)})
        assert first.status_code == 200, first.text
        result = first.json()
        assert result["ok"] and result["article_id"] == "a1"
        (record,) = result["records"]
        assert record["verification"]["checks"] and record["date"]["value"] == "2023-09-20"
        assert not record["provenance"]["usage"]["cached"]
        again = (await client.post("/v1/extract", json={"article": article(1)})).json()
    assert again["records"][0]["provenance"]["usage"]["cached"]
    assert len(fault_server.completions) == 1


async def test_model_failure_is_a_502_naming_the_article(running: Running, fault_server: FaultServer) -> None:
    fault_server.set_script("error_500")
    fault_server.error_retry_after = "0"
    async with running() as (client, _):
        response = await client.post("/v1/extract", json={"article": {**article(2), "source": "wire-a"}})
    body = assert_problem(response, 502, "wire-a", "model call failed")
    assert KEY not in json.dumps(body)


async def test_summarize_merges_a_small_batch_and_documents_its_limit(running: Running) -> None:
    async with running() as (client, _):
        response = await client.post("/v1/summarize", json={"articles": [article(1), article(2)]})
        assert response.status_code == 200, response.text
        summary = response.json()
        assert summary["events"] and not summary["failures"]
        assert {a for e in summary["events"] for a in e["article_ids"]} == {"a1", "a2"}
        too_many = await client.post("/v1/summarize",
                                     json={"articles": [article(i) for i in range(MAX_SUMMARIZE_ARTICLES + 1)]})
    assert_problem(too_many, 422, "body.articles")


async def test_errors_are_problem_details_naming_the_field_or_article(running: Running) -> None:
    async with running() as (client, _):
        assert_problem(await client.post("/v1/extract", json={"article": {"title": "t"}}), 422, "body.article.text")
        assert_problem(await client.post("/v1/extract", json={"article": {"text": " \n "}}), 422, "article", "empty")
        assert_problem(await client.post("/v1/extract", content=b"{not json",
                                         headers={"content-type": "application/json"}), 422, "body")
        assert_problem(await client.post("/v1/extract", json={"article": {"text": "x", "colour": 1}}),
                       422, "body.article.colour")
        assert_problem(await client.get("/v1/batches/nope"), 404, "nope")
        assert_problem(await client.get("/nowhere"), 404)


async def test_internal_errors_never_leak_their_message(
        running: Running, summarizer: Summarizer, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Any) -> Any:
        raise RuntimeError("/home/secret/path/module.py exploded")

    monkeypatch.setattr(summarizer, "extract", broken)
    async with running() as (client, _):
        response = await client.post("/v1/extract", json={"article": article(1)})
        body = assert_problem(response, 500)
        assert "secret" not in response.text and "exploded" not in body["detail"]
        batch = (await client.post("/v1/batches", json={"articles": [article(1)]})).json()
        assert (await wait_for_status(client, batch["id"], "failed"))["request_counts"]["failed"] == 1
        (line,) = (await client.get(f"/v1/batches/{batch['id']}/results")).text.splitlines()
    assert json.loads(line)["error"] == "a1: internal error"


# ---------------------------------------------------------------------------------------------
# Batches
# ---------------------------------------------------------------------------------------------


async def test_batch_lifecycle_results_and_summary(running: Running) -> None:
    feed = "".join(json.dumps(article(i)) + "\n" for i in range(3)) + "\n"
    async with running() as (client, _):
        created = await client.post("/v1/batches", content=feed, headers={"content-type": "application/x-ndjson"})
        assert created.status_code == 202, created.text
        batch = created.json()
        assert created.headers["location"] == f"/v1/batches/{batch['id']}"
        assert batch["object"] == "batch" and batch["status"] in ("queued", "in_progress")
        assert batch["request_counts"]["total"] == 3
        done = await wait_for_status(client, batch["id"], "completed")
        assert done["request_counts"] == {"total": 3, "done": 3, "failed": 0}
        assert done["created_at"] <= done["in_progress_at"] <= done["completed_at"]
        results = await client.get(f"/v1/batches/{batch['id']}/results")
        assert results.headers["content-type"].startswith("application/x-ndjson")
        assert [json.loads(line)["article_id"] for line in results.text.splitlines()] == ["a0", "a1", "a2"]
        summary = (await client.get(f"/v1/batches/{batch['id']}/summary")).json()
        assert {a for e in summary["events"] for a in e["article_ids"]} == {"a0", "a1", "a2"}
        listed = (await client.get("/v1/batches")).json()
        assert [b["id"] for b in listed["data"]] == [batch["id"]]
        assert_problem(await client.delete(f"/v1/batches/{batch['id']}"), 409, "completed")


async def test_cancel_stops_a_batch_and_keeps_its_results_so_far(running: Running, fault_server: FaultServer) -> None:
    fault_server.ok_delay = 0.3
    async with running(workers=1) as (client, app):
        batch = (await client.post("/v1/batches", json={"articles": [article(i) for i in range(6)]})).json()
        await wait_for_status(client, batch["id"], "in_progress")
        assert_problem(await client.get(f"/v1/batches/{batch['id']}/summary"), 409, "in_progress")
        cancelled = await client.delete(f"/v1/batches/{batch['id']}")
        assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
        assert cancelled.json()["cancelled_at"]
        for _try in range(300):  # the article in flight finishes; nothing else starts
            if app.state.pool.waiting == 0 and fault_server.in_flight == 0:
                break
            await asyncio.sleep(0.02)
        counts = (await client.get(f"/v1/batches/{batch['id']}")).json()["request_counts"]
        lines = (await client.get(f"/v1/batches/{batch['id']}/results")).text.splitlines()
        assert (await client.get(f"/v1/batches/{batch['id']}/summary")).status_code == 200
    assert len(lines) == counts["done"] < 6
    assert len(fault_server.completions) == counts["done"]


async def test_a_bad_line_rejects_the_whole_batch_naming_the_line(running: Running) -> None:
    feed = json.dumps(article(0)) + "\n" + json.dumps({"title": "no text"}) + "\n"
    async with running() as (client, _):
        bad = await client.post("/v1/batches", content=feed, headers={"content-type": "application/x-ndjson"})
        assert_problem(bad, 422, "line 2", "text")
        assert_problem(await client.post("/v1/batches", content=b"\n\n",
                                         headers={"content-type": "application/x-ndjson"}), 422, "no articles")
        assert_problem(await client.post("/v1/batches", content=b"hello", headers={"content-type": "text/plain"}),
                       415, "x-ndjson")
        assert_problem(await client.post("/v1/batches", json={"articles": [article(0), {"text": "\x00"}]}),
                       422, "articles[1]", "NUL")
        assert_problem(await client.post("/v1/summarize", json={"articles": [article(0), article(0)]}),
                       422, "articles[1]", "duplicate article id 'a0'")
        assert (await client.get("/v1/batches")).json()["data"] == []


# ---------------------------------------------------------------------------------------------
# Limits and back-pressure
# ---------------------------------------------------------------------------------------------


async def test_bodies_over_the_limit_are_413(running: Running) -> None:
    async with running(max_body_bytes=MAX_ARTICLE_BYTES + 4096) as (client, _):
        over_article = {"article": {"text": "a" * (MAX_ARTICLE_BYTES + 1)}}
        assert_problem(await client.post("/v1/extract", json=over_article), 413, "article", "per-article limit")
        huge = json.dumps({"article": {"text": "a" * (MAX_ARTICLE_BYTES + 8192)}})
        assert_problem(await client.post("/v1/extract", content=huge, headers={"content-type": "application/json"}),
                       413, "byte limit")

        async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted while read
            for _ in range(6):
                yield b"x" * (1024 * 1024)

        assert_problem(await client.post("/v1/batches", content=chunks(),
                                         headers={"content-type": "application/x-ndjson"}), 413)


async def test_a_full_queue_answers_429_with_retry_after(running: Running, fault_server: FaultServer) -> None:
    fault_server.ok_delay = 0.5
    async with running(workers=1, queue_size=2) as (client, app):
        first = await client.post("/v1/batches", json={"articles": [article(0), article(1)]})
        assert first.status_code == 202
        full = await client.post("/v1/batches", json={"articles": [article(2), article(3)]})
        assert_problem(full, 429, "queue full")
        assert int(full.headers["retry-after"]) >= 1
        assert_problem(await client.post("/v1/batches", json={"articles": [article(i) for i in range(3)]}),
                       413, "queue size")
        metrics = (await client.get("/metrics")).text
        assert "summarizer_rejected_total 1.0" in metrics
        app.state.store.cancel(first.json()["id"])


async def test_healthz_and_status_reads_answer_while_the_model_is_slow(
        running: Running, fault_server: FaultServer) -> None:
    fault_server.ok_delay = 1.0
    async with running(workers=1) as (client, _):
        batch = (await client.post("/v1/batches", json={"articles": [article(0)]})).json()
        extract = asyncio.create_task(client.post("/v1/extract", json={"article": article(1)}))
        while fault_server.in_flight == 0:
            await asyncio.sleep(0.01)
        assert (await client.get("/healthz")).json() == {"status": "ok"}
        assert (await client.get(f"/v1/batches/{batch['id']}")).status_code == 200
        assert (await client.get("/metrics")).status_code == 200
        assert not extract.done(), "a read waited for the model"
        assert (await extract).status_code == 200


async def test_a_draining_service_refuses_new_work_with_503(running: Running) -> None:
    async with running() as (client, app):
        app.state.pool.drain(5)
        assert_problem(await client.post("/v1/extract", json={"article": article(1)}), 503, "shutting down")
        assert_problem(await client.post("/v1/batches", json={"articles": [article(1)]}), 503, "shutting down")
        assert (await client.get("/healthz")).status_code == 200


# ---------------------------------------------------------------------------------------------
# Security
# ---------------------------------------------------------------------------------------------


async def test_a_token_guards_every_v1_route_and_is_never_echoed(running: Running, tmp_path: Path) -> None:
    async with running(token=TOKEN) as (client, _):
        for method, path in [("POST", "/v1/extract"), ("POST", "/v1/summarize"), ("POST", "/v1/batches"),
                             ("GET", "/v1/batches"), ("GET", "/v1/batches/x"), ("DELETE", "/v1/batches/x"),
                             ("GET", "/v1/batches/x/results"), ("GET", "/v1/batches/x/summary")]:
            missing = await client.request(method, path, json={"article": article(1)})
            assert_problem(missing, 401, "Authorization")
            assert missing.headers["www-authenticate"] == "Bearer"
            wrong = await client.request(method, path, headers={"authorization": f"Bearer {TOKEN}x"})
            assert_problem(wrong, 401, "invalid")
            assert TOKEN not in wrong.text
        auth = {"authorization": f"Bearer {TOKEN}"}
        assert (await client.post("/v1/extract", json={"article": article(1)}, headers=auth)).status_code == 200
        assert (await client.post("/v1/batches", json={"articles": [article(2)]}, headers=auth)).status_code == 202
        assert (await client.get("/healthz")).status_code == 200
        metrics = (await client.get("/metrics")).text
        assert 'status="401"' in metrics
    state = tmp_path / "state"
    assert stat.S_IMODE(os.stat(state).st_mode) == 0o700
    data = b"".join(p.read_bytes() for p in state.iterdir())
    assert TOKEN.encode() not in data and KEY.encode() not in data
    assert TOKEN not in metrics and KEY not in metrics
    assert (state / DB_NAME).exists()


async def test_cors_is_off_unless_an_origin_is_configured(running: Running) -> None:
    preflight = {"origin": "https://app.example", "access-control-request-method": "POST"}
    async with running() as (client, _):
        response = await client.get("/healthz", headers={"origin": "https://app.example"})
        assert "access-control-allow-origin" not in response.headers
    async with running(cors_origins=("https://app.example",)) as (client, _):
        response = await client.options("/v1/extract", headers=preflight)
        assert response.headers["access-control-allow-origin"] == "https://app.example"


# ---------------------------------------------------------------------------------------------
# Health, readiness, metrics, OpenAPI
# ---------------------------------------------------------------------------------------------


async def test_readyz_says_whether_the_model_is_reachable(running: Running, tmp_path: Path) -> None:
    async with running() as (client, _):
        ready = await client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "ready"
    with Summarizer(SummarizerConfig(base_url="http://127.0.0.1:9/v1", api_key=KEY, model="m", cache_dir=str(tmp_path / "cache2"))) as unreachable:
        app = create_app(unreachable, ServiceConfig(state_dir=str(tmp_path / "state2")))
        transport = httpx.ASGITransport(app=app)
        async with app.router.lifespan_context(app), httpx.AsyncClient(transport=transport, base_url="http://s") as c:
            down = await c.get("/readyz")
            alive = await c.get("/healthz")
    assert down.status_code == 503 and down.json()["status"] == "unavailable"
    assert KEY not in down.text and "127.0.0.1" not in down.text
    assert alive.status_code == 200


async def test_metrics_count_requests_model_calls_tokens_and_cache_hits(running: Running) -> None:
    async with running() as (client, _):
        for _ in range(2):
            await client.post("/v1/extract", json={"article": article(1)})
        text = (await client.get("/metrics")).text
    assert 'summarizer_http_requests_total{method="POST",route="/v1/extract",status="200"} 2.0' in text
    assert 'summarizer_http_request_duration_seconds_bucket{le="+Inf",method="POST",route="/v1/extract"} 2.0' in text
    assert "summarizer_model_calls_total 1.0" in text
    assert 'summarizer_model_tokens_total{kind="prompt"} 100.0' in text
    assert "summarizer_cache_hits_total 1.0" in text
    assert 'summarizer_articles_total{cache="hit",outcome="ok"} 1.0' in text
    assert "summarizer_queue_depth 0.0" in text
    assert 'summarizer_batches{status="completed"} 0.0' in text


async def test_openapi_bodies_are_the_records_schemas(running: Running) -> None:
    async with running() as (client, _):
        schema = (await client.get("/openapi.json")).json()
        docs = await client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    components = schema["components"]["schemas"]
    assert {"EventRecord", "ArticleResult", "Summary", "Batch", "Problem", "ArticleIn"} <= set(components)
    assert "HTTPValidationError" not in components
    extract = schema["paths"]["/v1/extract"]["post"]
    assert extract["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ArticleResult"}
    assert set(extract["responses"]["422"]["content"]) == {PROBLEM}
    assert set(schema["paths"]["/v1/batches"]["post"]["requestBody"]["content"]) == {
        "application/x-ndjson", "application/json"}


def test_readiness_of_the_embedded_model_is_whether_it_can_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    weights = tmp_path / "tiny.gguf"
    weights.write_bytes(b"GGUF not really")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with Summarizer(SummarizerConfig(model_path=str(weights), cache_dir=str(tmp_path / "cache"))) as embedded:
        assert embedded.embedded
        monkeypatch.setattr(readiness, "server_installed", lambda: False)
        assert "pip install" in readiness.check(embedded).detail
        monkeypatch.setattr(readiness, "server_installed", lambda: True)
        assert readiness.check(embedded).status == "ready"
        weights.unlink()
        assert readiness.check(embedded).status == "unavailable"


def test_serve_is_a_cli_command_with_the_model_options() -> None:
    runner = CliRunner()
    help_text = runner.invoke(cli.app, ["serve", "--help"], env={"COLUMNS": "200"}).stdout
    for option in ("--host", "--port", "--workers", "--queue-size", "--token", "--state-dir", "--cors-origin",
                   "--base-url", "--api-key", "--model", "--model-path", "--prompt", "--cache-dir", "--no-cache",
                   "--policy"):
        assert option in help_text
    assert runner.invoke(cli.app, ["serve", "--policy", "bogus", "--base-url", "http://127.0.0.1:9/v1"]).exit_code == 2
