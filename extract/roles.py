"""The leaders of the gazetteer (`extract.lang.ar.leaders`) named in a text,
and a person's country from what the text does not say outright: the
gazetteer of leaders (`أردوغان` → TR) and, for
the holder of a state role, the country the article is about (`وزير المالية
محمد معيط` in an article on Egypt).  Read by the people stage.
"""

from __future__ import annotations

from . import gazetteers
from .hits import CountryHit, NerSpan, PersonDraft
from .lang.ar import entities as L
from .lexicon import keyed_words
from .normalize import key
from .tokenize import Tokenized

W = keyed_words(L)
_MAIN_SHARE = 0.4  # the share of country mentions that makes an article's main country


def leader_country(name: str) -> str | None:
    """The country of a leader of the gazetteer (`extract.lang.ar.leaders`)
    whom the name names: the whole name (`رجب طيب إردوغان`) or its last word
    when that is a listed surname (`الرئيس أردوغان`, `مايك بومبيو`)."""
    lead = gazetteers.leaders()
    k = key(name)
    return lead.get(k) or (lead.get(k.rsplit(" ", 1)[-1]) if " " in k else None)


def leader_entry(name: str) -> int | None:
    """The gazetteer entry of the leader the name names, as `leader_country`
    finds it: spellings of one leader (`بنيامين نتنياهو`, `نتانياهو`) give one
    entry."""
    lead = gazetteers.leader_entries()
    k = key(name)
    found = lead.get(k)
    return found if found is not None else (lead.get(k.rsplit(" ", 1)[-1]) if " " in k else None)


def main_country(hits: list[CountryHit]) -> str | None:
    """The country the article is about: the one mentioned most, when it
    holds at least `_MAIN_SHARE` of the mentions and more than one."""
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.iso2] = counts.get(h.iso2, 0) + 1
    if not counts:
        return None
    iso2, n = max(counts.items(), key=lambda kv: kv[1])
    return iso2 if n >= 2 and n >= _MAIN_SHARE * len(hits) else None


def state_title(title: str | None) -> bool:
    """Whether a title is a role of a state (`وزير المالية`, `الرئيس`,
    `المتحدث باسم الخارجية`): its holder serves a country."""
    k = key(title) if title else ""
    return any(k == s or k.startswith(s + " ") for s in W.STATE_TITLES)


def leader_extent(t: Tokenized, d: PersonDraft) -> PersonDraft:
    """A leader's full name is not cut to the model's shorter span
    (`الرئيس عبد العزيز | بوتفليقة`)."""
    m = gazetteers.leader_names().match_at(t.tokens, d.first)
    if m is not None and m.first == d.first and m.last > d.last:
        d.last = m.last
    return d


def leader_spans(t: Tokenized, taken: set[int], in_orgs: set[int]) -> list[NerSpan]:
    """Leaders of the gazetteer named where neither a title nor the model
    found a person (`كان ترامب يستقل طائرة`): spans like the model's, read
    after them."""
    tokens = t.tokens
    lex = gazetteers.leader_names()
    firsts = gazetteers.leader_first_words()
    out = []
    i = 0
    while i < len(tokens):
        if not any(a.key in firsts for a in tokens[i].analyses):
            i += 1
            continue
        m = lex.match_at(tokens, i)
        if m is None:
            i += 1
            continue
        if not any(x in taken or x in in_orgs for x in range(m.first, m.last)):
            out.append(NerSpan(m.first, m.last, "PERSON"))
        i = m.last
    return out
