"""Agreements: treaties, agreements, declarations, memoranda, action plans,
protocols, charters and contracts, one record per agreement, with parties,
party organizations, signatories, count, topic, status, time and the later
references to it (`mentions`).

`phrase` finds the phrase each trigger starts (`وقعت شركة توتال الفرنسية عقدا
بقيمة خمسة مليارات دولار مع إيران`: the phrase `عقدا بقيمة خمسة مليارات دولار
مع إيران`, parties FR and IR); `links` makes one record per agreement of them
(`الاتفاق` after it is a mention) and adds what the text around says.
"""

from __future__ import annotations

from ..hits import CountryHit
from ..records import Agreement, Organization, Person
from ..tokenize import Tokenized
from .links import link
from .context import Context
from .phrase import phrases


def find_agreements(t: Tokenized, hits: list[CountryHit], organizations: list[Organization] | None = None,
                    people: list[Person] | None = None) -> list[Agreement]:
    """The agreement records of a text; `organizations` and `people` (the
    article's records) give party organizations, their countries and signatories."""
    ctx = Context(t, hits, organizations, people)
    return link(t, ctx, phrases(t, ctx))
