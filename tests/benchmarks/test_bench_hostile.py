"""Hostile input at scale (issue 16): one million characters of one repeated
pattern through `extract run`, each under 30 seconds.

Under `make test` every benchmark runs once as a test, on a tenth of the size
(EXTRACT_BENCH_HOSTILE_CHARS, 1,000,000 under `make bench`); the target is
checked by `targets.py` on the full size.
"""

import os
import subprocess
import sys
import time

import pytest

from ..hostile import NAMES, hostile_text

pytestmark = pytest.mark.slow

CHARS = int(os.environ.get("EXTRACT_BENCH_HOSTILE_CHARS", "100000"))


@pytest.mark.parametrize("name", NAMES)
def test_bench_hostile(benchmark, name, tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(hostile_text(name, CHARS), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "extract", "run", str(path), "-o", str(out), "--workers", "1", "--quiet"]

    def once():
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        return proc, time.perf_counter() - start

    proc, seconds = benchmark.pedantic(once, rounds=1, iterations=1)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.read_text(encoding="utf-8").count("\n") == 1
    benchmark.extra_info.update({"characters": CHARS, "seconds": round(seconds, 2), "pattern": name})
