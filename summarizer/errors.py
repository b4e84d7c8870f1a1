"""One error hierarchy for summarizer, and the one place that maps an error to an exit code.

Library users catch :class:`SummarizerError` (or one branch of it); the CLI turns any of them
into one line on stderr and :func:`exit_code_for`'s exit code. Every message is safe to show:
it names the input, endpoint or file involved and never holds an API key.

::

    SummarizerError
    ├── InputError            an input cannot become an article (articles.ArticleError)
    ├── PromptError           an unknown prompt, or a released prompt that changed
    ├── ConfigError           a setting that cannot be used (e.g. a deadline that is not a number)
    ├── ModelError            the model cannot be used
    │   ├── ModelCallError        one model call failed for good (transport, output, deadline)
    │   │   └── DeadlineError         ... because the article's deadline passed
    │   └── ModelUnavailableError the embedded server cannot start, or died twice: stops the batch
    │       └── LocalModelError       ... because of weights, install or start-up (local_model)
    └── ExtractionError       one article could not be extracted (the batch goes on)

This module imports nothing from summarizer, so every other module can import it.
"""

from __future__ import annotations

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


class SummarizerError(Exception):
    """Base of every error summarizer raises on purpose; anything else is a bug."""


class InputError(SummarizerError):
    """An input cannot become an article: empty, binary, too large, unreadable, bad JSONL.

    Raised by ``Article.from_*`` and yielded (not raised) per input by ``articles.load`` so a
    bad file costs that file only.
    """


class PromptError(SummarizerError, LookupError):
    """An unknown prompt name or version, or a released prompt edited without a new version.

    A usage error: nothing was run. Still a ``LookupError``, as it was before this hierarchy.
    """


class ConfigError(SummarizerError, ValueError):
    """A setting from a flag or the environment that cannot be used; a usage error like a bad flag."""


class ModelError(SummarizerError, RuntimeError):
    """The model could not be used. Raised only through the two subclasses below."""


class ModelCallError(ModelError):
    """One model call failed for good, after the bounded transport retries and re-asks.

    The pipeline turns it into an :class:`ExtractionError` for that article.
    """


class DeadlineError(ModelCallError):
    """The article's deadline passed before the model answered (a hung or very slow endpoint)."""


class ModelUnavailableError(ModelError):
    """The embedded model cannot serve at all: it would not start, or it died twice.

    Every later article would fail the same way, so this stops the batch (exit 3) instead of
    repeating one error per article.
    """


class LocalModelError(ModelUnavailableError):
    """The embedded model cannot be provided (weights, server install, start-up crash); the
    message says what to do instead."""


class ExtractionError(SummarizerError, RuntimeError):
    """One article could not be extracted; the message names the article and the cause.

    Caught per article by ``Summarizer.extract_many``: the batch goes on.
    """


def exit_code_for(error: BaseException) -> int:
    """The CLI's exit code for an error that ended a command (see the README, "Exit codes").

    A bad prompt or setting is a usage error (2); anything else that stops a command means nothing more
    could be processed (3). Per-article failures never get here: they set 1 or 3 from the
    results (``cli._exit_code``).
    """
    return EXIT_USAGE if isinstance(error, (PromptError, ConfigError)) else EXIT_FAILED
