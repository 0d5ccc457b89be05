"""Disclosure widgets: accordions, collapsible sections and tabs.

A page's answers to its frequently asked questions, a product's specifications behind a
"Details" tab, a course's modules in an accordion: the text is in the page, hidden until
a reader opens it. The markup says which it is: the control that opens a panel names
it (WAI-ARIA ``aria-controls``, Bootstrap's ``data-bs-target``) and says it opens and
closes it (``aria-expanded``, the ``tab`` role, a collapse or tab toggle). A hidden
element named so is content waiting to be shown, however short (an answer of one
sentence), and the control's text is the question or the tab's name.

What a pop-up control opens is not (a menu, a list to choose from, a sign-in dialog, a
cookie manager: ``aria-haspopup``, a combobox, a modal or dropdown toggle, a panel with
such a role), nor a carousel's slide, whose dots and "next" buttons name no subject (a
control without a letter, or a number of three digits, in its text names nothing). A
hamburger button's menu that gets through stays out for what it is (navigation, a menu
by its name, a list of links).

Hand-written: the attributes are a handful, read in one XPath pass over the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from lxml.etree import XPath, _Element, tostring

from articlepipe.extract import selectors
from articlepipe.tokens import count_words, shows

# Bootstrap's toggles: "data-bs-toggle" from version 5, "data-toggle" before it.
_TOGGLE_ATTRIBUTES = ("data-bs-toggle", "data-toggle")
# Found by their attributes, as content._DIALOG_PATH finds dialogs (twice as fast as one
# predicate of six tests on every element).
_CONTROL_PATH = XPath(
    " | ".join(f"//*/@{name}/.." for name in (*selectors.DISCLOSURE_TARGET_ATTRIBUTES, *_TOGGLE_ATTRIBUTES))
    + " | //*/@role/parent::*[@href]"
)
# aria-controls is a list of ids; Bootstrap's targets are selectors ("#a1", "#a1,#a2").
_TARGET_SPLIT = re.compile(r"[\s,]+")
# A name: a letter, or a number of three digits or more (a year's tab, "2024"); a
# carousel's dots are numbered 1, 2, 3 or not at all.
_NAME = re.compile(r"[^\W\d_]|\d{3}")


@dataclass(frozen=True, slots=True)
class Disclosures:
    """The hidden elements of a page that its disclosure controls open, and the
    controls of each panel id, in page order."""

    panels: frozenset[_Element] = frozenset()
    controls: dict[str, list[_Element]] = field(default_factory=dict)

    def controls_of(self, written: Iterable[_Element]) -> set[_Element]:
        """The control to write with each panel in ``written`` (open ones too): of its
        controls that name something, not a button inside the panel (its "close") nor
        one inside a paragraph (a "show more" in a sentence), the one naming fewest
        panels, the first of those; a question repeated for the mobile layout is written
        once."""
        found: set[_Element] = set()
        for panel in written:
            candidates = [
                control
                for control in self.controls.get(panel.get("id") or "", ())
                if _names_something(control) and not _within(control, panel) and not _in_paragraph(control)
            ]
            if candidates:
                # The panel's own control before one for many ("Expand all"), else the first.
                found.add(min(candidates, key=lambda control: len(_targets(control))))
        return found


def _roles(element: _Element) -> set[str]:
    return set((element.get("role") or "").lower().split())


def _toggle(element: _Element) -> str:
    return next((value for name in _TOGGLE_ATTRIBUTES if (value := element.get(name))), "").lower()


def _is_control(element: _Element) -> bool:
    """Whether a control that names a panel opens and closes it, and not as a pop-up."""
    roles = _roles(element)
    # aria-haspopup is "true" or the pop-up's role; absent, empty or "false", there is none.
    if (element.get("aria-haspopup") or "false").lower() != "false" or not roles.isdisjoint(
        selectors.POPUP_ROLES
    ):
        return False
    toggle = _toggle(element)
    if toggle:
        return toggle in selectors.DISCLOSURE_TOGGLES
    return element.get("aria-expanded") is not None or not roles.isdisjoint(selectors.DISCLOSURE_ROLES)


def _targets(element: _Element) -> list[str]:
    """The ids of the panels a control names; a tab's or (before Bootstrap 4) a
    toggling link's own "#id". An empty target ("#") names nothing."""
    values = (element.get(name) or "" for name in selectors.DISCLOSURE_TARGET_ATTRIBUTES)
    found = [t for value in values for t in _TARGET_SPLIT.split(value)]
    href = element.get("href") or ""
    if not any(found) and href.startswith("#") and (_toggle(element) or "tab" in _roles(element)):
        found.append(href)
    return [target for t in found if (target := t.removeprefix("#"))]


def _names_something(control: _Element) -> bool:
    return _NAME.search(tostring(control, method="text", encoding="unicode", with_tail=False)) is not None


def _within(element: _Element, ancestor: _Element) -> bool:
    return any(above is ancestor for above in element.iterancestors())


def _in_paragraph(element: _Element) -> bool:
    return next(element.iterancestors("p"), None) is not None


def is_popup(panel: _Element) -> bool:
    """Whether a panel is a pop-up by its role (a menu, a list box, a dialog …)."""
    modal = (panel.get("aria-modal") or "").lower() == "true"
    return modal or not _roles(panel).isdisjoint(selectors.POPUP_ROLES)


def question_buttons(root: _Element) -> set[_Element]:
    """The buttons under ``root`` that ask a question (``QUESTION_END``, at least
    ``QUESTION_MIN_WORDS`` words) beside a box of text: an accordion's questions where
    no attribute names the panel (a style sheet opens it), written with their answers
    rather than dropped as controls, which left the answers without them."""
    found = set()
    for button in root.iter("button"):
        if _targets(button) or _toggle(button):
            continue  # it names its panel: ``disclosures`` decides
        text = tostring(button, method="text", encoding="unicode", with_tail=False)
        if not selectors.QUESTION_END.search(text) or count_words(text) < selectors.QUESTION_MIN_WORDS:
            continue
        # The panel follows the button, or the heading that holds it.
        parent = button.getparent()
        panel = button.getnext()
        if panel is None and parent is not None:
            panel = parent.getnext()
        if panel is not None and isinstance(panel.tag, str) and has_text(panel):
            found.add(button)
    return found


def has_text(element: _Element) -> bool:
    """Whether ``element`` holds text a reader sees (not only white space and
    zero-width characters)."""
    return any(shows(str(text)) for text in element.itertext())


def disclosures(root: _Element, hidden: set[_Element]) -> Disclosures:
    """The disclosure panels among the ``hidden`` elements of the page under ``root``."""
    # A panel is named by its id: most pages hide nothing so named, and the pass over the
    # page for controls is then not made.
    hidden_ids = {i for e in hidden if isinstance(e.tag, str) and (i := e.get("id"))}
    if not hidden_ids:
        return Disclosures()
    controls: dict[str, list[_Element]] = {}
    named: set[str] = set()
    for element in cast("list[_Element]", _CONTROL_PATH(root)):
        if not _is_control(element):
            continue
        targets = _targets(element)
        for target in targets:
            controls.setdefault(target, []).append(element)
        # Read the control's text only where it opens something hidden.
        if not hidden_ids.isdisjoint(targets) and _names_something(element):
            named.update(targets)
    panels = frozenset(
        e for e in hidden if isinstance(e.tag, str) and e.get("id") in named and not is_popup(e)
    )
    return Disclosures(panels, controls)
