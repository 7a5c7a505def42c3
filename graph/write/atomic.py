"""Atomic file output: write to a temporary file beside the target, fsync, then rename.

A build killed at any moment leaves either the previous complete file or the new one.
"""
from __future__ import annotations

import concurrent.futures as cf
import contextlib
import ctypes
import functools
import os
import sys
import tempfile
from contextvars import ContextVar
from pathlib import Path
from typing import IO, Iterator

# the durable files closed in this context whose fsync was left for later (syncs_deferred), or None
_DEFERRED: ContextVar[list[Path] | None] = ContextVar("deferred_syncs", default=None)


@contextlib.contextmanager
def syncs_deferred() -> Iterator[list[Path]]:
    """Within: a durable file is sent to the disk as it is closed and renamed at once, but not waited for; its
    path is added to the list yielded, and `sync_all` waits for them all, before anything may rely on them
    being on disk.  For files staged for a commit (graph/outdir.py), which are outputs only once moved into
    place: a share of writers that waited for each of its files in turn spent 0.2 s of an xwlb-news rebuild
    waiting for the disk while its next writer could have run."""
    pending: list[Path] = []
    token = _DEFERRED.set(pending)
    try:
        yield pending
    finally:
        _DEFERRED.reset(token)


def sync_all(paths: list[Path]) -> None:
    """fsync each file (side by side: the disk takes them together)."""
    if not paths:
        return
    with cf.ThreadPoolExecutor(max_workers=min(4, len(paths))) as pool:
        list(pool.map(_sync, paths))


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@functools.cache
def _sync_file_range():
    """Linux's sync_file_range (not in Python's os module), or None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None


_WRITE_NOW = 2  # SYNC_FILE_RANGE_WRITE: start writing the dirty pages out, do not wait


def _start_writeback(fd: int) -> None:
    """Have the kernel start writing the file's data out now rather than when its dirty pages age (30 s), so
    that the fsync that waits for it later finds most of it written."""
    call = _sync_file_range()
    if call is not None:
        call(fd, ctypes.c_longlong(0), ctypes.c_longlong(0), _WRITE_NOW)


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8", durable: bool = True) -> Iterator[IO]:
    """Open a temporary file for writing; on success it replaces `path` in one rename.  `durable`: its data
    reaches the disk before the rename (fsync; within syncs_deferred, before its sync_all); without it, for a
    file whose reader detects a torn copy and does without it (an index of blocks), a crash may leave the new
    name on a file cut short or zeroed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    binary = "b" in mode
    deferred = _DEFERRED.get() if durable else None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else "\n") as handle:
            yield handle
            handle.flush()
            if deferred is not None:
                _start_writeback(handle.fileno())
            elif durable:
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        if deferred is not None:
            deferred.append(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write(path: str | Path, data: str | bytes) -> None:
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w") as handle:
        handle.write(data)
