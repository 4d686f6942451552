"""Figures read with their neighbours: ranges, subunits, halves and exchange rates.

- a range: in `بين 2.1 و2.4 مليار دولار`, `من 10 إلى 20 دولارا`, `ما بين 50
  إلى 100 ألف وظيفة`, the first number (no scale, no unit of its own) takes
  the scale and the unit written after the second (its scale only when it
  is not larger than the second number); both ends are figures, each with
  `range` = [first end, second end];
- a subunit after the main unit and و (`20 دولارا و43 سنتا` = 20.43 USD);
- a half after the unit (`أربع سنوات ونصف` = 4.5);
- an exchange rate: an amount with no unit before `مقابل` and a currency
  (`وصل إلى 63 ألفا مقابل الدولار`) is money in the currency the sentence
  named before it (`انخفاض الريال الإيراني`).

Words in `extract.lang.ar.figures`.
"""

from __future__ import annotations

from .. import gazetteers
from ..lang.ar import figures as L
from ..lexicon import keyed_words, phrase_keys
from ..normalize import key
from ..tokenize import Tokenized
from . import money
from .modifiers import keys_before
from .numbers import Number, parse_number
from .units import Unit, family_currency, parse_unit

W = keyed_words(L)
_RANGE_STARTS = sorted((phrase_keys(p) for p in L.RANGE_STARTS), key=len, reverse=True)
LOOK_AHEAD = 12  # tokens searched after an amount for «مقابل» + a currency
LOOK_BACK = 40  # tokens searched before it for the currency the sentence names


def range_end(t: Tokenized, number: Number, codes: dict[str, str]) -> tuple[Number, Unit, bool] | None:
    """The second end of a range (or the next item of a list: `3 أو 4 ملايين`)
    that starts at `number` (with no scale and no unit of its own): the
    number, its unit, and whether it is a range (`بين`, `من` before); None
    when there is none."""
    tokens = t.tokens
    if number.scaled:
        return None
    is_range = any(keys_before(tokens, number.first, p) is not None for p in _RANGE_STARTS)
    j = number.last
    if j >= len(tokens) or (not is_range and number.year_like):
        return None
    joiners = W.RANGE_JOINERS if is_range else W.LIST_JOINERS
    if tokens[j].key in joiners or (is_range and tokens[j].norm in L.RANGE_JOINERS):
        k = j + 1
    elif tokens[j].kind == "word" and tokens[j].norm.startswith(L.AND):
        k = j  # «و» glued to a number word: بين خمسة وعشرة ملايين
    else:
        return None
    if k >= len(tokens) or tokens[k].kind not in ("num", "word"):
        return None
    second = parse_number(t, k)
    if second is None or (k == j and second.offset != 1):
        return None
    unit = parse_unit(t, second.last, second, codes)
    if unit is None and not second.scaled:
        return None
    if unit is None:
        unit = Unit("count", None, second.last)
    return second, unit, is_range


def scaled_like(number: Number, second: Number) -> float:
    """The first end's value with the second end's scale (not when the first
    is larger than the second's own number: من 500 إلى 1.5 مليون)."""
    if second.scaled and number.value <= second.value / second.scale:
        return number.value * second.scale
    return number.value


def add_subunit(t: Tokenized, unit: Unit) -> tuple[float, int] | None:
    """A subunit after a money unit and و: (its amount in the unit, the token
    after it)."""
    tokens = t.tokens
    j = unit.last
    if unit.kind != "money" or not unit.unit or j >= len(tokens):
        return None
    k = j + 1 if tokens[j].key == W.AND else j
    if k >= len(tokens) or (k == j and not (tokens[j].kind == "word" and tokens[j].norm.startswith(L.AND))):
        return None
    n = parse_number(t, k)
    if n is None or n.scaled or (k == j and n.offset != 1) or n.last >= len(tokens):
        return None
    if money.subunit_at(tokens, n.last) is None:
        return None
    return n.value / money.subunit_ratio(unit.unit), n.last + 1


def add_half(t: Tokenized, last: int) -> int | None:
    """`ونصف` right after the unit: the token after it."""
    tokens = t.tokens
    if last < len(tokens) and tokens[last].kind == "word" and tokens[last].norm.startswith(L.AND) \
            and key(tokens[last].norm[1:]) in W.SCALE_FRACTIONS:
        return last + 1
    return None


def exchange_currency(t: Tokenized, number: Number, codes: dict[str, str]) -> str | None:
    """The currency of an amount with no unit that an exchange rate follows
    (`63 ألفا ... مقابل الدولار`): the one the sentence named before it."""
    tokens = t.tokens
    sent = t.sentence_of(number.first)
    end = min(sent.last, number.last + LOOK_AHEAD)
    against = next((j for j in range(number.last, end) if tokens[j].key in W.EXCHANGE_AGAINST), None)
    if against is None or against + 1 >= len(tokens) or gazetteers.currencies().match_at(tokens, against + 1) is None:
        return None
    lex = gazetteers.currencies()
    for j in range(number.first - 1, max(sent.first, number.first - LOOK_BACK) - 1, -1):
        m = lex.match_at(tokens, j)
        if m is not None:
            family, code = m.value
            return family_currency(tokens, m.last, family, code, codes)[0]
    return None
