"""The HTTP service, started for real on a loopback port and called over HTTP."""

import json
import os
import select
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import ROOT

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

SCHEMA = json.loads((ROOT / "schema" / "records.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

SERVER = """
import uvicorn
from extract.service import create_app
uvicorn.run(create_app(max_body=200_000, max_chars=20_000, max_batch=4), host="127.0.0.1", port={port},
            log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PIDS: dict[str, int] = {}  # server url -> its process id


@contextmanager
def running_server(code: str, env: dict | None = None):
    """A server started with `code` (a script with `{port}`) on a free
    loopback port; its url once /v1/health answers 200."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", code.format(port=port)], cwd=ROOT,
                            env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/v1/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode())
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("the service did not start in 60 s")
    PIDS[url] = proc.pid
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def base_url():
    with running_server(SERVER) as url:
        yield url


def call(url, path, body=None, raw: bytes | None = None, method="POST"):
    data = raw if raw is not None else (json.dumps(body, ensure_ascii=False).encode() if body is not None else None)
    req = urllib.request.Request(url + path, data=data, method=method if data is not None else "GET",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read(), r.headers.get("content-type", "")
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers.get("content-type", "")


def test_health_reports_ready_with_limits(base_url):
    status, body, _ = call(base_url, "/v1/health")
    data = json.loads(body)
    assert status == 200 and data["status"] == "ready" and data["limits"]["max_batch"] == 4


def test_one_article(base_url, seed_text):
    status, body, _ = call(base_url, "/v1/extract", {"id": "seed", "text": seed_text})
    assert status == 200
    art = json.loads(body)
    VALIDATOR.validate(art)
    assert art["id"] == "seed" and {c["iso2"] for c in art["countries"]} >= {"UZ", "AZ", "KG"}
    for f in art["figures"]:
        assert seed_text[f["start"]:f["end"]] == f["text"]


def test_batch(base_url):
    arts = [{"id": f"b{i}", "text": f"بلغت التجارة {i + 1} مليار يورو"} for i in range(3)]
    status, body, _ = call(base_url, "/v1/extract/batch", arts)
    out = json.loads(body)
    assert status == 200 and [a["id"] for a in out] == ["b0", "b1", "b2"]
    assert [a["figures"][0]["value"] for a in out] == [1e9, 2e9, 3e9]


def test_page(base_url, seed_text):
    status, body, ctype = call(base_url, "/v1/show", {"id": "seed", "text": seed_text})
    assert status == 200 and ctype.startswith("text/html")
    assert 'dir="rtl"' in body.decode() and 'class="r figure"' in body.decode()


def test_page_for_a_query(base_url):
    from urllib.parse import quote

    status, body, ctype = call(base_url, "/v1/show?id=q&text=" + quote("بلغت التجارة 2.8 مليار يورو"), method="GET")
    assert status == 200 and ctype.startswith("text/html") and "2.8 مليار يورو" in body.decode()


@pytest.mark.parametrize("case, body, raw, status, says", [
    ("malformed JSON", None, b'{"text": "\xd9\x82', 422, "json"),
    ("missing text", {"id": "x"}, None, 422, "text"),
    ("text not a string", {"id": "x", "text": 5}, None, 422, "text"),
    ("unknown field", {"id": "x", "text": "قمة", "lang": "ar"}, None, 422, "lang"),
    ("article too long", {"id": "x", "text": "قمة " * 6000}, None, 413, "20000"),
    ("body too large", {"id": "x", "text": "ق" * 150_000}, None, 413, "200000 bytes"),
    # FastAPI answered these 400 "There was an error parsing the body"; the README says 422
    ("not UTF-8", None, b'{"id": "x", "text": "\xff\xfe"}', 422, "utf-8"),
    ("nested too deeply", None, b"[" * 50_000 + b"]" * 50_000, 422, "json"),
    ("a 5,000-digit number", None, b'{"text": 1' + b"0" * 5000 + b"}", 422, "json"),
])
def test_errors_are_clear(base_url, case, body, raw, status, says):
    got, payload, _ = call(base_url, "/v1/extract", body, raw=raw)
    assert got == status, case
    assert says in payload.decode().lower()


def test_batch_too_large(base_url):
    status, payload, _ = call(base_url, "/v1/extract/batch", [{"text": "قمة"}] * 5)
    assert status == 413 and "limit is 4" in payload.decode()


def test_concurrent_requests_get_their_own_answers(base_url):
    texts = {f"c{i}": f"بلغت التجارة {i + 1} مليار يورو مع أذربيجان" for i in range(16)}

    def one(item):
        return call(base_url, "/v1/extract", {"id": item[0], "text": item[1]})

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, texts.items()))
    for (rid, _), (status, body, _) in zip(texts.items(), results):
        art = json.loads(body)
        assert status == 200 and art["id"] == rid
        assert art["figures"][0]["value"] == (int(rid[1:]) + 1) * 1e9


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)
bodies = st.one_of(
    st.fixed_dictionaries({"text": st.text(max_size=300)}, optional={"id": st.text(max_size=20)}),
    json_values,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bodies)
def test_property_no_body_crashes_the_service(base_url, body):
    """Whatever JSON a client sends: a 200 with a valid record, or a 4xx, never a 5xx."""
    status, payload, _ = call(base_url, "/v1/extract", body)
    assert status < 500, payload
    if status == 200:
        art = json.loads(payload)
        VALIDATOR.validate(art)
        for f in art["figures"]:
            assert body["text"][f["start"]:f["end"]] == f["text"]


def test_openapi_has_the_record_schema(base_url):
    status, body, _ = call(base_url, "/openapi.json")
    doc = json.loads(body)
    assert status == 200
    assert {"Article", "Figure", "Country", "Person", "Organization", "Agreement"} <= set(doc["components"]["schemas"])
    assert "/v1/extract" in doc["paths"] and "/v1/extract/batch" in doc["paths"]


# --- the body limit, however the body is sent ------------------------------------------------


def _rss_kb(pid: int) -> int:
    """Resident memory of a process and its children (the extraction process), in kB."""
    total = 0
    pids = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            pids += [int(c) for c in open(f"/proc/{pid}/task/{task}/children").read().split()]
    except OSError:
        pass
    for p in pids:
        try:
            total += next(int(line.split()[1]) for line in open(f"/proc/{p}/status") if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
    return total


def raw_request(url: str, head: str, chunks, timeout: float = 30) -> tuple[int, bytes, int]:
    """Send `head` (the request line and headers), then the body `chunks` as
    long as the server has not answered; (status, response, bytes of body
    sent).  A server that stops reading makes the sending fail or time out:
    the answer is read then."""
    host, port = url.split("//")[1].split(":")
    sock = socket.create_connection((host, int(port)), timeout=timeout)
    sent = 0
    try:
        sock.sendall(head.encode())
        for chunk in chunks:
            if select.select([sock], [], [], 0)[0]:
                break
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError, socket.timeout):
                break
            sent += len(chunk)
        data = b""
        while b"\r\n\r\n" not in data or len(data) < data.find(b"\r\n\r\n") + 4 + _length(data):
            try:
                got = sock.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not got:
                break
            data += got
    finally:
        sock.close()
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data, sent


def _length(data: bytes) -> int:
    head = data.split(b"\r\n\r\n", 1)[0].lower()
    for line in head.split(b"\r\n"):
        if line.startswith(b"content-length:"):
            return int(line.split(b":")[1])
    return 0


def _chunked(total: int, size: int = 64 * 1024):
    """A chunked JSON body of about `total` bytes: {"text": "ققق..."}."""
    yield b'%x\r\n{"text": "\r\n' % len(b'{"text": "')
    piece = ("ق" * (size // 2)).encode()
    for _ in range(total // len(piece)):
        yield b"%x\r\n" % len(piece) + piece + b"\r\n"
    yield b'2\r\n"}\r\n0\r\n\r\n'


def _head(url: str, extra: str) -> str:
    return (f"POST /v1/extract HTTP/1.1\r\nHost: {url.split('//')[1]}\r\nContent-Type: application/json\r\n"
            f"{extra}\r\n")


@pytest.mark.parametrize("case, headers", [
    ("chunked", "Transfer-Encoding: chunked\r\n"),
    ("chunked with a lying Content-Length", "Content-Length: 100\r\nTransfer-Encoding: chunked\r\n"),
])
def test_a_chunked_body_over_the_limit_gets_413_and_is_not_read(base_url, case, headers):
    """A chunked body is counted as it arrives: past the limit (200,000 bytes
    here) the server answers 413, closes the connection and reads no more; its
    memory stays flat while a client tries to send 100 MiB (it used to read
    a 150 MiB body in full: 309 -> 742 MiB)."""
    before = _rss_kb(PIDS[base_url])
    status, data, sent = raw_request(base_url, _head(base_url, headers), _chunked(100 * 1024 * 1024))
    assert status == 413, (case, data[:300])
    assert b"200000 bytes" in data and b"connection: close" in data.lower()
    assert sent < 40 * 1024 * 1024, f"the server read {sent} bytes"
    assert _rss_kb(PIDS[base_url]) - before < 60_000
    assert call(base_url, "/v1/health")[0] == 200


def test_a_small_chunked_body_is_served(base_url):
    body = json.dumps({"id": "ch", "text": "بلغت التجارة 2 مليار يورو"}, ensure_ascii=False).encode()
    chunks = [b"%x\r\n" % len(body[i:i + 7]) + body[i:i + 7] + b"\r\n" for i in range(0, len(body), 7)] + [b"0\r\n\r\n"]
    status, data, _ = raw_request(base_url, _head(base_url, "Transfer-Encoding: chunked\r\nConnection: close\r\n"),
                                  chunks)
    assert status == 200 and b'"id":"ch"' in data


def test_a_content_length_over_the_limit_is_refused_before_the_body(base_url):
    status, data, _ = raw_request(base_url, _head(base_url, "Content-Length: 9500000\r\n"), [])
    assert status == 413 and b"200000 bytes" in data


# --- lone surrogates ---------------------------------------------------------------------------


@pytest.mark.parametrize("path, raw", [
    ("/v1/extract", b'{"id": "s", "text": "\\ud800 \\u0642\\u0645\\u0629"}'),
    ("/v1/show", b'{"id": "s", "text": "\\u0642\\u0645\\u0629 \\udfff"}'),
    ("/v1/extract/batch", b'[{"id": "s", "text": "\\ud800"}]'),
    ("/v1/extract", b'{"id": "\\ud800", "text": "\\u0642\\u0645\\u0629"}'),
])
def test_a_lone_surrogate_gets_a_clear_422(base_url, path, raw):
    status, payload, _ = call(base_url, path, raw=raw)
    assert status == 422, payload
    assert "lone surrogate" in payload.decode() and "U+D" in payload.decode()


def test_a_surrogate_pair_is_valid_unicode(base_url):
    status, payload, _ = call(base_url, "/v1/extract", raw=b'{"id": "e", "text": "\\u0642\\u0645\\u0629 \\ud83d\\ude00"}')
    assert status == 200 and json.loads(payload)["id"] == "e"


# --- a timed-out extraction is killed, the next request is served ---------------------------

SLOW_FACTORY = '''
import time

from extract.pipeline import Pipeline


class SlowPipeline:
    """The rules-only pipeline, stuck for 10 minutes on a text with the word تمهل."""

    def __init__(self):
        self.inner = Pipeline(ner_model=False)
        self.nlp, self.ner_warning = None, None

    def extract(self, text, id=None):
        if "تمهل" in text:
            time.sleep(600)
        return self.inner.extract(text, id=id)
'''

SLOW_SERVER = """
import uvicorn
from slowpipe import SlowPipeline
from extract.service import create_app
uvicorn.run(create_app(SlowPipeline, timeout=2, queue_timeout=60), host="127.0.0.1", port={port},
            log_level="warning")
"""


@pytest.fixture(scope="module")
def slow_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("slowpipe")
    (folder / "slowpipe.py").write_text(SLOW_FACTORY, encoding="utf-8")
    with running_server(SLOW_SERVER, env={"PYTHONPATH": f"{folder}{os.pathsep}{ROOT}"}) as url:
        yield url


def _workers(pid: int) -> list[int]:
    """The extraction processes of a server (multiprocessing's, not its resource tracker)."""
    children = [int(c) for t in os.listdir(f"/proc/{pid}/task")
                for c in open(f"/proc/{pid}/task/{t}/children").read().split()]
    return [c for c in children if b"spawn_main" in open(f"/proc/{c}/cmdline", "rb").read()]


def _health(url: str) -> tuple[int, dict, float]:
    start = time.perf_counter()
    status, body, _ = call(url, "/v1/health")
    return status, json.loads(body), time.perf_counter() - start


def test_a_timed_out_extraction_is_killed_and_the_next_request_served(slow_url):
    """The stuck extraction gets its 504 after the timeout (2 s); meanwhile the
    health answers at once and says an extraction is running; its process is
    killed and replaced, and the request queued behind it is then served (the
    old server went on holding the lock: the next requests timed out too,
    while the health said ready)."""
    with ThreadPoolExecutor(2) as pool:
        stuck = pool.submit(call, slow_url, "/v1/extract", {"id": "slow", "text": "تمهل قليلا"})
        time.sleep(0.8)
        queued = pool.submit(call, slow_url, "/v1/extract", {"id": "next", "text": "بلغت التجارة 2 مليار يورو"})
        status, health, took = _health(slow_url)
        assert status == 200 and took < 1.0
        assert health["status"] == "ready" and health["busy"] and health["busy_seconds"] > 0
        assert health["waiting"] >= 0
        start = time.perf_counter()
        s1, body1, _ = stuck.result(timeout=30)
        assert s1 == 504 and "longer than 2 seconds" in body1.decode()
        assert time.perf_counter() - start < 3
        s2, body2, _ = queued.result(timeout=60)
    assert s2 == 200 and json.loads(body2)["figures"][0]["value"] == 2e9
    status, health, took = _health(slow_url)
    assert status == 200 and health["status"] == "ready" and not health["busy"] and took < 1.0
    assert health["restarts"] == 1 and "longer than 2" in health["last_restart"]
    # the stuck process is gone: the server has one extraction process
    assert len(_workers(PIDS[slow_url])) == 1
    for i in range(3):
        assert call(slow_url, "/v1/extract", {"id": f"n{i}", "text": "زار الأردن وفد"})[0] == 200


def test_health_says_restarting_while_the_process_is_replaced(slow_url):
    status, _, _ = call(slow_url, "/v1/show", {"id": "slow", "text": "تمهل"})
    assert status == 504
    states = set()
    deadline = time.time() + 60
    while time.time() < deadline:
        code, health, took = _health(slow_url)
        assert took < 1.0
        states.add((code, health["status"]))
        if code == 200:
            break
        time.sleep(0.05)
    assert (200, "ready") in states
    assert states <= {(503, "restarting"), (200, "ready")}, states
    assert call(slow_url, "/v1/show", {"id": "ok", "text": "زار الأردن وفد"})[0] == 200


SERVE_CLI = """
from extract.cli import main
main(["serve", "--port", "{port}", "--max-body-bytes", "50000", "--max-chars", "1000", "--max-batch", "2",
      "--timeout", "5"])
"""


def test_extract_serve_takes_its_limits_from_the_command_line():
    with running_server(SERVE_CLI) as url:
        status, body, _ = call(url, "/v1/health")
        assert json.loads(body)["limits"] == {"max_body_bytes": 50000, "max_chars": 1000, "max_batch": 2,
                                              "timeout_seconds": 5.0, "queue_timeout_seconds": 10.0}
        status, body, _ = call(url, "/v1/extract/batch", [{"text": "نص"}] * 3)
        assert status == 413 and "the limit is 2" in body.decode()
        status, body, _ = call(url, "/v1/extract", {"text": "بلغت التجارة 5 مليار يورو. " * 60})
        assert status == 413 and "1000" in body.decode()
        status, body, _ = call(url, "/v1/extract", {"text": "بلغت التجارة 5 مليار يورو مع أذربيجان"})
        assert status == 200 and json.loads(body)["countries"][0]["iso2"] == "AZ"


@pytest.mark.parametrize("option, value", [("--timeout", "0"), ("--timeout", "soon"), ("--max-batch", "0")])
def test_extract_serve_refuses_a_bad_limit(option, value, capsys):
    from extract.cli import main

    with pytest.raises(SystemExit) as e:
        main(["serve", option, value])
    assert e.value.code == 2 and option in capsys.readouterr().err
