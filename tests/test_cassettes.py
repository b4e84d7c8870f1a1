"""No cassette may hold a credential: recorded headers are scrubbed, and this test proves it."""

import re
from pathlib import Path

import pytest
import yaml

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
FILES = sorted(CASSETTES.rglob("*.yaml"))
SECRET_HEADER = re.compile(r"^(authorization|api-key|x-api-key|openai-api-key|cookie|set-cookie)$", re.I)
SECRET_VALUE = re.compile(r"(Bearer\s+\S+|sk-[A-Za-z0-9_-]{8,})")


def test_there_are_cassettes() -> None:
    assert FILES, "no cassettes found"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CASSETTES)))
def test_cassette_holds_no_secret(path: Path) -> None:
    data = yaml.safe_load(path.read_text())
    for interaction in data["interactions"]:
        for part in (interaction["request"], interaction["response"]):
            for name, values in (part.get("headers") or {}).items():
                assert not SECRET_HEADER.match(name), f"{path.name}: header {name} recorded"
                assert not any(SECRET_VALUE.search(str(v)) for v in values), f"{path.name}: secret in {name}"
    assert not SECRET_VALUE.search(path.read_text()), f"{path.name}: a key-shaped string is recorded"
