"""Log lines for people (text) or for machines (one JSON object per line).

Cron jobs send stderr to a log file; with ``--log-format json`` every line there is a JSON
object with ``time``, ``level``, ``event`` and the event's fields, ready for jq, Loki or
CloudWatch. Library code logs with ``logging``; the CLI chooses the format here.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

LOGGER = "articlepipe"


class JsonFormatter(logging.Formatter):
    """``{"time": …, "level": …, "event": …, "message": …, **fields}`` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="seconds"),
            "level": record.levelname.lower(),
            "event": getattr(record, "event", record.name),
            "message": record.getMessage(),
        }
        line.update(getattr(record, "fields", {}))
        return json.dumps(line, ensure_ascii=False, default=str)


def setup_logging(fmt: str) -> None:
    """Send articlepipe's log records (warnings and up, and progress) to stderr as
    ``fmt`` (``text`` or ``json``)."""
    logger = logging.getLogger(LOGGER)
    logger.handlers.clear()
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("articlepipe: %(levelname)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def event(name: str, message: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log ``message`` as the event ``name`` with ``fields`` (kept as JSON keys)."""
    logging.getLogger(LOGGER).log(level, message, extra={"event": name, "fields": fields})
