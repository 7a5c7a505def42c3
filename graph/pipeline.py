"""The library API: build a knowledge graph from files, the same calls the CLI makes.

    from graph.pipeline import build_graph, build
    kg = build_graph(["sources"])             # KnowledgeGraph in memory
    report = build(["sources"], "output")     # and write output/graph.ttl, graph.html, ...
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .clean import clean
from .extract import extract
from .read import iter_documents
from .records import BuildError, DocGraph, Document, KnowledgeGraph
from .resolve import merge

DEFAULT_SOURCES = "sources"
DEFAULT_OUTPUT = "output"
DEFAULT_FORMATS = ("ttl", "trig", "html")


@dataclass
class BuildReport:
    documents: int = 0
    entities: int = 0
    relations: int = 0
    errors: list[BuildError] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    seconds: float = 0.0
    characters: int = 0


def extract_document(doc: Document) -> DocGraph:
    """One document through the per-document stages: clean, then extract."""
    return extract(clean(doc))


def iter_doc_graphs(paths: Sequence[str | Path], errors: list[BuildError]) -> Iterable[DocGraph]:
    for item in iter_documents(paths):
        if isinstance(item, BuildError):
            errors.append(item)
            continue
        try:
            yield extract_document(item)
        except Exception as exc:  # one bad document must not stop the build
            errors.append(BuildError(item.source, f"extraction failed: {type(exc).__name__}: {exc}"))


def build_graph(paths: Sequence[str | Path] = (DEFAULT_SOURCES,)) -> KnowledgeGraph:
    errors: list[BuildError] = []
    kg = merge(iter_doc_graphs(paths, errors))
    kg.errors.extend(errors)
    return kg


WRITERS: dict[str, tuple[str, Callable[[KnowledgeGraph, Path], None]]] = {}


def _writers() -> dict[str, tuple[str, Callable[[KnowledgeGraph, Path], None]]]:
    # imported lazily so that a notebook user who only wants build_graph does not pay for them
    from .write import html, rdf

    table = {
        "ttl": ("graph.ttl", rdf.write_turtle),
        "trig": ("graph.trig", rdf.write_trig),
        "html": ("graph.html", html.write_html),
    }
    try:
        from .write import exports
    except ImportError:
        return table
    for fmt, (filename, writer) in exports.EXPORTS.items():
        table[fmt] = (filename, writer)
    return table


def write_outputs(kg: KnowledgeGraph, outdir: str | Path, formats: Sequence[str] = DEFAULT_FORMATS) -> list[str]:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    table = _writers()
    unknown = [f for f in formats if f not in table]
    if unknown:
        raise ValueError(f"unknown output format(s): {', '.join(unknown)}; known: {', '.join(sorted(table))}")
    written = []
    for fmt in formats:
        filename, writer = table[fmt]
        writer(kg, outdir / filename)
        written.append(str(outdir / filename))
    return written


def build(paths: Sequence[str | Path] = (DEFAULT_SOURCES,), outdir: str | Path = DEFAULT_OUTPUT,
          formats: Sequence[str] = DEFAULT_FORMATS) -> BuildReport:
    started = time.perf_counter()
    kg = build_graph(paths)
    report = BuildReport(documents=len(kg.documents), entities=len(kg.entities),
                         relations=len(kg.relations), errors=list(kg.errors))
    report.outputs = write_outputs(kg, outdir, formats)
    report.seconds = time.perf_counter() - started
    return report
