"""One record per agreement, and what the text around its phrases adds.

- **References.** A definite trigger with nothing after it, or with only
  words that name nothing new (`الاتفاقية الجديدة`, `الاتفاق الحالي`), or
  after a demonstrative (`هذه الصفقة`), refers to the latest agreement of its
  type named before (or of a deal, contract or memorandum for such a word):
  it becomes one of its `mentions`.  A phrase whose name words repeat an
  earlier agreement's (`الاتفاق النووي مع إيران` after `الاتفاق النووي`) is a
  mention too.  A bare reference with nothing before it is dropped.
- **Counted sets.** `36 مذكرة تفاهم`, `ثلاث اتفاقيات`, `اتفاقيتين`: one
  record with `count`, its span from the number.
- **Parties.** Besides the phrase's own (`links` receives them from
  `phrase`): the two countries of `البلدين` / `الجانبين` (the sentence's, or
  the one before's, when it names exactly two); the state that withdraws
  (`انسحاب الولايات المتحدة من الاتفاق النووي`) or whose official does
  (`انسحب الرئيس الأمريكي دونالد ترامب من الاتفاق`, through the person's
  country); the country of a party organization (`شركة انتونوف الأوكرانية`);
  gathered over the record and all its mentions.
- **Party organizations**: the article's organizations named in the party
  phrase (`مذكرة تفاهم مع شركة أرامكو السعودية`) or as the subject of the
  signing verb (`وقعت شركة توتال ... عقدا`).
- **Signatories**: the article's people named as the subject of the signing
  verb (`وقع وزير الطاقة خالد الفالح الاتفاقية`), or right after the phrase
  when the verb stands before it (`وقع الاتفاقية عن الجانب السعودي ...`).
"""

from __future__ import annotations

from ..lang.ar import agreements as L
from ..lang.ar.clitics import ARTICLE
from ..lexicon import keyed_words
from ..normalize import key
from ..records import Agreement, Organization, Span
from ..tokenize import Tokenized
from .context import QUOTES, WINDOW, Context, Phrase

W = keyed_words(L)
DEALS = ("agreement", "contract", "memorandum")  # a bare word of one of these may refer to another
LOOK_BACK = 30  # earlier records a reference is compared with (keeps it linear)
MAX_NAMES = 16  # name forms kept per agreement to compare later phrases with (keeps it linear)
SIGNATORY_AFTER = 8  # tokens after the phrase where a verb-first sentence names who signed


def link(t: Tokenized, ctx: Context, found: list[Phrase]) -> list[Agreement]:
    """The records: phrases that refer to an earlier agreement become its mentions."""
    records: list[Agreement] = []
    heads: list[Phrase] = []
    names: list[list[tuple[str, ...]]] = []  # per record: its name words and its mentions'
    for ph in found:
        demonstrative = _k(t, ph.first - 1) in W.DEMONSTRATIVES
        name = _name_words(t, ph)
        # definite: the article, a demonstrative, or a definite genitive (صفقات بيع الطائرات)
        reference = ph.definite or demonstrative or _construct(t, ph)
        target = None
        lo = max(0, len(records) - LOOK_BACK)
        # الاتفاق بقيمة ...، الاتفاقية الجديدة: nothing but a value or words that name nothing new
        bare = ph.bare or (ph.definite and (_k(t, ph.last) in W.VALUE_MARKERS or all(
            _k(t, j) in W.REFERENCE_WORDS for j in range(ph.last, ph.end))))
        # اتفاق عام 2015: a year said with عام is a reference (اتفاقية 2014 is a name)
        dated = bool(name) and name[0] in W.YEAR_WORDS and all(w.isdigit() or w in W.YEAR_WORDS for w in name)
        if bare or (reference and not name) or (dated and not ph.rec.parties):
            target = _latest(heads, ph.kind, lo)
            if target is None and bare:
                continue  # nothing to refer to: dropped
        elif name:
            target = next((x for x in range(len(records) - 1, lo - 1, -1)
                           if _family(heads[x].kind, ph.kind) and _refers(name, reference, names[x], records[x])),
                          None)
        rec = ph.rec
        parties = rec.parties + _context_parties(t, ctx, ph)
        if target is not None:
            a = records[target]
            start = t.tokens[ph.first - 1].start if demonstrative else rec.start
            a.mentions.append(Span(text=t.raw[start:rec.end], start=start, end=rec.end))
            a.parties = list(dict.fromkeys(a.parties + parties))
            if a.status == "unknown":
                a.status = rec.status  # what the text says of it later (انسحاب ... من الاتفاق: in force)
            if name and name not in names[target] and len(names[target]) < MAX_NAMES:
                names[target].append(name)
            continue
        orgs = _organizations(t, ctx, ph)
        rec.party_organizations = list(dict.fromkeys(o.name for o in orgs))
        # the country the text gives a party organization (شركة انتونوف الأوكرانية)
        parties += [c for o in orgs if (c := getattr(o, "country", None))]
        rec.parties = list(dict.fromkeys(parties))
        rec.signatories = _signatories(t, ctx, ph)
        _count(t, ph, rec)
        records.append(rec)
        heads.append(ph)
        names.append([name] if name else [])
    return records


def _construct(t: Tokenized, ph: Phrase) -> bool:
    """Whether the trigger's genitive makes it definite (صفقات بيع الطائرات)."""
    for j in range(ph.last, min(ph.end, ph.last + 2)):
        tok = t.tokens[j]
        if tok.has_article:
            return True
        if tok.key in W.PARTY_MARKERS or tok.key in W.VALUE_MARKERS or tok.kind != "word":
            return False
    return False


def _refers(name: tuple[str, ...], reference: bool, known: list[tuple[str, ...]], rec: Agreement) -> bool:
    """Whether a phrase with these name words names an earlier agreement: the
    same name (one starting the other, for a definite phrase: الاتفاق النووي مع
    إيران after الاتفاق النووي), the same year (اتفاق التهدئة لعام 2014 after
    اتفاقية 2014), or one of its party organizations (صفقة بوينغ)."""
    if name in known:
        return True
    if not reference:
        return False
    if any(_same_name(name, k) for k in known if k):
        return True
    years = {w for w in name if w.isdigit() and len(w) == 4}
    if years and any(years & set(k) for k in known):
        return True
    return any(name[0] in keyed_words_of(o) for o in rec.party_organizations)


def _k(t: Tokenized, i: int) -> str:
    return t.tokens[i].key if 0 <= i < len(t.tokens) else ""


def _family(a: str, b: str) -> bool:
    return a == b or (a in DEALS and b in DEALS)


def _latest(heads: list[Phrase], kind: str, lo: int) -> int | None:
    """The latest earlier record of this type, else of the deal family."""
    for x in range(len(heads) - 1, lo - 1, -1):
        if heads[x].kind == kind:
            return x
    if kind in DEALS:
        for x in range(len(heads) - 1, lo - 1, -1):
            if heads[x].kind in DEALS:
                return x
    return None


def _name_words(t: Tokenized, ph: Phrase) -> tuple[str, ...]:
    """The words that name the agreement after its trigger, up to a party or
    topic marker, without the article and without words that name nothing new
    (الجديدة، المشتركة، الحالي)."""
    out = []
    for j in range(ph.last, ph.end):
        k = _k(t, j)
        if t.tokens[j].norm in QUOTES:
            continue  # صفقة "بوينغ"
        if k in W.PARTY_MARKERS or k in W.VALUE_MARKERS or t.tokens[j].kind == "punct":
            break
        if (k in W.PLAIN_ADJECTIVES or k in W.REFERENCE_WORDS) and k not in W.OTHER_AGREEMENT_WORDS:
            continue
        out.append(k[len(ARTICLE):] if k.startswith(ARTICLE) and len(k) > len(ARTICLE) + 2 else k)
    return tuple(out)


def keyed_words_of(text: str) -> set[str]:
    """The lookup keys of a name's words (an organization's: بوينغ)."""
    return {key(w) for w in text.split()}


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name starts the other (النووي | النووي الإيراني)."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _count(t: Tokenized, ph: Phrase, rec: Agreement) -> None:
    """A counted set: the number before a plural trigger (36 مذكرة تفاهم، ثلاث
    اتفاقيات), or a dual (اتفاقيتين); the span then starts at the number."""
    tok = t.tokens[ph.first]
    if tok.key in W.DUAL_TRIGGERS or any(a.key in W.DUAL_TRIGGERS for a in tok.analyses):
        rec.count = 2
        return
    if ph.first == 0 or ph.definite:
        return
    prev = t.tokens[ph.first - 1]
    n = None
    if prev.kind == "num" and prev.norm.isdigit() and len(prev.norm) <= 3:
        n = int(prev.norm)
    elif prev.key in W.COUNT_WORDS:
        n = W.COUNT_WORDS[prev.key]
    if n is None or n < 2:
        return
    rec.count = n
    text = t.raw[prev.start:rec.end]
    rec.text, rec.title, rec.start = text, text, prev.start


def _context_parties(t: Tokenized, ctx: Context, ph: Phrase) -> list[str]:
    """States the sentence ties to the agreement beyond its phrase: the two
    sides of البلدين, who withdraws from it."""
    out: list[str] = []
    sent = t.sentence_of(ph.first)
    lo = max(sent.first, ph.first - 8)
    if any(_k(t, j) in W.BILATERAL or ctx.stems(j) & W.BILATERAL for j in range(lo, ph.end)):
        out += _two_sides(t, ctx, ph.first)
    if _k(t, ph.first - 1) == W.WITHDRAWAL_FROM:
        for j in range(ph.first - 1, max(sent.first, ph.first - 12) - 1, -1):
            if ctx.stems(j) & W.WITHDRAWAL_WORDS:
                a = max(sent.first, j - 8)
                out += ctx.countries(a, ph.first)
                out += [p.country for x in range(a, ph.first) if (p := ctx.person_at.get(x)) and p.country]
                break
    return out


def _two_sides(t: Tokenized, ctx: Context, first: int) -> list[str]:
    """The two countries of the sentence (up to the agreement), or of the one before."""
    sent = t.sentence_of(first)
    for a, b in ((max(sent.first, first - 3 * WINDOW), min(sent.last, first + WINDOW)),):
        codes = list(dict.fromkeys(ctx.countries(a, b)))
        if len(codes) == 2:
            return codes
    if sent.first > 0:
        prev = t.sentence_of(sent.first - 1)
        codes = list(dict.fromkeys(ctx.countries(max(prev.first, prev.last - 3 * WINDOW), prev.last)))
        if len(codes) == 2:
            return codes
    return []


def _organizations(t: Tokenized, ctx: Context, ph: Phrase) -> list[Organization]:
    """The article's organizations in the party phrase or as the signing verb's subject."""
    out = []
    verb = ph.verb
    spans = [(verb + 1, ph.first)] if verb is not None else []
    party = next((j for j in range(ph.last, ph.end) if _k(t, j) in W.PARTY_MARKERS), None)
    if party is not None:
        spans.append((party + 1, ph.end))
    for a, b in spans:
        for j in range(a, b):
            if j in ctx.org_at:
                out.append(ctx.org_at[j][0])
    return out


def _signatories(t: Tokenized, ctx: Context, ph: Phrase) -> list[str]:
    """People who sign: between the signing verb and the phrase, or right after
    the phrase when the verb stands just before it."""
    verb = ph.verb
    if verb is None:
        return []
    sent = t.sentence_of(ph.first)
    places = list(range(verb + 1, ph.first))
    if verb >= ph.first - 2:
        places += range(ph.end, min(sent.last, ph.end + SIGNATORY_AFTER))
    return list(dict.fromkeys(p.name for x in places if (p := ctx.person_at.get(x))))
