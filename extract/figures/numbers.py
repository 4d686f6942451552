"""Numbers: the value a figure states, in digits or in words.

- digits, with the separator rule of `parse_digits`, the news-agency decimal
  (`1ر4` = 1.4) and a thousands group split by an Arabic comma (`7، 000`);
- number words with their gender and case forms, compounds with و
  (`خمسة وعشرون`, `مائة وخمسة وعشرون`), teens (`أحد عشر`), hundreds
  (`ثلاث مائة`), fractions (`نصف`, `ثلاثة أرباع`); a number word right after
  an ordinal is part of it (`الخامسة عشرة`, `السابع والعشرين`);
- scales in singular, dual and plural after a number (`5 مليارات`), a bare
  scale on its own (`مليار يورو`, `مليونين`; a plural scale never:
  `ملايين الدولارات`), and additive chains after a scale
  (`101 مليار و189 مليون`, `مليون و907 ألف`, `مليار ونصف`).

Words in `extract.lang.ar.figures`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..lang.ar import figures as L
from ..lexicon import keyed_words
from ..normalize import key
from ..tokenize import Token, Tokenized

W = keyed_words(L)



@dataclass
class Number:
    first: int  # token indices [first, last)
    last: int
    offset: int  # proclitic characters on the first token (not in the span)
    value: float
    scaled: bool  # a scale word was applied
    words: bool  # written in words (not digits)
    year_like: bool = False
    scale: float = 1.0  # the (first) scale word's value, when scaled


def parse_digits(tok: Token, scale_follows: bool) -> float | None:
    """The value of a digit token.

    Separator rule: the Arabic decimal separator ٫ is always a decimal point
    and ٬ always a thousands mark.  Otherwise, with both `.` and `,` the last
    one is the decimal point; the same separator more than once is a
    thousands mark when every group after it has three digits; a single
    separator followed by exactly three digits is a thousands mark
    (`1,800`, `622.533`), unless a scale word follows (`5.339 مليون`,
    `3,876 مليار`: a decimal), or the integer part is 0; any other single
    separator is a decimal point (`2,5`, `65,5`).
    """
    raw, s = tok.text, tok.norm
    if "\u066b" in raw:  # ٫
        dec = s[raw.index("\u066b")] if len(raw) == len(s) else "."
        return _to_float(s, dec)
    if "\u066c" in raw:  # ٬
        return _to_float(s, None)
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    if "." in seps and "," in seps:
        return _to_float(s, seps[-1])
    sep = seps[0]
    groups = s.split(sep)
    if len(groups) > 2:
        return _to_float(s, None) if all(len(g) == 3 for g in groups[1:]) else None
    if len(groups[1]) == 3 and not scale_follows and groups[0] != "0":
        return _to_float(s, None)
    return _to_float(s, sep)


def _to_float(s: str, dec: str | None) -> float | None:
    if dec is None:
        digits = s.replace(",", "").replace(".", "")
        return float(digits) if digits.isdigit() else None
    whole, _, frac = s.rpartition(dec)
    whole = whole.replace(",", "").replace(".", "")
    try:
        return float(f"{whole or '0'}.{frac}")
    except ValueError:
        return None


def _word_key(tok: Token) -> list[tuple[str, int]]:
    """(lookup key, proclitic offset) readings of a word token."""
    if tok.kind != "word":
        return []
    # the article flag of a bare word is unreliable after alef folding (ألف → الف),
    # so only readings that strip an article are left out (الثلاث is not a number)
    return [(a.key, a.offset) for a in tok.analyses if not a.proclitics.endswith(L.ARTICLE_PROCLITICS)
            and not (a.article and a.proclitics and a.key not in W.SCALES)]  # بألف: ب + ألف


def _scale_at(tokens: list[Token], j: int) -> tuple[float, int] | None:
    if j < len(tokens) and tokens[j].kind == "word":
        return W.SCALES.get(tokens[j].key)
    return None


def _word_number(tokens: list[Token], i: int) -> tuple[float, int, int] | None:
    """A number written in words starting at token i: (value, last, offset)."""
    for k, off in _word_key(tokens[i]):
        if off and k in W.TEEN_ONES:
            continue
        j = i + 1
        value: float | None = None
        if k in W.HUNDREDS:
            value = W.HUNDREDS[k]
        elif k in W.TEEN_ONES and j < len(tokens) and tokens[j].key in W.TEEN_TENS:
            value, j = 10 + W.TEEN_ONES[k], j + 1
        elif k in W.ONES:
            value = W.ONES[k]
            nxt = tokens[j].key if j < len(tokens) else ""
            if value < 10 and nxt in W.TEEN_TENS:
                value, j = 10 + value, j + 1
            elif nxt in W.HUNDRED:
                value, j = value * 100, j + 1
            elif nxt in W.FRACTION_PLURALS:
                value, j = value * W.FRACTIONS[nxt], j + 1
        elif k in W.TENS:
            value = W.TENS[k]
        elif k in W.WHOLE_FRACTIONS:
            value = W.FRACTIONS[k]
        if value is None:
            continue
        # و + ones / tens / hundreds (خمسة وعشرون، مائة وخمسون)
        while j < len(tokens):
            step = 1
            if tokens[j].key == W.AND and j + 1 < len(tokens) and tokens[j + 1].kind == "word":
                # «أربعة و عشرون»: و written apart
                glued = [(kk, o) for kk, o in _word_key(tokens[j + 1]) if o == 0]
                step = 2
            else:
                glued = [(kk, o) for kk, o in _word_key(tokens[j]) if o == 1 and tokens[j].norm.startswith(L.AND)]
            add = next((W.ONES.get(kk) or W.TENS.get(kk) for kk, _ in glued if W.ONES.get(kk) or W.TENS.get(kk)), None)
            rest = value % 100
            fits = add is not None and (
                (value < 10 and 20 <= add < 100)  # خمسة وعشرون
                or (value >= 100 and rest == 0 and add < 100)  # مائة وخمسون، مائة وخمسة
                or (value >= 100 and 0 < rest < 10 and 20 <= add < 100)  # مائة وخمسة وعشرون
            )
            if fits:
                value, j = value + add, j + step
            else:
                break
        return value, j, off
    return None


def parse_number(t: Tokenized, i: int) -> Number | None:
    """The number that starts at token i (digits or words, with its scale and
    additive chain), or None; None too for a number too large for a float
    (a few hundred digits before `مليار`): no figure, and no lost article."""
    num = _parse_number(t, i)
    return num if num is not None and math.isfinite(num.value) else None


def _parse_number(t: Tokenized, i: int) -> Number | None:
    tokens = t.tokens
    tok = tokens[i]
    words = False
    offset = 0
    year_like = False
    first = i
    if tok.kind == "num":
        if "-" in tok.norm or "/" in tok.norm:
            return None
        value = parse_digits(tok, _scale_at(tokens, i + 1) is not None)
        if value is None:
            return None
        j = i + 1
        if _leading_point(tokens, i):
            # «.77», «٫٧٧»: a decimal with no integer part
            value, first = float("0." + tok.norm), i - 1
        # «(50) مليار دولار»: the number in brackets before its scale
        if i > 0 and tokens[i - 1].norm == "(" and j + 1 < len(tokens) and tokens[j].norm == ")" \
                and _scale_at(tokens, j + 1) is not None:
            first, j = i - 1, j + 1
        # «7، 000»: an Arabic comma and a space inside a thousands group
        if (j + 1 < len(tokens) and tokens[j].text == "\u060c" and tokens[j + 1].norm == "000"
                and tok.norm.isdigit() and len(tok.norm) <= 3):
            value, j = value * 1000 + 0, j + 2
        # «1ر4»: the news-agency decimal (ر for the decimal point); also found bidi-reversed as «4 ر1»
        elif j + 1 < len(tokens) and tokens[j].norm == L.AGENCY_DECIMAL and tokens[j + 1].kind == "num" \
                and tok.norm.isdigit() and tokens[j + 1].norm.isdigit() and tokens[j].end == tokens[j + 1].start:
            a, b = tok.norm, tokens[j + 1].norm
            value = float(f"{a}.{b}") if tok.end == tokens[j].start else float(f"{b}.{a}")
            j += 2
        year_like = tok.norm.isdigit() and len(tok.norm) == 4 and 1000 <= value <= 2100 and first == i
    else:
        wn = _word_number(tokens, i)
        if wn is not None and i > 0 and tokens[i - 1].key in W.ORDINALS:
            return None  # الخامسة عشرة, السابع والعشرين: an ordinal
        if wn is not None:
            value, j, offset = wn
            words = True
        else:
            # a bare scale word: مليار يورو, مليونين ونصف
            readings = [(k, o) for k, o in _word_key(tok) if k in W.SCALES and k not in W.PLURAL_SCALES]
            if not readings:
                return None
            k, offset = readings[0]
            scale, count = W.SCALES[k]
            num = Number(i, i + 1, offset, scale * count, True, True, scale=scale)
            bigger = _scale_at(tokens, i + 1)
            if count == 1 and bigger is not None and bigger[0] > scale and bigger[1] == 1:
                # «ألف مليار دولار»: a thousand billion
                num.value, num.last, num.scale = scale * bigger[0], i + 2, bigger[0]
            return _additive(tokens, num, num.scale)
    if not math.isfinite(value):
        return None
    # «واحد فاصلة خمسة»: the decimal point spelled out
    if j + 1 < len(tokens) and tokens[j].key in W.DECIMAL_WORDS:
        frac = _word_number(tokens, j + 1) if tokens[j + 1].kind == "word" else None
        if frac is not None and frac[2] == 0 and frac[0] == int(frac[0]):
            value += frac[0] / 10 ** len(str(int(frac[0])))
            j = frac[1]
        elif tokens[j + 1].kind == "num" and tokens[j + 1].norm.isdigit():
            value += float("0." + tokens[j + 1].norm)
            j += 2
    sc = _scale_at(tokens, j)
    if sc is not None:
        scale = sc[0]
        num = Number(first, j + 1, offset, value * scale, True, words, scale=scale)
        return _additive(tokens, num, scale)
    return Number(first, j, offset, value, False, words, year_like)


def _leading_point(tokens: list[Token], i: int) -> bool:
    """A point glued before digits, with no digit glued before it (`.77`)."""
    if i == 0 or tokens[i - 1].norm != "." or tokens[i - 1].end != tokens[i].start or not tokens[i].norm.isdigit():
        return False
    return i == 1 or tokens[i - 2].end != tokens[i - 1].start


def _additive(tokens: list[Token], num: Number, scale: float) -> Number:
    """Continue `num` (which ends on a scale word) with و + smaller terms:
    `101 مليار و189 مليون`, `مليون و907 ألف`, `مليار ونصف`, `أربعة آلاف و960`."""
    j = num.last
    while j < len(tokens):
        tok = tokens[j]
        # ونصف / وربع: a fraction of the last scale
        if tok.kind == "word" and tok.norm.startswith(L.AND) and key(tok.norm[1:]) in W.SCALE_FRACTIONS:
            num.value += W.FRACTIONS[key(tok.norm[1:])] * scale
            j += 1
            num.last = j
            continue
        # و as its own token (before digits) or glued to a number word
        k = j
        if tok.key == W.AND and j + 1 < len(tokens):
            k = j + 1
            term_tok = tokens[k]
            if term_tok.kind == "num" and "-" not in term_tok.norm and "/" not in term_tok.norm:
                nxt_scale = _scale_at(tokens, k + 1)
                v = parse_digits(term_tok, nxt_scale is not None)
                end = k + 1
            else:
                break
        elif tok.kind == "word" and tok.norm.startswith(L.AND):
            wn = _word_number(tokens, j)
            if wn is None or wn[2] != 1:
                # a glued scale: «وملياران»? not written in news
                break
            v, end, _ = wn
            nxt_scale = _scale_at(tokens, end)
        else:
            break
        if v is None:
            break
        if nxt_scale is not None:
            s2 = nxt_scale[0]
            if s2 >= scale:
                break
            v *= s2
            end += 1
            new_scale = s2
        else:
            if v >= scale:
                break
            new_scale = 1.0
        num.value += v
        num.last = end
        j = end
        scale = new_scale
        if new_scale == 1.0:
            break
    return num
