"""The ``articlepipe`` command line: a thin layer over the library.

``main(argv) -> int`` is the testable entry point. Errors become one-line messages
here and nowhere else; exit codes: 0 all done, 1 finished with failed records,
2 usage or configuration error.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from articlepipe._version import __version__
from articlepipe.config import FORMATS, is_dataset_output, load_settings
from articlepipe.errors import ArticlepipeError, LockedError, ReadError, UsageError
from articlepipe.export.dataset import LOCK_NAME, STATE_NAME, folder_format, recover
from articlepipe.lock import RunLock
from articlepipe.logs import event, setup_logging
from articlepipe.models import Failure, Page
from articlepipe.pipeline import run as run_pipeline
from articlepipe.report import RunStats
from articlepipe.sources.inputs import WARC_LIST_SUFFIX, is_url_list
from articlepipe.sources.local import PAGE_SUFFIXES, page_kind, read_page
from articlepipe.sources.warc import is_warc
from articlepipe.state import StateStore, read_status

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
# How often a non-terminal run (cron, CI) logs a progress line.
LOG_EVERY_SECONDS = 10.0

RUN_EXAMPLES = """\b
Examples:
  articlepipe run fixtures/html -o output/articles.parquet
  articlepipe run saved/ more/page.html -o corpus.jsonl --workers 4
  articlepipe run https://example.org/sitemap.xml -o out.parquet --since 2026-11-01
  articlepipe run https://example.org/ https://example.com/feed.xml urls.txt
  grep -h health lists/*.urls | articlepipe run - -o health.jsonl
  articlepipe run --config sites.toml
"""

EXTRACT_EXAMPLES = """\b
Examples:
  articlepipe extract page.html
  articlepipe extract page.html --url https://example.org/news/1 --format markdown
  curl -s https://example.org/a | articlepipe extract - --url https://example.org/a
  articlepipe extract https://example.org/news/1 --format text
"""

EVAL_EXAMPLES = """\b
Examples:
  articlepipe eval data/aeb/ground-truth.json data/aeb/html --compare trafilatura
  articlepipe eval data/wcxb/ground-truth data/wcxb/html --worst 20
  articlepipe eval data/aeb/ground-truth.json data/aeb/html --json > scores.json
"""


class ProgressDisplay:
    """A live status line on a terminal; a log line every few seconds otherwise (a
    JSON object with ``json_lines``)."""

    def __init__(self, console: Console, json_lines: bool = False) -> None:
        self.console = console
        self.json_lines = json_lines
        self.live = console.is_terminal and not json_lines
        self._progress: Progress | None = None
        self._task: Any = None
        self._last_log = time.monotonic()

    def __enter__(self) -> ProgressDisplay:
        if self.live:
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("starting workers…")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    @staticmethod
    def line(stats: RunStats) -> str:
        """The one-line status of a run."""
        return (
            f"{stats.pages} pages, {stats.written} written, {stats.failures} failed, "
            f"{stats.pages_per_second:.1f} pages/s"
        )

    def __call__(self, stats: RunStats) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=self.line(stats))
            return
        now = time.monotonic()
        if now - self._last_log >= LOG_EVERY_SECONDS:
            self._last_log = now
            if self.json_lines:
                event(
                    "progress",
                    self.line(stats),
                    pages=stats.pages,
                    written=stats.written,
                    unchanged=stats.unchanged,
                    failures=stats.failures,
                )
            else:
                self.console.print(f"articlepipe: progress: {self.line(stats)}", highlight=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="articlepipe")
def cli() -> None:
    """articlepipe turns web pages into a clean, structured article corpus."""


@cli.command("run", epilog=RUN_EXAMPLES)
@click.argument("sources", nargs=-1)
@click.option(
    "-o",
    "--output",
    help="Output file (its extension picks the format), or a folder for incremental runs "
    "(one part file per checkpoint, a state store).  [default: output/articles.parquet]",
)
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), help="Output format, if not given by the extension."
)
@click.option(
    "--config", type=click.Path(path_type=Path, dir_okay=False), help="TOML file with run settings."
)
@click.option("--workers", type=int, help="Extraction processes.  [default: number of cores]")
@click.option(
    "--timeout", "page_timeout", type=float, help="Seconds one page may take to extract.  [default: 30]"
)
@click.option("--max-page-bytes", type=int, help="Larger pages become failures.  [default: 52428800]")
@click.option("--row-group-size", type=int, help="Articles per Parquet row group.  [default: 1000]")
@click.option(
    "--rules",
    type=click.Path(dir_okay=False),
    help="TOML file of site rules: per host, selectors to drop and the article body.",
)
@click.option(
    "--user-agent",
    help="User-Agent header; name your team and a contact.  [default: articlepipe/VERSION (+URL)]",
)
@click.option("--concurrency", type=int, help="Requests in flight in all.  [default: 16]")
@click.option("--per-host", type=int, help="Requests in flight to one host.  [default: 2]")
@click.option(
    "--delay", type=float, help="Seconds between requests to one host (or its Crawl-delay).  [default: 1]"
)
@click.option("--fetch-timeout", type=float, help="Seconds one HTTP exchange may take in all.  [default: 60]")
@click.option("--retries", type=int, help="Retries on network errors, timeouts, 429 and 5xx.  [default: 3]")
@click.option("--max-fetch-bytes", type=int, help="Larger responses become failures.  [default: 10485760]")
@click.option(
    "--allow-private",
    is_flag=True,
    default=None,
    help="Allow hosts on private, loopback or link-local addresses (intranets).",
)
@click.option("--since", help="Only sitemap and feed entries dated on or after this day (YYYY-MM-DD).")
@click.option("--max-urls", type=int, help="Page URLs fetched at most in one run.  [default: 1000000]")
@click.option(
    "--state", help="State store of an incremental run (an output folder).  [default: OUTPUT/_state.sqlite]"
)
@click.option(
    "--recheck-after",
    type=float,
    help="Seconds before a URL fetched by an earlier run is checked again.  [default: 1800]",
)
@click.option(
    "--log-format", type=click.Choice(["text", "json"]), help="Log lines on stderr.  [default: text]"
)
@click.option("--lang", help="Keep only articles in these languages, e.g. en,de.  [default: all]")
@click.option(
    "--dedup",
    type=click.Choice(["drop", "flag", "off"]),
    help="Exact and near-duplicate articles: drop them, flag them (duplicate_of), or keep them."
    "  [default: drop]",
)
@click.option(
    "--min-words",
    type=int,
    help="Articles with fewer words are dropped (in Chinese, Japanese, Thai, Lao, Khmer and "
    "Burmese each character counts as a word).  [default: 50]",
)
@click.option(
    "--page-types",
    help="Page types to keep, e.g. article,forum, or all: article, listing, collection, product, "
    "service, forum, documentation, error. The rest go to the rejected file.  [default: article]",
)
@click.option(
    "--min-prose-share",
    type=float,
    help="Drop articles with less than this share of their words in prose (not lists or tables).  "
    "[default: 0, off]",
)
@click.option(
    "--keep-all",
    is_flag=True,
    default=None,
    help="No quality filters and no de-duplication: every extracted page is written.",
)
@click.option(
    "--rejected",
    help="JSONL file for the dropped articles, each with its reason and the value behind it; none "
    "to leave them out.  [default: rejected.jsonl next to OUTPUT, or OUTPUT/_rejected/]",
)
@click.option(
    "--save-raw",
    help="Keep every fetched page (HTTP headers and body) in this .warc or .warc.gz file; "
    "a later run on it gives the same articles without the network.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    help="local: a process pool on this machine; dask: a Dask cluster (pip install "
    "'articlepipe[dask]'), writing a dataset folder.  [default: local]",
)
@click.option(
    "--scheduler",
    help="Address of the Dask scheduler (tcp://host:8786) for --engine dask.  "
    "[default: a LocalCluster of --workers processes]",
)
@click.option(
    "--work-dir",
    help="Local working folder for an output on object storage (-o s3://…): the run "
    "works there, then uploads.  [default: a folder per output under ~/.cache/articlepipe]",
)
def run_command(
    sources: tuple[str, ...],
    output: str | None,
    fmt: str | None,
    config: Path | None,
    workers: int | None,
    page_timeout: float | None,
    max_page_bytes: int | None,
    row_group_size: int | None,
    rules: str | None,
    user_agent: str | None,
    concurrency: int | None,
    per_host: int | None,
    delay: float | None,
    fetch_timeout: float | None,
    retries: int | None,
    max_fetch_bytes: int | None,
    allow_private: bool | None,
    since: str | None,
    max_urls: int | None,
    state: str | None,
    recheck_after: float | None,
    log_format: str | None,
    lang: str | None,
    dedup: str | None,
    min_words: int | None,
    page_types: str | None,
    min_prose_share: float | None,
    keep_all: bool | None,
    rejected: str | None,
    save_raw: str | None,
    engine: str | None,
    scheduler: str | None,
    work_dir: str | None,
) -> int:
    """Extract every article SOURCE... leads to.

    A SOURCE is a page URL, a sitemap or sitemap index (.xml or .xml.gz), an RSS or
    Atom feed, a homepage (its feeds and sitemaps are read), a file of URLs (.urls,
    .lst, or a .txt file of URLs; - for standard input), a folder, an
    .html/.htm/.html.gz/.txt file, a WARC file (.warc, .warc.gz: its HTML responses),
    or a .paths file listing WARC files. URLs are fetched politely: robots.txt is obeyed,
    requests to one host are limited and spaced, private addresses are refused.

    Writes the articles to OUTPUT; next to it, failed pages to failures.jsonl, the
    pages it dropped (not an article, too short, a duplicate …) to rejected.jsonl with
    the reason, and run statistics to run.json. Every page read ends in exactly one of
    them, or is counted as unchanged. Exit code 1 means the run finished but some pages
    failed; see failures.jsonl for why.
    """
    settings = load_settings(
        config,
        {
            "sources": sources,
            "output": output,
            "format": fmt,
            "workers": workers,
            "page_timeout": page_timeout,
            "max_page_bytes": max_page_bytes,
            "row_group_size": row_group_size,
            "rules": rules,
            "user_agent": user_agent,
            "concurrency": concurrency,
            "per_host": per_host,
            "delay": delay,
            "fetch_timeout": fetch_timeout,
            "retries": retries,
            "max_fetch_bytes": max_fetch_bytes,
            "allow_private": allow_private,
            "since": since,
            "max_urls": max_urls,
            "state": state,
            "recheck_after": recheck_after,
            "log_format": log_format,
            "lang": lang,
            "dedup": "off" if keep_all else dedup,
            "quality": False if keep_all else None,
            "min_words": min_words,
            "page_types": page_types,
            "min_prose_share": min_prose_share,
            "rejected": rejected,
            "save_raw": save_raw,
            "engine": engine,
            "scheduler": scheduler,
            "work_dir": work_dir,
        },
        flags=_flag_names(click.get_current_context()),
    )
    setup_logging(settings.log_format)
    err = Console(stderr=True)
    with ProgressDisplay(err, json_lines=settings.log_format == "json") as display:
        stats = run_pipeline(settings, progress=display)
    if settings.log_format == "json":
        click.echo(json.dumps({"event": "finished", **stats.to_json(output=settings.output)}))
        return EXIT_FAILURES if stats.failures else EXIT_OK
    # Plain echo, not rich: the summary must stay one line in cron logs, whatever the width.
    click.echo(
        f"articlepipe: {stats.pages} pages read, {stats.written} rows written "
        f"({stats.written - stats.not_articles} articles, {stats.not_articles} not articles), "
        + (f"{stats.unchanged} unchanged, " if stats.unchanged else "")
        + (f"{stats.dropped} dropped, " if stats.dropped else "")
        + f"{stats.failures} failures, {stats.seconds:.1f} s ({stats.pages_per_second:.1f} pages/s)"
    )
    click.echo(f"  output:   {settings.output}")
    if stats.unchanged:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(stats.unchanged_by_reason.items()))
        click.echo(f"  unchanged: {reasons}")
    if stats.dropped:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(stats.dropped_by_reason.items()))
        into = stats.rejected_file or "not written: --rejected none"
        click.echo(f"  dropped:  {into} ({reasons})")
    if stats.failures:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(stats.failures_by_reason.items()))
        where = (
            Path(settings.output) / "_failures"
            if is_dataset_output(settings.output)
            else Path(settings.output).parent / "failures.jsonl"
        )
        click.echo(f"  failures: {where} ({reasons})")
    return EXIT_FAILURES if stats.failures else EXIT_OK


def _not_one_page(file: str, path: Path, url_list: bool) -> str:
    if url_list or path.name.lower().endswith(WARC_LIST_SUFFIX) or is_warc(path):
        return (
            f"input {file!r} lists or holds many pages; articlepipe extract reads one: "
            f"use articlepipe run {file}"
        )
    return (
        f"input {file!r} is not a supported file type; articlepipe extract reads one "
        f"{', '.join(PAGE_SUFFIXES)} file, a URL, or - for stdin"
    )


def _flag_names(context: click.Context) -> dict[str, str]:
    """Each setting's command-line option (``page_timeout``: ``--timeout``), for messages."""
    names: dict[str, str] = {}
    for param in context.command.params:
        if isinstance(param, click.Option) and param.name is not None:
            long = [opt for opt in param.opts if opt.startswith("--")]
            names["format" if param.name == "fmt" else param.name] = (long or param.opts)[0]
    return names


def _read_input(file: str, url: str | None, max_bytes: int) -> Page:
    if file == "-":
        body = sys.stdin.buffer.read(max_bytes + 1)
        name = url or "stdin"
        if len(body) > max_bytes:
            raise ReadError(name, "too-large", f"input exceeds {max_bytes:,} bytes")
        if not body.strip():
            raise ReadError(name, "empty", "the input is empty")
        return Page(url=name, final_url=name, body=body, source="-")
    path = Path(file)
    if not path.is_file():
        raise UsageError(f"input {file!r} is not a file; give an .html or .txt file, or - for stdin")
    url_list = is_url_list(path)
    if url_list or page_kind(path) is None:
        raise UsageError(_not_one_page(file, path, url_list))
    page = read_page(path, file, max_bytes)
    return replace(page, url=url, final_url=url) if url else page


@cli.command("extract", epilog=EXTRACT_EXAMPLES)
@click.argument("file")
@click.option("--url", help="The page's URL, for its id, hostname and relative links.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text", "markdown"]),
    default="json",
    show_default=True,
    help="What to print.",
)
@click.option(
    "--rules", type=click.Path(dir_okay=False), help="TOML file of site rules (see articlepipe run --help)."
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow fetching hosts on private, loopback or link-local addresses (intranets).",
)
def extract_command(file: str, url: str | None, fmt: str, rules: str | None, allow_private: bool) -> int:
    """Extract the article from one FILE, URL (fetched politely: robots.txt, size cap,
    private addresses refused), or - for standard input, and print it."""
    # Imported here: run's parent process never needs the extractor.
    from articlepipe.extract.dispatch import process_page
    from articlepipe.extract.site_rules import load_rules

    site_rules = load_rules(Path(rules)) if rules else ()
    settings = load_settings()
    fetched: Page | Failure | None = None
    if file.startswith(("http://", "https://")):
        # Imported here: the HTTP stack is not needed for local files.
        from articlepipe.fetch.client import FetchSettings, fetch_one

        fetch_settings = FetchSettings.from_settings(settings)
        fetched = fetch_one(file, replace(fetch_settings, allow_private=allow_private))
    try:
        page = fetched if fetched is not None else _read_input(file, url, settings.max_page_bytes)
        result = page if isinstance(page, Failure) else process_page(page, site_rules)
    except ReadError as exc:
        result = exc.to_failure()
    if isinstance(result, Failure):
        click.echo(
            f"articlepipe: cannot extract {file}: {result.message} ({result.stage}:{result.reason})", err=True
        )
        return EXIT_FAILURES
    if fmt == "json":
        click.echo(json.dumps(result.to_record(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.text if fmt == "text" else result.markdown)
    return EXIT_OK


@cli.command("eval", epilog=EVAL_EXAMPLES)
@click.argument("ground_truth")
@click.argument("html_dir")
@click.option(
    "--compare",
    type=click.Choice(["trafilatura"]),
    multiple=True,
    help="Also run this system (default options) on the same pages, side by side.",
)
@click.option(
    "--worst",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="List this many of articlepipe's lowest-scoring pages.",
)
@click.option(
    "--half",
    type=click.Choice(["calibration", "validation"]),
    help="Score one half of the pages, split by a fixed hash of each file name (rules are "
    "written from the calibration half; the validation half only measures them).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON instead of a table.")
def eval_command(
    ground_truth: str, html_dir: str, compare: tuple[str, ...], worst: int, half: str | None, as_json: bool
) -> int:
    """Score article extraction on a benchmark: GROUND_TRUTH against the pages in HTML_DIR.

    GROUND_TRUTH is an AEB ground-truth.json file or a WCXB ground-truth/ folder; the
    layout is detected. Prints precision, recall, F1 and the benchmark's other figures,
    milliseconds per page, and the worst pages. A page that fails counts as an empty
    prediction.
    """
    # Imported here so that other commands (and run's parent process) never load the
    # benchmark code or trafilatura.
    from articlepipe.evaluate import evaluate, format_table, to_json

    err = Console(stderr=True, highlight=False)
    last_log = time.monotonic()

    def progress(done: int, total: int) -> None:
        nonlocal last_log
        if time.monotonic() - last_log >= LOG_EVERY_SECONDS:
            last_log = time.monotonic()
            err.print(f"articlepipe: eval: {done}/{total} pages")

    evaluation = evaluate(
        Path(ground_truth),
        Path(html_dir),
        compare,
        max_bytes=load_settings().max_page_bytes,
        progress=progress,
        half=half,
    )
    if as_json:
        click.echo(json.dumps(to_json(evaluation, worst), indent=2))
    else:
        click.echo(format_table(evaluation, worst))
    return EXIT_OK


def _state_path(output: str | None, state: str | None) -> Path:
    if state:
        return Path(state)
    if not output:
        raise UsageError("give the output folder of the runs (articlepipe status OUT) or --state FILE")
    path = Path(output)
    if not path.exists():
        raise UsageError(f"{output} does not exist; give the output folder of incremental runs")
    if not path.is_dir() or not (path / STATE_NAME).is_file():
        figures = (path.parent if path.is_file() else path) / "run.json"
        if figures.is_file():
            raise UsageError(
                f"{output} is not a dataset folder: status reads the state store of incremental "
                f"runs (-o FOLDER/); a single-file run's figures are in {figures}"
            )
        if path.is_file():
            raise UsageError(f"{output} is a file; give the output folder of incremental runs")
        raise UsageError(f"{output} holds no state store ({STATE_NAME}); give --state FILE")
    return path / STATE_NAME


@cli.command("status")
@click.argument("output", required=False)
@click.option("--state", help="The state store.  [default: OUTPUT/_state.sqlite]")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def status_command(output: str | None, state: str | None, as_json: bool) -> int:
    """What the state store of the incremental runs into OUTPUT knows: URLs by status,
    the last runs, and the URLs waiting for a retry."""
    report = read_status(_state_path(output, state))
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return EXIT_OK
    click.echo(f"state: {report['state']} (schema {report['schema']})")
    click.echo(f"urls: {report['urls']:,}, articles written: {report['articles']:,}")
    for reason, count in report["urls_by_status"].items():
        click.echo(f"  {reason:<28} {count:>8,}")
    click.echo(f"due for a retry now: {report['due_for_retry']:,}; waiting: {report['waiting_to_retry']:,}")
    for entry in report["next_retries"][:10]:
        click.echo(f"  {entry['next_retry']}  {entry['last_reason']} x{entry['failures']}  {entry['url']}")
    click.echo("last runs:")
    for run in report["last_runs"]:
        click.echo(
            f"  #{run['id']} {run['started_at']} -> {run['finished_at'] or 'did not finish'}: "
            f"{run['pages'] or 0} pages, {run['written'] or 0} written, {run['unchanged'] or 0} "
            f"unchanged, {run['failures'] or 0} failed, exit {run['exit_code']}"
        )
    return EXIT_OK


@cli.command("compact")
@click.argument("output")
@click.option("--state", help="The state store.  [default: OUTPUT/_state.sqlite]")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["parquet", "jsonl"]),
    help="Format of the compacted part.  [default: the folder's]",
)
def compact_command(output: str, state: str | None, fmt: str | None) -> int:
    """Rewrite the dataset folder OUTPUT as one part file keeping the newest version of
    each article id. Takes the folder's lock, like a run."""
    from articlepipe.export.compact import compact

    folder = Path(output)
    if not folder.is_dir():
        raise UsageError(f"{output} is not a folder; give the output folder of incremental runs")
    state_path = _state_path(output, state)
    if not state_path.is_file():
        raise UsageError(f"no state store at {state_path}; give --state")
    with RunLock(folder / LOCK_NAME), closing(StateStore(state_path)) as store:
        recover(folder, store)
        before, after = compact(folder, store, fmt or folder_format(folder) or "parquet")
    click.echo(f"articlepipe: compacted {folder}: {before:,} rows in, {after:,} rows out")
    return EXIT_OK


@cli.command("report")
@click.argument("output")
def report_command(output: str) -> int:
    """Write the HTML report of the last run into OUTPUT (an output file, its folder, or
    a dataset folder) again, from its run.json."""
    from articlepipe.htmlreport import write_report

    path = Path(output)
    if not path.exists():
        raise UsageError(f"{output} does not exist; give an output file, its folder, or a dataset folder")
    if path.is_dir() and (path / "_run.json").is_file():
        stats_file, report = path / "_run.json", path / "_report.html"
    else:
        folder = path if path.is_dir() else path.parent
        stats_file, report = folder / "run.json", folder / "report.html"
    try:
        stats = json.loads(stats_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UsageError(
            f"no run statistics for {output}: cannot read {stats_file} ({why}); "
            "was it written by articlepipe run?"
        ) from exc
    write_report(stats, report)
    click.echo(f"articlepipe: wrote {report}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    try:
        result = cli.main(
            args=list(argv) if argv is not None else None, prog_name="articlepipe", standalone_mode=False
        )
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except click.Abort:
        click.echo("articlepipe: interrupted", err=True)
        return 130
    except UsageError as exc:
        click.echo(f"articlepipe: error: {exc}", err=True)
        return EXIT_USAGE
    except LockedError as exc:
        click.echo(f"articlepipe: error: {exc}", err=True)
        return EXIT_LOCKED
    except ArticlepipeError as exc:  # pragma: no cover - every raise site is a UsageError or RecordError
        click.echo(f"articlepipe: error: {exc}", err=True)
        return EXIT_USAGE
    return result if isinstance(result, int) else EXIT_OK


def entry_point() -> None:
    """Console-script entry point."""
    sys.exit(main())
