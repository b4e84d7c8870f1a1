"""A real, throw-away Redis server for tests: Debian's ``redis-server`` on a free port in a temp dir.

The Redis cache backend is tested against the real server, not a mock, because what matters
(atomic SET, SCAN with a pattern, UNLINK, connection errors) is the server's behaviour. The
server binds 127.0.0.1 only, keeps nothing on disk (no RDB snapshots, no AOF) and is stopped at
the end of the session. ``.ci/run`` installs the package; where it is absent locally, tests
that need it are skipped with that reason.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REDIS_SERVER = shutil.which("redis-server")
SKIP_REASON = "redis-server is not installed (apt-get install redis-server; .ci/run installs it)"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_redis(directory: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start redis-server and wait until it answers PING; returns the process and its URL."""
    assert REDIS_SERVER is not None, SKIP_REASON
    port = free_port()
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(directory), "--protected-mode", "yes", "--loglevel", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(16).startswith(b"+PONG"):
                    return proc, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError(f"redis-server did not answer on port {port} within 10 s")


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a session-wide Redis server (tests flush what they need with ``fresh_redis``)."""
    if REDIS_SERVER is None:
        pytest.skip(SKIP_REASON)
    proc, url = start_redis(tmp_path_factory.mktemp("redis"))
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def fresh_redis(redis_url: str) -> str:
    """The session's Redis URL with the database emptied first, so tests do not see each other."""
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    client.close()
    return redis_url
