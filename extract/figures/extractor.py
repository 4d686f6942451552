"""The extractor: one pass over the tokens, a figure wherever a number has a
scale or a unit.

A number with neither a scale nor a unit is not a figure; nor is a year
(`في عام 2024`, `2024م`, `(2010)`), a date, a time (`10:30`), an ordinal,
or a number after a label word (`المادة 103`, `مازدا 616`, `المرتبة 29`,
`الـ15`).  Durations and ages are counts of their time noun.  A bare scale
after a money figure of the same sentence takes its currency (`أكثر من 40
مليون دولار ... إلا 3 ملايين`); a currency symbol before the number is part
of the figure (`$5`); `ضعف` with no number is a multiplier of two after a
word that introduces an amount (`أي ضعف المتوسط العالمي`).

Words in `extract.lang.ar.figures`.
"""

from __future__ import annotations

from functools import lru_cache

from ..clitics import analyses
from ..hits import CountryHit
from ..lang.ar import figures as L
from ..lang.ar import timex as TL
from ..lang.ar.clitics import ARTICLE
from ..lexicon import keyed_words
from ..records import Figure
from ..tokenize import Tokenized
from .context import add_context
from .found import Found
from .modifiers import add_modifiers
from .numbers import Number, parse_number
from .units import Unit, article_currency_countries, parse_unit

W = keyed_words(L)
T = keyed_words(TL)

# Lookup keys a word must have in one of its readings to start a number or a
# bare multiplier: the extractor skips every other word at once.
_START_KEYS = frozenset().union(W.ONES, W.TEEN_ONES, W.TENS, W.HUNDREDS, W.SCALES, W.FRACTIONS, W.MULTIPLIERS)


@lru_cache(maxsize=100_000)
def _may_start_number(norm: str) -> bool:
    return any(a.key in _START_KEYS for a in analyses(norm))


def find_figures(t: Tokenized, country_hits: list[CountryHit] | None = None) -> list[Figure]:
    """The figures of an article; `country_hits` (its country mentions) give
    each figure its countries and an ambiguous currency its country."""
    tokens = t.tokens
    hits = country_hits or []
    codes = article_currency_countries(hits)
    found: list[Found] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind != "num" and (tok.kind != "word" or not _may_start_number(tok.norm)):
            i += 1
            continue
        number = parse_number(t, i)
        if number is None:
            bare = _bare_multiplier(t, i)
            if bare is not None:
                found.append(bare)
            i += 1
            continue
        fig = _figure_at(t, number, codes, found)
        if fig is None:
            i = max(i + 1, number.last if number.scaled else i + 1)
            continue
        found.append(fig)
        i = fig.last
    for n in range(len(found)):
        add_context(t, found, n, hits)
    return [_record(t, f) for f in found]


def _bare_multiplier(t: Tokenized, i: int) -> Found | None:
    """`ضعف` with no number before it means two times (`أي ضعف المتوسط
    العالمي`); as `ضعف` also means weakness, only after a word that
    introduces an amount."""
    tokens = t.tokens
    tok = tokens[i]
    for a in tok.analyses:
        v = W.MULTIPLIERS.get(a.key) if not a.article else None
        if v is None:
            continue
        prev = tokens[i - 1].key if i > 0 else ""
        nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
        cue = prev in W.MULTIPLIER_CUES or a.proclitics == L.BY or a.key in W.UNAMBIGUOUS_MULTIPLIERS \
            or nxt in W.MULTIPLIER_NEXT
        if a.proclitics not in ("", L.BY) or not cue:
            return None
        f = Found(Number(i, i, a.offset, v, False, True), Unit("multiplier", None, i + 1), i, i + 1, a.offset)
        add_modifiers(t, f)
        return f
    return None


def _figure_at(t: Tokenized, number: Number, codes: dict[str, str], found: list[Found]) -> Found | None:
    tokens = t.tokens
    first = number.first
    # a currency symbol before the number: $5, € 3 مليار
    sym = None
    if first > 0 and tokens[first - 1].kind == "punct" and tokens[first - 1].norm in L.SYMBOLS:
        sym = L.SYMBOLS[tokens[first - 1].norm]
    if _is_label(t, number):
        return None
    unit = parse_unit(t, number.last, number, codes)
    if unit is None and sym is not None:
        unit = Unit("money", sym, number.last)
    if unit is None:
        if not number.scaled:
            return None
        unit = Unit("count", None, number.last)
        # «أكثر من 40 مليون دولار ... إلا 3 ملايين»: the currency is left out
        sent = t.sentence_of(number.first)
        prev = next((f for f in reversed(found) if f.first >= sent.first), None)
        if prev is not None and prev.unit.kind == "money":
            unit = Unit("money", prev.unit.unit, number.last)
    if number.year_like and not number.scaled and unit.kind == "count" and _year_context(t, number):
        return None
    f = Found(number, unit, number.first, unit.last, number.offset)
    if sym is not None:
        f.first, f.offset = number.first - 1, 0
    add_modifiers(t, f)
    return f


def _is_label(t: Tokenized, number: Number) -> bool:
    tokens = t.tokens
    if number.first == 0:
        return False
    prev = tokens[number.first - 1]
    if prev.norm == ":" and number.first > 1 and tokens[number.first - 2].kind == "num":
        return True  # 10:30
    if prev.kind == "word":
        return any(a.key in W.LABEL_CUES for a in prev.analyses)
    # "الـ15" → ال + 15 after tatweel is dropped
    return prev.norm == ARTICLE


def _year_context(t: Tokenized, number: Number) -> bool:
    tokens = t.tokens
    i = number.first
    if i > 0:
        prev = tokens[i - 1]
        if any(a.key in T.YEAR_CUES or a.key in T.MONTHS for a in prev.analyses):
            return True
        if prev.kind == "num" or prev.norm in "(/-":
            return True
    return number.last < len(tokens) and tokens[number.last].key in W.YEAR_MARKS


def _record(t: Tokenized, f: Found) -> Figure:
    s, _ = t.stem_span(t.tokens[f.first], f.offset)
    e = t.tokens[f.last - 1].end
    value = _clean(f.number.value * f.unit.factor)
    subject = t.raw[f.subject[0]:f.subject[1]] if f.subject else None
    return Figure(
        text=t.raw[s:e], start=s, end=e, value=value, kind=f.unit.kind, unit=f.unit.unit,
        approximate=f.approximate, bound=f.bound, year=f.year, period=f.period, subject=subject,
        countries=f.countries,
    )


def _clean(v: float) -> float | int:
    r = round(v, 6)
    return int(r) if r == int(r) and abs(r) < 1e18 else r
