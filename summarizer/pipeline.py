"""The library entry point: :class:`Summarizer` runs article → clean → extract → normalise.

It owns the two pieces of state the pure stages need: the response cache and the model client.
The embedded llama.cpp server is started lazily, on the first cache miss, so a run answered
entirely from the cache never loads the model.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

from summarizer.articles import Article, ArticleError, LoadResult
from summarizer.cache import ResponseCache, cache_key
from summarizer.clean import clean
from summarizer.llm import ModelCallError, ModelClient, ModelConfig, RequestMode
from summarizer.local_model import MODEL_NAME, local_server, weights_identity
from summarizer.normalize import to_records
from summarizer.verify import Policy, reask_feedback, verify
from summarizer.prompts import Prompt, get_prompt
from summarizer.schemas import (
    SCHEMA_VERSION,
    ArticleResult,
    EventRecord,
    ExtractedEvents,
    Provenance,
    Usage,
)


class ExtractionError(RuntimeError):
    """One article could not be extracted; the message names the article and the cause."""


class Summarizer:
    """Extract verified event records from news articles.

    ``Summarizer()`` uses the embedded local model unless ``base_url``/``api_key`` (or
    ``OPENAI_BASE_URL``/``OPENAI_API_KEY``) point at an OpenAI-compatible endpoint.
    Use it as a context manager (or call :meth:`close`) to stop the embedded server.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        model: str | None = None,
        model_path: str | None = None,
        prompt: str | None = None,
        cache_dir: str | None = None,
        use_cache: bool = True,
        request_mode: RequestMode | None = None,
        max_tokens: int | None = None,
        timeout: float | None = None,
        transport_retries: int | None = None,
        policy: Policy = "flag",
        log: Callable[[str], None] = lambda message: None,
    ) -> None:
        config = ModelConfig.from_env(base_url=base_url, api_key=api_key, model=model,
                                      request_mode=request_mode, max_tokens=max_tokens, timeout=timeout,
                                      transport_retries=transport_retries)
        self.embedded = config.base_url is None and config.api_key is None
        if self.embedded:
            fingerprint = weights_identity(model_path)
            config = ModelConfig(**{**config.__dict__, "model": MODEL_NAME, "weights_sha256": fingerprint})
        self.config = config
        self.model_path = model_path
        self.policy: Policy = policy
        self.prompt: Prompt = get_prompt(prompt)
        self.cache = ResponseCache(cache_dir) if use_cache else None
        self._log = log
        self._client: ModelClient | None = None
        self._stack = contextlib.ExitStack()

    # -- lifecycle ----------------------------------------------------------------------------
    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._stack.close()
        self._client = None
        if self.cache is not None:
            self.cache.close()

    def _model(self) -> ModelClient:
        if self._client is None:
            config = self.config
            if self.embedded:
                self._log("starting the embedded model (llama.cpp server)")
                server = self._stack.enter_context(local_server(self.model_path, log=self._log))
                config = ModelConfig(**{**config.__dict__, "base_url": server.base_url})
            self._client = ModelClient(config)
        return self._client

    # -- extraction ---------------------------------------------------------------------------
    def messages(self, article: Article) -> list[dict[str, str]]:
        """The exact request: fixed instructions first (server KV-cache reuse), article last."""
        published = article.published_at.isoformat(sep=" ", timespec="minutes") if article.published_at else "unknown"
        body = clean(article.text).text
        return [
            {"role": "system", "content": self.prompt.system},
            {"role": "user", "content": self.prompt.render_user(article=body, published=published)},
        ]

    def _key(self, messages: list[dict[str, str]]) -> str:
        conversation = json.dumps(messages[1:], ensure_ascii=False)  # messages[0] is the prompt itself
        text_sha = hashlib.sha256(conversation.encode("utf-8")).hexdigest()
        return cache_key(model=self.config.identity(), prompt=self.prompt.ref, prompt_sha256=self.prompt.sha256,
                         schema_version=SCHEMA_VERSION, input_sha256=text_sha)

    def extract_raw(self, article: Article, feedback: list[dict[str, str]] | None = None
                    ) -> tuple[ExtractedEvents, Usage]:
        """The model's validated output for one article, from the cache when possible.

        ``feedback`` (a re-ask) is appended to the conversation and is part of the cache key.
        """
        messages = self.messages(article) + (feedback or [])
        key = self._key(messages)
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            usage = Usage.model_validate(hit["usage"]).model_copy(update={"cached": True})
            return ExtractedEvents.model_validate(hit["extracted"]), usage
        try:
            result, usage = self._model().extract(ExtractedEvents, messages)
        except ModelCallError as exc:
            raise ExtractionError(f"{article.source or article.id}: model call failed: {exc}") from None
        assert isinstance(result, ExtractedEvents)
        if self.cache is not None:
            self.cache.set(key, {"extracted": result.model_dump(mode="json"), "usage": usage.model_dump()})
        return result, usage

    def _records(self, article: Article, extracted: ExtractedEvents, usage: Usage) -> list[EventRecord]:
        provenance = Provenance(
            article_id=article.id, source=article.source or article.url, published_at=article.published_at,
            model=self.config.model, prompt_name=self.prompt.name, prompt_version=self.prompt.version,
            prompt_hash=self.prompt.sha256, extracted_at=dt.datetime.now(dt.timezone.utc), usage=usage,
        )
        return to_records(extracted, article, provenance)

    def extract(self, article: Article) -> list[EventRecord]:
        """Validated, normalised and verified records for one article (raises :class:`ExtractionError`).

        With ``policy="reask"``, findings that are not ``supported`` go back to the model once; the
        second answer is verified again and its records say ``policy="reask"``.
        """
        extracted, usage = self.extract_raw(article)
        records = verify(article, self._records(article, extracted, usage),
                         "drop" if self.policy == "drop" else "flag")
        if self.policy != "reask" or not (feedback := reask_feedback(extracted, records)):
            return records
        second, second_usage = self.extract_raw(article, feedback)
        total = Usage(calls=usage.calls + second_usage.calls,
                      prompt_tokens=usage.prompt_tokens + second_usage.prompt_tokens,
                      completion_tokens=usage.completion_tokens + second_usage.completion_tokens,
                      cached=usage.cached and second_usage.cached, seconds=usage.seconds + second_usage.seconds)
        return verify(article, self._records(article, second, total), "reask")

    def extract_many(self, items: Iterable[LoadResult], *, concurrency: int = 1) -> Iterator[ArticleResult]:
        """One :class:`ArticleResult` per input, in input order; failures never stop the batch."""

        def run(item: LoadResult) -> ArticleResult:
            if isinstance(item, ArticleError):
                return ArticleResult(article_id="-", source=item.source, ok=False, error=str(item))
            try:
                return ArticleResult(article_id=item.id, source=item.source, ok=True, records=self.extract(item))
            except ExtractionError as exc:
                return ArticleResult(article_id=item.id, source=item.source, ok=False, error=str(exc))

        if concurrency <= 1:
            yield from map(run, items)
            return
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            yield from pool.map(run, items)

