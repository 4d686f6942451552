"""Agreements: treaties, agreements, declarations, memoranda, action plans,
protocols, charters and contracts, with parties, topic, status and time.

A trigger word (`extract.lang.ar.agreements.TRIGGERS`) starts a phrase; the
phrase runs over its name, adjectives, complements, party phrase (`بين X
وY`, `مع X`) and topic (`بشأن ...`, `للتعاون في ...`) until a stop word,
punctuation or another trigger.  False friends are filtered: `إعلان` meaning
an announcement (`إعلان الشركة عن ...`), `اتفاق` meaning consensus
(`على اتفاق تام`), `عقد` outside a signing context.

- parties: the countries named inside the phrase (names and adjectives), and
  the subject of a signing verb before it (`وقعت مصر والسعودية اتفاقية`);
  a party the text only implies is left out;
- specific: false for vague mentions (`مجموعة من الاتفاقيات`, or a plural
  with neither name, complement nor party);
- status: the nearest cue in the sentence (planned, signed, in force,
  implemented, proposed), else unknown.
"""

from __future__ import annotations

from .gazetteers import agreement_triggers, titles
from .hits import CountryHit
from .lang.ar import agreements as L
from .lang.ar.clitics import ARTICLE
from .lang.ar.morph import AND, ARTICLE_AFTER_LAM, ARTICLE_ALEF, LAM_PREPOSITION
from .lexicon import PhraseLexicon, keyed_words, noun_phrase_end, phrase_keys
from .records import Agreement
from .timex import time_in
from .tokenize import Token, Tokenized

W = keyed_words(L)

_TOPIC = [phrase_keys(p) for p in L.TOPIC_MARKERS]
_VAGUE = [phrase_keys(p) for p in L.VAGUE_BEFORE]
_STATUS: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # first word → (status, phrase)
for _status_name, _phrases in L.STATUS_CUES.items():
    for _p in _phrases:
        _pk = phrase_keys(_p)
        _STATUS.setdefault(_pk[0], []).append((_status_name, _pk))
_DEFINITE = (ARTICLE, ARTICLE_AFTER_LAM)  # الاتفاقية، للاتفاقية
TOPIC_MAX_WORDS = 4


def _k(t: Tokenized, i: int) -> str:
    return t.tokens[i].key if 0 <= i < len(t.tokens) else ""


def _stem_k(t: Tokenized, i: int) -> set[str]:
    return {a.key for a in t.tokens[i].analyses} if 0 <= i < len(t.tokens) else set()


def find_agreements(t: Tokenized, hits: list[CountryHit]) -> list[Agreement]:
    out: list[Agreement] = []
    lex = agreement_triggers()
    tokens = t.tokens
    country_starts = {h.first for h in hits if h.form == "name"}
    i = 0
    while i < len(tokens):
        m = lex.match_at(tokens, i)
        if m is None:
            i += 1
            continue
        kind = m.value
        if not _accept(t, m.first, m.last, kind, country_starts):
            i = m.last
            continue
        definite = _definite(tokens[m.first])
        end = _extent(t, m.last, lex, hits, definite)
        if definite and end == m.last:
            i = end  # a bare back-reference (الاتفاق، المعاهدة): the agreement was named before
            continue
        rec = _record(t, m, kind, end, hits)
        out.append(rec)
        i = end
    return out


def _accept(t: Tokenized, first: int, last: int, kind: str, country_starts: set[int]) -> bool:
    nxt = _k(t, last)
    tok = t.tokens[first]
    if last >= len(t.tokens) or t.tokens[last].kind == "punct":
        return False  # a bare trigger names nothing
    if kind == "declaration":
        if _definite(tok):
            return nxt in W.DEFINITE_DECLARATION_NEXT
        if last in country_starts:
            return False  # إعلان الولايات المتحدة: the country's announcement
        return nxt not in W.ANNOUNCEMENT_NEXT and t.tokens[last].kind in ("word", "latin")
    if kind == "agreement" and tok.key.endswith(W.CONSENSUS_STEM) or tok.key in W.CONSENSUS_FORMS:
        if nxt in W.CONSENSUS_NEXT or _k(t, first - 1) in W.CONSENSUS_PREV:
            return False
        if any(a.proclitics == L.IN_AGREEMENT_PROCLITIC and a.article for a in tok.analyses) \
                and nxt == W.IN_AGREEMENT_NEXT:
            return False  # بالاتفاق مع: "in agreement with"
    if kind == "contract":
        sent = t.sentence_of(first)
        return any(_stem_k(t, j) & W.CONTRACT_CONTEXT for j in range(sent.first, sent.last))
    return True


def _definite(tok: Token) -> bool:
    """Whether a trigger token carries the article (الاتفاقية، بالاتفاقية، للاتفاقية)."""
    return any(a.article or a.proclitics.endswith(_DEFINITE) for a in tok.analyses[1:]) \
        and any(x in tok.norm[:4] for x in _DEFINITE)


def _extent(t: Tokenized, j: int, lex: PhraseLexicon, hits: list[CountryHit], definite: bool) -> int:
    """The end (exclusive token index) of the phrase that starts with a trigger.

    After an indefinite trigger the next word is its name or genitive
    (إعلان خوجاند، اتفاقية وضع القوات); after that, and right after a definite
    trigger, the phrase goes on over definite words (adjectives), complements
    with ل, countries, year ranges, and the words after a party or topic marker.
    """
    tokens = t.tokens
    limit = min(len(tokens), j + 12)
    start = j
    marker_words = None  # words taken since a party or topic marker
    country_starts = {h.first for h in hits}
    countries = {x for h in hits for x in range(h.first, h.last)}
    after_party = False
    while j < limit:
        tok = tokens[j]
        k = tok.key
        if marker_words is not None:
            if marker_words >= TOPIC_MAX_WORDS and j not in countries:
                break
            marker_words += 1
        topic = next((p for p in _TOPIC if _keys_at(t, j, p)), None)
        if topic is not None and len(topic) > 1 and topic[-1] != W.GLUED_PREPOSITION:
            j += len(topic)  # للتعاون في ...: the whole marker
            marker_words = 0
            after_party = False
            continue
        is_marker = k in W.PARTY_MARKERS or topic is not None
        if is_marker:
            marker_words = 0
            after_party = k in W.PARTY_MARKERS
        elif after_party and j not in countries and not tok.has_article and k not in W.PARTY_NOUNS:
            break  # بين الأردن والولايات المتحدة | حيز التنفيذ
        if titles().match_at(tokens, j) is not None and j > start:
            break  # وقع على المعاهدة المصرية الإسرائيلية | الرئيس المصري
        if tok.kind == "punct" and tok.norm != "-":
            break
        if tok.kind == "num":
            # a year range in a plan's name (خطة عمل 2025-2027) belongs to it
            if "-" in tok.norm or len(tok.norm) == 4:
                j += 1
                continue
            break
        # «و» + word ends the phrase, except for a country (a list of parties: وقيرغيزستان)
        if j not in country_starts and any(a.proclitics == AND and len(a.stem) >= 3 for a in tok.analyses):
            break
        if k in W.STOP and not is_marker:
            break
        if lex.match_at(tokens, j) is not None:
            break  # another agreement starts
        first_word = (j == start and not definite) or (j > start and _lam_complement(tokens[j - 1]))
        if not (first_word or is_marker or marker_words is not None or j in countries or tok.kind == "latin"
                or tok.norm.startswith(ARTICLE) or _lam_complement(tok)):
            break
        j += 1
    return noun_phrase_end(tokens, start, j)


def _lam_complement(tok: Token) -> bool:
    """لقمة، للتعاون: a complement with ل (its genitive may follow: لقمة باريس)."""
    return tok.norm.startswith(LAM_PREPOSITION) and len(tok.norm) > 3 and tok.is_arabic


def _keys_at(t: Tokenized, j: int, phrase: tuple[str, ...]) -> bool:
    if j + len(phrase) > len(t.tokens):
        return False
    if phrase[-1] == W.GLUED_PREPOSITION:  # المتعلقة ب...: the preposition is a clitic of the next word
        return all(_k(t, j + x) == p for x, p in enumerate(phrase[:-1])) and \
            t.tokens[j + len(phrase) - 1].norm.startswith(L.GLUED_PREPOSITION)
    first = phrase[0] in _stem_k(t, j)
    return first and all(_k(t, j + x) == p for x, p in enumerate(phrase[1:], 1))


def _record(t: Tokenized, m, kind: str, end: int, hits: list[CountryHit]) -> Agreement:
    tokens = t.tokens
    # the span keeps the article: الاتفاقية, not اتفاقية
    offset = m.offset - 2 if m.proclitics.endswith(ARTICLE) else \
        m.offset - 1 if m.proclitics.endswith(ARTICLE_AFTER_LAM) else m.offset
    s, _ = t.stem_span(tokens[m.first], offset)
    e = tokens[end - 1].end
    text = t.raw[s:e]
    parties = [h.iso2 for h in hits if m.first <= h.first and h.last <= end]
    parties += _signing_subjects(t, m.first, hits)
    parties = list(dict.fromkeys(parties))
    topic = _topic(t, m, end, hits)
    sent = t.sentence_of(m.first)
    year, period = time_in(t, m.first, min(sent.last, end + 8))
    return Agreement(
        text=text, start=s, end=e, type=kind, title=text, parties=parties, topic=topic,
        status=_status(t, m.first, end), year=year, period=period, specific=_specific(t, m, end, parties),
    )


def _signing_subjects(t: Tokenized, first: int, hits: list[CountryHit]) -> list[str]:
    """`وقعت مصر والسعودية اتفاقية`: the countries between a signing verb and the trigger."""
    j = first - 1
    lo = max(t.sentence_of(first).first, first - 8)
    while j >= lo:
        if _stem_k(t, j) & W.SIGNING_VERBS:
            return [h.iso2 for h in hits if j < h.first and h.last <= first]
        if t.tokens[j].kind == "punct":
            break
        j -= 1
    return []


def _topic(t: Tokenized, m, b: int, hits: list[CountryHit]) -> str | None:
    """What the agreement is about: after a marker (بشأن، حول، في مجال), a
    complement with ل (للتعاون الصناعي، لتعميق التعاون), or the genitive of
    an indefinite trigger (اتفاقيات الاستخدام الرشيد لأموداريا)."""
    tokens = t.tokens
    a = m.last
    countries = {x for h in hits for x in range(h.first, h.last)}
    stop = next((x for x in range(a, b) if _k(t, x) in W.PARTY_MARKERS), b)
    for j in range(a, stop):
        for p in _TOPIC:
            if _keys_at(t, j, p):
                start = j + len(p) - (1 if p[-1] == W.GLUED_PREPOSITION else 0)
                off = 1 if p[-1] == W.GLUED_PREPOSITION else 0
                return _span_text(t, start, stop, off)
    j = a
    while j < stop and (_k(t, j) in W.PLAIN_ADJECTIVES or j in countries or tokens[j].kind == "num"):
        j += 1
    if j >= stop:
        return None
    tok = tokens[j]
    if tok.norm.startswith(LAM_PREPOSITION) and len(tok.norm) > 4 and j not in countries:
        text = _span_text(t, j, stop, 1)
        # للتعاون الصناعي: the topic is written back with its article's alef (التعاون)
        return ARTICLE_ALEF + text if text and tok.norm.startswith(ARTICLE_AFTER_LAM) else text
    if not _definite(tokens[m.first]) and tok.norm.startswith(ARTICLE) and j not in countries:
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


def _status(t: Tokenized, first: int, end: int) -> str:
    """The status cue nearest to the agreement in its sentence."""
    sent = t.sentence_of(first)
    best = None
    for j in range(sent.first, sent.last):
        for k in _stem_k(t, j):
            for status, phrase in _STATUS.get(k, ()):
                if len(phrase) > 1 and not all(_k(t, j + x) == p for x, p in enumerate(phrase[1:], 1)):
                    continue
                dist = 0 if first <= j < end else (first - j if j < first else j - end + 1) + 1
                if best is None or dist < best[0]:
                    best = (dist, status)
    return best[1] if best else "unknown"


def _specific(t: Tokenized, m, end: int, parties: list[str]) -> bool:
    for p in _VAGUE:
        n = len(p)
        if m.first - n >= 0 and all(_k(t, m.first - n + x) == p[x] for x in range(n)):
            return False
    plural = t.tokens[m.first].key in W.PLURAL_TRIGGERS or any(
        a.key in W.PLURAL_TRIGGERS for a in t.tokens[m.first].analyses)
    if not plural:
        return True
    # a plural is specific when it has a complement or a named party
    body = [x for x in range(m.last, end) if not t.tokens[x].norm.startswith(ARTICLE) or x > m.last]
    return bool(parties) or any(not t.tokens[x].norm.startswith(ARTICLE) for x in range(m.last, end)) or len(body) > 2
