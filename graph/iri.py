"""Stable, injection-safe IRIs for entities, documents and statements.

An IRI never contains text from a document verbatim: coded places use their official code,
everything else a hash of its key, so no name can break out of Turtle or SPARQL syntax.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

BASE = "https://cnkg.example.org/"
ONTOLOGY = BASE + "ontology#"
ID = BASE + "id/"

_CODE_KEY = re.compile(r"^(Province|City|County|Township):(\d{2,12})$")


def digest(text: str, length: int = 16) -> str:
    # surrogatepass: a lone surrogate that survived decoding must not crash hashing
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def entity_iri(key: str) -> str:
    """`key` is `Type:identity`; coded places keep their code in the IRI for readability."""
    m = _CODE_KEY.match(key)
    if m:
        return f"{ID}{m.group(1).lower()}/{m.group(2)}"
    kind = key.split(":", 1)[0].lower() or "entity"
    if not kind.isalpha() or not kind.isascii():
        kind = "entity"
    return f"{ID}{kind}/{digest(key)}"


def document_iri(doc_id: str) -> str:
    # percent-encode everything outside unreserved ASCII: safe in Turtle <...> and SPARQL
    return f"{ID}doc/{quote(doc_id, safe='-._~')}"


def statement_iri(*parts: object) -> str:
    return f"{ID}stmt/{digest(chr(31).join(map(str, parts)))}"


def mention_iri(*parts: object) -> str:
    return f"{ID}mention/{digest(chr(31).join(map(str, parts)))}"
