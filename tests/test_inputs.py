"""Reading inputs: suffixes and compressions, corrupt streams, byte order
marks, folders that cannot be read or hold nothing, fsspec folders and globs.
Every input that cannot be read gets an error line naming it, and the inputs
after it are still read."""

import bz2
import gzip
import io
import json
import lzma
import os
import sys

import pytest

from extract.cli import main
from extract.inputs import read_inputs

ROWS = [
    {"id": "uz-az", "text": "بلغت التجارة الثنائية بين أوزبكستان وأذربيجان 275 مليون يورو"},
    {"id": "tashkent", "text": "وقع الرئيس الأوزبكي شوكت ميرزيوييف اتفاقية للتعاون الاقتصادي مع قيرغيزستان"},
    {"id": "trade", "text": "ارتفع حجم التبادل التجاري إلى 2.8 مليار يورو في عام 2017"},
]
ARTICLE = "قمة طشقند: بلغت التجارة الثنائية بين أوزبكستان وأذربيجان 275 مليون يورو."


def jsonl(rows=ROWS) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def run(tmp_path, *inputs, capsys=None):
    out = tmp_path / "out.jsonl"
    code = main(["run", *map(str, inputs), "-o", str(out), "--quiet", "--workers", "1"])
    return code, [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def ids(items):
    return [it.id for it in items]


# --- corrupt and truncated compressed streams -------------------------------

def big_rows(n=3000):
    return [{"id": f"n{i}", "text": f"بلغت التجارة بين أوزبكستان وأذربيجان {i + 1} مليون يورو " * 3} for i in range(n)]


def test_a_truncated_jsonl_gz_gets_an_error_line_and_the_batch_goes_on(tmp_path):
    data = gzip.compress(jsonl(big_rows()))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    after = tmp_path / "after.txt"
    after.write_text(ARTICLE, encoding="utf-8")
    items = list(read_inputs([str(cut), str(after)]))
    assert items[-1].id == "after" and items[-1].error is None and "أوزبكستان" in items[-1].text
    (err,) = [it for it in items if it.error]
    assert err is items[-2] and str(cut) in err.error and err.source == str(cut)
    assert all(it.error is None for it in items[:-2])  # what could be read before the cut


def test_a_corrupt_jsonl_gz_is_an_error_line_and_the_exit_code_says_so(tmp_path, capsys):
    data = bytearray(gzip.compress(jsonl()))
    data[12:40] = b"\xff" * 28  # the deflate stream itself
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(bytes(data))
    good = tmp_path / "good.jsonl"
    good.write_bytes(jsonl())
    code, records = run(tmp_path, bad, good)
    assert code == 1
    assert records[0]["error"] and str(bad) in records[0]["error"]
    assert [r["id"] for r in records[1:]] == [r["id"] for r in ROWS]
    assert records[1]["countries"] and str(bad) in capsys.readouterr().err


def test_a_file_that_is_not_gzip_under_gz_is_an_error_line(tmp_path):
    p = tmp_path / "plain.jsonl.gz"
    p.write_bytes(jsonl())
    (item,) = read_inputs([str(p)])
    assert item.error and str(p) in item.error


# --- suffixes ----------------------------------------------------------------

def compressed(kind, data):
    if kind == "gz":
        return gzip.compress(data)
    if kind == "bz2":
        return bz2.compress(data)
    if kind == "xz":
        return lzma.compress(data)
    zstandard = pytest.importorskip("zstandard")
    return zstandard.ZstdCompressor().compress(data)


@pytest.mark.parametrize("name", ["a.jsonl", "a.ndjson", "a.jsonl.gz", "a.jsonl.bz2", "a.jsonl.xz", "a.jsonl.zst",
                                  "a.ndjson.gz"])
def test_jsonl_suffixes_are_read(tmp_path, name):
    p = tmp_path / name
    kind = name.rsplit(".", 1)[-1]
    p.write_bytes(jsonl() if kind in ("jsonl", "ndjson") else compressed(kind, jsonl()))
    items = list(read_inputs([str(p)]))
    assert ids(items) == [r["id"] for r in ROWS]
    assert [it.text for it in items] == [r["text"] for r in ROWS]
    assert items[1].source == f"{p}:2"


@pytest.mark.parametrize("name", ["a.txt", "a.txt.gz", "a.txt.bz2", "a.txt.xz"])
def test_text_suffixes_are_read(tmp_path, name):
    p = tmp_path / name
    kind = name.rsplit(".", 1)[-1]
    p.write_bytes(ARTICLE.encode() if kind == "txt" else compressed(kind, ARTICLE.encode()))
    (item,) = read_inputs([str(p)])
    assert (item.id, item.text, item.error) == ("a", ARTICLE, None)


def test_zst_without_zstandard_names_the_extra(tmp_path, monkeypatch):
    p = tmp_path / "a.jsonl.zst"
    p.write_bytes(b"(\xb5/\xfd\x00\x00")
    monkeypatch.setitem(sys.modules, "zstandard", None)
    (item,) = read_inputs([str(p)])
    assert str(p) in item.error and "zstandard" in item.error and "[zstd]" in item.error


@pytest.mark.parametrize("name,data", [
    ("a.json", json.dumps(ROWS[0], ensure_ascii=False).encode()),
    ("a.pdf", b"%PDF-1.4\n" + ARTICLE.encode()),
    ("a.csv", ("id,text\n1," + ARTICLE).encode()),
    ("a.txt", gzip.compress(ARTICLE.encode())),  # gzip bytes under .txt
    ("a.jsonl", gzip.compress(jsonl())),
    ("a.txt", b"PK\x03\x04" + ARTICLE.encode()),
])
def test_other_suffixes_and_disguised_bytes_are_rejected_not_read_as_articles(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    code, records = run(tmp_path, p)
    (r,) = records
    assert r["error"] and str(p) in r["error"] and r["figures"] == [] and r["countries"] == []
    assert code == 3


def test_a_folder_reads_every_input_suffix_and_skips_others(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.ndjson").write_bytes(jsonl(ROWS[:1]))
    (d / "c.jsonl.bz2").write_bytes(bz2.compress(jsonl(ROWS[1:2])))
    (d / "d.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (d / "notes.json").write_text("{}", encoding="utf-8")
    (d / "scan.pdf").write_bytes(b"%PDF-1.4")
    items = list(read_inputs([str(d)]))
    assert ids(items) == ["a", "uz-az", "tashkent", "d"] and all(it.error is None for it in items)


# --- byte order marks ---------------------------------------------------------

def test_a_bom_at_the_start_of_a_jsonl_file_is_ignored(tmp_path):
    p = tmp_path / "bom.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + jsonl())
    items = list(read_inputs([str(p)]))
    assert ids(items) == [r["id"] for r in ROWS] and all(it.error is None for it in items)


def test_a_bom_at_the_start_of_stdin_is_ignored(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"\xef\xbb\xbf" + jsonl()))))
    items = list(read_inputs(["-"]))
    assert ids(items) == [r["id"] for r in ROWS] and items[0].source == "<stdin>:1"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"\xef\xbb\xbf" + ARTICLE.encode()))))
    (item,) = read_inputs(["-"])
    assert item.text == ARTICLE


# --- folders ------------------------------------------------------------------

def test_a_folder_that_cannot_be_read_says_so(tmp_path, monkeypatch, capsys):
    d = tmp_path / "news"
    (d / "ok").mkdir(parents=True)
    (d / "locked").mkdir()
    (d / "ok" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "locked" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    locked = str(d / "locked")
    if os.geteuid() == 0:  # root reads anything: make listing the folder fail as it would
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == locked:
                raise PermissionError(13, "Permission denied", locked)
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        os.chmod(locked, 0)
    try:
        code, records = run(tmp_path, d)
    finally:
        os.chmod(locked, 0o755)
    assert code == 1
    assert [r["id"] for r in records] == [locked, "a"]  # in path order
    (err,) = [r for r in records if r["error"]]
    assert locked in err["error"] and "cannot read folder" in err["error"]
    assert locked in capsys.readouterr().err


def test_a_folder_with_nothing_readable_says_so(tmp_path, capsys):
    d = tmp_path / "empty"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "article.json").write_text(json.dumps(ROWS[0], ensure_ascii=False), encoding="utf-8")
    code, (r,) = run(tmp_path, d)
    assert code == 3
    assert "no input files in folder" in r["error"] and str(d) in r["error"] and "1 files" in r["error"]
    assert "no input files" in capsys.readouterr().err


def test_an_empty_folder_next_to_a_good_input_exits_1(tmp_path):
    d = tmp_path / "nothing"
    d.mkdir()
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    code, records = run(tmp_path, d, good)
    assert code == 1 and records[0]["error"] and records[1]["countries"]


# --- fsspec URLs: folders and globs ---------------------------------------------

def test_fsspec_folders_and_globs(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    fs.pipe("/hb-news/2018/a.jsonl", jsonl(ROWS[:2]))
    fs.pipe("/hb-news/2018/b.txt.gz", gzip.compress(ARTICLE.encode()))
    fs.pipe("/hb-news/2019/c.ndjson", jsonl(ROWS[2:]))
    fs.pipe("/hb-news/2019/readme.md", b"# notes")
    fs.pipe("/hb-empty/x.json", b"{}")
    try:
        folder = list(read_inputs(["memory:///hb-news"]))
        assert ids(folder) == ["uz-az", "tashkent", "b", "trade"] and all(it.error is None for it in folder)
        assert folder[1].source == "memory:///hb-news/2018/a.jsonl:2"
        glob = list(read_inputs(["memory:///hb-news/*/*.*json*"]))
        assert ids(glob) == ["uz-az", "tashkent", "trade"]
        (none,) = read_inputs(["memory:///hb-news/*.pdf"])
        assert none.error and "nothing matches" in none.error
        (empty,) = read_inputs(["memory:///hb-empty"])
        assert empty.error and "no input files" in empty.error
        code, records = run(tmp_path, "memory:///hb-news/2019")
        assert code == 0 and records[0]["id"] == "trade" and records[0]["figures"]
    finally:
        fs.rm("/hb-news", recursive=True)
        fs.rm("/hb-empty", recursive=True)
