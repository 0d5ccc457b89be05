from __future__ import annotations

import lxml.html
import pytest

from articlepipe.extract.content import select_content
from articlepipe.extract.disclosure import disclosures
from articlepipe.extract.render import render_text

PROSE = (
    "The committee met on Tuesday to review the findings of the two-year study, "
    "which followed more than four thousand patients across eleven hospitals."
)
INTRO = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(4))


def body_text(html: str) -> str:
    return render_text(select_content(lxml.html.fromstring(html)).body)


def page(widget: str, *, header: str = "") -> str:
    return f"<html><body>{header}<main><h1>Study</h1>{INTRO}{widget}</main></body></html>"


def accordion(controls: str, panel: str) -> str:
    """A question and its one-sentence answer, hidden until the question is opened."""
    return (
        "<h2>Questions</h2>"
        f"<h3><button {controls}>Who paid for the study?</button></h3>"
        f"<div {panel}><p>A public research fund paid for it.</p></div>"
    )


@pytest.mark.parametrize(
    ("controls", "panel"),
    [
        # WAI-ARIA's accordion pattern, the panel hidden by its attribute ...
        ('aria-expanded="false" aria-controls="a1"', 'id="a1" hidden'),
        # ... by a style (height 0 and visibility), or for the assistive reader only.
        ('aria-expanded="false" aria-controls="a1"', 'id="a1" style="height:0;visibility:hidden"'),
        ('aria-expanded="false" aria-controls="a1"', 'id="a1" aria-hidden="true"'),
        # Bootstrap 5 and 4 collapses.
        ('data-bs-toggle="collapse" data-bs-target="#a1"', 'id="a1" style="display:none"'),
        ('data-toggle="collapse" data-target="#a1"', 'id="a1" style="display:none"'),
    ],
)
def test_an_accordion_answer_is_written_with_its_question(controls: str, panel: str) -> None:
    # The answer is too short to pass for content waiting to be shown by its length.
    text = body_text(page(accordion(controls, panel)))
    assert "Who paid for the study?" in text
    assert "A public research fund paid for it." in text
    assert text.index("Who paid for the study?") < text.index("A public research fund")


def test_a_bootstrap_3_collapse_names_its_panel_by_its_link() -> None:
    widget = (
        '<div class="panel"><a data-toggle="collapse" href="#q1">Where were the patients treated?</a>'
        '<div id="q1" class="panel-collapse" style="display:none">In eleven city hospitals.</div></div>'
    )
    text = body_text(page(widget))
    assert "Where were the patients treated?" in text and "In eleven city hospitals." in text


def test_hidden_tab_panels_are_written_with_their_tab_names() -> None:
    widget = (
        '<div role="tablist"><button role="tab" aria-controls="t1" aria-selected="true">Method</button>'
        '<button role="tab" aria-controls="t2">Results</button></div>'
        '<div role="tabpanel" id="t1"><p>Patients were followed for two years.</p></div>'
        '<div role="tabpanel" id="t2" hidden><p>Fewer patients returned to hospital.</p></div>'
    )
    text = body_text(page(widget))
    assert "Patients were followed for two years." in text
    assert "Results" in text and "Fewer patients returned to hospital." in text


def test_a_carousel_control_is_not_a_disclosure() -> None:
    # "Next" names the slides it scrolls but does not open and close them.
    widget = (
        '<button aria-controls="slides">Next slide</button>'
        '<div id="slides"><div class="slide" hidden><p>Offer of the week.</p></div></div>'
    )
    tree = lxml.html.fromstring(page(widget))
    hidden = {e for e in tree.iter() if e.get("hidden") is not None}
    assert not disclosures(tree, hidden).panels
    text = body_text(page(widget))
    assert "Next slide" not in text and "Offer of the week." not in text


def test_a_menu_opened_by_a_button_stays_out() -> None:
    # The hamburger button opens and closes its menu, which is navigation all the same,
    # in the page header or beside the article.
    links = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    header = (
        '<header><button aria-expanded="false" aria-controls="menu">Menu</button>'
        f'<ul id="menu" hidden>{links}</ul></header>'
    )
    beside = (
        '<button aria-expanded="false" aria-controls="more">More sections</button>'
        f'<ul id="more" hidden>{links}</ul>'
    )
    for html in (page("", header=header), page(beside)):
        text = body_text(html)
        assert "Paragraph 3." in text
        assert "Section 1" not in text and "Menu" not in text


def test_a_hidden_copy_of_visible_text_stays_out_even_behind_a_toggle() -> None:
    # A responsive page's mobile copy of a section, opened by a toggle: once is enough.
    visible = "<p>Fewer patients returned to hospital within a year of their first stay.</p>"
    widget = (
        f"<section>{visible}</section>"
        '<button aria-expanded="false" aria-controls="m1">Read more</button>'
        f'<div id="m1" hidden>{visible}</div>'
    )
    text = body_text(page(widget))
    assert text.count("Fewer patients returned to hospital") == 1
    assert "Read more" not in text


def test_no_hidden_elements_no_work() -> None:
    tree = lxml.html.fromstring(page(accordion('aria-expanded="true" aria-controls="a1"', 'id="a1"')))
    found = disclosures(tree, set())
    assert not found.panels and not found.controls
    # An open panel is visible: its text is written as any other, the question not.
    text = body_text(page(accordion('aria-expanded="true" aria-controls="a1"', 'id="a1"')))
    assert "A public research fund paid for it." in text
