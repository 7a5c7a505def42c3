"""graph/extract/lexicon.py: the closed word classes and reference tables the rules are made of."""
from __future__ import annotations

from graph.extract.lexicon import (countries, countries_in, country_short_forms, national_short_forms,
                                   whole_only_short_forms)


def test_countries_in_a_text_are_those_a_substring_test_finds():
    # CCTV news: one pass over the text finds every country it names, overlapping names too
    text = "习近平同瑙鲁总统阿迪昂会谈，中瑙双方签署了合作文件；马来西亚、南非和几内亚比绍的代表出席。"
    assert countries_in(text) == {c for c in countries() if c in text}
    assert {"瑙鲁", "马来西亚", "南非", "几内亚比绍"} <= countries_in(text)


def test_national_short_forms_name_one_body_each():
    table = national_short_forms()
    assert table["全国政协"] == "中国人民政治协商会议全国委员会" and table["中科院"] == "中国科学院"
    # short forms that local bodies share are not in the table
    assert not {"发改委", "国资委", "社科院", "人大常委会", "政协"} & set(table)
    assert not set(table) & set(table.values())  # no official name is another body's short form


def test_international_bodies_written_short_have_their_official_names():
    # data/international_bodies.tsv, read with the national table
    table = national_short_forms()
    assert table["世贸组织"] == "世界贸易组织" and table["北约"] == "北大西洋公约组织" and table["欧盟"] == "欧洲联盟"
    assert table["安理会"] == table["联合国安理会"] == "联合国安全理事会"
    # (the fifty-fourth stop's rows: UN agencies and banks the press names short, 联合国儿基会 a node apart from
    # 联合国儿童基金会 in one report before)
    assert table["联合国儿基会"] == "联合国儿童基金会" and table["联合国难民署"] == "联合国难民事务高级专员办事处"
    assert table["亚投行"] == "亚洲基础设施投资银行" and table["拉共体"] == "拉美和加勒比国家共同体"
    assert table["非盟委员会"] == "非洲联盟委员会"  # (a node apart from the full name's in 18 xwlb-news items)


def test_ruling_parties_abroad_and_health_agencies_written_short_have_their_official_names():
    # data/foreign_parties.tsv; and the national disease-control bodies (中国疾控中心: a node of its own in 20 xwlb-news
    # items, 国家疾控局 in 44, before they were in the national table)
    table = national_short_forms()
    assert table["越共中央"] == "越南共产党中央委员会" and table["古共中央"] == "古巴共产党中央委员会"
    assert table["中国疾控中心"] == "中国疾病预防控制中心" and table["国家疾控局"] == "国家疾病预防控制局"


def test_state_owned_enterprises_written_short_have_their_official_names():
    # data/central_enterprises.tsv: the forms listed, the name without its legal form, and 集团公司 after 集团
    table = national_short_forms()
    assert table["国家电网"] == "国家电网有限公司" and table["中储粮"] == "中国储备粮管理集团有限公司"
    assert table["中国一重集团"] == table["中国一重"] == "中国一重集团有限公司"  # (中国一重集团: no legal form)
    assert table["中储粮集团公司"] == "中国储备粮管理集团有限公司"
    # a form that is also a phrase (中国石油: "China's oil") names the group where a reading makes it a body, but is
    # never read on its own
    assert table["中国石油"] == "中国石油天然气集团有限公司" and "中国石油" in whole_only_short_forms()
    assert "国家电网" not in whole_only_short_forms()


def test_a_country_written_short_is_a_country_of_the_table():
    # 阿联酋 and 沙特 are how the press writes two CLDR names; 南斯拉夫 a country of 1998 that CLDR lacks
    shorts = country_short_forms()
    assert {"阿联酋", "沙特", "南斯拉夫"} <= countries()
    assert shorts["阿联酋"] == "阿拉伯联合酋长国" and shorts["沙特"] == "沙特阿拉伯"
    assert all(full in countries() for full in shorts.values())
    assert countries_in("国务院总理李强31日在京会见阿联酋总统穆罕默德。") == {"阿联酋"}
