"""Normalization that never loses an offset.

`normalize(raw)` returns a `Normalized` view: `text` is what the rules and the
tokenizer match on (no diacritics or tatweel, presentation forms decomposed,
ASCII digits, one kind of comma, quote, dash and space, bare alef), and
`to_raw(start, end)` maps any span of `text` back to the exact span of `raw`
it came from.  Nothing downstream ever reports an offset into `text`.

How the map works: every character of `text` remembers the raw span it came
from.  A character that maps to one character keeps its own position.  A
dropped combining mark (haraka, shadda, tatweel) widens the span of the letter
before it, so a mention ending on a letter also carries the marks written on
it.  A dropped invisible mark (RLM, ZWNJ, BOM...) belongs to nothing.  A
ligature that expands to several characters gives each of them the ligature's
span.  When nothing was dropped or expanded (most undiacritized news text) the
map is the identity and costs nothing.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lang.ar.chars import COMBINING_MARKS, build_table, fold_key

_ONE_TO_ONE, _SPECIAL = build_table()
_TRANSLATE = str.maketrans(_ONE_TO_ONE)
_SPECIAL_RE = regex.compile("[" + "".join(regex.escape(c) for c in sorted(_SPECIAL)) + "]")
_GLUED = frozenset(ch for ch, out in _SPECIAL.items() if out == "" and ch in COMBINING_MARKS)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized view of `raw` with a map back to it."""

    raw: str
    text: str
    # Raw start and end of each character of `text`; None when the map is the identity.
    _starts: array | None = None
    _ends: array | None = None

    @property
    def identity(self) -> bool:
        return self._starts is None

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span [start, end) to the raw span it came from."""
        if self._starts is None:
            return start, end
        if end <= start:
            pos = self._starts[start] if start < len(self._starts) else len(self.raw)
            return pos, pos
        return self._starts[start], self._ends[end - 1]

    def raw_slice(self, start: int, end: int) -> str:
        s, e = self.to_raw(start, end)
        return self.raw[s:e]


def normalize(raw: str) -> Normalized:
    """Build the normalized view of `raw` (see the module docstring)."""
    if _SPECIAL_RE.search(raw) is None:
        return Normalized(raw, raw.translate(_TRANSLATE))
    pieces: list[str] = []
    starts = array("q")
    ends = array("q")
    pos = 0
    for m in _SPECIAL_RE.finditer(raw):
        i = m.start()
        if i > pos:
            pieces.append(raw[pos:i].translate(_TRANSLATE))
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        ch = raw[i]
        out = _SPECIAL[ch]
        if out:
            pieces.append(out)
            starts.extend([i] * len(out))
            ends.extend([i + 1] * len(out))
        elif ch in _GLUED and ends and ends[-1] == i:
            ends[-1] = i + 1
        pos = i + 1
    if pos < len(raw):
        pieces.append(raw[pos:].translate(_TRANSLATE))
        starts.extend(range(pos, len(raw)))
        ends.extend(range(pos + 1, len(raw) + 1))
    return Normalized(raw, "".join(pieces), starts, ends)


def normalize_text(raw: str) -> str:
    """The normalized text alone (for lexicon entries and queries)."""
    return normalize(raw).text


@lru_cache(maxsize=1 << 18)
def key(s: str) -> str:
    """Lookup key of a raw or normalized string: the normalized text with alef
    maksura and teh marbuta folded and Latin lower-cased (cached: the rules ask
    for the same words again and again)."""
    return fold_key(normalize(s).text)
