"""`kg` command line: a thin layer over the library; only this module prints."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import DEFAULT_FORMATS, build

    formats = tuple(DEFAULT_FORMATS) + tuple(f for f in (args.formats or "").split(",") if f and f not in DEFAULT_FORMATS)
    report = build(args.paths or ["sources"], args.output, formats)
    for err in report.errors:
        print(f"error: {err}", file=sys.stderr)
    print(f"{report.documents} documents, {report.entities} entities, {report.relations} relations, "
          f"{len(report.errors)} errors in {report.seconds:.1f} s")
    for path in report.outputs:
        print(f"wrote {path}")
    if report.errors and args.strict:
        return 1
    return 1 if report.errors and report.documents == 0 else (2 if report.errors else 0)


def _cmd_ner(args: argparse.Namespace) -> int:
    from .ner import predict_file

    count = predict_file(args.input, args.output)
    print(f"wrote predictions for {count} lines to {args.output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kg", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="build the graph from files or folders")
    p.add_argument("paths", nargs="*", help="files or folders (default: sources/)")
    p.add_argument("-o", "--output", default="output", help="output folder (default: output/)")
    p.add_argument("--formats", default="", help="extra formats, comma-separated (graphml,gexf,neo4j,jsonld,cytoscape)")
    p.add_argument("--strict", action="store_true", help="any error makes the build fail")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("ner", help="mention-level NER over a JSON-lines file of {id, text}")
    p.add_argument("input")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=_cmd_ner)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (OSError, ValueError) as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
