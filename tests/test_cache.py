"""Incremental cache: hits, misses, a touched file, corrupt entries, and keys."""
from __future__ import annotations

import ast
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from graph import mergestate
from graph.cache import (_PACKAGE, _STAGE_DIRS, _STAGE_FILES, DB_NAME, DocGraphCache, ForeignEntry, code_fingerprint,
                         decode, document_key, encode)
from graph.pipeline import build, extract_document
from graph.records import Document

from conftest import SOURCES

FORMATS = ("ttl", "trig")


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


def _entries(cache_dir: Path) -> list[str]:
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        return [k for (k,) in db.execute("SELECT key FROM entries ORDER BY key")]


def _set_entry(cache_dir: Path, key: str, data: bytes) -> None:
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        db.execute("UPDATE entries SET data = ? WHERE key = ?", (data, key))


@pytest.fixture()
def seeds(tmp_path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(SOURCES, src)
    return src


@pytest.mark.slow
def test_rebuild_hits_the_cache_and_a_touched_file_is_reextracted(seeds, tmp_path):
    out = tmp_path / "out"
    first = build([seeds], out, FORMATS, jobs=1)
    assert (first.extracted, first.cached) == (5, 0)
    assert len(_entries(out / ".cache")) == 5
    clean_bytes = _outputs(out)

    second = build([seeds], out, FORMATS, jobs=1)
    assert (second.extracted, second.cached) == (0, 5)
    assert _outputs(out) == clean_bytes

    touched = seeds / "002_45c128563d279158.txt"
    touched.write_text(touched.read_text(encoding="utf-8") + "\n中共江苏省委组织部召开会议。\n", encoding="utf-8")
    third = build([seeds], out, FORMATS, jobs=1)
    assert (third.extracted, third.cached) == (1, 4)
    assert len(_entries(out / ".cache")) == 6  # the old entry stays; it is simply no longer asked for

    # the incremental outputs equal a clean build of the edited folder, byte for byte
    fresh = build([seeds], tmp_path / "fresh", FORMATS, jobs=1, cache=False)
    assert fresh.extracted == 5
    assert _outputs(out) == _outputs(tmp_path / "fresh") != clean_bytes
    assert not (tmp_path / "fresh" / ".cache").exists()


@pytest.mark.slow
def test_corrupt_entries_are_recomputed(seeds, tmp_path):
    cache_dir = tmp_path / "elsewhere"
    build([seeds], tmp_path / "a", FORMATS, jobs=1, cache_dir=cache_dir)
    expected = _outputs(tmp_path / "a")
    keys = _entries(cache_dir)
    with sqlite3.connect(cache_dir / DB_NAME) as db:
        data = {k: bytes(v) for k, v in db.execute("SELECT key, data FROM entries")}
    _set_entry(cache_dir, keys[0], b"not json")
    _set_entry(cache_dir, keys[1], data[keys[1]][:40])  # truncated
    _set_entry(cache_dir, keys[2], data[keys[3]])  # an entry stored under the wrong key
    # without the pooled state, which holds every graph of the last build and would need none of them
    (cache_dir / mergestate.STATE_NAME).unlink()
    report = build([seeds], tmp_path / "b", FORMATS, jobs=1, cache_dir=cache_dir)
    assert (report.extracted, report.cached) == (3, 2) and report.errors == []
    assert _outputs(tmp_path / "b") == expected
    # and they were rewritten: the next build hits everything
    assert build([seeds], tmp_path / "c", FORMATS, jobs=1, cache_dir=cache_dir).cached == 5


def test_get_and_put_round_trip_a_real_document_graph(tmp_path):
    doc = Document("d1", "d1.txt", "中共北京市海淀区委员会组织部部长在会上讲话。")
    graph = extract_document(doc)
    cache = DocGraphCache(tmp_path)
    key = document_key(doc)
    assert cache.get(key) is None and cache.misses == 1
    cache.put(key, graph)
    assert cache.get(key) == graph and cache.hits == 1
    assert _entries(tmp_path) == [key]
    assert encode(key, graph).startswith(b'["2","' + key.encode())  # plain JSON, the key inside


def test_keys_change_with_what_changes_the_graph():
    doc = Document("d1", "a/d1.txt", "中共北京市委员会。", title="标题")
    key = document_key(doc)
    assert key == document_key(Document("d1", "a/d1.txt", "中共北京市委员会。", title="标题"))
    for other in (Document("d1", "a/d1.txt", "中共北京市委员会！", title="标题"),
                  Document("d2", "a/d1.txt", "中共北京市委员会。", title="标题"),
                  Document("d1", "b/d1.txt", "中共北京市委员会。", title="标题"),
                  Document("d1", "a/d1.txt", "中共北京市委员会。", title="标题2")):
        assert document_key(other) != key
    assert document_key(doc, "another extractor") != key
    assert len(code_fingerprint()) == 40


def test_decoding_refuses_every_foreign_evidence_shape_and_shares_sentences():
    doc = Document("d1", "d1.txt", "中共北京市海淀区委员会组织部部长在会上讲话。")
    graph = extract_document(doc)
    key = document_key(doc)
    decoded = decode(encode(key, graph), key)
    assert decoded == graph
    sentences = [ev.sentence for e in decoded.entities for ev in e.evidence]
    sentences += [ev.sentence for r in decoded.relations for ev in r.evidence]
    assert len(sentences) > len(set(sentences))  # one sentence read several times ...
    assert len({id(s) for s in sentences}) == len(set(sentences))  # ... is one string
    data = json.loads(encode(key, graph))
    good = data[3][0][5][0]
    for bad in ([good[0], good[1], good[2]], [*good, 1], [good[0], good[1], True, good[3]],
                [good[0], good[1], 1.5, good[3]], [1, good[1], good[2], good[3]], "evidence", None):
        entry = json.loads(json.dumps(data))
        entry[3][0][5][0] = bad
        with pytest.raises(ForeignEntry):
            decode(json.dumps(entry, ensure_ascii=False).encode(), key)
    entry = json.loads(json.dumps(data))
    entry[3][0][3] = ["别名", 3]  # an alias that is no string
    with pytest.raises(ForeignEntry):
        decode(json.dumps(entry, ensure_ascii=False).encode(), key)


def test_the_merge_is_outside_the_extraction_fingerprint_and_no_stage_imports_it():
    # a change to resolve.py re-merges from the cached graphs (the build's own fingerprint covers it), it does not
    # extract the whole corpus again: nothing the fingerprint covers may import it
    assert "resolve.py" not in _STAGE_FILES
    files = [_PACKAGE / name for name in _STAGE_FILES] + [p for d in _STAGE_DIRS for p in (_PACKAGE / d).rglob("*.py")]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [f"{node.module or ''}.{a.name}" for a in node.names] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[-1] == "resolve" for n in names), path


# what a stage may import from the package outside the fingerprint, and why that cannot change a DocGraph
_OUTSIDE_THE_FINGERPRINT = {"write/atomic.py": "writes a file whole or not at all (ner.py's output), no content"}


def test_what_the_stages_import_from_the_package_is_in_the_fingerprint():
    # a stage's helper outside the fingerprint (read.py's title test once was) could change what is extracted
    # while the cached graphs stayed as they were
    files = [_PACKAGE / name for name in _STAGE_FILES] + [p for d in _STAGE_DIRS for p in (_PACKAGE / d).rglob("*.py")]
    covered = {path.resolve() for path in files}
    outside = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.level):
                continue
            base = path.parent.parents[node.level - 2] if node.level > 1 else path.parent
            target = base.joinpath(*(node.module or "").split(".")) if node.module else base
            module = next((c for c in (target.with_suffix(".py"), target / "__init__.py") if c.exists()), None)
            if module is not None and module.resolve() not in covered:
                outside.add(module.relative_to(_PACKAGE).as_posix())
    assert outside <= set(_OUTSIDE_THE_FINGERPRINT), outside - set(_OUTSIDE_THE_FINGERPRINT)
