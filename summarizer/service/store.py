"""Durable batch state: every accepted batch and each of its articles, in SQLite in the state dir.

Why SQLite: a batch is accepted (202) only once it is committed here, so a service killed with
SIGKILL loses nothing it acknowledged. Each article is one row whose result is written once, in
the same transaction that bumps the batch's counters, guarded by ``state = 'pending'``: a result
can never be counted twice, and an article whose result was not committed is simply pending
again after a restart (its model answer, if it came back, is in the response cache by then).

The database holds articles and results only: never a token or an API key.
"""

from __future__ import annotations

import builtins
import datetime as dt
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_state_dir

from summarizer.ingest.articles import Article
from summarizer.models.schemas import ArticleResult
from summarizer.service.models import Batch, BatchCounts, BatchStatus

STATE_ENV = "SUMMARIZER_STATE_DIR"
DB_NAME = "service.sqlite3"
TERMINAL: tuple[BatchStatus, ...] = ("completed", "failed", "cancelled")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    in_progress_at TEXT,
    completed_at TEXT,
    failed_at TEXT,
    cancelled_at TEXT,
    total INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS items (
    batch_id TEXT NOT NULL REFERENCES batches(id),
    idx INTEGER NOT NULL,
    article TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    result TEXT,
    PRIMARY KEY (batch_id, idx)
);
"""


def state_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--state-dir``, else ``SUMMARIZER_STATE_DIR``, else the platform's user state dir."""
    return Path(override or os.environ.get(STATE_ENV) or user_state_dir("summarizer"))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat()


class BatchStore:
    """All batch reads and writes; one connection behind a lock (writes are short and few)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = state_dir(directory)
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.directory, 0o700)
        path = self.directory / DB_NAME
        path.touch(mode=0o600, exist_ok=True)
        os.chmod(path, 0o600)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")  # a commit survives the process being killed
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- writes --------------------------------------------------------------------------------
    def create(self, articles: list[Article]) -> Batch:
        """Commit a new queued batch and all its articles in one transaction."""
        batch_id = f"batch_{uuid.uuid4().hex}"
        with self._tx() as db:
            db.execute("INSERT INTO batches (id, status, created_at, total) VALUES (?, 'queued', ?, ?)",
                       (batch_id, _now(), len(articles)))
            db.executemany("INSERT INTO items (batch_id, idx, article) VALUES (?, ?, ?)",
                           [(batch_id, i, a.model_dump_json()) for i, a in enumerate(articles)])
        batch = self.get(batch_id)
        assert batch is not None
        return batch

    def start(self, batch_id: str, idx: int) -> Article | None:
        """The article to work on, marking its batch in progress; None if there is nothing to do."""
        with self._tx() as db:
            row = db.execute("SELECT i.article FROM items i JOIN batches b ON b.id = i.batch_id "
                             "WHERE i.batch_id = ? AND i.idx = ? AND i.state = 'pending' "
                             "AND b.status IN ('queued', 'in_progress')", (batch_id, idx)).fetchone()
            if row is None:
                return None
            db.execute("UPDATE batches SET status = 'in_progress', in_progress_at = ? "
                       "WHERE id = ? AND status = 'queued'", (_now(), batch_id))
        return Article.model_validate_json(row[0])

    def finish(self, batch_id: str, idx: int, result: ArticleResult) -> bool:
        """Store one article's result once; the batch ends when its last article does.

        A batch whose every article failed is ``failed`` (nothing to merge); otherwise ``completed``.
        An article that was in flight when its batch was cancelled still keeps its result. Returns
        False when the result was already stored (a duplicate is never counted).
        """
        with self._tx() as db:
            stored = db.execute("UPDATE items SET state = ?, result = ? WHERE batch_id = ? AND idx = ? "
                                "AND state = 'pending'", ("done" if result.ok else "failed",
                                                          result.model_dump_json(), batch_id, idx)).rowcount
            if not stored:
                return False
            column = "done" if result.ok else "failed"
            db.execute(f"UPDATE batches SET {column} = {column} + 1 WHERE id = ?", (batch_id,))
            now = _now()
            db.execute("UPDATE batches SET status = 'completed', completed_at = ? WHERE id = ? "
                       "AND status = 'in_progress' AND done + failed = total AND done > 0", (now, batch_id))
            db.execute("UPDATE batches SET status = 'failed', failed_at = ? WHERE id = ? "
                       "AND status = 'in_progress' AND failed = total", (now, batch_id))
        return True

    def cancel(self, batch_id: str) -> bool:
        """Cancel a batch that has not ended; articles not yet answered are never started."""
        with self._tx() as db:
            return bool(db.execute("UPDATE batches SET status = 'cancelled', cancelled_at = ? WHERE id = ? "
                                   "AND status IN ('queued', 'in_progress')", (_now(), batch_id)).rowcount)

    # -- reads ---------------------------------------------------------------------------------
    def get(self, batch_id: str) -> Batch | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM batches WHERE id = ?", (batch_id,)).fetchone()
        return _batch(row) if row else None

    def list(self, limit: int) -> list[Batch]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM batches ORDER BY created_at DESC, id LIMIT ?", (limit,)).fetchall()
        return [_batch(row) for row in rows]

    # Below here ``list`` names the method above, so annotations spell the type ``builtins.list``.
    def results(self, batch_id: str) -> builtins.list[ArticleResult]:
        """Results so far, in the batch's input order."""
        with self._lock:
            rows = self._db.execute("SELECT result FROM items WHERE batch_id = ? AND result IS NOT NULL "
                                    "ORDER BY idx", (batch_id,)).fetchall()
        return [ArticleResult.model_validate_json(row[0]) for row in rows]

    def articles(self, batch_id: str) -> dict[str, Article]:
        with self._lock:
            rows = self._db.execute("SELECT article FROM items WHERE batch_id = ? ORDER BY idx", (batch_id,)).fetchall()
        articles = (Article.model_validate_json(row[0]) for row in rows)
        return {a.id: a for a in articles}

    def unfinished(self) -> builtins.list[tuple[str, int]]:
        """(batch, index) of every article still owed an answer, oldest batch first: what a restart resumes."""
        with self._lock:
            return [(b, i) for b, i in self._db.execute(
                "SELECT i.batch_id, i.idx FROM items i JOIN batches b ON b.id = i.batch_id "
                "WHERE i.state = 'pending' AND b.status IN ('queued', 'in_progress') "
                "ORDER BY b.created_at, i.batch_id, i.idx").fetchall()]

    def count_by_status(self) -> dict[str, int]:
        with self._lock:
            return dict(self._db.execute("SELECT status, COUNT(*) FROM batches GROUP BY status").fetchall())


def _batch(row: tuple[Any, ...]) -> Batch:
    (batch_id, status, created, in_progress, completed, failed_at, cancelled, total, done, failed) = row
    return Batch.model_validate({
        "id": batch_id, "status": status, "created_at": created, "in_progress_at": in_progress,
        "completed_at": completed, "failed_at": failed_at, "cancelled_at": cancelled,
        "request_counts": BatchCounts(total=total, done=done, failed=failed),
    })
