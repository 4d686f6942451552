"""Entities: every entity span an article's stages found, before records.

The record's `entities` list joins the model's spans (`source: ner`, with the
model's label), the countries named (`GPE`, `source: gazetteer`; adjectives
are left out), and the mentions of the people and organizations the rules
and the model made records of (`PERSON` / `ORG`, `source: rule`), in text
order, each span and label once.
"""

from __future__ import annotations

from .hits import CountryHit, NerSpan, OrgDraft, PersonDraft
from .records import Entity
from .tokenize import Tokenized


def find_entities(t: Tokenized, spans: list[NerSpan], hits: list[CountryHit], people_drafts: list[PersonDraft],
                  org_drafts: list[OrgDraft]) -> list[Entity]:
    """Every entity span found: model `spans`, gazetteer country `hits`, and
    the mentions of the people and organizations drafts, in text order."""
    out: list[Entity] = []
    seen: set[tuple[int, int, str]] = set()

    def add(s: int, e: int, label: str, source: str) -> None:
        if (s, e, label) not in seen and s < e:
            seen.add((s, e, label))
            out.append(Entity(text=t.raw[s:e], start=s, end=e, label=label, source=source))

    for sp in spans:
        s, e = t.tokens[sp.first].start, t.tokens[sp.last - 1].end
        add(s, e, sp.label, "ner")
    for h in hits:
        if h.form == "name":
            add(h.start, h.end, "GPE", "gazetteer")
    for p in people_drafts:
        for s, e in p.mentions:
            add(s, e, "PERSON", "rule")
    for o in org_drafts:
        for s, e in o.mentions:
            add(s, e, "ORG", "rule")
    out.sort(key=lambda x: (x.start, x.end))
    return out
