"""What identifies a record's rendered blocks between builds: the record's digest and the writer code's.

graph.ttl, graph.trig and graph.jsonld are their subject blocks in order (graph.write.rdf.sorted_blocks),
and each block is rendered from one record: a document, a relation, or an entity together with the
direct triples of the relations it heads.  A record's blocks are a function of the record and of the
writer code alone, so a rebuild renders only the records whose digest the previous file's index lacks
(graph/write/splice.py: the previous file is the memo, its index kept in OUTDIR/.kg-blocks/).  The
digests are of marshalled records, which is only hashing: nothing is ever read back.
"""
from __future__ import annotations

import hashlib
import marshal
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

MEMO_DIRNAME = ".kg-blocks"
_PACKAGE = Path(__file__).resolve().parent.parent
# what a block's text depends on besides its record
# the code that renders the RDF files' and the exports' blocks (an index made by other code is not trusted: its
# blocks may read otherwise); the HTML view's blocks hold their own code in their digests (html._code_fingerprint)
_WRITER_FILES = ("write/rdf.py", "write/exports.py", "write/memo.py", "write/splice.py", "iri.py", "load.py",
                 "records.py")

Block = tuple[str, str, str]  # (graph, subject, text): a rendered block of the RDF writers
Quad = tuple[str, str, str, str]  # (graph, subject, predicate, object): a pooled pair of a record


@lru_cache(maxsize=1)
def writer_fingerprint() -> str:
    h = hashlib.sha1(b"blocks 2\n")
    for name in _WRITER_FILES:
        h.update(name.encode() + b"\0" + hashlib.sha1((_PACKAGE / name).read_bytes()).digest())
    return h.hexdigest()


def record_digest(record: tuple) -> bytes:
    """A digest of a record: a tuple of plain values (str, int, float, None, bytes, tuples and lists of
    them; callers turn dataclasses into their fields and sort sets first).  marshal's format 2 writes
    no back-references, so equal records give equal bytes whether or not they share objects (a graph
    merged from the cache shares fewer strings than one fresh from extraction), and it is written in C:
    a fifth of the time pickle took with its dataclass reducers."""
    return hashlib.blake2b(marshal.dumps(record, 2), digest_size=16).digest()


@dataclass
class Entry:
    blocks: list[Block]
    pooled: list[Quad] = field(default_factory=list)


