"""The cache key covers everything that can change an answer; the directory is private."""

import ast
import stat
from pathlib import Path

import summarizer
from summarizer.extract.cache import ResponseCache, cache_key
from summarizer.pipeline import RECORD_CODE

BASE = {"model": {"model": "m", "weights_sha256": "w", "temperature": 0.0}, "prompt": "p@v1",
        "prompt_sha256": "h", "schema_version": "1", "input_sha256": "a"}


def test_every_part_changes_the_key() -> None:
    keys = {cache_key(**BASE)}
    for part, value in [("prompt", "p@v2"), ("prompt_sha256", "h2"), ("schema_version", "2"), ("input_sha256", "b"),
                        ("model", {**BASE["model"], "weights_sha256": "w2"}),
                        ("model", {**BASE["model"], "temperature": 0.7})]:
        keys.add(cache_key(**{**BASE, part: value}))
    assert len(keys) == 7
    assert cache_key(**BASE) == cache_key(**dict(reversed(list(BASE.items()))))


def test_roundtrip_stats_clear_and_permissions(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    cache.set("k", {"extracted": {"events": []}})
    assert cache.get("k") == {"extracted": {"events": []}} and cache.get("other") is None
    assert cache.stats()["entries"] == 1
    assert stat.S_IMODE(cache.directory.stat().st_mode) == 0o700
    assert cache.clear() == 1 and cache.stats()["entries"] == 0
    cache.close()


def _imported_modules(start: list[str]) -> set[Path]:
    """The summarizer source files that the modules ``start`` import, directly or not."""
    package = Path(summarizer.__file__).parent
    seen: set[Path] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        path = package.joinpath(*name.split(".")[1:])
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        if path in seen or not path.exists():
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("summarizer"):
                todo.append(node.module)
                todo += [f"{node.module}.{alias.name}" for alias in node.names]
    return seen


def test_record_code_fingerprint_covers_every_module_that_builds_records() -> None:
    """A cached record is reused only while the code that built it is unchanged: a rule module left out
    of ``RECORD_CODE`` would serve records its change should have rebuilt."""
    package = Path(summarizer.__file__).parent
    covered = {p for pattern in RECORD_CODE for p in package.glob(pattern)}
    builders = ["summarizer.extract.grounded", "summarizer.records.verify", "summarizer.records.normalize"]
    missing = {p.relative_to(package).as_posix() for p in _imported_modules(builders) - covered
               if p.name != "__init__.py" or p.parent.name == "rules"} - {"errors.py"}  # exception types only
    assert not missing
