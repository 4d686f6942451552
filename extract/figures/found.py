"""A figure as the extractor builds it: the number and its unit, the token
span, then what `modifiers` and `context` add."""

from __future__ import annotations

from dataclasses import dataclass, field

from .numbers import Number
from .units import Unit


@dataclass
class Found:
    number: Number
    unit: Unit
    first: int  # span tokens [first, last) and the stem offset of the first
    last: int
    offset: int
    approximate: bool = False
    bound: str | None = None
    subject: tuple[int, int] | None = None  # raw span
    subject_tokens: tuple[int, int] | None = None
    year: int | None = None
    period: str | None = None
    countries: list[str] = field(default_factory=list)
    range: tuple[float, float] | None = None  # both ends of the range the figure belongs to
    range_next: int | None = None  # the first token of the range's second end
