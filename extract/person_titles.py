"""Titles before a name: the rules that read `TITLE [office] [country] NAME`.

`title_then_name` reads a title (`الرئيس`, `وزير ...` up to the end of the
ministry's name, `الأستاذ المشارك`, professions), its office (definite words,
an organization it names: `الرئيس التنفيذي لشركة توتال`, `السفيرة لدى
المنظمة الدولية`), an optional nationality adjective or country (which gives
the country; an office organization's country does too), a comma, then a
name of one to four words.  `title_before` finds a title right before a
model's span.  Read by the people stage (`extract.people`).
"""

from __future__ import annotations

from . import gazetteers
from .gazetteers import known_orgs, org_heads, titles
from .hits import PersonDraft
from .lang.ar import entities as L
from .lexicon import keyed_words
from .names import name_token_ok
from .tokenize import Token, Tokenized

W = keyed_words(L)
_COMMAS = frozenset("،,")


def country_at(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """(iso2, form, end token) of a country phrase at token i."""
    if i >= len(tokens):
        return None
    m = gazetteers.countries().match_at(tokens, i)
    if m is None or m.value is None:
        return None
    return m.value[0], m.value[1], m.last


def name_end(tokens: list[Token], i: int, max_words: int = 4) -> int:
    """The end of a name of up to `max_words` words starting at token i (i
    when there is none); a country ends it."""
    j = i
    while j < len(tokens) and j - i < max_words and name_token_ok(tokens, j, j - i):
        if j > i and country_at(tokens, j) is not None:
            break
        j += 1
    # a particle cannot end a name (عبد الله: keep going; a final بن is dropped)
    while j > i and tokens[j - 1].key in W.NAME_PARTICLES:
        j -= 1
    return j


def title_then_name(t: Tokenized, i: int) -> PersonDraft | None:
    """TITLE [office words] [nationality | country] NAME at token i."""
    tokens = t.tokens
    m = titles().match_at(tokens, i)
    if m is None or m.value is None:
        return None
    j = m.last
    title_end = j
    country = None
    # the office: وزير الاستثمار والصناعة والتجارة / رئيس وزراء العراق
    while j < len(tokens) and j - m.last < 6:
        c = country_at(tokens, j)
        if c is not None:
            country = c[0]
            j = c[2]
            continue  # «رئيس وزراء العراق»: the country is not part of the title
        tok = tokens[j]
        k = tok.key
        if k in W.TITLE_CONTINUATIONS or k in W.TITLE_QUALIFIERS or (tok.has_article and k not in W.NAME_STOP) or (
                tok.norm.startswith(L.AND_THE) and j > m.last):
            j += 1
            title_end = j if country is None else title_end
            continue
        org_end = office_organization(tokens, j)
        if org_end > j:  # الرئيس التنفيذي لشركة توتال | باتريك بويان; السفيرة لدى المنظمة الدولية | نيكي هايلي
            title_end = org_end if country is None else title_end
            # the organization's country is the holder's (المدير العام لشركة أرامكو السعودية)
            country = country or next((c[0] for x in range(j, org_end) if (c := country_at(tokens, x))
                                       and c[2] <= org_end), None)
            j = org_end
            continue
        break
    if j + 1 < len(tokens) and tokens[j].kind == "punct" and tokens[j].norm in _COMMAS:
        j += 1  # وزير الطاقة الروسي، ألكسندر نوفاك
    end = name_end(tokens, j)
    if end == j:
        return None
    s, _ = t.stem_span(tokens[m.first], m.offset)
    title = t.raw[s:tokens[title_end - 1].end]
    return PersonDraft(j, end, 0, title=title, country=country)


def office_organization(tokens: list[Token], j: int) -> int:
    """The end of an organization that a title's office names at token j:
    لشركة توتال، بشركة أرامكو (a head with ل or ب, then a known name or
    definite words), لدى الأمم المتحدة; j when there is none."""
    if j >= len(tokens):
        return j
    if tokens[j].key in W.TITLE_PREPOSITIONS:
        k = j + 1
    else:
        head = org_heads().match_at(tokens, j)
        if head is None or head.offset == 0 or not tokens[j].norm.startswith(L.PREPOSITIONS_BEFORE_NAMES):
            return j
        k = head.last
    known = known_orgs().match_at(tokens, k, clitics=False) if k < len(tokens) else None
    end = known.last if known is not None else definite_words(tokens, k)
    if end == k:
        return j
    # a complement with ل and its definite words: لشركة الشرق الأوسط | لمحركات الطائرات المحدودة
    if end < len(tokens) and tokens[end].is_arabic and tokens[end].norm.startswith(L.COMPLEMENT_PREPOSITION) and len(tokens[end].norm) > 3:
        end = definite_words(tokens, end + 1)
    return end


def definite_words(tokens: list[Token], k: int, most: int = 4) -> int:
    """The end of the run of definite words (not name stops) from token k."""
    end = k
    while end < len(tokens) and end - k < most and tokens[end].has_article and tokens[end].key not in W.NAME_STOP:
        end += 1
    return end


def title_before(t: Tokenized, i: int) -> tuple[tuple[int, int], str | None] | None:
    """`TITLE [NATIONALITY]` right before token i: the title's raw span and
    the country of the adjective (`الرئيس السوداني | البشير` gives the span
    of `الرئيس` and SD; `الرئيس | البشير` gives no country); None when no
    title stands there (`وشاهد الزوار | البشير`)."""
    tokens = t.tokens
    country = None
    end = i
    for back in (1, 2):  # a nationality adjective of one or two words
        if i - back < 0:
            break
        c = gazetteers.countries().match_at(tokens, i - back, clitics=False)
        if c is not None and c.value is not None and c.last == i and c.value[1] == "adjective":
            country, end = c.value[0], i - back
            break
    for back in (3, 2, 1):  # the longest title ending there
        if end - back < 0:
            continue
        m = titles().match_at(tokens, end - back)
        if m is not None and m.value is not None and m.last == end:
            s, _ = t.stem_span(tokens[m.first], m.offset)
            return (s, tokens[m.last - 1].end), country
    return None
