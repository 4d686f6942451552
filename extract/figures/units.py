"""Units: what a number counts, read from the words right after it.

In this order: a percent or a physical quantity (`في المائة`, `نقطة مئوية`,
`طن متري`, `برميل يوميا`), a multiplier (`ضعف`; `مرة` / `مرات` only before
a comparative or after ب: `ثلاث مرات أكبر`, `بمئة مرة`, else a count of
occasions), money (currency families and country adjectives: `دينار كويتي`;
an ambiguous family with no adjective takes the article's country, see
`article_currency_countries`; a symbol: `$`), else the counted noun (without
its accusative tanween alef: `مشروعًا` → `مشروع`; not a date word, a word of
the syntax, a comparative, a clitic + word or a verb) or a partitive (`148,000
من الأغنام`, `1902 من شاشات السينما`).  Quantities in Latin letters (`500 MW`,
`10 bcf`); a time noun before a year is none (`8,389 عام 1996`).  One and two
follow their noun (`noun_before`: `صحفيين اثنين`, `دولار واحد`).

Words in `extract.lang.ar.figures`; units and currencies are looked up in
`extract.gazetteers`.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.core import get_global

from .. import gazetteers
from ..hits import CountryHit
from ..lang.ar import figures as L
from ..lang.ar import timex as TL
from ..lang.ar.chars import COMBINING_MARKS, INVISIBLE
from ..lang.ar.clitics import CONJUNCTIONS, PREPOSITIONS
from ..lexicon import keyed_words, phrase_keys
from ..tokenize import Token, Tokenized
from . import money
from .numbers import Number

W = keyed_words(L)
T = keyed_words(TL)

_PER_DAY = [phrase_keys(p) for p in L.PER_DAY]
_PROCLITIC_LETTERS = PREPOSITIONS + CONJUNCTIONS  # ب ك ل و ف


@dataclass
class Unit:
    kind: str
    unit: str | None
    last: int  # token index after the unit
    factor: float = 1.0


def keys_at(tokens: list[Token], j: int, phrase: tuple[str, ...]) -> bool:
    """Whether the tokens from j on have the lookup keys of `phrase`."""
    if j + len(phrase) > len(tokens):
        return False
    return all(tokens[j + n].key == p for n, p in enumerate(phrase))


def _plain(raw: str) -> str:
    """Raw text without diacritics, tatweel and invisible marks (hamza kept)."""
    return "".join(c for c in raw if c not in COMBINING_MARKS and c not in INVISIBLE)


def _counted_noun(t: Tokenized, tok: Token) -> str:
    a = next((a for a in tok.analyses if not a.proclitics), tok.analyses[0])
    s, e = t.stem_span(tok, a.offset)
    word = _plain(t.raw[s:e])
    if len(word) >= 4 and word.endswith(L.TANWEEN_ALEF) and not word.endswith(L.NOT_TANWEEN):
        word = word[:-1]  # accusative tanween alef: مشروعًا → مشروع
    return word


def parse_unit(t: Tokenized, j: int, number: Number, country_codes: dict[str, str]) -> Unit | None:
    """The unit that starts at token j, right after `number`, or None;
    `country_codes` is the article's currency for each ambiguous family."""
    tokens = t.tokens
    if j >= len(tokens):
        return None
    tok = tokens[j]
    k = tok.key
    cldr = money.cldr_names().match_at(tokens, j)
    if cldr is not None:  # دولار أمريكي، جنيهات مصرية، أوقية موريتانية: CLDR's names
        return Unit("money", cldr.value, cldr.last)
    if k in W.YEAR_NOUNS and j + 1 < len(tokens) and tokens[j + 1].kind == "num" and len(tokens[j + 1].norm) == 4:
        return None  # «8,389 عام 1996»: the year of the number, not its noun
    m = gazetteers.units().match_at(tokens, j)
    if m is not None:
        kind, unit, factor = m.value
        last = m.last
        if unit == "barrel":
            for phrase in _PER_DAY:
                if keys_at(tokens, last, phrase):
                    unit, last = "barrel_per_day", last + len(phrase)
                    break
        return Unit(kind, unit, last, factor)
    if k in W.MULTIPLIERS:
        return Unit("multiplier", None, j + 1)
    if k in W.TIMES:
        after = tokens[j + 1].key if j + 1 < len(tokens) else ""
        before = tokens[number.first]
        if after in W.COMPARATIVES or (number.offset and before.norm.startswith(L.BY)):
            return Unit("multiplier", None, j + 1)
        return Unit("count", _counted_noun(t, tok), j + 1)
    cm = gazetteers.currencies().match_at(tokens, j)
    if cm is not None:
        family, code = cm.value
        code, last = family_currency(tokens, cm.last, family, code, country_codes)
        return Unit("money", code, last)
    sym = money.symbol_at(tokens, j)  # 10$، 10 €
    if sym is not None and sym[1] == j:
        return Unit("money", sym[0], sym[2])
    iso = money.code_at(tokens, j)  # 42 SAR
    if iso is not None:
        return Unit("money", iso, j + 1)
    abbr = money.abbreviation_at(tokens, j)  # 100 ج.م
    if abbr is not None:
        return Unit("money", abbr[0], abbr[1])
    if tok.kind == "latin" and k in L.LATIN_UNITS:  # 500 MW، 10 bcf
        unit, factor = L.LATIN_UNITS[k]
        return Unit("quantity", unit, j + 1, factor)
    sub = money.subunit_at(tokens, j)  # 50 سنتا: an amount of the subunit's currency
    if sub is not None:
        code = money.subunit_code(sub)
        return Unit("money", code, j + 1, 1 / money.subunit_ratio(code))
    if _is_counted_noun(tok, k):
        return Unit("count", _counted_noun(t, tok), j + 1)
    # «148,000 من الأغنام», «سبعة وثلاثون من الشركات الصينية»: a partitive count
    if k == W.PARTITIVE and j + 1 < len(tokens) and tokens[j + 1].has_article and tokens[j + 1].is_arabic \
            and tokens[j + 1].key not in W.NOT_COUNTED and gazetteers.units().match_at(tokens, j) is None:
        noun = tokens[j + 1]
        s, e = t.stem_span(noun, 2)
        return Unit("count", _plain(t.raw[s:e]), j + 2)
    # «1902 من شاشات السينما»: the partitive noun in construct with a definite one
    if k == W.PARTITIVE and j + 2 < len(tokens) and _is_counted_noun(tokens[j + 1], tokens[j + 1].key) \
            and tokens[j + 2].has_article and tokens[j + 2].is_arabic:
        return Unit("count", _counted_noun(t, tokens[j + 1]), j + 3)
    return None


def noun_before(t: Tokenized, number: Number, country_codes: dict[str, str]) -> Unit | None:
    """The noun that a postposed one or two follows (`صحفيين اثنين`: a count;
    `دولار واحد`, `الريال الواحد`: money), as a unit whose `last` is the
    noun's first token; None for any other number."""
    tokens = t.tokens
    i = number.first
    if i == 0 or number.last != i + 1 or tokens[i].key not in W.POSTPOSED_ONE_TWO:
        return None
    cm = gazetteers.currencies().match_at(tokens, i - 1)
    if cm is not None and cm.last == i:
        family, code = cm.value
        return Unit("money", family_currency(tokens, i, family, code, country_codes)[0], i - 1)
    prev = tokens[i - 1]
    if number.value == 2 and _is_counted_noun(prev, prev.key) and not prev.has_article:
        return Unit("count", _counted_noun(t, prev), i - 1)
    return None


def _is_counted_noun(tok: Token, k: str) -> bool:
    if not tok.is_arabic or k in W.NOT_COUNTED or k in T.MONTHS or len(tok.norm) < 2:
        return False
    if tok.norm.startswith(L.DEFINITE_STARTS):
        return False
    # a word that starts with a proclitic letter is clitic + word (بمدينة، لتزيد)
    bare = k[:-1] if k.endswith(L.TANWEEN_ALEF) else k
    if tok.norm[0] in _PROCLITIC_LETTERS and len(tok.norm) >= 4 and k not in W.COUNTED_WITH_CLITIC_LETTER \
            and bare not in W.COUNTED_WITH_CLITIC_LETTER:
        return False
    # a present-tense verb (يبلغ، تتجاوز)
    if tok.norm[0] in L.VERB_PREFIXES and len(tok.norm) >= 4 and tok.norm[1] not in L.NOT_VERB_SECOND \
            and k not in W.COUNTED_WITH_CLITIC_LETTER:
        return tok.norm.endswith(L.NOUN_ENDINGS)
    return True


def family_currency(tokens: list[Token], last: int, family: str | None, code: str,
                    country_codes: dict[str, str]) -> tuple[str, int]:
    """The currency of a family word ending before token `last`, and the token
    after it: a country adjective (or name) right after it decides (دينار
    كويتي، ليرة سورية، سوم أوزبكي، دولارا أمريكيا); else an ambiguous family
    takes the article's country, and a bare `دولار` is USD."""
    adj = gazetteers.countries().match_at(tokens, last, clitics=False) if last < len(tokens) else None
    if family is not None and adj is not None and adj.value is not None:
        cur = _currency_of(adj.value.iso2, family)
        if cur is not None:
            return cur, adj.last
    if family in L.AMBIGUOUS_FAMILIES:
        code = country_codes.get(family, code)
    return code, last


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


def article_currency_countries(hits: list[CountryHit], t: Tokenized | None = None) -> dict[str, str]:
    """For each ambiguous currency family, the country the article is most
    about among those that use it (by mentions), when there is one; but a
    bare `دولار` is the US dollar unless the article writes another dollar
    with its adjective (`دولار أسترالي`), see `written_dollar`."""
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
    out.pop(L.DOLLAR_FAMILY, None)
    written = written_dollar(t) if t is not None else None
    if written is not None:
        out[L.DOLLAR_FAMILY] = written
    return out


def written_dollar(t: Tokenized) -> str | None:
    """The one dollar other than the US dollar that the article names with
    its adjective (`دولار أسترالي`), if it names exactly one."""
    tokens = t.tokens
    forms = W.DOLLAR_FORMS
    seen = set()
    for j, tok in enumerate(tokens):
        if tok.key in forms and j + 1 < len(tokens):
            adj = gazetteers.countries().match_at(tokens, j + 1, clitics=False)
            if adj is not None and adj.value is not None:
                cur = _currency_of(adj.value.iso2, L.DOLLAR_FAMILY)
                if cur is not None:
                    seen.add(cur)
    seen.discard("USD")
    return seen.pop() if len(seen) == 1 else None
