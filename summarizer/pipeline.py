"""The library entry point: :class:`Summarizer` orchestrates the stages for each article.

ingest (``analyse``: the article read once into a Document) → extract (the prompt's requests,
answered from the cache or by the model session) → records (normalise, rule fallbacks,
``verify``) → the record cache; ``summarize`` adds merge. It owns the two pieces of state the
pure stages need: the response cache and the :class:`~summarizer.extract.session.ModelSession`
(which starts the embedded server only on the first cache miss).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pydantic import BaseModel

from summarizer.config import SummarizerConfig
from summarizer.errors import ExtractionError, ModelUnavailableError
from summarizer.extract import grounded, grounded_prompt
from summarizer.extract.cache import Cache, cache_key, open_cache
from summarizer.extract.chunking import budget_chars, split_text
from summarizer.extract.client import ModelConfig
from summarizer.extract.local_model import MODEL_NAME, N_CTX, weights_identity
from summarizer.extract.prompts import Prompt, get_prompt
from summarizer.extract.session import ModelSession
from summarizer.ingest.articles import Article, ArticleError, LoadResult
from summarizer.ingest.clean import INJECTION
from summarizer.ingest.document import Document, analyse
from summarizer.merge import merge
from summarizer.models.summary import Summary, annotate
from summarizer.records.normalize import add_rule_casualties, add_rule_events, to_records
from summarizer.records.verify import reask_feedback, verify
from summarizer.models.schemas import (
    SCHEMA_VERSION,
    ArticleResult,
    EventRecord,
    ExtractedEvents,
    Policy,
    Provenance,
    Usage,
)


logger = logging.getLogger(__name__)

#: Tokens kept for the instructions and the JSON schema instructor appends (about 1,600 measured).
PROMPT_RESERVE_TOKENS = 1800
#: Output cap for grounded (v3-v5) answers (ids and numbers; about 25-60 tokens per happening).
GROUNDED_MAX_TOKENS = 512


def input_warnings(document: Document) -> list[str]:
    """What the cleaner removed that a reader of the records must know about."""
    suspicious = [span for span, reason in document.cleaned.removed if reason == INJECTION]
    return [f"removed {len(suspicious)} paragraph(s) addressed to the model, not the reader "
            f"(possible prompt injection) at chars {', '.join(f'{s.start}-{s.end}' for s in suspicious)}"
            ] if suspicious else []


#: The code that shapes records (analysis, rules, record building, verification, their data).
#: The CLI, the service, reports, merge and evaluation read records but never change them, so
#: editing them keeps the cached records valid.
RECORD_CODE = ("ingest/articles.py", "ingest/clean.py", "ingest/document.py", "extract/grounded*.py",
               "extract/anchoring.py", "extract/chunking.py", "extract/prompts.py",
               "records/*.py", "models/schemas.py", "models/fieldpath.py", "pipeline.py", "rules/*.py",
               "data/*.json")


@functools.cache
def code_fingerprint() -> str:
    """Hash of the code that shapes records: finished records are reused only by the same code.

    The model's answers are cached under their request; the records built from them (rules,
    verification) are cached too, so a re-run skips that work, and a change to that code (see
    :data:`RECORD_CODE`) rebuilds them.
    """
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(p for pattern in RECORD_CODE for p in package.glob(pattern)):
        digest.update(path.relative_to(package).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def _as_cached(record: EventRecord) -> EventRecord:
    record.provenance.usage.cached = True
    return record


def usage_sum(a: Usage, b: Usage) -> Usage:
    return Usage(calls=a.calls + b.calls, prompt_tokens=a.prompt_tokens + b.prompt_tokens,
                 completion_tokens=a.completion_tokens + b.completion_tokens, cached=a.cached and b.cached,
                 seconds=round(a.seconds + b.seconds, 3))


def same_report(a: EventRecord, b: EventRecord) -> bool:
    """Two records from overlapping chunks that quote the same evidence for the same event type."""
    spans = [r.evidence[0].span if r.evidence else None for r in (a, b)]
    return a.event_type == b.event_type and spans[0] is not None and spans[0] == spans[1]


class Summarizer:
    """Extract verified event records from news articles.

    ``Summarizer()`` uses the embedded local model unless the config's ``base_url``/``api_key``
    (or ``OPENAI_BASE_URL``/``OPENAI_API_KEY``) point at an OpenAI-compatible endpoint:
    ``Summarizer(SummarizerConfig(base_url=..., model=...))``.
    Use it as a context manager (or call :meth:`close`) to stop the embedded server.
    """

    def __init__(self, config: SummarizerConfig | None = None, *,
                 log: Callable[[str], None] = lambda message: None) -> None:
        settings = config or SummarizerConfig()
        #: The settings as given; ``model_config`` is what they resolve to (environment, defaults).
        self.config = settings
        model_config = ModelConfig.from_env(base_url=settings.base_url, api_key=settings.api_key, model=settings.model,
                                            request_mode=settings.request_mode, max_tokens=settings.max_tokens,
                                            timeout=settings.timeout, transport_retries=settings.transport_retries,
                                            deadline=settings.deadline)
        self.embedded = model_config.base_url is None and model_config.api_key is None
        if self.embedded:
            fingerprint = weights_identity(settings.model_path)
            model_config = dataclasses.replace(model_config, model=MODEL_NAME, weights_sha256=fingerprint)
        self.model_config = model_config
        self.policy = Policy(settings.policy)  # already checked by SummarizerConfig
        # The embedded server's context is known; remote models get a generous default budget.
        self.max_input_chars = settings.max_input_chars or (
            budget_chars(N_CTX, PROMPT_RESERVE_TOKENS + model_config.max_tokens) if self.embedded else 60_000)
        self.prompt: Prompt = get_prompt(settings.prompt)
        if self.prompt.style == "grounded" and settings.request_mode is None:
            # A grounded answer schema is sent as a grammar only, never pasted into the prompt; its answers
            # are ids and numbers, so a few hundred tokens are plenty.
            self.model_config = dataclasses.replace(model_config, request_mode="schema",
                                                    max_tokens=settings.max_tokens or GROUNDED_MAX_TOKENS)
        # cache_url (redis://...) or SUMMARIZER_CACHE_URL selects a shared cache; else the directory.
        self.cache: Cache | None = open_cache(settings.cache_url, settings.cache_dir) if settings.use_cache else None
        self.session = ModelSession(self.model_config, embedded=self.embedded, model_path=settings.model_path, log=log)

    # -- lifecycle ----------------------------------------------------------------------------
    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()
        if self.cache is not None:
            self.cache.close()

    # -- extraction ---------------------------------------------------------------------------
    def requests(self, article: Article) -> list[list[dict[str, str]]]:
        """The exact requests for an article: one, or one per chunk when it is too long.

        Fixed instructions come first and byte-stable (the server reuses their KV cache), the
        article last, between delimiters that the instructions tell the model to treat as data.
        """
        return self._requests(analyse(article))

    def _requests(self, document: Document) -> list[list[dict[str, str]]]:
        article = document.article
        published = article.published_at.isoformat(sep=" ", timespec="minutes") if article.published_at else "unknown"
        if self.prompt.style == "grounded":
            sentences, candidates = grounded_prompt.render(document, self.prompt.answer)
            return [[{"role": "system", "content": self.prompt.system},
                     {"role": "user", "content": self.prompt.render_user(article=sentences, published=published,
                                                                         candidates=candidates)}]]
        return [
            [{"role": "system", "content": self.prompt.system},
             {"role": "user", "content": self.prompt.render_user(article=chunk, published=published)}]
            for chunk in split_text(document.cleaned.text, self.max_input_chars)
        ]

    def _answerer(self) -> dict[str, object]:
        """What decides an answer besides the request's text: the model, the prompt, the schema."""
        return {"model": self.model_config.identity(), "prompt": self.prompt.ref,
                "prompt_sha256": self.prompt.sha256, "schema_version": SCHEMA_VERSION}

    def _key(self, messages: list[dict[str, str]]) -> str:
        conversation = json.dumps(messages[1:], ensure_ascii=False)  # messages[0] is the prompt itself
        text_sha = hashlib.sha256(conversation.encode("utf-8")).hexdigest()
        return cache_key(**self._answerer(), input_sha256=text_sha)

    def _records_key(self, article: Article) -> str:
        """The key of an article's finished records: everything its requests are made from (text,
        publication time, prompt, model, chunk size) and everything that shapes the records (the
        article's identity, the policy, the code), so a re-run is a lookup without any analysis."""
        return cache_key(**self._answerer(), max_input_chars=self.max_input_chars,
                         text_sha256=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
                         article_id=article.id, source=article.source, url=article.url,
                         published=article.published_at, policy=self.policy, code=code_fingerprint())

    def _call(self, article: Article, messages: list[dict[str, str]],
              answer: type[BaseModel] = ExtractedEvents) -> tuple[BaseModel, Usage]:
        """The model's validated ``answer`` to one request, from the cache when possible."""
        key = self._key(messages)
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            usage = Usage.model_validate(hit["usage"]).model_copy(update={"cached": True})
            return answer.model_validate(hit["extracted"]), usage
        result, usage = self.session.call(answer, messages, article.source or article.id)
        if self.cache is not None:
            self.cache.set(key, {"extracted": result.model_dump(mode="json"), "usage": usage.model_dump()})
        return result, usage

    def _provenance(self, document: Document, usage: Usage) -> Provenance:
        article = document.article
        return Provenance(
            article_id=article.id, source=article.source or article.url, published_at=article.published_at,
            model=self.model_config.model, prompt_name=self.prompt.name, prompt_version=self.prompt.version,
            prompt_hash=self.prompt.sha256, extracted_at=dt.datetime.now(dt.timezone.utc), usage=usage,
            warnings=input_warnings(document),
        )

    def _records(self, document: Document, extracted: ExtractedEvents, usage: Usage,
                 first_index: int) -> list[EventRecord]:
        return to_records(extracted, document, self._provenance(document, usage), first_index)

    def extract(self, article: Article, documents: dict[str, Document] | None = None) -> list[EventRecord]:
        """Validated, normalised and verified records for one article (raises :class:`ExtractionError`).

        With ``policy="reask"``, findings that are not ``supported`` go back to the model once per
        request; the second answer replaces the first and its records say ``policy="reask"``.
        The article's :class:`Document`, when one is built (not for cached records), is put in
        ``documents`` so the merge reads it instead of analysing the article again.
        """
        done_key = self._records_key(article)
        if self.cache is not None and (hit := self.cache.get(done_key)) is not None:
            return [_as_cached(EventRecord.model_validate(r)) for r in hit["records"]]
        document = analyse(article)  # the one place the rules read this article
        if documents is not None:
            documents[article.id] = document
        requests = self._requests(document)
        if self.prompt.style == "grounded":
            records = self._extract_grounded(document, requests[0])
        else:
            records = self._extract_verbatim(document, requests)
        records = verify(document, records, self.policy)
        if self.cache is not None:
            self.cache.set(done_key, {"records": [r.model_dump(mode="json") for r in records]})
        return records

    def _extract_grounded(self, document: Document, messages: list[dict[str, str]]) -> list[EventRecord]:
        """Grounded (v3-v5): one request; the model picks sentences and candidates, the records are built from them.

        Every value already comes from the article, so ``reask`` has nothing to send back; no rule
        adds counts the model left out (they belong to other incidents), only timed happenings.
        """
        answer, usage = self._call(document.article, messages, grounded_prompt.answer_model(document, self.prompt.answer))
        records = grounded.to_records(answer, document, self._provenance(document, usage))
        return add_rule_events(document, records, self._provenance(document, Usage()))

    def _extract_verbatim(self, document: Document, requests: list[list[dict[str, str]]]) -> list[EventRecord]:
        """v1/v2: the model copies phrases, per chunk; the rules normalise them and add what it skipped."""
        article = document.article
        records: list[EventRecord] = []
        for messages in requests:
            extracted, usage = self._call(article, messages)
            assert isinstance(extracted, ExtractedEvents)
            found = self._records(document, extracted, usage, len(records))
            if self.policy == "reask" and (feedback := reask_feedback(extracted, verify(document, found))):
                second, more = self._call(article, messages + feedback)
                assert isinstance(second, ExtractedEvents)
                found = self._records(document, second, usage_sum(usage, more), len(records))
            records.extend(r for r in found if not any(same_report(r, seen) for seen in records))
        return add_rule_events(document, add_rule_casualties(document, records), self._provenance(document, Usage()))

    def extract_many(self, items: Iterable[LoadResult], *, concurrency: int = 1,
                     documents: dict[str, Document] | None = None) -> Iterator[ArticleResult]:
        """One :class:`ArticleResult` per input, in input order; failures never stop the batch.

        ``documents`` collects the analysed articles for the merge (see :meth:`extract`).
        """

        def run(item: LoadResult) -> ArticleResult:
            if isinstance(item, ArticleError):
                return ArticleResult(article_id="-", source=item.source, ok=False, error=str(item))
            try:
                return ArticleResult(article_id=item.id, source=item.source, ok=True, records=self.extract(item, documents))
            except ExtractionError as exc:
                return ArticleResult(article_id=item.id, source=item.source, ok=False, error=str(exc))
            except ModelUnavailableError:
                raise  # no article can be extracted: stop the batch with this one error
            except Exception as exc:  # a bug in one stage must cost one article, not the batch
                logger.debug("internal error on %s", item.source or item.id, exc_info=True)
                return ArticleResult(article_id=item.id, source=item.source, ok=False,
                                     error=f"{item.source or item.id}: internal error: {type(exc).__name__}: {exc}")

        if concurrency <= 1:
            yield from map(run, items)
            return
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            yield from pool.map(run, items)

    def summarize(self, items: Iterable[LoadResult], *, concurrency: int = 1) -> Summary:
        """clean → extract → verify → merge over a batch: one :class:`Summary` of merged events.

        Articles that fail are listed in ``Summary.failures``; the others are still merged.
        """
        loaded = list(items)
        articles = {a.id: a for a in loaded if isinstance(a, Article)}
        documents: dict[str, Document] = {}
        return merge_results(list(self.extract_many(loaded, concurrency=concurrency, documents=documents)),
                             articles, documents)


def merge_results(results: list[ArticleResult], articles: Mapping[str, Article],
                  documents: Mapping[str, Document] | None = None) -> Summary:
    """Merge the records of extracted articles; failed articles are carried as ``failures``.

    ``documents`` are the articles analysed during extraction: the merge reuses them.
    """
    inputs = {aid: (documents or {}).get(aid, article) for aid, article in articles.items()}
    summary = merge([r for result in results for r in result.records], inputs)
    return annotate(summary.model_copy(update={"failures": [r for r in results if not r.ok]}), results, articles)
