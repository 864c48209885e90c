"""Google News's RSS feeds (a search's, a topic's: ``https://news.google.com/rss/search?q=…``): a headlines feed.

Each item's link is Google's (``https://news.google.com/rss/articles/CBMi…?oc=5``) and its ``description`` no text of
the story: its headline linked again and its publisher's name (``<a …>Ferry cancelled</a>&nbsp;&nbsp;<font
color="#6f6f6f">RNZ</font>``), or a list of other outlets' headlines on the same story. Such an item is its headline
alone (``headlines_only``), as a headlines feed's item is: the publisher's name and the other outlets' headlines had
been its text. An article id that Google wrote with the story's address inside it (its older form: base64 of a
record whose field 4 is the address) is at that address (``held_address``); a newer, opaque one stays Google's link.
"""

from __future__ import annotations

import base64
import binascii
from urllib.parse import urlsplit

from lxml import etree, html

from .feedelements import Children

_HOST = "news.google.com"
_ARTICLE_PATHS = ("/rss/articles/", "/articles/")
_ADDRESS_FIELD = b"\x08\x13\x22"  # the id's record: its kind (field 1, 0x13), then field 4, the address, its length next
_LINK_TAGS = frozenset({"a", "font", "strong", "b"})  # the headline's link, the publisher's grey name, "View Full Coverage"


def is_google_news(link: str | None) -> bool:
    """Whether ``link`` is a Google News article link."""
    if not link:
        return False
    try:
        parts = urlsplit(link.strip())
    except ValueError:
        return False
    return parts.hostname == _HOST and parts.path.startswith(_ARTICLE_PATHS)


def held_address(link: str) -> str | None:
    """The story's own address a Google News article ``link`` holds; None for another link or an opaque id."""
    if not is_google_news(link):
        return None
    key = urlsplit(link.strip()).path.rstrip("/").rpartition("/")[2]
    try:
        data = base64.urlsafe_b64decode(key + "=" * (-len(key) % 4))
    except (binascii.Error, ValueError):
        return None
    if not data.startswith(_ADDRESS_FIELD) or len(data) < 4:
        return None
    length, start = data[3], 4
    if length & 0x80:  # a length of two bytes (a varint): an address of 128 characters or more
        if len(data) < 5:
            return None
        length, start = (length & 0x7F) | (data[4] << 7), 5
    address = data[start:start + length].decode("utf-8", "replace")
    return address if address.startswith(("http://", "https://")) and len(address) == length else None


def headlines_only(children: Children, link: str | None) -> bool:
    """Whether the item (its elements ``children``) is Google News's: its link Google's and its ``description`` only
    links and publishers' names (headlines, never the story's text)."""
    if not is_google_news(link):
        return False
    descriptions = children.get("description", [])
    if not descriptions or children.get("encoded"):
        return False
    markup = descriptions[0].text or ""
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return False
    return bool(root.xpath(".//a")) and all(_only_links(element) for element in root.iter())


def _only_links(element: etree._Element) -> bool:
    """Whether ``element``'s own text, and its tail's, is blank or inside a link or a publisher's name."""
    inside = any(ancestor.tag in _LINK_TAGS for ancestor in [element, *element.iterancestors()])
    parent = element.getparent()
    tail_inside = parent is not None and any(ancestor.tag in _LINK_TAGS for ancestor in [parent, *parent.iterancestors()])
    return (inside or _blank(element.text)) and (tail_inside or _blank(element.tail))


def _blank(text: str | None) -> bool:
    """Whether ``text`` is nothing but spaces, no-break ones too."""
    return not (text or "").replace("\xa0", " ").strip()
