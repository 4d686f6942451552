"""Speed of each stage on the seed article (characters per second = len / mean).

Run with `make bench`; under `make test` each runs once, as a plain test.
The stages after tokenization are timed on a tokenized article, alone."""

import pytest

from extract import ner
from extract.agreements import find_agreements
from extract.countries import country_hits
from extract.figures import find_figures
from extract.normalize import normalize
from extract.organizations import org_drafts
from extract.people import people_drafts
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


def test_bench_countries(benchmark, text):
    t = tokenize(text)
    hits = benchmark(country_hits, t)
    assert {h.iso2 for h in hits} == {"UZ", "KZ", "KG", "TJ", "TM", "AZ", "AF"}
    _report(benchmark, text)


def test_bench_figures(benchmark, text):
    t = tokenize(text)
    hits = country_hits(t)
    figs = benchmark(find_figures, t, hits)
    assert len(figs) >= 20
    _report(benchmark, text)


def test_bench_agreements(benchmark, text):
    t = tokenize(text)
    hits = country_hits(t)
    ags = benchmark(find_agreements, t, hits)
    assert any(a.type == "treaty" for a in ags)
    _report(benchmark, text)


def test_bench_people_and_organizations_rules(benchmark, text):
    t = tokenize(text)

    def run():
        orgs = org_drafts(t, [])
        return people_drafts(t, [], orgs)

    people = benchmark(run)
    assert people
    _report(benchmark, text)


@pytest.mark.skipif(ner.load()[0] is None, reason="no NER model in models/ner")
def test_bench_ner(benchmark, text):
    """The model as the pipeline runs it: in a memory zone renewed every 256
    articles (one zone per call would rebuild every word's entry each time)."""
    nlp, _ = ner.load()
    t = tokenize(text)
    zone = ner.MemoryZone(nlp)

    def once():
        zone.enter()
        return ner.run(nlp, t, zone=False)

    spans = benchmark(once)
    zone.close()
    assert spans
    _report(benchmark, text)


def test_bench_pipeline(benchmark, text):
    p = Pipeline()
    p.extract(text, "warm-up")  # the first call builds the model's entries for the article's words
    art = benchmark(p.extract, text, "seed")
    assert art.id == "seed" and art.figures
    _report(benchmark, text)


def test_bench_pipeline_rules_only(benchmark, text):
    p = Pipeline(ner_model=False)
    p.extract(text, "warm-up")
    art = benchmark(p.extract, text, "seed")
    assert art.figures
    _report(benchmark, text)


NEWS_ARTICLES = 300


@pytest.fixture(scope="module")
def news_sample():
    from . import news

    if not news.available():
        pytest.skip(f"the ANT news corpus is not at {news.ANT}")
    return news.sample(NEWS_ARTICLES)


@pytest.mark.slow
@pytest.mark.parametrize("model", [True, False], ids=["model", "rules-only"])
def test_bench_pipeline_news(benchmark, news_sample, model):
    """The pipeline in one process over 300 real articles of the ANT corpus
    (chars/s = all their characters / the time for all of them)."""
    p = Pipeline(ner_model=None if model else False)
    p.extract(news_sample[0]["text"], "warm-up")

    def run():
        return [p.extract(a["text"], a["id"]) for a in news_sample]

    arts = benchmark.pedantic(run, rounds=3 if benchmark.enabled else 1, iterations=1)
    assert len(arts) == len(news_sample) and sum(len(a.figures) for a in arts) > 100
    chars = sum(len(a["text"]) for a in news_sample)
    benchmark.extra_info.update({"articles": len(news_sample), "chars": chars})
    if benchmark.stats:
        benchmark.extra_info["chars_per_second"] = round(chars / benchmark.stats["mean"])
        benchmark.extra_info["articles_per_second"] = round(len(news_sample) / benchmark.stats["mean"], 1)
