"""The block memo (graph/write/memo.py): a rebuild takes unchanged records' blocks from the last build,
and the files it writes are the bytes of writing without a memo, whatever changed."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from graph import cache
from graph.records import KnowledgeGraph
from graph.write import memo as memos
from graph.write.exports import write_jsonld
from graph.write.rdf import write_trig, write_turtle

WRITERS = {"graph.ttl": write_turtle, "graph.trig": write_trig, "graph.jsonld": write_jsonld}


def _write(kg: KnowledgeGraph, folder: Path, with_memo: bool) -> dict[str, bytes]:
    folder.mkdir(exist_ok=True)
    for name, writer in WRITERS.items():
        writer(kg, folder / name, memo=memos.memo_path(folder, name) if with_memo else None)
    return {name: (folder / name).read_bytes() for name in WRITERS}


def _changed(kg: KnowledgeGraph) -> KnowledgeGraph:
    """The seed graph with what a rebuild changes: one relation dropped whose head stays (its head's
    block loses a direct triple the head's own record does not show), one entity's note changed and
    one document's title."""
    rel = next(r for r in kg.relations if r.evidence and r.head in kg.entities
               and sum(1 for s in kg.relations if s.head == r.head) > 1)
    key = next(k for k, e in kg.entities.items() if e.type == "Person")
    doc = next(iter(kg.documents))
    entities = dict(kg.entities)
    entities[key] = dataclasses.replace(entities[key], note="测试 · 说明")
    documents = dict(kg.documents)
    documents[doc] = dataclasses.replace(documents[doc], title=documents[doc].title + "（修订）")
    return KnowledgeGraph(documents, entities, [r for r in kg.relations if r is not rel])


def test_a_rebuild_from_the_memo_writes_the_bytes_of_a_build_without_it(tmp_path: Path, seed_graph) -> None:
    first = _write(seed_graph, tmp_path / "out", with_memo=True)
    assert first == _write(seed_graph, tmp_path / "plain", with_memo=False)
    assert (tmp_path / "out" / memos.MEMO_DIRNAME / "graph.ttl.sqlite").is_file()
    changed = _changed(seed_graph)
    again = _write(changed, tmp_path / "out", with_memo=True)
    expected = _write(changed, tmp_path / "fresh", with_memo=False)
    assert again == expected
    assert again != first  # the change reached every file
    # and back again: the memo dropped nothing the first graph still needs, kept nothing stale
    assert _write(seed_graph, tmp_path / "out", with_memo=True) == first


def test_unchanged_records_are_taken_from_the_memo(tmp_path: Path, seed_graph) -> None:
    path = tmp_path / "graph.ttl"
    write_turtle(seed_graph, path, memo=memos.memo_path(tmp_path, "graph.ttl"))
    memo = memos.BlockMemo(memos.memo_path(tmp_path, "graph.ttl"))
    from graph.write.rdf import sorted_blocks, turtle_block

    list(sorted_blocks(_changed(seed_graph), turtle_block, memo=memo))
    memo.close()
    # the changed document, note and the dropped relation's head miss; everything else hits
    assert 0 < memo.misses <= 3 and memo.hits > 50 * memo.misses


def test_the_digest_does_not_depend_on_shared_objects(seed_graph) -> None:
    # a graph merged from the cache (decoded JSON) shares fewer strings than one from extraction
    entity = next(e for e in seed_graph.entities.values() if len(e.evidence) > 1)
    dg = cache.decode(cache.encode("k", _one(entity)), "k")
    copy = dg.entities[0]
    assert copy == entity and copy.evidence[0].document is not entity.evidence[0].document
    assert memos.record_digest(("entity", entity.evidence)) == memos.record_digest(("entity", copy.evidence))


def _one(entity):
    from graph.records import DocGraph, DocumentInfo

    return DocGraph(DocumentInfo("d", "d"), (entity,), ())


def test_a_memo_of_other_writer_code_or_unreadable_is_not_used(tmp_path: Path, seed_graph, monkeypatch) -> None:
    expected = _write(seed_graph, tmp_path / "plain", with_memo=False)
    out = tmp_path / "out"
    _write(seed_graph, out, with_memo=True)
    digest = memos.record_digest(("document", next(iter(seed_graph.documents.values()))))
    memo = memos.BlockMemo(memos.memo_path(out, "graph.ttl"))
    assert memo.get(digest) is not None
    memo.close()
    monkeypatch.setattr(memos, "writer_fingerprint", lambda: "other writer code")
    memo = memos.BlockMemo(memos.memo_path(out, "graph.ttl"))
    assert memo.get(digest) is None
    memo.close()
    monkeypatch.undo()
    for name in WRITERS:
        memos.memo_path(out, name).write_bytes(b"not a database" * 100)
    assert _write(seed_graph, out, with_memo=True) == expected
    assert _write(seed_graph, out, with_memo=True) == expected  # the memo was started again


@pytest.mark.parametrize("fmt", ["ttl", "trig", "jsonld"])
def test_the_build_keeps_a_memo_per_file(tmp_path: Path, fmt: str) -> None:
    from graph.pipeline import build

    from conftest import SOURCES

    build([SOURCES], tmp_path, ("ttl", fmt) if fmt != "ttl" else ("ttl",))
    name = {"ttl": "graph.ttl", "trig": "graph.trig", "jsonld": "graph.jsonld"}[fmt]
    assert memos.memo_path(tmp_path, name).is_file()


def test_one_more_report_of_an_entity_read_everywhere_renders_one_part_of_it(tmp_path: Path, seed_graph) -> None:
    from graph.records import Evidence
    from graph.write.rdf import CHUNK, sorted_blocks, turtle_block

    key = next(k for k, e in seed_graph.entities.items() if e.type == "Person")
    many = tuple(Evidence(f"doc{i:03d}", f"第{i}句。", 10 * i, 10 * i + 3) for i in range(3 * CHUNK))

    def graph_with(evidence) -> KnowledgeGraph:
        entities = dict(seed_graph.entities)
        entities[key] = dataclasses.replace(entities[key], evidence=tuple(sorted(evidence)))
        return KnowledgeGraph(seed_graph.documents, entities, seed_graph.relations)

    path = memos.memo_path(tmp_path, "graph.ttl")
    write_turtle(graph_with(many), tmp_path / "graph.ttl", memo=path)
    more = graph_with(many + (Evidence("doc999", "又一句。", 5, 8),))
    memo = memos.BlockMemo(path)
    blocks = list(sorted_blocks(more, turtle_block, memo=memo))
    memo.close()
    assert memo.misses == 2  # the part holding doc999, and the entity's own block (one more mentionedIn)
    assert b"".join(text for _, _, text in blocks) == b"".join(text for _, _, text in sorted_blocks(more, turtle_block))


def test_records_looked_up_together_are_those_looked_up_one_by_one(tmp_path: Path, seed_graph) -> None:
    out = tmp_path / "out"
    _write(seed_graph, out, with_memo=True)
    digests = [memos.record_digest(("document", doc)) for doc in seed_graph.documents.values()]
    path = memos.memo_path(out, "graph.ttl")
    memo = memos.BlockMemo(path)
    one_by_one = {d: memo.get(d) for d in digests}
    memo.close()
    assert all(one_by_one.values())
    memo = memos.BlockMemo(path)
    missing = b"\0" * 16
    found = memo.get_many(digests + [missing, digests[0]])
    assert {d: memo.entry(d, found.get(d)) for d in digests} == one_by_one
    assert memo.entry(missing, found.get(missing)) is None
    assert (memo.hits, memo.misses) == (len(digests), 1)
    memo.close()
    import sqlite3

    with sqlite3.connect(path) as db:  # a damaged row is a miss, never an error
        db.execute("UPDATE entries SET data = ? WHERE digest = ?", ("2\0only one field", digests[0]))
    memo = memos.BlockMemo(path)
    found = memo.get_many(digests)
    assert [d for d in digests if memo.entry(d, found.get(d)) is not None] == digests[1:]
    memo.close()
