"""Corpus cleaning: normalisation, language, duplicates planted among synthetic
articles, and each quality filter with a case it drops and one it keeps."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from articlepipe.clean.dedup import Duplicates
from articlepipe.clean.language import detect, language_of
from articlepipe.clean.normalise import normalise_article, normalise_text
from articlepipe.clean.quality import QualityRules, prose_share, repeated_share, verdict
from articlepipe.clean.stage import Cleaner, Dropped
from articlepipe.cli import main
from articlepipe.extract.identity import article_id, content_hash, word_count
from articlepipe.models import Article
from test_models import make_article


def article(
    text: str, *, url: str = "https://example.org/a", markdown: str | None = None, **fields: object
) -> Article:
    return make_article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        text=text,
        markdown=text if markdown is None else markdown,
        word_count=word_count(text),
        content_hash=content_hash(text),
        **fields,
    )


# Normalisation ---------------------------------------------------------------------


def test_mojibake_invisible_characters_and_white_space_are_repaired() -> None:
    broken = (
        "The cafÃ© opened on Tuesday.\u200b It was\u00a0   ful\u00adly booked.\r\n\r\n\r\n\tNext  paragraph. "
    )
    assert normalise_text(broken) == "The café opened on Tuesday. It was fully booked.\n\nNext paragraph."


def test_a_line_of_nothing_but_zero_width_characters_is_no_line() -> None:
    spaced = "First.\n\n\u200d\n\nSecond\n\u200c\u200e\nthird.\n\u200d"
    assert normalise_text(spaced) == "First.\n\nSecond\nthird."


def test_quotes_scripts_and_joiners_are_kept() -> None:
    kept = "“Quoted” — ‘single’ « guillemets » 東京 مرحبا क्‍ष 👩\u200d⚕️ می\u200cخواهم"
    assert normalise_text(kept) == kept
    decomposed = "e\u0301te\u0301"  # é as e + combining accent
    assert normalise_text(decomposed) == "été"


def test_a_normalised_article_gets_its_hash_and_word_count_again() -> None:
    original = article("Caf\u00c3\u00a9 society   returns.")
    fixed = normalise_article(original)
    assert fixed.text == "Café society returns."
    assert fixed.content_hash == content_hash("Café society returns.") != original.content_hash
    untouched = normalise_article(article("Nothing to fix here."))
    assert untouched.content_hash == content_hash("Nothing to fix here.")


def test_every_text_field_of_an_article_is_repaired() -> None:
    # A page saved with its UTF-8 read as cp1252 garbles the byline and site name too.
    garbled = article(
        "Plain text.",
        authors=("Zo\u00c3\u00ab Smith", "Ann Lee"),
        site_name="Caf\u00c3\u00a9 Daily",
        category="Sant\u00c3\u00a9",
        tags=("ni\u00c3\u00b1os",),
        disclaimer="Not   advice.",
    )
    fixed = normalise_article(garbled)
    assert fixed.authors == ("Zoë Smith", "Ann Lee")
    assert (fixed.site_name, fixed.category, fixed.tags) == ("Café Daily", "Santé", ("niños",))
    assert fixed.disclaimer == "Not advice."
    assert normalise_article(article("x", site_name=None, disclaimer=None)).site_name is None
    invisible = normalise_article(article("x", site_name="\u200b", disclaimer=" "))
    assert invisible.site_name is None and invisible.disclaimer is None
    repeated = normalise_article(
        article("x", authors=("\u200b", "Zo\u00c3\u00ab Smith", "Zoë Smith"), tags=("a", "a "))
    )
    assert repeated.authors == ("Zoë Smith",) and repeated.tags == ("a",)


# Language --------------------------------------------------------------------------

SAMPLES = {
    "en": "The city council voted on Tuesday to fund a new clinic in the old library building, "
    "after two years of campaigning by residents who had to travel across town to see a doctor.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, eine neue Klinik im alten Bibliotheksgebäude "
    "zu finanzieren, nachdem die Anwohner zwei Jahre lang dafür gekämpft hatten.",
    "fr": "Le conseil municipal a voté mardi le financement d'une nouvelle clinique dans l'ancienne "
    "bibliothèque, après deux années de mobilisation des habitants du quartier.",
    "es": "El ayuntamiento aprobó el martes la financiación de una nueva clínica en el antiguo edificio "
    "de la biblioteca, tras dos años de campaña de los vecinos del barrio.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_the_language_is_detected_from_the_text_with_a_confidence(code: str) -> None:
    found, confidence = detect(SAMPLES[code])
    assert found == code and confidence > 0.9
    assert language_of(SAMPLES[code], declared="en-GB") == code  # the text wins over markup


def test_a_text_too_short_to_tell_keeps_the_declared_language() -> None:
    assert detect("") == ("", 0.0)
    assert language_of("OK", declared="pt-BR") == "pt"


def test_the_language_filter_keeps_only_the_languages_asked_for() -> None:
    rules = QualityRules(min_words=5, languages=frozenset({"en", "de"}))
    for code, text in SAMPLES.items():
        found = verdict(article(text, language=code), rules)
        assert (found.reason if found else None) == (None if code in ("en", "de") else "wrong-language")
        if found:
            assert found.detail == f"language {code}, not one of de, en"


# Duplicates ------------------------------------------------------------------------

WORDS = [f"w{n}" for n in range(3000)]


def synthetic(rng: random.Random, paragraphs: int = 8) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(40)) + "." for _ in range(paragraphs)]


def test_planted_near_and_exact_copies_are_all_found_and_no_distinct_article_is_marked() -> None:
    rng = random.Random(6)
    originals = [synthetic(rng) for _ in range(200)]
    texts: list[tuple[str, str, str | None]] = []  # (id, text, the original it copies)
    for n, paragraphs in enumerate(originals):
        texts.append((f"a{n}", "\n\n".join(paragraphs), None))
    for n in range(40):  # near copies: four kinds of change
        source = originals[n]
        kind = n % 4
        if kind == 0:
            copy = ["A new headline for the same story.", *source]
        elif kind == 1:
            copy = [*source, " ".join(rng.choice(WORDS) for _ in range(40))]
        elif kind == 2:
            copy = source[:3] + source[4:]
        else:
            copy = ["Share this article", *source, "Read more: other stories", "Subscribe to our newsletter"]
        texts.append((f"near{n}", "\n\n".join(copy), f"a{n}"))
    for n in range(20):  # exact copies (spacing and case do not count)
        texts.append((f"exact{n}", "\n\n".join(originals[100 + n]).upper(), f"a{100 + n}"))
    rng.shuffle(texts)
    # Originals are seen first, as in a crawl where the copy is syndicated later.
    texts.sort(key=lambda entry: entry[2] is not None)
    duplicates = Duplicates(threshold=0.8)
    matches = {i: duplicates.original_of(i, text, content_hash(text)) for i, text, _ in texts}
    found = {i: match.original if match else None for i, match in matches.items()}
    for i, _, copies in texts:
        assert found[i] == copies, f"{i}: found {found[i]}, planted {copies}"


def test_the_cleaner_drops_flags_or_keeps_duplicates() -> None:
    first = article(SAMPLES["en"] * 3, url="https://a.example/1")
    copy = article(SAMPLES["en"] * 3, url="https://b.example/1")
    dropping = Cleaner(dedup="drop")
    assert dropping(first) == first
    dropped = dropping(copy)
    assert isinstance(dropped, Dropped) and dropped.reason == "duplicate"
    assert dropped.article.duplicate_of == first.id and dropped.to_record()["rejected_for"] == "duplicate"
    flagging = Cleaner(dedup="flag")
    flagging(first)
    flagged = flagging(copy)
    assert isinstance(flagged, Article) and flagged.duplicate_of == first.id
    keeping = Cleaner(dedup="off")
    assert keeping(first) == first and keeping(copy) == copy


def test_signatures_persisted_by_one_run_find_copies_in_the_next() -> None:
    text = " ".join(SAMPLES.values())
    earlier = Duplicates()
    assert earlier.original_of("old", text, content_hash(text)) is None
    later = Duplicates()
    later.load([("old", content_hash(text), earlier.new["old"])])
    changed = text + " One more sentence at the end."
    match = later.original_of("new", changed, content_hash(changed))
    assert match is not None and match.original == "old" and match.similarity is not None


# Quality ---------------------------------------------------------------------------

PROSE = " ".join(SAMPLES["en"] for _ in range(3))


@pytest.mark.parametrize(
    ("bad", "reason", "detail"),
    [
        (
            article(PROSE, page_type="listing", is_article=False, page_type_evidence="article score 0.02"),
            "page-type:listing",
            "page type listing, not article: article score 0.02",
        ),
        (article("Too short to be an article at all."), "too-short", "words 8 < 50"),
        (article("\n\n".join([SAMPLES["en"]] * 4)), "repetitive", "repeated paragraphs 0.75 > 0.4"),
        (article(" ".join(["buy cheap pills now"] * 40)), "repetitive", "top trigram share 0.81 > 0.25"),
        (
            article(
                PROSE,
                markdown="Links\n\n" + "\n".join(f"- [Story {n} about the town]({n})" for n in range(30)),
            ),
            "too-little-prose",
            "prose_share 0.01 < 0.25",
        ),
    ],
)
def test_each_filter_drops_its_case_and_says_what_it_measured(bad: Article, reason: str, detail: str) -> None:
    found = verdict(bad, QualityRules(min_prose_share=0.25))
    assert found is not None and (found.reason, found.detail) == (reason, detail)


def test_the_prose_filter_is_off_by_default_and_other_page_types_can_be_kept() -> None:
    links = "Links\n\n" + "\n".join(f"- [Story {n} about the town]({n})" for n in range(30))
    assert verdict(article(PROSE, markdown=links), QualityRules()) is None
    forum = article(PROSE, page_type="forum", is_article=False)
    assert verdict(forum, QualityRules(page_types=frozenset({"article", "forum"}))) is None
    assert verdict(forum, QualityRules(page_types=frozenset())) is None  # all types
    dropped = verdict(forum, QualityRules())
    assert dropped is not None and dropped.reason == "page-type:forum"


def test_a_real_article_passes_every_filter() -> None:
    listicle = "Our picks\n\n" + PROSE + "\n\n" + "\n".join(f"- Item {n} with a few words" for n in range(5))
    strict = QualityRules(min_prose_share=0.25)
    assert verdict(article(PROSE, markdown=listicle), strict) is None
    assert repeated_share(PROSE) == 0.0 and prose_share(listicle) > 0.5
    quoted = replace(article(PROSE + "\n\n“A pull quote.”\n\n" + PROSE[:200] + "\n\n“A pull quote.”"))
    assert verdict(quoted, strict) is None


def test_a_plan_that_repeats_its_short_lines_is_not_repetitive() -> None:
    # A meal plan or a timetable repeats the same short lines day after day.
    days = [
        f"Day {n}\n\nEat every 2-3 hours\n\nBreakfast: oats and berries\n\n{SAMPLES['en']}" for n in range(7)
    ]
    plan = article("\n\n".join(days).replace(SAMPLES["en"], "A different note for each day, number X.", 6))
    assert verdict(plan, QualityRules()) is None


# In a run ----------------------------------------------------------------------------


def page(title: str, text: str, url: str) -> str:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in text.split(". ") if sentence)
    return (
        f'<html><head><title>{title}</title><link rel="canonical" href="{url}"></head>'
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def test_a_run_drops_copies_other_languages_and_non_articles_and_says_why(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    english = SAMPLES["en"] + " " + SAMPLES["en"].replace("Tuesday", "Monday").replace("clinic", "school")
    other = " ".join(reversed(english.split(". "))) + " The mayor said the money was found in the budget."
    (pages / "a.html").write_text(page("Clinic approved", english, "https://a.example/clinic"))
    (pages / "b.html").write_text(page("Budget news", other + " " + other, "https://a.example/budget"))
    (pages / "c.html").write_text(page("Klinik", SAMPLES["de"] + " " + SAMPLES["de"], "https://a.example/de"))
    (pages / "d.html").write_text(page("Clinic approved", english, "https://b.example/syndicated"))
    out = tmp_path / "out" / "articles.jsonl"
    rejected = tmp_path / "out" / "rejected.jsonl"
    code = main(
        ["run", str(pages), "-o", str(out), "--lang", "en", "--rejected", str(rejected), "--min-words", "20"]
    )
    assert code == 0
    kept = [json.loads(line)["canonical_url"] for line in out.read_text().splitlines()]
    assert sorted(kept) == ["https://a.example/budget", "https://a.example/clinic"]
    reasons = {
        json.loads(line)["canonical_url"]: json.loads(line)["rejected_for"]
        for line in rejected.read_text().splitlines()
    }
    assert reasons == {"https://a.example/de": "wrong-language", "https://b.example/syndicated": "duplicate"}
    stats = json.loads((out.parent / "run.json").read_text())
    assert stats["dropped_by_reason"] == {"duplicate": 1, "wrong-language": 1} and stats["written"] == 2


def test_an_incremental_run_finds_copies_of_articles_written_by_earlier_runs(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    english = SAMPLES["en"] + " " + SAMPLES["fr"].replace("Le", "The")
    (pages / "a.html").write_text(page("Clinic approved", english, "https://a.example/clinic"))
    out = tmp_path / "corpus"
    assert main(["run", str(pages), "-o", f"{out}/", "--min-words", "10"]) == 0
    (pages / "b.html").write_text(
        page("Clinic approved!", english + " Updated at noon.", "https://b.example/copy")
    )
    assert main(["run", str(pages), "-o", f"{out}/", "--min-words", "10"]) == 0
    run = json.loads((out / "_run.json").read_text())
    assert run["dropped_by_reason"] == {"near-duplicate": 1} and run["written"] == 0


def test_signatures_made_without_datasketch_equal_datasketchs() -> None:
    from datasketch import MinHash

    from articlepipe.clean.minhash import hashvalues
    from articlepipe.clean.shingles import shingles

    for text in [*SAMPLES.values(), "one two", "ein zwei drei vier fünf sechs sieben acht"]:
        reference = MinHash(num_perm=128)
        reference.update_batch(shingles(text))
        assert (hashvalues(shingles(text)) == reference.hashvalues).all()


def test_the_language_model_loads_with_no_room_for_its_temporary_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import py3langid.modelio

    from articlepipe.clean import language

    def full(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(py3langid.modelio.tempfile, "TemporaryFile", full)
    language._identifier.cache_clear()
    try:
        assert language.detect("The council voted on Tuesday to fund a new clinic in town.")[0] == "en"
        assert language.detect("Le conseil a voté mardi pour financer une nouvelle clinique.")[0] == "fr"
    finally:
        language._identifier.cache_clear()


def test_near_copies_of_chinese_and_japanese_articles_are_found() -> None:
    # Split on spaces, a Chinese article is a handful of "words" and every edit changes
    # all of them; compared by characters, a changed sentence moves it a little.
    sentence = "研究人员在三年里跟踪了两千名成年人的睡眠习惯，发现规律作息的人更少生病。"
    others = [
        "专家建议每天保持七到八小时的睡眠。",
        "医生提醒老年人要注意午睡时间不宜过长。",
        "适量运动也有助于改善睡眠质量。",
    ]
    original = "\n\n".join([sentence * 2, *others, sentence])
    edited = original.replace("专家建议", "多位专家建议").replace("。", "！", 1)
    duplicates = Duplicates()
    assert duplicates.original_of("zh-1", original, content_hash(original)) is None
    match = duplicates.original_of("zh-2", edited, content_hash(edited))
    assert match is not None and match.original == "zh-1" and match.similarity is not None
    japanese = "市立図書館は平日の開館時間を午後九時まで延長すると発表した。" * 4
    assert duplicates.original_of("ja-1", japanese, content_hash(japanese)) is None  # unlike the Chinese
