"""Exports for graph tools: GraphML, GEXF, Neo4j import CSVs, JSON-LD, Cytoscape.js JSON.

`EXPORTS` maps format -> (file or folder name, writer); graph/pipeline.py picks them up for
`kg build --formats …` and `kg export --format …`.  Every writer is deterministic (nodes sorted
by IRI, edges by head, predicate, tail, role) and writes through graph.write.atomic.

Node ids are the entity IRIs of the Turtle file (graph.iri.entity_iri), so every export joins
back to the RDF.  Values are always strings (never None or lists: Gephi, yEd and Cytoscape choke
on them); several values are joined with ";" (the neo4j-admin array delimiter), and a ";" inside
a value becomes "；".  Characters that XML 1.0 forbids are dropped from GraphML/GEXF.

* graphml (graph.graphml): declared keys; nodes carry label, name, type, code, level, aliases,
  documents; edges label (= predicate), type, role, document, sentence, evidence (count).
* gexf (graph.gexf): GEXF 1.2 with the same attributes; written by hand because networkx stamps
  the current date into its GEXF output.
* neo4j (graph-neo4j/): nodes.csv `id:ID,name,:LABEL,code,level,aliases:string[],documents:string[]`,
  relationships.csv `:START_ID,:END_ID,:TYPE,role,document,sentence,documents:string[]`
  (neo4j-admin database import full headers; types LOCATED_IN, PART_OF, HOLDS_POST, RUNS), and
  load.cypher doing the same with LOAD CSV for a running server.
* jsonld (graph.jsonld): entities and direct relations, with an @context mapping to the same IRIs
  as graph.ttl (types, rdfs:label@zh, skos:altLabel@zh, ont:code, ont:level, ont:mentionedIn,
  ont:locatedIn/partOf/holdsPost/runs): these triples are exactly a subset of graph.ttl.
* cytoscape (graph.cyjs): {"data": {...}, "elements": {"nodes": [{"data": {id, label, type}}],
  "edges": [{"data": {id, source, target, label, role}}]}} (Cytoscape desktop .cyjs; the
  `elements` value is what cytoscape.js takes).
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Callable, Iterator
from xml.sax.saxutils import quoteattr

from ..iri import ONTOLOGY, digest, document_iri, entity_iri
from ..records import PLACE_TYPES, PREDICATES, Entity, KnowledgeGraph, Relation
from .atomic import atomic_open, atomic_write
from .rdf import ORG, RDFS, SCHEMA, SKOS, STANDARD_CLASS, XSD

_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NEO4J_TYPES = {"locatedIn": "LOCATED_IN", "partOf": "PART_OF", "holdsPost": "HOLDS_POST", "runs": "RUNS"}


# --- shared views --------------------------------------------------------------------------


def _clean(text: str) -> str:
    """A value safe for XML and CSV consumers: no forbidden or lone-surrogate characters."""
    return _XML_BAD.sub("", text)


def _join(values) -> str:
    return ";".join(sorted({_clean(v).replace(";", "；") for v in values if v}))


def _nodes(kg: KnowledgeGraph) -> list[tuple[str, Entity]]:
    return sorted((entity_iri(e.key), e) for e in kg.entities.values())


def _edges(kg: KnowledgeGraph) -> list[Relation]:
    """Relations whose two ends are entities of the graph, in a stable order."""
    rels = [r for r in kg.relations if r.head in kg.entities and r.tail in kg.entities]
    return sorted(rels, key=lambda r: (entity_iri(r.head), r.predicate, entity_iri(r.tail), r.role, r.evidence))


def node_attributes(entity: Entity) -> dict[str, str]:
    return {
        "label": _clean(entity.name),
        "name": _clean(entity.name),
        "type": entity.type,
        "code": _clean(entity.code),
        "level": entity.type.lower() if entity.type in PLACE_TYPES else "",
        "aliases": _join(entity.aliases - {entity.name}),
        "documents": _join(ev.document for ev in entity.evidence),
    }


def edge_attributes(rel: Relation) -> dict[str, str]:
    first = min(rel.evidence) if rel.evidence else None
    return {
        "label": rel.predicate,
        "type": rel.predicate,
        "role": _clean(rel.role),
        "document": _clean(first.document) if first else "",
        "sentence": _clean(first.sentence).replace("\r", " ").replace("\n", " ") if first else "",
        "documents": _join(ev.document for ev in rel.evidence),
        "evidence": str(len(rel.evidence)),
    }


def _edge_id(rel: Relation) -> str:
    return "e" + digest("\x1f".join((rel.head, rel.predicate, rel.tail, rel.role)))


# --- GraphML / GEXF ------------------------------------------------------------------------

NODE_KEYS = ("label", "name", "type", "code", "level", "aliases", "documents")
EDGE_KEYS = ("label", "type", "role", "document", "sentence", "documents", "evidence")


def _graphml_lines(kg: KnowledgeGraph) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for k in NODE_KEYS:
        yield f'  <key id="n_{k}" for="node" attr.name="{k}" attr.type="string"/>\n'
    for k in EDGE_KEYS:
        yield f'  <key id="e_{k}" for="edge" attr.name="{k}" attr.type="{"int" if k == "evidence" else "string"}"/>\n'
    yield '  <graph id="cnkg" edgedefault="directed">\n'
    for node_id, entity in _nodes(kg):
        yield f"    <node id={quoteattr(node_id)}>\n"
        for k, v in node_attributes(entity).items():
            yield f'      <data key="n_{k}">{_xml_text(v)}</data>\n'
        yield "    </node>\n"
    for rel in _edges(kg):
        yield (f"    <edge id={quoteattr(_edge_id(rel))} source={quoteattr(entity_iri(rel.head))} "
               f"target={quoteattr(entity_iri(rel.tail))}>\n")
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
        yield f'      <attribute id="{i}" title="{k}" type="string"/>\n'
    yield '    </attributes>\n    <attributes class="edge">\n'
    edge_keys = [k for k in EDGE_KEYS if k != "label"]
    for i, k in enumerate(edge_keys):
        yield f'      <attribute id="{i}" title="{k}" type="{"integer" if k == "evidence" else "string"}"/>\n'
    yield "    </attributes>\n    <nodes>\n"
    for node_id, entity in _nodes(kg):
        attrs = node_attributes(entity)
        yield f"      <node id={quoteattr(node_id)} label={quoteattr(attrs['label'])}><attvalues>"
        yield "".join(f'<attvalue for="{i}" value={quoteattr(attrs[k])}/>' for i, k in enumerate(node_keys))
        yield "</attvalues></node>\n"
    yield "    </nodes>\n    <edges>\n"
    for rel in _edges(kg):
        attrs = edge_attributes(rel)
        yield (f"      <edge id={quoteattr(_edge_id(rel))} source={quoteattr(entity_iri(rel.head))} "
               f"target={quoteattr(entity_iri(rel.tail))} label={quoteattr(attrs['label'])}><attvalues>")
        yield "".join(f'<attvalue for="{i}" value={quoteattr(attrs[k])}/>' for i, k in enumerate(edge_keys))
        yield "</attvalues></edge>\n"
    yield "    </edges>\n  </graph>\n</gexf>\n"


def write_gexf(kg: KnowledgeGraph, path: Path) -> None:
    with atomic_open(path) as out:
        out.writelines(_gexf_lines(kg))


# --- Neo4j ---------------------------------------------------------------------------------

NODE_HEADER = ["id:ID", "name", ":LABEL", "code", "level", "aliases:string[]", "documents:string[]"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "role", "document", "sentence", "documents:string[]"]


def _csv_text(rows: list[list[str]]) -> str:
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return buf.getvalue()


def _neo4j_label(entity: Entity) -> str:
    # extra labels let Cypher ask for every place or every entity at once
    return ";".join([entity.type] + (["Place"] if entity.type in PLACE_TYPES else []) + ["Entity"])


def _load_cypher() -> str:
    props = "name: row.name, code: row.code, level: row.level"
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
            "documents: CASE row.`documents:string[]` WHEN '' THEN [] ELSE split(row.`documents:string[]`, ';') END}]->(b);")
    return "\n".join(lines) + "\n"


def write_neo4j(kg: KnowledgeGraph, folder: Path) -> None:
    """nodes.csv, relationships.csv (neo4j-admin import headers) and load.cypher in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes = [NODE_HEADER]
    for node_id, e in _nodes(kg):
        a = node_attributes(e)
        nodes.append([node_id, a["name"], _neo4j_label(e), a["code"], a["level"], a["aliases"], a["documents"]])
    rels = [REL_HEADER]
    for r in _edges(kg):
        a = edge_attributes(r)
        rels.append([entity_iri(r.head), entity_iri(r.tail), NEO4J_TYPES.get(r.predicate, r.predicate.upper()),
                     a["role"], a["document"], a["sentence"], a["documents"]])
    atomic_write(folder / "nodes.csv", _csv_text(nodes))
    atomic_write(folder / "relationships.csv", _csv_text(rels))
    atomic_write(folder / "load.cypher", _load_cypher())


# --- JSON-LD -------------------------------------------------------------------------------

JSONLD_CONTEXT: dict[str, object] = {
    "ont": ONTOLOGY,
    "rdfs": RDFS,
    "skos": SKOS,
    "schema": SCHEMA,
    "org": ORG,
    "xsd": XSD,
    "label": {"@id": "rdfs:label", "@language": "zh"},
    "altLabel": {"@id": "skos:altLabel", "@language": "zh", "@container": "@set"},
    "code": {"@id": "ont:code"},
    "level": {"@id": "ont:level"},
    "mentionedIn": {"@id": "ont:mentionedIn", "@type": "@id", "@container": "@set"},
    **{p: {"@id": f"ont:{p}", "@type": "@id", "@container": "@set"} for p in PREDICATES},
}


def _compact_class(iri: str) -> str:
    for prefix in ("ont", "schema", "org"):
        ns = JSONLD_CONTEXT[prefix]
        if isinstance(ns, str) and iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def jsonld_document(kg: KnowledgeGraph) -> dict:
    out: dict[str, dict] = {}
    for node_id, e in _nodes(kg):
        node: dict[str, object] = {"@id": node_id, "@type": [f"ont:{e.type}"] + (
            [_compact_class(STANDARD_CLASS[e.type])] if e.type in STANDARD_CLASS else []), "label": e.name}
        aliases = sorted(e.aliases - {e.name})
        if aliases:
            node["altLabel"] = aliases
        if e.code:
            node["code"] = e.code
        if e.type in PLACE_TYPES:
            node["level"] = e.type.lower()
        docs = sorted({document_iri(ev.document) for ev in e.evidence})
        if docs:
            node["mentionedIn"] = docs
        out[node_id] = node
    for r in _edges(kg):
        targets = out[entity_iri(r.head)].setdefault(r.predicate, [])
        if entity_iri(r.tail) not in targets:
            targets.append(entity_iri(r.tail))
    for node in out.values():
        for p in PREDICATES:
            if p in node:
                node[p] = sorted(node[p])
    return {"@context": JSONLD_CONTEXT, "@graph": list(out.values())}


def _json_text(data: object) -> str:
    # lone surrogates cannot be written as UTF-8; ensure_ascii=False keeps Chinese readable
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8", "replace").decode("utf-8") + "\n"


def write_jsonld(kg: KnowledgeGraph, path: Path) -> None:
    atomic_write(path, _json_text(_strip_surrogates(jsonld_document(kg))))


def _strip_surrogates(data):
    if isinstance(data, str):
        return re.sub("[\ud800-\udfff]", "\ufffd", data)
    if isinstance(data, list):
        return [_strip_surrogates(x) for x in data]
    if isinstance(data, dict):
        return {k: _strip_surrogates(v) for k, v in data.items()}
    return data


# --- Cytoscape.js --------------------------------------------------------------------------


def cytoscape_document(kg: KnowledgeGraph) -> dict:
    nodes = [{"data": {"id": node_id, "label": _clean(e.name), "type": e.type, "code": e.code}} for node_id, e in _nodes(kg)]
    edges = [{"data": {"id": _edge_id(r), "source": entity_iri(r.head), "target": entity_iri(r.tail),
                       "label": r.predicate, "role": _clean(r.role)}} for r in _edges(kg)]
    return {"format_version": "1.0", "generated_by": "cnkg", "data": {"name": "cnkg"},
            "elements": {"nodes": nodes, "edges": edges}}


def write_cytoscape(kg: KnowledgeGraph, path: Path) -> None:
    atomic_write(path, _json_text(cytoscape_document(kg)))


EXPORTS: dict[str, tuple[str, Callable[[KnowledgeGraph, Path], None]]] = {
    "graphml": ("graph.graphml", write_graphml),
    "gexf": ("graph.gexf", write_gexf),
    "neo4j": ("graph-neo4j", write_neo4j),
    "jsonld": ("graph.jsonld", write_jsonld),
    "cytoscape": ("graph.cyjs", write_cytoscape),
}
