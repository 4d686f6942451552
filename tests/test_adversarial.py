"""Untrusted text: long runs that would make a backtracking pattern explode
must go through in linear time.  Each input is 100k+ characters; an
exponential pattern would not finish, a linear one takes milliseconds."""

import pytest

from extract.pipeline import Pipeline
from extract.tokenize import tokenize

N = 100_000

CASES = {
    "digits": "1" * N,
    "digit groups": "1," * N,
    "dots and digits": "1." * N + "x",
    "separators only": ".,-/" * (N // 4),
    "range chain": "2025-" * (N // 5),
    "arabic-indic digits": "٢٫٥٬" * (N // 4),
    "diacritics": "\u064e\u0651" * N,
    "letters with diacritics": "مَّ" * N,
    "tatweel": "ـ" * N,
    "scale words": "مليار " * (N // 6),
    "invisible marks": "\u200f\u200c" * N,
    "hyphens after a word": "كامباراتا" + "-1" * N,
    "latin hyphen chain": "a-" * N,
    "url-like": "http://" + "a." * N,
}


@pytest.mark.parametrize("name", list(CASES))
def test_long_runs_tokenize(name):
    text = CASES[name]
    t = tokenize(text)
    for tok in t.tokens[:50] + t.tokens[-50:]:
        assert text[tok.start:tok.end] == tok.text


@pytest.mark.parametrize("name", list(CASES))
def test_long_runs_through_the_pipeline(name):
    article = Pipeline().extract(CASES[name])
    assert article.error is None
