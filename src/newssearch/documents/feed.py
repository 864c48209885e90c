"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item or entry.

The bytes are parsed by ``feedxml`` (leniently and safely). Elements are matched by local name from ``FEED_FIELDS``
(read by ``feedelements``).
A feed cut short (a download stopped midway) gives the items it holds whole and a skip where it ends: never a
smaller feed, whose missing items the index would delete.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TypedDict
from urllib.parse import urljoin

from ..errors import UnreadableFile
from ..functionwords import language_of
from ..ids import record_id
from .article import Article, ReadResult
from .authornames import Language, no_language, people_and_publisher, split_authors
from .dates import parse_date
from .feedelements import (
    Children,
    child_map,
    element_prefix,
    element_text,
    elements_apart,
    first_inline,
    is_media,
    local_name,
)
from .feedxml import Element, ParsedXML, end_tags, parse_xml
from .fields import (
    CHANNEL_FIELDS,
    FEED_FIELDS,
    Made,
    RecordError,
    gather,
    no_records,
    without_source,
)
from .htmltext import inline_text
from .itemtext import item_text
from .newsml import NEWSML_READERS
from .publishers import publisher_name
from .titles import title_from_lede, trim_title
from .urldates import url_dated

# Root element (lower-case local name) -> the feed kind, used as the prefix in date_source.
FEED_ROOTS: dict[str, str] = {"rss": "rss", "rdf": "rss", "feed": "atom"}
# Item element -> the word used in skip reasons ("item 3: no body text").
ITEM_TAGS: dict[str, str] = {"item": "item", "entry": "entry"}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"
_LEDE_CHARS = 600


def read_feed(data: bytes, rel: str) -> ReadResult:
    """Read every item of an RSS or Atom feed (an item without text becomes a skip), an NITF article or a NewsML
    document (see ``NEWSML_READERS``)."""
    parsed = parse_xml(data)
    root = parsed.root
    if local_name(root).lower() == "nitf":
        from .nitf import read_nitf

        return read_nitf(root, rel)
    newsml = NEWSML_READERS.get(local_name(root))
    if newsml is not None:
        return newsml(root, rel)
    kind = FEED_ROOTS.get(local_name(root).lower())
    if kind is None:
        raise UnreadableFile(f"not an RSS or Atom feed, an NITF article or a NewsML item (root element <{local_name(root)}>)")
    channel = next((el for el in root if local_name(el).lower() == "channel"), root)
    # Any depth: recovering from an unclosed tag can nest the next item inside the previous one.
    items = [el for el in root.iter() if local_name(el).lower() in ITEM_TAGS]
    if parsed.too_deep or any(_nested(item) for item in items):
        items = elements_apart(parsed, tuple(ITEM_TAGS))
    unfinished = unfinished_items(parsed, items, channel)
    if not items and unfinished is not None:
        raise UnreadableFile("feed cut short before its first item (the file ends early)")
    if not items:
        return no_records(rel, "feed has no items")
    return collect_items(items, kind, channel_info(channel, root), rel, unfinished)


def _nested(item: Element) -> bool:
    """Whether ``item`` is inside another item: never so in a feed, but so when a recovering parse nests them."""
    return any(local_name(el).lower() in ITEM_TAGS for el in item.iterancestors())


def unfinished_items(parsed: ParsedXML, items: list[Element], channel: Element) -> int | None:
    """None for a feed read to its end; for one cut short, how many of its last items the file ends inside (0 when
    it ends between two).

    A feed is cut short when the parser found it broken and the element holding its items (an RSS channel, an Atom
    feed) is never closed: the recovering parser closes it at the end of the data, as if the feed ended there.
    """
    container = items[0].getparent() if items else channel
    if not parsed.broken or container is None or end_tags(parsed.data, (local_name(container),)):
        return None
    return max(0, len(items) - end_tags(parsed.data, tuple(ITEM_TAGS)))


def collect_items(items: list[Element], kind: str, channel: Channel, rel: str, unfinished: int | None = None) -> ReadResult:
    """Articles from the items, in feed order, with a skip for each item that has no text; in a feed cut short
    (``unfinished``, see ``unfinished_items``), a skip for each item the file ends inside, or for where it ends."""
    whole = items if unfinished is None else items[: len(items) - unfinished]
    made = [_made(item, position, kind, channel, rel) for position, item in enumerate(whole, 1)]
    if unfinished is not None:
        made.extend(_cut_short(items, len(whole)))
    return gather(made, rel)


def _cut_short(items: list[Element], whole: int) -> list[Made]:
    """The skips of a feed cut short after its first ``whole`` items: one for each item after them (the file ends
    inside it; its key may be cut too, so the file is named), else one for where the file ends."""
    if whole == len(items):
        return [(None, f"after {_label(items[-1], whole)}", "the file ends here, before the feed does (cut short)")]
    return [(None, _label(item, position), "the file ends inside it (cut short)")
            for position, item in enumerate(items[whole:], whole + 1)]


def _label(item: Element, position: int) -> str:
    """``item 3`` or ``entry 3``: where a record is, in skip reasons."""
    return f"{ITEM_TAGS[local_name(item).lower()]} {position}"


def _made(item: Element, position: int, kind: str, channel: Channel, rel: str) -> Made:
    """One item as (key, label, its article or why it has none)."""
    children = child_map(item)
    key = item_key(item, children) or str(position)
    label = _label(item, position)
    try:
        return key, label, article_from_item(item, children, kind, channel, rel, record_id(rel, key))
    except RecordError as exc:
        return key, label, str(exc)


def article_from_item(
    item: Element, children: Children, kind: str, channel: Channel, rel: str, article_id: str
) -> Article:
    """One Article from one item or entry; an item with a headline and no text (a headlines feed's) is its headline."""
    title = first_inline(children, FEED_FIELDS["title"])
    text = item_body(children, item)
    if not text and not title:
        raise RecordError("no body text")
    published = item_date(children, kind)
    lang = item.get(_XML_LANG) or channel["lang"]
    language = cache(lambda: language_of(lang, text or (title[1] if title else "")))  # "Von Thomas Müller und Anna Weber" in German
    authors, source = people_and_publisher(item_authors(children, language) or feed_authors(channel, kind),
                                           item_source(children) or channel["source"])
    url = absolute_link(item_link(children) or enclosure(children), item, channel["link"])
    published = published or url_dated(url)
    headline = trim_title(without_source(title[1], source, url)) if title else title_from_lede(text[:_LEDE_CHARS])
    return Article(
        id=article_id,
        path=rel,
        title=headline,
        title_source=f"{element_prefix(title[0], kind)}:title" if title else "lede",
        body=text or headline,
        date=published[1] if published else None,
        date_source=published[0] if published else None,
        authors=authors,
        source=source,
        url=url,
        lang=lang or language(),  # an item no feed names a language of: as its function words show
    )


def item_source(children: Children) -> str | None:
    """The publisher an item names itself, by its one name: RSS ``<source>`` (Google News sets it), Atom
    ``<source><title>``."""
    for element in children.get("source", []):
        title = child_map(element).get("title", [element])[0]
        text = inline_text(element_text(title))
        if text:
            return publisher_name(text)
    return None


class Channel(TypedDict):
    """What an RSS channel or Atom feed says of all its items."""

    source: str | None
    lang: str | None
    link: str | None
    authors: tuple[str, ...]  # an Atom entry without an author has the feed's (RFC 4287, 4.2.1)


def channel_info(channel: Element, root: Element) -> Channel:
    """The feed's own title (the articles' source), language, link and authors."""
    children = child_map(channel)
    title, language = first_inline(children, CHANNEL_FIELDS["source"]), first_inline(children, CHANNEL_FIELDS["lang"])
    source, lang = title[1] if title else None, language[1] if language else None
    link = item_link(children)
    if source:  # "World news | The Guardian", "NYT > World News": the publisher, not the section
        source = publisher_name(source, link)
    return Channel(source=source, lang=lang or channel.get(_XML_LANG) or root.get(_XML_LANG), link=link,
                   authors=item_authors({"author": children.get("author", [])}))  # never an item's element


def feed_authors(channel: Channel, kind: str) -> tuple[str, ...]:
    """The feed's own authors, which an Atom entry without any of its own has; none for RSS."""
    return channel["authors"] if kind == "atom" else ()


def absolute_link(link: str | None, item: Element, site: str | None) -> str | None:
    """``link`` made absolute against the item's ``xml:base`` (Atom), else the feed's own link (RSS).

    A feed may give "/2024/03/wells" for https://blog.example.com/2024/03/wells; kept relative, the
    URL could neither be opened nor found by ``url:``.
    """
    if not link or link.startswith(("http://", "https://")):
        return link
    for base in (item.base, site):
        if base and base.startswith(("http://", "https://")):
            try:
                return urljoin(base, link)
            except ValueError:  # "//ex[ample.com/a": a bracket that opens no IPv6 address
                return link
    return link


def item_body(children: Children, item: Element) -> str:
    """Full content (content:encoded, Atom content), else the description or summary, as plain text; else,
    for an ``item`` that has none of them, its video's ``media:description`` (a YouTube channel's feed); else "".

    Its HTML loses the page reader's boilerplate (``itemtext.item_text``: share and subscribe buttons and widgets),
    and WordPress's closing "The post … appeared first on …" is left out.
    """
    for name in FEED_FIELDS["body"]:
        for element in children.get(name, []):
            text = _WORDPRESS_FOOTER.sub("", element_text(element, item_text)).strip()
            if text:
                return text
    for element in item.iter():
        if is_media(element) and local_name(element).lower() == "description" and (text := element_text(element).strip()):
            return text
    return ""


# Its spaces matched from the first of a run only (from each space of a long run in turn, the search took n² steps).
_WORDPRESS_FOOTER = re.compile(r"(?<!\s)\s*\bThe post .{1,300}? appeared first on [^\n]{1,200}?\.?\s*$")


def item_date(children: Children, kind: str) -> tuple[str, date] | None:
    """``(source, date)`` from the first publication-date element that parses, e.g. ``dc:date``; else, in an Atom
    entry, its ``updated``."""
    for name in FEED_FIELDS["date"] + (FEED_FIELDS["atom_date"] if kind == "atom" else ()):
        for element in children.get(name, []):
            found = parse_date(element_text(element))
            if found is not None:
                return f"{element_prefix(element, kind)}:{local_name(element)}", found
    return None


def item_authors(children: Children, language: Language = no_language) -> tuple[str, ...]:
    """Names from every dc:creator, RSS author and Atom author/name, in that order, without repeats; a byline in
    the item's ``language`` read in it."""
    names: list[str] = []
    for name in FEED_FIELDS["authors"]:
        for element in children.get(name, []):
            atom_name = child_map(element).get("name")
            names.extend(split_authors(element_text(atom_name[0] if atom_name else element), language))
    return tuple(dict.fromkeys(names))


def item_link(children: Children) -> str | None:
    """The article URL: Atom ``link rel=alternate``, RSS ``link`` text, else a permalink ``guid``."""
    for element in children.get("link", []):
        href = element.get("href")
        if href is None:
            text = inline_text(element_text(element))
        else:
            text = href.strip() if element.get("rel", "alternate") == "alternate" else ""
        if text:
            return text
    for element in children.get("guid", []):
        text = inline_text(element_text(element))
        if element.get("isPermaLink", "true") != "false" and text.startswith(("http://", "https://")):
            return text
    return None


def enclosure(children: Children) -> str | None:
    """The address of an item's attached file (a podcast episode), for an item with no link of its own."""
    for element in children.get("enclosure", []):
        url = (element.get("url") or "").strip()
        if url:
            return url
    return None


def item_key(item: Element, children: Children) -> str | None:
    """The item's own id: RSS ``guid``, Atom ``id`` or RSS 1.0 ``rdf:about``."""
    found = first_inline(children, FEED_FIELDS["id"])
    if found:
        return found[1]
    about = item.get(_RDF_ABOUT)
    return about.strip() if about and about.strip() else None
