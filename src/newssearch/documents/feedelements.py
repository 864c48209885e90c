"""Reading a feed's XML elements whatever their prefix: by local name, their text as plain text, their children
grouped by name (Media RSS ones left out). Shared by the feed and NITF readers.
"""

from __future__ import annotations

import copy
import html
import re
from collections import defaultdict
from collections.abc import Callable

from lxml import etree

from .feedxml import Element, ParsedXML, parsed_bytes
from .htmltext import inline_text, plain_text

Children = dict[str, list[Element]]
# Media RSS elements (media:content, media:title, media:description) describe a picture or a video, not
# the article: media:content had been read as the item's text.
_MEDIA_NAMESPACES = frozenset({"http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss"})
_XHTML = "{http://www.w3.org/1999/xhtml}"
_UNDECLARED = "xhtml:"  # a prefix a broken feed never declared, kept in the tag's name by the recovering parser

# A CDATA section written as text: escaped (``&lt;![CDATA[…]]&gt;``) by a feed's template, or inside another one, which
# its first ``]]>`` ends (the outer one's ``]]>`` left, which the recovering parser reads as "]>"). Its words up to the
# first ">" had been read as an HTML comment and lost.
_CDATA_AS_TEXT = re.compile(r"\s*<!\[CDATA\[(.*?)(?:\]{1,2}>)?\s*\Z", re.DOTALL)


def first_inline(children: Children, names: tuple[str, ...]) -> tuple[Element, str] | None:
    """The first ``(element, one-line text)`` among ``names`` with any text."""
    for name in names:
        for element in children.get(name, []):
            text = inline_text(element_text(element))
            if text:
                return element, text
    return None


def element_text(element: Element, reduce: Callable[[str], str] = plain_text) -> str:
    """Plain text of an element; markup inside it (Atom XHTML, or HTML a broken feed left raw) reduced by ``reduce``
    (``plain_text``; an item's body is cleaned of boilerplate too)."""
    if any(isinstance(child.tag, str) for child in element):
        inner = html.escape(element.text or "", quote=False) + "".join(map(_markup, element))
        return reduce(inner) if "<" in inner else inner.strip()
    text = element.text or ""
    for child in element:  # only entities left unexpanded are here: HTML's (&nbsp;) read, any other (&xxe;) dropped
        name = child.text or ""
        text += (decoded if (decoded := html.unescape(name)) != name else "") + (child.tail or "")
    if "<![CDATA[" in text and (wrapped := _CDATA_AS_TEXT.match(text)):
        text = wrapped[1]
    if element.get("type") == "text":  # an Atom text construct: never markup, whatever it holds
        return text.strip()
    return reduce(text)


def _markup(child: Element) -> str:
    """``child`` written out as markup, with its tail; XHTML written under a prefix (``<xhtml:p>``, as RFC 4287's own
    example writes it, declared or not) without it, as the HTML reader reads tags: its tags had been read as text."""
    if any(_xhtml_name(node) for node in child.iter()):
        child = copy.deepcopy(child)  # the tail too
        for node in child.iter():
            if name := _xhtml_name(node):
                node.tag = name
        etree.cleanup_namespaces(child)
    return etree.tostring(child, encoding="unicode", with_tail=True)


def _xhtml_name(node: Element) -> str | None:
    """The local name of an XHTML element written under a prefix (``p`` of ``xhtml:p``), else None."""
    if not isinstance(node.tag, str):
        return None
    if node.tag.startswith(_XHTML):
        return node.tag[len(_XHTML):] if node.prefix else None
    name = node.tag.rsplit("}", 1)[-1]
    return name[len(_UNDECLARED):] if name.startswith(_UNDECLARED) else None


def child_map(element: Element) -> Children:
    """An element's child elements grouped by lower-case local name; Media RSS elements left out."""
    children: Children = defaultdict(list)
    for child in element:
        if isinstance(child.tag, str) and not is_media(child):
            children[local_name(child).lower()].append(child)
    return children


def is_media(element: Element) -> bool:
    """Whether ``element`` is a Media RSS one (``media:content``), declared or not."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.startswith("{"):
        return tag[1:].split("}", 1)[0] in _MEDIA_NAMESPACES
    return tag.lower().startswith("media:")


def local_name(element: Element) -> str:
    """``pubDate`` for ``pubDate``, ``{ns}date`` and an undeclared ``dc:date`` alike."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def element_prefix(element: Element, kind: str) -> str:
    """The element's namespace prefix (``dc``, ``content``), else the feed kind (``rss``, ``atom``)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if ":" in tag and "}" not in tag:
        return tag.split(":", 1)[0]
    return element.prefix or kind


def elements_apart(parsed: ParsedXML, names: tuple[str, ...]) -> list[Element]:
    """The elements of these local names (any prefix, any case), each parsed from its own bytes: from its start
    tag to the next one's, after the document's bytes up to its root's start tag (its DOCTYPE's entities and its
    namespaces).

    For a feed whose recovering parse nested each item in the one before (a tag its raw HTML leaves open, as a
    ``<br>``): each had the text of all after it, and past libxml2's limit on depth the rest was lost.
    """
    data, alternatives = parsed.data, "|".join(re.escape(name) for name in names).encode()
    root = re.escape(local_name(parsed.root).encode())
    opening = re.search(rb"<(?:[\w.-]+:)?" + root + rb"[\s/>][^>]*>", data)
    head = data[: opening.end()] if opening else b""
    starts = [m.start() for m in re.finditer(rb"<(?:[\w.-]+:)?(?:" + alternatives + rb")[\s/>]", data, re.IGNORECASE)]
    found = []
    for start, end in zip(starts, [*starts[1:], len(data)]):
        try:
            alone, _errors = parsed_bytes(head + data[start:end])
        except etree.XMLSyntaxError:
            continue
        element = next((el for el in alone.iter() if local_name(el).lower() in names), None) if alone is not None else None
        if element is not None:
            found.append(element)
    return found
