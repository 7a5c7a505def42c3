"""Start-up: a cold one-document `kg build` next to a bare jieba start (issue 13: ≤ 2 s and ≤ 2×).

Each run is a new process into a new output folder with --no-cache, so nothing of an earlier
build is reused except what every installation keeps: jieba's own dictionary cache and our
gazetteer index (graph/index.py), both built on first use; a warm-up run builds them first.
Prints the median and the spread of RUNS runs of each, and their ratio.

    python bench/startup_bench.py [DOCUMENT] [--runs N]     (default: sources/000_*.txt, 5 runs)
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JIEBA = "import jieba; jieba.lcut('中共北京市海淀区委员会书记在会上讲话。')"


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def build_command(document: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "graph.cli", "build", str(document), "-o", str(out), "--no-cache", "--no-progress"]


def measure(document: Path, runs: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="kg-startup-") as tmp:
        timed(build_command(document, Path(tmp) / "warm"))  # first use builds the caches every install keeps
        timed([sys.executable, "-c", JIEBA])
        times: dict[str, list[float]] = {"bare jieba": [], "kg build, one document": []}
        for run in range(runs):  # interleaved, so that a busy moment of the machine hits both
            times["bare jieba"].append(timed([sys.executable, "-c", JIEBA]))
            times["kg build, one document"].append(timed(build_command(document, Path(tmp) / f"out{run}")))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("document", nargs="?", default=str(next((ROOT / "sources").glob("000_*.txt"))),
                        help="the document to build (default: sources/000_*.txt)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default: 5)")
    args = parser.parse_args()
    document = Path(args.document)
    times = measure(document, args.runs)
    print(f"{document.name}, {len(document.read_text(encoding='utf-8')):,} characters, {args.runs} runs each")
    for name, values in times.items():
        print(f"  {name:<24} median {statistics.median(values):.2f} s  (min {min(values):.2f}, max {max(values):.2f})")
    ratio = statistics.median(times["kg build, one document"]) / statistics.median(times["bare jieba"])
    print(f"  ratio                    {ratio:.2f}x  (target: ≤ 2 s and ≤ 2x)")


if __name__ == "__main__":
    main()
