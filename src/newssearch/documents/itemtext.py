"""An item's own HTML (a feed item's content) as plain text, cleaned by the page reader's boilerplate rules.

An item is already the article, so no main block is looked for: only its controls, its share, subscribe and
newsletter widgets (by their class names) and the page reader's boilerplate lines ("Subscribe now", "Share",
"Share this:") go, and so do the lines of bare network names ("Twitter", "Facebook | X") right under a share label, a
share box without classes. Substack's buttons and WordPress's share box had made every item of a feed match ``subscribe``,
``twitter`` and ``facebook``.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from .boilerlines import drop_promotions
from .htmlblocks import is_boilerplate_line
from .htmlclean import clean_item
from .htmltext import html_to_text, looks_like_markup, plain_text
from .xmllimits import html_tree

# HTML escaped twice (``&amp;lt;p&amp;gt;``), once decoded: text that opens or closes with a tag is markup.
_OPENS_WITH_TAG = re.compile(r"^\s*<[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_CLOSES_WITH_TAG = re.compile(r"</[A-Za-z][A-Za-z0-9]*\s*>\s*$")
# A share box's label, and a line of its networks' names alone: under the label, never the story's words.
_SHARE_LABEL = re.compile(r"^\s*share(?: this(?: article| story| post)?)?\s*:?\s*$", re.I)
_NETWORK = (r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|e-?mail|print|telegram|tumblr|pocket|"
            r"mastodon|threads|bluesky|flipboard|messenger|sms|copy link|more)")
_NETWORK_LINE = re.compile(rf"^\s*{_NETWORK}(?:\s*[|,•·/]?\s*{_NETWORK})*\s*$", re.I)


def item_text(text: str) -> str:
    """``text`` as plain text; when it is HTML, without its boilerplate elements and lines. HTML escaped twice is read
    as HTML: its tags had been stored and searched as words ("<p>The mayor…")."""
    if not looks_like_markup(text):
        text = plain_text(text)
        if not escaped_twice(text):
            return text
    # a notice closing a paragraph is cut off it there (boilerlines.drop_promotions), the story kept
    paragraphs = _without_boilerplate_lines(html_to_text(clean_item_html(text)).split("\n\n"))
    return "\n\n".join(drop_promotions([p for p in paragraphs if p]))


def escaped_twice(text: str) -> bool:
    """Whether ``text``, decoded once already, is still HTML: it holds a known tag and opens or closes with a tag."""
    return looks_like_markup(text) and bool(_OPENS_WITH_TAG.match(text) or _CLOSES_WITH_TAG.search(text))


def clean_item_html(fragment: str) -> str:
    """``fragment`` without its controls and boilerplate boxes (``htmlclean.clean_item``), as HTML again."""
    try:
        root = html_tree(lxml_html.fragment_fromstring, fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    clean_item(root)
    return etree.tostring(root, encoding="unicode", method="html")


def _without_boilerplate_lines(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without their boilerplate lines (``is_boilerplate_line``), nor the lines of bare network names
    right under a share label (``_SHARE_LABEL``), in its paragraph or the next: a share box without classes had left
    "Facebook" in the text."""
    kept, after_share = [], False
    for paragraph in paragraphs:
        lines = []
        for line in paragraph.split("\n"):
            if after_share and _NETWORK_LINE.match(line):
                continue
            after_share = bool(_SHARE_LABEL.match(line))
            if not is_boilerplate_line(line):
                lines.append(line)
        kept.append("\n".join(lines))
    return kept
