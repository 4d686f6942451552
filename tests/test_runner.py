"""The batch runner: streaming, order, resume after a crash, and a worker
that dies on one article."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from extract.cli import main
from extract.inputs import Item
from extract.pipeline import Pipeline
from extract.runner import results

from .conftest import SEED


def items(n, pulled):
    text = SEED.read_text(encoding="utf-8")
    for i in range(n):
        pulled.append(i)
        yield Item(id=f"a{i}", text=text[: 200 + i], source=f"gen:{i}")


def test_one_worker_reads_the_input_as_it_goes():
    pulled = []
    stream = results(items(10_000, pulled), lambda: Pipeline(ner_model=False), workers=1)
    first = next(stream)
    assert json.loads(first.line)["id"] == "a0"
    assert len(pulled) == 1


def test_workers_keep_a_bounded_number_of_articles_in_flight():
    pulled = []
    stream = results(items(10_000, pulled), _RulesOnly(), workers=2, chunk_size=4)
    ids = [json.loads(next(stream).line)["id"] for _ in range(3)]
    assert ids == ["a0", "a1", "a2"]
    assert len(pulled) <= 2 * 4 * 4 + 4  # 4 × workers chunks of 4, and the one being read
    stream.close()


class _RulesOnly:
    def __call__(self):
        return Pipeline(ner_model=False)


class _Crashy(Pipeline):
    """A pipeline whose process dies (no exception: the process is gone) on one article."""

    def extract(self, text, id=None, source=None, warnings=None):
        if "CRASH" in text:
            os._exit(3)
        return super().extract(text, id=id, source=source, warnings=warnings)


def _crashy():
    return _Crashy(ner_model=False)


def test_a_worker_that_dies_costs_one_article_and_the_batch_goes_on():
    batch = [Item(id=f"x{i}", text=("CRASH " if i == 5 else "") + "قمة في طشقند " * 3, source=f"s{i}")
             for i in range(20)]
    res = list(results(iter(batch), _crashy, workers=2, chunk_size=4))
    recs = [json.loads(r.line) for r in res]
    assert [r["id"] for r in recs] == [f"x{i}" for i in range(20)]
    assert recs[5]["error"].startswith("a worker process died while processing s5")
    assert all(r["error"] is None for n, r in enumerate(recs) if n != 5)
    assert [r.failed for r in res].count(True) == 1


def test_resume_after_an_interrupted_run(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": f"n{i}", "text": f"بلغت التجارة {i + 1} مليار يورو"} for i in range(6)]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["run", str(src), "-o", str(out), "--quiet", "--workers", "1"]) == 0
    full = out.read_text(encoding="utf-8").splitlines()
    # a crash after three records, in the middle of writing the fourth
    out.write_text("\n".join(full[:3]) + "\n" + full[3][:25], encoding="utf-8")
    assert main(["run", str(src), "-o", str(out), "--quiet", "--workers", "1", "--resume"]) == 0
    again = out.read_text(encoding="utf-8").splitlines()
    assert again == full
    # resuming a finished run writes nothing more
    assert main(["run", str(src), "-o", str(out), "--quiet", "--workers", "1", "--resume"]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == full


def test_resume_needs_a_plain_output_file(tmp_path):
    assert main(["run", str(SEED), "--resume", "--quiet"]) == 2
    assert main(["run", str(SEED), "-o", str(tmp_path / "o.jsonl.gz"), "--resume", "--quiet"]) == 2


def test_resume_keys_on_the_source_not_the_id(tmp_path):
    for sub, text in [("2018", "بلغت التجارة 5 مليار يورو مع أذربيجان"), ("2019", "بلغت التجارة 7 مليار يورو مع قيرغيزستان")]:
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["run", str(tmp_path / "in"), "-o", str(out), "--quiet", "--workers", "1"]
    assert main(args) == 0
    full = out.read_text(encoding="utf-8").splitlines()
    out.write_text(full[0] + "\n", encoding="utf-8")  # a crash after the first a.txt
    assert main([*args, "--resume"]) == 0
    again = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in again] == ["a", "a"]
    assert [r["countries"][0]["iso2"] for r in again] == ["AZ", "KG"]
    assert again[1]["source"].endswith("2019/a.txt")


def test_resume_keys_jsonl_articles_on_their_line(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "same", "text": f"بلغت التجارة {i + 1} مليار يورو"} for i in range(3)]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["run", str(src), "-o", str(out), "--quiet", "--workers", "1"]
    assert main(args) == 0
    full = out.read_text(encoding="utf-8").splitlines()
    out.write_text(full[0] + "\n", encoding="utf-8")
    assert main([*args, "--resume"]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == full


def test_resume_retries_the_articles_that_failed(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("بلغت التجارة 5 مليار يورو مع أذربيجان", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["run", str(d / "a.txt"), str(d / "b.txt"), "-o", str(out), "--quiet", "--workers", "1"]
    assert main(args) == 1  # b.txt is not there yet
    first = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert first[1]["error"]
    (d / "b.txt").write_text("بلغت التجارة 7 مليار يورو مع قيرغيزستان", encoding="utf-8")
    assert main([*args, "--resume"]) == 0
    again = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["error"]) for r in again] == [("a", None), ("b", None)]  # the error line is gone
    assert again[1]["countries"][0]["iso2"] == "KG"


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_killing_the_main_run_stops_its_workers(tmp_path, sig):
    psutil = pytest.importorskip("psutil")
    src = tmp_path / "big.jsonl"
    text = SEED.read_text(encoding="utf-8")
    with open(src, "w", encoding="utf-8") as f:
        for i in range(3000):
            f.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
    proc = subprocess.Popen([sys.executable, "-m", "extract", "run", str(src), "-o", str(tmp_path / "o.jsonl"),
                             "--quiet", "--workers", "2"], stderr=subprocess.PIPE)
    parent = psutil.Process(proc.pid)
    deadline = time.time() + 60
    while time.time() < deadline and not (tmp_path / "o.jsonl").exists() or len(parent.children()) < 2:
        assert proc.poll() is None and time.time() < deadline, "the run ended or never started its workers"
        time.sleep(0.2)
    time.sleep(1)  # the workers are busy with their chunks
    children = parent.children(recursive=True)
    assert len(children) >= 2
    proc.send_signal(sig)
    proc.wait(timeout=30)
    gone, alive = psutil.wait_procs(children, timeout=10)
    for p in alive:
        p.kill()
    assert alive == []
    if sig != signal.SIGKILL:
        assert proc.returncode in (128 + sig, -sig) and "Traceback" not in proc.stderr.read().decode()


def test_resume_knows_a_file_however_its_path_is_spelled(tmp_path, monkeypatch):
    # the first run named the folder one way, the resumed run another
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    for name, text in [("a", "بلغت التجارة 5 مليار يورو مع أذربيجان"), ("b", "بلغت التجارة 7 مليار يورو مع قيرغيزستان")]:
        (tmp_path / "in" / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["run", "./in/", "-o", str(out), "--quiet", "--workers", "1"]) == 0
    full = out.read_text(encoding="utf-8").splitlines()
    assert len(full) == 2
    for spelling in ["in", str(tmp_path / "in"), "in//"]:
        assert main(["run", spelling, "-o", str(out), "--quiet", "--workers", "1", "--resume"]) == 0
        assert out.read_text(encoding="utf-8").splitlines() == full  # nothing done twice
    out.write_text(full[0] + "\n", encoding="utf-8")  # a crash after the first article
    assert main(["run", str(tmp_path / "in"), "-o", str(out), "--quiet", "--workers", "1", "--resume"]) == 0
    again = out.read_text(encoding="utf-8").splitlines()
    assert len(again) == 2 and again[0] == full[0] and json.loads(again[1])["id"] == json.loads(full[1])["id"]
