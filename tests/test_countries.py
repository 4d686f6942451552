"""Countries on real sentences: names, nisba adjectives, clitics, multi-word
names, regions and places that are not countries, the ambiguous words
(عمان، مالي، النيجر), languages and cities, and the seed article."""

import pytest

from extract.countries import country_hits, find_countries
from extract.tokenize import tokenize


def mentions(text):
    """(iso2, form, mention as written) for every hit, in text order."""
    return [(h.iso2, h.form, text[h.start:h.end]) for h in country_hits(tokenize(text))]


def codes(text):
    return {h.iso2 for h in country_hits(tokenize(text))}


# --- names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # seed: a list of names joined by و; the mention never includes the و
        ("وتجمع القمة زعماء أوزبكستان وكازاخستان وقيرغيزستان وطاجيكستان وتركمانستان",
         [("UZ", "name", "أوزبكستان"), ("KZ", "name", "كازاخستان"), ("KG", "name", "قيرغيزستان"),
          ("TJ", "name", "طاجيكستان"), ("TM", "name", "تركمانستان")]),
        # clitics: ل، ب، و+ل+ال
        ("وارتفعت صادرات الغاز لتركمانستان إلى مستويات قياسية", [("TM", "name", "تركمانستان")]),
        ("وتعمل الشركة بالسعودية منذ عام 1990", [("SA", "name", "السعودية")]),
        # و + ل + (ا)لسعودية: the article's alef is gone, its lam stays with the name
        ("وللسعودية حصة قدرها 25 ٪ من الناتج المحلي الإجمالي لتلك الدول", [("SA", "name", "لسعودية")]),
    ],
)
def test_names_and_clitics(sentence, expected):
    assert mentions(sentence) == expected


@pytest.mark.parametrize(
    "sentence, iso2, written",
    [
        ("اتفقت الولايات المتحدة الأمريكية والعراق على اتفاقية وضع القوات", "US", "الولايات المتحدة الأمريكية"),
        ("ووقعت كوريا الجنوبية اتفاقية للتجارة الحرة", "KR", "كوريا الجنوبية"),
        ("وقال المتحدث إن جمهورية مصر العربية ملتزمة بالمعاهدة", "EG", "جمهورية مصر العربية"),
        ("وأعلنت دولة جنوب السودان استقلالها عام 2011", "SS", "جنوب السودان"),
    ],
)
def test_multi_word_names_are_one_mention(sentence, iso2, written):
    found = mentions(sentence)
    assert (iso2, "name", written) in found
    # no shorter, overlapping reading of the same words (أمريكا، مصر، السودان ...)
    inner = [m for m in found if m[2] != written and m[2] in written]
    assert inner == []


# --- adjectives ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, iso2, written",
    [
        # masculine, with the article
        ("ووصف الرئيس الأوزبكي شوكت ميرزيوييف اجتماعات التشاور", "UZ", "الأوزبكي"),
        # plural with the article, plural without it (nominative), feminine dual
        ("فيما بلغ إجمالي عدد المشتغلين السعوديين 4 ملايين", "SA", "السعوديين"),
        ("ويعمل في المشروع مهندسون أوزبكيون وخبراء من الخارج", "UZ", "أوزبكيون"),
        ("وجرى الاتفاق بين الشركتين المصريتين على تقاسم الأرباح", "EG", "المصريتين"),
        # feminine without the article
        ("وفازت شركة صينية بعقد بناء الميناء", "CN", "صينية"),
        # feminine after و: the mention is the adjective alone
        ("بين الحكومتين الكازاخية والأوزبكية", "UZ", "الأوزبكية"),
    ],
)
def test_adjectives(sentence, iso2, written):
    assert (iso2, "adjective", written) in mentions(sentence)


# --- what is not a country -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a region, and a city (طشقند) that adds no country
        "ومن المقرر أن يجتمع زعماء آسيا الوسطى في طشقند في وقت لاحق من هذا الأسبوع",
        "وعقد الاجتماع الافتتاحي في أستانا عام 2018",
        "تبلغ المبادلات التجارية مع أوروبا 68 بالمائة",
        "أكبر اقتصاد للسوق الحرة في منطقة الشرق الأوسط وشمال أفريقيا",
        "فيما أثارت الدول الأعضاء من أمريكا اللاتينية القضايا الخاصة بها",
        "وتسعى دول المغرب العربي إلى إقامة سوق مشتركة",
        "وتقلصت مساحة بحيرة تشاد بنحو 90 بالمائة",
    ],
)
def test_regions_and_places_are_not_countries(sentence):
    assert codes(sentence) == set()


# --- Oman and Amman --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, oman",
    [
        ("الموارد المعدنية في سلطنة عمان وتشمل الكروميت", True),
        ("في حين صرحت عمان بأنها ستقدم 500 مليون دولار", True),
        ("وعقدت القمة العربية في عمّان بحضور الملوك والرؤساء العرب", False),
        pytest.param("ووصل الوفد إلى العاصمة الأردنية عمان مساء الأحد", False),
        ("وتحفيز النمو في المراكز الحضرية في الأردن مثل عمان والعقبة", False),
    ],
)
def test_oman_or_amman(sentence, oman):
    assert ("OM" in codes(sentence)) is oman


# --- other ambiguous words -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("خرجت القوات الأمريكية عبر الحدود إلى الكويت", {"US", "KW"}),
        ("تتوفر الجزائر على واحد من أكبر الاقتصادات في إفريقيا", {"DZ"}),
        ("وتنتشر القوات الفرنسية في مالي منذ عام 2013", {"FR", "ML"}),
        ("وتعهدت الحكومة بتقديم الدعم المالي للمزارعين", set()),
        ("ويعتمد السكان على مياه نهر النيجر", set()),
    ],
)
def test_ambiguous_words(sentence, expected):
    assert codes(sentence) == expected


# --- languages ------------------------------------------------------------------


def test_languages_after_lugha_are_not_countries():
    assert codes("وتصدر الصحيفة باللغة العربية والتركية والروسية") == set()


def test_the_same_adjective_outside_a_language_phrase_is_a_country():
    assert codes("وتصدر الشركات التركية الملابس إلى أوروبا") == {"TR"}


# --- the seed article -------------------------------------------------------------


def test_seed_countries(seed_text):
    t = tokenize(seed_text)
    hits = country_hits(t)
    assert {h.iso2 for h in hits} == {"UZ", "KZ", "KG", "TJ", "TM", "AZ", "AF"}
    adjectives = {seed_text[h.start:h.end] for h in hits if h.form == "adjective"}
    assert adjectives == {"الأوزبكي", "الأوزبكية", "الأذربيجاني"}
    for h in hits:
        assert h.form in ("name", "adjective")
        assert not seed_text[h.start:h.end].startswith(("و", "ل", "ب"))  # no clitic in a mention


def test_seed_records_group_mentions_per_country(seed_text):
    t = tokenize(seed_text)
    records = find_countries(t, country_hits(t))
    assert [r.iso2 for r in records] == ["UZ", "KZ", "KG", "TJ", "TM", "AZ", "AF"]
    uz = records[0]
    assert (uz.iso3, uz.name_en) == ("UZB", "Uzbekistan")
    assert {m.form for m in uz.mentions} == {"name", "adjective"}
    for r in records:
        for m in r.mentions:
            assert seed_text[m.start:m.end] == m.text
    az = next(r for r in records if r.iso2 == "AZ")
    assert az.iso3 == "AZE"
    assert [m.text for m in az.mentions].count("أذربيجان") == 5


def test_records_one_per_country_in_order_of_first_mention():
    text = "وقعت مصر والسعودية اتفاقية للربط الكهربائي، وقال الجانب المصري إن مصر ستبدأ التنفيذ"
    t = tokenize(text)
    records = find_countries(t, country_hits(t))
    assert [(r.iso2, r.iso3) for r in records] == [("EG", "EGY"), ("SA", "SAU")]
    assert records[0].name_en == "Egypt" and records[1].name_en == "Saudi Arabia"
    assert [(m.text, m.form) for m in records[0].mentions] == [
        ("مصر", "name"), ("المصري", "adjective"), ("مصر", "name")]
