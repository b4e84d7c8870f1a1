"""summarizer: news articles in, structured and verified event records out.

The public API is small on purpose::

    from summarizer import Article, Summarizer, SummarizerConfig
    with Summarizer() as s:                       # the embedded local model
        records = s.extract(Article.from_file("seeds/002_ba3696da157a7910.txt"))
    with Summarizer(SummarizerConfig(base_url="http://localhost:11434/v1", model="qwen2.5:7b")) as s:
        ...
"""

from importlib import metadata as _metadata

from summarizer.ingest.articles import Article, ArticleError
from summarizer.errors import (
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
)
from summarizer.config import SummarizerConfig
from summarizer.models.schemas import SCHEMA_VERSION, ArticleResult, EventRecord, Policy
from summarizer.pipeline import Summarizer

try:
    __version__ = _metadata.version("summarizer")
except _metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0.1.0"  # keep equal to [project] version in pyproject.toml

__all__ = ["__version__", "Article", "ArticleError", "ArticleResult", "ConfigError", "DeadlineError", "EventRecord",
           "ExtractionError", "InputError", "LocalModelError", "ModelCallError", "ModelError",
           "ModelUnavailableError", "Policy", "PromptError", "SCHEMA_VERSION", "Summarizer", "SummarizerConfig",
           "SummarizerError"]
