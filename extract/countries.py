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
"""

from __future__ import annotations

from . import gazetteers
from .hits import CountryHit
from .iso import countries as iso_countries
from .lang.ar.countries import AMBIGUOUS_NAME_CUES, AMBIGUOUS_NAMES, PLACE_HEADS
from .normalize import key
from .records import Country, CountryMention
from .tokenize import Tokenized

_PLACE_HEAD_KEYS = frozenset(key(w) for w in PLACE_HEADS)
_OMAN = key("عمان")
_AMBIGUOUS = {key(w): code for w, code in AMBIGUOUS_NAMES.items()}
_AMBIGUOUS_CUES = frozenset(key(w) for w in AMBIGUOUS_NAME_CUES)
_LANGUAGE_CUES = frozenset(key(w) for w in ("اللغة", "باللغة", "لغة", "اللغات", "بلغة", "لغات", "اللغتين"))
_AMMAN_BEFORE = frozenset(key(w) for w in ("في", "الى", "إلى", "من", "مثل", "مدينة", "العاصمة", "عاصمة"))
_AMMAN_AFTER = frozenset(key(w) for w in ("الأردنية", "العاصمة", "عاصمة"))


def find_countries(t: Tokenized) -> list[CountryHit]:
    """Every country mention in the article, in text order."""
    hits: list[CountryHit] = []
    tokens = t.tokens
    lex = gazetteers.countries()
    for m in lex.find_all(t):
        if m.value is None:
            continue
        code, form = m.value
        prev = key(tokens[m.first - 1].norm) if m.first > 0 else ""
        if prev in _PLACE_HEAD_KEYS and m.offset == 0:
            continue
        stem = key(t.raw[slice(*m.raw_span(t))])
        if stem in _AMBIGUOUS and m.last - m.first == 1:
            # مالي is also "financial": a country only after a cue word (في مالي)
            if not (prev in _AMBIGUOUS_CUES or (m.offset and m.proclitics in ("و", "ب", "ل"))):
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
    return any(key(t.tokens[j].norm) in _LANGUAGE_CUES for j in range(lo, i))


def _resolve_oman(t: Tokenized, hits: list[CountryHit]) -> list[CountryHit]:
    """`عمان` is Amman (a city: no country) when written with shadda (عمّان),
    next to `العاصمة` / `الأردنية`, or, in an article that names Jordan and
    nothing else of the Sultanate, after a place word (في، مثل، مدينة)."""
    oman_words = [h for h in hits if h.iso2 == "OM" and h.form == "name" and key(t.raw[h.start:h.end]) == _OMAN]
    if not oman_words:
        return hits
    tokens = t.tokens
    jordan = any(h.iso2 == "JO" for h in hits)
    sultanate = any(h.iso2 == "OM" and h not in oman_words for h in hits) or "سلطنه" in key(t.raw)
    drop = set()
    for h in oman_words:
        prev = key(tokens[h.first - 1].norm) if h.first > 0 else ""
        nxt = key(tokens[h.last].norm) if h.last < len(tokens) else ""
        if "\u0651" in t.raw[h.start:h.end] or nxt in _AMMAN_AFTER or prev in _AMMAN_AFTER:
            drop.add(h)
        elif jordan and not sultanate and prev in _AMMAN_BEFORE:
            drop.add(h)
    return [h for h in hits if h not in drop]


def country_records(t: Tokenized, hits: list[CountryHit]) -> list[Country]:
    """One record per country, in order of first mention."""
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
