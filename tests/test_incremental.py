"""Rebuilds of a changed corpus: after editing, adding or removing one document, the outputs are the
bytes a clean build of the same inputs writes (local and Dask engines), the query store holds the same
triples, and a removed document leaves nothing that only it supported."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graph import store
from graph.pipeline import _writers, build, build_graph

from conftest import SOURCES

FORMATS = tuple(_writers())  # every format, the store among them
ADDED = "新增报道.txt"
ADDED_TEXT = ("浙江省绍兴市上虞区曹娥街道党工委开展“红色领航”主题党日活动\n\n"
              "近日，浙江省绍兴市上虞区曹娥街道党工委书记王建国带领党员开展“红色领航”主题党日活动。\n")


def _outputs(folder: Path) -> dict[str, bytes]:
    """Every output file by relative path, but not the store's database files (RocksDB writes its own
    logs and numbers; its triples are compared instead) nor hidden files (cache, lock, record)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not any(part.startswith(".") or part == store.STORE_NAME
                                       for part in p.relative_to(folder).parts)}


def _quads(folder: Path) -> set[str]:
    return {str(q) for q in store.open_read_only(folder / store.STORE_NAME)}


def _change(corpus: Path, change: str) -> None:
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    if change == "edit":
        files[1].write_text(files[1].read_text(encoding="utf-8") + "\n" + ADDED_TEXT.splitlines()[-1] + "\n",
                            encoding="utf-8")
    elif change == "add":
        (corpus / ADDED).write_text(ADDED_TEXT, encoding="utf-8")
    else:
        files[0].unlink()


def _engine(name: str):
    if name == "local":
        return "local"
    distributed = pytest.importorskip("distributed")
    from graph.distributed import DaskEngine

    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    return DaskEngine(client=distributed.Client(cluster))


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_each_rebuild_equals_a_clean_build_of_the_same_inputs(tmp_path: Path, engine: str) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(SOURCES, corpus)
    runner = _engine(engine)
    try:
        build([corpus], out, FORMATS, engine=runner)
        for change in ("edit", "add", "remove"):
            _change(corpus, change)
            report = build([corpus], out, FORMATS, engine=runner)
            assert report.extracted == (0 if change == "remove" else 1), change
            clean = tmp_path / f"clean-{change}"
            build([corpus], clean, FORMATS, cache=False)  # local, no cache, no previous outputs
            assert _outputs(out) == _outputs(clean), change
            assert _quads(out) == _quads(clean), change
    finally:
        if engine == "dask":
            runner.client.close()
            runner.client.cluster.close()


def test_removing_a_document_removes_what_only_it_supported(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SOURCES, corpus)
    (corpus / ADDED).write_text(ADDED_TEXT, encoding="utf-8")
    with_it = build_graph([corpus])
    (corpus / ADDED).unlink()
    without = build_graph([corpus])
    assert without == build_graph([SOURCES])  # nothing of it is left, and nothing else went
    only_it = {k for k, e in with_it.entities.items() if e.evidence and {ev.document for ev in e.evidence} == {"新增报道"}}
    assert only_it and not only_it & set(without.entities)
    assert "新增报道" not in without.documents
    assert not any(ev.document == "新增报道" for r in without.relations for ev in r.evidence)
    assert not any(ev.document == "新增报道" for e in without.entities.values() for ev in e.evidence)
    # what other documents support too stays, with their evidence only
    shared = {k for k, e in with_it.entities.items() if len({ev.document for ev in e.evidence}) > 1
              and "新增报道" in {ev.document for ev in e.evidence}}
    assert shared and shared <= set(without.entities)


def test_a_rebuild_removes_the_block_memos_of_older_builds(tmp_path: Path) -> None:
    # the SQLite memos of builds before the splicing writers are hundreds of MB on a large corpus, never read
    out = tmp_path / "out"
    build([SOURCES], out, ("ttl",))
    old = out / ".kg-blocks" / "graph.ttl.sqlite"
    old.write_bytes(b"SQLite format 3\x00")
    kept = out / ".kg-blocks" / "graph.ttl.idx"
    assert kept.exists()
    build([SOURCES], out, ("ttl", "trig"))
    assert not old.exists() and kept.exists()


def _jsonl_corpus(path: Path) -> list[dict]:
    """The seed documents as the records of one JSON-lines file, as news feeds come."""
    from graph.read import iter_documents

    records = [{"id": d.id, "title": d.title, "text": d.text} for d in iter_documents([SOURCES])]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


def test_a_feed_rebuilt_after_one_record_changed_reads_only_that_record_and_equals_a_clean_build(
        tmp_path: Path, monkeypatch) -> None:
    from graph import manifest, read

    feed, out = tmp_path / "feed.jsonl", tmp_path / "out"
    records = _jsonl_corpus(feed)
    build([feed], out, ("ttl", "trig"))
    assert (out / ".cache" / manifest.LINES_NAME).exists()
    parsed = []
    real = read._parse_record
    monkeypatch.setattr(read, "_parse_record", lambda *args: parsed.append(args[1]) or real(*args))
    records[2]["text"] += "\n" + ADDED_TEXT.splitlines()[-1]
    records.append({"id": "新增报道", "text": ADDED_TEXT})
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    report = build([feed], out, ("ttl", "trig"))
    assert report.extracted == 2 and sorted(parsed) == [3, len(records)]  # the edited line and the added one
    monkeypatch.undo()
    clean = tmp_path / "clean"
    build([feed], clean, ("ttl", "trig"), cache=False)
    assert _outputs(out) == _outputs(clean)
    # a damaged memo of the lines is no memo: every line read again, the same outputs
    (out / ".cache" / manifest.LINES_NAME).write_bytes(b"\x93\x01\xa3abc\x91\x94\xc4\x01x")
    assert manifest.load_lines(out / ".cache").known == {}
    (out / "graph.ttl").unlink()  # (not current: it is rebuilt)
    build([feed], out, ("ttl", "trig"))
    assert _outputs(out) == _outputs(clean)


def test_a_rebuild_warms_no_more_workers_than_there_are_records_read_afresh(tmp_path: Path, monkeypatch) -> None:
    from graph import pipeline

    feed, out = tmp_path / "feed.jsonl", tmp_path / "out"
    records = _jsonl_corpus(feed)
    build([feed], out, ("ttl",), jobs=2)
    started = []
    real = pipeline.ProcessEngine.start
    monkeypatch.setattr(pipeline.ProcessEngine, "start",
                        lambda self, documents=None: started.append((documents, self.jobs)) or real(self, documents))
    records[1]["text"] += "\n" + ADDED_TEXT.splitlines()[-1]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    report = build([feed], out, ("ttl",), jobs=2)
    # one record read afresh: one worker warms while the saved state is read (and it extracts the record)
    assert report.extracted == 1 and started[0] == (1, 2)
    started.clear()
    feed.touch()  # the same content: nothing to extract, and no worker is warmed
    assert build([feed], out, ("ttl",), jobs=2).extracted == 0 and started == []
