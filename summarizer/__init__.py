"""summarizer: news articles in, structured and verified event records out.

The public API is small on purpose::

    from summarizer import Summarizer, Article
    with Summarizer() as s:                       # embedded local model, or Summarizer(base_url=..., model=...)
        records = s.extract(Article.from_file("seeds/002_ba3696da157a7910.txt"))
"""

from summarizer.articles import Article, ArticleError
from summarizer.pipeline import ExtractionError, Summarizer
from summarizer.schemas import SCHEMA_VERSION, ArticleResult, EventRecord

__all__ = ["Article", "ArticleError", "ArticleResult", "EventRecord", "ExtractionError", "SCHEMA_VERSION", "Summarizer"]
