"""Mention-level NER (PER, LOC, ORG) for `kg ner`.

By default the learned mention tagger (graph/extract/mentions.py, weights shipped in the package)
finds all three types.  `engine="rules"` gives the rule extractor's reading instead (person-name
statistics, the division gazetteer, organisation suffixes), for comparison.  A missing or
unreadable model raises MentionModelError: the engine never changes behind the user's back.
"""
from __future__ import annotations

import json
from pathlib import Path

from .extract.document import mention_spans
from .extract.mentions import MentionModelError, tagger
from .extract.names import person_names
from .records import PLACE_TYPES, Mention
from .write.atomic import atomic_open

__all__ = ["ENGINES", "MentionModelError", "predict_file", "recognise", "recognise_many"]

ENGINES = ("model", "rules")
_NER_TYPE = {t: "LOC" for t in PLACE_TYPES} | {"Organization": "ORG", "Person": "PER"}


def _rules(text: str) -> list[Mention]:
    """The rule extractor's people, places and bodies (people win a clash)."""
    chosen = [Mention(i, j, "PER", text[i:j]) for i, j in person_names(text)]
    taken = [(m.start, m.end) for m in chosen]
    for m in mention_spans(text):
        kind = _NER_TYPE.get(m.type)
        if kind in ("LOC", "ORG") and all(m.end <= a or m.start >= b for a, b in taken):
            chosen.append(Mention(m.start, m.end, kind, m.text))
            taken.append((m.start, m.end))
    return sorted(chosen, key=lambda m: (m.start, m.end))


def recognise_many(texts: list[str], engine: str = "model") -> list[list[Mention]]:
    """PER, LOC and ORG mentions of each text, sorted and non-overlapping.

    The model tags all texts in length-sorted batches, so a list is much faster than a loop."""
    if engine == "rules":
        return [_rules(t) for t in texts]
    if engine != "model":
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    return [[Mention(s.start, s.end, s.type, text[s.start:s.end]) for s in spans]
            for text, spans in zip(texts, tagger().tag_texts(texts))]


def recognise(text: str, engine: str = "model") -> list[Mention]:
    return recognise_many([text], engine)[0]


def _read_records(input_path: Path) -> list[dict]:
    try:
        lines = input_path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise ValueError(f"{input_path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{input_path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "id" not in record:
            raise ValueError(f"{input_path}:{number}: expected an object with 'id' and a string 'text'")
        records.append(record)
    return records


def predict_file(input_path: str | Path, output_path: str | Path, engine: str = "model") -> int:
    """Read JSON lines {id, text}; write {id, entities: [{start, end, type}]}; return the line count.

    Raises ValueError naming the file and line for input that is not such JSON lines, and
    MentionModelError when the model cannot be loaded."""
    records = _read_records(Path(input_path))
    found = recognise_many([r["text"] for r in records], engine)
    with atomic_open(output_path) as handle:
        for record, mentions in zip(records, found):
            entities = [{"start": m.start, "end": m.end, "type": m.type} for m in mentions]
            handle.write(json.dumps({"id": record["id"], "entities": entities}, ensure_ascii=False) + "\n")
    return len(records)
