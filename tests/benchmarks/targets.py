"""Compare a pytest-benchmark JSON file (`make bench` writes out/bench.json)
with the speed and memory targets of issue 7 (and the real-article figures,
reported without a target); print the table and exit 1 when a target is missed.

    python tests/benchmarks/targets.py out/bench.json
"""

from __future__ import annotations

import json
import platform
import sys


def _by_name(data: dict) -> dict[str, dict]:
    return {b["name"]: b for b in data["benchmarks"]}


def check(data: dict) -> tuple[list[tuple[str, str, str, bool]], str]:
    b = _by_name(data)
    rows = []

    def row(what, target, value, ok):
        rows.append((what, target, value, ok))

    if "test_bench_pipeline" in b:
        cps = b["test_bench_pipeline"]["extra_info"]["chars_per_second"]
        row("whole pipeline, one core (seed article)", "≥ 100,000 chars/s", f"{cps:,} chars/s", cps >= 100_000)
    if "test_bench_ner" in b and "chars_per_second" in b["test_bench_ner"]["extra_info"]:
        cps = b["test_bench_ner"]["extra_info"]["chars_per_second"]
        row("NER model alone, one core (seed article)", "≥ 150,000 chars/s", f"{cps:,} chars/s", cps >= 150_000)
    for name, what in (("test_bench_pipeline_news[model]", "whole pipeline, one core (real articles)"),
                       ("test_bench_pipeline_news[rules-only]", "rules only, one core (real articles)")):
        if name in b and "chars_per_second" in b[name]["extra_info"]:
            x = b[name]["extra_info"]
            row(f"{what}, {x['articles']} ANT articles", "reported",
                f"{x['chars_per_second']:,} chars/s, {x['articles_per_second']} articles/s", None)
    w1, w2 = b.get("test_bench_extract_run[1]"), b.get("test_bench_extract_run[2]")
    if w1 and w2:
        a1, a2 = w1["extra_info"]["articles_per_second"], w2["extra_info"]["articles_per_second"]
        for w in (w1, w2):
            x = w["extra_info"]
            row(f"`extract run`, {x['articles']:,} ANT articles, --workers {x['workers']}", "reported",
                f"{x['characters_per_second']:,} chars/s, {x['articles_per_second']} articles/s, "
                f"peak {x['peak_memory_mb']} MB", None)
        row(f"`extract run`, {w2['extra_info']['articles']:,} articles: --workers 2 / --workers 1",
            "≥ 1.7×", f"{a2} / {a1} articles/s = {a2 / a1:.2f}×", a2 / a1 >= 1.7)
        peak = max(w1["extra_info"]["peak_memory_mb"], w2["extra_info"]["peak_memory_mb"])
        row(f"peak memory, {w2['extra_info']['articles']:,} articles (process tree)", "< 1,024 MB",
            f"{peak} MB", peak < 1024)
        tenth = b.get("test_bench_extract_run_tenth")
        if tenth:
            small, big = tenth["extra_info"]["peak_memory_mb"], w2["extra_info"]["peak_memory_mb"]
            row(f"peak memory, {tenth['extra_info']['articles']:,} vs {w2['extra_info']['articles']:,} articles "
                "(2 workers)", "within 10%", f"{small} vs {big} MB ({(big - small) / small:+.0%})",
                abs(big - small) <= 0.10 * small)
    hostile = [x for name, x in b.items() if name.startswith("test_bench_hostile[")]
    for x in hostile:
        info = x["extra_info"]
        if info.get("characters", 0) >= 1_000_000:
            row(f"`extract run`, {info['characters']:,} characters of {info['pattern']}", "< 30 s",
                f"{info['seconds']:.1f} s", info["seconds"] < 30)
    if "test_bench_startup" in b:
        s = b["test_bench_startup"]["stats"]["mean"]
        row("start-up (imports, model load, one article)", "< 3 s", f"{s:.2f} s", s < 3)
    cpu = data.get("machine_info", {}).get("cpu", {}).get("brand_raw") or platform.processor()
    return rows, f"{cpu}, {data.get('machine_info', {}).get('cpu', {}).get('count', '?')} cores, {data.get('datetime', '')[:10]}"


def main(argv: list[str]) -> int:
    path = argv[1] if len(argv) > 1 else "out/bench.json"
    with open(path, encoding="utf-8") as f:
        rows, machine = check(json.load(f))
    print(f"Targets (issue 7), measured on {machine}:\n")
    print("| measure | target | measured | met |\n|---|---|---|---|")
    for what, target, value, ok in rows:
        print(f"| {what} | {target} | {value} | {'—' if ok is None else 'yes' if ok else '**no**'} |")
    return 0 if rows and all(ok is not False for *_, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
