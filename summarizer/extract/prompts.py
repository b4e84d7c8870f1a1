"""Versioned prompts: package data under ``summarizer/data/prompts/<name>/v<N>.toml``, listed and
selected by a registry (shipped in the wheel, so a non-editable install finds them).

A prompt is identified by ``name@version`` plus the sha256 of its file. That hash travels into
every record's provenance and into the cache key, so a changed prompt can never be answered from
a stale cache. ``prompts.lock`` beside them pins the hash of every released version; the test suite
fails when a released file changes without a new version (edit → copy to ``v<N+1>``, then run
``summarizer prompts lock``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.errors import PromptError  # defined with the hierarchy; imported from here too

#: The prompt used when none is named. v3 (grounded: numbered sentences and rule candidates, answered
#: with ids under a grammar) is the default. v4 is v3 with a shorter answer: faster, but one seed
#: check fails under it (README, Quality); v5 is v4 shown half the article text, faster again, and
#: two seed checks fail under it. v1 and v2 stay selectable and recorded.
DEFAULT_PROMPT = "extract_events@v3"
PROMPTS_ENV = "SUMMARIZER_PROMPTS_DIR"


class AnswerShape(BaseModel):
    """What a grounded prompt asks the model for: its file's ``[answer]`` table (v3 has none and
    gets these defaults). Generated tokens dominate the time per article, so a later version can
    ask for fewer happenings and leave out what the code derives: a happening's clock time (from
    its sentence and the next ones) and its quotes (the quoted sentences that follow it). Reading
    the prompt comes next: ``sentence_chars`` bounds the article text shown (the lede, then the
    sentences that hold candidates), and with it the candidates listed."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    max_happenings: int = Field(3, ge=1)
    time: bool = True
    quotes: bool = True
    #: About 500 tokens at the default; the instructions and candidates take about 400 more.
    sentence_chars: int = Field(2000, ge=200)


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    sha256: str
    description: str
    system: str
    user: str
    path: Path
    #: ``verbatim`` (v1, v2): the model copies phrases from the article text. ``grounded`` (v3-v5): the
    #: model picks numbered sentences and rule candidates (see :mod:`summarizer.extract.grounded`).
    style: str = "verbatim"
    answer: AnswerShape = AnswerShape()

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"

    def render_user(self, *, article: str, published: str, candidates: str = "") -> str:
        """Fill the user template. Only the template's own placeholders are replaced: braces in the
        article text stay as they are, and the article can never spell a fake candidate list."""
        head, _, tail = self.user.partition("{article}")

        def fill(part: str) -> str:
            return part.replace("{published}", published).replace("{candidates}", candidates)

        return fill(head) + article + fill(tail)


def prompts_dir() -> Path:
    """The packaged prompts (``summarizer/data/prompts``), or ``$SUMMARIZER_PROMPTS_DIR``."""
    configured = os.environ.get(PROMPTS_ENV)
    return Path(configured) if configured else Path(__file__).resolve().parent.parent / "data" / "prompts"


def _version_key(version: str) -> tuple[int, str]:
    digits = version.lstrip("v")
    return (int(digits), version) if digits.isdigit() else (-1, version)


def _load(path: Path) -> Prompt:
    raw = path.read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    try:
        answer = AnswerShape.model_validate(data.get("answer", {}))
    except ValidationError as exc:
        raise PromptError(f"{path}: [answer] {exc}") from exc
    return Prompt(
        name=path.parent.name,
        version=path.stem,
        sha256=hashlib.sha256(raw).hexdigest(),
        description=data.get("description", ""),
        system=data["system"],
        user=data["user"],
        path=path,
        style=data.get("style", "verbatim"),
        answer=answer,
    )


def list_prompts(root: Path | None = None) -> list[Prompt]:
    base = root or prompts_dir()
    files = sorted(base.glob("*/v*.toml"), key=lambda p: (p.parent.name, _version_key(p.stem)))
    return [_load(path) for path in files]


def get_prompt(ref: str | None = None, root: Path | None = None) -> Prompt:
    """``name`` (its latest version), ``name@v2``, or None (:data:`DEFAULT_PROMPT`)."""
    name, _, version = (ref or DEFAULT_PROMPT).partition("@")
    candidates = [p for p in list_prompts(root) if p.name == name]
    if version:
        candidates = [p for p in candidates if p.version == version]
    if not candidates:
        known = ", ".join(p.ref for p in list_prompts(root)) or "none"
        raise PromptError(f"unknown prompt {ref!r}; known: {known}")
    return candidates[-1]


def lock_path(root: Path | None = None) -> Path:
    return (root or prompts_dir()) / "prompts.lock"


def read_lock(root: Path | None = None) -> dict[str, str]:
    path = lock_path(root)
    return json.loads(path.read_text()) if path.is_file() else {}


def write_lock(root: Path | None = None) -> dict[str, str]:
    """Pin new versions. A released version whose hash changed is refused, not re-pinned."""
    locked = read_lock(root)
    changed = [p.ref for p in list_prompts(root) if p.ref in locked and locked[p.ref] != p.sha256]
    if changed:
        raise PromptError(f"released prompts changed without a new version: {', '.join(changed)}")
    locked.update({p.ref: p.sha256 for p in list_prompts(root)})
    lock_path(root).write_text(json.dumps(dict(sorted(locked.items())), indent=2) + "\n")
    return locked
