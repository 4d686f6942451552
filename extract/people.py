"""People, from title and name rules joined with the NER model.

- a title (`الرئيس`, `وزير ...` up to the end of the ministry's name,
  `الأستاذ المشارك`), an optional nationality adjective or country (which
  gives `country`), then a name of one to four words;
- a PERSON span of the model, and its title when one stands right before it
  or after it in apposition (`أسيل توليبيكوف، الأستاذ المشارك في جامعة ...`,
  which also gives `organization`);
- later short forms (a surname alone) join the person already named: one
  person, one record.

`people_drafts` finds them (the pipeline hands it the model's spans and the
organizations stage's drafts; entities read the drafts too); `find_people`
makes the records.  Words in `extract.lang.ar.entities`; the name-word rules
shared with organizations in `extract.names`.
"""

from __future__ import annotations

from . import gazetteers
from .gazetteers import titles
from .hits import NerSpan, OrgDraft, PersonDraft
from .lang.ar import entities as L
from .lang.ar.clitics import ARTICLE
from .lexicon import keyed_words
from .names import name_token_ok, person_clitic
from .records import Person, Span
from .tokenize import Token, Tokenized

W = keyed_words(L)



def _country_at(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """(iso2, form, end token) of a country phrase at token i."""
    if i >= len(tokens):
        return None
    m = gazetteers.countries().match_at(tokens, i)
    if m is None or m.value is None:
        return None
    return m.value[0], m.value[1], m.last


def _name_end(tokens: list[Token], i: int, max_words: int = 4) -> int:
    """The end of a name of up to `max_words` words starting at token i (i
    when there is none); a country ends it."""
    j = i
    while j < len(tokens) and j - i < max_words and name_token_ok(tokens, j, j - i):
        if j > i and _country_at(tokens, j) is not None:
            break
        j += 1
    # a particle cannot end a name (عبد الله: keep going; a final بن is dropped)
    while j > i and tokens[j - 1].key in W.NAME_PARTICLES:
        j -= 1
    return j


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
            continue  # «رئيس وزراء العراق»: the country is not part of the title
        tok = tokens[j]
        k = tok.key
        if k in W.TITLE_CONTINUATIONS or (tok.has_article and k not in W.NAME_STOP) or (
                tok.norm.startswith(L.AND_THE) and j > m.last):
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


def people_drafts(t: Tokenized, ner_spans: list[NerSpan], org_drafts: list[OrgDraft]) -> list[PersonDraft]:
    """Every person of the article, one draft each, in order of first
    mention: the title rules, then the model's PERSON spans (`ner_spans`)
    the rules did not cover; `org_drafts` (from the organizations stage)
    give a title in apposition its organization."""
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
    persons = [s for s in ner_spans if s.label == "PERSON" and plausible_person(t, s)]
    if ner_spans:
        drafts = [fit_to_model(d, persons) for d in drafts]
        taken = {x for d in drafts for x in range(d.first, d.last)}
    for span in persons:
        if any(x in taken for x in range(span.first, span.last)):
            continue
        first, off = span.first, person_clitic(t, span.first)
        d = PersonDraft(first, span.last, off)
        _apposition_title(t, d, org_drafts)
        drafts.append(d)
        taken.update(range(span.first, span.last))
    drafts.sort(key=lambda d: d.first)
    return _merge_people(t, drafts)


def plausible_person(t: Tokenized, s: NerSpan) -> bool:
    """Whether a model PERSON span can be a person: not a country (`رواندا`)
    nor a currency (`10 مليون يوان`), not followed by a number (a model or a
    list name: `داتسون 810`), not starting with a proclitic and the article
    (`والجبس`), nor with the article, except for a one-word name right after a
    title (`الرئيس السوداني البشير`)."""
    tokens = t.tokens
    tok = tokens[s.first]
    if tok.norm.startswith(L.NOT_PERSON_START):
        return False
    # الرئيس السوداني البشير: a one-word name may carry the article after a title
    if tok.has_article and not (s.last - s.first == 1 and title_before(t, s.first) is not None):
        return False
    if s.last < len(tokens) and tokens[s.last].kind == "num":
        return False  # a model or a list name: داتسون 810، غلوبال فورتشن 500
    c = gazetteers.currencies().match_at(tokens, s.first)
    if c is not None and c.last >= s.last:
        return False  # a currency is no one: 10 مليون يوان
    m = gazetteers.countries().match_at(tokens, s.first)
    return not (m is not None and m.value is not None and m.last >= s.last)


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


def fit_to_model(d: PersonDraft, persons: list[NerSpan]) -> PersonDraft:
    """A name found after a title takes the extent of the model's PERSON span
    that starts in it (`مناحيم بيغن | لتقاسم جائزة`), also when the span runs
    past the rule's name; a one-word span inside a longer name is no full
    name and leaves it as the rule found it (`عزيز كودراتوف`).  Changes and
    returns `d`."""
    for s in persons:
        if d.first <= s.first < d.last:
            if s.last - s.first == 1 and s.last < d.last:
                break  # a one-word model span is not a full name: keep the rule's (عزيز | كودراتوف)
            d.first, d.last = s.first, s.last
            break
    return d


def _apposition_title(t: Tokenized, d: PersonDraft, orgs: list[OrgDraft]) -> None:
    """`NAME، TITLE في ORG`: the title (and organization) after a comma; else
    `TITLE [NATIONALITY] NAME`."""
    tokens = t.tokens
    j = d.last
    if j < len(tokens) and tokens[j].norm == ",":
        m = titles().match_at(tokens, j + 1)
        if m is not None:
            end = m.last
            while end < len(tokens) and end - m.last < 4 and tokens[end].is_arabic and (
                    tokens[end].norm.startswith(ARTICLE) or tokens[end].key in W.TITLE_CONTINUATIONS):
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
    if d.title is None and (before := title_before(t, d.first)) is not None:
        (s, e), country = before  # TITLE [NATIONALITY] NAME
        d.title = t.raw[s:e]
        d.country = country or d.country


def _merge_people(t: Tokenized, drafts: list[PersonDraft]) -> list[PersonDraft]:
    """One record per person: a later mention whose words are the surname,
    or part of a known full name, joins that person."""
    tokens = t.tokens
    people: list[PersonDraft] = []
    for d in drafts:
        words = [tokens[x].key for x in range(d.first, d.last)]
        if d.offset:
            words[0] = words[0][d.offset:]
        target = None
        for p in people:
            pw = [tokens[x].key for x in range(p.first, p.last)]
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
        surname = tokens[p.last - 1].key
        known = {m for m in p.mentions}
        for tok in tokens:
            for a in tok.analyses[:2]:
                if a.key == surname and len(surname) >= 4:
                    s, e = t.stem_span(tok, a.offset)
                    if not any(ms <= s < me for ms, me in known):
                        p.mentions.append((s, e))
                        known.add((s, e))
                    break
        p.mentions.sort()
    return people


def find_people(t: Tokenized, drafts: list[PersonDraft]) -> list[Person]:
    """The records of the people `people_drafts` found."""
    out = []
    for p in drafts:
        s, _ = t.stem_span(t.tokens[p.first], p.offset)
        name = t.raw[s:t.tokens[p.last - 1].end]
        out.append(Person(
            name=name, title=p.title, country=p.country, organization=p.organization,
            mentions=[Span(text=t.raw[a:b], start=a, end=b) for a, b in p.mentions],
        ))
    return out
