"""Raw news text for the NER model's representations: the ANT corpus, spelled
as the model reads it.

`extract train-ner --news FILE.jsonl.gz` learns word vectors (and, with
`--pretrain-epochs`, the token-to-vector layer) from millions of words of
news.  The model reads the pipeline's tokens folded by `extract.normalize.key`
(`extract.ner.model_doc`), so the text is run through the same tokenizer and
the same folding here: the vectors' keys are the words the model sees.

Articles of the news gold set (`corpus/news/articles`) are left out, so that
the yardstick stays text the model has never read, even without labels.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterable, Iterator

from .tokenize import tokenize

GOLD_ARTICLES = Path(__file__).resolve().parent.parent / "corpus" / "news" / "articles"


def held_out_ids(folder: Path = GOLD_ARTICLES) -> frozenset[str]:
    """Ids of the news gold set's articles (their file names)."""
    return frozenset(p.stem for p in Path(folder).glob("*.txt")) if Path(folder).is_dir() else frozenset()


def read_articles(path: Path, exclude: frozenset[str] = frozenset(), limit: int = 0) -> Iterator[tuple[str, str]]:
    """(id, text) of a JSON Lines file (gzip or plain) with `id` and `text`
    fields; lines that are not such objects are skipped."""
    opener = gzip.open if str(path).endswith(".gz") else open
    n = 0
    with opener(path, "rt", encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                continue
            doc_id = str(obj.get("id", ""))
            if doc_id in exclude:
                continue
            yield doc_id, obj["text"]
            n += 1
            if limit and n >= limit:
                return


def sentences(text: str, max_tokens: int = 300) -> Iterator[list[str]]:
    """The article's sentences as lists of model words (folded keys), cut
    every `max_tokens` tokens as the model reads them (`extract.ner.run`)."""
    t = tokenize(text)
    toks = t.tokens
    for s in t.sentences:
        for a in range(s.first, s.last, max_tokens):
            words = [tok.key or tok.norm for tok in toks[a:min(s.last, a + max_tokens)]]
            if words:
                yield words


def write_text(articles: Iterable[tuple[str, str]], out: Path) -> tuple[int, int]:
    """One sentence per line, words separated by spaces (the input of floret
    and of `spacy pretrain`'s JSONL reader); returns (sentences, words)."""
    n_sent = n_words = 0
    with open(out, "w", encoding="utf-8") as f:
        for _, text in articles:
            for words in sentences(text):
                words = [w.replace(" ", "_") for w in words if not w.isspace()]
                if not words:
                    continue
                f.write(" ".join(words))
                f.write("\n")
                n_sent += 1
                n_words += len(words)
    return n_sent, n_words
