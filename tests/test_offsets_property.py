"""Property: for any Arabic text with diacritics, tatweel, presentation forms,
Arabic-Indic digits and invisible marks, every token and every span the
normalizer maps back is an exact slice of the raw text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.normalize import normalize
from extract.spacy_doc import to_doc
from extract.tokenize import tokenize

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهوي" + "أإآٱءؤئةى"
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
TATWEEL = "\u0640"
PRESENTATION = "\ufefb\ufef5\ufdf2\ufe8d\ufe91\ufe92\ufee3\ufe70\ufe7c\ufb50\ufb8e"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳"
SEPARATORS = ".,٫٬،-–/%٪"
SPACE = " \n\u00a0\t"
INVISIBLE = "\u200c\u200d\u200e\u200f\ufeff\u061c\u202b\u2067\u200b"
PUNCT = "؛؟!«»“”\"'()"
LATIN = "abcXYZ"

alphabet = st.sampled_from(
    list(LETTERS) * 6 + list(DIACRITICS) * 2 + [TATWEEL] + list(PRESENTATION) + list(DIGITS) * 2
    + list(SEPARATORS) + list(SPACE) * 3 + list(INVISIBLE) + list(PUNCT) + list(LATIN)
)
arabic_text = st.text(alphabet=alphabet, max_size=300)


@settings(max_examples=400, deadline=None)
@given(arabic_text)
def test_every_token_is_an_exact_raw_slice(raw):
    t = tokenize(raw)
    prev_end = 0
    for tok in t.tokens:
        assert raw[tok.start:tok.end] == tok.text
        assert tok.start >= prev_end  # in order, never overlapping
        assert tok.text and tok.norm
        # the token's normalized text is what the raw slice normalizes to
        assert tok.norm in normalize(tok.text).text
        prev_end = tok.end
    for s in t.sentences:
        assert s.start == t.tokens[s.first].start and s.end == t.tokens[s.last - 1].end


@settings(max_examples=400, deadline=None)
@given(arabic_text, st.data())
def test_every_normalized_span_maps_to_a_raw_span_that_holds_it(raw, data):
    n = normalize(raw)
    if not n.text:
        return
    a = data.draw(st.integers(0, len(n.text) - 1))
    b = data.draw(st.integers(a + 1, len(n.text)))
    s, e = n.to_raw(a, b)
    assert 0 <= s <= e <= len(raw)
    # normalizing the raw slice gives back (at least) the normalized span
    assert n.text[a:b] in normalize(raw[s:e]).text


@settings(max_examples=100, deadline=None)
@given(arabic_text)
def test_spacy_doc_has_the_same_tokens(raw):
    t = tokenize(raw)
    doc = to_doc(t)
    assert [d.text for d in doc] == [tok.norm for tok in t.tokens]
