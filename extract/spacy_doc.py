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

from .tokenize import Tokenized


@lru_cache(maxsize=1)
def blank_vocab() -> Vocab:
    return spacy.blank("ar").vocab


def to_doc(tokenized: Tokenized, vocab: Vocab | None = None) -> Doc:
    """Build a `Doc` whose tokens and sentence starts are the pipeline's own."""
    toks = tokenized.tokens
    return Doc(
        vocab or blank_vocab(),
        words=[t.norm for t in toks],
        spaces=[t.space_after for t in toks],
        sent_starts=[t.sent_start for t in toks] if toks else None,
    )


def token_span_to_raw(tokenized: Tokenized, first: int, last: int) -> tuple[int, int]:
    """Raw offsets of the tokens [first, last) of a `Doc` built by `to_doc`."""
    return tokenized.tokens[first].start, tokenized.tokens[last - 1].end
