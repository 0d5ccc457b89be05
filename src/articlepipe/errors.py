"""The articlepipe exception tree.

::

    ArticlepipeError                 anything articlepipe raises on purpose
    ├── UsageError                   the run cannot start: exit code 2
    │   ├── ConfigError              bad config file, key or value
    │   ├── InputError               a source path is missing or unreadable
    │   ├── OutputError              the output folder cannot be written
    │   └── StateError               the state store cannot be opened or is not one
    ├── LockedError                  another run holds the output's lock: exit code 3
    └── RecordError                  one record failed; becomes a Failure, the run goes on
        ├── SourceError              stage "source": an input line that is not a usable URL
        ├── FetchError               stage "fetch": refused, unreachable, HTTP error, not HTML
        ├── ReadError                stage "read": unreadable, empty, too large, bad gzip
        ├── DecodeError              stage "decode": binary or undecodable bytes
        ├── ParseError               stage "parse": not HTML that lxml can build a tree from
        └── ExtractionError          stage "extract": the extractor failed on this page

Third-party exceptions are translated at the boundary with ``raise ... from exc`` so the
original stays visible in ``__cause__``.
"""

from __future__ import annotations

from typing import ClassVar

from articlepipe.models import Failure, FailureStage


class ArticlepipeError(Exception):
    """Base class of every error articlepipe raises on purpose."""


class UsageError(ArticlepipeError):
    """The run cannot start as asked; the CLI exits with code 2."""


class ConfigError(UsageError):
    """A configuration file, key or value is invalid."""


class InputError(UsageError):
    """A source given on the command line or in the config does not exist or cannot be read."""


class OutputError(UsageError):
    """The output location cannot be created or written."""


class StateError(UsageError):
    """The state store cannot be opened, is not one, or is from a newer articlepipe."""


class LockedError(ArticlepipeError):
    """Another run holds the lock on the same output and state; the CLI exits with code 3."""


class RecordError(ArticlepipeError):
    """One input record failed; the pipeline turns it into a ``Failure`` and goes on."""

    stage: ClassVar[FailureStage] = "extract"

    def __init__(self, url: str, reason: str, message: str, http_status: int | None = None) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.reason = reason
        self.message = message
        self.http_status = http_status

    def to_failure(self) -> Failure:
        """The ``Failure`` record for this error."""
        return Failure(
            url=self.url,
            stage=self.stage,
            reason=self.reason,
            message=self.message,
            http_status=self.http_status,
        )


class SourceError(RecordError):
    """An input (a line of a URL list, a sitemap entry) is not a URL articlepipe can fetch."""

    stage = "source"


class FetchError(RecordError):
    """A URL could not be fetched as an HTML page (robots.txt, a private address, a dead
    host, a timeout, an HTTP error, a body too large, a PDF …)."""

    stage = "fetch"


class ReadError(RecordError):
    """The raw bytes could not be read (missing, empty, too large, corrupt compression)."""

    stage = "read"


class DecodeError(RecordError):
    """The bytes are not text in any encoding we can recognise."""

    stage = "decode"


class ParseError(RecordError):
    """The text could not be parsed into an HTML tree."""

    stage = "parse"


class ExtractionError(RecordError):
    """The extractor failed on this page."""

    stage = "extract"
