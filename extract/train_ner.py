"""`extract train-ner`: train the spaCy NER model from the corpora in ../shared/data/ner.

Reproducible: the data selection, the normalization (`extract.ner_data`), the
spaCy config (written next to the model as `config.cfg`) and the seed are all
fixed here.  Model selection uses the dev splits only; the test splits are
held back and never read.  The trained pipeline is written to `--out`
(default `models/ner`) with its training metadata in `meta.json`.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path

from spacy.tokens import DocBin, Span
from spacy.util import registry

from .ner_data import SOURCES, bio_to_spans, load, prepare, read_conll
from .ner_config import config_text, gold_tokens_reader, pretrain_config
from .ner_features import Features, feature_doc
from .spacy_doc import blank_vocab

registry.readers.register("extract.GoldTokens.v1", func=gold_tokens_reader)

TRAIN_SOURCES = ("newsfane", "wikifane", "wojood-sample")
# Newswire is what the pipeline reads: the news source is repeated so that the
# Wikipedia text (three times larger) does not drown it.
UPSAMPLE = {"newsfane": 3, "wikifane": 1, "wojood-sample": 2}
# The best model is selected on the newswire dev split: news is what the
# pipeline reads (every source's dev split is still scored in meta.json).
SELECT_SOURCES = ("newsfane",)
LABELS = ("PERSON", "ORG", "GPE", "LOC", "MISC")

LICENSES = {
    "newsfane": "CC BY-SA 3.0 (NewsFANE Gold, Alotaibi and Lee, COLING 2014)",
    "wikifane": "CC BY-SA 3.0 (WikiFANE Gold, Alotaibi and Lee, COLING 2014)",
    "wojood-sample": "MIT (Wojood public sample, SinaLab/ArabicNER, Jarrar et al., LREC 2022)",
    "anercorp": "CC BY-SA 4.0 (ANERcorp, Benajiba et al. 2007; CAMeL Lab split)",
    "aqmar": "CC BY-SA 3.0 (AQMAR, Mohit et al., EACL 2012)",
}

# Raw text for `spacy pretrain`: the words of every training split (labels
# unused).  ANERcorp is left out: its text is NewsFANE's.
PRETRAIN_SOURCES = ("newsfane", "wikifane", "wojood-sample", "aqmar")



# Labels a source cannot be trusted on: its spans of these labels are marked
# unknown (spaCy learns nothing from those tokens), the rest of it is used.
# AQMAR marks countries and cities LOC (no GPE) and its MISC are domain terms.
PARTIAL = {"aqmar": frozenset({"LOC", "MISC"})}


def to_docbin(data_dir: Path, names: tuple[str, ...], split: str, upsample: bool = False,
              features: Features = Features()) -> tuple[DocBin, int]:
    vocab = blank_vocab()
    db = DocBin(attrs=["ORTH", "NORM", "LEMMA", "TAG", "ENT_IOB", "ENT_TYPE"])
    n = 0
    for name in names:
        times = UPSAMPLE.get(name, 1) if upsample else 1
        unknown = PARTIAL.get(name, frozenset())
        source = replace(SOURCES[name], use_misc=True) if unknown else SOURCES[name]
        for raw in read_conll(data_dir / name / f"{split}.conll"):
            sent = prepare(raw, source)
            doc = make_doc(vocab, sent.words, features)
            spans = bio_to_spans(sent.labels)
            doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in spans if lab not in unknown],
                         missing=[Span(doc, s, e) for s, e, lab in spans if lab in unknown],
                         default="outside")
            for _ in range(times):
                db.add(doc)
                n += 1
    return db, n


def make_doc(vocab, words: list[str], features: Features = Features()):
    """A training `Doc` with the columns the model reads (`extract.ner_features`)."""
    return feature_doc(vocab, words, [True] * len(words), features)



@dataclass(frozen=True)
class Recipe:
    """Everything that decides the model besides the data: the options of
    `extract train-ner`, recorded in `meta.json` as the command that
    reproduces the model."""
    max_steps: int = 8000
    embed: str = "hash"
    width: int = 64
    depth: int = 2
    gazetteer: bool = False
    stem: bool = False  # the word without its conjunction and preposition, a second embedding
    norm_rows: int = 8000
    sources: tuple[str, ...] = TRAIN_SOURCES
    dropout: float = 0.15
    # Raw news (JSON Lines, `id` and `text`, gzip allowed) for the vectors and
    # for pretraining; without it pretraining reads the training splits' words.
    news: str | None = None
    vectors: str | None = None  # floret | words (extract.ner_vectors)
    vector_dim: int = 100
    vector_rows: int = 50000
    pretrain_epochs: int = 0
    pretrain_sentences: int = 0  # 0: every sentence of the news text
    silver: int = 0  # sentences of news labelled by the rules (extract.ner_silver) added to training

    @property
    def features(self) -> Features:
        return Features(gazetteer=self.gazetteer, stem=self.stem)

    def command(self, data: str = "../shared/data/ner", out: str = "models/ner") -> str:
        parts = [f"extract train-ner --data {data} --out {out}"]
        for f in fields(self):
            value, default = getattr(self, f.name), f.default
            if f.name == "max_steps" or value != default:
                flag = "--" + f.name.replace("_", "-")
                if value is True:
                    parts.append(flag)
                elif isinstance(value, tuple):
                    parts.append(f"{flag} {','.join(value)}")
                else:
                    parts.append(f"{flag} {value}")
        return " ".join(parts)


def raw_docbin(recipe: Recipe, data_dir: Path, news_text: Path | None) -> tuple[DocBin, int]:
    """The unlabelled sentences `spacy pretrain` reads: the news text when
    there is one (at most `pretrain_sentences` of it), else the words of the
    training splits."""
    db = DocBin(attrs=["ORTH", "NORM", "LEMMA", "TAG"])
    vocab = blank_vocab()
    n = 0
    if news_text is not None:
        with open(news_text, encoding="utf-8") as f:
            for line in f:
                words = line.split()
                if words:
                    db.add(make_doc(vocab, words, recipe.features))
                    n += 1
                    if recipe.pretrain_sentences and n >= recipe.pretrain_sentences:
                        break
        return db, n
    for name in PRETRAIN_SOURCES:
        if (data_dir / name / "train.conll").is_file():
            for sent in load(data_dir, name, "train"):
                db.add(make_doc(vocab, sent.words, recipe.features))
                n += 1
    return db, n


def pretrain_tok2vec(recipe: Recipe, data_dir: Path, cfg_text: str, tmp: Path,
                     news_text: Path | None, overrides: dict) -> Path:
    """`spacy pretrain` (characters objective); returns the weights to start
    the tok2vec layer from."""
    from spacy.cli.init_config import fill_config
    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    db, n = raw_docbin(recipe, data_dir, news_text)
    db.to_disk(tmp / "raw.spacy")
    cfg = tmp / "pretrain.cfg"
    cfg.write_text(pretrain_config(cfg_text, recipe.pretrain_epochs), encoding="utf-8")
    fill_config(cfg, cfg, pretraining=True, silent=True)
    print(f"train-ner: pretraining the token vectors on {n} sentences for {recipe.pretrain_epochs} epochs",
          file=sys.stderr)
    config = load_config(cfg, overrides={"paths.raw": str(tmp / "raw.spacy")} | overrides,
                         interpolate=False).interpolate()
    (tmp / "pretrain").mkdir()
    with _vectors_loaded(overrides.get("initialize.vectors")):
        pretrain(config, tmp / "pretrain", silent=False)
    return tmp / "pretrain" / "model-last.bin"


@contextmanager
def _vectors_loaded(vectors: str | None):
    """`spacy pretrain` builds the pipeline without its `[initialize]` step,
    so static vectors would be missing from the layer it pretrains: load them
    into the pipeline it builds."""
    import spacy.training.pretrain as sp
    from spacy.training.initialize import load_vectors_into_model

    if not vectors:
        yield
        return
    build = sp.load_model_from_config

    def with_vectors(*args, **kwargs):
        nlp = build(*args, **kwargs)
        load_vectors_into_model(nlp, vectors)
        return nlp

    sp.load_model_from_config = with_vectors
    try:
        yield
    finally:
        sp.load_model_from_config = build


WORDS_MODE_BUCKETS = 200_000


def news_vectors(recipe: Recipe, tmp: Path, steps: dict) -> tuple[Path, Path]:
    """The news text as the model reads it, and floret vectors learned from
    it; returns (text, vectors pipeline).  Times go to `steps`."""
    from .ner_corpus import held_out_ids, read_articles, write_text
    from .ner_vectors import train_floret, vectors_pipeline

    t0 = time.time()
    text = tmp / "news.txt"
    n_sent, n_words = write_text(read_articles(Path(recipe.news), held_out_ids()), text)
    steps["news_text"] = {"seconds": round(time.time() - t0), "sentences": n_sent, "words": n_words}
    print(f"train-ner: {n_sent} sentences, {n_words} words of news", file=sys.stderr)
    if not recipe.vectors:
        return text, None
    t0 = time.time()
    # In `words` mode the subword table is not shipped: it may be large.
    buckets = recipe.vector_rows if recipe.vectors == "floret" else WORDS_MODE_BUCKETS
    table = train_floret(text, tmp / "vectors.floret", dim=recipe.vector_dim, buckets=buckets)
    pipe = vectors_pipeline(table, tmp / "vectors", recipe.vectors, recipe.vector_rows,
                            name=f"ant_news_{recipe.vectors}_{recipe.vector_dim}", text=text)
    steps["vectors"] = {"seconds": round(time.time() - t0), "mode": recipe.vectors,
                        "dimensions": recipe.vector_dim, "rows": recipe.vector_rows}
    return text, pipe


SILVER_STRIDE = 7


def add_silver(db: DocBin, recipe: Recipe, steps: dict) -> int:
    """Add `recipe.silver` sentences of news labelled by the rules to `db`
    (the words the rules did not label are unknown, not "outside")."""
    from .ner_corpus import held_out_ids, read_articles
    from .ner_silver import silver_sentences
    from .pipeline import Pipeline

    t0 = time.time()
    vocab = blank_vocab()
    n = 0
    counts: dict[str, int] = {}
    # every SILVER_STRIDE-th article: the file is ordered by outlet and section
    articles = (a for i, a in enumerate(read_articles(Path(recipe.news), held_out_ids())) if i % SILVER_STRIDE == 0)
    for words, spans in silver_sentences(articles, Pipeline(ner_model=False)):
        doc = make_doc(vocab, words, recipe.features)
        doc.set_ents([Span(doc, a, b, label=lab) for a, b, lab in spans], default="missing")
        for *_, lab in spans:
            counts[lab] = counts.get(lab, 0) + 1
        db.add(doc)
        n += 1
        if n >= recipe.silver:
            break
    steps["silver"] = {"seconds": round(time.time() - t0), "sentences": n, "entities": counts}
    print(f"train-ner: {n} silver sentences ({counts})", file=sys.stderr)
    return n


def train(data_dir: Path, out: Path, recipe: Recipe = Recipe()) -> dict:
    """Train and write the model to `out`; returns the metadata written."""
    from spacy.cli.train import train as spacy_train

    data_dir = Path(data_dir).resolve()
    out = Path(out)
    unknown = [n for n in recipe.sources if n not in LICENSES]
    if unknown:
        raise ValueError(f"unknown training source(s): {', '.join(unknown)} (known: {', '.join(LICENSES)})")
    if (recipe.vectors or recipe.silver) and not recipe.news:
        raise ValueError("vectors and silver data come from news text: give --news FILE.jsonl.gz")
    started = time.time()
    steps: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        news_text, vectors = news_vectors(recipe, tmp, steps) if recipe.news else (None, None)
        train_db, n_train = to_docbin(data_dir, recipe.sources, "train", upsample=True, features=recipe.features)
        if recipe.silver:
            n_train += add_silver(train_db, recipe, steps)
        dev_db, n_dev = to_docbin(data_dir, SELECT_SOURCES, "dev", features=recipe.features)
        train_db.to_disk(tmp / "train.spacy")
        dev_db.to_disk(tmp / "dev.spacy")
        cfg = tmp / "config.cfg"
        cfg.write_text(config_text(recipe.embed, recipe.width, recipe.depth, recipe.gazetteer, recipe.norm_rows,
                                   recipe.dropout, vectors=vectors is not None, stem=recipe.stem), encoding="utf-8")
        overrides = {"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy"),
                     "training.max_steps": recipe.max_steps}
        if vectors is not None:
            overrides["initialize.vectors"] = str(vectors)
        if recipe.pretrain_epochs:
            t0 = time.time()
            weights = pretrain_tok2vec(recipe, data_dir, cfg.read_text(encoding="utf-8"), tmp, news_text,
                                       {k: v for k, v in overrides.items() if k.startswith("initialize.")})
            steps["pretraining"] = {"seconds": round(time.time() - t0), "epochs": recipe.pretrain_epochs}
            # spaCy loads init_tok2vec only when the config has its [pretraining] block
            cfg = tmp / "pretrain.cfg"
            overrides["initialize.init_tok2vec"] = str(weights)
            overrides["paths.raw"] = str(tmp / "raw.spacy")
        print(f"train-ner: {n_train} training sentences from {', '.join(recipe.sources)}; "
              f"{n_dev} dev sentences", file=sys.stderr)
        t0 = time.time()
        spacy_train(cfg, tmp / "output", overrides=overrides)
        steps["ner"] = {"seconds": round(time.time() - t0), "max_steps": recipe.max_steps}
        best = tmp / "output" / "model-best"
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(best, out)
        shutil.copy(cfg, out / "training-config.cfg")
    return write_meta(out, data_dir, recipe.command(), round(time.time() - started), recipe.sources,
                      steps=steps, news=recipe.news)


# The raw news the vectors and pretraining learn from (`--news`): its licence
# and the citation it asks of any model trained on it.
NEWS_CORPUS = {
    "name": "ANT corpus v2.1 (multi-source), antcorpus/antcorpus.multisource.data",
    "license": "Apache 2.0, with the corpus's citation licence",
    "cite": "A. Chouigui, O. Ben Khiroun, B. Elayeb. ANT Corpus: An Arabic News Text Collection for "
            "Textual Classification. AICCSA 2017, pp. 135-142; antcorpus.github.io",
    "held_out": "the 36 articles of the news gold set (corpus/news/articles)",
}


def write_meta(out: Path, data_dir: Path, command: str, seconds: int | None,
               sources: tuple[str, ...] = TRAIN_SOURCES, steps: dict | None = None,
               news: str | None = None) -> dict:
    """Add the training record to the model's meta.json: sources and their
    licenses, the raw news text and its citation, the command, the time of
    each step, and the strict scores on every source's dev split."""
    from . import ner
    from .ner_eval import evaluate_conll

    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    nlp, reason = ner.load(out)
    dev_scores = {}
    if nlp is not None:
        for name in available_sources(data_dir):
            scores = evaluate_conll(nlp, data_dir / name / "dev.conll", name).as_dict()
            dev_scores[name] = {lab: v["strict"] | {"partial_f1": v["partial"]["f1"], "gold": v["gold"]}
                                for lab, v in scores["labels"].items()}
    meta.update({
        "name": "ar_news_ner",
        "description": "Arabic NER (PERSON, ORG, GPE, LOC, MISC) for the news extraction pipeline; "
                       "input: the pipeline's tokens, normalized and folded by extract.normalize.key",
        "license": model_license(sources) + ("; vectors and pretraining: unlabelled text of the ANT corpus "
                                              "(Apache 2.0, citation licence: see raw_text)" if news else ""),
        "sources": [{"name": n, "license": LICENSES[n], "split": "train", "repeated": UPSAMPLE.get(n, 1)}
                    for n in sources],
        "training_command": command,
        "selected_on": [f"{n}/dev.conll" for n in SELECT_SOURCES],
        "training_seconds": seconds,
        "training_steps": steps or {},
        "raw_text": NEWS_CORPUS | {"file": Path(news).name} if news else None,
        "dev_scores_strict": dev_scores,
    })
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "NOTICE.md").write_text(notice(meta), encoding="utf-8")
    return meta


def notice(meta: dict) -> str:
    """The model's notice, apart from the code's license: what it was
    trained on, under which licenses, and the citations its data asks for."""
    lines = ["# NER model notice", "",
             "This model (the files of this folder) is not under the project's code license (MIT). "
             "It is derived from its training data and distributed under:", "",
             f"    {meta['license']}", "", "## Annotated training data", ""]
    lines += [f"- `{s['name']}` ({s['split']} split): {s['license']}" for s in meta["sources"]]
    raw = meta.get("raw_text")
    if raw:
        lines += ["", "## Unlabelled text (vectors, pretraining, silver sentences)", "",
                  f"{raw['name']}, {raw['license']}. Held out: {raw['held_out']}. As the corpus's licence asks, "
                  "material produced with it cites:", "", f"* {raw['cite']}"]
    lines += ["", f"Reproduce: `{meta['training_command']}`", ""]
    return "\n".join(lines)


def model_license(sources) -> str:
    """The model derives from its training data: ShareAlike carries over
    (CC BY-SA 3.0 data may be adapted under 4.0, not the reverse)."""
    version = "4.0" if any("4.0" in LICENSES[n] for n in sources) else "3.0"
    return f"CC BY-SA {version} (trained on: " + "; ".join(LICENSES[n] for n in sources) + ")"


def available_sources(data_dir: Path) -> list[str]:
    return [n for n in SOURCES if (Path(data_dir) / n / "dev.conll").is_file()]
