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
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

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
    # The map, stored as its breakpoints: from normalized position _at[k] on
    # (up to the next breakpoint), character n came from raw
    # [n + _ds[k], n + 1 + _de[k]).  None when the map is the identity.
    _at: array | None = None
    _ds: array | None = None
    _de: array | None = None

    @property
    def identity(self) -> bool:
        return self._at is None

    def _raw_start(self, n: int) -> int:
        return n + self._ds[bisect_right(self._at, n) - 1]

    def _raw_end(self, n: int) -> int:
        return n + 1 + self._de[bisect_right(self._at, n) - 1]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span [start, end) to the raw span it came from."""
        if self._at is None:
            return start, end
        if end <= start:
            pos = self._raw_start(start) if start < len(self.text) else len(self.raw)
            return pos, pos
        return self._raw_start(start), self._raw_end(end - 1)

    def raw_slice(self, start: int, end: int) -> str:
        s, e = self.to_raw(start, end)
        return self.raw[s:e]


class _MapBuilder:
    """Breakpoints of the normalized-to-raw map, one per change of offset."""

    def __init__(self) -> None:
        self.at = array("q")
        self.ds = array("q")
        self.de = array("q")

    def set(self, n: int, ds: int, de: int) -> None:
        """Characters from normalized position `n` on have deltas `ds`, `de`."""
        if self.at and self.at[-1] == n:
            self.ds[-1], self.de[-1] = ds, de
        elif not self.at or self.ds[-1] != ds or self.de[-1] != de:
            self.at.append(n)
            self.ds.append(ds)
            self.de.append(de)


def normalize(raw: str) -> Normalized:
    """Build the normalized view of `raw` (see the module docstring)."""
    specials = _SPECIAL_RE.finditer(raw)
    first = next(specials, None)
    if first is None:
        return Normalized(raw, raw.translate(_TRANSLATE))
    pieces: list[str] = []
    b = _MapBuilder()
    n = 0  # length of the normalized text so far
    last_end = -1  # raw end of the last normalized character
    pos = 0
    for m in chain((first,), specials):
        i = m.start()
        if i > pos:
            pieces.append(raw[pos:i].translate(_TRANSLATE))
            b.set(n, pos - n, pos - n)
            n += i - pos
            last_end = i
        ch = raw[i]
        out = _SPECIAL[ch]
        if out:
            pieces.append(out)
            for j in range(len(out)):  # each character of an expansion maps to the whole ligature
                b.set(n, i - n, i - n)
                n += 1
            last_end = i + 1
        elif ch in _GLUED and n and last_end == i:
            # a dropped mark widens the letter before it
            b.set(n - 1, _start_delta(b, n - 1), i - (n - 1))
            last_end = i + 1
        pos = i + 1
    if pos < len(raw):
        pieces.append(raw[pos:].translate(_TRANSLATE))
        b.set(n, pos - n, pos - n)
    return Normalized(raw, "".join(pieces), b.at, b.ds, b.de)


def _start_delta(b: _MapBuilder, n: int) -> int:
    return b.ds[bisect_right(b.at, n) - 1]


@lru_cache(maxsize=1 << 15)
def key(s: str) -> str:
    """Lookup key of a raw or normalized string: the normalized text with alef
    maksura and teh marbuta folded and Latin lower-cased (cached: the rules ask
    for the same words again and again)."""
    return fold_key(normalize(s).text)
