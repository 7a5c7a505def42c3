"""Named programmes: quoted names that are set up, launched, run or joined, and policy documents.

A quoted string is a programme when its own words or the word right after the closing quote
name a kind of initiative (“双岗报到、结对共建”活动, “支书讲坛”), or when a verb that launches
something governs it (开设“学习驿站”, 研发线上“红心e站”).  Quoted speech, slogans with
clause punctuation and quotes with neither signal (“神经末梢”, “一池春水”) are left out.
《…》 titles are programmes when they name a policy document (…意见, …方案).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Any

from ..gazetteer import divisions
from .tokens import _cut, splits_a_word, tokens_before, word_edges, word_tag, words_before
from .lexicon import (ACTS_OF_WAR, CJK, LIST_JOINERS, NOT_PROGRAMME, PAIRED_WITH_CHINA, STOP_WORDS, POLICY_TITLE,
                      SIGNED_DOCUMENT, PROGRAMME_AFTER_ONLY, PROGRAMME_LAUNCHED, PROGRAMME_SUFFIXES, PROGRAMME_VERBS,
                      ROLE_RE, RUN_VERBS, countries, national_official_names, national_short_forms, scan)

_SUFFIX_ALT = "|".join(sorted(set(PROGRAMME_SUFFIXES), key=len, reverse=True))
_KIND_AFTER_ALT = "|".join(sorted(set(PROGRAMME_SUFFIXES + PROGRAMME_AFTER_ONLY), key=len, reverse=True))
_QUOTE = re.compile(r"“([^“”\n]{2,30})”")
# the kind word after a quote, maybe past a few words (“…”建设年行动, “…”等主题党建活动, “…”的品牌);
# 竞赛 and 比武: kind words can pile up
_AFTER = re.compile(rf"^(?P<gap>[{CJK}]{{0,6}}?)(?P<suffix>(?:{_KIND_AFTER_ALT})+(?:年(?:{_KIND_AFTER_ALT})+)?)")
# a kind word right before the quote names what the quote is (治理平台“…”, 品牌“…”)
_KIND_BEFORE = re.compile(r"(?:平台|品牌|APP|App|小程序|公众号|栏目|专栏|项目|活动|机制)$")
_APPOSITIVE = re.compile(r"(?:品牌|模式|机制|体系|制度|工作法)$")
_PERIOD = re.compile(r"^[一二三四五六七八九十]+$")
_GENERATION = re.compile(r"^\d+后$")  # “00后”: an age group
_QUESTION = re.compile(r"谁|怎么|如何|什么|哪")
_BODY_AFTER = re.compile(rf"^[{CJK}]{{0,4}}?(?:服务队|志愿队|突击队|先锋队|宣传队|宣讲团|艺术团|工作室|合作社|协会)")
_DESCRIPTOR = re.compile(r"^[\u4e00-\u9fff]{1,3}[式化型]$")
# (与“重点中学”同步发展: a school, or a kind of school, is no programme)
_BODY_END = re.compile(r"(?:服务队|志愿队|突击队|先锋队|宣传队|宣讲团|艺术团|工作室|合作社|协会|党支部|党委|党总支|学校|小学|中学|大学|学院|医院)$")
_LEFT_BEHIND_AFTER = re.compile(r"[^，。；]{0,3}(?:打破|被打破|破除)")
_MEDIUM = re.compile(r"(?:小程序|APP|App|app|公众号|平台|专栏)$")
_LAUNCHED_AFTER = re.compile(rf"^(?:正式|顺利)?(?:{'|'.join(PROGRAMME_LAUNCHED)})|^(?:开展|实施|推行|启动|推进)?以来")
_OFFICE_AFTER = re.compile(rf"^[{CJK}]{{0,4}}(?:指挥中心|服务中心|办公室|指挥部|工作专班)")
# (“…”以来: since it began; “…”调度指挥中心: the office that runs it is named after it)
# words that may stand between a quote and its kind word and join the name (主题党日, 支部, 建设年)
_GAP_TAGS = ("n", "vn", "j", "m", "b")
# a task quoted from a plan (“深入实施区域协调发展战略”: its verb) or strategies counted (“七大战略”), no one strategy's name
_NOT_ONE_STRATEGY = re.compile(r"^(?:深入|加快|全面|大力)?(?:实施|推进|推动|落实|贯彻)[^“”]*战略$|^[一二三四五六七八九十]+大战略$")
# (a quoted name's own last word may be 战略 too: “八八战略”; written after a quote, 战略 opens a phrase: “四个全面”战略布局)
_ENDS_WITH_SUFFIX = re.compile(rf"(?:{_SUFFIX_ALT}|战略)$")
_VERB_ALT = "|".join(sorted(set(PROGRAMME_VERBS), key=len, reverse=True))
# 落实市委、市政府“…”: the bodies whose programme it is, between the verb and the name
_BODIES = r"(?:(?:党中央|国务院|[省市县区州旗镇乡]委|[省市县区州旗镇乡]政府)、?){1,3}"
# 开设“…”, 启动建设了<地名>“…”, 正在建设中的“…”: the verb, maybe a particle and a short modifier, then the quote
_VERB_BEFORE = re.compile(rf"(?:{_VERB_ALT})(?:了|起|好|线上|线下|实施|开展|推进|中的|[{CJK}]|了[{CJK}]{{1,2}}|{_BODIES})?$")
# verbs that make or start the thing they govern: a numbered name after them is something set up
# (实行“…”, 启动建设了“…”), not a watchword that is followed (落实“十四五”)
_BUILT = re.compile(r"(?:建设|打造|创建|创办|启动|开展|实行|推行|举办|开设|搭建|试点)")
_BUILT_TOGETHER = "共建"
_NUMBERED_SLOGAN = re.compile(rf"^[一二两三四五六七八九十百千]+[个项大条不]?[{CJK}]{{0,4}}$")
_POLICY_TITLE_MAX = 60  # a policy document's title runs longer than a name (《中共中央 国务院关于…的意见》)
_TITLE = re.compile(rf"《([^《》\n]{{3,{_POLICY_TITLE_MAX}}})》")
_TITLE_MARKS = re.compile(r"[“”〈〉]")
_WHITE_PAPER = "白皮书"
# the years a plan or a programme of work covers, after its title: （2024—2026年）, （2025年）; or its edition or draft:
# （2022年版）, （试行第十版）, （征求意见稿） (one document over its editions, each written in full its alias)
_YEARS_COVERED = re.compile(r"[（(](?:\d{4}(?:[—\-－–~至]\d{4})?年?|\d{4}年版|(?:试行)?第[一二三四五六七八九十]+版"
                            r"|讨论稿|征求意见稿|送审稿)[）)]$")
# 《X关于…的报告》: a body's report on a matter, a document as the policies are (not 《政府工作报告》, a yearly speech)
_REPORT_ON = re.compile(r"关于.+的((?:工作|综合|专题)?报告)$")
# 《中华人民共和国监察法》, 《黄河保护法》: a law, a policy document as a regulation (条例) is; not a way of
# doing (方法, 做法, 办法 is a kind of its own), nor a book on one (《毛泽东兵法》, 《书法》)
_LAW = re.compile(r"(?<![方做兵说手看想书语算魔疗技章写用办司])(法)(?:[（(](?:修正案|草案|试行)[）)])?$")
# what a body does to a document it issues (besides the verbs that launch any programme: 印发, 出台)
_ISSUED = re.compile(r"(?:发布|公布|颁布)了?$")
# (依托“大数据”技术, “华龙一号”技术: a technique, which is used, not run)
# (落实“重实践”要求, “学思想、强党性…”总要求: what is asked of people, a standard, not something run; but “…”主题宣传活动,
# “…”主题实践活动: activities on the theme, named by it; not “…”主题开展活动, a clause)
_NOT_AFTER = re.compile(r"^(?:为主题|为目标|为核心|为重点|为引领|为契机|主题(?!(?!开展|举办|举行|组织)[\u4e00-\u9fff]{0,4}活动|党日)|理念|精神|称号|荣誉|大战|技术|总?要求)")
# 以“先锋引领·实干争先”为总载体: what a place takes as its vehicle or lever, it runs
_VEHICLE = re.compile(r"^为(?:总)?(?:载体|抓手)")
# 把“四下基层”作为重要抓手: the same, the thing taken before the verb
_TAKEN_AS_VEHICLE = re.compile(r"^作为(?:重要|总|有力|主要)?(?:载体|抓手)")
# 主办名为“…”的音乐会, 举办了名为“…”的系列演出: a body holds an event and gives it a name (not 发表题为“…”的讲话, a
# speech's title, nor 一个名为“…”的基地, a place so called that no one holds)
_HOSTED_NAMED = re.compile(r"(?:主办|举办|举行|推出|发起)了?(?:一[场个项次期届])?(?:名为|名叫|取名为)$")
_VEHICLE_AFTER = re.compile(r"为(?:总)?(?:载体|抓手)")
_SPEECH_AFTER = re.compile(r"^[，,]?(?:他|她)?(?:说|表示|介绍|指出|感慨|坦言)")
# unquoted campaign names: …学习教育 / …主题教育
_CAMPAIGN = re.compile(rf"([{CJK}]{{0,24}}(?:学习教育|主题教育))")
# …问题集中整治: a campaign against a named ill, opening its clause (乡村振兴领域不正之风和腐败问题整治), or one that
# educates and rectifies a named force (全国纪检监察干部队伍教育整顿)
_GENERIC_ILLS = ("重点", "突出", "相关", "有关", "各类")  # (重点领域突出问题整治: what any campaign is against)
_CLEANUP_KINDS = ("集中整治", "专项整治", "问题整治", "队伍教育整顿")
_CLEANUP = re.compile(rf"(?:^|(?<=[，。；：、\n,;:]))([{CJK}]{{6,24}}?(?:{'|'.join(_CLEANUP_KINDS)}))"
                      rf"(?![{CJK}]*(?:成果|成效|工作))")
_RUN_ALT = "|".join(sorted(set(RUN_VERBS) | {"持续", "深化", "开展", "推进"}, key=len, reverse=True))
_COORDINATED = re.compile(rf"(?:{_RUN_ALT})(?P<name>[{CJK}]{{4,12}})(?:和|及|与)$")
# the centre's rules named by their count, written without quotes (落实中央八项规定精神): a policy document
# and a round of inspection tours named by its term and number (二十届中央第三轮巡视, 十一届省委第三轮巡视): the
# campaign each report on a round names, without quotes; 中央第一轮、第二轮巡视, a list of rounds, is none
_COUNTED_RULES = re.compile(r"中央[一二三四五六七八九十]+项规定"
                            r"|(?:[一二三四五六七八九十]+届)?(?:中央|[省市县区]委)第[一二三四五六七八九十]+轮巡视")
# the systems of chiefs answerable for a stretch of nature or of a supply chain (河长制, 河湖长制, 林长制, 田长制, 链长制):
# named policies; not 家长制 ('patriarchy')
_CHIEF_SYSTEM = re.compile(r"(?:河湖|[河湖林田路链山])长制")
# the Party school's seminar for one rank of leaders on one subject (省部级主要领导干部推动金融高质量发展专题研讨班, opened each
# year by the general secretary): one seminar, named in full
_RANKED_SEMINAR = re.compile(rf"(?:省部级|地厅级|县处级)(?:主要)?领导干部[{CJK}]{{0,30}}?专题研讨班")
_APP = re.compile(rf"(?<=[的了，。、\s])([{CJK}A-Za-z0-9]{{2,10}}(?:APP|App|小程序))")
# a global initiative named by its field (全球发展倡议, 全球人工智能治理倡议): one initiative, proposed and named, where
# the field is nouns (not 全球重大倡议, 全球稳定与繁荣提出的倡议: a kind of proposal, a clause)
_GLOBAL_INITIATIVE = re.compile(rf"全球(?P<field>[{CJK}]{{2,10}}?)倡议")
_FIELD_TAGS = ("n", "vn", "an")
# unquoted names that a verb governs: a rule or method put in practice (推行…评审制度), or a named plan, project,
# action or set of measures carried out (实施种业振兴行动, 实施城乡居民增收计划, 执行…若干规定, 落实…的十条措施)
_PLAN_VERBS = "启动实施|部署开展|组织开展|实施|启动|开展|纳入|执行|落实|推进|推行|发布|印发|出台|确定"
# what a body complies with or is listed in (落实…的十条措施, 纳入…增收计划) is another's plan: its subject runs none
_COMPLIED_WITH = ("落实", "执行", "纳入")
# (a set of measures, an opinion or a plan issued: 出台促进外贸吸引外资若干政策措施, 印发煤电低碳化改造建设行动方案)
_PLAN_KINDS = (r"工程|计划|行动|战略|专项活动|若干规定|若干措施|若干政策措施|[一二三四五六七八九十]+条措施|指导意见|实施意见|"
               r"实施方案|行动方案|工作方案")
_UNQUOTED = re.compile(rf"(?:推行|实施|推广|创新推行)(?P<rule>[{CJK}]{{4,12}}?(?:评审制度|工作法|制度))(?=[，。；、,]|$)"
                       rf"|(?P<plan_verb>{_PLAN_VERBS})[好了]?(?P<plan>(?![好了])[{CJK}0-9]{{4,24}}?(?:{_PLAN_KINDS}))(?=[，。；、,]|$)")
# 推进首批数据领域国际合作试点, 公布第四批智能光伏试点: a national pilot launched or named in batches, by its name (the batch
# is the round, not the name)
_BATCH_PILOT = re.compile(rf"(?:开展|推进|启动|实施|部署|确定|公布)了?(?:首批|第[一二三四五六七八九十]+批)(?P<pilot>[{CJK}]{{4,18}}?试点)"
                          rf"(?=[，。；、,]|$)")
# 教育部启动2025年义务教育阳光招生专项行动, 。2026年个人信息保护系列专项行动开展以来: a campaign a body runs
# each year, written after its year (the edition; the programme is the name, one node over the years); the year opens
# the clause, 自 ("since its launch") or a verb that launches it (not the end of a span, 2026—2030年, nor a decade,
# 2020年代; 自2022年启动实施…以来: the verbs make it a time)
_YEAR_OPENING = re.compile(r"(?:19|20)\d\d年度?")
_BATCH_OPENING = re.compile(r"(?:第[一二三四五六七八九十\d]+|首|新一)[批轮]")
_YEARS_CAMPAIGN = re.compile(
    rf"(?:^|(?<=[，。；：！？\n自从])|(?<=启动|部署|开展|推进|印发|发布|制定|实施))(?<![至到—\-－/])"
    rf"(?P<year>{_YEAR_OPENING.pattern})(?!代)(?P<name>[{CJK}·]{{2,20}}?(?:专项行动|行动|计划|工程|项目))"
    rf"(?=[，。；、,：]|开展|启动|正式|实施|$)")
# verbs inside such a phrase make it a clause (2024年我国将加快推进城市更新行动), a flight schedule is no campaign
_NO_YEARS_CAMPAIGN = re.compile(r"推进|实施|启动|开展|设置|设立|签署|执行|完成|我国|将|的|等|航班计划$")
# (实施好再就业工程, 实施了公共空间改造工程: 好 and 了 are the verb's, "carry out well", "carried out", never a plan's
# first character)
# a second verb after the one that opened the match (推进实施…, 开展参与…): it governs the plan too, no word of its name
_VERBS_BEFORE_A_PLAN = re.compile(r"^(?:(?:深入|加快|全面|大力|积极)?(?:实施|参与))+")
# what makes such a phrase a kind of work rather than one named plan: a count of many (一批, 多项), a list cut
# short (等), a generic head (重大工程, 重点项目), a modifier of scope (相关, 各项)
_NOT_ONE_PLAN = re.compile(r"等|一批|一系列|一项|多项|各项|各类|相关|有关|重大|重点|这|该|[0-9０-９]+[项个]"
                           # (实施了670多次军事行动, 两次军事行动, 50多个…修复工程, 系列生态修复工程, 第三阶段地面军事行动:
                           # acts counted, a series, a phase of a war, no plan of a name)
                           r"|[0-9０-９两三四五六七八九十百千]+多?[次个]|系列|阶段|军事行动|打击行动")
# the plan or the guidance that carries out a campaign (党纪学习教育实施方案): no programme besides the campaign
_A_CAMPAIGNS_PAPER = re.compile(r"(?:学习教育|主题教育)(?:实施方案|工作方案|指导意见|实施意见)$")
# 的 belongs to a name only before its count of measures (进一步做好…工作的十条措施)
_COUNTED_MEASURES = re.compile(r"的[一二三四五六七八九十]+条措施$")
# 扎实推进蓝色海湾整治行动、海岸带保护修复工程、红树林保护修复专项行动: the plans listed after the first, each of its kind
_NEXT_PLAN = re.compile(rf"、(?P<plan>[{CJK}0-9]{{4,24}}?(?:{_PLAN_KINDS}))(?=[，。；、,]|$)")
_PLAN_PAIR = re.compile(rf"([{CJK}0-9]{{4,}}?(?:{_PLAN_KINDS}))[和与及]([{CJK}0-9]{{4,}})")


# --- events a body hosts, named without quotes ---------------------------------------------------------------
# 由X主办的第九届丝绸之路国际电影节, 人民日报社主办的2022中国品牌论坛, 公安部主办，央视网承办的第六期全国“公安楷模”
# 发布活动: the event a body hosts under a name is run by it (its own meetings, 会议/座谈会, are no events of a name)
_EVENT_KIND = (r"论坛|峰会|博览会|交易会|展览会|展销会|洽谈会|推介会|对接会|招聘会|分享会|研讨会|发布会|表彰会|颁奖典礼|盛典|"
               r"盛会|晚会|音乐会|大会|年会|(?:电影|艺术|文化|旅游|音乐|电视|戏剧|读书|科技|美食|购物|消费|体育|动漫)节|大赛|竞赛|"
               r"运动会|锦标赛|挑战赛|邀请赛|马拉松|成就展|(?:宣传|活动)[周月]|(?:消费|购物)[月季]|活动|行动|评选")
# the edition before a name (第四届, 首届, 第六期, 2022, 2023年度, 一九九六年度): the round, not the event's name
_EDITION = r"(?:第[一二三四五六七八九十百零\d]+[届期]|首届|(?:19|20)\d\d年?度?|[一二][九〇零○][〇零○一二三四五六七八九]{2}年度?)"
# what follows an event's name: a time, its venue, what happens to it (…今天（12月8日）在北京举行)
# (…大赛十二月六日在京评选: a date in Chinese numerals, as People's Daily of 1998 writes it)
_EVENT_END = r"(?=[，。；、（(在于今昨当日近将已正并\d]|开幕|举行|闭幕|启动|揭晓|落下帷幕|开赛|期间|[一二三四五六七八九十]{1,3}月)"
_EVENT_NAME = rf"(?P<name>(?P<edition>{_EDITION})?[{CJK}A-Za-z0-9·“”]{{2,30}}?(?:{_EVENT_KIND})”?)(?:总决赛|决赛|开幕式|闭幕式)?"
# (…联合举办的2024年国家网络安全宣传周: bodies holding an event together host it, as 主办 says)
_HOSTED_EVENT = re.compile(rf"(?:(?:联合|共同)?(?:主办|承办)|(?:联合|共同)举办)的{_EVENT_NAME}{_EVENT_END}")
# 举办第二届珠江国际贸易论坛, 承办了首届…大赛: an event held again and again under its name (its edition says so)
_HELD_EVENT = re.compile(rf"(?:主办|承办|举办)了?(?=第[一二三四五六七八九十百零\d]+届|首届){_EVENT_NAME}{_EVENT_END}")
# 第五届“…艺术节”当日在…开幕，由A、B共同主办 / …论坛在北京举办。本次论坛由A主办: an event that opens its sentence,
# its hosts named after it
_OPENING_EVENT = re.compile(rf"(?:^|(?<=[。！？\n]))(?:[^，。！？\n]{{0,16}}[，,])?{_EVENT_NAME}{_EVENT_END}"
                            rf"(?=[^，。！？\n]{{0,24}}?(?:举行|开幕|召开|举办|闭幕|启动))")
_HOSTS_LATER = re.compile(r"[^。！？\n]*?[，,]由[^。！？\n]{2,80}?(?:主办|承办)")
# 本届论坛由X主办, 此次活动由X承办: the event of that kind the text has named
_EVENT_AGAIN = re.compile(rf"(?:本届|本次|此次|这次|该)(?P<kind>{_EVENT_KIND})(?=由[^。！？\n]{{2,80}}?(?:主办|承办))")
_SENTENCE_STOP = re.compile(r"[。！？\n]")
# 第七届中国国际进口博览会首批展品进馆…, 第19届亚运会, 出席2025年上海合作组织峰会, 2023浦江创新论坛: an event held again and again under its
# name, its edition or year written before it, wherever it stands in the sentence (亚运会, 全运会, 奥运会: the games
# named short)
# (a year written before a name, 2023浦江创新论坛, not a count: 2000多名…, nor a date: 2025年度)
_YEAR_BEFORE = rf"(?<![\d.])(?:19|20)\d\d(?:年(?!度)|(?![年月日号多余个名人家万亿元件次位项所座条岁])(?=[{CJK}]))"
_EDITION_EVENT = re.compile(rf"(?P<name>(?P<edition>第[一二三四五六七八九十百零\d]+届|首届|{_YEAR_BEFORE})"
                            rf"(?:[{CJK}]{{1,2}}运会|"
                            rf"[{CJK}A-Za-z0-9·“”]{{2,30}}?(?:{_EVENT_KIND})+”?))(?:总决赛|决赛|开幕式|闭幕式)?")
# words that make an event's name a proper one: the world, the nation or a region it gathers (世界运动会, 全国运动会,
# 亚洲冬季运动会); without one of these or a proper noun an edition's event is one of a kind (第二十八届缔约方大会,
# 第五届会员代表大会, 首届学术大会: the body's meeting, no name of its own)
_EVENT_SCOPES = frozenset("世界 全球 国际 全国 亚洲 非洲 欧洲 美洲 亚太 欧亚 两岸 海峡 中华 奥林匹克 一带 金砖 运会".split())
_PROPER_TAGS = ("ns", "nz", "nt", "nr", "j", "eng")
# what no event's name holds: a preposition, a conjunction, a particle or an adverb (第五十届中央委员会向大会…, 关于采取具体
# 行动; 广交会已举办…活动), a title (联大主席…代表联合国大会)
_NOT_IN_EVENT_TAGS = ("p", "c", "u", "d")
# verbs of holding: the clause goes on past the event's name (第137届广交会举办超460场贸促活动)
_HOLDING = frozenset("举办 举行 开展 召开 累计".split())


_CULTURE_AND_TOURISM = "文化和旅游"


# 通过举办米粉旅游文化节等活动, 园区举办了梅花艺术节: a festival a place or a body holds, named by what it celebrates before
# its kind (not 举办文化艺术节, kinds alone)
_FESTIVAL_KINDS = r"(?:文化|旅游|艺术|音乐|美食|读书|电影|戏剧|民俗|丰收|冰雪)"
_HELD_FESTIVAL = re.compile(rf"(?:举办|举行|启动)了?(?P<edition>第[一二三四五六七八九十百]+个)?(?P<name>[{CJK}]{{2,10}}?{_FESTIVAL_KINDS}+节)"
                            rf"(?=[，。；、等（(]|活动|期间|$)")
_FESTIVAL_STEM = re.compile(rf"(?!{_FESTIVAL_KINDS})[{CJK}]{{2,}}?{_FESTIVAL_KINDS}+节")


def _named_edition_event(name: str) -> bool:
    """第七届中国国际进口博览会 names an event of its own; 第二十八届缔约方大会, 首届学术大会 the meeting of a kind."""
    # (文化和旅游, one field as in 文化和旅游部, joins no two things: 2026年全国春节文化和旅游消费月)
    words = _cut(name.replace(_CULTURE_AND_TOURISM, "文旅"))
    if any(word_tag(w).startswith(_NOT_IN_EVENT_TAGS) or w in _HOLDING for w in words) or "主席" in name or "代表" in name \
            or name.endswith("新闻发布会"):
        return False
    return "“" in name or "·" in name or any(w in _EVENT_SCOPES or word_tag(w).startswith(_PROPER_TAGS) for w in words)


def _hosted_later(text: str, m: re.Match) -> bool:
    """Whether the hosts of an event that opens its sentence are named in the rest of it, or in the next sentence,
    which opens with the event's kind (…论坛在北京举办。本次论坛由A主办)."""
    if _HOSTS_LATER.match(text, m.end()):
        return True
    stop = _SENTENCE_STOP.search(text, m.end())
    again = _EVENT_AGAIN.match(text, stop.end()) if stop else None
    return again is not None and m.group("name").endswith(again.group("kind"))


# “全国高校2025届毕业生教育人才招聘会”在吉林长春举行, 香港今天举行了“赤柱国际龙舟锦标赛”: an event's own name in quotes, then
# its time, its venue or what happens to it; not the kinds any gathering or campaign goes by (活动, 行动, 大会, 年会: the quotes
# may hold a watchword, “早预警、早行动”), nor a press conference
_QUOTED_EVENT_KINDS = "|".join(k for k in _EVENT_KIND.split("|") if k not in ("活动", "行动", "大会", "年会", "评选", "盛会", "发布会"))
_QUOTED_EVENT = re.compile(rf"“(?P<name>[^“”，。；！？、\n]{{2,30}}?(?:{_QUOTED_EVENT_KINDS}))”{_EVENT_END}")
# (“王洛宾与西部民歌新春合唱音乐会”: words joined by a conjunction, a programme of works, no event's own name)
_JOINING_WORDS = frozenset("与 和 及 同 跟".split())
# a theme, a title or a proposal quoted (主题为“…”, 以“…”为主题, 所谓“…”), no event's name
_NOT_AN_EVENT_BEFORE = re.compile(r"(?:主题为|主题是|题为|以|所谓|称为|名为)$")


def _quoted_events(text: str, taken: list["ProgrammeMention"]) -> list["ProgrammeMention"]:
    """Events named in quotes by a name that ends in their kind, the name without its edition (its alias the name as
    written); a quoted name the finder read already stays as it was."""
    out = []
    for m in _QUOTED_EVENT.finditer(text):
        start, end = m.start(), m.end("name") + 1
        if any(p.start < end and start < p.end for p in [*taken, *out]) \
                or _NOT_AN_EVENT_BEFORE.search(text, max(0, start - 3), start) or text.startswith("为主题", end):
            continue
        full = m.group("name")
        name = _without_edition(full, "·")  # (“2024·中欧人权研讨会”: the year, then its dot)
        if len(name) < 4 or _opens_with_function_word(name) or not _is_name(name) or _NO_EVENT_NAME.search(name) \
                or any(w in _JOINING_WORDS for w in _cut(name)):
            continue
        out.append(ProgrammeMention(start, end, name, alias=full if full != name else ""))
    return out


_QUOTE_INNER = re.compile(r"“([^“”]+)”")
# 习近平的重要文章《推动落实全球发展倡议…》: the title of an article or a speech, which names no document of policy (the
# longest of these words has four characters: only those before the title are searched)
_ARTICLE_BEFORE = re.compile(r"(?:文章|署名文章|讲话|演讲|致辞|贺信|书信)$")
# 发表《让孩子懂得消费规范》和《…》两篇文章: titles an article noun comes after (and those listed with them)
_ARTICLE_AFTER = re.compile(r"(?:[和、]《[^《》\n]*》)*(?:[两三四五六七八九十]?篇)?(?:文章|一文)")
# a count, a first, a size or a rank says what kind of event, not which (首场大型多边活动, 全球首个…运动会, 高规格世界博览会,
# …会议等活动)
_NO_EVENT_NAME = re.compile(r"首[个场批次]|大型|规格|规模|高水平|系列|[一两几多]场|等")


def _event_name(written: str) -> tuple[str, str]:
    """The name of an event as written (第四届海南岛国际电影节) and without its edition (海南岛国际电影节); of two
    events held as one (…消费季暨第五届上海“五五购物节”) the one quoted, else the first; a quoted name with the
    words of scope before it cut off (全国“公安楷模”发布活动 → 公安楷模发布活动)."""
    parts = written.split("暨")
    written = next((part for part in parts if "“" in part), parts[0])
    if "“" in written:
        written = written[written.index("“"):]
    full = written.replace("“", "").replace("”", "")
    return full, _without_edition(full)


def _without_edition(name: str, between: str = "") -> str:
    """An event's name without the editions it opens with (2025年第九届亚洲冬季运动会: a year and an edition), and without
    the marks `between` that follow one."""
    while (edition := re.match(_EDITION, name)) is not None and edition.end() < len(name):
        name = name[edition.end():].lstrip(between)
    return name


# a water project by its own name (滇中引水工程, 大藤峡水利枢纽工程, 引绰济辽输水工程): a project (SCHEMA.md: Programme);
# not one of a kind (农村供水工程, 规模化供水工程, 重大水利枢纽工程)
_WATER_WORKS = re.compile(r"(?:引水|调水|供水|输水|水利枢纽)工程")
_DIVERSION = re.compile(r"引[\u4e00-\u9fff]{1,2}济[\u4e00-\u9fff]{1,2}$")  # 引绰济辽: from one river to a region
# a diversion named by its river's one character alone (引江济淮工程, 引漳入林水利工程, 引洮供水工程); the kinds of work
# themselves (引水工程, 引调水工程) name no river
_DIVERSION_WORKS = re.compile(r"引[\u4e00-\u9fff](?:[济入][\u4e00-\u9fff]{1,2}?(?:供水|调水|输水|水利|灌溉)?|供水|调水|输水)工程")
_PROPER_STEM_TAGS = ("ns", "nz", "nr", "j")
_OF_A_KIND = frozenset("重大 重点 小型 大型 中型 骨干 集中 农村 城乡 城市 规模化 全国 国家".split())


def _proper(words: tuple[str, ...]) -> bool:
    return any(word_tag(w).startswith(_PROPER_STEM_TAGS) for w in words)


def _water_projects(text: str, taken: list["ProgrammeMention"]) -> list["ProgrammeMention"]:
    """Water projects named without quotes: the kind, and before it a name of two to five characters that opens at a
    word's edge and is a proper one (a place's or a river's name, 引X济Y), not words of a kind; and diversions named by
    their river's character (引江济淮工程)."""
    out = []
    for m in _WATER_WORKS.finditer(text):
        for n in range(5, 1, -1):
            start = m.start() - n
            stem = text[start:m.start()] if start >= 0 else ""
            if not stem or not re.fullmatch(r"[\u4e00-\u9fff]+", stem) or splits_a_word(text, start):
                continue
            words = _cut(stem)
            if _DIVERSION.match(stem) or (all(not word_tag(w).startswith(("v", "m", "q", "p", "c", "d", "r", "u"))
                                               and w not in _OF_A_KIND for w in words) and _proper(words)):
                # (云南滇中引水工程, 广西桂平大藤峡…: the place the project lies in is none of its name, where a name of
                # its own is left: not 甘肃中部供水工程)
                start += next((k for k in range(len(stem) - 2, 1, -1) if _proper(_cut(stem[k:]))
                               and divisions().names_a_division(stem[:k], ("Province", "City", "County"))), 0)
                if not any(p.start < m.end() and start < p.end for p in taken + out):
                    out.append(ProgrammeMention(start, m.end(), text[start:m.end()]))
                break
    for m in scan(_DIVERSION_WORKS, text, ("工程",)):
        if not any(p.start < m.end() and m.start() < p.end for p in taken + out):
            out.append(ProgrammeMention(m.start(), m.end(), m.group()))
    return out


# the fields of a year two countries hold (中俄文化年, 越中人文交流年, 中柬友好年), or one country holds in the other
# (中国旅游年 in Kazakhstan, 哈萨克斯坦旅游年 in China)
_YEAR_FIELDS = ("人文交流", "文化和旅游", "文化旅游", "旅游文化", "文化交流", "体育交流", "媒体交流", "青年友好交流", "友好交流",
                "友好合作", "地方合作", "科技创新合作", "友好", "文化", "旅游")
_ONE_COUNTRYS_FIELDS = ("文化和旅游", "文化旅游", "旅游文化", "旅游", "文化")
_YEAR_NEEDLES = tuple(f"{field}年" for field in _YEAR_FIELDS)


@functools.cache
def _bilateral_year() -> re.Pattern[str]:
    partners = "".join(sorted(PAIRED_WITH_CHINA))
    fields = "|".join(sorted(_YEAR_FIELDS, key=len, reverse=True))
    one = "|".join(sorted(_ONE_COUNTRYS_FIELDS, key=len, reverse=True))
    names = "|".join(sorted({c for c in countries() if len(c) > 1} | {"中国"}, key=len, reverse=True))
    return re.compile(rf"(?:中国?(?:[{partners}]|东盟)|[{partners}]中)(?:{fields})年|(?:{names})(?:{one})年")


def _bilateral_years(text: str, taken: list["ProgrammeMention"]) -> list["ProgrammeMention"]:
    """Years two countries hold for a field, named without quotes (2024年和2025年是中俄文化年, 办好中越人文交流年):
    named programmes of the two governments (the text seldom says which body runs them)."""
    return [ProgrammeMention(m.start(), m.end(), m.group()) for m in scan(_bilateral_year(), text, _YEAR_NEEDLES)
            if not any(p.start < m.end() and m.start() < p.end for p in taken)]


def _hosted_events(text: str, taken: list["ProgrammeMention"]) -> list["ProgrammeMention"]:
    """Events named without quotes after the bodies that host them (由A、B共同主办的第四届海南岛国际电影节): the name
    without its edition (the edition's form its alias); a quoted name the finder read already stays as it was."""
    out = []
    known = {p.alias or p.name for p in taken}
    # (第四届国际智慧交通产业博览会今天开幕: an event held again and again under its name, its edition says so,
    # whoever hosts it)
    opening = [m for m in _OPENING_EVENT.finditer(text) if _hosted_later(text, m)
               or (m.group("edition") or "").startswith(("第", "首"))]
    editions = [m for m in _EDITION_EVENT.finditer(text) if _named_edition_event(_event_name(m.group("name"))[1])]
    festivals = [m for m in _HELD_FESTIVAL.finditer(text) if _FESTIVAL_STEM.fullmatch(m.group("name"))]
    for m in [*_HOSTED_EVENT.finditer(text), *_HELD_EVENT.finditer(text), *opening, *editions, *festivals]:
        start, end = m.span("name")
        if any(p.start < end and start < p.end for p in [*taken, *out]) \
                or not m.group("edition") and any(q in known for q in _QUOTE_INNER.findall(m.group())):
            # (“X”评选表彰会 … “X”活动启动: the quoted name the text launches elsewhere is the programme; but an edition
            # of an event named after it is an event of its own: 共建“一带一路” … 第三届“一带一路”国际合作高峰论坛)
            continue
        full, name = _event_name(m.group("name"))
        if "的" in name or (len(name) < 4 and not name.endswith("运会")) or _opens_with_function_word(name) or not _is_name(name) \
                or _NO_EVENT_NAME.search(name):
            continue  # 主办的这次活动, 承办的各项活动, 首场大型多边活动, …会议等活动: no name
        if name in national_official_names() or name in national_short_forms():
            continue  # 第77届联合国大会: a body the tables name (the General Assembly), in its session, no event
        out.append(ProgrammeMention(start, end, name, alias=full if full != name else "",
                                    verb_pos=start if m.re in (_OPENING_EVENT, _EDITION_EVENT) else m.start(),
                                    attended=m.re is _EDITION_EVENT))
    named = taken + out
    for m in _EVENT_AGAIN.finditer(text):
        before = [p for p in named if p.end <= m.start() and p.name.endswith(m.group("kind"))]
        if before:
            last = max(before, key=lambda p: p.end)
            out.append(ProgrammeMention(m.start(), m.end(), last.name, alias=last.alias, verb_pos=m.start()))
    return out


@dataclass
class ProgrammeMention:
    start: int
    end: int
    name: str
    alias: str = ""
    verb_pos: int = -1  # where the governing verb starts, when there is one
    followed: bool = False  # another's plan that the sentence complies with (落实…措施): its subject runs none
    # an event read only by its edition (出席第十九届东亚峰会): who is in its sentence attends it; only its hosts run it
    attended: bool = False


_THEME_OPENING = re.compile(r"学习贯彻|深入贯彻|树立和践行")
_THEME_REST = re.compile(rf"[{CJK}]{{2,30}}(?:思想主题教育|精神学习教育|政绩观学习教育)")
# who studies or when, not what: 全党学习教育, 机关学习教育, 及时总结学习教育成效
_NOT_TOPIC = frozenset("全党 全市 全省 全区 全县 全行 全国 全体 机关 企业 单位 部门 系统 高校 学校 使领馆 总结 部署 "
                       "精神 经常性 纪律 中将 专题 集中 开展 深化 巩固 推动 成果".split())
# what is done to a quoted name when it is criticised, not run: 搞“形象工程”, 不搞…面子工程
# what is left behind is not run either: 突破“你讲我听”传统模式, 打破…
# (叫停、责令整改盲目“造景”项目: what is stopped or put right is no one's programme; 所谓“…”: a so-called one)
_CRITICISED = re.compile(r"(?:所谓|搞|杜绝|反对|防止|避免|整治|纠治|警惕|严禁|禁止|不做|不要|突破|打破|破除|摒弃|告别|改变|叫停|整改|查处)"
                         r"(?:[^，。；“”]{0,8}的|(?:违规|盲目)[\u4e00-\u9fff]{0,2})?$")  # (严禁违规建设“大棚房”)


# (开展第二批主题教育, 启动新一轮…: the batch or round of the campaign between the verb and its name)
_VERB_NEAR = re.compile(rf"(?:{_VERB_ALT})(?:了|好|的|线上|线下|第[一二三四五六七八九十\d]+[批轮期]|新一[批轮期]|[{CJK}]{{0,2}})?$")
# 精心组织第二批主题教育, 着力推动第二批主题教育走深走实: who takes pains to organise or drive a campaign on carries it
# out (推动 and 组织 alone govern too much else: 推动《…公约》第二十七次缔约方大会取得成功, 要…组织好，推动主题教育…)
_CAMPAIGN_DRIVEN = re.compile(r"(?:着力|积极|精心|认真|扎实|全面|有序|深入|有力)(?:推动|组织)(?:好|第[一二三四五六七八九十\d]+[批轮期])?$")


def _verb_done(name: str) -> bool:
    """给予了慷慨无私的援助: a verb and 了 open a clause someone said, never a name."""
    words = _cut(name)
    return len(words) >= 2 and words[1] == "了" and word_tag(words[0]).startswith("v")


def _verbs_only(name: str) -> bool:
    """走出去, 回头看: a short phrase of verbs only names an action, not a programme."""
    words = tokens_before(name, len(name), len(name))
    return len(name) <= 4 and bool(words) and all(word_tag(w).startswith("v") for w in words)


# 把X作为重要政治任务, 将X与中心工作结合, 把X和业务工作结合起来, 把X融入日常: who does this with a programme
# carries it out
_DISPOSAL_AFTER = re.compile(r"(?:作为|纳入|融入|贯穿|与|同|和)")
# (把第二批主题教育与灾后恢复重建紧密结合起来: the batch of the campaign between 把 and its name)
_DISPOSAL_BEFORE = re.compile(r"[把将](?:第[一二三四五六七八九十\d]+[批轮期])?$")


def _governing_verb(text: str, start: int, previous: "ProgrammeMention | None", end: int = -1) -> int:
    """Where the verb that launches the mention at `start` begins (开展党史学习教育, 打造的智慧数村APP,
    出台《…》), the 把 or 将 that takes it as what a body acts on (某大学把…学习教育作为重要政治任务),
    or the verb of the programme just before it in a run (举办“某某”竞赛比武“某某讲坛”)."""
    before = text[max(0, start - 8):start]
    m = _VERB_NEAR.search(before)
    if m is None and end > start and text.endswith(_CAMPAIGN_KINDS, start, end):
        m = _CAMPAIGN_DRIVEN.search(before)
    if m:
        return start - (len(before) - m.start())
    disposal = _DISPOSAL_BEFORE.search(text, max(0, start - 6), start)
    if end > start and disposal is not None and _DISPOSAL_AFTER.match(text, end):
        return disposal.start()
    if previous is not None and previous.verb_pos >= 0 and 0 <= start - previous.end <= 1:
        return previous.verb_pos
    means = _MEANS_OPENING.search(text, max(0, start - 9), start)
    if means is not None and (means.start("verb") == means.start() or text.startswith("“", means.end())):
        return means.start("verb")  # (a subject's means is quoted: 某市通过《…宣言》 adopts a document)
    return -1


# 。通过“关企对话会”“海关政策直通车”等机制，听取企业呼声: a sentence that opens with the means it works through has the
# subject of the sentence before (not 会议通过《…》, adopted; nor 通过 deep inside a sentence, where anyone may use the
# means); 。南平通过“坐坐群众的小板凳”…: a short subject and the means, that subject's (a name, when it is one)
_MEANS_OPENING = re.compile(r"(?:^|(?<=[。！？；\n]))(?:[\u4e00-\u9fff]{2,6})?(?P<verb>通过)$")
_SENTENCE_END = re.compile(r"[。；！？;!?\n]")


def _means_after_a_subject(text: str, verb_pos: int) -> bool:
    """Whether the verb at `verb_pos` is the 通过 of a subject's means (多地还通过“一线课堂”…, 甘肃河西走廊通过…): the
    subject is the clause's own, named or not, and no sentence before says whose the means are."""
    return text.startswith("通过", verb_pos) and verb_pos > 0 and not _SENTENCE_END.match(text, verb_pos - 1)


_RUN_VERB = re.compile("|".join(sorted(set(RUN_VERBS), key=len, reverse=True)))


def _clause_verb(text: str, start: int) -> int:
    """A launching verb earlier in the same sentence (深化开展在职党员“某某、某某”活动; 深入实施
    “123”工作法,常态长效项目、流动党员“某某管理”项目), or -1; only a name with its own kind word
    (活动, 工程) is read this far from its verb."""
    window = max(0, start - 60)
    sentence = max((m.end() for m in _SENTENCE_END.finditer(text, window, start)), default=window)
    verbs = list(_RUN_VERB.finditer(text, sentence, start))
    return verbs[-1].start() if verbs else -1


def _campaign_name(text: str, end: int) -> str:
    """主题教育 itself, its full title (学习贯彻…思想主题教育), or a topic of study (党史学习教育)."""
    head = text[max(0, end - 40):end]
    # the opening nearest the end: in 学习贯彻…党建思想与树立和践行正确政绩观学习教育 the campaign is the second
    for opening in reversed(list(_THEME_OPENING.finditer(head))):
        if _THEME_REST.fullmatch(head, opening.end()):
            return head[opening.start():]
    if head.endswith("主题教育"):
        return "主题教育"
    topic = next(words_before(text, end - 4, 6), "")
    # the topic studied is a noun (党史, 党纪): 高校 or 中央 before 学习教育 are where, not what
    if len(topic) >= 2 and word_tag(topic) == "n" and topic not in STOP_WORDS and topic not in _NOT_TOPIC:
        return topic + "学习教育"
    return ""


def _word_end(name: str, cut: int) -> int:
    """`cut` itself, or the end of the word it falls inside (李希要求抓好…集中整治: the 要 of 要求 is no
    preposition to cut after, the campaign begins after the whole verb)."""
    return cut if cut <= 0 else next((edge for edge in word_edges(name) if edge >= cut), cut)


def _without_leading_verbs(name: str) -> str:
    """抓好群众身边…集中整治: a verb that opens the name governs the campaign (抓好, 推动), it is not part of it, nor
    is an adverb before that verb (切实抓好, 深入推进)."""
    words = tokens_before(name, len(name), len(name))
    k = cut = 0
    for word in words[:-1]:
        if len(word) < 2 or word_tag(word) not in ("v", "d", "ad"):
            break
        k += len(word)
        if word_tag(word) == "v":
            cut = k
    return name[cut:]


# what completes a verb (落实好, 开展了): it opens no name after the verb
_COMPLEMENTS = frozenset("好了着过")
# adverbs, prepositions, conjunctions, pronouns: no name opens with one
_FUNCTION_TAGS = ("d", "p", "c", "r")


def _opens_with_function_word(name: str) -> bool:
    words = tokens_before(name, len(name), len(name))
    return bool(words) and word_tag(words[0]).startswith(_FUNCTION_TAGS)


def _short_reference(stem: str) -> bool:
    """《指导意见》, 《若干措施》, 《实施方案》: the short form a text uses for a document it named in
    full before (以下简称…), not a name of its own."""
    return len(stem) <= 2 and (not stem or word_tag(stem) in ("v", "vn", "m", "a", "d", "n", ""))



# a count in figures of the things a quoted word names (“口袋公园”4万多个, 3080个“小马工作站”)
_COUNT = r"[0-9０-９][0-9０-９.]*[万千百]?[多余]?[个家座处所条项]"
_COUNTED_AFTER = re.compile(f"^{_COUNT}")
_COUNTED_BEFORE = re.compile(f"{_COUNT}$")
_DASHES = re.compile(r"[—－-]+")  # (“欢乐春节——…活动”: one dash, written twice)
_COUNTER = re.compile(r"^[一二两三四五六七八九十]+[个项大条]")


# an everyday word, the official answerable and a responsibility system name one (“菜篮子”市长负责制: the mayor answers
# for the vegetable basket), as no everyday word with another kind does (“沉浸式”体验活动)
_RESPONSIBILITY = ("负责制", "责任制")


# how large or weighty a programme is, said between its quoted name and its kind (“西电东送”重点工程, “一带一路”重点项目),
# or that it is a series (“精彩北京 畅游京城”系列活动)
_SCALE_WORDS = frozenset(("重大", "重点", "重要", "大型", "标志性", "系列"))


# verbs that make the words after a quote a clause of their own (“…”开展活动, “…”成为品牌, “…”加快建设, “…”提供制度
# 支撑), or say how things stand (“…”在建项目, “…”相关活动), what is done with a thing (“…”发射平台) or done against (“台独”
# 分裂活动): no scheme's doing
_CLAUSE_VERBS_IN_GAP = frozenset(RUN_VERBS) | frozenset(PROGRAMME_LAUNCHED) | frozenset(
    "成为 作为 变成 列入 纳入 入选 获评 荣获 获得 带动 推动 助力 引领 亮相 走进 走出 迎来 开始 结束 取得 实现 打响 "
    "加快 加速 提供 在建 相关 联合 发射 分裂 破坏 渗透 颠覆".split())


def _gap_kind(gap: str, kind: str = "") -> str:
    """What the words between a quote and its kind word say: "join" when they are part of the name
    (“…”支部建设, “…”主题党日活动, “…”新型基层治理机制), "apart" after 的/等 (“…”的品牌,
    “…”等主题党建活动: the quote alone is the name), "" when they are a clause of their own.  `kind`: the kind word after
    the gap (a verb in the gap joins no 建设: “…”加快建设 is a clause)."""
    if not gap:
        return "join"
    if gap[0] in "的等" or _COUNTER.match(gap) or gap in _SCALE_WORDS:
        return "apart"  # “…”“…”两个建设方案: a count of the names before; “西电东送”重点工程: a project of scale
    words = tokens_before(gap, len(gap), len(gap))
    tags = [word_tag(w) or "x" for w in words]
    if tuple(words) == (gap,) and tags == ["v"] and len(gap) >= 2 and gap not in _CLAUSE_VERBS_IN_GAP \
            and not kind.startswith(PROGRAMME_AFTER_ONLY):
        return "join"  # “小小红色宣讲员”传承活动, “…”帮扶机制: what the scheme does, before its kind
    if not words or not tags[0].startswith(_GAP_TAGS):
        return ""
    # nouns and modifiers, maybe ending in a verb that the nouns govern (基层治理)
    if all(t.startswith(_GAP_TAGS) for t in tags[:-1]) and (tags[-1].startswith(_GAP_TAGS) or
                                                           (tags[-1] == "v" and len(words[-1]) >= 2)):
        return "join"
    return ""


# “1+3+N”服务体系: a formula of counts (one core, three teams, any number of services) names a scheme
_FORMULA = re.compile(r"[0-9A-Za-z]+(?:\+[0-9A-Za-z]+)+")


def _is_name(candidate: str, longest: int = 30) -> bool:
    # “A+B+C”: a chain of three parties or more describes how a scheme is arranged, not its name (a formula of
    # counts is one)
    return not NOT_PROGRAMME.search(candidate) and len(candidate) <= longest \
        and (candidate.count("+") < 2 or _FORMULA.match(candidate) is not None) \
        and not (ACTS_OF_WAR.search(candidate) and not POLICY_TITLE.search(candidate) and not candidate.endswith("法"))


# a task quoted from a plan or a decision (“完善城乡融合发展体制机制”, “构建多元化食物供给体系”, “超前布局重大科技项目”):
# a verb of building or improving before the kind of system it builds, not a programme's name
_TASK = re.compile(r"(?:构建|完善|健全|建立健全|统筹建立|加快构建|加快建设|超前布局|开展)[^“”]{2,}(?:体系|体制机制|机制|项目|行动)$")


_CAMPAIGN_KINDS = ("学习教育", "主题教育")


def _plans_listed_after(text: str, end: int, verb_pos: int, followed: bool) -> list[ProgrammeMention]:
    """The plans listed after one that a verb governs (推进A行动、B工程、C专项行动), up to the first item that is no
    plan's name: a clause with a verb of its own (、加快实施…, 、接续实施生态省战略), a kind of work (、一批重大工程), a
    description (…的行动)."""
    listed = []
    while (m := _NEXT_PLAN.match(text, end)) is not None:
        name = m.group("plan")
        if "的" in name or "是" in name or _NOT_ONE_PLAN.search(name) or _opens_with_function_word(name) \
                or re.match(_VERB_ALT, name) or re.search(_PLAN_VERBS, name) or not _is_name(name) \
                or _A_CAMPAIGNS_PAPER.search(name):
            break
        listed.append(ProgrammeMention(m.start("plan"), m.end("plan"), name, verb_pos=verb_pos, followed=followed))
        end = m.end()
    return listed


def _campaign_named_short(text: str, found: list[ProgrammeMention], bare: list[ProgrammeMention]) -> list[ProgrammeMention]:
    """某部门制定学习教育工作方案 after the text named 深入贯彻…精神学习教育: the campaign's kind alone is
    that campaign, when the text names only one of that kind in full, and so is its name without the verb it
    opens with (推进中央八项规定精神学习教育, the name its alias); alone (no campaign named in full, or two) it is no
    programme."""
    out = []
    for kind in _CAMPAIGN_KINDS:
        full = {p.name for p in found if p.name.endswith(kind) and p.name != kind}
        if len(full) == 1:
            name = full.pop()
            opening = _THEME_OPENING.match(name)
            tail = name[opening.end():] if opening else ""
            for p in (p for p in bare if p.name == kind):
                if len(tail) > len(kind) + 2 and text.endswith(tail, 0, p.end):
                    out.append(dataclasses.replace(p, start=p.end - len(tail), name=name, alias=tail))
                else:
                    out.append(dataclasses.replace(p, name=name))
        elif kind == "主题教育":
            out += [p for p in bare if p.name == kind]  # (主题教育 alone: the one campaign of its name)
    return out


# what may stand between two quotes of one list (“A”“B”, “A”、“B”, “A”和“B”), besides white space (a line a
# page's layout broke between them)
_LISTED_APART = ("", "、", "和", "与", "及", "以及")


_BARE_ITEMS = re.compile(rf"(?:、[{CJK}]{{2,12}}?)+(?=等)")


def _listed(text: str, quotes: list[re.Match]) -> set[int]:
    """The starts of the quotes of each run of quotes (“A”“B”“C”, “A”、“B”和“C”) that a kind word after the last
    names together, past 等 or a count (“护苗”“净网”“秋风”等专项行动, “…”“…”两个建设方案): each is one of that kind,
    as the last is, whatever its own words.  `quotes`: the text's _QUOTE matches (find_programmes reads them too)."""
    listed: set[int] = set()
    run: list[re.Match] = []
    for m in [*quotes, None]:
        if m is not None and run and text[run[-1].end():m.start()].strip() in _LISTED_APART:
            run.append(m)
            continue
        if len(run) >= 2:
            last = run[-1]
            suffix = _AFTER.match(text[last.end():last.end() + 16])
            gap = suffix.group("gap") if suffix else ""
            if gap.startswith("等") or _COUNTER.match(gap):
                listed.update(q.start() for q in run)
        if run:
            # 便民大集、“银龄生日会”、长安电影日等特色活动: items written bare listed after the quotes, up to 等 and the kind
            bare = _BARE_ITEMS.match(text, run[-1].end())
            suffix = _AFTER.match(text[bare.end():bare.end() + 16]) if bare else None
            if suffix is not None and suffix.group("gap").startswith("等"):
                listed.update(q.start() for q in run)
        run = [m] if m is not None else []
    return listed


# a kind word of one character, which a longer word may hold (贷 of 贷款): a loan product
_ONE_CHARACTER_KINDS = tuple(kind for kind in PROGRAMME_SUFFIXES if len(kind) == 1)
_CAMPAIGN_BODY_AFTER = re.compile(r"(?:工作)?(?:领导小组|办公室|指导组|巡回指导组|专班)")
_PROPER_NAME_TAGS = ("ns", "nt", "nz", "j", "nr")  # (湖南邵阳: jieba tags 邵阳 a name)


def _named_right_before(text: str, pos: int) -> bool:
    """Whether the word right before `pos` is a place's or a body's name (jieba's tags), no verb or pronoun."""
    words = tokens_before(text, pos, 6)
    return bool(words) and word_tag(words[-1]) in _PROPER_NAME_TAGS


def find_programmes(text: str) -> list[ProgrammeMention]:
    found: list[ProgrammeMention] = []
    criticised_end = -1  # end of the last quote that a criticising verb governs (搞“形象工程”“政绩工程”)
    quotes = list(_QUOTE.finditer(text))
    listed = _listed(text, quotes)
    for m in quotes:
        inner = m.group(1).strip()
        if not _is_name(inner) or _TASK.match(inner) or _verb_done(inner):
            continue
        after = text[m.end():m.end() + 16]
        before = text[max(0, m.start() - 10):m.start()]
        if _CRITICISED.search(before) or m.start() == criticised_end:
            criticised_end = m.end()
            continue
        cleft = _CLEFT.match(text, m.end())
        if cleft is not None and _is_name(inner) and not _PERIOD.match(inner):
            # 这个“共富工坊”是代庄村合作社这两年建起来的: who set it up, said after it
            found.append(ProgrammeMention(m.start(), m.end(), inner, verb_pos=cleft.start("verb")))
            continue
        office = bool(_OFFICE_AFTER.match(after))
        launched = bool(_LAUNCHED_AFTER.match(after)) or office  # 街道:“…”启航
        if _PERIOD.match(inner) or _GENERATION.match(inner):
            continue  # “十四五”以来, “十五五”期间: a plan period, not something set up
        if _COUNTED_AFTER.match(after) or _COUNTED_BEFORE.search(before):
            continue  # 打造“口袋公园”4万多个, 建成100个“口袋公园”: a kind of which there are many, not one named
        if _NOT_AFTER.match(after) or _SPEECH_AFTER.match(after) \
                or (before.endswith(("：", ":")) and not launched):
            continue
        suffix = _AFTER.match(after)
        if suffix and suffix.group("suffix").endswith(_ONE_CHARACTER_KINDS) and splits_a_word(after, suffix.end()):
            # “平急两用”公共基础设施建设贷|款: a kind word of one character cut out of a longer word (贷款, a loan) is none
            suffix = None
        gap = _gap_kind(suffix.group("gap"), suffix.group("suffix")) if suffix else ""
        if gap == "join" and suffix.group("gap") and _MEDIUM.match(suffix.group("suffix")):
            gap = "apart"  # “红心e站”微信小程序: the medium is not part of the name
        if gap == "apart" and suffix.group("gap")[0] == "的" and not _APPOSITIVE.search(suffix.group("suffix")):
            gap = ""  # “<someone>”的…课堂 is whose class; “…”的品牌 is the brand so named
        own_suffix = _ENDS_WITH_SUFFIX.search(inner)
        if own_suffix and len(own_suffix.group()) >= len(inner) or own_suffix and _NOT_ONE_STRATEGY.search(inner):
            own_suffix = None
        verb = _VERB_BEFORE.search(before)
        verb_pos = m.start() - (len(before) - verb.start()) if verb else -1
        if verb is None and ((before.endswith("以") and _VEHICLE.match(after))
                             or (before.endswith(("把", "将")) and _TAKEN_AS_VEHICLE.match(after))):
            found.append(ProgrammeMention(m.start(), m.end(), inner, verb_pos=m.start() - 1))
            continue
        hosted = _HOSTED_NAMED.search(before)
        if hosted is not None:  # 举办了名为“…”的系列演出: the name given to an event a body holds
            found.append(ProgrammeMention(m.start(), m.end(), inner, verb_pos=m.start() - (len(before) - hosted.start())))
            continue
        # named by the kind word after its list's last quote (not a bare verb: “培育”“遴选”“应用”三大行动 are steps)
        in_list = m.start() in listed and not _verbs_only(inner)
        named_as = (suffix is not None and gap in ("join", "apart")) or bool(_KIND_BEFORE.search(before)) or in_list
        built = verb is not None and _BUILT.match(verb.group()) is not None and not _verbs_only(inner)
        # 共建“一带一路”: what countries and places build together is set up, though who joins it runs none of it
        built_together = before.endswith(_BUILT_TOGETHER) and not _verbs_only(inner)
        if (_NUMBERED_SLOGAN.match(inner) or _verbs_only(inner) or "、" in inner) \
                and not named_as and not (own_suffix and "、" not in inner) and not built and not launched \
                and not built_together and not (suffix and "、" in inner):
            continue  # “五位一体”, “十四五”, “走出去”, “学思想、强党性”: watchwords, not something set up
        if _NUMBERED_SLOGAN.match(inner) and suffix and gap == "join" and len(suffix.group("gap")) > 2:
            gap = ""  # “十四五”时期体育强国建设: a watchword that dates a long phrase, not a name with its kind
            named_as = bool(_KIND_BEFORE.search(before))
            if not own_suffix and not built:
                continue
        joined_close = bool(suffix) and gap == "join" and not suffix.group("gap")
        if len(_DASHES.findall(inner)) >= 2 and not (suffix and gap == "join"):
            continue  # 构建“市—区县—乡镇街道”纵向三级贯通…: levels in a chain, how a scheme is arranged, not its name
        everyday = word_tag(inner) not in ("", "nr", "ns", "nt", "nz")
        if (everyday or _DESCRIPTOR.search(inner)) \
                and not joined_close and not _KIND_BEFORE.search(before) and not own_suffix and not in_list \
                and not (suffix and gap == "join" and suffix.group("suffix").endswith(_RESPONSIBILITY)) \
                and not (launched and not office and not everyday):
            # 实行“点对点”服务, “沉浸式”体验: an everyday word or a manner, not a name; 政策“组合拳”落地: a
            # metaphor, whatever is said to land
            continue
        if after.startswith("的") and not named_as and not own_suffix and not (built_together and "、" not in inner):
            continue  # 打造“没有围墙”的养老院: what kind of thing, not its name (but 共建“一带一路”的典范: the initiative)
        if _QUESTION.search(inner):
            continue  # “扶持谁、谁来扶…”: questions to answer
        if _BODY_AFTER.match(after):
            continue  # “…”志愿服务队: the name of a body, which the organisation finder reads
        if _BODY_END.search(inner) and not (suffix and gap == "join"):
            continue  # “…服务队”: a body that is set up, not a programme (the organisation finder reads it)
        if suffix and _LEFT_BEHIND_AFTER.match(after, suffix.end()):
            continue  # “…”模式一经打破: what is broken with
        if suffix and gap == "join" and not suffix.group("gap") and suffix.group("suffix") == "活动" \
                and len(inner) <= 2 and word_tag(inner) == "n":
            continue  # 一场“<common noun>”活动: an activity of a common kind, not a named one
        if suffix and gap == "join" and not own_suffix:
            # the kind word joins the name, with the words between (“…”主题党日活动)
            tail = suffix.group("gap") + suffix.group("suffix")
            found.append(ProgrammeMention(m.start(), m.end() + len(tail), inner + tail, alias=inner, verb_pos=verb_pos))
        elif verb or own_suffix or named_as or launched:
            found.append(ProgrammeMention(m.start(), m.end(), inner, verb_pos=verb_pos))
        elif built_together:  # (those who build it together join it: they run none of it, as those who attend an event)
            found.append(ProgrammeMention(m.start(), m.end(), inner, verb_pos=verb_pos, attended=True))
    # 深化X和“…”活动: an unquoted name that one launching verb governs together with a quoted programme
    for prog in list(found):
        if prog.alias or prog.name.endswith(PROGRAMME_SUFFIXES):
            co = _COORDINATED.search(text, max(0, prog.start - 20), prog.start)
            # (落实好碳达峰碳中和“1+N”政策体系: 好 completes the verb, and 和 ends 碳中和: no name joined by 和)
            if co and not any(w in co.group("name") for w in ("的", "等")) and not _ENDS_WITH_SUFFIX.search(co.group("name")) \
                    and co.group("name")[0] not in _COMPLEMENTS:
                found.append(ProgrammeMention(co.start("name"), co.end("name"), co.group("name"), verb_pos=co.start()))
    for m in _TITLE.finditer(text):
        dated = m.group(1)
        edition = _YEARS_COVERED.search(dated)
        inner = dated[:edition.start()] if edition else dated  # (…行动方案（2025—2027年）: the plan of those years)
        kind = POLICY_TITLE.search(inner) or _REPORT_ON.search(inner) or _LAW.search(inner)
        kind_start = kind.start(kind.lastindex or 0) if kind else len(inner)
        # (《新时代的中国北斗》白皮书: a white paper, whatever its title's last word)
        if (kind or text.startswith(_WHITE_PAPER, m.end())) and _is_name(inner.replace("“", "").replace("”", ""), _POLICY_TITLE_MAX) \
                and not _short_reference(inner[:kind_start]) and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start()) \
                and not _ARTICLE_AFTER.match(text, m.end()):
            issued = _ISSUED.search(text, max(0, m.start() - 3), m.start())  # 农业农村部日前发布《…方案》
            # (the title's own quotes and inner title marks are no part of the name: 《“十五五”碳达峰行动方案》)
            found.append(ProgrammeMention(m.start(), m.end(), _TITLE_MARKS.sub("", inner),
                                          alias=_TITLE_MARKS.sub("", dated) if edition else "",
                                          verb_pos=issued.start() if issued else -1,
                                          followed=SIGNED_DOCUMENT.search(inner) is not None))
    bare = []  # 学习教育 / 主题教育 alone: the kind of the campaign the text names in full, if only one
    for m in scan(_CAMPAIGN, text, ('学习教育', '主题教育')):
        name = _campaign_name(text, m.end())
        if name in _CAMPAIGN_KINDS or (not name and text.endswith("学习教育", 0, m.end())):
            bare.append(ProgrammeMention(m.end() - 4, m.end(), text[m.end() - 4:m.end()]))
        elif name:
            found.append(ProgrammeMention(m.end() - len(name), m.end(), name))
    found += _campaign_named_short(text, found, bare)
    for m in scan(_CLEANUP, text, _CLEANUP_KINDS):
        name = m.group(1)
        verb = re.match(rf"(?:{_RUN_ALT})", name)
        if verb:
            name = name[verb.end():]
        cut = max((name.rfind(w) + 1 for w in "与同把将对以要"), default=0)
        name = name[_word_end(name, cut):]  # 把…学习教育与X集中整治: the campaign is what follows the last preposition
        inner_verb = list(re.finditer(rf"(?:{_RUN_ALT}|围绕|针对|聚焦)", name))
        if inner_verb:
            name = name[inner_verb[-1].end():]  # 针对…开展专项整治: the verb's object is not named
        name = _without_leading_verbs(name)
        if name[-5:-4] in ("和", "与", "及"):
            continue  # 抓实问题查摆和集中整治: two tasks of a campaign joined, no campaign's name
        if name.endswith(("问题整治", "队伍教育整顿")) and (len(name) < 10 or name.startswith(_GENERIC_ILLS)):
            continue  # 干部队伍教育整顿, 重点领域突出问题整治: a kind of campaign, whose field or force is no name
        if len(name) >= 8 and "的" not in name and "等" not in name:
            # (节庆、展会、论坛等相关违法违规行为专项整治: a kind of ill described by examples, no campaign's name)
            found.append(ProgrammeMention(m.end(1) - len(name), m.end(1), name))
    for m in scan(_COUNTED_RULES, text, ("项规定", "轮巡视")):
        found.append(ProgrammeMention(m.start(), m.end(), m.group()))
    for m in scan(_CHIEF_SYSTEM, text, ("长制",)):
        found.append(ProgrammeMention(m.start(), m.end(), m.group()))
    for m in scan(_RANKED_SEMINAR, text, ("专题研讨班",)):
        found.append(ProgrammeMention(m.start(), m.end(), m.group()))
    for m in scan(_GLOBAL_INITIATIVE, text, ("倡议",)):
        field = m.group("field")
        tags = [word_tag(w) for w in tokens_before(field, len(field), len(field))]
        # (nouns, the last maybe a verb they govern: 人工智能治理, 治理)
        if all(t.startswith(_FIELD_TAGS) for t in tags[:-1]) and tags[-1].startswith((*_FIELD_TAGS, "v")):
            # (those who support, join or carry it out are named, seldom who proposed it: none of them runs it)
            found.append(ProgrammeMention(m.start(), m.end(), m.group(), followed=True))
    for m in scan(_APP, text, ('APP', 'App', '小程序')):
        # 某县开发小程序: who made it and how, not a name; 将进一步深入治理App: a clause (将 "will"), no name
        if not re.search(_VERB_ALT, m.group(1)) and not _opens_with_function_word(m.group(1)) \
                and not any(w in STOP_WORDS for w in _cut(m.group(1))):
            # (消费者可以通过手机小程序查看: a clause, 可以 "can", 通过 "through")
            found.append(ProgrammeMention(m.start(1), m.end(1), m.group(1)))
    for m in _UNQUOTED.finditer(text):
        group = "rule" if m.group("rule") else "plan"
        name = m.group(group)
        counted = group == "plan" and _COUNTED_MEASURES.search(name) is not None
        if ("的" in name or "是" in name) and not counted:
            continue  # 实施的一种市场准入制度, 实施针对…的执法行动, 推进…建设是实施…战略 (a clause, no name)
        verbs = _VERBS_BEFORE_A_PLAN.match(name) if group == "plan" else None
        skip = verbs.end() if verbs and len(name) - verbs.end() >= 4 else 0
        name = name[skip:]  # 推进实施…国家战略, 参与国家乡村振兴战略: the verbs before the plan's name govern it
        year = _YEAR_OPENING.match(name) if group == "plan" else None
        if year is not None and len(name) - year.end() >= 4:
            skip += year.end()  # 启动2025年义务教育阳光招生专项行动: the year is the campaign's edition, not its name
            name = name[year.end():]
        batch = _BATCH_OPENING.match(name) if group == "plan" else None
        if batch is not None and len(name) - batch.end() >= 4:
            skip += batch.end()  # 实施新一轮千亿斤粮食产能提升行动, 第二批母亲河复苏行动: the round, not the name
            name = name[batch.end():]
        if group == "plan" and (_NOT_ONE_PLAN.search(name) or (_opens_with_function_word(name) and not counted)
                                or not _is_name(name)):
            continue  # 实施一批重大工程, 开展…等专项行动 (but 落实进一步…的十条措施: a title of measures); 实施…空袭行动
        if group == "plan" and _A_CAMPAIGNS_PAPER.search(name):
            continue  # 出台党纪学习教育实施方案, 落实第二批主题教育指导意见: the campaign's paper; the campaign is read
        followed = group == "plan" and m.group("plan_verb") in _COMPLIED_WITH
        pair = _PLAN_PAIR.fullmatch(name) if group == "plan" else None
        # 实施…提升工程和…提升行动: two plans that one verb governs
        spans = [pair.span(1), pair.span(2)] if pair else [(0, len(name))]
        for a, b in spans:
            found.append(ProgrammeMention(m.start(group) + skip + a, m.start(group) + skip + b, name[a:b],
                                          verb_pos=m.start(), followed=followed))
        if group == "plan":
            found += _plans_listed_after(text, m.end(group), m.start(), followed)
    for m in _BATCH_PILOT.finditer(text):
        name = m.group("pilot")
        if _is_name(name) and not _NOT_ONE_PLAN.search(name) and not any(p.start < m.end() and m.start() < p.end for p in found):
            found.append(ProgrammeMention(m.start("pilot"), m.end("pilot"), name, verb_pos=m.start()))
    for m in _YEARS_CAMPAIGN.finditer(text):
        name = m.group("name")
        if _NO_YEARS_CAMPAIGN.search(name) or (_NOT_ONE_PLAN.search(name.replace("系列专项", "专项")))\
                or not _is_name(name) or any(p.start < m.end() and m.start() < p.end for p in found):
            continue  # (个人信息保护系列专项行动: one campaign whose actions are a series)
        found.append(ProgrammeMention(m.start("name"), m.end("name"), name))
    found += _hosted_events(text, found)
    found += _quoted_events(text, found)
    found += _water_projects(text, found)
    found += _bilateral_years(text, found)
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    for i, prog in enumerate(found):
        if prog.verb_pos < 0:
            prog.verb_pos = _governing_verb(text, prog.start, found[i - 1] if i else None, prog.end)
        if prog.verb_pos < 0 and prog.alias:
            prog.verb_pos = _clause_verb(text, prog.start)
        elif prog.verb_pos < 0 and _ENDS_WITH_SUFFIX.search(prog.name):
            # 全面启动为期一年的“…系列行动”: a name with its own kind word, its verb earlier in the same clause
            verb = _clause_verb(text, prog.start)
            if verb >= 0 and not _CLAUSE_END.search(text, verb, prog.start):
                prog.verb_pos = verb
    # once a quoted name is a programme, its other quoted mentions are too (由X主办的“…”评选表彰会)
    known = {p.alias or p.name: p.name for p in found} | {p.name: p.name for p in found}
    taken = {(p.start, p.end) for p in found}
    for m in _QUOTE.finditer(text):
        inner = m.group(1).strip()
        if inner in known and not any(a <= m.start() < b for a, b in taken) \
                and not _NOT_AFTER.match(text[m.end():m.end() + 8]) and not _SPEECH_AFTER.match(text[m.end():m.end() + 8]):
            verb = _VERB_BEFORE.search(text, max(0, m.start() - 10), m.start())
            found.append(ProgrammeMention(m.start(), m.end(), known[inner], alias=inner if inner != known[inner] else "",
                                          verb_pos=verb.start() if verb else -1))
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    for prog in found:
        if prog.verb_pos < 0 and _launched_later(text, prog.end):
            prog.verb_pos = prog.start  # X市首期“…”在…开讲: who stands before it launched it
        elif prog.verb_pos < 0 and _THEME_OPENING.match(text, prog.start) and _named_right_before(text, prog.start) \
                and not _CAMPAIGN_BODY_AFTER.match(text, prog.end):
            # 云南昭通、湖南邵阳深入贯彻中央八项规定精神学习教育: the campaign's name opens with the verbs that carry it
            # out, right after who does (not 在学习贯彻…中, a time; 财政部高度重视…, 检查指导…工作: a verb of its own
            # before it; 中央学习贯彻…主题教育领导小组: a body named after it)
            prog.verb_pos = prog.start
    kept: list[ProgrammeMention] = []
    for p in found:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    return kept


# --- who runs a programme -------------------------------------------------------------------------------

# a title opened and not closed before the programme, or a quotation opened after a verb of speech
_INSIDE_SPEECH_OR_TITLE = re.compile(r"《[^》]*$|(?:强调|指出|表示|说|要求)[，,：:]?“[^”]*$")
_OPENS_WITH_LAUNCH = re.compile(r"[\u4e00-\u9fff]{0,4}")  # (扎实, 精心组织: an adverb at most before the verb)
# 在(第二批)X中，… / 在X期间，…: what the clause after it does, it does in the programme
# (在今年开展的X中，…: the campaign's time named in a relative clause, whose subject is no one's)
_DURING_BEFORE = re.compile(r"在(?:第[一二三四五六七八九十\d]+批|[^，。；,;“”]{1,8}开展的)?$")
_DURING_AFTER = re.compile(r"(?:中|期间|过程中)[，,]")
_GUIDES = re.compile(r"(?:指导|督导|巡视|巡察)组$")
# (第二批主题教育开展以来，上海…: the batch or round of the campaign may open the sentence)
_ROUND_ONLY = re.compile(r"(?:第[一二三四五六七八九十\d]+[批轮期]|新一[批轮期])?")
_SINCE_AFTER = re.compile(r"(?:开展|启动|实施|部署)以来[，,]")
_SPIRIT_AFTER = re.compile(r"(?:及其[\u4e00-\u9fff]{1,6})?精神")
_LAUNCH_LATER = re.compile(rf"(?:{'|'.join(PROGRAMME_LAUNCHED)})")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")


# (one joiner a gap: 、, 和, 与, 及)
_LIST_JOINERS = tuple(LIST_JOINERS)


def _place_chains(text: str, places: list, start: int, end: int, joiners: tuple[str, ...] = ()) -> list[list]:
    """The chains of `places` (浙江省杭州市: each within the one before, written end to start) that cover text[start:end]
    whole, one after another with one of `joiners` between them (、: 江西省吉安市、青海省西宁市), in text order; [] where
    anything else stands between them or none covers the span."""
    inside = sorted((p for p in places if start <= p.start and p.end <= end), key=lambda p: p.start)
    chains: list[list] = []
    pos = start
    for p in inside:
        if p.start == pos and chains:
            chains[-1].append(p)
        elif p.start == pos or (chains and text[pos:p.start] in joiners):
            chains.append([p])
        else:
            return []
        pos = p.end
    return chains if pos == end else []


def _first_of_a_place_list(text: str, named: list, start: int, last) -> object | None:
    """…开展以来，江西省吉安市、青海省西宁市深入推进…: where places, chained or listed with 、/和, run from `start` to the
    subject found (`last`), the first item of that list (its chain's last place: 吉安市), else None."""
    chains = _place_chains(text, [p for p in named if _is_place(p)], start, last.end, _LIST_JOINERS)
    return chains[0][-1] if chains else None


def _launched_later(text: str, end: int) -> bool:
    """“…”在某地开讲, “…”正式启动: a launching word later in the clause that follows the name."""
    clause = text[end:end + 24]
    stop = _CLAUSE_END.search(clause)
    return bool(_LAUNCH_LATER.search(clause[:stop.start()] if stop else clause))


# a body or place that is what is studied or carried out, not who acts (贯彻落实中央纪委四次全会精神)
# (对新星石油公司今后的发展，…提出要求: what is spoken of; 位于顺义区的产业园: where the actor is)
_OBJECT_BEFORE = re.compile(r"(?:贯彻|落实|学习|按照|根据|响应|对照|传达|领会|据|(?<!针)对|位于)$")
# 贯彻党中央、中央军委和…部署: each name of a list that a verb of following opens is what is followed
_LISTED_OBJECT_BEFORE = re.compile(r"(?:贯彻|落实|按照|根据|响应|对照|传达|领会)[^，。；,;：:]{2,16}[、和及与]$")
_MADE_BEFORE = re.compile(rf"(?:{_VERB_ALT}|办起|成立)了?$")
_ROLLED_OUT = re.compile(r"[^，。；]{0,4}?(?:全面展开|展开|推开|铺开|落地|实施|推行)")
_VISITED_BEFORE = re.compile(r"(?:来到|到达|前往|赴|走进)$")
_VENUE_AFTER = re.compile(r"(?:举行|召开|举办|开幕|启动|闭幕)")
_GUIDED_AFTER = re.compile(r"[^，。；]{0,12}?的?(?:指导|带领|领导|支持|帮助|推动|引领|关心|协调)下")
# (欣逢中国共产党成立105周年: an anniversary is of the body, it does nothing in the sentence)
# (某厅部署开展…: 部署 is what the body does when a launching verb follows)
_OBJECT_AFTER = re.compile(r"(?:[一二三四五六七八九十\d]+次)?(?:全会|全体会议|精神(?!文明)|部署(?!开展|启动|实施|推进)|要求|决策|号召|指示)"
                           r"|以来|召开"
                           r"|成立[0-9０-９一二三四五六七八九十百]+周年")
# 由X主办、Y承办的“…”: each body that hosts it runs it
_SPONSOR_AFTER = re.compile(r"(?:等(?:单位|部门|机构)?)?(?:联合|共同)?(?:主办|承办|发起|牵头举办|牵头开展)")
# 由X打造的“…”: the body after 由 and before a launching verb and 的
_BY_VERB = re.compile(rf"(?:{_VERB_ALT})的")
# what joins the hosts of a list (由商务部、浙江省人民政府主办; 由中国载人航天工程办公室联合教育部、科技部…主办)
_HOSTS_JOINED = ("、", "和", "与", "及", "以及", "联合", "同")


# the study books of the Party's literature (《习近平关于…论述摘编》, 《…重要文献选编》, 《…学习读本》): their editors and
# publishers make them (中共中央党史和文献研究院编辑的《…》一书，近日由中央文献出版社出版: 34 xwlb-news items)
_PUBLICATION = re.compile(r"(?:摘编|选编|选读|读本|学习问答)$")
# (…组织编写了《…》: the bodies that had it written, as those that edited it)
_EDITED_BY = re.compile(r"(?:组织)?(?:联合)?(?:编辑|编写|编撰|编)[的了]$")
_PUBLISHED_BY = re.compile(r"由(?P<who>[^，。；]{2,24}?)(?:联合)?出版(?!社)")


def _editors_and_publishers(text: str, prog: ProgrammeMention, sentence: tuple[int, int], orgs: list) -> list:
    """The bodies that edit a study book (X、Y编辑的《…》) and the one that publishes it (由Z出版), in its sentence."""
    found = []
    title = prog.start if text.startswith("《", prog.start) else prog.start - 1
    edited = _EDITED_BY.search(text, max(sentence[0], title - 6), title)
    if edited is not None:
        last = next((o for o in orgs if o.end == edited.start() and not o.generic), None)
        while last is not None:
            found.append(last)
            last = next((o for o in orgs if text[o.end:last.start] in ("、", "和", "与") and not o.generic), None)
    published = _PUBLISHED_BY.search(text, prog.end, sentence[1])
    if published is not None:
        # (由人民出版社、学习出版社联合出版: each publisher of the list)
        who = published.span("who")
        found += [o for o in orgs if who[0] <= o.start and o.end <= who[1] and not o.generic
                  and _only_joiners_between(text, who, o)]
    return sorted(found, key=lambda o: o.start)


def _only_joiners_between(text: str, span: tuple[int, int], o) -> bool:
    """Whether `o` is an item of the list that `span` holds: only joiners and other items stand around it (not 人民出版社
    inside 经人民出版社审定的…)."""
    rest = text[span[0]:o.start] + text[o.end:span[1]]
    return not rest or rest[0] in "、和与及" or rest[-1] in "、和与及"


def _hosts_of_an_event(text: str, prog: ProgrammeMention, sentence: tuple[int, int], named: list) -> list:
    """The hosts of an event read by its edition: those of 由A、B主办 in its sentence, else the city or province
    named right before its edition (成都第31届世界大学生夏季运动会); not the sentence's subject, who may only attend
    (国务院总理李强出席第十九届东亚峰会)."""
    hosts = _sponsors(text, named, sentence[0], prog.start)
    if not hosts:
        by = prog.end - 1 if text.startswith("由", prog.end) else text.find("，由", prog.end, sentence[1])
        hosts = _sponsors(text, named, by + 2, sentence[1]) if by >= 0 else []
    return hosts or _launchers(text, prog, sentence, named) or [m for m in named if _is_place(m) and m.end == prog.start][:1]


# 教育部启动2026年全国学前教育宣传月, 国家知识产权局举办2024年…宣传周活动: the verb that launches or holds the event right
# before its edition
_LAUNCHED_BEFORE = re.compile(r"(?:启动|举办|主办|承办|发起)了?$")


def _launchers(text: str, prog: ProgrammeMention, sentence: tuple[int, int], named: list) -> list:
    """The body or place written right before a verb that launches or holds the event, right before its edition, and
    each one of a list that ends in it (A、B联合启动…: 联合 and 共同 before the verb)."""
    verb = _LAUNCHED_BEFORE.search(text, max(sentence[0], prog.start - 3), prog.start)
    if verb is None:
        return []
    at = verb.start() - (2 if text.endswith(("联合", "共同"), 0, verb.start()) else 0)
    last = next((m for m in named if m.end == at and m.start >= sentence[0]), None)
    while last is not None and _is_place(last) and (chained := next(
            (m for m in named if m.end == last.start and _is_place(m)), None)) is not None:
        last = chained  # (在河北石家庄: a chain of places)
    if last is not None and text.startswith("在", last.start - 1):
        # 人力资源社会保障部在河北石家庄启动…: the place is where it is launched; who launches it is before 在
        last = next((m for m in named if m.end == last.start - 1 and m.start >= sentence[0]), None)
    if last is None:
        return []
    return _with_those_joined(text, [last], [m for m in named if m.start >= sentence[0]])


def _sponsors(text: str, named: list, lo: int, hi: int) -> list:
    """The bodies and places between lo and hi that host: each one written right before 主办/承办, and each
    one of a list that ends in such a host (由A、B共同主办, A主办、B承办); not a venue (A和B在X剧院主办)."""
    inside = [m for m in named if lo <= m.start and m.end <= hi and not text.startswith("在", m.start - 1)]
    hosts = [m for m in inside if _SPONSOR_AFTER.match(text, m.end)
             or (text.startswith("由", m.start - 1) and _BY_VERB.match(text, m.end))]
    return _with_those_joined(text, hosts, inside)


def _with_those_joined(text: str, hosts: list, candidates: list) -> list:
    """`hosts` and each of `candidates` written before one of them with only a joiner between (A、B, A和B, A联合B), till
    none joins more, in text order."""
    hosts = list(hosts)
    grown = True
    while grown:
        more = [m for m in candidates if not any(m is h for h in hosts)
                and any(text[m.end:h.start] in _HOSTS_JOINED for h in hosts)]
        hosts += more
        grown = bool(more)
    return sorted(hosts, key=lambda m: m.start)


_ROLE_AFTER = re.compile(rf"(?:党组织|村|社区)?(?:{ROLE_RE})")
# the place the text is about, named by a word that stands for it (当地大力推行的…, 村里…实行…)
# (。如今，社区可为居民提供…并推出“五点半课堂”: the bare community opening a clause is the one the report is about, not
# its bodies or cadres, 社区党支部, 社区干部)
_HERE = re.compile(r"当地|本地|村里|全村|本村|该村|该县|该镇|该乡|该市|该区|该旗|该社区|该街道"
                   r"|(?:^|(?<=[，。；\n]))社区(?![党居委服中干工组网])")
# 该镇 is the last town named, 村里 the last village, a community the last one named (a village to the table at times)
_HERE_LEVELS = {"村": ("Village",), "里": ("Village",), "区": ("Village", "County"), "镇": ("Township",),
                "乡": ("Township",), "道": ("Township",), "县": ("County",), "旗": ("County",),
                "市": ("City", "County", "Province"), "社区": ("Neighbourhood", "Village")}


def _here_levels(word: str) -> tuple[str, ...]:
    """The levels of the place a word such as 该镇 or 社区 stands for (该社区: a community's, not a district's)."""
    return _HERE_LEVELS.get(word[-2:]) or _HERE_LEVELS.get(word[-1], ())


# what may stand before the subject of a sentence: a time, 在, 同时 (近年来，X村以…; 2017年以来,X市…)
_BEFORE_SUBJECT = re.compile(r"(?:[^，,。；]{0,16}[，,])?(?:在|同时|还)?")
_SENTENCE_START = re.compile(r"[。；！？;!?\n]")
_PLACE_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|街道|嘎查|社区|省|市|区|县|旗|盟|州|镇|乡|村|苏木)$")


def _kind_joined(text: str, prog: ProgrammeMention) -> bool:
    """总台“春晚序曲”活动美国专场在纽约举行: a quoted name read with its kind word after the quotes is whole, so the words
    after it (a session, a place, a verb) name nothing else the owner before it would own instead."""
    return text.startswith("“", prog.start) and not text.startswith("”", prog.end - 1)


# a kind of thing named in quotes after it, written right after its owner (…社区治理平台“某某通”)
_OWN_KIND = re.compile(r"[\u4e00-\u9fff]{0,10}(?:平台|品牌|系统|小程序|公众号|APP|App|app|应用程序)")
_NAME_ENDS_PHRASE = re.compile(r"[，。；、！？,;!?\n]|等|和|与|$")
_OWNER_BODIES = re.compile(rf"(?:{_RUN_ALT}|[，,、])([省市县区])委(?:、\1政府)?$")
_LOCAL = ("County", "Township", "Village", "Neighbourhood")


_SUBJECT_WORD = re.compile(r"部门|机关|单位|企业|学校|高校|公司|协会|政府|党委|支部|全党|他|她|他们|大家|群众|村民|居民")
# (a bare kind such as 指导组 is left out: it refers back to the named body, the subject found before)
# a body the finders did not read stands right before the verb (农业农村部印发…)
_BODY_BEFORE_VERB = re.compile(r"(?:部|委|局|厅|办|院|署|总局|中心|党委|支部|政府)"
                               r"(?:日前|近日|今天|近期|正式|全面|首次|持续|联合|共同|先后|也|还|已|将|再次|修订|制定|研究)?$")
_WHEN_AFTER = re.compile(r"(?:后|以后|之后|期间|时)(?![\u4e00-\u9fff]{0,0}[续来])")
_LESSON_AFTER = re.compile(r"”?(?:的)?(?:有效|成功|好的|典型|先进)?(?:经验|成果|成效|做法)")
# 在湖南，巡回指导组…总结深化“…”的有效做法: the place the sentence opens with is where it is practised
_AT_PLACE = re.compile(r"在(?P<place>[\u4e00-\u9fff]{2,12})[，,]")
# a subject that refers back to someone named before: the sentence's place is only where it acts
_PRONOUN_SUBJECT = re.compile(r"他|她|他们|她们|大家|我们")
# a clause whose subject is all of a kind, right before the verb (，全党正在开展…, ，各地要深入实施…): no body named before
# carries it out (not 全省 or 全市, which stand for the place the sentence names)
_ALL_OF_THEM_BEFORE = re.compile(r"[，,；;](?:全党|全军|全社会|各地区?|各级[\u4e00-\u9fff]{0,6}?|各部门)(?:上下)?"
                                 r"(?:正在|正|要|都|已经|已|将|还|也|持续|深入|扎实|全面|认真|积极)*$")


def place_the_sentence_opens_with(text: str, start: int, places: list) -> list:
    """在江苏淮安，…: the place (the last of its chain) written whole between the sentence's 在 and its comma."""
    at = _AT_PLACE.match(text, start)
    if at is None:
        return []
    chains = _place_chains(text, [p for p in places if p.coded], at.start("place"), at.end("place"))
    return [chains[0][-1]] if len(chains) == 1 else []
# who takes part in a programme does not run it (参加完“…”后)
_JOINED = re.compile(r"参加|参与|加入")
# what a leader says must be done is not done by the place he visits (他强调，…要扎实开展…)
_SAID = re.compile(r"强调|指出|要求|提出|表示|说|介绍|(?<![重需主只必想紧首])要")


_WISHED = re.compile(r"希望")
_CLAUSE_BREAK = re.compile(r"[，,；;。]")


def _said(text: str, start: int, verb_pos: int) -> bool:
    paragraph = text.rfind("\n", 0, start) + 1
    return bool(_SAID.search(text, paragraph, verb_pos))


def _is_place(m) -> bool:
    return hasattr(m, "level")


def _subject(text: str, mentions: list, start: int, end: int, verb_pos: int | None):
    """The first place or body between start and end, as _runner reads a sentence: a chain (贵州省遵义市)
    names its most specific place last, and a body named by the chain's last place is the subject."""
    during = _DURING_OPENING.match(text, start)
    if during is not None and during.end() < end:
        start = during.end()  # 在全国妇联的“巾帼扶贫行动”中，广东省妇联…发起…: who acts follows the time the clause sets
    candidates = [m for m in mentions if start <= m.start < end and not _object(text, m)]
    if not candidates:
        return None
    # 在湖北，巡回指导组深化拓展“…”: where it happens, not who acts
    candidates = [m for m in candidates if not _locative(text, m)]
    if not candidates:
        return None
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    first = candidates[0]
    chained = [c for c in candidates if _is_place(c) and c.start >= first.start]
    while _is_place(first):
        nxt = next((c for c in chained if c.start == first.end), None)
        if nxt is None:
            break
        first = nxt
    if _is_place(first):
        body = next((c for c in candidates if not _is_place(c) and c.start == first.start), None)
        first = body or first
    if not _is_place(first) and _ROLE_AFTER.match(text, first.end):
        # X街道党工委书记某某…试点“…”: the place the official serves
        inside = [c for c in mentions if _is_place(c) and first.start <= c.start and c.end < first.end]
        first = first.owner or (max(inside, key=lambda c: c.end) if inside else first)
    # within the programme's sentence a verb must stand between them that sets it up: else a mention, not a launch
    return first if verb_pos is None or 0 <= first.end <= verb_pos else None


# a clause of time that opens a sentence (在…中，, 在…期间，): what it names is when, not who acts after it
_DURING_OPENING = re.compile(r"在[^，。；,;]{2,40}?(?:中|期间|之际|过程中)[，,]")


def _locative(text: str, m) -> bool:
    """在湖北，…: a place set off by 在 and a comma says where, not who."""
    return _is_place(m) and text.startswith("在", m.start - 1) and text.startswith(("，", ","), m.end)


_SENTENCE_ENDS = "\n。！？；!?;"


# a dateline opening a report's first sentence (本报石家庄1月14日电, 新华社北京1月22日电（记者王黎）, 据新华社长春…电,
# 本报讯): the outlet and the place it files from, before the sentence's own subject
_DATELINE = re.compile(rf"据?(?:本报|本刊|新华社|中新社|[{CJK}]{{2,6}}?(?:社|报|台|网))[{CJK}]{{0,6}}?"
                       r"(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:电|讯)(?:[（(][^（）()\n]{0,30}[）)])?")
# an event named after where it is held (北京峰会, 杭州亚运会): the place acts in nothing
_EVENT_AFTER = re.compile(r"(?!召开|举办|举行|开展|组织|主办|承办|在)[\u4e00-\u9fff]{0,2}?(?:峰会|论坛|博览会|交易会|运动会|亚运会|大会|年会)")
# an aside in brackets (曹长灿（安徽省安庆市委党校）：…, 闵耀良（农业部市场信息司司长）：…): who someone is, not who acts
_ASIDE_OPEN = "（("
_ASIDE_CLOSE = "）)"


def _in_aside(text: str, m) -> bool:
    """Whether the mention stands inside brackets that close soon after it."""
    before = text[max(0, m.start - 30):m.start]
    opened = max(before.rfind(c) for c in _ASIDE_OPEN)
    if opened < 0 or any(c in before[opened:] for c in _ASIDE_CLOSE):
        return False
    return any(c in text[m.end:m.end + 20] for c in _ASIDE_CLOSE)


def _object(text: str, m) -> bool:
    """Not who acts: what is studied (贯彻落实X全会精神), a source (据X介绍) or a guide (在X、Y的指导下)."""
    if _in_aside(text, m):
        return True
    came = text.rfind("来自", max(0, m.start - 10), m.start)
    if (came >= 0 and not _CLAUSE_END.search(text, came, m.start)) or (_is_place(m) and _EVENT_AFTER.match(text, m.end)):
        return True  # 来自江西萍乡…的代表: where someone comes from; 中非合作论坛北京峰会: where an event is held
    opens = max(text.rfind(c, 0, m.start) for c in _SENTENCE_ENDS) + 1
    dateline = _DATELINE.match(text, opens)
    if dateline is not None and m.start < dateline.end():
        return True  # 本报石家庄1月14日电河北省…实施“共富工程”: the outlet and where it files from
    # (a verb of the sentence before is none of its: a headline …专项行动启动, then 国家版权局、…启动…)
    opens = max(text.rfind(c, 0, m.start) for c in _SENTENCE_ENDS) + 1
    if _OBJECT_BEFORE.search(text, max(opens, m.start - 4), m.start) or _OBJECT_AFTER.match(text, m.end) \
            or _LISTED_OBJECT_BEFORE.search(text, max(opens, m.start - 24), m.start):
        return True
    if _MADE_BEFORE.search(text, max(opens, m.start - 6), m.start):
        return True  # 社区办起了X中心: what is set up, not who sets it up
    if _VISITED_BEFORE.search(text, max(opens, m.start - 3), m.start):
        return True  # 总书记来到广东，…: where a visitor goes
    if text.startswith("在", m.start - 1) and _VENUE_AFTER.match(text, m.end):
        return True  # 仪式在X举行: a venue
    opening = text.rfind("在", max(0, m.start - 16), m.start + 1)
    return opening >= 0 and not _CLAUSE_END.search(text, opening, m.start) and bool(_GUIDED_AFTER.match(text, m.end))


def _at_subject(text: str, m) -> bool:
    """A mention that opens its sentence, maybe after a time, an adverbial clause or 在 (近年来，X村以…;
    在X，…); not an owner (X的), an employer (X党委书记某某), a dateline (X讯) or a locative (在X印发的…)."""
    sentence = max((s.end() for s in _SENTENCE_START.finditer(text, max(0, m.start - 40), m.start)), default=0)
    lead = _BEFORE_SUBJECT.fullmatch(text, sentence, m.start)
    if not lead:
        return False
    if lead.group().endswith("在") and not text.startswith(("，", ","), m.end):
        return False
    return not text.startswith(("讯", "电", "消息"), m.end) and not (text.startswith("的", m.end) and not _is_place(m)) \
        and not _ROLE_AFTER.match(text, m.end)


def _lookback(text: str, start: int, round_up: bool) -> int:
    """Where the paragraph before the one holding `start` begins: earlier subjects are looked for no further (nor, in a
    round-up of news items, past the headline of the item)."""
    seen = 0
    pos = start
    while pos > 0:
        nl = text.rfind("\n", 0, pos)
        if nl < 0:
            return 0
        if text[nl + 1:pos].strip():
            if pos != start and _heading(text[nl + 1:pos]) and round_up:
                return pos + 1  # a headline opens another item of a news round-up: nothing before it is said of this one
            seen += 1
            if seen == 2:
                return nl + 1
        pos = nl
    return 0


_FULL_STOPS = "。！？!?；;…"
# a round-up of short news items under one title (国内联播快讯): each item opens with its headline (a subhead of
# one report, 明确任务抓调度 下准工作 先手棋, does not end what the report is about)
_ROUND_UP = re.compile(r"\s*[^\n]{0,20}(?:快讯|简讯)[ \t\u3000]*\n")
_ROUND_UP_TITLE = re.compile(r"^[^\n]{0,20}(?:快讯|简讯)\s*$")


def is_round_up(text: str, title: str) -> bool:
    """Whether a document is a round-up of news items: its first line says so (a text file), or its title, which a
    record of an archive (.jsonl: {"title", "text"}) holds apart from its text."""
    return bool(_ROUND_UP.match(text) or _ROUND_UP_TITLE.match(title.strip()))


def _heading(line: str) -> bool:
    """A short line with no sentence end (全国安全用药月今天在京启动): the headline of an item."""
    line = line.strip()
    if len(line) > 40:
        return False
    last = line[-1]
    if last in "”」’" and len(line) > 1:
        last = line[-2]
    return last not in _FULL_STOPS


# 《中共中央 国务院关于…的意见》, 《市教委关于…的报告》: the bodies a document's title opens with issued it
_ISSUERS_APART = frozenset(" 　、")
# …委员会第五次会议，审议通过了《…》《…》: the documents a meeting adopts are the body's that holds it
_ADOPTED_BEFORE = re.compile(r"(?:审议通过|审议并通过|通过|审议)了?(?:《[^《》]*》[、，,]?)*$")
_MEETING_AFTER = re.compile(r"(?:第[一二三四五六七八九十百零\d]+次)?(?:全体|常务|主任)?会议")


def _issuers(text: str, prog: ProgrammeMention, orgs: list) -> list:
    """The bodies that open a document's title before its 关于 (《X Y关于…》), each its issuer."""
    if not text.startswith("《", prog.start):
        return []
    found, at = [], prog.start + 1
    while True:
        body = next((o for o in orgs if o.start == at and o.end < prog.end), None)
        if body is None:
            break
        found.append(body)
        at = body.end
        while text[at] in _ISSUERS_APART:
            at += 1
    return found if text.startswith("关于", at) else []


def _adopting_meeting(text: str, prog: ProgrammeMention, sentence: tuple[int, int], orgs: list):
    """The body whose meeting adopts the document (…委员会第五次会议，审议通过了《…》), or None."""
    if not text.startswith("《", prog.start) or not _ADOPTED_BEFORE.search(text, sentence[0], prog.start):
        return None
    held = [o for o in orgs if sentence[0] <= o.start and o.end <= prog.start and _MEETING_AFTER.match(text, o.end)]
    return max(held, key=lambda o: o.end) if held else None


# 根据X关于巡视工作的统一部署, 根据X在全党开展…学习教育统一部署: the body whose deployment a sentence follows
_DEPLOYMENT_AFTER = re.compile(r"(?:关于[^，。；,;]{0,20}?|在[^，。；,;]{0,40}?)?的?(?:统一)?部署")


def _deployer(text: str, prog: ProgrammeMention, sentence_start: int, named: list):
    """The body after 根据 whose deployment the sentence carries out (根据X关于巡视工作统一部署，…第三轮巡视…;
    根据X在全党开展…学习教育统一部署): it runs the programmes its sentence names, or None."""
    return next((m for m in named if sentence_start <= m.start - 2 and m.end <= prog.start and not _is_place(m)
                 and text.startswith("根据", m.start - 2) and _DEPLOYMENT_AFTER.match(text, m.end)), None)


# “…”是(由)X(于某年/这两年)建起来的, “…”是X打造的…平台: a name, then the body or place that set it up (not a
# kind or a count: “稠油”是一种…难开发的石油)
_CLEFT = re.compile(r"是由?(?P<who>(?!一[种个类项])[^，。；、“”]{2,24}?)(?:于?[0-9０-９一二三四五六七八九十〇零]{2,4}年|"
                    r"这[一两几]?年|近[一两几]?年来?)?(?P<verb>建起来|办起来|建立起来|搭建起来|建立|创办|打造|推出|发起|设立|"
                    r"开设|组建|首创|创立|开发|搭建|成立)的")


def _named(places: list, orgs: list) -> list:
    # a generic mention completed from context (社区党委 → <X社区>党委) is its body too
    return [o for o in orgs if not o.generic or o.owner is not None] + [p for p in places if p.coded or p.level == "Village"]


# a body or place that opens a sentence and acts there: the word after its name is a verb or an adverb (召开会议, 聚焦…,
# 深入学习…, 结合实际提出…); not a name a phrase goes on from (…的, …、, …和), nor one that speaks (…表示, …发言人)
_ACTING_TAGS = ("v", "d", "ad")
_NOT_ACTING_AFTER = re.compile(r"的|、|和|与|及|同|等|是|为|在|对|将|要|也|都|表示|指出|强调|介绍|认为|称|发言人|负责人|相关负责")
_ROUND_UP_LEVELS = ("Province", "City", "County")


def round_up_runners(text: str, programmes: list[ProgrammeMention], places: list, orgs: list,
                     sentences: tuple) -> list[tuple[Any, ProgrammeMention, tuple[int, int]]]:
    """党纪学习教育开展以来，各地各部门…。北京市委常委会召开会议，审议通过…实施方案。中央网信办聚焦学查改一体推进…: in a
    report whose lead (its first two sentences) names a campaign (学习教育, 主题教育) and which names no other, each body
    or place (a province, city or county) that opens a later sentence and acts there carries the campaign out: a
    round-up of who does what in it (not who opens a clause: 主题教育期间，某市聚焦… in a feature on many programmes is
    as often another's).  Not the teams that guide it (中央指导组…).  Returned: the runner, the campaign's first mention,
    the span of the runner and its verb."""
    campaigns = [p for p in programmes if p.name.endswith(_CAMPAIGN_KINDS)]
    if len(sentences) < 3 or len({p.name for p in campaigns}) != 1:
        return []
    first = min(campaigns, key=lambda p: p.start)
    lead_end = sentences[1].end
    if first.start >= lead_end:
        return []
    openers: dict[int, Any] = {}
    for m in _named(places, orgs):
        if (m.level in _ROUND_UP_LEVELS and m.coded) if _is_place(m) else not _GUIDES.search(m.name or ""):
            if m.start not in openers or m.end > openers[m.start].end:
                openers[m.start] = m
    out = []
    for sentence in sentences:
        if sentence.start < lead_end:
            continue
        # (…区探索开展“支书比武堂”…。…区组建评估小组…: what it does belongs to the programme named last; a book the
        # campaign studies, …论述摘编, or the rules its name says, 中央八项规定, are no programmes of their own there)
        named = [p for p in programmes if p.start < sentence.end and not _PUBLICATION.search(p.name)
                 and (p.name == first.name or p.name not in first.name)]
        if not max(named, key=lambda p: p.start).name.endswith(_CAMPAIGN_KINDS):
            continue
        runner = openers.get(sentence.start)
        while runner is not None and runner.end in openers:  # (浙江省杭州市…: the last of a chain)
            runner = openers[runner.end]
        if runner is None or _NOT_ACTING_AFTER.match(text, runner.end):
            continue
        words = _cut(text[runner.end:min(sentence.end, runner.end + 8)])
        if words and word_tag(words[0]).startswith(_ACTING_TAGS):
            out.append((runner, first, (runner.start, runner.end + len(words[0]))))
    return out


def acts(text: str, person: tuple[int, int]) -> bool:
    """Whether the person named at `person` is one who acts, not one whose words or view the clause gives (某某口中的…,
    某某的…)."""
    return not text.startswith(("的", "口中"), person[1])


def is_law(text: str, prog: ProgrammeMention) -> bool:
    """《…法》: a law, which is enacted and applied, run by no one."""
    return text.startswith("《", prog.start) and bool(_LAW.search(prog.name))


def _list_gap(text: str, end: int, start: int, places: list) -> str:
    """What joins two items of a list of bodies: the text between them without the title mark that closes the
    first (《青岛晚报》和…) nor the places written before the second's name (…和青岛市市南区团委: 市南区团委)."""
    end += text.startswith("》", end)
    while (place := next((p for p in places if p.end == start and p.start >= end), None)) is not None:
        start = place.start
    return text[end:start]


def runners(text: str, prog: ProgrammeMention, sentence: tuple[int, int], places: list, orgs: list,
            persons: list[tuple[int, int]], round_up: bool = False) -> list:
    """The places and bodies that run a programme: the hosts of 由X主办、Y承办的“…”, else the subject of its
    sentence before the launching verb, else the place it is rolled out in (“…”建设在X全面展开), else, when
    the sentence names nobody before its verb, the place a word such as 当地 stands for or the subject of the
    sentences before; and a place whose name the programme's name begins with (X模式 of X村)."""
    start, end = sentence
    if is_law(text, prog):
        return []  # a law is enacted, not run: the bodies that publicise or apply it (启动《…法》宣传周) run none
    if prog.followed:
        deployer = _deployer(text, prog, start, _named(places, orgs))
        return [deployer] if deployer is not None else []
    if prog.attended:
        return _hosts_of_an_event(text, prog, sentence, _named(places, orgs))
    if _PUBLICATION.search(prog.name) and "《" in text[prog.start - 1:prog.start + 1]:
        return _editors_and_publishers(text, prog, sentence, orgs)
    if text.startswith("“", prog.end) and not text.startswith(("“", "《"), prog.start) and not prog.alias:
        return []  # 开展党史学习教育“…”实践活动: the campaign qualifies the quoted one, which is what is run
    if _WHEN_AFTER.match(text, prog.end):
        return []  # 实施“…”后: a time, not a launch
    if _SPIRIT_AFTER.match(text, prog.end):
        return []  # 落实中央八项规定(及其实施细则)精神: the spirit of rules that are followed, not a programme someone runs
    if _LESSON_AFTER.match(text, prog.end):
        # 学习运用“…”工程经验: what is learnt from it, not who runs it; the place the sentence is set in
        # (在湖南，…总结深化“…”的有效做法) practises it
        at = _AT_PLACE.match(text, start)
        place = next((p for p in places if at and p.coded and p.start == at.start("place") and p.end == at.end("place")),
                     None)
        return [place] if place is not None else []
    issuers = _issuers(text, prog, orgs)
    if issuers:
        return issuers
    cleft = _CLEFT.match(text, prog.end)
    if cleft is not None:
        return [m for m in _named(places, orgs) if m.start == cleft.start("who")][:1]
    meeting = _adopting_meeting(text, prog, sentence, orgs)
    if meeting is not None:
        return [meeting]
    named = _named(places, orgs)
    during = _DURING_AFTER.match(text, prog.end)
    if during is not None and (not text[start:prog.start].strip()
                               or _DURING_BEFORE.search(text, max(start, prog.start - 12), prog.start)):
        # 在第二批主题教育中，天津组织…, 学习教育中，某部…: who acts in the clause after it carries it out;
        # 某集团在学习教育中，…: the subject the sentence opens with, before 在
        at = sorted((m for m in named if m.start == during.end()), key=lambda m: m.start - m.end)
        if not at and text.startswith("在", prog.start - 1):
            at = [m for m in named if m.end == prog.start - 1 and _at_subject(text, m)]
        return at[:1]
    found = []
    sponsors = _sponsors(text, named, start, prog.start)
    if not sponsors:
        # “…”国际论坛当日在北京举行，由A、B共同主办: the hosts named after it, in a clause that opens with 由
        by = text.find("，由", prog.end, end)
        by = prog.end - 1 if text.startswith("由", prog.end) else by
        sponsors = _sponsors(text, named, by + 2, end) if by >= 0 else []
    if sponsors:
        found = sponsors
    else:
        subject = _subject(text, named, start, prog.start, prog.verb_pos)
        since = _SINCE_AFTER.match(text, prog.end)
        if subject is None and since is not None and _ROUND_ONLY.fullmatch(text[start:prog.start].strip()):
            # 学习教育开展以来，陕西、西藏等地…: the sentence its launch opens goes on with who carries it out
            subject = _subject(text, named, since.end(), end, None)
            if subject is not None and subject.start != since.end():
                subject = _first_of_a_place_list(text, named, since.end(), subject)
        here = _HERE.search(text, subject.end, prog.verb_pos) if subject is not None and prog.verb_pos > 0 else None
        if here is not None and _here_levels(here.group()):
            # 青神县的新光村…，村里通过…打造的“竹里稻香”项目: the place 村里 stands for, named after the subject
            levels = _here_levels(here.group())
            before = [p for p in named if _is_place(p) and p.end <= here.start() and p.level in levels]
            subject = max(before, key=lambda p: p.end) if before else subject
        if subject is not None and _INSIDE_SPEECH_OR_TITLE.search(text, subject.end, prog.start):
            subject = None  # 审议《关于…开展…主题教育总结报告》, 总书记强调，“扎实开展…”: a title's or a speech's words
        if subject is not None and prog.verb_pos > subject.end and text[prog.verb_pos] in "把将" \
                and _SAID.search(text, subject.end, prog.verb_pos):
            subject = None  # X强调，各级党组织要将…作为…: what X says others must do with it, X does not run
        if subject is not None and _ALL_OF_THEM_BEFORE.search(text, subject.end, prog.verb_pos):
            subject = None  # X强调，全党正在开展…: the whole Party carries it out, not X, who speaks of it
        wish = _WISHED.search(text, subject.end, prog.verb_pos) if subject is not None and prog.verb_pos > subject.end \
            else None
        if wish is not None:
            # …副总理吴邦国致信大会，希望建材行业开展好…活动: who is wished to run it, not who wishes (李强…希望山东以开展
            # 主题教育为强大动力: the place named right after 希望)
            subject = next((m for m in named if m.start == wish.end() and m.end <= prog.verb_pos
                            and not _CLAUSE_BREAK.search(text, m.end, prog.verb_pos)), None)
        if subject is not None:
            found = [subject]
            # (the list ends before the programme, or before its sentence's end where the programme opened it)
            bound = prog.start if prog.start > subject.start else end
            # 浙江、山东、湖南等地推进“…”: each place of a list that is the subject, an item written as a chain its
            # last place (北京市西城区、黑龙江佳木斯市扎实开展…), of any level then
            while _is_place(found[-1]):
                nxt = next((p for p in named if _is_place(p) and text[found[-1].end:p.start] in _LIST_JOINERS), None)
                last = nxt
                while last is not None and (more := next((p for p in named if _is_place(p) and p.start == last.end
                                                          and p.end <= bound), None)) is not None:
                    last = more
                if nxt is None or (last is nxt and nxt.level != found[-1].level):
                    break
                found.append(last)
            # 国家版权局、工业和信息化部、公安部、国家互联网信息办公室四部门…联合启动“…”: each body of a list
            # that is the subject
            while not _is_place(found[-1]):
                # (国家互联网信息办公室联合公安部、文化和旅游部…公布《…》: the bodies it issues it with as well)
                nxt = next((o for o in named if not _is_place(o)
                            and _list_gap(text, found[-1].end, o.start, places) in ("、", "和", "及", "与", "联合", "会同")
                            and (prog.verb_pos < 0 or o.end <= prog.verb_pos)), None)
                if nxt is None:
                    break
                found.append(nxt)
        elif text.startswith("在", prog.end):
            # “…”建设在X全面展开: the place it is rolled out in (not where its launch is held)
            where = None
            if any(_is_place(p) and p.start == prog.end + 1 for p in named):
                where = _subject(text, [p for p in named if _is_place(p)], prog.end + 1, prog.end + 24, None)
            if where is not None and _ROLLED_OUT.match(text, where.end):
                found = [where]
        person_acts = any(start <= a < prog.verb_pos and acts(text, (a, b)) for a, b in persons)
        if not found and prog.verb_pos >= 0 and not person_acts and not _means_after_a_subject(text, prog.verb_pos) \
                and not any(start <= m.start < prog.verb_pos and not _locative(text, m) for m in named) \
                and not _JOINED.match(text, prog.verb_pos) and not _said(text, start, prog.verb_pos):
            here = _HERE.search(text, start, prog.verb_pos + 1)
            # 以“…”为总载体，X上下…: the subject after the adverbials of its sentence
            # 扎实开展第二批主题教育，宁夏坚持…: a sentence that opens with the launch names who acts after it
            later = [m for m in named if prog.end <= m.start < end and text[m.start - 1] in "，,"] \
                if _VEHICLE_AFTER.match(text, prog.end) or _OPENS_WITH_LAUNCH.fullmatch(text, start, prog.verb_pos) \
                and text.startswith(("，", ","), prog.end) else []
            if here:
                levels = _here_levels(here.group())
                # (在太原，当地…: the place its own sentence names before 当地, else the one before it)
                before = [p for p in named if _is_place(p) and p.end <= here.start() and (not levels or p.level in levels)]
                found = [max(before, key=lambda p: p.end)] if before else []
            elif later:
                sub = _subject(text, named, min(m.start for m in later), end, None)
                found = [sub] if sub is not None else []
            elif prog.verb_pos < prog.start and not _SUBJECT_WORD.search(text, start, prog.verb_pos) \
                    and not _BODY_BEFORE_VERB.search(text, start, prog.verb_pos):
                # not for a name launched after it (“…”今日启动), nor when the sentence has a subject of its own
                # that is not a name (五部门启动…, 他开设…)
                back = _lookback(text, start, round_up)
                if prog.verb_pos == start and _MEANS_OPENING.match(text, start, start + 2):
                    # (。通过“…”等机制: the sentence just before says whose means these are, or none does)
                    back = max(back, max((m.end() for m in _SENTENCE_END.finditer(text, back, start - 1)), default=back))
                earlier = [m for m in named if back <= m.start and m.end <= start and _at_subject(text, m)]
                if earlier:
                    last = max(earlier, key=lambda m: m.start)
                    sub = _subject(text, named, last.start, start, None)
                    found = [sub] if sub is not None else []
            if not found and not _PRONOUN_SUBJECT.search(text, start, prog.verb_pos):
                # 在安徽，启动新一轮“惠民菜篮子”平价销售活动: the place a sentence opens with, its subject no name,
                # carries the programme out there
                found = place_the_sentence_opens_with(text, start, places)
    if prog.name.endswith(_CAMPAIGN_KINDS):
        # 主题教育开展以来，中央第N巡回指导组…, 中央指导组要…推动学习教育取得实效: who guides a campaign does not carry it out
        found = [f for f in found if _is_place(f) or not _GUIDES.search(f.name or "")]
    deployer = _deployer(text, prog, start, named)
    if deployer is not None and not any(f.key == deployer.key for f in found):
        found.append(deployer)
    owners = _OWNER_BODIES.search(text, max(0, prog.start - 16), prog.start)
    if owners:
        # 落实市委、市政府“…”: the place of that level the text names, nearest before
        level_char = owners.group(1)
        of_level = [p for p in places if p.coded and (p.name or p.surface).endswith(level_char)
                    and p.level in ("Province", "City", "County")]
        before = [p for p in of_level if p.end <= prog.start]
        owner = max(before, key=lambda p: p.end) if before else (of_level[0] if of_level else None)
        if owner is not None and not any(f.key == owner.key for f in found):
            found.append(owner)
    # 某区社区治理平台“某某通”: the place or body that opens the kind of thing the name is given to
    # (谋划推动了青海省“组织体系建设三年行动”，: the place or body written right before the quoted name, or before 的,
    # is whose it is, where the name ends the phrase; not where it names something else, 大兴区“接诉即办”调度指挥中心,
    # nor after a quoted name, 推动企业“上云”“上平台”)
    owner = next((m for m in named if start <= m.start and prog.start - 14 <= m.end <= prog.start
                  and text.startswith("“", prog.start)
                  and (_OWN_KIND.fullmatch(text, m.end, prog.start)
                       or text[m.end:prog.start] in ("", "的") and not text.startswith("”", m.end - 1)
                       and (_NAME_ENDS_PHRASE.match(text, prog.end) or _kind_joined(text, prog)))), None)
    if owner is not None and not any(f.key == owner.key for f in found):
        found.append(owner)
    for p in places:
        stem = _PLACE_SUFFIX.sub("", p.name or p.surface)
        # X模式 of X村: the place and a kind word are the whole name
        if p.level in _LOCAL and len(stem) >= 2 and prog.name.startswith(stem) \
                and prog.name[len(stem):] in PROGRAMME_SUFFIXES and not any(f.key == p.key for f in found):
            found.append(p)
    return found
