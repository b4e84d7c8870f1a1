"""Prompts are versioned files; a released version's text can never change silently."""

from pathlib import Path

import pytest

from summarizer.extract.prompts import PromptError, get_prompt, list_prompts, read_lock, write_lock

PROMPT = 'description = "d"\nsystem = """S"""\nuser = """{published}|{article}"""\n'


def test_every_prompt_version_is_locked_with_its_current_hash() -> None:
    locked = read_lock()
    for prompt in list_prompts():
        assert prompt.ref in locked, f"{prompt.ref} is not pinned: run `summarizer prompts lock`"
        assert locked[prompt.ref] == prompt.sha256, (
            f"{prompt.ref} changed after release: copy it to a new version instead"
        )


def test_registry_selects_latest_or_named_version(tmp_path: Path) -> None:
    for version in ("v1", "v2", "v10"):
        (tmp_path / "p").mkdir(exist_ok=True)
        (tmp_path / "p" / f"{version}.toml").write_text(PROMPT.replace("S", version))
    assert get_prompt("p", tmp_path).version == "v10"  # numeric, not lexical order
    assert get_prompt("p@v2", tmp_path).system == "v2"
    with pytest.raises(PromptError, match="unknown prompt 'p@v3'"):
        get_prompt("p@v3", tmp_path)


def test_lock_refuses_a_changed_release(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "v1.toml").write_text(PROMPT)
    write_lock(tmp_path)
    (tmp_path / "p" / "v1.toml").write_text(PROMPT.replace("S", "changed"))
    with pytest.raises(PromptError, match="changed without a new version"):
        write_lock(tmp_path)


def test_render_keeps_braces_in_article_text() -> None:
    prompt = get_prompt("extract_events@v1")
    rendered = prompt.render_user(article="a {weird} article", published="unknown")
    assert "a {weird} article" in rendered and "<article>" in rendered


def test_a_prompt_file_says_what_the_answer_holds(tmp_path: Path) -> None:
    v3, v4, v5 = (get_prompt(f"extract_events@{v}").answer for v in ("v3", "v4", "v5"))
    assert (v3.max_happenings, v3.time, v3.quotes, v3.sentence_chars) == (3, True, True, 2000)  # no [answer]: defaults
    assert (v4.max_happenings, v4.time, v4.quotes, v4.sentence_chars) == (2, False, False, 2000)
    assert (v5.max_happenings, v5.time, v5.quotes, v5.sentence_chars) == (2, False, False, 1000)
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "v1.toml").write_text(PROMPT + "[answer]\nmax_happening = 2\n")
    with pytest.raises(PromptError, match="max_happening"):  # a misspelt key
        get_prompt("p@v1", tmp_path)
    (tmp_path / "p" / "v1.toml").write_text(PROMPT + '[answer]\nmax_happenings = "two"\n')
    with pytest.raises(PromptError, match="max_happenings"):  # a value of the wrong type
        get_prompt("p@v1", tmp_path)
