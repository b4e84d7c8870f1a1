"""Errors as ``application/problem+json`` (RFC 9457), one clear ``detail`` each, never a traceback.

Every error the service returns goes through here, so a client parses one shape, the OpenAPI
schema documents it once, and nothing internal (exception text, file paths, configuration)
reaches a response: unexpected exceptions become a generic 500 and are logged server-side.
"""

from __future__ import annotations

import http
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"

logger = logging.getLogger(__name__)


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field("about:blank", description="Always about:blank: the status code says what kind of problem")
    title: str = Field(description="The status code's phrase")
    status: int
    detail: str = Field(description="What went wrong, naming the field or the article")


class ProblemError(Exception):
    """Raised by routes to answer with a problem; ``headers`` e.g. Retry-After or WWW-Authenticate."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers


def problem_response(status: int, detail: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    body = Problem(title=http.HTTPStatus(status).phrase, status=status, detail=detail)
    return JSONResponse(body.model_dump(), status_code=status, headers=headers, media_type=PROBLEM_JSON)


def _field(loc: tuple[Any, ...]) -> str:
    """``("body", "article", "text")`` → ``body.article.text``; list positions as ``[3]``."""
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


def validation_detail(errors: Sequence[Mapping[str, Any]]) -> str:
    """The first error, naming its field, and how many more there are (the rest is the same kind of fix)."""
    if not errors:
        return "invalid request"
    first = errors[0]
    detail = f"{_field(tuple(first.get('loc', ())))}: {first.get('msg', 'invalid value')}"
    return detail + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")


def install(app: FastAPI) -> None:
    """Route every error of ``app`` through :func:`problem_response`."""

    async def on_problem(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ProblemError)
        return problem_response(exc.status, exc.detail, exc.headers)

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        return problem_response(exc.status_code, str(exc.detail), exc.headers)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return problem_response(422, validation_detail(list(exc.errors())))

    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        logger.error("internal error on %s %s: %s", request.method, request.url.path, type(exc).__name__)
        logger.debug("traceback", exc_info=exc)
        return problem_response(500, "internal error; the server log has the details")

    app.add_exception_handler(ProblemError, on_problem)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Exception, on_crash)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problems a route can answer, so clients and schemathesis know them."""
    return {status: {"description": http.HTTPStatus(status).phrase,
                     "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
            for status in statuses}
