"""Build orchestration: job count, path order and engine never change the output bytes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graph import pipeline
from graph.cli import main
from graph.pipeline import BuildReport, build, build_graph, count_documents
from graph.read import iter_documents
from graph.records import Document

from conftest import SOURCES, shared_path

FORMATS = ("ttl", "trig")


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


@pytest.fixture(scope="module")
def one_job(tmp_path_factory) -> tuple[BuildReport, dict[str, bytes]]:
    out = tmp_path_factory.mktemp("one_job")
    report = build([SOURCES], out, FORMATS, jobs=1, cache=False)
    return report, _outputs(out)


@pytest.mark.slow
def test_two_jobs_give_the_same_bytes_as_one(one_job, tmp_path, monkeypatch):
    # one document per batch, so that the five seeds really go through two worker processes
    monkeypatch.setattr(pipeline, "BATCH_DOCS", 1)
    report = build([SOURCES], tmp_path, FORMATS, jobs=2, cache=False)
    assert report.extracted == 5
    assert _outputs(tmp_path) == one_job[1]


def test_order_of_paths_does_not_matter(tmp_path):
    # the seeds split over two folders (one of them nested), given in both orders
    first, second = tmp_path / "a", tmp_path / "b" / "more"
    second.mkdir(parents=True)
    shutil.copytree(SOURCES, first)
    for path in sorted(first.glob("*.txt"))[::2]:
        path.rename(second / path.name)
    build([first, second], tmp_path / "ab", FORMATS, jobs=1, cache=False)
    report = build([second, first], tmp_path / "ba", FORMATS, jobs=1, cache=False)
    assert report.documents == 5
    assert _outputs(tmp_path / "ab") == _outputs(tmp_path / "ba")


def test_summary_counts(one_job):
    report, outputs = one_job
    docs = [d for d in iter_documents([SOURCES]) if isinstance(d, Document)]
    assert report.documents == len(docs) == 5
    assert report.characters == sum(len(d.text) for d in docs)
    assert report.extracted == 5 and report.cached == 0 and report.errors == []
    kg = build_graph([SOURCES])
    assert (report.entities, report.relations) == (len(kg.entities), len(kg.relations))
    # entities from the seeds reach the Turtle output
    assert report.entities > 50 and outputs["graph.ttl"].count(b"\n") > report.entities
    assert set(report.timings) >= {"extract+merge", "ttl", "trig"}
    assert report.chars_per_second > 0


def test_bad_file_is_reported_and_the_rest_is_built(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SOURCES / "000_dde88f24c67074e3.txt", src)
    (src / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    report = build([src], tmp_path / "out", FORMATS, jobs=1, cache=False)
    assert report.documents == 1
    assert len(report.errors) == 1 and "picture.txt" in report.errors[0].source


def test_extraction_failure_names_the_document(tmp_path, monkeypatch):
    from graph.extract import document

    real = document.extract

    def flaky(ct, mentions=None):
        if ct.document.id.startswith("001_"):
            raise RuntimeError("boom")
        return real(ct, mentions)

    monkeypatch.setattr(document, "extract", flaky)
    kg = build_graph([SOURCES], jobs=1)
    assert len(kg.documents) == 4
    assert len(kg.errors) == 1 and kg.errors[0].source.endswith("001_effde1a65b477c46.txt")
    assert "RuntimeError: boom" in kg.errors[0].message


def test_jobs_and_engine_are_checked():
    with pytest.raises(ValueError, match="jobs"):
        build_graph([SOURCES], jobs=0)
    with pytest.raises(ValueError, match="unknown engine"):
        build_graph([SOURCES], engine="ray")


def test_an_unknown_format_is_refused_before_anything_is_read(tmp_path, monkeypatch):
    def no_reading(*args, **kwargs):
        raise AssertionError("the inputs were read before the formats were checked")

    monkeypatch.setattr(pipeline.manifest, "input_state", no_reading)
    monkeypatch.setattr(pipeline, "build_graph", no_reading)
    with pytest.raises(ValueError, match="unknown output format.*all"):
        build([SOURCES], tmp_path / "out", ("ttl", "all"))
    with pytest.raises(ValueError, match="made from graph.ttl"):
        build([SOURCES], tmp_path / "out", ("store",))
    assert not (tmp_path / "out").exists()


def test_count_documents(tmp_path):
    assert count_documents([SOURCES]) == 5
    lines = tmp_path / "a.jsonl"
    lines.write_text('{"id": "1", "text": "甲"}\n\n{"id": "2", "text": "乙"}\n', encoding="utf-8")
    assert count_documents([lines, SOURCES / "000_dde88f24c67074e3.txt"]) == 3


@pytest.mark.corpus
@pytest.mark.slow
def test_jsonl_sample_of_xwlb_news(tmp_path):
    corpus = shared_path("corpora", "xwlb-news", "articles.jsonl")
    sample = tmp_path / "sample.jsonl"
    with open(corpus, encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as dst:
        for _, line in zip(range(30), src):
            dst.write(line)
    ids = [json.loads(line)["id"] for line in sample.read_text(encoding="utf-8").splitlines()]
    one = build([sample], tmp_path / "one", FORMATS, jobs=1, cache=False)
    two = build([sample], tmp_path / "two", FORMATS, jobs=2, cache=False)
    assert one.documents == two.documents == 30 and not one.errors
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")
    # every record became a named graph, identified by its id
    trig = (tmp_path / "one" / "graph.trig").read_text(encoding="utf-8")
    assert all(i in trig for i in ids)


def test_cli_build_prints_the_summary(tmp_path, capsys):
    code = main(["build", str(SOURCES), "-o", str(tmp_path), "-j", "1", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("5 documents (5 extracted, 0 from cache)")
    assert "0 errors" in out and "chars/s" in out
    assert (tmp_path / ".cache").is_dir()
    main(["build", str(SOURCES), "-o", str(tmp_path), "-j", "2", "--no-progress"])
    assert "nothing to do" in capsys.readouterr().out  # nothing changed
    (tmp_path / "graph.html").unlink()  # an output gone: rebuilt, every document from the cache
    main(["build", str(SOURCES), "-o", str(tmp_path), "-j", "2", "--no-progress"])
    assert capsys.readouterr().out.startswith("5 documents (0 extracted, 5 from cache)")


def test_stale_temporary_files_of_a_killed_build_are_removed(tmp_path):
    from graph.pipeline import build

    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".graph.ttl.abc123.tmp"
    stale.write_text("half a file", encoding="utf-8")
    build([SOURCES], out, ("ttl",), jobs=1)
    assert not stale.exists() and (out / "graph.ttl").exists()


def test_rebuild_with_nothing_changed_is_a_no_op_but_any_change_rebuilds(tmp_path):
    import os

    from graph.pipeline import build

    src = tmp_path / "src"
    shutil.copytree(SOURCES, src)
    out = tmp_path / "out"
    first = build([src], out, jobs=1)
    assert not first.up_to_date
    ttl = (out / "graph.ttl").read_bytes()
    # touching a file (a new modification time, same content) changes nothing
    some = sorted(src.glob("*.txt"))[0]
    os.utime(some, None)
    again = build([src], out, jobs=1)
    assert again.up_to_date and again.entities == first.entities and again.outputs == first.outputs
    # an edited document, an output edited by hand and a new format each rebuild
    some.write_text(some.read_text(encoding="utf-8") + "\n贵州省遵义市红花岗区。\n", encoding="utf-8")
    edited = build([src], out, jobs=1)
    assert not edited.up_to_date and edited.extracted == 1
    (out / "graph.ttl").write_bytes(b"# hand edit\n")
    assert not build([src], out, jobs=1).up_to_date
    assert (out / "graph.ttl").read_bytes() != b"# hand edit\n"
    assert not build([src], out, ("ttl", "graphml"), jobs=1).up_to_date
    assert (out / "graph.ttl").read_bytes() != ttl  # the edit shows in the rebuilt graph


def _seed_state():
    from collections import Counter

    from graph import mergestate
    from graph.resolve import Pooling

    pooling = Pooling()
    for dg in pipeline.iter_doc_graphs([SOURCES], []):
        pooling.add(dg)
    return mergestate.MergeState(pooling, Counter({"a-key": 1}))


def test_the_pooled_state_saved_by_a_child_while_the_parent_resolves(tmp_path):
    from graph import mergestate
    from graph.resolve import merge_pooled

    state = _seed_state()
    errors = []
    wait = pipeline._save_state_aside(tmp_path, state, errors, beside=True)
    kg = merge_pooled(state.pooling)  # changes the pools: the child saved them as they were at the fork
    wait()
    assert errors == [] and kg.entities
    assert mergestate.encode(mergestate.load(tmp_path)) == mergestate.encode(_seed_state())


def test_a_failed_save_in_the_child_is_reported_and_leaves_no_state(tmp_path, monkeypatch):
    from graph import mergestate

    (tmp_path / mergestate.STATE_NAME).write_bytes(b"an older state")

    def full_disk(folder, state):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mergestate, "save", full_disk)  # the forked child has it too
    errors = []
    pipeline._save_state_aside(tmp_path, _seed_state(), errors, beside=True)()
    assert [e.message for e in errors] == ["pooled state not saved: [Errno 28] No space left on device"]
    assert not (tmp_path / mergestate.STATE_NAME).exists()


def test_the_saved_state_is_kept_out_of_the_collector_during_the_build_and_only_then(tmp_path, monkeypatch):
    import gc

    from graph import resolve

    src = tmp_path / "src"
    shutil.copytree(SOURCES, src)
    cache = tmp_path / "cache"
    build_graph([src], cache_dir=cache)  # saves the pooled state
    with open(sorted(src.glob("*.txt"))[0], "a", encoding="utf-8") as handle:
        handle.write("\n浙江省绍兴市上虞区百官街道党工委书记王建国出席活动。\n")
    frozen_at_merge = []
    real = resolve.merge_pooled
    monkeypatch.setattr(pipeline, "merge_pooled", lambda pooling: frozen_at_merge.append(gc.get_freeze_count()) or real(pooling))
    before = gc.get_freeze_count()
    build_graph([src], cache_dir=cache)  # from the saved state: read back, frozen, merged, unfrozen
    assert frozen_at_merge[0] > before + 1000 and gc.get_freeze_count() == before == 0


ALL_FORMATS = tuple(pipeline._writers())


def _count_digest_making(monkeypatch, tally: Path) -> None:
    """rdf.prepare, noting each call in `tally` (a file: a forked writer's calls count too)."""
    from graph.write import rdf

    make = rdf.prepare

    def counted(kg):
        with open(tally, "a") as handle:
            handle.write("made\n")
        return make(kg)

    monkeypatch.setattr(rdf, "prepare", counted)


def test_writer_shares_forked_before_the_digests_get_them_from_the_parent_and_write_one_process_bytes(
        seed_graph, tmp_path, monkeypatch):
    alone, shared = tmp_path / "alone", tmp_path / "shared"
    pipeline.write_outputs(seed_graph, alone, ALL_FORMATS, jobs=1)
    tally = tmp_path / "tally"
    _count_digest_making(monkeypatch, tally)
    for _ in range(2):  # written whole, then spliced from its own index (every block writer reads the digests)
        timings: dict[str, float] = {}
        pipeline.write_outputs(seed_graph, shared, ALL_FORMATS, timings, jobs=2)
        assert "digests" in timings
        assert _outputs(shared) == _outputs(alone)
    assert tally.read_text() == "made\n" * 2  # by the parent, once per write: never again in a child


def test_digests_the_parent_cannot_make_fail_the_write_and_keep_the_previous_outputs(seed_graph, tmp_path,
                                                                                    monkeypatch):
    from graph.write import rdf

    pipeline.write_outputs(seed_graph, tmp_path, ALL_FORMATS, jobs=2)
    before = _outputs(tmp_path)

    def broken(kg):
        raise RuntimeError("no digests today")

    monkeypatch.setattr(rdf, "prepare", broken)
    # the child waiting for them reads the pipe as closed and stops: the parent raises, nothing hangs
    with pytest.raises(RuntimeError, match="no digests today"):
        pipeline.write_outputs(seed_graph, tmp_path, ALL_FORMATS, jobs=2)
    assert _outputs(tmp_path) == before


def test_a_child_share_writes_what_needs_no_digest_first_and_keeps_the_store_after_its_turtle():
    assert pipeline._digests_last(["trig", "ttl", "store", "html", "graphml", "csv"]) == \
        ["graphml", "csv", "html", "trig", "ttl", "store"]


def test_a_rebuild_balances_its_shares_by_the_rebuild_costs_and_the_parents_head_start():
    """A rebuild's shares are balanced by _REBUILD_COST, with the parent making the records' digests before its
    own share: a child writes what needs none meanwhile, and a writer that needs them waits."""
    cost = pipeline._REBUILD_COST
    exports = [f for f in ALL_FORMATS if f in pipeline._TABLE_EXPORTS]
    exports_seconds = sum(cost[f] for f in exports)
    # a child's exports need no digests, its TriG waits for them, the parent's writers all come after them
    assert pipeline._share_seconds([exports], cost, False, 5.0) == pytest.approx(exports_seconds)
    assert pipeline._share_seconds([exports, ["trig"]], cost, False, 5.0) == pytest.approx(5.0 + cost["trig"])
    assert pipeline._share_seconds([exports], cost, True, 5.0) == pytest.approx(5.0 + exports_seconds)
    # the store's thread starts when its Turtle is written: it may end its share
    assert pipeline._share_seconds([["ttl", "store"]], cost, True, 0.0) == pytest.approx(cost["ttl"] + cost["store"])

    rebuild = pipeline._shares(list(ALL_FORMATS), 2, rebuild=True)
    assert sorted(f for share in rebuild for f in share) == sorted(ALL_FORMATS) and len(rebuild) == 2
    units = pipeline._units(list(ALL_FORMATS))

    def seconds(shares, digests):
        groups = [[u for u in units if u[0] in share] for share in shares]
        return max(pipeline._share_seconds(g, cost, i == 0, digests) for i, g in enumerate(groups))

    # with the head start counted, the shares end sooner than the clean build's or the same grouping with
    # the parent and the child swapped (where the parent would make the digests and then write the exports)
    clean = pipeline._shares(list(ALL_FORMATS), 2)
    head = pipeline._REBUILD_DIGESTS
    assert seconds(rebuild, head) <= seconds(clean, head)
    assert seconds(rebuild, head) < seconds(rebuild[::-1], head)
    assert any(f in pipeline._TABLE_EXPORTS for f in rebuild[1]) and not any(f in exports for f in rebuild[0])
    assert rebuild[0][:2] == ["ttl", "store"]
    assert pipeline._shares(list(ALL_FORMATS), 1, rebuild=True) == [[f for u in units for f in u]]


def test_write_outputs_balances_by_rebuild_costs_when_the_indexes_are_there(tmp_path, monkeypatch):
    from graph.records import KnowledgeGraph

    asked: list[bool] = []
    real = pipeline._shares

    def spy(formats, jobs, rebuild=False):
        asked.append(rebuild)
        return real(formats, jobs, rebuild)

    monkeypatch.setattr(pipeline, "_shares", spy)
    kg = build_graph([SOURCES])
    pipeline.write_outputs(kg, tmp_path, ("ttl", "html", "csv"), jobs=2)
    pipeline.write_outputs(kg, tmp_path, ("ttl", "html", "csv"), jobs=2)
    pipeline.write_outputs(KnowledgeGraph(), tmp_path / "other", ("csv",), jobs=2)  # nothing to splice
    assert asked == [False, True, False]
