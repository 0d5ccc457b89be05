from __future__ import annotations

import pytest

from articlepipe.errors import (
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


@pytest.mark.parametrize(
    ("cls", "stage"),
    [(ReadError, "read"), (DecodeError, "decode"), (ParseError, "parse"), (ExtractionError, "extract")],
)
def test_record_errors_become_failures_with_their_stage(cls: type[RecordError], stage: str) -> None:
    failure = cls("file:///x.html", "some-reason", "what went wrong", http_status=503).to_failure()
    assert (failure.url, failure.stage, failure.reason, failure.message, failure.http_status) == (
        "file:///x.html",
        stage,
        "some-reason",
        "what went wrong",
        503,
    )


def test_usage_errors_share_a_base() -> None:
    for cls in (ConfigError, InputError, OutputError):
        assert issubclass(cls, UsageError)
    assert not issubclass(RecordError, UsageError)


def test_record_error_message_names_the_input() -> None:
    assert (
        str(ReadError("file:///a.html", "empty", "the file is empty")) == "file:///a.html: the file is empty"
    )
