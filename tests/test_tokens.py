"""The rules' word windows (graph/extract/tokens.py) cut exactly as jieba does without its HMM."""
from __future__ import annotations

import pytest
from conftest import SOURCES

from graph.extract import tokens
from graph.read import iter_documents
from graph.records import Document

ODD_WINDOWS = ["", " ", "a", "ab12 cd", "3月5日电", "COVID-19疫情", "\r\n", "中国\r\n共产党", "x\u3000y", "党支部、村委会",
               "Ａ股市场", "5G+工业互联网", "１２３", "e家", "中华人民共和国全国人民代表大会常务委员会", "“两地报到、组团回归”活动"]


def _jieba(window: str) -> tuple[str, ...]:
    return tuple(tokens._tokenizer().cut(window, HMM=False))


@pytest.mark.parametrize("window", ODD_WINDOWS)
def test_odd_windows_cut_as_jieba(window):
    assert tokens._cut.__wrapped__(window) == _jieba(window)


def test_windows_of_the_seed_documents_cut_as_jieba():
    texts = [d.text for d in iter_documents([SOURCES]) if isinstance(d, Document)]
    windows = {t[k:k + width] for t in texts for k in range(0, len(t), 5) for width in (2, 4, 7, 12, 24, 40)}
    differ = [w for w in sorted(windows) if tokens._cut.__wrapped__(w) != _jieba(w)]
    assert not differ, differ[:5]


def test_words_before_are_tokens_before_last_first():
    texts = [d.text for d in iter_documents([SOURCES]) if isinstance(d, Document)] + ODD_WINDOWS
    for text in texts:
        for pos in range(0, len(text) + 1, 3):
            for width in (1, 2, 6, 10, 24):
                assert list(tokens.words_before(text, pos, width)) == list(reversed(tokens.tokens_before(text, pos, width)))


def test_blocks_are_split_by_jiebas_own_patterns():
    import jieba

    assert (tokens._HAN.pattern, tokens._HAN.flags) == (jieba.re_han_default.pattern, jieba.re_han_default.flags)
    assert (tokens._SKIP.pattern, tokens._SKIP.flags) == (jieba.re_skip_default.pattern, jieba.re_skip_default.flags)


def test_the_rules_cut_without_importing_jieba():
    import subprocess
    import sys

    code = ("import sys; from graph.extract import tokens; "
            "assert tokens.tokens_before('浙江省杭州市西湖区党委书记', 13, 8); print('jieba' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
