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
        return self._closed and all(t in self._threads_before or t.name.startswith(_IDLE_THREADS)
                                    for t in threading.enumerate())

    def close(self) -> None:
        self._closed = True
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
