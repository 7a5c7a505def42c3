"""Where a rebuild's time goes (not a test): each phase of `kg build` timed on its own, in one process.

    python bench/rebuild_profile.py CORPUS OUTDIR [--formats all|default]

OUTDIR must hold a build of CORPUS as it was before the change (its .cache, .kg-blocks and outputs);
the phases are the ones _build_locked runs, in order, each timed alone (the writers one after another,
not in parallel as a build runs them, so that each figure is that writer's own):

  inputs        manifest.input_state: read and hash every input
  lookup        read the inputs again, look each document up in the extraction cache and decode it
  merge         graph.resolve.merge over the cached document graphs (pooling, resolution, rebuild)
  lookup+merge  the two as the build runs them (graph.pipeline.build_graph: merged as they are decoded)
  digests       the records' digests, made once for the block writers (graph.write.rdf.prepare)
  <format>      each writer into a scratch folder, splicing OUTDIR's previous file (ttl, trig, jsonld) and
                updating OUTDIR's previous store

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
    from graph import manifest
    from graph.cache import DocGraphCache
    from graph.pipeline import DEFAULT_FORMATS, build_graph, ExtractStats, _lookup, _writers, default_cache_dir, extract_document
    from graph.records import DocGraph
    from graph.resolve import merge

    formats = tuple(_writers()) if args.formats == "all" else DEFAULT_FORMATS
    # (wall, CPU) seconds: on a shared machine the CPU time of this process is the steadier figure
    figures: dict[str, tuple[float, float]] = {"imports": (time.perf_counter() - started, time.process_time())}

    def timed(name, fn):
        t, c = time.perf_counter(), time.process_time()
        value = fn()
        figures[name] = (time.perf_counter() - t, time.process_time() - c)
        return value

    timed("inputs", lambda: manifest.input_state([args.corpus], formats))
    # a copy of the extraction cache, so that the changed document is a miss in every phase and every run
    scratch_cache = Path(tempfile.mkdtemp(prefix="rebuild_profile-cache."))
    shutil.copytree(default_cache_dir(args.outdir), scratch_cache, dirs_exist_ok=True)
    cache = DocGraphCache(scratch_cache)
    # a miss (the edited or added document) is extracted here, inside the lookup's time
    graphs = timed("lookup", lambda: [g if isinstance(g, DocGraph) else extract_document(g)
                                      for g in _lookup([args.corpus], [], cache, {}, ExtractStats())])
    kg = timed("merge", lambda: merge(graphs))
    del graphs, kg
    # and the two as the build runs them (merged as the cached graphs are decoded, collector settings and all)
    kg = timed("lookup+merge", lambda: build_graph([args.corpus], cache_dir=scratch_cache))
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

        timed("digests", lambda: rdf.prepare(kg))  # as write_outputs does before the writers fork
        for fmt in formats:
            name, writer = table[fmt]
            if fmt == "store":
                timed(fmt, lambda: _write_store(kg, scratch / name, previous=args.outdir))
            elif fmt in ("ttl", "trig", "jsonld"):
                timed(fmt, lambda: writer(kg, scratch / name, previous=args.outdir))
            else:
                timed(fmt, lambda: writer(kg, scratch / name))
        if (scratch / MEMO_DIRNAME).exists():
            shutil.rmtree(args.outdir / MEMO_DIRNAME, ignore_errors=True)
            shutil.copytree(scratch / MEMO_DIRNAME, args.outdir / MEMO_DIRNAME)
    print(f"{'phase':10s} {'wall':>7s} {'CPU':>7s}")
    for name, (wall, cpu) in figures.items():
        print(f"{name:10s} {wall:6.2f}s {cpu:6.2f}s")
    print(f"{'total':10s} {sum(w for w, _ in figures.values()):6.2f}s {sum(c for _, c in figures.values()):6.2f}s")


if __name__ == "__main__":
    main()
