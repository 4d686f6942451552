"""The example tables beside the rules (`extract/lang/ar/*_corpus.py`), run through the
public pipeline: one test per case, named `dimension/rule-id`.

A case is `(id, sentence, [expected records])`, and for a case the pipeline gets wrong
today a fourth element `{"xfail": "what goes wrong"}`: the case is then a strict xfail,
so a fix shows as XPASS(strict) and its `xfail` note is taken out.  The expected
records hold the fields that matter for the dimension (`FIELDS`); the fields of
`EXTRA` are compared only when a record gives them, and a record marked
`"optional": True` may be missing, but when found (by `KEY`) must be right.
"""

from __future__ import annotations

import re
from unittest.mock import ANY

import pytest

from extract.lang.ar import (agreements_corpus, countries_corpus, figures_corpus, organizations_corpus,
                             people_corpus)
from extract.pipeline import Pipeline

CORPORA = {
    "figures": figures_corpus.CASES,
    "countries": countries_corpus.CASES,
    "people": people_corpus.CASES,
    "organizations": organizations_corpus.CASES,
    "agreements": agreements_corpus.CASES,
}
FIELDS = {
    "figures": ("text", "value", "kind", "unit", "approximate", "bound", "year", "period"),
    "countries": ("iso2", "mentions"),
    "people": ("name", "title", "country", "mentions"),
    "organizations": ("name", "mentions"),
    "agreements": ("text", "type", "parties", "status"),
}
EXTRA = {"people": ("organization",), "organizations": ("country",), "agreements": ("topic", "specific")}
KEY = {"figures": "text", "countries": "iso2", "people": "name", "organizations": "name", "agreements": "text"}
FIGURE_DEFAULTS = {"approximate": False, "bound": None, "year": None, "period": None}
RULE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _fields(dimension: str) -> tuple[str, ...]:
    return FIELDS[dimension] + EXTRA.get(dimension, ())


def _have(dimension: str, record: dict) -> dict:
    """A record of the pipeline, cut down to the compared fields."""
    r = dict(record)
    if dimension == "countries":
        r["mentions"] = [(m["text"], m["form"]) for m in r["mentions"]]
    elif dimension in ("people", "organizations"):
        r["mentions"] = [m["text"] for m in r["mentions"]]
    elif dimension == "agreements":
        r["parties"] = sorted(r["parties"])
    return {f: r[f] for f in _fields(dimension)}


def _want(dimension: str, expected: dict) -> dict:
    """An expected record with every compared field (ANY for an extra field it leaves out)."""
    e = {**FIGURE_DEFAULTS, **expected} if dimension == "figures" else dict(expected)
    if dimension == "figures":
        e["value"] = pytest.approx(e["value"], rel=1e-6)
    elif dimension == "countries":
        e["mentions"] = [tuple(m) for m in e["mentions"]]
    elif dimension == "agreements":
        e["parties"] = sorted(e["parties"])
    return {f: e.get(f, ANY) for f in _fields(dimension)}


def _spans(node):
    """Every (start, end, text) of a dumped record, at any depth."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield node["start"], node["end"], node["text"]
        for v in node.values():
            yield from _spans(v)
    elif isinstance(node, list):
        for v in node:
            yield from _spans(v)


def _params():
    for dimension, cases in CORPORA.items():
        for case in cases:
            case_id, sentence, expected = case[:3]
            notes = case[3] if len(case) > 3 else {}
            marks = [pytest.mark.xfail(strict=True, reason=notes["xfail"])] if "xfail" in notes else []
            yield pytest.param(dimension, sentence, expected, id=f"{dimension}/{case_id}", marks=marks)


@pytest.mark.parametrize("dimension, sentence, expected", list(_params()))
def test_case(pipeline, dimension, sentence, expected):
    records = [r.model_dump() for r in getattr(pipeline.extract(sentence), dimension)]
    for start, end, text in _spans(records):
        assert sentence[start:end] == text
    found = {r[KEY[dimension]] for r in records}
    have = [_have(dimension, r) for r in records]
    want = [_want(dimension, e) for e in expected if not e.get("optional") or e[KEY[dimension]] in found]
    assert have == want


def _expected_texts(dimension: str, record: dict) -> list[str]:
    if dimension == "countries":
        return [m[0] for m in record["mentions"]]
    if dimension in ("people", "organizations"):
        return list(record["mentions"])
    return [record["text"]]


@pytest.mark.parametrize("dimension", CORPORA)
def test_corpus_cases_are_well_formed(dimension):
    """Ids are unique rule names; records hold known fields and texts of the sentence."""
    cases = CORPORA[dimension]
    ids = [c[0] for c in cases]
    assert len(set(ids)) == len(ids), [i for i in ids if ids.count(i) > 1]
    allowed = set(_fields(dimension)) | {"optional"}
    required = set(FIELDS[dimension]) - (set(FIGURE_DEFAULTS) if dimension == "figures" else set())
    for case in cases:
        assert len(case) in (3, 4) and RULE_ID.match(case[0]), case[0]
        assert len(case) == 3 or set(case[3]) == {"xfail"}, case[0]
        for record in case[2]:
            assert required <= record.keys() <= allowed, (case[0], record)
            for text in _expected_texts(dimension, record):
                assert text in case[1], (case[0], text)
