"""The build on a Dask LocalCluster started here gives the local build's bytes."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph import pipeline
from graph.pipeline import build

from conftest import SOURCES

distributed = pytest.importorskip("distributed", reason="dask[distributed] not installed (pip install 'cnkg[dist]')")

FORMATS = ("ttl", "trig")


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


@pytest.fixture(scope="module")
def client():
    # in-process workers: no process start-up cost, and the test's imports are the workers' imports
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.mark.slow
def test_dask_build_equals_local_build(client, tmp_path, monkeypatch):
    from graph.distributed import DaskEngine

    local = build([SOURCES], tmp_path / "local", FORMATS, jobs=1, cache=False)
    monkeypatch.setattr(pipeline, "BATCH_DOCS", 2)  # three batches over two workers
    engine = DaskEngine(client=client)
    assert engine.slots == 4
    dask = build([SOURCES], tmp_path / "dask", FORMATS, engine=engine, cache=False)
    assert (dask.documents, dask.extracted, dask.entities, dask.relations) == \
        (local.documents, 5, local.entities, local.relations)
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")
    # the engine is the caller's: the build leaves the client running
    assert client.status == "running"


@pytest.mark.slow
def test_dask_build_fills_and_uses_the_cache(client, tmp_path):
    from graph.distributed import DaskEngine

    out = tmp_path / "out"
    first = build([SOURCES], out, FORMATS, engine=DaskEngine(client=client))
    second = build([SOURCES], out, FORMATS, engine=DaskEngine(client=client))
    assert (first.extracted, second.extracted, second.cached) == (5, 0, 5)


def test_engine_dask_by_name_on_a_scheduler_address(client, tmp_path):
    # the CLI path: --engine dask --scheduler ADDRESS connects a client of its own and closes it
    report = build([SOURCES / "000_dde88f24c67074e3.txt"], tmp_path, FORMATS, engine="dask",
                   scheduler=client.scheduler.address, cache=False)
    assert report.documents == 1 and report.errors == []
    assert client.status == "running"


def test_a_closed_engine_is_quiet_once_its_own_threads_are_gone(client):
    from graph.distributed import DaskEngine

    engine = DaskEngine(scheduler=client.scheduler.address)
    assert not engine.closed_quietly()  # open: its client's threads are at work
    engine.close()
    # the fixture's cluster (in-process: its threads run here) was there before the engine and is the
    # caller's; the engine's own client and its threads are gone
    assert engine.closed_quietly()


@pytest.mark.slow
def test_own_cluster_is_closed_before_the_resolution_and_the_state_saved_beside(tmp_path, monkeypatch):
    # engine "dask" with no scheduler: a LocalCluster of worker processes that the build closes as soon as
    # extraction is over; nothing is then left at work here, so a forked child saves the pooled state while
    # the parent resolves, as on the local engine, and both give the same state and outputs
    saved_beside = []
    save_aside = pipeline._save_state_aside

    def recording(folder, state, errors, beside):
        saved_beside.append(beside)
        return save_aside(folder, state, errors, beside)

    monkeypatch.setattr(pipeline, "_save_state_aside", recording)
    dask = build([SOURCES], tmp_path / "dask", FORMATS, jobs=2, engine="dask")
    local = build([SOURCES], tmp_path / "local", FORMATS, jobs=2)
    assert saved_beside == [True, True]
    assert dask.errors == [] and dask.extracted == 5
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")
    state = Path(".cache") / "pooled.msgpack"
    assert (tmp_path / "dask" / state).read_bytes() == (tmp_path / "local" / state).read_bytes()
