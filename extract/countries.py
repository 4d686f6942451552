"""Countries: every country an article mentions, by name or adjective.

The lexicon (`extract.gazetteers.countries`) joins CLDR's Arabic country
names with the news forms and nisba stems of `extract.lang.ar.countries`; the
nisba forms (masculine, feminine, dual, plural, with and without the article)
are generated from the stems.  Matching is clitic-aware (`وأذربيجان`,
`لتركمانستان`, `بالسعودية`) and the mention covers the name only.

Ambiguities:
- regions and places that contain a country word (`آسيا الوسطى`,
  `أمريكا اللاتينية`, `بحيرة تشاد`, `المغرب العربي`) are matched first and
  block the country reading; so does a place noun right before the name
  (`بحيرة ناصر`, `نهر`, `جامعة`);
- `عمان` is Oman, except when written `عمّان` (with shadda), next to
  `العاصمة` / `الأردنية`, or after a place word in an article about Jordan
  that says nothing of the Sultanate: then it is Amman and adds no country;
- `مالي` (also "financial"), `النيجر` (also the river) and `جورجيا` (also
  the US state) are countries only after a cue word (`في مالي`);
- a feminine adjective after `اللغة` is a language (`باللغة العربية
  والفارسية والتركية`), not a country;
- `الكويت`, `الجزائر`, `جيبوتي` are the country;
- cities never add a country (no mention has `form: city`).

`country_hits` finds the mentions (figures, agreements and entities read
them too); `find_countries` makes one record per country.  Words in
`extract.lang.ar.countries`.
"""

from __future__ import annotations

from . import gazetteers
from .hits import CountryHit
from .iso import countries as iso_countries
from .lang.ar import countries as L
from .lexicon import keyed_words
from .normalize import key
from .records import Country, CountryMention
from .tokenize import Tokenized

W = keyed_words(L)



def country_hits(t: Tokenized) -> list[CountryHit]:
    """Every country mention in the article, in text order (what figures,
    agreements and entities read; `find_countries` makes the records)."""
    hits: list[CountryHit] = []
    tokens = t.tokens
    lex = gazetteers.countries()
    for m in lex.find_all(t):
        if m.value is None:
            continue
        code, form = m.value
        prev = tokens[m.first - 1].key if m.first > 0 else ""
        if prev in W.PLACE_HEADS and m.offset == 0:
            continue
        stem = key(t.raw[slice(*m.raw_span(t))])
        if stem in W.AMBIGUOUS_NAMES and m.last - m.first == 1:
            # مالي is also "financial": a country only after a cue word (في مالي)
            if not (prev in W.AMBIGUOUS_NAME_CUES or (m.offset and m.proclitics in L.AMBIGUOUS_NAME_PROCLITICS)):
                continue
        if form == "adjective" and _is_language(t, m.first):
            continue
        start, end = m.raw_span(t)
        hits.append(CountryHit(code, form, start, end, m.first, m.last))
    return _resolve_oman(t, hits)


def _is_language(t: Tokenized, i: int) -> bool:
    """`العربية والفارسية والتركية` after `اللغة`: languages, not countries."""
    sent = t.sentence_of(i)
    lo = max(sent.first, i - 8)
    return any(t.tokens[j].key in W.LANGUAGE_CUES for j in range(lo, i))


def _resolve_oman(t: Tokenized, hits: list[CountryHit]) -> list[CountryHit]:
    """`عمان` is Amman (a city: no country) when written with shadda (عمّان),
    next to `العاصمة` / `الأردنية`, or, in an article that names Jordan and
    nothing else of the Sultanate, after a place word (في، مثل، مدينة)."""
    oman_words = [h for h in hits if h.iso2 == "OM" and h.form == "name" and key(t.raw[h.start:h.end]) == W.OMAN]
    if not oman_words:
        return hits
    tokens = t.tokens
    jordan = any(h.iso2 == "JO" for h in hits)
    sultanate = any(h.iso2 == "OM" and h not in oman_words for h in hits) or W.SULTANATE in key(t.raw)
    drop = set()
    for h in oman_words:
        prev = tokens[h.first - 1].key if h.first > 0 else ""
        nxt = tokens[h.last].key if h.last < len(tokens) else ""
        if L.AMMAN_MARK in t.raw[h.start:h.end] or nxt in W.AMMAN_NEXT_TO or prev in W.AMMAN_NEXT_TO:
            drop.add(h)
        elif jordan and not sultanate and prev in W.AMMAN_AFTER:
            drop.add(h)
    return [h for h in hits if h not in drop]


def find_countries(t: Tokenized, hits: list[CountryHit]) -> list[Country]:
    """One record per country, in order of first mention (`hits` from
    `country_hits`)."""
    by_code: dict[str, list[CountryHit]] = {}
    for h in hits:
        by_code.setdefault(h.iso2, []).append(h)
    out = []
    codes = iso_countries()
    for code, hs in by_code.items():
        cc = codes[code]
        out.append(Country(
            iso2=code, iso3=cc.iso3, name_ar=cc.name_ar, name_en=cc.name_en,
            mentions=[CountryMention(text=t.raw[h.start:h.end], start=h.start, end=h.end, form=h.form) for h in hs],
        ))
    return out
