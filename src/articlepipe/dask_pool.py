"""The extraction process of a Dask worker, kept from shard to shard.

A shard's pages are extracted in a child process of the worker (``shards.py``: a page
over the timeout, or one that crashes the parser, then fails alone). Each worker keeps
its process for the run, made when the plugin is set up (while the run's process reads
the sources) and stopped when the run removes the plugin, rather than one per shard.
That alone measured no faster on the engines benchmark (a fork per shard is cheap);
what did was leaving out the nanny's malloc setting (``setup``).
"""

from __future__ import annotations

import os
from typing import Any

from distributed import WorkerPlugin
from pebble import ProcessPool

from articlepipe.pipeline import warm_up
from articlepipe.shards import can_start_processes
from articlepipe.worker_processes import start_workers, worker_context


class ExtractionPool(WorkerPlugin):
    """Holds a worker's extraction processes (``pool``: ``None`` on a daemonic worker,
    which may not start any). ``name`` is the run's own, so two runs sharing a cluster
    do not replace each other's."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.pool: ProcessPool | None = None
        self.size = 1

    def setup(self, worker: Any) -> None:
        """Start the fork server and the pool: one process per thread of the worker."""
        if not can_start_processes():
            return
        self.size = max(1, int(getattr(getattr(worker, "state", None), "nthreads", 1) or 1))
        # Dask's nanny gives its workers MALLOC_TRIM_THRESHOLD_=65536, so that they hand
        # freed memory back at once; inherited by the extraction process, it made every
        # page cost 10 % more CPU (lxml allocates and frees a whole tree per page). The
        # fork server the process comes from starts without it, as on the local engine.
        os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)
        self.pool = self._start()

    def _start(self) -> ProcessPool:
        context = worker_context()
        start_workers(context)
        return ProcessPool(max_workers=self.size, context=context, initializer=warm_up)

    def usable_pool(self) -> ProcessPool | None:
        """The pool, started again if it broke (its process killed while idle, by the
        out-of-memory killer say, leaves a pebble pool refusing all work)."""
        if self.pool is not None and not self.pool.active:
            self.pool.stop()  # type: ignore[no-untyped-call]  # pebble is not annotated
            self.pool = self._start()
        return self.pool

    def teardown(self, worker: Any) -> None:
        """Stop the process (the run is over, or the worker is closing)."""
        if self.pool is not None:
            self.pool.stop()  # type: ignore[no-untyped-call]  # pebble is not annotated
            self.pool.join()
            self.pool = None
