"""Silver training data for the NER model: the rules' own findings on raw news.

The pipeline's high-precision rules (people after a title, organizations by
their heads and the known-organization lists, countries by name) run without
the model over news articles, and each sentence where they find something
becomes a training sentence: the words they cover carry PERSON, ORG or GPE,
every other word is left *unknown* (spaCy learns nothing from it), because
the rules miss names and a missed name must not be taught as "not a name".
Nationality adjectives are left unknown too: the corpora do not agree on them.

`extract train-ner --silver N` adds N such sentences to the gold training
data; the dev split decides whether they stay (see the README's table).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable, Iterator

from .tokenize import Tokenized


def token_range(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Indices [a, b) of the tokens overlapping raw offsets [start, end)."""
    return bisect_right(ends, start), bisect_left(starts, end)


def labelled_spans(t: Tokenized, article) -> list[tuple[int, int, str]]:
    """(first token, last token, label) of every rule finding, longest first
    kept where two overlap."""
    starts = [tok.start for tok in t.tokens]
    ends = [tok.end for tok in t.tokens]
    found = []
    for label, records in (("PERSON", article.people), ("ORG", article.organizations)):
        for rec in records:
            for m in rec.mentions:
                found.append((*token_range(starts, ends, m.start, m.end), label))
    for country in article.countries:
        for m in country.mentions:
            if m.form in ("name", "city"):
                found.append((*token_range(starts, ends, m.start, m.end), "GPE"))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, str]] = []
    for a, b, label in found:
        if b > a and (not kept or a >= kept[-1][1]):
            kept.append((a, b, label))
    return kept


def silver_sentences(articles: Iterable[tuple[str, str]], pipeline, max_tokens: int = 300
                     ) -> Iterator[tuple[list[str], list[tuple[int, int, str]]]]:
    """(model words, spans over them) of every sentence where the rules found
    an entity; `pipeline` runs on rules alone (`Pipeline(ner_model=False)`)."""
    for doc_id, text in articles:
        article = pipeline.extract(text, id=doc_id)
        t = pipeline.analyze(text)
        spans = labelled_spans(t, article)
        if not spans:
            continue
        j = 0
        for s in t.sentences:
            for a in range(s.first, s.last, max_tokens):
                b = min(s.last, a + max_tokens)
                while j < len(spans) and spans[j][0] < a:
                    j += 1
                inside = []
                k = j
                while k < len(spans) and spans[k][1] <= b:
                    inside.append((spans[k][0] - a, spans[k][1] - a, spans[k][2]))
                    k += 1
                if inside:
                    yield [tok.key or tok.norm for tok in t.tokens[a:b]], inside
