"""An item's own HTML (a feed item's content) as plain text, cleaned by the page reader's boilerplate rules.

An item is already the article, so no main block is looked for: only its controls, its share, subscribe and
newsletter widgets (by their class names) and the page reader's boilerplate lines ("Subscribe now", "Share",
"Share this:") go. Substack's buttons and WordPress's share box had made every item of a feed match ``subscribe``,
``twitter`` and ``facebook``.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from .htmlbody import is_boilerplate_line
from .htmlclean import clean_item, drop_promotions
from .htmltext import html_to_text, looks_like_markup, plain_text


def item_text(text: str) -> str:
    """``text`` as plain text; when it is HTML, without its boilerplate elements and lines."""
    if not looks_like_markup(text):
        return plain_text(text)
    paragraphs = (_without_boilerplate_lines(p) for p in html_to_text(clean_item_html(text)).split("\n\n"))
    return "\n\n".join(drop_promotions([p for p in paragraphs if p]))


def clean_item_html(fragment: str) -> str:
    """``fragment`` without its controls and boilerplate boxes (``htmlclean.clean_item``), as HTML again."""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    clean_item(root)
    return etree.tostring(root, encoding="unicode", method="html")


def _without_boilerplate_lines(paragraph: str) -> str:
    return "\n".join(line for line in paragraph.split("\n") if not is_boilerplate_line(line))
