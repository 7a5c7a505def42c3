"""A rebuild splices the previous file of each output written in blocks: unchanged blocks are copied.

Each of these files is its subject blocks in (graph, subject) order (graph.write.rdf.sorted_blocks), and
each block comes from one record (a document, a relation, a part of an entity's mentions, an entity
with what relations pool into its block; in a TriG, an entity read in more than rdf.CHUNK reports in the
graphs of one part of its mentions) or, for a role and a head that is no entity, from the pairs records
pooled.  Beside the file the writer keeps an index, OUTDIR/.kg-blocks/<file>.idx: every block's
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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Sequence

import numpy as np

from . import memo
from .memo import MEMO_DIRNAME

INDEX_FORMAT = "kg-block-index 4"
KEY_SEP = "\x00"  # graph KEY_SEP subject: below every character of an IRI, so keys sort as (graph, subject)


def key_of(graph: str, subject: str) -> str:
    return f"{graph}{KEY_SEP}{subject}"


def graph_of_key(key: str) -> str:
    return key.partition(KEY_SEP)[0]


def index_path(outdir: Path, filename: str) -> Path:
    return outdir / MEMO_DIRNAME / f"{filename}.idx"


class Keys:
    """The blocks' keys in file order, as read and written: each block's subject in one UTF-8 text, each
    followed by a line break, with where each starts (n + 1 offsets, the last the text's length); and the
    graph once per run of blocks in one graph (`runs`: the run's first block), since keys sort by graph
    first.  A key is made only when asked for (a splice asks for a few dozen per new block) and a run of
    them is copied as bytes: as a list of strings a TriG's 430 k keys were 45 MB to split, decode and join
    again on every rebuild, most of it the graph's IRI over again in each of its blocks."""

    __slots__ = ("graphs", "runs", "text", "offsets", "_runs")

    def __init__(self, graphs: list[str] | None = None, runs: np.ndarray | None = None,
                 text: bytes | memoryview = b"", offsets: np.ndarray | None = None):
        self.graphs = graphs if graphs is not None else []
        self.runs = runs if runs is not None else np.zeros(0, np.int64)
        self.text = text
        self.offsets = offsets if offsets is not None else np.zeros(1, np.int64)
        self._runs: list[int] | None = None  # `runs` as a list, for bisect (numpy's search costs more per call)

    @classmethod
    def of(cls, keys: Iterable[str]) -> "Keys":
        """Keys made by key_of(graph, subject)."""
        subjects: list[str] = []
        graphs: list[str] = []
        runs: list[int] = []
        for key in keys:
            graph, sep, subject = key.partition(KEY_SEP)
            if not sep:
                raise ValueError(f"not a block key: {key!r}")
            if not graphs or graph != graphs[-1]:
                graphs.append(graph)
                runs.append(len(subjects))
            subjects.append(subject)
        return cls.of_runs(subjects, graphs, runs)

    @classmethod
    def of_runs(cls, subjects: list[str], graphs: list[str], runs: list[int]) -> "Keys":
        if not subjects:
            return cls()
        text = ("\n".join(subjects) + "\n").encode("utf-8")
        lengths = np.fromiter(map(len, subjects), np.int64, len(subjects)) + 1
        if int(lengths.sum()) != len(text):  # not all ASCII: the lengths in bytes, one by one
            lengths = np.fromiter((len(k.encode("utf-8")) + 1 for k in subjects), np.int64, len(subjects))
        return cls(graphs, np.array(runs, np.int64), text, np.concatenate(([0], np.cumsum(lengths))).astype(np.int64))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def run_of(self, i: int) -> int:
        """The run that block i is in."""
        if self._runs is None:
            self._runs = self.runs.tolist()
        return bisect_right(self._runs, i) - 1

    def graph(self, i: int) -> str:
        """The graph of block i."""
        return self.graphs[self.run_of(i)]

    def __getitem__(self, i: int) -> str:
        if not 0 <= i < len(self.offsets) - 1:
            raise IndexError(i)
        # (an index whose checksum holds is one this code wrote: its keys are UTF-8, but a key that were not
        # would be a key still, compared as the text it decodes to, never an error)
        subject = str(self.text[int(self.offsets[i]):int(self.offsets[i + 1]) - 1], "utf-8", "surrogateescape")
        return f"{self.graph(i)}{KEY_SEP}{subject}"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Keys):
            return (self.graphs == other.graphs and np.array_equal(self.runs, other.runs)
                    and bytes(self.text) == bytes(other.text) and np.array_equal(self.offsets, other.offsets))
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))


class _KeysBuilder:
    """New keys: runs of an old Keys (copied as bytes) and single keys, in file order."""

    def __init__(self) -> None:
        self.pieces: list[bytes | memoryview] = []
        self.offsets: list[np.ndarray] = []
        self.graphs: list[str] = []
        self.runs: list[int] = []
        self.at = 0  # bytes of subjects so far
        self.blocks = 0

    def _in_graph(self, graph: str, block: int) -> None:
        if not self.graphs or self.graphs[-1] != graph:
            self.graphs.append(graph)
            self.runs.append(block)

    def run(self, keys: Keys, a: int, b: int) -> None:
        first, last = keys.run_of(a), keys.run_of(b - 1)
        self._in_graph(keys.graphs[first], self.blocks)
        for r in range(first + 1, last + 1):
            self._in_graph(keys.graphs[r], self.blocks + int(keys.runs[r]) - a)
        start, end = int(keys.offsets[a]), int(keys.offsets[b])
        self.pieces.append(memoryview(keys.text)[start:end])
        self.offsets.append(keys.offsets[a:b] - start + self.at)
        self.at += end - start
        self.blocks += b - a

    def add(self, key: str) -> None:
        graph, sep, subject = key.partition(KEY_SEP)
        if not sep:
            raise ValueError(f"not a block key: {key!r}")
        self._in_graph(graph, self.blocks)
        data = subject.encode("utf-8") + b"\n"
        self.pieces.append(data)
        self.offsets.append(np.array([self.at], np.int64))
        self.at += len(data)
        self.blocks += 1

    def done(self) -> Keys:
        return Keys(self.graphs, np.array(self.runs, np.int64), b"".join(self.pieces),
                    np.concatenate([*self.offsets, np.array([self.at], np.int64)]))


@dataclass
class BlockIndex:
    """A written file's blocks in file order (key, [start, end) of the text, the record it came from)
    and its records (digest, pooled quads)."""

    keys: Keys | list[str] = field(default_factory=Keys)
    starts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    ends: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    owners: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # index into `digests`
    digests: list[bytes] = field(default_factory=list)


# --- the index on disk ------------------------------------------------------------------------------
# a header line (JSON: format, writer fingerprint, the described file's size and mtime, the sections'
# lengths, a digest of the body) and the body: the keys (Keys: the graphs, each and a line break, and the
# first block of each one's run; the subjects' text, each and a line break, and where each starts; no
# graph or term holds a raw line break), the blocks' starts, ends and owners (int64 / int32 arrays in
# native byte order, which the header names), the records' digests.  Loading it makes no object per block:
# the arrays are views of the body.


def save(index: BlockIndex, path: Path, described: Path) -> None:
    """Write `index` as the index of file `described` (already complete: its size and mtime are recorded)."""
    st = described.stat()
    keys = index.keys if isinstance(index.keys, Keys) else Keys.of(index.keys)
    sections = [
        "".join(g + "\n" for g in keys.graphs).encode("utf-8"),
        np.ascontiguousarray(keys.runs, np.int64).data,
        keys.text,
        np.ascontiguousarray(keys.offsets, np.int64).data,
        np.ascontiguousarray(index.starts, np.int64).data,
        np.ascontiguousarray(index.ends, np.int64).data,
        np.ascontiguousarray(index.owners, np.int32).data,
        b"".join(index.digests),
    ]
    checksum = 0
    for section in sections:
        checksum = zlib.crc32(section, checksum)
    header = {"format": INDEX_FORMAT, "writer": memo.writer_fingerprint(), "byteorder": sys.byteorder,
              "file": described.name, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
              "blocks": len(keys), "records": len(index.digests),
              "sections": [memoryview(s).nbytes for s in sections], "crc32": checksum}
    from .atomic import atomic_open

    path.parent.mkdir(parents=True, exist_ok=True)
    # not synced to the disk (0.02-0.03 s an RDF file's index in a rebuild of xwlb-news): after a crash an
    # index cut short, zeroed or lost fails load's checks (its header, the sections' lengths, the body's
    # CRC-32, the described file's size and time) and the next build writes that file whole, the same bytes
    with atomic_open(path, "wb", durable=False) as out:
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
        if (len(lengths) != 8 or min(lengths) < 0 or sum(lengths) != len(body)
                or zlib.crc32(body) != header["crc32"]):
            return None
        view = memoryview(body)
        at = 0
        parts = []
        for n in lengths:
            parts.append(view[at:at + n])
            at += n
        graphs = str(parts[0], "utf-8").split("\n")[:-1]
        runs = np.frombuffer(parts[1], np.int64)
        text = parts[2]
        offsets = np.frombuffer(parts[3], np.int64)
        starts, ends = np.frombuffer(parts[4], np.int64), np.frombuffer(parts[5], np.int64)
        owners = np.frombuffer(parts[6], np.int32)
        digests = np.frombuffer(parts[7], "V16").tolist() if len(parts[7]) % 16 == 0 else []  # (bytes each)
        if not (len(offsets) == blocks + 1 and len(starts) == len(ends) == len(owners) == blocks
                and len(digests) == records and len(parts[7]) == 16 * records and len(graphs) == len(runs)):
            return None
        # the subjects one after the other, each ended by a line break; each block in one run of a graph
        if (offsets[0] != 0 or offsets[-1] != len(text) or np.any(np.diff(offsets) < 1)
                or (blocks and np.any(np.frombuffer(text, np.uint8)[offsets[1:] - 1] != 0x0A))
                or (len(runs) != 0) != (blocks != 0)
                or (blocks and (runs[0] != 0 or runs[-1] >= blocks or np.any(np.diff(runs) < 1)))):
            return None
        # the blocks in file order, inside the file, each with a record: what splicing relies on
        if blocks and (owners.min() < 0 or owners.max() >= records or starts.min() < 0
                       or ends.max() > st.st_size or np.any(ends < starts) or np.any(starts[1:] < ends[:-1])):
            return None
        return BlockIndex(Keys(graphs, runs, text, offsets), starts, ends, owners, digests)
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
SMALL_COPY = 1 << 16  # a run of kept blocks up to this many bytes is copied through the output's buffer


class _Out:
    """The output file and where the write stands, copying byte ranges of the previous file in the kernel."""

    def __init__(self, out: IO[bytes]):
        self.out = out
        self.at = 0

    def write(self, data: bytes) -> None:
        self.out.write(data)
        self.at += len(data)

    def copy(self, source: int, start: int, end: int, fallback: mmap.mmap) -> None:
        if end - start <= SMALL_COPY:  # through the buffer: a call to the kernel and a flush cost more
            self.out.write(fallback[start:end])
            self.at += end - start
            return
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


def write_full(out: IO[bytes], framing: Framing, blocks: Iterable[Block]) -> tuple[Keys, np.ndarray, np.ndarray, np.ndarray]:
    """Every block in order; returns the new index's keys, starts, ends and owners."""
    subjects: list[str] = []
    graphs: list[str] = []
    runs: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    owners: list[int] = []
    pending = [framing.head]  # written a few thousand blocks at a time: one call per block cost more
    at = len(framing.head)
    graph: str | None = None
    within = b""  # framing.between(graph, graph): what stands between two blocks of one graph
    for key, text, owner in blocks:
        g, sep, subject = key.partition(KEY_SEP)
        if g == graph:
            gap = within
        else:
            if not sep:
                raise ValueError(f"not a block key: {key!r}")
            gap, within, graph = framing.between(graph, g), framing.between(g, g), g
            graphs.append(g)
            runs.append(len(subjects))
        if gap:
            pending.append(gap)
            at += len(gap)
        subjects.append(subject)
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
    return (Keys.of_runs(subjects, graphs, runs), np.array(starts, np.int64), np.array(ends, np.int64),
            np.array(owners, np.int32))


@dataclass
class Splice:
    """What a rebuild writes: the previous file's blocks whose record is still there (`alive` per old
    record: its index in the new digests, or -1), and the new blocks sorted by key."""

    old: BlockIndex
    alive: np.ndarray
    new: list[Block]


class _KeptRuns:
    """The runs [a, b) of consecutive kept blocks, found once and handed out window by window, in order
    (a rebuild after adding a document asks for 19 k windows: finding the runs in each cost 0.3 s)."""

    def __init__(self, kept: np.ndarray):
        # edges of the runs: where `kept` switches on and off
        edges = np.flatnonzero(np.diff(np.concatenate(([False], kept, [False])).astype(np.int8)))
        self.starts: list[int] = edges[::2].tolist()
        self.ends: list[int] = edges[1::2].tolist()
        self.next = 0

    def within(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """The runs within [lo, hi), each window starting where the one before ended."""
        while self.next < len(self.starts) and self.starts[self.next] < hi:
            a, b = max(self.starts[self.next], lo), min(self.ends[self.next], hi)
            if b < self.ends[self.next]:  # the run goes on past the window: its rest is the next window's
                if a < b:
                    yield a, b
                return
            self.next += 1
            if a < b:
                yield a, b


def _seek(keys: Keys, key: str, lo: int) -> int:
    """bisect_left(keys, key, lo) by steps that double from lo: a new block lies near the one before it (an
    edited document's graph is new whole, between its old blocks), and each key looked at is decoded."""
    n = len(keys)
    if lo >= n or key <= keys[lo]:
        return lo
    bound = 1
    while lo + bound < n and keys[lo + bound] < key:
        bound *= 2
    return bisect_left(keys, key, lo + bound // 2 + 1, min(lo + bound, n))


def write_spliced(out: IO[bytes], framing: Framing, previous: Path, splice: Splice) -> tuple[Keys, np.ndarray, np.ndarray, np.ndarray]:
    """The new file: the previous file's kept runs copied, the new blocks between them, in key order."""
    old = splice.old
    owners_now = splice.alive[old.owners] if len(old.owners) else np.zeros(0, np.int32)
    runs = _KeptRuns(owners_now >= 0)
    sink = _Out(out)
    sink.write(framing.head)
    keys = _KeysBuilder()
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    graph: str | None = None
    with open(previous, "rb") as source, contextlib.ExitStack() as stack:
        size = os.fstat(source.fileno()).st_size
        view = stack.enter_context(mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ)) if size else b""

        def copy_runs(lo: int, hi: int) -> None:
            nonlocal graph
            for a, b in runs.within(lo, hi):
                first = old.keys.graph(a)
                sink.write(framing.between(graph, first))
                shift = sink.at - int(old.starts[a])
                sink.copy(source.fileno(), int(old.starts[a]), int(old.ends[b - 1]), view)
                keys.run(old.keys, a, b)
                starts.append(old.starts[a:b] + shift)
                ends.append(old.ends[a:b] + shift)
                owners.append(owners_now[a:b])
                graph = old.keys.graph(b - 1)

        at = 0
        for key, text, owner in splice.new:
            where = _seek(old.keys, key, at)
            copy_runs(at, where)
            at = where
            g = graph_of_key(key)
            sink.write(framing.between(graph, g))
            graph = g
            keys.add(key)
            starts.append(np.array([sink.at], np.int64))
            sink.write(text)
            ends.append(np.array([sink.at], np.int64))
            owners.append(np.array([owner], np.int32))
        copy_runs(at, len(old.keys))
    sink.write(framing.tail(graph))
    if not starts:
        return Keys(), np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int32)
    return keys.done(), np.concatenate(starts), np.concatenate(ends), np.concatenate(owners).astype(np.int32)


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


def in_key_order(keys: Keys) -> bool:
    """Strictly increasing and each fit for an index (no line break: the index ends graphs and subjects with
    one, and the exports key a record they cannot key by one)."""
    subjects = str(keys.text, "utf-8", "surrogateescape").split("\n")[:-1]
    if len(subjects) != len(keys) or any("\n" in g for g in keys.graphs):
        return False
    if not all(map(str.__lt__, keys.graphs, keys.graphs[1:])):  # (each graph one run: a graph again is disorder)
        return False
    bounds = [*keys.runs.tolist(), len(subjects)]
    return all(all(map(str.__lt__, subjects[a:b], subjects[a + 1:b])) for a, b in zip(bounds, bounds[1:]))
