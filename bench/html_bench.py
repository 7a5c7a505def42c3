"""Benchmark (not a test): how fast the HTML view renders and settles in headless Chromium.

    python bench/html_bench.py                     # the seeds' graph (sources/)
    python bench/html_bench.py output/graph.ttl    # a written Turtle graph (e.g. the xwlb-news build)
    python bench/html_bench.py kg.pickle           # a pickled KnowledgeGraph
    python bench/html_bench.py some/sources/dir    # anything graph.pipeline.build_graph reads

For each graph it reports: write_html time and file size; in the browser, time to first render and
to settle (performance.now(), i.e. from navigation start), and for large graphs also opening the
biggest province and the "all nodes" view, search and focus, opening the map, timeline, facts table and
articles views, and filtering to one year's documents.  Network is blocked as in the browser tests.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.iri import ID, ONTOLOGY  # noqa: E402
from graph.records import ENTITY_TYPES, DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation  # noqa: E402
from graph.write.html import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "http://schema.org/"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"


def load_turtle(path: Path) -> KnowledgeGraph:
    """A KnowledgeGraph back from graph.ttl, following the model in graph/write/rdf.py."""
    import pyoxigraph

    by_subject: dict[str, dict[str, list]] = {}
    for triple in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
        s = triple.subject.value
        by_subject.setdefault(s, {}).setdefault(triple.predicate.value, []).append(triple.object)
    types = {ONTOLOGY + t: t for t in ENTITY_TYPES}

    def one(props: dict, pred: str, default: str = "") -> str:
        values = props.get(pred)
        return values[0].value if values else default

    kg = KnowledgeGraph()
    doc_id = {}
    for s, props in by_subject.items():
        if any(o.value == ONTOLOGY + "Document" for o in props.get(RDF + "type", [])):
            did = unquote(s.removeprefix(ID + "doc/"))
            doc_id[s] = did
            kg.documents[did] = DocumentInfo(did, one(props, ONTOLOGY + "source"), title=one(props, RDFS + "label"),
                                             date=one(props, SCHEMA + "datePublished"), url=one(props, SCHEMA + "url"))
    evidence: dict[str, list[Evidence]] = {}
    for s, props in by_subject.items():
        kinds = {o.value for o in props.get(RDF + "type", [])}
        if ONTOLOGY + "Mention" in kinds:
            evidence.setdefault(one(props, ONTOLOGY + "entity"), []).append(Evidence(
                doc_id.get(one(props, PROV + "wasDerivedFrom"), ""), one(props, ONTOLOGY + "sentence"),
                int(one(props, ONTOLOGY + "start", "0")), int(one(props, ONTOLOGY + "end", "0"))))
    for s, props in by_subject.items():
        kind = next((types[o.value] for o in props.get(RDF + "type", []) if o.value in types), None)
        if kind:
            lat, lon = one(props, GEO + "lat"), one(props, GEO + "long")
            kg.entities[s] = Entity(s, kind, one(props, RDFS + "label"),
                                    aliases=frozenset(o.value for o in props.get(SKOS + "altLabel", [])),
                                    code=one(props, ONTOLOGY + "code"), evidence=tuple(sorted(evidence.get(s, []))),
                                    lat=float(lat) if lat else None, lon=float(lon) if lon else None)
    relations: dict[tuple, list[Evidence]] = {}
    for s, props in by_subject.items():
        if RDF + "Statement" in {o.value for o in props.get(RDF + "type", [])}:
            key = (one(props, RDF + "subject"), one(props, RDF + "predicate").removeprefix(ONTOLOGY),
                   one(props, RDF + "object"), one(props, ONTOLOGY + "role"))
            evs = relations.setdefault(key, [])
            if props.get(ONTOLOGY + "sentence"):
                evs.append(Evidence(doc_id.get(one(props, PROV + "wasDerivedFrom"), ""), one(props, ONTOLOGY + "sentence"),
                                    int(one(props, ONTOLOGY + "start", "0")), int(one(props, ONTOLOGY + "end", "0"))))
    kg.relations = [Relation(h, p, t, role, tuple(sorted(evs))) for (h, p, t, role), evs in sorted(relations.items())]
    return kg


def load_graph(arg: str) -> KnowledgeGraph:
    path = Path(arg)
    if path.suffix in (".pickle", ".pkl"):
        with path.open("rb") as handle:
            return pickle.load(handle)
    if path.suffix == ".ttl":
        return load_turtle(path)
    from graph.pipeline import build_graph

    return build_graph([path])


def measure(html_path: Path, large_views: bool) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    blocked = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True).new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
                   else (blocked.append(r.request.url), r.abort()))
        page.goto(html_path.as_uri())
        page.wait_for_function("document.body.dataset.settled === '1'", timeout=120_000)
        result = page.evaluate("({parsed: __kgTiming.parsed, firstRender: __kgTiming.firstRender, settled: __kgTiming.settled})")
        if large_views:
            timed_view = """async (value) => {
                const t0 = performance.now();
                const drawn = new Promise(r => window.__kgApp.network.once('afterDrawing', r));
                window.__kgApp.setProvince(value);
                await drawn;
                return performance.now() - t0; }"""
            biggest = page.evaluate("""() => { const c = {};
                __kg.nodes.forEach(n => n.anc.forEach(a => { if (__kg.nodes[a].type === 'Province') c[a] = (c[a] || 0) + 1; }));
                const ids = Object.keys(c).sort((a, b) => c[b] - c[a]); return ids.length ? ids[0] : null; }""")
            if biggest is not None:
                result["openBiggestProvince"] = page.evaluate(timed_view, biggest)
            result["openAllNodes"] = page.evaluate(timed_view, "*")
            page.wait_for_timeout(1000)  # let the all-nodes view finish its frames
            result["searchAndFocus"] = page.evaluate("""async () => {
                const name = window.__kg.nodes.find(n => n.type === 'Person')?.name || '';
                const t0 = performance.now();
                const drawn = new Promise(r => window.__kgApp.network.once('afterDrawing', r));
                window.__kgApp.search(name);
                await drawn;
                return performance.now() - t0; }""")
            page.evaluate("window.__kgApp.reset()")
            # the other views, each opened from the overview (the graph view stays drawn beneath)
            timed = """(expr) => { const t0 = performance.now(); (0, eval)(expr); return performance.now() - t0; }"""
            for name, expr in (("openMap", "window.__kgApp.setView('map')"),
                               ("openTimeline", "window.__kgApp.setView('timeline')"),
                               ("openTable", "window.__kgApp.setView('table')"),
                               ("openArticles", "window.__kgApp.setView('articles')")):
                result[name] = page.evaluate(timed, expr)
            page.evaluate("window.__kgApp.setView('graph')")
            year = page.evaluate("""() => { const ds = window.__kg.docs.map(d => (d.date || '').slice(0, 4)).filter(Boolean).sort();
                return ds.length ? ds[Math.floor(ds.length / 2)] : null; }""")
            if year:
                result["filterOneYear"] = page.evaluate(timed, f"window.__kgApp.setRange('{year}-01-01', '{year}-12-31')")
        browser.close()
    result["blockedRequests"] = len(blocked)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph", nargs="?", default=str(ROOT / "sources"),
                        help="a .ttl, a pickled KnowledgeGraph (.pickle/.pkl), or sources to build")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    kg = load_graph(args.graph)
    loaded = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "graph.html"
        t0 = time.perf_counter()
        write_html(kg, out)
        written = time.perf_counter() - t0
        size = out.stat().st_size
        timings = measure(out, large_views=len(kg.entities) > 1500)
    print(f"graph: {args.graph}: {len(kg.entities)} nodes, {len(kg.relations)} relations (loaded in {loaded:.1f} s)")
    print(f"write_html: {written:.2f} s, {size / 1e6:.2f} MB")
    for name, value in timings.items():
        print(f"  {name}: {value:.0f}" + ("" if name == "blockedRequests" else " ms"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
