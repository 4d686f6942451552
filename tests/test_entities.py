"""The record's `entities` list: every span the stages found, with its
label and source."""

import pytest

from extract.countries import country_hits
from extract.entities import find_entities
from extract.hits import NerSpan
from extract.organizations import org_drafts
from extract.people import people_drafts
from extract.pipeline import Pipeline
from extract.tokenize import tokenize


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(ner_model=False)


def test_rule_entities_of_the_seed(pipe, seed_text):
    art = pipe.extract(seed_text)
    assert all(e.source in ("rule", "gazetteer") for e in art.entities)
    labels = {(e.text, e.label) for e in art.entities}
    assert ("شوكت ميرزيوييف", "PERSON") in labels
    assert ("الجمعية العامة للأمم المتحدة", "ORG") in labels
    for e in art.entities:
        assert seed_text[e.start:e.end] == e.text


def test_a_span_found_twice_is_one_entity_and_every_source_keeps_its_own():
    text = "وقال الرئيس الأوزبكي شوكت ميرزيوييف إن الأمم المتحدة تدعم أوزبكستان"
    t = tokenize(text)
    first = next(k for k, tok in enumerate(t.tokens) if tok.text == "شوكت")
    spans = [NerSpan(first, first + 2, "PERSON")]
    orgs = org_drafts(t, spans)
    ents = find_entities(t, spans, country_hits(t), people_drafts(t, spans, orgs), orgs)
    assert [(e.text, e.label, e.source) for e in ents] == [
        ("شوكت ميرزيوييف", "PERSON", "ner"),
        ("الأمم المتحدة", "ORG", "rule"),
        ("أوزبكستان", "GPE", "gazetteer"),
    ]
