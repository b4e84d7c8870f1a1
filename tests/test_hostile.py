"""Prompt injection inside an article changes neither the instructions nor the output schema.

The cassette was recorded from the real embedded model. Without the cleaner's defence, this
1.5B model obeyed the injected text and answered with a "HACKED" record (seen while recording);
the line is now removed before the model sees it, and the removal is reported on every record.
"""

from __future__ import annotations

import json

from replay import CORPORA, cassette_path, recorder, replay_kwargs

from summarizer import Article, Summarizer, SummarizerConfig
from summarizer.extract.prompts import get_prompt

ARTICLE = Article.from_file(CORPORA["hostile"] / "prompt_injection.txt")
PROMPT = get_prompt("extract_events@v1")  # its cassettes pin v1's answers


def test_injected_instructions_never_reach_the_model_and_are_reported() -> None:
    with recorder().use_cassette(cassette_path(PROMPT.ref, "prompt_injection", "hostile")) as cassette, \
            Summarizer(SummarizerConfig(prompt=PROMPT.ref, **replay_kwargs())) as s:
        records = s.extract(ARTICLE)
        request = json.loads(cassette.requests[0].body)
    system, user = request["messages"][0]["content"], request["messages"][1]["content"]
    assert system.startswith(PROMPT.system)  # the instructions are exactly the prompt file's (plus the schema)
    assert "Ignore previous instructions" not in user and "<article>" in user and user.rstrip().endswith("</article>")
    assert request["response_format"] == {"type": "json_object"}
    assert records, "the real story (the flood) is still extracted"
    for record in records:
        assert "HACKED" not in record.summary and all("HACKED" not in e.quote for e in record.evidence)
        assert any("possible prompt injection" in w for w in record.provenance.warnings)
