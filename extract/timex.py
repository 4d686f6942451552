"""Time expressions: the year or the period a clause states.

Shared by the stages that date what they find (figures, agreements): a year
is a four-digit number after a year cue or a month (`في عام 2024`,
`بحلول 2050`, `(2010)`), the Gregorian one when the text gives a Hijri year
with it; a period is a range token (`2025-2027`) or `من X إلى Y` /
`بين X وY` over months and years, reported as written.  Words in
`extract.lang.ar.timex`.
"""

from __future__ import annotations

from .lang.ar import timex as L
from .lexicon import keyed
from .normalize import key
from .tokenize import Token, Tokenized

MONTHS = keyed(L.MONTHS)
YEAR_CUES = keyed(L.YEAR_CUES)
HIJRI = keyed(L.HIJRI)
MIN = key(L.PERIOD_FROM)
BAYNA = key(L.PERIOD_BETWEEN)
ILA = keyed(L.PERIOD_TO)
WA = key(L.PERIOD_AND)


def year_of(tok: Token) -> int | None:
    if tok.kind == "num" and tok.norm.isdigit() and len(tok.norm) == 4:
        y = int(tok.norm)
        if 1000 <= y <= 2100:
            return y
    return None


def time_in(t: Tokenized, a: int, b: int) -> tuple[int | None, str | None]:
    """The first year or period stated in tokens [a, b)."""
    tokens = t.tokens
    for j in range(a, b):
        tok = tokens[j]
        k = key(tok.norm)
        # a range token: 2025-2027
        if tok.kind == "num" and "-" in tok.norm:
            parts = tok.norm.split("-")
            if len(parts) == 2 and all(p.isdigit() and len(p) == 4 for p in parts):
                return None, tok.text
        # من يناير إلى سبتمبر 2025 / من 2002 إلى 2007 / بين 2002 و2007
        if k in (MIN, BAYNA) or (tok.analyses and any(key(x.stem) == MIN for x in tok.analyses[:1])):
            p = period_from(t, j, b)
            if p is not None:
                return p
        y = year_of(tok)
        if y is not None and j > 0:
            prev = tokens[j - 1]
            if any(key(x.stem) in YEAR_CUES or key(x.stem) in MONTHS for x in prev.analyses) or prev.norm == "(":
                if j + 1 < len(tokens) and key(tokens[j + 1].norm) in HIJRI:
                    # 1445هـ الموافق 2024م: the Gregorian year when the text gives both
                    greg = next((year_of(tokens[x]) for x in range(j + 2, min(b, j + 5)) if year_of(tokens[x])),
                                None)
                    return (greg or y), None
                return y, None
    return None, None


def period_from(t: Tokenized, j: int, b: int) -> tuple[int | None, str] | None:
    tokens = t.tokens
    k = key(tokens[j].norm)
    end = min(b, j + 7)
    month_or_year = lambda tok: year_of(tok) is not None or key(tok.norm) in MONTHS  # noqa: E731
    if j + 1 >= end or not month_or_year(tokens[j + 1]):
        return None
    joiner = ILA if k == MIN else {WA}
    for m in range(j + 2, end):
        tm = tokens[m]
        kk = key(tm.norm)
        glued = tm.norm.startswith("و") and k == BAYNA and tm.kind == "word" and key(tm.norm[1:]) in MONTHS
        if kk in joiner or glued or (k == BAYNA and tm.kind == "num" and m > j + 1 and key(tokens[m - 1].norm) == WA):
            # the end: month [year] or year
            q = m if glued or tm.kind == "num" else m + 1
            last = None
            while q < end and q < m + 3 and month_or_year(tokens[q]):
                last = q
                q += 1
            if last is None:
                return None
            year = year_of(tokens[last])
            first_year = next((year_of(tokens[x]) for x in range(j + 1, m) if year_of(tokens[x])), None)
            s, e = tokens[j].start, tokens[last].end
            text = t.raw[s:e]
            if first_year is not None and year is not None and first_year != year:
                return None, text
            return year, text
    return None
