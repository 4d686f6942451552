"""Figures: the quantities an article states, with value, unit, year and subject.

Rules by dimension over the spine's tokens (language data in
`extract.lang.ar.figures`, examples in `extract.lang.ar.figures_corpus`):

1. **numbers**: digits (the separator rule is in `parse_digits`), number
   words with their gender and case forms, compounds with و, fractions,
   scales in singular, dual and plural, additive chains
   (`101 مليار و189 مليون`), a bare scale with a unit (`مليار يورو`);
2. **units** after the number: percent, multiplier, quantity, money
   (currency families and country adjectives; an ambiguous family takes the
   article's country), else the counted noun;
3. **modifiers**: bound and approximation words inside the span (`أكثر من`,
   `حوالي`), verbs outside it (`تتجاوز`, `يقترب ... من`), `تقريبا` after;
4. **context**: year and period from the figure's clause, the subject from
   the verb that governs it, the countries the clause names.

A number with neither a scale nor a unit is not a figure; nor is a year, a
date, an ordinal, or a number after a label word (`المادة 103`, `مازدا 616`,
`المرتبة 29`).  Durations and ages are counts of their time noun.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from babel.core import get_global

from . import gazetteers
from .hits import CountryHit
from .timex import MONTHS, YEAR_CUES, time_in
from .lang.ar import figures as L
from .lang.ar.chars import COMBINING_MARKS, INVISIBLE
from .clitics import analyses
from .lexicon import phrase_keys
from .normalize import key
from .records import Figure
from .tokenize import Token, Tokenized

_PUNCT_CLAUSE = frozenset(",;:.!?()[]\"'«»")
LEFT_WINDOW = 12  # tokens before a figure searched for its year


def _keys(words) -> frozenset[str]:
    return frozenset(key(w) for w in words)


ONES = {key(w): v for w, v in L.ONES.items()}
TEEN_ONES = {key(w): v for w, v in L.TEEN_ONES.items()}
TEEN_TENS = _keys(L.TEEN_TENS)
TENS = {key(w): v for w, v in L.TENS.items()}
HUNDREDS = {key(w): v for w, v in L.HUNDREDS.items()}
SCALES = {key(w): v for w, v in L.SCALES.items()}
PLURAL_SCALES = _keys(L.PLURAL_SCALES)
FRACTIONS = {key(w): v for w, v in L.FRACTIONS.items()}
MULTIPLIERS = {key(w): v for w, v in L.MULTIPLIERS.items()}
TIMES = _keys(L.TIMES)
COMPARATIVES = _keys(L.COMPARATIVES)
LABEL_CUES = _keys(L.LABEL_CUES)
NOT_COUNTED = _keys(L.NOT_COUNTED)
ORDINALS = _keys(L.ORDINALS)
CLITIC_LETTER_NOUNS = _keys(L.COUNTED_WITH_CLITIC_LETTER)
MEASURE_VERBS = _keys(L.MEASURE_VERBS)
SUBJECT_TRIM = _keys(L.SUBJECT_TRIM)
WA = key("و")
FI = key("في")
MIN = key("من")
ILA = _keys(["إلى", "الى", "حتى"])
BAYNA = key("بين")
HALF = key("نصف")
NEGATIONS = _keys(["لا", "لم", "لن"])
# Lookup keys a word must have in one of its readings to start a number or a
# bare multiplier: the extractor skips every other word at once.
_START_KEYS = frozenset().union(ONES, TEEN_ONES, TENS, HUNDREDS, SCALES, FRACTIONS, MULTIPLIERS)


@lru_cache(maxsize=100_000)
def _may_start_number(norm: str) -> bool:
    return any(a.key in _START_KEYS for a in analyses(norm))


@dataclass
class Number:
    first: int  # token indices [first, last)
    last: int
    offset: int  # proclitic characters on the first token (not in the span)
    value: float
    scaled: bool  # a scale word was applied
    words: bool  # written in words (not digits)
    year_like: bool = False


@dataclass
class Unit:
    kind: str
    unit: str | None
    last: int  # token index after the unit
    factor: float = 1.0


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


# --- lexicons -------------------------------------------------------------------


def _phrases(entries) -> list[tuple[tuple[str, ...], bool, str | None]]:
    return [(phrase_keys(p), approx, bound) for p, approx, bound in entries]


PRE = sorted(_phrases(L.PRE_MODIFIERS), key=lambda e: -len(e[0]))
POST = sorted(_phrases(L.POST_MODIFIERS), key=lambda e: -len(e[0]))
PER_DAY = [phrase_keys(p) for p in L.PER_DAY]
BEFORE_OUT = [(phrase_keys(p), b) for p, b in L.BEFORE_OUTSIDE]
AFTER_OUT = [(phrase_keys(p), b) for p, b in L.AFTER_OUTSIDE]
RATE = sorted((phrase_keys(p) for p in L.RATE_WORDS), key=len, reverse=True)
NEG_AT_LEAST = [phrase_keys(p) for p in L.NEGATED_AT_LEAST]
NEG_AT_MOST = [phrase_keys(p) for p in L.NEGATED_AT_MOST]
VERBS = {key(v): (approx, bound, tuple(vs)) for vs, approx, bound in L.VERB_MODIFIERS for v in vs}
_NEEDS_PREP = {**{key(v): _keys(["على", "عن"]) for v in ["يزيد", "تزيد", "زاد", "زادت"]},
               **{key(v): _keys(["من"]) for v in ["يقترب", "تقترب", "اقترب", "اقتربت"]},
               **{key(v): _keys(["عن"]) for v in ["يقل", "تقل"]}}


# --- numbers --------------------------------------------------------------------


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


def _word_key(tok: Token, allow_clitic: bool) -> list[tuple[str, int]]:
    """(lookup key, proclitic offset) readings of a word token."""
    if tok.kind != "word":
        return []
    if not allow_clitic:
        return [(key(tok.norm), 0)]
    # the article flag of a bare word is unreliable after alef folding (ألف → الف),
    # so only readings that strip an article are left out (الثلاث is not a number)
    return [(a.key, a.offset) for a in tok.analyses if not _has_article(a.proclitics)
            and not (a.article and a.proclitics)]


def _has_article(proclitics: str) -> bool:
    return proclitics.endswith("ال") or proclitics.endswith("لل")


def _scale_at(tokens: list[Token], j: int) -> tuple[float, int] | None:
    if j < len(tokens) and tokens[j].kind == "word":
        return SCALES.get(key(tokens[j].norm))
    return None


def _word_number(tokens: list[Token], i: int, allow_clitic: bool = True) -> tuple[float, int, int] | None:
    """A number written in words starting at token i: (value, last, offset)."""
    for k, off in _word_key(tokens[i], allow_clitic):
        if off and k in TEEN_ONES:
            continue
        j = i + 1
        value: float | None = None
        if k in HUNDREDS:
            value = HUNDREDS[k]
        elif k in TEEN_ONES and j < len(tokens) and key(tokens[j].norm) in TEEN_TENS:
            value, j = 10 + TEEN_ONES[k], j + 1
        elif k in ONES:
            value = ONES[k]
            nxt = key(tokens[j].norm) if j < len(tokens) else ""
            if value < 10 and nxt in TEEN_TENS:
                value, j = 10 + value, j + 1
            elif nxt in (key("مائة"), key("مئة")):
                value, j = value * 100, j + 1
            elif nxt in (key("أرباع"), key("أثلاث")):
                value, j = value * FRACTIONS[nxt], j + 1
        elif k in TENS:
            value = TENS[k]
        elif k in FRACTIONS and k in (HALF, key("ربع"), key("ثلث")):
            value = FRACTIONS[k]
        if value is None:
            continue
        # و + ones / tens / hundreds (خمسة وعشرون، مائة وخمسون)
        while j < len(tokens):
            glued = [(kk, o) for kk, o in _word_key(tokens[j], True) if o == 1 and tokens[j].norm.startswith("و")]
            add = next((ONES.get(kk) or TENS.get(kk) for kk, _ in glued if ONES.get(kk) or TENS.get(kk)), None)
            rest = value % 100
            fits = add is not None and (
                (value < 10 and 20 <= add < 100)  # خمسة وعشرون
                or (value >= 100 and rest == 0 and add < 100)  # مائة وخمسون، مائة وخمسة
                or (value >= 100 and 0 < rest < 10 and 20 <= add < 100)  # مائة وخمسة وعشرون
            )
            if fits:
                value, j = value + add, j + 1
            else:
                break
        return value, j, off
    return None


def parse_number(t: Tokenized, i: int) -> Number | None:
    tokens = t.tokens
    tok = tokens[i]
    words = False
    offset = 0
    year_like = False
    if tok.kind == "num":
        if "-" in tok.norm or "/" in tok.norm:
            return None
        value = parse_digits(tok, _scale_at(tokens, i + 1) is not None)
        if value is None:
            return None
        j = i + 1
        # «7، 000»: an Arabic comma and a space inside a thousands group
        if (j + 1 < len(tokens) and tokens[j].text == "\u060c" and tokens[j + 1].norm == "000"
                and tok.norm.isdigit() and len(tok.norm) <= 3):
            value, j = value * 1000 + 0, j + 2
        # «1ر4»: the news-agency decimal (ر for the decimal point); also found bidi-reversed as «4 ر1»
        elif j + 1 < len(tokens) and tokens[j].norm == "ر" and tokens[j + 1].kind == "num" and tok.norm.isdigit() \
                and tokens[j + 1].norm.isdigit() and tokens[j].end == tokens[j + 1].start:
            a, b = tok.norm, tokens[j + 1].norm
            value = float(f"{a}.{b}") if tok.end == tokens[j].start else float(f"{b}.{a}")
            j += 2
        year_like = tok.norm.isdigit() and len(tok.norm) == 4 and 1000 <= value <= 2100
    else:
        wn = _word_number(tokens, i)
        if wn is not None and i > 0 and key(tokens[i - 1].norm) in ORDINALS:
            return None  # الخامسة عشرة, السابع والعشرين: an ordinal
        if wn is not None:
            value, j, offset = wn
            words = True
        else:
            # a bare scale word: مليار يورو, مليونين ونصف
            readings = [(k, o) for k, o in _word_key(tok, True) if k in SCALES and k not in PLURAL_SCALES]
            if not readings:
                return None
            k, offset = readings[0]
            scale, count = SCALES[k]
            num = Number(i, i + 1, offset, scale * count, True, True)
            return _additive(tokens, num, scale)
    scaled = False
    sc = _scale_at(tokens, j)
    if sc is not None:
        scale, count = sc
        value *= scale
        j += 1
        scaled = True
        num = Number(i, j, offset, value, True, words)
        return _additive(tokens, num, scale)
    return Number(i, j, offset, value, scaled, words, year_like)


def _additive(tokens: list[Token], num: Number, scale: float) -> Number:
    """Continue `num` (which ends on a scale word) with و + smaller terms:
    `101 مليار و189 مليون`, `مليون و907 ألف`, `مليار ونصف`, `أربعة آلاف و960`."""
    j = num.last
    while j < len(tokens):
        tok = tokens[j]
        # ونصف / وربع: a fraction of the last scale
        if tok.kind == "word" and tok.norm.startswith("و") and key(tok.norm[1:]) in (HALF, key("ربع")):
            num.value += FRACTIONS[key(tok.norm[1:])] * scale
            j += 1
            num.last = j
            continue
        # و as its own token (before digits) or glued to a number word
        k = j
        if key(tok.norm) == WA and j + 1 < len(tokens):
            k = j + 1
            term_tok = tokens[k]
            if term_tok.kind == "num" and "-" not in term_tok.norm and "/" not in term_tok.norm:
                nxt_scale = _scale_at(tokens, k + 1)
                v = parse_digits(term_tok, nxt_scale is not None)
                end = k + 1
            else:
                break
        elif tok.kind == "word" and tok.norm.startswith("و"):
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


# --- units ----------------------------------------------------------------------


def _plain(raw: str) -> str:
    """Raw text without diacritics, tatweel and invisible marks (hamza kept)."""
    return "".join(c for c in raw if c not in COMBINING_MARKS and c not in INVISIBLE)


def _counted_noun(t: Tokenized, tok: Token) -> str:
    a = next((a for a in tok.analyses if not a.proclitics), tok.analyses[0])
    s, e = t.stem_span(tok, a.offset)
    word = _plain(t.raw[s:e])
    if len(word) >= 4 and word.endswith("ا") and not word.endswith("ايا") and not word.endswith("اا"):
        word = word[:-1]  # accusative tanween alef: مشروعًا → مشروع
    return word


def parse_unit(t: Tokenized, j: int, number: Number, country_codes: dict[str, str]) -> Unit | None:
    tokens = t.tokens
    if j >= len(tokens):
        return None
    tok = tokens[j]
    k = key(tok.norm)
    m = gazetteers.units().match_at(tokens, j)
    if m is not None:
        kind, unit, factor = m.value
        last = m.last
        if unit == "barrel":
            for phrase in PER_DAY:
                if _keys_at(tokens, last, phrase):
                    unit, last = "barrel_per_day", last + len(phrase)
                    break
        return Unit(kind, unit, last, factor)
    if k in MULTIPLIERS:
        return Unit("multiplier", None, j + 1)
    if k in TIMES:
        after = key(tokens[j + 1].norm) if j + 1 < len(tokens) else ""
        before = tokens[number.first]
        if after in COMPARATIVES or (number.offset and before.norm.startswith("ب")):
            return Unit("multiplier", None, j + 1)
        return Unit("count", _counted_noun(t, tok), j + 1)
    cm = gazetteers.currencies().match_at(tokens, j)
    if cm is not None:
        family, code = cm.value
        last = cm.last
        # a country adjective (or name) right after the currency word decides:
        # دينار كويتي، ليرة سورية، سوم أوزبكي، دولارا أمريكيا
        adj = gazetteers.countries().match_at(tokens, last, clitics=False) if last < len(tokens) else None
        if family is not None and adj is not None and adj.value is not None:
            cur = _currency_of(adj.value[0], family)
            if cur is not None:
                return Unit("money", cur, adj.last)
        if family in L.AMBIGUOUS_FAMILIES:
            code = country_codes.get(family, code)
        return Unit("money", code, last)
    if tok.kind == "punct" and tok.norm in L.SYMBOLS:
        return Unit("money", L.SYMBOLS[tok.norm], j + 1)
    if _is_counted_noun(tok, k):
        return Unit("count", _counted_noun(t, tok), j + 1)
    # «148,000 من الأغنام», «سبعة وثلاثون من الشركات الصينية»: a partitive count
    if k == MIN and j + 1 < len(tokens) and tokens[j + 1].has_article and tokens[j + 1].is_arabic \
            and key(tokens[j + 1].norm) not in NOT_COUNTED and gazetteers.units().match_at(tokens, j) is None:
        noun = tokens[j + 1]
        s, e = t.stem_span(noun, 2)
        return Unit("count", _plain(t.raw[s:e]), j + 2)
    return None


def _is_counted_noun(tok: Token, k: str) -> bool:
    if not tok.is_arabic or k in NOT_COUNTED or k in MONTHS or len(tok.norm) < 2:
        return False
    if tok.norm.startswith("ال") or tok.norm.startswith("وال"):
        return False
    # a word that starts with a proclitic letter is clitic + word (بمدينة، لتزيد)
    bare = k[:-1] if k.endswith("ا") else k
    if tok.norm[0] in "بكلوف" and len(tok.norm) >= 4 and k not in CLITIC_LETTER_NOUNS \
            and bare not in CLITIC_LETTER_NOUNS:
        return False
    # a present-tense or future verb (يبلغ، تصل، سيتم)
    if tok.norm[0] in "يت" and len(tok.norm) >= 4 and tok.norm[1] not in "اوي" and k not in CLITIC_LETTER_NOUNS:
        return tok.norm.endswith("ة") or tok.norm.endswith("ات")
    return True


def _currency_of(iso2: str, family: str | None) -> str | None:
    """The currency of a country (CLDR), when it belongs to the family (the
    country is listed for an ambiguous family, or its currency is the
    family's own: سوم أوزبكي)."""
    current = next((code for code, _s, end, tender in get_global("territory_currencies").get(iso2, ())
                    if end is None and tender), None)
    if family is None or current is None:
        return current
    if iso2 in L.AMBIGUOUS_FAMILIES.get(family, ()):
        return current
    return current if current == L.CURRENCY_FAMILIES.get(family, (None,))[0] else None


def _keys_at(tokens: list[Token], j: int, phrase: tuple[str, ...]) -> bool:
    if j + len(phrase) > len(tokens):
        return False
    return all(key(tokens[j + n].norm) == p for n, p in enumerate(phrase))


def _keys_before(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> int | None:
    """If `phrase` ends right before token i, its first token's proclitic offset."""
    n = len(phrase)
    if i - n < 0:
        return None
    for m in range(1, n):
        if key(tokens[i - n + m].norm) != phrase[m]:
            return None
    first = tokens[i - n]
    for a in first.analyses:
        if key(a.stem) == phrase[0]:
            return a.offset
    return None


# --- the extractor ----------------------------------------------------------------


def find_figures(t: Tokenized, country_hits: list[CountryHit] | None = None) -> list[Figure]:
    tokens = t.tokens
    hits = country_hits or []
    codes = _article_currency_countries(hits)
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
    for n, f in enumerate(found):
        _context(t, found, n, hits)
    return [_record(t, f) for f in found]


def _bare_multiplier(t: Tokenized, i: int) -> Found | None:
    """`ضعف` with no number before it means two times (`أي ضعف المتوسط
    العالمي`); as `ضعف` also means weakness, only after a word that
    introduces an amount."""
    tokens = t.tokens
    tok = tokens[i]
    for a in tok.analyses:
        v = MULTIPLIERS.get(a.key) if not a.article else None
        if v is None:
            continue
        prev = key(tokens[i - 1].norm) if i > 0 else ""
        nxt = key(tokens[i + 1].norm) if i + 1 < len(tokens) else ""
        cue = prev in _MULTIPLIER_CUES or a.proclitics == "ب" or key(a.stem) in _UNAMBIGUOUS_MULT \
            or nxt in _MULTIPLIER_NEXT
        if a.proclitics not in ("", "ب") or not cue:
            return None
        f = Found(Number(i, i, a.offset, v, False, True), Unit("multiplier", None, i + 1), i, i + 1, a.offset)
        _modifiers(t, f)
        return f
    return None


_UNAMBIGUOUS_MULT = _keys(L.UNAMBIGUOUS_MULTIPLIERS)
_MULTIPLIER_NEXT = _keys(L.MULTIPLIER_NEXT)
_MULTIPLIER_CUES = _keys(["أي", "هو", "وهو", "هي", "وهي", "إلى", "الى", "بلغ", "يبلغ", "تبلغ", "بلغت", "نحو",
                          "حوالي", "قرابة", "يعادل", "تعادل", "يساوي", "تساوي", "أصبح", "أصبحت", "ليصل", "لتصل"])


def _article_currency_countries(hits: list[CountryHit]) -> dict[str, str]:
    """For each ambiguous currency family, the country the article is most
    about among those that use it (by mentions), when there is one."""
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.iso2] = counts.get(h.iso2, 0) + 1
    out = {}
    for family, iso2s in L.AMBIGUOUS_FAMILIES.items():
        best = max((c for c in iso2s if c in counts), key=lambda c: counts[c], default=None)
        if best is not None:
            cur = _currency_of(best, family)
            if cur:
                out[family] = cur
    return out


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
    _modifiers(t, f)
    return f


def _is_label(t: Tokenized, number: Number) -> bool:
    tokens = t.tokens
    if number.first == 0:
        return False
    prev = tokens[number.first - 1]
    if prev.norm == ":" and number.first > 1 and tokens[number.first - 2].kind == "num":
        return True  # 10:30
    if prev.kind == "word":
        return any(key(a.stem) in LABEL_CUES for a in prev.analyses)
    # "الـ15" → ال + 15 after tatweel is dropped
    return prev.norm == "ال"


def _year_context(t: Tokenized, number: Number) -> bool:
    tokens = t.tokens
    i = number.first
    if i > 0:
        prev = tokens[i - 1]
        if any(key(a.stem) in YEAR_CUES or key(a.stem) in MONTHS for a in prev.analyses):
            return True
        if prev.kind == "num" or prev.norm in "(/-":
            return True
    return number.last < len(tokens) and key(tokens[number.last].norm) in _keys(["م", "هـ", "ه", "ميلادي"])


def _modifiers(t: Tokenized, f: Found) -> None:
    tokens = t.tokens
    # inside the span, right before the number
    for phrase, approx, bound in PRE:
        off = _keys_before(tokens, f.first, phrase)
        if off is not None:
            f.first -= len(phrase)
            f.offset = off
            f.approximate |= approx
            f.bound = bound or f.bound
            break
    # after: تقريبا، على الأقل، أو أكثر
    for phrase, approx, bound in POST:
        if _keys_at(tokens, f.last, phrase):
            f.last += len(phrase)
            f.approximate |= approx
            f.bound = bound or f.bound
            break
    # a rate word after the unit (يوميا، سنويا) belongs to the span
    if f.unit.kind in ("money", "quantity", "count", "percent"):
        for phrase in RATE:
            if _keys_at(tokens, f.last, phrase):
                f.last += len(phrase)
                break
    # outside the span: دون 5 دولارات، حتى 50 ألف دينار، 40 مليون دولار على الأقل
    for phrase, bound in BEFORE_OUT:
        if _keys_before(tokens, f.first, phrase) is not None:
            f.bound = f.bound or bound
            break
    for phrase, bound in AFTER_OUT:
        if _keys_at(tokens, f.last, phrase):
            f.bound = f.bound or bound
            break
    if f.unit.kind == "multiplier":
        return  # تفوق ... بمئة مرة: the comparison is in the multiplier itself
    # negated verbs: لا يقل عن X, لا يزيد على X
    for phrase in NEG_AT_LEAST:
        if _keys_before(tokens, f.first, phrase) is not None:
            f.bound = "at_least"
            return
    for phrase in NEG_AT_MOST:
        if _keys_before(tokens, f.first, phrase) is not None:
            f.bound = "at_most"
            return
    # verbs before the subject: تتجاوز محفظة الاستثمارات الآن 4.2 مليار
    prep = key(tokens[f.first - 1].norm) if f.first > 0 else ""
    j = f.first - 1
    steps = 0
    while j >= 0 and steps < 9:
        tok = tokens[j]
        if tok.kind == "punct" and tok.norm in _PUNCT_CLAUSE or tok.kind == "num":
            break
        hit = None
        for a in tok.analyses:
            if a.proclitics in ("", "و", "ف", "ل") and key(a.stem) in VERBS:
                hit = key(a.stem)
                break
        if hit is not None:
            approx, bound, _ = VERBS[hit]
            needs = _NEEDS_PREP.get(hit)
            negated = (j > 0 and _is_negation(tokens[j - 1])) or (
                j > 1 and _is_negation(tokens[j - 2]) and key(tokens[j - 1].norm) == key("أن"))
            if needs is None or prep in needs:
                if negated:  # لا تتجاوز ... 4%: at most; لا يقل ... عن 500: at least
                    bound = {"more_than": "at_most", "less_than": "at_least"}.get(bound)
                    approx = False
                f.approximate |= approx
                f.bound = bound or f.bound
            break
        j -= 1
        steps += 1


def _is_negation(tok: Token) -> bool:
    return any(key(a.stem) in NEGATIONS and a.proclitics in ("", "و", "ف") for a in tok.analyses)


# --- context: year, period, subject, countries ------------------------------------


def _clause_bounds(t: Tokenized, found: list[Found], n: int) -> tuple[int, int]:
    f = found[n]
    sent = t.sentence_of(f.first)
    left = max(sent.first, found[n - 1].last if n > 0 else 0)
    m = n + 1
    # «59 مليار درهم (8.16 مليار دولار) في عام 2007»: a conversion in brackets
    # right after the figure does not end its clause
    while m < len(found) and found[m].first > 0 and t.tokens[found[m].first - 1].norm == "(" \
            and found[m].first - 1 == found[m - 1].last:
        m += 1
    right = min(sent.last, found[m].first if m < len(found) else len(t.tokens))
    return left, right


def _context(t: Tokenized, found: list[Found], n: int, hits: list[CountryHit]) -> None:
    f = found[n]
    left, right = _clause_bounds(t, found, n)
    year, period = time_in(t, f.last, right)
    if year is None and period is None:
        year, period = time_in(t, max(left, f.first - LEFT_WINDOW), f.first)
    if year is None and period is None and n > 0 and t.sentence_of(found[n - 1].first) is t.sentence_of(f.first):
        # a run of figures in one sentence shares its time frame («ما بين 13% و14%»,
        # «بلغت 5.339 مليون فرد، منهم 4.251 مليون ...»)
        year, period = found[n - 1].year, found[n - 1].period
    f.year, f.period = year, period
    _subject(t, found, n, left)
    lo = f.subject_tokens[0] if f.subject_tokens else left
    if f.subject_tokens and n > 0 and f.subject_tokens[1] <= found[n - 1].last:
        lo = left  # an inherited subject: only this clause's countries
    codes: list[str] = []
    for h in hits:
        if lo <= h.first and h.last <= f.last and h.iso2 not in codes:
            codes.append(h.iso2)
    if not codes:
        # no country in the figure's own clause: the countries its sentence names
        sent = t.sentence_of(f.first)
        for h in hits:
            if sent.first <= h.first and h.last <= sent.last and h.iso2 not in codes:
                codes.append(h.iso2)
    f.countries = codes


def _subject(t: Tokenized, found: list[Found], n: int, left: int) -> None:
    f = found[n]
    tokens = t.tokens
    start = f.first
    # the verb that governs the figure, within the clause
    j = start - 1
    verb = None
    while j >= left:
        tok = tokens[j]
        if tok.kind == "punct" and tok.norm in _PUNCT_CLAUSE:
            break
        if any(a.proclitics in ("", "و", "ف", "ل", "ب") and key(a.stem) in MEASURE_VERBS for a in tok.analyses):
            verb = j
            break
        j -= 1
    span = None
    if verb is not None:
        span = _trim(tokens, verb + 1, start)
        if span is None:
            # «الشحنات العابرة تتجاوز 1.3 مليون طن»: the subject precedes the verb
            clause_start = verb
            while clause_start > left and not (tokens[clause_start - 1].kind == "punct"
                                                and tokens[clause_start - 1].norm in _PUNCT_CLAUSE):
                clause_start -= 1
            span = _definite_np(tokens, clause_start, verb)
    if span is None and n > 0 and found[n - 1].subject_tokens is not None:
        prev = found[n - 1]
        between = tokens[prev.last:f.first]
        joined_by = {key(x.norm) for x in between}
        if len(between) <= 6 and (ILA & joined_by or WA in joined_by or any(x.norm.startswith("و") for x in between)
                                  or any(x.norm == "," for x in between)):
            span = prev.subject_tokens
    if span is not None:
        f.subject_tokens = span
        a, b = span
        s, _ = t.stem_span(tokens[a], _clitic_offset(tokens[a]))
        f.subject = (s, tokens[b - 1].end)


def _clitic_offset(tok: Token) -> int:
    """Offset of a conjunction on the first word of a subject (وتجارة → تجارة)."""
    for a in tok.analyses:
        if a.proclitics in ("و", "ف") and not a.article and len(a.stem) >= 3:
            return a.offset if tok.norm[0] in "وف" and len(tok.norm) > 3 and tok.norm[1:3] == "ال" else 0
    return 0


def _trim(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    while a < b and (key(tokens[a].norm) in SUBJECT_TRIM or tokens[a].kind == "punct"):
        a += 1
    while b > a and (key(tokens[b - 1].norm) in SUBJECT_TRIM or tokens[b - 1].kind in ("punct", "num")
                     or any(a_.proclitics and key(a_.stem) in SUBJECT_TRIM for a_ in tokens[b - 1].analyses[1:2])):
        b -= 1
    if a >= b or not tokens[a].is_arabic:
        return None
    return a, b


def _definite_np(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The noun phrase in [a, b): from its first definite word to its last, past
    a leading verb (سجل الناتج المحلي الإجمالي نموا → الناتج المحلي الإجمالي)."""
    idx = [x for x in range(a, b)
           if tokens[x].is_arabic and "ال" in tokens[x].norm[:4] and key(tokens[x].norm) not in SUBJECT_TRIM
           and not any(key(y.stem) in SUBJECT_TRIM for y in tokens[x].analyses[1:])]
    if not idx:
        return None
    first = idx[0]
    last = first
    for x in range(first + 1, b):
        if tokens[x].is_arabic and "ال" in tokens[x].norm[:4]:
            last = x
        elif tokens[x].kind == "punct":
            break
        else:
            break
    return _trim(tokens, first, last + 1)


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
