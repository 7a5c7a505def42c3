"""Stage `clean`: simplified, de-noised text with an exact map back to the original.

    ct = clean(doc)
    ct.text                  # simplified Chinese, page furniture and noise removed
    ct.offsets[i]            # index in doc.text of ct.text[i] (len(ct.text) + 1 entries)
    ct.sentences             # Sentence(index, start, end) over ct.text

Every step is either a one-for-one character mapping (traditional -> simplified, width and
space folding, straight quotes to curly ones, an indentation inside a line to a line break),
which leaves the offset map alone, or a deletion of spans, which slices it.
Nothing is ever inserted or reordered, so the map stays exact and non-decreasing by
construction; slicing an array keeps the whole thing free of per-character Python loops.

Sentences cover every non-blank character of the text exactly once; the line breaks and
spaces between sentences belong to none (so a sentence's text never starts or ends with
whitespace).
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from functools import lru_cache
from typing import Iterable

from .titles import reads_like_title
from .records import CleanText, Document, Sentence

Spans = list[tuple[int, int]]

# CJK unified ideographs (basic block and extension A) and compatibility ideographs.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")

MAX_SENTENCE = 300  # a run without sentence punctuation is cut about this often
HEADING_MAX = 25  # a line this short with no punctuation is a heading, not a broken sentence
FURNITURE_MAX = 40  # page furniture lines are short; running text is never dropped


# ---------------------------------------------------------------------------------- offsets

def _delete(text: str, offsets: array, spans: Iterable[tuple[int, int]]) -> tuple[str, array]:
    """Remove sorted spans from text and the matching entries from the offset map.

    offsets has len(text) + 1 entries; the final (end) entry is always kept.
    """
    parts: list[str] = []
    kept = array("q")
    pos = 0
    for start, end in spans:
        if start > pos:
            parts.append(text[pos:start])
            kept.extend(offsets[pos:start])
        pos = max(pos, end)
    if pos == 0:
        return text, offsets
    parts.append(text[pos:])
    kept.extend(offsets[pos:])
    return "".join(parts), kept


def _matches(pattern: re.Pattern[str], text: str) -> Spans:
    return [m.span() for m in pattern.finditer(text)]


# ---------------------------------------------------------------------------------- step 1: t2s

@lru_cache(maxsize=1)
def _converter():
    import opencc  # C++ converter; loaded once, on first use

    return opencc.OpenCC("t2s")


def _convert(text: str) -> str | None:
    try:
        return _converter().convert(text)
    except Exception:  # lone surrogates cannot be encoded for the C++ side
        return None


def _simplify_line(line: str) -> str:
    """t2s for one line, phrase-aware when that keeps the length, char by char otherwise."""
    if line.isascii():
        return line
    converted = _convert(line)
    if converted is not None and len(converted) == len(line):
        return converted
    # a phrase rule changed the length (or conversion failed): map each character alone so
    # that offsets stay one-for-one; a character whose conversion is not one character stays
    out = []
    for ch in line:
        single = _convert(ch) if not ch.isascii() else ch
        out.append(single if single is not None and len(single) == 1 else ch)
    return "".join(out)


def to_simplified(text: str) -> str:
    """Traditional -> simplified with OpenCC t2s, same length as the input.

    Applied until nothing changes (at most a few rounds) so that cleaning is idempotent even
    where a phrase rule fires only after a first conversion.  In a text written in simplified
    characters (one character changes, or fewer than one in a hundred) a character of the simplified
    standard (GB 2312) stays as written: t2s maps 乾 to 干, 覆 to 复 and 坏 to 坯 whatever the
    text, and a simplified report writes 王丙乾, 覆盖, 坏 as they are (xwlb-news: 29 items).
    """
    original = text
    for _ in range(4):
        converted = "\n".join(_simplify_line(line) for line in text.split("\n"))
        if converted == text:
            break
        text = converted
    if text == original:
        return text
    changed = [i for i, (a, b) in enumerate(zip(original, text)) if a != b]
    if len(changed) >= 2 and len(changed) * 100 >= _cjk_count(original):
        return text
    kept = list(text)
    for i in changed:
        if _in_the_simplified_standard(original[i]):
            kept[i] = original[i]
    return "".join(kept)


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _cjk_count(text: str) -> int:
    return len(_CJK_CHAR.findall(text))


@lru_cache(maxsize=4096)
def _in_the_simplified_standard(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------------------------- step 6: width, spaces

# full-width digits and Latin letters → ASCII (１９９７ → 1997, ＳＯＳ → SOS): the extraction stage reads a name the file writes
# wide back from the narrowed one with the same table (graph/extract/document.py: _written_wide)
NARROWED_FIGURES = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}


def _width_table() -> dict[int, str]:
    table: dict[int, str] = {code: chr(ascii_code) for code, ascii_code in NARROWED_FIGURES.items()}
    for code in (0x3000, 0x00A0, 0x1680, 0x202F, 0x205F, 0x0009, 0x000B, 0x000C, *range(0x2000, 0x200B)):
        table[code] = " "
    for code in (0x000D, 0x0085, 0x2028, 0x2029):
        table[code] = "\n"  # a lone CR or Unicode line separator is a line break
    return table


_WIDTH = _width_table()
# Invisible or meaningless characters: controls, zero-width marks, BOMs, lone surrogates,
# and the CR of a CRLF pair (the LF stays as the one line break).
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\ud800-\udfff]+|\r(?=\n)")
_EDGE_SPACES = re.compile(r"^ +| +$| (?= )", re.MULTILINE)


def fold_width(text: str) -> str:
    """Full-width letters/digits and every kind of space to ASCII; same length."""
    return text.translate(_WIDTH)


# a paragraph's indentation (two ideographic or no-break spaces) right after a sentence, inside a line:
# a page whose line breaks were lost kept where its paragraphs begin
_INDENT_AFTER_SENTENCE = re.compile("(?<=[。！？!?”」』])[\u3000\u00a0](?=[\u3000\u00a0]+[^\\s\u3000\u00a0])")


def indented_paragraph_breaks(text: str) -> str:
    """The first space of such an indentation as a line break (same length; the rest of the
    indentation goes with the other leading spaces)."""
    return _INDENT_AFTER_SENTENCE.sub("\n", text)


# a pair of straight double quotes on one line
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]+)"')


def curl_quotes(text: str) -> str:
    """Straight double quotes around Chinese text as the curly ones Chinese print uses: "千万工程" →
    “千万工程”; same length.  Pages copied through ASCII punctuation write quotes straight, and a
    quoted name (a programme, a body's brand) is read by its curly quotes; a pair around text with
    no Chinese in it, or next to none ("OK", x="1"), stays as written.  Pairs are taken left to
    right on each line, so an unpaired quote is never guessed at."""
    if '"' not in text:
        return text

    def curl(m: re.Match[str]) -> str:
        inner = m.group(1)
        around = text[max(m.start() - 1, 0):m.start()] + text[m.end():m.end() + 1]
        if _CJK_RE.search(inner) or _CJK_RE.search(around):
            return f"“{inner}”"
        return m.group(0)

    while True:  # again until nothing changes: ""千万工程"" has a pair inside a pair
        curled = _STRAIGHT_QUOTES.sub(curl, text)
        if curled == text:
            return text
        text = curled


# a byline: a line that opens with a byline mark or a reporter's title (□本报记者 张 洋, ■张 燕, 记者 杨 雪)
_BYLINE_LINE = re.compile(r"^ *(?:[■□◎●] *|[^\n，。；]{0,12}?(?:记者|通讯员|作者) *[:：]? *)(?=[^\n]{1,40}$)", re.M)
# print pages space a two-character name out to the width of a three-character one: 张 洋
_SPACED_NAME = re.compile(f"(?<![{_CJK}])[{_CJK}]( )[{_CJK}](?![{_CJK}])")


def spaced_name_spans(text: str) -> Spans:
    """The space inside each two-character name of a byline written spaced out (记者 杨 帆 → 记者 杨帆)."""
    spans = []
    for line in _BYLINE_LINE.finditer(text):
        end = text.find("\n", line.end())
        for m in _SPACED_NAME.finditer(text, line.end(), len(text) if end < 0 else end):
            spans.append((m.start(1), m.end(1)))
    return spans


def invisible_spans(text: str) -> Spans:
    return _matches(_INVISIBLE, text)


def space_spans(text: str) -> Spans:
    """Indentation, trailing spaces and the extra spaces of a run (after fold_width)."""
    return _matches(_EDGE_SPACES, text)


# ---------------------------------------------------------------------------------- step 2: pinyin

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ"
_PINYIN_LETTERS = f"a-zA-Z{_TONED}ɑɡ"
# A parenthesised syllable (or a few) right after a hanzi, with at least one tone mark or ü:
# 黨(dǎng).  Real parentheses hold hanzi or plain words: 村(社区), 党(工)委, (作者为…) stay.
_PINYIN = re.compile(
    f"(?<=[{_CJK}])(?:[(（] ?[{_PINYIN_LETTERS}]*[{_TONED}][{_PINYIN_LETTERS}' ]* ?[)）])+"
)


def pinyin_spans(text: str) -> Spans:
    return _matches(_PINYIN, text)


# ---------------------------------------------------------------------------------- steps 3-4: lines

_WIDGETS = (
    r"手机版|手机浏览|欢迎使用手机浏览|打印|纠错|关闭|(?:微信)?扫一扫|扫码|二维码|收听本文|"
    r"返回首页|返回顶部|返回|>>\s*正文|正文|相关阅读|相关新闻|相关文章|相关链接|分享到[:：]?|分享|"
    # the type size (字号：大 中 小, 【大】【中】【小】), whose one-character words stand apart: not the 小 of 席小平
    r"字号[:：]?\s*[大中小](?:\s*[大中小]){0,2}|字号|(?<![\u4e00-\u9fff])[大中小](?![\u4e00-\u9fff])|"
    r"(?<![\u4e00-\u9fff])大中小(?![\u4e00-\u9fff])|上一篇|下一篇|网站地图|设为首页|加入收藏|收藏|点赞|评论|我要评论|举报|"
    r"全文阅读|阅读全文|查看原文|频道|首页|电脑版|客户端|打开当前页|关注我们|视频加载中|下载"
)
_WIDGET_RE = re.compile(f"(?:{_WIDGETS})")
# What may sit between widgets: separators, arrows, brackets, times (00:00/00:00), counters.
_WIDGET_FILLER = re.compile(r"[\s\d:：/|｜\-—>»<«·•×【】\[\]()（）]+")
_META_LINE = re.compile(r"^[\[【(（]?\s*(?:责任编辑|责编|编辑|校对|审校|审核|来源|稿件来源|文章来源|信息来源|关键词|关键字|标签"
                        # a page's own facts: when, how often read, what comes next (not where in the site
                        # it stands: a breadcrumb may name the province a report is from, 首页>>各地>>吉林)
                        r"|发布日期|发布时间|更新时间|浏览次数|浏览量|阅读量|阅读数|点击数|点击量|访问量"
                        r"|上一篇|下一篇|附件|相关附件)\s*[:：]")
# a site's footer anywhere on a short line: who runs the site, its registration, its maker
_FOOTER = re.compile(r"版权所有|Copyright|All Rights Reserved|ICP备|ICP证|公网安备|网站标识码|技术支持[:：]|主办单位[:：]|承办单位[:：]",
                     re.IGNORECASE)
_TIMESTAMP = re.compile(
    r"^(?:发布时间|时间|日期)?[:：]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
_SENTENCE_PUNCT = re.compile(r"[，,。；;！!？?]")
_ANY_PUNCT = re.compile(r"[，,、。；;：:！!？?“”‘’\"《》（）()…—]")
_NOISE_ONLY = re.compile(r"[\d\s:：/|｜\-×·•]+")
_LIST_SEPARATORS = re.compile(r"[|｜、]")
_LIST_ITEM_MAX = 12


def is_furniture(line: str) -> bool:
    """A short line of navigation, share widgets, source/editor credits or timestamps."""
    line = line.strip()
    if not line or len(line) > FURNITURE_MAX * 2:
        return False
    if _META_LINE.match(line) or _FOOTER.search(line):
        return True  # 来源：…, [责任编辑:…], 版权所有…: the line is metadata whatever follows
    if len(line) > FURNITURE_MAX:
        return False
    stamp = _TIMESTAMP.match(line)
    if stamp:
        rest = line[stamp.end():]
        if not _SENTENCE_PUNCT.search(rest) and (not rest.strip() or _META_LINE.match(rest.strip()) or len(rest.strip()) <= 12):
            return True
    if _NOISE_ONLY.fullmatch(line) and not re.search(r"\d{5,}", line):
        return True  # counters and players: "1 1 1", "00:00/00:00"
    widgets = _WIDGET_RE.findall(line)
    if not widgets or _SENTENCE_PUNCT.search(line):
        return False
    residue = _WIDGET_FILLER.sub("", _WIDGET_RE.sub("", line))
    # a site or channel name may stand beside the widgets ("贵州频道 返回首页"), but little else,
    # and the widgets must be most of what is there ("打印" inside a headline is not enough)
    widget_chars = sum(len(w) for w in widgets)
    return len(residue) <= 8 and widget_chars * 2 >= len(residue) and (len(widgets) >= 2 or len(residue) <= 4)


def is_name_list(line: str) -> bool:
    """An appended list of short items (新津县| 武汉市| 株洲市| …) with little else on the line."""
    line = line.strip()
    if not _LIST_SEPARATORS.search(line):
        return False
    items = [item.strip() for item in _LIST_SEPARATORS.split(line)]
    items = [item for item in items if item]
    # bars divide a site's menu (首页 | 党建动态 | 基层党建); running text never uses them, but it
    # enumerates with 、, so a list of those must be longer
    if len(items) < (3 if "、" not in line else 5):
        return False
    return all(len(item) <= _LIST_ITEM_MAX and not _ANY_PUNCT.search(item) for item in items)


def _line_spans(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, line) for each line; end excludes the line break."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        yield start, end, line
        start = end + 1


# a block of other articles' headlines under the page's 相关新闻 (or 推荐阅读, 延伸阅读…)
_RELATED_HEAD = re.compile(r"^[ 【\[]*(?:相关(?:新闻|阅读|文章|报道|链接|推荐)|推荐阅读|延伸阅读|热点推荐|热门推荐|猜你喜欢|"
                           r"更多(?:新闻|阅读|精彩)|往期(?:回顾|推荐)|精彩推荐)[ 】\]]*[:：]?$")
_LINK_LINE = re.compile(r"^[ ·•●■◆▪▶>»\-—\d.、]*[^。！？!?]{2,60}$")


def noise_line_spans(text: str) -> Spans:
    """Whole lines (with their line break) that are furniture or appended name lists, and the
    headlines of other articles that a 相关新闻 line lists (their names are not this article's)."""
    spans = []
    size = len(text)
    related = False
    for start, end, line in _line_spans(text):
        stripped = line.strip()
        if related and stripped and _LINK_LINE.match(stripped):
            spans.append((start, min(end + 1, size)))
            continue
        related = bool(_RELATED_HEAD.match(stripped)) or (related and not stripped)
        if line and (related or is_furniture(line) or is_name_list(line)):
            spans.append((start, min(end + 1, size)))
    return spans


# ---------------------------------------------------------------------------------- step 5: page breaks

_CREDIT = re.compile(r"^.{0,20}摄(?:影)?$")
# A paragraph that opens with a picture caption (上图：…, 图为…) or a news dateline
# (新华网贵阳8月18日电) starts something new; it never continues the line above.
_FRESH_START = re.compile(r"^(?:[上下左右中]?图\d*[为:：]|图片|.{0,16}\d{1,2}月\d{1,2}日(?:电|讯))")
_HEADING_PUNCT = re.compile(r"[，,、。；;：:！!？?…]")
_FINAL_PUNCT = re.compile(r"[。；;！!？?]")
# Numbered section heads: 一、… （二）… 3. …
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d))")
_BREAK_END = re.compile(f"[{_CJK}，,、“‘《（(]$")
_BREAK_START = re.compile(f"^[{_CJK}]")
_COMMA = re.compile(r"[，,]")


def is_heading(line: str) -> bool:
    """A title, section head or byline, never half a sentence.

    Short and without commas or stops (quotes and book-title marks are fine in a heading:
    “党建+邻里通”助力乡村治理), or a headline with a dash-introduced subtitle and no stop.
    """
    if len(line) <= HEADING_MAX and not _HEADING_PUNCT.search(line):
        return True
    if len(line) > 80 or _FINAL_PUNCT.search(line):
        return False
    return "——" in line or bool(_NUMBERED.match(line))


def _next_text_line(lines: list[str], i: int, max_blank: int) -> tuple[int, int]:
    """(index of the next non-empty line after i, blank lines skipped), or (-1, blanks)."""
    blanks = 0
    j = i + 1
    while j < len(lines) and not lines[j]:
        blanks += 1
        if blanks > max_blank:
            return -1, blanks
        j += 1
    return (j, blanks) if j < len(lines) else (-1, blanks)


def _join_target(lines: list[str], i: int, current: str) -> int | None:
    """Index of the line that continues `current` (ending at line i) across a page break."""
    if not _BREAK_END.search(current) or is_heading(current):
        return None
    j, blanks = _next_text_line(lines, i, 3)
    if j < 0 or blanks == 0:
        return None  # no blank line: an ordinary line break ends the paragraph
    following = lines[j]
    if not _BREAK_START.match(following) or _FRESH_START.match(following):
        return None
    if is_heading(following) and (j + 1 == len(lines) or not lines[j + 1]):
        return None  # the next section's heading, the rest of the sentence was lost
    k, _ = _next_text_line(lines, j, 3)
    if len(following) <= HEADING_MAX and k >= 0 and _CREDIT.match(lines[k]):
        return None  # a photo caption and its credit sit between the halves: leave it be
    return j


# A text laid out in lines of one width (a PDF's text layer, an e-paper or a page copied from print)
# breaks its sentences at the end of every full line.  A layout's width is counted in columns (a
# Chinese character two, an ASCII one one: print) or in characters (a plain-text wrap); a text is
# read in whichever of the two its lines share.
WRAP_MIN_LINES = 3  # full lines that make a text hard-wrapped (none of xwlb-news, dev or the seeds has three)
_WRAP_MIN = 10  # characters; narrower lines are headings and list items, not a layout's width
_WRAP_SLACK = 2  # characters a full line may fall short of the width (a word or a mark carried over)


def _columns(line: str) -> int:
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


# (measure of a line, slack in its unit): characters, then columns
_MEASURES = ((len, _WRAP_SLACK), (_columns, 2 * _WRAP_SLACK))
# how a line that ends a sentence ends: after it a line break is a paragraph's, not a layout's
_SENTENCE_ENDS = "。；;！!？?"
_CLOSING_QUOTES = "”’"


def _ends_sentence(line: str) -> bool:
    """A line that ends a sentence: with its stop, or with a closing quote right after one (……。” ends the
    sentence; 实施了“图书下乡”、“科技信息跟踪服务” ⏎ 和“电影下乡”三项工程 goes on past its quote)."""
    end = line.rstrip(_CLOSING_QUOTES)
    return bool(end) and end[-1] in _SENTENCE_ENDS


def wrap_width(lines: list[str], measure=len, slack: int = _WRAP_SLACK) -> int:
    """The width of a hard-wrapped layout in `measure`'s unit, or 0: the width that most lines
    going on to another line reach (within `slack`), when at least WRAP_MIN_LINES of them do
    and hardly any line is wider (headlines of one length over long paragraphs are no layout)."""
    widths = [measure(line) for line, after in zip(lines, lines[1:]) if len(line) >= _WRAP_MIN and after]
    if len(widths) < WRAP_MIN_LINES:
        return 0
    seen = Counter(widths)
    best, count = max(((w, sum(seen[v] for v in range(w - slack, w + 1))) for w in seen),
                      key=lambda pair: (pair[1], pair[0]))
    wider = sum(1 for line in lines if measure(line) > best + slack)
    return best if count >= WRAP_MIN_LINES and 2 * count > len(widths) and 10 * wider <= count else 0


def _layouts(lines: list[str]) -> list[tuple]:
    """(measure, slack, width) of each layout the lines are wrapped in (none for most texts)."""
    # most texts end nearly every line with a sentence: no layout to look for
    open_lines = sum(1 for line, after in zip(lines, lines[1:])
                     if after and len(line) >= _WRAP_MIN and not _ends_sentence(line))
    if open_lines < WRAP_MIN_LINES:
        return []
    return [(measure, slack, width) for measure, slack in _MEASURES if (width := wrap_width(lines, measure, slack))]


def _full(line: str, layouts: list[tuple]) -> bool:
    return len(line) >= _WRAP_MIN and any(width - slack <= measure(line) <= width for measure, slack, width in layouts)


def wrapped_line_spans(text: str) -> Spans:
    """The line breaks of a hard-wrapped text that fall inside a paragraph: after a full line
    that does not end a sentence, before a line that does not open a new paragraph (indented,
    a list item).  `…中共中\n央组织部…` → `…中共中央组织部…`."""
    return _layout_breaks(text)[0]


def _layout_breaks(text: str) -> tuple[Spans, list[int]]:
    """(wrapped_line_spans, the paragraph ends) of a text, its layout read once.  A paragraph end is where,
    in a hard-wrapped text, a line short of the layout's width ends before a blank line: an item of a list
    of bodies, one a line, which no page break cut, so what page_break_spans finds there is no page break
    (行署科技处 / 宁夏回族自治区农林科学院…: two bodies, not one)."""
    lines = curl_quotes(text).split("\n")  # quotes as the text will have them (clean_text curls them last)
    layouts = _layouts(lines)
    if not layouts:
        return [], []
    spans: Spans = []
    ends: list[int] = []
    pos = 0
    for line, after in zip(lines, lines[1:]):
        pos += len(line)
        full = _full(line, layouts)
        if (full and after and not _ends_sentence(line) and not after[0].isspace()
                and not (_NUMBERED.match(after) and not line.endswith("第"))):  # (…会议第|四、五、六届: an ordinal's)
            spans.append((pos, pos + 1))
        elif not full and line.strip() and not after.strip():
            ends.append(pos)
        pos += 1
    return spans, ends


def _unwrap(text: str, offsets: array, raw: str, breaks: Spans) -> tuple[str, array]:
    """The layout's line breaks out of `text`; where the raw text had white space at one (a list of names
    or bodies separated by spaces, wrapped at a space: 行署科技处 ⏎宁夏回族自治区农林科学院), which the space
    step took off the line's edge, the break becomes a space rather than nothing, so that the items stay
    apart (the offset map keeps the break's place in the raw text)."""
    spaced = [(start, end) for start, end in breaks
              if _SPACE_AT_BREAK.search(raw, max(0, offsets[start] - 2), offsets[start] + 2)]
    if spaced:
        chars = list(text)
        for start, _ in spaced:
            chars[start] = " "
        text = "".join(chars)
        keep = set(spaced)
        breaks = [span for span in breaks if span not in keep]
    return _delete(text, offsets, breaks)


_SPACE_AT_BREAK = re.compile(r"[ \u3000\t]\r?\n|\n[ \u3000\t]")


def page_break_spans(text: str) -> Spans:
    """The blank lines inside a sentence that a page break cut in two.

    `急难愁\\n\\n盼问题` -> `急难愁盼问题`: the first part ends without sentence punctuation
    and is not a heading (short, no punctuation), 1-3 blank lines follow, and the next line
    starts with a hanzi and is neither a heading nor a photo caption.
    """
    lines = curl_quotes(text).split("\n")  # quotes as the text will have them (clean_text curls them last)
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    spans: Spans = []
    current = ""  # the logical line so far, including parts already joined to it
    # the text's title (the reader's rule) without a comma is a line of its own whatever its length: the
    # blank line after it ends it, though it has no stop (…国庆招待会 / 全国政协办公厅、中央统战部…联合举行);
    # a first line with commas is more likely half a sentence (…解决居民急难愁 / 盼问题)
    title = next((k for k, line in enumerate(lines) if line.strip()), -1)
    if title >= 0 and (not reads_like_title(lines[title].strip()) or _COMMA.search(lines[title])):
        title = -1
    i = 0
    while i < len(lines):
        line = lines[i]
        current += line
        j = _join_target(lines, i, current) if line and i != title else None
        if j is None:
            current = ""
            i += 1
            continue
        spans.append((starts[i] + len(line), starts[j]))
        i = j  # line j is appended to `current` on the next round
    return spans


_TRIM = re.compile(r"^\n+|\n+$")


def edge_spans(text: str) -> Spans:
    """Blank lines before the first and after the last line of text."""
    return _matches(_TRIM, text)


# ---------------------------------------------------------------------------------- sentences

# Sentence punctuation, then any closing quotes or brackets that belong to the same sentence.
_SENTENCE_END = re.compile(r"[。！？；!?]+[”’\"'」』）)]*|\n")
_SOFT_BREAK = ("，", ",", "、", " ", "；", "：")


def _cut_long(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Pieces of at most MAX_SENTENCE chars, cut after a comma or space where there is one."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(mark, start + MAX_SENTENCE // 2, limit) for mark in _SOFT_BREAK)
        cut = cut + 1 if cut >= 0 else limit
        yield start, cut
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        yield start, end


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences over `text`: after 。！？；!? (with a closing quote) and at every line break."""
    spans: list[tuple[int, int]] = []
    pos = 0
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
    bounds.append(len(text))
    for bound in bounds:
        start, end = pos, bound
        pos = bound
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.extend(_cut_long(text, start, end))
    return tuple(Sentence(index, start, end) for index, (start, end) in enumerate(spans))


# ---------------------------------------------------------------------------------- compose

def clean_text(raw: str) -> tuple[str, array]:
    """(clean text, offset map) for raw text; the steps run in an order that makes the
    result a fixed point: spaces are normalised before lines are judged, and lines are
    dropped before page breaks are joined, so a second pass sees what the first decided on.
    """
    offsets = array("q", range(len(raw) + 1))
    text = raw
    text, offsets = _delete(text, offsets, invisible_spans(text))
    text = indented_paragraph_breaks(text)
    text = fold_width(text)
    text = to_simplified(text)
    text, offsets = _delete(text, offsets, pinyin_spans(text))
    text, offsets = _delete(text, offsets, space_spans(text))
    text, offsets = _delete(text, offsets, spaced_name_spans(text))
    wrapped, ends = _layout_breaks(text)
    paragraph_ends = {offsets[pos] for pos in ends}  # (as places in the raw text)
    text, offsets = _unwrap(text, offsets, raw, wrapped)
    text, offsets = _delete(text, offsets, noise_line_spans(text))
    # a page break's blank lines go; a paragraph's end that the layout shows keeps one line break (the blank
    # lines after it would read as a page break again in a second pass)
    text, offsets = _delete(text, offsets, [(start + 1, end) if offsets[start] in paragraph_ends else (start, end)
                                            for start, end in page_break_spans(text)])
    text, offsets = _delete(text, offsets, edge_spans(text))
    # last: a pair of quotes is judged on the lines as they end up (a wrapped line's quote finds its
    # partner), and the line steps above judge quotes as curled already (see their `curl_quotes`)
    text = curl_quotes(text)
    return text, offsets


_EDITOR_LINE = re.compile(r"^[ \t\u3000]*[\[【(（]?[ \u3000]*(?:责任编辑|責任編輯|责编|責編)[ \u3000]*[:：][ \u3000]*"
                          r"([^\]】)）\n]{2,40}?)[ \u3000]*[\]】)）]?[ \t\u3000]*$", re.M)


def credit_spans(raw: str) -> tuple[tuple[int, int], ...]:
    """Where editors' names stand in credit lines of the original text."""
    return tuple((m.start(1), m.end(1)) for m in _EDITOR_LINE.finditer(raw))


_SOURCE_LINE = re.compile(r"(?:来源|稿件来源|文章来源|信息来源|稿源|转自|轉自|來源)[ \u3000]*[:：][ \u3000]*"
                          r"([^\n]{2,60}?)(?=[ \u3000]*(?:作者|编辑|責任|责任|记者|发布|时间|\d|\n|$"
                          # the page's tools after it: 【字号：大 中 小】, 浏览次数, 分享到
                          r"|[【\[]|字号|字体|浏览|阅读|点击|分享|打印|关闭))")
_OUTLET_PIECE = re.compile(r"《?([\u4e00-\u9fff]{2,12})》?")


def source_spans(raw: str) -> tuple[tuple[int, int], ...]:
    """Where the outlets of source lines stand in the original text (来源:央广网-《光明日报》 gives two)."""
    spans = []
    for m in _SOURCE_LINE.finditer(raw):
        for piece in _OUTLET_PIECE.finditer(raw, m.start(1), m.end(1)):
            spans.append((piece.start(1), piece.end(1)))
    return tuple(spans)


def clean(doc: Document) -> CleanText:
    """Simplified, de-noised text of a document, its offset map and its sentences."""
    text, offsets = clean_text(doc.text)
    return CleanText(document=doc, text=text, offsets=tuple(offsets), sentences=split_sentences(text),
                     credits=credit_spans(doc.text), sources=source_spans(doc.text))
