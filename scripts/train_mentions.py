"""Train the mention tagger (PER / LOC / ORG) shipped in graph/data/mentions/.

    pip install -e '.[train]'
    python scripts/train_mentions.py                 # the shipped model's recipe (2 epochs, 7-10 minutes on a quiet 2-core machine)
    python scripts/train_mentions.py --tiny --out /tmp/m   # a seconds-long run on a slice (CI)
    python scripts/train_mentions.py --extra cluener2020,resume-ner --out /tmp/x   # with modern corpora beside
    python scripts/train_mentions.py --export-only        # network.onnx for the weights in graph/data/mentions
    python scripts/train_mentions.py --arch cnn --teacher DIR --dilations 1,2,4,8 --distil-weight 0.02 \
        --batch 64 --dropout 0.05 --epochs 3 --threads 1 --out /tmp/s   # a dilated-CNN student of DIR

Reads the annotated corpora from ../shared/corpora (never copied into the project):
  * msra-ner-train/train.jsonl — MSRA SIGHAN 2006 train, test overlaps removed; 4 % of it (by a
    seeded shuffle) is held out as this script's own dev split, which picks the best epoch;
  * pfr-1998-01/train.dedup.no-abbrev.jsonl — People's Daily January 1998 (nr/ns/nt), the
    variant without the sentences whose abbreviations PFR leaves untagged (--no-pfr drops it);
with --extra, modern corpora beside them, their types mapped to the tagger's (EXTRA_TYPES) and their pieces
flagged apart (below):
  * cluener2020/train.jsonl — Sina news sentences of the 2000s (names, companies, organisations, government
    bodies, addresses); a sentence with a scenic spot (CLUENER's scene takes in cities, 纽约) or an address longer
    than a place name is left out;
  * resume-ner/train.jsonl — resumes of listed companies' executives (names, bodies, places; a nationality,
    中国国籍, its country);
and, unlabelled, the text of xwlb-news (minus the development set's items) plus the training
texts, on which character and bigram vectors are pre-trained with word2vec (gensim).

Model: character, next-bigram and previous-bigram embeddings + lexicon flags
(graph/extract/mention_features.py) → one BiLSTM layer → linear → CRF over BIOES tags; or (--arch cnn)
a dilated CNN in its place, best trained by distillation (--teacher: the student learns a trained
model's emissions on the training pieces and on xwlb-news, the development set's items excluded).
The two corpora annotate some names differently (PFR tags 东盟 a place and leaves 两岸 and
abbreviations such as 中 or 京 untagged; MSRA tags them ORG and LOC): each training piece carries
one more input flag, 1 for PFR, so that the model learns those differences as the flag's effect
instead of averaging them (--no-corpus-flag averages them).  The --extra corpora's pieces carry a second flag
of their own (their conventions differ again: CLUENER tags football clubs' nicknames as organisations), which
is not exported: the model reads with it at 0, and what those corpora teach reaches it through the weights
the pieces share.  The flag's weights are exported
apart, and a reader chooses the convention: `kg ner` reads as MSRA annotates (flag 0, the NER
test sets' convention), the graph halfway to PFR's (flag 0.5; see PROVENANCE.json's note).  Trained
with Adam, seeded, on torch's CPU build; the weights are exported as numpy arrays
(float16 embeddings), and a BiLSTM's network also as network.onnx with its LSTM weights
quantised to int8 (what the build runs, through onnxruntime), with vocab.json and PROVENANCE.json
(data files with sha1, licence notes, settings, training time, scores on the own dev split, MSRA
test and People's Daily test; the test scores computed with the inference code the build uses).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.extract.mention_features import (N_FEATURES, Automaton, Lexicon, build_automaton,  # noqa: E402
                                           build_lexicon, lexicon_features, normalise, read_lexicon,
                                           write_lexicon)
from graph.extract.mentions import (CONVENTIONS, MODEL_DIR, NETWORK_FILE, TAGS, TYPES, MentionTagger,  # noqa: E402
                                    Reading, allowed_ends, allowed_starts, allowed_transitions, chunks, spans_to_tags,
                                    weights_digest)

LICENCE_NOTES = {
    "msra-ner-train": "MSRA SIGHAN 2006 train; no licence stated by the source repositories; research use",
    "pfr-1998-01": "PFR People's Daily 1998-01 (PKU/Fujitsu); no licence stated by the source repository; research use",
    "xwlb-news": "CCTV Xinwen Lianbo transcripts (repository MIT, text CCTV's); only unlabelled text, for vectors "
                 "and the teacher's readings",
    "cluener2020": "CLUENER2020 train (Xu et al. 2020); no licence stated by the source repositories; research use",
    "resume-ner": "Resume NER train (Zhang & Yang 2018); no licence stated by the source repository; research use",
    "msra-ner": "MSRA test; evaluation only",
    "peoples-daily-ner": "People's Daily NER test; evaluation only",
}


# --- data ---------------------------------------------------------------------------------------

def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def examples(records: list[dict]) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(chunk text, spans) pieces cut where the tagger cuts at run time, never inside an entity."""
    out = []
    for r in records:
        text = r["text"]
        spans = [(e["start"], e["end"], e["type"]) for e in r["entities"] if e["type"] in TYPES]
        inside = set()
        for s, e, _ in spans:
            inside.update(range(s + 1, e))
        start = 0
        for _, end in chunks(text):
            if end in inside:
                continue
            piece = [(s - start, e - start, t) for s, e, t in spans if start <= s and e <= end]
            if text[start:end].strip():
                out.append((text[start:end], piece))
            start = end
        if start < len(text) and text[start:].strip():
            out.append((text[start:], [(s - start, e - start, t) for s, e, t in spans if s >= start]))
    return out


# --extra corpora: their types as the tagger's (the rest, positions, books, games and the like, are no mention)
EXTRA_TYPES = {
    "cluener2020": {"name": "PER", "company": "ORG", "organization": "ORG", "government": "ORG", "address": "LOC"},
    "resume-ner": {"NAME": "PER", "ORG": "ORG", "LOC": "LOC", "CONT": "LOC"},
}
EXTRA_FILES = {"cluener2020": "train.jsonl", "resume-ner": "train.jsonl"}
# a sentence holding one of these is left out: CLUENER's scenic spots take in cities (纽约) MSRA tags as places
EXTRA_CONFLICTS = {"cluener2020": frozenset({"scene"})}
EXTRA_LONGEST_PLACE = 6  # an address longer than this is a street address (…中山路70号), not one place name
NATIONALITY = "国籍"  # resume-ner's CONT spans are nationalities (中国国籍): the country is the place


def extra_records(corpus: str, records: list[dict]) -> list[dict]:
    """An --extra corpus's sentences with their spans as the tagger's types (see EXTRA_TYPES)."""
    types, conflicts = EXTRA_TYPES[corpus], EXTRA_CONFLICTS.get(corpus, frozenset())
    out = []
    for r in records:
        spans, keep = [], True
        for e in r["entities"]:
            kind = types.get(e["type"])
            if e["type"] in conflicts:
                keep = False
                break
            if kind is None:
                continue
            start, end = e["start"], e["end"]
            if e["type"] == "CONT":
                if not r["text"].endswith(NATIONALITY, start, end):
                    continue
                end -= len(NATIONALITY)
            if kind == "LOC" and end - start > EXTRA_LONGEST_PLACE:
                keep = False
                break
            if end > start:
                spans.append({"start": start, "end": end, "type": kind})
        if keep:
            out.append({"text": r["text"], "entities": spans})
    return out


def flag_columns(corpus: int, length: int, corpus_flag: bool, extra: bool) -> np.ndarray:
    """The input flags of a piece of `corpus` (0 MSRA, 1 PFR, 2 an --extra corpus): PFR's, then the extra
    corpora's when they are read."""
    values = ([float(corpus == 1)] if corpus_flag else []) + ([float(corpus == 2)] if extra else [])
    return np.tile(np.array(values, dtype=np.float32), (length, 1))


def sha1(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def unlabelled_texts(shared: Path, limit: int | None) -> list[str]:
    """xwlb-news item texts, without the development set's items (they are scored, not learned)."""
    dev_ids = {p.stem for p in (shared / "dev" / "docs").glob("xwlb-*")}
    out = []
    for r in read_jsonl(shared / "corpora" / "xwlb-news" / "articles.jsonl", limit):
        if r["id"] not in dev_ids:
            out.extend(r["text"][s:e] for s, e in chunks(r["text"]))
    return out


# --- vocabulary and vectors -----------------------------------------------------------------------

def bigram_list(text: str) -> list[str]:
    padded = "\x02" + text + "\x03"
    return [padded[k:k + 2] for k in range(len(text) + 1)]


def build_vocab(texts: list[str], min_char: int, min_bigram: int, max_bigrams: int) -> dict:
    chars, bigrams = Counter(), Counter()
    for t in texts:
        chars.update(t)
        bigrams.update(bigram_list(t))
    char_list = sorted((c for c, n in chars.items() if n >= min_char), key=lambda c: (-chars[c], c))
    big_list = sorted((b for b, n in bigrams.items() if n >= min_bigram), key=lambda b: (-bigrams[b], b))
    # index 0 pads, 1 is the unknown
    return {"chars": ["<pad>", "<unk>"] + char_list, "bigrams": ["<pad>", "<unk>"] + big_list[:max_bigrams]}


def pretrain(texts: list[str], vocab: dict, dc: int, db: int, seed: int, epochs: int,
             cache: Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """word2vec (CBOW) vectors for the vocabulary's characters and bigrams; random for the rest.

    With `cache`, the vectors are kept in that folder under a hash of everything they depend on
    (texts, vocabulary, sizes, seed, epochs): a second run with other model settings skips the
    minutes word2vec takes and gets the same arrays."""
    key = hashlib.sha1(json.dumps([texts, vocab, dc, db, seed, epochs], ensure_ascii=False).encode()).hexdigest()
    path = cache / f"vectors-{key[:16]}.npz" if cache else None
    if path and path.exists():
        with np.load(path, allow_pickle=False) as data:
            return data["chars"], data["bigrams"]
    from gensim.models import Word2Vec

    rng = np.random.default_rng(seed)
    out = []
    for key, dim, seqs in (("chars", dc, [list(t) for t in texts]),
                           ("bigrams", db, [bigram_list(t) for t in texts])):
        model = Word2Vec(seqs, vector_size=dim, window=5, min_count=2, sg=0, workers=1, seed=seed,
                         epochs=epochs, max_vocab_size=None)
        table = rng.normal(0, 0.1, size=(len(vocab[key]), dim)).astype(np.float32)
        table[0] = 0
        hits = 0
        for i, item in enumerate(vocab[key][2:], 2):
            if item in model.wv.key_to_index:
                table[i] = model.wv[item]
                hits += 1
        table[2:] /= max(1e-6, float(np.std(table[2:]))) / 0.1  # a common scale for all vectors
        out.append(table)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, chars=out[0], bigrams=out[1])
    return out[0], out[1]


def encode(text: str, vocab_index: tuple[dict, dict], lexicon: Lexicon,
           automaton: Automaton | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    cidx, bidx = vocab_index
    norm = normalise(text)
    chars = np.array([cidx.get(c, 1) for c in norm], dtype=np.int64)
    bg = np.array([bidx.get(b, 1) for b in bigram_list(norm)], dtype=np.int64)
    return chars, bg, lexicon_features(norm, lexicon, automaton)


# --- model ---------------------------------------------------------------------------------------

def make_model(n_chars: int, n_bigrams: int, dc: int, db: int, hidden: int, dropout: float, corpus_flag: bool,
               arch: str = "bilstm", dilations: tuple[int, ...] = (1, 2, 4), extra_flag: bool = False):
    """The tagger to train: `arch` "bilstm" (one BiLSTM layer of `hidden` units a direction) or "cnn"
    (a dilated CNN of `hidden` channels, one residual layer per dilation); both end in a CRF."""
    import torch
    from torch import nn

    n_tags = len(TAGS)
    penalty_trans = torch.tensor(np.where(allowed_transitions(), 0.0, -1e4), dtype=torch.float32)
    penalty_start = torch.tensor(np.where(allowed_starts(), 0.0, -1e4), dtype=torch.float32)
    penalty_end = torch.tensor(np.where(allowed_ends(), 0.0, -1e4), dtype=torch.float32)

    class Tagger(nn.Module):
        """Embeddings, a network (`emissions`) and a CRF over BIOES tags."""

        def __init__(self) -> None:
            super().__init__()
            self.arch = arch
            self.char_emb = nn.Embedding(n_chars, dc, padding_idx=0)
            self.bigram_emb = nn.Embedding(n_bigrams, db, padding_idx=0)
            self.drop = nn.Dropout(dropout)
            self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
            self.start = nn.Parameter(torch.zeros(n_tags))
            self.end = nn.Parameter(torch.zeros(n_tags))

        def loss(self, chars, big_next, big_prev, lex, lengths, tags, mask, teacher=None, distil_weight=0.0):
            """The CRF's negative log-likelihood of the tags (mean over the batch); with `teacher`
            emissions (B, T, n_tags), plus `distil_weight` times the squared distance of the
            emissions from them, each position's scores centred (a constant per position changes
            no path's rank), summed per sentence like the likelihood."""
            emit = self.emissions(chars, big_next, big_prev, lex, lengths)
            nll = crf_nll(emit, tags, mask, lengths, self.trans + penalty_trans, self.start + penalty_start,
                          self.end + penalty_end)
            if teacher is None:
                return nll
            gap = (emit - emit.mean(2, keepdim=True)) - (teacher - teacher.mean(2, keepdim=True))
            return nll + distil_weight * ((gap * gap).sum(2) * mask.float()).sum(1).mean()

    class BiLSTMTagger(Tagger):
        def __init__(self) -> None:
            super().__init__()
            self.lstm = nn.LSTM(dc + 2 * db + N_FEATURES + corpus_flag + extra_flag, hidden, batch_first=True,
                                bidirectional=True)
            self.out = nn.Linear(2 * hidden, n_tags)

        def emissions(self, chars, big_next, big_prev, lex, lengths):
            x = torch.cat([self.char_emb(chars), self.bigram_emb(big_next), self.bigram_emb(big_prev),
                           lex[:, :, :N_FEATURES]], dim=2)
            # the corpus flag after dropout: dropped, it would make PFR pieces look like MSRA ones
            x = torch.cat([self.drop(x), lex[:, :, N_FEATURES:]], dim=2)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=chars.shape[1])
            return self.out(self.drop(h))

    class CNNTagger(Tagger):
        """Layer 0: a width-3 convolution over the character vectors (at run time a table lookup
        per character and offset) plus a linear map of the character's bigrams and lexicon flags;
        then residual width-3 convolutions at the given dilations; ReLU throughout; positions past
        a text's end are zeroed after every layer, as the run-time code's gaps between texts are."""

        def __init__(self) -> None:
            super().__init__()
            self.dilations = tuple(dilations)
            self.char_conv = nn.Conv1d(dc, hidden, 3, padding=1, bias=False)
            self.rest = nn.Linear(2 * db + N_FEATURES, hidden)
            self.flag = nn.Parameter(torch.zeros(hidden)) if corpus_flag else None
            self.convs = nn.ModuleList(nn.Conv1d(hidden, hidden, 3, padding=d, dilation=d) for d in dilations)
            self.out = nn.Linear(hidden, n_tags)

        def emissions(self, chars, big_next, big_prev, lex, lengths):
            mask = (torch.arange(chars.shape[1])[None, :] < lengths[:, None]).unsqueeze(2).float()
            x = self.drop(self.char_emb(chars)) * mask  # padding reads nothing, whatever the pad vector
            rest = torch.cat([self.bigram_emb(big_next), self.bigram_emb(big_prev), lex[:, :, :N_FEATURES]], dim=2)
            h = self.char_conv(x.transpose(1, 2)).transpose(1, 2) + self.rest(self.drop(rest))
            if self.flag is not None:  # a bias per corpus (see the module docstring)
                h = h + lex[:, :, N_FEATURES:N_FEATURES + 1] * self.flag
            h = torch.relu(h) * mask
            for conv in self.convs:
                h = (h + torch.relu(conv(self.drop(h).transpose(1, 2)).transpose(1, 2))) * mask
            return self.out(self.drop(h))

    return (CNNTagger if arch == "cnn" else BiLSTMTagger)()


def crf_nll(emit, tags, mask, lengths, trans, start, end):
    """Mean negative log-likelihood of the gold paths under a linear-chain CRF."""
    import torch

    maskf = mask.float()
    gold = (emit.gather(2, tags.unsqueeze(2)).squeeze(2) * maskf).sum(1)
    gold = gold + start[tags[:, 0]]
    gold = gold + (trans[tags[:, :-1], tags[:, 1:]] * maskf[:, 1:]).sum(1)
    last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
    gold = gold + end[last]
    alpha = start.unsqueeze(0) + emit[:, 0]
    for t in range(1, emit.shape[1]):
        nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + emit[:, t]
        alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
    log_z = torch.logsumexp(alpha + end.unsqueeze(0), dim=1)
    return (log_z - gold).mean()


def export_weights(model) -> dict[str, np.ndarray]:
    """numpy arrays for graph/extract/mentions.py.  The corpus flag's input column is exported
    apart (fw_flag, bw_flag; cnn_flag): the flag is constant in a reading, so the tagger adds it to
    the bias when it reads as PFR annotates and leaves it out when it reads as MSRA does."""
    # copies: numpy() shares the parameters' memory, and the best epoch's arrays are kept while
    # training goes on (shared, they would turn into the last epoch's by the time they are written)
    sd = {k: v.detach().cpu().numpy().copy() for k, v in model.state_dict().items()}
    common = {
        "char_emb": sd["char_emb.weight"].astype(np.float16),
        "bigram_emb": sd["bigram_emb.weight"].astype(np.float16),
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "crf_trans": sd["trans"], "crf_start": sd["start"], "crf_end": sd["end"],
    }
    if model.arch == "cnn":
        weights = {**common, "arch": np.array("cnn"), "cnn_dilations": np.array(model.dilations, dtype=np.int64),
                   "cnn_char_w": sd["char_conv.weight"], "cnn_rest_w": sd["rest.weight"], "cnn_rest_b": sd["rest.bias"]}
        for k in range(len(model.dilations)):
            weights[f"cnn_w{k}"], weights[f"cnn_b{k}"] = sd[f"convs.{k}.weight"], sd[f"convs.{k}.bias"]
        if "flag" in sd:
            weights["cnn_flag"] = sd["flag"]
        return weights
    n_in = sd["char_emb.weight"].shape[1] + 2 * sd["bigram_emb.weight"].shape[1] + N_FEATURES
    weights = {
        **common,
        "fw_w_ih": sd["lstm.weight_ih_l0"][:, :n_in], "fw_w_hh": sd["lstm.weight_hh_l0"],
        "fw_b": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "bw_w_ih": sd["lstm.weight_ih_l0_reverse"][:, :n_in], "bw_w_hh": sd["lstm.weight_hh_l0_reverse"],
        "bw_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
    }
    if sd["lstm.weight_ih_l0"].shape[1] > n_in:
        # trained with the corpus flag: its input column (the --extra corpora's flag after it is read at 0: not exported)
        weights["fw_flag"] = sd["lstm.weight_ih_l0"][:, n_in]
        weights["bw_flag"] = sd["lstm.weight_ih_l0_reverse"][:, n_in]
    return weights


# --- evaluation ------------------------------------------------------------------------------------

def score(tagger: MentionTagger, records: list[dict]) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per type and over all, as ../shared/bench/ner_score.py counts them."""
    preds = tagger.tag_texts([r["text"] for r in records])
    counts = {t: [0, 0, 0] for t in TYPES + ("ALL",)}  # tp, fp, fn
    for r, spans in zip(records, preds):
        gold = {(e["start"], e["end"], e["type"]) for e in r["entities"] if e["type"] in TYPES}
        got = {(s.start, s.end, s.type) for s in spans}
        for t in TYPES:
            g = {x for x in gold if x[2] == t}
            p = {x for x in got if x[2] == t}
            counts[t][0] += len(g & p)
            counts[t][1] += len(p - g)
            counts[t][2] += len(g - p)
    out = {}
    for t in TYPES:
        for k in range(3):
            counts["ALL"][k] += counts[t][k]
    for t, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[t] = {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}
    return out


# --- distillation ---------------------------------------------------------------------------------

def load_teacher(teacher_dir: Path) -> tuple[MentionTagger, dict, Lexicon, np.ndarray, np.ndarray, dict]:
    """A trained model whose emissions the student learns to give: the tagger, its vocabulary and
    lexicon (the student reads the same inputs), its character and bigram vectors (the student
    starts from them) and its CRF arrays."""
    with np.load(teacher_dir / "weights.npz", allow_pickle=False) as data:
        weights = {k: data[k] for k in data.files}
    vocab = json.loads((teacher_dir / "vocab.json").read_text(encoding="utf-8"))
    lexicon = read_lexicon(teacher_dir / "lexicon.txt.gz")
    crf = {k: weights[k] for k in ("crf_trans", "crf_start", "crf_end")}
    return (MentionTagger(weights, vocab, lexicon, str(teacher_dir)), vocab, lexicon,
            weights["char_emb"].astype(np.float32), weights["bigram_emb"].astype(np.float32), crf)


def length_groups(texts: list[str], items: list[int], chars: int = 12_000) -> list[list[int]]:
    """`items` in groups of similar length of about `chars` characters (little padding per group)."""
    groups, group, size = [], [], 0
    for i in sorted(items, key=lambda i: len(texts[i])):
        if group and size + len(texts[i]) > chars:
            groups.append(group)
            group, size = [], 0
        group.append(i)
        size += len(texts[i])
    return groups + [group] if group else groups


def teacher_targets(teacher: MentionTagger, normal: list[str], flags: list[int], key: str,
                    cache: Path | None) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The teacher's emissions (float16, (n, n_tags)) and best tag path of each normalised text, read
    in its convention (flag 0: MSRA's, 1: PFR's).  Kept in `cache` under `key` (the teacher's
    weights and the texts): a second run with other student settings skips the minutes this takes."""
    path = cache / f"teacher-{key[:16]}.npz" if cache else None
    lengths = np.array([len(t) for t in normal])
    if path and path.exists():
        with np.load(path, allow_pickle=False) as data:
            flat, tags = data["emissions"], data["tags"]
    else:
        flat = np.zeros((int(lengths.sum()), len(TAGS)), dtype=np.float16)
        tags = np.zeros(int(lengths.sum()), dtype=np.int8)
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        for flag, convention in enumerate(CONVENTIONS):
            for group in length_groups(normal, [i for i, f in enumerate(flags) if f == flag]):
                size = lengths[group]
                emit = teacher.emissions([normal[i] for i in group], size, convention)
                best = teacher.best_paths(emit, size, Reading(convention))
                for k, i in enumerate(group):
                    flat[offsets[i]:offsets[i] + size[k]] = emit[:size[k], k]
                    tags[offsets[i]:offsets[i] + size[k]] = best[:size[k], k]
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(path, emissions=flat, tags=tags)
    cut = np.cumsum(lengths)[:-1]
    return np.split(flat, cut), np.split(tags.astype(np.int64), cut)


# --- main ------------------------------------------------------------------------------------------

def _lstm_parts(weights: dict[str, np.ndarray], direction: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One direction's input weights (the corpus flag's as the last input column: zeros for a model
    trained without it), recurrent weights and bias, in PyTorch's gate order (i, f, g, o)."""
    bias = weights[f"{direction}_b"]
    flag = weights.get(f"{direction}_flag", np.zeros(len(bias), dtype=np.float32))
    return np.concatenate([weights[f"{direction}_w_ih"], flag[:, None]], axis=1), weights[f"{direction}_w_hh"], bias


def guard_input(weights: dict[str, np.ndarray]) -> np.ndarray:
    """An input vector that, read at every step of one more sequence in each batch, makes the int8
    network's arithmetic the same whatever else is in the batch.

    onnxruntime's quantised LSTM scales each product's inputs by their range over the batch: the
    characters' vectors for the input gates, and the hidden states at each step for the recurrent
    ones.  So one sequence fixes both ranges: its vector holds the smallest and the largest value any
    input can take (every other input lies between them), and it drives, in each direction, one unit's
    input, forget and output gates and its candidate to saturation (exactly 1.0 in float32), positive
    for one unit and negative for another, with a margin that no recurrent input can cross.  Those
    units' cells then grow by exactly 1 a step, so their hidden states are tanh(t) and -tanh(t): the
    largest and smallest value any hidden state can have at step t.  Found by linear programming
    (scipy's HiGHS) over the units whose gates can be driven furthest."""
    import itertools

    from scipy.optimize import linprog

    low = float(min(weights["char_emb"].min(), weights["bigram_emb"].min(), 0.0))
    high = float(max(weights["char_emb"].max(), weights["bigram_emb"].max(), 1.0))
    h = weights["fw_w_hh"].shape[1]
    n = weights["fw_w_ih"].shape[1] + 1
    bounds = [(low, low), (high, high)] + [(low, high)] * (n - 2)  # the extremes, then anything between

    def constraints(direction: str, unit: int, sign: int) -> tuple[list, list]:
        """z = W x + b beyond saturation whatever R h adds: sigmoid(z) is 1.0f above 16.7, tanh above 9.1."""
        w, r, b = (a.astype(np.float64) for a in _lstm_parts(weights, direction))
        reach = np.abs(r).sum(axis=1)
        rows, limits = [], []
        for gate, signed, floor in ((0, 1, 17.0), (1, 1, 17.0), (3, 1, 17.0), (2, sign, 9.1)):
            k = gate * h + unit
            rows.append(-signed * w[k])
            limits.append(signed * b[k] - floor - reach[k])
        return rows, limits

    def margin(parts: list[tuple[list, list]]) -> tuple[float, np.ndarray | None]:
        """The largest common margin over the constraints, and the vector that has it."""
        rows = np.array([row for p in parts for row in p[0]])
        limits = np.array([v for p in parts for v in p[1]])
        result = linprog(np.r_[np.zeros(n), -1.0], A_ub=np.hstack([rows, np.ones((len(rows), 1))]), b_ub=limits,
                         bounds=bounds + [(None, 50.0)], method="highs")
        return (float(result.x[-1]), result.x[:n]) if result.status == 0 else (-np.inf, None)

    best_units = {}
    for direction, sign in itertools.product(("fw", "bw"), (1, -1)):
        ranked = sorted(range(h), key=lambda u: (-margin([constraints(direction, u, sign)])[0], u))
        best_units[direction, sign] = ranked[:4]
    best, vector = -np.inf, None
    for units in itertools.product(*(best_units[k] for k in (("fw", 1), ("fw", -1), ("bw", 1), ("bw", -1)))):
        if units[0] == units[1] or units[2] == units[3]:
            continue
        m, x = margin([constraints("fw", units[0], 1), constraints("fw", units[1], -1),
                       constraints("bw", units[2], 1), constraints("bw", units[3], -1)])
        if m > best:
            best, vector = m, x
    if vector is None or best <= 0:
        raise ValueError("no input saturates the network's units: the int8 network would read each text "
                         "differently in different batches")
    return vector.astype(np.float32)


def network_onnx(weights: dict[str, np.ndarray]) -> bytes:
    """The BiLSTM and its output layer as the ONNX model the build runs (graph/extract/mentions.py,
    _QuantisedBiLSTM): inputs (T, B, features + 1) vectors, the last column the corpus flag's value,
    and (B,) lengths; output (T, B, tags) scores.  Its LSTM weights are quantised to int8 by
    onnxruntime's dynamic quantisation (per gate row); a guard sequence (guard_input), kept in the
    file's metadata and appended by the tagger as the last sequence of each run, keeps each text's
    scores independent of its batch (appended there, in the copy the tagger makes of its inputs
    anyway, rather than by a Concat inside the graph that copied them again).  A network whose units
    cannot be saturated (one trained for seconds, as --tiny does) stays in float, where the guard is
    only one more sequence.  Same weights, same bytes."""
    import tempfile

    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic

    h = weights["fw_w_hh"].shape[1]

    def gates(a: np.ndarray) -> np.ndarray:  # PyTorch's gate order (i, f, g, o) → ONNX's (i, o, f, c)
        i, f, g, o = np.split(a, 4, axis=0)
        return np.concatenate([i, o, f, g], axis=0)

    parts = {d: _lstm_parts(weights, d) for d in ("fw", "bw")}
    w = np.stack([gates(parts[d][0]) for d in ("fw", "bw")])
    r = np.stack([gates(parts[d][1]) for d in ("fw", "bw")])
    b = np.stack([np.concatenate([gates(parts[d][2]), np.zeros(4 * h, dtype=np.float32)]) for d in ("fw", "bw")])
    try:
        guard, int8 = guard_input(weights), "yes"
    except ValueError as exc:
        guard, int8 = np.zeros(w.shape[2], dtype=np.float32), f"no: {exc}"
    out_w = weights["out_w"].T  # (2H, tags): the forward units' rows, then the backward ones'
    arrays = {"W": w, "R": r, "B": b, "out_w": np.stack([out_w[:h], out_w[h:]]), "out_b": weights["out_b"]}
    initialisers = [numpy_helper.from_array(np.ascontiguousarray(a, dtype=np.float32), name) for name, a in arrays.items()]
    initialisers.append(numpy_helper.from_array(np.array([1], dtype=np.int64), "directions"))
    nodes = [
        helper.make_node("LSTM", ["inputs", "W", "R", "B", "lengths"], ["hidden"], hidden_size=h,
                         direction="bidirectional"),
        # each direction's units through its half of the output layer, then the halves summed: no copy of
        # the (T, 2, B, H) states into (T, B, 2H) rows
        helper.make_node("MatMul", ["hidden", "out_w"], ["by_direction"]),  # (T, 2, B, tags)
        helper.make_node("ReduceSum", ["by_direction", "directions"], ["scores"], keepdims=0),
        helper.make_node("Add", ["scores", "out_b"], ["emissions"]),
    ]
    graph = helper.make_graph(
        nodes, "mentions",
        [helper.make_tensor_value_info("inputs", TensorProto.FLOAT, ["T", "B", w.shape[2]]),
         helper.make_tensor_value_info("lengths", TensorProto.INT32, ["B"])],
        [helper.make_tensor_value_info("emissions", TensorProto.FLOAT, ["T", "B", len(TAGS)])], initialisers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="cnkg")
    model.ir_version = 8
    onnx.checker.check_model(model)
    if int8 == "yes":
        with tempfile.TemporaryDirectory() as tmp:
            plain, quantised = Path(tmp) / "plain.onnx", Path(tmp) / "quantised.onnx"
            onnx.save(model, plain)
            # the LSTM only: the output layer's product is small, and kept in float its scores need no guard
            quantize_dynamic(plain, quantised, weight_type=QuantType.QInt8, op_types_to_quantize=["LSTM"],
                             per_channel=True)
            model = onnx.load(quantised)
    # the weights it was made from: the tagger refuses a network file that does not go with weights.npz
    # and the guard sequence's vector, which the tagger appends to each batch (exact: JSON keeps a float32's value)
    helper.set_model_props(model, {"weights_sha1": weights_digest(weights), "int8": int8,
                                   "guard": json.dumps([float(v) for v in guard.astype(np.float32)])})
    return model.SerializeToString()


def write_model(out: Path, weights: dict[str, np.ndarray], vocab: dict, lexicon: Lexicon) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # uncompressed: it loads in milliseconds, and float16 embeddings keep it small
    np.savez(out / "weights.npz", **weights)
    if "fw_w_hh" in weights:  # a BiLSTM: the network the build runs (quantised where it can be)
        (out / NETWORK_FILE).write_bytes(network_onnx(weights))
    write_lexicon(lexicon, out / "lexicon.txt.gz")
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")


def test_sets(corpora: Path) -> dict[str, Path]:
    """The NER test sets the model is scored on (never trained on)."""
    return {"msra-ner": corpora / "msra-ner" / "test.jsonl", "peoples-daily-ner": corpora / "peoples-daily-ner" / "test.jsonl"}


def test_scores(out: Path, tests: dict[str, Path], limit: int | None, log) -> dict[str, dict]:
    tagger = MentionTagger.load(out)
    scores = {}
    for name, path in tests.items():
        scores[name] = score(tagger, read_jsonl(path, limit))
        log(f"{name}: ALL {scores[name]['ALL']['F1']:.4f} PER {scores[name]['PER']['F1']:.4f} "
            f"LOC {scores[name]['LOC']['F1']:.4f} ORG {scores[name]['ORG']['F1']:.4f}")
    return scores


def network_record(out: Path) -> dict:
    import onnxruntime

    path = out / NETWORK_FILE
    import onnx

    int8 = {p.key: p.value for p in onnx.load(path).metadata_props}.get("int8", "")
    return {"file": NETWORK_FILE, "sha1": sha1(path), "bytes": path.stat().st_size, "int8": int8,
            "made": "from weights.npz by network_onnx() in this script: the LSTM's weights quantised to int8 (per gate "
                    f"row) by onnxruntime {onnxruntime.__version__}'s quantize_dynamic, a guard sequence in each batch "
                    "(guard_input(), kept in the file's metadata, appended by the tagger) so that a text's scores do not depend on its batch; run by onnxruntime at build "
                    "time. The test-set scores in 'scores' are this network's; 'own_dev' and 'history' are the float "
                    "network's, during training"}


def export_only(args) -> int:
    """network.onnx for the weights already in --out, and the test scores read through it."""
    began = time.time()
    log = lambda msg: print(f"[{time.time() - began:7.1f}s] {msg}", flush=True)  # noqa: E731
    with np.load(args.out / "weights.npz", allow_pickle=False) as data:
        weights = {k: data[k] for k in data.files}
    (args.out / NETWORK_FILE).write_bytes(network_onnx(weights))
    log(f"wrote {args.out / NETWORK_FILE}")
    record_path = args.out / "PROVENANCE.json"
    record = json.loads(record_path.read_text(encoding="utf-8")) if record_path.exists() else {}
    tests = test_sets(args.shared / "corpora")
    record.setdefault("scores", {}).update(test_scores(args.out, {k: p for k, p in tests.items() if p.exists()}, None, log))
    record["network"] = network_record(args.out)
    record_path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def batches(data: list, batch_size: int, rng: random.Random) -> list[list]:
    """Batches of examples of similar length, in a shuffled order."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), rng.random()))
    groups = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(groups)
    return groups


def tensors(encoded: list, items: list[int]):
    import torch

    lengths = [len(encoded[i][0]) for i in items]
    t_max = max(lengths)
    b = len(items)
    chars = np.zeros((b, t_max), dtype=np.int64)
    nxt = np.zeros((b, t_max), dtype=np.int64)
    prv = np.zeros((b, t_max), dtype=np.int64)
    lex = np.zeros((b, t_max, encoded[items[0]][2].shape[1]), dtype=np.float32)
    tags = np.zeros((b, t_max), dtype=np.int64)
    for row, i in enumerate(items):
        c, bg, lx, tg = encoded[i]
        n = len(c)
        chars[row, :n], prv[row, :n], nxt[row, :n], lex[row, :n], tags[row, :n] = c, bg[:n], bg[1:], lx, tg
    mask = np.arange(t_max)[None, :] < np.array(lengths)[:, None]
    return (torch.from_numpy(chars), torch.from_numpy(nxt), torch.from_numpy(prv), torch.from_numpy(lex),
            torch.tensor(lengths), torch.from_numpy(tags), torch.from_numpy(mask))


def teacher_record(teacher_dir: Path) -> dict:
    """What the student learnt from: the teacher's folder, weights checksum, recipe and scores."""
    record = json.loads((teacher_dir / "PROVENANCE.json").read_text(encoding="utf-8"))
    return {"path": str(teacher_dir), "weights_sha1": sha1(teacher_dir / "weights.npz"),
            "model": record.get("model"), "settings": record.get("settings"), "scores": record.get("scores"),
            "training_seconds": record.get("training_seconds")}


def teacher_tensor(targets: list[np.ndarray], items: list[int], t_max: int):
    """The teacher's emissions of a batch, (B, T, n_tags), zero past each piece's end."""
    import torch

    out = np.zeros((len(items), t_max, len(TAGS)), dtype=np.float32)
    for row, i in enumerate(items):
        out[row, :len(targets[i])] = targets[i]
    return torch.from_numpy(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default: ../shared)")
    ap.add_argument("--out", type=Path, default=MODEL_DIR, help=f"where the model goes (default: {MODEL_DIR})")
    ap.add_argument("--minutes", type=float, default=55.0,
                    help="safety cap on the training epochs' time; a run it stops is not reproducible (default: 55)")
    ap.add_argument("--epochs", type=int, default=2, help="epochs; the best by the own dev split is kept (default: 2)")
    ap.add_argument("--arch", choices=("bilstm", "cnn"), default="bilstm",
                    help="the network: one BiLSTM layer, or a dilated CNN (default: bilstm)")
    ap.add_argument("--hidden", type=int, default=96, help="LSTM size per direction, or CNN channels (default: 96)")
    ap.add_argument("--dilations", default="1,2,4", help="the CNN's residual layers, one per dilation (default: 1,2,4)")
    ap.add_argument("--teacher", type=Path, default=None,
                    help="a trained model folder to distil: the student reads its vocabulary, lexicon and (fixed) "
                         "character and bigram vectors, starts from its CRF, and learns its emissions on the "
                         "training pieces and on the xwlb-news texts (the development set's items excluded)")
    ap.add_argument("--distil-weight", type=float, default=0.05,
                    help="weight of the squared distance from the teacher's emissions (default: 0.05)")
    ap.add_argument("--distil-items", type=int, default=None,
                    help="xwlb-news items read for distillation (default: all but the development set's)")
    ap.add_argument("--char-dim", type=int, default=100, help="character vector size (default: 100)")
    ap.add_argument("--bigram-dim", type=int, default=50, help="bigram vector size (default: 50)")
    ap.add_argument("--max-bigrams", type=int, default=100_000, help="bigram vocabulary cap (default: 100000)")
    ap.add_argument("--batch", type=int, default=32, help="sentences per batch (default: 32)")
    ap.add_argument("--lr", type=float, default=2e-3, help="Adam learning rate (default: 0.002)")
    ap.add_argument("--dropout", type=float, default=0.3, help="dropout (default: 0.3)")
    ap.add_argument("--no-pfr", action="store_true", help="train on MSRA alone")
    ap.add_argument("--no-corpus-flag", dest="corpus_flag", action="store_false",
                    help="no input flag telling PFR pieces from MSRA ones (see above)")
    ap.add_argument("--extra", default="",
                    help=f"modern corpora read beside MSRA and PFR, comma-separated ({', '.join(EXTRA_TYPES)}), "
                         "their pieces flagged apart (see above)")
    ap.add_argument("--vectors-cache", type=Path, default=Path.home() / ".cache" / "cnkg" / "train",
                    help="folder keeping word2vec vectors between runs (default: ~/.cache/cnkg/train)")
    ap.add_argument("--no-pretrain", action="store_true", help="random vectors instead of word2vec")
    ap.add_argument("--seed", type=int, default=20261201, help="random seed (default: 20261201)")
    ap.add_argument("--threads", type=int, default=None,
                    help="torch threads (default: torch's own choice; 1 is faster for the CNN on a busy machine)")
    ap.add_argument("--tiny", action="store_true", help="a seconds-long run on small slices (for tests)")
    ap.add_argument("--export-only", action="store_true",
                    help="no training: write network.onnx for the BiLSTM weights already in --out, and score it")
    args = ap.parse_args(argv)
    if args.export_only:
        return export_only(args)
    extra = [name for name in args.extra.split(",") if name]
    unknown = [name for name in extra if name not in EXTRA_TYPES]
    if unknown or (extra and (args.arch != "bilstm" or not args.corpus_flag)):
        ap.error(f"--extra takes {', '.join(EXTRA_TYPES)}, with the BiLSTM and its corpus flag"
                 + (f" (not {', '.join(unknown)})" if unknown else ""))

    import torch

    began = time.time()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)
    if args.threads:
        torch.set_num_threads(args.threads)
    corpora = args.shared / "corpora"
    limit = 300 if args.tiny else None
    files = {"msra-ner-train": corpora / "msra-ner-train" / "train.jsonl"}
    if not args.no_pfr:
        files["pfr-1998-01"] = corpora / "pfr-1998-01" / "train.dedup.no-abbrev.jsonl"
    for name in extra:
        files[name] = corpora / name / EXTRA_FILES[name]
    tests = test_sets(corpora)
    for path in list(files.values()) + list(tests.values()):
        if not path.exists():
            print(f"error: {path} is missing (the training data lives in ../shared/corpora)", file=sys.stderr)
            return 2

    msra = read_jsonl(files["msra-ner-train"], limit)
    rng = random.Random(args.seed)
    rng.shuffle(msra)
    n_dev = max(20, len(msra) // 25)
    dev_records = msra[:n_dev]
    # (text, spans, corpus): 0 for MSRA, 1 for PFR, 2 for an --extra corpus
    train = [(t, sp, 0) for t, sp in examples(msra[n_dev:])]
    if "pfr-1998-01" in files:
        train += [(t, sp, 1) for t, sp in examples(read_jsonl(files["pfr-1998-01"], limit))]
    for name in extra:
        train += [(t, sp, 2) for t, sp in examples(extra_records(name, read_jsonl(files[name], limit)))]
    log = lambda msg: print(f"[{time.time() - began:7.1f}s] {msg}", flush=True)  # noqa: E731
    teacher = None
    if args.teacher:
        # the student reads the teacher's inputs: its vocabulary, lexicon and vectors
        teacher, vocab, lexicon, char_vecs, big_vecs, crf = load_teacher(args.teacher)
        args.char_dim, args.bigram_dim = char_vecs.shape[1], big_vecs.shape[1]
        unlabelled = unlabelled_texts(args.shared, 100 if args.tiny else args.distil_items)
        # each unlabelled piece is read in one convention, half in each (seeded)
        train += [(t, None, rng.randrange(2)) for t in unlabelled if t.strip()]
        log(f"{len(train)} training pieces ({len(unlabelled)} unlabelled), {len(dev_records)} dev sentences")
    else:
        unlabelled = unlabelled_texts(args.shared, 200 if args.tiny else None)
        all_text = [normalise(t) for t, _, _ in train] + [normalise(t) for t in unlabelled]
        vocab = build_vocab(all_text, 2, 3, 2000 if args.tiny else args.max_bigrams)
        log(f"{len(train)} training pieces, {len(dev_records)} dev sentences, {len(vocab['chars'])} chars, "
            f"{len(vocab['bigrams'])} bigrams")
        if args.no_pretrain:
            g = np.random.default_rng(args.seed)
            char_vecs = g.normal(0, 0.1, (len(vocab["chars"]), args.char_dim)).astype(np.float32)
            big_vecs = g.normal(0, 0.1, (len(vocab["bigrams"]), args.bigram_dim)).astype(np.float32)
        else:
            char_vecs, big_vecs = pretrain(all_text, vocab, args.char_dim, args.bigram_dim, args.seed,
                                           1 if args.tiny else 3, None if args.tiny else args.vectors_cache)
            log("word2vec vectors ready")
        lexicon = build_lexicon()

    index = ({c: i for i, c in enumerate(vocab["chars"])}, {b: i for i, b in enumerate(vocab["bigrams"])})
    tag_index = {t: i for i, t in enumerate(TAGS)}
    # the same flags as the plain loop, in a fraction of the time on millions of characters
    automaton = None if args.tiny else build_automaton(lexicon)
    targets: list[np.ndarray] | None = None
    if teacher is not None:
        teacher.automaton = automaton
        normal = [normalise(t) for t, _, _ in train]
        key = hashlib.sha1(json.dumps([sha1(args.teacher / "weights.npz"), normal, [c for _, _, c in train]],
                                      ensure_ascii=False).encode()).hexdigest()
        targets, teacher_tags = teacher_targets(teacher, normal, [c for _, _, c in train], key,
                                                None if args.tiny else args.vectors_cache)
        log("teacher's emissions ready")
    encoded = []
    for n, (text, spans, corpus) in enumerate(train):
        c, bg, lx = encode(text, index, lexicon, automaton)
        lx = lx.astype(np.float32)
        if args.corpus_flag:
            lx = np.concatenate([lx, flag_columns(corpus, len(lx), True, bool(extra))], axis=1)
        # an unlabelled piece is trained on the teacher's best path besides its emissions
        tags = teacher_tags[n] if spans is None else np.array([tag_index[t] for t in spans_to_tags(len(text), spans)])
        encoded.append((c, bg, lx, tags))
    log("encoded")

    dilations = tuple(int(d) for d in args.dilations.split(","))
    model = make_model(len(vocab["chars"]), len(vocab["bigrams"]), args.char_dim, args.bigram_dim, args.hidden, args.dropout,
                       args.corpus_flag, args.arch, dilations, bool(extra))
    with torch.no_grad():
        model.char_emb.weight.copy_(torch.from_numpy(char_vecs))
        model.bigram_emb.weight.copy_(torch.from_numpy(big_vecs))
        if teacher is not None:  # the teacher's vectors stay as they are; its CRF is the start
            model.char_emb.weight.requires_grad_(False)
            model.bigram_emb.weight.requires_grad_(False)
            for name, key in (("trans", "crf_trans"), ("start", "crf_start"), ("end", "crf_end")):
                getattr(model, name).copy_(torch.from_numpy(crf[key]))
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.85)
    budget = args.minutes * 60
    train_began = time.time()
    best, best_f1, history = None, -1.0, []
    epochs = 1 if args.tiny else args.epochs
    epoch_time = 0.0
    for epoch in range(1, epochs + 1):
        if time.time() - train_began + epoch_time > budget:
            log(f"time budget reached before epoch {epoch}")
            break
        t0 = time.time()
        model.train()
        total, steps = 0.0, 0
        for items in batches(encoded, args.batch, rng):
            chars, nxt, prv, lex, lengths, tags, mask = tensors(encoded, items)
            teacher_emit = None if targets is None else teacher_tensor(targets, items, chars.shape[1])
            loss = model.loss(chars, nxt, prv, lex, lengths, tags, mask, teacher_emit, args.distil_weight)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
            steps += 1
        sched.step()
        model.eval()
        weights = export_weights(model)
        dev = score(MentionTagger(weights, vocab, lexicon), dev_records)
        epoch_time = time.time() - t0
        history.append({"epoch": epoch, "loss": round(total / max(1, steps), 4), "dev": dev["ALL"]["F1"],
                        "seconds": round(epoch_time, 1)})
        log(f"epoch {epoch}: loss {total / max(1, steps):.4f}, dev F1 {dev['ALL']['F1']:.4f} "
            f"(PER {dev['PER']['F1']:.4f} LOC {dev['LOC']['F1']:.4f} ORG {dev['ORG']['F1']:.4f}), {epoch_time:.0f}s")
        if dev["ALL"]["F1"] > best_f1:
            best_f1, best = dev["ALL"]["F1"], (epoch, weights, dev)
            write_model(args.out, weights, vocab, lexicon)  # the best so far, usable while training goes on
    trained = time.time() - began
    epoch, weights, dev = best
    write_model(args.out, weights, vocab, lexicon)
    # the test sets are read by the model as written, quantised network and all
    scores = {"own_dev": dev, **test_scores(args.out, tests, limit, log)}
    data_files = {**files, **tests, "xwlb-news": corpora / "xwlb-news" / "articles.jsonl"}
    record = {
        "model": (f"character dilated CNN-CRF over BIOES tags (PER, LOC, ORG): {args.hidden} channels, "
                  f"residual layers at dilations {args.dilations}" if args.arch == "cnn"
                  else "character BiLSTM-CRF over BIOES tags (PER, LOC, ORG)"),
        "inputs": "character, next-bigram and previous-bigram vectors + lexicon flags (graph/extract/mention_features.py)",
        "trained_by": "scripts/train_mentions.py",
        "data": {name: {"path": str(path.relative_to(args.shared)), "sha1": sha1(path),
                        "licence": LICENCE_NOTES[name],
                        "use": "evaluation" if name in tests else ("word2vec text" if name == "xwlb-news" else "training")}
                 for name, path in data_files.items()},
        "own_dev_split": f"{n_dev} sentences of msra-ner-train held out by a seeded shuffle",
        "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k not in ("shared", "out", "vectors_cache")},
        "best_epoch": epoch,
        "history": history,
        "training_seconds": round(trained),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, torch {torch.__version__} (CPU), {torch.get_num_threads()} threads",
        "scores": scores,
        "weights_bytes": (args.out / "weights.npz").stat().st_size,
    }
    if (args.out / NETWORK_FILE).exists():
        record["network"] = network_record(args.out)
    if teacher is not None:
        record["teacher"] = teacher_record(args.teacher)
        record["data"]["xwlb-news"]["use"] = "distillation text (the teacher's emissions and best paths)"
    (args.out / "PROVENANCE.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    log(f"wrote {args.out} ({record['weights_bytes']:,} bytes of weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
