"""`extract run`: inputs, output, exit codes, and every kind of bad input."""

import gzip
import json
import subprocess
import sys

import jsonschema
import pytest

from extract.cli import main

from .conftest import ROOT, SEED, WIKI

SCHEMA = json.loads((ROOT / "schema" / "records.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def run_cli(tmp_path, *inputs, extra=()):
    out = tmp_path / "out.jsonl"
    if "--workers" not in extra:
        extra = ["--workers", "1", *extra]
    code = main(["run", *map(str, inputs), "-o", str(out), "--quiet", *extra])
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    for r in records:
        VALIDATOR.validate(r)
    return code, records


def test_corpus_folder_gives_one_valid_record_per_article_in_order(tmp_path):
    code, records = run_cli(tmp_path, WIKI / "articles")
    names = sorted(p.stem for p in (WIKI / "articles").glob("*.txt"))
    assert code == 0
    assert [r["id"] for r in records] == names
    assert all(r["error"] is None for r in records)


def test_output_is_utf8_with_arabic_unescaped(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "عربي", "text": "قمة طشقند"}, ensure_ascii=False) + "\n", encoding="utf-8")
    run_cli(tmp_path, src)
    assert '"id":"عربي"' in (tmp_path / "out.jsonl").read_text(encoding="utf-8")


def test_jsonl_and_gzip_inputs(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    rows = [{"id": "one", "text": text}, {"text": "قمة في طشقند"}, {"id": 7, "text": "الاجتماع التشاوري"}]
    plain = tmp_path / "a.jsonl"
    plain.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    gz = tmp_path / "b.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write(json.dumps(rows[0], ensure_ascii=False) + "\n")
    code, records = run_cli(tmp_path, plain, gz)
    assert code == 0
    assert [r["id"] for r in records][0] == "one" and records[2]["id"] == "7" and records[3]["id"] == "one"
    assert records[1]["id"].startswith("sha1:")
    assert records[1]["source"].endswith("a.jsonl:2")


def test_gzip_output(tmp_path):
    out = tmp_path / "out.jsonl.gz"
    assert main(["run", str(SEED), "-o", str(out), "--quiet"]) == 0
    with gzip.open(out, "rt", encoding="utf-8") as f:
        assert json.loads(f.readline())["id"] == "seed"


# --- bad input: every case gets a record or an error line, and the batch goes on

def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def warning_codes(record):
    return [w.split(":")[0] for w in record["warnings"]]


def test_empty_and_whitespace_only_articles(tmp_path):
    empty = write(tmp_path, "empty.txt", b"")
    blank = write(tmp_path, "blank.txt", " \n\t\u00a0\n".encode())
    code, (r1, r2) = run_cli(tmp_path, empty, blank)
    assert code == 0
    assert warning_codes(r1) == ["empty_text"] and warning_codes(r2) == ["empty_text"]


def test_text_without_arabic(tmp_path):
    p = write(tmp_path, "english.txt", b"Central Asian leaders meet in Tashkent this week.")
    code, (r,) = run_cli(tmp_path, p)
    assert code == 0 and "no_arabic" in warning_codes(r)


def test_invalid_utf8_is_replaced_and_warned(tmp_path):
    data = "قمة طشقند ".encode() + b"\xff\xfe\xc3(" + " 2.8 مليار يورو".encode()
    p = write(tmp_path, "bad.txt", data)
    code, (r,) = run_cli(tmp_path, p)
    assert code == 0
    assert any(w.startswith("invalid_utf8: 3 invalid byte sequences") for w in r["warnings"])


def test_invalid_utf8_inside_a_json_line(tmp_path):
    line = b'{"id": "x", "text": "\xd9\x82\xd9\x85\xd8\xa9 \xff"}\n'
    p = write(tmp_path, "a.jsonl", line)
    code, (r,) = run_cli(tmp_path, p)
    assert code == 0 and "invalid_utf8" in warning_codes(r)


def test_lone_surrogate_in_json_text(tmp_path):
    p = write(tmp_path, "a.jsonl", b'{"id": "s", "text": "\\u0642\\u0645\\u0629 \\ud800"}\n')
    code, (r,) = run_cli(tmp_path, p)
    assert code == 0 and "invalid_unicode" in warning_codes(r)


def test_malformed_json_lines_get_error_lines_and_the_batch_goes_on(tmp_path):
    p = write(tmp_path, "a.jsonl", "\n".join([
        '{"id": "ok1", "text": "قمة طشقند"}',
        '{"id": "broken", "text": "قمة',  # cut off
        '["not", "an", "object"]',
        '{"id": "notext"}',
        '{"id": "badtext", "text": 42}',
        '',
        '{"id": "ok2", "text": "إعلان خوجاند"}',
    ]).encode())
    code, records = run_cli(tmp_path, p)
    assert code == 1
    assert [r["id"] for r in records] == [
        "ok1", f"{p}:2", f"{p}:3", "notext", "badtext", "ok2"
    ]
    errors = [r["error"] for r in records]
    assert errors[0] is None and errors[-1] is None
    assert "malformed JSON" in errors[1] and f"{p}:2" in errors[1]
    assert "not a JSON object" in errors[2]
    assert 'no "text" field' in errors[3]
    assert "not a string" in errors[4]


def test_missing_input_is_an_error_line_and_exit_1(tmp_path, capsys):
    code, records = run_cli(tmp_path, tmp_path / "nope.txt", SEED)
    assert code == 1
    assert records[0]["error"].startswith("no such file") and records[1]["id"] == "seed"
    assert "nope.txt" in capsys.readouterr().err


def test_binary_junk(tmp_path):
    junk = bytes(range(256)) * 40
    p = write(tmp_path, "junk.txt", junk)
    code, (r,) = run_cli(tmp_path, p)
    assert code == 0
    assert {"binary", "invalid_utf8"} <= set(warning_codes(r))


def test_a_stray_control_character_in_a_real_article_is_no_binary_warning(tmp_path):
    # crawled news carries one or two (a vertical tab, an escape) where the
    # markup had them: the 29,963 ANT articles gave two false alarms
    text = SEED.read_text(encoding="utf-8")
    p = write(tmp_path, "stray.txt", (text[:500] + "\x0b" + text[500:2000] + "\x1b" + text[2000:]).encode())
    code, (r,) = run_cli(tmp_path, p)
    assert code == 0 and "binary" not in warning_codes(r) and r["people"]


@pytest.mark.slow
def test_huge_article_is_cut_with_a_warning_and_offsets_still_hold(tmp_path):
    line = SEED.read_text(encoding="utf-8").splitlines()[9] + "\n"
    text = line * (5_000_000 // len(line.encode()) + 1)  # about 5 MB
    p = write(tmp_path, "huge.txt", text.encode())
    code, (r,) = run_cli(tmp_path, p, extra=["--max-chars", "200000"])
    assert code == 0
    (w,) = [w for w in r["warnings"] if w.startswith("truncated")]
    assert "(read from a larger input)" in w
    cut = int(w.split("only the first ")[1].split()[0])
    assert 180_000 <= cut <= 200_000 and text[cut - 1] in ".\n"


def test_reader_bounds_what_it_reads_of_a_huge_file(tmp_path):
    from extract.inputs import read_inputs

    p = write(tmp_path, "huge.txt", ("قمة " * 2_000_000).encode())  # 16 MB
    (item,) = read_inputs([str(p)], max_bytes=1_000_001)
    assert len(item.text.encode()) <= 1_000_001 and "\ufffd" not in item.text
    assert item.warnings[0].startswith("truncated: the file is larger than 1000001 bytes")


def test_pipeline_cuts_long_text_at_a_sentence_end():
    from extract.pipeline import Pipeline

    text = "وقد توسع التعاون الاقتصادي بسرعة. " * 1000
    art = Pipeline(max_chars=10_000, ner_model=False).extract(text)
    (w,) = art.warnings
    cut = int(w.split("only the first ")[1].split()[0])
    assert 9_000 <= cut <= 10_000 and text[cut - 1] == "."


def test_usage_errors_exit_2(tmp_path):
    with pytest.raises(SystemExit) as e:
        main(["run"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["run", str(SEED), "--workers", "0"])
    assert e.value.code == 2
    assert main(["run", str(SEED), "-o", str(SEED / "x.jsonl"), "--quiet"]) == 2


@pytest.mark.slow
def test_two_workers_give_the_same_output_in_the_same_order(tmp_path):
    _, one = run_cli(tmp_path, WIKI / "articles")
    _, two = run_cli(tmp_path, WIKI / "articles", extra=["--workers", "2"])
    assert one == two


@pytest.mark.slow
def test_console_script_with_stdin_text_and_jsonl(tmp_path):
    exe = [sys.executable, "-m", "extract", "run", "-", "--quiet"]
    res = subprocess.run(exe, input=SEED.read_bytes(), capture_output=True, check=False)
    assert res.returncode == 0
    (r,) = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert r["id"] == "stdin"
    jl = '{"id": "a", "text": "قمة"}\n{"id": "b", "text": ""}\n'.encode()
    res = subprocess.run(exe, input=jl, capture_output=True, check=False)
    assert [json.loads(x)["id"] for x in res.stdout.decode().splitlines()] == ["a", "b"]


@pytest.mark.slow
def test_summary_on_stderr_and_as_json(tmp_path):
    summary = tmp_path / "s.json"
    out = tmp_path / "o.jsonl"
    res = subprocess.run(
        [sys.executable, "-m", "extract", "run", str(WIKI / "articles"), "-o", str(out), "--summary-json",
         str(summary)], capture_output=True, text=True, check=False,
    )
    assert res.returncode == 0
    assert "articles: 26 (0 failed" in res.stderr and "articles/s" in res.stderr
    data = json.loads(summary.read_text())
    assert data["articles"] == 26 and data["failures"] == 0 and set(data["records"]) >= {"figures", "agreements"}


# --- exit codes, side outputs, extras, defaults -------------------------------

ARABIC = "بلغت التجارة الثنائية بين أوزبكستان وأذربيجان 275 مليون يورو"


def test_exit_codes_tell_a_script_what_happened(tmp_path):
    good = write(tmp_path, "good.txt", ARABIC.encode())
    assert run_cli(tmp_path, good)[0] == 0  # all processed
    assert run_cli(tmp_path, good, tmp_path / "nope.txt")[0] == 1  # some failed
    assert run_cli(tmp_path, tmp_path / "nope.txt")[0] == 3  # nothing extracted
    assert main(["run", str(good), "-o", str(good / "x.jsonl"), "--quiet"]) == 2  # output not writable


def unwritable(tmp_path):
    return str(write(tmp_path, "a-file", b"") / "summary.json")  # under a file: cannot be created


def test_unwritable_summary_json_is_one_line_and_exit_2_before_the_work(tmp_path, capsys):
    good = write(tmp_path, "good.txt", ARABIC.encode())
    out = tmp_path / "out.jsonl"
    code = main(["run", str(good), "-o", str(out), "--quiet", "--workers", "1", "--summary-json", unwritable(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert err.count("\n") == 1 and err.startswith("extract: cannot write") and "Traceback" not in err


def test_a_full_disk_is_one_line_and_exit_2(tmp_path, capsys):
    good = write(tmp_path, "good.txt", ARABIC.encode())
    code = main(["run", str(good), "-o", "/dev/full", "--quiet", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot write /dev/full" in err and "No space left" in err
    code = main(["run", str(good), "-o", str(tmp_path / "o.jsonl"), "--quiet", "--workers", "1",
                 "--summary-json", "/dev/full"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot write /dev/full" in err and err.count("\n") == 1


@pytest.mark.slow
def test_a_full_disk_on_standard_output_is_one_line_no_traceback(tmp_path):
    good = write(tmp_path, "good.txt", ARABIC.encode())
    with open("/dev/full", "w") as full:
        res = subprocess.run([sys.executable, "-m", "extract", "run", str(good), "--quiet", "--workers", "1"],
                             stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert res.returncode == 2 and "Traceback" not in res.stderr and "Exception ignored" not in res.stderr
    assert res.stderr.strip().count("\n") == 0 and "No space left" in res.stderr


def test_unwritable_eval_report_is_one_line_and_exit_2_before_the_work(tmp_path, capsys, monkeypatch):
    import extract.evaluate

    def never(*a, **k):
        raise AssertionError("the evaluation ran before the report was checked")

    monkeypatch.setattr(extract.evaluate, "evaluate_sets", never)
    code = main(["eval", str(WIKI), "--report", unwritable(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("extract: cannot write") and err.count("\n") == 1


def test_engine_dask_without_dask_names_the_extra(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)
    good = write(tmp_path, "good.txt", ARABIC.encode())
    code = main(["run", str(good), "-o", str(tmp_path / "o.jsonl"), "--quiet", "--engine", "dask"])
    err = capsys.readouterr().err
    assert code == 2 and "[dask]" in err and "pip install" in err


def test_train_ner_without_data_says_where_the_data_comes_from(tmp_path, capsys):
    code = main(["train-ner", "--data", str(tmp_path / "no-data"), "--out", str(tmp_path / "model")])
    err = capsys.readouterr().err
    assert code == 2 and "newsfane/train.conll" in err and "shared/data/ner" in err
    assert not (tmp_path / "model").exists()


def test_workers_default_to_the_cpus_this_process_may_use(monkeypatch):
    from extract.cli import build_parser

    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr("os.cpu_count", lambda: 64)
    assert build_parser().parse_args(["run", "x.txt"]).workers == 1


def test_a_full_disk_under_eval_report_is_one_line_and_exit_2(tmp_path, capsys):
    # the report is written after the evaluation: /dev/full accepts the open
    # and fails on the write
    gold = tmp_path / "gold-set"
    (gold / "articles").mkdir(parents=True)
    (gold / "gold").mkdir()
    (gold / "articles" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (gold / "gold" / "seed.json").write_text((WIKI / "gold" / "seed.json").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    code = main(["eval", str(gold), "--report", "/dev/full"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot write /dev/full" in err and "No space left" in err and "Traceback" not in err


def test_a_number_of_hundreds_of_digits_before_a_scale_loses_no_article_in_a_run(tmp_path):
    # issue 16: it raised OverflowError and the article's records were lost;
    # through the command the article keeps its other records
    text = "وقال وزير المالية إن الدين بلغ " + "9" * 400 + " مليار دولار، وإن العجز بلغ 12 مليار دولار."
    p = write(tmp_path, "big.txt", text.encode())
    code, (r,) = run_cli(tmp_path, p)
    assert code == 0 and r.get("error") is None
    assert [(f["value"], f["unit"]) for f in r["figures"]] == [(12e9, "USD")]
