"""Figures: the table of examples beside the rules (extract/lang/ar/figures_corpus.py),
the seed article, the separator rule, and what is not a figure."""

import pytest

from extract.countries import find_countries
from extract.figures import find_figures
from extract.lang.ar.figures_corpus import CASES
from extract.tokenize import tokenize

DEFAULTS = {"approximate": False, "bound": None, "year": None, "period": None}


def extract(sentence):
    t = tokenize(sentence)
    return find_figures(t, find_countries(t))


def as_expected(f, keys):
    d = f.model_dump()
    return {k: d[k] for k in keys}


@pytest.mark.parametrize("sentence, expected", CASES, ids=[f"case{i:03d}" for i in range(len(CASES))])
def test_figures_corpus(sentence, expected):
    got = extract(sentence)
    for f in got:
        assert sentence[f.start:f.end] == f.text
    keys = ["text", "value", "kind", "unit", *DEFAULTS]
    want = [{**DEFAULTS, **e} for e in expected]
    have = [as_expected(f, keys) for f in got]
    for w in want:
        w["value"] = pytest.approx(w["value"], rel=1e-6)
    assert have == want
