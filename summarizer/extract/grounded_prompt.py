"""What a grounded (v3-v5) request shows the model, and the answer it may give.

The article goes out as numbered sentences (the lede, then the sentences that hold candidates,
within a character budget) and the rule-found values in them as numbered candidates. The answer's
schema is built per article and per prompt: candidate ids are enums of the candidates shown,
sentence numbers are bounded, and only the fields the prompt's
:class:`~summarizer.extract.prompts.AnswerShape` asks for exist. It is sent as a grammar, so the
model cannot name a candidate or a sentence that is not there. :mod:`summarizer.extract.grounded`
turns the answer into records.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from summarizer.extract.prompts import AnswerShape
from summarizer.ingest.document import Candidate, Document
from summarizer.models.schemas import ActorRole, EventType

#: Share of the budget filled with the opening sentences before candidate sentences are added.
LEDE_SHARE = 0.6
MAX_ACTORS = 6
#: Quote sentences per happening, whether the model picks them or the code does.
MAX_QUOTES = 3


def shown_sentences(document: Document, shape: AnswerShape = AnswerShape()) -> list[int]:
    """Sentence numbers the model sees: the opening ones, then those holding candidates, in order,
    within the prompt's ``sentence_chars``."""
    budget = shape.sentence_chars
    chosen: list[int] = []
    used = 0
    for sentence in document.sentences:
        if used + len(sentence.span.text) > budget * LEDE_SHARE and chosen:
            break
        chosen.append(sentence.number)
        used += len(sentence.span.text)
    holding = sorted({n for c in document.candidates if c.kind in ("count", "date", "time", "place")
                      for n in c.sentences[:1]} - set(chosen))
    for number in holding:
        held = document.sentence(number)
        if held is not None and used + len(held.span.text) <= budget:
            chosen.append(number)
            used += len(held.span.text)
    return sorted(chosen)


def visible_candidates(document: Document, shown: list[int]) -> list[Candidate]:
    """Candidates stated in a shown sentence; actors only the most frequent few."""
    visible = [c for c in document.candidates if set(c.sentences) & set(shown)]
    actors = sorted((c for c in visible if c.kind == "actor"), key=lambda c: -len(c.sentences))[:MAX_ACTORS]
    return [c for c in visible if c.kind != "actor" or c in actors]


def render(document: Document, shape: AnswerShape = AnswerShape()) -> tuple[str, str]:
    """(sentences block, candidates block) for the user message; compact and byte-stable. Times
    are listed only when the model is asked for them."""
    shown = shown_sentences(document, shape)
    lines = [f"[{n}] {' '.join(document.sentence(n).span.text.split())}" for n in shown]  # type: ignore[union-attr]
    titles = {"date": "Dates", "time": "Times", "place": "Places", "count": "Counts", "actor": "Actors"}
    if not shape.time:
        del titles["time"]
    blocks = []
    candidates = visible_candidates(document, shown)
    for kind, title in titles.items():
        items = [f"{c.id} {c.label} [{','.join(str(n) for n in c.sentences if n in shown)}]"
                 for c in candidates if c.kind == kind]
        blocks.append(f"{title}: " + ("; ".join(items) if items else "none"))
    return "\n".join(lines), "\n".join(blocks)


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _ids(candidates: list[Candidate], kind: str) -> Any:
    ids = tuple(c.id for c in candidates if c.kind == kind)
    return Literal[ids] if ids else None  # type: ignore[valid-type]


def answer_model(document: Document, shape: AnswerShape = AnswerShape()) -> type[BaseModel]:
    """The answer's schema for this article and prompt: candidate ids as enums, sentence numbers
    bounded, only the fields the prompt asks for."""
    shown = shown_sentences(document, shape)
    candidates = visible_candidates(document, shown)
    date_t, time_t, place_t, count_t, actor_t = (_ids(candidates, k) for k in ("date", "time", "place", "count", "actor"))
    low, high = (shown[0], shown[-1]) if shown else (1, 1)
    fields: dict[str, Any] = {
        "s": (int, Field(ge=low, le=high)),
        "type": (EventType, ...),
        "date": (date_t | None if date_t else None, None),
        "time": (time_t | None if time_t else None, None),
        "place": (place_t | None if place_t else None, None),
        "counts": (list[count_t] if count_t else list[None],  # type: ignore[valid-type]
                   Field(default_factory=list, max_length=6)),
    }
    if not shape.time:
        del fields["time"]
    if actor_t:
        role_model = create_model("ActorChoice", __base__=_Answer, id=(actor_t, ...), role=(ActorRole, ...))
        fields["actors"] = (list[role_model], Field(default_factory=list, max_length=2))  # type: ignore[valid-type]
    if shape.quotes:
        fields["quotes"] = (list[int], Field(default_factory=list, max_length=MAX_QUOTES))
    happening = create_model("Happening", __base__=_Answer, **fields)
    return create_model("Happenings", __base__=_Answer,  # type: ignore[valid-type]
                        events=(list[happening], Field(default_factory=list, max_length=shape.max_happenings)))
