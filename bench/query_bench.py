#!/usr/bin/env python3
"""Benchmark (not a test): SPARQL latency with pyoxigraph and rdflib side by side.

    python bench/query_bench.py [GRAPH] [--repeat 3] [--queries queries] [--json]
    python bench/query_bench.py --build ../shared/corpora/xwlb-news/articles.jsonl \
        --ids ../shared/corpora/xwlb-news/partybuilding_ids.txt [--max-docs 200]

GRAPH defaults to output/graph.ttl.  With --build, the JSON-lines records (those whose id is in
--ids, at most --max-docs) are written to a temporary .jsonl, built with graph.pipeline.build,
and the resulting graph.ttl is benchmarked.  Each engine loads the file once (load time
reported), then runs every queries/*.rq plus a count-by-type query `--repeat` times; the median
is reported, with the row count of each engine so disagreements show.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.query import QueryResult, load_rdflib, load_store, query  # noqa: E402

COUNT_BY_TYPE = ("# count-by-type\nSELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } "
                 "GROUP BY ?type ORDER BY DESC(?n)")


def build_subset(jsonl: Path, ids: Path | None, max_docs: int, outdir: Path) -> Path:
    from graph.pipeline import build

    wanted = set(ids.read_text(encoding="utf-8").split()) if ids else None
    subset = outdir / "subset.jsonl"
    kept = 0
    with jsonl.open(encoding="utf-8") as src, subset.open("w", encoding="utf-8") as dst:
        for line in src:
            if kept >= max_docs:
                break
            try:
                rec_id = str(json.loads(line).get("id", ""))
            except json.JSONDecodeError:
                continue
            if wanted is None or rec_id in wanted:
                dst.write(line)
                kept += 1
    started = time.perf_counter()
    report = build([subset], outdir / "output", ("ttl",))
    print(f"built {report.documents} documents → {report.entities} entities, {report.relations} relations "
          f"in {time.perf_counter() - started:.1f} s")
    return outdir / "output" / "graph.ttl"


def timed(func) -> tuple[float, object]:
    started = time.perf_counter()
    value = func()
    return time.perf_counter() - started, value


def rows(result: object) -> int:
    return len(result.rows) if isinstance(result, QueryResult) else int(bool(result))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph", nargs="?", default="output/graph.ttl")
    ap.add_argument("--queries", default=str(ROOT / "queries"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--build", type=Path, help="JSON-lines corpus to build first")
    ap.add_argument("--ids", type=Path, help="file of record ids to keep (e.g. partybuilding_ids.txt)")
    ap.add_argument("--max-docs", type=int, default=10**9)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--engines", default="oxigraph,rdflib", help="comma-separated (rdflib is slow on big graphs)")
    args = ap.parse_args(argv)

    tmp = tempfile.TemporaryDirectory(prefix="query_bench.")
    graph = build_subset(args.build, args.ids, args.max_docs, Path(tmp.name)) if args.build else Path(args.graph)
    if not graph.is_file():
        print(f"{graph}: no such graph file (run `kg build` first)", file=sys.stderr)
        return 1
    size = graph.stat().st_size
    engines = [e for e in ("oxigraph", "rdflib") if e in args.engines.split(",")]
    load_oxi, store = timed(lambda: load_store(graph))
    load_rdf, rgraph = timed(lambda: load_rdflib(graph)) if "rdflib" in engines else (float("nan"), ())
    triples = len(store)
    if not args.json:
        print(f"{graph}: {size / 1e6:.1f} MB, {triples} triples (rdflib: {len(rgraph)})")
        print(f"load: pyoxigraph {load_oxi:.2f} s, rdflib {load_rdf:.2f} s")
        print(f"{'query':34} {'oxigraph ms':>12} {'rdflib ms':>12} {'rows':>11}", flush=True)
    queries = [("count-by-type", COUNT_BY_TYPE)] + [
        (p.stem, p.read_text(encoding="utf-8")) for p in sorted(Path(args.queries).glob("*.rq"))]
    report = {"graph": str(graph), "bytes": size, "triples": triples, "rdflib_triples": len(rgraph),
              "load_s": {"oxigraph": load_oxi, "rdflib": load_rdf}, "queries": {}}
    for name, text in queries:
        entry = {}
        for engine in engines:
            times, n = [], 0
            for _ in range(args.repeat):
                seconds, result = timed(lambda: query(graph, text, engine=engine, timeout=600, limit=10**7))
                times.append(seconds)
                n = rows(result)
            entry[engine] = {"median_ms": statistics.median(times) * 1000, "rows": n}
        report["queries"][name] = entry
        if not args.json:  # one line per query as it finishes: rdflib can take minutes
            o = entry.get("oxigraph", {"median_ms": float("nan"), "rows": "-"})
            r = entry.get("rdflib", {"median_ms": float("nan"), "rows": o["rows"]})
            same = str(o["rows"]) if o["rows"] == r["rows"] else f"{o['rows']}≠{r['rows']}"
            print(f"{name:34} {o['median_ms']:12.1f} {r['median_ms']:12.1f} {same:>11}", flush=True)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
