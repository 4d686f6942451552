"""`extract serve`: the pipeline as a JSON service (FastAPI on uvicorn).

- `POST /v1/extract`: `{"id": ..., "text": ...}` → the article object of the contract;
- `POST /v1/extract/batch`: a list of those (at most `max_batch`) → a list of articles;
- `POST /v1/show`: the same body → the HTML page of `extract show`
  (`GET /v1/show?text=...` for a short text);
- `GET /v1/health`: 200 once the models are loaded (the server accepts
  connections only after that), with the model's state, whether an
  extraction is running and for how long; 503 while the extraction process
  is (re)starting;
- `GET /openapi.json`, `/docs`: the OpenAPI document, with the record schema.

Limits: a body larger than `max_body` bytes gets a 413 however it is sent
(the bytes are counted as they arrive, Content-Length or chunked; reading
stops at the limit and the connection is closed), so is an article longer
than `max_chars` characters or a batch longer than `max_batch`; a body that
is not JSON, not UTF-8, or not of the right shape a 422 that says why (and
names the field), so does a lone surrogate (`"\\ud800"`) in a string.

Isolation: the pipeline runs in a child process (`extract.service_worker`),
one extraction at a time; the server's event loop only parses, queues and
answers, so `/v1/health` always answers at once.  An extraction that takes
longer than `timeout` seconds gets a 504 and its process is killed and
replaced (the requests queued meanwhile wait for the new one, the health
says "restarting"); a request that waits more than `queue_timeout` seconds
for the process gets a 503 with Retry-After.  A bug costs one request a 500
(a crash of the process: replaced too), never the server.
"""

from __future__ import annotations

from ._notorch import hide_torch

hide_torch()

import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
from contextlib import asynccontextmanager  # noqa: E402
from typing import Callable, Optional  # noqa: E402

import regex  # noqa: E402
from fastapi import FastAPI, HTTPException, Query, Request  # noqa: E402
from fastapi.exceptions import RequestValidationError  # noqa: E402
from fastapi.responses import HTMLResponse, JSONResponse, Response  # noqa: E402
from pydantic import BaseModel, ConfigDict, Field, field_validator  # noqa: E402
from starlette.exceptions import HTTPException as StarletteHTTPException  # noqa: E402

from . import __version__  # noqa: E402
from .pipeline import Pipeline  # noqa: E402
from .records import Article  # noqa: E402
from .service_worker import Worker, WorkerCrashed, WorkerError, WorkerTimeout  # noqa: E402

MAX_BODY = 2 * 1024 * 1024
MAX_CHARS = 200_000
MAX_BATCH = 64
TIMEOUT = 30.0
SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _no_surrogate(value):
    if isinstance(value, str) and (m := SURROGATE.search(value)):
        raise ValueError(f"a lone surrogate (U+{ord(m.group()):04X}) at character {m.start()}: "
                         "not valid Unicode; send the text as valid UTF-8 (e.g. U+FFFD in its place)")
    return value


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Optional[str] = Field(default=None, max_length=512, description="the article's id (default: a hash of the text)")
    text: str = Field(description="the raw article text")

    @field_validator("id", "text", mode="before")
    @classmethod
    def valid_unicode(cls, value):
        return _no_surrogate(value)


class BodyLimit:
    """ASGI middleware: the request body, read as it arrives up to `max_body`
    bytes and handed on whole; a 413 (and the connection closed, the rest
    unread) as soon as a Content-Length or the bytes received pass the limit."""

    def __init__(self, app, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length", b"").strip()
        if length.isdigit() and int(length) > self.max_body:
            return await self.too_large(send)
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body:
                return await self.too_large(send)
            more = message.get("more_body", False)
        body, given = b"".join(chunks), False

        async def replay():
            nonlocal given
            if not given:
                given = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def too_large(self, send):
        payload = json.dumps({"detail": f"the request body is larger than {self.max_body} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"connection", b"close"),
                                (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})


def _body_error(exc: BaseException | None) -> str:
    """Why FastAPI could not parse a body (it answers 400 without saying)."""
    if isinstance(exc, UnicodeDecodeError):
        return f"the body is not valid UTF-8 (byte {exc.start})"
    if isinstance(exc, RecursionError):
        return "the body is not valid JSON: nested too deeply"
    return f"the body is not valid JSON: {exc}" if exc else "the body is not valid JSON"


def create_app(factory: Callable[[], Pipeline] = Pipeline, max_body: int = MAX_BODY, max_chars: int = MAX_CHARS,
               max_batch: int = MAX_BATCH, timeout: float = TIMEOUT, queue_timeout: float | None = None) -> FastAPI:
    """The app; `factory` (picklable: a class or a module-level function)
    builds the pipeline in the extraction process."""
    queue_timeout = 2 * timeout if queue_timeout is None else queue_timeout
    worker = Worker(factory)
    lock = asyncio.Lock()  # one extraction at a time: run more server processes (--workers) to scale
    state: dict = {"waiting": 0, "busy_since": None, "restarts": 0, "last_restart": None}

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await asyncio.to_thread(worker.start)
        yield
        await asyncio.to_thread(worker.stop)

    app = FastAPI(title="Arabic news extraction", version=__version__, lifespan=lifespan,
                  description="Structured records (figures, countries, people, organizations, agreements) "
                              "from raw Arabic news text; every span is an offset into the text sent.")
    app.add_middleware(BodyLimit, max_body=max_body)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        # The errors name the field; the offending input is left out (it may be
        # something JSON cannot carry back, such as Infinity or a lone surrogate).
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                  for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 400 and "parsing the body" in str(exc.detail):  # FastAPI's, without the reason
            return JSONResponse({"detail": [{"loc": ["body"], "msg": _body_error(exc.__cause__),
                                             "type": "json_invalid"}]}, status_code=422)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    tasks: set = set()

    async def replace(reason: str) -> None:
        """Kill the extraction process and start another, then free the slot
        (held by the request that found the process stuck or dead)."""
        state["restarts"] += 1
        state["last_restart"] = reason
        try:
            await asyncio.to_thread(worker.replace)
        except RuntimeError:
            pass  # worker.error says why; the next request tries again
        finally:
            lock.release()

    def replace_later(reason: str) -> None:
        worker.restarting = True  # the health says so from now on
        task = asyncio.get_running_loop().create_task(replace(reason))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    async def settle(job) -> None:
        try:
            await job
        except (WorkerTimeout, WorkerCrashed) as e:
            worker.restarting = True
            await replace(str(e) or f"an extraction took longer than {timeout:g} s")
            return
        except Exception:  # noqa: BLE001  (the request is gone; its error with it)
            pass
        lock.release()

    def settle_later(job) -> None:
        task = asyncio.get_running_loop().create_task(settle(job))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    async def call(op: str, a: ArticleIn) -> str:
        if len(a.text) > max_chars:
            raise HTTPException(413, f"the article {a.id or ''} has {len(a.text)} characters; "
                                     f"the limit is {max_chars}")
        state["waiting"] += 1
        try:
            await asyncio.wait_for(lock.acquire(), queue_timeout)
        except asyncio.TimeoutError:
            raise HTTPException(503, f"the service is busy: no extraction slot within {queue_timeout:g} seconds",
                                headers={"Retry-After": str(max(1, round(timeout)))}) from None
        finally:
            state["waiting"] -= 1
        release = True
        try:
            if not worker.ready:  # the last start failed: try again
                try:
                    await asyncio.to_thread(worker.replace)
                except RuntimeError as e:
                    raise HTTPException(503, f"the extraction process cannot start: {e}") from None
            state["busy_since"] = time.monotonic()
            job = asyncio.ensure_future(asyncio.to_thread(worker.call, op, a.text, a.id, timeout))
            try:
                return await asyncio.shield(job)
            except asyncio.CancelledError:  # the request was dropped: free the slot once the process is done
                release = False
                settle_later(job)
                raise
            except WorkerTimeout:
                release = False
                replace_later(f"an extraction took longer than {timeout:g} s")
                raise HTTPException(504, f"extraction took longer than {timeout:g} seconds") from None
            except WorkerCrashed as e:
                release = False
                replace_later(str(e))
                raise HTTPException(500, f"the extraction failed: {e}") from None
            except WorkerError as e:
                raise HTTPException(500, f"the extraction failed: {e}") from None
        finally:
            state["busy_since"] = None
            if release:
                lock.release()

    @app.get("/v1/health")
    async def health():
        limits = {"max_body_bytes": max_body, "max_chars": max_chars, "max_batch": max_batch,
                  "timeout_seconds": timeout, "queue_timeout_seconds": queue_timeout}
        busy = state["busy_since"]
        common = {"version": __version__, "busy": busy is not None,
                  "busy_seconds": round(time.monotonic() - busy, 3) if busy is not None else 0.0,
                  "waiting": state["waiting"], "restarts": state["restarts"], "last_restart": state["last_restart"],
                  "limits": limits}
        if not worker.ready:
            status = "restarting" if worker.restarting else ("failed" if worker.error else "loading")
            return JSONResponse({"status": status, "error": worker.error, **common}, status_code=503)
        info = worker.info
        return {"status": "ready", "ner_model": info.get("ner_model"), "ner_warning": info.get("ner_warning"),
                **common}

    @app.post("/v1/extract", response_model=Article)
    async def extract(article: ArticleIn) -> Response:
        return Response(await call("extract", article), media_type="application/json")

    @app.post("/v1/extract/batch", response_model=list[Article])
    async def extract_batch(articles: list[ArticleIn]) -> Response:
        if len(articles) > max_batch:
            raise HTTPException(413, f"the batch has {len(articles)} articles; the limit is {max_batch}")
        parts = [await call("extract", a) for a in articles]
        return Response("[" + ",".join(parts) + "]", media_type="application/json")

    @app.post("/v1/show", response_class=HTMLResponse)
    async def show(article: ArticleIn) -> HTMLResponse:
        return HTMLResponse(await call("show", article))

    @app.get("/v1/show", response_class=HTMLResponse)
    async def show_get(text: str, id: Optional[str] = Query(default=None, max_length=512)) -> HTMLResponse:
        """The page for a short text given in the query (`?text=...`)."""
        try:
            article = ArticleIn(id=id, text=text)
        except ValueError as e:  # pydantic's ValidationError
            raise RequestValidationError(getattr(e, "errors", lambda: [])()) from None
        return await show(article)

    return app


# `extract serve`'s limits reach the app through the environment: uvicorn
# imports `app_factory` anew in each of its worker processes.
LIMIT_ENV = {"max_body": "EXTRACT_SERVE_MAX_BODY", "max_chars": "EXTRACT_SERVE_MAX_CHARS",
             "max_batch": "EXTRACT_SERVE_MAX_BATCH", "timeout": "EXTRACT_SERVE_TIMEOUT"}


def serve(host: str, port: int, workers: int = 1, **limits) -> None:
    """Run the service; `limits` (max_body, max_chars, max_batch, timeout)
    replace the defaults where given."""
    import uvicorn

    for name, value in limits.items():
        if value is not None:
            os.environ[LIMIT_ENV[name]] = str(value)
    uvicorn.run("extract.service:app_factory", host=host, port=port, workers=workers, factory=True,
                log_level="info")


def env_limits() -> dict:
    """The limits `extract serve` was given (see `LIMIT_ENV`)."""
    out: dict = {}
    for name, var in LIMIT_ENV.items():
        if os.environ.get(var):
            out[name] = float(os.environ[var]) if name == "timeout" else int(os.environ[var])
    return out


def app_factory() -> FastAPI:
    return create_app(**env_limits())
