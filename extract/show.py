"""`extract show`: a self-contained HTML page with the records on the article.

Right to left, an Arabic font stack, no network: the article text with every
record highlighted in place (a colour per record type; agreements underlined
because they contain other records), and side tables of the figures,
countries, people, organizations and agreements.  Hovering a highlight shows
its record's fields; clicking one (or a table row) shows them in the panel.
"""

from __future__ import annotations

import html
import json

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
article{flex:3;background:#fff;padding:1em 1.4em;line-height:2.2;font-size:1.15em;white-space:pre-wrap;
border:1px solid #ddd;border-radius:6px}
aside{flex:2;font-size:.9em}
table{border-collapse:collapse;width:100%;margin-bottom:1em;background:#fff}
th,td{border:1px solid #ddd;padding:.2em .4em;text-align:right;vertical-align:top}
caption{text-align:right;font-weight:bold;padding:.3em 0}
.r{cursor:pointer;border-radius:3px}
.r.figure{background:var(--figure)}.r.country{background:var(--country)}.r.person{background:var(--person)}
.r.organization{background:var(--organization)}.r.agreement{border-bottom:3px solid var(--agreement)}
.legend span{padding:0 .5em;margin-left:.4em;border-radius:3px}
#panel{position:sticky;top:0;background:#fff;border:1px solid #ccc;padding:.5em;min-height:3em;
white-space:pre-wrap;font-family:monospace;direction:ltr;text-align:left;font-size:.85em}
tr.sel,.r.sel{outline:2px solid #c00}
.warn{color:#a00}
.r.miss{background:#ffd0d0;outline:1px dashed #c00}.r.false_alarm{background:#ffe6b3;outline:1px dotted #a60}
section{margin-bottom:2em}
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


def _spans(article: Article) -> tuple[list[tuple[int, int, str, str]], dict[str, dict]]:
    """(start, end, type, record id) for every highlight, and the records by id
    (ids: the type's first letter and the record's index, `f0`, `c2`)."""
    spans: list[tuple[int, int, str, str]] = []
    recs: dict[str, dict] = {}
    for rt in RECORD_TYPES:
        for i, rec in enumerate(getattr(article, rt.name)):
            rid = f"{rt.label[0]}{i}"
            recs[rid] = rec.model_dump()
            spans += [(s, e, rt.label, rid) for s, e in rt.spans(rec)]
    return spans, recs


def _title(rec: dict) -> str:
    keep = {k: v for k, v in rec.items() if k not in ("mentions", "start", "end") and v not in (None, [], False)}
    return "\n".join(f"{k}: {v}" for k, v in keep.items())


def _text_html(text: str, spans: list[tuple[int, int, str, str]], recs: dict[str, dict]) -> str:
    """The text cut at every span boundary; each piece inside spans is wrapped
    in one element per covering span, outermost first."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        covering = sorted((sp for sp in spans if sp[0] <= a and b <= sp[1]), key=lambda sp: -(sp[1] - sp[0]))
        for s, e, kind, rid in reversed(covering):
            piece = (f'<span class="r {kind}" data-ids="{rid}" title="{html.escape(_title(recs[rid]))}">'
                     f"{piece}</span>")
        out.append(piece)
    return "".join(out)


def _table(caption: str, head: list[str], rows: list[tuple[str, list[str]]]) -> str:
    if not rows:
        return ""
    ths = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    trs = "".join(f'<tr data-ids="{rid}">' + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>"
                  for rid, cells in rows)
    return f"<table><caption>{html.escape(caption)}</caption><tr>{ths}</tr>{trs}</table>"


def render(text: str, article: Article, title: str | None = None) -> str:
    spans, recs = _spans(article)
    rows = {
        "figures": [(f"f{i}", [f.text, f.value, f.kind, f.unit or "", f.year or "", f.subject or ""])
                    for i, f in enumerate(article.figures)],
        "countries": [(f"c{i}", [c.iso2, c.name_ar, len(c.mentions)]) for i, c in enumerate(article.countries)],
        "people": [(f"p{i}", [p.name, p.title or "", p.country or "", p.organization or ""])
                   for i, p in enumerate(article.people)],
        "organizations": [(f"o{i}", [o.name, len(o.mentions)]) for i, o in enumerate(article.organizations)],
        "agreements": [(f"a{i}", [a.title, a.type, " ".join(a.parties), a.status])
                       for i, a in enumerate(article.agreements)],
    }
    tables = [_table(*PAGE.TABLES[rt.name], rows[rt.name]) for rt in RECORD_TYPES]
    colours = ";".join(f"--{k}:{v}" for k, v in COLOURS.items())
    legend = "".join(f'<span class="r {k}">{PAGE.LEGEND[k]}</span>' for k in COLOURS)
    warnings = "".join(f'<p class="warn">{html.escape(w)}</p>' for w in article.warnings)
    name = html.escape(title or article.id)
    data = json.dumps(recs, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}</title><style>:root{{{colours}}}{CSS}</style></head>
<body>
<header><strong>{name}</strong> · <span class="legend">{legend}</span></header>
{warnings}
<main>
<article id="text">{_text_html(text, spans, recs)}</article>
<aside><div id="panel">Click a highlight or a row to see its record.</div>{"".join(tables)}</aside>
</main>
<script type="application/json" id="records">{data}</script>
<script>{JS}</script>
</body>
</html>
"""


def render_report(results) -> str:
    """The evaluation report (`extract eval --report FILE.html`): for each
    article with errors, its text with the misses (red, dashed) and false
    alarms (orange, dotted) highlighted, and a table of them."""
    sections = []
    for r in results:
        spans: list[tuple[int, int, str, str]] = []
        recs: dict[str, dict] = {}
        rows = []
        for what, table in (("miss", r.misses), ("false_alarm", r.false_alarms)):
            for kind, items in table.items():
                for n, rec in enumerate(items):
                    rid = f"{what}-{kind}-{n}"
                    recs[rid] = {"error": what, "type": kind, **rec.model_dump()}
                    spans += [(s, e, what, rid) for s, e in BY_NAME[kind].spans(rec)]
                    label = getattr(rec, "text", None) or getattr(rec, "name", None) or getattr(rec, "iso2", "")
                    rows.append((rid, [what.replace("_", " "), kind, label]))
        if not rows:
            continue
        table = _table(r.id, ["error", "type", "record"], rows)
        sections.append(f'<section><h2>{html.escape(r.id)}</h2><main><article>{_text_html(r.text, spans, recs)}'
                        f"</article><aside>{table}</aside></main></section>")
    body = "".join(sections) or "<p>No misses and no false alarms.</p>"
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>Evaluation report</title><style>:root{{{";".join(f"--{k}:{v}" for k, v in COLOURS.items())}}}{CSS}</style></head>
<body><header><strong>Evaluation report</strong> · <span class="legend"><span class="r miss">miss</span>
<span class="r false_alarm">false alarm</span></span></header>{body}</body></html>
"""
