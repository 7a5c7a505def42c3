"""Property-based tests of the extractor (hypothesis) and of graph.fuzz itself.

extract(clean(Document(...))) must never raise, every Evidence must point back into the
document's text, and keys/IRIs must be safe whatever the names.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.clean import clean
from graph.extract.document import extract
from graph.fuzz import check_document, evidence_problem, generate_bytes, run_fuzz
from graph.iri import entity_iri
from graph.records import Document, DocGraph, DocumentInfo, Entity, Evidence

# Chinese-like text: common hanzi, the genre's structural words and punctuation, plus any character
_WORDS = st.sampled_from(["省", "市", "县", "区", "镇", "街道", "村", "社区", "党支部", "党委", "书记", "主任",
                          "开展", "“", "”", "《", "》", "。", "，", "\n", " ", "浙江省", "绍兴市", "上虞区",
                          "曹娥街道", "兴业社区", "王浙榕", "<script>", '"', "\\", "}", "\u200b", "\ufeff"])
_HANZI = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
CHINESE_LIKE = st.lists(st.one_of(_WORDS, _HANZI, st.characters()), max_size=120).map("".join)
ANY_TEXT = st.text(max_size=300)

_UNSAFE_IRI = re.compile(r'[\x00-\x20"<>{}|\\^`]')
_PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _graph(text: str) -> tuple[Document, str, DocGraph]:
    doc = Document(id="d", source="d.txt", text=text)
    ct = clean(doc)
    return doc, ct.text, extract(ct)


def _check(doc: Document, clean_text: str, dg: DocGraph) -> None:
    n = len(doc.text)
    evidence = [ev for e in dg.entities for ev in e.evidence] + [ev for r in dg.relations for ev in r.evidence]
    ct = clean(doc)
    sentence_spans = {}  # a sentence's text → where it stands in the original, each time it stands there
    for s in ct.sentences:
        sentence_spans.setdefault(ct.text[s.start:s.end].strip(), []).append(ct.raw_span(s.start, s.end))
    for ev in evidence:
        assert 0 <= ev.start <= ev.end <= n
        assert ev.sentence in clean_text
        assert ev.document == doc.id
        # the evidence's span lies inside its sentence (a span of a sentence of its own, read from a
        # mention that cleaning dropped, has none)
        spans = sentence_spans.get(ev.sentence)
        assert spans is None or any(a <= ev.start and ev.end <= b for a, b in spans), (ev, spans)
    for e in dg.entities:
        assert e.key.startswith(e.type + ":"), e.key
        assert not _UNSAFE_IRI.search(entity_iri(e.key)), entity_iri(e.key)


@_PROFILE
@given(CHINESE_LIKE)
def test_extract_never_raises_on_chinese_like_text(text: str) -> None:
    _check(*_graph(text))


@_PROFILE
@given(ANY_TEXT)
def test_extract_never_raises_on_any_text(text: str) -> None:
    _check(*_graph(text))


def test_evidence_points_at_the_mention_in_the_original() -> None:
    # traditional characters and pinyin noise are cleaned away, yet offsets refer to the raw text
    raw = "Zhèjiāng 浙江省紹興市上虞區曹娥街道兴业社区锦江玫瑰园小区,散步的居民多了起来。"
    doc, clean_text, dg = _graph(raw)
    _check(doc, clean_text, dg)
    township = next(e for e in dg.entities if e.name == "曹娥街道")
    (ev,) = township.evidence
    assert raw[ev.start:ev.end] == "曹娥街道"
    county = next(e for e in dg.entities if e.name == "上虞区")
    assert raw[county.evidence[0].start:county.evidence[0].end] == "上虞區"


def test_a_fact_joining_two_sentences_cites_the_later_one():
    # People's Daily, 1998 (pfr-1998-01): 该县 refers back to the county of the sentence before
    raw = ("1996年春季“严打”斗争期间，永胜县发生了一起入室盗窃案。５月２１日，该县程海乡东湖行政村３１岁的农民季正清，"
           "被县检察院以盗窃罪提起公诉。")
    doc, clean_text, dg = _graph(raw)
    _check(doc, clean_text, dg)
    names = {e.key: e.name for e in dg.entities}
    located = {names[r.head]: r.evidence for r in dg.relations if r.predicate == "locatedIn" and names[r.tail] == "永胜县"}
    (ev,) = located["永胜县检察院"]  # 县检察院 of the second sentence: 该县's
    assert ev.sentence.startswith("5月21日，该县程海乡东湖行政村") and raw[ev.start:ev.end].endswith("县检察院")


@_PROFILE
@given(st.text(max_size=40))
def test_entity_iri_is_safe_for_any_key(name: str) -> None:
    for key in (f"Person:{name}@33", f"Organization:{name}", name, f"{name}:x", f"County:{name}"):
        assert not _UNSAFE_IRI.search(entity_iri(key))
        assert entity_iri(key).startswith("https://cnkg.example.org/id/")


# --- graph.fuzz --------------------------------------------------------------------------------

def test_fuzz_run_is_reproducible_and_clean(tmp_path: Path) -> None:
    a, b = run_fuzz(40, seed=7, workdir=tmp_path), run_fuzz(40, seed=7, workdir=tmp_path)
    assert not a.failures, a.failures[:3]
    assert (a.passed, a.refused) == (b.passed, b.refused)
    assert a.passed + a.refused == 40 and a.refused > 0 and a.passed > 0


def test_generated_inputs_cover_encodings_and_refusals() -> None:
    import random

    from graph.read import DecodeError, decode_bytes

    encodings, refused = set(), 0
    for case in range(300):
        try:
            encodings.add(decode_bytes(generate_bytes(random.Random(f"cover:{case}")))[1])
        except DecodeError:
            refused += 1
    assert {"utf-8", "gb18030", "utf-16"} <= encodings and refused > 10, (encodings, refused)


def test_fuzz_checks_catch_broken_evidence(tmp_path: Path) -> None:
    doc = Document(id="d", source="d.txt", text="曹娥街道")
    bad = DocGraph(DocumentInfo("d", "d.txt"), (
        Entity("Township:330604002", "Township", "曹娥街道", evidence=(Evidence("d", "曹娥街道", 2, 9),)),), ())
    assert "outside" in evidence_problem(doc, "曹娥街道", bad)
    wrong_sentence = DocGraph(bad.document, (
        Entity("Township:330604002", "Township", "曹娥街道", evidence=(Evidence("d", "上虞区", 0, 4),)),), ())
    assert "not in the clean text" in evidence_problem(doc, "曹娥街道", wrong_sentence)
    assert check_document(Document(id="d", source="d", text="上虞区曹娥街道。"), tmp_path / "g.ttl") is None


def test_fuzz_cli_last_line(capsys) -> None:
    from graph.fuzz import main

    assert main(["12", "--seed", "3"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == "12 passed, 0 failed"


@pytest.mark.slow
def test_fuzz_thousand_inputs() -> None:
    report = run_fuzz(1000, seed=2026)
    assert not report.failures, [f"{f.case} {f.stage}: {f.message}" for f in report.failures[:5]]
