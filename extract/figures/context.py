"""Context: the year, period, subject and countries of a figure.

- the figure's clause runs from the figure before it (or the sentence
  start) to the next one (or the sentence end); a conversion in brackets
  right after a figure does not end its clause (`59 مليار درهم (8.16 مليار
  دولار) في عام 2007`);
- year and period (`extract.timex`): the first one after the figure in its
  clause, else one before it (at most `LEFT_WINDOW` tokens back), else the
  one of the figure before it in the same sentence (`ما بين 13% و14%`);
- subject: what follows the verb that governs the figure (`بلغ حجم التبادل
  التجاري 5 مليارات`), or the definite noun phrase before it (`الشحنات
  العابرة تتجاوز 1.3 مليون طن`), trimmed of particles and cue words; with no
  verb, a figure joined to the one before it (`من 13% إلى 14%`, a comma, و)
  shares its subject;
- countries: those named from the subject (or, for an inherited subject,
  the clause start) to the figure's end, else those of its sentence.

Words in `extract.lang.ar.figures`.
"""

from __future__ import annotations

from ..hits import CountryHit
from ..lang.ar import figures as L
from ..lang.ar.clitics import ARTICLE, CONJUNCTIONS
from ..lexicon import keyed_words
from ..timex import time_in
from ..tokenize import Token, Tokenized
from .found import Found
from .modifiers import PUNCT_CLAUSE

W = keyed_words(L)

LEFT_WINDOW = 12  # tokens before a figure searched for its year


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


def add_context(t: Tokenized, found: list[Found], n: int, hits: list[CountryHit]) -> None:
    """Set the year, period, subject and countries of `found[n]` (the figures
    before it have theirs)."""
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
        if tok.kind == "punct" and tok.norm in PUNCT_CLAUSE:
            break
        if any(a.proclitics in L.MEASURE_VERB_PROCLITICS and a.key in W.MEASURE_VERBS for a in tok.analyses):
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
                                                and tokens[clause_start - 1].norm in PUNCT_CLAUSE):
                clause_start -= 1
            span = _definite_np(tokens, clause_start, verb)
    if span is None and n > 0 and found[n - 1].subject_tokens is not None:
        prev = found[n - 1]
        between = tokens[prev.last:f.first]
        if len(between) <= 6 and (W.SUBJECT_JOINERS & {x.key for x in between}
                                  or any(x.norm.startswith(L.AND) for x in between)
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
        if a.proclitics in CONJUNCTIONS and not a.article and len(a.stem) >= 3:
            return a.offset if tok.norm[0] in CONJUNCTIONS and len(tok.norm) > 3 and tok.norm[1:3] == ARTICLE else 0
    return 0


def _trim(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    while a < b and (tokens[a].key in W.SUBJECT_TRIM or tokens[a].kind == "punct"):
        a += 1
    while b > a and (tokens[b - 1].key in W.SUBJECT_TRIM or tokens[b - 1].kind in ("punct", "num")
                     or any(a_.proclitics and a_.key in W.SUBJECT_TRIM for a_ in tokens[b - 1].analyses[1:2])):
        b -= 1
    if a >= b or not tokens[a].is_arabic:
        return None
    return a, b


def _definite_np(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The noun phrase in [a, b): from its first definite word to its last, past
    a leading verb (سجل الناتج المحلي الإجمالي نموا → الناتج المحلي الإجمالي)."""
    idx = [x for x in range(a, b)
           if tokens[x].is_arabic and ARTICLE in tokens[x].norm[:4] and tokens[x].key not in W.SUBJECT_TRIM
           and not any(y.key in W.SUBJECT_TRIM for y in tokens[x].analyses[1:])]
    if not idx:
        return None
    first = idx[0]
    last = first
    for x in range(first + 1, b):
        if tokens[x].is_arabic and ARTICLE in tokens[x].norm[:4]:
            last = x
        else:
            break
    return _trim(tokens, first, last + 1)
