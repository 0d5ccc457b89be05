"""One Page -> one Article or one Failure: the unit of work a pipeline worker runs."""

from __future__ import annotations

from typing import cast

from articlepipe.errors import RecordError
from articlepipe.extract.decode import decode
from articlepipe.extract.pagesignals import PageSignals
from articlepipe.extract.site_rules import SiteRules
from articlepipe.extract.textdump import extract_text
from articlepipe.models import Article, Failure, Page


def extract_page(page: Page | str | bytes, rules: SiteRules = (), *, url: str = "") -> Article:
    """Decode and extract one page; raises a ``RecordError`` subclass if it cannot.

    ``page`` is a ``Page``, or the HTML itself as ``str`` or ``bytes`` (``url``, where it
    came from, gives the article its id, hostname and absolute links; without one the id
    comes from the page's canonical link, if it has one). ``rules`` are the user's site
    rules (``--rules``), applied before the general ones.
    """
    if not isinstance(page, Page):
        page = Page(url=url, final_url=url, body=cast("bytes", page))  # Page encodes a str
    return extract_with_signals(page, rules)[0]


def extract_with_signals(page: Page, rules: SiteRules = ()) -> tuple[Article, PageSignals | None]:
    """``extract_page``, and what the page's markup said of its kind (``None`` for a
    text dump, which has no markup)."""
    text, _encoding = decode(page.body, page.final_url or page.url, page.encoding)
    if page.kind == "text":
        return extract_text(page, text), None
    # Imported here, so the parent process of a run, which only hands this function to
    # its workers by name, does not load trafilatura and its data (about 26 MB of RSS).
    from articlepipe.extract.html import extract_with_signals as extract_html

    return extract_html(page, text, rules)


def process_page(page: Page, rules: SiteRules = ()) -> Article | Failure:
    """``extract_page`` with record errors turned into a ``Failure``; bugs still raise."""
    try:
        return extract_page(page, rules)
    except RecordError as exc:
        return exc.to_failure()
