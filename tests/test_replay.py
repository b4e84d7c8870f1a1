"""Offline replay: the seed articles go through the real pipeline against recorded model answers.

The cassettes were recorded from the embedded local model (``tests/record_cassettes.py``); here
no model, no network and no key are needed.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from replay import CASSETTES, SEEDS, cassette_path, recorder, replay_kwargs

from summarizer import Article, EventRecord, Summarizer, SummarizerConfig
from summarizer.extract.prompts import get_prompt
from summarizer.models.schemas import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
PROMPT = get_prompt("extract_events@v1")  # v3 and v4 replays: test_seeds_grounded.py, test_eval_incidents.py
RECORD_SCHEMA = json.loads((ROOT / "schemas" / f"event_record.v{SCHEMA_VERSION}.schema.json").read_text())
SEED_STEMS = sorted(p.stem for p in SEEDS.glob("*.txt"))


def replay(stem: str, **kwargs: object) -> list[EventRecord]:
    with recorder().use_cassette(cassette_path(PROMPT.ref, stem)), \
            Summarizer(SummarizerConfig(prompt=PROMPT.ref, **{**replay_kwargs(), **kwargs})) as summarizer:
        return summarizer.extract(Article.from_file(SEEDS / f"{stem}.txt"))


def test_every_seed_has_a_cassette_for_the_default_prompt() -> None:
    missing = [s for s in SEED_STEMS if not (CASSETTES / cassette_path(PROMPT.ref, s)).is_file()]
    assert not missing, f"record them: .venv/bin/python tests/record_cassettes.py ({missing})"


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_seed_replays_into_records_valid_against_committed_schema(stem: str) -> None:
    records = replay(stem)
    assert records, f"{stem}: the recorded answer held no events"
    for record in records:
        jsonschema.validate(record.model_dump(mode="json"), RECORD_SCHEMA)
        prov = record.provenance
        assert (prov.prompt_name, prov.prompt_version, prov.prompt_hash) == (PROMPT.name, PROMPT.version, PROMPT.sha256)
        assert prov.source.endswith(f"{stem}.txt")
        if record.origin == "model":
            assert prov.usage.calls >= 1 and prov.usage.completion_tokens > 0
        else:  # found by the rule extractors: no model call behind it
            assert prov.usage.calls == 0 and record.evidence[0].match == "exact"


def test_second_run_is_answered_from_cache_without_a_model_call(tmp_path: Path) -> None:
    stem = SEED_STEMS[2]
    with recorder().use_cassette(cassette_path(PROMPT.ref, stem)) as cassette, \
            Summarizer(SummarizerConfig(prompt=PROMPT.ref, **{**replay_kwargs(), "use_cache": True, "cache_dir": str(tmp_path)})) as s:
        article = Article.from_file(SEEDS / f"{stem}.txt")
        first = s.extract(article)
        second = s.extract(article)
        assert cassette.play_count == 1
    assert not first[0].provenance.usage.cached and second[0].provenance.usage.cached
    assert [r.summary for r in first] == [r.summary for r in second]


def test_published_date_travels_into_prompt_and_record() -> None:
    records = replay("000_d2d2eb034c79192f")
    assert all(r.provenance.published_at and r.provenance.published_at.isoformat() == "2023-09-20T11:35:00"
               for r in records)
