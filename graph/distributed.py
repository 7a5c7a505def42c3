"""The build on Dask: the same batches as the local process pool, run by Dask workers.

    kg build corpus/ --engine dask                      # a LocalCluster of --jobs worker processes
    kg build corpus/ --engine dask --scheduler tcp://host:8786

Only extraction is distributed (it is where the time goes); reading, the cache and the merge stay
with the client, so the output is the local build's, byte for byte.  Workers need this package
installed (same version) and warm up lazily on their first batch.  Needs the optional extra
`pip install 'cnkg[dist]'` (dask[distributed]).
"""
from __future__ import annotations

import threading
import time
from typing import Any

from .records import BuildError, DocGraph, Document


def _require_distributed():
    try:
        import distributed
    except ImportError as exc:
        raise ValueError("--engine dask needs dask.distributed: pip install 'cnkg[dist]' "
                         "(or 'dask[distributed]')") from exc
    return distributed


# distributed.utils' offload executor (one thread, started on first use and never shut down)
_IDLE_THREADS = ("Dask-Offload",)
_THREADS_END_WITHIN = 2.0  # seconds a closed engine waits for the threads it started to end


class DaskEngine:
    """Submits extract_batch to a Dask cluster; at most `slots` batches in flight.

    Give a running `client`, a `scheduler` address, or neither: then a LocalCluster of
    `workers` single-threaded processes is started and closed with the engine.
    """

    def __init__(self, scheduler: str | None = None, workers: int = 1, client: Any = None):
        distributed = _require_distributed()
        self._distributed = distributed
        self._cluster = None
        self._closed = False
        self._threads_before = set(threading.enumerate())  # the caller's
        self._own_client = client is None
        if client is None:
            if scheduler:
                client = distributed.Client(scheduler)
            else:
                # single-threaded workers: extraction is CPU-bound Python, threads would share one GIL
                self._cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1,
                                                         processes=True, dashboard_address=None)
                client = distributed.Client(self._cluster)
        self.client = client
        threads = sum(self.client.nthreads().values()) or 1
        self.slots = 2 * threads

    def submit(self, docs: list[Document]) -> Any:
        from .pipeline import extract_batch

        # pure=False: two identical batches are still two tasks (their results are not shared state)
        return self.client.submit(extract_batch, docs, pure=False)

    def wait_first(self, futures: set[Any]) -> tuple[set[Any], set[Any]]:
        done, pending = self._distributed.wait(list(futures), return_when="FIRST_COMPLETED")
        return set(done), set(pending)

    def result(self, future: Any) -> list[DocGraph | BuildError]:
        try:
            return future.result()
        finally:
            future.release()

    def closed_quietly(self) -> bool:
        """Once closed, whether every thread it started is gone but distributed's offload executor, which it
        keeps for the process's life and a closed client leaves waiting for work that no one gives."""
        return self._closed and not self._own_threads()

    def close(self) -> None:
        self._closed = True
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
        # the client's and the cluster's threads end a moment after they are closed, later on a loaded machine:
        # waited for (a little), so that a build can fork beside the resolution once they are gone
        deadline = time.monotonic() + _THREADS_END_WITHIN
        for thread in self._own_threads():
            thread.join(max(0.0, deadline - time.monotonic()))

    def _own_threads(self) -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t not in self._threads_before
                and not t.name.startswith(_IDLE_THREADS) and t is not threading.current_thread()]
