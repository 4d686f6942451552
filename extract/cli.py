"""The `extract` command: a thin layer over the pipeline and the runner.

Exit codes: 0 every article was processed; 1 some inputs could not be read or
processed (each is named on stderr and has an error line in the output);
2 usage errors (bad options, an output file that cannot be written).
"""

from __future__ import annotations

from ._notorch import hide_torch

hide_torch()

import argparse  # noqa: E402
import gzip  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402

from . import __version__  # noqa: E402
from .inputs import read_inputs  # noqa: E402
from .pipeline import DEFAULT_MAX_CHARS, Pipeline  # noqa: E402
from .records import json_schema_text  # noqa: E402
from .runner import resume_state, run, summary_json  # noqa: E402


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors; keep that
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="extract", description="Structured records from Arabic news text.")
    parser.add_argument("--version", action="version", version=f"extract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("run", help="extract records from articles, one JSON line per article")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".txt files, folders of them, .jsonl / .jsonl.gz files with id and text, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT.jsonl",
                   help="write JSON Lines here (.gz compresses); default: standard output")
    p.add_argument("--workers", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes, each loading the models once (default: the number of cores)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes (default) or a Dask cluster (pip install '.[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler's address (default: start a local cluster)")
    p.add_argument("--resume", action="store_true",
                   help="skip the ids already in the output file (-o) and append the rest")
    p.add_argument("--max-chars", type=_positive_int, default=DEFAULT_MAX_CHARS, metavar="N",
                   help=f"process at most N characters of an article, warn past that (default {DEFAULT_MAX_CHARS})")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary on stderr")
    p.add_argument("--summary-json", metavar="FILE", help="also write the summary as JSON to FILE")

    sub.add_parser("schema", help="print the JSON Schema of the article record")

    sv = sub.add_parser("serve", help="serve the pipeline over HTTP (pip install '.[service]')")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=_positive_int, default=8000)
    sv.add_argument("--workers", type=_positive_int, default=1, help="server processes, each with its own models")

    sh = sub.add_parser("show", help="write an HTML page with the records highlighted on the article")
    sh.add_argument("article", help="a .txt file (or a .jsonl file: its first article)")
    sh.add_argument("-o", "--output", required=True, metavar="PAGE.html")

    t = sub.add_parser("train-ner", help="train the NER model from the CoNLL corpora (see extract/train_ner.py)")
    t.add_argument("--data", default="../shared/data/ner", help="folder of the corpora (default ../shared/data/ner)")
    t.add_argument("--out", default="models/ner", help="where to write the model (default models/ner)")
    t.add_argument("--max-steps", type=_positive_int, default=8000, help="training steps (default 8000)")
    t.add_argument("--embed", choices=["hash", "char"], default="hash",
                   help="word features: hash embeddings of word, prefix, suffix, shape (default), "
                        "or character embeddings")
    t.add_argument("--width", type=_positive_int, default=64, help="width of the token vectors (default 64)")
    t.add_argument("--depth", type=_positive_int, default=2, help="convolution layers (default 2)")
    t.add_argument("--sources", default="newsfane,wikifane,wojood-sample",
                   help="training sources, comma-separated (default newsfane,wikifane,wojood-sample)")
    t.add_argument("--dropout", type=float, default=0.15, help="dropout while training (default 0.15)")
    t.add_argument("--norm-rows", type=_positive_int, default=8000,
                   help="rows of the hash embedding table of the words (default 8000)")
    t.add_argument("--gazetteer", action="store_true",
                   help="give the model the lexicons' tags as a feature (see extract/ner_features.py; "
                        "off by default: it lowered newswire dev F1)")
    t.add_argument("--pretrain-epochs", type=int, default=0,
                   help="first pretrain the token vectors (spacy pretrain, characters objective) on the "
                        "raw words of the training splits for this many epochs (default 0: no pretraining)")

    e = sub.add_parser("eval", help="score the pipeline against a gold corpus (P, R, F1 per record type)")
    e.add_argument("corpus", help="a gold set (a folder with articles/ID.txt and gold/ID.json) or a folder of them")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--report", metavar="FILE", help="write the misses and false alarms of each article "
                                                   "(FILE.html: a page with them on the text; else Markdown)")

    n = sub.add_parser("eval-ner", help="score the NER model on a CoNLL file (per label, strict and partial)")
    n.add_argument("conll", nargs="+", help="TOKEN<TAB>BIO-LABEL files (e.g. ../shared/data/ner/anercorp/dev.conll)")
    n.add_argument("--model", help="model folder (default: models/ner)")
    n.add_argument("--source", help="preparation of the file: newsfane, wikifane, anercorp, aqmar, wojood-sample "
                                    "(default: the name of its folder)")
    n.add_argument("--merge-gpe", action="store_true", default=None,
                   help="score GPE as LOC (default for sources without GPE)")
    n.add_argument("--json", action="store_true", help="print the scores as JSON")

    g = sub.add_parser("gold-check", help="validate the gold annotations of a corpus folder")
    g.add_argument("corpus", help="a gold set (a folder with articles/ID.txt and gold/ID.json) or a folder of them")
    return parser


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return n


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        sys.stdout.write(json_schema_text())
        return 0
    if args.command == "show":
        return _show(args)
    if args.command == "serve":
        try:
            from .service import serve
        except ImportError as e:
            print(f"extract: serve needs fastapi and uvicorn ({e}); pip install '.[service]'", file=sys.stderr)
            return 2
        serve(args.host, args.port, args.workers)
        return 0
    if args.command == "train-ner":
        from .train_ner import train

        train(Path(args.data), Path(args.out), max_steps=args.max_steps, embed=args.embed,
              width=args.width, depth=args.depth, gazetteer=args.gazetteer and args.embed == "hash",
              pretrain_epochs=args.pretrain_epochs, norm_rows=args.norm_rows,
              sources=tuple(x.strip() for x in args.sources.split(",") if x.strip()), dropout=args.dropout)
        return 0
    if args.command == "eval":
        return _eval(args)
    if args.command == "eval-ner":
        return _eval_ner(args)
    if args.command == "gold-check":
        return _gold_check(Path(args.corpus))
    return _run(args)


def _show(args: argparse.Namespace) -> int:
    from .show import render

    item = next(iter(read_inputs([args.article])), None)
    if item is None or item.error:
        print(f"extract: {item.error if item else 'no article in ' + args.article}", file=sys.stderr)
        return 1
    article = Pipeline().extract(item.text, id=item.id, source=item.source, warnings=item.warnings)
    Path(args.output).write_text(render(item.text, article), encoding="utf-8")
    print(f"page: {args.output}", file=sys.stderr)
    return 0


def _eval(args: argparse.Namespace) -> int:
    import json

    from .evaluate import as_json, combined, evaluate_sets, report_markdown, table
    from .gold import gold_sets

    corpus = Path(args.corpus)
    if not gold_sets(corpus):
        print(f"extract: no gold/ folder in {corpus} nor in any folder inside it", file=sys.stderr)
        return 2
    per_set = evaluate_sets(corpus)
    results = [r for _, rs in per_set.values() for r in rs]
    total = combined(per_set)
    if args.json:
        data = as_json(total, len(results))
        data["sets"] = {name: as_json(sc, len(rs)) for name, (sc, rs) in per_set.items()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        parts = [f"== {name}\n{table(sc, len(rs))}" for name, (sc, rs) in per_set.items()]
        if len(per_set) > 1:
            parts.append(f"== all ({' + '.join(per_set)})\n{table(total, len(results))}")
        print("\n\n".join(parts))
    if args.report:
        if args.report.endswith(".html"):
            from .show import render_report

            Path(args.report).write_text(render_report(results), encoding="utf-8")
        else:
            Path(args.report).write_text(report_markdown(results), encoding="utf-8")
        print(f"report: {args.report}", file=sys.stderr)
    return 0


def _eval_ner(args: argparse.Namespace) -> int:
    import json

    from . import ner
    from .ner_eval import evaluate_conll

    nlp, reason = ner.load(Path(args.model) if args.model else None)
    if nlp is None:
        print(f"extract: {reason}", file=sys.stderr)
        return 2
    results = {}
    for path in args.conll:
        if not Path(path).is_file():
            print(f"extract: no such file: {path}", file=sys.stderr)
            return 2
        scores = evaluate_conll(nlp, Path(path), args.source, args.merge_gpe)
        results[path] = scores.as_dict()
        if not args.json:
            print(f"== {path}")
            print(scores.table())
            print()
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


def _gold_check(corpus: Path) -> int:
    from .gold import check_corpus, gold_sets

    if not gold_sets(corpus):
        print(f"extract: no gold/ folder in {corpus} nor in any folder inside it", file=sys.stderr)
        return 2
    results = check_corpus(corpus)
    bad = 0
    for path, problems in results.items():
        for p in problems:
            print(f"{path}: {p}")
        bad += bool(problems)
    print(f"{len(results)} gold files, {bad} with problems", file=sys.stderr)
    return 1 if bad else 0


def _run(args: argparse.Namespace) -> int:
    done: set[str] = set()
    if args.resume and (not args.output or args.output.endswith(".gz")):
        print("extract: --resume needs -o OUT.jsonl (a plain, not compressed, file)", file=sys.stderr)
        return 2
    if args.output:
        try:
            out_path = Path(args.output)
            if "://" not in args.output and out_path.parent and not out_path.parent.exists():
                out_path.parent.mkdir(parents=True, exist_ok=True)
            if args.resume and out_path.exists():
                done = resume_state(out_path)
                print(f"extract: resuming: {len(done)} articles already in {out_path}", file=sys.stderr)
            mode = "a" if args.resume else "w"
            if "://" in args.output:
                import fsspec

                out = fsspec.open(args.output, "wt", compression="infer", encoding="utf-8").open()
            else:
                out = (gzip.open(out_path, "wt", encoding="utf-8") if args.output.endswith(".gz")
                       else open(out_path, mode, encoding="utf-8"))
        except OSError as e:
            print(f"extract: cannot write {args.output}: {e}", file=sys.stderr)
            return 2
    else:
        out = sys.stdout
        if hasattr(out, "reconfigure"):
            out.reconfigure(encoding="utf-8")

    def report(message: str) -> None:
        print(f"extract: {message}", file=sys.stderr)

    progress = not args.quiet and sys.stderr.isatty()
    factory = partial(Pipeline, max_chars=args.max_chars)
    try:
        items = read_inputs(args.inputs, max_bytes=args.max_chars * 4)
        if done:
            items = (it for it in items if it.id not in done)
        stream = None
        if args.engine == "dask":
            try:
                from . import dask_engine
            except ImportError as e:
                print(f"extract: --engine dask needs dask and distributed ({e}); pip install '.[dask]'",
                      file=sys.stderr)
                return 2
            stream = dask_engine.results(items, factory, workers=args.workers, scheduler=args.scheduler)
        summary = run(items, out, factory=factory, workers=args.workers, progress=progress, on_error=report,
                      stream=stream)
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    if not args.quiet:
        where = args.output or "standard output"
        print(f"output: {where}", file=sys.stderr)
        print(summary.text(), file=sys.stderr)
    if args.summary_json:
        Path(args.summary_json).write_text(summary_json(summary) + "\n", encoding="utf-8")
    return 1 if summary.failures else 0


def entry() -> None:
    try:
        code = main()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    sys.exit(code)
