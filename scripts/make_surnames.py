#!/usr/bin/env python3
"""Regenerate graph/data/surnames.json: the reference data behind graph/extract/names.py.

Sources (both public PyPI packages; see graph/data/PROVENANCE.md):
- random-name-type 2.1.0 (ISC licence): the 百家姓 table of single and compound surnames
  (`data/chinese.py`) and simplified-Chinese transliterations of common foreign names
  (`data/foreign_zh.py`), whose characters make the transliteration alphabet.
- jieba 0.42.1 (MIT licence): its dictionary `dict.txt` (word, frequency, POS tag).  Entries tagged
  `nr` (person names) of three characters (four with a compound surname) that begin with a known
  surname give the surname
  frequency (how many distinct names carry it) and the given-name character counts; all entries
  give the general character frequency the given-name counts are compared with.
- the NER training corpora of ../shared (read when present): the first characters of the three-character
  person names they annotate add the common modern surnames both tables miss (annotated_surnames).

Usage:  pip install random-name-type==2.1.0 && python scripts/make_surnames.py
The output is deterministic (sorted keys, rounded numbers) so a rerun gives the same bytes.
"""
from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

_MIN_EXTRA_SURNAME = 40
_MIN_ANNOTATED_NAMES = 4
_LEVEL_CHARACTERS = frozenset("省市区县州旗盟镇乡村")
_PERSON_TYPES = ("PER", "NAME", "name")  # (MSRA and PFR; Resume; CLUENER 2020)
OUT = Path(__file__).resolve().parent.parent / "graph" / "data" / "surnames.json"
# the NER training corpora (../shared/corpora, never copied into the project): their PER annotations
_CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
ANNOTATED = (_CORPORA / "msra-ner-train" / "train.jsonl", _CORPORA / "pfr-1998-01" / "train.dedup.jsonl",
             _CORPORA / "resume-ner" / "train.jsonl", _CORPORA / "cluener2020" / "train.jsonl")


def _jieba_entries() -> list[tuple[str, int, str]]:
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                rows.append((parts[0], int(parts[1]), parts[2]))
    return rows


def annotated_surnames(compound: set[str], translit: set[str]) -> set[str]:
    """Characters that open at least _MIN_ANNOTATED_NAMES distinct three-character person names annotated in the
    NER training corpora of ../shared (闫, 付, 覃, 佟: common modern surnames the 百家姓 table and jieba's name
    entries miss), other than a compound surname's first character, a character of foreign names' transliterations
    (希, 恩: 希拉克) or of a division's level (区).  Only the annotations' first characters are read; no text is kept.
    Without the corpora (a machine without ../shared) this source adds nothing, and the script says so."""
    names: dict[str, set[str]] = {}
    found = [path for path in ANNOTATED if path.exists()]
    if len(found) != len(ANNOTATED):
        print("warning: NER training corpora missing, surnames from annotations left out: "
              + ", ".join(str(p) for p in ANNOTATED if not p.exists()), file=sys.stderr)
    for path in found:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                for entity in json.loads(line).get("entities", ()):
                    name = entity.get("text", "")
                    if entity.get("type") in _PERSON_TYPES and len(name) == 3 and all(_is_han(c) for c in name) \
                            and name[:2] not in compound:
                        names.setdefault(name[0], set()).add(name)
    return {c for c, named in names.items()
            if len(named) >= _MIN_ANNOTATED_NAMES and c not in translit and c not in _LEVEL_CHARACTERS}


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def build() -> dict:
    from random_name_type.data.chinese import CHINESE_NAME_DATA
    from random_name_type.data.foreign_zh import FOREIGN_TRANSLATED_NAME_DATA

    single = sorted(set(CHINESE_NAME_DATA["family_names_single"]))
    compound = sorted(set(CHINESE_NAME_DATA["family_names_compound"]))
    entries = _jieba_entries()

    # Surname frequency: distinct jieba person-name entries that begin with the surname.
    sur_count: Counter[str] = Counter()
    given: Counter[str] = Counter()
    general: Counter[str] = Counter()
    # The 百家姓 table misses some common modern surnames (温, 覃 …): a character that begins many
    # three-character jieba name entries is taken as a surname too.
    first: Counter[str] = Counter(w[0] for w, _, tag in entries
                                  if tag.startswith("nr") and len(w) == 3 and all(_is_han(c) for c in w))
    translit = sorted({ch for region in FOREIGN_TRANSLATED_NAME_DATA.values()
                       for pool in region.values() for name in pool for ch in name if _is_han(ch)})
    single = sorted(set(single) | {c for c, n in first.items() if n >= _MIN_EXTRA_SURNAME}
                    | annotated_surnames(set(compound), set(translit)))
    single_set, compound_set = set(single), set(compound)
    for word, freq, tag in entries:
        for ch in word:
            if _is_han(ch):
                general[ch] += freq
        if not tag.startswith("nr") or not all(_is_han(c) for c in word):
            continue
        # Two-character `nr` entries are mostly ordinary words (卫星, 容纳 are tagged nr), so only
        # three-character entries count as names.
        if len(word) in (3, 4) and word[:2] in compound_set:
            sur_count[word[:2]] += 1
            given.update(word[2:])
        elif len(word) == 3 and word[0] in single_set:
            sur_count[word[0]] += 1
            given.update(word[1:])

    # Given-name score of a character: log of how much likelier it is inside a given name than in
    # running text (add-one smoothing on both sides); a character never seen in a name has none.
    n_given, n_general = sum(given.values()), sum(general.values())
    given_score = {
        ch: round(math.log((c + 1) / n_given) - math.log((general[ch] + 1) / n_general), 2)
        for ch, c in given.items()
        if c >= 2
    }
    # Surname score: the same log-ratio, for a surname character as a name's first character.
    n_names = sum(sur_count.values())

    def sur_score(s: str) -> float:
        gen = min(general[c] for c in s)
        return round(math.log((sur_count.get(s, 0) + 1) / n_names) - math.log((gen + 1) / n_general), 2)

    return {
        "about": "generated by scripts/make_surnames.py; sources and licences in graph/data/PROVENANCE.md",
        "single": {s: [sur_count.get(s, 0), sur_score(s)] for s in single},
        "compound": {s: [sur_count.get(s, 0), sur_score(s)] for s in compound},
        "given": dict(sorted(given_score.items())),
        "translit": "".join(translit),
    }


def main() -> int:
    data = build()
    sys.path.insert(0, str(OUT.parent.parent.parent))
    from graph.write.atomic import atomic_write

    atomic_write(OUT, json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n")
    print(f"wrote {OUT}: {len(data['single'])} single, {len(data['compound'])} compound surnames, "
          f"{len(data['given'])} given-name characters, {len(data['translit'])} transliteration characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
