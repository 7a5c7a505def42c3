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
"""
from __future__ import annotations

import csv
import json
import json.encoder
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator
from xml.sax.saxutils import quoteattr

from ..iri import ID, digest, entity_iri
from ..load import _lang, _value
from ..records import PLACE_TYPES, Entity, KnowledgeGraph, Relation
from .atomic import atomic_open, atomic_write
from . import splice
from .rdf import PREFIXES, _sort_key, _sorted_unique, sorted_blocks, write_block_file

_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NEO4J_TYPES = {"locatedIn": "LOCATED_IN", "partOf": "PART_OF", "holdsPost": "HOLDS_POST", "runs": "RUNS"}


# --- shared views --------------------------------------------------------------------------


def _clean(text: str) -> str:
    """A value safe for XML and CSV consumers: no forbidden or lone-surrogate characters."""
    return _XML_BAD.sub("", text)


def _join(values) -> str:
    # each distinct value cleaned once: an entity's documents repeat once per mention
    return ";".join(sorted({_clean(v).replace(";", "；") for v in set(values) if v}))


@lru_cache(maxsize=1 << 18)  # asked for every node and both ends of every edge, by each export
def node_id(key: str) -> str:
    """The entity's IRI; a graph read back from RDF (graph/load.py) keys its entities by IRI already."""
    return key if key.startswith(ID) else entity_iri(key)


def _nodes(kg: KnowledgeGraph) -> list[tuple[str, Entity]]:
    return sorted((node_id(e.key), e) for e in kg.entities.values())


def _edges(kg: KnowledgeGraph) -> list[Relation]:
    """Relations whose two ends are entities of the graph, in a stable order."""
    rels = [r for r in kg.relations if r.head in kg.entities and r.tail in kg.entities]
    return sorted(rels, key=lambda r: (node_id(r.head), r.predicate, node_id(r.tail), r.role, r.evidence))


def _degrees(value: float | None) -> str:
    # 6 decimals, as graph.ttl writes them: the same text whether built or read back
    return f"{value:.6f}" if value is not None else ""


def node_attributes(entity: Entity) -> dict[str, str]:
    return dict(_node_attributes(entity))


# the attributes of a node or an edge are asked for by each export that a share writes (GraphML, GEXF,
# Neo4j, Cytoscape): made once per entity or relation (equal records, equal attributes), copied out
@lru_cache(maxsize=1 << 17)
def _node_attributes(entity: Entity) -> dict[str, str]:
    has_seat = entity.lat is not None and entity.lon is not None
    return {
        "label": _clean(entity.name),
        "name": _clean(entity.name),
        "type": entity.type,
        "code": _clean(entity.code),
        "level": entity.type.lower() if entity.type in PLACE_TYPES else "",
        "aliases": _join(entity.aliases - {entity.name}),
        "documents": _join(ev.document for ev in entity.evidence),
        "lat": _degrees(entity.lat) if has_seat else "",
        "lon": _degrees(entity.lon) if has_seat else "",
        "evidence": str(len(entity.evidence)),
        "note": _clean(entity.note),  # what tells two people of one name apart (post · county · province)
    }


def edge_attributes(rel: Relation) -> dict[str, str]:
    return dict(_edge_attributes(rel))


@lru_cache(maxsize=1 << 17)
def _edge_attributes(rel: Relation) -> dict[str, str]:
    first = min(rel.evidence) if rel.evidence else None
    return {
        "label": rel.predicate,
        "type": rel.predicate,
        "role": _clean(rel.role),
        "document": _clean(first.document) if first else "",
        "sentence": _one_line(first.sentence) if first else "",
        "documents": _join(ev.document for ev in rel.evidence),
        "evidence": str(len(rel.evidence)),
    }


def _one_line(text: str) -> str:
    return _clean(text).replace("\r", " ").replace("\n", " ")


def _edge_id(rel: Relation) -> str:
    return "e" + digest("\x1f".join((node_id(rel.head), rel.predicate, node_id(rel.tail), rel.role)))


# --- GraphML / GEXF ------------------------------------------------------------------------

NODE_KEYS = ("label", "name", "type", "code", "level", "aliases", "documents", "lat", "lon", "evidence", "note")
EDGE_KEYS = ("label", "type", "role", "document", "sentence", "documents", "evidence")
# typed attributes; the rest are strings.  An empty typed value (no coordinates) is left out.
_TYPES = {"lat": ("double", "double"), "lon": ("double", "double"), "evidence": ("int", "integer")}


def _graphml_type(key: str) -> str:
    return _TYPES.get(key, ("string",))[0]


def _gexf_type(key: str) -> str:
    return _TYPES[key][1] if key in _TYPES else "string"


def _graphml_lines(kg: KnowledgeGraph) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for k in NODE_KEYS:
        yield f'  <key id="n_{k}" for="node" attr.name="{k}" attr.type="{_graphml_type(k)}"/>\n'
    for k in EDGE_KEYS:
        yield f'  <key id="e_{k}" for="edge" attr.name="{k}" attr.type="{_graphml_type(k)}"/>\n'
    yield '  <graph id="cnkg" edgedefault="directed">\n'
    for nid, entity in _nodes(kg):
        yield f"    <node id={quoteattr(nid)}>\n"
        for k, v in node_attributes(entity).items():
            if v or k not in _TYPES:
                yield f'      <data key="n_{k}">{_xml_text(v)}</data>\n'
        yield "    </node>\n"
    for rel in _edges(kg):
        yield (f"    <edge id={quoteattr(_edge_id(rel))} source={quoteattr(node_id(rel.head))} "
               f"target={quoteattr(node_id(rel.tail))}>\n")
        for k, v in edge_attributes(rel).items():
            yield f'      <data key="e_{k}">{_xml_text(v)}</data>\n'
        yield "    </edge>\n"
    yield "  </graph>\n</graphml>\n"


def _xml_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_graphml(kg: KnowledgeGraph, path: Path) -> None:
    with atomic_open(path) as out:
        out.writelines(_graphml_lines(kg))


def _gexf_lines(kg: KnowledgeGraph) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
    yield '  <meta><creator>cnkg</creator><description>Party-building knowledge graph</description></meta>\n'
    yield '  <graph defaultedgetype="directed" mode="static">\n'
    yield '    <attributes class="node">\n'
    node_keys = [k for k in NODE_KEYS if k != "label"]  # GEXF has its own label
    for i, k in enumerate(node_keys):
        yield f'      <attribute id="{i}" title="{k}" type="{_gexf_type(k)}"/>\n'
    yield '    </attributes>\n    <attributes class="edge">\n'
    edge_keys = [k for k in EDGE_KEYS if k != "label"]
    for i, k in enumerate(edge_keys):
        yield f'      <attribute id="{i}" title="{k}" type="{_gexf_type(k)}"/>\n'
    yield "    </attributes>\n    <nodes>\n"
    for nid, entity in _nodes(kg):
        attrs = node_attributes(entity)
        yield f"      <node id={quoteattr(nid)} label={quoteattr(attrs['label'])}><attvalues>"
        yield "".join(f'<attvalue for="{i}" value={quoteattr(attrs[k])}/>' for i, k in enumerate(node_keys)
                      if attrs[k] or k not in _TYPES)
        yield "</attvalues></node>\n"
    yield "    </nodes>\n    <edges>\n"
    for rel in _edges(kg):
        attrs = edge_attributes(rel)
        yield (f"      <edge id={quoteattr(_edge_id(rel))} source={quoteattr(node_id(rel.head))} "
               f"target={quoteattr(node_id(rel.tail))} label={quoteattr(attrs['label'])}><attvalues>")
        yield "".join(f'<attvalue for="{i}" value={quoteattr(attrs[k])}/>' for i, k in enumerate(edge_keys))
        yield "</attvalues></edge>\n"
    yield "    </edges>\n  </graph>\n</gexf>\n"


def write_gexf(kg: KnowledgeGraph, path: Path) -> None:
    with atomic_open(path) as out:
        out.writelines(_gexf_lines(kg))


# --- Neo4j ---------------------------------------------------------------------------------

NODE_HEADER = ["id:ID", "name", ":LABEL", "code", "level", "aliases:string[]", "documents:string[]",
               "lat:float", "lon:float", "evidence:int", "note"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "role", "document", "sentence", "documents:string[]", "evidence:int"]


def _csv_text(rows: list[list[str]]) -> str:
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return buf.getvalue()


def _neo4j_label(entity: Entity) -> str:
    # extra labels let Cypher ask for every place or every entity at once
    return ";".join([entity.type] + (["Place"] if entity.type in PLACE_TYPES else []) + ["Entity"])


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


def write_neo4j(kg: KnowledgeGraph, folder: Path) -> None:
    """nodes.csv, relationships.csv (neo4j-admin import headers) and load.cypher in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes = [NODE_HEADER]
    for nid, e in _nodes(kg):
        a = node_attributes(e)
        nodes.append([nid, a["name"], _neo4j_label(e), a["code"], a["level"], a["aliases"], a["documents"],
                      a["lat"], a["lon"], a["evidence"], a["note"]])
    rels = [REL_HEADER]
    for r in _edges(kg):
        a = edge_attributes(r)
        rels.append([node_id(r.head), node_id(r.tail), NEO4J_TYPES.get(r.predicate, r.predicate.upper()),
                     a["role"], a["document"], a["sentence"], a["documents"], a["evidence"]])
    atomic_write(folder / "nodes.csv", _csv_text(nodes))
    atomic_write(folder / "relationships.csv", _csv_text(rels))
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
    """json.dumps(_jsonld_term(term), ensure_ascii=False)."""
    if term.startswith("<"):
        return '{"@id": ' + _jsonld_iri(term) + "}"
    text = '{"@value": ' + _json_string(_value(term))
    lang = _lang(term)
    if lang:
        return text + ', "@language": ' + _json_string(lang) + "}"
    if term.endswith(">") and '"^^<' in term:
        return text + ', "@type": ' + _json_string(_compact_iri(term[term.rindex("^^<") + 3:-1])) + "}"
    return text + "}"


_jsonld_recurring_value = lru_cache(maxsize=1 << 18)(_jsonld_value)


def jsonld_block(graph: str, subject: str, pairs: list[tuple[str, str]]) -> str:
    values: dict[str, list[str]] = {}  # JSON key -> JSON of its values, in the order of _jsonld_node
    for p, o in pairs:
        if p == _RDF_TYPE_TERM:
            key, text = '"@type"', _jsonld_recurring_iri(o)
        else:
            # a language-tagged or plain literal (a sentence, a label) seldom recurs: kept out of the cache
            key = _jsonld_recurring_iri(p)
            text = _jsonld_value(o) if o[0] == '"' and o[-1] != ">" else _jsonld_recurring_value(o)
        got = values.get(key)
        if got is None:
            values[key] = [text]
        else:
            got.append(text)
    fields = "".join(f", {key}: [{', '.join(texts)}]" for key, texts in values.items())
    return '{"@id": ' + _jsonld_iri(subject) + fields + "}"


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


def write_jsonld(kg: KnowledgeGraph, path: Path, previous: Path | None = None) -> None:
    """graph.jsonld; `previous`: the folder of the last build, whose graph.jsonld is spliced when its
    index describes it (graph/write/splice.py).  A graph read back from a file is written whole."""
    from ..load import LoadedGraph

    if isinstance(kg, LoadedGraph):
        with atomic_open(path, "wb") as out:
            out.writelines(jsonld_lines(jsonld_nodes(kg)))
        return
    write_block_file(kg, path, jsonld_block, JSONLD, previous=previous)


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
    nodes = [{"data": {"id": nid, **_typed(node_attributes(e))}} for nid, e in _nodes(kg)]
    edges = [{"data": {"id": _edge_id(r), "source": node_id(r.head), "target": node_id(r.tail),
                       **_typed(edge_attributes(r))}} for r in _edges(kg)]
    return {"format_version": "1.0", "generated_by": "cnkg", "data": {"name": "cnkg"},
            "elements": {"nodes": nodes, "edges": edges}}


def write_cytoscape(kg: KnowledgeGraph, path: Path) -> None:
    atomic_write(path, _json_text(cytoscape_document(kg)))


# --- CSV facts table -------------------------------------------------------------------------

FACTS_HEADER = ["head", "head_type", "head_code", "relation", "role", "tail", "tail_type", "tail_code",
                "document", "title", "date", "url", "sentence", "evidence"]


def fact_rows(kg: KnowledgeGraph) -> Iterator[list[str]]:
    """One row per relation (its first evidence; `evidence` counts them all)."""
    for r in _edges(kg):
        head, tail = kg.entities[r.head], kg.entities[r.tail]
        first = min(r.evidence) if r.evidence else None
        doc = kg.documents.get(first.document) if first else None
        yield [_clean(head.name), head.type, head.code, r.predicate, _clean(r.role), _clean(tail.name), tail.type,
               tail.code, _clean(first.document) if first else "", _clean(doc.title) if doc else "",
               doc.date if doc else "", doc.url if doc else "", _one_line(first.sentence) if first else "",
               str(len(r.evidence))]


def write_facts_csv(kg: KnowledgeGraph, path: Path) -> None:
    # utf-8-sig: the byte-order mark is how Excel knows the file is UTF-8 (without it: mojibake)
    with atomic_open(path, "w", encoding="utf-8-sig") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(FACTS_HEADER)
        writer.writerows(fact_rows(kg))


EXPORTS: dict[str, tuple[str, Callable[[KnowledgeGraph, Path], None]]] = {
    "graphml": ("graph.graphml", write_graphml),
    "gexf": ("graph.gexf", write_gexf),
    "neo4j": ("graph-neo4j", write_neo4j),
    "jsonld": ("graph.jsonld", write_jsonld),
    "cytoscape": ("graph.cyjs", write_cytoscape),
    "csv": ("graph-facts.csv", write_facts_csv),
}
