"""Gazetteer features for the NER model: what the rules' lexicons say about each word.

The model's hash embeddings learn the words of its training data; the
lexicons know words it never saw (a rare country's adjective, a title, the
head of an organization's name).  `gazetteer_tags` marks every word a lexicon
phrase covers with the lexicon's tag, and the model reads the tag as one more
feature of the word (stored in the `Doc`'s `LEMMA` column, which the model
uses for nothing else).  The tags are a hint, not an answer: the model learns
from the training data how far to trust them.

The same function runs at training time (on the corpora's words) and at run
time (on the words of the `Doc` the model reads: the pipeline's tokens,
folded by `extract.normalize.key`), so the feature means the same in both.
"""

from __future__ import annotations

from . import gazetteers
from .lang.ar.letters import FIRST_LETTER, LAST_LETTER
from .tokenize import Token

NONE = "O"
TAGS = ("ORG", "COUNTRY", "NISBA", "TITLE", "ORGHEAD")


def _is_word(w: str) -> bool:
    return any(FIRST_LETTER <= c <= LAST_LETTER for c in w)


def word_tokens(words: list[str]) -> list[Token]:
    """Tokens for the words of a training sentence (already normalized)."""
    return [Token(i, w, w, 0, len(w), 0, len(w), "word" if _is_word(w) else "punct", True)
            for i, w in enumerate(words)]


def gazetteer_tags(tokens: list[Token]) -> list[str]:
    """One tag per token (`TAGS` or `NONE`): the tag of the longest lexicon
    phrase covering it, leftmost first."""
    tags = [NONE] * len(tokens)
    lex = gazetteers.tagged()
    i = 0
    n = len(tokens)
    while i < n:
        m = lex.match_at(tokens, i)
        if m is None:
            i += 1
            continue
        if m.value is not None:
            tags[m.first:m.last] = [m.value] * (m.last - m.first)
        i = m.last
    return tags
