"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint plus the output folder's files.

    server = make_server("output", host="127.0.0.1", port=8000)
    server.serve_forever()

* /sparql — GET ?query=…, POST application/x-www-form-urlencoded (query=…) or
  application/sparql-query.  Results as application/sparql-results+json (default) or text/csv
  when the Accept header asks for it; CONSTRUCT/DESCRIBE as application/n-triples.  Updates
  (an `update=` parameter, application/sparql-update, or an update in `query`) get 400.
  Time-out → 503, result cap → the first `limit` rows (header X-Result-Truncated: true).
* / — graph.html; any other file of the folder by name.  Paths are resolved and must stay inside
  the folder (no traversal, no listing, no dot files).

Standard library only (ThreadingHTTPServer); binds to 127.0.0.1 unless told otherwise.  The
graph file (graph.ttl, else graph.trig) is loaded once, at start-up, so a broken file fails early
(the build's query store, graph.store, is opened read-only instead when it is current: start-up in
well under a second on a corpus-sized graph; `server.source` says which and why),
by a query process (graph.query.QueryProcess) that is killed and restarted when a query overruns
its time-out: a runaway query gets 503 and does not go on using the machine.
"""
from __future__ import annotations

import json
import mimetypes
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from .query import GraphSource, QueryError, QueryProcess, QueryTimeout, graph_source, to_csv, to_json
from .store import STORE_NAME

MAX_BODY = 1 << 20  # a SPARQL query longer than 1 MiB is not a query
GRAPH_FILES = ("graph.ttl", "graph.trig")


def find_graph(graph_dir: Path) -> Path:
    for name in GRAPH_FILES:
        if (graph_dir / name).is_file():
            return graph_dir / name
    raise FileNotFoundError(f"{graph_dir}: no {' or '.join(GRAPH_FILES)} to serve (run `kg build` first)")


def _ntriples(result) -> str:
    def term(t) -> str:
        if t.kind == "uri":
            return f"<{t.value}>"
        if t.kind == "bnode":
            return f"_:{t.value}"
        from .write.rdf import literal

        return literal(t.value, lang=t.lang, datatype=t.datatype)

    return "".join(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in result.terms)


class SparqlHandler(BaseHTTPRequestHandler):
    server_version = "cnkg-sparql/0.1"
    # set per server by make_server
    root: Path = Path(".")
    timeout_s: float = 30.0
    limit: int = 10000

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - library must not print
        pass

    # --- responses ---

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    # --- SPARQL ---

    def _answer(self, sparql: str | None) -> None:
        if not sparql:
            self._error(HTTPStatus.BAD_REQUEST, "missing 'query' parameter")
            return
        try:
            result = self.server.queries.query(sparql, timeout=self.timeout_s, limit=self.limit)
        except QueryTimeout as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        except QueryError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        extra = {"X-Result-Truncated": "true"} if getattr(result, "truncated", False) else {}
        accept = self.headers.get("Accept", "")
        if not isinstance(result, bool) and result.form in ("CONSTRUCT", "DESCRIBE"):
            self._send(200, _ntriples(result).encode("utf-8"), "application/n-triples; charset=utf-8", extra)
        elif "text/csv" in accept and "sparql-results+json" not in accept:
            self._send(200, to_csv(result).encode("utf-8"), "text/csv; charset=utf-8", extra)
        else:
            body = json.dumps(to_json(result), ensure_ascii=False).encode("utf-8")
            self._send(200, body, "application/sparql-results+json; charset=utf-8", extra)

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        parts = urlsplit(self.path)
        if parts.path == "/sparql":
            params = parse_qs(parts.query)
            if "update" in params:
                self._error(HTTPStatus.BAD_REQUEST, "SPARQL Update is refused: this endpoint is read-only")
                return
            self._answer((params.get("query") or [None])[0])
            return
        self._file(parts.path)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        if urlsplit(self.path).path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "POST only to /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query body missing or too large")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            self._error(HTTPStatus.BAD_REQUEST, "SPARQL Update is refused: this endpoint is read-only")
        elif ctype == "application/sparql-query":
            self._answer(body)
        elif ctype == "application/x-www-form-urlencoded":
            params = parse_qs(body)
            if "update" in params:
                self._error(HTTPStatus.BAD_REQUEST, "SPARQL Update is refused: this endpoint is read-only")
            else:
                self._answer((params.get("query") or [None])[0])
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {ctype!r}")

    # --- files ---

    def _file(self, url_path: str) -> None:
        name = unquote(url_path).lstrip("/") or "graph.html"
        root = self.root.resolve()
        target = (root / name).resolve()
        # no traversal, no hidden files (atomic_open's temporaries start with a dot), and not the query
        # store's database files (answers come from /sparql)
        if not target.is_relative_to(root) or any(part.startswith(".") for part in target.relative_to(root).parts) \
                or target.relative_to(root).parts[:1] == (STORE_NAME,):
            self._error(HTTPStatus.NOT_FOUND, "not found")
            return
        if not target.is_file():
            self._error(HTTPStatus.NOT_FOUND, "not found")
            return
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix == ".ttl":
            ctype = "text/turtle"
        elif target.suffix == ".trig":
            ctype = "application/trig"
        if ctype.startswith("text/") or ctype in ("application/json", "application/trig"):
            ctype += "; charset=utf-8"
        self._send(200, target.read_bytes(), ctype)


def make_server(graph_dir: str | Path = "output", *, host: str = "127.0.0.1", port: int = 8000,
                timeout: float = 30.0, limit: int = 10000) -> ThreadingHTTPServer:
    """A ready-to-run server (call serve_forever); port 0 picks a free port."""
    root = Path(graph_dir)
    graph = find_graph(root)
    source = graph_source(graph)  # the build's query store when current, opened read-only by the child
    queries = QueryProcess(graph).start()  # fail now, with the file name, rather than at the first query
    handler = type("Handler", (SparqlHandler,), {"root": root, "timeout_s": timeout, "limit": limit})
    try:
        server = _Server((host, port), handler)
    except OSError:
        queries.close()
        raise
    server.queries = queries
    server.source = source
    server.daemon_threads = True
    return server


class _Server(ThreadingHTTPServer):
    queries: QueryProcess
    source: GraphSource  # what answers: the persisted store, or graph.ttl parsed (and why)

    def server_close(self) -> None:
        super().server_close()
        self.queries.close()  # the query process goes with the server
