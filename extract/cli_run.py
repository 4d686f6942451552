"""`extract run`: inputs to JSON Lines, side outputs, exit codes, signals.

Exit codes: 0 every article was processed; 1 some inputs could not be read or
processed (each is named on stderr and has an error line in the output), the
others were; 2 usage errors (bad options, a missing extra or data folder, an
output that cannot be written, a full disk); 3 nothing was extracted: every
input failed (each has its error line); 130 and 143 interrupted by SIGINT or
SIGTERM (the worker processes are stopped first).
"""

from __future__ import annotations

import argparse
import gzip
import os
import signal
import sys
from functools import partial
from pathlib import Path

from .inputs import read_inputs
from .pipeline import Pipeline
from .runner import resume_key, resume_state, run, summary_json

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_ALL_FAILED = 0, 1, 2, 3


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, e.g. under
    taskset or a container's cpuset), not all the machine's."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def cannot_write(what: str, e: OSError) -> int:
    """One line on stderr for an output that cannot be written; exit 2."""
    print(f"extract: cannot write {what}: {e.strerror or e}", file=sys.stderr)
    if what == "standard output":  # nothing more must reach it, not even at exit
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):  # standard output is not a file (a test's capture)
            pass
    return EXIT_USAGE


def open_side_output(path: str | None):
    """A side output (--summary-json, --report) opened before the work
    starts, so that a path that cannot be written fails at once; None and a
    message on stderr when it cannot be opened."""
    if path is None:
        return None
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as e:
        cannot_write(path, e)
        return None


def finish_side_output(f, text: str) -> int:
    try:
        with f:
            f.write(text)
    except OSError as e:
        return cannot_write(f.name, e)
    return EXIT_OK


def run_command(args: argparse.Namespace) -> int:
    """`extract run` with its parsed options; returns the exit code."""
    done: set[str] = set()
    if args.resume and (not args.output or args.output.endswith(".gz")):
        print("extract: --resume needs -o OUT.jsonl (a plain, not compressed, file)", file=sys.stderr)
        return EXIT_USAGE
    if args.engine == "dask":
        try:
            from . import dask_engine

            dask_engine.require()
        except ImportError as e:
            print(f"extract: {e}", file=sys.stderr)
            return EXIT_USAGE
    summary_file = open_side_output(args.summary_json)
    if args.summary_json and summary_file is None:
        return EXIT_USAGE
    where = args.output or "standard output"
    if args.output:
        try:
            out_path = Path(args.output)
            if "://" not in args.output and out_path.parent and not out_path.parent.exists():
                out_path.parent.mkdir(parents=True, exist_ok=True)
            if args.resume and out_path.exists():
                done = resume_state(out_path)
                print(f"extract: resuming: {len(done)} articles already in {out_path}", file=sys.stderr)
            mode = "a" if args.resume else "w"
            if "://" in args.output:
                import fsspec

                out = fsspec.open(args.output, "wt", compression="infer", encoding="utf-8").open()
            else:
                out = (gzip.open(out_path, "wt", encoding="utf-8") if args.output.endswith(".gz")
                       else open(out_path, mode, encoding="utf-8"))
        except OSError as e:
            return cannot_write(args.output, e)
    else:
        out = sys.stdout
        if hasattr(out, "reconfigure"):
            out.reconfigure(encoding="utf-8")

    def report(message: str) -> None:
        print(f"extract: {message}", file=sys.stderr)

    progress = not args.quiet and sys.stderr.isatty()
    factory = partial(Pipeline, max_chars=args.max_chars)
    try:
        with stop_on_sigterm():
            try:
                items = read_inputs(args.inputs, max_bytes=args.max_chars * 4)
                if done:
                    items = (it for it in items if resume_key(it.source) not in done)
                stream = None
                if args.engine == "dask":
                    stream = dask_engine.results(items, factory, workers=args.workers, scheduler=args.scheduler)
                summary = run(items, out, factory=factory, workers=args.workers, progress=progress,
                              on_error=report, stream=stream)
            finally:
                if out is not sys.stdout:
                    out.close()
                else:
                    out.flush()
    except BrokenPipeError:
        raise
    except OSError as e:  # writing the output: a full disk, a quota, a lost mount
        return cannot_write(where, e)
    if not args.quiet:
        print(f"output: {where}", file=sys.stderr)
        print(summary.text(), file=sys.stderr)
    if summary_file is not None and finish_side_output(summary_file, summary_json(summary) + "\n"):
        return EXIT_USAGE
    if summary.failures:
        return EXIT_SOME_FAILED if summary.articles > summary.failures else EXIT_ALL_FAILED
    return EXIT_OK


class stop_on_sigterm:
    """While the batch runs, SIGTERM unwinds it like Ctrl-C does (the worker
    processes are killed on the way out) and the command exits 143."""

    def __enter__(self):
        try:
            self.old = signal.signal(signal.SIGTERM, self.stop)
        except ValueError:  # not the main thread: leave signals alone
            self.old = None
        return self

    @staticmethod
    def stop(signum, frame):
        raise SystemExit(128 + signum)

    def __exit__(self, *exc):
        if self.old is not None:
            signal.signal(signal.SIGTERM, self.old)
        return False
