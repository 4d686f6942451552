"""Clitic-aware phrase lookup over the pipeline's tokens.

A `PhraseLexicon` holds phrases (one or more words) with a value each.  A
phrase matches at token `i` when the first token, after peeling its
proclitics (`extract.clitics`), and the following tokens, as they are, have
the phrase's lookup keys (`extract.normalize.key`: alef, alef maksura and teh
marbuta folded).  The match reports the offset of the stem inside the first
token, so a mention covers the name without `و`, `ب`, `لل`...  Used for
countries, currencies, units, organizations: one mechanism, many lexicons.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, Iterable, Iterator, TypeVar

from .lang.ar.chars import fold_key
from .lang.ar.clitics import ARTICLE
from .lang.ar.morph import ADJECTIVE_ENDINGS, ARTICLE_AFTER_LAM, NISBA_ENDINGS
from .normalize import key
from .tokenize import Token, Tokenized, tokenize

V = TypeVar("V")
_END = object()  # trie key marking the end of a phrase


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    first: int  # token indices [first, last)
    last: int
    offset: int  # normalized characters of proclitics on the first token
    value: V
    proclitics: str = ""

    def raw_span(self, t: Tokenized) -> tuple[int, int]:
        s, _ = t.stem_span(t.tokens[self.first], self.offset)
        return s, t.tokens[self.last - 1].end


def keyed(words: Iterable[str]) -> frozenset[str]:
    """The lookup keys of a word list (`extract.normalize.key` of each)."""
    return frozenset(key(w) for w in words)


def keyed_map(entries: dict[str, V]) -> dict[str, V]:
    """A word → value table keyed by the words' lookup keys."""
    return {key(w): v for w, v in entries.items()}


class KeyedWords:
    """The lookup keys of a language module's words, worked out on first use:
    with `W = keyed_words(L)`, `W.PLACE_HEADS` is `keyed(L.PLACE_HEADS)` for a
    word list, `keyed_map(...)` for a word table, `key(...)` for one word."""

    def __init__(self, module) -> None:
        self._module = module

    def __getattr__(self, name: str):
        value = getattr(self._module, name)
        if isinstance(value, str):
            keys = key(value)
        elif isinstance(value, dict):
            keys = keyed_map(value)
        else:
            keys = keyed(value)
        setattr(self, name, keys)  # the next access is a plain attribute
        return keys


@lru_cache(maxsize=None)
def keyed_words(module) -> KeyedWords:
    """One `KeyedWords` per language module, shared by every rule that reads it."""
    return KeyedWords(module)


def phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(key(tok.text) for tok in tokenize(phrase).tokens)


class PhraseLexicon(Generic[V]):
    def __init__(self, entries: Iterable[tuple[str, V]] = (), clitics: bool = True, strip_article: bool = False):
        """`clitics`: peel proclitics off the first word; `strip_article`: also
        the article (for lexicons whose entries are written without it)."""
        self._root: dict = {}
        self.clitics = clitics
        self.strip_article = strip_article
        self.size = 0
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: V, replace: bool = True) -> None:
        keys = phrase_keys(phrase)
        if keys:
            self.add_keys(keys, value, replace)

    def add_keys(self, keys: tuple[str, ...], value: V, replace: bool = True) -> None:
        """Add a phrase given by its lookup keys (as `items()` yields them)."""
        node = self._root
        for k in keys:
            node = node.setdefault(k, {})
        if replace or _END not in node:
            if _END not in node:
                self.size += 1
            node[_END] = value

    def items(self) -> Iterator[tuple[tuple[str, ...], V]]:
        """Every phrase (as its lookup keys) with its value."""
        stack: list[tuple[tuple[str, ...], dict]] = [((), self._root)]
        while stack:
            prefix, node = stack.pop()
            for k, child in node.items():
                if k is _END:
                    yield prefix, child
                else:
                    stack.append((prefix + (k,), child))

    def __contains__(self, phrase: str) -> bool:
        node = self._root
        for k in phrase_keys(phrase):
            node = node.get(k)
            if node is None:
                return False
        return _END in node

    def get(self, phrase: str, default: Any = None):
        node = self._root
        for k in phrase_keys(phrase):
            node = node.get(k)
            if node is None:
                return default
        return node.get(_END, default)

    def match_at(self, tokens: list[Token], i: int, clitics: bool | None = None) -> Match[V] | None:
        """The longest phrase starting at token `i` (its proclitics peeled off
        when `clitics`), or None."""
        use_clitics = self.clitics if clitics is None else clitics
        root = self._root
        readings = tokens[i].analyses
        if not use_clitics:
            readings = readings[:1]
        best: Match[V] | None = None
        seen: set[str] = set()
        for a in readings:
            node = root.get(a.key)
            if node is None or a.key in seen:
                continue
            if not self.strip_article and (a.proclitics.endswith(ARTICLE) or a.proclitics.endswith(ARTICLE_AFTER_LAM)):
                continue
            seen.add(a.key)
            j = i + 1
            last_end = (j, node[_END]) if _END in node else None
            while j < len(tokens) and node:
                nxt = node.get(fold_key(tokens[j].norm))
                if nxt is None:
                    break
                node = nxt
                j += 1
                if _END in node:
                    last_end = (j, node[_END])
            if last_end is not None:
                end, value = last_end
                if best is None or end > best.last or (end == best.last and a.offset < best.offset):
                    best = Match(i, end, a.offset, value, a.proclitics)
        return best

    def find_all(self, t: Tokenized, start: int = 0, stop: int | None = None) -> Iterator[Match[V]]:
        """Leftmost-longest, non-overlapping matches over tokens [start, stop)."""
        tokens = t.tokens
        stop = len(tokens) if stop is None else stop
        i = start
        while i < stop:
            m = self.match_at(tokens, i)
            if m is not None and m.last <= stop:
                yield m
                i = m.last
            else:
                i += 1


def noun_phrase_end(tokens: list[Token], a: int, b: int) -> int:
    """Where a definite noun phrase in tokens [a, b) ends: after an adjective
    (a nisba: ...ي، ...ية) a definite word that is not one starts a new phrase
    (الاتحاد الأفريقي | المركز السابع، الموارد المائية | التنفيذ المشترك)."""
    for x in range(a + 1, b):
        prev, cur = tokens[x - 1].norm, tokens[x].norm
        if prev.endswith(NISBA_ENDINGS) and cur.startswith(ARTICLE) and not cur.endswith(ADJECTIVE_ENDINGS):
            return x
    return b
