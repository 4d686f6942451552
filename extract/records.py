"""The record contract (docs/records.md, schema version 1) as typed models.

The pipeline builds these models; `Article.model_dump()` is what goes out as
JSON.  `json_schema()` generates the JSON Schema kept in
`schema/records.schema.json` (a test fails when the two drift apart).
Field names and meanings are a contract with other systems: add fields, never
rename, drop or change one.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal, NamedTuple, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    text: str = Field(description="the mention exactly as written: raw[start:end]")
    start: int = Field(ge=0, description="character offset into the raw input text")
    end: int = Field(ge=0, description="exclusive end offset into the raw input text")


class Figure(Span):
    value: Union[int, float] = Field(description="the number with its scale applied")
    kind: Literal["money", "percent", "count", "quantity", "multiplier"]
    unit: Optional[str] = Field(
        description="ISO 4217 code (money), % or pp (percent), normalized unit (quantity), counted noun (count)"
    )
    approximate: bool = False
    bound: Optional[Literal["more_than", "less_than", "at_least", "at_most"]] = None
    year: Optional[int] = None
    period: Optional[str] = None
    subject: Optional[str] = None
    countries: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2 codes")
    range: Optional[tuple[Union[int, float], Union[int, float]]] = Field(
        default=None,
        description="both ends of the range the figure is one end of, scale applied, in the order written "
                    "(`بين 2.1 و2.4 مليار دولار`: [2100000000, 2400000000] on both figures); else null",
    )


class CountryMention(Span):
    form: Literal["name", "adjective", "city"]


class Country(_Model):
    iso2: str = Field(pattern=r"^[A-Z]{2}$")
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    name_ar: str
    name_en: str
    mentions: list[CountryMention]


class Person(_Model):
    name: str
    title: Optional[str] = None
    country: Optional[str] = Field(default=None, pattern=r"^[A-Z]{2}$")
    organization: Optional[str] = None
    mentions: list[Span]


class Organization(_Model):
    name: str
    country: Optional[str] = Field(
        default=None, pattern=r"^[A-Z]{2}$",
        description="ISO 3166-1 alpha-2: a nationality adjective right after the name or a country in it")
    mentions: list[Span]


class Agreement(Span):
    type: Literal[
        "treaty", "agreement", "declaration", "memorandum", "action_plan", "protocol", "charter", "contract", "other"
    ]
    title: str
    parties: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2 codes")
    topic: Optional[str] = None
    status: Literal["planned", "signed", "in_force", "implemented", "proposed", "unknown"] = "unknown"
    year: Optional[int] = None
    period: Optional[str] = None
    specific: bool = Field(default=True, description="false for vague mentions such as «عدد من الاتفاقيات»")
    party_organizations: list[str] = Field(
        default_factory=list,
        description="companies, ministries, funds, banks and international bodies that are parties, as written "
                    "(the name of the article's organization record where there is one)",
    )
    count: Optional[int] = Field(
        default=None, ge=1, description="a counted set («36 مذكرة تفاهم», «اتفاقيتين»): how many; else null"
    )
    signatories: list[str] = Field(
        default_factory=list, description="the people (by the name of their record) who sign or announce it"
    )
    mentions: list[Span] = Field(
        default_factory=list,
        description="later references to the same agreement («الاتفاقية», «هذا الاتفاق», a repeated name)",
    )


class Entity(Span):
    label: str = Field(description="PERSON, ORG, GPE, LOC, MISC (more may be added)")
    source: Literal["ner", "gazetteer", "rule"]


class Article(_Model):
    id: str
    schema_version: Literal[1] = SCHEMA_VERSION
    source: Optional[str] = Field(default=None, description="where the article was read from: path or path:line")
    figures: list[Figure] = Field(default_factory=list)
    countries: list[Country] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: Optional[str] = Field(
        default=None,
        description="set when the input could not be read as an article at all; every list is then empty",
    )


class RecordType(NamedTuple):
    """One list of the article object: its field, its model, and where its
    offsets are (`span`: the record is a span; `mentions`: a list of spans)."""

    name: str  # the Article field: "figures"
    model: type[_Model]
    offsets: Literal["span", "mentions"]
    label: str  # one record, in words: "figure"

    def spans(self, rec) -> list[tuple[int, int]]:
        """The raw spans of one record of this type."""
        if self.offsets == "mentions":
            return [(m.start, m.end) for m in rec.mentions]
        return [(rec.start, rec.end)]


# The record types of the contract, in output order: what the evaluation scores,
# the page shows and the runner counts.  Every list of types reads this table.
RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("figures", Figure, "span", "figure"),
    RecordType("countries", Country, "mentions", "country"),
    RecordType("people", Person, "mentions", "person"),
    RecordType("organizations", Organization, "mentions", "organization"),
    RecordType("agreements", Agreement, "span", "agreement"),
)
# The model's and the rules' raw spans, listed beside the records (not scored).
ENTITIES = RecordType("entities", Entity, "span", "entity")
RECORD_NAMES: tuple[str, ...] = tuple(r.name for r in RECORD_TYPES)
COUNTED_NAMES: tuple[str, ...] = (*RECORD_NAMES, ENTITIES.name)  # what a batch summary counts


def text_id(text: str) -> str:
    """The stable id of an article given without one: a hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def json_schema() -> dict:
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "records.schema.json"
    schema["title"] = "Article (record contract, schema version 1)"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
