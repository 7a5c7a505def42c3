"""Place mentions: administrative divisions from the gazetteer, villages and neighbourhoods by rule.

Finding: one Aho-Corasick pass over every official name and safe short form (provinces down to
townships), then rules for what no table holds at its level in running text (村/社区/嘎查 names,
小区 and 村民组 names, and `A、B、C等村` enumerations).

Resolving: the same name can be several divisions (鼓楼区 is in five provinces).  A chain of
adjacent names (浙江省绍兴市上虞区百官街道) constrains each link to lie within the one before it;
a lone name takes the candidate best supported by the other places of the document, weighted by
distance.  Villages take their parent from the chain, or from the village table under a township
of the document, or from the nearest preceding township or county.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..gazetteer import Division, divisions
from .lexicon import (CJK, LIST_JOINERS, NOT_VILLAGE_STEMS, ORG_LEFT_STOPS, SHIP, STOP_WORDS, countries_in,
                      international_body_names, occurrences, scan)
from .names import is_transliterated, transliteration_characters
from .tokens import (is_boundary_word, splits_a_word, tokens_after, tokens_before, word_edges, word_frequency, word_tag,
                     words_before)

LEVEL_RANK = {"Province": 0, "City": 1, "County": 2, "Township": 3, "Village": 4, "Neighbourhood": 5}
CONTEXT_WINDOW = 600  # characters within which an earlier place counts as context for a later one


@dataclass
class PlaceMention:
    start: int
    end: int
    surface: str
    level: str
    candidates: tuple[Division, ...] = ()  # gazetteer divisions this surface can be
    division: Division | None = None  # the chosen one
    parent: "PlaceMention | None" = None  # for rule places: the place it sits in
    village_code: str = ""
    name: str = ""  # canonical name once resolved
    in_chain: bool = False
    enumerated: bool = False  # one of `A、B、C等村`
    listed: bool = False  # a village the table does not know, standing in a list beside one it does
    unsafe: bool = False  # a short form that is also an everyday word: kept only inside a chain
    chain_prev: "PlaceMention | None" = field(default=None, repr=False)

    @property
    def coded(self) -> bool:
        return self.division is not None

    @property
    def key(self) -> str:
        if self.division is not None:
            return f"{self.division.level}:{self.division.code}"
        if self.village_code:
            return f"Village:{self.village_code}"
        owner = self.parent.key if self.parent is not None else ""
        return f"{self.level}:{owner}/{self.name}"


# --- matching the gazetteer -----------------------------------------------------------------------

_CJK_CHAR = re.compile(f"[{CJK}]")
# A short form followed by one of these is the first part of another name (金山 in 金山村).
_CONTINUES_NAME = set("村镇乡屯寨庄湾坝沟社组路街道巷里山岭峰江河湖溪桥港岛寺园场站县区市州盟旗省")
_TOWNSHIP_END = re.compile(r"(镇|乡|街道|苏木)$")
_LEVEL_SUFFIX = re.compile(r"(省|市|自治区|特别行政区|自治州|州|盟|地区|区|县|旗|自治县|自治旗|镇|乡|街道|苏木)$")


@functools.cache
def _matcher():
    import daachorse

    forms = divisions().surface_forms()
    patterns = sorted(forms)
    # leftmost-longest: 湖南省 and not 湖南 with 省 after it; 0.05 s to build for the 39,000 forms
    automaton = daachorse.CharwiseDoubleArrayAhoCorasick(patterns, match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST)
    return automaton, patterns, forms


# 在湖南，…: a preposition before a short form that a clause mark closes is not part of a word with it
_PREPOSITIONS = frozenset("在从到至赴于和与及同")
_CLAUSE_MARKS = frozenset("，,、。；;")


def _inside_a_place_read_whole(text: str, start: int, end: int, model_places: frozenset[tuple[int, int]]) -> bool:
    """Whether the mention model reads a place that begins a character or two before `start`, in characters that spell
    foreign names, and runs to `end` or past it (苏梅州, Sumy in Ukraine, around 梅州); its opening is no place of the
    table's (the caller asks only where none ends at `start`: 广东梅州 read whole is 梅州 in 广东)."""
    return any(start - 2 <= a < start and end <= b and is_transliterated(text[a:start]) for a, b in model_places)


def _inside_a_foreign_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends a word jieba reads whole that opens with characters spelling a foreign name
    (佛罗里达州, 明尼苏达州, 别尔哥罗德州: a state or a region abroad, no 达州市 or 德州市; but 中共北京市委 names 北京)."""
    window = max(0, start - 4)
    edges = word_edges(text[window:end + 1])
    if start - window in edges:
        return False
    before = text[window + max(e for e in edges if e < start - window):start]
    translit = transliteration_characters()
    # (佛 of 佛罗里达 spells foreign names too, though the data lacks it: one character may be another)
    return len(before) >= 2 and sum(c not in translit for c in before) <= 1


# districts named by a direction alone (攀枝花's 东区 and 西区): the district only after its city, for a text that
# writes 东区 or 西区 alone means a part of something (a site, a landing field, a quarter of a foreign city)
_DIRECTION_ONLY = re.compile(r"[东西南北中]区")


def _after_its_city(text: str, start: int, cands) -> bool:
    """Whether the text right before `start` names the city one of `cands` lies in (攀枝花市东区, 攀枝花西区)."""
    for c in cands:
        city = divisions().by_code(c.parent)
        if city is not None and any(text.endswith(name, 0, start) for name in (city.name, *city.aliases)):
            return True
    return False


_FEATURE_ENDS = frozenset("河江湖海山")


def _ends_a_word_within(text: str, pos: int) -> bool:
    """Whether text[pos] is the last character of a longer word (大清河 of 对大清河南北两岸), the words cut in a window
    of four characters each side (a narrower one cuts 大清|河南)."""
    window = max(0, pos - 4)
    edges = word_edges(text[window:pos + 5])
    return pos - window not in edges and pos + 1 - window in edges


def _overlapped_names(text: str, automaton, patterns: list[str], matches: list) -> list:
    """The table's names, leftmost-longest, and where a short form found so begins inside a word (抵|达日 of 抵达日喀则,
    which the county 达日县 takes from the city), the name that begins after its first character and runs past it
    (日喀则) instead: leftmost-longest matching never looks at a name overlapping one it found."""
    out = []
    for start, end, index in matches:
        if _LEVEL_SUFFIX.search(patterns[index]) or not splits_a_word(text, start):
            out.append((start, end, index))
            continue
        later = next(((start + 1 + a, start + 1 + b, i) for a, b, i in automaton.find(text[start + 1:end + 8])
                      if start + 1 + a < end < start + 1 + b), None)
        # (not a county's stem of the same length, 广|西南|宁 → 宁南, 陈建平和 → 平和; nor one ending inside a word,
        # 大清河南北 → 河南, 黄浦江苏州河 → 苏州)
        if later is not None and text[later[0]] in _FEATURE_ENDS and _ends_a_word_within(text, later[0]):
            later = None  # 大清河|南北: the name would open with the last character of a river's (a mountain's) name
        if later is not None and (later[1] - later[0] > end - start or (
                not splits_a_word(text, later[1])
                and any(LEVEL_RANK[d.level] <= LEVEL_RANK["City"] for d in divisions().lookup(patterns[later[2]])))):
            out.append(later)
        else:
            out.append((start, end, index))
    return out


def _gazetteer_mentions(text: str, model_places: frozenset[tuple[int, int]] = frozenset()) -> list[PlaceMention]:
    """Division names of the table in the text; `model_places` (the mention model's place spans)
    vouch for a short form of a city or province the rules would doubt (深入鹤壁、许昌等地: 许昌 is
    also a person's name), unless it begins inside a word (聚焦作决策: 聚焦, no 焦作).  Not for counties: the model
    reads the sea 南海 and the river 濠江 as places too, and a county's short form is more often such a place than
    the county."""
    automaton, patterns, safe = _matcher()
    found = []
    glued = []  # bare county stems with a character after them: kept only when a place name follows
    matches = _overlapped_names(text, automaton, patterns, automaton.find(text))  # (start, end, pattern index)
    divisions().prefetch(patterns[index] for _, _, index in matches)  # one query for the document's names
    match_ends = {end for _, end, _ in matches}
    for start, end, index in matches:
        surface = patterns[index]
        full = bool(_LEVEL_SUFFIX.search(surface))
        unsafe = not full and not safe[surface]
        if full and text.startswith(("县", "市"), end) and all(c.name != surface for c in divisions().lookup(surface)):
            # 宁乡县: a county's short form that ends like a level word (乡), then the level it had before
            former = _former_county(text, start, end, surface, safe, found)
            if former is not None:
                found.append(former)
                continue
        if not full and text.endswith("周年", 0, start):
            continue  # 建国５０周年大庆: the anniversary's "grand celebration", no 大庆市
        if text.startswith(SHIP, end):
            continue  # 辽宁舰, 徐州舰编队: a warship named after the province or the city, which names no place
        if not full:
            nxt = text[end:end + 1]
            if nxt and nxt in _CONTINUES_NAME and (start, end) not in model_places \
                    and not _inside_the_place_before(found, start, surface):
                # (吉林组建…: the model reads 吉林 alone; it vouches below for a prefecture or above; 吉林长春某社区
                # 干部学院: the city in its province, before a word that may continue a village's name)
                former = _former_county(text, start, end, surface, safe, found)
                if former is not None:
                    found.append(former)
                continue
        elif surface.endswith(("镇", "乡")) and text[end:end + 1] in ("村", "长", "政", "党", "级", "干", "域", "镇"):
            # 镇长/乡政府 are fine (the town is still named), but 乡村/镇级 are not town names, nor 沿江乡 of
            # 沿江乡镇 (the towns along the river)
            # (某某镇村、企业、园区: the town's villages in a list, the town named)
            # (a text's last character is no joiner: '' is in every string)
            villages_listed = text[end:end + 1] == "村" and end + 1 < len(text) and text[end + 1] in LIST_JOINERS
            if (text[end:end + 1] in ("村", "级", "域") and not villages_listed) \
                    or (surface.endswith("乡") and text[end:end + 1] == "镇"):
                continue
        if full and start > 0 and _CJK_CHAR.match(text[start - 1]) and start not in match_ends \
                and (splits_a_word(text, start) or _inside_a_foreign_name(text, start, end)
                     or _inside_a_place_read_whole(text, start, end, model_places)):
            # 村民和县长: 民和县 begins inside a word (村民), after no place it would continue; 苏梅州 (Sumy, Ukraine): the
            # mention model reads the oblast whole, 梅州 a part of it
            continue
        if full and len(surface) == 2 and surface[0] in "和与及" and (text[end:end + 1] == "里" or start > 0 and (
                _CJK_CHAR.match(text[start - 1]) and start not in match_ends and text[start - 1] not in "在从到至赴于")):
            continue  # 选好书记和县长, 地级市和县市区, 和县里的部门对接: "and" and the county's level, not 和县
        cands = divisions().lookup(surface)
        if full and _DIRECTION_ONLY.fullmatch(surface) and not _after_its_city(text, start, cands):
            continue  # 王陵区东区、西区, 前门东区, 安曼西区: a part of a site, a city's quarter; 攀枝花市东区 is the district
        if full and surface.endswith("市") and cands and all(c.name != surface for c in cands) \
                and word_frequency(text[end - 1:end + 1]) > 0 and splits_a_word(text, end):
            # 新市民: 新市 (新市区's short form, ending like a city) whose 市 opens a word with the next character (市民,
            # 市场; 武汉市民 names 武汉市 in full)
            continue
        if cands and all(c.name != surface and c.name.endswith(surface) for c in cands):
            continue  # 共同富裕示范区: the table gives some zones their kind alone as an alias (示范区, 新区), no name
        if all(c.level == "Township" for c in cands) and not _TOWNSHIP_END.search(surface):
            # 林业局, 农场, 塞罕坝机械林场: township-level units in the table, bodies or ordinary nouns in text
            continue
        if not cands:
            continue
        level = min((c.level for c in cands), key=LEVEL_RANK.__getitem__)
        mention = PlaceMention(start, end, surface, level, cands, unsafe=unsafe)
        if not full and all(LEVEL_RANK[c.level] >= LEVEL_RANK["County"] for c in cands) \
                and _CJK_CHAR.match(text[end:end + 1]):
            # a bare county stem must stand alone (上虞 is a county, 西关小红 is not), or open a chain of
            # places (宝山江湾街道)
            glued.append(mention)
            continue
        found.append(mention)
    found = _without_pairs_of_countries(text, found)
    # 浙江义乌的青岩社区: a county stem right after the province or prefecture it lies in is that county
    found = sorted(found + [m for m in glued if _bare_county_after_its_region(text, found, m)], key=lambda m: m.start)
    glued = [m for m in glued if m not in found]
    full_starts = {m.start for m in found if _LEVEL_SUFFIX.search(m.surface)}
    opening = [m for m in glued if m.end in full_starts and not m.unsafe]
    # …and once the text has used a stem so (宝山江湾街道), the stem glued to a word is that county again
    # (使用某区互联网社区治理平台)
    chained_stems = {m.surface for m in opening}
    again = [m for m in glued if m not in opening and m.surface in chained_stems]
    # 浙江安吉余村, 黑龙江漠河北极村: a county stem glued to a village the village table holds in that county
    # (余村 in 安吉县) opens a chain too, when it is no everyday word or follows a place
    ends = {m.end for m in found}
    before_village = [m for m in glued if m not in opening and m not in again and (not m.unsafe or m.start in ends)
                      and _village_of_the_county_after(text, m)]
    opening += before_village
    # 阜平的红色旅游…在阜平城南庄村: a county stem that the mention model reads as a place of its own elsewhere
    # is that county again before a village's name (which the village table may lack), unless the table holds
    # the glued name as one village
    alone = {m.surface for m in found + glued if (m.start, m.end) in model_places}
    again += [m for m in glued if m not in opening and m not in again and m.surface in alone and not m.unsafe
              and _village_name_after(text, m)]
    # 北京门头沟、房山、昌平受灾较重: the last of a list of counties, glued to the verb after it, is a county of the same
    # region as the one listed before it
    listed = [m for m in glued if _listed_after_a_sibling(text, found, m)]
    found = sorted(found + listed, key=lambda m: m.start)
    glued = [m for m in glued if m not in listed]
    # 在德清大仙潭村 in a report on 浙江: a county stem glued to a village's name (which the village table lacks), in a
    # report that names the province or prefecture the county lies in
    regions = {c.code for f in found for c in f.candidates if c.level in ("Province", "City") and len(f.candidates) == 1}
    again += [m for m in glued if m not in opening and m not in again and not m.unsafe and _village_name_after(text, m)
              and _named_village_after(text, m.end)
              and any(c.level == "County" and (c.code[:2] in regions or c.code[:4] in regions) for c in m.candidates)]
    found = sorted(found + opening + again, key=lambda m: m.start)
    # 从桂林到阳朔的: a county stem the mention model reads as a place, in a sentence that named its region before
    # (none opens a chain: 浙江安吉古城 is the old town, no 古城区 after 安吉)
    in_region = [m for m in found + glued if _model_place_in_its_region(text, found, m, model_places)
                 or _route_end_in_its_region(text, found, m)]
    # a bare short form glued to the character before it is usually part of a word, unless that
    # character ends another place name (吉林省长春) or another place name follows (临沂兰陵县)
    # (分享了安吉余村的经验: the stem opens a chain with the village after it, whatever stands before it)
    chained = _chained(found) + again + before_village + listed
    # 四川天府新区兴隆街道: a province or prefecture before a named new area (which the table may lack)
    # (西安曲江新区: 西安 is also two counties' name; before a new area it is the city)
    chained += [m for m in found if not m.unsafe and any(LEVEL_RANK[c.level] <= LEVEL_RANK["City"] for c in m.candidates)
                and _NEW_AREA.match(text, m.end)]
    chained += _listed_with_cities(text, found)
    # 访问了西安、上海、桂林: a city's short form glued to the verb before it opens a list of cities (a word does not go on
    # into a 、)
    starts = {m.start: m for m in found}
    # (not a word's end, 李长春、…, nor an everyday word, 福建东部和南部、广东南部)
    chained += [m for m in found if text[m.end:m.end + 1] == "、"
                and any(c.level in ("Province", "City") for c in m.candidates)
                and not (m.unsafe or _common_noun(m.surface) or splits_a_word(text, m.start))
                and (n := starts.get(m.end + 1)) is not None and _prefecture_or_above(n) and not n.unsafe]
    counted = _listed_before_their_count(text, sorted(found + glued, key=lambda m: m.start))
    found = sorted(found + [m for m in counted if m not in found], key=lambda m: m.start)
    chained += counted
    found = sorted(found + [m for m in in_region if m not in found], key=lambda m: m.start)
    # …and once the text has read it so, standing alone (湖南邵阳…。邵阳聚焦…: 邵阳, also a person's name, is the city again)
    # (in a chain it lies in: 青海南部 chains no 南部县 of Sichuan, and 南部 stays a word elsewhere)
    found_by_end = {m.end: m for m in found}
    chained_forms = {m.surface for m in chained if not _LEVEL_SUFFIX.search(m.surface) and m.start in found_by_end
                     and any(c.code.startswith(p.code) for c in m.candidates for p in found_by_end[m.start].candidates)}
    # a short form that is also an everyday word (unsafe) counts only inside a chain (四川眉山永丰村)
    return [m for m in found
            if (((m.start, m.end) in model_places and _prefecture_or_above(m)
                 and not _short_form_straddles_a_word(text, m))
                or _in_dateline(text, m)
                or m in in_region
                or ((_LEVEL_SUFFIX.search(m.surface) or m.start == 0 or m in chained
                     or not _CJK_CHAR.match(text[m.start - 1])
                     or (text[m.start - 1] in _PREPOSITIONS and (text[m.end:m.end + 1] in _CLAUSE_MARKS
                                                                  or _visited_before_a_verb(text, m)))
                     or _subject_after_a_time_word(text, m))
                    and (m in chained or m.surface in chained_forms or not (m.unsafe or _common_noun(m.surface)))
                    and not ((_LEVEL_SUFFIX.search(m.surface) and _common_noun(m.surface) or _town_area(m.surface)
                              or _common_county_stem(m))
                             and m in chained and not _beside_its_own(m, found))
                    and not _short_form_after_a_smaller_place(text, m, found)
                    and not _listed_with_verbs(text, m) and not _listed_among_words(text, m)
                    and not (not _LEVEL_SUFFIX.search(m.surface) and _inside_an_idiom(text, m))
                    and not (m not in chained and _a_way_to_prosper(text, m))))
            and not _opens_an_international_body(text, m)
            and not text.startswith("时间", m.end)]  # (北京时间今天凌晨: a time zone, no place the report is in)


def _listed_with_cities(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """太原、大同、天津等大中城市: a city's short form that is also an everyday word (大同, "great harmony"), listed with
    a 、 beside a city or province named by a form that is no word, is that city too; a county's or a district's,
    listed beside a sibling so named, is that county or district (徐汇、黄浦、静安)."""
    by_start, by_end = {m.start: m for m in found}, {m.end: m for m in found}
    out = []
    for m in found:
        if _LEVEL_SUFFIX.search(m.surface) or not (m.unsafe or _common_noun(m.surface)):
            continue
        beside = [n for n in (by_end.get(m.start - 1) if text[m.start - 1:m.start] == "、" else None,
                              by_start.get(m.end + 1) if text[m.end:m.end + 1] == "、" else None) if n is not None]
        # (a form that ends in a level's character names its place as surely: 广州、中山, 佛山市、中山)
        named = [n for n in beside if not (n.unsafe or _common_noun(n.surface))]
        if any(c.level == "City" for c in m.candidates) and any(_prefecture_or_above(n) for n in named):
            out.append(m)
        elif _county_beside_its_sibling(m, named):
            out.append(m)  # 上海的徐汇、黄浦、静安: districts of one city listed (黄浦, also the river's name)
    return out


def _county_beside_its_sibling(m: PlaceMention, named: list[PlaceMention]) -> bool:
    """Whether a county or district that `m` may name has a sibling (the same parent) that a form listed beside it names
    unambiguously (one candidate)."""
    parents = {c.parent for c in m.candidates if c.level == "County"}
    return bool(parents) and any(len(n.candidates) == 1 and n.candidates[0].level == "County"
                                 and n.candidates[0].parent in parents for n in named)


def _inside_an_idiom(text: str, m: PlaceMention) -> bool:
    """事业重于泰山, 泰山压顶: a short form inside a four-character idiom the dictionary lists is the idiom's word
    (the mountain), no place."""
    return any(word_tag(text[a:a + 4]) == "i" for a in range(max(0, m.end - 4), m.start + 1)
               if a + 4 <= len(text))


def _opens_an_international_body(text: str, m: PlaceMention) -> bool:
    """中国—上海合作组织地方经贸合作示范区: the city that names an international body (data/international_bodies.tsv),
    opening that body's name wherever the name is read, is no place the text speaks of."""
    return any(text.startswith(name, m.start) for name in _international_bodies_by_opening().get(m.surface, ()))


@functools.cache
def _international_bodies_by_opening() -> dict[str, tuple[str, ...]]:
    """Each opening of an international body's name (上海, 上海合作…) → the names it opens: a place's surface looked up
    once, not tested against every name of the table (a test of each place of every document)."""
    by_opening: dict[str, list[str]] = {}
    for name in sorted(international_body_names()):
        for k in range(1, len(name) + 1):
            by_opening.setdefault(name[:k], []).append(name)
    return {opening: tuple(names) for opening, names in by_opening.items()}


def _a_way_to_prosper(text: str, m: PlaceMention) -> bool:
    """科教兴县, 科普兴县战略: a place whose name opens with 兴 ("make prosper") right after a noun, what makes a county
    prosper (a slogan), not the county of that name (兴县, Shanxi)."""
    return m.surface.startswith("兴") and m.start >= 2 and word_tag(text[m.start - 2:m.start]) in ("n", "vn", "nrt")


# 长宁、普陀、静安、黄浦、虹口、杨浦六个行政区, 安新、容城两县, 西宁、格尔木、德令哈三市: a list closed by its count and kind
_COUNT_OF_KIND = re.compile(r"(?P<count>[两二三四五六七八九十]|\d{1,2})个?(?:行政)?(?P<kind>区|县|市|旗)")
_COUNTS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_LEVELS_OF_KIND = {"区": ("County",), "县": ("County",), "旗": ("County",), "市": ("City", "County")}


def _listed_before_their_count(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Short forms listed and then counted with their kind (东城和朝阳两区: the districts 东城区 and 朝阳区)
    are those divisions, though each is an everyday word or another place's name too (普陀, 黄浦, 朝阳): the
    count must be the number of names listed, each a division of the kind counted (not 等9个市, whose list is
    open, nor 国内国际两个市场)."""
    by_end = {m.end: m for m in mentions}
    out = []
    for count in _COUNT_OF_KIND.finditer(text):
        written = count.group("count")
        n = int(written) if written.isdigit() else _COUNTS[written]
        levels = _LEVELS_OF_KIND[count.group("kind")]
        listed, end = [], count.start()
        while (m := by_end.get(end)) is not None and any(c.level in levels for c in m.candidates) \
                and not _LEVEL_SUFFIX.search(m.surface):
            listed.append(m)
            end = m.start - 1
            if m.start == 0 or text[end] not in "、和及":
                break
        if len(listed) == n >= 2:
            out += listed
    return out


def _listed_with_verbs(text: str, m: PlaceMention) -> bool:
    """新建、扩建羊圈, 新建、改造一批博物馆: a short form that opens a list of verbs is a verb too (新建 "build new"),
    not the district (新建区 of 南昌); a list of places goes on with a place (舒兰、榆树、扶余, 民和、循化)."""
    if _LEVEL_SUFFIX.search(m.surface) or text[m.end:m.end + 1] != "、":
        return False
    after = tokens_after(text, m.end + 1, 6)
    return bool(after) and len(after[0]) >= 2 and word_tag(after[0]) in ("v", "vn") \
        and not divisions().has_name(after[0])


def _listed_among_words(text: str, m: PlaceMention) -> bool:
    """支农、惠农、富农、强农: a short form between two items of a list of the same length that name no place is an item of
    that list of words (惠农 "benefit farmers"), not the district (惠农区 of 石嘴山); a list of places has places beside
    it (嘉兴、湖州、绍兴)."""
    if _LEVEL_SUFFIX.search(m.surface) or text[m.start - 1:m.start] != "、" or text[m.end:m.end + 1] != "、":
        return False
    size = m.end - m.start
    before = _ITEM_BEFORE.search(text, max(0, m.start - 2 - size), m.start - 1)  # (a longer item matches none)
    after = _ITEM_AFTER.match(text, m.end + 1)
    gaz = divisions()
    return before is not None and after is not None \
        and all(len(w) == size and not gaz.has_name(w) and not countries_in(w) for w in (before.group(), after.group()))


# the items of a list on either side of one (…，支农、|惠农|、富农、…): words of Chinese characters between its joiners
_ITEM_BEFORE = re.compile(r"(?<=[、，。；：,;:\s])[\u4e00-\u9fff]+$|^[\u4e00-\u9fff]+$")
_ITEM_AFTER = re.compile(r"[\u4e00-\u9fff]+?(?=、)")


def _short_form_straddles_a_word(text: str, m: PlaceMention) -> bool:
    """聚焦作决策: the character before a short form and its first make a word of jieba's dictionary that a
    boundary there would cut (not so 首都北京, 中国香港, where the word before ends or holds the place)."""
    return m.start > 0 and word_frequency(text[m.start - 1:m.start + 1]) > 0 and splits_a_word(text, m.start)


def _short_form_after_a_smaller_place(text: str, m: PlaceMention, found: list[PlaceMention]) -> bool:
    """路北区山西北里社区: a province's or prefecture's short form glued to a smaller division written right before it
    and to the characters after it opens a name of that division's (a chain runs from the larger place to the
    smaller), not the province."""
    if _LEVEL_SUFFIX.search(m.surface) or not _CJK_CHAR.match(text[m.end:m.end + 1]):
        return False
    return any(n.end == m.start and LEVEL_RANK[n.level] > LEVEL_RANK[m.level] and not _beside_its_own(m, [n])
               for n in found)


def _beside_its_own(m: PlaceMention, found: list[PlaceMention]) -> bool:
    """Whether a place written right before or after `m` holds one of its divisions or lies in one: a full name
    that is an everyday term counts only so (山东解放区: the province holds no 解放区, so the chain is no chain and
    解放区 the term; 安阳红旗渠机场 holds no 红旗区 of 新乡)."""
    def holds(outer: PlaceMention, inner: PlaceMention) -> bool:
        return any(i.code.startswith(o.code) and i.code != o.code for o in outer.candidates for i in inner.candidates)

    return any(n.end == m.start and holds(n, m) or n.start == m.end and holds(m, n) for n in found)


def _former_county(text: str, start: int, end: int, stem: str, forms: dict[str, bool],
                   found: list[PlaceMention]) -> PlaceMention | None:
    """广东省番禺市, 北京市延庆县: a county's stem and a level word the table no longer holds with it is the county
    under its former name (番禺市 became 番禺区, 延庆县 延庆区), which old texts name, right after the province or
    prefecture it lies in, or standing alone in a list (平度市、即墨市、胶南市); not inside words (超大城市, 厘清城市,
    番禺市场: a market).  `found`: the places read so far, the last of which may end right before the stem."""
    before = found[-1] if found and found[-1].end == start else None
    level_word = text[end:end + 1]
    if level_word not in ("县", "市") or stem + level_word in forms or splits_a_word(text, end + 1) \
            or splits_a_word(text, start):
        return None
    counties = tuple(c for c in divisions().lookup(stem) if c.level == "County")
    if not counties or any(c.name == stem + level_word for c in counties):
        return None
    mention = PlaceMention(start, end + 1, stem + level_word, "County", counties)
    if before is not None:
        return mention if _inside_the_region_before([before], mention) else None
    # (a county is written so anywhere, 送到望城县, unless its stem is an everyday word, 光明县 of a television drama; a
    # city's level word opens too many words after a county's stem)
    alone = start == 0 or text[start - 1] in _OPENING_MARKS or (level_word == "县" and word_frequency(stem) < 1000)
    return mention if alone and word_frequency(stem + level_word) < 100 else None


def _inside_the_region_before(found: list[PlaceMention], m: PlaceMention) -> bool:
    """Whether a county stem follows right after a province or prefecture that holds one county of that stem
    (浙江义乌: 义乌 lies in 浙江), and the character after it continues no name of its own."""
    before = next((p for p in reversed(found) if p.end == m.start), None)
    if before is None or LEVEL_RANK[before.level] > LEVEL_RANK["City"] or before.unsafe:
        return False
    return any(c.level == "County" and any(_within(c, p) for p in before.candidates) for c in m.candidates)


# what may follow a county's bare stem that its province names before it: a particle, a preposition, a
# conjunction, an adverb, a pronoun, a verb or a number (浙江义乌的…, 海南昌江正式开工, 广东鹤山集中, 浙江永康一家…),
# not a noun that continues a name (陕西长安银行, 广州白云机场, 苏州古城东北隅, 江西省公安厅)
_AFTER_BARE_COUNTY_TAGS = ("u", "p", "c", "d", "r", "v", "m")
# …or a site's own name and its kind (浙江建德梅城古镇, 山西襄汾陶寺遗址: the site lies in the county; 古城 right after the stem is
# the city's own old town, no county's)
_SITE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:古镇|古城|古村|景区|老街|遗址)")


def _bare_county_after_its_region(text: str, found: list[PlaceMention], m: PlaceMention) -> bool:
    if splits_a_word(text, m.end) or word_frequency(m.surface) >= 1000 or not _inside_the_region_before(found, m):
        return False  # (丽江古城有800多年历史: a word as common as 古城 is the word, the old town)
    return word_tag(next(iter(tokens_after(text, m.end, 5)), "")).startswith(_AFTER_BARE_COUNTY_TAGS) \
        or _SITE_AFTER.match(text, m.end) is not None


def _listed_after_a_sibling(text: str, found: list[PlaceMention], m: PlaceMention) -> bool:
    """Whether a bare county stem (no everyday word) follows a county of one reading and a list joiner, and lies in
    the same prefecture (or the same municipality) as that one; not a people's name (达斡尔、鄂伦春、鄂温克三个少数民族:
    the peoples an autonomous banner is named after)."""
    if m.unsafe or word_frequency(m.surface) >= _AS_COMMON_AS_A_WORD:  # (昌平: 171 times in jieba's corpus)
        return False
    before = next((p for p in found if p.end == m.start - 1), None)
    if before is None or text[before.end] not in LIST_JOINERS or len(before.candidates) != 1 \
            or before.candidates[0].level != "County":
        return False
    region = before.candidates[0].code[:4]
    return any(c.level == "County" and c.code[:4] == region for c in m.candidates) \
        and not any(c.name.startswith((m.surface + "族", m.surface + "自治")) for c in m.candidates)


# a short form written as often as 黄山, 天山, 中原 or 长安 is the mountain, the region or the old capital more often
# than the county (阳朔, 灵川, 洛川 are rarer); 沅江流域 is the river's
_RARE_AS_A_WORD = 100
_WATERS_AFTER = re.compile(r"流域|河段|沿岸|水系|干流|支流|上游|中游|下游")


def _model_place_in_its_region(text: str, found: list[PlaceMention], m: PlaceMention,
                               model_places: frozenset[tuple[int, int]]) -> bool:
    """A county's short form that the mention model reads as a place, rare as a word, after the province or
    prefecture it lies in was named earlier in the sentence (人们只知道从桂林到阳朔的一段漓江: 阳朔 of 桂林)."""
    if (m.start, m.end) not in model_places or m.unsafe or _LEVEL_SUFFIX.search(m.surface) \
            or word_frequency(m.surface) >= _RARE_AS_A_WORD or _WATERS_AFTER.match(text, m.end) \
            or _short_form_straddles_a_word(text, m):
        return False
    return any(p.end <= m.start and not p.unsafe and LEVEL_RANK[p.level] <= LEVEL_RANK["City"]
               and not _SENTENCE_END.search(text, p.end, m.start)
               and any(c.level == "County" and any(_within(c, q) for q in p.candidates) for c in m.candidates)
               for p in found)


# the kind of a route between two places (重庆开州至云阳高速公路, 西安至延安高铁, 铁路武汉至宜昌段)
_ROUTE_AFTER = re.compile(r"的?(?:高速公路|高速铁路|高速|铁路|高铁|城际|公路|段|航线|动车|列车)")


def _route_end_in_its_region(text: str, found: list[PlaceMention], m: PlaceMention) -> bool:
    """A county's short form after 至 or 到 whose other end, right before it, is a place read in the same province,
    before the kind of route between them (重庆开州至云阳高速公路: 云阳 of 重庆, as 开州 is)."""
    if m.unsafe or _LEVEL_SUFFIX.search(m.surface) or text[m.start - 1:m.start] not in ("至", "到") \
            or not _ROUTE_AFTER.match(text, m.end):
        return False
    other = next((p for p in found if p.end == m.start - 1 and not p.unsafe), None)
    return other is not None and any(c.level == "County" and any(c.code[:2] == q.code[:2] for q in other.candidates)
                                     for c in m.candidates)


def _without_pairs_of_countries(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """巴中两国关系, 中巴友谊: 中 and the first character of a country the text names stand for the two countries
    (as 中美, 中法 do), not for a city of that short form, unless the text also writes the city's full name."""
    pairs = [m for m in found if len(m.surface) == 2 and "中" in m.surface and not _LEVEL_SUFFIX.search(m.surface)]
    if not pairs:
        return found
    initials = {c[0] for c in countries_in(text)} - {"中"}
    paired = {id(m) for m in pairs if m.surface.replace("中", "", 1) in initials
              and not any(c.name in text for c in m.candidates)}
    return [m for m in found if id(m) not in paired] if paired else found


# 本报张北１月１８日电, 新华社南宁1月4日电: the place a report was filed from, between the outlet and the date
_DATELINE_OUTLET = ("本报", "本网", "本台", "新华社", "中新社")
_DATELINE_AFTER = re.compile(r"[\d０-９一二三四五六七八九十]{1,3}月|电|讯")


def _visited_before_a_verb(text: str, m: PlaceMention) -> bool:
    """在河南考察, 到江西调研: a province's or prefecture's short form between a preposition and a verb is where
    something is done."""
    return LEVEL_RANK[m.level] <= LEVEL_RANK["City"] \
        and word_tag(next(iter(tokens_after(text, m.end, 4)), "")) in ("v", "vn")


def _subject_after_a_time_word(text: str, m: PlaceMention) -> bool:
    """如今西安正在建设…, 目前广州已…: a province's or prefecture's short form right after a word of time, as the subject
    of the clause (an adverb or a verb after it), is that place."""
    if LEVEL_RANK[m.level] > LEVEL_RANK["City"] or splits_a_word(text, m.start) or splits_a_word(text, m.end):
        return False
    before = tokens_before(text, m.start, 4)
    after = tokens_after(text, m.end, 4)
    return bool(before) and len(before[-1]) >= 2 and word_tag(before[-1]) == "t" \
        and bool(after) and word_tag(after[0]) in ("d", "v", "p", "t")  # (正在 "now doing": a time word to jieba)


def _in_dateline(text: str, m: PlaceMention) -> bool:
    return text.endswith(_DATELINE_OUTLET, 0, m.start) and bool(_DATELINE_AFTER.match(text, m.end))


def _inside_the_place_before(found: list[PlaceMention], start: int, surface: str) -> bool:
    """Whether a prefecture or above of this short form lies in the province or prefecture named right before it."""
    before = next((m for m in reversed(found) if m.end == start), None)
    if before is None or LEVEL_RANK[before.level] > LEVEL_RANK["City"]:
        return False
    return any(c.level in ("Province", "City") and any(_within(c, p) for p in before.candidates)
               for c in divisions().lookup(surface))


_VILLAGE_AFTER = re.compile(rf"[{CJK}]{{1,4}}?(?:村|社区|嘎查)")
# what follows the name of a district or a brand, never a village's (中关村论坛, 中关村科技城, 京津中关村科技园)
_AREA_HEADS = re.compile(r"论坛|科技城|科学城|科技园|软件园|示范区|自主创新|综合保税区|综保区")


def _names_an_area(text: str, name: str) -> bool:
    """Whether the text writes `name` anywhere before the kind of a district or an event named after one
    (中关村论坛, 中关村科技园): the name of that area then, wherever it stands (推进中关村、昌平…), not a village."""
    return any(_AREA_HEADS.match(text, k + len(name)) for k in occurrences(text, name))


def _village_of_the_county_after(text: str, m: PlaceMention) -> bool:
    """A village name right after the county stem `m` that the village table holds in that county, while
    it holds no village of the whole glued name (安吉余村: 余村 lies in 安吉县, no village is called 安吉余村)."""
    after = _VILLAGE_AFTER.match(text, m.end)
    if after is None or divisions().village_lookup(text[m.start:after.end()]):
        return False
    counties = [c for c in m.candidates if c.level == "County"]
    return any(code.startswith(c.code) for code, _ in divisions().village_lookup(after.group()) for c in counties)


def _named_village_after(text: str, pos: int) -> bool:
    """A village's name of its own at `pos`: two characters or more before its kind, no particle among them and no
    everyday word for the countryside (安居|乐业的乡村: no village)."""
    after = _VILLAGE_AFTER.match(text, pos)
    return after is not None and len(after.group()) >= 3 and "的" not in after.group() \
        and not after.group().endswith(("乡村", "农村"))


def _village_name_after(text: str, m: PlaceMention) -> bool:
    """A village's name follows the county stem `m` (not a particle and a word: 阜平的小村庄), and no village of
    the table is called by the whole."""
    after = _VILLAGE_AFTER.match(text, m.end)
    if after is None or splits_a_word(text, after.end()):
        return False
    first = next(iter(tokens_after(text, m.end, 5)), "")
    return not word_tag(first).startswith(_FUNCTION_TAG_STARTS) and not divisions().village_lookup(
        text[m.start:after.end()])


# particles, prepositions, conjunctions, pronouns, adverbs: no village's name opens with one
_FUNCTION_TAG_STARTS = ("u", "p", "c", "r", "d")


def _chained(found: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions that touch a place name that is not also an everyday word, or touch one that does
    in turn (湖北孝感大悟县: 孝感 is also a word, but 大悟县 follows it, and so 湖北 is in the chain too)."""
    solid = [m for m in found if not m.unsafe]
    while True:
        ends, starts = {m.end for m in solid}, {m.start for m in solid}
        chained = [m for m in found if m.start in ends or m.end in starts]
        grown = solid + [m for m in chained if m not in solid]
        if len(grown) == len(solid):
            return chained
        solid = grown


# 河西区中山路街东港里社区: a street (街道) written 街 between its county and a community of it
_SHORT_STREET = re.compile(rf"(?<=[区县市旗])([{CJK}]{{2,5}}街)(?=[{CJK}]{{2,8}}(?:社区|村))")


def _short_streets(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Streets written 街 for 街道 right after a division name and before a community or village
    (the chain says what the short form is); the table knows them by the full name."""
    ends = {m.end: m for m in found}
    out = []
    for m in _SHORT_STREET.finditer(text):
        prev = ends.get(m.start(1))
        if prev is None or any(f.start < m.end(1) and m.start(1) < f.end for f in found):
            continue
        cands = tuple(c for c in divisions().lookup(m.group(1) + "道") if c.level == "Township")
        if cands:
            out.append(PlaceMention(m.start(1), m.end(1), m.group(1), "Township", cands))
    return out


# 深入某镇某村、某乡某村: a township the table no longer lists (merged, renamed), written like
# the township and village before it in the same list
_LISTED_TOWNSHIP = re.compile(rf"(?<=、)([{CJK}]{{2,4}}?[乡镇])(?=[{CJK}]{{2,4}}村)")


def _listed_townships(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    out = []
    for m in _LISTED_TOWNSHIP.finditer(text):
        if any(f.start < m.end(1) and m.start(1) < f.end for f in found):
            continue
        pause = m.start(1) - 1  # the 、 after the item before: <township><village>、
        sibling = next((f for f in found if f.level == "Township" and _TOWNSHIP_END.search(f.surface)
                        and 3 <= pause - f.end <= 6 and text[pause - 1] == "村"
                        and re.fullmatch(f"[{CJK}]+", text[f.end:pause])), None)
        if sibling is not None:
            out.append(PlaceMention(m.start(1), m.end(1), m.group(1), "Township", name=m.group(1)))
    return out


# 河南省西峡县五里桥乡乡长杨海韬, 山西省翼城县浇底乡西村: a township written right after its county (or city)
# that the 2023 table does not hold anywhere (abolished, merged or renamed since the report)
_UNLISTED_TOWNSHIP = re.compile(rf"[{CJK}]{{2,4}}?[乡镇]")
_NOT_IN_TOWNSHIP_STEM = re.compile(r"[的和与及各该全每个等在从到至赴于对以把被将为向是有了]")
# what may follow such a township's 乡/镇 although jieba joins the two (乡长, 镇政府, 乡党委)
_TOWNSHIP_HEADS = frozenset("长政党")
_STEM_WORD_TAGS = ("v", "vn", "d", "p", "c", "u", "r", "a", "ad", "an", "l", "i", "m", "q", "t", "f")


def _township_name_at(text: str, pos: int) -> str:
    """The name of a township written at `pos` (a stem of two to four characters that are no clause's words,
    then 乡 or 镇, not the first character of a word: 乡镇, 乡村, 城镇), or ''."""
    m = _UNLISTED_TOWNSHIP.match(text, pos)
    if m is None:
        return ""
    name, end = m.group(), m.end()
    stem = name[:-1]
    if _NOT_IN_TOWNSHIP_STEM.search(stem) or stem[0] in "原前现" or stem.endswith("族") or (splits_a_word(text, end) and text[end] not in _TOWNSHIP_HEADS) \
            or text[end:end + 1] in ("村", "级", "域", "镇", "亲", "下", "土"):
        return ""
    edges = word_edges(name)
    if edges == (0, len(name)):
        # one word of jieba's dictionary: a place's name (五里桥乡, tagged ns or rarely seen), not a noun
        # of the language (小城镇, 三下乡, 贫困乡)
        tag = word_tag(name)
        return name if tag == "ns" or (tag in ("n", "", "nr", "nz") and word_frequency(name) < 5
                                        and not word_frequency(stem)) else ""
    if len(stem) not in edges:
        return ""  # 农村小城镇: the suffix is the end of a word, no township's
    words = [name[a:b] for a, b in zip(edges, edges[1:]) if b <= len(stem)]
    if any(len(w) >= 2 and word_tag(w).startswith(_STEM_WORD_TAGS) for w in words):
        return ""  # 实现了乡, 贫困乡: a verb or an adjective, no name
    return name


def _unlisted_townships(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Townships the table lacks, named right after a county or city of the table (河南省西峡县五里桥乡), and
    wherever the text writes their name again alone; each lies in the place it follows (`parent`)."""
    out: list[PlaceMention] = []
    taken = [(f.start, f.end) for f in found]
    for m in found:
        if not m.candidates or not any(c.level in ("County", "City") for c in m.candidates) \
                or not _LEVEL_SUFFIX.search(m.surface):
            continue
        name = _township_name_at(text, m.end)
        if not name or any(a < m.end + len(name) and m.end < b for a, b in taken):
            continue
        if divisions().lookup(name):
            continue  # a township the table holds somewhere: _keep_townships_the_table_lost decides
        # 西峡县五里桥乡: the county's township of the other kind (五里桥镇), the 乡 made a town since
        renamed = _townships_of_the_other_kind(name, [c for c in m.candidates if c.level in ("County", "City")])
        if len(renamed) == 1:
            out.append(PlaceMention(m.end, m.end + len(name), name, "Township", tuple(renamed)))
            taken.append((m.end, m.end + len(name)))
            continue
        # X县Y乡: the ethnic township the table names in full (Y苗族布依族乡), written without its peoples
        ethnic = tuple(t for c in m.candidates if c.level in ("County", "City") for t in divisions().children(c.code)
                       if t.level == "Township" and t.name.startswith(name[:-1]) and t.name.endswith(name[-1])
                       and "族" in t.name[len(name) - 1:])
        if ethnic:
            out.append(PlaceMention(m.end, m.end + len(name), name, "Township", ethnic))
            taken.append((m.end, m.end + len(name)))
            continue
        out.append(PlaceMention(m.end, m.end + len(name), name, "Township", name=name, parent=m))
        taken.append((m.end, m.end + len(name)))
    for first in [o for o in out if not o.candidates]:
        for k in occurrences(text, first.surface):
            if any(a < k + len(first.surface) and k < b for a, b in taken) or not _CJK_CHAR.match(text[k:k + 1]) \
                    or splits_a_word(text, k) or _township_name_at(text, k) != first.surface:
                continue
            out.append(PlaceMention(k, k + len(first.surface), first.surface, "Township", name=first.surface,
                                    parent=first.parent))
            taken.append((k, k + len(first.surface)))
    return out


_BEFORE_TOWNSHIP = frozenset("县市区旗在到自于从赴原，。、；：（“\n ")


def _townships_before_villages(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """延庆县下屯乡小丰营村, 该县程海乡东湖行政村: a township the table lacks (and no county of the table before
    it) written right before a village the rules read, after a county's level word, a preposition or a mark.
    It has no place above it here, but it is the village's: the village is not put in whatever county the
    text named last."""
    out: list[PlaceMention] = []
    ends = {m.end for m in mentions}
    taken = [(m.start, m.end) for m in mentions]
    # …and before the title of its head or the name of its committee or government (来到梁四村的王舍人镇副镇长)
    heads = [h.start() + 1 for h in _TOWNSHIP_HEAD_AFTER.finditer(text)]
    for pos in sorted({v.start for v in mentions if v.level == "Village" and v.start not in ends} | set(heads)):
        for size in (3, 4, 5):
            k = pos - size
            if k < 1 or text[k - 1] not in _BEFORE_TOWNSHIP and (pos not in heads or text[k - 1] != "的") \
                    or k in ends or any(a < pos and k < b for a, b in taken):
                continue
            if _township_name_at(text, k) == text[k:pos] and not divisions().lookup(text[k:pos]) \
                    and not any(m.level == "Township" and m.surface.endswith(text[k:pos]) for m in mentions):
                out.append(PlaceMention(k, pos, text[k:pos], "Township", name=text[k:pos]))
                taken.append((k, pos))
                break
    return out


_TOWNSHIP_HEAD_AFTER = re.compile(r"[乡镇](?=(?:常务)?副?[乡镇]长|党委|人民政府|政府|纪委|人大主席)")


# 成都高新区: a development zone named by its city, a county-level unit the table may not list
_ZONE = re.compile(r"高新区|经开区|高新技术产业开发区|经济技术开发区")
# a state-level new area named by two characters of its own (两江新区, 天府新区)
_NEW_AREA = re.compile(rf"[{CJK}]{{2}}新区")


def _zones(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The zone named right after a city (成都高新区), replacing a reading of the zone's kind alone as
    some other city's zone; returns the zones and removes those readings from `found`."""
    out = []
    for m in list(found):
        zone = _ZONE.match(text, m.end)
        if zone is None or not any(c.level == "City" for c in m.candidates):
            continue
        inside = [f for f in found if f.start < zone.end() and zone.start() < f.end]
        if any(f.start < zone.start() or f.end > zone.end() for f in inside):
            continue
        for f in inside:
            found.remove(f)  # 高新区 alone: a zone of some other city in the table
        out.append(PlaceMention(zone.start(), zone.end(), zone.group(), "County", name=text[m.start:zone.end()],
                                parent=m))
    return out


_NAME_TAGS = ("", "nr", "nrt", "nrfg", "ns", "nz")  # "": no word of jieba's dictionary


# a short form written as often as this is a word first (新建 "newly built", 古城 "old town"): in a chain it counts only
# beside the place that holds it (南昌新建, not 新建广州白云火车站)
_AS_COMMON_AS_A_WORD = 1000


def _common_county_stem(m: PlaceMention) -> bool:
    """A county's bare stem, no province's or prefecture's, written as often as a word."""
    return not _LEVEL_SUFFIX.search(m.surface) and word_frequency(m.surface) >= _AS_COMMON_AS_A_WORD \
        and all(LEVEL_RANK[c.level] >= LEVEL_RANK["County"] for c in m.candidates)


# the old, the ancient or the new part of a town, which a few districts are named (洛阳 老城区, 丽江 古城区, 乌鲁木齐
# 新市区): the dictionary tags them as places, but a report on 浦口 or 澳门 writes 老城区 of its own town
_TOWN_AREAS = frozenset(("老城区", "古城区", "新城区", "新市区"))


def _town_area(surface: str) -> bool:
    """老城区, or 古城 short: a town area's name, full or short."""
    return surface in _TOWN_AREAS or surface + "区" in _TOWN_AREAS


def _common_noun(surface: str) -> bool:
    """小城镇, 矿区: division names that are everyday nouns count only inside a chain of places.  A full
    name whose stem is a division's short form (大悟县: 大悟) or no ordinary word (景德镇, 东升镇) is a
    proper name, however jieba's dictionary tags and counts it (大悟县 as a person's name, 大同市 as a
    noun); the everyday ones are made of ordinary words (小城镇, 开发区, 矿区)."""
    if _town_area(surface):
        return True
    frequency, tag = word_frequency(surface), word_tag(surface)
    if frequency < 40 or tag in ("ns", "nz", "j"):
        return False
    stem = _LEVEL_SUFFIX.sub("", surface)
    if tag == "nt":
        # (a term the dictionary has seen a thousand times, whose stem is no safe short form, is the term:
        # 山东解放区, 晋察冀解放区 are the liberated areas of the 1940s, not a district of 焦作市)
        return frequency >= 1000 and not (_matcher()[2].get(stem) or word_tag(stem) in _NAME_TAGS)
    return not (2 <= len(stem) < len(surface) and (stem in _matcher()[2] or word_tag(stem) in _NAME_TAGS))


def _prefecture_or_above(m: PlaceMention) -> bool:
    """The form names only prefectures or provinces, or it names a province, whatever smaller division
    it may also name (河北 is a province and one of Tianjin's districts; read alone, the province wins).
    A prefecture that shares its form with a county is often a mountain or a lake (黄山景区)."""
    return all(LEVEL_RANK[c.level] <= LEVEL_RANK["City"] for c in m.candidates) \
        or any(c.level == "Province" for c in m.candidates)


# --- rule-based villages and neighbourhoods ----------------------------------------------------------

_VILLAGE_SUFFIX = re.compile(r"(村|社区|嘎查|居民区)")
_STATIONED_AT = re.compile(r"驻((?P<stem>[\u4e00-\u9fff]{1,4}?)(?:村|社区))(?=第一书记)")
_HOOD_SUFFIX = re.compile(r"(小区|村民小组|村民组)")
_QUOTED_HOOD = re.compile(r"“([\u4e00-\u9fff0-9]{2,12})”$")
# words for villages in general, before a village's own name (侗族村寨黄岗村: the Dong village 黄岗村)
_SETTLEMENT_WORDS = frozenset(("村寨", "村庄", "村落", "寨子", "乡村", "农村"))
_NOT_AFTER_VILLAGE = set("民委级干务部情容貌落庄镇里集规两居组局寨")
# …and after a second 村: 上坂村村医 is 上坂村's village doctor (村医, 村支书, 村口), not a village 上坂村村
_NOT_AFTER_VILLAGE_TWICE = frozenset("医支书口头史寨")
_ENUM_VILLAGES = re.compile(rf"((?:[{CJK}]{{2,4}}、)+[{CJK}]{{2,4}})等(?:\d+个|几个)?村")
_POSITION_CHARS = frozenset("上下中前后东西南北里外内")
_VERB_IN_STEM = re.compile(r"[占是有为让把被将对向给]")
# 城镇老旧小区, 一个老小区, 部分老旧小区, 居民小区: a kind or a count of 小区, not one (村民组 names
# are often numerals: 三户村民组)
_GENERIC_HOOD = re.compile(r"(?:老旧|老|旧|新建|居民|住宅|商住|城市|城镇|农村|商品房|安置)$|^(?:[一二三四五六七八九十百千万几数多]+个?|部分|多个|各)")
_STREET_NUMBER = re.compile(r"[路街巷]第?[一二三四五六七八九十]+$")
_BAD_STEM_END = ("组织", "先进", "后进", "示范", "重点", "薄弱", "试点", "样板", "党", "各", "个", "的")


def _village_then_its_word(text: str, start: int) -> bool:
    """龙鹄村村卫生室: a village (the table holds 龙鹄村, no 龙鹄村村) and a word of the village opening with 村 (村卫生室,
    村党支部), not a village called 龙鹄村 with its suffix again (李村村, which the table holds)."""
    stems = [text[start - k:start] for k in range(1, min(start, 4) + 1)]
    return any(divisions().village_lookup(stem + "村") for stem in stems) \
        and not any(divisions().village_lookup(stem + "村村") for stem in stems)


def _joined_in_a_list(text: str, start: int, end: int) -> bool:
    """Whether a list joiner (、 和 与 及) stands right before or right after start:end (none before the text's start)."""
    return start > 0 and text[start - 1] in LIST_JOINERS or end < len(text) and text[end] in LIST_JOINERS


_ESTATE = "居民区"


def _named_estate(stem: str, suffix: str) -> bool:
    """新天地居民区, 市民新村居民区: 居民区, a kind no ordinary word ends in, after a name (not a kind of estate or a common
    word: 老旧居民区, 城市居民区, 街道居民区) is a village-level estate of a city (Shanghai's), named so alone."""
    return suffix == _ESTATE and len(stem) >= 2 and not _GENERIC_HOOD.search(stem) \
        and not (word_tag(stem) in ("n", "a", "r", "m", "v", "ns") and word_frequency(stem) >= 1000)  # (街道居民区)


def _suffix_glued(text: str, pos: int, suffix: str) -> bool:
    """True when jieba reads the suffix as the end of an ordinary word (农村, 驻村, 乡村)."""
    last = next(words_before(text, pos + len(suffix), 6), "")
    return len(last) > len(suffix) and last.endswith(suffix) and word_tag(last) not in ("ns", "nz", "nr", "")


def _the_towns_villages(stem: str, suffix: str) -> bool:
    """Whether a stem and 村 are a town of the table and 村 (镇村: the town's villages), not a village's name."""
    return suffix == "村" and stem.endswith(("镇", "乡")) and divisions().names_a_division(stem, ("Township",))


def _table_village_after_place(text: str, end: int, spans_end: dict[int, PlaceMention]) -> bool:
    """积石山县团结村: a word of the dictionary ending in the suffix (团结村 'unity village') right after a county or
    township, where the village table holds a village of that name, is that village."""
    word = next(words_before(text, end, 6), "")
    prev = spans_end.get(end - len(word))
    return len(word) >= 3 and prev is not None and prev.level in ("County", "Township") \
        and _table_village_in(word, prev)


_TITLE_IN_STEM = re.compile(r"支书|书记|主任|村长|兼")


def _stem_ok(stem: str) -> bool:
    if not stem or stem in NOT_VILLAGE_STEMS or stem in STOP_WORDS:
        return False
    if stem.endswith(_BAD_STEM_END) or stem[0] in "各该本全每这那此某" or _TITLE_IN_STEM.search(stem):
        return False  # (村支书兼村主任: titles, no village's name)
    return all("\u4e00" <= ch <= "\u9fff" for ch in stem)


def _described_yet_named_in_its_place(stem: str, name: str, chained: PlaceMention | None) -> bool:
    """王村镇集体村: a word that mostly describes a village (幸福 "happy", 团结 "united") is its name right
    after the township or county whose villages the table lists it among."""
    return chained is not None and len(stem) >= 2 and stem in NOT_VILLAGE_STEMS \
        and chained.level in ("County", "Township") and _table_village_in(name, chained)


def _stem_before(text: str, pos: int, spans_end: dict[int, PlaceMention], max_len: int,
                 stops: frozenset[str] = frozenset()) -> tuple[str, PlaceMention | None]:
    """The name stem that ends at `pos`, and the place mention it directly follows (if any)."""
    stem = ""
    for word in words_before(text, pos, max_len + 4):
        if pos - len(stem) in spans_end:
            break
        edge = next((e for e in spans_end if pos - len(stem) - len(word) < e < pos - len(stem)), None)
        if edge is not None:
            # 庆祖镇西辛庄村: jieba's word 镇西 crosses the township's end; the stem begins there (not
            # when what follows the end is itself a place's name: 辽宁沈阳某干部学院)
            if pos - edge <= max_len and text[edge:pos] not in _matcher()[2]:
                stem = text[edge:pos]
            break
        if word in STOP_WORDS or word in stops or is_boundary_word(word, in_place=True) \
                or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            break
        if len(stem) + len(word) > max_len:
            break
        stem = word + stem
    start = pos - len(stem)
    return stem, spans_end.get(start)


def _stem_after_place(text: str, pos: int, spans_end: dict[int, PlaceMention],
                      suffix: str = "") -> tuple[str, PlaceMention] | None:
    """中山路街东港里社区: two to four characters between a township or county and the suffix are the
    community's name, even when a locative (里, 上, 东) among them stops the word-by-word reading;
    up to six when they name a street and a number (某区建设路第二社区) or a village the table
    holds in that place (和静县乌兰布鲁克村)."""
    for length in range(2, 7):
        prev = spans_end.get(pos - length)
        if prev is not None and prev.level in ("City", "County", "Township"):
            gap = text[pos - length:pos]
            if (length > 4 or prev.level == "City") and not _STREET_NUMBER.search(gap) \
                    and not _table_village_in(gap + suffix, prev):
                continue  # (锡林郭勒盟萨如拉图雅嘎查: after a city only a village the table holds there)
            words, size = [], 0
            for w in words_before(text, pos, length + 6):
                if size >= length:
                    break
                words.append(w)
                size += len(w)
            # (_stem_ok also holds the gap to Chinese characters)
            if size == length and (all(w not in STOP_WORDS or w in _POSITION_CHARS for w in words) and _stem_ok(gap)
                                   or _described_yet_named_in_its_place(gap, gap + suffix, prev)):
                return gap, prev
    return None


_OWN_BODY = re.compile(r"党支部|党总支|党委|村委会|居委会|两委")


def _village_with_its_branch(text: str, name: str) -> bool:
    """A village the table lacks and no chain places (巴来嘎查 after a dash) is still a village when the
    text names it again and names its Party branch or committee (某嘎查党支部)."""
    return text.count(name) >= 2 and any(_OWN_BODY.match(text, k + len(name)) for k in occurrences(text, name))


def _between_punctuation(text: str, end: int) -> str:
    """The two to four Chinese characters that end at `end` after a punctuation mark or the start."""
    start = end
    while start > 0 and end - start < 5 and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    return text[start:end] if 2 <= end - start <= 4 and (start == 0 or text[start - 1] in _OPENING_MARKS) else ""


_OPENING_MARKS = frozenset("，。；：！？、—“”‘’（）《》,.;:!?()\n \u3000")


def _table_village_in(name: str, place: PlaceMention) -> bool:
    """Whether the village table holds `name` inside a county or township `place` may be (its codes
    open with theirs)."""
    return any(code.startswith(c.code) for code, _ in divisions().village_lookup(name) for c in place.candidates)


def _rule_mentions(text: str, coded: list[PlaceMention]) -> list[PlaceMention]:
    spans_end = {m.end: m for m in coded}
    taken = [(m.start, m.end) for m in coded]
    found: list[PlaceMention] = []

    def overlaps(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in taken)

    for m in scan(_ENUM_VILLAGES, text, ('等村', '个村')):  # 等村, 等25个村, 等几个村
        pos = m.start(1)
        items = m.group(1).split("、")
        # the first item may have swallowed the verb before it (联合神堂): keep its name-like tail
        first, _ = _stem_before(text, pos + len(items[0]), {}, 4)
        pos += len(items[0]) - len(first)
        items[0] = first
        if any(item.endswith(("村", "社区", "嘎查")) for item in items):
            continue  # 下姜村、源塘村等25个村: the items carry their own suffix; the rule below reads them
        for stem in items:
            if _stem_ok(stem) and not overlaps(pos, pos + len(stem)):
                found.append(PlaceMention(pos, pos + len(stem), stem, "Village", name=stem + "村", enumerated=True))
                taken.append((pos, pos + len(stem)))
            pos += len(stem) + 1

    for m in _VILLAGE_SUFFIX.finditer(text):
        end = m.end()
        suffix = m.group(1)
        if suffix == "村":
            after = text[end:end + 1]
            if after == "村" and text[end + 1:end + 2] not in _NOT_AFTER_VILLAGE \
                    and text[end + 1:end + 2] not in _NOT_AFTER_VILLAGE_TWICE \
                    and not _village_then_its_word(text, m.start()):
                end += 1  # 李村村: the village is called 李村
            elif after in _NOT_AFTER_VILLAGE:
                continue
        if _suffix_glued(text, m.start(), m.group(1)) and not _table_village_after_place(text, m.end(), spans_end):
            continue
        stem_end = m.start()
        stem, chained = _stem_before(text, stem_end, spans_end, 4, _SETTLEMENT_WORDS)
        if chained is None:
            stem, chained = _stem_after_place(text, stem_end, spans_end, suffix) or (stem, chained)
        if chained is not None and len(stem) >= 3 and stem[0] in "县市区旗" \
                and not _LEVEL_SUFFIX.search(chained.surface):
            # 湖北省宜昌县鄢家河村: a county the table no longer holds (宜昌 read as the city), and its level word
            # is no part of the village's name
            stem, chained = stem[1:], None
        head = stem_end - len(stem) - 1
        if chained is None and head >= 0 and text[head] in _POSITION_CHARS \
                and divisions().village_lookup(text[head:m.end()]):
            stem = text[head:stem_end]  # 来自下姜村: 下 reads as a locative, but the table knows 下姜村
        if end != m.end():
            stem += "村"
        if not stem and chained is None:
            # ——巴来嘎查: jieba reads 来 as a verb; a name of its own between punctuation and the suffix,
            # only where the text names the village again with its branch
            stem = _between_punctuation(text, stem_end)
            if stem and not _village_with_its_branch(text, stem + text[stem_end:end]):
                stem = ""  # (希望村党组织: "hope that the village's Party organisation …")
        if not stem or (len(stem) < 2 and chained is None):
            continue
        start = m.start() - len(stem) if end == m.end() else m.start() - len(stem) + 1
        name = text[start:end]
        if overlaps(start, end) or not (_stem_ok(stem.rstrip("村") or stem)
                                        or _described_yet_named_in_its_place(stem, name, chained)):
            continue
        in_table = bool(divisions().village_lookup(name))
        if not in_table and _the_towns_villages(stem, suffix):
            continue  # 到永宁县某某镇村、企业、园区: the town's villages, firms and parks, no village called so
        if chained is not None and (_VERB_IN_STEM.search(stem) or word_tag(stem) == "v") and not in_table:
            # 东经路社区老年人占社区总人口, 在兰州看社区服务: a clause about the place (a verb and its object), not
            # another village in it
            continue
        listed = False
        if chained is None and not in_table:
            # neither in a chain of places nor a village name anywhere in the country; in a list
            # (包家村、木山村、三棵树村; 沙河村和石桥村) it may stand with its neighbours, which
            # _supported_villages decides
            if not _joined_in_a_list(text, start, end):
                if not (_village_with_its_branch(text, name) or _named_estate(stem, suffix)):
                    continue
            else:
                listed = True
        mention = PlaceMention(start, end, name, "Village", name=name, listed=listed)
        found.append(mention)
        taken.append((start, end))
        spans_end[end] = mention

    for m in _STATIONED_AT.finditer(text):
        # 驻X村第一书记: the village a first secretary is stationed in, whatever its name looks like
        start, end = m.start(1), m.end(1)
        stem = m.group("stem")
        if stem[0] in "该本各全每这那此某其贫" or (len(stem) > 1 and stem in NOT_VILLAGE_STEMS) or overlaps(start, end):
            continue
        mention = PlaceMention(start, end, m.group(1), "Village", name=m.group(1))
        found.append(mention)
        taken.append((start, end))

    for m in _HOOD_SUFFIX.finditer(text):
        # a 小区 name is a developer's name: a verb before it (选优配强某小区党支部) is no part of it;
        # village and 村民组 names are not cut so (安平村民组 reads as 安 + 平), they are local names
        stops = ORG_LEFT_STOPS if m.group() == "小区" else frozenset()
        if m.group() == "村民组" and text.startswith(("成", "织"), m.end()):
            continue  # 由三户村民组成一个合作社: the villagers, and 组成 "make up", no group of a village
        quoted = _QUOTED_HOOD.search(text, max(0, m.start() - 14), m.start())
        if quoted is not None:
            # “碧水御苑二期”小区: the quoted words are the estate's name, written without its kind
            start, end = quoted.start(), m.end()
            name = quoted.group(1) + m.group()
        else:
            stem, chained = _stem_before(text, m.start(), spans_end, 6, stops)
            if len(stem) < 2 or not _stem_ok(stem) or (m.group() == "小区" and _GENERIC_HOOD.search(stem)):
                continue
            start, end = m.start() - len(stem), m.end()
            name = text[start:end]
        if overlaps(start, end):
            continue
        mention = PlaceMention(start, end, text[start:end], "Neighbourhood", name=name)
        found.append(mention)
        taken.append((start, end))
    return found


# --- resolution -------------------------------------------------------------------------------------

def _link_chains(mentions: list[PlaceMention]) -> None:
    for prev, cur in zip(mentions, mentions[1:]):
        if cur.start == prev.end and LEVEL_RANK[cur.level] >= LEVEL_RANK[prev.level]:
            cur.chain_prev = prev
            cur.in_chain = prev.in_chain = True


def _within(child: Division, parent: Division) -> bool:
    return divisions().is_within(child.code, parent.code)


# a site that a place's name opens: a bridge, a road, a tomb, an airport, a station, a school, a forest farm
_SITE_NAMED_AFTER = re.compile(r"(?:大?桥|陵|路|大街|大道|国际机场|机场|火车站|站|广场|公园|民族中学|中学|小学|林场)")


def _resolve_chains(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Narrow candidates along each chain: a link must lie within the link before it.  A short form
    (no level word) that lies in none of the places before it is no division there (武汉东湖高新区: 东湖 is
    南昌's 东湖区, not a place in 武汉): the mentions left out."""
    outside = []
    for cur in mentions:
        prev = cur.chain_prev
        if prev is None or not prev.candidates or not cur.candidates:
            continue
        inside = tuple(c for c in cur.candidates if any(_within(c, p) for p in prev.candidates))
        if inside:
            cur.candidates = inside
            prev.candidates = tuple(p for p in prev.candidates if any(_within(c, p) for c in inside)) or prev.candidates
        elif not _LEVEL_SUFFIX.search(cur.surface) and (
                LEVEL_RANK[cur.level] > LEVEL_RANK[prev.level]
                or LEVEL_RANK[cur.level] == LEVEL_RANK[prev.level] and _SITE_NAMED_AFTER.match(text, cur.end)):
            # (兰州中山桥, 西安咸阳国际机场: a bridge or an airport of the first place named after another of its level;
            # but 河北天津, 杭州宁波间: two places)
            outside.append(cur)
        elif _TOWNSHIP_END.search(cur.surface) and all(c.level == "Township" for c in cur.candidates) \
                and LEVEL_RANK[prev.level] < LEVEL_RANK["County"]:
            # 浙江乌镇, 黑龙江雪乡: a town the table holds only in other provinces (佳县's 乌镇) is none of those;
            # a full name (…乡, …镇 after a two-character stem) is a township of the place before that the
            # table lacks, a short one (乌镇 for 乌镇镇) is left out
            if len(cur.surface) >= 4 or (len(cur.surface) == 3 and not cur.surface.endswith("街道")):
                cur.candidates, cur.level, cur.name, cur.parent = (), "Township", cur.surface, prev
            else:
                outside.append(cur)
    return outside


def _settle_by_villages(mentions: list[PlaceMention]) -> None:
    """新华街道王家桥社区: of the townships (or counties) a name may be, the one the village table puts the
    village written right after it in, when exactly one fits."""
    for cur in mentions:
        prev = cur.chain_prev
        if prev is None or cur.level != "Village" or len(prev.candidates) < 2:
            continue
        codes = [code for code, _ in divisions().village_lookup(cur.name or cur.surface)]
        fits = tuple(c for c in prev.candidates if any(code.startswith(c.code) for code in codes))
        if len(fits) == 1:
            prev.candidates = fits


def _support(cand: Division, anchors: list[tuple[int, Division]], pos: int, itself: bool = False) -> float:
    """How much the places settled elsewhere in the text back `cand`: those in it or around it, and with
    `itself`, the same place named elsewhere (河南安阳考察 … 安阳中国文字博物馆: the city again, not the
    county of the same short name inside it)."""
    score = 0.0
    for apos, anchor in anchors:
        if anchor.code == cand.code and not itself:
            continue
        if anchor.code == cand.code or _within(cand, anchor) or _within(anchor, cand):
            score += 1.0 / (1.0 + abs(apos - pos) / 300.0)
    return score


def _province_in_a_list_of_provinces(text: str, mentions: list[PlaceMention], i: int) -> Division | None:
    """青海、海南、吉林三省, 青海鸟岛、海南东寨港: a form that is a province and a prefecture, listed right
    beside a province (a list item is a place and at most four characters more; an ambiguous one before it that was
    read as a province counts), is the province,
    whatever a province named in the list (青海 holds a 海南州) would support."""
    province = next((c for c in mentions[i].candidates if c.level == "Province"), None)
    if province is None:
        return None
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions):
            continue
        left, right = (mentions[j], mentions[i]) if j < i else (mentions[i], mentions[j])
        between = text[left.end:right.start]
        # (天津、重庆、吉林、河北等地: a neighbour already read as a province counts, though it was ambiguous itself)
        neighbour = mentions[j].division
        if between and len(between) <= 5 and between[-1] in LIST_JOINERS and mentions[j].candidates \
                and (all(c.level == "Province" for c in mentions[j].candidates)
                     or (j < i and neighbour is not None and neighbour.level == "Province")):
            return province
    return None


def _choose(text: str, mentions: list[PlaceMention]) -> None:
    anchors = [(m.start, m.candidates[0]) for m in mentions if len(m.candidates) == 1]
    for i, m in enumerate(mentions):
        if not m.candidates:
            continue
        listed_province = _province_in_a_list_of_provinces(text, mentions, i) if len(m.candidates) > 1 else None
        if listed_province is not None:
            m.division = listed_province
        elif len(m.candidates) == 1:
            only = m.candidates[0]
            if only.level == "Township" and not m.in_chain and _support(only, anchors, m.start) == 0 \
                    and not _unique_full_name(m):
                continue  # a township named with no county, city or province of its own around is a guess
            m.division = only
        elif not m.in_chain and not _LEVEL_SUFFIX.search(m.surface) \
                and (province := next((c for c in m.candidates if c.level == "Province"), None)) is not None:
            # 河北 (also a district of Tianjin), 海南 (one of Wuhai's): a province's short form outside a chain is the
            # province, whatever the report's other places back (天津滨海新区…河北40多家外贸企业)
            m.division = province
        else:
            scored = sorted(((_support(c, anchors, m.start, itself=True), c.code, c) for c in m.candidates),
                            key=lambda t: (-t[0], t[1]))
            best, runner = scored[0], scored[1]
            tied = [c for score, _, c in scored if score == best[0]]
            if best[0] > 0 and best[0] > runner[0] and _only_its_province_supports(best[2], anchors, m.start):
                # 记者在大河乡看到… in a report on 张北县 that names 宁夏 once: 宁夏's 大河乡 is no better a guess than
                # the township of 张北县 the table has lost
                pass
            elif best[0] > 0 and best[0] > runner[0]:
                m.division = best[2]
            elif best[0] > 0 and len(tied) == 2 and (_within(tied[0], tied[1]) or _within(tied[1], tied[0])):
                # 大理: the prefecture and its seat are equally supported; the name means the prefecture
                m.division = min(tied, key=lambda c: LEVEL_RANK[c.level])
            elif LEVEL_RANK[m.level] <= 1:
                # a province or prefecture short form that stays ambiguous: the higher level wins (吉林 → 吉林省)
                top = sorted(m.candidates, key=lambda c: (LEVEL_RANK[c.level], c.code))
                if LEVEL_RANK[top[0].level] < LEVEL_RANK[top[1].level]:
                    m.division = top[0]
        if m.division is not None:
            m.level = m.division.level
            m.name = m.division.name
            anchors.append((m.start, m.division))


def _only_its_province_supports(cand: Division, anchors: list[tuple[int, Division]], pos: int) -> bool:
    """A township that only its province backs, named far from it (over 300 characters), in a text whose
    counties and prefectures lie in other provinces."""
    if cand.level != "Township":
        return False
    local = [a for _, a in anchors if a.level in ("City", "County")]
    near = [p for p, a in anchors if a.level == "Province" and a.code == cand.code[:2] and abs(p - pos) <= 300]
    return bool(local) and not near and not any(_within(cand, a) for a in local) \
        and not any(a.code[:2] == cand.code[:2] for a in local)


def _unique_full_name(m: PlaceMention) -> bool:
    """A township written with its suffix whose name the table holds once in the whole country (巴音宝力格苏木),
    and whose stem is no other place's name (北京街道 is as often "Beijing's streets")."""
    suffix = _TOWNSHIP_END.search(m.surface)
    return suffix is not None and m.surface == m.candidates[0].name and len(m.surface) >= 4 \
        and m.surface[:suffix.start()] not in _matcher()[2] and len(divisions().lookup(m.surface)) == 1


# a township's two kinds: thousands of 乡 became 镇 after the article was written (or the table was made)
_OTHER_KIND = {"乡": "镇", "镇": "乡"}


def _townships_of_the_other_kind(surface: str, areas: list[Division]) -> list[Division]:
    """The townships of `areas` (counties, cities) named as `surface` with its other kind (五里桥乡 → 五里桥镇)."""
    if surface[-1:] not in _OTHER_KIND:
        return []
    other = surface[:-1] + _OTHER_KIND[surface[-1]]
    found = {t.code: t for area in areas for t in divisions().children(area.code)
             if t.level == "Township" and t.name == other}
    return list(found.values())


def _townships_renamed(mentions: list[PlaceMention]) -> None:
    """开原镇、七里镇、金马镇… in a report on 舒兰市: a township named as a 镇 that the table holds only as a 乡 in places
    the report does not name, where a county the report names holds one of that name as a 乡 (七里乡: made a town since
    the table), is that county's township (or the other way round: a 1998 乡 the table holds as a 镇); only where one
    such county township is found."""
    counties = [m.division for m in mentions if m.coded and m.division.level == "County"]
    if not counties:
        return
    for m in mentions:
        if m.coded or not m.candidates or m.level != "Township":
            continue
        found = _townships_of_the_other_kind(m.surface, counties)
        if len(found) == 1:
            m.division = found[0]
            m.name = m.division.name


def _keep_townships_the_table_lost(mentions: list[PlaceMention]) -> None:
    """宾川县牛井乡: a township named right after its county that the 2023 table lists only elsewhere
    (townships are merged and renamed every year; the article may predate or postdate the table) is
    still that county's township, kept without a code rather than dropped; and so is the same name
    written again alone (门头沟区龙泉镇…, 龙泉镇副镇长刘捷), which would otherwise be an ambiguous name
    nothing settles."""
    kept: dict[str, PlaceMention] = {}
    for m in mentions:
        prev = m.chain_prev
        if m.coded or not m.candidates or prev is None or not prev.coded or prev.level != "County":
            continue
        if not _TOWNSHIP_END.search(m.surface) or any(_within(c, prev.division) for c in m.candidates):
            continue
        m.candidates = ()
        m.level = "Township"
        m.name = m.surface
        m.parent = prev
        kept.setdefault(m.surface, m)
    for m in mentions:
        first = kept.get(m.surface)
        if first is not None and m is not first and not m.coded and m.candidates and m.chain_prev is None:
            m.candidates = ()
            m.level = "Township"
            m.name = m.surface
            m.parent = first.parent


def _nearest_before(mentions: list[PlaceMention], pos: int, levels: tuple[str, ...], window: int = CONTEXT_WINDOW):
    for m in reversed(mentions):
        if m.end <= pos and pos - m.end <= window and m.level in levels and (m.coded or m.level in ("Village",)):
            return m
    return None


def _assign_parents(text: str, mentions: list[PlaceMention]) -> None:
    gaz = divisions()
    townships = [m for m in mentions if m.coded and m.level == "Township"]
    for m in mentions:
        if m.coded:
            continue
        prev = m.chain_prev
        if m.level == "Village":
            if prev is not None and (prev.coded or prev.parent is not None
                                     or (prev.level == "Township" and not prev.candidates and prev.name)) \
                    and LEVEL_RANK[prev.level] < LEVEL_RANK["Village"]:
                m.parent = prev  # (an uncoded township kept under its county counts: 牛井乡中和村)
            else:
                # the village table settles which township of the document it belongs to
                in_table = [found for n in _table_names(m.name) for found in gaz.village_lookup(n)]
                table, homes = [code for code, _ in in_table], {township for _, township in in_table}
                known = [t for t in townships if t.division.code in homes]
                if known:
                    m.parent = min(known, key=lambda t: abs(t.start - m.start))
                else:
                    near = _nearest_before(mentions, m.start, ("Township", "County"))
                    # (a township of its own sentence places it even where the table lacks it there:
                    # 某县青石镇，溪畔的石峰村; a county may be one it is merely beside: 阿勒泰市与禾木村)
                    held = near is not None and (any(c.startswith(near.division.code) for c in table) or (
                        near.level == "Township" and not _SENTENCE_END.search(text, near.end, m.start)))
                    home = None if held or not table else _table_village_named_before(mentions, m, table)
                    if held and near.level == "County":
                        in_county = [c for c in table if c.startswith(near.division.code)]
                        if len(in_county) == 1:
                            home = in_county[0]  # 随着漠河暑期游的火爆…北极村: the county's one village of that name
                    if home is None and not held and _the_only_one(table) and near is not None \
                            and "\n" in text[near.end:m.start]:
                        # 河北阜平…\n 2013年，总书记在十八洞村考察时: a village the table holds once in the whole
                        # country, none of its name in the county a paragraph before names, is that one (in the
                        # county's own paragraph it stays there: 张北县发生地震。…记者赶到重灾区乱石山村, a village the
                        # table lacks in 张北 and holds once in 甘肃)
                        home = table[0]
                    if home is None:
                        m.parent = near
                    else:
                        m.village_code = home
            if m.parent is not None and m.parent.coded and m.parent.level == "Township":
                for code, name in gaz.villages(m.parent.division.code):
                    if name == m.name:
                        m.village_code = code
                        break
    by_end = {m.end: m for m in mentions}
    for m in mentions:  # (after every village has its place: an estate's parent may be a village named later)
        if m.coded or m.level != "Neighbourhood":
            continue
        prev = m.chain_prev
        if prev is None and text[m.start - 1:m.start] == "的":
            prev = by_end.get(m.start - 1)  # 位于辽宁沈阳的长安小区: the place and 的 before the estate, where it lies
        if prev is not None and prev.level in ("Village", "Township"):
            m.parent = prev
        elif prev is not None and prev.coded and prev.level in ("County", "City"):
            # 无锡市北桥人家小区: an estate written right after its city or county lies there, or in the community
            # of that city or county the text names (某县某雅苑小区 … 在某街道、某社区的指导下)
            inside = [v for v in mentions if v.level == "Village" and _lies_in(v, prev.division.code)]
            m.parent = min(inside, key=lambda v: abs(v.start - m.start)) if inside else prev
        else:
            m.parent = _nearest_before(mentions, m.start, ("Village",), 1500)


def _the_only_one(table: list[str]) -> bool:
    """Whether the NBS table holds the name once in the country (its codes are all one village's)."""
    return len(set(table)) == 1


def _table_village_named_before(mentions: list[PlaceMention], village: PlaceMention, table: list[str]) -> str | None:
    """在黑龙江，…北极村, 在新疆阿勒泰，…阿勒泰市与禾木村: a village the table knows, none of that name in the
    county named nearest before it in an earlier sentence (another report's county, or one it is merely
    beside), is the table's village inside the nearest place before it that holds one, if that place holds
    only one: its code; else None (the county's, as before: a village the table lacks)."""
    for m in reversed(mentions):
        if m.end > village.start or not m.coded or LEVEL_RANK[m.level] >= LEVEL_RANK["Village"]:
            continue
        if village.start - m.end > CONTEXT_WINDOW:
            return None
        inside = [code for code in table if code.startswith(m.division.code)]
        if inside:
            return inside[0] if len(inside) == 1 else None
    return None


def _lies_in(place: PlaceMention | None, code: str) -> bool:
    """Whether `place`, or the first coded place above it, lies within the division `code`."""
    above = _coded_above(place)
    return above is not None and divisions().is_within(above, code)


def _table_names(name: str) -> tuple[str, ...]:
    """The names to look a village up by: 李村村 is the village 李村."""
    return (name, name[:-1]) if name.endswith("村村") else (name,)


def _share_list_parents(text: str, mentions: list[PlaceMention]) -> None:
    """In 李村村、西岭村、包家村 the table places 西岭村 and 包家村 in one township: a village of the
    same list that the table does not settle (no code) sits in that township too."""
    villages = [m for m in mentions if m.level == "Village"]
    by_end = {m.end: m for m in villages}
    by_start = {m.start: m for m in villages}
    changed = True
    while changed:
        changed = False
        for m in villages:
            if m.village_code or m.chain_prev is not None:
                continue
            neighbours = [o for o in (by_end.get(m.start - 1), by_start.get(m.end + 1))
                          if o is not None and text[min(o.end, m.end):max(o.start, m.start)] == "、"]
            settled = [o.parent for o in neighbours if (o.village_code or o.parent is not m.parent) and o.parent is not None
                       and o.parent.coded and o.parent.level == "Township"]
            if settled and m.parent is not settled[0]:
                m.parent = settled[0]
                changed = True


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _named_in_same_sentence(text: str, mentions: list[PlaceMention], village: PlaceMention) -> bool:
    """永安市小陶镇，溪畔的石峰村: a township or county earlier in the same sentence places it."""
    for m in mentions:
        if m.coded and m.level in ("Township", "County") and m.end <= village.start \
                and village.start - m.end <= 60 and not _SENTENCE_END.search(text, m.end, village.start):
            return True
    return False


_MODEL_PLACE_KIND = re.compile(r"[\u4e00-\u9fff]{2,10}?(村|社区|嘎查|小区)$")


def _model_places(text: str, spans, found: list[PlaceMention]) -> list[PlaceMention]:
    """Villages and estates the mention model reads whole where no rule reads anything (凤凰华都小区:
    the rules' stem stops at 都, a word that ends clauses)."""
    out = []
    for start, end in spans:
        m = _MODEL_PLACE_KIND.fullmatch(text, start, end)
        if m is None or any(p.start < end and start < p.end for p in found):
            continue
        if not _stem_ok(text[start:m.start(1)]) or text[m.start(1) - 1] == "驻":
            continue  # 嘎查村, 示范村: kinds of villages, no village; 全椒驻村: stationed in villages
        level = "Neighbourhood" if m.group(1) == "小区" else "Village"
        if level == "Neighbourhood" and _GENERIC_HOOD.search(text, start, end - 2):
            continue
        out.append(PlaceMention(start, end, text[start:end], level, name=text[start:end]))
    return out


def _supported_villages(text: str, mentions: list[PlaceMention],
                        model_places: frozenset[tuple[int, int]] = frozenset()) -> list[PlaceMention]:
    """A village named on its own stays only if the village table puts one of that name inside a
    division the document names (西三户村 in 三户镇); 建强村 somewhere in China is not enough."""
    gaz = divisions()
    coded = [m.division.code for m in mentions if m.coded and LEVEL_RANK[m.level] >= LEVEL_RANK["City"]]
    kept = []
    for m in mentions:
        if m.listed:
            continue  # decided below, by its neighbours
        if m.level == "Village" and m.chain_prev is None and not m.enumerated:
            homes = [t for n in _table_names(m.name) for _, t in gaz.village_lookup(n)]
            # (an estate named 居民区, which the table seldom holds, stands where the document names a place of the table)
            if not any(t == c or gaz.is_within(t, c) for t in homes for c in coded) \
                    and not _named_in_same_sentence(text, mentions, m) and (m.start, m.end) not in model_places \
                    and not (coded and m.name.endswith(_ESTATE)):
                continue
        kept.append(m)
    return _with_listed_neighbours(kept, [m for m in mentions if m.listed])


def _with_listed_neighbours(kept: list[PlaceMention], listed: list[PlaceMention]) -> list[PlaceMention]:
    """Villages the table does not know (a misprint, a new name) that stand in a list (、 和 与 及) right
    beside a village that was kept: the list names villages of one kind, so they are villages too."""
    villages = {(m.start, m.end) for m in kept if m.level == "Village"}
    grew = True
    while grew:
        grew = False
        for m in list(listed):
            if any((m.end + 1, e) in villages for e in range(m.end + 2, m.end + 12)) \
                    or any((s, m.start - 1) in villages for s in range(max(0, m.start - 12), m.start - 1)):
                listed.remove(m)
                kept.append(m)
                villages.add((m.start, m.end))
                grew = True
    return sorted(kept, key=lambda m: m.start)


def find_places(text: str, model_places: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """All place mentions of a text, resolved, in text order.  `model_places` are the mention
    model's place spans: a village the model reads as a place whole is kept even where the village
    table cannot place it (a new name, a misprint, a village of a township the table lacks)."""
    coded = _gazetteer_mentions(text, frozenset(model_places))
    coded = sorted(coded + _short_streets(text, coded), key=lambda m: m.start)
    coded = sorted(coded + _listed_townships(text, coded), key=lambda m: m.start)
    coded = sorted(coded + _zones(text, coded), key=lambda m: m.start)
    coded = sorted(coded + _unlisted_townships(text, coded), key=lambda m: m.start)
    ruled = coded + _rule_mentions(text, coded)
    mentions = sorted(ruled + _model_places(text, model_places, ruled), key=lambda m: m.start)
    mentions = sorted(mentions + _townships_before_villages(text, mentions), key=lambda m: m.start)
    _link_chains(mentions)
    outside = _resolve_chains(text, mentions)
    mentions = [m for m in mentions if m not in outside]
    _settle_by_villages(mentions)
    _choose(text, mentions)
    _townships_renamed(mentions)
    _keep_townships_the_table_lost(mentions)
    # (a township the table lacks lies in the county or city it was named after, once that is settled)
    mentions = [m for m in mentions if not (m.level == "Township" and not m.coded and not m.candidates
                                            and m.parent is not None and not m.parent.coded)]
    # an ambiguous division that nothing in the document settles is left out rather than guessed
    mentions = [m for m in mentions if m.coded or not m.candidates]
    mentions = _supported_villages(text, mentions, frozenset(model_places))
    _link_chains(mentions)
    _assign_parents(text, mentions)
    _share_list_parents(text, mentions)
    # 怀集街道 read as the county's short form and a township called 街道: a kind with no name is no place;
    # 亚运村, 运动员村: the village of a games or of its athletes, no village of the country's divisions
    # “石灰村”, “某某村”, “空壳村”: a quoted village name the village table does not hold there is a nickname
    # (the lime village), wherever the text writes it
    # (浙江安吉“余村”: the table holds a 余村 in a place the text names, the village's own name quoted)
    areas = [p for p in mentions if p.coded and p.level in ("City", "County", "Township")]
    provinces = {p.division.code[:2] for p in mentions if p.coded}
    # (南溪南村是远近闻名的豆腐村: what a village is called, after 是…的, is a nickname too)
    nicknames = {m.surface for m in mentions if m.level == "Village" and not m.coded and not m.village_code
                 and ((text[m.start - 1:m.start] == "“" and text[m.end:m.end + 1] == "”")
                      or _CALLED.search(text, max(0, m.start - 12), m.start))
                 and not any(_table_village_in(m.surface, p) for p in areas)}
    dropped = {id(m) for m in mentions if (m.name or m.surface) in _BARE_KINDS
               or (m.level == "Village" and _GAMES_VILLAGE.search(m.name or m.surface))
               # 从一个名不见经传的小山村, 一座美丽的渔村: a village counted or pointed at and described is a kind of
               # place, even where the table holds a village of that name in the province (一个叫石头村的地方 names one)
               or (m.level == "Village" and m.chain_prev is None
                   and _DESCRIBED.search(text, max(0, m.start - 16), m.start))
               # 保护好地球村: a noun of the language (the global village), which the village table does not hold
               or (m.level == "Village" and not m.village_code and word_tag(m.name or m.surface) == "n"
                   and word_frequency(m.name or m.surface) >= 5 and not divisions().village_lookup(m.name or m.surface))
               or (m.surface in nicknames and m.level == "Village" and not m.coded and not m.village_code)
               # 中关村论坛, 中关村科技园: a district named so, no village, unless the table places one there
               or (m.level == "Village" and not m.village_code and _names_an_area(text, m.name or m.surface))
               # 中关村企业在津冀…: the table's one 中关村街道, and no village of the name in a province the text
               # names (北京中关村第一小学: in the place named before it): the town's short name, no village
               or (m.level == "Village" and not m.coded and not m.village_code
                   and _short_for_a_township(m.name or m.surface, provinces, _coded_above(m.chain_prev)))}
    if dropped:
        for m in mentions:
            while m.parent is not None and id(m.parent) in dropped:
                m.parent = m.parent.parent  # (a place named after one dropped lies in what that one lay in)
        mentions = [m for m in mentions if id(m) not in dropped]
    mentions = _whole_village_names(text, mentions)
    return _named_again(text, mentions + _villages_of_named_townships(text, mentions))


def _villages_of_named_townships(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """边临镇东于架村 … 在西于架村党群服务中心: a village the table holds in a township the text names, written whole
    where the reading missed it (西 "west" and 于 "at" read as words of their own), is that village; only a name of
    three characters or more that opens a word (not 新村 in 建设新村) and that no other reading covers."""
    spans = [(m.start, m.end) for m in mentions]
    townships: dict[str, PlaceMention] = {}
    for m in mentions:
        if m.coded and m.level == "Township":
            townships.setdefault(m.division.code, m)
    extra: list[PlaceMention] = []
    for code, township in sorted(townships.items()):
        for village_code, name in divisions().villages(code):
            if len(name) < 3 or name[:-1] in NOT_VILLAGE_STEMS:
                continue
            for k in occurrences(text, name):
                end = k + len(name)
                if not any(a < end and k < b for a, b in spans) and not splits_a_word(text, k) \
                        and text[end:end + 1] not in _NOT_AFTER_VILLAGE:
                    extra.append(PlaceMention(k, end, name, "Village", name=name, parent=township,
                                              village_code=village_code))
                    spans.append((k, end))
    return extra


def _short_for_a_township(name: str, provinces: set[str], within: str | None) -> bool:
    """Whether the table holds one township in the country called `name` and 街道, 镇 or 乡 (中关村街道), and
    no village called `name` in any of `provinces`; for a name written after a place (`within`, that place's
    code), whether that township lies there (浙江省金华市坪村 is no 坪村镇 of 湖南: a village the table lacks)."""
    towns = [d for kind in ("街道", "镇", "乡") for d in divisions().lookup(name + kind) if d.level == "Township"]
    if len(towns) != 1 or any(code[:2] in provinces for code, _ in divisions().village_lookup(name)):
        return False
    return within is None or towns[0].code.startswith(within)


def _coded_above(place: PlaceMention | None) -> str | None:
    """The code of `place` or of the first coded place above it; None for no place."""
    while place is not None and not place.coded:
        place = place.parent
    return place.division.code if place is not None else None


def _whole_village_names(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A village read without the first character of its name (里坑村 of 路里坑村, where a word before it took
    路) is the village the text names in full there: inside another reading of it, it is dropped; alone, it is
    that village."""
    villages = [m for m in mentions if m.level == "Village"]
    longer = {m.surface: m for m in villages if len(m.surface) >= 3}
    out = []
    for m in mentions:
        if m.level == "Village":
            if any(o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                   for o in villages):
                continue
            whole = next((o for name, o in longer.items() if len(name) > len(m.surface) and name.endswith(m.surface)
                          and text.startswith(name, m.end - len(name))), None)
            if whole is not None:
                m = replace(whole, start=m.end - len(whole.surface), end=m.end)
        out.append(m)
    return out


_CALLED = re.compile(r"(?:村|社区)是[^，。；！？“”]{0,8}的$")
# (not 一个多小时车程的摆贝村, 一个月后的…村: a span of time, then the village named; nor 这个镇首先进入小康村的泊南村:
# what is counted is another place, and the village is named)
_DESCRIBED = re.compile(r"[一这那每哪](?:个|座)(?!多|月|小时|星期)(?:(?:(?!叫|名为|称为)[^，。；！？“”省市县区镇乡村])"
                        r"{1,10}的)?$")
_BARE_KINDS = frozenset(("街道", "镇", "乡", "村", "社区", "小区", "嘎查", "苏木"))
_GAMES_VILLAGE = re.compile(r"(?:[亚奥全大冬青残]运分?|运动员|官员|媒体|记者)村$")


def _named_again(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A village or estate that the text placed once (某里社区 after its street) is the same place
    wherever its name recurs on its own (…在某里社区居委会): same parent, same node."""
    from .tokens import splits_a_word

    placed = {}
    homes: dict[str, set[str]] = defaultdict(set)
    chained: dict[str, set[str]] = defaultdict(set)  # where the chains of places put each name
    for m in mentions:
        if not m.coded and m.level in ("Village", "Neighbourhood") and (m.parent is not None or m.village_code) \
                and len(m.name) >= 3 and m.surface == m.name:
            placed.setdefault(m.name, m)
            homes[m.name].add(m.key)
            if m.chain_prev is not None:
                chained[m.name].add(m.key)
    if not placed:
        return mentions
    # the mention model may have read the later mentions already: placed by the nearest place before them
    # (茂名柏桥村…，柏桥村种植了 after a county named earlier), or by none that near (在贵州省台盘村 … 在台盘村的
    # 篮球场), they are the village the text placed, where it placed only one of the name
    for m in mentions:
        first = placed.get(m.name)
        if first is None or m.coded or m.level != first.level:
            continue
        if m.chain_prev is None and len(chained[m.name]) == 1 and m.key not in chained[m.name]:
            home = next(p for p in mentions if p.key in chained[m.name] and p.chain_prev is not None)
        elif m.parent is None and len(homes[m.name]) == 1:
            home = first
        else:
            continue
        m.parent, m.village_code = home.parent, home.village_code
    spans = [(m.start, m.end) for m in mentions]
    extra = []
    for name, first in placed.items():
        k = text.find(name)
        while k >= 0:
            end = k + len(name)
            if not any(a < end and k < b for a, b in spans) and not splits_a_word(text, k):
                extra.append(PlaceMention(k, end, name, first.level, name=name, parent=first.parent,
                                          village_code=first.village_code))
            k = text.find(name, end)
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions
