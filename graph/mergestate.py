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
folder may come from someone else, so nothing in it is ever run as code), with a digest of its contents.
Anything unexpected in it (another format, a damaged file, a value of the wrong type) makes it absent: the
build pools everything, as when there is no state.
"""
from __future__ import annotations

import hashlib
import sys
from array import array
from collections import Counter
from functools import lru_cache, partial
from itertools import chain
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import ForeignEntry, _list, _strings
from .records import DocumentInfo, Entity, Evidence, in_field_order
from .resolve import Pooling, _DocFacts, _Findings, _Pool, _without_cycle_collection
from .write.atomic import atomic_write


STATE_NAME = "pooled.msgpack"
FORMAT = 5  # 2: the evidence in one packed array (_EvidenceTable); 3: the tables by column; 4: each report's
# findings and each body's identity; 5: a SHA-256 digest (in hardware: a third of BLAKE2b's time on the 37 MB
# state of xwlb-news), the people's aliases by column, each pool's generic and reference flags
_MAGIC = b"cnkg-pooled\n"
_DIGEST = 16
_EVIDENCE_ORDER = in_field_order(Evidence)  # (the file's bytes do not depend on the sets' order)
_NO_NAMES: frozenset[str] = frozenset()


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


def _by_column(rows: list[list]) -> list[list]:
    """Rows as columns (a column of one type is checked in one pass: graph/cache.py's _strings)."""
    return [list(column) for column in zip(*rows)]


def _counts_by_column(counts: Counter) -> list[list]:
    pairs = sorted(counts.items())
    return [[key for key, _ in pairs], [times for _, times in pairs]]


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
        pools.append([key, t.type, t.name, t.code, t.lat, t.lon, pool.code, pooling.nodes[key], pooling.codes[key],
                      *_counts_by_column(pooling.names[key]), evidence(pool.evidence), pool.identity, pool.generic,
                      pool.reference])
    relations = [[*key, pooling.facts[key], evidence(p.relations[key])] for key in sorted(p.relations)]
    facts = [[doc, f.title, f.date, sorted(f.places), *_counts_by_column(f.weight), *_findings_row(f.found)]
             for doc, f in sorted(p.docs.items())]
    aliases = [[key, sorted(by_doc), [sorted(names) for _, names in sorted(by_doc.items())]]
               for key, by_doc in sorted(p.person_aliases.items())]
    documents = [[d.id, d.source, d.title, d.date, d.url, d.sha1] for _, d in sorted(pooling.documents.items())]
    body = msgpack.packb([FORMAT, _counts_by_column(state.graphs), _by_column(documents),
                          _counts_by_column(pooling.graphs_per_document), list(strings.index), evidence.packed(),
                          _by_column(pools), _by_column(relations), _by_column(facts), _by_column(aliases)],
                         use_bin_type=True)
    return _MAGIC + code_digest() + _body_digest(body) + body


def _body_digest(body: bytes) -> bytes:
    return hashlib.sha256(body).digest()[:_DIGEST]


def _findings_row(found: _Findings | None) -> list:
    """A report's findings as seven columns' values: whether they are known, the tails' pairs one after the other,
    the abbreviations' short keys and their bodies, the countries, and the offices' people and countries."""
    if found is None:
        return [False, [], [], [], [], [], []]
    offices = sorted(found.offices.items())
    return [True, [key for pair in found.tails for key in pair], [short for short, _ in found.abbreviations],
            [list(fulls) for _, fulls in found.abbreviations], sorted(found.countries),
            [person for person, _ in offices], [country for _, country in offices]]


def _checked_findings(known: Any, tails: Any, shorts: Any, fulls: Any, countries: Any, people: Any,
                      offices: Any) -> list:
    """The findings' columns (_findings_row), each checked in one pass."""
    _bools(known)
    for column in (tails, shorts, countries, people, offices):
        _lists_of_strings(column)
    _lists_of_strings([bodies for row in _lists(fulls) for bodies in row])
    _check(not any(len(pairs) % 2 for pairs in tails) and list(map(len, shorts)) == list(map(len, fulls))
           and list(map(len, people)) == list(map(len, offices)))
    return [known, tails, shorts, fulls, countries, people, offices]


def _findings(known: bool, tails: list, shorts: list, fulls: list, countries: list, people: list,
              offices: list) -> _Findings | None:
    """One report's findings from its (checked) row."""
    if not known:
        return None
    return _Findings(tuple(zip(tails[0::2], tails[1::2])), tuple(zip(shorts, map(tuple, fulls))),
                     frozenset(countries), dict(zip(people, offices)))


# the values are checked as the extraction cache checks its entries (graph/cache.py: _list, _strings), a column
# at a time where the state is written by column
def _check(ok: bool) -> None:
    if not ok:
        raise ForeignEntry("unexpected value")


def _bools(values: Any) -> list[bool]:
    _check(type(values) is list and set(map(type, values)) <= {bool})
    return values


def _ints(values: Any) -> list[int]:
    _check(type(values) is list and set(map(type, values)) <= {int})
    return values


def _columns(value: Any, count: int) -> list[list]:
    """`count` columns of one length (none when there are no rows)."""
    columns = _list(value)
    if not columns:
        return [[] for _ in range(count)]
    _check(len(columns) == count and all(type(c) is list and len(c) == len(columns[0]) for c in columns))
    return columns


def _counter(names: Any, times: Any) -> Counter:
    """Names and their (positive) counts, two columns."""
    _check(len(_strings(names)) == len(_ints(times)) and (not times or min(times) > 0))
    return _counts(names, times)


def _counts(names: list[str], times: list[int]) -> Counter:
    """Checked names and counts as a Counter."""
    counts: Counter = Counter()
    dict.update(counts, zip(names, times))  # (Counter's own update runs in Python: 45,000 of them on xwlb-news)
    return counts


def _lists(value: Any) -> list[list]:
    _check(type(value) is list and set(map(type, value)) <= {list})
    return value


def _lists_of_strings(value: Any) -> list[list[str]]:
    """A column of lists of strings, checked in one pass (not one call per row: 45,000 rows on xwlb-news)."""
    _check(set(map(type, chain.from_iterable(_lists(value)))) <= {str})
    return value


def _counters(names: Any, times: Any) -> list[Counter]:
    """A column of Counters written as two columns of lists: names, and their positive counts."""
    _lists_of_strings(names)
    counts = chain.from_iterable(_lists(times))
    _check(set(map(type, counts)) <= {int} and list(map(len, names)) == list(map(len, times)))
    _check(min(chain.from_iterable(times), default=1) > 0)
    return list(map(_counts, names, times))


def _coordinates(values: list) -> list:
    _check(set(map(type, values)) <= {float, type(None)})
    return values


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
    # (tuple.__new__ in C: the named tuple's own _make and __new__ are Python functions, 240,000 calls)
    return list(map(partial(tuple.__new__, Evidence), zip(map(text, documents), map(text, sentences), starts, ends)))


class _EvidenceSets:
    """The evidence table read back set by set, each set as long as its row says."""

    def __init__(self, records: list[Evidence]) -> None:
        self.records = records
        self.at = 0

    def __call__(self, count: Any) -> set[Evidence]:
        return set(self.in_order(count))

    def in_order(self, count: Any) -> tuple[Evidence, ...]:
        """The next set's records, in their order (the file's: Evidence's own)."""
        _check(type(count) is int and 0 <= count <= len(self.records) - self.at)
        start, self.at = self.at, self.at + count
        return tuple(self.records[start:self.at])

    def check_all_read(self) -> None:
        _check(self.at == len(self.records))


def decode(data: bytes) -> MergeState:
    import msgpack

    _check(data.startswith(_MAGIC + code_digest()))
    start = len(_MAGIC) + _DIGEST
    digest, body = data[start:start + _DIGEST], memoryview(data)[start + _DIGEST:]  # (not a copy of 37 MB)
    _check(_body_digest(body) == digest)
    top = msgpack.unpackb(body, raw=False, use_list=True, strict_map_key=True)
    _check(_list(top, 10)[0] == FORMAT)
    _, graphs, documents, doc_graphs, strings, packed, pools, relations, facts, aliases = top
    evidence = _EvidenceSets(_all_evidence(packed, _strings(strings)))
    pooling = Pooling()
    pooling.graphs_per_document = _counter(*_list(doc_graphs, 2))
    columns = _columns(documents, 6)
    for column in columns:
        _strings(column)
    pooling.documents = dict(zip(columns[0], map(DocumentInfo, *columns)))
    p = pooling.pooled
    keys, types, names, codes, lats, lons, pool_codes, nodes, coded, name_lists, time_lists, counts, identities, \
        generic, reference = _columns(pools, 15)
    for column in (keys, types, names, codes, pool_codes, identities):
        _strings(column)
    _bools(generic)
    _bools(reference)
    _check(not nodes or (min(_ints(nodes)) > 0 and min(_ints(coded)) >= 0))
    for key, etype, name, code, lat, lon, pool_code, coded_by, of_names, count, identity, is_generic, is_reference \
            in zip(keys, types, names, codes, _coordinates(lats), _coordinates(lons), pool_codes, coded,
                   _counters(name_lists, time_lists), counts, identities, generic, reference):
        pooling.names[key] = of_names
        if coded_by:
            pooling.codes[key] = coded_by
        template = Entity(key, etype, name, _NO_NAMES, code, (), lat, lon)  # (by position: half the time of keywords)
        in_order = evidence.in_order(count)
        p.pools[key] = _Pool(template, set(of_names), set(in_order), pool_code, in_order, identity, is_generic,
                             is_reference)
    pooling.nodes = Counter(dict(zip(keys, nodes)))
    heads, predicates, tails, roles, times, counts = _columns(relations, 6)
    for column in (heads, predicates, tails, roles):
        _strings(column)
    _check(not times or min(_ints(times)) > 0)
    relation_keys = list(zip(heads, predicates, tails, roles))
    pooling.facts = Counter(dict(zip(relation_keys, times)))
    p.relations = dict(zip(relation_keys, map(evidence, counts)))
    evidence.check_all_read()
    docs, titles, dates, places, weight_names, weight_times, *found = _columns(facts, 13)
    for column in (docs, titles, dates):
        _strings(column)
    for doc, title, date, where, weight, of_doc in zip(docs, titles, dates, map(set, _lists_of_strings(places)),
                                                       _counters(weight_names, weight_times),
                                                       map(_findings, *_checked_findings(*found))):
        p.docs[doc] = _DocFacts(where, title, date, weight, of_doc)
    people, their_docs, their_names = _columns(aliases, 3)
    _strings(people)
    _lists_of_strings(their_docs)
    _lists_of_strings([names for row in _lists(their_names) for names in _lists(row)])
    _check(list(map(len, their_docs)) == list(map(len, their_names)))
    p.person_aliases = {key: dict(zip(docs, map(set, names))) for key, docs, names in zip(people, their_docs, their_names)}
    return MergeState(pooling, _counter(*_list(graphs, 2)))


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
