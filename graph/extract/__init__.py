"""Extraction stage: CleanText -> DocGraph (entities and relations of one document, with evidence).

The finders each do one job on the clean text (places.py, people.py, orgs.py, programmes.py, with the
mention model in mentions.py); document.py turns their mentions into one document's graph.

The package itself stays light: resolution imports the lexicon, names, organisation and token modules
from here, and the process that merges and writes (a rebuild of a large archive) would otherwise load the
mention model's numpy, the programme and people finders (0.3 s) it never runs.  `extract`, `tag_many` and
`mention_spans` are loaded on first use.
"""
from __future__ import annotations

__all__ = ["extract", "tag_many", "mention_spans", "EXTRACTOR_VERSION"]

# bump when extraction output changes, so that cached document graphs are not reused
EXTRACTOR_VERSION = "3"

_DOCUMENT = ("extract", "tag_many", "mention_spans")


def __getattr__(name: str):
    if name in _DOCUMENT:
        from . import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
