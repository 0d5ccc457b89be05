"""Polish."""

from __future__ import annotations

PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "czytaj też",
        "czytaj także",
        "czytaj również",
        "zobacz też",
        "zobacz także",
        "zobacz również",
        "przeczytaj też",
        "przeczytaj także",
        "polecamy",
        "podobne artykuły",
        "powiązane artykuły",
        "więcej na ten temat",
        "może cię zainteresować",
    ),
    "consent": (
        "zapisując się, akceptujesz",
        "zapisując się akceptujesz",
        "klikając zapisz się",
        "podając adres e-mail",
    ),
    "prompts": (
        "zapisz się do newslettera",
        "zapisz się na newsletter",
        "subskrybuj newsletter",
        "obserwuj nas na",
        "udostępnij ten artykuł",
        "udostępnij artykuł",
        "wróć na górę",
        "do góry",
        "ta strona używa plików cookie",
        "używamy plików cookie",
    ),
    "labels": (
        "reklama",
        "artykuł sponsorowany",
        "udostępnij",
        "komentarze",
        "drukuj",
        "czytaj dalej",
    ),
    "disclaimer_labels": (
        "zastrzeżenie",
        "zastrzeżenie prawne",
        "wyłączenie odpowiedzialności",
    ),
    "notice_labels": (
        "uwaga",
        "ważne",
        "informacja",
    ),
    "toc": (
        "spis treści",
        "w tym artykule",
        "na tej stronie",
    ),
    "months": (
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    ),
    "disclaimer_sentences": (
        (r"\bnie zastępuje (porady|konsultacji|wizyty|diagnozy)( \w+){0,2} (lekarza|lekarskiej|specjalisty|"
         r"medycznej|farmaceuty)", ("zastępuje",)),
        (r"\bma (charakter|cel) (wyłącznie |jedynie |tylko )?informacyjny\b"
         r"(?=.{0,200}(lekar|porad|medyczn|diagnoz))", ("informacyjny",)),
        (r"\bskonsultuj się z (lekarzem|farmaceutą|specjalistą)", ("skonsultuj",)),
    ),
    "newsletter_pitches": (
        (r"\bna (twoją |swoją )?skrzynkę( e-mail| pocztową)?\b", ("skrzynk",)),
        (r"^\W*(\w+\W+){0,5}newsletter\W*$", ("newsletter",)),
    ),
}  # fmt: skip
