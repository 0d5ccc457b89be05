from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from articlepipe.config import Settings, default_workers, load_settings
from articlepipe.errors import ConfigError


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "conf" / "sites.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults() -> None:
    settings = load_settings()
    assert settings.output == "output/articles.parquet"
    assert settings.output_format == "parquet"
    assert settings.workers == default_workers() >= 1
    assert settings.page_timeout == 30.0


def test_file_overrides_defaults_and_flags_override_file(tmp_path: Path) -> None:
    config = write_config(tmp_path, 'workers = 3\npage_timeout = 5\noutput = "out/a.jsonl"\n')
    from_file = load_settings(config)
    assert (from_file.workers, from_file.page_timeout) == (3, 5.0)
    assert from_file.output == str(config.parent / "out" / "a.jsonl")
    assert from_file.output_format == "jsonl"
    flagged = load_settings(config, {"workers": 1, "page_timeout": None, "output": "x.csv"})
    assert (flagged.workers, flagged.page_timeout, flagged.output_format) == (1, 5.0, "csv")


def test_relative_sources_resolve_against_the_config_folder(tmp_path: Path) -> None:
    config = write_config(tmp_path, 'sources = ["pages", "/abs/other"]\n')
    assert load_settings(config).sources == (str(config.parent / "pages"), "/abs/other")
    assert load_settings(config, {"sources": ("cli-dir",)}).sources == ("cli-dir",)


def test_unknown_key_is_an_error_naming_the_key(tmp_path: Path) -> None:
    config = write_config(tmp_path, "workers = 2\nworkerz = 3\n")
    with pytest.raises(ConfigError, match=r"unknown key 'workerz'.*known keys: .*workers"):
        load_settings(config)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("workers = 0", "workers .* at least 1"),
        ('workers = "two"', "workers .* whole number"),
        ("workers = true", "workers .* whole number"),
        ("page_timeout = -1", "page_timeout .* greater than 0"),
        ('format = "xml"', "format .* must be one of parquet, jsonl, json, csv"),
        ("sources = 3", "sources .* must be a list"),
        ("workers = ", "not valid TOML"),
    ],
)
def test_bad_values_are_errors_that_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(write_config(tmp_path, text + "\n"))


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.toml")


def test_format_from_extension_or_flag() -> None:
    assert Settings(output="a/b.PARQUET").output_format == "parquet"
    assert Settings(output="a/b.ndjson").output_format == "jsonl"
    assert Settings(output="a/b.json").output_format == "json"
    assert Settings(output="a/b.out", format="csv").output_format == "csv"
    with pytest.raises(ConfigError, match=r"cannot tell the output format of 'a/b\.out'"):
        load_settings(None, {"output": "a/b.out"})


def test_bad_flag_values_are_checked_too() -> None:
    with pytest.raises(ConfigError, match="workers"):
        load_settings(None, {"workers": -2})


def test_rules_path_resolves_against_the_config_folder(tmp_path: Path) -> None:
    config = tmp_path / "job.toml"
    config.write_text('rules = "site-rules.toml"\noutput = "out/a.parquet"\n')
    settings = load_settings(config)
    assert settings.rules == str(tmp_path.resolve() / "site-rules.toml")
    assert load_settings(config, {"rules": "/etc/other.toml"}).rules == "/etc/other.toml"


def test_fetch_settings_from_a_file_and_flags(tmp_path: Path) -> None:
    config = write_config(
        tmp_path,
        'sources = ["https://example.org/sitemap.xml", "lists/today.urls"]\n'
        'user_agent = "corpus-bot/1.0 (+mailto:data@example.org)"\n'
        "per_host = 4\ndelay = 0\nsince = 2026-11-01\nallow_private = true\nmax_urls = 500\n",
    )
    settings = load_settings(config, {"delay": 2.5, "since": "2026-11-20"})
    assert settings.sources == (
        "https://example.org/sitemap.xml",
        str(config.parent / "lists" / "today.urls"),
    )
    assert settings.user_agent.startswith("corpus-bot/1.0")
    assert (settings.per_host, settings.delay, settings.max_urls) == (4, 2.5, 500)
    assert settings.since == date(2026, 11, 20) and settings.allow_private
    assert load_settings(config).since == date(2026, 11, 1)
    defaults = load_settings()
    assert (defaults.per_host, defaults.delay, defaults.allow_private) == (2, 1.0, False)
    assert "articlepipe/" in defaults.user_agent


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("delay = -1", "delay .* must be a number of seconds, 0 or more"),
        ('since = "yesterday"', "since .* must be a date such as 2026-01-31"),
        ('allow_private = "yes"', "allow_private .* must be true or false"),
        ("retries = -2", "retries .* must be a whole number of at least 0"),
    ],
)
def test_bad_fetch_values_are_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(write_config(tmp_path, text))


def test_page_types_are_checked_and_all_keeps_every_type(tmp_path: Path) -> None:
    assert load_settings().page_types == ("article",)
    assert load_settings(None, {"page_types": "article, forum,article"}).page_types == ("article", "forum")
    assert load_settings(None, {"page_types": "all"}).page_types == ()
    with pytest.raises(ConfigError, match="unknown page type 'blogs'; choose from article, listing"):
        load_settings(None, {"page_types": "article,blogs"})
    config = write_config(tmp_path, 'page_types = ["article", "documentation"]\nmin_prose_share = 0.2\n')
    settings = load_settings(config)
    assert settings.page_types == ("article", "documentation") and settings.min_prose_share == 0.2
    with pytest.raises(ConfigError, match="min_prose_share"):
        load_settings(None, {"min_prose_share": 1.5})


def test_the_rejected_file_is_next_to_the_output_unless_moved_or_turned_off(tmp_path: Path) -> None:
    assert load_settings().rejected is None and load_settings().keeps_rejected
    config = write_config(tmp_path, 'rejected = "none"\n')
    assert load_settings(config).rejected == "none" and not load_settings(config).keeps_rejected
    config = write_config(tmp_path, 'rejected = "audit/dropped.jsonl"\n')
    assert load_settings(config).rejected == str(config.parent / "audit" / "dropped.jsonl")
    assert load_settings(None, {"rejected": "NONE"}).rejected == "none"
