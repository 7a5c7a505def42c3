"""Benchmarks the issues name: graph quality against gold (../shared/bench/score.py) and extraction
throughput next to jieba on the same text in the same run.  `kg bench` prints what these return.
"""
from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence



from .records import Document


def missing_inputs(shared: Path, sources: Path) -> dict[str, str]:
    """What each measurement lacks ({} when everything is there): "quality" and "throughput" map to
    a sentence naming the files it needs, so that `kg bench` can say so instead of failing."""
    missing: dict[str, str] = {}
    gold, scorer = shared / "gold", shared / "bench" / "score.py"
    if not (scorer.is_file() and gold.is_dir() and any(gold.glob("*.json"))):
        missing["quality"] = (f"gold annotations {gold}/*.json and the scorer {scorer} "
                              "(the project's shared folder; --shared PATH)")
    elif not sources.is_dir() or not any(sources.glob(f"{g.stem}.*") for g in gold.glob("*.json")):
        missing["quality"] = f"the documents the gold annotates, in {sources}/ (--sources PATH)"
    corpus = shared / "corpora" / "xwlb-news" / "articles.jsonl"
    if not corpus.is_file() and not (sources.is_dir() and any(p.is_file() for p in sources.iterdir())):
        missing["throughput"] = (f"texts to time: the corpus {corpus} (--shared PATH) or a folder of "
                                 f"documents {sources}/ (--sources PATH)")
    return missing


def quality(sources: Path, gold: Path, scorer: Path) -> dict:
    """Build the documents that have gold (same stem) and score the Turtle with the shared scorer."""
    from .pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for g in sorted(gold.glob("*.json")):
            for src in sources.glob(f"{g.stem}.*"):
                shutil.copy(src, docs / src.name)
        build([docs], Path(tmp) / "out", ("ttl",))
        out = subprocess.run([sys.executable, str(scorer), "--ttl", str(Path(tmp) / "out" / "graph.ttl"),
                              "--gold", str(gold), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def sample_texts(corpus: Path | None, sources: Path, limit: int = 2000) -> list[str]:
    """Texts to time: the corpus's first `limit` items when present, else the seed documents."""
    if corpus is not None and corpus.exists():
        with corpus.open(encoding="utf-8") as handle:
            return [json.loads(line)["text"] for line in itertools.islice(handle, limit)]
    from .read import iter_documents

    return [d.text for d in iter_documents([sources]) if isinstance(d, Document)]


# each reader runs on one thread (the mention model's runtime and BLAS are held to one), so its CPU
# seconds are its time on one core; on a shared machine wall-clock time says more about the neighbours
_clock = time.process_time
# the texts are timed batch by batch, the readers taking turns on each batch, ROUNDS times; a batch's
# fastest time counts for each reader.  This machine's speed drifts by a third within minutes (a
# neighbour's burst), and readers timed side by side on the same batch feel the same neighbours.
ROUNDS = 3


def paired_rates(readers: dict[str, Callable[[list[str]], object]], batches: list[list[str]],
                  warm: Sequence[str], rounds: int = ROUNDS) -> dict[str, float]:
    """Characters per CPU second of each reader (a function of a batch of texts) over `batches`."""
    for read in readers.values():  # untimed: dictionaries and tables load once per process
        read(list(warm) or batches[0][:1])
    best = {name: [float("inf")] * len(batches) for name in readers}
    for _ in range(rounds):
        for k, batch in enumerate(batches):
            for name, read in readers.items():
                started = _clock()
                read(batch)
                best[name][k] = min(best[name][k], _clock() - started)
    chars = sum(len(t) for b in batches for t in b)
    # (a clock tick is a microsecond or more: a reader of a few characters may take none)
    return {name: chars / max(sum(seconds), 1e-9) for name, seconds in best.items()}


# texts each reader reads untimed before the timed ones (a build's worker process reads ~9,000 items of
# xwlb-news): what a process loads once for a long read (jieba's dictionary tables, which jieba itself
# loads before its first word; the mention model's lexicon automaton) stays out of the figures
WARM_ITEMS = 1000


def throughput(texts: list[str], warm: Sequence[str] = ()) -> dict[str, float]:
    """Characters per CPU second on one core: our clean+extract, the mention model alone, jieba.posseg and
    jieba.cut, each after reading `warm` (other texts of the same kind) untimed, timed side by side
    batch by batch (see ROUNDS)."""
    import jieba
    import jieba.posseg

    from .extract.mentions import tagger
    from .pipeline import BATCH_DOCS, extract_batch

    # as the build runs them: documents in batches, the mention model tagging a batch at once
    batches = [texts[i:i + BATCH_DOCS] for i in range(0, len(texts), BATCH_DOCS)]
    rates = paired_rates({
        "ours": lambda b: extract_batch([Document(f"bench{i}", "bench", t) for i, t in enumerate(b)]),
        "mention model": lambda b: tagger().tag_texts(b),
        "jieba.posseg": lambda b: [list(jieba.posseg.cut(t)) for t in b],
        "jieba.cut": lambda b: [list(jieba.cut(t)) for t in b],
    }, batches, warm)
    return {"characters": float(sum(map(len, texts))), **rates}
