"""What one stage finds and another reads: mentions by token span.

Stages never import each other; what they share goes through these types
(and the pipeline hands them over): the countries stage's `CountryHit`s are
read by figures, agreements and entities; the model's `NerSpan`s by people,
organizations and entities; the organizations stage's `OrgDraft`s by people
(a title's organization) and entities; the people stage's `PersonDraft`s by
entities.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CountryHit:
    """A mention of a country by name or adjective."""

    iso2: str
    form: str  # name or adjective
    start: int  # raw offsets
    end: int
    first: int  # token indices [first, last)
    last: int


@dataclass(frozen=True, slots=True)
class NerSpan:
    """A span the statistical model labelled (PERSON, ORG, GPE, LOC, MISC)."""

    first: int  # token indices [first, last)
    last: int
    label: str


@dataclass
class PersonDraft:
    """A person before its record: the name's tokens and what is known of it."""

    first: int  # name tokens [first, last)
    last: int
    offset: int  # proclitic chars on the first name token
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # raw spans


@dataclass
class OrgDraft:
    """An organization before its record: its fullest mention and every mention."""

    name_span: tuple[int, int]  # raw span of the fullest mention
    mentions: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0  # tokens [first, last) of the first mention
    last: int = 0
    country: str | None = None  # ISO 3166-1 alpha-2, from an adjective after the name or a country in it
    alef_elided: bool = False  # the name's mention lost the article's alef after ل (للهيئة → لهيئة)
