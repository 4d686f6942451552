"""`extract eval-ner FILE.conll`: per-label precision, recall and F1 of the NER model.

The file's sentences are prepared as for training (`extract.ner_data`: the
source's clitic and spelling quirks bridged to the pipeline's own), run
through the model, and compared span by span:

- strict: same first token, same last token, same label;
- partial: the spans overlap and have the same label (each gold span and each
  predicted span is used once).

For sources without a GPE class (ANERcorp, AQMAR), `--merge-gpe` scores
GPE as LOC on both sides.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path


from .ner import model_features
from .ner_data import SOURCES, Source, bio_to_spans, prepare, read_conll
from .ner_features import feature_doc


@dataclass
class LabelScore:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    partial: int = 0

    def prf(self, kind: str) -> tuple[float, float, float]:
        tp = self.strict if kind == "strict" else self.partial
        p = tp / self.pred if self.pred else 0.0
        r = tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class NerScores:
    labels: dict[str, LabelScore] = field(default_factory=lambda: defaultdict(LabelScore))
    sentences: int = 0
    tokens: int = 0

    @property
    def total(self) -> LabelScore:
        t = LabelScore()
        for s in self.labels.values():
            t.gold += s.gold
            t.pred += s.pred
            t.strict += s.strict
            t.partial += s.partial
        return t

    def as_dict(self) -> dict:
        out = {}
        for name, s in [*sorted(self.labels.items()), ("ALL", self.total)]:
            sp, sr, sf = s.prf("strict")
            pp, pr, pf = s.prf("partial")
            out[name] = {"gold": s.gold, "predicted": s.pred,
                         "strict": {"precision": round(sp, 4), "recall": round(sr, 4), "f1": round(sf, 4)},
                         "partial": {"precision": round(pp, 4), "recall": round(pr, 4), "f1": round(pf, 4)}}
        return {"sentences": self.sentences, "tokens": self.tokens, "labels": out}

    def table(self) -> str:
        lines = [f"{self.sentences} sentences, {self.tokens} tokens", "",
                 f"{'label':<8}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'pP':>8}{'pR':>8}{'pF1':>8}",
                 "(P R F1: strict span match; pP pR pF1: partial, overlapping spans)"]
        for name, s in [*sorted(self.labels.items()), ("ALL", self.total)]:
            sp, sr, sf = s.prf("strict")
            pp, pr, pf = s.prf("partial")
            lines.append(f"{name:<8}{s.gold:>6}{s.pred:>6}{sp:>8.3f}{sr:>8.3f}{sf:>8.3f}{pp:>8.3f}{pr:>8.3f}{pf:>8.3f}")
        return "\n".join(lines)


def source_for(path: Path, name: str | None) -> Source:
    if name:
        return SOURCES[name]
    parent = Path(path).resolve().parent.name
    return SOURCES.get(parent, Source("raw", segmented=False, has_gpe=True, use_misc=True))


def evaluate_conll(nlp, path: Path, source: str | None = None, merge_gpe: bool | None = None) -> NerScores:
    src = source_for(path, source)
    merge = (not src.has_gpe) if merge_gpe is None else merge_gpe
    scores = NerScores()
    sents = [prepare(s, src) for s in read_conll(Path(path))]
    features = model_features(nlp)
    docs = [feature_doc(nlp.vocab, s.words, [True] * len(s.words), features) for s in sents]
    for sent, doc in zip(sents, nlp.pipe(docs, batch_size=128)):
        scores.sentences += 1
        scores.tokens += len(sent.words)
        gold = [(a, b, _lab(lab, merge)) for a, b, lab in bio_to_spans(sent.labels)]
        if not src.use_misc:
            gold = [g for g in gold if g[2] != "MISC"]
        pred = [(e.start, e.end, _lab(e.label_, merge)) for e in doc.ents]
        if not src.use_misc:
            pred = [p for p in pred if p[2] != "MISC"]
        _score(gold, pred, scores)
    return scores


def _lab(label: str, merge_gpe: bool) -> str:
    return "LOC" if merge_gpe and label == "GPE" else label


def _score(gold: list, pred: list, scores: NerScores) -> None:
    for g in gold:
        scores.labels[g[2]].gold += 1
    for p in pred:
        scores.labels[p[2]].pred += 1
    gset = set(gold)
    for p in pred:
        if p in gset:
            scores.labels[p[2]].strict += 1
    used: set[int] = set()
    for p in pred:
        for gi, g in enumerate(gold):
            if gi not in used and g[2] == p[2] and g[0] < p[1] and p[0] < g[1]:
                used.add(gi)
                scores.labels[p[2]].partial += 1
                break
