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

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc

from . import gazetteers
from .clitics import analyses
from .lang.ar.letters import FIRST_LETTER, LAST_LETTER
from .lang.ar.morph import ARTICLE_READINGS
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


# A stem shorter than this is not peeled off (`بكر` stays `بكر`, not ب + كر).
STEM_MIN = 3


@lru_cache(maxsize=1 << 15)
def stem(word: str) -> str:
    """The word without its conjunction and preposition (`لروبرتو` →
    `روبرتو`, `للبنك` → `البنك`, `والاتحاد` → `الاتحاد`); the article stays,
    as in the corpora, which split off the other proclitics only.  A second
    view of the word for the model (`--stem`, kept in the `Doc`'s `TAG`
    column), beside the word as written: a name glued to a preposition
    shares the stem's embedding with the bare name."""
    best = word
    for a in analyses(word):
        if len(a.stem) >= STEM_MIN and not a.proclitics.endswith(ARTICLE_READINGS) and a.offset > 0:
            best = a.stem
    return best


class Features(NamedTuple):
    """The columns a model reads besides the word: the lexicons' tags
    (`LEMMA`) and the stem (`TAG`)."""
    gazetteer: bool = False
    stem: bool = False


def feature_doc(vocab, words: list[str], spaces: list[bool], features: Features,
                tags: list[str] | None = None) -> Doc:
    """A `Doc` of `words` (spelled as the model reads them) with the columns
    `features` asks for; `tags`, the gazetteer tags when the caller has
    them already (else worked out from `words`)."""
    if features.gazetteer and tags is None:
        tags = gazetteer_tags(word_tokens(words))
    return Doc(vocab, words=words, spaces=spaces, lemmas=tags if features.gazetteer else None,
               tags=[stem(w) for w in words] if features.stem else None)
