"""Build-level robustness: a folder of good and bad files, killed builds, order independence.

The per-file behaviour of read/clean is tested in test_read.py and test_clean.py; here the whole
`kg build` runs (in process through graph.cli.main and as a subprocess) and the outputs are
parsed back, to check that bad files are reported one line each and the good ones still count.
"""
from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import opencc
import pytest
import rdflib

from conftest import ROOT, SOURCES

SEED_000 = SOURCES / "000_dde88f24c67074e3.txt"
# a real sentence of seed 000: places from province down to a neighbourhood
SENTENCE = "雨停了,傍晚时分,浙江省绍兴市上虞区曹娥街道兴业社区锦江玫瑰园小区,散步的居民多了起来。"
ONT = "https://cnkg.example.org/ontology#"
OUTPUTS = ("graph.ttl", "graph.trig", "graph.html")

ASK_LOCATED = """
PREFIX ont: <https://cnkg.example.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
ASK { ?t rdfs:label "曹娥街道"@zh ; ont:locatedIn ?c . ?c rdfs:label "上虞区"@zh }
"""


def _traditional(text: str) -> str:
    return opencc.OpenCC("s2t").convert(text)


# file name -> (bytes, expected error fragment or None when the file must build)
def _bad_corpus() -> dict[str, tuple[bytes, str | None]]:
    trad = _traditional(SENTENCE)
    half = len(SENTENCE) // 2
    html = ("<html><head><title>基层党建</title><style>p{color:red}</style>"
            "<script>document.write('脚本里的文字不算')</script></head>"
            f"<body><p>{SENTENCE}</p></body></html>")
    return {
        "good.txt": (SEED_000.read_bytes(), None),
        "empty.txt": (b"", "empty file"),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        "gbk.txt": (SENTENCE.encode("gbk"), None),
        "big5.txt": (trad.encode("big5"), None),
        "utf16.txt": (SENTENCE.encode("utf-16"), None),  # Python writes the BOM
        "mixed.txt": ((trad[:half] + SENTENCE[half:]).encode("utf-8"), None),
        "page.html": (html.encode("utf-8"), None),
        "english.txt": (b"No Chinese here at all: just an English paragraph, 2024.\n", None),
        # one 200,000-character line, no punctuation, the sentence's places in the middle
        "longline.txt": (("党员群众" * 25000 + SENTENCE.replace(",", "").replace("。", "")
                          + "基层治理" * 25000).encode("utf-8"), None),
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad_corpus")
    for name, (data, _) in _bad_corpus().items():
        (folder / name).write_bytes(data)
    (folder / "loop").symlink_to(folder, target_is_directory=True)  # a directory loop
    return folder


def _in_process(args: list[str]) -> tuple[int, str, str]:
    from graph.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(args)
    return rc, out.getvalue(), err.getvalue()


def _subprocess(args: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, **kw)


@pytest.fixture(scope="module", params=["in-process", "subprocess"])
def built(request, corpus, tmp_path_factory) -> tuple[int, str, Path]:
    out = tmp_path_factory.mktemp(f"out-{request.param}")
    args = ["build", str(corpus), "-o", str(out)]
    if request.param == "in-process":
        rc, _, err = _in_process(args)
    else:
        proc = _subprocess(args)
        rc, err = proc.returncode, proc.stderr
    return rc, err, out


def _turtle(out: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(out / "graph.ttl", format="turtle")


def _mentioned_in(g: rdflib.Graph, label: str) -> set[str]:
    q = f'''PREFIX ont: <{ONT}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?d WHERE {{ ?e rdfs:label "{label}"@zh ; ont:mentionedIn ?d }}'''
    return {str(row.d).rsplit("/", 1)[-1] for row in g.query(q)}


@pytest.mark.slow
def test_bad_corpus_builds_with_errors(built) -> None:
    rc, err, out = built
    assert rc == 2, err  # built, with errors
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 0
    g = _turtle(out)
    assert g.query(ASK_LOCATED).askAnswer, "seed 000's fact 曹娥街道 locatedIn 上虞区 is missing"
    rdflib.Dataset().parse(out / "graph.trig", format="trig")


@pytest.mark.slow
def test_each_bad_file_named_in_one_error_line(built, corpus) -> None:
    _, err, _ = built
    lines = [line for line in err.splitlines() if line.strip()]
    expected = {name: cause for name, (_, cause) in _bad_corpus().items() if cause}
    expected["loop"] = "directory loop"
    for name, cause in expected.items():
        mine = [line for line in lines if str(corpus / name) in line]
        assert len(mine) == 1, f"{name}: {mine}"
        assert mine[0].startswith("error: ") and cause in mine[0], mine[0]
    # nothing else complains: the decodable files, HTML, English and the long line all build
    assert len(lines) == len(expected), err


@pytest.mark.slow
def test_every_decodable_variant_reaches_the_graph(built) -> None:
    _, _, out = built
    docs = _mentioned_in(_turtle(out), "曹娥街道")
    # GBK, Big5 (traditional), UTF-16 with BOM, half traditional, HTML body, one long line
    assert {"good", "gbk", "big5", "utf16", "mixed", "page", "longline"} <= docs, docs


@pytest.mark.slow
def test_html_scripts_and_styles_stay_out(built) -> None:
    _, _, out = built
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "脚本里的文字不算" not in ttl and "color:red" not in ttl


def test_exit_codes_and_strict(tmp_path: Path) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    (good / "one.txt").write_text(SENTENCE, encoding="utf-8")
    (bad / "empty.txt").write_bytes(b"")
    rc, _, err = _in_process(["build", str(good), "-o", str(tmp_path / "o1")])
    assert rc == 0 and err == ""
    rc, _, err = _in_process(["build", str(good), str(bad), "-o", str(tmp_path / "o2")])
    assert rc == 2 and err.count("\n") == 1 and "empty.txt: empty file" in err
    before = (tmp_path / "o2" / "graph.ttl").read_bytes()
    (good / "two.txt").write_text(SENTENCE.replace("上虞区", "柯桥区"), encoding="utf-8")
    rc, _, err = _in_process(["build", str(good), str(bad), "-o", str(tmp_path / "o2"), "--strict"])
    assert rc == 1 and "empty.txt" in err
    assert (tmp_path / "o2" / "graph.ttl").read_bytes() == before, "--strict keeps the previous outputs"
    rc, _, err = _in_process(["build", str(bad), "-o", str(tmp_path / "o4")])
    assert rc == 1, "nothing built at all is a failure"
    rc, _, err = _in_process(["build", str(tmp_path / "missing"), "-o", str(tmp_path / "o5")])
    assert rc == 1 and "missing: no such file or directory" in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(SENTENCE, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(SENTENCE, encoding="utf-8")
    locked.chmod(0)
    try:
        rc, _, err = _in_process(["build", str(tmp_path), "-o", str(tmp_path / "out")])
    finally:
        locked.chmod(0o644)
    assert rc == 2 and f"{locked}: cannot read: permission denied" in err
    assert _mentioned_in(_turtle(tmp_path / "out"), "曹娥街道") == {"one"}


# --- order independence ---------------------------------------------------------------------

def _excerpts(folder: Path, layout: dict[str, str]) -> list[Path]:
    """The first 1,500 characters of each seed, placed at layout[stem]/stem.txt."""
    paths = []
    for seed in sorted(SOURCES.glob("*.txt")):
        target = folder / layout.get(seed.stem, "") / seed.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(seed.read_text(encoding="utf-8")[:1500], encoding="utf-8")
        paths.append(target)
    return paths


@pytest.mark.slow
def test_outputs_do_not_depend_on_order_or_layout(tmp_path: Path) -> None:
    from graph.pipeline import build

    flat = _excerpts(tmp_path / "flat", {})
    stems = [p.stem for p in flat]
    nested_layout = {stem: f"z{len(stems) - i}/deeper" if i % 2 else f"a{i}" for i, stem in enumerate(stems)}
    nested = _excerpts(tmp_path / "nested", nested_layout)
    runs = {
        "folder": [tmp_path / "flat"],
        "files": flat,
        "files reversed": list(reversed(flat)),
        "nested folder": [tmp_path / "nested"],
        "nested files": nested,
        "nested files shuffled": nested[1::2] + nested[::2],
    }
    outputs = {}
    for label, paths in runs.items():
        out = tmp_path / f"out-{len(outputs)}"
        report = build(paths, out)
        assert not report.errors, (label, report.errors)
        outputs[label] = {name: (out / name).read_bytes() for name in OUTPUTS}
    # same files, other order: byte-identical
    # (a file named directly is recorded by its name, one found in a folder by its path in the folder)
    for a, b in (("folder", "files"), ("folder", "files reversed"), ("nested files", "nested files shuffled")):
        for name in OUTPUTS:
            assert outputs[a][name] == outputs[b][name], f"{name} differs between {a} and {b}"
    # other layout: identical except for the source paths the graph records (ont:source)
    for name in OUTPUTS:
        flat_bytes, nested_bytes = outputs["folder"][name], outputs["nested folder"][name]
        assert flat_bytes != nested_bytes or name == "graph.html", "the layout should show in ont:source"
        assert _without_paths(flat_bytes, flat, tmp_path / "flat") == \
            _without_paths(nested_bytes, nested, tmp_path / "nested"), \
            f"{name} differs between layouts beyond the source paths"


def _without_paths(data: bytes, paths: list[Path], root: Path) -> bytes:
    for path in paths:
        rel = path.relative_to(root).as_posix()
        for form in (str(path), str(path).replace("/", "\\/"), rel, rel.replace("/", "\\/")):  # as written, JSON-escaped
            data = data.replace(form.encode("utf-8"), path.name.encode("utf-8"))
    return data


# --- killed builds --------------------------------------------------------------------------

def _temp_files(out: Path) -> list[str]:
    # outputs are written in a hidden staging folder (.kg-staging-*.tmp) and then moved in together.
    # The running build removes folders while we look: os.walk skips one that vanished (Path.glob raises).
    return sorted(name for _, folders, files in os.walk(out) for name in (*folders, *files) if name.endswith(".tmp"))


def _start(paths: list[Path], out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "graph.cli", "build", *map(str, paths), "-o", str(out)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_when(proc: subprocess.Popen, out: Path, moment: str | float, deadline: float = 300) -> bool:
    """SIGKILL the build after `moment` seconds, or as soon as the temp file of `moment` appears.

    Returns False if the build finished before the moment came.
    """
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() - started < deadline:
        elapsed = time.monotonic() - started
        if (isinstance(moment, float) and elapsed >= moment) or \
                (isinstance(moment, str) and any(n.startswith(f".{moment}.") for n in _temp_files(out))):
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    proc.wait()
    return False


def _assert_complete(out: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    for name in OUTPUTS:
        data = (out / name).read_bytes()
        assert data in (old[name], new[name]), f"{name} is neither the old nor the new complete file"
    rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    # whatever the kill left behind is hidden and marked temporary, never an output's name
    visible = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert visible == sorted((*OUTPUTS, "graph.store"))
    # the query store was committed with the Turtle it mirrors: it is current for the graph.ttl in place
    from graph.query import graph_source

    assert graph_source(out / "graph.ttl").store == out / "graph.store"
    leftovers = [n for n in os.listdir(out)
                 if n not in (*OUTPUTS, "graph.store") and n not in (".cache", ".kg.lock", ".kg-outputs.json", ".kg-blocks")]
    assert all(n.startswith(".") and n.endswith(".tmp") for n in leftovers), leftovers


@pytest.mark.slow
def test_killed_build_leaves_complete_outputs(tmp_path: Path) -> None:
    # old outputs: one short document; new input: every seed twice over, so the build takes a while
    small = tmp_path / "small.txt"
    small.write_text(SENTENCE, encoding="utf-8")
    big = tmp_path / "big"
    big.mkdir()
    for seed in sorted(SOURCES.glob("*.txt")):
        for copy in ("a", "b"):
            shutil.copy(seed, big / f"{seed.stem}{copy}.txt")
    reference = tmp_path / "reference"
    assert _subprocess(["build", str(big), "-o", str(reference)]).returncode == 0
    new = {name: (reference / name).read_bytes() for name in OUTPUTS}

    out = tmp_path / "out"
    assert _subprocess(["build", str(small), "-o", str(out)]).returncode == 0
    old = {name: (out / name).read_bytes() for name in OUTPUTS}
    assert old != new
    killed = 0
    for moment in (1.0, "graph.ttl", "graph.trig", "graph.html"):
        if _kill_when(_start([big], out), out, moment):
            killed += 1
        _assert_complete(out, old, new)
    assert killed >= 3, "the build finished before it could be killed"
    # and the next build, reusing whatever cache the killed ones left, completes with the right bytes
    assert _subprocess(["build", str(big), "-o", str(out)]).returncode == 0
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == new
