"""Worker functions for pipeline tests; a module of its own so spawned workers can import it."""

from __future__ import annotations

import os
import time

from articlepipe.extract.dispatch import process_page
from articlepipe.models import Article, Failure, Page


def slow_then_extract(page: Page) -> Article | Failure:
    """Earlier pages take longer, so results finish out of input order."""
    delay = page.url.rsplit("-", 1)[-1].split(".")[0]
    time.sleep(max(0.0, 0.3 - int(delay) * 0.02))
    return process_page(page)


def hang_or_extract(page: Page) -> Article | Failure:
    """Hangs forever on a page whose name contains 'hang'."""
    if "hang" in page.url:
        while True:
            time.sleep(1)
    return process_page(page)


def die_or_extract(page: Page) -> Article | Failure:
    """Kills its own process on a page whose name contains 'die' (a parser segfault, an OOM kill)."""
    if "die" in page.url:
        os._exit(9)
    return process_page(page)


def parent_pid(page: Page) -> Failure:
    """The worker's parent process id (as a Failure's message, to pass the pool's types):
    the fork server's, when workers fork from one."""
    return Failure(url=page.url, stage="extract", reason="parent-pid", message=str(os.getppid()))
