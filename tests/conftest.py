"""Shared fixtures: the graph built from the seed documents, and paths to ../shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
GOLD = SHARED / "gold"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the calling test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


def facts(dg, predicate: str) -> set[tuple[str, str]]:
    """(head name, tail name) of a document graph's relations of one predicate."""
    names = {e.key: e.name for e in dg.entities}
    return {(names[r.head], names[r.tail]) for r in dg.relations if r.predicate == predicate}


@pytest.fixture(scope="session")
def seed_graph():
    """The KnowledgeGraph built from sources/ (the five seed documents)."""
    from graph.pipeline import build_graph

    return build_graph([SOURCES])


@pytest.fixture(scope="session")
def seed_output(tmp_path_factory, seed_graph):
    """sources/ built into a temporary output folder with every format; returns the folder."""
    from graph.pipeline import write_outputs, _writers

    out = tmp_path_factory.mktemp("output")
    write_outputs(seed_graph, out, tuple(_writers()))
    return out
