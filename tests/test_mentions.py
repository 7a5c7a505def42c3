"""graph.extract.mentions: the learned mention tagger (numpy inference) and its features."""
from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from graph.extract.mention_features import CLASSES, N_CLASSES, lexicon_features, normalise
from graph.extract.mentions import (CONVENTIONS, MODEL_DIR, NETWORK_FILE, TAGS, MentionModelError, MentionTagger, Reading, chunks,
                                    model_record, spans_to_tags, tagger, tags_to_spans)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.type) for s in tagger().tag(text)]


# --- the pieces around the network ------------------------------------------------------------------

def test_chunks_cover_the_text_and_cut_at_sentence_ends():
    # xwlb-news (2024-01-22): the sentence ends inside the quotation, the piece after its closing mark
    text = ("当天，围绕改造事宜，习近平同志还和居民代表开了座谈会，他说：“请给大伙捎个话，政府会把好事办好。”很快，"
            "苍霞棚户区启动改造工程。" + "，".join(["群众满意"] * 60))
    pieces = chunks(text)
    assert pieces[0] == (0, text.index("很快"))
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(e - s <= 160 for s, e in pieces)


def test_tags_and_spans_round_trip():
    spans = [(0, 3, "PER"), (4, 5, "LOC"), (6, 12, "ORG")]
    tags = spans_to_tags(12, spans)
    assert tags[:4] == ["B-PER", "I-PER", "E-PER", "O"] and tags[4] == "S-LOC"
    assert [(s.start, s.end, s.type) for s in tags_to_spans(tags)] == spans
    # a broken sequence (an I without its B) yields nothing rather than a guess
    assert tags_to_spans(["I-PER", "E-PER", "O"]) == []


@pytest.mark.parametrize("tags, expected", [
    (["B-PER", "E-PER", "S-LOC"], [(0, 2, "PER"), (2, 3, "LOC")]),
    (["B-PER", "O", "E-PER"], []),  # an O between B and E breaks the name
    (["B-PER", "I-ORG", "E-PER"], []),  # so does an I of another type
    (["B-ORG", "I-ORG", "I-ORG", "E-ORG", "O", "I-LOC", "E-LOC"], [(0, 4, "ORG")]),
])
def test_tag_indices_decode_like_tag_names(tags, expected):
    """The model's index paths (mostly O, skipped) decode exactly as the tag names do."""
    indices = np.array([TAGS.index(t) for t in tags])
    assert [(s.start, s.end, s.type) for s in tags_to_spans(indices, offset=10)] == [(a + 10, b + 10, t) for a, b, t in expected]
    assert [(s.start, s.end, s.type) for s in tags_to_spans(tags)] == expected


def test_normalise_keeps_length_and_folds_digits_and_width():
    assert normalise("１９９８年ＡＢ") == "0000年AB"
    assert len(normalise("２０２４年，全市")) == len("２０２４年，全市")


def test_normal_code_points_are_normalise_in_numpy():
    from graph.extract.mention_features import normal_code_points

    text = "\x02２０２４年，全市ＡＢ-c　张三\x03\x02𠀀１\x03"
    assert normal_code_points(text).tobytes().decode("utf-32-le") == normalise(text)


def test_lexicon_flags_agree_with_the_words_found():
    """Begin, inside and end flags of every class, against the words the plain loop finds, on a
    sentence where many words overlap (the inside counts of all classes share one integer)."""
    from graph.extract.mention_features import _matches

    lex = tagger().lexicon
    text = normalise("中华人民共和国国务院总理在北京市人民大会堂会见新疆维吾尔自治区乌鲁木齐市代表团")
    feats = lexicon_features(text, lex)
    want = np.zeros_like(feats)
    for start, end, mask in zip(*_matches(text, lex)):
        for c in range(N_CLASSES):
            if mask >> c & 1:
                want[start, c] = want[end - 1, 2 * N_CLASSES + c] = 1
                want[start + 1:end - 1, N_CLASSES + c] = 1
    assert (feats[:, :3 * N_CLASSES] == want[:, :3 * N_CLASSES]).all()
    assert feats[:, N_CLASSES:2 * N_CLASSES].sum() > 20  # long words of several classes overlap here


def test_plain_loop_finds_every_lexicon_word_of_a_sentence():
    """The loop bisects the sorted words and stops a start's search at the first piece no word begins
    with: it finds exactly the substrings that are lexicon words (every substring asked of the dict)."""
    from graph.extract.mention_features import _matches

    lex = tagger().lexicon
    text = normalise("新华社北京12月3日电 国务院总理李强在人民大会堂会见乌兹别克斯坦总统，内蒙古自治区鄂尔多斯市")
    want = sorted((i, j, lex.words[text[i:j]]) for i in range(len(text)) for j in range(i + 2, len(text) + 1)
                  if text[i:j] in lex.words)
    assert sorted(zip(*_matches(text, lex))) == want
    assert len(want) > 20 and any(j - i >= 6 for i, j, _ in want)  # long words found past shorter ones


def test_lexicon_is_read_without_a_dict_of_its_words(tmp_path):
    """Reading the lexicon and tagging a short text build no dict of its 370,000 words (0.3 s of each
    process's start-up); a damaged file is an error: words out of order, a number list with text in it."""
    from graph.extract.mention_features import read_lexicon

    lex = read_lexicon(MODEL_DIR / "lexicon.txt.gz")
    assert lexicon_features(normalise("国家主席江泽民在北京会见"), lex).any()
    assert "words" not in vars(lex)
    lines = gzip.decompress((MODEL_DIR / "lexicon.txt.gz").read_bytes()).decode().split("\n")
    swapped = lines[2].split("\t")
    swapped[:2] = swapped[1::-1]
    for bad in ([*lines[:2], "\t".join(swapped), *lines[3:]], [*lines[:3], lines[3] + ",x", *lines[4:]],
                [*lines[:3], lines[3] + ",1", *lines[4:]]):
        path = tmp_path / "lexicon.txt.gz"
        path.write_bytes(gzip.compress("\n".join(bad).encode()))
        with pytest.raises(ValueError, match=str(path)):
            read_lexicon(path)


def test_code_table_finds_what_a_dict_finds():
    from graph.extract.mentions import _CodeTable

    rng = np.random.default_rng(3)
    keys = rng.integers(0, 1 << 40, 5000)
    keys[100] = keys[7]  # a repeated key keeps its first value
    values = np.arange(len(keys))
    table = _CodeTable(keys, values, missing=-5)
    first = {}
    for k, v in zip(keys.tolist(), values.tolist()):
        first.setdefault(k, v)
    asked = np.concatenate([keys, rng.integers(0, 1 << 40, 5000), [0]])
    assert table.lookup(asked).tolist() == [first.get(k, -5) for k in asked.tolist()]
    # a full table's keys collide: every one is still found
    small = _CodeTable(np.arange(0, 60, 6), np.arange(10), missing=0)
    assert small.lookup(np.arange(0, 66, 6)).tolist() == list(range(10)) + [0]


def test_lexicon_flags_mark_dictionary_names():
    text = "国家主席江泽民在北京会见"
    feats = lexicon_features(text, tagger().lexicon)
    person, place = CLASSES.index("person"), CLASSES.index("place")
    begin, end = 0, 2 * N_CLASSES
    i = text.index("江泽民")
    assert feats[i, begin + person] and feats[i + 2, end + person]
    j = text.index("北京")
    assert feats[j, begin + place] and feats[j + 1, end + place]
    assert not feats[text.index("会"), begin + person]
    # the last two columns: surname, transliteration character (one table lookup per character)
    assert [bool(f) for f in feats[:, 3 * N_CLASSES]] == [ch in tagger().lexicon.surnames for ch in text]
    assert [bool(f) for f in feats[:, 3 * N_CLASSES + 1]] == [ch in tagger().lexicon.translit for ch in text]



def test_lexicon_automaton_finds_what_the_plain_loop_finds():
    from graph.extract.mention_features import build_automaton

    lex = tagger().lexicon
    text = normalise("新华社记者王雪松报道，贵州省黎平县委组织部近日召开会议，定日县长所乡古荣村党支部书记次仁平措的母亲不幸遇难")
    assert (lexicon_features(text, lex, build_automaton(lex)) == lexicon_features(text, lex)).all()


def test_lexicon_automaton_is_kept_for_later_processes(tmp_path, monkeypatch):
    """One tagger that reads a lot builds the automaton (~2 s) and keeps it in the cache folder; a
    later one loads it once it has read a little; a damaged file is passed over (the plain loop reads)."""
    from graph.extract import mentions

    monkeypatch.setattr("graph.index.cache_dirs", lambda: iter([tmp_path]))  # this folder alone
    first = MentionTagger.load()
    first.tag("短句。")
    assert first.automaton is None and not list(tmp_path.iterdir())  # too little text to repay a build
    first.chars_read = mentions._AUTOMATON_AFTER
    text = "国家主席江泽民在北京会见。"
    spans = first.tag(text)
    assert first.automaton is not None
    (kept,) = tmp_path.iterdir()
    later = MentionTagger.load()
    later.chars_read = mentions._KEPT_AUTOMATON_AFTER  # loading a kept one pays sooner than building
    assert later.tag(text) == spans and later.automaton is not None
    kept.write_bytes(kept.read_bytes()[:1000])
    damaged = MentionTagger.load()
    damaged.chars_read = mentions._KEPT_AUTOMATON_AFTER
    assert damaged.tag(text) == spans and damaged.automaton is None

def _reference_viterbi(emit, lengths, trans, start, end):
    """The plain Viterbi (every text at every step), to check the tagger's faster one against."""
    t_max, b, n = emit.shape
    score = start[None, :] + emit[0]
    back = np.zeros((t_max, b, n), dtype=np.int64)
    for t in range(1, t_max):
        cand = score[:, :, None] + trans[None, :, :]
        new = cand.max(axis=1) + emit[t]
        live = (t < lengths)[:, None]
        back[t] = np.where(live, cand.argmax(axis=1), np.arange(n)[None, :])
        score = np.where(live, new, score)
    last = (score + end[None, :]).argmax(axis=1)
    paths = np.zeros((t_max, b), dtype=np.int64)
    for t in range(t_max - 1, -1, -1):
        paths[t] = last
        last = back[t, np.arange(b), last]
    return paths


def test_viterbi_and_batch_spans_match_the_plain_reading():
    """The Viterbi that works on the texts still going, and the spans read from a whole batch's
    paths at once, give what the plain Viterbi and tags_to_spans give, text by text."""
    from graph.extract.mentions import _path_spans, _viterbi, allowed_ends, allowed_starts, allowed_transitions

    rng = np.random.default_rng(7)
    lengths = np.array([1, 9, 4, 30, 30, 2, 17])
    emit = rng.normal(0, 3, (30, len(lengths), len(TAGS))).astype(np.float32)
    trans = np.where(allowed_transitions(), rng.normal(0, 1, (len(TAGS), len(TAGS))), -1e4)
    start = np.where(allowed_starts(), 0.0, -1e4)
    end = np.where(allowed_ends(), 0.0, -1e4)
    paths = _viterbi(emit, lengths, trans, start, end)
    expected = _reference_viterbi(emit, lengths, trans, start, end)
    for k, n in enumerate(lengths):
        assert paths[:n, k].tolist() == expected[:n, k].tolist()
    text, begin, finish, kind = _path_spans(paths, lengths)
    got = sorted(zip(text.tolist(), begin.tolist(), finish.tolist(), kind.tolist()))
    want = sorted((k, s.start, s.end, ("PER", "LOC", "ORG").index(s.type))
                  for k, n in enumerate(lengths) for s in tags_to_spans(paths[:n, k]))
    assert got == want and want
    broken = paths.copy()
    broken[0, 3] = TAGS.index("I-PER")  # no B before it: the batch reading declines, text by text decides
    assert _path_spans(broken, lengths) is None


# --- the shipped model --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("中共中央总书记、国家主席江泽民在北京会见了美国客人。",
     [("中共中央", "ORG"), ("江泽民", "PER"), ("北京", "LOC"), ("美国", "LOC")]),
    ("新华社记者王雪松报道，贵州省黎平县委组织部近日召开会议。",
     [("新华社", "ORG"), ("王雪松", "PER"), ("贵州省黎平县委组织部", "ORG")]),
    # names no dictionary lists: minority and transliterated names stay whole
    # (xwlb-news, 2025-01-11)
    ("在西藏定日6.8级地震中，定日县长所乡古荣村党支部书记次仁平措的母亲不幸遇难。",
     [("西藏", "LOC"), ("定日", "LOC"), ("定日县长所乡古荣村党支部", "ORG"), ("次仁平措", "PER")]),
    # (read as MSRA annotates, a country's delegation is a body)
    ("白俄罗斯总统卢卡申科在明斯克会见中国代表团。",
     [("白俄罗斯", "LOC"), ("卢卡申科", "PER"), ("明斯克", "LOC"), ("中国代表团", "ORG")]),
])
def test_model_finds_people_places_and_bodies(text, expected):
    assert _found(text) == expected


def test_a_reading_follows_the_convention_it_names():
    """MSRA tags the names inside a doctrine's name and 两岸; the PFR corpus leaves them untagged."""
    text = "深入学习贯彻邓小平理论，推动海峡两岸关系和平发展。"

    def names(convention):
        return [(text[s.start:s.end], s.type) for s in tagger().tag(text, Reading(convention))]

    assert ("邓小平", "PER") in names("msra") and ("海峡两岸", "LOC") in names("msra")
    assert not names("pfr")
    with pytest.raises(ValueError, match="unknown convention"):
        Reading("people's daily")


@pytest.mark.parametrize("text", [
    "志愿者穿上红马甲，在强降雨中巡查。",  # everyday words that rules took for names
])
def test_model_does_not_take_everyday_words_for_people(text):
    assert not [t for t, kind in _found(text) if kind == "PER"]


def test_model_is_deterministic_and_batch_independent():
    texts = ["中共中央总书记、国家主席江泽民在北京会见了美国客人。", "村民张勇说，今年收成好。", ""]
    one_by_one = [tagger().tag(t) for t in texts]
    assert tagger().tag_texts(texts) == one_by_one
    assert tagger().tag_texts(texts) == one_by_one
    # the scores themselves, not only the spans: a runtime whose arithmetic depends on the batch (an int8 network
    # quantising each batch's activations by their range: ~0.02 here) would make a rebuild differ from a clean
    # build.  Float matrix products differ in the last bits with the batch's shape, which no span has felt so far.
    normal = [normalise(t) for t in texts[:2]]
    together = tagger().emissions(normal, np.array([len(t) for t in normal]))
    alone = tagger().emissions(normal[:1], np.array([len(normal[0])]))
    assert np.abs(together[:len(normal[0]), 0] - alone[:, 0]).max() < 1e-4


def test_provenance_record_names_its_data_and_scores():
    record = model_record()
    assert {"msra-ner-train", "msra-ner", "peoples-daily-ner"} <= set(record["data"])
    assert all(len(d["sha1"]) == 40 for d in record["data"].values())
    assert record["scores"]["msra-ner"]["ALL"]["F1"] > 0.8
    assert (MODEL_DIR / "weights.npz").stat().st_size + (MODEL_DIR / NETWORK_FILE).stat().st_size <= 20 * 1024 * 1024
    assert record["network"]["sha1"] == hashlib.sha1((MODEL_DIR / NETWORK_FILE).read_bytes()).hexdigest()
    assert record["scores"]["msra-ner"]["ALL"]["F1"] >= 0.89


def test_missing_model_is_an_error(tmp_path):
    with pytest.raises(MentionModelError, match=str(tmp_path)):
        MentionTagger.load(tmp_path)


def test_truncated_model_is_an_error(tmp_path):
    (tmp_path / "vocab.json").write_text(json.dumps({"chars": ["<pad>", "<unk>"], "bigrams": ["<pad>", "<unk>"]}))
    np.savez(tmp_path / "weights.npz", char_emb=np.zeros((2, 4)))
    shutil.copy(MODEL_DIR / "lexicon.txt.gz", tmp_path)
    shutil.copy(MODEL_DIR / NETWORK_FILE, tmp_path)
    with pytest.raises(MentionModelError, match="incomplete"):
        MentionTagger.load(tmp_path)


def _model_copy(folder: Path, without: str = "") -> Path:
    for name in ("weights.npz", "vocab.json", "lexicon.txt.gz", NETWORK_FILE):
        if name != without:
            shutil.copy(MODEL_DIR / name, folder)
    return folder


def test_missing_or_damaged_network_file_is_an_error(tmp_path):
    folder = _model_copy(tmp_path, without=NETWORK_FILE)
    with pytest.raises(MentionModelError, match=NETWORK_FILE):
        MentionTagger.load(folder)
    (folder / NETWORK_FILE).write_bytes((MODEL_DIR / NETWORK_FILE).read_bytes()[:5000])
    with pytest.raises(MentionModelError, match="does not load"):
        MentionTagger.load(folder)


def test_network_made_from_other_weights_is_refused(tmp_path):
    folder = _model_copy(tmp_path)
    with np.load(folder / "weights.npz") as data:
        weights = {k: data[k] for k in data.files}
    weights["out_b"] = weights["out_b"] + np.float32(0.5)  # retrained, say, without a new network file
    np.savez(folder / "weights.npz", **weights)
    with pytest.raises(MentionModelError, match="other weights"):
        MentionTagger.load(folder)


def test_network_without_its_guard_is_refused(tmp_path):
    """The guard sequence travels in the network file's metadata: an export that lacks it is refused."""
    onnx = pytest.importorskip("onnx")  # the training extra, which CI installs

    folder = _model_copy(tmp_path)
    model = onnx.load(folder / NETWORK_FILE)
    kept = [p for p in model.metadata_props if p.key != "guard"]
    del model.metadata_props[:]
    model.metadata_props.extend(kept)
    onnx.save(model, folder / NETWORK_FILE)
    with pytest.raises(MentionModelError, match="guard"):
        MentionTagger.load(folder)


def _float_reference() -> MentionTagger:
    with np.load(MODEL_DIR / "weights.npz") as data:
        weights = {k: data[k] for k in data.files}
    return MentionTagger(weights, json.loads((MODEL_DIR / "vocab.json").read_text(encoding="utf-8")), tagger().lexicon)


@pytest.mark.parametrize("convention", ["msra", "mixed"])
def test_int8_network_reads_as_the_float_one(convention):
    """The build's int8 network (onnxruntime) against the float arrays it was made from (numpy): on
    real sentences, the same spans, and scores within a small fraction of their range."""
    reference = _float_reference()
    assert type(tagger().network).__name__ == "_OnnxBiLSTM" and type(reference.network).__name__ == "_BiLSTM"
    texts = ["中共中央总书记、国家主席江泽民在北京会见了美国客人。",
             "镇党委书记王浙榕带领工作队走进贵州省开阳县高寨村，与村党支部书记商量。",
             "国务院总理李强在人民大会堂会见新加坡总理黄循财。"]
    reading = Reading(convention)
    assert tagger().tag_texts(texts, reading) == reference.tag_texts(texts, reading)
    normal = [normalise(t) for t in texts]
    lengths = np.array([len(t) for t in normal])
    got, want = tagger().emissions(normal, lengths, convention), reference.emissions(normal, lengths, convention)
    live = np.arange(lengths.max())[:, None] < lengths[None, :]
    assert np.abs(got - want)[live].max() < 0.05 * np.ptp(want[live])


def test_int8_network_scores_a_text_alike_in_any_batch():
    """Quantised on the fly, a batch's activations are scaled by their range over the batch; the guard
    sequence fixes that range, so a sentence scores the same alone, first or last among others of any
    length (without the guard: differences of ~0.2, which changed a rebuild's output)."""
    sentences = ["村民张勇说，今年收成好。", "中共中央总书记、国家主席江泽民在北京会见了美国客人。",
                 "１９９８年，ＡＢＣ公司在深圳市南山区成立。", "习近平", "他说：“好！”",
                 "洛桑达娃是西藏拉萨火车站的一名工程师，砥砺奋进的十年，洛桑达娃见证并亲历了西藏铁路建设的跨越式发展。"]
    normal = [normalise(t) for t in sentences]
    target = normal[1]
    alone = tagger().emissions([target], np.array([len(target)]))[:, 0]
    for others in (normal[:1], normal[2:4], normal[3:], normal):
        for batch in ([target] + others, others + [target]):
            k = batch.index(target)
            scores = tagger().emissions(batch, np.array([len(t) for t in batch]))[:len(target), k]
            assert np.abs(scores - alone).max() < 1e-5


def test_network_runs_within_a_batch_score_as_one_run(monkeypatch):
    """A batch goes through the network a few thousand characters at a time (for the CPU's cache):
    cut into runs of one or two sentences, it scores exactly as in one run."""
    import graph.extract.mentions as mentions

    sentences = ["村民张勇说，今年收成好。", "中共中央总书记、国家主席江泽民在北京会见了美国客人。",
                 "国务院总理李强在人民大会堂会见新加坡总理黄循财。", "习近平", "他说：“好！”"]
    normal = sorted((normalise(t) for t in sentences), key=len)
    lengths = np.array([len(t) for t in normal])
    monkeypatch.setattr(mentions, "_ONNX_RUN_CHARS", 10**6)
    whole = tagger().emissions(normal, lengths)
    monkeypatch.setattr(mentions, "_ONNX_RUN_CHARS", 20)
    assert len(mentions._runs(lengths, 20)) >= 3
    cut = tagger().emissions(normal, lengths)
    live = np.arange(lengths.max())[:, None] < lengths[None, :]
    assert np.array_equal(cut[live], whole[live])


def test_model_loads_and_tags_with_the_network_blocked():
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network disabled in this test')\n"
        "socket.socket = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from graph.extract.mentions import tagger\n"
        "print([(s.start, s.end, s.type) for s in tagger().tag('国家主席江泽民在北京会见')])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "(4, 7, 'PER')" in out.stdout


# --- the training script ----------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.corpus
def test_training_script_runs_end_to_end_on_a_slice(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("gensim")
    if not (SHARED / "corpora" / "msra-ner-train" / "train.jsonl").exists():
        pytest.skip("../shared/corpora is absent")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_mentions.py"), "--tiny", "--out", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    record = json.loads((tmp_path / "PROVENANCE.json").read_text(encoding="utf-8"))
    assert record["settings"]["tiny"] is True and record["history"]
    model = MentionTagger.load(tmp_path)  # what it wrote is what the build can load
    assert isinstance(model.tag("国家主席江泽民在北京会见"), list)
    # a dilated-CNN student distilled from that model: it reads the teacher's inputs, and says so
    student = tmp_path / "student"
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_mentions.py"), "--tiny", "--arch", "cnn",
                          "--hidden", "8", "--threads", "1", "--teacher", str(tmp_path), "--out", str(student)],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    record = json.loads((student / "PROVENANCE.json").read_text(encoding="utf-8"))
    assert record["teacher"]["weights_sha1"] and record["settings"]["arch"] == "cnn"
    assert (student / "vocab.json").read_bytes() == (tmp_path / "vocab.json").read_bytes()
    model = MentionTagger.load(student)
    assert model.arch == "cnn" and isinstance(model.tag("国家主席江泽民在北京会见"), list)
    # with the modern corpora beside: their files are in the record, their flag is not in the weights
    extra = tmp_path / "extra"
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_mentions.py"), "--tiny", "--extra",
                          "cluener2020,resume-ner", "--out", str(extra)], capture_output=True, text=True, cwd=ROOT,
                         timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    record = json.loads((extra / "PROVENANCE.json").read_text(encoding="utf-8"))
    assert {record["data"][name]["use"] for name in ("cluener2020", "resume-ner")} == {"training"}
    model = MentionTagger.load(extra)
    assert isinstance(model.tag("国家主席江泽民在北京会见"), list)


@pytest.mark.parametrize("arch", ["bilstm", "cnn"])
@pytest.mark.parametrize("corpus_flag, convention", [(False, "msra"), (False, "pfr"), (True, "msra"), (True, "mixed"),
                                                     (True, "pfr")])
def test_numpy_inference_matches_torch(arch, corpus_flag, convention):
    """The exported arrays give torch's scores; with the corpus flag, those of a piece read with the
    flag at 0 (as MSRA annotates) or at 1 (as PFR does); a model trained without it reads both alike."""
    torch = pytest.importorskip("torch")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_mentions as tm

    vocab = {"chars": ["<pad>", "<unk>"] + list("中共中央总书记国家主席江泽民在北京会见"), "bigrams": ["<pad>", "<unk>", "中共", "北京"]}
    torch.manual_seed(0)
    model = tm.make_model(len(vocab["chars"]), len(vocab["bigrams"]), 8, 4, 6, 0.0, corpus_flag, arch, (1, 2, 4))
    model.eval()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.5)
        model.char_emb.weight.copy_(model.char_emb.weight.half().float())  # as exported: float16
        model.bigram_emb.weight.copy_(model.bigram_emb.weight.half().float())
    lexicon = tagger().lexicon
    numpy_model = MentionTagger(tm.export_weights(model), vocab, lexicon)
    assert numpy_model.arch == arch  # the weights file says which network it holds
    # the second text is shorter than the widest dilation: the CNN's gaps keep the texts apart
    texts = ["中共中央总书记、国家主席江泽民", "在北京会见", "中"]
    index = ({c: i for i, c in enumerate(vocab["chars"])}, {b: i for i, b in enumerate(vocab["bigrams"])})
    flag = CONVENTIONS[convention]
    encoded = [(c, b, np.pad(lx.astype(np.float32), ((0, 0), (0, int(corpus_flag))), constant_values=flag),
                np.zeros(len(c), dtype=np.int64))
               for c, b, lx in (tm.encode(t, index, lexicon) for t in texts)]
    chars, nxt, prv, lex, lengths, _, _ = tm.tensors(encoded, [0, 1, 2])
    with torch.no_grad():
        expected = model.emissions(chars, nxt, prv, lex, lengths).numpy()
    got = numpy_model.emissions(texts, np.array([len(t) for t in texts]), convention).transpose(1, 0, 2)  # time-major
    kept = tm.export_weights(model)
    snapshot = {k: v.copy() for k, v in kept.items()}
    with torch.no_grad():  # training goes on after the best epoch's arrays are kept: they must not change
        for p in model.parameters():
            p.add_(1.0)
    assert all(np.array_equal(kept[k], snapshot[k]) for k in kept)
    assert np.abs(expected[0] - got[0]).max() < 1e-4
    assert np.abs(expected[1, :5] - got[1, :5]).max() < 1e-4
    assert np.abs(expected[2, :1] - got[2, :1]).max() < 1e-4
    assert len(TAGS) == got.shape[2]


@pytest.mark.parametrize("convention", ["msra", "mixed", "pfr"])
def test_numpy_inference_of_a_model_trained_with_extra_corpora_reads_their_flag_at_0(convention):
    """A model trained with --extra has a second flag column, the extra corpora's, which is not exported:
    the arrays give torch's scores for a piece read with that flag at 0 and the corpus flag at the convention's."""
    torch = pytest.importorskip("torch")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_mentions as tm

    vocab = {"chars": ["<pad>", "<unk>"] + list("浙商银行企业信贷部叶老桂博士"), "bigrams": ["<pad>", "<unk>", "浙商", "银行"]}
    torch.manual_seed(1)
    model = tm.make_model(len(vocab["chars"]), len(vocab["bigrams"]), 8, 4, 6, 0.0, True, "bilstm", (1,), True)
    model.eval()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.5)
        model.char_emb.weight.copy_(model.char_emb.weight.half().float())
        model.bigram_emb.weight.copy_(model.bigram_emb.weight.half().float())
    weights = tm.export_weights(model)
    assert weights["fw_w_ih"].shape[1] + 2 == model.lstm.weight_ih_l0.shape[1]  # both flags' columns left out
    lexicon = tagger().lexicon
    numpy_model = MentionTagger(weights, vocab, lexicon)
    texts = ["浙商银行企业信贷部叶老桂博士", "叶老桂"]
    index = ({c: i for i, c in enumerate(vocab["chars"])}, {b: i for i, b in enumerate(vocab["bigrams"])})
    flag = CONVENTIONS[convention]
    encoded = [(c, b, np.concatenate([lx.astype(np.float32), np.tile([flag, 0.0], (len(c), 1)).astype(np.float32)], 1),
                np.zeros(len(c), dtype=np.int64)) for c, b, lx in (tm.encode(t, index, lexicon) for t in texts)]
    chars, nxt, prv, lex, lengths, _, _ = tm.tensors(encoded, [0, 1])
    with torch.no_grad():
        expected = model.emissions(chars, nxt, prv, lex, lengths).numpy()
    got = numpy_model.emissions(texts, np.array([len(t) for t in texts]), convention).transpose(1, 0, 2)
    assert np.abs(expected[0] - got[0]).max() < 1e-4
    assert np.abs(expected[1, :3] - got[1, :3]).max() < 1e-4


def test_extra_corpora_spans_become_the_taggers_types():
    """CLUENER's and the resume corpus's types as PER / LOC / ORG: companies and government bodies are bodies,
    a nationality is its country, a position no mention; a sentence with a scenic spot (CLUENER's scenes take in
    cities) or a street address is left out.  (Sentences of cluener2020/train.jsonl and resume-ner/train.jsonl.)"""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_mentions as tm

    def record(text, *spans):
        return {"text": text, "entities": [{"start": text.index(w), "end": text.index(w) + len(w), "type": t}
                                           for w, t in spans]}

    bank = record("浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读。", ("浙商银行", "company"), ("叶老桂", "name"))
    scene = record("这个门把洱海的美景都定焦在那里，在这个门里的世界，蓝天、白云、远山、洱海都交融在一起，", ("洱海", "scene"))
    street = record("辽宁沈阳新华书店沈阳市和平区中山路70号", ("辽宁沈阳新华书店沈阳市和平区中山路70号", "address"))
    out = tm.extra_records("cluener2020", [bank, scene, street])
    assert [[(r["text"][e["start"]:e["end"]], e["type"]) for e in r["entities"]] for r in out] == [
        [("浙商银行", "ORG"), ("叶老桂", "PER")]]
    resume = record("高勇：男，中国国籍，无境外居留权，", ("高勇", "NAME"), ("中国国籍", "CONT"))
    member = record("1966年出生，汉族，中共党员，本科学历，工程师、美国项目管理协会注册会员（PMIMember）、注册项目管理专家（PMP）、项目经理。",
                    ("汉族", "RACE"), ("中共党员", "TITLE"), ("工程师", "TITLE"), ("美国项目管理协会", "ORG"))
    out = tm.extra_records("resume-ner", [resume, member])
    assert [[(r["text"][e["start"]:e["end"]], e["type"]) for e in r["entities"]] for r in out] == [
        [("高勇", "PER"), ("中国", "LOC")], [("美国项目管理协会", "ORG")]]
    # the flags a piece carries: PFR's, then the extra corpora's
    assert tm.flag_columns(2, 3, True, True).tolist() == [[0.0, 1.0]] * 3
    assert tm.flag_columns(1, 1, True, True).tolist() == [[1.0, 0.0]]
    assert tm.flag_columns(1, 1, True, False).tolist() == [[1.0]]
