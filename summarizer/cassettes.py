"""Recorded model exchanges (vcrpy cassettes): how they are named, matched and scrubbed.

Used by the offline tests, by ``tests/record_cassettes.py`` and by ``summarizer eval``, which
replays a cassette when one exists for the prompt and article. Matching ignores host and port
(the embedded server picks a free port each run) and compares method, path and the exact
request body, so a changed prompt, schema or article never replays a stale answer: it fails
loudly until the cassettes are re-recorded. vcrpy is a development dependency, imported lazily.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.local_model import MODEL_NAME

if TYPE_CHECKING:
    import vcr

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


def recorder(library: Path, record_mode: str = "none") -> vcr.VCR:
    import vcr

    return vcr.VCR(
        cassette_library_dir=str(library),
        record_mode=record_mode,
        match_on=["method", "path", "body"],
        filter_headers=list(SECRET_HEADERS),
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


def cassette_path(prompt_ref: str, article_stem: str, corpus: str = "seeds") -> str:
    """``extract_events/v1/<stem>.yaml`` for seeds, ``extract_events/v1/<corpus>/<stem>.yaml`` otherwise."""
    folder = prompt_ref.replace("@", "/") + ("" if corpus == "seeds" else f"/{corpus}")
    return f"{folder}/{article_stem}.yaml"


def replay_kwargs() -> dict[str, Any]:
    """Summarizer arguments that produce byte-identical requests when recording and replaying."""
    return {"base_url": REPLAY_BASE_URL, "model": MODEL_NAME, "use_cache": False}
