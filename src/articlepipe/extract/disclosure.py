"""Disclosure widgets: accordions, collapsible sections and tabs.

A page's answers to its frequently asked questions, a product's specifications behind a
"Details" tab, a course's modules in an accordion: the text is in the page, hidden until
a reader opens it. The markup says which it is: the control that opens a panel names
it (WAI-ARIA ``aria-controls``, Bootstrap's ``data-bs-target``) and says it opens and
closes (``aria-expanded``, a collapse or tab toggle, the ``tab`` role), and a tab panel
has its role. A hidden element named so is content waiting to be shown, however short
(an answer of one sentence); its control's text is the question or the tab's name.

A carousel's "next" button names its track too, but says nothing of opening it: it is
not a disclosure control. A hamburger button names a hidden menu and does say so; the
menu stays out for what it is (a navigation element, a menu by its name, a list of
links), not for being hidden.

Hand-written: the attributes are a handful, read in one XPath pass over the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from lxml.etree import XPath, _Element

from articlepipe.extract import selectors

# Bootstrap's toggles: "data-bs-toggle" from version 5, "data-toggle" before it.
_TOGGLE_ATTRIBUTES = ("data-bs-toggle", "data-toggle")

_CONTROL_PATH = XPath(
    "//*["
    + " or ".join(f"@{name}" for name in (*selectors.DISCLOSURE_TARGET_ATTRIBUTES, *_TOGGLE_ATTRIBUTES))
    + "]"
)


@dataclass(frozen=True, slots=True)
class Disclosures:
    """The panels a page's disclosure controls open (by their ``id``), the tab panels
    among ``hidden``, and the controls of each panel id."""

    panels: frozenset[_Element] = frozenset()
    controls: dict[str, list[_Element]] = field(default_factory=dict)

    def controls_of(self, shown: set[_Element]) -> set[_Element]:
        """The controls of the panels in ``shown``: written with them, since a panel
        without its question or tab name is an answer to nothing."""
        return {
            control
            for panel in shown
            if (panel_id := panel.get("id"))
            for control in self.controls.get(panel_id, ())
        }


def _toggles(element: _Element) -> bool:
    toggle = next((value for name in _TOGGLE_ATTRIBUTES if (value := element.get(name))), "")
    return toggle.lower() in selectors.DISCLOSURE_TOGGLES


def _is_control(element: _Element) -> bool:
    """Whether a control that names a panel opens and closes it."""
    return (
        element.get("aria-expanded") is not None
        or element.get("role") in selectors.DISCLOSURE_ROLES
        or _toggles(element)
    )


def _targets(element: _Element) -> list[str]:
    """The ids of the panels a control names: aria-controls is a list of ids, Bootstrap's
    targets are "#id" selectors, and before version 4 a toggling link's own "#id"."""
    found = [t for name in selectors.DISCLOSURE_TARGET_ATTRIBUTES for t in (element.get(name) or "").split()]
    href = element.get("href") or ""
    if not found and href.startswith("#") and _toggles(element):
        found.append(href)
    return [target.removeprefix("#") for target in found]


def disclosures(root: _Element, hidden: set[_Element]) -> Disclosures:
    """The disclosure panels among the ``hidden`` elements of the page under ``root``."""
    # A panel is named by its id, or is a tab panel: most pages hide nothing so named,
    # and the pass over the page for controls is then not made.
    if not any(e.get("id") or e.get("role") in selectors.PANEL_ROLES for e in hidden):
        return Disclosures()
    controls: dict[str, list[_Element]] = {}
    for element in cast("list[_Element]", _CONTROL_PATH(root)):
        if _is_control(element):
            for target in _targets(element):
                controls.setdefault(target, []).append(element)
    panels = frozenset(
        element
        for element in hidden
        if isinstance(element.tag, str)
        and (element.get("id") in controls or element.get("role") in selectors.PANEL_ROLES)
    )
    return Disclosures(panels, controls)
