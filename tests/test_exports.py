"""graph.write.exports: every format read back by an independent consumer with the same counts."""
from __future__ import annotations

import csv
import json
import os
import subprocess
from dataclasses import replace
import re
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from graph.iri import entity_iri
from graph.records import Entity, Evidence, KnowledgeGraph, Relation
from graph.write.exports import EXPORTS
from graph.write.rdf import write_turtle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kg_fixture import small_graph  # noqa: E402

NASTY = 'x "q" <b> & ; \x01 \ud800 end'


def hostile_graph() -> KnowledgeGraph:
    """The fixture plus a node whose name holds everything that breaks XML, CSV and JSON."""
    kg = small_graph()
    ev = Evidence("000_dde88f24c67074e3", "一句\n两行, \"引号\"", 0, 2)
    kg.entities["Organization:nasty"] = Entity("Organization:nasty", "Organization", NASTY,
                                               aliases=frozenset({"a;b"}), evidence=(ev,))
    kg.entities["County:500109"] = replace(kg.entities["County:500109"], lat=29.825, lon=106.397,
                                           aliases=frozenset({"北碚"}))
    kg.relations.append(Relation("Person:韩联均", "partOf", "Organization:nasty", role="x;y", evidence=(ev,)))
    return kg


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    kg = hostile_graph()
    for name, writer in EXPORTS.values():
        writer(kg, folder / name)
    write_turtle(kg, folder / "graph.ttl")
    return folder


N_NODES, N_EDGES = 10, 8


def test_formats_registered() -> None:
    assert set(EXPORTS) == {"graphml", "gexf", "neo4j", "jsonld", "cytoscape", "csv"}


def test_graphml_networkx_and_igraph_agree(out: Path) -> None:
    path = out / "graph.graphml"
    g = nx.read_graphml(path)
    assert (g.number_of_nodes(), g.number_of_edges()) == (N_NODES, N_EDGES)
    igraph = pytest.importorskip("igraph")
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (N_NODES, N_EDGES)
    assert sorted(ig.vs["label"]) == sorted(d["label"] for _, d in g.nodes(data=True))
    assert sorted(ig.vs["name"]) == sorted(d["name"] for _, d in g.nodes(data=True))
    han = g.nodes[entity_iri("Person:韩联均")]
    assert han["label"] == han["name"] == "韩联均" and han["type"] == "Person"
    posts = [d for _, _, d in g.edges(data=True) if d["type"] == "holdsPost"]
    assert {d["role"] for d in posts} == {"党支部书记", "第一书记"}
    assert any("永兴村党支部书记韩联均说" in d["sentence"] for d in posts)
    for _, d in g.nodes(data=True):
        # no None, no lists: strings, and numbers for the typed coordinates and evidence count
        assert all(isinstance(v, float if k in ("lat", "lon") else int if k == "evidence" else str) for k, v in d.items())
    assert g.nodes[entity_iri("County:500109")]["code"] == "500109"
    county = g.nodes[entity_iri("County:500109")]
    assert (county["level"], county["aliases"], county["lat"], county["lon"]) == ("county", "北碚", 29.825, 106.397)
    assert county["evidence"] == 2 and "lat" not in han  # typed; left out where unknown
    assert g.nodes[entity_iri("Organization:nasty")]["label"] == 'x "q" <b> & ; \x01 \ud800 end'.replace("\x01", "").replace("\ud800", "")


def test_gexf_networkx(out: Path) -> None:
    g = nx.read_gexf(out / "graph.gexf")
    assert (g.number_of_nodes(), g.number_of_edges()) == (N_NODES, N_EDGES)
    assert g.nodes[entity_iri("Village:500109柳荫镇永兴村")]["label"] == "永兴村"
    assert g.nodes[entity_iri("Village:500109柳荫镇永兴村")]["type"] == "Village"
    roles = {d.get("role") for _, _, d in g.edges(data=True)}
    assert "第一书记" in roles
    county = g.nodes[entity_iri("County:500109")]
    assert (county["code"], county["level"], county["aliases"], county["lat"], county["evidence"]) == \
        ("500109", "county", "北碚", 29.825, 2)
    assert all(isinstance(d["evidence"], int) for _, _, d in g.edges(data=True))


def _neo4j_header(field: str) -> tuple[str, str, str]:
    """Parse a neo4j-admin header field `name:type` (name may be empty for :ID, :LABEL …)."""
    m = re.fullmatch(r"([^:]*)(?::(\w+(?:\[\])?)(?:\(([^)]*)\))?)?", field)
    assert m, field
    return m.group(1), (m.group(2) or "string"), m.group(3) or ""


def test_neo4j_csv_headers_and_rows(out: Path) -> None:
    folder = out / "graph-neo4j"
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as f:
        nodes = list(csv.reader(f))
    with open(folder / "relationships.csv", encoding="utf-8", newline="") as f:
        rels = list(csv.reader(f))
    node_types = {t for _, t, _ in map(_neo4j_header, nodes[0])}
    rel_types = {t for _, t, _ in map(_neo4j_header, rels[0])}
    assert {"ID", "LABEL"} <= node_types and {"START_ID", "END_ID", "TYPE"} <= rel_types
    allowed = {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "string", "string[]", "int", "long", "float", "boolean"}
    assert node_types | rel_types <= allowed
    assert len(nodes) - 1 == N_NODES and len(rels) - 1 == N_EDGES
    ids = {row[0] for row in nodes[1:]}
    assert len(ids) == N_NODES
    assert all(r[0] in ids and r[1] in ids for r in rels[1:])  # every relationship has both ends
    cols = {name or t: i for i, (name, t, _) in enumerate(map(_neo4j_header, rels[0]))}
    han = [r for r in rels[1:] if r[cols["TYPE"]] == "HOLDS_POST" and r[cols["role"]] == "党支部书记"]
    assert len(han) == 1 and "韩联均" in han[0][cols["sentence"]]
    nasty = next(r for r in nodes[1:] if r[1].startswith("x "))
    aliases = nasty[nodes[0].index("aliases:string[]")]
    assert aliases.split(";") == ["a；b"]  # the array delimiter never splits a value
    labels = {r[nodes[0].index(":LABEL")] for r in nodes[1:]}
    assert "Village;Place;Entity" in labels and "Person;Entity" in labels
    cypher = (folder / "load.cypher").read_text(encoding="utf-8")
    assert "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'" in cypher and ":HOLDS_POST" in cypher


def test_jsonld_rdflib_and_pyld_give_the_turtle_graph(out: Path) -> None:
    # every triple, not a subset: roles, evidence, coordinates and documents included
    from rdflib.compare import isomorphic

    expected = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    data = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    g = rdflib.Graph().parse(data=json.dumps(data), format="json-ld")
    assert len(g) == len(expected) and isomorphic(g, expected)
    pyld = pytest.importorskip("pyld")
    nquads = pyld.jsonld.to_rdf(data, {"format": "application/n-quads"})
    g2 = rdflib.Graph().parse(data=nquads, format="nt")
    assert isomorphic(g2, expected)


def test_facts_csv_one_row_per_relation_with_a_bom(out: Path) -> None:
    raw = (out / "graph-facts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so that a spreadsheet reads the Chinese as UTF-8
    with open(out / "graph-facts.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == N_EDGES
    han = [r for r in rows if r["head"] == "韩联均" and r["role"] == "党支部书记"]
    assert len(han) == 1 and han[0]["relation"] == "holdsPost" and han[0]["head_type"] == "Person"
    assert "韩联均" in han[0]["sentence"] and han[0]["document"] and int(han[0]["evidence"]) >= 1
    located = next(r for r in rows if r["head"] == "北碚区")
    assert (located["head_code"], located["tail"], located["tail_code"]) == ("500109", "重庆市", "500000")


def test_cytoscape_elements(out: Path) -> None:
    data = json.loads((out / "graph.cyjs").read_text(encoding="utf-8"))
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert len(nodes) == N_NODES and len(edges) == N_EDGES
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert {"id", "label", "type"} <= set(nodes[0]["data"]) and {"source", "target", "label"} <= set(edges[0]["data"])
    county = next(n["data"] for n in nodes if n["data"]["name"] == "北碚区")
    assert (county["code"], county["level"], county["aliases"], county["lat"], county["lon"], county["evidence"]) == \
        ("500109", "county", "北碚", 29.825, 106.397, 2)
    assert {e["data"]["role"] for e in edges} >= {"党支部书记", "第一书记"} and all("evidence" in e["data"] for e in edges)
    assert len({e["data"]["id"] for e in edges}) == N_EDGES


def test_exports_are_byte_identical(tmp_path: Path, out: Path) -> None:
    kg = hostile_graph()
    kg.relations.reverse()
    kg.entities = dict(reversed(list(kg.entities.items())))
    for name, writer in EXPORTS.values():
        writer(kg, tmp_path / name)
        a, b = out / name, tmp_path / name
        files = sorted(p.name for p in a.iterdir()) if a.is_dir() else [""]
        for f in files:
            assert (a / f if f else a).read_bytes() == (b / f if f else b).read_bytes(), name + f


def test_cytoscape_text_is_the_json_of_its_document(tmp_path: Path, seed_graph) -> None:
    """write_cytoscape writes its text directly: it must be json.dumps(indent=1) of cytoscape_document, for the
    seed graph, the hostile one (quotes, markup, control characters, a lone surrogate, coordinates), one
    without edges and an empty one."""
    from graph.write.exports import _json_text, cytoscape_document, write_cytoscape

    no_edges = KnowledgeGraph(seed_graph.documents, seed_graph.entities, [])
    for kg in (seed_graph, hostile_graph(), no_edges, KnowledgeGraph()):
        write_cytoscape(kg, tmp_path / "graph.cyjs")
        assert (tmp_path / "graph.cyjs").read_text(encoding="utf-8") == _json_text(cytoscape_document(kg))


def test_xml_exports_escape_what_needs_it_and_only_that(out: Path) -> None:
    """Most elements are written without escaping anything (_Element.plain); one with a quote, markup or a line
    break in any value is escaped as xml.sax.saxutils does, in GraphML's text and GEXF's attributes alike."""
    from xml.sax.saxutils import quoteattr

    graphml = (out / "graph.graphml").read_text(encoding="utf-8")
    gexf = (out / "graph.gexf").read_text(encoding="utf-8")
    name = NASTY.replace("\x01", "").replace("\ud800", "")
    assert '<data key="n_name">x "q" &lt;b&gt; &amp; ; \x01'.replace("\x01", "") in graphml
    assert f"label={quoteattr(name)}" in gexf and '<node id="https://' in gexf  # plain ones between quotes as they are
    assert quoteattr('一句 两行, "引号"') in gexf  # a sentence with double quotes goes between single ones
    g = nx.parse_graphml(graphml)
    assert g.nodes[entity_iri("Organization:nasty")]["name"] == name


@pytest.fixture()
def seed_out(request) -> Path:
    for stage in ("graph.read", "graph.clean", "graph.extract", "graph.resolve", "graph.write.html"):
        pytest.importorskip(stage, reason="pipeline not complete yet")
    return request.getfixturevalue("seed_output")


@pytest.mark.slow
def test_seed_exports_round_trip(seed_out: Path, seed_graph) -> None:
    """The seeds' graph through every independent reader: same node and edge counts everywhere."""
    nodes = len(seed_graph.entities)
    edges = sum(1 for r in seed_graph.relations if r.head in seed_graph.entities and r.tail in seed_graph.entities)
    g = nx.read_graphml(seed_out / "graph.graphml")
    assert (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges)
    igraph = pytest.importorskip("igraph")
    ig = igraph.Graph.Read_GraphML(str(seed_out / "graph.graphml"))
    assert (ig.vcount(), ig.ecount()) == (nodes, edges)
    assert sorted(ig.vs["label"]) == sorted(d["label"] for _, d in g.nodes(data=True))
    gx = nx.read_gexf(seed_out / "graph.gexf")
    assert (gx.number_of_nodes(), gx.number_of_edges()) == (nodes, edges)
    cy = json.loads((seed_out / "graph.cyjs").read_text(encoding="utf-8"))["elements"]
    assert (len(cy["nodes"]), len(cy["edges"])) == (nodes, edges)
    with open(seed_out / "graph-neo4j" / "relationships.csv", encoding="utf-8", newline="") as f:
        assert sum(1 for _ in csv.reader(f)) - 1 == edges
    jsonld = rdflib.Graph().parse(seed_out / "graph.jsonld", format="json-ld")
    assert set(jsonld) == set(rdflib.Graph().parse(seed_out / "graph.ttl", format="turtle"))


ROOT = Path(__file__).resolve().parent.parent
ALL = ("graphml", "gexf", "neo4j", "jsonld", "cytoscape", "csv")


def _kg(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, **kw)


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())} if path.is_dir() else {"": path.read_bytes()}


@pytest.mark.slow
def test_cli_export_of_an_existing_graph_equals_the_builds_own(tmp_path: Path) -> None:
    """`kg export GRAPH` reads graph.ttl/graph.trig back (no extraction) and writes what the build wrote."""
    from graph.write.exports import EXPORTS

    out = tmp_path / "out"
    built = _kg("build", str(ROOT / "sources"), "-o", str(out), "--formats", ",".join(ALL), "--no-progress")
    assert built.returncode == 0, built.stderr
    for graph in (out / "graph.ttl", out / "graph.trig", out):
        target = tmp_path / f"from-{graph.name}"
        result = _kg("export", str(graph), "--format", ",".join(ALL), "-o", str(target))
        assert result.returncode == 0, result.stderr
        for fmt in ALL:
            name = EXPORTS[fmt][0]
            assert _files(target / name) == _files(out / name), (graph.name, name)
    # node and triple counts: the build's summary line, the export's, and the JSON-LD against the Turtle
    nodes, edges = re.search(r"(\d+) entities, (\d+) relations", built.stdout).groups()
    assert result.stdout.startswith(f"{nodes} nodes, ")
    g = nx.read_graphml(target / "graph.graphml")
    assert g.number_of_nodes() == int(nodes)
    ttl = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    jsonld = rdflib.Graph().parse(target / "graph.jsonld", format="json-ld")
    from rdflib.compare import isomorphic
    assert len(jsonld) == len(ttl) and isomorphic(jsonld, ttl)
    # the default target is beside the graph; one format with -o names the file
    single = _kg("export", str(out / "graph.ttl"), "--format", "csv", "-o", str(tmp_path / "facts.csv"))
    assert single.returncode == 0 and (tmp_path / "facts.csv").read_bytes() == (out / "graph-facts.csv").read_bytes()


def test_a_failed_export_writes_nothing(tmp_path: Path) -> None:
    from graph.pipeline import write_outputs

    out = tmp_path / "out"
    write_outputs(hostile_graph(), out, ("ttl",))
    bad = _kg("export", str(out / "graph.ttl"), "--format", "graphml,nosuch", "-o", str(tmp_path / "x"))
    assert bad.returncode == 1 and "unknown export format" in bad.stderr and not (tmp_path / "x").exists()
    missing = _kg("export", str(tmp_path / "typo.ttl"), "--format", "graphml")
    assert missing.returncode == 1 and "no such file" in missing.stderr and "Traceback" not in missing.stderr
    # a write that fails half-way (files limited to 2 kB, as a full disk would stop it) leaves nothing
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))

    full = _kg("export", str(out), "--format", "graphml,jsonld", preexec_fn=limit)
    assert full.returncode == 1 and "nothing written" in full.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["graph.ttl"]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("named_graphs", [False, True])
def test_jsonld_blocks_are_the_json_of_their_node_objects(seed_graph, named_graphs) -> None:
    """jsonld_block writes its text directly: it must be json.dumps of the node object (_jsonld_node) for
    every subject of the seed graph and of the hostile one (quotes, control characters, a lone surrogate)."""
    from graph.write.exports import _jsonld_node, jsonld_block
    from graph.write.rdf import sorted_blocks

    seen = []

    def both(graph: str, subject: str, pairs: list[tuple[str, str]]) -> str:
        text = jsonld_block(graph, subject, pairs)
        assert text == json.dumps(_jsonld_node(subject, pairs), ensure_ascii=False)
        seen.append(subject)
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")

    for kg in (seed_graph, hostile_graph()):
        list(sorted_blocks(kg, both, named_graphs=named_graphs))
    assert len(seen) > 1000


def test_a_jsonld_block_opens_each_predicates_run_once() -> None:
    """jsonld_block opens a predicate's list where its run of pairs starts (pairs come in block order): several
    types, several labels, typed and escaped literals and a block without pairs are each the json.dumps text."""
    from graph.write.exports import _jsonld_node, jsonld_block
    from graph.write.rdf import ONTOLOGY, RDF, RDFS, SKOS, XSD, _in_block_order

    subject = "<http://example.org/kg/id/person/习近平>"
    pairs = _in_block_order([
        (f"<{RDF}type>", f"<{ONTOLOGY}Person>"), (f"<{RDF}type>", "<https://schema.org/Person>"),
        (f"<{RDFS}label>", '"习近平"@zh'), (f"<{SKOS}altLabel>", '"习主席"@zh'), (f"<{SKOS}altLabel>", '"总书记"@zh'),
        (f"<{ONTOLOGY}start>", f'"12"^^<{XSD}integer>'), (f"<{ONTOLOGY}sentence>", '"他说：\\"发展\\"。\\n"@zh'),
        (f"<{ONTOLOGY}code>", '"110000"'), (f"<{ONTOLOGY}mentionedIn>", "<http://example.org/kg/id/doc/a>"),
        (f"<{ONTOLOGY}mentionedIn>", "<http://example.org/kg/id/doc/b>")])
    for block in (pairs, pairs[:1], []):
        assert jsonld_block("", subject, block) == json.dumps(_jsonld_node(subject, block), ensure_ascii=False)


# --- a rebuild splices the exports (graph/write/splice.py) --------------------------------------------

TABLE_FILES = ("graph.graphml", "graph.gexf", "graph-neo4j/nodes.csv", "graph-neo4j/relationships.csv",
               "graph.cyjs", "graph-facts.csv")
TABLE_FORMATS = ("graphml", "gexf", "neo4j", "cytoscape", "csv")
ITEMS = 24  # real xwlb-news items


@pytest.fixture(scope="module")
def items() -> list[dict]:
    from conftest import shared_path

    with open(shared_path("corpora", "xwlb-news", "articles.jsonl"), encoding="utf-8") as handle:
        return [json.loads(next(handle)) for _ in range(ITEMS)]


def _changed(items: list[dict], change: str) -> list[dict]:
    """The corpus after one edit (an item gains a sentence of another), addition or removal."""
    items = [dict(item) for item in items]
    if change == "edit":
        items[3]["text"] += "\n" + items[7]["text"].split("。")[0] + "。"
    elif change == "add":
        items.append({**items[0], "id": items[0]["id"] + "-again", "text": items[0]["text"] + "\n" + items[1]["text"]})
    elif change == "remove":
        del items[5]
    return items


def _build_tables(items: list[dict], corpus: Path, out: Path, cache: Path) -> dict[str, bytes]:
    from graph.pipeline import build

    corpus.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    build([corpus], out, TABLE_FORMATS, cache_dir=cache)
    return {name: (out / name).read_bytes() for name in TABLE_FILES}


@pytest.fixture
def splices(monkeypatch) -> dict[str, int]:
    """file name -> how many blocks a splice rendered anew (files written whole are not in it)."""
    from graph.write import splice

    rendered: dict[str, int] = {}
    real = splice.write_spliced

    def spy(out, framing, previous, done):
        rendered[Path(previous).name] = len(done.new)
        return real(out, framing, previous, done)

    monkeypatch.setattr(splice, "write_spliced", spy)
    return rendered


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_rebuild_splices_each_export_to_the_bytes_of_a_fresh_build(tmp_path: Path, items, splices, change) -> None:
    corpus, out, cache = tmp_path / "corpus.jsonl", tmp_path / "out", tmp_path / "cache"
    first = _build_tables(items, corpus, out, cache)
    assert splices == {}
    again = _build_tables(_changed(items, change), corpus, out, cache)
    assert again == _build_tables(_changed(items, change), corpus, tmp_path / "fresh", cache)
    assert sorted(splices) == sorted(Path(name).name for name in TABLE_FILES)  # every file spliced
    # the change renders a few elements (of several hundred), and changes the nodes' files at least
    assert 0 < splices["graph.graphml"] < len(re.findall(b"<node |<edge ", first["graph.graphml"])) / 4
    assert again["graph.graphml"] != first["graph.graphml"]
    # and back: the indexes written by the splice describe their files as ones written whole would
    assert _build_tables(items, corpus, out, cache) == first


@pytest.mark.parametrize("how", ["missing", "flipped byte", "cut short", "another file"])
def test_an_export_index_not_to_be_trusted_means_the_whole_write(tmp_path: Path, items, splices, how) -> None:
    from graph.write.memo import MEMO_DIRNAME

    corpus, out, cache = tmp_path / "corpus.jsonl", tmp_path / "out", tmp_path / "cache"
    _build_tables(items, corpus, out, cache)
    for name in TABLE_FILES:
        index = out / MEMO_DIRNAME / f"{name}.idx"
        data = index.read_bytes()
        if how == "missing":
            index.unlink()
        elif how == "flipped byte":
            index.write_bytes(data[:-40] + bytes([data[-40] ^ 0x55]) + data[-39:])
        elif how == "cut short":
            index.write_bytes(data[: len(data) // 2])
        else:  # the output changed since (same size): its times no longer match
            st = (out / name).stat()
            os.utime(out / name, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    again = _build_tables(_changed(items, "edit"), corpus, out, cache)
    assert splices == {}
    assert again == _build_tables(_changed(items, "edit"), corpus, tmp_path / "fresh", cache)


def test_an_edge_that_cannot_be_keyed_leaves_no_index(tmp_path: Path) -> None:
    """A role with a line break cannot stand in an index (keys are joined by line breaks): the file is
    written whole and no index kept, so the next build writes it whole too, to the same bytes."""
    from graph.write.exports import write_graphml
    from graph.write.memo import MEMO_DIRNAME

    kg = hostile_graph()
    write_graphml(kg, tmp_path / "graph.graphml", previous=tmp_path)
    assert (tmp_path / MEMO_DIRNAME / "graph.graphml.idx").is_file()
    kg.relations.append(Relation("Person:韩联均", "holdsPost", "Organization:nasty", role="书记\n主任",
                                 evidence=kg.relations[-1].evidence))
    write_graphml(kg, tmp_path / "graph.graphml", previous=tmp_path)
    assert not (tmp_path / MEMO_DIRNAME / "graph.graphml.idx").exists()
    write_graphml(kg, tmp_path / "fresh.graphml")
    assert (tmp_path / "graph.graphml").read_bytes() == (tmp_path / "fresh.graphml").read_bytes()


def test_the_exports_of_a_build_make_each_element_once_and_keep_no_graph(tmp_path: Path, monkeypatch) -> None:
    """The five exports share one Tables of the graph (graph/pipeline.py binds it): each node's element is
    made once for all of them; and nothing of the graph outlives the writing (no module-level memo)."""
    import gc
    import weakref

    from graph.pipeline import write_outputs
    from graph.write import exports

    made: list[str] = []
    real = exports._node_element
    monkeypatch.setattr(exports, "_node_element", lambda e: made.append(e.key) or real(e))
    kg = hostile_graph()
    write_outputs(kg, tmp_path, TABLE_FORMATS)
    assert sorted(made) == sorted(kg.entities)
    alive = weakref.ref(kg.entities["Organization:nasty"])
    del kg
    gc.collect()
    assert alive() is None
