"""Rendered subject blocks kept between builds, so that a rebuild renders only what changed.

graph.ttl, graph.trig and graph.jsonld are their subject blocks in order (graph.write.rdf.sorted_blocks),
and each block is rendered from one record: a document, a relation, or an entity together with the
direct triples of the relations it heads.  A record's blocks are a function of the record and of the
writer code alone, so they are kept in OUTDIR/.kg-blocks/<file>.sqlite under a digest of the record;
the next build takes the blocks of every record it finds there and renders the others.  After
editing one of 18,898 xwlb-news items a few hundred records change, and the rest is a sort and a write.

Nothing here can change a byte of an output: a block is found only under the digest of exactly what it
was rendered from, and a memo made by other writer code (its fingerprint differs) is emptied first.  It
holds plain text (no pickle: an output folder received from someone else cannot run code through it),
and an unreadable memo is set aside and started again, like the document cache.  The digests are of
pickled records, which is only hashing: nothing is ever unpickled.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import pickle
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..records import DocumentInfo, Evidence, in_field_order

MEMO_DIRNAME = ".kg-blocks"
_SEP = "\x00"  # never inside a block: literals escape every control character, JSON too
_PACKAGE = Path(__file__).resolve().parent.parent
# what a block's text depends on besides its record
_WRITER_FILES = ("write/rdf.py", "write/exports.py", "write/memo.py", "iri.py", "load.py", "records.py")

Block = tuple[str, str, str]  # (graph, subject, text), as graph.write.rdf.Block
Quad = tuple[str, str, str, str]  # (graph, subject, predicate, object): a pooled pair of a record


@lru_cache(maxsize=1)
def writer_fingerprint() -> str:
    h = hashlib.sha1(b"blocks 1\n")
    for name in _WRITER_FILES:
        h.update(name.encode() + b"\0" + hashlib.sha1((_PACKAGE / name).read_bytes()).digest())
    return h.hexdigest()


# the records' dataclasses pickled as their class and fields in order: a third less time than their
# default form (class, then a dict of field names), in bytes as telling
_REDUCE = {cls: (lambda obj, cls=cls, values=in_field_order(cls): (cls, values(obj))) for cls in (Evidence, DocumentInfo)}


def record_digest(record: object) -> bytes:
    """A digest of a record (a tuple of plain values and frozen dataclasses: callers sort sets first).
    The pickler runs without its memo ("fast"), so equal records give equal bytes whether or not they
    share objects (a graph merged from the cache shares fewer strings than one fresh from extraction)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dispatch_table = _REDUCE
    pickler.dump(record)
    return hashlib.blake2b(buffer.getbuffer(), digest_size=16).digest()


def memo_path(outdir: Path, filename: str) -> Path:
    return outdir / MEMO_DIRNAME / f"{filename}.sqlite"


@dataclass
class Entry:
    blocks: list[Block]
    pooled: list[Quad] = field(default_factory=list)


def _encode(entry: Entry) -> str:
    fields = [str(len(entry.blocks))]
    for block in entry.blocks:
        fields.extend(block)
    for quad in entry.pooled:
        fields.extend(quad)
    return _SEP.join(fields)


def _decode(text: str) -> Entry:
    fields = text.split(_SEP)
    n = int(fields[0])
    blocks = [(fields[i], fields[i + 1], fields[i + 2]) for i in range(1, 1 + 3 * n, 3)]
    rest = fields[1 + 3 * n:]
    pooled = [(rest[i], rest[i + 1], rest[i + 2], rest[i + 3]) for i in range(0, len(rest), 4)]
    return Entry(blocks, pooled)


class BlockMemo:
    """The memo of one output file, used inside one transaction: records are looked up one at a time
    and what is rendered is inserted as it comes (neither the old nor the new blocks are held twice);
    on close the records this build did not use are dropped, so it never outgrows the graph, and the
    whole is committed.  Any SQLite or file error turns it off for the build: a memo only saves work."""

    def __init__(self, path: Path):
        self.path = path
        self.hits = 0
        self.misses = 0
        self._used: set[bytes] = set()
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._open()
        except (sqlite3.Error, OSError):
            self._db = None

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = _connect(self.path)
        except sqlite3.DatabaseError:
            # not a database (damaged, or crafted): set it aside, never read it, start afresh
            self.path.replace(self.path.with_name(self.path.name + ".unreadable"))
            db = _connect(self.path)
        db.execute("BEGIN IMMEDIATE")
        row = db.execute("SELECT value FROM meta WHERE name = 'writer'").fetchone()
        if row is None or row[0] != writer_fingerprint():  # other writer code: its blocks may differ
            db.execute("DELETE FROM entries")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('writer', ?)", (writer_fingerprint(),))
        return db

    def _off(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()  # an open transaction is rolled back
        self._db = None

    def get(self, digest: bytes) -> Entry | None:
        row = None
        if self._db is not None:
            try:
                row = self._db.execute("SELECT data FROM entries WHERE digest = ?", (digest,)).fetchone()
            except sqlite3.Error:
                self._off()
        if row is None or type(row[0]) is not str:
            self.misses += 1
            return None
        try:
            entry = _decode(row[0])
        except (ValueError, IndexError):
            self.misses += 1
            return None
        self._used.add(digest)
        self.hits += 1
        return entry

    def get_many(self, digests: list[bytes]) -> dict[bytes, str]:
        """The stored texts of several records, found in one query: digest -> text; `entry` decodes one
        as it is used (decoding a whole batch at once kept thousands of objects alive long enough for
        the collector to walk the graph again and again)."""
        rows: list = []
        if self._db is not None and digests:
            wanted = list(dict.fromkeys(digests))
            try:
                rows = self._db.execute(f"SELECT digest, data FROM entries WHERE digest IN ({','.join('?' * len(wanted))})",
                                        wanted).fetchall()
            except sqlite3.Error:
                self._off()
        return {digest: data for digest, data in rows if type(data) is str}

    def entry(self, digest: bytes, text: str | None) -> Entry | None:
        """A text of get_many decoded (None, counted as a miss, when absent or unreadable)."""
        try:
            entry = _decode(text) if text is not None else None
        except (ValueError, IndexError):
            entry = None
        if entry is None:
            self.misses += 1
            return None
        self._used.add(digest)
        self.hits += 1
        return entry

    def put(self, digest: bytes, entry: Entry) -> None:
        self.put_many([(digest, entry)])

    def put_many(self, entries: list[tuple[bytes, Entry]]) -> None:
        """Store several records' blocks in one statement (callers put a lookup batch's misses together)."""
        if self._db is None or not entries:
            return
        try:
            self._db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?)",
                                 [(digest, _encode(entry)) for digest, entry in entries])
            self._used.update(digest for digest, _ in entries)
        except sqlite3.Error:
            self._off()

    def close(self) -> None:
        """Drop what this build did not use and commit; a failure loses the memo's update only."""
        if self._db is None:
            return
        try:
            # every record stored is one this build used (always so after a clean build): no need to
            # read all their digests back to find the stale ones
            (count,) = self._db.execute("SELECT COUNT(*) FROM entries").fetchone()
            if count != len(self._used):
                stale = [(d,) for (d,) in self._db.execute("SELECT digest FROM entries") if d not in self._used]
                self._db.executemany("DELETE FROM entries WHERE digest = ?", stale)
            self._db.execute("COMMIT")
            self._db.close()
        except sqlite3.Error:
            pass
        finally:
            self._off()


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=60, isolation_level=None)
    # a rollback journal, not WAL: one build at a time writes a memo (OUTDIR's lock) and nothing reads it
    # meanwhile, and WAL wrote every block twice (into the log, then into the database): in a clean build
    # of xwlb-news that was half of the 1.2 s of CPU SQLite took per memo
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TABLE IF NOT EXISTS entries (digest BLOB PRIMARY KEY, data TEXT NOT NULL)")
    return db


@contextlib.contextmanager
def opened(path: Path | None) -> Iterator[BlockMemo | None]:
    """The memo at `path` (None: no memo), saved when the block of code using it succeeds."""
    if path is None:
        yield None
        return
    memo = BlockMemo(path)
    try:
        yield memo
    except BaseException:
        memo._off()  # rolled back: nothing of a failed write is kept
        raise
    memo.close()
