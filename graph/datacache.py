"""Tables derived from reference data, kept on disk between runs so that a process does not rebuild
them: `@derived_table(sources...)` on a loader function that takes no arguments and returns plain
data (dicts, tuples, sets, frozensets of strings and numbers).

jieba's dictionary (349,000 lines) is parsed by two loaders of the extractor, and pypinyin's
character table by the HTML writer: together 1–3 s in every process, most of a one-document
build.  The first process stores each result in the user's cache folder (graph/index.py
`cache_dirs`); later ones read it back in a fraction of that time.  The file is keyed by the
loader's qualified name, the bytes of the module that defines it (an edited rule rebuilds the
table) and the size and modification time of its source files (a new jieba dictionary too).

Format: `marshal`, as jieba stores its own dictionary cache, because it is the one standard
format that loads tables this size fast enough (JSON took longer than parsing dict.txt again).
Loading marshal data builds values and never runs code (unlike pickle); the file holds
(FORMAT, key, value) and anything else, or a value of another container type than the loader
returns, is a miss.  It is only ever read from the user's own cache folder (a folder owned by
someone else, or writable by others, is not used), never from an output folder.  When no folder
can be written the loader simply runs every time.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, TypeVar

FORMAT = "1"
T = TypeVar("T")


def package_file(package: str, *parts: str) -> Path:
    """A file shipped inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def _plain(value: Any) -> bool:
    """The containers the loaders return (their contents are strings and numbers), or bytes."""
    if isinstance(value, bytes):
        return True
    if isinstance(value, tuple):
        return all(isinstance(v, (dict, frozenset, set, str, int, float)) for v in value)
    return isinstance(value, (dict, frozenset, set))


def _key(func: Callable, sources: tuple[Callable[[], Path], ...]) -> str:
    h = hashlib.sha1(f"derived {FORMAT} {func.__module__}.{func.__qualname__}\n".encode())
    module = sys.modules.get(func.__module__)
    code_file = getattr(module, "__file__", None)
    h.update(Path(code_file).read_bytes() if code_file else func.__code__.co_code)
    for source in sources:
        path = source()
        st = path.stat()
        h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _load(path: Path, key: str) -> tuple[bool, Any]:
    import marshal

    try:
        with open(path, "rb") as handle:
            fmt, stored_key, value = marshal.load(handle)
    except (OSError, ValueError, EOFError, TypeError):
        return False, None
    if fmt != FORMAT or stored_key != key or not _plain(value):
        return False, None
    return True, value


def _store(path: Path, key: str, value: Any) -> None:
    import marshal

    try:
        data = marshal.dumps((FORMAT, key, value))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass  # a cache we cannot write is only a slower next start


PRUNE_AFTER = 24 * 3600  # seconds


def prune_earlier_versions(folder: Path, keep: str, now: float | None = None) -> None:
    """Earlier versions of the same table (an edited loader, a new jieba) are never read again,
    once they are a day old: two installed versions of the package that share the folder (two
    virtual environments) would otherwise delete each other's files while a build reads them."""
    prefix = keep.rsplit("-", 1)[0] + "-"
    now = time.time() if now is None else now
    for old in folder.glob(f"{prefix}*"):
        if old.name != keep and not old.name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                if now - old.stat().st_mtime > PRUNE_AFTER:
                    old.unlink()


def derived_table(*sources: Callable[[], Path], lazy: bool = False) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Cache the loader's result on disk (and in memory, like functools.cache).

    lazy: the result (a dict, set or frozenset, or a tuple of them) is stored in SQLite instead,
    and what the loader's callers get are `LazyDict`/`LazySet` stand-ins that answer `in`, `[]`
    and `.get` from the file; see LazyDict for why."""
    if lazy:
        return _disk_cached(sources, ".sqlite", _read_lazy, _keep_lazy)
    return _disk_cached(sources, ".marshal", _load, _keep_marshal)


Reader = Callable[[Path, str], tuple[bool, Any]]
Keeper = Callable[[Path, str, Any], tuple[bool, Any]]


def _disk_cached(sources: tuple[Callable[[], Path], ...], suffix: str, read: Reader,
                 keep: Keeper) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """The loader's value from the first cache folder that holds it for these sources and this code,
    else computed and kept in the first folder that can be written (earlier versions pruned).

    read(path, key) -> (found, value); keep(path, key, value) -> (kept, what callers get)."""
    def wrap(func: Callable[[], T]) -> Callable[[], T]:
        @functools.cache
        @functools.wraps(func)
        def cached() -> T:
            try:
                key = _key(func, sources)
            except OSError:
                return func()
            name = _file_name(f"{func.__module__}.{func.__qualname__}", key, suffix)
            found, value = _read_first(name, key, read)
            return value if found else _keep_first(name, key, func(), keep)
        return cached
    return wrap


def _file_name(name: str, key: str, suffix: str) -> str:
    return f"{name}-{key[:20]}{suffix}"


def _read_first(name: str, key: str, read: Reader) -> tuple[bool, Any]:
    """(True, value) from the first cache folder whose file `name` read() finds for `key`, else (False, None)."""
    from .index import cache_dirs

    for folder in cache_dirs():
        found, value = read(folder / name, key)
        if found:
            return True, value
    return False, None


def _keep_first(name: str, key: str, value: Any, keep: Keeper) -> Any:
    """`value` kept as the file `name` in the first cache folder that can be written (earlier versions
    there pruned); what callers get: keep()'s result, or `value` itself when no folder kept it."""
    from .index import cache_dirs

    for folder in cache_dirs():
        kept, result = keep(folder / name, key, value)
        if kept:
            prune_earlier_versions(folder, name)
            return result
    return value


def kept_bytes(name: str, key: str) -> bytes | None:
    """Bytes that `keep_bytes` stored under this name and key (a digest of everything they were
    made from), from the first cache folder that holds them; None when none does.  For values
    that depend on more than files (a model's lexicon in memory), where derived_table's
    file-keyed loaders do not fit."""
    found, value = _read_first(_file_name(name, key, ".marshal"), key, _load_bytes)
    return value if found else None


def keep_bytes(name: str, key: str, value: bytes) -> None:
    """Store `value` for kept_bytes in the first cache folder that can be written (quietly
    nowhere when none can: the caller only made it again next time)."""
    _keep_first(_file_name(name, key, ".marshal"), key, value, _keep_marshal)


def _load_bytes(path: Path, key: str) -> tuple[bool, Any]:
    found, value = _load(path, key)
    return found and isinstance(value, bytes), value


def _keep_marshal(path: Path, key: str, value: Any) -> tuple[bool, Any]:
    if not _plain(value):
        return False, value
    _store(path, key, value)
    return path.exists(), value


# --- lazy tables --------------------------------------------------------------------------------
# jieba's dictionary gives tables of 350,000 words of which one document asks about a few thousand.
# A lazy table answers from SQLite (an indexed probe, a few µs) and remembers what it was asked;
# once it has been asked LOAD_AFTER times (a long build) it reads the whole table into itself and
# turns into a plain dict or set subclass, so from then on every lookup runs at dict speed.

LOAD_AFTER = 5_000


class _Table:
    """One table of a lazy SQLite file: key -> value (value None for a set)."""

    def __init__(self, path: Path, name: str):
        self.path, self.name = path, name
        self._db = None
        self._pid = -1

    def _conn(self):
        import sqlite3

        if self._db is None or self._pid != os.getpid():  # a connection must not cross a fork
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def lookup(self, key: Any) -> tuple[bool, Any]:
        if not isinstance(key, str):
            return False, None
        row = self._conn().execute(f"SELECT v FROM {self.name} WHERE k = ?", (key,)).fetchone()
        return (True, row[0]) if row is not None else (False, None)

    def rows(self) -> list[tuple[str, Any]]:
        return self._conn().execute(f"SELECT k, v FROM {self.name}").fetchall()


class _LoadedDict(dict):
    """What a LazyDict becomes once loaded: a plain dict (its lookups run in C)."""


class _LoadedSet(set):
    """What a LazySet becomes once loaded."""


class LazyDict(dict):
    """A read-only dict answered from SQLite until asked LOAD_AFTER times, then loaded whole.

    Holds what it has been asked in itself (a hit or a known miss), so repeated questions cost a
    dict lookup.  Any use beyond `in`, `[]` and `.get` (iterating, len, …) loads it first."""

    def __init__(self, table: _Table):
        super().__init__()
        self._table, self._misses, self._asked = table, set(), 0

    def _ask(self, key: Any) -> bool:
        if dict.__contains__(self, key):
            return True
        if key in self._misses:
            return False
        self._asked += 1
        if self._asked > LOAD_AFTER:
            self._load()
            return dict.__contains__(self, key)
        found, value = self._table.lookup(key)
        if found:
            dict.__setitem__(self, key, value)
        else:
            self._misses.add(key)
        return found

    def _load(self) -> None:
        dict.update(self, self._table.rows())
        del self._table, self._misses, self._asked
        self.__class__ = _LoadedDict

    def __contains__(self, key: Any) -> bool:
        return self._ask(key)

    def __getitem__(self, key: Any) -> Any:
        if self._ask(key):
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key: Any, default: Any = None) -> Any:
        return dict.__getitem__(self, key) if self._ask(key) else default


class LazySet(set):
    """A read-only set answered from SQLite until asked LOAD_AFTER times, then loaded whole."""

    def __init__(self, table: _Table):
        super().__init__()
        self._table, self._misses, self._asked = table, set(), 0

    def _load(self) -> None:
        set.update(self, (k for k, _ in self._table.rows()))
        del self._table, self._misses, self._asked
        self.__class__ = _LoadedSet

    def __contains__(self, key: Any) -> bool:
        if set.__contains__(self, key):
            return True
        if key in self._misses:
            return False
        self._asked += 1
        if self._asked > LOAD_AFTER:
            self._load()
            return set.__contains__(self, key)
        found, _ = self._table.lookup(key)
        (set.add if found else set.add)(self if found else self._misses, key)
        return found


def _loading(method: str, base: type) -> Callable:
    def call(self, *args, **kwargs):
        self._load()
        return getattr(base, method)(self, *args, **kwargs)
    return call


for _method in ("__iter__", "__len__", "__eq__", "__ne__", "__repr__", "__or__", "__ror__", "keys", "values",
                "items", "copy", "__reversed__"):
    setattr(LazyDict, _method, _loading(_method, dict))
for _method in ("__iter__", "__len__", "__eq__", "__ne__", "__repr__", "__or__", "__ror__", "__and__", "__rand__",
                "__sub__", "__rsub__", "__xor__", "__rxor__", "__le__", "__lt__", "__ge__", "__gt__", "isdisjoint",
                "issubset", "issuperset", "union", "intersection", "difference", "symmetric_difference", "copy"):
    setattr(LazySet, _method, _loading(_method, set))
LazyDict.__hash__ = None  # type: ignore[assignment]
LazySet.__hash__ = None  # type: ignore[assignment]


def _lazy_shape(value: Any) -> list[str] | None:
    """'dict' / 'set' per table, or None when the value cannot be stored lazily."""
    parts = value if isinstance(value, tuple) else (value,)
    kinds = []
    for part in parts:
        if isinstance(part, dict) and all(isinstance(k, str) for k in part):
            kinds.append("dict")
        elif isinstance(part, (set, frozenset)) and all(isinstance(k, str) for k in part):
            kinds.append("set")
        else:
            return None
    return kinds


def _write_lazy(path: Path, key: str, value: Any) -> bool:
    import sqlite3

    kinds = _lazy_shape(value)
    if kinds is None:
        return False
    parts = value if isinstance(value, tuple) else (value,)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        db = sqlite3.connect(tmp)
        with db:
            db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
            db.execute("INSERT INTO meta VALUES ('key', ?), ('shape', ?), ('tuple', ?)",
                       (key, ",".join(kinds), "1" if isinstance(value, tuple) else "0"))
            for n, part in enumerate(parts):
                db.execute(f"CREATE TABLE t{n} (k TEXT PRIMARY KEY, v) WITHOUT ROWID")
                rows = part.items() if isinstance(part, dict) else ((k, None) for k in part)
                db.executemany(f"INSERT INTO t{n} VALUES (?, ?)", rows)
        db.close()
        os.replace(tmp, path)
        return True
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False


def _open_lazy(path: Path, key: str) -> Any:
    """The stand-ins for a stored value, or None when the file is absent, foreign or damaged."""
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.Error:
        return None
    if meta.get("key") != key or not meta.get("shape"):
        return None
    kinds = meta["shape"].split(",")
    if any(k not in ("dict", "set") for k in kinds):
        return None
    parts = tuple((LazyDict if kind == "dict" else LazySet)(_Table(path, f"t{n}")) for n, kind in enumerate(kinds))
    return parts if meta.get("tuple") == "1" else parts[0]


def _read_lazy(path: Path, key: str) -> tuple[bool, Any]:
    found = _open_lazy(path, key)
    return found is not None, found


def _keep_lazy(path: Path, key: str, value: Any) -> tuple[bool, Any]:
    """Stored, the callers get the file's stand-ins (what a later process gets too)."""
    if not _write_lazy(path, key, value):
        return False, value
    found = _open_lazy(path, key)
    return True, found if found is not None else value


# --- jieba ------------------------------------------------------------------------------------


@derived_table(lambda: package_file("jieba", "dict.txt"), lazy=True)
def jieba_prefix_dict() -> tuple[dict[str, int], dict[str, int]]:
    """jieba's prefix dictionary (word and word-prefix -> frequency) and its total, as jieba builds them."""
    import jieba

    with open(package_file("jieba", "dict.txt"), "rb") as handle:
        freq, total = jieba.Tokenizer.gen_pfdict(handle)
    return freq, {"total": total}


def jieba_tokenizer():
    """A jieba.Tokenizer of the default dictionary that cuts exactly as an initialised one does, but
    whose prefix dictionary is a lazy table: `initialize()` unmarshals all 580,000 entries (0.5–1 s),
    where cutting the few windows of one document asks for a few thousand."""
    import jieba

    tokenizer = jieba.Tokenizer()
    freq, meta = jieba_prefix_dict()
    tokenizer.FREQ, tokenizer.total = freq, meta["total"]
    tokenizer.initialized = True
    return tokenizer
