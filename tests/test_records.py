"""The record contract: models, the committed JSON Schema, and validation."""

import json

import jsonschema
import pytest
from pydantic import ValidationError

from extract.pipeline import Pipeline
from extract.records import Article, Figure, json_schema_text, text_id

from .conftest import ROOT

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
    assert text_id(seed_text) == text_id(seed_text)
    assert text_id(seed_text) != text_id(seed_text + " ")
    assert Pipeline().extract(seed_text).id == text_id(seed_text)
