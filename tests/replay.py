"""Test-side paths for the cassettes; the matching and scrubbing rules live in summarizer.cassettes."""

from __future__ import annotations

from pathlib import Path

import vcr

from summarizer import cassettes
from summarizer.cassettes import cassette_path, replay_kwargs

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
SEEDS = ROOT / "seeds"
#: Article collections with cassettes: the seeds, the ECB+ documents (CC BY 3.0), hostile inputs.
CORPORA = {"seeds": SEEDS, "ecbplus": ROOT / "tests" / "data" / "ecbplus", "hostile": ROOT / "tests" / "data" / "hostile"}

__all__ = ["CASSETTES", "CORPORA", "SEEDS", "cassette_path", "recorder", "replay_kwargs"]


def recorder(record_mode: str = "none") -> vcr.VCR:
    return cassettes.recorder(CASSETTES, record_mode)
