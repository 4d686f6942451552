"""People from the rules (no NER model): title + nationality + name,
ministry titles, short forms joining their person, place names that look
like titles; and the rules that join the model's PERSON spans (a span's
extent against the rule's, spans that cannot be people, a title before a
one-word name)."""

import pytest

from extract.hits import NerSpan, PersonDraft
from extract.people import find_people, fit_to_model, people_drafts, plausible_person, title_before
from extract.pipeline import Pipeline
from extract.tokenize import tokenize


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(ner_model=False)


def person(article, name):
    found = [p for p in article.people if p.name == name]
    assert len(found) == 1, [p.name for p in article.people]
    return found[0]


@pytest.mark.parametrize(
    "sentence, name, title, country",
    [
        ("ووصف الرئيس الأوزبكي شوكت ميرزيوييف، في مقال نشر في وسائل الإعلام الوطنية، اجتماعات التشاور",
         "شوكت ميرزيوييف", "الرئيس", "UZ"),
        ("وقال وزير الاستثمار والصناعة والتجارة الأوزبكي عزيز كودراتوف إن المحادثات ستعطي دفعة بناءة",
         "عزيز كودراتوف", "وزير الاستثمار والصناعة والتجارة", "UZ"),
        pytest.param("وقال الرئيس الأذربيجاني إلهام علييف لوكالة الأنباء الأوزبكية إن الاجتماع سيكون مرحلة مهمة",
                     "إلهام علييف", "الرئيس", "AZ"),
        ("بعد 16 شهرا من زيارة الرئيس المصري أنور السادات لإسرائيل", "أنور السادات", "الرئيس", "EG"),
        pytest.param("وقد وقع على المعاهدة الرئيس المصري أنور السادات ورئيس الوزراء الإسرائيلي مناحم بيغن",
                     "مناحم بيغن", "رئيس الوزراء", "IL"),
        ("أفيد بأن وزير الدفاع المصري عبد الفتاح السيسي أكد لنظيره الإسرائيلي",
         "عبد الفتاح السيسي", "وزير الدفاع", "EG"),
    ],
)
def test_title_nationality_name(pipe, sentence, name, title, country):
    p = person(pipe.extract(sentence), name)
    assert (p.title, p.country) == (title, country)
    for m in p.mentions:
        assert sentence[m.start:m.end] == m.text


def test_title_without_nationality_has_no_country(pipe):
    p = person(pipe.extract("ثم قام الرئيس حسني مبارك بإلقاء كلمته باعتبار مصر الدولة المضيفة"), "حسني مبارك")
    assert p.title == "الرئيس"
    assert p.country is None


def test_surname_mentions_join_the_person(pipe, seed_text):
    art = pipe.extract(seed_text)
    named = [p for p in art.people if "ميرزيوييف" in p.name]
    assert len(named) == 1
    p = named[0]
    assert (p.name, p.title, p.country) == ("شوكت ميرزيوييف", "الرئيس", "UZ")
    assert [m.text for m in p.mentions] == ["شوكت ميرزيوييف"] + ["ميرزيوييف"] * 4
    for m in p.mentions:
        assert seed_text[m.start:m.end] == m.text


def test_short_form_after_a_clitic_is_a_mention_without_it(pipe):
    text = "وقال الرئيس الأوزبكي شوكت ميرزيوييف إن القمة ناجحة. وأشاد الضيوف بميرزيوييف في ختام الزيارة."
    p = person(pipe.extract(text), "شوكت ميرزيوييف")
    assert [m.text for m in p.mentions] == ["شوكت ميرزيوييف", "ميرزيوييف"]
    assert text[p.mentions[1].start - 1] == "ب"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "وعقدت القمة العربية العادية في دورتها الخامسة عشرة في شرم الشيخ بحضور 14 من الملوك والرؤساء العرب"),
        "جرت فعاليات المؤتمر على أرض مدينة شرم الشيخ المصرية",
    ],
)
def test_title_word_inside_a_place_name_is_no_person(pipe, sentence):
    assert pipe.extract(sentence).people == []


def test_model_span_trims_a_title_name_only_when_it_is_a_full_name():
    # «وزير ... الأوزبكي عزيز كودراتوف إن»: a one-word model span (عزيز) does
    # not cut the name the title rule found
    d = fit_to_model(PersonDraft(5, 7, 0), [NerSpan(5, 6, "PERSON")])
    assert (d.first, d.last) == (5, 7)
    # «مناحيم بيغن لتقاسم»: a two-word model span inside the rule's extent wins
    d = fit_to_model(PersonDraft(5, 8, 0), [NerSpan(5, 7, "PERSON")])
    assert (d.first, d.last) == (5, 7)
    # a model span running past the rule's name extends it
    d = fit_to_model(PersonDraft(5, 6, 0), [NerSpan(5, 7, "PERSON")])
    assert (d.first, d.last) == (5, 7)


@pytest.mark.parametrize("words, name", [
    (["عزيز"], "عزيز كودراتوف"),  # one word of the name: the rule's extent stays
    (["عزيز", "كودراتوف"], "عزيز كودراتوف"),
])
def test_model_spans_handed_to_the_people_stage(words, name):
    text = "وقال وزير الاستثمار والصناعة والتجارة الأوزبكي عزيز كودراتوف إن المحادثات ستعطي دفعة بناءة"
    t = tokenize(text)
    first = next(k for k, tok in enumerate(t.tokens) if tok.text == words[0])
    spans = [NerSpan(first, first + len(words), "PERSON")]
    people = find_people(t, people_drafts(t, spans, []))
    assert [(p.name, p.title, p.country) for p in people] == [(name, "وزير الاستثمار والصناعة والتجارة", "UZ")]


@pytest.mark.parametrize("sentence, word, plausible", [
    # from corpus/articles: a currency and a model number are no one
    ("يقدر عدد الأفراد أصحاب الثراء الفاحش (أكثر من 10 مليون يوان أو 1.46 مليون دولار)", "يوان", False),
    ("سيارات أكبر مثل تويوتا كورونا وداتسون 810، مما أضاف مساحة للركاب", "وداتسون", False),
    ("قال الرئيس السوداني عمر البشير إنه يؤيد بناء السد", "عمر", True),
    ("وأعلن وزير الخارجية أن رواندا ستشارك", "رواندا", False),
])
def test_model_person_spans_that_cannot_be_people(sentence, word, plausible):
    t = tokenize(sentence)
    i = next(k for k, tok in enumerate(t.tokens) if tok.text == word)
    assert plausible_person(t, NerSpan(i, i + 1, "PERSON")) is plausible


@pytest.mark.parametrize("sentence, word, title, country", [
    ("قال الرئيس السوداني البشير إنه يؤيد بناء السد", "البشير", "الرئيس", "SD"),  # 12-gerd-nile-dam
    ("واستقبل الرئيس السوري الأسد الوفد", "الأسد", "الرئيس", "SY"),
    ("وقال الرئيس البشير إن", "البشير", "الرئيس", None),
    ("وشاهد الزوار البشير في السوق", "البشير", None, None),
])
def test_title_and_nationality_before_a_one_word_name(sentence, word, title, country):
    t = tokenize(sentence)
    i = next(k for k, tok in enumerate(t.tokens) if tok.text == word)
    before = title_before(t, i)
    if title is None:
        assert before is None
        assert not plausible_person(t, NerSpan(i, i + 1, "PERSON"))  # the article, no title: not a name
    else:
        (s, e), c = before
        assert t.raw[s:e] == title and c == country
        assert plausible_person(t, NerSpan(i, i + 1, "PERSON"))
