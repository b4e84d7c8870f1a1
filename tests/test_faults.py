"""Fault matrix for the model client: every failure the retry policy claims to handle, on a real socket.

``summarizer.extract.client`` promises two bounded retry loops (transport via tenacity, validation via
instructor re-asks), honest usage accounting across all attempts, and error messages that are
safe to show. Each promise is checked here against :mod:`fault_server`, which answers with
scripted faults, so a change in openai, httpx2, instructor or tenacity that breaks one shows up.
"""

from __future__ import annotations

import openai
import pytest

import summarizer.extract.client as llm
from fault_server import COMPLETION_TOKENS, MALFORMED_CONTENT, PROMPT_TOKENS, Behaviour, FaultServer
from summarizer.extract.client import ModelCallError, ModelClient, ModelConfig
from summarizer.models.schemas import ExtractedEvents

# Generous per-test ceiling: a hang must fail fast rather than stall the suite.
pytestmark = pytest.mark.timeout(20)

KEY = "sk-test-SECRET123"
TRANSPORT_RETRIES = 2
MAX_REASKS = 1
MESSAGES = [{"role": "user", "content": "Article: Forces shelled the town on Wednesday."}]


@pytest.fixture
def backoff(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float]]:
    """Draw zero from the jittered backoff (keeps tests fast) and record each draw's bounds."""
    bounds: list[tuple[float, float]] = []

    class NoJitter:
        @staticmethod
        def uniform(low: float, high: float) -> float:
            bounds.append((low, high))
            return 0.0

    monkeypatch.setattr(llm, "random", NoJitter)
    return bounds


def make_client(server: FaultServer, **overrides: object) -> ModelClient:
    """The brief's client: 1 s timeout, 2 transport retries, 1 re-ask."""
    settings: dict[str, object] = {
        "base_url": server.url, "api_key": KEY, "model": "m", "timeout": 1.0,
        "transport_retries": TRANSPORT_RETRIES, "max_reasks": MAX_REASKS,
    }
    settings.update(overrides)
    return ModelClient(ModelConfig(**settings))  # type: ignore[arg-type]


def assert_safe(message: str) -> None:
    """The fault server echoes the Authorization header in error bodies: it must not survive."""
    assert KEY not in message
    assert "SECRET123" not in message


# ---------------------------------------------------------------------------------------------
# Transport faults: retried with backoff, bounded by transport_retries
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("script", [
    ("rate_limit", "ok"),
    ("error_500", "ok"),
    ("error_502", "ok"),
    ("error_503", "ok"),
    ("slow", "ok"),
    ("drop", "ok"),
    ("error_500", "drop", "ok"),  # two different faults still fit in two retries
], ids="-".join)
def test_transient_fault_then_ok_succeeds(
    fault_server: FaultServer, backoff: list[tuple[float, float]], script: tuple[Behaviour, ...]
) -> None:
    fault_server.set_script(*script)

    result, usage = make_client(fault_server).extract(ExtractedEvents, MESSAGES)

    assert isinstance(result, ExtractedEvents)
    assert [e.event_type for e in result.events] == ["ASSAULT"]
    assert len(fault_server.completions) == len(script)
    assert usage.calls == len(script)
    # Failed transport attempts return no completion, so only the final answer has tokens.
    assert (usage.prompt_tokens, usage.completion_tokens) == (PROMPT_TOKENS, COMPLETION_TOKENS)


@pytest.mark.parametrize(("behaviour", "expected"), [
    ("rate_limit", "RateLimitError: Error code: 429"),
    ("error_500", "InternalServerError: Error code: 500"),
    ("error_502", "InternalServerError: Error code: 502"),
    ("error_503", "InternalServerError: Error code: 503"),
    ("slow", "APITimeoutError"),
    ("drop", "APIConnectionError"),
])
def test_persistent_transport_fault_gives_up_after_retries(
    fault_server: FaultServer, backoff: list[tuple[float, float]], behaviour: Behaviour, expected: str
) -> None:
    fault_server.set_script(behaviour)

    with pytest.raises(ModelCallError) as caught:
        make_client(fault_server).extract(ExtractedEvents, MESSAGES)

    assert len(fault_server.completions) == TRANSPORT_RETRIES + 1
    message = str(caught.value)
    assert expected in message  # connection errors and timeouts name the endpoint first
    assert_safe(message)
    if behaviour.startswith("error_"):
        assert "Bearer [REDACTED]" in message  # the echoed key was really there, and redacted


def test_backoff_grows_exponentially_between_attempts(
    fault_server: FaultServer, backoff: list[tuple[float, float]]
) -> None:
    fault_server.set_script("error_500")

    with pytest.raises(ModelCallError):
        make_client(fault_server).extract(ExtractedEvents, MESSAGES)

    # Full jitter over 0.5 * 2**attempt before each retry. tenacity also evaluates the wait
    # after the final attempt (before its stop check) but never sleeps it, hence the prefix.
    assert backoff[:TRANSPORT_RETRIES] == [(0, 1.0), (0, 2.0)]


def test_rate_limit_honours_retry_after(
    fault_server: FaultServer, backoff: list[tuple[float, float]], monkeypatch: pytest.MonkeyPatch
) -> None:
    fault_server.retry_after = "1"
    fault_server.set_script("rate_limit", "ok")
    waits: list[float] = []
    real_wait = llm._wait
    monkeypatch.setattr(llm, "_wait", lambda state: waits.append(real_wait(state)) or waits[-1])

    _, usage = make_client(fault_server).extract(ExtractedEvents, MESSAGES)

    assert usage.calls == 2
    assert waits == [1.0]  # the pause the client chose is the one the server asked for
    assert backoff == []  # the server said how long: no jittered guess was drawn


def test_rate_limit_without_retry_after_falls_back_to_backoff(
    fault_server: FaultServer, backoff: list[tuple[float, float]]
) -> None:
    fault_server.retry_after = None
    fault_server.set_script("rate_limit", "ok")

    _, usage = make_client(fault_server).extract(ExtractedEvents, MESSAGES)

    assert usage.calls == 2
    assert backoff == [(0, 1.0)]


# ---------------------------------------------------------------------------------------------
# Invalid output: re-asked with the validation error, bounded by max_reasks
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("behaviour", "error_text"), [
    ("malformed", "Invalid JSON"),
    ("schema_invalid", "EXPLOSION"),
    ("schema_invalid", "Field required"),  # the missing ``evidence``
])
def test_invalid_output_is_reasked_with_the_error(
    fault_server: FaultServer, backoff: list[tuple[float, float]], behaviour: Behaviour, error_text: str
) -> None:
    fault_server.set_script(behaviour, "ok")

    result, usage = make_client(fault_server).extract(ExtractedEvents, MESSAGES)

    assert len(result.events) == 1
    first, reask = fault_server.completions
    assert reask.messages[: len(first.messages)] == first.messages
    assistant, correction = reask.messages[len(first.messages):]
    assert assistant["role"] == "assistant"
    assert correction["role"] == "user"
    assert error_text in correction["content"]
    assert usage.calls == 2
    # Both completions are paid for, the rejected one included.
    assert (usage.prompt_tokens, usage.completion_tokens) == (2 * PROMPT_TOKENS, 2 * COMPLETION_TOKENS)
    assert backoff == []  # a re-ask is not a transport retry: no sleeping


def test_malformed_reask_quotes_the_bad_output(fault_server: FaultServer) -> None:
    fault_server.set_script("malformed", "ok")

    make_client(fault_server).extract(ExtractedEvents, MESSAGES)

    assert fault_server.completions[1].messages[-2]["content"] == MALFORMED_CONTENT


@pytest.mark.parametrize(("behaviour", "gist"), [
    ("malformed", "Invalid JSON"),
    ("schema_invalid", "events.0.event_type"),
])
def test_persistent_invalid_output_gives_up_after_reasks(
    fault_server: FaultServer, backoff: list[tuple[float, float]], behaviour: Behaviour, gist: str
) -> None:
    fault_server.set_script(behaviour)

    with pytest.raises(ModelCallError) as caught:
        make_client(fault_server).extract(ExtractedEvents, MESSAGES)

    # Invalid output is not a transport fault: no tenacity retries multiply the re-asks.
    assert len(fault_server.completions) == MAX_REASKS + 1
    message = str(caught.value)
    assert message.startswith(f"invalid output after {MAX_REASKS + 1} attempt(s): ")
    assert gist in message
    assert_safe(message)


def test_transport_fault_during_reask_restarts_and_counts_everything(
    fault_server: FaultServer, backoff: list[tuple[float, float]]
) -> None:
    fault_server.set_script("malformed", "error_500", "ok")

    _, usage = make_client(fault_server).extract(ExtractedEvents, MESSAGES)

    assert usage.calls == 3
    # The malformed answer's tokens survive the transport retry that discarded its re-ask.
    assert (usage.prompt_tokens, usage.completion_tokens) == (2 * PROMPT_TOKENS, 2 * COMPLETION_TOKENS)
    assert fault_server.completions[2].messages == fault_server.completions[0].messages


def test_truncated_output_is_retried_once_with_the_schema_as_a_grammar(fault_server: FaultServer) -> None:
    fault_server.set_script("truncated", "ok")
    result, usage = make_client(fault_server, max_tokens=64).extract(ExtractedEvents, MESSAGES)
    assert isinstance(result, ExtractedEvents) and usage.calls == 2
    first, second = (c.body for c in fault_server.completions)
    assert first["response_format"] == {"type": "json_object"}
    assert second["response_format"]["schema"] == ExtractedEvents.model_json_schema()


def test_truncated_twice_fails_with_a_clear_message(fault_server: FaultServer) -> None:
    fault_server.set_script("truncated")
    with pytest.raises(ModelCallError) as caught:
        make_client(fault_server, max_tokens=64).extract(ExtractedEvents, MESSAGES)
    assert len(fault_server.completions) == 2  # bounded: one grammar retry, no more
    message = str(caught.value)
    assert "max_tokens=64" in message and "cut off" in message and "grammar-constrained retry" in message
    assert_safe(message)


@pytest.mark.parametrize("overrides", [{"request_mode": "grammar"}, {"grammar_fallback": False}],
                         ids=["already-grammar", "fallback-off"])
def test_truncated_output_fails_at_once_without_the_fallback(
    fault_server: FaultServer, overrides: dict[str, object]
) -> None:
    fault_server.set_script("truncated", "ok")
    with pytest.raises(ModelCallError, match="cut off"):
        make_client(fault_server, max_tokens=64, **overrides).extract(ExtractedEvents, MESSAGES)
    assert len(fault_server.completions) == 1


# ---------------------------------------------------------------------------------------------
# What goes over the wire, and what never leaks
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("request_mode", ["json", "grammar"])
def test_request_shape(fault_server: FaultServer, request_mode: str) -> None:
    make_client(fault_server, request_mode=request_mode).extract(ExtractedEvents, MESSAGES)

    (sent,) = fault_server.completions
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["content-type"] == "application/json"
    body = sent.body
    assert (body["model"], body["temperature"], body["seed"], body["max_tokens"]) == ("m", 0.0, 0, 1536)
    assert body["messages"][-1] == MESSAGES[-1]
    if request_mode == "grammar":
        assert body["response_format"]["type"] == "json_object"
        assert body["response_format"]["schema"] == ExtractedEvents.model_json_schema()
    else:
        assert body["response_format"] == {"type": "json_object"}


def test_config_repr_hides_the_key(fault_server: FaultServer) -> None:
    config = make_client(fault_server).config
    assert KEY not in repr(config)
    assert KEY not in str(config)


def test_models_endpoint_lists_the_model(fault_server: FaultServer) -> None:
    client = openai.OpenAI(base_url=fault_server.url, api_key=KEY, max_retries=0, timeout=2.0)
    assert [model.id for model in client.models.list()] == ["m"]
