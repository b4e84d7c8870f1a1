"""``--engine ray`` for the CLI: resolve settings on the driver, run the dataset, stream results back.

Settings are resolved here, once, because a remote cluster's workers see neither the driver's
flags nor its environment (``OPENAI_BASE_URL``, ``SUMMARIZER_CACHE_URL``...). They are also
checked here (endpoint given, prompt known, cache reachable), so a bad setting is one line on
the driver before any actor starts, not one error per article.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterator

from platformdirs import user_cache_dir

from summarizer.config import SummarizerConfig
from summarizer.ingest.articles import Article
from summarizer.extract.cache import CACHE_ENV, CACHE_URL_ENV, open_cache
from summarizer.distributed.engine import connect, extract_dataset, iter_results
from summarizer.distributed.inputs import read_inputs
from summarizer.errors import ConfigError, SummarizerError
from summarizer.extract.client import ModelConfig
from summarizer.extract.prompts import get_prompt
from summarizer.models.schemas import ArticleResult


class EngineError(SummarizerError, RuntimeError):
    """The Ray job itself failed (cluster lost, a feed pyarrow cannot parse); one line, exit 3."""


def driver_options(config: SummarizerConfig) -> SummarizerConfig:
    """The actors' config, resolved on the driver and checked once: workers on other machines do
    not see the driver's environment, so the endpoint, key and cache are filled in here."""
    model = ModelConfig.from_env(base_url=config.base_url, api_key=config.api_key, model=config.model)
    if model.base_url is None:
        raise ConfigError("--engine ray calls a remote OpenAI-compatible endpoint: give --base-url "
                          "(or OPENAI_BASE_URL), e.g. a vLLM or llama.cpp server every worker can reach")
    get_prompt(config.prompt)
    url = config.cache_url or (None if config.cache_dir else os.environ.get(CACHE_URL_ENV))
    directory = str(config.cache_dir or os.environ.get(CACHE_ENV) or user_cache_dir("summarizer"))
    if config.use_cache:
        open_cache(url, directory).close()  # unreachable or unsupported: fail here, once
    return dataclasses.replace(config, base_url=model.base_url, api_key=model.api_key, model=model.model,
                               cache_dir=directory, cache_url=url)


def ray_results(inputs: list[str], config: SummarizerConfig, *, concurrency: int, actors: int | None,
                address: str | None, with_articles: bool = False, stdin_text: str | None = None,
                published_at: dt.datetime | None = None) -> Iterator[tuple[ArticleResult, Article | None]]:
    """Results in input order, streamed from the cluster as they are finished."""
    try:
        connect(address)
        ds = read_inputs(inputs, stdin_text=stdin_text, published_at=published_at)
        if ds is None:
            return
        yield from iter_results(extract_dataset(ds, config, concurrency=concurrency, actors=actors,
                                                with_articles=with_articles))
    except (SummarizerError, OSError):
        raise
    except Exception as exc:  # Ray wraps worker errors in its own types, with long tracebacks
        first = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise EngineError(f"the Ray job failed: {first}") from exc

