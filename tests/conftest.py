"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fault_server import FaultServer


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A fresh scripted OpenAI-compatible server per test, stopped (never leaked) at teardown."""
    server = FaultServer().start()
    try:
        yield server
    finally:
        server.stop()
