"""What a :class:`~summarizer.pipeline.Summarizer` is set up with, as one typed value.

The CLI builds it from flags, the HTTP service and the Ray engine from their settings, a library
user directly; all of them mean the same thing by it. ``None`` means "not set here": the
environment (``OPENAI_BASE_URL``, ``OPENAI_API_KEY``, ``SUMMARIZER_MODEL``,
``SUMMARIZER_DEADLINE``, ``SUMMARIZER_CACHE_URL``, ``SUMMARIZER_CACHE_DIR``) or the default fills
it when the Summarizer starts. The API key is left out of ``repr`` so a logged config leaks nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.errors import ConfigError
from summarizer.extract.client import RequestMode
from summarizer.models.schemas import Policy


@dataclass(frozen=True)
class SummarizerConfig:
    """Endpoint, prompt, cache and verification settings; see the README's "Library" section."""

    #: OpenAI-compatible endpoint; with neither it nor ``api_key`` set, the embedded model runs.
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model: str | None = None
    #: GGUF weights for the embedded model (default: downloaded on first use).
    model_path: str | None = None
    #: ``name@version`` of a shipped prompt (default: the current extraction prompt).
    prompt: str | None = None
    cache_dir: str | None = None
    #: ``redis://...`` for a cache shared by several machines; overrides ``cache_dir``.
    cache_url: str | None = None
    use_cache: bool = True
    request_mode: RequestMode | None = None
    max_tokens: int | None = None
    #: Seconds per HTTP request, and per article (retries and re-asks included).
    timeout: float | None = None
    deadline: float | None = None
    transport_retries: int | None = None
    policy: Policy | str = Policy.FLAG
    #: Longer articles are split into chunks of at most this many characters.
    max_input_chars: int | None = None

    def __post_init__(self) -> None:
        # "drop" and Policy.DROP are the same setting; anything else is a usage error, raised here.
        try:
            object.__setattr__(self, "policy", Policy(self.policy))
        except ValueError:
            raise ConfigError(f"policy must be one of {', '.join(Policy)}, not {self.policy!r}") from None
