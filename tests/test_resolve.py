"""Merging document graphs: one node per key, pooled aliases and evidence, order independence."""
import itertools

from graph.clean import clean
from graph.extract import extract
from graph.records import Document
from graph.resolve import merge

A = "贵州省遵义市红花岗区南关街道金华村党支部引导36名农村党员组建志愿服务队。"
B = "近年来，遵义市推行以党建引领、村管事负责、全民参与的“党建+村管事”村居治理新模式。"


def _graphs():
    return [extract(clean(Document(i, f"{i}.txt", t))) for i, t in (("a", A), ("b", B))]


def test_an_entity_named_in_two_documents_is_one_node_with_both_evidences():
    kg = merge(_graphs())
    city = [e for e in kg.entities.values() if e.name == "遵义市"]
    assert len(city) == 1
    assert {ev.document for ev in city[0].evidence} == {"a", "b"}


def test_merge_does_not_depend_on_document_order():
    one, two = _graphs()
    forward, backward = merge([one, two]), merge([two, one])
    assert forward.entities == backward.entities
    assert forward.relations == backward.relations


def test_relations_to_unknown_entities_are_dropped_and_evidence_pooled():
    one, two = _graphs()
    kg = merge(itertools.chain([one], [one, two]))  # the same document twice pools, not duplicates
    keys = [(r.head, r.predicate, r.tail, r.role) for r in kg.relations]
    assert len(keys) == len(set(keys))
    assert all(r.head in kg.entities and r.tail in kg.entities for r in kg.relations)
