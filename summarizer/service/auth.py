"""Bearer-token authentication for every ``/v1`` route, when a token is configured.

The comparison is constant-time (:func:`hmac.compare_digest`) so response timing says nothing
about how much of a guess was right. The token is held only here: it is never logged, never put
in an error, a metric or the state database.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from summarizer.service.problems import ProblemError

TOKEN_ENV = "SUMMARIZER_API_TOKEN"

_bearer = HTTPBearer(auto_error=False, description=f"Required when the service runs with --token / {TOKEN_ENV}")
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def require_token(token: str | None) -> Callable[..., Awaitable[None]]:
    """A dependency that lets every request through without a token, or only those that carry it."""
    expected = token.encode("utf-8") if token else None

    async def check(credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
        if expected is None:
            return
        if credentials is None:
            raise ProblemError(401, "missing 'Authorization: Bearer <token>' header", _CHALLENGE)
        if not hmac.compare_digest(credentials.credentials.encode("utf-8"), expected):
            raise ProblemError(401, "invalid bearer token", _CHALLENGE)

    return check
