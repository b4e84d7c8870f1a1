"""Shared by the replay tests and the recorder: how cassettes are named, matched and scrubbed.

Matching ignores host and port (the embedded server picks a free port each run) and compares
method, path and the exact request body, so a changed prompt, schema or article never replays
a stale answer: it fails loudly until the cassettes are re-recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import vcr

from summarizer.local_model import MODEL_NAME

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
SEEDS = ROOT / "seeds"
#: Article collections with cassettes: the seeds, and the ECB+ documents (CC BY 3.0).
CORPORA = {"seeds": SEEDS, "ecbplus": ROOT / "tests" / "data" / "ecbplus", "hostile": ROOT / "tests" / "data" / "hostile"}
#: Requests in replay go nowhere: vcrpy answers them. The host only has to be well-formed.
REPLAY_BASE_URL = "http://127.0.0.1:9/v1"
SECRET_HEADERS = ("authorization", "api-key", "x-api-key", "openai-api-key", "cookie", "set-cookie",
                  "openai-organization", "openai-project")


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            del headers[name]
    return response


def recorder(record_mode: str = "none") -> vcr.VCR:
    return vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode=record_mode,
        match_on=["method", "path", "body"],
        filter_headers=list(SECRET_HEADERS),
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


def cassette_path(prompt_ref: str, article_stem: str, corpus: str = "seeds") -> str:
    folder = prompt_ref.replace("@", "/") + ("" if corpus == "seeds" else f"/{corpus}")
    return f"{folder}/{article_stem}.yaml"


def replay_kwargs() -> dict[str, Any]:
    """Summarizer arguments that produce byte-identical requests when recording and replaying."""
    return {"base_url": REPLAY_BASE_URL, "model": MODEL_NAME, "use_cache": False}
