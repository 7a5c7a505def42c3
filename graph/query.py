"""SPARQL over a written graph (graph.ttl / graph.trig / .nt / .nq), read-only.

    from graph.query import query
    result = query("output/graph.ttl", "SELECT ?s WHERE { ?s a ont:Person }")

Engines: "oxigraph" (pyoxigraph, in-memory store, fast) or "rdflib" (the reference reader).
Only SELECT, ASK, CONSTRUCT and DESCRIBE are accepted: the query form is checked before any
engine sees the text, so SPARQL Update (INSERT, DELETE, LOAD, DROP, …) is refused with a clear
error.  The prefixes of graph.write.rdf (ont:, rdfs:, org:, …) are predeclared.  For a TriG file
the default graph is the union of all graphs, so the same query works on both files.

Time-out and result cap are cooperative: rows are pulled lazily and the deadline is checked per
row, so a streaming query stops at the cap or the deadline; a query that blocks inside the engine
(a big ORDER BY or aggregate) is abandoned by `run_with_timeout` — the caller gets QueryTimeout at
the deadline while the engine thread finishes in the background.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from .write.rdf import PREFIXES

ENGINES = ("oxigraph", "rdflib")
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


class QueryError(ValueError):
    """A query that is refused or fails; the message says why."""


class QueryTimeout(QueryError):
    pass


@dataclass(frozen=True)
class Term:
    """One RDF term of a result, enough for SPARQL 1.1 results JSON."""

    kind: str  # "uri" | "literal" | "bnode" | "triple"
    value: str
    lang: str = ""
    datatype: str = ""


@dataclass
class QueryResult:
    """SELECT: columns and rows of plain strings ("" for unbound); CONSTRUCT/DESCRIBE: s, p, o rows.

    `terms` carries the typed terms (None for unbound) for serialisers; `truncated` says the
    result cap cut the answer.
    """

    columns: list[str]
    rows: list[tuple[str, ...]]
    terms: list[tuple[Term | None, ...]] = field(default_factory=list, repr=False)
    truncated: bool = False
    form: str = "SELECT"


# --- checking the query text ---------------------------------------------------------------

# comments, strings and IRIs may contain any word; blank them before looking for keywords
_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_KEYWORD = re.compile(r"(?<![\w:?$])[A-Za-z]+(?![\w:])")
_UPDATE_OP = re.compile(r"(?i)(?:^|[;}])\s*(" + "|".join(UPDATE_WORDS) + r")(?![\w:])")


def query_form(sparql: str) -> str:
    """SELECT/ASK/CONSTRUCT/DESCRIBE, or QueryError (SPARQL Update and anything else refused)."""
    text = _NOISE.sub(" ", sparql)
    # skip the prologue (PREFIX name: <iri>, BASE <iri>; the IRIs are blanked already)
    body = re.sub(r"(?i)\b(?:PREFIX\s+[\w.-]*:|BASE)(?![\w:])", " ", text).strip()
    words = _KEYWORD.findall(body)
    if not words:
        raise QueryError("empty query")
    form = words[0].upper()
    # an update operation at the start or after ';' or '}' (INSERT DATA, DELETE WHERE, LOAD, DROP …)
    if form in UPDATE_WORDS or _UPDATE_OP.search(body):
        raise QueryError("SPARQL Update is refused: this endpoint is read-only (use SELECT, ASK, CONSTRUCT or DESCRIBE)")
    if form not in FORMS:
        raise QueryError(f"unsupported query form {form!r}: only SELECT, ASK, CONSTRUCT and DESCRIBE are accepted")
    if any(w.upper() == "SERVICE" for w in words):
        # federated queries would make the engine fetch from any host the machine can reach
        raise QueryError("SERVICE (federated query) is refused: queries run over the local graph only")
    return form


def _prologue(sparql: str) -> str:
    """Predeclare our prefixes unless the query declares the same name itself."""
    declared = {m.lower() for m in re.findall(r"(?i)PREFIX\s+([\w.-]*):", _NOISE.sub(" ", sparql))}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p.lower() not in declared]
    return "\n".join(lines) + "\n" + sparql


def load_query_text(query_or_path: str) -> str:
    """A query string, or the text of a .rq/.sparql file."""
    if query_or_path.endswith((".rq", ".sparql")) and "\n" not in query_or_path:
        path = Path(query_or_path)
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read query file: {exc}") from exc
    return query_or_path


# --- loading graphs ------------------------------------------------------------------------

_OXI_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".jsonld": "JSON_LD"}
_RDFLIB_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld"}


def _check_path(path: Path, table: dict[str, str]) -> None:
    if path.suffix not in table:
        raise QueryError(f"{path}: unknown graph format {path.suffix!r}; expected one of {', '.join(table)}")
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file")


def load_store(path: str | Path) -> Any:
    """A pyoxigraph in-memory Store holding the file (cached per path and modification time)."""
    path = Path(path)
    _check_path(path, _OXI_FORMATS)
    return _load_store(str(path.resolve()), path.stat().st_mtime_ns)


@lru_cache(maxsize=4)  # lazily cached reference data: the last few graphs queried
def _load_store(path: str, mtime: int) -> Any:
    import pyoxigraph

    store = pyoxigraph.Store()
    try:
        store.bulk_load(path=path, format=getattr(pyoxigraph.RdfFormat, _OXI_FORMATS[Path(path).suffix]))
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot load graph: {exc}") from exc
    return store


def load_rdflib(path: str | Path) -> Any:
    path = Path(path)
    _check_path(path, _RDFLIB_FORMATS)
    return _load_rdflib(str(path.resolve()), path.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _load_rdflib(path: str, mtime: int) -> Any:
    import rdflib

    fmt = _RDFLIB_FORMATS[Path(path).suffix]
    graph = rdflib.Dataset(default_union=True) if fmt in ("trig", "nquads") else rdflib.Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise QueryError(f"{path}: cannot load graph: {exc}") from exc
    return graph


# --- running -------------------------------------------------------------------------------


def _oxi_term(term: Any) -> Term | None:
    import pyoxigraph

    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, pyoxigraph.Literal):
        dt = term.datatype.value
        if term.language:
            return Term("literal", term.value, lang=term.language)
        return Term("literal", term.value, datatype="" if dt.endswith("#string") else dt)
    return Term("triple", str(term))


def _rdflib_term(term: Any) -> Term | None:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return Term("uri", str(term))
    if isinstance(term, rdflib.BNode):
        return Term("bnode", str(term))
    if isinstance(term, rdflib.Literal):
        return Term("literal", str(term), lang=term.language or "",
                    datatype=str(term.datatype) if term.datatype and not term.language else "")
    return Term("triple", str(term))


def _collect(columns: list[str], rows: Iterable[tuple[Term | None, ...]], form: str, limit: int,
             deadline: float) -> QueryResult:
    result = QueryResult(columns=columns, rows=[], form=form)
    for row in rows:
        if len(result.rows) >= limit:
            result.truncated = True
            break
        if time.monotonic() > deadline:
            raise QueryTimeout("query timed out")
        result.terms.append(row)
        result.rows.append(tuple(t.value if t else "" for t in row))
    return result


def _run_oxigraph(graph_path: Path, sparql: str, form: str, limit: int, deadline: float) -> QueryResult | bool:
    store = load_store(graph_path)
    try:
        answer = store.query(sparql, use_default_graph_as_union=graph_path.suffix in (".trig", ".nq"))
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from exc
    if form == "ASK":
        return bool(answer)
    if form == "SELECT":
        columns = [v.value for v in answer.variables]
        rows = (tuple(_oxi_term(sol[c]) for c in columns) for sol in answer)
        return _collect(columns, rows, form, limit, deadline)
    triples = ((_oxi_term(t.subject), _oxi_term(t.predicate), _oxi_term(t.object)) for t in answer)
    return _collect(["subject", "predicate", "object"], triples, form, limit, deadline)


def _run_rdflib(graph_path: Path, sparql: str, form: str, limit: int, deadline: float) -> QueryResult | bool:
    graph = load_rdflib(graph_path)
    try:
        answer = graph.query(sparql)
    except Exception as exc:  # pyparsing and evaluation errors
        raise QueryError(f"SPARQL error: {exc}") from exc
    if form == "ASK":
        return bool(answer.askAnswer)
    if form == "SELECT":
        columns = [str(v) for v in answer.vars]
        rows = (tuple(_rdflib_term(v) for v in row) for row in answer)
        return _collect(columns, rows, form, limit, deadline)
    triples = (tuple(_rdflib_term(t) for t in triple) for triple in answer)
    return _collect(["subject", "predicate", "object"], triples, form, limit, deadline)


def run_with_timeout(func: Callable[[], Any], timeout: float) -> Any:
    """Run func in a daemon thread; QueryTimeout if it has not returned after `timeout` seconds."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # handed to the caller below
            # without its traceback: the frames hold the engine's result iterator, which pyoxigraph
            # only lets the thread that made it drop
            box["error"] = exc.with_traceback(None)

    worker = threading.Thread(target=target, daemon=True, name="sparql-query")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeout(f"query timed out after {timeout:g} s")
    if "error" in box:
        raise box["error"]
    return box["value"]


def query(graph_path: Path | str, sparql: str, *, engine: str = "oxigraph", timeout: float = 30,
          limit: int = 10000) -> QueryResult | bool:
    """Run a read-only SPARQL query over a graph file: QueryResult, or bool for ASK."""
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    form = query_form(sparql)
    if engine == "rdflib" and any(w.upper() == "FROM" for w in _KEYWORD.findall(_NOISE.sub(" ", sparql))):
        # rdflib loads FROM <url> graphs by dereferencing them: a download, and not our graph
        raise QueryError("FROM / FROM NAMED is refused with the rdflib engine (it would fetch the IRI); use engine oxigraph")
    text = _prologue(sparql)
    path = Path(graph_path)
    deadline = time.monotonic() + timeout
    runner = _run_oxigraph if engine == "oxigraph" else _run_rdflib
    return run_with_timeout(lambda: runner(path, text, form, limit, deadline), timeout)


# --- result serialisation ------------------------------------------------------------------


def _json_term(term: Term) -> dict[str, str]:
    out = {"type": term.kind if term.kind != "triple" else "literal", "value": term.value}
    if term.lang:
        out["xml:lang"] = term.lang
    elif term.datatype:
        out["datatype"] = term.datatype
    return out


def to_json(result: QueryResult | bool) -> dict:
    """SPARQL 1.1 Query Results JSON (CONSTRUCT/DESCRIBE as subject/predicate/object bindings)."""
    if isinstance(result, bool):
        return {"head": {}, "boolean": result}
    bindings = [{c: _json_term(t) for c, t in zip(result.columns, row) if t is not None} for row in result.terms]
    return {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}


def to_csv(result: QueryResult | bool) -> str:
    """SPARQL 1.1 Query Results CSV (CRLF line ends, as the spec says)."""
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if isinstance(result, bool):
        writer.writerow(["boolean"])
        writer.writerow(["true" if result else "false"])
    else:
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    return buf.getvalue()


def to_table(result: QueryResult | bool) -> str:
    """A plain text table for the terminal (Chinese characters count double width)."""
    if isinstance(result, bool):
        return "true" if result else "false"
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)

    def cell(s: str) -> str:
        return s.replace("\n", " ").replace("\r", " ")

    rows = [tuple(cell(v) for v in row) for row in result.rows]
    widths = [max([width(c)] + [width(r[i]) for r in rows]) for i, c in enumerate(result.columns)]
    def line(values: tuple[str, ...] | list[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()
    out = [line(result.columns), line(["-" * w for w in widths])] + [line(r) for r in rows]
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', truncated' if result.truncated else ''})"
    return "\n".join(out + [footer])
