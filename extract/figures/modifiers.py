"""Modifiers: whether a figure is approximate, and the bound it states.

- inside the span, right before the number: bound and approximation words
  (`أكثر من`, `ما لا يقل عن`, `حوالي`, `ما يقرب من`);
- inside the span, after it: `تقريبا`, `أو أكثر`, `فأكثر`, `أو أقل`, and a
  rate word after the unit (`يوميا`, `سنويا`);
- outside the span: words right before the number (`دون 5 دولارات`,
  `حتى 50 ألف دينار`) or right after the figure (`40 مليون دولار على الأقل`);
  negated verbs (`لا يقل عن`: at least, `لا يزيد على`: at most); else a
  verb before the number in its clause (`تتجاوز محفظة الاستثمارات الآن 4.2
  مليار`, `يقترب ... من`), some only with their preposition right before the
  number (`يزيد على`, `يقترب من`, `يقل عن`), turned by a negation before it
  (`لا تتجاوز 4%`: at most).

Words in `extract.lang.ar.figures`.
"""

from __future__ import annotations

from ..lang.ar import figures as L
from ..lexicon import keyed, keyed_map, keyed_words, phrase_keys
from ..tokenize import Token, Tokenized
from .found import Found
from .units import keys_at

W = keyed_words(L)

PUNCT_CLAUSE = frozenset(",;:.!?()[]\"'«»")  # punctuation that ends a clause


def _phrases(entries) -> list[tuple[tuple[str, ...], bool, str | None]]:
    return [(phrase_keys(p), approx, bound) for p, approx, bound in entries]


_PRE = sorted(_phrases(L.PRE_MODIFIERS), key=lambda e: -len(e[0]))
_POST = sorted(_phrases(L.POST_MODIFIERS), key=lambda e: -len(e[0]))
_RATE = sorted((phrase_keys(p) for p in L.RATE_WORDS), key=len, reverse=True)
_BEFORE_OUT = [(phrase_keys(p), b) for p, b in L.BEFORE_OUTSIDE]
_AFTER_OUT = [(phrase_keys(p), b) for p, b in L.AFTER_OUTSIDE]
_NEG_AT_LEAST = [phrase_keys(p) for p in L.NEGATED_AT_LEAST]
_NEG_AT_MOST = [phrase_keys(p) for p in L.NEGATED_AT_MOST]
_VERBS = keyed_map({v: (approx, bound) for vs, approx, bound in L.VERB_MODIFIERS for v in vs})
_NEEDS_PREP = keyed_map({v: keyed(preps) for vs, preps in L.VERB_PREPOSITIONS for v in vs})


# The last key of each phrase looked for before a figure and the first of each looked
# for after it: most figures have none of them next to them, and skip the lists.
_LAST_BEFORE = frozenset(p[-1] for p in [e[0] for e in _PRE] + [e[0] for e in _BEFORE_OUT] + _NEG_AT_LEAST
                         + _NEG_AT_MOST)
_FIRST_AFTER = frozenset(p[0] for p in [e[0] for e in _POST] + _RATE + [e[0] for e in _AFTER_OUT])


def _near(tokens: list[Token], i: int, after: bool) -> bool:
    """Whether a phrase of the lists may end right before token i (`after`:
    start at token i)."""
    if after:
        return i < len(tokens) and tokens[i].key in _FIRST_AFTER
    if i == 0:
        return False
    tok = tokens[i - 1]
    return tok.key in _LAST_BEFORE or any(a.key in _LAST_BEFORE for a in tok.analyses)


def keys_before(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> int | None:
    """If `phrase` ends right before token i, its first token's proclitic offset."""
    n = len(phrase)
    if i - n < 0:
        return None
    for m in range(1, n):
        if tokens[i - n + m].key != phrase[m]:
            return None
    first = tokens[i - n]
    for a in first.analyses:
        if a.key == phrase[0]:
            return a.offset
    return None


def add_modifiers(t: Tokenized, f: Found) -> None:
    """Widen the span of `f` over its modifiers; set its approximation and bound."""
    tokens = t.tokens
    first, last = f.first, f.last
    before, after = _near(tokens, first, False), _near(tokens, last, True)
    # inside the span, right before the number
    for phrase, approx, bound in _PRE if before else ():
        off = keys_before(tokens, f.first, phrase)
        if off is not None:
            f.first -= len(phrase)
            f.offset = off
            f.approximate |= approx
            f.bound = bound or f.bound
            break
    # after: تقريبا، على الأقل، أو أكثر
    for phrase, approx, bound in _POST if after else ():
        if keys_at(tokens, f.last, phrase):
            f.last += len(phrase)
            f.approximate |= approx
            f.bound = bound or f.bound
            break
    # a rate word after the unit (يوميا، سنويا) belongs to the span
    if f.unit.kind in ("money", "quantity", "count", "percent") and (
            after if f.last == last else _near(tokens, f.last, True)):
        for phrase in _RATE:
            if keys_at(tokens, f.last, phrase):
                f.last += len(phrase)
                break
    # outside the span: دون 5 دولارات، حتى 50 ألف دينار، 40 مليون دولار على الأقل
    if f.first != first:
        before = _near(tokens, f.first, False)
    after = after if f.last == last else _near(tokens, f.last, True)
    for phrase, bound in _BEFORE_OUT if before else ():
        if keys_before(tokens, f.first, phrase) is not None:
            f.bound = f.bound or bound
            break
    for phrase, bound in _AFTER_OUT if after else ():
        if keys_at(tokens, f.last, phrase):
            f.bound = f.bound or bound
            break
    if f.unit.kind == "multiplier":
        return  # تفوق ... بمئة مرة: the comparison is in the multiplier itself
    # negated verbs: لا يقل عن X, لا يزيد على X
    for phrase in _NEG_AT_LEAST if before else ():
        if keys_before(tokens, f.first, phrase) is not None:
            f.bound = "at_least"
            return
    for phrase in _NEG_AT_MOST if before else ():
        if keys_before(tokens, f.first, phrase) is not None:
            f.bound = "at_most"
            return
    # verbs before the subject: تتجاوز محفظة الاستثمارات الآن 4.2 مليار
    prep = tokens[f.first - 1].key if f.first > 0 else ""
    j = f.first - 1
    steps = 0
    while j >= 0 and steps < 9:
        tok = tokens[j]
        if tok.kind == "punct" and tok.norm in PUNCT_CLAUSE or tok.kind == "num":
            break
        hit = None
        for a in tok.analyses:
            if a.proclitics in L.VERB_PROCLITICS and a.key in _VERBS:
                hit = a.key
                break
        if hit is not None:
            approx, bound = _VERBS[hit]
            needs = _NEEDS_PREP.get(hit)
            negated = (j > 0 and _is_negation(tokens[j - 1])) or (
                j > 1 and _is_negation(tokens[j - 2]) and tokens[j - 1].key == W.NEGATED_THAT)
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
    return any(a.key in W.NEGATIONS and a.proclitics in L.NEGATION_PROCLITICS for a in tok.analyses)
