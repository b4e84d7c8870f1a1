"""Loading inputs: every bad input becomes a clear per-article error, never a crash."""

import datetime as dt
import json
from pathlib import Path

import pytest

from summarizer.ingest.articles import Article, ArticleError, load, safe_id
from summarizer.rules.datelines import parse_published_header

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\nSite\nPublished on 20/09/2023 at 11:35\n\nBody", dt.datetime(2023, 9, 20, 11, 35)),
        ("Published: 2023-09-21 08:00\nBody", dt.datetime(2023, 9, 21, 8, 0)),
        ("Posted on 01.02.2024\nBody", dt.datetime(2024, 2, 1)),
        ("Title\nBody without any date line", None),
        ("Published on 31/02/2023\nimpossible date", None),
        ("\n".join(["line"] * 10) + "\nPublished on 20/09/2023", None),  # too far down to be a header
    ],
)
def test_published_header(text: str, expected: dt.datetime | None) -> None:
    assert parse_published_header(text) == expected


def test_seed_000_carries_its_publication_date() -> None:
    article = Article.from_file(SEEDS / "000_d2d2eb034c79192f.txt")
    assert article.published_at == dt.datetime(2023, 9, 20, 11, 35)
    assert article.source.endswith("000_d2d2eb034c79192f.txt")


def test_id_is_content_hash_and_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfSame text.")
    (tmp_path / "b.txt").write_bytes(b"Same text.")
    a, b = (Article.from_file(tmp_path / n) for n in ("a.txt", "b.txt"))
    assert a.text == b.text == "Same text." and a.id == b.id and len(a.id) == 16


@pytest.mark.parametrize(
    ("content", "cause"),
    [(b"", "empty file"), (b"  \n\t", "empty file"), (b"\x89PNG\x00\x00IHDR", "binary file"),
     (b"caf\xe9 au lait", "not valid UTF-8")],
)
def test_bad_files_are_named_errors_and_the_rest_still_load(tmp_path: Path, content: bytes, cause: str) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text("A real article.")
    results = list(load([str(tmp_path)]))
    errors = [r for r in results if isinstance(r, ArticleError)]
    assert len(results) == 2 and len(errors) == 1
    assert "bad.txt" in str(errors[0]) and cause in str(errors[0])


def test_jsonl_feed(tmp_path: Path) -> None:
    rows = [
        {"text": "First article.", "id": "wire-1", "title": "T", "published_at": "2023-09-20T11:35:00Z",
         "url": "https://example.org/1"},
        {"text": ""},
        "not an object",
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken json\n")
    results = list(load([str(feed)]))
    first = results[0]
    assert isinstance(first, Article) and first.id == "wire-1" and first.source == "https://example.org/1"
    assert first.published_at == dt.datetime(2023, 9, 20, 11, 35, tzinfo=dt.timezone.utc)
    assert [type(r).__name__ for r in results[1:]] == ["ArticleError"] * 3
    assert "feed.jsonl:4" in str(results[3]) and "invalid JSON" in str(results[3])


def test_stdin_missing_path_and_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "a.txt").write_text("Text.")
    results = list(load(["-", str(tmp_path / "missing.txt"), str(tmp_path)], stdin_text="From stdin."))
    assert isinstance(results[0], Article) and results[0].source == "stdin"
    assert isinstance(results[1], ArticleError) and "no such file" in str(results[1])
    assert [r.text for r in results[2:]] == ["Text."]  # the loop is not followed


@pytest.mark.parametrize("raw", ["../../etc/passwd", "a/b\\c", "..", "x" * 500])
def test_ids_are_safe_in_paths(raw: str) -> None:
    cleaned = safe_id(raw)
    assert "/" not in cleaned and "\\" not in cleaned and not cleaned.startswith(".") and len(cleaned) <= 128


def test_oversized_input_is_refused() -> None:
    with pytest.raises(ArticleError, match="byte limit"):
        Article.from_text("x" * (5 * 1024 * 1024 + 1))


def test_html_page_becomes_main_text_with_metadata(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    body = " ".join(["Rescuers searched the rubble through the night after the quake hit the coastal town."] * 4)
    page.write_text(
        "<!DOCTYPE html><html><head><title>Quake hits coastal town</title>"
        '<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>'
        "<body><nav>Home | World | Sport</nav><article><h1>Quake hits coastal town</h1>"
        f"<p>{body}</p><p>Officials said at least 12 people died.</p></article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    article = Article.from_file(page)
    assert "at least 12 people died" in article.text and "Home | World" not in article.text
    assert article.title == "Quake hits coastal town"
    assert article.published_at is not None and article.published_at.date() == dt.date(2024, 3, 5)
