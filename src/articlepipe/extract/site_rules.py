"""Site rules: per-host selectors a user adds for the sites they crawl (``--rules FILE``).

The general rules key on visible text and work everywhere; a site rule is the escape
hatch for one site's quirks. Each rule names host patterns, selectors (CSS, or XPath
when they start with ``/`` or ``(``) whose elements are dropped, and optionally the
selector of the article body. They apply before the general rules::

    [[site]]
    hosts = ["*.example-news.com", "example-news.com"]
    drop = ["div.promo-box", "//aside[@data-widget='newsletter']"]
    body = "article.story"

Rules are plain data (they travel to worker processes); selectors are compiled once per
process and cached.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.cssselect import CSSSelector
from lxml.etree import _Element
from lxml.html import HtmlElement

from articlepipe.config import read_toml
from articlepipe.errors import ConfigError
from articlepipe.models import RemovedBlock

_KEYS = frozenset({"hosts", "drop", "body"})


@dataclass(frozen=True, slots=True)
class SiteRule:
    """Selectors for the hosts matching one of ``hosts`` (shell patterns, ``*.x.com``)."""

    hosts: tuple[str, ...]
    drop: tuple[str, ...] = ()
    body: str | None = None

    def matches(self, hostname: str) -> bool:
        """Whether this rule is for ``hostname``."""
        host = hostname.lower().rstrip(".")
        return any(fnmatch.fnmatchcase(host, pattern.lower()) for pattern in self.hosts)


SiteRules = tuple[SiteRule, ...]


@lru_cache(maxsize=1024)
def compile_selector(selector: str) -> etree.XPath:
    """A CSS or XPath selector as a compiled XPath; raises ``ValueError`` if invalid."""
    try:
        if selector.lstrip().startswith(("/", "(")):
            return etree.XPath(selector)
        return CSSSelector(selector)
    except (etree.XPathSyntaxError, etree.XPathEvalError) as exc:
        raise ValueError(f"invalid XPath {selector!r}: {exc}") from exc
    except Exception as exc:  # cssselect raises its own SelectorError subclasses
        raise ValueError(f"invalid CSS selector {selector!r}: {exc}") from exc


def _strings(path: Path, index: int, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{path}: site rule {index}: {key} must be a list of strings, got {value!r}")
    return tuple(value)


def _rule(path: Path, index: int, raw: Any) -> SiteRule:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: site rule {index} must be a table ([[site]])")
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: site rule {index}: unknown key {unknown[0]!r}; known keys: {', '.join(sorted(_KEYS))}"
        )
    hosts = _strings(path, index, "hosts", raw.get("hosts", []))
    if not hosts:
        raise ConfigError(f'{path}: site rule {index} needs hosts, e.g. hosts = ["*.example.com"]')
    drop = _strings(path, index, "drop", raw.get("drop", []))
    body = raw.get("body")
    if body is not None and (not isinstance(body, str) or not body.strip()):
        raise ConfigError(f"{path}: site rule {index}: body must be one selector string, got {body!r}")
    for selector in (*drop, *([body] if body else [])):
        try:
            compile_selector(selector)
        except ValueError as exc:
            raise ConfigError(f"{path}: site rule {index}: {exc}") from exc
    return SiteRule(hosts=hosts, drop=drop, body=body)


def load_rules(path: Path) -> SiteRules:
    """Read and validate a site-rules TOML file; every problem is a ``ConfigError``."""
    raw = read_toml(path, "rules file", "--rules")
    unknown = sorted(set(raw) - {"site"})
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r}; site rules go in [[site]] tables")
    sites = raw.get("site", [])
    if not isinstance(sites, list):
        raise ConfigError(f"{path}: site must be an array of tables ([[site]])")
    return tuple(_rule(path, index, site) for index, site in enumerate(sites, start=1))


def select(tree: _Element, selector: str) -> list[HtmlElement]:
    """The elements ``selector`` finds in ``tree`` (text or attribute results ignored)."""
    result = compile_selector(selector)(tree)
    return [e for e in result if isinstance(e, HtmlElement)] if isinstance(result, list) else []


def _text(element: _Element) -> str:
    return " ".join("".join(str(t) for t in element.itertext()).split())


def apply_site_rules(tree: HtmlElement, hostname: str, rules: SiteRules) -> list[RemovedBlock]:
    """Drop what the rules for ``hostname`` select; keep only the body if one is named."""
    removed: list[RemovedBlock] = []
    for rule in (r for r in rules if r.matches(hostname)):
        for selector in rule.drop:
            dropped: list[HtmlElement] = []
            for element in select(tree, selector):
                # A match inside one already dropped went with it.
                if element.getparent() is None or any(d in element.iterancestors() for d in dropped):
                    continue
                removed.append(RemovedBlock(rule=f"site:{selector}", text=_text(element)))
                element.drop_tree()
                dropped.append(element)
        body = tree.find("body")
        if body is None or not rule.body:
            continue
        # Only an element inside <body> can become the body; <head> stays for the metadata.
        inside = [e for e in select(tree, rule.body) if body in e.iterancestors()]
        if inside:
            article = inside[0]
            article.drop_tree()
            for child in list(body):
                body.remove(child)
            body.text = None
            body.append(article)
            article.tail = None
    return removed
