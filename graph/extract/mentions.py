"""The learned mention tagger: clean text in, PER / LOC / ORG spans out.

A character BiLSTM-CRF trained here (scripts/train_mentions.py) on annotated news; its weights
ship in graph/data/mentions/ with a provenance record (data files and checksums, settings,
training time, scores).  No torch at run time: the build runs the BiLSTM through onnxruntime from
network.onnx, the same weights with the LSTM's quantised to 8-bit integers (made from weights.npz
by the training script, with a guard sequence in each batch that keeps a text's scores independent
of its batch; see scripts/train_mentions.py guard_input).  The float network in plain numpy
(_BiLSTM: a character's share of the input gates one row of a table, its bigrams and lexicon flags
one matrix product) is the reference the training script scores its epochs with.  A weights file
may instead hold a dilated CNN (its `arch` entry says so; see _DilatedCNN), read through the same
features, CRF and interface.  The two LSTM directions run over a batch of chunks of similar length
on one thread, and a Viterbi pass restricted to valid BIOES paths decodes the tags.  The lexicon
flags come from an automaton that one process builds (once it has read enough text to repay the
~2 s) and keeps in the cache folder for every later one; until then a plain loop finds the same
words.

Each character is read with its two bigrams and the lexicon flags of
graph/extract/mention_features.py.  Text is tagged in chunks cut at sentence ends (and at commas
in very long sentences), the unit the model was trained on.

A missing or unreadable model is an error (MentionModelError), never a silent fallback to rules.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from threadpoolctl import ThreadpoolController

from ..datacache import keep_bytes, kept_bytes
from .mention_features import (N_FEATURES, Automaton, Lexicon, automaton_from_bytes, automaton_key, build_automaton,
                               lexicon_features, normal_code_points, read_lexicon)

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "mentions"
TYPES = ("PER", "LOC", "ORG")
# tag set: O, then B/I/E/S for each type
TAGS = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in "BIES")
# the annotation conventions a reading can follow, as the value of the model's corpus flag: MSRA's
# (the NER test sets), the PFR corpus's (People's Daily 1998: 东盟 a place; 两岸, and 邓小平 in
# 邓小平理论, untagged), or halfway between them (the flag is a bias, so a value between 0 and 1
# moves the model's reading linearly from one to the other)
CONVENTIONS = {"msra": 0.0, "mixed": 0.5, "pfr": 1.0}
NETWORK_FILE = "network.onnx"  # the BiLSTM quantised, beside weights.npz
MAX_CHUNK = 160  # characters; longer sentences are cut at a comma (or hard) before tagging
_CODE_POINTS = 0x110000
# characters read before loading a kept lexicon automaton pays (~0.1 s: the plain loop reads a
# one-document build's text in less), and before building one does (~2 s, when no process kept one)
_KEPT_AUTOMATON_AFTER = 20_000
_AUTOMATON_AFTER = 100_000
_PAD_RATIO = 1.5  # the BiLSTM's batches: the longest piece at most this many times the shortest (or 12 characters)
# characters per batch of the features and the Viterbi pass, whose per-step work a wide batch repays
_BATCH_CHARS = 48_000
_ONNX_RUN_CHARS = 2_000  # characters per run of the quantised network inside a batch (see _OnnxBiLSTM)
_CNN_BLOCK = 3_000  # characters per block of the CNN's layers (see _DilatedCNN.emissions)
_SENTENCE_END = re.compile(r"[。！？；!?;\n]+[”’」』）)]*")
_SOFT_BREAK = re.compile(r"[，、,：:]")


class MentionModelError(RuntimeError):
    """The mention model's files are missing or unreadable."""


@dataclass(frozen=True)
class Reading:
    """How spans are read off the model.

    convention: whose annotation to follow (CONVENTIONS): MSRA's (the NER test sets; `kg ner`), the
    PFR corpus's, or halfway between them (the graph: PFR's fewer short bodies and names, MSRA's names
    of today's leaders in full; see PROVENANCE.json's note).
    full_names: decode without one-character people.  The annotated corpora mark a lone surname
    as a person (老张, 江 in 江总书记), so the model sometimes reads an unfamiliar given name as the
    end of one (赵 | 乐际); a reader that keeps full names only is better served by the best reading
    that has no such person (赵乐际)."""

    convention: str = "msra"
    full_names: bool = False

    def __post_init__(self) -> None:
        if self.convention not in CONVENTIONS:
            raise ValueError(f"unknown convention {self.convention!r} (one of {', '.join(CONVENTIONS)})")


class Span(NamedTuple):
    """(a named tuple: a batch makes thousands, at a third of a frozen dataclass's cost each)"""
    start: int
    end: int  # exclusive
    type: str  # PER, LOC or ORG


def chunks(text: str, max_len: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` that cover it: sentences, long ones cut at a comma."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        out.extend(_cut_long(text, start, m.end(), max_len))
        start = m.end()
    if start < len(text):
        out.extend(_cut_long(text, start, len(text), max_len))
    return [(s, e) for s, e in out if e > s]


def _cut_long(text: str, start: int, end: int, max_len: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > max_len:
        window = text[start:start + max_len]
        soft = [m.end() for m in _SOFT_BREAK.finditer(window) if m.end() >= max_len // 3]
        cut = start + (soft[-1] if soft else max_len)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def tags_to_spans(tags: list[str] | np.ndarray, offset: int = 0) -> list[Span]:
    """BIOES tag names (or indices into TAGS) → spans; a broken sequence yields no span."""
    if isinstance(tags, np.ndarray):
        # most characters are O: visit the others only, a gap between two of them standing for an O
        tagged = np.flatnonzero(tags)
        steps = zip(tagged.tolist(), (TAGS[k] for k in tags[tagged].tolist()))
    else:
        steps = ((i, name) for i, name in enumerate(tags) if name != "O")
    spans: list[Span] = []
    begin, kind, last = -1, "", -2
    for i, name in steps:
        if i != last + 1:
            begin = -1
        last = i
        p, t = name.split("-")
        if p == "S":
            spans.append(Span(offset + i, offset + i + 1, t))
            begin = -1
        elif p == "B":
            begin, kind = i, t
        elif p == "I":
            if kind != t:
                begin = -1
        elif p == "E":
            if begin >= 0 and kind == t:
                spans.append(Span(offset + begin, offset + i + 1, t))
            begin = -1
    return spans


def spans_to_tags(length: int, spans: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * length
    for s, e, t in spans:
        if e - s == 1:
            tags[s] = f"S-{t}"
        else:
            tags[s] = f"B-{t}"
            for k in range(s + 1, e - 1):
                tags[k] = f"I-{t}"
            tags[e - 1] = f"E-{t}"
    return tags


def allowed_transitions() -> np.ndarray:
    """(n_tags, n_tags) bool: which tag may follow which under BIOES."""
    n = len(TAGS)
    ok = np.zeros((n, n), dtype=bool)
    for a, ta in enumerate(TAGS):
        for b, tb in enumerate(TAGS):
            pa, ka = (ta.split("-") + [""])[:2] if ta != "O" else ("O", "")
            pb, kb = (tb.split("-") + [""])[:2] if tb != "O" else ("O", "")
            if pa in ("O", "E", "S"):
                ok[a, b] = pb in ("O", "B", "S")
            else:  # B or I
                ok[a, b] = pb in ("I", "E") and kb == ka
    return ok


def allowed_starts() -> np.ndarray:
    return np.array([t == "O" or t[0] in "BS" for t in TAGS])


def allowed_ends() -> np.ndarray:
    return np.array([t == "O" or t[0] in "ES" for t in TAGS])


_VALID, _VALID_START, _VALID_END = allowed_transitions(), allowed_starts(), allowed_ends()


class MentionTagger:
    """The trained tagger; `tag(text)` gives its spans.  Build with `tagger()`."""

    def __init__(self, weights: dict[str, np.ndarray], vocab: dict, lexicon: Lexicon, source: str = "memory",
                 network: bytes | None = None) -> None:
        """`network`: the quantised BiLSTM (network.onnx's bytes) to run instead of the float arrays
        of `weights` in numpy; it must have been made from these weights."""
        self.lexicon = lexicon
        try:
            self._load(weights, vocab, network)
        except (KeyError, ValueError, IndexError, TypeError) as exc:
            raise MentionModelError(f"the mention model in {source} is incomplete or inconsistent ({exc})") from exc

    @classmethod
    def load(cls, model_dir: Path = MODEL_DIR) -> "MentionTagger":
        try:
            # allow_pickle=False: a weights file is data, never code
            with np.load(model_dir / "weights.npz", allow_pickle=False) as data:
                weights = {k: data[k] for k in data.files}
            vocab = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))
            lexicon = read_lexicon(model_dir / "lexicon.txt.gz")
            # a BiLSTM runs quantised (see the module's docstring): its network file is part of the model
            network = (model_dir / NETWORK_FILE).read_bytes() if _arch(weights) == "bilstm" else None
        except (OSError, ValueError, KeyError, EOFError) as exc:
            raise MentionModelError(f"cannot read the mention model in {model_dir} ({exc}); "
                                    "reinstall the package or re-run scripts/train_mentions.py") from exc
        return cls(weights, vocab, lexicon, str(model_dir), network)

    def _load(self, w: dict[str, np.ndarray], vocab: dict, network: bytes | None) -> None:
        self._index_tables(vocab)
        self.automaton: Automaton | None = None
        self._looked_for_automaton = False
        self.chars_read = 0
        self.arch = arch = _arch(w)
        if arch not in _NETWORKS:
            raise ValueError(f"unknown architecture {arch!r}")
        if network is not None and arch != "bilstm":
            raise ValueError(f"a network file goes with a BiLSTM, not a {arch}")
        self.network = _NETWORKS[arch](w) if network is None else _OnnxBiLSTM(w, network)
        trans = w["crf_trans"].copy()
        trans[~allowed_transitions()] = -1e4
        self.trans = trans
        self.start = np.where(allowed_starts(), w["crf_start"], -1e4)
        self.end = np.where(allowed_ends(), w["crf_end"], -1e4)
        # for readers that want full names only (the graph): no path through a one-character person
        single = TAGS.index("S-PER")
        self.full_name_trans, self.full_name_start = self.trans.copy(), self.start.copy()
        self.full_name_trans[:, single] = self.full_name_start[single] = -1e4

    # -- features ---------------------------------------------------------------------------

    def _index_tables(self, vocab: dict) -> None:
        """Code point → character index, and bigram code → bigram index, for numpy lookups."""
        self.char_index = np.ones(_CODE_POINTS, dtype=np.int64)  # 1: unknown
        for i, c in enumerate(vocab["chars"]):
            if len(c) == 1:
                self.char_index[ord(c)] = i
        pairs = [(i, b) for i, b in enumerate(vocab["bigrams"]) if len(b) == 2]
        points = np.frombuffer("".join(b for _, b in pairs).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        self.bigram_index = _CodeTable(points[0::2] * _CODE_POINTS + points[1::2],
                                       np.array([i for i, _ in pairs], dtype=np.int64), missing=1)

    # -- inference --------------------------------------------------------------------------

    def tag_texts(self, texts: list[str], reading: Reading = Reading()) -> list[list[Span]]:
        """Spans of each text (offsets into that text), read as `reading` says."""
        # one BLAS thread: the matrices of an LSTM step are small, and BLAS threads spinning beside the
        # build's worker processes made a step ~30x slower on a busy 2-core machine
        with _blas().limit(limits=1, user_api="blas"):
            return self._tag_texts(texts, reading)

    def _tag_texts(self, texts: list[str], reading: Reading) -> list[list[Span]]:
        pieces = [(n, s, e) for n, t in enumerate(texts) for s, e in chunks(t)]
        pieces.sort(key=lambda p: p[2] - p[1])
        out: list[list[Span]] = [[] for _ in texts]
        batch: list[tuple[int, int, int]] = []
        size = 0
        for piece in pieces:
            length = piece[2] - piece[1]
            # a batch is padded to its longest piece: start another when this one is much longer than
            # the batch's shortest (one document's pieces range from a title to a long sentence)
            shortest = batch[0][2] - batch[0][1] if batch else length
            if batch and (size + length > _BATCH_CHARS or length > self.network.pad_ratio * max(shortest, 8)):
                self._run(texts, batch, out, reading)
                batch, size = [], 0
            batch.append(piece)
            size += length
        if batch:
            self._run(texts, batch, out, reading)
        for spans in out:
            spans.sort(key=lambda s: (s.start, s.end))
        return out

    def tag(self, text: str, reading: Reading = Reading()) -> list[Span]:
        return self.tag_texts([text], reading)[0]

    def _run(self, texts: list[str], batch: list[tuple[int, int, int]], out: list[list[Span]],
             reading: Reading) -> None:
        self.chars_read += sum(e - s for _, s, e in batch)
        self._find_automaton()
        # the batch normalised as one string (see features), in numpy
        points = normal_code_points("".join("\x02" + texts[n][s:e] + "\x03" for n, s, e in batch))
        lengths = np.array([e - s for _, s, e in batch])
        features = self._features(points.tobytes().decode("utf-32-le"), points, lengths)
        paths = self.best_paths(self.network.emissions(features, reading.convention), lengths, reading)
        found = _path_spans(paths, lengths)
        if found is None:  # not a valid BIOES path somewhere (never seen): read each text on its own
            for k, ((n, s, _), length) in enumerate(zip(batch, lengths)):
                out[n].extend(tags_to_spans(paths[:length, k], offset=s))
            return
        for k, start, end, kind in zip(*(a.tolist() for a in found)):
            n, offset, _ = batch[k]
            out[n].append(Span(offset + start, offset + end, TYPES[kind]))

    def _find_automaton(self) -> None:
        """The lexicon automaton, once this tagger has read enough text to repay it: from the cache
        folder if a process kept one, else built and kept (the features are the same without it)."""
        if self.automaton is not None:
            return
        if not self._looked_for_automaton and self.chars_read > _KEPT_AUTOMATON_AFTER:
            self._looked_for_automaton = True
            data = kept_bytes("lexicon-automaton", automaton_key(self.lexicon))
            if data is not None:
                with contextlib.suppress(ValueError):  # a damaged file is only a slower read
                    self.automaton = automaton_from_bytes(data)
                    return
        if self.chars_read > _AUTOMATON_AFTER:
            self.automaton = build_automaton(self.lexicon)
            keep_bytes("lexicon-automaton", automaton_key(self.lexicon), self.automaton.to_bytes())

    def features(self, normal: list[str], lengths: np.ndarray) -> "Features":
        """The batch's inputs as index arrays over one string that holds every text between a start
        and an end mark (no lexicon word holds them, so no match crosses from one text into the next)."""
        joined = "".join("\x02" + text + "\x03" for text in normal)
        return self._features(joined, np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32), lengths)

    def _features(self, joined: str, points: np.ndarray, lengths: np.ndarray) -> "Features":
        """features() of the joined string and its code points."""
        code = points.astype(np.int64)
        char_ids = np.append(self.char_index[code], 0)  # one extra row that padding positions point to
        bigram_ids = np.append(self.bigram_index.lookup(code[:-1] * _CODE_POINTS + code[1:]), [0, 0])  # pair k: k, k + 1
        lex_rows = np.concatenate([lexicon_features(joined, self.lexicon, self.automaton, points),
                                   np.zeros((1, N_FEATURES), dtype=np.uint8)])
        first = np.cumsum(np.concatenate([[0], lengths[:-1] + 2])) + 1  # where each text's first character is
        return Features(char_ids, bigram_ids, lex_rows, first, np.asarray(lengths), len(code))

    def emissions(self, normal: list[str], lengths: np.ndarray, convention: str = "msra") -> np.ndarray:
        """(T, B, n_tags) scores of each tag at each character of the normalised texts, read in
        `convention` (zeros past a text's end)."""
        return self.network.emissions(self.features(normal, lengths), convention)

    def decode(self, normal: list[str], lengths: np.ndarray, reading: Reading = Reading()) -> np.ndarray:
        """Best BIOES tag index path of each text, (T, B)."""
        return self.best_paths(self.emissions(normal, lengths, reading.convention), lengths, reading)

    def best_paths(self, emit: np.ndarray, lengths: np.ndarray, reading: Reading = Reading()) -> np.ndarray:
        """Best valid BIOES paths, (T, B), through (T, B, n_tags) emissions read as `reading` says."""
        full = reading.full_names
        trans, start = (self.full_name_trans, self.full_name_start) if full else (self.trans, self.start)
        return _viterbi(emit, lengths, trans, start, self.end)


class _CodeTable:
    """Integer keys → values, looked up for a whole array at once: an open-addressing hash table
    (Fibonacci hashing, linear probing) at most 3/8 full, so that nearly every key is found at its
    first slot: ten times faster than a binary search of the sorted keys (~150 ns a character for a
    batch's bigrams, 3 % of the tagger's time)."""

    _EMPTY = -1
    _GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # 2**64 / the golden ratio

    def __init__(self, keys: np.ndarray, values: np.ndarray, missing: int) -> None:
        """`keys` non-negative and below 2**63; a repeated key keeps its first value."""
        self.missing = missing
        self.bits = max(4, int(np.ceil(np.log2(max(1, len(keys)) * 8 / 3))))
        self.mask = (1 << self.bits) - 1
        self.keys = np.full(1 << self.bits, self._EMPTY, dtype=np.int64)
        self.values = np.zeros(1 << self.bits, dtype=np.int64)
        _, first = np.unique(keys, return_index=True)
        first.sort()
        keys, values, slots = keys[first], values[first], self._slots(keys[first])
        while len(keys):  # each round, the first key that wants a free slot takes it; the others try the next
            free = self.keys[slots] == self._EMPTY
            claim, taker = np.unique(slots[free], return_index=True)
            taker = np.flatnonzero(free)[taker]
            self.keys[claim], self.values[claim] = keys[taker], values[taker]
            rest = np.ones(len(keys), dtype=bool)
            rest[taker] = False
            keys, values, slots = keys[rest], values[rest], (slots[rest] + 1) & self.mask

    def _slots(self, keys: np.ndarray) -> np.ndarray:
        return ((keys.astype(np.uint64) * self._GOLDEN) >> np.uint64(64 - self.bits)).astype(np.int64)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        out = np.full(len(keys), self.missing, dtype=np.int64)
        where, slots = np.arange(len(keys)), self._slots(keys)
        while len(where):
            held = self.keys[slots]
            hit = held == keys
            out[where[hit]] = self.values[slots[hit]]
            going = ~hit & (held != self._EMPTY)
            where, keys, slots = where[going], keys[going], (slots[going] + 1) & self.mask
        return out


@dataclass(frozen=True)
class Features:
    """A batch's inputs (see MentionTagger.features): per position of the joined string (plus one
    padding row at the end), the character index, the index of the bigram it begins, and the lexicon
    flags; where each text's first character is, and each text's length."""
    char_ids: np.ndarray
    bigram_ids: np.ndarray  # bigram k spans positions k and k + 1: a character ends bigram k - 1
    lex_rows: np.ndarray  # uint8
    first: np.ndarray
    lengths: np.ndarray
    pad: int  # the padding row's index

    def positions(self, backward: bool = False) -> np.ndarray:
        """Time-major (T, B): the position each step of each text reads in the joined string, from the
        text's end when `backward`, the padding row past its end."""
        step = np.arange(int(self.lengths.max()))[:, None]
        pos = self.first[None, :] + (self.lengths[None, :] - 1 - step if backward else step)
        return np.where(step < self.lengths[None, :], pos, self.pad)

    def _pair_ends(self, pos: np.ndarray) -> np.ndarray:
        """The bigram each position's character ends (the one before it; the padding row's own)."""
        return np.where(pos == self.pad, self.pad, pos - 1)

    def write_inputs(self, out: np.ndarray, pos: np.ndarray, char_emb: np.ndarray, bigram_emb: np.ndarray,
                     flag: float) -> None:
        """A BiLSTM's input vectors at `pos` (any shape) into `out` (that shape and one more axis): the
        character's vector, the vectors of the pairs it begins and ends, its lexicon flags and the corpus
        flag, each written in place (take's "clip" mode writes unbuffered: no array per part, no concatenation)."""
        ends = self._pair_ends(pos)
        c, b = char_emb.shape[1], bigram_emb.shape[1]
        np.take(char_emb, self.char_ids[pos], axis=0, out=out[..., :c], mode="clip")
        np.take(bigram_emb, self.bigram_ids[pos], axis=0, out=out[..., c:c + b], mode="clip")
        np.take(bigram_emb, self.bigram_ids[ends], axis=0, out=out[..., c + b:c + 2 * b], mode="clip")
        out[..., c + 2 * b:-1] = self.lex_rows[pos]
        out[..., -1] = flag

    def bigrams_and_flags(self, bigram_emb: np.ndarray, pos: np.ndarray) -> list[np.ndarray]:
        """At each position of `pos` (any shape): the vector of the pair the character begins (pad: past the last pair, a
        zero), of the pair it ends, and its lexicon flags, for the caller to concatenate with its own."""
        ends = self._pair_ends(pos)
        return [bigram_emb[self.bigram_ids[pos]], bigram_emb[self.bigram_ids[ends]], self.lex_rows[pos].astype(np.float32)]


def _arch(w: dict[str, np.ndarray]) -> str:
    """Which network a weights file holds (files without the entry predate the CNN)."""
    return str(w["arch"]) if "arch" in w else "bilstm"


def weights_digest(w: dict[str, np.ndarray]) -> str:
    """A digest of a model's arrays, which network.onnx records: a network file made from other
    weights is refused, not run beside the wrong embeddings and CRF."""
    h = hashlib.sha1()
    for name in sorted(w):
        array = np.ascontiguousarray(w[name])
        h.update(f"{name} {array.dtype.str} {array.shape}\n".encode())
        h.update(array.tobytes())
    return h.hexdigest()


def _corpus_flag(w: dict[str, np.ndarray], name: str, like: np.ndarray) -> np.ndarray:
    """The corpus flag's weights (an input that is 1 for the PFR corpus's pieces in training) are a
    constant per reading, so they become a bias; a model trained without them reads both alike."""
    return w[name] if name in w else np.zeros_like(like)


def _by_convention(base: np.ndarray, flag: np.ndarray) -> dict[str, np.ndarray]:
    """`base` with the corpus flag's weights added at each convention's value of the flag."""
    return {convention: base + value * flag for convention, value in CONVENTIONS.items()}


class _BiLSTM:
    """One BiLSTM layer, time-major over a batch of texts of similar length."""

    # a batch is padded to its longest text: at most this many times its shortest (or 12 characters)
    pad_ratio = _PAD_RATIO

    def __init__(self, w: dict[str, np.ndarray]) -> None:
        char_emb = w["char_emb"].astype(np.float32)
        self.bigram_emb = bigram_emb = w["bigram_emb"].astype(np.float32)
        dc, db = char_emb.shape[1], bigram_emb.shape[1]
        self.hidden = h = w["fw_w_hh"].shape[1]
        w_ih = np.concatenate([w["fw_w_ih"], w["bw_w_ih"]], axis=0)  # (8H, inputs): both directions at once
        if w_ih.shape[1] != dc + 2 * db + N_FEATURES:
            raise ValueError(f"input size {w_ih.shape[1]} does not fit the features")
        bias = np.concatenate([w["fw_b"], w["bw_b"]])
        flag = np.concatenate([_corpus_flag(w, "fw_flag", w["fw_b"]), _corpus_flag(w, "bw_flag", w["bw_b"])])
        # a character's share of the input gates is one row of a table (bias folded in); the bigrams
        # and lexicon flags go through one matmul; one table and one matrix per direction
        char_part = char_emb @ w_ih[:, :dc].T
        rest = w_ih[:, dc:].T.astype(np.float32)
        # gates reordered from PyTorch's (i, f, g, o) to (i, f, o, g): one sigmoid over the first three
        gate = np.concatenate([np.arange(0, 2 * h), np.arange(3 * h, 4 * h), np.arange(2 * h, 3 * h)])

        def per_direction(array: np.ndarray) -> list[np.ndarray]:
            return [np.ascontiguousarray(array[:, :4 * h][:, gate]), np.ascontiguousarray(array[:, 4 * h:][:, gate])]

        self.char_tables = {convention: per_direction(table.astype(np.float32))
                            for convention, table in _by_convention(char_part + bias, flag).items()}
        self.w_rests = per_direction(rest)
        self.w_hh = [np.ascontiguousarray(w["fw_w_hh"].T[:, gate]), np.ascontiguousarray(w["bw_w_hh"].T[:, gate])]
        # sigmoid(x) = (tanh(x / 2) + 1) / 2: the three sigmoid gates' weights are halved here, once
        # (exact: a power of two), instead of their inputs at every step
        for array in [*(t for tables in self.char_tables.values() for t in tables), *self.w_rests, *self.w_hh]:
            array[:, :3 * h] *= 0.5
        self.gate_width = 4 * h
        self.w_out = np.ascontiguousarray(w["out_w"].T)
        self.b_out = w["out_b"]

    def emissions(self, f: Features, convention: str) -> np.ndarray:
        """Time-major throughout, so that each LSTM step reads one contiguous block; the backward
        direction's inputs are gathered from each text's end, and its scores put back in text order."""
        lengths, b, t_max = f.lengths, len(f.lengths), int(f.lengths.max())
        g = self.gate_width
        step = np.arange(t_max)[:, None]
        live = step < lengths[None, :]
        emit = np.zeros((t_max, b, len(TAGS)), dtype=np.float32)
        backward_emit = np.zeros_like(emit)
        for direction, (w_hh, w_out, out) in enumerate(((self.w_hh[0], self.w_out[:self.hidden], emit),
                                                        (self.w_hh[1], self.w_out[self.hidden:], backward_emit))):
            pos = f.positions(backward=bool(direction))  # the backward direction reads each text from its end
            rest = np.concatenate(f.bigrams_and_flags(self.bigram_emb, pos), axis=2)
            gates = self.char_tables[convention][direction][f.char_ids[pos]]
            gates += (rest.reshape(t_max * b, -1) @ self.w_rests[direction]).reshape(t_max, b, g)
            hidden = _lstm(gates, w_hh, self.hidden)
            out[:] = (hidden.reshape(t_max * b, -1) @ w_out).reshape(t_max, b, -1)
        # the backward direction's scores back in text order: step t of a text of length n is
        # position n - 1 - t
        back = np.where(live, lengths[None, :] - 1 - step, step)
        emit += backward_emit[back, np.arange(b)[None, :]]
        emit += self.b_out
        return emit


class _OnnxBiLSTM:
    """The BiLSTM and its output layer run by onnxruntime from network.onnx (made by the training
    script from the same weights: int8 LSTM weights where the network allows it (the shipped one
    does; see its metadata's "int8"), activations quantised on the fly, and a guard
    sequence appended to each batch inside the network so that a text's scores do not depend on the
    texts batched with it).  The inputs are gathered here, time-major as in _BiLSTM: each
    character's vector, its two bigrams' vectors, its lexicon flags and the corpus flag's value (one
    more input column, the reading's convention); onnxruntime reverses each text for the backward
    direction itself."""

    # the network runs over a batch a few texts of close lengths at a time (see emissions), so the
    # batch's own padding costs only the features and the Viterbi pass: 1.5 beat 1.25 by 2-3 %
    pad_ratio = _PAD_RATIO

    def __init__(self, w: dict[str, np.ndarray], network: bytes) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        # one thread: the build runs one tagger per worker process on each core
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        try:
            self.session = onnxruntime.InferenceSession(network, options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types for a damaged file
            raise ValueError(f"{NETWORK_FILE} does not load ({exc})") from exc
        meta = self.session.get_modelmeta().custom_metadata_map
        if meta.get("weights_sha1") != weights_digest(w):
            raise ValueError(f"{NETWORK_FILE} was made from other weights than weights.npz "
                             "(re-run scripts/train_mentions.py --export-only)")
        if "guard" not in meta:
            raise ValueError(f"{NETWORK_FILE} was made by an older export, without its guard sequence "
                             "(re-run scripts/train_mentions.py --export-only)")
        self.guard = np.array(json.loads(meta["guard"]), dtype=np.float32)
        self.char_emb = w["char_emb"].astype(np.float32)
        self.bigram_emb = w["bigram_emb"].astype(np.float32)

    def emissions(self, f: Features, convention: str) -> np.ndarray:
        pos = f.positions()
        lengths = f.lengths.astype(np.int32)
        emit = np.zeros(pos.shape + (len(TAGS),), dtype=np.float32)
        # the network runs over a few thousand characters at a time, whose inputs and gates stay in
        # the CPU's cache (15-20 % faster than one run over the batch), while the features and the
        # Viterbi pass keep the batch's size, which repays their per-step work
        for first, last in _runs(lengths, _ONNX_RUN_CHARS):
            steps, width = int(lengths[first:last].max()), last - first
            run_pos = pos[:steps, first:last]
            # one more sequence, as long as the run's longest, of the guard vector (scripts/train_mentions.py,
            # guard_input): it fixes the ranges by which the int8 network scales each product's inputs, so a
            # text's scores do not depend on what else is in its run
            inputs = np.empty((steps, width + 1, len(self.guard)), dtype=np.float32)
            inputs[:, width] = self.guard
            f.write_inputs(inputs[:, :width], run_pos, self.char_emb, self.bigram_emb, CONVENTIONS[convention])
            # what it scores past a text's end is never read (see _viterbi)
            emit[:steps, first:last] = self.session.run(
                ["emissions"], {"inputs": inputs, "lengths": np.append(lengths[first:last], np.int32(steps))})[0][:, :width]
        return emit


class _DilatedCNN:
    """A dilated CNN (ID-CNN-like): a first layer of width 3 over the characters (the characters' part
    a table lookup per character and offset) plus the bigrams and lexicon flags at the character
    itself, then residual layers of width-3 convolutions at growing dilations, then a linear map to
    the tags.  No step-by-step loop: every layer is one matrix product over all characters of the
    batch, laid end to end with zero gaps between texts as wide as the widest dilation, so that no
    text reads its neighbour (the same as the zero padding in training)."""

    pad_ratio = float("inf")  # nothing is padded but the gaps: a batch may mix any lengths

    def __init__(self, w: dict[str, np.ndarray]) -> None:
        char_emb = w["char_emb"].astype(np.float32)
        self.bigram_emb = w["bigram_emb"].astype(np.float32)
        first = w["cnn_char_w"].astype(np.float32)  # (C, dc, 3), offsets -1, 0, +1
        self.channels = c = first.shape[0]
        if w["cnn_rest_w"].shape[1] != 2 * self.bigram_emb.shape[1] + N_FEATURES or first.shape[1] != char_emb.shape[1]:
            raise ValueError("the first layer does not fit the features")
        # one table row per character: its share of the first layer at each offset, (V, 3C)
        self.char_table = np.ascontiguousarray(char_emb @ first.transpose(1, 2, 0).reshape(char_emb.shape[1], 3 * c))
        self.char_table[0] = 0  # the padding row: gaps read nothing, as the zero padding in training
        self.w_rest = np.ascontiguousarray(w["cnn_rest_w"].T.astype(np.float32))
        bias = w["cnn_rest_b"].astype(np.float32)
        flag = _corpus_flag(w, "cnn_flag", bias).astype(np.float32)
        self.biases = _by_convention(bias, flag)
        self.dilations = [int(d) for d in w["cnn_dilations"]]
        # per layer: the (C, C) weights of offsets -dilation, 0, +dilation, and the bias
        self.layers = [(*(np.ascontiguousarray(w[f"cnn_w{k}"][:, :, o].T.astype(np.float32)) for o in range(3)),
                        w[f"cnn_b{k}"].astype(np.float32)) for k in range(len(self.dilations))]
        self.gap = max([1, *self.dilations])
        self.w_out = np.ascontiguousarray(w["out_w"].T.astype(np.float32))
        self.b_out = w["out_b"].astype(np.float32)

    def emissions(self, f: Features, convention: str) -> np.ndarray:
        lengths = f.lengths
        emit = np.zeros((int(lengths.max()), len(lengths), len(TAGS)), dtype=np.float32)
        # texts in blocks of a few thousand characters: each layer's arrays stay in the cache (the
        # texts are independent, so any grouping gives the same scores)
        for first, last in _runs(lengths, _CNN_BLOCK):
            in_text, column, scores = self._block(f.first[first:last], lengths[first:last], f, convention)
            emit[in_text, column + first] = scores
        return emit

    def _block(self, first: np.ndarray, lengths: np.ndarray, f: Features,
               convention: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Scores of some texts of the batch: (position in its text, text, scores) per character."""
        gap = self.gap
        # flat layout: a gap, text 0, a gap, text 1, ..., a gap; `where` is each text's first row
        where = gap + np.concatenate([[0], np.cumsum(lengths + gap)[:-1]])
        rows = int(where[-1] + lengths[-1] + gap)
        in_text = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        text_rows = np.repeat(where, lengths) + in_text
        source = np.full(rows, f.pad)  # the joined string's position each row reads (gaps: the padding row)
        source[text_rows] = np.repeat(first, lengths) + in_text
        gap_rows = np.flatnonzero(source == f.pad)
        rest = np.concatenate(f.bigrams_and_flags(self.bigram_emb, source), axis=1)
        h = rest @ self.w_rest
        h += self.biases[convention]
        table = self.char_table[f.char_ids[source]]  # (rows, 3C): each character's share at offsets -1, 0, +1
        c = self.channels
        h += table[:, c:2 * c]
        h[1:] += table[:-1, :c]
        h[:-1] += table[1:, 2 * c:]
        np.maximum(h, 0, out=h)
        h[gap_rows] = 0
        for (before_w, at_w, after_w, bias), dilation in zip(self.layers, self.dilations):
            # one product per offset (three small ones beat one over the rows side by side here)
            out = h @ at_w
            out[dilation:] += h[:-dilation] @ before_w
            out[:-dilation] += h[dilation:] @ after_w
            out += bias
            np.maximum(out, 0, out=out)
            h += out
            h[gap_rows] = 0
        return in_text, np.repeat(np.arange(len(lengths)), lengths), h[text_rows] @ self.w_out + self.b_out


_NETWORKS = {"bilstm": _BiLSTM, "cnn": _DilatedCNN}


def _runs(lengths: np.ndarray, chars: int) -> list[tuple[int, int]]:
    """(first, last) column ranges of a batch, in order, each of about `chars` characters of text
    (at least one text each)."""
    ends = np.cumsum(lengths)
    out, first = [], 0
    while first < len(lengths):
        last = max(first + 1, int(np.searchsorted(ends, ends[first] - lengths[first] + chars, side="right")))
        out.append((first, last))
        first = last
    return out


def _lstm(gates: np.ndarray, w_hh: np.ndarray, hidden: int) -> np.ndarray:
    """One LSTM direction over (T, B, 4H) input gates in the order (i, f, o, g), the first three
    halved (see MentionTagger._load); written in place,
    since each step's few small array operations are most of the cost."""
    t_max, b, _ = gates.shape
    h = np.zeros((b, hidden), dtype=np.float32)
    c = np.zeros((b, hidden), dtype=np.float32)
    recurrent = np.empty((b, 4 * hidden), dtype=np.float32)
    out = np.empty((t_max, b, hidden), dtype=np.float32)
    three = 3 * hidden
    for t in range(t_max):
        g = gates[t]
        np.matmul(h, w_hh, out=recurrent)
        g += recurrent
        sig = g[:, :three]  # sigmoid(x) = (tanh(x / 2) + 1) / 2, which never overflows; x / 2 is
        np.tanh(sig, out=sig)  # what the halved weights give
        sig *= 0.5
        sig += 0.5
        cand = g[:, three:]
        np.tanh(cand, out=cand)
        c *= sig[:, hidden:2 * hidden]
        cand *= sig[:, :hidden]
        c += cand
        h = out[t]  # this step's output, and the next step's input
        np.tanh(c, out=h)
        h *= sig[:, 2 * hidden:three]
    return out


def _viterbi(emit: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray,
             end: np.ndarray) -> np.ndarray:
    """Best paths through (T, B, n_tags) scores (zeros past each text's end).  The texts are visited
    longest first, so that those still going at step t are the first columns: each step works on those
    alone, a few array operations whatever the mix of lengths.  The forward pass keeps each step's
    best scores, state-major (the max over the previous state is then an elementwise max of 13 rows,
    several times faster than an argmax over a short last axis), and no back-pointers: the way back
    asks, for the one state each text is in, which previous state gave its best score (the same sums
    as the forward pass, so the same choice, first state on a tie)."""
    t_max, b, n = emit.shape
    order = np.argsort(-lengths, kind="stable")
    going = (lengths[order][None, :] > np.arange(t_max)[:, None]).sum(axis=1)  # texts longer than t
    emit = np.ascontiguousarray(emit[:, order].transpose(0, 2, 1))  # (T, to, text)
    best = np.empty((t_max, n, b), dtype=np.result_type(emit, trans))  # best[t, s, i]: text i's best path to state s at t
    best[0] = start[:, None] + emit[0]
    moves = trans[:, :, None]  # (from, to, 1)
    for t in range(1, t_max):
        k = going[t]
        np.max(best[t - 1, :, None, :k] + moves, axis=0, out=best[t, :, :k])
        best[t, :, :k] += emit[t, :, :k]
    last = (best[lengths[order] - 1, :, np.arange(b)] + end[None, :]).argmax(axis=1)  # at each text's end
    into = np.ascontiguousarray(trans.T)  # (to, from)
    paths = np.zeros((t_max, b), dtype=np.int64)
    for t in range(t_max - 1, -1, -1):  # a text's last tag waits in `last` until t reaches its end
        k = going[t]
        paths[t, :k] = last[:k]
        if t:
            last[:k] = (best[t - 1, :, :k].T + into[last[:k]]).argmax(axis=1)
    out = np.empty_like(paths)
    out[:, order] = paths
    return out


_ROLE = np.array([-1] + [p for _ in TYPES for p in range(4)])  # B, I, E, S = 0, 1, 2, 3 (-1: O)
_KIND = np.array([-1] + [k for k in range(len(TYPES)) for _ in range(4)])


def _path_spans(paths: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, ...] | None:
    """The spans of a batch's (T, B) tag paths at once: text index, start, end and type index
    arrays; None if a path is not a valid BIOES path (then tags_to_spans reads it, text by text).
    In a valid path each B or S opens the span that the next E or S closes."""
    t_max = paths.shape[0]
    flat = np.where(np.arange(t_max)[None, :] < lengths[:, None], paths.T, 0).ravel()  # text after text, O between
    if not (_VALID[flat[:-1], flat[1:]].all() and _VALID_START[flat[0]] and _VALID_END[flat[-1]]):
        return None
    tagged = np.flatnonzero(flat)
    role = _ROLE[flat[tagged]]
    opens, closes = tagged[(role == 0) | (role == 3)], tagged[(role == 2) | (role == 3)] + 1
    text = opens // t_max
    return text, opens - text * t_max, closes - text * t_max, _KIND[flat[opens]]


@functools.cache
def _blas() -> ThreadpoolController:
    """The process's BLAS libraries, found once (looking them up costs more than a short text's tagging)."""
    return ThreadpoolController()


@functools.cache
def tagger() -> MentionTagger:
    """The shipped model (or the one in the folder CNKG_MENTION_MODEL names), loaded once per process."""
    return MentionTagger.load(Path(os.environ.get("CNKG_MENTION_MODEL") or MODEL_DIR))


def model_record(model_dir: Path = MODEL_DIR) -> dict:
    """The provenance record written by the training script (data, settings, scores)."""
    path = model_dir / "PROVENANCE.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise MentionModelError(f"cannot read {path} ({exc})") from exc
