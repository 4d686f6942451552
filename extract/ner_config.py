"""The spaCy configs of `extract train-ner`: the network, the training loop,
and `spacy pretrain`.

Kept apart from the training driver (`extract.train_ner`) so that the choices
(embeddings, width, depth, dropout, static vectors, pretraining objective) can
be read in one place; the config actually used is written next to the model
(`models/ner/training-config.cfg`).
"""

from __future__ import annotations

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
@readers = "extract.GoldTokens.v1"
path = ${paths.train}

[corpora.dev]
@readers = "extract.GoldTokens.v1"
path = ${paths.dev}

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
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"GAZ_ATTRSTEM_ATTR]
rows = [NORM_ROWS,2000,4000,1000GAZ_ROWSSTEM_ROWS]
include_static_vectors = STATIC
""",
    # a word embedding plus character embeddings of the word's first and last
    # UTF-8 bytes (16 bytes: 4 Arabic letters from each end)
    "char": """[components.tok2vec.model.embed]
@architectures = "spacy.CharacterEmbed.v2"
width = ${components.tok2vec.model.encode.width}
rows = NORM_ROWS
nM = 64
nC = 16
include_static_vectors = STATIC
""",
}


PRETRAINING = """
[corpora.pretrain]
@readers = "extract.GoldTokens.v1"
path = ${paths.raw}

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

def config_text(embed: str = "hash", width: int = 64, depth: int = 2, gazetteer: bool = False,
                norm_rows: int = 8000, dropout: float = 0.15, vectors: bool = False, stem: bool = False) -> str:
    """The spaCy training config.  `gazetteer`: the words' lexicon tags
    (`extract.ner_features`, kept in the LEMMA column) are a feature.
    `vectors`: static word vectors (`extract.ner_vectors`, given as
    `initialize.vectors`) are concatenated to the embeddings.  `stem`: the
    word without its proclitics (`extract.ner_features.stem`, in the TAG
    column) has an embedding of its own."""
    if (gazetteer or stem) and embed != "hash":
        raise ValueError("the gazetteer and stem features need the hash embeddings")
    text = CONFIG.replace("EMBED\n", EMBEDS[embed]).replace("ADAM\n", ADAM)
    text = text.replace("WIDTH", str(width)).replace("DEPTH", str(depth)).replace("NORM_ROWS", str(norm_rows))
    text = text.replace("DROPOUT", str(dropout)).replace("STATIC", "true" if vectors else "false")
    text = text.replace("STEM_ATTR", ',"TAG"' if stem else "").replace("STEM_ROWS", f",{norm_rows}" if stem else "")
    return text.replace("GAZ_ATTR", ',"LEMMA"' if gazetteer else "").replace("GAZ_ROWS", ",50" if gazetteer else "")


def pretrain_config(cfg: str, epochs: int) -> str:
    text = cfg.replace("[pretraining]\n", "").replace("[paths]\n", "[paths]\nraw = null\n")
    return text + PRETRAINING.replace("EPOCHS", str(epochs)).replace("ADAM\n", ADAM)


def gold_tokens_reader(path: str):
    """The corpus reader of the configs above (registered as
    `extract.GoldTokens.v1` by `extract.train_ner`).

    spaCy's own reader re-tokenizes each document's text and keeps only the
    words: the lexicons' tags of `--gazetteer` (in the LEMMA column) never
    reached the model while it trained, though they reach it at run time.
    This reader gives the model the documents' own tokens with their tags
    and stems (`--stem`, in the TAG column),
    as the pipeline does (`extract.ner.model_doc`)."""
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    def read(nlp):
        for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
            lemmas = [t.lemma_ for t in ref]
            tags = [t.tag_ for t in ref]
            pred = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref],
                       lemmas=lemmas if any(lemmas) else None, tags=tags if any(tags) else None)
            yield Example(pred, ref)

    return read
