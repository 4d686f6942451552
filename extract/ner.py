"""The statistical named-entity model: loading, and running it on our tokens.

The model (trained by `extract train-ner`, kept in `models/ner`) is a spaCy
pipeline that reads a `Doc` built from the pipeline's own tokens, with each
word normalized and folded as at training time (`extract.normalize.key`).
When the model is missing or cannot be loaded, `load()` returns None with a
reason, and the pipeline runs on its rules alone with a warning.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from .normalize import key
from .spacy_doc import doc_from_tokens
from .tokenize import Tokenized

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner"
MODEL_ENV = "EXTRACT_NER_MODEL"


@dataclass(frozen=True, slots=True)
class NerSpan:
    first: int  # token indices [first, last)
    last: int
    label: str


def model_path() -> Path:
    return Path(os.environ.get(MODEL_ENV) or DEFAULT_MODEL)


def load(path: Path | None = None):
    """(nlp, None) when the model loads, (None, reason) when it does not."""
    import spacy

    path = Path(path) if path else model_path()
    if not (path / "meta.json").is_file():
        return None, f"no NER model at {path}; people and organizations come from rules only"
    try:
        nlp = spacy.load(path, exclude=["tokenizer"])
    except Exception as e:  # a broken or incompatible model must not stop the pipeline
        return None, f"cannot load the NER model at {path} ({type(e).__name__}: {e}); rules only"
    return nlp, None


def model_doc(nlp, tokens) -> Doc:
    """A `Doc` over our tokens, spelled as the model was trained (folded keys)."""
    return doc_from_tokens(tokens, nlp.vocab, spell=lambda tok: key(tok.norm) or tok.norm)


def run(nlp, t: Tokenized) -> list[NerSpan]:
    """Entity spans (token indices) found by the model, sentence by sentence
    in batches so that one huge article costs bounded memory."""
    if not t.tokens:
        return []
    out: list[NerSpan] = []
    chunks = []
    for s in t.sentences:
        for a in range(s.first, s.last, 300):  # a sentence longer than 300 tokens is cut
            chunks.append((a, min(s.last, a + 300)))
    docs = [model_doc(nlp, t.tokens[a:b]) for a, b in chunks]
    for (a, _), doc in zip(chunks, nlp.pipe(docs, batch_size=64)):
        for ent in doc.ents:
            out.append(NerSpan(a + ent.start, a + ent.end, ent.label_))
    return out
