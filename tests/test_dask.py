"""The Dask engine: a LocalCluster of 2 workers gives the same output as the
local runner, and a Dask bag maps the pipeline partition by partition."""

import json

import pytest

from extract.cli import main

from .conftest import WIKI

pytestmark = pytest.mark.slow  # seconds per test: `make quick` leaves them out

pytest.importorskip("distributed")


def test_dask_engine_gives_the_local_output(tmp_path):
    local = tmp_path / "local.jsonl"
    dask = tmp_path / "dask.jsonl"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "قمة طشقند"}\n{broken\n', encoding="utf-8")
    inputs = [str(WIKI / "articles"), str(bad)]
    assert main(["run", *inputs, "-o", str(local), "--quiet", "--workers", "1"]) == 1
    assert main(["run", *inputs, "-o", str(dask), "--quiet", "--workers", "2", "--engine", "dask"]) == 1
    assert dask.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert len(local.read_text(encoding="utf-8").splitlines()) == 28


def test_dask_bag_api():
    import dask.bag as db

    from extract.dask_engine import extract_bag

    texts = [{"id": f"t{i}", "text": f"بلغت التجارة {i + 2} مليار يورو مع أذربيجان"} for i in range(6)]
    out = extract_bag(db.from_sequence(texts, npartitions=3)).compute(scheduler="processes", num_workers=2)
    assert [r["id"] for r in out] == [f"t{i}" for i in range(6)]
    assert [r["figures"][0]["value"] for r in out] == [(i + 2) * 1e9 for i in range(6)]
    assert all(r["countries"][0]["iso2"] == "AZ" for r in out)


def test_fsspec_urls_in_and_out():
    import fsspec

    fs = fsspec.filesystem("memory")
    with fs.open("/news/a.jsonl", "wb") as f:
        f.write('{"id": "m1", "text": "بلغت التجارة 2.8 مليار يورو"}\n'.encode())
    assert main(["run", "memory:///news/a.jsonl", "-o", "memory:///out/a.jsonl.gz", "--quiet", "--workers", "1"]) == 0
    with fsspec.open("memory:///out/a.jsonl.gz", "rt", compression="infer", encoding="utf-8") as f:
        (rec,) = [json.loads(x) for x in f]
    assert rec["id"] == "m1" and rec["figures"][0]["unit"] == "EUR"
    assert main(["run", "memory:///news/missing.jsonl", "-o", "memory:///out/b.jsonl", "--quiet",
                 "--workers", "1"]) == 3  # nothing could be read
