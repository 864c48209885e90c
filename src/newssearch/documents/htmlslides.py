"""A gallery story's hidden sections: shown one at a time, they are the story's text all the same."""

from __future__ import annotations

import re
from collections import Counter
from typing import TypeAlias

from lxml import html as lxml_html

Element: TypeAlias = lxml_html.HtmlElement

_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
MIN_HIDDEN = 2  # hidden sections like a shown one: fewer is a box hidden for its own reasons, not a gallery


def is_hidden(el: Element) -> bool:
    """True when the page hides ``el`` (``hidden``, or ``display: none`` in its style)."""
    return el.get("hidden") is not None or bool(_DISPLAY_NONE.search(el.get("style", "")))


def _kind(el: Element) -> tuple[str, str]:
    """A box's tag and first class name: the sections of one gallery share them ("gallery-section hidden")."""
    names = el.get("class", "").split()
    return el.tag, names[0] if names else ""


class Slides:
    """Which hidden boxes are the sections of a gallery or of a story paged one section at a time: at least
    ``MIN_HIDDEN`` hidden boxes sharing their tag and first class name with a shown sibling (the section the page
    opens on). Judged once per parent, when the first of its hidden boxes is asked about."""

    def __init__(self) -> None:
        self._kinds: dict[Element, set[tuple[str, str]]] = {}

    def is_slide(self, el: Element) -> bool:
        """True when the hidden box ``el`` is one of a gallery's sections."""
        parent = el.getparent()
        if parent is None or not el.get("class", "").strip():
            return False
        kinds = self._kinds.get(parent)
        if kinds is None:
            kinds = self._kinds[parent] = _slide_kinds(parent)
        return _kind(el) in kinds


def _slide_kinds(parent: Element) -> set[tuple[str, str]]:
    shown: set[tuple[str, str]] = set()
    hidden: Counter[tuple[str, str]] = Counter()
    for child in parent:
        if isinstance(child.tag, str) and child.get("class"):
            if is_hidden(child):
                hidden[_kind(child)] += 1
            else:
                shown.add(_kind(child))
    return {kind for kind, count in hidden.items() if count >= MIN_HIDDEN and kind in shown}
