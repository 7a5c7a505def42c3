"""Read a written graph (graph.ttl, graph.trig, or an output folder) back into the records the
writers take, so that `kg export` converts an existing graph without extracting anything again.

Everything the exports need is in the RDF (graph/write/rdf.py documents the model):

* entities: `a ont:<Type>`, rdfs:label, skos:altLabel, ont:code, geo:lat/long,
  schema:disambiguatingDescription, and one evidence per ont:Mention node (ont:entity,
  prov:wasDerivedFrom, ont:sentence, ont:start, ont:end);
* relations: one per (subject, predicate, object, ont:role) of the reified rdf:Statements, with one
  evidence per statement that has provenance (a statement without it is reference data);
* documents: title (an rdfs:label with a language tag; a plain label is the id standing in for a
  missing title), schema:url, schema:datePublished, ont:source; the id is the document IRI's last
  segment, percent-decoded (graph.iri.document_iri percent-encodes it).

Entity keys are not in the RDF (IRIs are hashes of them), so a loaded entity's key is its IRI;
the exports name nodes by IRI either way, so their output is the same as from the build.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote

from .iri import ID, ONTOLOGY
from .records import ENTITY_TYPES, DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation
from .write.rdf import GEO, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, Triple, iri, literal

GRAPH_FILES = ("graph.ttl", "graph.trig")  # what an output folder is read by, in this order
FORMATS = {".ttl": "text/turtle", ".trig": "application/trig", ".nt": "application/n-triples",
           ".nq": "application/n-quads"}
DOC_PREFIX = f"{ID}doc/"


class GraphFileError(ValueError):
    """The graph to export cannot be found or read; the message names it."""


@dataclass
class LoadedGraph(KnowledgeGraph):
    """A KnowledgeGraph read back from a graph file; `path` is that file (JSON-LD re-reads it)."""

    path: Path = Path()


def graph_file(path: str | Path) -> Path:
    """The graph file itself, or the graph of an output folder."""
    path = Path(path)
    if path.is_dir():
        for name in GRAPH_FILES:
            if (path / name).is_file():
                return path / name
        raise GraphFileError(f"{path}: no {' or '.join(GRAPH_FILES)} in this folder (build one with `kg build -o {path}`)")
    if not path.exists():
        raise GraphFileError(f"{path}: no such file or folder")
    if path.suffix not in FORMATS:
        raise GraphFileError(f"{path}: not a graph file; expected {', '.join(FORMATS)} or an output folder")
    return path


def file_triples(path: Path) -> Iterator[Triple]:
    """The file's triples (the union of all graphs of a TriG file), terms in the N-Triples form the
    writers use, so the same graph gives the same terms whichever way it arrives."""
    import pyoxigraph

    try:
        for quad in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.from_media_type(FORMATS[path.suffix])):
            yield _term(quad.subject), _term(quad.predicate), _term(quad.object)
    except (SyntaxError, OSError, ValueError) as exc:
        raise GraphFileError(f"{path}: cannot read the graph: {exc}") from exc


def _term(term) -> str:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return iri(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return literal(term.value, datatype="" if datatype == XSD + "string" else datatype)
    return str(term)  # blank nodes: our graphs have none, but keep them distinct


# --- from triples to records ---------------------------------------------------------------

_TYPE = f"<{RDF}type>"
_ONT_TYPES = {f"<{ONTOLOGY}{t}>": t for t in ENTITY_TYPES}
_P = {name: f"<{ns}{local}>" for name, ns, local in (
    ("label", RDFS, "label"), ("alt", SKOS, "altLabel"), ("code", ONTOLOGY, "code"), ("lat", GEO, "lat"),
    ("long", GEO, "long"), ("entity", ONTOLOGY, "entity"), ("from", PROV, "wasDerivedFrom"),
    ("sentence", ONTOLOGY, "sentence"), ("start", ONTOLOGY, "start"), ("end", ONTOLOGY, "end"),
    ("role", ONTOLOGY, "role"), ("subject", RDF, "subject"), ("predicate", RDF, "predicate"),
    ("object", RDF, "object"), ("url", SCHEMA, "url"), ("date", SCHEMA, "datePublished"),
    ("source", ONTOLOGY, "source"), ("note", SCHEMA, "disambiguatingDescription"))}
_MENTION = f"<{ONTOLOGY}Mention>"
_STATEMENT = f"<{RDF}Statement>"
_DOCUMENT = f"<{ONTOLOGY}Document>"


def _value(term: str) -> str:
    """The lexical form of an N-Triples-form literal, or the IRI of <…>."""
    if term.startswith("<"):
        return term[1:-1]
    end = term.rindex('"')
    return _unescape(term[1:end])


def _lang(term: str) -> str:
    end = term.rindex('"')
    return term[end + 2:] if term[end + 1:end + 2] == "@" else ""


def _unescape(body: str) -> str:
    if "\\" not in body:
        return body
    import re

    simple = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "'": "'"}
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)",
                  lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] in "uU" and len(m.group(1)) > 1
                  else simple.get(m.group(1), m.group(1)), body)


def _document_id(doc_iri: str) -> str:
    return unquote(doc_iri[len(DOC_PREFIX):]) if doc_iri.startswith(DOC_PREFIX) else doc_iri


def records(triples: Iterator[Triple]) -> KnowledgeGraph:
    """The KnowledgeGraph described by the triples of a graph we wrote."""
    props: dict[str, dict[str, list[str]]] = {}
    for s, p, o in triples:
        props.setdefault(s, {}).setdefault(p, []).append(o)
    kg = KnowledgeGraph()
    evidence: dict[str, list[Evidence]] = {}
    relations: dict[tuple[str, str, str, str], list[Evidence]] = {}

    def one(node: dict[str, list[str]], name: str) -> str:
        values = node.get(_P[name])
        return _value(min(values)) if values else ""

    def provenance(node: dict[str, list[str]]) -> Evidence | None:
        if _P["from"] not in node:
            return None
        return Evidence(_document_id(one(node, "from")), one(node, "sentence"), int(one(node, "start") or 0),
                        int(one(node, "end") or 0))

    for subject, node in props.items():
        types = node.get(_TYPE, ())
        if _MENTION in types:
            ev = provenance(node)
            if ev is not None:
                evidence.setdefault(node[_P["entity"]][0], []).append(ev)
        elif _STATEMENT in types:
            pred = _value(node[_P["predicate"]][0])
            if not pred.startswith(ONTOLOGY):
                continue
            key = (_value(node[_P["subject"]][0]), pred[len(ONTOLOGY):], _value(node[_P["object"]][0]), one(node, "role"))
            ev = provenance(node)
            relations.setdefault(key, []).extend([ev] if ev is not None else [])
        elif _DOCUMENT in types:
            doc_id = _document_id(subject[1:-1])
            label = node.get(_P["label"], [""])[0]
            kg.documents[doc_id] = DocumentInfo(doc_id, one(node, "source"), _value(label) if _lang(label) else "",
                                                one(node, "date"), one(node, "url"))
    for subject, node in props.items():
        kinds = [_ONT_TYPES[t] for t in node.get(_TYPE, ()) if t in _ONT_TYPES]
        if not kinds:
            continue
        key = subject[1:-1]
        name = one(node, "label")
        lat, lon = one(node, "lat"), one(node, "long")
        kg.entities[key] = Entity(key, kinds[0], name, frozenset(_value(a) for a in node.get(_P["alt"], ())),
                                  one(node, "code"), tuple(sorted(evidence.get(subject, ()))),
                                  float(lat) if lat else None, float(lon) if lon else None, note=one(node, "note"))
    kg.relations = [Relation(h, p, t, role, tuple(sorted(evs))) for (h, p, t, role), evs in sorted(relations.items())]
    return kg


def load_graph(path: str | Path) -> LoadedGraph:
    """The KnowledgeGraph of a graph file or output folder (GraphFileError when there is none)."""
    source = graph_file(path)
    kg = records(file_triples(source))
    return LoadedGraph(kg.documents, kg.entities, kg.relations, kg.errors, path=source)
