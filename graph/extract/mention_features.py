"""Per-character input features of the learned mention tagger (graph/extract/mentions.py).

The tagger reads each character with its two bigrams and a small vector of lexicon flags: for
every word of a reference lexicon that covers the character, whether the character begins,
continues or ends that word, by the word's class.  Lexicon flags are the cheap part of what
lattice and "SoftLexicon" taggers show: a character tagger that knows 北京 is a place name and
江泽民 a person name in jieba's dictionary learns the boundaries of names it never saw in
training from the words around them.

The lexicon is made once, by the training script, from jieba's dictionary (MIT; words with
part-of-speech tags nr/ns/nt/nz/j), the official division names of graph/data and the surname and
transliteration-character tables of graph/data/surnames.json, and shipped beside the weights
(lexicon.txt.gz): the model is read with exactly the lexicon it was trained with, whatever
version of jieba is installed, and nothing is rebuilt at start-up.
"""
from __future__ import annotations

from bisect import bisect_left
import functools
import gzip
import hashlib
import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# word classes with one bit each; a word may be in several (北京: ns in jieba and a division name)
CLASSES = ("word", "person", "place", "org", "proper", "abbrev", "division")
_TAG_CLASS = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "org",
              "nz": "proper", "j": "abbrev"}
N_CLASSES = len(CLASSES)
# begin / inside / end flags per class, then surname and transliteration character flags
N_FEATURES = 3 * N_CLASSES + 2
_MAX_WORD = 16  # longer dictionary entries are phrases, not names
# the words of three or more characters that hold a character inside, counted per class in one int64:
# 9 bits a class, since at most (_MAX_WORD - 2) ** 2 = 196 words of one class can hold a character inside
_COUNT_BITS = 9
_COUNT_SHIFTS = np.arange(N_CLASSES, dtype=np.int64) * _COUNT_BITS
_ONE_PER_CLASS = np.array([sum(1 << int(shift) for c, shift in enumerate(_COUNT_SHIFTS) if mask >> c & 1)
                           for mask in range(256)], dtype=np.int64)  # class bit mask → a 1 in each class's count


@dataclass(frozen=True, eq=False)
class Lexicon:
    ordered: list[str]  # the words (two characters or more), sorted: _matches bisects it
    class_bits: np.ndarray  # (words,) uint8: each word's class bit mask over CLASSES, in that order
    surnames: frozenset[str]
    translit: frozenset[str]

    @functools.cached_property
    def words(self) -> dict[str, int]:
        """Word → class bit mask (made when first asked for: 0.3 s that a tagger reading from the
        sorted list, as every build's does, never pays)."""
        return dict(zip(self.ordered, self.class_bits.tolist()))

    @functools.cached_property
    def char_flags(self) -> np.ndarray:
        """(code points, 2) uint8: is the character a surname, a transliteration character (one
        lookup per character of a text instead of two set tests)."""
        table = np.zeros((0x110000, 2), dtype=np.uint8)
        for column, chars in enumerate((self.surnames, self.translit)):
            if chars:
                table[[ord(c) for c in chars if len(c) == 1], column] = 1
        return table

    @functools.cached_property
    def digest(self) -> str:
        """sha1 of the words in order and their classes (370,000 words: made once per process)."""
        h = hashlib.sha1("\n".join(self.ordered).encode("utf-8"))
        h.update(self.class_bits.tobytes())
        return h.hexdigest()

    @classmethod
    def of(cls, words: dict[str, int], surnames, translit) -> "Lexicon":
        ordered = sorted(words)
        bits = np.array([words[w] for w in ordered], dtype=np.uint8)
        return cls(ordered, bits, frozenset(surnames), frozenset(translit))


# --- made at training time ---------------------------------------------------------------------------

def _jieba_words() -> dict[str, int]:
    """jieba's dictionary words of two characters or more → class bit mask."""
    from .tokens import jieba_dictionary

    words: dict[str, int] = {}
    for entry, tag in jieba_dictionary():
        if not 2 <= len(entry) <= _MAX_WORD:
            continue
        word = normalise(entry)
        bits = 1 << CLASSES.index("word")
        cls = _TAG_CLASS.get(tag)
        if cls:
            bits |= 1 << CLASSES.index(cls)
        words[word] = words.get(word, 0) | bits
    return words


def build_lexicon() -> Lexicon:
    """The lexicon from its reference sources (what the training script ships)."""
    from ..gazetteer import divisions
    from .names import _ref, transliteration_characters

    words = _jieba_words()
    division_bit = 1 << CLASSES.index("division")
    for form, safe in divisions().surface_forms().items():
        name = normalise(form)
        if safe and 2 <= len(name) <= _MAX_WORD:
            words[name] = words.get(name, 0) | division_bit
    return Lexicon.of(words, _ref().single, transliteration_characters())


def write_lexicon(lexicon: Lexicon, path: Path) -> None:
    """Six lines: surnames, transliteration characters, the words (tab-separated, sorted), their class
    bits, the two-character prefixes and their longest word length (a format that loads in a few splits;
    the last two lines are checked but not read back: the sorted words hold the same)."""
    longest: dict[str, int] = {}
    for w in lexicon.ordered:
        longest[w[:2]] = max(longest.get(w[:2], 0), len(w))
    prefixes = sorted(longest)
    lines = ["".join(sorted(lexicon.surnames)), "".join(sorted(lexicon.translit)),
             "\t".join(lexicon.ordered), ",".join(map(str, lexicon.class_bits.tolist())),
             "\t".join(prefixes), ",".join(str(longest[p]) for p in prefixes)]
    # mtime=0: the same lexicon gives the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write("\n".join(lines).encode("utf-8"))


def read_lexicon(path: Path) -> Lexicon:
    """Raises OSError or ValueError for a missing or malformed file."""
    with gzip.open(path, "rb") as handle:
        lines = handle.read().decode("utf-8").split("\n")
    if len(lines) != 6:
        raise ValueError(f"{path}: expected 6 lines, found {len(lines)}")
    surnames, translit, words, bits, prefixes, longest = lines
    ordered = words.split("\t")
    # (parsed in C: a list of 370,000 ints and a dict of the words were most of a tagger's start-up)
    class_bits, lengths = _numbers(bits, path), _numbers(longest, path)
    if len(ordered) != len(class_bits) or prefixes.count("\t") + 1 != len(lengths):
        raise ValueError(f"{path}: the word and class lists differ in length")
    if class_bits.size and (class_bits.min() < 0 or class_bits.max() >= 1 << N_CLASSES):
        raise ValueError(f"{path}: a class bit mask out of range")
    if sorted(ordered) != ordered:  # (timsort over sorted words: one pass in C)
        raise ValueError(f"{path}: the words are not sorted")
    return Lexicon(ordered, class_bits.astype(np.uint8), frozenset(surnames), frozenset(translit))


def _numbers(line: str, path: Path) -> np.ndarray:
    """The comma-separated integers of a lexicon line (ValueError for anything else)."""
    try:
        return np.fromstring(line, dtype=np.int64, sep=",")
    except ValueError:
        raise ValueError(f"{path}: a list of numbers holds something else") from None


# --- run time ----------------------------------------------------------------------------------------

# White space between words in news layout (bylines: 记者 王新华 田丽) separates items as 、 does; the
# training text has almost none, so the tagger reads it as the separator it knows.
_HALF = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
                      | {ch: "、" for ch in " \u3000\t\xa0\r\n"}
                      # the joiners of transliterated names (迪亚斯-卡内尔) as the training text writes them
                      | {ch: "·" for ch in "-－‧•・"}
                      # every ASCII digit and its full-width form (after the half-width mapping above)
                      | {ch: "0" for ch in "0123456789０１２３４５６７８９"})


def normalise(text: str) -> str:
    """One character per character: full-width ASCII to half-width, digits to 0 (a digit's value
    says nothing about a name), white space to 、 and hyphens to ·, so the tagger sees 1998 and
    １９９８ alike.  Length is kept.  One table lookup per character."""
    return text.translate(_HALF)


@functools.cache
def _normal_points() -> np.ndarray:
    """normalise's table as an array: code point → code point."""
    table = np.arange(0x110000, dtype=np.uint32)
    for point, replacement in _HALF.items():
        table[point] = ord(replacement)
    return table


def normal_code_points(text: str) -> np.ndarray:
    """The code points of normalise(text) (uint32): over a batch of texts ~20 times faster than
    str.translate, which looks each character up in a dict."""
    return _normal_points()[np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)]


@dataclass(frozen=True)
class Automaton:
    """A double-array Aho-Corasick automaton over the lexicon (daachorse): the same matches as the
    plain loop of `_matches` ~10 times faster.  Its build takes ~2 s, but it turns into bytes that
    load in milliseconds, so a tagger keeps it in the user's cache folder (MentionTagger._find_automaton).
    Its pattern indexes are positions in the lexicon's word order (Lexicon.class_bits)."""
    search: object

    def to_bytes(self) -> bytes:
        return self.search.serialize()


def build_automaton(lex: Lexicon) -> Automaton:
    import daachorse

    return Automaton(daachorse.CharwiseDoubleArrayAhoCorasick(lex.ordered))


def automaton_from_bytes(data: bytes) -> Automaton:
    """The automaton `Automaton.to_bytes` gave (ValueError for other bytes)."""
    import daachorse

    try:
        return Automaton(daachorse.CharwiseDoubleArrayAhoCorasick.deserialize(data))
    except Exception as exc:  # the binding raises its own exception type for bytes it cannot read
        raise ValueError(f"not a lexicon automaton ({exc})") from exc


def automaton_key(lex: Lexicon) -> str:
    """A digest of what the automaton is made from: the lexicon (its words in order and their classes)
    and the library version (its byte format may change with it)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        library = version("daachorse")
    except PackageNotFoundError:  # installed without its metadata: kept automatons then serve this install alone
        import daachorse

        library = str(Path(daachorse.__file__).resolve())
    return hashlib.sha1(f"lexicon automaton daachorse {library}\n{lex.digest}".encode()).hexdigest()


def _matches(text: str, lex: Lexicon) -> tuple[list[int], list[int], list[int]]:
    """Every lexicon word in text (overlapping): starts, ends, class bits.  Each start's longer and
    longer candidates are bisected in the sorted words, and the first that no word begins with ends
    the search there (a few µs a character: the loop reads only a short text, see MentionTagger)."""
    ordered, class_bits = lex.ordered, lex.class_bits
    count = len(ordered)
    starts, ends, bits = [], [], []
    n = len(text)
    for i in range(n - 1):
        lo = 0
        for j in range(i + 2, n + 1):
            piece = text[i:j]
            lo = bisect_left(ordered, piece, lo)
            if lo == count:
                break
            found = ordered[lo]
            if found == piece:
                starts.append(i)
                ends.append(j)
                bits.append(int(class_bits[lo]))
            elif not found.startswith(piece):
                break  # no word begins so: none begins with a longer piece either
    return starts, ends, bits


def lexicon_features(text: str, lex: Lexicon, automaton: Automaton | None = None,
                     code_points: np.ndarray | None = None) -> np.ndarray:
    """(len(text), N_FEATURES) uint8 flags of the normalised text (see module docstring); its code
    points may be given (the tagger has them already)."""
    n = len(text)
    feats = np.zeros((n, N_FEATURES), dtype=np.uint8)
    if n == 0:
        return feats
    if automaton is None:
        found = np.array(_matches(text, lex), dtype=np.int64).T.reshape(-1, 3)  # (start, end, class bits) rows
        start, end, masks = found[:, 0], found[:, 1], found[:, 2].astype(np.uint8)
    else:
        matches = automaton.search.find_overlapping(text)  # (start, end, word index) tuples
        found = np.fromiter(itertools.chain.from_iterable(matches), dtype=np.int64, count=3 * len(matches))
        found = found.reshape(-1, 3)
        start, end, masks = found[:, 0], found[:, 1], lex.class_bits[found[:, 2]]
    if len(start):
        # begin and end: the class masks of the words that begin (end) at a character, or-ed together
        begin, finish = np.zeros(n, dtype=np.uint8), np.zeros(n, dtype=np.uint8)
        np.bitwise_or.at(begin, start, masks)
        np.bitwise_or.at(finish, end - 1, masks)
        # inside: a difference array over (start+1, end-1) of the words of three or more characters,
        # every class's count at once (see _COUNT_BITS)
        long_ = end - start >= 3
        ones = _ONE_PER_CLASS[masks[long_]]
        inside = np.zeros(n + 1, dtype=np.int64)
        np.add.at(inside, start[long_] + 1, ones)
        np.add.at(inside, end[long_] - 1, -ones)
        counts = np.cumsum(inside[:n])
        feats[:, 0:N_CLASSES] = np.unpackbits(begin[:, None], axis=1, count=N_CLASSES, bitorder="little")
        feats[:, N_CLASSES:2 * N_CLASSES] = (counts[:, None] >> _COUNT_SHIFTS) & ((1 << _COUNT_BITS) - 1) > 0
        feats[:, 2 * N_CLASSES:3 * N_CLASSES] = np.unpackbits(finish[:, None], axis=1, count=N_CLASSES, bitorder="little")
    if code_points is None:
        code_points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    feats[:, 3 * N_CLASSES:] = lex.char_flags[code_points]
    return feats
