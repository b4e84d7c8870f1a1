"""Recorded model exchanges (vcrpy cassettes): how they are named, matched and scrubbed.

Used by the offline tests, by ``tests/record_cassettes.py`` and by ``summarizer eval``, which
replays a cassette when one exists for the prompt and article. Matching ignores host and port
(the embedded server picks a free port each run) and compares method, path and the exact
request body, so a changed prompt, schema or article never replays a stale answer: it fails
loudly until the cassettes are re-recorded. vcrpy is a development dependency, imported lazily.

Corpora whose texts may not be redistributed (gv_dev) are recorded with ``hash_bodies=True``:
the request body, which holds the article, is stored only as its sha256 digest, and requests
are matched on that digest, so replay is just as strict and the cassette holds no article text.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.extract.local_model import MODEL_NAME

if TYPE_CHECKING:
    import vcr  # type: ignore[import-untyped]

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


def body_digest(body: bytes | str | None) -> str:
    """The sha256 of a request body; a body already replaced by its digest yields that digest.

    Being idempotent lets the matcher compare a live request with a stored one either way round.
    """
    raw = body.encode("utf-8") if isinstance(body, str) else body or b""
    try:
        stored = json.loads(raw)
    except ValueError:
        stored = None
    if isinstance(stored, dict) and set(stored) == {"sha256"} and isinstance(stored["sha256"], str):
        return stored["sha256"]
    return hashlib.sha256(raw).hexdigest()


def _hash_request_body(request: Any) -> Any:
    """vcrpy ``before_record_request``: keep only the body's digest (vcrpy passes a copy)."""
    request.body = json.dumps({"sha256": body_digest(request.body)}).encode("utf-8")
    return request


def _same_body_digest(r1: Any, r2: Any) -> None:
    """vcrpy matcher: raise (no match) unless both bodies have the same sha256."""
    if body_digest(r1.body) != body_digest(r2.body):
        raise AssertionError("request bodies differ (sha256)")


def recorder(library: Path, record_mode: str = "none", *, hash_bodies: bool = False) -> vcr.VCR:
    """A vcrpy recorder; ``hash_bodies`` stores request bodies as sha256 digests only."""
    import vcr

    config = vcr.VCR(
        cassette_library_dir=str(library),
        record_mode=record_mode,
        match_on=["method", "path", "body_sha256" if hash_bodies else "body"],
        filter_headers=list(SECRET_HEADERS),
        before_record_request=_hash_request_body if hash_bodies else None,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )
    config.register_matcher("body_sha256", _same_body_digest)
    return config


def recorded_seconds(cassette: Path) -> float | None:
    """The model time a cassette's server reported, summed over its exchanges; None if absent.

    Replaying takes milliseconds, so a replayed article's cost is read from what was recorded:
    OpenAI's ``openai-processing-ms`` header, or the ``timings`` (``prompt_ms`` + ``predicted_ms``)
    that llama.cpp's server puts in the response body.
    """
    import yaml  # type: ignore[import-untyped]

    data = yaml.safe_load(Path(cassette).read_text(encoding="utf-8")) or {}
    millis = [_reported_ms(interaction["response"]) for interaction in data.get("interactions", [])]
    known = [ms for ms in millis if ms is not None]
    return sum(known) / 1000 if known else None


def _reported_ms(response: dict[str, Any]) -> float | None:
    for name, values in (response.get("headers") or {}).items():
        if name.lower() == "openai-processing-ms" and values:
            return float(values[0])
    try:
        timings = json.loads((response.get("body") or {}).get("string") or "{}").get("timings") or {}
        return float(timings["prompt_ms"]) + float(timings["predicted_ms"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def cassette_path(prompt_ref: str, article_stem: str, corpus: str = "seeds") -> str:
    """``extract_events/v1/<stem>.yaml`` for seeds, ``extract_events/v1/<corpus>/<stem>.yaml`` otherwise."""
    folder = prompt_ref.replace("@", "/") + ("" if corpus == "seeds" else f"/{corpus}")
    return f"{folder}/{article_stem}.yaml"


def replay_kwargs() -> dict[str, Any]:
    """Summarizer arguments that produce byte-identical requests when recording and replaying."""
    return {"base_url": REPLAY_BASE_URL, "model": MODEL_NAME, "use_cache": False}
