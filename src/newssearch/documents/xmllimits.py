"""libxml2's limit on the length of one text (10,000,000 characters): a document that meets it is parsed again
without it, with libxml2's "huge" option.

Met, the limit had emptied an HTML page, cut a feed's item (and its HTML) without a word and refused a Word
document as not well-formed. libxml2's other guards stay: its HTML parser's limit on depth (255 levels; the readers
walk a tree recursively) is never lifted, but a page that meets it (a pile of unclosed tags, which had lost every word
under and after it) is written again with the tags past a depth left out (deephtml), and libxml2 checks entity
expansion (a "billion laughs") with the option or without. Its XML parser's limit on depth (feeds,
Word parts) rises with the option, from 256 levels to 2,048: deeper than Python's recursion limit, which a walk of
such a tree meets as "too deeply nested" (corpusreads).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from lxml import html as lxml_html

from .deephtml import capped_depth

Tree = TypeVar("Tree")
_HTML = lxml_html.HTMLParser()
_HUGE_HTML = lxml_html.HTMLParser(huge_tree=True)  # an HTML parser expands no entity a page declares

# How libxml2 words it: "Text node too long, try XML_PARSE_HUGE", "Buffer size limit exceeded, try XML_PARSE_HUGE"
# (HTML), "CData section too big found", "xmlSAX2Characters: huge text node" (before 2.11).
_SIGNS = ("xml_parse_huge", "too big", "too long", "huge text")


def past_text_limit(message: str | None) -> bool:
    """Whether libxml2's error ``message`` says it stopped at a limit on size that its "huge" option lifts (a text,
    a CDATA section), not at its limit on depth."""
    said = (message or "").casefold()
    return any(sign in said for sign in _SIGNS) and "depth" not in said


# How libxml2 words its stop at an entity bomb ("Maximum entity amplification factor exceeded", "Detected an entity
# reference loop"; before 2.11, "…entities expansion…"). A recovering parse stops there: what follows is not read.
_ENTITY_BOMB = ("entity amplification", "entity reference loop", "entities expansion")
ENTITY_BOMB = "declares entities that expand without end (an entity expansion bomb): not read"


def entity_bomb(message: str | None) -> bool:
    """Whether libxml2's error ``message`` says it stopped at entities that expand without end."""
    said = (message or "").casefold()
    return any(sign in said for sign in _ENTITY_BOMB)


def past_depth_limit(message: str | None) -> bool:
    """Whether libxml2's error ``message`` says it stopped building the tree at its limit on depth."""
    return "excessive depth" in (message or "").casefold()


def html_tree(parse: Callable[..., Tree], text: str, **options: object) -> Tree:
    """``parse(text, **options)`` (``lxml.html.document_fromstring``, ``fragment_fromstring``) with lxml's HTML
    parser, again without its limit on a text's length when the text met it, and with the tags past a depth left
    out when the page met its limit on depth."""
    tree = parse(text, parser=_HTML, **options)
    if any(past_depth_limit(error.message) for error in _HTML.error_log):
        text = capped_depth(text)
        tree = parse(text, parser=_HTML, **options)
    if any(past_text_limit(error.message) for error in _HTML.error_log):
        tree = parse(text, parser=_HUGE_HTML, **options)
    return tree
