"""Nothing lost (issue 13): every test runs the real `kg build` in a subprocess.

A mistyped path, an empty folder, a full disk, an unwritable OUTDIR or a second build at the same
time never replaces or mixes the previous outputs; a crafted cache runs no code.
"""
from __future__ import annotations

import fcntl
import json
import pickle
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib

from conftest import ROOT, SOURCES

TEXT = ("中共浙江省绍兴市上虞区委员会组织部召开会议。曹娥街道兴业社区党委书记王建国介绍了经验。\n"
        "雨停了,傍晚时分,浙江省绍兴市上虞区曹娥街道兴业社区锦江玫瑰园小区,散步的居民多了起来。\n")
OUTPUTS = ("graph.ttl", "graph.trig", "graph.html")


def kg(*args: str, cwd: Path = ROOT, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args, "--no-progress"] if args[0] == "build"
                          else [sys.executable, "-m", "graph.cli", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=600, **kw)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every visible file under `folder` (outputs, and anything a user put there); the query store as
    one entry, the digest of the graph.ttl it mirrors (its database files differ from build to build)."""
    files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
             if p.is_file() and not any(part.startswith(".") or part == "graph.store"
                                        for part in p.relative_to(folder).parts)}
    fingerprint = folder / "graph.store" / "cnkg-fingerprint.json"
    if fingerprint.exists():
        files["graph.store"] = json.loads(fingerprint.read_text(encoding="utf-8"))["sha1"].encode()
    return files


@pytest.fixture(scope="module")
def doc(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("doc")
    (folder / "one.txt").write_text(TEXT, encoding="utf-8")
    return folder


@pytest.fixture()
def built(doc, tmp_path) -> Path:
    """A good build of one document with GraphML too, and a file of the user's own beside it."""
    out = tmp_path / "out"
    result = kg("build", str(doc), "-o", str(out), "--formats", "graphml")
    assert result.returncode == 0, result.stderr
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    return out


def test_a_mistyped_path_writes_nothing_and_keeps_every_previous_byte(built, doc):
    before = snapshot(built)
    result = kg("build", str(doc) + "x", "-o", str(built))
    assert result.returncode == 1
    assert "no such file or directory" in result.stderr
    assert "no document was read" in result.stderr and "previous outputs" in result.stderr
    assert "wrote" not in result.stdout
    assert snapshot(built) == before


def test_bare_build_in_a_folder_without_sources_keeps_the_previous_output(built, tmp_path):
    # `kg build` in a folder whose output/ holds a graph but which has no sources/
    here = tmp_path / "elsewhere"
    (here / "output").mkdir(parents=True)
    for name, data in snapshot(built).items():
        if name != "graph.store":
            (here / "output" / name).write_bytes(data)
    before = snapshot(here / "output")
    result = kg("build", cwd=here)
    assert result.returncode == 1 and "sources" in result.stderr and "nothing written" in result.stderr
    assert snapshot(here / "output") == before
    # and in a folder with neither, it leaves no output folder behind
    empty = tmp_path / "empty"
    empty.mkdir()
    assert kg("build", cwd=empty).returncode == 1 and list(empty.iterdir()) == []


def test_outputs_are_replaced_together_and_only_ours_are_removed(built, doc):
    # without --formats graphml the old graph.graphml would be a stale leftover of another build:
    # it goes, because the last build wrote it and it is unchanged; the user's notes.txt stays
    result = kg("build", str(doc), "-o", str(built))
    assert result.returncode == 0, result.stderr
    assert sorted(snapshot(built)) == sorted([*OUTPUTS, "graph.store", "notes.txt"])
    # a graph.graphml the user edited since is not ours any more: it stays
    (built / "graph.graphml").write_text("edited by hand", encoding="utf-8")
    (built / "graph.html").unlink()
    assert kg("build", str(doc), "-o", str(built)).returncode == 0
    assert (built / "graph.graphml").read_text(encoding="utf-8") == "edited by hand"


def test_a_full_disk_keeps_the_previous_outputs_with_one_clear_error(built):
    # RLIMIT_FSIZE makes every write past 200 kB fail with EFBIG, as a full disk fails with ENOSPC;
    # the five seeds' graph.trig and graph.html are larger than that
    before = snapshot(built)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    result = kg("build", str(SOURCES), "-o", str(built), "--no-cache", "-j", "1", preexec_fn=limit)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "File too large" in lines[0] and "previous outputs are kept" in lines[0], lines
    assert "Traceback" not in result.stderr
    assert snapshot(built) == before
    assert not [p for p in built.iterdir() if p.name.endswith(".tmp")]  # no staging left behind


def test_an_unwritable_outdir_is_one_clear_error(doc, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = kg("build", str(doc), "-o", str(blocker / "out"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("kg build:") and len(result.stderr.strip().splitlines()) == 1


def test_a_crafted_cache_runs_no_code(built, doc, tmp_path):
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    payload = pickle.dumps(Exploit())
    cache = built / ".cache"
    # every entry replaced by a pickle that would create `marker` when loaded, and a pickle file
    # where the old cache layout kept them
    with sqlite3.connect(cache / "docgraphs.sqlite") as db:
        keys = [k for (k,) in db.execute("SELECT key FROM entries")]
        db.execute("UPDATE entries SET data = ?", (payload,))
    assert keys
    (cache / keys[0][:2]).mkdir(exist_ok=True)
    (cache / keys[0][:2] / f"{keys[0]}.pickle").write_bytes(payload)
    (cache / "pooled.msgpack").write_bytes(payload)  # and the pooled state kept for the next build
    reference = snapshot(built)
    result = kg("build", str(doc), "-o", str(tmp_path / "again"), "--cache-dir", str(cache), "--formats", "graphml")
    assert result.returncode == 0, result.stderr
    assert "(1 extracted, 0 from cache)" in result.stdout  # the crafted entry was a miss
    assert not marker.exists()
    assert {k: v for k, v in snapshot(tmp_path / "again").items()} == {k: v for k, v in reference.items() if k != "notes.txt"}
    # a cache file that is no database at all is set aside, and the build goes on
    (cache / "docgraphs.sqlite").write_bytes(payload)
    for extra in ("docgraphs.sqlite-wal", "docgraphs.sqlite-shm"):
        (cache / extra).unlink(missing_ok=True)
    result = kg("build", str(doc), "-o", str(tmp_path / "third"), "--cache-dir", str(cache))
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert not marker.exists()


def test_a_second_build_into_a_busy_outdir_refuses_or_waits(built, doc):
    before = snapshot(built)
    with open(built / ".kg.lock", "a+") as handle:  # as a running build holds it
        fcntl.flock(handle, fcntl.LOCK_EX)
        result = kg("build", str(SOURCES), "-o", str(built))
        assert result.returncode == 1
        assert "another kg build is writing into" in result.stderr and "--wait" in result.stderr
        assert snapshot(built) == before
        # --wait waits for the lock, then builds
        waiting = subprocess.Popen([sys.executable, "-m", "graph.cli", "build", str(doc), "-o", str(built),
                                    "--wait", "--no-progress"], cwd=ROOT, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)
        assert waiting.poll() is None
    out, err = waiting.communicate(timeout=600)
    assert waiting.returncode == 0, err


@pytest.mark.slow
def test_two_concurrent_builds_never_corrupt_each_other(doc, tmp_path):
    reference = tmp_path / "reference"
    assert kg("build", str(SOURCES), "-o", str(reference)).returncode == 0
    out = tmp_path / "out"
    procs = [subprocess.Popen([sys.executable, "-m", "graph.cli", "build", str(SOURCES), "-o", str(out),
                               "--no-progress"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 1]), results
    for code, err in results:
        assert code == 0 or "another kg build is writing into" in err
    assert snapshot(out) == snapshot(reference)
    rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    # and the cache they shared serves a third build completely
    third = kg("build", str(SOURCES), "-o", str(tmp_path / "third"), "--cache-dir", str(out / ".cache"))
    assert "(0 extracted, 5 from cache)" in third.stdout
