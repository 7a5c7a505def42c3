"""A small KnowledgeGraph built from records with real names and sentences from the seeds.

Shared by the writer, export, query and endpoint tests (it is test data for writers, not
reference data for the extractor).  Offsets are looked up in the real seed file.
"""
from __future__ import annotations

from pathlib import Path

from graph.records import DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation

SOURCES = Path(__file__).resolve().parent.parent / "sources"
DOC0, DOC1 = "000_dde88f24c67074e3", "001_effde1a65b477c46"

S_HAN = "基层党组织进行集中整顿,我们受鞭策,也得到了许多指导和帮助。”永兴村党支部书记韩联均说。"
S_HUANG = "在重庆市北碚区柳荫镇永兴村农民工返乡创业园,一场就业创业培训正在进行。"
S_HUANG2 = "见现场秩序良好,村民们听得认真,驻村第一书记黄争拨通电话,为蜡梅产业园的相关事务沟通协调。"
S_QIAN = "这背后,是一支能打仗的干部队伍,也是一个品牌——“黔进先锋·贵在行动”的有力体现。"


def _ev(doc: str, sentence: str, word: str) -> Evidence:
    """Evidence for `word` inside `sentence`, offsets from the seed file (or -1 if it moved)."""
    path = next(SOURCES.glob(f"{doc}*.txt"), None)
    text = path.read_text(encoding="utf-8") if path else ""
    base = text.find(sentence)
    start = (base + sentence.find(word)) if base >= 0 else sentence.find(word)
    return Evidence(doc, sentence, start, start + len(word))


def small_graph() -> KnowledgeGraph:
    ents = [
        Entity("Province:500000", "Province", "重庆市", code="500000", evidence=(_ev(DOC0, S_HUANG, "重庆市"),)),
        Entity("County:500109", "County", "北碚区", code="500109",
               evidence=(_ev(DOC0, S_HUANG, "北碚区"), _ev(DOC0, S_HAN, "北碚区"))),
        Entity("Township:500109柳荫镇", "Township", "柳荫镇", evidence=(_ev(DOC0, S_HUANG, "柳荫镇"),)),
        Entity("Village:500109柳荫镇永兴村", "Village", "永兴村", evidence=(_ev(DOC0, S_HUANG, "永兴村"),)),
        Entity("Organization:永兴村党支部", "Organization", "永兴村党支部", evidence=(_ev(DOC0, S_HAN, "永兴村党支部"),)),
        Entity("Person:韩联均", "Person", "韩联均", evidence=(_ev(DOC0, S_HAN, "韩联均"),)),
        Entity("Person:黄争", "Person", "黄争", evidence=(_ev(DOC0, S_HUANG2, "黄争"),)),
        Entity("Province:520000", "Province", "贵州省", aliases=frozenset({"贵州", "贵州省"}), code="520000"),
        Entity("Programme:黔进先锋·贵在行动", "Programme", "黔进先锋·贵在行动",
               evidence=(_ev(DOC1, S_QIAN, "黔进先锋·贵在行动"),)),
    ]
    rels = [
        Relation("County:500109", "locatedIn", "Province:500000", evidence=(_ev(DOC0, S_HUANG, "北碚区"),)),
        Relation("Township:500109柳荫镇", "locatedIn", "County:500109", evidence=(_ev(DOC0, S_HUANG, "柳荫镇"),)),
        Relation("Village:500109柳荫镇永兴村", "locatedIn", "Township:500109柳荫镇", evidence=(_ev(DOC0, S_HUANG, "永兴村"),)),
        Relation("Organization:永兴村党支部", "locatedIn", "Village:500109柳荫镇永兴村", evidence=(_ev(DOC0, S_HAN, "永兴村党支部"),)),
        Relation("Person:韩联均", "holdsPost", "Organization:永兴村党支部", role="党支部书记",
                 evidence=(_ev(DOC0, S_HAN, "永兴村党支部书记韩联均"),)),
        Relation("Person:黄争", "holdsPost", "Village:500109柳荫镇永兴村", role="第一书记",
                 evidence=(_ev(DOC0, S_HUANG2, "驻村第一书记黄争"),)),
        Relation("Province:520000", "runs", "Programme:黔进先锋·贵在行动", evidence=(_ev(DOC1, S_QIAN, "黔进先锋·贵在行动"),)),
    ]
    docs = {
        DOC0: DocumentInfo(DOC0, f"sources/{DOC0}.txt", title="党建引领基层治理", date="2023-08-18", url="http://www.news.cn/x.htm"),
        DOC1: DocumentInfo(DOC1, f"sources/{DOC1}.txt"),
    }
    return KnowledgeGraph(documents=docs, entities={e.key: e for e in ents}, relations=rels)
