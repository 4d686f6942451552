"""The phrase that names an agreement: trigger, extent, phrase parties, topic,
status and time (one `Phrase` per trigger; `links` makes records of them).

A trigger word (`extract.lang.ar.agreements.TRIGGERS`) starts a phrase; the
phrase runs over its name, adjectives, complements, party phrase (`بين X
وY`, `مع X`) and topic (`بشأن ...`, `للتعاون في ...`) until a stop word,
punctuation or another trigger.  False friends are filtered: `إعلان` meaning
an announcement (`إعلان الشركة عن ...`), `اتفاق` meaning consensus
(`على اتفاق تام`, `اتفاق في الرأي`; but `الموقعين على اتفاق السلم`, `اتفاق عام
2015`, `اتفاقا بين إسرائيل و...` are agreements), `عقد` outside a signing
context, `شراكة` but as `شراكة بين X وY`.  Plurals joined by و are one set
(`اتفاقيات ومذكرات تفاهم`).

- parties: the countries named inside the phrase (names and adjectives), and
  the subject of a signing verb before it (`وقعت مصر والسعودية اتفاقية`), or
  before كان ... (قد) and the verb (`وكانت إسرائيل وقعت ... عقدا`); a party
  the text only implies is left out;
- specific: false for vague mentions (`مجموعة من الاتفاقيات`, or a plural
  with neither name, complement nor party);
- status: the nearest cue in the sentence (planned, signed, in force,
  implemented, proposed), else unknown.
"""

from __future__ import annotations

from ..gazetteers import agreement_triggers, titles
from ..lang.ar.clitics import ARTICLE
from ..lang.ar.morph import AND, AND_THE, ARTICLE_AFTER_LAM, LAM_PREPOSITION, NISBA_ENDINGS
from ..lexicon import PhraseLexicon, noun_phrase_end
from ..records import Agreement
from ..timex import time_in
from ..tokenize import Token, Tokenized
from .context import QUOTES, WINDOW, Context, L, Phrase, W, key_at
from .fields import (TOPIC, is_definite, keys_at, signing_verb_before, specific_of, status_of, subject_before, topic_of,
                     plural, topic_may_start)

TOPIC_MAX_WORDS = 4


def phrases(t: Tokenized, ctx: Context) -> list[Phrase]:
    """Every agreement phrase of the text, in order (bare references included)."""
    out: list[Phrase] = []
    lex = agreement_triggers()
    tokens = t.tokens
    i = 0
    while i < len(tokens):
        m = lex.match_at(tokens, i)
        if m is None:
            i += 1
            continue
        kind = m.value
        if not _accept(t, ctx, m.first, m.last, kind):
            i = max(m.last, i + 1)
            continue
        definite = is_definite(tokens[m.first])
        end = _extent(t, m.last, lex, ctx, definite)
        # اتفاقيات ومذكرات تفاهم وبرامج تنفيذية: plurals joined by و are one set
        while end < len(tokens) and plural(tokens[m.first]) and (m2 := lex.match_at(tokens, end)) is not None \
                and m2.proclitics == AND and plural(tokens[m2.first]):
            end = max(end + 1, _extent(t, m2.last, lex, ctx, False))
        bare = definite and end == m.last
        verb = signing_verb_before(t, ctx, m.first)
        if verb is not None and out and out[-1].end > verb:
            verb = None  # the verb's object is the agreement before (وقعت ... عقدا ... بعد الاتفاق النووي)
        out.append(Phrase(m.first, m.last, end, kind, definite, bare, _record(t, m, kind, end, ctx, verb), verb))
        i = max(end, i + 1)
    return out


def _accept(t: Tokenized, ctx: Context, first: int, last: int, kind: str) -> bool:
    nxt = key_at(t, last)
    tok = t.tokens[first]
    if last >= len(t.tokens) or (t.tokens[last].kind == "punct" and _quoted_name(t, last) is None):
        return False  # a bare trigger names nothing
    if tok.key in W.PARTNERSHIP or ctx.stems(first) & W.PARTNERSHIP:
        return not is_definite(tok) and nxt == W.PARTNERSHIP_NEXT  # شراكة بين أرامكو وغوغل
    if kind == "declaration":
        if is_definite(tok):
            return nxt in W.DEFINITE_DECLARATION_NEXT
        if last in ctx.name_starts:
            return False  # إعلان الولايات المتحدة: the country's announcement
        return nxt not in W.ANNOUNCEMENT_NEXT and t.tokens[last].kind in ("word", "latin")
    if kind == "agreement" and tok.key.endswith(W.CONSENSUS_STEM) or tok.key in W.CONSENSUS_FORMS:
        signed_on = bool(ctx.stems(first - 2) & W.SIGN_ON) if first >= 2 else False
        dated = nxt in W.YEAR_WORDS and _year(t, last + 1)  # اتفاق عام 2015
        between = nxt == W.PARTY_MARKERS_BETWEEN and last + 1 in ctx.starts  # اتفاقا بين إسرائيل و...
        if (nxt in W.CONSENSUS_NEXT and not dated and not between) or \
                (key_at(t, first - 1) in W.CONSENSUS_PREV and not signed_on and not is_definite(tok)):
            return False
        if nxt == W.CONSENSUS_IN and key_at(t, last + 1) in W.CONSENSUS_IN_NEXT:
            return False  # اتفاق في الرأي
        if any(a.proclitics == L.IN_AGREEMENT_PROCLITIC and a.article for a in tok.analyses) \
                and nxt == W.IN_AGREEMENT_NEXT:
            return False  # بالاتفاق مع: "in agreement with"
    if kind == "contract" and (tok.key in W.AMBIGUOUS_CONTRACTS or ctx.stems(first) & W.AMBIGUOUS_CONTRACTS):
        sent = t.sentence_of(first)
        lo, hi = max(sent.first, first - WINDOW), min(sent.last, last + WINDOW)
        return any(ctx.stems(j) & W.CONTRACT_CONTEXT for j in range(lo, hi))
    return True


def _quoted_name(t: Tokenized, j: int) -> int | None:
    """The end of a quoted name at token j (عقود "إيرباص"): the token after its
    closing quote, or None when j opens no short quoted name."""
    tokens = t.tokens
    if tokens[j].norm not in QUOTES:
        return None
    for x in range(j + 1, min(j + 5, len(tokens))):
        if tokens[x].norm in QUOTES:
            return x + 1 if x > j + 1 else None
        if tokens[x].kind == "punct":
            return None
    return None


def _extent(t: Tokenized, j: int, lex: PhraseLexicon, ctx: Context, definite: bool) -> int:
    """The end (exclusive token index) of the phrase that starts with a trigger.

    After an indefinite trigger the next word is its name or genitive
    (إعلان خوجاند، اتفاقية وضع القوات); after that, and right after a definite
    trigger, the phrase goes on over definite words (adjectives), complements
    with ل, countries, year ranges, and the words after a party or topic marker.
    Besides:

    - the article's organizations after a party marker, with their head noun,
      quotes, adjective or complement (`مع شركة انتونوف الأوكرانية`,
      `بين شركة "سابك" وكل من مجلس الغرف السعودية`, `مجموعة ديليك الإسرائيلية للطاقة`);
    - a value (`عقدا بقيمة خمسة مليارات دولار مع إيران`) and a year said with
      عام (`اتفاقا مع إيران عام 2015`);
    - an object and its complements (`صفقة شراء غواصات ألمانية`, `لتوريد الغاز
      من حقل ليفياثان إلى الأردن`);
    - a relative clause that holds the parties (`الاتفاق الذي تم توقيعه بين ...`,
      `اتفاق نووي أبرمته مع ...`), an indefinite adjective (`اتفاق تجاري جديد`),
      coordinated nouns before a party marker (`اتفاق السلم والشراكة مع ...`),
      a quoted name (`عقود "إيرباص"`);
    - and it stops at a verb right after the trigger (`اتفاقية تهدف إلى`).
    """
    tokens = t.tokens
    limit = min(len(tokens), j + 24)
    start = j
    marker_words = None  # words taken since a party or topic marker
    country_starts = ctx.starts
    countries = ctx.tokens_in
    after_party = False
    value = False  # after بقيمة: the amount belongs to the phrase
    obj = False  # after a complement of the object (من حقل ...): another may follow (إلى الأردن)
    while j < limit:
        tok = tokens[j]
        k = tok.key
        if after_party and j in ctx.org_at:
            quoted = j > 0 and tokens[j - 1].norm in QUOTES
            j = max(j + 1, ctx.org_at[j][1])  # مع شركة انتونوف الأوكرانية: the party organization
            if quoted and j < limit and tokens[j].norm in QUOTES and tokens[j - 1].kind != "punct":
                j += 1  # شركة "سابك": the closing quote (not the opening quote of an alias after it)
            marker_words = 0
            continue
        if after_party and k == W.EACH_OF and key_at(t, j + 1) == W.EACH_OF_NEXT:
            j += 2  # بين شركة "سابك" وكل من مجلس الغرف ...
            continue
        if after_party and j > start and (tokens[j - 1].key in W.PARTY_NOUNS or j - 1 in ctx.org_tokens) \
                and (tok.norm.endswith(NISBA_ENDINGS) and not tok.has_article or _lam_complement(tok)):
            j += 1  # بين دولة عربية، مجموعة ديليك الإسرائيلية للطاقة: the party's adjective or complement
            continue
        if j > start and not after_party and (tokens[j - 1].key in W.OBJECT_NOUNS or
                                              ctx.stems(j - 1) & W.OBJECT_NOUNS) and tok.is_arabic:
            j += 2 if j + 1 < limit and tokens[j + 1].norm.endswith(NISBA_ENDINGS) else 1
            continue  # صفقة شراء غواصات ألمانية: the object and its adjective
        if not after_party and j > start and key_at(t, j + 1) in W.PARTY_MARKERS \
                and any(a.proclitics == AND_THE for a in tok.analyses) and tokens[j - 1].has_article:
            j += 1  # اتفاق السلم والشراكة مع ...: coordinated nouns of the name
            continue
        if after_party and (j + 1 in ctx.org_at or (j + 2 in ctx.org_at and tokens[j + 1].kind == "punct")):
            j += 1  # بين شركة "سابك": the head noun or quote before an organization's name
            continue
        if j == start and k in W.VERBS_AFTER:
            break  # اتفاقية تهدف إلى، مذكرات تفاهم سيعقبها: a verb is no name
        if j == start and (q := _quoted_name(t, j)) is not None:
            j = q  # عقود "إيرباص": a quoted name
            continue
        clause = _relative_party(t, ctx, j)
        if clause is not None:
            j = clause  # الاتفاق الذي تم توقيعه بين ...: the clause that holds the parties
            continue
        if k in W.OBJECT_PREPOSITIONS and j > start and (obj or _lam_object(tokens, start, j)) and j + 1 < limit \
                and tokens[j + 1].is_arabic:
            # لاستيراد الغاز من إسرائيل، لتوريد الغاز من حقل ليفياثان إلى الأردن: the object's complements
            nxt = j + 2 if j + 2 < limit and tokens[j + 2].is_arabic and tokens[j + 2].key not in W.STOP \
                and j + 2 not in country_starts and not tokens[j + 1].norm.startswith(ARTICLE) else j + 1
            if tokens[j + 1].key not in W.STOP:
                j, obj = nxt + 1, True
                continue
        if k in W.YEAR_WORDS and _year(t, j + 1):
            j += 2  # اتفاقا مع إيران عام 2015: its year (it ends the party phrase)
            marker_words, after_party = None, False
            continue
        if not definite and j > start and k in W.INDEFINITE_ADJECTIVES and not tokens[j - 1].has_article:
            j += 1  # اتفاق تجاري جديد
            continue
        if k in W.VALUE_MARKERS:
            j += 1
            marker_words, value, after_party = 0, True, False
            continue
        if marker_words is not None:
            if marker_words >= TOPIC_MAX_WORDS and j not in countries:
                break
            marker_words += 1
        topic = next((p for p in TOPIC if keys_at(t, ctx, j, p)), None) if topic_may_start(ctx, j) else None
        if topic is not None and len(topic) > 1 and topic[-1] != W.GLUED_PREPOSITION:
            j += len(topic)  # للتعاون في ...: the whole marker
            marker_words = 0
            after_party = False
            continue
        is_marker = k in W.PARTY_MARKERS or topic is not None
        if is_marker:
            marker_words = 0
            after_party = k in W.PARTY_MARKERS
            value = False
        elif after_party and j not in countries and not tok.has_article and k not in W.PARTY_NOUNS:
            break  # بين الأردن والولايات المتحدة | حيز التنفيذ
        if titles().match_at(tokens, j) is not None and j > start:
            break  # وقع على المعاهدة المصرية الإسرائيلية | الرئيس المصري
        if tok.kind == "punct" and tok.norm != "-":
            break
        if tok.kind == "num":
            # a year range in a plan's name (خطة عمل 2025-2027) belongs to it
            if "-" in tok.norm or len(tok.norm) == 4 or value:
                j += 1
                continue
            break
        # «و» + word ends the phrase, except for a country (a list of parties: وقيرغيزستان)
        if j not in country_starts and not (after_party and j in ctx.org_at) and any(a.proclitics == AND and len(a.stem) >= 3 for a in tok.analyses):
            break
        if k in W.STOP and not is_marker:
            break
        if lex.match_at(tokens, j) is not None and not (k in W.PARTNERSHIP or ctx.stems(j) & W.PARTNERSHIP):
            break  # another agreement starts (a partnership only as شراكة بين)
        first_word = (j == start and not definite) or (j > start and _lam_complement(tokens[j - 1]))
        if not (first_word or is_marker or marker_words is not None or j in countries or tok.kind == "latin"
                or tok.norm.startswith(ARTICLE) or _lam_complement(tok)):
            break
        j += 1
    return noun_phrase_end(tokens, start, j)


def _year(t: Tokenized, j: int) -> bool:
    """Whether token j is a year (four digits)."""
    return 0 <= j < len(t.tokens) and t.tokens[j].kind == "num" and len(t.tokens[j].norm) == 4 \
        and t.tokens[j].norm.isdigit()


def _relative_party(t: Tokenized, ctx: Context, j: int) -> int | None:
    """Where the party marker of a relative clause is (`الذي تم توقيعه بين`,
    `أبرمته مع`, `الذي وقعتها الحكومة المغربية مع`): a relative word or a signing
    verb, then the marker within a few words; None when there is none."""
    tokens = t.tokens
    if tokens[j].key not in W.RELATIVES and not ctx.stems(j) & W.RELATIVE_SIGNING:
        return None
    for x in range(j + 1, min(j + 6, len(tokens))):
        if tokens[x].key in W.PARTY_MARKERS:
            signed = any(ctx.stems(y) & W.RELATIVE_SIGNING for y in range(j, x))
            return x if signed else None
        if tokens[x].kind == "punct":
            return None
    return None


def _lam_object(tokens: list[Token], start: int, j: int) -> bool:
    """Whether an object with ل (لاستيراد، لتوريد) stands within the two words before `j`."""
    return any(_lam_complement(tokens[x]) for x in range(max(start, j - 2), j))


def _lam_complement(tok: Token) -> bool:
    """لقمة، للتعاون: a complement with ل (its genitive may follow: لقمة باريس)."""
    return tok.norm.startswith(LAM_PREPOSITION) and len(tok.norm) > 3 and tok.is_arabic


def _record(t: Tokenized, m, kind: str, end: int, ctx: Context, verb: int | None) -> Agreement:
    tokens = t.tokens
    # the span keeps the article: الاتفاقية, not اتفاقية
    offset = m.offset - 2 if m.proclitics.endswith(ARTICLE) else \
        m.offset - 1 if m.proclitics.endswith(ARTICLE_AFTER_LAM) else m.offset
    s, _ = t.stem_span(tokens[m.first], offset)
    e = tokens[end - 1].end
    text = t.raw[s:e]
    parties = ctx.countries(m.first, end)
    if verb is not None:  # وقعت مصر والسعودية اتفاقية: the signing verb's subjects
        parties += ctx.countries(verb + 1, m.first)
        before = subject_before(t, ctx, verb)
        if before is not None:
            parties += ctx.countries(*before)
    parties = list(dict.fromkeys(parties))
    topic = topic_of(t, m, end, ctx)
    sent = t.sentence_of(m.first)
    year, period = time_in(t, m.first, min(sent.last, end + 8))
    return Agreement(
        text=text, start=s, end=e, type=kind, title=text, parties=parties, topic=topic,
        status=status_of(t, ctx, m.first, end), year=year, period=period, specific=specific_of(t, m, end, parties),
    )


