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
the deadline while the engine thread finishes in the background.  That is enough for a one-shot
`kg query`, whose process ends anyway; a long-running server uses `QueryProcess`, which answers in
a child process holding the loaded graph and kills it at the deadline (a hard limit: a runaway
query cannot keep a core busy or hold memory after its caller has been told it timed out).
"""
from __future__ import annotations

import multiprocessing
import re
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .write.rdf import PREFIXES

if TYPE_CHECKING:
    from .store import StoreStatus

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
    return "\n".join(lines) + "\n"


# --- parameters and positions --------------------------------------------------------------
# The engine sees more than the user wrote: our prefixes before it and, for --param, a VALUES
# block inside it.  PreparedQuery remembers what was added where, so that an error position the
# engine reports is translated back to a line and column of the user's own text.

_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LITERAL = re.compile(r'^"(?:[^"\\\n\r]|\\.)*"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^<[^<>"{}|^`\\\s]*>)?$')
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class PreparedQuery:
    """The text the engine runs, and the spans of it we added: (offset in text, length)."""

    text: str
    user: str
    added: tuple[tuple[int, int], ...]

    def user_offset(self, offset: int) -> int | None:
        """Offset in the user's text of `offset` in ours; None inside what we added."""
        shift = 0
        for start, length in self.added:
            if offset >= start + length:
                shift += length
            elif offset >= start:
                return None
        return offset - shift


def parameter_term(value: str) -> str:
    """A --param value as one SPARQL term, escaped so it can never close the literal and inject
    query text: a number stays a number, an http(s) IRI an IRI, a value already written as a
    SPARQL literal ("330604", "abc"@en) is taken as is, and anything else is a Chinese label
    ("浙江省"@zh), as every label in the graph is."""
    from .write.rdf import escape_literal, safe_iri

    value = value.strip()
    if _NUMBER.match(value):
        return value
    if _LITERAL.match(value):
        return value
    if re.match(r"^<?https?://", value):
        return f"<{safe_iri(value.strip('<>'))}>"
    return f'"{escape_literal(value)}"@zh'


def prepare(sparql: str, params: dict[str, str] | None = None) -> PreparedQuery:
    """Prefixes and parameter bindings around the user's query, with what was added recorded."""
    prologue = _prologue(sparql)
    added = [(0, len(prologue))]
    body = sparql
    if params:
        blanked = _NOISE.sub(lambda m: " " * len(m.group()), sparql)
        for name in params:
            if not _PARAM_NAME.match(name):
                raise QueryError(f"--param {name!r}: a parameter is a variable name (letters, digits, _)")
            if not re.search(rf"[?$]{name}(?![\w])", blanked):
                raise QueryError(f"--param {name}: the query has no variable ?{name}")
        values = "VALUES (" + " ".join(f"?{n}" for n in params) + ") { (" + \
                 " ".join(parameter_term(v) for v in params.values()) + ") } "
        # inside the outermost WHERE group, first: the engine then joins from the bound values on,
        # instead of computing every answer and filtering at the end
        where = re.search(r"(?i)\bWHERE\s*\{", blanked)
        brace = where.end() if where else (blanked.find("{") + 1 if query_form(sparql) != "CONSTRUCT" else 0)
        if brace <= 0:
            raise QueryError("--param: the query has no WHERE group to bind parameters in")
        body = sparql[:brace] + " " + values + sparql[brace:]
        added.append((len(prologue) + brace, len(values) + 1))
    return PreparedQuery(prologue + body, sparql, tuple(added))


_OXI_POSITION = re.compile(r"\b(at )(\d+):(\d+)(?:-(\d+):(\d+))?")
_RDFLIB_POSITION = re.compile(r"\(at char (\d+)\), \(line:(\d+), col:(\d+)\)")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _offset(text: str, line: int, col: int) -> int:
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return len(text)
    return start + col - 1


def user_positions(message: str, prepared: PreparedQuery) -> str:
    """The engine's message with its line:column positions moved into the user's text."""
    def mapped(line: int, col: int) -> str | None:
        user = prepared.user_offset(_offset(prepared.text, line, col))
        if user is None:
            return None
        ul, uc = _line_col(prepared.user, user)
        return f"{ul}:{uc}"

    def oxi(m: re.Match) -> str:
        first = mapped(int(m.group(2)), int(m.group(3)))
        if first is None:
            return m.group(0) + " (in the text kg query adds)"
        second = mapped(int(m.group(4)), int(m.group(5))) if m.group(4) else None
        return f"{m.group(1)}line {first.replace(':', ', column ')}" + (f" to {second}" if second else "")

    def rdflib_pos(m: re.Match) -> str:
        user = prepared.user_offset(int(m.group(1)))
        if user is None:
            return m.group(0) + " (in the text kg query adds)"
        line, col = _line_col(prepared.user, user)
        return f"(at line {line}, column {col})"

    return _RDFLIB_POSITION.sub(rdflib_pos, _OXI_POSITION.sub(oxi, message))


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


@dataclass(frozen=True)
class GraphSource:
    """What answers queries over a graph file: the build's persisted store beside it when that is
    current (graph/store.py), else the file, parsed.  `notice` says why a graph.ttl is parsed (no
    store, or a stale one); the CLI prints it, library callers decide."""

    graph: Path
    store: Path | None = None
    notice: str = ""


def graph_source(graph_path: str | Path) -> GraphSource:
    from . import store

    path = Path(graph_path)
    if path.name != store.GRAPH_NAME:
        return GraphSource(path)  # a file of the user's own, or TriG: parsed, as always
    try:
        st = path.stat()
    except OSError:
        return GraphSource(path)  # _check_path reports it
    found = _store_status(str(path.resolve()), st.st_size, st.st_mtime_ns, _fingerprint_mtime(store.store_path(path)))
    if found.current:
        return GraphSource(path, found.store)
    return GraphSource(path, None, f"{found.reason}; parsing {path} instead (slower)")


def _fingerprint_mtime(store_dir: Path) -> int:
    from .store import FINGERPRINT_NAME

    try:
        return (store_dir / FINGERPRINT_NAME).stat().st_mtime_ns
    except OSError:
        return 0


@lru_cache(maxsize=8)  # the graph file hashed at most once per state of it and of its store
def _store_status(path: str, size: int, mtime: int, fingerprint_mtime: int) -> StoreStatus:
    from . import store

    return store.status(path)


def load_store(path: str | Path) -> Any:
    """A pyoxigraph Store for the file: the build's store beside it, opened read-only, when current;
    else an in-memory one loaded from the file (each cached per path and modification time)."""
    path = Path(path)
    _check_path(path, _OXI_FORMATS)
    source = graph_source(path)
    if source.store is not None:
        try:
            return _open_persisted(str(source.store.resolve()), _fingerprint_mtime(source.store))
        except OSError:
            pass  # damaged or unreadable: the file is still there to be parsed
    return _load_store(str(path.resolve()), path.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _open_persisted(store_dir: str, fingerprint_mtime: int) -> Any:
    from . import store

    return store.open_read_only(Path(store_dir))


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


def _run_oxigraph(graph_path: Path, prepared: PreparedQuery, form: str, limit: int, deadline: float) -> QueryResult | bool:
    store = load_store(graph_path)
    try:
        answer = store.query(prepared.text, use_default_graph_as_union=graph_path.suffix in (".trig", ".nq"))
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {user_positions(str(exc), prepared)}") from exc
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


def _run_rdflib(graph_path: Path, prepared: PreparedQuery, form: str, limit: int, deadline: float) -> QueryResult | bool:
    graph = load_rdflib(graph_path)
    try:
        answer = graph.query(prepared.text)
    except Exception as exc:  # pyparsing and evaluation errors
        raise QueryError(f"SPARQL error: {user_positions(str(exc), prepared)}") from exc
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
          limit: int = 10000, params: dict[str, str] | None = None) -> QueryResult | bool:
    """Run a read-only SPARQL query over a graph file: QueryResult, or bool for ASK.

    params: variable name -> value, bound with VALUES (see `prepare` and `parameter_term`)."""
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    form = query_form(sparql)
    if engine == "rdflib" and any(w.upper() == "FROM" for w in _KEYWORD.findall(_NOISE.sub(" ", sparql))):
        # rdflib loads FROM <url> graphs by dereferencing them: a download, and not our graph
        raise QueryError("FROM / FROM NAMED is refused with the rdflib engine (it would fetch the IRI); use engine oxigraph")
    prepared = prepare(sparql, params)
    path = Path(graph_path)
    deadline = time.monotonic() + timeout
    runner = _run_oxigraph if engine == "oxigraph" else _run_rdflib
    return run_with_timeout(lambda: runner(path, prepared, form, limit, deadline), timeout)


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


# --- a hard time limit: queries in a child process -------------------------------------------

_KILL_GRACE = 1.0  # seconds past the deadline before the child is killed (its own limit fires first)


def _answer_queries(conn: Any, graph_path: str, engine: str) -> None:
    """Child process: load the graph once, then answer (sparql, timeout, limit) messages until EOF."""
    try:
        (load_store if engine == "oxigraph" else load_rdflib)(graph_path)
    except Exception as exc:  # reported to the parent, which raises it
        conn.send(("error", QueryError(f"{graph_path}: cannot load the graph: {exc}")))
        return
    conn.send(("ready", None))
    while True:
        try:
            sparql, timeout, limit = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", query(graph_path, sparql, engine=engine, timeout=timeout, limit=limit)))
        except QueryError as exc:  # sent as a fresh one of its kind: its cause may not pickle
            conn.send(("error", type(exc)(str(exc))))
        except Exception as exc:  # an engine failure is this query's error, not the server's
            conn.send(("error", QueryError(f"query failed: {type(exc).__name__}: {exc}")))


class QueryProcess:
    """Answers queries over one graph file in a child process that is killed when a query overruns.

        service = QueryProcess("output/graph.ttl").start()   # loads the graph in the child
        result = service.query("SELECT …", timeout=30, limit=10000)
        service.close()

    One query runs at a time (a lock; a caller that cannot get it within its own time-out gets
    QueryTimeout).  After a kill a fresh child is started at once, so the graph is loading again
    while the caller is being told about the time-out; the next query waits for it to be ready.
    """

    def __init__(self, graph_path: str | Path, engine: str = "oxigraph"):
        if engine not in ENGINES:
            raise QueryError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
        self.graph_path = str(graph_path)
        self.engine = engine
        # spawn, not fork: the parent is a threaded server, and a forked child would inherit its locks
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._proc: Any = None
        self._conn: Any = None
        self._ready = False

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> "QueryProcess":
        """Start the child and wait until the graph is loaded; QueryError if it cannot be."""
        with self._lock:
            self._spawn()
            self._wait_ready()
        return self

    def _spawn(self) -> None:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_answer_queries, args=(child, self.graph_path, self.engine),
                                 daemon=True, name="sparql-worker")
        proc.start()
        child.close()
        self._proc, self._conn, self._ready = proc, parent, False

    def _wait_ready(self) -> None:
        if self._ready:
            return
        try:
            status, payload = self._conn.recv()  # loading takes as long as it takes; it is not a query
        except (EOFError, OSError) as exc:
            self._kill()
            raise QueryError(f"{self.graph_path}: the query process ended while loading the graph") from exc
        if status == "error":
            self._kill()
            raise payload
        self._ready = True

    def _kill(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join()
            self._conn.close()
        self._proc = self._conn = None
        self._ready = False

    def _restart(self) -> None:
        """End the child, whatever it is doing, and start loading a fresh one for the next caller."""
        self._kill()
        self._spawn()

    def query(self, sparql: str, *, timeout: float = 30, limit: int = 10000) -> QueryResult | bool:
        query_form(sparql)  # refuse updates here, before anything reaches the child
        if not self._lock.acquire(timeout=timeout):
            raise QueryTimeout(f"query timed out after {timeout:g} s (waiting for another query)")
        try:
            if self._proc is None or not self._proc.is_alive():
                self._spawn()
            self._wait_ready()
            self._conn.send((sparql, timeout, limit))
            if not self._conn.poll(timeout + _KILL_GRACE):
                self._restart()
                raise QueryTimeout(f"query timed out after {timeout:g} s (stopped)")
            try:
                status, payload = self._conn.recv()
            except (EOFError, OSError) as exc:
                self._kill()
                raise QueryError("the query process died during the query") from exc
            if isinstance(payload, QueryTimeout):
                self._restart()  # the child gave up waiting, but its engine thread may still be running
        finally:
            self._lock.release()
        if status == "error":
            raise payload
        return payload

    def close(self) -> None:
        with self._lock:
            self._kill()
