"""The persisted query store: graph.ttl loaded once, at build time, into a pyoxigraph (RocksDB) store.

Parsing the Turtle of a corpus-sized graph takes 10–20 s; opening a store on disk takes well under
a second.  So the build writes `OUTDIR/graph.store/` beside graph.ttl (in the same staging folder,
committed with the other outputs), and `kg query` / `kg serve` open it read-only when it is current.

Current means: it was made from the graph.ttl now beside it.  The build records a fingerprint of
that graph.ttl inside the store folder (`cnkg-fingerprint.json`: size, modification time and sha1,
and the store format).  Size and modification time settle the common case at the cost of a stat;
when only the modification time differs (the folder was copied without keeping times) the sha1
decides.  Anything else (no fingerprint, another size or digest, an unreadable file, another
format) makes the store stale: it is not used, and the caller says so and parses the Turtle.
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
import queue
import re
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

STORE_NAME = "graph.store"
GRAPH_NAME = "graph.ttl"  # the file the store mirrors
FINGERPRINT_NAME = "cnkg-fingerprint.json"
STORE_FORMAT = "1"  # bump when what goes into the store changes


@dataclass(frozen=True)
class Fingerprint:
    """What identifies the graph.ttl a store was made from."""

    size: int
    mtime_ns: int
    sha1: str
    format: str = STORE_FORMAT


@dataclass(frozen=True)
class StoreStatus:
    """Whether the store beside a graph file can answer for it; `reason` says why not."""

    store: Path
    current: bool
    reason: str = ""


def file_sha1(path: Path) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as handle:
        try:
            # one update over the mapped file holds the GIL once, not once a chunk: in a rebuild this runs in
            # the store's thread beside the HTML writer, where 108 chunk reads of graph.ttl took 0.2-0.5 s
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                h.update(mapped)
        except ValueError:  # an empty file cannot be mapped
            while chunk := handle.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()


def fingerprint(graph: Path) -> Fingerprint:
    st = graph.stat()
    return Fingerprint(st.st_size, st.st_mtime_ns, file_sha1(graph))


def read_fingerprint(store: Path) -> Fingerprint | None:
    try:
        data = json.loads((store / FINGERPRINT_NAME).read_text(encoding="utf-8"))
        return Fingerprint(int(data["size"]), int(data["mtime_ns"]), str(data["sha1"]), str(data["format"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_path(graph: Path) -> Path:
    return graph.parent / STORE_NAME


def status(graph: str | Path) -> StoreStatus:
    """Is there a current store for `graph` (a graph.ttl)?  Cheap in the common case: one stat and
    one small JSON read; the Turtle is hashed only when its modification time changed."""
    graph = Path(graph)
    store = store_path(graph)
    if graph.name != GRAPH_NAME:
        return StoreStatus(store, False, f"the store mirrors {GRAPH_NAME} only")
    if not store.is_dir():
        return StoreStatus(store, False, f"no query store ({store} is missing)")
    recorded = read_fingerprint(store)
    if recorded is None or recorded.format != STORE_FORMAT:
        return StoreStatus(store, False, f"the query store {store} has no readable fingerprint of this format")
    try:
        st = graph.stat()
        # a different size settles it without reading the file; a different time alone (a copy) does not
        if st.st_size == recorded.size and (st.st_mtime_ns == recorded.mtime_ns or file_sha1(graph) == recorded.sha1):
            return StoreStatus(store, True)
    except OSError as exc:
        return StoreStatus(store, False, f"cannot check the query store {store}: {exc.strerror or exc}")
    return StoreStatus(store, False, f"the query store {store} is stale ({graph.name} changed since it was made)")


def write_store(graph: Path, store: Path, previous: Path | None = None) -> str:
    """Make the store folder `store` for `graph` (Turtle) and record its fingerprint; returns how:
    "updated" from the store of the previous build in folder `previous` (when that store is current
    for the graph.ttl there), else "loaded" from scratch.

    The fingerprint is written last: a store cut short by a failure has none, so it is never used."""
    import pyoxigraph

    how = "updated" if previous is not None and _update(graph, store, previous) else "loaded"
    if how == "loaded":
        if store.exists():
            shutil.rmtree(store)  # what a failed update left
        _load(store, _parts(graph))
    _record(graph, store, how)
    return how


def _load(store: Path, parts: Iterable[bytes]) -> None:
    import pyoxigraph

    target = pyoxigraph.Store(str(store))
    for part in parts:
        # lenient: the IRIs and literals are ours, written and escaped by graph.write.rdf
        target.bulk_load(input=part, format=pyoxigraph.RdfFormat.TURTLE, lenient=True)
    target.flush()
    del target  # closes RocksDB before the folder is moved


def _record(graph: Path, store: Path, how: str) -> None:
    """The fingerprint of `graph` in `store`, written last (see write_store)."""
    fp = fingerprint(graph)
    data = {"graph": GRAPH_NAME, "size": fp.size, "mtime_ns": fp.mtime_ns, "sha1": fp.sha1, "format": fp.format,
            "made": how}
    with open(store / FINGERPRINT_NAME, "w", encoding="utf-8") as handle:
        json.dump(data, handle, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())


# pyoxigraph's bulk loader holds what it is given in memory (1.4 GB for the 104 MB graph.ttl of the
# xwlb-news corpus).  Given parts of 16 MB it peaks near 400 MB and takes 15-16 s of CPU for that graph;
# parts of 4 MB (170 MB) took 18.5-20 s, each part's load having its fixed cost in RocksDB
PART_BYTES = 16 << 20


def _parts(graph: Path, size: int = PART_BYTES) -> Iterator[bytes]:
    """graph.ttl as Turtle documents of about `size` bytes: the prefix header, then whole subject blocks."""
    with open(graph, "rb") as handle:
        header = _read_header(handle)
        rest = b""
        while chunk := handle.read(size):
            rest += chunk
            cut = rest.rfind(b"\n\n")
            if cut < 0:
                continue  # one block longer than `size`: read on
            yield header + b"\n" + rest[:cut + 2]
            rest = rest[cut + 2:]
        if rest.strip():
            yield header + b"\n" + rest


class StreamedLoad:
    """A store loaded from scratch while graph.ttl is being rendered, rather than from the finished file: a
    thread loads each run of whole subject blocks the Turtle writer hands over (`part`: a byte range of a file
    it writes them to, in any order, the store being a set of triples) while the writer renders the next ones;
    pyoxigraph lets go of the GIL while it loads, so its 15 s of RocksDB work on xwlb-news no longer wait for
    the Turtle to be complete.  The writer says when it has handed over every block (`done`); `finish` then
    waits for the load and fingerprints the graph.ttl written, as write_store does.  A load the writer never
    completed (it spliced the previous file instead) is `abandon`ed, and the store made by write_store."""

    part_bytes = PART_BYTES

    def __init__(self, store: Path, header: bytes):
        self.store, self.header = store, header
        self.complete = False
        self._ranges: queue.SimpleQueue = queue.SimpleQueue()
        self._duplicates: dict[int, int] = {}  # the writer's descriptor -> ours, open until the load ends
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None  # started by the first part, in the process that writes
        self._ended = False  # the thread has taken the end of the ranges

    def _started(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="store-load", daemon=True)
            self._thread.start()

    def part(self, fd: int, start: int, end: int) -> None:
        """Blocks [start, end) of the file open as `fd` (flushed): kept open by a duplicate descriptor, so
        that the writer may close its own before they are loaded."""
        self._started()
        if fd not in self._duplicates:
            self._duplicates[fd] = os.dup(fd)
        self._ranges.put((self._duplicates[fd], start, end))

    def done(self) -> None:
        self.complete = True

    def _run(self) -> None:
        try:
            _load(self.store, self._texts())
        except BaseException as exc:  # raised by finish
            self._error = exc
            while not self._ended and self._ranges.get() is not None:  # what the writer still hands over: dropped
                pass

    def _texts(self) -> Iterator[bytes]:
        while (item := self._ranges.get()) is not None:
            yield self.header + _read_range(*item)
        self._ended = True

    def _stop(self) -> None:
        if self._thread is not None:
            self._ranges.put(None)
            self._thread.join()
            self._thread = None
        for fd in self._duplicates.values():
            os.close(fd)
        self._duplicates.clear()

    def finish(self, graph: Path) -> None:
        self._started()  # (an empty graph hands over nothing: an empty store)
        self._stop()
        if self._error is not None:
            raise self._error
        _record(graph, self.store, "loaded")

    def abandon(self) -> None:
        self._stop()
        shutil.rmtree(self.store, ignore_errors=True)


def _read_range(fd: int, start: int, end: int) -> bytes:
    chunks = []
    while start < end:
        chunk = os.pread(fd, end - start, start)
        if not chunk:
            raise OSError(f"the Turtle blocks to load end early (at byte {start} of {end})")
        chunks.append(chunk)
        start += len(chunk)
    return b"".join(chunks)


# --- updating the previous build's store ------------------------------------------------------------
# graph.ttl is one block per subject, blocks separated by a blank line (a literal never holds a raw
# line break), and the same graph always gives the same block bytes.  So the triples that changed are
# exactly those of the blocks found in only one of the two files: a snapshot of the previous store
# (RocksDB hard-links its immutable files: instant, and the previous store is left as it was) has the
# old-only blocks' triples removed and the new-only blocks' triples added.  One edited document
# changes a few hundred blocks out of hundreds of thousands.


def _read_header(handle) -> bytes:
    """The @prefix lines before the first blank line."""
    header = b""
    while (line := handle.readline()) not in (b"\n", b""):
        header += line
    return header


def _blocks(path: Path) -> Iterator[bytes]:
    """The subject blocks of one of our Turtle files, read a part at a time."""
    for part in _parts(path):
        yield from part.partition(b"\n\n")[2].split(b"\n\n")


def _digest(block: bytes) -> bytes:
    return hashlib.blake2b(block, digest_size=16).digest()


def _quads(header: bytes, blocks: list[bytes]):
    import pyoxigraph

    if not blocks:
        return []
    text = header + b"\n\n" + b"\n\n".join(blocks)
    return list(pyoxigraph.parse(input=text, format=pyoxigraph.RdfFormat.TURTLE, lenient=True))


# A changed block mostly says what it said before: an added report changes a province's block by one object of
# its ont:mentionedIn.  Parsing both versions whole made 21,571 and 21,755 quads of the 933 and 959 blocks an
# added xwlb-news item changes, for 184 that differ, in a thread that takes the GIL from the HTML view's writer
# beside it (0.25-0.85 s for both sides there; 0.06 s alone).  So the blocks
# are compared statement by statement first, as the Turtle writer lays them out: the subject, then one
# predicate a line (the first after the subject), each line ended by " ;" and the last by " .", the objects of
# a line separated by " , ".  A line that holds a literal (a quote) is compared whole, since a literal may hold
# " , "; a block in any other shape makes the comparison fall back to the blocks whole.

_OBJECTS_SPLIT_SAFELY = re.compile(rb'["\[\](){}#]')  # none of these: the objects are names, IRIs or numbers


def _statements(block: bytes) -> dict[tuple[bytes, bytes], bytes] | None:
    """{(subject, predicate): its objects' text} of one block, or None when the block is not laid out as
    the Turtle writer lays them out (then compared whole)."""
    lines = block.split(b"\n")
    subject, sep, first = lines[0].partition(b" ")
    if not sep:
        return None
    said: dict[tuple[bytes, bytes], bytes] = {}
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if i == 0:
            line = first
        elif line.startswith(b"    "):
            line = line[4:]
        else:
            return None
        if not line.endswith(b" ." if i == last else b" ;"):
            return None
        predicate, sep, objects = line[:-2].partition(b" ")
        if not sep or (subject, predicate) in said:
            return None
        said[(subject, predicate)] = objects
    return said


def _changed_statements(old_blocks: list[bytes], new_blocks: list[bytes]) -> tuple[list[bytes], list[bytes]] | None:
    """Turtle statements ("S P O1 , O2 .") for what only `old_blocks` say and what only `new_blocks` say,
    compared statement by statement (see above); None when a block is in another shape or two blocks share a
    subject and predicate."""
    said: list[dict[tuple[bytes, bytes], bytes]] = [{}, {}]
    for blocks, into in ((old_blocks, said[0]), (new_blocks, said[1])):
        for block in blocks:
            statements = _statements(block)
            if statements is None:
                return None
            held = len(into)
            into.update(statements)
            if len(into) != held + len(statements):  # a subject and predicate said in two blocks
                return None
    old, new = said
    removed: list[bytes] = []
    added: list[bytes] = []
    for key in sorted(old.keys() | new.keys()):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        subject, predicate = key
        if (before is not None and after is not None and not _OBJECTS_SPLIT_SAFELY.search(before)
                and not _OBJECTS_SPLIT_SAFELY.search(after)):
            was, now = set(before.split(b" , ")), set(after.split(b" , "))
            gone, came = sorted(was - now), sorted(now - was)
            if gone:
                removed.append(subject + b" " + predicate + b" " + b" , ".join(gone) + b" .")
            if came:
                added.append(subject + b" " + predicate + b" " + b" , ".join(came) + b" .")
            continue
        if before is not None:
            removed.append(subject + b" " + predicate + b" " + before + b" .")
        if after is not None:
            added.append(subject + b" " + predicate + b" " + after + b" .")
    return removed, added


def _block_difference(header: bytes, old_blocks: list[bytes], new_blocks: list[bytes]) -> tuple[list, list]:
    """The quads only `old_blocks` state and those only `new_blocks` state (of one file each: a triple is in
    one block of a file only, as the Turtle writer writes them)."""
    changed = _changed_statements(old_blocks, new_blocks)
    if changed is None:
        return _quads(header, old_blocks), _quads(header, new_blocks)
    removed, added = changed
    # one statement a line, each a Turtle document of its own as far as the parser cares
    return _quads(header, [b"\n".join(removed)] if removed else []), _quads(header, [b"\n".join(added)] if added else [])


def _difference(old_graph: Path, graph: Path, header: bytes) -> tuple[list, list]:
    """The quads only `old_graph` states and those only `graph` states, from the blocks only one of them has:
    as the Turtle writer left them when it spliced `graph` from `old_graph` (graph/write/splice.py), else found
    by digesting every block of both files."""
    from .write import splice

    delta = splice.load_delta(old_graph, graph)
    if delta is not None:
        return _block_difference(header, _split_blocks(delta[0]), _split_blocks(delta[1]))
    # digests, not the blocks, are held for the comparison: two 91 MB files would be 400 MB of sets
    old = {_digest(block) for block in _blocks(old_graph)}
    new: set[bytes] = set()
    added_blocks = []
    for block in _blocks(graph):
        digest = _digest(block)
        new.add(digest)
        if digest not in old:
            added_blocks.append(block)
    removed_blocks = [block for block in _blocks(old_graph) if _digest(block) not in new]
    return _block_difference(header, removed_blocks, added_blocks)


def _split_blocks(text: bytes) -> list[bytes]:
    """The blocks of a delta's text (blocks separated by a blank line, as in the file)."""
    return [block for block in text.split(b"\n\n") if block.strip()] if text else []


def _update(graph: Path, store: Path, previous: Path) -> bool:
    """Make `store` from previous/graph.store plus the difference between previous/graph.ttl and
    `graph`; False (nothing usable made) when there is no current previous store."""
    import pyoxigraph

    old_graph = previous / GRAPH_NAME
    if not status(old_graph).current:
        return False
    try:
        with open(old_graph, "rb") as a, open(graph, "rb") as b:
            header = _read_header(b)
            if _read_header(a) != header:
                return False  # other prefixes: every block reads differently, load from scratch
        removed, added = _difference(old_graph, graph, header)
        # a changed block's unchanged triples are neither removed nor added again: a new report that names a
        # province changes the province's block by one ont:mentionedIn, not its thousands (xwlb-news: an added
        # report's blocks held 100,000 triples, one at a time in Python)
        gone, new = set(removed), set(added)
        pyoxigraph.Store.read_only(str(store_path(old_graph))).backup(str(store))
        target = pyoxigraph.Store(str(store))
        for quad in gone - new:
            target.remove(quad)
        target.extend(new - gone)
        target.flush()
        del target
    except (OSError, SyntaxError, ValueError):
        return False  # the caller loads from scratch
    return True


def open_read_only(store: Path):
    """The store, opened read-only (a reader never changes what the build made)."""
    import pyoxigraph

    return pyoxigraph.Store.read_only(str(store))
