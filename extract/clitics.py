"""Clitic-aware views of a word, for lexicon lookups.

`analyses(word)` lists the ways of reading a normalized word as proclitics +
stem, most literal first.  Each `Analysis` says how many characters of the
word the proclitics take (`offset`: the stem starts there, so a mention can
cover the stem only) and the `stem` to look up, which for `لل` is rebuilt with
its article (`للأمم` → offset 1, stem `الامم`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .lang.ar.chars import fold_key
from .lang.ar.clitics import ARTICLE, CONJUNCTIONS, LAM_ARTICLE, MIN_STEM, PREPOSITIONS
from .lang.ar.letters import BLOCK_FIRST, BLOCK_LAST
from .lang.ar.morph import ARTICLE_ALEF, LAM_PREPOSITION


class Analysis(NamedTuple):
    proclitics: str  # as written, e.g. "وب", "لل", "" for the bare word
    offset: int  # characters of the written word before the stem's first letter
    stem: str  # the string to look up (may restore an elided article alef)
    article: bool  # whether `stem` starts with the article
    key: str = ""  # `stem` folded for lexicon lookups (`fold_key`)


def _with_article(rest: str, written_prefix: str, offset: int, out: list[Analysis]) -> None:
    """Add `rest` as a stem, and also without its article when it has one."""
    if len(rest) >= MIN_STEM:
        has_article = rest.startswith(ARTICLE)
        out.append(Analysis(written_prefix, offset, rest, has_article))
        if has_article and len(rest) - len(ARTICLE) >= MIN_STEM:
            out.append(Analysis(written_prefix + ARTICLE, offset + len(ARTICLE), rest[len(ARTICLE):], False))


@lru_cache(maxsize=1 << 15)
def analyses(word: str) -> tuple[Analysis, ...]:
    """All proclitic readings of a normalized word, the bare word first."""
    out: list[Analysis] = []
    _with_article(word, "", 0, out)
    if not word or not (BLOCK_FIRST <= word[0] <= BLOCK_LAST):
        return tuple(out)
    conj_options = [""] + [c for c in CONJUNCTIONS if word.startswith(c)]
    for conj in conj_options:
        after_conj = word[len(conj):]
        if conj:
            _with_article(after_conj, conj, len(conj), out)
        for prep in PREPOSITIONS:
            if not after_conj.startswith(prep):
                continue
            rest = after_conj[len(prep):]
            written = conj + prep
            if prep == LAM_PREPOSITION and rest.startswith(LAM_ARTICLE) and not rest.startswith(ARTICLE):
                # ل + (ا)ل: للأمم = ل + الأمم; the stem starts at the article's lam.
                stem = ARTICLE_ALEF + rest
                if len(stem) - len(ARTICLE) >= MIN_STEM:
                    out.append(Analysis(written, len(written), stem, True))
                    out.append(Analysis(written + LAM_ARTICLE, len(written) + 1, rest[1:], False))
                continue
            _with_article(rest, written, len(written), out)
    seen: set[tuple[int, str]] = set()
    unique = []
    for a in out:
        if (a.offset, a.stem) not in seen:
            seen.add((a.offset, a.stem))
            unique.append(a._replace(key=fold_key(a.stem)))
    return tuple(unique)


def stems(word: str) -> tuple[str, ...]:
    """The lookup strings of `word`, the bare word first."""
    return tuple(a.stem for a in analyses(word))
