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
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span

from .ner_data import SOURCES, bio_to_spans, load, prepare, read_conll
from .ner_features import gazetteer_tags, word_tokens
from .spacy_doc import blank_vocab

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

# The optimizer of training and of pretraining.
ADAM = """@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001
"""

CONFIG = """
[paths]
train = null
dev = null

[system]
gpu_allocator = null
seed = 0

[nlp]
lang = "ar"
pipeline = ["tok2vec","ner"]
batch_size = 1000

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

EMBED

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = WIDTH
depth = DEPTH
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${components.tok2vec.model.encode.width}

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${paths.train}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${paths.dev}
max_length = 0

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${system.seed}
gpu_allocator = ${system.gpu_allocator}
dropout = DROPOUT
accumulate_gradient = 1
patience = 3000
max_epochs = 0
max_steps = 12000
eval_frequency = 500
frozen_components = []
annotating_components = []
before_to_disk = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
ADAM
[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = null
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


EMBEDS = {
    # hash embeddings of the word and its first and last characters
    "hash": """[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = ${components.tok2vec.model.encode.width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"GAZ_ATTR]
rows = [NORM_ROWS,2000,4000,1000GAZ_ROWS]
include_static_vectors = false
""",
    # a word embedding plus character embeddings of the word's first and last
    # UTF-8 bytes (16 bytes: 4 Arabic letters from each end)
    "char": """[components.tok2vec.model.embed]
@architectures = "spacy.CharacterEmbed.v2"
width = ${components.tok2vec.model.encode.width}
rows = NORM_ROWS
nM = 64
nC = 16
include_static_vectors = false
""",
}


PRETRAINING = """
[corpora.pretrain]
@readers = "spacy.Corpus.v1"
path = ${paths.raw}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[pretraining]
max_epochs = EPOCHS
dropout = 0.2
n_save_every = null
n_save_epoch = null
component = "tok2vec"
layer = ""
corpus = "corpora.pretrain"

[pretraining.batcher]
@batchers = "spacy.batch_by_words.v1"
size = 3000
discard_oversize = false
tolerance = 0.2
get_length = null

[pretraining.objective]
@architectures = "spacy.PretrainCharacters.v1"
maxout_pieces = 3
hidden_size = 300
n_characters = 4

[pretraining.optimizer]
ADAM
"""
# Raw text for `spacy pretrain`: the words of every training split (labels
# unused).  ANERcorp is left out: its text is NewsFANE's.
PRETRAIN_SOURCES = ("newsfane", "wikifane", "wojood-sample", "aqmar")


def config_text(embed: str = "hash", width: int = 64, depth: int = 2, gazetteer: bool = False,
                norm_rows: int = 8000, dropout: float = 0.15) -> str:
    """The spaCy training config.  `gazetteer`: the words' lexicon tags
    (`extract.ner_features`, kept in the LEMMA column) are a feature."""
    if gazetteer and embed != "hash":
        raise ValueError("the gazetteer feature needs the hash embeddings")
    text = CONFIG.replace("EMBED\n", EMBEDS[embed]).replace("ADAM\n", ADAM)
    text = text.replace("WIDTH", str(width)).replace("DEPTH", str(depth)).replace("NORM_ROWS", str(norm_rows))
    text = text.replace("DROPOUT", str(dropout))
    return text.replace("GAZ_ATTR", ',"LEMMA"' if gazetteer else "").replace("GAZ_ROWS", ",50" if gazetteer else "")


# Labels a source cannot be trusted on: its spans of these labels are marked
# unknown (spaCy learns nothing from those tokens), the rest of it is used.
# AQMAR marks countries and cities LOC (no GPE) and its MISC are domain terms.
PARTIAL = {"aqmar": frozenset({"LOC", "MISC"})}


def to_docbin(data_dir: Path, names: tuple[str, ...], split: str, upsample: bool = False,
              gazetteer: bool = False) -> tuple[DocBin, int]:
    vocab = blank_vocab()
    db = DocBin(attrs=["ORTH", "NORM", "LEMMA", "ENT_IOB", "ENT_TYPE"])
    n = 0
    for name in names:
        times = UPSAMPLE.get(name, 1) if upsample else 1
        unknown = PARTIAL.get(name, frozenset())
        source = replace(SOURCES[name], use_misc=True) if unknown else SOURCES[name]
        for raw in read_conll(data_dir / name / f"{split}.conll"):
            sent = prepare(raw, source)
            doc = make_doc(vocab, sent.words, gazetteer)
            spans = bio_to_spans(sent.labels)
            doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in spans if lab not in unknown],
                         missing=[Span(doc, s, e) for s, e, lab in spans if lab in unknown],
                         default="outside")
            for _ in range(times):
                db.add(doc)
                n += 1
    return db, n


def make_doc(vocab, words: list[str], gazetteer: bool = False) -> Doc:
    """A training `Doc`; with `gazetteer`, the lexicons' tags in its LEMMA column."""
    return Doc(vocab, words=words, spaces=[True] * len(words),
               lemmas=gazetteer_tags(word_tokens(words)) if gazetteer else None)


def pretrain_config(cfg: str, epochs: int) -> str:
    text = cfg.replace("[pretraining]\n", "").replace("[paths]\n", "[paths]\nraw = null\n")
    return text + PRETRAINING.replace("EPOCHS", str(epochs)).replace("ADAM\n", ADAM)


def pretrain_tok2vec(data_dir: Path, cfg_text: str, epochs: int, tmp: Path, gazetteer: bool = False) -> Path:
    """`spacy pretrain` (characters objective) on the raw words of the training
    splits; returns the weights to start the tok2vec layer from."""
    from spacy.cli.init_config import fill_config
    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    db = DocBin(attrs=["ORTH", "NORM", "LEMMA"])
    vocab = blank_vocab()
    n = 0
    for name in PRETRAIN_SOURCES:
        if (data_dir / name / "train.conll").is_file():
            for sent in load(data_dir, name, "train"):
                db.add(make_doc(vocab, sent.words, gazetteer))
                n += 1
    db.to_disk(tmp / "raw.spacy")
    cfg = tmp / "pretrain.cfg"
    cfg.write_text(pretrain_config(cfg_text, epochs), encoding="utf-8")
    fill_config(cfg, cfg, pretraining=True, silent=True)
    print(f"train-ner: pretraining the token vectors on {n} sentences for {epochs} epochs", file=sys.stderr)
    config = load_config(cfg, overrides={"paths.raw": str(tmp / "raw.spacy")}, interpolate=False).interpolate()
    (tmp / "pretrain").mkdir()
    pretrain(config, tmp / "pretrain", silent=False)
    return tmp / "pretrain" / "model-last.bin"


def train(data_dir: Path, out: Path, max_steps: int = 8000, embed: str = "hash", width: int = 64,
          depth: int = 2, gazetteer: bool = False, pretrain_epochs: int = 0, norm_rows: int = 8000,
          sources: tuple[str, ...] = TRAIN_SOURCES, dropout: float = 0.15) -> dict:
    """Train and write the model to `out`; returns the metadata written."""
    from spacy.cli.train import train as spacy_train

    data_dir = Path(data_dir).resolve()
    out = Path(out)
    unknown = [n for n in sources if n not in LICENSES]
    if unknown:
        raise ValueError(f"unknown training source(s): {', '.join(unknown)} (known: {', '.join(LICENSES)})")
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        train_db, n_train = to_docbin(data_dir, sources, "train", upsample=True, gazetteer=gazetteer)
        dev_db, n_dev = to_docbin(data_dir, SELECT_SOURCES, "dev", gazetteer=gazetteer)
        train_db.to_disk(tmp / "train.spacy")
        dev_db.to_disk(tmp / "dev.spacy")
        cfg = tmp / "config.cfg"
        cfg.write_text(config_text(embed, width, depth, gazetteer, norm_rows, dropout), encoding="utf-8")
        overrides = {"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy"),
                     "training.max_steps": max_steps}
        if pretrain_epochs:
            weights = pretrain_tok2vec(data_dir, cfg.read_text(encoding="utf-8"), pretrain_epochs, tmp, gazetteer)
            # spaCy loads init_tok2vec only when the config has its [pretraining] block
            cfg = tmp / "pretrain.cfg"
            overrides["initialize.init_tok2vec"] = str(weights)
            overrides["paths.raw"] = str(tmp / "raw.spacy")
        print(f"train-ner: {n_train} training sentences from {', '.join(sources)}; "
              f"{n_dev} dev sentences", file=sys.stderr)
        spacy_train(cfg, tmp / "output", overrides=overrides)
        best = tmp / "output" / "model-best"
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(best, out)
        shutil.copy(cfg, out / "training-config.cfg")
    command = (f"extract train-ner --data ../shared/data/ner --out models/ner --max-steps {max_steps} "
               f"--embed {embed} --width {width} --depth {depth} --norm-rows {norm_rows}"
               + (" --gazetteer" if gazetteer else "")
               + (f" --pretrain-epochs {pretrain_epochs}" if pretrain_epochs else "")
               + (f" --sources {','.join(sources)}" if tuple(sources) != TRAIN_SOURCES else "")
               + (f" --dropout {dropout}" if dropout != 0.15 else ""))
    return write_meta(out, data_dir, command, round(time.time() - started), sources)


def write_meta(out: Path, data_dir: Path, command: str, seconds: int | None,
               sources: tuple[str, ...] = TRAIN_SOURCES, dropout: float = 0.15) -> dict:
    """Add the training record to the model's meta.json: sources and their
    licenses, the command, and the strict scores on every source's dev split."""
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
        "license": model_license(sources),
        "sources": [{"name": n, "license": LICENSES[n], "split": "train", "repeated": UPSAMPLE.get(n, 1)}
                    for n in sources],
        "training_command": command,
        "selected_on": [f"{n}/dev.conll" for n in SELECT_SOURCES],
        "training_seconds": seconds,
        "dev_scores_strict": dev_scores,
    })
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return meta


def model_license(sources) -> str:
    """The model derives from its training data: ShareAlike carries over
    (CC BY-SA 3.0 data may be adapted under 4.0, not the reverse)."""
    version = "4.0" if any("4.0" in LICENSES[n] for n in sources) else "3.0"
    return f"CC BY-SA {version} (trained on: " + "; ".join(LICENSES[n] for n in sources) + ")"


def available_sources(data_dir: Path) -> list[str]:
    return [n for n in SOURCES if (Path(data_dir) / n / "dev.conll").is_file()]
