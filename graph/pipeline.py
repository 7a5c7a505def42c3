"""The library API: build a knowledge graph from files, the same calls the CLI makes.

    from graph.pipeline import build_graph, build
    kg = build_graph(["sources"])                       # KnowledgeGraph in memory
    report = build(["sources"], "output", jobs=2)       # and write output/graph.ttl, graph.html, ...

How a build runs: documents stream from read.iter_documents; each one is looked up in the
per-document cache (graph/cache.py); misses are cut into batches and extracted by an engine
(in-process, a process pool, or Dask, see graph/distributed.py) with a bounded number of batches
in flight, so the corpus is never held in memory, only the document graphs.  The document graphs
are sorted by (document id, source) before merging, so the output is byte-identical whatever the
job count, engine, cache state or order in which paths are given.
"""
from __future__ import annotations

import concurrent.futures as cf
import contextlib
import ctypes
import gc
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

from . import manifest, mergestate
from . import outdir as outdirs
from .cache import DocGraphCache, code_fingerprint, document_key
from .clean import clean
from .read import SUFFIXES, JSONL_SUFFIXES, KnownLine, characters, iter_documents
from .records import BuildError, CleanText, DocGraph, Document, KnowledgeGraph
from .resolve import Pooling, _without_cycle_collection, merge_pooled

DEFAULT_SOURCES = "sources"
DEFAULT_OUTPUT = "output"
DEFAULT_FORMATS = ("ttl", "trig", "html", "store")
SPLICED_FORMATS = ("ttl", "trig", "jsonld", "html")  # the writers that splice the previous build's file
CACHE_DIRNAME = ".cache"
ENGINES = ("local", "dask")

# A batch is what one worker call extracts: big enough that pickling and scheduling overhead is
# small next to ~1 s of extraction, and that the mention model's groups of sentences of similar
# length fill well (its network reads xwlb-news items ~12 % faster 256 at a time than 64), small
# enough that two cores stay balanced at the end.
BATCH_CHARS = 150_000
BATCH_DOCS = 256

# progress(documents_done, characters_done): called with increments as documents finish
Progress = Callable[[int, int], None]


@dataclass
class BuildReport:
    documents: int = 0
    entities: int = 0
    relations: int = 0
    errors: list[BuildError] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    seconds: float = 0.0
    characters: int = 0
    cached: int = 0  # documents whose graph came from the cache
    extracted: int = 0  # documents extracted in this build
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage: extract, merge, each format
    up_to_date: bool = False  # nothing changed since the last build: nothing was rebuilt or rewritten
    refused: str = ""  # why nothing was written (no document read, --strict with errors); "" when written

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds > 0 else 0.0


@dataclass
class ExtractStats:
    """What the extraction phase saw; filled in by iter_doc_graphs."""

    documents: int = 0
    characters: int = 0
    cached: int = 0
    extracted: int = 0
    kept: int = 0  # documents whose graphs the saved pooled state held (neither decoded nor pooled again)


def extract_document(doc: Document) -> DocGraph:
    """One document through the per-document stages: clean, then extract."""
    from .extract.document import extract  # (loaded where documents are extracted: see graph/extract/__init__.py)

    return extract(clean(doc))


def _failure(doc: Document, exc: Exception) -> BuildError:
    return BuildError(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")


def _extract_or_error(doc: Document) -> DocGraph | BuildError:
    try:
        return extract_document(doc)
    except Exception as exc:  # one bad document must not stop the build
        return _failure(doc, exc)


def extract_batch(docs: Sequence[Document]) -> list[DocGraph | BuildError]:
    """The unit of work sent to a worker process or Dask worker (module level, so it pickles).

    The documents are cleaned, their texts tagged by the mention model together (it is several
    times faster on a batch than text by text), then extracted one by one.  A document that fails
    at any step is an error of its own; if the joint tagging fails, each is tried alone."""
    from .extract.document import extract, tag_many

    cleaned: list[CleanText | BuildError] = []
    for doc in docs:
        try:
            cleaned.append(clean(doc))
        except Exception as exc:  # one bad document must not stop the build
            cleaned.append(_failure(doc, exc))
    texts = [ct.text for ct in cleaned if isinstance(ct, CleanText)]
    try:
        tagged = iter(tag_many(texts))
    except Exception:
        return [_extract_or_error(doc) for doc in docs]
    out: list[DocGraph | BuildError] = []
    for doc, ct in zip(docs, cleaned):
        if isinstance(ct, BuildError):
            out.append(ct)
            continue
        try:
            out.append(extract(ct, next(tagged)))
        except Exception as exc:
            out.append(_failure(doc, exc))
    return out


def warm_up() -> None:
    """Load the lazily cached reference data (jieba, gazetteer, village table) once per process."""
    try:
        extract_document(Document("warm-up", "warm-up", "中共北京市海淀区委员会书记在会上讲话。"))
    except Exception:  # a real failure will be reported per document; warming up is best effort
        pass


_GC_THRESHOLDS = gc.get_threshold()  # the interpreter's, as imported (build_graph raises them while it merges)


def _start_worker(parent: int | None = None) -> None:
    """A pool worker, forked while the parent merges: back to the usual collection, then warm up."""
    if parent is not None:
        _die_with(parent)
    gc.set_threshold(*_GC_THRESHOLDS)
    warm_up()


def _die_with(parent: int) -> None:
    """A worker whose build is killed must not live on: it would hold OUTDIR's lock (inherited with the
    parent's descriptors), so that no build could start there, and its memory, waiting for work that never
    comes.  On Linux the kernel kills it with its parent (PR_SET_PDEATHSIG); elsewhere nothing is done."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the call: no signal will come
        os._exit(1)


class Engine(Protocol):
    """Runs extract_batch somewhere; futures follow the concurrent.futures shape."""

    slots: int  # batches kept in flight

    def submit(self, docs: list[Document]) -> Any: ...
    def wait_first(self, futures: set[Any]) -> tuple[set[Any], set[Any]]: ...
    def result(self, future: Any) -> list[DocGraph | BuildError]: ...
    def close(self) -> None: ...
    def closed_quietly(self) -> bool: ...  # once closed: no thread of its own is left at work


class ProcessEngine:
    """A process pool started on the first batch, whose workers warm up once (initializer)."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.slots = 2 * jobs  # one batch running and one queued per worker
        self._pool: cf.ProcessPoolExecutor | None = None

    def submit(self, docs: list[Document]) -> cf.Future:
        self.start()
        return self._pool.submit(extract_batch, docs)

    def start(self, documents: int | None = None) -> None:
        """Start the workers now (they warm up while the caller does other work); no more of them than there
        are `documents` to extract, when that is known (a rebuild after one edit warms one worker, not a
        second that would take the core the parent reads the saved state on)."""
        if self._pool is None:
            workers = self.jobs if documents is None else max(1, min(self.jobs, documents))
            self._pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                                                initargs=(os.getpid(),))
            self._pool.submit(int)  # (forked: every worker is made at the first task)

    def wait_first(self, futures: set[cf.Future]) -> tuple[set[cf.Future], set[cf.Future]]:
        done, pending = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
        return set(done), set(pending)

    def result(self, future: cf.Future) -> list[DocGraph | BuildError]:
        return future.result()

    @property
    def started(self) -> bool:
        return self._pool is not None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def closed_quietly(self) -> bool:
        return self._pool is None  # (shutdown joined the pool's threads)


def _batches(items: Iterable[Document | DocGraph], on_hit: Callable[[DocGraph], None]) -> Iterator[list[Document]]:
    """Cut the cache misses into batches by size; cache hits are handed to on_hit as they pass."""
    batch: list[Document] = []
    chars = 0
    for item in items:
        if isinstance(item, DocGraph):
            on_hit(item)
            continue
        batch.append(item)
        chars += len(item.text)
        if chars >= BATCH_CHARS or len(batch) >= BATCH_DOCS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _with_last(items: Iterator[list[Document]]) -> Iterator[tuple[list[Document], bool]]:
    """Each item with a flag telling whether it is the last one (one item of look-ahead)."""
    previous = next(items, None)
    while previous is not None:
        current = next(items, None)
        yield previous, current is None
        previous = current


def _lookup(paths: Sequence[str | Path], errors: list[BuildError], cache: DocGraphCache | None,
            keys: dict[tuple[str, int], str], stats: ExtractStats, known: Counter | None = None,
            pooled: Counter | None = None, progress: Progress | None = None,
            read: Sequence[tuple[Document | KnownLine | BuildError, str]] | None = None) -> Iterator[Document | DocGraph]:
    """Documents to extract, or their cached graphs; read errors go to `errors`.  A document whose key
    is in `known` (the graphs a saved pooling holds) is neither decoded nor yielded: its count there goes
    down.  `pooled` counts the keys of the cached graphs yielded (the misses' keys wait in `keys`).
    `read`: the inputs already read, with their keys (manifest.InputState.read), instead of `paths`."""
    fingerprint = code_fingerprint() if cache is not None else ""
    items = read if read is not None else ((item, "") for item in iter_documents(paths))
    for item, known_key in items:
        if isinstance(item, BuildError):
            errors.append(item)
            continue
        stats.documents += 1
        stats.characters += characters(item)
        if cache is None:  # (a line read before, KnownLine, is made a Document only where one is extracted)
            yield item.document() if isinstance(item, KnownLine) else item
            continue
        key = known_key or document_key(item, fingerprint)
        if known is not None and known[key] > 0:
            known[key] -= 1
            stats.cached += 1
            stats.kept += 1
            if progress is not None:
                progress(1, 0)
            continue
        cached = cache.get(key)
        if cached is not None:
            stats.cached += 1
            if pooled is not None:
                pooled[key] += 1
            yield cached
        else:
            if isinstance(item, KnownLine):
                item = item.document()
            keys[(item.source, item.offset)] = key
            yield item


def iter_doc_graphs(paths: Sequence[str | Path], errors: list[BuildError], *, jobs: int = 1,
                    cache: DocGraphCache | None = None, engine: Engine | None = None,
                    progress: Progress | None = None, stats: ExtractStats | None = None,
                    known: Counter | None = None, pooled: Counter | None = None,
                    read: Sequence[tuple[Document | KnownLine | BuildError, str]] | None = None) -> Iterator[DocGraph]:
    """Document graphs of everything under `paths`, in completion order (callers sort them).

    With `known` (cache keys of graphs the caller holds already) those documents are skipped, and
    `pooled` counts the cache keys of the graphs yielded (see _lookup); with `read` (what
    manifest.input_state read: each document with its cache key) `paths` are not read again.

    With an engine (or jobs > 1) misses go to it with at most engine.slots batches in flight;
    the last batch goes in-process when no worker has been started, so that a rebuild that
    misses a handful of documents does not pay for starting a pool.
    """
    stats = stats if stats is not None else ExtractStats()
    # (source, offset) -> cache key, for the misses in flight: the parts of a long file share their source (by
    # source alone, a file's first part was cached under its last part's key, the others not at all)
    keys: dict[tuple[str, int], str] = {}
    cache_failed: list[OSError] = []
    hits: list[DocGraph] = []
    own_engine = engine is None and jobs > 1
    if own_engine:
        engine = ProcessEngine(jobs)

    def finished(results: list[DocGraph | BuildError], batch: list[Document]) -> Iterator[DocGraph]:
        graphs: list[DocGraph] = []
        new_entries: list[tuple[str, DocGraph]] = []
        for doc, result in zip(batch, results):
            key = keys.pop((doc.source, doc.offset), None)
            if isinstance(result, BuildError):
                errors.append(result)
                continue
            stats.extracted += 1
            graphs.append(result)
            if key is not None:
                if pooled is not None:
                    pooled[key] += 1
                new_entries.append((key, result))
        if cache is not None and new_entries and not cache_failed:
            try:
                cache.put_many(new_entries)
            except OSError as exc:  # a full disk loses the cache, not the build: said once, then off
                errors.append(BuildError(str(cache.folder), f"cache write failed, cache off for this build: {exc}"))
                cache_failed.append(exc)
        yield from graphs
        if progress is not None:
            progress(len(batch), sum(len(d.text) for d in batch))

    def drain_hits() -> Iterator[DocGraph]:
        while hits:
            graph = hits.pop()
            if progress is not None:
                progress(1, 0)
            yield graph

    batches = _batches(_lookup(paths, errors, cache, keys, stats, known, pooled, progress, read), hits.append)
    try:
        if engine is None:
            for batch in batches:
                yield from drain_hits()
                yield from finished(extract_batch(batch), batch)
            yield from drain_hits()
            return
        in_flight: dict[Any, list[Document]] = {}
        for batch, last in _with_last(batches):
            yield from drain_hits()
            if last and not in_flight and not getattr(engine, "started", True):
                yield from finished(extract_batch(batch), batch)
                continue
            while len(in_flight) >= engine.slots:
                done, _ = engine.wait_first(set(in_flight))
                for fut in done:
                    yield from finished(engine.result(fut), in_flight.pop(fut))
            in_flight[engine.submit(batch)] = batch
        yield from drain_hits()
        while in_flight:
            done, _ = engine.wait_first(set(in_flight))
            for fut in done:
                yield from finished(engine.result(fut), in_flight.pop(fut))
    finally:
        if own_engine and engine is not None:
            engine.close()


def make_engine(engine: str, jobs: int, scheduler: str | None = None) -> Engine | None:
    """None means in-process extraction (jobs == 1 with the local engine)."""
    if engine == "local":
        return ProcessEngine(jobs) if jobs > 1 else None
    if engine == "dask":
        from .distributed import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=jobs)
    raise ValueError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")


@contextlib.contextmanager
def _rare_full_collections() -> Iterator[None]:
    """While the document graphs are merged the heap grows by millions of objects that hold no cycles,
    and the collector's full passes over it (one each time it grew by a quarter) were a third of loading
    a rebuild's 18,898 cached xwlb-news graphs.  The young generations are still collected, less often:
    a document extracted in this process meanwhile still has its short-lived garbage reclaimed."""
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def build_graph(paths: Sequence[str | Path] = (DEFAULT_SOURCES,), *, jobs: int = 1,
                cache_dir: str | Path | None = None, engine: str | Engine = "local",
                scheduler: str | None = None, progress: Progress | None = None,
                stats: ExtractStats | None = None,
                read: Sequence[tuple[Document | KnownLine | BuildError, str]] | None = None) -> KnowledgeGraph:
    """Read, extract (in parallel, from the cache when cache_dir is given) and merge.

    With a cache the pooled state is kept in it too (graph/mergestate.py): the next build pools only the
    documents that changed since, and resolves the whole as a clean build does.  `read`: the inputs of
    `paths` as graph.manifest.input_state read them (its InputState.read), so that they are not read again."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    stats = stats if stats is not None else ExtractStats()
    errors: list[BuildError] = []
    cache = DocGraphCache(cache_dir) if cache_dir is not None else None
    runner = make_engine(engine, jobs, scheduler) if isinstance(engine, str) else engine
    pull = partial(iter_doc_graphs, paths, errors, cache=cache, engine=runner, progress=progress, stats=stats,
                   read=read)
    folder = Path(cache_dir) if cache_dir is not None else None
    frozen = False
    try:
        with _rare_full_collections():
            # pooled as they arrive: the merge is order-independent (every document gives the same label,
            # type and code for a key, and evidence is pooled in sets), so no document graph is held
            # longer than it takes to pool it
            saved = _saved_state(folder, runner, None if read is None else _parsed(read))
            frozen = saved is not None  # (unfrozen when the build is done)
            state = _pool_changes(saved, pull, cache) if saved is not None and cache is not None else None
            if state is None:  # no saved state, or changes it cannot take (it is then replaced)
                state, saved = _pool_afresh(pull, stats, errors), None
            pull = read = None  # what was read is pooled: not held through the resolution
            own_closed = runner is not None and isinstance(engine, str)
            if own_closed:
                # the workers are done: an engine of our own is closed before the resolution, so that its
                # workers do not outlive extraction (a Dask LocalCluster's two workers and their nannies held
                # ~1 GB as a clean xwlb-news build's extraction ended)
                runner.close()
            # (none for a build that read nothing: a mistyped path neither replaces a good state nor leaves
            # an output folder behind)
            saving = None
            if folder is not None and state.graphs and (saved is None or _far_from(saved, state)):
                # a child saves the state beside the resolution when the engine was our own, now closed, and
                # left no thread of its own at work (a fork could copy a lock one of them holds); with an engine
                # the caller gave (a running Dask client's threads) the state is saved here
                beside = own_closed and runner.closed_quietly()
                saving = _save_state_aside(folder, state, errors, beside=beside)
            try:
                kg = merge_pooled(state.pooling)
            finally:
                if saving is not None:
                    saving()
    finally:
        if frozen:
            gc.unfreeze()
        if runner is not None and isinstance(engine, str):
            runner.close()
        if cache is not None:
            cache.close()
    kg.errors.extend(sorted(errors, key=lambda e: (e.source, e.message)))
    return kg


def _saved_state(folder: Path | None, runner: Engine | None, changed: int | None) -> mergestate.MergeState | None:
    """The pooled state the last build saved in the cache folder, if any can be read.  `changed`: how many
    inputs were read afresh (new or changed: the most there can be to extract), when known."""
    if folder is None:
        return None
    if isinstance(runner, ProcessEngine) and (folder / mergestate.STATE_NAME).exists() and changed != 0:
        # a rebuild: a worker loads the extractor for the documents that changed (0.8 s) while the saved
        # state is read (1-1.5 s on xwlb-news), instead of after it
        runner.start(changed)
    # the state read back (~1 M objects, no cycles: graph/mergestate.py) is kept out of the collector's passes
    # till the build is done (the caller unfreezes): its first two passes, as the collector came back on after
    # reading it, walked all of it, 0.4 s of an xwlb-news rebuild
    with _without_cycle_collection():
        state = mergestate.load(folder)
        if state is not None:
            gc.freeze()
    return state


def _parsed(read: Sequence[tuple[Document | KnownLine | BuildError, str]]) -> int:
    """How many of the inputs were read afresh (a line the line memo knows is not: graph/read.py)."""
    return sum(isinstance(item, Document) for item, _ in read)


def _pool_afresh(pull: Callable[..., Iterator[DocGraph]], stats: ExtractStats,
                 errors: list[BuildError]) -> mergestate.MergeState:
    """Every graph pooled, after a failed attempt from a saved state too: what it read is read again (its
    errors and counts with it), and what it extracted is in the cache now, still counted as extracted."""
    errors.clear()
    extracted = stats.extracted
    for name in ("documents", "characters", "cached", "extracted", "kept"):
        setattr(stats, name, 0)
    state = mergestate.MergeState(Pooling(), Counter())
    for dg in pull(pooled=state.graphs):
        state.pooling.add(dg)
    stats.extracted += extracted
    stats.cached -= min(extracted, stats.cached)
    return state


# graphs of documents the saved state holds another version of wait until the old versions are out; past
# this many (a new extractor: every document is new) the build pools everything afresh instead
HELD_LIMIT = 2_000


def _pool_changes(saved: mergestate.MergeState, pull: Callable[..., Iterator[DocGraph]],
                  cache: DocGraphCache) -> mergestate.MergeState | None:
    """The saved state with the graphs of removed and edited documents taken out and those of new and
    edited documents added; None when it cannot be done (an old graph no longer in the cache, a document
    id several graphs share, too many changes): the caller then pools everything."""
    pooling = saved.pooling
    gone = Counter(saved.graphs)  # what is left of it once the inputs are read: the graphs to take out
    added: Counter = Counter()
    held: list[DocGraph] = []
    for dg in pull(known=gone, pooled=added):
        if pooling.graphs_per_document[dg.document.id]:
            held.append(dg)
            if len(held) > HELD_LIMIT:
                return None
        else:
            pooling.add(dg)
    for key, times in (+gone).items():
        old = cache.get(key)
        if times != 1 or old is None or not pooling.removable(old):
            return None
        pooling.remove(old)
    for dg in held:
        pooling.add(dg)
    return mergestate.MergeState(pooling, saved.graphs - gone + added)


# A build keeps what it read to see whether it is current (each document with its cache key) for the build
# itself when the texts come to at most this many characters (~2-4 bytes each in memory): xwlb-news has 9.7 M
KEEP_READ_CHARACTERS = 32_000_000

# The saved state is rewritten only when the documents changed since it was saved are this many (or this
# share of them): writing it costs a clean build of xwlb-news 1-2 s, and a rebuild that starts from an older
# state only takes out and adds again, from the cache, the graphs of every document changed since.
RESAVE_CHANGES = 200
RESAVE_SHARE = 0.01


def _far_from(saved: mergestate.MergeState, state: mergestate.MergeState) -> bool:
    changed = sum(((saved.graphs - state.graphs) + (state.graphs - saved.graphs)).values())
    return changed > max(RESAVE_CHANGES, RESAVE_SHARE * sum(state.graphs.values()))


def _save_state(folder: Path, state: mergestate.MergeState, errors: list[BuildError]) -> None:
    try:
        mergestate.save(folder, state)
    except OSError as exc:
        _state_not_saved(folder, errors, str(exc))


def _state_not_saved(folder: Path, errors: list[BuildError], reason: str) -> None:
    mergestate.discard(folder)  # the graph is complete; the next build pools everything again
    errors.append(BuildError(str(folder), f"pooled state not saved: {reason}"))


def _save_state_aside(folder: Path, state: mergestate.MergeState, errors: list[BuildError],
                      beside: bool) -> Callable[[], None]:
    """Save the pooled state; returns what waits for the save to end.  With `beside` (a build on several
    cores) a forked child saves it while the parent resolves: encoding and writing it took a clean build of
    xwlb-news 1.2-1.4 s with the other core idle.  The child sees the pooling as it was at the fork, before
    merge_pooled changes its pools, and reports a failure as the in-process save does."""
    if not beside or "fork" not in multiprocessing.get_all_start_methods():
        _save_state(folder, state, errors)
        return lambda: None
    parent = os.getpid()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: save, say what failed, and leave without the parent's exit handlers
        code = 1
        try:
            os.close(read)
            _die_with(parent)  # a killed build's child must not hold OUTDIR's lock (inherited)
            gc.disable()  # a short life: its collector would only copy the parent's pages, walking them
            message = b""
            try:
                mergestate.save(folder, state)
            except OSError as exc:
                message = str(exc).encode("utf-8", "replace")[:4000] or b"OSError"
            os.write(write, message)
            code = 0
        finally:
            os._exit(code)
    os.close(write)

    def wait() -> None:
        with os.fdopen(read, "rb") as pipe:
            message = pipe.read().decode("utf-8", "replace")
        _, status = os.waitpid(pid, 0)
        if message or os.waitstatus_to_exitcode(status) != 0:
            _state_not_saved(folder, errors, message or "the saving process failed")

    return wait


WRITERS: dict[str, tuple[str, Callable[[KnowledgeGraph, Path], None]]] = {}


def _writers() -> dict[str, tuple[str, Callable[[KnowledgeGraph, Path], None]]]:
    # imported lazily so that a notebook user who only wants build_graph does not pay for them
    from . import store
    from .write import html, rdf

    table: dict[str, tuple[str, Callable[[KnowledgeGraph, Path], None]]] = {
        "ttl": ("graph.ttl", rdf.write_turtle),
        "trig": ("graph.trig", rdf.write_trig),
        "html": ("graph.html", html.write_html),
        # the query store is made from the graph.ttl just written (see _units: same share, after it)
        "store": (store.STORE_NAME, _write_store),
    }
    try:
        from .write import exports
    except ImportError:
        return table
    for fmt, (filename, writer) in exports.EXPORTS.items():
        table[fmt] = (filename, writer)
    return table


class OutputError(OSError):
    """Writing the outputs failed (full disk, unwritable folder, a writer's error); nothing was replaced."""


def write_outputs(kg: KnowledgeGraph, outdir: str | Path, formats: Sequence[str] = DEFAULT_FORMATS,
                  timings: dict[str, float] | None = None, jobs: int = 1) -> list[str]:
    """Write each format, all or nothing: into a staging folder first, then moved into `outdir`
    together (graph/outdir.py); on any failure every previous output stays as it was.

    With jobs > 1 the writers share the cores (forked children see the graph without pickling it;
    the parent writes one share itself)."""
    outdir = Path(outdir)
    table = _writers()
    if "store" in table:  # updated from the previous build's store in OUTDIR when there is a current one
        name = table["store"][0]
        table["store"] = (name, partial(_write_store, previous=outdir))
    # the previous file spliced, by its index in OUTDIR (graph/write/splice.py)
    for fmt in (*SPLICED_FORMATS, *_TABLE_EXPORTS):
        if fmt in table:
            name, writer = table[fmt]
            table[fmt] = (name, partial(writer, previous=outdir))
    check_formats(formats, table)
    timings = timings if timings is not None else {}
    names = [table[fmt][0] for fmt in formats]
    try:
        with outdirs.transaction(outdir) as tx:
            prepared = _prepare_blocks(kg, formats, table)
            scheduled = _walk_once(list(formats), table, outdir, prepared)
            _stream_store(formats, table, outdir, tx.staging)
            shares = _shares(scheduled, jobs, rebuild=_is_rebuild(scheduled, table, outdir))
            if len(shares) > 1:
                _write_in_parallel(kg, tx.staging, table, shares, timings, prepared)
            else:
                if prepared is not None:
                    _make_digests(prepared, timings)
                with _rare_full_collections():
                    timings.update(_write_formats(kg, tx.staging, table, shares[0]))
            tx.commit(names)
        _remove_old_memos(outdir)
    except OSError as exc:
        reason = exc.strerror or str(exc) if not isinstance(exc, OutputError) else str(exc)
        where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
        raise OutputError(exc.errno, f"writing the outputs into {outdir} failed ({reason}{where}); "
                                     "nothing replaced, the previous outputs are kept") from exc
    return [str(outdir / name) for name in names]


def check_formats(formats: Sequence[str], table: dict | None = None) -> None:
    """ValueError naming what is wrong with `formats` (an unknown name, the store without the Turtle)."""
    table = table if table is not None else _writers()
    unknown = [f for f in formats if f not in table]
    if unknown:
        raise ValueError(f"unknown output format(s): {', '.join(unknown)}; known: {', '.join(sorted(table))}")
    if "store" in formats and "ttl" not in formats:
        raise ValueError("the query store (format store) is made from graph.ttl: add format ttl")


def _remove_old_memos(outdir: Path) -> None:
    """The SQLite block memos of builds before the splicing writers (OUTDIR/.kg-blocks/<file>.sqlite, some
    hundreds of MB on xwlb-news): no longer read, so no longer kept."""
    from .write.memo import MEMO_DIRNAME

    for old in (outdir / MEMO_DIRNAME).glob("*.sqlite*"):
        with contextlib.suppress(OSError):
            old.unlink()


def _prepare_blocks(kg: KnowledgeGraph, formats: Sequence[str], table: dict) -> DigestsToCome | None:
    """Hand every block writer the records' digests, made once for all of them (graph/write/rdf.py: prepare)
    when first asked for or by the parent beside the writer shares (DigestsToCome); returned too (None: no
    block writer).  The exports of nodes and edges share one Tables of the graph (made in their process
    when first asked for: graph/write/exports.py)."""
    tabled = [fmt for fmt in formats if fmt in _TABLE_EXPORTS]
    if tabled:
        from .write import exports

        tables = exports.prepare(kg)
        for fmt in tabled:
            name, writer = table[fmt]
            table[fmt] = (name, partial(writer, prepared=tables))
    spliced = [fmt for fmt in formats if fmt in SPLICED_FORMATS]
    if not spliced:
        return None
    prepared = DigestsToCome(kg)
    for fmt in spliced:
        name, writer = table[fmt]
        table[fmt] = (name, partial(writer, prepared=prepared))
    return prepared


DIGEST_BYTES = 16  # graph/write/memo.py: record_digest


class DigestsToCome:
    """What the block writers share (graph/write/rdf.py: Prepared — the graph, its records' digests in walk
    order, the parts of evidence read in many places), made once for all of them.  The writer shares are
    forked before the digests are made: the parent makes them (`make`) while a child writes what needs none
    first (the exports of nodes and edges, the HTML view's payload), and hands them to each child through a
    pipe; a child waits for them when a writer first reads `digests`.  An edit rebuild of xwlb-news spent
    0.6 s making them in the parent with the other core idle.  A child makes its own parts of large evidence
    when a writer asks (the parent's are new objects after the fork)."""

    def __init__(self, kg: KnowledgeGraph):
        self.kg = kg
        self.chunks: dict = {}
        self._digests: list[bytes] | None = None
        self._source: Any = None  # a child's end of the pipe from the parent

    @property
    def digests(self) -> list[bytes]:
        if self._digests is None:
            if self._source is None:
                self.make()
            else:
                data = self._source.recv_bytes()  # EOFError when the parent could not make them
                self._digests = [data[i:i + DIGEST_BYTES] for i in range(0, len(data), DIGEST_BYTES)]
        return self._digests

    def make(self) -> None:
        from .write import rdf

        # (the digests make ~1 M short-lived objects: collecting them as they came was a third of their time)
        with _rare_full_collections():
            made = rdf.prepare(self.kg)
        if any(len(d) != DIGEST_BYTES for d in made.digests):
            raise ValueError("a record digest of unexpected length")
        self._digests, self.chunks = made.digests, made.chunks

    def packed(self) -> bytes:
        return b"".join(self.digests)

    def receive_from(self, source: Any) -> None:
        """In a forked child: the digests will come through `source`."""
        self._digests, self.chunks, self._source = None, {}, source


def _make_digests(prepared: DigestsToCome, timings: dict[str, float]) -> None:
    started = time.perf_counter()
    prepared.make()
    timings["digests"] = time.perf_counter() - started


def _walk_once(formats: list[str], table: dict, outdir: Path, prepared) -> list[str]:
    """The formats to schedule.  When graph.ttl and graph.jsonld are both written whole (neither has an index
    in OUTDIR to splice by: a clean build), the Turtle writer writes both from one walk of the records
    (graph/write/rdf.py: write_whole_files), and JSON-LD is no writer of its own."""
    from .write import splice

    if "ttl" not in formats or "jsonld" not in formats or any(
            splice.index_path(outdir, table[fmt][0]).exists() for fmt in ("ttl", "jsonld")):
        return formats
    table["ttl"] = (table["ttl"][0], partial(_write_turtle_and_jsonld, jsonld_name=table["jsonld"][0],
                                             previous=outdir, prepared=prepared))
    return [fmt for fmt in formats if fmt != "jsonld"]


def _write_turtle_and_jsonld(kg: KnowledgeGraph, path: Path, jsonld_name: str, previous: Path,
                             prepared=None, tap=None) -> None:
    """graph.ttl, then graph.jsonld beside it, both written whole from one walk of the records."""
    from .write import exports, rdf

    rdf.write_whole_files(kg, [rdf.WholeFile(path, rdf.turtle_block, rdf.TURTLE, previous),
                               rdf.WholeFile(path.parent / jsonld_name, exports.jsonld_block, exports.JSONLD, previous)],
                          prepared=prepared, tap=tap)


def _stream_store(formats: Sequence[str], table: dict, outdir: Path, staging: Path) -> None:
    """A store made from scratch (OUTDIR has none to update) is loaded from the Turtle blocks as the Turtle
    writer renders them (graph/store.py: StreamedLoad) rather than after it: the store's load, the longest
    writer, then runs beside the Turtle's instead of after it.  A Turtle spliced from the previous file
    hands over nothing, and the store is then made as before."""
    from . import store
    from .write import rdf

    if "store" not in formats or "ttl" not in formats or (outdir / store.STORE_NAME).exists():
        return
    load = store.StreamedLoad(staging / store.STORE_NAME, rdf.TURTLE.head)
    name, writer = table["ttl"]
    table["ttl"] = (name, partial(_write_turtle_handing, writer=writer, load=load))
    name, writer = table["store"]
    table["store"] = (name, partial(_finish_store, writer=writer, load=load))


def _write_turtle_handing(kg: KnowledgeGraph, path: Path, writer: Callable, load) -> None:
    """The Turtle writer, handing its blocks to the store's load; a failed write stops the load."""
    try:
        writer(kg, path, tap=load)
    except BaseException:
        load.abandon()
        raise


def _finish_store(kg: KnowledgeGraph, path: Path, writer: Callable, load) -> None:
    """The store the Turtle writer's blocks were loaded into, fingerprinted with the graph.ttl staged beside it
    `path`; made by `writer` when the Turtle handed over nothing."""
    from . import store

    if load.complete:
        load.finish(path.parent / store.GRAPH_NAME)
    else:
        load.abandon()
        writer(kg, path)


# each writer's CPU seconds on the xwlb-news graph (each alone, rounded), to balance the shares; the
# store's Turtle load goes with the Turtle writer, and the shares still come out about even.  In a clean
# build the Turtle writer writes the JSON-LD too (_walk_once) and the store loads beside it (_stream_store):
# its share (CPU ~12 s in the main thread, 17 s in the store's) and the other (TriG, the exports, the HTML
# view: ~17 s) then ended within 0.2 s of each other on xwlb-news
_WRITER_COST = {"ttl": 8, "trig": 11, "jsonld": 9, "html": 3, "store": 15, "cytoscape": 1.5, "csv": 0.2, "gexf": 1,
                "neo4j": 0.5, "graphml": 0.6}
# the exports that describe nodes and edges alike (graph/write/exports.py: TABLE_EXPORTS, one Tables of the
# graph for all of them): written by one process, they make each node's and edge's attributes once
_TABLE_EXPORTS = ("graphml", "gexf", "neo4j", "cytoscape", "csv")


def _units(formats: list[str]) -> list[list[str]]:
    """Formats that one process writes, in order: the store after the Turtle it loads; the exports of
    nodes and edges together."""
    units = [[f] for f in formats if f != "store" and f not in _TABLE_EXPORTS]
    if "store" in formats:
        next(u for u in units if u == ["ttl"]).append("store")
    exports = [f for f in formats if f in _TABLE_EXPORTS]
    if exports:
        units.append(exports)
    return units


# each writer's seconds in a rebuild of xwlb-news after one item was edited (report.timings of graph.pipeline.build,
# jobs=2, the shares as they run side by side, December 2026): the digests 0.6, ttl 0.3, trig 0.73, jsonld 0.35, html
# 0.85, store 0.5, the five table exports 0.45 together.  A rebuild splices: its costs are not in proportion to a clean
# build's (the HTML view, 3 of 53 s there, is a fifth of a rebuild's writing).  Measured alone (jobs=1) each writer
# takes a fifth to a third less, and shares balanced by those costs ended 0.15-0.2 s later than by these, which hold
# what two writers at once cost each other.  The store is updated in a thread beside its share's writers
# (_write_formats) and mostly waits: it bounds its share's time (_share_seconds) without adding to its writers'
_REBUILD_COST = {"ttl": 0.3, "trig": 0.73, "jsonld": 0.35, "html": 0.85, "store": 0.5, "cytoscape": 0.05,
                 "csv": 0.07, "gexf": 0.05, "neo4j": 0.04, "graphml": 0.24}
# the records' digests, made by the parent before its own share (DigestsToCome) while a child writes what
# needs none
_REBUILD_DIGESTS = 0.6


def _is_rebuild(formats: Sequence[str], table: dict, outdir: Path) -> bool:
    """Whether the previous build's block indexes are in OUTDIR, so that the splicing writers splice."""
    from .write import splice

    return any(splice.index_path(outdir, table[fmt][0]).exists() for fmt in formats if fmt in SPLICED_FORMATS)


def _share_seconds(units: list[list[str]], cost: dict[str, float], parent: bool, digests: float) -> float:
    """A share's time: the parent's writers one after another once it has made the records' digests (taking
    `digests` seconds); a child's in the order it writes them (_digests_last), a writer that needs the digests
    starting no sooner than they come; the store, in a thread from when its Turtle is written, ends after
    that and its own time."""
    ended, store = (digests, 0.0) if parent else (0.0, 0.0)
    for unit in (units if parent else sorted(units, key=lambda u: _digest_wait(u[0]))):
        if not parent and _digest_wait(unit[0]) == 2:
            ended = max(ended, digests)
        ended += sum(cost.get(f, 1) for f in unit if f != "store")
        if "store" in unit:
            store = ended + cost.get("store", 1)
    return max(ended, store)


def _balanced(units: list[list[str]], shares: int, cost: dict[str, float],
              digests: float) -> list[list[list[str]]] | None:
    """The units in `shares` groups that end soonest (_share_seconds of the longest; the first group is the
    parent's), of every way to group them (the first such way, in a fixed order); None when there are too
    many ways to try.  The parent's units: the store's first (its thread starts when its Turtle is written),
    then the longest."""
    if shares ** len(units) > 4096:
        return None
    best: tuple[float, list[list[list[str]]]] | None = None
    for choice in itertools.product(range(shares), repeat=len(units)):
        groups = [[u for u, c in zip(units, choice) if c == s] for s in range(shares)]
        groups[0].sort(key=lambda u: ("store" not in u, -sum(cost.get(f, 1) for f in u)))
        longest = max(_share_seconds(g, cost, i == 0, digests) for i, g in enumerate(groups))
        if best is None or longest < best[0] - 1e-9:
            best = (longest, groups)
    return [g for g in best[1] if g]


def _shares(formats: list[str], jobs: int, rebuild: bool = False) -> list[list[str]]:
    """The formats in at most `jobs` shares, each written by one process (the first by the parent), balanced
    by the writers' costs: a clean build's (_WRITER_COST) or, when the previous build's indexes are there to
    splice by, a rebuild's (_REBUILD_COST)."""
    if jobs <= 1 or len(formats) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [[f for unit in _units(formats) for f in unit]]
    units = _units(formats)
    if rebuild:
        grouped = _balanced(units, min(jobs, len(units)), _REBUILD_COST, _REBUILD_DIGESTS)
        if grouped is not None:
            return [[f for unit in g for f in unit] for g in grouped]
    shares: list[list[str]] = [[] for _ in range(min(jobs, len(units)))]
    load = [0] * len(shares)
    cost = {u[0]: sum(_WRITER_COST.get(f, 1) for f in u) for u in units}
    for unit in sorted(units, key=lambda u: (-cost[u[0]], formats.index(u[0]))):
        i = load.index(min(load))
        shares[i].extend(unit)
        load[i] += cost[unit[0]]
    return shares


def _write_store(kg: KnowledgeGraph, path: Path, previous: Path | None = None) -> None:
    """The query store from the graph.ttl staged beside `path`; updated from the store of the
    previous build in folder `previous` when that one is current (graph/store.py)."""
    from . import store

    store.write_store(path.parent / store.GRAPH_NAME, path, previous)


def _write_one(kg: KnowledgeGraph, outdir: Path, table, fmt: str) -> float:
    started = time.perf_counter()
    filename, writer = table[fmt]
    writer(kg, outdir / filename)
    return time.perf_counter() - started


def _write_formats(kg, outdir, table, share: list[str]) -> dict[str, float]:
    """Each format of a share in order, the seconds of each.  The query store is loaded in a thread while
    the share's writers after it run: pyoxigraph lets go of the GIL while it loads, so its 15 s of CPU in
    RocksDB (xwlb-news) need not wait for the other writers of its share nor hold them up, and the shares
    keep both cores busy to the end."""
    from .write import atomic

    timings: dict[str, float] = {}
    # the staged files reach the disk before the share is done (the commit waits for every share), not each
    # before the share's next writer starts
    with atomic.syncs_deferred() as written, cf.ThreadPoolExecutor(max_workers=1) as background:
        store = None
        for fmt in share:
            if fmt == "store":
                store = background.submit(_write_one, kg, outdir, table, fmt)
            else:
                timings[fmt] = _write_one(kg, outdir, table, fmt)
        if store is not None:
            timings["store"] = store.result()  # its error, if any, is raised here
    atomic.sync_all(written)
    return timings


def _write_share(kg, outdir, table, share, results, prepared: DigestsToCome | None = None, source=None,
                 others: Sequence = ()) -> None:
    try:
        for end in others:  # the parent's ends: a pipe whose parent failed must read as closed
            end.close()
        if prepared is not None:
            prepared.receive_from(source)
        with _rare_full_collections():
            results.put(("ok", _write_formats(kg, outdir, table, _digests_last(share))))
    except BaseException as exc:  # report it to the parent, which raises
        results.put(("error", f"{type(exc).__name__}: {exc}"))


# the writers that read the records' digests only after work of their own (the exports of nodes and edges not at
# all; the HTML view after making its payload): a child forked before the digests are made writes them first
_DIGESTS_LATE = ("html",)


def _digest_wait(fmt: str) -> int:
    """0: a writer that needs no digest, 1: one that needs them late (_DIGESTS_LATE), 2: one that needs them
    at once."""
    if fmt in _TABLE_EXPORTS:
        return 0
    return 1 if fmt in _DIGESTS_LATE else 2


def _digests_last(share: list[str]) -> list[str]:
    """The share's formats with those that need no digest first, then those that need them late, in order
    (the query store stays right after the Turtle it is loaded from)."""
    return [fmt for unit in sorted(_units(share), key=lambda u: _digest_wait(u[0])) for fmt in unit]


def _write_in_parallel(kg, outdir, table, shares, timings, prepared: DigestsToCome | None = None) -> None:
    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()
    pipes = [ctx.Pipe(duplex=False) for _ in shares[1:]] if prepared is not None else []
    parent_ends = [sink for _, sink in pipes]
    children = [ctx.Process(target=_write_share, args=(kg, outdir, table, share, results, prepared,
                                                       pipes[i][0] if pipes else None, parent_ends))
                for i, share in enumerate(shares[1:])]
    # the children's collector then leaves the shared graph's pages alone (less copy-on-write), and the
    # parent's, while it writes its own share, does not walk the graph again and again either
    gc.freeze()
    started = []
    own_error: Exception | None = None
    handing: list[threading.Thread] = []
    try:
        for child in children:
            child.start()
            started.append(child)
        for source, _ in pipes:
            source.close()
        if prepared is not None:
            _make_digests(prepared, timings)
            # handed over beside the parent's own share (a thread per child: a child reads them only when a
            # writer first needs them, and a pipe holds 64 KB of their 1.2 MB)
            data = prepared.packed()
            handing = [threading.Thread(target=_hand_over, args=(data, sink)) for sink in parent_ends[:len(started)]]
            for thread in handing:
                thread.start()
        # and in every share the collector runs rarely (_write_share too): the writers' own objects (the
        # index of blocks, the memo's batches, the HTML payload) hold no cycles, and collecting them as
        # often as usual was a fifth of TriG's CPU and a third of the HTML view's
        with _rare_full_collections():
            timings.update(_write_formats(kg, outdir, table, shares[0]))
    except Exception as exc:
        # raised once the children are done: none may still be writing into the staging folder that the
        # failure is about to remove
        own_error = exc
    finally:
        for thread in handing:
            thread.join()
        for sink in parent_ends:
            sink.close()  # (a child still waiting for digests that never came reads the pipe as closed)
        gc.unfreeze()
    problems = []
    for _ in started:
        status, payload = results.get()
        if status == "ok":
            timings.update(payload)
        else:
            problems.append(payload)
    for child in started:
        child.join()
        if child.exitcode != 0:
            problems.append(f"writer process exited with code {child.exitcode}")
    if own_error is not None:
        raise own_error
    if problems:
        raise OSError("writing outputs failed: " + "; ".join(problems))


def _hand_over(data: bytes, sink) -> None:
    """The digests to a child (a child gone already has its error reported through the results)."""
    with contextlib.suppress(OSError):
        sink.send_bytes(data)


def count_documents(paths: Sequence[str | Path]) -> int:
    """A quick estimate of how many documents `paths` hold (for a progress bar's ETA).

    Counts files by suffix and the non-blank lines of JSON-lines files; it reads bytes only,
    never decodes, and anything unreadable counts as one (read.py reports it properly later).
    """
    total = 0
    for root in paths:
        root = Path(root)
        files = [root] if not root.is_dir() else [p for p in root.rglob("*") if p.suffix.lower() in SUFFIXES]
        for path in files:
            if path.suffix.lower() not in JSONL_SUFFIXES:
                total += 1
                continue
            try:
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
    return total


def default_cache_dir(outdir: str | Path) -> Path:
    return Path(outdir) / CACHE_DIRNAME


def build(paths: Sequence[str | Path] = (DEFAULT_SOURCES,), outdir: str | Path = DEFAULT_OUTPUT,
          formats: Sequence[str] = DEFAULT_FORMATS, *, jobs: int = 1, cache: bool = True,
          cache_dir: str | Path | None = None, engine: str | Engine = "local", scheduler: str | None = None,
          progress: Progress | None = None, strict: bool = False, wait: bool = False) -> BuildReport:
    """Build and write the outputs; the per-document cache lives in OUTDIR/.cache unless told otherwise.

    The whole build holds OUTDIR's lock (outdir.OutdirBusy when another build has it, unless wait).
    Nothing is written, and every previous output is kept, when no document could be read
    (report.refused says why) or, with strict, when anything failed.  Outputs are replaced together
    or not at all (OutputError when writing fails).  Unknown formats are a ValueError before anything is read."""
    check_formats(formats)
    created = not Path(outdir).exists()
    with outdirs.locked(outdir, wait=wait):
        report = _build_locked(paths, outdir, formats, jobs=jobs, cache=cache, cache_dir=cache_dir, engine=engine,
                               scheduler=scheduler, progress=progress, strict=strict)
    if report.refused and created:
        outdirs.remove_if_only_lock(Path(outdir))  # a refused first build leaves no empty OUTDIR behind
    return report


def _build_locked(paths, outdir, formats, *, jobs, cache, cache_dir, engine, scheduler, progress,
                  strict) -> BuildReport:
    started = time.perf_counter()
    stats = ExtractStats()
    folder = (cache_dir if cache_dir is not None else default_cache_dir(outdir)) if cache else None
    state = None
    if folder is not None:
        # with the cache on, a build whose inputs, code, formats and outputs are unchanged is a no-op
        lines = manifest.load_lines(Path(folder))
        state = manifest.input_state(paths, formats, keep_characters=KEEP_READ_CHARACTERS, lines=lines)
        expected = [str(Path(outdir) / name) for name in _output_names(formats)]
        last = manifest.load(Path(folder))
        if state.documents and manifest.is_current(last, state, expected) and not (strict and state.errors):
            return BuildReport(documents=last.documents, entities=last.entities, relations=last.relations,
                               errors=list(state.errors), outputs=expected, characters=last.characters,
                               cached=last.documents, seconds=time.perf_counter() - started, up_to_date=True)
    kg = build_graph(paths, jobs=jobs, cache_dir=folder, engine=engine, scheduler=scheduler,
                     progress=progress, stats=stats, read=_handed_over(state))
    report = BuildReport(documents=len(kg.documents), entities=len(kg.entities), relations=len(kg.relations),
                         errors=list(kg.errors), characters=stats.characters, cached=stats.cached,
                         extracted=stats.extracted)
    report.timings["extract+merge"] = time.perf_counter() - started
    if not kg.documents:
        # a mistyped path or an empty folder must not replace a good graph with an empty one
        count = len(report.errors)
        errors = f" ({count} error{'s' if count != 1 else ''} above)" if count else ""
        report.refused = f"no document was read successfully from {', '.join(map(str, paths)) or 'nothing'}{errors}"
    elif strict and report.errors:
        report.refused = f"--strict and {len(report.errors)} errors"
    if report.refused:
        report.seconds = time.perf_counter() - started
        return report
    report.outputs = write_outputs(kg, outdir, formats, report.timings, jobs=jobs)
    if state is not None:
        try:
            manifest.save(Path(folder), state, report.entities, report.relations, report.outputs)
            manifest.save_lines(Path(folder), lines)
        except OSError as exc:  # the outputs are complete; only the next build's shortcut is lost
            report.errors.append(BuildError(str(folder), f"manifest not saved: {exc}"))
    report.seconds = time.perf_counter() - started
    return report


def _handed_over(state: manifest.InputState | None) -> list | None:
    """What input_state read, for the build alone, which lets go of it once pooled (a variable here would
    hold it through the resolution and the writers)."""
    if state is None:
        return None
    read, state.read = state.read, None
    return read


def export(graph: str | Path, formats: Sequence[str], output: str | Path | None = None) -> tuple[KnowledgeGraph, list[str]]:
    """Convert a written graph (graph.ttl/graph.trig or an output folder) into export formats, with no
    extraction.  `output`: the file (or neo4j folder) for a single format, else a folder; by default
    the graph's own folder with the usual names.  All or nothing: a failure writes no file."""
    from . import load
    from .write import exports

    unknown = [f for f in formats if f not in exports.EXPORTS]
    if unknown or not formats:
        raise ValueError(f"unknown export format(s): {', '.join(unknown) or '(none given)'}; "
                         f"known: {', '.join(exports.EXPORTS)}")
    source = load.graph_file(graph)
    kg = load.load_graph(source)
    target = Path(output) if output is not None else source.parent
    single_file = len(formats) == 1 and output is not None and not target.is_dir() and not str(output).endswith("/")
    folder = target.parent if single_file else target
    names = {fmt: target.name if single_file else exports.EXPORTS[fmt][0] for fmt in formats}
    lock = outdirs.locked(folder) if (folder / outdirs.LOCK_NAME).exists() else contextlib.nullcontext()
    tables = exports.prepare(kg)  # each node's and edge's attributes made once for every export
    try:
        with lock, outdirs.transaction(folder) as tx:
            for fmt in formats:
                writer = exports.EXPORTS[fmt][1]
                if fmt in exports.TABLE_EXPORTS:
                    writer = partial(writer, prepared=tables)
                writer(kg, tx.staging / names[fmt])
            tx.commit(list(names.values()), whole_build=False)
    except outdirs.OutdirBusy:
        raise
    except OSError as exc:
        raise OutputError(exc.errno, f"writing the export into {folder} failed ({exc.strerror or exc}); "
                                     "nothing written") from exc
    return kg, [str(folder / name) for name in names.values()]


def _output_names(formats: Sequence[str]) -> list[str]:
    table = _writers()
    return [table[fmt][0] for fmt in formats if fmt in table]
