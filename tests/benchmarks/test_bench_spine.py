"""Speed of the spine on the seed article (characters per second = len / mean).

Run with `make bench`; under `make test` each runs once, as a plain test."""

import pytest

from extract.normalize import normalize
from extract.pipeline import Pipeline
from extract.spacy_doc import to_doc
from extract.tokenize import tokenize


@pytest.fixture(scope="module")
def text(seed_text):
    return seed_text


def _report(benchmark, text):
    benchmark.extra_info["chars"] = len(text)
    if benchmark.stats:
        benchmark.extra_info["chars_per_second"] = round(len(text) / benchmark.stats["mean"])


def test_bench_normalize(benchmark, text):
    out = benchmark(normalize, text)
    assert out.raw == text
    _report(benchmark, text)


def test_bench_tokenize(benchmark, text):
    out = benchmark(tokenize, text)
    assert len(out.tokens) > 600
    _report(benchmark, text)


def test_bench_spacy_doc(benchmark, text):
    t = tokenize(text)
    doc = benchmark(to_doc, t)
    assert len(doc) == len(t.tokens)
    _report(benchmark, text)


def test_bench_pipeline(benchmark, text):
    p = Pipeline()
    art = benchmark(p.extract, text, "seed")
    assert art.id == "seed"
    _report(benchmark, text)
