"""Organisation mentions: a name stem before an organisation suffix, with owner and parent body.

青山村党支部 is a party branch owned by the village 青山村; 首钢…有限责任公司轧钢党总支 is two bodies,
the second partOf the first; 海淀区委组织部 is a department of 海淀区委; 小区党支部 on its own is
generic and takes its owner from the nearest 小区 named before it (or is left out).
"""
from __future__ import annotations

import dataclasses
import functools
from functools import partial
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..gazetteer import divisions
from .lexicon import (CJK, COMPANY_KINDS, DEPARTMENTS, FACILITY_WORDS, HONOUR_WORDS, NOT_BODY_WORDS, NOT_VILLAGE_STEMS, ORG_LEFT_STOPS,
                      ORG_SUFFIXES, HOME_COUNTRY, PAIRED_WITH_CHINA, PARTY_BODIES, POLICY_TITLE, PROGRAMME_SUFFIXES,
                      PROVINCE_INITIALS, ROLE_RE, STATE_FORMS, STATE_KINDS, STOP_WORDS, THE_PARTY, UNITS_BY_FUNCTION,
                      LIST_JOINERS, chamber_of_congress, countries, countries_abroad_in, countries_in, country_initials,
                      country_of_initial, in_order, international_body_names, national_official_names,
                      national_short_forms, occurrences, scan, state_body_names, whole_only_short_forms,
                      enterprise_short_forms)
from .names import transliteration_characters
from .places import PlaceMention
from .tokens import (_cut, is_boundary_word, splits_a_word, tokens_after, tokens_before, word_edges, word_frequency,
                     word_tag, words_before)

_SUFFIX_ALT = "|".join(sorted(set(PARTY_BODIES + ORG_SUFFIXES + DEPARTMENTS), key=len, reverse=True))
_SUFFIX = re.compile(rf"(?:{_SUFFIX_ALT})(?!织|员|习|生|长|门|议)")  # 协商会议: 会议 is a meeting, not a 商会
# a Party committee named by its place: 海淀区委, 贵州省委, 共青团楚雄州委
# 乡人大主席, 县人大常委会主任, 县政协主席: a place's congress, conference or government named by its level, before
# a post (not 省、市人大常委会机关, every such body)
# (到市人大机关调研, 在省人大和县人大机关: the body itself, where its chair visits it; not 省、市人大常委会机关)
_LEVEL_BODY = re.compile(r"(?<=[省市区县州旗盟镇乡])(?:人大常委会|人大(?!常)|政协|人民政府|政府)(?=[主副常秘党委领]|机关|和)")
_BODY_ITSELF_AFTER = ("机关", "和")
_VISITED_AFTER = frozenset("在到赴")  # (在省人大常委会机关主持召开座谈会: where someone went)
_COMMITTEE = re.compile(r"(?<=[省市区县州旗盟镇乡])委(?![员托屈婉实])")
# a division's government named after it (石板镇政府, 西安市人民政府); not 政府性基金, 政府工作报告 (a kind of fund, a report)
_GOVERNMENT = re.compile(r"(?:人民)?政府(?![性工购采投])")
_BARE_GOVERNMENT = re.compile(r"(?<=[省市区县州旗盟镇乡])(?:人民)?政府(?![性工购采投主副常秘党委领])")
_GOVERNED = {"Province": ("省", "区", "市"), "City": ("市", "州", "盟", "地区"), "County": ("县", "市", "区", "旗"),
             "Township": ("镇", "乡", "苏木")}
_SINGLE = frozenset(s for s in ORG_SUFFIXES if len(s) == 1)
_PARTY = frozenset(PARTY_BODIES)
# News outlets where news layout names them: a dateline (新华社北京3月5日电, 中国网呼伦贝尔8月27日讯, 央视网消息（新闻联播）：,
# 兰州新闻网讯) or an outlet's name opening a byline line (光明日报记者 陈志刚); 本报 (this paper) names none
_MEDIA = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,4}}(?:网|报|日报|晚报|电视台))"
                    rf"(?=(?:[{CJK}]{{2,4}})?\d{{1,2}}月\d{{1,2}}日电|(?:年轻|资深|青年|女|男){{0,2}}记者|讯|消息[（(：:])")
# 新华社北京电（记者…）, 兰州新闻网讯(记者: the 讯 or 电 closes the dateline, before a bracket, a space or a colon
# (not 8月份全社会用电量, 2.9万台老旧电梯)
_DATELINE = re.compile(rf"(?<![{CJK}])([{CJK}]{{1,8}}(?:网|报|社|台|刊|频道|客户端))(?:[{CJK}]{{2,4}})?(?:\d{{1,2}}月\d{{1,2}}日)?(?:讯|电)"
                       r"(?=[\s（(【：:]|$)")
_BYLINE_OUTLET = re.compile(rf"(?m)^[ \u3000]*([{CJK}]{{2,8}}?)(?:实习|特约|首席|驻[{CJK}]{{1,3}})?记者[ \u3000]")
_NOT_OUTLET = frozenset("本报 本刊 本台 本网 我报 我台".split())
# a periodical named by its title in 《》 and its kind (《求是》杂志, 《时代》周刊, 《每日新闻》报), or its publisher
# (《党建》杂志社, 《社会学研究》编辑部); not 《…》报告, 《…》报道, 《…》报送 (a report, reporting, a submission)
_PERIODICAL = re.compile(r"《(?P<title>[^《》“”\s，。、]{1,16})》(?P<kind>杂志社|报社|周刊社|编辑部|杂志|期刊|周刊|月刊|半月刊|双月刊|旬刊"
                         r"|报(?![告道批送名到刊纸社]))")
_PUBLISHERS = frozenset(("杂志社", "报社", "周刊社", "编辑部"))
# a newspaper by its title alone (《纽约时报》, 《福州晚报》, 《卫报》, 《文汇报》); not a document or a notice whose
# title ends in 报 (《中国水资源公报》, 《公报》, 《…的通报》, 一份喜报)
_NEWSPAPER = re.compile(r"《(?P<title>[^《》“”\s，。、：:]{0,14}报)》")
_NOT_PAPERS = frozenset("公报 通报 简报 预报 警报 情报 战报 喜报 捷报 海报 电报 举报 申报 年报 季报 月报 汇报 回报 "
                        "快报 周报 日报表".split())
_PAPER_TAGS = frozenset(("nt", "nz", "nr"))


def _a_newspaper(title: str) -> bool:
    """Whether a title in 《》 ending in 报 names a newspaper: its last word is no word for a report or a notice
    (文汇报 and 中国青年报 are names, which the dictionary tags so)."""
    last = _cut(title)[-1]
    return len(title) >= 2 and last not in _NOT_PAPERS \
        and not (len(last) > 2 and last[-2:] in _NOT_PAPERS and word_tag(last) not in _PAPER_TAGS)
_QUOTED_ORG = re.compile(r"(?:社会组织|志愿组织|企业|公司|团队|学校|医院)“([^”]{2,12})”")  # (辅导学校“国联网校”)
_LETTERS = re.compile(rf"[{CJK}A-Za-z]")  # a name has a word in it, not only figures and marks
_CENTRAL = re.compile(r"中共中央(?:政治局(?:常委会)?|办公厅|组织部|宣传部|统战部)?|国务院(?:办公厅)?|全国人大(?:常委会)?|中央纪委"
                      # (古巴共产党中央政治局, 老挝人民革命党中央, 朝鲜劳动党中央: another party's)
                      # (越南共产党中央书记处, 越共中央书记处: another party's secretariat)
                      r"|全国政协|(?<![共党])中央书记处|(?<![产命动民主革])党中央")  # (老挝人革党中央: 人民革命党, short)
# the PLA's services and arms that the press names without the army's name (火箭军司令员王厚斌); not 陆军/海军/空军,
# which any country has (美国海军); a numbered unit of one is read whole (联勤保障部队第962医院)
_ARMED_SERVICES = re.compile(r"(?<!人民解放军)(?:火箭军|战略支援部队|联勤保障部队|信息支援部队|军事航天部队|网络空间部队)(?![第\d])")
# the State Council's ministries and commissions (its 2023 list) and their usual short names: named
# without a place or a suffix the rules know; not 商务部门 or 外交部长 (a department, a title)
_MINISTRIES = re.compile(
    r"(?:外交|国防|教育|科学技术|科技|工业和信息化|工信|公安|国家安全|民政|司法|财政|人力资源和社会保障|人社"
    r"|自然资源|生态环境|住房和城乡建设|住建|交通运输|水利|农业农村|商务|文化和旅游|文旅|退役军人事务|应急管理)部"
    r"(?![门长署]|分(?!别))"  # (财政部分, 学习教育部署: words of 部; 水利部分别: the ministry)
    r"|国家(?:发展和改革|发展改革|民族事务|卫生健康)委员会|国家(?:发展改革|发改|民|卫健)委|中国人民银行|审计署")
_NATIONAL = re.compile(r"(?:中央|中共中央|党中央|全国|国家|国务院)")
_MAX_NAME = 24
_LEVEL_CHARS = {"省": ("Province",), "州": ("City",), "市": ("City", "County"), "县": ("County",), "区": ("County",),
                "旗": ("County",), "盟": ("City",),
                "镇": ("Township",), "乡": ("Township",)}
# the place a generic mention such as 小区党支部 or 该县组织部 belongs to: kind word → place levels
_LEVEL_OF_KIND = {"小区": ("Neighbourhood",), "社区": ("Village",), "村": ("Village",), "嘎查": ("Village",),
                  "镇": ("Township",), "乡": ("Township",), "街道": ("Township",), "县": ("County",),
                  "区": ("County",), "市": ("City", "County"), "州": ("City",), "旗": ("County",)}
# a village's or community's committee named by its kind alone: the kind of place it belongs to
_KIND_OF_COMMITTEE = {"村委会": "村", "居委会": "社区"}
_BODY_END = frozenset("局厅委部处所站院校会社队团")
_TITLE_AFTER = re.compile(r"建设|创建|行列|标准|目标|联系点|称号|品牌|示范|评选")
# “爱婴医院”的称号, “…红四连”荣誉称号: the title of an honour, not the body
_HONOUR_AFTER = re.compile(r"的?(?:荣誉)?称号")
_MODIFIER = re.compile(r"(新任|前任|现任|原任|原|新一届|本届|上一届)$")
# a village described, not named, before 村 (山村, 渔村: a mountain or a fishing village)
_KINDS_OF_VILLAGE = frozenset("山 渔 牧 边 穷 富".split())
# common nouns that do not distinguish a body (党员突击队, 专业公司, 田间学校, 社区学校)
_GENERIC_STEMS = frozenset("党员 专业 田间 社区 村 镇 乡 小区 广大 关键 群众 基层 农村 城市 相关 有关 上级 下级 各级 村级 "
                           "镇级 乡镇 部门 单位 企业 机关 全区 全县 全市 全省 全镇 全村 新 老 大 小 其他 这个 这些 "
                           "驻村 驻镇 驻村帮扶 帮扶 扶贫 驻村扶贫 乡村振兴".split())
_ERA_STEMS = frozenset(("新时代", "新时期", "新形势下", "新征程"))
_LIST_CHARS = "和与及同、"
_NOT_CENTRE_AFTER = re.compile(r"工作|任务|环节|城市|城区|镇区|街区|位置|地位|地带|区域|思想|内容"
                               r"|学校|小学|中学|幼儿园|卫生院|医院"  # 河口镇中心学校: the town's central school
                               r"|组(?:学习|集体学习|专题学习|扩大)")  # 市委中心组学习会: a committee's study group
# a central hospital or school (中心人民医院, 中心乡镇卫生院, 中心完全小学): 中心 says which one, it names no centre
_CENTRAL_KIND = re.compile(rf"[{CJK}]{{0,4}}?(?:医院|卫生院|学校|小学|中学|幼儿园)")
_AFTER_WHICH = frozenset("处在属辖有以谓得持需")
# a body's last character and the next one, read as one word: 站点 (sites), 中心点, 所长 is a title (left to roles)
# two-character words whose second character a name's left edge may be left on (更|多传统医学中心, 在|用数据中心)
_WORD_ACROSS_EDGE = frozenset("更多 在用 更加 较多 很多 最多 新增 再用".split())
_ORDINAL_END = re.compile(r"第[一二三四五六七八九十\d]{1,2}$")
# 所处, 所在, 所属, 所辖: words of 所 that are no 所 (institute); 治安管理处罚法: the law on penalties, no 管理处
_KIND_THEN_WORD = frozenset("站点 心点 院落 校园 馆藏 所得 处罚 处置 处理".split())
_STREET = re.compile(r"胡同|大街|大道|路|街(?!道)|巷")
_LAW = re.compile(r"法(?![人律治规定院官学宝])")
_LAW_NAME = re.compile(r"法(?:修订|修正)?草案$")
# a level of division and 级 (县级医院 "county-level hospitals", 省级党校): a class of bodies, the same in every
# place of that level; also after a place (湖北县级…中心: the province's county-level centres), or 级 right after a
# place that ends in its level (海南省级医院)
_LEVEL_CLASS = re.compile(r"[省市县区乡镇村州地局厅处科]级(?!机关)")  # (上海市级机关工作党委 is one)
_PLACE_WORD_ENDS = frozenset("区方处域")  # (国家统计局地区司: 地区, a word of its own after the bureau)
_WHOLE_OF = re.compile(r"全[省市县区州旗盟镇乡村]")
_SEVERAL_OF = re.compile(r"[两三四五六七八九十多各]地|两[省市县区]")
_NOT_ORG_AFTER = set("长员记干部书")  # 局长, 站长: the suffix is part of a role word, not a name


def _in_places_after(text: str, pos: int) -> bool:
    """Whether the 局 that ends at `pos` is the first character of 局地 "in places" (东北局地大到暴雪)."""
    return text.startswith("地", pos) and text[pos + 1:pos + 2] not in _PLACE_WORD_ENDS


def _names_no_one_body(part: str) -> bool:
    """川渝两地发改委: the bodies of two places; 武警第一机动总队某支队: a name withheld. Neither is one body named."""
    return bool(_SEVERAL_OF.search(part)) or "某" in part


@dataclass
class OrgMention:
    start: int
    end: int
    name: str
    owner: PlaceMention | None = None  # the place it belongs to, when named by it
    parent: "OrgMention | None" = None  # the body it is part of
    generic: bool = False  # resolved from a generic mention (小区党支部): holds posts for its owner place
    alias: str = ""  # the text as written when the name was completed from context (州妇联 → 楚雄州妇联)
    located_hint: PlaceMention | None = None  # 位于修文县的… : where it is, stated outright
    kind: str = ""  # for a generic mention completed from context: the kind of body it named (组织部)
    implied: bool = False  # read only out of a unit's name (海淀区委 of 海淀区委组织部), not named alone
    named_after: str = ""  # the quoted name of a programme inside its name (大兴区“接诉即办”调度指挥中心)
    refers_back: bool = False  # named by its kind alone (在学院大厅): the body named before, whose facts it repeats

    @property
    def key(self) -> str:
        return f"Organization:{self.name}"

    @property
    def body(self) -> str:
        """The kind of body its name ends in (党支部, 公司 …), used to build role names."""
        for suffix in sorted(PARTY_BODIES, key=len, reverse=True):
            if self.name.endswith(suffix):
                return suffix
        return ""


# a preposition or a verb of election before a bare body of a level (在省委的领导下, 选举某某为省人大常委会主任), which no place's
# name ends in
_BEFORE_A_BARE_BODY = ("在", "由", "向", "经", "受", "为", "当选", "选举", "任命")


def _governed_from_before(text: str, level_start: int) -> bool:
    """Whether a preposition or a verb of election, as a word of its own, stands right before the level character
    at `level_start` (在|省委, 当选|省人大常委会主任; not 现在省: 现在, "now", is a word)."""
    word = next((w for w in _BEFORE_A_BARE_BODY if text.endswith(w, 0, level_start)), "")
    return bool(word) and not splits_a_word(text, level_start - len(word))


def _is_name_char(ch: str) -> bool:
    return ("\u4e00" <= ch <= "\u9fff") or ch.isalnum() or ch in "·"


# a work team is named by where it is sent and what for (驻村工作队, 驻乡帮扶工作队): 驻 and 帮 are
# part of its name, not a verb done to a body
_TEAMS = ("工作队", "工作组")
# 中国人寿保险（集团）公司, 昌河飞机工业（集团）有限公司: the kind of company, written in brackets inside its name; and
# 奥的斯电梯（中国）有限公司, 博世汽车部件（苏州）有限公司: the country or the city of a foreign group's company there
_COMPANY_ASIDE = re.compile(r"[（(](?:集团|控股|中国|(?P<place>[\u4e00-\u9fff]{2,3}))[）)]$")
_CENTRAL_AND_STATE = "中央和国家机关"
_JOINT_DASHES = ("－", "-", "—")
_TEAM_WORDS = frozenset("驻 帮 派驻 帮扶 驻村 驻镇".split())


def _company_aside(text: str, end: int) -> int | None:
    """Where a bracketed word that ends at `end`, right before a company's kind, opens (_COMPANY_ASIDE): a place only
    when the table of divisions or of countries knows it (not （试行）, （筹）)."""
    m = _COMPANY_ASIDE.search(text, max(0, end - 5), end)
    if m is None or m.group("place") and not (divisions().has_name(m.group("place")) or m.group("place") in countries()):
        return None
    return m.start()


def _adverb_and_verb(word: str) -> bool:
    """A four-character word of an adverb and a verb (充分发挥, 积极参与), or one that ends in a verb that
    stops a name (精心组织), which a name does not hold."""
    # (充分调动: 调动 is tagged a verbal noun)
    return len(word) == 4 and (word_tag(word[2:]) == "v" and (word_tag(word[:2]) in ("ad", "d") or word[2:] in STOP_WORDS)
                               or word_tag(word[2:]) == "vn" and word_tag(word[:2]) == "ad")


_STATE_KINDS = frozenset("局厅部署")  # the kinds of a government department


def _work_of_a_department(text: str, start: int, end_of_stem: int, word: str, suffix: str) -> bool:
    """市信访局, 县统计局, 区审计局: a department named by the work it does, which the dictionary lists as a verb
    (信访, 统计, 审计), written right after the level of the place it serves; the level completes its name."""
    return start == end_of_stem and len(word) == 2 and word_tag(word) == "v" and suffix[-1:] in _STATE_KINDS \
        and text[start - len(word) - 1:start - len(word)] in _LEVEL_CHARS


def _trade_of_a_cooperative(text: str, start: int, end_of_stem: int, word: str, suffix: str) -> bool:
    """…现代农业种植专业合作社, …养殖专业合作社: the trade a cooperative names itself by, which the dictionary lists
    as a verb (种植, 养殖), right before 专业合作社."""
    return suffix.endswith("合作社") and text[start:end_of_stem] == "专业" and len(word) == 2 and word_tag(word) == "v"


def _joins_fields(text: str, pos: int) -> bool:
    """The word that ends at `pos` (before a 和) is a field of work (住房, 文化, 人力资源), not a body."""
    words = tokens_before(text, pos, 6)
    return bool(words) and len(words[-1]) >= 2 and word_tag(words[-1]) in ("n", "vn") \
        and not _ENDS_AS_BODY.search(words[-1])


def _in_total(word: str, before: str) -> bool:
    """共 "in all" after (the text `before` it ending in) a place or a whole (海东市共组织, 全国共备案): a count's adverb, no part of a name (古共中央,
    拉共体: the short names of a party and a community)."""
    return word == "共" and (before[-2:].startswith("全") or any(_places_only(before[-k:]) for k in range(2, min(6, len(before)) + 1)))


# suffixes that are also nouns of a class (普通高中学校: a school of the class, no unit of a 高中)
_CLASS_NOUNS = frozenset({"高中"})
# what makes 高中 a kind of school rather than one school's name (普通高中, 县域优质高中)
_SCHOOL_CLASS = re.compile(r"普通|优质|重点|县域|城市|示范|民办|公办|受援|改扩建|新建")


def _left_edge(text: str, end_of_stem: int, places_by_end: dict[int, PlaceMention], persons: set[int],
               suffix: str = "") -> int:
    """Where the name whose stem ends at `end_of_stem` (before `suffix`) begins."""
    start = end_of_stem
    place_starts = {p.start for p in places_by_end.values()}
    aside_start = -1  # where a bracketed word inside a company's name opens, while its words are passed over
    for word in words_before(text, end_of_stem, _MAX_NAME):
        if start in persons:
            break
        if start > aside_start >= 0:
            start -= len(word)  # (the words of （集团）: part of the name, read over)
            continue
        aside = _company_aside(text, start) if start == end_of_stem and suffix.endswith("公司") else None
        if aside is not None:
            aside_start = aside
            start -= len(word)
            continue
        if word == "和" and suffix and suffix[-1] in _STATE_KINDS and _joins_fields(text, start - 1):
            start -= 1  # 住房和城乡建设局, 文化和旅游厅: two fields of one department's name
            continue
        if word in _JOINT_DASHES and text.endswith("中国", 0, start - 1):
            start -= 1  # 中国－东盟信息港股份有限公司: China and a partner, one joint name
            continue
        if word == "和" and text.startswith(_CENTRAL_AND_STATE, start - 3):
            start -= 3  # 中央和国家机关工委: the central and state organs are one scope, one body's name
            break
        if start in place_starts and word_tag(word) in ("v", "vn"):
            break  # 归口安化县…中心党组: a verb before the place that opens the name is no part of it
        if _in_total(word, text[max(0, start - len(word) - 6):start - len(word)]):
            break  # 全国共备案博物馆: "in all" after the place counted over
        if word in _VERBS_BEFORE_A_BODY:
            break  # 张国清…早率国务院工作组赶赴…, 祝贺孔子学院成立: who leads or is congratulated, not the name
        if word in STOP_WORDS or not all(_is_name_char(c) for c in word) or word.isdigit() or word[-1] == "兼":
            break  # (上海市委常委兼市委科技工作党委书记: 兼 "and also" ends the title before, it opens no name)
        # (全国人大代表盛虹控股集团有限公司: a delegate's title, 人大代表 or 党代表, before a body with a name of
        # its own is no part of it; 党代表宣讲团, a group of delegates named by what it does, keeps it)
        if (word in ORG_LEFT_STOPS or word.endswith("代表") and start < end_of_stem
                and not _common_words_only(text[start:end_of_stem])) \
                and not (word.endswith("代表") and _DELEGATE_BODY.match(text, start)) \
                and not (suffix in _TEAMS and word in _TEAM_WORDS):
            break
        if is_boundary_word(word, in_org=True) and not _ORDINAL.match(word) \
                and not _work_of_a_department(text, start, end_of_stem, word, suffix) \
                and not _trade_of_a_cooperative(text, start, end_of_stem, word, suffix):
            break  # (第一师范学院, 第三人民医院: an ordinal belongs to the name)
        if _adverb_and_verb(word):
            break  # 海南充分发挥百姓宣讲团作用: 充分发挥 ("make full use of") is no part of the name
        if end_of_stem - start + len(word) > _MAX_NAME - 4:
            break
        if any(start - len(word) < p < start for p in persons):
            break  # 党委书记梁言顺和自治区政府: jieba's 顺和 crosses the end of a name, which ends the body's too
        start -= len(word)
        if start in places_by_end and places_by_end[start].start < start:
            continue
    # 建强村党支部, 抓实党支部: the complement of a verb that stopped the name is no part of it
    if 0 < start < end_of_stem and text[start - 1:start + 1] in ORG_LEFT_STOPS:
        start += 1
    if text.startswith(_USE_WELL, start) and end_of_stem - start > 2:
        start += 2  # 愿用好尼雷尔领导力学院: "make good use of", two words of one character that stop no name
    # 30家中管企业党组, 十九届中央委员会: a measure word after a number counts the bodies
    if start < end_of_stem and text[start] in _MEASURE_WORDS and start > 0 \
            and (_NUMERAL.match(text[start - 1]) or text[start - 1] in _POINTING):
        start += 1
    # 2020年7月小区…党支部: the end of a date is no part of the name
    if start < end_of_stem and text[start] in "年月日" and start > 0 and text[start - 1].isdigit():
        start += 2 if text.startswith("年度", start) else 1  # (2024年度全国博物馆: 年度 "of the year" is the date's)
    if text.startswith(("（", "("), start):
        return end_of_stem  # (ＫＥＭＡ质量认证（香港）有限公司: a bracketed word alone opens no name)
    return start


@functools.cache
def _enterprise_brand() -> re.Pattern[str]:
    """A state enterprise's brand, as its units' names open with it (中车株洲电力机车有限公司, 中铁十四局, 中建三局: the
    brand, then the unit's number): the tables' group names without 集团 (中车集团 → 中车) and 中国中车's 中车, where
    the brand is no common word (三峡, 大唐 and 南航 are words and places of their own), nor a division's name."""
    forms = enterprise_short_forms()
    brands = {f[:-2] for f in forms if f.endswith("集团") and 2 <= len(f) - 2 <= 3} \
        | {f[2:] for f in forms if f.startswith("中国中") and len(f) == 4}
    brands = {b for b in brands if word_frequency(b) < 300 and not divisions().lookup(b)}
    alternatives = "|".join(sorted(brands, key=len, reverse=True))
    # (not before 集团: 中核集团, 国铁集团 are the tables' own short forms, whose units the tables' openings read)
    return re.compile(rf"(?:中国)?(?:{alternatives})[一二三四五六七八九十]{{0,3}}(?!集团)")


_BEFORE_A_NAME = frozenset("在到赴和与及、的为由向对从同跟给是")
_ORDINAL_DIGITS = "一二三四五六七八九十"


def _brand_may_open(text: str, at: int) -> bool:
    """Whether a brand may open a name at `at`: after no Chinese character, or after a word that ends before a name
    (在, 到, 和)."""
    return at == 0 or not _is_name_char(text[at - 1]) or text[at - 1] in _BEFORE_A_NAME


def _numbered_unit_of_a_brand(stem: str) -> bool:
    """中建三, 中铁十四, 中交一航 before 局: a state enterprise's numbered unit (中建三局), where one character of a kind
    names no body without a place."""
    m = _enterprise_brand().match(stem)
    return m is not None and m.group()[-1] in _ORDINAL_DIGITS and len(stem) - m.end() <= 1


def _name_ends(text: str, end: int) -> bool:
    """Whether no name runs on at `end` (中建三局的, 中交一航局承建: not 中铁四局雅万高铁项目部, a unit of the unit that the
    mention model reads whole)."""
    after = next(iter(tokens_after(text, end, 4)), "")
    return not after or not _is_name_char(after[0]) or after == "的" or is_boundary_word(after)


def _with_enterprise_brand(text: str, start: int, end_of_stem: int, places: list[PlaceMention]) -> int:
    """Where a name opens that the left edge cut inside or after a state enterprise's brand, or after the brand and
    a place (来到中车株洲所: jieba reads 中 and 车 apart, and 到中 stopped the name; 中铁十四局集团: 十四 read as a count;
    在中车大同电力机车有限公司: the unit's city after the brand)."""
    for at in range(max(0, start - 9), start + 1):
        m = _enterprise_brand().match(text, at, end_of_stem)
        if m is None or not _brand_may_open(text, at):
            continue  # (not inside a word: 美中航空 "US-China")
        # (not the brand alone before the kind: 中车公司)
        alone = m.end() == end_of_stem and m.group()[-1] not in _ORDINAL_DIGITS
        if not alone and (m.end() >= start or any(p.start == m.end() and p.end == start for p in places)
                          or divisions().lookup(text[m.end():start])):
            return at  # (a place between the brand and the edge: 中车|大同|电力机车有限公司)
    return start


_QUOTED_STEM = re.compile(rf"“(?P<inner>[^“”，。！？；：、,.!?;:\s]{{1,14}})”(?P<rest>[{CJK}]{{0,4}})$")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十]+$")
# a class of bodies, not one body, before a Party body: 地方党委, 部门党组, 中管企业党组, 市县党委
_SCOPE_STEMS = frozenset("地方 部门 部分 部分部门 有关部门 机关 部门机关 机关部门 企业 中管企业 管企业 国有企业 中央企业 新时代 "
                         "单位 行业 系统 各地 市县 省市县 市县乡 县乡 全国 高校 分 派驻 下属 所属 所辖 直属 相关".split())
_SCOPE_ENDS = ("部门", "单位", "企业", "机关", "系统", "地方")  # (204人为地方党委: local committees, any)
# 人大代表联络站, 代表大会, 代表资格审查委员会: 代表 belongs to these names
_DELEGATE_BODY = re.compile(r"联络|之家|大会|工作站|团|资格")
_MEASURE_WORDS = frozenset("家届个所名位支批座间组人")  # (增派3组专家工作组, 组成9人救援小分队)
_POINTING = frozenset("这那该此有每")  # (这所职业学校, 有座加工厂: a measure word after "this" or "there is")
_NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十百千万两几多]")

# a count of bodies before their kind (三家物业公司, 三大中心, 涿州市区三座污水处理厂, 500台智能网联): not one
# body's name; an ordinal (第三人民医院, 十九届) and a congress (二十大新闻中心, 十九大) are no count
_COUNT = re.compile(r"(?<![第0-9０-９一二三四五六七八九十百千万两几多])(?:(?:[0-9０-９]+|[一二三四五六七八九十百千万两几多]+)"
                    r"[家个所座台名位]|[三四五六七八九两几]大)")


# a count right before a name (\Z: a count ending a headline's line is no count of the next line's body)
_A_COUNT = r"(?<![第0-9０-９一二两三四五六七八九十百千万几])(?:[0-9０-９]+|[一二两三四五六七八九十百千万几]+)[多余]?"
_COUNTED_BEFORE = re.compile(_A_COUNT + r"[个家所座名位支]\Z")  # (…of people too: 120名村支部书记)
_BODIES_COUNTED_BEFORE = re.compile(_A_COUNT + r"[个家所座支]\Z")  # (bodies only: 2000名国民警卫队 are people)
# what follows bodies counted (19个生态管护队和…), not the members or parts of one (40个国务院安委会成员单位)
_AFTER_COUNTED_BODIES = frozenset(("", *"和与及、，。；：,;:\n"))


def _counted(text: str, start: int, end: int, places: list[PlaceMention]) -> bool:
    """A count in text[start:end] outside the place names there (五家渠市, 三家子村 are names)."""
    return any(not any(p.start < m.end() and m.start() < p.end for p in places)
               for m in _COUNT.finditer(text, start, end))


# the bodies of a township, named by its level alone after the town was named (镇纪委, 镇派出所, 乡人大, 镇卫生院)
_TOWN_BODIES = frozenset(DEPARTMENTS + ("派出所", "卫生院", "政府", "人民政府", "人大", "人大常委会", "政协", "司法所",
                                       "财政所", "中心学校", "中学", "小学", "幼儿园", "综合文化站"))

_CLAUSE_BREAK = re.compile(r"[，。！？；：、,.!?;:\s“”（）()《》]")


def _era_and_common_words(stem: str) -> bool:
    """新时代文明: an era and ordinary words, which name no one body (县里建成新时代文明实践中心)."""
    era = next((e for e in _ERA_STEMS if stem.startswith(e)), "")
    if not era or len(stem) == len(era):
        return False
    # (文明, a common word, is tagged a given name: a word seen thousands of times is an ordinary one)
    words = _cut(stem[len(era):])
    return all(len(w) >= 2 and (word_tag(w) in _COMMON_TAGS or word_frequency(w) >= 5000) for w in words)


def _verbs_only(stem: str) -> bool:
    """生产运行 (verbs and verbal nouns) may name a branch; 尽管, 该县 (conjunctions, pronouns) may not."""
    from .tokens import tokens_before, word_tag

    words = tokens_before(stem, len(stem), len(stem))
    return all(w not in STOP_WORDS and w not in ORG_LEFT_STOPS and word_tag(w) in ("v", "vn", "n") for w in words)


def _first_of_chain(place: PlaceMention, places_by_end: dict[int, PlaceMention]) -> int:
    """Where the chain of places written one after another that ends with `place` begins (门头沟区潭柘寺镇)."""
    while place.start in places_by_end and places_by_end[place.start].start < place.start:
        place = places_by_end[place.start]
    return place.start


def _clause_start(text: str, pos: int) -> int:
    for i in range(pos - 1, max(-1, pos - 8), -1):
        if _CLAUSE_BREAK.match(text[i]):
            return i + 1
    return 0 if pos < 8 else pos


def _trim_leading_places(start: int, end: int, places: list[PlaceMention]) -> tuple[int, PlaceMention | None]:
    """A name that opens with a chain of places keeps only the last, most specific one."""
    owner = None
    pos = start
    while True:
        nxt = next((p for p in places if p.start == pos and p.end <= end), None)
        if nxt is None:
            break
        if owner is not None:
            start = nxt.start
        owner = nxt
        pos = nxt.end
    return start, owner


def _context_place(places: list[PlaceMention], pos: int, levels: tuple[str, ...]) -> PlaceMention | None:
    for p in reversed(places):
        if p.end <= pos and p.level in levels and p.coded:
            return p
    return None


def _places_of_level(places: list[PlaceMention], level_char: str) -> list[PlaceMention]:
    """The places of the text named with a level character (市, 县), in text order; a coded town stands
    for the division of that level it lies in, when the text names that one too (安平市 … 临江的老板向该市
    石桥镇提出… 市委认为: 安平市's committee, the nearer city 临江 only the boss's home)."""
    named = {q.division.code: q for q in reversed(places) if q.coded}  # (each division's first mention)
    out = []
    for p in places:
        if p.surface.endswith(level_char) or (p.name or "").endswith(level_char):
            out.append(p)
        elif p.coded and p.level == "Township":
            up = next((named[d.code] for d in divisions().ancestors(p.division.code)
                       if d.name.endswith(level_char) and d.code in named), None)
            if up is not None:
                out.append(up)
    return out


def _short_place_name(place: PlaceMention) -> str:
    """大理白族自治州 → 大理州: the form a local body's name uses."""
    level_char = place.name[-1:]
    forms = [a.lstrip("*") for a in (place.division.aliases if place.division else ())]
    short = [a for a in forms if a.endswith(level_char) and len(a) < len(place.name)]
    return min(short, key=lambda a: (len(a), a)) if short else place.name


# 《联合国气候变化框架公约》秘书处: a convention's secretariat, named after the convention's title (not 《公约》秘书处, the
# convention named by its kind alone)
_TREATY_SECRETARIAT = re.compile(rf"《(?P<treaty>[{CJK}]{{4,30}}?(?:公约|协定|议定书))》(?P<office>秘书处)")


def _treaty_secretariats(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """`orgs` with the secretariats of conventions named in title marks (《联合国防治荒漠化公约》秘书处执行秘书…), named by
    the title without its marks, in place of the bodies read inside the title (联合国 of the convention's name)."""
    if "》秘书处" not in text:
        return orgs
    for m in _TREATY_SECRETARIAT.finditer(text):
        if any(o.start < m.end() and m.start() < o.end and not (m.start("treaty") <= o.start and o.end <= m.end("treaty"))
               for o in orgs):
            continue  # (a body read across the marks is the rules' or the model's reading: it stays)
        orgs = [o for o in orgs if not (m.start("treaty") <= o.start and o.end <= m.end("treaty"))]
        orgs.append(OrgMention(m.start("treaty"), m.end(), m.group("treaty") + m.group("office")))
    return orgs


def find_orgs(text: str, places: list[PlaceMention], person_spans: list[tuple[int, int]],
              model_spans: list[tuple[int, int]] = ()) -> list[OrgMention]:
    """Organisations named in `text`: bodies the suffix rules read (with owners, parents and
    generic mentions completed), plus the bodies the mention model found that no rule reads
    (新华社, 全国人大, 农业农村部: named without a suffix the rules know)."""
    orgs = _widened_by_model(text, _rule_orgs(text, places, person_spans), model_spans, person_spans)
    _opened_at_table_names(text, orgs)
    orgs = _bilateral(text, _narrowed_by_model(text, orgs, model_spans, places))
    model = _model_orgs(text, model_spans, orgs, places, person_spans)
    # a model body that holds a rule's body and runs on past it to a body's ending (中国科学院 →
    # 中国科学院金属研究所) is the longer body, the rule's one its parent
    grown = [(m.start, m.end) for m in model if m.parent is not None]
    orgs = [o for o in orgs if not any(a <= o.start and o.end < b for a, b in grown)] + model
    orgs += _army_groups(text, orgs)
    # (after the model's bodies: a unit it reads whole, 兵团第十师北屯市农科所, stays whole)
    for d in _corps_divisions(text):
        inside = [o for o in orgs if d.start <= o.start and o.end <= d.end]  # (the corps' name read alone)
        if not any(o.start < d.end and d.start < o.end for o in orgs if o not in inside):
            orgs = [o for o in orgs if o not in inside] + [d]
    unread = _table_bodies_unread(text, orgs, places, person_spans)
    # (国务院安委办: the State Council read in the name of its committee's office is no body of its own there)
    orgs = [o for o in orgs if not any(u.start <= o.start and o.end <= u.end for u in unread)] + unread
    orgs = _treaty_secretariats(text, orgs)
    orgs = _bodies_of_listed_terms(text, orgs, person_spans)
    orgs += _ministries_before_their_heads(text, orgs, person_spans)
    orgs += _foreign_ministries_before_their_heads(text, orgs, person_spans)
    orgs += _parties_of_heads_of_state(text, orgs)
    _ministries_of_the_state_titled_before(text, orgs)
    orgs = _central_broadcasts(text, orgs)
    _organs_of_national_bodies(text, orgs)
    listed = _listed_departments(text, orgs, places) + _leading_bodies_listed(text, orgs)
    spans = {(o.start, o.end) for o in listed}
    orgs = [o for o in orgs if (o.start, o.end) not in spans] + listed  # (城建局 alone: the listed city's)
    _party_bodies_of_the_body_before(text, orgs)
    # (国家实验室, 山东省重点实验室, 中南大学国家重点实验室: laboratories of a rank, none named, which the model reads too;
    # left out before the longest of overlapping bodies is kept, so that 中南大学 stays)
    orgs = [o for o in orgs if not (o.name.endswith(_LABORATORY) and _a_class_of_laboratories(o.name[:-len(_LABORATORY)]))]
    orgs = [o for o in _drop_nested(_units_read_across(text, orgs))
            if not _MACHINES.search(o.name) and not _RANKED_KIND.search(o.name) and not _TERM_END.search(o.name)
            and not (o.owner is None and _initials_of_places(text, o.name)) and not _suo_of_no_institute(text, o)
            and not _no_one_force(o.name) and not _ACTING_FOR_A_BODY.fullmatch(o.name)
            and not (o.name.endswith("中心") and _PART_OF_A_TOWN.match(text, o.end))
            and not _a_country_and_a_union(o.name) and not _of_a_side(o.name)
            and not (text.startswith("级", o.end) and o.name.endswith(_RANK_KINDS)) and not _EACH_OF_A_KIND.search(o.name)
            and not _NO_BODY_AT_ALL.search(o.name) and not _community_as_an_aim(text, o)
            and not (o.owner is None and o.name.endswith(_MEETINGS) and not ends_as_body(o.name[:-3]))
            and not (o.owner is None and o.name.endswith(_CONSULTATION)
                     and not _SET_UP_BEFORE.search(text, max(0, o.start - 10), o.start))]
    orgs = [w for w in map(partial(_before_a_verb_read_into_it, text), orgs) if w is not None]
    orgs = [w for w in map(_owner_of_relevant_bodies, orgs) if w is not None]
    orgs = _services_named_bare(text, [w for w in map(partial(_without_opening_words, text), orgs) if w is not None])
    orgs = _armed_forces_of_countries(text, orgs)
    orgs = [_without_country_before_its_name(text, o) for o in orgs if not _inside_a_document_title(text, o)]
    joined = [_with_the_fields_joined_before(text, o) for o in orgs]
    grown = [(j.start, j.end) for o, j in zip(orgs, joined) if j is not o]
    # (美国海关 of 美国海关与边境保护局: a body read inside the whole name is none of its own there)
    orgs = _joined_fields_named_again(text, [j for j in joined if not any(a <= j.start and j.end < b for a, b in grown)])
    orgs = _delegations_of_two_bodies(text, _delegations_of_bodies(text, _missions_abroad(text, orgs)))
    orgs = _committees_of_two_fields(text, orgs, person_spans)
    orgs = _committees_of_the_legislature(text, orgs)
    _committees_of_the_cppcc_named(text, orgs)
    orgs = _standing_committees(text, _departments_of_ministries(text, orgs))
    orgs = [_without_former(_sub_unit(text, o)) for o in orgs]
    _unnamed_committees(orgs)
    _expand_short_names(orgs)
    _foreign_bodies_named_again(orgs)
    _named_again_short(orgs, _company_short_name)
    _named_again_short(orgs, _short_name_without_its_kind)
    _abbreviated_again(orgs)
    _initialisms(orgs)
    for o in orgs:
        _group_of_body(o)
    for o in orgs:
        _parent_named_first(text, o)
        while o.parent is not None:
            o = o.parent
        _brand_before_place(o)
    _seats_in_brackets(text, orgs, places)
    _locate(text, orgs, places)
    _founded_by(text, orgs)
    orgs = _units_under(text, orgs)
    _another_partys_bodies(text, orgs)
    _terms(text, orgs)
    _national_body_named_again(orgs)
    _standing_committee_named_short(orgs)
    _short_form_with_its_country(text, orgs)
    _official_names(orgs)
    orgs = _party_groups_of_a_list(text, orgs)
    _parties_of_central_committees(text, orgs)
    _bare_central_committee(orgs)
    _second_names_in_brackets(text, orgs)
    return orgs


# a government department's kind (福州市文化局、公安局、工商局: the city's bureaus, listed after the first)
_DEPARTMENT_KINDS = ("局", "厅")
_LISTED_DEPARTMENT = re.compile(rf"、([{CJK}]{{2,6}}?[局厅])(?![{''.join(_NOT_ORG_AFTER)}])")


_NOT_A_FIELD_TAGS = frozenset("nr nrfg nrt r d p u c m q".split())


def _field_of_work(stem: str) -> bool:
    """Dictionary words that name a field of work (公安, 城建, 信访, 人力资源和社会保障), as a department's name holds
    before its kind: no person's name, pronoun, adverb, particle or number, and no word the rules stop a name at."""
    words = _cut(stem)
    return all(w == "和" and 0 < i < len(words) - 1
               or word_tag(w) and word_tag(w) not in _NOT_A_FIELD_TAGS and w not in STOP_WORDS and w not in ORG_LEFT_STOPS
               for i, w in enumerate(words))


def _place_prefix(text: str, o: OrgMention) -> str:
    """The place's name a body's name opens with (福州市 of 福州市文化局, 山西省 of 省交通厅 completed to 山西省交通厅)."""
    written = o.alias or text[o.start:o.end]
    if o.alias and written[:1] in _LEVEL_CHARS and o.name.endswith(written[1:]):
        return o.name[:len(o.name) - len(written) + 1]
    return text[o.start:o.owner.end] if o.owner.start == o.start and o.owner.end < o.end else ""


def _listed_departments(text: str, orgs: list[OrgMention], places: list[PlaceMention]) -> list[OrgMention]:
    """福州市文化局、公安局、工商局, 省交通厅、煤炭厅、林业厅: departments listed after a department named with its place
    (a province, a city, a county) by their field and kind alone are that place's too."""
    out = []
    place_starts = {p.start for p in places}
    for o in orgs:
        if o.generic or o.parent is not None or o.owner is None or not o.owner.coded \
                or o.owner.level not in ("Province", "City", "County") or not o.name.endswith(_DEPARTMENT_KINDS + ("委",)) \
                or _PLACE_COMMITTEE.search(o.name):  # (a commission, 市建委; not the Party's committee, 市委)
            continue
        prefix = _place_prefix(text, o)
        pos = o.end
        while prefix and (m := _LISTED_DEPARTMENT.match(text, pos)) is not None:
            name = m.group(1)
            if m.start(1) in place_starts or name[0] in _LEVEL_CHARS or not _field_of_work(name[:-1]) \
                    or any(p.start < m.end(1) and m.start(1) < p.end for p in orgs
                           if (p.start, p.end) != m.span(1) or p.owner is not None or p.parent is not None):
                break
            out.append(OrgMention(m.start(1), m.end(1), prefix + name, owner=o.owner, alias=name))
            pos = m.end(1)
    return out


# a place's leading bodies, written by their kind alone after the first of them (新疆维吾尔自治区党委、人大、政府和政协,
# 省委、省政府: the last with its level, which other rules read)
_LEADING_BODIES = ("党委", "人大常委会", "人大", "人民政府", "政府", "政协", "纪委")
_LISTED_LEADING_BODY = re.compile(rf"[、和及与]({'|'.join(_LEADING_BODIES)})(?!部门|机关|办公|组成|工作部门)")


def _leading_bodies_listed(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """新疆维吾尔自治区党委、人大、政府和政协: the leading bodies listed after one named with its province, city or county by
    their kind alone are that place's too (not 人大 and 政协 of no place)."""
    out = []
    for o in orgs:
        if o.generic or o.parent is not None or o.owner is None or not o.owner.coded \
                or o.owner.level not in ("Province", "City", "County") or not o.name.endswith(_LEADING_BODIES):
            continue
        prefix = _place_prefix(text, o)
        pos = o.end
        while prefix and (m := _LISTED_LEADING_BODY.match(text, pos)) is not None:
            kind = m.group(1)
            out.append(OrgMention(m.start(1), m.end(1), prefix + kind, owner=o.owner, alias=kind))
            pos = m.end(1)
    return out


# a country's permanent mission (中国常驻联合国代表团, 伊朗常驻维也纳国际组织代表团): the country's own body, though the model
# reads the body or city it is accredited to and the kind (联合国代表团: no unit of the United Nations)
_MISSION_AFTER = re.compile(rf"常驻[{CJK}]{{2,14}}?(?:代表团|使团)")


def _missions_abroad(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """Each country's permanent mission the text names, in full, in place of the bodies read inside it that end
    with it (联合国代表团); the body it is accredited to stays a body the text names (联合国)."""
    missions = []
    for m in _MISSION_AFTER.finditer(text):
        country = next((text[m.start() - k:m.start()] for k in range(min(8, m.start()), 1, -1)
                        if text[m.start() - k:m.start()] in countries() or text[m.start() - k:m.start()] == "中国"), "")
        if country:
            start = m.start() - len(country)
            missions.append(OrgMention(start, m.end(), text[start:m.end()]))
    if not missions:
        return orgs
    inside = [o for o in orgs if any(n.start <= o.start and o.end == n.end or o.start < n.start < o.end <= n.end
                                     for n in missions)]
    return [o for o in orgs if o not in inside] + missions


_DELEGATION = "代表团"


def _delegations_of_bodies(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """武警部队代表团 where the model reads only the body (出席…解放军和武警部队代表团全体会议: 武警): a body's name and
    代表团 right after it are its delegation, beside the body itself (joined with the body before 和 next)."""
    taken = {(o.start, o.end) for o in orgs}
    delegations = []
    for o in orgs:
        end = o.end + len(_DELEGATION)
        if o.generic or o.owner is not None or not text.startswith(_DELEGATION, o.end) \
                or any(a <= o.start and end <= b and (a, b) != (o.start, o.end) for a, b in taken):
            continue
        delegations.append(OrgMention(o.start, end, text[o.start:end]))
    return orgs + delegations


def _delegations_of_two_bodies(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """解放军和武警部队代表团: the delegation of two bodies its name joins with 和 is one body, not the second body's
    delegation beside the first body; both bodies stay named.  (Two countries' or places' delegations, 美国和乌克兰
    代表团, 重庆和四川代表团, are two: no body stands before 和 there.)"""
    moved: dict[int, OrgMention] = {}
    named: list[OrgMention] = []
    for d in orgs:
        if not d.name.endswith(_DELEGATION) or len(d.name) <= len(_DELEGATION) + 1 or d.owner is not None \
                or d.start < 2 or text[d.start - 1] not in "和与" or not text.startswith(d.name, d.start):
            continue
        first = next((o for o in orgs if o.end == d.start - 1 and o.owner is None and not o.generic
                      and text[o.start:o.end] not in countries()), None)
        second = text[d.start:d.end - len(_DELEGATION)]
        if first is None and ends_as_body(second):
            # a table's body the model ran the words before into (十四届全国人大三次会议解放军|和武警部队代表团)
            short = next((text[d.start - 1 - k:d.start - 1] for k in range(min(8, d.start - 1), 1, -1)
                          if text[d.start - 1 - k:d.start - 1] in national_short_forms()), "")
            if short and not any(o.start < d.start - 1 and d.start - 1 - len(short) < o.end for o in orgs):
                first = OrgMention(d.start - 1 - len(short), d.start - 1, short)
                named.append(first)
        if first is None or not ends_as_body(second):
            continue
        moved[id(d)] = OrgMention(first.start, d.end, text[first.start:d.end])
        named.append(OrgMention(d.start, d.end - len(_DELEGATION), second))
    return _replaced(orgs, moved) + named if moved else orgs


def _country_opening(name: str) -> str:
    """The country a body's name opens with, the longest (俄罗斯 of 俄罗斯统一俄罗斯党), leaving two characters at
    least; "" for none."""
    return next((name[:k] for k in range(min(8, len(name) - 2), 1, -1) if name[:k] in countries()), "")


def _without_country_before_its_name(text: str, o: OrgMention) -> OrgMention:
    """俄罗斯统一俄罗斯党(主席): the country written before a body whose own name holds the country again says
    whose body it is; the name is the body's own (统一俄罗斯党)."""
    if o.parent is not None or o.generic or o.owner is not None or not text.startswith(o.name, o.start):
        return o
    country = _country_opening(o.name)
    rest = o.name[len(country):]
    if country and (0 < o.name.find(country, len(country)) - len(country) <= 3  # (统一|俄罗斯党: a word or two before it)
                    # 给予巴勒斯坦|联合国正式会员国资格: no country's United Nations, nor its WHO
                    or rest == _UNITED_NATIONS or rest in international_body_names()):
        return dataclasses.replace(o, start=o.start + len(country), name=rest)
    return o


# the fields a foreign body's name lists before its last one and its kind (美国|移民与|海关执法局, 以色列|情报和|特勤局,
# 英国|全国铁路、海路与|公路运输工会): two to four characters each, nouns, none a body's name of its own; the last field
# with its kind a ministry's, a bureau's, a committee's or a union's, not a whole name (日本政府和东京电力公司, 美国白宫和
# 财政部, 日本内阁府和日本外务省, 以色列政府与哈马斯: two bodies)
_JOINED_KINDS = re.compile(r"(?:部|局|署|委员会|联合会|工会)$")
_FIELD_TAGS = ("n", "vn", "nz", "ns")
# bodies, people and sources a report lists before a body (日本政府和…, 英国政府官员与欧盟委员会, 国家杜马和俄联邦委员会,
# 黎巴嫩媒体和卫生部, 泰国旅游机构和中国国家旅游局), no field of its work
_NOT_FIELDS = frozenset(("政府", "国会", "议会", "杜马", "军方", "官员", "内阁", "总统", "白宫", "当局", "媒体", "机构", "部门"))
_FIELDS = r"(?:[\u4e00-\u9fff]{2,4}、){0,3}[\u4e00-\u9fff]{2,4}[与和]"
_FIELDS_JOINED = re.compile(_FIELDS + "$")  # (before a body read from its last field)
_FIELDS_OPENING = re.compile(_FIELDS + r"(?=[\u4e00-\u9fff]{2})")  # (after the country, in a name read whole)


def _with_the_fields_joined_before(text: str, o: OrgMention) -> OrgMention:
    """A body read from its last field only (海关执法局 of 美国移民与海关执法局): the whole name from the country written
    before the first field, which says the name is one body's (美国商务部和财政部: two bodies, the first a body's name)."""
    if o.parent is not None or o.generic or o.owner is not None or o.start < 3 or text[o.start - 1] not in "与和" \
            or not text.startswith(o.name, o.start) or not _JOINED_KINDS.search(o.name) or _MINISTRIES.fullmatch(o.name) \
            or _country_opening(o.name):
        return o
    for k in range(o.start - 3, max(-1, o.start - 21), -1):  # (the nearest first field a country is written before)
        if _FIELDS_JOINED.fullmatch(text, k, o.start) is None:
            continue
        fields = re.split(r"[、与和]", text[k:o.start - 1])
        country = _country_ending(text, k)
        if country and country not in HOME_COUNTRY and all(_a_field(f) for f in fields):
            return dataclasses.replace(o, start=k - len(country), name=text[k - len(country):o.end])
    return o


def _a_field(words: str) -> bool:
    """Whether `words` name a field of work (移民, 情报, 全国铁路), not a body, a country, a verb or an adverb."""
    return not (ends_as_body(words) or words in countries()) \
        and all(word_tag(w) in _FIELD_TAGS for w in _cut(words)) and not any(w in words for w in _NOT_FIELDS)


def _joined_fields_named_again(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """…受到移民与海关执法局行动影响 in a report that names 美国移民与海关执法局: the body named again without its
    country, not a body of its last field."""
    full = {}
    for o in orgs:
        country = _country_opening(o.name)
        if country and _FIELDS_OPENING.match(o.name, len(country)):
            full[o.name] = country
    if not full:
        return orgs
    out = []
    for o in orgs:
        if o.name not in full and o.start >= 1 and text[o.start - 1] in "与和":
            name = next((n for n, country in full.items() if n.endswith(o.name) and text.endswith(n[len(country):], 0, o.end)),
                        None)
            if name is not None:
                o = dataclasses.replace(o, start=o.end - len(name) + len(full[name]), name=name)
        out.append(o)
    return out


# a Party committee of a place (山东省委, 中共厦门市委, 宁德地委) and its standing committee written after it
_COMMITTEE_OF_PLACE = re.compile(r"[省市区县州旗盟镇乡地]委$")
_STANDING = ("常务委员会", "常委会")


def _standing_committees(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """山东省委常委会, 中共厦门市委常委会: a place's Party committee and its standing committee written after it
    are the standing committee, a body of that committee (its part), not the committee alone."""
    out = []
    for o in orgs:
        standing = next((w for w in _STANDING if text.startswith(w, o.end)), "") \
            if not o.generic and _COMMITTEE_OF_PLACE.search(o.name) else ""
        if standing:
            o = OrgMention(o.start, o.end + len(standing), o.name + standing, owner=o.owner, parent=o,
                           alias=o.alias + standing if o.alias else "")
        out.append(o)
    return out


# the ministries' and commissions' departments (司): 国家卫生健康委医疗应急司, 商务部外资司, 海关总署卫生检疫司
_MINISTRY_KINDS = ("部", "委", "局", "署")
_DEPARTMENT_AFTER = re.compile(rf"([{CJK}]{{1,6}}?)司(?![机法令仪马徒长])")  # (司机, 司法, 司令: other words of 司)
_DEPARTMENT_NAME = re.compile(rf"(?P<body>.{{2,}}?[{''.join(_MINISTRY_KINDS)}])(?P<field>[{CJK}]{{1,6}})司")


def _names_a_department(field: str) -> bool:
    """Whether the words between a ministry and 司 name a field of work (医疗应急, 外资, 政策法规), not a clause
    (民航局督导航空公司: a verb and a company; 部门为司, 部分铁路公司)."""
    words = _cut(field)
    # (卫生免疫司, 飞行标准司: a verb inside the field's name; but not first, where it says what the ministry does)
    return bool(words) and field[-1] not in "公上官寿分子" and not any(c in _LIST_CHARS for c in field) \
        and word_tag(words[0]) != "v" \
        and all(w not in STOP_WORDS and w not in ORG_LEFT_STOPS and word_tag(w) not in ("p", "c", "d", "r", "u", "f")
                for w in words)


# the ministries of earlier State Councils, which reports of their years name (农业部 until 2018, 林业部 until 1998)
_FORMER_MINISTRIES = re.compile(
    r"(?:农业|文化|卫生|铁道|交通|建设|人事|劳动|劳动和社会保障|国土资源|环境保护|监察|信息产业|邮电|林业|地质矿产"
    r"|广播电影电视|对外贸易经济合作|外经贸|国内贸易|电力工业|煤炭工业|机械工业|冶金工业|化学工业|电子工业)部")


def _a_ministry(name: str) -> bool:
    """A body of the State Council or the Party's centre (商务部, 国家移民管理局, 中组部, or a ministry of earlier years:
    农业部), or a general administration (海关总署, 市场监管总局): the bodies whose departments are 司."""
    return name.endswith(_MINISTRY_KINDS) and (national_body(name) or name in national_short_forms()
                                              or name.endswith(("总署", "总局")) or _FORMER_MINISTRIES.fullmatch(name))


# a ministry's name and 长, its head, the 部 written once (外交部长王毅, 国务委员兼外交部长秦刚)
_MINISTER = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=兼))(?P<body>(?:(?!兼)[\u4e00-\u9fff]){1,10}?部)长")


def _ministries_before_their_heads(text: str, orgs: list[OrgMention],
                                   person_spans: list[tuple[int, int]]) -> list[OrgMention]:
    """中共中央政治局委员、外交部长王毅: a ministry of the State Council whose head is titled with its name and 长 before his
    Chinese name (the dictionary reads 外交部长 as one word, so no reading takes the ministry out of it); a ministry named
    with its country (俄罗斯外交部长拉夫罗夫) is read as that country's already, and one before a foreign name with none
    (国防部长别洛乌索夫) is another country's."""
    translit = set(transliteration_characters()) | {"·"}
    people = {s: text[s:e] for s, e in person_spans}
    return [OrgMention(m.start("body"), m.end("body"), m.group("body")) for m in scan(_MINISTER, text, ("部长",))
            if m.end() in people and not all(c in translit for c in people[m.end()]) and _a_ministry(m.group("body"))
            and not _titled_abroad(text, m.start())
            and not any(o.start < m.end() and m.start() < o.end for o in orgs)]


# the fields of the ministries abroad whose heads the press titles with the ministry's name and 长, the 部 written once
# (以色列国防部长卡茨, 委内瑞拉外交部长希尔)
_MINISTRY_FIELDS = ("外交", "国防", "财政", "内政", "司法", "经济", "贸易", "商务", "卫生", "教育", "交通", "能源", "农业",
                    "工业", "文化", "外贸")
_FOREIGN_MINISTER = re.compile(rf"(?:{'|'.join(_MINISTRY_FIELDS)})部长")


def _country_ending(text: str, end: int) -> str:
    """The country whose name (as the table writes it) ends the text at `end`, the longest, else ""."""
    known = countries()
    return next((text[end - k:end] for k in range(min(end, 8), 1, -1) if text[end - k:end] in known), "")


def _foreign_ministries_before_their_heads(text: str, orgs: list[OrgMention],
                                           person_spans: list[tuple[int, int]]) -> list[OrgMention]:
    """以色列国防部长卡茨: a country's ministry whose head is titled with its name and 长 before his name, the country named
    right before it (which the dictionary's 国防部长, one word, hides from every reading of the body); not a ministry
    of two countries' heads (中美国防部长会晤: the initial before the country is another country's)."""
    starts = {s for s, _ in person_spans}
    initials = country_initials()
    found = []
    for m in scan(_FOREIGN_MINISTER, text, ("部长",)):
        country = _country_ending(text, m.start())
        start = m.start() - len(country)
        if not country or country in HOME_COUNTRY or m.end() not in starts \
                or start > 0 and (text[start - 1] in initials or text[start - 1] == "中"):
            continue
        if not any(o.start < m.end() - 1 and start < o.end for o in orgs):
            found.append(OrgMention(start, m.end() - 1, text[start:m.end() - 1]))
    return found


# a party's head who is his state's head too, the two titles in a row (塞尔维亚前进党主席、总统…, 卢旺达爱国阵线主席、总统…):
# the party is named from where its clause opens to the first title
_PARTY_AND_STATE_HEAD = re.compile(r"(?P<title>主席|总书记|第一书记|党首|领导人)(?:兼[\u4e00-\u9fff]{2,5})?、(?:政府|国家)?"
                                   r"(?:总统|总理|主席|首相|元首)")
_PARTY_KINDS = ("党", "阵线", "运动", "联盟", "同盟")
_CLAUSE_OPENS = "\n。；！？，、“”：（）"


def _parties_of_heads_of_state(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """塞尔维亚前进党主席、总统武契奇表示…: a party of another country, named with it at the opening of a clause, whose
    head is titled its head and then the head of state or government (most congratulations on the Party's congresses
    name their senders so); the mention model misses names made of common words (前进党).  Not a party's centre
    (老挝人民革命党中央总书记: read with its central committee)."""
    found = []
    for m in scan(_PARTY_AND_STATE_HEAD, text, ("主席、", "书记、", "党首、", "领导人、", "兼")):
        end = m.start("title")
        start = max((text.rfind(c, max(0, end - 24), end) for c in _CLAUSE_OPENS), default=-1) + 1
        name = text[start:end]
        if _country_opening(name) and name.endswith(_PARTY_KINDS) \
                and all("\u4e00" <= c <= "\u9fff" or c == "—" for c in name) \
                and not any(o.start < end and start < o.end and not (start <= o.start and o.end <= end) for o in orgs):
            found.append(OrgMention(start, end, name))
    return found


# a foreign party's short name among the titles before a minister's (越共中央政治局委员、外交部长黎怀忠)
_FOREIGN_PARTY_SHORT = re.compile(r"[越老朝古]共|劳动党|人民革命党")


def _ministries_of_the_state_titled_before(text: str, orgs: list[OrgMention]) -> None:
    """新加坡副总理兼财政部长黄循财, 老挝政府副总理兼外交部长沙伦赛: a ministry written bare as a second title (after 兼 or
    、) of an official whose titles name one country abroad is that country's (新加坡财政部), as one written with it
    (俄罗斯外交部) is; its bare name is China's.  Not a party's organ (中央组织部) nor a command (中央司令部)."""
    for o in orgs:
        if o.generic or o.owner is not None or o.parent is not None or not text.startswith(o.name, o.start) \
                or not o.name.endswith("部") or o.name.endswith(("司令部", "指挥部")) or o.name.startswith("中央") \
                or not _a_ministry(o.name) or countries_in(o.name):
            continue
        chain = _titles_before(text, o.start)
        abroad = countries_abroad_in(chain)
        if len(abroad) == 1 and chain.endswith(("兼", "、")) and _TITLED_AT_HOME.search(chain) is None \
                and "中国" not in chain:
            o.name = next(iter(abroad)) + o.name  # (no alias: the bare name stays China's ministry's)


def _titles_before(text: str, pos: int) -> str:
    """The text before `pos` back to its clause's start: the titles a name in a chain of titles follows."""
    return text[max(text.rfind(c, 0, pos) for c in "。；，\n") + 1:pos]


# titles only China's leaders hold, before a minister's (中共中央政治局委员、外交部长…, 国务委员兼外交部长…)
_TITLED_AT_HOME = re.compile(r"中共|国务委员|国务院")


def _titled_abroad(text: str, pos: int) -> bool:
    """Whether the minister titled at `pos` may be another state's: the titles written before it, back to the clause's
    start, name a country abroad or a foreign party, or, in a report that names a country abroad, none of them is a
    title only China's leaders hold (…副总理兼教育部长李周浩, in a report on Korea)."""
    # (正在南非访问的中国国务院副总理兼外交部长钱其琛: a clause before 的 says where he is, the titles follow it)
    chain = _titles_before(text, pos).rpartition("的")[2]
    if countries_abroad_in(chain) or _FOREIGN_PARTY_SHORT.search(chain) is not None:
        return True
    return bool(countries_abroad_in(text)) and _TITLED_AT_HOME.search(chain) is None


def _departments_of_ministries(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """A ministry, a commission or an administration of the state and a 司 named right after it (国家计委科技司,
    国家卫生健康委医疗应急司司长): the department, a part of that body; one read whole (国家移民管理局政策法规司)
    gets that body as its parent."""
    out = []
    for o in orgs:
        m = _DEPARTMENT_AFTER.match(text, o.end)
        if m is not None and not o.generic and o.parent is None and _a_ministry(o.name) \
                and _names_a_department(m.group(1)):
            o = OrgMention(o.start, m.end(), o.name + text[o.end:m.end()], parent=o)
        whole = _DEPARTMENT_NAME.fullmatch(o.name) if not o.generic else None
        # (海关总署卫生检疫司, whose parent the reading took from a body named inside the ministry's name, 海关)
        if whole is not None and _a_ministry(whole.group("body")) and _names_a_department(whole.group("field")) \
                and text.startswith(o.name, o.start) \
                and (o.parent is None or len(o.parent.name) < len(whole.group("body"))
                     and whole.group("body").startswith(o.parent.name)):
            o.parent = OrgMention(o.start, o.start + len(whole.group("body")), whole.group("body"))
        out.append(o)
    return out


def _seats_in_brackets(text: str, orgs: list[OrgMention], places: list[PlaceMention]) -> None:
    """中国石油大学（北京）, 香港科技大学（广州）, 国家会展中心（天津）: a place in brackets right after a body's name is part of
    its name (one of several bodies of the name, each seated there), and where it is."""
    at = {(p.start, p.end): p for p in places}
    for o in orgs:
        close = text.find("）", o.end, o.end + 8)
        seat = at.get((o.end + 1, close)) if text.startswith("（", o.end) and close > 0 else None
        if seat is not None and not o.generic and ends_as_body(o.name):
            written = f"（{text[seat.start:seat.end]}）"
            o.end, o.name = close + 1, o.name + written
            o.alias = o.alias + written if o.alias else ""
            # (香港科技大学（广州）: in the seat, not in the place its name opens with)
            o.located_hint, o.owner = seat, None


def _party_groups_of_a_list(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """全国人大常委会、国务院、全国政协、最高人民法院、最高人民检察院党组: the Party group written once after a list of national
    bodies is each body's (five groups: the reports count them, 5家党组), as 湖北、湖南省委 names two committees."""
    by_end = {o.end: o for o in orgs if not o.generic}
    out = []
    for o in orgs:
        if o.parent is None or not o.name.endswith(_PARTY_GROUP) or not national_body(o.parent.name):
            continue
        listed, at = [], o.start
        while text.startswith("、", at - 1) and (before := by_end.get(at - 1)) is not None \
                and national_body(before.name) and before.parent is None:
            listed.append(before)
            at = before.start
        if listed and not (at > 0 and text[at - 1] in LIST_JOINERS):
            # (by the body's official name, as written an alias: 全国人大常委会党组)
            out += [OrgMention(b.start, b.end, b.name + _PARTY_GROUP, parent=b,
                               alias=b.alias + _PARTY_GROUP if b.alias else "") for b in listed]
    return orgs + out


_PARTY_GROUP = "党组"


def _second_names_in_brackets(text: str, orgs: list[OrgMention]) -> None:
    """中央党校（国家行政学院）, 市场监管总局（国家标准委）: a body's second name (one body under two nameplates) or
    its short name in brackets right after its name is that body, an alias of it."""
    by_end = {o.end: o for o in orgs if not o.generic}
    for o in orgs:
        named = by_end.get(o.start - 1)
        if named is not None and text[o.start - 1] in "（(" and text[o.end:o.end + 1] in "）)" and not o.generic \
                and o.owner is None and o.parent is None and named.name != o.name and o.name not in _KIND_WORDS \
                and not _KINDS_ONLY.fullmatch(o.name):
            o.alias, o.name = o.alias or o.name, named.name


def _bare_central_committee(orgs: list[OrgMention]) -> None:
    """中共第二十届中央委员会…选举习近平为中央委员会总书记: 中央委员会 alone is the one central committee the
    text names in full (not where it names two: 共青团中央委员会 beside the Party's)."""
    named = {o.name for o in orgs if o.name.endswith("中央委员会") and o.name != "中央委员会"}
    if len(named) != 1:
        return
    full = next(iter(named))
    for o in orgs:
        if o.name == "中央委员会" and o.owner is None and o.parent is None:
            o.alias, o.name = o.alias or o.name, full


# another party's central body (越共中央政治局, 老挝人革党中央, 古巴共产党中央): its name before 中央
_PARTY_CENTRE = re.compile(rf"^(?P<party>[{CJK}]{{1,8}}?[共党])中央")
_TITLE_THEN_PAUSE = re.compile(r"[^，。；：,;:、\s]{1,12}、")


def _another_partys_bodies(text: str, orgs: list[OrgMention]) -> None:
    """越共中央政治局委员、中央书记处常务书记、中组部部长张氏梅: the bodies listed after another party's central
    body are that party's (越共中央书记处, 越共中央组织部), not the Central Committee's of the same short name."""
    full = national_short_forms()
    party = None  # the party whose central body opened the list of titles being read
    listed = sorted(orgs, key=lambda o: o.start)
    for before, o in zip(listed, listed[1:]):
        if not _TITLE_THEN_PAUSE.fullmatch(text, before.end, o.start):
            party = None
            continue
        m = _PARTY_CENTRE.match(before.name)
        if m is not None:
            party = m.group("party") if m.group("party") not in ("中共", "中国共产党") else None
        name = full.get(o.name, o.name).removeprefix("中共")
        if party is not None and o.owner is None and name.startswith("中央"):
            o.name = party + name  # (越共中央政治局委员、胡志明国家政治学院院长、中央理论委员会主席: theirs too)


_COUNTRY_OPENINGS = ("全国", "中国")


def _national_body_named_again(orgs: list[OrgMention]) -> None:
    """全国青联…关心支持青联和学联工作: a national body the text named is named again without 全国 or 中国
    (a short form that a local body's name would open with its place)."""
    # (a body named as the host of its unit counts: 全国人大 of 全国人大宪法和法律委员会)
    hosts = [o.parent for o in orgs if o.parent is not None and o.parent.implied]
    named: dict[str, OrgMention] = {}  # (each name's first mention)
    for o in sorted(orgs + hosts, key=lambda o: o.start):
        if o.name.startswith(_COUNTRY_OPENINGS) and o.owner is None:
            named.setdefault(o.name, o)
    for o in orgs:
        if o.owner is not None or o.parent is not None or o.generic or not 2 <= len(o.name) <= 4 \
                or o.name.startswith(_COUNTRY_OPENINGS):
            continue
        body = next((named[p + o.name] for p in _COUNTRY_OPENINGS if p + o.name in named), None)
        if body is not None and body.end <= o.start:
            o.alias, o.name = o.alias or o.name, body.name


_STANDING_COMMITTEE = "常委会"
_NATIONAL_STANDING_COMMITTEES = ("全国人大常委会", "全国政协常委会")


def _standing_committee_named_short(orgs: list[OrgMention]) -> None:
    """受委员长会议委托，常委会法制工作委员会主任…: in a report that names one standing committee, the NPC's (or the
    CPPCC's), 常委会 alone and the units named after it are that committee's (a report naming a province's as
    well is left as it is)."""
    hosts = {o.name for o in orgs if o.name.endswith(_STANDING_COMMITTEE) and o.name != _STANDING_COMMITTEE}
    if len(hosts) != 1 or not hosts <= set(_NATIONAL_STANDING_COMMITTEES):
        return
    host = hosts.pop()
    seen: set[int] = set()
    for o in orgs:
        while o is not None and id(o) not in seen:  # (常委会法制工作委员会 and 常委会, its parent as the name opens)
            seen.add(id(o))
            if o.name.startswith(_STANDING_COMMITTEE) and o.owner is None and not o.generic:
                o.alias, o.name = o.alias or o.name, host + o.name[len(_STANDING_COMMITTEE):]
            o = o.parent


def _short_form_with_its_country(text: str, orgs: list[OrgMention]) -> None:
    """老挝党中央总书记: a short form the table knows (党中央) read after a country's name that makes a longer one it
    knows (老挝党中央, the Lao party's central committee) is the longer one, not the Chinese body."""
    full = national_short_forms()
    for o in orgs:
        if o.owner is not None or o.parent is not None or o.name not in full or not text.startswith(o.name, o.start):
            continue
        longer = next((text[o.start - k:o.end] for k in range(min(6, o.start), 1, -1)
                       if text[o.start - k:o.end] in full), None)
        if longer is not None:
            o.start, o.name = o.start - (len(longer) - len(o.name)), longer


# another party's central committee, its party's name written before it (古巴共产党中央委员会, 俄罗斯联邦共产党中央委员会)
_PARTYS_COMMITTEE = re.compile(r"(?P<party>[\u4e00-\u9fff（）()]{2,16}?(?:党|同盟|阵线))中央委员会")


def _parties_of_central_committees(text: str, orgs: list[OrgMention]) -> None:
    """古巴共产党中央委员会第一书记…: a party's central committee, written after its party's whole name, is part of that
    party, as annotators keep it, though the text names the party nowhere alone (not China's: the Party as a whole
    is no host of its Central Committee, which stands beside it)."""
    for o in orgs:
        m = _PARTYS_COMMITTEE.fullmatch(o.name)
        if m is None or o.parent is not None or o.generic or m.group("party") in THE_PARTY \
                or not text.startswith(m.group("party"), o.start):
            continue
        o.parent = OrgMention(o.start, o.start + len(m.group("party")), m.group("party"), implied=True)


def _official_names(orgs: list[OrgMention]) -> None:
    """A national body written short (全国政协, 中科院) goes by its official name, the short form an
    alias: one node whichever form a text uses, and the same node as the texts that write it in full."""
    full = national_short_forms()
    seen: set[int] = set()
    for o in orgs:
        while o is not None and id(o) not in seen:
            seen.add(id(o))
            # (全国政协十四届常委会: a term of the body is the body)
            short = o.name if o.name in full else _SESSION.sub("", o.name)
            if short in full and o.owner is None:
                o.alias, o.name = o.alias or short, full[short]
            army = _ARMY_GROUP.fullmatch(o.name, _ARMY_GROUP_ARM.match(o.name).end())
            if army is not None and o.name != _army_group_name(army):
                o.alias, o.name = o.alias or o.name, _army_group_name(army)  # 陆军第82集团军, 78集团军
            chamber = chamber_of_congress(o.name)
            if chamber:
                o.alias, o.name = o.alias or o.name, chamber  # (美国国会参议院 → 美国参议院)
            host = _host_named_short(o) if o.owner is None else None
            if host is not None:
                o.alias, o.name = o.alias or o.name, full[host] + o.name[len(host):]
            o = o.parent


def _host_named_short(o: OrgMention) -> str | None:
    """The short form of a national body that opens the name of a unit of it (军委政治工作部, 阿盟秘书处, 全国政协办公厅,
    欧盟统计局), which then goes by the host's official name as the reports that write it in full do, one node for both.
    Not the Party's or a central committee's short form (中共上海市级机关工作委员会, 中共中央政治局: their organs keep the
    names the press gives them), nor a company's (中国石化总公司: the company itself by an older name), nor a second
    body named with the first (中央纪委国家监委, 解放军和武警部队代表团), nor a short form cut inside a word (中央政法委|员会),
    nor a standing committee (its own rules name it: _standing_committees)."""
    full = national_short_forms()
    if o.name in full or o.name in state_body_names() or o.name in national_official_names():
        return None
    host = max((o.name[:k] for k in range(2, len(o.name) - 1) if o.name[:k] in full), key=len, default=None)
    if host is None or full[host] == host or host.endswith("中央") or full[host].endswith(_NO_HOST_ENDS):
        return None
    unit = o.name[len(host):]
    if full[host] in THE_PARTY and not unit.endswith("代表团"):
        return None  # (中共代表团 → 中国共产党代表团, the Party's delegation; 中共上海市委…: a place's organ)
    if not ends_as_body(unit) or unit[0] in LIST_JOINERS or unit.endswith(COMPANY_KINDS) or unit in _STANDING \
            or any(unit[:k] in full for k in range(2, len(unit) + 1)) or splits_a_word(o.name, len(host)) \
            or (o.parent is not None and o.parent.name not in (host, full[host])):
        return None
    return host


_NO_HOST_ENDS = ("中央委员会", "公司", "集团", "银行")
_STANDING = ("常委会", "常务委员会")
_SESSION = re.compile(r"第?[一二三四五六七八九十]+届")
# 政协第十四届全国委员会, 中国共产党第二十届中央委员会: the CPPCC's national committee and the Party's
# Central Committee, written with their term between the name and the body
# the eight democratic parties, in full and short (中国致公党第十六届中央委员会, 民建第十二届中央常务委员会): their
# central committees likewise
_DEMOCRATIC_PARTIES = ("中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会", "中国农工民主党",
                       "中国致公党", "九三学社", "台湾民主自治同盟", "民革", "民盟", "民建", "民进", "农工党", "致公党", "台盟")
_TERMED = rf"(?P<whose>中华人民共和国|中国人民政治协商会议|政协|中国共产党|中共|共青团|{'|'.join(_DEMOCRATIC_PARTIES)})"
_TERM_BEFORE = re.compile(rf"{_TERMED}第?[一二三四五六七八九十]+届$")
# a term, or the terms a person served in, listed (第七届、八届、九届, 第四、五、六届)
TERM_LIST = r"(?:第?[一二三四五六七八九十]+届?、)*第?[一二三四五六七八九十]+届"
# 中国人民政治协商会议第十四届全国委员会 read whole, and 中国人民政治协商会议第九届、十届全国委员会: the body without
# its terms
_TERMS_INSIDE = re.compile(rf"{_TERMED}(?P<terms>{TERM_LIST})(?P<body>[\u4e00-\u9fff]+)")
# (共青团十九届中央书记处: the League's central secretariat, not the Party's)
_BODY_OF = {"中华人民共和国": "全国人民代表大会", "中国人民政治协商会议": "全国委员会", "政协": "全国委员会"} \
    | dict.fromkeys(("中国共产党", "中共", *_DEMOCRATIC_PARTIES, "共青团"), "中央")
# (a line broken before the body, as a hard-wrapped text may be: 第四、五、六届|全国委员会)
_TERMS_LISTED = re.compile(rf"{_TERMED}(?:第?[一二三四五六七八九十]+届?、)+第?[一二三四五六七八九十]+届\n?(?:全国委员会|中央委员会|中央)")


def _terms(text: str, orgs: list[OrgMention]) -> None:
    """政协第十四届全国委员会常务委员会: the rules' reading stops at the term (全国委员会常务委员会); the body
    is the CPPCC's, written 政协全国委员会… once the term is left out (中国共产党第二十届中央委员会 likewise:
    the Party's, not a bare 中央委员会); a name read with its terms (中国人民政治协商会议第九届全国委员会, 第十五届
    中央政治局) is the body's without them."""
    for o in orgs:
        while o is not None:
            name = o.name
            m = _TERM_BEFORE.search(text, max(0, o.start - 16), o.start)
            if m is not None and name.startswith(_BODY_OF[m.group("whose")]) and o.owner is None:
                name, o.start = _of_whose(m.group("whose")) + name, m.start()
            inside = _TERMS_INSIDE.fullmatch(name)
            if inside is not None and inside.group("body").startswith(_BODY_OF[inside.group("whose")]):
                name = _of_whose(inside.group("whose")) + inside.group("body")
            leading = _LEADING_TERMS.match(name)
            if leading is not None and len(name) - leading.end() >= 4:
                name = name[leading.end():]
            if name != o.name:
                o.name = _party_organ(name)
            o = o.parent


def _of_whose(whose: str) -> str:
    # (中华人民共和国第十四届全国人民代表大会: the state's own legislature goes by its name alone, 全国人民代表大会)
    return "" if whose == "中华人民共和国" else whose


# 第十五届中央政治局(委员): the Central Committee's organ of that term, which is the one organ
_LEADING_TERMS = re.compile(rf"{TERM_LIST}(?=中央|全国)")


def _party_organ(name: str) -> str:
    """中国共产党中央政治局 (of 中国共产党第十四届中央政治局): the Central Committee's organs go by 中共中央… (中共中央政治局,
    中共中央纪律检查委员会), the Committee itself by its official name."""
    if name.startswith("中国共产党中央") and not name.startswith("中国共产党中央委员会"):
        return "中共" + name[len("中国共产党"):]
    return name


def _bodies_of_listed_terms(text: str, orgs: list[OrgMention], person_spans) -> list[OrgMention]:
    """中国人民政治协商会议第九届、十届全国委员会副主席: a body written with the terms a person served in, listed with
    、 (which no name holds, so the readings keep a part of it, 九届全国委员会, or none): the body, in place of the
    parts read inside it; its terms are left to `_terms`."""
    for m in _TERMS_LISTED.finditer(text):
        inside = [o for o in orgs if m.start() <= o.start and o.end <= m.end()]
        if not any(a < m.end() and m.start() < b for a, b in person_spans) and not any(
                o.start < m.end() and m.start() < o.end for o in orgs if o not in inside):
            orgs = [o for o in orgs if o not in inside] + [OrgMention(m.start(), m.end(), m.group().replace("\n", ""))]
    return orgs


# kinds of meeting the model reads as bodies (a congress, 代表大会, is a body; a 座谈会 is held, not joined)
_MEETINGS = ("座谈会", "推进会", "动员会", "研讨会", "现场会", "交流会", "发布会", "推介会", "部署会", "观摩会")
# a consultation (召开远程协商会, 政协全国委员会专家协商会) is a meeting, but one set up (成立议事协商会) a standing body
_CONSULTATION = "协商会"
_SET_UP_BEFORE = re.compile(r"(?:成立|组建|设立|建立)[^，。；]{0,8}$")
_CONCEPT_COMMUNITIES = ("命运共同体", "民族共同体", "利益共同体", "责任共同体", "生命共同体")
# a community that is an aim (构建全球发展共同体, 构建开放、活力…的亚太共同体, 铸牢共同体意识, 高举亚太共同体旗帜): what is
# built or held up, no body that exists (欧洲政治共同体 meets; 拉美和加勒比国家共同体 has members)
_BUILT_TOWARD = re.compile(r"(?:构建|共建|打造|建设|建成|铸牢|高举)[^，。；]{0,14}$")
_IDEA_AFTER = ("意识", "理念", "旗帜", "愿景")


def _community_as_an_aim(text: str, o: OrgMention) -> bool:
    return o.name.endswith("共同体") and (_BUILT_TOWARD.search(text, max(0, o.start - 16), o.start) is not None
                                       or _BUILT_TOWARD.match(o.name) is not None or text.startswith(_IDEA_AFTER, o.end))


# a craft, a train or its crew named by its serial (神舟二十号乘组, 嫦娥七号探测器, 复兴号高原动车组): no body
# a kind of body with a rank (一流大学, 重点中学, 优秀学校, 高水平医疗队): a class that bodies aim at or belong to,
# not one body's name (建设中国特色世界一流大学)
# 黑龙江省厅局级以上领导干部, 司局级: a rank of cadres named by the kind of body they head, no body
_RANK_KINDS = ("厅局", "司局", "厅", "局", "处", "科")
# 北京城市副中心, a planned part of a city; 上市公司, any listed company; 走中国特色社会主义工会发展道路, the unions' way;
# 新疆维吾尔自治区党政军负责同志, the Party, government and army (and people and students) of a place together: no body
# 英国部分医院, 渝北区部分行(业), 芝加哥市部署国民警卫队: "some of" a kind, or a verb (deploy) read into a name, no body
_NO_BODY_AT_ALL = re.compile(r"副中心$|^上市公司$|特色社会主义[\u4e00-\u9fff]{0,2}$|党政军(?:民学)?$|部分|部署")
# 中直各机关党委: each organ's committee, many bodies and none named
_EACH_OF_A_KIND = re.compile(r"各(?:机关|部门|单位|级|地|省|市|县|区|乡|镇|村|企业|学校|高校)")
_RANKED_KIND = re.compile(r"(?:一流|重点|优秀|先进|高水平)(?:学校|小学|中学|大学|学院|幼儿园|医院|企业|单位|医疗队|少先队)$")
# 中国共产党第十七届、十八届…中央委员会: a term cut off from the body it is the term of, no body
_TERM_END = re.compile(rf"{_SESSION.pattern}$")
_MACHINES = re.compile(r"号.{0,6}(?:乘组|列车|飞船|卫星|火箭)$"
                       # (船箭组合体, 美制M777榴弹炮, 俄军装备集中区: machines, weapons and where they stand, no bodies either)
                       r"|(?:组合体|动车组|榴弹炮|火箭炮|无人机|战斗机|军机|导弹|坦克|装甲车|探测器|装备集中区|人员集中区)$")


_FORMER_GROUP = re.compile(rf"(?P<body>.{{2,}}?)原(?P<group>{'|'.join(sorted(_PARTY, key=len, reverse=True))})$")


# 财政部党组, 国务院研究室党组, 陕西粮农集团有限责任公司党委: the Party group or committee of the body it
# names, a part of it (so 财政部党组书记、部长刘昆 is minister of 财政部)
_GROUP_OF_BODY = re.compile(r"(?P<body>.{2,}?)(?P<group>分党组|党组|党委)$")


def _group_of_body(o: OrgMention) -> None:
    """财政部党组: a group or committee named after its body is a part of that body (not 中共全国人大常委会党组,
    the Party's group, named so)."""
    if o.parent is not None or o.generic or o.name.startswith("中共"):
        return
    m = _GROUP_OF_BODY.match(o.name)
    if m is not None and (_ENDS_AS_BODY.search(m.group("body")) or m.group("body").endswith("室")
                          or m.group("body") in national_short_forms()):  # (国家电网党组, 中国华能党组)
        o.parent = OrgMention(o.start, o.start + len(m.group("body")), m.group("body"), owner=o.owner, implied=True)


# 金凤区原区委(副书记): a place's Party committee, with 原 ("former") of the post between them
_FORMER_COMMITTEE = re.compile(r"(?P<place>.{1,8}?[省市区县州旗盟镇乡])原(?P<committee>[省市区县州旗盟镇乡]?委)$")


def _without_former(o: OrgMention) -> OrgMention:
    """农业农村部原党组 (of 原党组书记, "former secretary of the group"): 原 is the post's; the body is
    the ministry's own group, a part of it. 金凤区原区委: the district's committee (金凤区委)."""
    c = _FORMER_COMMITTEE.fullmatch(o.name) if o.parent is None and not o.generic else None
    if c is not None and (len(c.group("committee")) == 1 or c.group("committee")[0] == c.group("place")[-1]):
        return dataclasses.replace(o, name=c.group("place") + "委")
    m = _FORMER_GROUP.match(o.name)
    if m is None or o.parent is not None:
        return o
    parent = OrgMention(o.start, o.start + len(m.group("body")), m.group("body"), owner=o.owner, implied=True)
    return dataclasses.replace(o, name=m.group("body") + m.group("group"), parent=parent)


# a body whose name opens with another body's whole name names a unit of it: …局浙江省局, …局…课题组,
# …使馆教育处, …共产党中央委员会 (not the Party's own bodies: 中国共产党…委员会 is named by the table)
_PARTY_NAMES = ("中国共产党", "中共", "共青团", "中国共产主义青年团")
# words that end like a body and are none: a part of a region or a whole (乌克兰中部, 全部), cadres (老干部);
# an event (杭州亚运会, 广交会), whose organisers are bodies of their own
_NOT_A_HOST_END = ("干部", "中部", "东部", "西部", "南部", "北部", "全部", "内部", "外部", "局部",
                   "运会", "交会", "博会", "览会", "峰会", "社会")  # (江苏省社会|文化管理委员会: society, no body)
# a newspaper, a magazine or a broadcaster, whose departments are named after it (人民日报文艺部, 求是杂志文教部)
_OUTLET_HOSTS = ("日报", "晚报", "早报", "杂志", "电视台", "广播电台")
_CJK_ONLY = re.compile(rf"[{CJK}]+")
_OUTLET_DEPARTMENT = re.compile(rf"[{CJK}]{{1,5}}(?:部|室|处|中心|代表团)")


def _outlets_department(host: str, unit: str) -> bool:
    """人民日报|文艺部: an outlet's name (in characters only: not 北京·人民日报 of a dateline, nor an address before it)
    and a department's short name after it."""
    return host.endswith(_OUTLET_HOSTS) and _CJK_ONLY.fullmatch(host) is not None \
        and _OUTLET_DEPARTMENT.fullmatch(unit) is not None
_PLACE_COMMITTEE = re.compile(r"[省市区县州旗盟镇乡]委$")  # (常德市委 of 常德市委两新工委: see _unnamed_committees)
# 驻某集团纪检监察组: a team stationed at a body, which is where it works, not what it is part of (an embassy
# or an office abroad, 驻某国使馆, is a body of its own: 驻某国使馆教育处)
_STATIONED_AT = re.compile(r"驻(?!.*(?:使馆|领馆|领事馆|办事处|代表处)$)")


# the bodies a body has under it (教育部直属高校, 集团所属企业): a class of bodies, no one body a unit is part of
_CLASS_UNDER = re.compile(rf"(?:直属|所属|下属|部属)[{CJK}]{{1,3}}$")


# a military region and a country's army, navy or air force host the units named after them (西藏军区总医院,
# 美国海军第五舰队), though no kind the rules read a body by (a 军区 read alone would cut 甘肃省军区|临夏军分区
# short of its unit); a city's name before 海军 or 陆军 names no force (诺福克海军造船厂, 重庆陆军军医大学)
_FORCES = ("空军", "海军", "陆军")
_DEFENCE_FORCE = "国防军"
_PLA = "中国人民解放军"
PLA_SERVICES = frozenset(_PLA + force for force in _FORCES)


# a force named with what no one force is: arms made for one (美制陆军战术导弹), the forces of two countries or more
# (伊朗和俄罗斯两国海军, 美、英、法三国海军, 中蒙陆军联合训练), two services (陆军空军联合行动, 陆海空军装备), a new or a big
# one (新海军总司令, 大陆军体制), a theatre's whichever it is (战区空军出动)
_NO_ONE_FORCE = re.compile(r"(?:制|[两三四五多各]国|陆军|海军|空军|陆海空?|^[新大老]|^战区)(?:陆军|海军|空军)$")


def _no_one_force(name: str) -> bool:
    if not name.endswith(_FORCES) or name in _FORCES:
        return False
    stem = name[:-2]
    return _NO_ONE_FORCE.search(name) is not None \
        or (len(stem) == 2 and all(c in country_initials() for c in stem) and stem not in countries())


# a foreign country, its army by its initial (以军, 美军) or the Atlantic alliance named in a sentence
_FOREIGN_ARMY = re.compile(r"(?<![\u4e00-\u9fff])[以美俄乌英法德日韩伊叙黎巴印](?:军|方)|北约")
_SENTENCE_ENDS = "。！？!?\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_ENDS}]")
_THEATRE_FORCE = re.compile(r"[东南西北中]部战区(?:陆军|海军|空军)$")


def _services_named_bare(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """陆军, 海军, 空军 named alone.  After a country's initial opening a clause, where the text names that country or its
    army (以军…以空军袭击): that country's (以色列空军).  In a sentence that names a foreign country, its army or NATO
    (玻利维亚前陆军司令, 北约…举行海军演习): some foreign force the text does not name: no body.  Otherwise the PLA's
    (海军南昌舰, 空军启动第14批女飞行学员招收, 海军司令员胡中明): the xwlb-news graph held one 海军 node for the
    PLA's, Israel's, America's and NATO's navies."""
    out = []
    for o in orgs:
        theatre = _THEATRE_FORCE.search(o.name)
        if theatre is not None and theatre.start() > 0 and o.name == text[o.start:o.end] and not o.name.startswith(_PLA):
            # (…舰同步列装|东部战区海军: nor is it where the ship's namesake city is)
            o = dataclasses.replace(o, start=o.end - len(theatre.group()), name=theatre.group(), owner=None,
                                    located_hint=None)
        if o.name not in (*_FORCES, _DEFENCE_FORCE) or o.owner is not None or o.parent is not None:
            out.append(o)
            continue
        initialled = _of_the_country_initialled(text, o)
        if initialled is not None or o.name == _DEFENCE_FORCE:
            # (以国防军总参谋长…: Israel's defence force; 国防军 alone is some country's the text does not say)
            out.append(initialled or o)
            continue
        start = max(text.rfind(c, 0, o.start) for c in _SENTENCE_ENDS) + 1
        end = (m.start() if (m := _SENTENCE_END.search(text, o.end)) else len(text))
        sentence = text[start:end]
        if countries_abroad_in(sentence) or _FOREIGN_ARMY.search(sentence):
            continue
        out.append(dataclasses.replace(o, name=_PLA + o.name, alias=o.name))
    return out


def _of_the_country_initialled(text: str, o: OrgMention) -> OrgMention | None:
    """以空军, 以国防军 after Israel's initial opening a clause, where the text names that country or its army (以军): that
    country's force, named in full (the initial's form an alias); else None."""
    initial = _country_before(text, o.start)
    country = country_of_initial(initial) if len(initial) == 1 else ""
    if country and (country in text or initial + "军" in text):
        return dataclasses.replace(o, start=o.start - 1, name=country + o.name, alias=initial + o.name)
    return None


def _armed_forces_of_countries(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """打击乌克兰武装部队, 苏丹武装部队与快速支援部队, 伊朗武装力量: a country's armed forces, one body, where no
    body read already covers them (乌克兰武装部队总参谋部: the unit, read with its host); not 中国军队 (the PLA's), nor
    a word that goes on past them (英国国防|军需国务大臣)."""
    found = []
    for word in _ARMED_FORCES:
        for pos in occurrences(text, word):
            country = _country_ending(text, pos)
            start, end = pos - len(country), pos + len(word)
            if country and country not in HOME_COUNTRY and not splits_a_word(text, end) \
                    and not any(o.start < end and start < o.end for o in orgs):
                found.append(OrgMention(start, end, country + word))
    return sorted(orgs + found, key=lambda o: o.start) if found else orgs


def _a_countrys_force(host: str) -> bool:
    if not host.endswith(_FORCES):
        return False
    return host.startswith("中国") or any(host.startswith(c) for c in countries_in(host)) \
        or (len(host) == 3 and host[0] in country_initials())  # (俄海军, 黎陆军: the country's initial)


# a place's people's congress or political consultative conference, the host of its committees (兰州市政协人口资源
# 环境委员会; not of its standing committee, which the press names for the congress: 市人大常委会 and 市人大 are
# one node); not 中共全国人大…党组 or 交由全国人大
_PLACES_CONGRESS = re.compile(rf"[{CJK}]{{1,12}}[省市县区州旗盟](?:人大|政协)")


def _parent_cut(name: str) -> int:
    """Where the longest body's name that opens `name` ends, leaving a unit's name of its own after it,
    or 0: what _unit_of reads in the rules' names by their longer kinds, for any body's name and its
    one-character kinds too (…局浙江省局). Not a bare kind or a legal form after it (县委|党校, 招商局|集团有限公司),
    a Party branch (the rules read those), a second body named with it (中央纪委|国家监委), an association of such
    bodies (美国图书馆|协会), a central hospital (四平市中心|人民医院), a hall of memory (hall_of_memory), nor a
    unit opening with "and" (全国政协社会|和法制委员会: the committee of two fields is one) or with 址, a site
    (八七会议会|址纪念馆: the memorial hall of the meeting's site).  A national body named by the short form the table
    knows hosts its secretariat or office (共青团中央|书记处), not its elected organs (中共中央|政治局 stands beside it)."""
    for cut in range(len(name) - 2, 2, -1):
        host, unit = name[:cut], name[cut:]
        if not (ends_as_body(host) or host.endswith(("室", "共产党", "使馆", "军区")) or _a_countrys_force(host)
                or (host in national_short_forms() and unit in UNITS_BY_FUNCTION)
                or _outlets_department(host, unit)
                or (_PLACES_CONGRESS.fullmatch(host) and not unit.startswith(("常委会", "常务委员会")))) \
                or host in _PARTY_NAMES \
                or _CLASS_UNDER.search(host) \
                or host.endswith(_NOT_A_HOST_END) or _PLACE_COMMITTEE.search(host) or _STATIONED_AT.match(host) \
                or host.count("（") != host.count("）") or host.count("(") != host.count(")") \
                or unit in _KIND_WORDS or _KINDS_ONLY.fullmatch(unit) or unit in national_short_forms() \
                or unit in _LEGAL_FORMS or unit[0] in "和与及址" \
                or unit.endswith(_ASSOCIATIONS) or (host.endswith("中心") and _CENTRAL_KIND.fullmatch(unit)) \
                or hall_of_memory(unit) \
                or (not host.endswith("共产党") and splits_a_word(name, cut)):  # (not 国家矿|山…, 侨联|络…)
            continue
        if ends_as_body(unit) or unit.endswith("组"):
            return cut
    return 0


_JOINED_DELEGATION = re.compile(rf"[和与][{CJK}]+{_DELEGATION}$")


def joined_delegation(name: str) -> bool:
    """解放军和武警部队代表团: the delegation of two bodies, no unit of the first, whose name opens it."""
    return bool(_JOINED_DELEGATION.search(name))


_NO_UNIT_OF_ITS_OWN = ("中央", "中央委员会", "常委会", "常务委员会")


def _tabled_parent_cut(name: str) -> int:
    """Where a national body's name that the table lists opens with a name of the body the table shows it is a
    part of (全国人大常委会|法工委, 解放军|火箭军: the official names 全国人民代表大会常务委员会法制工作委员会 and
    中国人民解放军火箭军 open with their parents'), or 0: the rules read that parent when the unit ends in a kind
    of body (全国人大常委会|预算工作委员会), not in an abbreviation.  Not a party's centre (民盟|中央, 中共|中央:
    the party's committee, which names no party of its own) nor a congress's standing committee (全国人大|常委会:
    the press names it for the congress, as _parent_cut reads 市人大常委会)."""
    names = state_body_names()
    full = names.get(name)
    if full is None:
        return 0
    for cut in range(len(name) - 2, 1, -1):
        above = names.get(name[:cut])
        if above is not None and above != full and full.startswith(above) and name[cut:] not in _NO_UNIT_OF_ITS_OWN:
            return cut
    return 0


def _parent_named_first(text: str, o: OrgMention) -> None:
    """国家邮政局浙江省局市场监管处 is a unit of 国家邮政局浙江省局, itself a unit of 国家邮政局: each body its
    name opens with is its parent, named where it is written (a national body the table names whole keeps
    its one name: 中央纪委国家监委)."""
    if o.parent is not None and o.parent.start == o.start and not text.startswith(o.name, o.start):
        o = o.parent  # 某部某中心原党委: 原 is the post's, the committee the centre's, whose own name is read on
    if o.parent is None and not o.generic and text.startswith(o.name, o.start):
        cut = _tabled_parent_cut(o.name)
        if cut:
            o.parent = OrgMention(o.start, o.start + cut, o.name[:cut])
            return
    while not o.generic and o.name not in national_full_names() and o.name not in national_short_forms() \
            and text.startswith(o.name, o.start) and not joined_delegation(o.name):
        cut = _parent_cut(o.name)
        above = o.parent
        written = above.alias or above.name if above is not None else ""
        if cut and above is not None and len(written) >= cut and text.startswith(written, o.start):
            o = above  # (…干部培训中心纪委: the reading gave it its centre, whose own name opens with a body)
            continue
        if not cut or (above is not None and not (text.startswith(written, o.start) and len(written) < cut)):
            return  # (中共中央党史研究室…组: the unit of a unit of 中共中央, which the reading gave as its parent)
        owner = o.owner if o.owner is not None and o.owner.end <= o.start + cut else None
        o.parent = OrgMention(o.start, o.start + cut, o.name[:cut], owner=owner, parent=above)
        o = o.parent


# a national company's brand: the state's or the country's name and its trade in two characters (中国联通, 国家电网)
_NATIONAL_BRAND = re.compile(rf"(?:中国|国家)[{CJK}]{{2}}")
_NOT_A_TRADE = frozenset(("人民", "共产", "全国", "国家", "中央", "国际"))  # (中国人民…, 中国共产党…: no brand)


def _brand_before_place(o: OrgMention) -> None:
    """中国电信河北分公司, 国家电网湖北省黄冈市供电公司: a national company's brand, a province, city or county
    and a unit named after them make the place's branch of that company, a part of it, though the brand ends
    in no kind of body that the rules would read a parent by (the place is read here from the table: the
    rules take no short form of a province between two names, 中国移动|广西|公司; only a form that names
    its division alone: in an invented 中国星光资源集团, 资源 is a word of the trade, no 资源县)."""
    m = _NATIONAL_BRAND.match(o.name)
    if o.parent is not None or o.generic or m is None or o.name[2:4] in _NOT_A_TRADE:
        return
    cut, gaz = m.end(), divisions()
    for k in range(min(len(o.name) - cut - 1, 9), 1, -1):
        unit = o.name[cut + k:]
        form = o.name[cut:cut + k]
        if any(d.level in _BRANCH_LEVELS and gaz.alias_is_safe(d.code, form) for d in gaz.lookup(form)) \
                and ends_as_body(unit) \
                and (o.owner is None or o.owner.start == o.start + cut):
            o.parent = OrgMention(o.start, o.start + cut, o.name[:cut], implied=True)
            return


_BRANCH_LEVELS = ("Province", "City", "County")


_NAME_ONLY = re.compile(rf"[{CJK}A-Za-z0-9·]+")
_ENDS_AS_BODY = re.compile(rf"(?:{_SUFFIX_ALT}|[{''.join(sorted(_BODY_END))}])$")
_OFFICES = frozenset(("办公厅", "办公室"))


def ends_as_body(name: str) -> bool:
    """Whether the name ends in a kind of body (…局, …委员会, …公司), not in a name of its own (华广, 鞍钢)."""
    return _ENDS_AS_BODY.search(name) is not None


_PARTY_OR_COMMITTEE = tuple(PARTY_BODIES) + ("委",)
_KIND_WORDS = frozenset(PARTY_BODIES + ORG_SUFFIXES + DEPARTMENTS)
# a company's legal form, written after the name of its group or its brand: the same company, no unit of it
# (…投资发展集团|有限公司, 招商局|集团有限公司; …建筑集团|总公司: the group's head company is the group)
_LEGAL_FORMS = frozenset(group + form for group in ("", "集团") for form in (
    "公司", "有限公司", "有限责任公司", "股份有限公司", "股份公司", "总公司")) | {"集团"}
# a kind of body with a level word before it and no name: 村委会, 镇党委, 街道党工委
# 纪委监委, 党委政府: kinds of body written together, no owner among them
_KINDS_ONLY = re.compile(rf"(?:{'|'.join(sorted(set(PARTY_BODIES + DEPARTMENTS + ('政府',)), key=len, reverse=True))})+")
_KIND_ONLY = re.compile(r"^(?:村|镇|乡|县|市|省|区|街道|社区|小区|居|该|本|各)")


# 团十八大: the Youth League's; 越共十四大, 老挝党十二大, 中共二十大: another party's, or the Party's by its short name
_CONGRESS = re.compile(r"(?:党的|团的|[^\W\d_]{0,3}?(?:共|党|团))?[一二三四五六七八九十]{2,3}大")
_PLENUM = re.compile(r"[一二三四五六七八九十]{1,2}中")
# (全国青联十四届全委会: a plenary session of a body's committee, like a congress, is an event of the body named before it)
_PLENARY = rf"{_SESSION.pattern}(?:[一二三四五六七八九十]+次)?(?:全委会|全会|全体会议)"
_EVENT_END = re.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]{2,3}大$|(?:冬奥会|冬残奥会|奥运会|亚运会|大运会|世博会|峰会)$"
                        rf"|{_PLENARY}$")
_SESSION_INSIDE = re.compile(_PLENARY)
_SESSION_ENDS = ("大", "全委会", "全会", "全体会议")
_PLENUM_AFTER = re.compile(r"全会|、[一二三四五六七八九十]{1,2}中")


_WIDEST = 3  # characters a model body may add before a rule's body of the same ending


# an army group is named by its number (第82集团军, 78集团军, 陆军第71集团军: one name, the others aliases); a number
# opens no name the rules read leftwards
_ARMY_GROUP = re.compile(r"(?<![0-9０-９一二三四五六七八九十])第?(?P<number>[0-9]{2}|[一二三四五六七八九十]{1,3})集团军")
_ARMY_GROUP_ARM = re.compile(r"(?:中国人民解放军)?(?:陆军)?")


def _army_group_name(m: re.Match) -> str:
    return f"第{m.group('number')}集团军"


def _army_groups(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """The army groups the text names by number that no other reading holds."""
    return [OrgMention(m.start(), m.end(), m.group()) for m in _ARMY_GROUP.finditer(text)
            if not any(o.start < m.end() and m.start() < o.end for o in orgs)]


def _bilateral(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """A body whose name the rules begin at a country after 中 (越双边合作指导委员会 of 发挥中越双边合作指导委员会,
    哈霍尔果斯国际边境合作中心 of 在中哈…) is the joint body of the pair, when the 中 follows a verb, a
    preposition or a break (in 工作中美方…, 中 is "during" after a noun)."""
    moved = {}
    for o in orgs:
        if o.start > 0 and text[o.start - 1] == "中" and text[o.start] in PAIRED_WITH_CHINA and o.owner is None \
                and o.name == text[o.start:o.end] and not any(p is not o and p.end == o.start - 1 for p in orgs):
            words = tokens_before(text, o.start - 1, 4)
            # (由中国与希腊共建的中希文明互鉴中心: 的 before it, the pair opens the name as after a verb)
            if o.start == 1 or not _is_name_char(text[o.start - 2]) \
                    or (words and (word_tag(words[-1]) in ("p", "v") or words[-1] == "的")):
                moved[id(o)] = dataclasses.replace(o, start=o.start - 1, name="中" + o.name)
    return _replaced(orgs, moved)


def _replaced(orgs: list[OrgMention], moved: dict[int, OrgMention]) -> list[OrgMention]:
    """`orgs` with the mentions `moved` names (by id) replaced, and every parent so replaced too."""
    out = [moved.get(id(o), o) for o in orgs]
    return [dataclasses.replace(o, parent=moved[id(o.parent)]) if o.parent is not None and id(o.parent) in moved
            else o for o in out]


_BEFORE_A_LISTED_NAME = frozenset("、，,；;：:（(“\n")


def _widened_by_model(text: str, orgs: list[OrgMention], spans, person_spans) -> list[OrgMention]:
    """A body the rules read without an owner, which the mention model reads with a few more characters
    of name before it and the same ending (团中央书记处 where the rules stop at 中央书记处), is the model's
    longer body, when the rules' edge falls inside a word (团中央) and the model's does not, and no person
    is among the characters it adds; so is 委员会 alone that the rules read as the committee named before (委员会
    of 环境与资源保护委员会), where the model reads a name before it that a list or a clause opens with."""
    starts = {end: start for start, end in spans}
    out = []
    for o in orgs:
        start = starts.get(o.end, o.start)
        # (控股集团有限公司 with its group 控股集团 read out of its name: the group is widened with it)
        group = o.parent if o.parent is not None and o.parent.implied and o.parent.start == o.start else None
        if o.refers_back and text.startswith(_COMMITTEE_KIND, o.start) and o.end - o.start == len(_COMMITTEE_KIND) \
                and start < o.start and (start == 0 or text[start - 1] in _BEFORE_A_LISTED_NAME) \
                and _NAME_ONLY.fullmatch(text, start, o.start) and not splits_a_word(text, start) \
                and not any(a < o.start and start < b for a, b in person_spans):
            # (…、环境与资源保护委员会: a name the model reads whole, not the committee named before called by its kind)
            out.append(OrgMention(start, o.end, text[start:o.end]))
            continue
        if o.owner is None and (o.parent is None or group is not None) and start < o.start \
                and (o.start - _WIDEST <= start and splits_a_word(text, o.start) and group is None
                     # (新疆生产建设兵团第七师123|团原党委: the rules' edge stops at a number, the model's runs over it; not a
                     # year alone before the name, 2024|国际龙舟联合会)
                     or text[o.start - 1:o.start].isdigit() and not text[start:o.start].isdigit()
                     or _trade_only(o.name)
                     or o.name == text[o.start:o.end] and _national_name_cut_at_a_verb(text, start, o.start)
                     or _CONGRESS_OF_A_TERM.fullmatch(text, start, o.start) and o.name.startswith(_CONGRESSES)) \
                and _NAME_ONLY.fullmatch(text, start, o.start) and not splits_a_word(text, start) \
                and not any(a < o.start and start < b for a, b in person_spans):
            if group is not None:
                group = dataclasses.replace(group, start=start, name=text[start:o.start] + group.name)
            if o.refers_back:
                # 中国银行、建设银行: the rules read 银行 as the bank named before; the model's name is another bank's
                o = dataclasses.replace(o, start=start, name=text[start:o.end], parent=group, refers_back=False)
            else:
                o = dataclasses.replace(o, start=start, name=text[start:o.start] + o.name, parent=group)
        out.append(o)
    return out


# 中国共产党第二十次|全国代表大会代表资格审查委员会: the party and the congress's number open the name the rules read
# from the congress on (a number is a word of its own, where the rules' edge stops)
_CONGRESS_OF_A_TERM = re.compile(r"(?:中国共产党|中共|共青团|中国共产主义青年团)第[一二三四五六七八九十]+次")
_CONGRESSES = ("全国代表大会", "代表大会")


def _national_name_cut_at_a_verb(text: str, start: int, rule_start: int) -> bool:
    """中国疾病预防|控制中心: a national body's name (opening with 中国 or 国家) that holds a verb (预防), where the rules'
    name began after it; the model's reading from the national opening is the name (a few words, no clause)."""
    words = _cut(text[start:rule_start])
    return text.startswith(("中国", "国家"), start) and rule_start - start <= 8 and len(words) >= 2 \
        and word_tag(words[-1]) == "v" and not any(w in STOP_WORDS or w in ORG_LEFT_STOPS for w in words)


# the words that open a body's name before its place (中共陕西省委, 共青团北京市委, 民革上海市委)
_BEFORE_PLACE = re.compile(r"中共|中国共产党|共青团|中国|国家|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟")


def _narrowed_by_model(text: str, orgs: list[OrgMention], spans, places: list[PlaceMention]) -> list[OrgMention]:
    """A body the rules read with a word or two before it that the mention model leaves out, the model's
    body starting after them and running to the rules' ending or past it (督促指导陕西省纪委监委, 毕业于清华大学
    计算机科学与技术系, 紧急调派北京协和医院: the model reads 陕西省纪委监委, 清华大学…, 北京协和医院), is the
    model's shorter body: the words before it are a verb the dictionary tags as a noun (指导, 毕业, 调派).
    Only where the model reads no span over those words, they split no word, and they are no place nor a
    party's or the state's name (中共陕西省委)."""
    starts = sorted({(s, e) for s, e in spans})
    moved: dict[int, OrgMention] = {}
    for o in orgs:
        cut = next((s for s, e in starts if o.start < s < o.end and e >= o.end), None)
        # (国家卫生健康委紧急调派北京协和医院: a body of the model's own before the words is left as it is)
        before = max((b for a, b in starts if a <= o.start < b), default=o.start)
        if cut is not None and o.name == text[o.start:o.end] and before <= cut and 0 < cut - before <= 4 \
                and _word_edge(text, o.start, o.end, cut) \
                and not any(p.start < cut and before < p.end for p in places) \
                and not _BEFORE_PLACE.search(text, before, cut) \
                and _NAME_ONLY.fullmatch(text, before, cut) and _plain_words(text[before:cut]) \
                and not (_MINISTRIES.fullmatch(text, cut, o.end) and _country_before(text, cut)):
            # (以外交部称: the rules read Israel's ministry by its country's initial, which the model leaves out)
            _, owner = _trim_leading_places(cut, o.end, places)
            parent = o.parent if o.parent is not None and o.parent.end > cut else None  # (not 国家卫生健康委)
            moved[id(o)] = dataclasses.replace(
                o, start=cut, name=text[cut:o.end], parent=parent,
                owner=owner if owner is not None else (o.owner if o.owner and o.owner.start >= cut else None))
    return _replaced(orgs, moved)


_NAME_TAGS = frozenset("nr nrt nrfg ns nt nz".split())


def _plain_words(part: str) -> bool:
    """Dictionary words that name nothing (指导, 毕业于, 原, 新一届): not a name's first character (谷文昌干部学院),
    two fields of one name (工业和信息化部), an ordinal (第六师) or characters jieba knows no word for (疾控援)."""
    words = _cut(part)
    return part[-1] not in _LIST_CHARS and not part.startswith("第") \
        and all(word_tag(w) and word_tag(w) not in _NAME_TAGS for w in words) \
        and not any(len(a) == 1 and len(b) == 1 for a, b in zip(words, words[1:]))


def _word_edge(text: str, start: int, end: int, pos: int) -> bool:
    """Whether jieba's words of text[start:end] have an edge at `pos`."""
    return pos - start in word_edges(text[start:end])


# a company: its name, maybe 集团, and its legal form; or a group
_COMPANY = re.compile(r"(?P<stem>.+?)(?:集团)?(?:(?:股份)?有限(?:责任)?公司|股份公司|公司)$|(?P<group>.+?)集团$")


def _trade_only(name: str) -> bool:
    """A company named by its trade alone (控股集团有限公司, 投资集团, 体育用品集团, 重工集团股份有限公司): the
    words before its kind are ordinary words, its own name (新希望, 安踏, 中国铁建) was left out."""
    m = _COMPANY.fullmatch(name)
    return m is not None and _common_words_only(m.group("stem") or m.group("group"))


_TWO_SIDES = re.compile(r"两(?:党|国|军)$")
# a stretch of a railway, a river or a city's axis, or a line of trains (京哈高铁京沈段, 大清河静海台头段, 北京中轴线,
# 中欧班列电商快线): no body (a works section, 炼钢一工段, is one)
_STRETCH = re.compile(r"(?<![工标])段$|轴线$|快线$|专线$")


def _places_only(form: str) -> bool:
    """Nothing, a division's name, or a division and one within it (贵州贵阳: the province, then its
    capital; not 上海合作, though 合作 names a county of Gansu)."""
    table = divisions()
    return not form or bool(table.lookup(form)) or any(
        table.is_within(inner.code, outer.code)
        for k in range(2, len(form) - 1) for outer in table.lookup(form[:k]) for inner in table.lookup(form[k:]))


# a standing committee named without the congress or committee it belongs to (人大及其常委会: every congress's)
_STANDING_COMMITTEES = frozenset(("常委会", "常务委员会"))
# verbs of saying and of striking, which a body's name never holds as a word of its own
_ROLE_AT = re.compile(rf"(?:{ROLE_RE})")
_CLAUSE_VERBS = frozenset("称 表示 宣称 声称 打击 空袭 轰炸 袭击 公布 宣布 分为 累计 开展".split())
_LETTER_VERBS = frozenset("复回致贺写来")
# verbs after which the model's span goes on with a body of its own (罗塞芙率新开发银行, 愿同新开发银行,
# 希望新开发银行继续…)
# (坦方愿用好尼雷尔领导力学院: "is willing to make good use of" the academy)
_VERBS_BEFORE_A_BODY = frozenset("率 愿同 希望 伙同 祝贺 愿 愿意 感谢 欢迎".split())  # (not 与: 中国物流与采购联合会)
_USE_WELL = ("用好", "办好", "建好", "管好")
# the last character of a news outlet's name (《人民日报》, 《求是》杂志社: a title that is a body)
_OUTLET_ENDS = frozenset("报刊网台志社")
# words before a body's name that are no part of it
_NOT_OF_THE_NAME = ("其他", "其它", "新一届", "本届", "上一届")


# the kinds of body a field of work names in every place (公安局, 财政局, 美术学院, 建筑工程队): one of them is no
# particular body until its owner is named; a university (同济大学, 国防大学), a company or a corps (国民警卫队) is
# named so on its own
_FIELD_KINDS = ("局", "厅", "所", "站", "学院", "小学", "中学", "学校", "工程队", "协会", "中心", "办公室")


_WORLDS = ("国际", "世界", "全球")


def _field_and_kind(name: str) -> bool:
    """One ordinary noun of a field of work and the kind of body (规划局, 机电学院, 建筑工程队, 培训中心)."""
    kind = next((k for k in _FIELD_KINDS if name.endswith(k)), "")
    stem = name[:len(name) - len(kind)]
    if not kind or len(stem) < 2 or stem.startswith(_NATIONAL_OPENINGS) or stem.startswith(_WORLDS):
        return False  # (国际展览局: the world's bureau of its field, no place's department)
    return len(tokens_before(stem, len(stem), len(stem))) == 1 and word_tag(stem) in ("n", "vn", "j")


def _not_of_the_name(text: str, start: int) -> str:
    """The word of `_NOT_OF_THE_NAME` that `text` has at `start`, or ""."""
    return next((w for w in _NOT_OF_THE_NAME if text.startswith(w, start)), "")
# what a body does to set another up, which the model reads as one name with both
_FOUNDING_VERBS = frozenset("成立 组建 设立".split())
# words that point at a body named before (四平这家农机厂: "this farm-machinery factory in Siping"), which no name holds
# one-character words a clause goes on with (not 中 or 会: 北京四中, 读者会 end names)
_CLAUSE_ENDS = frozenset("要将的了在是把被和与及对向从")
_DEMONSTRATIVES = frozenset("这家 那家 这个 那个 这所 那所 该 此".split())
# nouns of a part of a place (首尔市中心日本驻韩使馆: where the embassy is, which the model reads into its name)
_WHERE_WORDS = frozenset("市中心 市区 城区 郊区 境内".split())


def _where_word_end(text: str, ends: list[tuple[str, int]], end: int) -> int | None:
    """Where the last part-of-a-place word among `ends` (each word of the span and where it ends) ends,
    unless only a kind of body follows it (武汉市中心医院, 城区医院: the central or the town's hospital, a name)."""
    return max((k for w, k in ends if w in _WHERE_WORDS and not _SUFFIX.fullmatch(text, k, end)), default=None)


def _initials_of_places(text: str, name: str) -> bool:
    """中希, 美乌, 英法德 (each the first character of a country the text names, or 中 for China) and 港澳台 (provinces'
    one-character names): a pair or a group of places, written before what they share (中希文明, 港澳台同胞), no
    body's name."""
    if not 2 <= len(name) <= 4:
        return False
    if all(c in PROVINCE_INITIALS for c in name):
        return not ends_as_body(name)
    named = countries_in(text) | {"中国"}  # (中委 of 中国 and 委内瑞拉, though 委 ends a committee's name)
    return all(any(country.startswith(c) for country in named) for c in name)


# where a committee's name may begin: after a break or a word that introduces it (增补…为民族和宗教委员会副主任)
_BEFORE_A_COMMITTEE = frozenset("、，。：；（“为\n")
_FIELD_TAGS = ("n", "vn", "nz", "j", "ns", "an")  # a field is named by nouns (宪法, 农业, 基础设施), not a clause
_NOT_A_FIELD = ("委员", "代表", "同志")  # (候补委员和中央纪律检查委员会: the members of one body and another body)
_SOCIETY = "社会"  # a field (社会和法制委员会), though it ends in 会 as an association's name does


_RULED_BY = ("中国共产党", "中华人民共和国")


def _inside_a_document_title(text: str, o: OrgMention) -> bool:
    """《中国共产党普通高等学校基层组织工作条例》: the Party's or the state's name and a kind of body inside a regulation's
    title name the class of bodies it rules, no body (the Party, 联合国 of 《联合国…公约》 and the issuers a title opens
    with, 《X关于…》, stay bodies)."""
    rest = next((o.name[len(p):] for p in _RULED_BY if o.name.startswith(p)), "")
    if len(rest) < 2 or rest.endswith("政府") or o.name in national_full_names() or o.name in national_short_forms():
        return False
    opened = text.rfind("《", 0, o.start)
    if opened < 0 or text.rfind("》", 0, o.start) > opened:
        return False
    closed = text.find("》", o.end)
    if closed < 0 or "《" in text[o.end:closed] or not POLICY_TITLE.search(text, o.end, closed):
        return False
    return "关于" not in text[opened:closed]


def _committees_of_two_fields(text: str, orgs: list[OrgMention], person_spans) -> list[OrgMention]:
    """社会和法制委员会, 宪法和法律委员会, 监察和司法委员会: a committee named for two fields joined by 和 or 与, which
    the reading cuts at the joiner (法制委员会); the field before it is part of the name where a break, a word
    that introduces the name or another body's name stands before it (全国人大宪法和法律委员会), and it is a
    noun phrase: no person (蔡奇和治丧委员会), no member's title, no body (也门政府与…), no clause (当天他与…); a
    national committee's own name stands alone (…工作报告和中央监督委员会)."""
    ends = {o.end for o in orgs}
    moved = {}
    for o in orgs:
        if not o.name.endswith("委员会") or o.owner is not None or o.parent is not None or o.start < 3 \
                or text[o.start - 1] not in "和与" or not text.startswith(o.name, o.start) \
                or o.name.startswith(("中央", "国家", "最高", "全国")):
            continue
        joiner = o.start - 1
        for k in (4, 3, 2):
            start = joiner - k
            field = text[start:joiner]
            if start < 0 or not all("\u4e00" <= c <= "\u9fff" for c in field) or "的" in field \
                    or field.endswith(_NOT_A_FIELD) or (ends_as_body(field) and field != _SOCIETY) \
                    or field.endswith(("政府", "人大", "政协")) \
                    or not all(word_tag(w).startswith(_FIELD_TAGS) for w in _cut(field)) \
                    or any(a < joiner and start < b for a, b in person_spans):
                continue
            if start == 0 or text[start - 1] in _BEFORE_A_COMMITTEE or start in ends:
                moved[id(o)] = dataclasses.replace(o, start=start, name=text[start:o.end])
                break
    return _replaced(orgs, moved)


# the national legislature and advisory body as the press names them before their committees (全国人大外事委员会,
# 全国政协经济委员会); their committees' official names are in data/national_bodies.tsv
_LEGISLATURES = ("全国人大常委会", "全国政协常委会", "全国人大", "全国政协", "全国人民代表大会", "政协全国委员会",
                 "中国人民政治协商会议全国委员会")
_COMMITTEE_KIND = "委员会"
# the CPPCC and its term, which the reading may leave before 全国委员会… (政协第十四届|全国委员会经济委员会)
_CPPCC_BEFORE = re.compile(rf"政协(?:{_SESSION.pattern})?\Z")
# what may stand between two committees of one list: a joiner, after a title and a name or a report's title
_LIST_GAP = re.compile(r"(?:《[^《》]*》|[^，。；：“”《》、\s]{0,12})[、和及]")


def bare_committee(o: OrgMention) -> bool:
    """A committee named by its field alone (外事委员会), not a legislature's name itself (政协第十四届全国委员会) nor
    another body's central committee (老挝建国阵线中央委员会)."""
    return o.name.endswith(_COMMITTEE_KIND) and len(o.name) > len(_COMMITTEE_KIND) and o.owner is None \
        and o.parent is None and not o.generic and not o.name.startswith(_NATIONAL_OPENINGS) \
        and not any(word in o.name for word in ("全国", "中央")) and not countries_in(o.name)


def _committees_of_the_legislature(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """A committee named after the legislature is its committee (全国人大外事委员会 partOf 全国人大), also where the
    reading took 全国人大 apart from it (全国人大宪法和法律委员会); and a bare committee after such a committee or after
    the legislature itself in one list is the same body's, the body named once for all: 全国人大民族委员会、监察和
    司法委员会; …主任委员杨晓超、财政经济委员会主任委员钟山; 全国政协提案委员会《…》、经济委员会《…》; 全国政协常委、外事
    委员会副主任 (the CPPCC's committees share names with the NPC's: 外事委员会, 农业和农村委员会)."""
    listed = sorted(orgs, key=lambda o: (o.start, -o.end))
    moved: dict[int, OrgMention] = {}
    dropped: set[int] = set()
    body = ""  # the legislature the list being read names its committees after, as the press writes it
    legislature: OrgMention | None = None  # …and that body, each listed committee's parent
    last_end = -1
    for before, o in zip([None] + listed, listed):
        written = _SESSION.sub("", text[before.start:before.end]) if before is not None else ""
        if before is not None and before.end == o.start and written in _LEGISLATURES and bare_committee(o) \
                and id(before) not in moved:
            legislature = dataclasses.replace(before, implied=True)
            moved[id(o)] = OrgMention(before.start, o.end, written + o.name, parent=legislature)
            dropped.add(id(before))
            body, last_end = written, o.end
            continue
        if body and _LIST_GAP.fullmatch(text, last_end, o.start) and bare_committee(o):
            moved[id(o)] = dataclasses.replace(o, name=body + o.name, alias=o.name, parent=legislature)
            last_end = o.end
            continue
        plain = _SESSION.sub("", o.name)  # (政协第十四届全国委员会经济委员会、农业和农村委员会…: the term left out)
        if plain.startswith("全国委员会") and _CPPCC_BEFORE.search(text, max(0, o.start - 8), o.start):
            plain = "政协" + plain  # (…its term read apart: 全国委员会经济委员会 after 政协第十四届)
        if plain in _LEGISLATURES and text.startswith(o.name, o.start):
            body, last_end, legislature = plain, o.end, o  # (全国政协常委、外事委员会副主任)
            continue
        opening = next((form for form in _LEGISLATURES if plain.startswith(form) and plain.endswith(_COMMITTEE_KIND)
                        and len(plain) > len(form) + len(_COMMITTEE_KIND)), "")
        body, last_end = (opening, o.end) if opening else ("", -1)
        legislature = OrgMention(o.start, o.start + len(opening), opening, implied=True) if opening else None
        if legislature is not None and o.parent is None and o.owner is None and text.startswith(o.name, o.start):
            moved[id(o)] = dataclasses.replace(o, parent=legislature)  # (全国人大外事委员会: a committee of the NPC)
    return [o for o in _replaced(orgs, moved) if id(o) not in dropped]


# the CPPCC's national committee as a report names it, and the other legislatures that own committees of the names its own
# committees have (the NPC's 外事委员会, 农业和农村委员会; a province's or a city's 政协 and 人大 their own)
_CPPCC = "中国人民政治协商会议全国委员会"
_CPPCC_NAMED = re.compile(r"全国政协|政协(?:第[一二三四五六七八九十]+届)?全国委员会|中国人民政治协商会议全国委员会")
_OTHER_LEGISLATURE = re.compile(r"全国人大|人民代表大会|[省市县区州旗](?:政协|人大)")


def _committees_of_the_cppcc_named(text: str, orgs: list[OrgMention]) -> None:
    """任命…易会满为经济委员会驻会副主任，马晓伟为教科卫体委员会副主任 in a report on the CPPCC's standing committee: a bare
    committee is the CPPCC's of that name (the table's official names) in a report that names the CPPCC and no other
    legislature (the NPC's committees go by short forms too, 外事委, which the resolution joins to the bare name)."""
    if not _CPPCC_NAMED.search(text) or _OTHER_LEGISLATURE.search(text):
        return
    for o in orgs:
        if bare_committee(o) and text.startswith(o.name, o.start) and _CPPCC + o.name in national_official_names():
            o.alias, o.name = o.alias or o.name, _CPPCC + o.name


def _body_before_its_verb(text: str, start: int, end: int) -> int:
    """海口海关共监管…: where the model reads a body on into an adverb and the verb it says (共 "in all", 监管
    "supervised"), the body ends before them; else `end` as it is."""
    edges = word_edges(text[start:end])
    for edge in reversed(edges[1:-1]):
        # (海关, customs, no kind the rules read bodies by: 深海|关, 山海关 would end so)
        if edge >= 3 and (_ENDS_AS_BODY.search(text, start, start + edge) or text.endswith("海关", start, start + edge)):
            rest = _cut(text[start + edge:end])
            verbal = all(word_tag(w) in ("d", "ad", "vd", "v", "vn") for w in rest) and word_tag(rest[0]) in ("d", "ad")
            return start + edge if verbal else end
    return end


# words the dictionary tags as verbs that end bodies' names (上海合作组织; 国家防总, 香港中联办, 全国消协: short names
# of headquarters, liaison offices and associations; 毛里求斯社会主义战斗运动, a party)
_VERB_LIKE_BODY_WORDS = frozenset(("组织", "防总", "防办", "联办", "消协", "运动", "创办"))


def _a_side_now(text: str, start: int, name: str) -> bool:
    """乌方正面临…, 以方正与美国…: 乌方 "the Ukrainian side" (a country's initial and 方), then 正 "is now", no 方正
    company."""
    initial = name[0] if len(name) == 3 else text[start - 1:start] if len(name) == 2 else ""
    return name.endswith("方正") and initial in country_initials()


# the channels of the national broadcaster (总台央视新闻频道, 央视综合频道, 中央电视台综合频道: 600 xwlb-news items), its
# website (央视网), and the broadcaster by its short name (总台, the table's short form), which the model reads in none
# of these: media outlets (SCHEMA.md); a channel's name is the one the press writes most, 央视 and its kind
_CHANNEL = re.compile(r"(?P<cmg>总台)?(?P<tv>央视|中央电视台)(?P<channel>[\u4e00-\u9fff]{2,5}?)频道|(?P<site>央视网)")
_NO_CHANNEL = re.compile(r"[、和与及的各等]")
_CENTRAL_BROADCASTER = "总台"
# 总台 opens no name of another body (县广播电视总台, 酒店总台: the words before it are that name's)
_NOT_BEFORE_THE_BROADCASTER = re.compile(r"[前店馆务电视播台]")


def _central_broadcasts(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """The bodies with the national broadcaster's channels and website, each channel part of the broadcaster written
    right before it (总台央视新闻频道, 中央电视台综合频道), in place of what was read inside a channel's name, and the
    broadcaster named 总台 alone, where the text names no other body of that kind (a county's 广播电视总台)."""
    if "总台" not in text and "央视" not in text and "中央电视台" not in text:
        return orgs
    orgs = list(orgs)
    taken = [(o.start, o.end) for o in orgs]
    found: list[OrgMention] = []

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken + [(f.start, f.end) for f in found])

    for m in _CHANNEL.finditer(text):
        if m.group("site"):
            if free(*m.span()) and not text.startswith("消息", m.end()):  # (央视网消息（新闻联播）: a credit line)
                found.append(OrgMention(m.start(), m.end(), m.group("site")))
            continue
        if _NO_CHANNEL.search(m.group("channel")):
            continue  # 央视综合频道、少儿频道: two channels, the second one named by its kind
        start = m.start("tv")
        name = f"央视{m.group('channel')}频道"
        parent = None
        if m.group("cmg") and free(*m.span("cmg")):
            parent = OrgMention(m.start("cmg"), m.end("cmg"), _CENTRAL_BROADCASTER)
        elif m.group("tv") == "中央电视台":
            parent = next((o for o in orgs if (o.start, o.end) == m.span("tv")), None) \
                or OrgMention(m.start("tv"), m.end("tv"), "中央电视台")
        overlap = [(a, b) for a, b in taken if a < m.end() and start < b]
        if any(not (start <= a and b <= m.end()) for a, b in overlap):
            continue  # a reading of the rules or the model runs past the channel's name
        orgs = [o for o in orgs if not (start <= o.start and o.end <= m.end()) or o is parent]
        taken = [(o.start, o.end) for o in orgs]
        written = text[start:m.end()]
        found.append(OrgMention(start, m.end(), name, parent=parent, alias=written if written != name else ""))
        if parent is not None and parent not in orgs:
            found.append(parent)
    others = any(o.name.endswith(_CENTRAL_BROADCASTER) and o.name not in ("中央广播电视总台", _CENTRAL_BROADCASTER)
                 for o in orgs)
    if not others:
        for m in re.finditer(_CENTRAL_BROADCASTER, text):
            if free(*m.span()) and not _NOT_BEFORE_THE_BROADCASTER.match(text, max(0, m.start() - 1), m.start()) \
                    and not text.startswith("账", m.end()):  # (建立文物总台账: a general ledger)
                found.append(OrgMention(m.start(), m.end(), _CENTRAL_BROADCASTER))
    return orgs + found


# what may follow a body's 机关 (its organ, the offices that serve it): a mark, a list's joiner, or what it does
_AFTER_AN_ORGAN = re.compile(r"[\s、，。；：,;:和与及]|联合|印发|发布|下发|近日|日前|有关")


def _organs_of_national_bodies(text: str, orgs: list[OrgMention]) -> None:
    """中央纪委国家监委机关、中央组织部、国务院国资委…负责同志作交流发言: a national body's 机关, the offices that work for it, is
    the body itself, as most annotators keep it (中央纪委国家监委机关 an alias of 中央纪委国家监委), its name read on
    through 机关 (so the list of issuers it opens runs on); not 国务院机关事务管理局, whose 机关 opens another name."""
    for o in orgs:
        end = o.end + 2
        if text.startswith("机关", o.end) and national_body(o.name) and _AFTER_AN_ORGAN.match(text, end) \
                and not any(p.start < end and o.end < p.end for p in orgs):
            o.alias, o.end = o.alias or text[o.start:end], end


def _table_bodies_unread(text: str, orgs: list[OrgMention], places: list[PlaceMention],
                         person_spans) -> list[OrgMention]:
    """A national body written with the official name the table gives it, where no reading covers any of it
    (中央党的建设工作领导小组: its 的 cuts the model's reading, and a name with 的 is no name to the rules), and a
    state-owned enterprise written with a short form that names it alone (记者从国家电网了解到: the model, which
    learnt bodies by their kinds, reads no body in 国家电网)."""
    matcher, names = _names_read_where_unread()
    # (longest names first, each name's occurrences left to right: one pass over the text finds them all)
    hits = sorted(((-len(names[i]), names[i], k) for k, _, i in matcher.find_overlapping(text)))
    if not hits:
        return []
    bodies = [(o.start, o.end) for o in orgs]
    taken = [(p.start, p.end) for p in places] + list(person_spans)
    found = []
    for _, name, k in hits:
        end = k + len(name)
        # (a body read inside the name, the name longer, takes nothing from it: 国务院 of 国务院安委办)
        if not any(a < end and k < b and not (k <= a and b <= end and b - a < end - k) for a, b in bodies) \
                and not any(a < end and k < b for a, b in taken) \
                and (not splits_a_word(text, k) or text[k - 1] in _PREPOSITIONS_BEFORE) and not splits_a_word(text, end) \
                and not (name[0] == "国" and text[k - 1:k] in _COUNTING):
            found.append(OrgMention(k, end, name))
            bodies.append((k, end))
    return found


# 中亚五国|开行量 ("the trains the five countries run"), 各国|开行: a count of countries before a short form opening with 国
# (国开行, jieba's word there too) is no body
_COUNTING = frozenset("一二两三四五六七八九十几多各诸数0123456789")
# a preposition jieba joins to the name's first character (记者从|中核集团了解到: 从中, "from among")
_PREPOSITIONS_BEFORE = frozenset("从在向与和对同由据为被把将给")


@functools.cache
def _names_read_where_unread():
    """A matcher of the tables' official names of six characters or more and of the short forms of three or more that
    name one body wherever they stand (reference data: 市场监管总局, 上合组织, 民航局, which the model, reading full names,
    passes by now and then; not those the tables mark as ordinary words too), and the names by index."""
    import daachorse

    names = sorted({n for n in national_official_names() if len(n) >= 6}
                   | {n for n in national_short_forms() if len(n) >= 3 and n not in whole_only_short_forms()})
    return daachorse.CharwiseDoubleArrayAhoCorasick(names), names


def _table_name_from(text: str, start: int, end: int) -> int:
    """联合国|大会主席: the model reads a body (联合国) whose name opens a longer one the tables know (联合国大会): the
    longer, where it ends a word.  Not where the rest names a body of its own, more than a bare kind (大会), that the
    rules read as a unit of the first (全国人大|宪法和法律委员会: the committee, and 全国人大 its parent)."""
    longest = max((n for n in _table_names_by_opening().get(text[start:start + 2], ()) if len(n) > end - start
                   and text.startswith(n, start) and not splits_a_word(text, start + len(n))
                   and not (ends_as_body(n[end - start:]) and len(n) - (end - start) > 2)), key=len, default="")
    return start + len(longest) if longest else end


def _opened_at_table_names(text: str, orgs: list[OrgMention]) -> None:
    """中|储粮集团公司广西分公司: a body the rules read from inside a name the tables know (jieba cuts 中 off 储粮) opens
    where that name does, and so does each body of its name it is part of."""
    for o in orgs:
        start = _table_name_to(text, o.start, o.end) if o.owner is None else o.start
        while o is not None and start < o.start and text.startswith(o.name[:2], o.start):
            o.start, o.name = start, text[start:o.start] + o.name  # (储粮集团公司原党组 is named 储粮集团公司党组)
            o = o.parent


def _table_name_to(text: str, start: int, end: int) -> int:
    """中|储粮集团公司: the model reads a body from the second or third character of a name the tables know, which
    ends inside the reading: the reading opens where the tabled name does (a word before the body is never a part of
    it: 给予中|…); and the rules read one from the fifth (中国联合|网络通信集团有限公司: 联合, "jointly", stops them)."""
    for k in (1, 2, 3, 4):
        opening = start - k
        if opening < 0 or splits_a_word(text, opening):
            continue
        if any(opening + len(n) > start and opening + len(n) <= end and text.startswith(n, opening)
               for n in _table_names_by_opening().get(text[opening:opening + 2], ())):
            return opening
    return start


@functools.cache
def _table_names_by_opening() -> dict[str, tuple[str, ...]]:
    """The tables' names, official and short, by their first two characters (reference data)."""
    by: dict[str, list[str]] = {}
    for name in sorted(set(national_short_forms()) | national_official_names()):
        by.setdefault(name[:2], []).append(name)
    return {k: tuple(v) for k, v in by.items()}


# what the mention model reads as bodies and no body is: a team (people at work on a task, named by the task or by
# whoever leads them: no body with a name of its own, SCHEMA.md) and the economies of a forum (APEC经济体)
_NO_BODY_ENDINGS = ("团队", "经济体")


def _last_body_end(text: str, start: int, end: int) -> int:
    """Where the last name of a body in text[start:end] ends, at the edge of a word and at least three characters in
    (中国科学院|科研 → the academy; not 严建兵|团: the name is a person's), or -1."""
    for k in range(end, start + 2, -1):
        if _ENDS_AS_BODY.search(text, start, k) and not splits_a_word(text, k):
            return k
    return -1


def _model_orgs(text: str, spans, rule_orgs: list[OrgMention], places: list[PlaceMention],
                person_spans) -> list[OrgMention]:
    taken = [(o.start, o.end) for o in rule_orgs] + list(person_spans)
    out = []
    for start, end in spans:
        start = _after_a_country_and(text, start, end)
        start = _party_named_with_a_country(text, start, end)
        end = _before_its_sessions_or_founding(text, start, end)
        end = _table_name_from(text, start, end)
        start = _table_name_to(text, start, end)
        if text.endswith("厅", start, end) and text.startswith(("局长", "局级"), end):
            continue  # 全国文化厅局长会议: the heads of departments and bureaus (厅局长), a rank, no body
        no_body = next((e for e in _NO_BODY_ENDINGS if text.endswith(e, start, end)), "")
        if no_body:
            # 严建兵团队, 美方谈判团队, APEC经济体: people at work on a task, or the members of a forum, no body; the body
            # the team belongs to, where its name ends inside the span, is one (中国科学院古脊椎动物与古人类研究所|科研团队)
            end = _last_body_end(text, start, end - len(no_body))
            if end < 0:
                continue
        if text.startswith("址", end):
            continue  # 古田会议会址, 八七会议会址纪念馆: the site (会址) of a meeting, no body (议会, 大会) ends there
        if any(p.start < end < p.end for p in places):
            continue  # 渝中区抗建堂|社区: the span ends inside a place's name (a community's), no body ends there
        overlap = [(a, b) for a, b in taken if a < end and start < b]
        inside = all(start <= a and b < end for a, b in overlap)
        body_end = _ENDS_AS_BODY.search(text, start, end) is not None
        if (overlap and not (inside and body_end)) or not _NAME_ONLY.fullmatch(text, start, end):
            continue  # the rules' reading of a body wins: they know its owner and parent
        if (not body_end and (splits_a_word(text, end) or not _word_edge(text, start, min(len(text), end + 3), end))) \
                or splits_a_word(text, start):
            continue  # 某花园社区第一|书记, 东北大|秧歌: a fragment (but 东风社区党委|书记 is whole)
        if end - start > 4 and not _ENDS_AS_BODY.search(text, start, end) and _ENDS_AS_BODY.search(text, start, end - 1) \
                and _ROLE_AT.match(text, end) and not splits_a_word(text, end - 1):
            end -= 1  # 云南富达包装有限责任公司范总经理: the body, then 范 (a surname) and a title, "manager Fan"
        if not _ENDS_AS_BODY.search(text, start, end):
            end = _body_before_its_verb(text, start, end)
        if text.startswith("信", start) and text[start - 1:start] in _LETTER_VERBS:
            start += 1  # 习近平复信河钢集团…: the 信 of 复信 (a reply to a letter), which jieba does not list
        words = _cut(text[start:end])
        if words and (words[-1] in _CLAUSE_ENDS or len(words[-1]) >= 2 and words[-1] in ORG_LEFT_STOPS):
            continue  # 中共界委员要(深入学习), 北京社会保险全部(经办业务): a clause read on, no name ends so
        if len(words) >= 2 and not body_end and len(words[-1]) >= 2 and word_tag(words[-1]) in ("v", "vn", "vd") \
                and words[-1] not in _VERB_LIKE_BODY_WORDS:
            continue  # 海南自贸港封关, 中美直航, 中欧班列开行, 京津冀晋豫防汛: an event or an act, no body's name
            # (a short name of one word is the body's, however the dictionary tags it: 建行, 加航, 以军)
        if any(w in _CLAUSE_VERBS for w in words) or any(_in_total(w, "".join(words[:i])) for i, w in enumerate(words)):
            continue  # 以军称打击哈马斯指挥所, 空袭黎真主党: a headline's clause (who says, who strikes whom), not a name;
            # 中央组织部高标准高质量开展部(机关学习教育): a body and what it carries out
        if any(w in _DEMONSTRATIVES for w in words):
            continue  # 四平这家农机厂: a body referred to, not named
        if _BODIES_COUNTED_BEFORE.search(text, max(0, start - 8), start) and text[end:end + 1] in _AFTER_COUNTED_BODIES:
            # 组建了19个生态管护队和党支部: bodies of a kind counted, none named (not 2000名国民警卫队, people; nor
            # 40个国务院安委会成员单位, where the count is of the members)
            continue
        if text[start] == "级" or (text[start - 1:start] == "《" and text[end:end + 1] == "》"
                                   and not _ENDS_AS_BODY.search(text, start, end) and text[end - 1] not in _OUTLET_ENDS):
            continue  # 6级退役军人服务中心: a class of centres, one per level; 《联通中越》开播: a programme's title
        opening = _not_of_the_name(text, start)
        if opening and end - start > 5:
            # 其他77国集团成员, 新一届中国残联主席团: "the other", "the new term's" before the name
            start += len(opening)
            words = _cut(text[start:end])
        ends = [(w, start + k) for w, k in zip(words, word_edges(text[start:end])[1:])]  # each word and its end
        founding = next((k - len(w) for w, k in ends if w in _FOUNDING_VERBS), None)
        if founding is not None:
            # 北京市人民政府成立事故调查组: a body, then what it sets up (a kind, named by its task): the body
            # (a place before the verb is no body: only places, left out below)
            if founding - start < 2:
                continue
            end = founding
            ends = [(w, k) for w, k in ends if k <= end]
        lead = _leading_clause_words(words)
        if lead and founding is None and end - start > lead:
            if end - start - lead < 3:
                continue  # 刚好州委: a bare kind after the clause's opening words names no body
            # 据地委组织部(介绍), 本报讯江苏省镇江市委: the words before the name are no part of it
            start += lead
            ends = [(w, k) for w, k in ends if k > start]
        cut = max((k for w, k in ends if w in _VERBS_BEFORE_A_BODY), default=None)
        if cut is not None and end - cut >= 3 and not _SUFFIX.fullmatch(text, cut, end):
            start = cut  # (希望小学 is a school: only a kind after the word)
            if text.startswith(_USE_WELL, start) and end - start - 2 >= 3 and not _SUFFIX.fullmatch(text, start + 2, end):
                start += 2  # 愿|用好|尼雷尔领导力学院: "make good use of", which jieba leaves as two words
        joined = _joined_bodies(text[start:end])
        if joined:
            # 中央广播电视总台联合国家消防救援局: two bodies and the verb 联合 between them, not one body
            k = joined
            if not any(o.start < start + k and start < o.end for o in rule_orgs):
                out.append(OrgMention(start, start + k, text[start:start + k]))
            if not any(o.start < end and start + k + 2 < o.end for o in rule_orgs):
                out.append(OrgMention(start + k + 2, end, text[start + k + 2:end]))
            continue
        start, owner = _trim_leading_places(start, end, places)
        if owner is not None and owner.end == end:
            continue  # only places
        where = _where_word_end(text, ends, end)
        if where is not None and where > start:
            if where == end:
                continue  # a part of a place, no body
            start, owner = where, None  # 首尔市中心日本驻韩使馆: the body after where it stands
        name = text[start:end]
        if _counted(text, start, end, places):
            continue  # 三家物业公司, 白鹤滩水电站16台: a count of bodies or of machines, not a body
        era = next((e for e in _ERA_STEMS if name.startswith(e)), "")
        if era and (national_body(name[len(era):]) or name[len(era):] in national_short_forms()):
            start += len(era)  # 新时代少先队(工作): the Young Pioneers' work of this era; the body is the Pioneers
            name = text[start:end]
        if any(name.startswith(era) and _SUFFIX.fullmatch(name, len(era)) for era in _ERA_STEMS) \
                or (owner is None and (kind := _SUFFIX.search(name, 2)) is not None and kind.end() == len(name)
                    and _era_and_common_words(name[:kind.start()])):
            continue  # 新时代办公厅, 新时代文明实践站: the offices, the posts of this era
        if name.endswith("局") and _in_places_after(text, end):
            continue  # 东北局地大到暴雪: 局地, "in places"
        if _names_no_one_body(name) or _a_side_now(text, start, name):
            continue
        if len(name) < 2 or (owner is None and ((_KIND_ONLY.match(name) and not name.startswith(_LEVEL_WORDS))
                                                or name in _KIND_WORDS or _KINDS_ONLY.fullmatch(name.removeprefix("分"))
                                                or name in _STANDING_COMMITTEES
                                                or text[start - 1:start] == "其")):
            continue  # 村委会, 组织部: a kind of body without its owner is no entity
        if owner is None and _field_and_kind(name) and not _quoted(text, start, end):
            continue  # 召集城建局、财政局…, 一所高校机电学院: a department of some place, a school of some college
        if owner is not None and _SETS_UP.match(text, owner.end):
            continue  # 罗江区组建评估小组: a place setting up a body, read as one name
        if _CONGRESS.fullmatch(name) or (_PLENUM.fullmatch(name) and _PLENUM_AFTER.match(text, end)):
            continue  # 十八大: a congress, a time (党的十八大以来), not a body; 二中全会, 二中、三中全会: plenums
        if (m := _CONGRESS.match(name)) is not None and m.end() < len(name) and not _ENDS_AS_BODY.search(name):
            continue  # 中共二十大胜利(召开): a congress and what is said of it, read on by the model
        event = _EVENT_END.search(name)
        if event is not None:
            # 中国妇女十二大, 全国学联二十八大, 北京冬奥会: a body's congress or a games is an event, not a body;
            # the body whose congress it is (中国文联 of 中国文联十一大) is named before the ordinal
            if not event.group().endswith(_SESSION_ENDS) or len(name) - len(event.group()) < 2:
                continue
            end -= len(event.group())
            name = text[start:end]
            inner = _SESSION_INSIDE.search(name)
            if inner is not None:
                start += inner.end()  # 全国青联十四届全委会全国学联二十八大: two bodies' events; the second body
                name = text[start:end]
            if any(o.start < end and start < o.end for o in rule_orgs) \
                    or not (_ENDS_AS_BODY.search(name) or name[-1] in "党联协" or name in national_short_forms()):
                continue  # (中国妇女十二大: the congress of China's women, whose body the text does not name)
        if name in countries() or _TWO_SIDES.search(name):
            continue  # 立陶宛: a country, not a body; 中朝两党, 中越两国: two of them, not one
        if _STREET.match(text, end):
            continue  # 西城区北草厂胡同: a street
        if name[-2:] in FACILITY_WORDS or _STRETCH.search(name):
            continue  # 叶巴滩水电站, 凤凰颈泵站: a facility, not a body; 京哈高铁京沈段, 北京中轴线: a stretch of one
        if name.endswith("号"):
            continue  # 华龙一号, 江汉平安号: a design, a ship or a satellite named so, not a body
        if name.endswith(_CONCEPT_COMMUNITIES):
            continue  # 中越命运共同体, 中华民族共同体: an idea of a community, not a body (欧洲共同体 is one)
        if name.endswith(_MEETINGS):
            # 新时代学校思政课建设推进会, …工作座谈会: a meeting, which no one belongs to; 中央宣讲团动员会: the body
            # whose meeting it is, when its name ends as one
            if not ends_as_body(name[:-3]) or any(o.start < end - 3 and start < o.end for o in rule_orgs):
                continue
            end -= 3
            name = text[start:end]
        if _LAW_NAME.search(name):
            continue  # 黄河保护法草案, 民用航空法修订草案: a bill, not a body
        if "的" in name or (name.endswith("组织") and _places_only(name[:-2])) \
                or (name.endswith("党") and text.startswith("的", end) and name not in national_official_names()):
            continue  # 中华民族的先锋队: a phrase; 辽宁组织二十大代表: a place that organises; 中央党的建设… (but
            # 中国共产党的亲密朋友: a party the tables name is that party)
        suffix = _SUFFIX.search(name, len(name) - 6 if len(name) > 6 else 0)
        unit = _unit_of(start, end, name, suffix.group(), owner) if suffix and suffix.end() == len(name) else None
        if overlap and unit is None:
            # 中共中央党史和文献研究院: a body of a central one whose name opens it, which the rules read alone
            # (自治区公安厅新闻宣传处: an office of a body the rules completed from context, 内蒙古自治区公安厅)
            head = next((o for o in rule_orgs if o.start == start and o.end < end
                         and (national_body(o.name) or (o.alias and o.parent is None))), None)
            if head is None or len(overlap) != 1 or not body_end \
                    or any(head.end <= p.start < end for p in places):  # (国务院湖南长沙…公司: two bodies)
                continue  # a longer reading is kept only as a unit of the body the rules read inside it
            unit = OrgMention(start, end, name, parent=head) if not head.alias else \
                OrgMention(start, end, head.name + text[head.end:end], parent=head, alias=name)
        if unit is not None and unit.parent is not None and start < unit.parent.end < end \
                and beside_the_body_before(text[start:unit.parent.end], text[unit.parent.end:end]):
            # 国家计委国家统计局 (a byline), 中央纪委国家监委: two bodies side by side, the second no unit of the first
            cut = unit.parent.end
            if not any(o.start == start and o.end == cut for o in rule_orgs):
                out.append(OrgMention(start, cut, text[start:cut]))
            out.append(OrgMention(cut, end, text[cut:end]))
            continue
        out.append(unit or OrgMention(start, end, name, owner=owner))
    return out


_AND = frozenset("与和同")


def _after_a_country_and(text: str, start: int, end: int) -> int:
    """Where a model's body begins when its span opens with a country and "and" (中国与新开发银行(合作), 中国和世界银行):
    after them, the country is one party of a relation with the body, no part of its name."""
    for k in range(2, min(8, end - start - 3)):
        if text[start + k] in _AND and (text[start:start + k] in countries() or text[start:start + k] in HOME_COUNTRY):
            return start + k + 1
    return start


# what a party's name is read after, no word of its name (会见俄党, 愿同俄党)
_MEETING_WORDS = frozenset("会见 会谈 致电 致信 祝贺 访问 出访 同 与 和 及 向 对 在 的".split())
_NOT_OF_A_PARTYS_NAME = frozenset("p c u r d m q f".split())


def _party_named_with_a_country(text: str, start: int, end: int) -> int:
    """Where a party whose name holds its country's begins, when the model read only the country and 党 (统一|俄罗斯党,
    公正|俄罗斯党, 统|俄党: a country's party, named by the word before the country): the start of that word, a
    one- or two-character word that is no function word nor a verb of meeting; else `start` unchanged."""
    stem = text[start:end - 1]
    if not text.endswith("党", start, end) or not (stem in countries() or (len(stem) == 1 and stem in country_initials())):
        return start
    words = tokens_before(text, start, 3)
    word = words[-1] if words else ""
    if 1 <= len(word) <= 2 and all(_is_name_char(c) and not c.isascii() for c in word) and word not in _MEETING_WORDS \
            and word not in STOP_WORDS and word not in ORG_LEFT_STOPS and word_tag(word) not in _NOT_OF_A_PARTYS_NAME:
        return start - len(word)
    return start


# 中央政治局第十五次集体(学习): a body and the count of its sessions, which the model reads on into (a study session
# of the body, no part of its name)
_SESSION_COUNT = re.compile(rf"第[一二三四五六七八九十百零〇0-9０-９]+次[{CJK}]{{0,3}}$")


def _before_its_sessions_or_founding(text: str, start: int, end: int) -> int:
    """Where a model's body ends when its span runs on into a count of its sessions (…第十五次集体): before the count;
    or into its founding (宝塔消防救援站建队以来, …建站50年): before 建."""
    m = _SESSION_COUNT.search(text, start, end)
    if m is not None and m.start() - start >= 2 and _ENDS_AS_BODY.search(text, start, m.start()):
        return m.start()
    if end - start > 4 and _FOUNDING_END.search(text, start, end) and _SINCE.match(text, end) \
            and _ENDS_AS_BODY.search(text, start, end - 2):
        return end - 2
    return end


_FOUNDING_END = re.compile(r"建[队站院校厂所馆台社团]$")
_SINCE = re.compile(r"以来|至今|之初|初期|[0-9０-９一二三四五六七八九十百]+(?:周年|年|多年)")


_NATIONAL_OPENINGS = ("国家", "中国", "中央", "中华", "全国", "国务院")
# words the mention model reads into the opening of a body's name that open a clause instead: a preposition, a
# dateline (本报讯), an adverb (刚好) or a conjunction (无论调查委员会的形式如何); one-character ones only where jieba reads them as words of their own
_CLAUSE_OPENERS = frozenset("据 在 从 由 被 把 对 向 将 让 使 给 随 欠 经 本报讯 刚好 正好 恰好 无论 不论 尽管 虽然 如果 即使".split())


def _leading_clause_words(words: list[str]) -> int:
    """How many characters of the words opening a span are a clause's opening words (据, 本报讯, 充分调动)."""
    n = 0
    for w in words:
        if not (w in _CLAUSE_OPENERS or (len(w) >= 2 and (w in STOP_WORDS or w in ORG_LEFT_STOPS))
                or _adverb_and_verb(w)):
            break
        n += len(w)
    return n


def _joined_bodies(name: str) -> int:
    """Where 联合 ("together with") joins two bodies read as one name (工业和信息化部联合国家标准化管理委员会): a
    body's whole name before it and a national body's after it; 0 when it does not (中国人民解放军联合军乐团)."""
    k = name.find("联合", 2)
    if k < 0:
        return 0
    first, rest = name[:k], name[k + 2:]
    first_ends = _SUFFIX.search(first, max(0, len(first) - 6))
    if not (national_body(first) or first in national_short_forms() or (first_ends and first_ends.end() == len(first))):
        return 0
    # (中国中央广播电视总台联合意大利文化部: a country's body after it)
    foreign = any(rest.startswith(c) for c in country_initials().get(rest[:1], ())) and _ENDS_AS_BODY.search(rest)
    return k if len(rest) >= 4 and (national_body(rest) or rest.startswith(_NATIONAL_OPENINGS) or foreign) else 0


_ALLIANCE = "联盟"
_QUOTE_RUNS_ON = re.compile(rf"[{CJK}]{{1,3}}”")


def _inside_a_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether the kind at start:end is inside quotes that open a few characters before it and close a few after it,
    the name running on past the kind (“陕公大学堂”, “北京大学生”)."""
    opening = text.rfind("“", max(0, start - 12), start)
    return opening >= 0 and "”" not in text[opening:start] and _QUOTE_RUNS_ON.match(text, end) is not None


def _suffixes(text: str) -> Iterator[re.Match]:
    """The body endings in text, left to right; of two that overlap, the one that runs on further
    (华侨联合会: 联合会, not 侨联, which a plain scan takes first and so misses 联合会)."""
    for m in _SUFFIX.finditer(text):
        longer = (_SUFFIX.match(text, k) for k in range(m.start() + 1, m.end()))
        yield max((x for x in longer if x is not None and x.end() > m.end()), key=lambda x: x.end(), default=m)


# a campaign's leading group or its office is named after the campaign, whose title may hold a leader's name:
# 中央学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组办公室
_CAMPAIGN_BODY = re.compile(r"(?:中央层面|中央|[省市县区]委|全[省市县区])?(?:学习贯彻|深入贯彻|树立和践行)[^，。；：、“”《》\s]{2,40}?"
                            r"(?:主题教育|学习教育)(?:工作)?(?:领导小组|巡回指导组|指导组|专班)?$")


_TASK_FORCE = "工作专班"


def _campaign_start(text: str, suffix_start: int) -> int | None:
    """Where a campaign's leading group, its office or a guiding group begins, when the campaign's title
    comes right before its kind (the title may hold a leader's name, which a name's left edge stops at)."""
    window = max(0, suffix_start - 60)
    m = _CAMPAIGN_BODY.search(text[window:suffix_start])
    return window + m.start() if m is not None and m.group().endswith(("组", "教育")) else None


def _rule_orgs(text: str, places: list[PlaceMention], person_spans: list[tuple[int, int]]) -> list[OrgMention]:
    places_by_end = {p.end: p for p in places}
    persons = {e for _, e in person_spans}
    person_ranges = [(s, e) for s, e in person_spans]
    orgs: list[OrgMention] = []

    def inside_person(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in person_ranges)

    ends: list[tuple[int, int]] = []
    governed: dict[int, int] = {}  # where a government's name begins, by where its places end
    place_spans = [(p.start, p.end) for p in places]
    for m in _suffixes(text):
        if any(a < m.end() < b for a, b in place_spans):
            continue  # 托格拉克乡林场村: the ending opens a place's name (林场村), it ends no body
        if text[m.end():m.end() + 1] in _NOT_ORG_AFTER and m.group() in _SINGLE:
            continue
        if m.group() in _SINGLE and text[m.start() - 1:m.end()] in NOT_BODY_WORDS:
            continue  # 部署, 布局: a word that merely ends in a suffix
        if text.startswith("化", m.end()):
            continue  # 大力推广工厂化育秧, 集团化运营: the -ization of a kind of body, none named
        if m.group() == "站" and _ORDINAL_END.search(text, max(0, m.start() - 4), m.start()):
            continue  # 总书记考察的第一站, 我到西宁第一站: a stop of a journey, no station
        if m.group() == "中心" and _NOT_CENTRE_AFTER.match(text, m.end()):
            continue  # 党和国家中心工作: the central task, not a centre
        if m.group() == "中心" and (m.start() in places_by_end or text[m.start() - 1:m.start()] == "市"
                                   and _SUFFIX.match(text, m.end()) is None):
            # (纽约市中心的４２街: a foreign city, which the gazetteer does not hold, and its centre)
            continue  # 上海市中心高档国际社区: the middle of the city, not a centre of it
        if splits_a_word(text, m.end()) and (m.group() in _SINGLE or text[m.end() - 1:m.end() + 1] in _KIND_THEN_WORD) \
                and not text.startswith(m.group()[-1] + "长", m.end()):
            # 新巴尔虎右旗所在地: the character begins a word (所在), it ends no body; 互助型养老服务站点: sites (but
            # 县教育局局长: the bureau and its head's title, however jieba cuts 局局长 in a short window)
            continue
        if m.group() == "局" and _in_places_after(text, m.end()):
            continue  # 东北局地大到暴雪: 局地 "in places" (weather), no 局
        if m.group() == "所" and text[m.end():m.end() + 1] in _AFTER_WHICH:
            continue  # 西吉县所处的西海固地区: 所 + a verb says "where it lies", it names no institute
        if _STREET.match(text, m.end()):
            continue  # 北草厂胡同, 中学路: the name of a street, not a body
        if text.startswith(_ALLIANCE, m.end()):
            continue  # 江苏实验室联盟, 中非医院联盟: the kind opens an alliance's name, the body is the alliance
        if _inside_a_quoted_name(text, m.start(), m.end()):
            continue  # “陕公大学堂”: the kind is inside a quoted name that runs on past it (a lecture series)
        if m.group() == "分会" and text.startswith("场", m.end()):
            continue  # 设分会场: the branch venues of a meeting, no branch society
        if m.group() == "银行" and text[m.end():m.end() + 1] in ("卡", "业"):
            continue  # 境外银行卡: a card, not a bank
        if _LAW.match(text, m.end()) and next(iter(tokens_after(text, m.end(), 3)), "") == "法":
            continue  # 《中华人民共和国公司法》, 公司法修订草案: a law named after the body's kind, not a body
        ends.append((m.start(), m.end()))
    for m in _BARE_GOVERNMENT.finditer(text):
        # 乡党委、乡政府, 县委县政府: the government of the place of that level the text is about (completed by
        # _make_org from the nearest place of that level, else left out)
        level_start = m.start() - 1
        before = text[level_start - 1:level_start]
        if level_start == 0 or not _is_name_char(before) or before in _LIST_CHARS \
                or text[level_start - 2:level_start] == text[level_start] + "委":
            ends.append((m.start(), m.end()))
            governed.setdefault(m.start(), level_start)
    for m in _LEVEL_BODY.finditer(text):
        # (自治区人民政府主席: an autonomous region's level word, read as the level character is)
        level_start = m.start() - (3 if text.endswith(tuple(_AUTONOMOUS_LEVELS), 0, m.start()) else 1)
        listed = level_start > 0 and text[level_start - 1] in _LIST_CHARS
        itself = text.startswith(_BODY_ITSELF_AFTER, m.end())
        if (level_start == 0 or not _is_name_char(text[level_start - 1]) or listed
                or (itself and text[level_start - 1] in _VISITED_AFTER)
                or (level_start == m.start() - 1 and _governed_from_before(text, level_start))) and not (listed and itself):
            # 乡人大主席尤如俊, 县政协主席: the congress (government, conference) of the place of that level
            # the text is about; _make_org completes its name from the nearest place of that level
            ends.append((m.start(), m.end()))
    for p in places:
        # 广汉市广兴镇政府, 贵阳市花溪区石板镇政府: the government of a division, named by it (政府 alone, 地方政府,
        # 各级政府, is no body)
        m = _GOVERNMENT.match(text, p.end)
        if m is not None and p.level in _GOVERNED and text.endswith(_GOVERNED[p.level], p.start, p.end):
            ends.append((m.start(), m.end()))
            governed[p.end] = _first_of_chain(p, places_by_end)
    for m in _COMMITTEE.finditer(text):
        if m.start() in places_by_end:
            ends.append((m.start(), m.end()))
        elif m.start() - 1 == 0 or not _is_name_char(text[m.start() - 2]) or text[m.start() - 2] in _LIST_CHARS \
                or _governed_from_before(text, m.start() - 1):
            # 省委书记赵一德, 和省委: a bare committee of the province (city, county) the text is about;
            # _make_org completes its name from the nearest place of that level
            ends.append((m.start(), m.end()))
    ends.sort()

    # merge adjacent suffix hits into the longest body they spell (党委 + 组织部)
    for suffix_start, end in ends:
        if orgs and orgs[-1].start < end <= orgs[-1].end:
            continue
        if inside_person(suffix_start, end):
            continue
        suffix = text[suffix_start:end]
        quoted = _QUOTED_STEM.search(text, max(0, suffix_start - 22), suffix_start)
        if quoted is None and text[suffix_start - 1:suffix_start] == "”":
            continue  # “为居民服务是我们最高目标。”中心…: a quotation, not a name
        if quoted:
            # “李强劳模工作室”, 大兴区“接诉即办”调度指挥中心: a quoted name, with the place before it and
            # a few words after it, names the body
            inner, rest = quoted.group("inner"), quoted.group("rest")
            if rest and (suffix in _SINGLE or rest in STOP_WORDS or not _common_words_only(rest)) \
                    or _TITLE_AFTER.match(text, end) or text.startswith(PROGRAMME_SUFFIXES, end) or suffix == "高中":
                # “五个三”党群服务中心建设, “五星”支部建设, …中心联盟: a standard, a campaign or a network;
                # “全球南方”国家站在: a verb; “组团式”受援高中: a kind of school
                continue
            owner = places_by_end.get(quoted.start())
            start = owner.start if owner is not None else quoted.start()
            prefix = (owner.name or owner.surface) if owner is not None else ""
            orgs.append(OrgMention(start, end, prefix + inner + rest + suffix, owner=owner,
                                   named_after=inner if rest else ""))
            continue
        before = next((o for o in reversed(orgs) if o.end == suffix_start
                       or (o.end == suffix_start - 1 and text[o.end] == "原" and suffix in _PARTY)), None)
        # (五华区自然资源局原党组书记: the former secretary of the bureau's own group; 原 is the post's)
        if before is not None and (suffix in _PARTY or (suffix in _OFFICES and before.name.endswith(_PARTY_OR_COMMITTEE))):
            # 龙岩市恒远汽车服务有限公司党支部: the branch of the body just named; 新疆维吾尔自治区党委办公厅: an
            # office of the committee just named
            orgs.append(OrgMention(before.start, end, before.name + suffix, owner=before.owner, parent=before))
            continue
        start = _quoted_start(text, suffix_start, end, persons)
        if start is None:
            start = _campaign_start(text, suffix_start)
            if start is not None and suffix == _TASK_FORCE:
                # (中央层面…学习教育工作专班: the campaign's title names the body, common words though they are)
                orgs.append(OrgMention(start, end, text[start:end]))
                continue
        if start is None and suffix_start in governed and _GOVERNMENT.fullmatch(suffix):
            start = governed[suffix_start]  # (京郊门头沟区潭柘寺镇政府: the places, no word before them)
        if start is None:
            start = _left_edge(text, suffix_start, places_by_end, persons, suffix)
        opening = _not_of_the_name(text, start)
        if opening and suffix_start - start - len(opening) >= 2:
            start += len(opening)  # 新一届中国残联主席团: the new term's, no part of the name
        if text[suffix_start - 2:suffix_start - 1] in ("该", "本") and text[suffix_start - 1:suffix_start] in _LEVEL_OF_KIND:
            start = suffix_start - 2  # 该县组织部: jieba reads 该县 as a pronoun, but it names the body's place
        clause = _clause_start(text, suffix_start)
        if start == suffix_start and 0 < suffix_start - clause <= 6 and suffix in _PARTY \
                and _verbs_only(text[clause:suffix_start]):
            start = clause  # 。生产运行党支部: a short clause-initial name of verbs is still the name
        inside = next((p for p in places if p.start < start < p.end), None)
        if inside is not None:
            start = inside.start  # the edge fell inside a place name (东三户村: 三户 reads as a numeral)
        elif start < suffix_start - 1 and text[start - 1:start + 1] in _WORD_ACROSS_EDGE:
            start += 1  # 更多传统医学中心, 在用数据中心: the edge fell inside a word (更多, 在用), whose rest is no name
        start = _with_enterprise_brand(text, start, suffix_start, places)
        start, owner = _trim_leading_places(start, end, places)
        stem = text[start:suffix_start]
        if owner is None and _COUNTED_BEFORE.search(text, max(0, start - 8), start):
            continue  # 召集了120个村支部书记, 一个村党支部: bodies of a kind counted, none named
        if _counted(text, start, suffix_start, places) or text[start] == "级":
            continue  # 三大中心, 三座污水处理厂: bodies counted, not one named; 6级…服务中心: one per level
        if _LEVEL_CLASS.search(text, owner.end if owner is not None else start, suffix_start) \
                or (owner is not None and text.startswith("级", owner.end)):
            continue  # 县级医院, 湖北县级养老服务指导中心, 省级党校: every body of that level, not one
        if owner is not None and _WHOLE_OF.match(text, owner.end, suffix_start):
            continue  # 上海全市社区卫生服务中心: every such body of the whole city, not one
        if _names_no_one_body(text[start:suffix_start]):
            continue
        if suffix == "高中" and (owner is None or owner.end == suffix_start or _SCHOOL_CLASS.search(stem)):
            continue  # 县域普通高中, 提高中…: a school of a kind, or words; 牟定县职业高中: one school of a place
        modifier = _MODIFIER.search(stem)
        if modifier and suffix in _PARTY and start + modifier.start() in places_by_end:
            # 白鹤街道新任党工委: the body is the place's 党工委; 新任 belongs to the post
            place = places_by_end[start + modifier.start()]
            orgs.append(OrgMention(start, end, (place.name or place.surface) + suffix, owner=place))
            continue
        if stem in _ERA_STEMS or (owner is None and _era_and_common_words(stem)):
            continue  # 新时代党校, 新时代办公厅, 新时代文明实践中心: the bodies of a kind in this era, not one of them
        if stem in _GENERIC_STEMS and suffix not in _PARTY and not (stem in ("镇", "乡") and suffix in _TOWN_BODIES):
            continue  # (镇纪委副书记, 镇派出所所长, 乡人大主席: the town's own, completed from the town named before)
        if owner is None and suffix_start in places_by_end and places_by_end[suffix_start].start >= start:
            owner = places_by_end[suffix_start]
        if _quoted(text, start, end) and (_TITLE_AFTER.match(text, end + 1) or _HONOUR_AFTER.match(text, end + 1)):
            continue  # “最强党支部”建设: the quoted name is a campaign or a title, not a body
        if _quoted(text, start, end) and any(w in stem for w in HONOUR_WORDS):
            continue  # “区级示范党支部”: an honour the body was given
        if suffix == "站" and owner is not None and not _names_a_service(stem):
            continue  # 成都东站, 北京丰台站: a place and a direction or a stop's name before 站 is a station, no body
        made = _make_org(text, start, suffix_start, end, stem, suffix, owner, places, orgs)
        if made is not None and made.name:
            orgs.append(made)

    orgs.extend(_extra_orgs(text, orgs))
    return orgs


# a division (处, 科, 股) named right after its body, with its head's title after it: …办公厅机要交通处原副处长
_SUB_UNIT_AFTER = re.compile(rf"([{CJK}]{{2,6}}?(?P<kind>[处科股]))(?:原|新任|现任)?(?:副|常务副)?(?P=kind)长")




# a site of a company named right after it: 中国一汽集团一汽科技产业园, 鞍钢集团沈阳高新产业园
_SITE_KINDS = "产业园|科技园|工业园|产业基地|制造基地|生产基地|基地"
_COMPANY_SITE = re.compile(rf"([{CJK}]{{2,8}}?(?:{_SITE_KINDS}))(?=[，。、；,;\s]|$)")
_COMPANY_SITE_NAME = re.compile(rf"^(?P<company>.{{2,}}?(?:集团|公司))[{CJK}]{{2,8}}?(?:{_SITE_KINDS})$")


def _sub_unit(text: str, o: OrgMention) -> OrgMention:
    """The division of `o` that the text names right after it, as a unit of `o`, or `o` itself; a site
    read whole with its company's name before it is a unit of that company."""
    whole = _COMPANY_SITE_NAME.match(o.name) if o.parent is None and not o.generic else None
    if whole is not None and o.end - o.start == len(o.name):
        company = whole.group("company")
        o.parent = OrgMention(o.start, o.start + len(company), company, owner=o.owner)
        return o
    m = _SUB_UNIT_AFTER.match(text, o.end)
    if m is None and o.name.endswith(("集团", "公司")) and not o.generic:
        m = _COMPANY_SITE.match(text, o.end)
    if m is None or o.generic or any(w in STOP_WORDS or w in ORG_LEFT_STOPS
                                     for w in tokens_before(m.group(1), len(m.group(1)) - 1, 8)):
        return o
    return OrgMention(o.start, m.end(1), o.name + m.group(1), parent=o)  # it sits where its body does


_PREPOSITIONS_BEFORE_A_PLACE = frozenset("在由从到与和同跟向对于")


_PARTY_BODY_AFTER = re.compile(rf"原?(?:{'|'.join(sorted(PARTY_BODIES, key=len, reverse=True))})")


def _party_bodies_of_the_body_before(text: str, orgs: list[OrgMention]) -> None:
    """文化和|旅游部原党组: a Party body the rules read from inside the name of a body read whole (their edge stops at
    和) is that whole body's Party body.  贵州茅台酒股份有限公司|第一党支部: a branch named by its number or a kind any body
    has (机关党委, 离退休党支部), written right after its body, is named with it, as the owner of a branch named by its
    kind alone becomes part of its name."""
    for o in orgs:
        if o.owner is None and o.parent is not None and o.parent.end == o.start and _ANY_BODYS_BRANCH.fullmatch(o.name) \
                and text.startswith(o.name, o.start):
            o.start, o.name = o.parent.start, text[o.parent.start:o.end]
            continue
        if o.owner is not None or o.parent is not None or not o.name.endswith(PARTY_BODIES):
            continue
        host = next((b for b in orgs if b.start < o.start < b.end < o.end and b.owner is None and b.parent is None
                     and _PARTY_BODY_AFTER.fullmatch(text, b.end, o.end)), None)
        if host is not None:
            o.start, o.name = host.start, host.name + text[host.end:o.end]


# "the relevant", "the ones under": bodies of a kind that another body has, none named (全国人大有关专门委员会, 国际足联
# 相关委员会, 北京部委所属医院)
_RELEVANT_ONES = re.compile(r"(?<=.{2})(?:有关|相关|所属)")


def _owner_of_relevant_bodies(o: OrgMention) -> OrgMention | None:
    """全国人大有关专门委员会 ("the NPC's special committees concerned"): the bodies of a kind that the text's subject
    concerns, a set of them and no named body; the body named before the word is (全国人大), when its name is one."""
    m = _RELEVANT_ONES.search(o.name)
    if m is None:
        return o
    owner = o.name[:m.start()]
    # (北京部委所属医院: 部委, "ministries and commissions", is bodies of two kinds, no one body; 军队有关单位: the
    # armed forces, no body of a name)
    if len(owner) < 3 or owner.endswith("部委") \
            or not (ends_as_body(owner) or national_body(owner) or owner in national_short_forms()):
        return None
    return OrgMention(o.start, o.start + len(owner), owner)


# unions of states the press writes beside a country when it speaks of the two (中国欧盟建交50周年, 中国东盟自贸区)
_UNIONS_OF_STATES = ("欧盟", "东盟", "非盟", "阿盟", "北约")


def _a_country_and_a_union(name: str) -> bool:
    """中国欧盟 (of 中国欧盟建交): a country and a union of states, two parties, no one body."""
    union = next((u for u in _UNIONS_OF_STATES if name.endswith(u)), "")
    return bool(union) and (name[:-len(union)] in countries() or name[:-len(union)] in HOME_COUNTRY)


def _of_a_side(name: str) -> bool:
    """俄方代表团, 乌方无人机工厂, 美方谈判团队 (俄方: "the Russian side" of talks or a war): a side's team or site, no
    named body (not 东方航空 or 南方电网: a direction's 方 opens their names)."""
    return len(name) > 2 and name[1] == "方" and name[0] not in "东西南北" \
        and (name[0] in country_initials() or name[0] == "中")


# words before a body's name that say when or whose it is (新时代人民政协, 新时代党解决台湾问题的总体方略: "the new era's";
# 前母公司硅谷银行金融集团: "the former parent company"; 其军事委员会: "its"; 有关大英博物馆: "about")
_OPENING_WORDS = ("新时代新征程", "新时代", "新征程", "前母公司", "母公司", "子公司", "其", "有关", "部分")
# "some of": what follows is bodies of a kind (部分省市县纪委, 部分咨询委员会), no one of them
_SOME_OF = "部分"
# what the press calls a company before its name (美国零售巨头|沃尔玛公司, 当地电气龙头企业|德力西集团)
_DESCRIBED_AS = re.compile(r"^.{0,8}?(?:巨头|龙头企业)(?=[\u4e00-\u9fff]{2})")
# a body ranked among its kind (德国最大商业银行, 伦敦著名景点, 国际第一流大航空公司): a description, which a name may follow
# (…|德意志银行, …|大英博物馆)
_RANKED = re.compile(r"最大|著名|知名|第一流|一流")
_RANKED_AS = re.compile(rf"^.{{0,8}}?(?:{_RANKED.pattern})[\u4e00-\u9fff]{{0,6}}?"
                        rf"(?:{_SUFFIX_ALT}|制造商|运营商|供应商|开发商|零售商|服务商|景点)(?=[\u4e00-\u9fff]{{2}})")


def _described_before(name: str) -> str:
    """The words that describe a company before its name (德国化工巨头, 美国军火巨头, 美国最大廉价航空公司), or ""."""
    m = _DESCRIBED_AS.match(name) or _RANKED_AS.match(name)
    return m.group() if m else ""


def _without_opening_words(text: str, o: OrgMention) -> OrgMention | None:
    """The body without the words before its name that `_OPENING_WORDS` lists; None when what is left is only a kind
    of body (新时代党, 新时代新征程工会, 其军事委员会) or some bodies of a kind (部分省市县纪委)."""
    described = _described_before(o.name)
    if described and not text.startswith(o.name, o.start):
        # (该公司 after 美国零售巨头沃尔玛公司: the body named before, as its name is read)
        return dataclasses.replace(o, name=o.name[len(described):])
    if described and o.parent is not None and o.parent.name == described and text.startswith(o.name, o.start):
        # (德国最大商业银行德意志银行: read as a bank of the description's, which is none)
        return dataclasses.replace(o, start=o.start + len(described), name=o.name[len(described):], parent=None)
    opening = next((w for w in _OPENING_WORDS if o.name.startswith(w)), "") or described
    if not described and _RANKED.search(o.name):
        return None  # 世界一流法学院, 当地最大医院: a body described by its rank, not named
    if not opening or o.owner is not None or o.parent is not None or not text.startswith(o.name, o.start) \
            or o.name.startswith("新时代文明实践"):  # (the centres, stations and posts of that name: 新时代 is theirs)
        return o
    rest = o.name[len(opening):]
    if opening == _SOME_OF or len(rest) < 2 or rest in _KIND_WORDS or _KINDS_ONLY.fullmatch(rest) or rest == "政协" \
            or bare_committee(dataclasses.replace(o, name=rest)):
        return None
    return dataclasses.replace(o, start=o.start + len(opening), name=rest)


# a verb of sending or holding read into a body's name from a headline or a clause (国家防总派出工作组, 芝加哥派国民警卫队,
# 沙特派遣高级商务代表团, …协会今天下午在京举行…联谊会): no body is named so (not 派出所, a police station, nor 特派团)
_VERB_IN_NAME = re.compile(r"增派|派遣|派出(?!所)|(?<![特党教学宗])派(?=工作组|国民警卫队|医疗队|专家组|军队)|突袭|举行|召开")


def _before_a_verb_read_into_it(text: str, o: OrgMention) -> OrgMention | None:
    """The body named before such a verb (国家防汛抗旱总指挥部 of 国家防总派出工作组), or None where none is."""
    written = text[o.start:o.end]
    m = _VERB_IN_NAME.search(written)
    if m is None:
        return o
    if o.parent is not None and o.parent.end <= o.start + m.start():
        return o.parent  # (…协会今天下午在京举行…联谊会, read as a part of 协会: the association)
    if o.owner is not None or o.parent is not None:
        return None
    head, short = written[:m.start()], national_short_forms()
    k = next((k for k in range(len(head), 1, -1) if ends_as_body(head[:k]) and k > 2 or head[:k] in short), 0)
    return dataclasses.replace(o, end=o.start + k, name=short.get(head[:k], head[:k])) if k else None


# 浦口中心商圈, 上海中心城区: the centre of a town, its business district or its core, no centre that is a body
_PART_OF_A_TOWN = re.compile(r"商圈|城区|区域|地带|街区|地段|商业区|城市")
# 所长、代理党委书记: "acting" is the post's, no body's name
_ACTING_FOR_A_BODY = re.compile(rf"代理(?:{'|'.join(PARTY_BODIES)})")
# a Party branch of a kind any body has: by its number, its members' standing or the offices it gathers
_ANY_BODYS_BRANCH = re.compile(rf"(?:第[一二三四五六七八九十\d]+|机关|离退休|退休|在职|综合|直属|联合)(?:{'|'.join(PARTY_BODIES)})")


def _suo_of_no_institute(text: str, o: OrgMention) -> bool:
    """江苏所确定的实事, 中国船东所持有的船队 ("the matters Jiangsu decided on"), 海南多所高校 ("several universities of
    Hainan"): 所 of a relative clause (所 + verb + 的) or a measure word after a number (多所), no institute's 所."""
    if not o.name.endswith("所"):
        return False
    start = max(o.start, o.end - 6)
    words = _cut(text[start:o.end + 8])
    edges = word_edges(text[start:o.end + 8])
    if o.end - start not in edges:
        return False
    k = edges.index(o.end - start) - 1  # the word that ends the name
    if words[k] != "所":
        return words[k] in ("多所", "几所", "数所", "两所")
    after = words[k + 1:k + 3]
    # (在中科院地理所工作的她, 由中国科学院深海所领衔的: after a preposition, the institute's own clause)
    return len(after) == 2 and word_tag(after[0]) in ("v", "vn", "vd") and after[1] == "的" \
        and text[o.start - 1:o.start] not in _PREPOSITIONS_BEFORE_A_PLACE


def _unnamed_committees(orgs: list[OrgMention]) -> None:
    """A committee that only a unit's name implies (常德市委 in 常德市委两新工委, 山西省委 in 省委组织部
    completed from context) is no node of its own unless the text names it alone too: the unit
    stands by itself, named by its place."""
    named = {o.name for o in orgs}
    for o in orgs:
        p = o.parent
        if p is not None and p.implied and p.name.endswith("委") and p.name not in named and p.parent is None \
                and not o.name.endswith(PARTY_BODIES):
            o.parent = None
            o.owner = o.owner or p.owner


def _expand_short_names(orgs: list[OrgMention]) -> None:
    """兴安盟公安局刑侦支队 … 刑侦支队党支部: a body named again by the tail of a name given before is
    that body (and its branch is that body's branch), with the short form kept as an alias."""
    full: dict[str, OrgMention] = {}  # short tail -> the body first named in full
    for o in orgs:
        if o.owner is None and not o.generic:
            for short, body in full.items():
                if o.name.startswith(short) and body.end <= o.start and (o.parent is None or o.parent.name == short):
                    written = o.name
                    o.name = body.name + o.name[len(short):]
                    o.alias = o.alias or written
                    o.owner = body.owner
                    if o.parent is not None:
                        o.parent = body
                    break
        for cut in range(1, len(o.name) - 2):
            tail = o.name[cut:]
            # a tail that names a kind of body on its own (刑侦支队, not 支队 or 党支部)
            if _SUFFIX.search(tail) and not _SUFFIX.fullmatch(tail) and tail not in full:
                full.setdefault(tail, o)


# a company's legal form and the trade words before it that a short name leaves out (英国怡和控股有限公司 → 怡和公司,
# 安阳市凯信达商贸有限公司 → 凯信达公司)
_AREAS = ("Province", "City", "County")  # (the places a company's registered name may open with)
_REGISTERED_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")
_TRADE_WORDS = ("控股", "集团", "股份", "实业", "投资", "商贸", "贸易", "科技", "发展", "置业", "物流", "工贸", "国际")


def _core_of_company(name: str) -> str:
    """The words of a company's registered name that its short name keeps: without the country or place it opens
    with, its legal form and the trade words before it; "" when nothing of its own is left."""
    form = _REGISTERED_FORM.search(name)
    if form is None:
        return ""
    core = name[:form.start()]
    while core.endswith(_TRADE_WORDS):
        core = core[:-2]
    place = next((core[:k] for k in range(min(len(core) - 2, 8), 1, -1)
                  if core[:k] in countries() or divisions().names_a_division(core[:k], _AREAS)), "")
    core = core[len(place):]
    return core if 2 <= len(core) <= 4 else ""


def _named_again_short(orgs: list[OrgMention], short_name: Callable[[OrgMention], str]) -> None:
    """A body named again by the short name `short_name` gives another body of the report (its name as written, "" for
    none) is that body, where the report names one body with that short name: the short form its alias."""
    fulls: dict[str, set[str]] = {}
    for o in orgs:
        short = short_name(o)
        if short:
            fulls.setdefault(short, set()).add(o.name)
    for o in orgs:
        bodies = fulls.get(o.name, set())
        if len(bodies) == 1 and o.owner is None and o.parent is None and not o.generic:
            o.alias, o.name = o.alias or o.name, next(iter(bodies))


def _company_short_name(o: OrgMention) -> str:
    """英国怡和控股有限公司 … 怡和公司: a company's words of its own and 公司."""
    core = _core_of_company(o.name) if not o.generic else ""
    return core + "公司" if core else ""


# the kind a body's own short name leaves off (清华 of 清华大学, 南方电网 of 南方电网公司, 长岭 of 长岭集团)
_KINDS_LEFT_OFF = ("大学", "公司", "集团")


def name_without_its_kind(name: str) -> str:
    """The short name a body goes by without the kind it ends in (清华 of 清华大学); "" when what is left is no name of
    its own (中国科学院 of 中国科学院大学 is a body: the academy, whose university that is) or too short."""
    short = name[:-2] if name.endswith(_KINDS_LEFT_OFF) else ""
    return short if len(short) >= 2 and not ends_as_body(short) else ""


def _short_name_without_its_kind(o: OrgMention) -> str:
    """清华大学 … 由清华控股: a body's name without the kind it ends in (鞍钢 of 鞍钢集团; 宝马 beside both 宝马公司 and
    宝马集团 is neither), for a body named on its own."""
    return name_without_its_kind(o.name) if o.owner is None and o.parent is None and not o.generic else ""


def _abbreviated_again(orgs: list[OrgMention]) -> None:
    """中国新星石油公司 … 新星公司, 沙县农村产权交易中心 … 农交中心, 中直机关工委 … 中直工委: a body named again by an
    abbreviation, the characters of its own words taken in order from the name written before it and the same kind
    after them, is that body, where one body before it fits (its alias the abbreviation).  Not a name the dictionary
    knows well (北京大学 beside 北京师范大学: two universities), nor one whose own words are a place's or a country's (北京
    公司 beside 北京燕山石化公司; 中国救援队 beside 中国香港特区救援队: the nation's team), nor a national body (中共中央
    政治局 beside 中共临时中央政治局)."""
    named: list[OrgMention] = []
    for o in sorted(orgs, key=lambda o: o.start):
        if o.owner is None and o.parent is None and not o.generic and 4 <= len(o.name) <= 8 \
                and not national_body(o.name) and o.name not in national_short_forms() \
                and word_frequency(o.name) < _A_WELL_KNOWN_WORD:
            longer = {a.name for a in named if _written_short_for(o.name, a.name)}
            if len(longer) == 1:
                o.alias, o.name = o.alias or o.name, longer.pop()
                continue
        if not o.generic:
            named.append(o)


_A_WELL_KNOWN_WORD = 500  # (jieba's count of 北京大学: 2053; of 中直工委: 8)
_SCOPES = frozenset(("全国", "中央", "国家", "地方"))  # (全国委员会: which nation's committee, the text says elsewhere)


def _written_short_for(short: str, name: str) -> bool:
    """Whether `short` is `name` written short: the same kind word (2+ characters) ending both, and the words before
    it in `short` (2-4 characters, no place's or country's name) characters of `name`'s own words in order.  Looser
    than the resolver's test of an abbreviation (resolve.py: _abbreviates, which wants the first characters alike
    and two words cut short: 农交中心 of 沙县农村产权交易中心 and 中直工委 of 中直机关工委 are neither), so asked only of
    the bodies named before it in the same report, one of them fitting (_abbreviated_again)."""
    if len(short) >= len(name) or short in name:
        return False  # (中央顾问委员会 in 中共中央顾问委员会常务委员会: the body whose committee that is)
    k = 0
    while k < len(short) and short[-1 - k] == name[-1 - k]:
        k += 1
    stem, own = short[:len(short) - k], name[:len(name) - k]
    if k < 2 or not 2 <= len(stem) <= 4 or not ends_as_body(short) \
            or stem in countries() or stem in HOME_COUNTRY or stem in _SCOPES or divisions().lookup(stem):
        return False
    return in_order(stem, own)


_UNITED_NATIONS = "联合国"


def _foreign_bodies_named_again(orgs: list[OrgMention]) -> None:
    """美国中央司令部8日称，美军F-22战机已于当天抵达中央司令部相关辖区: a body of another state named again without its
    country is that body, where the document names one country's body of that name (not a name China's own
    bodies go by: 国防部 alone may be China's, whatever ministry of another state the report named before)."""
    foreign: dict[str, set[str]] = {}
    for o in orgs:
        country = next((o.name[:k] for k in range(2, min(len(o.name) - 1, 8))
                        if o.name[:k] in countries() or o.name[:k] in HOME_COUNTRY), "")  # (中国共产党 and 古巴共产党: two)
        if country and o.owner is None and not o.generic:
            foreign.setdefault(o.name[len(country):], set()).add(o.name)
    for o in orgs:
        bodies = foreign.get(o.name, set())
        if len(bodies) != 1 or o.owner is not None or o.generic or o.parent is not None or len(o.name) < 3 \
                or o.name in national_official_names() or o.name in national_short_forms() \
                or _MINISTRIES.fullmatch(o.name) or o.name in THE_PARTY or o.name.startswith(_UNITED_NATIONS):
            # (联合国 is the UN, whatever junk 驻乌干达联合国系统 read before it)
            continue
        o.alias, o.name = o.alias or o.name, next(iter(bodies))


# kinds of body a short name keeps after the initials of the full name's words (统俄党 of 统一俄罗斯党, 国铁集团
# of 国家铁路集团, 瑞信银行 of 瑞士信贷银行)
_INITIALLED_KINDS = ("党", "集团", "公司", "银行")


def _initialisms(orgs: list[OrgMention]) -> None:
    """统一俄罗斯党 … 统俄党: a body named again by the first characters of its name's words and the same kind
    is that body, the short name an alias (only where the document names it in full: the initials alone name
    nothing the rules could check)."""
    full = [o for o in orgs if o.owner is None and not o.generic and o.parent is None]
    for o in orgs:
        if o.owner is not None or o.generic or o.alias:
            continue
        kind = next((k for k in _INITIALLED_KINDS if o.name.endswith(k)), "")
        initials = o.name[:len(o.name) - len(kind)]
        if not kind or not 2 <= len(initials) <= 3:
            continue
        body = next((b for b in full if b.name != o.name and b.name.endswith(kind)
                     and "".join(w[0] for w in _cut(b.name[:len(b.name) - len(kind)])) == initials), None)
        if body is not None:
            o.alias, o.name = o.name, body.name


_FOUND_VERB = r"(?:还|也|先后|专门|牵头|率先)?(?:成立|组建|设立|建立|创建|创办|挂牌成立)[了的]?(?:一个|一支)?“?$"
_FOUNDED = re.compile("^" + _FOUND_VERB)
# 2018年，公司成立“李强劳模工作室”: the founder named by its kind only, the company the text is about
_FOUNDED_BY_KIND = re.compile(r"(?<![\u4e00-\u9fff])(?P<kind>公司|集团|医院|学校|协会|企业|单位)" + _FOUND_VERB)


_AFFILIATED = re.compile(r"(?:隶属|归属|从属)于?")
_OF_WHAT_FOLLOWS = re.compile(r"[^，。；！？,;\n]{0,8}?的")
_THIS_BODY = re.compile(rf"该(?P<kind>[{CJK}]{{0,4}}(?:{_SUFFIX_ALT}))")


def affiliations(text: str, orgs: list[OrgMention]) -> list[tuple[OrgMention, OrgMention, int, int]]:
    """该联合党委…,隶属县委两新工委: the body a sentence is about is part of the body after 隶属, as
    (body, parent, start, end of the statement).  The body is the one the sentence opens with, or the
    one named last before it that 该<kind> stands for."""
    found = []
    for m in _AFFILIATED.finditer(text):
        parent = max((o for o in orgs if o.start == m.end()), key=lambda o: o.end, default=None)
        if parent is None or _OF_WHAT_FOLLOWS.match(text, parent.end):
            continue  # 轰炸了…隶属于黎巴嫩真主党武装的目标: what belongs to it is named after it, not the sentence's subject
        sentence = max(text.rfind(c, 0, m.start()) for c in "。！？；\n") + 1
        this = _THIS_BODY.match(text, sentence, m.start())
        if this is not None:
            child = next((o for o in reversed(orgs) if o.end <= sentence and o.name.endswith(this.group("kind"))
                          and not o.generic and o.name != this.group("kind")), None)
            start = this.start()
        else:
            child = next((o for o in orgs if o.start == sentence), None)
            start = sentence
        if child is not None and child.name != parent.name:
            found.append((child, parent, start, parent.end))
    return found


_SET_UP = re.compile(r"(?:成立|组建|建立)了?$")
_SETS_UP = re.compile(r"(?:成立|组建|建立|设立|创建|牵头)")
_BRANCHES = ("党支部", "党小组", "支部", "临时党支部", "联合党支部")
_COMMITTEES = ("党委", "党工委", "党总支", "党总支部")


# 哈马斯下属武装派别卡桑旅, 美国国土安全部下属…局: what stands between a body and the unit it has (an alias in brackets
# after the body, 巴勒斯坦伊斯兰抵抗运动（哈马斯）下属…)
_UNDER = re.compile(r"(?:[（(][^（）()\n]{1,12}[）)])?(?:下属|旗下)的?(?:武装派别|武装组织|机构|部门|单位)?")
# an armed group's brigade named after it and read by no rule (卡桑旅, 圣城旅)
_BRIGADE = re.compile(rf"[{CJK}]{{1,5}}?旅")


def _units_under(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """哈马斯下属武装派别卡桑旅, 巴勒斯坦伊斯兰圣战组织下属武装派别圣城旅: the body named after 下属 or 旗下 is part of the
    body before it; a brigade named there, which no rule reads, is a body too."""
    added = []
    for host in list(orgs):
        under = _UNDER.match(text, host.end)
        if host.generic or under is None:
            continue
        unit = next((o for o in orgs if o.start == under.end() and not o.generic), None)
        if unit is None:
            brigade = _BRIGADE.match(text, under.end())
            if brigade is None or splits_a_word(text, brigade.end()) or splits_a_word(text, brigade.start()):
                continue
            unit = OrgMention(brigade.start(), brigade.end(), brigade.group())
            added.append(unit)
        if unit.parent is None and unit.owner is None and unit.name != host.name:
            unit.parent = host
    return sorted(orgs + added, key=lambda o: o.start) if added else orgs


def _founded_by(text: str, orgs: list[OrgMention]) -> None:
    """哈尔滨公共交通集团公司成立了“李强劳模工作室”: a body that another one set up is part of it."""
    for i, after in enumerate(orgs):
        if after.parent is not None or after.owner is not None or after.generic:
            continue
        before = orgs[i - 1] if i else None
        if before is not None and _FOUNDED.match(text[before.end:after.start]):
            after.parent = before
            continue
        m = _FOUNDED_BY_KIND.search(text, max(0, after.start - 14), after.start)
        if m:
            founder = next((o for o in reversed(orgs[:i]) if o.name.endswith(m.group("kind")) and o.end <= m.start()
                            and not o.generic), None)
            if founder is not None:
                after.parent = founder
                continue
        if after.name.endswith(_BRANCHES) and _SET_UP.search(text, max(0, after.start - 4), after.start):
            # 社区党委构建起…体系,以物业公司为主体成立了连心桥党支部: a branch that the Party committee
            # which is the subject of the sentence set up is part of it
            sentence = max(text.rfind(c, 0, after.start) for c in "。！？；\n") + 1
            founder = next((o for o in orgs[:i] if sentence <= o.start and o.name.endswith(_COMMITTEES)
                            and (o.owner is not None or not o.generic)), None)
            if founder is not None:
                after.parent = founder


# words that open with a level character and mean something else (市场监管总局 is the market regulator of the
# state, not a 场监管总局 of the city the text names; 市民服务中心, 县城, 区域): no level prefix to complete
_LEVEL_WORDS = ("市场", "市民", "市区", "市中心", "市井", "县城", "县域", "区域", "省份", "州府")


# autonomous divisions, whose bodies their texts name by the level alone (自治区党委, 自治州人民政府)
_AUTONOMOUS_LEVELS = {"自治区": ("Province",), "自治州": ("City",), "自治县": ("County",)}


def _of_the_autonomous_division(text, start, end, stem, suffix, owner, places) -> OrgMention | None:
    """自治区人民政府主席王莉霞 after 内蒙古自治区党委书记孙绍骋: a body named by an autonomous division's level
    alone is the body of the one the text names last before it (内蒙古自治区人民政府), as 州妇联 is of its 州."""
    level = next((w for w in _AUTONOMOUS_LEVELS if stem.startswith(w)), None)
    if level is None or owner is not None or len(stem) > 10:
        return None
    place = _context_place(places, start, _AUTONOMOUS_LEVELS[level])
    if place is None or not place.name.endswith(level):
        return None
    name = text[start:end]
    full = place.name[:-len(level)] + name
    unit = _unit_of(start, end, full, suffix, place)
    if unit is not None and unit.name == full:
        # 自治区党委组织部: a unit of the region's committee
        unit.parent.end -= len(full) - len(name)
        unit.alias = name
        return unit
    return OrgMention(start, end, full, owner=place, alias=name)


def _opens_with_a_level_word(stem: str) -> bool:
    """省际妇联, 乡村学校, 区间编组站: the level character opens a word of its own (省际 "inter-provincial", 乡村
    "rural", 区间 "section"), it names no place (not 县委组织部: the county committee's)."""
    first = _cut(stem)[0] if len(stem) >= 2 else stem
    return len(first) >= 2 and first[1] not in "委直" and not _SUFFIX.match(first, 1)  # (省直机关工委: the province's)


# 各省区市党委, 各地市工会, 各村党支部, 各级人民政府: "each" place's (of that level) body, a class of bodies, no one of them
_EACH_BEFORE = re.compile(r"各(?:[省区市县州旗盟镇乡村地级]|社区|街道)*$")


def _each_of_a_kind(text: str, start: int, stem: str) -> bool:
    """Whether the body whose name begins at `start` is named after 各 ("each"), before its level or in its stem."""
    return stem.startswith("各") or _EACH_BEFORE.search(text, max(0, start - 8), start) is not None


# a community's or a village's Party and people's service centre named by the kind of place alone
_SERVICE_CENTRE_OF = re.compile(r"(?P<kind>社区|村|嘎查|小区)(?P<what>党群|党员群众)")
_SERVICE_KINDS = ("服务中心", "服务站")


def _level_then_field(stem: str) -> bool:
    """市民政局, 县城建局: a level character and a field of work (民政, 城建), which the dictionary reads as a word of
    the level character (市民, 县城) and a lone character after it; not 市民服务中心 or 市场监管局 (市民, 市场)."""
    first, rest = _cut(stem)[0], _cut(stem[1:])
    return len(rest[0]) >= max(2, len(first)) and word_tag(rest[0]) not in ("", "nr", "nrfg", "nrt")


def _make_org(text, start, suffix_start, end, stem, suffix, owner, places, orgs) -> OrgMention | None:
    name = text[start:end]
    if owner is None and _each_of_a_kind(text, start, stem):
        return None  # 各地市工会主席: the union of every prefecture, not of the city named before
    if suffix == "中心" and stem in _LEVEL_CHARS:
        return None  # 在市中心搭乘 after 广州市 was named: the centre of a town, not a body of it
    completed = _of_the_autonomous_division(text, start, end, stem, suffix, owner, places)
    if completed is not None:
        return completed
    # a body whose stem is a level character only (州妇联, 市委党校): complete it from context
    if stem and stem[0] in _LEVEL_CHARS and owner is None and (start == 0 or text[start - 1] not in "省市县区州") \
            and stem[1:2] not in _LEVEL_CHARS \
            and (not (_opens_with_a_level_word(stem) or stem.startswith(_LEVEL_WORDS)) or _level_then_field(stem)):
        # (市县党委 are the committees of every city and county)
        if len(stem) <= 10 and not any(p.start == start for p in places):
            # (天津市河西区…市委、市政府: the 市 named last before, not the 区 after it)
            of_level = _places_of_level(places, stem[0])
            place = _context_place(of_level, start, _LEVEL_CHARS[stem[0]])
            if stem[0] == "市":
                # 重庆市人大常委会原副主任、市总工会原主席: a municipality is the 市 of its own bodies too
                city = _context_place([p for p in of_level if p.level != "Province" or (p.name or "").endswith("市")],
                                      start, ("City", "County", "Province"))
                place = city if place is None else place
            if place is not None and (place.surface.endswith(stem[0]) or place.name.endswith(stem[0])):
                short = _short_place_name(place)
                # (邱县 … 县委: 邱县县委, a one-character name keeps its level, as the press writes it)
                full = (short[:-1] if len(short) > 2 else short) + name
                unit = _unit_of(start, end, full, suffix, place)
                if unit is not None and unit.name == full:
                    # 县委两新工委, 县委组织部: a unit of the committee of that place
                    added = len(full) - len(name)
                    parent = unit.parent
                    parent.end -= added
                    unit.alias = name
                    return unit
                return OrgMention(start, end, full, owner=place, alias=name)
            if stem == stem[0] and suffix in ("委",):
                return None
            if place is None and (len(stem) == 1 or _common_words_only(stem[1:])):
                return None  # 帮扶县人民医院, 县人民医院 where the text names no county: every such body, not one
    service = _SERVICE_CENTRE_OF.fullmatch(stem) if suffix in _SERVICE_KINDS and owner is None else None
    if service is not None:
        # 来到社区党群服务中心 after 长城花园社区 was named: that community's centre (长城花园社区党群服务中心)
        found = _generic(text, start, end, service.group("what") + suffix, places, orgs, kind=service.group("kind"))
        if found is not None:
            found.alias = name
        return found
    if suffix in _KIND_OF_COMMITTEE and stem in ("", "当地", "该", "本"):
        # 村委会主任王志强, 当地村委会 after 石门村 was named: the committee of that village
        return _generic(text, start, end, suffix, places, orgs, kind=_KIND_OF_COMMITTEE[suffix])
    if not stem:
        found = _generic(text, start, end, suffix, places, orgs)
        if found is not None and found.refers_back and suffix not in _PARTY and _after_a_word_of_its_name(text, start) \
                and not found.name[:-len(suffix)].endswith(text[max(0, start - 2):start]):
            # 湖南省少儿图书馆 after 湖南省图书馆: a longer name the rules do not read, no bare 图书馆 (the model's); not the
            # last body's own words before its kind (社区事务受理服务中心 after 某镇社区事务受理服务中心: that body); a Party
            # branch's kind is completed from the place before it (东圣社区积极探索党支部引领)
            return None
        if found is not None and found.refers_back and suffix in _REGISTERED_FORMS \
                and _CJK_NAME_CHAR.match(text, start - 1) and not _POINTING_BACK.search(text, max(0, start - 3), start) \
                and not any(o.end == start for o in orgs):
            # 天津宏信建发租赁|有限公司 after 奥的斯电梯（中国）有限公司: a legal form ends a name the rules do not read (the
            # model's), whatever word stands before it (租赁, a verb); only 该/这家/本 point back (and a body just read
            # goes on into it: 中国铁路兰州局|集团有限公司)
            return None
        return found
    if stem in STOP_WORDS or (len(stem) == 1 and owner is None and stem not in _LEVEL_CHARS
                              and not (suffix in _PARTY and stem in _LEVEL_OF_KIND)):
        return None  # 年大学 (2008年大学毕业): one character is no name (村党支部 is the village's, below)
    if suffix in _SINGLE and owner is None and not (_numbered_unit_of_a_brand(stem) and _name_ends(text, end)):
        return None
    if owner is None and stem[:1] in ("该", "本") and stem[1:] in _LEVEL_OF_KIND:
        # 该县组织部, 该县检察院: the department, the procuratorate of the county the text is about
        return _generic(text, start, end, suffix, places, orgs, kind=stem[1:])
    if suffix in _PARTY and owner is None:
        # 中心党支部, 社区党支部: a bare kind of place or body before the branch is still generic
        if stem in ("乡镇", "各级", "基层", "上级", "各级党委") or stem in _SCOPE_STEMS or stem.endswith(_SCOPE_ENDS):
            return None  # 地方党委, 有关部门党组, 中管企业党组: every such body, not one
        if stem.startswith(HONOUR_WORDS):
            return None  # 最强党支部, 示范党支部: an honour or a campaign for branches, not a branch
        if stem in ("小区", "社区", "村", "嘎查", "镇", "乡", "街道", "中心", "公司", "站", "协会", "学校") or stem.startswith(("该", "本")):
            return _generic(text, start, end, suffix, places, orgs, kind=stem.lstrip("该本"))
        if stem.endswith("村") and (stem[:-1] in NOT_VILLAGE_STEMS or stem[:-1] in _KINDS_OF_VILLAGE):
            return None  # 后进村党支部, 一位山村党支部书记: the branch of a kind of village, no village named
    unit = _unit_of(start, end, name, suffix, owner)
    if unit is not None:
        return unit
    if owner is None and stem in ("国家", "中央") and suffix not in _PARTY:
        return OrgMention(start, end, name)  # 国家发展改革委, 国家统计局: the state names the body
    if owner is None and _common_words_only(stem) and not _quoted(text, start, end) \
            and not (_numbered_unit_of_a_brand(stem) and _brand_may_open(text, start)):  # (中铁十二局: a brand's
        # numbered unit; not 美中航空…: "US-China", where the edge fell inside a word)
        # 党群服务中心, 领域党支部: ordinary words name no particular body, unless quotes mark them as
        # one's name (建立“山区产业集群党建联盟”).  A branch named by its line of
        # work (轧钢党总支, 生产运行党支部) is a body of the organisation the text is about.
        # (a line of work such as 炼钢, not a body's own name such as 兵团教育局)
        if suffix in _PARTY and stem.endswith(("村", "社区", "嘎查")) and len(stem) >= 3:
            last = _cut(stem)[-1]
            if last.endswith("村") and (last[:-1] in NOT_VILLAGE_STEMS or last[:-1] in _KINDS_OF_VILLAGE):
                return None  # 指导农村党支部: rural branches ("guide rural branches"), no village named
            return OrgMention(start, end, name)  # 单晶河村支部: a village's branch (its village unread), no body's unit
        host = _host(text, orgs, start) if suffix in _PARTY and len(stem) <= 6 and stem[-1] not in _BODY_END else None
        return OrgMention(start, end, name, parent=host) if host is not None else None
    return OrgMention(start, end, name, owner=owner)


_COMMON_TAGS = frozenset("n vn v a ad an f s b l i d t m q j".split())




def national_body(name: str) -> bool:
    """A body of the whole country (党中央, 商务部, 全国人大, 国家统计局): it sits in no province."""
    # (every central body _CENTRAL names opens with one of _NATIONAL's words)
    return bool(_NATIONAL.match(name) or _MINISTRIES.fullmatch(name)) or name in THE_PARTY \
        or name in national_full_names()


# a national commission or administration named short (国家监委, 国家统计局, 国家税务总局): no unit's name (a
# university's 国家重点实验室, a parliament's 国家安全委员会 end otherwise)
_STATE_ADMINISTRATION = re.compile(r"国家[\u4e00-\u9fff]{1,8}?(?:总局|局|署|委)")


def beside_the_body_before(first: str, rest: str) -> bool:
    """Whether a national body's name (`first`) and what follows it in a longer name are two national bodies of
    China side by side (中央纪委国家监委, the two commissions that work as one; 国家计委国家统计局, a byline of two),
    not a body and its unit; a short form of the whole name is no second body (中国人民解放军火箭军: 火箭军), nor is a
    foreign party's or an international body's organ (朝鲜劳动党中央军事委员会, 联合国世界粮食计划署)."""
    if not national_body(first):
        return False
    table = state_body_names().get(rest)
    if table is not None:
        return table != state_body_names().get(first + rest, first + rest)
    return _MINISTRIES.fullmatch(rest) is not None or _STATE_ADMINISTRATION.fullmatch(rest) is not None


def national_full_names() -> frozenset[str]:
    """The official names of the national bodies the table lists (中国共产党中央委员会, 中国科学院)."""
    return national_official_names()  # (cached there)


def _quoted_start(text: str, suffix_start: int, end: int, person_ends: set[int]) -> int | None:
    """Where a body's name begins when quotes enclose the whole of it and a person's name inside it
    (公司成立“李强劳模工作室”) would otherwise stop it; None for any other name."""
    if text[end:end + 1] != "”":
        return None
    opening = text.rfind("“", max(0, suffix_start - 14), suffix_start)
    if opening < 0 or _CLAUSE_BREAK.search(text, opening + 1, suffix_start) \
            or not any(opening < p < suffix_start for p in person_ends):
        return None
    return opening + 1


def _quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1:start] == "“" and text[end:end + 1] == "”"


def _names_a_service(stem: str) -> bool:
    """Whether the words before 站 say what the station does (服务站, 卫生站, 党群服务站, 农技站): an ordinary word of
    two characters or more, as a body's kind (a station of a railway is named by its place and a direction)."""
    return any(len(w) >= 2 and word_tag(w) in _COMMON_TAGS for w in _cut(stem))


def _common_words_only(stem: str) -> bool:
    """True when jieba reads the stem as ordinary dictionary words only (no names, no unknown pieces)."""
    from .tokens import tokens_before, word_tag

    words = tokens_before(stem, len(stem), len(stem))
    return bool(words) and all(len(w) >= 2 and word_tag(w) in _COMMON_TAGS for w in words)


def _host(text: str, orgs: list[OrgMention], pos: int) -> OrgMention | None:
    """The named body mentioned last before `pos` in the same paragraph."""
    for o in reversed(orgs):
        if o.end > pos or "\n" in text[o.end:pos]:
            if o.end <= pos:
                return None
            continue
        if not o.generic and (o.owner is not None or o.parent is not None or not _common_words_only(o.name[:-1])):
            return o
    return None


_INNER = re.compile(rf"(?:{'|'.join(sorted(set(ORG_SUFFIXES) - _SINGLE - _CLASS_NOUNS, key=len, reverse=True))}|(?<=[省市区县州旗])委)(?!议|络)")  # (台港澳侨联络委员会: 联络 "liaison", no 侨联 inside)


_ASSOCIATIONS = ("协会", "学会", "研究会", "促进会", "联谊会", "商会", "联合会")
# a hall that keeps the memory of a body (its old seat, the evidence of its crimes) is none of its units; a hall of a
# body's own history (某总台发展历史陈列馆) is
_HALLS = ("纪念馆", "陈列馆", "展览馆", "博物馆")
_COMMEMORATED = re.compile(r"旧址|遗址|罪证|事迹|烈士|死难|遇难")
_MEMORIAL = "纪念馆"


def hall_of_memory(unit: str) -> bool:
    """新四军军部|旧址纪念馆, 第七三一部队|罪证陈列馆: a hall of what the body before it was or did, no unit of it; so is
    any memorial hall named after a body (新四军|纪念馆, 八路军西安办事处|纪念馆: the body's memorial)."""
    return unit.endswith(_MEMORIAL) or unit.endswith(_HALLS) and _COMMEMORATED.search(unit) is not None


_LABORATORY = "实验室"
# a laboratory's rank, which a name of its field comes before (元素有机化学国家重点实验室); after a place or a body alone
# it names the rank's laboratories there (山东省重点实验室, 西安交通大学国家重点实验室)
_LABORATORY_RANK = re.compile(r"(?:国家|全国|省部共建|省|市)?(?:重点)?$")
_HOST_KIND = re.compile(r"(?:大学|学院|研究院|研究所|科学院|部|省|市|区|县)$")


def _a_class_of_laboratories(before: str) -> bool:
    """Whether what comes before 实验室 is only a rank, a place or body and a rank, or a kind of work (国家, 中南大学国家重点,
    大科学装置), no laboratory's own name."""
    rank = _LABORATORY_RANK.search(before)
    head = before[:rank.start()]
    # (怀柔国家实验室, 鹏城国家实验室: a place's national laboratory is one, named by its place)
    return not head or ("重点" in rank.group() and (_HOST_KIND.search(head) is not None
                                                  or divisions().names_a_division(head, ("Province", "City", "County"))))


def _unit_of(start: int, end: int, name: str, suffix: str, owner) -> OrgMention | None:
    """A body named after the body it belongs to (海淀区委组织部, 中国大唐集团四川公司), with that body as
    its parent, or None when the name holds no other body's name."""
    inner = _inner_split(name, suffix)
    if inner is None:
        return None
    parent_name, child = inner
    # (中国农业发展银行辽宁省分行: the province names the branch, not the bank)
    parent_owner = owner if owner is None or owner.end <= start + len(parent_name) else None
    parent = OrgMention(start, start + len(parent_name), parent_name, owner=parent_owner, implied=True)
    if child == suffix:
        return OrgMention(start, end, parent_name + suffix, owner=owner, parent=parent)
    if child.endswith(PARTY_BODIES):  # …有限责任公司轧钢党总支: the branch goes by its own name
        return OrgMention(end - len(child), end, child, parent=parent)
    # 中国大唐集团四川公司: a unit of a company keeps the whole name (四川公司 alone names no one body)
    return OrgMention(start, end, name, owner=owner, parent=parent)


def _inner_split(name: str, suffix: str) -> tuple[str, str] | None:
    """首钢…有限责任公司轧钢党总支 → (首钢…有限责任公司, 轧钢党总支); 海淀区委组织部 → (海淀区委, 组织部)."""
    body = name[: len(name) - len(suffix)]
    last = None
    for m in _INNER.finditer(body):
        if body.startswith(("）", ")"), m.end()):
            continue  # （集团）公司: the kind of the company, no body of its own
        if not (m.group() == "中心" and (_NOT_CENTRE_AFTER.match(name, m.end()) or _CENTRAL_KIND.fullmatch(name, m.end()))):
            # 中心学校: one kind; 四平市中心人民医院, 重点中心乡镇卫生院: the central hospital, not a centre's
            last = m
    if last is None:
        return None
    parent_name = body[: last.end()]
    child = name[last.end():]
    if child.endswith(_ASSOCIATIONS):
        return None  # 美国图书馆协会, 小学校长研究会: an association of such bodies or their people, no unit of one
    if hall_of_memory(child) or child in _LEGAL_FORMS:
        return None
    if _MODIFIER.fullmatch(child[: len(child) - len(suffix)]):
        child = suffix  # 华电能源股份有限公司原党委: the company's own committee, 原 belongs to the post
    if len(parent_name) < 3:
        return None
    if suffix in DEPARTMENTS and child == suffix:
        return parent_name, suffix
    return parent_name, child


# the words a name goes on from (少儿|图书馆, 食品一|厂, 硅谷|银行, 统计|局), as the reading of the one character before the
# kind tags them; not a word that points back (这个|公司, 该|中心)
_WORD_OF_A_NAME_TAGS = ("n", "m", "j", "b", "q")
# the forms of a registered company, which end its full name (公司 alone may point back: 李强了解公司…)
_REGISTERED_FORMS = ("有限公司", "股份有限公司", "有限责任公司")
_CJK_NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")
_POINTING_BACK = re.compile(r"(?:该|本|这|此|这家|那家)$")


def _after_a_word_of_its_name(text: str, start: int) -> bool:
    last = tokens_before(text, start, 1)
    word = tokens_before(text, start, 4)
    return bool(last) and word_tag(last[-1]).startswith(_WORD_OF_A_NAME_TAGS) \
        and not (word and word_tag(word[-1]) == "r")


def _generic(text, start, end, suffix, places, orgs, kind: str = "") -> OrgMention | None:
    """A body named only by its kind takes its owner from the nearest fitting place or body before it."""
    if kind in _LEVEL_OF_KIND:
        levels = _LEVEL_OF_KIND[kind]
        for p in reversed(places):
            if p.end <= start and start - p.end < 1500 and p.level in levels and (p.name or p.surface).endswith(kind):
                named = _short_place_name(p) if p.coded else (p.name or p.surface)  # 庆元县组织部
                return OrgMention(start, end, named + suffix, owner=p, generic=True, kind=suffix)
        return None
    if kind:
        for o in reversed(orgs):
            if o.end <= start and start - o.end < 1500 and o.name.endswith(kind):
                return OrgMention(start, end, o.name + suffix, parent=o, generic=True)
        return None
    # bare 党总支: the same body as the last one of that kind, mentioned shortly before
    for o in reversed(orgs):
        if o.end <= start and start - o.end < 300 and o.name.endswith(suffix) and len(o.name) > len(suffix):
            return OrgMention(start, end, o.name, owner=o.owner, parent=o.parent, refers_back=True)
    if suffix in _PARTY:
        # 这个社区在党支部书记某某的带领下: the branch of the village or neighbourhood just named
        for p in reversed(places):
            if p.end <= start and start - p.end <= 60 and p.level in ("Village", "Neighbourhood"):
                return OrgMention(start, end, (p.name or p.surface) + suffix, owner=p, generic=True)
            if p.end <= start:
                break
    return None


# the Xinjiang Production and Construction Corps' divisions (第一师 to 第十四师, each one with its city: 兵团第八师石河子市),
# written with the corps' name or its short form 兵团, and the divisions listed after one (、第十四师昆玉市)
_CORPS = "新疆生产建设兵团"
_CORPS_DIVISION = re.compile(r"(?:新疆生产建设)?兵团第(?P<n>[一二三四五六七八九十]{1,3})师")
_NEXT_DIVISION = re.compile(r"[^，。；！？\n]{0,8}?[、和及与]第(?P<n>[一二三四五六七八九十]{1,3})师")


def _corps_divisions(text: str) -> list[OrgMention]:
    """新疆生产建设兵团第六师, 兵团第一师阿拉尔市、第十四师昆玉市: a division of the corps, by its full name (the short form an
    alias), a unit of the corps."""
    out = []
    for m in scan(_CORPS_DIVISION, text, ("兵团第",)):
        corps_end = m.start() + m.group().index("兵团") + 2
        corps = OrgMention(m.start(), corps_end, _CORPS, implied=True,
                           alias="" if text.startswith(_CORPS, m.start()) else "兵团")
        found = [m]
        while (nxt := _NEXT_DIVISION.match(text, found[-1].end())) is not None:
            found.append(nxt)
        for d in found:
            start = d.start("n") - 1
            name = f"{_CORPS}第{d.group('n')}师"
            written = text[m.start():d.end()] if d is m else text[start:d.end()]
            division = OrgMention(m.start() if d is m else start, d.end(), name, parent=corps,
                                  alias=written if written != name else "")
            regiment = _REGIMENT.match(text, d.end())
            if regiment is not None:  # 兵团第十四师二二四团: the division's regiment
                division.implied = True
                out.append(OrgMention(division.start, regiment.end(), name + regiment.group(), parent=division,
                                      alias=written + regiment.group() if written != name else ""))
            else:
                out.append(division)
    return out


_REGIMENT = re.compile(r"[一二三四五六七八九十百零〇0-9]{1,4}团(?![结队体员])")


def _extra_orgs(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    out = []
    # (the strings each pattern's matches hold: see lexicon.scan)
    for regex, needles in ((_MEDIA, ("日电", "记者", "讯", "消息")), (_DATELINE, ("讯", "电")), (_BYLINE_OUTLET, ("记者",))):
        for m in scan(regex, text, needles):
            if not m.group(1).endswith(tuple(_NOT_OUTLET)):  # (请看本报记者采访: "this paper's", after a verb)
                out.append(OrgMention(m.start(1), m.end(1), m.group(1)))
    for m in scan(_PERIODICAL, text, ("》",)):
        # 《求是》杂志, 《时代》周刊: the periodical goes by its title; 《党建》杂志社: the publisher by title and kind
        kind = m.group("kind")
        name = m.group("title") + kind if kind in _PUBLISHERS else m.group("title")
        out.append(OrgMention(m.start("title"), m.end() if kind in _PUBLISHERS else m.end("title"), name))
    for m in scan(_NEWSPAPER, text, ("报》",)):
        if _a_newspaper(m.group("title")):
            out.append(OrgMention(m.start("title"), m.end("title"), m.group("title")))
    for m in _QUOTED_ORG.finditer(text):
        words = _cut(m.group(1))
        if not words or is_boundary_word(words[0]):
            continue  # 团队“更加诚实”: a quoted phrase (更加, 非常 …), not the team's name
        if all(word_tag(w).startswith("v") for w in words) or not _LETTERS.search(m.group(1)) \
                or text.startswith(PROGRAMME_SUFFIXES, m.end()):
            # 企业“走出去”, 中央企业“再派出”: what companies do; 凯信达商贸有限公司“11•21”特别重大火灾: the date that
            # names an accident; 中央企业“场景万象”专项行动: a campaign's name
            continue
        out.append(OrgMention(m.start(1) - 1, m.end(1) + 1, m.group(1)))
    for m in _CENTRAL.finditer(text):
        out.append(OrgMention(m.start(), m.end(), m.group()))
    for m in _ARMED_SERVICES.finditer(text):
        out.append(OrgMention(m.start(), m.end(), m.group()))
    for m in _MINISTRIES.finditer(text):
        start = m.start() - len(_country_before(text, m.start()))
        out.append(OrgMention(start, m.end(), text[start:m.end()]))
    for pos in occurrences(text, _STATE_DEPARTMENT):
        # 美国国务院发言人…, 美国务院称: America's department of state, not China's State Council (no ministry of the
        # State Council named so: _MINISTRIES)
        country = _country_before(text, pos)
        if country and country not in HOME_COUNTRY:
            out.append(OrgMention(pos - len(country), pos + len(_STATE_DEPARTMENT), country + _STATE_DEPARTMENT))
    for pos in occurrences(text, _GOVERNMENT_WORD):
        country = _country_named_before(text, pos)
        if country and not text.startswith(_NOT_A_GOVERNMENT_AFTER, pos + len(_GOVERNMENT_WORD)):
            out.append(OrgMention(pos - len(country), pos + len(_GOVERNMENT_WORD), country + _GOVERNMENT_WORD))
    return out


_STATE_DEPARTMENT = "国务院"
# (not 军队 alone: 以色列军队 is how the press writes of 以色列国防军 as well, two nodes of one army)
_ARMED_FORCES = ("武装部队", "武装力量", "国防军")
_GOVERNMENT_WORD = "政府"
# 中国政府网 (a website), 美国政府性… , 政府工作报告, 政府采购: words that go on past 政府
_NOT_A_GOVERNMENT_AFTER = ("网", "性", "工作", "购", "采购", "投资")


def _country_named_before(text: str, pos: int) -> str:
    """The country whose government `政府` at `pos` is, written whole just before it (美国政府, 中国政府,
    柬埔寨王国政府), or "": the rules read a government only after a division of China
    (石板镇政府), and the mention model misses most of these in lists (…中国共产党、中国政府、中国军队).  Not a
    country's first character alone (新政府 is "a new government", not Singapore's)."""
    for k in range(min(pos, 14), 1, -1):
        before = text[pos - k:pos]
        if before in HOME_COUNTRY or before in countries():
            return before
        formal = next((w for w in STATE_FORMS if before.endswith(w) and len(before) > len(w)), "")
        stem = before[:-len(formal)] if formal else ""
        # (朝鲜民主主义人民共和国, 伊朗伊斯兰共和国: the country, what kind of state, then the form)
        stem = next((stem[:-len(w)] for w in STATE_KINDS if stem.endswith(w) and len(stem) > len(w)), stem)
        if stem in countries():
            return before
    return ""


_CLAUSE_CHARS = re.compile(rf"[{CJK}]")


def _country_before(text: str, pos: int) -> str:
    """The country written just before a ministry's name (俄罗斯国防部, 美国财政部; 俄外交部 opening a clause):
    such a ministry is that country's, not the State Council's of the same name (the whole xwlb-news
    graph's 国防部 held 1,294 mentions of other countries' ministries).  A country's first character counts
    only where a clause opens with it (近日外交部表示, 11月13日外交部: 日 is no 日本 there)."""
    named = _country_ending(text, pos)
    if named:
        return named
    if pos and text[pos - 1] in country_initials() and (pos == 1 or not (_CLAUSE_CHARS.match(text[pos - 2])
                                                                         or text[pos - 2].isalnum())):
        return text[pos - 1]  # (11月13日外交部: the day of a date, no 日本)
    return ""


def _units_read_across(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """开阳县委组织部机关党支部, read as 开阳县委组织部 and 组织部机关党支部: a body read from inside another body's name
    through its end on to a kind of its own is that body's unit, named from where the body's name opens."""
    out = list(orgs)
    for i, unit in enumerate(orgs):
        if unit.generic or not text.startswith(unit.name, unit.start):
            continue
        host = max((o for o in orgs if o.start < unit.start < o.end < unit.end and not o.generic
                    and text.startswith(o.name, o.start) and ends_as_body(text[unit.start:o.end])
                    and o.name.endswith(text[unit.start:o.end])), key=lambda o: o.end - o.start, default=None)
        if host is not None:
            out[i] = dataclasses.replace(unit, start=host.start, name=text[host.start:unit.end], parent=host,
                                         owner=None)
    return out


def _drop_nested(orgs: list[OrgMention]) -> list[OrgMention]:
    """Keep the longest of overlapping mentions (the parents built by splitting stay as parents)."""
    orgs.sort(key=lambda o: (o.start, -(o.end - o.start)))
    kept: list[OrgMention] = []
    for o in orgs:
        if kept and o.start < kept[-1].end:
            if o.end <= kept[-1].end:
                continue
            if (o.end - o.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = o
            continue
        kept.append(o)
    return kept


_LOCATED = re.compile(r"位于$|地处$|坐落于$")


# a county, town or village and 的 before a body with a name of its own: where the body is (史各庄镇的飞鹰集团公司)
_LOCAL_LEVELS = ("County", "Township", "Village")


def _locate(text: str, orgs: list[OrgMention], places: list[PlaceMention]) -> None:
    """位于修文县的首钢…公司: the place is stated just before the body; so is a county, town or village and 的 before
    a body named neither after a place nor as a part of another (天津武清县史各庄镇的飞鹰集团公司)."""
    by_end = {p.end: p for p in places}
    for o in orgs:
        anchor = o.parent.start if o.parent is not None else o.start
        for gap in ("的", ""):
            p = by_end.get(anchor - len(gap))
            if p is None or text[anchor - len(gap):anchor] != gap:
                continue
            if _LOCATED.search(text[max(0, p.start - 3):p.start]):
                if o.parent is not None and not national_body(o.parent.name):
                    o.parent.located_hint = p  # (位于三亚的中国科学院深海所: a national body's unit sits there, not the body)
                else:
                    o.located_hint = p
            elif gap and p.level in _LOCAL_LEVELS and o.owner is None and o.parent is None and not o.generic \
                    and ends_as_body(o.name) and not national_body(o.name):
                o.located_hint = p  # (not 北京大兴的南航航班: a short form, the airline's, where its flights go)
