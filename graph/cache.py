"""Incremental build cache: one pickled DocGraph per document, keyed by what determines it.

A document graph depends only on the document (id, source, title, date, url, text) and on the
extraction code and its reference data.  The key is the sha1 of all of these, so an edited
document, a moved file or new extractor code each miss the cache, and everything else is reused.
The code fingerprint covers the files of the per-document stages (not only EXTRACTOR_VERSION),
because a forgotten version bump must not silently serve stale graphs.

Layout: CACHE_DIR/ab/abcdef....pickle (two-level fan-out keeps directories small at 10^5 files).
Entries are written through graph/write/atomic.py; an unreadable or foreign entry is treated as a
miss (and overwritten by the recomputed graph), never as an error.
"""
from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path

from .records import DocGraph, Document
from .write.atomic import atomic_write

CACHE_FORMAT = "1"  # bump when the entry layout below changes
_PACKAGE = Path(__file__).resolve().parent
# the per-document stages and the data they load; the writers and orchestration do not change a DocGraph
_STAGE_FILES = ("records.py", "clean.py", "gazetteer.py", "ner.py", "resolve.py")
_STAGE_DIRS = ("extract", "data")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha1 over EXTRACTOR_VERSION and the bytes of the per-document stage code and data."""
    from .extract import EXTRACTOR_VERSION

    h = hashlib.sha1(f"cache {CACHE_FORMAT} extractor {EXTRACTOR_VERSION}\n".encode())
    files = [_PACKAGE / name for name in _STAGE_FILES]
    for folder in _STAGE_DIRS:
        files.extend(p for p in (_PACKAGE / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in sorted(files):
        if path.is_file():
            h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            h.update(hashlib.sha1(path.read_bytes()).digest())
    return h.hexdigest()


def document_key(doc: Document, fingerprint: str | None = None) -> str:
    """The cache key of one document: every Document field that reaches the DocGraph, plus the code."""
    h = hashlib.sha1((fingerprint or code_fingerprint()).encode())
    for part in (doc.id, doc.source, doc.title, doc.date, doc.url):
        # length-prefixed so that ("ab", "c") and ("a", "bc") cannot collide
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little") + data)
    h.update(doc.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class DocGraphCache:
    """Per-document DocGraph store in a folder; counts hits, misses and ignored bad entries."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0
        self.corrupt = 0

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> DocGraph | None:
        try:
            data = self.path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            stored_key, graph = pickle.loads(data)
        except Exception:  # truncated, garbage, or classes that no longer exist: recompute
            graph, stored_key = None, None
        if stored_key != key or not isinstance(graph, DocGraph):
            self.corrupt += 1
            self.misses += 1
            return None
        self.hits += 1
        return graph

    def put(self, key: str, graph: DocGraph) -> None:
        # the key is stored inside too, so a file renamed or copied to the wrong name is detected
        atomic_write(self.path(key), pickle.dumps((key, graph), protocol=pickle.HIGHEST_PROTOCOL))
