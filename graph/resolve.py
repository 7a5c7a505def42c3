"""Resolution stage: merge document graphs into one KnowledgeGraph, one node per real entity.

Identity is decided where the entity is read (extract builds keys from official codes, parent
places and names), so merging is a union by key: names, aliases and evidence are pooled, relations
are unified by (head, predicate, tail, role) with their evidence pooled.  The result is ordered
by key so that writers produce the same bytes whatever order documents arrive in.
"""
from __future__ import annotations

from typing import Iterable

from .records import DocGraph, Entity, KnowledgeGraph, Relation


def _merge_entity(old: Entity, new: Entity) -> Entity:
    aliases = set(old.aliases) | set(new.aliases)
    # the official or first-seen name stays the label; other names become aliases
    name = old.name
    if new.name != name:
        aliases.add(new.name)
    aliases.discard(name)
    evidence = tuple(sorted(set(old.evidence) | set(new.evidence)))
    return Entity(old.key, old.type, name, frozenset(aliases), old.code or new.code, evidence)


def merge(doc_graphs: Iterable[DocGraph]) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    relations: dict[tuple[str, str, str, str], set] = {}
    for dg in doc_graphs:
        kg.documents[dg.document.id] = dg.document
        for e in dg.entities:
            kg.entities[e.key] = _merge_entity(kg.entities[e.key], e) if e.key in kg.entities else e
        for r in dg.relations:
            relations.setdefault((r.head, r.predicate, r.tail, r.role), set()).update(r.evidence)
    kg.entities = dict(sorted(kg.entities.items()))
    kg.documents = dict(sorted(kg.documents.items()))
    kg.relations = [Relation(h, p, t, role, tuple(sorted(ev)))
                    for (h, p, t, role), ev in sorted(relations.items())
                    if h in kg.entities and t in kg.entities]
    return kg
