"""Typed run settings: defaults < TOML file (``--config``) < command-line flags.

Every value is validated here, at the edge, so the rest of the code can trust a
``Settings``. Relative paths in a config file are resolved against the file's folder,
so a cron job behaves the same from any working directory.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from articlepipe._version import __version__
from articlepipe.errors import ConfigError
from articlepipe.models import PAGE_TYPES

FORMATS: tuple[str, ...] = ("parquet", "jsonl", "json", "csv")
ENGINES: tuple[str, ...] = ("local", "dask")
# Names the tool and where to read about it; a team should add its own contact
# (--user-agent "articlepipe/1.0 (+mailto:data@example.org)") so a site can reach it.
USER_AGENT = f"articlepipe/{__version__} (+https://github.com/articlepipe/articlepipe)"

_EXTENSION_FORMATS: dict[str, str] = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
}


def is_dataset_output(output: str) -> bool:
    """Whether ``output`` names a dataset folder (an incremental run's output): it ends
    with ``/``, is a folder already, or has no file extension."""
    path = Path(output)
    return output.endswith(("/", "\\")) or path.is_dir() or not path.suffix


def default_workers() -> int:
    """One extraction process per core the run may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run needs to know; build it with ``load_settings``."""

    sources: tuple[str, ...] = ()
    output: str = "output/articles.parquet"
    format: str | None = None
    workers: int = 0  # 0 = one per core, resolved in __post_init__
    page_timeout: float = 30.0
    max_page_bytes: int = 50 * 1024 * 1024
    row_group_size: int = 1000
    rules: str | None = None  # site-rules TOML file (extract/site_rules.py)
    # Fetching (fetch/): see FetchSettings for what each one does.
    user_agent: str = USER_AGENT
    concurrency: int = 16
    per_host: int = 2
    delay: float = 1.0
    fetch_timeout: float = 60.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    retries: int = 3
    max_fetch_bytes: int = 10 * 1024 * 1024
    allow_private: bool = False
    since: date | None = None
    max_urls: int = 1_000_000
    max_sitemap_depth: int = 5
    # Incremental runs (an output folder): see incremental.py.
    state: str | None = None  # default: _state.sqlite in the output folder
    recheck_after: float = 1800.0
    gone_days: float = 7.0
    checkpoint: int = 1000
    log_format: str = "text"
    # Corpus cleaning (clean/).
    normalise: bool = True
    lang: tuple[str, ...] = ()  # languages to keep; empty: all
    dedup: str = "drop"
    dedup_threshold: float = 0.8
    quality: bool = True
    min_words: int = 50
    page_types: tuple[str, ...] = ("article",)  # page types a run keeps; () keeps all
    min_prose_share: float = 0.0  # the prose filter, off by default (clean/quality.py)
    # JSONL file for the dropped articles; None: next to the output (rejected.jsonl, or
    # _rejected/ in a dataset folder); "none": not written.
    rejected: str | None = None
    save_raw: str | None = None  # WARC file for every fetched page (export/warc.py)
    engine: str = "local"  # or "dask" (dask_engine.py)
    scheduler: str | None = None  # a Dask scheduler's address; none: a LocalCluster
    shard_size: int = 250  # page files per shard of a dask run (a WARC file is one shard)
    work_dir: str | None = None  # local working folder of a remote output (export/remote.py)

    def __post_init__(self) -> None:
        if self.workers == 0:
            object.__setattr__(self, "workers", default_workers())

    @property
    def keeps_rejected(self) -> bool:
        """Whether the run writes the articles it drops (``rejected`` is not "none")."""
        return self.rejected != "none"

    @property
    def output_format(self) -> str:
        """The export format: ``format`` if set, else guessed from the output extension
        (a dataset folder holds Parquet parts unless told otherwise)."""
        if self.format is not None:
            return self.format
        if is_dataset_output(self.output):
            return "parquet"
        suffix = Path(self.output).suffix.lower()
        try:
            return _EXTENSION_FORMATS[suffix]
        except KeyError:
            raise ConfigError(
                f"cannot tell the output format of {self.output!r} from its extension; "
                f"use --format ({', '.join(FORMATS)}) or one of {', '.join(_EXTENSION_FORMATS)}"
            ) from None


def _positive_int(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{key} must be a whole number of at least 1, got {value!r}")
    return value


def _positive_float(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{key} must be a number greater than 0, got {value!r}")
    return float(value)


def _count(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"{key} must be a whole number of at least 0, got {value!r}")
    return value


def _seconds(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"{key} must be a number of seconds, 0 or more, got {value!r}")
    return float(value)


def _flag(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{key} must be true or false, got {value!r}")
    return value


def _date(key: str, value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{key} must be a date such as 2026-01-31, got {value!r}") from None


def _language_names() -> dict[str, str]:
    """ISO 639 code -> English name, from the CLDR data babel ships: the two-letter codes,
    and the three-letter ones of languages that have none (``yue``, ``arz``), which the
    language detector also gives."""
    from babel import Locale  # imported here: only runs that filter by language need it

    return {code: name for code, name in Locale("en").languages.items() if code.isalpha()}


def _languages(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(" ", "").split(",") if v]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key} must be language codes such as en,de, got {value!r}")
    codes = tuple(v.lower() for v in value)  # none: every language
    names = _language_names()
    for code in codes:
        if code not in names:
            # "english" or "German": say which code is meant
            by_name = {name.casefold(): known for known, name in names.items()}
            hint = f" ({names[by_name[code]]} is {by_name[code]!r})" if code in by_name else ""
            raise ConfigError(
                f"{key} takes ISO 639 language codes such as en,de (two letters; three for a "
                f"language without a two-letter code); {code!r} is not one{hint}"
            )
    return codes


def _dedup(key: str, value: Any) -> str:
    if value not in ("drop", "flag", "off"):
        raise ConfigError(f"{key} must be drop, flag or off, got {value!r}")
    return str(value)


def _share(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        raise ConfigError(f"{key} must be a number above 0 and at most 1, got {value!r}")
    return float(value)


def _page_types(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(" ", "").lower().split(",") if v]
    if not isinstance(value, list | tuple) or not value or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key} must be page types such as article,forum, or all; got {value!r}")
    if list(value) == ["all"]:
        return ()
    unknown = [v for v in value if v not in PAGE_TYPES]
    if unknown:
        raise ConfigError(
            f"{key}: unknown page type {unknown[0]!r}; choose from {', '.join(PAGE_TYPES)}, or all"
        )
    return tuple(dict.fromkeys(value))


def _prose_share(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
        raise ConfigError(f"{key} must be a share from 0 (off) up to 1, got {value!r}")
    return float(value)


def _rejected(key: str, value: Any) -> str:
    path = _string(key, value)
    if path.lower() == "none":
        return "none"
    # JSONL only: a typo cannot then overwrite a page, a state store or a statistics file.
    if not path.lower().endswith((".jsonl", ".ndjson")):
        raise ConfigError(f"{key} must name a .jsonl file, or be none; got {value!r}")
    return path


def _log_format(key: str, value: Any) -> str:
    if value not in ("text", "json"):
        raise ConfigError(f"{key} must be text or json, got {value!r}")
    return str(value)


def _string(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{key} must be a non-empty string, got {value!r}")
    return value


def _warc_path(key: str, value: Any) -> str:
    path = _string(key, value)
    if not path.lower().endswith((".warc", ".warc.gz")):
        raise ConfigError(f"{key} must name a .warc or .warc.gz file, got {value!r}")
    return path


def _engine(key: str, value: Any) -> str:
    if value not in ENGINES:
        raise ConfigError(f"{key} must be one of {', '.join(ENGINES)}, got {value!r}")
    return str(value)


def _format(key: str, value: Any) -> str:
    name = _string(key, value).lower()
    if name not in FORMATS:
        raise ConfigError(f"{key} must be one of {', '.join(FORMATS)}, got {value!r}")
    return name


def _sources(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{key} must be a list of paths or URLs, got {value!r}")
    return tuple(value)


_VALIDATORS: dict[str, Callable[[str, Any], Any]] = {
    "sources": _sources,
    "output": _string,
    "format": _format,
    "workers": _positive_int,
    "page_timeout": _positive_float,
    "max_page_bytes": _positive_int,
    "row_group_size": _positive_int,
    "rules": _string,
    "user_agent": _string,
    "concurrency": _positive_int,
    "per_host": _positive_int,
    "delay": _seconds,
    "fetch_timeout": _positive_float,
    "connect_timeout": _positive_float,
    "read_timeout": _positive_float,
    "retries": _count,
    "max_fetch_bytes": _positive_int,
    "allow_private": _flag,
    "since": _date,
    "max_urls": _positive_int,
    "max_sitemap_depth": _positive_int,
    "state": _string,
    "recheck_after": _seconds,
    "gone_days": _positive_float,
    "checkpoint": _positive_int,
    "log_format": _log_format,
    "normalise": _flag,
    "lang": _languages,
    "dedup": _dedup,
    "dedup_threshold": _share,
    "quality": _flag,
    "min_words": _count,
    "page_types": _page_types,
    "min_prose_share": _prose_share,
    "rejected": _rejected,
    "save_raw": _warc_path,
    "work_dir": _string,
    "engine": _engine,
    "scheduler": _string,
    "shard_size": _positive_int,
}
assert set(_VALIDATORS) == {f.name for f in fields(Settings)}, "every setting needs a validator"

_PATH_KEYS = ("output", "rules", "state", "rejected", "save_raw", "work_dir")


def _is_url(value: str) -> bool:
    return "://" in value


def _resolve_relative(value: str, base: Path) -> str:
    if _is_url(value) or value in ("-", "none") or Path(value).is_absolute():
        return value
    return str(base / value)


def read_toml(path: Path, what: str, flag: str) -> dict[str, Any]:
    """Parse a TOML file; every problem is a ``ConfigError`` naming ``what`` it is."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{what} {path} does not exist; check the {flag} path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{what} {path} is not valid TOML: {exc}") from exc


def read_config_file(path: Path) -> dict[str, Any]:
    """Read and validate a TOML config file; unknown keys are an error naming the key."""
    raw = read_toml(path, "config file", "--config")
    values: dict[str, Any] = {}
    base = path.resolve().parent
    for key, value in raw.items():
        if key not in _VALIDATORS:
            known = ", ".join(sorted(_VALIDATORS))
            raise ConfigError(f"unknown key {key!r} in config file {path}; known keys: {known}")
        checked = _VALIDATORS[key](f"{key} (in {path})", value)
        if key == "sources":
            checked = tuple(_resolve_relative(s, base) for s in checked)
        elif key in _PATH_KEYS:
            checked = _resolve_relative(checked, base)
        values[key] = checked
    return values


def load_settings(
    config_file: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    flags: Mapping[str, str] | None = None,
) -> Settings:
    """Build ``Settings`` from defaults, then ``config_file``, then ``overrides``.

    ``overrides`` holds command-line values; ``None`` means "not given" and is skipped.
    ``flags`` names the command-line option of each key, for the messages (``--timeout``
    for ``page_timeout``); a key without one is named as it is.
    """
    values: dict[str, Any] = read_config_file(config_file) if config_file is not None else {}
    for key, value in (overrides or {}).items():
        if value is None or (key == "sources" and not value):
            continue
        if key not in _VALIDATORS:
            raise ConfigError(f"unknown setting {key!r}")
        values[key] = _VALIDATORS[key]((flags or {}).get(key, key), value)
    settings = replace(Settings(), **values)
    _ = settings.output_format  # fail at the edge, not after the run
    check_output(settings, (flags or {}).get("format", "format"))
    return settings


def check_output(settings: Settings, format_flag: str = "format") -> None:
    """Refuse an output whose name says one thing and whose settings another: a format
    that contradicts the file's extension, a folder named like a file, an output that
    is one of the inputs. ``format_flag`` names the format setting in the message."""
    output = settings.output
    path = Path(output)  # a remote URL's last segment is its name too
    named = _EXTENSION_FORMATS.get(path.suffix.lower())
    dataset = is_dataset_output(output)
    if not dataset and settings.format is not None and named is not None and named != settings.format:
        raise ConfigError(
            f"{format_flag} {settings.format} contradicts the output name {output!r} ({named}); "
            f"name the file {path.with_suffix('.' + settings.format).name} or leave out {format_flag}"
        )
    if "://" in output:
        return  # remote: no local folder or input to compare with
    named_like_a_file = named is not None and not output.endswith(("/", "\\"))
    if named_like_a_file and path.is_dir() and not any(path.glob("part-*")) and not any(path.glob("_state*")):
        raise ConfigError(
            f"output {output!r} is a folder, though its name ends in {path.suffix}; give a file "
            f"that is not a folder, or {output}/ to make it a dataset folder"
        )
    target = path.resolve()
    for source in settings.sources:
        if "://" not in source and Path(source).is_file() and Path(source).resolve() == target:
            raise ConfigError(f"output {output!r} is one of the inputs; writing it would destroy the page")
