"""The extraction process of a Dask worker, kept from shard to shard.

A shard's pages are extracted in a child process of the worker (``shards.py``: a page
over the timeout, or one that crashes the parser, then fails alone). Starting that
process for every shard would throw away what it has warmed up (the extractor's
caches), which cost 10 % more CPU per page on the engines benchmark; so each worker
keeps one, made when the plugin is set up and stopped when the run removes it.
"""

from __future__ import annotations

import os
from typing import Any

from distributed import WorkerPlugin
from pebble import ProcessPool

from articlepipe.pipeline import start_workers, warm_up, worker_context
from articlepipe.shards import POOL_PLUGIN, can_start_processes


class ExtractionPool(WorkerPlugin):
    """Holds a worker's extraction process (``pool``: ``None`` on a daemonic worker,
    which may not start one)."""

    name = POOL_PLUGIN

    def __init__(self) -> None:
        self.pool: ProcessPool | None = None

    def setup(self, worker: Any) -> None:
        """Start the fork server and the pool of one process, while the run plans."""
        if not can_start_processes():
            return
        # Dask's nanny gives its workers MALLOC_TRIM_THRESHOLD_=65536, so that they hand
        # freed memory back at once; inherited by the extraction process, it made every
        # page cost 10 % more CPU (lxml allocates and frees a whole tree per page). The
        # fork server the process comes from starts without it, as on the local engine.
        os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)
        context = worker_context()
        start_workers(context)
        self.pool = ProcessPool(max_workers=1, context=context, initializer=warm_up)

    def teardown(self, worker: Any) -> None:
        """Stop the process (the run is over, or the worker is closing)."""
        if self.pool is not None:
            self.pool.stop()  # type: ignore[no-untyped-call]  # pebble is not annotated
            self.pool.join()
            self.pool = None
