"""People from the rules (no NER model): title + nationality + name,
ministry titles, short forms joining their person, place names that look
like titles; and the rules that join the model's PERSON spans (a span's
extent against the rule's, spans that cannot be people, a title before a
one-word name)."""

import pytest

from extract.hits import NerSpan, PersonDraft
from extract.people import find_people, fit_to_model, people_drafts, plausible_person
from extract.person_titles import title_before
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
    """A title alone gives no country (the name is no leader of the
    gazetteer, and the text names no country)."""
    p = person(pipe.extract("ثم قام الرئيس سالم الراشدي بإلقاء كلمته في الجلسة"), "سالم الراشدي")
    assert p.title == "الرئيس"
    assert p.country is None


def test_a_leader_gets_the_country_he_leads(pipe):
    """Before the gazetteer, `الرئيس حسني مبارك` had no country."""
    p = person(pipe.extract("ثم قام الرئيس حسني مبارك بإلقاء كلمته في الجلسة"), "حسني مبارك")
    assert (p.title, p.country) == ("الرئيس", "EG")


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


# ---------------------------------------------------------------------------
# Linear time: merging people, and the triggers of the people and
# organization rules repeated (issues 15 and 16)
# ---------------------------------------------------------------------------

_GIVEN = ["أحمد", "محمد", "علي", "سعيد", "خالد", "يوسف", "حسن", "عمر", "كريم", "سالم", "ناصر", "فهد"]


_LETTERS = "بتثجحخدذرزسشصضطظعغفق"


def _surname(i):
    """A made-up surname per number (`ثبوف`): letters for its digits."""
    digits = ""
    while True:
        digits += _LETTERS[i % len(_LETTERS)]
        i //= len(_LETTERS)
        if not i:
            return digits + "وف"


def _many_people(n):
    """n sentences naming n different people after a title (given names
    shared, surnames made up)."""
    return " ".join(f"وقال الوزير {_GIVEN[i % len(_GIVEN)]} {_surname(i)} إن الاتفاق مهم." for i in range(n))


def _seconds(f, arg):
    """The best of three runs, the cyclic garbage collector held off (its
    pauses grow with the objects alive, not with the algorithm)."""
    import gc
    import time
    best = None
    for _ in range(3):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            f(arg)
            d = time.perf_counter() - t0
        finally:
            gc.enable()
        best = d if best is None else min(best, d)
    return best


def _assert_linear(f, make, n):
    small, big = make(n), make(2 * n)
    f(make(n // 4))  # warm the lexicons and the word-frequency cache
    a, b = _seconds(f, small), _seconds(f, big)
    assert b < 3 * a + 0.05, (a, b)


def _people_of(text):
    """The people stage alone, with a model span on every name after a title
    (what the model gives on such a text)."""
    t = tokenize(text)
    spans = [NerSpan(i + 1, i + 3, "PERSON") for i, tok in enumerate(t.tokens) if tok.key == "الوزير"]
    return people_drafts(t, spans, [])


def test_merging_many_people_is_linear(pipe):
    """~2,000 people named in one text took 10 s (every draft compared with
    every person, every surname looked for in every token, every title's
    name fitted against every model span)."""
    assert len(_people_of(_many_people(300))) > 100
    _assert_linear(_people_of, _many_people, 2000)
    _assert_linear(pipe.extract, _many_people, 1000)


def test_random_bytes_decoded_as_text_are_linear(pipe):
    """Random bytes decoded as text (many short Arabic and Latin runs) took
    83 s for 200 KB through the merging of people."""
    import random

    def make(n):
        rnd = random.Random(n)
        return bytes(rnd.getrandbits(8) for _ in range(n)).decode("utf-8", "replace")
    _assert_linear(pipe.extract, make, 40_000)


@pytest.mark.parametrize("unit", ["شركة ", "(في ", "وAbc Def ", "الرئيس ", "الرئيس أحمد ", "وزير الخارجية ", "(STC) ", "شركة \"أ\" "])
def test_repeated_triggers_are_linear(pipe, unit):
    _assert_linear(pipe.extract, lambda n: unit * (n // len(unit)), 50_000)


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["شركة ", "وAbc Def ", "الرئيس أحمد "])
def test_a_million_characters_of_a_trigger(unit):
    import time
    text = unit * (1_000_000 // len(unit))
    t0 = time.perf_counter()
    Pipeline().extract(text)
    assert time.perf_counter() - t0 < 30


# ---------------------------------------------------------------------------
# Issue 15: common words are no names (word frequencies), companies are no
# one, the gazetteer of leaders, a role over an honorific
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("word, use", [
    ("يثق", "verb"), ("تستمر", "verb"), ("ستعود", "verb"), ("أركان", "noun"), ("فرع", "noun"),
    ("ترامب", None), ("يوسف", None), ("تركي", "noun"), ("جينبينغ", None), ("نتنياهو", None), ("سياد", None),
])
def test_word_use_from_word_frequencies(word, use):
    from extract.names import word_use
    assert word_use(word) == use


@pytest.mark.parametrize("word, glued", [("بواشنطن", True), ("لمدينة", True), ("بجولة", True),
                                         ("بوتين", False), ("لافروف", False), ("بنيامين", False)])
def test_a_preposition_glued_to_a_common_word(word, glued):
    from extract.names import clitic_and_word
    assert clitic_and_word(word) == glued


@pytest.fixture(scope="module")
def model_pipe():
    return Pipeline()


@pytest.mark.parametrize("sentence", [
    "وبينما كان ترامب يستقل طائرة في قاعدة أندروز المشتركة، قال الرئيس الأمريكي عدة مرات إنه ينتظر نتائج التحقيق",
    "وأكد أويحيى أنه لن ينافس في الانتخابات، في الوقت الذي زادت فيه التكهنات بأن الرئيس سيسعى إلى خوض الانتخابات",
    "وقال يويتشي إيكميزو مدير فرع طوكيو لبنك سي.آي.بي.سي ستاندرد إن الين ارتفع",
])
def test_common_words_after_a_title_are_no_name(model_pipe, sentence):
    names = [p.name for p in model_pipe.extract(sentence).people]
    assert not any(n.split()[0] in ("عدة", "خوض", "فرع") for n in names), names


@pytest.mark.parametrize("sentence, company", [
    ("الآن وبعد أن انضمت \"أمازون\" إلى شركة \"أبل\" في نادي التريليون دولار كقيمة سوقية", "أمازون"),
    ("وقال الرئيس التنفيذي للشركة في تغريدة بحسابه على تويتر إن المشروع سيبدأ قريبا", "تويتر"),
])
def test_a_company_is_no_person(model_pipe, sentence, company):
    a = model_pipe.extract(sentence)
    assert company not in [p.name for p in a.people]
    assert company in [o.name for o in a.organizations]


@pytest.mark.parametrize("sentence, name", [
    ("وقال الرئيس أردوغان إن بلاده لن تتراجع", "أردوغان"),
    ("وقال الرئيس إردوغان إن بلاده لن تتراجع", "إردوغان"),
    ("وقال الرئيس اردوغان إن بلاده لن تتراجع", "اردوغان"),
    ("وقال الرئيس رجب طيب أردوغان إن بلاده لن تتراجع", "رجب طيب أردوغان"),
])
def test_leader_spellings_give_the_country(pipe, sentence, name):
    assert person(pipe.extract(sentence), name).country == "TR"


def test_leader_named_alone_is_found_with_country(pipe):
    """No title and no model: a leader of the gazetteer is still a person."""
    p = person(pipe.extract("وقال لافروف إن موسكو سترد على العقوبات"), "لافروف")
    assert p.country == "RU"


def test_namesake_in_another_country_keeps_the_text_country(pipe):
    """`جون كيري` of the gazetteer is US; the text says Canadian."""
    p = person(pipe.extract("وقال السفير الكندي جون كيري إن بلاده ستدعم المشروع"), "جون كيري")
    assert (p.title, p.country) == ("السفير", "CA")


def test_state_role_takes_the_country_of_the_article(pipe):
    s = ("أعلنت وزارة المالية المصرية عن بدء برنامج طروحات في مصر. وقال وزير المالية محمد معيط إن مصر ستطرح "
         "حصصا في شركات حكومية، وإن الحكومة المصرية ماضية في الإصلاح.")
    p = person(pipe.extract(s), "محمد معيط")
    assert (p.title, p.country) == ("وزير المالية", "EG")


def test_a_role_named_later_wins_over_an_honorific(pipe):
    s = ("وقال الأمير محمد بن سلمان إن المملكة ماضية في خططها. وأضاف ولي العهد السعودي الأمير محمد بن سلمان "
         "أن الصندوق سيتجاوز 400 مليار دولار.")
    p = person(pipe.extract(s), "محمد بن سلمان")
    assert (p.title, p.country) == ("ولي العهد", "SA")


@pytest.mark.parametrize("sentence", [
    "كما شهدت أسهم قطاع الطاقة تراجعا سريعا للإغلاقات التي سببها إعصار مايكل في فلوريدا",
    "ومن المقرر أن يبدأ استغلال حقل ليفياثان عام 2019 عندما يبدأ احتياطي حقل تمار بالانحسار",
    "أكد مسؤول أمني مطلع على قضية سرقة طائرة ركاب \"هورايزن\" من مطار سياتل أن السلطات حددت هويته",
])
def test_a_name_after_a_thing_noun_is_no_person(model_pipe, sentence):
    assert model_pipe.extract(sentence).people == []


def test_a_conjunction_glued_to_a_common_word_is_no_one_word_name():
    # the model's one-word PERSON spans `وأردف`, `لي` (ANT articles): a clause
    # word and a pronoun; a name with و stays a name
    from extract.hits import NerSpan
    from extract.people import plausible_person

    t = tokenize("وأردف قائلا إن شي أكد لي أن الصين ستحافظ على طلبياتها، ومحمد وسلمان حاضران.")
    words = [tok.text for tok in t.tokens]
    at = {w: words.index(w) for w in ("وأردف", "لي", "ومحمد", "وسلمان")}
    ok = {w: plausible_person(t, NerSpan(i, i + 1, "PERSON")) for w, i in at.items()}
    assert ok == {"وأردف": False, "لي": False, "ومحمد": True, "وسلمان": True}
