"""articlepipe: web pages in, a clean structured article corpus out.

The public API is re-exported here lazily (PEP 562), so that importing one submodule,
as every extraction worker process does, does not also import pandas and pyarrow.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from articlepipe._version import __version__

if TYPE_CHECKING:
    from articlepipe.config import Settings, load_settings
    from articlepipe.errors import (
        ArticlepipeError,
        ConfigError,
        DecodeError,
        ExtractionError,
        InputError,
        OutputError,
        ParseError,
        ReadError,
        RecordError,
        UsageError,
    )
    from articlepipe.export.reader import read
    from articlepipe.extract.dispatch import extract_page, process_page
    from articlepipe.models import Article, Failure, Page, RelatedLink, RemovedBlock
    from articlepipe.pipeline import run

_EXPORTS: dict[str, str] = {
    "Settings": "articlepipe.config",
    "load_settings": "articlepipe.config",
    "ArticlepipeError": "articlepipe.errors",
    "ConfigError": "articlepipe.errors",
    "DecodeError": "articlepipe.errors",
    "ExtractionError": "articlepipe.errors",
    "InputError": "articlepipe.errors",
    "OutputError": "articlepipe.errors",
    "ParseError": "articlepipe.errors",
    "ReadError": "articlepipe.errors",
    "RecordError": "articlepipe.errors",
    "UsageError": "articlepipe.errors",
    "read": "articlepipe.export.reader",
    "extract_page": "articlepipe.extract.dispatch",
    "process_page": "articlepipe.extract.dispatch",
    "Article": "articlepipe.models",
    "Failure": "articlepipe.models",
    "Page": "articlepipe.models",
    "RelatedLink": "articlepipe.models",
    "RemovedBlock": "articlepipe.models",
    "run": "articlepipe.pipeline",
}

__all__ = [
    "Article",
    "ArticlepipeError",
    "ConfigError",
    "DecodeError",
    "ExtractionError",
    "Failure",
    "InputError",
    "OutputError",
    "Page",
    "ParseError",
    "ReadError",
    "RecordError",
    "RelatedLink",
    "RemovedBlock",
    "Settings",
    "UsageError",
    "__version__",
    "extract_page",
    "load_settings",
    "process_page",
    "read",
    "run",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'articlepipe' has no attribute {name!r}")
    return getattr(import_module(module), name)
