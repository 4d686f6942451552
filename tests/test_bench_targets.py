"""`tests/benchmarks/targets.py`: the benchmark numbers against issue 7's targets."""

import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location("targets", Path(__file__).parent / "benchmarks" / "targets.py")
targets = importlib.util.module_from_spec(spec)
spec.loader.exec_module(targets)


def _bench(pipeline_cps, a1, a2, peak1, peak2, tenth_peak, startup):
    return {"machine_info": {"cpu": {"brand_raw": "Test CPU", "count": 2}}, "datetime": "2026-11-28T00:00:00",
            "benchmarks": [
                {"name": "test_bench_pipeline", "stats": {"mean": 0.03}, "extra_info": {"chars_per_second": pipeline_cps}},
                {"name": "test_bench_extract_run[1]", "stats": {"mean": 1},
                 "extra_info": {"articles": 10000, "workers": 1, "articles_per_second": a1, "characters_per_second": int(a1 * 2000),
                                "peak_memory_mb": peak1}},
                {"name": "test_bench_extract_run[2]", "stats": {"mean": 1},
                 "extra_info": {"articles": 10000, "workers": 2, "articles_per_second": a2, "characters_per_second": int(a2 * 2000),
                                "peak_memory_mb": peak2}},
                {"name": "test_bench_extract_run_tenth", "stats": {"mean": 1},
                 "extra_info": {"articles": 1000, "peak_memory_mb": tenth_peak}},
                {"name": "test_bench_startup", "stats": {"mean": startup}, "extra_info": {}},
            ]}


def test_all_targets_met():
    rows, machine = targets.check(_bench(120_000, 30.0, 55.0, 300, 600, 580, 2.1))
    assert [ok for *_, ok in rows if ok is not None] == [True] * 5
    assert "Test CPU" in machine
    reported = [value for _, target, value, ok in rows if ok is None]
    assert reported == ["60,000 chars/s, 30.0 articles/s, peak 300 MB", "110,000 chars/s, 55.0 articles/s, peak 600 MB"]


def test_each_missed_target_is_flagged():
    rows, _ = targets.check(_bench(48_000, 30.0, 40.0, 300, 1100, 700, 3.5))
    assert [ok for *_, ok in rows if ok is not None] == [False] * 5


def test_main_exit_code(tmp_path):
    import json
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_bench(120_000, 30.0, 55.0, 300, 600, 580, 2.1)))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_bench(48_000, 30.0, 55.0, 300, 600, 580, 2.1)))
    assert targets.main(["targets", str(good)]) == 0
    assert targets.main(["targets", str(bad)]) == 1


def test_hostile_inputs_and_ner_speed_are_checked_at_full_size_only():
    data = _bench(120_000, 30.0, 55.0, 300, 600, 580, 2.1)
    data["benchmarks"] += [
        {"name": "test_bench_hostile[names]", "stats": {"mean": 12.0},
         "extra_info": {"characters": 1_000_000, "seconds": 12.4, "pattern": "names"}},
        {"name": "test_bench_hostile[money signs]", "stats": {"mean": 31.0},
         "extra_info": {"characters": 1_000_000, "seconds": 31.2, "pattern": "money signs"}},
        {"name": "test_bench_hostile[random bytes]", "stats": {"mean": 2.0},
         "extra_info": {"characters": 100_000, "seconds": 2.0, "pattern": "random bytes"}},  # make test's size
        {"name": "test_bench_ner", "stats": {"mean": 0.03}, "extra_info": {"chars_per_second": 140_000}},
    ]
    rows, _ = targets.check(data)
    hostile = {what: ok for what, target, value, ok in rows if target == "< 30 s"}
    assert hostile == {"`extract run`, 1,000,000 characters of names": True,
                       "`extract run`, 1,000,000 characters of money signs": False}
    assert [ok for what, *_, ok in rows if what.startswith("NER model alone")] == [False]
