"""Organizations from the rules (no NER model): known organizations, head +
complement, generic words, one record per organization, and mention spans
without proclitics."""

import pytest

from extract.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(ner_model=False)


def org_names(article):
    return [o.name for o in article.organizations]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("وأوضح رئيس مجلس الأمن أن الأمم المتحدة لن تكون قادرة على توفير قوة مراقبة", "الأمم المتحدة"),
        ("كما أنه يتمتع بوضع متقدم مع الاتحاد الأوروبي", "الاتحاد الأوروبي"),
        ("كانت إندونيسيا وحتى وقت قريب العضو الوحيد في جنوب شرق آسيا في أوبك", "أوبك"),
        ("ونجحت وزارة الاقتصاد في تعزيز سياسة انفتاح دولة الإمارات على العالم", "وزارة الاقتصاد"),
        pytest.param(
            "وقال أسيل توليبيكوف، الأستاذ المشارك في جامعة ماكسوت ناريكباييف في أستانا، إن الاجتماعات مفيدة",
            "جامعة ماكسوت ناريكباييف"),
        ("وقال الرئيس الأذربيجاني إلهام علييف لوكالة الأنباء الأوزبكية إن الاجتماع سيكون مرحلة مهمة",
         "وكالة الأنباء الأوزبكية"),
        ("من مبادرة ميرزيوييف التي تم الإعلان عنها في الجمعية العامة للأمم المتحدة في عام 2017",
         "الجمعية العامة للأمم المتحدة"),
    ],
)
def test_organizations(pipe, sentence, name):
    art = pipe.extract(sentence)
    assert name in org_names(art)
    o = next(o for o in art.organizations if o.name == name)
    for m in o.mentions:
        assert sentence[m.start:m.end] == m.text == name


def test_complement_names_the_whole_assembly_not_the_united_nations_alone(pipe):
    art = pipe.extract("في الجمعية العامة للأمم المتحدة في عام 2017")
    assert org_names(art) == ["الجمعية العامة للأمم المتحدة"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وتحتفظ الحكومة بالتأثير الكبير على القطع الرئيسية من قطاعات البناء التحتي",
        "وقال البنك في بيان إن الأرباح ارتفعت",
    ],
)
def test_generic_words_alone_are_not_organizations(pipe, sentence):
    assert pipe.extract(sentence).organizations == []


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("وقد وقعت الحكومة عدة اتفاقيات مع الولايات المتحدة والاتحاد الأوروبي وتركيا", "الاتحاد الأوروبي"),
        ("وقال الرئيس إن لوكالة الأنباء الأوزبكية دورا مهما", "وكالة الأنباء الأوزبكية"),
    ],
)
def test_organization_mentions_leave_out_proclitics(pipe, sentence, name):
    o = next(o for o in pipe.extract(sentence).organizations if o.name == name)
    for m in o.mentions:
        assert m.text == name
        assert sentence[m.start:m.end] == name


def test_one_record_per_organization_with_all_its_mentions(pipe):
    text = "وأعلن الاتحاد الأوروبي خطة جديدة. وقال مسؤول إن الاتحاد الأوروبي سيمول المشروع."
    orgs = [o for o in pipe.extract(text).organizations if o.name == "الاتحاد الأوروبي"]
    assert len(orgs) == 1
    assert len(orgs[0].mentions) == 2
