"""Whether a box named as boilerplate, an <aside> or a <noscript> is in fact the page's wrapper: one that holds most of
the page's text (a layout named for the sidebar beside the story, a sidebar its page left open around the story, a page
written for browsers without scripts)."""

from __future__ import annotations

import re
from typing import TypeAlias

from lxml import html as lxml_html

Element: TypeAlias = lxml_html.HtmlElement

# Tags whose content is never text; the others of DROP_TAGS hold text that is not the story's.
NOT_TEXT = ("script", "style", "noscript", "template", "svg", "object", "embed", "canvas", "map")
# A box named as boilerplate (a sidebar, a share box) or an <aside> that holds more than this share of the page's text
# outside links wraps the page: a layout's name ("layoutTwoColumnsRightSidebar", "documentContent__sharingContainer")
# or a sidebar its page left open around the story. Readers' comments, a paper's references and teasers for other
# stories may well be longer than the story, and go.
MOST_OF_PAGE = 0.5
MIN_NOSCRIPT_PAGE = 200  # characters of a <noscript>'s text below which it is never the page (a pixel, a notice)
_LONG_BOILERPLATE = re.compile(r"comment|disqus|respon|repl(?:y|ies)|discuss|talkback|kommentar|commentaire|comentario|"
                               r"referenc|ref-?list|bibliograph|citation|footnote|related|recirc|teaser", re.I)


def prose_chars(el: Element) -> int:
    """The characters of ``el``'s text outside links."""
    return len(el.text_content()) - sum(len(a.text_content()) for a in el.iter("a"))


def wraps_the_page(el: Element, names: str, page: int) -> bool:
    """True when ``el``, named ``names``, holds more than ``MOST_OF_PAGE`` of the ``page``'s prose and is no comments',
    references' or teasers' box."""
    return not _LONG_BOILERPLATE.search(names) and prose_chars(el) > MOST_OF_PAGE * page


def drop_noscripts(root: Element) -> None:
    """Remove what a page shows browsers without scripts (a tracking pixel, "Please enable JavaScript"), unless it is
    most of the page's text: a site that writes its whole page for them inside a ``<noscript>`` (parks.it)."""
    noscripts = [(el, prose_chars(el)) for el in root.iter("noscript")]
    page = prose_chars(root) if any(chars > MIN_NOSCRIPT_PAGE for _, chars in noscripts) else 0  # most pages: none
    for el, chars in noscripts:
        if el.getparent() is None:
            continue
        if page and chars > MOST_OF_PAGE * page:
            el.drop_tag()
        else:
            el.drop_tree()
