"""graph.ner: recognise() on real sentences and predict_file() on JSON lines."""
from __future__ import annotations

import json

import pytest

from graph.ner import predict_file, recognise


def test_recognise_person_mentions():
    text = "永兴村党支部书记韩联均说，林华忠说。"
    people = [(m.text, m.type) for m in recognise(text) if m.type == "PER"]
    assert people == [("韩联均", "PER"), ("林华忠", "PER")]
    for m in recognise(text):
        assert text[m.start:m.end] == m.text


def test_predict_file_round_trip(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "本报记者 沈童睿 王欣悦"}, ensure_ascii=False) + "\n\n"
                   + json.dumps({"id": 7, "text": "居民徐先生说"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out" / "pred.jsonl"
    assert predict_file(src, out) == 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0] == {"id": "a", "entities": [{"start": 5, "end": 8, "type": "PER"},
                                              {"start": 9, "end": 12, "type": "PER"}]}
    assert rows[1]["id"] == 7 and all(e["type"] != "PER" for e in rows[1]["entities"])
    first = out.read_bytes()
    predict_file(src, out)
    assert out.read_bytes() == first  # byte-identical for the same input


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
