"""graph.manifest: what a build read, to tell whether it is current, kept for the build itself when small."""
from __future__ import annotations

import shutil
from pathlib import Path

from graph import manifest
from graph.cache import code_fingerprint, document_key
from graph.pipeline import build_graph
from graph.read import iter_documents
from graph.records import BuildError

from conftest import SOURCES


def _sources_with_a_bad_file(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    shutil.copytree(SOURCES, folder)
    (folder / "broken.jsonl").write_text('{"id": "a", "text": "新华社北京电"}\nnot json\n', encoding="utf-8")
    return folder


def test_what_was_read_is_kept_with_its_keys_within_the_budget(tmp_path):
    folder = _sources_with_a_bad_file(tmp_path)
    state = manifest.input_state([folder], ["ttl"], keep_characters=10**8)
    items = list(iter_documents([folder]))
    assert [item for item, _ in state.read] == items
    fingerprint = code_fingerprint()
    for item, key in state.read:
        assert key == ("" if isinstance(item, BuildError) else document_key(item, fingerprint))
    assert any(isinstance(item, BuildError) and "line 2" in item.message for item, _ in state.read)
    # the same digest whether or not it keeps what it read
    assert state.digest == manifest.input_state([folder], ["ttl"]).digest


def test_nothing_is_kept_past_the_budget_or_without_one(tmp_path):
    assert manifest.input_state([SOURCES], ["ttl"]).read is None
    assert manifest.input_state([SOURCES], ["ttl"], keep_characters=1_000).read is None  # the seeds are larger


def test_a_build_from_what_was_read_equals_one_that_reads_again(tmp_path):
    folder = _sources_with_a_bad_file(tmp_path)
    read = manifest.input_state([folder], ["ttl"], keep_characters=10**8).read
    from_read = build_graph([folder], cache_dir=tmp_path / "a", read=read)
    again = build_graph([folder], cache_dir=tmp_path / "b")
    assert from_read.entities == again.entities and from_read.relations == again.relations
    assert from_read.documents == again.documents and from_read.errors == again.errors
    assert len(from_read.documents) == 6 and len(from_read.errors) == 1


def test_what_was_read_is_let_go_once_pooled(tmp_path, monkeypatch):
    """Held through the resolution, the kept inputs would add their size to the build's peak."""
    import weakref

    from graph import pipeline

    state = manifest.input_state([SOURCES], ["ttl"], keep_characters=10**8)
    first = weakref.ref(state.read[0][0])
    alive_at_resolution = []
    real = pipeline.merge_pooled

    def spy(pooling):
        alive_at_resolution.append(first() is not None)
        return real(pooling)

    monkeypatch.setattr(pipeline, "merge_pooled", spy)
    kg = build_graph([SOURCES], cache_dir=tmp_path / "cache", read=pipeline._handed_over(state))
    assert alive_at_resolution == [False] and state.read is None and len(kg.documents) == 5
