"""Figures beyond the table of examples (extract/lang/ar/figures_corpus.py, run by
tests/test_corpora.py): the seed article, the separator rule, partitives,
carried currencies, and what is not a figure."""

import pytest

from extract.countries import country_hits
from extract.figures import find_figures
from extract.tokenize import tokenize


def extract(sentence):
    t = tokenize(sentence)
    return find_figures(t, country_hits(t))


def test_partitive_counts_take_the_noun_after_min():
    figs = extract("وبالسلطنة أكثر من 94,000 رأس من الأبقار، وثلاثة أرباع مليون من الماعز و148,000 من الأغنام")
    assert [(f.value, f.unit) for f in figs] == [(94000, "رأس"), (750000, "ماعز"), (148000, "أغنام")]


def test_an_amount_that_leaves_out_its_currency_takes_the_sentence_s_last_one():
    figs = extract("ناشدت المنظمة المانحين لجمع أكثر من 40 مليون دولار ولم تحصل إلا على 3 ملايين")
    assert [(f.value, f.kind, f.unit) for f in figs] == [(40e6, "money", "USD"), (3e6, "money", "USD")]


def test_an_amount_without_currency_or_noun_after_a_count_stays_a_count():
    figs = extract("ومع تجاوز عدد سكان آسيا الوسطى 80 مليون نسمة ومن المتوقع أن يصل إلى 100 مليون بحلول عام 2050")
    assert [(f.value, f.kind, f.unit, f.year) for f in figs] == [
        (80e6, "count", "نسمة", None), (100e6, "count", None, 2050)]


SEED_FIGURES = [
    # text, value, kind, unit, year, bound, approximate
    ("2.8 مليار يورو", 2.8e9, "money", "EUR", 2017, None, False),
    ("6 مليارات يورو", 6e9, "money", "EUR", 2024, None, False),
    ("2,5 ضعف", 2.5, "multiplier", None, None, None, False),
    ("450 مليار يورو", 450e9, "money", "EUR", None, None, False),
    ("ما يقرب من 10 مليار يورو", 10e9, "money", "EUR", None, None, True),
    ("أكثر من 1800 مشروع", 1800, "count", "مشروع", None, "more_than", False),
    ("6 في المائة سنويا", 6, "percent", "%", None, None, False),
    ("ضعف", 2, "multiplier", None, None, None, False),
    ("3.5 مليار يورو", 3.5e9, "money", "EUR", None, None, True),
    ("603 ملايين يورو", 603e6, "money", "EUR", None, None, False),
    ("500 مليون يورو", 500e6, "money", "EUR", None, None, False),
    ("مليار يورو", 1e9, "money", "EUR", None, None, False),
    ("ضعف", 2, "multiplier", None, None, None, False),
    ("خمس سنوات", 5, "count", "سنوات", None, None, False),
    ("4.2 مليار يورو", 4.2e9, "money", "EUR", None, "more_than", False),
    ("275 مليون يورو", 275e6, "money", "EUR", 2025, None, False),
    ("87.5 بالمائة", 87.5, "percent", "%", 2025, None, False),
    ("1.3 مليون طن", 1.3e6, "quantity", "tonne", 2024, "more_than", False),
    ("80 مليون نسمة", 80e6, "count", "نسمة", None, "more_than", False),
    ("100 مليون", 100e6, "count", None, 2050, None, False),
    ("حوالي 30 زيارة", 30, "count", "زيارة", None, None, True),
    ("13 مرة", 13, "count", "مرة", None, None, False),
]


def test_every_figure_of_the_seed(seed_text):
    figs = extract(seed_text)
    got = [(f.text, f.value, f.kind, f.unit, f.year, f.bound, f.approximate) for f in figs]
    assert got == [tuple(pytest.approx(x) if isinstance(x, float) else x for x in row) for row in SEED_FIGURES]
    by_text = {f.text: f for f in figs}
    assert by_text["2.8 مليار يورو"].subject == "تجارة أوزبكستان مع جيرانها"
    assert by_text["2,5 ضعف"].subject == "الناتج المحلي الإجمالي"
    assert by_text["4.2 مليار يورو"].subject == "محفظة الاستثمارات المشتركة"
    assert by_text["275 مليون يورو"].period == "من يناير إلى سبتمبر 2025"
    assert by_text["275 مليون يورو"].countries == ["UZ", "AZ"]
    assert by_text["603 ملايين يورو"].subject == by_text["3.5 مليار يورو"].subject


@pytest.mark.parametrize("raw, scale_follows, value", [
    ("2.8", False, 2.8), ("2,5", False, 2.5), ("1,800", False, 1800), ("1.800", False, 1800),
    ("622.533", False, 622533), ("5.339", True, 5.339), ("3,876", True, 3.876), ("7,407,617", False, 7407617),
    ("1,234.5", False, 1234.5), ("1.234,5", False, 1234.5), ("0.500", False, 0.5), ("٢٫٥", False, 2.5),
    ("٣٬٥٠٠", False, 3500), ("٣٬٥٠٠", True, 3500), ("65,5", False, 65.5),
])
def test_separator_rule(raw, scale_follows, value):
    from extract.figures import parse_digits
    from extract.tokenize import tokenize

    (tok,) = tokenize(raw).tokens
    assert parse_digits(tok, scale_follows) == pytest.approx(value)
