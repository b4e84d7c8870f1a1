"""One error hierarchy, one exit-code mapping, and error messages that name the endpoint safely."""

from __future__ import annotations

import inspect
import socket

import pytest

import summarizer
from summarizer import errors, pipeline
from summarizer.ingest import articles
from summarizer.extract import client as llm
from summarizer.extract import local_model
from summarizer.extract import prompts
from summarizer.errors import (
    EXIT_FAILED,
    EXIT_USAGE,
    ConfigError,
    DeadlineError,
    ExtractionError,
    InputError,
    LocalModelError,
    ModelCallError,
    ModelError,
    ModelUnavailableError,
    PromptError,
    SummarizerError,
    exit_code_for,
)
from summarizer.extract.client import ModelClient, ModelConfig, endpoint_url
from summarizer.models.schemas import ExtractedEvents

HIERARCHY = {
    InputError: SummarizerError, articles.ArticleError: InputError, PromptError: SummarizerError,
    ConfigError: SummarizerError, ModelError: SummarizerError, ModelCallError: ModelError,
    DeadlineError: ModelCallError, ModelUnavailableError: ModelError, LocalModelError: ModelUnavailableError,
    ExtractionError: SummarizerError,
}


@pytest.mark.parametrize(("error", "parent"), HIERARCHY.items(), ids=lambda c: c.__name__)
def test_every_error_sits_in_the_hierarchy_and_says_when_it_is_raised(error: type, parent: type) -> None:
    assert issubclass(error, parent)
    assert error.__doc__ and error.__doc__ != parent.__doc__


def test_old_import_locations_still_work() -> None:
    assert llm.ModelCallError is ModelCallError
    assert local_model.LocalModelError is LocalModelError
    assert pipeline.ExtractionError is ExtractionError
    assert prompts.PromptError is PromptError
    assert issubclass(PromptError, LookupError)  # what it was before the hierarchy
    exported = {name for name, value in inspect.getmembers(errors, inspect.isclass)
                if issubclass(value, SummarizerError)}
    assert exported <= set(summarizer.__all__)


@pytest.mark.parametrize(("error", "code"), [
    (PromptError("unknown prompt 'x'"), EXIT_USAGE),
    (ConfigError("SUMMARIZER_DEADLINE must be a number"), EXIT_USAGE),
    (LocalModelError("the llama.cpp server crashed"), EXIT_FAILED),
    (ModelUnavailableError("died twice"), EXIT_FAILED),
    (articles.ArticleError("a.txt", "empty file"), EXIT_FAILED),
    (OSError("disk full"), EXIT_FAILED),
])
def test_exit_codes_are_mapped_in_one_place(error: BaseException, code: int) -> None:
    assert exit_code_for(error) == code


@pytest.mark.parametrize(("url", "shown"), [
    ("http://user:s3cret@llm.internal:8000/v1?api_key=s3cret#frag", "http://llm.internal:8000/v1"),
    ("https://api.example.com/v1", "https://api.example.com/v1"),
    ("http://[::1]:8080/v1", "http://[::1]:8080/v1"),
])
def test_endpoint_urls_are_shown_without_credentials(url: str, shown: str) -> None:
    assert endpoint_url(url) == shown


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.timeout(30)
@pytest.mark.parametrize("embedded", [False, True], ids=["configured", "embedded"])
def test_connection_errors_name_the_endpoint_and_its_kind(embedded: bool) -> None:
    port = closed_port()
    config = ModelConfig(base_url=f"http://user:s3cret@127.0.0.1:{port}/v1?key=s3cret", api_key="sk-test-KEY",
                         model="m", transport_retries=0, embedded=embedded)
    with pytest.raises(ModelCallError) as caught:
        ModelClient(config).extract(ExtractedEvents, [{"role": "user", "content": "x"}])
    message = str(caught.value)
    where = "the embedded llama.cpp server at" if embedded else "the configured endpoint"
    assert message.startswith(f"cannot reach {where} http://127.0.0.1:{port}/v1: APIConnectionError")
    assert "s3cret" not in message and "sk-test-KEY" not in message
