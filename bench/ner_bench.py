#!/usr/bin/env python3
"""NER benchmark: graph.ner.predict_file vs jieba.posseg on MSRA test and People's Daily test.

Reads ../shared/corpora (skips a set that is absent), scores with ../shared/bench/ner_score.py, prints
PER and ALL F1 and characters per second of each system.  posseg tags map nr→PER, ns→LOC, nt→ORG.
Usage: python bench/ner_bench.py [--no-posseg]
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {"msra-test": SHARED / "corpora/msra-ner/test.jsonl", "pd-test": SHARED / "corpora/peoples-daily-ner/test.jsonl"}
SCORER = SHARED / "bench/ner_score.py"
sys.path.insert(0, str(ROOT))


def posseg_predict(src: Path, dst: Path) -> None:
    import jieba.posseg as pseg

    kinds = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
    with open(src, encoding="utf-8") as fin, open(dst, "w", encoding="utf-8") as fout:
        for line in fin:
            row = json.loads(line)
            pos, ents = 0, []
            for word, flag in pseg.cut(row["text"]):
                if flag in kinds:
                    ents.append({"start": pos, "end": pos + len(word), "type": kinds[flag]})
                pos += len(word)
            fout.write(json.dumps({"id": row["id"], "entities": ents}) + "\n")


def score(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> int:
    from graph.extract.names import _ref
    from graph.ner import predict_file

    _ref()  # reference data load is a one-off cost, not throughput
    systems = [("cnkg", predict_file)] + ([] if "--no-posseg" in sys.argv else [("jieba.posseg", posseg_predict)])
    print(f"{'set':<10}{'system':<14}{'PER P':>7}{'PER R':>7}{'PER F1':>8}{'ALL F1':>8}{'chars/s':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold in SETS.items():
            if not gold.exists() or not SCORER.exists():
                print(f"{name:<10}(absent, skipped)")
                continue
            chars = sum(len(json.loads(line)["text"]) for line in open(gold, encoding="utf-8"))
            for system, run in systems:
                pred = Path(tmp) / f"{name}.{system}.jsonl"
                t0 = time.perf_counter()
                run(gold, pred)
                speed = chars / (time.perf_counter() - t0)
                s = score(gold, pred)
                print(f"{name:<10}{system:<14}{s['PER']['p']:>7.3f}{s['PER']['r']:>7.3f}{s['PER']['f1']:>8.3f}"
                      f"{s['ALL']['f1']:>8.3f}{speed:>11,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
