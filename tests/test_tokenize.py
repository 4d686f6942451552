"""Tokenization on real sentences: numbers stay whole, offsets are raw, clitics peel."""

import pytest

from extract.tokenize import tokenize


def raw_tokens(text):
    return [t.text for t in tokenize(text).tokens]


def number_tokens(text):
    return [(t.text, t.norm) for t in tokenize(text).tokens if t.kind == "num"]


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        # seed article
        ("أن ترتفع تجارة أوزبكستان مع جيرانها من 2.8 مليار يورو في عام 2017",
         [("2.8", "2.8"), ("2017", "2017")]),
        ("سجل الناتج المحلي الإجمالي نمواً بلغ 2,5 ضعف ليصل إلى 450 مليار يورو",
         [("2,5", "2,5"), ("450", "450")]),
        ("بزيادة قدرها 87.5 بالمائة مقارنة بالعام السابق", [("87.5", "87.5")]),
        ("ومن المتوقع أن تؤدي خطة عمل 2025-2027 للتعاون الصناعي", [("2025-2027", "2025-2027")]),
        # thousands with a comma (04) and a dot (02)
        ("ولا يزرع منها إلا النصف تقريبًا أي 61,500 هكتار", [("61,500", "61,500")]),
        ("بلغ عدد المتعطلين السعوديين 622.533 فردا", [("622.533", "622.533")]),
        ("تجاوز عدد المشاريع 1,800 مشروع و1.800 شركة", [("1,800", "1,800"), ("1.800", "1.800")]),
        # Arabic comma as a thousands mark (15) and a decimal mark (22)
        ("31،322 كلم منها 19،463 طرق وعرة", [("31،322", "31,322"), ("19،463", "19,463")]),
        ("التصدير إلى الولايات المتحدة 83،640 مليار دولار أمريكي", [("83،640", "83,640")]),
        # Arabic-Indic digits, decimal and thousands separators, glued to words (11)
        ("سعة تخزينية ضخمة جدا تصل إلى١٦٤ مليار متر مكعب", [("١٦٤", "164")]),
        ("هذه الفترة ٢٤٠مليون متر مكعب يوميا", [("٢٤٠", "240")]),
        ("بلغ النمو ٢٫٥ في المائة وبلغ عدد العمال ٣٬٥٠٠ عامل", [("٢٫٥", "2.5"), ("٣٬٥٠٠", "3,500")]),
        ("وانكمش الاقتصاد بنسبة 13.7٪", [("13.7", "13.7")]),
        # a range with an en dash, and a date
        ("في الفترة 2002–2007 ووقعت في 17/11/2008", [("2002–2007", "2002-2007"), ("17/11/2008", "17/11/2008")]),
    ],
)
def test_numbers_stay_whole(sentence, numbers):
    assert number_tokens(sentence) == numbers


def test_sentence_final_period_is_not_part_of_a_number():
    assert raw_tokens("يبلغ 6 في المائة سنويا. وبلغ 2024.") == [
        "يبلغ", "6", "في", "المائة", "سنويا", ".", "وبلغ", "2024", "."
    ]


def test_name_with_hyphenated_number_is_one_token():
    toks = raw_tokens("التنفيذ المشترك لمحطة كامباراتا-1 للطاقة الكهرومائية")
    assert "كامباراتا-1" in toks


def test_digits_glued_to_letters_are_split():
    assert raw_tokens("فلا يزيد على 13ألف كم") == ["فلا", "يزيد", "على", "13", "ألف", "كم"]


def test_punctuation_and_quotes_are_tokens_with_raw_offsets(seed_text):
    t = tokenize(seed_text)
    for tok in t.tokens:
        assert seed_text[tok.start:tok.end] == tok.text
    quotes = [tok for tok in t.tokens if tok.text in "“”"]
    assert quotes and all(tok.norm == '"' for tok in quotes)


def test_diacritized_tokens_keep_raw_text_and_normalized_form():
    text = "يَرْفَعُ سِعْرَ النِّفْطِ إِلَى أَكْثَرَ مِنْ ٤٥ دُولَارًا"
    toks = tokenize(text).tokens
    assert [t.norm for t in toks] == ["يرفع", "سعر", "النفط", "الى", "اكثر", "من", "45", "دولارا"]
    assert [t.text for t in toks][2] == "النِّفْطِ"
    assert toks[-1].text == "دُولَارًا"


def test_latin_words_and_urls():
    toks = raw_tokens("اندماج Schering-Plough مع COVID-19 على www.example.org/a.html.")
    assert "Schering-Plough" in toks and "COVID-19" in toks and "www.example.org/a.html" in toks


@pytest.mark.parametrize(
    "word, offset, stem",
    [
        ("وأذربيجان", 1, "اذربيجان"),
        ("لأوزبكستان", 1, "اوزبكستان"),
        ("لتركمانستان", 1, "تركمانستان"),
        ("بالمائة", 3, "مائة"),
        ("بالمائة", 1, "المائة"),
        ("والسعودية", 1, "السعودية"),
        ("وبالسعودية", 2, "السعودية"),
        ("فبالسعودية", 4, "سعودية"),
        ("للأمم", 1, "الامم"),  # ل + (ا)لأمم: the stem starts at the article's lam
        ("وللتعاون", 2, "التعاون"),
        ("كالعادة", 1, "العادة"),
        ("فالاتحاد", 1, "الاتحاد"),
        ("ولل" + "صين", 2, "الصين"),
    ],
)
def test_clitic_analyses(word, offset, stem):
    tok = tokenize(word).tokens[0]
    assert (offset, stem) in [(a.offset, a.stem) for a in tok.analyses]


def test_bare_word_comes_first_and_short_stems_are_not_proposed():
    tok = tokenize("ولد").tokens[0]
    assert tok.analyses[0].stem == "ولد"
    assert all(len(a.stem) >= 2 for a in tok.analyses)


def test_stem_span_covers_the_name_without_the_clitic():
    text = "وتجمع القمة زعماء أوزبكستان وكازاخستان ولِأَذْرَبِيجَان"
    t = tokenize(text)
    tok = t.tokens[-1]
    a = next(a for a in tok.analyses if a.stem == "اذربيجان")
    s, e = t.stem_span(tok, a.offset)
    assert text[s:e] == "أَذْرَبِيجَان"
    tok = t.tokens[-2]
    a = next(a for a in tok.analyses if a.stem == "كازاخستان")
    s, e = t.stem_span(tok, a.offset)
    assert text[s:e] == "كازاخستان"


def test_sentences_of_the_seed_article(seed_text):
    t = tokenize(seed_text)
    sents = [seed_text[s.start:s.end] for s in t.sentences]
    # every line is at least one sentence; headings are sentences of their own
    assert "الآليات اللازمة لبناء الثقة" in sents
    assert "مرحلة جديدة من التكامل الإقليمي" in sents
    assert "وقد توسع التعاون الاقتصادي بسرعة." in sents
    # a closing quote after the period stays with its sentence
    assert any(s.endswith("في المنطقة”.") for s in sents)
    # decimals never split a sentence
    assert any("2.8 مليار يورو" in s for s in sents)
    assert len(sents) == 30
    for s in t.sentences:
        assert t.tokens[s.first].start == s.start and t.tokens[s.last - 1].end == s.end
        assert t.tokens[s.first].sent_start


def test_question_mark_and_exclamation_end_sentences():
    t = tokenize("هل ستوقع مصر الاتفاقية؟ نعم! سيتم ذلك")
    assert [t.raw[s.start:s.end] for s in t.sentences] == ["هل ستوقع مصر الاتفاقية؟", "نعم!", "سيتم ذلك"]


def test_sentence_of_finds_the_sentence_of_a_token(seed_text):
    t = tokenize(seed_text)
    tok = next(x for x in t.tokens if x.text == "خوجاند")
    sent = t.sentence_of(tok.i)
    assert sent.first <= tok.i < sent.last
    assert "إعلان خوجاند" in seed_text[sent.start:sent.end]
