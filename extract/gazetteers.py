"""Every lexicon the rules look words up in, built in one place from the
language data of `extract.lang.ar` (and CLDR's names through `extract.iso`).

Each builder is cached: a lexicon is built once per process, on first use.
Entries are typed: a country phrase maps to a `CountryEntry`, a currency to a
`CurrencyEntry`, a unit to a `UnitEntry`; `None` marks a phrase listed as *not*
what the lexicon holds (`آسيا الوسطى` is no country, `الرئيس التنفيذي لشركة`
... is handled by the title rules), so that the longer phrase wins and blocks
the shorter reading.  `tagged()` joins the rules' lexicons for the NER model's
gazetteer feature.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from .iso import countries as iso_countries
from .lang.ar import agreements as AG
from .lang.ar import countries as C
from .lang.ar import entities as E
from .lang.ar import figures as F
from .lang.ar import leaders as LD
from .lang.ar.clitics import ARTICLE
from .lang.ar.morph import ACCUSATIVE_ALEF, NO_ACCUSATIVE_AFTER
from .lexicon import PhraseLexicon
from .normalize import key


class CountryEntry(NamedTuple):
    iso2: str
    form: str  # name or adjective


class CurrencyEntry(NamedTuple):
    family: Optional[str]  # دولار, دينار ... (the country's adjective picks the code), or None
    code: str  # the ISO 4217 code when nothing else says


class UnitEntry(NamedTuple):
    kind: str  # percent or quantity
    unit: str  # %, pp, or a normalized unit
    factor: float  # basis points are hundredths of a percentage point


def _strip_cldr(name: str) -> str:
    """CLDR names such as `ميانمار (بورما)` or `الكونغو - كينشاسا`."""
    return name.split(" (")[0].replace(" - ", " ")


@lru_cache(maxsize=1)
def countries() -> PhraseLexicon[Optional[CountryEntry]]:
    """Country names (CLDR's and the news forms) and every generated nisba form."""
    lex: PhraseLexicon = PhraseLexicon()
    for code, cc in iso_countries().items():
        lex.add(_strip_cldr(cc.name_ar), CountryEntry(code, "name"))
    for code, names in C.NAMES.items():
        for name in names:
            lex.add(name, CountryEntry(code, "name"))
    for code, stems in C.ADJECTIVE_STEMS.items():
        for stem in stems:
            for suffix in C.NISBA_SUFFIXES:
                for article in ("", ARTICLE):
                    lex.add(article + stem + suffix, CountryEntry(code, "adjective"), replace=False)
    for code, adjs in C.ADJECTIVES.items():
        for adj in adjs:
            lex.add(adj, CountryEntry(code, "adjective"))
            if adj.startswith(ARTICLE):
                lex.add(adj[len(ARTICLE):], CountryEntry(code, "adjective"))
    for phrase in C.NOT_COUNTRIES:
        lex.add(phrase, None)
    return lex


@lru_cache(maxsize=1)
def currencies() -> PhraseLexicon[CurrencyEntry]:
    """Currency words and phrases."""
    lex: PhraseLexicon = PhraseLexicon(clitics=False)
    for family, (code, words) in F.CURRENCY_FAMILIES.items():
        for w in words:
            lex.add(w, CurrencyEntry(family, code))
    for phrase, code in F.CURRENCY_PHRASES.items():
        lex.add(phrase, CurrencyEntry(None, code))
    return lex


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes of the currencies the figures know (`DZD`, `USD`)."""
    return frozenset([code for code, _ in F.CURRENCY_FAMILIES.values()] + list(F.CURRENCY_PHRASES.values()))


@lru_cache(maxsize=1)
def units() -> PhraseLexicon[UnitEntry]:
    """Percent words and physical units (with the accusative of one-word units)."""
    lex: PhraseLexicon = PhraseLexicon(clitics=False)
    for p in F.PERCENT:
        lex.add(p, UnitEntry("percent", "%", 1.0))
    for p in F.PERCENT_POINTS:
        lex.add(p, UnitEntry("percent", "pp", 1.0))
    for p in F.BASIS_POINTS:
        lex.add(p, UnitEntry("percent", "pp", 0.01))
    for unit, words in F.QUANTITIES.items():
        for w in words:
            lex.add(w, UnitEntry("quantity", unit, 1.0), replace=False)
            if " " not in w and len(w) > 2 and w[-1] not in NO_ACCUSATIVE_AFTER:  # accusative: كيلوغراما
                lex.add(w + ACCUSATIVE_ALEF, UnitEntry("quantity", unit, 1.0), replace=False)
    return lex


@lru_cache(maxsize=1)
def titles() -> PhraseLexicon[Optional[str]]:
    """Titles and roles before a name (`الرئيس`, `وزير الخارجية`); None for
    phrases that look like one and are not."""
    lex: PhraseLexicon = PhraseLexicon(((t, t) for t in E.TITLES), clitics=True)
    for phrase in E.NOT_TITLES:
        lex.add(phrase, None)
    return lex


@lru_cache(maxsize=1)
def known_orgs() -> PhraseLexicon[str]:
    """Organizations known by name (`الأمم المتحدة`, `أوبك`)."""
    return PhraseLexicon(((o, o) for o in E.KNOWN_ORGS + E.NEWS_OUTLETS + E.COMPANIES), clitics=True)


@lru_cache(maxsize=1)
def org_heads() -> PhraseLexicon[str]:
    """Head words that start an organization's name (`وزارة`, `جامعة`)."""
    return PhraseLexicon(((h, h) for h in E.ORG_HEADS), clitics=True)


@lru_cache(maxsize=1)
def leaders() -> dict[str, str]:
    """Leaders' names and distinctive surnames (by lookup key) to the ISO
    code of the country they lead (`أردوغان`, `إردوغان` → TR); a spelling
    listed under two countries is left out."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for iso2, _role, _years, forms in LD.LEADERS:
        for form in forms:
            k = key(form)
            if out.get(k, iso2) != iso2:
                clash.add(k)
            out[k] = iso2
    return {k: v for k, v in out.items() if k not in clash}


@lru_cache(maxsize=1)
def leader_entries() -> dict[str, int]:
    """Leaders' names and distinctive surnames (by lookup key) to the index of
    their entry in the gazetteer: two spellings of one leader (`نتنياهو`,
    `نتانياهو`) have the same index; spellings left out of `leaders()` are
    left out here."""
    lead = leaders()
    return {key(form): n for n, (_iso2, _role, _years, forms) in enumerate(LD.LEADERS)
            for form in forms if key(form) in lead}


@lru_cache(maxsize=1)
def leader_names() -> PhraseLexicon[str]:
    """The leaders' spellings as phrases (clitics peeled: `وأردوغان`), each
    with its country; ambiguous spellings left out as in `leaders()`."""
    lead = leaders()
    lex: PhraseLexicon = PhraseLexicon(clitics=True)
    for _iso2, _role, _years, forms in LD.LEADERS:
        for form in forms:
            if key(form) in lead:
                lex.add(form, lead[key(form)])
    return lex


@lru_cache(maxsize=1)
def leader_first_words() -> frozenset[str]:
    """The lookup keys of the first words of the leaders' spellings (a quick
    test before the phrase lookup)."""
    return frozenset(k.split(" ", 1)[0] for k in leaders())


@lru_cache(maxsize=1)
def agreement_triggers() -> PhraseLexicon[str]:
    """Words that name an agreement, with its type (`مذكرة تفاهم` → memorandum)."""
    return PhraseLexicon(AG.TRIGGERS.items(), clitics=True, strip_article=True)


@lru_cache(maxsize=1)
def tagged() -> PhraseLexicon[Optional[str]]:
    """The rules' lexicons in one, each phrase with its tag (ORG, COUNTRY,
    NISBA, TITLE, ORGHEAD; None: a phrase listed as *not* a country or a
    title).  Where two lexicons hold the same phrase, the first one here gives
    the tag."""
    lex: PhraseLexicon = PhraseLexicon(clitics=True)
    for keys, _ in known_orgs().items():
        lex.add_keys(keys, "ORG", replace=False)
    for keys, value in countries().items():
        tag = None if value is None else "NISBA" if value.form == "adjective" else "COUNTRY"
        lex.add_keys(keys, tag, replace=False)
    for keys, value in titles().items():
        lex.add_keys(keys, "TITLE" if value is not None else None, replace=False)
    for keys, _ in org_heads().items():
        lex.add_keys(keys, "ORGHEAD", replace=False)
    return lex
