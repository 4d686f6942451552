"""`extract serve`: the pipeline as a JSON service (FastAPI on uvicorn).

- `POST /v1/extract`: `{"id": ..., "text": ...}` → the article object of the contract;
- `POST /v1/extract/batch`: a list of those (at most `max_batch`) → a list of articles;
- `POST /v1/show`: the same body → the HTML page of `extract show`
  (`GET /v1/show?text=...` for a short text);
- `GET /v1/health`: 200 once the models are loaded (the server accepts
  connections only after that), with the model's state;
- `GET /openapi.json`, `/docs`: the OpenAPI document, with the record schema.

Limits: a body larger than `max_body` bytes or an article longer than
`max_chars` characters gets a 413; a batch longer than `max_batch` a 413;
malformed JSON or wrong types a 422 that names the field (FastAPI); an
extraction that takes longer than `timeout` seconds a 504.  The pipeline is
loaded once per process and never raises on text; a bug costs one request a
500, never the process.
"""

from __future__ import annotations

from ._notorch import hide_torch

hide_torch()

import asyncio  # noqa: E402
import threading  # noqa: E402
from contextlib import asynccontextmanager  # noqa: E402
from typing import Callable, Optional  # noqa: E402

from fastapi import FastAPI, HTTPException, Request  # noqa: E402
from fastapi.exceptions import RequestValidationError  # noqa: E402
from fastapi.responses import HTMLResponse, JSONResponse  # noqa: E402
from pydantic import BaseModel, ConfigDict, Field  # noqa: E402

from . import __version__  # noqa: E402
from .pipeline import Pipeline  # noqa: E402
from .records import Article  # noqa: E402

MAX_BODY = 2 * 1024 * 1024
MAX_CHARS = 200_000
MAX_BATCH = 64
TIMEOUT = 30.0


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Optional[str] = Field(default=None, max_length=512, description="the article's id (default: a hash of the text)")
    text: str = Field(description="the raw article text")


def create_app(factory: Callable[[], Pipeline] = Pipeline, max_body: int = MAX_BODY, max_chars: int = MAX_CHARS,
               max_batch: int = MAX_BATCH, timeout: float = TIMEOUT) -> FastAPI:
    state: dict = {}
    lock = threading.Lock()  # one extraction at a time per process: run more processes to scale

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        state["pipeline"] = await asyncio.to_thread(factory)
        yield

    app = FastAPI(title="Arabic news extraction", version=__version__, lifespan=lifespan,
                  description="Structured records (figures, countries, people, organizations, agreements) "
                              "from raw Arabic news text; every span is an offset into the text sent.")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        # The errors name the field; the offending input is left out (it may be
        # something JSON cannot carry back, such as Infinity).
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                  for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > max_body:
            return JSONResponse({"detail": f"the request body is larger than {max_body} bytes"}, status_code=413)
        return await call_next(request)

    def _extract(a: ArticleIn) -> Article:
        with lock:
            return state["pipeline"].extract(a.text, id=a.id)

    async def extract_one(a: ArticleIn) -> Article:
        if len(a.text) > max_chars:
            raise HTTPException(413, f"the article {a.id or ''} has {len(a.text)} characters; "
                                     f"the limit is {max_chars}")
        try:
            return await asyncio.wait_for(asyncio.to_thread(_extract, a), timeout)
        except asyncio.TimeoutError:
            raise HTTPException(504, f"extraction took longer than {timeout} seconds") from None

    @app.get("/v1/health")
    async def health():
        p = state.get("pipeline")
        if p is None:
            return JSONResponse({"status": "loading"}, status_code=503)
        return {"status": "ready", "version": __version__, "ner_model": p.nlp is not None,
                "ner_warning": p.ner_warning, "limits": {"max_body_bytes": max_body, "max_chars": max_chars,
                                                         "max_batch": max_batch, "timeout_seconds": timeout}}

    @app.post("/v1/extract", response_model=Article)
    async def extract(article: ArticleIn) -> Article:
        return await extract_one(article)

    @app.post("/v1/extract/batch", response_model=list[Article])
    async def extract_batch(articles: list[ArticleIn]) -> list[Article]:
        if len(articles) > max_batch:
            raise HTTPException(413, f"the batch has {len(articles)} articles; the limit is {max_batch}")
        return [await extract_one(a) for a in articles]

    @app.post("/v1/show", response_class=HTMLResponse)
    async def show(article: ArticleIn) -> HTMLResponse:
        from .show import render

        rec = await extract_one(article)
        return HTMLResponse(render(article.text, rec))

    @app.get("/v1/show", response_class=HTMLResponse)
    async def show_get(text: str, id: Optional[str] = None) -> HTMLResponse:
        """The page for a short text given in the query (`?text=...`)."""
        return await show(ArticleIn(id=id, text=text))

    return app


def serve(host: str, port: int, workers: int = 1) -> None:
    import uvicorn

    uvicorn.run("extract.service:app_factory", host=host, port=port, workers=workers, factory=True,
                log_level="info")


def app_factory() -> FastAPI:
    return create_app()
