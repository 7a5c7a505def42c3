"""People and the posts they hold, read from the words between a body or place and a name.

    青山村党支部书记孙立新        → 孙立新 holds 党支部书记 at 青山村党支部
    海淀区委常委、组织部部长汪明   → 常委 at 海淀区委; 部长 at 海淀区委组织部 (partOf 海淀区委)
    柳家湾社区第一书记陈明         → 第一书记 at the place 柳家湾社区 (no body named)
    吴建平是石桥乡的一名网格员      → 网格员 at 石桥乡
Short references (孙书记, 小吴) become aliases of the one full name in the document they fit.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .lexicon import (CALLINGS, DEPARTMENTS, GENERIC_HEADS, HOME_COUNTRY, LIST_JOINERS, ORG_LEFT_STOPS, ORG_SUFFIXES,
                      PARTY_BODIES, ROLE_RE, ROLE_WORDS, STATE_FORMS, TITLE_AFTER_NAME, TITLE_BODY_FORMULAS,
                      UNITS_BY_FUNCTION, countries, countries_abroad_in, countries_in, scan)
from .orgs import TERM_LIST, OrgMention, bare_committee
from .places import PlaceMention
from .tokens import splits_a_word, tokens_after, tokens_before, word_frequency, word_tag

_PARTY_ALT = "|".join(sorted(PARTY_BODIES, key=len, reverse=True))
_DEPT_ALT = "|".join(sorted(DEPARTMENTS + GENERIC_HEADS, key=len, reverse=True))
# one post: optional modifiers, an optional body word, a role word
_POST = re.compile(rf"^的?(?P<mod>驻村|新任|前任|原|现任|专职|兼职|常务)?(?P<body>{_PARTY_ALT}|{_DEPT_ALT})?"
                   rf"(?P<unit>[\u4e00-\u9fff\d]{{1,10}}?(?:科|室|车间|班组|班|组|处|股|队|站|所|部|中心)"
                   rf"|\d*[^\W和与及同向对在给跟][\u4e00-\u9fff\d]{{0,7}}?)?(?P<former>原|前)?(?P<role>{ROLE_RE})$")
_ROLES = frozenset(ROLE_WORDS)
# kinds of body that a name ends in, written alone to refer to the one named before (合作社, 公司)
_KIND_NAMES = frozenset(k for k in ORG_SUFFIXES if len(k) >= 2) - frozenset(DEPARTMENTS)
# a congress named in the unit before a title (省第十二次党代会代表, 区人代会代表): the title is the congress's,
# which is no body of the graph, not one at the body or place before it
_CONGRESS_UNIT = re.compile(r"党代会|人代会|代表大会")
_DESCRIBES_THE_PERSON = re.compile(r"[\u4e00-\u9fff]{1,3}族|女|男|年轻的?|青年|女性|男性")
_SUB_UNIT = re.compile(r"(?:科|室|车间|班组|班|组|处|股|队|站|所|部|中心)$")
# kinds of body that stand on their own, never a unit of the body titled before them in a chain of titles
_BODIES_OF_THEIR_OWN = ("领导小组", "指挥部", "工作专班")
# a unit's own name, which makes it a body (重症医学科, 配电抢修班, 市场营销部); not a kind of practice (全科医生), a
# title (学部委员: an academician), nor the discipline body's group stationed at the body (驻某部纪检监察组组长)
_UNIT_NAME = re.compile(r"[\u4e00-\u9fff\d]{1,10}(?:科|室|车间|班组|班|组|处|股|队|站|所|部|中心)")
_NOT_A_UNIT = frozenset(("全科", "专科", "本科", "学科", "学部", "总部", "本部", "全队", "全班", "全组", "纪检监察组",
                         "纪检组"))
_COPULA = re.compile(rf"^是(?P<what>.{{0,3}}?)的(?:一名|一位|一个)?(?P<role>[\u4e00-\u9fff]{{0,6}}?(?:{ROLE_RE}))")
# (被选举为, 被推选为, 被任命为: elected or appointed, said of the person in the passive)
_SERVE = re.compile(rf"(?P<verb>被(?:选举|推选|推举|任命|选)为|担任|出任|兼任|任|当选为|当选|当)(?P<role>[^，。；、]{{0,20}}?(?:{ROLE_RE}))")
_TITLE_AFTER_BODY = re.compile(rf"[^，。；、]{{0,8}}?(?:{ROLE_RE})")
_VILLAGE_SECRETARY = re.compile(r"(?<![老原前])村(?:支书|书记|(?P<body>党支部|党总支|党委)书记)$")
_COMMUNITY_SECRETARY = re.compile(r"(?<![老原前])社区书记$")
_FREE_ROLE = re.compile(r"(?P<mod>驻村|派驻)?(?P<role>第一书记|网格员|网格长|驻村干部|包村干部|村干部|乡村医生|村医"
                        r"|(?<![老原前老])村(?:长|主任))$")

_FIRST_SECRETARY_AFTER = re.compile(r"(?:当时|那时|曾)?是(?P<mod>驻村|派驻)?第一书记(?=[，。；！])")


# titles that are posts of the State Council whatever body is named before them
_STATE_COUNCIL_TITLES = frozenset(("国务委员", "总理", "副总理"))

_LEADERS = ("领导人", "领袖")

_KINSHIP = frozenset("奶奶 爷爷 大伯 大爷 大妈 大娘 阿姨 大姐 大哥 叔叔 婶婶 阿婆 婆婆 老人 老汉 姥姥 伯伯 嫂".split())


@dataclass
class PostMention:
    person: tuple[int, int]
    role: str
    org: OrgMention | None = None
    place: PlaceMention | None = None
    outlet: str = ""  # the outlet of the document's source line, for a byline that names none
    stated: tuple[int, int] | None = None  # where the text states it, when not from the body to the name


def given_name_ratios() -> dict[str, float]:
    """How name-like each character is as part of a given name: the log-ratio of its rate inside names to
    its rate in running text (surname data file)."""
    return _surname_data()["given"]


def is_compound_surname(word: str) -> bool:
    """诸葛, 欧阳: a two-character surname (of the 百家姓 list)."""
    return word in _surname_data()["compound"]


def opens_with_single_surname(name: str) -> bool:
    """Whether a name opens with a one-character surname and no compound one (杨恒俊给 may be a
    three-character name and the word after it; 欧阳晓明 is a name of four)."""
    data = _surname_data()
    return name[:1] in data["single"] and name[:2] not in data["compound"]


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(_surname_data()["single"])


@functools.cache
def _surname_data() -> dict:
    import json
    from pathlib import Path

    return json.loads((Path(__file__).resolve().parent.parent / "data" / "surnames.json").read_text("utf-8"))


_CJK_NAME = "[\u4e00-\u9fff]{2,3}"
# 本报记者 沈文静 王晓雨 / □本报记者 及庆玲 / 石海涛摄 / 崔现浦 摄
_BYLINE = re.compile(rf"(?:记者|作者|通讯员|◎|■)[ \u3000：:]*((?:{_CJK_NAME}[ \u3000]+)*{_CJK_NAME})(?=[ \u3000]*(?:\n|$))")
_CREDIT = re.compile(rf"(?:^|(?<=[\s。，]))((?:{_CJK_NAME}[ \u3000]+)*{_CJK_NAME})[ \u3000]?摄(?=\s|$|[。，])", re.M)


_NO_BYLINE_TAGS = ("v", "vn", "nt", "n")


def byline_names(text: str) -> list[tuple[int, int]]:
    """Names in bylines and photo credits, where news layout (not grammar) marks them: a short line
    of names after 记者 or before 摄 (石海涛摄), which a tagger reading sentences often misses."""
    single = _surnames()
    found = []
    for regex, need_surname in ((_BYLINE, False), (_CREDIT, True)):
        for m in regex.finditer(text):
            pos = m.start(1)
            for part in re.split(r"[ \u3000]+", m.group(1)):
                start = text.index(part, pos)
                pos = start + len(part)
                if part in _ROLES or need_surname and (part[0] not in single
                                                       or word_tag(part) not in ("", "nr", "nrfg", "nrt")):
                    continue  # 记者 乔丽娜 通讯员 郑雪梅: the second title is no name
                if word_tag(part) in _NO_BYLINE_TAGS and word_frequency(part) >= 50:
                    # 中外记者联谊会, 首都记者健身: a headline that ends in a body's kind or a verb (jieba lists some
                    # names as rare verbs: 记者夏珺)
                    continue
                found.append((start, start + len(part)))
    return found


# 时任, 现任, 现为, 曾任 before a body: the title after it and 的 describe the person named next (现为上海音乐学院教授的周小燕)
_HELD_THEN = re.compile(r"(?:时任|现任|现为|曾任|历任|原任)[^，。；！？,;!?]{0,24}$")


def _anchor_before(pos: int, orgs: list[OrgMention], places: list[PlaceMention], limit: int):
    best = None
    for o in orgs:
        if o.end <= pos and pos - o.end <= limit and (best is None or o.end > best.end):
            best = o
    for p in places:
        if p.end <= pos and pos - p.end <= limit and (best is None or p.end > best.end):
            best = p
    return best


# what ends a country's official name
_STATE_FORM = f"(?:{'|'.join(STATE_FORMS)})"


def _anchor_across_a_country(text: str, start: int, orgs: list[OrgMention], places: list[PlaceMention]):
    """The body of a chain of titles whose last is a country's (某国人民党总书记、某国人民民主共和国国务委员长 and the
    name): a country's long name is one word of the chain, not words that put the body out of the name's reach."""
    anchor = _anchor_before(start, orgs, places, 40)
    if anchor is None or "、" not in text[anchor.end:start]:
        return None
    gap = text[anchor.end:start]
    named = countries_in(gap)
    if not named:
        return None
    # (a country's official name runs on from its short one: 老挝 → 老挝人民民主共和国)
    alternatives = "|".join(re.escape(c) for c in sorted(named, key=len, reverse=True))
    rest = re.sub(rf"(?:{alternatives})(?:[\u4e00-\u9fff]{{0,10}}?{_STATE_FORM})?", "", gap)
    return anchor if len(rest) <= 16 else None


def _of_a_country_unnamed(text: str, org: OrgMention) -> bool:
    """Whether a country's name stands right before the body as written and the body's name leaves it out
    (美国国务院 read as 国务院, 老挝党中央 as 党中央): the post would be at a body of China's of that name."""
    country = _sender_before(text, org.start)
    return bool(country) and country not in HOME_COUNTRY and country not in org.name


def _clause_opening(unit: str) -> bool:
    """The words before a title open a clause (会见, 看望; 今天), not the name of a unit of the body; or hold
    one (分别会见多米尼克总理, 22日晚批准了国防部长, 人民大会堂同德国总理: a verb, a date or a preposition)."""
    if _MEETING.search(unit):
        return True  # 在河内政府驻地会见越南总理范明政: a meeting at the body's seat, no unit of it
    words = tokens_before(unit, len(unit), len(unit))
    if words and len(words[0]) >= 2 and word_tag(words[0]) == "t":
        return True  # 今天…: a time opens the clause
    return any((len(w) >= 2 and w in ORG_LEFT_STOPS) or w in _CLAUSE_WORDS for w in words) or bool(_DATE_IN.search(unit)) \
        or bool(countries_in(unit))  # (轮值主席国匈牙利总理: another country's head of government)


_MEETING = re.compile(r"会见|会晤|接见|看望|慰问|陪同|宴请|会谈|致电|致信")
# (not 和: 住房和城乡建设局; 真主党支持黎议长贝里: the party backs the speaker, a verb of a clause)
_CLAUSE_WORDS = frozenset("批准 同 对 由 向 分别 支持 反对 欢迎 感谢 赞赏 批评 谴责 指责 呼吁 敦促 祝贺".split())
_DATE_IN = re.compile(r"\d+[年日]")


def _named_unit(unit: str) -> bool:
    # (某检察院五部原党支部委员: a unit and a former body in one, read as before)
    # (武警河北总队某部大队长: 某部, "a certain unit", names none)
    return bool(_UNIT_NAME.fullmatch(unit)) and unit not in _NOT_A_UNIT and not any(c in unit for c in "的原前某")


def _post_at(text: str, anchor, parts: list[str], person: tuple[int, int],
             named: list[OrgMention] = ()) -> list[PostMention]:
    """The posts of `person` from the titles in `parts`, written after `anchor` (a body or place).
    A later title at a body named only by its kind (合作社理事长) is at the one body of that kind
    the text named before, found in `named`.  原 ("former") before the first title covers the titles
    listed after it (湖北省政府原党组成员、副省长: the former deputy governor too)."""
    posts = _titled_posts(text, anchor, parts, person, named)
    if posts and posts[0].role.startswith("原"):
        posts[1:] = [p if p.role.startswith(_TIME_OF_A_POST) else dataclasses.replace(p, role="原" + p.role)
                     for p in posts[1:]]
    return posts


_TIME_OF_A_POST = ("原", "前", "现", "时任", "曾任", "新任")


# a bureau's or a department's head titled by its kind's character written once (旅游局长, 财政厅长, 公安副局长)
_BUREAU_HEAD_SHORT = re.compile(r"(?P<field>[\u4e00-\u9fff]{2,6}?)(?P<head>副?(?P<kind>[局厅])长)")
_DEPUTIES_OF_A_PLACE = {"人大代表": "人大", "政协委员": "政协"}
_SELF_GOVERNED_LEVELS = ("Village", "Neighbourhood")  # (no congress, conference or bureau of their own)
# 省委副书记、组织部长韩桂芝: the head of the committee's department, its 部 written once (组织部部长)
_DEPARTMENT_HEAD_SHORT = re.compile(r"(?P<department>组织|宣传|统战)部长$")


def _titled_posts(text: str, anchor, parts: list[str], person: tuple[int, int],
                  named: list[OrgMention] = ()) -> list[PostMention]:
    posts = []
    current_org = anchor if isinstance(anchor, OrgMention) else None
    place = anchor if isinstance(anchor, PlaceMention) else (anchor.owner if anchor else None)
    for i, part in enumerate(parts):
        m = _POST.match(_DEPARTMENT_HEAD_SHORT.sub(r"\g<department>部部长", part))
        if m is None:
            return posts
        body, role, mod = m.group("body") or "", m.group("role"), m.group("mod") or ""
        unit, former = m.group("unit") or "", m.group("former") or ""
        if i == 0 and not mod and _former_party_body(text, anchor):
            mod = "原"  # 农业农村部原党组书记: the body's name is read without 原, which is the post's (原党组书记)
        if unit and unit + role in _ROLES:
            role, unit = unit + role, ""  # 副会长 is one title, not a unit 副 and a 会长
        if unit in ("原", "前") and body:
            unit, former = "", unit  # 廊坊市委原常委、统战部原部长: 原 is the post's, no unit of the department
        role = former + role  # 某集团发展计划部原副部长: a post held before, at that unit
        if i > 0 and unit in _KIND_NAMES:
            # 北王村党支部书记、合作社理事长王宗发: the cooperative the text named in full before
            same = {o.name for o in named if o.end <= person[0] and o.name.endswith(unit) and len(o.name) > len(unit)
                    and not o.generic}
            body = next((o for o in reversed(named) if o.name in same), None) if len(same) == 1 else None
            if body is not None:
                posts.append(PostMention(person, role, org=body))
            continue
        if i > 0 and unit and (not _SUB_UNIT.search(unit) or unit.endswith(_BODIES_OF_THEIR_OWN)):
            # 总书记、国家主席: after the first post, an unnamed body is another body, not this one's (政治局常委、
            # 纪念活动领导小组组长: a leading group is a body of its own, no unit of the Politburo)
            continue
        sibling = _sibling_unit(current_org, unit) if i > 0 else None
        if sibling is not None:
            # 某党中央政治局委员、书记处书记: the secretariat of the committee whose politburo the first title names
            posts.append(PostMention(person, role, org=sibling))
            current_org = sibling
            continue
        if i > 0 and not unit and not body and role in _STATE_COUNCIL_TITLES:
            continue  # 中央书记处书记、国务委员王小洪: a member of the State Council, not of the body before
        if unit and unit[-1] in "和与及同跟":
            return posts  # 象角村村民和县长韩保深: the villagers and the county head, no title of the village
        if unit and "了" in unit:
            return posts  # 天津组建了以市政府副秘书长刘红升为团长的…: a clause, not a unit
        if unit and _DESCRIBES_THE_PERSON.fullmatch(unit):
            unit = ""  # 迭部县藏族县长虎英海, 天津地矿研究所女研究员李增慧: the person's people or sex, no unit
        if unit and _clause_opening(unit):
            return posts  # 在北京会见越南国家主席武文赏, 二十大新闻中心今天举行两场记者招待会: a clause, not a unit
        if _CONGRESS_UNIT.search(unit):
            return posts  # 来自…野牛沟乡的省第十二次党代会代表: a delegate to a congress, no post at the place
        if role.endswith(CALLINGS + _LEADERS) and current_org is None:
            # 某省港口高级别专家: a calling, at a body the place names, not at the place; 台湾地区领导人: a leader is
            # a party's or a movement's, no office of a place
            return posts
        if i == 0 and not body and _named_unit(unit) and current_org is not None:
            # 北京儿童医院重症医学科医生, 某供电公司配电抢修班班长: a sub-body of the body, where the post is (SCHEMA:
            # partOf is a sub-body), as 某党委办公厅机要交通处副处长 is at its office
            # (中国科协书记处: the unit by its host's official name, as written an alias)
            new = _unit_of(current_org, unit)
            posts.append(PostMention(person, role, org=new))
            current_org = new
            continue
        bureau = _BUREAU_HEAD_SHORT.fullmatch(unit + role) if i == 0 and not body and current_org is None else None
        if bureau is not None and isinstance(anchor, PlaceMention) and anchor.level not in _SELF_GOVERNED_LEVELS:
            # 三亚市旅游局长蔡世东, 长沙市公安局长: the head of the place's bureau, its 局 written once (旅游局局长), at
            # that bureau as 三亚市旅游局局长 names it
            new = _body_of_the_place(anchor, bureau.group("field") + bureau.group("kind"))
            posts.append(PostMention(person, mod + bureau.group("head"), org=new))
            current_org = new
            continue
        if unit:
            # a post in the body described by more than a unit's name, named with it (not with what describes the
            # person: 同济大学34岁的青年教授)
            role = unit.rpartition("的")[2] + role
        if i == 0 and not body and role in _DEPUTIES_OF_A_PLACE and isinstance(anchor, PlaceMention) \
                and anchor.level not in _SELF_GOVERNED_LEVELS:
            # 江苏省人大代表, 扬州市政协委员: a deputy to the place's congress or a member of its political
            # consultative conference, a body (江苏省人大, as 江苏省人大副主任 names it), as 全国人大代表 is at 全国人大
            new = _body_of_the_place(anchor, _DEPUTIES_OF_A_PLACE[role])
            posts.append(PostMention(person, role, org=new))
            current_org = new
            continue
        if body in PARTY_BODIES:
            if isinstance(anchor, PlaceMention) and i == 0:
                new = _body_of_the_place(anchor, body)
                posts.append(PostMention(person, body + role, org=new))
                current_org = new
                continue
            if i == 0 and part.startswith("的") and current_org is not None and not current_org.body \
                    and not current_org.name.endswith("委"):
                # 某镇中心学校的党总支书记王明: the school's Party branch, as 某镇中心学校党总支书记 names it
                new = OrgMention(current_org.start, current_org.end, current_org.name + body, parent=current_org,
                                 owner=current_org.owner)
                posts.append(PostMention(person, body + role, org=new))
                current_org = new
                continue
            if current_org is not None:
                posts.append(PostMention(person, body + role, org=current_org))
                continue
        elif body in DEPARTMENTS:
            owner = current_org
            if owner is not None:
                new = OrgMention(owner.start, owner.end, owner.name + body, parent=owner)
                posts.append(PostMention(person, role, org=new))
                continue
            if place is not None:
                posts.append(PostMention(person, body + role, place=place))
                continue
        elif body in GENERIC_HEADS:
            if place is not None:
                posts.append(PostMention(person, body + role, place=place))
            continue
        else:
            if i > 0 and place is not None and _PLACE_HEAD.fullmatch(role):
                # 长岐镇党委副书记、镇长庞立新: the head of the place, not a post of its committee; but 江西省政府原党组
                # 成员、副省长钟立新: the text names the government, whose deputy head the title is
                government = _government_of(current_org)
                posts.append(PostMention(person, mod + role, org=government) if government is not None
                             else PostMention(person, mod + role, place=place))
                continue
            if i > 0 and current_org is not None and current_org.body and current_org.parent is not None:
                # 农广校党支部书记、校长: the second post is at the body the branch belongs to (and 党组书记、常务副主席:
                # titled in full)
                host = current_org.parent
                if unit in _UNITS_BY_FUNCTION:
                    # 中华全国总工会党组书记、书记处第一书记: at that body's secretariat, a unit of it
                    host = _unit_of(host, unit)
                    role = role.removeprefix(unit)
                posts.append(PostMention(person, mod + role, org=host))
                continue
            if current_org is not None:
                # (村党总支副书记: the branch's deputy secretary is titled with its kind, as its secretary is)
                posts.append(PostMention(person, mod + (current_org.body + role if role in ("书记", "副书记", "成员") else role),
                                         org=current_org))
                continue
            if place is not None:
                posts.append(PostMention(person, mod + role, place=place))
    return posts


def _body_of_the_place(place: PlaceMention, kind: str) -> OrgMention:
    """The place's body of a kind, named by the place (江苏省 + 人大, 三亚市 + 旅游局), written where the place is."""
    return OrgMention(place.start, place.end, (place.name or place.surface) + kind, owner=place)


def _unit_of(org: OrgMention, unit: str) -> OrgMention:
    """A unit of `org` named after it (中华全国总工会 + 书记处), written where it is; by the host's official name, the
    written form (中国科协书记处) an alias."""
    return OrgMention(org.start, org.end, org.name + unit, parent=org, owner=org.owner,
                      alias=org.alias + unit if org.alias else "")


def _former_party_body(text: str, anchor) -> bool:
    """Whether `anchor` is a Party body written with 原 before its kind (农业农村部原党组), which its name leaves out."""
    if not isinstance(anchor, OrgMention) or not anchor.body or not anchor.name.endswith(anchor.body):
        return False
    written = text[anchor.start:anchor.end]
    return written.endswith("原" + anchor.body) and not anchor.name.endswith("原" + anchor.body)


# organs of a Party's central committee, named with the committee (中共中央政治局, 越共中央政治局), beside which a unit
# of the committee written by its kind alone after a title of the organ (书记处) is the committee's
_COMMITTEE_ORGANS = ("政治局",)


def _sibling_unit(org: OrgMention | None, unit: str) -> OrgMention | None:
    """The committee's unit `unit` (书记处) when `org` is an organ of that committee (中共中央政治局 → 中共中央书记处)."""
    if org is None or unit not in _UNITS_BY_FUNCTION:
        return None
    organ = next((o for o in _COMMITTEE_ORGANS if org.name.endswith(o) and len(org.name) > len(o)), None)
    if organ is None:
        return None
    return OrgMention(org.start, org.end, org.name.removesuffix(organ) + unit, owner=org.owner)


_GOVERNMENT_PARTY_GROUP = ("人民政府党组", "政府党组")
# bodies whose head is titled by their kind's last character and 长 (外交部 → 部长, 公安局 → 局长)
_HEADED_BY_ZHANG = ("部", "局", "厅", "署")


def _government_of(org: OrgMention | None) -> OrgMention | None:
    """The government whose Party group `org` is (江西省政府党组 → 江西省政府), or None."""
    if org is None or not org.name.endswith(_GOVERNMENT_PARTY_GROUP):
        return None
    if org.parent is not None and org.parent.name.endswith("政府"):
        return org.parent
    return OrgMention(org.start, org.end, org.name.removesuffix("党组"), owner=org.owner)


# an envoy's title right before the name: 驻 (or 常驻) and the host, then the title (中国驻俄罗斯大使, 美国驻华大使,
# 中国常驻联合国代表), perhaps after a word of time (前驻华大使, 首任大使); the sending country comes before it
_ENVOY = re.compile(r"(?P<mod>前|新任|首任|时任)?(?P<kind>常驻|驻)(?P<host>[^\W驻兼]{1,12}?)(?P<mod2>首任|新任)?(?:特命全权)?"
                    r"(?P<rank>第一副|副)?(?P<role>大使|总领事|代表)$")
# the mission an envoy of each title heads, named as the press names it (中国驻纽约总领事馆, 中国常驻联合国代表团)
_MISSIONS = {"大使": "大使馆", "总领事": "总领事馆", "代表": "代表团"}
_MISSION_NAMES = ("使馆", "领事馆", "代表团", "代表处")


def _sender_before(text: str, pos: int) -> str:
    """The country whose name ends at `pos` (中国, 俄罗斯, 沙特阿拉伯), or ''."""
    names = countries()
    for size in range(min(pos, 12), 1, -1):
        word = text[pos - size:pos]
        if word in names or word in HOME_COUNTRY:
            return word
    return ""


# the sender of an earlier envoy of the same list (中国驻印尼大使陆慷、驻东盟大使侯艳琪): a country, 驻, no comma
_SENDER_EARLIER = re.compile(r"(?:前|新任|首任|时任)?(?:常驻|驻)[^，。；：,;:]*$")


def _envoy_posts(text: str, person: tuple[int, int], sent_start: int,
                 end: int | None = None) -> list[PostMention] | None:
    """中国驻俄罗斯大使张汉晖, 美国驻华大使尚慕杰, 中国常驻联合国代表傅聪: the ambassador (consul general, permanent
    representative) holds the post at the mission of the sending country in the host, which the text names
    by the title (中国驻俄罗斯大使馆). An envoy written without the sender (驻美国大使谢锋) is of the country
    named for an envoy just before in the same list; else the post is left out (前驻华大使布兰斯塔德: of a
    country the sentence does not say), and none is at the host (俄常驻联合国代表 is no officer of the UN).
    None when no envoy's title comes right before the name."""
    end = person[0] if end is None else end
    m = _ENVOY.search(text, max(sent_start, end - 30), end)
    if m is None or (m.group("role") == "代表") != (m.group("kind") == "常驻"):
        return None  # (驻村代表, 常驻…大使: not an envoy's title as the press writes it)
    host = m.group("host")
    if "的" in host or _CLAUSE_MARK.search(host):
        return None
    # 中国驻意大利大使兼驻圣马力诺大使吴明廉: both posts, the second of the first's country
    earlier_posts = (_envoy_posts(text, person, sent_start, m.start() - 1) or []) \
        if text[m.start() - 1:m.start()] == "兼" else []
    sender = _sender_before(text, m.start())
    if not sender and earlier_posts:
        sender = _sender_before(earlier_posts[-1].org.name, earlier_posts[-1].org.name.index("驻"))
    if not sender:
        earlier = _SENDER_EARLIER.search(text, sent_start, m.start())
        sender = _sender_before(text, earlier.start()) if earlier and "、" in text[earlier.start():m.start()] else ""
    if not sender or sender == host or host.startswith(sender):
        return earlier_posts
    start = m.start() - len(sender) if text.startswith(sender, m.start() - len(sender)) else m.start()
    # (泰国驻上海总领事馆总领事: the mission is named, and the title is its head's)
    mission = "" if host.endswith(_MISSION_NAMES) else _MISSIONS[m.group("role")]
    name = f"{sender}{m.group('kind')}{host}{mission}"
    role = (m.group("mod") or m.group("mod2") or "") + (m.group("rank") or "") + m.group("role")
    return earlier_posts + [PostMention(person, role, org=OrgMention(start, m.end(), name))]


def _mission_named(text: str, mission: OrgMention) -> bool:
    """Whether the text names the mission an envoy's title points to (驻上海总领事馆, 常驻联合国代表团), not only the title."""
    k = mission.name.find("驻")
    k -= mission.name[k - 1:k] == "常"
    return mission.name[k:] in text


# a body with its second name in brackets, then the title with the title it has there (中央党校（国家行政学院）
# 校长（院长）): one institution under two names
_DOUBLE_NAMED = re.compile(r"（(?P<alt>[^（）()，。、]{2,14})）(?P<title>[\u4e00-\u9fff]{1,8}?)（(?P<alt_title>[^（）()，。、]{1,8})）$")


def _double_named(text: str, person: tuple[int, int], orgs: list[OrgMention], places: list[PlaceMention],
                  persons: list[tuple[int, int]], sent_start: int) -> list[PostMention]:
    """某党校（某学院）校长（院长）王明: the title at the body named first, the bracketed title at the body named
    in brackets, and the titles of the chain before the body (中共中央政治局常委、…) at theirs."""
    m = _DOUBLE_NAMED.search(text, max(sent_start, person[0] - 40), person[0])
    if m is None:
        return []
    body = next((o for o in orgs if o.end == m.start()), None)
    if body is None:
        return []
    found = _post_at(text, body, [m.group("title")], person, orgs)
    if not found:
        return []
    alt = m.group("alt")
    if alt.endswith(_BODY_SUFFIXES) and ROLE_PATTERN.fullmatch(m.group("alt_title")):
        other = next((o for o in orgs if o.start == m.start("alt") and o.end == m.end("alt")), None) \
            or OrgMention(m.start("alt"), m.end("alt"), alt)
        found.append(PostMention(person, m.group("alt_title"), org=other))
    return found + _earlier_posts(text, body, orgs, places, person, persons)


_BODY_SUFFIXES = tuple(sorted((k for k in ORG_SUFFIXES if len(k) >= 2), key=len, reverse=True))
ROLE_PATTERN = re.compile(rf"(?:副|常务副)?(?:{ROLE_RE})")


# a byline: the outlet, then a dateline or nothing, then the reporter's title and the names
_REPORTER = re.compile(r"(?P<role>(?:实习|特约|首席)?记者)[ \u3000：:]*(?:[\u4e00-\u9fff]{2,4}[ \u3000、]+){0,3}$")
# (a dateline's place may be a foreign capital of up to eight characters, then 电 or 讯: 新华社布达佩斯３月２日电;
# a town abroad is followed by its country in brackets: 新华社达沃斯（瑞士）１月２９日电)
_ABROAD = r"(?:[（(][\u4e00-\u9fff]{2,8}[）)])?"
_OUTLET_TO_ROLE = re.compile(rf"^(?:[\u4e00-\u9fff]{{0,4}}{_ABROAD}(?:\d{{1,2}}月\d{{1,2}}日)?(?:讯|电)?"
                             rf"|[\u4e00-\u9fff]{{5,8}}{_ABROAD}(?:\d{{1,2}}月\d{{1,2}}日)?[讯电])[ \u3000]*[（(]?[ \u3000]*$")


_THIS_OUTLET = re.compile(r"本(?P<kind>报|网|台|刊)")
_OUTLET_KINDS = ("社", "报", "台", "网", "刊")
_FILED = re.compile(r"[电讯]")
# what may open a byline that names no outlet: nothing, 本报 / 本网…, or a dateline (本报讯, 北京1月5日电),
# then other writers' names, each followed by a space (张华 记者 李明); a photo credit may open with a bracket
# after its caption (…的场面。（本报记者王霞光摄）)
_BYLINE_HEAD = re.compile(r"[ \u3000]*[（(]?(?:本[报网台刊]|[^\n，。；！？]{0,16}?(?:讯|电))?[ \u3000]*[（(]?[ \u3000]*"
                          r"(?:[\u4e00-\u9fff·]{2,6}[ \u3000]+)*$")
# a dateline before the reporter's title: the outlet (本报, or one the text names), the place and date it was
# filed from, 电 or 讯 (本报贵阳一月十七日电记者胡跃平报道, 本报青岛电记者宋学春): the place is where the report came
# from, no body the reporter works for
_DATELINE = re.compile(r"(?:^|本[报网台刊]|[报网台社])[\u4e00-\u9fff]{0,6}?"
                       r"(?:[\d一二三四五六七八九十〇零]{1,3}月[\d一二三四五六七八九十〇零]{1,3}日)?[电讯][ \u3000（(]*$")


def _reporter_post(text: str, person: tuple[int, int], orgs: list[OrgMention],
                   home_outlets: tuple[str, ...] = ()) -> PostMention | None:
    """光明日报记者 陈志刚 吕明, 兰州新闻网讯(记者 姬红伟): a reporter of the outlet that opens the byline.
    A byline that names none (本报记者 乔丽娜, 本报讯(记者 闫建华), 记者 丁红霞 摄) is the document's own
    outlet, named by its source line (`home_outlets`): the one of the kind 本报/本网/本台 says, or the
    only one."""
    start = person[0]
    line_start = max(text.rfind("\n", 0, start) + 1, start - 40)
    m = _REPORTER.search(text, line_start, start)
    if m is None or any(w in _ROLES for w in re.split(r"[ \u3000、]+", text[m.end("role"):start])):
        return None  # 本报记者 乔丽娜 通讯员 郑雪梅: the second title is the second person's
    before = [o for o in orgs if line_start <= o.start and o.end <= m.start() and _OUTLET_TO_ROLE.match(text[o.end:m.start()])]
    # 据新华社联合国１月１３日电（记者谢美华）: the outlet whose dateline names a body as the place it files from
    dated = [o for o in before if o.name.endswith(_OUTLET_KINDS) and _FILED.search(text, o.end, m.start())]
    outlet = dated[0] if dated else (before[-1] if before else None)
    if outlet is not None:
        return PostMention(person, m.group("role"), org=outlet)
    # the byline opens its line or follows a sentence (…宣讲。记者 王芳 摄)
    head = max(line_start, *(text.rfind(mark, line_start, m.start()) + 1 for mark in "。！？"))
    if not _BYLINE_HEAD.match(text, head, m.start()):
        return None  # 美国调查记者西摩·赫什爆料: a reporter the running text names, not the page's byline
    this = _THIS_OUTLET.search(text, line_start, m.start())
    home = [o for o in dict.fromkeys(home_outlets) if this is None or this.group("kind") == "刊"
            or o.endswith(this.group("kind"))]
    if len(home) == 1:
        return PostMention(person, m.group("role"), outlet=home[0])
    if _DATELINE.search(text, line_start, m.start()):
        return PostMention(person, m.group("role"))  # a reporter, of no outlet the text names: no post
    return None


# a writer's signature in brackets closing a paragraph, his unit and then the names, run together: （河南偃师市公安局焦宏）,
# （湖北麻城市交通局熊承元毕宗锐）; before the unit at most its province's name (江西会昌县…, read with the unit or not)
_SIGNATURE_CLOSE = re.compile(r"[）)][ \u3000]*(?:\n|$)")  # (ASCII brackets too: a text retyped or converted)
_BEFORE_THE_UNIT = re.compile(r"[（(][\u4e00-\u9fff]{0,6}")
_ON_THE_STAFF = "工作人员"  # (the signature says where the writer works, not his title)


def _signed_from(text: str, span: tuple[int, int], orgs: list[OrgMention], ends: dict[int, int],
                 starts: dict[int, int]) -> PostMention | None:
    """A writer of a letter or a short report signed under it: on the staff of the unit the signature names.  `ends`,
    `starts`: each person's span from its start, from its end (names run together follow one another)."""
    first, last = span
    while first in starts:
        first = starts[first]
    while last in ends:
        last = ends[last]
    if not _SIGNATURE_CLOSE.match(text, last):
        return None
    unit = max((o for o in orgs if o.end == first and not o.generic), key=lambda o: o.end - o.start, default=None)
    opening = max(text.rfind("（", 0, unit.start + 1), text.rfind("(", 0, unit.start + 1)) if unit is not None else -1
    if unit is None or opening < 0 or not _BEFORE_THE_UNIT.fullmatch(text, opening, unit.start):
        return None
    return PostMention(span, _ON_THE_STAFF, org=unit)


def find_posts(text: str, persons: list[tuple[int, int]], orgs: list[OrgMention],
               places: list[PlaceMention], sentence_bounds, home_outlets: tuple[str, ...] = ()) -> list[PostMention]:
    """The posts of `persons`; `home_outlets` are the outlets the document's source line names."""
    posts: list[PostMention] = []
    ends, starts = {s: e for s, e in persons}, {e: s for s, e in persons}
    reporters: dict[int, PostMention] = {}  # a byline's reporters by where their names end
    for span in persons:
        start, end = span
        # 新华社记者王永治牛爱民: a name run on from a reporter's in a byline is the next reporter's
        reporter = _reporter_post(text, span, orgs, home_outlets) or (
            dataclasses.replace(reporters[start], person=span) if start in reporters else None)
        if reporter is not None:
            reporters[end] = reporter
            if reporter.org is not None or reporter.outlet:
                posts.append(reporter)
            continue
        signed = _signed_from(text, span, orgs, ends, starts)
        if signed is not None:
            posts.append(signed)
            continue
        sent_start, sent_end = sentence_bounds(start)
        # 队员陈建国(驻新村第一书记): a title in brackets right after the name, besides any before it
        aside = _ASIDE_TITLE.match(text, end)
        target = _chain_target(text, aside.start("what"), orgs, places) if aside else None
        if target is not None and target.end < aside.end("what"):
            posts.extend(_post_at(text, target, [text[target.end:aside.end("what")]], span, orgs))
        envoy = _envoy_posts(text, span, sent_start)
        if envoy is not None:
            # (沙特代表团团长、沙特驻也门大使某某: and the titles of the chain before the envoy's); the post only where the
            # text names the mission (SCHEMA.md: a body the text names; 中国驻意大利大使吴明廉 holds a title, and the host
            # is no Place of the schema)
            posts.extend([p for p in envoy if _mission_named(text, p.org)]
                         + (_earlier_posts(text, envoy[0].org, orgs, places, span, persons) if envoy else []))
            continue
        found = _double_named(text, span, orgs, places, persons, sent_start)
        if found:
            posts.extend(found)
            continue
        anchor = _anchor_before(start, orgs, places, 16) or _anchor_across_a_country(text, start, orgs, places)
        if isinstance(anchor, OrgMention) and _of_a_country_unnamed(text, anchor):
            anchor = None  # 美国国务院发言人鲁宾: another state's body, read without the country as one of China's
        if anchor is not None and any(anchor.end <= a < start for a, _ in persons):
            anchor = None  # 湖南省委书记沈晓明和省长毛伟明: the title before is somebody else's
        found = _chain_through_a_unit(text, anchor, orgs, places, span, persons) if anchor is not None else []
        if found:
            posts.extend(found)
            continue
        # 居委会主任 任秀梅, 党总支部书记——某某: a space or a dash before the name; not a comma (韩俊同志任
        # 安徽省委委员、常委、书记，郑栅洁同志…: the titles before it are the clause's subject's)
        if anchor is not None and anchor.end >= sent_start \
                and not _CLAUSE_MARK.search(text, anchor.end, start):
            between = text[anchor.end:start].rstrip(" \u3000—-－")
            if between.endswith("的") and _HELD_THEN.search(text, sent_start, anchor.start):
                between = between[:-1]  # 时任某消防中队班长的某某: the title of the person after 的
            if between == "长" and isinstance(anchor, OrgMention) and anchor.name.endswith(_HEADED_BY_ZHANG):
                # 俄罗斯外交部长拉夫罗夫: 部长 of the ministry, its 部 written once (and the titles of the chain before it:
                # 中共中央政治局委员、外交部长王毅)
                posts.append(PostMention(span, anchor.name[-1] + "长", org=anchor))
                posts.extend(_earlier_posts(text, anchor, orgs, places, span, persons))
                continue
            parts = [p for p in re.split(r"[、兼]", between)]
            if between and all(parts):
                found = _post_at(text, anchor, parts, span, orgs)
                if found and all(p.role.endswith(CALLINGS) for p in found):
                    # 某大学风冷专家王明教授: a title after the name says what the calling before it only describes
                    found = _member_title_after(text, span, persons, orgs, sent_start) or found
                if found:
                    # (全国人大代表李肖娜是…海连社区的居委会主任: a title before the name, and a post the sentence
                    # states after it)
                    posts.extend(found + _earlier_posts(text, anchor, orgs, places, span, persons)
                                 + (_copula_post(text, span, sent_end, orgs, places)
                                    or _copula_title(text, span, sent_end, orgs, places)))
                    continue
        # 增补邓小刚、庹震为第十四届全国政协委员; 任命李小鹏为经济委员会副主任、邓小刚为…: appointed to a post
        found = _appointed(text, span, orgs, sent_start, sent_end) or _revoked_seat(text, span, persons, orgs) \
            or _relieved_of(text, span, persons, orgs, sent_end)
        if found:
            posts.extend(found)
            continue
        # 工作队队长陈永利、队员陈建国(驻新村第一书记)、高平、杨文斌: a name in a list of members after a body
        # has the last title written before it in the list
        found = _listed_post(text, span, persons, orgs, places, sent_start)
        if found:
            posts.extend(found)
            continue
        # 习近平总书记: a title after the name that says its body, when the text names that body
        title = next((t for t in TITLE_AFTER_NAME if text.startswith(t, end)), None)
        body = next((o for o in orgs if o.name in TITLE_AFTER_NAME[title]), None) if title and any(
            f.format(name=text[start:end]) in text for f in TITLE_BODY_FORMULAS.get(title, ())) else None
        if body is not None:
            posts.append(PostMention(span, title, org=body, stated=(start, end + len(title))))
            continue
        # 王明常委建议 (…的全国政协常委), 某大学的李华、张蕾教授: a member's title after the name
        found = _member_title_after(text, span, persons, orgs, sent_start)
        if found:
            posts.extend(found)
            continue
        # 在中国科学院…工作会议上，路甬祥院长…: a head's title after the name, of the one body of its kind before it
        found = _head_title_after(text, span, orgs, sent_start)
        if found:
            posts.extend(found)
            continue
        # 作为全国人大代表,某某分享了…: the titles of the 作为 clause just before the name
        found = _as_title(text, span, sent_start, orgs, places)
        if found:
            posts.extend(found)
            continue
        # 灵寿县长郑雪碧, 柳林镇长…: the place's name and 长, its head, the level word written once
        head = next((p for p in places if p.end == start - 1 and p.coded and text[start - 1] == "长"
                     and (p.name or p.surface)[-1:] in "省市县区州镇乡旗" and p.surface[-1:] == (p.name or p.surface)[-1:]),
                    None)
        if head is not None:
            posts.append(PostMention(span, head.surface[-1] + "长", place=head))
            continue
        # 湖南省委书记沈晓明和省长毛伟明: a head of government titled by the level of the place
        m = _LEVEL_HEAD.search(text, max(sent_start, start - 5), start)
        if m:
            place = _nearest_place(places, start, _HEAD_LEVELS[m.group("level")], 300, coded=True)
            if m.group("level") == "市":
                # 上海市市长徐匡迪、副市长夏克强: the mayor of a municipality, which is a province
                city = _nearest_place(places, start, ("Province",), 300, coded=True)
                if city is not None and city.name.endswith("市") and (place is None or city.end > place.end):
                    place = city
            if place is not None:
                posts.append(PostMention(span, m.group("role"), place=place))
                continue
        # 吴建平是石桥乡的一名网格员
        found = _copula_post(text, span, sent_end, orgs, places)
        if found:
            posts.extend(found)
            continue
        # 郑国强是万宁市人大常委会副主任, 符文斌是和乐镇副镇长: the title right after the body or place
        found = _copula_title(text, span, sent_end, orgs, places)
        if found:
            posts.extend(found)
            continue

        # 在广西陆川新旺村，从城市返乡的村支书沈靖凯: 村支书 (村书记) is the secretary of the village's Party branch,
        # written short, as 村党支部书记 is read in full
        # (…小台子村突降暴雨，村党支部书记李清学: the branch, general branch or committee the title names)
        secretary = _VILLAGE_SECRETARY.search(text, max(sent_start, start - 7), start)
        if secretary:
            village = _nearest_place(places, start, ("Village",), 400)
            if village is not None and (village.name or village.surface).endswith("村"):
                body = secretary.group("body") or "党支部"
                branch = OrgMention(village.start, village.end, (village.name or village.surface) + body,
                                    owner=village)
                posts.append(PostMention(span, body + "书记", org=branch))
                continue
        # 我们来到感恩社区时，社区书记伍加木…: the secretary of the community's Party body, the one the text
        # names (a community's is a 党委 or a 党支部: which, only the text can say), else of the community
        if _COMMUNITY_SECRETARY.search(text, max(sent_start, start - 4), start):
            community = _nearest_place(places, start, ("Village",), 400)
            if community is not None and (community.name or community.surface).endswith("社区"):
                posts.append(PostMention(span, "社区书记", org=_party_body_of(community, orgs), place=community))
                continue
        # 驻村第一书记黄明 / 到王寨镇小石河村担任驻村第一书记的他
        m = _FREE_ROLE.search(text[max(sent_start, start - 8):start])
        if m:
            village = _nearest_place(places, start, ("Village",), 400)
            if village is not None:
                posts.append(PostMention(span, (m.group("mod") or "") + m.group("role"), place=village))
                continue
        # 我们第一次来悬崖村时，帕查有格是驻村第一书记: the first secretary stated by 是 after the name, of the village
        # the text is about
        after = _FIRST_SECRETARY_AFTER.match(text, end, sent_end)
        if after:
            village = _nearest_place(places, start, ("Village",), 400)
            if village is not None:
                posts.append(PostMention(span, (after.group("mod") or "") + "第一书记", place=village))
                continue
        found = _serves(text, span, orgs, sent_end, places)
        if found and m is None:
            posts.extend(found)
            continue
        serve = _serving(text, sent_start, sent_end, span)
        if serve and m is None:
            pos = sent_start + serve.start("role")
            role_end = sent_start + serve.end("role")
            cut = next((o for o in orgs if pos <= o.start < role_end < o.end), None)
            if cut is not None and (rest := _TITLE_AFTER_BODY.match(text, cut.end, sent_end)) is not None:
                role_end = rest.end()  # 曾任中国人民政治协商会议全国委员会副主席: 委员 of the body's name is no title
            body = next((o for o in orgs if pos <= o.start and o.end < role_end), None)
            others = [p for p in persons if sent_start <= p[0] < sent_end]
            if body is not None and len(others) == 1:
                found = _post_at(text, body, [text[body.end:role_end]], span)
                if found:
                    posts.extend(found + _further_posts(text, role_end, sent_end, orgs, places, span))
                    continue
            role_text = serve.group("role")
            pos = sent_start + serve.start("role")
            target = next((p for p in places if p.start >= pos and p.end <= pos + len(role_text)), None)
            if target is None:
                target = _nearest_place(places, pos, ("Village", "Township", "Neighbourhood"), 12)
            if target is not None:
                rm = re.search(rf"(?:{ROLE_RE})$", role_text)
                others = [p for p in persons if sent_start <= p[0] < sent_end]
                if rm and len(others) == 1 and not rm.group().endswith(CALLINGS):  # (a calling is at a body)
                    prefix = text[target.end:pos + len(role_text) - len(rm.group())] if target.end > pos else ""
                    posts.append(PostMention(span, prefix + rm.group() if len(prefix) <= 4 else rm.group(), place=target))
                    posts.extend(_further_posts(text, pos + len(role_text), sent_end, orgs, places, span))
    posts += _pronoun_posts(text, persons, orgs, places, sentence_bounds)
    return posts + _titles_at_the_body_before(text, persons, posts) \
        + _state_councillors(text, persons, orgs, sentence_bounds) + _delegation_heads(text, persons, orgs) \
        + _own_delegations(text, persons, orgs) + _deputies_listed(text, persons, orgs)


_BOOK_TITLE = re.compile(r"《[^《》\n]*》")


def titles_after_names_at_home(text: str, persons: list[tuple[int, int]], orgs: list[OrgMention],
                               posts: list[PostMention]) -> list[PostMention]:
    """习近平总书记…落实党中央部署, 李强总理…国务院: a title after a name that says its body (TITLE_AFTER_NAME), in a report
    that names that body and no country abroad, is the post at that body where no set phrase ties the name to it
    (TITLE_BODY_FORMULAS, read in find_posts): the Chinese press writes 总书记 alone of the Central Committee's,
    总理 or 副总理 alone of the State Council's, 委员长 of the NPC Standing Committee's, only at home; not in a report
    on another country or party (同阮富仲总书记共同宣布…, …祝贺朝鲜劳动党…在金正恩总书记的领导下), nor for a person the
    report names with that title at another body.  `posts`: find_posts' posts of the text; spans that have the post
    there already are left out."""
    if not any(t in text for t in TITLE_AFTER_NAME) or countries_abroad_in(_BOOK_TITLE.sub("", text)):
        # (a country named only in a title, 批准《中华人民共和国和博茨瓦纳共和国引渡条约》, puts the report at home still)
        return []
    out = []
    for title, names in TITLE_AFTER_NAME.items():
        body = next((o for o in orgs if o.name in names and not o.generic), None)
        if body is None:
            continue
        elsewhere = {text[p.person[0]:p.person[1]] for p in posts if p.role.endswith(title)
                     and p.org is not None and p.org.name not in names}
        held = {p.person for p in posts if p.role == title and p.org is not None and p.org.name in names}
        out += [PostMention((start, end), title, org=body, stated=(start, end + len(title))) for start, end in persons
                if text.startswith(title, end) and text[start:end] not in elsewhere and (start, end) not in held]
    return out


def _first_of_the_list(text: str, span: tuple[int, int], ends: dict[int, int]) -> int:
    """Where the first name of the list of names that ends with `span` begins (`ends`: each name's end → its start;
    names joined by 、 or 和)."""
    first = span[0]
    while first - 1 in ends and text[first - 1] in LIST_JOINERS:
        first = ends[first - 1]
    return first


# a title alone, with no body word (副主任, 秘书长, 常务副主任), written between two items of a list of titled names
_BARE_TITLE = re.compile(rf"(?:常务)?副?(?:{ROLE_RE})")
_NOT_SHARED = frozenset(("通讯员", "记者", "实习记者", "代表", "委员", "国务委员"))
# titles that name their own body (国家主席习近平、总理李强: the State Council's premier, not the head of state's), shared
# only after a title of their own kind (国务院总理李鹏、副总理邹家华; 第一副总理曼图罗夫、副总理诺瓦克)
_OWN_BODY_TITLES = frozenset(("总理", "副总理"))
_AS_DEPUTY = re.compile(r"^(?:常务|第一)?副")


def _titles_at_the_body_before(text: str, persons: list[tuple[int, int]],
                               posts: list[PostMention]) -> list[PostMention]:
    """某委员会主任王明，副主任李华、张强, 全国人大常委会副委员长田纪云、雷洁琼，秘书长曹志: a title with no body of
    its own after a titled name and a comma or 、 is a post at the body of the post just before (the list goes
    on at that body); not a head of a place (市委书记王明，市长李华: the city's, which other rules read), not a
    member's title (委员, 代表: of bodies the text would name) and not where the name before holds no post."""
    ends = {e: s for s, e in persons}
    posted = {p.person for p in posts}
    last_at = {}
    for p in posts:
        if p.org is not None and not p.outlet and p.stated is None and p.org.end <= p.person[0]:
            last_at[p.person] = p  # the post the title before the name states (the last one of its chain)
    found = []
    for span in persons:
        if span in posted:
            continue
        first = _first_of_the_list(text, span, ends)  # 副主任李干杰、李鸿忠: the first name has the title before it
        m = next((m for m in (_BARE_TITLE.fullmatch(text, k, first) for k in range(max(0, first - 6), first - 1)) if m),
                 None)
        if m is None or text[m.start() - 1] not in "，,、" or m.group() in _NOT_SHARED \
                or _PLACE_HEAD.fullmatch(m.group()) or m.group().endswith(CALLINGS):
            continue
        before = ends.get(m.start() - 1)
        if before is None:
            again = _same_title_earlier(text, m.start(), m.group(), last_at.values(), persons)
            if again is not None:
                found.append(PostMention(span, m.group(), org=again.org, stated=(m.start(), span[1])))
            continue
        previous = last_at.get((before, m.start() - 1))
        if previous is not None and m.group() in _OWN_BODY_TITLES and not _of_one_kind(previous.role, m.group()):
            continue
        if previous is not None and previous.role != m.group():
            # (国防部外办主任罗斌、副主任詹懋海: in the unit the title before names, 外办)
            own = _BARE_TITLE.search(previous.role)
            unit = previous.role[:own.start()] if own is not None and own.end() == len(previous.role) else ""
            unit = "" if unit in ("原", "前", "第一") else unit  # (第一副总理曼图罗夫、副总理诺瓦克: no unit)
            found.append(PostMention(span, unit + m.group(), org=previous.org, stated=(m.start(), span[1])))
    return found


# what stands between a titled name and the same title written bare for the next name: the rest of one clause
_ONE_CLAUSE_BETWEEN = re.compile(r"[^，,。；、]{0,24}[，,]")


def _same_title_earlier(text: str, at: int, title: str, posts: Iterable[PostMention],
                        persons: list[tuple[int, int]]) -> PostMention | None:
    """全国人大常委会副委员长沈跃跃主持座谈会，副委员长丁仲礼出席: the post of the last name earlier in the sentence, when
    that name holds it under the very title written bare at `at` (the body is written once, with the first name)."""
    stop = max(text.rfind(mark, 0, at) for mark in "。！？；\n")
    last = max(((s, e) for s, e in persons if stop < s and e < at), default=None)
    if last is None or not _ONE_CLAUSE_BETWEEN.fullmatch(text, last[1], at):
        return None  # (…教授张雄伟，某医院…主任、教授张剑宁: the title's own body stands between)
    return next((p for p in posts if p.person == last and p.role == title), None)


def _of_one_kind(role: str, title: str) -> bool:
    """Whether `role` ends with `title` or a deputy's or the head's title of its kind (第一副总理 and 副总理, 总理)."""
    own = _BARE_TITLE.search(role)
    return own is not None and own.end() == len(role) and _AS_DEPUTY.sub("", own.group()) == _AS_DEPUTY.sub("", title)


# 以<title><name>为团长的<delegation>, 以<name>为首的<delegation>: the name heads the delegation named right after;
# 以<name><title>为首的<body> (以某某总书记为首的某党中央): the title is at that body
_HEADS_THE = re.compile(rf"(?P<title>(?:{ROLE_RE}))?(?:同志)?为(?P<how>团长|首)的")


def _delegation_heads(text: str, persons: list[tuple[int, int]], orgs: list[OrgMention]) -> list[PostMention]:
    """以市政府副秘书长王明为团长的天津市代表团: 团长 of the delegation (a body whose name ends in 团), whatever
    title the name has before it; 以某某总书记为首的某党中央: 总书记 of the body named after 为首的."""
    found = []
    for span in persons:
        m = _HEADS_THE.match(text, span[1])
        if m is None or "以" not in text[max(0, span[0] - 24):span[0]] or m.group("title") and m.group("how") != "首":
            continue
        body = min((o for o in orgs if m.end() <= o.start <= m.end() + 12 and (m.group("title") or o.name.endswith("团"))
                    and not _CLAUSE_MARK.search(text, m.end(), o.start)), key=lambda o: o.start, default=None)
        if body is not None and not _of_a_country_unnamed(text, body):  # (以通伦总书记为首的老挝党中央: not 党中央)
            found.append(PostMention(span, m.group("title") or "团长", org=body, stated=(span[0], body.end)))
    return found


# 赵乐际5日下午参加他所在的四川代表团审议: the person joins the delegation he belongs to, a deputy of it (a time may stand
# between the name and the verb, no clause mark)
_OWN_DELEGATION = re.compile(r"[^，。；：！？\n]{0,10}?(?:在)?参加[他她]所在的")


def _own_delegations(text: str, persons: list[tuple[int, int]], orgs: list[OrgMention]) -> list[PostMention]:
    """代表 of the delegation a person joins as the one he or she belongs to (参加他所在的X代表团审议)."""
    found = []
    for span in persons:
        m = _OWN_DELEGATION.match(text, span[1])
        if m is None:
            continue
        body = min((o for o in orgs if m.end() <= o.start <= m.end() + 16 and o.name.endswith("代表团")
                    and not _CLAUSE_MARK.search(text, m.end(), o.start)), key=lambda o: o.start, default=None)
        if body is not None:
            found.append(PostMention(span, "代表", org=body, stated=(span[0], body.end)))
    return found


# 会上，孙某、周某…等6位代表先后发言: the deputies of the delegation whose meeting the text has named, listed and counted
_DEPUTIES_COUNTED = re.compile(r"等[0-9一二三四五六七八九十]+位代表")
_DELEGATION_BEFORE = 300  # characters: the meeting is named in the sentence or the paragraph before the list


def _deputies_listed(text: str, persons: list[tuple[int, int]], orgs: list[OrgMention]) -> list[PostMention]:
    """代表 of the delegation named last before a list of names closed by 等N位代表 (the list joined by 、 only)."""
    found = []
    ending_at = {span[1]: span for span in persons}
    for m in _DEPUTIES_COUNTED.finditer(text):
        listed, span = [], ending_at.get(m.start())
        while span is not None:  # (back along the list, name by name, while a 、 joins them)
            listed.append(span)
            span = ending_at.get(span[0] - 1) if text[span[0] - 1:span[0]] == "、" else None
        body = max((o for o in orgs if o.name.endswith("代表团") and m.start() - _DELEGATION_BEFORE <= o.start
                    and o.end <= (listed[-1][0] if listed else m.start())), key=lambda o: o.start, default=None)
        if body is not None:
            found += [PostMention(span, "代表", org=body, stated=(span[0], m.end())) for span in listed]
    return found


# 国务委员 as a title of its own in a chain (not 国务委员长, a title of another state): a member of the State Council
_STATE_COUNCILLOR = re.compile(r"(?:^|(?<=[、，,：:；;]))国务委员(?=$|[、兼])")
_CHAIN_OPENS = re.compile(r"[，,。；;：:！？!?\n]")


def _state_councillors(text: str, persons: list[tuple[int, int]], orgs: list[OrgMention],
                       sentence_bounds) -> list[PostMention]:
    """国务委员王小洪, 中央书记处书记、国务委员王小洪, 国务委员、国家民委主任某某, 国务委员李铁映、迟浩田: the title
    names its body (the State Council) by itself, whatever body a title before it in the chain names; the post
    is at the State Council when the text names it (as a 总书记 written after a name is at 党中央 only where the text
    names that body)."""
    council = next((o for o in orgs if o.name == "国务院"), None)
    if council is None:
        return []
    ends = {e: s for s, e in persons}
    found = []
    for span in persons:
        first = _first_of_the_list(text, span, ends)  # 国务委员李铁映、迟浩田: the first name has the title before it
        sent_start = sentence_bounds(first)[0]
        opens = max([sent_start] + [m.end() for m in _CHAIN_OPENS.finditer(text, sent_start, first)]
                    + [e for s, e in persons if e <= first and s >= sent_start])
        chain = text[opens:first]
        if len(chain) > 40 or not _STATE_COUNCILLOR.search(chain):
            continue
        found.append(PostMention(span, "国务委员", org=council, stated=(opens, span[1])))
    return found



# titles that many hold at one body at once (常委, 委员, 教授): written after a name they name no body, but
# only one is meant, not somebody else's head of state (普京总统, 金正恩总书记)
_MEMBER_TITLE_AFTER = re.compile("|".join(sorted(
    ("常委", "委员", "人大代表", "代表", "成员", "理事", "院士", "教授", "副教授", "研究员", "副研究员", "博士",
     "医生", "大夫", "护士", "主任医师", "副主任医师", "教师", "老师"),
    key=len, reverse=True)))
# what may stand between a body and the names after it: 的, or a short description of the people
# (某大学风冷专家王明教授)
_BODY_TO_NAMES = re.compile(r"的?[\u4e00-\u9fff]{0,6}")


def _body_of_the_title(text: str, title: str, orgs: list[OrgMention], person_starts) -> OrgMention | None:
    """The one body the text writes `title` after; the one that names a class of members (14位全国政协常委
    围绕…) before those that title somebody named after them (中共中央政治局常委、全国政协主席王明)."""
    # (not a word the title opens: 武警部队代表团 is a delegation, no 代表 of 武警部队)
    titled = [o for o in orgs if text.startswith(title, o.end) and not o.generic
              and not splits_a_word(text, o.end + len(title))]
    named = [o for o in titled if o.end + len(title) not in person_starts and text[o.end + len(title):][:1] != "、"]
    # (a Politburo's member is titled before the name, never after it: 李书福委员 of a CPPCC session is the CPPCC's,
    # though the report titles a Politburo member before his name)
    candidates = named or [o for o in titled if not o.name.endswith(_POLITBURO)]
    if not candidates and title in _CPPCC_TITLES:
        # 李玛琳委员代表民进中央发言: a member of the CPPCC speaking at its session, the one national committee named
        candidates = [o for o in orgs if o.name in _CPPCC_NAMES]
    return candidates[0] if len({o.name for o in candidates}) == 1 else None


_POLITBURO = "政治局"
_CPPCC_TITLES = ("委员", "常委")
_CPPCC_NAMES = frozenset(("中国人民政治协商会议全国委员会", "全国政协"))


def _member_title_after(text: str, person: tuple[int, int], persons: list[tuple[int, int]], orgs: list[OrgMention],
                        sent_start: int) -> list[PostMention]:
    """The member's title written after a name, or after a list of names joined by 、 (王明、李华教授): a post
    at the body named just before the names (某大学的王明教授), else at the one body the text writes with that
    title after it (14位全国政协常委 … 王明常委建议)."""
    first, last = _the_list_of(text, person, persons)  # (the list the name opens, continues or ends)
    m = _MEMBER_TITLE_AFTER.match(text, last)
    if m is None or splits_a_word(text, m.end()) or splits_a_word(text, m.start()):
        return []  # (王明代表团, 李华委员会)
    if m.group() == "代表" and any(o.start == m.end() for o in orgs):
        return []  # 王明代表民革中央发言: 代表 as a verb
    title = m.group()
    body = _anchor_before(first, orgs, [], 8)
    if body is None or body.end < sent_start or not _BODY_TO_NAMES.fullmatch(text, body.end, first) \
            or _clause_opening(text[body.end:first]):
        body = _body_of_the_title(text, title, orgs, {s for s, _ in persons})
    if body is None:
        return []
    return [PostMention(person, title, org=body, stated=(person[0], m.end()))]


# a head's title and the kinds of body it heads (院长 of a 科学院, 医院 or 法院; 校长 of a university or a school)
_HEADS_OF_KINDS = {"院长": ("院",), "校长": ("大学", "学院", "学校", "中学", "小学", "党校"), "局长": ("局",),
                   "厂长": ("厂",), "所长": ("所",), "社长": ("社",), "馆长": ("馆",), "行长": ("银行",),
                   "董事长": ("公司", "集团"), "总经理": ("公司", "集团")}
_HEAD_TITLE_AFTER = re.compile(rf"(?:常务)?副?(?:{'|'.join(sorted(_HEADS_OF_KINDS, key=len, reverse=True))})")


def _head_title_after(text: str, person: tuple[int, int], orgs: list[OrgMention],
                      sent_start: int) -> list[PostMention]:
    """在今天召开的中国科学院１９９８年度工作会议上，路甬祥院长…: a head's title written after the name is a post at the
    body of its kind named before the name in the sentence, where that is the only one (no other 院 before 院长)."""
    m = _HEAD_TITLE_AFTER.match(text, person[1])
    if m is None or splits_a_word(text, m.end()):
        return []
    kinds = _HEADS_OF_KINDS[m.group().removeprefix("常务").removeprefix("副")]
    before = [o for o in orgs if sent_start <= o.start and o.end <= person[0] and not o.generic
              and o.name.endswith(kinds)]
    if len({o.name for o in before}) != 1:
        return []
    return [PostMention(person, m.group(), org=before[-1], stated=(person[0], m.end()))]


_APPOINTEE = r"[\u4e00-\u9fff·]{2,8}?(?:同志)?"
# (选举赵世勇同志为…副书记，张忠同志为…委员: the appointees of one sentence, each with his titles, parted by a comma too)
_APPOINTED_BEFORE = re.compile(rf"(?:任命|增补|选举|推选)(?:{_APPOINTEE}(?:为[^，。；、]{{2,30}}?(?:{ROLE_RE})"
                               rf"(?:、[^，。；、]{{2,30}}?(?:{ROLE_RE}))*[、，]|、))*$")
_APPOINTED_AFTER = re.compile(rf"(?:同志)?(?:、{_APPOINTEE})*为(?P<title>[^，。；、]{{2,30}}?(?:{ROLE_RE}))(?=[，。；、,;]|$)")
# the further titles of one appointment (为第十四届全国政协委员、教科卫体委员会副主任), each maybe at a body of its own
_FURTHER_TITLE = re.compile(rf"、(?P<title>[^，。；、]{{2,30}}?(?:{ROLE_RE}))(?=[，。；、,;]|$)")


_SESSION = re.compile(r"(?:第?[一二三四五六七八九十]+届)?")


def _body_in_title(m: re.Match, orgs: list[OrgMention]) -> OrgMention | None:
    """The body a title matched as `title` names: the one inside it that ends last, before the title's role."""
    return max((o for o in orgs if m.start("title") <= o.start and o.end < m.end("title")), key=lambda o: o.end,
               default=None)


def _appointed(text: str, person: tuple[int, int], orgs: list[OrgMention], sent_start: int,
               sent_end: int) -> list[PostMention]:
    """任命 / 增补 / 选举 <names> 为 <body><title>: the post at the body named in the title."""
    start, end = person
    if not _APPOINTED_BEFORE.search(text, sent_start, start):
        return []
    m = _APPOINTED_AFTER.match(text, end, sent_end)
    if m is None:
        return []
    body = _body_in_title(m, orgs)
    if body is None or not _SESSION.fullmatch(text, m.start("title"), body.start):
        return []  # (团十九届中央书记处第一书记: the League's secretariat, which the body read misses)
    posts = _post_at(text, body, [text[body.end:m.end("title")]], person)
    # 增补李晓红同志为第十四届全国政协委员、教科卫体委员会副主任: a further title at the body it names (not a
    # further person: 增补A为…委员、B为…)
    while posts and (more := _FURTHER_TITLE.match(text, m.end("title"), sent_end)) is not None \
            and (further := _body_in_title(more, orgs)) is not None and further.start == more.start("title"):
        title = text[further.end:more.end("title")]
        posts += _post_at(text, _committee_of(body, further) if bare_committee(further) else further, [title], person)
        m = more
    return posts


# 撤销吴燕生、刘石泉政协第十四届全国委员会委员资格, 罢免某某第十四届全国人民代表大会代表资格: the seat taken away is one
# its holders held till then (the post's sentence says that it ends)
_REVOKING_BEFORE = re.compile(r"(?:撤销|罢免|终止|取消)$")
_SEAT = re.compile(r"(?P<title>委员|常委|代表)资格")


def _the_list_of(text: str, person: tuple[int, int], persons: list[tuple[int, int]]) -> tuple[int, int]:
    """Where the list of names joined by 、 (or 和) that holds `person` begins and ends."""
    starts = {s: e for s, e in persons}
    last = person[1]
    while text[last:last + 1] and text[last] in LIST_JOINERS and last + 1 in starts:
        last = starts[last + 1]
    return _first_of_the_list(text, person, {e: s for s, e in persons}), last


def _revoked_seat(text: str, person: tuple[int, int], persons: list[tuple[int, int]],
                  orgs: list[OrgMention]) -> list[PostMention]:
    """撤销 <names> <body><title>资格: the member's or deputy's post at the body whose seat the names lose."""
    first, last = _the_list_of(text, person, persons)
    if not _REVOKING_BEFORE.search(text, max(0, first - 2), first):
        return []
    session = _SESSION.match(text, last)
    body = next((o for o in orgs if o.start in (last, session.end()) and not o.generic), None)
    seat = _SEAT.match(text, body.end) if body is not None else None
    if seat is None:
        return []
    return [PostMention(person, seat.group("title"), org=body, stated=(person[0], seat.end("title")))]


# 免去秦刚的外交部部长职务, 免去苟仲文第十四届全国政协常委、民族和宗教委员会副主任职务: the posts its holder is relieved
# of, each title at the body it names or at the one before
_RELIEVED_OF = re.compile(r"(?:同志)?(?:兼任)?的?(?P<titles>[^，。；：,;:]{2,80}?)职务")


def _relieved_of(text: str, person: tuple[int, int], persons: list[tuple[int, int]], orgs: list[OrgMention],
                 sent_end: int) -> list[PostMention]:
    """免去 <names>(的) <body><title>、<body><title>职务: the posts held till then."""
    first, last = _the_list_of(text, person, persons)
    m = _RELIEVED_OF.match(text, last, sent_end) if text.startswith("免去", first - 2) else None
    if m is None:
        return []
    groups: list[tuple[OrgMention, list[str]]] = []
    at = m.start("titles")
    for part in m.group("titles").split("、"):
        session = _SESSION.match(text, at)
        body = max((o for o in orgs if o.start in (at, session.end()) and o.end < at + len(part) and not o.generic),
                   key=lambda o: o.end, default=None)
        if body is not None and groups and bare_committee(body):
            body = _committee_of(groups[0][0], body)
        if body is not None:
            groups.append((body, [text[body.end:at + len(part)]]))
        elif groups:
            groups[-1][1].append(part)
        else:
            return []
        at += len(part) + 1
    return [post for body, parts in groups for post in _post_at(text, body, parts, person)]


def _committee_of(head: OrgMention, committee: OrgMention) -> OrgMention:
    """最高人民法院副院长、审判委员会委员: a bare committee after a list's first body is that body's committee, or one
    beside it when that body is a committee of another (全国人大常委会…基本法委员会副主任、法制工作委员会副主任)."""
    owner = head.parent if head.parent is not None and bare_committee(
        dataclasses.replace(head, name=head.name[len(head.parent.name):], parent=None)) else head
    return OrgMention(committee.start, committee.end, owner.name + committee.name, parent=owner, alias=committee.name)


_CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?]")
# <name>(同志)任 <body><title>、<title>…: the verb right after the name, so the name is its subject whoever
# else the sentence names
_SERVES = re.compile(rf"(?:同志)?(?:担任|出任|兼任|任|当选为|当选)(?P<title>[^，。；、]{{2,30}}?(?:{ROLE_RE}))"
                     rf"(?P<more>(?:、(?:{ROLE_RE}))*)(?=[，。；、,;]|$)")


def _serves(text: str, person: tuple[int, int], orgs: list[OrgMention], sent_end: int,
            places: list[PlaceMention] = ()) -> list[PostMention]:
    """沈晓明同志任湖南省委委员、常委、书记: each title of the list at the body the first one names, and the posts
    listed after it at the bodies or places they name (…曾任开阳县委书记、贵阳市副市长)."""
    m = _SERVES.match(text, person[1], sent_end)
    if m is None:
        return []
    body = _body_in_title(m, orgs)
    if body is None or body.start != m.start("title"):
        return []
    titles = [text[body.end:m.end("title")]] + [t for t in m.group("more").split("、") if t]
    posts = _post_at(text, body, titles, person, orgs)
    return posts + _further_posts(text, m.end(), sent_end, orgs, places, person) if posts else posts


# a title right after the body or place a further post of a list names (、贵阳市副市长, 、中共上海市委副书记)
_FURTHER_TITLE_AFTER = re.compile(rf"(?P<title>[^，。；：、,;:\s]{{0,8}}?(?:{ROLE_RE}))(?=[，。；、,;]|等职|$)")


_BARE_TITLE_ITEM = re.compile(rf"[^，。；、,;\s]{{0,4}}?(?:{ROLE_RE})(?=[，、,]|$)")  # (副市长, 行署专员)


def _further_posts(text: str, pos: int, sent_end: int, orgs: list[OrgMention], places: list[PlaceMention],
                   person: tuple[int, int]) -> list[PostMention]:
    """The posts a list of them goes on with after `pos` (江泽民出任上海市市长、中共上海市委副书记; 先后担任上海益民食品一厂
    第一副厂长、上海制皂厂第一副厂长): each a body or place and its title after 、, or after ， where the clause holds
    nothing else (现任天津美术学院教授，中国美术家协会理事，天津美术家协会名誉主席)."""
    posts: list[PostMention] = []
    while text.startswith(("、", "，"), pos) and pos < sent_end:
        target = _chain_target(text, pos + 1, orgs, places)
        bare = _BARE_TITLE_ITEM.match(text, pos + 1, sent_end) if target is None else None
        if bare is not None:
            pos = bare.end()  # (…市委常委、副市长，益阳地委副书记: a title of no body named, the list goes on past it)
            continue
        if isinstance(target, OrgMention) and bare_committee(target):
            break  # (…副院长、审判委员会委员: the court's committee, which the list's first body names)
        m = _FURTHER_TITLE_AFTER.match(text, target.end, sent_end) if target is not None else None
        found = _post_at(text, target, [m.group("title")], person, orgs) if m is not None else []
        if not found:
            break
        posts += found
        pos = m.end()
    return posts


def _serving(text: str, sent_start: int, sent_end: int, person: tuple[int, int]) -> re.Match | None:
    """The first 担任 / 当 … title of the sentence (王志强当村委会主任) that is the person's: 当 only as a
    word of its own, not inside 当地 or 应当; and not one whose subject is you or me (金正恩表示，您再次
    当选中共中央总书记)."""
    for serve in _SERVE.finditer(text[sent_start:sent_end]):
        at, end = sent_start + serve.start("verb"), sent_start + serve.end("verb")
        if serve.group("verb").startswith("当") and (splits_a_word(text, at) or splits_a_word(text, end)):
            continue
        if _ADDRESSED.search(text, min(person[1], at), max(person[0], at)):
            continue
        if text.endswith(_NO_LONGER, 0, at):
            continue  # 郑栅洁同志不再担任安徽省委书记: a post given up
        return serve
    return None


_ADDRESSED = re.compile(r"[您你我]|阁下")  # 谨对阁下再次当选…: you, politely
_NO_LONGER = ("不再", "不再兼", "卸任", "辞去", "免去")


# 他是, 她是 opening a sentence or a clause
_PRONOUN_IS = re.compile(r"(?:^|(?<=[。！？；\n，,:：]))[他她]是")


def _pronoun_posts(text: str, persons: list[tuple[int, int]], orgs: list[OrgMention], places: list[PlaceMention],
                   sentence_bounds) -> list[PostMention]:
    """…宋佳佳现在喜欢用一个词:互联网思维。她是宝山江湾街道长江二村居民区书记: 他是/她是<body or place><title>
    is a post of the person named last before it, in the same paragraph and at most a sentence back."""
    found = []
    for m in scan(_PRONOUN_IS, text, ('他是', '她是')):
        sent_start, sent_end = sentence_bounds(m.start())
        prev_start = sentence_bounds(max(0, sent_start - 1))[0] if sent_start > 0 else 0
        before = [p for p in persons if prev_start <= p[0] and p[1] <= m.start() and "\n" not in text[p[1]:m.start()]]
        if not before:
            continue
        posts = _copula_title(text, (m.start(), m.start() + 1), sent_end, orgs, places)
        person = before[-1]
        found.extend(PostMention(person, p.role, org=p.org, place=p.place, stated=(m.start(), sent_end))
                     for p in posts)
    return found


_TITLE_ENDS = re.compile(rf"(?P<title>[^，。；：！？,;:!?\s]{{0,12}}?(?:{ROLE_RE}))(?=[，。；！？,;!?\s]|$)")


_ASIDE_TITLE = re.compile(r"[（(]驻?(?P<what>[^（）()，。,]{2,20})[)）]")
_ASIDE = re.compile(r"^[（(][^（）()]{1,24}[)）]")
_SEP = "[、和及与]"
# between two names of a list: a separator and the next name's own title, perhaps after a name the
# tagger did not read (、高平、)
_LIST_GAP = re.compile(rf"^(?:{_SEP}[\u4e00-\u9fff]{{2,3}}(?={_SEP}))*{_SEP}(?P<title>[\u4e00-\u9fff]{{0,8}})$")


# the heads of a body: one person holds each at a time, so a list of names after one is not all of them (a
# secretariat's 书记 are several: 团中央书记处书记徐晓、王艺、胡百精…)
_ONE_HOLDER = re.compile(r"(?<!副)(?<!常务副)(?<!名誉)(?:总书记|主席|委员长|总理|主任|组长|院长|部长|局长|厅长|省长|市长|县长|区长|镇长|"
                         r"乡长|村长|校长|董事长|总经理|社长|行长|会长|团长|队长|站长|所长|处长|科长)$")


def _one_holder(title: str) -> bool:
    return bool(_ONE_HOLDER.search(title))


def _listed_post(text: str, person: tuple[int, int], persons: list[tuple[int, int]], orgs: list[OrgMention],
                 places: list[PlaceMention], sent_start: int) -> list[PostMention]:
    """The post of a name in a list of titled names after one body (…工作队,主要成员包括工作队队长陈永利、
    队员陈建国(驻新村第一书记)、高平、杨文斌…和王立超(金融助理)): the body, then a title and a name, then
    for each further name a separator, its own title or none and an aside in brackets or none.  A
    name without a title of its own takes the nearest title before it, at the body."""
    start = person[0]
    anchor = _anchor_before(start, orgs, [], 80)  # (a place in an aside, 驻新村第一书记, is no list's body)
    if anchor is None or anchor.end < sent_start:
        return []
    items = [p for p in persons if anchor.end <= p[0] and p[1] <= start]
    if not items:
        return []
    first = text[anchor.end:items[0][0]]
    if not first or _POST.match(first) is None:
        return []
    titles = [first]
    for (_, gap_start), (gap_end, _) in zip(items, items[1:] + [person]):
        gap = text[gap_start:gap_end]
        aside = _ASIDE.match(gap)
        m = _LIST_GAP.match(gap[aside.end():] if aside else gap)
        if m is None:
            return []
        titles.append(m.group("title"))
    if titles[-1]:
        return []  # a name with its own title: the rules above read it
    title = next(t for t in reversed(titles) if t)
    if not _POST.match(title) or _one_holder(title):
        return []  # (中共中央总书记、…中央军委主席江泽民和乔石、朱镕基…: the others hold no post one person holds)
    found = _post_at(text, anchor, [title], person, orgs)
    # (中共中央政治局常委、中央全面深化改革委员会副主任李强、王沪宁、蔡奇: each name of the list holds the
    # titles of the chain before the body as well, as the first name does)
    return found + _earlier_posts(text, anchor, orgs, places, person, persons) if found and titles[0] == title else found


def _chain_target(text: str, start: int, orgs: list[OrgMention], places: list[PlaceMention]):
    """The body or place that a chain of places starting at `start` leads to (河南省辉县市裴寨村党支部
    → the branch; 和乐镇 → the town), or None when nothing starts there."""
    target = None
    skipped = 0  # characters of such place names, at most six
    while True:
        body = max((o for o in orgs if o.start == start), key=lambda o: o.end, default=None)
        if body is not None:
            return body
        place = max((p for p in places if p.start == start), key=lambda p: p.end, default=None)
        if place is None:
            # (是天津滨海新区某某街道…: a place name jieba knows that is no division of the gazetteer, such as a
            # new area, is part of the chain all the same)
            word = next(iter(tokens_after(text, start, 6)), "")
            if len(word) >= 2 and skipped + len(word) <= 6 and word_tag(word) == "ns":
                skipped, start = skipped + len(word), start + len(word)
                continue
            return target
        target, start = place, place.end


# (作为…社区党委书记、居委会主任，奔忙在…路上的孙茜: a relative clause ending in 的 may stand between the comma and
# the name it describes)
_AS = re.compile(r"作为(?:一名|一位)?(?P<what>[^，。；：！？,;:!?“”\s]{2,30})[，,](?:[^，。；：！？,;:!?“”\s]{2,24}的)?$")


def _as_title(text: str, person: tuple[int, int], sent_start: int, orgs: list[OrgMention],
              places: list[PlaceMention]) -> list[PostMention]:
    """作为<body or place><titles>,(…的)<name>: the clause before the name says what the person is."""
    m = _AS.search(text, max(sent_start, person[0] - 64), person[0])
    if m is None:
        return []
    target = _chain_target(text, m.start("what"), orgs, places)
    if target is None or target.end >= m.end("what"):
        return []
    return _post_at(text, target, text[target.end:m.end("what")].split("、"), person, orgs)


_OF_ONE = re.compile(r"的(?:一名|一位|一个)?")
# a member of a body's staff, which no title names (的工作人员, 的一名普通教学管理人员)
_STAFF = re.compile(r"(?P<title>[\u4e00-\u9fff]{0,4}?(?:工作人员|管理人员))(?=[，。；！？,;!?\s]|$)")


# the copula after a name, alone or with a word of time or 也 (王明是当时…村的党支部书记, 他也是…), longest first,
# and a comma alone, the title set off after the name (朱治国，青海省委组织部原副部长，从事…): the title must end
# its clause there (_TITLE_ENDS), so a name and the next clause's titled subject (王明，村党支部书记李华说) are not read
_COPULAS = ("是当时", "是现在", "是目前", "也是", "曾是", "现在是", "目前是", "如今是", "生前是", "，生前是", "是", "，是", "，")


def _copula_title(text: str, person: tuple[int, int], sent_end: int, orgs: list[OrgMention],
                  places: list[PlaceMention]) -> list[PostMention]:
    """X是<body or place>(的)<title>: the title is the post there, read as a title after a body
    (是…布古其村的党支部书记 gives the branch's secretary); after 的 a title in a unit the text does not
    name as a body (是…青松岭村的一名小学教师) is left out."""
    # (…摄影家柯文远，是江南师范学院的一名…: the name, a comma and 是 is the same statement)
    copula = next((c for c in _COPULAS if text.startswith(c, person[1])), None)
    if copula is None:
        return []
    target = _chain_target(text, person[1] + len(copula), orgs, places)
    if target is None:
        return []
    of = _OF_ONE.match(text, target.end)
    m = _TITLE_ENDS.match(text, of.end() if of else target.end, sent_end)
    if m is None:
        staff = _STAFF.match(text, of.end(), sent_end) if of else None
        if staff is None:
            return []
        # 汪明杰是四川成都郫都区石桥社区的工作人员: one of the staff, at the body or place the sentence names
        org, place = (target, None) if isinstance(target, OrgMention) else (None, target)
        return [PostMention(person, staff.group("title"), org=org, place=place)]
    # 是某村所在某镇的党委书记: a place or body named inside the title, then 的, is where the post is
    inner = max((x for x in [*orgs, *places] if m.start("title") <= x.start and x.end < m.end("title")
                 and text.startswith("的", x.end)), key=lambda x: x.end, default=None)
    if inner is not None:
        target, of = inner, _OF_ONE.match(text, inner.end)
        m = _TITLE_ENDS.match(text, of.end(), sent_end)
        if m is None:
            return []
    titles = m.group("title").split("、")
    if of and any((p := _POST.match(t)) is None or p.group("unit") for t in titles):
        return []
    return _post_at(text, target, titles, person)


_UNITS_BY_FUNCTION = frozenset(UNITS_BY_FUNCTION)


def _chain_through_a_unit(text: str, anchor, orgs: list[OrgMention], places: list[PlaceMention],
                          person: tuple[int, int], persons: list[tuple[int, int]]) -> list[PostMention]:
    """某联合会党组书记、书记处第一书记王明: a unit named by its kind alone (书记处, 办公室) after 、 in a chain of
    titles is a unit of the body the chain opens with, not a body of its own (nor the Party's 中央书记处): the
    title is at that body, named with its unit, as a unit's title after a body is (重症医学科医生)."""
    surface = text[anchor.start:anchor.end] if isinstance(anchor, OrgMention) else ""
    if surface not in _UNITS_BY_FUNCTION or anchor.owner is not None or anchor.parent is not None \
            or text[anchor.start - 1:anchor.start] != "、":
        return []
    prev = _anchor_before(anchor.start - 1, orgs, places, 16)
    if prev is None or any(prev.end <= a < person[0] for a, _ in persons):
        return []
    parts = text[prev.end:person[0]].split("、")
    if len(parts) < 2 or not all(parts) or _CLAUSE_MARK.search(text, prev.end, person[0]):
        return []
    posts = _post_at(text, prev, parts, person, orgs)
    if len(posts) < len(parts):
        return []  # (全国政协常委、外事委员会副主任: a committee, which is a body of its own)
    return posts + _earlier_posts(text, prev, orgs, places, person, persons)


# a member's or a leader's title in a team or a delegation, which a comma may part from the person's other titles
_TEAM_TITLE = re.compile(r"(?:副?团长|成员|副?组长)")
_CLAUSE_OPENERS = "。！？；\n"


# the terms a body is written with before its name (第十一届全国人民代表大会常务委员会, 第十届、十一届…)
_TERMS_BEFORE = re.compile(rf"{TERM_LIST}$")


def _segment_start(text: str, start: int, places: list[PlaceMention]) -> int:
    """Where the words of a body's name begin, before `start`: the places that open it (全国人大代表、蕲春县…村党委
    书记) and the terms it is written with (第九届全国人民代表大会常务委员会)."""
    while (lead := next((p for p in places if p.end == start and p.start < start), None)) is not None:
        start = lead.start
    term = _TERMS_BEFORE.search(text, max(0, start - 16), start)
    return term.start() if term is not None else start


def _earlier_posts(text: str, anchor, orgs: list[OrgMention], places: list[PlaceMention],
                   person: tuple[int, int], persons: list[tuple[int, int]] = ()) -> list[PostMention]:
    """中共中央政治局常委、中央办公厅主任蔡奇: the titles listed before the nearest body belong to the
    bodies named before them (常委 of 中共中央政治局), one 、 at a time."""
    found: list[PostMention] = []
    while True:
        # the places that open the body's name are part of it here (全国人大代表、蕲春县…村党委书记)
        first = _segment_start(text, anchor.start, places)
        sep = next((d for d in ("、", "——", "—", "兼", "，") if text.startswith(d, first - len(d))), None)
        prev = _anchor_before(first - len(sep), orgs, places, 16) if sep else None
        if prev is None or any(prev.end <= a < first for a, _ in persons):
            return found  # …第一书记、国家主席迪亚斯-卡内尔、…主席拉索: titles of somebody named between
        if sep == "，" and not (isinstance(prev, OrgMention) and _TEAM_TITLE.fullmatch(text, prev.end, first - 1)
                               and (prev.start == 0 or text[prev.start - 1] in _CLAUSE_OPENERS)) \
                and not text.startswith("同志", person[1]):
            # 中央宣讲团成员，中央台办主任刘结一: a clause that is only a team and a member's title opens the chain
            # as 、 does, and so does each clause of a eulogy's titles before the name and 同志 (…全国人民代表大会常务
            # 委员会副委员长，中国人民政治协商会议…副主席，…主席某某同志的遗体); any other comma ends it (韩俊同志任…书记，
            # 郑栅洁同志…)
            return found
        between = text[prev.end:first - len(sep)]
        parts = between.split("、")
        if not between or not all(parts):
            return found
        posts = _post_at(text, prev, parts, person)
        if not posts or (sep == "，" and len(posts) < len(parts)):
            return found  # (a eulogy's clause of titles is titles alone: 中国共产党的亲密朋友 names none)
        found.extend(posts)
        anchor = prev


def _copula_post(text: str, span: tuple[int, int], sent_end: int, orgs: list[OrgMention],
                 places: list[PlaceMention]) -> list[PostMention]:
    """吴建平是石桥乡的一名网格员: the post that `是…的` after the name states at the body or place before 的."""
    start, end = span
    m = _COPULA.match(text[end:sent_end])
    if not m:
        return []
    what_end = end + 1 + len(m.group("what"))
    target = next((o for o in orgs if o.end == what_end and o.start >= end), None) or \
        next((p for p in places if p.end == what_end and p.start >= end), None)
    if target is None or isinstance(target, PlaceMention) and m.group("role").endswith(CALLINGS):
        return []
    return [PostMention(span, m.group("role"), org=target if isinstance(target, OrgMention) else None,
                        place=target if isinstance(target, PlaceMention) else None)]


_PLACE_PARTY_BODIES = ("党委", "党总支", "党支部")


def _party_body_of(place: PlaceMention, orgs: list[OrgMention]) -> OrgMention | None:
    """The Party committee or branch of a village or community that the text names (牡丹社区党委), if one."""
    names = {(place.name or place.surface) + kind for kind in _PLACE_PARTY_BODIES}
    return next((o for o in orgs if o.name in names and not o.refers_back), None)


def _nearest_place(places: list[PlaceMention], pos: int, levels: tuple[str, ...], window: int,
                   coded: bool = False):
    for p in reversed(places):
        if p.end <= pos and pos - p.end <= window and p.level in levels and (p.coded or not coded):
            return p
    return None


# 省长, 副市长, 常务副县长 written right before a name, after punctuation or a conjunction (not 湖南省长,
# which names its place and is read as an ordinary post)
_PLACE_HEAD = re.compile(r"(?:常务)?副?[省市县区州镇乡旗]长|村长")
_LEVEL_HEAD = re.compile(r"(?:^|(?<=[，。；、：,;:\s和与及]))(?P<role>(?:常务)?副?(?P<level>[省市县区州镇乡])长)$")
_HEAD_LEVELS = {"省": ("Province",), "市": ("City", "County"), "县": ("County",), "区": ("County",),
                "州": ("City",), "镇": ("Township",), "乡": ("Township",)}


def resolve_references(text: str, refs: list[tuple[int, int, str]], persons: dict[str, list[int]]) -> dict[str, set[str]]:
    """小吴 → 吴建平 when exactly one full name in the document has that surname; else nothing."""
    aliases: dict[str, set[str]] = {}
    for start, end, surname in refs:
        if text[start + len(surname):end] in _KINSHIP or text[start:end - len(surname)] in _KINSHIP:
            continue  # 李奶奶 is somebody else of that surname, not 李强
        if any(start in persons[name] and len(name) > end - start for name in persons):
            continue  # 常务副会长张伯海认为: the opening of a full name read there, no 张伯 "uncle Zhang"
        fits = [name for name in persons if name.startswith(surname)]
        if len(fits) != 1:
            # prefer the full name mentioned nearest before the reference
            before = [(max(p for p in persons[name] if p < start), name) for name in fits
                      if any(p < start for p in persons[name])]
            if not before:
                continue
            fits = [max(before)[1]]
        aliases.setdefault(fits[0], set()).add(text[start:end])
    return aliases
