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


# ---------------------------------------------------------------------------
# Issue 15: Latin names, quoted names, aliases, descriptions, outlets and
# companies known by name, the country of an organization
# ---------------------------------------------------------------------------

def org(article, name):
    found = [o for o in article.organizations if o.name == name]
    assert len(found) == 1, org_names(article)
    return found[0]


def test_latin_name_glued_to_and_has_exact_offsets(pipe):
    s = "منها اتفاقية بين الشركة السعودية للصناعات الميكانيكية وAM General لإنتاج خط تصنيع قطع غيار"
    o = org(pipe.extract(s), "AM General")
    (m,) = o.mentions
    assert s[m.start:m.end] == "AM General" and s[m.start - 1] == "و"


def test_latin_names_and_the_dateline_outlet(pipe):
    a = pipe.extract("دبي، الإمارات العربية المتحدة (CNN) -- مبادرة مدتها خمس سنوات بين ITHRA و National Geographic.")
    assert {"CNN", "ITHRA", "National Geographic"} <= set(org_names(a))


@pytest.mark.parametrize("sentence", [
    "كما انخفض مؤشرا داو جونز و S&P 500 أيضا لأكثر من 3 في المئة",
    "وبحسب ما أعلنته المؤسسة المالية في تقرير \"Fiscal Monitor 2018\"، فإن إجمالي الديون تفاقم",
    "الدينار (DZD) هو الوحدة الأساسية لعملة الجزائر",
])
def test_latin_runs_that_are_no_organization(pipe, sentence):
    assert org_names(pipe.extract(sentence)) == []


def test_acronym_in_parentheses_and_later_is_a_mention(pipe):
    s = ("وقالت شركة الاتصالات السعودية (STC) إنها ستوسع شبكتها. وأضافت STC أن الأرباح ارتفعت.")
    o = org(pipe.extract(s), "شركة الاتصالات السعودية")
    assert [m.text for m in o.mentions] == ["شركة الاتصالات السعودية", "STC", "STC"]
    assert o.country == "SA"


def test_quoted_name_after_a_described_head(pipe):
    a = pipe.extract("وأعلنت كل من شركة التأمين الألمانية \"أليانز\" وشركة \"ميرسك\" الدنماركية للشحن أنهما يعتزمان "
                     "تخفيض أعمالهما في إيران")
    assert org_names(a) == ["أليانز", "ميرسك"]
    assert org(a, "أليانز").country == "DE"  # the adjective of its description


@pytest.mark.parametrize("sentence", [
    "وكلف الإضراب الشركة الفرنسية الهولندية مئات الملايين من اليورو",
    "وكانت الشركة المشغلة لدور السينما قد أعلنت أنها وقعت مذكرة تفاهم",
    "وأصدرت المؤسسة المالية تقريرها السنوي",
    "وبعد ذلك مجموعة أخرى من العقوبات في نوفمبر",
])
def test_generic_head_with_a_description_alone_is_no_organization(pipe, sentence):
    assert org_names(pipe.extract(sentence)) == []


def test_institution_of_a_state_with_its_adjective_is_one(pipe):
    o = org(pipe.extract("وفي وقت سابق، رفع البنك المركزي التركي معدلات الفائدة إلى 24%"), "البنك المركزي التركي")
    assert o.country == "TR"


@pytest.mark.parametrize("sentence, name, country", [
    ("وأعلنت شل الهولندية عن أرباح فصلية أعلى من المتوقع", None, None),
    ("وقعت المملكة العربية السعودية استثماراً جديداً مع توتال الفرنسية", "توتال", "FR"),
    ("وقال بنك الكويت الوطني إن أرباحه ارتفعت", "بنك الكويت الوطني", "KW"),
])
def test_organization_country(pipe, sentence, name, country):
    a = pipe.extract(sentence)
    if name is not None:
        assert org(a, name).country == country


def test_name_with_and_without_its_adjective_is_one_organization(pipe):
    a = pipe.extract("ووقعت توتال مذكرة تفاهم مع شركة أرامكو السعودية للنفط، وسيدمج المشروع مع مصفاة تعمل كمشروع "
                     "مشترك بين أرامكو وتوتال")
    o = org(a, "أرامكو السعودية")
    assert [m.text for m in o.mentions] == ["أرامكو السعودية", "أرامكو"]


@pytest.mark.parametrize("sentence, name", [
    ("وأضاف الأمير، في مقابلة مع بلومبيرغ، نشرت الجمعة", "بلومبيرغ"),
    ("بحسب ما نقلته وكالة \"تاس\" الروسية", "تاس"),
    ("في تغريدة بحسابه على تويتر", "تويتر"),
    ("وتابع أن الصين ستحافظ على حصص الأسواق بين إيرباص وبوينغ", "بوينغ"),
])
def test_outlets_and_companies_known_by_name(pipe, sentence, name):
    assert name in org_names(pipe.extract(sentence))
