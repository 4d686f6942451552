"""The `extract` command: a thin layer over the pipeline and the runner.

Exit codes: 0 every article was processed; 1 some inputs could not be read or
processed (each is named on stderr and has an error line in the output), the
others were; 2 usage errors (bad options, a missing extra or data folder, an
output that cannot be written, a full disk); 3 nothing was extracted: every
input failed (each has its error line); 130 and 143 interrupted by SIGINT or
SIGTERM (the worker processes are stopped).
"""

from __future__ import annotations

from ._notorch import hide_torch

hide_torch()

import argparse  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from . import __version__  # noqa: E402
from .cli_run import EXIT_USAGE, cannot_write, finish_side_output, open_side_output  # noqa: E402
from .cli_run import run_command, usable_cpus  # noqa: E402
from .inputs import read_inputs  # noqa: E402
from .pipeline import DEFAULT_MAX_CHARS, Pipeline  # noqa: E402
from .records import json_schema_text  # noqa: E402


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
                   help=".txt files, folders of them, .jsonl / .ndjson files with id and text (each may be "
                        ".gz, .bz2, .xz, .zst), fsspec URLs and globs, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT.jsonl",
                   help="write JSON Lines here (.gz compresses); default: standard output")
    p.add_argument("--workers", type=_positive_int, default=usable_cpus(), metavar="N",
                   help="worker processes, each loading the models once (default: the cores this process may use)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes (default) or a Dask cluster (pip install '.[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler's address (default: start a local cluster)")
    p.add_argument("--resume", action="store_true",
                   help="skip the articles already in the output file (-o), by source, retry the failed ones, "
                        "append the rest")
    p.add_argument("--max-chars", type=_positive_int, default=DEFAULT_MAX_CHARS, metavar="N",
                   help=f"process at most N characters of an article, warn past that (default {DEFAULT_MAX_CHARS})")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary on stderr")
    p.add_argument("--summary-json", metavar="FILE", help="also write the summary as JSON to FILE")

    sub.add_parser("schema", help="print the JSON Schema of the article record")

    sv = sub.add_parser("serve", help="serve the pipeline over HTTP (pip install '.[service]')")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=_positive_int, default=8000)
    sv.add_argument("--workers", type=_positive_int, default=1, help="server processes, each with its own models")
    sv.add_argument("--max-body-bytes", type=_positive_int, help="largest request body (default 2 MiB)")
    sv.add_argument("--max-chars", type=_positive_int, help="longest article text (default 200,000 characters)")
    sv.add_argument("--max-batch", type=_positive_int, help="most articles in one batch request (default 64)")
    sv.add_argument("--timeout", type=_positive_float, help="seconds one extraction may take (default 30)")

    sh = sub.add_parser("show", help="write an HTML page with the records highlighted on the article")
    sh.add_argument("article", help="a .txt file, a folder or a .jsonl file (every article, with an index)")
    sh.add_argument("-o", "--output", required=True, metavar="PAGE.html")
    sh.add_argument("--max-articles", type=_positive_int, default=200, metavar="N",
                    help="render at most the first N articles of a folder or JSONL file (default 200)")

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
    t.add_argument("--stem", action="store_true",
                   help="give the model each word without its conjunction and preposition as a second "
                        "embedding (see extract/ner_features.py)")
    t.add_argument("--news", metavar="FILE.jsonl.gz",
                   help="raw news (JSON Lines with id and text, e.g. ../shared/data/news/ant-news.jsonl.gz) "
                        "for --vectors and --pretrain-epochs; the news gold set's articles are left out")
    t.add_argument("--vectors", choices=["floret", "words"],
                   help="learn floret vectors from --news and give them to the model: the hashed subword "
                        "table (floret) or the vectors of the --vector-rows most frequent words (words)")
    t.add_argument("--vector-dim", type=_positive_int, default=100, help="dimensions of the vectors (default 100)")
    t.add_argument("--vector-rows", type=_positive_int, default=50000,
                   help="floret buckets, or words kept with --vectors words (default 50000)")
    t.add_argument("--pretrain-epochs", type=int, default=0,
                   help="first pretrain the token vectors (spacy pretrain, characters objective) for this "
                        "many epochs on --news, or without it on the training splits' words (default 0: none)")
    t.add_argument("--silver", type=int, default=0, metavar="N",
                   help="add N sentences of --news labelled by the rules (extract/ner_silver.py) to the "
                        "training data (default 0)")
    t.add_argument("--pretrain-sentences", type=int, default=0,
                   help="pretrain on the first N sentences of --news only (default 0: all)")

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


def _positive_float(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not x > 0 or x == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds: {value}")
    return x


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
        serve(args.host, args.port, args.workers, max_body=args.max_body_bytes, max_chars=args.max_chars,
              max_batch=args.max_batch, timeout=args.timeout)
        return 0
    if args.command == "train-ner":
        from .train_ner import Recipe, train

        if (missing := _missing_training_data(Path(args.data), args.sources)):
            print(f"extract: no training data in {args.data} (missing {', '.join(missing)}). The corpora "
                  "(NewsFANE, WikiFANE, the Wojood sample; CoNLL files, one folder per source with train.conll "
                  "and dev.conll) are staged in ../shared/data/ner next to the project, with a README on "
                  "where each comes from; point --data at that folder. The trained model already ships in "
                  "models/ner.", file=sys.stderr)
            return EXIT_USAGE
        if args.news and not Path(args.news).is_file():
            print(f"extract: no news text at {args.news}: --news takes a JSON Lines file (gzip allowed) with "
                  "id and text fields, such as ../shared/data/news/ant-news.jsonl.gz", file=sys.stderr)
            return EXIT_USAGE
        if (args.vectors or args.silver) and not args.news:
            print("extract: --vectors and --silver read news text: give --news FILE.jsonl.gz", file=sys.stderr)
            return EXIT_USAGE
        recipe = Recipe(max_steps=args.max_steps, embed=args.embed, width=args.width, depth=args.depth,
                        gazetteer=args.gazetteer and args.embed == "hash", stem=args.stem and args.embed == "hash",
                        norm_rows=args.norm_rows,
                        sources=tuple(x.strip() for x in args.sources.split(",") if x.strip()),
                        dropout=args.dropout, news=args.news, vectors=args.vectors, vector_dim=args.vector_dim,
                        vector_rows=args.vector_rows, pretrain_epochs=args.pretrain_epochs,
                        pretrain_sentences=args.pretrain_sentences, silver=args.silver)
        train(Path(args.data), Path(args.out), recipe)
        return 0
    if args.command == "eval":
        return _eval(args)
    if args.command == "eval-ner":
        return _eval_ner(args)
    if args.command == "gold-check":
        return _gold_check(Path(args.corpus))
    return run_command(args)


def _missing_training_data(data: Path, sources: str) -> list[str]:
    from .train_ner import SELECT_SOURCES

    names = [x.strip() for x in sources.split(",") if x.strip()]
    need = [f"{n}/train.conll" for n in names] + [f"{n}/dev.conll" for n in SELECT_SOURCES]
    return [f for f in need if not (data / f).is_file()]


def _show(args: argparse.Namespace) -> int:
    """The page of one article, or of every article of a folder or JSONL file
    (up to --max-articles, with an index; stderr says when more were left out).
    Exit 1 when an article could not be read (named on stderr), 2 when the
    page cannot be written."""
    from .show import render, render_many

    try:  # fail before the work, not after it
        out = open(args.output, "w", encoding="utf-8")
    except OSError as e:
        print(f"extract: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
        return 2
    pipeline, done, failed, more = None, [], 0, False
    with out:
        for item in read_inputs([args.article]):
            if len(done) == args.max_articles:
                more = True
                break
            if item.error:
                print(f"extract: {item.error}", file=sys.stderr)
                failed += 1
                continue
            pipeline = pipeline or Pipeline()
            done.append((item.text, pipeline.extract(item.text, id=item.id, source=item.source,
                                                     warnings=item.warnings)))
        if not done:
            print(f"extract: no article in {args.article}", file=sys.stderr)
            return 1
        note = f"the first {len(done)}; --max-articles for more" if more else ""
        page = render(*done[0]) if len(done) == 1 and not more else render_many(done, Path(args.article).name, note)
        try:
            out.write(page)
            out.close()  # a full disk shows here
        except OSError as e:
            print(f"extract: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
            return 2
    if more:
        print(f"extract: {args.article} has more than {len(done)} articles: the page shows the first "
              f"{len(done)} (--max-articles N for more)", file=sys.stderr)
    print(f"page: {args.output} ({len(done)} article{'s' * (len(done) > 1)})", file=sys.stderr)
    return 1 if failed else 0


def _eval(args: argparse.Namespace) -> int:
    import json

    from .eval_report import as_json, report_markdown, table
    from .evaluate import combined, evaluate_sets
    from .gold import gold_sets

    corpus = Path(args.corpus)
    if not gold_sets(corpus):
        print(f"extract: no gold/ folder in {corpus} nor in any folder inside it", file=sys.stderr)
        return 2
    report_file = open_side_output(args.report)
    if args.report and report_file is None:
        return EXIT_USAGE
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
    if report_file is not None:
        if args.report.endswith(".html"):
            from .show import render_report

            text = render_report(results)
        else:
            text = report_markdown(results)
        if finish_side_output(report_file, text):
            return EXIT_USAGE
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
    except OSError as e:  # e.g. standard output on a full disk: one line, no traceback
        if e.filename:
            print(f"extract: {e.filename}: {e.strerror or e}", file=sys.stderr)
            code = EXIT_USAGE
        else:
            code = cannot_write("standard output", e)
    sys.exit(code)
