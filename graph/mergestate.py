"""The pooled state of the last build, kept beside the extraction cache so that a rebuild pools only what
changed.

Resolution (graph/resolve.py) decides identity from sets pooled over every document graph of the archive,
and a rebuild of xwlb-news spent most of its merge reading back and pooling 18,898 cached graphs to change
one.  So a build saves its pooling (resolve.Pooling: the pooled sets, and how many graphs gave each of their
members) together with the cache keys of the graphs in it; the next build reads the inputs, keeps every
graph whose key the state holds, takes out the graphs of documents that were edited or removed (decoded
from the cache under their old keys) and adds the new ones.  Resolution then runs over the whole pooled
state as in a clean build, so the merged graph is the same.

The file is plain data (msgpack of lists, strings and numbers, the evidence one array of integers; an output
folder may come from someone else, so nothing in it is ever run as code), with a digest of its contents.  Anything unexpected in it (another
format, a damaged file, a value of the wrong type) makes it absent: the build pools everything, as when
there is no state.
"""
from __future__ import annotations

import hashlib
import sys
from array import array
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
FORMAT = 2  # 2: the evidence in one packed array (_EvidenceTable)
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


class _EvidenceTable:
    """Every pool's and fact's evidence in one array of (document, sentence, start, end), the first two
    indices into the strings table, each set's items in a row: decoded in C (an array's bytes, sliced and
    zipped) rather than 240,000 lists of four on xwlb-news, most of reading the state back.  A set is written as
    its count, in the order of the rows that hold one."""

    def __init__(self, strings: _Strings) -> None:
        self.strings = strings
        self.flat = array("q")

    def __call__(self, evidence) -> int:
        strings, flat = self.strings, self.flat
        for ev in sorted(evidence, key=_EVIDENCE_ORDER):
            flat.extend((strings(ev.document), strings(ev.sentence), ev.start, ev.end))
        return len(evidence)

    def packed(self) -> bytes:
        if sys.byteorder == "big":  # (the file is little-endian: an output folder may move to another machine)
            swapped = array("q", self.flat)
            swapped.byteswap()
            return swapped.tobytes()
        return self.flat.tobytes()


def encode(state: MergeState) -> bytes:
    import msgpack

    pooling = state.pooling
    p = pooling.pooled
    strings = _Strings()
    evidence = _EvidenceTable(strings)
    pools = []
    for key in sorted(p.pools):
        pool = p.pools[key]
        t = pool.first
        names = sorted(pooling.names[key].items())
        pools.append([key, t.type, t.name, t.code, t.lat, t.lon, pool.code, pooling.nodes[key], pooling.codes[key],
                      [name for name, _ in names], [times for _, times in names], evidence(pool.evidence)])
    relations = [[*key, pooling.facts[key], evidence(p.relations[key])] for key in sorted(p.relations)]
    facts = [[doc, f.title, f.date, sorted(f.places), sorted(f.weight.items())] for doc, f in sorted(p.docs.items())]
    aliases = [[key, [[doc, sorted(names)] for doc, names in sorted(by_doc.items())]]
               for key, by_doc in sorted(p.person_aliases.items())]
    documents = [[d.id, d.source, d.title, d.date, d.url, d.sha1] for _, d in sorted(pooling.documents.items())]
    body = msgpack.packb([FORMAT, sorted(state.graphs.items()), documents, sorted(pooling.graphs_per_document.items()),
                          list(strings.index), evidence.packed(), pools, relations, facts, aliases], use_bin_type=True)
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


def _all_evidence(packed: Any, strings: list[str]) -> list[Evidence]:
    """The evidence table (_EvidenceTable) as records, in its order; every index checked to be in the table."""
    _check(type(packed) is bytes and len(packed) % 32 == 0)
    flat = array("q")
    flat.frombytes(packed)
    if sys.byteorder == "big":
        flat.byteswap()
    documents, sentences, starts, ends = flat[0::4], flat[1::4], flat[2::4], flat[3::4]
    if documents:
        _check(min(min(documents), min(sentences)) >= 0 and max(max(documents), max(sentences)) < len(strings))
        _check(min(starts) >= 0 and min(ends) >= 0)
    text = strings.__getitem__
    return list(map(Evidence._make, zip(map(text, documents), map(text, sentences), starts, ends)))


class _EvidenceSets:
    """The evidence table read back set by set, each set as long as its row says."""

    def __init__(self, records: list[Evidence]) -> None:
        self.records = records
        self.at = 0

    def __call__(self, count: Any) -> set[Evidence]:
        _check(type(count) is int and 0 <= count <= len(self.records) - self.at)
        start, self.at = self.at, self.at + count
        return set(self.records[start:self.at])

    def check_all_read(self) -> None:
        _check(self.at == len(self.records))


def decode(data: bytes) -> MergeState:
    import msgpack

    _check(data.startswith(_MAGIC + code_digest()))
    start = len(_MAGIC) + _DIGEST
    digest, body = data[start:start + _DIGEST], data[start + _DIGEST:]
    _check(hashlib.blake2b(body, digest_size=_DIGEST).digest() == digest)
    top = msgpack.unpackb(body, raw=False, use_list=True, strict_map_key=True)
    _check(_list(top, 10)[0] == FORMAT)
    _, graphs, documents, doc_graphs, strings, packed, pools, relations, facts, aliases = top
    evidence = _EvidenceSets(_all_evidence(packed, _strings(strings)))
    pooling = Pooling()
    pooling.graphs_per_document = _counts(doc_graphs)
    for row in _list(documents):
        pooling.documents[row[0]] = DocumentInfo(*_strings(_list(row, 6)))
    p = pooling.pooled
    for row in _list(pools):
        key, etype, name, code, lat, lon, pool_code, nodes, codes, names, times, count = _list(row, 12)
        _strings([key, etype, name, code, pool_code])
        _check(type(nodes) is int and nodes > 0 and type(codes) is int and codes >= 0)
        _check(len(_strings(names)) == len(_ints(times)) and (not times or min(times) > 0))
        template = Entity(key, etype, name, code=code, lat=_coordinate(lat), lon=_coordinate(lon))
        pooling.names[key] = Counter(dict(zip(names, times)))
        pooling.nodes[key] = nodes
        if codes:
            pooling.codes[key] = codes
        p.pools[key] = _Pool(template, set(names), evidence(count), pool_code)
    for row in _list(relations):
        key = tuple(_strings(_list(row, 6)[:4]))
        _check(type(row[4]) is int and row[4] > 0)
        pooling.facts[key] = row[4]
        p.relations[key] = evidence(row[5])
    evidence.check_all_read()
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
