"""graph/write/splice.py: a rebuild splices the previous graph.ttl, graph.trig and graph.jsonld (the exports:
tests/test_exports.py) by their index, rendering only the records that changed, and writes the bytes of a
fresh build; an index that is damaged, foreign or about another file is never trusted (the full path, the
same bytes)."""
from __future__ import annotations

import bisect
import dataclasses
import json
import os
from functools import partial
from pathlib import Path

import pytest

from graph import cache, store
from graph.pipeline import build
from graph.records import Evidence, KnowledgeGraph
from graph.write import memo, rdf, splice

from conftest import shared_path

FILES = ("graph.ttl", "graph.trig", "graph.jsonld")
FORMATS = ("ttl", "trig", "jsonld", "store")
ITEMS = 24  # real xwlb-news items: a small corpus whose graph has every kind of record


@pytest.fixture(scope="module")
def items() -> list[dict]:
    path = shared_path("corpora", "xwlb-news", "articles.jsonl")
    with open(path, encoding="utf-8") as handle:
        return [json.loads(next(handle)) for _ in range(ITEMS + 1)]


def _corpus(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


def _changed(items: list[dict], change: str) -> list[dict]:
    """The corpus after one edit (an item gains a sentence another item holds), addition or removal."""
    items = [dict(item) for item in items[:ITEMS]]
    if change == "edit":
        items[3]["text"] += "\n" + items[7]["text"].split("。")[0] + "。"
    elif change == "add":
        items.append(items_extra(items))
    elif change == "remove":
        del items[5]
    return items


def items_extra(items: list[dict]) -> dict:
    return {**items[0], "id": items[0]["id"] + "-again", "text": items[0]["text"] + "\n" + items[1]["text"]}


@pytest.fixture
def spliced(monkeypatch) -> list[str]:
    """The names of the files written by splicing (the rest took the full path)."""
    names: list[str] = []
    real = splice.write_spliced

    def spy(out, framing, previous, done):
        names.append(Path(previous).name)
        return real(out, framing, previous, done)

    monkeypatch.setattr(splice, "write_spliced", spy)
    return names


def _build(corpus: Path, out: Path, cache_dir: Path) -> dict[str, bytes]:
    build([corpus], out, FORMATS, cache_dir=cache_dir)
    return {name: (out / name).read_bytes() for name in FILES}


def _quads(folder: Path) -> set[str]:
    return {str(q) for q in store.open_read_only(folder / store.STORE_NAME)}


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_rebuild_splices_each_file_to_the_bytes_of_a_fresh_build(tmp_path: Path, items, spliced, change) -> None:
    corpus, out, cached = tmp_path / "corpus.jsonl", tmp_path / "out", tmp_path / "cache"
    first = _build(_corpus(corpus, items[:ITEMS]), out, cached)
    assert spliced == [] and all((out / memo.MEMO_DIRNAME / f"{name}.idx").is_file() for name in FILES)
    again = _build(_corpus(corpus, _changed(items, change)), out, cached)
    assert sorted(spliced) == sorted(FILES)  # every file spliced, none rendered whole
    fresh = _build(corpus, tmp_path / "fresh", cached)
    assert again == fresh
    assert all(again[name] != first[name] for name in FILES)
    assert _quads(out) == _quads(tmp_path / "fresh")  # the store, updated from the splice's delta
    # and back: the index written by the splice describes its file as one written whole would
    assert _build(_corpus(corpus, items[:ITEMS]), out, cached) == first


def _damage(index: Path, out: Path, how: str, monkeypatch) -> None:
    data = index.read_bytes()
    if how == "missing":
        index.unlink()
    elif how == "flipped byte":
        at = len(data) - 40
        index.write_bytes(data[:at] + bytes([data[at] ^ 0x55]) + data[at + 1:])
    elif how == "cut short":
        index.write_bytes(data[: len(data) // 2])
    elif how == "zeroed tail":  # what a crash can leave of a file not synced: its length, part of it zeros
        index.write_bytes(data[: len(data) // 2] + bytes(len(data) - len(data) // 2))
    elif how == "not an index":
        index.write_bytes(b"\x80\x04not json at all" * 50)
    elif how == "another file":  # the output changed since (same size): its times no longer match
        target = out / index.name[: -len(".idx")]
        st = target.stat()
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    elif how == "other writer code":
        monkeypatch.setattr(memo, "writer_fingerprint", lambda: "other writer code")


@pytest.mark.parametrize("how", ["missing", "flipped byte", "cut short", "zeroed tail", "not an index",
                                 "another file", "other writer code"])
def test_an_index_not_to_be_trusted_means_the_full_path_and_the_same_bytes(tmp_path: Path, items, spliced,
                                                                           monkeypatch, how) -> None:
    corpus, out, cached = tmp_path / "corpus.jsonl", tmp_path / "out", tmp_path / "cache"
    _build(_corpus(corpus, items[:ITEMS]), out, cached)
    for name in FILES:
        _damage(out / memo.MEMO_DIRNAME / f"{name}.idx", out, how, monkeypatch)
    again = _build(_corpus(corpus, _changed(items, "edit")), out, cached)
    assert spliced == []
    assert again == _build(corpus, tmp_path / "fresh", cached)


def test_the_index_checks_itself_against_its_file(tmp_path: Path, seed_graph) -> None:
    rdf.write_turtle(seed_graph, tmp_path / "graph.ttl", previous=tmp_path)
    index = splice.load(splice.index_path(tmp_path, "graph.ttl"), tmp_path / "graph.ttl")
    assert index is not None and index.keys == sorted(index.keys)
    text = (tmp_path / "graph.ttl").read_bytes()
    # each block's text where the index says, and the blocks and the header are the whole file
    blocks = [text[a:b] for a, b in zip(index.starts.tolist(), index.ends.tolist())]
    assert rdf.TURTLE.head + b"".join(blocks) == text
    assert b"".join(t for _, _, t in rdf.sorted_blocks(seed_graph, rdf.turtle_block)) == b"".join(blocks)


def test_a_delta_is_used_only_for_the_two_files_it_was_made_for(tmp_path: Path, seed_graph) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    rdf.write_turtle(seed_graph, old / "graph.ttl", previous=old)
    changed = KnowledgeGraph(seed_graph.documents, seed_graph.entities, seed_graph.relations[1:])
    rdf.write_turtle(changed, new / "graph.ttl", previous=old)
    removed, added = splice.load_delta(old / "graph.ttl", new / "graph.ttl")
    assert removed and added  # the relation's statement goes, its head's block changes
    old_blocks = set((old / "graph.ttl").read_bytes().split(b"\n\n"))
    assert set(removed.split(b"\n\n")[:-1]) <= old_blocks
    assert not set(added.split(b"\n\n")[:-1]) <= old_blocks
    st = (new / "graph.ttl").stat()
    os.utime(new / "graph.ttl", ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    assert splice.load_delta(old / "graph.ttl", new / "graph.ttl") is None


def test_one_more_report_of_an_entity_read_everywhere_renders_one_part_of_it(seed_graph) -> None:
    key = next(k for k, e in seed_graph.entities.items() if e.type == "Person")
    sentence = seed_graph.entities[key].evidence[0].sentence  # a real sentence, repeated in made-up reports
    many = tuple(Evidence(f"doc{i:03d}", sentence, 10 * i, 10 * i + 3) for i in range(3 * rdf.CHUNK))

    def graph_with(evidence) -> KnowledgeGraph:
        entities = dict(seed_graph.entities)
        entities[key] = dataclasses.replace(entities[key], evidence=tuple(sorted(evidence)))
        return KnowledgeGraph(seed_graph.documents, entities, seed_graph.relations)

    def walk(kg: KnowledgeGraph, known) -> tuple[list[bytes], set[int]]:
        rendered: set[int] = set()
        digests = rdf._records(kg, rdf.turtle_block, False, known, lambda g, s, text, n: rendered.add(n))
        return digests, rendered

    before, _ = walk(graph_with(many), lambda d: False)
    after, rendered = walk(graph_with(many + (Evidence("doc999", sentence, 5, 8),)), set(before).__contains__)
    # the part holding doc999, and the entity's own block (one more ont:mentionedIn)
    assert len(rendered) == 2 and len(after) == len(before)


def test_the_digest_does_not_depend_on_shared_objects(seed_graph) -> None:
    # a graph merged from the cache (decoded JSON) shares fewer strings than one from extraction
    from graph.records import DocGraph, DocumentInfo

    entity = next(e for e in seed_graph.entities.values() if len(e.evidence) > 1)
    copy = cache.decode(cache.encode("k", DocGraph(DocumentInfo("d", "d"), (entity,), ())), "k").entities[0]
    assert copy == entity and copy.evidence[0].document is not entity.evidence[0].document
    assert memo.record_digest(("entity", rdf._plain(entity.evidence))) == memo.record_digest(
        ("entity", rdf._plain(copy.evidence)))
    assert memo.record_digest(("entity", rdf._plain(entity.evidence))) != memo.record_digest(
        ("entity", rdf._plain(entity.evidence[1:])))


def test_a_file_of_one_block_per_record_is_spliced_only_when_that_gives_its_bytes(tmp_path: Path, items, spliced) -> None:
    """splice.write_records (the exports' files): records matched by digest, new ones rendered between the
    old in key order; a digest twice, or keys out of order, mean the whole write (and, for the keys, no index)."""
    framing = splice.Framing(b"<", lambda previous, graph: b"," if previous else b"", lambda last: b">")
    sentences = [s + "。" for item in items[:3] for s in item["text"].split("。")[:4] if s]

    def write(records: list[tuple[str, str]], name: str = "f.txt") -> bytes:
        """records: (key, text); the file's order is the keys' (sorted), as the writer of a file would give."""
        digests = [memo.record_digest(r) for r in records]
        order = sorted(range(len(records)), key=lambda i: records[i])
        splice.write_records(tmp_path / name, framing, digests,
                             lambda: ((records[i][0], records[i][1].encode(), i) for i in order),
                             lambda i: (records[i][0], records[i][1].encode()), previous=tmp_path)
        return (tmp_path / name).read_bytes()

    records = [(splice.key_of("0", f"k{i:02d}"), s) for i, s in enumerate(sentences)]
    first = write(records)
    assert first == ("<" + ",".join(sentences) + ">").encode()
    changed = records[:2] + [(splice.key_of("0", "k01a"), "新的一句。")] + records[3:]
    assert write(changed) == write(changed, "fresh.txt") and spliced == ["f.txt"]
    spliced.clear()
    assert write(changed + [changed[-1]]) == write(changed + [changed[-1]], "fresh.txt") and spliced == []
    # keys out of the file's order: written whole, no index kept
    disordered = [(key if i != 4 else splice.key_of("0", "zz"), text) for i, (key, text) in enumerate(changed)]
    digests = [memo.record_digest(r) for r in disordered]
    splice.write_records(tmp_path / "f.txt", framing, digests,
                         lambda: ((k, t.encode(), i) for i, (k, t) in enumerate(disordered)),
                         lambda i: (disordered[i][0], disordered[i][1].encode()), previous=tmp_path)
    assert not splice.index_path(tmp_path, "f.txt").exists()


def _graph_of(corpus: Path, cache_dir: Path):
    from graph.pipeline import build_graph

    return build_graph([corpus], cache_dir=cache_dir)


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
@pytest.mark.parametrize("named_graphs", [False, True])
def test_a_spliced_walk_keeps_what_the_whole_walk_keeps(tmp_path: Path, items, change, named_graphs) -> None:
    """rdf._spliced_records (a spliced file's walk: only the records the previous index lacks are made) gives
    the digests and blocks of rdf._records, whatever is known: the previous build's records, none, all."""
    cached = tmp_path / "cache"
    before = _graph_of(_corpus(tmp_path / "a.jsonl", items[:ITEMS]), cached)
    after = _graph_of(_corpus(tmp_path / "b.jsonl", _changed(items, change)), cached)
    prepared = rdf.prepare(after)
    old = set(rdf._records(before, rdf.turtle_block, named_graphs, lambda d: True, lambda *_: None,
                           prepared=rdf.prepare(before)))
    every = set(rdf._records(after, rdf.turtle_block, named_graphs, lambda d: True, lambda *_: None, prepared=prepared))
    assert old != every
    for known in (old, set(), every):
        walks = []
        for walk in (lambda keep: rdf._records(after, rdf.turtle_block, named_graphs, known.__contains__, keep,
                                               prepared=prepared),
                     lambda keep: rdf._spliced_records(after, rdf.turtle_block, named_graphs, known.__contains__, keep,
                                                       prepared)):
            kept: list = []
            digests = walk(lambda g, s, text, n: kept.append((g, s, text, n)))
            walks.append((digests, sorted(kept)))
        assert walks[0] == walks[1]
        assert bool(walks[0][1]) == (known is not every)
    assert rdf._spliced_records(before, rdf.turtle_block, named_graphs, old.__contains__, lambda *_: None,
                                prepared) is None  # digests made for another graph: the caller walks


@pytest.mark.parametrize("small_copy", [0, 1 << 30])
def test_kept_runs_copied_in_the_kernel_or_through_the_buffer_give_the_same_bytes(tmp_path: Path, items, spliced,
                                                                                  monkeypatch, small_copy) -> None:
    monkeypatch.setattr(splice, "SMALL_COPY", small_copy)
    corpus, out, cached = tmp_path / "corpus.jsonl", tmp_path / "out", tmp_path / "cache"
    _build(_corpus(corpus, items[:ITEMS]), out, cached)
    again = _build(_corpus(corpus, _changed(items, "edit")), out, cached)
    assert sorted(spliced) == sorted(FILES)
    assert again == _build(corpus, tmp_path / "fresh", cached)


def test_keys_are_read_as_written_and_sought_as_in_a_list() -> None:
    """splice.Keys: a graph once per run, the subjects as one text; a key, its graph, a search from a place
    and the runs of kept blocks as a list of the same keys gives them."""
    import random

    import numpy as np

    rng = random.Random(19)
    for _ in range(200):
        keys = sorted({splice.key_of(rng.choice(["", "<g1>", "<g2>", "乙"]), rng.choice("甲xyz") * rng.randint(1, 3))
                       for _ in range(rng.randint(0, 30))})
        held = splice.Keys.of(keys)
        assert list(held) == keys and held == keys and len(held) == len(keys)
        assert [held.graph(i) for i in range(len(keys))] == [splice.graph_of_key(k) for k in keys]
        assert splice.in_key_order(held) and held == splice.Keys.of(list(held))
        for _ in range(10):
            key = splice.key_of(rng.choice(["", "<g1>", "<g3>"]), rng.choice("甲wxz") * rng.randint(1, 3))
            lo = rng.randint(0, len(keys))
            if not lo or keys[lo - 1] < key:
                assert splice._seek(held, key, lo) == bisect.bisect_left(keys, key, lo)
        kept = np.array([rng.random() < 0.7 for _ in keys], bool)
        cuts = sorted(rng.randint(0, len(keys)) for _ in range(rng.randint(0, 5))) + [len(keys)]
        runs, at, found = splice._KeptRuns(kept), 0, []
        for cut in cuts:
            found += list(runs.within(at, cut))
            at = cut
        assert [i for a, b in found for i in range(a, b)] == np.flatnonzero(kept).tolist()
        assert all(b < c or b in cuts for (_, b), (c, _) in zip(found, found[1:]))  # maximal within each window
    assert not splice.in_key_order(splice.Keys.of([splice.key_of("1", "b"), splice.key_of("1", "a")]))
    assert not splice.in_key_order(splice.Keys.of([splice.key_of("1", "a"), splice.key_of("2", "a"),
                                                   splice.key_of("1", "b")]))
    assert not splice.in_key_order(splice.Keys.of([splice.key_of("1", "\n")]))


def test_an_index_of_the_format_before_is_foreign(tmp_path: Path, seed_graph) -> None:
    rdf.write_trig(seed_graph, tmp_path / "graph.trig", previous=tmp_path)
    index_file = splice.index_path(tmp_path, "graph.trig")
    assert splice.load(index_file, tmp_path / "graph.trig") is not None
    head, _, body = index_file.read_bytes().partition(b"\n")
    header = json.loads(head)
    header["format"] = "kg-block-index 1"
    index_file.write_bytes(json.dumps(header, sort_keys=True).encode() + b"\n" + body)
    assert splice.load(index_file, tmp_path / "graph.trig") is None



def test_the_file_is_synced_to_the_disk_and_its_index_is_not(tmp_path: Path, seed_graph, monkeypatch) -> None:
    """An index whose copy on disk a crash tore is detected (test above) and does without: only the output is
    fsynced before its rename."""
    from graph.write import atomic

    synced: list[str] = []
    real = os.fsync
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), real(fd)))
    rdf.write_turtle(seed_graph, tmp_path / "graph.ttl", previous=tmp_path)
    assert [Path(p).name.split(".")[1] for p in synced] == ["graph"] and ".ttl." in synced[0]
    assert splice.load(splice.index_path(tmp_path, "graph.ttl"), tmp_path / "graph.ttl") is not None


@pytest.mark.parametrize("change", ["add", "remove"])
def test_one_more_or_one_less_report_of_an_entity_read_everywhere_renders_one_part_of_its_trig_graphs(
        tmp_path: Path, seed_graph, change) -> None:
    """TriG: a person read in 202 reports, heading a post read in each of them.  Before, the person's block in
    each of its graphs was one record (its digest holds every document), and so were the post's membership and
    role in each graph: one more report rendered them all again.  Now a report added or removed renders only
    the blocks of the graphs of the one part of the evidence it falls in (and its own graph)."""
    rel = next(r for r in seed_graph.relations if r.predicate == "holdsPost" and r.role)
    key = rel.head
    sentence = seed_graph.entities[key].evidence[0].sentence  # a real sentence, repeated in made-up reports
    docs = [f"doc{i:03d}" for i in range(3 * rdf.CHUNK + 10)]

    def graph_of(documents: list[str]) -> KnowledgeGraph:
        evidence = tuple(sorted(Evidence(d, sentence, 10, 13) for d in documents))
        entities = dict(seed_graph.entities)
        entities[key] = dataclasses.replace(entities[key], evidence=evidence)
        relations = [dataclasses.replace(r, evidence=evidence) if r is rel else r for r in seed_graph.relations]
        return KnowledgeGraph(seed_graph.documents, entities, relations)

    changed = "doc999" if change == "add" else "doc005"
    before = graph_of(docs)
    after = graph_of(docs + [changed] if change == "add" else [d for d in docs if d != changed])
    old, new, fresh = (tmp_path / name for name in ("old", "new", "fresh"))
    for folder in (old, new, fresh):
        folder.mkdir()
    rdf.write_trig(before, old / "graph.trig", previous=old)
    done = rdf.write_block_file(after, new / "graph.trig", rdf.turtle_block, rdf.TRIG, named_graphs=True,
                                previous=old, prepared=rdf.prepare(after))
    rdf.write_trig(after, fresh / "graph.trig")
    assert done is not None and (new / "graph.trig").read_bytes() == (fresh / "graph.trig").read_bytes()
    # the graphs of the part holding the report (the person's and the post's parts are cut alike)
    part = next(p for p in rdf._chunks(graph_of(docs + [changed]).entities[key].evidence)
                if changed in {ev.document for ev in p})
    part_graphs = {rdf.graph_iri(ev.document) for ev in part}
    rendered = [splice.graph_of_key(k) for k, _, _ in done.new]
    assert set(rendered) == (part_graphs if change == "add" else part_graphs - {rdf.graph_iri(changed)})
    subject = rdf._entity_term(key)
    mine = {splice.graph_of_key(k) for k, _, _ in done.new if k.endswith(splice.KEY_SEP + subject)}
    assert mine == set(rendered) and len(mine) < len(docs) // 2  # not in each of its graphs
    # the spliced walk (records counted, not walked) keeps what the whole walk keeps
    known = set(rdf._records(before, rdf.turtle_block, True, lambda d: True, lambda *_: None,
                             prepared=rdf.prepare(before))).__contains__
    prepared = rdf.prepare(after)
    walks = []
    for walk in (partial(rdf._records, prepared=prepared), partial(rdf._spliced_records, prepared=prepared)):
        kept: list = []
        walks.append((walk(after, rdf.turtle_block, True, known, lambda *block: kept.append(block)), sorted(kept)))
    assert walks[0] == walks[1]
