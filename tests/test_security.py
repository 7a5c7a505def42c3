"""Security: hostile names cannot break the RDF, `kg query` runs only read-only SPARQL, `kg serve` is local.

Update refusal, the result cap and path traversal of `kg serve` are in test_serve.py; HTML
escaping is tested in the browser (test_browser.py).
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph
import pytest
import rdflib

from conftest import ROOT
from graph.cli import main
from graph.records import DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation, ENTITY_TYPES

ONT = "https://cnkg.example.org/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
HOSTILE = ['<script>alert(1)</script>', '"onmouseover=alert(1)', '> <http://evil> .', '"""', "\\", "名\n字", "}{"]
# real sentence shapes from seed 000, with hostile programme names in the quotes
DOCUMENT = ("浙江省绍兴市上虞区曹娥街道兴业社区党支部书记王浙榕说。\n"
            "兴业社区开展“<script>alert(1)</script>”行动。\n"
            "兴业社区启动“\"onmouseover=alert(1)”工程。\n"
            "上虞区推出“> <http://evil> .”计划。\n"
            "曹娥街道开展“\"\"\"\\”行动。\n"
            "曹娥街道推出“a\\u0022b}{”平台。\n"
            "上虞区实施“红色\n名字”工程。\n")
_BAD_IRI_CHAR = re.compile(r'["\s<>{}]')


def _entity_subjects_rdflib(g: rdflib.Graph) -> set[str]:
    types = {rdflib.URIRef(ONT + t) for t in ENTITY_TYPES}
    return {str(s) for s, o in g.subject_objects(rdflib.RDF.type) if o in types}


def _entity_subjects_oxigraph(store: pyoxigraph.Store) -> set[str]:
    types = {ONT + t for t in ENTITY_TYPES}
    rdf_type = pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    return {q.subject.value for q in store.quads_for_pattern(None, rdf_type, None) if q.object.value in types}


def _check_turtle(path: Path, kg: KnowledgeGraph) -> rdflib.Graph:
    g = rdflib.Graph().parse(path, format="turtle")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(_entity_subjects_rdflib(g)) == len(_entity_subjects_oxigraph(store)) == len(kg.entities)
    iris = {str(t) for triple in g for t in triple if isinstance(t, rdflib.URIRef)}
    assert iris and not [i for i in iris if _BAD_IRI_CHAR.search(i)]
    labels = {str(o) for o in g.objects(None, rdflib.URIRef(RDFS_LABEL))}
    assert {e.name for e in kg.entities.values()} <= labels, "a label did not round-trip unchanged"
    return g


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> tuple[Path, KnowledgeGraph]:
    from graph.pipeline import build_graph

    src = tmp_path_factory.mktemp("hostile") / "evil doc \"1\".txt"
    src.write_text(DOCUMENT, encoding="utf-8")
    out = src.parent / "out"
    assert main(["build", str(src), "-o", str(out)]) == 0
    return out, build_graph([src])


def test_hostile_document_builds_parseable_turtle(hostile_build) -> None:
    out, kg = hostile_build
    names = {e.name for e in kg.entities.values()}
    # the hostile strings really reached entity names, so the check below means something
    assert any("<script>" in n for n in names) and any('"' in n for n in names) and any("}{" in n for n in names)
    _check_turtle(out / "graph.ttl", kg)
    ds = rdflib.Dataset().parse(out / "graph.trig", format="trig")
    assert len(ds) > 0
    pyoxigraph.Store().bulk_load(path=str(out / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)


def test_writer_survives_hostile_keys_ids_roles_and_sentences(tmp_path: Path) -> None:
    from graph.write.rdf import write_trig, write_turtle

    doc_id = 'd "1" <x> {y}\n#z'
    ev = Evidence(doc_id, "".join(HOSTILE), 0, 3)
    entities = {}
    for i, bad in enumerate(HOSTILE):
        for type_ in ("Person", "Organization", "Village", "Programme"):
            key = f"{type_}:{bad}@{i}"
            entities[key] = Entity(key, type_, bad, frozenset({bad + "别名", "\u0000\u202e"}), evidence=(ev,))
    keys = sorted(entities)
    relations = [Relation(keys[0], "holdsPost", keys[1], role=HOSTILE[i % len(HOSTILE)], evidence=(ev,))
                 for i in range(3)] + [Relation(keys[2], "runs", keys[3], evidence=(ev,))]
    kg = KnowledgeGraph(documents={doc_id: DocumentInfo(doc_id, "/tmp/a b\"c.txt", title='"""')},
                        entities=entities, relations=relations)
    write_turtle(kg, tmp_path / "g.ttl")
    write_trig(kg, tmp_path / "g.trig")
    g = _check_turtle(tmp_path / "g.ttl", kg)
    literals = {str(o) for o in g.objects() if isinstance(o, rdflib.Literal)}
    assert "".join(HOSTILE) in literals and set(HOSTILE) <= literals
    rdflib.Dataset().parse(tmp_path / "g.trig", format="trig")
    pyoxigraph.Store().bulk_load(path=str(tmp_path / "g.trig"), format=pyoxigraph.RdfFormat.TRIG)


# --- kg query ------------------------------------------------------------------------------------

UPDATES = ["INSERT DATA { <http://a> <http://b> <http://c> }", "DELETE WHERE { ?s ?p ?o }",
           "LOAD <http://127.0.0.1:9/evil.ttl>", "CLEAR ALL", "DROP ALL",
           "SELECT * WHERE { ?s ?p ?o } ; CLEAR DEFAULT", "import os; os.system('touch pwned')"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("update", UPDATES)
def test_kg_query_refuses_updates(hostile_build, engine: str, update: str, tmp_path: Path, capsys) -> None:
    ttl = hostile_build[0] / "graph.ttl"
    before = ttl.read_bytes()
    rq = tmp_path / "update.rq"
    rq.write_text(update, encoding="utf-8")
    for arg in (update, str(rq)):
        assert main(["query", str(ttl), arg, "--engine", engine]) != 0
        err = capsys.readouterr().err
        assert err.startswith("kg query: ") and err.count("\n") == 1, err
    assert ttl.read_bytes() == before
    assert not (Path.cwd() / "pwned").exists() and not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_kg_query_makes_no_network_requests(hostile_build, engine: str) -> None:
    """SERVICE <url> is SPARQL, but it would let a query reach any host the machine can: refuse it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(3)
    port = listener.getsockname()[1]
    q = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    contacted = []

    def accept() -> None:
        try:
            conn, _ = listener.accept()
            contacted.append(True)
            conn.close()
        except OSError:
            pass

    watcher = threading.Thread(target=accept, daemon=True)
    watcher.start()
    try:
        main(["query", str(hostile_build[0] / "graph.ttl"), q, "--engine", engine, "--timeout", "3"])
    finally:
        watcher.join(4)
        listener.close()
    assert not contacted, f"{engine} opened a connection for SERVICE"


# --- kg serve ------------------------------------------------------------------------------------

def test_kg_serve_binds_loopback_by_default(hostile_build) -> None:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", str(hostile_build[0]), "--port", "0"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
    finally:
        proc.kill()
        proc.wait()
    assert re.search(r"at http://127\.0\.0\.1:\d+/", line), line


def test_kg_serve_caps_query_time(hostile_build) -> None:
    from graph.serve import make_server

    server = make_server(hostile_build[0], port=0, timeout=0.05, limit=10)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1"
        # a three-way cross product of a few hundred triples: tens of millions of rows to count
        q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://{host}:{port}/sparql?query={urllib.parse.quote(q)}", timeout=30)
        assert err.value.code == 503 and b"timed out" in err.value.read()
        assert time.monotonic() - started < 5
        # and the endpoint still answers afterwards
        small = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"
        with urllib.request.urlopen(f"http://{host}:{port}/sparql?query={urllib.parse.quote(small)}") as resp:
            assert len(json.load(resp)["results"]["bindings"]) == 3
    finally:
        server.shutdown()
        server.server_close()
