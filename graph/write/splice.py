"""A rebuild splices the previous file of each output written in blocks: unchanged blocks are copied.

Each of these files is its subject blocks in (graph, subject) order (graph.write.rdf.sorted_blocks), and
each block comes from one record (a document, a relation, a part of an entity's mentions, an entity
with what relations pool into its block) or, for a role and a head that is no entity, from the pairs
records pooled.  Beside the file the writer keeps an index, OUTDIR/.kg-blocks/<file>.idx: every block's
key, where its text lies in the file and which record it came from, and each record's digest.  The next build digests every record (graph.write.memo.record_digest), renders only the
records whose digest the index lacks, and writes the new file by copying the previous file's runs of
unchanged blocks (os.copy_file_range: the bytes never pass through Python) merged in key order with the
new blocks.  After editing one of 18,898 xwlb-news items a few hundred of 300-400 k blocks are new.

The exports for graph tools (graph/write/exports.py: GraphML, GEXF, Cytoscape, the Neo4j CSVs, the facts
table) are one block per record, a node or an edge, and know every record's digest before they write:
`write_records` splices them the same way (the file's sections, nodes then edges, are its "graphs").

Nothing here can change a byte of an output.  A record's blocks are a function of the record and the
writer code alone (the index records the writer fingerprint); the index is trusted only for the file it
describes (its size and modification time, as the previous build left it) and only when its own digest
checks; anything else, a missing, damaged or foreign index included, is the full path: every record
rendered.  It is plain data (text, native int64 arrays, no pickle): an output folder received from
someone else cannot run code through it.
"""
from __future__ import annotations

import contextlib
import zlib
import json
import mmap
import os
import sys
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Sequence

import numpy as np

from . import memo
from .memo import MEMO_DIRNAME

INDEX_FORMAT = "kg-block-index 1"
KEY_SEP = "\x00"  # graph KEY_SEP subject: below every character of an IRI, so keys sort as (graph, subject)


def key_of(graph: str, subject: str) -> str:
    return f"{graph}{KEY_SEP}{subject}"


def graph_of_key(key: str) -> str:
    return key.partition(KEY_SEP)[0]


def index_path(outdir: Path, filename: str) -> Path:
    return outdir / MEMO_DIRNAME / f"{filename}.idx"


@dataclass
class BlockIndex:
    """A written file's blocks in file order (key, [start, end) of the text, the record it came from)
    and its records (digest, pooled quads)."""

    keys: list[str] = field(default_factory=list)
    starts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    ends: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    owners: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # index into `digests`
    digests: list[bytes] = field(default_factory=list)


# --- the index on disk ------------------------------------------------------------------------------
# a header line (JSON: format, writer fingerprint, the described file's size and mtime, the sections'
# lengths, a digest of the body) and the body: keys and pooled texts joined by "\n" (no key or term holds
# a raw line break), the int64 / int32 arrays in native byte order (the header names it), the digests.


def save(index: BlockIndex, path: Path, described: Path) -> None:
    """Write `index` as the index of file `described` (already complete: its size and mtime are recorded)."""
    st = described.stat()
    sections = [
        "\n".join(index.keys).encode("utf-8"),
        np.ascontiguousarray(index.starts, np.int64).tobytes(),
        np.ascontiguousarray(index.ends, np.int64).tobytes(),
        np.ascontiguousarray(index.owners, np.int32).tobytes(),
        b"".join(index.digests),
    ]
    checksum = 0
    for section in sections:
        checksum = zlib.crc32(section, checksum)
    header = {"format": INDEX_FORMAT, "writer": memo.writer_fingerprint(), "byteorder": sys.byteorder,
              "file": described.name, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
              "blocks": len(index.keys), "records": len(index.digests),
              "sections": [len(s) for s in sections], "crc32": checksum}
    from .atomic import atomic_open

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(path, "wb") as out:
        out.write(json.dumps(header, sort_keys=True).encode("ascii") + b"\n")
        for section in sections:
            out.write(section)


def load(path: Path, described: Path) -> BlockIndex | None:
    """The index at `path` when it describes the file `described` as it is now; else None (the full path)."""
    try:
        with open(path, "rb") as handle:
            header = json.loads(handle.readline())
            body = handle.read()
        st = described.stat()
        if (header.get("format") != INDEX_FORMAT or header.get("writer") != memo.writer_fingerprint()
                or header.get("byteorder") != sys.byteorder or header.get("file") != described.name
                or header.get("size") != st.st_size or header.get("mtime_ns") != st.st_mtime_ns):
            return None
        lengths = [int(n) for n in header["sections"]]
        blocks, records = int(header["blocks"]), int(header["records"])
        if len(lengths) != 5 or sum(lengths) != len(body) or zlib.crc32(body) != header["crc32"]:
            return None
        at = 0
        parts = []
        for n in lengths:
            parts.append(body[at:at + n])
            at += n
        keys = parts[0].decode("utf-8").split("\n") if blocks else []
        starts, ends = np.frombuffer(parts[1], np.int64), np.frombuffer(parts[2], np.int64)
        owners = np.frombuffer(parts[3], np.int32)
        digests = [parts[4][i:i + 16] for i in range(0, len(parts[4]), 16)]
        if not (len(keys) == len(starts) == len(ends) == len(owners) == blocks and len(digests) == records):
            return None
        # the blocks in file order, inside the file, each with a record: what splicing relies on
        if blocks and (owners.min() < 0 or owners.max() >= records or starts.min() < 0
                       or ends.max() > st.st_size or np.any(ends < starts) or np.any(starts[1:] < ends[:-1])):
            return None
        return BlockIndex(keys, starts, ends, owners, digests)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return None


# --- framing: what a file holds besides its blocks ---------------------------------------------------


@dataclass(frozen=True)
class Framing:
    """The bytes around the blocks: `head`, `between(previous graph or None, next graph)` before each
    block, `tail(last graph or None)`, each a function of its arguments alone.  Inside a run of blocks
    copied from the previous file the bytes between them are copied too, so only the run's ends are
    framed again."""

    head: bytes
    between: Callable[[str | None, str], bytes]
    tail: Callable[[str | None], bytes]


# --- writing ---------------------------------------------------------------------------------------

Block = tuple[str, bytes, int]  # (key, text, owner: index of the record in the new index's digests)


class _Out:
    """The output file and where the write stands, copying byte ranges of the previous file in the kernel."""

    def __init__(self, out: IO[bytes]):
        self.out = out
        self.at = 0

    def write(self, data: bytes) -> None:
        self.out.write(data)
        self.at += len(data)

    def copy(self, source: int, start: int, end: int, fallback: mmap.mmap) -> None:
        self.out.flush()
        fd = self.out.fileno()
        offset, left = start, end - start
        try:
            while left > 0:
                # the destination offset is the descriptor's: the buffered writer above it was flushed
                done = os.copy_file_range(source, fd, left, offset)
                if done <= 0:
                    break
                offset += done
                left -= done
        except OSError:
            pass  # not supported here (another file system, an old kernel): copied by hand below
        if left > 0:
            os.lseek(fd, 0, os.SEEK_END)
            self.out.write(fallback[offset:end])
            self.out.flush()
        self.at += end - start


def write_full(out: IO[bytes], framing: Framing, blocks: Iterable[Block]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Every block in order; returns the new index's keys, starts, ends and owners."""
    keys: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    owners: list[int] = []
    pending = [framing.head]  # written a few thousand blocks at a time: one call per block cost more
    at = len(framing.head)
    graph: str | None = None
    within = b""  # framing.between(graph, graph): what stands between two blocks of one graph
    for key, text, owner in blocks:
        g = key.partition(KEY_SEP)[0]
        if g == graph:
            gap = within
        else:
            gap, within, graph = framing.between(graph, g), framing.between(g, g), g
        if gap:
            pending.append(gap)
            at += len(gap)
        keys.append(key)
        starts.append(at)
        pending.append(text)
        at += len(text)
        ends.append(at)
        owners.append(owner)
        if len(pending) >= 4096:
            out.write(b"".join(pending))
            pending.clear()
    pending.append(framing.tail(graph))
    out.write(b"".join(pending))
    return keys, np.array(starts, np.int64), np.array(ends, np.int64), np.array(owners, np.int32)


@dataclass
class Splice:
    """What a rebuild writes: the previous file's blocks whose record is still there (`alive` per old
    record: its index in the new digests, or -1), and the new blocks sorted by key."""

    old: BlockIndex
    alive: np.ndarray
    new: list[Block]


def _kept_runs(kept: np.ndarray, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Runs [a, b) of consecutive kept blocks within [lo, hi)."""
    if lo >= hi:
        return
    window = kept[lo:hi]
    # edges of the runs: where `kept` switches on and off
    edges = np.flatnonzero(np.diff(np.concatenate(([False], window, [False])).astype(np.int8)))
    for a, b in zip(edges[::2], edges[1::2]):
        yield lo + int(a), lo + int(b)


def write_spliced(out: IO[bytes], framing: Framing, previous: Path, splice: Splice) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """The new file: the previous file's kept runs copied, the new blocks between them, in key order."""
    old = splice.old
    owners_now = splice.alive[old.owners] if len(old.owners) else np.zeros(0, np.int32)
    kept = owners_now >= 0
    sink = _Out(out)
    sink.write(framing.head)
    keys: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    graph: str | None = None
    with open(previous, "rb") as source, contextlib.ExitStack() as stack:
        size = os.fstat(source.fileno()).st_size
        view = stack.enter_context(mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ)) if size else b""

        def copy_runs(lo: int, hi: int) -> None:
            nonlocal graph
            for a, b in _kept_runs(kept, lo, hi):
                first = graph_of_key(old.keys[a])
                sink.write(framing.between(graph, first))
                shift = sink.at - int(old.starts[a])
                sink.copy(source.fileno(), int(old.starts[a]), int(old.ends[b - 1]), view)
                keys.extend(old.keys[a:b])
                starts.append(old.starts[a:b] + shift)
                ends.append(old.ends[a:b] + shift)
                owners.append(owners_now[a:b])
                graph = graph_of_key(old.keys[b - 1])

        at = 0
        for key, text, owner in splice.new:
            where = bisect_left(old.keys, key)
            copy_runs(at, where)
            at = where
            g = graph_of_key(key)
            sink.write(framing.between(graph, g))
            graph = g
            keys.append(key)
            starts.append(np.array([sink.at], np.int64))
            sink.write(text)
            ends.append(np.array([sink.at], np.int64))
            owners.append(np.array([owner], np.int32))
        copy_runs(at, len(old.keys))
    sink.write(framing.tail(graph))
    if not keys:
        return [], np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int32)
    return keys, np.concatenate(starts), np.concatenate(ends), np.concatenate(owners).astype(np.int32)


# --- the difference, for the query store ------------------------------------------------------------
# graph/store.py updates the previous build's store by the triples of the blocks dropped and added.  A
# spliced graph.ttl knows them: they are left beside it, in the staging folder (never an output), with
# the size and mtime of the previous and the new file, so that the store uses them only for that pair.

DELTA_NAME = ".graph.ttl.delta"
DELTA_FORMAT = "kg-block-delta 1"


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def save_delta(done: Splice, previous: Path, written: Path) -> None:
    """The blocks of `previous` that `written` no longer has, and those it has anew."""
    old = done.old
    gone = np.flatnonzero((done.alive[old.owners] if len(old.owners) else np.zeros(0, np.int32)) < 0)
    with open(previous, "rb") as source:
        removed = b"".join(os.pread(source.fileno(), int(old.ends[i] - old.starts[i]), int(old.starts[i])) for i in gone)
    added = b"".join(text for _, text, _ in done.new)
    header = {"format": DELTA_FORMAT, "previous": _stat(previous), "written": _stat(written),
              "removed": len(removed), "added": len(added)}
    from .atomic import atomic_open

    with atomic_open(written.with_name(DELTA_NAME), "wb") as out:
        out.write(json.dumps(header).encode("ascii") + b"\n")
        out.write(removed)
        out.write(added)


def load_delta(previous: Path, written: Path) -> tuple[bytes, bytes] | None:
    """(removed, added) blocks from `previous` to `written` (a graph.ttl), when the delta beside
    `written` is about exactly these two files as they are now; else None."""
    try:
        with open(written.with_name(DELTA_NAME), "rb") as handle:
            header = json.loads(handle.readline())
            body = handle.read()
        if (header.get("format") != DELTA_FORMAT or header.get("previous") != _stat(previous)
                or header.get("written") != _stat(written)
                or int(header["removed"]) + int(header["added"]) != len(body)):
            return None
        cut = int(header["removed"])
        return body[:cut], body[cut:]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


# --- a file of one block per record -----------------------------------------------------------------
# The exports (graph/write/exports.py) list elements, one per node or edge, each rendered from one record
# whose digest is made before anything is written: the records to render are those the previous index lacks.


def write_records(path: Path, framing: Framing, digests: Sequence[bytes], blocks: Callable[[], Iterable[Block]],
                  block: Callable[[int], tuple[str, bytes]], previous: Path | None = None,
                  name: str | None = None,
                  render: Callable[[list[int]], list[tuple[str, bytes]]] | None = None) -> None:
    """Write `path`, one block per record: record i has digest `digests[i]` and block `block(i)` (key,
    text); `blocks()` gives every block (key, text, record number) in file order, which must be the order
    of their keys.  With `previous` (the last build's folder; `name`: the file's path in it, by default
    path.name) the previous file is spliced when its index describes it, rendering only the records it lacks
    (all at once by `render(record numbers)` when given: [(key, text)] in that order, as `block` gives each).

    A file whose keys are not strictly increasing in its order (two records with one key; a key with a
    line break, which is how a writer marks a record it cannot key) gets no index: the next build writes
    it whole too, so that the order of keys never decides the order of the file in its place."""
    from .atomic import atomic_open

    name = name or path.name
    old_file = previous / name if previous is not None else None
    index_file = index_path(previous, name) if previous is not None else None
    old = load(index_file, old_file) if index_file is not None and old_file is not None else None
    with atomic_open(path, "wb") as out:
        changed = _changes(old, digests, block, render) if old is not None else None
        if changed is not None and old_file is not None:
            # in key order: the old keys were (their index was saved), the new ones are sorted between them
            keys, starts, ends, owners = write_spliced(out, framing, old_file, changed)
            ordered = True
        else:
            keys, starts, ends, owners = write_full(out, framing, blocks())
            ordered = in_key_order(keys)
    if index_file is None:
        return
    try:
        if not ordered:
            raise OSError("keys out of order")  # no index rather than one that cannot be trusted
        save(BlockIndex(keys, starts, ends, owners, list(digests)), index_file, path)
    except OSError:
        with contextlib.suppress(OSError):
            index_file.unlink()  # the next build takes the full path


def _changes(old: BlockIndex, digests: Sequence[bytes], block: Callable[[int], tuple[str, bytes]],
             render: Callable[[list[int]], list[tuple[str, bytes]]] | None = None) -> Splice | None:
    """The splice of `old` into a file of `digests`' records, one block each; None when it could not give
    the bytes of a file written whole: a record's digest twice (both would be matched to one old block),
    a new key that cannot be kept in an index, or one that an old block kept keeps too."""
    number_of = {d: j for j, d in enumerate(old.digests)}
    matched = np.fromiter((number_of.get(d, -1) for d in digests), np.int64, len(digests))
    known = np.flatnonzero(matched >= 0)
    alive = np.full(len(old.digests), -1, np.int32)
    alive[matched[known]] = known
    if np.count_nonzero(alive >= 0) != len(known):
        return None
    numbers = np.flatnonzero(matched < 0).tolist()
    rendered = render(numbers) if render is not None else map(block, numbers)
    new = sorted((key, text, i) for (key, text), i in zip(rendered, numbers))
    kept = alive[old.owners] >= 0 if len(old.owners) else np.zeros(0, bool)
    for n, (key, _, _) in enumerate(new):
        at = bisect_left(old.keys, key)
        if ("\n" in key or (n and new[n - 1][0] == key)
                or (at < len(old.keys) and old.keys[at] == key and kept[at])):
            return None
    return Splice(old, alive, new)


def in_key_order(keys: list[str]) -> bool:
    """Strictly increasing and each fit for an index (no line break: the index joins keys by them)."""
    return all(map(str.__lt__, keys, keys[1:])) and "\n" not in "".join(keys)
