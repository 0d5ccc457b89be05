"""The rules on trees: the page before extraction and the extracted body after it."""

from __future__ import annotations

from lxml import etree

from articlepipe.extract.boilerplate import Cleaned
from articlepipe.extract.html import extract_html
from articlepipe.extract.parse import parse_html
from articlepipe.extract.tree_rules import TreeCleaning, clean_body, strip_tree
from articlepipe.models import Page, RelatedLink

PROSE = [
    "The regional hospital trust opened its new sleep clinic in March after three years of planning.",
    "Doctors there treat insomnia with a six-week course of talking therapy before any medication.",
    "You can read more about the method in the trust's annual report, which lists waiting times.",
    "Patients who subscribe to the clinic's text reminders missed fewer appointments in the pilot.",
    "The related article in the British Medical Journal described a similar clinic in Leeds.",
    "Nurses also check each patient's sleep diary at the start of every session.",
]

FILLER = "Staff expect demand to grow as the population ages and as more family doctors refer."


def cleaned_body(xml: str, title: str = "") -> tuple[Cleaned, str]:
    """``clean_body`` on a trafilatura-style body, and the body's text after it."""
    body = etree.fromstring(xml)
    cleaned = clean_body(body, title)
    return cleaned, etree.tostring(body, method="text", encoding="unicode")


def page_html(inserts: str, *, wrapper: str = "div") -> str:
    paragraphs = "".join(f"<p>{p} {FILLER}</p>" for p in PROSE[:3])
    later = "".join(f"<p>{p} {FILLER}</p>" for p in PROSE[3:])
    return f"""<!doctype html><html lang="en"><head><title>New sleep clinic opens | Daily Courier</title>
<link rel="canonical" href="https://news.example/health/sleep-clinic"></head>
<body><{wrapper} class="c1"><h1>New sleep clinic opens</h1>{paragraphs}{inserts}{later}</{wrapper}>
</body></html>"""


def stripped(inserts: str) -> tuple[TreeCleaning, str]:
    """What ``strip_tree`` found in a page with ``inserts``, and the page's text after."""
    url = "https://news.example/health/sleep-clinic"
    tree = parse_html(page_html(inserts), url)
    found = strip_tree(tree, url)
    return found, etree.tostring(tree, method="text", encoding="unicode")


def test_lead_in_and_its_link_list_are_removed_with_absolute_links() -> None:
    found, text = stripped(
        '<p>You may also like</p><ul><li><a href="/a">Walking helps sleep</a></li>'
        '<li><a href="https://other.example/b">Night shifts and health</a></li></ul>'
    )
    assert found.related == [
        RelatedLink("Walking helps sleep", "https://news.example/a"),
        RelatedLink("Night shifts and health", "https://other.example/b"),
    ]
    assert [r.rule for r in found.removed] == ["lead-in", "lead-in-list"]
    assert "You may also like" not in text
    assert "Walking helps sleep" not in text
    assert PROSE[2] in text


def test_lead_in_wrapped_alone_in_a_container_still_takes_the_next_list() -> None:
    found, _ = stripped(
        '<div><h3>Related stories</h3></div><ul><li><a href="/c">Snoring explained</a></li></ul>'
    )
    assert [link.title for link in found.related] == ["Snoring explained"]


def test_a_lead_in_label_inside_a_paragraph_takes_the_whole_paragraph() -> None:
    found, text = stripped(
        '<p><strong>Related Article</strong> <a href="/k"><img src="k.jpg" alt="Ketamine and sleep"> '
        "Ketamine and sleep</a></p>"
    )
    assert found.related == [RelatedLink("Ketamine and sleep", "https://news.example/k")]
    assert "Ketamine and sleep" not in text


def page(html: str) -> Page:
    url = "https://news.example/health/sleep-clinic"
    return Page(url=url, final_url=url, body=html.encode(), fetched_at="2024-06-01T00:00:00+00:00")


def test_extracted_article_keeps_prose_and_moves_inserts_out() -> None:
    html = page_html(
        "<p>Also read: <a href='/n'>Napping at work: what the studies say</a></p>"
        "<p>Sign up for our newsletter to get health news every Friday.</p>"
        "<p>Share this article</p>"
        "<p>Disclaimer: This article is for informational purposes only and should not be "
        "considered medical advice.</p>"
    )
    article = extract_html(page(html), html)
    for sentence in PROSE:
        assert sentence in article.text
    for boilerplate in ("Also read", "Napping at work", "Sign up", "Share this", "Disclaimer"):
        assert boilerplate not in article.text
        assert boilerplate not in article.markdown
    assert article.related == (
        RelatedLink("Napping at work: what the studies say", "https://news.example/n"),
    )
    assert article.disclaimer is not None
    assert article.disclaimer.startswith("Disclaimer: This article is for informational purposes only")
    rules = {r.rule for r in article.removed}
    assert {"lead-in", "prompt", "disclaimer"} <= rules


def test_clean_body_removes_rejected_blocks_and_keeps_tails() -> None:
    cleaned, text = cleaned_body(
        "<body><head>Ketamine and sleep</head><p>Real paragraph one with enough words to count.</p>"
        "<p>To top</p>tail text<p>Real paragraph two, also long enough to count here.</p>"
        "<list><item>Also check</item></list></body>",
        "Ketamine and sleep",
    )
    assert "To top" not in text
    assert "tail text" in text
    assert "Ketamine and sleep" not in text
    assert "Real paragraph two" in text
    assert [r.rule for r in cleaned.removed] == ["repeated-headline", "label", "lead-in"]


def test_newsletter_box_around_an_email_form_is_removed_whole() -> None:
    found, text = stripped(
        "<div><h3>Stay informed</h3><p>The week’s best stories, every Friday.</p>"
        '<form action="/s"><input type="email" placeholder="Your email"><button>Go</button></form></div>'
    )
    assert [r.rule for r in found.removed] == ["signup-form"]
    assert "best stories" not in text
    assert PROSE[2] in text and PROSE[3] in text


def test_an_email_form_inside_the_article_takes_only_its_small_wrapper() -> None:
    found, text = stripped('<div><form><input name="email"><button>Send</button></form></div>')
    assert [r.rule for r in found.removed] == ["signup-form"]
    for sentence in PROSE:
        assert sentence in text


def label_before_headline(label_html: str) -> str:
    headline = "<h1>Council opens new cycle lane</h1>"
    html = f"<html><body><div>{label_html}{headline}<p>{PROSE[0]}</p></div></body></html>"
    return strip_tree(parse_html(html, "https://news.example/x"), "https://news.example/x").category


def test_short_label_above_the_headline_is_the_category() -> None:
    assert label_before_headline('<span class="v1">Atletismo</span>') == "Atletismo"
    assert label_before_headline('<div><a href="/island-life">Island Life</a></div>') == "Island Life"


def test_dates_breadcrumbs_and_long_lines_above_the_headline_are_not_labels() -> None:
    assert label_before_headline("<p>12 March 2024</p>") == ""
    assert label_before_headline("<p>Home › Health</p>") == ""
    assert label_before_headline("<p>A long standfirst that runs well past four words.</p>") == ""
    assert label_before_headline("") == ""


def standfirst_removed(body_html: str, description: str, body_class: str = "") -> list[str]:
    html = (
        f'<html><head><meta name="description" content="{description}"></head>'
        f'<body class="{body_class}">{body_html}</body></html>'
    )
    found = strip_tree(parse_html(html, "https://news.example/x"), "https://news.example/x")
    return [r.text for r in found.removed if r.rule == "standfirst"]


DEK = "Ferries will stop at the island twice a day from May, the operator says."


def test_standfirst_heading_outside_the_body_paragraphs_is_removed() -> None:
    body = (
        f"<header><h1>Ferry cuts</h1><h2>{DEK}</h2></header><div>"
        + "".join(f"<p>{p}</p>" for p in PROSE)
        + "</div>"
    )
    assert standfirst_removed(body, DEK) == [DEK]


def test_description_repeating_the_first_body_paragraph_keeps_it() -> None:
    body = f"<h1>Ferry cuts</h1><div><p>{DEK}</p>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>"
    assert standfirst_removed(body, DEK) == []


def test_a_threads_first_post_that_the_description_copies_stays() -> None:
    # Forum engines set the first post as the page's description; the post is named for
    # one or declared one by microdata, and a reply follows it.
    reply = "<p>Try the longer chain in the client's settings; it fixed it for us.</p>"
    named = (
        f"<h1>Longer chain</h1><div id='comment-7_wrap' class='ipsEntry__content'><div><p>{DEK}</p>"
        f"</div></div><div class='comment'>{reply}</div>"
    )
    declared = (
        "<h1>Longer chain</h1><div itemscope itemtype='https://schema.org/DiscussionForumPosting'>"
        f"<div class='cooked'><p>{DEK}</p></div></div><div>{reply}</div>"
    )
    assert standfirst_removed(named, DEK) == []
    assert standfirst_removed(declared, DEK) == []
    # The same paragraph outside any post is the standfirst.
    assert standfirst_removed(named.replace("comment-7_wrap", "lead"), DEK) == [DEK]


def test_a_wrapper_named_for_comments_around_the_headline_is_no_post() -> None:
    # Themes name the page for its comments ("comments-open" on <body>, "has-comments"
    # on the content area): the standfirst under the headline is still one.
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    headline = f"<h1>Ferry cuts</h1><h2>{DEK}</h2>"
    wrapped = f"<div class='content-area has-comments'>{headline}<div>{paragraphs}</div></div>"
    assert standfirst_removed(wrapped, DEK) == [DEK]
    headed = f"<header><h1>Ferry cuts</h1></header><div class='dek'><h2>{DEK}</h2></div>{paragraphs}"
    assert standfirst_removed(headed, DEK, body_class="single comments-open") == [DEK]


def test_open_graph_standfirst_in_an_excerpt_box_is_removed() -> None:
    body = (
        f"<h1>Ferry cuts</h1><div class='widget'><div class='excerpt'>{DEK}</div></div><div>"
        + "".join(f"<p>{p}</p>" for p in PROSE)
        + "</div>"
    )
    html = (
        '<html><head><meta name="description" content="Ferry news for the islands.">'
        f'<meta property="og:description" content="{DEK}"></head><body>{body}</body></html>'
    )
    found = strip_tree(parse_html(html, "https://news.example/x"), "https://news.example/x")
    assert [r.text for r in found.removed if r.rule == "standfirst"] == [DEK]


def test_a_long_text_box_equal_to_the_description_is_not_a_standfirst() -> None:
    opening = " ".join(
        f"Sentence {i} of a long opening that the description copies whole." for i in range(12)
    )
    body = f"<h1>Internet of things</h1><div class='field'>{opening}</div>"
    assert standfirst_removed(body, opening) == []


def test_loose_button_text_and_label_items_leave_the_body() -> None:
    cleaned, text = cleaned_body(
        "<body><p>Real paragraph one with enough words to count as body text.</p>Sign up"
        "<list><item>Home</item><item>A real list item that says something useful.</item></list>"
        "<p>Real paragraph two, also long enough to count as body text.</p>Book a demo</body>"
    )
    assert "Sign up" not in text and "Book a demo" not in text and "Home" not in text
    assert "A real list item" in text and "Real paragraph two" in text
    assert {r.text for r in cleaned.removed} == {"Sign up", "Book a demo", "Home"}


def test_a_shops_controls_leave_the_written_body_but_not_the_page() -> None:
    # On the page a card's "Sold out" and "Add to cart" are part of its shape, which the
    # content selection reads (each a box of its own, as the page-level label rule would
    # see it); in the written body they are no text of the card.
    cards = "".join(
        f"<div class='card'><h3>Walnut desk {i}</h3><p>Oiled walnut top, steel legs, 140 cm wide.</p>"
        f"<div>Sold out</div><div>Add to cart</div></div>"
        for i in range(3)
    )
    tree = parse_html(f"<html><body><div>{cards}</div></body></html>", "https://shop.example/desks")
    strip_tree(tree, "https://shop.example/desks")
    assert tree.text_content().count("Sold out") == 3
    cleaned, text = cleaned_body(
        "<body><p>Real paragraph one with enough words to count as body text.</p><p>Sold out</p>"
        "<list><item>Walnut desk, oiled top and steel legs</item><item>Add to Cart</item>"
        "<item>Quick view</item></list><p>Compare the two desks before you order one.</p>"
        "<head rend='h2'>Compare</head><p>The oak desk is lighter; the walnut one is wider.</p>"
        "<head rend='h2'>Sold out</head><p>Sold out.</p><p>Compare:</p></body>"
    )
    assert [r.text for r in cleaned.removed] == ["Sold out", "Add to Cart", "Quick view"]
    assert "Walnut desk, oiled top" in text and "Compare the two desks" in text
    # A heading of the same words heads a section; with a mark, it is a sentence or a lead-in.
    assert "Compare" in text.split("wider.")[0] and "Sold out." in text and "Compare:" in text


def test_code_blocks_stay_whatever_their_lines_look_like() -> None:
    lines = "\n".join(["class Example {", "  render() {", "  }", "}", "Share this", "Subscribe"] * 3)
    body = etree.fromstring(
        "<body><p>Real paragraph one with enough words to count as body text.</p>"
        f"<code>{lines}</code><p>Real paragraph two, also long enough to count as body text.</p></body>"
    )
    cleaned = clean_body(body, "")
    assert not cleaned.removed and "class Example" in etree.tostring(body, method="text", encoding="unicode")


def test_rules_reach_into_layout_tables() -> None:
    body = etree.fromstring(
        "<body><table><row><cell><head>Old blog</head><p>Real paragraph one with enough words to count.</p>"
        "<p>Share on Facebook Twitter Email</p></cell>"
        "<cell><p>Real paragraph two, also long enough to count as text.</p></cell></row></table></body>"
    )
    cleaned = clean_body(body, "")
    assert [r.rule for r in cleaned.removed] == ["prompt"]
    assert "Facebook" not in etree.tostring(body, method="text", encoding="unicode")


def test_text_after_inline_elements_is_never_cut() -> None:
    body = etree.fromstring(
        "<body><p>Step 3.<lb/>Click here to open the settings dialog and pick a language.</p>"
        "<p>Stores gave <hi>big</hi> discounts of up to 70% off today!</p>"
        "<p>Real paragraph two, also long enough to count as body text here.</p></body>"
    )
    clean_body(body, "")
    text = etree.tostring(body, method="text", encoding="unicode")
    assert "open the settings dialog" in text
    assert "discounts of up to 70% off" in text


def test_loose_text_cells_of_a_layout_table_are_blocks() -> None:
    body = etree.fromstring(
        "<body><table><row><cell><head>Backup strategy</head></cell><cell>January 22nd, 2019</cell></row>"
        "<row><cell><p>Real paragraph one with enough words to count as body text.</p>"
        "<p>Real paragraph two, also long enough to count as body text here.</p>"
        "<p>Real paragraph three, again long enough to count as body text.</p></cell></row></table></body>"
    )
    cleaned = clean_body(body, "")
    assert "byline" in [r.rule for r in cleaned.removed]
    assert "January" not in etree.tostring(body, method="text", encoding="unicode")


def test_a_comment_between_the_lead_in_and_its_list_does_not_hide_the_list() -> None:
    found, text = stripped(
        '<p>You may also like</p><!-- widget --><ul><li><a href="/w">Walking helps sleep</a></li></ul>'
    )
    assert [link.title for link in found.related] == ["Walking helps sleep"]
    assert "Walking helps sleep" not in text


def test_a_page_wrapped_in_one_form_keeps_its_text_and_loses_the_sign_up_box() -> None:
    # ASP.NET pages put the whole page in a <form>; its newsletter field is a small box.
    url = "https://news.example/health/sleep-clinic"
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in PROSE)
    tree = parse_html(
        '<html><body><form id="aspnetForm"><div><h3>Newsletter</h3><input type="email">'
        f"<button>Join</button></div><div class='content'>{paragraphs}</div></form></body></html>",
        url,
    )
    found = strip_tree(tree, url)
    text = etree.tostring(tree, method="text", encoding="unicode")
    assert [r.rule for r in found.removed] == ["signup-form"]
    assert "Newsletter" not in text
    for sentence in PROSE:
        assert sentence in text


def test_a_template_s_filler_leaves_the_body_even_when_the_rules_fall_back() -> None:
    lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt."
    html = page_html(f"<p>{lorem}</p>")
    article = extract_html(page(html), html)
    assert "Lorem ipsum" not in article.text
    assert "Lorem ipsum" not in article.markdown
    assert all(sentence in article.text for sentence in PROSE)
    assert "filler" in {r.rule for r in article.removed}
    # More than half the body to remove: the rules fall back, and the filler stays out.
    inserts = "".join(f"<p>Read more: Why Sleep Matters After Sixty, part {i}</p>" for i in range(40))
    prose = "".join(f"<p>{p}</p>" for p in PROSE[:2])
    cleaned, text = cleaned_body(f"<body>{prose}<p>{lorem}</p>{inserts}</body>")
    assert cleaned.fell_back
    assert "Lorem ipsum" not in text
    assert PROSE[0] in text
    assert "part 39" in text
