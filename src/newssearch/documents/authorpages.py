"""Links to an author's page ("/author/jdoe/"): a byline's name however its box is named, on a page that links to
one or two authors' pages (more are a menu of the site's authors or other posts' cards)."""

from __future__ import annotations

import re
from typing import TypeAlias

from lxml import html as lxml_html

Element: TypeAlias = lxml_html.HtmlElement

# The address of an author's page: WordPress's "/author/matthias/", "/autor/…", "/authors/…".
AUTHOR_PAGE = re.compile(r"/(?:authors?|autor|autoren|auteur|autore)/[^/]", re.I)
_LINKED_NAME_WORDS = 4  # a link to an author's page saying more is a prompt ("View all posts by Jane Doe")
_FEW_AUTHOR_PAGES = 2  # a page linking to more authors' pages lists them (a menu of authors, other posts' cards)


def few_author_pages(root: Element) -> bool:
    """Whether the page links to the pages of two authors at most, so that such a link is its own byline's."""
    pages = {a.get("href") for a in root.iter("a") if AUTHOR_PAGE.search(a.get("href") or "")}
    return len(pages) <= _FEW_AUTHOR_PAGES


def author_page_link(link: Element, text: str) -> bool:
    """Whether ``link`` is a byline's name linking to the author's page ("/author/jdoe/") whatever its box is named
    (styled components' hashed "PostMeta__MetaItem-vpj5l0-1"): a name's few words, no digit among them."""
    words = text.split()
    return 0 < len(words) <= _LINKED_NAME_WORDS and bool(AUTHOR_PAGE.search(link.get("href") or "")) \
        and not any(c.isdigit() for c in text)
