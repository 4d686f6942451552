"""The HTTP service, started for real on a loopback port and called over HTTP."""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

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


@pytest.fixture(scope="module")
def base_url():
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER.format(port=port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


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
