"""Where a rebuild's time goes (not a test): each phase of `kg build` timed on its own, in one process.

    python bench/rebuild_profile.py CORPUS OUTDIR [--formats all|default]

OUTDIR must hold a build of CORPUS as it was before the change (its .cache, .kg-blocks and outputs);
the phases are the ones _build_locked runs, in order, each timed alone (the writers one after another,
not in parallel as a build runs them, so that each figure is that writer's own):

  inputs         manifest.input_state: read and hash every input
  state          read back the pooled state the last build saved (graph/mergestate.py)
  changes        read the inputs again; take the graphs of changed documents out of the state, add the new
                 ones (a miss is extracted here, in-process, the extractor loaded first)
  merge          graph.resolve.merge_pooled: resolution over the whole pooled state, and the merged graph
  extract+merge  the three as the build runs them (graph.pipeline.build_graph, two jobs: the changed
                 documents are extracted by a worker that warmed up while the state was read)
  digests        the records' digests, made once for the block writers (graph.write.rdf.prepare)
  <format>       each writer into a scratch folder, splicing OUTDIR's previous file (ttl, trig, jsonld, html) and
                 updating OUTDIR's previous store

Without a pooled state in OUTDIR (a build by older code), "lookup" (decode every cached graph) and "merge"
(pool and resolve) take the place of the first three.

The exports of nodes and edges share one Tables, as in a build (the first of them, graphml, pays for making
it). Known gap: jsonld timed alone here takes its whole-file time (6.5 s on xwlb-news where a build's rebuild
spends 0.4 s on it): read its figure from the build's own timings (`kg build` reports them; scale_bench prints them).

Nothing in OUTDIR changes: the writers write into a temporary folder, the extraction cache is copied there
first, and the block indexes (OUTDIR/.kg-blocks, which a splicing writer replaces) are put back after.
"""
from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--formats", default="all")
    args = parser.parse_args()

    started = time.perf_counter()
    from graph import manifest, mergestate
    from graph.cache import DocGraphCache
    from graph.pipeline import (DEFAULT_FORMATS, ExtractStats, _lookup, _pool_changes, _writers, build_graph,
                                default_cache_dir, extract_document, iter_doc_graphs)
    from graph.records import DocGraph
    from graph.resolve import merge, merge_pooled

    formats = tuple(_writers()) if args.formats == "all" else DEFAULT_FORMATS
    # (wall, CPU) seconds: on a shared machine the CPU time of this process is the steadier figure
    figures: dict[str, tuple[float, float]] = {"imports": (time.perf_counter() - started, time.process_time())}

    def timed(name, fn):
        t, c = time.perf_counter(), time.process_time()
        value = fn()
        figures[name] = (time.perf_counter() - t, time.process_time() - c)
        return value

    timed("inputs", lambda: manifest.input_state([args.corpus], formats))
    # a copy of the extraction cache (and of the pooled state beside it), so that the changed document is a
    # miss in every phase and every run
    scratch_cache = Path(tempfile.mkdtemp(prefix="rebuild_profile-cache."))
    shutil.copytree(default_cache_dir(args.outdir), scratch_cache, dirs_exist_ok=True)
    cache = DocGraphCache(scratch_cache)
    saved = timed("state", lambda: mergestate.load(scratch_cache))
    if saved is not None:
        # the documents the saved state lacks or holds another version of; a miss is extracted in-process here
        pull = partial(iter_doc_graphs, [args.corpus], [], cache=cache, stats=ExtractStats())
        state = timed("changes", lambda: _pool_changes(saved, pull, cache))
        kg = timed("merge", lambda: merge_pooled(state.pooling))
        del state, kg
    else:
        print("no pooled state in OUTDIR: timing a build that pools every cached graph")
        graphs = timed("lookup", lambda: [g if isinstance(g, DocGraph) else extract_document(g)
                                          for g in _lookup([args.corpus], [], cache, {}, ExtractStats())])
        kg = timed("merge", lambda: merge(graphs))
        del graphs, kg
    shutil.rmtree(scratch_cache)
    shutil.copytree(default_cache_dir(args.outdir), scratch_cache, dirs_exist_ok=True)
    # and as the build runs them (collector settings, worker warm-up and all)
    kg = timed("extract+merge", lambda: build_graph([args.corpus], jobs=2, cache_dir=scratch_cache))
    shutil.rmtree(scratch_cache)
    gc.freeze()  # as the build does before its writers (graph/pipeline.py: _write_in_parallel)
    with tempfile.TemporaryDirectory(prefix="rebuild_profile.") as tmp:
        scratch = Path(tmp)
        from graph.pipeline import _write_store
        from graph.write.memo import MEMO_DIRNAME

        if (args.outdir / MEMO_DIRNAME).exists():
            shutil.copytree(args.outdir / MEMO_DIRNAME, scratch / MEMO_DIRNAME)
        table = _writers()
        from graph.write import rdf

        prepared = timed("digests", lambda: rdf.prepare(kg))  # as write_outputs does before the writers fork
        from graph.write import exports

        tables = exports.prepare(kg)
        for fmt in formats:
            name, writer = table[fmt]
            if fmt == "store":
                timed(fmt, lambda: _write_store(kg, scratch / name, previous=args.outdir))
            elif fmt in ("ttl", "trig", "jsonld", "html"):
                timed(fmt, lambda: writer(kg, scratch / name, previous=args.outdir, prepared=prepared))
            else:
                # the exports of nodes and edges splice OUTDIR's previous file too and share one Tables (made
                # lazily: the first of them pays for it), as a build's writers do
                timed(fmt, lambda: writer(kg, scratch / name, previous=args.outdir, prepared=tables))
        if (scratch / MEMO_DIRNAME).exists():
            shutil.rmtree(args.outdir / MEMO_DIRNAME, ignore_errors=True)
            shutil.copytree(scratch / MEMO_DIRNAME, args.outdir / MEMO_DIRNAME)
    print(f"{'phase':10s} {'wall':>7s} {'CPU':>7s}")
    for name, (wall, cpu) in figures.items():
        print(f"{name:10s} {wall:6.2f}s {cpu:6.2f}s")
    print(f"{'total':10s} {sum(w for w, _ in figures.values()):6.2f}s {sum(c for _, c in figures.values()):6.2f}s")


if __name__ == "__main__":
    main()
