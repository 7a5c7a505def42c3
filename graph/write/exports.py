"""Exports for graph tools: GraphML, GEXF, Neo4j import CSVs, JSON-LD, Cytoscape.js JSON, a CSV facts table.

`EXPORTS` maps format -> (file or folder name, writer); graph/pipeline.py picks them up for
`kg build --formats …`, and `kg export GRAPH --format …` runs the same writers on a graph read back
from graph.ttl/graph.trig (graph/load.py), so an export made later is the file the build would
have written.  Every writer is deterministic (nodes sorted by IRI, edges by head, predicate, tail,
role) and writes through graph.write.atomic.

Node ids are the entity IRIs of the Turtle file (graph.iri.entity_iri), so every export joins
back to the RDF.  Values are strings (never None or lists: Gephi, yEd and Cytoscape choke on
them) except the typed ones named below; several values are joined with ";" (the neo4j-admin
array delimiter), and a ";" inside a value becomes "；".  Characters that XML 1.0 forbids are
dropped from GraphML/GEXF.

Every export carries every fact of a node and an edge:
* nodes: label, name, type, code, level, aliases, documents, lat, lon (the seat's coordinates,
  6 decimals, as in the Turtle; absent when unknown) and evidence (how many mentions);
* edges: label (= predicate), type, role, document and sentence of the first evidence,
  documents, evidence (how many).

* graphml (graph.graphml): declared keys (lat/lon double, evidence int).
* gexf (graph.gexf): GEXF 1.2 with the same attributes; written by hand because networkx stamps
  the current date into its GEXF output.
* neo4j (graph-neo4j/): nodes.csv `id:ID,name,:LABEL,code,level,aliases:string[],documents:string[],
  lat:float,lon:float,evidence:int`, relationships.csv `:START_ID,:END_ID,:TYPE,role,document,sentence,
  documents:string[],evidence:int` (neo4j-admin database import full headers; types LOCATED_IN,
  PART_OF, HOLDS_POST, RUNS), and load.cypher doing the same with LOAD CSV for a running server.
* jsonld (graph.jsonld): every triple of graph.ttl, one node object per subject, terms written
  out in full ({"@value", "@language"/"@type"}, {"@id"}), so it reads back to the same RDF graph.
* cytoscape (graph.cyjs): {"data": {...}, "elements": {"nodes": [{"data": {id, …node attributes}}],
  "edges": [{"data": {id, source, target, …edge attributes}}]}} (Cytoscape desktop .cyjs; the
  `elements` value is what cytoscape.js takes).
* csv (graph-facts.csv): one row per relation for spreadsheets: head, its type and code, relation,
  role, tail, its type and code, the document (id, title, date, URL) and sentence of the first
  evidence and the evidence count; UTF-8 with a byte-order mark so that Excel reads the Chinese.

A build writes the graphml, gexf, neo4j, cytoscape and csv exports in one process from one `Tables` of
the graph (`prepare`): each node's and edge's values made once for all of them.  Each of their files is
its elements in order, each element one block of graph/write/splice.py keyed by its node or edge: a
rebuild splices the previous file, rendering only the elements whose record (what the element is
made from) changed.  Nothing else in these files depends on the elements (no counts, no running ids).
"""
from __future__ import annotations

import csv
import json
import json.encoder
import operator
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator
from xml.sax.saxutils import quoteattr

from ..iri import ID, digest, entity_iri
from ..load import _lang, _unescape, _value
from ..records import PLACE_TYPES, Entity, KnowledgeGraph, Relation
from .atomic import atomic_open, atomic_write
from . import splice
from .memo import record_digest
from .rdf import PREFIXES, Prepared, _sort_key, _sorted_unique, sorted_blocks, write_block_file

_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NEO4J_TYPES = {"locatedIn": "LOCATED_IN", "partOf": "PART_OF", "holdsPost": "HOLDS_POST", "runs": "RUNS"}


# --- shared views --------------------------------------------------------------------------


def _clean(text: str) -> str:
    """A value safe for XML and CSV consumers: no forbidden or lone-surrogate characters."""
    return _XML_BAD.sub("", text)


def _join(values: set[str] | frozenset[str]) -> str:
    # each distinct value cleaned once (an entity's documents repeat once per mention), by calls in C
    return ";".join(sorted(set(map(_listed, values - _EMPTY))))


_EMPTY = frozenset({""})
_DOCUMENT = operator.attrgetter("document")


@lru_cache(maxsize=1 << 18)  # document ids: each is listed by every node and edge read from its document
def _listed(value: str) -> str:
    """A value as one item of a ";"-separated list."""
    return _clean(value).replace(";", "；")


@lru_cache(maxsize=1 << 18)  # asked for every node and both ends of every edge, by each export
def node_id(key: str) -> str:
    """The entity's IRI; a graph read back from RDF (graph/load.py) keys its entities by IRI already."""
    return key if key.startswith(ID) else entity_iri(key)


def _degrees(value: float | None) -> str:
    # 6 decimals, as graph.ttl writes them: the same text whether built or read back
    return f"{value:.6f}" if value is not None else ""


@dataclass(frozen=True)
class _Element:
    """A node or an edge as GraphML, GEXF, Cytoscape and Neo4j write it: its identifying values (a node's id;
    an edge's id, source and target), the keys and values of the attributes it carries, in order (an empty
    typed value, no coordinates, is left out), and whether all of them can stand between XML quotes as they
    are (no & < > " line break or tab: nearly every element; the others are escaped value by value)."""
    ids: tuple[str, ...]
    keys: tuple[str, ...]
    values: tuple[str, ...]
    plain: bool


def _plain(values: tuple[str, ...]) -> bool:
    # substring tests: a character-class regex, or a test per value, took several times as long
    text = "".join(values)
    return not ("&" in text or "<" in text or ">" in text or '"' in text or "\n" in text or "\r" in text or "\t" in text)


def _node_element(entity: Entity) -> _Element:
    name = _clean(entity.name)
    seat = (_degrees(entity.lat), _degrees(entity.lon)) if entity.lat is not None and entity.lon is not None else ()
    values = (name, name, entity.type, _clean(entity.code), entity.type.lower() if entity.type in PLACE_TYPES else "",
              _join(entity.aliases - {entity.name}), _documents(entity.evidence), *seat, str(len(entity.evidence)),
              _clean(entity.note))  # note: what tells two people of one name apart (post · county · province)
    ids = (node_id(entity.key),)
    return _Element(ids, NODE_KEYS if seat else _NODE_KEYS_WITHOUT_SEAT, values, _plain(ids + values))


def _edge_element(rel: Relation) -> _Element:
    first = min(rel.evidence) if rel.evidence else None
    values = (rel.predicate, rel.predicate, _clean(rel.role), _clean(first.document) if first else "",
              _one_line(first.sentence) if first else "", _documents(rel.evidence), str(len(rel.evidence)))
    ids = (_edge_id(rel), node_id(rel.head), node_id(rel.tail))
    return _Element(ids, EDGE_KEYS, values, _plain(ids + values))


def _documents(evidence) -> str:
    return _join(set(map(_DOCUMENT, evidence)))


def _node_values(element: _Element) -> tuple[str, ...]:
    """A node's values for every key of NODE_KEYS, "" for the typed ones it does not carry."""
    if len(element.values) == len(NODE_KEYS):
        return element.values
    return element.values[:_SEAT] + ("", "") + element.values[_SEAT:]  # no coordinates


@lru_cache(maxsize=None)
def _template(head: str, line: str, keys: tuple[str, ...], tail: str, numbers: tuple[str, ...] = ()) -> str:
    """An element's text with a %s for each value: `head`, `line` once per key (formatted with the key as
    {k} and its position in `numbers` as {i}), `tail`.  Each element is then one % of its values: writing
    it piece by piece, value by value, was most of each export's time on the xwlb-news graph."""
    index = {k: i for i, k in enumerate(numbers)}
    return head + "".join(line.format(k=k, i=index.get(k, -1)) for k in keys) + tail


def _one_line(text: str) -> str:
    return _clean(text).replace("\r", " ").replace("\n", " ")


def _edge_id(rel: Relation) -> str:
    return "e" + digest("\x1f".join((node_id(rel.head), rel.predicate, node_id(rel.tail), rel.role)))


# --- the records of one graph, shared by the exports ----------------------------------------
# A node's element is made from its entity alone, an edge's from its relation, a row of the facts table from
# its relation, both ends' names, types and codes and its first document's title, date and URL: each one's
# digest is of exactly those (the documents of the evidence, not its sentences: marshalling the 209 k
# mentions of the xwlb-news graph took longer than writing the exports).  Record numbers: the graph's
# order (the walk is cheaper than the sort, which only a file written whole needs).

NODES, EDGES = "0", "1"  # a file's sections, nodes before edges: the splice keys' "graphs", so they sort so
_UNKEYED = "\n"  # the key of an edge whose ends or predicate hold the key separator: no index is kept then


def _node_record(entity: Entity) -> tuple:
    return ("node", entity.key, entity.type, entity.name, sorted(entity.aliases), entity.code, entity.lat,
            entity.lon, entity.note, tuple(map(_DOCUMENT, entity.evidence)))


def _edge_record(rel: Relation) -> tuple:
    first = min(rel.evidence) if rel.evidence else None
    return ("edge", rel.head, rel.predicate, rel.tail, rel.role, tuple(first) if first else None,
            tuple(map(_DOCUMENT, rel.evidence)))


def _edge_key(rel: Relation) -> str:
    """The edge's place among the edges as a string: the order of its (source, predicate, target, role)
    joined by the key separator, which only the role (last) may hold without changing that order."""
    ends = (node_id(rel.head), rel.predicate, node_id(rel.tail))
    if any(splice.KEY_SEP in part for part in ends):
        return splice.key_of(EDGES, _UNKEYED)
    return splice.key_of(EDGES, splice.KEY_SEP.join((*ends, rel.role)))


@dataclass(eq=False)
class Tables:
    """What the exports of nodes and edges share of one graph: its nodes and edges (relations with both
    ends in the graph), their digests, keys, file order and elements, each made once when first asked
    for.  graph/pipeline.py makes it before the writers fork and binds it into the five exports, which
    one process writes: they are then made there, once, and a rebuild makes the elements of the changed
    records only.  A writer called without one makes its own: nothing outlives the call or the build."""

    kg: KnowledgeGraph
    entities: list[Entity]
    relations: list[Relation]
    _nodes: dict[int, _Element] = field(default_factory=dict, repr=False)
    _edges: dict[int, _Element] = field(default_factory=dict, repr=False)

    def node_element(self, i: int) -> _Element:
        element = self._nodes.get(i)
        if element is None:
            element = self._nodes[i] = _node_element(self.entities[i])
        return element

    def edge_element(self, i: int) -> _Element:
        element = self._edges.get(i)
        if element is None:
            element = self._edges[i] = _edge_element(self.relations[i])
        return element

    @cached_property
    def node_digests(self) -> list[bytes]:
        return [record_digest(_node_record(e)) for e in self.entities]

    @cached_property
    def _edge_records(self) -> list[tuple]:
        return [_edge_record(r) for r in self.relations]

    @cached_property
    def edge_digests(self) -> list[bytes]:
        return list(map(record_digest, self._edge_records))

    @cached_property
    def fact_digests(self) -> list[bytes]:
        """A row's digest: its edge's, and the names, types and codes of both ends and the first document's
        title, date and URL."""
        entities, documents = self.kg.entities, self.kg.documents
        digests = []
        for r, edge, record in zip(self.relations, self.edge_digests, self._edge_records):
            head, tail = entities[r.head], entities[r.tail]
            doc = documents.get(record[5][0]) if record[5] else None  # the first evidence's document
            digests.append(record_digest(("fact", edge, head.name, head.type, head.code, tail.name, tail.type,
                                          tail.code, (doc.title, doc.date, doc.url) if doc else None)))
        return digests

    @cached_property
    def node_keys(self) -> list[str]:
        return [splice.key_of(NODES, node_id(e.key)) for e in self.entities]

    @cached_property
    def edge_keys(self) -> list[str]:
        return list(map(_edge_key, self.relations))

    def node_key(self, i: int) -> str:
        return splice.key_of(NODES, node_id(self.entities[i].key))

    def edge_key(self, i: int) -> str:
        return _edge_key(self.relations[i])

    @cached_property
    def node_order(self) -> list[int]:
        """Node numbers in file order: by id (the entity's IRI)."""
        return sorted(range(len(self.entities)), key=self.node_keys.__getitem__)

    @cached_property
    def edge_order(self) -> list[int]:
        """Edge numbers in file order: by source, predicate, target, role (and evidence)."""
        rels = self.relations
        return sorted(range(len(rels)), key=lambda i: (node_id(rels[i].head), rels[i].predicate,
                                                       node_id(rels[i].tail), rels[i].role, rels[i].evidence))


def prepare(kg: KnowledgeGraph) -> Tables:
    """The graph's Tables; cheap: everything in it is made when a writer first asks."""
    return Tables(kg, list(kg.entities.values()),
                  [r for r in kg.relations if r.head in kg.entities and r.tail in kg.entities])


def _tables(kg: KnowledgeGraph, prepared: Tables | None) -> Tables:
    return prepared if prepared is not None and prepared.kg is kg else prepare(kg)


def _write_elements(path: Path, framing: splice.Framing, tables: Tables, previous: Path | None,
                    node: Callable[[int], bytes] | None = None, edge: Callable[[int], bytes] | None = None,
                    edge_digests: list[bytes] | None = None, name: str | None = None) -> None:
    """A file of the graph's nodes (node i's text `node(i)`), then its edges (`edge(i)`), through
    graph/write/splice.py; `edge_digests`: what an edge's text is made from, when not only its element."""
    nodes = len(tables.entities) if node is not None else 0
    digests = (tables.node_digests if node is not None else []) + (
        [] if edge is None else edge_digests if edge_digests is not None else tables.edge_digests)

    def blocks() -> Iterator[splice.Block]:
        if node is not None:
            keys = tables.node_keys
            yield from ((keys[i], node(i), i) for i in tables.node_order)
        if edge is not None:
            keys = tables.edge_keys
            yield from ((keys[i], edge(i), nodes + i) for i in tables.edge_order)

    def block(i: int) -> tuple[str, bytes]:
        if i < nodes:
            return tables.node_key(i), node(i)  # type: ignore[misc]
        return tables.edge_key(i - nodes), edge(i - nodes)  # type: ignore[misc]

    splice.write_records(path, framing, digests, blocks, block, previous, name)


def _constant(text: str) -> Callable[..., bytes]:
    data = text.encode("utf-8")
    return lambda *_: data


# --- GraphML / GEXF ------------------------------------------------------------------------

NODE_KEYS = ("label", "name", "type", "code", "level", "aliases", "documents", "lat", "lon", "evidence", "note")
_SEAT = NODE_KEYS.index("lat")  # lat and lon, together or neither
_NODE_KEYS_WITHOUT_SEAT = NODE_KEYS[:_SEAT] + NODE_KEYS[_SEAT + 2:]
EDGE_KEYS = ("label", "type", "role", "document", "sentence", "documents", "evidence")
# typed attributes; the rest are strings.  An empty typed value (no coordinates) is left out.
_TYPES = {"lat": ("double", "double"), "lon": ("double", "double"), "evidence": ("int", "integer")}


def _graphml_type(key: str) -> str:
    return _TYPES.get(key, ("string",))[0]


def _gexf_type(key: str) -> str:
    return _TYPES[key][1] if key in _TYPES else "string"


def _graphml_head() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
            + "".join(f'  <key id="n_{k}" for="node" attr.name="{k}" attr.type="{_graphml_type(k)}"/>\n' for k in NODE_KEYS)
            + "".join(f'  <key id="e_{k}" for="edge" attr.name="{k}" attr.type="{_graphml_type(k)}"/>\n' for k in EDGE_KEYS)
            + '  <graph id="cnkg" edgedefault="directed">\n')


GRAPHML = splice.Framing(_graphml_head().encode("utf-8"), _constant(""), _constant("  </graph>\n</graphml>\n"))

# the start of an element for its identifying values quoted in the template (plain) or by _quoteattr
_GRAPHML_HEADS = {(True, 1): '    <node id="%s">\n', (False, 1): "    <node id=%s>\n",
                  (True, 3): '    <edge id="%s" source="%s" target="%s">\n', (False, 3): "    <edge id=%s source=%s target=%s>\n"}


def _graphml_element(el: _Element) -> bytes:
    node = len(el.ids) == 1
    template = _template(_GRAPHML_HEADS[el.plain, len(el.ids)], '      <data key="n_{k}">%s</data>\n' if node
                         else '      <data key="e_{k}">%s</data>\n', el.keys, "    </node>\n" if node else "    </edge>\n")
    if el.plain:
        return (template % (*el.ids, *el.values)).encode("utf-8")
    return (template % (*map(_quoteattr, el.ids), *map(_xml_text, el.values))).encode("utf-8")


def _xml_text(value: str) -> str:
    if "&" in value or "<" in value or ">" in value:
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value


def _quoteattr(value: str) -> str:
    """xml.sax.saxutils.quoteattr, the common case (nothing to escape: "value") found by substring tests (a
    character class regex took three times as long over a long value: a sentence, a list of documents)."""
    if "&" in value or "<" in value or ">" in value or '"' in value or "\n" in value or "\r" in value or "\t" in value:
        return quoteattr(value)
    return f'"{value}"'


def write_graphml(kg: KnowledgeGraph, path: Path, previous: Path | None = None, prepared: Tables | None = None) -> None:
    """graph.graphml; `previous`: the last build's folder, whose file is spliced (graph/write/splice.py);
    `prepared`: the graph's Tables, shared with the other exports."""
    tables = _tables(kg, prepared)
    _write_elements(path, GRAPHML, tables, previous, lambda i: _graphml_element(tables.node_element(i)),
                    lambda i: _graphml_element(tables.edge_element(i)))


_GEXF_NODE_KEYS = tuple(k for k in NODE_KEYS if k != "label")  # GEXF has its own label
_GEXF_EDGE_KEYS = tuple(k for k in EDGE_KEYS if k != "label")


def _gexf_head() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
            '  <meta><creator>cnkg</creator><description>Party-building knowledge graph</description></meta>\n'
            '  <graph defaultedgetype="directed" mode="static">\n'
            '    <attributes class="node">\n'
            + "".join(f'      <attribute id="{i}" title="{k}" type="{_gexf_type(k)}"/>\n' for i, k in enumerate(_GEXF_NODE_KEYS))
            + '    </attributes>\n    <attributes class="edge">\n'
            + "".join(f'      <attribute id="{i}" title="{k}" type="{_gexf_type(k)}"/>\n' for i, k in enumerate(_GEXF_EDGE_KEYS))
            + "    </attributes>\n    <nodes>\n")


_GEXF_EDGES = b"    </nodes>\n    <edges>\n"
_GEXF_END = b"    </edges>\n  </graph>\n</gexf>\n"


def _gexf_between(previous: str | None, section: str) -> bytes:
    return _GEXF_EDGES if section == EDGES and previous != EDGES else b""


def _gexf_tail(last: str | None) -> bytes:
    return _GEXF_END if last == EDGES else _GEXF_EDGES + _GEXF_END


GEXF = splice.Framing(_gexf_head().encode("utf-8"), _gexf_between, _gexf_tail)

# the values of a plain element between the template's quotes; the label is the element's own (NODE_KEYS and
# EDGE_KEYS begin with it), the other attributes are attvalues numbered as declared
_GEXF_HEADS = {(True, 1): '      <node id="%s" label="%s"><attvalues>', (False, 1): "      <node id=%s label=%s><attvalues>",
               (True, 3): '      <edge id="%s" source="%s" target="%s" label="%s"><attvalues>',
               (False, 3): "      <edge id=%s source=%s target=%s label=%s><attvalues>"}


def _gexf_element(el: _Element) -> bytes:
    node = len(el.ids) == 1
    template = _template(_GEXF_HEADS[el.plain, len(el.ids)],
                         '<attvalue for="{i}" value="%s"/>' if el.plain else '<attvalue for="{i}" value=%s/>', el.keys[1:],
                         "</attvalues></node>\n" if node else "</attvalues></edge>\n",
                         _GEXF_NODE_KEYS if node else _GEXF_EDGE_KEYS)
    if el.plain:
        return (template % (*el.ids, *el.values)).encode("utf-8")
    return (template % (*map(_quoteattr, el.ids), *map(_quoteattr, el.values))).encode("utf-8")


def write_gexf(kg: KnowledgeGraph, path: Path, previous: Path | None = None, prepared: Tables | None = None) -> None:
    tables = _tables(kg, prepared)
    _write_elements(path, GEXF, tables, previous, lambda i: _gexf_element(tables.node_element(i)),
                    lambda i: _gexf_element(tables.edge_element(i)))


# --- Neo4j ---------------------------------------------------------------------------------

NODE_HEADER = ["id:ID", "name", ":LABEL", "code", "level", "aliases:string[]", "documents:string[]",
               "lat:float", "lon:float", "evidence:int", "note"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "role", "document", "sentence", "documents:string[]", "evidence:int"]


class _CsvLine:
    """One CSV row's text, as csv.writer writes it into a file (quoting, line terminator): the writer hands
    each row's text to one call of its file's write, here the append of a list it is taken from."""

    def __init__(self, lineterminator: str):
        self._lines: list[str] = []
        self.write = self._lines.append
        self._writer = csv.writer(self, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL)

    def __call__(self, row: list[str]) -> bytes:
        self._writer.writerow(row)
        return self._lines.pop().encode("utf-8")


def _csv_framing(header: list[str], lineterminator: str, start: str = "") -> splice.Framing:
    return splice.Framing(start.encode("utf-8") + _CsvLine(lineterminator)(header), _constant(""), _constant(""))


NEO4J_NODES = _csv_framing(NODE_HEADER, "\n")
NEO4J_RELATIONSHIPS = _csv_framing(REL_HEADER, "\n")


def _neo4j_label(entity: Entity) -> str:
    # extra labels let Cypher ask for every place or every entity at once
    return ";".join([entity.type] + (["Place"] if entity.type in PLACE_TYPES else []) + ["Entity"])


def _neo4j_node(tables: Tables, line: _CsvLine, i: int) -> bytes:
    _, name, _, code, level, aliases, documents, lat, lon, evidence, note = _node_values(tables.node_element(i))
    e = tables.entities[i]
    return line([node_id(e.key), name, _neo4j_label(e), code, level, aliases, documents, lat, lon, evidence, note])


def _neo4j_relationship(tables: Tables, line: _CsvLine, i: int) -> bytes:
    _, _, role, document, sentence, documents, evidence = tables.edge_element(i).values
    r = tables.relations[i]
    return line([node_id(r.head), node_id(r.tail), NEO4J_TYPES.get(r.predicate, r.predicate.upper()),
                 role, document, sentence, documents, evidence])


def _load_cypher() -> str:
    props = ("name: row.name, code: row.code, level: row.level, lat: toFloat(row.`lat:float`), "
             "lon: toFloat(row.`lon:float`), evidence: toInteger(row.`evidence:int`), note: row.note")
    lines = [
        "// Load graph-neo4j/*.csv into a running Neo4j with LOAD CSV (copy the files into its import/ folder).",
        "// For an empty database the faster route is: neo4j-admin database import full --nodes=nodes.csv \\",
        "//   --relationships=relationships.csv --array-delimiter=';' neo4j",
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
    ]
    for label in PLACE_TYPES + ("Organization", "Person", "Programme"):
        extra = ":Place" if label in PLACE_TYPES else ""
        lines.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE split(row.`:LABEL`, ';')[0] = '{label}' "
            f"MERGE (n:Entity {{id: row.`id:ID`}}) SET n:{label}{extra}, n += {{{props}, "
            "aliases: CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, "
            "documents: CASE row.`documents:string[]` WHEN '' THEN [] ELSE split(row.`documents:string[]`, ';') END};")
    for rtype in NEO4J_TYPES.values():
        lines.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row WHERE row.`:TYPE` = '{rtype}' "
            "MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`}) "
            f"CREATE (a)-[:{rtype} {{role: row.role, document: row.document, sentence: row.sentence, "
            "evidence: toInteger(row.`evidence:int`), "
            "documents: CASE row.`documents:string[]` WHEN '' THEN [] ELSE split(row.`documents:string[]`, ';') END}]->(b);")
    return "\n".join(lines) + "\n"


def write_neo4j(kg: KnowledgeGraph, folder: Path, previous: Path | None = None, prepared: Tables | None = None) -> None:
    """nodes.csv, relationships.csv (neo4j-admin import headers) and load.cypher in `folder`; with
    `previous`, its folder of that name is the last build's (graph/outdir.py stages and commits it whole),
    whose two CSV files are spliced."""
    tables = _tables(kg, prepared)
    folder.mkdir(parents=True, exist_ok=True)
    line = _CsvLine("\n")
    _write_elements(folder / "nodes.csv", NEO4J_NODES, tables, previous, node=lambda i: _neo4j_node(tables, line, i),
                    name=f"{folder.name}/nodes.csv")
    _write_elements(folder / "relationships.csv", NEO4J_RELATIONSHIPS, tables, previous,
                    edge=lambda i: _neo4j_relationship(tables, line, i), name=f"{folder.name}/relationships.csv")
    atomic_write(folder / "load.cypher", _load_cypher())


# --- JSON-LD -------------------------------------------------------------------------------
# Every triple, so that the file reads back to the graph of graph.ttl (tests compare them).  Terms
# are written out in full rather than through a context of short names, so no JSON-LD processor
# can read a term in another way than the Turtle says (a number stays "3"^^xsd:integer, a label
# keeps its @zh).  One node object per subject block, in the Turtle's order (graph.write.rdf.sorted_blocks).

JSONLD_CONTEXT = {prefix: ns for prefix, ns in PREFIXES.items()}


# namespace -> prefix, the first of PREFIXES' order for a namespace
_PREFIX_OF = {ns: prefix for prefix, ns in reversed(PREFIXES.items())}


def _compact_iri(value: str) -> str:
    """A prefixed name when one fits exactly (JSON-LD expands "ont:code" back to the full IRI).  The
    local part may hold no ":", "/" or "#", so the only namespace that can fit is the IRI up to its
    last "/" or "#": one lookup rather than a search through the prefixes."""
    cut = max(value.rfind("/"), value.rfind("#")) + 1
    prefix = _PREFIX_OF.get(value[:cut])
    if prefix is not None and cut < len(value) and ":" not in value[cut:]:
        return f"{prefix}:{value[cut:]}"
    return value


def _jsonld_term(term: str) -> dict[str, str]:
    if term.startswith("<"):
        return {"@id": _compact_iri(term[1:-1])}
    out = {"@value": _value(term)}
    lang = _lang(term)
    if lang:
        out["@language"] = lang
    elif term.endswith(">") and '"^^<' in term:
        out["@type"] = _compact_iri(term[term.rindex("^^<") + 3:-1])
    return out


def _subject_blocks(triples) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kg-jsonld-") as folder:
        subject, block = None, []
        for key in _sorted_unique((_sort_key("", t) for t in triples), folder):
            _, s, p, o = key.split("\x01")
            if s != subject:
                if subject is not None:
                    yield subject, block
                subject, block = s, []
            block.append((p[1:], o))
        if subject is not None:
            yield subject, block


def _jsonld_node(subject: str, block: list[tuple[str, str]]) -> dict:
    node: dict[str, object] = {"@id": _compact_iri(subject[1:-1])}
    for p, o in block:
        if p == f"<{RDF_TYPE}>":
            node.setdefault("@type", []).append(_compact_iri(o[1:-1]))
        else:
            node.setdefault(_compact_iri(p[1:-1]), []).append(_jsonld_term(o))
    return node


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


# jsonld_block writes the text json.dumps(_jsonld_node(...), ensure_ascii=False) gives (tests hold the two
# equal) without making the node's dicts and lists: 1.8 M terms in the xwlb-news graph.  The JSON of a term
# that recurs (a predicate, a class, an entity or document IRI, a number) is made once.
_json_string = json.encoder.encode_basestring  # how json.dumps(ensure_ascii=False) writes a str (C)
_RDF_TYPE_TERM = f"<{RDF_TYPE}>"


def _jsonld_iri(term: str) -> str:
    """The JSON string of an <IRI> term's compact form."""
    return _json_string(_compact_iri(term[1:-1]))


# predicates, classes, entity and document IRIs: a few thousand terms, each asked for again and again
_jsonld_recurring_iri = lru_cache(maxsize=1 << 18)(_jsonld_iri)


def _jsonld_value(term: str) -> str:
    """json.dumps(_jsonld_term(term), ensure_ascii=False).  A literal's closing quote is found once (a sentence or
    a label: 400 k of them in the xwlb-news graph, seldom the same twice); what follows it is '@lang', '^^<type>'
    or nothing."""
    if term.startswith("<"):
        return '{"@id": ' + _jsonld_iri(term) + "}"
    end = term.rindex('"')
    text = '{"@value": ' + _json_string(_unescape(term[1:end]))
    if term.startswith("@", end + 1):
        return text + ', "@language": ' + _json_string(term[end + 2:]) + "}"
    if term.startswith("^^<", end + 1):
        return text + ', "@type": ' + _json_string(_compact_iri(term[end + 4:-1])) + "}"
    return text + "}"


_jsonld_recurring_value = lru_cache(maxsize=1 << 18)(_jsonld_value)


@lru_cache(maxsize=1 << 10)  # a few dozen predicates
def _jsonld_key(p: str) -> str:
    """What opens a predicate's values in a node object."""
    return ', "@type": [' if p == _RDF_TYPE_TERM else ", " + _jsonld_iri(p) + ": ["


def jsonld_block(graph: str, subject: str, pairs: list[tuple[str, str]]) -> str:
    """The node object of one subject block, as json.dumps(_jsonld_node(...), ensure_ascii=False) writes it.  `pairs`
    come grouped by predicate, rdf:type first (graph/write/rdf.py: block order), so each predicate's values are one
    run: its key is opened where the run starts and its list closed where it ends, as turtle_block does."""
    pieces: list[str] = ['{"@id": ', _jsonld_iri(subject)]
    append = pieces.append
    last = None
    types = False
    for p, o in pairs:
        if p != last:
            if last is not None:
                append("]")
            append(_jsonld_key(p))
            last, types = p, p == _RDF_TYPE_TERM
        else:
            append(", ")
        if types:
            append(_jsonld_recurring_iri(o))
        elif o[0] == '"' and o[-1] != ">":  # a sentence or a label seldom recurs: kept out of the cache
            append(_jsonld_value(o))
        else:
            append(_jsonld_recurring_value(o))
    if last is not None:
        append("]")
    append("}")
    return "".join(pieces)


def _jsonld_head() -> bytes:
    return ('{"@context": ' + json.dumps(JSONLD_CONTEXT, ensure_ascii=False) + ',\n "@graph": [\n').encode("utf-8")


def _jsonld_between(previous: str | None, graph: str) -> bytes:
    return b"" if previous is None else b",\n"


def _jsonld_tail(last: str | None) -> bytes:
    return b"\n]}\n"


JSONLD = splice.Framing(_jsonld_head(), _jsonld_between, _jsonld_tail)


def jsonld_lines(nodes: Iterable[bytes]) -> Iterator[bytes]:
    """The file around its node objects (each one JSON text in UTF-8, in the Turtle's subject order)."""
    yield JSONLD.head
    first = True
    for node in nodes:
        yield node if first else b",\n" + node
        first = False
    yield JSONLD.tail(None)


def jsonld_nodes(kg: KnowledgeGraph) -> Iterator[bytes]:
    """The node objects of a built graph from its subject blocks (as graph.ttl is written); of a graph
    read back from a file, from that file's triples sorted on disk: the same subjects, pairs and text."""
    from ..load import LoadedGraph, file_triples

    if isinstance(kg, LoadedGraph):
        return (jsonld_block("", s, block).encode("utf-8") for s, block in _subject_blocks(file_triples(kg.path)))
    return (text for _, _, text in sorted_blocks(kg, jsonld_block))


def write_jsonld(kg: KnowledgeGraph, path: Path, previous: Path | None = None,
                 prepared: Prepared | None = None) -> None:
    """graph.jsonld; `previous`: the folder of the last build, whose graph.jsonld is spliced when its
    index describes it (graph/write/splice.py).  A graph read back from a file is written whole."""
    from ..load import LoadedGraph

    if isinstance(kg, LoadedGraph):
        with atomic_open(path, "wb") as out:
            out.writelines(jsonld_lines(jsonld_nodes(kg)))
        return
    write_block_file(kg, path, jsonld_block, JSONLD, previous=previous, prepared=prepared)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_text(data: object) -> str:
    # lone surrogates cannot be written as UTF-8: each becomes U+FFFD.  With ensure_ascii=False a string's
    # characters reach the text as they are, so replacing them in the text replaces them in the values
    # (walking the whole document to do it took longer than writing it); ensure_ascii=False keeps Chinese readable
    return _SURROGATE.sub("\ufffd", json.dumps(data, ensure_ascii=False, indent=1)) + "\n"


# --- Cytoscape.js --------------------------------------------------------------------------


def _typed(attrs: dict[str, str]) -> dict[str, object]:
    """JSON numbers for the typed attributes (left out when empty), strings for the rest."""
    out: dict[str, object] = {}
    for k, v in attrs.items():
        if k in _TYPES:
            if v:
                out[k] = int(v) if _TYPES[k][0] == "int" else float(v)
        else:
            out[k] = v
    return out


def cytoscape_document(kg: KnowledgeGraph) -> dict:
    """The .cyjs document as data (write_cytoscape writes its text directly; tests hold the two equal)."""
    tables = prepare(kg)
    nodes = [{"data": {"id": node_id(tables.entities[i].key),
                       **_typed(dict(zip(NODE_KEYS, _node_values(tables.node_element(i)))))}} for i in tables.node_order]
    edges = []
    for i in tables.edge_order:
        r = tables.relations[i]
        edges.append({"data": {"id": _edge_id(r), "source": node_id(r.head), "target": node_id(r.tail),
                               **_typed(dict(zip(EDGE_KEYS, tables.edge_element(i).values)))}})
    return {"format_version": "1.0", "generated_by": "cnkg", "data": {"name": "cnkg"},
            "elements": {"nodes": nodes, "edges": edges}}


# write_cytoscape writes the text _json_text(cytoscape_document(kg)) gives without making the document:
# json.dumps with an indent runs the encoder written in Python (the C one only writes without indents),
# 1.4 s on the xwlb-news graph; here each string goes through the C string encoder and each element is
# one format.  The layout is json.dumps(indent=1)'s: one space per level, ", " never, ": " between key and value.
@lru_cache(maxsize=None)
def _cytoscape_template(keys: tuple[str, ...]) -> tuple[str, tuple[tuple[int, type], ...]]:
    """The text of an element with a %s for each value, and the positions of its typed values with their type."""
    numbers = tuple((i, int if _TYPES[k][0] == "int" else float) for i, k in enumerate(keys) if k in _TYPES)
    return '   {\n    "data": {\n' + ",\n".join(f'     "{k}": %s' for k in keys) + "\n    }\n   }", numbers


_CYTOSCAPE_IDS = {1: ("id",), 3: ("id", "source", "target")}


def _cytoscape_element(el: _Element) -> bytes:
    template, numbers = _cytoscape_template(_CYTOSCAPE_IDS[len(el.ids)] + el.keys)
    values = list(map(_json_string, el.ids + el.values))
    for i, kind in numbers:  # JSON numbers (never empty: _element leaves an empty one out)
        values[i] = repr(kind(values[i][1:-1]))
    text = template % tuple(values)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which UTF-8 cannot hold: U+FFFD, as in _json_text
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


# the lists of nodes and edges as json.dumps(indent=1) writes them: "[]" when empty, else one element a line
_CYTOSCAPE_HEAD = ('{\n "format_version": "1.0",\n "generated_by": "cnkg",\n "data": {\n  "name": "cnkg"\n },\n'
                   ' "elements": {\n  "nodes": ')
_CYTOSCAPE_EDGES = ',\n  "edges": '
_CYTOSCAPE_END = "\n }\n}\n"


def _cytoscape_between(previous: str | None, section: str) -> bytes:
    if previous == section:
        return b",\n"
    if section == NODES:
        return b"[\n"
    return (b"[]" if previous is None else b"\n  ]") + (_CYTOSCAPE_EDGES + "[\n").encode("utf-8")


def _cytoscape_tail(last: str | None) -> bytes:
    if last == EDGES:
        return ("\n  ]" + _CYTOSCAPE_END).encode("utf-8")
    return (("[]" if last is None else "\n  ]") + _CYTOSCAPE_EDGES + "[]" + _CYTOSCAPE_END).encode("utf-8")


CYTOSCAPE = splice.Framing(_CYTOSCAPE_HEAD.encode("utf-8"), _cytoscape_between, _cytoscape_tail)


def write_cytoscape(kg: KnowledgeGraph, path: Path, previous: Path | None = None, prepared: Tables | None = None) -> None:
    tables = _tables(kg, prepared)
    _write_elements(path, CYTOSCAPE, tables, previous, lambda i: _cytoscape_element(tables.node_element(i)),
                    lambda i: _cytoscape_element(tables.edge_element(i)))


# --- CSV facts table -------------------------------------------------------------------------

FACTS_HEADER = ["head", "head_type", "head_code", "relation", "role", "tail", "tail_type", "tail_code",
                "document", "title", "date", "url", "sentence", "evidence"]
# utf-8 with a byte-order mark: how Excel knows the file is UTF-8 (without it: mojibake)
FACTS = _csv_framing(FACTS_HEADER, "\r\n", start="\ufeff")


def _fact_row(kg: KnowledgeGraph, r: Relation) -> list[str]:
    """A relation's row (its first evidence; `evidence` counts them all)."""
    head, tail = kg.entities[r.head], kg.entities[r.tail]
    first = min(r.evidence) if r.evidence else None
    doc = kg.documents.get(first.document) if first else None
    return [_clean(head.name), head.type, head.code, r.predicate, _clean(r.role), _clean(tail.name), tail.type,
            tail.code, _clean(first.document) if first else "", _clean(doc.title) if doc else "",
            doc.date if doc else "", doc.url if doc else "", _one_line(first.sentence) if first else "",
            str(len(r.evidence))]


def fact_rows(kg: KnowledgeGraph) -> Iterator[list[str]]:
    """One row per relation with both ends in the graph, in the file's order."""
    tables = prepare(kg)
    return (_fact_row(kg, tables.relations[i]) for i in tables.edge_order)


def write_facts_csv(kg: KnowledgeGraph, path: Path, previous: Path | None = None, prepared: Tables | None = None) -> None:
    tables = _tables(kg, prepared)
    line = _CsvLine("\r\n")
    _write_elements(path, FACTS, tables, previous, edge=lambda i: line(_fact_row(kg, tables.relations[i])),
                    edge_digests=tables.fact_digests)


EXPORTS: dict[str, tuple[str, Callable[..., None]]] = {
    "graphml": ("graph.graphml", write_graphml),
    "gexf": ("graph.gexf", write_gexf),
    "neo4j": ("graph-neo4j", write_neo4j),
    "jsonld": ("graph.jsonld", write_jsonld),
    "cytoscape": ("graph.cyjs", write_cytoscape),
    "csv": ("graph-facts.csv", write_facts_csv),
}
# the exports of nodes and edges: their writers take one Tables of the graph (`prepare`) to share
TABLE_EXPORTS = ("graphml", "gexf", "neo4j", "cytoscape", "csv")
