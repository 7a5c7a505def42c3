"""Personal-name spans in running Chinese news text, by rule and reference statistics.

Why rules and not a tagger: the build path must read well over 150,000 characters a second, and
jieba.posseg manages ~31,000.  A name almost always starts with a surname, so only positions
holding a surname character are examined; each candidate (surname + one or two given-name
characters) gets a score from
  * how common the surname is (graph/data/surnames.json, from jieba's person-name entries),
  * how name-like each given character is (same file: log-ratio of its rate inside names to its
    rate in running text),
  * whether the characters form an ordinary dictionary word instead (周边, 林业, 高质量: jieba's
    dictionary, read once, lazily),
  * context: a role or title word before (书记, 记者, 村民 …), a reporting verb, a title, an
    enumeration comma or a photo credit after (说, 表示, 、, 摄 …), punctuation on either side.
Honorific and kinship forms (刘先生, 赵大伯, 小吴, 老王, 孙书记) are references, not names:
`name_references` reports them with their surname so a later stage can tie them to a full name.
Foreign names written in transliteration characters (克林顿, 叶利钦) are found by a second rule.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..datacache import derived_table, package_file
from .lexicon import LIST_JOINERS, NEVER_GIVEN

_DATA = Path(__file__).resolve().parent.parent / "data" / "surnames.json"

# Words that, written before a surname, announce a person: roles, titles, bylines.
_ROLE_BEFORE = (
    "书记 副书记 总书记 主任 副主任 记者 通讯员 委员 常委 部长 局长 厅长 处长 科长 校长 院长 所长 站长 厂长 "
    "社长 会长 行长 馆长 司长 署长 主席 副主席 总理 副总理 总统 首相 省长 市长 县长 区长 镇长 乡长 村长 "
    "组长 队长 班长 支书 经理 董事长 总经理 总裁 主管 秘书长 秘书 专员 干部 司机 驾驶员 网格员 党员 村民 "
    "居民 群众 农民 工人 教师 老师 教授 研究员 院士 博士 医生 护士 民警 警官 律师 法官 检察官 代表 大使 "
    "外长 将军 运动员 选手 教练 演员 导演 作家 画家 诗人 歌手 编辑 作者 摄影 志愿者 负责人 创始人 "
    "户主 老人 大学生 学生 战士 英雄 烈士 同志 先生 女士 撰文 报道 电 给 向 "
    "对 找到 是 叫 名叫 由 让 请 据 陪同 会见 会晤 致电 看望 慰问 采访 告诉"
).split()
# Words that, written right after a full name, confirm it.
_AFTER = (
    "说 表示 介绍 告诉 指出 认为 强调 称 谈到 回忆 坦言 感慨 透露 解释 笑着 笑道 说道 问道 答道 提出 建议 "
    "希望 要求 主持 出席 会见 会晤 访问 率领 带领 发表 宣布 同志 先生 女士 书记 主任 主席 总理 总统 部长 "
    "局长 校长 院长 所长 县长 市长 省长 镇长 乡长 村长 教授 院士 博士 老师 医生 等 摄 一行 夫妇 家 "
    "今年 今天 当时 曾 也 又 就 便 还 都 已 正 在 是 的 和 与 及 被 把 将 对 从 为 给 向 带 领 告诉 看到 则 却 仍 "
    "觉得 知道 发现 想 决定 来到 来 去 到 回 拿 做 干 担任 任 当选 获得 成为 出生 生于 陪同 考察 调研 参加 看望 慰问 讲话 致辞 一同 于"
).split()
# Honorific, kinship and title forms that follow a bare surname: 刘先生, 赵大伯, 孙书记.
_HONORIFIC = (
    "先生 女士 小姐 老师 师傅 大伯 大爷 大妈 大娘 大婶 大姐 大哥 大叔 阿姨 奶奶 爷爷 婆婆 老伯 老汉 叔叔 "
    "伯伯 嫂子 大嫂 姐 哥 叔 伯 婶 嫂 老 总 董 书记 支书 主任 部长 局长 处长 科长 县长 市长 镇长 乡长 "
    "村长 队长 组长 校长 院长 所长 站长 厂长 经理 医生 大夫 教授 博士 警官 同志 某 氏 总理 主席 "
    "大使 指导 教练 领队"
).split()

_HONORIFIC_FIRST = frozenset(w[0] for w in _HONORIFIC)

_HAN = "\u4e00-\u9fff"
_PLACE_SUFFIX = set("省市县区乡镇村州旗盟屯寨湾岛江河湖山路街队杯")
_PUNCT = set("，。！？；：、“”‘’（）《》〈〉【】—…,.!?;:()[]<>\"' \t\r\n\u3000·-/|")


@dataclass(frozen=True)
class _Ref:
    single: dict[str, float]  # surname -> prior score
    compound: dict[str, float]
    given: dict[str, float]  # character -> given-name log-ratio
    translit: frozenset[str]
    words: dict[str, float]  # common non-name words (2-4 chars) -> log frequency
    names: frozenset[str]  # dictionary person names
    places: frozenset[str]  # dictionary place, organisation and other proper names
    names2: frozenset[str]  # two-character words jieba tags nr: names (李鹏) and words (卫星) alike
    idioms: frozenset[str]  # four-character set phrases (一池春水, 雷厉风行): never part of a name
    surname_re: re.Pattern[str]
    translit_re: re.Pattern[str]
    role_re: re.Pattern[str]
    after_re: re.Pattern[str]
    honorific_re: re.Pattern[str]
    compound_only: frozenset[str]  # compound surnames whose first character is no surname alone
    # where a reference may begin (see name_references): a surname before an honorific's first
    # character, the first character of a compound surname, a surname after 小/老 (its end)
    before_honorific_re: re.Pattern[str]
    compound_first_re: re.Pattern[str]
    little_old_re: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _ref() -> _Ref:
    """Load reference data once, on first use (never at import time)."""
    try:
        data = json.loads(_DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"{_DATA}: cannot read surname data ({exc})") from exc
    # Surnames no dictionary name carries (人, 政, 治 …) make only false alarms in news text.
    single = {s: float(v) for s, (n, v) in data["single"].items() if n >= 3}
    compound = {s: float(v) for s, (n, v) in data["compound"].items()}
    words, names, places, names2, idioms = _dictionary()
    translit = frozenset(data["translit"]) - {"·"}
    surname_alt = "[" + "".join(sorted(single)) + "]|" + _alternation(list(compound))
    compound_only = frozenset(c for c in compound if c[0] not in single)
    compound_first = "".join(sorted({c[0] for c in compound_only}))
    return _Ref(
        single=single,
        compound=compound,
        given={c: float(v) for c, v in data["given"].items()},
        translit=translit,
        words=words,
        names=names,
        places=places,
        names2=names2,
        idioms=idioms,
        surname_re=re.compile(surname_alt),
        translit_re=re.compile("[" + re.escape("".join(sorted(translit))) + "]{3,}(?:·[" + re.escape("".join(sorted(translit))) + "]{2,})*"),
        role_re=re.compile("(?:" + _alternation(_ROLE_BEFORE) + ")$"),
        after_re=re.compile(_alternation(_AFTER)),
        honorific_re=re.compile(_alternation(_HONORIFIC)),
        # (surname_re tries a single surname first: 欧阳 is read as 欧 … unless 欧 is no surname alone)
        compound_only=compound_only,
        # one character each, so that no match hides the next position's
        before_honorific_re=re.compile("[" + "".join(sorted(single)) + "](?=[" + "".join(sorted(_HONORIFIC_FIRST)) + "])"),
        compound_first_re=re.compile(f"[{compound_first}]") if compound_first else re.compile("(?!)"),
        little_old_re=re.compile("[小老](?=[" + "".join(sorted(single)) + compound_first + "])"),
    )


# kept on disk and read lazily: parsing dict.txt was most of a cold start (graph/datacache.py)
@derived_table(lambda: package_file("jieba", "dict.txt"), lazy=True)
def _dictionary() -> tuple[dict[str, float], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """jieba's dictionary: ordinary words (log frequency), person names, place and body names,
    two-character nr words, four-character idioms."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    words: dict[str, float] = {}
    names: set[str] = set()
    places: set[str] = set()
    names2: set[str] = set()
    idioms: set[str] = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3 or not 2 <= len(parts[0]) <= 4:
                continue
            word, freq, tag = parts
            if len(word) == 4 and tag in ("i", "l"):  # idioms and set phrases, however rare
                idioms.add(word)
            # jieba tags many two-character words nr (卫星, 容纳): only longer nr entries are names.
            if tag.startswith("nr") and len(word) >= 3:  # nr, nrfg, nrt (transliterated)
                names.add(word)
            elif tag.startswith("nr") and int(freq) >= 3:  # 李鹏 and 卫星 alike: a weak name
                names2.add(word)
                words[word] = math.log(int(freq))
            elif tag in ("ns", "nt", "nz") and int(freq) >= 3:
                places.add(word)
                words[word] = math.log(int(freq))
            elif int(freq) >= 3:
                words[word] = math.log(int(freq))
    return words, frozenset(names), frozenset(places), frozenset(names2), frozenset(idioms)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _boundary_before(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _PUNCT or text[i - 1].isdigit() or text[i - 1].isascii()


def _boundary_after(text: str, j: int) -> bool:
    return j >= len(text) or text[j] in _PUNCT or text[j].isascii()


# Tuned on peoples-daily-ner/dev (see bench/ner_bench.py); module constants, never mutated.
_THRESHOLD = 3.0
_W_SURNAME = 1.0
_W_WORD_INSIDE = 0.5
_W_WORD_TAIL = 0.3
_W_WORD_WHOLE = 0.8
_ONE_CHAR_BONUS = 0.0
_W_WORD_NAMEISH = 0.3
_W_WORD_NAMEISH2 = 0.45  # for two-character words jieba tags nr (李鹏, but also 贺词, 荣光, 养羊)
_AFTER_CHARS = frozenset(w for w in _AFTER if len(w) == 1)
_HOPELESS = -50.0  # what _score returns for a candidate that cannot reach the threshold
# last characters of places, buildings and artefacts that given names rarely end in (16 of ~3,800
# gold names in MSRA and People's Daily test+dev do: 袁茂堂, 苏东坡)
_SITE_END = frozenset("沟坪堡渠庙祠寺塔洞峡滩寨屯坡垭坝馆楼阁巷路剑鼎墓碑窑坊堂")
_W_SITE_END = 2.5


def _score(text: str, i: int, s: int, j: int, ref: _Ref, surname_prior: float) -> float:
    """Score of text[i:j] as surname text[i:s] + given name text[s:j]; > _THRESHOLD means a name."""
    # 郑州, 卢森堡, 甘棠镇: a place suffix right after (checked first: it is the cheapest veto).
    if j < len(text) and text[j] in _PLACE_SUFFIX:
        return -99.0
    given_name = text[s:j]
    if not NEVER_GIVEN.isdisjoint(given_name):
        return -99.0  # 同你, 和您: a pronoun is never part of a given name
    given = ref.given
    score = _W_SURNAME * surname_prior - 2.0 + sum(given.get(ch, -4.0) for ch in given_name)
    if j - s == 1:
        score += _ONE_CHAR_BONUS  # a one-character given name has one score term, not two
    cand = text[i:j]
    known = cand in ref.names
    # Everything below only lowers the score, but for the name bonus and the context: when even
    # the best of those cannot lift it near the threshold, stop here (most surname characters in
    # running text end here, which keeps the finder fast enough for the build).
    ceiling = score + (3.0 if known else 0.0) + 5.0  # as if a role word stood before it
    if ceiling + _LIST_BONUS <= _THRESHOLD:
        return _HOPELESS
    if ref.role_re.search(text, max(0, i - 6), i) is None:
        ceiling -= 1.5  # no role word: the context adds 3.5 at most
    if ceiling + _LIST_BONUS <= _THRESHOLD or (ceiling <= _THRESHOLD and not _in_list(text, i, j)):
        return _HOPELESS
    # 一池春水, 雷厉风行: a candidate inside a four-character set phrase is part of it
    if any(text[a:a + 4] in ref.idioms for a in range(max(0, j - 4), i + 1)):
        return -99.0
    # A known proper name (郑州, 卢森堡) starting at the candidate.
    for b in range(j, min(j + 2, len(text)) + 1):
        if text[i:b] in ref.places:
            return -99.0
    if j - s == 2 and text[j - 1] in _SITE_END:
        # 王家坪, 伏羲庙, 纪念堂, 勾践剑: a site or an artefact, unless a title vouches; jieba's
        # dictionary tags some of these nr, so its word list does not count as a name here
        score -= _W_SITE_END
        known = False
    if known:
        score += 3.0
    elif cand in ref.words:
        # 国歌, 文学, 高质量 are words, but jieba also lists 李鹏 (nr) and 周恩来 (tagged t):
        # the given-name statistics and the context decide, against a frequency penalty.
        weight = (_W_WORD_NAMEISH if j - i > 2 else _W_WORD_NAMEISH2) if (cand in ref.names2 or j - i > 2) \
            else _W_WORD_WHOLE
        score -= weight * ref.words[cand]
    # An ordinary word inside the candidate (周边, 林业) or across its end (王明天 -> 明天).
    else:
        for a in range(i, j - 1):
            for b in range(a + 2, min(j, a + 4) + 1):
                w = text[a:b]
                if w in ref.words and w != cand:
                    score -= _W_WORD_INSIDE * ref.words[w]
    if j < len(text):
        tail = text[j - 1:j + 1]
        if tail in ref.words and tail not in ref.names:
            score -= _W_WORD_TAIL * ref.words[tail]
        # a longer word or idiom that starts with the candidate (雷厉风行, 任人唯贤, 红领巾)
        longer = 0.0
        for b in range(j + 1, min(i + 4, len(text)) + 1):
            w = text[i:b]
            if w in ref.words and w not in ref.names:
                longer = max(longer, ref.words[w])
        score -= _W_WORD_TAIL * longer
    return score + _context(text, i, j, ref)


def _role_before(text: str, i: int, ref: _Ref) -> bool:
    """A role or title word ends at i (书记, 记者 …); a one-character one (向, 对) must not be
    the end of a longer word (靶向施策, 针对)."""
    m = ref.role_re.search(text, max(0, i - 6), i)
    if m is None:
        return False
    return m.end() - m.start() > 1 or text[max(0, i - 2):i] not in ref.words


def _word_across_start(text: str, i: int, j: int, ref: _Ref) -> float:
    """Log frequency of the commonest word that starts before i and ends inside the candidate:
    文明|乡风 makes 明乡风 no name, 俄罗斯 makes 罗斯 none."""
    best = 0.0
    for a in range(max(0, i - 3), i):
        for b in range(i + 1, min(j, a + 4) + 1):
            best = max(best, ref.words.get(text[a:b], 0.0))
    return best


def _in_list(text: str, i: int, j: int) -> bool:
    """The candidate stands next to an enumeration mark or conjunction (、 和 与 及 同)."""
    return (i > 0 and text[i - 1] in _LIST_MARKS) or (j < len(text) and text[j] in _LIST_MARKS_AFTER)


_LIST_MARKS = "、和与及同"
_LIST_MARKS_AFTER = LIST_JOINERS  # not 同: 龚正陪同, 黄敬同
_LIST_BONUS = 1.5  # what an enumeration adds when a neighbouring item is itself a name


def _context(text: str, i: int, j: int, ref: _Ref) -> float:
    score = 0.0
    across = _word_across_start(text, i, j, ref) if i > 0 else 0.0
    if _role_before(text, i, ref):
        score += 3.0
    elif across:
        score -= _W_WORD_TAIL * across
    elif _boundary_before(text, i) or (text[i - 1] in _LIST_MARKS and text[max(0, i - 2):i] not in ref.words):
        # an enumeration mark counts as punctuation here; person_names adds _LIST_BONUS when a
        # neighbouring item is a name too (李希、蔡奇 yes; 学纪、知纪、明纪 and 康养、托育 no)
        score += 1.5
    elif text[i - 1] in ref.translit:
        score -= 1.0  # 克[林顿], 俄[罗斯]: likely the middle of a transliteration
    if ref.after_re.match(text, j):
        score += 2.0
    elif _boundary_after(text, j) or (j < len(text) and text[j] in _LIST_MARKS_AFTER):
        score += 1.5
    return score


def _honorific_at(text: str, pos: int, ref: _Ref) -> bool:
    return ref.honorific_re.match(text, pos) is not None


def person_names(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of full personal names, sorted and non-overlapping."""
    ref = _ref()
    scored: list[tuple[float, int, int]] = []
    listed: list[tuple[float, int, int]] = []  # near misses beside an enumeration mark
    n = len(text)
    for m in ref.surname_re.finditer(text):
        i, s = m.start(), m.end()
        sur = m.group()
        prior = ref.compound[sur] if len(sur) == 2 else ref.single[sur]
        if sur in "小老" and s < n and text[s] in ref.single:
            continue  # 小吴, 老王: the familiar form of a surname, not 小/老 as a surname
        # 刘先生, 赵大伯, 孙书记, 老王, 小吴: a reference, not a full name.
        if _honorific_at(text, s, ref) or (
                i > 0 and text[i - 1] in "小老" and (s >= n or not _is_han(text[s]) or ref.after_re.match(text, s))):
            continue
        best: tuple[float, int, int] | None = None
        for j in (s + 2, s + 1):
            if j > n or not ("\u4e00" <= text[j - 1] <= "\u9fff" and "\u4e00" <= text[s] <= "\u9fff"):
                continue
            sc = _score(text, i, s, j, ref, prior)
            if best is None or sc > best[0]:
                best = (sc, i, j)
        if best and best[0] > _THRESHOLD:
            scored.append(best)
        elif best and best[0] > _THRESHOLD - _LIST_BONUS and _in_list(text, best[1], best[2]):
            listed.append(best)
    for m in ref.translit_re.finditer(text):
        i, j = m.span()
        # Place names and words share the alphabet (慕尼黑, 雷阵雨): demand a person's context.
        if text[i:j] in ref.words or any(text[a:a + 2] in ref.words for a in range(i, j - 1)):
            continue
        sc = _context(text, i, j, ref) - 3.0
        if sc > _THRESHOLD:
            scored.append((sc, i, j))
    scored = [c for c in scored if not _listed_among_words(text, c, ref)]
    scored.extend(_supported_by_list(text, scored, listed))
    return _non_overlapping([_whole_transliteration(text, c, ref) for c in scored])


def _whole_transliteration(text: str, cand: tuple[float, int, int], ref: _Ref) -> tuple[float, int, int]:
    """梅德韦|杰夫, 卢卡申|科, 帕什尼|扬: a surname-rule candidate that reads as a transliteration and
    runs on in transliteration characters is the whole foreign name, up to where a name may end."""
    score, i, j = cand
    if j >= len(text) or text[j] not in ref.translit or sum(c in ref.translit for c in text[i:j]) < 2:
        return cand
    if i > 0 and text[i - 1] in ref.translit and text[max(0, i - 2):i] not in ref.words:
        return cand  # 乌兹|别克斯坦: the candidate starts inside a longer word (总理|帕什尼扬 does not)
    k = j
    while k < len(text) and text[k] in ref.translit and k - i < 7:
        k += 1
    if k - i < 4 or text[j:k] in _AFTER_CHARS:
        return cand  # 李希|于9月: a Chinese name has at most three characters, and 于 follows names
    if any(text[a:a + 2] in ref.words for a in range(j - 1, k - 1)):
        return cand  # 克林顿总统 is fine, but 马克思主义 ends in a word: leave it as it was found
    if (_boundary_after(text, k) or ref.after_re.match(text, k)) and not text[i:k].endswith("斯坦"):
        return score, i, k
    return cand


def _list_item(text: str, pos: int, step: int) -> str:
    """The enumeration item that starts (step 1) or ends (step -1) at pos, up to the next mark."""
    k = pos
    while 0 <= k < len(text) and text[k] not in _PUNCT and abs(k - pos) < 6:
        k += step
    return text[pos:k] if step > 0 else text[k + 1:pos + 1]


def _listed_among_words(text: str, cand: tuple[float, int, int], ref: _Ref) -> bool:
    """A weak candidate in an enumeration that holds an ordinary word (文化、休闲、康养、托育):
    the list is of things, not people."""
    score, i, j = cand
    if score > _THRESHOLD + _LIST_BONUS:
        return False
    items = []
    k = i - 1
    while k > 0 and text[k] == "、" and len(items) < 8:
        items.append(_list_item(text, k - 1, -1))
        k -= len(items[-1]) + 1
    k = j
    while k + 1 < len(text) and text[k] == "、" and len(items) < 16:
        items.append(_list_item(text, k + 1, 1))
        k += len(items[-1]) + 1
    return any(w in ref.words and w not in ref.names2 for w in items)


def _supported_by_list(text: str, scored: list[tuple[float, int, int]],
                       listed: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """Near misses that an enumeration neighbour vouches for: in 李希、蔡奇 each item is a name
    because the next one is; grown item by item along the list."""
    starts = {i for _, i, _ in scored}
    ends = {j for _, _, j in scored}
    found: list[tuple[float, int, int]] = []
    grew = True
    while grew and listed:
        grew = False
        for cand in list(listed):
            _, i, j = cand
            after_name = i > 0 and text[i - 1] in _LIST_MARKS and i - 1 in ends
            before_name = j < len(text) and text[j] in _LIST_MARKS_AFTER and j + 1 in starts
            if after_name or before_name:
                listed.remove(cand)
                found.append((cand[0] + _LIST_BONUS, i, j))
                starts.add(i)
                ends.add(j)
                grew = True
    return found


def _non_overlapping(scored: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Keep the best-scoring spans that do not overlap; ties go to the earlier, longer span."""
    taken: list[tuple[int, int]] = []
    for _, i, j in sorted(scored, key=lambda t: (-t[0], t[1], -(t[2] - t[1]))):
        if all(j <= a or i >= b for a, b in taken):
            taken.append((i, j))
    return sorted(taken)


def name_references(text: str) -> list[tuple[int, int, str]]:
    """Spans of honorific, kinship and title references (刘先生, 小吴, 孙书记) with their surname.

    They are the surnames that `surname_re` finds scanning the text (its matches do not overlap)
    with an honorific after them or 小/老 before them; rather than walk every surname of the text
    in Python, the few positions where such a reference may begin are found by three patterns
    of one character each (`_reference_starts`), and each is checked to be where the scan finds
    a surname."""
    ref = _ref()
    out: list[tuple[int, int, str]] = []
    for i in _reference_starts(text, ref):
        surname = _scanned_surname(text, i, ref)
        if not surname:
            continue
        s = i + len(surname)
        h = ref.honorific_re.match(text, s)
        if h and h.group() not in ("某", "氏", "老", "总", "董") or (h and h.group() in ("老", "总", "董") and _boundary_after(text, h.end())):
            out.append((i, h.end(), surname))
        elif i > 0 and text[i - 1] in "小老" and (s >= len(text) or not _is_han(text[s]) or ref.after_re.match(text, s)):
            out.append((i - 1, s, surname))
    spans = _non_overlapping([(float(j - i), i, j) for i, j, _ in out])
    keep = set(spans)
    return [r for r in out if (r[0], r[1]) in keep]


def _reference_starts(text: str, ref: _Ref) -> list[int]:
    """Every position where `surname_re`'s scan may find a surname with an honorific after it or
    小/老 before it, in order (more, never fewer: `_scanned_surname` and the honorific decide)."""
    starts = {m.start() for m in ref.before_honorific_re.finditer(text)}
    starts.update(m.start() for m in ref.compound_first_re.finditer(text))
    starts.update(m.end() for m in ref.little_old_re.finditer(text))
    return sorted(starts)


def _scanned_surname(text: str, i: int, ref: _Ref) -> str:
    """The match of `ref.surname_re.finditer(text)` that starts at i, or "" when it finds none there:
    a single surname, else a compound one; and a compound match takes the character after its first,
    so i is skipped when an odd number of compound surnames start in a row just before it
    (the first of that row is always scanned, so they alternate: scanned, skipped, scanned …)."""
    if text[i] in ref.single:
        surname = text[i]
    elif text[i:i + 2] in ref.compound_only:
        surname = text[i:i + 2]
    else:
        return ""
    row, q = 0, i - 1
    while q >= 0 and text[q:q + 2] in ref.compound_only:
        row += 1
        q -= 1
    return surname if row % 2 == 0 else ""


def transliteration_characters() -> frozenset[str]:
    """Characters used to spell foreign names (迪, 亚, 斯 …), from the surname data file."""
    return _ref().translit


def is_transliterated(chars: str) -> bool:
    """Whether every character of `chars` is one used to spell foreign names (普京, 卡塔尔)."""
    translit = transliteration_characters()
    return all(c in translit for c in chars)
