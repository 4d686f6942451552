"""`extract eval`: precision, recall and F1 per record type against the gold corpus.

Matching rules (deterministic; documented in docs/evaluation.md):

- **figures**: one to one.  A prediction and a gold figure match when their
  kinds are equal, their units are equal (count units compared by their first
  word, as lookup keys without article and accusative alef) and their values agree within a
  relative tolerance of 0.5%.  Among candidates, overlapping spans are
  preferred, then the nearest start.
- **countries**: by ISO code per article.
- **people**: one to one, when a predicted mention overlaps a gold mention, or
  the normalized names are equal or one's words contain the other's (at
  least two words in common, or a one-word name equal to the other's last
  word).
- **organizations** and **agreements**: one to one, by span overlap (any
  mention, for organizations) or by normalized title: equal, or one contains
  the other.

Gold records marked `optional` are matched after the required ones: a
prediction that matches one is neither a true nor a false positive, and an
unmatched optional record is not a miss.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .gold import GoldArticle, gold_files, gold_sets, load_gold
from .lang.ar.morph import ACCUSATIVE_ALEF, ARTICLE_PREFIXES
from .normalize import key
from .pipeline import Pipeline
from .records import RECORD_NAMES, Article

TOLERANCE = 0.005


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [correct, total]
    sets: dict[str, "Score"] = field(default_factory=dict)  # a set-valued field scored item by item

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.tp += other.tp
        for name, (c, n) in other.fields.items():
            mine = self.fields.setdefault(name, [0, 0])
            mine[0] += c
            mine[1] += n
        for name, sc in other.sets.items():
            self.sets.setdefault(name, Score()).add(sc)

    def field(self, name: str, ok: bool) -> None:
        c = self.fields.setdefault(name, [0, 0])
        c[0] += int(ok)
        c[1] += 1


@dataclass
class ArticleResult:
    id: str
    text: str
    misses: dict[str, list[Any]] = field(default_factory=dict)
    false_alarms: dict[str, list[Any]] = field(default_factory=dict)


# --- normalization for comparisons ----------------------------------------------


def norm_words(s: str | None) -> list[str]:
    if not s:
        return []
    words = []
    for w in key(s).replace("-", " ").split():
        words.append(w)
    return words


def _strip_article(w: str) -> str:
    for p in ARTICLE_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p):]
    return w


def unit_key(unit: str | None) -> str | None:
    if unit is None:
        return None
    k = _strip_article(key(unit))
    if len(k) >= 4 and k.endswith(ACCUSATIVE_ALEF):
        k = k[:-1]
    return k


def same_text(a: str | None, b: str | None) -> bool:
    return [_strip_article(w) for w in norm_words(a)] == [_strip_article(w) for w in norm_words(b)]


def contains_text(a: str | None, b: str | None) -> bool:
    wa = " ".join(_strip_article(w) for w in norm_words(a))
    wb = " ".join(_strip_article(w) for w in norm_words(b))
    return bool(wa and wb) and (wa in wb or wb in wa)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


# --- matching ------------------------------------------------------------------------


def _match(gold: list, optional: list[bool], pred: list, ok: Callable[[Any, Any], bool],
           rank: Callable[[Any, Any], tuple]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one matching: required gold first, then optional.  Returns
    (pairs of (gold index, pred index) for required gold, unmatched required
    gold indices, unmatched predictions that matched nothing at all)."""
    free_pred = set(range(len(pred)))
    pairs: list[tuple[int, int]] = []
    for want_optional in (False, True):
        cands = []
        for gi, g in enumerate(gold):
            if optional[gi] != want_optional:
                continue
            for pi in free_pred:
                if ok(g, pred[pi]):
                    cands.append((rank(g, pred[pi]), gi, pi))
        cands.sort()
        used_g: set[int] = set()
        for _, gi, pi in cands:
            if gi in used_g or pi not in free_pred:
                continue
            used_g.add(gi)
            free_pred.discard(pi)
            if not want_optional:
                pairs.append((gi, pi))
    matched_g = {g for g, _ in pairs}
    missed = [gi for gi in range(len(gold)) if not optional[gi] and gi not in matched_g]
    return pairs, missed, sorted(free_pred)


def same_unit(kind: str, a: str | None, b: str | None) -> bool:
    """Units agree; a counted noun is compared by its head, the first word
    (`مذكرة تفاهم` and `مذكرة`, `شركة طيران` and `شركة` count the same thing)."""
    if kind == "count" and a and b:
        return unit_key(a.split()[0]) == unit_key(b.split()[0])
    return unit_key(a) == unit_key(b)


def _figure_ok(g, p) -> bool:
    if g.kind != p.kind or not same_unit(g.kind, g.unit, p.unit):
        return False
    if g.value == 0:
        return p.value == 0
    return abs(p.value - g.value) <= TOLERANCE * abs(g.value)


def _span_rank(g, p) -> tuple:
    return (0 if overlaps(g.start, g.end, p.start, p.end) else 1, abs(g.start - p.start))


def _person_ok(g, p) -> bool:
    if any(overlaps(gm.start, gm.end, pm.start, pm.end) for gm in g.mentions for pm in p.mentions):
        return True
    gw = [_strip_article(w) for w in norm_words(g.name)]
    pw = [_strip_article(w) for w in norm_words(p.name)]
    if not gw or not pw:
        return False
    if gw == pw:
        return True
    common = set(gw) & set(pw)
    if len(common) >= 2 and (set(gw) <= set(pw) or set(pw) <= set(gw)):
        return True
    return (len(gw) == 1 and gw[0] == pw[-1]) or (len(pw) == 1 and pw[0] == gw[-1])


def _org_ok(g, p) -> bool:
    if any(overlaps(gm.start, gm.end, pm.start, pm.end) for gm in g.mentions for pm in p.mentions):
        return True
    return same_text(g.name, p.name) or contains_text(g.name, p.name)


def _org_rank(g, p) -> tuple:
    return (0 if same_text(g.name, p.name) else 1, abs(g.mentions[0].start - p.mentions[0].start)
            if g.mentions and p.mentions else 0)


def _agreement_ok(g, p) -> bool:
    return overlaps(g.start, g.end, p.start, p.end) or same_text(g.title, p.title)


# --- evaluation -----------------------------------------------------------------------


def evaluate_article(gold: GoldArticle, pred: Article, scores: dict[str, Score]) -> ArticleResult:
    res = ArticleResult(gold.id, gold.text)
    g = gold.article
    opt = gold.optional

    # figures
    s = scores["figures"]
    pairs, missed, extra = _match(g.figures, opt["figures"], pred.figures, _figure_ok, _span_rank)
    s.gold += len(g.figures) - sum(opt["figures"])
    s.predicted += len(pairs) + len(extra)
    s.tp += len(pairs)
    for gi, pi in pairs:
        gf, pf = g.figures[gi], pred.figures[pi]
        s.field("value", True)
        s.field("kind", True)
        s.field("unit", True)
        s.field("year", gf.year == pf.year)
        s.field("bound", gf.bound == pf.bound)
        s.field("approximate", gf.approximate == pf.approximate)
        s.field("period", same_text(gf.period, pf.period))
        s.field("countries", set(gf.countries) == set(pf.countries))
    res.misses["figures"] = [g.figures[i] for i in missed]
    res.false_alarms["figures"] = [pred.figures[i] for i in extra]

    # countries
    s = scores["countries"]
    gold_c = {c.iso2: (c, o) for c, o in zip(g.countries, opt["countries"])}
    pred_c = {c.iso2: c for c in pred.countries}
    required = {k for k, (_, o) in gold_c.items() if not o}
    optional_codes = {k for k, (_, o) in gold_c.items() if o}
    s.gold += len(required)
    counted_pred = {k for k in pred_c if k not in optional_codes}
    s.predicted += len(counted_pred)
    s.tp += len(required & counted_pred)
    for code in required & counted_pred:
        gm = {(m.start, m.end) for m in gold_c[code][0].mentions}
        pm = {(m.start, m.end) for m in pred_c[code].mentions}
        for m in gm:
            s.field("mentions found", m in pm)
        for m in pm:
            s.field("mentions correct", m in gm)
    res.misses["countries"] = [gold_c[k][0] for k in sorted(required - counted_pred)]
    res.false_alarms["countries"] = [pred_c[k] for k in sorted(counted_pred - required)]

    # people, organizations, agreements
    for kind, ok, rank in (("people", _person_ok, _first_mention_rank),
                           ("organizations", _org_ok, _org_rank),
                           ("agreements", _agreement_ok, _span_rank)):
        s = scores[kind]
        gl, pl = getattr(g, kind), getattr(pred, kind)
        pairs, missed, extra = _match(gl, opt[kind], pl, ok, rank)
        s.gold += len(gl) - sum(opt[kind])
        s.predicted += len(pairs) + len(extra)
        s.tp += len(pairs)
        for gi, pi in pairs:
            a, b = gl[gi], pl[pi]
            if kind == "people":
                s.field("title", same_text(a.title, b.title))
                s.field("country", a.country == b.country)
            elif kind == "organizations" and "country" in a.model_fields_set:  # where the gold annotates it
                s.field("country", a.country == b.country)
            elif kind == "agreements":
                s.field("type", a.type == b.type)
                s.field("parties", set(a.parties) == set(b.parties))
                s.field("status", a.status == b.status)
                _agreement_fields(s, a, b)  # party F1; where the gold has them: organizations, count, mentions
        res.misses[kind] = [gl[i] for i in missed]
        res.false_alarms[kind] = [pl[i] for i in extra]
    return res


def _agreement_fields(s: Score, a, b) -> None:
    s.sets.setdefault("parties", Score()).add(Score(len(a.parties), len(b.parties), len(set(a.parties) & set(b.parties))))
    if g_orgs := a.party_organizations:  # names matched as organizations are
        found = sum(any(same_text(g, x) or contains_text(g, x) for x in b.party_organizations) for g in g_orgs)
        s.sets.setdefault("party_organizations", Score()).add(Score(len(g_orgs), len(b.party_organizations), found))
    if a.count is not None:
        s.field("count", a.count == b.count)
    if a.mentions:  # a gold mention is found when a predicted mention overlaps it
        found_m = sum(any(overlaps(m.start, m.end, x.start, x.end) for x in b.mentions) for m in a.mentions)
        s.sets.setdefault("mentions", Score()).add(Score(len(a.mentions), len(b.mentions), found_m))


def _first_mention_rank(g, p) -> tuple:
    if g.mentions and p.mentions:
        return (0 if _person_overlap(g, p) else 1, abs(g.mentions[0].start - p.mentions[0].start))
    return (1, 0)


def _person_overlap(g, p) -> bool:
    return any(overlaps(gm.start, gm.end, pm.start, pm.end) for gm in g.mentions for pm in p.mentions)


def evaluate(corpus: Path, pipeline: Pipeline | None = None) -> tuple[dict[str, Score], list[ArticleResult]]:
    """Scores over every gold set of `corpus` together, and the per-article results."""
    per_set = evaluate_sets(corpus, pipeline)
    return combined(per_set), [r for _, results in per_set.values() for r in results]


def evaluate_sets(corpus: Path, pipeline: Pipeline | None = None
                  ) -> dict[str, tuple[dict[str, Score], list[ArticleResult]]]:
    """Scores and per-article results for each gold set of `corpus` (see `gold.gold_sets`)."""
    pipeline = pipeline or Pipeline()
    out = {}
    for name, folder in gold_sets(corpus).items():
        scores = {k: Score() for k in RECORD_NAMES}
        results = []
        for path in gold_files(folder):
            gold = load_gold(path, folder / "articles")
            pred = pipeline.extract(gold.text, id=gold.id)
            results.append(evaluate_article(gold, pred, scores))
        out[name] = (scores, results)
    return out


def combined(per_set: dict[str, tuple[dict[str, Score], list[ArticleResult]]]) -> dict[str, Score]:
    total = {k: Score() for k in RECORD_NAMES}
    for scores, _ in per_set.values():
        for k, s in scores.items():
            total[k].add(s)
    return total


# --- output ----------------------------------------------------------------------------
