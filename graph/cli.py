"""`kg` command line: a thin layer over the library; only this module prints."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _progress_bar(paths: list[str], enabled: bool):
    """A tqdm bar on stderr (documents, rate, ETA from a quick count) and the callback feeding it."""
    if not enabled:
        return None, None
    try:
        from tqdm import tqdm
    except ImportError:
        return None, None
    from .pipeline import count_documents

    bar = tqdm(total=count_documents(paths) or None, unit="doc", file=sys.stderr, smoothing=0.1,
               dynamic_ncols=True, desc="extract")
    chars = [0]
    started = [bar.start_t]

    def update(docs: int, characters: int) -> None:
        chars[0] += characters
        elapsed = max(bar._time() - started[0], 1e-9)
        bar.set_postfix_str(f"{chars[0] / elapsed / 1000:.0f}k chars/s", refresh=False)
        bar.update(docs)

    return bar, update


def _cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import DEFAULT_FORMATS, build

    formats = tuple(DEFAULT_FORMATS) + tuple(f for f in (args.formats or "").split(",") if f and f not in DEFAULT_FORMATS)
    paths = args.paths or ["sources"]
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    bar, update = _progress_bar(paths, not args.no_progress and sys.stderr.isatty() or args.progress)
    try:
        report = build(paths, args.output, formats, jobs=jobs, cache=not args.no_cache, cache_dir=args.cache_dir,
                       engine=args.engine, scheduler=args.scheduler, progress=update, strict=args.strict,
                       wait=args.wait)
    finally:
        if bar is not None:
            bar.close()
    for err in report.errors:
        print(f"error: {err}", file=sys.stderr)
    if report.refused:
        print(f"kg build: {report.refused}; nothing written, the previous outputs in {args.output} are kept",
              file=sys.stderr)
        return 1
    if report.up_to_date:
        print(f"{report.documents} documents, {report.entities} entities, {report.relations} relations: "
              f"inputs, code and outputs unchanged since the last build; nothing to do ({report.seconds:.1f} s)")
        return 2 if report.errors else 0
    print(f"{report.documents} documents ({report.extracted} extracted, {report.cached} from cache), "
          f"{report.entities} entities, {report.relations} relations, {len(report.errors)} errors "
          f"in {report.seconds:.1f} s ({report.chars_per_second:,.0f} chars/s)")
    for path in report.outputs:
        print(f"wrote {path}")
    return 2 if report.errors else 0


def _cmd_ner(args: argparse.Namespace) -> int:
    from .ner import MentionModelError, predict_file

    try:
        count = predict_file(args.input, args.output, engine=args.engine)
    except MentionModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote predictions for {count} lines to {args.output} ({args.engine})")
    return 0


def _cmd_query(args: argparse.Namespace) -> int:
    import json

    from .query import graph_source, load_query_text, query, to_csv, to_json, to_table

    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"--param {item!r}: expected NAME=VALUE, e.g. --param province=浙江省")
        params[name.lstrip("?$")] = value
    sparql = load_query_text(args.query)
    if args.engine == "oxigraph" and (notice := graph_source(args.graph).notice):
        print(f"kg query: {notice}", file=sys.stderr)
    result = query(args.graph, sparql, engine=args.engine, timeout=args.timeout,
                   limit=args.limit, params=params)
    if args.format == "json":
        print(json.dumps(to_json(result), ensure_ascii=False, indent=1))
    elif args.format == "csv":
        sys.stdout.write(to_csv(result))
    else:
        print(to_table(result))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from .pipeline import export

    kg, written = export(args.graph, [f for f in args.format.split(",") if f], args.output)
    edges = sum(1 for r in kg.relations if r.head in kg.entities and r.tail in kg.entities)
    print(f"{len(kg.entities)} nodes, {edges} edges, {len(kg.documents)} documents read from {args.graph}")
    for path in written:
        print(f"wrote {path}")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from .serve import make_server

    server = make_server(args.graph_dir, host=args.host, port=args.port, timeout=args.timeout, limit=args.limit)
    host, port = server.server_address[:2]
    if server.source.notice:
        print(f"kg serve: {server.source.notice}", file=sys.stderr)
    print(f"serving {args.graph_dir} at http://{host}:{port}/ (SPARQL endpoint: http://{host}:{port}/sparql); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from .bench import WARM_ITEMS, missing_inputs, quality, sample_texts, throughput

    shared, sources = Path(args.shared), Path(args.sources)
    needs = missing_inputs(shared, sources)
    for what, need in needs.items():
        print(f"kg bench: {what} not measured: needs {need}", file=sys.stderr)
    if "quality" not in needs:
        result = quality(sources, shared / "gold", shared / "bench" / "score.py")
        print(f"{'type':<14}{'P':>8}{'R':>8}{'F1':>8}")
        for name, fig in list(result["by_type"].items()) + list(result["by_rel"].items()):
            print(f"{name:<14}{fig['p']:>8.3f}{fig['r']:>8.3f}{fig['f1']:>8.3f}")
        print(f"entity F1 {result['entity']['f1']:.3f}  relation F1 {result['relation']['f1']:.3f}")
    if "throughput" not in needs:
        corpus = shared / "corpora" / "xwlb-news" / "articles.jsonl"
        texts = sample_texts(corpus, sources, args.items + WARM_ITEMS)
        rates = throughput(texts[:args.items], texts[args.items:])
        print(f"throughput on {rates.pop('characters'):,.0f} characters (per CPU second, one core):")
        for name, rate in rates.items():
            print(f"  {name:<14}{rate:>12,.0f} chars/s")
    return 1 if len(needs) == 2 else 0


def _describe(exc: BaseException) -> str:
    """One line for the user: our own errors carry their sentence in strerror, others say what failed."""
    from .outdir import OutdirBusy
    from .pipeline import OutputError

    if isinstance(exc, (OutdirBusy, OutputError)) and exc.strerror:
        return exc.strerror
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


EXPORT_FORMATS = ("graphml", "gexf", "neo4j", "jsonld", "cytoscape", "csv")  # graph.write.exports.EXPORTS


def make_parser() -> argparse.ArgumentParser:
    """Every verb and option; each option's help line says its default (tests/test_cli.py checks)."""
    parser = argparse.ArgumentParser(prog="kg", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="VERB")

    p = sub.add_parser("build", help="build the graph from files or folders")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders: .txt .md .html .jsonl .docx .pdf (default: sources/)")
    p.add_argument("-o", "--output", default="output", metavar="OUTDIR", help="output folder (default: output/)")
    p.add_argument("--formats", default="", metavar="LIST",
                   help=f"extra formats, comma-separated: {','.join(EXPORT_FORMATS)} "
                        "(default: none; graph.ttl, graph.trig and graph.html are always written)")
    p.add_argument("--strict", action="store_true",
                   help="any error makes the build fail and write nothing (default: off; bad files are "
                        "reported and the rest is built)")
    p.add_argument("--wait", action="store_true",
                   help="wait for another build into the same OUTDIR to finish (default: refuse at once)")
    p.add_argument("-j", "--jobs", type=_positive_int, default=None, help="worker processes (default: number of CPUs)")
    p.add_argument("--no-cache", action="store_true",
                   help="extract every document again and write no cache (default: off; the cache is used)")
    p.add_argument("--cache-dir", default=None, help="per-document cache folder (default: OUTDIR/.cache)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local process pool, or dask (pip install 'cnkg[dist]') (default: local)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="dask scheduler address (default: a local cluster of --jobs workers)")
    p.add_argument("--progress", action="store_true",
                   help="progress bar on stderr even when it is not a terminal (default: only on a terminal)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar (default: off)")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("ner", help="mention-level NER over a JSON-lines file of {id, text}")
    p.add_argument("input", help="JSON lines, one {\"id\": …, \"text\": …} object per line (required)")
    p.add_argument("-o", "--output", required=True,
                   help="where to write {id, entities: [{start, end, type}]} per line (required)")
    p.add_argument("--engine", choices=("model", "rules"), default="model",
                   help="model: the trained mention tagger shipped in the package; rules: the rule "
                        "extractor alone, for comparison (default: model)")
    p.set_defaults(func=_cmd_ner)

    p = sub.add_parser("query", help="run a read-only SPARQL query over a graph file (.ttl, .trig)")
    p.add_argument("graph", help="graph file, e.g. output/graph.ttl (required)")
    p.add_argument("query", help="a SPARQL query, or a .rq file such as queries/secretaries_in_province.rq (required)")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind the query's variable ?NAME to VALUE (a Chinese label such as 浙江省 becomes "
                        "\"浙江省\"@zh, a number stays a number, http(s)://… is an IRI, a quoted SPARQL literal "
                        "is taken as is); repeatable (default: none)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="table, csv or json (SPARQL 1.1 results) (default: table)")
    p.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph",
                   help="pyoxigraph, or rdflib, the slower reference reader (default: oxigraph)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds (default: 30)")
    p.add_argument("--limit", type=int, default=10000, help="result cap in rows (default: 10000)")
    p.set_defaults(func=_cmd_query)

    p = sub.add_parser("export", help="convert a built graph into graph-tool formats (no extraction)")
    p.add_argument("graph", help="graph.ttl or graph.trig, or an output folder holding one (required)")
    p.add_argument("--format", required=True,
                   help=f"one of {', '.join(EXPORT_FORMATS)}, or several comma-separated (required)")
    p.add_argument("-o", "--output", default=None,
                   help="the file to write (a folder for neo4j, or for several formats) "
                        "(default: beside GRAPH, named graph.graphml, graph.gexf, graph-neo4j/, graph.jsonld, "
                        "graph.cyjs, graph-facts.csv)")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("serve", help="read-only SPARQL endpoint at /sparql and the output files at /")
    p.add_argument("graph_dir", nargs="?", default="output", help="output folder holding graph.ttl (default: output/)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="TCP port (default: 8000)")
    p.add_argument("--timeout", type=float, default=30.0,
                   help="query time-out in seconds; an overrunning query gets 503 (default: 30)")
    p.add_argument("--limit", type=int, default=10000, help="result cap in rows (default: 10000)")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("bench", help="quality against ../shared/gold and throughput next to jieba")
    p.add_argument("--shared", default="../shared",
                   help="the shared folder: gold/, bench/score.py, corpora/xwlb-news/ (default: ../shared)")
    p.add_argument("--sources", default="sources",
                   help="the documents the gold annotates, and the texts timed without the corpus (default: sources/)")
    p.add_argument("--items", type=_positive_int, default=2000, help="corpus items to time (default: 2000)")
    p.set_defaults(func=_cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except (OSError, ValueError) as exc:
        print(f"kg {args.command}: {_describe(exc)}", file=sys.stderr)
        return 1


def exit_now(code: int) -> None:
    """End the process with `code` once stdout and stderr are flushed, without tearing down its objects one
    by one (a rebuild of xwlb-news spent 0.08-0.1 s of its ~5 s there): every file a command writes is
    closed, and every process and thread it starts is joined, before it returns.  (mypy ends this way too.)"""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`kg build | head`): what could not be said is lost
            code = code or 1
    os._exit(code)


def run() -> None:
    """The `kg` console script (main returns the code, for tests and notebooks)."""
    exit_now(main())


if __name__ == "__main__":
    run()
