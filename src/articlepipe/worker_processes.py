"""How extraction worker processes start.

Workers are forked from a fork server that has loaded the extractor and the language
model once (``articlepipe.preload``), so each starts in milliseconds and shares those
pages (the model alone is about 75 MB) instead of loading its own copy. Not plain fork:
the run's process has threads (the pool manager, the crawl), and forking a threaded
process can deadlock the child. Where there is no fork server (Windows), workers are
spawned and load it all themselves.

Workers never need the caller's ``__main__``: everything they run lives in articlepipe.
Yet multiprocessing tells each new worker to import the script that started the run,
which breaks two common ways of calling ``articlepipe.run``: a script without an
``if __name__ == "__main__":`` guard (each worker would start the run again, and
multiprocessing refuses) and code piped to ``python -`` (there is no file to import).
So the launch of an articlepipe worker leaves the main module out of what the new
process is told to prepare. Only that launch, in the thread making it: the caller's
``__main__`` is never touched, and other pools in the process are not affected.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import multiprocessing.spawn
import sys
import threading
from collections.abc import Callable
from typing import Any

_launching = threading.local()
_MAIN_KEYS = ("init_main_from_path", "init_main_from_name")


def _without_main(original: Callable[[str], dict[str, Any]]) -> Callable[[str], dict[str, Any]]:
    def preparation_data(name: str) -> dict[str, Any]:
        data = original(name)
        if getattr(_launching, "worker", False):
            for key in _MAIN_KEYS:
                data.pop(key, None)
        return data

    preparation_data.articlepipe = True  # type: ignore[attr-defined]
    return preparation_data


# multiprocessing's Popen classes call spawn.get_preparation_data through the module, so
# wrapping it there reaches every start method; it changes nothing outside a launch below.
if not getattr(multiprocessing.spawn.get_preparation_data, "articlepipe", False):
    multiprocessing.spawn.get_preparation_data = _without_main(  # type: ignore[assignment]
        multiprocessing.spawn.get_preparation_data
    )


def _launching_main_free(popen: Callable[[Any], Any]) -> Any:
    """A Process class's ``_Popen`` that launches with the caller's ``__main__`` left out."""

    def launch(process_obj: Any) -> Any:
        _launching.worker = True
        try:
            return popen(process_obj)
        finally:
            _launching.worker = False

    return staticmethod(launch)


class _SpawnProcess(multiprocessing.context.SpawnProcess):
    _Popen = _launching_main_free(multiprocessing.context.SpawnProcess._Popen)


class _SpawnContext(multiprocessing.context.SpawnContext):
    Process = _SpawnProcess


if sys.platform != "win32":  # the fork server's classes exist only where it does

    class _ForkServerProcess(multiprocessing.context.ForkServerProcess):
        _Popen = _launching_main_free(multiprocessing.context.ForkServerProcess._Popen)

    class _ForkServerContext(multiprocessing.context.ForkServerContext):
        Process = _ForkServerProcess


def worker_context() -> multiprocessing.context.BaseContext:
    """The multiprocessing context extraction workers start from (see the module's text)."""
    if sys.platform == "win32" or "forkserver" not in multiprocessing.get_all_start_methods():
        return _SpawnContext()
    context = _ForkServerContext()
    context.set_forkserver_preload(["articlepipe.preload"])
    return context


def start_workers(context: multiprocessing.context.BaseContext) -> None:
    """Start the fork server now, without waiting for it: it loads the extractor while
    the caller goes on with its own set-up."""
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def in_a_workers_start() -> bool:
    """Whether this code runs while a new process (of any pool, a Dask worker's say)
    imports the caller's script: a script without a main guard starting a run again
    from there. (``_inheriting`` is the flag multiprocessing itself checks for that.)"""
    return bool(getattr(multiprocessing.current_process(), "_inheriting", False))
