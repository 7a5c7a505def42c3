"""Atomic file output: a durable file reaches the disk before anything relies on it, deferred or not."""
from __future__ import annotations

import os
from pathlib import Path

from graph import outdir as outdirs
from graph import pipeline
from graph.write.atomic import atomic_open, atomic_write, sync_all, syncs_deferred

TEXT = "浙江省绍兴市上虞区曹娥街道兴业社区党委"


def _recording_fsync(monkeypatch) -> list[int]:
    """os.fsync, noting the inode of each file it is asked to sync (a renamed file keeps its inode)."""
    synced: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.fstat(fd).st_ino)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return synced


def test_a_durable_file_is_synced_before_it_takes_its_name(tmp_path, monkeypatch):
    synced = _recording_fsync(monkeypatch)
    atomic_write(tmp_path / "a.txt", TEXT)
    assert synced == [(tmp_path / "a.txt").stat().st_ino]
    with atomic_open(tmp_path / "index.bin", "wb", durable=False) as handle:
        handle.write(b"\x00" * 16)
    assert len(synced) == 1  # an index that detects a torn copy is not synced


def test_within_syncs_deferred_a_file_takes_its_name_at_once_and_is_synced_by_sync_all(tmp_path, monkeypatch):
    synced = _recording_fsync(monkeypatch)
    with syncs_deferred() as written:
        atomic_write(tmp_path / "a.txt", TEXT)
        assert (tmp_path / "a.txt").read_text(encoding="utf-8") == TEXT  # a later writer may read it now
        with atomic_open(tmp_path / "index.bin", "wb", durable=False) as handle:
            handle.write(b"\x00" * 16)
    assert written == [tmp_path / "a.txt"] and synced == []
    atomic_write(tmp_path / "b.txt", TEXT)  # outside: synced at once again
    assert synced == [(tmp_path / "b.txt").stat().st_ino]
    sync_all(written)
    assert sorted(synced) == sorted(p.stat().st_ino for p in (tmp_path / "a.txt", tmp_path / "b.txt"))


def test_every_output_is_on_disk_before_the_commit_moves_it_into_place(seed_graph, tmp_path, monkeypatch):
    synced = _recording_fsync(monkeypatch)
    at_commit: list[set[int]] = []
    commit = outdirs.Transaction.commit

    def noting(self, names, whole_build=True):
        at_commit.append(set(synced))
        return commit(self, names, whole_build)

    monkeypatch.setattr(outdirs.Transaction, "commit", noting)
    formats = tuple(pipeline._writers())
    written = pipeline.write_outputs(seed_graph, tmp_path, formats, jobs=1)
    outputs = [Path(p) for p in written if Path(p).is_file()]
    outputs += [f for p in written if Path(p).is_dir() and not Path(p).name.endswith(".store")
                for f in Path(p).iterdir() if f.is_file()]
    assert len(outputs) >= len(formats) - 1
    assert {f.stat().st_ino for f in outputs} <= at_commit[0]

