"""``--engine ray`` for the CLI: resolve settings on the driver, run the dataset, stream results back.

Settings are resolved here, once, because a remote cluster's workers see neither the driver's
flags nor its environment (``OPENAI_BASE_URL``, ``SUMMARIZER_CACHE_URL``...). They are also
checked here (endpoint given, prompt known, cache reachable), so a bad setting is one line on
the driver before any actor starts, not one error per article.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from typing import Any

from platformdirs import user_cache_dir

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


def driver_options(*, base_url: str | None, api_key: str | None, model: str | None, prompt: str | None,
                   cache_dir: str | None, cache_url: str | None, no_cache: bool, policy: str,
                   deadline: float | None = None) -> dict[str, Any]:
    """The actors' :class:`~summarizer.pipeline.Summarizer` options, resolved and checked."""
    if policy not in ("flag", "drop", "reask"):
        raise ConfigError(f"--policy must be flag, drop or reask, not {policy!r}")
    config = ModelConfig.from_env(base_url=base_url, api_key=api_key, model=model)
    if config.base_url is None:
        raise ConfigError("--engine ray calls a remote OpenAI-compatible endpoint: give --base-url "
                          "(or OPENAI_BASE_URL), e.g. a vLLM or llama.cpp server every worker can reach")
    get_prompt(prompt)
    url = cache_url or (None if cache_dir else os.environ.get(CACHE_URL_ENV))
    directory = str(cache_dir or os.environ.get(CACHE_ENV) or user_cache_dir("summarizer"))
    if not no_cache:
        open_cache(url, directory).close()  # unreachable or unsupported: fail here, once
    return {"base_url": config.base_url, "api_key": config.api_key, "model": config.model, "prompt": prompt,
            "cache_dir": directory, "cache_url": url, "use_cache": not no_cache, "policy": policy,
            "deadline": deadline}


def ray_results(inputs: list[str], options: dict[str, Any], *, concurrency: int, actors: int | None,
                address: str | None, with_articles: bool = False, stdin_text: str | None = None,
                published_at: dt.datetime | None = None) -> Iterator[tuple[ArticleResult, Article | None]]:
    """Results in input order, streamed from the cluster as they are finished."""
    try:
        connect(address)
        ds = read_inputs(inputs, stdin_text=stdin_text, published_at=published_at)
        if ds is None:
            return
        yield from iter_results(extract_dataset(ds, concurrency=concurrency, actors=actors,
                                                with_articles=with_articles, **options))
    except (SummarizerError, OSError):
        raise
    except Exception as exc:  # Ray wraps worker errors in its own types, with long tracebacks
        first = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise EngineError(f"the Ray job failed: {first}") from exc

