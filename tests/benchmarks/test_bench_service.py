"""Throughput and latency of the HTTP service on the seed article, with 1 and
4 concurrent clients (a real server on a loopback port, a thread per client).
EXTRACT_BENCH_REQUESTS requests per run (200 under `make bench`, 20 under `make test`)."""

import json
import os
import statistics
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from ..test_service import base_url  # noqa: F401  (the running server fixture)

N = int(os.environ.get("EXTRACT_BENCH_REQUESTS", "20"))


def _post(url: str, body: bytes) -> float:
    req = urllib.request.Request(url + "/v1/extract", data=body, headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as r:
        assert r.status == 200
        r.read()
    return time.perf_counter() - start


@pytest.mark.parametrize("clients", [1, 4])
def test_bench_service(benchmark, base_url, seed_text, clients):  # noqa: F811
    body = json.dumps({"id": "seed", "text": seed_text}, ensure_ascii=False).encode()
    stats = {}

    def once():
        start = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            latencies = list(pool.map(lambda _: _post(base_url, body), range(N)))
        stats["elapsed"] = time.perf_counter() - start
        stats["latencies"] = sorted(latencies)

    benchmark.pedantic(once, rounds=1, iterations=1)
    lat = stats["latencies"]
    benchmark.extra_info.update({
        "clients": clients, "requests": N,
        "requests_per_second": round(N / stats["elapsed"], 1),
        "latency_median_ms": round(statistics.median(lat) * 1000, 1),
        "latency_p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 1),
    })


LOAD_SECONDS = float(os.environ.get("EXTRACT_LOAD_SECONDS", "20"))


@pytest.mark.slow
def test_load_4_clients_for_20_seconds(base_url, seed_text):  # noqa: F811
    """4 clients send the seed article back to back for 20 s (a real server on
    127.0.0.1): no error of any kind; the throughput and the latencies are
    printed (pytest -s) and kept in out/test-artifacts/service-load.json."""
    from ..conftest import ROOT

    body = json.dumps({"id": "seed", "text": seed_text}, ensure_ascii=False).encode()
    deadline = time.perf_counter() + LOAD_SECONDS

    def client(_):
        latencies, errors = [], []
        while time.perf_counter() < deadline:
            try:
                latencies.append(_post(base_url, body))
            except Exception as e:  # noqa: BLE001  (every failure counts as an error)
                errors.append(repr(e))
        return latencies, errors

    start = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(client, range(4)))
    elapsed = time.perf_counter() - start
    lat = sorted(x for r in results for x in r[0])
    errors = [e for r in results for e in r[1]]
    stats = {"clients": 4, "seconds": round(elapsed, 1), "requests": len(lat), "errors": len(errors),
             "requests_per_second": round(len(lat) / elapsed, 1),
             "latency_median_ms": round(statistics.median(lat) * 1000, 1),
             "latency_p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 1),
             "latency_max_ms": round(lat[-1] * 1000, 1)}
    print("\nservice load:", json.dumps(stats))
    out = ROOT / "out" / "test-artifacts"
    out.mkdir(parents=True, exist_ok=True)
    (out / "service-load.json").write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    assert errors == [], errors[:5]
    assert len(lat) >= 4 * LOAD_SECONDS  # at least a request per client per second
