"""General word lists that the extraction rules are made of.

Everything here is a closed class of Chinese administrative and journalistic vocabulary
(suffixes of organisations, role titles, verbs that launch a programme), never a name of a
particular place, body, person or programme.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = f"[{CJK}]"
# what stands between two items of one list: places, names (…、洛桑江村、雪克来提·扎克尔…), villages
LIST_JOINERS = "、和与及"
# the kinds of a company's name (鞍钢集团, 华广公司): a company named short and in full is one company
COMPANY_KINDS = ("公司", "集团")
# what a country's formal name ends in after its name (印度尼西亚共和国, 柬埔寨王国, 老挝人民民主共和国), longest first
STATE_FORMS = ("人民共和国", "民主共和国", "联邦共和国", "共和国", "联合王国", "王国", "合众国", "联邦")
# what kind of state a country's official name says between the country and its form (朝鲜民主主义人民共和国, 越南
# 社会主义共和国, 老挝人民民主共和国, 伊朗伊斯兰共和国, 乌拉圭东岸共和国, 委内瑞拉玻利瓦尔共和国)
STATE_KINDS = ("民主主义", "社会主义", "伊斯兰", "人民", "东岸", "玻利瓦尔", "联合", "多民族", "阿拉伯")

# --- organisations ----------------------------------------------------------------------------
# Party bodies, longest first so that a regex alternation prefers 党总支 over 总支.
PARTY_BODIES = (
    "临时党支部", "联合党支部", "党总支部", "分党组", "党工委", "党总支", "党支部", "党小组", "党委", "党组", "总支", "支部",
)
# Suffixes that end the name of a government body, company, school, association …
ORG_SUFFIXES = (
    "有限责任公司", "股份有限公司", "有限公司", "集团公司", "分公司", "子公司", "公司", "集团",
    "委员会", "村委会", "居委会", "工委", "办公室", "管理局", "管理站", "管理处", "办事处", "检测中心", "服务中心", "活动中心", "指挥中心",
    "研究院", "研究所", "研究中心", "实验室", "设计院", "科学院", "分院", "中心", "站", "所", "局", "厅", "署",
    "学校", "中学", "高中", "小学", "开放大学", "广播电视大学", "大学", "学院", "党校", "农广校", "幼儿园", "医院", "卫生院",
    "协会", "学会", "商会", "联合会", "联谊会", "研究会", "分会", "促进会", "基金会", "妇联", "总工会", "工会", "团委", "残联", "科协", "侨联",
    "合作社", "联合社", "志愿服务队", "服务队", "突击队", "小分队", "先锋队", "工作室", "工作站", "服务站",
    "宣传队", "宣讲团", "宣讲队", "志愿队", "艺术团", "党建联盟",
    "派出所", "边检站", "边防连", "总队", "支队", "大队", "中队", "工作队", "工作组", "工作专班", "领导小组", "指挥部", "项目组", "课题组", "研究组", "法院", "检察院", "银行", "分行", "支行", "营业部", "信用社", "广播电视总台", "电视台", "广播电台", "报社",
    # commissions written short (国家发展改革委, 省卫生健康委, 国务院国资委)
    "发展改革委", "发改委", "卫生健康委", "卫健委", "国资委", "经信委", "教委", "民委", "农委", "住建委", "网信委",
    "体委", "计委", "科委", "建委", "经委",  # (省体委, 市建委: the commissions of the 1990s)
    "日报社", "出版社", "博物馆", "图书馆", "纪念馆", "陈列馆", "展览馆", "文化馆", "美术馆", "科技馆", "档案馆", "博物院", "工厂", "厂", "矿", "农场", "果园", "庄园", "国际机场",
    "林场", "天文台", "气象台",  # (中国科学院上海天文台, 湖南省气象台: observatories, bodies of their academy or province)
    # a village's or a town's service posts (新时代文明实践站, 村卫生室, 敬老院), whose kind ends in a verb or a room
    "实践中心", "实践所", "实践站", "卫生室", "敬老院", "养老院", "幸福院",
)
# Units that every kind of body has, named by what they do (not 外交部, a ministry; the departments of a Party
# committee, 组织部, are DEPARTMENTS): alone, such a unit names no body (书记处第一书记 of a federation is its post).
UNITS_BY_FUNCTION = ("书记处", "秘书处", "办公室", "办公厅", "研究室", "秘书局")
# Departments of a Party committee or government, which hang under the committee named before them.
THE_PARTY = frozenset(("中国共产党", "中共"))  # the Party as a whole (not 中国共产党上海市委员会, 中共上海市委)
DEPARTMENTS = ("组织部", "宣传部", "统战部", "政法委", "纪委", "监委", "办公厅", "政策研究室", "社会工作部", "编办")
# Bodies whose name alone is generic: they need an owner from context (小区党支部 → <小区>党支部).
GENERIC_HEADS = ("居委会", "村委会", "业委会", "村两委", "两委")

# Characters that are never part of a given name (pronouns and particles): 同你 is "with you".
NEVER_GIVEN = frozenset("你您我他她它们咱谁啥吗呢吧")

# --- posts --------------------------------------------------------------------------------------
ROLE_WORDS = (
    "第一书记", "副书记", "书记", "常务副主任", "副主任", "主任", "常委", "委员", "组织委员", "宣传委员",
    "纪检委员", "副部长", "部长", "副局长", "局长", "副站长", "站长", "副所长", "所长", "副校长", "校长",
    "副会长", "会长", "副秘书长", "秘书长", "执行秘书", "理事长", "副理事长", "副院长", "院长", "主席", "副主席",
    "副县长", "县长", "副市长", "市长", "副省长", "省长", "副镇长", "镇长", "副乡长", "乡长", "村长", "主任委员",
    "董事长", "总经理", "副总经理", "经理", "厂长", "负责人", "网格员", "网格长", "专职网格员", "社工", "社区工作者",
    "班长", "组长", "队长", "副队长", "总队长", "副总队长", "支队长", "副支队长", "大队长", "副大队长", "中队长", "指导员", "民警", "辅警", "教师", "医生", "护士", "驾驶员", "司机",
    "网约车司机", "快递员", "外卖送餐员", "记者", "通讯员", "编辑", "主编", "干部", "专干", "大学生村官", "村医",
    # titles of state and government office
    "委员长", "副委员长", "总理", "副总理", "国务委员", "总书记", "州长", "副州长", "区长", "副区长", "旗长", "盟长",
    "厅长", "副厅长", "处长", "副处长", "科长", "司长", "副司长", "行长", "副行长", "社长", "馆长", "总编辑", "政委",
    "检察长", "庭长", "审判长", "检察官", "法官", "一级法官", "参赞", "关长",
    # the command of an army's units (昆明军区司令员, 某集团军参谋长) and of the production corps' divisions (兵团第六师副师长)
    "司令员", "副司令员", "参谋长", "副参谋长", "政治委员", "副政治委员", "副政委", "师长", "副师长",
    # a hospital's ranks of doctors and its head nurse (骨科主任医师, 重症监护病房护士长), a company's chief officers
    "主任医师", "副主任医师", "主治医师", "医师", "护士长", "总会计师", "总工程师", "副总工程师",
    "副总会计师", "总经济师", "副总经济师", "总建筑师", "副总建筑师", "总规划师", "副总规划师",
    "发言人", "新闻发言人", "新闻秘书",  # (白宫新闻秘书: the press secretary)
    "行政长官",  # (the head of a special administrative region: 香港特别行政区行政长官)
    # ranks and callings that name a post at the body before them (中国科学院院士, …农业农村局一级调研员)
    "院士", "调研员", "副调研员", "一级调研员", "二级调研员", "研究员", "副研究员", "巡视员", "队员",
    "代表", "人大代表", "党代表", "指挥长", "副指挥长",
    # a union's or a body's high representative, whose field runs long before it (欧盟外交与安全政策高级代表)
    "高级代表",
    # members of an association's board or roll (四川摄影协会会员)
    "会员", "理事", "常务理事",
    # a member of a Party group (国家能源局党组成员、副局长), a teacher of a university or a head of a kindergarten
    "成员", "教授", "副教授", "园长",
    # the head of a delegation or a troupe (中央代表团副团长, 宣讲团团长) and a company's legal representative
    "团长", "副团长", "法定代表人",
    # the head of a party or a movement abroad (肯尼亚联合民主同盟领导人, 斯里兰卡人民联合阵线领袖), a parliament's
    # speaker and a minister of a government abroad (土库曼斯坦议会上院议长, 英国外交大臣)
    "领导人", "领袖", "议长", "副议长", "大臣",
    # the heads of international organisations and firms (世界卫生组织总干事, 某公司总裁, 联合国开发计划署署长) and a
    # parliament's members (美国国会众议员)
    "总干事", "副总干事", "总裁", "副总裁", "首席执行官", "执行董事", "署长", "副署长", "议员", "众议员", "参议员",
    # an army's or an armed group's commander (某国武装部队总司令), a party's head or secretary-general abroad (某党党首,
    # 自民党干事长), an auditor-general, a founder, a senior nurse and a committee's chair (主任护师, 主委)
    "总司令", "副总司令", "司令", "指挥官", "党首", "干事长", "审计长", "首席顾问", "创始人", "主任护师", "主委",
    # a minister's assistant, a team's coach, a troupe's artistic director, a section chief, a chargé d'affaires, a
    # minister or a vice-minister of a legation or a ministry abroad (外交部部长助理, 国家队主教练, 某国外务省事务次官)
    "部长助理", "主教练", "总教练", "副总教练", "艺术总监", "股长", "临时代办", "公使", "次官", "事务次官",
)
# callings at a company, a school or a service centre (某集团的首席技能专家, 农业服务中心的农艺师, 国家菌草研究中心的
# 首席科学家): posts at a body only, never at a place (a province's expert is no office of the province)
CALLINGS = ("专家", "工程师", "农艺师", "技术员", "老师", "志愿者", "演员", "律师", "编导", "科学家", "首席科学家")
ROLE_WORDS += CALLINGS
# titles written after a name that say which body the post is at, when the text names that body
# (习近平总书记 … 党中央; 李强总理 … 国务院; 赵乐际委员长 … 全国人大常委会): the title → the names the body goes by
TITLE_AFTER_NAME = {"总书记": ("党中央", "中共中央", "中国共产党中央委员会"),
                    "总理": ("国务院", "中华人民共和国国务院"), "副总理": ("国务院", "中华人民共和国国务院"),
                    "委员长": ("全国人民代表大会常务委员会",), "副委员长": ("全国人民代表大会常务委员会",)}
# …and the set phrases that tie the name to that body, which the text must use too: a foreign party's
# leader is written with the same title (金正恩总书记, 苏林总书记)
TITLE_BODY_FORMULAS = {"总书记": ("以{name}同志为核心的", "{name}新时代中国特色社会主义思想")}
ROLE_RE = "|".join(sorted(set(ROLE_WORDS), key=len, reverse=True))

# --- programmes ---------------------------------------------------------------------------------
# A quoted name followed by (or ending in) one of these is a named initiative.
PROGRAMME_SUFFIXES = (
    "专项行动", "专项整治", "集中整治", "行动计划", "行动", "工程", "计划", "论坛", "平台", "品牌", "机制", "工作法", "项目", "活动",
    "实践活动", "主题活动", "竞赛", "比武", "大赛", "课堂", "夜校", "小程序", "APP", "App", "app", "公众号",
    "模式", "制度", "负责制", "责任制", "体系", "举措", "专栏", "联盟", "示范区", "贷", "讲堂",
)
# Words that, after a quoted name, make what it names a programme without ending a name of their own:
# “…”建设, “…”支部建设, “…”建设年行动.
PROGRAMME_AFTER_ONLY = ("建设",)
# What launches a quoted name standing before it (“…”启航, “…”正式上线).
PROGRAMME_LAUNCHED = ("启航", "启动", "上线", "开讲", "开班", "揭牌", "开通", "应运而生", "全面展开", "落地")
# Verbs that set up, launch, run or join something named after them.
PROGRAMME_VERBS = (
    "开展", "实施", "推行", "推进", "启动", "举办", "打造", "创建", "创设", "建设", "建立", "研发", "开发", "注册",
    "出台", "印发", "制定", "设立", "开设", "探索", "搭建", "推广", "参加", "参与", "加入", "依托", "组织开展",
    "深化开展", "探索开展", "全面推进", "组建", "发起", "上线", "开通", "创新推行", "落实", "设置",
    "实行", "试点", "创办", "开启", "构建", "启用", "推出", "培育", "首创", "借助", "颁布",
)
# Verbs that carry on or improve something already named with its kind word (进行“…”活动, 完善“…”机制):
# enough to say who runs it, too common to make a quoted string a programme by themselves.
RUN_VERBS = PROGRAMME_VERBS + ("进行", "深化", "完善", "推出", "举行", "开启", "形成", "提炼", "总结推广", "援建", "主办", "承办")
# Words that make a quoted string a slogan or a metaphor rather than a name.
NOT_PROGRAMME = re.compile(r"[，。！？；：,!?;:]|^[\d\W]+$"
                           # words of criticism, not names: vanity and shoddy projects
                           r"|(?:形象|面子|政绩|豆腐渣|半拉子)工程$"
                           # a spirit or ethos is followed, not run (弘扬“红船精神”, 教育家精神)
                           r"|精神$"
                           # a statement quoted, not a name (“人的类特性恰恰就是自由的自觉的活动”)
                           r"|就是|恰恰")
# acts of war and coercion that news quotes (实施“水下袭击”, 实施“部分停火”, 启动“快速恢复制裁”, 停止“一切军事活动”,
# 停止在黎巴嫩的“挑衅行动”):
# no initiative of the kind the graph holds (a law against them is a document: 《…反外国制裁法〉的规定》)
ACTS_OF_WAR = re.compile(r"袭击|停火|制裁|迫害|恐怖|封锁|轰炸|空袭|战争|侵略|挑衅|军事活动")
POLICY_TITLE = re.compile(r"(意见|方案|办法|规定|条例|通知|计划|纲要|大纲|规划|决定|标准|细则|措施|清单|准则|制度|章程|公约|工作要点|指引|指南|安排表|决议"
                          r"|宣言|倡议|倡议书|联合声明|联合成果声明|联合公报|摘编|选编|选读|读本|学习问答|文件"
                          # (treaties and agreements states sign, a charter, a bill, a standard's code, a catalogue a
                          # policy lists: documents as a convention and a joint statement are)
                          r"|条约|协定|议定书|协议|宪章|法案|规范|规则|(?:产业|产品|商品|技术|专业|基础|基本|食品|鼓励类)目录)"
                          r"(?:[（(](?:修正案|试行|草案)[）)])?$")  # (《中国共产党章程（修正案）》)

# what states sign or legislatures pass (a treaty, an agreement, a charter, a bill): those who invoke, join, ratify or
# oppose one in a sentence run none of it
SIGNED_DOCUMENT = re.compile(r"(?:条约|协定|议定书|协议|宪章|法案)$")

# 辽宁舰, 安庆舰, 郑和舰: what follows the name of a warship, named after a province, a city or a person (no place, nobody)
SHIP = "舰"

# --- boundaries ---------------------------------------------------------------------------------
# Function words and verbs that cannot be inside a name: a name's left edge stops at them.
STOP_WORDS = frozenset("""
的 在 和 与 及 是 为 由 到 从 对 向 将 把 被 让 给 了 以 于 等 并 或 又 也 都 就 还 而 但 且 着 过 之 其 该 这 那 此
各 每 全 本 我 你 他 她 它 们 有 无 不 没 很 更 最 已 曾 再 才 会 能 要 可 让 使 请 据 按 经 通过 位于 来自 担任 任
成立 建立 组建 组织 带领 带动 引导 推动 推进 开展 实施 围绕 聚焦 依托 结合 联合 协调 参加 参与 加入 进入 走进 来到
前往 作为 成为 当选 获得 荣获 发挥 提升 加强 深化 强化 创新 探索 打造 建设 成 去 来 上 下 中 内 外 前 后 里 间 一 个 名 位
""".split())

# Words that, standing before 村/社区/小区, describe rather than name it (先进村, 行政村, 各村).
NOT_VILLAGE_STEMS = frozenset("""
农 乡 全 本 该 各 每 驻 入 进 包 出 到 在 回 离 返 住 同 邻 兄弟 先进 后进 示范 重点 薄弱 贫困 脱贫 行政 自然 中心
城中 城郊 城市 农村 乡村 美丽 文明 和谐 智慧 明星 幸福 平安 数字 红色 绿色 生态 特色 样板 试点 新 老 旧 老旧
基层 城乡 城镇 社会 整 个 个别 一般 多个 几个 两个 三个 该社 本社 所在 周边 附近 集体 一 这 那 此 村 组织 党组织
易地搬迁 搬迁 安置 边境 民族 少数民族 传统 历史文化 旅游 产业 专业 经济 强 弱 富 穷 空心 留守 当地 省 市 县 区 镇
大型 小型 中型 宜居 新型 现代 现代化 国际化 完整 多民族 老年 无疫 和美 宜居宜业 嘎查 社区 小区 苏木
互联网 网络 网上 线上 线下 虚拟 在线 云端
失联 受灾 灾区 偏远 山区 周边
""".split())

# Verbs that jieba's dictionary tags as nouns or set phrases (代表 n, 通报 n, 认真落实 z), and
# one-character verbs and particles that HMM-free segmentation leaves alone (建, 找, 驻): written
# before a body's name they are what is done to it, never part of it (代表中华全国总工会, 驻中航集团).
ORG_LEFT_STOPS = frozenset("""
代表 谨代表 通报 参观 历任 曾任 选派 派驻 重塑 会同 委托 就读 就读于 毕业于 谋划 考察 视察 走访 慰问 看望 会见 会晤 拜会
推荐 授予 表彰 命名 批准 要求 部署 落实 贯彻 贯彻落实 认真落实 继续抓好 切实加强 抓好 抓实 配强
选优配强 建好 办好 管好 用好 召开 举办 主办 承办 牵头 邀请 转交 移交 移送 致信 致电 致函 回信 听取 约谈 进驻 入驻
建 找 起 转 驻 抓 配 占 应 派 赴 帮 促 看 听 说 问 做 搞 送 想 跟 靠 凭 即 谨 里 正 则 却 仍 叫 名叫 原名 当 当选 担任 出任 办 管
建强 抓实 做强 做实 做优 选好 配齐 建优 选强
负责人 有关负责人
建立健全 健全完善 建立完善 完善
所有 所辖 全部 一切 就是 是指 就是指 也就是 指
进一步 进一步提高 进一步加强 不断 持续 切实 深入 大力 积极 着力 努力 扎实 认真
同 暨 时任 现任 原任
利用 借助 凭借 依靠 运用 至
隶属 隶属于 归属于 从属于 旗下
进 欠 随 地处 累计 本报讯 仅 均 亦
称 表示 指出 声称 宣称
""".split())
# Facilities named like bodies (水电站, 泵站, 通信基站: a plant or a structure, not an organisation).
FACILITY_WORDS = frozenset("电站 泵站 闸站 基站 油站".split())
# Words that end in an organisation suffix but name no body (部署 ends in 署, 布局 in 局).
NOT_BODY_WORDS = frozenset("""
部署 签署 布局 格局 大局 全局 结局 开局 变局 破局 僵局 场所 住所 厕所 处所 大厅 展厅 餐厅 客厅 车站 网站 驿站 站站
""".split()) | FACILITY_WORDS
# An honour a body is given, not a body: 示范党支部, 先进基层党组织, 五星级党支部 in quotes.
HONOUR_WORDS = ("示范", "先进", "优秀", "标杆", "模范", "五星", "四星", "三星", "星级", "红旗", "样板", "过硬", "最强", "最美")


@functools.cache
def countries() -> frozenset[str]:
    """The world's countries and territories by their Chinese names (CLDR, see data/PROVENANCE.md): a
    tagger reads some as a person or a body (瓦努阿图, 立陶宛)."""
    path = Path(__file__).resolve().parent.parent / "data" / "countries.txt"
    names = path.read_text(encoding="utf-8").split()
    # CLDR names a land by its territories (…领土); the press names it without the word; and it writes some
    # short (阿联酋, 沙特) or names a country of the corpus's years that CLDR's today lacks (南斯拉夫)
    return frozenset(names + [n.removesuffix("领土") for n in names if n.endswith("领土")] + list(country_short_forms()))


# the one-character names of countries the press pairs with 中 (中越, 中哈, 中俄, 中美): a joint body's name opens with
# the pair (中越双边合作指导委员会), and so does a year the two hold (中俄文化年), though 中 alone opens no name
PAIRED_WITH_CHINA = frozenset("俄美日韩朝越老柬泰缅印巴哈吉塔乌土蒙法德英意西葡希澳新非欧阿埃伊沙古秘智墨加白塞匈波捷荷比瑞芬挪丹以叙黎约孟尼斯菲马文")


@functools.cache
def country_short_forms() -> dict[str, str]:
    """Short form → the country's name in countries.txt (阿联酋 → 阿拉伯联合酋长国), from
    data/country_short_forms.tsv; a country CLDR lacks (南斯拉夫) maps to itself."""
    path = Path(__file__).resolve().parent.parent / "data" / "country_short_forms.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
    return {short: full for short, full in rows}


@functools.cache
def national_short_forms() -> dict[str, str]:
    """Short form → official full name of the national bodies in data/national_bodies.tsv (全国政协 →
    中国人民政治协商会议全国委员会), of the international ones in data/international_bodies.tsv (世贸组织 →
    世界贸易组织), of the ruling parties abroad in data/foreign_parties.tsv (越共中央 → 越南共产党中央委员会) and of the
    bodies of foreign states in data/foreign_bodies.tsv (美国白宫 → 白宫): reference data, so that one body is one node
    under either name; none sits in a province."""
    return {short: full for full, shorts, alone in _body_table() for short in (*shorts, *alone)}


@functools.cache
def national_official_names() -> frozenset[str]:
    """The official names of every row of the tables, those with no short form of their own included
    (中央党的建设工作领导小组)."""
    return frozenset(full for full, _, _ in _body_table())


@functools.cache
def state_body_names() -> dict[str, str]:
    """Every name, official or short, of the national bodies of China in data/national_bodies.tsv → the official
    one (国家监委 → 国家监察委员会); not the international, foreign or enterprise tables'."""
    return {form: full for full, shorts, alone in _table_rows("national_bodies.tsv") for form in (full, *shorts, *alone)}


@functools.cache
def international_body_names() -> frozenset[str]:
    """The official names and short forms of the international bodies in data/international_bodies.tsv (联合国安理会,
    世卫组织): no country's body, whatever country a text writes before it (not the third column's words, which
    name other bodies too: 日本原子能机构 is Japan's)."""
    return frozenset(form for full, shorts, _ in _table_rows("international_bodies.tsv") for form in (full, *shorts))


@functools.cache
def opening_forms() -> dict[str, tuple[str, ...]]:
    """Official name → the short forms of the tables that open its units' names too (中国共产党中央委员会 → 中共中央,
    党中央, …: 中共中央组织部), not those that name the body only written alone (解放军 of 解放军报)."""
    return {full: shorts for full, shorts, _ in _body_table() if shorts}


@functools.cache
def whole_only_short_forms() -> frozenset[str]:
    """The tables' short forms that name their body only written alone, not as the opening of a unit's name (解放军:
    解放军总医院 is the army's hospital, but 解放军报 is a newspaper of that name, no unit of 中国人民解放军)."""
    return frozenset(short for _, _, alone in _body_table() for short in alone)


@functools.cache
def _body_table() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(official name, short forms, short forms only written alone) of each row of the tables; the third
    column is optional."""
    return tuple(row for name in _BODY_TABLES for row in _table_rows(name))


_BODY_TABLES = ("national_bodies.tsv", "international_bodies.tsv", "foreign_parties.tsv", "foreign_bodies.tsv",
                "central_enterprises.tsv", "financial_enterprises.tsv")
# an enterprise's legal form, which the press leaves off (中国一重集团有限公司 → 中国一重集团, or writes after 集团 alone:
# 中储粮集团公司)
_LEGAL_FORMS = ("有限责任公司", "有限公司")


def enterprise_short_forms() -> tuple[str, ...]:
    """The short forms of the state enterprises' tables (central and financial: 中车集团, 中国中车, 中铁集团 …)."""
    return tuple(f for table in ("central_enterprises.tsv", "financial_enterprises.tsv")
                 for _, forms, _ in _table_rows(table) for f in forms)


@functools.cache
def _table_rows(name: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    rows = []
    path = Path(__file__).resolve().parent.parent / "data" / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            full, shorts, *alone = line.split("\t")
            forms = [f for f in shorts.split(",") if f]
            stem = next((full.removesuffix(f) for f in _LEGAL_FORMS if full.endswith(f)), full)
            if stem != full and stem not in forms and "（" not in stem and not stem.endswith("控股"):
                forms.append(stem)
            forms += [f + "公司" for f in forms if f.endswith("集团") and f + "公司" not in forms]  # (中储粮集团公司)
            rows.append((full, tuple(forms), tuple(f for f in (alone[0].split(",") if alone else ()) if f)))
    return tuple(rows)


@functools.cache
def _country_matcher():
    import daachorse

    names = sorted(countries())
    return daachorse.CharwiseDoubleArrayAhoCorasick(names), names


@functools.cache
def country_initials() -> dict[str, tuple[str, ...]]:
    """First character → the countries whose name opens with it (美 → 美国, 塞 → 塞尔维亚, 塞内加尔 …): how the
    press writes a country before one of its bodies (美国会, 俄外交部, 塞议会)."""
    by_initial: dict[str, list[str]] = {}
    for country in sorted(countries()):
        if len(country) > 1:
            by_initial.setdefault(country[0], []).append(country)
    return {c: tuple(names) for c, names in by_initial.items()}


def country_of_initial(written: str) -> str:
    """The country a name opens with: written in full, or by an initial that stands for one country first
    (美 → 美国, 日 → 日本; not 巴, which several share)."""
    if len(written) > 1:
        return written
    named = country_initials().get(written, ())
    return named[0] if named and (len(named) == 1 or named[0] == written + "国") else ""


# a chamber of a country's congress, written with the congress or without it (美国国会众议院, 日本国会参议院, 美国会参议院)
_CHAMBER_OF_CONGRESS = re.compile(r"(?P<country>[\u4e00-\u9fff]{1,6}?)国会(?P<chamber>参议院|众议院)")


def chamber_of_congress(name: str) -> str:
    """美国国会参议院 (26 xwlb-news items), 美国参议院 (15), 美国会参议院 (3): a chamber written with its country and its
    congress goes by the name the press writes most, its country's and the chamber's (美国参议院); "" for any other name.
    Extraction names the chambers so, and resolution the bare chambers it gives a country (国会参议院 of 美国)."""
    chamber = _CHAMBER_OF_CONGRESS.fullmatch(name)
    country = country_of_initial(chamber.group("country")) if chamber is not None else ""
    return country + chamber.group("chamber") if country else ""


# the provinces' one-character names (简称) as the government lists them
PROVINCE_INITIALS = frozenset("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台")


def countries_in(text: str) -> set[str]:
    """The countries a text names (one pass, instead of a substring test for each of 250 names)."""
    matcher, names = _country_matcher()
    return {names[index] for _, _, index in matcher.find_overlapping(text)}


# China by its formal and its common name, which the country table leaves out
HOME_COUNTRY = ("中华人民共和国", "中国")


def countries_abroad_in(text: str) -> set[str]:
    """The countries other than China a text names."""
    return countries_in(text) - set(HOME_COUNTRY)


# --- scanning ---------------------------------------------------------------------------------------

def scan(regex: re.Pattern[str], text: str, needles: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """regex.finditer(text), where every match of `regex` holds one of `needles`: a text with none
    of them has no match, and a substring test is far cheaper than a pattern that opens with a
    character class, which the regex engine tries at every position of the text."""
    return regex.finditer(text) if any(needle in text for needle in needles) else iter(())


def occurrences(text: str, word: str) -> list[int]:
    """Every position where `word` begins in `text`, overlapping ones included."""
    found, k = [], text.find(word)
    while k >= 0:
        found.append(k)
        k = text.find(word, k + 1)
    return found


def in_order(short: str, name: str) -> bool:
    """Whether the characters of `short` occur in `name` in that order (every abbreviation's do)."""
    rest = iter(name)
    return all(c in rest for c in short)
