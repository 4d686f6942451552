"""Every span the pipeline reports, on every corpus article and on text full
of diacritics, tatweel, presentation forms and invisible marks, is an exact
slice of the raw input."""

import pytest

from extract.pipeline import Pipeline
from extract.records import ENTITIES, RECORD_TYPES

from .conftest import WIKI

ARTICLES = sorted((WIKI / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def all_spans(article):
    """Every span of every list of the article (the table of record types)."""
    for rt in (*RECORD_TYPES, ENTITIES):
        for rec in getattr(article, rt.name):
            for s in (rec.mentions if rt.offsets == "mentions" else [rec]):
                yield rt.label, s


def check(text, article):
    n = 0
    for kind, s in all_spans(article):
        assert 0 <= s.start < s.end <= len(text), (kind, s)
        assert text[s.start:s.end] == s.text, (kind, s)
        n += 1
    return n


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_corpus_spans_are_raw_slices(pipeline, path):
    text = path.read_text(encoding="utf-8")
    assert check(text, pipeline.extract(text)) > 5


def test_spans_survive_decoration(pipeline, seed_text):
    """The seed with a tatweel in every long word, tanween, an RLM after every
    comma and Arabic-Indic digits: the same records, at raw offsets."""
    table = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    decorated = []
    for word in seed_text.split(" "):
        if len(word) > 5 and word[2].isalpha() and word[3].isalpha():
            word = word[:3] + "ـــ" + word[3:]
        decorated.append(word.translate(table))
    text = " ".join(decorated).replace("،", "،\u200f").replace("مليار ", "مليارٌ ")
    plain = pipeline.extract(seed_text)
    fancy = pipeline.extract(text)
    assert check(text, fancy) > 50
    assert [f.value for f in fancy.figures] == [f.value for f in plain.figures]
    assert [c.iso2 for c in fancy.countries] == [c.iso2 for c in plain.countries]
