"""RDF output: the merged graph as Turtle (graph.ttl) and TriG with one named graph per document.

The model (namespaces: ont: = graph.iri.ONTOLOGY, plus rdf, rdfs, skos, prov, schema, org, xsd):

* Entity `<e>`: `a ont:<Type>` and one standard class (places: schema:AdministrativeArea,
  Organization: org:Organization, Person: schema:Person, Programme: schema:Project);
  `rdfs:label "name"@zh`; `skos:altLabel "alias"@zh`; `schema:disambiguatingDescription "post · place"@zh`
  (a person whose name another node holds too); `ont:code` (places with a code);
  `ont:level "county"` (places); `geo:lat`/`geo:long` (xsd:decimal) for provinces, cities and
  counties whose seat the reference data locates; `ont:mentionedIn <doc>` per document in its evidence.  An entity
  without evidence is a context node (reference data put it there): it has no ont:mentionedIn.
* Mention (one per entity evidence) `<id/mention/…> a ont:Mention; ont:entity <e>;
  prov:wasDerivedFrom <doc>; ont:sentence "…"; ont:start n; ont:end n` (offsets in Document.text).
* Relation: the direct triple `<head> ont:<predicate> <tail>`, and ONE REIFIED STATEMENT PER
  EVIDENCE (so a sentence is never paired with the wrong document):
  `<id/stmt/…> a rdf:Statement; rdf:subject/rdf:predicate/rdf:object; ont:role "…"@zh (when set);
  prov:wasDerivedFrom <doc>; ont:sentence; ont:start; ont:end`.  A relation with no evidence
  (reference data) gets one statement without provenance.
* holdsPost also gives a W3C ORG membership `<id/stmt/…> a org:Membership; org:member <person>;
  org:organization <org or place>; org:role <id/role/<digest>>`, the role being
  `a org:Role; rdfs:label "党支部书记"@zh`.
* Document `<id/doc/…> a ont:Document, schema:NewsArticle; rdfs:label title (or id);
  schema:url "…"^^xsd:anyURI; schema:datePublished; ont:source "relative/path"`.

No blank nodes; every IRI is derived from keys by graph.iri (hashes), so output is deterministic.
Triples are grouped by subject and written sorted (subjects, then predicates with rdf:type first,
then objects), so the same graph gives byte-identical files.  Turtle is written by hand, one
subject block at a time, rather than through an rdflib Graph: a corpus-sized graph would cost
gigabytes there.  Each block is rendered as soon as its record's triples are made and only the
blocks' texts are sorted (see "subject blocks" below).  Terms are kept internally in N-Triples form
("<iri>", '"lex"@zh', '"3"^^<…>'), which is also the sort order; prefixed names are used on output
only where the local part is safe.

TriG: the default graph holds document nodes, context nodes and relations without evidence; the
named graph `<document IRI>#graph` holds what was read from that document (entity description,
its ont:mentionedIn that document, its mention nodes there; the relations evidenced there with
their statements and membership).  The union of all graphs equals the Turtle graph.
"""
from __future__ import annotations

import contextlib
import heapq
import mmap
import operator
from bisect import bisect_left
import os
import re
import tempfile
import zlib
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

import numpy as np

from ..iri import ID, ONTOLOGY, digest, document_iri, entity_iri, mention_iri, statement_iri
from ..records import PLACE_TYPES, DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation, in_field_order
from .atomic import atomic_open
from . import splice
from .memo import Entry, Quad, record_digest

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
XSD = "http://www.w3.org/2001/XMLSchema#"

# prefix table, longest namespace first is not needed: the id/ sub-namespaces never overlap
PREFIXES: dict[str, str] = {
    "ont": ONTOLOGY,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "prov": PROV,
    "schema": SCHEMA,
    "org": ORG,
    "geo": GEO,
    "xsd": XSD,
    **{kind: f"{ID}{kind}/" for kind in (
        "province", "city", "county", "township", "village", "neighbourhood",
        "organization", "person", "programme", "entity", "doc", "stmt", "mention", "role")},
}

STANDARD_CLASS = {
    **{t: SCHEMA + "AdministrativeArea" for t in PLACE_TYPES},
    "Organization": ORG + "Organization",
    "Person": SCHEMA + "Person",
    "Programme": SCHEMA + "Project",
}

RDF_TYPE = f"<{RDF}type>"
GRAPH_SUFFIX = "#graph"

Triple = tuple[str, str, str]  # N-Triples-form terms

# --- terms ---------------------------------------------------------------------------------

# characters never allowed raw inside <...> in Turtle/N-Triples/SPARQL
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
# a prefixed-name local part we are sure every Turtle reader accepts
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")  # (fullmatch)
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_IRI_CHECK = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f\ud800-\udfff]')  # either of the two above


def safe_iri(iri: str) -> str:
    """Percent-encode characters that would break an <IRI> (our IRIs are safe; this is a guard)."""
    if _IRI_CHECK.search(iri) is None:  # one search settles the usual case
        return iri
    iri = _LONE_SURROGATE.sub("\ufffd", iri)
    return _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), iri)


def iri(value: str) -> str:
    return f"<{safe_iri(value)}>"


_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\ud800-\udfff]')
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_ESCAPES.update({code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F) if code not in _ESCAPES})
_ESCAPES.update({code: "\ufffd" for code in range(0xD800, 0xE000)})


def escape_literal(text: str) -> str:
    """Body of a Turtle/N-Triples "..." string: escapes quotes, backslashes and every control char.

    Lone surrogates (from surrogateescape decoding) cannot be encoded in UTF-8; they become U+FFFD.
    Most labels and sentences need nothing: one regex search decides, str.translate does the rest.
    """
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return text.translate(_ESCAPES)


def literal(text: str, lang: str = "", datatype: str = "") -> str:
    body = f'"{escape_literal(text)}"'
    if lang:
        return f"{body}@{lang}"
    if datatype:
        return f"{body}^^<{datatype}>"
    return body


_INTEGER = f"^^<{XSD}integer>"


@lru_cache(maxsize=1 << 17)  # offsets recur; one string per number also spares compact() hashing it again
def integer(n: int) -> str:
    return f'"{int(n)}"{_INTEGER}'  # digits need no escaping: literal() without its search


def zh(text: str) -> str:
    return literal(text, lang="zh")


def ont(local: str) -> str:
    return f"<{ONTOLOGY}{local}>"


_INTEGER_TERM = re.compile(r'^"(-?\d+)"\^\^<' + re.escape(XSD + "integer") + ">$")


_RDF_TYPE_IRI = RDF + "type"
# namespace -> prefix (the first prefix of a namespace, as a search in PREFIXES' order finds it)
_PREFIX_OF = {ns: prefix for prefix, ns in reversed(PREFIXES.items())}


def _compact_iri(value: str) -> str | None:
    """The prefixed name of an IRI, or None.  A safe local part holds no "/" or "#", so the only
    namespace that can fit is the IRI up to its last "/" or "#": one lookup, not a search."""
    if value == _RDF_TYPE_IRI:
        return "a"
    cut = max(value.rfind("/"), value.rfind("#")) + 1
    prefix = _PREFIX_OF.get(value[:cut])
    if prefix is not None and _SAFE_LOCAL.fullmatch(value, cut):
        return f"{prefix}:{value[cut:]}"
    return None


@lru_cache(maxsize=1 << 18)  # predicates, classes and entity IRIs recur on every line
def compact(term: str) -> str:
    """Turtle form of an N-Triples-form term: prefixed name, bare integer or as is."""
    if term.startswith("<"):
        return _compact_iri(term[1:-1]) or term
    m = _INTEGER_TERM.match(term)
    if m:
        return m.group(1)
    if term.endswith(">") and "^^<" in term:
        body, dt = term.rsplit("^^", 1)
        return f"{body}^^{compact(dt)}"
    return term


def compact_subject(term: str) -> str:
    """compact() of a subject IRI: most subjects occur once (a mention, a statement), so no cache."""
    return _compact_iri(term[1:-1]) or term


# --- triples -------------------------------------------------------------------------------


def role_iri(role: str) -> str:
    return f"{ID}role/{digest(role)}"


@lru_cache(maxsize=1 << 16)  # asked for each evidence of a named graph's document
def graph_iri(doc_id: str) -> str:
    return document_iri(doc_id) + GRAPH_SUFFIX


def entity_triples(entity: Entity, doc_id: str | None = None,
                   evidence: Iterable[Evidence] | None = None) -> Iterator[Triple]:
    """The entity's description; with doc_id, only the provenance read from that document (callers
    that already grouped the evidence by document pass that document's share as `evidence`)."""
    yield from entity_description(entity)
    for ev in entity.evidence if evidence is None else evidence:
        if doc_id is None or ev.document == doc_id:
            yield from mention_triples(entity, ev)


def entity_description(entity: Entity) -> Iterator[Triple]:
    """What the entity is, whatever document it was read in."""
    e = iri(entity_iri(entity.key))
    yield e, RDF_TYPE, ont(entity.type)
    if entity.type in STANDARD_CLASS:
        yield e, RDF_TYPE, iri(STANDARD_CLASS[entity.type])
    yield e, f"<{RDFS}label>", zh(entity.name)
    for alias in sorted(entity.aliases):
        if alias != entity.name:
            yield e, f"<{SKOS}altLabel>", zh(alias)
    if entity.note:  # what tells it apart from another node of the same name (see resolve.py)
        yield e, f"<{SCHEMA}disambiguatingDescription>", zh(entity.note)
    if entity.code:
        yield e, ont("code"), literal(entity.code)
    if entity.type in PLACE_TYPES:
        yield e, ont("level"), literal(entity.type.lower())
    if entity.lat is not None and entity.lon is not None:
        yield e, f"<{GEO}lat>", literal(f"{entity.lat:.6f}", datatype=f"{XSD}decimal")
        yield e, f"<{GEO}long>", literal(f"{entity.lon:.6f}", datatype=f"{XSD}decimal")


@lru_cache(maxsize=1 << 18)  # an entity's and a document's IRI recur in every mention and statement
def _entity_term(key: str) -> str:
    return iri(entity_iri(key))


@lru_cache(maxsize=1 << 18)
def _document_term(doc_id: str) -> str:
    return iri(document_iri(doc_id))


_MENTIONED_IN, _MENTION, _ENTITY = ont("mentionedIn"), ont("Mention"), ont("entity")
_SENTENCE, _START, _END, _ROLE = ont("sentence"), ont("start"), ont("end"), ont("role")
_DERIVED_FROM = f"<{PROV}wasDerivedFrom>"
_STATEMENT = f"<{RDF}Statement>"
_SUBJECT, _PREDICATE, _OBJECT = f"<{RDF}subject>", f"<{RDF}predicate>", f"<{RDF}object>"

Pair = tuple[str, str]  # (predicate, object) in N-Triples form
Node = tuple[str, list[Pair]]  # a subject with its pairs in block order (see _pair_order), without repeats


def mention_node(entity: Entity, ev: Evidence) -> tuple[Triple, Node]:
    """One evidence of an entity: its ont:mentionedIn triple, and its mention node.  The node's pairs
    come in block order (rdf:type, then prov:, then ont: by local name), so that a block of a mention
    is rendered without grouping and sorting its seven triples: 234 k mentions in the xwlb-news graph."""
    e = _entity_term(entity.key)
    doc = _document_term(ev.document)
    m = iri(mention_iri(entity.key, ev.document, ev.start, ev.end))
    return (e, _MENTIONED_IN, doc), (m, [(RDF_TYPE, _MENTION), (_DERIVED_FROM, doc), (_END, integer(ev.end)),
                                         (_ENTITY, e), (_SENTENCE, zh(ev.sentence)), (_START, integer(ev.start))])


def mention_triples(entity: Entity, ev: Evidence) -> Iterator[Triple]:
    """One evidence of an entity: its ont:mentionedIn and its mention node."""
    head, (m, pairs) = mention_node(entity, ev)
    yield head
    for p, o in pairs:
        yield m, p, o


def relation_triples(rel: Relation, doc_id: str | None = None,
                     evidence: Iterable[Evidence] | None = None) -> Iterator[Triple]:
    """Direct triple, membership (holdsPost) and one reified statement per evidence."""
    yield from relation_core(rel)
    evidence = [ev for ev in (rel.evidence if evidence is None else evidence) if doc_id is None or ev.document == doc_id]
    for ev in evidence:
        yield from statement_triples(rel, ev)
    if not rel.evidence:  # reference-data relations (no evidence at all) still get one statement, without provenance
        yield from statement_triples(rel, None)


def relation_core(rel: Relation, membership: bool = True) -> Iterator[Triple]:
    """The direct triple and, for holdsPost, the membership (unless `membership` is False) and its role."""
    h, t, p = iri(entity_iri(rel.head)), iri(entity_iri(rel.tail)), ont(rel.predicate)
    yield h, p, t
    if rel.predicate == "holdsPost":
        if membership:
            yield from membership_triples(rel)
        if rel.role:
            r = iri(role_iri(rel.role))
            yield r, RDF_TYPE, iri(ORG + "Role")
            yield r, f"<{RDFS}label>", zh(rel.role)


def membership_triples(rel: Relation) -> Iterator[Triple]:
    """The org:Membership of a holdsPost relation (nothing for another predicate)."""
    if rel.predicate != "holdsPost":
        return
    h, t = iri(entity_iri(rel.head)), iri(entity_iri(rel.tail))
    m = iri(statement_iri("membership", rel.head, rel.tail, rel.role))
    yield m, RDF_TYPE, iri(ORG + "Membership")
    yield m, f"<{ORG}member>", h
    yield m, f"<{ORG}organization>", t
    if rel.role:
        yield m, f"<{ORG}role>", iri(role_iri(rel.role))


def statement_node(rel: Relation, ev: Evidence | None) -> Node:
    """The reified statement of one evidence (None: of a relation without any), its pairs in block
    order (rdf:type, then rdf:, prov:, ont: by local name), as mention_node."""
    key = (ev.document, ev.start, ev.end) if ev else ()
    s = iri(statement_iri(rel.head, rel.predicate, rel.tail, rel.role, *key))
    pairs = [(RDF_TYPE, _STATEMENT), (_OBJECT, _entity_term(rel.tail)), (_PREDICATE, ont(rel.predicate)),
             (_SUBJECT, _entity_term(rel.head))]
    if ev is not None:
        pairs += [(_DERIVED_FROM, _document_term(ev.document)), (_END, integer(ev.end))]
    if rel.role:
        pairs.append((_ROLE, zh(rel.role)))
    if ev is not None:
        pairs += [(_SENTENCE, zh(ev.sentence)), (_START, integer(ev.start))]
    return s, pairs


def statement_triples(rel: Relation, ev: Evidence | None) -> Iterator[Triple]:
    """The reified statement of one evidence (None: of a relation without any)."""
    s, pairs = statement_node(rel, ev)
    for p, o in pairs:
        yield s, p, o


def document_triples(doc: DocumentInfo) -> Iterator[Triple]:
    d = iri(document_iri(doc.id))
    yield d, RDF_TYPE, ont("Document")
    yield d, RDF_TYPE, iri(SCHEMA + "NewsArticle")
    yield d, f"<{RDFS}label>", zh(doc.title) if doc.title else literal(doc.id)
    if doc.url:
        yield d, f"<{SCHEMA}url>", literal(doc.url, datatype=XSD + "anyURI")
    if doc.date:
        date = doc.date.strip()
        yield d, f"<{SCHEMA}datePublished>", literal(date, datatype=XSD + "date") if _DATE.match(date) else literal(date)
    yield d, ont("source"), literal(doc.source)


def graph_triples(kg: KnowledgeGraph) -> Iterator[Triple]:
    """Every triple of the merged graph (duplicates possible; writers deduplicate)."""
    for doc in kg.documents.values():
        yield from document_triples(doc)
    for entity in kg.entities.values():
        yield from entity_triples(entity)
    for rel in kg.relations:
        yield from relation_triples(rel)


# --- writing -------------------------------------------------------------------------------


def _prefix_lines() -> Iterator[str]:
    for prefix, ns in PREFIXES.items():
        yield f"@prefix {prefix}: <{ns}> .\n"


def write_turtle(kg: KnowledgeGraph, path: Path, previous: Path | None = None,
                 prepared: Prepared | None = None, tap: Tap | None = None) -> None:
    """output/graph.ttl: the merged graph, sorted, byte-identical for the same graph; `previous`: the
    folder of the last build, whose graph.ttl is spliced when its index describes it (graph/write/splice.py);
    `prepared`: the graph's record digests, made once for every block writer (`prepare`).
    A spliced file leaves the blocks it dropped and added beside it (splice.DELTA_NAME) for the query store;
    one written whole hands its blocks to `tap` as they are rendered (the store loads them meanwhile)."""
    done = write_block_file(kg, path, turtle_block, TURTLE, previous=previous, prepared=prepared, tap=tap)
    if done is not None and previous is not None:
        with contextlib.suppress(OSError):  # without it the store finds the difference itself
            splice.save_delta(done, previous / path.name, path)


def write_trig(kg: KnowledgeGraph, path: Path, previous: Path | None = None,
               prepared: Prepared | None = None) -> None:
    """output/graph.trig: default graph (documents, context) plus one named graph per document."""
    write_block_file(kg, path, turtle_block, TRIG, named_graphs=True, previous=previous, prepared=prepared)


def _header() -> bytes:
    return ("".join(_prefix_lines()) + "\n").encode("utf-8")


def dataset_quads(kg: KnowledgeGraph) -> Iterator[tuple[str, Triple]]:
    """(graph, triple) pairs: the default graph "" (documents, context, unevidenced relations) and one
    named graph per document holding what was read from it; generated one at a time."""
    for doc in kg.documents.values():
        for t in document_triples(doc):
            yield "", t
    yield from _by_document(kg.entities.values(), entity_triples)
    yield from _by_document(kg.relations, relation_triples)


def _by_document(items: Iterable[Entity | Relation], triples) -> Iterator[tuple[str, Triple]]:
    """Each item's triples in the graph of every document that evidences it (the default graph when none)."""
    for item in items:
        if not item.evidence:
            for t in triples(item):
                yield "", t
        # grouped once: filtering all of an entity's evidence for each of its documents was
        # quadratic (29 M comparisons for the xwlb-news graph's 127 k mentions)
        by_doc: dict[str, list[Evidence]] = {}
        for ev in item.evidence:
            by_doc.setdefault(ev.document, []).append(ev)
        for doc_id in sorted(by_doc):
            name = graph_iri(doc_id)
            for t in triples(item, doc_id, by_doc[doc_id]):
                yield name, t


# --- subject blocks ----------------------------------------------------------------------
# A file is its subject blocks in (graph, subject) order, each block its (predicate, object) pairs with
# rdf:type first, then by predicate and object, without repeats.  Almost every subject belongs to one
# record (a mention to one evidence of one entity, a statement to one evidence of one relation, a
# membership to one relation): each record's triples are grouped by subject and the blocks rendered at
# once, so what is held and sorted is one text per block, never the 1.5 M triples of a corpus-sized
# graph (sorting those, on disk, took most of the writers' time).  Two kinds of subject take triples
# from several records: an entity (its description, and the direct triple of every relation it heads)
# and a role (every post of that title).  Relations come first and pool theirs; an entity's block takes
# its pool when it is rendered, and what is left (roles; a head that is no entity) is rendered last.

Render = Callable[[str, str, list[Pair]], str]  # (graph, subject, ordered pairs) -> the block's text

_ROLE_SUBJECT = f"<{ID}role/"


def _pair_order(pair: Pair) -> tuple[bool, str, str]:
    return pair[0] != RDF_TYPE, pair[0], pair[1]


def _in_block_order(pairs: Iterable[Pair]) -> list[Pair]:
    """sorted(set(pairs), key=_pair_order), without a call of the key per pair: the pairs sorted as they
    are, then their rdf:type run (one run, its objects in order) moved to the front."""
    ordered = sorted(set(pairs))
    start = bisect_left(ordered, (RDF_TYPE,))
    end = start
    while end < len(ordered) and ordered[end][0] == RDF_TYPE:
        end += 1
    if start and end > start:
        return ordered[start:end] + ordered[:start] + ordered[end:]
    return ordered


def _render(units: Units, render: Render, pool: str, taken: dict[tuple[str, str], set[Pair]]) -> Entry:
    """A record's blocks; the pairs of subject `pool` and of roles are handed back to be pooled, and
    `taken` holds what others pooled for this record's subjects."""
    entry = Entry([], [])
    groups: dict[tuple[str, str], list[Pair]] = {}
    nodes: dict[tuple[str, str], list[Pair]] = {}
    for graph, triples, unit_nodes in units:
        for s, p, o in triples:
            pairs = groups.get((graph, s))
            if pairs is None:
                groups[(graph, s)] = [(p, o)]
            else:
                pairs.append((p, o))
        for s, pairs in unit_nodes:
            if (graph, s) in nodes:  # one node from two evidence (two sentences at one place): merged below
                groups.setdefault((graph, s), []).extend(nodes.pop((graph, s)))
            if (graph, s) in groups:
                groups[(graph, s)].extend(pairs)
            else:
                nodes[(graph, s)] = pairs
    for (graph, s), pairs in nodes.items():
        # a node's pairs are in block order already; one that shares its subject with anything else
        # of the record, is pooled or takes pooled pairs goes the common way
        if (graph, s) in groups or (graph, s) in taken or s == pool or s.startswith(_ROLE_SUBJECT):
            groups.setdefault((graph, s), []).extend(pairs)
        else:
            entry.blocks.append((graph, s, render(graph, s, pairs)))
    for (graph, s), pairs in groups.items():
        if s == pool or s.startswith(_ROLE_SUBJECT):
            entry.pooled.extend((graph, s, p, o) for p, o in pairs)
            continue
        pairs.extend(taken.get((graph, s), ()))
        entry.blocks.append((graph, s, render(graph, s, _in_block_order(pairs))))
    return entry


# A record is one document, one relation or one entity with its evidence; the evidence of an entity or
# relation read in more than CHUNK places (习近平 in thousands of reports) is cut into records of about
# CHUNK evidence by document, so that one more report renders one such part, not all of it.  In a file of
# named graphs (TriG) such an entity's or relation's blocks in each of its graphs (the entity's description
# there, a post's membership) go by the same parts: the entity's in records of their own, one per part of its
# mentions (_wide_entity_records), the membership in the parts of the statements (_statement_part_units); and
# a block that only takes pooled pairs (a role's) has a digest of what pools there, not of who pools it
# (_pooled_records).  One added report then renders the blocks of one part's graphs, not of all its graphs.
CHUNK = 64


def _part_count(evidence: tuple[Evidence, ...]) -> int:
    """How many parts _chunks cuts `evidence` into (some may be empty)."""
    return len(evidence) // CHUNK + 1


def _part_of(doc_id: str, count: int) -> int:
    """The part of _chunks (of `count`) that a document's evidence falls in."""
    return _document_hash(doc_id) % count


def _chunks(evidence: tuple[Evidence, ...]) -> list[tuple[Evidence, ...]]:
    """The evidence in parts by a stable hash of the document (a report's evidence stays together)."""
    n = _part_count(evidence)
    parts: list[list[Evidence]] = [[] for _ in range(n)]
    for ev in evidence:
        parts[_document_hash(ev.document) % n].append(ev)  # (_part_of inlined: a call per piece cost a third more)
    return [tuple(part) for part in parts if part]


def _parts_of(chunks: dict | None, evidence: tuple[Evidence, ...]) -> list[tuple[Evidence, ...]]:
    """_chunks(evidence), kept in `chunks` (Prepared.chunks) by the tuple's identity when given."""
    if chunks is None:
        return _chunks(evidence)
    got = chunks.get(id(evidence))
    if got is None or got[0] is not evidence:
        got = chunks[id(evidence)] = (evidence, _chunks(evidence))
    return got[1]


def _graph_functions(named_graphs: bool) -> tuple[Callable[[Evidence | None], str],
                                                   Callable[[tuple[Evidence, ...]], list[str]]]:
    """(graph_of, graphs_of): the graph a piece of evidence is stated in, and the graphs of a record's evidence,
    in order ("": the default graph, the only one of a file without named graphs)."""

    def graph_of(ev: Evidence | None) -> str:
        return graph_iri(ev.document) if named_graphs and ev is not None else ""

    def graphs_of(evidence: tuple[Evidence, ...]) -> list[str]:
        if not named_graphs or not evidence:
            return [""]
        if len(evidence) == 1:  # most relations and many entities
            return [graph_iri(evidence[0].document)]
        return sorted(map(graph_iri, set(map(_DOCUMENT_OF, evidence))))

    return graph_of, graphs_of


@lru_cache(maxsize=1 << 16)  # 19 k documents, each in the evidence of many an entity
def _document_hash(doc_id: str) -> int:
    return zlib.crc32(doc_id.encode("utf-8", "surrogatepass"))


# a record's triples by graph, with the nodes (mentions, statements) that come whole: (graph, triples, nodes)
Units = list[tuple[str, Iterable[Triple], Iterable[Node]]]
# (record, what makes its units, the subject whose pairs it hands back to be pooled, the (graph, subject)
# keys of what it pools): what _records digests and renders when the previous file lacks it.  The units
# are made only for a record that is rendered: making them for every record cost more than the digest.
_Item = tuple[tuple, Callable[[], Units], str, tuple[tuple[str, str], ...]]
# a record that pools: its digest, units and pool subject, to find its pooled pairs again when a block
# that takes them is rendered
_Contributor = tuple[bytes, Callable[[], Units], str]


def _document_units(doc: DocumentInfo) -> Units:
    return [("", document_triples(doc), ())]


def _mention_unit(entity: Entity, ev: Evidence) -> tuple[Iterable[Triple], Iterable[Node]]:
    head, node = mention_node(entity, ev)
    return (head,), (node,)


def _mention_head(entity: Entity, ev: Evidence) -> tuple[Iterable[Triple], Iterable[Node]]:
    """What a mention pools: _mention_unit's ont:mentionedIn without the mention node.  A part of mentions is
    asked for what it pools by each block of its entity rendered; making its 64 mention nodes for that (their
    sentences escaped, their IRIs hashed) was most of a Turtle rebuild's time after adding a report."""
    return ((_entity_term(entity.key), _MENTIONED_IN, _document_term(ev.document)),), ()


def _statement_unit(rel: Relation, ev: Evidence | None) -> tuple[Iterable[Triple], Iterable[Node]]:
    return (), (statement_node(rel, ev),)


def _units(graph_of: Callable[[Evidence | None], str], evidence: Iterable[Evidence | None], per_evidence,
           item: Entity | Relation, core=None, graphs: Iterable[str] = ()) -> Units:
    """`core(item)` in each of `graphs`, then `per_evidence(item, ev)` (triples, nodes) in the graph of each evidence."""
    # made once, however many graphs hold it (an entity's description is in the graph of each of its documents)
    core_triples = list(core(item)) if core is not None else []
    units: Units = [(g, core_triples, ()) for g in graphs] if core is not None else []
    return units + [(graph_of(ev), *per_evidence(item, ev)) for ev in evidence]


def _pooled_quads(units: Units, pool: str) -> list[Quad]:
    """What a record hands back to be pooled (as _render does), without rendering its blocks."""
    quads: list[Quad] = []
    for graph, triples, nodes in units:
        quads.extend((graph, s, p, o) for s, p, o in triples if s == pool or s.startswith(_ROLE_SUBJECT))
        for s, pairs in nodes:
            if s == pool or s.startswith(_ROLE_SUBJECT):
                quads.extend((graph, s, p, o) for p, o in pairs)
    return quads


_EVIDENCE_FIELDS = in_field_order(Evidence)
_DOCUMENT_OF = operator.attrgetter("document")
_DOCUMENT_FIELDS = in_field_order(DocumentInfo)


def _plain(evidence: tuple[Evidence | None, ...]) -> tuple:
    """Evidence as tuples of its fields, for record_digest (marshal knows no dataclasses)."""
    if evidence == (None,):
        return evidence
    return tuple(map(_EVIDENCE_FIELDS, evidence))


@dataclass
class Prepared:
    """What every block writer of one graph shares (graph/pipeline.py makes it before the writers fork):
    the digests of the graph's records in walk order (they do not depend on the file) and the parts
    of the evidence read in more than CHUNK places."""

    kg: KnowledgeGraph
    digests: list[bytes]
    chunks: dict[int, tuple[tuple[Evidence, ...], list[tuple[Evidence, ...]]]]


def prepare(kg: KnowledgeGraph) -> Prepared:
    """Digest the graph's records once for every block writer (each would otherwise do it alone)."""
    chunks: dict = {}
    digests = _records(kg, turtle_block, False, None, None, chunks=chunks)
    return Prepared(kg, digests, chunks)


class _Pools:
    """The pooled pairs of the records that pool (relations, parts of an entity's mentions), found again
    from their units only when a block that takes them is rendered."""

    def __init__(self) -> None:
        self.pooled_of: dict[bytes, list[Quad]] = {}  # the pooled quads of contributors, as found
        # the same by (graph, subject), made when first asked for: a post read in 2,000 reports pools its direct
        # triple and role in each of their graphs, and scanning all of it for each graph was quadratic (TriG)
        self.pooled_at: dict[bytes, dict[tuple[str, str], list[Pair]]] = {}

    def quads_of(self, digest: bytes, units: Callable[[], Units], pool: str) -> list[Quad]:
        quads = self.pooled_of.get(digest)
        if quads is None:
            quads = self.pooled_of[digest] = _pooled_quads(units(), pool)
        return quads

    def _by_key(self, digest: bytes, units: Callable[[], Units], pool: str) -> dict[tuple[str, str], list[Pair]]:
        by_key = self.pooled_at.get(digest)
        if by_key is None:
            by_key = self.pooled_at[digest] = {}
            for g, s, p, o in self.quads_of(digest, units, pool):
                by_key.setdefault((g, s), []).append((p, o))
        return by_key

    def pairs_at(self, graph: str, subject: str, contribs: Iterable[_Contributor]) -> set[Pair]:
        pairs: set[Pair] = set()
        for digest, units, pool in contribs:
            pairs.update(self._by_key(digest, units, pool).get((graph, subject), ()))
        return pairs

    def taken_in(self, subject: str, graphs: list[str], contribs: Iterable[_Contributor],
                 taken: dict[tuple[str, str], set[Pair]]) -> dict[tuple[str, str], set[Pair]]:
        """taken_by for a few of an entity's graphs (a part of them: _wide_entity_records), added to `taken`: looked
        up in each contributor's pairs by (graph, subject), for a relation read in thousands of graphs is a
        contributor to each part of its head's, and a pass over all its pairs for each part was quadratic."""
        for digest, units, pool in contribs:
            by_key = self._by_key(digest, units, pool)
            for g in graphs:
                pairs = by_key.get((g, subject))
                if pairs:
                    taken.setdefault((g, subject), set()).update(pairs)
        return taken

    def taken_by(self, subject: str, graphs: list[str], contribs) -> dict[tuple[str, str], set[Pair]]:
        """What an entity's blocks take: its contributors' pairs under its subject in its graphs (one
        pass over each contributor: an entity read in thousands of documents has thousands of both)."""
        wanted = set(graphs)
        taken: dict[tuple[str, str], set[Pair]] = {}
        for digest, units, pool, *_ in contribs:
            for g, s, p, o in self.quads_of(digest, units, pool):
                if s == subject and g in wanted:
                    taken.setdefault((g, s), set()).add((p, o))
        return taken


def _records(kg: KnowledgeGraph, render: Render, named_graphs: bool, known: Callable[[bytes], bool] | None,
             keep: Callable[[str, str, str, int], None] | None, chunks: dict | None = None,
             prepared: Prepared | None = None) -> list[bytes]:
    """Walk every record of the graph in order: a record `known` by its digest (the previous file has
    its blocks) is not rendered, the blocks of every other go to `keep(graph, subject, text, record
    number)`.  Returns the records' digests in record order: the index of the file written
    (graph/write/splice.py).  known None: only the digests of the records that do not depend on the
    file (for `prepare`), without the pooled blocks'.

    The records are the same whatever the file (Turtle, TriG, JSON-LD): where a record's blocks depend
    on the named graphs it names the documents, of which the graphs are a function.  A block that takes
    pooled pairs (an entity's; a role's or a head's that no entity block takes) is a record whose digest
    holds the digests of the records that pool into its subject, not their pairs: those are found again
    (_pooled_quads) only when the block is rendered."""
    digests: list[bytes] = []
    if prepared is not None and prepared.kg is not kg:
        prepared = None  # made for another graph
    given = prepared.digests if prepared is not None else None
    if prepared is not None:
        chunks = prepared.chunks
    # subject -> the records that pool into it (digest, units, pool subject, the graphs they pool in and the
    # relation; None, None: a part of the entity's own mentions, always among its graphs); and the blocks no
    # entity takes, each with what identifies the pairs its contributors pool there
    by_subject: dict[str, list[tuple[bytes, Callable[[], Units], str, list[str] | None, Relation | None]]] = {}
    leftover: dict[tuple[str, str], list[tuple[_Pooler, _Contributor]]] = {}
    # a wide entity's parts of mentions (digest, units, evidence) and the relations it heads, for its blocks in a
    # file of named graphs (_wide_entity_records)
    mention_parts: dict[str, list[tuple[bytes, Callable[[], Units], tuple[Evidence, ...]]]] = {}
    wide: list[tuple[Entity, list[tuple[bytes, Callable[[], Units], Relation]]]] = []
    found = _Pools()
    pooled_of, pairs_at, taken_by = found.pooled_of, found.pairs_at, found.taken_by

    def add(record: Callable[[], tuple], units: Callable[[], Units], pool: str = "", pools: tuple[str, ...] = (),
            taken: Callable[[], dict[tuple[str, str], set[Pair]]] | None = None) -> bytes:
        number = len(digests)
        digest = given[number] if given is not None else record_digest(record())
        digests.append(digest)
        if known is not None and not known(digest):
            entry = _render(units(), render, pool, taken() if taken is not None else {})
            for graph, s, block in entry.blocks:
                keep(graph, s, block, number)
            if {s for _, s, _, _ in entry.pooled} - set(pools):  # the subjects declared below
                raise RuntimeError(f"a record pooled pairs it did not declare: {record()[:2]}")
            pooled_of[digest] = entry.pooled
        return digest

    graph_of, graphs_of = _graph_functions(named_graphs)
    parts = partial(_parts_of, chunks)

    def documents(evidence: tuple[Evidence, ...]) -> list[str]:
        # what the graphs of a record whose evidence is in parts are a function of
        return sorted(set(map(_DOCUMENT_OF, evidence)))

    for doc in kg.documents.values():
        add(lambda: ("document", *_DOCUMENT_FIELDS(doc)), partial(_document_units, doc))
    for rel in kg.relations:  # before the entities, whose blocks take the direct triples they pool
        own: tuple[Evidence | None, ...] = rel.evidence or (None,)
        if len(rel.evidence) > CHUNK:
            own = ()
            for chunk in parts(rel.evidence):
                add(lambda: ("statements", rel.head, rel.predicate, rel.tail, rel.role, _plain(chunk)),
                    partial(_statement_part_units, graph_of, graphs_of, named_graphs, rel, chunk))
        graphs = graphs_of(rel.evidence)
        head = _entity_term(rel.head)
        role = iri(role_iri(rel.role)) if rel.predicate == "holdsPost" and rel.role else ""
        units = partial(_relation_units, graph_of, graphs_of, named_graphs, rel)
        # what relation_core pools: the direct triple under the head, a role's own triples
        digest = add(lambda: ("relation", rel.head, rel.predicate, rel.tail, rel.role,
                              documents(rel.evidence) if not own else (), _plain(own)),
                     units, head, (head, role) if role else (head,))
        by_subject.setdefault(head, []).append((digest, units, head, graphs, rel))
        if role:
            for g in graphs:
                leftover.setdefault((g, role), []).append((_pooler(rel), (digest, units, head)))
    for e in kg.entities.values():
        if len(e.evidence) > CHUNK:
            subject = _entity_term(e.key)
            for chunk in parts(e.evidence):  # each gives the entity's block its ont:mentionedIn, pooled
                units = partial(_units, graph_of, chunk, _mention_unit, e)
                digest = add(lambda: ("mentions", e.key, _plain(chunk)), units, subject, (subject,))
                pooled = partial(_units, graph_of, chunk, _mention_head, e)  # (the same pooled pairs)
                by_subject.setdefault(subject, []).append((digest, pooled, subject, None, None))
                mention_parts.setdefault(subject, []).append((digest, pooled, chunk))
    # after every relation and every part of mentions: an entity's block takes what they pooled for it
    for e in kg.entities.values():
        subject = _entity_term(e.key)
        mentions = e.evidence if len(e.evidence) <= CHUNK else ()
        graphs = graphs_of(e.evidence)
        contribs = by_subject.pop(subject, [])
        if named_graphs:  # a relation read in a document where its head is not: a block of its own there
            own_graphs = set(graphs)
            for digest, units, pool, in_graphs, rel in contribs:
                for g in in_graphs or ():
                    if g not in own_graphs:
                        leftover.setdefault((g, subject), []).append((_pooler(rel), (digest, units, pool)))
        record = lambda: ("entity", e.key, e.type, e.name, sorted(e.aliases), e.code, e.lat, e.lon, e.note,
                          _plain(mentions), documents(e.evidence) if not mentions else (),
                          sorted(c[0] for c in contribs))
        if named_graphs and len(e.evidence) > CHUNK:  # its blocks are _wide_entity_records'
            add(record, list)
            wide.append((e, [(c[0], c[1], c[4]) for c in contribs if c[4] is not None]))
        else:
            add(record, partial(_units, graph_of, mentions, _mention_unit, e, entity_description, graphs), "", (),
                partial(taken_by, subject, graphs, contribs))
    if known is None:
        return digests
    # roles, and a head that is no entity of the graph, in each graph: each block its own record
    for subject, contribs in by_subject.items():
        for digest, units, pool, in_graphs, rel in contribs:
            for g in in_graphs or ():
                leftover.setdefault((g, subject), []).append((_pooler(rel), (digest, units, pool)))
    _pooled_records(leftover, render, known, keep, digests, pairs_at)
    _add_wide_entity_records(wide, mention_parts, graphs_of, found, render, known, keep, digests)
    return digests


def _spliced_records(kg: KnowledgeGraph, render: Render, named_graphs: bool, known: Callable[[bytes], bool],
                     keep: Callable[[str, str, str, int], None], prepared: Prepared) -> list[bytes] | None:
    """What _records(kg, render, named_graphs, known, keep, prepared=prepared) does, the same digests and the
    same blocks kept, for a file spliced from the previous one, where nearly every record is known: the
    records' numbers are counted rather than walked, and only the records that are not known are made
    (with the records that pool into them).  What every record is still walked for: the blocks that take
    pooled pairs (a role's in each graph; in a TriG a head's in a graph where its entity is not), whose
    digests hold their contributors'.  None when `prepared` is not of this graph: the caller walks.

    A rebuild after editing one xwlb-news item makes 1,200 of 428 k TriG blocks: walking all 75 k records
    for them took 0.4-0.5 s of the TriG writer's 1.0 s."""
    if prepared.kg is not kg:
        return None
    given, chunks = prepared.digests, prepared.chunks
    documents = list(kg.documents.values())
    relations, entities = kg.relations, list(kg.entities.values())
    unknown = {number for number, digest in enumerate(given) if not known(digest)}
    digests = list(given)
    found = _Pools()

    def emit(number: int, units: Units, pool: str = "", pools: tuple[str, ...] = (),
             taken: dict[tuple[str, str], set[Pair]] | None = None) -> None:
        entry = _render(units, render, pool, taken or {})
        for graph, s, block in entry.blocks:
            keep(graph, s, block, number)
        if {s for _, s, _, _ in entry.pooled} - set(pools):
            raise RuntimeError(f"a record pooled pairs it did not declare: record {number}")
        found.pooled_of[given[number]] = entry.pooled

    graph_of, graphs_of = _graph_functions(named_graphs)
    parts = partial(_parts_of, chunks)

    def relation_units(rel: Relation) -> Callable[[], Units]:
        return partial(_relation_units, graph_of, graphs_of, named_graphs, rel)  # (made for the few rendered)

    for number in sorted(n for n in unknown if n < len(documents)):
        emit(number, _document_units(documents[number]))
    # the relations: each its parts (when read in more than CHUNK places), then its own record
    number = len(documents)
    own_number: list[int] = []  # each relation's own record
    heading: dict[str, list[int]] = {}  # head subject -> the relations it heads, in order
    leftover: dict[tuple[str, str], list[tuple[_Pooler, _Contributor]]] = {}
    for r, rel in enumerate(relations):
        if len(rel.evidence) > CHUNK:
            for chunk in parts(rel.evidence):
                if number in unknown:
                    emit(number, _statement_part_units(graph_of, graphs_of, named_graphs, rel, chunk))
                number += 1
        own_number.append(number)
        head = _entity_term(rel.head)
        in_order = heading.get(head)
        if in_order is None:
            heading[head] = [r]
        else:
            in_order.append(r)
        if number in unknown:
            role = _role_term(rel.role) if rel.predicate == "holdsPost" and rel.role else ""
            emit(number, _relation_units(graph_of, graphs_of, named_graphs, rel), head,
                 (head, role) if role else (head,))
        if rel.predicate == "holdsPost" and rel.role:
            contrib = (_pooler(rel), (given[number], relation_units(rel), head))
            role = _role_term(rel.role)
            for g in graphs_of(rel.evidence):
                leftover.setdefault((g, role), []).append(contrib)
        number += 1
    mention_parts: dict[str, list[tuple[bytes, Callable[[], Units], tuple[Evidence, ...]]]] = {}
    for e in entities:
        if len(e.evidence) > CHUNK:
            subject = _entity_term(e.key)
            for chunk in parts(e.evidence):
                if number in unknown:
                    emit(number, _units(graph_of, chunk, _mention_unit, e), subject, (subject,))
                pooled = partial(_units, graph_of, chunk, _mention_head, e)  # (what the part pools, made faster)
                mention_parts.setdefault(subject, []).append((given[number], pooled, chunk))
                number += 1
    if number + len(entities) != len(given):
        raise RuntimeError("the records counted are not the records digested")
    wide: list[tuple[Entity, list[tuple[bytes, Callable[[], Units], Relation]]]] = []
    for e in entities:
        subject = _entity_term(e.key)
        heads = heading.pop(subject, ())
        if named_graphs and heads:  # a relation read in a document where its head is not: a block of its own there
            entity_documents = set(map(_DOCUMENT_OF, e.evidence)) if e.evidence else None
            own_graphs: set[str] | None = None
            for r in heads:
                evidence = relations[r].evidence
                if entity_documents is not None and evidence and (
                        evidence[0].document in entity_documents if len(evidence) == 1
                        else entity_documents.issuperset(map(_DOCUMENT_OF, evidence))):
                    continue  # every graph of the relation is one of the entity's
                if own_graphs is None:
                    own_graphs = set(graphs_of(e.evidence))
                for g in graphs_of(evidence):
                    if g not in own_graphs:
                        leftover.setdefault((g, subject), []).append(
                            (_pooler(relations[r]), (given[own_number[r]], relation_units(relations[r]), subject)))
        if named_graphs and len(e.evidence) > CHUNK:  # its blocks are _wide_entity_records'
            wide.append((e, [(given[own_number[r]], relation_units(relations[r]), relations[r]) for r in heads]))
        elif number in unknown:
            graphs = graphs_of(e.evidence)
            contribs = [(given[own_number[r]], relation_units(relations[r]), subject) for r in heads]
            contribs += [(digest, units, subject) for digest, units, _ in mention_parts.get(subject, ())]
            mentions = e.evidence if len(e.evidence) <= CHUNK else ()
            emit(number, _units(graph_of, mentions, _mention_unit, e, entity_description, graphs), "", (),
                 found.taken_by(subject, graphs, contribs))
        number += 1
    # a head that is no entity of the graph, in each graph of each relation it heads
    for subject, heads in heading.items():
        for r in heads:
            contrib = (_pooler(relations[r]), (given[own_number[r]], relation_units(relations[r]), subject))
            for g in graphs_of(relations[r].evidence):
                leftover.setdefault((g, subject), []).append(contrib)
    _pooled_records(leftover, render, known, keep, digests, found.pairs_at)
    _add_wide_entity_records(wide, mention_parts, graphs_of, found, render, known, keep, digests)
    return digests


def _add_wide_entity_records(wide: list, mention_parts: dict, graphs_of: Callable[[tuple[Evidence, ...]], list[str]],
                             found: _Pools, render: Render, known: Callable[[bytes], bool],
                             keep: Callable[[str, str, str, int], None], digests: list[bytes]) -> None:
    """The records of the entities read in more than CHUNK places, after every other (_wide_entity_records),
    their digests appended to `digests` and the blocks of those `known` lacks kept."""
    for e, headed in wide:
        for digest, blocks in _wide_entity_records(e, mention_parts[_entity_term(e.key)], headed, graphs_of, found,
                                                   render):
            number = len(digests)
            digests.append(digest)
            if not known(digest):
                for graph, s, block in blocks():
                    keep(graph, s, block, number)


def _relation_units(graph_of: Callable[[Evidence | None], str], graphs_of: Callable[[tuple[Evidence, ...]], list[str]],
                    named_graphs: bool, rel: Relation) -> Units:
    """A relation's own record's units.  The membership of a relation read in more than CHUNK places is, in a
    file of named graphs, in its parts' units instead (_statement_part_units): the own record's digest holds
    all its documents, and one more report would render its membership in each of their graphs again."""
    wide = len(rel.evidence) > CHUNK
    own = () if wide else rel.evidence or (None,)
    core = partial(relation_core, membership=False) if wide and named_graphs else relation_core
    return _units(graph_of, own, _statement_unit, rel, core, graphs_of(rel.evidence))


def _statement_part_units(graph_of: Callable[[Evidence | None], str],
                          graphs_of: Callable[[tuple[Evidence, ...]], list[str]], named_graphs: bool,
                          rel: Relation, chunk: tuple[Evidence, ...]) -> Units:
    """A part of a relation's statements, and in a file of named graphs its membership in the part's graphs:
    the part's digest holds the relation and the part's evidence, all that those blocks are a function of."""
    if named_graphs and rel.predicate == "holdsPost":
        return _units(graph_of, chunk, _statement_unit, rel, membership_triples, graphs_of(chunk))
    return _units(graph_of, chunk, _statement_unit, rel)


# what a relation pools into a block that takes only pooled pairs (a role's; a head's where no entity block is):
# a function of these four alone (relation_core), so they, not the relation's digest, go into that block's digest
_Pooler = tuple[str, str, str, str]


def _pooler(rel: Relation) -> _Pooler:
    return rel.head, rel.predicate, rel.tail, rel.role


def _pooled_records(leftover: dict[tuple[str, str], list[tuple[_Pooler, _Contributor]]], render: Render,
                    known: Callable[[bytes], bool], keep: Callable[[str, str, str, int], None], digests: list[bytes],
                    pairs_at: Callable[[str, str, Iterable[_Contributor]], set[Pair]]) -> None:
    """The blocks that take only pooled pairs, each a record appended to `digests`.  Its digest is of what pools
    there (the relations' _pooler), not of the relations' records: those change when a relation is read in one
    more report, and a role's block in each of the relation's thousand graphs would be rendered again (TriG)."""
    for (graph, s), contribs in leftover.items():
        number = len(digests)
        digests.append(record_digest(("pooled", graph, s, sorted({pooler for pooler, _ in contribs}))))
        if not known(digests[-1]):
            pairs = pairs_at(graph, s, [contrib for _, contrib in contribs])
            keep(graph, s, render(graph, s, _in_block_order(pairs)), number)


def _wide_entity_records(e: Entity, parts: list[tuple[bytes, Callable[[], Units], tuple[Evidence, ...]]],
                         headed: list[tuple[bytes, Callable[[], Units], Relation]],
                         graphs_of: Callable[[tuple[Evidence, ...]], list[str]], found: _Pools,
                         render: Render) -> Iterator[tuple[bytes, Callable[[], list[tuple[str, str, str]]]]]:
    """In a file of named graphs, the blocks of an entity read in more than CHUNK places (a province in thousands
    of reports): one record per part of its mentions (`parts`: digest, units, evidence), holding its blocks in the
    graphs of that part's documents; (digest, its blocks when asked for) each.  `headed`: the relations it heads
    (digest, units, relation).

    The entity's own record holds all its documents and the digests of all it pools, so one more report changes
    it; as one record its blocks in every graph were rendered again, 19 k blocks for one added xwlb-news report.
    A block in graph g is the entity's description, ont:mentionedIn g's document and the direct triple of each
    relation it heads that g reads: the record's digest holds the description, the part's digest (its documents)
    and those relations' (document, predicate, tail) in the part's documents, so that one more report renders
    the blocks of the one part it falls in."""
    n = _part_count(e.evidence)
    said: dict[int, set[tuple[str, str, str]]] = {}  # part -> (document, predicate, tail) of relations it heads
    heads_in: dict[int, set[int]] = {}  # part -> the relations (index in `headed`) read in its documents
    for i, (_, _, rel) in enumerate(headed):
        for doc in set(map(_DOCUMENT_OF, rel.evidence)):
            at = _part_of(doc, n)
            said.setdefault(at, set()).add((doc, rel.predicate, rel.tail))
            heads_in.setdefault(at, set()).add(i)
    description = (e.key, e.type, e.name, sorted(e.aliases), e.code, e.lat, e.lon, e.note)
    subject = _entity_term(e.key)
    core: list[Triple] = []  # entity_description(e), made once for all the parts rendered

    def blocks(part: tuple[bytes, Callable[[], Units], tuple[Evidence, ...]], at: int) -> list[tuple[str, str, str]]:
        graphs = graphs_of(part[2])
        heads = [(*headed[i][:2], subject) for i in sorted(heads_in.get(at, ()))]
        # (the part's own mentions, which pool only there, in one pass)
        taken = found.taken_in(subject, graphs, heads, found.taken_by(subject, graphs, [(*part[:2], subject)]))
        if not core:
            core.extend(entity_description(e))
        return _render([(g, core, ()) for g in graphs], render, "", taken).blocks

    for part in parts:
        at = _part_of(part[2][0].document, n)
        yield record_digest(("entity in graphs", *description, part[0], sorted(said.get(at, ())))), partial(blocks, part, at)


@lru_cache(maxsize=1 << 14)  # a few thousand titles, each held by many posts
def _role_term(role: str) -> str:
    return iri(role_iri(role))


def _nothing_known(digest: bytes) -> bool:
    return False


class Tap(Protocol):
    """Who is handed the blocks as they are rendered, before they are sorted (graph/store.py: StreamedLoad):
    byte ranges of whole blocks of the (flushed) file open as `fd`, about `part_bytes` each, then `done`."""

    part_bytes: int

    def part(self, fd: int, start: int, end: int) -> None: ...
    def done(self) -> None: ...


def _spooled_blocks(kg: KnowledgeGraph, render: Render, named_graphs: bool,
                    prepared: Prepared | None = None, tap: Tap | None = None) -> Iterator[tuple[str, str, bytes, int]]:
    """Every block rendered, in file order, with its record's number; the records' digests are the
    value the generator returns.  The texts wait in a temporary file while only (graph,
    subject, where) is sorted: held in memory they were 100-200 MB per writer on the xwlb-news graph,
    and three writers run at once.  `tap` is handed the spooled texts as they come."""
    with tempfile.TemporaryFile(prefix="kg-blocks-") as spool:
        # graph -> (subject, where, record) of its blocks: sorted graph by graph, a TriG's 400 k blocks sort
        # in 19 k short lists rather than in one list of tuples whose long graph IRIs are compared each time
        index: dict[str, list[tuple[str, int, int, int]]] = {}
        at = handed = 0

        def keep(graph: str, s: str, text: str, number: int) -> None:
            nonlocal at, handed
            data = text.encode("utf-8")
            spool.write(data)
            in_graph = index.get(graph)
            if in_graph is None:
                index[graph] = [(s, at, len(data), number)]
            else:
                in_graph.append((s, at, len(data), number))
            at += len(data)
            if tap is not None and at - handed >= tap.part_bytes:
                spool.flush()
                tap.part(spool.fileno(), handed, at)
                handed = at

        records = _records(kg, render, named_graphs, _nothing_known, keep, prepared=prepared)
        spool.flush()
        if tap is not None:
            if at > handed:
                tap.part(spool.fileno(), handed, at)
            tap.done()
        if at:
            with mmap.mmap(spool.fileno(), 0, access=mmap.ACCESS_READ) as texts:
                for graph in sorted(index):
                    # (graph, subject) is one block's alone, so the offsets never decide the order
                    for s, start, length, number in sorted(index[graph]):
                        yield graph, s, texts[start:start + length], number
        return records


def sorted_blocks(kg: KnowledgeGraph, render: Render, named_graphs: bool = False) -> Iterator[tuple[str, str, bytes]]:
    """Every subject block of the graph (with named_graphs: of the dataset, one per graph and subject),
    rendered, in file order, as UTF-8."""
    for graph, s, text, _ in _spooled_blocks(kg, render, named_graphs):
        yield graph, s, text


def write_block_file(kg: KnowledgeGraph, path: Path, render: Render, framing: splice.Framing,
                     named_graphs: bool = False, previous: Path | None = None,
                     prepared: Prepared | None = None, tap: Tap | None = None) -> splice.BlockIndex | None:
    """Write `path` from the graph's blocks; with `previous` (the last build's folder: its file of this
    name and the index beside it), by splicing the previous file when its index describes it, rendering
    only the records that changed.  The index of the new file is saved for the next build (in
    previous/.kg-blocks).  Returns the previous index when the file was spliced, else None; the blocks
    dropped and added are in the returned splice (see write_turtle).  `tap` is handed the blocks of a file
    written whole as they are rendered (never those of a spliced one)."""
    old_file = previous / path.name if previous is not None else None
    index_file = splice.index_path(previous, path.name) if previous is not None else None
    old = splice.load(index_file, old_file) if index_file is not None else None
    result: splice.Splice | None = None
    with atomic_open(path, "wb") as out:
        if old is None:
            records: list = []
            blocks = ((splice.key_of(g, s), text, n) for g, s, text, n in _drain(_spooled_blocks(
                kg, render, named_graphs, prepared, tap), records))
            keys, starts, ends, owners = splice.write_full(out, framing, blocks)
            digests = records[0]
        else:
            number_of = {d: i for i, d in enumerate(old.digests)}
            new_blocks: list[splice.Block] = []


            def keep(graph: str, s: str, text: str, number: int) -> None:
                new_blocks.append((splice.key_of(graph, s), text.encode("utf-8"), number))

            digests = _spliced_records(kg, render, named_graphs, number_of.__contains__, keep, prepared) \
                if prepared is not None else None
            if digests is None:
                digests = _records(kg, render, named_graphs, number_of.__contains__, keep, prepared=prepared)
            new_blocks.sort()
            alive = np.full(len(old.digests), -1, np.int32)
            for i, d in enumerate(digests):
                j = number_of.get(d)
                if j is not None:
                    alive[j] = i
            result = splice.Splice(old, alive, new_blocks)
            keys, starts, ends, owners = splice.write_spliced(out, framing, old_file, result)
    if index_file is not None:
        _save_index(index_file, splice.BlockIndex(keys, starts, ends, owners, digests), path)
    return result


def _save_index(index_file: Path, index: splice.BlockIndex, path: Path) -> None:
    try:
        splice.save(index, index_file, path)
    except OSError:
        with contextlib.suppress(OSError):
            index_file.unlink()  # the next build takes the full path


@dataclass(frozen=True)
class WholeFile:
    """A file of the default graph's blocks written whole: where, each block rendered how, the bytes around
    them; its index is saved in previous/.kg-blocks when `previous` is given, as write_block_file does."""

    path: Path
    render: Render
    framing: splice.Framing
    previous: Path | None = None


def write_whole_files(kg: KnowledgeGraph, files: list[WholeFile], prepared: Prepared | None = None,
                      tap: Tap | None = None) -> None:
    """Files of the default graph written whole from one walk of the records, one after the other: each
    record's triples are made and grouped once, and each block rendered by every file's render (graph.ttl and
    graph.jsonld hold the same blocks, rendered two ways; walking the records again for the JSON-LD was over
    half of its 9 s of CPU on xwlb-news).  Each file and index has the bytes write_block_file gives it when
    it writes it whole; `tap` is handed the first file's blocks as they are rendered."""
    renders = [f.render for f in files]
    with contextlib.ExitStack() as stack:
        spools = [stack.enter_context(tempfile.TemporaryFile(prefix="kg-blocks-")) for _ in files]
        # subject -> (subject, record, then where in each file's spool: start, length), the default graph only
        entries: list[tuple] = []
        ats = [0] * len(files)
        handed = 0

        def render_all(graph: str, s: str, pairs: list[Pair]) -> list[str]:
            return [render(graph, s, pairs) for render in renders]

        def keep(graph: str, s: str, texts: list[str], number: int) -> None:
            nonlocal handed
            entry: list = [s, number]
            for i, text in enumerate(texts):
                data = text.encode("utf-8")
                spools[i].write(data)
                entry += (ats[i], len(data))
                ats[i] += len(data)
            entries.append(tuple(entry))
            if tap is not None and ats[0] - handed >= tap.part_bytes:
                spools[0].flush()
                tap.part(spools[0].fileno(), handed, ats[0])
                handed = ats[0]

        digests = _records(kg, render_all, False, _nothing_known, keep, prepared=prepared)
        for spool in spools:
            spool.flush()
        if tap is not None:
            if ats[0] > handed:
                tap.part(spools[0].fileno(), handed, ats[0])
            tap.done()
        entries.sort()  # (a subject is one block's alone, so the rest never decides the order)
        for i, f in enumerate(files):
            with contextlib.ExitStack() as viewing:
                texts = viewing.enter_context(mmap.mmap(spools[i].fileno(), 0, access=mmap.ACCESS_READ)) if ats[i] else b""
                at = 2 + 2 * i
                blocks = ((splice.key_of("", e[0]), texts[e[at]:e[at] + e[at + 1]], e[1]) for e in entries)
                with atomic_open(f.path, "wb") as out:
                    keys, starts, ends, owners = splice.write_full(out, f.framing, blocks)
            if f.previous is not None:
                _save_index(splice.index_path(f.previous, f.path.name),
                            splice.BlockIndex(keys, starts, ends, owners, digests), f.path)


def _drain(blocks, records: list):
    """Yield what generator `blocks` yields and append its return value to `records`."""
    value = yield from blocks
    records.append(value)


@lru_cache(maxsize=1 << 10)  # a few dozen predicates
def _predicate(p: str) -> str:
    return compact(p) + " "


@lru_cache(maxsize=1 << 10)
def _next_predicate(p: str) -> str:
    """A predicate after the first of a default graph's block: the ";" that ends the one before it, then it."""
    return " ;\n    " + compact(p) + " "


@lru_cache(maxsize=1 << 10)
def _next_predicate_in_graph(p: str) -> str:
    """The same inside a named graph, indented one step further."""
    return " ;\n        " + compact(p) + " "


def turtle_block(graph: str, subject: str, pairs: list[Pair]) -> str:
    """One subject's Turtle: predicates joined by ";", objects by ","; inside a named graph indented
    and without the blank line that separates blocks of the default graph."""
    # pieces joined once (a block of 1.8 M is rendered per file): `pairs` come grouped by predicate.  The
    # loop is the writers' innermost (2.6 M objects per file on xwlb-news): _term inlined, each predicate's
    # text cached with the separator before it and its space
    following = _next_predicate_in_graph if graph else _next_predicate
    pieces = ["    " if graph else "", compact_subject(subject), " "]
    append = pieces.append
    last = None
    for p, o in pairs:
        if p != last:
            append(following(p) if last is not None else _predicate(p))
            last = p
        else:
            append(" , ")
        # a language-tagged or plain literal is its own Turtle form; skipping compact keeps the sentences
        # out of its cache, which is for the terms that recur
        append(o if o[0] == '"' and o[-1] != ">" else compact(o))
    append(" .\n" if graph else " .\n\n")
    return "".join(pieces)


def _trig_between(previous: str | None, graph: str) -> bytes:
    """Each named graph opened before its first block and closed before the next graph's."""
    if graph == (previous or ""):
        return b""
    return (b"}\n" if previous else b"") + f"\n{compact(iri(graph))} {{\n".encode("utf-8")


def _trig_tail(last: str | None) -> bytes:
    return b"}\n" if last else b""


def _nothing(*_) -> bytes:
    return b""


TURTLE = splice.Framing(_header(), _nothing, _nothing)
TRIG = splice.Framing(_header(), _trig_between, _trig_tail)


# --- sorting on disk -----------------------------------------------------------------------
# Triples that come as a stream (read back from a file, for `kg export --format jsonld`) are sorted
# as sort-key lines: chunks sorted in memory and spilled to temporary files, the files merged
# lazily, so memory stays at one chunk; the order (graph, subject, rdf:type first, then predicate,
# object) is that of the subject blocks above.

_SEP = "\x01"  # below every character a term can hold, so a prefix sorts first as in a tuple
_CHUNK = 200_000


def _sort_key(graph: str, triple: Triple) -> str:
    s, p, o = triple
    return f"{graph}{_SEP}{s}{_SEP}{'0' if p == RDF_TYPE else '1'}{p}{_SEP}{o}"


def _spill(lines: list[str], folder: str) -> str:
    fd, name = tempfile.mkstemp(prefix="sort-", suffix=".txt", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(line + "\n" for line in lines)
    return name


def _read_lines(name: str) -> Iterator[str]:
    with open(name, encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line[:-1]


def _sorted_unique(keys: Iterable[str], folder: str) -> Iterator[str]:
    chunk: list[str] = []
    spilled: list[str] = []
    for key in keys:
        chunk.append(key)
        if len(chunk) >= _CHUNK:
            chunk.sort()
            spilled.append(_spill(chunk, folder))
            chunk = []
    chunk.sort()
    stream: Iterable[str] = heapq.merge(*(_read_lines(n) for n in spilled), chunk) if spilled else chunk
    last = None
    for key in stream:
        if key != last:
            yield key
            last = key
