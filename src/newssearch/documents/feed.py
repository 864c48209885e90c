"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item or entry.

The bytes are parsed by ``feedxml`` (leniently and safely). Elements are matched by local name from ``FEED_FIELDS``
(read by ``feedelements``); an item's fields are ``feeditems``'. An item's key is its guid, else its link, else its
place (``feeditems.item_keys``).
A feed cut short (a download stopped midway) gives the items it holds whole and a skip where it ends: never a
smaller feed, whose missing items the index would delete.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from datetime import date
from functools import cache
from typing import TypedDict

from lxml import etree

from ..errors import UnreadableFile
from ..functionwords import language_of
from ..ids import record_id
from .article import Article, ReadResult
from .authornames import people_and_publisher
from .dayfirst import english_day_first, record_locale
from .feedelements import (
    Children,
    child_map,
    element_prefix,
    elements_apart,
    first_inline,
    local_name,
)
from .feeditems import (
    XML_LANG,
    absolute_link,
    comment_feed,
    enclosure,
    item_authors,
    item_body,
    item_date,
    item_date_texts,
    item_key,
    item_keys,
    item_link,
    item_source,
    original_link,
    reddit_link,
    reddit_users,
    shared_link,
    text_language,
)
from .feedsections import item_sections, recurring_sections
from .feedxml import Element, ParsedXML, end_tags, parse_xml
from .fields import CHANNEL_FIELDS, FEED_FIELDS, RecordError, without_source
from .googlenews import headlines_only, held_address
from .mailalerts import unwrapped
from .mediumfeeds import medium_feed
from .newsml import NEWSML_READERS
from .publishers import publisher_name
from .readertable import OPML_LIST
from .recordresults import Made, gather, no_records
from .textkinds import is_wire_sgml
from .titles import title_from_lede, trim_title
from .urldates import url_dated
from .wordpressexport import export_authors, is_wxr, not_a_post, post_children

# Root element (lower-case local name) -> the feed kind, used as the prefix in date_source.
FEED_ROOTS: dict[str, str] = {"rss": "rss", "rdf": "rss", "feed": "atom"}
# Item element -> the word used in skip reasons ("item 3: no body text").
ITEM_TAGS: dict[str, str] = {"item": "item", "entry": "entry"}
_LEDE_CHARS = 600
_ATOM_ENTRY = "{http://www.w3.org/2005/Atom}entry"


def read_feed(data: bytes, rel: str) -> ReadResult:
    """Read every item of an RSS or Atom feed (an item without text becomes a skip), an NITF article or a NewsML
    document (see ``NEWSML_READERS``); a Reuters SGML story saved as .xml is read as the wire story it is."""
    if is_wire_sgml(data[:4096].decode("latin-1")):  # its tags are ASCII, whatever its text's encoding
        from .sgml import read_sgml

        return read_sgml(data, rel)
    parsed = parse_xml(data)
    root = parsed.root
    if local_name(root).lower() == "nitf":
        from .nitf import read_nitf

        return read_nitf(root, rel)
    newsml = NEWSML_READERS.get(local_name(root))
    if newsml is not None:
        return newsml(root, rel)
    if local_name(root).lower() == "opml":  # a subscription list saved as .xml
        raise UnreadableFile(OPML_LIST)
    if root.tag == _ATOM_ENTRY:  # an Atom Entry Document (RFC 4287, 4.1.2): one entry, no feed around it
        return collect_items([root], "atom", _no_channel(root), rel)
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
    comment = comment_feed(items)
    if comment:  # its items were indexed as articles titled "By: Bob Smith"; a page's comments are left out too
        return no_records(rel, f"a feed of readers' comments, its items linking to them: {comment}")
    wxr = export_authors(channel) if kind == "rss" and is_wxr(channel) else None  # a WordPress export's logins
    return collect_items(items, kind, channel_info(channel, root), rel, unfinished, wxr)


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


def collect_items(items: list[Element], kind: str, channel: Channel, rel: str, unfinished: int | None = None,
                  wxr: dict[str, str] | None = None) -> ReadResult:
    """Articles from the items, in feed order, with a skip for each item that has no text; in a feed cut short
    (``unfinished``, see ``unfinished_items``), a skip for each item the file ends inside, or for where it ends; in a
    WordPress export (``wxr``: its authors' display names by login), a skip for each item that is no published post."""
    complete = len(items) - (unfinished or 0)
    read = [child_map(item) for item in items[:complete]]
    positions = _listed_once(items[:complete], read)
    whole, children = [items[at - 1] for at in positions], [read[at - 1] for at in positions]
    keys = item_keys(whole, channel["link"])
    recurring = recurring_sections(children)  # the categories two items name: sections, not tags (feedsections)
    made = [_made(item, fields, position, key, kind, channel, rel, recurring, wxr)
            for position, item, fields, key in zip(positions, whole, children, keys)]
    if unfinished is not None:
        made.extend(_cut_short(items, complete))
    return gather(made, rel)


def _listed_once(items: list[Element], children: list[Children]) -> list[int]:
    """The places (counted from 1) of ``items`` (their ``children``: ``child_map``) but those of an item repeating an
    earlier one whole, its own id too (a feed listing a story twice, a merged feed): one story, which had been indexed
    twice (``g7``, ``g7-2``). Items that share an id but not their text stay apart, as ``gather`` keeps repeated ids."""
    own = [item_key(item, fields) for item, fields in zip(items, children)]
    repeated = {key for key, count in Counter(own).items() if key is not None and count > 1}
    seen: set[bytes] = set()
    kept = []
    for position, (item, key) in enumerate(zip(items, own), 1):
        if key in repeated:  # only these written out: a feed's other items are never
            written = etree.tostring(item, with_tail=False)
            if written in seen:
                continue
            seen.add(written)
        kept.append(position)
    return kept


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


def _made(item: Element, children: Children, position: int, key: str, kind: str, channel: Channel, rel: str,
          recurring: Collection[str], wxr: dict[str, str] | None = None) -> Made:
    """One item (its elements ``children``) as (key, label, its article or why it has none); ``key`` is its key (see
    ``item_keys``), ``recurring`` the sections other items name (``feedsections.recurring_sections``), ``wxr`` a
    WordPress export's authors (``wordpressexport``)."""
    label = _label(item, position)
    reason = not_a_post(children) if wxr is not None else None
    if reason is not None:
        return key, label, reason
    fields = children if wxr is None else post_children(children, wxr)
    try:
        return key, label, article_from_item(item, fields, kind, channel, rel, record_id(rel, key), recurring)
    except RecordError as exc:
        return key, label, str(exc)


def _item_or_address_date(children: Children, kind: str, day_first: bool, url: str | None) -> tuple[str, date] | None:
    """The item's own date (``item_date``), else its address's; its address's too over an ``updated`` stamp of a day
    before it: an update cannot come before the story was published (an RSS item's and an Atom entry's alike)."""
    found = item_date(children, kind, day_first)
    address = url_dated(url, day_first)
    if found is None or (address is not None and found[0].endswith(":updated") and found[1] < address[1]):
        return address
    return found


def article_from_item(
    item: Element, children: Children, kind: str, channel: Channel, rel: str, article_id: str,
    recurring: Collection[str] = frozenset(),
) -> Article:
    """One Article from one item or entry; an item with a headline and no text (a headlines feed's) is its headline;
    ``recurring``: the sections other items of its feed name (``feedsections.item_sections``)."""
    title = first_inline(children, FEED_FIELDS["title"])
    text = item_body(children, item)
    if not text and not title:
        raise RecordError("no body text")
    own = first_inline(children, FEED_FIELDS["lang"])
    # the language its text's element names (Atom's <content xml:lang>), else its own (xml:lang, <dc:language>), else
    # its feed's: a short item's words are too few to tell
    lang = text_language(children) or item.get(XML_LANG) or (own[1] if own else None) or channel["lang"]
    language = cache(lambda: language_of(lang, text or (title[1] if title else "")))  # "Von Thomas Müller und Anna Weber" in German
    link = absolute_link(item_link(children) or enclosure(children), item, channel["link"])
    if text and headlines_only(children, link):  # Google News's: its description links headlines, no story's text
        text = ""
    # A Google Alert feed's links are Google's redirects: the story is at the address it leads to, published by the
    # site there (the address names it), not by the feed ("Google Alert - ferry"); so is a Google News link holding its
    # story's address, and a link Hacker News or Reddit shares (Reddit's item links the thread, its [link] the article).
    story_address = (unwrapped(link) or held_address(link) or reddit_link(children, link)) if link else None
    url = (story_address or original_link(children) or link) if link else None  # tracking cut in normalised
    elsewhere = story_address or shared_link(children, url, channel["link"])
    # Whoever shared another site's story (a Reddit or Hacker News submitter) did not write it: no author is named.
    named = () if elsewhere else reddit_users(item_authors(children, language) or feed_authors(channel, kind), link,
                                              channel["link"])
    authors, source = people_and_publisher(named,
                                           item_source(children, url) or (None if elsewhere else channel["source"]), url)
    # 06/03/2021 and /06-03-2021/ in the order the feed's language (else its text's, else its address's country, else
    # its publisher's country or its own dates, english_day_first) writes it: German 6 March
    day_first = english_day_first(record_locale([lang], text or (title[1] if title else ""), url), (source,),
                                  lambda: [*item_date_texts(children), url or ""], text)
    published = _item_or_address_date(children, kind, day_first, url)
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
        sections=item_sections(children, recurring),
    )


class Channel(TypedDict):
    """What an RSS channel or Atom feed says of all its items."""

    source: str | None
    lang: str | None
    link: str | None
    authors: tuple[str, ...]  # an Atom entry without an author has the feed's (RFC 4287, 4.2.1)
    writers: tuple[str, ...]  # the writer whose feed it is, its title says: every item's that names none


def channel_info(channel: Element, root: Element) -> Channel:
    """The feed's own title (the articles' source), language, link and authors."""
    children = child_map(channel)
    title, language = first_inline(children, CHANNEL_FIELDS["source"]), first_inline(children, CHANNEL_FIELDS["lang"])
    source, lang = title[1] if title else None, language[1] if language else None
    link = item_link(children)
    generator = first_inline(children, ("generator",))
    medium = medium_feed(source, link, generator[1] if generator else "") if source else None
    if medium is not None:  # "Spinoff Tech - Medium": the publication, not Medium
        source = medium.source
    elif source:  # "World news | The Guardian", "NYT > World News": the publisher, not the section (by its link)
        source = publisher_name(source, link)
    return Channel(source=source, lang=lang or channel.get(XML_LANG) or root.get(XML_LANG), link=link,
                   authors=item_authors({"author": children.get("author", [])}),  # never an item's element
                   writers=medium.authors if medium is not None else ())


def _no_channel(entry: Element) -> Channel:
    """What an Atom Entry Document says around its one entry: its language, nothing else (no feed names a publisher)."""
    return Channel(source=None, lang=entry.get(XML_LANG), link=None, authors=(), writers=())


def feed_authors(channel: Channel, kind: str) -> tuple[str, ...]:
    """The feed's own authors, which an Atom entry without any of its own has (none for RSS); else the writer whose
    feed it is, as its title says ("Stories by Jane Doe on Medium")."""
    return (channel["authors"] if kind == "atom" else ()) or channel["writers"]
