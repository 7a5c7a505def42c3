"""Scale benchmark (not a test): the full xwlb-news build, its rebuild, and per-core throughput.

    python bench/scale_bench.py [--corpus ../shared/corpora/xwlb-news/articles.jsonl] [--jobs 2]
                                [--sample-chars 1500000] [--skip-throughput] [--engine local|dask]
                                [--reference cached|clean|none]

1. Per-core throughput, in this process after warm-up: clean+extract chars/s next to
   jieba.posseg and jieba.cut on the same documents.
2. Clean build of the corpus (copied to a temp folder) -> every output format, with --jobs, in a
   child process; wall time, chars/s, seconds per stage, peak RSS of the whole process tree
   (psutil polling of the sum, and getrusage(RUSAGE_CHILDREN) for the largest single process).
3. Rebuild after touching the copied corpus (new mtime, same bytes), then after editing one item,
   adding one and removing one (the cache from step 2 is warm), each as a percentage of the clean
   build, and each rebuild's outputs compared byte for byte with a build of the same inputs into a
   fresh folder (--reference).
4. Seconds from starting `kg query` and `kg serve` to their first answer on the built graph.

The package's bytecode is written first (_compile_package), as an installed package has it.
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
ENGINE = ["local"]  # the --engine of this run, for the child builds
STATE_NAME = "pooled.msgpack"  # graph.mergestate.STATE_NAME (this script imports nothing of graph at start)


def _child(args: argparse.Namespace) -> None:
    """Run one build and print its report as JSON (run in a child process so RSS is its own)."""
    sys.path.insert(0, str(ROOT))
    from graph.cli import exit_now
    from graph.pipeline import _writers, build

    report = build([args.corpus], args.out, tuple(_writers()), jobs=args.jobs, engine=args.engine,
                   cache_dir=args.cache_dir)
    print(json.dumps({"documents": report.documents, "entities": report.entities, "relations": report.relations,
                      "errors": len(report.errors), "seconds": report.seconds, "characters": report.characters,
                      "cached": report.cached, "extracted": report.extracted, "timings": report.timings}))
    exit_now(0)  # as `kg` ends (graph/cli.py): the build's objects are not torn down one by one


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


def run_build(corpus: Path, out: Path, jobs: int, cache_dir: Path | None = None) -> tuple[dict, float, int]:
    """(report, wall seconds, peak summed RSS of the child's process tree in bytes)."""
    cmd = [sys.executable, __file__, "--child", "--corpus", str(corpus), "--out", str(out), "--jobs", str(jobs),
           "--engine", ENGINE[0]]
    if cache_dir is not None:
        cmd += ["--cache-dir", str(cache_dir)]
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
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--reference", choices=("cached", "clean", "none"), default="cached",
                        help="what each rebuild is compared with: a build into a fresh folder reusing the extraction "
                             "cache (cached), a clean build with none (clean, ~1 clean build each), or nothing")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    ENGINE[0] = args.engine
    if args.child:
        _child(args)
        return
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: corpus not found")
    _compile_package()

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

        # edit one item, add one, remove one: each rebuild timed against the clean build, and its outputs
        # compared with a build of the same inputs into a fresh folder (no previous outputs or store;
        # with --reference clean also without the extraction cache, a clean build in the full sense)
        for change in ("edit", "add", "remove"):
            reference_cache = Path(tmp) / f"cache-before-{change}"
            if args.reference == "cached":
                shutil.copytree(out / ".cache", reference_cache)
                # the reference pools every graph: only the extraction is taken from the cache
                (reference_cache / STATE_NAME).unlink(missing_ok=True)
            _change_corpus(corpus, change)
            again, wall2, peak2 = run_build(corpus, out, args.jobs)
            print(f"rebuild after {change} of one item: {again['extracted']} extracted, {again['cached']} from cache, "
                  f"wall {wall2:.1f} s = {100 * wall2 / wall:.1f} % of the clean build; peak RSS {peak2 / 2**20:,.0f} MiB")
            print("  stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in again["timings"].items()))
            if args.reference == "none":
                continue
            ref = Path(tmp) / f"reference-{change}"
            _, wall_r, _ = run_build(corpus, ref, args.jobs,
                                     cache_dir=reference_cache if args.reference == "cached" else None)
            different = compare_outputs(out, ref)
            print(f"  outputs vs a build of the same inputs into a fresh folder ({args.reference}, {wall_r:.1f} s): "
                  + ("byte-identical" if not different else f"DIFFERENT: {', '.join(different)}"))
            shutil.rmtree(ref)
            shutil.rmtree(reference_cache, ignore_errors=True)

        for verb in ("query", "serve"):
            print(f"kg {verb}, first answer on the built graph: {first_answer(out, verb):.2f} s after start "
                  f"(store: {_store_state(out)})")


def _compile_package() -> None:
    """The package's bytecode in __pycache__, as pip writes it when it installs a package: the builds timed here
    then start as a user's do.  Without it, where PYTHONDONTWRITEBYTECODE is set (this workplace sets it) every
    build compiled the package's modules again, 0.1-0.2 s of each (2-3 % of a rebuild)."""
    import compileall

    compileall.compile_dir(ROOT / "graph", quiet=1)


def _change_corpus(corpus: Path, change: str) -> None:
    """edit: a sentence appended to the 100th item; add: a copy of the first item under a new id;
    remove: the 200th item deleted."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    if change == "edit":
        item = json.loads(lines[99])
        item["text"] += "\n浙江省绍兴市上虞区百官街道党工委书记王建国出席活动。"
        lines[99] = json.dumps(item, ensure_ascii=False) + "\n"
    elif change == "add":
        item = json.loads(lines[0])
        item["id"] = f"{item['id']}-bench-added"
        item["text"] += "（本条为基准测试追加）"
        lines.append(json.dumps(item, ensure_ascii=False) + "\n")
    else:
        del lines[199]
    corpus.write_text("".join(lines), encoding="utf-8")


def compare_outputs(a: Path, b: Path) -> list[str]:
    """Names of output files that differ (or exist in one folder only); the query store's database
    files and hidden files (cache, lock, record) are not outputs to compare byte for byte."""
    def files(root: Path) -> dict[str, Path]:
        return {p.relative_to(root).as_posix(): p for p in root.rglob("*")
                if p.is_file() and not any(part.startswith(".") or part == "graph.store"
                                           for part in p.relative_to(root).parts)}
    fa, fb = files(a), files(b)
    return sorted(name for name in fa.keys() | fb.keys()
                  if name not in fa or name not in fb or fa[name].read_bytes() != fb[name].read_bytes())


def _store_state(out: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from graph.query import graph_source

    source = graph_source(out / "graph.ttl")
    return "used" if source.store is not None else source.notice


def first_answer(out: Path, verb: str) -> float:
    """Seconds from starting `kg query` / `kg serve` to its first answer (a count of people)."""
    import socket
    import urllib.parse
    import urllib.request

    sparql = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a ont:Person }"
    kg = [sys.executable, "-m", "graph.cli"]
    started = time.perf_counter()
    if verb == "query":
        subprocess.run([*kg, "query", str(out / "graph.ttl"), sparql], check=True, capture_output=True, cwd=ROOT)
        return time.perf_counter() - started
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([*kg, "serve", str(out), "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": sparql})
    try:
        while True:
            try:
                with urllib.request.urlopen(url, timeout=60) as response:
                    response.read()
                return time.perf_counter() - started
            except OSError:
                if server.poll() is not None:
                    raise SystemExit("kg serve ended before answering")
                time.sleep(0.02)
    finally:
        server.terminate()
        server.wait()

if __name__ == "__main__":
    main()
