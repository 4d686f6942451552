"""The statistical named-entity model: loading, and running it on our tokens.

The model (trained by `extract train-ner`, kept in `models/ner`) is a spaCy
pipeline that reads a `Doc` built from the pipeline's own tokens, with each
word normalized and folded as at training time (`extract.normalize.key`).
When the model is missing or cannot be loaded, `load()` returns None with a
reason, and the pipeline runs on its rules alone with a warning.
"""

from __future__ import annotations

import os
from contextlib import ExitStack, nullcontext
from pathlib import Path

from spacy.tokens import Doc

from .hits import NerSpan
from .ner_features import Features, feature_doc, gazetteer_tags
from .tokenize import Tokenized

# Installed from a wheel, the model is package data (`extract/models/ner`, copied
# there by setup.py's build step); in a checkout it is the top-level `models/ner`.
PACKAGED_MODEL = Path(__file__).resolve().parent / "models" / "ner"
CHECKOUT_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner"
DEFAULT_MODEL = PACKAGED_MODEL if (PACKAGED_MODEL / "meta.json").is_file() else CHECKOUT_MODEL
MODEL_ENV = "EXTRACT_NER_MODEL"


def model_path() -> Path:
    """`EXTRACT_NER_MODEL` if set, else the model shipped in the installed
    package, else the checkout's `models/ner`; whatever the working folder."""
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
    if getattr(nlp.vocab.vectors, "mode", None) == "floret":
        from .ner_vectors import CachedVectors

        nlp.vocab.vectors = CachedVectors(nlp.vocab.vectors)
    return nlp, None


def model_features(nlp) -> Features:
    """Which columns besides the word the model reads (`extract.ner_features`):
    the lexicons' tags (`LEMMA`), the stem (`TAG`).  Worked out once per
    model: spaCy rebuilds `nlp.config` on every access."""
    cached = getattr(nlp, "_extract_features", None)
    if cached is None:
        try:
            attrs = nlp.config["components"]["tok2vec"]["model"]["embed"].get("attrs", ())
        except (KeyError, AttributeError):
            attrs = ()
        cached = nlp._extract_features = Features(gazetteer="LEMMA" in attrs, stem="TAG" in attrs)
    return cached


def uses_gazetteer(nlp) -> bool:
    """Whether the model reads the lexicons' tags (`extract.ner_features`)."""
    return model_features(nlp).gazetteer


def model_doc(nlp, tokens, tags: list[str] | None = None) -> Doc:
    """A `Doc` over our tokens, spelled as the model was trained (folded keys),
    with the gazetteer tags and the stems when the model reads them."""
    features = model_features(nlp)
    if tags is None and features.gazetteer:
        tags = gazetteer_tags(tokens)
    return feature_doc(nlp.vocab, [tok.key or tok.norm for tok in tokens], [tok.space_after for tok in tokens],
                       features, tags)


class MemoryZone:
    """A spaCy memory zone renewed every `articles` articles.

    Every word the model reads enters its vocabulary; a batch over millions
    of articles would keep millions of names and numbers.  Inside a memory
    zone they are dropped when the zone closes.  One zone per article would
    rebuild the entries of common words for every article; one zone for many
    articles costs nothing and bounds the growth."""

    def __init__(self, nlp, articles: int = 256):
        self.nlp = nlp
        self.articles = articles
        self._stack: ExitStack | None = None
        self._count = 0

    def enter(self) -> None:
        """Call before each article: opens a fresh zone every `articles`."""
        if self._stack is None or self._count >= self.articles:
            self.close()
            self._stack = ExitStack()
            self._stack.enter_context(self.nlp.memory_zone())
            self._count = 0
        self._count += 1

    def close(self) -> None:
        if self._stack is not None:
            self._stack.close()
            self._stack = None


def run(nlp, t: Tokenized, zone: bool = True) -> list[NerSpan]:
    """Entity spans (token indices) found by the model, sentence by sentence
    in batches so that one huge article costs bounded memory.  With `zone`,
    the article's words leave the model's vocabulary when it is done (pass
    False when the caller keeps a `MemoryZone` open)."""
    if not t.tokens:
        return []
    with nlp.memory_zone() if zone else nullcontext():
        return _run(nlp, t)


def _prose(tokens, a: int, b: int) -> bool:
    """Whether tokens [a, b) read as Arabic prose, the only text the model
    learned from: at least a quarter of them Arabic words of two letters or
    more.  Numbers and signs (`1$ 1$ ...`), lone letters (`1 و 1 و ...`) and
    binary junk decoded as text are not worth the model's time; a real
    sentence, even one quoting English, passes."""
    words = sum(1 for tok in tokens[a:b] if tok.is_arabic and len(tok.norm) > 1)
    return words > 0 and 4 * words >= b - a


def _run(nlp, t: Tokenized) -> list[NerSpan]:
    out: list[NerSpan] = []
    chunks = []
    tokens = t.tokens
    for s in t.sentences:
        for a in range(s.first, s.last, 300):  # a sentence longer than 300 tokens is cut
            b = min(s.last, a + 300)
            if _prose(tokens, a, b):
                chunks.append((a, b))
    tags = gazetteer_tags(t.tokens) if uses_gazetteer(nlp) else None
    docs = (model_doc(nlp, tokens[a:b], tags[a:b] if tags is not None else None) for a, b in chunks)
    for (a, _), doc in zip(chunks, nlp.pipe(docs, batch_size=64)):
        for ent in doc.ents:
            out.append(NerSpan(a + ent.start, a + ent.end, ent.label_))
    return out
