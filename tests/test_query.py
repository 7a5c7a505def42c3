"""graph.query and `kg query`: engines agree, updates are refused, example queries answer right."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import main
from graph.query import QueryError, QueryResult, QueryTimeout, query, query_form, run_with_timeout, to_csv, to_json
from graph.iri import entity_iri
from graph.records import Entity, Evidence, Relation
from graph.write.rdf import write_trig, write_turtle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kg_fixture import DOC0, DOC1, S_HAN, S_QIAN, small_graph  # noqa: E402

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@pytest.fixture(scope="module")
def graph_files(tmp_path_factory) -> tuple[Path, Path]:
    kg = small_graph()
    # a programme run in two provinces (test data for the query, sentences from the seeds)
    kg.entities["Programme:党史学习教育"] = Entity("Programme:党史学习教育", "Programme", "党史学习教育",
                                                  evidence=(Evidence(DOC0, S_HAN, 0, 6),))
    kg.relations += [Relation("County:500109", "runs", "Programme:党史学习教育", evidence=(Evidence(DOC0, S_HAN, 0, 6),)),
                     Relation("Province:520000", "runs", "Programme:党史学习教育", evidence=(Evidence(DOC1, S_QIAN, 0, 6),))]
    out = tmp_path_factory.mktemp("q")
    write_turtle(kg, out / "graph.ttl")
    write_trig(kg, out / "graph.trig")
    return out / "graph.ttl", out / "graph.trig"


def run_file(graph: Path, name: str, engine: str = "oxigraph") -> QueryResult:
    result = query(graph, (QUERIES / name).read_text(encoding="utf-8"), engine=engine)
    assert isinstance(result, QueryResult)
    return result


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("which", [0, 1])
def test_example_queries_on_fixture(graph_files, engine: str, which: int) -> None:
    graph = graph_files[which]
    secretaries = run_file(graph, "secretaries_in_province.rq", engine)
    assert {r[:3] for r in secretaries.rows} == {("韩联均", "党支部书记", "永兴村党支部"), ("黄争", "第一书记", "永兴村")}
    programmes = run_file(graph, "programmes_in_several_provinces.rq", engine)
    assert [(r[0], r[1]) for r in programmes.rows] == [("党史学习教育", "2")]
    assert set(programmes.rows[0][2].split("、")) == {"重庆市", "贵州省"}
    # where and when: 北碚区 (in 重庆市) runs it in a dated document, 贵州省 in an undated one
    spread = run_file(graph, "programme_spread.rq", engine)
    rows = {r[1]: r for r in spread.rows if r[0] == "党史学习教育"}
    assert set(rows) == {"重庆市", "贵州省"}
    assert rows["重庆市"][2:] == ("2023-08-18", "2023-08-18", "1")
    assert rows["贵州省"][4] == "1" and not rows["贵州省"][2]
    villages = run_file(graph, "villages_with_first_secretary.rq", engine)
    assert [r[:2] for r in villages.rows] == [("永兴村", "黄争")]
    counties = run_file(graph, "organisations_per_county.rq", engine)
    assert [r[:2] for r in counties.rows] == [("北碚区", "1")]
    sentences = run_file(graph, "sentence_behind_post.rq", engine)
    han = [r for r in sentences.rows if r[0] == "韩联均"]
    assert len(han) == 1 and han[0][1] == "党支部书记" and "永兴村党支部书记韩联均说" in han[0][3]
    assert han[0][4].endswith(f"{DOC0}.txt")


def test_every_example_query_has_a_question_header() -> None:
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 5
    for f in files:
        assert f.read_text(encoding="utf-8").startswith("# Question:"), f


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "LOAD <http://example.org/evil.ttl>",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_updates_refused(graph_files, update: str) -> None:
    with pytest.raises(QueryError, match="read-only"):
        query(graph_files[0], update)


def test_keywords_inside_strings_comments_and_names_are_not_updates() -> None:
    q = '# DROP ALL\nPREFIX add: <http://x/>\nSELECT ?delete WHERE { ?delete add:insert "INSERT DATA {}" }'
    assert query_form(q) == "SELECT"
    with pytest.raises(QueryError, match="unsupported"):
        query_form("import os")


def test_ask_construct_cap_and_errors(graph_files) -> None:
    ttl = graph_files[0]
    assert query(ttl, 'ASK { ?p rdfs:label "韩联均"@zh ; ont:holdsPost ?o }') is True
    assert query(ttl, 'ASK { ?p rdfs:label "韩联均"@zh ; ont:runs ?o }', engine="rdflib") is False
    built = query(ttl, "CONSTRUCT { ?p ont:holdsPost ?o } WHERE { ?p ont:holdsPost ?o }")
    assert built.columns == ["subject", "predicate", "object"] and len(built.rows) == 2
    capped = query(ttl, "SELECT * WHERE { ?s ?p ?o }", limit=5)
    assert len(capped.rows) == 5 and capped.truncated
    with pytest.raises(QueryError, match="syntax"):
        query(ttl, "SELECT ?x WHERE { ?x ")
    with pytest.raises(QueryError, match="no such graph"):
        query(ttl.with_name("missing.ttl"), "ASK {}")
    bad = ttl.with_name("bad.ttl")
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(QueryError, match="bad.ttl"):
        query(bad, "ASK {}")


def test_rdflib_never_fetches_from_clauses(graph_files) -> None:
    with pytest.raises(QueryError, match="FROM"):
        query(graph_files[0], "SELECT * FROM <http://127.0.0.1:9/x.ttl> WHERE { ?s ?p ?o }", engine="rdflib")
    # pyoxigraph only uses FROM to pick graphs of the loaded dataset
    assert query(graph_files[0], "ASK FROM <http://127.0.0.1:9/x.ttl> { ?s ?p ?o }") is False


def test_timeout() -> None:
    import time

    with pytest.raises(QueryTimeout):
        run_with_timeout(lambda: time.sleep(2), 0.2)


def test_results_json_and_csv(graph_files) -> None:
    result = query(graph_files[0], 'SELECT ?p ?name WHERE { ?p a ont:Person ; rdfs:label ?name } ORDER BY ?name')
    data = to_json(result)
    assert data["head"]["vars"] == ["p", "name"]
    first = data["results"]["bindings"][0]
    assert first["p"]["type"] == "uri" and first["name"] == {"type": "literal", "value": "韩联均", "xml:lang": "zh"}
    rows = list(csv.reader(io.StringIO(to_csv(result))))
    assert rows[0] == ["p", "name"] and [r[1] for r in rows[1:]] == ["韩联均", "黄争"]


def test_cli_query_formats(graph_files, capsys) -> None:
    rq = str(QUERIES / "villages_with_first_secretary.rq")
    assert main(["query", str(graph_files[0]), rq, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["results"]["bindings"][0]["name"]["value"] == "黄争"
    assert main(["query", str(graph_files[1]), rq]) == 0
    assert "永兴村" in capsys.readouterr().out
    assert main(["query", str(graph_files[0]), "DROP ALL"]) == 1
    assert "read-only" in capsys.readouterr().err


def _names(result: QueryResult, column: int = 0) -> set[str]:
    return {r[column] for r in result.rows}


@pytest.fixture()
def seed_ttl(request) -> Path:
    """graph.ttl built from sources/ by the pipeline; skipped until the extractor stages exist."""
    for stage in ("graph.read", "graph.clean", "graph.extract", "graph.resolve", "graph.write.html"):
        pytest.importorskip(stage, reason="pipeline not complete yet")
    return request.getfixturevalue("seed_output") / "graph.ttl"


def _ancestors(kg, key: str) -> set[str]:
    """Keys reachable from `key` over locatedIn/partOf, computed in plain Python (no SPARQL)."""
    up: dict[str, set[str]] = {}
    for r in kg.relations:
        if r.predicate in ("locatedIn", "partOf"):
            up.setdefault(r.head, set()).add(r.tail)
    seen, stack = set(), list(up.get(key, ()))
    while stack:
        k = stack.pop()
        if k not in seen:
            seen.add(k)
            stack.extend(up.get(k, ()))
    return seen


@pytest.mark.slow
def test_example_queries_on_seed_graph(seed_ttl: Path, seed_graph) -> None:
    """The queries on the graph the pipeline builds from sources/: facts the seed text states,
    and aggregates checked against the same answer computed in Python from the KnowledgeGraph."""
    ttl = seed_ttl
    secretaries = run_file(ttl, "secretaries_in_province.rq")
    assert ("韩联均", "党支部书记") in {r[:2] for r in secretaries.rows}  # 重庆市北碚区柳荫镇永兴村党支部书记韩联均
    assert all("书记" in r[1] for r in secretaries.rows)
    villages = run_file(ttl, "villages_with_first_secretary.rq")
    assert ("封家湾社区", "陈春") in {r[:2] for r in villages.rows}  # 001: 封家湾社区第一书记陈春
    sentences = run_file(ttl, "sentence_behind_post.rq")
    han = [r for r in sentences.rows if r[0] == "韩联均"]
    assert han and all("韩联均" in r[3] for r in han) and "000_dde88f24c67074e3" in han[0][4]
    kg = seed_graph
    counties = run_file(ttl, "organisations_per_county.rq")
    expected: dict[str, int] = {}
    for e in kg.entities.values():
        if e.type == "Organization":
            for k in _ancestors(kg, e.key):
                if kg.entities.get(k) and kg.entities[k].type == "County":
                    expected[entity_iri(k)] = expected.get(entity_iri(k), 0) + 1
    assert {r[3]: int(r[1]) for r in counties.rows} == expected and expected
    programmes = run_file(ttl, "programmes_in_several_provinces.rq")
    want = {}
    for p in (e for e in kg.entities.values() if e.type == "Programme"):
        provinces = set()
        for r in kg.relations:
            if r.predicate == "runs" and r.tail == p.key:
                provinces |= {k for k in _ancestors(kg, r.head) | {r.head} if kg.entities.get(k) and kg.entities[k].type == "Province"}
        if len(provinces) > 1:
            want[entity_iri(p.key)] = len(provinces)
    assert {r[3]: int(r[1]) for r in programmes.rows} == want


# --- parameters and error positions (issue 13) ---------------------------------------------


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_param_binds_a_variable_of_an_example_query(graph_files, engine: str) -> None:
    text = (QUERIES / "secretaries_in_province.rq").read_text(encoding="utf-8")
    everywhere = query(graph_files[0], text, engine=engine)
    chongqing = query(graph_files[0], text, engine=engine, params={"province": "重庆市"})
    guizhou = query(graph_files[0], text, engine=engine, params={"province": "贵州省"})
    assert {r[:2] for r in chongqing.rows} == {("韩联均", "党支部书记"), ("黄争", "第一书记")}
    assert chongqing.rows == everywhere.rows and guizhou.rows == []
    person = query(graph_files[1], (QUERIES / "sentence_behind_post.rq").read_text(encoding="utf-8"),
                   engine=engine, params={"person": "韩联均"})
    assert {r[0] for r in person.rows} == {"韩联均"}


def test_param_values_cannot_inject_query_text(graph_files) -> None:
    text = (QUERIES / "secretaries_in_province.rq").read_text(encoding="utf-8")
    for hostile in ('重庆市"@zh } UNION { ?s ?p ?o', "x\\\" . } # ", "<http://x> } ?a ?b ?c {"):
        assert query(graph_files[0], text, params={"province": hostile}).rows == []
    with pytest.raises(QueryError, match="no variable [?]nosuch"):
        query(graph_files[0], text, params={"nosuch": "1"})
    with pytest.raises(QueryError, match="variable name"):
        query(graph_files[0], text, params={"a b": "1"})


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_error_positions_refer_to_the_users_text(graph_files, engine: str) -> None:
    bad = "SELECT ?x WHERE {\n  ?x rdfs:label ?y .\n  FILTR(?y)\n}"
    with pytest.raises(QueryError) as err:
        query(graph_files[0], bad, engine=engine)
    assert "line 3" in str(err.value), str(err.value)
    # and with a parameter bound inside the WHERE group, on the error's own line
    one_line = 'SELECT ?x WHERE { ?x rdfs:label ?name . FILTR }'
    with pytest.raises(QueryError) as err:
        query(graph_files[0], one_line, engine=engine, params={"name": "韩联均"})
    message = str(err.value)
    assert "line 1" in message and "line 10" not in message
    if engine == "oxigraph":
        assert re.search(r"line 1, column (4[0-9])", message), message  # FILTR starts at column 42


def test_cli_query_param_and_error_position(graph_files) -> None:
    rq = str(QUERIES / "secretaries_in_province.rq")
    run = lambda *a: subprocess.run([sys.executable, "-m", "graph.cli", "query", str(graph_files[0]), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=300, cwd=QUERIES.parent)
    ok = run(rq, "--param", "province=重庆市", "--format", "csv")
    assert ok.returncode == 0 and "韩联均" in ok.stdout
    none = run(rq, "--param", "province=浙江省", "--format", "csv")
    assert none.returncode == 0 and none.stdout.strip() == "name,role,where,province,person"
    bad = run("SELECT ?x WHERE {\n ?x ?p ?o .\n FILTR }")
    assert bad.returncode == 1 and "line 3" in bad.stderr and "Traceback" not in bad.stderr
    wrong = run(rq, "--param", "province")
    assert wrong.returncode == 1 and "NAME=VALUE" in wrong.stderr
