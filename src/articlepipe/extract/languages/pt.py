"""Portuguese."""

from __future__ import annotations

PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "leia também",
        "artigo relacionado",
        "leia mais",
        "veja também",
        "artigos relacionados",
        "notícias relacionadas",
        "você também pode gostar",
        "mais lidas",
        "saiba mais",
        "relacionadas",
        "você pode gostar",
        "você pode gostar também",
        "outros artigos",
        "mais artigos",
        # a list of the site's latest posts after the article
        "posts recentes",
        "artigos recentes",
        "últimos posts",
        "últimos artigos",
        "posts populares",
    ),
    # Words consent small print names (the terms it binds the reader to).
    "consent_terms": (
        "privacidade",
    ),
    "consent": (
        "ao se inscrever, você concorda",
    ),
    "prompts": (
        "compartilhe no",
        "compartilhe:",
        "compartilhe este artigo",
        "siga-nos",
        "assine a newsletter",
        "assine nossa newsletter",
        "inscreva-se na newsletter",
        "inscreva-se na nossa newsletter",
        "voltar ao topo",
        # whether the reader liked the article, before a request to share it
        "gostou deste artigo?",
        "gostou desta matéria?",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "este artigo foi útil",
        "esta página foi útil",
        "este conteúdo foi útil",
        "quão útil foi este post",
        "quão útil foi este artigo",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "sim",
        "não",
    ),
    "labels": (
        # a skip link to the content, as themes print it in this language
        "pular para o conteúdo",
        "ir para o conteúdo",
        "saltar para o conteúdo",
        "publicidade",
        "compartilhe",
        "compartilhar",
        "partilhar",
        "assine",
        # a sponsor's label over its logo
        "em parceria com",
        "apresentado por",
        "patrocinado por",
        "parceria paga",
        # a shop's price button in a buying guide, alone in its block
        "ver preço",
        "ver oferta",
        # a role printed above or below an author's bio
        "editor-chefe",
        "editora-chefe",
        # a buying guide's link to its full review
        "ler a análise completa",
        "ler a review completa",
        # a shop's review widget
        "ver todas as avaliações",
        "escrever uma avaliação",
        "compra verificada",
        "comprador verificado",
        # a quoted post's expander
        "clique para expandir",
        "clique para ampliar",
        "clique para recolher",
        # a forum post's author rank
        "membro",
        "novo membro",
        "membro ativo",
        "usuário registrado",
        "utilizador registado",
        "moderador",
        "administrador",
        "membro premium",
        # a thread's first poster, named so beside each of their posts
        "autor do tópico",
        "criador do tópico",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "adicionar ao carrinho",
        "adicionar à sacola",
        "adicionar aos favoritos",
        "adicionar à lista de desejos",
        "comparar",
        "visualização rápida",
        "esgotado",
        "esgotada",
        "fora de estoque",
        "sem estoque",
        "em estoque",
    ),
    "disclaimer_labels": (
        "isenção de responsabilidade",
    ),
    "toc": (
        "sumário",
    ),
    "points_on": (
        "estes",
        "os seguintes",
        "as seguintes",
        "abaixo",
    ),
    "faq_headings": (
        "perguntas frequentes",
    ),
    "summary_headings": (
        "em resumo",
        "pontos-chave",
    ),
    # What a date line may start with.
    "date_labels": (
        "publicado em",
        "atualizado em",
        "última atualização",
        "publicado",
        "atualizado",
    ),
    "months": (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho",
        "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
    ),
    # Between a date and its time ("5 de março de 2024 às 10:39").
    "time_prefixes": (
        "às",
    ),
    # An author's bio after the article opens with the name and one of these.
    "bio_verbs": (
        "é",
        "escreve",
        "trabalha",
        "vive",
    ),
    # What a bio calls its subject (one not named in the byline must say one).
    "bio_roles": (
        "jornalista",
        "redator",
        "redatora",
        "autor",
        "autora",
        "escritor",
        "escritora",
        "colunista",
        "correspondente",
        "editor",
        "editora",
    ),
    # Words a name never starts with: "The Prime Minister is a critic …" is no bio.
    "articles": (
        "o",
        "a",
        "os",
        "as",
        "um",
        "uma",
        "este",
        "esta",
        "nosso",
        "nossa",
    ),
    # A call to follow someone on social networks opens with one of these (two networks
    # named make it a prompt: "Follow the Opinion section on Facebook, X and Instagram").
    "follow_words": (
        "siga",
        "sigam",
        "segue",
    ),
    "disclaimer_sentences": (
        # an opinion piece's note, opening its sentence ("As opiniões expressas neste artigo são
        # de inteira responsabilidade do autor", "Os artigos assinados não refletem
        # necessariamente …"); "As opiniões expressas pelos eleitores …" is a story's
        (r"(?:^\W*|(?<=[.!?] ))(?:as |os )?(?:opiniões|ideias"
         r"|pontos de vista)(?: aqui)? (?:expressas|expressos|emitidas"
         r"|emitidos)(?: (?:neste|nesta|nestes|nestas) (?:artigo|blog|coluna|texto|site|espaço|publicação"
         r"|página)s?| aqui)? (?:são de (?:inteira |exclusiva |total )?responsabilidade(?: exclusiva)? "
         r"d(?:o|a|os|as|e seus?|e sua) (?:autor|autora|autores|autoras)|não (?:necessariamente )?"
         r"(?:refletem|representam|expressam) (?:necessariamente )?(?:a|o|as|os) (?:opinião|opiniões"
         r"|posição|posicionamento|ponto de vista|linha editorial|visão))",
         ("expressas", "expressos", "emitid")),
        (r"(?:^\W*|(?<=[.!?] ))(?:os )?(?:artigos|textos"
         r"|colunas) assinad[oa]s (?:são de (?:inteira |exclusiva )?"
         r"responsabilidade|não (?:necessariamente )?(?:refletem|representam|expressam))", ("assinad",)),
        (r"não substitui (a |o )?(consulta|aconselhamento|orientação|diagnóstico) (médic|profissional)",
         ("substitui",)),
        (r"(caráter|fins) (meramente |exclusivamente )?informativ", ("informativ",)),
        (r"(para|com) fins (meramente |exclusivamente )?educativos\b"
         r"(?=.{0,200}\bnão\b.{0,60}(médic|profissional|diagnóstico|substitui))", ("fins",)),
        (r"não substitui (o |a |os )?(conselho|consulta|orientação|opinião|diagnóstico)s? (\w+ ){0,2}"
         r"(do|de|da) (seu |sua |um )?(médico|profissional|farmacêutico)", ("substitui",)),
    ),
    "newsletter_pitches": (
        (r"\bna sua caixa de entrada\b", ("caixa",)),
    ),
    "result_counters": (
        # ("Mostrando 1-24 de 291 resultados", "Mostrando o único resultado")
        (r"^\W*(?:"
         r"(?:mostrando|exibindo)(?:\s+(?:os|as|todos\s+os))?(?:\s*:)?\s+(?:\d+(?:[,. ]\d{3})*\s*"
         r"(?:[-\u2013]|a)\s*)?\d+(?:[,. ]\d{3})*(?:\s+de\s+\d+(?:[,. ]\d{3})*)?(?:\s+"
         r"(?:resultados?|produtos?|itens))?"
         r"|(?:mostrando|exibindo)\s+o\s+único\s+resultado"
         r"|(?:resultados?|produtos?|itens)\s+\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|a)\s*\d+"
         r"(?:[,. ]\d{3})*\s+de\s+\d+(?:[,. ]\d{3})*"
         r"|\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|a)\s*\d+(?:[,. ]\d{3})*\s+de\s+\d+(?:[,. ]\d{3})*"
         r"\s+(?:resultados?|produtos?|itens)"
         r"|(?:\d{1,3}(?:[,. ]\d{3})+|\d{5,})\s+(?:resultados?|produtos?|itens)"
         r"|\(\s*\d+(?:[,. ]\d{3})*\s+(?:resultados?|produtos?|itens)\s*\)"
         r")\W*$",
         ("mostrando", "exibindo", "resultado", "produto", "itens")),
    ),
    "furniture_shapes": (
        # an edit note with its date first ("Edited April 18, 2024 by Ann"), the name a few
        # words without a comma, a day before the year: "Edited in 1925 by Maxwell Perkins, the
        # novel …" is prose, "Edited in 1925 by Maxwell Perkins." a credit
        (r"^\W*(?:editado(?: em)?) (?=[^\n!?]{0,30}?\b\d{1,2}\b)"
         r"[^\n!?]{0,30}?\b(?:19|20)\d\d\b(?:,? [^\n!?]{0,12}?\d{1,2}[:.h]\d{2}"
         r"(?: ?[ap]m)?)? por [^\s,.!?]+(?: [^\s,.!?]+){0,2}\W*$",
         ("editado",)),
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*(?:você precisa|é necessário|precisa) (?:estar (?:logad[oa]"
         r"|conectad[oa]|registrad[oa])|fazer login|entrar) "
         r"para (?:responder|comentar|publicar)\W*$",
         ("logad", "conectad", "registrad", "fazer login", "entrar")),
        # a copyright line ending on its reservation ("© 2024 Editora X. Todos os direitos reservados.")
        (r"\bdireitos reservados\W*$", ("direitos reservados",)),
        # a post's edit note ("Last edited: Jul 10, 2007", "Last edited by Ann; 07-10-2007 at 10:45 AM.")
        (r"^\W*(última edição|editado pela última vez)(\s*:|\s+por\b|\s+em\b)"
         r"(?:[^.!?]|\.\d|\d\.(?=\s)|\s(?-i:[a-zà-ÿąćęłńóśźż]{2,4})\.(?=\s)){0,60}\d"
         r"(\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?"
         r"(?:,\s*(?:editado \d+ vez(?:es)?(?: no total)?|em um total de \d+ vez(?:es)?))?\.?\s*$",
         ("última edição", "última vez")),
        # a forum post's signature from a phone app, naming the device (a word for a phone or
        # tablet, a model with a digit) or the app it was sent with ("Sent from my iPhone
        # using Tapatalk"), and its author's join date ("Join Date: Aug 2008")
        (r"^\W*(?:enviado (?:do|de) meu\s++(?:[^\s.!?]*?(?:phone|pad|droid|galaxy|pixel)"
         r"|(?=[^\s.!?]*\d)(?-i:(?=[^\s.!?]*[A-Z]))[^\s.!?]++)[^\s.!?]*+(?:\s+[^\s.!?]++){0,4}|enviado (?:do"
         r"|de) meu\s++[^\s.!?][^.!?]{0,59}?\s+(?:usando|utilizando|com)\s+[^\s.!?]+"
         r"(?:\s+[^\s.!?]+){0,3})\s*$",
         ("enviado do meu", "enviado de meu")),
        (r"^\W*(membro desde|registado em|registrado em|data de registo)\s*:\s*"
         r"(\S+\s+){0,2}\S*\b(19|20)\d\d\b\W*$",
         ("membro desde", "regist")),
        # a placeholder a script fills in ("Loading prices for your region…")
        (r"^\W*(carregando|a carregar)(\s+[^\s.…]+){0,5}\s*(…|\.\.\.)\W*$", ("carregando", "carregar")),
        # a tag line, a view counter
        (r"^\W*(etiquetas|marcadores)\s*:\s*[^.!?:\n]{1,150}$", ("etiquetas", "marcadores")),
        (r"^\W*[\d.,]+\s+visualizações\W*$", ("visualizações",)),
        # a shop's button: "Comprar na Amazon"
        (r"^\W*(comprar|ver) (na|no|em)\s+\S+(\s+\S+)?\W*$",
         ("comprar na", "comprar no", "comprar em", "ver na", "ver no", "ver em")),
        # an A-to-Z menu's entry ("Conditions A to Z")
        (r"^\W*(\w+\s+){0,3}de a a z\W*$", ("a a z",)),
        # a forum post's counters and buttons: "1.076 mensagens", "Mensagens: 98", "Denunciar abuso"
        (r"^\W*\d[\d.,]*\s+(mensagens|mensagem|curtidas?|reações|reação)\W*$",
         ("mensage", "curtida", "reaç")),
        (r"^\W*mensagens\s*:\s*\d[\d.,]*\W*$", ("mensagens",)),
        (r"^\W*(denunciar|reportar)\s+(abuso|esta mensagem|este comentário|conteúdo impróprio)\W*$",
         ("denunciar", "reportar")),
    ),
}  # fmt: skip
