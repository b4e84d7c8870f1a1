"""Articles and where they come from: files, directories, stdin and JSONL feeds.

Loading is the first edge of the pipeline, so this is where bad input is turned into a clear,
per-article :class:`ArticleError` instead of a crash. Everything after this module can assume
decoded, non-empty text of bounded size.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, Field

from summarizer.ingest.clean import html_to_text
from summarizer.errors import InputError
from summarizer.rules.datelines import parse_published_header

#: Inputs above this many bytes are refused (documented in the README, "Limits").
MAX_ARTICLE_BYTES = 5 * 1024 * 1024



class ArticleError(InputError):
    """An input that cannot become an article. The message names the input and the cause."""

    def __init__(self, source: str, cause: str) -> None:
        super().__init__(f"{source}: {cause}")
        self.source = source
        self.cause = cause


class Article(BaseModel):
    """A news article as summarizer sees it: decoded text plus what is known about it."""

    id: str = Field(description="Content hash of the text, or the id given by a JSONL feed")
    text: str
    title: str | None = None
    published_at: dt.datetime | None = None
    url: str | None = None
    source: str | None = Field(None, description="File path, URL or 'stdin'")

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        source: str | None = None,
        published_at: dt.datetime | None = None,
        **fields: object,
    ) -> Article:
        """Build an article; the publication date falls back to a leading header line."""
        name = source or "<text>"
        if not text.strip():
            raise ArticleError(name, "empty article (no text)")
        if "\x00" in text:
            raise ArticleError(name, "binary content (NUL bytes), not an article")
        if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
            raise ArticleError(name, f"article larger than the {MAX_ARTICLE_BYTES} byte limit")
        published = published_at or parse_published_header(text)
        article_id = str(fields.pop("id", None) or content_id(text))
        return cls(id=safe_id(article_id), text=text, source=source, published_at=published, **fields)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], published_at: dt.datetime | None = None) -> Article:
        text = decode(read_bytes(Path(path)), str(path))
        if Path(path).suffix.lower() in (".html", ".htm") or looks_like_html(text):
            return cls.from_html(text, source=str(path), published_at=published_at)
        return cls.from_text(text, source=str(path), published_at=published_at)

    @classmethod
    def from_html(cls, html: str, *, source: str | None = None,
                  published_at: dt.datetime | None = None) -> Article:
        """Main text via trafilatura; title, URL and publication date from the page metadata.

        Offsets in records then point into the extracted text, which is what ``Article.text`` holds.
        """
        text, meta = html_to_text(html)
        if not text.strip():
            raise ArticleError(source or "<html>", "no article text found in the HTML page")
        return cls.from_text(text, source=source, published_at=published_at or parse_datetime(meta.get("date")),
                             title=meta.get("title"), url=meta.get("url"))


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def content_id(text: str) -> str:
    """A stable id from the content, so the same text gets the same id wherever it comes from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def safe_id(raw: str) -> str:
    """Ids end up in file names and cache keys: keep them free of path separators and dots runs."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "_", raw).strip("._")[:128]
    return cleaned or content_id(raw)


def read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(name, "not a regular file (a FIFO, socket or device)")
        size = info.st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(name, f"file is {size} bytes, over the {MAX_ARTICLE_BYTES} byte limit")
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(name, f"cannot read file ({exc.strerror or exc})") from None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is dropped). Binary and non-UTF-8 input is refused, not guessed at."""
    if not data.strip():
        raise ArticleError(name, "empty file")
    if b"\x00" in data:
        raise ArticleError(name, "binary file (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(name, f"not valid UTF-8 (byte {exc.start}); re-encode the file as UTF-8") from None


def parse_datetime(value: str | None) -> dt.datetime | None:
    """ISO 8601 date or datetime from a feed or a flag; None stays None."""
    if not value:
        return None
    if not isinstance(value, str):
        raise ValueError(f"not an ISO 8601 date: {value!r}")
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.combine(dt.date.fromisoformat(value), dt.time())


# --------------------------------------------------------------------------------------------
# Sources → articles. Each item is an Article or the ArticleError that explains why not.
# --------------------------------------------------------------------------------------------

LoadResult = Article | ArticleError


def iter_jsonl(lines: Iterable[str], name: str) -> Iterator[LoadResult]:
    """One article per line: ``text`` plus optional ``id``, ``title``, ``published_at``, ``url``, ``source``."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ArticleError(where, "JSONL line has no string field 'text'")
            yield Article.from_text(
                row["text"],
                source=row.get("source") or row.get("url") or where,
                published_at=parse_datetime(row.get("published_at")),
                id=row.get("id"),
                title=row.get("title"),
                url=row.get("url"),
            )
        except json.JSONDecodeError as exc:
            yield ArticleError(where, f"invalid JSON ({exc.msg})")
        except ValueError as exc:
            yield ArticleError(where, f"invalid field ({exc})")
        except ArticleError as exc:
            yield exc


def iter_paths(path: Path) -> Iterator[Path]:
    """Files under a directory in a stable order. Symlinked directories are not followed (no loops)."""
    if not path.is_dir():
        yield path
        return
    for root, dirs, files in os.walk(path, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def load(inputs: Iterable[str], *, stdin_text: str | None = None,
         published_at: dt.datetime | None = None) -> Iterator[LoadResult]:
    """Expand CLI inputs (files, directories, ``-`` for stdin, ``*.jsonl``) into articles."""
    for item in inputs:
        if item == "-":
            text = stdin_text or ""
            try:
                yield Article.from_text(text, source="stdin", published_at=published_at)
            except ArticleError as exc:
                yield exc
            continue
        root = Path(item)
        if not root.exists() and not root.is_symlink():
            yield ArticleError(item, "no such file or directory")
            continue
        for path in iter_paths(root):
            try:
                if path.suffix == ".jsonl":
                    yield from iter_jsonl(decode(read_bytes(path), str(path)).splitlines(), str(path))
                else:
                    yield Article.from_file(path, published_at=published_at)
            except ArticleError as exc:
                yield exc
