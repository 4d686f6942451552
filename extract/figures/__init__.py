"""Figures: the quantities an article states, with value, unit, year and subject.

Rules by dimension over the spine's tokens, one module each (language data in
`extract.lang.ar.figures`, examples in `extract.lang.ar.figures_corpus`):

1. `numbers`: digits (the separator rule is in `parse_digits`; a leading
   point `.77`), number words with their gender and case forms, compounds
   with و (glued or apart), zero, `فاصلة` decimals, fractions,
   scales in singular, dual and plural, additive chains
   (`101 مليار و189 مليون`), a bare scale with a unit (`مليار يورو`);
2. `units` after the number: percent, multiplier, quantity (also in Latin:
   `500 MW`, `10 bcf`), money (currency families and country adjectives; an
   ambiguous family takes the article's country, a bare dollar is USD), else
   the counted noun; `money`: CLDR's names, symbols, ISO codes, Arabic
   abbreviations (`ج.م`), subunits and duals;
   `joins`: ranges and lists (`بين 2.1 و2.4 مليار دولار`), subunits joined
   to the unit (`20 دولارا و43 سنتا`), `ونصف` after it, exchange rates
   (`63 ألفا مقابل الدولار`);
3. `modifiers`: bound and approximation words inside the span (`أكثر من`,
   `حوالي`), verbs outside it (`تتجاوز`, `يقترب ... من`), `تقريبا` after;
4. `context`: year and period from the figure's clause (`extract.timex`),
   the subject from the verb that governs it, the countries the clause names.

The `extractor` (`find_figures`) runs them over an article: a number with
neither a scale nor a unit is not a figure; nor is a year, a date, an
ordinal, or a number after a label word (`المادة 103`, `مازدا 616`,
`المرتبة 29`).  Durations and ages are counts of their time noun.
"""

from .extractor import find_figures
from .numbers import parse_digits

__all__ = ["find_figures", "parse_digits"]
