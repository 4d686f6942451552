"""Money beyond the currency words of `extract.gazetteers`: CLDR's names,
symbols, ISO codes, Arabic abbreviations, subunits and duals.

- every Arabic currency name and plural form CLDR has (Babel's `ar` locale:
  `دولار أمريكي`, `جنيهات مصرية`, `دينارًا جزائريًا`) names its currency;
- a symbol before or after the amount, with or without a space (`$5`,
  `10 $`, `€20`; `US$ 5`), unless glued to `#` or to code (`#$100`);
- an ISO 4217 code in Latin letters after the amount (`42 SAR`,
  `1.5 مليار USD`), or before it for the currencies the press writes so
  (`USD 10`);
- an Arabic abbreviation after the amount (`100 ج.م`, `5 د.ك`, `3 ر.س`), but
  not one that goes on with another letter (`ج.م.ع`);
- a subunit after the main unit and و adds to the amount (`20 دولارا و43
  سنتا` = 20.43 USD), a hundredth or a thousandth as CLDR gives the
  currency's digits; alone, it is an amount of its own currency;
- a currency dual with no number is an amount of two (`بأقل من دولارين`).

Words in `extract.lang.ar.figures`.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.numbers import get_currency_precision

from ..lang.ar import figures as L
from ..lexicon import PhraseLexicon, keyed_map
from ..tokenize import Token

_METALS_AND_TESTS = {"XAG", "XAU", "XPD", "XPT", "XXX", "XTS", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA"}


@lru_cache(maxsize=1)
def cldr_names() -> PhraseLexicon[str]:
    """CLDR's Arabic currency names (display names and every plural form) of
    two words or more, each to its ISO code (`دولار أمريكي` → USD)."""
    ar = Locale("ar")
    lex: PhraseLexicon = PhraseLexicon(clitics=False)
    plural = ar._data["currency_names_plural"]
    for code, name in ar.currencies.items():
        if code in _METALS_AND_TESTS or name.startswith("("):
            continue
        forms = {name}
        if code in plural:
            forms |= set(dict(plural[code]).values())
        for form in forms:
            if " " in form and "(" not in form:
                lex.add(form, code, replace=False)
    return lex


@lru_cache(maxsize=1)
def abbreviations() -> dict[tuple[str, ...], str]:
    """Arabic abbreviations of currencies, as their three tokens as written
    (hamza kept: `د.إ` is AED, `د.أ` JOD): CLDR's (`ج.م.`) and the press's."""
    out = {}
    for code, sym in Locale("ar").currency_symbols.items():
        sym = sym.replace("\u200f", "").rstrip(".")
        if not sym.isascii() and "." in sym:  # the Arabic ones: ج.م، د.ك
            out.setdefault(tuple(sym.replace('.', ' . ').split()), code)
    for abbr, code in L.CURRENCY_ABBREVIATIONS.items():
        out[tuple(abbr.replace('.', ' . ').split())] = code
    return out


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """The ISO 4217 codes CLDR knows, minus English words (`ALL`, `TOP`)."""
    return frozenset(c for c in Locale("en").currencies if len(c) == 3 and c.isalpha() and c.isupper()) \
        - set(L.NOT_CODES) - _METALS_AND_TESTS


@lru_cache(maxsize=1)
def symbols() -> dict[str, str]:
    """One-character symbols (`$`, `€`, `₪`) and $ with its Latin prefix (`US$`)."""
    out = {}
    for loc in ("en", "ar"):
        for code, sym in Locale(loc).currency_symbols.items():
            if len(sym) == 1 and not sym.isalnum() and sym not in out:
                out[sym] = code
    out.update(L.SYMBOLS)
    for prefix, code in L.DOLLAR_PREFIXES.items():
        out[prefix + "$"] = code
    return out


SUBUNIT_WORDS = keyed_map({w: family for family, (_c, words) in L.SUBUNITS.items() for w in words})
DUALS = keyed_map(L.CURRENCY_DUALS)


def subunit_ratio(code: str) -> int:
    """How many subunits make one unit: 1000 for the currencies CLDR gives
    three digits (KWD, BHD, OMR), else 100."""
    return 1000 if get_currency_precision(code) == 3 else 100


def symbol_at(tokens: list[Token], j: int) -> tuple[str, int, int] | None:
    """A currency symbol at token j: (code, first token, token after it), with
    a Latin prefix glued before `$` (`US$`); None when glued to `#` or code."""
    tok = tokens[j]
    if tok.kind != "punct":
        return None
    syms = symbols()
    code = syms.get(tok.norm)
    if code is None:
        return None
    first = j
    if j > 0 and tokens[j - 1].kind == "latin" and tokens[j - 1].end < tok.start:
        return None  # echo $1: code
    if j > 0 and tokens[j - 1].end == tok.start:
        prev = tokens[j - 1]
        if prev.kind == "latin" and prev.norm + tok.norm in syms:
            return syms[prev.norm + tok.norm], j - 1, j + 1
        if prev.kind == "latin" or (prev.kind == "word" and prev.norm != L.AND) or prev.norm[-1:] in L.NOT_SYMBOL_BEFORE:
            return None
    return code, first, j + 1


def code_at(tokens: list[Token], j: int, before: bool = False) -> str | None:
    """An ISO 4217 code in Latin letters at token j (`SAR`); `before`: written
    before the amount, only the press's usual ones."""
    tok = tokens[j]
    if tok.kind != "latin" or len(tok.norm) != 3 or not tok.norm.isupper():
        return None
    if before:
        return tok.norm if tok.norm in L.CODES_BEFORE else None
    return tok.norm if tok.norm in iso_codes() else None


def abbreviation_at(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """An Arabic currency abbreviation at token j: (code, token after it);
    `ج.م.ع` is none (a dot after it is left out: it may end the sentence)."""
    last = j + 3  # letter, dot, letter: glued
    if last > len(tokens) or any(tokens[k].end != tokens[k + 1].start for k in range(j, last - 1)):
        return None
    code = abbreviations().get(tuple(tokens[k].text for k in range(j, last)))
    if code is None:
        return None
    if last + 1 < len(tokens) and tokens[last].norm == "." and tokens[last].start == tokens[last - 1].end \
            and tokens[last + 1].kind == "word" and tokens[last + 1].start == tokens[last].end:
        return None  # ج.م.ع
    return code, last


def subunit_at(tokens: list[Token], j: int) -> str | None:
    """The subunit family at token j (`سنتا` → سنت), or None."""
    tok = tokens[j]
    return SUBUNIT_WORDS.get(tok.key) if tok.kind == "word" else None


def subunit_code(family: str) -> str:
    return L.SUBUNITS[family][0]
