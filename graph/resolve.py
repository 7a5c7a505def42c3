"""Resolution stage: merge document graphs into one KnowledgeGraph, one node per real entity.

Identity is decided where the entity is read (extract builds keys from official codes, parent
places and names), so merging is a union by key: names, aliases and evidence are pooled, relations
are unified by (head, predicate, tail, role) with their evidence pooled.  Pools are sets that are
sorted once at the end (an entity named in k documents costs O(k log k), not O(k² log k)), and
the result is ordered by key so that writers produce the same bytes whatever order documents
arrive in.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .records import DocGraph, Entity, Evidence, KnowledgeGraph, Relation


@dataclass
class _Pool:
    first: Entity
    names: set[str] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    code: str = ""

    def add(self, entity: Entity) -> None:
        self.names.add(entity.name)
        self.names.update(entity.aliases)
        self.evidence.update(entity.evidence)
        self.code = self.code or entity.code

    def entity(self) -> Entity:
        # the first-seen name (for places, the official one) stays the label; the rest are aliases
        name = self.first.name
        return Entity(self.first.key, self.first.type, name, frozenset(self.names - {name}), self.code,
                      tuple(sorted(self.evidence)), self.first.lat, self.first.lon)


def merge(doc_graphs: Iterable[DocGraph]) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    pools: dict[str, _Pool] = {}
    relations: dict[tuple[str, str, str, str], set[Evidence]] = {}
    for dg in doc_graphs:
        known = kg.documents.get(dg.document.id)
        # the parts of a long file share one id; two sources claiming one id: the first by path wins,
        # whatever order they arrive in
        if known is None or dg.document.source < known.source:
            kg.documents[dg.document.id] = dg.document
        for e in dg.entities:
            pool = pools.get(e.key)
            if pool is None:
                pool = pools[e.key] = _Pool(e)
            pool.add(e)
        for r in dg.relations:
            relations.setdefault((r.head, r.predicate, r.tail, r.role), set()).update(r.evidence)
    kg.entities = {key: pools[key].entity() for key in sorted(pools)}
    kg.documents = dict(sorted(kg.documents.items()))
    kg.relations = [Relation(h, p, t, role, tuple(sorted(ev)))
                    for (h, p, t, role), ev in sorted(relations.items())
                    if h in kg.entities and t in kg.entities]
    return kg
