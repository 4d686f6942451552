"""Organizations, from known names and head rules joined with the NER model.

- known names (`الأمم المتحدة`, `أوبك` ...);
- a head word with its complement (`وزارة ...`, `جامعة ...`, `وكالة الأنباء
  الأوزبكية`, `الجمعية العامة للأمم المتحدة`);
- the model's ORG spans, unless they are a country (`أوزبكستان`), a phrase
  around one, or a head with a plain adjective (`اتحاد جمركي`);
- a bare generic word (`الحكومة`, `البنك`) is not an organization;
- mentions of one organization (`منظمة أوبك` and `أوبك`) make one record.

`org_drafts` finds them (people and entities read the drafts too);
`find_organizations` makes the records.  Words in
`extract.lang.ar.entities`; the name-word rules shared with people in
`extract.names`.
"""

from __future__ import annotations

from . import gazetteers
from .gazetteers import known_orgs, org_heads
from .hits import NerSpan, OrgDraft
from .lang.ar import entities as L
from .lang.ar.morph import ARTICLE_AFTER_LAM, ARTICLE_ALEF, NISBA_ENDINGS
from .lexicon import keyed_words, noun_phrase_end
from .names import name_token_ok, org_clitic
from .normalize import key
from .records import Organization, Span
from .tokenize import Token, Tokenized

W = keyed_words(L)



def org_drafts(t: Tokenized, ner_spans: list[NerSpan]) -> list[OrgDraft]:
    """Every organization of the article, one draft each, in order of first
    mention: known names and heads with their complement, then the model's
    ORG spans (`ner_spans`) the rules did not cover."""
    tokens = t.tokens
    found: list[tuple[int, int, int]] = []  # (first, last, offset)
    taken: set[int] = set()
    i = 0
    while i < len(tokens):
        m = known_orgs().match_at(tokens, i)
        head = org_heads().match_at(tokens, i)
        span = None
        if head is not None and (m is None or m.first != head.first or m.last <= head.last):
            end = _org_extent(t, head.last, key(head.value))
            if end > head.last and (m is None or end > m.last):
                span = (head.first, end, head.offset)
        if span is None and m is not None:
            span = (m.first, m.last, m.offset)
        if span is not None:
            found.append(span)
            taken.update(range(span[0], span[1]))
            i = span[1]
        else:
            i += 1
    for s in ner_spans:
        if s.label != "ORG" or any(x in taken for x in range(s.first, s.last)) or not _plausible_org(t, s):
            continue
        off = org_clitic(t, s.first)
        words = key(t.raw[slice(*t.stem_span(tokens[s.first], off))] if s.last - s.first == 1 else "")
        if words in W.GENERIC_ORGS:
            continue
        found.append((s.first, s.last, off))
        taken.update(range(s.first, s.last))
    found.sort()
    return _merge_orgs(t, found)


def _plausible_org(t: Tokenized, s: NerSpan) -> bool:
    """A model ORG span that is not a country's name (أوزبكستان) nor a head
    with a plain adjective (اتحاد جمركي: a description)."""
    tokens = t.tokens
    m = gazetteers.countries().match_at(tokens, s.first)
    if m is not None and m.value is not None and m.last >= s.last:
        return False
    headed = org_heads().match_at(tokens, s.first) or known_orgs().match_at(tokens, s.first)
    if not headed:
        for x in range(s.first + 1, s.last):
            c = gazetteers.countries().match_at(tokens, x)
            if c is not None and c.value is not None and c.value[1] == "name":
                return False  # القمة زعماء أوزبكستان: a phrase around a country, not an organization
    if s.last - s.first == 2 and not tokens[s.first].has_article:
        second = tokens[s.first + 1]
        if not second.has_article and second.norm.endswith(NISBA_ENDINGS):
            return False
    return True


def _org_extent(t: Tokenized, j: int, head: str | None) -> int:
    """An organization's name after its head: the genitive (a definite word,
    or, after جامعة / شركة ..., a name), definite adjectives, a complement
    with ل that names an organization (للأمم المتحدة), و + a definite word in
    a list of domains (الاستثمار والصناعة والتجارة)."""
    tokens = t.tokens
    start = j
    while j < len(tokens) and j - start < 7:
        tok = tokens[j]
        if not (tok.is_arabic or tok.kind == "latin") or tok.key in W.NAME_STOP:
            break
        n = tok.norm
        if n.startswith(ARTICLE_AFTER_LAM) and len(n) > 4:
            m = known_orgs().match_at(tokens, j) or org_heads().match_at(tokens, j)
            if m is None:
                break
            j = max(j + 1, m.last)
            continue
        if tok.has_article or (n.startswith(L.AND_THE) and j > start):
            j += 1
            continue
        if j == start and head in W.NAMED_HEADS and _looks_like_name(tokens, j):
            j += 1  # a name: جامعة ماكسوت ناريكباييف
            while j < len(tokens) and j - start < 4 and tokens[j].is_arabic and not tokens[j].has_article \
                    and name_token_ok(tokens, j, 1) and _looks_like_name(tokens, j):
                j += 1
            continue
        break
    return noun_phrase_end(tokens, start - 1, j) if start > 0 else j


def _looks_like_name(tokens: list[Token], j: int) -> bool:
    """An indefinite word that is a name rather than a description: neither
    feminine nor a nisba adjective (شركة طيران وطنية is a description)."""
    n = tokens[j].norm
    if tokens[j].kind == "latin":
        return True
    if n.endswith(L.DESCRIPTION_ENDINGS) or n.startswith(L.NAME_PROCLITICS):
        return False
    if j + 1 >= len(tokens) or tokens[j + 1].key in W.NAME_STOP:
        return True
    nxt = tokens[j + 1].norm
    return not nxt.endswith(NISBA_ENDINGS) or tokens[j + 1].has_article


def _merge_orgs(t: Tokenized, found: list[tuple[int, int, int]]) -> list[OrgDraft]:
    """One draft per organization: the same name, or one name ending with
    the other after a head word, joins the first draft."""
    tokens = t.tokens
    orgs: list[OrgDraft] = []
    by_name: dict[str, OrgDraft] = {}
    for first, last, off in found:
        s, _ = t.stem_span(tokens[first], off)
        span = (s, tokens[last - 1].end)
        name = key(t.raw[span[0]:span[1]])
        if tokens[first].norm.startswith(ARTICLE_AFTER_LAM) and off == 1:
            name = ARTICLE_ALEF + name  # للأمم المتحدة: the article's alef is elided after ل
        o = by_name.get(name) or next((x for n, x in by_name.items() if _same_org(n, name)), None)
        if o is None:
            o = OrgDraft(span, [span], first, last)
            by_name[name] = o
            orgs.append(o)
        else:
            o.mentions.append(span)
    return orgs


def _same_org(a: str, b: str) -> bool:
    """منظمة أوبك and أوبك: one name ends with the other after a head word."""
    short, long_ = sorted((a, b), key=len)
    return long_.endswith(" " + short) and len(long_.split()) == len(short.split()) + 1


def find_organizations(t: Tokenized, drafts: list[OrgDraft]) -> list[Organization]:
    """The records of the organizations `org_drafts` found."""
    return [Organization(name=t.raw[o.name_span[0]:o.name_span[1]],
                         mentions=[Span(text=t.raw[a:b], start=a, end=b) for a, b in o.mentions]) for o in drafts]
