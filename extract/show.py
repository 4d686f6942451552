"""`extract show`: a self-contained HTML page with the records on the article.

Right to left, an Arabic font stack, no network: the article text with every
record highlighted in place (a colour per record type; agreements underlined
because they contain other records), and side tables of the figures,
countries, people, organizations and agreements.  Hovering a highlight shows
its record's fields; clicking one (or a table row) shows them in the panel.
Several articles (`render_many`, `extract show` on a folder or a JSONL file)
make one page with an index; `render_report` is the page of `extract eval
--report FILE.html`.  Latin ids are isolated (`<bdi>`) so that they read left
to right in the RTL page; under 900 px the tables go below the article.

The highlights are nested in one sweep over the span boundaries (a stack of
the open spans), so the page takes time and space linear in the text and the
spans, not their product.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from typing import Iterable

from .lang.ar import page as PAGE
from .records import RECORD_TYPES, Article

BY_NAME = {rt.name: rt for rt in RECORD_TYPES}

COLOURS = {
    "figure": "#ffe08a",
    "country": "#b8e0ff",
    "person": "#c8f0c0",
    "organization": "#f5c6e8",
    "agreement": "#e0a030",
}

CSS = """
body{margin:0;font-family:"Noto Naskh Arabic","Amiri","Scheherazade New","Noto Sans Arabic","Geeza Pro",
"Arabic Typesetting","Traditional Arabic","Segoe UI","Tahoma",sans-serif;background:#fafafa;color:#222}
header{padding:.6em 1em;background:#234;color:#fff}
main{display:flex;gap:1em;padding:1em;align-items:flex-start}
article{flex:3;min-width:0;background:#fff;padding:1em 1.4em;line-height:2.2;font-size:1.15em;white-space:pre-wrap;
overflow-wrap:anywhere;border:1px solid #ddd;border-radius:6px}
aside{flex:2;min-width:0;font-size:.9em}
table{border-collapse:collapse;width:100%;margin-bottom:1em;background:#fff}
th,td{border:1px solid #ddd;padding:.2em .4em;text-align:right;vertical-align:top;unicode-bidi:plaintext}
caption{text-align:right;font-weight:bold;padding:.3em 0}
.r{cursor:pointer;border-radius:3px}
.r.figure{background:var(--figure)}.r.country{background:var(--country)}.r.person{background:var(--person)}
.r.organization{background:var(--organization)}.r.agreement{border-bottom:3px solid var(--agreement)}
.legend span{padding:0 .5em;margin-left:.4em;border-radius:3px;color:#222}
#panel{position:sticky;top:0;background:#fff;border:1px solid #ccc;padding:.5em;min-height:3em;max-height:60vh;
overflow:auto;white-space:pre-wrap;font-family:monospace;direction:ltr;text-align:left;font-size:.85em;z-index:1}
tr.sel,.r.sel{outline:2px solid #c00}
.warn{color:#a00;margin:.3em 1em}
.r.miss{background:#ffd0d0;outline:1px dashed #c00}.r.false_alarm{background:#ffe6b3;outline:1px dotted #a60}
section{margin-bottom:2em}
section>h2{margin:.5em 1em 0}
nav{padding:.5em 1em}
nav table{width:auto;min-width:50%}
#panel.float{position:fixed;top:auto;bottom:1em;left:1em;width:28em;max-width:40vw;max-height:40vh;
box-shadow:0 2px 8px rgba(0,0,0,.2)}
bdi.id{direction:ltr;unicode-bidi:isolate}
@media (max-width:900px){main{flex-direction:column;align-items:stretch}
article,aside{flex:none;width:auto}#panel{position:static;max-height:none}
#panel.float{position:fixed;left:0;right:0;bottom:0;width:auto;max-width:none;max-height:30vh}}
"""

JS = """
const recs = JSON.parse(document.getElementById('records').textContent);
const panel = document.getElementById('panel');
function show(id){
  document.querySelectorAll('.sel').forEach(e=>e.classList.remove('sel'));
  panel.textContent = JSON.stringify(recs[id], null, 2);
  document.querySelectorAll('[data-ids~="'+id+'"]').forEach(e=>e.classList.add('sel'));
}
document.querySelectorAll('[data-ids]').forEach(e=>e.addEventListener('click', ev=>{
  ev.stopPropagation(); show(e.dataset.ids.split(' ').pop());
}));
"""

Span = tuple[int, int, str, str]  # start, end, css class, record id


def _bdi(s: str) -> str:
    """`s` isolated left to right (an id such as `02-saudi-economy` in the RTL page)."""
    return f'<bdi class="id" dir="ltr">{html.escape(s)}</bdi>'


def _spans(article: Article, prefix: str = "") -> tuple[list[Span], dict[str, dict]]:
    """(start, end, type, record id) for every highlight, and the records by id
    (ids: `prefix`, the type's first letter and the record's index, `f0`, `c2`)."""
    spans: list[Span] = []
    recs: dict[str, dict] = {}
    for rt in RECORD_TYPES:
        for i, rec in enumerate(getattr(article, rt.name)):
            rid = f"{prefix}{rt.label[0]}{i}"
            recs[rid] = rec.model_dump()
            spans += [(s, e, rt.label, rid) for s, e in rt.spans(rec)]
    return spans, recs


def _title(rec: dict) -> str:
    keep = {k: v for k, v in rec.items() if k not in ("mentions", "start", "end") and v not in (None, [], False)}
    return "\n".join(f"{k}: {v}" for k, v in keep.items())


def text_html(text: str, spans: list[Span], recs: dict[str, dict]) -> str:
    """The text with one element per span, nested: a sweep over the span
    boundaries keeps a stack of the open spans (the longer of two spans that
    start together opens first).  A span that ends while spans opened inside it
    are still open closes them and opens them again after it, so the HTML is
    well formed even when spans cross.  Empty or out-of-range spans are left out."""
    n = len(text)
    spans = [sp for sp in spans if 0 <= sp[0] < sp[1] <= n]
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for i, (s, e, _, _) in enumerate(spans):
        starts[s].append(i)
        ends[e].append(i)
    titles: dict[str, str] = {}
    tags: dict[int, str] = {}

    def open_tag(i: int) -> str:
        tag = tags.get(i)
        if tag is None:
            _, _, kind, rid = spans[i]
            if rid not in titles:
                titles[rid] = html.escape(_title(recs[rid]))
            tag = tags[i] = f'<span class="r {kind}" data-ids="{rid}" title="{titles[rid]}">'
        return tag

    out: list[str] = []
    stack: list[int] = []  # open spans, innermost last
    depth: dict[int, int] = {}  # open span -> its place in the stack
    pos = 0
    for cut in sorted({0, n, *starts, *ends}):
        if cut > pos:
            out.append(html.escape(text[pos:cut]))
            pos = cut
        closing = ends.get(cut)
        if closing:
            low = min(depth[i] for i in closing)
            out.append("</span>" * (len(stack) - low))
            reopen = [i for i in stack[low:] if spans[i][1] != cut]
            for i in stack[low:]:
                del depth[i]
            del stack[low:]
            for i in reopen:
                depth[i] = len(stack)
                stack.append(i)
                out.append(open_tag(i))
        for i in sorted(starts.get(cut, ()), key=lambda i: -spans[i][1]):
            depth[i] = len(stack)
            stack.append(i)
            out.append(open_tag(i))
    out.append("</span>" * len(stack))
    return "".join(out)


def _table(caption: str, head: list[str], rows: list[tuple[str, list[str]]]) -> str:
    if not rows:
        return ""
    ths = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    trs = "".join(f'<tr data-ids="{rid}">' + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>"
                  for rid, cells in rows)
    return f"<table><caption><bdi>{html.escape(caption)}</bdi></caption><tr>{ths}</tr>{trs}</table>"


def _tables(article: Article, prefix: str) -> str:
    rows = {
        "figures": [(f"{prefix}f{i}", [f.text, f.value, f.kind, f.unit or "", f.year or "", f.subject or ""])
                    for i, f in enumerate(article.figures)],
        "countries": [(f"{prefix}c{i}", [c.iso2, c.name_ar, len(c.mentions)]) for i, c in enumerate(article.countries)],
        "people": [(f"{prefix}p{i}", [p.name, p.title or "", p.country or "", p.organization or ""])
                   for i, p in enumerate(article.people)],
        "organizations": [(f"{prefix}o{i}", [o.name, len(o.mentions)]) for i, o in enumerate(article.organizations)],
        "agreements": [(f"{prefix}a{i}", [a.title, a.type, " ".join(a.parties), a.status])
                       for i, a in enumerate(article.agreements)],
    }
    return "".join(_table(*PAGE.TABLES[rt.name], rows[rt.name]) for rt in RECORD_TYPES)


def _warnings(article: Article) -> str:
    return "".join(f'<p class="warn">{html.escape(w)}</p>' for w in article.warnings)


def _page(title: str, header: str, body: str, recs: dict[str, dict], panel: bool = True) -> str:
    colours = ";".join(f"--{k}:{v}" for k, v in COLOURS.items())
    data = json.dumps(recs, ensure_ascii=False).replace("</", "<\\/")
    script = f'<script type="application/json" id="records">{data}</script>\n<script>{JS}</script>' if panel else ""
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><style>:root{{{colours}}}{CSS}</style></head>
<body>
<header>{header}</header>
{body}
{script}
</body>
</html>
"""


def _legend() -> str:
    return "".join(f'<span class="r {k}">{PAGE.LEGEND[k]}</span>' for k in COLOURS)


PANEL = '<div id="panel">Click a highlight or a row to see its record.</div>'
FLOATING_PANEL = '<div id="panel" class="float">Click a highlight or a row to see its record.</div>'


def render(text: str, article: Article, title: str | None = None) -> str:
    """The page of one article."""
    spans, recs = _spans(article)
    name = title or article.id
    body = (f"{_warnings(article)}\n<main>\n<article id=\"text\">{text_html(text, spans, recs)}</article>\n"
            f"<aside>{PANEL}{_tables(article, '')}</aside>\n</main>")
    return _page(name, f'<strong>{_bdi(name)}</strong> · <span class="legend">{_legend()}</span>', body, recs)


def _counts(article: Article) -> str:
    return "".join(f"<td>{len(getattr(article, rt.name))}</td>" for rt in RECORD_TYPES)


def render_many(items: Iterable[tuple[str, Article]], title: str = "articles", note: str = "") -> str:
    """One page for several articles ((text, record) pairs): an index (id and
    the number of records of each type, linking to the article), then each
    article with its highlights and tables; one click panel for all."""
    recs: dict[str, dict] = {}
    index, sections = [], []
    for k, (text, article) in enumerate(items):
        prefix = f"{k}."
        spans, r = _spans(article, prefix)
        recs.update(r)
        index.append(f'<tr><td><a href="#art-{k}">{_bdi(article.id)}</a></td>{_counts(article)}</tr>')
        sections.append(f'<section id="art-{k}"><h2>{_bdi(article.id)}</h2>{_warnings(article)}'
                        f'<main><article>{text_html(text, spans, r)}</article>'
                        f"<aside>{_tables(article, prefix)}</aside></main></section>")
    heads = "".join(f"<th>{html.escape(PAGE.LEGEND[rt.label])}</th>" for rt in RECORD_TYPES)
    caption = f"{len(sections)} articles" + (f" ({html.escape(note)})" if note else "")
    nav = (f'<nav><table><caption dir="ltr">{caption}</caption><tr><th>id</th>{heads}</tr>'
           f'{"".join(index)}</table></nav>')
    body = f'{nav}{"".join(sections)}{FLOATING_PANEL}'
    return _page(title, f'<strong>{_bdi(title)}</strong> · <span class="legend">{_legend()}</span>', body, recs)


def _score_cells(r) -> str:
    """F1 of each record type for one article when the result carries its
    scores (`r.scores`), else its misses / false alarms."""
    scores = getattr(r, "scores", None) or {}
    cells = []
    for rt in RECORD_TYPES:
        s = scores.get(rt.name)
        miss, fa = len(r.misses.get(rt.name, ())), len(r.false_alarms.get(rt.name, ()))
        if s is not None:
            f1 = f"{s.f1:.2f}" + (f" ({errors})" if (errors := _errors(miss, fa)) else "")
            cells.append(f'<td title="gold {s.gold}, predicted {s.predicted}, correct {s.tp}">{_bdi(f1)}</td>')
        else:
            cells.append(f"<td>{_bdi(_errors(miss, fa))}</td>" if miss or fa else "<td>✓</td>")
    return "".join(cells)


def _errors(miss: int, fa: int) -> str:
    return " ".join(([f"−{miss}"] if miss else []) + ([f"+{fa}"] if fa else []))


def render_report(results) -> str:
    """The evaluation report (`extract eval --report FILE.html`): an index of
    every article with its scores (F1 per record type when the results carry
    them, with the number of misses − and false alarms +), then for each
    article with errors its text with the misses (red, dashed) and false
    alarms (orange, dotted) highlighted, a table of them, and the click panel."""
    sections, index = [], []
    recs: dict[str, dict] = {}
    for k, r in enumerate(results):
        spans: list[Span] = []
        rows = []
        for what, table in (("miss", r.misses), ("false_alarm", r.false_alarms)):
            for kind, items in table.items():
                for n, rec in enumerate(items):
                    rid = f"{k}.{what}-{kind}-{n}"
                    recs[rid] = {"article": r.id, "error": what, "type": kind, **rec.model_dump()}
                    spans += [(s, e, what, rid) for s, e in BY_NAME[kind].spans(rec)]
                    label = getattr(rec, "text", None) or getattr(rec, "name", None) or getattr(rec, "iso2", "")
                    rows.append((rid, [what.replace("_", " "), kind, label]))
        name = f'<a href="#art-{k}">{_bdi(r.id)}</a>' if rows else _bdi(r.id)
        index.append(f"<tr><td>{name}</td>{_score_cells(r)}</tr>")
        if not rows:
            continue
        table = _table(r.id, ["error", "type", "record"], rows)
        sections.append(f'<section id="art-{k}"><h2>{_bdi(r.id)}</h2><main><article>{text_html(r.text, spans, recs)}'
                        f"</article><aside>{table}</aside></main></section>")
    heads = "".join(f"<th>{rt.name}</th>" for rt in RECORD_TYPES)
    nav = (f'<nav><table><caption dir="ltr">{len(index)} articles, {len(sections)} with errors '
           f"(− misses, + false alarms)</caption>"
           f'<tr><th>id</th>{heads}</tr>{"".join(index)}</table></nav>')
    errors = "".join(sections) or "<p>No misses and no false alarms.</p>"
    body = f"{nav}{errors}{FLOATING_PANEL}"
    header = ('<strong>Evaluation report</strong> · <span class="legend"><span class="r miss">miss</span>'
              '<span class="r false_alarm">false alarm</span></span>')
    return _page("Evaluation report", header, body, recs)
