"""The persisted query store (graph/store.py): written by the build, used by kg query and kg serve
only while it mirrors the graph.ttl beside it, never changed by a reader."""
from __future__ import annotations

import os
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
import json
from pathlib import Path

import pytest

from graph import store
from graph.cli import main
from graph.pipeline import build
from graph.query import graph_source, query

SOURCES = Path(__file__).resolve().parent.parent / "sources"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PEOPLE = "SELECT ?name WHERE { ?p a ont:Person ; rdfs:label ?name } ORDER BY ?name"
EXTRA = '<https://example.org/a> <https://example.org/b> "added by hand" .\n'


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    report = build([SOURCES], out)
    assert str(out / store.STORE_NAME) in report.outputs
    return out


@pytest.fixture
def out(built: Path, tmp_path: Path) -> Path:
    """A copy of the built folder that a test may change (copy2 keeps modification times)."""
    copy = tmp_path / "out"
    shutil.copytree(built, copy, copy_function=shutil.copy2)
    return copy


def _snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}


def _parsed(ttl: Path, sparql: str):
    """The same query over the Turtle parsed, as it would be without a store."""
    scratch = ttl.parent.parent / "parsed"
    scratch.mkdir(exist_ok=True)
    shutil.copy2(ttl, scratch / "graph.ttl")
    assert graph_source(scratch / "graph.ttl").store is None
    return query(scratch / "graph.ttl", sparql)


def test_the_build_writes_a_current_store_that_answers_as_the_turtle_does(out: Path) -> None:
    ttl = out / "graph.ttl"
    source = graph_source(ttl)
    assert source.store == out / store.STORE_NAME and source.notice == ""
    for sparql in (COUNT, PEOPLE):
        assert query(ttl, sparql).rows == _parsed(ttl, sparql).rows
    assert int(query(ttl, COUNT).rows[0][0]) > 1000


def test_a_reader_never_changes_the_store(out: Path) -> None:
    before = _snapshot(out / store.STORE_NAME)
    store.open_read_only(out / store.STORE_NAME).query(COUNT)
    assert query(out / "graph.ttl", PEOPLE).rows
    assert _snapshot(out / store.STORE_NAME) == before


def test_a_stale_store_is_detected_and_not_used(out: Path) -> None:
    ttl = out / "graph.ttl"
    before = int(query(ttl, COUNT).rows[0][0])
    with open(ttl, "a", encoding="utf-8") as handle:  # a hand edit: the store no longer mirrors it
        handle.write(EXTRA)
    source = graph_source(ttl)
    assert source.store is None and "stale" in source.notice
    assert int(query(ttl, COUNT).rows[0][0]) == before + 1  # the answer comes from the edited file


def test_an_edit_of_the_same_size_is_caught_by_the_digest(out: Path) -> None:
    ttl = out / "graph.ttl"
    data = ttl.read_bytes()
    ttl.write_bytes(data.replace("韩联均".encode(), "韩联钧".encode()))
    assert ttl.stat().st_size == len(data)
    assert graph_source(ttl).store is None
    assert "韩联钧" in {r[0] for r in query(ttl, PEOPLE).rows}


def test_new_times_alone_keep_the_store_current(out: Path) -> None:
    os.utime(out / "graph.ttl", ns=(1, 1))  # as after a copy that does not keep times
    assert graph_source(out / "graph.ttl").store == out / store.STORE_NAME


@pytest.mark.parametrize("damage", ["missing store", "missing fingerprint", "foreign fingerprint"])
def test_no_usable_store_means_parsing_with_a_notice(out: Path, damage: str) -> None:
    folder = out / store.STORE_NAME
    if damage == "missing store":
        shutil.rmtree(folder)
    elif damage == "missing fingerprint":
        (folder / store.FINGERPRINT_NAME).unlink()
    else:
        (folder / store.FINGERPRINT_NAME).write_text('{"size": "x"}', encoding="utf-8")
    source = graph_source(out / "graph.ttl")
    assert source.store is None and source.notice
    assert query(out / "graph.ttl", PEOPLE).rows


def test_cli_says_on_stderr_when_it_parses(out: Path, capsys) -> None:
    ttl = str(out / "graph.ttl")
    assert main(["query", ttl, COUNT]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "n" in captured.out
    with open(ttl, "a", encoding="utf-8") as handle:
        handle.write(EXTRA)
    assert main(["query", ttl, COUNT]) == 0
    captured = capsys.readouterr()
    assert "stale" in captured.err and "parsing" in captured.err
    assert "stale" not in captured.out


def test_serve_opens_the_store_read_only(out: Path) -> None:
    from graph.serve import make_server

    before = _snapshot(out / store.STORE_NAME)
    server = make_server(out, host="127.0.0.1", port=0)
    try:
        assert server.source.store == out / store.STORE_NAME and not server.source.notice
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        host, port = server.server_address[:2]
        url = f"http://{host}:{port}/sparql?" + urllib.parse.urlencode({"query": COUNT})
        with urllib.request.urlopen(url, timeout=30) as response:
            answer = json.loads(response.read())
        assert int(answer["results"]["bindings"][0]["n"]["value"]) == int(query(out / "graph.ttl", COUNT).rows[0][0])
        # the store is no output of kg serve's: its folder is not served as files either
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://{host}:{port}/graph.store/{store.FINGERPRINT_NAME}", timeout=30)
    finally:
        server.shutdown()
        server.server_close()
    assert _snapshot(out / store.STORE_NAME) == before


def test_serve_falls_back_to_the_turtle_when_the_store_is_stale(out: Path) -> None:
    from graph.serve import make_server

    with open(out / "graph.ttl", "a", encoding="utf-8") as handle:
        handle.write(EXTRA)
    server = make_server(out, host="127.0.0.1", port=0)
    try:
        assert server.source.store is None and "stale" in server.source.notice
        result = server.queries.query('SELECT ?o WHERE { <https://example.org/a> ?p ?o }')
        assert result.rows == [("added by hand",)]
    finally:
        server.server_close()


def test_a_rebuild_with_nothing_changed_keeps_the_store_and_stays_up_to_date(built: Path) -> None:
    query(built / "graph.ttl", COUNT)  # a reader in between changes nothing the manifest looks at
    report = build([SOURCES], built)
    assert report.up_to_date
    assert graph_source(built / "graph.ttl").store is not None


def test_the_store_needs_the_turtle(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="ttl"):
        build([SOURCES], tmp_path / "o", ("trig", "store"))


def _quads(folder: Path) -> set[str]:
    return {str(q) for q in store.open_read_only(folder / store.STORE_NAME)}


def test_a_rebuild_updates_the_previous_store_to_what_a_fresh_load_gives(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SOURCES, corpus)
    out = tmp_path / "out"
    build([corpus], out)
    first = _quads(out)
    victim = sorted(p for p in corpus.iterdir() if p.is_file())[0]
    victim.unlink()  # removing a document removes triples; editing another adds and removes some
    other = sorted(p for p in corpus.iterdir() if p.is_file())[0]
    other.write_text(other.read_text(encoding="utf-8") + "\n浙江省绍兴市上虞区曹娥街道党工委书记王建国出席。\n", encoding="utf-8")
    build([corpus], out)
    made = json.loads((out / store.STORE_NAME / store.FINGERPRINT_NAME).read_text(encoding="utf-8"))["made"]
    assert made == "updated"
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copy2(out / "graph.ttl", fresh / "graph.ttl")
    store.write_store(fresh / "graph.ttl", fresh / store.STORE_NAME)
    assert _quads(out) == _quads(fresh) != first
    assert graph_source(out / "graph.ttl").store == out / store.STORE_NAME


def test_loading_in_parts_gives_the_whole_graph(out: Path, tmp_path: Path, monkeypatch) -> None:
    import pyoxigraph

    monkeypatch.setattr(store, "PART_BYTES", 2000)  # many parts, each cut after a whole subject block
    assert len(list(store._parts(out / "graph.ttl", store.PART_BYTES))) > 50
    store.write_store(out / "graph.ttl", tmp_path / "parts")
    whole = pyoxigraph.Store()
    whole.bulk_load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert {str(q) for q in store.open_read_only(tmp_path / "parts")} == {str(q) for q in whole}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_store_that_fails_in_its_thread_fails_the_build_and_keeps_every_output(out: Path, monkeypatch, jobs) -> None:
    """The store is loaded in a thread beside the other writers of its share (graph/pipeline.py
    _write_formats): its error must still reach the build, which then replaces nothing."""
    from graph.pipeline import OutputError

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "write_store", full_disk)
    files = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    fingerprint = (out / store.STORE_NAME / store.FINGERPRINT_NAME).read_bytes()
    with pytest.raises(OutputError, match="No space left on device"):
        build([SOURCES], out, jobs=jobs, cache=False)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == files
    assert (out / store.STORE_NAME / store.FINGERPRINT_NAME).read_bytes() == fingerprint
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_store_loaded_from_the_blocks_as_they_are_rendered_is_the_loaded_file(tmp_path: Path, monkeypatch) -> None:
    """A build into a folder without a store loads the store from graph.ttl's blocks while the Turtle writer
    renders them (StreamedLoad, in many parts here): the same triples as loading the finished file."""
    monkeypatch.setattr(store.StreamedLoad, "part_bytes", 2000)
    handed = []
    real = store.StreamedLoad.part
    monkeypatch.setattr(store.StreamedLoad, "part", lambda self, *where: (handed.append(where), real(self, *where)))
    out = tmp_path / "out"
    build([SOURCES], out, ("ttl", "store"))
    assert len(handed) > 50
    made = json.loads((out / store.STORE_NAME / store.FINGERPRINT_NAME).read_text(encoding="utf-8"))["made"]
    assert made == "loaded" and graph_source(out / "graph.ttl").store == out / store.STORE_NAME
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copy2(out / "graph.ttl", fresh / "graph.ttl")
    store.write_store(fresh / "graph.ttl", fresh / store.STORE_NAME)
    assert _quads(out) == _quads(fresh)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_streamed_load_that_fails_fails_the_build_and_writes_nothing(tmp_path: Path, monkeypatch, jobs) -> None:
    from graph.pipeline import OutputError

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "_load", full_disk)
    out = tmp_path / "out"
    with pytest.raises(OutputError, match="No space left on device"):
        build([SOURCES], out, jobs=jobs, cache=False)
    assert not [p.name for p in out.iterdir() if p.name.startswith("graph") or p.name.endswith(".tmp")]


def _body_blocks(ttl: Path) -> tuple[bytes, list[bytes]]:
    with open(ttl, "rb") as handle:
        header = store._read_header(handle)
        return header, store._split_blocks(handle.read())


def _net(removed: list, added: list) -> tuple[set, set]:
    gone, new = set(removed), set(added)
    return gone - new, new - gone


def test_a_block_gaining_one_report_differs_by_one_statement(built: Path) -> None:
    header, blocks = _body_blocks(built / "graph.ttl")
    place = next(b for b in blocks if b.startswith(b"province:") and b" , doc:" in b)
    line = next(x for x in place.split(b"\n") if b"ont:mentionedIn" in x)
    grown = place.replace(line, line.replace(b"ont:mentionedIn ", b"ont:mentionedIn doc:a-new-report , "))
    removed, added = store._changed_statements([place], [grown])
    subject = place.split(b" ")[0]
    assert removed == [] and added == [subject + b" ont:mentionedIn doc:a-new-report ."]
    quads_removed, quads_added = store._block_difference(header, [place], [grown])
    assert quads_removed == [] and len(quads_added) == 1
    assert str(quads_added[0].object).endswith("/a-new-report>")


def test_statement_differences_are_the_whole_blocks_differences(built: Path) -> None:
    """Every kind of change a rebuild makes to blocks (objects gone or come, a literal rewritten, a predicate
    gone, a block new or gone), over every block of a real graph: the same net quads as parsing both whole."""
    header, blocks = _body_blocks(built / "graph.ttl")
    old, new = [], []
    for i, block in enumerate(blocks):
        lines = block.split(b"\n")
        kind = i % 6
        if kind == 0 and len(lines) > 2:  # a predicate gone
            changed = b"\n".join(lines[:1] + lines[2:])
        elif kind == 1:  # an object come to the last line
            changed = block[:-2] + b" , <https://example.org/x" + str(i).encode() + b"> ."
        elif kind == 2 and b" , " in block and b'"' not in block:  # an object gone
            head, _, tail = block.partition(b" , ")
            changed = head + b" " + tail.split(b" ", 1)[1] if b" " in tail else block
        elif kind == 3 and b'"' in block:  # a literal rewritten
            changed = block.replace(b'"', b'"x', 1)
        elif kind == 4:  # a block gone
            old.append(block)
            continue
        else:
            changed = block
        if changed != block:
            old.append(block)
            new.append(changed)
    new.append('<https://example.org/new> a ont:Person ;\n    rdfs:label "新"@zh .'.encode())
    assert store._changed_statements(old, new) is not None  # the statement-level path, not the fallback
    by_statement = _net(*store._block_difference(header, old, new))
    whole = _net(store._quads(header, old), store._quads(header, new))
    assert by_statement == whole and whole[0] and whole[1]


@pytest.mark.parametrize("block", [
    b"<https://example.org/a> <https://example.org/p> [\n    <https://example.org/q> 1\n] .",  # a nested node
    b"<https://example.org/a> <https://example.org/p> 1 ;\n  <https://example.org/q> 2 .",  # other indentation
    b"<https://example.org/a> <https://example.org/p> 1 ;\n    <https://example.org/p> 2 .",  # a predicate twice
    b"<https://example.org/a> <https://example.org/p> 1 . # said once",  # a comment after the statement
])
def test_a_block_in_another_shape_is_compared_whole(built: Path, block: bytes) -> None:
    header, _ = _body_blocks(built / "graph.ttl")
    assert store._statements(block) is None
    assert store._changed_statements([block], []) is None
    removed, added = store._block_difference(header, [block], [])
    assert added == [] and len(removed) == len(store._quads(header, [block]))  # blank nodes differ per parse


def test_two_blocks_saying_the_same_subject_and_predicate_are_compared_whole() -> None:
    one = b"<https://example.org/a> <https://example.org/p> 1 ."
    other = b"<https://example.org/a> <https://example.org/p> 2 ;\n    <https://example.org/q> 3 ."
    assert store._statements(one) is not None and store._statements(other) is not None
    assert store._changed_statements([one, other], []) is None
    assert store._changed_statements([], [other, one]) is None
