"""Posts and aliases on real sentences, through the whole extraction stage."""
import re

import pytest

from graph.clean import clean
from graph.extract.document import extract
from graph.records import Document

from conftest import facts


def _graph(text):
    dg = extract(clean(Document("t", "t.txt", text)))
    names = {e.key: e.name for e in dg.entities}
    posts = {(names[r.head], names[r.tail], r.role) for r in dg.relations if r.predicate == "holdsPost"}
    return dg, names, posts


def test_post_at_a_named_branch():
    # xwlb-news (2026-06-13)
    _, _, posts = _graph("铜仁市江口县骆象村的党支部书记阙从汗就是通过参加茶叶病虫害防控技术、市场销售等培训，带领村民发展起"
                         "抹茶产业，今年预计产值超过1600万元。")
    assert ("阙从汗", "骆象村党支部", "党支部书记") in posts


@pytest.mark.parametrize("text,expected", [
    # xwlb-news (2022-12-26, 2024-06-18): a profile opens with the name, then its title as a clause of its own
    ("朱治国，青海省委组织部原副部长，从事组织工作近20年，始终勤勉敬业、恪尽职守。", {("朱治国", "青海省委组织部", "原副部长")}),
    ("徐利民，生前是浙江省金华市浦江县委常委、宣传部部长，他长期扎根基层。",
     {("徐利民", "浦江县委", "常委"), ("徐利民", "浦江县委宣传部", "部长")}),
    # xwlb-news (2025-06-29): elected, in the passive
    ("有着40多年党龄的徐白云，退休后被选举为八角中里社区第二党支部书记。每天，她都要来回查看自己负责的楼栋。",
     {("徐白云", "八角中里社区第二党支部", "党支部书记")}),
    # People's Daily 1998, xwlb-news (2024-04-21): the command of an army's unit
    ("原昆明军区司令员张铚秀说：“这部片子真实地反映了当时的战争生活。”", {("张铚秀", "昆明军区", "司令员")}),
    ("会议上，伊朗武装部队总参谋长巴盖里要求各执行机构加强防御准备工作。", {("巴盖里", "伊朗武装部队", "总参谋长")}),
], ids=["comma", "comma-shengqian", "elected", "commander", "chief-of-staff"])
def test_titles_stated_after_a_comma_or_a_passive_verb_and_an_army_s_command_are_posts(text, expected):
    _, _, posts = _graph(text)
    assert expected <= posts


def test_two_posts_split_by_a_pause_mark():
    # xwlb-news (2025-11-12)
    _, _, posts = _graph("中央宣讲团成员，浙江省委常委、组织部部长杨荫凯11月6日在浙江大学作宣讲报告。")
    assert ("杨荫凯", "浙江省委", "常委") in posts
    assert ("杨荫凯", "浙江省委组织部", "部长") in posts


def test_post_at_a_place_when_no_body_is_named():
    # xwlb-news (2022-12-17, 2023-01-13): a village doctor at the village named before the title
    _, _, posts = _graph("今天（12月17日）上午，在河北省邯郸市大名县西未庄乡中未城村，乡村医生翟大龙正在对村里患有慢性疾病的"
                         "老年人进行随访。")
    assert ("翟大龙", "中未城村", "乡村医生") in posts
    _, _, posts = _graph("晚上8时多，南昌市上坂村村医曹和槐刚刚出完诊，就接到了爱人柯冬凤从村卫生室打来的电话。")
    assert ("曹和槐", "上坂村", "村医") in posts


def test_first_secretary_at_the_village_named_before():
    # xwlb-news (2023-01-02)
    text = "在湖南宁乡井冲村，眼下正是干包菜、干辣椒的销售旺季，驻村第一书记谢瑶忙着帮助村民拓宽线上销售渠道。"
    _, _, posts = _graph(text)
    assert ("谢瑶", "井冲村", "驻村第一书记") in posts


def test_short_reference_becomes_an_alias_of_the_one_full_name():
    # People's Daily, 1998: “陈书记来了。” then the full name with the title
    text = ("“陈书记来了。”在山西省翼城县浇底乡西村，乡亲们只要看到临汾地委副书记陈长禄那熟悉的身影，便会放下手中的活计，"
            "簇拥在他身边。")
    dg, _, _ = _graph(text)
    person = next(e for e in dg.entities if e.name == "陈长禄")
    assert "陈书记" in person.aliases


def test_honorifics_are_not_people():
    # xwlb-news (2022-11-27)
    dg, _, _ = _graph("家住双井街道九龙花园小区的居民杜先生，预约就医保障车辆，顺利来到垂杨柳医院进行透析治疗。")
    assert not [e for e in dg.entities if e.type == "Person"]
    # a surname before a doubled kinship term is a form of address, however the model cuts it (People's
    # Daily, 1998: 孙爷爷 beside the full name 孙录; 金金, a doubled character, is a pet name)
    dg, _, _ = _graph("孙录热泪盈眶，把金金搂到怀里，深情地说：“今天，我就认你这个孙女。你以后就叫我孙爷爷吧。”")
    assert [e.name for e in dg.entities if e.type == "Person"] == ["孙录"]


def test_byline_names_are_people():
    dg, _, _ = _graph("抓基层 强基础 固基本\n\n本报记者 沈童睿 王欣悦\n\n“要持续夯实基层基础”。")
    assert {"沈童睿", "王欣悦"} <= {e.name for e in dg.entities if e.type == "Person"}
    # People's Daily 1998 (the byline and the two headlines; the lines around them are filler): a byline name jieba
    # lists as a rare verb is a name; a headline ending in 记者 and a body's kind or a common verb names nobody
    dg, _, _ = _graph("打好技术基础 提高产品质量\n本报记者夏珺\n压题照片为南通仙羽制衣有限公司车间。")
    assert "夏珺" in {e.name for e in dg.entities if e.type == "Person"}
    for headline in ("中国记协举行中外记者联谊会\n", "中国大饭店请首都记者健身\n"):
        dg, _, _ = _graph(headline + "本报讯昨天，首都新闻界人士欢聚一堂。")
        assert not [e for e in dg.entities if e.type == "Person"], headline
    # xwlb-news (2022-10-21): a headline ending in 记者 and a common noun (招待会, a press conference) names nobody
    dg, _, _ = _graph("二十大新闻中心今天举行第五场记者招待会\n今天（10月21日）上午，二十大新闻中心举行第五场记者招待会。")
    assert not [e for e in dg.entities if e.type == "Person"]


def test_foreign_name_parts_joined_by_dots_and_hyphens_are_one_person():
    dg, _, _ = _graph("古巴共和国国家主席米格尔·迪亚斯-卡内尔·贝穆德斯将于11月24日访华。迪亚斯-卡内尔在习近平陪同下检阅仪仗队。")
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert "米格尔·迪亚斯-卡内尔·贝穆德斯" in people and "迪亚斯-卡内尔" in people
    assert not {"卡内尔", "迪亚斯", "米格尔"} & people


def test_frequent_words_are_people_only_with_name_context():
    dg, _, _ = _graph("推动高质量发展，服务高水平科技自立自强，弘扬伟大建党精神。国务院总理李强主持会议。")
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert "李强" in people and not {"高水平", "弘扬"} & people


def test_post_in_a_unit_of_the_body():
    # xwlb-news (2022-12-19, 2023-05-25) and People's Daily, 1998: the unit named before the title is a body of its
    # own, part of the body before it, and the post is there (SCHEMA: partOf is a sub-body)
    dg, names, posts = _graph("18日早上8时，广东省人民医院急诊科护士长何斌斌已经完成了查房、执行医嘱、物资调配等一系列工作。")
    assert ("何斌斌", "广东省人民医院急诊科", "护士长") in posts
    assert ("广东省人民医院急诊科", "广东省人民医院") in facts(dg, "partOf")
    _, _, posts = _graph("上海市公安局浦东分局刑侦支队九队队长杨文卿，湖北省广水市公安局交通警察大队武胜关中队中队长黄远波。")
    assert ("杨文卿", "上海市公安局浦东分局刑侦支队九队", "队长") in posts
    _, _, posts = _graph("大港公司装卸四队队长逄新学说：『今晚我们队决心创出单舱作业五百四十吨的新纪录。』")
    assert ("逄新学", "大港公司装卸四队", "队长") in posts


def test_a_title_naming_a_division_or_a_stationed_group_is_no_unit():
    # xwlb-news (2024-12-10, 2023-01-07): 学部委员 is an academician's title; the discipline group stationed at a
    # ministry is the discipline body's, no unit of the ministry
    _, _, posts = _graph("中国社会科学院学部委员、中国历史研究院副院长李国强同志就这个问题进行讲解，提出工作建议。")
    assert ("李国强", "中国社会科学院", "学部委员") in posts
    dg, names, posts = _graph("参加孙力军政治团伙的全国政协社会和法制委员会原副主任傅政华、中央纪委国家监委驻国家安全部纪检监察组"
                              "原组长刘彦平等一批违纪违法的中管干部。")
    assert not any(e.name.endswith("国家安全部纪检监察组") for e in dg.entities)


def test_editors_in_a_dropped_credit_line_are_people_with_evidence():
    # xwlb-news (2023-01-24) and, in the web page's credit-line format, two editors credited in People's Daily, 1998
    # (责任编辑：周泓洋; 责任编辑杨晔)
    raw = "每天早上八点，小廖就守在路边等着接单了。\n\n[责任编辑:周泓洋 杨晔 ]\n\n相关阅读\n"
    doc = Document("t", "t.txt", raw)
    ct = clean(doc)
    assert "责任编辑" not in ct.text  # the line is furniture, not running text
    dg = extract(ct)
    editors = {e.name: e for e in dg.entities if e.type == "Person"}
    assert set(editors) == {"周泓洋", "杨晔"}
    ev = editors["杨晔"].evidence[0]
    assert raw[ev.start:ev.end] == "杨晔" and "责任编辑" in ev.sentence


def test_bare_branch_after_a_named_community_is_that_community_s():
    # People's Daily, 1998 (a village: the same pattern)
    text = "西坑村发展初期，很多村民由于缺少资金，开好的山地都种不上果。党支部书记赖四强看在眼里急在心头。"
    _, _, posts = _graph(text)
    # the post is at the village's branch (a department named by its kind, below, is the place's)
    assert ("赖四强", "西坑村党支部", "党支部书记") in posts


def test_a_department_of_the_county_in_context_is_that_county_s():
    # People's Daily, 1998: 该县检察院 ("the county's procuratorate") is the one of the county named before; the
    # corpora hold no sentence with a person titled at such a department (该县组织部副部长…), which is read
    # through the same place
    text = "最近，被云南省永胜县法院宣判无罪的程海乡农民季正清，收到了该县检察院向其支付赔偿金并赔礼道歉的决定书。"
    located = facts(_graph(text)[0], "locatedIn")
    assert ("永胜县检察院", "永胜县") in located


def test_post_in_a_team_named_between_the_company_and_the_title():
    # xwlb-news (2022-10-13): a team (调整三班) between the company and the title, the team's head
    _, _, posts = _graph("我们来认识中国通号西工集团沈信公司调整三班班长柯晓宾、驻香港部队某队分队长王海旭。")
    assert ("柯晓宾", "中国通号西工集团沈信公司调整三班", "班长") in posts


def test_a_title_followed_by_another_name_is_not_the_later_person_s_post():
    _, _, posts = _graph("在湖南考察期间，湖南省委书记沈晓明和省长毛伟明陪同考察。")
    assert ("沈晓明", "湖南省委", "书记") in posts
    assert not [p for p in posts if p[0] == "毛伟明" and p[1] == "湖南省委"]


def test_former_committee_members_hold_posts_at_the_company_s_committee():
    _, _, posts = _graph("近日，华电能源股份有限公司原党委委员吴建斌接受审查调查。")
    assert ("吴建斌", "华电能源股份有限公司党委", "原委员") in posts  # (原: a post held before, as titled)


def test_each_title_in_a_chain_belongs_to_the_body_named_before_it():
    # xwlb-news (2022-10-26): 部长 is at 中央宣传部, not at the 政治局 named first; 委员 is at the 政治局
    _, _, posts = _graph("中共中央政治局委员、中央宣传部部长李书磊作了辅导报告。")
    assert posts == {("李书磊", "中共中央政治局", "委员"), ("李书磊", "中共中央宣传部", "部长")}


def test_a_eulogy_s_titles_parted_by_commas_are_all_the_person_s_posts():
    # xwlb-20240925-03, xwlb-20240823-02: the clauses of titles before the name and 同志, each with its body (the
    # epithets between, 我国政法战线的杰出领导人, name no post); the terms left out of the bodies' names
    _, _, posts = _graph("中国共产党的优秀党员，久经考验的忠诚的共产主义战士，我国政法战线的杰出领导人，中国共产党第十四届中央书记处"
                         "书记，中央政法委员会原书记，中国人民政治协商会议第九届全国委员会副主席，最高人民法院原院长任建新同志的遗体，"
                         "25日在北京八宝山革命公墓火化。")
    assert posts == {("任建新", "中共中央书记处", "书记"), ("任建新", "中央政法委员会", "原书记"),
                     ("任建新", "中国人民政治协商会议全国委员会", "副主席"), ("任建新", "最高人民法院", "原院长")}
    _, _, posts = _graph("中国共产党的优秀党员，忠诚的共产主义战士，杰出的科学家，中国科学院资深院士，中国科学院原院长、党组书记，"
                         "中国科学技术协会名誉主席、原主席，第九届全国人民代表大会常务委员会副委员长周光召同志的遗体，23日在北京"
                         "八宝山革命公墓火化。")
    assert {("周光召", "中国科学院", "原院长"), ("周光召", "中国科学技术协会", "名誉主席"),
            ("周光召", "全国人民代表大会常务委员会", "副委员长")} <= posts


def test_a_post_held_before_at_a_committee_is_not_cut_at_the_member_in_its_name():
    # xwlb-20240108-02: 曾任…全国人大常委会副委员长 (委员 of 委员会 is no title; the title follows the body)
    _, _, posts = _graph("甘苦同志是中国共产党的优秀党员、久经考验的忠诚的共产主义战士、壮族人民的优秀儿子，曾任第八届全国人大常委会"
                         "副委员长。")
    assert posts == {("甘苦", "全国人民代表大会常务委员会", "副委员长")}


# Sentences from xwlb-news (CCTV, 2023-2024).
def test_head_of_government_titled_by_level_holds_the_post_at_the_place():
    _, _, posts = _graph("在湖南考察期间，湖南省委书记沈晓明和省长毛伟明陪同考察。")
    assert ("毛伟明", "湖南省", "省长") in posts


def test_a_bare_provincial_committee_is_the_one_of_the_province_in_the_text():
    text = "习近平专门听取陕西省委和省政府工作汇报，省委书记赵一德汇报，省长赵刚等参加汇报会。"
    _, _, posts = _graph(text)
    assert posts == {("赵一德", "陕西省委", "书记"), ("赵刚", "陕西省", "省长")}


def test_state_titles_and_state_bodies():
    _, _, posts = _graph("中共中央政治局常委、全国人大常委会委员长赵乐际在四川调研。")
    assert ("赵乐际", "全国人民代表大会常务委员会", "委员长") in posts
    _, _, posts = _graph("国家发展改革委主任郑栅洁表示，将加快推进。")
    assert posts == {("郑栅洁", "国家发展和改革委员会", "主任")}


def test_a_second_title_of_the_same_body_is_kept_whole():
    # xwlb-news (2022-10-07)
    text = "我们来认识四川小金县冒水村党支部书记陈望慧，和贵州望谟县实验高中党总支副书记、副校长刘秀祥。"
    _, _, posts = _graph(text)
    # (a deputy secretary is titled with the branch's kind, as its secretary is: 党总支副书记)
    assert ("刘秀祥", "望谟县实验高中党总支", "党总支副书记") in posts
    # the second title is kept whole (副校长), at the school the branch belongs to (高中 ends a school's name there)
    assert ("刘秀祥", "望谟县实验高中", "副校长") in posts
    # xwlb-news (2026-08-11): the village's branch, named by 村党总支 after the village
    _, _, posts = _graph("8月9日傍晚，强降雨导致杭州萧山区祝家村短时间内积水暴涨。眼看积水越涨越高，村党总支副书记祝徐伟来不及多想，"
                         "便跳进泥水中，憋气潜入水下。")
    assert ("祝徐伟", "祝家村党总支", "党总支副书记") in posts


def test_a_name_cutting_into_a_place_name_is_not_a_person():
    # xwlb-news (2023-09-26): the mention model reads the village 李祖村 as a person's name
    dg, _, _ = _graph("李祖村位于义乌西北部。")
    assert not [e for e in dg.entities if e.type == "Person"]
    assert [e for e in dg.entities if e.name == "李祖村" and e.type == "Village"]


def test_reporters_hold_their_post_at_the_outlet_of_the_byline():
    # People's Daily, 1998: the outlet opens the line, or a dateline names it before (记者 …); the byline
    # lines are the corpus's, with the spaces between names that its segmentation took out put back
    _, _, posts = _graph("新华社记者 李锦 赵承\n\n那曲地区到处冰封雪盖，在零下近３０摄氏度的严寒中，中央慰问组的到来，"
                         "为灾区送来了春天般的温暖。")
    assert {("李锦", "新华社", "记者"), ("赵承", "新华社", "记者")} <= posts
    _, _, posts = _graph("新华社贵阳１２月３１日电（记者刘子富）中共中央政治局委员、中央书记处书记温家宝日前在贵州农村"
                         "考察扶贫工作时指出，到本世纪末基本解决农村贫困人口的温饱问题。")
    assert ("刘子富", "新华社", "记者") in posts
    _, _, posts = _graph("本报记者 李济国 贾建舟\n\n风景这边好\n\n时值年底，虽然气温低，却风和日丽。记者初次来到沂蒙山区大田庄乡。")
    assert not {p for p in posts if p[0] in ("李济国", "贾建舟")}  # 本报 names no outlet


def test_a_branch_named_by_its_kind_holds_the_post():
    # xwlb-news (2023-01-30, 2024-01-07): 村党支部书记 and 村支书 after the village
    _, _, posts = _graph("在山西省汾西县段村，村党支部书记李佳莉最近一直忙活着，一场大雪让村里的室外温度下降到了零下十几度，"
                         "担心村民养殖的牲口出现问题，李佳莉和村干部们挨家挨户跑，现场了解情况。")
    assert ("李佳莉", "段村党支部", "党支部书记") in posts
    _, _, posts = _graph("在黑龙江省五常市振兴村，村支书于殿红专门邀请了电商平台的直播团队，为村里合作社开启了五常大米的销售专场。")
    assert ("于殿红", "振兴村党支部", "党支部书记") in posts


def test_a_title_chain_before_a_spaced_name_gives_every_post():
    # People's Daily, 1998 (a list of award winners, one a line; the corpus runs the lines together and takes
    # out the space before each name, put back here)
    _, _, posts = _graph("海南医学院附属医院外科主任医师 付孝仁\n四川省天地出版社社长 林万清\n四川省叙永县科协主席 吴兆平\n"
                         "重庆市电影公司送电影下乡流动放映队队长 程仕福")
    assert {("林万清", "四川省天地出版社", "社长"), ("吴兆平", "叙永县科协", "主席"),
            ("程仕福", "重庆市电影公司送电影下乡流动放映队", "队长")} <= posts
    # xwlb-news (2026-08-06): 村委会主任 in a chain is the village's post
    _, _, posts = _graph("南郑区高台镇立峰村党总支部书记、村委会主任李杨在汛情巡查途中因洪水导致车辆失控冲入河道，危急时刻，"
                         "他奋力将车上的同事托举至车顶避险，把生的希望留给了他人。")
    assert {("李杨", "立峰村党总支部", "党总支部书记"), ("李杨", "立峰村", "村委会主任")} <= posts


def test_a_word_after_a_name_is_cut_off_where_the_name_stands_alone_elsewhere():
    # xwlb-news (2024-07-27): 向 ("to") after 韩正, who is named without it elsewhere (the model reads 韩正向)
    dg, _, _ = _graph("当地时间7月26日下午，应邀赴法国出席巴黎奥运会开幕式的习近平主席特别代表、国家副主席韩正在巴黎爱丽舍宫"
                      "同法国总统马克龙亲切交谈。\n韩正向马克龙及其夫人布丽吉特转达习近平主席和夫人彭丽媛的亲切问候。"
                      "韩正说，很高兴应邀出席巴黎奥运会开幕式，预祝巴黎奥运会精彩顺利。")
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert "韩正" in people and "韩正向" not in people


def test_places_and_function_words_are_not_people():
    # xwlb-news (2022-09-28): a herders' village read whole as a name is the village (the reading is given
    # here, whatever the weights)
    from graph.extract.document import _persons, _read_mentions
    from graph.extract.mentions import Span

    text = "廷·巴特尔的父亲廷懋是新中国开国少将，1974年，他插队来到满是荒滩沙地的内蒙古萨如拉图雅嘎查，这个将军的孩子从此扎根在了草原。"
    at = text.index("萨如拉图雅嘎查")
    places, persons, _, _ = _read_mentions(text, [Span(at, at + 7, "PER")])
    assert "萨如拉图雅嘎查" in {p.surface for p in places} and not persons
    # People's Daily, 1998: a conjunction (何况 "let alone") is no name, read so or not
    text = "因为那里是“生命禁区”，多少代中外探险家都没有穿越那里，何况要在那里打井采油呢？"
    dg, _, _ = _graph(text)
    assert not [e for e in dg.entities if e.type == "Person"]
    at = text.index("何况")
    assert _persons(text, [(at, at + 2)]) == []


def test_ranks_and_a_dash_before_the_name_give_posts():
    # xwlb-news (2023-03-06, 2024-09-12, 2025-02-17): 院士 and 一级巡视员 are posts at the body before them; a
    # dash may stand before the name
    _, _, posts = _graph("这位拿着照片向其他代表讲述线虫危害的老人是中国科学院院士张克勤，他扎根云贵高原40多年。")
    assert ("张克勤", "中国科学院", "院士") in posts
    _, _, posts = _graph("西藏自治区政府原党组成员、副主席王勇，国家金融监督管理总局稽查局一级巡视员贾沛文，"
                         "上海市政协原党组成员、秘书长黄国平等人违规收受礼品礼金。")
    assert ("贾沛文", "国家金融监督管理总局稽查局", "一级巡视员") in posts
    _, _, posts = _graph("首先，我们来认识一位在山东从事家政服务行业20多年、多次关注“一老一小”问题的全国人大代表——卓长立。")
    assert ("卓长立", "全国人民代表大会", "代表") in posts


def test_a_fact_read_twice_from_one_sentence_has_one_evidence():
    from graph.extract.document import _one_per_sentence
    from graph.records import Evidence

    # People's Daily, 1998
    sentence = "路桥区委常委、宣传部长陈越飞说。"
    twice = {Evidence("t", sentence, 0, 13), Evidence("t", sentence, 5, 13), Evidence("t", "陈越飞说。", 0, 3)}
    assert set(_one_per_sentence(twice)) == {Evidence("t", sentence, 0, 13), Evidence("t", "陈越飞说。", 0, 3)}
    dg, _, _ = _graph("路桥区委常委、宣传部长陈越飞说：“不求所有，但求所在。”")
    assert dg.relations
    for r in dg.relations:
        assert len({(e.document, e.sentence) for e in r.evidence}) == len(r.evidence)


def test_a_preposition_before_the_person_addressed_is_no_part_of_the_name():
    # People's Daily, 1998: 向 ("to") before 记者, with 高伟 named nowhere else
    from graph.extract.document import _persons

    text = ("助老工程办公室副主任高伟向记者介绍说：“按助养行动的安排，全国３１个省、市、自治区各按１００名限额，"
            "报来了８０岁以上急需救助的特困老人就有３１００多名。")
    dg, _, posts = _graph(text)
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert "高伟" in people and "高伟向" not in people
    assert ("高伟", "助老工程办公室", "副主任") in posts
    # the same when the model reads the preposition into the name (the reading is given here, whatever the weights)
    at = text.index("高伟")
    assert _persons(text, [(at, at + 3)]) == [(at, at + 2)]


def test_a_word_before_the_surname_of_a_form_of_address_is_no_name():
    # xwlb-news (2023-01-12) and People's Daily, 1998: 为吴女士, 为周师傅 ("for Ms Wu", "for master Zhou"): not a
    # person 为吴 (the model reads one) or 为周; a Uyghur name before 大叔 stays
    from graph.extract.document import _persons

    for text in ("进入社区医院，为吴女士查房巡诊的是无锡市人民医院的康复专家，他和病区护士长组成专家团队，驻点在社区。",
                 "于是，他找了旧木料为周师傅安了个信箱。"):
        dg, _, _ = _graph(text)
        assert not [e.name for e in dg.entities if e.type == "Person" and e.name.startswith("为")], text
        at = text.index("为")
        assert _persons(text, [(at, at + 2)]) == [], text
    dg, _, _ = _graph("火车开到于田县，从上世纪50年代开始，库尔班大叔“骑着毛驴上北京”的故事就在这里代代相传。")
    assert "库尔班" in {e.name for e in dg.entities if e.type == "Person"}


def test_a_delegate_to_a_congress_holds_no_post_at_the_place_they_come_from():
    # xwlb-news (2026-03-12): 来自青海省互助县的全国人大代表王国栋 — a delegate to the NPC, a body of the graph, is
    # one at the NPC, and holds nothing at the county he comes from
    _, _, posts = _graph("来自青海省互助县的全国人大代表王国栋介绍，他所在的班彦村通过易地扶贫搬迁，发展供港澳蔬菜基地、"
                         "集中式光伏电站等多种产业帮助村民增收。")
    assert posts == {("王国栋", "全国人民代表大会", "代表")}
    _, _, posts = _graph("来自湖南省湘西州花垣县十八洞村的全国人大代表施金通说，村里变化很大。")
    assert ("施金通", "全国人民代表大会", "代表") in posts


def test_a_cadre_in_charge_of_a_village_holds_the_post_there():
    # xwlb-news (2023-01-02, 2022-11-25): 在<village>，…驻村第一书记<name> — a cadre sent to the village named
    # before; 社区第一书记 after the community
    _, _, posts = _graph("在湖南宁乡井冲村，眼下正是干包菜、干辣椒的销售旺季，驻村第一书记谢瑶忙着帮助村民拓宽线上销售渠道。")
    assert ("谢瑶", "井冲村", "驻村第一书记") in posts
    _, _, posts = _graph("在朵努社区的凉亭议事会上，社区第一书记黎夏正在和居民交流学习党的二十大报告的心得体会。")
    assert ("黎夏", "朵努社区", "第一书记") in posts


def test_a_byline_s_names_spaced_out_are_people():
    # People's Daily, 1998 (headline, byline, first sentence; the corpus takes out the spaces that pad a
    # two-character name to a three-character one in print, put back here; the second in traditional script,
    # after a bullet, as a reprint sets it)
    for raw, name in (("电子“交警”在鹏城\n■王 楚\n“電子眼”在深圳街頭一露臉，就形成衝擊波。", "王楚"),
                      ("安全飞行又一年\n\n本报记者 祝 谦\n\n１９９７年１２月３１日夜，严寒袭人。", "祝谦")):
        dg = extract(clean(Document("t", "t.txt", raw)))
        assert name in {e.name for e in dg.entities if e.type == "Person"}, raw


def test_a_title_right_after_is_and_a_body_or_place_is_a_post_there():
    # xwlb-news (2025-01-16, 2023-02-20, 2023-05-01): X是<body><title>, without 的
    _, _, posts = _graph("石强是越西县就业局局长，刚搬下来的时候，他拿着20个岗位信息到感恩社区，结果只招到两个人。")
    assert ("石强", "越西县就业局", "局长") in posts
    _, _, posts = _graph("黄花春是广西崇左市高级中学副校长，在一线教育岗位工作了20多年，如何让偏远地区的孩子享受到优质均衡的"
                         "教育资源，始终是她最关心和关注的问题。")
    assert ("黄花春", "崇左市高级中学", "副校长") in posts
    _, _, posts = _graph("经历了这次危险救援，也让李长青明白了同是抢险救援队驾驶员的父亲常说的，救援工作并不是救出一辆车那么简单，"
                         "而是守护万千家庭。")
    assert not posts  # a relative's title is not his post


def test_a_byline_naming_no_outlet_is_the_outlet_of_the_source_line():
    # People's Daily, 1998, as a page reposting it would carry it (a source line, the headline, the byline with
    # its spaces put back, the first sentence): 本报 is the paper the source line names
    text = ("本文转自:人民日报\n\n电子“交警”在鹏城\n\n本报记者 王楚\n\n"
            "“电子眼”在深圳街头一露脸，就形成冲击波，震动了全市４０余万机动车驾驶员。")
    _, _, posts = _graph(text)
    assert ("王楚", "人民日报", "记者") in posts
    # a correspondent of another outlet in the byline is not the page's
    text = ("本文转自:人民日报\n\n将门之女的追求\n\n新华社记者 张钊 新华社通讯员 刘翔谦\n\n"
            "图为：在党的第十五次代表大会期间，林华卿向江总书记汇报工作。")
    _, _, posts = _graph(text)
    assert ("张钊", "新华社", "记者") in posts
    assert not {p for p in posts if p[0] == "刘翔谦" and p[1] == "人民日报"}
    text = ("来源:人民网--人民日报\n"
            "本报苏州１月１日电记者龚雯报道：１９９７年１２月３１日子夜，随着苏州寒山寺钟声撞响第１０８下，姑苏城内一片欢腾。")
    _, _, posts = _graph(text)
    assert ("龚雯", "人民日报", "记者") in posts  # 本报: the paper, not the website
    # a photo credit in brackets after its caption
    text = ("来源: 人民日报\n\n新年第一天，北京、上海两地同时举行万人登八达岭长城和千人登东方明珠塔“新春步步高”活动。"
            "图为八达岭登山活动的场面。（本报记者王霞光摄）\n")
    _, _, posts = _graph(text)
    assert ("王霞光", "人民日报", "记者") in posts


def test_a_reporter_the_running_text_names_is_not_the_page_s_own():
    # xwlb-news (2023-02-10), on a page whose source line names an outlet: 西摩·赫什 writes for none of it
    text = ("来源：人民网\n对于美国调查记者西摩·赫什爆料美国政府策划炸毁“北溪”天然气管道，俄罗斯媒体9日援引"
            "俄罗斯外交部副部长格鲁什科的话报道说，俄罗斯不会让这一事件草草结束。")
    _, _, posts = _graph(text)
    assert not {p for p in posts if p[0] == "西摩·赫什"}


def test_a_title_held_then_before_de_is_the_post_of_the_person_after():
    # People's Daily, 1998: 时任<body><title>的<name>
    text = ("１９８５年大年初二，时任湘西土家族苗族自治州扶贫领导小组副组长的彭楚政，将一份长达３万字的"
            "《关于解决无房群众住房问题的报告》上报自治州党委。")
    _, _, posts = _graph(text)
    assert ("彭楚政", "湘西土家族苗族自治州扶贫领导小组", "副组长") in posts
    _, _, posts = _graph(text.replace("时任", ""))
    assert not posts  # without 时任 …的 the title may be somebody else's


def test_a_later_title_at_a_body_named_by_its_kind_is_at_the_one_named_before():
    # People's Daily, 1998: 公司总经理 after the branch company was named in full (a headline between); the
    # title before it (劳模, a model worker of the province) is no post
    text = ("别看中保人寿保险有限公司本溪分公司对社会公益事业肯于多尽一份责任，多尽一份义务，可对本公司的经费开支，"
            "他们却精打细算，从不乱花一分钱。\n树立美好形象\n辽宁省劳模、公司总经理李春久总爱说这样一句话：“要想让员工们"
            "在公众面前树立美好形象，首先，公司领导要在员工心目中树立美好形象。”")
    _, _, posts = _graph(text)
    assert posts == {("李春久", "中保人寿保险有限公司本溪分公司", "总经理")}


def test_a_post_in_a_division_named_after_its_body_is_at_the_division():
    # People's Daily, 1998
    _, _, posts = _graph("中国民航总局航班时刻处处长包方田介绍，因旅客原因造成航班延误，除了以爆炸物威胁外，还有其它一些情况。")
    assert posts == {("包方田", "中国民航总局航班时刻处", "处长")}


def test_a_name_read_once_is_the_person_where_it_is_written_again():
    # xwlb-news (2023-07-11, the first and last paragraphs): the tagger reads 浅川雅嗣 in the later sentence only;
    # the title before the first one is his post
    text = ("国务院总理李强11日在京会见亚洲开发银行行长浅川雅嗣。\n"
            "浅川雅嗣表示，亚行同中国建立了强有力的紧密合作伙伴关系。亚行支持中国高质量发展，愿同中方加强知识创造、"
            "绿色发展等领域合作，帮助地区国家分享中国成功发展经验。")
    dg, _, posts = _graph(text)
    assert ("浅川雅嗣", "亚洲开发银行", "行长") in posts
    person = next(e for e in dg.entities if e.name == "浅川雅嗣")
    assert len({ev.start for ev in person.evidence}) == 2


def test_a_title_before_a_pause_or_dash_and_a_chain_of_places_is_at_the_body_before():
    # xwlb-news (2026-03-06, 2025-02-25): 全国人大代表、<places>…村党总支书记<name>, and the same with a dash
    _, _, posts = _graph("全国人大代表、靖江市新桥镇德胜村党总支书记杨恒俊给总书记汇报了村里的新变化。")
    assert {("杨恒俊", "全国人民代表大会", "代表"), ("杨恒俊", "德胜村党总支", "党总支书记")} <= posts
    _, _, posts = _graph("我们认识一位来自乡村振兴一线的全国人大代表——成都市温江区寿安镇岷江村党委书记陶勋花。")
    assert {("陶勋花", "全国人民代表大会", "代表"), ("陶勋花", "岷江村党委", "党委书记")} <= posts


def test_the_titles_of_an_as_clause_before_the_name_are_posts():
    # xwlb-news (2023-03-03): 作为全国人大代表，乔进双梅曾提出…
    first = "乔进双梅是乐山市马边彝族自治县花间刺绣专业合作社的负责人。"
    _, _, posts = _graph(first + "作为全国人大代表，乔进双梅曾提出将非遗保护与乡村振兴相结合的建议，希望通过“走出去、请进来”的"
                         "专业化培训，一方面传承保护彝族刺绣，另一方面让更多当地人增加一项增收的技能。")
    assert ("乔进双梅", "全国人民代表大会", "代表") in posts
    _, _, posts = _graph(first)
    assert not {p for p in posts if p[1] == "全国人民代表大会"}  # the post comes from the clause
    # invented (the corpora hold no such sentence): a relative clause ending in 的 between the comma and the name
    _, _, posts = _graph("作为湖南省宁乡市井冲村党总支书记，奔忙在田间地头的王海波感觉肩上的责任更重了。")
    assert ("王海波", "井冲村党总支", "党总支书记") in posts


def test_a_title_after_the_name_is_a_post_at_the_body_it_names_when_the_text_names_it():
    # xwlb-news (2022-09-28, 2023-03-14, 2023-06-26): 习近平总书记 in a text that names 党中央 and ties the name
    # to it by a set phrase; without that body (the second: the phrase, whose fixed words every report shares),
    # or without the phrase (a foreign party's leader has the same title), no post
    text = ("文章指出，以习近平同志为核心的党中央对二十大代表选举工作高度重视，习近平总书记亲自谋划部署，主持召开"
            "中央政治局常委会会议和中央政治局会议专门研究，多次听取汇报，作出重要指示，提出明确要求。")
    dg, _, posts = _graph(text)
    assert ("习近平", "中国共产党中央委员会", "总书记") in posts  # (党中央, by its official name)
    fact = next(r for r in dg.relations if r.predicate == "holdsPost")
    assert "习近平总书记" in fact.evidence[0].sentence
    _, _, posts = _graph("新一届政府要以习近平新时代中国特色社会主义思想为指导，深入学习领会习近平总书记重要讲话和全国两会精神，"
                         "认真抓好贯彻落实。")
    assert not posts
    _, _, posts = _graph("在习近平总书记和阮富仲总书记引领下，两党两国关系发展保持良好势头。")
    assert not posts


def test_names_in_a_list_of_members_take_the_last_title_before_them():
    # xwlb-news (2023-03-08, 2024-04-24): titled names, then untitled names after the last title
    _, _, posts = _graph("中共中央政治局委员、中央军委副主席张又侠主持会议，中共中央政治局委员、中央军委副主席何卫东，"
                         "中央军委委员李尚福、刘振立、苗华、张升民参加会议。")
    assert {("何卫东", "中央军事委员会", "副主席"), ("李尚福", "中央军事委员会", "委员"),
            ("苗华", "中央军事委员会", "委员"), ("张升民", "中央军事委员会", "委员")} <= posts
    assert ("苗华", "中央军事委员会", "副主席") not in posts
    _, _, posts = _graph("4月22日至24日，习近平在中共中央政治局委员、重庆市委书记袁家军和市长胡衡华陪同下，深入物流园区、"
                         "城市社区、数字化城市运行和治理中心等进行考察调研。")
    assert ("胡衡华", "重庆市委", "书记") not in posts  # a name with a title of its own keeps it
    assert ("胡衡华", "重庆市", "市长") in posts


def test_a_short_place_name_listed_between_people_is_a_person():
    # xwlb-news (2026-03-09, 2022-10-10): 柳江 (the short form of 柳江区) and 马龙 (of 马龙区) between two names
    for text, name in (("在今天的“代表通道”上，全国人大代表倪迪、柳江、李长东，分别就中国航运、国企转型升级、动力电池回收等"
                        "问题回答了记者提问。", "柳江"),
                       ("在最终的男团决赛中，由樊振东、马龙、王楚钦出阵的中国队以总比分3比0战胜欧洲劲旅德国队，夺得冠军，"
                        "成功实现了世乒赛男团的十连冠，这也是他们第22次夺得斯韦思林杯。", "马龙")):
        dg, _, _ = _graph(text)
        assert name in {e.name for e in dg.entities if e.type == "Person"}, text
        assert not [e for e in dg.entities if e.type == "County" and e.name.startswith(name)], text


def test_a_chain_of_places_after_is_or_as_leads_to_the_body_or_place_holding_the_post():
    # xwlb-news (2022-10-04, 2022-11-08, 2025-02-21)
    _, _, posts = _graph("裴春亮是河南省辉县市裴寨村党支部书记，这段时间，他正在为村里的新产业园建设忙活着。")
    assert ("裴春亮", "裴寨村党支部", "党支部书记") in posts
    _, _, posts = _graph("二十大代表施金通是湖南湘西花垣县十八洞村党支部书记，在村里的广场上，他和大伙一起学习二十大报告，"
                         "交流村里发展的新思路。")
    assert ("施金通", "十八洞村党支部", "党支部书记") in posts
    _, _, posts = _graph("王润梅是山西太原的一名市政工作者，主要承担道路排水的维护和保障。")
    assert not posts  # a calling at a place is no post there
    _, _, posts = _graph("阿卜迪麦麦提·奥布力是新疆和田地区墨玉县布古其村的党支部书记，他所在的村有1600多名村民。")
    assert ("阿卜迪麦麦提·奥布力", "布古其村党支部", "党支部书记") in posts


def test_titles_before_a_pause_do_not_pass_over_another_person_s_name():
    text = "古巴共产党中央第一书记、国家主席迪亚斯-卡内尔、古巴全国人民政权代表大会主席拉索、中国驻古使馆代表等各界人士出席活动。"
    _, _, posts = _graph(text)
    assert not {p for p in posts if p[0] == "拉索" and p[2] == "第一书记"}


def test_a_member_of_an_association_holds_that_post():
    # xwlb-news (2022-11-18): an association's title in a chain (no real sentence of the corpora writes 会员 and
    # then a description before a name, as the earlier test did)
    _, _, posts = _graph("中央宣讲团成员、全国港澳研究会会长邓中华在青海西宁作宣讲报告。")
    assert posts == {("邓中华", "中央宣讲团", "成员"), ("邓中华", "全国港澳研究会", "会长")}


def test_he_or_she_is_a_title_is_a_post_of_the_person_named_just_before():
    # dev set: the name, a sentence, then 她是<places><title>
    text = "48岁的宋奕奕现在喜欢用一个词:互联网思维。她是宝山吴淞街道永清二村居民区书记,3年前开始使用“社区通”。"
    _, _, posts = _graph(text)
    assert ("宋奕奕", "永清二村居民区", "书记") in posts
    text = "48岁的宋奕奕现在喜欢用一个词:互联网思维。\n她是宝山吴淞街道永清二村居民区书记。"
    _, _, posts = _graph(text)
    assert not posts  # another paragraph: the pronoun may be somebody else


def test_a_title_in_brackets_after_a_name_is_a_post_at_the_village_it_names():
    # People's Daily, 1998: 张发强（国家体委副主任）, a speaker's title in brackets after the name (no real
    # sentence of the corpora puts a village in such brackets: 驻某村第一书记 is covered by the rule's other tests)
    _, _, posts = _graph("张发强（国家体委副主任）：体育发展还走过去的老路是不行的。")
    assert posts == {("张发强", "国家体委", "副主任")}
    _, _, posts = _graph("张冬科（农业部全国菜篮子工程办公室副主任）：９０年代以来，城市居民“菜篮子”产品消费不仅数量增长，"
                         "而且不少产品质量方面的需求越来越高。")
    assert ("张冬科", "农业部全国菜篮子工程办公室", "副主任") in posts


def test_a_reporter_described_between_the_outlet_and_the_title_is_its_reporter():
    # People's Daily, 1998
    _, _, posts = _graph("光明日报资深记者张安惠，退休后写成了一本书：《往事知多少》（新华出版社出版），这本书的头半本是她的自叙，"
                         "后半本是她近年来写下的名人专访。")
    assert ("张安惠", "光明日报", "记者") in posts


def test_a_name_read_in_part_is_the_full_name_the_text_spells_there():
    # xwlb-news (2022-10-10): a tagger may read only the end of a long Tibetan name
    from graph.extract.document import _persons
    text = "洛桑达娃是西藏拉萨火车站的一名工程师，砥砺奋进的十年，洛桑达娃见证并亲历了西藏铁路建设的跨越式发展。"
    first, second = text.index("洛桑达娃"), text.rindex("洛桑达娃")
    model = [(first, first + 4), (second + 2, second + 4)]  # the second read as 达娃 only
    assert _persons(text, model) == [(first, first + 4), (second, second + 4)]


def test_a_word_read_into_a_name_does_not_spread_to_the_name_elsewhere():
    # xwlb-news (2024-07-27): a reading of 请韩正 once and 韩正 once; 请 ("ask") is a verb, not part of a name
    from graph.extract.document import _persons
    text = "马克龙请韩正转达对习近平主席和夫人彭丽媛的诚挚问候，感谢并欢迎韩正作为习近平主席特别代表来法出席巴黎奥运会开幕式。"
    first, second = text.index("韩正"), text.rindex("韩正")
    assert _persons(text, [(first - 1, first + 2), (second, second + 2)]) == [(first, first + 2), (second, second + 2)]


def test_a_village_spoken_of_without_its_suffix_is_not_a_person():
    # xwlb-news (2022-11-14): 张家沟 is 张家沟村 for short (and opens with a surname)
    from graph.extract.document import _not_short_forms_of_places
    from graph.extract.places import find_places
    text = ("二十大代表康天平是河南鹤壁市鹤山区张家沟村党支部书记。这个冬天，张家沟的村容整治、民宿改造项目正在加紧进行，"
            "康天平结合村里实际，面对面和大家交流，一起学习二十大报告。")
    short = text.index("张家沟的")
    keep = text.index("康天平")
    persons = [(short, short + 3), (keep, keep + 3)]
    assert _not_short_forms_of_places(text, find_places(text), persons) == [(keep, keep + 3)]


@pytest.mark.parametrize("text", [
    "毛乌素沙地的治理取得成效，大家哈哈笑。",  # jieba's dictionary lists 哈哈笑 as a name; the model reads one
    "志愿者穿上红马甲，在强降雨中巡查。",
])
def test_everyday_words_are_not_people(text):
    dg, _, _ = _graph(text)
    assert not [e.name for e in dg.entities if e.type == "Person"]


def test_a_village_the_model_reads_as_a_name_is_a_village():
    # xwlb-news (2023-08-27): a village read whole as a person's name (the reading is given here, so that the
    # test holds whatever the weights) is the village, in the township before it (the rules alone miss 库木村)
    from graph.extract.document import _read_mentions
    from graph.extract.mentions import Span

    text = "在和田县布扎克乡库木村，村干部们一大早就来到核桃园帮着村民卖核桃。"
    at = text.index("库木村")
    places, persons, _, _ = _read_mentions(text, [Span(at, at + 3, "PER")])
    village = next(p for p in places if p.surface == "库木村")
    assert village.level == "Village" and village.parent.surface == "布扎克乡" and not persons


@pytest.mark.parametrize("text, word", [
    # xwlb-news: a county of the same report named without 县
    ("火车开到于田县，结束了不通火车的历史。如今，于田通了高速公路，还有4趟列车每日往返。", "于田"),
    # xwlb-news: a part of a place, and a meeting named after a city
    ("以军对贝鲁特南郊实施多轮空袭。", "贝鲁特"),
    ("叙利亚问题阿斯塔纳会谈举行。", "阿斯塔纳"),
])
def test_places_read_as_names_are_not_people(text, word):
    from graph.extract.document import _not_short_forms_of_places
    from graph.extract.places import find_places

    at = text.rindex(word)
    assert _not_short_forms_of_places(text, find_places(text), [(at, at + len(word))]) == []


def test_talks_after_a_titled_name_are_that_person_s_not_a_city_s():
    # xwlb-news (2023-10-19, 2023-02-04): 会谈 after a name names a city's talks (阿斯塔纳会谈, above) only where
    # no title stands right before the name
    assert "赛塔" in _people("国务院总理李强18日在京同来华出席第三届“一带一路”国际合作高峰论坛并进行正式访问的泰国总理赛塔会谈。")
    assert {"拉德夫", "诺瓦克"} <= _people("保加利亚总统拉德夫2日在首都索菲亚和到访的匈牙利总统诺瓦克会谈后表示，"
                                          "对乌克兰提供武器无益于解决俄乌冲突。")
    assert "阿斯塔纳" not in _people("叙利亚问题阿斯塔纳会谈举行。")


def test_a_country_read_as_a_name_is_not_a_person():
    # CCTV news: the mention model reads a small country's name as a person's
    from graph.extract.document import _persons
    text = "瓦努阿图总理纳帕特表示，愿同中方加强合作。"
    country, name = text.index("瓦努阿图"), text.index("纳帕特")
    assert _persons(text, [(country, country + 4), (name, name + 3)]) == [(name, name + 3)]


def test_a_village_committee_named_by_its_kind_gives_a_post_at_the_village_named_before():
    # People's Daily, 1998 and xwlb-news (2022-10-04, 2025-03-06): 村委会主任 after the village, 当村委会主任
    # ("serve as"), 社区的居委会主任; no node for the committee itself, whose name the text never writes
    for text, post in (("日前，湖北省谷城县庙滩镇喻家湾村，４名在家的村干部接受了４６名村民代表的信任投票。村委会主任龚志国"
                           "（右前二）代表村干部述职，他既讲了两年来为村民办的好事，也将没办成的事情认认真真地说清楚。",
                           ("龚志国", "喻家湾村", "村委会主任")),
                          ("裴春亮是河南省辉县市裴寨村党支部书记，这段时间，他正在为村里的新产业园建设忙活着。"
                           "2005年4月，在外做生意致富的裴春亮回村当村委会主任。", ("裴春亮", "裴寨村", "村委会主任")),
                          ("全国人大代表李肖娜是连云港市海州区新海街道海连社区的居委会主任，她向总书记介绍了这些年建设和美社区的"
                           "情况。", ("李肖娜", "海连社区", "居委会主任"))):
        _, names, posts = _graph(text)
        assert post in posts, text
        assert not any(n.endswith(("村委会", "居委会")) for n in names.values()), text


def test_countries_sides_and_pairs_are_not_people():
    # CCTV news: the model reads 马方 ("the Malaysian side") and 中瑙 (China and Nauru) as names
    from graph.extract.document import _persons
    text = "马来西亚总理安瓦尔表示，马方愿同中方加强高层交往。瑙鲁外长说，中瑙复交是历史性时刻。"
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("安瓦尔", "马方", "中瑙")]
    assert [text[s:e] for s, e in _persons(text, spans)] == ["安瓦尔"]
    # a surname 马 and a given name 中 where no country is named: a person
    text = "马中同志是我们村的老支书。"
    assert _persons(text, [(0, 2)]) == [(0, 2)]


def test_two_names_read_as_one_across_tong_are_two_people():
    # CCTV news: 普京同卢拉通电话, both named on their own in the report
    from graph.extract.document import _persons
    text = "普京同卢拉通电话。俄罗斯总统普京与巴西总统卢拉通电话。"
    spans = [(0, 5), (text.rindex("普京"), text.rindex("普京") + 2), (text.rindex("卢拉"), text.rindex("卢拉") + 2)]
    assert sorted({text[s:e] for s, e in _persons(text, spans)}) == ["卢拉", "普京"]


def test_a_transliterated_name_ends_before_the_verb_after_it():
    # CCTV news: the model reads 伊姆兰·哈立德发文 ("… writes") as the name
    from graph.extract.document import _persons
    text = "巴基斯坦国际事务分析人士伊姆兰·哈立德发文表示，中方一直呼吁政治解决。"
    start = text.index("伊姆兰")
    assert [text[s:e] for s, e in _persons(text, [(start, start + 9)])] == ["伊姆兰·哈立德"]


def test_a_name_after_a_title_that_jieba_reads_across_is_kept():
    # CCTV news: jieba cuts 外长安格明 as 外/长安/格明 and 副市长江敦涛 across 长江; the title ends where the name begins
    from graph.extract.document import _persons
    for text, name in (("瑙鲁外长安格明表示，复交是历史性时刻。", "安格明"), ("重庆市原副市长江敦涛接受审查。", "江敦涛")):
        start = text.index(name)
        assert _persons(text, [(start, start + 3)]) == [(start, start + 3)], text


def test_what_one_serves_as_is_a_post_not_a_person():
    # xwlb-news (2022-09-27): 当选村党支部书记 ("elected branch secretary"); 村 is also a surname
    from graph.extract.document import _persons
    text = "1996年，刘桂珍全票当选村党支部书记，担起了带领全村百姓脱贫致富的重任。"
    start = text.index("村党支")
    assert _persons(text, [(start, start + 3)]) == []


def test_a_title_whose_subject_is_you_is_not_the_speaker_s():
    # CCTV news: 金正恩表示，…您再次当选中共中央总书记 — the post is the addressee's, not the speaker's
    _, _, posts = _graph("金正恩表示，欣悉中共二十大成功举行，您再次当选中共中央总书记，我谨致以最热烈祝贺！")
    assert not any(person == "金正恩" for person, _, _ in posts)


def test_another_communist_party_s_central_committee_is_not_the_party_centre():
    # CCTV news: 古巴共产党中央政治局委员…马丁内斯 holds no post at 党中央
    _, names, posts = _graph("李希在北京会见由古巴共产党中央政治局委员、阿特米萨省委第一书记马丁内斯率领的考察团。")
    assert ("马丁内斯", "古巴共产党中央政治局", "委员") in posts
    assert "中国共产党中央委员会" not in names.values()  # (党中央, by its official name)
    _, names, posts = _graph("老挝人民革命党中央总书记、国家主席通伦致电习近平。")
    assert ("通伦", "老挝人民革命党中央委员会", "总书记") in posts and "中国共产党中央委员会" not in names.values()
    # CCTV news: 老挝人革党中央 (人民革命党, written short) is theirs too
    _, names, posts = _graph("11月30日，全国人大常委会委员长栗战书在人民大会堂会见老挝人革党中央总书记、国家主席通伦。")
    assert "中国共产党中央委员会" not in names.values() and not [p for p in posts if p[1] == "中国共产党中央委员会"]
    # ours, after 的 or 和 (People's Daily, 1998; xwlb-news, 2022-10-17)
    for text in ("国家体委主任伍绍祖说，新中国成立后，以毛泽东同志为首的党中央第一代领导集体提出“发展体育运动，增强人民体质”"
                 "的指导方针，明确了新中国体育事业的根本任务。",
                 "赵乐际指出，习近平总书记和党中央时刻保持解决大党独有难题的清醒和坚定，时刻保持推进党的自我革命的高度自觉，"
                 "坚定不移正风肃纪反腐，取得显著成效、产生深远影响。"):
        _, names, _ = _graph(text)
        assert "中国共产党中央委员会" in names.values(), text


def test_a_former_party_group_is_the_body_s_own_and_a_preposition_opens_no_title():
    # CCTV news: 五华区自然资源局原党组书记 — 原 ("former") belongs to the post, not the group's name;
    # 在北京同古巴国家主席… — 同 ("with") opens no title at 北京
    _, names, posts = _graph("云南省昆明市五华区自然资源局原党组书记、局长和毅接受纪律审查和监察调查。")
    # (the post titled as written, 原党组书记; 原 covers the title listed after it, 原局长)
    assert ("和毅", "五华区自然资源局党组", "原党组书记") in posts and ("和毅", "五华区自然资源局", "原局长") in posts
    _, _, posts = _graph("习近平在北京同古巴国家主席迪亚斯-卡内尔举行会谈。")
    assert not posts


def test_two_names_read_as_one_without_a_joiner_and_a_word_after_a_name_of_three():
    # CCTV news: 李希韩正 (two leaders listed without a mark), 杨恒俊给总书记汇报 (给 "to" read into the name)
    from graph.extract.document import _persons
    text = "李希韩正出席。李希在会上讲话。韩正会见外宾。"
    assert {text[s:e] for s, e in _persons(text, [(0, 4), (7, 9), (15, 17)])} == {"李希", "韩正"}
    text = "德胜村党总支书记杨恒俊给总书记汇报了村里的新变化。"
    start = text.index("杨恒俊")
    assert _persons(text, [(start, start + 4)]) == [(start, start + 3)]
    # a four-character name with a compound surname keeps its last character
    assert _persons("欧阳晓明说，村里变了。", [(0, 4)]) == [(0, 4)]


def test_a_former_party_group_is_a_part_of_its_body():
    # CCTV news: 农业农村部原党组书记、部长唐仁健 — 原 is the post's; the group is the ministry's
    _, names, posts = _graph("农业农村部原党组书记、部长唐仁健严重违纪违法被开除党籍。")
    # (the post titled as written, 原党组书记, as the annotations keep 原副主席; 原 covers the title listed after it)
    assert ("唐仁健", "农业农村部党组", "原党组书记") in posts and ("唐仁健", "农业农村部", "原部长") in posts
    assert not any("原" in n for n in names.values())


def test_a_surname_alone_or_a_name_cut_from_an_idiom_is_not_a_person():
    # xwlb-news (2022-12-11): 舰上官兵 ("the crew on board"), where 上官 is a compound surname; (2023-02-06) 京津冀一体化
    # ("integration of Beijing, Tianjin and Hebei"): 冀 is a surname, 一 begins 一体化
    from graph.extract.document import _persons
    for text, word in (("中国人民解放军海军扬州舰伏波静卧，舰上官兵分区列队、肃立舷边。", "上官"),
                       ("日前，北京至秦皇岛高速公路实现全线贯通，高速全长264公里，串联起北京、天津、河北，进一步完善京津冀一体化交通网，"
                        "还与京哈高速等公路相接，是京津冀联通东北的快速通道。", "冀一")):
        start = text.index(word)
        assert _persons(text, [(start, start + 2)]) == [], text
    # a two-character name before a short word stays
    assert _persons("王一说，大家好。", [(0, 2)]) == [(0, 2)]


def test_a_verb_or_a_joiner_read_into_a_name_of_three():
    # CCTV news: 李强作总结讲话 (作 "make", 李强 named alone elsewhere); 邵鸿和何报翔 (和 before the next name)
    from graph.extract.document import _persons
    text = "习近平发表重要讲话 李强作总结讲话。国务院总理李强出席会议。"
    start, alone = text.index("李强作"), text.rindex("李强")
    assert {text[s:e] for s, e in _persons(text, [(start, start + 3), (alone, alone + 2)])} == {"李强"}
    text = "还有陈竺、万钢、邵鸿和何报翔、王光谦出席。"
    first, second = text.index("邵鸿"), text.index("何报翔")
    assert [text[s:e] for s, e in _persons(text, [(first, first + 3), (second, second + 3)])] == ["邵鸿", "何报翔"]


def test_a_name_listed_after_another_is_not_cut_before_a_verb():
    # xwlb-news (2023-09-28): 跃出 ("leap out") is a verb across the end of 沈跃跃, but a name listed after another
    # keeps its three characters, as the list's names do
    from graph.extract.document import _persons
    text = "吴政隆、沈跃跃出席会议。"
    assert [text[s:e] for s, e in _persons(text, [(0, 3), (4, 7)])] == ["吴政隆", "沈跃跃"]


def test_a_chief_architect_and_planner_hold_posts():
    # xwlb-news (2024-02-29): 总建筑师, 总规划师, a design institute's chief officers as 总工程师 is a company's
    _, _, posts = _graph("全国人大代表吴晨是北京市建筑设计研究院总建筑师、总规划师。")
    assert {("吴晨", "北京市建筑设计研究院", "总建筑师"), ("吴晨", "北京市建筑设计研究院", "总规划师")} <= posts


def test_a_party_group_of_a_ministry_whose_name_holds_and():
    # xwlb-news (2023-12-27): the rules' edge stops at 和 (旅游部党组, 信息化部党组); the group is the whole ministry's
    _, _, posts = _graph("工业和信息化部党组书记、部长金壮龙在报告会上表示，推进新型工业化要突出重点、把握关键。")
    assert {("金壮龙", "工业和信息化部党组", "党组书记"), ("金壮龙", "工业和信息化部", "部长")} <= posts


def test_a_former_member_of_a_party_group_and_a_detachment_head_hold_their_posts_as_titled():
    # xwlb-news (2024-01-29): 原党组成员 at the bureau's group; (2026-04-05) 支队长 of a named detachment, the
    # detachment a unit of the bureau (not a post 禁毒支队支队长 at the bureau)
    _, _, posts = _graph("湖北洪湖国家级自然保护区管理局原党组成员、副局长郭平安等人违规收受礼品礼金，受到严肃处理。")
    assert ("郭平安", "湖北洪湖国家级自然保护区管理局党组", "原党组成员") in posts
    dg, _, posts = _graph("王宇飞，生前任成都市公安局禁毒支队支队长。")
    assert posts == {("王宇飞", "成都市公安局禁毒支队", "支队长")}
    assert ("成都市公安局禁毒支队", "成都市公安局") in facts(dg, "partOf")


def test_a_post_after_a_polite_you_is_not_the_speaker_s():
    # CCTV news: 岸田文雄表示，谨对阁下再次当选中共中央总书记致以衷心祝贺 (阁下 "Your Excellency" is elected)
    _, _, posts = _graph("日本自民党总裁、首相岸田文雄表示，谨对阁下再次当选中共中央总书记致以衷心祝贺。")
    assert not [p for p in posts if p[0] == "岸田文雄" and p[2] == "总书记"]


def test_the_second_post_after_a_party_group_is_at_its_body():
    # CCTV news: 财政部党组书记、部长刘昆; 时任福建省委副书记的习近平
    _, _, posts = _graph("中央宣讲团成员、财政部党组书记、部长刘昆在贵州贵阳作宣讲报告。")
    assert ("刘昆", "财政部", "部长") in posts and ("刘昆", "财政部党组", "党组书记") in posts
    _, _, posts = _graph("1998年，时任福建省委副书记的习近平同志亲自护送第二批福建援藏干部进藏。")
    assert ("习近平", "福建省委", "副书记") in posts


def test_the_second_post_after_a_party_group_keeps_its_executive_rank():
    # xwlb-news (2023-01-09): 党组书记、常务副主席 — the executive vice-chair, not a vice-chair (常务 was dropped)
    _, _, posts = _graph("来看本台记者对全国工商联党组书记、常务副主席徐乐江的专访。")
    assert ("徐乐江", "中华全国工商业联合会", "常务副主席") in posts and ("徐乐江", "中华全国工商业联合会党组", "党组书记") in posts


def test_a_member_of_a_party_group_a_professor_and_a_head_of_a_kindergarten_hold_posts():
    # CCTV news: 国家能源局党组成员、副局长任京东; 清华大学教授贺克斌; 童梦幼儿园园长
    _, _, posts = _graph("国家能源局党组成员、副局长任京东介绍。")
    assert ("任京东", "国家能源局党组", "党组成员") in posts and ("任京东", "国家能源局", "副局长") in posts
    _, _, posts = _graph("中国人民大学荣誉一级教授高铭暄、北京师范大学资深教授顾明远、清华大学教授贺克斌。")
    assert ("贺克斌", "清华大学", "教授") in posts and ("高铭暄", "中国人民大学", "荣誉一级教授") in posts


def test_a_village_doctor_holds_a_post_at_the_village():
    # CCTV news: 上坂村村医曹和槐 (村医 after the village, not a village 上坂村村); 乡村医生 after the village named
    dg, _, posts = _graph("晚上8时多，南昌市上坂村村医曹和槐刚刚出完诊，就接到了爱人柯冬凤从村卫生室打来的电话。")
    assert ("曹和槐", "上坂村", "村医") in posts
    assert "上坂村村" not in {e.name for e in dg.entities}
    _, _, posts = _graph("在河北省邯郸市大名县西未庄乡中未城村，乡村医生翟大龙正在对村里患有慢性病的村民进行随访。")
    assert ("翟大龙", "中未城村", "乡村医生") in posts


def test_a_meeting_or_a_time_before_a_title_is_no_unit_of_the_place():
    # xwlb-news (2023-09-14): 赵乐际14日在北京会见委内瑞拉总统马杜罗 (会见 "meets"); (2024-03-09) a session that
    # holds a press conference today; People's Daily, 1998: 在今天举行的记者招待会上
    _, _, posts = _graph("全国人大常委会委员长赵乐际14日在北京会见委内瑞拉总统马杜罗。")
    assert not [p for p in posts if p[0] == "马杜罗"]
    assert ("赵乐际", "全国人民代表大会常务委员会", "委员长") in posts
    for text in ("十四届全国人大二次会议今天（3月9日）下午举行民生主题记者会，教育部、人力资源社会保障部、住房城乡建设部、"
                 "国家疾控局有关负责人分别回答了中外记者的提问。",
                 "王嘉廉先生在今天举行的记者招待会上说，“微笑列车计划不仅仅给患儿本身带来微笑，而且给患儿的父母、"
                 "家庭等众多人带来微笑”。"):
        _, _, posts = _graph(text)
        assert not posts, text


def test_a_host_city_before_games_or_a_summit_is_no_person():
    # CCTV news: 从出席索契冬奥会到参观曼彻斯特城市足球学院 (Sochi, read as a name)
    dg, _, _ = _graph("从国际篮联篮球世界杯，再到北京冬奥会、冬残奥会，从出席索契冬奥会到参观曼彻斯特城市足球学院。")
    assert "索契" not in {e.name for e in dg.entities if e.type == "Person"}


def test_appointed_to_a_post():
    # CCTV news: 会议决定增补邓小刚、庹震为第十四届全国政协委员；任命李小鹏为经济委员会副主任、…庹震为教科卫体委员会副主任
    _, _, posts = _graph("经表决，会议决定增补邓小刚、庹震为第十四届全国政协委员；任命李小鹏为经济委员会副主任、"
                         "邓小刚为农业和农村委员会驻会副主任、庹震为教科卫体委员会副主任。")
    # (the committees the CPPCC's: a report naming it and no other legislature, orgs._committees_of_the_cppcc_named)
    cppcc = "中国人民政治协商会议全国委员会"
    assert {("邓小刚", cppcc, "委员"), ("庹震", cppcc, "委员"), ("李小鹏", cppcc + "经济委员会", "副主任"),
            ("庹震", cppcc + "教科卫体委员会", "副主任")} <= posts
    # the League's secretariat (团十九届中央书记处) is not the Party's 中央书记处 the reading finds
    _, _, posts = _graph("会议选举阿东为团十九届中央书记处第一书记。")
    assert not posts


def test_a_word_that_given_names_hardly_hold_ends_a_name_of_two():
    # CCTV news: 周强作的…报告 (作 "make"), 翁华给总书记看了 (给 "to"), 韩正等党和国家领导人 (等 "and others"):
    # the name is the two characters before, though the text writes it nowhere else
    for text, name in (("会议听取了最高人民法院院长周强作的关于人民法院涉外审判工作情况的报告。", "周强"),
                       ("当时在门诊大厅，沙县区教师翁华给总书记看了自己的医保账户。", "翁华"),
                       ("习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正等党和国家领导人来到天安门广场。", "韩正")):
        _, names, _ = _graph(text)
        assert name in names.values() and not any(n.startswith(name) and n != name for n in names.values()), text
    # a name of three ending in a word that names do hold stays whole (和 of 周忠和)
    from graph.extract.document import _persons
    text = "中国科学院院士周忠和说，化石很珍贵。"
    start = text.index("周忠和")
    assert _persons(text, [(start, start + 3)]) == [(start, start + 3)]


def test_a_name_read_one_character_early_is_the_name_read_elsewhere():
    # CCTV news: 提纯工序工序长潘从明 — the tagger read 长潘 (the 长 of the title); 潘从明 is read elsewhere
    from graph.extract.document import _persons
    text = "我们来认识金川集团贵金属冶炼分厂提纯工序工序长潘从明。潘从明：守正创新。"
    early, alone = text.index("长潘"), text.rindex("潘从明")
    assert {text[s:e] for s, e in _persons(text, [(early, early + 2), (alone, alone + 3)])} == {"潘从明"}


def test_a_state_councillor_is_no_member_of_the_body_named_before():
    # CCTV news: 中央书记处书记、国务委员王小洪 — 国务委员 is a post of the State Council, not of 中央书记处
    _, _, posts = _graph("中共中央政治局委员、中央外事工作委员会办公室主任王毅，中央书记处书记、国务委员王小洪等出席欢迎仪式。")
    assert ("王小洪", "中央书记处", "书记") in posts
    assert not [p for p in posts if p[2] == "国务委员"]


def test_titles_listed_after_appointed_to_are_each_a_post_of_the_name_before_the_verb():
    # xwlb-news: an appointment notice; each clause names its own person, and a post given up is none
    text = ("日前，中共中央决定：张庆伟同志不再兼任湖南省委书记、常委、委员职务；沈晓明同志任湖南省委委员、常委、书记，"
            "不再担任海南省委书记、常委、委员职务；韩俊同志任安徽省委委员、常委、书记，郑栅洁同志不再担任安徽省委书记、"
            "常委、委员职务；冯飞同志任海南省委书记。")
    _, _, posts = _graph(text)
    assert {p for p in posts if p[0] == "韩俊"} == {("韩俊", "安徽省委", r) for r in ("委员", "常委", "书记")}
    assert {p for p in posts if p[0] == "沈晓明"} == {("沈晓明", "湖南省委", r) for r in ("委员", "常委", "书记")}
    assert ("冯飞", "海南省委", "书记") in posts
    assert not {p for p in posts if p[0] in ("郑栅洁", "张庆伟")}
    _, _, posts = _graph("郑栅洁同志不再担任安徽省委书记、常委、委员职务。")
    assert not posts


def test_posts_listed_after_the_verb_are_each_at_the_body_or_place_they_name():
    # xwlb-news (2022-12-02), a life told post by post: the list after 出任 / 担任 goes on to other bodies and places
    _, _, posts = _graph("1985年，江泽民出任上海市市长、中共上海市委副书记，1987年任中共上海市委书记。")
    assert {("江泽民", "上海市", "市长"), ("江泽民", "中共上海市委", "副书记")} <= posts
    _, _, posts = _graph("中华人民共和国成立初期，江泽民先后担任上海益民食品一厂第一副厂长、上海制皂厂第一副厂长、"
                         "第一机械工业部上海第二设计分局电器专业科科长等职。")
    assert {("江泽民", "上海益民食品一厂", "第一副厂长"), ("江泽民", "上海制皂厂", "第一副厂长")} <= posts
    # xwlb-news (2025-04-30): 成为 'become', and 为 the appointment's "as" after a name of three
    _, _, posts = _graph("会议经表决，通过了民营经济促进法、新修订的传染病防治法；决定免去金壮龙的工业和信息化部部长职务，"
                         "任命李乐成为工业和信息化部部长。")
    assert ("李乐成", "工业和信息化部", "部长") in posts
    # (2023-09-01) a bare committee in an appointment's titles is the court's, named with it
    _, _, posts = _graph("会议经表决，任命邓修明为最高人民法院副院长、审判委员会委员、审判员；免去程东方的中国人民解放军"
                         "军事法院院长职务；任命葛晓燕为最高人民检察院副检察长、检察委员会委员")
    assert {("邓修明", "最高人民法院", "副院长"), ("邓修明", "最高人民法院审判委员会", "委员"),
            ("葛晓燕", "最高人民检察院检察委员会", "委员")} <= posts
    # 代理 ("acting") is the post's: no body 代理党委
    dg, _, _ = _graph("1966年5月，江泽民调任武汉热工机械研究所所长、代理党委书记，9月任党委书记。")
    assert not [e for e in dg.entities if e.name.startswith("代理")]


def test_bodies_listed_after_another_partys_central_body_are_that_partys():
    # xwlb-news (2023-04-26): 中央书记处 and 中组部 after 越共中央政治局委员、 are the Vietnamese party's, not the
    # Central Committee's bodies of the same short names; (People's Daily, 1998) after 中共中央政治局委员、 they
    # stay the Party's
    text = "4月26日，中共中央总书记、国家主席习近平在人民大会堂会见越共中央政治局委员、中央书记处常务书记、中组部部长张氏梅。"
    _, names, posts = _graph(text)
    assert {p[1] for p in posts if p[0] == "张氏梅"} == {"越共中央政治局", "越共中央书记处", "越共中央组织部"}
    assert "中共中央组织部" not in names.values()
    _, _, posts = _graph("新华社贵阳１２月３１日电（记者刘子富）中共中央政治局委员、中央书记处书记温家宝日前在贵州农村考察扶贫工作时"
                         "指出，到本世纪末基本解决农村贫困人口的温饱问题。")
    assert ("温家宝", "中央书记处", "书记") in posts


def test_a_company_named_short_in_a_report_on_it_is_no_person():
    # xwlb-news: 徐工 is 徐工集团 named short (a surname and a character that may end a given name)
    from graph.extract.document import _persons

    text = "来自徐工集团的全国人大代表单增海给总书记报告了一个好消息：2017年，总书记到徐工考察时，徐工产品的零部件国产化率只有62%。"
    spans = [(text.index("单增海"), text.index("单增海") + 3)] + [(m.start(), m.end()) for m in re.finditer("徐工(?!集团)", text)]
    assert [text[s:e] for s, e in _persons(text, spans)] == ["单增海"]


def test_a_county_short_form_opening_a_body_of_another_province_places_nothing():
    # xwlb-news: 新安 (新安县, Henan) opens the name of a school's troupe in 淮安 (Jiangsu)
    dg, names, _ = _graph("淮安市新安小学校长张大冬代表向总书记介绍了当地传承“新安旅行团”光荣传统，加强基层教育的情况。")
    assert "新安县" not in names.values()
    assert {e.name for e in dg.entities if e.type == "Organization"} == {"新安旅行团", "淮安市新安小学"}
    # where the report names no place of another province, the short form still places the body
    dg, names, _ = _graph("“新安旅行团”的老团员们讲述了当年的故事。")
    assert "新安县" in names.values()


def test_the_central_committee_named_with_its_term_or_named_again_alone_is_the_partys():
    # xwlb-news: 第二十届 between the Party's name and its Central Committee; 中央委员会 alone after it
    _, names, posts = _graph("各国政党政要持续致电或致函，热烈祝贺习近平当选中国共产党第二十届中央委员会总书记。")
    assert posts == {("习近平", "中国共产党中央委员会", "总书记")}
    _, names, posts = _graph("中共第二十届中央委员会第一次全体会议选举习近平为中央委员会总书记。")
    assert posts == {("习近平", "中国共产党中央委员会", "总书记")}
    assert "中央委员会" not in names.values()


def test_titles_held_concurrently_are_posts():
    # xwlb-news: 兼任 (holds besides another post) lists its titles as 任 does
    _, _, posts = _graph("李强同志不再兼任上海市委书记、常委、委员职务，陈吉宁同志兼任上海市委委员、常委、书记。")
    assert posts == {("陈吉宁", "上海市委", r) for r in ("委员", "常委", "书记")}


def test_provinces_by_their_one_character_names_are_no_person():
    # xwlb-news: the mention model reads 鄂赣湘 (湖北, 江西, 湖南) and 闽东 (eastern Fujian) as names
    from graph.extract.document import _persons

    text = "鄂赣湘三省协同治理“一江两湖”，浙皖两地建立横向生态补偿机制。"
    assert _persons(text, [(0, 3)]) == []
    text = "闽东这只“弱鸟”可否先飞，如何先飞？张三说。"
    assert [text[s:e] for s, e in _persons(text, [(0, 2), (text.index("张三"), text.index("张三") + 2)])] == ["张三"]


def test_a_name_written_only_inside_the_title_of_a_work_is_no_person():
    dg, _, _ = _graph("主题雕塑雄伟矗立，震撼人心；《五星出东方》《杜甫》《苏堤春晓》等舞台作品常演常新。"
                      "中国首款3A游戏《黑神话：悟空》，把传统建筑、服饰、神话故事融入其中。")
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert not people & {"杜甫", "苏堤春晓", "悟空"}


def test_a_name_written_in_a_title_and_outside_it_is_a_person():
    dg, _, _ = _graph("会议学习了《习近平谈治国理政》第五卷。习近平总书记强调，要把基层党组织建设好。")
    assert "习近平" in {e.name for e in dg.entities if e.type == "Person"}


def test_the_deputy_head_of_a_delegation_keeps_the_posts_written_before():
    _, _, posts = _graph("中共中央政治局委员、中央统战部部长、中央代表团副团长李干杰带领二分团在伊犁哈萨克自治州看望慰问。")
    assert ("李干杰", "中央代表团", "副团长") in posts
    assert ("李干杰", "中共中央统一战线工作部", "部长") in posts


def test_a_company_legal_representative_holds_a_post_at_the_company():
    _, _, posts = _graph("新余凝霜制冷设备有限公司法定代表人吴和根、新余市博弈教育咨询有限公司法定代表人柳金汉被依法追究刑事责任。")
    assert ("吴和根", "新余凝霜制冷设备有限公司", "法定代表人") in posts


def test_a_name_withheld_with_mou_is_no_person():
    dg, _, posts = _graph("经查，2024年3月21日，任宇、赵保辉以及同行人员苏某某、伍某某、焦某、崔某、李某等7人因公在德国法兰克福转机。"
                          "中国航材纪委书记唐某2024年11月了解到班子成员醉酒情况后不向组织报告。")
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert {"任宇", "赵保辉"} <= people
    assert not [p for p in people if "某" in p]
    assert not posts


def test_a_name_the_text_writes_before_an_area_or_a_work_is_a_place_everywhere():
    dg, _, _ = _graph("当前，黄淮海冬小麦苗情仍弱于常年。眼下，黄淮海地区冬小麦进入产量形成关键期。")
    assert "黄淮海" not in {e.name for e in dg.entities if e.type == "Person"}


def test_names_in_a_list_closed_as_companies_are_companies():
    dg, _, _ = _graph("座谈会上，美团、小红书、海智在线、货拉拉、阿里云、徐工汉云、抖音、智联招聘等企业负责人先后发言。"
                      "据日本国土交通省3日公布的调查情况，丰田、马自达、雅马哈发动机、本田、铃木5家企业存在认证舞弊行为。")
    assert not {e.name for e in dg.entities if e.type == "Person"}


def test_a_list_of_people_closed_as_heads_of_companies_stays_people():
    dg, _, _ = _graph("座谈会上，雷军、王传福、刘强东等企业负责人先后发言。")
    assert {"雷军", "王传福", "刘强东"} <= {e.name for e in dg.entities if e.type == "Person"}


def test_a_name_before_zhuyi_is_a_doctrine_not_a_person():
    dg, _, _ = _graph("全会强调，进一步全面深化改革，必须坚持马克思列宁主义、毛泽东思想、邓小平理论。")
    assert not {"马克思列宁", "马克思"} & {e.name for e in dg.entities if e.type == "Person"}


def test_lao_or_xiao_and_a_surname_is_no_full_name():
    dg, _, _ = _graph("眼下，老付家在原址上盖起了这幢比原来面积大一倍的新房。通过“小田变大田”，耕地碎片化严重的曲江现在5亩以上的地块多了。")
    assert not {"老付", "小田"} & {e.name for e in dg.entities if e.type == "Person"}


def test_xiao_and_a_surname_of_a_person_named_in_full_stays_their_alias():
    # xwlb-news (2024-05-04)
    dg, _, _ = _graph("“90后”青年王圣博2021年从北京大学财政学专业博士毕业，而他的下一站却是来到革命老区江西吉安，"
                      "从一名村党支部书记助理做起，从“案头”奔赴“田间地头”，服务乡村振兴，小王也成了乡亲们口中津津乐道的“家里人”。")
    wang = [e for e in dg.entities if e.type == "Person" and e.name == "王圣博"]
    assert wang and "小王" in {a for e in dg.entities if e.type == "Person" for a in ([e.name] + list(e.aliases or ()))}


def test_a_towns_school_named_after_the_town_is_in_it():
    # xwlb-news (2025-07-22): 官浔中学 of 官浔镇; the corpora hold no sentence naming such a school apart from its
    # town, nor a team named after a town (which is not in it)
    text = ("漳浦县官浔镇官浔中学旁的虾池房由于降雨进水致多人被困，当地迅速调派救援人员、消防车及橡皮艇赶赴现场展开营救，"
            "成功转移8名被困人员。")
    assert [pair for pair in facts(_graph(text)[0], "locatedIn") if pair[0].endswith("官浔中学") and pair[1] == "官浔镇"]


def test_what_describes_the_person_before_a_title_is_no_part_of_the_post():
    # xwlb-news: 34岁的 (aged 34) between the body and the title
    _, _, posts = _graph("最近，同济大学34岁的青年教授施宇智收到了一笔180万元新增科研经费。")
    assert posts == {("施宇智", "同济大学", "青年教授")}


def test_a_city_read_as_a_name_is_no_person():
    # xwlb-news: a foreign city written with 市, which the mention model reads as a person
    from graph.extract.document import _persons

    text = "当地时间7日，美国田纳西州塔拉霍马市一家工厂发生爆炸。"
    start = text.index("塔拉霍马市")
    assert _persons(text, [(start, start + 5)]) == []


def test_a_name_the_dictionary_lists_whole_is_not_cut_before_a_verb():
    # xwlb-news: 习近平复信 … (平复 'calm' is a verb across the name's end); 韩凯带领 (2023-12-21) is still 韩凯
    from graph.extract.document import _persons

    text = "习近平复信美中航空遗产基金会主席和飞虎队老兵。"
    assert _persons(text, [(0, 3)]) == [(0, 3)]
    text = "为了有序地搬卸、分发，村党支部书记韩凯带领着“团结小分队”的队员们，在现场指挥协调。"
    start = text.index("韩凯")
    assert _persons(text, [(start, start + 3)]) == [(start, start + 2)]


def test_a_letter_replied_to_and_a_verb_before_a_body_are_no_part_of_it():
    # xwlb-news: 复信 (reply to a letter) and 伙同 (in league with) before a body the model reads with them
    _, names, _ = _graph("4月29日，国家主席习近平复信河钢集团斯梅戴雷沃钢厂塞尔维亚籍职工，勉励他们。")
    assert "河钢集团斯梅戴雷沃钢厂" in names.values() and not [n for n in names.values() if n.startswith("信")]


def test_a_clause_between_a_place_and_a_title_makes_no_post_there():
    # xwlb-news: 在北京分别会见多米尼克总理…, …内阁22日晚批准了国防部长卡茨的建议: the titles are no posts at 北京 or
    # the cabinet (a visit, a date and a verb between them)
    _, _, posts = _graph("全国人大常委会委员长赵乐际25日在北京分别会见多米尼克总理斯凯里特和俄罗斯国家杜马副主席巴巴科夫。")
    assert not [p for p in posts if p[0] == "斯凯里特"]
    assert ("巴巴科夫", "俄罗斯国家杜马", "副主席") in posts
    _, _, posts = _graph("据以色列媒体今天报道，以色列安全内阁22日晚批准了国防部长卡茨的建议。")
    assert not posts
    # …集团主席国印度总理莫迪: another country's head of government, no post of the group
    _, _, posts = _graph("今年二十国集团主席国印度总理莫迪主持会议。")
    assert not posts


def _people(text):
    dg, _, _ = _graph(text)
    return {e.name for e in dg.entities if e.type == "Person"}


def test_a_word_of_the_dictionary_that_opens_with_no_surname_is_no_person():
    # xwlb-news: 培根 of the set phrase 培根铸魂, the shop 泥人张
    assert "培根" not in _people("习近平总书记强调，要持之以恒用新时代中国特色社会主义思想培根铸魂，健全学校、家庭、社会协同育人机制。")
    assert "泥人张" not in _people("习近平总书记先后走进桂发祥十八街麻花、果仁张、泥人张、杨柳青年画等特色店铺，同大家互动交流。")
    # a foreign name spelt in characters of foreign names stays, a word though it is (基尔 nz)
    assert "基尔" in _people("南苏丹总统基尔祝福龙年给中国带来健康、喜乐和繁荣。")


def test_a_preposition_before_the_surname_of_a_form_of_address_is_no_name():
    # xwlb-20230112-10: 为吴女士查房 read 为吴
    assert "为吴" not in _people("江苏省无锡市通过专家下沉社区驻点。进入社区医院，为吴女士查房巡诊的是无锡市人民医院的康复专家。")


def test_premier_and_chairman_after_a_surname_are_forms_of_address():
    # xwlb-20221111-03: 李总理 is 李克强, named in full in the same text, no person of its own
    people = _people("国务院总理李克强会见柬埔寨国王西哈莫尼。西哈莫尼请李克强转达对习近平主席的良好祝愿，热烈欢迎李总理率团访柬。")
    assert "李总理" not in people and "李克强" in people
    # an adverb may be a surname: 尤权同志 is 尤权 (权同志 reads as a form of address too)
    assert "尤权" in _people("尤权同志在参加山西代表团讨论时说，要坚定不移走好新的赶考之路。")


def test_a_site_or_a_work_named_like_a_person_is_no_person():
    # xwlb-20221028-02: 杨家岭革命旧址, a site; xwlb-20221117-01: 雅万高铁, a railway named after two cities
    people = _people("习近平总书记带领中共中央政治局常委首先来到杨家岭革命旧址。杨家岭是毛泽东居住时间最长的地方。")
    assert "杨家岭" not in people and "毛泽东" in people
    assert "雅万高铁" not in _people("习近平和佐科首先共同视频观摩雅万高铁试验运行。两国元首听取雅万高铁建设进展情况汇报。")


def test_a_meeting_at_a_body_s_seat_gives_the_guest_no_post_there():
    # xwlb-20231213-04: 在河内政府驻地会见越南总理范明政 read the post 驻地会见越南总理 at 河内政府
    dg, _, _ = _graph("当地时间12月13日上午，国家主席习近平在河内政府驻地会见越南总理范明政。")
    names = {e.key: e.name for e in dg.entities}
    assert not [r for r in dg.relations if r.predicate == "holdsPost" and names[r.head] == "范明政"]


def test_a_name_before_a_science_city_is_a_place():
    # xwlb-20231204-04: 张江科学城 (张江, a town of 浦东) read as a person
    assert "张江" not in _people("张江科学城位于浦东新区，集聚了一批国家实验室和重大科技基础设施。")


def test_a_village_secretary_written_short_is_the_secretary_of_the_village_s_party_branch():
    # xwlb-20231013-10: 村支书 is 村党支部书记 written short, which is read as a post at the village's branch
    dg, _, _ = _graph("在广西陆川新旺村，从城市返乡的村支书沈靖凯在荒地上办起养鹅场，带动乡亲们增收致富。")
    names = {e.key: e.name for e in dg.entities}
    posts = {(names[r.head], r.role, names[r.tail]) for r in dg.relations if r.predicate == "holdsPost"}
    assert ("沈靖凯", "党支部书记", "新旺村党支部") in posts


def test_a_season_of_the_old_calendar_is_no_person():
    # xwlb-20260806-01: 孟夏时节, early summer
    assert "孟夏" not in _people("孟夏时节，普京总统第25次访华。两国元首一致同意《中俄睦邻友好合作条约》继续延期，"
                               "共同签署关于进一步加强全面战略协作、深化睦邻友好合作的联合声明。")


def test_an_armed_group_a_storm_a_road_and_a_clan_are_no_people():
    # xwlb-20240323-16: 胡塞武装 (the Houthis) wherever the text writes 胡塞
    assert "胡塞" not in _people("也门胡塞武装控制的马西拉电视台22日报道称，美国和英国战机当天对也门首都萨那发动多次空袭。"
                               "同一天，美国中央司令部称，胡塞武装向红海发射了四枚反舰导弹。")
    # xwlb-20230807-05: storms carry given names
    assert "杜苏芮" not in _people("针对今年第5号台风“杜苏芮”造成部分农田内涝、农作物受灾的情况，农业农村部又组织农技专家组成"
                                "103个科技小分队分赴重灾省份蹲点包片指导防汛救灾。")
    # xwlb-20230608-15: 金巴高速公路, an expressway named after the two cities it joins
    assert "金巴" not in _people("由中方承建的柬埔寨金巴高速公路7日开工。金巴高速是柬埔寨第二条高速公路，项目全长约135公里。")
    # xwlb-20260422-09: 普氏野马, Przewalski's horse: a surname and 氏 is no full name
    assert "普氏" not in _people("今天（4月22日），新疆实施了第19批普氏野马放回野外工作，30匹普氏野马回归自然。")


def test_a_town_a_country_s_army_and_a_body_s_short_name_are_no_people():
    # xwlb-20240204-13: 南部城市拉法, then 向拉法推进
    assert "拉法" not in _people("据巴勒斯坦媒体3日报道，以色列军队当天空袭加沙地带南部城市拉法和中部城市代尔拜拉赫，造成至少18人死亡。"
                               "此前一天，以色列防长加兰特称，以军正向拉法推进。")
    # xwlb-20241005-10: 贝鲁特南郊, then 对贝鲁特的空袭
    assert "贝鲁特" not in _people("据黎巴嫩国家通讯社报道，以军今天（10月5日）凌晨对贝鲁特南郊发动了12次空袭。\n以色列国防军4日称，"
                                "黎真主党通信网络负责人萨卡菲在3日以军对贝鲁特的空袭中死亡，黎真主党对此没有回应。")
    # xwlb-20221005-10: 乌军, the army of the 乌克兰 the text names
    assert "乌军" not in _people("俄罗斯国防部4日称，俄军在第聂伯罗、哈尔科夫、顿涅茨克和尼古拉耶夫地区打击了乌克兰军方指挥所等目标。"
                               "乌克兰方面4日称，乌军在赫尔松、哈尔科夫等地控制了多个定居点。")
    # xwlb-20230511-12: a body's short name in brackets after its full name
    assert "杰哈德" not in _people("以军当天对巴勒斯坦加沙地带数十个地点进行了轰炸，其中包括上百处隶属于巴勒斯坦伊斯兰圣战组织（杰哈德）"
                                "的设施。以军多轮空袭已造成25人死亡、数十人受伤，死者包括多名杰哈德高级成员。")
    # and the people of the same report stay
    assert "萨卡菲" in _people("据黎巴嫩国家通讯社报道，以军今天（10月5日）凌晨对贝鲁特南郊发动了12次空袭。\n以色列国防军4日称，"
                             "黎真主党通信网络负责人萨卡菲在3日以军对贝鲁特的空袭中死亡，黎真主党对此没有回应。")


def test_a_community_secretary_written_short_holds_the_post_at_the_community():
    # xwlb-20250116-07: 社区书记 before a name, the community named just before and no Party body of it
    dg, _, _ = _graph("我们来到感恩社区时，社区书记伍加木带着社区干部们正在挨家挨户做大摸排，帮居民们算算一年的收入。")
    assert ("伍加木", "感恩社区") in facts(dg, "holdsPost")


def test_two_names_run_together_in_a_caption_are_two_people():
    # xwlb-20260305-01: a caption without marks between names; 李希 is written alone elsewhere, 韩正 is not read there
    people = _people("习近平王沪宁蔡奇丁薛祥李希韩正等在主席台就座\n"
                     "习近平、李强、王沪宁、蔡奇、丁薛祥、李希、韩正和大会主席团成员在主席台就座。")
    assert {"李希", "韩正"} <= people and "李希韩" not in people


def test_a_post_stated_after_the_name_at_the_last_place_of_a_chain():
    # xwlb-20250306-02: a delegate's title before the name, and 是<chain of places>的居委会主任 after it
    dg, _, posts = _graph("全国人大代表李肖娜是连云港市海州区新海街道海连社区的居委会主任，她向总书记介绍了这些年社区的变化。")
    assert ("李肖娜", "海连社区", "居委会主任") in posts
    assert ("李肖娜", "全国人民代表大会", "代表") in posts


def test_a_village_s_name_in_a_list_of_people_is_a_person_s():
    # xwlb-20260305-01: a Tibetan name that ends as villages' do, listed between two names
    text = ("吴政隆、张庆伟、洛桑江村、雪克来提·扎克尔、刘奇在主席台执行主席席就座。"
            "丁仲礼、蔡达峰、何维、武维华、铁凝、彭清华、张庆伟、洛桑江村、雪克来提·扎克尔、刘奇在主席台执行主席席就座。")
    dg, _, _ = _graph(text)
    assert "洛桑江村" in {e.name for e in dg.entities if e.type == "Person"}
    assert "洛桑江村" not in {e.name for e in dg.entities if e.type == "Village"}


def test_reporter_after_a_dateline_holds_no_post_at_the_place_filed_from():
    _, _, posts = _graph("本报贵阳一月十七日电记者胡跃平报道：『我们摆勺村今年决定再拿出六十亩土地。』")
    assert not posts
    _, _, posts = _graph("本报青岛电记者宋学春报道：青岛市政府办公厅、市民政局等单位近日分4路奔赴灾区。")
    assert not posts


def test_head_of_a_township_the_table_lacks_and_a_county_head_after_and():
    _, _, posts = _graph("元旦前夕，河南省西峡县五里桥乡乡长杨海韬匆匆赶到西峡县城关高中。")
    assert posts == {("杨海韬", "五里桥镇", "乡长")}  # (the county's 五里桥镇 today)
    _, _, posts = _graph("河北省平山县象角村村民和县长韩保深及县有关部门的领导一起，站在村边。")
    assert posts == {("韩保深", "平山县", "县长")}


def _named_people(text):
    dg, _, _ = _graph(text)
    return {e.name: e for e in dg.entities if e.type == "Person"}


def test_name_of_three_before_a_word_its_last_character_begins():
    # 健在 'alive', 杰作 'masterpiece': the words after the names are 在 and 作
    assert set(_named_people("农业农村部党组书记、部长唐仁健在报告会上表示，全面推进乡村振兴。")) == {"唐仁健"}
    assert set(_named_people("中共中央政治局委员、中央组织部部长李干杰作总结讲话，表示要深入学习贯彻。")) == {"李干杰"}
    # (黄争拨通电话: 争 is rare in given names, and 拨通 the verb)
    assert "黄争" in _named_people("在重庆市北碚区柳荫镇永兴村，驻村第一书记黄争拨通电话。")


def test_last_of_a_list_of_names_ends_before_and():
    assert "韩正" in _named_people("习近平、李强、王沪宁、蔡奇、丁薛祥、李希、韩正和大会主席团成员在主席台就座。")
    assert "周忠和" in _named_people("朱永新、杨震、张恩迪、李钺锋、周忠和。")


def test_relatives_families_and_forms_of_address_are_no_named_people():
    assert set(_named_people("海流图乡纪检书记李启旺的岳母被砸伤，一向信奉小家让位大家的他，直到次日才回家。")) == {"李启旺"}
    assert set(_named_people("临别，李鹏祝赵家的生活一天更比一天好，祝赵增老人健康长寿。告别赵家父子。")) == {"李鹏", "赵增"}
    assert not _named_people("该户主及其亲戚感动得泣不成声地说：“共产党好！陈市长好！”")
    assert not _named_people("同样的５间大瓦房收拾得整整齐齐、干干净净，让人一看就知道这家的主人利利索索。")
    assert not _named_people("今天（4月11日）是“世界帕金森病日”。帕金森病是一种常见的神经系统退行性疾病。")


def test_given_name_alone_is_the_full_name_it_ends():
    people = _named_people("该村支部书记武道进领我们走进“养殖大王”武仁盈的鸡舍。"
                     "陈乐亮声如洪钟：“要不是仁盈帮俺走上养鸡路，俺咋能过上好日子。”")
    assert set(people) == {"武道进", "武仁盈", "陈乐亮"}
    assert "仁盈" in people["武仁盈"].aliases


def test_heads_of_a_municipality_and_of_a_county_written_with_its_level_once():
    _, _, posts = _graph("出席今天典礼仪式的还有：上海市市长徐匡迪、副市长夏克强，国务院副秘书长石秀诗。")
    assert {("徐匡迪", "上海市", "市长"), ("夏克强", "上海市", "副市长")} <= posts
    _, _, posts = _graph("河北省灵寿县是石材大县。在一片片石材加工区，灵寿县长郑雪碧给我们介绍说，这里很好。")
    assert posts == {("郑雪碧", "灵寿县", "县长")}


def test_village_head_at_the_village_named_before():
    _, _, posts = _graph("在河北省平山县象角村，村长张俊存乐呵呵地叫人搬来桌子。")
    assert posts == {("张俊存", "象角村", "村长")}
    _, _, posts = _graph("我们来到了河北省平山县象角村。老村长王大山笑着说，日子好过了。")
    assert not posts


def test_deputy_head_of_a_township_the_table_lacks():
    _, _, posts = _graph("与我们一起来到梁四村的王舍人镇副镇长关中秋介绍说：“这是我们在全镇推行的农业系列化服务。”")
    assert posts == {("关中秋", "王舍人镇", "副镇长")}


def test_two_characters_without_a_surname_ending_inside_a_word_are_no_name():
    assert not _named_people("１月２０日，长野冬奥会运动员村正式开放。这是矗立在运动员村正门前的奥运五色塔。")
    assert "丹增" in _named_people("国家经贸委副主任张志刚和西藏自治区区委副书记丹增一起走进牧民的帐篷里。")


def test_the_person_s_people_or_sex_before_a_title_is_no_unit_and_a_clause_no_title():
    _, _, posts = _graph("迭部县藏族县长虎英海谈起此事时，高兴地称赞这是一种文明行为。")
    assert posts == {("虎英海", "迭部县", "县长")}
    _, _, posts = _graph("地矿部天津地矿研究所女研究员李增慧在蓟县山区考察古地质时发现了宇宙尘。")
    assert {role for _, _, role in posts} == {"研究员"}
    _, _, posts = _graph("同日，天津组建了以市政府副秘书长刘红升为团长的赴灾区慰问团。")
    assert not {p for p in posts if p[2].startswith("组建")}


def test_titles_joined_by_jian_are_both_held():
    _, _, posts = _graph("河南省卫辉市委副书记兼唐庄乡党委书记吴金印，并不是饭前或者周末才想起下基层。")
    assert {("吴金印", "卫辉市委", "副书记"), ("吴金印", "唐庄乡党委", "党委书记")} <= posts


def test_name_ending_in_cun_after_a_title_is_a_person():
    _, names, posts = _graph("全国人大常委会副委员长、中央代表团副团长洛桑江村带领那曲分团来到色尼区杭嘉新村调研并看望干部群众。")
    assert ("洛桑江村", "中央代表团", "副团长") in posts
    assert "杭嘉新村" in names.values()


def test_post_at_a_township_committee_written_by_its_kind_is_the_township_s():
    # People's Daily, 1998: 镇党委 names no body of its own; the post is the town's, titled as written
    _, _, posts = _graph("清晨，我们来到南昆线贵州段中最大的区间编组站威舍镇。镇党委书记许军说：毫不夸张地讲，威舍是火车拖来的城镇。")
    assert ("许军", "威舍镇", "镇党委书记") in posts


def test_a_name_the_model_cuts_before_a_comma_in_a_list_of_officials_is_whole():
    from graph.extract.document import _persons

    text = "中国储备粮管理集团有限公司原党组成员、副总经理徐宝义，安徽省淮北市政府原党组成员、副市长胡亮，湖南省常德市人大常委会原副主任。"
    cut = text.index("徐宝义")
    got = {text[s:e] for s, e in _persons(text, [(cut, cut + 2), (text.index("胡亮"), text.index("胡亮") + 2)])}
    assert got == {"徐宝义", "胡亮"}


def test_a_name_right_after_a_title_is_kept_though_the_dictionary_lists_it_as_a_word():
    from graph.extract.document import _persons

    text = "省长回良玉说，立足省情，突出重点，形成争分夺牌的尖子群。"
    assert [text[s:e] for s, e in _persons(text, [(2, 5)])] == ["回良玉"]
    # (a dictionary word of no surname standing alone is still that word: 培根铸魂)
    text = "要坚持培根铸魂、启智润心。"
    assert _persons(text, [(3, 5)]) == []


def test_a_deputy_governor_after_the_governments_party_group_is_of_that_government():
    _, _, posts = _graph("湖北省政府原党组成员、副省长曹广晶，安徽省淮北市政府原党组成员、副市长胡亮等人违规公款吃喝，受到严肃处理。")
    assert ("曹广晶", "湖北省政府", "原副省长") in posts  # (原 before the first title covers the list)
    assert ("胡亮", "淮北市政府党组", "原党组成员") in posts
    assert not {p for p in posts if p[1] in ("湖北省", "淮北市")}


def test_a_reporter_after_a_dateline_from_a_foreign_capital():
    _, _, posts = _graph("据新华社贝尔格莱德１月１０日电（记者赵金河）保持南货币第纳尔汇率和物价稳定，为恢复经济和实现经济增长创造有利条件，"
                         "这是南斯拉夫政府所坚持的基本方针。")
    assert ("赵金河", "新华社", "记者") in posts


def test_one_of_the_staff_of_a_named_place_or_body():
    _, _, posts = _graph("徐芸航是四川成都新都区高堆社区的工作人员，入冬后的这段时间，他的一项重要工作就是上门为独居老人检查取暖设备、送药送医。")
    assert ("徐芸航", "高堆社区", "工作人员") in posts
    _, _, posts = _graph("人称“肖像怪杰”的名人肖像摄影家魏德运，是陕西师范大学的一名普通教学管理人员。")
    assert {(p[0], p[1]) for p in posts} == {("魏德运", "陕西师范大学")}


def test_a_body_named_by_an_unnamed_city_lies_in_the_province_the_text_names():
    dg, names, _ = _graph("习近平总书记近日在河南考察时强调，河南要认真落实党中央战略部署。习近平总书记此次考察的第一站来到"
                          "洛阳轴承集团股份有限公司。该公司前身为“一五”期间建成的洛阳轴承厂。")
    located = {(names[r.head], names[r.tail]) for r in dg.relations if r.predicate == "locatedIn"}
    assert ("洛阳轴承厂", "河南省") in located and ("洛阳轴承厂", "洛阳市") in located
    assert ("洛阳轴承集团股份有限公司", "河南省") in located
    # (the city is reference context, with no mention of its own)
    assert not [e for e in dg.entities if e.name == "洛阳市" and e.evidence]


@pytest.mark.parametrize("text,word", [
    ("以色列军方称当天的袭击是针对哈马斯武装人员发动的，以军正在对有关巴平民受到伤害的报告进行调查。巴勒斯坦方面表示谴责。", "巴平民"),
    ("乌克兰总统泽连斯基表示将继续谈判。乌媒19日报道说，乌军打击了目标。", "乌媒"),
    ("法国和德国均表示反对。法德称不分摊接收进入意大利的移民。", "法德"),
    ("美国和伊朗今天在瑞士举行技术层面谈判。美国代表团由美副总统万斯率领。", "由美"),
])
def test_a_country_by_its_first_character_and_what_follows_is_no_person(text, word):
    from graph.extract.document import _persons

    at = text.index(word)
    assert _persons(text, [(at, at + len(word))]) == []


def test_a_name_opening_with_a_countrys_first_character_is_still_a_name():
    from graph.extract.document import _persons

    text = "巴西总统卢拉表示，巴西愿同中方推动两国关系深入发展。巴特尔在会上发言。"
    at = text.index("巴特尔")
    assert _persons(text, [(at, at + 3)]) == [(at, at + 3)]


def test_a_country_and_a_rulers_title_read_into_a_name_are_cut_off():
    from graph.extract.document import _persons

    text = "同时向习近平主席致贺的还有：卡塔尔埃米尔塔米姆、阿曼苏丹海赛姆。"
    at = text.index("卡塔尔")
    assert [text[s:e] for s, e in _persons(text, [(at, at + 9)])] == ["塔米姆"]


def test_a_brigade_and_a_city_are_no_people():
    from graph.extract.document import _persons

    text = "哈马斯下属武装派别卡桑旅当晚称，他们向以色列发射了导弹。"
    at = text.index("卡桑旅")
    assert _persons(text, [(at, at + 3)]) == []
    from graph.extract.document import _read_mentions
    from graph.extract.mentions import Span

    text = "乌克兰总统泽连斯基称，乌克兰武装部队继续向梅利托波尔和巴赫穆特方向发起进攻。乌称继续向梅利托波尔方向发起进攻。"
    at = text.index("梅利托波尔")
    # (the president after his country and title is a person, whatever the model read: _heads_unread)
    assert [text[s:e] for s, e in _read_mentions(text, [Span(at, at + 5, "PER")])[1]] == ["泽连斯基"]


@pytest.mark.parametrize("text,word", [
    # xwlb-news (2026-06-29, 2022-10-29): a memorial's name, then its spirit; not yet read so (finding: the rule
    # that keeps 红岩革命纪念馆 … 红岩精神 from being a person misses a museum and a memorial named 纪念馆 alone)
    pytest.param("重庆红岩革命历史博物馆迎来旅游参观热潮，来自全国各地的党员干部深入了解红岩精神，坚定理想信念。", "红岩",
                 marks=pytest.mark.xfail(strict=True, reason="a museum's name read as a person is kept")),
    pytest.param("在河南安阳林州市红旗渠纪念馆，总书记指出，要用红旗渠精神教育人民特别是广大青少年，社会主义是拼出来、干出来、"
                 "拿命换来的，不仅过去如此，新时代也是如此。", "红旗渠",
                 marks=pytest.mark.xfail(strict=True, reason="a memorial's name read as a person is kept")),
    ("在陶阳里历史文化街区，习近平察看街区风貌。陶阳里历史文化街区严格遵循“原址原貌”保护修缮。", "陶阳里"),
    ("引江济淮工程阶段验收工作顺利完成。引江济淮工程连通长江、淮河两大水系。", "江济淮"),
    ("长城集团与“国联网校”签订合作协议，使金长城ＭＴＶ电脑的用户能够借助因特网技术学习。", "金长城"),
])
def test_a_name_the_text_gives_to_a_memorial_a_quarter_or_a_work_is_no_person(text, word):
    from graph.extract.document import _read_mentions
    from graph.extract.mentions import Span

    spans = [Span(k, k + len(word), "PER") for k in range(len(text)) if text.startswith(word, k)]
    assert _read_mentions(text, spans)[1] == []


def test_a_transliterated_name_read_short_before_a_date_is_whole():
    from graph.extract.document import _persons

    text = "伊朗总统佩泽希齐扬21日在德黑兰表示，伊朗绝不向霸凌低头。"
    at = text.index("佩泽希")
    assert [text[s:e] for s, e in _persons(text, [(at, at + 3)])] == ["佩泽希齐扬"]
    text = "俄罗斯总统普京为2024年的工作作出部署。"
    at = text.index("普京")
    assert [text[s:e] for s, e in _persons(text, [(at, at + 2)])] == ["普京"]


def test_a_town_after_a_foreign_state_is_no_person():
    from graph.extract.document import _read_mentions
    from graph.extract.mentions import Span

    text = "去年俄美在美国阿拉斯加州安克雷奇会晤时达成的妥协。普京称愿在安克雷奇会晤基础上与乌谈判。"
    spans = [Span(k, k + 4, "PER") for k in range(len(text)) if text.startswith("安克雷奇", k)]
    assert _read_mentions(text, spans)[1] == []


@pytest.mark.parametrize("text,word", [
    ("王大使代表祖国人民向华人、华侨祝贺新年，并通过正在这里采访的北京电视台，代表南非华人、华侨向祖国人民致以新年祝贺。", "王大使"),
    ("彭指导说，从这次大赛上可见世界水球发生了几大变化。", "彭指导"),
    ("１月１７日，记者来到北京电话局东单营业厅，窗口前，一位姓凌的先生正在填表。", "凌的"),
])
def test_a_surname_with_a_title_or_a_particle_is_no_full_name(text, word):
    from graph.extract.document import _persons

    at = text.index(word)
    assert _persons(text, [(at, at + len(word))]) == []


def test_the_village_secretary_titled_by_the_branch_of_the_village_named_before():
    _, _, posts = _graph("甘肃临夏州积石山县团结村距离这次地震震中约20公里，有上千间房屋受损。"
                         "大批救援物资这两天集中到达团结村，为了有序地搬卸、分发，村党支部书记韩凯带领着“团结小分队”的队员们，在现场指挥协调。")
    assert ("韩凯", "团结村党支部", "党支部书记") in posts


def test_a_village_cadre_is_a_post_at_the_village():
    _, _, posts = _graph("8月20日凌晨两点多，葫芦岛市建昌县黑山科乡小台子村突降暴雨，村党支部书记李清学和村干部臧春英一边巡查水情，"
                         "一边通知低洼地区的村民转移。")
    assert ("臧春英", "小台子村", "村干部") in posts
    assert ("李清学", "小台子村党支部", "党支部书记") in posts


def test_a_minister_titled_by_the_ministry_and_zhang():
    _, _, posts = _graph("俄罗斯外交部长拉夫罗夫28日表示，当前俄罗斯与乌克兰的谈判进程已经停滞。")
    assert ("拉夫罗夫", "俄罗斯外交部", "部长") in posts


def test_each_name_of_a_list_after_a_chain_holds_every_title_of_the_chain():
    # xwlb-news (2023-01-11). (Finding: 国务委员, a chain's first title with no body before it, gives no post:
    # only the chain's titles at a body are asserted)
    _, _, posts = _graph("国务院副总理、国务院安委会主任刘鹤，国务委员、国务院安委会副主任王勇、赵克志出席会议。")
    for name in ("王勇", "赵克志"):
        assert (name, "国务院安全生产委员会", "副主任") in posts
        assert (name, "国务院安全生产委员会", "主任") not in posts
    assert {("刘鹤", "国务院", "副总理"), ("刘鹤", "国务院安全生产委员会", "主任")} <= posts


def test_a_member_s_title_after_the_name_is_at_the_body_the_text_writes_it_after():
    # the body written with the title as a class of members, not the one that titles somebody named after it
    _, _, posts = _graph("政协第十四届全国委员会常务委员会第十七次会议24日上午举行全体会议，14位全国政协常委围绕“坚持高质量发展”"
                         "作大会发言。中共中央政治局常委、全国政协主席王沪宁出席。\n李和平常委建议，以科技创新为引领，"
                         "推动我国现代化产业体系建设。刘家强常委代表民革中央发言说，加快构建人工智能多元共治生态。")
    assert ("李和平", "中国人民政治协商会议全国委员会", "常委") in posts
    assert ("刘家强", "中国人民政治协商会议全国委员会", "常委") in posts
    assert not {p for p in posts if p[0] in ("李和平", "刘家强") and p[1] != "中国人民政治协商会议全国委员会"}


def test_a_member_s_title_after_names_is_at_the_body_named_just_before_them():
    _, _, posts = _graph("由格林尼治大学的马纪新、纪文霞博士演唱的《绣荷包》字正腔圆，赢得了留学生们的热烈掌声。")
    assert posts == {("马纪新", "格林尼治大学", "博士"), ("纪文霞", "格林尼治大学", "博士")}
    _, _, posts = _graph("一个偶然的机会，使正在寻找产品办厂的徐灿根获得一个信息：上海交通大学风冷专家徐世瑶教授经多年的努力，"
                         "研究成功了一种在国内还是空白的冷却塔专用风机。")
    assert posts == {("徐世瑶", "上海交通大学", "教授")}


def test_a_head_s_title_after_a_name_names_no_body():
    # 主席 after a name is a head's title, which another country's leader carries too
    _, _, posts = _graph("中共中央总书记、国家主席习近平同越南国家主席苏林举行会谈。苏林主席表示，越方愿同中方加强合作。")
    assert not {p for p in posts if p[0] == "苏林" and p[1].startswith("中")}


def test_a_name_that_runs_on_into_a_word_of_the_dictionary_is_that_word():
    dg, _, _ = _graph("抽样调查显示，１９９６年人均可支配收入４８３９元，恩格尔系数４８．６％，基尼系数０．２。")
    assert not [e for e in dg.entities if e.type == "Person"]


def test_a_unit_named_by_its_kind_in_a_chain_is_a_unit_of_the_body_the_chain_opens_with():
    # the federation's secretariat, not the Party's 中央书记处, which the bare 书记处 would be taken for
    _, _, posts = _graph("中华全国妇女联合会党组书记、书记处第一书记黄晓薇代表中华全国总工会、共青团中央、全国妇联致辞。")
    assert ("黄晓薇", "中华全国妇女联合会书记处", "第一书记") in posts
    assert not {p for p in posts if p[1] in ("书记处", "中央书记处")}
    # a committee named after 、 is a body of its own, no title of the body before: the CPPCC's committee (its
    # member's title names the CPPCC first)
    _, _, posts = _graph("会议确定，全国政协常委、外事委员会副主任刘结一为全国政协十四届五次会议副秘书长。")
    assert ("刘结一", "中国人民政治协商会议全国委员会外事委员会", "副主任") in posts
    assert ("刘结一", "中国人民政治协商会议全国委员会", "常委") in posts


def test_a_place_name_the_gazetteer_does_not_hold_does_not_break_the_chain_after_is():
    _, _, posts = _graph("二十大代表谢兰是重庆两江新区人和街道邢家桥社区党委书记。")
    assert ("谢兰", "邢家桥社区党委", "党委书记") in posts


def test_a_name_the_dictionary_tags_as_a_time_or_a_number_is_a_person_where_the_text_says_so():
    dg, _, _ = _graph("一月七日，为纪念周恩来同志百年诞辰拍摄的电视专题艺术片首映。李岚清等同志分别看望了杨尚昆、万里、宋平、"
                      "薄一波、宋任穷。他走过了万里长征。")
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert {"周恩来", "万里", "杨尚昆", "宋平"} <= people
    # People's Daily 1998, xwlb-news (2024): at the head or the end of a list of names, or with a title after it
    for text in ("周恩来、刘少奇、朱德、邓小平等中央领导视察大庆时曾亲临这两个钻井队予以鼓励。",
                 "毛泽东和周恩来要求解放区军民坚决阻击进犯的国民党军。",
                 "70年前，周恩来总理首次完整提出“互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处”五项原则。"):
        dg, _, _ = _graph(text)
        assert "周恩来" in {e.name for e in dg.entities if e.type == "Person"}, text


def test_a_calling_is_a_post_at_a_body_never_at_a_place():
    _, _, posts = _graph("围绕“不断深化自主创新”，二十大代表、来自广西汽车集团的首席技能专家郑志明向总书记做了汇报。")
    assert ("郑志明", "广西汽车集团", "首席技能专家") in posts
    _, _, posts = _graph("二十大代表张莉是湖北荆州市荆州区农业科技服务中心的农艺师，现在正是秋季农业播种的季节。")
    assert ("张莉", "荆州区农业科技服务中心", "农艺师") in posts
    # People's Daily, 1998 (a list of award winners, one a line, the space before each name put back): a county's
    # agronomist holds no post at the county
    _, _, posts = _graph("四川省巴中南江县高级农艺师 黄恕\n四川省叙永县科协主席 吴兆平")
    assert not {p for p in posts if p[0] == "黄恕"}
    assert ("吴兆平", "叙永县科协", "主席") in posts
    # xwlb-news (2026-04-30): a company's chief scientist
    _, _, posts = _graph("座谈会上，科技部部长阴和俊、浦江实验室教授乔宇、西部超导材料科技股份有限公司首席科学家张平祥先后发言，"
                         "就加强基础研究介绍工作情况、提出意见建议。")
    assert ("张平祥", "西部超导材料科技股份有限公司", "首席科学家") in posts


def test_a_monarchs_regnal_number_is_part_of_the_name():
    # xwlb-news: kings with their regnal numbers, one written on after a bullet
    dg, _, _ = _graph("发来贺电或贺函的还有：白俄罗斯总统卢卡申科、瑞典国王卡尔十六世•古斯塔夫、西班牙国王费利佩六世、"
                      "阿尔巴尼亚总统贝加伊等。摩洛哥国王穆罕默德六世表示。")
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert {"卡尔十六世•古斯塔夫", "费利佩六世", "穆罕默德六世", "卢卡申科"} <= people
    assert not people & {"卡尔", "古斯塔夫", "费利佩", "穆罕默德"}
    # a century or four generations under one roof are no regnal numbers
    dg, _, _ = _graph("李大爷四世同堂。二十一世纪马克思主义。")
    assert not [e for e in dg.entities if e.type == "Person" and "世" in e.name]


def test_the_chief_executive_of_a_special_administrative_region_holds_the_post_at_the_region():
    # pfr-1998-01 / CCTV news: 行政长官 is the head of the region, which is the place of the post
    _, _, posts = _graph("新华社香港１月２１日电香港特别行政区行政长官董建华今天在这里会见英国外交大臣库克。")
    assert {(p, r) for p, _, r in posts} == {("董建华", "行政长官")}
    assert ("董建华", "香港特别行政区", "行政长官") in posts or ("董建华", "香港", "行政长官") in posts


def test_names_after_a_ruler_s_title_that_the_model_reads_as_places_are_people():
    # h39 (CCTV news): 菲利普, 罗西, 加斯佩罗尼 and the two pieces of 图伊马莱阿利法诺 are read as places
    people = _people("向习近平总书记、国家主席发来贺电或贺函的还有：西班牙国王费利佩六世，比利时国王菲利普，"
                     "圣马力诺执政官罗西、加斯佩罗尼，萨摩亚国家元首图伊马莱阿利法诺二世，汤加国王图普六世。")
    assert {"菲利普", "罗西", "加斯佩罗尼", "图伊马莱阿利法诺二世", "费利佩六世", "图普六世"} <= people
    assert not {"比利时", "圣马力诺", "萨摩亚"} & people  # the countries stay places


def test_a_party_leader_titled_as_head_of_state_after_the_country_s_long_name_holds_the_party_post():
    # h39 (CCTV news): the country's official name stands between the party and the name
    _, _, posts = _graph("朝鲜劳动党总书记、朝鲜民主主义人民共和国国务委员长金正恩向习近平总书记同志和中国共产党、"
                         "中华人民共和国政府、兄弟的中国人民致以热烈祝贺。")
    assert ("金正恩", "朝鲜劳动党", "总书记") in posts
    # (a title at nobody's body, far before a name with another country between, is no post of it)
    _, _, posts = _graph("朝鲜劳动党代表团访问越南，越南社会主义共和国国家主席苏林会见代表团。")
    assert not any(p == "苏林" and t == "朝鲜劳动党" for p, t, _ in posts)


def test_a_copula_with_a_word_of_time_states_the_post():
    # h39 (CCTV news): 是当时…的党支部书记
    _, _, posts = _graph("2013年11月，习近平总书记来到湖南花垣县十八洞村。石顺莲是当时十八洞村的党支部书记，"
                         "她向总书记汇报，村里的人均年收入只有1600多元。")
    assert ("石顺莲", "十八洞村党支部", "党支部书记") in posts


def test_a_copula_title_after_a_second_place_and_de_is_at_that_place():
    # pb (CCTV news): the village is where the town is, the post the town's
    for copula in ("是", "现在是"):
        _, _, posts = _graph(f"在四川凉山州昭觉县古里镇，悬崖村的变化很大。帕查有格{copula}悬崖村所在古里镇的党委书记。")
        assert posts == {("帕查有格", "古里镇党委", "党委书记")}


def test_a_transliterated_name_read_with_the_first_character_of_the_next_word_ends_before_it():
    # h39 (pfr-1998-01): 行将 'about to' after the name, which the text writes alone elsewhere
    people = _people("人们注意到，穆巴拉克总统是在以色列总理内塔尼亚胡和巴勒斯坦自治政府主席阿拉法特行将前往华盛顿的前夕来叙的。"
                     "阿拉法特在同约旦首相会谈后举行的记者招待会上强调。")
    assert "阿拉法特" in people and "阿拉法特行" not in people
    assert "内塔尼亚胡" in people
    # xwlb-news (2024-02-14): a name of two after a head of state's title, and a verb (祝 "wishes")
    people = _people("伊朗总统莱希祝伟大的中国和中国人民幸福安康，表示伊中全面战略伙伴关系正沿着正确的轨道不断发展。")
    assert "莱希" in people and "莱希祝" not in people


def test_a_foreign_name_of_three_before_a_likelier_word_is_whole():
    # xwlb-20221017-18, xwlb-20260223-04: the last character opens a verb with the next (略表, 垂手), but the next two
    # characters are the likelier word (表示, 手中): the name is whole, in a report on another country
    people = _people("尼加拉瓜桑地诺民族解放阵线总书记、总统奥尔特加和副总统穆里略表示，坚信中共二十大将为中国自身发展和各国捍卫主权、"
                     "正义与和平作出宝贵贡献。")
    assert "穆里略" in people and "穆里" not in people
    people = _people("下届冬奥会举办地法国阿尔卑斯地区的两位大区代表从国际奥委会主席考文垂手中接过会旗。")
    assert people == {"考文垂"}
    # xwlb-20250909-14 (a headline): 未 "not yet" ends no name
    assert _people("法国总理贝鲁未通过议会信任投票将辞职") == {"贝鲁"}


def test_the_secretariat_after_a_politburo_title_is_the_central_committee_s():
    # pfr-1998-01 (h39): 书记处书记 after 政治局常委 is a post of the Central Committee's secretariat, not of the Politburo
    _, _, posts = _graph("新华社北京１月８日电中共中央政治局常委、书记处书记尉健行今天下午在人民大会堂会见了客人。")
    assert ("尉健行", "中共中央政治局", "常委") in posts
    assert any(p == "尉健行" and t.endswith("书记处") for p, t, _ in posts)
    assert not any(p == "尉健行" and t == "中共中央政治局" and r != "常委" for p, t, r in posts)


def test_an_envoy_holds_the_post_at_the_mission_only_where_the_text_names_it():
    # a mission named in full before its head's title
    _, _, posts = _graph("泰国驻上海总领事馆总领事乐达·普玛表示，今年进博会泰国是有备而来，期待中泰两国贸易取得长足进步。")
    assert posts == {("乐达·普玛", "泰国驻上海总领事馆", "总领事")}
    # an envoy's title names no body (SCHEMA.md: an organisation is a body the text names), and the host is no Place
    # of the schema: no post, no embassy made up from the title
    dg, _, posts = _graph("中国驻俄罗斯大使张汉晖也到机场迎接。")
    assert not posts and not [e for e in dg.entities if e.type == "Organization"]
    _, _, posts = _graph("中国常驻联合国代表傅聪、驻美国大使谢锋、驻纽约总领事陈立等到机场迎接。")
    assert not posts
    # a permanent representative is no officer of the body he is accredited to, whatever his country
    _, _, posts = _graph("俄常驻联合国代表涅边贾在会上表示，在乌克兰问题上，美国及其盟友在武器上的花费达到了约550亿美元。")
    assert not posts


def test_an_envoy_accredited_twice_and_a_title_before_the_envoys():
    _, _, posts = _graph("中国驻意大利大使兼驻圣马力诺大使吴明廉、中国外交部部长助理吉佩定以及圣马力诺外交部总司长博奈丽等参加了会见。")
    assert not [p for p in posts if p[0] == "吴明廉"]
    assert {("吉佩定", "外交部", "部长助理"), ("博奈丽", "圣马力诺外交部", "总司长")} <= posts
    _, _, posts = _graph("沙特代表团团长、沙特驻也门大使穆罕默德·贾比尔10日称，沙特致力于寻找也门各派别间的对话途径，"
                         "推动达成全面、可持续的政治解决方案。")
    assert posts == {("穆罕默德·贾比尔", "沙特代表团", "团长")}


def test_a_state_councillor_is_of_the_state_council_when_the_text_names_it():
    _, _, posts = _graph("出席团拜会的国务院领导同志还有，国务院副总理朱镕基、钱其琛、李岚清，"
                         "国务委员李铁映、迟浩田、宋健、李贵鲜、陈俊生、司马义·艾买提、彭珮云等。")
    assert {("李铁映", "国务院", "国务委员"), ("迟浩田", "国务院", "国务委员"), ("彭珮云", "国务院", "国务委员"),
            ("朱镕基", "国务院", "副总理")} <= posts
    # 国务委员长 is another state's title
    _, _, posts = _graph("当地时间9日下午，中共中央政治局常委、国务院总理李强在平壤会见朝鲜劳动党总书记、国务委员长金正恩。")
    assert ("李强", "国务院", "总理") in posts and ("金正恩", "国务院", "国务委员") not in posts


def test_a_body_and_a_title_with_second_names_in_brackets():
    _, _, posts = _graph("中共中央政治局常委、中央党校（国家行政学院）校长（院长）蔡奇出席毕业典礼，并为学员颁发毕业证书。")
    assert {("蔡奇", "中共中央政治局", "常委"), ("蔡奇", "中共中央党校", "校长")} <= posts


def test_the_head_of_a_delegation_named_after_him():
    _, _, posts = _graph("受习近平总书记嘱托，以王沪宁为团长的中央代表团将于25日至28日在新疆各地看望慰问各族各界干部群众。")
    assert ("王沪宁", "中央代表团", "团长") in posts


def test_a_prosecutor_and_the_party_branch_of_a_school_written_with_de():
    _, _, posts = _graph("普法宣传进校园，这是重庆市大渡口区检察院检察官梅玫的工作日常。")
    assert ("梅玫", "大渡口区检察院", "检察官") in posts
    _, _, posts = _graph("四新堤出现险情后，湘潭县河口镇中心学校的党总支书记谭建宁立即着手把学校收拾出来，接收转移安置的群众。")
    assert posts == {("谭建宁", "河口镇中心学校党总支", "党总支书记")}


def test_a_doctors_rank_and_a_post_held_before_at_a_unit():
    # (the unit is a body of its own, part of the hospital; the post held before is at the unit too)
    _, _, posts = _graph("两会结束后，全国政协委员、重庆医科大学附属第一医院骨科主任医师黄伟到重庆九龙坡区石桥铺街道社区卫生服务中心"
                         "对医生进行培训。")
    assert ("黄伟", "重庆医科大学附属第一医院骨科", "主任医师") in posts
    _, _, posts = _graph("农业农村部原党组书记、部长唐仁健，重庆市人大常委会原副主任、市总工会原主席郑洪，中国农业银行湖南省分行"
                         "原副巡视员蒋祁，中国航天科工集团航天三江发展计划部原副部长谢永丰，国家统计局辽宁调查总队一级巡视员"
                         "赵贵军，青海省海东市民和县人大常委会原党组书记、主任朵海生，宁夏回族自治区银川市金凤区原区委副书记、"
                         "区长张涛，江西省抚州市科学技术协会原党组书记、主席刘俊福，广东省惠州市惠阳区发展改革局党组成员、"
                         "副局长罗金文，云南省昆明市五华区自然资源局原党组书记、局长和毅等人违规吃喝、违规收受礼品礼金、"
                         "以学习考察名义公款旅游，以及搞政绩工程、在政务服务中不作为乱作为等，受到严肃处理。")
    # (the group by its official name, central_enterprises.tsv, as a tabled body's units are named: one node whichever
    # form a report writes)
    assert ("谢永丰", "中国航天科工集团有限公司航天三江发展计划部", "原副部长") in posts


def test_a_title_is_no_name():
    dg, _, _ = _graph("重庆市政府原党组成员、副市长江敦涛，民政部规划财务司原司长冯亚平，大连海关原党委书记、关长刘大立，"
                      "内蒙古自治区包头市九原区政府党组成员、副区长李晨伟，江西省上饶市工信局党组成员、副局长沈晓明，"
                      "陕西省宝鸡市交通局党组成员刘义，国家电网湖北省黄冈市供电公司原党委委员、副总经理干磊，"
                      "中国电信河北分公司市场部副总经理孙继峰，因违规吃喝、违规收受礼品礼金、接受可能影响公正执行公务的"
                      "宴请和旅游活动安排等，或者政绩观偏差、盲目蛮干、乱作为等，受到严肃处理。")
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert "刘大立" in people and "关长" not in people


def test_a_title_without_a_body_after_a_titled_name_is_at_the_same_body():
    _, _, posts = _graph("会后，全国人大常委会副委员长田纪云、费孝通、雷洁琼，秘书长曹志等接见了全体与会代表并合影留念。")
    assert ("曹志", "全国人民代表大会常务委员会", "秘书长") in posts
    _, _, posts = _graph("长治市农业局原局长徐水云、副局长王凤俊在处理市种子公司销售不合格种子问题中处置不力，"
                         "给农民造成１６１万元经济损失，分别给予党内严重警告和行政记大过处分。")
    assert ("王凤俊", "长治市农业局", "副局长") in posts
    _, _, posts = _graph("党和国家功勋荣誉表彰工作委员会主任蔡奇，副主任李干杰、李鸿忠、吴政隆等参加仪式。")
    assert {(name, role) for name, _, role in posts} >= {("李干杰", "副主任"), ("李鸿忠", "副主任"), ("吴政隆", "副主任")}
    assert len({body for _, body, _ in posts}) == 1
    # a deputy premier after a premier of a government (副总理 names its own body after any other title)
    _, _, posts = _graph("应俄罗斯联邦政府第一副总理曼图罗夫、副总理诺瓦克邀请，中共中央政治局常委、国务院副总理丁薛祥将于7月21日至23日"
                         "赴俄举行中俄投资合作委员会第十一次会议、中俄能源合作委员会第二十一次会议，并出席第六届中俄能源商务论坛。")
    assert {("曼图罗夫", "俄罗斯联邦政府", "第一副总理"), ("诺瓦克", "俄罗斯联邦政府", "副总理")} <= posts
    # the head of the place is the place's, not the committee's
    _, _, posts = _graph("6月24日，习近平在山东省委书记林武和省长周乃翔陪同下，来到德州市考察调研。")
    assert ("周乃翔", "山东省", "省长") in posts and not any(body == "山东省委" and name == "周乃翔" for name, body, _ in posts)


def test_a_spokesperson_of_a_body_and_not_of_a_chinese_body_of_another_state():
    _, _, posts = _graph("对此，波兰外交部发言人弗龙斯基称，波方将采取相应措施。")
    assert posts == {("弗龙斯基", "波兰外交部", "发言人")}
    # 美国国务院: America's department of state, not China's State Council
    _, _, posts = _graph("美国国务院发言人米勒在17日记者会上称，美国没有参与爆炸事件，事先不知情，也不知道谁应该对此负责。")
    assert posts == {("米勒", "美国国务院", "发言人")}
    # (xwlb-news 2026-04-23) a press secretary's post at the body before the title
    _, _, posts = _graph("美国白宫新闻秘书莱维特22日称，总统特朗普并未就伊方的终战提议设定任何“明确的最后期限”。")
    assert ("莱维特", "白宫", "新闻秘书") in posts


def test_a_leader_named_with_his_title_before_the_body_he_leads():
    _, _, posts = _graph("当前，越南党和人民正在以苏林总书记为首的越共中央坚强领导下，努力实现越共十三大提出的各项目标和任务，"
                         "朝着建党建国两个百年奋斗目标不断迈进，迎接越共十四大胜利召开。")
    assert posts == {("苏林", "越南共产党中央委员会", "总书记")}  # (越共中央, by its official name)
    # 老挝党中央, the Lao party's central committee (not the 党中央 of China's Party)
    _, _, posts = _graph("相信在以通伦总书记为首的老挝党中央坚强领导下，老挝党和人民一定能够有力推进社会主义建设和革新事业，"
                         "以优异成绩迎接老挝党十二大胜利召开。")
    assert posts == {("通伦", "老挝人民革命党中央委员会", "总书记")}


def test_two_cities_initials_before_a_railway_are_no_person():
    # xwlb-news (2023-05-27): 兰张 is 兰州 and 张掖, the line between them
    dg, _, _ = _graph("兰张三四线铁路兰州至武威段昨天（5月26日）开始铺轨。兰张三四线铁路东起甘肃兰州，西至张掖。")
    assert not [e for e in dg.entities if e.type == "Person"]


def test_a_name_read_after_a_title_is_that_person_where_the_model_reads_it_as_a_body():
    # xwlb-news (2022-10-11): 董事长武钢, and 由武钢主导研发 where the model reads the steel works' short name
    text = ("今天（10月11日）的《二十大代表风采》，我们来认识新疆金风科技股份有限公司董事长武钢和中国疾病预防控制中心卫生应急中心主任李群。\n"
            "武钢：把绿色能源送往全球\n由武钢主导研发的全球最大的16兆瓦海上风电机组进入最后测试阶段，即将下线。")
    _, names, posts = _graph(text)
    assert "武钢" in names.values() and ("武钢", "新疆金风科技股份有限公司", "董事长") in posts
    assert not [k for k, n in names.items() if n == "武钢" and k.startswith("Organization")]


def test_a_ruler_s_name_the_model_reads_as_a_place_with_his_title_is_a_person():
    # xwlb-news (2022-12-04): the model reads 埃米尔纳瓦夫 and 埃米尔塔米姆 (title and name) as places; after the
    # country, the title opens them and the name that follows is a person's
    text = ("科威特埃米尔纳瓦夫、科威特王储米沙勒、埃塞俄比亚总统萨赫勒、喀麦隆总统比亚、阿联酋总统穆罕默德、卡塔尔埃米尔塔米姆、"
            "阿曼苏丹海赛姆、巴林国王哈马德、阿联酋副总统兼总理穆罕默德、卡塔尔副埃米尔阿卜杜拉和首相兼内政大臣哈立德、非盟委员会主席"
            "法基等也就江泽民同志逝世向江泽民同志家属、中国政府和中国人民致以最深切的慰问。")
    people = {e.name for e in extract(clean(Document("t", "t.txt", text))).entities if e.type == "Person"}
    assert {"纳瓦夫", "塔米姆", "海赛姆", "哈马德"} <= people
    assert not {p for p in people if p.startswith("埃米尔")}


def test_an_appointment_to_several_titles_gives_each_at_the_body_it_names():
    # xwlb-news (2026-06-24): 增补…为第十四届全国政协委员、教科卫体委员会副主任: a member of the CPPCC and the vice-chair
    # of one of its committees
    dg = extract(clean(Document("t", "t.txt", "经表决，会议决定增补李晓红同志为第十四届全国政协委员、教科卫体委员会副主任，"
                                              "增补肖培同志为第十四届全国政协委员、社会和法制委员会副主任；通过关于接受陈群同志请辞"
                                              "第十四届全国政协常委、委员的决定；通过关于免去王晓东第十四届全国政协常委、农业和农村"
                                              "委员会副主任职务并撤销其委员资格的决定；通过关于接受胡诚林、彭纯同志辞去第十四届"
                                              "全国政协委员的决定。")))
    names = {e.key: e.name for e in dg.entities}
    posts = {(names[r.head], names[r.tail], r.role) for r in dg.relations if r.predicate == "holdsPost"}
    cppcc = "中国人民政治协商会议全国委员会"
    assert ("李晓红", cppcc + "教科卫体委员会", "副主任") in posts and ("肖培", cppcc + "社会和法制委员会", "副主任") in posts
    assert ("李晓红", cppcc, "委员") in posts
    assert not [p for p in posts if p[0] == "李晓红" and p[1].endswith("社会和法制委员会")]


@pytest.mark.parametrize("text,expected", [
    # xwlb-news (2023-12-27): the CPPCC seats a decision takes away were the names' till then
    ("会议审议通过了关于撤销吴燕生、刘石泉、王长青政协第十四届全国委员会委员资格的决定，提请第五次常委会会议追认。",
     {("吴燕生", "中国人民政治协商会议全国委员会", "委员"), ("刘石泉", "中国人民政治协商会议全国委员会", "委员"),
      ("王长青", "中国人民政治协商会议全国委员会", "委员")}),
    # xwlb-news (2024-03-02): the last name of the list written right before the term (王小军第十四届)
    ("会议追认关于撤销吴燕生、刘石泉、王长青、王小军第十四届全国政协委员资格的决定。",
     {("王长青", "中国人民政治协商会议全国委员会", "委员"), ("王小军", "中国人民政治协商会议全国委员会", "委员")}),
    # xwlb-news (2022-10-30): relieved of a post, and a list of names relieved of one
    ("决定免去陈文清的国家安全部部长职务，任命陈一新为国家安全部部长。",
     {("陈文清", "国家安全部", "部长"), ("陈一新", "国家安全部", "部长")}),
    ("免去杨晓超、徐令义的国家监委副主任职务，任命孙新阳、刘学新、张福海为国家监委副主任，免去卢希、白少康、陈超英、姜信治、"
     "凌激、崔鹏的国家监委委员职务，任命王晓萍、王爱文、许罗德、李欣然、赵世勇、訚柏、穆红玉为国家监委委员。",
     {("杨晓超", "国家监察委员会", "副主任"), ("徐令义", "国家监察委员会", "副主任"), ("崔鹏", "国家监察委员会", "委员")}),
    # xwlb-news (2024-11-08): a committee named bare after the court is the court's
    ("免去杨万明的最高人民法院副院长、审判委员会委员、第一巡回法庭庭长、审判员职务。",
     {("杨万明", "最高人民法院", "副院长"), ("杨万明", "最高人民法院审判委员会", "委员")}),
    # xwlb-news (2025-06-25): a standing member and a committee's vice-chair, the name before the term
    ("会议通过关于免去毕井泉第十四届全国政协常委、经济委员会副主任职务，撤销其委员资格的决定。",
     {("毕井泉", "中国人民政治协商会议全国委员会", "常委"),
      ("毕井泉", "中国人民政治协商会议全国委员会经济委员会", "副主任")}),
], ids=["revoked", "revoked-before-the-term", "relieved", "relieved-list", "court-committee", "relieved-before-the-term"])
def test_seats_revoked_and_posts_relieved_of_were_held_till_then(text, expected):
    _, _, posts = _graph(text)
    assert expected <= posts


def test_a_bare_committee_after_a_committee_of_the_legislature_is_the_legislature_s():
    # xwlb-news (2025-09-12): 法制工作委员会 is the Standing Committee's, beside its Basic Law committee, not inside it
    dg, names, posts = _graph("免去张勇的全国人大常委会香港特别行政区基本法委员会副主任、澳门特别行政区基本法委员会副主任、"
                              "法制工作委员会副主任职务，任命雷建斌为全国人大常委会香港特别行政区基本法委员会副主任、"
                              "澳门特别行政区基本法委员会副主任、法制工作委员会副主任。")
    assert ("张勇", "全国人民代表大会常务委员会法制工作委员会", "副主任") in posts
    assert ("张勇", "全国人民代表大会常务委员会香港特别行政区基本法委员会", "副主任") in posts
    parts = {(names[r.head], names[r.tail]) for r in dg.relations if r.predicate == "partOf"}
    assert ("全国人民代表大会常务委员会法制工作委员会", "全国人民代表大会常务委员会") in parts
    assert not any(n.startswith("全国人民代表大会常务委员会香港特别行政区基本法委员会法制") for n in names.values())



def test_each_appointee_of_a_sentence_parted_by_commas_holds_the_post_written_after_him():
    # xwlb-news (2024-06-06): 任命A为…，B为…，C为…: only the first appointee after the verb had his post
    dg = extract(clean(Document("t", "t.txt", "经表决，会议决定增补马晓伟、易会满、曹军为第十四届全国政协委员；任命胡衡庐为第十四届"
                                              "全国政协副秘书长，易会满为经济委员会驻会副主任，马晓伟为教科卫体委员会副主任，曹军为"
                                              "教科卫体委员会驻会副主任；隋青不再担任民族和宗教委员会驻会副主任。")))
    names = {e.key: e.name for e in dg.entities}
    posts = {(names[r.head], r.role) for r in dg.relations if r.predicate == "holdsPost"}
    assert {("马晓伟", "副主任"), ("曹军", "驻会副主任")} <= posts
    assert ("马晓伟", "驻会副主任") not in posts

def test_a_word_after_a_verb_of_appointment_is_no_name_without_a_post_after_it():
    # xwlb-news (2023-12-26): 增补 "added" to a book, not to a body; 修订后 "after revision"
    dg, names, _ = _graph("经党中央批准，中共中央党史和文献研究院增补修订后的《建国以来毛泽东文稿》（1—20册）、《毛泽东年谱》（1—9卷）"
                          "近日由中央文献出版社出版，即日起在全国发行。")
    assert not [e for e in dg.entities if e.type == "Person"]


def test_two_places_written_by_one_character_each_are_no_person():
    # xwlb-news (2025-01-14, 2026-05-28): 沪深两市, 京雄两地 (沪, 京: the provinces' one-character names, no surnames)
    for text in ("中国证监会数据显示，截至今天（1月14日），沪深两市共310家上市公司宣布实施春节前特别分红，拟分红金额达3431.9亿元，"
                 "分红家数、分红金额为去年同期的9.4倍、7.6倍，均创历史新高。",
                 "京雄两地政务服务中心还互设窗口、互派人员，依托跨省通办“云窗口”，实现北京市区两级3500多项政务服务事项在雄安新区"
                 "云端办理、线上帮办。"):
        dg, _, _ = _graph(text)
        assert not [e.name for e in dg.entities if e.type == "Person"], text


def test_a_reporter_is_the_outlet_s_where_its_dateline_names_a_body_as_the_place_it_files_from():
    # People's Daily 1998 (01-02, 01-08): 新华社联合国…电（记者…）: 联合国 is where the report was filed from
    for text, reporter in (("据新华社联合国１２月３１日电（记者周锡生）中国常驻联合国代表秦华孙大使３１日在纽约联合国总部接受本社记者"
                            "专访时说，在即将过去的一年里，中国在联合国积极开展多边外交，主持正义，反对强权，积极推动多极化进程，"
                            "赢得了世界上多数国家的赞誉。", "周锡生"),
                           ("新华社联合国１月６日电（记者谢美华）联合国秘书长发言人办公室６日宣布，联合国秘书长安南已于５日深夜批准"
                            "伊拉克第三期食品、药品和其它人道主义物资的分配计划。", "谢美华")):
        _, _, posts = _graph(text)
        assert (reporter, "新华社", "记者") in posts and (reporter, "联合国", "记者") not in posts


def test_a_reporter_filing_from_a_town_abroad_named_with_its_country_is_the_outlets():
    # People's Daily 1998 (01-27, 01-31): 新华社杰里科（约旦河西岸）…电（记者…）: the town's country in brackets
    for text, reporters in (("新华社杰里科（约旦河西岸）１月２５日电（记者戚德良、支林飞）巴勒斯坦民族权力机构地方政府部长埃里卡特２５日"
                             "在此间举行的记者招待会上说，日前结束的华盛顿会谈未就如何推进和平进程作出具体承诺和制定具体方案。",
                             ("戚德良", "支林飞")),
                            ("新华社达沃斯（瑞士）１月２９日电（记者李敬臣）世界经济论坛１９９８年年会２９日在瑞士东部山城达沃斯开幕。",
                             ("李敬臣",))):
        _, _, posts = _graph(text)
        assert {(r, "新华社", "记者") for r in reporters} <= posts, text


def test_a_title_one_person_holds_is_not_every_listed_name_s():
    # People's Daily 1998 (01-09): 国会主席农德孟和范世阅: the chairman is the first name only; honorary chairs are several
    _, _, posts = _graph("新组成的越共中央政治局常委会成员共５名，包括总书记黎可漂、国家主席陈德良、政府总理潘文凯、国会主席农德孟和"
                         "范世阅。")
    assert not [p for p in posts if p[0] == "范世阅"]
    _, _, posts = _graph("中国记协名誉主席吴冷西、穆青以及首都主要新闻单位的负责同志出席了今天的茶话会。")
    assert {("吴冷西", "中国记协", "名誉主席"), ("穆青", "中国记协", "名誉主席")} <= posts


def test_a_clause_of_a_team_and_a_member_s_title_opens_the_chain_of_the_name_after_it():
    # xwlb-news (2024-08-04, 2024-08-05): 中央宣讲团成员， then the member's own titles and name
    _, _, posts = _graph("中央宣讲团成员，教育部党组书记、部长怀进鹏在教育系统作宣讲报告。")
    assert {("怀进鹏", "中央宣讲团", "成员"), ("怀进鹏", "教育部", "部长")} <= posts
    _, _, posts = _graph("中央宣讲团成员，国家发展改革委党组书记、主任郑栅洁近日在太原作宣讲报告。")
    assert ("郑栅洁", "中央宣讲团", "成员") in posts


def test_a_doctor_s_or_teacher_s_title_after_the_name_is_a_post_at_the_body_before_it():
    # xwlb-news (2022-12-30, 2023-04-29): 某医院的某某医生, 某学院的某某老师 (titles many hold at one body, as 教授)
    _, _, posts = _graph("在云南省保山市隆阳区辛街乡卫生院，来自保山市医院的杨大满医生正在为患有高血压的高龄新冠患者检查。")
    assert ("杨大满", "保山市医院", "医生") in posts
    _, _, posts = _graph("前不久，在东莞的这家专精特新企业，广东机电职业技术学院的刘金彦老师带领同学们实现了一个新的突破。")
    assert ("刘金彦", "广东机电职业技术学院", "老师") in posts


def test_the_leader_of_a_party_abroad_holds_that_post_and_no_place_has_a_leader():
    # xwlb-news (2022-10-18): 巴巴多斯工党领袖, the party's leader; (2023-04-06) 台湾地区领导人 is no post of a place
    _, _, posts = _graph("巴巴多斯工党领袖、政府总理莫特利表示，中共二十大标志着中国的发展将迈上新的征程。")
    assert ("莫特利", "巴巴多斯工党", "领袖") in posts
    _, _, posts = _graph("发言人表示，美方不顾中方严正交涉和反复警示，执意允许台湾地区领导人蔡英文“过境”窜美。")
    assert not [p for p in posts if p[0] == "蔡英文"]


def test_a_parliament_s_speaker_holds_that_post():
    # xwlb-news (2024-12-27): 议长, a title of parliaments abroad
    _, _, posts = _graph("韩国国会议长禹元植在投票后宣布，弹劾案以192票赞成的结果获得通过。")
    assert ("禹元植", "韩国国会", "议长") in posts


def test_the_heads_of_international_organisations_and_of_an_administration_hold_their_posts():
    # xwlb-news (2023-06-26, 2023-12-25): 总干事, 署长
    _, _, posts = _graph("国务院总理李强26日在天津会见世界贸易组织总干事伊维拉。")
    assert ("伊维拉", "世界贸易组织", "总干事") in posts
    _, _, posts = _graph("受国务院委托，海关总署署长俞建华、自然资源部部长王广华分别作了说明。")
    assert {("俞建华", "海关总署", "署长"), ("王广华", "自然资源部", "部长")} <= posts


def test_an_auditor_general_and_a_commander_in_chief_hold_their_posts():
    # xwlb-news (2023-06-26, 2024-03-22): 审计长, 总司令
    _, _, posts = _graph("审计署审计长侯凯作了关于2022年度中央预算执行和其他财政收支的审计工作报告。")
    assert ("侯凯", "审计署", "审计长") in posts
    _, _, posts = _graph("乌军总司令瑟尔斯基21日称，乌克兰武装部队已在东部战场稳固住防线。")
    assert ("瑟尔斯基", "乌军", "总司令") in posts


def test_a_team_s_head_coach_holds_a_post():
    # People's Daily, 1998-01-08: 主教练
    _, _, posts = _graph("澳大利亚游泳队主教练塔尔伯特说：“许多人早已怀疑国际体坛对服药的丑恶现象越来越姑息迁就。")
    assert ("塔尔伯特", "澳大利亚游泳队", "主教练") in posts


def test_a_form_of_address_and_the_surnames_of_a_pair_are_no_persons():
    # People's Daily (1998-01-07): 老李, the clerk, is addressed by 老 and his surname only (SCHEMA: no full name)
    dg, names, _ = _graph("一日，我到民政部门办点事，刚一坐下，就进来一位来访的乡下老人。工作人员老李笑吟吟地招呼老人：『请坐！』"
                          "又给泡茶递水，尔后拿出记录本向老人询问起来。")
    assert not {e.name for e in dg.entities if e.type == "Person"}
    # People's Daily (1998-01-08): 周邓 is 周恩来 and 邓颖超 together (周邓纪念馆, 周邓往来的通信), so 周总理 is 周恩来's
    dg, names, _ = _graph("这就是海内外翘首期盼的周恩来邓颖超纪念馆。今年３月５日———周恩来同志百年诞辰之时它将向世人开放。"
                          "文物征集组组长李爱华告诉记者，三年前，她参加周邓纪念馆的文物征集。目前，他们共征集文物、文献、照片５０００多件，"
                          "达到国家一级文物标准的有百余件，包括周邓往来的通信，弥足珍贵。负责陈列的工作人员掀开桌布，"
                          "将周总理在西花厅办公室早已发旧的会议桌指给记者看。")
    people = {e.name: e.aliases for e in dg.entities if e.type == "Person"}
    assert "周邓" not in people and "周总理" in people["周恩来"]


def test_the_first_secretary_stated_by_a_copula_is_the_villages():
    # xwlb-news (2025-02-12): 帕查有格是驻村第一书记, said of the village the sentence is about (来悬崖村时)
    dg, names, posts = _graph("2016年，我们第一次来悬崖村时，帕查有格是驻村第一书记。这些年，悬崖村的路在变、产业在变，"
                              "人也在发生着改变，但大家对于旅游开发的憧憬却始终未变。")
    assert ("帕查有格", "悬崖村", "驻村第一书记") in posts


def test_a_unit_of_a_body_written_short_goes_by_the_official_name_the_written_form_an_alias():
    # xwlb-news: 中国科协书记处 — the secretariat of 中国科学技术协会, named after it, written as the text writes it too
    dg, _, posts = _graph("中国科协书记处第一书记贺军科代表人民团体致词。")
    assert ("贺军科", "中国科学技术协会书记处", "第一书记") in posts
    unit = next(e for e in dg.entities if e.name == "中国科学技术协会书记处")
    assert "中国科协书记处" in unit.aliases


def test_who_joins_the_delegation_he_belongs_to_is_its_deputy():
    # xwlb-news (2023-03-05): 参加他所在的四川代表团审议, the NPC delegation whose deputy he is; joining another's
    # deliberation says nothing of the kind
    _, _, posts = _graph("中共中央政治局常委、全国人大常委会委员长赵乐际5日下午参加他所在的四川代表团审议。")
    assert ("赵乐际", "四川代表团", "代表") in posts
    _, _, posts = _graph("中共中央政治局委员、北京市委书记尹力在参加北京代表团审议时说，赞同政府工作报告。")
    assert not any(body == "北京代表团" for _, body, _ in posts)


def test_deputies_listed_and_counted_are_deputies_of_the_delegation_whose_meeting_was_named():
    # xwlb-news (2025-03-07): the plenary of the PLA's delegation, then the six deputies who spoke there
    _, _, posts = _graph("中共中央总书记、国家主席、中央军委主席习近平7日下午在出席十四届全国人大三次会议解放军和武警部队代表团全体会议时"
                         "强调，实现我军建设“十四五”规划圆满收官，对如期实现建军一百年奋斗目标，对以中国式现代化全面推进强国建设、"
                         "民族复兴伟业，都具有重要意义。要坚定信心、直面挑战，落实高质量发展要求，如期完成既定目标任务。\n"
                         "会上，周刚、李东、丰艳、郑元林、崔道虎、刘树伟等6位代表先后发言，分别就统筹武器装备试验鉴定资源、创新规划执行"
                         "管理、提高经费使用管理效益、加强军工产能保障、推进国防阵地工程建设、用好新兴领域资源等提出意见建议。")
    deputies = {name for name, body, role in posts if body == "解放军和武警部队代表团" and role == "代表"}
    assert deputies == {"周刚", "李东", "丰艳", "郑元林", "崔道虎", "刘树伟"}


def test_a_head_of_government_after_the_country_and_title_is_a_person_where_the_model_reads_none():
    # xwlb-news (2025-11-16): 日本首相高市早苗, a Japanese name the model misses (each character a word of its own to the
    # dictionary); (2025-03-01) a headline's 总统称将… has a verb after the title, no name
    assert "高市早苗" in _people("针对日本首相高市早苗近期错误言论，多名日本政界人士提出批评，并表示应该撤回相关言论。")
    people = _people("法国总统称将对等回应美关税威胁\n法国总统马克龙2月28日在葡萄牙访问期间表示，在与美国总统特朗普会谈后，他认为双方推进"
                     "解决关税问题希望渺茫。")
    assert not any(name.startswith("称") for name in people) and {"马克龙", "特朗普"} <= people


def test_a_person_titled_general_secretary_alone_holds_that_post_of_the_central_committee():
    # CCTV 2023-06-01: 习近平总书记 and 党中央 in one report at home: the title alone is the Central Committee's
    _, _, posts = _graph("习近平总书记指出，党中央始终关心关怀少年儿童的健康成长，采取了一系列政策举措，努力为孩子们健康成长创造更好"
                         "环境。")
    assert ("习近平", "中国共产党中央委员会", "总书记") in posts
    # CCTV 2023-12-13: a report on another country: the title alone may be another party's
    _, _, posts = _graph("当地时间12月13日上午，中共中央总书记、国家主席习近平在河内主席府同越南国家主席武文赏举行会谈。习近平指出，"
                         "昨天，我同阮富仲总书记宣布构建具有战略意义的中越命运共同体，携手开辟了两党两国关系发展新阶段。")
    assert ("习近平", "中国共产党中央委员会", "总书记") in posts
    assert not [p for p in posts if p[0] == "阮富仲"]


def test_the_premier_titled_after_the_name_at_home_is_the_state_councils():
    # xwlb-news (2023-05-11): 李强总理 in a report that names 国务院 and no country abroad; without the
    # State Council named (2023-08-07) the title alone says no body
    _, _, posts = _graph("丁薛祥指出，党中央、国务院高度重视高校毕业生就业创业工作，习近平总书记作出一系列重要指示，"
                         "李强总理提出明确要求。")
    assert ("李强", "国务院", "总理") in posts
    _, _, posts = _graph("他强调，要坚决贯彻习近平总书记重要指示精神，落实李强总理要求，坚持把确保人民生命财产安全放在第一位，"
                         "充分发动各方力量，全力开展抢险救援，妥善安置受灾群众，最大程度减少人员伤亡和洪涝灾害损失。")
    assert not {p for p in posts if p[0] == "李强"}


def test_a_minister_titled_by_the_ministry_and_its_head_holds_the_post_and_the_titles_before():
    # xwlb-news (2023-08-26): 外交部长 (外交部 and 长) before a Chinese name, after the Politburo's title
    _, _, posts = _graph("行程结束之际，中共中央政治局委员、外交部长王毅向随行记者介绍此访情况。")
    assert {("王毅", "外交部", "部长"), ("王毅", "中共中央政治局", "委员")} <= posts
    # (2026-02-04): the titles of a foreign party before it: that country's minister, not China's
    _, _, posts = _graph("2月4日下午，中共中央总书记、国家主席习近平在人民大会堂会见作为越共中央总书记苏林特使专程来访的越共中央"
                         "政治局委员、外交部长黎怀忠。")
    assert not {p for p in posts if p[0] == "黎怀忠" and p[1] == "外交部"}
    # People's Daily (1998-01-02): the ministry after 兼 and another title of the same man
    _, _, posts = _graph("本报比勒陀利亚１月１日电记者温宪报道：中国国务院副总理兼外交部长钱其琛今天在这里宣布，中华人民共和国大使馆"
                         "正式开馆。")
    assert ("钱其琛", "外交部", "部长") in posts
    # xwlb-news (2025-05-02): in a report on another country, a minister no title of China's leaders precedes
    _, _, posts = _graph("韩国代总统兼国务总理韩德洙1日宣布辞去代总统及总理职务，并于今天（5月2日）宣布参加6月3日举行的新一届"
                         "总统大选。1日在韩德洙宣布辞职后，按顺位应接任代总统的经济副总理兼企划财政部长崔相穆因面临在野党的弹劾也"
                         "宣布辞职。按照规定，代总统改由分管社会事务的副总理兼教育部长李周浩担任。")
    assert not {p for p in posts if p[1] == "教育部"}


def test_a_ministry_written_bare_after_a_foreign_officials_title_is_that_countrys():
    # xwlb-news (2023-02-03): 泰国副总理兼卫生部长: Thailand's ministry of health, not China's (卫生部)
    _, _, posts = _graph("今晚（2月3日）9点半，总台央视新闻频道《高端访谈》栏目将播出对泰国副总理兼卫生部长阿努廷的独家专访。")
    assert ("阿努廷", "泰国卫生部", "部长") in posts
    assert not {p for p in posts if p[1] == "卫生部"}


def test_the_chairman_titled_after_the_name_at_home_is_the_npc_standing_committees():
    # xwlb-news (2023-03-14): 赵乐际委员长 in a report that names 全国人大常委会
    _, _, posts = _graph("十四届全国人大常委会第一次会议14日上午在北京人民大会堂举行。赵乐际委员长主持会议。")
    assert ("赵乐际", "全国人民代表大会常务委员会", "委员长") in posts


def test_a_doubled_given_name_is_not_cut_before_a_verb_its_last_character_opens():
    # CCTV 2023-03-01: 沈跃跃出席 — 跃出 is a word, but the name's given name is doubled and read whole
    _, _, posts = _graph("全国人大常委会副委员长、全国妇联主席沈跃跃出席会议并讲话。")
    assert ("沈跃跃", "中华全国妇女联合会", "主席") in posts and not [p for p in posts if p[0] == "沈跃"]


def test_a_name_the_dictionary_reads_as_a_word_in_a_list_of_titled_people():
    # xwlb-news (2025-12-27): 付强 ('strong') and 曾海洋 ('ocean') between names the model reads, each after a title
    dg, _, posts = _graph(
        "四川省政府原副省长、省公安厅原厅长叶寒冰，新疆生产建设兵团第七师123团原党委书记、政委付强，河南省人民检察院五部原党支部"
        "委员、副主任朱永清，河北省衡水市仲裁委原党支部书记、常务副主任高永丰，江苏省南京市规划和自然资源局总体规划处原处长赵勇，"
        "吉林省辽源市委原常委、东丰县委原书记曾海洋，中储粮启东直属库原党支部书记、总经理杨海民等人违规吃喝、违规收送礼品礼金、"
        "改变公务行程借机旅游、搞“政绩工程”、开展无实质内容的学习交流等，受到严肃处理。")
    people = {e.name for e in dg.entities if e.type == "Person"}
    assert {"付强", "曾海洋"} <= people
    assert ("曾海洋", "东丰县委", "原书记") in posts
    # (2023-01-16): a word that goes on from the title (代表|大会) is none, in a list of titled people too
    dg, _, _ = _graph(
        "民革中央主席郑建邦、民盟中央主席丁仲礼、民建中央主席郝明金、民进中央主席蔡达峰、农工党中央主席何维、致公党中央主席蒋作君、"
        "九三学社中央主席武维华、台盟中央主席苏辉、全国工商联主席高云龙先后发言，分别介绍了各民主党派、工商联在中共中央亲切关怀和"
        "大力支持下，顺利召开全国代表大会、圆满完成换届工作情况以及下一步工作打算。")
    assert "大会" not in {e.name for e in dg.entities if e.type == "Person"}


def test_writers_who_sign_a_letter_with_their_unit_are_on_its_staff():
    # People's Daily (1998-01-07): a reader's letter signed with the unit and two names run together
    dg = extract(clean(Document("t", "t.txt", "你报一九九七年六月四日读者来信版刊登题为《不该为局部利益影响国道畅通》的来信后，引起了河南省有关"
                                              "部门的高度重视。新县交通部门及时组织抢修，八月底，新县沙窝集镇到湖北小界岭这段公路路面已"
                                              "恢复原有技术状况，一○六国道又恢复了繁忙的运输景象。（湖北麻城市交通局熊承元毕宗锐）\n")))
    names = {e.key: e.name for e in dg.entities}
    posts = {(names[r.head], names[r.tail], r.role) for r in dg.relations if r.predicate == "holdsPost"}
    assert {("熊承元", "麻城市交通局", "工作人员"), ("毕宗锐", "麻城市交通局", "工作人员")} <= posts
    # (the same signed in ASCII brackets, as a retyped text has it: bench/robustness_bench.py's ASCII rewriting)
    dg = extract(clean(Document("t", "t.txt", "新县交通部门及时组织抢修，一○六国道又恢复了繁忙的运输景象。(湖北麻城市交通局熊承元毕宗锐)\n")))
    names = {e.key: e.name for e in dg.entities}
    assert ("熊承元", "麻城市交通局") in {(names[r.head], names[r.tail]) for r in dg.relations if r.predicate == "holdsPost"}


@pytest.mark.parametrize("text,expected", [
    # People's Daily 1998: 院长 after the name, of the 院 the sentence named before it
    ("在今天召开的中国科学院１９９８年度工作会议上，路甬祥院长对此作出了明确的回答。", ("路甬祥", "中国科学院", "院长")),
    # (the bureau written right before the name)
    ("北京海关调查局茹水泉局长告诉记者，１９９３年至１９９７年，该局共查获走私汽车８００辆，其中有５０％是属走私汽车配件，"
     "然后又非法拼（组）装的。", ("茹水泉", "北京海关调查局", "局长")),
], ids=["meeting", "body-before"])
def test_a_heads_title_after_the_name_is_a_post_at_the_body_of_its_kind_before_it(text, expected):
    _, _, posts = _graph(text)
    assert expected in posts



@pytest.mark.parametrize("text,person", [
    # People's Daily 1998: 退休干部 of a county is no post there
    ("今天前来瞻仰毛主席遗容的，有许多来自外地。河南鹿邑县退休干部、老党员盛和帮和老伴都已７６岁高龄，昨天才到首都，"
     "今天一早就赶到毛主席纪念堂。", "盛和帮"),
    # xwlb-news (2026-07-02): a retired cadre of a street office
    ("“七一勋章”获得者，来自重庆市两江新区观音桥街道的退休干部马善祥，30多年扎根基层调解一线，化解了2500多件群众矛盾。", "马善祥"),
], ids=["county", "street"])
def test_who_retired_holds_no_post(text, person):
    _, names, posts = _graph(text)
    assert person in names.values() and not [p for p in posts if p[0] == person]


@pytest.mark.parametrize("text,reporters", [
    # People's Daily 1998: two reporters' names run together in the byline
    ("中央慰问组到那曲\n新华社记者李锦赵承\n那曲地区到处冰封雪盖，在零下近３０摄氏度的严寒中，中央慰问组的到来，为灾区送来了春天般的温暖。",
     {"李锦", "赵承"}),
    ("怀念——毛主席纪念堂重新开放见闻\n新华社记者王永治牛爱民\n来自深圳的邱洪标今天早晨６时３０分就赶到了毛主席纪念堂北门，"
     "成为第一个在此排队等候的瞻仰者。", {"王永治", "牛爱民"}),
], ids=["two", "two-again"])
def test_names_run_together_in_a_byline_are_each_a_reporter(text, reporters):
    _, _, posts = _graph(text)
    assert {(name, "新华社", "记者") for name in reporters} <= posts
    assert not [p for p in posts if p[0] not in reporters]


def test_a_name_of_four_before_deng_is_not_cut_at_its_last_character():
    # People's Daily 1998: 多吉才让等, 让 a verb after a name elsewhere, here the end of a Tibetan name listed with others
    _, names, _ = _graph("民政部对抗震救灾工作高度重视，部长多吉才让等对救灾工作做了明确的部署，救灾救济司领导及工作人员立即到位，"
                         "与灾区保持密切联系，随时掌握灾情，及时向党中央、国务院反映。")
    assert "多吉才让" in names.values() and "多吉才" not in names.values()


def test_a_name_before_deng_is_not_cut_at_a_verb_jieba_reads_across_its_end():
    # xwlb-news (2023-08-25): 穆昌加等出席, where jieba reads 加等 as a verb; the name is whole
    _, names, posts = _graph("非盟轮值主席、科摩罗总统阿扎利，中非合作论坛非方共同主席国、塞内加尔总统萨勒，非洲次区域组织代表赞比亚总统希奇莱马、"
                             "布隆迪总统恩达伊施米耶、吉布提总统盖莱、刚果（布）总统萨苏、纳米比亚总统根哥布、乍得总理凯布扎博、"
                             "利比亚总统委员会副主席库尼、尼日利亚副总统谢蒂马，以及非盟委员会代表穆昌加等出席。")
    assert "穆昌加" in names.values() and "穆昌" not in names.values()


def test_a_members_title_after_a_name_at_a_cppcc_session_is_no_politburo_seat():
    # xwlb-news (2025-03-07): 委员 after the speakers' names; the report titles Politburo members before theirs
    text = ("全国政协十四届三次会议举行第二次全体会议 王沪宁出席\n"
            "全国政协十四届三次会议7日上午在人民大会堂举行第二次全体会议。中共中央政治局常委、全国政协主席王沪宁出席会议。"
            "14位政协委员作大会发言。\n"
            "中共中央政治局委员、国务院副总理刘国中，以及中共中央、国务院有关部门负责同志应邀到会听取发言。\n"
            "会议由全国政协副主席王勇主持。\n"
            "王国生委员发言说，五个“必须统筹”集中体现以习近平同志为核心的中共中央持续推进经济工作实践创新所形成的宝贵经验，"
            "是习近平经济思想丰富和发展的又一重要成果。")
    _, _, posts = _graph(text)
    assert ("王国生", "中国人民政治协商会议全国委员会", "委员") in posts
    assert not [p for p in posts if p[0] == "王国生" and p[1] == "中共中央政治局"]
    assert ("刘国中", "中共中央政治局", "委员") in posts


def test_a_leading_group_titled_after_a_politburo_seat_is_no_unit_of_the_politburo():
    # xwlb-news (2025-09-17): 纪念活动领导小组组长, a group of its own, after 中共中央政治局常委
    _, _, posts = _graph("中共中央政治局常委、纪念活动领导小组组长蔡奇参加接见并在总结会议上讲话。")
    assert posts == {("蔡奇", "中共中央政治局", "常委")}


def test_a_clause_before_the_titles_says_where_the_minister_is_not_whose_minister():
    # People's Daily (1998-01-13): 正在这里访问的 ("who is visiting here") before China's titles, after the host's
    dg, _, _ = _graph("据新华社阿尔及尔１月１２日电阿尔及利亚总统泽鲁阿勒１２日会见了正在这里访问的中国国务院副总理兼外交部长钱其琛。")
    assert ("钱其琛", "外交部") in facts(dg, "holdsPost")


def test_a_name_the_dictionary_lists_is_a_person_after_a_title_and_before_presiding():
    # xwlb-news (2022-11-22): 汪洋, also the word "vast ocean", which the mention model reads as that word
    dg, _, _ = _graph("政协第十三届全国委员会第八十一次主席会议22日在京召开。全国政协主席汪洋主持会议并讲话。")
    assert ("汪洋", "中国人民政治协商会议全国委员会") in facts(dg, "holdsPost")
    # (2023-03-08) 钟山 ("Bell Mountain") before the preposition of his report to the session
    dg, _, _ = _graph("全国人大财政经济委员会主任委员钟山向会议作了财政经济委员会关于2022年国民经济和社会发展计划执行情况"
                      "与2023年国民经济和社会发展计划草案的审查结果报告。")
    assert "钟山" in {e.name for e in dg.entities if e.type == "Person"}
    # (2023-11-23) but a word the dictionary tags as a name after a title that is the name's before it is none
    # (宣读习近平主席贺信: the President's letter of congratulation)
    dg, _, _ = _graph("国家副主席韩正23日在浙江杭州出席第二届全球数字贸易博览会开幕式，宣读习近平主席贺信并致辞。")
    assert "贺信" not in {e.name for e in dg.entities}


def test_a_foreign_name_right_before_a_head_of_states_title_is_a_person():
    # xwlb-news (2023-11-29): the model reads 普京 as a place after 主席和 (jieba's word 和普 runs into the name)
    assert "普京" in _people("韩正表示，在习近平主席和普京总统战略引领下，中俄新时代全面战略协作伙伴关系持续健康稳定发展。")
    # (2024-04-09): the name opens where a word ends: 转达|普京, not 达普京 (达 spells foreign names too)
    people = _people("拉夫罗夫转达普京总统对习近平主席的亲切问候和良好祝愿。")
    assert "普京" in people and "达普京" not in people
    # (2024-05-07): 感谢|马克龙
    people = _people("习近平指出，很高兴再次访问美丽的法兰西共和国，感谢马克龙总统夫妇和法方的盛情款待。")
    assert "马克龙" in people and "谢马克龙" not in people
    # (2023-09-25): the model's name after 同, though jieba's 同安 runs into it; (2023-06-28) not 桑给巴尔总统, a place
    # the dictionary knows whole
    assert "安瓦尔" in _people("习近平主席同安瓦尔总理就共建中马命运共同体达成重要共识，生动诠释了亲诚惠容理念。")
    assert "巴尔" not in _people("6月28日，国家副主席韩正在湖南长沙分别会见来华出席第三届中非经贸博览会的马拉维总统查克维拉、坦桑尼亚"
                               "桑给巴尔总统姆维尼。")


def test_no_place_and_no_countrys_end_before_a_head_of_states_title_is_a_person():
    # xwlb-news (2024-05-26): an emirate right after its country is the crown prince's realm
    assert "阿布扎比" not in _people("2019年7月，在习近平主席和时任阿联酋阿布扎比王储穆罕默德共同见证下，中阿双方在北京签署备忘录，"
                                  "正式启动阿联酋中文教学“百校项目”。")
    # (2024-07-03): a capital before 总统府 names the palace; (2026-01-09) 委内瑞拉代总统: a country's end and "acting"
    assert _people("当地时间7月3日上午，国家主席习近平在阿斯塔纳总统府同哈萨克斯坦总统托卡耶夫举行会谈。") == {"习近平", "托卡耶夫"}
    people = _people("委内瑞拉代总统罗德里格斯8日在首都加拉加斯出席活动时表示，尽管美国政府声称目前美方已“接管”委内瑞拉，"
                     "但委内瑞拉既不是附属国，也没有被征服，为捍卫祖国而进行的斗争仍在继续。")
    assert people == {"罗德里格斯"}
    # (2026-02-04): a city's meeting of prime ministers
    assert not _people("双方相继成功主办上海合作组织天津峰会和莫斯科总理会议，加强多边协作，继续致力于构建更加公正合理的全球治理体系。")


def test_the_same_title_written_bare_in_the_next_clause_is_at_the_body_of_the_first():
    # xwlb-news (2023-02-17): the body is written once, with the first name
    _, _, posts = _graph("全国人大常委会副委员长沈跃跃主持座谈会，副委员长丁仲礼出席。")
    assert ("丁仲礼", "全国人民代表大会常务委员会", "副委员长") in posts
    # (2023-07-12): the second title of a list has its own body, written before it
    _, _, posts = _graph("给陆军工程大学教授张雄伟，解放军总医院第一医学中心神经外科医学部主任、主任医师、教授张剑宁分别记国防科技三等功。")
    assert not any(person == "张剑宁" and body == "陆军工程大学" for person, body, _ in posts)


def test_a_committee_written_short_before_its_officers_titles_is_no_person():
    # xwlb-news (2022-12-27): 农委 (the NPC's agriculture committee) listed after a name, before 副主任委员
    people = _people("会议听取了宪法法律委主任委员李飞、农委副主任委员杜德印分别作的关于十三届全国人大五次会议主席团交付该委员会审议的代表"
                     "提出的议案审议结果的报告，听取了代表资格审查委员会主任委员吴玉良作的关于个别代表的代表资格的报告，审议了有关任免案。")
    assert people == {"李飞", "杜德印", "吴玉良"}


def test_a_full_name_opening_like_a_form_of_address_takes_no_such_alias():
    # People's Daily (1998-01-23): 张伯 ("uncle Zhang") is the opening of 张伯海, no reference to him
    dg, _, _ = _graph("中国期刊协会常务副会长张伯海认为，扫黄工作意义重大，它是人类灵魂的净化师，是人类尊严的捍卫者，是人类健康的精神医师。")
    assert {e.name: set(e.aliases) for e in dg.entities if e.type == "Person"} == {"张伯海": set()}


def test_a_head_of_state_after_the_country_and_title_before_a_verb_of_acting_for_or_presiding_is_a_person():
    # xwlb-news (2022-10-01, 2023-11-17): 代表 ("on behalf of") and 主持 close the name the model does not read
    assert "拜登" in _people("美国总统拜登代表美国政府祝贺中华人民共和国国庆73周年，表示和美国人民一道祝福全体中国人民享受和平与繁荣。")
    assert "拜登" in _people("会议由美国总统拜登主持，议题为“可持续、气候和公正能源转型”。")


def test_a_country_named_only_in_a_treatys_title_does_not_put_the_report_abroad():
    # xwlb-news (2023-12-29): the NPC Standing Committee ratifies treaties with two countries; its chairman is titled
    # after his name, at home
    _, _, posts = _graph("十四届全国人大常委会第七次会议29日下午在北京人民大会堂闭幕。赵乐际委员长主持闭幕会。\n"
                         "会议表决通过了全国人大常委会关于批准《中华人民共和国和博茨瓦纳共和国引渡条约》的决定、关于批准《中华人民共和国和塞内加尔"
                         "共和国关于刑事司法协助的条约》的决定。")
    assert ("赵乐际", "全国人民代表大会常务委员会", "委员长") in posts


def test_names_the_model_reads_in_a_list_of_names_are_people_whatever_the_dictionary_says_of_their_first_character():
    # xwlb-news (2023-01-19): 和|田纪云 (jieba's 和田 is a place), 回良玉 (回 no surname to the dictionary)
    people = _people(
"春节前夕，中共中央总书记、国家主席、中央军委主席习近平等党和国家领导人分别以电话等方式慰问或委托有关方面负责同志"
                     "慰问了胡锦涛、朱镕基、李瑞环、吴邦国、温家宝、贾庆林、张德江、俞正声、宋平、李岚清、曾庆红、吴官正、李长春、罗干"
                     "、贺国强、刘云山、张高丽和田纪云、迟浩田、王乐泉、王兆国、回良玉、刘淇、吴仪、曹刚川、曾培炎、王刚、刘延东、李源"
                     "潮、马凯、李建国、范长龙、孟建柱、郭金龙、杨洁篪、陈全国、郭声琨、王汉斌、何勇、杜青林、赵洪祝、尤权、王丙乾、邹"
                     "家华、彭珮云、周光召、李铁映、许嘉璐、蒋正华、顾秀莲、热地、盛华仁、路甬祥、乌云其木格、华建敏、陈至立、周铁农、"
                     "司马义·铁力瓦尔地、蒋树声、桑国卫、王胜俊、陈昌智、严隽琪、张平、向巴平措、张宝文、唐家璇、梁光烈、戴秉国、常万"
                     "全、韩杼滨、贾春旺、任建新、宋健、胡启立、王忠禹、李贵鲜、张克辉、郝建秀、徐匡迪、张怀西、李蒙、廖晖、白立忱、陈"
                     "奎元、阿不来提·阿不都热西提、李兆焯、黄孟复、张梅颖、张榕明、钱运录、孙家正、李金华、郑万通、邓朴方、厉无畏、陈"
                     "宗兴、王志珍、韩启德、林文漪、罗富和、李海峰、陈元、周小川、王家瑞、齐续春、马培华、刘晓峰、王钦敏等老同志，向他"
                     "们致以诚挚的节日问候，衷心祝愿他们新春愉快、健康长寿。")
    assert {"田纪云", "回良玉", "张高丽", "迟浩田"} <= people
    # (2025-02-08): 王镇, also a word ("王 town"), between two torchbearers
    assert "王镇" in _people("大屏幕现场联动哈尔滨冰雪大世界分会场，杨扬、韩晓鹏、王镇、张虹等4名火炬手接力传递，赢得全场热烈掌声。")


def test_a_committees_department_head_titled_with_its_department_written_once_holds_the_post_there():
    # People's Daily (1998-01-21, 1998-01-13): 宣传部长 is 宣传部部长, the committee's department's head
    _, _, posts = _graph("北京市委常委、宣传部长龙新民说，这部影片的成功再次说明，有精品就有市场。")
    assert ("龙新民", "北京市委宣传部", "部长") in posts or ("龙新民", "中共北京市委宣传部", "部长") in posts
    _, _, posts = _graph("原离石市委常委、组织部长穆树军胁迫证人变证等大要案。")
    assert any(p[0] == "穆树军" and p[1].endswith("市委组织部") for p in posts)
    # a minister of the state is no department of the committee before
    _, _, posts = _graph("行程结束之际，中共中央政治局委员、外交部长王毅向随行记者介绍此访情况。")
    assert ("王毅", "外交部", "部长") in posts


def test_a_high_representative_titled_by_a_long_field_holds_the_post_at_the_union():
    # xwlb-news (2022-09-29)
    _, _, posts = _graph("欧盟外交与安全政策高级代表博雷利28日称，所有信息表明泄漏事件是蓄意破坏造成的。")
    assert ("博雷利", "欧洲联盟", "外交与安全政策高级代表") in posts


def test_a_verb_before_a_title_opens_a_clause_not_a_unit_of_the_body():
    # xwlb-news (2024-10-09): the party backs the speaker, who holds no post at the party
    _, _, posts = _graph("卡西姆还称，真主党支持黎议长贝里为促成停火所做的政治努力。")
    assert not any(p[0] == "贝里" for p in posts)


def test_a_name_jieba_runs_on_into_the_word_after_it_is_still_the_name():
    # xwlb-news (2023-06-14): jieba lists 普京当 as a word, which would cut 当天 in two; 普京 is the president
    assert "普京" in _named_people("俄总统普京当天表示，乌军近期损失了25%至30%的西方提供的军事装备。")
    # (2023-12-29) 诺贝尔 of the prize, 马克思 of the ideology written whole, are no one named
    assert "诺贝尔" not in _named_people("今晚（12月29日），总台央视新闻频道《高端访谈》栏目将播出对诺贝尔物理学奖获得者戴维•格罗斯"
                                       "的独家专访。")
    assert "马克思" not in _named_people("坚持马克思列宁主义、毛泽东思想、邓小平理论。")


def test_a_name_right_after_a_reporters_title_is_a_person_whatever_jieba_tags_it():
    # People's Daily (1998-01-12): jieba tags 许立群 a numeral; a dateline abroad names no place the tables hold
    assert "许立群" in _named_people("本报珀斯１月１１日电记者许立群报道：中国跳水名将余卓成１０日在男子１米板决赛中杀出重围夺得金牌，"
                                  "成为世界上第一个世界杯、世锦赛男子１米板、３米板４枚金牌获得者。")


def test_a_deputy_to_a_places_congress_holds_the_post_at_that_congress_not_at_the_place():
    # xwlb-news (2023): 江苏省人大代表 is a deputy to 江苏省人大, a body, as 全国人大代表 is at 全国人大; the place is
    # where that congress sits
    dg = _graph("”江苏省人大代表、徐矿集团江苏华美热电有限公司安监部技术员刘磊说：“党的十九大后总书记来到徐州考察。")[0]
    assert ("刘磊", "江苏省人大") in facts(dg, "holdsPost")
    assert ("刘磊", "江苏省") not in facts(dg, "holdsPost")
    assert ("江苏省人大", "江苏省") in facts(dg, "locatedIn")


def test_a_name_ending_in_cun_that_attends_a_meeting_is_a_person_not_a_village():
    # xwlb-news (2023-09-25): the closing line of a meeting's report names who attended, a Tibetan name ending in 村
    # that the village table does not hold; a village takes part in things (参加评比) but attends no meeting
    dg = _graph("普拉昌达表示，尼中友好源远流长，尼坚定奉行一个中国原则，愿深化双边各领域务实合作。\n洛桑江村参加会见。")[0]
    assert "洛桑江村" in {e.name for e in dg.entities if e.type == "Person"}
    assert "洛桑江村" not in {e.name for e in dg.entities if e.type == "Village"}
    # (2023-09-03): after a title and before the comma of a list of titled people
    _, names, posts = _graph("中共中央政治局委员、中央统战部部长石泰峰，全国人大常委会副委员长洛桑江村，全国政协副主席咸辉出席大会。")
    assert ("洛桑江村", "全国人民代表大会常务委员会", "副委员长") in posts
    assert "洛桑江村" not in {e.name for e in _graph("全国人大常委会副委员长洛桑江村，全国政协副主席咸辉出席大会。")[0].entities
                          if e.type == "Village"}


def test_a_bureau_head_titled_with_its_kind_written_once_holds_the_post_at_the_places_bureau():
    # People's Daily (1998-01-31): 旅游局长 is 旅游局局长, the head of the city's tourism bureau, not a post of the city
    _, names, posts = _graph("三亚市旅游局长蔡世东说：市委、市政府以春节市场高潮为契机，整顿市场秩序，打击不法行为。")
    assert ("蔡世东", "三亚市旅游局", "局长") in posts
    assert not [p for p in posts if p[1] == "三亚市"]


def test_a_secretariat_titled_after_a_party_group_is_the_secretariat_of_the_body_the_group_serves():
    # xwlb-news (2023-06-19): the federation's secretariat, a unit of the federation, not the federation itself
    _, names, posts = _graph("中华全国总工会党组书记、书记处第一书记徐留平代表中华全国总工会、中华全国妇女联合会、"
                             "中国文学艺术界联合会致贺词。")
    assert ("徐留平", "中华全国总工会书记处", "第一书记") in posts
    assert ("徐留平", "中华全国总工会党组", "党组书记") in posts
    dg = _graph("中华全国总工会党组书记、书记处第一书记徐留平出席。")[0]
    assert ("中华全国总工会书记处", "中华全国总工会") in facts(dg, "partOf")


@pytest.mark.parametrize("text,not_people", [
    # xwlb-news (2024-12-01, 2025-01-05): lines of verse or a slogan of parallel lines, quoted
    ("实现“田成方、渠成网、路相通、沟相连”。", {"田成方"}),
    ("“墙角数枝梅，凌寒独自开。”此时，南方的蜡梅已经开放，香气醉人。", {"凌寒"}),
    # xwlb-news (2026-01-09, 2024-06-16): a storm's and the pandas' names, each quoted alone
    ("受风暴“戈雷蒂”影响，8日，英国多地遭遇强风、大雪等恶劣天气，风暴已导致超过7万户家庭断电，多地铁路列车取消或延误、"
     "公路关闭，泽西岛等地机场暂时关闭。", {"戈雷蒂"}),
    ("李强表示，阿德莱德动物园拥有南半球唯一一对大熊猫“网网”和“福妮”。", {"网网", "福妮"}),
    # People's Daily 1998: the names on false papers
    ("在编造的事故中，仅“贺桂华”、“贺锦辉”就“死”了四五次，伤了若干次；用粤Ａ．Ｈ７４７７微型面包车就编造了８宗交通事故。",
     {"贺桂华", "贺锦辉"}),
], ids=["slogan", "verse", "storm", "pandas", "false-names"])
def test_a_name_quoted_alone_or_inside_quoted_verse_is_no_person(text, not_people):
    dg, _, _ = _graph(text)
    assert not {e.name for e in dg.entities if e.type == "Person"} & not_people


def test_a_name_written_outside_the_quoted_verse_of_its_sentence_is_a_person():
    # xwlb-news (2022-10-17): the speaker, named plain before two quoted watchwords
    dg, _, _ = _graph("习近平指出，党的十八大以来，党中央以“十年磨一剑”的定力推进全面从严治党，以“得罪千百人，不负十四亿”的"
                      "使命担当推进史无前例的反腐败斗争，打出一套自我革命的“组合拳”。")
    assert "习近平" in {e.name for e in dg.entities if e.type == "Person"}


@pytest.mark.parametrize("text,expected", [
    # People's Daily 1998, xwlb-news (2023-10-27): posts listed after 现任 / 历任 with commas, each a body and a title
    ("孙其峰先生现任天津美术学院教授，中国美术家协会理事，天津美术家协会名誉主席。",
     {("孙其峰", "天津美术学院", "教授"), ("孙其峰", "中国美术家协会", "理事"), ("孙其峰", "天津美术家协会", "名誉主席")}),
    ("2004年12月起，李克强同志历任辽宁省委书记，省委书记、省人大常委会主任。",
     {("李克强", "辽宁省委", "书记"), ("李克强", "辽宁省人大常委会", "主任")}),
    # People's Daily 1998, xwlb-news (2023-10-27): a title of no body named in the list, which goes on past it
    ("阳宝华，５１岁，大学文化，曾任衡阳市委常委、副市长，益阳地委副书记、行署专员，益阳市委副书记、市长，１９９５年４月调任岳阳市委书记。",
     {("阳宝华", "衡阳市委", "常委"), ("阳宝华", "益阳地委", "副书记")}),
    ("1998年6月起，李克强同志历任河南省委副书记、代省长、省长，省委书记、省长，省委书记、省人大常委会主任。",
     {("李克强", "河南省委", "书记"), ("李克强", "河南省人大常委会", "主任")}),
], ids=["xianren", "liren", "past-a-bare-title", "past-bare-titles"])
def test_posts_listed_with_commas_after_a_verb_of_serving_are_each_a_post(text, expected):
    _, _, posts = _graph(text)
    assert expected <= posts


def test_a_country_s_side_in_talks_is_no_person():
    # xwlb-news (2025-11-01): 韩方, the Korean side, beside 中方
    dg, _, _ = _graph("中方祝贺韩方成功举办亚太经合组织领导人非正式会议，愿以接任亚太经合组织东道主为契机，同各方一道推进亚太自贸区进程"
                      "和区域经济一体化，共建亚太共同体。")
    assert not [e for e in dg.entities if e.type == "Person"]


def test_a_transliterated_name_after_a_party_leader_s_title_is_a_person_not_a_place():
    # xwlb-news (2024-08-02): the model reads 哈尼亚 as a place; a leader's title is followed by a person
    dg, _, posts = _graph("黎巴嫩真主党领导人纳斯鲁拉1日表示，以色列对黎真主党高级军事指挥官舒库尔和哈马斯领导人哈尼亚的暗杀行为“越过了"
                          "红线”，黎真主党武装将对以色列进行报复。")
    assert {"纳斯鲁拉", "哈尼亚"} <= {e.name for e in dg.entities if e.type == "Person"}
    assert ("哈尼亚", "巴勒斯坦伊斯兰抵抗运动", "领导人") in posts
    # xwlb-news (2025-11-25): leaders meeting at a place
    dg, _, _ = _graph("俄总统普京24日表示，美国提出的计划与俄美领导人阿拉斯加会晤所讨论内容一致，原则上可以成为最终和平方案的基础，"
                      "俄方重申希望通过政治和外交途径结束乌克兰危机的立场。")
    assert "阿拉斯加" not in {e.name for e in dg.entities if e.type == "Person"}


def test_a_title_held_now_before_的_and_a_name_is_that_person_s_post():
    # People's Daily 1998: 现为<body><title>的<name>, as 时任…的 is read
    _, _, posts = _graph("现为上海音乐学院教授的周小燕３０年代入上海国立音乐专科学校专修声乐、钢琴，１９３７年开始演唱艺术生涯，以后留学法国，"
                         "并活跃于欧洲各地舞台，她演唱的中国题材歌剧《仙女与农夫》开创了中国歌唱家登上世界舞台的先例，并由此获得“中国之莺”的美名。")
    assert ("周小燕", "上海音乐学院", "教授") in posts


def test_a_name_between_two_names_of_a_list_is_a_person():
    # xwlb-news (2024-06-06): the model reads 马晓伟 and 曹军, not 易会满 between them
    dg, _, posts = _graph("经表决，会议决定增补马晓伟、易会满、曹军为第十四届全国政协委员；任命胡衡庐为第十四届全国政协副秘书长，易会满为经济"
                          "委员会驻会副主任，马晓伟为教科卫体委员会副主任，曹军为教科卫体委员会驻会副主任；隋青不再担任民族和宗教委员会驻会副主任。")
    assert "易会满" in {e.name for e in dg.entities if e.type == "Person"}


def test_a_tomb_or_a_workshop_named_after_someone_is_no_person():
    # xwlb-news (2024-06-23): 唐李邕墓, the tomb read whole as a name; (2023-05-16) 鲁班工坊, the workshops China opens
    # abroad, named after the craftsmen's patron
    for text, name in (("唐李邕墓马球图和韩休墓室壁画乐舞图等生动描绘了唐朝丝路多元文明交融盛况。", "李邕墓"),
                       ("从互派留学生到举办文化艺术节，从开设培训专业人才的鲁班工坊到应对新冠疫情时的守望相助，秉持和平合作、开放包容、"
                        "互学互鉴、互利共赢的丝路精神，中国同中亚国家的传统友谊在交流互动中不断深化。", "鲁班")):
        dg = extract(clean(Document("t", "t.txt", text)))
        assert not [e for e in dg.entities if e.type == "Person" and e.name.startswith(name)]
