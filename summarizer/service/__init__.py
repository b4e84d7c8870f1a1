"""``summarizer serve``: the HTTP service over the library (FastAPI under uvicorn).

The service adds what a library cannot: a bounded worker pool with back-pressure, batches that
survive a restart (SQLite in the state dir), bearer-token auth, Prometheus metrics and an
OpenAPI schema whose bodies are the library's own records. It needs the ``service`` extra:
``pip install 'summarizer[service]'``.
"""

from summarizer.service.app import ServiceConfig, create_app

__all__ = ["ServiceConfig", "create_app"]
