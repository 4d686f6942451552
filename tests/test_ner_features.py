"""The NER model's gazetteer feature and the training command's options."""

import json

import pytest
from thinc.api import Config

from extract import ner
from extract.ner_features import NONE, gazetteer_tags, word_tokens
from extract.normalize import key
from extract.tokenize import tokenize
from extract.train_ner import config_text, pretrain_config


def _tags(sentence: str) -> dict[str, str]:
    t = tokenize(sentence)
    return {tok.text: tag for tok, tag in zip(t.tokens, gazetteer_tags(t.tokens))}


def test_titles_countries_adjectives_and_organizations_are_tagged():
    tags = _tags("وقال الرئيس الأوزبكي شوكت ميرزيوييف في جامعة ماكسوت ناريكباييف إن وزارة الخارجية "
                 "الكازاخستانية ستتعاون مع الأمم المتحدة ولتركمانستان")
    assert tags["الرئيس"] == "TITLE"
    assert tags["الأوزبكي"] == "NISBA"
    assert tags["جامعة"] == "ORGHEAD"
    assert tags["وزارة"] == tags["الخارجية"] == "ORG"  # a known name beats its head word
    assert tags["الكازاخستانية"] == "NISBA"
    assert tags["الأمم"] == tags["المتحدة"] == "ORG"
    assert tags["ولتركمانستان"] == "COUNTRY"  # clitics peeled as in the rules
    for name in ("شوكت", "ميرزيوييف", "ماكسوت", "ناريكباييف", "وقال", "ستتعاون"):
        assert tags[name] == NONE


def test_a_region_is_not_tagged_as_a_country():
    tags = _tags("دول آسيا الوسطى وأوروبا")
    assert tags["آسيا"] == tags["الوسطى"] == NONE


def test_training_words_and_pipeline_tokens_get_the_same_tags(seed_text):
    # the model must see the same feature at training time (corpus words,
    # folded) and at run time (the pipeline's tokens)
    t = tokenize(seed_text)
    words = [key(tok.norm) or tok.norm for tok in t.tokens]
    run_time = gazetteer_tags(t.tokens)
    assert gazetteer_tags(word_tokens(words)) == run_time
    assert sum(tag != NONE for tag in run_time) >= 40


def test_model_doc_carries_the_tags_only_for_a_model_that_reads_them(seed_text):
    nlp, _ = ner.load()
    t = tokenize(seed_text)
    doc = ner.model_doc(nlp, t.tokens[:40])
    if ner.uses_gazetteer(nlp):
        assert [tok.lemma_ for tok in doc] == gazetteer_tags(t.tokens[:40])
    else:
        assert not any(tok.lemma_ for tok in doc)


@pytest.mark.parametrize("gazetteer", [True, False])
def test_training_config_has_the_asked_architecture(gazetteer):
    cfg = Config().from_str(config_text("hash", 96, 3, gazetteer))
    tok2vec = cfg["components"]["tok2vec"]["model"]
    assert tok2vec["encode"]["width"] == 96 and tok2vec["encode"]["depth"] == 3
    assert ("LEMMA" in tok2vec["embed"]["attrs"]) is gazetteer
    assert len(tok2vec["embed"]["attrs"]) == len(tok2vec["embed"]["rows"])


def test_gazetteer_needs_hash_embeddings():
    with pytest.raises(ValueError):
        config_text("char", 64, 2, True)


def test_pretraining_config_reads_the_raw_words_and_keeps_the_model():
    cfg = Config().from_str(pretrain_config(config_text("hash", 64, 2, True), 7))
    assert cfg["pretraining"]["max_epochs"] == 7
    assert cfg["pretraining"]["corpus"] == "corpora.pretrain"
    assert cfg["pretraining"]["objective"]["@architectures"] == "spacy.PretrainCharacters.v1"
    assert "raw" in cfg["paths"]
    assert cfg["components"]["tok2vec"]["model"]["encode"]["width"] == 64


def test_committed_model_says_what_it_was_selected_on():
    meta = json.loads((ner.DEFAULT_MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta["selected_on"] == ["newsfane/dev.conll"]
    assert "--width" in meta["training_command"]


SENTENCES = [
    [("وقال", "O"), ("الرئيس", "O"), ("الاوزبكي", "O"), ("شوكت", "B-PER"), ("ميرزيوييف", "I-PER"),
     ("ان", "O"), ("اوزبكستان", "B-GPE"), ("ستعزز", "O"), ("التعاون", "O"), (".", "O")],
    [("واستقبل", "O"), ("الرئيس", "O"), ("الهام", "B-PER"), ("علييف", "I-PER"), ("وفدا", "O"),
     ("من", "O"), ("الامم", "B-ORG"), ("المتحده", "I-ORG"), ("في", "O"), ("باكو", "B-GPE"), (".", "O")],
    [("وزار", "O"), ("عزيز", "B-PER"), ("كودراتوف", "I-PER"), ("جامعه", "B-ORG"), ("طشقند", "I-ORG"),
     ("قرب", "O"), ("نهر", "O"), ("سيحون", "B-LOC"), (".", "O")],
]


def _write_corpus(root):
    for name in ("newsfane", "wikifane", "wojood-sample"):
        (root / name).mkdir(parents=True)
        text = "\n\n".join("\n".join(f"{w}\t{lab}" for w, lab in s) for s in SENTENCES * 4) + "\n"
        (root / name / "train.conll").write_text(text, encoding="utf-8")
        (root / name / "dev.conll").write_text(text, encoding="utf-8")


def test_train_ner_command_writes_a_model_the_pipeline_loads(tmp_path, capsys):
    # the reproducible command end to end, tiny: pretraining, training,
    # metadata, and the pipeline reading the result
    from extract.cli import main
    from extract.pipeline import Pipeline

    _write_corpus(tmp_path / "data")
    out = tmp_path / "model"
    assert main(["train-ner", "--data", str(tmp_path / "data"), "--out", str(out), "--max-steps", "4",
                 "--pretrain-epochs", "1", "--gazetteer"]) == 0
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["training_command"].endswith("--gazetteer --pretrain-epochs 1")
    assert meta["selected_on"] == ["newsfane/dev.conll"]
    assert set(meta["dev_scores_strict"]) == {"newsfane", "wikifane", "wojood-sample"}
    assert meta["license"].startswith("CC BY-SA 3.0")
    nlp, reason = ner.load(out)
    assert reason is None and ner.uses_gazetteer(nlp)
    art = Pipeline(ner_model=out).extract("وقال الرئيس الاوزبكي شوكت ميرزيوييف ان اوزبكستان ستعزز التعاون.")
    assert not any(w.startswith("ner_unavailable") for w in art.warnings)


def test_aqmar_locations_and_misc_are_unknown_not_outside(tmp_path):
    # AQMAR has no GPE (countries are LOC) and its MISC are domain terms: in
    # training its LOC and MISC spans teach nothing, its PER and ORG do
    import spacy
    from extract.train_ner import to_docbin

    (tmp_path / "aqmar").mkdir()
    (tmp_path / "aqmar" / "train.conll").write_text(
        "وزار\tO\nابن\tB-PER\nبطوطة\tI-PER\nدمشق\tB-LOC\nوالتقى\tO\nعلماء\tO\nجامعة\tB-ORG\nالقرويين\tI-ORG\n"
        "ودرس\tO\nالفيزياء\tB-MISC\n", encoding="utf-8")
    db, n = to_docbin(tmp_path, ("aqmar",), "train")
    (doc,) = list(db.get_docs(spacy.blank("ar").vocab))
    iob = {tok.text: (tok.ent_iob_, tok.ent_type_) for tok in doc}
    assert n == 1
    assert iob["ابن"] == ("B", "PERSON") and iob["بطوطه"] == ("I", "PERSON")
    assert iob["جامعه"] == ("B", "ORG")
    assert iob["دمشق"] == ("", "") and iob["الفيزياء"] == ("", "")  # unknown
    assert iob["وزار"] == ("O", "")
