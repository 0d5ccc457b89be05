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
        "podobne artykuły",
        "powiązane artykuły",
        "więcej na ten temat",
        "może cię zainteresować",
        "inne artykuły",
        "więcej artykułów",
        # a list of the site's latest posts after the article
        "najnowsze wpisy",
        "ostatnie wpisy",
        "najnowsze artykuły",
        "popularne wpisy",
    ),
    # Words consent small print names (the terms it binds the reader to).
    "consent_terms": (
        "prywatności",
        "regulamin",
        "wypisać",
        "rezygnacji",
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
        "ta strona używa plików cookie",
        "używamy plików cookie",
        # whether the reader liked the article, before a request to share it
        "podobał ci się ten artykuł?",
        "podobał ci się artykuł?",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "czy ten artykuł był pomocny",
        "czy ta strona była pomocna",
        "czy ten artykuł był przydatny",
        "czy ta strona była przydatna",
        "jak przydatny był ten artykuł",
        "jak przydatny był ten wpis",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "tak",
        "nie",
    ),
    "labels": (
        # a skip link to the content, as themes print it in this language
        "przejdź do treści",
        "przejdź do zawartości",
        "pomiń nawigację",
        "reklama",
        "artykuł sponsorowany",
        "do góry",
        "udostępnij",
        "komentarze",
        "drukuj",
        "czytaj dalej",
        # a sponsor's label over its logo
        "we współpracy z",
        "sponsorowane przez",
        "płatna współpraca",
        # a shop's price button in a buying guide, alone in its block
        "sprawdź cenę",
        "zobacz ofertę",
        # a role printed above or below an author's bio
        "redaktor naczelny",
        "redaktor naczelna",
        # a buying guide's link to its full review
        "przeczytaj pełną recenzję",
        # a shop's review widget
        "zobacz wszystkie opinie",
        "napisz opinię",
        "zweryfikowany zakup",
        "zweryfikowany kupujący",
        # a quoted post's expander
        "kliknij, aby rozwinąć",
        "kliknij aby rozwinąć",
        "kliknij, aby zwinąć",
        # a forum post's author rank
        "użytkownik",
        "nowy użytkownik",
        "aktywny użytkownik",
        "zarejestrowany użytkownik",
        "dołączył",
        "dołączyła",
        "moderator",
        "administrator",
        "użytkownik premium",
        # a thread's first poster, named so beside each of their posts
        "autor wątku",
        "autor tematu",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "dodaj do koszyka",
        "do koszyka",
        "dodaj do ulubionych",
        "dodaj do listy życzeń",
        "porównaj",
        "szybki podgląd",
        "wyprzedane",
        "brak w magazynie",
        "produkt niedostępny",
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
    "points_on": (
        "następujące",
        "poniższe",
        "poniżej",
    ),
    "faq_headings": (
        "najczęściej zadawane pytania",
        "często zadawane pytania",
    ),
    "summary_headings": (
        "w skrócie",
        "podsumowanie",
        "najważniejsze informacje",
    ),
    # What a date line may start with.
    "date_labels": (
        "opublikowano",
        "zaktualizowano",
        "aktualizacja",
        "data publikacji",
        "ostatnia aktualizacja",
    ),
    "months": (
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    ),
    # Between a date and its time ("5 marca 2024 o 10:39").
    "time_prefixes": (
        "o",
    ),
    # An author's bio after the article opens with the name and one of these.
    "bio_verbs": (
        "jest",
        "pisze",
        "pracuje",
        "mieszka",
    ),
    # What a bio calls its subject (one not named in the byline must say one).
    "bio_roles": (
        "dziennikarz",
        "dziennikarka",
        "redaktor",
        "redaktorka",
        "autor",
        "autorka",
        "publicysta",
        "publicystka",
        "korespondent",
        "korespondentka",
        "bloger",
        "blogerka",
        # the forms after "jest" ("Anna Nowak jest dziennikarką")
        "dziennikarką",
        "dziennikarzem",
        "redaktorką",
        "redaktorem",
        "autorką",
        "autorem",
        "publicystką",
        "publicystą",
        "korespondentką",
        "korespondentem",
        "blogerką",
        "blogerem",
    ),
    # A call to follow someone on social networks opens with one of these (two networks
    # named make it a prompt: "Follow the Opinion section on Facebook, X and Instagram").
    "follow_words": (
        "obserwuj",
        "śledź",
    ),
    "disclaimer_sentences": (
        # an opinion piece's note ("Opinie wyrażone w tekście są prywatnymi opiniami autora",
        # "Poglądy autora nie muszą być zgodne ze stanowiskiem redakcji"); "Opinie zawarte w
        # raporcie nie odzwierciedlają rzeczywistości" is a story's
        (r"(?:^\W*|(?<=[.!?] ))(?:opinie|poglądy) (?:wyrażone"
         r"|zawarte|przedstawione) w (?:tym |niniejszym )?(?:tekście"
         r"|artykule|felietonie|komentarzu|wpisie|blogu) (?:(?:są|stanowią) (?:wyłącznie |jedynie )?"
         r"(?:prywatnymi )?(?:opiniami|opinią|poglądami) (?:autora|autorów|autorki)|nie (?:są|stanowią) "
         r"(?:oficjalnym )?stanowisk(?:iem|a) redakcji|nie (?:muszą )?odzwierciedla(?:ją|ć) (?:stanowiska"
         r"|poglądów|opinii) redakcji)", ("wyrażone", "zawarte", "przedstawione")),
        (r"\b(?:opinie|poglądy) (?:autora|autorów|autorki) nie (?:muszą być|są) zgodne ze stanowiskiem "
         r"redakcji", ("stanowiskiem redakcji",)),
        (r"\bnie zastępuje (porady|konsultacji|wizyty|diagnozy)( \w+){0,2} (lekarza|lekarskiej|specjalisty|"
         r"medycznej|farmaceuty)", ("zastępuje",)),
        (r"\bma (charakter|cel) (wyłącznie |jedynie |tylko )?informacyjny\b"
         r"(?=.{0,200}\bnie\b.{0,60}(stanowi|zastępuje|porad|lekar|medyczn))", ("informacyjny",)),
    ),
    "newsletter_pitches": (
        (r"\b(otrzymasz|otrzymuj|wyślemy|wysyłamy|prosto|co tydzień|codziennie)\b.{0,40}\bna (twoją |swoją )?"
         r"skrzynkę( e-mail| pocztową)?\b", ("skrzynk",)),
        (r"^\W*(\w+\W+){0,5}newsletter\W*$", ("newsletter",)),
    ),
    "result_counters": (
        # ("Wyświetlanie 1-24 z 291 wyników", "Pokazano wszystkie 3 wyniki")
        (r"^\W*(?:"
         r"(?:wyświetlanie|pokazano)(?:\s+wszystkie)?(?:\s*:)?\s+(?:\d+(?:[,. ]\d{3})*\s*"
         r"(?:[-\u2013]|do)\s*)?\d+(?:[,. ]\d{3})*(?:\s+z\s+\d+(?:[,. ]\d{3})*)?(?:\s+(?:wynik"
         r"(?:ów|i)?|produkt(?:ów|y)?))?"
         r"|(?:wynik(?:ów|i)?|produkt(?:ów|y)?)\s+\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|do)\s*\d+"
         r"(?:[,. ]\d{3})*\s+z\s+\d+(?:[,. ]\d{3})*"
         r"|\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|do)\s*\d+(?:[,. ]\d{3})*\s+z\s+\d+(?:[,. ]\d{3})*"
         r"\s+(?:wynik(?:ów|i)?|produkt(?:ów|y)?)"
         r"|(?:\d{1,3}(?:[,. ]\d{3})+|\d{5,})\s+(?:wynik(?:ów|i)?|produkt(?:ów|y)?)"
         r"|\(\s*\d+(?:[,. ]\d{3})*\s+(?:wynik(?:ów|i)?|produkt(?:ów|y)?)\s*\)"
         r")\W*$",
         ("wyświetlanie", "pokazano", "wynik", "produkt")),
    ),
    "furniture_shapes": (
        # an edit note with its date first ("Edited April 18, 2024 by Ann"), the name a few
        # words without a comma, a day before the year: "Edited in 1925 by Maxwell Perkins, the
        # novel …" is prose, "Edited in 1925 by Maxwell Perkins." a credit
        (r"^\W*(?:edytowane|edytowany) (?=[^\n!?]{0,30}?\b\d{1,2}\b)"
         r"[^\n!?]{0,30}?\b(?:19|20)\d\d\b(?:,? [^\n!?]{0,12}?\d{1,2}[:.h]\d{2}"
         r"(?: ?[ap]m)?)? przez [^\s,.!?]+(?: [^\s,.!?]+){0,2}\W*$",
         ("edytowan",)),
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*musisz (?:być zalogowany|się zalogować"
         r"|być zarejestrowany),? (?:aby|żeby) (?:odpowiedzieć|komentować"
         r"|dodać komentarz|odpowiadać)\W*$",
         ("zalogowany", "zalogować", "zarejestrowany")),
        # a copyright line ending on its reservation ("© 2024 Wydawnictwo X. Wszelkie prawa zastrzeżone.")
        (r"\bprawa zastrzeżone\W*$", ("prawa zastrzeżone",)),
        # a post's edit note ("Last edited: Jul 10, 2007", "Last edited by Ann; 07-10-2007 at 10:45 AM.")
        (r"^\W*(ostatnio edytowan[ye]|ostatnio zmieniony)(\s*:|\s+przez\b)"
         r"(?:[^.!?]|\.\d|\d\.(?=\s)|\s(?-i:[a-zà-ÿąćęłńóśźż]{2,4})\.(?=\s)){0,60}\d"
         r"(\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?"
         r"(?:,\s*edytowano (?:w sumie |łącznie )?\d+ (?:raz|razy))?\.?\s*$",
         ("ostatnio",)),
        # a forum post's signature from a phone app, naming the device (a word for a phone or
        # tablet, a model with a digit) or the app it was sent with ("Sent from my iPhone
        # using Tapatalk"), and its author's join date ("Join Date: Aug 2008")
        (r"^\W*(?:wysłane z mojego\s++(?:[^\s.!?]*?(?:phone|pad|droid|galaxy|pixel)"
         r"|(?=[^\s.!?]*\d)(?-i:(?=[^\s.!?]*[A-Z]))[^\s.!?]++)[^\s.!?]*+(?:\s+[^\s.!?]++){0,4}"
         r"|wysłane z mojego\s++[^\s.!?][^.!?]{0,59}?\s+(?:przy użyciu"
         r"|za pomocą)\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,3})\s*$",
         ("wysłane z mojego",)),
        (r"^\W*(dołączył|dołączyła|na forum od|rejestracja)\s*:"
         r"\s*(?:(\S+\s+){0,2}\S*\b(19|20)\d\d\b|(19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})\W*$",
         ("dołączył", "na forum od", "rejestracja")),
        # a placeholder a script fills in ("Loading prices for your region…")
        (r"^\W*(ładowanie|wczytywanie|trwa ładowanie)(\s+[^\s.…]+){0,5}\s*(…|\.\.\.)\W*$",
         ("ładowanie", "wczytywanie")),
        # a tag line, a view counter
        (r"^\W*tagi\s*:\s*[^.!?:\n]{1,150}$", ("tagi",)),
        (r"^\W*\d[\d.,]*(?:\s[\d.,]+)*\s+wyświetle(ń|nia)\W*$", ("wyświetle",)),
        # a shop's button: "Kup na Allegro"
        (r"^\W*(kup|zobacz) (na|w)\s+\S+(\s+\S+)?\W*$", ("kup na", "kup w", "zobacz na", "zobacz w")),
        # an A-to-Z menu's entry ("Conditions A to Z")
        (r"^\W*(\w+\s+){0,3}od a do z\W*$", ("a do z",)),
        # a forum post's counters and buttons: "1076 postów", "Posty: 98", "Zgłoś nadużycie"
        (r"^\W*\d[\d\s.,]*\s+(postów|posty|post|wiadomości|wiadomość|polubień|polubienia|polubienie"
         r"|reakcji|reakcje|reakcja)\W*$",
         ("post", "wiadomo", "polubie", "reakcj")),
        (r"^\W*(posty|wiadomości)\s*:\s*\d[\d\s.,]*\W*$", ("posty", "wiadomości")),
        (r"^\W*zgłoś\s+(nadużycie|post|komentarz|wiadomość|naruszenie)\W*$", ("zgłoś",)),
    ),
}  # fmt: skip
