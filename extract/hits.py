"""What one stage finds and another reads: mentions by token span.

Stages never import each other; what they share goes through these types
(and the pipeline hands them over): the countries stage's `CountryHit`s are
read by figures, agreements and people; the model's `NerSpan`s by people and
organizations.
"""

from __future__ import annotations

from dataclasses import dataclass


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
