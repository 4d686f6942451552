"""People, from title and name rules joined with the NER model.

- a title (`الرئيس`, `وزير ...` up to the end of the ministry's name,
  `الأستاذ المشارك`), an optional nationality adjective or country (which
  gives `country`), then a name of one to four words;
- a PERSON span of the model, and its title when one stands right before it
  or after it in apposition (`أسيل توليبيكوف، الأستاذ المشارك في جامعة ...`,
  which also gives `organization`);
- a leader of the gazetteer (`extract.lang.ar.leaders`) named where neither
  found a person (`كان ترامب يستقل طائرة`);
- no common word is a name: a name after a title that the model does not
  back and that starts with a common word (`قال الرئيس الأمريكي عدة مرات`,
  `بجولة`), a one-word model span that is a verb or a noun (`يتحسن`,
  `صحافيين`), a verb ending a model span (`بوينغ ستعود`), by the word
  frequencies of `extract.names.word_use`; a span inside an organization's
  mention is no one (`"أمازون"`, `بتويتر`), nor one after a noun that names
  a thing (`إعصار مايكل`, `حقل ليفياثان`);
- later short forms (a surname alone) join the person already named: one
  person, one record; a role named later wins over an honorific (`الأمير`
  → `ولي العهد`); the country, when the text gives none, comes from the
  gazetteer of leaders or a state role (`extract.roles`).

`people_drafts` finds them (the pipeline hands it the model's spans and the
organizations stage's drafts; entities read the drafts too); `find_people`
makes the records.  Words in `extract.lang.ar.entities`; the name-word rules
shared with organizations in `extract.names`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

from . import gazetteers
from .gazetteers import titles
from .hits import CountryHit, NerSpan, OrgDraft, PersonDraft
from .lang.ar import entities as L
from .lang.ar.clitics import ARTICLE, CONJUNCTIONS
from .lexicon import keyed_words
from .normalize import key
from .names import clitic_and_word, common_enough, conjunction_clause, person_clitic, word_use
from .person_titles import country_at, title_before, title_then_name
from .records import Person, Span
from .roles import leader_country, leader_entry, leader_extent, leader_spans, main_country, state_title
from .tokenize import Token, Tokenized

W = keyed_words(L)
_SAME_SURNAME = 8  # the people of one surname a later mention is compared with



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
        d = title_then_name(t, i)
        if d is not None:
            drafts.append(d)
            taken.update(range(d.first, d.last))
            i = d.last
        else:
            i += 1
    persons = [s for s in ner_spans if s.label == "PERSON" and plausible_person(t, s)]
    if ner_spans:
        by_first = _by_first(persons)
        drafts = [leader_extent(t, fit_to_model(d, by_first)) for d in drafts]
        covered = {x for sp in ner_spans if sp.label == "PERSON" for x in range(sp.first, sp.last)}
        drafts = [d for d in drafts if any(x in covered for x in range(d.first, d.last))
                  or not _common_start(t, d)]
        taken = {x for d in drafts for x in range(d.first, d.last)}
    in_orgs = _org_tokens(t, org_drafts)
    leaders = leader_spans(t, taken, in_orgs)
    # a leader's whole name wins over the model's pieces of it (عبد ربه | منصور هادي);
    # leader spans never overlap: each token maps to the end of the one it is in
    leader_end = {x: ld.last for ld in leaders for x in range(ld.first, ld.last)}
    persons = leaders + [s for s in persons if leader_end.get(s.first, -1) < s.last]
    keys = {x.key for x in tokens}
    org_firsts = sorted((o.first, n) for n, o in enumerate(org_drafts))
    for span in persons:
        if any(x in taken or x in in_orgs for x in range(span.first, span.last)) or _after_thing(tokens, span.first):
            continue  # a company is no one: «انضمت "أمازون" إلى شركة "أبل"»; nor a hurricane: إعصار مايكل
        while span.last - span.first > 1 and (word_use(tokens[span.last - 1].text) == "verb"
                                              or clitic_and_word(tokens[span.last - 1].text)):
            span = NerSpan(span.first, span.last - 1, span.label)  # بوينغ | ستعود، أبي سهل | لوالدك
        first, off = span.first, person_clitic(t, span.first, keys)
        d = PersonDraft(first, span.last, off)
        _apposition_title(t, d, org_drafts, org_firsts)
        drafts.append(d)
        taken.update(range(span.first, span.last))
    drafts.sort(key=lambda d: d.first)
    return _merge_people(t, drafts)


def _after_thing(tokens: list[Token], i: int) -> bool:
    """Whether token i follows a noun that names a thing (`إعصار | مايكل`,
    `حقل | ليفياثان`, `طائرة ركاب "| هورايزن"`), a quote between them or not."""
    j = i - 1 if i > 0 and tokens[i - 1].text in L.QUOTES else i
    return j > 0 and tokens[j - 1].key in W.THING_HEADS


def _common_start(t: Tokenized, d: PersonDraft) -> bool:
    """A name the model does not back starts with no common word: after a
    title, `عدة مرات`, `خوض الانتخابات`, `فرع طوكيو`, `بجولة عالمية` are
    the rest of the sentence (`قال الرئيس الأمريكي عدة مرات`); a common
    first word followed by a rare one is a name (`شي جينبينغ`)."""
    tokens = t.tokens
    first = tokens[d.first].text
    if clitic_and_word(first) or word_use(first) == "verb":
        return True
    if word_use(first) is None:
        return False
    return d.last - d.first == 1 or common_enough(tokens[d.first + 1].text)


def _org_tokens(t: Tokenized, orgs: list[OrgDraft]) -> set[int]:
    """The tokens inside a mention of an organization (each mention found by
    bisection over the token ends)."""
    out: set[int] = set()
    spans = [m for o in orgs for m in o.mentions]
    if not spans:
        return out
    ends = [tok.end for tok in t.tokens]
    for a, b in spans:
        n = bisect_right(ends, a)  # the first token ending after the mention starts
        while n < len(ends) and t.tokens[n].start < b:
            out.add(n)
            n += 1
    return out


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
    if s.last - s.first == 1 and (word_use(tok.text, strict=True) or word_use(tok.text) == "verb"):
        return False  # a common word: يتحسن، صحافيين
    if s.last - s.first == 1 and (len(tok.norm) <= 2 or _conjunction_and_word(tok.text)):
        return False  # لي؛ وأردف: a conjunction glued to a common word
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


def _conjunction_and_word(word: str) -> bool:
    """و or ف glued to a word, the whole common in its own right (وأردف، وأضاف،
    فقال): a clause, not a name; a name with و is much rarer than the name
    (ومحمد 4.5 beside محمد 6.1, وسلمان 3.1 beside 4.9)."""
    return word.startswith(CONJUNCTIONS) and len(word) > 3 and conjunction_clause(word)


def fit_to_model(d: PersonDraft, persons: list[NerSpan] | dict[int, NerSpan]) -> PersonDraft:
    """A name found after a title takes the extent of the model's PERSON span
    that starts in it (`مناحيم بيغن | لتقاسم جائزة`), also when the span runs
    past the rule's name; a one-word span inside a longer name is no full
    name and leaves it as the rule found it (`عزيز كودراتوف`).  `persons` may
    be given by first token (linear over many drafts).  Changes and returns
    `d`."""
    by_first = persons if isinstance(persons, dict) else _by_first(persons)
    for x in range(d.first, d.last):
        s = by_first.get(x)
        if s is not None:
            if s.last - s.first == 1 and s.last < d.last:
                break  # a one-word model span is not a full name: keep the rule's (عزيز | كودراتوف)
            d.first, d.last = s.first, s.last
            break
    return d


def _by_first(persons: list[NerSpan]) -> dict[int, NerSpan]:
    out: dict[int, NerSpan] = {}
    for s in persons:
        out.setdefault(s.first, s)
    return out


def _apposition_title(t: Tokenized, d: PersonDraft, orgs: list[OrgDraft],
                      org_firsts: list[tuple[int, int]]) -> None:
    """`NAME[،] TITLE [في ORG]`: the title (its country, and organization)
    right after the name or after a comma; else `TITLE [NATIONALITY] NAME`.
    `org_firsts`: (first token, index in `orgs`) of the organizations, sorted."""
    tokens = t.tokens
    j = d.last + 1 if d.last < len(tokens) and tokens[d.last].norm == "," else d.last
    m = titles().match_at(tokens, j, clitics=False) if j < len(tokens) else None
    if m is not None and m.value is not None:  # أولمرت رئيس بلدية القدس، لاغارد، مدير عام صندوق النقد
        end = m.last
        while end < len(tokens) and end - m.last < 4 and tokens[end].is_arabic and (
                tokens[end].norm.startswith(ARTICLE) or tokens[end].key in W.TITLE_CONTINUATIONS):
            end += 1
        s, _ = t.stem_span(tokens[m.first], m.offset)
        d.title = t.raw[s:tokens[end - 1].end]
        for x in [*range(m.last, end), end]:  # وكيل وزارة التجارة الأميركية: the role names the country
            c = country_at(tokens, x)
            if c is not None:
                d.country = c[0]
                break
        k = bisect_left(org_firsts, (end, -1))
        if k < len(org_firsts) and org_firsts[k][0] <= end + 2:
            o = orgs[org_firsts[k][1]]
            d.organization = t.raw[o.name_span[0]:o.name_span[1]]
    if d.title is None and (before := title_before(t, d.first)) is not None:
        (s, e), country = before  # TITLE [NATIONALITY] NAME
        d.title = t.raw[s:e]
        d.country = country or d.country


def _merge_people(t: Tokenized, drafts: list[PersonDraft]) -> list[PersonDraft]:
    """One record per person: a later mention whose words are the surname,
    or part of a known full name, joins that person (`نتنياهو` joins
    `بنيامين نتنياهو`).  Linear in the article: people are indexed by their
    last word, the article's words by key, and a name compares with the
    last few people of its surname only."""
    tokens = t.tokens
    people: list[PersonDraft] = []
    by_last: dict[str, list[PersonDraft]] = {}

    def words_of(d: PersonDraft) -> list[str]:
        w = [tokens[x].key for x in range(d.first, d.last)]
        if d.offset:
            w[0] = w[0][d.offset:]
        return _join_particles(w)

    by_leader: dict[int, PersonDraft] = {}  # spellings of one leader (نتنياهو، نتانياهو)
    for d in drafts:
        words = words_of(d)
        target = None
        entry = leader_entry(" ".join(words))
        if entry is not None and entry in by_leader:
            target = by_leader[entry]
        for p in ([] if target is not None else by_last.get(words[-1], [])[:_SAME_SURNAME]):
            pw = words_of(p)
            if words == pw or (len(words) < len(pw) and set(words) <= set(pw)):
                target = p
                break
            if len(words) > len(pw) and set(pw) <= set(words):
                # the fuller name comes later: keep it as the name
                p.first, p.last, p.offset = d.first, d.last, d.offset
                target = p
                break
        s, _ = t.stem_span(tokens[d.first], d.offset)
        span = (s, tokens[d.last - 1].end)
        if target is None:
            d.mentions = [span]
            people.append(d)
            by_last.setdefault(words[-1], []).append(d)
            if entry is not None:
                by_leader.setdefault(entry, d)
        else:
            target.mentions.append(span)
            if target.title is None or (d.title is not None and key(target.title) in W.HONORIFICS
                                        and key(d.title) not in W.HONORIFICS):
                target.title = d.title  # a role named later wins over an honorific (الأمير → ولي العهد)
            target.country = target.country or d.country
            target.organization = target.organization or d.organization
    # short forms that neither rules nor model caught: the surname alone
    wanted = {tokens[p.last - 1].key for p in people if p.last - p.first >= 2}
    where: dict[str, list[int]] = {}
    if wanted:
        for n, tok in enumerate(tokens):
            for a in tok.analyses[:2]:
                if a.key in wanted:
                    where.setdefault(a.key, []).append(n)
    claimed: set[str] = set()
    for p in people:
        if p.last - p.first < 2:
            continue
        surname = tokens[p.last - 1].key
        if len(surname) < 4 or surname in claimed:
            continue  # a surname shared by two people stays with the first
        claimed.add(surname)
        ends = dict(p.mentions)  # start -> end of the mentions known
        starts = sorted(ends)
        for n in where.get(surname, []):
            tok = tokens[n]
            a = next(a for a in tok.analyses[:2] if a.key == surname)
            s, e = t.stem_span(tok, a.offset)
            k = bisect_right(starts, s) - 1
            if k < 0 or not s < ends[starts[k]]:  # not inside a mention already known
                p.mentions.append((s, e))
                ends[s] = e
                insort(starts, s)
        p.mentions.sort()
    return people


def _join_particles(words: list[str]) -> list[str]:
    """Words of a name with `عبد` joined to the next one, as it is also
    written (عبد الملك الحوثي = عبدالملك الحوثي)."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in W.JOINED_PARTICLES:
            out[-1] += w
        else:
            out.append(w)
    return out


def find_people(t: Tokenized, drafts: list[PersonDraft], hits: list[CountryHit] | None = None) -> list[Person]:
    """The records of the people `people_drafts` found.  When the text gives
    no country: a leader of the gazetteer gets the country he leads
    (`وأوضح لافروف` → RU; `السفير الكندي جون كيري` stays CA), and a holder
    of a state role the country the article is about (`وزير المالية محمد
    معيط` in an article on Egypt; `hits` are the countries stage's)."""
    out = []
    main = main_country(hits or [])
    for p in drafts:
        s, _ = t.stem_span(t.tokens[p.first], p.offset)
        name = t.raw[s:t.tokens[p.last - 1].end]
        if p.country is None:
            p.country = leader_country(name)
        if p.country is None and main is not None and state_title(p.title):
            p.country = main
        out.append(Person(
            name=name, title=p.title, country=p.country, organization=p.organization,
            mentions=[Span(text=t.raw[a:b], start=a, end=b) for a, b in p.mentions],
        ))
    return out
