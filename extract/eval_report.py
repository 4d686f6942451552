"""How `extract eval` shows its scores: the table, the JSON, and the report
of each article's misses and false alarms (the matching itself is
`extract.evaluate`)."""

from __future__ import annotations

from .evaluate import ArticleResult, Score


def table(scores: dict[str, Score], n_articles: int) -> str:
    lines = [f"{n_articles} gold articles", "",
             f"{'record type':<15}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<15}{s.gold:>6}{s.predicted:>6}{s.tp:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    lines += ["", "field accuracy over matched records:"]
    for kind, s in scores.items():
        if s.fields:
            parts = [f"{name} {c}/{n} ({c / n:.2f})" for name, (c, n) in s.fields.items() if n] + [
                f"{name} F1 {x.f1:.3f} (P {x.precision:.3f}, R {x.recall:.3f})" for name, x in s.sets.items()]
            lines.append(f"  {kind}: " + ", ".join(parts))
    return "\n".join(lines)


def as_json(scores: dict[str, Score], n_articles: int) -> dict:
    return {
        "articles": n_articles,
        "scores": {
            k: {"gold": s.gold, "predicted": s.predicted, "tp": s.tp, "precision": round(s.precision, 4),
                "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                "fields": {n: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else None}
                           for n, (c, t) in s.fields.items()},
                "sets": {n: {"tp": x.tp, "gold": x.gold, "predicted": x.predicted, "precision": round(x.precision, 4),
                             "recall": round(x.recall, 4), "f1": round(x.f1, 4)} for n, x in s.sets.items()}}
            for k, s in scores.items()
        },
    }


def report_markdown(results: list[ArticleResult]) -> str:
    out = ["# Evaluation report: misses and false alarms", ""]
    for r in results:
        items = [(kind, "miss", x) for kind, xs in r.misses.items() for x in xs]
        items += [(kind, "false alarm", x) for kind, xs in r.false_alarms.items() for x in xs]
        if not items:
            continue
        out += [f"## {r.id}", "", "| type | what | record | sentence |", "|---|---|---|---|"]
        for kind, what, rec in items:
            out.append(f"| {kind} | {what} | {_describe(kind, rec)} | {_sentence(r.text, rec)} |")
        out.append("")
    return "\n".join(out) + "\n"


def _describe(kind: str, rec) -> str:
    if kind == "figures":
        return f"«{rec.text}» = {rec.value} {rec.kind} {rec.unit or ''}".strip()
    if kind == "countries":
        return f"{rec.iso2} {rec.name_ar}"
    if kind in ("people", "organizations"):
        return f"«{rec.name}»" + (f" ({rec.title})" if getattr(rec, "title", None) else "")
    return f"«{rec.text}» {rec.type} {','.join(rec.parties)} {rec.status}"


def _sentence(text: str, rec) -> str:
    start = getattr(rec, "start", None)
    if start is None and getattr(rec, "mentions", None):
        start = rec.mentions[0].start
    if start is None:
        return ""
    a = max(text.rfind("\n", 0, start), text.rfind(".", 0, start)) + 1
    b_candidates = [x for x in (text.find("\n", start), text.find(".", start)) if x != -1]
    b = min(b_candidates) if b_candidates else len(text)
    return text[a:b].strip().replace("|", "\\|")[:300]
