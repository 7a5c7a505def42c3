"""graph/gazetteer.py and the pure helpers of scripts/make_divisions.py, on real NBS 2023 facts."""
from __future__ import annotations

import gzip
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from graph import gazetteer
from graph.gazetteer import Divisions, GazetteerDataError, divisions

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    spec = importlib.util.spec_from_file_location("make_divisions", ROOT / "scripts" / "make_divisions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


make = _load_script()


def one(name: str):
    found = divisions().lookup(name)
    assert len(found) == 1, (name, found)
    return found[0]


# ---------------------------------------------------------------- the tree

def test_caoe_street_chain_up_to_zhejiang():
    caoe = one("曹娥街道")
    assert caoe.level == "Township"
    chain = divisions().ancestors(caoe.code)
    assert [(d.name, d.level) for d in chain] == [
        ("上虞区", "County"), ("绍兴市", "City"), ("浙江省", "Province")]
    assert divisions().is_within(caoe.code, one("绍兴市").code)
    assert not divisions().is_within(caoe.code, one("江苏省").code)


def test_municipality_counties_hang_under_the_province():
    beibei = one("北碚区")
    parent = divisions().by_code(beibei.parent)
    assert parent is not None and parent.name == "重庆市" and parent.level == "Province"
    # the NBS placeholders 市辖区 / 县 are not divisions
    assert divisions().lookup("市辖区") == ()
    assert all(c.level == "County" for c in divisions().children(parent.code))


def test_cities_without_counties_own_their_townships():
    dongguan = one("东莞市")
    assert dongguan.level == "City"
    kids = divisions().children(dongguan.code)
    assert kids and {k.level for k in kids} == {"Township"}


def test_levels_follow_the_tree():
    assert one("大理白族自治州").level == "City"
    assert one("兴安盟").level == "City"
    assert one("科尔沁右翼前旗").level == "County"
    assert one("内蒙古自治区").level == "Province"


# ---------------------------------------------------------------- names and aliases

def test_short_forms_look_up_the_official_division():
    assert one("科右前旗").name == "科尔沁右翼前旗"
    assert one("大理州").name == "大理白族自治州"
    assert one("景宁县").name == "景宁畲族自治县"
    assert one("浙江").name == "浙江省"
    assert one("内蒙古").name == "内蒙古自治区"
    assert one("绍兴").name == "绍兴市"


def test_same_name_in_several_provinces_is_kept_apart():
    gulou = divisions().lookup("鼓楼区")
    assert len(gulou) >= 3
    provinces = {divisions().ancestors(d.code)[-1].name for d in gulou}
    assert {"江苏省", "福建省", "河南省"} <= provinces
    assert len({d.parent for d in gulou}) == len(gulou)  # 南京 and 徐州 each have one
    assert [d.code for d in gulou] == sorted(d.code for d in gulou)


def test_township_long_form_is_an_alias_not_the_name():
    # NBS 2023 lists some streets as 'X街道办事处'; news writes 'X街道'
    rows = [d for d in divisions().all() if any(a.endswith("街道办事处") for a in d.aliases)]
    assert rows
    for d in rows:
        assert d.name.endswith("街道") and d.name + "办事处" in d.aliases


def test_safety_flags():
    forms = divisions().surface_forms()
    assert forms["科右前旗"] is True
    assert forms["绍兴"] is True
    assert forms["浙江省"] is True
    assert forms["和平"] is False  # 和平区: also the everyday word 'peace'
    assert forms["兴安"] is False  # 兴安盟: 兴安 is also inside 大兴安岭
    assert forms["高新区"] is False  # shared by many development zones
    assert divisions().alias_is_safe(one("大理白族自治州").code, "大理")
    assert not divisions().alias_is_safe(one("大理市").code, "大理")


def test_has_name_asked_one_form_at_a_time_answers_as_the_whole_table():
    # has_name asks the index form by form until the table is loaded (the resolution asks about a few dozen)
    forms = ["浙江", "浙江省", "科右前旗", "和平", "高新区", "上虞区", "曹娥街道", "中共浙江", "不是地名", "浙", ""]
    one_by_one = Divisions()
    answers = [one_by_one.has_name(form) for form in forms]
    assert one_by_one._safe is None  # (the table was not loaded for them)
    table = divisions().surface_forms()
    assert answers == [form in table for form in forms]
    assert answers[:7] == [True] * 7 and answers[7:] == [False] * 4


def test_township_stems_are_not_aliases():
    assert divisions().lookup("曹娥") == ()


# ---------------------------------------------------------------- coordinates (cpca 0.5.5)

def test_shangyu_lies_in_zhejiang():
    shangyu = divisions().by_code("330604")
    assert shangyu is not None and shangyu.name == "上虞区"
    assert shangyu.lat is not None and shangyu.lon is not None
    assert 118 <= shangyu.lon <= 123 and 27 <= shangyu.lat <= 31.5
    # a county seat is near its prefecture's seat: 上虞 is some 30 km east of 绍兴's centre
    shaoxing = one("绍兴市")
    assert abs(shangyu.lon - shaoxing.lon) < 0.5 and abs(shangyu.lat - shaoxing.lat) < 0.5


def test_every_coordinate_is_in_china_and_townships_have_none():
    rows = list(divisions().all())
    placed = [d for d in rows if d.lat is not None]
    assert placed
    for d in placed:
        assert 73 <= d.lon <= 136 and 3 <= d.lat <= 54, d
        assert d.level != "Township"
    assert all((d.lat is None) == (d.lon is None) for d in rows)


def test_join_rate_per_level():
    rows = list(divisions().all())
    for level, floor in (("Province", 1.0), ("City", 0.99), ("County", 0.9)):
        of_level = [d for d in rows if d.level == level]
        assert sum(d.lat is not None for d in of_level) >= floor * len(of_level), level


def test_provinces_are_where_they_should_be():
    # latitude order north to south and longitude west to east, from the data itself
    assert one("黑龙江省").lat > one("浙江省").lat > one("海南省").lat
    assert one("新疆维吾尔自治区").lon < one("四川省").lon < one("上海市").lon


CPCA_ROWS = ("adcode,name,longitude,latitude\n"
             "500233000000,忠县,108.039002,30.299559\n"
             "520301000000,市辖区,,\n"
             "330604000000,上虞区,120.868122,30.03312\n"
             "130502000000,桥东区,114.507058,37.071287\n"
             "330600000000,绍兴市,120.580364,30.030192\n")


def test_adcode_key_trims_to_our_code_lengths():
    assert make.adcode_key("330000000000") == "33"
    assert make.adcode_key("330600000000") == "3306"
    assert make.adcode_key("330604000000") == "330604"
    assert make.adcode_key("330604001000") is None  # township level: cpca has none, we join none
    assert make.adcode_key("330604") is None


def test_parse_cpca_rows_skips_rows_without_coordinates():
    parsed = make.parse_cpca_adcodes(CPCA_ROWS)
    assert parsed["500233"] == ("忠县", 108.039002, 30.299559)
    assert parsed["3306"] == ("绍兴市", 120.580364, 30.030192)
    assert "520301" not in parsed


def test_join_coordinates_by_code_only():
    source = make.parse_cpca_adcodes(CPCA_ROWS)
    join = make.join_coordinates([
        ("330604", "上虞区", "County"),
        ("500233", "忠县", "County"),
        ("130502", "襄都区", "County"),  # NBS renamed 桥东区 in 2020, same code
        ("330113", "临平区", "County"),  # new code since cpca's data: no guess by name
        ("330604001", "百官街道", "Township"),
    ], source)
    assert join.coords == {"330604": (120.868122, 30.03312), "500233": (108.039002, 30.299559),
                           "130502": (114.507058, 37.071287)}
    assert join.unmatched == (("330113", "临平区", "County"),)
    assert join.renamed == (("130502", "襄都区", "桥东区"),)


def test_tsv_writes_lon_then_lat_and_blanks():
    row = make.Row("330604", "上虞区", "County", "3306", {"上虞": True})
    town = make.Row("330604001", "百官街道", "Township", "330604")
    text = make.divisions_tsv([row, town], set(), {"330604": (120.868122, 30.03312)})
    lines = text.splitlines()
    assert lines[1] == "330604\t上虞区\tCounty\t3306\t上虞\t120.868122\t30.033120"
    assert lines[2] == "330604001\t百官街道\tTownship\t330604\t\t\t"
    division, _ = gazetteer.parse_division_line(lines[1], Path("x"), 2)
    assert (division.lon, division.lat) == (120.868122, 30.03312)


# ---------------------------------------------------------------- villages

def test_villages_of_a_township_are_normalised():
    caoe = one("曹娥街道")
    names = dict(divisions().villages(caoe.code))
    assert "兴业社区" in names.values()
    assert all(code.startswith(caoe.code) and len(code) == 12 for code in names)
    assert not any(n.endswith(("委员会", "村委会")) for n in names.values())


def test_village_name_under_several_townships():
    found = divisions().village_lookup("永兴村")
    assert len(found) > 10
    assert [c for c, _ in found] == sorted(c for c, _ in found)
    for code, township in found:
        assert code.startswith(township)
        assert divisions().by_code(township).level == "Township"
        assert dict(divisions().villages(township))[code] == "永兴村"


def test_lookups_are_deterministic():
    fresh = Divisions()
    assert fresh.lookup("鼓楼区") == divisions().lookup("鼓楼区")
    assert fresh.village_lookup("永兴村") == divisions().village_lookup("永兴村")
    assert list(fresh.surface_forms().items())[:50] == list(divisions().surface_forms().items())[:50]


def test_nothing_loads_at_import():
    code = ("import sys, graph.gazetteer as g; "
            "assert g.divisions.cache_info().currsize == 0; "
            "assert 'graph.gazetteer' in sys.modules; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_the_index_is_built_once_and_then_only_opened(tmp_path, monkeypatch):
    # a fresh cache folder: the first Divisions builds the SQLite index, the next ones reuse it
    monkeypatch.setenv("CNKG_CACHE_DIR", str(tmp_path))
    first = Divisions()
    built = sorted(tmp_path.glob("gazetteer-*.sqlite"))
    assert len(built) == 1 and not list(tmp_path.glob("*.tmp"))
    stamp = built[0].stat().st_mtime_ns
    second = Divisions()
    assert built[0].stat().st_mtime_ns == stamp
    assert second.village_lookup("永兴村") == first.village_lookup("永兴村") == divisions().village_lookup("永兴村")
    assert second.lookup("上虞区") == divisions().lookup("上虞区")


def test_an_index_of_other_data_in_use_is_not_removed_by_a_new_build(tmp_path, monkeypatch):
    # two installed versions (or a test's own tables) sharing the cache folder: building one index must not
    # delete the other's while a build may be reading it; only a day later
    monkeypatch.setenv("CNKG_CACHE_DIR", str(tmp_path))
    small = tmp_path / "small.tsv.gz"
    small.write_bytes(gzip.compress("#h\n33\t浙江省\tProvince\t\t浙江\t\t\n".encode()))
    Divisions(small)
    other = sorted(tmp_path.glob("gazetteer-*.sqlite"))
    fresh = Divisions()
    assert set(other) < set(tmp_path.glob("gazetteer-*.sqlite"))
    assert fresh.lookup("上虞区") == divisions().lookup("上虞区")


def test_an_unwritable_cache_folder_still_gives_the_same_answers(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CNKG_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    fresh = Divisions()
    assert fresh.lookup("鼓楼区") == divisions().lookup("鼓楼区")


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(GazetteerDataError, match="nothere.tsv.gz"):
        Divisions(tmp_path / "nothere.tsv.gz")


def test_malformed_row_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv.gz"
    bad.write_bytes(gzip.compress("#header\n33\t浙江省\tProvince\t\t浙江\t\t\n3306\t绍兴市\tCity\n".encode()))
    with pytest.raises(GazetteerDataError, match=r"bad.tsv.gz:3"):
        Divisions(bad)


@pytest.mark.parametrize("lon, lat", [("120.58", ""), ("abc", "30.03"), ("120.58", "95.0")])
def test_bad_coordinates_name_file_and_line(tmp_path, lon, lat):
    bad = tmp_path / "coords.tsv.gz"
    bad.write_bytes(gzip.compress(f"#h\n33\t浙江省\tProvince\t\t浙江\t{lon}\t{lat}\n".encode()))
    with pytest.raises(GazetteerDataError, match=r"coords.tsv.gz:2: bad coordinates"):
        Divisions(bad)


def test_corrupt_gzip_is_reported(tmp_path):
    bad = tmp_path / "junk.tsv.gz"
    bad.write_bytes(b"not gzip at all")
    with pytest.raises(GazetteerDataError, match="junk.tsv.gz"):
        Divisions(bad)


def test_shipped_files_are_small():
    assert gazetteer.VILLAGES_FILE.stat().st_size <= 8 * 1024 * 1024
    assert gazetteer.DIVISIONS_FILE.stat().st_size <= 1024 * 1024


# ---------------------------------------------------------------- generator helpers

@pytest.mark.parametrize("raw, expected", [
    ("永兴村村民委员会", "永兴村"),
    ("永兴村委会", "永兴村"),
    ("王庄村民委员会", "王庄村"),
    ("兴业社区居民委员会", "兴业社区"),
    ("兴业社区居委会", "兴业社区"),
    ("特门嘎查村民委员会", "特门嘎查"),
    ("六铺炕南小街居委会", "六铺炕南小街居委会"),
    ("楼梓庄居民委员会", "楼梓庄居委会"),
    ("卜尔汉图嘎查", "卜尔汉图嘎查"),
    ("红旗生活区", "红旗生活区"),
])
def test_normalise_village(raw, expected):
    assert make.normalise_village(raw) == expected


def test_normalise_township():
    assert make.normalise_township("曹娥街道办事处") == ("曹娥街道", ("曹娥街道办事处",))
    assert make.normalise_township("柳荫镇人民政府") == ("柳荫镇", ("柳荫镇人民政府",))
    assert make.normalise_township("庆北办事处") == ("庆北办事处", ())
    assert make.normalise_township("满族屯满族乡") == ("满族屯满族乡", ())
    # NBS writes some townships after their county: the township is named alone, the county's form is no alias
    assert make.normalise_township("濮阳县庆祖镇", "濮阳县") == ("庆祖镇", ())
    assert make.normalise_township("敖汉旗人民政府新州街道", "敖汉旗") == ("新州街道", ())
    assert make.normalise_township("芒市镇", "芒市") == ("芒市镇", ())  # nothing but the kind left
    assert make.normalise_township("曹娥街道办事处", "上虞区") == ("曹娥街道", ("曹娥街道办事处",))


def test_ethnic_groups_are_learnt_and_stripped():
    ethnic = make.ethnic_groups_from([("双江拉祜族佤族布朗族傣族自治县", "双江"), ("大理白族自治州", "大理")])
    assert ethnic == {"拉祜族", "佤族", "布朗族", "傣族", "白族"}
    assert make.strip_ethnic("双江拉祜族佤族布朗族傣族", ethnic) == "双江"
    assert make.strip_ethnic("大理白族", ethnic) == "大理"


def test_rule_short_forms():
    ethnic = frozenset({"白族", "畲族", "壮族"})
    assert make.rule_short_forms("大理白族自治州", "City", ethnic) == ["大理州", "大理"]
    assert make.rule_short_forms("景宁畲族自治县", "County", ethnic) == ["景宁县", "景宁"]
    assert make.rule_short_forms("广西壮族自治区", "Province", ethnic) == ["广西"]
    assert make.rule_short_forms("黎平县", "County", ethnic) == ["黎平"]
    assert make.rule_short_forms("赵县", "County", ethnic) == []  # a one-character stem is no name
    assert make.rule_short_forms("乌拉特中旗", "County", ethnic) == []
    assert make.rule_short_forms("石家庄高新技术产业开发区", "County", ethnic) == []
    assert make.rule_short_forms("曹娥街道", "Township", ethnic) == []


def test_safe_alias_rules():
    jieba_words = {"和平": (7998, "nz"), "绍兴": (637, "ns"), "兴安": (118, "ns")}
    general = frozenset({"和平", "绍兴"})
    longer = {"兴安": 273}  # 大兴安岭
    assert not make.safe_alias("和平", general, jieba_words, longer)
    assert make.safe_alias("绍兴", general, jieba_words, longer)
    assert not make.safe_alias("兴安", general, jieba_words, longer)
    assert not make.safe_alias("云", general, jieba_words, longer)


def test_gzip_bytes_are_deterministic():
    assert make.gzip_bytes("浙江省\n") == make.gzip_bytes("浙江省\n")


def test_a_township_named_with_its_county_has_its_own_name():
    # the 2023 NBS table names some townships with their county before them (濮阳县庆祖镇): the shipped table names
    # them alone, and text that writes the county's form names two places (scripts/make_divisions.py)
    from graph.gazetteer import divisions
    assert [(d.code, d.name) for d in divisions().lookup("庆祖镇")] == [("410928103", "庆祖镇")]
    assert divisions().lookup("濮阳县庆祖镇") == ()


def test_prefetch_answers_as_lookup_does():
    """A document's names read in one query give what asking for them one by one gives."""
    names = ["鼓楼区", "大理", "大理白族自治州", "绍兴市", "曹娥街道", "市辖区", "吉林", "不是地名", "北京", "朝阳区", ""]
    one_by_one, at_once = Divisions(), Divisions()
    at_once.prefetch(names + names[:3])
    for name in names:
        assert at_once.lookup(name) == one_by_one.lookup(name)
        assert [at_once.ancestors(d.code) for d in at_once.lookup(name)] == \
            [one_by_one.ancestors(d.code) for d in one_by_one.lookup(name)]


def test_special_administrative_regions_and_taiwan_are_provinces_with_their_gb_codes():
    # SCHEMA counts a 特别行政区 as a province; the NBS statistical codes leave all three out
    for name, code, short in (("香港特别行政区", "81", "香港"), ("澳门特别行政区", "82", "澳门"), ("台湾省", "71", "台湾")):
        region = one(name)
        assert (region.level, region.code) == ("Province", code)
        assert one(short) == region
        assert divisions().children(code) == ()  # its districts carry no code
    assert one("香港特区").code == "81"
