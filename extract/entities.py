"""People and organizations, from title and name rules joined with the NER model.

People:
- a title (`الرئيس`, `وزير ...` up to the end of the ministry's name,
  `الأستاذ المشارك`), an optional nationality adjective or country (which
  gives `country`), then a name of one to four words;
- a PERSON span of the model, and its title when one stands right before it
  or after it in apposition (`أسيل توليبيكوف، الأستاذ المشارك في جامعة ...`,
  which also gives `organization`);
- later short forms (a surname alone) join the person already named: one
  person, one record.

Organizations: known names (`الأمم المتحدة`, `أوبك` ...), a head word with
its complement (`وزارة ...`, `جامعة ...`, `وكالة الأنباء الأوزبكية`,
`الجمعية العامة للأمم المتحدة`), and the model's ORG spans.  A bare generic
word (`الحكومة`, `البنك`) is not an organization.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import gazetteers
from .gazetteers import known_orgs, org_heads, titles
from .hits import CountryHit, NerSpan
from .lang.ar import entities as L
from .lexicon import noun_phrase_end
from .normalize import key
from .records import Entity, Organization, Person, Span
from .tokenize import Token, Tokenized

_NAME_STOP = frozenset(key(w) for w in L.NAME_STOP)
_PARTICLES = frozenset(key(w) for w in L.NAME_PARTICLES)
_TITLE_CONT = frozenset(key(w) for w in L.TITLE_CONTINUATIONS)
_GENERIC = frozenset(key(w) for w in L.GENERIC_ORGS)
_NAMED_HEADS = frozenset(key(w) for w in L.NAMED_HEADS)


@dataclass
class PersonDraft:
    first: int  # name tokens [first, last)
    last: int
    offset: int  # proclitic chars on the first name token
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # raw spans


@dataclass
class OrgDraft:
    name_span: tuple[int, int]  # raw span of the fullest mention
    mentions: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0
    last: int = 0


# --- helpers --------------------------------------------------------------------


def _k(tokens: list[Token], i: int) -> str:
    return key(tokens[i].norm) if 0 <= i < len(tokens) else ""


def _is_punct(tok: Token) -> bool:
    return tok.kind == "punct"


def _country_at(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    if i >= len(tokens):
        return None
    m = gazetteers.countries().match_at(tokens, i)
    if m is None or m.value is None:
        return None
    return m.value[0], m.value[1], m.last


def _name_token_ok(tokens: list[Token], i: int, position: int) -> bool:
    tok = tokens[i]
    if not tok.is_arabic and tok.kind != "latin":
        return False
    k = key(tok.norm)
    if k in _NAME_STOP:
        return False
    if position == 0:
        if tok.has_article and k not in _PARTICLES:
            return False  # a name does not start with the article (العبادي comes after حيدر)
        n = tok.norm
        if n.startswith("لل") or n[:3] in ("بال", "كال", "وال", "فال") or (n[:1] == "و" and len(n) > 3):
            return False  # للدخل، وبقي: a clitic starts a new phrase, not a name
        if org_heads().match_at(tokens, i) is not None:
            return False
    if position > 0:
        n = tok.norm
        if n[:3] in ("بال", "وال", "كال", "فال") or n.startswith("لل") or (n[:1] == "و" and len(n) > 3):
            return False  # بالإعلان، ورئيس: a clitic starts the next phrase
        if n[:1] in "بل" and (org_heads().match_at(tokens, i) or titles().match_at(tokens, i)):
            return False  # لوكالة الأنباء: a preposition and an organization
    return True


def _name_end(tokens: list[Token], i: int, max_words: int = 4) -> int:
    j = i
    while j < len(tokens) and j - i < max_words and _name_token_ok(tokens, j, j - i):
        if j > i and _country_at(tokens, j) is not None:
            break
        j += 1
    # a particle cannot end a name (عبد الله: keep going; a final بن is dropped)
    while j > i and _k(tokens, j - 1) in _PARTICLES:
        j -= 1
    return j


# --- people -----------------------------------------------------------------------


def _title_then_name(t: Tokenized, i: int) -> PersonDraft | None:
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
        c = _country_at(tokens, j)
        if c is not None:
            country = c[0]
            j = c[2]
            if c[1] == "adjective":
                continue
            continue  # «رئيس وزراء العراق»: the country is not part of the title
        tok = tokens[j]
        k = key(tok.norm)
        if k in _TITLE_CONT or (tok.has_article and k not in _NAME_STOP) or (
                tok.norm.startswith("وال") and j > m.last):
            j += 1
            title_end = j if country is None else title_end
            continue
        break
    end = _name_end(tokens, j)
    if end == j:
        return None
    s, _ = t.stem_span(tokens[m.first], m.offset)
    title = t.raw[s:tokens[title_end - 1].end]
    return PersonDraft(j, end, 0, title=title, country=country)


def find_people(t: Tokenized, ner: list[NerSpan], orgs: list[OrgDraft]) -> list[PersonDraft]:
    tokens = t.tokens
    drafts: list[PersonDraft] = []
    taken: set[int] = set()
    i = 0
    while i < len(tokens):
        blocked = titles().match_at(tokens, i)
        if blocked is not None and blocked.value is None:
            i = blocked.last  # شرم الشيخ: a place, not a title
            continue
        d = _title_then_name(t, i)
        if d is not None:
            drafts.append(d)
            taken.update(range(d.first, d.last))
            i = d.last
        else:
            i += 1
    persons = [s for s in ner if s.label == "PERSON" and _plausible_person(t, s)]
    if ner:
        drafts = [_fit_to_model(d, persons) for d in drafts]
        taken = {x for d in drafts for x in range(d.first, d.last)}
    for span in persons:
        if any(x in taken for x in range(span.first, span.last)):
            continue
        first, off = span.first, _person_clitic(t, span.first)
        d = PersonDraft(first, span.last, off)
        _apposition_title(t, d, orgs)
        drafts.append(d)
        taken.update(range(span.first, span.last))
    drafts.sort(key=lambda d: d.first)
    return _merge_people(t, drafts)


def _plausible_person(t: Tokenized, s: NerSpan) -> bool:
    """A model PERSON span that is not a country or a currency, does not
    start with the article (والجبس، رواندا are not people) and is not followed
    by a number."""
    tokens = t.tokens
    tok = tokens[s.first]
    if tok.norm[:3] in ("وال", "بال", "فال") or tok.norm.startswith("لل"):
        return False
    # الرئيس السوداني البشير: a one-word name may carry the article after a title
    if tok.has_article and not (s.last - s.first == 1 and _title_before(t, s.first) is not None):
        return False
    if s.last < len(tokens) and tokens[s.last].kind == "num":
        return False  # a model or a list name: داتسون 810، غلوبال فورتشن 500
    c = gazetteers.currencies().match_at(tokens, s.first)
    if c is not None and c.last >= s.last:
        return False  # a currency is no one: 10 مليون يوان
    m = gazetteers.countries().match_at(tokens, s.first)
    return not (m is not None and m.value is not None and m.last >= s.last)


def _title_before(t: Tokenized, i: int) -> tuple[tuple[int, int], str | None] | None:
    """`TITLE [NATIONALITY]` right before token i: the title's raw span and
    the country of the adjective (الرئيس السوداني | البشير)."""
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


def _fit_to_model(d: PersonDraft, persons: list[NerSpan]) -> PersonDraft:
    """A name found after a title takes the extent of the model's PERSON span
    that starts in it (مناحيم بيغن | لتقاسم جائزة)."""
    for s in persons:
        if d.first <= s.first < d.last:
            if s.last - s.first == 1 and s.last < d.last:
                break  # a one-word model span is not a full name: keep the rule's (عزيز | كودراتوف)
            d.first, d.last = s.first, s.last
            break
    return d


def _person_clitic(t: Tokenized, i: int) -> int:
    """Strip a conjunction or preposition from a name only when the bare form
    stands elsewhere in the article (ووليد keeps its و, وشوكت loses it)."""
    tok = t.tokens[i]
    if tok.norm[:1] in "وفبل" and len(tok.norm) > 3:
        bare = key(tok.norm[1:])
        if any(key(x.norm) == bare for x in t.tokens if x is not tok):
            return 1
    return 0


def _apposition_title(t: Tokenized, d: PersonDraft, orgs: list[OrgDraft]) -> None:
    """`NAME، TITLE في ORG`: the title (and organization) after a comma."""
    tokens = t.tokens
    j = d.last
    if j < len(tokens) and tokens[j].norm == ",":
        m = titles().match_at(tokens, j + 1)
        if m is not None:
            end = m.last
            while end < len(tokens) and end - m.last < 4 and tokens[end].is_arabic and (
                    tokens[end].norm.startswith("ال") or _k(tokens, end) in _TITLE_CONT):
                end += 1
            s, _ = t.stem_span(tokens[m.first], m.offset)
            d.title = t.raw[s:tokens[end - 1].end]
            c = _country_at(tokens, end)
            if c is not None and c[1] == "adjective":
                d.country = c[0]
            for o in orgs:
                if end <= o.first <= end + 2:
                    d.organization = t.raw[o.name_span[0]:o.name_span[1]]
                    break
    if d.title is None and (before := _title_before(t, d.first)) is not None:
        (s, e), country = before  # TITLE [NATIONALITY] NAME
        d.title = t.raw[s:e]
        d.country = country or d.country


def _merge_people(t: Tokenized, drafts: list[PersonDraft]) -> list[PersonDraft]:
    """One record per person: a later mention whose words are the surname,
    or part of a known full name, joins that person."""
    tokens = t.tokens
    people: list[PersonDraft] = []
    for d in drafts:
        words = [key(tokens[x].norm) for x in range(d.first, d.last)]
        if d.offset:
            words[0] = words[0][d.offset:]
        target = None
        for p in people:
            pw = [key(tokens[x].norm) for x in range(p.first, p.last)]
            if p.offset:
                pw[0] = pw[0][p.offset:]
            if words == pw or (len(words) < len(pw) and set(words) <= set(pw) and words[-1] == pw[-1]):
                target = p
                break
            if len(words) > len(pw) and set(pw) <= set(words) and pw[-1] == words[-1]:
                # the fuller name comes later: keep it as the name
                p.first, p.last, p.offset = d.first, d.last, d.offset
                target = p
                break
        s, _ = t.stem_span(tokens[d.first], d.offset)
        span = (s, tokens[d.last - 1].end)
        if target is None:
            d.mentions = [span]
            people.append(d)
        else:
            target.mentions.append(span)
            target.title = target.title or d.title
            target.country = target.country or d.country
            target.organization = target.organization or d.organization
    # short forms that neither rules nor model caught: the surname alone
    for p in people:
        if p.last - p.first < 2:
            continue
        surname = key(tokens[p.last - 1].norm)
        known = {m for m in p.mentions}
        for tok in tokens:
            for a in tok.analyses[:2]:
                if key(a.stem) == surname and len(surname) >= 4:
                    s, e = t.stem_span(tok, a.offset)
                    if not any(ms <= s < me for ms, me in known):
                        p.mentions.append((s, e))
                        known.add((s, e))
                    break
        p.mentions.sort()
    return people


def person_records(t: Tokenized, people: list[PersonDraft]) -> list[Person]:
    out = []
    for p in people:
        s, _ = t.stem_span(t.tokens[p.first], p.offset)
        name = t.raw[s:t.tokens[p.last - 1].end]
        out.append(Person(
            name=name, title=p.title, country=p.country, organization=p.organization,
            mentions=[Span(text=t.raw[a:b], start=a, end=b) for a, b in p.mentions],
        ))
    return out


# --- organizations ---------------------------------------------------------------


def find_organizations(t: Tokenized, ner: list[NerSpan]) -> list[OrgDraft]:
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
    for s in ner:
        if s.label != "ORG" or any(x in taken for x in range(s.first, s.last)) or not _plausible_org(t, s):
            continue
        off = _org_clitic(t, s.first)
        words = key(t.raw[slice(*t.stem_span(tokens[s.first], off))] if s.last - s.first == 1 else "")
        if words in _GENERIC:
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
        if not second.has_article and (second.norm.endswith("ي") or second.norm.endswith("ية")):
            return False
    return True


def _org_clitic(t: Tokenized, i: int) -> int:
    """The proclitics before an organization's article (والأمم، للأمم → لأمم)."""
    for a in t.tokens[i].analyses[1:]:
        if a.article and not a.proclitics.endswith("ال"):
            return a.offset
    return 0


def _org_extent(t: Tokenized, j: int, head: str | None) -> int:
    """An organization's name after its head: the genitive (a definite word,
    or, after جامعة / شركة ..., a name), definite adjectives, a complement
    with ل that names an organization (للأمم المتحدة), و + a definite word in
    a list of domains (الاستثمار والصناعة والتجارة)."""
    tokens = t.tokens
    start = j
    while j < len(tokens) and j - start < 7:
        tok = tokens[j]
        if not (tok.is_arabic or tok.kind == "latin") or key(tok.norm) in _NAME_STOP:
            break
        n = tok.norm
        if n.startswith("لل") and len(n) > 4:
            m = known_orgs().match_at(tokens, j) or org_heads().match_at(tokens, j)
            if m is None:
                break
            j = max(j + 1, m.last)
            continue
        if tok.has_article or (n.startswith("وال") and j > start):
            j += 1
            continue
        if j == start and head in _NAMED_HEADS and _looks_like_name(tokens, j):
            j += 1  # a name: جامعة ماكسوت ناريكباييف
            while j < len(tokens) and j - start < 4 and tokens[j].is_arabic and not tokens[j].has_article \
                    and _name_token_ok(tokens, j, 1) and _looks_like_name(tokens, j):
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
    if n.endswith("ة") or n.endswith("ي") or n[:1] in "وبلف":
        return False
    if j + 1 >= len(tokens) or key(tokens[j + 1].norm) in _NAME_STOP:
        return True
    nxt = tokens[j + 1].norm
    return not (nxt.endswith("ية") or nxt.endswith("ي")) or tokens[j + 1].has_article


def _merge_orgs(t: Tokenized, found: list[tuple[int, int, int]]) -> list[OrgDraft]:
    tokens = t.tokens
    orgs: list[OrgDraft] = []
    by_name: dict[str, OrgDraft] = {}
    for first, last, off in found:
        s, _ = t.stem_span(tokens[first], off)
        span = (s, tokens[last - 1].end)
        name = key(t.raw[span[0]:span[1]])
        if tokens[first].norm.startswith("لل") and off == 1:
            name = "ا" + name  # للأمم المتحدة: the article's alef is elided after ل
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


def org_records(t: Tokenized, orgs: list[OrgDraft]) -> list[Organization]:
    return [Organization(name=t.raw[o.name_span[0]:o.name_span[1]],
                         mentions=[Span(text=t.raw[a:b], start=a, end=b) for a, b in o.mentions]) for o in orgs]


def entity_records(t: Tokenized, ner: list[NerSpan], hits: list[CountryHit], people: list[PersonDraft],
                   orgs: list[OrgDraft]) -> list[Entity]:
    """Every entity span found, before records: model spans, gazetteer
    countries, and rule people and organizations, in text order."""
    out: list[Entity] = []
    seen: set[tuple[int, int, str]] = set()

    def add(s: int, e: int, label: str, source: str) -> None:
        if (s, e, label) not in seen and s < e:
            seen.add((s, e, label))
            out.append(Entity(text=t.raw[s:e], start=s, end=e, label=label, source=source))

    for sp in ner:
        s, e = t.tokens[sp.first].start, t.tokens[sp.last - 1].end
        add(s, e, sp.label, "ner")
    for h in hits:
        if h.form == "name":
            add(h.start, h.end, "GPE", "gazetteer")
    for p in people:
        for s, e in p.mentions:
            add(s, e, "PERSON", "rule")
    for o in orgs:
        for s, e in o.mentions:
            add(s, e, "ORG", "rule")
    out.sort(key=lambda x: (x.start, x.end))
    return out
