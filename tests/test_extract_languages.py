"""Languages, one file each (``extract/languages/``): every file well-formed; every
category each language but English gives through the rule it feeds, and prose using
the same words kept (English, the rules' first language, is tested rule by rule in
test_extract_boilerplate.py and its neighbours); Dutch, Polish, Russian, Chinese, Japanese
and Korean through more."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType

import lxml.html
import pytest

from articlepipe.extract import languages, phrases
from articlepipe.extract.boilerplate import (
    MAX_PROMPT_WORDS,
    Block,
    clean_blocks,
    is_disclaimer,
    is_meta_block,
    lead_in_rule,
    shop_label_rule,
    words,
)
from articlepipe.extract.content import select_content
from articlepipe.extract.dates import date_near_headline
from articlepipe.extract.dispatch import extract_page
from articlepipe.extract.months import MONTH_NUMBERS
from articlepipe.extract.render import render_text
from articlepipe.models import Page, RelatedLink
from articlepipe.tokens import script_class

PROSE = {
    "nl": (
        "De gemeente heeft dinsdag besloten om het oude zwembad te renoveren, nadat bewoners "
        "twee jaar lang handtekeningen hadden verzameld voor het behoud van het gebouw."
    ),
    "pl": (
        "Rada miasta zdecydowała we wtorek o remoncie starego basenu, po tym jak mieszkańcy "
        "przez dwa lata zbierali podpisy w obronie budynku przy głównej ulicy."
    ),
    "ru": (
        "Городской совет во вторник решил отремонтировать старый бассейн после того, как жители "
        "два года собирали подписи в защиту здания на главной улице."
    ),
    "zh": "市议会周二决定翻修旧游泳馆，此前居民花了两年时间收集签名，要求保留这座建筑。",
    "ja": "市議会は火曜日、住民が二年間かけて署名を集めたことを受けて、古いプールを改修することを決めた。",
    "ko": "시의회는 화요일 주민들이 2년 동안 서명을 모은 끝에 오래된 수영장을 보수하기로 결정했다.",
}
BY_CODE = {module.__name__.rsplit(".", 1)[-1]: module for module in languages.MODULES}
_SPACELESS = re.compile(f"[{script_class('Han', 'Hiragana', 'Katakana')}]")


# --- every file ---------------------------------------------------------------------------
def test_every_file_in_the_folder_is_a_language_the_rules_read() -> None:
    folder = Path(languages.__file__).parent
    files = {path.stem for path in folder.glob("*.py")} - {"__init__"}
    assert (
        files
        == set(BY_CODE)
        == {
            "en",
            "de",
            "fr",
            "es",
            "pt",
            "it",
            "nl",
            "pl",
            "ru",
            "zh",
            "ja",
            "ko",
        }
    )


@pytest.mark.parametrize("module", languages.MODULES, ids=list(BY_CODE))
def test_a_language_file_is_well_formed(module: ModuleType) -> None:
    assert module.__doc__ and module.__doc__.strip()  # names its language
    assert set(module.PHRASES) <= set(languages.CATEGORIES)
    for category in set(module.PHRASES) & set(languages.PLAIN_CATEGORIES):
        entries = module.PHRASES[category]
        assert entries, category
        for entry in entries:
            assert isinstance(entry, str) and entry == entry.lower() == entry.strip() and entry, (
                category,
                entry,
            )
        assert len(set(entries)) == len(entries), f"{category}: an entry written twice"
        # "ё" entries are written once: their "е" spelling is derived (languages.words).
        plain = {str(entry).replace("ё", "е") for entry in entries}
        assert len(plain) == len(entries), f"{category}: an entry written in both spellings"
    for category in set(module.PHRASES) & set(languages.GATED_CATEGORIES):
        for pattern, hints in module.PHRASES[category]:
            re.compile(pattern, re.IGNORECASE)
            assert hints and all(hint == hint.casefold() for hint in hints), (category, pattern)
    # Chinese, Japanese and Korean number their months ("2024年3月5日"): a date shape of its own.
    assert len(module.PHRASES.get("months", ())) == 12 or module.__name__.endswith((".zh", ".ja", ".ko"))


def test_the_merged_categories_are_type_checked() -> None:
    for category in languages.PLAIN_CATEGORIES:
        assert languages.words(category)  # every category is given by some language
    for category in languages.GATED_CATEGORIES:
        assert languages.gated(category)
    assert set(languages.months()) == set(BY_CODE) - {"zh", "ja", "ko"}
    assert languages.month_abbreviations()["en"]["sept"] == 9


# --- each category through its rule -------------------------------------------------------
PAGE_PROSE = (
    "The committee met on Tuesday to review the findings of the two-year study, "
    "which followed more than four thousand patients across eleven hospitals."
)
KEPT = "Most patients finish within six weeks of the first visit."


def _page_text(html: str) -> str:
    return render_text(select_content(lxml.html.fromstring(html)).body)


def _faq_box_kept(heading: str) -> bool:
    """A box of questions after the article, beside its column, kept for its heading."""
    paragraphs = "".join(f"<p>{PAGE_PROSE} Paragraph {i}.</p>" for i in range(10))
    return KEPT in _page_text(
        f"<html><body><div class='layout'><div class='blog-body'><div class='rich'>{paragraphs}</div>"
        f"<div class='box'><h2>{heading}</h2><h3>How long?</h3><p>{KEPT}</p></div></div></div>"
        "<footer><p>Company address and the usual links.</p></footer></body></html>"
    )


def _summary_box_kept(heading: str) -> bool:
    """A summary box before the article's own box, kept for its heading."""
    paragraphs = "".join(f"<p>{PAGE_PROSE} Paragraph {i}.</p>" for i in range(10))
    return KEPT in _page_text(
        f"<html><body><nav><a href='/'>Home</a></nav><div class='article-body'><div class='box'>"
        f"<h4>{heading}</h4><ul><li>{KEPT}</li><li>Paint returns the most per dollar spent.</li></ul></div>"
        f"<div class='main'>{paragraphs}</div></div></body></html>"
    )


def _rule(name: str) -> Callable[[str], bool]:
    return lambda text: lead_in_rule(Block(text=text)) == name


def _consent_small_print(text: str) -> bool:
    # Longer than a prompt: only the consent rule, which asks for its terms, takes it.
    return words(text) > MAX_PROMPT_WORDS and lead_in_rule(Block(text=text)) == "prompt"


def _labelled_notice(text: str) -> bool:
    # The sentence after the label is no disclaimer by itself in mid-article: the label is.
    sentence = re.split("[:：]", text, maxsplit=1)[1]
    return is_disclaimer(Block(text=text), position=0.5) and not is_disclaimer(
        Block(text=sentence), position=0.5
    )


def _bio_at_the_end(text: str) -> bool:
    """A short paragraph after the article's last, taken for its author's bio."""
    blocks = [Block(text=f"{PAGE_PROSE} Paragraph {i}.") for i in range(6)] + [Block(text=text)]
    return any(r.rule == "author-bio" for r in clean_blocks(blocks).removed)


RULES: dict[str, Callable[[str], bool]] = {
    "related": _rule("lead-in"),
    "points_on": _rule("lead-in"),
    "prompts": _rule("prompt"),
    "feedback": _rule("prompt"),
    # The question and its buttons: the answer words are what makes the block one.
    "feedback_answers": _rule("prompt"),
    "consent": _rule("prompt"),
    "consent_terms": _consent_small_print,
    "labels": _rule("label"),
    "shop_labels": lambda text: shop_label_rule(text) is not None,
    "toc": _rule("toc"),
    "newsletter_pitches": _rule("newsletter"),
    "furniture_shapes": _rule("furniture"),
    "result_counters": _rule("furniture"),
    "contact_labels": _rule("furniture"),
    "disclaimer_labels": lambda text: is_disclaimer(Block(text=text), position=0.5),
    "notice_labels": _labelled_notice,
    "disclaimer_sentences": lambda text: is_disclaimer(Block(text=text), position=1.0),
    "affiliate_sentences": lambda text: is_disclaimer(Block(text=text), position=0.5),
    "date_labels": lambda text: is_meta_block(Block(text=text)),
    "months": lambda text: is_meta_block(Block(text=text)),
    "time_prefixes": lambda text: is_meta_block(Block(text=text)),
    "time_suffixes": lambda text: is_meta_block(Block(text=text)),
    "year_suffixes": lambda text: is_meta_block(Block(text=text)),
    "byline_words": lambda text: is_meta_block(Block(text=text)),
    "byline_suffixes": lambda text: is_meta_block(Block(text=text)),
    "family_names": lambda text: is_meta_block(Block(text=text)),
    "faq_headings": _faq_box_kept,
    "summary_headings": _summary_box_kept,
    "bio_verbs": _bio_at_the_end,
    "bio_roles": _bio_at_the_end,
    # The guard: an article-led subject is no name, so the text stays.
    "articles": lambda text: not _bio_at_the_end(text),
    "follow_words": _rule("prompt"),
}
# (language, category, a block its rule takes, prose with the same words that stays)
REACHES: list[tuple[str, str, str, str]] = [
    ("de", "related",
     "Lesen Sie auch: Die Stadt stimmt über neue Radwege ab",
     "Lesen Sie auch die Packungsbeilage, bevor Sie das Mittel nehmen."),
    ("de", "points_on",
     "Lesen Sie auch die folgenden Artikel",
     "Die folgenden Tage waren die schwersten seines Lebens."),
    ("de", "prompts",
     "Folgen Sie uns auf Instagram",
     "Die Polizei rief den Fahrern zu: Folgen Sie uns bis zur Wache."),
    ("de", "consent",
     "Mit der Anmeldung stimmen Sie unseren Bedingungen zu.",
     "Der Anwalt erklärte, mit der Anmeldung stimmen Sie nicht automatisch einem Vertrag zu."),
    ("de", "consent_terms",
     "Mit der Anmeldung stimmen Sie zu, dass wir Ihnen regelmäßig E-Mails mit Angeboten, Neuigkeiten und "
     "Hinweisen zu Veranstaltungen schicken; die Einwilligung können Sie jederzeit widerrufen, einen Link "
     "dazu finden Sie in jeder Nachricht, und weitere Informationen lesen Sie in unseren Hinweisen zum "
     "Datenschutz auf dieser Seite.",
     "Der Datenschutz ist dem Verein wichtig, sagte die Vorsitzende am Montag."),
    ("de", "labels",
     "Werbung",
     "Die Werbung im Fernsehen wird im nächsten Jahr teurer."),
    ("de", "toc",
     "Inhaltsverzeichnis",
     "Das Inhaltsverzeichnis des Buches ist zwölf Seiten lang."),
    ("de", "disclaimer_labels",
     "Haftungsausschluss: Alle Angaben ohne Gewähr.",
     "Der Haftungsausschluss im Vertrag wurde vom Gericht gekippt."),
    ("de", "notice_labels",
     "Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung.",
     "Hinweis: Die Straße ist ab Montag gesperrt."),
    ("de", "disclaimer_sentences",
     "Dieser Artikel ersetzt keine ärztliche Beratung.",
     "Das neue System ersetzt nicht die alte Anlage am Bahnhof."),
    ("de", "disclaimer_sentences",
     "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.",
     "Der Minister gibt die Meinung der Regierung wieder, nicht seine eigene."),
    ("de", "disclaimer_sentences",
     "Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.",
     "Die Redaktion hat ihre Meinung zum Stadion nach der Abstimmung geändert."),
    ("de", "disclaimer_sentences",
     "Mehr über unsere redaktionellen Richtlinien lesen Sie hier.",
     "Die Zeitung hat ihre redaktionellen Richtlinien im Frühjahr geändert."),
    ("de", "newsletter_pitches",
     "Die wichtigsten Nachrichten jeden Morgen in Ihr Postfach",
     "Das Postfach am Bahnhof wird Ende des Monats geschlossen."),
    ("de", "furniture_shapes",
     "Seite 2 von 5",
     "Auf Seite 2 von 5 steht die Antwort auf die Frage."),
    ("de", "furniture_shapes",
     "Bildnachweis: dpa",
     "Der Bildnachweis fehlte in der gedruckten Ausgabe."),
    ("de", "contact_labels",
     "Kontakt: redaktion@example.de",
     "Kontakt zur Redaktion: Schreiben Sie uns an redaktion@example.de."),
    ("de", "date_labels",
     "Zuletzt aktualisiert am 5. März 2024",
     "Zuletzt aktualisiert wurde die Karte vor Jahren."),
    ("de", "months",
     "5. März 2024",
     "Im März 2024 wurde die Brücke nach langem Streit endlich eröffnet."),
    ("de", "time_prefixes",
     "5. März 2024 um 10:39",
     "Am 5. März 2024 um 10:39 stürzte die Brücke ein."),
    ("de", "time_suffixes",
     "5. März 2024, 10:39 Uhr",
     "Um 10:39 Uhr stürzte am 5. März 2024 die Brücke ein."),
    ("de", "byline_words",
     "Von Anna Schmidt",
     "Von Anfang an war klar, dass das Projekt scheitert."),
    ("de", "faq_headings",
     "Häufig gestellte Fragen",
     "Warum Leser häufig gestellte Fragen nicht lesen"),
    ("de", "summary_headings",
     "Das Wichtigste in Kürze",
     "Warum das Wichtigste in Kürze oft fehlt"),
    ("fr", "related",
     "Lire aussi : La ville vote sur les pistes cyclables",
     "Lire aussi la notice avant de prendre le médicament, conseille le pharmacien."),
    ("fr", "points_on",
     "Lire aussi les articles suivants",
     "Les articles suivants du règlement ont été modifiés hier."),
    ("fr", "prompts",
     "Suivez-nous sur Instagram",
     "Le guide a dit aux touristes : suivez-nous jusqu'au sommet."),
    ("fr", "consent",
     "En vous inscrivant, vous acceptez nos conditions.",
     "Le juge a rappelé qu'en vous inscrivant, vous acceptez un contrat."),
    ("fr", "consent_terms",
     "En vous inscrivant, vous acceptez de recevoir chaque semaine nos lettres d'information, nos offres et"
     " les invitations à nos événements ; vous pouvez vous désinscrire à tout moment grâce au lien présent "
     "dans chaque message, et vous trouverez plus de détails dans notre politique de confidentialité sur ce"
     " site.",
     "La confidentialité des échanges est garantie par la loi, rappelle le juge."),
    ("fr", "labels",
     "Publicité",
     "La publicité à la télévision coûtera plus cher l'an prochain."),
    ("fr", "toc",
     "Sommaire",
     "Le sommaire du livre compte douze pages."),
    ("fr", "disclaimer_labels",
     "Avis de non-responsabilité : ces informations sont fournies sans garantie.",
     "L'avis de non-responsabilité du contrat a été annulé par le tribunal."),
    ("fr", "notice_labels",
     "Avertissement : cet article ne remplace pas l'avis de votre médecin.",
     "Avertissement : la route sera fermée lundi."),
    ("fr", "disclaimer_sentences",
     "Cet article ne remplace pas l'avis de votre médecin.",
     "Le nouveau tramway ne remplace pas le bus de nuit."),
    ("fr", "disclaimer_sentences",
     "Cet article n'engage que son auteur.",
     "Ce projet n'engage que la mairie, a précisé le maire lundi."),
    ("fr", "disclaimer_sentences",
     "Les opinions exprimées dans ce blog ne reflètent pas nécessairement celles de la rédaction.",
     "Les opinions exprimées par les habitants lors de la réunion étaient très partagées."),
    ("fr", "disclaimer_sentences",
     "Consultez notre charte éditoriale pour en savoir plus.",
     "La ligne éditoriale du journal a changé avec le nouveau directeur."),
    ("fr", "newsletter_pitches",
     "Recevez nos meilleurs articles dans votre boîte mail",
     "La boîte aux lettres du village a été repeinte en jaune."),
    ("fr", "furniture_shapes",
     "Page 2 sur 5",
     "La réponse se trouve à la page 2 sur 5 du rapport."),
    ("fr", "furniture_shapes",
     "Crédits : AFP",
     "Les crédits du film ont duré dix minutes."),
    ("fr", "date_labels",
     "Dernière mise à jour le 5 mars 2024",
     "Dernière mise à jour du logiciel a corrigé la faille."),
    ("fr", "months",
     "5 mars 2024",
     "En mars 2024, la ville a enfin ouvert le nouveau pont."),
    ("fr", "time_prefixes",
     "5 mars 2024 à 10h39",
     "Le 5 mars 2024 à 10h39, le pont s'est effondré."),
    ("fr", "byline_words",
     "Par Marie Dupont",
     "Par beau temps, la vue depuis le sommet est superbe."),
    ("fr", "faq_headings",
     "Questions fréquentes",
     "Pourquoi les questions fréquentes restent sans réponse"),
    ("fr", "summary_headings",
     "En bref",
     "En bref, le maire a tout refusé"),
    ("es", "related",
     "Lee también: La ciudad vota sobre nuevos carriles bici",
     "Lee también el prospecto antes de tomar el medicamento, aconseja el farmacéutico."),
    ("es", "points_on",
     "Lee también los siguientes artículos",
     "Los siguientes días fueron los más duros de su vida."),
    ("es", "prompts",
     "Síguenos en Instagram",
     "El guía dijo a los turistas: síguenos hasta la cima."),
    ("es", "consent",
     "Al suscribirte, aceptas nuestras condiciones.",
     "El juez recordó que al suscribirte, aceptas un contrato."),
    ("es", "consent_terms",
     "Al suscribirte, aceptas recibir cada semana nuestros boletines, ofertas e invitaciones a eventos de "
     "la comunidad; puedes darte de baja en cualquier momento con el enlace que aparece en cada mensaje, y "
     "encontrarás más detalles sobre el tratamiento de tus datos en nuestra política de privacidad en esta "
     "web.",
     "La privacidad de los pacientes está protegida por la ley, recordó el juez."),
    ("es", "labels",
     "Publicidad",
     "La publicidad en televisión será más cara el próximo año."),
    ("es", "toc",
     "Índice",
     "El índice del libro ocupa doce páginas."),
    ("es", "disclaimer_labels",
     "Aviso legal: la información se ofrece sin garantía.",
     "El aviso legal del contrato fue anulado por el tribunal."),
    ("es", "notice_labels",
     "Aviso importante: este artículo no sustituye el consejo de su médico.",
     "Aviso importante: la carretera estará cerrada el lunes."),
    ("es", "disclaimer_sentences",
     "Este artículo no sustituye el consejo de su médico.",
     "El nuevo tranvía no sustituye al autobús nocturno."),
    ("es", "disclaimer_sentences",
     "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
     "Las opiniones expresadas por los vecinos en la asamblea fueron muy distintas."),
    ("es", "disclaimer_sentences",
     "Consulta nuestra política editorial para saber más.",
     "La línea editorial del periódico cambió con el nuevo director."),
    ("es", "disclaimer_sentences",
     "Las opiniones expresadas en este artículo son responsabilidad exclusiva del autor.",
     "Las opiniones expresadas por los lectores llenaron tres páginas del diario."),
    ("es", "newsletter_pitches",
     "Recibe las mejores noticias en tu bandeja de entrada",
     "La bandeja de plata de la abuela se vendió en la subasta."),
    ("es", "furniture_shapes",
     "Página 2 de 5",
     "La respuesta está en la página 2 de 5 del informe."),
    ("es", "furniture_shapes",
     "Créditos: EFE",
     "Los créditos de la película duraron diez minutos."),
    ("es", "date_labels",
     "Última actualización: 5 de marzo de 2024",
     "Última actualización del programa corrigió el fallo."),
    ("es", "months",
     "5 de enero de 2024",
     "En enero de 2024 la ciudad inauguró por fin el nuevo puente."),
    ("es", "time_prefixes",
     "5 de marzo de 2024 a las 10:39",
     "El 5 de marzo de 2024 a las 10:39 se derrumbó el puente."),
    ("es", "byline_words",
     "Por Ana García",
     "Por la mañana, la vista desde la cima es preciosa."),
    ("es", "faq_headings",
     "Preguntas frecuentes",
     "Por qué nadie lee las preguntas frecuentes"),
    ("es", "summary_headings",
     "En resumen",
     "En resumen, el alcalde lo rechazó todo"),
    ("pt", "related",
     "Leia também: A cidade vota novas ciclovias",
     "Leia também a bula antes de tomar o remédio, aconselha o farmacêutico."),
    ("pt", "points_on",
     "Leia também os seguintes artigos",
     "Os seguintes dias foram os mais difíceis da sua vida."),
    ("pt", "prompts",
     "Siga-nos no Instagram",
     "O guia disse aos turistas: siga-nos até o topo."),
    ("pt", "consent",
     "Ao se inscrever, você concorda com os termos.",
     "O juiz lembrou que ao se inscrever, você concorda com um contrato."),
    ("pt", "consent_terms",
     "Ao se inscrever, você concorda em receber toda semana as nossas mensagens, ofertas e convites para "
     "eventos da comunidade; você pode cancelar a inscrição a qualquer momento pelo link em cada mensagem, "
     "e encontra mais detalhes sobre o uso dos seus dados na nossa política de privacidade publicada neste "
     "site.",
     "A privacidade dos pacientes é protegida por lei, lembrou o juiz."),
    ("pt", "labels",
     "Publicidade",
     "A publicidade na televisão vai ficar mais cara no próximo ano."),
    ("pt", "toc",
     "Sumário",
     "O sumário do livro ocupa doze páginas."),
    ("pt", "disclaimer_labels",
     "Isenção de responsabilidade: as informações são fornecidas sem garantia.",
     "A isenção de responsabilidade do contrato foi anulada pelo tribunal."),
    ("pt", "disclaimer_sentences",
     "Este artigo não substitui a consulta médica.",
     "O novo bonde não substitui o ônibus noturno."),
    ("pt", "disclaimer_sentences",
     "As opiniões expressas neste artigo são de inteira responsabilidade do autor.",
     "As opiniões expressas pelos moradores na reunião foram muito diferentes."),
    ("pt", "disclaimer_sentences",
     "Os artigos assinados não refletem necessariamente a opinião do jornal.",
     "O contrato assinado pelo prefeito prevê a obra até o fim do ano."),
    ("pt", "newsletter_pitches",
     "Receba as melhores notícias na sua caixa de entrada",
     "A caixa de ferramentas do avô foi vendida no leilão."),
    ("pt", "date_labels",
     "Atualizado em 5 de março de 2024",
     "Atualizado em tempo real, o painel mostra os votos."),
    ("pt", "months",
     "5 de março de 2024",
     "Em março de 2024 a cidade inaugurou finalmente a nova ponte."),
    ("pt", "time_prefixes",
     "5 de março de 2024 às 10:39",
     "No dia 5 de março de 2024 às 10:39 a ponte caiu."),
    ("pt", "faq_headings",
     "Perguntas frequentes",
     "Por que ninguém lê as perguntas frequentes"),
    ("pt", "summary_headings",
     "Em resumo",
     "Em resumo, o prefeito recusou tudo"),
    ("it", "related",
     "Leggi anche: La città vota sulle nuove piste ciclabili",
     "Leggi anche il foglietto prima di prendere il farmaco, consiglia il farmacista."),
    ("it", "points_on",
     "Leggi anche i seguenti articoli",
     "I seguenti giorni furono i più difficili della sua vita."),
    ("it", "prompts",
     "Seguici su Instagram",
     "La guida disse ai turisti: seguici fino alla cima."),
    ("it", "consent",
     "Iscrivendoti, accetti i termini del servizio.",
     "Il giudice ha ricordato che iscrivendoti, accetti un contratto."),
    ("it", "consent_terms",
     "Iscrivendoti, accetti di ricevere ogni settimana le nostre lettere, offerte e inviti agli eventi "
     "della comunità; puoi annullare l'iscrizione in qualsiasi momento con il link presente in ogni "
     "messaggio, e trovi maggiori dettagli sul trattamento dei tuoi dati nella nostra informativa "
     "pubblicata su questo sito.",
     "L'informativa del comune sui rifiuti è arrivata in ritardo, dicono i residenti."),
    ("it", "labels",
     "Pubblicità",
     "La pubblicità in televisione costerà di più l'anno prossimo."),
    ("it", "toc",
     "Indice",
     "L'indice del libro occupa dodici pagine."),
    ("it", "disclaimer_labels",
     "Esclusione di responsabilità: le informazioni sono fornite senza garanzia.",
     "L'esclusione di responsabilità del contratto è stata annullata dal tribunale."),
    ("it", "notice_labels",
     "Avvertenza: questo articolo non sostituisce il parere del medico.",
     "Avvertenza: la strada sarà chiusa lunedì."),
    ("it", "disclaimer_sentences",
     "Questo articolo non sostituisce il parere del medico.",
     "Il nuovo tram non sostituisce l'autobus notturno."),
    ("it", "disclaimer_sentences",
     "Le opinioni espresse in questo articolo sono dell'autore e non riflettono necessariamente "
     "quelle della redazione.",
     "Le opinioni espresse dai cittadini durante l'assemblea erano molto diverse."),
    ("it", "disclaimer_sentences",
     "Le opinioni espresse in questo articolo sono di esclusiva responsabilità dell’autore.",
     "Le opinioni espresse dai lettori hanno riempito tre pagine del giornale."),
    ("it", "newsletter_pitches",
     "Ricevi le notizie migliori nella tua casella di posta",
     "La casella della lotteria vincente era la numero sette."),
    ("it", "furniture_shapes",
     "Crediti: Ansa",
     "I crediti del film sono durati dieci minuti."),
    ("it", "date_labels",
     "Ultimo aggiornamento: 5 marzo 2024",
     "Ultimo aggiornamento del programma ha corretto l'errore."),
    ("it", "months",
     "5 maggio 2024",
     "Nel maggio 2024 la città ha finalmente inaugurato il nuovo ponte."),
    ("it", "time_prefixes",
     "5 marzo 2024 alle 10:39",
     "Il 5 marzo 2024 alle 10:39 il ponte è crollato."),
    ("it", "byline_words",
     "Di Marco Rossi",
     "Di solito la vista dalla cima è splendida."),
    ("it", "faq_headings",
     "Domande frequenti",
     "Perché nessuno legge le domande frequenti"),
    ("it", "summary_headings",
     "In sintesi",
     "In sintesi, il sindaco ha rifiutato tutto"),
    ("nl", "related",
     "Lees ook: De gemeente stemt over nieuwe fietspaden",
     "Lees ook de bijsluiter goed door voordat je met de kuur begint, zegt de apotheker."),
    ("nl", "points_on",
     "Lees ook de volgende artikelen",
     "De volgende dagen waren de zwaarste van zijn leven."),
    ("nl", "prompts",
     "Volg ons op Instagram",
     "De gids zei tegen de toeristen: volg ons op de smalle paden naar de top."),
    ("nl", "consent",
     "Door je aan te melden ga je akkoord met de voorwaarden.",
     "Volgens de jurist geldt: door je aan te melden ga je akkoord met een contract."),
    ("nl", "consent_terms",
     "Door je aan te melden ga je akkoord dat wij je elke week e-mails sturen met aanbiedingen, nieuws en "
     "uitnodigingen voor evenementen; je kunt je op elk moment weer uitschrijven via de link onderaan elk "
     "bericht, en meer details over het gebruik van je gegevens lees je in ons privacybeleid op deze "
     "website.",
     "Het privacybeleid van de gemeente werd dinsdag door de raad besproken."),
    ("nl", "labels",
     "Advertentie",
     "De advertentie in de krant kostte de vereniging veel geld."),
    ("nl", "toc",
     "Inhoudsopgave",
     "De inhoudsopgave van het boek beslaat twaalf pagina's."),
    ("nl", "disclaimer_labels",
     "Vrijwaring: aan deze informatie kunnen geen rechten worden ontleend.",
     "De vrijwaring in het contract werd door de rechter vernietigd."),
    ("nl", "notice_labels",
     "Let op: dit artikel vervangt geen medisch advies.",
     "Let op: de weg is vanaf maandag afgesloten."),
    ("nl", "disclaimer_sentences",
     "Dit artikel vervangt geen medisch advies.",
     "Het nieuwe systeem vervangt niet het oude station, maar komt ernaast te staan."),
    ("nl", "disclaimer_sentences",
     "De hier geuite meningen zijn die van de auteur en weerspiegelen niet noodzakelijk die van de redactie.",
     "De geuite meningen tijdens de bewonersavond liepen sterk uiteen."),
    ("nl", "newsletter_pitches",
     "Ontvang elke week het beste nieuws in je inbox",
     "Spam komt vaak in je inbox terecht als je filter niet goed staat."),
    ("nl", "date_labels",
     "Laatst bijgewerkt op 5 maart 2024",
     "Laatst bijgewerkt werd de kaart jaren geleden."),
    ("nl", "time_suffixes",
     "Bijgewerkt om 10:30 uur",
     "Om 10:30 uur stortte de brug op 5 maart 2024 in."),
    ("nl", "months",
     "5 maart 2024",
     "In maart 2024 ging de nieuwe brug eindelijk open."),
    ("nl", "time_prefixes",
     "5 maart 2024 om 10:39",
     "Op 5 maart 2024 om 10:39 stortte de brug in."),
    ("nl", "faq_headings",
     "Veelgestelde vragen",
     "Waarom niemand de veelgestelde vragen leest"),
    ("nl", "summary_headings",
     "In het kort",
     "In het kort geding won de gemeente"),
    ("pl", "related",
     "Czytaj także: Rada miasta głosuje nad ścieżkami rowerowymi",
     "Czytaj także uważnie ulotkę przed rozpoczęciem leczenia, radzi farmaceuta."),
    ("pl", "points_on",
     "Czytaj także następujące artykuły",
     "Następujące dni były najtrudniejsze w jego życiu."),
    ("pl", "prompts",
     "Obserwuj nas na Instagramie",
     "Przewodnik powiedział turystom: obserwuj nas na szlaku i nie zostawaj w tyle."),
    ("pl", "consent",
     "Zapisując się, akceptujesz regulamin.",
     "Prawnik wyjaśnił, że zapisując się, akceptujesz umowę."),
    ("pl", "consent_terms",
     "Zapisując się, akceptujesz otrzymywanie co tydzień wiadomości z ofertami, nowościami i zaproszeniami "
     "na wydarzenia; w każdej chwili możesz zrezygnować za pomocą linku w każdej wiadomości, a więcej "
     "szczegółów o przetwarzaniu danych znajdziesz w naszej polityce prywatności na tej stronie "
     "internetowej wydawnictwa.",
     "Regulamin szkoły zmieniono w zeszłym tygodniu po długiej dyskusji."),
    ("pl", "labels",
     "Reklama",
     "Reklama w telewizji będzie w przyszłym roku droższa."),
    ("pl", "toc",
     "Spis treści",
     "Spis treści tej książki zajmuje dwanaście stron."),
    ("pl", "disclaimer_labels",
     "Zastrzeżenie: artykuł ma charakter informacyjny.",
     "Zastrzeżenie w umowie zostało uchylone przez sąd."),
    ("pl", "notice_labels",
     "Uwaga: ten artykuł nie zastępuje porady lekarza.",
     "Uwaga: droga będzie zamknięta od poniedziałku."),
    ("pl", "disclaimer_sentences",
     "Ten artykuł nie zastępuje porady lekarza ani farmaceuty.",
     "Nowa linia tramwajowa nie zastępuje autobusu, ale skraca dojazd do centrum."),
    ("pl", "disclaimer_sentences",
     "Opinie wyrażone w tekście są prywatnymi opiniami autora.",
     "Opinie wyrażone przez mieszkańców na zebraniu były bardzo różne."),
    ("pl", "disclaimer_sentences",
     "Poglądy autora nie muszą być zgodne ze stanowiskiem redakcji.",
     "Minister spotkał się z redakcją, a jego słowa spotkały się ze stanowiskiem redakcji."),
    ("pl", "newsletter_pitches",
     "Otrzymasz najlepsze artykuły prosto na twoją skrzynkę",
     "Ulotki wyborcze trafiły w piątek na skrzynkę pocztową każdego mieszkańca."),
    ("pl", "date_labels",
     "Ostatnia aktualizacja: 5 marca 2024",
     "Ostatnia aktualizacja programu naprawiła błąd."),
    ("pl", "months",
     "5 marca 2024",
     "Od 5 marca minęło wiele dni, zanim otwarto nowy most."),
    ("pl", "time_prefixes",
     "5 marca 2024 o 10:39",
     "Dnia 5 marca 2024 o 10:39 zawalił się most."),
    ("pl", "faq_headings",
     "Najczęściej zadawane pytania",
     "Dlaczego nikt nie czyta sekcji często zadawane pytania"),
    ("pl", "summary_headings",
     "W skrócie",
     "W skrócie można powiedzieć, że burmistrz odmówił"),
    ("de", "feedback",
     "War dieser Artikel hilfreich?",
     "War dieser Artikel hilfreich für die Ermittler? Nur zum Teil, sagt der Bericht."),
    ("fr", "feedback",
     "Cet article vous a-t-il été utile ?",
     "Cet article vous a été utile pour préparer le voyage, nous dit une lectrice de Lyon."),
    ("es", "feedback",
     "¿Fue útil este artículo?",
     "Fue útil este artículo de la ley para los inquilinos, según el ministerio."),
    ("pt", "feedback",
     "Este artigo foi útil?",
     "Este artigo foi útil para a defesa no julgamento, segundo o advogado."),
    ("it", "feedback",
     "Questo articolo ti è stato utile?",
     "Questo articolo è stato utile ai giudici per decidere, secondo la sentenza."),
    ("nl", "feedback",
     "Was dit artikel nuttig?",
     "Was dit artikel nuttig voor de rechter? Alleen ten dele, zegt het verslag."),
    ("pl", "feedback",
     "Czy ten artykuł był pomocny?",
     "Czy ten artykuł był pomocny dla śledczych? Tylko częściowo, mówi raport."),
    ("de", "bio_verbs",
     "Anna Schmidt schreibt als Redakteurin über Gesundheit und Medizin.",
     "Der Verlag schreibt, die Redakteurin sei am Montag entlassen worden."),
    ("de", "bio_roles",
     "Anna Schmidt ist Journalistin und lebt mit ihrer Familie in Köln.",
     "Eine Journalistin aus Köln hat den Preis am Montag gewonnen."),
    ("fr", "bio_verbs",
     "Marie Dubois est journaliste et vit à Lyon depuis dix ans.",
     "Le Monde est un journal dont la rédactrice en chef a démissionné."),
    ("fr", "bio_roles",
     "Marie Dubois écrit pour plusieurs magazines comme rédactrice spécialisée en santé.",
     "La rédactrice du journal a démissionné mardi."),
    ("es", "bio_verbs",
     "Ana García es periodista y vive en Madrid con su familia.",
     "El País es un diario cuya periodista ganó el premio."),
    ("es", "bio_roles",
     "Ana García escribe sobre salud y es redactora de la sección de ciencia.",
     "La periodista fue liberada el lunes por la tarde."),
    ("pt", "bio_verbs",
     "Ana Souza é jornalista e vive em Lisboa com a família.",
     "O Globo é um jornal cuja jornalista ganhou o prêmio."),
    ("pt", "bio_roles",
     "Ana Souza escreve sobre saúde e é colunista do jornal.",
     "A colunista foi premiada na segunda-feira."),
    ("it", "bio_verbs",
     "Giulia Rossi è giornalista e vive a Milano con la famiglia.",
     "Il Corriere è un giornale la cui giornalista ha vinto il premio."),
    ("it", "bio_roles",
     "Giulia Rossi scrive di salute ed è redattrice del giornale.",
     "La giornalista è stata liberata lunedì sera."),
    ("nl", "bio_verbs",
     "Anna Jansen is journalist en woont met haar gezin in Utrecht.",
     "De Volkskrant schrijft dat de journalist de prijs won."),
    ("nl", "bio_roles",
     "Anna Jansen schrijft over gezondheid en is redacteur van de krant.",
     "Een journalist uit Utrecht won maandag de prijs."),
    ("pl", "bio_verbs",
     "Anna Nowak jest redaktorką i mieszka z rodziną w Krakowie.",
     "Redakcja pisze, że dziennikarz dostał nagrodę."),
    ("pl", "bio_roles",
     "Anna Nowak pisze o zdrowiu jako dziennikarz i bloger.",
     "Dziennikarz z Krakowa dostał nagrodę w poniedziałek."),
    ("de", "furniture_shapes",
     "Schlagwörter: Gesundheit, Ernährung, Schlaf",
     "Die Schlagwörter der Kampagne: Freiheit, Gleichheit und Bildung für alle."),
    ("de", "furniture_shapes",
     "1.234 Aufrufe",
     "Das Video hatte nach einem Tag schon 1.234 Aufrufe."),
    ("fr", "furniture_shapes",
     "Étiquettes : santé, sommeil, nutrition",
     "Les étiquettes : elles indiquent la composition du produit."),
    ("fr", "furniture_shapes",
     "1 234 vues",
     "La vidéo a dépassé les 1 234 vues en une heure."),
    ("es", "furniture_shapes",
     "Etiquetas: salud, sueño, nutrición",
     "Las etiquetas: muchas veces no dicen la verdad sobre el producto."),
    ("es", "furniture_shapes",
     "1.234 visitas",
     "El museo recibió 1.234 visitas durante el fin de semana."),
    ("pt", "furniture_shapes",
     "Etiquetas: saúde, sono, nutrição",
     "As etiquetas: muitas vezes não dizem a verdade sobre o produto."),
    ("pt", "furniture_shapes",
     "1.234 visualizações",
     "O vídeo teve 1.234 visualizações no primeiro dia."),
    ("it", "furniture_shapes",
     "Tag: salute, sonno, alimentazione",
     "Il tag: un'etichetta che descrive il contenuto."),
    ("it", "furniture_shapes",
     "1.234 visualizzazioni",
     "Il video ha superato le 1.234 visualizzazioni in un giorno."),
    ("nl", "furniture_shapes",
     "Trefwoorden: gezondheid, slaap, voeding",
     "De trefwoorden: ze bepalen hoe de site gevonden wordt."),
    ("nl", "furniture_shapes",
     "1.234 weergaven",
     "De video had na een dag al 1.234 weergaven."),
    ("pl", "furniture_shapes",
     "Tagi: zdrowie, sen, odżywianie",
     "Wszystkie tagi: trzeba je dodać przed publikacją."),
    ("pl", "furniture_shapes",
     "1 234 wyświetleń",
     "Film miał 1 234 wyświetleń w pierwszym dniu."),
    # a skip link to the content alone; a sentence opening with its words stays
    ("de", "labels",
     "Zum Inhalt springen",
     "Zum Inhalt springen wir später, sagte die Lehrerin."),
    ("fr", "labels",
     "Aller au contenu",
     "Aller au contenu de la loi, c'est ce que demande le syndicat."),
    ("es", "labels",
     "Saltar al contenido",
     "Saltar al contenido del informe sin leer el resumen es un error."),
    ("pt", "labels",
     "Pular para o conteúdo",
     "Pular para o conteúdo do relatório sem ler o resumo é um erro."),
    ("it", "labels",
     "Vai al contenuto",
     "Vai al contenuto della legge, dice il sindacato, non al titolo."),
    ("nl", "labels",
     "Naar de inhoud springen",
     "Naar de inhoud springen zonder de inleiding te lezen is een fout."),
    ("pl", "labels",
     "Przejdź do treści",
     "Przejdź do treści umowy, zanim ją podpiszesz, radzi prawnik."),
    ("ru", "labels",
     "Перейти к содержимому",
     "Перейти к содержимому доклада он смог только через час."),
    ("zh", "labels",
     "跳至内容",
     "他直接跳至内容部分，没有看前言。"),
    ("ja", "labels",
     "コンテンツへスキップ",
     "彼はコンテンツへスキップしたが、序文は読まなかった。"),
    ("ko", "labels",
     "본문 바로가기",
     "본문 바로가기 기능은 시각 장애인에게 중요하다고 전문가가 말했다."),
    # a listing's result counter alone in its block; a sentence giving the count stays
    ("de", "result_counters",
     "Zeige 1–24 von 291 Ergebnissen",
     "Die Suche ergab 291 Ergebnisse, von denen nur wenige passten."),
    ("fr", "result_counters",
     "Affichage de 1 à 24 sur 291 résultats",
     "La recherche a donné 291 résultats, dont peu étaient utiles."),
    ("es", "result_counters",
     "Mostrando 1–24 de 291 resultados",
     "La búsqueda dio 291 resultados, pero pocos eran útiles."),
    ("pt", "result_counters",
     "Mostrando 1–24 de 291 resultados",
     "A busca deu 291 resultados, mas poucos eram úteis."),
    ("it", "result_counters",
     "Visualizzazione di 1–24 di 291 risultati",
     "La ricerca ha dato 291 risultati, ma pochi erano utili."),
    ("nl", "result_counters",
     "1–24 van 291 resultaten",
     "De zoektocht gaf 291 resultaten, maar weinig waren nuttig."),
    ("pl", "result_counters",
     "Wyświetlanie 1–24 z 291 wyników",
     "Wyszukiwanie dało 291 wyników, ale niewiele było przydatnych."),
    ("ru", "result_counters",
     "Показано 1–24 из 291 товаров",
     "Поиск дал 291 результат, но полезных было мало."),
    ("zh", "result_counters",
     "共 291 个结果",
     "搜索共有291个结果，但有用的不多。"),
    ("ja", "result_counters",
     "291件中 1〜24件を表示",
     "検索で291件がヒットしたが、役に立つものは少なかった。"),
    ("ko", "result_counters",
     "검색결과 291건",
     "검색 결과는 291건이었지만 쓸모 있는 것은 적었다."),
    # a copyright line ending on its reservation; the words leading a sentence stay
    ("de", "furniture_shapes",
     "Musterverlag GmbH. Alle Rechte vorbehalten.",
     "Alle Rechte vorbehalten, sagte der Verlag, als er die Fotos für Schulen freigab."),
    ("fr", "furniture_shapes",
     "Éditions Exemple. Tous droits réservés.",
     "Tous droits réservés, précise l'éditeur, sauf pour les écoles de la région."),
    ("es", "furniture_shapes",
     "Editorial Ejemplo. Todos los derechos reservados.",
     "Todos los derechos reservados, advierte la editorial, salvo para las escuelas."),
    ("pt", "furniture_shapes",
     "Editora Exemplo. Todos os direitos reservados.",
     "Todos os direitos reservados, avisa a editora, exceto para as escolas."),
    ("it", "furniture_shapes",
     "Editore Esempio. Tutti i diritti riservati.",
     "Tutti i diritti riservati, avverte l'editore, tranne che per le scuole."),
    ("nl", "furniture_shapes",
     "Uitgeverij Voorbeeld. Alle rechten voorbehouden.",
     "Alle rechten voorbehouden, zegt de uitgever, behalve voor scholen."),
    ("pl", "furniture_shapes",
     "Wydawnictwo Przykład. Wszelkie prawa zastrzeżone.",
     "Wszelkie prawa zastrzeżone, zaznacza wydawca, poza szkołami."),
    ("ru", "furniture_shapes",
     "Издательство «Пример». Все права защищены.",
     "Все права защищены законом, напомнил юрист, но не все их знают."),
    ("zh", "furniture_shapes",
     "版权所有：示例公司",
     "版权所有者可以授权他人使用作品。"),
    ("ja", "furniture_shapes",
     "このサイトの画像・文章の無断転載を禁じます。",
     "無断転載が問題になっている。"),
    ("ko", "furniture_shapes",
     "무단 전재 및 재배포 금지",
     "무단 횡단을 하던 보행자가 다쳤다."),
    ("de", "furniture_shapes",
     "Jetzt bei Amazon kaufen",
     "Viele Leser kaufen bei Amazon, obwohl der Händler um die Ecke billiger ist."),
    ("fr", "furniture_shapes",
     "Acheter sur Amazon",
     "Acheter sur un coup de tête coûte cher aux ménages endettés."),
    ("es", "furniture_shapes",
     "Comprar en Amazon",
     "Comprar en el mercado del barrio sigue siendo más barato, según el estudio."),
    ("pt", "furniture_shapes",
     "Comprar na Amazon",
     "Comprar na feira do bairro continua mais barato, diz o estudo."),
    ("it", "furniture_shapes",
     "Acquista su Amazon",
     "Acquista su internet il 40 per cento degli italiani, secondo l'Istat."),
    ("nl", "furniture_shapes",
     "Bekijk bij Bol",
     "Bekijk bij twijfel altijd eerst de bijsluiter van het medicijn."),
    ("pl", "furniture_shapes",
     "Kup na Allegro",
     "Kup na targu warzywa od rolnika, radzi dietetyczka z Krakowa."),
    ("de", "articles",
     "Die Journalistin ist seit Montag wieder auf freiem Fuß, sagt ihr Anwalt.",
     "Anna Die ist Journalistin und lebt in Köln."),
    ("fr", "articles",
     "La Journaliste est un film sorti en 2019, selon le distributeur.",
     "Marie Le Goff est journaliste et vit à Brest."),
    ("es", "articles",
     "El Periodista es una novela de 1990, según la editorial.",
     "Ana De La Torre es periodista y vive en Sevilla."),
    ("pt", "articles",
     "O Jornalista é um filme de 1990, segundo a produtora.",
     "Ana O Neill é jornalista e vive no Porto."),
    ("it", "articles",
     "Il Giornalista è un romanzo del 1990, secondo l'editore.",
     "Giulia La Rosa è giornalista e vive a Palermo."),
    ("nl", "articles",
     "De Journalist is een roman uit 1990, aldus de uitgever.",
     "Anna De Boer is journalist en woont in Utrecht."),
    ("de", "furniture_shapes",
     "Krankheiten von A bis Z",
     "Der Ratgeber erklärt alles von A bis Z, sagt die Autorin."),
    ("fr", "furniture_shapes",
     "Maladies de A à Z",
     "Le guide explique tout de A à Z, selon l'autrice."),
    ("es", "furniture_shapes",
     "Enfermedades de la A a la Z",
     "La guía lo explica todo de la A a la Z, según la autora."),
    ("pt", "furniture_shapes",
     "Doenças de A a Z",
     "O guia explica tudo de A a Z, diz a autora."),
    ("it", "furniture_shapes",
     "Malattie dalla A alla Z",
     "La guida spiega tutto dalla A alla Z, dice l'autrice."),
    ("nl", "furniture_shapes",
     "Ziektes van A tot Z",
     "De gids legt alles uit van A tot Z, zegt de auteur."),
    ("pl", "furniture_shapes",
     "Choroby od A do Z",
     "Poradnik wyjaśnia wszystko od A do Z, mówi autorka."),
    ("de", "furniture_shapes",
     "1.076 Beiträge",
     "Im Forum erschienen 1.076 Beiträge zu dem Thema, sagt der Betreiber."),
    ("de", "furniture_shapes",
     "Beitrag melden",
     "Wer einen Beitrag melden will, schreibt den Moderatoren."),
    ("fr", "furniture_shapes",
     "1 076 messages",
     "Le forum a reçu 1 076 messages sur le sujet, dit son fondateur."),
    ("fr", "furniture_shapes",
     "Signaler un abus",
     "Pour signaler un abus, écrivez aux modérateurs du forum."),
    ("es", "furniture_shapes",
     "1.076 mensajes",
     "El foro recibió 1.076 mensajes sobre el tema, dice su fundador."),
    ("es", "furniture_shapes",
     "Denunciar abuso",
     "Para denunciar abuso, escriba a los moderadores del foro."),
    ("pt", "furniture_shapes",
     "1.076 mensagens",
     "O fórum recebeu 1.076 mensagens sobre o tema, diz o fundador."),
    ("pt", "furniture_shapes",
     "Denunciar abuso",
     "Para denunciar abuso, escreva aos moderadores do fórum."),
    ("it", "furniture_shapes",
     "1.076 messaggi",
     "Il forum ha ricevuto 1.076 messaggi sul tema, dice il fondatore."),
    ("it", "furniture_shapes",
     "Segnala abuso",
     "Segnala abuso ai moderatori del forum, chiede il regolamento."),
    ("nl", "furniture_shapes",
     "1.076 berichten",
     "Het forum kreeg 1.076 berichten over het onderwerp, zegt de oprichter."),
    ("nl", "furniture_shapes",
     "Meld misbruik",
     "Meld misbruik bij de moderatoren van het forum, vraagt het reglement."),
    ("pl", "furniture_shapes",
     "2 reakcje",
     "Wpis wywołał 2 reakcje ministrów, podaje agencja."),
    ("pl", "furniture_shapes",
     "1076 postów",
     "Na forum pojawiło się 1076 postów na ten temat, mówi założyciel."),
    ("pl", "furniture_shapes",
     "Zgłoś nadużycie",
     "Zgłoś nadużycie moderatorom forum, prosi regulamin."),
    ("de", "labels",
     "Alle Bewertungen anzeigen",
     "Das Portal will alle Bewertungen anzeigen, auch die negativen, sagt die Sprecherin."),
    ("fr", "labels",
     "Achat vérifié",
     "Chaque achat vérifié donne droit à un avis, explique la plateforme."),
    ("es", "labels",
     "Compra verificada",
     "La compra verificada da derecho a opinar, explica la plataforma."),
    ("pt", "labels",
     "Escrever uma avaliação",
     "Escrever uma avaliação leva dois minutos, diz a loja."),
    ("it", "labels",
     "Vedi tutte le recensioni",
     "Vedi tutte le recensioni prima di comprare, consiglia l'associazione dei consumatori."),
    ("nl", "labels",
     "Schrijf een review",
     "Schrijf een review na elke aankoop, vraagt de winkel aan klanten."),
    ("pl", "labels",
     "Zweryfikowany zakup",
     "Zweryfikowany zakup daje prawo do opinii, wyjaśnia sklep."),
    ("de", "labels",
     "Neues Mitglied",
     "Neues Mitglied im Vorstand ist die Ärztin Anna Berg, teilt der Verein mit."),
    ("fr", "labels",
     "Nouveau membre",
     "Nouveau membre du conseil, le médecin a prêté serment lundi."),
    ("es", "labels",
     "Nuevo miembro",
     "Nuevo miembro del consejo, la médica juró el cargo el lunes."),
    ("pt", "labels",
     "Novo membro",
     "Novo membro do conselho, a médica tomou posse na segunda-feira."),
    ("it", "labels",
     "Nuovo membro",
     "Nuovo membro del consiglio, la dottoressa ha giurato lunedì."),
    ("nl", "labels",
     "Nieuw lid",
     "Nieuw lid van de raad is de arts Anna de Boer, meldt de vereniging."),
    ("pl", "labels",
     "Nowy użytkownik",
     "Nowy użytkownik systemu musi podać numer PESEL, wyjaśnia urząd."),
    ("de", "follow_words",
     "Folgen Sie der Redaktion auf Facebook, Instagram und X.",
     "Folgen Sie den Anweisungen der Polizei auf Facebook, sagt die Stadt."),
    ("fr", "follow_words",
     "Suivez la rédaction sur Facebook, Instagram et X.",
     "Suivez les consignes de la préfecture sur Facebook, dit la mairie."),
    ("es", "follow_words",
     "Sigue a la redacción en Facebook, Instagram y X.",
     "Sigue las instrucciones de la policía en Facebook, dice el ayuntamiento."),
    ("pt", "follow_words",
     "Siga a redação no Facebook, Instagram e X.",
     "Siga as instruções da polícia no Facebook, diz a prefeitura."),
    ("it", "follow_words",
     "Segui la redazione su Facebook, Instagram e X.",
     "Segui le istruzioni della polizia su Facebook, dice il comune."),
    ("nl", "follow_words",
     "Volg de redactie op Facebook, Instagram en X.",
     "Volg de instructies van de politie op Facebook, zegt de gemeente."),
    ("pl", "follow_words",
     "Obserwuj redakcję na Facebooku, Instagramie i X oraz TikTok.",
     "Obserwuj komunikaty policji na Facebooku, mówi urząd miasta."),
    # Russian: every category its file gives, each with prose using the same words.
    ("ru", "related",
     "Читайте также: Городской совет голосует за новые велодорожки",
     "Читайте также внимательно инструкцию перед началом лечения, советует фармацевт."),
    ("ru", "points_on",
     "Читайте также следующие статьи",
     "Следующие дни были самыми трудными в его жизни."),
    ("ru", "prompts",
     "Подпишитесь на нашу рассылку",
     "Лектор попросил студентов: подпишитесь на рассылку кафедры, чтобы не пропустить экзамен."),
    ("ru", "consent",
     "Подписываясь, вы соглашаетесь с условиями.",
     "Юрист пояснил, что, подписываясь, вы соглашаетесь не со всеми пунктами договора."),
    ("ru", "consent_terms",
     "Подписываясь, вы соглашаетесь получать каждую неделю письма с предложениями, новостями и "
     "приглашениями на мероприятия; отписаться можно в любой момент по ссылке в каждом письме, а "
     "подробнее об обработке персональных данных, о сроках их хранения и о ваших правах читайте в "
     "нашей политике на этой странице сайта.",
     "Защита персональных данных важна для клуба, заявила председатель в понедельник."),
    ("ru", "labels",
     "Реклама",
     "Реклама на телевидении в следующем году подорожает."),
    ("ru", "labels",
     "Подтверждённая покупка",
     "Подтверждённая покупка даёт право оставить отзыв, объясняет магазин."),
    ("ru", "labels",
     "Новый участник",
     "Новый участник программы должен указать номер паспорта, объясняет ведомство."),
    ("ru", "toc",
     "Содержание",
     "Содержание этой книги занимает двенадцать страниц."),
    ("ru", "disclaimer_labels",
     "Отказ от ответственности: статья носит информационный характер.",
     "Отказ от ответственности в договоре суд признал недействительным."),
    ("ru", "notice_labels",
     "Внимание: эта статья не заменяет консультацию врача.",
     "Внимание: дорога будет закрыта с понедельника."),
    ("ru", "disclaimer_sentences",
     "Эта статья не заменяет консультацию врача.",
     "Новая трамвайная линия не заменяет автобус, но сокращает дорогу до центра."),
    ("ru", "disclaimer_sentences",
     "Материал носит исключительно информационный характер и не является медицинской рекомендацией.",
     "Встреча носит информационный характер, сообщили в мэрии."),
    ("ru", "disclaimer_sentences",
     "Мнение редакции может не совпадать с мнением автора.",
     "Мнение экспертов может не совпадать с прогнозом министерства, сказал он."),
    ("ru", "newsletter_pitches",
     "Получайте лучшие статьи каждую неделю на вашу почту",
     "Листовки пришли на почту каждого жителя в пятницу."),
    ("ru", "date_labels",
     "Последнее обновление: 5 марта 2024",
     "Последнее обновление программы исправило ошибку."),
    ("ru", "months",
     "5 марта 2024",
     "С 5 марта прошло много дней, прежде чем открыли новый мост."),
    ("ru", "time_prefixes",
     "5 марта 2024 в 10:39",
     "5 марта 2024 в 10:39 обрушился мост через реку."),
    ("ru", "year_suffixes",
     "5 марта 2024 г.",
     "5 марта 2024 года мост через реку обрушился."),
    ("ru", "byline_words",
     "Автор: Иван Петров",
     "Автор романа Иван Петров получил премию в понедельник."),
    ("ru", "faq_headings",
     "Часто задаваемые вопросы",
     "Почему никто не читает раздел часто задаваемые вопросы"),
    ("ru", "summary_headings",
     "Коротко",
     "Коротко говоря, мэр отказался от проекта"),
    ("ru", "feedback",
     "Была ли эта статья полезной?",
     "Была ли эта статья полезной для следствия? Лишь отчасти, говорится в отчёте."),
    ("ru", "bio_verbs",
     "Анна Иванова является редактором и живёт с семьёй в Казани.",
     "Редакция пишет, что журналист получил премию."),
    ("ru", "bio_roles",
     "Анна Иванова пишет о здоровье как журналист и блогер.",
     "Журналист из Казани получил премию в понедельник."),
    ("ru", "follow_words",
     "Подписывайтесь на редакцию в Telegram, ВКонтакте и YouTube.",
     "Следите за новостями погоды в Telegram, советует МЧС."),
    ("ru", "furniture_shapes",
     "Теги: здоровье, сон, питание",
     "Все теги: их нужно добавить до публикации."),
    ("ru", "furniture_shapes",
     "1 234 просмотра",
     "Видео набрало 1 234 просмотра в первый же день."),
    ("ru", "furniture_shapes",
     "Купить на Ozon",
     "Купить на рынке овощи у фермера советует диетолог из Казани."),
    ("ru", "furniture_shapes",
     "Болезни от А до Я",
     "Справочник объясняет всё от А до Я, говорит автор."),
    ("ru", "furniture_shapes",
     "1076 сообщений",
     "На форуме появилось 1076 сообщений на эту тему, говорит основатель."),
    ("ru", "furniture_shapes",
     "Пожаловаться на сообщение",
     "Пожаловаться модераторам форума можно в любое время, говорится в правилах."),
    ("ru", "furniture_shapes",
     "Отправлено с моего iPhone",
     "Отправлено с моего адреса письмо ушло в суд только через неделю, рассказала она."),
    ("ru", "furniture_shapes",
     "Регистрация: 12.08.2008",
     "Регистрация участников конференции 2008 года прошла быстро и без очередей."),
    ("ru", "furniture_shapes",
     "Последнее редактирование: 10 июля 2007",
     "Последнее редактирование текста заняло у автора три недели."),
    ("ru", "furniture_shapes",
     "Изменено пользователем Анна: 12.03.2020 10:45",
     "Изменено: минимальная версия Android 8"),
    ("ru", "furniture_shapes",
     "Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2VtzqwXyZ",
     "Реклама на радио требует пометки erid: так гласит новый закон, пояснил юрист."),
    ("ru", "newsletter_pitches",
     "Наша рассылка",
     "Массовая рассылка спама выросла вдвое"),
    ("ru", "furniture_shapes",
     "Загрузка цен…",
     "Загрузка судна в порту заняла три дня из-за шторма."),
    # Chinese and Japanese: a phrase followed by punctuation or nothing is taken; the same
    # characters running on into prose are not.
    ("zh", "related",
     "相关阅读：如何改善睡眠质量",
     "相关阅读材料显示，睡眠质量与心脏健康密切相关。"),
    ("zh", "related",
     "上一篇：春季养生小知识",
     "上一篇论文的作者在会上介绍了新的研究结果。"),
    ("zh", "consent",
     "订阅即表示您同意我们的隐私政策。",
     "订阅即表示您同意每月支付十元的服务费，这一条款引起了争议。"),
    ("zh", "consent_terms",
     "订阅即表示您同意我们每周向您发送包含优惠、新闻和活动邀请的电子邮件，您可以随时通过每封邮件中的链接取消订阅，"
     "更多信息请参阅我们的隐私政策。",
     "市政府表示，新的隐私政策将于下个月生效。"),
    ("zh", "prompts",
     "分享到：微信 微博 QQ",
     "分享到朋友圈的照片引起了很多讨论，记者了解到。"),
    ("zh", "prompts",
     "返回顶部",
     "返回顶部的登山者说，山上的风非常大。"),
    ("zh", "feedback",
     "本文对您有帮助吗？",
     "本文对您有帮助吗这个问题，调查中只有一半的读者回答了。"),
    ("zh", "feedback_answers",
     "这篇文章对您有帮助吗？ 有帮助 没有帮助",
     "有帮助的是每天散步，医生在周一说。"),
    ("zh", "labels",
     "广告",
     "广告费用明年将上涨百分之十。"),
    ("zh", "labels",
     "阅读全文",
     "阅读全文之后，读者才能理解作者的观点。"),
    ("zh", "toc",
     "目录",
     "目录中的每一章都有一个简短的标题。"),
    ("zh", "disclaimer_labels",
     "免责声明：本文内容仅代表作者个人观点。",
     "免责声明的效力在法庭上受到了质疑。"),
    ("zh", "notice_labels",
     "温馨提示：本文仅供参考，不能代替医生的诊断。",
     "温馨提示：明天早上道路将封闭。"),
    ("zh", "disclaimer_sentences",
     "本文仅供参考，不能代替医生的诊断和治疗建议。",
     "新的电车线路不能代替公交车，但缩短了到市中心的时间。"),
    ("zh", "disclaimer_sentences",
     "市场有风险，投资需谨慎。",
     "专家认为，投资需要长期的耐心和纪律。"),
    ("zh", "disclaimer_sentences",
     "本文仅代表作者个人观点，不代表本站立场。",
     "他说，这本书代表作者对城市历史的理解。"),
    ("zh", "disclaimer_sentences",
     "该文观点仅代表作者本人。",
     "他说，这本书代表作者对城市历史的理解。"),
    ("zh", "disclaimer_sentences",
     "本文为作者独立观点。",
     "这位作者独立完成了全部研究。"),
    ("zh", "disclaimer_sentences",
     "以上内容不代表本站立场。",
     "他的言论不代表公司立场，也不代表本人的全部想法。"),
    ("zh", "newsletter_pitches",
     "订阅我们的周报，每周一发送到您的邮箱",
     "他每天早上都会先检查邮箱里的信件。"),
    ("zh", "date_labels",
     "发布时间：2024-03-05 10:39",
     "发布时间推迟了三周，公司在周一宣布。"),
    ("zh", "byline_words",
     "文／记者 张伟",
     "记者在周一采访了三位医生，了解到新的治疗方法。"),
    ("zh", "byline_words",
     "（责任编辑：李娜）",
     "责任编辑的工作比很多人想象的更复杂。"),
    ("zh", "faq_headings",
     "常见问题",
     "为什么没有人阅读常见问题这一部分"),
    ("zh", "summary_headings",
     "本文要点",
     "本文要点在于说明睡眠和心脏之间的关系"),
    ("zh", "furniture_shapes",
     "标签：睡眠, 心脏, 健康",
     "所有的标签都需要在发布之前添加：编辑部规定。"),
    ("zh", "furniture_shapes",
     "阅读 1,234",
     "阅读是一种很好的习惯，专家说每天阅读 30 分钟就有帮助。"),
    ("ja", "related",
     "あわせて読みたい",
     "あわせて読みたいと思う本を、図書館で三冊借りました。"),
    ("ja", "related",
     "関連記事：睡眠の質を高める方法",
     "関連記事の数は去年より増えたと編集長は話した。"),
    ("ja", "consent",
     "登録することで、利用規約に同意したものとみなされます。",
     "登録することで、ポイントが貯まる仕組みになっている。"),
    ("ja", "consent_terms",
     "登録することで、毎週のお得な情報やニュース、イベントのご案内をメールで受け取ることに同意したものとみなされます。"
     "配信はいつでも停止できます。詳しくはプライバシーポリシーをご覧ください。",
     "市は来月から新しいプライバシーポリシーを適用すると発表した。"),
    ("ja", "prompts",
     "この記事をシェアする",
     "この記事をシェアするかどうか、編集部で長い議論がありました。"),
    ("ja", "prompts",
     "ページトップへ",
     "ページトップへのリンクは、すべてのページに表示されます。"),
    ("ja", "feedback",
     "この記事は役に立ちましたか？",
     "この記事は役に立ちましたかという質問に、読者の半数が答えた。"),
    ("ja", "feedback_answers",
     "この記事は役に立ちましたか？ はい いいえ",
     "はい、と大臣は月曜日に答え、橋は建て直されると述べた。"),
    ("ja", "labels",
     "スポンサーリンク",
     "スポンサーリンクの表示方法が来年から変わります。"),
    ("ja", "labels",
     "広告",
     "広告の料金は来年一割上がる。"),
    ("ja", "toc",
     "目次",
     "目次のそれぞれの章に短い見出しがあります。"),
    ("ja", "disclaimer_labels",
     "免責事項：本記事は情報提供を目的としています。",
     "免責事項の効力が裁判で争われた。"),
    ("ja", "notice_labels",
     "ご注意：本記事は医師の診断に代わるものではありません。",
     "ご注意：明日の朝は道路が閉鎖されます。"),
    ("ja", "disclaimer_sentences",
     "本記事は情報提供を目的としており、医師の診断に代わるものではありません。",
     "新しい路面電車はバスに代わるものではありませんが、移動時間を短くします。"),
    ("ja", "disclaimer_sentences",
     "本記事の内容は執筆者個人の見解であり、所属組織の公式見解ではありません。",
     "市長は会見で、新しい橋の建設について個人的な見解を述べた。"),
    ("ja", "disclaimer_sentences",
     "本稿は筆者個人の見解であり、所属する組織の見解を示すものではありません。",
     "市長は会見で、新しい橋の建設について個人的な見解を述べた。"),
    ("ja", "affiliate_sentences",
     "※本記事にはプロモーションが含まれています。",
     "広告を含む雑誌の売り上げが伸びた、と出版社は話した。"),
    ("ja", "newsletter_pitches",
     "最新情報をメールでお届けします",
     "メールで送られた写真が裁判の証拠になった。"),
    ("ja", "date_labels",
     "公開日：2024年3月5日",
     "公開日が三週間延期されたと会社は月曜日に発表した。"),
    ("ja", "byline_words",
     "著者：山田 太郎",
     "著者は月曜日に三人の医師に話を聞いた。"),
    ("ja", "faq_headings",
     "よくある質問",
     "よくある質問の欄を誰も読まないのはなぜか"),
    ("ja", "summary_headings",
     "この記事のポイント",
     "この記事のポイントは睡眠と心臓の関係を説明することです"),
    ("ja", "furniture_shapes",
     "タグ：睡眠, 心臓, 健康",
     "すべてのタグは公開前に付ける必要がある：編集部の決まりだ。"),
    # Korean: whole words, particles glued on ("기사는") make prose.
    ("ko", "related",
     "관련 기사: 서울시 새 자전거 도로 개통",
     "그는 관련 기사 두 건을 찾았다고 편집국에 말했다."),
    ("ko", "prompts",
     "이 사이트는 쿠키를 사용합니다. 계속 이용하시면 동의한 것으로 간주됩니다.",
     "시청은 이 사이트는 쿠키를 사용합니다 라는 안내문을 내렸다."),
    ("ko", "labels",
     "맨 위로",
     "맨 위로 올라가는 계단은 좁고 가팔랐다고 등산객들은 말했다."),
    ("ko", "labels",
     "구독하기",
     "구독하기 버튼을 누르는 독자가 늘었다고 회사는 밝혔다."),
    ("ko", "feedback",
     "이 기사가 도움이 되었나요?",
     "설문은 \"이 기사가 도움이 되었나요?\" 라고 물었고 독자의 절반이 답했다."),
    ("ko", "feedback_answers",
     "이 기사가 도움이 되었나요? 예 아니오",
     "예, 장관은 월요일에 다리를 다시 짓겠다고 말했다."),
    ("ko", "labels",
     "광고",
     "광고 요금은 내년에 10퍼센트 오를 예정이다."),
    ("ko", "toc",
     "목차",
     "목차의 각 장에는 짧은 제목이 붙어 있다."),
    ("ko", "disclaimer_labels",
     "면책 조항: 이 글은 정보 제공을 위한 것입니다.",
     "면책 조항의 효력이 법정에서 다퉈졌다."),
    ("ko", "notice_labels",
     "참고: 이 글은 의사의 진료를 대신할 수 없습니다.",
     "참고: 내일 아침 도로가 통제됩니다."),
    ("ko", "disclaimer_sentences",
     "이 글은 의사의 진료를 대신할 수 없습니다.",
     "새 노면전차는 버스를 대신할 수 없지만 도심까지 시간을 줄여 준다."),
    ("ko", "disclaimer_sentences",
     "외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.",
     "두 회사의 입장은 서로 다를 수 있다고 장관이 말했다."),
    ("ko", "disclaimer_sentences",
     "이 칼럼은 필자 개인의 의견으로 본지의 견해와 다를 수 있습니다.",
     "두 회사의 견해는 서로 다를 수 있다고 장관이 말했다."),
    ("ko", "affiliate_sentences",
     "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.",
     "카드 수수료를 낮추는 법안이 국회를 통과했다."),
    ("ko", "newsletter_pitches",
     "매주 금요일 아침 메일함으로 찾아갑니다",
     "그는 매일 아침 메일함을 확인하는 습관이 있다고 말했다 그리고 출근했다"),
    ("ko", "date_labels",
     "입력 2024.03.05 10:39",
     "입력 장치가 고장 나서 시험이 미뤄졌다고 학교는 밝혔다."),
    ("ko", "time_prefixes",
     "입력 2024. 3. 5. 오전 10:39",
     "2024. 3. 5. 오전 10:39 다리가 무너졌다."),
    ("ko", "byline_words",
     "글: 김민지",
     "글을 쓰는 일은 생각보다 어렵다고 작가는 말했다."),
    ("ko", "byline_suffixes",
     "홍길동 기자 gildong@example.org",
     "많은 기자들이 현장에 모여 시장의 발표를 기다렸다."),
    ("ko", "family_names",
     "김민지 특파원 (minji@example.org)",
     "김 씨는 시장에서 특파원을 만났다고 말했다."),
    ("ko", "faq_headings",
     "자주 묻는 질문",
     "왜 아무도 자주 묻는 질문 부분을 읽지 않을까"),
    ("ko", "summary_headings",
     "핵심 요약",
     "핵심 요약을 만드는 일은 편집자의 몫이다"),
    ("ko", "furniture_shapes",
     "<저작권자 © 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
     "무단 전재와 재배포는 법으로 금지되어 있다고 변호사는 설명했다. 처벌도 가능하다."),
    ("ko", "furniture_shapes",
     "조회수 1,234",
     "조회수가 1,234회를 넘자 그는 놀라서 영상을 내렸다."),
    # A feedback question with its answer buttons; the answer word in prose stays.
    ("de", "feedback_answers",
     "War dieser Artikel hilfreich? Ja Nein",
     "Ja, sagte der Minister am Montag, die Brücke wird neu gebaut."),
    ("fr", "feedback_answers",
     "Cet article vous a-t-il été utile ? Oui Non",
     "Oui, a répondu la ministre lundi, le pont sera reconstruit."),
    ("es", "feedback_answers",
     "¿Te resultó útil este artículo? Sí No",
     "Sí, dijo el ministro el lunes, el puente será reconstruido."),
    ("pt", "feedback_answers",
     "Este artigo foi útil? Sim Não",
     "Sim, disse o ministro na segunda-feira, a ponte será reconstruída."),
    ("it", "feedback_answers",
     "Questo articolo ti è stato utile? Sì No",
     "Sì, ha detto il ministro lunedì, il ponte sarà ricostruito."),
    ("nl", "feedback_answers",
     "Was dit artikel nuttig? Ja Nee",
     "Ja, zei de minister maandag, de brug wordt herbouwd."),
    ("pl", "feedback_answers",
     "Czy ten artykuł był pomocny? Tak Nie",
     "Tak, powiedział minister w poniedziałek, most zostanie odbudowany."),
    ("ru", "feedback_answers",
     "Была ли эта статья полезной? Да Нет",
     "Да, сказал министр в понедельник, мост будет перестроен."),
    ("de", "shop_labels",
     "Ausverkauft",
     "Ausverkauft war das Stadion zuletzt vor zehn Jahren."),
    ("fr", "shop_labels",
     "Ajouter au panier",
     "Ajouter au panier de la ménagère trois euros par semaine, dit l'étude."),
    ("es", "shop_labels",
     "Agotado",
     "El equipo llegó agotado al final del partido."),
    ("pt", "shop_labels",
     "Esgotado",
     "O estoque ficou esgotado em poucas horas, disse a loja."),
    ("it", "shop_labels",
     "Aggiungi al carrello",
     "Aggiungi al carrello della spesa solo ciò che ti serve davvero."),
    ("nl", "shop_labels",
     "Uitverkocht",
     "Uitverkocht was de zaal al weken voor het concert."),
    ("pl", "shop_labels",
     "Dodaj do koszyka",
     "Dodaj do koszyka tylko to, czego naprawdę potrzebujesz."),
    ("ru", "shop_labels",
     "Нет в наличии",
     "Нет в наличии лекарств, жалуются жители района."),
    ("zh", "shop_labels",
     "已售罄",
     "门票在一小时内已售罄，主办方表示将加场。"),
    ("ja", "shop_labels",
     "売り切れ",
     "売り切れになる前に買いに行った。"),
    ("ko", "shop_labels",
     "품절",
     "그 책은 출간 하루 만에 품절 사태를 빚었다."),
]  # fmt: skip
CASE_IDS = [f"{language}-{category}-{taken[:24]}" for language, category, taken, _ in REACHES]


def _names_its_own_entry(language: str, category: str, text: str) -> bool:
    """Whether ``text`` holds an entry of this language's file in ``category`` (for a
    gated one: a word of the gate of one of its patterns)."""
    entries = BY_CODE[language].PHRASES[category]
    if category in languages.GATED_CATEGORIES:
        return any(hint in text.casefold() for _, hints in entries for hint in hints)
    if category == "family_names" or language == "ko":
        # a family name opens a word ("김" in "김민지"), and Korean glues particles on
        # ("목차의")
        return any(re.search(rf"(?<!\w){re.escape(str(entry))}", text) for entry in entries)
    # Chinese and Japanese write words without spaces: an entry is found as written.
    return any(
        re.search(rf"(?<!\w){re.escape(str(entry))}(?!\w)", text.lower())
        or (_SPACELESS.search(str(entry)) is not None and str(entry) in text.lower())
        for entry in entries
    )


# English, the rules' first language, has its tests rule by rule; a language added is held
# to a row per category.
@pytest.mark.parametrize("language", sorted(set(BY_CODE) - {"en"}))
def test_every_category_a_language_gives_is_tested(language: str) -> None:
    assert set(BY_CODE[language].PHRASES) == {
        category for lang, category, _, _ in REACHES if lang == language
    }


@pytest.mark.parametrize(("language", "category", "taken", "prose"), REACHES, ids=CASE_IDS)
def test_a_category_reaches_its_rule(language: str, category: str, taken: str, prose: str) -> None:
    assert _names_its_own_entry(language, category, taken)
    if category in languages.GATED_CATEGORIES:
        family = BY_CODE[language].PHRASES[category]
        assert any(re.search(pattern, taken, re.IGNORECASE) for pattern, _ in family)
    assert RULES[category](taken)


@pytest.mark.parametrize(("language", "category", "taken", "prose"), REACHES, ids=CASE_IDS)
def test_prose_with_the_same_words_stays(language: str, category: str, taken: str, prose: str) -> None:
    assert _names_its_own_entry(language, category, prose)
    assert not RULES[category](prose)


# --- Dutch, Polish and Russian ---------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "lead_in"),
    [
        ("nl", "Lees ook"),
        ("pl", "Czytaj też"),
        ("ru", "Читайте также"),
        ("zh", "相关阅读："),
        ("ja", "あわせて読みたい"),
        ("ko", "관련 기사"),
    ],
)
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
        ("Читайте также: Городской совет голосует за новые велодорожки", "lead-in"),
        ("Материалы по теме", "lead-in"),
        ("Была ли эта статья полезна? Да Нет", "prompt"),
        ("Подпишитесь на нашу рассылку", "prompt"),
        ("Этот сайт использует файлы cookie.", "prompt"),
        ("Реклама", "label"),
        ("На правах рекламы", "label"),
        ("Вернуться наверх", "prompt"),
        ("Поделиться", "label"),
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
        "По теме доклада выступили три министра и представитель мэрии.",
        "Главное управление полиции сообщило о задержании двух подозреваемых.",
        "Наверх ведёт узкая лестница на чердак старого дома.",
        "По теме Украины президент высказался в понедельник.",
        "Главное",  # a box of the day's top stories, not a summary of the article
        "Печать",
        "Купить в кредит?",
        "Смотреть на звёзды",
        "Каждый день она ходила на почту за пенсией.",
        "Следите за тем, чтобы ребенок не сидел в Telegram и ВКонтакте всю ночь.",
    ],
)
def test_the_same_words_inside_prose_stay(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


@pytest.mark.parametrize(
    "label",
    [
        "Add to Cart",
        "Sold out",
        "Add to wishlist",
        "Quick view",
        "In stock",
        "In den Warenkorb",
        "カートに入れる",
    ],
)
def test_a_shops_control_alone_is_a_label_of_the_body_only(label: str) -> None:
    assert shop_label_rule(label) == "label"
    assert shop_label_rule(f"  {label.upper()} ") == "label"
    # Not a lead-in: on the page, before the content is chosen, it is part of a card.
    assert lead_in_rule(Block(text=label)) is None


@pytest.mark.parametrize(
    "prose",
    [
        "Add to cart the items you want, then check out before midnight.",
        "Compare the two plans before you sign anything.",
        "The concert sold out in four minutes.",
    ],
)
def test_a_shops_words_in_prose_stay(prose: str) -> None:
    assert shop_label_rule(prose) is None
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
        "Отказ от ответственности: статья носит информационный характер.",
        "Информация на сайте не заменяет консультацию врача. Посоветуйтесь со специалистом.",
        "Материал не заменяет профессиональной медицинской консультации.",
        "Не занимайтесь самолечением!",
        "Не занимайтесь самолечением. При первых симптомах обратитесь к врачу.",
        "Имеются противопоказания. Необходимо проконсультироваться со специалистом.",
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
        "Новый закон не заменяет старый, а дополняет его, пояснил депутат.",
        "Проконсультируйтесь с врачом, если симптомы не пройдут через три дня.",
        "Брошюра носит информационный характер и содержит советы для родителей.",
        "Врачи говорят, что пациенты часто не занимаются самолечением, а сразу идут в поликлинику.",
        "У пожилых пациентов имеются противопоказания к операции, поэтому врачи выбрали лекарства.",
        "Телемедицина не заменяет медицинской помощи в больнице, но ускоряет приём, говорит министр.",
    ],
)
def test_prose_with_disclaimer_words_is_not_one(prose: str) -> None:
    assert not is_disclaimer(Block(text=prose), position=1.0)


@pytest.mark.parametrize(
    ("written", "language"), [("5 maart 2024", "nl"), ("5 marca 2024", "pl"), ("5 марта 2024", "ru")]
)
def test_dates_in_the_new_languages(written: str, language: str) -> None:
    assert MONTH_NUMBERS[written.split()[1]] == 3
    assert phrases.DATE_LINE.match(written)
    assert phrases.TOC_LABEL.match({"nl": "Inhoudsopgave", "pl": "Spis treści", "ru": "Содержание"}[language])
    page = lxml.html.fromstring(
        f"<html><body><h1>Een kop van enige lengte</h1><p>Door Anna de Vries, {written}</p>"
        "<p>Het verhaal begint hier.</p></body></html>"
    )
    assert date_near_headline(page, date(2026, 1, 1)) == "2024-03-05"


@pytest.mark.parametrize(
    ("line", "unknown_word"),
    [
        ("5 maart 2024 om 10:39", "5 maart 2024 xyz 10:39"),
        ("5 marca 2024 o 10:39", "5 marca 2024 xyz 10:39"),
        ("5 марта 2024 в 10:39", "5 марта 2024 xyz 10:39"),
    ],
)
def test_a_date_and_its_time_in_the_new_languages(line: str, unknown_word: str) -> None:
    assert is_meta_block(Block(text=line))
    assert not is_meta_block(Block(text=unknown_word))


def test_consent_small_print_in_the_new_languages_is_a_prompt() -> None:
    from articlepipe.extract.phrases import CONSENT_TERMS

    assert CONSENT_TERMS.search("Door je aan te melden ga je akkoord met ons privacybeleid.")
    assert CONSENT_TERMS.search("Zapisując się, akceptujesz regulamin i politykę prywatności.")
    assert CONSENT_TERMS.search("Подписываясь, вы соглашаетесь с политикой конфиденциальности.")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Veelgestelde vragen", "faq"),
        ("Najczęściej zadawane pytania", "faq"),
        ("In het kort", "summary"),
        ("W skrócie", "summary"),
        ("Часто задаваемые вопросы", "faq"),
        ("Коротко", "summary"),
    ],
)
def test_faq_and_summary_headings(heading: str, kind: str) -> None:
    from articlepipe.extract.selectors import FAQ_HEADING, SUMMARY_HEADING

    pattern = FAQ_HEADING if kind == "faq" else SUMMARY_HEADING
    assert pattern.match(heading)
    assert not pattern.match("Het kort geding over de nieuwe haven")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Поделиться ВКонтакте Одноклассники Telegram", "share-row"),
        ("Следите за новостями ВКонтакте и в Telegram", "prompt"),
        ("Подписывайтесь на нас во ВКонтакте и Одноклассники", "prompt"),
        # one network named: prose
        ("Следите за погодой: ВКонтакте пишут, что завтра будет дождь.", None),
    ],
)
def test_russian_pages_networks_are_named_as_share_buttons(text: str, rule: str | None) -> None:
    assert lead_in_rule(Block(text=text)) == rule


@pytest.mark.parametrize(
    "line",
    [
        "5 min leestijd",
        "Leestijd: 5 minuten",
        "5 min czytania",
        "Czas czytania: około 5 minut",
        "5 мин чтения",
        "5 минут на чтение",
        "Время чтения: 7 минут",
        "阅读时间：5分钟",
        "预计阅读时间 约 5 分钟",
        "閱讀時間：5 分鐘",
        "この記事は約3分で読めます",
        "読了時間：5分",
        "읽는 시간 5분",
    ],
)
def test_reading_times_in_the_new_languages(line: str) -> None:
    assert is_meta_block(Block(text=line))


@pytest.mark.parametrize(
    "prose",
    [
        "Na 5 minuten leestijd viel hij in slaap.",
        "Po 5 minutach czytania zasnął przy stole.",
        "Через 5 минут чтения он уснул за столом.",
        "阅读时间：每天晚上九点以后，孩子们在图书馆看书。",
        "5分で読めます、と書かれた本を彼は一晩かけて読んだ。",
    ],
)
def test_reading_time_words_in_prose_stay(prose: str) -> None:
    assert not is_meta_block(Block(text=prose))


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Текст: Анна Иванова", True),
        ("Автор статьи: Иван Петров", True),
        ("By: Ann Lee", True),
        ("Текст закона опубликован в понедельник.", False),
        ("Автор: неизвестен", False),  # no name: a capital opens one
        # Chinese and Japanese names: set apart from the byline word by a colon, a slash or
        # a space, since "作者简介" ("about the author") runs on as a name would.
        ("作者：张伟", True),
        ("作者：Zhang Wei", True),
        ("By:Ann Lee", True),
        ("文／记者 张伟", True),
        ("（责任编辑：李娜）", True),
        ("来源：新华社", True),
        ("著者：山田 太郎", True),
        ("文：佐藤 みゆき", True),
        ("作者简介", False),
        ("作者认为这个问题很复杂。", False),
        ("记者在周一采访了三位医生，了解到新的治疗方法。", False),
        ("著者は月曜日に三人の医師に話を聞いた。", False),
        # Korean: the name after a colon, or first and then what the writer is
        ("글: 김민지", True),
        ("홍길동 기자", True),
        ("홍길동·김민지 기자", True),
        ("김민지 특파원 minji@example.org", True),
        ("글 쓰기 모임 안내", False),
        ("많은 기자들이 현장에 모였다.", False),
    ],
)
def test_a_byline_word_a_colon_and_a_name_in_any_script(line: str, byline: bool) -> None:
    assert is_meta_block(Block(text=line)) is byline


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Читайте ещё: Город голосует за велодорожки", "lead-in"),
        ("Читайте еще: Город голосует за велодорожки", "lead-in"),
        ("Партнёрский материал", "label"),
        ("Партнерский материал", "label"),
        ("Идет загрузка…", "furniture"),
    ],
)
def test_an_entry_written_with_yo_is_read_in_both_spellings(text: str, rule: str) -> None:
    assert "читайте еще" in languages.words("related")
    assert lead_in_rule(Block(text=text)) == rule


# --- Chinese and Japanese ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("2024年3月5日", True),
        ("2024年3月5日（火）", True),
        ("公開日：2024年3月5日", True),
        ("发布时间：2024-03-05 10:39", True),
        ("更新时间：2024/3/5", True),
        ("2024.03.05", True),
        ("2024年3月5日，市政府宣布了新的交通计划。", False),
        ("2024年3月5日に市は新しい計画を発表した。", False),
        ("2024/03/05 xyz", False),
    ],
)
def test_date_lines_written_year_first(line: str, is_date: bool) -> None:
    assert is_meta_block(Block(text=line)) is is_date


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("于2024年3月5日发布", "2024-03-05"),
        ("2024年 3月 5日（火）公開", "2024-03-05"),
        ("2024年13月5日", None),
        ("2024년 3월 5일 입력", "2024-03-05"),
        ("입력 2024.03.05 10:39", "2024-03-05"),
        ("입력 2024. 3. 5. 오전 10:39", "2024-03-05"),
        ("Version 2023.12.01 is out", None),
        ("Founded in 2019. 3. 4 people joined.", None),
        ("v2024.03.01 released", None),
        ("Version: 2024.03.01", None),
    ],
)
def test_a_date_near_the_headline_written_year_first(written: str, expected: str | None) -> None:
    page = lxml.html.fromstring(
        f"<html><body><h1>标题</h1><p>{written}</p><p>正文从这里开始。</p></body></html>"
    )
    assert date_near_headline(page, date(2026, 1, 1)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A phrase that a Chinese or Japanese block opens with, running on into prose: its
        # first character lets the block through the first-word gate, the rules keep it.
        "相关阅读材料显示，睡眠质量与心脏健康密切相关。",
        "分享到朋友圈的照片引起了很多讨论。",
        "广告费用明年将上涨百分之十。",
        "目次のそれぞれの章に短い見出しがあります。",
        "シェアする人が増えたと調査は示している。",
    ],
)
def test_chinese_and_japanese_prose_opening_with_a_phrase_stays(text: str) -> None:
    assert phrases.first_word(text) == text[0]
    assert lead_in_rule(Block(text=text)) is None


@dataclass(frozen=True)
class _HealthPage:
    """A health article in Chinese, Japanese or Korean: its body's markup, the sentences that must
    stay, the furniture that must go, its disclaimer and its related links."""

    lang: str
    body: str
    sentences: tuple[str, ...]
    furniture: tuple[str, ...]
    disclaimer: str
    related: tuple[str, ...]

    def html(self) -> bytes:
        head = "<head><meta charset='utf-8'><title>T</title></head>"
        return f"<html lang='{self.lang}'>{head}<body><article>{self.body}</article></body></html>".encode()


ZH_SENTENCES = (
    "研究人员发现，长期睡眠不足的成年人患心脏病的风险明显更高。这项研究跟踪了五千多名参与者，历时十年。",
    "专家建议，成年人每晚应保证七到九小时的睡眠，并尽量在固定的时间上床休息。",
    "研究还表明，睡眠质量与血压之间存在密切联系，睡眠时间过短的人夜间血压往往难以下降。",
)
JA_SENTENCES = (
    "研究者たちは、慢性的な睡眠不足の成人は心臓病のリスクが明らかに高いことを発見しました。",
    "専門家は、成人は毎晩七時間から九時間の睡眠をとり、決まった時間に寝るよう勧めています。",
    "また、睡眠の質と血圧の間には密接な関係があることも示されました。",
)
ZH_DISCLAIMER = "免责声明：本文仅供参考，不能代替医生的诊断和治疗建议。"
KO_SENTENCES = (
    "연구진은 만성적인 수면 부족을 겪는 성인이 심장병에 걸릴 위험이 뚜렷하게 높다는 사실을 발견했다.",
    "전문가들은 성인이 매일 밤 일곱 시간에서 아홉 시간 동안 자고 일정한 시간에 잠자리에 들 것을 권한다.",
    "또한 수면의 질과 혈압 사이에는 밀접한 관계가 있는 것으로 나타났다.",
)
KO_DISCLAIMER = "면책 조항: 이 글은 정보 제공을 위한 것이며 의사의 진료를 대신할 수 없습니다."
JA_DISCLAIMER = "免責事項：本記事は情報提供を目的としており、医師の診断に代わるものではありません。"
HEALTH_PAGES = [
    _HealthPage(
        lang="zh",
        body=(
            "<h1>睡眠不足如何影响心脏健康</h1><p>发布时间：2024-03-05 10:39</p>"
            "<p>作者：张伟\u3000来源：新华网</p>"
            f"<p>{ZH_SENTENCES[0]}</p><p>{ZH_SENTENCES[1]}</p><p>相关阅读：</p>"
            "<ul><li><a href='/a1'>失眠的十个常见原因</a></li>"
            "<li><a href='/a2'>如何改善睡眠质量</a></li></ul>"
            f"<p>{ZH_SENTENCES[2]}</p><p>{ZH_DISCLAIMER}</p>"
            "<p>分享到：微信 微博 QQ</p><p>本文对您有帮助吗？ 是 否</p><p>标签：睡眠, 心脏, 健康</p>"
            "<p>广告</p><p>上一篇：春季养生小知识</p><p>返回顶部</p><p>（责任编辑：李娜）</p>"
        ),
        sentences=ZH_SENTENCES,
        furniture=(
            "发布时间",
            "张伟",
            "新华网",
            "相关阅读",
            "分享到",
            "有帮助",
            "标签",
            "广告",
            "上一篇",
            "返回顶部",
            "李娜",
        ),
        disclaimer=ZH_DISCLAIMER,
        related=("失眠的十个常见原因", "如何改善睡眠质量"),
    ),
    _HealthPage(
        lang="ja",
        body=(
            "<h1>睡眠不足が心臓に与える影響とは</h1><p>公開日：2024年3月5日</p><p>著者：山田 太郎</p>"
            f"<p>目次</p><p>{JA_SENTENCES[0]}</p><p>{JA_SENTENCES[1]}</p><p>あわせて読みたい</p>"
            "<ul><li><a href='/a1'>不眠の10の原因</a></li>"
            "<li><a href='/a2'>睡眠の質を高める方法</a></li></ul>"
            f"<p>{JA_SENTENCES[2]}</p><p>{JA_DISCLAIMER}</p>"
            "<p>この記事をシェアする</p><p>スポンサーリンク</p>"
            "<p>この記事は役に立ちましたか？ はい いいえ</p>"
            "<p>タグ：睡眠, 心臓, 健康</p><p>ページトップへ</p>"
        ),
        sentences=JA_SENTENCES,
        furniture=(
            "公開日",
            "山田",
            "目次",
            "あわせて",
            "シェア",
            "スポンサー",
            "役に立ち",
            "タグ",
            "ページトップ",
        ),
        disclaimer=JA_DISCLAIMER,
        related=("不眠の10の原因", "睡眠の質を高める方法"),
    ),
    _HealthPage(
        lang="ko",
        body=(
            "<h1>수면 부족이 심장에 미치는 영향</h1><p>입력 2024.03.05 10:39</p><p>홍길동 기자</p>"
            f"<p>목차</p><p>{KO_SENTENCES[0]}</p><p>{KO_SENTENCES[1]}</p><p>관련 기사</p>"
            "<ul><li><a href='/a1'>불면증의 열 가지 원인</a></li>"
            "<li><a href='/a2'>수면의 질을 높이는 방법</a></li></ul>"
            f"<p>{KO_SENTENCES[2]}</p><p>{KO_DISCLAIMER}</p>"
            "<p>이 기사를 공유합니다</p><p>광고</p><p>이 기사가 도움이 되었나요? 예 아니오</p>"
            "<p>맨 위로</p><p>&lt;저작권자 © 건강신문, 무단 전재 및 재배포 금지&gt;</p>"
        ),
        sentences=KO_SENTENCES,
        furniture=("입력", "홍길동", "목차", "관련 기사", "공유", "광고", "도움이", "맨 위로", "무단"),
        disclaimer=KO_DISCLAIMER,
        related=("불면증의 열 가지 원인", "수면의 질을 높이는 방법"),
    ),
]


@pytest.mark.parametrize("page", HEALTH_PAGES, ids=[page.lang for page in HEALTH_PAGES])
def test_an_east_asian_health_page_keeps_its_sentences_and_loses_its_furniture(
    page: _HealthPage,
) -> None:
    article = extract_page(Page(url="https://example.org/health/1", body=page.html()))
    for sentence in page.sentences:
        assert sentence in article.text
    for furniture in page.furniture:
        assert furniture not in article.text
    assert article.disclaimer == page.disclaimer
    assert tuple(link.title for link in article.related) == page.related
    assert article.published == "2024-03-05"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # what Chinese, Japanese and Korean pages print: taken
        ("【相关阅读】", "lead-in"),
        ("［责任编辑：王小明］", "byline"),
        ("文｜张伟", "byline"),
        ("文＝山田太郎", "byline"),
        ("作者：张伟\u3000来源：新华网", "byline"),
        ("2024年3月5日 星期二", "byline"),
        ("发布于 2024-03-05", "byline"),
        ("2024-3-5", "byline"),
        ("Updated 2024/03/05", "byline"),
        ("发布于 2024.3.5", "byline"),
        ("浏览次数：1234", "furniture"),
        ("1234人已阅读", "furniture"),
        ("本文仅代表作者个人观点，不代表本站立场。", "disclaimer"),
        ("本文仅供参考，不构成投资建议。", "disclaimer"),
        ("转载请注明出处", "disclaimer"),
        ("（完）", "label"),
        ("扫码关注我们", "prompt"),
        ("本記事はアフィリエイト広告を利用しています。", "disclaimer"),
        ("トップに戻る", "prompt"),
        # prose, an event's date, a timeline's month, a version: kept
        ("时间：2024年3月15日（星期五）", None),
        ("2023年10月", None),
        ("<저작권자 © 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "furniture"),
        ("<ⓒ경향신문(https://www.khan.co.kr), 무단전재 및 재배포 금지>", "furniture"),
        ("ⓒ 중앙일보", "furniture"),
        ("홍길동 기자 (gildong@example.org)", "byline"),
        ("입력 2024.03.05(화) 10:39", "byline"),
        ("조회 1,234회", "furniture"),
        ("카카오톡 페이스북 트위터", "share-row"),
        ("이 리뷰는 업체로부터 제품을 무상으로 제공받아 작성했습니다.", "disclaimer"),
        ("본 자료는 투자 권유가 아닙니다.", "disclaimer"),
        ("읽는 시간 약 5분", "byline"),
        ("微信 微博 QQ空间", "share-row"),
        ("Twitter Facebook はてブ LINE Pocket", "share-row"),
        ("微信和微博上的讨论很多。", None),
        ("맨 위로 올라가는 계단은 좁았다.", None),
        ("인플루언서들이 게시물에 광고비를 받은 사실을 표시하지 않아 과징금을 물게 됐다.", None),
        ("가입하면 누구나 보험금을 받을 수 있는 것은 아니라고 금융당국은 설명했다.", None),
        ("차례", None),
        ("좋아요.", None),
        ("사진 기자", None),
        ("스포츠 기자", None),
        ("베이징 특파원", None),
        ("사진 AI 시대의 저작권", None),
        ("글: 짧고 굵게", None),
        ("업데이트 1.20", None),
        ("그는 이 정보가 의사의 진료를 대신할 수 없다고 강조했다.", None),
        ("금융감독원 관계자는 투자 판단의 책임은 결국 투자자 본인에게 있다며 신중한 투자를 당부했다.", None),
        ("2024- 3- 5", None),
        ("更新时间：10:39", "byline"),
        ("Version  2023.12.01", None),
        ("Version, 2023.12.01", None),
        ("【相关阅读】睡眠不足会带来哪些健康问题", "lead-in"),
        ("[관련기사] 수면 부족이 심장에 미치는 영향", "lead-in"),
        ("分享：微信 微博 豆瓣 知乎 QQ空间 Facebook", "share-row"),
        ("微信｜微博｜QQ空间", "share-row"),
        ("Line X", None),
        ("作者：张伟 来源：新华网", "byline"),
        ("本帖最後由 張三 於 2024-3-5 10:39 編輯", "furniture"),
        ("フォローする、しないは個人の自由だ。", None),
        ("关注我们，就是关注自己。", None),
        ("专家表示，AI不能代替医生的诊断，只能作为辅助工具。", None),
        ("AIは医師の診断に代わるものではない、と専門家は指摘する。", None),
        ("他说，这篇报道仅代表记者的调查结果。", None),
        ("Version 2023.12.1", None),
        ("Step 2024.3.1", None),
        ("2024/13/05", None),
        ("입력 2024. 3. 5. 오전 10:39", "byline"),
        ("2024년 3월 5일 화요일", "byline"),
        ("2024년 3월 5일 오후 다리가 무너졌다.", None),
    ],
)
def test_east_asian_furniture_and_the_prose_beside_it(text: str, rule: str | None) -> None:
    """The rule that takes each block (a byline, date or reading-time line as "byline",
    as at the body's edges), or none for prose."""
    block = Block(text=text)
    taken = (
        lead_in_rule(block)
        or ("byline" if is_meta_block(block) else None)
        or ("disclaimer" if is_disclaimer(block, position=1.0) else None)
    )
    assert taken == rule
