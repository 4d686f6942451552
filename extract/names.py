"""Name words and the proclitics a name's mention leaves out: what the people
and organizations stages share (words in `extract.lang.ar.entities`).

- a name word is Arabic or Latin, not a stop word (`قال`, `في`, `الذي`);
- the first word of a name carries no article (`العبادي` comes after `حيدر`)
  unless it is a particle (`آل`), starts no organization's name, and starts
  no new phrase with a proclitic (`للدخل`, `وبقي`);
- a later word starts no new phrase either (`بالإعلان`, `ورئيس`), and a
  preposition glued to an organization's head or a title ends the name
  (`لوكالة الأنباء`);
- a mention of a person leaves out a proclitic only when the bare name stands
  elsewhere in the article (`وشوكت` → `شوكت`, `ووليد` stays);
- a mention of an organization leaves out the proclitics before its article
  (`والأمم`, `للأمم` → `لأمم`).
"""

from __future__ import annotations

import math
from functools import lru_cache

from wordfreq import available_languages, lossy_tokenize, read_cBpack
from wordfreq.numbers import digit_freq, smash_numbers

from .gazetteers import org_heads, titles
from .lang.ar import entities as L
from .lang.ar.clitics import ARTICLE
from .lang.ar.morph import AND
from .lexicon import keyed_words
from .normalize import key
from .tokenize import Token, Tokenized

W = keyed_words(L)
_LANG = "ar"
_COMMON = 3.0  # Zipf frequency (log10 per billion words) of a common word form
_VERY_COMMON = 4.2  # a bare word after a glued preposition (واشنطن in بواشنطن; not ورش in بورش)
_RARE = 2.0  # below it a word is rare: a name as likely as not
_CLAUSE_GAP = 1.3  # و + a name is this much rarer than the name at least (وخالد 3.8, خالد 5.2)



def starts_phrase(norm: str) -> bool:
    """Whether a word starts a new phrase with its proclitics: a clitic and
    the article (`للدخل`, `بالإعلان`) or the conjunction (`وبقي`)."""
    return norm.startswith(L.CLITIC_ARTICLE) or (norm.startswith(AND) and len(norm) > 3)


def name_token_ok(tokens: list[Token], i: int, position: int) -> bool:
    """Whether token i can be word `position` (0 for the first) of a name."""
    tok = tokens[i]
    if not tok.is_arabic and tok.kind != "latin":
        return False
    k = tok.key
    if k in W.NAME_STOP:
        return False
    if position == 0:
        if tok.has_article and k not in W.NAME_PARTICLES:
            return False  # a name does not start with the article (العبادي comes after حيدر)
        if starts_phrase(tok.norm):
            return False  # للدخل، وبقي: a clitic starts a new phrase, not a name
        if org_heads().match_at(tokens, i) is not None:
            return False
    if position > 0:
        n = tok.norm
        if starts_phrase(n):
            return False  # بالإعلان، ورئيس: a clitic starts the next phrase
        if n.startswith(L.PREPOSITIONS_BEFORE_NAMES) and (
                org_heads().match_at(tokens, i) or titles().match_at(tokens, i)):
            return False  # لوكالة الأنباء: a preposition and an organization
    return True


def person_clitic(t: Tokenized, i: int, keys: set[str]) -> int:
    """The proclitic characters a person's mention leaves out of token i: a
    conjunction or preposition only when the bare form stands elsewhere in the
    article (ووليد keeps its و, وشوكت loses it); `keys` holds the key of
    every token of the article."""
    tok = t.tokens[i]
    if tok.norm.startswith(L.NAME_PROCLITICS) and len(tok.norm) > 3:
        if key(tok.norm[1:]) in keys:
            return 1
    return 0


def org_clitic(t: Tokenized, i: int) -> int:
    """The proclitic characters an organization's mention leaves out of token
    i: those before its article (والأمم، للأمم → لأمم)."""
    for a in t.tokens[i].analyses[1:]:
        if a.article and not a.proclitics.endswith(ARTICLE):
            return a.offset
    return 0


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    """The words of wordfreq's Arabic list at Zipf 2.0 and above (202,721 of
    its 620,701), each with its bucket (centibels below 1): every rule here
    compares with thresholds of 2.0 and more, so the rarer words change no
    decision, and the whole list would cost each process 110 MB."""
    pack = read_cBpack(available_languages("best")[_LANG])
    keep = round((9 - _RARE) * 100)  # bucket i holds the words of Zipf 9 - i / 100
    return {word: i for i, bucket in enumerate(pack[:keep + 1]) for word in bucket}


@lru_cache(maxsize=1 << 14)
def _zipf(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "ar")` for words at Zipf 2.0 and above,
    0.0 below (the same computation over `_frequencies`)."""
    freqs = _frequencies()
    one_over = 0.0
    tokens = lossy_tokenize(word, _LANG)
    for token in tokens:
        smashed = smash_numbers(token)
        bucket = freqs.get(smashed)
        if bucket is None:
            return 0.0
        freq = 10 ** (-bucket / 100)
        if smashed != token:
            freq *= digit_freq(token)
        one_over += 1.0 / freq
    if not tokens:
        return 0.0
    freq = 1.0 / one_over
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)  # wordfreq's 3 significant digits
    return round(math.log(freq, 10) + 9, 2)


@lru_cache(maxsize=1 << 14)
def word_use(word: str, strict: bool = False) -> str | None:
    """Whether a word as written is a common word rather than a name, by the
    frequencies of its forms in the `wordfreq` list: "verb" when another
    person of the same imperfect is common (`يثق` beside `تثق`, `ستعود`
    beside `تعود`), "noun" when the word with the article is common and not
    much rarer than the bare word (`أركان` beside `الأركان`; with `strict`,
    clearly more common: `صحافيين` beside `الصحافيين`), None otherwise (`ترامب`,
    `يوسف`, and rare words).  Given names that are also adjectives (`سعيد`,
    `جمال`) read as nouns: callers ask only where nothing else says name."""
    z = _zipf(word)
    if z < _RARE or not word:
        return None
    if not word.startswith(ARTICLE):
        za = _zipf(ARTICLE + word)
        if za >= _COMMON and za >= z + (0.5 if strict else -1.0):
            return "noun"
    v = word[1:] if word.startswith(L.FUTURE_PREFIX) and len(word) > 4 and word[1] in L.VERB_PREFIXES else word
    if len(v) >= 3 and v[0] in L.VERB_PREFIXES:
        if max(_zipf(p + v[1:]) for p in L.VERB_PREFIXES if p != v[0]) >= _COMMON:
            return "verb"
    return None


def conjunction_clause(word: str) -> bool:
    """A word with a conjunction glued to it that is common as a whole and
    not much rarer than without it (`وأردف` 3.3 beside `أردف` 2.1, `فقال` 4.9
    beside 6.0): a clause word; `ومحمد` (4.5 beside 6.1) is a name with و."""
    whole = _zipf(word)
    return whole >= _COMMON and _zipf(word[1:]) - whole < _CLAUSE_GAP


def common_enough(word: str) -> bool:
    """A word frequent enough to be a word of the language rather than a rare
    foreign name (`طوكيو`, `الجيش` are; `جينبينغ` is not)."""
    return _zipf(word) >= _COMMON


def clitic_and_word(word: str) -> bool:
    """A preposition glued to a common word or a place (`بواشنطن`, `لمدينة`,
    `بجولة`), or a common word with a possessive pronoun (`مفاوضاته`): the
    bare word is common and much more so than the whole."""
    if len(word) < 4:
        return False
    whole = _zipf(word)
    if word.startswith(L.PREPOSITIONS_BEFORE_NAMES):
        if _zipf(word[1:]) >= max(_VERY_COMMON, whole + 0.5):
            return True
        if len(word) >= 5 and word.endswith(L.PRONOUN_SUFFIXES):
            return True  # بعلاقته: a preposition, a noun and a pronoun
    return any(_zipf(word[:-len(p)]) >= max(_COMMON + 0.5, whole + 0.5)
               for p in L.PRONOUN_SUFFIXES if word.endswith(p) and len(word) - len(p) >= 3)
