from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from articlepipe.cli import main
from articlepipe.errors import UsageError
from articlepipe.evaluate import (
    aeb_page_score,
    aeb_scores,
    detect_layout,
    load_aeb,
    load_wcxb,
    wcxb_page,
    wcxb_page_score,
)
from articlepipe.evaluate.metrics import (
    aggregate_wcxb,
    author_matches,
    date_matches,
    shingles,
    snippets_in,
    title_matches,
    tokenize,
)
from conftest import article_html

# The body article_html() renders, as a benchmark's ground truth would give it.
BODY = (
    "A headline for a test article\n\n"
    "The first paragraph of the story explains what happened and why it matters to readers.\n\n"
    "The second paragraph adds detail, quotes a source who saw it, and gives the figures "
    "that were reported.\n\n"
    "The third paragraph closes the story with what happens next and when the next meeting "
    "will be held."
)


# ---------------------------------------------------------------------------
# AEB metric
# ---------------------------------------------------------------------------


def test_tokens_are_unicode_words_with_case_kept() -> None:
    assert tokenize("Café naïve, 東京 — it's 2024!") == ["Café", "naïve", "東京", "it", "s", "2024"]


def test_invisible_characters_do_not_split_or_join_words() -> None:
    # A soft hyphen is not seen by a reader: "avail\u00adable" is the word "available",
    # whether a system kept the character or removed it.
    assert tokenize("avail\u00adable home\u200bowners") == ["available", "homeowners"]
    kept, removed = "avail\u00adable to home\u00adown\u00aders", "available to homeowners"
    assert wcxb_page_score(removed, kept).f1 == wcxb_page_score(kept, kept).f1 == 1.0
    assert aeb_page_score(removed, kept) == aeb_page_score(kept, kept)
    assert snippets_in(removed, ["Avail\u00adable to"]) == ("Avail\u00adable to",)
    assert wcxb_page_score("available", "avail able").f1 == 0.0  # a real space still parts


def test_short_texts_yield_one_shorter_shingle() -> None:
    assert shingles(["a", "b", "c", "d", "e"]) == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})
    assert shingles(["a", "b"]) == Counter({("a", "b"): 1})
    assert shingles([]) == Counter()


def test_aeb_perfect_match() -> None:
    score = aeb_page_score("Hello, world: one two three.", "Hello world one two three")
    assert (score.tp, score.fp, score.fn) == (1.0, 0.0, 0.0)
    assert score.precision == score.recall == score.f1 == 1.0
    assert score.exact


def test_aeb_disjoint_texts_score_zero() -> None:
    # One shingle each, none shared: tp 0, fp 1, fn 1 -> normalised 0, 0.5, 0.5.
    score = aeb_page_score("one two three four", "five six seven eight")
    assert (score.tp, score.fp, score.fn) == (0.0, 0.5, 0.5)
    assert score.precision == score.recall == score.f1 == 0.0
    assert not score.exact


def test_aeb_partial_overlap_by_hand() -> None:
    # truth a b c d e f -> abcd bcde cdef; prediction a b c d e x -> abcd bcde cdex.
    # tp 2, fp 1, fn 1, sum 4 -> 0.5, 0.25, 0.25; precision = recall = 0.5 / 0.75 = 2/3.
    score = aeb_page_score("a b c d e x", "a b c d e f")
    assert (score.tp, score.fp, score.fn) == (0.5, 0.25, 0.25)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    # Prediction a b c d against truth a b c d e: tp 1 (abcd), fp 0, fn 1 (bcde).
    # precision 1, recall 0.5, page F1 2 * 0.5 / 1.5 = 2/3.
    short = aeb_page_score("a b c d", "a b c d e")
    assert (short.precision, short.recall) == (1.0, 0.5)
    assert short.f1 == pytest.approx(2 / 3)


def test_aeb_short_text_under_four_tokens() -> None:
    assert aeb_page_score("Breaking news!", "breaking news").exact is False  # case is kept
    assert aeb_page_score("Breaking news", "Breaking news").f1 == 1.0
    # One 3-token shingle against one 2-token shingle: nothing shared.
    assert aeb_page_score("Breaking big news", "Breaking news").f1 == 0.0


def test_aeb_empty_prediction_counts_not_skipped() -> None:
    # An empty prediction has no shingles: tp 0, fp 0, fn 2 -> (0, 0, 1). With tp + fp = 0
    # it has no precision (left out of that mean, as in the AEB reference scorer), and
    # its recall is 0.
    empty = aeb_page_score("", "a b c d e")
    assert (empty.tp, empty.fp, empty.fn) == (0.0, 0.0, 1.0)
    assert (empty.precision, empty.recall, empty.f1) == (None, 0.0, 0.0)
    both_empty = aeb_page_score("", "")
    assert (both_empty.precision, both_empty.recall, both_empty.exact) == (None, None, True)
    # Perfect page (P 1, R 1) plus the empty one (R 0): P = 1, R = 0.5, F1 = 1 / 1.5 = 2/3.
    scores = aeb_scores([("a b c d e", "a b c d e"), ("", "a b c d e")])
    assert (scores.pages, scores.precision, scores.recall, scores.accuracy) == (2, 1.0, 0.5, 0.5)
    assert scores.f1 == pytest.approx(2 / 3)


def test_aeb_f1_comes_from_the_means() -> None:
    # Pages: perfect (P 1, R 1), "a b c d" vs "a b c d e" (P 1, R 0.5), disjoint (P 0, R 0).
    # P = 2/3, R = 1.5/3 = 0.5, F1 = 2 * (2/3) * 0.5 / (2/3 + 0.5) = 4/7; accuracy 1/3.
    scores = aeb_scores(
        [("x y z w", "x y z w"), ("a b c d", "a b c d e"), ("one two three four", "five six seven eight")]
    )
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(0.5)
    assert scores.f1 == pytest.approx(4 / 7)
    assert scores.accuracy == pytest.approx(1 / 3)


# ---------------------------------------------------------------------------
# WCXB metric
# ---------------------------------------------------------------------------


def test_wcxb_bag_of_words() -> None:
    assert wcxb_page_score("The CAT sat.", "the cat sat") == wcxb_page_score("x", "x")
    assert wcxb_page_score("The CAT sat.", "the cat sat").f1 == 1.0
    assert wcxb_page_score("dogs bark", "the cat sat").f1 == 0.0
    # Prediction "the cat sat on the mat" (6 tokens) vs truth "the cat sat" (3): overlap 3
    # (one "the" only), precision 3/6, recall 3/3, F1 2 * 0.5 * 1 / 1.5 = 2/3.
    partial = wcxb_page_score("the cat sat on the mat", "the cat sat")
    assert (partial.precision, partial.recall) == (0.5, 1.0)
    assert partial.f1 == pytest.approx(2 / 3)


def test_wcxb_empty_predictions() -> None:
    assert wcxb_page_score("", "the cat sat").f1 == 0.0
    assert wcxb_page_score("  ...  ", "").f1 == 1.0
    assert wcxb_page_score("something", "").f1 == 0.0


def test_snippets_found_and_leaked_case_insensitively() -> None:
    text = "Our Story begins\nhere.\n\nCookie settings"
    assert snippets_in(text, ["our story begins here.", "not there"]) == ("our story begins here.",)
    page = wcxb_page(
        text,
        "",
        (),
        None,
        truth_body="our story begins here",
        truth_title=None,
        truth_author=None,
        truth_date=None,
        with_=("Our story", "missing sentence"),
        without=("COOKIE SETTINGS", "Subscribe"),
    )
    assert (page.with_found, page.with_total, page.leaked, page.without_total) == (
        1,
        2,
        ("COOKIE SETTINGS",),
        2,
    )


def test_metadata_matches() -> None:
    assert title_matches("Hello, World!", "hello world")
    assert not title_matches("Hello World 2", "Hello World")
    assert author_matches(["Ann Lee", "Bo Chan"], "Ann Lee and Bo Chan")
    assert author_matches(["Lee, Ann"], "Ann Lee")
    assert author_matches(["ann lee"], "Ann Lee")
    assert not author_matches(["Ann Lee"], "Ann Lee and Bo Chan")
    assert not author_matches([], "Ann Lee")
    assert date_matches("2024-05-01", "2024-05-01")
    assert date_matches("2024-05-01T10:00:00+00:00", "2024-05-01")
    assert not date_matches("2024-05-02", "2024-05-01")
    assert not date_matches(None, "2024-05-01")


def test_wcxb_aggregate_by_hand() -> None:
    good = wcxb_page(
        "the cat sat",
        "A Title",
        ("Ann Lee",),
        "2024-05-01",
        truth_body="the cat sat",
        truth_title="a title",
        truth_author="Ann Lee",
        truth_date="2024-05-01",
        with_=("cat sat",),
        without=("dog",),
    )
    half = wcxb_page(
        "the cat sat on the mat dog",
        "Another",
        (),
        None,
        truth_body="the cat sat",
        truth_title="A Title",
        truth_author=None,
        truth_date="2024-05-01",
        with_=("cat sat", "a bird"),
        without=("dog", "mat"),
    )
    no_body = wcxb_page(
        "",
        "",
        (),
        None,
        truth_body=None,
        truth_title=None,
        truth_author=None,
        truth_date=None,
    )
    scores = aggregate_wcxb([good, half, no_body])
    # Body means over the 2 pages with a reference body. half: overlap 3 of 7 predicted
    # tokens, of 3 reference: P 3/7, R 1, F1 2 * (3/7) / (10/7) = 0.6.
    assert scores.pages == 2
    assert scores.precision == pytest.approx((1 + 3 / 7) / 2)
    assert scores.recall == 1.0
    assert scores.f1 == pytest.approx((1 + 0.6) / 2)
    # Snippets pooled over pages: "with" 2 found of 3 (good 1 of 1, half 1 of 2),
    # "without" 2 leaked of 3 (good none of 1, half "dog" and "mat" of 2).
    assert scores.with_found == pytest.approx(2 / 3) and scores.with_total == 3
    assert scores.without_leaked == pytest.approx(2 / 3) and scores.without_total == 3
    assert (scores.title, scores.title_pages) == (0.5, 2)
    assert (scores.author, scores.author_pages) == (1.0, 1)
    assert (scores.date, scores.date_pages) == (0.5, 2)


# ---------------------------------------------------------------------------
# Benchmark folders: layouts, loading, errors
# ---------------------------------------------------------------------------


def _gzip(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))


@pytest.fixture
def aeb(tmp_path: Path) -> tuple[Path, Path]:
    """A two-page AEB-layout benchmark: one good page, one corrupt gzip."""
    root = tmp_path / "aeb"
    truth = {
        "0a1": {"articleBody": BODY, "url": "https://news.example/2024/a-headline"},
        "0b2": {"articleBody": "Another body that nobody will find.", "url": "https://news.example/b"},
    }
    root.mkdir()
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    _gzip(root / "html" / "0a1.html.gz", article_html())
    (root / "html" / "0b2.html.gz").write_bytes(b"not gzip at all")
    return root / "ground-truth.json", root / "html"


@pytest.fixture
def wcxb(tmp_path: Path) -> tuple[Path, Path]:
    """A two-page WCXB-layout benchmark; page 0002 has a `without` snippet in its body."""
    root = tmp_path / "wcxb"
    for page_id, slug in (("0001", "first"), ("0002", "second")):
        record = {
            "url": f"https://blog.example/{slug}",
            "file_id": page_id,
            "ground_truth": {
                "title": "A headline for a test article",
                "author": None,
                "publish_date": None,
                "main_content": BODY,
                "with": ["The first paragraph of the story explains what happened"],
                "without": ["Copyright Test Site"]
                + (["The second paragraph adds detail"] if page_id == "0002" else []),
            },
        }
        (root / "ground-truth").mkdir(parents=True, exist_ok=True)
        (root / "ground-truth" / f"{page_id}.json").write_text(json.dumps(record), encoding="utf-8")
        _gzip(root / "html" / f"{page_id}.html.gz", article_html(slug=slug))
    return root / "ground-truth", root / "html"


def test_layouts_are_detected(aeb: tuple[Path, Path], wcxb: tuple[Path, Path]) -> None:
    assert detect_layout(aeb[0]) == "aeb"
    assert detect_layout(wcxb[0]) == "wcxb"


def test_loaders_read_cases(aeb: tuple[Path, Path], wcxb: tuple[Path, Path]) -> None:
    cases = load_aeb(*aeb)
    assert [c.id for c in cases] == ["0a1", "0b2"]
    assert cases[0].url == "https://news.example/2024/a-headline"
    assert cases[0].html == aeb[1] / "0a1.html.gz"
    pages = load_wcxb(*wcxb)
    assert [p.id for p in pages] == ["0001", "0002"]
    assert pages[1].without == ("Copyright Test Site", "The second paragraph adds detail")
    assert (pages[0].author, pages[0].publish_date, pages[0].main_content) == (None, None, BODY)


def test_unknown_layouts_are_a_clear_usage_error(tmp_path: Path, aeb: tuple[Path, Path]) -> None:
    (tmp_path / "list.json").write_text("[1, 2, 3]")
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.json").write_text('{"answer": 42}')
    for bad in ("missing.json", "list.json", "broken.json", "empty", "other"):
        with pytest.raises(UsageError, match=r"AEB ground-truth \.json file") as info:
            detect_layout(tmp_path / bad)
        assert str(tmp_path / bad) in str(info.value)
    with pytest.raises(UsageError, match="is not a folder"):
        load_aeb(aeb[0], tmp_path / "no-such-html")
    with pytest.raises(UsageError, match="has none of the pages"):
        load_aeb(aeb[0], tmp_path / "empty")


# ---------------------------------------------------------------------------
# Command line, end to end
# ---------------------------------------------------------------------------


def test_eval_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--help"]) == 0
    text = capsys.readouterr().out
    assert "Examples:" in text and "articlepipe eval" in text


def test_eval_aeb_side_by_side(aeb: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(aeb[0]), str(aeb[1]), "--compare", "trafilatura", "--worst", "1"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("system"))
    for column in ("pages", "precision", "recall", "F1", "accuracy", "ms/page"):
        assert column in header
    rows = {line.split()[0]: line.split() for line in lines if line.startswith(("articlepipe ", "trafilat"))}
    assert set(rows) == {"articlepipe", "trafilatura"}
    assert rows["articlepipe"][1] == "2"  # the corrupt page is scored, not skipped
    assert rows["articlepipe"][-1] == "1"  # ... and counted as failed
    assert "speed ratio (trafilatura ms / articlepipe ms)" in out
    worst = lines[lines.index("worst 1 pages for articlepipe (F1, id, url):") + 1 :]
    assert len(worst) == 1 and "0b2" in worst[0] and "read:corrupt-gzip" in worst[0]


def test_eval_wcxb_json(wcxb: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(wcxb[0]), str(wcxb[1]), "--compare", "trafilatura", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["benchmark"] == "wcxb"
    assert set(report["systems"]) == {"articlepipe", "trafilatura"}
    ours = report["systems"]["articlepipe"]
    assert ours["pages"] == 2 and ours["failed"] == 0
    assert ours["with_found"] == 1.0
    assert ours["without_leaked"] == pytest.approx(1 / 3)  # the body snippet on page 0002
    assert ours["title"] == 1.0 and ours["title_pages"] == 2
    assert ours["author_pages"] == 0 and ours["date_pages"] == 0
    assert report["speed_ratio"] > 0
    leaked = {page["id"]: page["leaked"] for page in report["worst"]}
    assert leaked == {"0001": [], "0002": ["The second paragraph adds detail"]}


def test_eval_wcxb_table_shows_leaked_snippets(
    wcxb: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(wcxb[0]), str(wcxb[1])]) == 0
    out = capsys.readouterr().out
    assert "without-leaked" in out
    assert not any(line.startswith("trafilatura") for line in out.splitlines())
    assert "speed ratio" not in out
    assert "leaked: 'The second paragraph adds detail'" in out


def test_eval_bad_ground_truth_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing-here.json"
    assert main(["eval", str(missing), str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"ground truth '{missing}' does not exist" in err
    assert "Traceback" not in err


# ---------------------------------------------------------------------------
# Calibration and validation halves; pages far below a compared system
# ---------------------------------------------------------------------------


def test_halves_split_by_a_fixed_hash_of_the_file_name() -> None:
    from articlepipe.evaluate.cases import HALVES, half

    names = [f"{i:04d}.html.gz" for i in range(2000)]
    halves = [half(name) for name in names]
    assert set(halves) == set(HALVES)
    assert 900 < halves.count("calibration") < 1100  # about even
    # Pinned: the published calibration and validation figures name these halves, so
    # the split must never move (BLAKE2b of the file name, first byte even: calibration).
    assert [half(n) for n in ("0000.html.gz", "0001.html.gz", "0124.html.gz", "4681.html.gz")] == [
        "calibration",
        "validation",
        "calibration",
        "validation",
    ]


def test_eval_scores_one_half_and_the_halves_part_the_pages(
    wcxb: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from articlepipe.evaluate.cases import half

    # Enough pages that both halves have some.
    truth, html = wcxb
    for number in range(3, 9):
        page_id = f"{number:04d}"
        record = json.loads((truth / "0001.json").read_text())
        (truth / f"{page_id}.json").write_text(json.dumps(record))
        (html / f"{page_id}.html.gz").write_bytes((html / "0001.html.gz").read_bytes())
    seen: dict[str, set[str]] = {}
    for which in ("calibration", "validation"):
        assert main(["eval", str(truth), str(html), "--half", which, "--json", "--worst", "100"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["half"] == which
        seen[which] = {page["id"] for page in report["worst"]}
        assert all(half(f"{page_id}.html.gz") == which for page_id in seen[which])
    assert seen["calibration"] and seen["validation"]
    assert seen["calibration"] | seen["validation"] == {f"{n:04d}" for n in range(1, 9)}
    assert main(["eval", str(truth), str(html), "--half", "training"]) == 2


def test_pages_far_below_the_compared_system_are_counted() -> None:
    from articlepipe.evaluate.metrics import AebPageScore, aggregate_aeb
    from articlepipe.evaluate.runner import Evaluation, PageResult, Prediction, SystemResult

    def system(name: str, f1s: list[float]) -> SystemResult:
        pages = tuple(
            PageResult(str(i), "", Prediction(text="x", ms=1.0), AebPageScore(f, 1 - f, 0.0, False))
            for i, f in enumerate(f1s)
        )
        return SystemResult(name, pages, aggregate_aeb([p.score for p in pages]))  # type: ignore[arg-type, misc]

    ours = system("articlepipe", [0.9, 0.5, 0.2, 1.0])
    theirs = system("trafilatura", [0.95, 0.8, 0.9, 0.1])
    assert Evaluation("aeb", "gt.json", (ours, theirs)).far_below() == 2
    assert Evaluation("aeb", "gt.json", (ours,)).far_below() is None


def test_f1_is_reported_by_page_type(wcxb: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    truth, html = wcxb
    record = json.loads((truth / "0002.json").read_text())
    record["_internal"] = {"page_type": {"primary": "category"}}  # WCXB's name for a collection
    (truth / "0002.json").write_text(json.dumps(record))
    assert main(["eval", str(truth), str(html), "--compare", "trafilatura", "--json"]) == 0
    by_type = json.loads(capsys.readouterr().out)["f1_by_page_type"]
    assert set(by_type) == {"article", "collection"}
    assert set(by_type["collection"]) == {"articlepipe", "trafilatura"}
    assert by_type["collection"]["articlepipe"]["pages"] == 1
    assert 0.0 < by_type["article"]["articlepipe"]["f1"] <= 1.0
    assert main(["eval", str(truth), str(html), "--compare", "trafilatura"]) == 0
    out = capsys.readouterr().out
    assert "F1 by page type:" in out
    assert any(line.split()[:3] == ["collection", "1", "pages"] for line in out.splitlines())


@pytest.mark.parametrize(
    ("record", "kind"),
    [
        ({"_internal": {"page_type": {"primary": "category"}}}, "collection"),
        ({"_internal": {"page_type": "forum"}}, "forum"),
        ({"_internal": {"page_type": None}}, "article"),
        ({"_internal": None}, "article"),
        ([], "article"),
    ],
)
def test_page_types_are_read_from_any_ground_truth_shape(record: object, kind: str) -> None:
    from articlepipe.evaluate.cases import page_type_of

    assert page_type_of(record) == kind
