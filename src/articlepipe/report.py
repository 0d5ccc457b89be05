"""Run statistics: counted while records stream past, written as ``run.json``."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from articlepipe._version import __version__
from articlepipe.export.atomic import write_text
from articlepipe.models import Article, Failure, Skipped

# Word-count bins of the report's histogram (lower bounds).
WORD_BINS = ("0-99", "100-249", "250-499", "500-999", "1000-1999", "2000+")
_BIN_FLOORS = (0, 100, 250, 500, 1000, 2000)
SITE_COUNTS = ("pages", "written", "dropped", "unchanged", "failed")
TOP_SITES = 1000  # sites listed in run.json (the report shows the 20 largest)
TOP_RULES = 20


def word_bin(words: int) -> str:
    """The histogram bin of an article of ``words`` words."""
    index = sum(1 for floor in _BIN_FLOORS if words >= floor) - 1
    return WORD_BINS[index]


def site_of(url: str) -> str:
    """The site a URL is counted under in the report: its host, "local files" for a
    file, "unknown" for anything else (a source line that is not a URL at all)."""
    try:
        host = urlsplit(url).hostname
    except ValueError:  # "http://[::1": a bad line of a URL list, counted as a failure
        host = None
    return host or ("local files" if url.startswith("file:") else "unknown")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class RunStats:
    """Counts of one run. ``pages`` is every input seen, so pages = written + failures +
    unchanged (inputs an incremental run did not write again) + dropped (articles the
    cleaning stage left out), each by reason."""

    started_at: str = field(default_factory=_now)
    finished_at: str | None = None
    pages: int = 0
    written: int = 0
    not_articles: int = 0
    words: int = 0
    failures: int = 0
    failures_by_reason: Counter[str] = field(default_factory=Counter)
    unchanged: int = 0
    unchanged_by_reason: Counter[str] = field(default_factory=Counter)
    dropped: int = 0
    dropped_by_reason: Counter[str] = field(default_factory=Counter)
    # What the corpus holds, for the report: per site, languages, lengths, dates, rules.
    sites: dict[str, Counter[str]] = field(default_factory=dict)
    languages: Counter[str] = field(default_factory=Counter)
    word_counts: Counter[str] = field(default_factory=Counter)
    published: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    rejected_file: str | None = None  # where the dropped articles were written
    _clock: float = field(default_factory=time.monotonic, repr=False)
    _seconds: float | None = field(default=None, repr=False)

    def _site(self, url: str, outcome: str, hostname: str | None = None) -> None:
        counts = self.sites.setdefault(hostname or site_of(url), Counter())
        counts["pages"] += 1
        counts[outcome] += 1

    def add(self, record: Article | Failure | Skipped) -> None:
        """Count one record that left the pipeline (an Article counts as written)."""
        self.pages += 1
        if isinstance(record, Skipped):
            self.add_unchanged(record.reason, counted=True)
            self._site(record.url, "unchanged")
        elif isinstance(record, Failure):
            self.failures += 1
            self.failures_by_reason[f"{record.stage}:{record.reason}"] += 1
            self._site(record.url, "failed")
        else:
            self.written += 1
            self.words += record.word_count
            if not record.is_article:
                self.not_articles += 1
            self._site(record.url, "written", record.hostname)
            self.languages[record.language or "unknown"] += 1
            self.word_counts[word_bin(record.word_count)] += 1
            if record.published:
                self.published[record.published[:7]] += 1
            self.rules.update(block.rule for block in record.removed)

    def add_unchanged(self, reason: str, counted: bool = False) -> None:
        """Count an input not written again (``counted``: already in ``pages``)."""
        if not counted:
            self.pages += 1
        self.unchanged += 1
        self.unchanged_by_reason[reason] += 1

    def add_dropped(self, reason: str, url: str = "", hostname: str | None = None) -> None:
        """Count an article the cleaning stage left out."""
        self.pages += 1
        self.dropped += 1
        self.dropped_by_reason[reason] += 1
        self._site(url, "dropped", hostname)

    def merge(self, other: RunStats) -> None:
        """Add ``other``'s counts (a shard's, in a distributed run) to these."""
        for name in ("pages", "written", "not_articles", "words", "failures", "unchanged", "dropped"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in (
            "failures_by_reason",
            "unchanged_by_reason",
            "dropped_by_reason",
            "languages",
            "word_counts",
            "published",
            "rules",
        ):
            getattr(self, name).update(getattr(other, name))
        for host, counts in other.sites.items():
            self.sites.setdefault(host, Counter()).update(counts)

    @property
    def elapsed(self) -> float:
        """Seconds since the run started (whether or not it has finished)."""
        return time.monotonic() - self._clock

    def finish(self) -> None:
        """Stop the clock."""
        self.finished_at = _now()
        self._seconds = time.monotonic() - self._clock

    @property
    def seconds(self) -> float:
        """Wall time so far (or of the whole run once finished)."""
        return self._seconds if self._seconds is not None else time.monotonic() - self._clock

    @property
    def pages_per_second(self) -> float:
        """Throughput so far."""
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def to_json(self, **context: Any) -> dict[str, Any]:
        """The figures as a JSON-ready dict; ``context`` adds run settings and paths."""
        return {
            "articlepipe": __version__,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "seconds": round(self.seconds, 3),
            "pages": self.pages,
            "written": self.written,
            "articles": self.written - self.not_articles,
            "not_articles": self.not_articles,
            "words": self.words,
            "failures": self.failures,
            "failures_by_reason": dict(sorted(self.failures_by_reason.items())),
            "unchanged": self.unchanged,
            "unchanged_by_reason": dict(sorted(self.unchanged_by_reason.items())),
            "dropped": self.dropped,
            "dropped_by_reason": dict(sorted(self.dropped_by_reason.items())),
            "rejected_file": self.rejected_file,
            "languages": dict(self.languages.most_common()),
            "word_counts": {name: self.word_counts.get(name, 0) for name in WORD_BINS},
            "published_by_month": dict(sorted(self.published.items())),
            "boilerplate_rules": dict(self.rules.most_common(TOP_RULES)),
            "sites": {
                host: {key: counts.get(key, 0) for key in SITE_COUNTS}
                for host, counts in sorted(self.sites.items(), key=lambda item: -item[1]["pages"])[:TOP_SITES]
            },
            "pages_per_second": round(self.pages_per_second, 2),
            **context,
        }


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as pretty JSON, atomically."""
    write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
