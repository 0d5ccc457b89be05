"""Each boilerplate rule removes its target and keeps prose that uses the same words."""

from __future__ import annotations

import pytest

from articlepipe.extract.boilerplate import (
    Block,
    clean_blocks,
    doubled_titles,
    is_disclaimer,
    is_filler,
    is_meta_block,
    lead_in_rule,
    words,
)
from articlepipe.models import RelatedLink

PROSE = (
    "The trial enrolled 412 adults across nine hospitals and followed them for two years, "
    "recording blood pressure, sleep and medication use at every visit."
)


def body(*texts: str) -> list[Block]:
    return [Block(text=t) for t in texts]


def kept_texts(blocks: list[Block], title: str = "") -> list[str]:
    cleaned = clean_blocks(blocks, title)
    return [b.text for b, keep in zip(blocks, cleaned.keep, strict=True) if keep]


@pytest.mark.parametrize(
    "text",
    [
        "Also check",
        "You may also like:",
        "Lesen Sie auch",
        "À lire aussi",
        "Te puede interesar",
        "Leia também",
        "Leggi anche",
        "Related Articles",
    ],
)
def test_bare_lead_in_is_removed_with_the_link_list_after_it(text: str) -> None:
    links = (
        RelatedLink("First story title", "https://x.example/1"),
        RelatedLink("Second one", "https://x.example/2"),
    )
    blocks = [
        Block(text=PROSE),
        Block(text=text),
        Block(text="First story title\nSecond one", links=links, link_chars=27, is_list=True),
        Block(text=PROSE + " Again."),
    ]
    cleaned = clean_blocks(blocks)
    assert cleaned.keep == [True, False, False, True]
    assert [r.rule for r in cleaned.removed] == ["lead-in", "lead-in-list"]
    assert cleaned.related == list(links)


@pytest.mark.parametrize(
    "text",
    [
        "Other Posts You May Enjoy",
        "You might also enjoy",
        "More posts",
        "Das könnte Ihnen auch gefallen",
        "Vous pourriez aussi aimer",
        "También te puede gustar",
        "Você pode gostar",
        "Potrebbe piacerti anche",
        "Andere artikelen",
        "Inne artykuły",
    ],
)
def test_an_enjoy_or_other_posts_heading_is_a_related_lead_in(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "lead-in"


@pytest.mark.parametrize(
    "text",
    [
        "Was this article helpful?",
        "How Was This Issue?",
        "Did you find this page helpful? Yes No",
        "Was this article helpful? 👍 👎",
        "War dieser Artikel hilfreich?",
        "Cet article vous a-t-il été utile ?",
        "¿Te resultó útil este artículo?",
        "Este artigo foi útil?",
        "Questo articolo ti è stato utile?",
        "Was dit artikel nuttig?",
        "Czy ten artykuł był pomocny?",
    ],
)
def test_a_feedback_widget_is_a_prompt(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "prompt"


@pytest.mark.parametrize(
    "prose",
    [
        "How was this issue allowed to fester for so long? Nobody on the board could say.",
        "How Was This Issue Resolved?",
        "How was this article sourced? We spoke to twelve former employees and read the filings.",
        "Rate this article's sources yourself: every study we cite is linked below.",
        "Did you find this helpful in planning your trip? Then the second guide covers the return.",
        "Was this page helpful to the investigators? Only partly, the report says.",
        "Le ha resultado útil el tratamiento a la mayoría de los pacientes del estudio.",
    ],
)
def test_prose_asking_whether_something_was_helpful_stays(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


@pytest.mark.parametrize(
    "prose",
    [
        "Other articles in this series argue that rents rose faster than wages.",
        "You may enjoy the walk more in spring, when the path is dry and the views are clear.",
        "Más artículos de la ley entran en vigor el próximo año, según el ministerio.",
        "Weitere Beiträge zur Rente sollen nach dem Beschluss steigen, sagte die Ministerin.",
        "Follow the instructions on Facebook to delete your account, the company said.",
    ],
)
def test_prose_opening_with_the_same_words_stays(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


def test_bare_lead_in_leaves_a_following_prose_paragraph() -> None:
    blocks = body("Related", PROSE)
    assert kept_texts(blocks) == [PROSE]


def test_a_named_header_goes_with_its_list_and_stays_before_prose() -> None:
    links = (RelatedLink("Harbour walls", "https://x.example/h"),)
    listed = [Block(text="More from The Gazette"), Block(text="Harbour walls", links=links, link_chars=13)]
    assert clean_blocks([Block(text=PROSE), *listed]).keep == [True, False, False]
    assert clean_blocks([Block(text=PROSE), *listed]).related == list(links)
    assert kept_texts(body("Related Discoveries", PROSE)) == ["Related Discoveries", PROSE]


@pytest.mark.parametrize(
    "text",
    [
        "Read more: Why sleep matters after sixty",
        "Also read – Council votes on the new cycle lanes",
        "Lesen Sie auch: Warum der Stadtrat die Radwege verschiebt",
        "Lire aussi : Les marchés bio gagnent du terrain",
        "Related Article The Potential of Ketamine in Treating Depression",
    ],
)
def test_lead_in_before_a_title_is_removed(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "lead-in"


@pytest.mark.parametrize(
    "text",
    [
        "You may be interested in the following topics as well.",
        "Lesen Sie auch die folgenden Beiträge zum Thema.",
        "À lire aussi ces articles sur le même sujet.",
        "Te puede interesar estos artículos del mismo tema.",
        "Leia também os seguintes artigos sobre o tema.",
        "Leggi anche i seguenti articoli sul tema.",
        "Lees ook de volgende artikelen over dit onderwerp.",
        "Czytaj też poniższe artykuły na ten temat.",
    ],
)
def test_a_lead_in_pointing_at_what_follows_is_removed(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "lead-in"


def test_lead_in_whose_rest_is_a_link_is_removed_and_the_link_kept() -> None:
    link = RelatedLink("how the new clinic handles referrals", "https://x.example/clinic")
    block = Block(text="See also how the new clinic handles referrals", links=(link,), link_chars=37)
    cleaned = clean_blocks([Block(text=PROSE), block, Block(text=PROSE)])
    assert cleaned.keep == [True, False, True]
    assert cleaned.related == [link]


@pytest.mark.parametrize(
    "prose",
    [
        "Read more about the trial in The Lancet, where the authors describe how patients were chosen.",
        "Related research from Oslo found the same effect in older patients, although the sample was small.",
        "See also how the council handled the same question in 2019, when the budget was larger.",
        "Recommended doses differ between countries, and the authors list each national guideline.",
        "Trending upward since 2020, the figures show more admissions every winter.",
        "Subscribers to the programme received a weekly call from a nurse during the first month.",
        "Patients who subscribe to the programme get a weekly call from a nurse.",
        "Share this information with your doctor before you change the dose.",
        "To top it off, the kitchen adds a spoonful of paprika at the very end.",
        "Follow the instructions on the label and store the tablets below 25 degrees.",
        "Compartir la comida es una costumbre que en muchos pueblos sigue viva.",
        "Teilen sich zwei Familien eine Wohnung, gelten andere Regeln für das Wohngeld.",
        "Advertisement spending rose by eight percent last year, the report says.",
        "Reading time for the average adult is about 250 words a minute, the study found.",
        "Like this: a pinch of salt, then the butter, then the flour, all in one bowl.",
        "Fill out the form carefully: the tax office returns incomplete ones within a week.",
        "Lesen Sie auch diese Hinweise genau, bevor Sie morgen den Vertrag mit dem Vermieter unterschreiben.",
        "Lees ook de volgende passage hardop voor aan de klas voordat de les om negen uur begint.",
        "In partnership with local farmers, the school now serves fresh vegetables at every lunch.",
        "Presented by the city orchestra, the concert raised money for the children's hospital.",
        "En partenariat avec la mairie, l'association rénove trois jardins partagés cette année.",
        "In Zusammenarbeit mit der Universität untersucht die Klinik, wie gut Kinder nachts schlafen.",
        "Buy now from a local dealer, the experts say, because prices will rise again in the spring.",
        "Like this story, the report found that most families saved money by cooking at home.",
        "Teilen Sie den Teig mit einem Messer in vier gleich große Stücke und formen Sie Kugeln.",
        "Check price on several sites before you buy: the same television costs up to 30 % more.",
        "Share it with a friend, or freeze half of the loaf for later.",
        "Zum Angebot bei Lidl gehört ab Montag auch ein Akku-Staubsauger für 59 Euro.",
        "Partagez-le avec vos voisins : ce gâteau se garde trois jours.",
        "Compártelo con tu pareja: este postre rinde para dos raciones.",
        "Condividilo con chi ami: questo dolce si conserva tre giorni.",
        "Sprawdź cenę w kilku sklepach, zanim kupisz telewizor w promocji.",
        "Compartilhe com seus amigos o que está sentindo; psicólogos dizem que ajuda.",
        "Bekijk de prijs bij de kassa altijd na, want fouten komen vaak voor.",
        "Jetzt kaufen bei Discountern mehr Familien ein als je zuvor, zeigt die neue Umfrage.",
    ],
)
def test_the_same_words_inside_prose_stay(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None
    assert kept_texts(body(PROSE, prose, PROSE)) == [PROSE, prose, PROSE]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("To top", "label"),
        ("Back to top ↑", "label"),
        ("Advertisement", "label"),
        ("Nach oben", "label"),
        ("Share this article", "prompt"),
        ("Sign up for our newsletter to get the week's health news in your inbox.", "prompt"),
        ("Follow us on Facebook and Instagram", "prompt"),
        ("Newsletter abonnieren und nichts verpassen", "prompt"),
        ("Abonnez-vous à notre newsletter", "prompt"),
        ("Suscríbete a nuestro boletín semanal", "prompt"),
        ("We use cookies to improve your experience. Accept", "prompt"),
        ("By signing up, you agree to receive recurring automated marketing messages.", "prompt"),
        ("Be the first to know!", "prompt"),
        ("Like this:", "label"),
        ("Best Prices Today:", "label"),
        (
            "Follow The Example Times Opinion section on Facebook, X (@ExampleOpinion) and Instagram.",
            "prompt",
        ),
        ("Follow on social media: TikTok || Instagram || Facebook || YouTube", "prompt"),
        ("Read full review", "label"),
        ("Contributing Writer", "label"),
        ("View all posts by Jane Doe, MD", "prompt"),
        ("View this post on Instagram A post shared by Example Studio (@examplestudio)", "prompt"),
        ("Unlock this article — plus analysis, newsletters and alerts.", "prompt"),
        ("Like\nLoading...", "label"),
        ("Print This Page", "label"),
        ("Show Caption", "label"),
        ("Fill out the form to get a copy of our ebook.", "prompt"),
        ("Thank you for downloading our free template", "prompt"),
        ("Contents hide", "label"),
        ("Republish our articles for free, online or in print, under a Creative Commons license.", "prompt"),
        ("Contact staff writer Jane Doe at 555-0100 or jane@example.org.", "prompt"),
        ("Thanks for visiting!", "label"),
        ("Add as preferred source", "label"),
        ("Buy now from one of our trusted retail partners:", "prompt"),
        ("Jetzt kaufen bei unserem Partnerhändler", "prompt"),
        ("Preis prüfen", "label"),
        ("Check price", "label"),
        ("Voir le prix", "label"),
        ("Ver precio", "label"),
        ("Sprawdź cenę", "label"),
        ("Like this story? Share it with a friend!", "prompt"),
        ("Hat Ihnen dieser Artikel gefallen? Teilen Sie den Artikel mit Ihren Freunden.", "prompt"),
        ("Vous avez aimé cet article ? Partagez-le avec vos amis.", "prompt"),
        ("¿Te gustó este artículo? Compártelo con tus amigos.", "prompt"),
        ("Podobał ci się ten artykuł? Udostępnij go znajomym.", "prompt"),
        ("In partnership with", "label"),
        ("Presented by:", "label"),
        ("In Zusammenarbeit mit", "label"),
        ("En partenariat avec", "label"),
        ("Patrocinado por", "label"),
        ("In samenwerking met", "label"),
    ],
)
def test_prompts_and_labels_are_removed(text: str, rule: str) -> None:
    assert lead_in_rule(Block(text=text)) == rule


def test_doubled_titles_split_into_titles() -> None:
    text = (
        "Boosting Longevity with a Healthy Lifestyle Boosting Longevity with a Healthy Lifestyle "
        "Can Insomnia Lead to Depression? Can Insomnia Lead to Depression?"
    )
    assert doubled_titles(text) == [
        "Boosting Longevity with a Healthy Lifestyle",
        "Can Insomnia Lead to Depression?",
    ]
    assert doubled_titles(PROSE) is None
    assert doubled_titles("very very") is None


def test_doubled_title_insert_goes_to_related_once_in_order() -> None:
    blocks = body(
        PROSE,
        "Related Article Sleep and Mood Sleep and Mood",
        PROSE + " More.",
        "Also check Sleep and Mood Sleep and Mood Walking After Meals Walking After Meals",
    )
    cleaned = clean_blocks(blocks)
    assert cleaned.keep == [True, False, True, False]
    assert [r.title for r in cleaned.related] == ["Sleep and Mood", "Walking After Meals"]
    assert {r.rule for r in cleaned.removed} == {"doubled-title"}


def test_disclaimer_is_moved_out_of_the_body() -> None:
    disclaimer = (
        "Disclaimer: This article serves as general information and should not be considered "
        "medical advice. Consult a healthcare professional."
    )
    cleaned = clean_blocks(body(PROSE, PROSE + " Second.", disclaimer))
    assert cleaned.keep == [True, True, False]
    assert cleaned.disclaimer == [disclaimer]
    assert cleaned.removed[0].rule == "disclaimer"


@pytest.mark.parametrize(
    "text",
    [
        "This article is for informational purposes only and is not a substitute for "
        "professional medical advice.",
        "Hinweis: Dieser Artikel dient nur der Information und ersetzt keine ärztliche Beratung.",
        "Avertissement : cet article ne remplace pas un avis médical.",
        "Aviso: este artículo tiene fines informativos y no sustituye el consejo médico profesional.",
    ],
)
def test_disclaimers_in_several_languages(text: str) -> None:
    assert is_disclaimer(Block(text=text), position=1.0)


@pytest.mark.parametrize(
    "text",
    [
        "This page is for educational purposes and does not replace your doctor's advice.",
        "Medical review: the information here doesn't replace the advice of your physician.",
        "Important: this guide does not replace a visit to your healthcare provider.",
        "Die Inhalte dienen zu Bildungszwecken und ersetzen nicht den Besuch bei Ihrem Arzt.",
        "Dieser Text ersetzt nicht den Rat Ihres Arztes oder Apothekers.",
        "Ce contenu est proposé à des fins éducatives et ne remplace pas l'avis de votre médecin.",
        "Este contenido tiene fines educativos y no reemplaza el consejo de su médico.",
        "Este conteúdo tem fins educativos e não substitui a orientação do seu médico.",
        "Questo articolo ha scopo educativo e non sostituisce il parere del tuo medico.",
    ],
)
def test_medical_notes_are_disclaimers_however_they_start(text: str) -> None:
    assert is_disclaimer(Block(text=text), position=1.0)


@pytest.mark.parametrize(
    "text",
    [
        # Each matched its pattern but held none of the hand-kept gate's words, so the
        # pattern was never searched (found by tests/test_extract_phrases.py).
        "This product is not intended to treat or cure any condition.",
        "Questo testo non intende sostituire il consiglio professionale.",
        "Este artículo no remplaza la atención de un profesional.",
        "We get a small share from qualifying purchases.",
    ],
)
def test_phrasings_the_old_gates_let_through_are_found(text: str) -> None:
    assert is_disclaimer(Block(text=text), position=1.0)


@pytest.mark.parametrize(
    "text",
    [
        "The old mill was bought by the county in 1962 for educational purposes, and school "
        "classes still tour its wheel and grindstones every spring.",
        "Robots will not replace the doctor in the operating room, the surgeons said, but they "
        "already replace the steady hand a long procedure needs.",
        "Das Museum wurde zu Bildungszwecken gegründet und zeigt die Geschichte der Stadt.",
        "Le nouveau logiciel ne remplace pas encore le tableau noir dans les écoles du village.",
        "La biblioteca se abrió con fines educativos para los niños del barrio.",
        "The course is for educational purposes and teaches nurses how to give medical treatment.",
        "Experts agree that chatbots cannot replace the advice of a doctor in most cases.",
    ],
)
def test_prose_with_the_same_words_is_not_a_disclaimer(text: str) -> None:
    assert not is_disclaimer(Block(text=text), position=1.0)


@pytest.mark.parametrize(
    "text",
    [
        # an opinion piece's note, opening its sentence, said of the page, its site or its authors
        "The views expressed in this article are those of the author and do not necessarily "
        "reflect the views of the publisher.",
        "The opinions expressed here are the author’s own and do not necessarily represent "
        "those of Acme Corp.",
        "The views expressed by the authors of this blog are their own and do not necessarily "
        "reflect the views of the network.",
        "Opinions expressed by Forbes Contributors are their own.",
        "Examples are provided to illustrate real-world usage of words in context. Any opinions "
        "expressed do not reflect the views of the dictionary.",
        "All opinions expressed here are my own.",
        # a site's sourcing and editorial-process note, each of its patterns
        "Our site uses only high-quality sources, including peer-reviewed studies, to support the "
        "facts within our articles.",
        "Read our editorial process.",
        "Healthline has strict sourcing guidelines. You can learn more about how we ensure our "
        "content is accurate and current by reading our editorial policy.",
        "Visit this page to learn more about how we fact-check and keep our content accurate.",
        "We updated this article on 27 November 2025. Our editors frequently make updates to "
        "articles to ensure they're up to date.",
        # a transcript's note, each of its patterns
        "Accuracy and availability of radio transcripts may vary.",
        "Transcript text may be revised to correct errors or match updates to audio.",
        "This is a rush transcript. Copy may not be in its final form.",
        "This transcript was automatically generated and may contain errors.",
    ],
)
def test_opinion_editorial_and_transcript_notes_are_disclaimers(text: str) -> None:
    assert is_disclaimer(Block(text=text), position=1.0)
    assert is_disclaimer(Block(text=text), position=0.0)
    # unlabelled, only at the body's edges: in mid-article it is the article's own sentence
    assert not is_disclaimer(Block(text=text), position=0.5)


@pytest.mark.parametrize(
    "text",
    [
        # a story's views, letters, transcripts and editors: reported, not the page's own note
        "He said the views expressed in the letter do not represent the government's position.",
        "The company said the views expressed in the video do not reflect its values.",
        "Fox News said the views expressed by the guest do not reflect the network's editorial position.",
        "Critics argued the views expressed in the article are those of a small minority of scientists.",
        "Still, the views expressed are the author's own, drawn from three decades on the bench.",
        "The views expressed at the meeting were mixed, the council said.",
        "The opinions expressed by voters in the survey varied widely.",
        "The transcript of the hearing was released on Monday.",
        "A court clerk said the transcript may contain errors and would be corrected before the appeal.",
        "The transcript was automatically generated by the video app, which misheard the senator's name.",
        "Going forward, the editor-in-chief said, we will review our editorial guidelines on sources.",
        "Our editors regularly review reader complaints; last year they upheld 40 of them.",
        "Our editors picked the best laptops of the year after testing forty of them.",
        # a review pointing to how it tests: the review's own method, not a disclaimer
        "Read our methodology section to learn more about how we test website builders.",
        # the same in the other languages
        "Die Kündigung des Redakteurs entspricht nicht der Haltung des Verlags, erklärte der Betriebsrat.",
        "Der Sprecher sagte, der Kommentar spiegelt nicht die Meinung der Redaktion wider.",
        "„Wir halten uns an unsere redaktionellen Standards“, sagte der Chefredakteur.",
        "Les opinions exprimées sur les réseaux sociaux ne reflètent pas l'opinion de la majorité.",
        "Les propos exprimés par le ministre ne sont pas ceux du gouvernement, a assuré l'Élysée.",
        "Les propos tenus dans cette vidéo n'engagent que leur auteur, a réagi le club.",
        "Las opiniones expresadas en redes sociales no reflejan el sentir de la mayoría.",
        "Las ideas expresadas por el candidato no representan a su partido, aclaró la dirigencia.",
        "As opiniões expressas pelos eleitores não refletem a realidade do país, segundo o instituto.",
        "Le idee espresse dal ministro non rappresentano la linea del governo, ha precisato il portavoce.",
        "Le opinioni espresse in aula sono personali, ha detto il giudice.",
        "Zijn uitgesproken meningen over migratie weerspiegelen niet het standpunt van de partij.",
        "Opinie zawarte w raporcie nie odzwierciedlają rzeczywistości, twierdzi ministerstwo.",
        "评论家认为，这篇文章代表作者个人观点的转变。",
        "日本文章代表作者的观点。",
        "他的言论不代表公司立场，发言人说。",
        "出版社は、記事の内容は筆者個人の見解だとして訂正を拒んだ。",
        "이번 결정은 자회사의 입장과 무관하다고 그룹 관계자는 말했다.",
        "A씨의 발언은 회사의 입장과 무관하다고 회사 측은 밝혔다.",
    ],
)
def test_prose_about_views_and_transcripts_is_not_a_disclaimer(text: str) -> None:
    assert not is_disclaimer(Block(text=text), position=1.0)


def test_prose_about_advice_is_not_a_disclaimer() -> None:
    text = (
        "It is important to discuss any concerns or potential risks with a medical "
        "professional before treatment."
    )
    assert not is_disclaimer(Block(text=text), position=1.0)
    note = "Note: the clinic is closed on public holidays, so book the second dose early."
    assert not is_disclaimer(Block(text=note), position=1.0)


def test_repeated_headline_and_section_label() -> None:
    title = "Unlocking the Potential of Ketamine"
    cleaned = clean_blocks(body("Mental Health", title, PROSE), title)
    assert cleaned.keep == [False, False, True]
    assert cleaned.category == "Mental Health"
    assert [r.rule for r in cleaned.removed] == ["section-label", "repeated-headline"]


def test_headline_words_in_a_later_paragraph_stay() -> None:
    title = "Ketamine"
    assert kept_texts(body(PROSE, PROSE + " Two.", PROSE + " Three.", "Ketamine"), title)[-1] == "Ketamine"


def test_rules_that_would_empty_the_body_fall_back_to_it() -> None:
    blocks = body(
        "Read more: Why Sleep Matters After Sixty",
        "Also read: Council Votes on the New Cycle Lanes",
        "A real but short line here.",
    )
    cleaned = clean_blocks(blocks)
    assert cleaned.fell_back
    assert cleaned.keep == [True, True, True]
    assert cleaned.removed[0].rule == "fallback"
    assert "kept the unfiltered body" in cleaned.removed[0].text


def test_table_of_contents_goes_with_its_list_and_adds_no_related() -> None:
    toc = Block(text="1 Why it matters\n2 What to do", is_list=True)
    cleaned = clean_blocks([Block(text="Table of Contents"), toc, Block(text=PROSE)])
    assert cleaned.keep == [False, False, True]
    assert [r.rule for r in cleaned.removed] == ["toc", "toc"]
    assert cleaned.related == []


def test_contents_inside_prose_stays() -> None:
    prose = "Contents of the parcel were checked by customs officers before the ferry left."
    assert lead_in_rule(Block(text=prose)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Gabo\nJan 23\n11 min read",
        "Written by Cassidy Horton",
        "Updated: Jan 31",
        "January 22nd, 2019",
        "Reading Time: 11 minutes",
        "Estimated reading time: 4-5 minutes",
        "Temps de lecture : 3 min",
        "24 Apr 2000 • 3 min read",
        "7 min readDec 30, 2013",
        "Edited by",
        "Von",
    ],
)
def test_bylines_dates_and_reading_times_at_the_edges_are_removed(text: str) -> None:
    cleaned = clean_blocks(
        body(text, PROSE, PROSE + " Two.", PROSE + " Three.", PROSE + " Four.", PROSE + " 5.")
    )
    assert cleaned.keep[0] is False
    assert cleaned.removed[0].rule == "byline"


def test_a_sentence_starting_with_by_in_the_body_stays() -> None:
    blocks = body(
        PROSE,
        PROSE + " Two.",
        PROSE + " Three.",
        PROSE + " Four.",
        "By March the clinic had doubled its staff.",
        PROSE + " Five.",
        PROSE + " Six.",
        PROSE + " Seven.",
        PROSE + " 8.",
    )
    assert all(clean_blocks(blocks).keep)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Partager sur Facebook Twitter E-mail", "prompt"),
        ("Share on Facebook Twitter WhatsApp", "prompt"),
        ("Facebook Twitter LinkedIn Email", "share-row"),
        ("Instagram @clinic · Twitter @clinic · Facebook", "share-row"),
        ("Get the Weekly Brief in your inbox every weekday morning.", "newsletter"),
        ("Want more from NBC Select? Sign up for our newsletter, The Selection, and shop smarter.", "prompt"),
        ("Table of Contents", "toc"),
        ("Newsletters", "label"),
    ],
)
def test_share_rows_pitches_and_prompt_sentences(text: str, rule: str) -> None:
    assert lead_in_rule(Block(text=text)) == rule


@pytest.mark.parametrize(
    "prose",
    [
        "Facebook and Twitter both removed the posts within a day, the company said in a statement.",
        "The results landed in your inbox last week? Then you know the trial was stopped early.",
        "Researchers want more from the study. They will sign up for a second round next spring.",
        "4. X (formerly Twitter)",
        "Why X (Twitter)?",
        "Email: help@clinic.example.org (link sends email)",
    ],
)
def test_prose_mentioning_networks_inboxes_and_sign_ups_stays(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


@pytest.mark.parametrize(
    "text",
    [
        "As an Amazon Associate we earn from qualifying purchases.",
        "Products are chosen independently by our editors. We may earn a commission if you buy.",
        "Advertiser Disclosure: some of the offers on this page come from partners.",
    ],
)
def test_affiliate_disclosures_are_disclaimers(text: str) -> None:
    assert is_disclaimer(Block(text=text), position=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Get Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. "
        "Click here for more information.",
        "There's plenty more where that came from. Sign up for The Morning Brief today to get the "
        "free daily newsletter delivered to your inbox daily.",
        "Thanks for signing up!",
        "Keep an eye on your inbox for the latest sports news.",
        "You may also like...",
    ],
)
def test_click_here_confirmations_and_teaser_headers(text: str) -> None:
    assert lead_in_rule(Block(text=text)) is not None


def test_click_here_inside_a_long_paragraph_stays() -> None:
    prose = PROSE + " Patients who could not travel were told to click here for a video call instead."
    assert lead_in_rule(Block(text=prose)) is None


def test_a_capitalised_story_link_is_a_promo_and_goes_to_related() -> None:
    link = RelatedLink("SEAN SPICER ELIMINATED FROM THE SHOW", "https://x.example/s")
    block = Block(text=link.title, links=(link,), link_chars=len(link.title))
    cleaned = clean_blocks([Block(text=PROSE), block, Block(text=PROSE + " More.")])
    assert cleaned.keep == [True, False, True]
    assert cleaned.related == [link]


def test_capitals_without_a_link_or_a_short_link_stay() -> None:
    assert lead_in_rule(Block(text="CONCLUSION AND NEXT STEPS FOR THE TEAM")) is None
    assert (
        lead_in_rule(Block(text="NASA", links=(RelatedLink("NASA", "https://nasa.example"),), link_chars=4))
        is None
    )


@pytest.mark.parametrize(
    "text",
    ["Have a tip? Amy Lee may be reached at amy@example.com. Follow her on Twitter @amy or on Facebook."],
)
def test_contact_prompts_at_the_end_are_removed(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "prompt"


def test_dates_in_several_languages_are_meta_lines() -> None:
    for line in ("sexta-feira, 22 de outubro de 2010 às 20:13", "12. März 2024", "Monday, 3 February 2025"):
        assert is_meta_block(Block(text=line)), line
    assert not is_meta_block(Block(text="The 22 de outubro meeting was the longest of the year."))


@pytest.mark.parametrize(
    "line",
    [
        "Published June 23, 2025 10:39AM",
        "Updated: March 5, 2024 at 10:39 a.m. ET",
        "Last updated on 2024-03-05T10:39",
        "Posted 05/03/2024, 9:15 pm",
        "Aktualisiert am 12. März 2024 um 9.30 Uhr",
        "Veröffentlicht: 12. März 2024, 14:05",
        "Publié le 5 mars 2024 à 14h05",
        "Mis à jour le 5 mars 2024",
        "Publicado el 5 de marzo de 2024 a las 10:30",
        "Atualizado em 5 de março de 2024 às 10:30",
        "Pubblicato il 5 marzo 2024 alle 10:30",
        "Bijgewerkt op 5 maart 2024 om 10:30",
        "Opublikowano 5 marca 2024 o 10:30",
    ],
)
def test_labelled_date_lines_with_a_time_are_meta_lines(line: str) -> None:
    assert is_meta_block(Block(text=line)), line


@pytest.mark.parametrize(
    "line",
    [
        "Updated at 1:23 p.m.",
        "Updated: 3:45 p.m. EST",
        "Aktualisiert um 13:23 Uhr",
        "Dernière mise à jour à 13h23",
        "Actualizado a las 13:23",
        "Última atualização às 10:30",
        "Bijgewerkt om 10:30",
        "Bijgewerkt om 10:30 uur",
        "Mis à jour à 13h23",
        "Atualizado às 10h30",
    ],
)
def test_a_labelled_time_alone_is_an_update_stamp(line: str) -> None:
    assert is_meta_block(Block(text=line)), line


@pytest.mark.parametrize(
    "prose", ["Updated at 1:23 p.m., the forecast now expects snow by evening.", "Updated 2 times since May"]
)
def test_prose_after_an_update_label_is_not_a_stamp(prose: str) -> None:
    assert not is_meta_block(Block(text=prose))


@pytest.mark.parametrize(
    "prose",
    [
        "Published June 23, 2025, the report found that rents rose in every city.",
        "Veröffentlicht am 12. März 2024 wurde der Bericht, der die Mieten untersuchte.",
        "Mis à jour le 5 mars 2024, le guide couvre désormais les trains de nuit.",
        "On March 5, 2024 at 10:30 the council met to vote on the new clinic.",
    ],
)
def test_prose_opening_with_a_date_label_is_not_a_meta_line(prose: str) -> None:
    assert not is_meta_block(Block(text=prose))


@pytest.mark.parametrize(
    "line", ["Saturday, December 13, 2025 at 7:30 PM", "November 5, 2025 19:00", "2025-11-05 19:00"]
)
def test_an_unlabelled_date_with_a_time_is_an_events_content(line: str) -> None:
    # An event page's date and hour are what it announces; only a label ("Published",
    # "Updated") makes a dated time the page's own.
    assert not is_meta_block(Block(text=line))
    assert is_meta_block(Block(text=f"Published {line}"))


def test_a_table_of_contents_label_goes_even_without_its_list() -> None:
    cleaned = clean_blocks(body("Table of Contents", "Table of Contents", PROSE))
    assert cleaned.keep == [False, False, True]


@pytest.mark.parametrize("text", ["[CTA_MODULE]", "{{ newsletter_box }}", "Posted On", "Contact Us"])
def test_template_tags_and_stray_labels(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "label"


@pytest.mark.parametrize(
    "text",
    [
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
        "All investing is subject to risk, including the possible loss of the money you invest.",
    ],
)
def test_licence_and_investment_notices_are_disclaimers(text: str) -> None:
    assert is_disclaimer(Block(text=text), position=1.0)


def test_long_consent_small_print_is_a_prompt_but_prose_about_forms_is_not() -> None:
    consent = (
        "By signing up, you agree to receive recurring automated SMS marketing messages from "
        "Example Deals at the number provided. Msg and data rates may apply. Up to 2 messages a day. "
        "Reply STOP to opt out, HELP for help. Consent is not a condition of purchase. See our "
        "Privacy Policy and Terms of Use for how we look after your details and your number."
    )
    assert words(consent) > 40
    assert lead_in_rule(Block(text=consent)) == "prompt"
    german = (
        "Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu und können sich jederzeit abmelden."
    )
    assert lead_in_rule(Block(text=german)) == "prompt"
    prose = (
        "By submitting this form before the end of April, taxpayers who moved abroad during the year "
        "can claim the allowance for both halves of it, which the tax office says most of them miss; "
        "the form asks for the dates of the move, the address abroad and the employer in each country, "
        "and a copy of the rental contract, which many people no longer have by the spring."
    )
    assert lead_in_rule(Block(text=prose)) is None


def test_prompts_asking_for_support_or_ratings() -> None:
    for text in (
        "Enjoyed this piece? We need your help to keep publishing.",
        "Did you make one of my recipes? Please take a moment to leave a star rating.",
    ):
        assert lead_in_rule(Block(text=text)) == "prompt", text


@pytest.mark.parametrize(
    "text",
    [
        "Page 1 of 8",
        "(Credit: Jane Doe / Example Wire)",
        "Bildnachweis: Max Mustermann",
        "© Jane Doe / Example Images",
        "Use Coupon Code SAVE10 or WELCOME50",
        "Definitions from the Example Dictionary, © Example House, Inc. 2019",
        "© Copyright 2004-2025 Example Press. All Rights Reserved.",
        "Feature image by Girlfriend Collective, all other images via brands mentioned",
        "Get $10 off your first order with code: TRYNOW",
        "Image courtesy of NASA",
        "Tags: Helena, smart thermostat",
        "Tagged with: running, shoes, reviews",
        "Filed under: Health | Nutrition",
        "(Visited 1,902 times, 364 visits today)",
        "1,693 views",
        "12K views",
        "Check Price on Amazon",
        "View deals at Best Buy",
        "Buy at Walmart",
        "Conditions A to Z",
        "Drugs A-Z",
        "1 post",
        "29,553 posts",
        "518 helpful votes",
        "6 Likes",
        "Posts: 1,077",
        "Report inappropriate content",
        "Report this post",
        # placeholders a script fills in, in every language the rules know
        "Loading prices for your region…",
        "Loading up-to-date prices…",
        "Fetching results...",
        "Preise werden geladen …",
        "Chargement des avis…",
        "Cargando…",
        "Carregando comentários...",
        "Caricamento in corso…",
        "Bezig met laden…",
        "Ładowanie…",
        # a forum post's phone-app signature and its author's join date
        "Sent from my SM-S908U using AC Forums mobile app",
        "Sent from my iPhone",
        "Sent from my phone using Tapatalk",
        "Enviado desde mi móvil con Tapatalk",
        "Gesendet von meinem iPhone mit Tapatalk",
        "Von meinem Pixel 7 gesendet",
        "Envoyé de mon iPhone en utilisant Tapatalk",
        "Enviado desde mi SM-G991B mediante Tapatalk",
        "Enviado do meu iPhone usando Tapatalk",
        "Inviato dal mio Pixel 8 utilizzando Tapatalk",
        "Verzonden vanaf mijn iPhone met Tapatalk",
        "Wysłane z mojego SM-A525F przy użyciu Tapatalka",
        "Join Date: Aug 2008",
        "Joined: Mar 12, 2019",
        "Mitglied seit: 14.03.2011",
        "Inscrit le : 3 mai 2015",
        "Miembro desde: 2012",
        "Membro desde: jan 2020",
        "Iscritto dal: 2009",
        "Lid sinds: 12-04-2016",
        "Dołączył: 2014",
        "Date d’inscription : 2015",
        # a post's edit note
        "Last edited: Jul 10, 2007",
        "Last edited by Sulu; 07-10-2007 at 10:45 AM.",
        "Zuletzt bearbeitet: 12.03.2020",
        "Zuletzt bearbeitet von Anna; 12.03.2020 um 10:45 Uhr.",
        "Dernière édition par Luc le 12/03/2020 à 10h45",
        "Última edición por Ana; 12/03/2020 a las 10:45",
        "Editado pela última vez por Rui em 12/03/2020",
        "Ultima modifica: 12/03/2020",
        "Laatst bewerkt: 12 maart 2020",
        "Ostatnio edytowany przez Jan: 12.03.2020",
        # the edit note of forum engines that bracket the time or count the edits
        "Last edited by archuser38013 (2024-08-03 11:02:20)",
        "Last edited by Sulu on Sat Aug 03, 2024 11:02 am, edited 1 time in total.",
        "Zuletzt geändert von Anna am Mo 1. Jan 2024, 10:00, insgesamt 1-mal geändert.",
        "Dernière édition par Luc le lun. 1 janv. 2024 10:00, édité 2 fois.",
        "Última edición por Ana el Lun Ene 01, 2024 10:00 am, editado 1 vez en total.",
        "Ultima modifica di Marco il lun 1 gen 2024, 10:00, modificato 3 volte in totale.",
        "Editado pela última vez por Rui em Seg Jan 01, 2024 10:00 am, em um total de 1 vez.",
        "Laatst gewijzigd door Jan op ma 1 jan 2024, 10:00, 1 keer totaal gewijzigd.",
        "Ostatnio edytowany przez Jan, pn 1 sty 2024, 10:00, edytowano w sumie 1 raz.",
        # a join date written year first
        "Registered: 2024-01-27",
        "Mitglied seit: 2011-11-29",
        "Miembro desde: 2012/04/03",
    ],
)
def test_page_furniture_is_removed(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "furniture"


@pytest.mark.parametrize(
    "prose",
    [
        "Copyright law changed in 2019, and the new rules cover songs as well as books.",
        "The copyright on the song expired in 1990, so anyone can record it now.",
        "Photographers whose images were used without credit can ask for payment.",
        "Tags: the border agency says it checks every lorry.",
        "Price tags rose by a fifth over the winter.",
        "The clip drew 1,693 views in its first hour, the agency said.",
        "Visited 40 times by inspectors, the plant never failed a check.",
        "Check the price on the label before you buy at the market, the regulator advises.",
        "Shoppers who buy at outlets save about a tenth, the survey found.",
        "The guide covers everything from A to Z.",
        "The forum had 29,553 posts by June, and 518 helpful votes went to one answer.",
        "Report inappropriate content to the moderators, the rules say.",
        "Posts: the council will publish them on Friday.",
        "52,134 votes",  # an election's result
        "Loading the van took all morning, and then it rained on the furniture.",
        "Loading… the truck was the hardest part of the move, he said.",
        "Loading up the truck…",
        "Loading into the boats...",
        "Fetching back the nets…",
        "Cargando con la culpa, el ministro dimitió el lunes.",
        "Le chargement des camions a repris lundi…",
        "Sent from my office in Leeds, the letter arrived a week late.",
        "Sent from my phone.",
        "Joined by her sister in 2019, she opened a second shop in the town.",
        "Registered charities filed 2,300 reports in 2023, the regulator said.",
        "Mitglied seit 1998 im Stadtrat, trat sie nun zurück.",
        "Last edited by Maxwell Perkins, the novel lost a third of its pages.",
        "Last edited in 1998, the dictionary is now badly out of date.",
        "Zuletzt bearbeitet hat sie das Buch im Jahr 2019.",
        "Last edited by her son (born 1961), the letters came out in 2004, edited twice in total.",
        "Registered: 2024-01-27 was the day the charity filed its first accounts.",
        "Last edited by her son (born 1961)",
        "Last edited by Maxwell Perkins (1884–1947).",
        "Dernière modification par son fils (né en 1961)",
        "Última edición por su hijo (nacido en 1961)",
        "Last edited by Ann. She died in 1961",
        "Zuletzt bearbeitet von Anna. Das Buch erschien 2019",
        "Von meinem Balkon aus gesehen",
        "Sent from my hospital bed",
        "Enviado desde mi casa",
        "Von meinem Vater gesendet",
        "Gesendet von meinem Sohn aus Berlin",
        "Sent from my London office",
        "Sent from my 2-year-old son",
        "Enviado desde mi Madrid natal",
        "Wysłane z mojego Krakowa",
        "Joined Google in 2015.",
        "Registered nurse since 2004.",
        "Dabei seit der WM 2006.",
        "Membro dal 2001.",
        "Lid sinds 1990.",
        "Dołączył w 2015.",
    ],
)
def test_prose_about_copyright_images_tags_views_and_posts_stays(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


@pytest.mark.parametrize(
    "text", ["See all reviews", "Write a review", "Verified Buyer", "Verified Purchase ✓"]
)
def test_a_shops_review_widget_labels_are_labels(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "label"


@pytest.mark.parametrize(
    "text",
    ["Member", "Well-known member", "New member", "Joined", "Premium Member", "Moderator", "Modérateur"],
)
def test_a_forum_authors_rank_is_a_label(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "label"


@pytest.mark.parametrize(
    "text",
    [
        "Click to expand...",
        "Click to shrink...",
        "Zum Erweitern klicken...",
        "Cliquez pour agrandir...",
        "Haz clic para expandir...",
        "Clique para expandir...",
        "Clicca per espandere...",
        "Klik om uit te vouwen...",
        "Kliknij, aby rozwinąć...",
    ],
)
def test_a_quoted_posts_expander_is_a_label(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "label"


@pytest.mark.parametrize(
    "hostile",
    [
        "Loading " + "…" * 20000 + "x",
        "Loading " + "." * 20000 + "x",
        "Preise werden " + "…" * 20000,
        "Sent from my " + "A" * 50000 + "!",
        "Von meinem " + "1" * 50000 + "!",
        "Wysłane z mojego " + "A1" * 25000 + " x!",
    ],
)
def test_a_long_run_of_ellipses_is_no_placeholder(hostile: str) -> None:
    # The words of a placeholder cannot swallow its ellipsis, nor a signature's device
    # its letters: no backtracking over a block of twenty thousand dots or fifty thousand
    # capitals (seconds to minutes before), and no furniture.
    assert lead_in_rule(Block(text=hostile)) is None


def test_prose_about_expanding_stays() -> None:
    assert lead_in_rule(Block(text="Click to expand the map, then choose the ferry route you want.")) is None


def test_prose_about_members_stays() -> None:
    for prose in ("Member states joined the pact in 2004.", "New member of the board: Dr Ann Lee."):
        assert lead_in_rule(Block(text=prose)) is None


def test_a_review_widgets_question_is_a_prompt_and_prose_about_reviews_stays() -> None:
    assert lead_in_rule(Block(text="Was this review helpful? Yes (4) No (0)")) == "prompt"
    assert lead_in_rule(Block(text="Was this article helpful? 👍 (12) 👎 3")) == "prompt"
    for prose in (
        "We read all reviews before we write a review of our own, the editor says.",
        "A verified buyer left the only one-star rating.",
    ):
        assert lead_in_rule(Block(text=prose)) is None


def test_newsletter_headings() -> None:
    assert lead_in_rule(Block(text="Join Our Genius Newsletter")) == "newsletter"
    assert lead_in_rule(Block(text="Tech World With Milan Newsletter")) == "newsletter"
    prose = "The newsletter went out to 40,000 readers on Friday and most of them opened it."
    assert lead_in_rule(Block(text=prose)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Email: clinic.bookings@example.org",
        "Begin learning a new language today! Unlock up to 55% OFF your subscription today!",
    ],
)
def test_contact_addresses_and_discount_pitches_are_furniture(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "furniture"


def test_an_affiliate_disclosure_is_a_disclaimer_anywhere_but_medical_wording_only_at_the_edges() -> None:
    affiliate = Block(text="SeniorGuide.org is supported by commissions from providers listed on our site.")
    assert is_disclaimer(affiliate, position=0.3)
    medical = Block(text="This test is not intended to diagnose cancer on its own.")
    assert not is_disclaimer(medical, position=0.3)
    assert is_disclaimer(medical, position=0.95)


@pytest.mark.parametrize(
    "prose",
    [
        "By 2030, the city plans to ban petrol cars.",
        "Por eso, el gobierno decidió subir los impuestos.",
        "Par ailleurs, le ministre a démissionné.",
        "10 minutes later.",
        "Edited by hand, the film ran two hours.",
        "By and large, the plan worked.",
    ],
)
def test_sentences_that_look_like_bylines_at_the_edges_stay(prose: str) -> None:
    blocks = body(prose, PROSE, PROSE + " Two.", PROSE + " Three.", PROSE + " Four.", PROSE + " 5.")
    assert clean_blocks(blocks).keep[0] is True


@pytest.mark.parametrize(
    "prose",
    [
        "Recommended: 150 minutes of moderate exercise per week.",
        "Up next: the Senate votes on the bill on Thursday.",
        "Real estate agents earn a commission of about 5% on each sale.",
        "Phishing emails that land in your inbox often impersonate banks.",
        "Retailers offered discounts of up to 70% off during Black Friday.",
        "Get the latest firmware from the vendor's site before installing.",
        "Stay in touch with your doctor during treatment.",
        "Fill out the form I-485 and mail it to the immigration office.",
    ],
)
def test_prose_the_review_found_removed_now_stays(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None
    assert not is_disclaimer(Block(text=prose), position=0.5)


def test_a_list_of_short_items_after_a_named_header_is_content() -> None:
    breeds = Block(text="Labrador Retriever\nGerman Shepherd\nGolden Retriever", is_list=True)
    assert all(clean_blocks([Block(text=PROSE), Block(text="Most Popular Dog Breeds"), breeds]).keep)


def test_related_colon_introduces_its_link_list() -> None:
    link = RelatedLink("Why sleep matters after sixty", "https://x.example/s")
    blocks = [Block(text=PROSE), Block(text="Related:"), Block(text=link.title, links=(link,), link_chars=29)]
    cleaned = clean_blocks(blocks)
    assert cleaned.keep == [True, False, False]
    assert cleaned.related == [link]


def test_a_date_before_the_repeated_headline_is_not_the_category() -> None:
    cleaned = clean_blocks(
        body("Jan 23, 2024", "By Ann Lee", "Ketamine and Sleep", PROSE), "Ketamine and Sleep"
    )
    assert cleaned.category == ""


def test_a_flattened_menu_is_removed_but_ingredient_lines_stay() -> None:
    menu = "\n".join(["Home", "Latest News", "World", "Sports", "Cricket", "Lifestyle"] * 3)
    ingredients = "\n".join(f"{n} cups flour" for n in range(1, 15))
    cleaned = clean_blocks(body(PROSE, menu, ingredients, PROSE + " Again.", PROSE + " Three."))
    assert cleaned.keep == [True, False, True, True, True]
    assert cleaned.removed[0].rule == "menu"


def test_code_is_never_boilerplate_whatever_its_lines_look_like() -> None:
    # Short lines without digits read as a flattened menu, a first line as a prompt.
    code = "\n".join(
        ["componentDidMount() {", "  subscribe();", "}", "render() {", "  return null;", "}"] * 3
    )
    prompt = "Share this\nconst share = navigator.share;"
    blocks = [
        Block(text=PROSE),
        Block(text=code, is_code=True),
        Block(text=prompt, is_code=True),
        Block(text=PROSE),
    ]
    assert clean_blocks(blocks).keep == [True, True, True, True]
    assert clean_blocks([Block(text=PROSE), Block(text=code), Block(text=PROSE)]).keep == [True, False, True]


def test_a_lead_in_pointing_at_what_follows_is_a_header() -> None:
    assert lead_in_rule(Block(text="You may be interested in the following topics as well")) == "lead-in"
    prose = "You may be interested in the history of the bridge, which opened in 1932 after years of delay."
    assert lead_in_rule(Block(text=prose)) is None


def test_follow_the_writer_pitch() -> None:
    assert lead_in_rule(Block(text="Join Inkwell for free to get updates from this writer.")) == "newsletter"
    prose = "Readers can get updates from the council website, which posts the agenda a week ahead."
    assert lead_in_rule(Block(text=prose)) is None


@pytest.mark.parametrize(
    "prose",
    [
        "Sign up for a streaming account for $11.99 a month and add the bundle later.",
        "Clip the $10 off coupon on the product page",
        "Cover image: artist's impression of the lighting installation at the light festival on the canal",
    ],
)
def test_deal_instructions_and_captions_stay(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


def _story(n: int) -> list[str]:
    return [
        f"{PROSE} This is paragraph {i} of the story, which says something new each time." for i in range(n)
    ]


def test_a_second_copy_of_the_article_goes() -> None:
    story = _story(6)
    blocks = body(*story, *story)
    cleaned = clean_blocks(blocks)
    assert [b.text for b, keep in zip(blocks, cleaned.keep, strict=True) if keep] == story
    assert [r.rule for r in cleaned.removed] == ["repeated-block"] * 6


def test_copies_of_the_article_do_not_trigger_the_fallback() -> None:
    # Three copies are two thirds of the blocks; dropping two still leaves the article.
    story = _story(6)
    blocks = body(*story, *story, *story)
    cleaned = clean_blocks(blocks)
    assert not cleaned.fell_back
    assert [b.text for b, keep in zip(blocks, cleaned.keep, strict=True) if keep] == story


def test_the_fallback_still_drops_the_copies() -> None:
    story = _story(6)
    inserts = [f"Read more: Why Sleep Matters After Sixty, part {i}" for i in range(40)]
    blocks = body(*story, *story, *inserts)
    cleaned = clean_blocks(blocks)
    assert cleaned.fell_back
    assert [b.text for b, keep in zip(blocks, cleaned.keep, strict=True) if keep] == story + inserts
    assert [r.rule for r in cleaned.removed] == ["fallback"] + ["repeated-block"] * 6


def test_short_repeats_of_the_article_stay() -> None:
    question = "What did you cook first when you started, and what would you cook for friends today?"
    interview = body(question, PROSE, question, PROSE + " Later.", question, PROSE + " Much later.")
    assert len(kept_texts(interview)) == 6
    day = ["Breakfast", f"Oats with berries and milk. {PROSE}", "Lunch", f"Lentil soup with bread. {PROSE}"]
    plan = body(*_story(8), *day, *day)  # the same day twice: under a quarter of the body
    assert len(kept_texts(plan)) == 16


# --- an author's bio after the article ---------------------------------------------------
ARTICLE = [PROSE + f" Part {i}." for i in range(6)]


def _bio_rules(blocks: list[str], authors: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    cleaned = clean_blocks(body(*blocks), authors=authors)
    return [(r.rule, r.text) for r in cleaned.removed]


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        # the byline's name, then a bio's verb
        (["Rebecca Norris is a full-time freelance writer living in the Washington, D.C. area."],
         ("Rebecca Norris",)),
        # the first name alone
        (["Lauren has written for the blog since 2018 and covers technology and finance."],
         ("Lauren Miller",)),
        # credentials after the name, and a footnote mark before it
        (["*Angela Holliday-Bell, MD, is a board-certified pediatrician and sleep specialist."],
         ("Angela Holliday-Bell, MD*",)),
        # no byline: any name, a bio's verb and a role
        (["Julia Gralberg is a freelance travel writer and the editor of two hotel guides."], ()),
        (["Manoj Jain is adjunct faculty at Emory University.",
          "Jagpreet Chhatwal is an associate professor and a contributor to the Appeal."],
         ("Manoj Jain", "Jagpreet Chhatwal")),
        # the byline's name in other languages; capitals outside ASCII
        (["Anna Schmidt schreibt seit 2010 über Medizin und Forschung."], ("Anna Schmidt",)),
        (["Marie Dubois écrit sur la santé depuis dix ans à Lyon."], ("Marie Dubois",)),
        (["Łukasz Nowak jest dziennikarzem i mieszka w Gdańsku od lat."], ()),
        (["Anna Żak jest dziennikarką i mieszka w Krakowie od lat."], ()),
    ],
)  # fmt: skip
def test_an_authors_bio_after_the_article_is_removed(tail: list[str], authors: tuple[str, ...]) -> None:
    removed = _bio_rules([*ARTICLE, *tail], authors)
    assert [rule for rule, _ in removed] == ["author-bio"] * len(tail)


def test_the_name_and_role_printed_above_a_bio_go_with_it() -> None:
    tail = ["Contributing Writer", "Rebecca Norris", "Rebecca Norris is a writer living in Maryland."]
    removed = _bio_rules([*ARTICLE, *tail], ("Rebecca Norris",))
    assert [rule for rule, _ in removed] == ["label", "byline", "author-bio"]


@pytest.mark.parametrize(
    ("blocks", "authors"),
    [
        # the story is about the journalist it ends on: her name is in it before
        ([PROSE, "Maria Ressa was arrested again on Monday.", *ARTICLE,
          "Maria Ressa is a journalist who founded the news site in 2012."], ()),
        # a brand signing the post names itself in its text
        ([*ARTICLE, "Acme has shipped pumps since 1950.", PROSE,
          "Acme is dedicated to engineering services that meet the highest standards."],
         ("Acme Official",)),
        # a name and a verb, but no role: a person the article is about
        ([*ARTICLE, "John Smith is a retired teacher who still walks the route every morning."], ()),
        # a bio's words in the middle of the article
        (["Julia Gralberg is a freelance travel writer and editor.", *ARTICLE], ()),
        # the author's name starting a sentence without a bio's verb
        ([*ARTICLE, "Rebecca Norris said the venue was booked a year ahead."], ("Rebecca Norris",)),
        # a longer word starting with the author's first name
        ([*ARTICLE, "Jones said the club would appeal the decision on Monday morning."], ("Jon Smith",)),
        # a word that starts with a role ("authority", "editorial") is no role
        ([*ARTICLE, "John Smith is the head of the regional health authority in the north."], ()),
        # a subject led by an article is no name
        ([*ARTICLE, "The Prime Minister is a longtime critic of the paper and its writers."], ()),
        # a short body's first paragraph is never a bio
        (["Maria Ressa is a Filipino journalist who won the Nobel Peace Prize.", PROSE, PROSE + " 2."],
         ()),
    ],
)  # fmt: skip
def test_prose_that_names_a_person_at_the_end_stays(blocks: list[str], authors: tuple[str, ...]) -> None:
    assert [rule for rule, _ in _bio_rules(blocks, authors) if rule == "author-bio"] == []


# --- a template's filler the site left in ------------------------------------------------
LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt "
    "ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation."
)


@pytest.mark.parametrize(
    "text",
    [
        LOREM,
        "Lorem Ipsum",
        "LOREM IPSUM DOLOR SIT AMET, CONSECTETUR ADIPISCING ELIT",
        "Lorem ipsum 2",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod",
        # a generator's random paragraph, cut off as a teaser
        "Lorem ipsum dolor sit amet, vestibulum pellentesque mauris. Curabitur ac nisl quis…",
        "Lorem ipsum dolor sit amet. Aliquam erat volutpat. Pellentesque habitant morbi tristique senectus.",
        # the standard passage's later sentences: "duis", "irure", "cillum" are in no Latin
        "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla.",
        # the share: three words of twenty in no filler list still leave a filler paragraph
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt "
        "ut labore et dolore magna aliqua, lungo mare azul.",
    ],
)
def test_template_filler_goes(text: str) -> None:
    blocks = body(PROSE, text, PROSE + " Two.")
    cleaned = clean_blocks(blocks)
    assert [b.text for b, keep in zip(blocks, cleaned.keep, strict=True) if keep] == [PROSE, PROSE + " Two."]
    assert [r.rule for r in cleaned.removed] == ["filler"]


def test_a_list_of_filler_goes_and_a_list_with_a_real_item_stays() -> None:
    filler = Block(text="Lorem ipsum 1\nLorem ipsum 2\nLorem ipsum 3", is_list=True)
    assert is_filler(filler)
    assert not is_filler(
        Block(text="Lorem ipsum dolor sit amet, consectetur tempor\nFree returns", is_list=True)
    )


@pytest.mark.parametrize(
    "text",
    [
        # prose about the filler, and prose that opens with it
        "Lorem ipsum is the placeholder text designers have set in mock-ups since the 1960s.",
        "Lorem ipsum dolor sit amet: the designer's dummy text fills the page until the copy arrives.",
        # headings about it: "at", "a", "in" are filler words too
        "Lorem ipsum in a nutshell",
        "Lorem ipsum at a glance",
        # the share: a third of the words its own
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, as every typesetter knows by heart now.",
        # the filler in Chinese prose: each character is a word
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit，是设计师常用的占位文本，源自西塞罗的著作。",
        # real Latin: Cicero's sentences the filler was cut from, and a motto
        "Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit.",
        "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium.",
        "Ut enim ad minim veniam",
    ],
)
def test_prose_about_the_filler_and_real_latin_stay(text: str) -> None:
    assert not is_filler(Block(text=text))


def test_a_page_about_the_filler_keeps_the_passage_it_quotes() -> None:
    blocks = body(PROSE, LOREM, PROSE + " Two.")
    assert kept_texts(blocks, "Where does Lorem Ipsum come from?") == [PROSE, LOREM, PROSE + " Two."]
    # a paragraph naming it, or a colon introducing the passage, say the same
    named = body(PROSE, "Designers fill mock-ups with lorem ipsum until the copy arrives.", LOREM)
    assert kept_texts(named) == [b.text for b in named]
    quoted = body(PROSE, "The passage every designer knows reads:", LOREM, PROSE + " Two.")
    assert kept_texts(quoted) == [b.text for b in quoted]


def test_a_page_mostly_filler_keeps_its_prose_not_the_filler() -> None:
    # The filler is no article: it neither triggers the fallback nor comes back with it.
    story = _story(2)
    blocks = body(story[0], "Lorem Ipsum", LOREM, "Head Line 1", LOREM + " Two.", LOREM + " Three.", story[1])
    cleaned = clean_blocks(blocks)
    assert not cleaned.fell_back
    assert [b.text for b, keep in zip(blocks, cleaned.keep, strict=True) if keep] == [
        story[0],
        "Head Line 1",
        story[1],
    ]
    inserts = [f"Read more: Why Sleep Matters After Sixty, part {i}" for i in range(40)]
    blocks = body(*story, LOREM, *inserts)
    cleaned = clean_blocks(blocks)
    assert cleaned.fell_back
    assert [b.text for b, keep in zip(blocks, cleaned.keep, strict=True) if keep] == story + inserts
    assert [r.rule for r in cleaned.removed] == ["fallback", "filler"]


def test_filler_is_no_part_of_the_article_a_copy_is_measured_against() -> None:
    # Two copies of the story are found as a repeat whatever filler surrounds them.
    story = _story(4)
    blocks = body(*story, *story, *(f"{LOREM} {i}" for i in range(12)))
    cleaned = clean_blocks(blocks)
    assert [b.text for b, keep in zip(blocks, cleaned.keep, strict=True) if keep] == story
    assert [r.rule for r in cleaned.removed] == ["filler"] * 12 + ["repeated-block"] * 4


def test_filler_in_code_stays() -> None:
    # A tutorial's sample output: the filler is what the code renders.
    blocks = [Block(text=PROSE), Block(text=LOREM, is_code=True), Block(text=PROSE + " Two.")]
    assert clean_blocks(blocks).keep == [True, True, True]


def test_filler_glued_to_a_cards_name_does_not_make_the_page_about_it() -> None:
    # A product card's name above its placeholder description is no prose naming the
    # filler: the template's other filler still goes.
    card = "Blue vase\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
    assert kept_texts(body(PROSE, card, LOREM, PROSE + " Two.")) == [PROSE, card, PROSE + " Two."]


@pytest.mark.parametrize(
    "text",
    [
        "Showing 1–24 of 291 results",
        "Showing all 39 results",
        "Showing: 1-24 of 291",
        'Showing 1–10 of 50 results for "sleep"',
        "Showing the single result",
        "Results 1 - 20 of 300",
        "(8 results)",
        "Showing 36 of 84",
        "1–30 of 153 products",
        "1,072 results",
        "84295 matches",
        "291 results found",
        "loaded 338 results",
    ],
)
def test_a_listings_result_counter_goes(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "furniture"


@pytest.mark.parametrize(
    "text",
    [
        "The search found 291 results, few of them useful.",
        "Our shop now stocks 500 products.",
        "291 items were recalled in March.",
        "Showing the 24 best products of the year",
        "Results",
        # a paper's numbered section heading, a year's results, a count in a list
        "3 Results",
        "2024 Results",
        "500 products",
        "12 items",
    ],
)
def test_a_count_in_prose_or_a_heading_stays(text: str) -> None:
    assert lead_in_rule(Block(text=text)) is None


@pytest.mark.parametrize("text", ["Skip to content", "Jump to content", "Back to navigation"])
def test_a_skip_link_alone_is_a_label(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "label"
    assert lead_in_rule(Block(text=f"{text} was the first thing the screen reader said.")) is None


# --- a post's star-rating widget ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("How useful was this post?", "prompt"),
        ("Click on a star to rate it!", "prompt"),
        ("Average rating 4.5 / 5. Vote count: 2", "furniture"),
        ("No votes so far! Be the first to rate this post.", "prompt"),
        ("We are sorry that this post was not useful for you!", "prompt"),
        ("Let us improve this post!", "prompt"),
        ("Tell us how we can improve this post?", "prompt"),
        ("How helpful was this article? Yes No", "prompt"),
        ("Wie hilfreich war dieser Beitrag?", "prompt"),
        ("¿Qué tan útil fue este artículo?", "prompt"),
        ("Quão útil foi este post?", "prompt"),
        ("Quanto ti è stato utile questo articolo?", "prompt"),
        ("Hoe nuttig was dit artikel?", "prompt"),
        ("Jak przydatny był ten artykuł?", "prompt"),
        # a publishing platform's prompt under a picture
        ("Press enter or click to view image in full size", "label"),
    ],
)
def test_a_rating_widget_leaves_the_body(text: str, rule: str) -> None:
    assert lead_in_rule(Block(text=text)) == rule


@pytest.mark.parametrize(
    "prose",
    [
        "How useful was this post? The answer depends on who you ask.",
        "We are sorry that this post was not useful for you, but the data is clear.",
        "Click on a star to rate it, the app tells drivers after every ride.",
        "Average rating 4.5 / 5 across 300 guests, the hotel says.",
        "Let us improve this post office, the mayor told the council.",
        "Press enter or click to view the next slide, the tutorial says.",
    ],
)
def test_a_rating_widgets_words_in_prose_stay(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


# --- a question-and-answer site's chrome ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # alone in their block
        ("Start asking to get answers", "label"),
        ("See similar questions with these tags.", "label"),
        ("Explore related questions", "label"),
        # with the site's own words after the question
        ("Know someone who can answer? Share a link to this question via email or Facebook.", "furniture"),
        ("Not the answer you're looking for? Browse other questions tagged python.", "furniture"),
    ],
)
def test_a_question_and_answer_sites_chrome_leaves_the_body(text: str, rule: str) -> None:
    assert lead_in_rule(Block(text=text)) == rule


@pytest.mark.parametrize(
    "prose",
    [
        "Similar questions were raised at the hearing, the judge said.",
        "Related questions about grief are answered in our guide to loss, which covers the first year.",
        "Start asking to get answers from your doctor before the operation, nurses advise.",
        "Thanks for the link. Not the answer you're looking for, I know, but it works.",
        "Not the answer you're looking for, I know, but it is the only one the council gave.",
        "Know someone who can answer questions about the 1953 flood? The museum wants to hear from you.",
        "She paused. Know someone who can answer that? Nobody did.",
        # a heading over questions answered in prose, in any language, is the article's own
        "Related questions",
        "Preguntas relacionadas",
        "相关问题",
    ],
)
def test_a_question_and_answer_sites_words_in_prose_stay(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


# --- a call to log in before replying, and a closed thread's notice --------------------
@pytest.mark.parametrize(
    "text",
    [
        "You must log in to answer this question.",
        "You must be logged in to reply to this topic.",
        "You must log in or register to reply here.",
        "Log in to reply",
        "Please sign in to comment.",
        "Not open for further replies.",
        "This topic is now archived and is closed to further replies.",
        "This thread has been locked.",
        "Du musst angemeldet sein, um antworten zu können.",
        "Für weitere Antworten geschlossen.",
        "Vous devez être connecté pour répondre.",
        "Ce sujet est verrouillé.",
        "Debes iniciar sesión para comentar.",
        "Este tema está cerrado.",
        "Você precisa estar logado para comentar.",
        "Devi essere registrato per rispondere.",
        "Je moet ingelogd zijn om te reageren.",
        "Musisz być zalogowany, aby dodać komentarz.",
        "Вы должны войти, чтобы оставить комментарий.",
        "登录后才能回复",
        "コメントするにはログインが必要です。",
        "댓글을 작성하려면 로그인이 필요합니다.",
    ],
)
def test_a_call_to_log_in_before_replying_leaves_the_body(text: str) -> None:
    assert lead_in_rule(Block(text=text)) == "furniture"


@pytest.mark.parametrize(
    "prose",
    [
        "You must log in to your bank account every 90 days, the regulator says.",
        "Log in to reply to emails from your phone, the guide says.",
        "The thread is closed, said the moderator, after a week of abuse.",
        "Please sign in to comment on the proposal by Friday.",
        "Sie müssen angemeldet sein, um an der Wahl teilzunehmen.",
        "Vous devez être connecté pour voter en ligne cette année.",
        "Este tema está cerrado desde el lunes, dijo el ministro.",
    ],
)
def test_the_same_words_about_something_else_stay(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None


# --- a forum post's furniture as the engines print it ----------------------------------
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # an edit note with its date first
        ("Edited April 18, 2024 by thanosmano", "furniture"),
        ("Edited October 30, 2025 by El Patron (see edit history)", "furniture"),
        ("Edited May 22, 2024 at 10:15 AM by Mr_Enigmatic", "furniture"),
        ("Bearbeitet 18. April 2024 von Anna", "furniture"),
        ("Modifié le 18 avril 2024 par Luc", "furniture"),
        ("Editado el 18 de abril de 2024 por Ana", "furniture"),
        ("Editado em 18/04/2024 por Rui", "furniture"),
        ("Modificato il 18 aprile 2024 da Marco", "furniture"),
        ("Bewerkt op 18 april 2024 door Jan", "furniture"),
        ("Edytowane 18 kwietnia 2024 przez Jana", "furniture"),
        # a member box's labels, a reaction's tally, an attachment, an ad for guests only
        ("Trophy Points:", "furniture"),
        ("Best Answers:", "furniture"),
        ("Like x 2", "furniture"),
        ("View attachment 2029141View attachment 2029140", "furniture"),
        ("Advertisement (gone after registration)", "furniture"),
        ("Advertisement - Members don't see this ad", "furniture"),
        # the thread's first poster, named beside each of their posts
        ("Thread starter", "label"),
        ("Themenstarter", "label"),
        ("Auteur du sujet", "label"),
        ("Autor del tema", "label"),
        ("Autor wątku", "label"),
        ("Автор темы", "label"),
        ("楼主", "label"),
    ],
)
def test_a_forum_posts_furniture_leaves_the_body(text: str, rule: str) -> None:
    assert lead_in_rule(Block(text=text)) == rule


@pytest.mark.parametrize(
    "prose",
    [
        "Edited in 1925 by Maxwell Perkins, the novel lost a third of its pages.",
        "Edited by Maxwell Perkins in 1925",
        # a credit line: a year and no day
        "Edited in 1925 by Maxwell Perkins.",
        "Edited 2021 by Oxford University Press",
        "Bearbeitet 2019 von Thomas Mann",
        "Editado en 1985 por la discográfica Hispavox.",
        "Bewerkt in 1978 door Herman van Veen",
        # a film poster's caption, not a forum's badge
        "Original Poster",
        "Edited April 18, 2024 by the council's lawyers, who removed two pages of names.",
        "Like x 2 more for the price of one",
        "Original poster of the campaign, Ann Lee, said the design was hers.",
        "Trophy points are awarded for each answer marked as the solution.",
        "View attachments before you download them, the security team warns.",
    ],
)
def test_a_forum_posts_furniture_words_in_prose_stay(prose: str) -> None:
    assert lead_in_rule(Block(text=prose)) is None
