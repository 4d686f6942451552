"""The batch runner: a stream of `Item`s in, JSON Lines out, in input order.

With `workers > 1` the articles go, in chunks, to worker processes that each
build the pipeline once.  At most a bounded number of chunks is in flight, so
memory does not grow with the size of the input.  An article that makes the
pipeline raise gets an error line; the batch goes on.  When the batch stops
early (an interrupt, an error, the reader of the results going away) the
worker processes are killed, not waited for; a worker whose parent dies (even
by SIGKILL) is killed by the kernel (Linux).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator, TextIO

from .inputs import Item
from .pipeline import Pipeline
from .records import COUNTED_NAMES, Article


@dataclass
class Summary:
    articles: int = 0
    failures: int = 0  # inputs that could not be read or processed (error lines)
    with_warnings: int = 0
    records: Counter = field(default_factory=Counter)
    warnings: Counter = field(default_factory=Counter)  # by warning code
    elapsed: float = 0.0
    chars: int = 0

    def add(self, result: "Result") -> None:
        self.articles += 1
        self.chars += result.chars
        if result.failed:
            self.failures += 1
        if result.warning_codes:
            self.with_warnings += 1
        self.warnings.update(result.warning_codes)
        self.records.update(result.counts)

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "failures": self.failures,
            "articles_with_warnings": self.with_warnings,
            "records": {k: self.records.get(k, 0) for k in COUNTED_NAMES},
            "warnings": dict(sorted(self.warnings.items())),
            "elapsed_seconds": round(self.elapsed, 3),
            "articles_per_second": round(self.articles / self.elapsed, 1) if self.elapsed > 0 else None,
            "characters_per_second": round(self.chars / self.elapsed) if self.elapsed > 0 else None,
        }

    def text(self) -> str:
        rec = ", ".join(f"{k} {self.records.get(k, 0)}" for k in COUNTED_NAMES)
        rate = f"{self.articles / self.elapsed:.1f}" if self.elapsed > 0 else "-"
        lines = [
            f"articles: {self.articles} ({self.failures} failed, {self.with_warnings} with warnings)",
            f"records: {rec}",
        ]
        if self.warnings:
            lines.append("warnings: " + ", ".join(f"{k} {v}" for k, v in sorted(self.warnings.items())))
        lines.append(f"elapsed: {self.elapsed:.2f} s, {rate} articles/s")
        return "\n".join(lines)


@dataclass
class Result:
    line: str  # one JSON object, no newline
    counts: dict
    warning_codes: list
    failed: bool
    chars: int
    error: str | None = None


def process_item(pipeline: Pipeline, item: Item) -> Result:
    """Run one item through the pipeline; never raises."""
    if item.error is not None:
        article = Article(id=item.id, source=item.source, error=item.error, warnings=item.warnings)
        return result_of(article, failed=True, chars=0)
    try:
        article = pipeline.extract(item.text, id=item.id, source=item.source, warnings=item.warnings)
    except Exception as e:  # a bug must cost one article, not the batch
        article = Article(
            id=item.id, source=item.source, warnings=item.warnings,
            error=f"internal error while processing {item.source}: {type(e).__name__}: {e}",
        )
        return result_of(article, failed=True, chars=len(item.text))
    return result_of(article, failed=False, chars=len(item.text))


def result_of(article: Article, failed: bool, chars: int) -> Result:
    """The output line of one article, with the counts the summary adds up."""
    counts = {k: len(getattr(article, k)) for k in COUNTED_NAMES}
    codes = [w.split(":", 1)[0] for w in article.warnings]
    return Result(article.model_dump_json(), counts, codes, failed, chars, article.error)


# --- worker processes -------------------------------------------------------

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(factory: Callable[[], Pipeline], parent: int | None = None) -> None:
    global _WORKER_PIPELINE
    # Interrupts are the parent's to handle: it kills the workers.  A handler
    # the parent installed for SIGTERM must not keep a worker alive.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent is not None:
        die_with_parent(parent)
    _WORKER_PIPELINE = factory()


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux's
    PR_SET_PDEATHSIG; elsewhere nothing), and go at once if it already has."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)


def _work_chunk(items: list[Item]) -> list[Result]:
    assert _WORKER_PIPELINE is not None
    return [process_item(_WORKER_PIPELINE, it) for it in items]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class _WorkerPool:
    """Worker processes that each build the pipeline once.  A worker that dies
    (a crash in native code, the OOM killer) breaks the whole executor; the
    pool is then rebuilt, the chunk that was running is retried one article at
    a time so that only the article that kills a worker is lost (it gets an
    error line), and the other chunks are sent again."""

    def __init__(self, workers: int, factory: Callable[[], Pipeline]):
        self.workers = workers
        self.factory = factory
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, initializer=_init_worker,
                                   initargs=(self.factory, os.getpid()))

    def submit(self, chunk: list[Item]):
        return self.pool.submit(_work_chunk, chunk)

    def restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new()

    def one_by_one(self, chunk: list[Item]) -> list[Result]:
        out = []
        for item in chunk:
            try:
                out.extend(self.pool.submit(_work_chunk, [item]).result())
            except BrokenProcessPool:
                self.restart()
                article = Article(id=item.id, source=item.source, warnings=item.warnings,
                                  error=f"a worker process died while processing {item.source}")
                out.append(result_of(article, failed=True, chars=len(item.text)))
        return out

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def kill(self) -> None:
        """Stop at once: the workers are killed, not waited for."""
        procs = list((getattr(self.pool, "_processes", None) or {}).values())
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
        self.pool.shutdown(wait=False, cancel_futures=True)
        for proc in procs:
            proc.join(2)
            if proc.is_alive():
                proc.kill()
                proc.join(1)


def results(items: Iterable[Item], factory: Callable[[], Pipeline] = Pipeline, workers: int = 1,
            chunk_size: int = 8) -> Iterator[Result]:
    """Process `items` lazily and yield their results in input order.  At most
    `4 × workers` chunks are in flight, so the input is read as it is needed."""
    if workers <= 1:
        pipeline = factory()
        for item in items:
            yield process_item(pipeline, item)
        return
    pool = _WorkerPool(workers, factory)

    def collect(pending: deque) -> list[Result]:
        chunk, fut = pending.popleft()
        try:
            return fut.result()
        except BrokenProcessPool:
            pool.restart()
            done = pool.one_by_one(chunk)
            for n in range(len(pending)):  # the chunks sent to the dead pool go again
                c, _ = pending[n]
                pending[n] = (c, pool.submit(c))
            return done

    finished = False
    try:
        yield from in_order(items, chunk_size, workers * 4, pool.submit, collect)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted, or the caller stopped reading: do not wait for the chunks in flight
            pool.kill()


def in_order(items: Iterable[Item], chunk_size: int, max_in_flight: int, submit: Callable,
             collect: Callable[[deque], list[Result]]) -> Iterator[Result]:
    """Send chunks of `items` with `submit` while at most `max_in_flight` are
    pending, and yield their results in input order; `collect(pending)` pops
    the oldest (chunk, future) and returns its results (or error results)."""
    pending: deque = deque()
    for chunk in _chunks(items, chunk_size):
        pending.append((chunk, submit(chunk)))
        if len(pending) >= max_in_flight:
            yield from collect(pending)
    while pending:
        yield from collect(pending)


def run(items: Iterable[Item], out: TextIO, factory: Callable[[], Pipeline] = Pipeline, workers: int = 1,
        progress: bool = False, on_error: Callable[[str], None] | None = None,
        stream: Iterator[Result] | None = None) -> Summary:
    """Write one JSON line per item to `out`; return the summary.  `on_error`
    hears the message of every item that failed; `stream` replaces the local
    processes with another engine's results (extract.dask_engine)."""
    summary = Summary()
    start = time.perf_counter()
    if stream is None:
        stream = results(items, factory, workers)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", dynamic_ncols=True)
    try:
        for res in stream:
            out.write(res.line)
            out.write("\n")
            summary.add(res)
            if res.failed and on_error is not None:
                on_error(res.error or "unknown error")
            if bar is not None:
                bar.update(1)
    finally:
        close = getattr(stream, "close", None)
        if close is not None:  # stops the workers when the loop ends early
            close()
        if bar is not None:
            bar.close()
        summary.elapsed = time.perf_counter() - start
    return summary


def summary_json(summary: Summary) -> str:
    return json.dumps(summary.as_dict(), ensure_ascii=False)


def resume_key(source: str) -> str:
    """A source as `--resume` compares it: a local path made absolute and
    normal (`./in/a.txt`, `in//a.txt` and `/work/in/a.txt` run from /work are
    one file; `in.jsonl:3` keeps its line); a URL as it is."""
    return source if "://" in source or source == "-" else os.path.abspath(source)


def resume_state(path) -> set[str]:
    """The sources (`path`, or `path:line` in JSON Lines; as `resume_key`
    spells them) of the articles already written to an output file, for
    `--resume`: two `a.txt` in
    different folders are two articles even though they share the id `a`.
    A last line cut off by a crash (no newline, or not valid JSON) is removed
    from the file first, so the resumed run appends after the last complete
    record; error lines are removed too, so that the articles that failed
    are tried again."""
    done: set[str] = set()
    good_end = 0
    errors = 0
    with open(path, "rb") as f:
        for line in f:
            rec = _complete_record(line)
            if rec is None:
                break
            good_end += len(line)
            if rec.get("error") is not None:
                errors += 1
            elif isinstance(rec.get("source"), str):
                done.add(resume_key(rec["source"]))
    if errors:
        _drop_error_lines(path, good_end)
    else:
        with open(path, "r+b") as f:
            f.truncate(good_end)
    return done


def _complete_record(line: bytes) -> dict | None:
    if not line.endswith(b"\n"):
        return None
    try:
        rec = json.loads(line)
    except ValueError:
        return None
    return rec if isinstance(rec, dict) else {}


def _drop_error_lines(path, end: int) -> None:
    """Rewrite the first `end` bytes of `path` without its error lines (into
    a new file beside it, then renamed over it: a crash leaves either file
    whole)."""
    tmp = f"{path}.resume-tmp"
    with open(path, "rb") as src, open(tmp, "wb") as dst:
        pos = 0
        for line in src:
            if pos >= end:
                break
            pos += len(line)
            rec = _complete_record(line)
            if rec is not None and rec.get("error") is None:
                dst.write(line)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, path)
