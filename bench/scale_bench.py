"""Scale benchmark (not a test): the full xwlb-news build, its rebuild, and per-core throughput.

    python bench/scale_bench.py [--corpus ../shared/corpora/xwlb-news/articles.jsonl] [--jobs 2]
                                [--sample-chars 1500000] [--skip-throughput]

1. Per-core throughput, in this process after warm-up: clean+extract chars/s next to
   jieba.posseg and jieba.cut on the same documents.
2. Clean build of the corpus (copied to a temp folder) -> every output format, with --jobs, in a
   child process; wall time, chars/s, seconds per stage, peak RSS of the whole process tree
   (psutil polling of the sum, and getrusage(RUSAGE_CHILDREN) for the largest single process).
3. Rebuild after touching the copied corpus (new mtime, same bytes), then after appending one record
   to it (the cache from step 2 is warm), each as a percentage of the clean build.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "xwlb-news" / "articles.jsonl"


def _child(args: argparse.Namespace) -> None:
    """Run one build and print its report as JSON (run in a child process so RSS is its own)."""
    sys.path.insert(0, str(ROOT))
    from graph.pipeline import _writers, build

    report = build([args.corpus], args.out, tuple(_writers()), jobs=args.jobs)
    print(json.dumps({"documents": report.documents, "entities": report.entities, "relations": report.relations,
                      "errors": len(report.errors), "seconds": report.seconds, "characters": report.characters,
                      "cached": report.cached, "extracted": report.extracted, "timings": report.timings}))


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run_build(corpus: Path, out: Path, jobs: int) -> tuple[dict, float, int]:
    """(report, wall seconds, peak summed RSS of the child's process tree in bytes)."""
    cmd = [sys.executable, __file__, "--child", "--corpus", str(corpus), "--out", str(out), "--jobs", str(jobs)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    peak = [0]
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            stop.wait(0.2)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    stdout, _ = proc.communicate()
    wall = time.perf_counter() - started
    stop.set()
    watcher.join()
    if proc.returncode not in (0, 2):
        raise SystemExit(f"build failed with exit code {proc.returncode}")
    return json.loads(stdout.strip().splitlines()[-1]), wall, peak[0]


def throughput(corpus: Path, sample_chars: int) -> dict[str, float]:
    """chars/s on one core for clean+extract, jieba.posseg and jieba.cut over the same documents."""
    sys.path.insert(0, str(ROOT))
    import jieba
    import jieba.posseg

    from graph.pipeline import extract_document, warm_up
    from graph.read import iter_documents
    from graph.records import Document

    docs: list[Document] = []
    chars = 0
    for item in iter_documents([corpus]):
        if isinstance(item, Document):
            docs.append(item)
            chars += len(item.text)
            if chars >= sample_chars:
                break
    warm_up()
    jieba.initialize()
    figures = {"sample_chars": float(chars), "sample_docs": float(len(docs))}
    for name, fn in (("clean+extract", extract_document),
                     ("jieba.posseg", lambda d: list(jieba.posseg.cut(d.text))),
                     ("jieba.cut", lambda d: list(jieba.cut(d.text)))):
        started = time.process_time()  # CPU time of this process: other users of the machine do not count
        for doc in docs:
            fn(doc)
        figures[name] = chars / (time.process_time() - started)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample-chars", type=int, default=1_500_000)
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: corpus not found")

    if not args.skip_throughput:
        fig = throughput(args.corpus, args.sample_chars)
        print(f"throughput per core on {fig['sample_docs']:.0f} documents, {fig['sample_chars']:,.0f} chars (CPU time):")
        for name in ("clean+extract", "jieba.posseg", "jieba.cut"):
            print(f"  {name:14s} {fig[name]:>10,.0f} chars/s")

    with tempfile.TemporaryDirectory(prefix="scale_bench.") as tmp:
        corpus = Path(tmp) / "corpus" / args.corpus.name
        corpus.parent.mkdir()
        shutil.copyfile(args.corpus, corpus)
        out = Path(tmp) / "out"
        report, wall, peak = run_build(corpus, out, args.jobs)
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        print(f"clean build, --jobs {args.jobs}: {report['documents']} documents, {report['entities']} entities, "
              f"{report['relations']} relations, {report['errors']} errors")
        print(f"  wall {wall:.1f} s (library {report['seconds']:.1f} s), {report['characters'] / wall:,.0f} chars/s, "
              f"peak RSS of the process tree {peak / 2**20:,.0f} MiB (largest single process {largest / 2**20:,.0f} MiB)")
        print("  stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in report["timings"].items()))
        sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
        print("  outputs: " + ", ".join(f"{k} {v / 2**20:.1f} MiB" for k, v in sorted(sizes.items())))

        # touch the corpus file (new mtime, same bytes): the manifest sees nothing changed
        os.utime(corpus)
        touched, wall_t, _ = run_build(corpus, out, args.jobs)
        print(f"rebuild after touching the corpus (same content): {touched['extracted']} extracted, "
              f"wall {wall_t:.1f} s = {100 * wall_t / wall:.1f} % of the clean build")

        # edit: append a new record (a copy of the first one under a new id)
        with open(corpus, "rb") as handle:
            first = json.loads(handle.readline())
        first["id"] = f"{first['id']}-bench-touched"
        first["text"] += "（本条为基准测试追加）"
        with open(corpus, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(first, ensure_ascii=False) + "\n")
        again, wall2, peak2 = run_build(corpus, out, args.jobs)
        print(f"rebuild after appending one record: {again['extracted']} extracted, {again['cached']} from cache, "
              f"wall {wall2:.1f} s = {100 * wall2 / wall:.1f} % of the clean build; peak RSS {peak2 / 2**20:,.0f} MiB")
        print("  stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in again["timings"].items()))


if __name__ == "__main__":
    main()
