"""A spaCy `Doc` over the pipeline's own tokens.

The statistical model and any spaCy matcher must see exactly the tokens the
rules see, so the `Doc` is built from them rather than re-tokenized.  Its words
are the normalized token texts (the model is trained on the same
normalization); token `i` of the `Doc` is token `i` of `Tokenized.tokens`, and
raw offsets always come from the latter, never from `Doc` character offsets.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .tokenize import Token, Tokenized


@lru_cache(maxsize=1)
def blank_vocab() -> Vocab:
    return spacy.blank("ar").vocab


def doc_from_tokens(tokens: list[Token], vocab: Vocab | None = None,
                    sent_starts: list[bool] | None = None) -> Doc:
    """A `Doc` whose words are `tokens` (their normalized text), with their
    spaces.  (The model's `Doc` spells words as lookup keys and carries its
    feature columns: `extract.ner.model_doc`.)"""
    return Doc(vocab if vocab is not None else blank_vocab(),
               words=[t.norm for t in tokens], spaces=[t.space_after for t in tokens],
               sent_starts=sent_starts)


def to_doc(tokenized: Tokenized, vocab: Vocab | None = None) -> Doc:
    """A `Doc` of the whole article, with the pipeline's sentence starts
    (given to the constructor: setting them token by token is quadratic)."""
    tokens = tokenized.tokens
    return doc_from_tokens(tokens, vocab, sent_starts=[t.sent_start or i == 0 for i, t in enumerate(tokens)])
