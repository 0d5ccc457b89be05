"""Languages added one file each (``extract/languages/``): Dutch and Polish, through every
rule their data reaches, and prose using the same words kept."""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from articlepipe.extract import languages, phrases
from articlepipe.extract.boilerplate import Block, clean_blocks, is_disclaimer, lead_in_rule
from articlepipe.extract.dates import date_near_headline
from articlepipe.extract.months import MONTH_NUMBERS
from articlepipe.models import RelatedLink

PROSE = {
    "nl": (
        "De gemeente heeft dinsdag besloten om het oude zwembad te renoveren, nadat bewoners "
        "twee jaar lang handtekeningen hadden verzameld voor het behoud van het gebouw."
    ),
    "pl": (
        "Rada miasta zdecydowała we wtorek o remoncie starego basenu, po tym jak mieszkańcy "
        "przez dwa lata zbierali podpisy w obronie budynku przy głównej ulicy."
    ),
}


def test_every_language_file_gives_known_categories_only() -> None:
    for module in languages.MODULES:
        assert set(module.PHRASES) <= set(languages.CATEGORIES), module.__name__
    for category in languages.PLAIN_CATEGORIES:
        languages.words(category)  # type-checked: lower-case strings
    for category in languages.GATED_CATEGORIES:
        languages.gated(category)  # type-checked: (pattern, hints) pairs
    assert set(languages.months()) == {"en", "de", "fr", "es", "pt", "it", "nl", "pl"}


@pytest.mark.parametrize(("language", "lead_in"), [("nl", "Lees ook"), ("pl", "Czytaj też")])
def test_a_related_lead_in_goes_with_its_links(language: str, lead_in: str) -> None:
    links = (
        RelatedLink("Eerste verhaal", "https://x.example/1"),
        RelatedLink("Tweede", "https://x.example/2"),
    )
    blocks = [
        Block(text=PROSE[language]),
        Block(text=lead_in),
        Block(text="Eerste verhaal\nTweede", links=links, link_chars=21, is_list=True),
        Block(text=PROSE[language] + " Dwa."),
    ]
    cleaned = clean_blocks(blocks)
    assert cleaned.keep == [True, False, False, True]
    assert cleaned.related == list(links)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Lees ook: De gemeente stemt over nieuwe fietspaden", "lead-in"),
        ("Meld je aan voor onze nieuwsbrief", "prompt"),
        ("Deze website gebruikt cookies om je ervaring te verbeteren.", "prompt"),
        ("Advertentie", "label"),
        ("Terug naar boven", "prompt"),
        ("Czytaj także: Rada miasta głosuje nad ścieżkami rowerowymi", "lead-in"),
        ("Zapisz się do newslettera", "prompt"),
        ("Ta strona używa plików cookie.", "prompt"),
        ("Reklama", "label"),
        ("Wróć na górę", "prompt"),
    ],
)
def test_prompts_labels_and_lead_ins(text: str, rule: str) -> None:
    assert lead_in_rule(Block(text=text)) == rule


@pytest.mark.parametrize(
    "prose",
    [
        "Lees ook de bijsluiter goed door voordat je met de kuur begint, zegt de apotheker.",
        "Polecamy wszystkim mieszkańcom wizytę w nowym muzeum, które otwarto w sobotę w centrum.",
        "Spam komt vaak in je inbox terecht als je filter niet goed staat.",
        "Controleer of de aanslag van de belastingdienst al in je mailbox zit.",
        "Ulotki wyborcze trafiły w piątek na skrzynkę pocztową każdego mieszkańca.",
        "Kto zgubił klucze na skrzynkę, musi zapłacić za nowy zamek.",
        "Naar boven leidt een smalle trap naar de zolder van het oude huis.",
        "Do góry prowadzi ponad trzysta kamiennych schodów.",
        "Deel",  # a brand in a table cell on an English page, not Dutch "share"
    ],
)
def test_the_same_words_inside_prose_stay(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


@pytest.mark.parametrize(("label", "rule"), [("Naar boven", "label"), ("Do góry", "label")])
def test_to_top_alone_is_a_label(label: str, rule: str) -> None:
    assert lead_in_rule(Block(text=label)) == rule


@pytest.mark.parametrize(
    "text",
    [
        "Disclaimer: dit artikel is uitsluitend bedoeld ter informatie.",
        "Dit artikel vervangt geen medisch advies. Raadpleeg altijd je huisarts.",
        "Zastrzeżenie: artykuł ma charakter informacyjny.",
        "Ten artykuł nie zastępuje porady lekarza ani farmaceuty.",
    ],
)
def test_disclaimers(text: str) -> None:
    assert is_disclaimer(Block(text=text), position=1.0)


@pytest.mark.parametrize(
    "prose",
    [
        "Het nieuwe systeem vervangt niet het oude station, maar komt ernaast te staan.",
        "Nowa linia tramwajowa nie zastępuje autobusu, ale skraca dojazd do centrum.",
        "Raadpleeg je huisarts als de pijn na een week niet minder wordt.",
        "Skonsultuj się z lekarzem, jeśli objawy nie ustąpią po trzech dniach.",
        "De brochure is bedoeld als informatie voor ouders; het advies van de school volgt later.",
        "Poradnik ma charakter informacyjny i zawiera porady dla rodziców.",
    ],
)
def test_prose_with_disclaimer_words_is_not_one(prose: str) -> None:
    assert not is_disclaimer(Block(text=prose), position=1.0)


@pytest.mark.parametrize(("written", "language"), [("5 maart 2024", "nl"), ("5 marca 2024", "pl")])
def test_dates_in_the_new_languages(written: str, language: str) -> None:
    assert MONTH_NUMBERS[written.split()[1]] == 3
    assert phrases.DATE_LINE.match(written)
    assert phrases.TOC_LABEL.match({"nl": "Inhoudsopgave", "pl": "Spis treści"}[language])
    page = lxml.html.fromstring(
        f"<html><body><h1>Een kop van enige lengte</h1><p>Door Anna de Vries, {written}</p>"
        "<p>Het verhaal begint hier.</p></body></html>"
    )
    assert date_near_headline(page, date(2026, 1, 1)) == "2024-03-05"


def test_consent_small_print_in_the_new_languages_is_a_prompt() -> None:
    from articlepipe.extract.phrases import CONSENT_TERMS

    assert CONSENT_TERMS.search("Door je aan te melden ga je akkoord met ons privacybeleid.")
    assert CONSENT_TERMS.search("Zapisując się, akceptujesz regulamin i politykę prywatności.")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Veelgestelde vragen", "faq"),
        ("Najczęściej zadawane pytania", "faq"),
        ("In het kort", "summary"),
        ("W skrócie", "summary"),
    ],
)
def test_faq_and_summary_headings(heading: str, kind: str) -> None:
    from articlepipe.extract.selectors import FAQ_HEADING, SUMMARY_HEADING

    pattern = FAQ_HEADING if kind == "faq" else SUMMARY_HEADING
    assert pattern.match(heading)
    assert not pattern.match("Het kort geding over de nieuwe haven")
