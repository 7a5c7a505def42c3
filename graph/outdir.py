"""The output folder as a unit: one build at a time, and its outputs replaced together or not at all.

* `OutdirLock`: an advisory lock (fcntl.flock on OUTDIR/.kg.lock) held for the whole build, so two
  builds into one folder never interleave; the second one refuses at once (or waits, if asked).
  The kernel drops a flock when its process dies, so a killed build never leaves a stale lock.
* `Transaction`: writers write into a hidden staging folder inside OUTDIR (same file system, so
  the final moves are renames); only when every writer has succeeded are the previous outputs
  moved aside and the new ones renamed into place.  A failure before that (a writer's error, a
  full disk, an unwritable folder) removes the staging folder and leaves every previous output as
  it was; a failure during the moves puts the previous files back.
* `.kg-outputs.json` records what the last build wrote (name -> size, mtime).  An output of an
  earlier build that this build does not produce (graph.graphml after dropping --formats graphml)
  is removed with the commit, but only when the record says we wrote it and it is unchanged since:
  a build never deletes a file it did not write.
"""
from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

LOCK_NAME = ".kg.lock"
RECORD_NAME = ".kg-outputs.json"
STAGING_PREFIX = ".kg-staging-"
BACKUP_PREFIX = ".kg-backup-"
TMP_SUFFIX = ".tmp"  # hidden and marked temporary: never mistaken for an output


class OutdirBusy(OSError):
    """Another build holds the output folder."""


def _lock_holder(path: Path) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(path.read_text(encoding="ascii").strip() or "0")
        if pid:
            return f" (process {pid})"
    return ""


@contextlib.contextmanager
def locked(outdir: str | Path, wait: bool = False) -> Iterator[Path]:
    """Hold OUTDIR's build lock; OutdirBusy at once when another build holds it (unless wait)."""
    import fcntl

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise OutdirBusy(errno.EBUSY, f"another kg build is writing into {outdir}{_lock_holder(path)}; "
                             "nothing done (run again when it has finished, or pass --wait)") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        recover(outdir)
        yield outdir
    finally:
        os.close(fd)  # closing releases the flock


def remove_if_only_lock(outdir: Path) -> None:
    """Remove an OUTDIR that holds nothing but the lock file we made in it."""
    with contextlib.suppress(OSError):
        if [p.name for p in outdir.iterdir()] == [LOCK_NAME]:
            (outdir / LOCK_NAME).unlink()
            outdir.rmdir()


# --- what earlier builds wrote ------------------------------------------------------------------


def _stats(path: Path) -> dict[str, list[int]]:
    """relative file path -> [size, mtime_ns] for a file, or for every file of a folder."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file())
        return {p.relative_to(path.parent).as_posix(): [p.stat().st_size, p.stat().st_mtime_ns] for p in files}
    st = path.stat()
    return {path.name: [st.st_size, st.st_mtime_ns]}


def load_record(outdir: Path) -> dict[str, dict[str, list[int]]]:
    """output name -> its files' stats as the last build left them ({} when unknown or unreadable)."""
    try:
        data = json.loads((outdir / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        return {}
    return data


def _unchanged_since_written(outdir: Path, name: str, record: dict[str, dict[str, list[int]]]) -> bool:
    try:
        return name in record and _stats(outdir / name) == record[name]
    except OSError:
        return False


# --- the transaction ----------------------------------------------------------------------------


@dataclass
class Transaction:
    """Stage outputs in `staging`, then `commit(names)` moves them into `outdir` together."""

    outdir: Path
    staging: Path
    moved: list[tuple[Path, Path]] = field(default_factory=list)  # (from, to) renames done, for rollback

    def commit(self, names: list[str], whole_build: bool = True) -> None:
        """Move the staged `names` into place together.  whole_build: these are all of a build's
        outputs, so earlier outputs of ours that are not among them go, and the record is rewritten;
        `kg export` adds files (whole_build=False) and leaves the rest and the record alone."""
        record = load_record(self.outdir) if whole_build else {}
        stale = [n for n in record if n not in names and (self.outdir / n).exists()
                 and _unchanged_since_written(self.outdir, n, record)]
        backup = Path(tempfile.mkdtemp(prefix=BACKUP_PREFIX, suffix=TMP_SUFFIX, dir=self.outdir))
        try:
            for name in [*names, *stale]:
                if os.path.lexists(self.outdir / name):
                    self._move(self.outdir / name, backup / name)
            for name in names:
                self._move(self.staging / name, self.outdir / name)
        except BaseException:
            self._rollback()
            with contextlib.suppress(OSError):
                backup.rmdir()  # only when the rollback emptied it: never lose a previous output
            raise
        shutil.rmtree(backup, ignore_errors=True)
        if not whole_build:
            return
        with contextlib.suppress(OSError):  # the record only widens what a later build may remove
            _write_record(self.outdir, {n: _stats(self.outdir / n) for n in names})

    def _move(self, source: Path, target: Path) -> None:
        os.replace(source, target)
        self.moved.append((source, target))

    def _rollback(self) -> None:
        # undo in reverse: new outputs back to staging, previous outputs back from the backup
        for source, target in reversed(self.moved):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        self.moved.clear()


def _write_record(outdir: Path, record: dict[str, dict[str, list[int]]]) -> None:
    from .write.atomic import atomic_write

    atomic_write(outdir / RECORD_NAME, json.dumps(record, ensure_ascii=False, sort_keys=True, indent=0))


@contextlib.contextmanager
def transaction(outdir: str | Path) -> Iterator[Transaction]:
    """A staging folder inside `outdir`; it is removed on leaving, committed or not."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, suffix=TMP_SUFFIX, dir=outdir))
    try:
        yield Transaction(outdir, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def recover(outdir: Path) -> None:
    """Undo what a killed build left: a backup folder means the moves were cut short, so the previous
    outputs in it go back in place; staging folders are only removed (they were never outputs)."""
    for backup in sorted(outdir.glob(f"{BACKUP_PREFIX}*{TMP_SUFFIX}")):
        for item in sorted(backup.iterdir()):
            target = outdir / item.name
            with contextlib.suppress(OSError):
                if target.is_dir() and not target.is_symlink():
                    shutil.rmtree(target)
                os.replace(item, target)
        shutil.rmtree(backup, ignore_errors=True)
    for staging in outdir.glob(f"{STAGING_PREFIX}*{TMP_SUFFIX}"):
        shutil.rmtree(staging, ignore_errors=True)
    # temporary files of the per-file atomic writer that a killed build of an older version left
    for tmp in outdir.glob(".graph*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
