"""Organizations, from known names and head rules joined with the NER model.

- known names (`الأمم المتحدة`, `أوبك` ...), news outlets and companies
  known by name (`بلومبيرغ`, `بوينغ`);
- Latin-script runs inside Arabic text (`وAM General`, `(CNN)`), not an
  index or a report with its number (`S&P 500`) nor a currency code;
- a head, a description and a quoted name: the name alone (`شركة التأمين
  الألمانية "أليانز"` → `أليانز`); a head then a known name: the name
  (`شركة أرامكو السعودية`);
- a definite head with adjectives alone is a description (`الشركة
  المشغلة`, `الشركة الفرنسية الهولندية`), except an institution of a state
  (`البنك المركزي التركي`);
- a head word with its complement (`وزارة ...`, `جامعة ...`, `وكالة الأنباء
  الأوزبكية`, `الجمعية العامة للأمم المتحدة`);
- the model's ORG spans, unless they are a country (`أوزبكستان`), a phrase
  around one, or a head with a plain adjective (`اتحاد جمركي`);
- a bare generic word (`الحكومة`, `البنك`) is not an organization;
- mentions of one organization (`منظمة أوبك` and `أوبك`, `أرامكو السعودية`
  and `أرامكو`, a short form in parentheses after the name and later:
  `منظمة التجارة العالمية (WTO)`) make one record, with the country of an
  adjective after the name or of a country in it (`توتال الفرنسية` → FR).

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
from .lang.ar.clitics import ARTICLE
from .lang.ar.morph import ARTICLE_AFTER_LAM, ARTICLE_ALEF, NISBA_ENDINGS
from .lexicon import keyed_words, noun_phrase_end
from .names import name_token_ok, org_clitic, word_use
from .normalize import key
from .records import Organization, Span
from .tokenize import Token, Tokenized

W = keyed_words(L)
_DESCRIPTION_WORDS = 4  # words between a head and a quoted name (شركة التأمين الألمانية "أليانز")
_QUOTED_WORDS = 5  # words of a quoted name
_LATIN_WORDS = 4  # a longer Latin run is a phrase or a title, not a name
_JOINERS = ("&", "-", "/", "@", "_")  # S&P, F-16, a path or an address: no name
HASHTAG_SPACE = "_"  # #صندوق_الاستثمارات_العامة: a hashtag joins the words of a name with _



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
        cover = i  # the tokens from here to the span's end are no other organization
        quoted = _quoted_after_head(tokens, head.last) if head is not None else None
        named = known_orgs().match_at(tokens, head.last, clitics=False) if head is not None and head.last < len(
            tokens) else None
        if quoted is not None and (m is None or m.last <= head.last):
            span = (quoted[0], quoted[1], 0)  # شركة التأمين الألمانية "أليانز"
        elif named is not None and (m is None or m.last <= head.last):
            span = (named.first, named.last, 0)  # شركة أرامكو السعودية: the company's own name
        elif head is not None and head.last < len(tokens) and tokens[head.last].kind == "latin":
            i = head.last  # شركة N i capital: the Latin name alone, taken below
            continue
        elif head is not None and (m is None or m.first != head.first or m.last <= head.last):
            end = _org_extent(t, head.last, key(head.value))
            if end > head.last and (m is None or end > m.last):
                if _described_only(t, head, end):
                    taken.update(range(head.first, end))  # الشركة الفرنسية الهولندية: a description
                    i = end
                    continue
                span = (head.first, end, head.offset)
        if span is None and m is not None:
            span = (m.first, m.last, m.offset)
        if span is not None:
            found.append(span)
            taken.update(range(min(cover, span[0]), span[1]))
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
    people = {x for s in ner_spans if s.label == "PERSON" for x in range(s.first, s.last)}
    for first, last in latin_runs(tokens):
        if not any(x in taken or x in people for x in range(first, last)):
            found.append((first, last, 0))
    found.sort()
    return _merge_orgs(t, found)


def _quoted_after_head(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """`HEAD [description] "NAME"`: the quoted name is the organization, the
    head and its description are not (`شركة التأمين الألمانية "أليانز"`,
    `صحيفة "وول ستريت جورنال"`, `برنامج "حساب المواطن"`): tokens [first,
    last) of the name, or None."""
    k = j
    while k < len(tokens) and k - j < _DESCRIPTION_WORDS and tokens[k].is_arabic and tokens[k].key not in W.NAME_STOP:
        if k > j and tokens[k].norm.startswith(ARTICLE_AFTER_LAM):
            return None  # الشركة السعودية للمنتجات المتخصصة "وهج": a name with its complement, then an alias
        k += 1
    if k >= len(tokens) or tokens[k].text not in L.QUOTES:
        return None
    close = L.QUOTES[tokens[k].text]
    e = k + 1
    while e < len(tokens) and e - k <= _QUOTED_WORDS and tokens[e].text != close:
        if not (tokens[e].is_arabic or tokens[e].kind in ("latin", "num")):
            return None
        e += 1
    if e >= len(tokens) or tokens[e].text != close or e == k + 1:
        return None
    return k + 1, e


def latin_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs of Latin-script words inside Arabic text that name an
    organization (`بين ITHRA و National Geographic`, `وAM General`, `(CNN)`):
    one to five words, the first capitalized, at least two letters, not
    followed or preceded by a number (`S&P 500`, `Fiscal Monitor 2018` are an
    index and a report).  The tokenizer already splits a glued `و` off, so
    the offsets are the name's."""
    out = []
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i].kind != "latin":
            i += 1
            continue
        j = i
        while j < n and tokens[j].kind == "latin":
            j += 1
        text = "".join(tok.text for tok in tokens[i:j])
        ok = (j - i <= _LATIN_WORDS and len(text) >= 2 and tokens[i].text[0].isupper()
              and not (j < n and tokens[j].kind == "num") and not (i > 0 and tokens[i - 1].kind == "num")
              and not (j < n and tokens[j].text in _JOINERS) and not (i > 0 and tokens[i - 1].text in _JOINERS)
              and not (j + 1 < n and tokens[j].text == "." and tokens[j + 1].kind == "latin")
              and not (i > 1 and tokens[i - 1].text == "." and tokens[i - 2].kind == "latin"))
        if ok and text not in gazetteers.currency_codes():
            out.append((i, j))
        i = j
    return out


def _plausible_org(t: Tokenized, s: NerSpan) -> bool:
    """A model ORG span that is not a country's name (أوزبكستان), a leader's
    name (ترامب), a piece of a hashtag, nor a head with a plain adjective
    (اتحاد جمركي: a description)."""
    tokens = t.tokens
    m = gazetteers.countries().match_at(tokens, s.first)
    if m is not None and m.value is not None and m.last >= s.last:
        return False
    leader = gazetteers.leader_names().match_at(tokens, s.first)
    if leader is not None and leader.last >= s.last:
        return False  # ترامب: a leader of the gazetteer is a person
    if (s.first > 0 and tokens[s.first - 1].text == HASHTAG_SPACE) or (
            s.last < len(tokens) and tokens[s.last].text == HASHTAG_SPACE):
        return False  # صندوق_الاستثمارات | _العامة: a piece of a hashtag
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
                if head in W.LAM_COMPLEMENT_HEADS and j > start and tokens[j - 1].has_article:
                    j += 1  # الشركة السعودية للخدمات | الأرضية
                    continue
                break
            j = max(j + 1, m.last)
            continue
        if n.startswith(L.AND_THE) and j > start and (org_heads().match_at(tokens, j) or known_orgs().match_at(tokens, j)):
            break  # وزارة المالية | والبنك المركزي المصري: a second organization
        if tok.has_article or (n.startswith(L.AND_THE) and j > start):
            j += 1
            continue
        if j == start and j + 1 < len(tokens) and tokens[j + 1].has_article and word_use(tok.text) == "noun":
            j += 1  # a genitive: شركة تطوير المركبات
            continue
        if j == start and head in W.NAMED_HEADS and _looks_like_name(tokens, j):
            j += 1  # a name: جامعة ماكسوت ناريكباييف
            while j < len(tokens) and j - start < 4 and tokens[j].is_arabic and not tokens[j].has_article \
                    and name_token_ok(tokens, j, 1) and _looks_like_name(tokens, j):
                j += 1
            continue
        break
    return noun_phrase_end(tokens, start - 1, j) if start > 0 else j


def _described_only(t: Tokenized, head, end: int) -> bool:
    """A definite head with adjectives alone is a description, not a name
    (`الشركة المشغلة`, `المؤسسة المالية`, `الشركة الفرنسية الهولندية`): every
    word after the head is a definite nisba or participle, and no known
    organization starts there (`البنك الدولي` is one)."""
    tokens = t.tokens
    if not tokens[head.first].has_article or known_orgs().match_at(tokens, head.first) is not None:
        return False
    if end < len(tokens) and tokens[end].norm.startswith(ARTICLE_AFTER_LAM):
        return False  # a complement follows: المنظمة العالمية للسياحة
    national = []
    for x in range(head.last, end):
        tok = tokens[x]
        bare = tok.norm[len(ARTICLE):] if tok.has_article else ""
        if not bare or not (bare.endswith(NISBA_ENDINGS) or bare.startswith(L.PARTICIPLE_PREFIX)):
            return False
        c = gazetteers.countries().match_at(tokens, x, clitics=False)
        national.append(c is not None and c.value is not None)
    # البنك المركزي الإيراني: an institution of a state (a plain adjective, then the country's) is a name
    return not (national[-1] and not all(national))


def _looks_like_name(tokens: list[Token], j: int) -> bool:
    """An indefinite word that is a name rather than a description: neither
    feminine nor a nisba adjective (شركة طيران وطنية is a description)."""
    n = tokens[j].norm
    if tokens[j].kind == "latin":
        return True
    if n.endswith(L.DESCRIPTION_ENDINGS) or n.startswith(L.NAME_PROCLITICS):
        return False
    if word_use(tokens[j].text) is not None:
        return False  # a common word: شركة نفط، مجموعة أخرى
    if j + 1 >= len(tokens) or tokens[j + 1].key in W.NAME_STOP:
        return True
    nxt = tokens[j + 1].norm
    return not nxt.endswith(NISBA_ENDINGS) or tokens[j + 1].has_article


def _merge_orgs(t: Tokenized, found: list[tuple[int, int, int]]) -> list[OrgDraft]:
    """One draft per organization: the same name, one name ending with the
    other after a head word (منظمة أوبك، أوبك), a later name the start of an
    earlier one (مجلس الأمن الدولي، مجلس الأمن), one name the other with a
    nationality adjective (أرامكو السعودية، أرامكو), or a short form in
    parentheses right after a mention (`منظمة التجارة العالمية (WTO)`,
    `شركة الاتصالات السعودية (STC)`), and that short form later, join the
    first draft; an adjective after the name gives the country."""
    tokens = t.tokens
    orgs: list[OrgDraft] = []
    by_name: dict[str, OrgDraft] = {}
    by_tail: dict[str, OrgDraft] = {}  # a name without its first word (منظمة أوبك → أوبك)
    by_prefix: dict[str, OrgDraft] = {}  # a name cut after two words or more (مجلس الأمن الدولي → مجلس الأمن)
    prev: tuple[int, OrgDraft] | None = None  # the last token of the previous mention, and its draft
    for first, last, off in found:
        s, _ = t.stem_span(tokens[first], off)
        span = (s, tokens[last - 1].end)
        # a hashtag writes the name with _ for spaces: #صندوق_الاستثمارات_العامة
        name = key(t.raw[span[0]:span[1]]).replace(HASHTAG_SPACE, " ")
        elided = tokens[first].norm.startswith(ARTICLE_AFTER_LAM) and off == 1
        if elided:
            name = ARTICLE_ALEF + name  # للأمم المتحدة: the article's alef is elided after ل
        country, base = _adjective_end(t, first, last)
        o = by_name.get(name) or (by_name.get(base) if base else None)
        if o is None and prev is not None and first >= 2 and prev[0] == first - 2 and tokens[first - 1].text == "(" \
                and last < len(tokens) and tokens[last].text == ")":
            o = prev[1]  # a short form in parentheses after the full name
            by_name.setdefault(name, o)
        o = o or _first_of(by_name.get(_tail(name)), by_tail.get(name) if name else None) or by_prefix.get(name)
        if o is None:
            o = OrgDraft(span, [span], first, last, country=country, alef_elided=elided)
            by_name[name] = o
            by_tail.setdefault(_tail(name), o)
            for prefix in _prefixes(name):
                by_prefix.setdefault(prefix, o)
            if base:
                by_name.setdefault(base, o)
            orgs.append(o)
        else:
            o.mentions.append(span)
            o.country = o.country or country
            if HASHTAG_SPACE in t.raw[o.name_span[0]:o.name_span[1]] and HASHTAG_SPACE not in t.raw[span[0]:span[1]]:
                o.name_span, o.alef_elided = span, elided  # the name as prose writes it, not as a hashtag
        prev = (last - 1, o)
    return orgs


def _adjective_end(t: Tokenized, first: int, last: int) -> tuple[str | None, str]:
    """The country of a nationality adjective that ends the name or follows
    it (`أرامكو السعودية`, `شل الهولندية`: SA, NL), stands inside it
    (`الشركة المصرية للدخان`: EG), or of a country named in it (`بنك الكويت
    الوطني`: KW); and the name's key without a final adjective ("" when it
    has none)."""
    tokens = t.tokens
    lex = gazetteers.countries()
    if last - first >= 2:
        m = lex.match_at(tokens, last - 1, clitics=False)
        if m is not None and m.value is not None and m.last == last:  # السعودية: adjective or name
            base = key(t.raw[tokens[first].start:tokens[last - 2].end])
            generic = base in W.GENERIC_ORGS or org_heads().match_at(tokens, first) is not None
            return m.value[0], "" if generic else base
    after = last + 1 if last < len(tokens) and tokens[last].text in L.QUOTES.values() else last
    if after < len(tokens):  # شل الهولندية، "ميرسك" الدنماركية
        m = lex.match_at(tokens, after, clitics=False)
        if m is not None and m.value is not None and m.value[1] == "adjective":
            return m.value[0], ""
    if first >= 2 and tokens[first - 1].text in L.QUOTES:  # شركة التأمين الألمانية "أليانز"
        m = lex.match_at(tokens, first - 2, clitics=False)
        if m is not None and m.value is not None and m.value[1] == "adjective" and m.last == first - 1:
            return m.value[0], ""
    for x in range(first, last):
        m = lex.match_at(tokens, x)
        # a country named in it, or an adjective inside it (الشركة المصرية للدخان،
        # وزارة التوحيد الكورية الجنوبية); not the first word (السعودية للكهرباء: a name)
        if m is not None and m.value is not None and m.last <= last and (m.value[1] == "name" or x > first):
            return m.value[0], ""
    return None, ""


def _prefixes(name: str) -> list[str]:
    """The name cut after its second word, third ... (not the whole name):
    a later `مجلس الأمن` is the `مجلس الأمن الدولي` named before."""
    words = name.split(" ")
    return [" ".join(words[:n]) for n in range(2, len(words))]


def _tail(name: str) -> str:
    """The name without its first word (`منظمة أوبك` → `أوبك`): منظمة أوبك
    and أوبك are one organization; "" for a one-word name."""
    return name.split(" ", 1)[1] if " " in name else ""


def _first_of(a: OrgDraft | None, b: OrgDraft | None) -> OrgDraft | None:
    """The earlier found of two drafts (either may be None)."""
    if a is None or b is None:
        return a or b
    return a if a.first <= b.first else b


def find_organizations(t: Tokenized, drafts: list[OrgDraft]) -> list[Organization]:
    """The records of the organizations `org_drafts` found."""
    return [Organization(name=(ARTICLE_ALEF if o.alef_elided else "") + t.raw[o.name_span[0]:o.name_span[1]],
                         country=o.country,
                         mentions=[Span(text=t.raw[a:b], start=a, end=b) for a, b in o.mentions]) for o in drafts]
