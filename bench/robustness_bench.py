#!/usr/bin/env python3
"""Does the graph hold when the same articles come written another way?

Users' archives are web pages copied every way there is: traditional script, ASCII punctuation,
straight quotes, pinyin after characters, a PDF's hard-wrapped lines, a site's menus and footers,
paragraphs run together, pages cut after their first 750 characters, one article reposted by a
second outlet.  This benchmark builds the graph of N unseen articles as they are, then of each
rewriting of them, and counts the entities (type, label) and relations (head, predicate, tail
labels) that each rewriting loses and gains.  Ideally every rewriting gives the same graph; a cut
page keeps a subset (what it gains is read from a cut sentence); a repost gives the same graph with
no node twice.

Articles: People's Daily of January 1998 (../shared/corpora/pfr-1998-01, its annotated sentences put
back together; the rules never read it) richest in grassroots words, and CCTV items of xwlb-news, the
development set's excluded.  Usage: python bench/robustness_bench.py [--n 350] [--examples 5] [--json]
"""
from __future__ import annotations

import argparse
import collections
import html
import json
import random
import re
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from graph.pipeline import extract_batch  # noqa: E402
from graph.read import html_to_text  # noqa: E402
from graph.records import Document  # noqa: E402
from graph.resolve import merge  # noqa: E402

PFR = SHARED / "corpora/pfr-1998-01/train.dedup.jsonl"
XWLB = SHARED / "corpora/xwlb-news/articles.jsonl"
DEV = SHARED / "dev/docs"
GRASSROOTS = ("村", "支部", "书记", "乡", "镇", "党委", "社区", "县")

Article = tuple[str, str, str]  # id, title, text


def pfr_articles() -> list[Article]:
    """The corpus's articles (date, page, article of each sentence id), title first."""
    paragraphs: dict[tuple[str, ...], dict[str, list[str]]] = {}
    with PFR.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            m = re.match(r"pfr-(\d{8})-(\d\d)-(\d{3})-(\d{3})", record["id"])
            if m:
                paragraphs.setdefault(m.group(1, 2, 3), {}).setdefault(m.group(4), []).append(record["text"])
    out = []
    for key, paras in paragraphs.items():
        texts = ["".join(parts) for _, parts in sorted(paras.items())]
        if len(texts) > 1:
            out.append(("pfr-" + "-".join(key), texts[0], "\n".join(texts[1:])))
    return out


def xwlb_articles() -> list[Article]:
    dev = {p.stem for p in DEV.glob("*.txt")}
    with XWLB.open(encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle]
    return [(i["id"], i["title"], i["text"]) for i in items if i["id"] not in dev]


def sample(n: int) -> list[Article]:
    """Two thirds People's Daily articles densest in grassroots words, one third CCTV items (half of
    them chosen for the same words, half at random); fixed seed."""
    def density(a: Article) -> float:
        return sum(a[2].count(w) for w in GRASSROOTS) / max(len(a[2]), 1)

    pfr = sorted((a for a in pfr_articles() if len(a[2]) >= 300), key=lambda a: (-density(a), a[0]))[: 2 * n // 3]
    rng = random.Random(15)
    xwlb = xwlb_articles()
    rich = sorted(xwlb, key=lambda a: (-density(a), a[0]))[:2000]
    k = n - len(pfr)
    picked = rng.sample(rich, k // 2)
    rest = [a for a in xwlb if a not in picked]
    return pfr + picked + rng.sample(rest, k - k // 2)


# --- the rewritings: (title, text) -> text of the document to build --------------------------------

def _opencc(config: str):
    import opencc
    return opencc.OpenCC(config)


def traditional(title: str, text: str) -> str:
    return _opencc("s2t").convert(text)


_ASCII = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})


def ascii_punctuation(title: str, text: str) -> str:
    return text.translate(_ASCII)


def straight_quotes(title: str, text: str) -> str:
    return text.replace("“", '"').replace("”", '"')


def pinyin_noise(title: str, text: str) -> str:
    """Traditional script with the toned pinyin of about one character in twelve after it: 農村(cūn)."""
    from pypinyin import Style, pinyin

    rng = random.Random(len(text))
    out = []
    for ch in _opencc("s2t").convert(text):
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.08:
            reading = pinyin(ch, style=Style.TONE)[0][0]
            if reading.isascii():
                continue  # a neutral tone: pages print no such annotation
            out.append(f"({reading})")
    return "".join(out)


def hard_wrapped(title: str, text: str, columns: int = 36) -> str:
    """Each paragraph laid out `columns` wide (a Chinese character two columns), paragraphs apart by a
    blank line: a PDF's text layer or a page copied from print."""
    out = []
    for paragraph in text.split("\n"):
        lines, line, width = [], "", 0
        for ch in paragraph:
            w = 1 if ch.isascii() else 2
            if width + w > columns:
                lines.append(line)
                line, width = "", 0
            line, width = line + ch, width + w
        out.append("\n".join(lines + [line]))
    return "\n\n".join(out)


def web_page(title: str, text: str) -> str:
    """The article inside a site's page (menu, breadcrumbs, headline, source line with tools, share
    buttons, other articles under 相关新闻, footer), read back by the reader's HTML parser."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n"))
    page = (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}_党建频道</title>"
            "<script>var menu = '<p>不是正文</p>';</script></head><body>"
            "<div>首页 | 党建动态 | 基层党建 | 视频</div><div>当前位置：首页 &gt; 党建动态 &gt; 正文</div>"
            "<div>发布时间：2024-05-06 10:21　来源：人民网　【字号：大 中 小】</div>"
            f"<div>{paragraphs}</div><div>分享到：微信 微博 QQ空间</div>"
            "<div>相关新闻：<br>· 住房公积金加快实现全国同标准办理<br>· 第十届中国企业全球形象高峰论坛举办</div>"
            "<div>网站地图 | 联系我们 | 关于我们<br>版权所有 © 2024 备案号：京ICP备12345678号</div></body></html>")
    return html_to_text(page)[1]


def one_line(title: str, text: str) -> str:
    """Paragraphs run together, each opened by its indentation (a page that lost its line breaks)."""
    return "\u3000\u3000".join(text.split("\n"))


def cut_page(title: str, text: str) -> str:
    return text[:750]


REWRITINGS: dict[str, Callable[[str, str], str]] = {
    "traditional script": traditional,
    "ASCII punctuation": ascii_punctuation,
    "straight quotes": straight_quotes,
    "traditional + pinyin": pinyin_noise,
    "hard-wrapped, 36 columns": hard_wrapped,
    "inside a web page": web_page,
    "paragraphs run together": one_line,
    "cut after 750 characters": cut_page,
}


# --- building and comparing ---------------------------------------------------------------------

def graph_of(docs: list[Document]) -> tuple[set, set, int]:
    """(entities as (type, label), relations as (head label, predicate, tail label), labels held by
    more than one node) of the merged graph of `docs`."""
    graphs = []
    for k in range(0, len(docs), 64):
        for g in extract_batch(docs[k:k + 64]):
            if not hasattr(g, "entities"):
                raise SystemExit(f"a document did not build: {g}")
            graphs.append(g)
    kg = merge(graphs)
    names = {key: e.name for key, e in kg.entities.items()}
    entities = {(e.type, e.name) for e in kg.entities.values()}
    relations = {(names[r.head], r.predicate, names[r.tail]) for r in kg.relations}
    labels = collections.Counter((e.type, e.name) for e in kg.entities.values())
    return entities, relations, sum(1 for n in labels.values() if n > 1)


def documents(articles: list[Article], rewrite: Callable[[str, str], str] | None = None,
              suffix: str = "") -> list[Document]:
    return [Document(f"{i}{suffix}", f"{i}{suffix}.txt", rewrite(t, x) if rewrite else x, title=t)
            for i, t, x in articles]


def compare(base: tuple[set, set, int], other: tuple[set, set, int], examples: int) -> dict:
    out = {}
    for kind, a, b in (("entities", base[0], other[0]), ("relations", base[1], other[1])):
        out[kind] = {"of": len(a), "lost": len(a - b), "gained": len(b - a),
                     "lost_examples": [list(x) for x in sorted(a - b)[:examples]],
                     "gained_examples": [list(x) for x in sorted(b - a)[:examples]]}
    out["labels_on_several_nodes"] = other[2]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=350, help="articles (default 350)")
    parser.add_argument("--examples", type=int, default=5, help="examples of each difference to print")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not (PFR.exists() and XWLB.exists()):
        print(f"skipped: {PFR} or {XWLB} is missing", file=sys.stderr)
        return 0
    articles = sample(args.n)
    base = graph_of(documents(articles))
    report = {"articles": len(articles), "as written": {"entities": len(base[0]), "relations": len(base[1]),
                                                        "labels_on_several_nodes": base[2]}}
    for name, rewrite in REWRITINGS.items():
        report[name] = compare(base, graph_of(documents(articles, rewrite)), args.examples)
    # a second outlet reposts every article: the same graph, and no node twice
    report["every article reposted"] = compare(base, graph_of(documents(articles) + documents(articles, suffix="-repost")),
                                               args.examples)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"{len(articles)} articles: {len(base[0])} entities, {len(base[1])} relations, "
          f"{base[2]} labels on several nodes")
    print(f"{'rewriting':28s} {'entities lost / gained':>24s} {'relations lost / gained':>25s} {'labels ×2':>10s}")
    for name, row in report.items():
        if name in ("articles", "as written"):
            continue
        e, r = row["entities"], row["relations"]
        print(f"{name:28s} {e['lost']:>11d} / {e['gained']:<10d} {r['lost']:>12d} / {r['gained']:<10d} "
              f"{row['labels_on_several_nodes']:>10d}")
        for sign, key in (("-", "lost_examples"), ("+", "gained_examples")):
            for x in r[key]:
                print(f"    {sign} {' '.join(x)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
