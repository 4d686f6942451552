"""What the phrase of an agreement says of it beyond its span: its topic,
its status (the nearest cue of its sentence), whether it is specific, and
the signing verb and subject before it."""

from __future__ import annotations

from bisect import bisect_left

from ..lang.ar.clitics import ARTICLE
from ..lang.ar.morph import ARTICLE_AFTER_LAM, ARTICLE_ALEF, LAM_PREPOSITION
from ..lexicon import noun_phrase_end, phrase_keys
from ..tokenize import Token, Tokenized
from .context import CLAUSE_PUNCT, Context, L, W, key_at

TOPIC = [phrase_keys(p) for p in L.TOPIC_MARKERS]
_VAGUE = [phrase_keys(p) for p in L.VAGUE_BEFORE]
_TOPIC_FIRST = frozenset(p[0] for p in TOPIC)
_VAGUE_LAST = frozenset(p[-1] for p in _VAGUE)
_DEFINITE = (ARTICLE, ARTICLE_AFTER_LAM)  # الاتفاقية، للاتفاقية


def topic_may_start(ctx: Context, j: int) -> bool:
    """Whether a topic marker may start at token j (its first word is there)."""
    return ctx.t.tokens[j].key in _TOPIC_FIRST or bool(ctx.stems(j) & _TOPIC_FIRST)


def keys_at(t: Tokenized, ctx: Context, j: int, phrase: tuple[str, ...]) -> bool:
    if j + len(phrase) > len(t.tokens):
        return False
    if phrase[-1] == W.GLUED_PREPOSITION:  # المتعلقة ب...: the preposition is a clitic of the next word
        return all(key_at(t, j + x) == p for x, p in enumerate(phrase[:-1])) and \
            t.tokens[j + len(phrase) - 1].norm.startswith(L.GLUED_PREPOSITION)
    first = phrase[0] in ctx.stems(j)
    return first and all(key_at(t, j + x) == p for x, p in enumerate(phrase[1:], 1))


def signing_verb_before(t: Tokenized, ctx: Context, first: int) -> int | None:
    """The signing verb before a trigger in its clause (وقعت مصر والسعودية اتفاقية), or None."""
    j = first - 1
    lo = max(t.sentence_of(first).first, first - 12)
    while j >= lo:
        if ctx.stems(j) & W.SIGNING_VERBS:
            return j
        if t.tokens[j].norm in CLAUSE_PUNCT:
            break
        j -= 1
    return None


def subject_before(t: Tokenized, ctx: Context, verb: int) -> tuple[int, int] | None:
    """The tokens of a subject that stands before the signing verb, after كان
    (وكانت إسرائيل وقعت، وكانت الولايات المتحدة ... قد وقعت), or None."""
    j = verb - 1
    if key_at(t, j) == W.QAD:
        j -= 1
    lo = max(t.sentence_of(verb).first, verb - 10)
    while j >= lo:
        if ctx.stems(j) & W.AUXILIARIES:
            return (j + 1, verb)
        if t.tokens[j].norm in CLAUSE_PUNCT:
            return None
        j -= 1
    return None


def topic_of(t: Tokenized, m, b: int, ctx: Context) -> str | None:
    """What the agreement is about: after a marker (بشأن، حول، في مجال), a
    complement with ل (للتعاون الصناعي، لتعميق التعاون), or the genitive of
    an indefinite trigger (اتفاقيات الاستخدام الرشيد لأموداريا)."""
    tokens = t.tokens
    a = m.last
    countries = ctx.tokens_in
    stop = next((x for x in range(a, b) if key_at(t, x) in W.PARTY_MARKERS), b)
    for j in range(a, stop):
        for p in TOPIC:
            if keys_at(t, ctx, j, p):
                start = j + len(p) - (1 if p[-1] == W.GLUED_PREPOSITION else 0)
                off = 1 if p[-1] == W.GLUED_PREPOSITION else 0
                return _span_text(t, start, stop, off)
    j = a
    while j < stop and (key_at(t, j) in W.PLAIN_ADJECTIVES or j in countries or tokens[j].kind == "num"):
        j += 1
    if j >= stop:
        return None
    tok = tokens[j]
    if tok.norm.startswith(LAM_PREPOSITION) and len(tok.norm) > 4 and j not in countries:
        text = _span_text(t, j, stop, 1)
        # للتعاون الصناعي: the topic is written back with its article's alef (التعاون)
        return ARTICLE_ALEF + text if text and tok.norm.startswith(ARTICLE_AFTER_LAM) else text
    if not is_definite(tokens[m.first]) and tok.norm.startswith(ARTICLE) and j not in countries:
        return _span_text(t, j, stop, 0)
    return None


def _span_text(t: Tokenized, a: int, b: int, offset: int) -> str | None:
    """The raw text of tokens [a, b), the first without `offset` proclitic
    characters; a noun phrase ends after an adjective when a new definite noun
    follows (الموارد المائية | التنفيذ المشترك)."""
    if a >= b:
        return None
    b = noun_phrase_end(t.tokens, a, b)
    s, _ = t.stem_span(t.tokens[a], offset)
    return t.raw[s:t.tokens[b - 1].end]


def status_of(t: Tokenized, ctx: Context, first: int, end: int) -> str:
    """The status cue nearest to the agreement in its sentence (one inside the
    phrase first; at equal distance the one before it)."""
    sent = t.sentence_of(first)
    pos, status = ctx.cues()
    i = bisect_left(pos, first)
    if i < len(pos) and pos[i] < end:
        return status[i]
    best = None
    if i > 0 and pos[i - 1] >= sent.first:
        best = (first - pos[i - 1] + 1, status[i - 1])
    r = bisect_left(pos, end)
    if r < len(pos) and pos[r] < sent.last and (best is None or pos[r] - end + 2 < best[0]):
        best = (pos[r] - end + 2, status[r])
    return best[1] if best else "unknown"


def plural(tok: Token) -> bool:
    return tok.key in W.PLURAL_TRIGGERS or any(a.key in W.PLURAL_TRIGGERS for a in tok.analyses)


def specific_of(t: Tokenized, m, end: int, parties: list[str]) -> bool:
    for p in (_VAGUE if key_at(t, m.first - 1) in _VAGUE_LAST else ()):
        n = len(p)
        if m.first - n >= 0 and all(key_at(t, m.first - n + x) == p[x] for x in range(n)):
            return False
    plural = t.tokens[m.first].key in W.PLURAL_TRIGGERS or any(
        a.key in W.PLURAL_TRIGGERS for a in t.tokens[m.first].analyses)
    if not plural:
        return True
    # a plural is specific when it has a complement or a named party
    body = [x for x in range(m.last, end) if not t.tokens[x].norm.startswith(ARTICLE) or x > m.last]
    return bool(parties) or any(not t.tokens[x].norm.startswith(ARTICLE) for x in range(m.last, end)) or len(body) > 2


def is_definite(tok: Token) -> bool:
    """Whether a trigger token carries the article (الاتفاقية، بالاتفاقية، للاتفاقية)."""
    return any(a.article or a.proclitics.endswith(_DEFINITE) for a in tok.analyses[1:]) \
        and any(x in tok.norm[:4] for x in _DEFINITE)
