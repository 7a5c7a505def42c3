"""How fast is the per-document cache?  Stores and reads the DocGraphs of the first N xwlb-news items
(../shared/corpora/xwlb-news/articles.jsonl) in the SQLite/JSON cache (graph/cache.py), next to the
pickle-per-file layout it replaced, and prints ms per 1,000
entries.  Usage: python bench/cache_bench.py [N]   (default 3000)
"""
from __future__ import annotations

import itertools
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

from graph.cache import DocGraphCache
from graph.pipeline import extract_document
from graph.records import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "xwlb-news" / "articles.jsonl"


def graphs(n: int) -> list:
    with CORPUS.open(encoding="utf-8") as handle:
        items = [json.loads(line) for line in itertools.islice(handle, n)]
    return [extract_document(Document(str(i.get("id", k)), f"x#{k}", i["text"], str(i.get("title") or ""),
                                      str(i.get("date") or ""), str(i.get("url") or ""))) for k, i in enumerate(items)]


def timed(func) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def main(n: int = 3000) -> None:
    gs = graphs(n)
    keys = [f"{k:040x}" for k in range(len(gs))]
    with tempfile.TemporaryDirectory() as tmp:
        cache = DocGraphCache(Path(tmp) / "sqlite-json")
        put = timed(lambda: [cache.put(k, g) for k, g in zip(keys, gs)])
        cache.close()
        cache = DocGraphCache(Path(tmp) / "sqlite-json")
        got = []
        get = timed(lambda: got.extend(cache.get(k) for k in keys))
        assert got == gs
        size = cache.path.stat().st_size
        cache.close()
        rows = {"sqlite + JSON (this cache)": (put, get, size)}

        folder = Path(tmp) / "pickle"
        def pickle_put():
            for k, g in zip(keys, gs):
                path = folder / k[:2] / f"{k}.pickle"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(pickle.dumps((k, g), protocol=pickle.HIGHEST_PROTOCOL))
        put = timed(pickle_put)
        get = timed(lambda: [pickle.loads((folder / k[:2] / f"{k}.pickle").read_bytes()) for k in keys])
        rows["pickle, one file each (before)"] = (put, get, sum(p.stat().st_size for p in folder.rglob("*.pickle")))

    print(f"{len(gs)} document graphs, {sum(len(g.entities) for g in gs)} entities, "
          f"{sum(len(g.relations) for g in gs)} relations")
    print(f"{'store':<40}{'put ms/1000':>12}{'get ms/1000':>12}{'MB':>8}")
    for name, (put, get, size) in rows.items():
        print(f"{name:<40}{put / len(gs) * 1e6:>12.0f}{get / len(gs) * 1e6:>12.0f}{size / 1e6:>8.1f}")


if __name__ == "__main__":
    if not CORPUS.is_file():
        sys.exit(f"cache_bench: needs the xwlb-news corpus at {CORPUS} (the project's ../shared folder)")
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
