"""The NER model's gazetteer feature and the training command's options."""

import json

import pytest
from thinc.api import Config

from extract import ner
from extract.ner_features import NONE, gazetteer_tags, word_tokens
from extract.normalize import key
from extract.tokenize import tokenize
from extract.ner_config import config_text, pretrain_config


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


@pytest.mark.parametrize("word, want", [
    ("لروبرتو", "روبرتو"),  # a name after a preposition shares the bare name's embedding
    ("وبكر", "بكر"),
    ("للبنك", "البنك"),  # ل + the article: the article stays, as in the corpora
    ("والاتحاد", "الاتحاد"),
    ("بالمائه", "المائه"),
    ("فقال", "قال"),
    ("بكر", "بكر"),  # a stem of two letters is never peeled off
    ("الرئيس", "الرئيس"),
    ("ترامب", "ترامب"),
    ("2018", "2018"),
])
def test_stem_peels_the_conjunction_and_preposition_not_the_article(word, want):
    from extract.ner_features import stem

    assert stem(key(word)) == key(want)


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


# Real news sentences (ANT corpus, 2018), for the tiny news-text training below.
NEWS = [
    "وقال وزير الطاقة الروسي ألكسندر نوفاك إن روسيا وإيران اتفقتا على زيادة الإنتاج المشترك من النفط.",
    "وأعلنت شركة أرامكو السعودية توقيع مذكرة تفاهم مع شركة توتال الفرنسية لإقامة مجمع بتروكيماويات.",
    "وقال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة ستنسحب من الاتفاق النووي مع إيران.",
    "وأكد وزير الخارجية الروسي سيرغي لافروف أن موسكو ستواصل التعاون مع طهران.",
]


def _write_news(path, copies=12):
    import gzip

    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(copies):
            f.write(json.dumps({"id": f"NEWS-{i}", "text": " ".join(NEWS)}, ensure_ascii=False) + "\n")
        f.write("not json\n")  # a broken line is skipped, not fatal


def test_train_ner_with_news_vectors_pretraining_and_silver(tmp_path):
    # issue 14, end to end and tiny: floret vectors learned from news text,
    # `spacy pretrain` on that text with the vectors in the layer, silver
    # sentences labelled by the rules, the NER model, and the pipeline
    # reading the result.  The held-out test split is never opened: a folder
    # in its place would raise if anything read it.
    pytest.importorskip("floret")
    from extract.cli import main
    from extract.pipeline import Pipeline

    _write_corpus(tmp_path / "data")
    (tmp_path / "data" / "newsfane" / "test.conll").mkdir()
    news = tmp_path / "news.jsonl.gz"
    _write_news(news)
    out = tmp_path / "model"
    assert main(["train-ner", "--data", str(tmp_path / "data"), "--out", str(out), "--max-steps", "4",
                 "--news", str(news), "--vectors", "floret", "--vector-dim", "16", "--vector-rows", "2000",
                 "--pretrain-epochs", "1", "--silver", "10", "--gazetteer", "--stem"]) == 0
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert "--vectors floret" in meta["training_command"] and "--silver 10" in meta["training_command"]
    assert "--gazetteer --stem" in meta["training_command"]
    steps = meta["training_steps"]
    assert steps["news_text"]["sentences"] == 12 * len(NEWS)
    assert steps["vectors"]["dimensions"] == 16 and steps["pretraining"]["epochs"] == 1
    assert 0 < steps["silver"]["sentences"] <= 10
    assert {"PERSON", "ORG", "GPE"} <= set(steps["silver"]["entities"])
    assert "ANT corpus" in meta["raw_text"]["name"] and "Chouigui" in meta["raw_text"]["cite"]
    assert "ANT corpus" in meta["license"]
    nlp, reason = ner.load(out)
    assert reason is None
    assert nlp.vocab.vectors.mode == "floret" and nlp.vocab.vectors.shape == (2000, 16)
    assert ner.model_features(nlp) == (True, True)  # the tags and the stems reach the model at run time
    doc = ner.model_doc(nlp, tokenize("وقال لروبرتو والاتحاد").tokens)
    assert [t.tag_ for t in doc] == ["قال", "روبرتو", "الاتحاد"] and doc[1].lemma_ == "O"
    # a word never seen in the news text still gets a vector, from its pieces
    assert nlp.vocab["ميرزيوييفستان"].has_vector
    art = Pipeline(ner_model=out).extract("وقال الرئيس الاوزبكي شوكت ميرزيوييف ان اوزبكستان ستعزز التعاون.")
    assert not any(w.startswith("ner_unavailable") for w in art.warnings)


def test_word_vectors_mode_keeps_the_most_frequent_words(tmp_path):
    pytest.importorskip("floret")
    import spacy
    from extract.ner_corpus import read_articles, write_text
    from extract.ner_vectors import frequent_words, train_floret, vectors_pipeline

    news = tmp_path / "news.jsonl.gz"
    _write_news(news)
    text = tmp_path / "news.txt"
    n_sent, n_words = write_text(read_articles(news), text)
    assert n_sent == 12 * len(NEWS) and n_words > 12 * 40
    # the text is the model's spelling: folded keys (hamza, teh marbuta)
    assert "ارامكو" in text.read_text(encoding="utf-8") and "أرامكو" not in text.read_text(encoding="utf-8")
    table = train_floret(text, tmp_path / "v.floret", dim=8, buckets=500, epochs=1, threads=1)
    out = vectors_pipeline(table, tmp_path / "vec", "words", 20, name="test", text=text)
    vectors = spacy.load(out).vocab.vectors
    assert vectors.mode == "default" and vectors.shape == (20, 8)
    assert frequent_words(text, 3)[0] in (".", "في", "من")
    assert vectors.find(key="ارامكو") == -1 or "ارامكو" in frequent_words(text, 20)


def test_the_news_gold_set_is_held_out_of_the_news_text(tmp_path):
    from extract.ner_corpus import held_out_ids, read_articles

    ids = held_out_ids()
    assert len(ids) == 36 and "CN-economy-79-20180411" in ids
    path = tmp_path / "n.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": "نص"}) for i in ["CN-economy-79-20180411", "X-1"]),
                    encoding="utf-8")
    assert [i for i, _ in read_articles(path, ids)] == ["X-1"]


def test_training_reads_the_documents_own_tokens_and_their_tags(tmp_path):
    # spaCy's own reader re-tokenized the text and dropped the LEMMA column:
    # the gazetteer tags never reached the model in training, only at run time
    import spacy
    from extract.ner_config import gold_tokens_reader
    from extract.ner_features import Features
    from extract.train_ner import to_docbin

    _write_corpus(tmp_path / "data")
    db, n = to_docbin(tmp_path / "data", ("newsfane",), "dev", features=Features(gazetteer=True, stem=True))
    db.to_disk(tmp_path / "dev.spacy")
    nlp = spacy.blank("ar")
    examples = list(gold_tokens_reader(str(tmp_path / "dev.spacy"))(nlp))
    assert len(examples) == n
    first = examples[0]
    assert [t.text for t in first.predicted] == [t.text for t in first.reference]
    tags = {t.text: t.lemma_ for t in first.predicted}
    assert tags["الرئيس"] == "TITLE" and tags["اوزبكستان"] == "COUNTRY"
    stems = [t.tag_ for t in first.predicted]
    assert stems == [t.tag_ for t in first.reference] and len(set(stems)) > 1
    assert not first.predicted.ents  # the answer stays on the reference side


def test_cached_floret_vectors_are_the_tables_own_and_bounded():
    # the model's floret vectors are worked out once per word (extract.ner_vectors.CachedVectors):
    # the same numbers as the table's, in a table of fixed size that starts again when full
    import numpy as np
    from spacy.strings import StringStore
    from spacy.vectors import Vectors
    from extract.ner_vectors import CachedVectors

    strings = StringStore()
    data = np.random.default_rng(0).normal(size=(500, 8)).astype(np.float32)
    table = Vectors(strings=strings, mode="floret", data=data, hash_count=2, minn=3, maxn=5)
    cached = CachedVectors(table, capacity=5)
    words = ["اوزبكستان", "طشقند", "ميرزيوييف", "اوزبكستان", "الرئيس", "قمة", "طشقند"]
    keys = np.array([strings.add(w) for w in words], dtype=np.uint64)
    want = table.get_batch(keys)
    assert np.allclose(cached.get_batch(keys), want)  # 5 distinct words: the table is full
    assert np.allclose(cached.get_batch(keys[::-1]), want[::-1])  # read back from the cache
    more = np.array([strings.add(w) for w in ["عشق اباد", "دوشنبه", "اوزبكستان"]], dtype=np.uint64)
    assert np.allclose(cached.get_batch(more), table.get_batch(more))  # full: started again
    assert len(cached._rows) == 3 and cached._table.shape == (5, 8)
    assert np.allclose(cached.get_batch(keys), want)  # more distinct words than rows: read through
    assert cached.mode == "floret" and cached.shape == (500, 8) and keys[0] in cached
