"""The records that flow through the stages, one frozen dataclass per stage door.

source -> Document -> CleanText (with offset map) -> DocGraph (entities, relations with
evidence) -> KnowledgeGraph -> writers.  No stage imports a later one; every record here is
plain data so that it pickles across processes and caches to disk.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass, field, fields
from typing import Callable, NamedTuple

PLACE_TYPES = ("Province", "City", "County", "Township", "Village", "Neighbourhood")
ENTITY_TYPES = PLACE_TYPES + ("Organization", "Person", "Programme")
PREDICATES = ("locatedIn", "partOf", "holdsPost", "runs")


@dataclass(frozen=True)
class Document:
    """A decoded source document.  `text` is exactly what was read (after decoding)."""

    id: str  # stable identifier: file stem, or the `id` field of a JSON-lines record
    source: str  # where it came from: a path, or "path#id" for a record inside a file
    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    encoding: str = "utf-8"
    # a very large file is read as consecutive parts with the same id: `offset` is where this part's
    # text starts in the file's text (evidence offsets add it), `sha1` the digest of the whole text
    offset: int = 0
    sha1: str = ""


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offsets into CleanText.text, end exclusive
    end: int


@dataclass(frozen=True)
class CleanText:
    """Cleaned, simplified text with a map back to the original.

    offsets[i] is the index in document.text of the character text[i]; offsets has
    len(text) + 1 entries, the last one being the end position in document.text, so a span
    [s, e) of text maps to [offsets[s], offsets[e - 1] + 1) of the original.
    """

    document: Document
    text: str
    offsets: tuple[int, ...]
    sentences: tuple[Sentence, ...]
    # spans of document.text holding editors' names from credit lines ([责任编辑:王海松 吴文]) that
    # cleaning drops as page furniture: the people are kept, the line is not running text
    credits: tuple[tuple[int, int], ...] = ()
    # spans of document.text naming the outlets of source lines (来源：河北新闻网--河北日报), dropped as
    # furniture like the credit lines: the outlets are kept as organisations
    sources: tuple[tuple[int, int], ...] = ()

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            p = self.offsets[start] if start < len(self.offsets) else len(self.document.text)
            return p, p
        return self.offsets[start], self.offsets[end - 1] + 1

    def sentence_at(self, pos: int) -> Sentence:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if pos < s.start:
                hi = mid - 1
            elif pos >= s.end:
                lo = mid + 1
            else:
                return s
        return Sentence(-1, pos, pos)


@dataclass(frozen=True)
class Mention:
    """A typed span of clean text (what `kg ner` reports)."""

    start: int
    end: int
    type: str  # one of ENTITY_TYPES
    text: str


class Evidence(NamedTuple):
    """Where a fact was read: document, the sentence text, offsets into the original file.

    A named tuple rather than a dataclass: there are hundreds of thousands in a corpus-sized graph, pooled
    in sets and sorted, and a tuple is made, hashed and compared in C (the same order and the same hash
    as the frozen dataclass's, field by field)."""

    document: str  # Document.id
    sentence: str
    start: int  # offsets of the mention (or of the sentence, for relations) in Document.text
    end: int


@dataclass(frozen=True)
class Entity:
    """One real thing.  `key` is its identity across documents, decided by resolve.py."""

    key: str
    type: str
    name: str
    aliases: frozenset[str] = frozenset()
    code: str = ""  # official administrative code, places only
    evidence: tuple[Evidence, ...] = ()  # empty: context node put there by reference data
    lat: float | None = None  # seat of a province, city or county, where reference data has it
    lon: float | None = None
    # what tells this node apart from another of the same name (a person's post and place: 青山村党支部书记 ·
    # 重庆市); set by resolution only where a name is held by more than one node
    note: str = ""


@dataclass(frozen=True)
class Relation:
    head: str  # Entity.key
    predicate: str  # one of PREDICATES
    tail: str
    role: str = ""  # holdsPost only
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    source: str
    title: str = ""
    date: str = ""
    url: str = ""
    sha1: str = ""  # of the decoded text


@dataclass(frozen=True)
class DocGraph:
    document: DocumentInfo
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]


@dataclass(frozen=True)
class BuildError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class KnowledgeGraph:
    """The merged graph: one entity per key, one relation per (head, predicate, tail, role)."""

    documents: dict[str, DocumentInfo] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    errors: list[BuildError] = field(default_factory=list)

    def neighbours(self, key: str) -> list[Relation]:
        return [r for r in self.relations if r.head == key or r.tail == key]


def in_field_order(cls: type) -> Callable[[object], tuple]:
    """A record's field values as one tuple, in the class's order (what its generated comparisons
    compare, field by field): a sort key that compares in C, and a compact pickled form."""
    names = cls._fields if issubclass(cls, tuple) else tuple(f.name for f in fields(cls))
    return operator.attrgetter(*names)
