"""Word boundaries near a candidate name, from jieba on a small window only.

Segmenting whole documents with jieba would cost most of the time budget; the rules only need to
know where the word before a suffix such as 村 or 党支部 begins, so they segment a few characters.
"""
from __future__ import annotations

import functools
import itertools
import logging
import math
import re
from collections.abc import Iterator

from ..datacache import derived_table, jieba_prefix_dict, jieba_tokenizer, package_file


@functools.cache
def _tokenizer():
    """A jieba.Tokenizer cutting as the rules do (the tests compare them); the rules themselves need only its
    dictionary (`_dictionary`), and so not jieba itself: importing it is 0.15 s (pkg_resources) that a rebuild,
    which extracts in a worker, spent again in the parent for its resolution's few windows."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    # cuts exactly as an initialised jieba.Tokenizer, its dictionary read lazily (graph/datacache.py)
    return jieba_tokenizer()


@functools.cache
def _dictionary() -> tuple[dict[str, int], float]:
    """jieba's prefix dictionary (word and word-prefix -> frequency, read lazily) and the log of its total."""
    freq, meta = jieba_prefix_dict()
    return freq, math.log(meta["total"])


# jieba's re_han_default and re_skip_default (jieba/__init__.py), as the tests check: how it splits a text
# into blocks cut with the dictionary and the runs between them
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = re.compile("(\r\n|\\s)", re.U)


@functools.lru_cache(maxsize=65536)
def _cut(window: str) -> tuple[str, ...]:
    """jieba's HMM-free cut of a window: the words of `_tokenizer().cut(window, HMM=False)`."""
    return tuple(word for block, dictionary in _blocks(window) for word in _block_words(block, dictionary))


@functools.lru_cache(maxsize=65536)
def _blocks(window: str) -> tuple[tuple[str, bool], ...]:
    """The window as jieba splits it before cutting: runs of Chinese characters, letters and digits
    (True: cut with the dictionary) and the runs between them."""
    return tuple((block, bool(_HAN.match(block))) for block in _HAN.split(window) if block)


def _block_words(block: str, dictionary: bool) -> tuple[str, ...]:
    if dictionary:
        return _cut_block(block)
    # as jieba: runs of white space whole, any other character alone
    return tuple(word for piece in _SKIP.split(block) for word in ((piece,) if _SKIP.match(piece) else piece))


@functools.lru_cache(maxsize=65536)
def _cut_block(block: str) -> tuple[str, ...]:
    """jieba's __cut_DAG_NO_HMM on one block of Chinese characters, letters and digits, step for
    step but in one loop (jieba builds the DAG, then a generator per position; a third of the
    time of a short window): the best route through the dictionary's words, right to left, then
    single ASCII letters and digits glued into one word."""
    freq, log_total = _dictionary()  # a prefix dictionary: every prefix of a word is a key, 0 when no word
    n = len(block)
    score = [0.0] * (n + 1)  # jieba's route[n] = (0, 0): adding 0 or 0.0 gives the same float
    end = [0] * (n + 1)
    log = math.log
    # (freq.get is looked up each time: a lazy table turns into a plain dict while it is asked)
    for idx in range(n - 1, -1, -1):
        # jieba's max over (score, last index) of the words starting here, in the same order and
        # arithmetic: the later of equal scores wins, a tie goes to the longer word
        best, last = 0.0, -1
        i, frag = idx, block[idx]
        while i < n:
            count = freq.get(frag)  # None: no word goes on so (jieba's `frag in FREQ` fails)
            if count is None:
                break
            if count:
                candidate = log(count) - log_total + score[i + 1]
                if last < 0 or candidate >= best:
                    best, last = candidate, i
            i += 1
            frag = block[idx:i + 1]
        if last < 0:  # no word starts here: the character alone
            best, last = log(freq.get(block[idx]) or 1) - log_total + score[idx + 1], idx
        score[idx], end[idx] = best, last
    words, x, glued = [], 0, ""
    while x < n:
        y = end[x] + 1
        word = block[x:y]
        if y - x == 1 and _ASCII_ALNUM.match(word):
            glued += word
        else:
            if glued:
                words.append(glued)
                glued = ""
            words.append(word)
        x = y
    if glued:
        words.append(glued)
    return tuple(words)


_ASCII_ALNUM = re.compile("[a-zA-Z0-9]")  # jieba's re_eng


def tokens_before(text: str, pos: int, width: int) -> tuple[str, ...]:
    """jieba words of text[pos - width:pos]; the first may be a fragment and is dropped when cut."""
    start = max(0, pos - width)
    words = _cut(text[start:pos])
    if start > 0 and len(words) > 1:
        words = words[1:]
    return words


def words_before(text: str, pos: int, width: int) -> Iterator[str]:
    """The words of tokens_before(text, pos, width), last first; each block of the window is cut only
    when the reader gets to it (a name's left edge mostly stops at a comma or a verb: the blocks
    before it need no cutting)."""
    start = max(0, pos - width)
    blocks = _blocks(text[start:pos])
    later = 0  # words given after the window's first block
    for k in range(len(blocks) - 1, -1, -1):
        words = _block_words(*blocks[k])
        if k == 0 and start > 0 and later + len(words) > 1:
            words = words[1:]  # the window's first word may be a fragment: as tokens_before
        yield from reversed(words)
        later += len(words)


def tokens_after(text: str, pos: int, width: int) -> tuple[str, ...]:
    words = _cut(text[pos:pos + width])
    if pos + width < len(text) and len(words) > 1:
        words = words[:-1]
    return words


def jieba_dictionary() -> Iterator[tuple[str, str]]:
    """(word, part-of-speech tag) for each entry of jieba's own dictionary, in its order."""
    with open(package_file("jieba", "dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                yield parts[0], parts[2]


# kept on disk and read lazily: parsing dict.txt was most of a cold start (graph/datacache.py)
@derived_table(lambda: package_file("jieba", "dict.txt"), lazy=True)
def _word_tags() -> dict[str, str]:
    """jieba's own dictionary: word → part-of-speech tag (v, n, ns, nr, p, …)."""
    return dict(jieba_dictionary())


# tags of words that never sit inside a proper name: verbs, adverbs, prepositions, conjunctions,
# particles, pronouns, numerals, measure words, locatives, time words, adjectives used adverbially
_BOUNDARY_TAGS = frozenset("v vd vi vq vn a ad an d p c u uj ul uz ug uv ud r m q f t y e o zg mq l i".split())


# inside an organisation's name verbal nouns and adjectives are common (服务中心, 特殊钢): fewer stops
_ORG_BOUNDARY_TAGS = _BOUNDARY_TAGS - {"vn", "a", "an", "l", "i"}


# village names are often numeral words (六户, 三枝树, 五一): the village table vouches for them instead
_PLACE_BOUNDARY_TAGS = _BOUNDARY_TAGS - {"m", "mq"}


def is_boundary_word(word: str, *, in_org: bool = False, in_place: bool = False) -> bool:
    """True when `word` cannot be part of a name (a verb such as 实现, an adverb, a pronoun …)."""
    if len(word) < 2:
        # HMM-free segmentation leaves unknown names as single characters (拓/远): only whole
        # dictionary words are trusted as boundaries
        return False
    tag = _word_tags().get(word)
    tags = _ORG_BOUNDARY_TAGS if in_org else _PLACE_BOUNDARY_TAGS if in_place else _BOUNDARY_TAGS
    return tag is not None and tag in tags


def word_tag(word: str) -> str:
    return _word_tags().get(word, "")


def word_frequency(word: str) -> int:
    """How often jieba's dictionary saw the word (0 when it is not a word)."""
    return _dictionary()[0].get(word) or 0


def word_edges(window: str) -> tuple[int, ...]:
    """Where jieba's words of `window` begin, and its end: the offsets a boundary cuts no word at."""
    return (0, *itertools.accumulate(map(len, _cut(window))))


def splits_a_word(text: str, pos: int) -> bool:
    """Whether a boundary at `pos` would cut a jieba word of text[pos-2:pos+2] in two
    (某花园社区第一|书记, 志愿者教|育): a span ending there is a fragment."""
    if pos <= 0 or pos >= len(text):
        return False
    start = max(0, pos - 2)
    return pos - start not in word_edges(text[start:pos + 2])
