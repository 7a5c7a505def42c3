"""Is the last build still current?  A manifest in the cache folder records what the last build
read (every document's cache key and every read error), the code that built it, the formats it
wrote, and the size and modification time of each output.  When all of these are unchanged a
rebuild has nothing to do: `kg build` on an untouched corpus answers in the time it takes to read
and hash the inputs, instead of merging and rewriting every output.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .cache import code_fingerprint, document_key
from .read import KnownLine, LineMemo, characters, iter_documents
from .records import BuildError, Document
from .write.atomic import atomic_write

MANIFEST_NAME = "manifest.json"
_PACKAGE = Path(__file__).resolve().parent


@dataclass
class InputState:
    digest: str
    documents: int = 0
    characters: int = 0
    errors: list[BuildError] = field(default_factory=list)
    # what was read, in order, each document with its cache key (errors with ""): kept for the build when
    # the inputs are small enough (see input_state), so that it need not read and hash them all again
    read: list[tuple[Document | KnownLine | BuildError, str]] | None = None


@dataclass
class Manifest:
    state: str
    documents: int
    entities: int
    relations: int
    characters: int
    outputs: dict[str, list[int]]  # path -> [size, mtime_ns] of every file written


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """sha1 over all code and data of the package: a change to a writer changes outputs too."""
    h = hashlib.sha1(code_fingerprint().encode())
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + hashlib.sha1(path.read_bytes()).digest())
    return h.hexdigest()


def input_state(paths: Sequence[str | Path], formats: Sequence[str], keep_characters: int = 0,
                lines: LineMemo | None = None) -> InputState:
    """Read and hash every input (nothing is extracted).  What was read is kept in `read` while the texts
    come to at most `keep_characters` (xwlb-news: 9.7 M; reading and hashing it again cost a rebuild 0.3 s).
    `lines` (load_lines): the cache keys of JSON-lines records read before, whose lines are then neither decoded
    nor hashed again (their KnownLine's note is the key); it learns this read's."""
    h = hashlib.sha1(f"{package_fingerprint()}\n{','.join(formats)}\n".encode())
    state = InputState("")
    read: list[tuple[Document | KnownLine | BuildError, str]] | None = [] if keep_characters > 0 else None
    fingerprint = code_fingerprint()
    for item in iter_documents(paths, lines=lines):
        if isinstance(item, BuildError):
            state.errors.append(item)
            h.update(f"error {item}\n".encode("utf-8", "surrogatepass"))
            key = ""
        else:
            state.documents += 1
            state.characters += characters(item)
            if isinstance(item, KnownLine):
                key = item.note
            else:
                key = document_key(item, fingerprint)
                if lines is not None:
                    lines.note(item.source, key)
            h.update(key.encode() + b"\n")
        if read is not None:
            read.append((item, key))
            if state.characters > keep_characters:
                read = None  # too large to hold: the build reads the inputs again
    state.digest = h.hexdigest()
    state.read = read
    return state


LINES_NAME = "lines.msgpack"
_LINES_FORMAT = 1


def load_lines(folder: Path) -> LineMemo:
    """The JSON-lines records the last build read, with their cache keys (empty when there is no such file, it is
    damaged, or other code made it: keys are made by the code)."""
    import msgpack

    memo = LineMemo()
    try:
        top = msgpack.unpackb((folder / LINES_NAME).read_bytes(), raw=False, use_list=True)
        fmt, fingerprint, rows = top
        if fmt != _LINES_FORMAT or fingerprint != code_fingerprint() or type(rows) is not list:
            return memo
        known = {}
        for digest, doc_id, length, key in rows:
            if not (type(digest) is bytes and type(doc_id) is str and type(length) is int and type(key) is str
                    and len(digest) == 16 and len(key) == 40):
                return memo
            known[digest] = (doc_id, length, key)
        memo.known = known
    except Exception:  # absent, damaged or foreign: every line is read as new
        pass
    return memo


def save_lines(folder: Path, lines: LineMemo) -> None:
    """This read's JSON-lines records and their keys, for the next build (none: the file is removed)."""
    import msgpack

    rows = sorted([digest, *value] for digest, value in lines.seen.items() if value[2])
    if not rows:
        with contextlib.suppress(FileNotFoundError):
            (folder / LINES_NAME).unlink()
        return
    atomic_write(folder / LINES_NAME, msgpack.packb([_LINES_FORMAT, code_fingerprint(), rows], use_bin_type=True))


def _file_stats(paths: Sequence[str]) -> dict[str, list[int]]:
    stats: dict[str, list[int]] = {}
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            st = f.stat()
            stats[str(f)] = [st.st_size, st.st_mtime_ns]
    return stats


def load(folder: Path) -> Manifest | None:
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        return Manifest(**data)
    except (OSError, ValueError, TypeError):
        return None  # absent or unreadable: simply not current


def save(folder: Path, state: InputState, entities: int, relations: int, outputs: Sequence[str]) -> None:
    manifest = Manifest(state.digest, state.documents, entities, relations, state.characters, _file_stats(outputs))
    atomic_write(folder / MANIFEST_NAME, json.dumps(asdict(manifest), ensure_ascii=False, sort_keys=True))


def is_current(manifest: Manifest | None, state: InputState, outputs: Sequence[str]) -> bool:
    """Same inputs, code and formats, and every output still as written."""
    if manifest is None or manifest.state != state.digest:
        return False
    try:
        return _file_stats(outputs) == manifest.outputs
    except OSError:
        return False
