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
from . import money
from .found import Found
from .joins import add_half, add_subunit, exchange_currency, range_end, scaled_like
from .modifiers import add_modifiers
from .numbers import Number, parse_number
from .units import Unit, article_currency_countries, family_currency, noun_before, parse_unit

W = keyed_words(L)
T = keyed_words(TL)

# Lookup keys a word must have in one of its readings to start a number or a
# bare multiplier: the extractor skips every other word at once.
_START_KEYS = frozenset().union(W.ONES, W.TEEN_ONES, W.TENS, W.HUNDREDS, W.SCALES, W.FRACTIONS, W.MULTIPLIERS,
                                money.DUALS)


@lru_cache(maxsize=1 << 15)
def _may_start_number(norm: str) -> bool:
    return any(a.key in _START_KEYS for a in analyses(norm))


def find_figures(t: Tokenized, country_hits: list[CountryHit] | None = None) -> list[Figure]:
    """The figures of an article; `country_hits` (its country mentions) give
    each figure its countries and an ambiguous currency its country."""
    tokens = t.tokens
    hits = country_hits or []
    codes = article_currency_countries(hits, t)
    found: list[Found] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind != "num" and (tok.kind != "word" or not _may_start_number(tok.norm)):
            i += 1
            continue
        number = parse_number(t, i)
        if number is None and tok.kind == "num":
            # no value (a date, or digits too many for a float): its scale goes with it
            i += 1
            while i < len(tokens) and tokens[i].key in W.SCALES:
                i += 1
            continue
        if number is None:
            bare = _bare_multiplier(t, i) or _currency_dual(t, i, codes)
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
    for n in range(1, len(found)):
        prev = found[n - 1]
        if prev.range_next is not None and found[n].first <= prev.range_next < found[n].last:
            found[n].range = prev.range
    for n in range(len(found)):
        add_context(t, found, n, hits)
    for n in range(len(found) - 1):
        f, g = found[n], found[n + 1]
        if f.range_next is not None and g.range is f.range and f.year is None and f.period is None:
            f.year, f.period = g.year, g.period  # بين 2.1 و2.4 مليار دولار في عام 2025: one time frame
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


def _currency_dual(t: Tokenized, i: int, codes: dict[str, str]) -> Found | None:
    """A currency dual with no number: an amount of two (`بأقل من دولارين`)."""
    tok = t.tokens[i]
    a = next((a for a in tok.analyses if a.key in money.DUALS and not a.article
              and not a.proclitics.endswith(L.ARTICLE_PROCLITICS)), None)
    if a is None or (i > 0 and t.tokens[i - 1].kind == "num"):
        return None
    family = money.DUALS[a.key]
    code, last = family_currency(t.tokens, i + 1, family, L.CURRENCY_FAMILIES[family][0], codes)
    f = Found(Number(i, i + 1, a.offset, 2, False, True), Unit("money", code, last), i, last, a.offset)
    add_modifiers(t, f)
    return f


def _figure_at(t: Tokenized, number: Number, codes: dict[str, str], found: list[Found]) -> Found | None:
    tokens = t.tokens
    first = number.first
    # a currency symbol or code before the number: $5, € 3 مليار, US$ 5, USD 10
    sym = sym_first = None
    if first > 0 and not (found and found[-1].last > first - 1):  # «1$1$»: that $ is the figure before's
        s = money.symbol_at(tokens, first - 1)
        if s is not None:
            sym, sym_first = s[0], s[1]
        elif money.code_at(tokens, first - 1, before=True):
            sym, sym_first = tokens[first - 1].norm, first - 1
    if _is_label(t, number):
        return None
    unit = parse_unit(t, number.last, number, codes)
    if unit is None and sym is not None:
        unit = Unit("money", sym, number.last)
    rng = None
    if unit is None and sym is None:
        rng = range_end(t, number, codes)  # بين 2.1 و2.4 مليار دولار
        if rng is not None:
            unit = Unit(rng[1].kind, rng[1].unit, number.last, rng[1].factor)
            number.value = scaled_like(number, rng[0])
    before = noun_before(t, number, codes) if unit is None and sym is None else None
    if before is not None and not (found and found[-1].last > before.last):  # صحفيين اثنين، دولار واحد
        f = Found(number, Unit(before.kind, before.unit, number.last), before.last, number.last, 0)
        add_modifiers(t, f)
        return f
    if unit is None or (unit.kind == "count" and unit.unit is None):
        cur = exchange_currency(t, number, codes)  # 63 ألفا مقابل الدولار
        if cur is not None:
            unit = Unit("money", cur, unit.last if unit else number.last)
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
    if number.words and number.value < 1 and number.last == number.first + 1 and unit.kind == "count":
        unit = Unit("multiplier", None, number.last)  # نصف قيمته: a fraction of a noun
    sub = add_subunit(t, unit)  # 20 دولارا و43 سنتا
    if sub is not None:
        number.value += sub[0] / unit.factor
        unit = Unit(unit.kind, unit.unit, sub[1], unit.factor)
    half = add_half(t, unit.last) if not number.scaled and unit.kind in ("count", "quantity", "money") else None
    if half is not None:  # أربع سنوات ونصف
        number.value += 0.5
        unit = Unit(unit.kind, unit.unit, half, unit.factor)
    f = Found(number, unit, number.first, unit.last, number.offset)
    if rng is not None and rng[2]:
        second, u2, _ = rng
        f.range = (number.value * unit.factor, second.value * u2.factor)
        f.range_next = second.first
    if sym_first is not None and sym_first < number.first:
        f.first, f.offset = sym_first, 0
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
    # «عام، 2015», «عام: 2015»: stray punctuation between the year word and the year
    while i > 0 and number.first - i < 2 and tokens[i - 1].kind == "punct" and tokens[i - 1].norm in ",:;" \
            and i > 1 and any(a.key in T.YEAR_CUES for a in tokens[i - 2].analyses):
        i -= 1
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
        countries=f.countries, range=tuple(_clean(v) for v in f.range) if f.range else None,
    )


def _clean(v: float) -> float | int:
    r = round(v, 6)
    return int(r) if r == int(r) and abs(r) < 1e18 else r
