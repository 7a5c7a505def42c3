"""Stage `read`: formats, encodings and the bad-input corpus (issue 6).

Fixtures are generated in tmp_path at test time; the sentences are copied from the seeds.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graph import read
from graph.read import decode_bytes, iter_documents, DecodeError
from graph.records import BuildError, Document

from conftest import SOURCES

SIMPLIFIED = "裴春亮是河南省辉县市裴寨村党支部书记。基层是党的执政之基、力量之源。"  # xwlb-news, 2022-10-04
TRADITIONAL = "裴春亮是河南省輝縣市裴寨村黨支部書記。基層是黨的執政之基、力量之源。"


def one(path: Path | str, **kwargs) -> Document | BuildError:
    items = list(iter_documents([path], **kwargs))
    assert len(items) == 1, items
    return items[0]


def error_of(path: Path | str, **kwargs) -> str:
    item = one(path, **kwargs)
    assert isinstance(item, BuildError), item
    assert item.source == str(path)
    return item.message


# ---------------------------------------------------------------------------------- seeds

def test_seeds_are_read_in_order_as_utf8():
    docs = list(iter_documents([SOURCES]))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.id for d in docs] == sorted(p.stem for p in SOURCES.glob("*.txt"))
    first = docs[0]
    assert first.encoding == "utf-8"
    assert first.text == (SOURCES / f"{first.id}.txt").read_text(encoding="utf-8")


def test_order_does_not_depend_on_argument_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "x.txt").write_text("乙" + SIMPLIFIED, encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text("甲" + SIMPLIFIED, encoding="utf-8")
    one_way = [d.source for d in iter_documents([tmp_path / "b", tmp_path / "a"])]
    other_way = [d.source for d in iter_documents([tmp_path / "a", tmp_path / "b"])]
    assert one_way == other_way


def test_same_file_twice_is_read_once_and_hidden_files_skipped(tmp_path):
    (tmp_path / "doc.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    items = list(iter_documents([tmp_path, tmp_path / "doc.txt"]))
    assert [i.id for i in items] == ["doc"]


def test_missing_path_is_an_error(tmp_path):
    assert "no such file" in error_of(tmp_path / "nope.txt")


def test_unsupported_extension_named_explicitly(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("a,b\n", encoding="utf-8")
    assert "unsupported file type" in error_of(path)


# ---------------------------------------------------------------------------------- encodings

def test_gbk_file(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SIMPLIFIED.encode("gbk"))
    doc = one(path)
    assert doc.text == SIMPLIFIED and doc.encoding == "gb18030"


def test_big5_file(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    doc = one(path)
    assert doc.text == TRADITIONAL and doc.encoding == "big5"


@pytest.mark.parametrize("text", ["党支部书记", "村", "中国", "基层是党的执政之基"])
def test_short_legacy_samples_are_told_apart(text):
    import opencc

    trad = opencc.OpenCC("s2t").convert(text)
    assert decode_bytes(text.encode("gbk")) == (text, "gb18030")
    assert decode_bytes(trad.encode("big5")) == (trad, "big5")


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom(tmp_path, codec, bom):
    path = tmp_path / "u16.txt"
    path.write_bytes(bom + SIMPLIFIED.encode(codec))
    doc = one(path)
    assert doc.text == SIMPLIFIED and doc.encoding == "utf-16"


def test_utf8_with_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"))
    doc = one(path)
    assert doc.text == SIMPLIFIED and doc.encoding == "utf-8-sig"


def test_mixed_traditional_and_simplified_is_read_as_is(tmp_path):
    mixed = "习近平总书记强调,基層是黨的執政之基、力量之源。"
    path = tmp_path / "mixed.txt"
    path.write_text(mixed, encoding="utf-8")
    assert one(path).text == mixed


def test_latin1_is_not_guessed_silently():
    with pytest.raises(DecodeError, match="neither GB18030 nor Big5|not valid"):
        decode_bytes("Café déjà vu, naïve façade - très élégant".encode("latin-1"))


def test_text_with_no_chinese(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("The committee met on Monday.\n", encoding="utf-8")
    assert one(path).text == "The committee met on Monday.\n"


# ---------------------------------------------------------------------------------- bad input

def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert error_of(path) == "empty file"


def test_png_renamed_txt(tmp_path):
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256)))
    assert error_of(path) == "cannot decode: looks binary (PNG image)"


def test_nul_bytes_are_binary(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"abc\x00\x01\x02def")
    assert "looks binary" in error_of(path)


def test_file_over_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(SIMPLIFIED * 10, encoding="utf-8")
    assert "too large" in error_of(path, max_bytes=100)


@pytest.mark.slow
def test_fifty_megabyte_file(tmp_path):
    path = tmp_path / "fifty.txt"
    line = (SIMPLIFIED + "\n").encode("utf-8")
    with open(path, "wb") as handle:
        handle.write(line * (50 * 1024 * 1024 // len(line)))
    size = path.stat().st_size
    assert size > 49 * 1024 * 1024
    parts = list(iter_documents([path]))
    assert all(isinstance(p, Document) and p.id == "fifty" for p in parts)
    assert sum(len(p.text.encode("utf-8")) for p in parts) == size
    assert max(len(p.text) for p in parts) <= read.PART_CHARS


def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read mode-000 files (root)")
        assert error_of(path) == "cannot read: permission denied"
    finally:
        path.chmod(0o644)


def test_directory_symlink_loop(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "doc.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)
    items = list(iter_documents([root]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, BuildError)]
    assert [d.id for d in docs] == ["doc"]
    assert len(errors) == 1 and "directory loop" in errors[0].message
    assert errors[0].source == str(root / "sub" / "back")


def test_file_vanishing_between_listing_and_reading(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIMPLIFIED, encoding="utf-8")
    real_read_file = read.read_file

    def delete_first(path, max_bytes=read.DEFAULT_MAX_BYTES, **names):
        if path.name == "a.txt" and path.exists():
            path.unlink()  # gone after the walk listed it
        return real_read_file(path, max_bytes, **names)

    monkeypatch.setattr(read, "read_file", delete_first)
    items = list(iter_documents([tmp_path]))
    assert isinstance(items[0], BuildError)
    assert items[0].message == "file vanished before it could be read"
    assert isinstance(items[1], Document) and items[1].id == "b"


def test_extremely_long_line_reads(tmp_path):
    text = "基层党组织建设" * 20000  # 140,000 characters, no line break: cut into parts all the same
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    parts = list(iter_documents([path]))
    assert "".join(p.text for p in parts) == text and [p.offset for p in parts] == [0, read.PART_CHARS]


# ---------------------------------------------------------------------------------- HTML

def test_html_page_with_script_style_and_furniture(tmp_path):
    page = """<!DOCTYPE html><html><head><title>抓基层 强基础 固基本</title>
    <style>p { color: red } .x::before { content: "样式文字" }</style>
    <script>var s = "脚本文字"; document.write('<p>假</p>');</script></head>
    <body><header>网站首页 登录</header><nav><a href="/">返回首页</a></nav>
    <!-- 注释文字 -->
    <h1>抓基层 强基础 固基本</h1>
    <p>在河西区桃园街道广顺园社区,老旧小区改造提上日程。</p>
    <div>裴春亮是河南省辉县市裴寨村党支部书记&#12290;<br>村&amp;社区</div>
    <footer>版权所有</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = one(path)
    assert doc.title == "抓基层 强基础 固基本"
    assert doc.text.split("\n") == [
        "抓基层 强基础 固基本",
        "在河西区桃园街道广顺园社区,老旧小区改造提上日程。",  # xwlb-news, 2025-05-28
        "裴春亮是河南省辉县市裴寨村党支部书记。",
        "村&社区",
    ]
    for hidden in ("样式文字", "脚本文字", "假", "注释文字", "返回首页", "版权所有", "登录"):
        assert hidden not in doc.text


def test_html_in_gbk(tmp_path):
    path = tmp_path / "gbk.htm"
    path.write_bytes(f"<html><body><p>{SIMPLIFIED}</p></body></html>".encode("gbk"))
    doc = one(path)
    assert doc.text == SIMPLIFIED and doc.encoding == "gb18030"


def test_html_without_visible_text(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><script>alert(1)</script></html>", encoding="utf-8")
    assert error_of(path) == "HTML page has no visible text"


# ---------------------------------------------------------------------------------- JSON lines

def test_jsonl_records_and_a_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "标题", "text": SIMPLIFIED, "date": "2023-08-18", "url": "http://x/1"}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"id": "a2", "text": TRADITIONAL}, ensure_ascii=False),
        json.dumps({"id": "a3"}),
        json.dumps({"id": "a1", "text": "重复"}, ensure_ascii=False),
        json.dumps([1, 2]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([path]))
    assert [type(i).__name__ for i in items] == ["Document", "BuildError", "Document", "BuildError", "BuildError", "BuildError"]
    first = items[0]
    assert (first.id, first.source, first.title, first.date, first.url) == ("a1", f"{path.name}#a1", "标题", "2023-08-18", "http://x/1")
    assert items[1].source == str(path) and items[1].message.startswith("line 2: invalid JSON")
    assert items[2].text == TRADITIONAL
    assert items[3].message == "line 5: missing field 'text'"
    assert "duplicate id" in items[4].message and "line 1" in items[4].message
    assert items[5].message.startswith("line 7: expected a JSON object")


def _feed(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_jsonl_lines_read_before_are_known_and_read_as_before(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [{"id": "a1", "title": "标题", "text": SIMPLIFIED}, {"id": "a2", "text": TRADITIONAL},
               {"id": "a3", "text": SIMPLIFIED + "又讯。"}]
    _feed(path, records)
    first = read.LineMemo()
    docs = list(iter_documents([path], lines=first))
    assert all(isinstance(d, Document) for d in docs)
    for doc in docs:
        first.note(doc.source, f"key of {doc.id}")
    records[1]["text"] += "（更新）"  # one record edited, the others byte for byte as they were
    _feed(path, records)
    again = read.LineMemo(known=first.seen)
    items = list(iter_documents([path], lines=again))
    assert [type(i).__name__ for i in items] == ["KnownLine", "Document", "KnownLine"]
    known = items[0]
    assert (known.id, known.source, known.characters, known.note) == ("a1", f"{path.name}#a1", len(SIMPLIFIED), "key of a1")
    assert known.document() == docs[0] and items[2].document() == docs[2]
    assert items[1] == list(iter_documents([path]))[1]  # the edited line parsed anew
    # what this read learnt: the known lines with their notes, the new one without until noted
    assert sorted(v[0] for v in again.seen.values()) == ["a1", "a2", "a3"]
    again.note(items[1].source, "new key")
    assert {v[2] for v in again.seen.values()} == {"key of a1", "new key", "key of a3"}


def test_a_known_line_whose_id_another_line_now_takes_is_a_duplicate_as_before(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [{"id": "a1", "text": SIMPLIFIED}, {"id": "a2", "text": TRADITIONAL}]
    _feed(path, records)
    memo = read.LineMemo()
    for doc in iter_documents([path], lines=memo):
        memo.note(doc.source, "k")
    _feed(path, [{"id": "a2", "text": "新的一行。"}, *records])  # a new first line takes a2's id
    items = list(iter_documents([path], lines=read.LineMemo(known=memo.seen)))
    assert [type(i).__name__ for i in items] == ["Document", "KnownLine", "BuildError"]
    assert items[2] == list(iter_documents([path]))[2]  # the same error, word for word
    assert "duplicate id (first on line 1)" in items[2].message


def test_jsonl_empty_file(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert error_of(path) == "empty file"


# ---------------------------------------------------------------------------------- properties

from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=200))
def test_property_any_bytes_decode_or_explain(data):
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc)
    else:
        assert encoding in {"utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030", "big5"}
        assert isinstance(text, str)


def test_sources_are_relative_to_the_argument_and_ids_unique(tmp_path):
    """Outputs must not depend on where the build runs; x.txt in two folders is two documents."""
    root = tmp_path / "corpus"
    for sub in ("2023", "2024"):
        (root / sub).mkdir(parents=True)
        (root / sub / "x.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (root / "top.txt").write_text(SIMPLIFIED, encoding="utf-8")
    docs = [d for d in iter_documents([root]) if isinstance(d, Document)]
    assert [(d.id, d.source) for d in docs] == [
        ("2023/x", "2023/x.txt"), ("2024/x", "2024/x.txt"), ("top", "top.txt")]  # x.txt twice: by path
    (alone,) = iter_documents([root / "top.txt"])
    assert (alone.id, alone.source) == ("top", "top.txt")


def test_a_very_long_text_is_read_in_parts_with_offsets_into_the_whole(tmp_path):
    path = tmp_path / "long.txt"
    line = SIMPLIFIED + "\n"
    path.write_text(line * (2 * read.PART_CHARS // len(line) + 5), encoding="utf-8")
    whole = path.read_text(encoding="utf-8")
    parts = list(iter_documents([path]))
    assert len(parts) >= 3 and all(isinstance(p, Document) and p.id == "long" for p in parts)
    assert "".join(p.text for p in parts) == whole
    for part in parts:
        assert whole[part.offset:part.offset + len(part.text)] == part.text
        assert len(part.text) <= read.PART_CHARS and part.text.endswith("\n")
    assert len({p.sha1 for p in parts}) == 1


def test_parts_of_a_long_file_build_one_document_whose_evidence_points_into_the_file(tmp_path):
    from graph.pipeline import build_graph

    path = tmp_path / "long.txt"
    filler = "这是一段很长的报道正文，内容与地名无关。\n" * (read.PART_CHARS // 20)
    path.write_text(filler + "在河西区桃园街道广顺园社区，老旧小区改造提上日程。\n", encoding="utf-8")  # xwlb-news
    whole = path.read_text(encoding="utf-8")
    kg = build_graph([path])
    assert list(kg.documents) == ["long"]
    (township,) = [e for e in kg.entities.values() if e.name == "桃园街道"]
    ev = township.evidence[0]
    assert whole[ev.start:ev.end] == "桃园街道"


def test_a_page_header_dates_a_text_file(tmp_path):
    from graph.read import iter_documents

    page = tmp_path / "page.txt"
    page.write_text("欢迎访问红网!\n发布时间:2024-02-19    来源: 湖南日报\n\n社区书记走访网格。\n", encoding="utf-8")
    (doc,) = list(iter_documents([page]))
    assert doc.date == "2024-02-19"
    plain = tmp_path / "plain.txt"
    plain.write_text("社区书记走访网格，梳理居民需求。\n", encoding="utf-8")
    (doc,) = list(iter_documents([plain]))
    assert doc.date == ""
