"""The extraction process of the service (`extract serve`, see service.py).

The server's process never runs the pipeline itself: a child process
(multiprocessing, spawn: no state shared with the server's threads) builds it
with the factory and answers one request at a time over a pipe, the article
as its JSON (`extract`) or the HTML page (`show`).  The server can kill it
when an extraction runs past the timeout and start another; the text being
extracted then costs only its own request.  The child dies with the server
(it stops at the end of its pipe, and on Linux the kernel kills it when the
server's process dies).
"""

from __future__ import annotations

from ._notorch import hide_torch

hide_torch()

import multiprocessing  # noqa: E402
import threading  # noqa: E402
from typing import Any, Callable  # noqa: E402

START_TIMEOUT = 600.0  # seconds for the factory (loading the models) in a new process


class WorkerTimeout(Exception):
    """The extraction ran past the timeout (the process is still busy with it)."""


class WorkerCrashed(Exception):
    """The process died or its pipe broke."""


class WorkerError(Exception):
    """The pipeline raised (a bug): the process is fine, the request failed."""


def _die_with_parent() -> None:
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # not Linux: the end of the pipe still stops the loop
        pass


def _main(factory: Callable[[], Any], conn) -> None:
    _die_with_parent()
    try:
        pipeline = factory()
    except BaseException as e:  # noqa: BLE001  (reported to the server, which says it in /v1/health)
        conn.send(("failed", f"{type(e).__name__}: {e}"))
        return
    conn.send(("ready", {"ner_model": getattr(pipeline, "nlp", None) is not None,
                         "ner_warning": getattr(pipeline, "ner_warning", None)}))
    while True:
        try:
            op, text, id = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            article = pipeline.extract(text, id=id)
            if op == "show":
                from .show import render

                result = render(text, article)
            else:
                result = article.model_dump_json()
        except Exception as e:  # noqa: BLE001
            conn.send(("error", f"{type(e).__name__}: {e}"))
            continue
        conn.send(("ok", result))


class Worker:
    """The child process and its pipe, driven from the server (one call at a
    time: the server holds a lock around `call`).  `ready`, `restarting`,
    `error` and `info` (the model's state) are for the health endpoint."""

    def __init__(self, factory: Callable[[], Any]):
        self.factory = factory
        self.ctx = multiprocessing.get_context("spawn")
        self.proc = None
        self.conn = None
        self.ready = False
        self.restarting = False
        self.error: str | None = None
        self.info: dict = {}
        self._guard = threading.Lock()  # start / kill / stop from different threads

    def start(self) -> None:
        """Start the process and wait until its pipeline is built; raise
        RuntimeError (and keep the reason in `error`) when it cannot be."""
        with self._guard:
            parent, child = self.ctx.Pipe()
            proc = self.ctx.Process(target=_main, args=(self.factory, child), daemon=True,
                                    name="extract-service-worker")
            proc.start()
            child.close()
            self.proc, self.conn = proc, parent
        try:
            if not parent.poll(START_TIMEOUT):
                raise RuntimeError(f"the extraction process did not start in {START_TIMEOUT:g} s")
            kind, value = parent.recv()
        except (EOFError, OSError) as e:
            kind, value = "failed", f"the extraction process died while starting (exit code {proc.exitcode}): {e}"
        except RuntimeError as e:
            kind, value = "failed", str(e)
        if kind != "ready":
            self.kill()
            self.error = value
            raise RuntimeError(value)
        self.info, self.error, self.ready = value, None, True

    def call(self, op: str, text: str, id: str | None, timeout: float) -> str:
        """The article's JSON (`extract`) or page (`show`)."""
        conn = self.conn
        if conn is None or not self.ready:
            raise WorkerCrashed("the extraction process is not running")
        try:
            conn.send((op, text, id))
            if not conn.poll(timeout):
                raise WorkerTimeout
            kind, value = conn.recv()
        except (EOFError, OSError) as e:
            code = self.proc.exitcode if self.proc is not None else None
            raise WorkerCrashed(f"the extraction process stopped (exit code {code}): {e}") from None
        if kind == "error":
            raise WorkerError(value)
        return value

    def _detach(self):
        """Forget the process and its pipe (not ready), and hand them over."""
        with self._guard:
            self.ready = False
            proc, conn, self.proc, self.conn = self.proc, self.conn, None, None
        return proc, conn

    def kill(self) -> None:
        """Kill the process at once (it may be in the middle of an extraction)."""
        proc, conn = self._detach()
        if proc is not None:
            proc.kill()
            proc.join(10)
        if conn is not None:
            conn.close()

    def replace(self) -> None:
        """Kill the process and start another; `restarting` meanwhile."""
        self.restarting = True
        try:
            self.kill()
            self.start()
        finally:
            self.restarting = False

    def stop(self) -> None:
        """Let the process end (the end of its pipe), kill it if it does not."""
        proc, conn = self._detach()
        if conn is not None:
            conn.close()
        if proc is not None:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join(5)
