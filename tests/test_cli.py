"""The command line as a new user meets it (issue 13): help for every option with its default,
and `kg bench` from a folder without ../shared saying what it needs."""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import EXPORT_FORMATS, make_parser
from graph.write.exports import EXPORTS


def _verbs() -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in make_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


@pytest.mark.parametrize("verb", sorted(_verbs()))
def test_every_option_has_help_with_its_default(verb: str) -> None:
    for action in _verbs()[verb]._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        name = "/".join(action.option_strings) or action.dest
        assert action.help, f"kg {verb} {name} has no help"
        assert "default" in action.help or "required" in action.help, f"kg {verb} {name}: {action.help}"


def test_export_help_lists_every_format() -> None:
    assert set(EXPORT_FORMATS) == set(EXPORTS)
    out = subprocess.run([sys.executable, "-m", "graph.cli", "export", "-h"], capture_output=True, text=True,
                         timeout=120).stdout
    flat = " ".join(out.split())
    assert all(fmt in flat for fmt in EXPORT_FORMATS), flat


def test_bench_in_an_empty_folder_says_what_it_needs(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "graph.cli", "bench"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "quality not measured: needs" in result.stderr and "score.py" in result.stderr
    assert "throughput not measured: needs" in result.stderr and "--shared PATH" in result.stderr


def test_kg_ends_with_everything_it_printed_and_its_exit_code(tmp_path: Path) -> None:
    # `kg` ends with os._exit (graph/cli.py: exit_now): what it printed must still reach the reader whole
    # (200,000 characters do not fit a pipe's buffer; Python's own flush at exit is skipped), and its code too
    script = ("import sys; from graph.cli import exit_now; print('村' * 200_000, end=''); "
              "print('e', end='', file=sys.stderr); exit_now(3)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (result.returncode, len(result.stdout), result.stderr) == (3, 200_000, "e")


def test_a_build_through_the_console_script_reports_what_it_wrote(tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text("中共苏州市吴江区委组织部部长王建国到震泽镇调研基层党建工作。", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(doc), "-o", str(out), "--no-progress",
                             "--formats", "csv"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    written = [line.removeprefix("wrote ") for line in result.stdout.splitlines() if line.startswith("wrote ")]
    assert sorted(Path(p).name for p in written) == ["graph-facts.csv", "graph.html", "graph.store", "graph.trig",
                                                    "graph.ttl"]
    assert all(Path(p).exists() for p in written)
    assert "王建国" in (out / "graph-facts.csv").read_text(encoding="utf-8")
