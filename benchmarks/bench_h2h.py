"""Head to head on gv_dev: summarizer (several prompt versions) against instructor alone, live, one run.

    .venv/bin/python benchmarks/bench_h2h.py                       # embedded server, 20 articles
    .venv/bin/python benchmarks/bench_h2h.py --articles 2 --systems v4,instructor
    .venv/bin/python benchmarks/bench_h2h.py --base-url http://127.0.0.1:8080/v1 --json h2h.json

All systems see the same articles (the first N article ids of the test half, sorted) on the same
server, started once. Each article is scored the same way (``summarizer.eval.incidents``):
exact match of killed, injured, date and city against the incident gold.

* **v4 / v3 / v1**: ``Summarizer(SummarizerConfig(prompt="extract_events@vN", use_cache=False))``; the answer is the main
  record's claims. Seconds are the wall time of ``extract`` (model call + rules + verification);
  tokens are the server's usage on the article's model records (0 when the model returned none).
* **instructor**: one plain ``instructor`` call (``Mode.JSON``, the schema sent as grammar through
  ``extra_body``, temperature 0) for five flat fields, with the publication date in the prompt.
  Seconds are the call's wall time; tokens are the server's reported usage.

One-off process costs (SDK imports, the gazetteer index) are paid before any timing starts.
Not a test, and it asserts nothing; it is slow on a CPU (v1 takes minutes per article).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import BaseModel, Field
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from replay import GV_DEV, GV_DEV_SPLIT  # noqa: E402

from summarizer import Article, ExtractionError, Summarizer, SummarizerConfig  # noqa: E402
from summarizer.eval.incidents import (  # noqa: E402
    FIELDS,
    Answer,
    Incident,
    accuracy,
    answer_of,
    field_hits,
    load_incidents,
    load_split,
    select,
    tokens_of,
)
from summarizer.eval.incidents_run import load_feed  # noqa: E402
from summarizer.extract.local_model import MODEL_NAME, LocalModelError  # noqa: E402
from summarizer.extract.prompts import PromptError  # noqa: E402

SYSTEMS = ("v4", "v3", "v1", "instructor")
NO_KEY = "sk-no-key-required"


class IncidentFacts(BaseModel):
    """The main shooting incident the article reports."""

    killed: int | None = Field(None, description="People killed in the incident")
    injured: int | None = Field(None, description="People injured (not killed) in the incident")
    date: str | None = Field(None, description="Date of the incident, YYYY-MM-DD")
    city: str | None = Field(None, description="City or town where it happened")
    state: str | None = Field(None, description="US state, spelled out")


INSTRUCTIONS = ("Read the news article and report the main shooting incident it describes. "
                "Give the number killed and the number injured as integers, the date of the incident "
                "as YYYY-MM-DD (work out words like 'Saturday' or 'last night' from the publication date), "
                "the city and the state. Use null when the article does not say.")


class Outcome(BaseModel):
    """One system on one article."""

    answer: Answer
    tokens: int
    seconds: float
    error: str | None = None


Runner = Callable[[Article], Outcome]


def _summarizer_runner(prompt: str, base_url: str, model: str, stack: contextlib.ExitStack) -> Runner:
    summarizer = stack.enter_context(Summarizer(SummarizerConfig(prompt=prompt, base_url=base_url, model=model, use_cache=False)))

    def run(article: Article) -> Outcome:
        started = time.perf_counter()
        try:
            records = summarizer.extract(article)
        except ExtractionError as exc:
            return Outcome(answer=Answer(), tokens=0, seconds=time.perf_counter() - started, error=str(exc))
        seconds = time.perf_counter() - started
        return Outcome(answer=answer_of(records), tokens=sum(tokens_of(records)), seconds=seconds)

    return run


def _parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _instructor_runner(base_url: str, model: str) -> Runner:
    import instructor
    from openai import OpenAI

    client = instructor.from_openai(OpenAI(base_url=base_url, api_key=NO_KEY, max_retries=0), mode=instructor.Mode.JSON)
    grammar = {"response_format": {"type": "json_object", "schema": IncidentFacts.model_json_schema()}}

    def run(article: Article) -> Outcome:
        published = article.published_at.date().isoformat() if article.published_at else "unknown"
        messages = [{"role": "system", "content": INSTRUCTIONS},
                    {"role": "user", "content": f"Published: {published}\n\n{article.text}"}]
        started = time.perf_counter()
        try:
            facts, completion = client.chat.completions.create_with_completion(
                model=model, messages=messages, response_model=IncidentFacts, max_retries=1,  # one attempt
                temperature=0, extra_body=grammar)
        except Exception as exc:  # a baseline failure costs one article, reported, not the run
            return Outcome(answer=Answer(), tokens=0, seconds=time.perf_counter() - started,
                           error=f"{type(exc).__name__}: {exc}")
        seconds = time.perf_counter() - started
        usage = completion.usage
        tokens = (usage.prompt_tokens + usage.completion_tokens) if usage else 0
        answer = Answer(killed=facts.killed, injured=facts.injured, date=_parse_date(facts.date), city=facts.city)
        return Outcome(answer=answer, tokens=tokens, seconds=seconds)

    return run


def _warm_up() -> None:
    """Pay the one-off process costs (SDK imports, gazetteer index: about 8 s) before any timing."""
    import instructor
    from openai import OpenAI

    from summarizer.rules import find_places

    instructor.from_openai(OpenAI(base_url="http://127.0.0.1:9/v1", api_key=NO_KEY), mode=instructor.Mode.JSON)
    find_places("A shooting in a city.")


@contextlib.contextmanager
def _server(base_url: str | None) -> Iterator[str]:
    """The given endpoint, or the embedded server started once for every system."""
    if base_url:
        yield base_url
        return
    from summarizer.extract.local_model import local_server

    with local_server() as server:
        yield server.base_url


class SystemResult(BaseModel):
    """One system's figures, and its outcome on each article (by article id), so two runs can be
    compared answer by answer."""

    system: str
    accuracy: dict[str, float | None]
    tokens_per_article: float
    seconds_per_article: float
    errors: int
    articles: dict[str, Outcome]


def _result(system: str, chosen: list[str], outcomes: list[Outcome], gold: list[Incident]) -> SystemResult:
    acc = accuracy(field_hits(o.answer, g) for o, g in zip(outcomes, gold, strict=True))
    n = len(outcomes)
    return SystemResult(system=system, accuracy={f: acc[f].accuracy for f in FIELDS},
                        tokens_per_article=sum(o.tokens for o in outcomes) / n,
                        seconds_per_article=sum(o.seconds for o in outcomes) / n,
                        errors=sum(o.error is not None for o in outcomes),
                        articles=dict(zip(chosen, outcomes, strict=True)))


def _ratio(a: float | None, b: float | None) -> str:
    return "–" if a is None or not b else f"{a / b:.2f}×"


def render(results: list[SystemResult], articles: int) -> Table:
    table = Table(title=f"Head to head on gv_dev, test half: {articles} articles, same server",
                  caption="accuracy per field; tokens and seconds per article; ratios against instructor")
    for column in ("system", *FIELDS, "tokens", "seconds", "errors"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for r in results:
        table.add_row(r.system, *("–" if r.accuracy[f] is None else f"{r.accuracy[f]:.2f}" for f in FIELDS),
                      f"{r.tokens_per_article:,.0f}", f"{r.seconds_per_article:.1f}", str(r.errors))
    base = next((r for r in results if r.system == "instructor"), None)
    for r in results:
        if base is None or r is base:
            continue
        table.add_row(f"{r.system}/instructor", *(_ratio(r.accuracy[f], base.accuracy[f]) for f in FIELDS),
                      _ratio(r.tokens_per_article, base.tokens_per_article),
                      _ratio(r.seconds_per_article, base.seconds_per_article), "", style="dim")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20, help="first N article ids of the test half (sorted)")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help="comma-separated: vN (summarizer with extract_events@vN) and/or instructor")
    parser.add_argument("--base-url", help="an OpenAI-compatible endpoint instead of the embedded server")
    parser.add_argument("--model", default=MODEL_NAME, help="model name sent to the endpoint")
    parser.add_argument("--gold", type=Path, default=GV_DEV, help="incident gold directory (gold.jsonl, feed.jsonl)")
    parser.add_argument("--split-file", type=Path, default=GV_DEV_SPLIT)
    parser.add_argument("--json", type=Path, help="also write the results here, with every article's answer")
    args = parser.parse_args()
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    if unknown := sorted(s for s in systems if s != "instructor" and not re.fullmatch(r"v\d+", s)):
        parser.error(f"unknown systems: {', '.join(unknown)} (use vN for extract_events@vN, or instructor)")
    incidents = select(load_incidents(args.gold), load_split(args.split_file), "test")
    incident_of = {a: i for i in incidents for a in i.articles}
    chosen = sorted(incident_of)[:args.articles]
    feed = load_feed(args.gold / "feed.jsonl", set(chosen))
    gold = [incident_of[a] for a in chosen]
    _warm_up()
    try:
        results = _run(systems, chosen, feed, gold, args.base_url, args.model)
    except (LocalModelError, PromptError) as exc:
        sys.exit(f"error: {exc}")
    Console().print(render(results, len(chosen)))
    if args.json:
        args.json.write_text(json.dumps([r.model_dump(mode="json") for r in results], indent=2) + "\n")


def _run(systems: list[str], chosen: list[str], feed: dict[str, Article], gold: list[Incident],
         base_url: str | None, model: str) -> list[SystemResult]:
    """Every system over the same articles against one server; progress goes to stdout."""
    results = []
    with _server(base_url) as url, contextlib.ExitStack() as stack:
        for system in systems:
            run = (_instructor_runner(url, model) if system == "instructor"
                   else _summarizer_runner(f"extract_events@{system}", url, model, stack))
            outcomes = []
            for article_id in chosen:
                outcomes.append(outcome := run(feed[article_id]))
                print(f"{system} {article_id}: {outcome.answer.model_dump(mode='json')} {outcome.tokens} tokens "
                      f"{outcome.seconds:.1f} s{f' ERROR {outcome.error}' if outcome.error else ''}", flush=True)
            results.append(_result(system, chosen, outcomes, gold))
    return results


if __name__ == "__main__":
    main()
