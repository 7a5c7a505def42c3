"""Fuzzing the per-document path: `python -m graph.fuzz N [--seed S] [--save DIR]`.

Each of N generated inputs goes through the same calls a build makes for one file --
graph.read.decode_bytes, graph.clean.clean, graph.extract.extract, graph.resolve.merge and
graph.write.rdf.write_turtle -- and is checked:

  * nothing raises, except DecodeError from decode_bytes (the documented way to refuse bytes);
  * every Evidence offset lies in the document's text and every evidence sentence is a
    substring of the clean text (what the build promises to readers of the graph);
  * the Turtle written parses (pyoxigraph) and names exactly the entities of the graph.

Inputs are built from general ingredients only: random code points, the administrative
suffixes and Party-building words any such article uses, names drawn from the public
gazetteer (graph/data, NBS divisions), markup and Turtle/SPARQL metacharacters, invisible
and astral characters, then encoded as UTF-8, GB18030, Big5, UTF-16 with a BOM or left as
raw bytes, and sometimes truncated or bit-flipped.  No text from the seed documents is used.

The pipeline itself catches extraction errors per document, so a crash found here would
show up in a build only as "extraction failed" for that file: this is the place to find them.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .clean import clean
from .extract.document import extract
from .iri import entity_iri
from .read import DecodeError, decode_bytes
from .records import Document, KnowledgeGraph
from .resolve import merge
from .write.atomic import atomic_write
from .write.rdf import write_turtle

# Generic vocabulary of the genre (not names): administrative suffixes, bodies, posts, verbs.
_WORDS = (
    "省", "市", "县", "区", "镇", "乡", "街道", "村", "社区", "居委会", "村委会", "党委", "党支部",
    "党总支", "党组", "委员会", "政府", "办事处", "书记", "副书记", "主任", "第一书记", "委员", "镇长",
    "村民", "党员", "群众", "工作室", "服务中心", "行动", "工程", "计划", "开展", "实施", "启动", "推进",
    "负责人", "同志", "记者", "通讯员", "报道", "党建", "基层", "治理", "乡村振兴", "驻村", "工作队",
)
_PUNCT = "。，、；：？！“”‘’《》（）【】——……·．,.;:?!()[]\"' \n\n\r\t\u3000"
_HOSTILE = (
    "<script>alert(1)</script>", '"onmouseover=alert(1)', "> <http://evil> .", '"""', "\\", "\\u0000",
    "'''", "{}", "^^", "@zh", "\x00", "\x1b[31m", "\u200b", "\ufeff", "\u202e", "\ud800", "\udfff",
    "😀", "𠀀", "e\u0301", "\u2028", "\u2029", "\x85", "&amp;", "<style>p{}</style>", "%00", "../../",
    "INSERT DATA { <a> <b> <c> }", "DROP ALL", "\r\n", "\n\n\n",
)
_PINYIN = ("Zhōngguó", "dǎngjiàn", "cūn", "xiàn", "ABC", "http://example.org/x?a=1", "2024年3月5日", "１２３")
_ENCODINGS = ("utf-8", "utf-8", "utf-8", "gb18030", "big5", "utf-16", "utf-8-sig", "raw")


@lru_cache(maxsize=1)
def _place_names() -> tuple[str, ...]:
    """Division names from the public gazetteer, sorted so that the seed alone decides picks."""
    from .gazetteer import divisions

    return tuple(sorted(divisions().surface_forms()))


def _piece(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return rng.choice(_place_names()) + (rng.choice(_WORDS) if rng.random() < 0.5 else "")
    if kind < 0.45:
        return rng.choice(_WORDS)
    if kind < 0.60:
        return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(1, 6)))
    if kind < 0.75:
        return rng.choice(_PUNCT)
    if kind < 0.83:
        return rng.choice(_HOSTILE)
    if kind < 0.88:
        return rng.choice(_PINYIN)
    if kind < 0.94:
        return chr(rng.randint(0x20, 0x7E)) * rng.randint(1, 3)
    # any code point at all, surrogates included (JSON lines can carry "\ud800")
    return chr(rng.randint(0, 0x10FFFF))


def generate_text(rng: random.Random) -> str:
    """A Chinese-like text of 0 to a few hundred pieces, occasionally one long unpunctuated run."""
    if rng.random() < 0.03:
        return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(2000, 20000)))
    return "".join(_piece(rng) for _ in range(rng.randint(0, rng.choice((5, 40, 300)))))


def generate_bytes(rng: random.Random) -> bytes:
    """The bytes of one generated file: an encoded text, mangled now and then."""
    text = generate_text(rng)
    encoding = rng.choice(_ENCODINGS)
    if encoding == "raw":
        data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 400)))
    else:
        data = text.encode(encoding, errors="ignore" if encoding != "utf-8" else "surrogatepass")
    roll = rng.random()
    if roll < 0.05 and data:
        data = data[: rng.randrange(len(data))]  # truncated mid-character
    elif roll < 0.10 and data:
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        data = bytes(flipped)
    return data


@dataclass(frozen=True)
class Failure:
    case: int
    stage: str
    message: str
    data: bytes


@dataclass
class FuzzReport:
    passed: int = 0
    refused: int = 0  # inputs decode_bytes refused with a DecodeError (a pass, counted apart)
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0


def check_document(doc: Document, ttl_path: Path) -> tuple[str, str] | None:
    """Run one Document through clean, extract, merge and the Turtle writer.

    Returns None when everything holds, else (stage, message) for the first problem.
    """
    stage = "clean"
    try:
        ct = clean(doc)
        stage = "extract"
        dg = extract(ct)
        stage = "invariants"
        problem = evidence_problem(doc, ct.text, dg)
        if problem:
            return stage, problem
        stage = "merge"
        kg = merge([dg])
        stage = "turtle"
        write_turtle(kg, ttl_path)
        stage = "parse"
        problem = turtle_problem(kg, ttl_path)
        if problem:
            return stage, problem
    except Exception as exc:  # the point of fuzzing: any exception is a finding
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        return stage, f"{type(exc).__name__}: {exc} (at {Path(frame.filename).name}:{frame.lineno})"
    return None


def evidence_problem(doc: Document, clean_text: str, dg) -> str:
    """'' when all evidence points into the document; else what is wrong."""
    n = len(doc.text)
    items = [(e.key, ev) for e in dg.entities for ev in e.evidence]
    items += [(f"{r.head} {r.predicate} {r.tail}", ev) for r in dg.relations for ev in r.evidence]
    for what, ev in items:
        if not 0 <= ev.start <= ev.end <= n:
            return f"evidence of {what!r} has offsets {ev.start}..{ev.end} outside 0..{n}"
        if ev.sentence not in clean_text:
            return f"evidence sentence of {what!r} is not in the clean text"
    for e in dg.entities:
        iri = entity_iri(e.key)
        if any(c in iri for c in ' "<>{}|\\^`\n\r\t'):
            return f"unsafe IRI {iri!r} for key {e.key!r}"
    return ""


def turtle_problem(kg: KnowledgeGraph, ttl_path: Path) -> str:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.bulk_load(path=str(ttl_path), format=pyoxigraph.RdfFormat.TURTLE)
    typed = {str(q.subject.value) for q in store.quads_for_pattern(None, pyoxigraph.NamedNode(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None)}
    missing = [e.key for e in kg.entities.values() if entity_iri(e.key) not in typed]
    return f"{len(missing)} entities missing from the Turtle, e.g. {missing[0]!r}" if missing else ""


def run_case(case: int, data: bytes, ttl_path: Path) -> tuple[str, tuple[str, str] | None]:
    """('refused'|'passed'|'failed', problem) for the bytes of one generated file."""
    try:
        text, encoding = decode_bytes(data)
    except DecodeError:
        return "refused", None
    except Exception as exc:
        return "failed", ("decode", f"{type(exc).__name__}: {exc}")
    doc = Document(id=f"fuzz{case}", source=f"fuzz#{case}", text=text, encoding=encoding)
    problem = check_document(doc, ttl_path)
    return ("failed" if problem else "passed"), problem


def run_fuzz(n: int, seed: int = 0, workdir: Path | None = None) -> FuzzReport:
    """N generated inputs; case i is generated from Random(f"{seed}:{i}"), so it can be re-run alone."""
    report = FuzzReport()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-", dir=workdir) as tmp:
        ttl_path = Path(tmp) / "graph.ttl"
        for case in range(n):
            rng = random.Random(f"{seed}:{case}")
            # one case in eight skips decoding: a JSON-lines record can hand clean() any str
            if rng.random() < 0.125:
                text = generate_text(rng)
                problem = check_document(Document(id=f"fuzz{case}", source=f"fuzz#{case}", text=text), ttl_path)
                outcome = "failed" if problem else "passed"
                data = text.encode("utf-8", "surrogatepass")
            else:
                data = generate_bytes(rng)
                outcome, problem = run_case(case, data, ttl_path)
            if outcome == "refused":
                report.refused += 1
            elif problem is None:
                report.passed += 1
            else:
                report.failures.append(Failure(case, problem[0], problem[1], data))
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graph.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of generated inputs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", type=Path, help="folder to write each failing input to, as fuzz-<case>.bin")
    args = parser.parse_args(argv)
    report = run_fuzz(args.n, args.seed)
    for f in report.failures:
        print(f"case {f.case} (seed {args.seed}): {f.stage}: {f.message}", file=sys.stderr)
        if args.save:
            atomic_write(args.save / f"fuzz-{args.seed}-{f.case}.bin", f.data)
    print(f"{report.refused} of the inputs refused by decode_bytes with a reason (counted as passed); "
          f"{report.seconds:.1f} s")
    passed = report.passed + report.refused
    print(f"{passed} passed, {len(report.failures)} failed")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
