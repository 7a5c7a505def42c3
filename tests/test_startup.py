"""Start-up (issue 13): a one-document build reads no reference table whole, and the tables it keeps
on disk between runs (graph/datacache.py, graph/index.py) give exactly what the loaders give."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graph import datacache

from conftest import ROOT, SOURCES

AUDIT = textwrap.dedent("""
    import sys
    opened = []
    sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" and args else None)
    import graph.gazetteer
    parsed = graph.gazetteer._read_gzip_lines
    graph.gazetteer._read_gzip_lines = lambda path: opened.append("parsed " + path.name) or parsed(path)
    from graph.cli import main
    code = main(sys.argv[1:])
    watched = ("parsed divisions", "jieba/dict.txt", "jieba.cache", "pinyin_dict.json", "phrases_dict")
    print("OPENED", sorted({w for w in watched for path in opened if path.endswith(w) or w in path}))
    sys.exit(code)
""")


def test_a_warm_one_document_build_parses_no_reference_table(tmp_path: Path) -> None:
    doc = next(SOURCES.glob("000_*.txt"))
    build = [sys.executable, "-c", AUDIT, "build", str(doc), "--no-cache", "--no-progress", "-j", "1"]
    first = subprocess.run([*build, "-o", str(tmp_path / "a")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr  # builds whatever the caches still lack
    second = subprocess.run([*build, "-o", str(tmp_path / "b")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stderr
    assert "OPENED []" in second.stdout, second.stdout
    for name in ("graph.ttl", "graph.trig", "graph.html"):  # and the same bytes, caches built or read
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


# --- datacache ------------------------------------------------------------------------------

MODULE = textwrap.dedent("""
    from pathlib import Path
    from graph.datacache import derived_table

    SOURCE = Path(__file__).with_name("source.txt")
    CALLS = []

    @derived_table(lambda: SOURCE, lazy=True)
    def lazy():
        CALLS.append("lazy")
        return {"张勇": 1.5, "书记": 2.0}, frozenset({"重庆市", "北碚区"})

    @derived_table(lambda: SOURCE)
    def whole():
        CALLS.append("whole")
        return {"重": "zc"}
""")


@pytest.fixture()
def loaders(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CNKG_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "source.txt").write_text("v1", encoding="utf-8")
    (tmp_path / "loaders_mod.py").write_text(MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    sys.modules.pop("loaders_mod", None)
    module = importlib.import_module("loaders_mod")
    yield module
    sys.modules.pop("loaders_mod", None)


def test_lazy_tables_answer_as_the_loader_and_turn_into_plain_ones(loaders, monkeypatch) -> None:
    words, places = loaders.lazy()
    assert loaders.CALLS == ["lazy"]
    loaders.lazy.cache_clear()
    words, places = loaders.lazy()  # from the file now: the loader does not run
    assert loaders.CALLS == ["lazy"]
    assert type(words).__name__ == "LazyDict" and type(places).__name__ == "LazySet"
    assert "张勇" in words and words["书记"] == 2.0 and words.get("没有", 0.0) == 0.0 and "没有" not in words
    assert "重庆市" in places and "上海市" not in places
    with pytest.raises(KeyError):
        words["没有"]
    assert sorted(words.items()) == [("书记", 2.0), ("张勇", 1.5)] and len(places) == 2  # loaded whole
    assert type(words) is datacache._LoadedDict and type(places) is datacache._LoadedSet
    monkeypatch.setattr(datacache, "LOAD_AFTER", 2)
    loaders.lazy.cache_clear()
    words, _ = loaders.lazy()
    for key in ("a", "b", "c", "张勇"):
        key in words
    assert type(words) is datacache._LoadedDict and dict(words) == {"张勇": 1.5, "书记": 2.0}


def test_whole_tables_round_trip_and_a_changed_source_rebuilds(loaders, tmp_path: Path) -> None:
    assert loaders.whole() == {"重": "zc"}
    loaders.whole.cache_clear()
    assert loaders.whole() == {"重": "zc"} and loaders.CALLS == ["whole"]
    (tmp_path / "source.txt").write_text("v2, longer", encoding="utf-8")
    loaders.whole.cache_clear()
    loaders.whole()
    assert loaders.CALLS == ["whole", "whole"]


def test_another_version_of_a_table_is_pruned_only_once_a_day_old(loaders, tmp_path: Path) -> None:
    """Two installed versions sharing the cache folder must not delete the file the other one is
    reading (a lazy table opens its file at its first lookup, maybe minutes later)."""
    loaders.lazy()
    (mine,) = [p for p in (tmp_path / "cache").iterdir() if p.suffix == ".sqlite"]
    other = mine.with_name(mine.name.rsplit("-", 1)[0] + "-0123456789abcdef0123.sqlite")
    other.write_bytes(mine.read_bytes())  # as another version of the loader would have written it
    datacache.prune_earlier_versions(mine.parent, other.name)
    assert mine.exists()  # young: kept
    datacache.prune_earlier_versions(mine.parent, other.name, now=mine.stat().st_mtime + datacache.PRUNE_AFTER + 1)
    assert not mine.exists() and other.exists()


def test_foreign_or_damaged_cache_files_are_misses(loaders, tmp_path: Path) -> None:
    loaders.whole()
    loaders.lazy()
    for path in (tmp_path / "cache").iterdir():
        path.write_bytes(b"\x00garbage" * 10)
    loaders.whole.cache_clear()
    loaders.lazy.cache_clear()
    assert loaders.whole() == {"重": "zc"}
    words, places = loaders.lazy()
    assert words["张勇"] == 1.5 and "北碚区" in places
    assert loaders.CALLS == ["whole", "lazy", "whole", "lazy"]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX ownership")
def test_a_cache_folder_others_may_write_is_not_used(tmp_path: Path, monkeypatch) -> None:
    from graph.index import cache_dirs

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("CNKG_CACHE_DIR", str(shared))
    assert shared not in list(cache_dirs())


def test_kept_bytes_round_trip_under_their_key_only(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CNKG_CACHE_DIR", str(tmp_path))
    assert datacache.kept_bytes("automaton", "a" * 40) is None
    datacache.keep_bytes("automaton", "a" * 40, b"\x01\x02 state table")
    assert datacache.kept_bytes("automaton", "a" * 40) == b"\x01\x02 state table"
    assert datacache.kept_bytes("automaton", "b" * 40) is None  # made from something else
    (kept,) = tmp_path.iterdir()
    kept.write_bytes(b"\x00garbage")
    assert datacache.kept_bytes("automaton", "a" * 40) is None
