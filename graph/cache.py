"""Incremental build cache: one DocGraph per document, stored as plain data, keyed by what determines it.

A document graph depends only on the document (id, source, title, date, url, text) and on the
extraction code and its reference data.  The key is the sha1 of all of these, so an edited
document, a moved file or new extractor code each miss the cache, and everything else is reused.
The code fingerprint covers the files of the per-document stages (not only EXTRACTOR_VERSION),
because a forgotten version bump must not silently serve stale graphs.

Storage: one SQLite file, CACHE_DIR/docgraphs.sqlite, table entries(key, data), where data is the
DocGraph as JSON arrays (see `encode`), UTF-8.  Nothing in it can run code when read (the cache
used to be pickle, so an output folder received from someone else could execute whatever a crafted
entry said); `decode` checks every field's type, and an entry that is unreadable, of a foreign
shape or stored under another key is a miss (and is overwritten by the recomputed graph), never an
error.  SQLite gives atomic writes and safe concurrent readers and writers (two builds sharing a
--cache-dir) without one file per document.  Measured in bench/cache_bench.py.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Any

from .records import DocGraph, Document, DocumentInfo, Entity, Evidence, Relation

CACHE_FORMAT = "2"  # bump when the entry layout below changes (1 was pickle)
DB_NAME = "docgraphs.sqlite"
_PACKAGE = Path(__file__).resolve().parent
# the per-document stages and the data they load (datacache.py: the tables derived from jieba's dictionary that
# they read); the writers, orchestration and the merge (resolve.py, which reads the DocGraphs and imports from the
# stages, never the other way) do not change a DocGraph
_STAGE_FILES = ("records.py", "clean.py", "gazetteer.py", "index.py", "ner.py", "datacache.py", "titles.py")
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


# --- the entry format: a DocGraph as nested JSON arrays ---------------------------------------


class ForeignEntry(ValueError):
    """The stored data is not a DocGraph of this format."""


def _evidence(ev: Evidence) -> list:
    return [ev.document, ev.sentence, ev.start, ev.end]


def encode(key: str, graph: DocGraph) -> bytes:
    """[format, key, document, entities, relations]; lone surrogates survive (surrogatepass)."""
    d = graph.document
    data = [CACHE_FORMAT, key, [d.id, d.source, d.title, d.date, d.url, d.sha1],
            [[e.key, e.type, e.name, sorted(e.aliases), e.code, [_evidence(v) for v in e.evidence], e.lat, e.lon]
             for e in graph.entities],
            [[r.head, r.predicate, r.tail, r.role, [_evidence(v) for v in r.evidence]] for r in graph.relations]]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def _str(value: Any) -> str:
    if type(value) is not str:
        raise ForeignEntry(f"expected a string, got {type(value).__name__}")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise ForeignEntry(f"expected an integer, got {type(value).__name__}")
    return value


def _float(value: Any) -> float | None:
    if value is None or type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise ForeignEntry(f"expected a number, got {type(value).__name__}")


def _list(value: Any, length: int | None = None) -> list:
    if type(value) is not list or (length is not None and len(value) != length):
        raise ForeignEntry("unexpected shape")
    return value


_EVIDENCE_TYPES = [str, str, int, int]


def _decode_evidence(value: Any, sentences: dict[str, str]) -> tuple[Evidence, ...]:
    """A list of [document, sentence, start, end]; equal sentences become one string object (an
    entity's mention and a fact read in one sentence share it: less memory, and faster lookups later)."""
    out = []
    for item in _list(value):
        if type(item) is not list or list(map(type, item)) != _EVIDENCE_TYPES:
            raise ForeignEntry("unexpected evidence")
        document, sentence, start, end = item
        out.append(Evidence(document, sentences.setdefault(sentence, sentence), start, end))
    return tuple(out)


def _strings(value: Any) -> list[str]:
    if type(value) is not list or not set(map(type, value)) <= {str}:
        raise ForeignEntry("expected a list of strings")
    return value


def decode(data: bytes, key: str) -> DocGraph:
    """The DocGraph stored under `key`; ForeignEntry (or ValueError) for anything else.  Every value's
    type is checked (a crafted entry must not reach the writers), with checks that run in C where they can:
    this runs for every cached document of every rebuild."""
    fmt, stored_key, doc, entities, relations = _list(json.loads(data.decode("utf-8", "surrogatepass")), 5)
    if fmt != CACHE_FORMAT or stored_key != key:
        raise ForeignEntry("another format or another key")
    info = DocumentInfo(*_strings(_list(doc, 6)))
    sentences: dict[str, str] = {}
    ents = []
    for item in _list(entities):
        ekey, etype, name, aliases, code, evidence, lat, lon = _list(item, 8)
        ents.append(Entity(_str(ekey), _str(etype), _str(name), frozenset(_strings(aliases)), _str(code),
                           _decode_evidence(evidence, sentences), _float(lat), _float(lon)))
    rels = []
    for item in _list(relations):
        head, predicate, tail, role, evidence = _list(item, 5)
        rels.append(Relation(_str(head), _str(predicate), _str(tail), _str(role),
                             _decode_evidence(evidence, sentences)))
    return DocGraph(info, tuple(ents), tuple(rels))


# --- the store ------------------------------------------------------------------------------


def _open(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=60, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")  # readers never block the writer, and vice versa
        db.execute("PRAGMA synchronous=NORMAL")  # a crash may lose the last entries, never corrupt the file
        db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        db.execute("SELECT count(*) FROM entries WHERE key = ''").fetchone()  # readable, right columns
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


class DocGraphCache:
    """Per-document DocGraph store in a folder; counts hits, misses and ignored bad entries.

    The SQLite connection is opened on first use (so an instance pickles to a worker unopened)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0
        self.corrupt = 0
        self._db: sqlite3.Connection | None = None

    @property
    def path(self) -> Path:
        return self.folder / DB_NAME

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            try:
                self._db = _open(self.path)
            except sqlite3.DatabaseError:
                # not a database (damaged, or crafted): set it aside, never read it, start afresh
                self.path.replace(self.path.with_name(f"{DB_NAME}.unreadable"))
                self._db = _open(self.path)
        return self._db

    def get(self, key: str) -> DocGraph | None:
        try:
            row = self._connect().execute("SELECT data FROM entries WHERE key = ?", (key,)).fetchone()
        except (sqlite3.DatabaseError, OSError):  # damaged file, unreadable folder: a miss
            row = None
        if row is None:
            self.misses += 1
            return None
        try:
            graph = decode(bytes(row[0]) if not isinstance(row[0], bytes) else row[0], key)
        except (ValueError, TypeError, UnicodeDecodeError, RecursionError):
            self.corrupt += 1
            self.misses += 1
            return None
        self.hits += 1
        return graph

    def put(self, key: str, graph: DocGraph) -> None:
        self.put_many([(key, graph)])

    def put_many(self, entries: list[tuple[str, DocGraph]]) -> None:
        """Store several graphs in one transaction (a batch's: one commit per graph was twice the SQLite time)."""
        try:
            db = self._connect()
            rows = [(key, encode(key, graph)) for key, graph in entries]
            with contextlib.closing(db.cursor()) as cursor:
                cursor.execute("BEGIN")
                try:
                    cursor.executemany("INSERT OR REPLACE INTO entries (key, data) VALUES (?, ?)", rows)
                except BaseException:
                    cursor.execute("ROLLBACK")
                    raise
                cursor.execute("COMMIT")
        except sqlite3.Error as exc:  # full disk, read-only folder, a file that is not a database
            raise OSError(f"cache {self.path}: {exc}") from exc

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_db": None}
