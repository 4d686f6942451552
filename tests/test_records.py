"""The record contract: models, the committed JSON Schema, and validation."""

import json

import jsonschema
import pytest
from pydantic import ValidationError

from extract.pipeline import Pipeline
from extract.records import Article, Figure, json_schema_text, text_id

from .conftest import ROOT, SEED

SCHEMA_FILE = ROOT / "schema" / "records.schema.json"


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_committed_schema_is_the_generated_one():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema_text(), (
        "schema/records.schema.json is stale: run `make schema`"
    )


def test_schema_holds_every_field_of_the_contract():
    schema = json.loads(json_schema_text())
    defs = schema["$defs"]
    assert set(schema["properties"]) >= {
        "id", "schema_version", "figures", "countries", "people", "organizations", "agreements", "entities", "warnings"
    }
    assert set(defs["Figure"]["properties"]) >= {
        "text", "start", "end", "value", "kind", "unit", "approximate", "bound", "year", "period", "subject", "countries"
    }
    assert set(defs["Country"]["properties"]) >= {"iso2", "iso3", "name_ar", "name_en", "mentions"}
    assert set(defs["CountryMention"]["properties"]) >= {"text", "start", "end", "form"}
    assert set(defs["Person"]["properties"]) >= {"name", "title", "country", "organization", "mentions"}
    assert set(defs["Organization"]["properties"]) >= {"name", "mentions"}
    assert set(defs["Agreement"]["properties"]) >= {
        "text", "start", "end", "type", "title", "parties", "topic", "status", "year", "period"
    }
    assert set(defs["Entity"]["properties"]) >= {"text", "start", "end", "label", "source"}


def test_pipeline_output_on_the_seed_validates(seed_text, validator):
    article = Pipeline().extract(seed_text, id="seed")
    validator.validate(json.loads(article.model_dump_json()))
    assert article.schema_version == 1 and article.id == "seed"
    assert Article.model_validate_json(article.model_dump_json()) == article  # the JSON is the whole record


def test_a_full_figure_record_validates(validator, seed_text):
    start = seed_text.index("2.8 مليار يورو")
    fig = Figure(text="2.8 مليار يورو", start=start, end=start + 14, value=2.8e9, kind="money", unit="EUR",
                 year=2017, subject="تجارة أوزبكستان مع جيرانها", countries=["UZ"])
    article = Article(id="seed", figures=[fig])
    validator.validate(json.loads(article.model_dump_json()))


def test_models_reject_what_the_contract_forbids():
    with pytest.raises(ValidationError):
        Figure(text="x", start=0, end=1, value=1, kind="money-ish", unit=None)
    with pytest.raises(ValidationError):
        Article(id="a", schema_version=2)
    with pytest.raises(ValidationError):
        Article(id="a", unknown_field=1)


def test_stable_id_is_a_hash_of_the_text(seed_text):
    import hashlib

    assert text_id(seed_text) == "sha1:" + hashlib.sha1(seed_text.encode("utf-8")).hexdigest()[:16]
    assert text_id(seed_text) != text_id(seed_text + " ")
    assert Pipeline().extract(seed_text).id == text_id(seed_text)


def test_the_table_of_record_types_is_the_article_s_lists():
    from extract.records import COUNTED_NAMES, ENTITIES, RECORD_TYPES

    lists = [name for name, f in Article.model_fields.items() if name not in ("warnings",)
             and getattr(f.annotation, "__origin__", None) is list]
    assert list(COUNTED_NAMES) == lists
    for rt in (*RECORD_TYPES, ENTITIES):
        assert Article.model_fields[rt.name].annotation == list[rt.model]


def test_record_type_spans_are_the_record_s_offsets():
    from extract.records import RECORD_TYPES

    by_name = {rt.name: rt for rt in RECORD_TYPES}
    seed = Pipeline(ner_model=False).extract(SEED.read_text(encoding="utf-8"), "seed")
    text = SEED.read_text(encoding="utf-8")
    assert by_name["countries"].spans(seed.countries[0]) == [(m.start, m.end) for m in seed.countries[0].mentions]
    assert by_name["figures"].spans(seed.figures[0]) == [(seed.figures[0].start, seed.figures[0].end)]
    for rt in RECORD_TYPES:
        for rec in getattr(seed, rt.name):
            assert all(0 <= s < e <= len(text) for s, e in rt.spans(rec))
