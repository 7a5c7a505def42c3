"""The pooled state kept between builds: saved and read back unchanged, a document graph taken out again
leaves the pooling of the others, and a rebuild that starts from it merges the graph a clean build does;
a damaged, foreign or outdated state is not used and changes nothing."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph import mergestate
from graph.cache import DocGraphCache
from graph.pipeline import ExtractStats, build_graph, iter_doc_graphs
from graph.resolve import Pooling, merge_pooled
from graph.write.rdf import write_turtle

from conftest import SOURCES


@pytest.fixture(scope="module")
def seed_graphs():
    """The document graphs of the seed documents, by file name."""
    graphs = iter_doc_graphs([SOURCES], [])
    return {Path(dg.document.source).name: dg for dg in sorted(graphs, key=lambda dg: dg.document.source)}


def _pooling(graphs) -> Pooling:
    pooling = Pooling()
    for dg in graphs:
        pooling.add(dg)
    return pooling


def _encoded(pooling: Pooling) -> bytes:
    return mergestate.encode(mergestate.MergeState(pooling, mergestate.Counter()))


def test_a_saved_state_reads_back_as_it_was(seed_graphs):
    pooling = _pooling(seed_graphs.values())
    data = _encoded(pooling)
    again = mergestate.decode(data)
    assert _encoded(again.pooling) == data
    assert merge_pooled(again.pooling) == merge_pooled(_pooling(seed_graphs.values()))


def _resealed(data: bytes, change) -> bytes:
    """The state `data` with its body changed by `change(top)` and its digest made again (a crafted file)."""
    import msgpack

    start = len(mergestate._MAGIC) + mergestate._DIGEST
    top = msgpack.unpackb(data[start + mergestate._DIGEST:], raw=False)
    change(top)
    body = msgpack.packb(top, use_bin_type=True)
    return data[:start] + mergestate._body_digest(body) + body


def test_a_crafted_evidence_table_is_refused(seed_graphs):
    from array import array

    data = _encoded(_pooling(seed_graphs.values()))
    assert mergestate.decode(_resealed(data, lambda top: None)).pooling.pooled.pools  # resealed as it was: read

    def index_past_the_strings(top):
        flat = array("q", top[5])
        flat[1] = len(top[4])  # a sentence no string stands for
        top[5] = flat.tobytes()

    def negative_offset(top):
        flat = array("q", top[5])
        flat[2] = -1
        top[5] = flat.tobytes()

    def cut_short(top):
        top[5] = top[5][:-32]  # one record fewer than the sets count

    def ragged(top):
        top[5] = top[5][:-3]

    for change in (index_past_the_strings, negative_offset, cut_short, ragged):
        with pytest.raises(mergestate.ForeignEntry):
            mergestate.decode(_resealed(data, change))


def test_a_graph_taken_out_leaves_the_pooling_of_the_others(seed_graphs):
    names = sorted(seed_graphs)
    pooling = _pooling(seed_graphs.values())
    out = seed_graphs[names[2]]
    assert pooling.removable(out)
    pooling.remove(out)
    others = _pooling(seed_graphs[n] for n in names if n != names[2])
    assert _encoded(pooling) == _encoded(others)
    # what only that report said is gone: its document, and a name no other report wrote
    assert out.document.id not in pooling.documents
    assert {e.key for e in out.entities} - set(others.pooled.pools)
    assert not {e.key for e in out.entities} - set(others.pooled.pools) & set(pooling.pooled.pools)


def test_a_document_pooled_twice_cannot_be_taken_out_once(seed_graphs):
    one = next(iter(seed_graphs.values()))
    pooling = _pooling([one, one])
    assert not pooling.removable(one)


def _build(corpus: Path, cache: Path) -> tuple[bytes, ExtractStats]:
    stats = ExtractStats()
    kg = build_graph([corpus], cache_dir=cache, stats=stats)
    out = cache.parent / "graph.ttl"
    write_turtle(kg, out)
    return out.read_bytes(), stats


def _edit(corpus: Path) -> None:
    first = sorted(corpus.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n上虞区百官街道党工委书记王建国出席活动。\n", encoding="utf-8")


@pytest.mark.slow
def test_a_rebuild_pools_only_what_changed_and_merges_what_a_clean_build_does(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SOURCES, corpus)
    cache = tmp_path / "run" / ".cache"
    _, first = _build(corpus, cache)
    assert first.kept == 0 and (cache / mergestate.STATE_NAME).exists()
    _edit(corpus)
    sorted(corpus.iterdir())[-1].unlink()
    ttl, again = _build(corpus, cache)
    assert again.kept == again.documents - 1 and again.extracted == 1
    clean, _ = _build(corpus, tmp_path / "clean" / ".cache")
    assert ttl == clean


@pytest.mark.slow
def test_a_damaged_foreign_or_unusable_state_changes_nothing(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(SOURCES, corpus)
    cache = tmp_path / "run" / ".cache"
    _build(corpus, cache)
    state = cache / mergestate.STATE_NAME
    data = state.read_bytes()
    _edit(corpus)
    clean, _ = _build(corpus, tmp_path / "clean" / ".cache")

    state.write_bytes(data[:-100])  # cut short
    assert mergestate.load(cache) is None
    ttl, stats = _build(corpus, cache)
    assert ttl == clean and stats.kept == 0
    assert mergestate.load(cache) is not None  # made again

    state.write_bytes(data)
    monkeypatch.setattr(mergestate, "code_digest", lambda: b"\0" * 16)  # pooled by other code
    assert mergestate.load(cache) is None
    monkeypatch.undo()

    # the old graph of the edited report is no longer in the cache: it cannot be taken out
    state.write_bytes(data)
    db = DocGraphCache(cache)
    db._connect().execute("DELETE FROM entries")
    db._connect().commit()
    db.close()
    ttl, stats = _build(corpus, cache)
    assert ttl == clean and stats.kept == 0


def _built_in_parts(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """The seeds, their longer files read in parts of 1,500 characters, built once: (corpus, cache)."""
    from graph import read

    parts = read._parts
    monkeypatch.setattr(read, "_parts", lambda doc: parts(doc, 1500))
    corpus = tmp_path / "corpus"
    shutil.copytree(SOURCES, corpus)
    cache = tmp_path / "run" / ".cache"
    _build(corpus, cache)
    return corpus, cache


def _edit_longest(corpus: Path) -> None:
    longest = max(corpus.iterdir(), key=lambda p: p.stat().st_size)
    assert len(longest.read_text(encoding="utf-8")) > 3000  # read in several parts
    longest.write_text(longest.read_text(encoding="utf-8") + "\n上虞区百官街道党工委书记王建国出席活动。\n",
                       encoding="utf-8")


@pytest.mark.slow
def test_a_long_file_read_in_parts_is_pooled_afresh_when_it_changes(tmp_path, monkeypatch):
    # the parts of a long file share one document id: the state cannot take one part out alone, and the
    # build pools every graph, as one without a state does
    corpus, cache = _built_in_parts(tmp_path, monkeypatch)
    _edit_longest(corpus)
    _, again = _build(corpus, cache)
    assert again.kept == 0 and again.extracted >= 1
    assert mergestate.load(cache).graphs.total() == again.documents  # saved afresh


@pytest.mark.slow
def test_a_long_file_read_in_parts_rebuilt_from_the_cache_equals_a_clean_build(tmp_path, monkeypatch):
    # (its parts were cached under one another's keys: a city and a county of another report were lost)
    corpus, cache = _built_in_parts(tmp_path, monkeypatch)
    (cache / mergestate.STATE_NAME).unlink()
    _edit_longest(corpus)
    ttl, _ = _build(corpus, cache)
    assert ttl == _build(corpus, tmp_path / "clean" / ".cache")[0]


def test_what_each_report_found_reads_back_and_a_crafted_finding_is_refused(seed_graphs):
    pooling = _pooling(seed_graphs.values())
    again = mergestate.decode(_encoded(pooling)).pooling.pooled.docs
    assert {doc: facts.found for doc, facts in again.items()} == \
        {doc: facts.found for doc, facts in pooling.pooled.docs.items()}
    assert any(facts.found.countries for facts in again.values())

    def half_a_tail(top):
        top[8][7][0] = ["Organization:某某公司"]  # a pair with one key

    def a_number_for_a_country(top):
        top[8][10][0] = [86]

    for change in (half_a_tail, a_number_for_a_country):
        with pytest.raises(mergestate.ForeignEntry):
            mergestate.decode(_resealed(_encoded(pooling), change))


def test_a_crafted_flag_of_a_pool_is_refused(seed_graphs):
    data = _encoded(_pooling(seed_graphs.values()))
    pools = mergestate.decode(data).pooling.pooled.pools
    assert any(pool.generic for pool in pools.values())  # read back as pooled (the seeds name generic bodies)

    def a_number_for_a_flag(top):
        top[6][13][0] = 1  # the generic flags' column

    def a_flag_short(top):
        top[6][14].pop()  # one flag fewer than pools

    for change in (a_number_for_a_flag, a_flag_short):
        with pytest.raises(mergestate.ForeignEntry):
            mergestate.decode(_resealed(data, change))


def test_the_peoples_aliases_read_back_and_crafted_alias_columns_are_refused(seed_graphs):
    pooling = _pooling(seed_graphs.values())
    assert any(len(by_doc) > 1 or any(by_doc.values()) for by_doc in pooling.pooled.person_aliases.values())
    assert mergestate.decode(_encoded(pooling)).pooling.pooled.person_aliases == pooling.pooled.person_aliases

    def a_document_without_its_names(top):
        top[9][1][0] = top[9][1][0] + ["another document"]  # one more document than lists of names

    def a_number_for_a_name(top):
        top[9][2][0] = [[7]] * len(top[9][1][0])  # as many lists as documents, of a number

    for change in (a_document_without_its_names, a_number_for_a_name):
        with pytest.raises(mergestate.ForeignEntry):
            mergestate.decode(_resealed(_encoded(pooling), change))
