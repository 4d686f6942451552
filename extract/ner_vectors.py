"""Word vectors for the NER model, learned from raw news (`extract.ner_corpus`).

floret (fastText with hashed subwords, https://github.com/explosion/floret)
learns vectors from the corpus on the CPU.  They reach the model in one of two
forms, chosen by `extract train-ner --vectors`:

- `floret`: the hashed subword table as it is (`--vector-rows` buckets); every
  word, seen or not, gets a vector from its character n-grams, looked up at
  run time.
- `words`: the vectors of the `--vector-rows` most frequent words, worked out
  once from the floret table (subwords included) and stored as an ordinary
  spaCy table; a word outside it has no vector (its hash embeddings still
  describe it).  Faster at run time: one table lookup per word.

Both are stored with the model (`models/ner/vocab`), so nothing is fetched at
run time.  floret is needed only to train (`pip install floret`).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from spacy.vectors import BaseVectors

MODES = ("floret", "words")


def train_floret(text: Path, out: Path, dim: int = 100, buckets: int = 50000, epochs: int = 5,
                 threads: int = 2, min_count: int = 3):
    """Train floret vectors (CBOW, character 3- to 5-grams, two hashes per
    n-gram) on `text` (one sentence per line, words separated by spaces);
    writes `out` (the `.floret` table spaCy reads).  With more than one
    thread the result differs slightly from run to run (fastText's lock-free
    updates); one thread is reproducible and slower."""
    try:
        import floret
    except ImportError as e:  # only training needs it
        raise RuntimeError("training vectors needs the floret package: pip install floret") from e
    started = time.time()
    model = floret.train_unsupervised(
        str(text), model="cbow", dim=dim, minCount=min_count, minn=3, maxn=5, neg=10, epoch=epochs,
        mode="floret", hashCount=2, bucket=buckets, thread=threads, verbose=0)
    model.save_floret_vectors(str(out))
    print(f"train-ner: floret vectors ({dim} dimensions, {buckets} buckets, {len(model.words)} words "
          f"seen at least {min_count} times) in {time.time() - started:.0f} s", file=sys.stderr)
    return out


def frequent_words(text: Path, rows: int) -> list[str]:
    """The `rows` most frequent words of the text (ties in order of first
    appearance: the same list on every run)."""
    counts: Counter[str] = Counter()
    with open(text, encoding="utf-8") as f:
        for line in f:
            counts.update(line.split())
    return [w for w, _ in counts.most_common(rows)]


def vectors_pipeline(floret_table: Path, out: Path, mode: str, rows: int, name: str,
                     text: Path | None = None) -> Path:
    """A blank Arabic pipeline holding the vectors (`[initialize] vectors`
    of the training config points at it).  `words` mode keeps the floret
    vectors of the `rows` most frequent words of `text`."""
    import spacy
    from spacy.training.initialize import convert_vectors
    from spacy.vectors import Vectors

    if mode not in MODES:
        raise ValueError(f"unknown vectors mode {mode!r} (known: {', '.join(MODES)})")
    nlp = spacy.blank("ar")
    convert_vectors(nlp, floret_table, truncate=0, prune=-1, name=name, mode="floret")
    if mode == "words":
        if text is None:
            raise ValueError("the words mode needs the text to count the words in")
        words = frequent_words(text, rows)
        keys = [nlp.vocab.strings.add(w) for w in words]
        data = nlp.vocab.vectors.get_batch(keys)
        for w in words:
            nlp.vocab[w]
        nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=keys, name=name)
    nlp.to_disk(out)
    return out


class CachedVectors(BaseVectors):
    """floret vectors with each word's vector worked out once.

    spaCy's floret table hashes every character n-gram of every token on
    every call (half the model's time on the seed article); a word's vector
    never changes, so the vectors of the words met are kept in a table of
    `capacity` rows, allocated and filled once (a constant footprint: when
    it is full it starts again from empty).  Everything else is the wrapped
    table's.  Installed by `extract.ner.load` on a model with floret vectors;
    training never sees it."""

    def __init__(self, vectors, capacity: int = 50_000):
        super().__init__(strings=vectors.strings)
        self._wrapped = vectors
        self.capacity = capacity
        self._table = np.full((capacity, vectors.shape[1]), 0.0, dtype=np.float32)
        self._rows: dict[int, int] = {}

    def __getattr__(self, name):
        return getattr(self._wrapped, name)

    def __contains__(self, key):
        return key in self._wrapped

    def __getitem__(self, key):
        return self._wrapped[key]

    def __len__(self):
        return len(self._wrapped)

    @property
    def shape(self):
        return self._wrapped.shape

    @property
    def size(self):
        return self._wrapped.size

    @property
    def vectors_length(self):
        return self._wrapped.vectors_length

    def is_full(self):
        return self._wrapped.is_full

    def get_batch(self, keys):
        keys = np.asarray(keys, dtype=np.uint64)
        unique, inverse = np.unique(keys, return_inverse=True)
        if len(unique) > self.capacity:
            return self._wrapped.get_batch(keys)
        rows = self._rows
        found = [rows.get(k) for k in unique.tolist()]
        missing = [i for i, r in enumerate(found) if r is None]
        if missing:
            if len(rows) + len(missing) > self.capacity:
                rows.clear()
                missing = list(range(len(unique)))
            first = len(rows)
            self._table[first:first + len(missing)] = self._wrapped.get_batch(unique[missing])
            for n, i in enumerate(missing):
                rows[int(unique[i])] = found[i] = first + n
        return self._table[np.asarray(found, dtype=np.int64)[inverse.reshape(-1)]]
