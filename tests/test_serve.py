"""graph.serve: a real SPARQL client (SPARQLWrapper) against a server started by the test."""
from __future__ import annotations

import csv
import io
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from graph.serve import make_server
from graph.write.atomic import atomic_write
from graph.write.rdf import write_turtle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kg_fixture import small_graph  # noqa: E402

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    write_turtle(small_graph(), out / "graph.ttl")
    atomic_write(out / "graph.html", "<html><body>永兴村</body></html>")
    (tmp_path_factory.getbasetemp() / "secret.txt").write_text("do not serve", encoding="utf-8")
    server = make_server(out, host="127.0.0.1", port=0, limit=50)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


Q = ('PREFIX ont: <https://cnkg.example.org/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
     'SELECT ?name WHERE { ?p a ont:Person ; rdfs:label ?name } ORDER BY ?name')


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_json_results(endpoint: str, method: str) -> None:
    client = SPARQLWrapper.SPARQLWrapper(endpoint + "/sparql")
    client.setQuery(Q)
    client.setMethod(method)
    client.setReturnFormat(SPARQLWrapper.JSON)
    data = client.query().convert()
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == ["韩联均", "黄争"]
    assert data["results"]["bindings"][0]["name"]["xml:lang"] == "zh"


def test_csv_results_and_ask(endpoint: str) -> None:
    client = SPARQLWrapper.SPARQLWrapper(endpoint + "/sparql")
    client.setQuery(Q)
    client.setReturnFormat(SPARQLWrapper.CSV)
    rows = list(csv.reader(io.StringIO(client.query().convert().decode("utf-8"))))
    assert rows == [["name"], ["韩联均"], ["黄争"]]
    client.setQuery('ASK { ?p <http://www.w3.org/2000/01/rdf-schema#label> "永兴村党支部"@zh }')
    client.setReturnFormat(SPARQLWrapper.JSON)
    assert client.query().convert()["boolean"] is True


def test_sparql_query_body_and_result_cap(endpoint: str) -> None:
    req = urllib.request.Request(endpoint + "/sparql", data=b"SELECT * WHERE { ?s ?p ?o }", method="POST",
                                 headers={"Content-Type": "application/sparql-query"})
    with urllib.request.urlopen(req) as resp:
        import json

        assert resp.headers["X-Result-Truncated"] == "true"
        assert len(json.load(resp)["results"]["bindings"]) == 50


def test_update_refused(endpoint: str) -> None:
    client = SPARQLWrapper.SPARQLWrapper(endpoint + "/sparql")
    client.setMethod(SPARQLWrapper.POST)
    client.setQuery("INSERT DATA { <http://a> <http://b> <http://c> }")  # SPARQLWrapper sends it as update=
    with pytest.raises(SPARQLWrapper.SPARQLExceptions.QueryBadFormed):
        client.query()
    req = urllib.request.Request(endpoint + "/sparql?query=" + urllib.request.quote("DROP ALL"))
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req)
    assert err.value.code == 400 and b"read-only" in err.value.read()


def test_html_and_files_served_without_traversal(endpoint: str) -> None:
    with urllib.request.urlopen(endpoint + "/") as resp:
        assert "永兴村" in resp.read().decode("utf-8")
    with urllib.request.urlopen(endpoint + "/graph.ttl") as resp:
        assert resp.headers["Content-Type"].startswith("text/turtle")
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/.graph.ttl.tmp"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(endpoint + path)
        assert err.value.code == 404


def test_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="graph.ttl"):
        make_server(tmp_path, port=0)


def test_a_runaway_query_is_stopped_and_the_server_goes_on(tmp_path: Path) -> None:
    """A query that blocks inside the engine (an aggregate over a cross product) gets 503 at the
    time-out, its process is killed, and the next query is answered by a fresh one."""
    import os
    import time

    write_turtle(small_graph(), tmp_path / "graph.ttl")
    server = make_server(tmp_path, host="127.0.0.1", port=0, timeout=1.5)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    url = f"http://{host}:{port}/sparql?query="
    try:
        first = server.queries.pid
        runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url + urllib.request.quote(runaway))
        assert err.value.code == 503
        assert time.monotonic() - started < 10
        with pytest.raises(ProcessLookupError):
            os.kill(first, 0)  # the process that ran it is gone
        with urllib.request.urlopen(url + urllib.request.quote(Q)) as resp:
            import json

            names = [b["name"]["value"] for b in json.load(resp)["results"]["bindings"]]
        assert names == ["韩联均", "黄争"]
        assert server.queries.pid not in (None, first)
    finally:
        server.shutdown()
        server.server_close()
    assert server.queries.pid is None  # closing the server ends its query process
