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
from .lang.ar.morph import AND
from .lexicon import keyed_words
from .normalize import key
from .tokenize import Token, Tokenized

W = keyed_words(L)



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
        k = tok.key
        # a range token: 2025-2027
        if tok.kind == "num" and "-" in tok.norm:
            parts = tok.norm.split("-")
            if len(parts) == 2 and all(p.isdigit() and len(p) == 4 for p in parts):
                return None, tok.text
        # من يناير إلى سبتمبر 2025 / من 2002 إلى 2007 / بين 2002 و2007
        if k in (W.PERIOD_FROM, W.PERIOD_BETWEEN) or (tok.analyses and any(x.key == W.PERIOD_FROM for x in tok.analyses[:1])):
            p = period_from(t, j, b)
            if p is not None:
                return p
        y = year_of(tok)
        if y is not None and j > 0:
            prev = tokens[j - 1]
            if any(x.key in W.YEAR_CUES or x.key in W.MONTHS for x in prev.analyses) or prev.norm == "(":
                if j + 1 < len(tokens) and tokens[j + 1].key in W.HIJRI:
                    # 1445هـ الموافق 2024م: the Gregorian year when the text gives both
                    greg = next((year_of(tokens[x]) for x in range(j + 2, min(b, j + 5)) if year_of(tokens[x])),
                                None)
                    return (greg or y), None
                return y, None
    return None, None


def period_from(t: Tokenized, j: int, b: int) -> tuple[int | None, str] | None:
    tokens = t.tokens
    k = tokens[j].key
    end = min(b, j + 7)
    month_or_year = lambda tok: year_of(tok) is not None or tok.key in W.MONTHS  # noqa: E731
    if j + 1 >= end or not month_or_year(tokens[j + 1]):
        return None
    joiner = W.PERIOD_TO if k == W.PERIOD_FROM else {W.PERIOD_AND}
    for m in range(j + 2, end):
        tm = tokens[m]
        kk = tm.key
        glued = tm.norm.startswith(AND) and k == W.PERIOD_BETWEEN and tm.kind == "word" and key(tm.norm[1:]) in W.MONTHS
        if kk in joiner or glued or (k == W.PERIOD_BETWEEN and tm.kind == "num" and m > j + 1 and tokens[m - 1].key == W.PERIOD_AND):
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
