"""Request and response bodies of the HTTP service.

Records, article results and summaries are the library's own pydantic models, so the OpenAPI
schema of the service *is* the records' schema. Only what the library has no model for is here:
the article as a client sends it, the request envelopes, and the batch (shaped after the OpenAI
Batch API: a status, request counts and one timestamp per state reached).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.ingest.articles import Article
from summarizer.service.limits import MAX_BATCH_ARTICLES, MAX_SUMMARIZE_ARTICLES

BatchStatus = Literal["queued", "in_progress", "completed", "failed", "cancelled"]


class ArticleIn(BaseModel):
    """An article as a client sends it: the fields of a line of a JSONL feed."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="Plain text of the article (UTF-8, at most 5 MiB)")
    id: str | None = Field(None, max_length=1024, description="Your id for the article; default: a hash of the text")
    title: str | None = None
    published_at: dt.datetime | None = Field(
        None, description="ISO 8601 date or datetime; resolves 'on Wednesday'. Default: a leading "
                          "'Published on ...' line of the text, if any")
    url: str | None = None
    source: str | None = Field(None, description="Outlet or feed name, shown in errors and provenance")

    def to_article(self) -> Article:
        """The library's :class:`Article` (raises :class:`~summarizer.ingest.articles.ArticleError`)."""
        return Article.from_text(self.text, source=self.source or self.url, published_at=self.published_at,
                                 id=self.id, title=self.title, url=self.url)


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article: ArticleIn


class SummarizeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_SUMMARIZE_ARTICLES,
                                      description=f"At most {MAX_SUMMARIZE_ARTICLES} articles; "
                                                  "use /v1/batches for more")


class BatchRequest(BaseModel):
    """The JSON form of a batch; ``application/x-ndjson`` (one article per line) is accepted too."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_BATCH_ARTICLES)


class BatchCounts(BaseModel):
    total: int = Field(description="Articles in the batch")
    done: int = Field(description="Articles answered with records")
    failed: int = Field(description="Articles that ended in an error (see their result)")


class Batch(BaseModel):
    """A batch of articles extracted in the background (OpenAI Batch API lifecycle).

    ``queued`` → ``in_progress`` → ``completed`` (at least one article answered) or ``failed``
    (every article failed); ``cancelled`` at any point before that, keeping the results so far.
    """

    id: str
    object: Literal["batch"] = "batch"
    status: BatchStatus
    created_at: dt.datetime
    in_progress_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    failed_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    request_counts: BatchCounts


class BatchList(BaseModel):
    object: Literal["list"] = "list"
    data: list[Batch]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready", "unavailable"]
    detail: str = Field(description="What was checked, or why the model is not reachable")
