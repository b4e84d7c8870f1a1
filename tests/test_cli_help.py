"""The command line as a person meets it: help that names env vars and choices, --version, and
usage errors caught before any work starts, in one line with exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarizer
from summarizer.cli import EXIT_USAGE, _check_output, app

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).parent / "summarizer"
runner = CliRunner()


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    return result.exit_code, result.output


@pytest.mark.parametrize("command", ["extract", "summarize", "check"])
def test_help_names_env_vars_and_policy_choices(command: str) -> None:
    code, out = invoke(command, "--help")
    assert code == 0
    for var in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "SUMMARIZER_MODEL", "SUMMARIZER_MODEL_PATH",
                "SUMMARIZER_CACHE_DIR"):
        assert f"[env: {var}]" in out, var
    assert "[env: SUMMARIZER_DEADLINE;" in out
    assert "flag|drop|reask" in out


def test_version_matches_the_package() -> None:
    code, out = invoke("--version")
    assert code == 0 and out.strip() == f"summarizer {summarizer.__version__}"
    assert summarizer.__version__ and summarizer.__version__[0].isdigit()


def test_unknown_policy_is_a_usage_error() -> None:
    code, _ = invoke("extract", "seeds/", "--policy", "ignore")
    assert code == EXIT_USAGE


@pytest.mark.parametrize("output", ["{tmp}", "{tmp}/file.txt/report.md"])
def test_unwritable_output_fails_before_any_work(tmp_path: Path, output: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    # No model is configured: reaching extraction would fail differently (exit 3), not with 2.
    code, out = invoke("summarize", str(ROOT / "seeds"), "-o", output.format(tmp=tmp_path),
                       "--base-url", "http://127.0.0.1:9", "--no-cache")
    assert code == EXIT_USAGE
    assert out.count("\n") == 1 and out.startswith("error: --output ")


def test_missing_output_directories_are_allowed(tmp_path: Path) -> None:
    """``make summarize`` writes to out/ on a fresh checkout: atomic_writer creates it."""
    assert _check_output(tmp_path / "new" / "dir" / "out.md") == tmp_path / "new" / "dir" / "out.md"


def test_eval_outside_the_repo_fails_in_one_line(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(SCRIPT), "eval", *args], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"})

    missing = run("--gold", "/nonexistent")
    assert missing.returncode == EXIT_USAGE and "Traceback" not in missing.stderr
    assert "gold directory not found: /nonexistent" in missing.stderr
    elsewhere = run("--gold", str(ROOT / "tests" / "gold"))  # default --articles seeds is relative
    assert elsewhere.returncode == EXIT_USAGE and "Traceback" not in elsewhere.stderr
    assert "articles directory not found" in elsewhere.stderr


def test_eval_compares_several_prompts_but_not_prompts_and_models_at_once() -> None:
    gold, cassettes = str(ROOT / "tests" / "gold"), str(ROOT / "cassettes")
    three = CliRunner().invoke(app, ["eval", "--gold", gold, "--articles", str(ROOT / "seeds"), "--cassettes",
                                     cassettes, *(f"--prompt=extract_events@{v}" for v in ("v1", "v3", "v4"))],
                               env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert three.exit_code == 0, three.output
    assert all(f"extract_events@{v}" in three.output for v in ("v1", "v3", "v4"))
    both = CliRunner().invoke(app, ["eval", "--gold", gold, "--articles", str(ROOT / "seeds"),
                                    "--prompt=extract_events@v1", "--prompt=extract_events@v3",
                                    "--model=a", "--model=b"])
    assert both.exit_code == EXIT_USAGE
    assert "not both at once" in both.output
