"""A gallery story's hidden sections: shown one at a time, they are the story's text all the same."""

from __future__ import annotations

import re
from collections import defaultdict
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


def show_slides(root: Element) -> None:
    """Unhide the sections of a gallery or a story paged one section at a time: hidden boxes of which at least
    ``MIN_HIDDEN`` share their tag and first class name with a shown sibling, the section the page opens on."""
    hidden: dict[Element, list[Element]] = defaultdict(list)
    for el in root.xpath("//*[@hidden or contains(@style, 'none')]"):
        parent = el.getparent()
        if parent is not None and is_hidden(el) and el.get("class", "").strip():
            hidden[parent].append(el)
    for parent, boxes in hidden.items():
        if len(boxes) < MIN_HIDDEN:
            continue
        hidden_ids = {id(box) for box in boxes}
        shown = {_kind(child) for child in parent if isinstance(child.tag, str) and id(child) not in hidden_ids}
        runs = defaultdict(list)
        for box in boxes:
            runs[_kind(box)].append(box)
        for kind, run in runs.items():
            if kind in shown and len(run) >= MIN_HIDDEN:
                for box in run:
                    box.attrib.pop("hidden", None)
                    box.set("style", _DISPLAY_NONE.sub("", box.get("style", "")))
