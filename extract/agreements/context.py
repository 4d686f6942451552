"""What the agreement rules read, indexed once per article: the tokens'
stems, the status cues, the country mentions, the article's organizations
and people by token (`Context`), and one trigger's phrase (`Phrase`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..hits import CountryHit
from ..lang.ar import agreements as L
from ..lexicon import keyed_words, phrase_keys
from ..records import Agreement, Organization, Person
from ..tokenize import Tokenized

W = keyed_words(L)

STATUS_PHRASES: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # first word → (status, phrase)
for _status_name, _phrases in L.STATUS_CUES.items():
    for _p in _phrases:
        _pk = phrase_keys(_p)
        STATUS_PHRASES.setdefault(_pk[0], []).append((_status_name, _pk))
QUOTES = frozenset('"«»“”')
CLAUSE_PUNCT = frozenset(".,،;؛:!?؟()")  # what ends a clause (a slash or a hyphen does not)
WINDOW = 40  # tokens either side of an agreement that its sentence cues are looked for in


def key_at(t: Tokenized, i: int) -> str:
    return t.tokens[i].key if 0 <= i < len(t.tokens) else ""



@dataclass
class Phrase:
    """One trigger and the phrase it starts: tokens [first, end), the trigger
    [first, last); `bare` for a definite trigger with nothing after it (a
    reference: الاتفاق، المعاهدة); `rec` its record as the phrase alone gives it."""

    first: int
    last: int
    end: int
    kind: str
    definite: bool
    bare: bool
    rec: Agreement
    verb: int | None  # the signing verb before it in its clause (وقعت مصر ... اتفاقية)



class Context:
    """What every phrase reads, indexed once per article (so that each phrase
    costs its own length, not the article's)."""

    def __init__(self, t: Tokenized, hits: list[CountryHit], organizations: list[Organization] | None = None,
                 people: list[Person] | None = None):
        self.t = t
        self.hits = hits
        self._stems: dict[int, frozenset[str]] = {}
        self._cues: tuple[list[int], list[str]] | None = None
        starts = [tok.start for tok in t.tokens]
        # organizations and people by the tokens of their mentions
        self.org_at: dict[int, tuple[Organization, int]] = {}  # token -> (record, last token of the mention)
        for o in organizations or ():
            for m in o.mentions:
                a, b = bisect_right(starts, m.start) - 1, bisect_left(starts, m.end)
                self.org_at.setdefault(a, (o, max(b, a + 1)))
        self.org_tokens = {x for a, (_, b) in self.org_at.items() for x in range(a, b)}
        self.person_at: dict[int, Person] = {}
        for p in people or ():
            for m in p.mentions:
                self.person_at.setdefault(bisect_right(starts, m.start) - 1, p)
        self.hit_at: dict[int, list[CountryHit]] = {}
        for h in hits:
            self.hit_at.setdefault(h.first, []).append(h)
        self.starts = set(self.hit_at)
        self.name_starts = {h.first for h in hits if h.form == "name"}
        self.tokens_in = {x for h in hits for x in range(h.first, h.last)}

    def stems(self, j: int) -> frozenset[str]:
        """The lookup keys of token j's readings (its stems without proclitics)."""
        got = self._stems.get(j)
        if got is None:
            got = self._stems[j] = frozenset(a.key for a in self.t.tokens[j].analyses)
        return got

    def cues(self) -> tuple[list[int], list[str]]:
        """Where the status cues of the text are (token indices, ascending) and
        which status each gives; worked out once, on first use."""
        if self._cues is None:
            t, pos, status = self.t, [], []
            for j in range(len(t.tokens)):
                keys = [t.tokens[j].key, *sorted(self.stems(j) - {t.tokens[j].key})]  # the word as written first
                hit = next((st for k in keys for st, phrase in STATUS_PHRASES.get(k, ())
                            if all(key_at(t, j + x) == p for x, p in enumerate(phrase[1:], 1))), None)
                if hit is not None:
                    pos.append(j)
                    status.append(hit)
            self._cues = (pos, status)
        return self._cues

    def countries(self, a: int, b: int) -> list[str]:
        """The ISO codes of the country mentions inside tokens [a, b), in order."""
        return [h.iso2 for j in range(max(a, 0), b) for h in self.hit_at.get(j, ()) if h.last <= b]
