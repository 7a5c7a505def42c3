#!/usr/bin/env python3
"""Unseen documents to annotate by hand, for a held-out measure of the graph on text nobody tuned on.

The development set's figures overstate quality on new text (rules were tuned there): the fourteenth
round's held-out set of 40 hand-annotated documents scored entity F1 0.903 / relation F1 0.707 (the
thirteenth's 39: 0.899 / 0.683) where the dev set scored 0.984 / 0.942.  Gold made by the team is kept
outside the project like all gold (names from gold never enter code or data), so each round makes its
own: this script writes the documents, a reader who has not looked at the code or its output
annotates them under ../shared/SCHEMA.md in the dev gold's format, and ../shared/bench/score.py
scores a build of them.

Documents: CCTV items of xwlb-news that are not in the development set, Party-building ones first
(`partybuilding_ids.txt`), and People's Daily articles of January 1998 put back together from
pfr-1998-01; each 450-1,300 characters, drawn with `--seed`, none from the folders given with `--exclude` or listed in
bench/heldout_used.txt (add the ids of a set once drawn)
and none holding a sentence the tests quote (they have shaped the rules).
Usage: python bench/fresh_docs.py OUTDIR [--cctv 14] [--pd 6] [--seed N] [--exclude DIR ...]
Each document is OUTDIR/<id>.txt: its title on the first line, then its text.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from robustness_bench import SHARED, Article, pfr_articles, xwlb_articles  # noqa: E402

PARTY_IDS = SHARED / "corpora/xwlb-news/partybuilding_ids.txt"
USED = ROOT / "bench" / "heldout_used.txt"  # the items earlier sets drew (annotated, some read): never drawn again
MIN_CHARS, MAX_CHARS = 450, 1300


def article_key(stem: str) -> str:
    """The article a file stem names, whatever prefix an earlier round gave a People's Daily article
    (pd98-19980105-12-002 and pfr-19980105-12-002 are one article)."""
    for prefix in ("pd98-", "pfr-"):
        if stem.startswith(prefix):
            return "pfr-" + stem[len(prefix):]
    return stem


def _fits(article: Article, taken: set[str], quoted: tuple[str, ...] = ()) -> bool:
    return article_key(article[0]) not in taken and MIN_CHARS <= len(article[2]) <= MAX_CHARS \
        and not any(q in article[2] for q in quoted)


# a string the tests quote that is long enough to be a piece of one report's sentence (not a programme's name)
_QUOTED_SENTENCE = re.compile(r'"([^"\n]*[\u4e00-\u9fff][^"\n]*)"')
_MIN_QUOTED = 20
_CLAUSE_MARK = re.compile(r"[，。；：！？、]")  # (a programme's long name, 学习贯彻…主题教育, is in hundreds of reports)


def quoted_in_tests(tests: Path = ROOT / "tests") -> tuple[str, ...]:
    """The sentences (20 characters or more) that the tests quote: a report a test quotes has shaped the rules, and is
    no unseen document (a test's sentence of a CCTV item drawn into a later round's set showed its errors fixed)."""
    found = set()
    for path in sorted(tests.glob("*.py")):
        for m in _QUOTED_SENTENCE.finditer(path.read_text(encoding="utf-8")):
            quote = m.group(1)
            if len(quote) >= _MIN_QUOTED and (_CLAUSE_MARK.search(quote) or len(quote) >= 30):
                found.add(quote)
    return tuple(sorted(found))


def used_before(path: Path = USED) -> set[str]:
    """The articles earlier held-out sets drew (bench/heldout_used.txt), by article_key."""
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {article_key(line.strip()) for line in lines if line.strip() and not line.startswith("#")}


def pick(cctv: int, pd: int, seed: int, taken: set[str], quoted: tuple[str, ...] = ()) -> list[Article]:
    """`cctv` CCTV items (Party-building ones while there are, then any) and `pd` People's Daily articles, none
    holding a sentence in `quoted`."""
    rng = random.Random(seed)
    party = set(PARTY_IDS.read_text(encoding="utf-8").split()) if PARTY_IDS.exists() else set()
    items = [a for a in xwlb_articles() if _fits(a, taken, quoted)]
    first = [a for a in items if a[0] in party]
    chosen = rng.sample(first, min(cctv, len(first)))
    rest = [a for a in items if a[0] not in party]
    chosen += rng.sample(rest, cctv - len(chosen))
    papers = [a for a in pfr_articles() if _fits(a, taken, quoted)]
    return chosen + rng.sample(papers, min(pd, len(papers)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--cctv", type=int, default=14, help="CCTV items (default: 14)")
    parser.add_argument("--pd", type=int, default=6, help="People's Daily 1998 articles (default: 6)")
    parser.add_argument("--seed", type=int, default=0, help="random seed: a new one each round (default: 0)")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[],
                        help="folders of documents already used (their file stems are left out)")
    args = parser.parse_args(argv)
    taken = {article_key(p.stem) for folder in args.exclude for p in folder.glob("*.txt")} | used_before()
    args.outdir.mkdir(parents=True, exist_ok=True)
    chosen = pick(args.cctv, args.pd, args.seed, taken, quoted_in_tests())
    for doc_id, title, text in chosen:
        (args.outdir / f"{doc_id}.txt").write_text(f"{title}\n{text}\n", encoding="utf-8")
    print(f"wrote {len(chosen)} documents to {args.outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
