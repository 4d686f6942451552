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
