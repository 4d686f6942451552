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


# --- issue 18: money forms, ranges, spelled numbers; issue 16: no overflow -------------

def test_a_number_of_hundreds_of_digits_before_a_scale_loses_no_record():
    """400 digits before `مليار` overflowed a float (OverflowError: the article's
    records were lost); the number is no figure, the rest of the article stays."""
    from extract.pipeline import Pipeline

    text = "بلغت القيمة " + "9" * 400 + " مليار دولار، وأعلنت مصر تخصيص 5 ملايين دولار."
    article = Pipeline().extract(text)
    assert [(f.text, f.value) for f in article.figures] == [("5 ملايين دولار", 5000000)]
    assert [c.iso2 for c in article.countries] == ["EG"]
    article.model_dump_json()  # no infinity in the JSON
    assert extract("بلغت " + "9" * 300 + " مليار مليار دولار") == []


def test_a_range_gives_both_ends_the_scale_unit_and_range_of_the_second():
    figs = extract("وتوقع البنك أن يتراوح العجز بين 2.1 و2.4 مليار دولار في عام 2025")
    assert [(f.text, f.value, f.unit, f.range, f.year) for f in figs] == [
        ("2.1", 2100000000, "USD", (2100000000, 2400000000), 2025),
        ("2.4 مليار دولار", 2400000000, "USD", (2100000000, 2400000000), 2025)]
    figs = extract("ويتراوح سعر التذكرة من 10 إلى 20 دولارا")
    assert [(f.value, f.kind, f.unit, f.range) for f in figs] == [(10, "money", "USD", (10, 20)),
                                                                 (20, "money", "USD", (10, 20))]
    # a list is no range: the first number takes the scale and the unit, not `range`
    figs = extract("وزار المدينة 3 أو 4 ملايين زائر")
    assert [(f.value, f.range) for f in figs] == [(3e6, None), (4e6, None)]


def test_money_in_symbols_codes_abbreviations_and_cldr_names():
    figs = extract("بلغ 10$ و$ 10 و€20 و42 SAR و1.5 مليار USD و100 ج.م و5 د.ك و3 ر.س و99 د.إ و7 د.أ")
    assert [(f.value, f.unit) for f in figs] == [(10, "USD"), (10, "USD"), (20, "EUR"), (42, "SAR"), (1.5e9, "USD"),
                                                 (100, "EGP"), (5, "KWD"), (3, "SAR"), (99, "AED"), (7, "JOD")]
    assert [f.unit for f in extract("خصص 5 دولارات كندية و3 جنيهات مصرية و4 دنانير جزائرية")] == ["CAD", "EGP", "DZD"]
    assert extract("وزار الوفد ج.م.ع ونشر وسم #$100") == []


def test_subunits_join_the_main_unit():
    assert [(f.text, f.value, f.unit) for f in extract("بلغ سعر السهم 20 دولارا و43 سنتا")] == [
        ("20 دولارا و43 سنتا", pytest.approx(20.43), "USD")]
    assert [(f.value, f.unit) for f in extract("بلغ السعر 1 دينار كويتي و500 فلس")] == [(1.5, "KWD")]


def test_a_bare_dollar_is_the_us_dollar_unless_the_article_writes_another():
    assert [f.unit for f in extract("وقالت الحكومة الأسترالية إن المشروع يكلف 5 ملايين دولار")] == ["USD"]
    figs = extract("وخصصت أستراليا 5 ملايين دولار أسترالي، ثم 3 ملايين دولار أخرى")
    assert [f.unit for f in figs] == ["AUD", "AUD"]


def test_spelled_numbers_zero_decimals_and_a_leading_point():
    got = [(f.text, f.value) for f in extract("شارك أربعة و عشرون وفدا ونما الاقتصاد واحد فاصلة خمسة بالمئة")]
    assert got == [("أربعة و عشرون وفدا", 24), ("واحد فاصلة خمسة بالمئة", 1.5)]
    assert [(f.text, f.value) for f in extract("وتراجع إلى .77 دولار ثم ٫٥ دولار")] == [(".77 دولار", 0.77),
                                                                                    ("٫٥ دولار", 0.5)]


def test_a_year_after_am_with_punctuation_or_a_line_break_is_no_count():
    assert extract("وتأسست الشركة عام\n2015 في دبي") == []
    assert extract("وتأسست الشركة عام، 2015 في دبي") == []
    assert extract("وأصبح عدد المشاريع 8,389 عام 1996 م") == []


def _seconds(f, text):
    """Seconds of f(text), with the cyclic garbage collector paused (its passes
    grow with the objects alive, not with the rule's work)."""
    import gc
    import time

    gc.collect()
    gc.disable()
    try:
        t0 = time.perf_counter()
        f(text)
        return time.perf_counter() - t0
    finally:
        gc.enable()


def _timed_figures(text):
    """Seconds of the figures stage alone on a text (the tokenizer is timed by
    its own tests)."""
    t = tokenize(text)
    hits = country_hits(t)
    return _seconds(lambda _: find_figures(t, hits), None)


@pytest.mark.parametrize("unit", ["1$", "1 $ ", "€1", "1 و", "بين 1 و", "1 دولار و2 سنت و", "من 1 إلى ", "1 مليار ", "1.5 مليار دولار و",
                                  "1 ج.م.", ".1 ", "أربعة و ", "واحد فاصلة ", "3 أو "])
def test_repeated_symbols_and_joiners_between_digits_are_linear(unit):
    """Repetitions of `$`, `€` or `و` between digits (and the other triggers of
    the rules of issue 18): doubling the input at most about doubles the time
    (100,000 repetitions in the slow test below)."""
    make = lambda n: "بلغ " + unit * n  # noqa: E731
    _timed_figures(make(100))
    a, b = _timed_figures(make(5_000)), _timed_figures(make(10_000))
    assert b < 3 * a + 0.05, (a, b)


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["1$", "€1", "1 و"])
def test_100000_symbols_or_joiners_between_digits_are_linear(unit):
    make = lambda n: "بلغ " + unit * n  # noqa: E731
    _timed_figures(make(100))
    a, b = _timed_figures(make(50_000)), _timed_figures(make(100_000))
    assert b < 3 * a + 0.05, (a, b)


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["1$", "€1", "1 و", "بين 1 و", "1 دولار و2 سنت و"])
def test_a_million_characters_of_money_triggers_go_through_the_figures_stage(unit):
    """1M characters of a money trigger through the figures stage in under 30 s
    (the whole pipeline takes longer on `1$` repeated: the NER model reads
    500,000 sentences-worth of tokens; see the figures report of issue 18)."""
    text = "بلغ " + unit * (1_000_000 // len(unit))
    assert _timed_figures(text) < 30
