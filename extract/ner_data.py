"""Arabic NER corpora (CoNLL, `TOKEN<TAB>BIO-LABEL`) to spaCy training docs.

The corpora in ../shared/data/ner differ from raw news in two ways that the
model must not learn:

- NewsFANE and WikiFANE are clitic-segmented (`و قال`, `عاصمة ها`); the
  pipeline's tokenizer never splits clitics, so the segments are glued back
  (`وقال`, `عاصمتها`: a teh marbuta before a suffix becomes teh again), and a
  token keeps the label of its stem.  Their `لالاتحاد` spelling becomes
  `للاتحاد`.
- Spelling: every token goes through the pipeline's own normalization and
  lookup-key folding (`extract.normalize.key`), as the pipeline does at run
  time, so hamza-less FANE text and hamzated ANERcorp text look the same.

Labels: PER → PERSON; ORG, GPE, LOC, MISC kept.  Sources without GPE
(ANERcorp, AQMAR) mark countries and cities as LOC; `SOURCES` says how each
source is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .lang.ar.clitics import (
    CONJUNCTIONS, LAM_FULL_ARTICLE, PREPOSITIONS, PRONOUN_SUFFIXES, TEH, TEH_MARBUTA,
)
from .lang.ar.letters import FIRST_LETTER, LAST_LETTER
from .lang.ar.morph import ARTICLE_AFTER_LAM
from .normalize import key

PROCLITICS = frozenset(CONJUNCTIONS + PREPOSITIONS)
SUFFIXES = frozenset(PRONOUN_SUFFIXES)
LABEL_MAP = {"PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "MISC": "MISC"}


@dataclass(frozen=True)
class Source:
    name: str
    segmented: bool  # clitics split off and spelling normalized (FANE)
    has_gpe: bool
    use_misc: bool


SOURCES = {
    "newsfane": Source("newsfane", segmented=True, has_gpe=True, use_misc=True),
    "wikifane": Source("wikifane", segmented=True, has_gpe=True, use_misc=True),
    "wojood-sample": Source("wojood-sample", segmented=False, has_gpe=True, use_misc=True),
    # Same text as newsfane, and no GPE: used for evaluation (newswire dev), not training.
    "anercorp": Source("anercorp", segmented=False, has_gpe=False, use_misc=True),
    # No GPE, and its MISC are domain terms (elements, software), not news MISC.
    "aqmar": Source("aqmar", segmented=False, has_gpe=False, use_misc=False),
}


@dataclass
class Sentence:
    words: list[str]
    labels: list[str]  # BIO with our label names


def read_conll(path: Path) -> Iterator[Sentence]:
    words: list[str] = []
    labels: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield Sentence(words, labels)
                    words, labels = [], []
                continue
            token, _, label = line.rpartition("\t")
            if not token:
                continue
            words.append(token)
            labels.append(_map_label(label))
    if words:
        yield Sentence(words, labels)


def _map_label(label: str) -> str:
    if label == "O" or "-" not in label:
        return "O"
    bio, _, kind = label.partition("-")
    return f"{bio}-{LABEL_MAP.get(kind, kind)}"


def _is_word(token: str) -> bool:
    return any(FIRST_LETTER <= c <= LAST_LETTER for c in token)


def rejoin_clitics(sent: Sentence) -> Sentence:
    """Glue FANE's separated proclitics and pronoun suffixes back on."""
    words: list[str] = []
    labels: list[str] = []
    pending = ""  # proclitics waiting for their word
    pending_label = "O"
    for w, lab in zip(sent.words, sent.labels):
        if w in PROCLITICS and _is_word(w):
            pending += w
            if pending_label == "O":
                pending_label = lab
            continue
        if pending:
            if _is_word(w):
                w = pending + w
                lab = lab if lab != "O" or pending_label == "O" else pending_label
            else:  # a proclitic before a number or punctuation stays a token
                words.append(pending)
                labels.append(pending_label)
            pending, pending_label = "", "O"
        if w in SUFFIXES and words and _is_word(words[-1]):
            prev = words[-1]
            if prev.endswith(TEH_MARBUTA):
                prev = prev[:-1] + TEH
            words[-1] = prev + w
            continue
        if w.startswith(LAM_FULL_ARTICLE) and len(w) > 4:
            w = ARTICLE_AFTER_LAM + w[len(LAM_FULL_ARTICLE):]
        words.append(w)
        labels.append(lab)
    if pending:
        words.append(pending)
        labels.append(pending_label)
    return Sentence(words, _repair_bio(labels))


def _repair_bio(labels: list[str]) -> list[str]:
    """I- after O or after another type becomes B-."""
    out = []
    prev = "O"
    for lab in labels:
        if lab.startswith("I-") and (prev == "O" or prev[2:] != lab[2:]):
            lab = "B-" + lab[2:]
        out.append(lab)
        prev = lab
    return out


def prepare(sent: Sentence, source: Source) -> Sentence:
    if source.segmented:
        sent = rejoin_clitics(sent)
    labels = sent.labels
    if not source.use_misc:
        labels = ["O" if lab.endswith("-MISC") else lab for lab in labels]
    words = [key(w) or w for w in sent.words]
    return Sentence(words, _repair_bio(labels))


def load(data_dir: Path, name: str, split: str) -> list[Sentence]:
    source = SOURCES[name]
    return [prepare(s, source) for s in read_conll(Path(data_dir) / name / f"{split}.conll")]


def bio_to_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """BIO labels to (first, last_exclusive, label) token spans."""
    spans = []
    start = None
    kind = None
    for i, lab in enumerate(labels + ["O"]):
        if lab.startswith("B-") or lab == "O" or (lab.startswith("I-") and lab[2:] != kind):
            if start is not None:
                spans.append((start, i, kind))
                start, kind = None, None
            if lab.startswith("B-") or lab.startswith("I-"):
                start, kind = i, lab[2:]
    return spans
