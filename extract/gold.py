"""The gold corpus: loading and checking hand-annotated articles.

A corpus folder holds `articles/ID.txt` and `gold/ID.json`; a gold file is an
article object of the record contract whose records may carry
`"optional": true` (see docs/annotation.md).  `check_corpus` returns every
problem it finds: schema, offsets, ISO codes, duplicates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .iso import countries, is_country, is_currency
from .records import Article

RECORD_TYPES = ("figures", "countries", "people", "organizations", "agreements")


@dataclass
class GoldArticle:
    id: str
    text: str
    article: Article  # the records, with `optional` stripped
    optional: dict[str, list[bool]]  # per record type, per record: optional or not


def load_gold(path: Path, articles_dir: Path) -> GoldArticle:
    """Load one gold file; raises ValueError with a clear message when it is broken."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    optional: dict[str, list[bool]] = {}
    for kind in RECORD_TYPES:
        flags = []
        for rec in data.get(kind, []) or []:
            flags.append(bool(rec.pop("optional", False)) if isinstance(rec, dict) else False)
        optional[kind] = flags
    try:
        article = Article.model_validate(data)
    except ValidationError as e:
        raise ValueError(f"does not follow the record contract: {e}") from None
    text_path = articles_dir / f"{article.id}.txt"
    if not text_path.is_file():
        raise ValueError(f"no article {text_path} for id {article.id!r}")
    return GoldArticle(article.id, text_path.read_text(encoding="utf-8"), article, optional)


def gold_files(corpus: Path) -> list[Path]:
    return sorted((corpus / "gold").glob("*.json"))


def check_corpus(corpus: Path) -> dict[str, list[str]]:
    """Problems per gold file (an empty list means the file is sound)."""
    corpus = Path(corpus)
    return {str(p): check_file(p, corpus / "articles") for p in gold_files(corpus)}


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
        for c in ag.parties:
            if not is_country(c):
                problems.append(f"agreements[{i}]: party {c!r} is not an ISO 3166-1 alpha-2 code")
    for kind in ("figures", "agreements"):
        spans = [(r.start, r.end) for r in getattr(a, kind)]
        for s in {x for x in spans if spans.count(x) > 1}:
            problems.append(f"{kind}: two records at {s[0]}:{s[1]}")
    mention_spans = [(m.start, m.end) for rec in a.people + a.organizations for m in rec.mentions]
    for s in {x for x in mention_spans if mention_spans.count(x) > 1}:
        problems.append(f"mention {s[0]}:{s[1]} belongs to two people or organizations")
    return problems
