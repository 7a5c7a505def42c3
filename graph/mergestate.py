"""The pooled state of the last build, kept beside the extraction cache so that a rebuild pools only what
changed.

Resolution (graph/resolve.py) decides identity from sets pooled over every document graph of the archive,
and a rebuild of xwlb-news spent most of its merge reading back and pooling 18,898 cached graphs to change
one.  So a build saves its pooling (resolve.Pooling: the pooled sets, and how many graphs gave each of their
members) together with the cache keys of the graphs in it; the next build reads the inputs, keeps every
graph whose key the state holds, takes out the graphs of documents that were edited or removed (decoded
from the cache under their old keys) and adds the new ones.  Resolution then runs over the whole pooled
state as in a clean build, so the merged graph is the same.

The file is plain data (msgpack of lists, strings and numbers; an output folder may come from someone else,
so nothing in it is ever run as code), with a digest of its contents.  Anything unexpected in it (another
format, a damaged file, a value of the wrong type) makes it absent: the build pools everything, as when
there is no state.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import ForeignEntry, _list, _strings
from .records import DocumentInfo, Entity, Evidence, in_field_order
from .resolve import Pooling, _DocFacts, _Pool, _without_cycle_collection
from .write.atomic import atomic_write


STATE_NAME = "pooled.msgpack"
FORMAT = 1
_MAGIC = b"cnkg-pooled\n"
_DIGEST = 16
_EVIDENCE_ORDER = in_field_order(Evidence)  # (the file's bytes do not depend on the sets' order)


@dataclass
class MergeState:
    pooling: Pooling
    graphs: Counter  # cache key -> times its graph is pooled


@lru_cache(maxsize=1)
def code_digest() -> bytes:
    """Of the code that pools and of this file's layout: a state pooled by other code is not used."""
    package = Path(__file__).resolve().parent
    h = hashlib.blake2b(f"pooled {FORMAT}\n".encode(), digest_size=_DIGEST)
    for name in ("resolve.py", "mergestate.py", "records.py"):
        h.update((package / name).read_bytes())
    return h.digest()


class _Strings:
    """A table of repeated strings (documents, sentences): evidence is written as indices into it."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        i = self.index.get(text)
        if i is None:
            i = self.index[text] = len(self.index)
        return i


def _evidence(evidence, strings: _Strings) -> list[int]:
    flat: list[int] = []
    for ev in sorted(evidence, key=_EVIDENCE_ORDER):
        flat += (strings(ev.document), strings(ev.sentence), ev.start, ev.end)
    return flat


def encode(state: MergeState) -> bytes:
    import msgpack

    pooling = state.pooling
    p = pooling.pooled
    strings = _Strings()
    pools = []
    for key in sorted(p.pools):
        pool = p.pools[key]
        t = pool.first
        names = pooling.names[key]
        pools.append([key, t.type, t.name, t.code, t.lat, t.lon, pool.code, pooling.nodes[key], pooling.codes[key],
                      sorted(names.items()), _evidence(pool.evidence, strings)])
    relations = [[*key, pooling.facts[key], _evidence(p.relations[key], strings)] for key in sorted(p.relations)]
    facts = [[doc, f.title, f.date, sorted(f.places), sorted(f.weight.items())] for doc, f in sorted(p.docs.items())]
    aliases = [[key, [[doc, sorted(names)] for doc, names in sorted(by_doc.items())]]
               for key, by_doc in sorted(p.person_aliases.items())]
    documents = [[d.id, d.source, d.title, d.date, d.url, d.sha1] for _, d in sorted(pooling.documents.items())]
    body = msgpack.packb([FORMAT, sorted(state.graphs.items()), documents, sorted(pooling.graphs_per_document.items()),
                          list(strings.index), pools, relations, facts, aliases], use_bin_type=True)
    return _MAGIC + code_digest() + hashlib.blake2b(body, digest_size=_DIGEST).digest() + body


# the values are checked as the extraction cache checks its entries (graph/cache.py: _list, _strings)
def _check(ok: bool) -> None:
    if not ok:
        raise ForeignEntry("unexpected value")


def _ints(values: Any) -> list[int]:
    _check(type(values) is list and set(map(type, values)) <= {int})
    return values


def _counts(pairs: Any) -> Counter:
    out: Counter = Counter()
    for pair in _list(pairs):
        name, times = _list(pair, 2)
        _check(type(name) is str and type(times) is int and times > 0)
        out[name] = times
    return out


def _coordinate(value: Any) -> float | None:
    _check(value is None or type(value) is float)
    return value


def _evidence_of(flat: Any, strings: list[str]) -> set[Evidence]:
    flat = _ints(flat)
    _check(len(flat) % 4 == 0)
    fours = iter(flat)
    return {Evidence(strings[doc], strings[sentence], start, end) for doc, sentence, start, end in zip(*[fours] * 4)}


def decode(data: bytes) -> MergeState:
    import msgpack

    _check(data.startswith(_MAGIC + code_digest()))
    start = len(_MAGIC) + _DIGEST
    digest, body = data[start:start + _DIGEST], data[start + _DIGEST:]
    _check(hashlib.blake2b(body, digest_size=_DIGEST).digest() == digest)
    top = msgpack.unpackb(body, raw=False, use_list=True, strict_map_key=True)
    _check(_list(top, 9)[0] == FORMAT)
    _, graphs, documents, doc_graphs, strings, pools, relations, facts, aliases = top
    strings = _strings(strings)
    pooling = Pooling()
    pooling.graphs_per_document = _counts(doc_graphs)
    for row in _list(documents):
        pooling.documents[row[0]] = DocumentInfo(*_strings(_list(row, 6)))
    p = pooling.pooled
    for row in _list(pools):
        key, etype, name, code, lat, lon, pool_code, nodes, codes, names, evidence = _list(row, 11)
        _strings([key, etype, name, code, pool_code])
        _check(type(nodes) is int and nodes > 0 and type(codes) is int and codes >= 0)
        template = Entity(key, etype, name, code=code, lat=_coordinate(lat), lon=_coordinate(lon))
        pooling.names[key] = _counts(names)
        pooling.nodes[key] = nodes
        if codes:
            pooling.codes[key] = codes
        p.pools[key] = _Pool(template, set(pooling.names[key]), _evidence_of(evidence, strings), pool_code)
    for row in _list(relations):
        key = tuple(_strings(_list(row, 6)[:4]))
        _check(type(row[4]) is int and row[4] > 0)
        pooling.facts[key] = row[4]
        p.relations[key] = _evidence_of(row[5], strings)
    for row in _list(facts):
        doc, title, date, places, weight = _list(row, 5)
        _strings([doc, title, date])
        p.docs[doc] = _DocFacts(set(_strings(places)), title, date, _counts(weight))
    for row in _list(aliases):
        key, by_doc = _list(row, 2)
        _strings([key])
        p.person_aliases[key] = {doc: set(_strings(names)) for doc, names in (_list(pair, 2) for pair in _list(by_doc))}
    return MergeState(pooling, _counts(graphs))


def load(folder: Path) -> MergeState | None:
    """The state saved in `folder`, or None when there is none this code can read."""
    try:
        data = (folder / STATE_NAME).read_bytes()
    except OSError:
        return None
    try:
        with _without_cycle_collection():
            return decode(data)
    except Exception:  # damaged or foreign in any way: pooled afresh (the file is replaced by the build)
        return None


def save(folder: Path, state: MergeState) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with _without_cycle_collection():
        data = encode(state)
    atomic_write(folder / STATE_NAME, data)


def discard(folder: Path) -> None:
    """Remove a state that no longer describes the cache's graphs (a build that failed half-way)."""
    try:
        (folder / STATE_NAME).unlink()
    except FileNotFoundError:
        pass
