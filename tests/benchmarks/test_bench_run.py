"""Throughput and memory of `extract run` on real news articles, and start-up time.

The input is a fixed sample of EXTRACT_BENCH_ARTICLES articles of the ANT news
corpus (10,000 under `make bench`, 200 under `make test`, where each benchmark
runs once as a test); see `news.py`.
Peak memory is the largest sum of the resident memory of the process and all
its children, sampled every 50 ms.
"""

import json
import os
import subprocess
import sys
import threading
import time

import psutil
import pytest

from . import news

pytestmark = pytest.mark.slow  # seconds per test: `make quick` leaves them out

N = int(os.environ.get("EXTRACT_BENCH_ARTICLES", "200"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    if not news.available():
        pytest.skip(f"the ANT news corpus is not at {news.ANT}")
    path = tmp_path_factory.mktemp("bench") / f"ant-{N}.jsonl"
    chars = news.write_jsonl(path, news.sample(N))
    return path, chars


def _run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of the whole process tree."""
    proc = psutil.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            try:
                procs = [proc, *proc.children(recursive=True)]
                total = sum(p.memory_info().rss for p in procs if p.is_running())
                peak = max(peak, total)
            except psutil.Error:
                pass
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    start = time.perf_counter()
    t.start()
    code = proc.wait()
    elapsed = time.perf_counter() - start
    done.set()
    t.join()
    assert code == 0
    return elapsed, peak / 2**20


@pytest.mark.parametrize("workers", [1, 2])
def test_bench_extract_run(benchmark, generated, workers, tmp_path):
    path, chars = generated
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "extract", "run", str(path), "-o", str(out), "--quiet", "--workers", str(workers)]
    result = {}

    def once():
        result["elapsed"], result["peak_mb"] = _run(cmd)

    benchmark.pedantic(once, rounds=1, iterations=1)
    lines = out.read_text(encoding="utf-8").count("\n")
    assert lines == N
    benchmark.extra_info.update({
        "articles": N, "workers": workers, "seconds": round(result["elapsed"], 2),
        "articles_per_second": round(N / result["elapsed"], 1),
        "characters_per_second": round(chars / result["elapsed"]),
        "peak_memory_mb": round(result["peak_mb"]),
    })


def test_bench_extract_run_tenth(benchmark, generated, tmp_path):
    """The same run (2 workers) on the first tenth of the articles: peak
    memory must not depend on the size of the input."""
    path, _ = generated
    n = max(1, N // 10)
    small = tmp_path / "small.jsonl"
    with open(path, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as dst:
        for _, line in zip(range(n), src):
            dst.write(line)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "extract", "run", str(small), "-o", str(out), "--quiet", "--workers", "2"]
    result = {}

    def once():
        result["elapsed"], result["peak_mb"] = _run(cmd)

    benchmark.pedantic(once, rounds=1, iterations=1)
    assert out.read_text(encoding="utf-8").count("\n") == n
    benchmark.extra_info.update({"articles": n, "workers": 2, "seconds": round(result["elapsed"], 2),
                                 "peak_memory_mb": round(result["peak_mb"])})


def test_bench_startup(benchmark):
    """The command's start-up: interpreter, imports, model load and one short
    article, in a fresh process (`extract run -` on stdin)."""
    cmd = [sys.executable, "-m", "extract", "run", "-", "--quiet", "--workers", "1"]

    def once():
        out = subprocess.run(cmd, input="قمة في طشقند".encode(), capture_output=True, check=True).stdout
        assert json.loads(out)["id"] == "stdin"

    benchmark.pedantic(once, rounds=3, iterations=1)
