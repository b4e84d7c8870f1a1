"""``/readyz``: can the configured model answer?

For a remote endpoint that means an HTTP answer from its ``/models`` route (any answer below
500 except a refused key: some OpenAI-compatible servers have no such route but do serve chat
completions). The embedded model is started on the first cache miss, so for it "ready" means it
*can* start: llama-cpp-python's server is installed and the weights file is there. The check is
blocking I/O with a short timeout; callers run it in a thread. Its messages never hold the key
or the URL (which may carry credentials).
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from pathlib import Path

from summarizer.extract.local_model import MODEL_FILE, MODEL_PATH_ENV, models_dir, server_installed
from summarizer.pipeline import Summarizer
from summarizer.service.models import Readiness

TIMEOUT_SECONDS = 3.0


def check(summarizer: Summarizer) -> Readiness:
    return _embedded(summarizer) if summarizer.embedded else _remote(summarizer)


def _embedded(summarizer: Summarizer) -> Readiness:
    if not server_installed():
        return Readiness(status="unavailable", detail="the embedded model needs llama-cpp-python's server: "
                                                      "pip install 'summarizer[local]', or configure --base-url")
    explicit = summarizer.config.model_path or os.environ.get(MODEL_PATH_ENV)
    weights = Path(explicit).expanduser() if explicit else models_dir() / MODEL_FILE
    if not weights.is_file():
        return Readiness(status="unavailable", detail="the embedded model's weights are not assembled yet "
                                                      "(run any summarizer command once, or set --model-path)")
    return Readiness(status="ready", detail="embedded model available; it starts on the first cache miss")


def _remote(summarizer: Summarizer) -> Readiness:
    base_url = (summarizer.model_config.base_url or "https://api.openai.com/v1").rstrip("/")
    request = urllib.request.Request(f"{base_url}/models")
    if summarizer.model_config.api_key:
        request.add_header("Authorization", f"Bearer {summarizer.model_config.api_key}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        kind = type(reason).__name__ if isinstance(reason, BaseException) else "error"
        return Readiness(status="unavailable", detail=f"model endpoint not reachable ({kind})")
    if status in (401, 403):
        return Readiness(status="unavailable", detail=f"model endpoint refused the API key (HTTP {status})")
    if status >= 500:
        return Readiness(status="unavailable", detail=f"model endpoint answered HTTP {status}")
    return Readiness(status="ready", detail=f"model endpoint answered HTTP {status}")
