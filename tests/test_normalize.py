"""Normalization: what the matching view folds, and that no offset is lost."""

import pytest

from extract.normalize import key, normalize


def test_diacritics_and_tatweel_are_dropped_and_glued_to_their_letter():
    raw = "بلغت قيمتُهُ مِلْيارَ يـــورو"
    n = normalize(raw)
    assert n.text == "بلغت قيمته مليار يورو"
    start = n.text.index("مليار")
    s, e = n.to_raw(start, start + len("مليار"))
    # The span ends after the fatha written on the last letter.
    assert raw[s:e] == "مِلْيارَ"
    start = n.text.index("يورو")
    assert n.raw_slice(start, start + 4) == "يـــورو"


def test_undiacritized_text_keeps_the_identity_map():
    raw = "وتجمع القمة زعماء أوزبكستان وكازاخستان"
    n = normalize(raw)
    assert n.identity
    assert n.text == "وتجمع القمة زعماء اوزبكستان وكازاخستان"  # alef folded one for one
    assert n.to_raw(6, 11) == (6, 11)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("٢٠٢٥", "2025"),  # Arabic-Indic digits
        ("۲۰۲۵", "2025"),  # Eastern Arabic-Indic digits
        ("٢٫٥", "2.5"),  # Arabic decimal separator
        ("٣٬٥٠٠", "3,500"),  # Arabic thousands separator
        ("٨٧٫٥٪", "87.5%"),  # Arabic percent sign
        ("نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),  # Arabic comma, semicolon, question mark
        ("“رمز حي” و«معلم»", '"رمز حي" و"معلم"'),  # typographic quotes
        ("أإآٱ", "اااا"),  # alef forms
        ("2025–2027", "2025-2027"),  # en dash
        ("مليار\u00a0يورو", "مليار يورو"),  # no-break space
        ("ﺑﺴﻢ", "بسم"),  # presentation forms B
        ("ﷲ", "الله"),  # ligature: one raw character, four normalized
        ("ﻻ", "لا"),
        ("ی ک", "ي ك"),  # Persian yeh and keheh
    ],
)
def test_character_folding(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize("mark", ["\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u061c", "\u202b", "\u2067"])
def test_invisible_marks_are_dropped_without_moving_offsets(mark):
    raw = f"الرئيس{mark} الأوزبكي{mark}"
    n = normalize(raw)
    assert n.text == "الرئيس الاوزبكي"
    start = n.text.index("الاوزبكي")
    s, e = n.to_raw(start, start + len("الاوزبكي"))
    assert raw[s:e] == "الأوزبكي"


def test_ligature_expansion_maps_each_character_to_the_ligature():
    raw = "قال ﷲ"
    n = normalize(raw)
    assert n.text == "قال الله"
    assert n.to_raw(4, 8) == (4, 5)
    assert n.to_raw(5, 6) == (4, 5)


def test_fully_diacritized_wikinews_sentence():
    raw = "خَفْضُ أُوبِك لِإِنْتَاجِهَا يَرْفَعُ سِعْرَ النِّفْطِ"
    n = normalize(raw)
    assert n.text == "خفض اوبك لانتاجها يرفع سعر النفط"
    i = n.text.index("النفط")
    assert n.raw_slice(i, i + 5) == "النِّفْطِ"


def test_lookup_key_folds_maksura_teh_marbuta_and_case():
    assert key("المُبادَرة") == key("المبادره")
    assert key("مستوى") == key("مستوي")
    assert key("إعلان") == key("اعلان")
    assert key("OPEC") == "opec"


def test_empty_text():
    n = normalize("")
    assert n.text == "" and n.to_raw(0, 0) == (0, 0)
