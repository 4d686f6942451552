"""The gold corpus: loading and checking hand-annotated articles.

A gold set is a folder holding `articles/ID.txt` and `gold/ID.json`; a corpus
is either one gold set or a folder of them (`corpus/` holds `news/` and
`wiki/`).  A gold file is an article object of the record contract whose
records may carry `"optional": true` (see docs/annotation.md), and fields the
contract does not have yet but the annotation guide already asks for
(`AHEAD`): those are kept apart, checked, and read by the evaluation once the
records carry them.  `check_corpus` returns every problem it finds: schema,
offsets, ISO codes, duplicates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .iso import countries, is_country, is_currency
from .records import RECORD_NAMES, RECORD_TYPES, Agreement, Article, Organization, Span

# Fields annotated ahead of the record contract (docs/annotation.md, "Fields
# annotated ahead of the contract"); a field stops being set apart as soon as
# the typed model has it.
AHEAD = {
    "agreements": (Agreement, ("party_organizations", "mentions", "count", "signatories", "date")),
    "organizations": (Organization, ("country",)),
}


@dataclass
class GoldArticle:
    id: str
    text: str
    article: Article  # the records, with `optional` and the AHEAD fields stripped
    optional: dict[str, list[bool]]  # per record type, per record: optional or not
    ahead: dict[str, list[dict]] = field(default_factory=dict)  # per AHEAD record type and record: those fields


def load_gold(path: Path, articles_dir: Path) -> GoldArticle:
    """Load one gold file; raises ValueError with a clear message when it is broken."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    optional: dict[str, list[bool]] = {}
    ahead: dict[str, list[dict]] = {}
    for kind in RECORD_NAMES:
        flags = []
        model, fields = AHEAD.get(kind, (None, ()))
        fields = tuple(f for f in fields if model is not None and f not in model.model_fields)
        extra = []
        for rec in data.get(kind, []) or []:
            flags.append(bool(rec.pop("optional", False)) if isinstance(rec, dict) else False)
            if isinstance(rec, dict) and fields:
                extra.append({f: rec.pop(f) for f in fields if f in rec})
        optional[kind] = flags
        if kind in AHEAD:
            ahead[kind] = extra
    try:
        article = Article.model_validate(data)
    except ValidationError as e:
        raise ValueError(f"does not follow the record contract: {e}") from None
    text_path = articles_dir / f"{article.id}.txt"
    if not text_path.is_file():
        raise ValueError(f"no article {text_path} for id {article.id!r}")
    text = text_path.read_text(encoding="utf-8")
    return GoldArticle(article.id, text, article, optional, ahead)


def gold_files(corpus: Path) -> list[Path]:
    return sorted((corpus / "gold").glob("*.json"))


def gold_sets(corpus: Path) -> dict[str, Path]:
    """The gold sets of a corpus folder by name: the folder itself when it has
    `gold/`, else each sub-folder that has one (sorted by name)."""
    corpus = Path(corpus)
    if (corpus / "gold").is_dir():
        return {corpus.resolve().name: corpus}
    return {p.name: p for p in sorted(corpus.iterdir()) if (p / "gold").is_dir()} if corpus.is_dir() else {}


def check_corpus(corpus: Path) -> dict[str, list[str]]:
    """Problems per gold file of every gold set (an empty list means the file is sound)."""
    return {str(p): check_file(p, folder / "articles")
            for folder in gold_sets(corpus).values() for p in gold_files(folder)}


def check_file(path: Path, articles_dir: Path) -> list[str]:
    try:
        gold = load_gold(path, articles_dir)
    except (ValueError, json.JSONDecodeError) as e:
        return [str(e)]
    problems: list[str] = []
    if gold.id != path.stem:
        problems.append(f"id {gold.id!r} is not the file name {path.stem!r}")
    text = gold.text
    a = gold.article

    def span(where: str, s) -> None:
        if not (0 <= s.start < s.end <= len(text)) or text[s.start:s.end] != s.text:
            found = text[s.start:s.end] if 0 <= s.start <= s.end <= len(text) else "(out of range)"
            problems.append(f"{where}: text[{s.start}:{s.end}] is {found!r}, not {s.text!r}")

    for i, f in enumerate(a.figures):
        span(f"figures[{i}]", f)
        if f.kind == "money" and not (f.unit and is_currency(f.unit)):
            problems.append(f"figures[{i}]: money with unit {f.unit!r}, not an ISO 4217 code")
        if f.kind == "percent" and f.unit not in ("%", "pp"):
            problems.append(f"figures[{i}]: percent with unit {f.unit!r}")
        for c in f.countries:
            if not is_country(c):
                problems.append(f"figures[{i}]: {c!r} is not an ISO 3166-1 alpha-2 code")
    seen_iso = set()
    for i, c in enumerate(a.countries):
        if not is_country(c.iso2):
            problems.append(f"countries[{i}]: {c.iso2!r} is not an ISO 3166-1 alpha-2 code")
        elif countries()[c.iso2].iso3 != c.iso3:
            problems.append(f"countries[{i}]: iso3 of {c.iso2} is {countries()[c.iso2].iso3}, not {c.iso3}")
        if c.iso2 in seen_iso:
            problems.append(f"countries[{i}]: {c.iso2} has two records")
        seen_iso.add(c.iso2)
        for j, m in enumerate(c.mentions):
            span(f"countries[{i}].mentions[{j}]", m)
    for kind in ("people", "organizations"):
        names = set()
        for i, rec in enumerate(getattr(a, kind)):
            if rec.name in names:
                problems.append(f"{kind}[{i}]: {rec.name!r} has two records")
            names.add(rec.name)
            for j, m in enumerate(rec.mentions):
                span(f"{kind}[{i}].mentions[{j}]", m)
            if kind == "people" and rec.country and not is_country(rec.country):
                problems.append(f"people[{i}]: {rec.country!r} is not an ISO 3166-1 alpha-2 code")
    for i, ag in enumerate(a.agreements):
        span(f"agreements[{i}]", ag)
        for j, m in enumerate(ag.mentions):
            span(f"agreements[{i}].mentions[{j}]", m)
        for c in ag.parties:
            if not is_country(c):
                problems.append(f"agreements[{i}]: party {c!r} is not an ISO 3166-1 alpha-2 code")
    for kind in (rt.name for rt in RECORD_TYPES if rt.offsets == "span"):
        spans = [(r.start, r.end) for r in getattr(a, kind)]
        for s in {x for x in spans if spans.count(x) > 1}:
            problems.append(f"{kind}: two records at {s[0]}:{s[1]}")
    for i, extra in enumerate(gold.ahead.get("agreements", [])):
        for j, m in enumerate(extra.get("mentions") or []):
            try:
                span(f"agreements[{i}].mentions[{j}]", Span.model_validate(m))
            except ValidationError as e:
                problems.append(f"agreements[{i}].mentions[{j}]: not a span: {e}")
        count = extra.get("count")
        if count is not None and (not isinstance(count, int) or count < 1):
            problems.append(f"agreements[{i}]: count {count!r} is not a positive whole number")
    for i, extra in enumerate(gold.ahead.get("organizations", [])):
        c = extra.get("country")
        if c is not None and not is_country(c):
            problems.append(f"organizations[{i}]: country {c!r} is not an ISO 3166-1 alpha-2 code")
    mention_spans = [(m.start, m.end) for rec in a.people + a.organizations for m in rec.mentions]
    for s in {x for x in mention_spans if mention_spans.count(x) > 1}:
        problems.append(f"mention {s[0]}:{s[1]} belongs to two people or organizations")
    return problems
