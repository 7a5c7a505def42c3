#!/usr/bin/env python3
"""NER benchmark: the mention model (`kg ner`), the rules alone, and jieba.posseg, in one run.

On MSRA test and People's Daily test (and dev with --dev): scores each system with
../shared/bench/ner_score.py and prints P/R/F1 per type and over all, and characters per CPU second
of the finder alone: slices of 2,500 sentences timed three times each, the systems taking turns on
each slice (graph.bench.paired_rates), after an untimed read of a set's first 1,000 sentences
(process time, all threads: the machine is shared, so wall-clock speed says more about the
neighbours than about us).  Then, as the mention-model issue asks, whole processes on the MSRA test
file: `kg ner` (start-up, model load, reading and writing included) against a plain jieba.posseg
pass over the same text in its own process.
Systems:
  model        graph.ner.recognise_many (the shipped BiLSTM-CRF; what `kg ner` and the build use)
  rules        graph.ner.recognise_many(engine="rules"): the rule extractor alone
  jieba.posseg nr→PER, ns→LOC, nt→ORG
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


# sentences each system reads untimed before the timed pass over a set: what a process loads once for
# a long read (the mention model's lexicon automaton, ~20,000 characters in; jieba's tables on its
# first words) stays out of the figures, as in `kg bench` (graph/bench.py WARM_ITEMS)
WARM_SENTENCES = 1000


def sets() -> dict[str, Path]:
    out = {"msra-test": SHARED / "corpora/msra-ner/test.jsonl",
           "pd-test": SHARED / "corpora/peoples-daily-ner/test.jsonl"}
    if "--dev" in sys.argv:
        out["pd-dev"] = SHARED / "corpora/peoples-daily-ner/dev.jsonl"
    return out


def posseg_spans(texts: list[str]) -> list[list[dict]]:
    import jieba.posseg as pseg

    kinds = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
    out = []
    for text in texts:
        pos, ents = 0, []
        for word, flag in pseg.cut(text):
            if flag in kinds:
                ents.append({"start": pos, "end": pos + len(word), "type": kinds[flag]})
            pos += len(word)
        out.append(ents)
    return out


def graph_spans(engine: str):
    from graph.ner import recognise_many

    def run(texts: list[str]) -> list[list[dict]]:
        return [[{"start": m.start, "end": m.end, "type": m.type} for m in found]
                for found in recognise_many(texts, engine)]
    return run


def score(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def whole_process(gold: Path, tmp: Path) -> tuple[float, float]:
    """Wall seconds of `kg ner` on the file, and of a jieba.posseg pass over its texts, each a fresh process."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "graph.cli", "ner", str(gold), "-o", str(tmp / "kg.jsonl")],
                   check=True, capture_output=True, cwd=ROOT)
    kg = time.perf_counter() - t0
    code = ("import json, sys, jieba.posseg as p\n"
            "for line in open(sys.argv[1], encoding='utf-8'):\n"
            "    list(p.cut(json.loads(line)['text']))\n")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(gold)], check=True, capture_output=True)
    return kg, time.perf_counter() - t0


# sentences per slice: the systems take turns on each slice, as `kg bench` times its readers
# (graph.bench.paired_rates); `kg ner` tags a whole file at once, and the model batches texts of like
# length from what it is given, so a slice is large: two per test set
SLICE_SENTENCES = 2500


def main() -> int:
    from graph.bench import paired_rates
    from graph.ner import recognise

    recognise("国家主席江泽民在北京会见")  # model and reference data load once, outside the timings
    systems = [("model", graph_spans("model")), ("rules", graph_spans("rules"))]
    if "--no-posseg" not in sys.argv:
        import jieba

        jieba.initialize()
        systems.append(("jieba.posseg", posseg_spans))
    print(f"{'set':<10}{'system':<14}{'PER F1':>8}{'LOC F1':>8}{'ORG F1':>8}{'ALL P':>7}{'ALL R':>7}{'ALL F1':>8}"
          f"{'chars/cpu-s':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold in sets().items():
            if not gold.exists() or not SCORER.exists():
                print(f"{name:<10}(absent, skipped)")
                continue
            rows = [json.loads(line) for line in open(gold, encoding="utf-8")]
            texts = [r["text"] for r in rows]
            found = {system: run(texts) for system, run in systems}
            slices = [texts[i:i + SLICE_SENTENCES] for i in range(0, len(texts), SLICE_SENTENCES)]
            rates = paired_rates(dict(systems), slices, texts[:WARM_SENTENCES])
            for system, _ in systems:
                pred = Path(tmp) / f"{name}.{system}.jsonl"
                with open(pred, "w", encoding="utf-8") as handle:
                    for row, ents in zip(rows, found[system]):
                        handle.write(json.dumps({"id": row["id"], "entities": ents}) + "\n")
                s = score(gold, pred)
                print(f"{name:<10}{system:<14}{s['PER']['f1']:>8.3f}{s['LOC']['f1']:>8.3f}{s['ORG']['f1']:>8.3f}"
                      f"{s['ALL']['p']:>7.3f}{s['ALL']['r']:>7.3f}{s['ALL']['f1']:>8.3f}"
                      f"{rates[system]:>12,.0f}", flush=True)
        gold = sets()["msra-test"]
        if gold.exists():
            kg, posseg = whole_process(gold, Path(tmp))
            print(f"whole process on {gold.name}: kg ner {kg:.1f} s, jieba.posseg pass {posseg:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
