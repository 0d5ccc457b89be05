"""Site rules: per-host selectors from a TOML file, applied before the general rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from articlepipe.cli import main
from articlepipe.errors import ConfigError
from articlepipe.export.reader import read
from articlepipe.extract.html import extract_html
from articlepipe.extract.parse import parse_html
from articlepipe.extract.site_rules import SiteRule, apply_site_rules, load_rules
from articlepipe.models import Page

PARAGRAPHS = "".join(
    f"<p>Paragraph {i} of the story explains what the council decided about the harbour wall and why "
    f"the repairs will take until the spring of next year.</p>"
    for i in range(6)
)
HTML = f"""<html><head><title>Harbour wall repairs</title></head><body>
<div class="x7"><p>Our shop: mugs, hats and calendars for every season of the year, order today.</p></div>
<div class="story"><h1>Harbour wall repairs</h1>{PARAGRAPHS}
<div data-widget="poll"><p>Poll: should the wall be rebuilt in stone, wood or concrete?</p></div></div>
<div class="sidebar"><p>Weather: sunny spells with a light breeze from the west all afternoon.</p></div>
</body></html>"""
RULES = """
[[site]]
hosts = ["*.harbour.example"]
drop = ["div.x7", "//div[@data-widget='poll']"]

[[site]]
hosts = ["news.harbour.example"]
body = "div.story"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text)
    return path


def test_rules_load_and_match_hosts(tmp_path: Path) -> None:
    rules = load_rules(write(tmp_path, RULES))
    assert rules[0] == SiteRule(hosts=("*.harbour.example",), drop=("div.x7", "//div[@data-widget='poll']"))
    assert rules[0].matches("News.Harbour.Example")
    assert not rules[0].matches("harbour.example.evil.com")
    assert rules[1].body == "div.story"


def test_drop_selectors_and_body_apply_to_matching_hosts_only() -> None:
    rules = (
        SiteRule(hosts=("*.harbour.example",), drop=("div.x7", "//div[@data-widget='poll']")),
        SiteRule(hosts=("news.harbour.example",), body="div.story"),
    )
    tree = parse_html(HTML, "https://news.harbour.example/a")
    removed = apply_site_rules(tree, "news.harbour.example", rules)
    text = tree.text_content()
    assert [r.rule for r in removed] == ["site:div.x7", "site://div[@data-widget='poll']"]
    assert "Our shop" not in text and "Poll:" not in text and "Weather" not in text
    assert "Paragraph 5 of the story" in text
    untouched = parse_html(HTML, "https://other.example/a")
    assert apply_site_rules(untouched, "other.example", rules) == []
    assert "Our shop" in untouched.text_content()


def test_extraction_records_site_rule_removals() -> None:
    url = "https://news.harbour.example/a"
    page = Page(url=url, final_url=url, body=HTML.encode(), fetched_at="2024-06-01T00:00:00+00:00")
    rules = (SiteRule(hosts=("news.harbour.example",), drop=("//div[@data-widget='poll']",)),)
    article = extract_html(page, HTML, rules)
    assert "Poll:" not in article.text
    assert "Paragraph 3 of the story" in article.text
    assert article.removed[0].rule == "site://div[@data-widget='poll']"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[site]]\nhosts = ['a.example']\ndrop = ['div[']\n", "invalid CSS selector 'div['"),
        ("[[site]]\nhosts = ['a.example']\ndrop = ['//div[']\n", "invalid XPath '//div['"),
        ("[[site]]\nhosts = ['a.example']\nremove = ['div']\n", "unknown key 'remove'"),
        ("[[site]]\ndrop = ['div']\n", "needs hosts"),
        ("[[site]]\nhosts = ['a.example']\nbody = 3\n", "body must be one selector string"),
        ("sites = 1\n", "unknown key 'sites'"),
        ("[[site]\n", "not valid TOML"),
    ],
)
def test_bad_rules_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(")):
        load_rules(write(tmp_path, text))


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_rules(tmp_path / "nope.toml")


def test_run_with_rules_in_worker_processes(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text(
        HTML.replace("<head>", '<head><link rel="canonical" href="https://news.harbour.example/a">')
    )
    rules = write(tmp_path, RULES)
    out = tmp_path / "out" / "a.jsonl"
    assert main(["run", str(pages), "-o", str(out), "--rules", str(rules), "--workers", "2"]) == 0
    row = read(out).iloc[0]
    assert "Poll:" not in row["text"]
    assert "Paragraph 4 of the story" in row["text"]
    assert any(r["rule"].startswith("site:") for r in row["removed"])


def test_bad_rules_file_is_exit_2_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text(HTML)
    rules = write(tmp_path, "[[site]]\nhosts = ['x']\ndrop = ['div[']\n")
    out = tmp_path / "out" / "a.jsonl"
    assert main(["run", str(pages), "-o", str(out), "--rules", str(rules)]) == 2
    assert "invalid CSS selector" in capsys.readouterr().err
    assert not out.parent.exists()


def test_nested_matches_are_reported_once_and_body_must_be_inside_body() -> None:
    html = (
        "<html><head><title>t</title></head>"
        "<body><div class='p'>a<div class='p'>b</div></div><p>keep</p></body></html>"
    )
    tree = parse_html(html, "https://a.example/")
    rules = (SiteRule(hosts=("a.example",), drop=("div.p",), body="html"),)
    removed = apply_site_rules(tree, "a.example", rules)
    assert [r.text for r in removed] == ["ab"]
    assert tree.find("body") is not None and "keep" in tree.text_content()
