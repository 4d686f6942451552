"""Arabic character data: what the normalized view folds, drops or expands.

This module is data, not machinery: `extract.normalize` turns these tables into
an offset-keeping normalizer.  Where camel-tools already knows the answer
(its diacritic charset, NFKC with its own fixes for presentation forms, alef
folding) the table is computed from camel-tools, character by character, once
at import time.
"""

from __future__ import annotations

from functools import lru_cache

from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

# Combining marks that are dropped and glued to the letter before them, so a
# span that ends on a letter also covers the marks written on it.
COMBINING_MARKS = (
    set(AR_DIAC_CHARSET)
    | {chr(c) for c in range(0x0610, 0x061B)}  # Quranic honorifics and small marks
    | {chr(c) for c in range(0x064B, 0x0660)}  # harakat, shadda, sukun, madda/hamza above/below
    | {"\u0670"}  # superscript (dagger) alef
    | {chr(c) for c in range(0x06D6, 0x06DD)}  # Quranic annotation marks
    | {chr(c) for c in range(0x06DF, 0x06E5)}
    | {chr(c) for c in range(0x06E7, 0x06E9)}
    | {chr(c) for c in range(0x06EA, 0x06EE)}
    | {chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2}  # extended Arabic marks
    | {"\u0640"}  # tatweel (kashida): stretches the letter before it
)

# Invisible format characters that are dropped without being glued to anything.
INVISIBLE = {
    "\u200c",  # ZWNJ
    "\u200d",  # ZWJ
    "\u200e",  # LRM
    "\u200f",  # RLM
    "\u061c",  # ALM
    "\u2060",  # word joiner
    "\ufeff",  # BOM / zero-width no-break space
    "\u00ad",  # soft hyphen
    *(chr(c) for c in range(0x202A, 0x202F)),  # LRE RLE PDF LRO RLO
    *(chr(c) for c in range(0x2066, 0x206A)),  # LRI RLI FSI PDI
}

# One character for one character.
SPACES = {"\u00a0", "\u202f", "\u205f", "\u3000", "\u200b", *(chr(c) for c in range(0x2000, 0x200B))}
LINE_BREAKS = {"\u2028", "\u2029", "\u0085"}
DIGITS = {
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic ٠-٩
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Eastern Arabic-Indic ۰-۹
}
PUNCTUATION = {
    "\u066b": ".",  # ARABIC DECIMAL SEPARATOR ٫
    "\u066c": ",",  # ARABIC THOUSANDS SEPARATOR ٬
    "\u066a": "%",  # ARABIC PERCENT SIGN ٪
    "\u060c": ",",  # ARABIC COMMA ،
    "\u061b": ";",  # ARABIC SEMICOLON ؛
    "\u061f": "?",  # ARABIC QUESTION MARK ؟
    "\u06d4": ".",  # ARABIC FULL STOP ۔
    "\u066d": "*",  # ARABIC FIVE POINTED STAR
    **{q: '"' for q in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2036"},
    **{q: "'" for q in "\u2018\u2019\u201a\u201b\u2032\u2035"},
    **{d: "-" for d in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
}
LETTERS = {
    "\u06cc": "\u064a",  # Farsi yeh → yeh
    "\u06a9": "\u0643",  # keheh → kaf
    "\u0672": "\u0627",  # alef with wavy hamza above
    "\u0673": "\u0627",  # alef with wavy hamza below
}


def _presentation_form(ch: str) -> str:
    """The normalized text of one presentation-form character (may be 0..n chars)."""
    out = dediac_ar(normalize_unicode(ch))
    return "".join(c for c in out if c not in COMBINING_MARKS)


def build_table() -> tuple[dict[str, str], dict[str, str]]:
    """Return (one_to_one, special).

    `one_to_one` maps a character to exactly one character (str.translate table
    material); `special` maps a character to a replacement of any other length
    ('' for dropped characters, several characters for ligatures).
    """
    one: dict[str, str] = {}
    special: dict[str, str] = {}
    for ch in SPACES:
        one[ch] = " "
    for ch in LINE_BREAKS:
        one[ch] = "\n"
    one.update(DIGITS)
    one.update(PUNCTUATION)
    one.update(LETTERS)
    for code in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(code)
        if ch in INVISIBLE:
            continue
        out = _presentation_form(ch)
        if out == ch:
            continue
        out = "".join(one.get(c, c) for c in out)
        if len(out) == 1:
            one[ch] = out
        else:
            special[ch] = out.strip() if out.strip() else ""
    for ch in COMBINING_MARKS | INVISIBLE:
        special[ch] = ""
        one.pop(ch, None)
    # Alef forms fold to bare alef in the matching view (أ إ آ ٱ → ا).
    for ch in "\u0623\u0625\u0622\u0671":
        one[ch] = normalize_alef_ar(ch)
    one = {ch: normalize_alef_ar(out) for ch, out in one.items()}
    special = {ch: normalize_alef_ar(out) for ch, out in special.items()}
    return one, special


@lru_cache(maxsize=1 << 15)
def fold_key(s: str) -> str:
    """Lookup-key folding on an already normalized string: alef maksura → yeh,
    teh marbuta → heh, Latin lower case.  Used for lexicon keys only, never for
    the text the rules see.  The cache holds as many entries as the others
    (`normalize.key`, `clitics.analyses`): with 262,144 it filled over the
    first ten thousand articles of a batch, about 60 MB per process, and a
    batch's memory grew with its length."""
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(s)).casefold()
