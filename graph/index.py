"""The gazetteer's on-disk index: the division and village tables as one SQLite file, built once.

Parsing the shipped TSVs (44,000 divisions, 620,000 villages) took 2–5 s in every process that
extracted anything: most of a one-document build.  The first process that needs them now builds
this index (about as long as one parse) and every later one only opens it, so a lookup costs a
B-tree probe and nothing is read that a document does not ask for.

Where: $CNKG_CACHE_DIR, else $XDG_CACHE_HOME/cnkg, else ~/.cache/cnkg; when that cannot be
written, a folder in the system temporary directory; when nothing can be written, an in-memory
database (correct, only as slow as before).  The file name carries a digest of INDEX_VERSION and of both TSVs'
bytes, so new reference data or a new layout builds a new index and never reads a stale one.  It is built under a lock into a temporary file and renamed into place, so parallel workers
starting together neither build it twice nor see half of it.  Nothing in it is code: rows only.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
import threading
from pathlib import Path
from typing import Any, Iterator

from .datacache import prune_earlier_versions

INDEX_VERSION = "4"  # bump when the tables below change, or what fill derives from them

SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE divisions (code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, parent TEXT NOT NULL,
                        aliases TEXT NOT NULL, lat REAL, lon REAL) WITHOUT ROWID;
CREATE INDEX divisions_parent ON divisions (parent, code);
CREATE TABLE forms (form TEXT NOT NULL, code TEXT NOT NULL, safe INTEGER NOT NULL, PRIMARY KEY (form, code)) WITHOUT ROWID;
CREATE TABLE surface (form TEXT PRIMARY KEY, safe INTEGER NOT NULL, seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE villages (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX villages_name ON villages (name, code);
"""


def cache_dirs() -> Iterator[Path]:
    """Folders to keep caches in, best first; only folders of our own that no one else may write
    (a planted /tmp/cnkg-0 of another user is passed over)."""
    candidates = []
    if os.environ.get("CNKG_CACHE_DIR"):
        candidates.append(Path(os.environ["CNKG_CACHE_DIR"]))
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    candidates.append(Path(base) / "cnkg")
    candidates.append(Path(tempfile.gettempdir()) / f"cnkg-{os.getuid() if hasattr(os, 'getuid') else 'user'}")
    yield from (folder for folder in candidates if _own_folder(folder))


def _own_folder(folder: Path) -> bool:
    try:
        st = folder.stat()
    except OSError:
        return True  # not there yet: we create it, as ours
    return (not hasattr(os, "getuid") or st.st_uid == os.getuid()) and not st.st_mode & 0o022


def data_digest(*paths: Path) -> str:
    """sha1 of the index layout and the bytes of the tables (4 MB, ~10 ms): two checkouts of the same
    data share one index, and any change of the data builds a new one."""
    from .gazetteer import GazetteerDataError

    h = hashlib.sha1(f"gazetteer index {INDEX_VERSION}\n".encode())
    for path in paths:
        try:
            h.update(hashlib.sha1(path.read_bytes()).digest())
        except FileNotFoundError as exc:
            raise GazetteerDataError(f"{path}: reference data missing; run scripts/make_divisions.py") from exc
        except OSError as exc:
            raise GazetteerDataError(f"{path}: unreadable ({exc})") from exc
    return h.hexdigest()


def fill(db: sqlite3.Connection, divisions_path: Path, villages_path: Path, digest: str) -> None:
    """Parse both tables (GazetteerDataError names a bad file and line) into an empty database."""
    from .gazetteer import read_divisions, read_villages

    db.executescript(SCHEMA)
    surface: dict[str, list] = {}  # form -> [safe, seq]: safe for at least one division, first-seen order
    with db:
        rows, forms = [], []
        for division, division_forms in read_divisions(divisions_path):
            rows.append((division.code, division.name, division.level, division.parent, "|".join(division.aliases),
                         division.lat, division.lon))
            for form, safe in division_forms.items():
                forms.append((form, division.code, int(safe)))
                entry = surface.setdefault(form, [False, len(surface)])
                entry[0] = entry[0] or safe
        db.executemany("INSERT OR REPLACE INTO divisions VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT OR REPLACE INTO forms VALUES (?, ?, ?)", forms)
        db.executemany("INSERT INTO surface VALUES (?, ?, ?)", ((f, int(s), n) for f, (s, n) in surface.items()))
        db.executemany("INSERT OR REPLACE INTO villages VALUES (?, ?)", read_villages(villages_path))
        db.execute("INSERT INTO meta VALUES ('digest', ?)", (digest,))


class Index:
    """A read-only connection to the index, reopened after a fork (SQLite connections must not cross
    one) and shared by threads under a lock."""

    def __init__(self, path: Path | None, memory: sqlite3.Connection | None = None):
        self.path = path
        self._memory = memory
        self._db: sqlite3.Connection | None = None
        self._pid = -1
        self._lock = threading.Lock()

    def _conn(self) -> sqlite3.Connection:
        if self._memory is not None:
            return self._memory
        if self._db is None or self._pid != os.getpid():
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def all(self, sql: str, params: tuple = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn().execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple = ()) -> tuple[Any, ...] | None:
        with self._lock:
            return self._conn().execute(sql, params).fetchone()


def _valid(path: Path, digest: str) -> bool:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT value FROM meta WHERE name = 'digest'").fetchone()
        return row is not None and row[0] == digest
    except sqlite3.Error:
        return False


def _build(path: Path, divisions_path: Path, villages_path: Path, digest: str) -> None:
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with open(path.with_suffix(".lock"), "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be building it right now: wait for it
        if _valid(path, digest):
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            with contextlib.closing(sqlite3.connect(tmp)) as db:
                fill(db, divisions_path, villages_path, digest)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
            # indexes of other data are removed once a day old, not at once: another installed version
            # (another virtual environment) sharing the folder may be reading its own right now
            prune_earlier_versions(path.parent, path.name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def open_index(divisions_path: Path, villages_path: Path) -> Index:
    """The index of these two tables, built first if no valid one exists."""
    digest = data_digest(divisions_path, villages_path)
    for folder in cache_dirs():
        path = folder / f"gazetteer-{digest[:20]}.sqlite"
        if _valid(path, digest):
            return Index(path)
        try:
            _build(path, divisions_path, villages_path, digest)
        except (OSError, sqlite3.Error):
            continue  # this folder cannot be written: the next one
        if _valid(path, digest):
            return Index(path)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    fill(memory, divisions_path, villages_path, digest)
    return Index(None, memory)
