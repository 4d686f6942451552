"""ISO 3166-1 country codes and ISO 4217 currency codes, from Babel's CLDR data.

CLDR lists territories (with English and Arabic names) and maps each alpha-3
code to its alpha-2 code; ISO codes that CLDR lacks or that are not ISO
3166-1 countries are settled here in a few lines.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from babel import Locale
from babel.core import get_global
from babel.numbers import list_currencies

# CLDR territories that are not ISO 3166-1 countries (regions, unions, reserved codes).
_NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
# Where CLDR keeps a withdrawn alpha-3 beside the current one.
_ALPHA3_WITHDRAWN = {"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"}
_ALPHA3_EXTRA = {"XK": "XKX"}  # Kosovo: user-assigned, used by the EU and the IMF


class CountryCode(NamedTuple):
    iso2: str
    iso3: str
    name_en: str
    name_ar: str


@lru_cache(maxsize=1)
def countries() -> dict[str, CountryCode]:
    """All ISO 3166-1 countries (and Kosovo), by alpha-2 code."""
    alpha3: dict[str, str] = dict(_ALPHA3_EXTRA)
    for code, targets in get_global("territory_aliases").items():
        if len(code) == 3 and code.isalpha() and len(targets) == 1 and code not in _ALPHA3_WITHDRAWN:
            alpha3.setdefault(targets[0], code)
    en = Locale("en").territories
    ar = Locale("ar").territories
    out = {}
    for code, name in en.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES and code in alpha3:
            out[code] = CountryCode(code, alpha3[code], name, ar.get(code, name))
    return out


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    return frozenset(list_currencies())


def is_country(iso2: str) -> bool:
    return iso2 in countries()


def is_currency(code: str) -> bool:
    return code in currency_codes()
