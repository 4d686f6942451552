"""The evaluation: the matcher on small hand-made cases, the gold checker on
the real corpus, and `extract eval` end to end."""

import json

import pytest

from extract.cli import main
from extract.evaluate import Score, evaluate, evaluate_article
from extract.gold import GoldArticle, check_corpus, gold_sets, load_gold
from extract.records import RECORD_NAMES, Agreement, Article, Country, CountryMention, Figure, Organization, Person, Span

from .conftest import CORPUS

TEXT = "بلغت التجارة 2.8 مليار يورو في عام 2017، وأكثر من 1800 مشروع، ونحو 6 في المائة."


def fig(text, value, kind="money", unit="EUR", **kw):
    start = TEXT.index(text)
    return Figure(text=text, start=start, end=start + len(text), value=value, kind=kind, unit=unit, **kw)


def gold(figures, optional=None, **records):
    art = Article(id="t", figures=figures, **records)
    opt = {k: [False] * len(getattr(art, k)) for k in RECORD_NAMES}
    if optional:
        opt["figures"] = optional
    return GoldArticle("t", TEXT, art, opt)


def score(g, pred):
    scores = {k: Score() for k in RECORD_NAMES}
    res = evaluate_article(g, pred, scores)
    return scores, res


def test_exact_match():
    f = fig("2.8 مليار يورو", 2.8e9, year=2017)
    scores, _ = score(gold([f]), Article(id="t", figures=[f]))
    s = scores["figures"]
    assert (s.gold, s.predicted, s.tp) == (1, 1, 1)
    assert s.precision == s.recall == s.f1 == 1.0
    assert s.fields["year"] == [1, 1]


def test_value_within_tolerance_matches_and_outside_does_not():
    g = gold([fig("2.8 مليار يورو", 2.8e9)])
    near = fig("2.8 مليار يورو", 2.8e9 * 1.004)
    far = fig("2.8 مليار يورو", 2.8e9 * 1.01)
    assert score(g, Article(id="t", figures=[near]))[0]["figures"].tp == 1
    s = score(g, Article(id="t", figures=[far]))[0]["figures"]
    assert (s.tp, s.predicted, s.gold) == (0, 1, 1)


def test_wrong_unit_is_a_miss_and_a_false_alarm():
    g = gold([fig("2.8 مليار يورو", 2.8e9)])
    scores, res = score(g, Article(id="t", figures=[fig("2.8 مليار يورو", 2.8e9, unit="USD")]))
    s = scores["figures"]
    assert (s.tp, s.precision, s.recall) == (0, 0.0, 0.0)
    assert len(res.misses["figures"]) == 1 and len(res.false_alarms["figures"]) == 1


def test_count_units_compare_without_article_and_accusative_alef():
    g = gold([fig("أكثر من 1800 مشروع", 1800, kind="count", unit="مشروع", bound="more_than")])
    p = fig("أكثر من 1800 مشروع", 1800, kind="count", unit="مشروعا")
    assert score(g, Article(id="t", figures=[p]))[0]["figures"].tp == 1


def test_count_units_compare_by_their_head_noun():
    g = fig("1800 مشروع", 1800, kind="count", unit="مشروع استثماري")
    assert score(gold([g]), Article(id="t", figures=[g.model_copy(update={"unit": "مشروع"})]))[0]["figures"].tp == 1
    other = g.model_copy(update={"unit": "استثمار"})
    assert score(gold([g]), Article(id="t", figures=[other]))[0]["figures"].tp == 0


def test_missed_optional_item_is_not_a_miss_and_predicting_it_is_not_a_false_alarm():
    required = fig("2.8 مليار يورو", 2.8e9)
    optional = fig("6 في المائة", 6, kind="percent", unit="%")
    g = gold([required, optional], optional=[False, True])
    s = score(g, Article(id="t", figures=[required]))[0]["figures"]
    assert (s.gold, s.predicted, s.tp, s.recall) == (1, 1, 1, 1.0)
    s = score(g, Article(id="t", figures=[required, optional]))[0]["figures"]
    assert (s.gold, s.predicted, s.tp, s.precision) == (1, 1, 1, 1.0)


def test_duplicate_prediction_counts_once_and_the_copy_is_a_false_alarm():
    f = fig("2.8 مليار يورو", 2.8e9)
    scores, res = score(gold([f]), Article(id="t", figures=[f, f]))
    s = scores["figures"]
    assert (s.tp, s.predicted, s.precision, s.recall) == (1, 2, 0.5, 1.0)
    assert len(res.false_alarms["figures"]) == 1


def test_overlapping_span_is_preferred_among_equal_values():
    a = fig("2.8 مليار يورو", 2.8e9)
    scores, res = score(gold([a]), Article(id="t", figures=[fig("6 في المائة", 2.8e9, kind="money"), a]))
    assert scores["figures"].tp == 1
    assert res.false_alarms["figures"][0].text == "6 في المائة"


def test_countries_match_by_code_and_score_their_mentions():
    start = TEXT.index("التجارة")
    m = CountryMention(text="التجارة", start=start, end=start + 7, form="name")
    uz = Country(iso2="UZ", iso3="UZB", name_ar="أوزبكستان", name_en="Uzbekistan", mentions=[m])
    kz = Country(iso2="KZ", iso3="KAZ", name_ar="كازاخستان", name_en="Kazakhstan", mentions=[m])
    scores, _ = score(gold([], countries=[uz]), Article(id="t", countries=[uz, kz]))
    s = scores["countries"]
    assert (s.gold, s.predicted, s.tp) == (1, 2, 1) and s.fields["mentions found"] == [1, 1]


def test_people_match_by_name_forms():
    sp = Span(text="x", start=0, end=1)
    g = Person(name="شوكت ميرزيوييف", title="الرئيس", country="UZ", mentions=[Span(text="y", start=50, end=51)])
    for name in ("شوكت ميرزيوييف", "ميرزيوييف", "شوكت م. ميرزيوييف"):
        p = Person(name=name, title="الرئيس", country="UZ", mentions=[sp])
        assert score(gold([], people=[g]), Article(id="t", people=[p]))[0]["people"].tp == 1, name
    other = Person(name="إلهام علييف", mentions=[sp])
    assert score(gold([], people=[g]), Article(id="t", people=[other]))[0]["people"].tp == 0


def test_organizations_and_agreements_match_by_overlap_or_title():
    a = Span(text="x", start=3, end=9)
    g = Organization(name="الأمم المتحدة", mentions=[a])
    p = Organization(name="للأمم المتحدة", mentions=[Span(text="z", start=40, end=41)])
    assert score(gold([], organizations=[g]), Article(id="t", organizations=[p]))[0]["organizations"].tp == 1
    ga = Agreement(text="x", start=10, end=20, type="declaration", title="إعلان خوجاند", parties=[])
    pa = Agreement(text="y", start=15, end=30, type="declaration", title="وإعلان خوجاند", parties=[])
    s = score(gold([], agreements=[ga]), Article(id="t", agreements=[pa]))[0]["agreements"]
    assert s.tp == 1 and s.fields["type"] == [1, 1]


def test_the_gold_corpus_is_sound():
    results = check_corpus(CORPUS)
    assert len([p for p in results if "/news/" in p]) >= 30 and len([p for p in results if "/wiki/" in p]) == 26
    assert {k: v for k, v in results.items() if v} == {}


def test_gold_sets_are_the_folder_or_its_sub_folders():
    assert list(gold_sets(CORPUS)) == ["news", "wiki"]
    assert list(gold_sets(CORPUS / "news")) == ["news"]
    assert gold_sets(CORPUS / "news" / "articles") == {}


TEXT_EG_GR = "وقعت مصر واليونان اتفاقية لترسيم الحدود البحرية. وقال الوزير إن الاتفاقية تاريخية."


def _one_article_corpus(tmp_path, agreement_extra):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(TEXT_EG_GR, encoding="utf-8")
    start = TEXT_EG_GR.index("اتفاقية")
    ag = {"text": "اتفاقية لترسيم الحدود البحرية", "start": start, "end": start + 29, "type": "agreement",
          "title": "اتفاقية لترسيم الحدود البحرية", "parties": ["EG", "GR"], "status": "signed", **agreement_extra}
    org = {"name": "وزارة الخارجية المصرية", "country": "EG", "mentions": []}
    (tmp_path / "gold" / "a.json").write_text(json.dumps(
        {"id": "a", "schema_version": 1, "agreements": [ag], "organizations": [org]}, ensure_ascii=False),
        encoding="utf-8")
    return tmp_path / "gold" / "a.json"


def test_fields_annotated_ahead_of_the_contract_are_kept_apart_and_checked(tmp_path):
    later = TEXT_EG_GR.rindex("الاتفاقية")
    path = _one_article_corpus(tmp_path, {
        "count": None, "party_organizations": [], "signatories": [],
        "mentions": [{"text": "الاتفاقية", "start": later, "end": later + 9}]})
    assert check_corpus(tmp_path) == {str(path): []}
    gold = load_gold(path, tmp_path / "articles")
    assert gold.article.agreements[0].mentions[0].start == later  # a field of the contract now (issue 13)
    assert gold.article.organizations[0].country == "EG"  # a field of the contract now (issue 15)
    assert gold.article.agreements[0].parties == ["EG", "GR"]


def test_a_broken_field_ahead_of_the_contract_is_a_problem(tmp_path):
    path = _one_article_corpus(tmp_path, {"mentions": [{"text": "الاتفاقية", "start": 0, "end": 9}]})
    problems = "\n".join(check_corpus(tmp_path)[str(path)])
    assert "agreements[0].mentions[0]: text[0:9]" in problems
    (tmp_path / "count").mkdir()
    path = _one_article_corpus(tmp_path / "count", {"count": 0})
    problems = "\n".join(check_corpus(tmp_path / "count")[str(path)])
    assert "agreements.0.count" in problems  # a count is a positive whole number (the contract says so)


def test_gold_checker_finds_broken_offsets_codes_and_duplicates(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    bad = {"id": "a", "schema_version": 1,
           "figures": [{"text": "2.8 مليار يورو", "start": 0, "end": 5, "value": 2.8e9, "kind": "money",
                        "unit": "EURO"}],
           "countries": [{"iso2": "UZ", "iso3": "UZA", "name_ar": "x", "name_en": "x", "mentions": []},
                         {"iso2": "UZ", "iso3": "UZB", "name_ar": "x", "name_en": "x", "mentions": []}]}
    (tmp_path / "gold" / "a.json").write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    problems = check_corpus(tmp_path)[str(tmp_path / "gold" / "a.json")]
    text = "\n".join(problems)
    assert "text[0:5]" in text and "ISO 4217" in text and "iso3 of UZ is UZB" in text and "two records" in text


@pytest.fixture(scope="module")
def corpus_scores():  # the Wikipedia/Wikinews set
    from extract.pipeline import Pipeline

    return evaluate(CORPUS / "wiki", Pipeline(ner_model=False))


def test_rules_alone_reach_their_floor_on_the_gold_corpus(corpus_scores):
    """A regression floor, well under the measured scores (see the README)."""
    scores, results = corpus_scores
    assert len(results) == 26
    assert scores["figures"].f1 >= 0.85
    assert scores["countries"].f1 >= 0.9
    assert scores["agreements"].f1 >= 0.7
    assert scores["organizations"].f1 >= 0.6


def test_eval_command_prints_the_table_and_json(capsys, tmp_path):
    report = tmp_path / "r.md"
    assert main(["eval", str(CORPUS), "--json", "--report", str(report)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["scores"]) == list(RECORD_NAMES)
    assert list(data["sets"]) == ["news", "wiki"] and data["sets"]["wiki"]["articles"] == 26
    for kind in data["scores"]:  # the whole is the sum of its sets
        assert data["scores"][kind]["tp"] == sum(data["sets"][s]["scores"][kind]["tp"] for s in data["sets"])
    news = data["sets"]["news"]["scores"]  # regression floors on real news, under the measured scores (README)
    assert news["figures"]["f1"] >= 0.85 and news["countries"]["f1"] >= 0.93 and news["people"]["f1"] >= 0.7
    assert {"precision", "recall", "f1", "gold", "predicted", "tp"} <= set(data["scores"]["figures"])
    assert report.read_text(encoding="utf-8").startswith("# Evaluation report")


def test_html_report_shows_misses_and_false_alarms_on_the_text(tmp_path, capsys):
    report = tmp_path / "r.html"
    assert main(["eval", str(CORPUS), "--report", str(report)]) == 0
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'dir="rtl"' in page
    assert 'class="r miss"' in page and 'class="r false_alarm"' in page
