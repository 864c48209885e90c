"""One feed item's fields, each read from the elements ``FEED_FIELDS`` names (matched by local name): its body, date,
authors, link, key and publisher; ``feed`` makes them an Article.
"""

from __future__ import annotations

import html
import re
from datetime import date
from urllib.parse import urljoin

from ..ids import stable_keys
from .authornames import Language, no_language, split_authors
from .dates import parse_date
from .feedelements import Children, child_map, element_prefix, element_text, first_inline, is_media, local_name
from .feedxml import Element
from .fields import FEED_FIELDS
from .htmltext import inline_text
from .itemtext import item_text
from .publishers import domain_of, same_site, stated_publisher
from .recorddates import epoch_date
from .redditposts import on_reddit
from .teasers import holds_more, repeats, teaser_first

_RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The elements an item's text is read from, in the order ``item_body`` reads them, then its headline (its text when
# it has no other): the language their ``xml:lang`` names is the item's.
_TEXT_ELEMENTS = (*FEED_FIELDS["body"], *FEED_FIELDS["title"])


def text_language(children: Children) -> str | None:
    """The ``xml:lang`` the element an item's text is read from names (Atom's ``<content xml:lang="fr">``, its
    ``<summary>``'s, the XHTML ``<div>`` its content wraps), else None: the item's, then its feed's, stand."""
    for name in _TEXT_ELEMENTS:
        for element in children.get(name, []):
            if (element.text or "").strip() or len(element):
                inner = [child for child in element if isinstance(child.tag, str)]
                own = element.get(XML_LANG) or (inner[0].get(XML_LANG) if len(inner) == 1 else None)
                return (own or "").strip() or None
    return None


def item_source(children: Children, link: str | None) -> str | None:
    """The publisher an item names itself, by its one name: RSS ``<source>`` (Google News sets it), Atom
    ``<source><title>``; a name tied to an address (``stated_publisher``: "Time" at timeout.com as written, "The
    Telegraph" at dailytelegraph.com.au Sydney's) read at the source's own address (RSS ``url``, Atom ``<link>``),
    else at the item's ``link``: an aggregator's link (news.google.com) is no publisher's."""
    for element in children.get("source", []):
        fields = child_map(element)
        text = inline_text(element_text(fields.get("title", [element])[0]))
        if text:
            return stated_publisher(text, _source_address(element, fields) or link)
    return None


def _source_address(element: Element, fields: Children) -> str | None:
    """The address a ``<source>`` gives its publisher: RSS's ``url`` attribute, Atom's ``<link>``; None for none."""
    address = (element.get("url") or "").strip() or item_link({"link": fields.get("link", [])})
    return address if address and address.startswith(("http://", "https://")) else None


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
    """Full content (content:encoded, Atom content), its teaser (the description or summary) before it unless the
    content holds it (``teasers.teaser_first``); else the description or summary, as plain text; else, for an
    ``item`` that has none of them, its video's ``media:description`` (a YouTube channel's feed); else "".

    Its HTML loses the page reader's boilerplate (``itemtext.item_text``: share and subscribe buttons and widgets),
    and WordPress's closing "The post … appeared first on …" is left out.
    """
    for name in FEED_FIELDS["body"]:
        for element in children.get(name, []):
            if text := _element_body(element):
                if name in _TEASERS:
                    return text
                return _fuller_teaser(children, text) or teaser_first(_item_teaser(children, text), text)
    for element in item.iter():
        if is_media(element) and local_name(element).lower() == "description" and (text := element_text(element).strip()):
            return text
    return ""


def _fuller_teaser(children: Children, body: str) -> str | None:
    """The item's description or summary when it holds its content ``body`` whole and more (``teasers.holds_more``):
    a feed whose content is the story's opening (cut mid-sentence, or its first paragraph) and whose description is
    the story had been indexed by the opening alone; else None. Its page is parsed only when its text holds more."""
    for name in _TEASERS:
        for element in children.get(name, []):
            if holds_more(element_text(element, _tags_stripped), body) and holds_more(text := _element_body(element), body):
                return text
    return None


def _item_teaser(children: Children, body: str) -> str:
    """The item's description or summary beside its content ``body``, without a cut excerpt's "[…] Continue reading"
    tail: a Guardian standfirst, a Substack subtitle; "" when it has none, or when its tags stripped it repeats the
    body (most feeds' excerpt: then its page is never parsed, a millisecond an item)."""
    for name in _TEASERS:
        for element in children.get(name, []):
            if repeats(element_text(element, _tags_stripped), body):
                return ""
            if text := _TEASER_TAIL.sub("", _element_body(element)).strip():
                return text
    return ""


def _tags_stripped(markup: str) -> str:
    """``markup``'s text with its tags cut and entities read: enough to tell whether a teaser repeats its item."""
    return html.unescape(_TAG.sub(" ", markup))


def _element_body(element: Element) -> str:
    """An item's text element as plain text without its boilerplate and WordPress's footer."""
    return _WORDPRESS_FOOTER.sub("", element_text(element, item_text)).strip()


# The elements of FEED_FIELDS["body"] that hold a teaser, read as the body only when no content element has text.
_TEASERS = ("description", "summary")
_TAG = re.compile(r"<[^>]*>")
# Its spaces matched from the first of a run only (from each space of a long run in turn, the search took n² steps).
_WORDPRESS_FOOTER = re.compile(r"(?<!\s)\s*\bThe post .{1,300}? appeared first on [^\n]{1,200}?\.?\s*$")
# A WordPress excerpt's cut mark and link to the rest ("… [&#8230;] Continue reading Pool →"), or a lone link after
# a sentence ("… said. Read more »"): not the teaser's words.
_TEASER_TAIL = re.compile(r"(?<!\s)\s*(?:\[(?:…|\.\.\.)\]\s*(?:(?:Continue reading|Read more)\b[^\n]{0,80})?"
                          r"|(?<=[.!?…])\s+(?:Continue reading|Read more)\b[^\n]{0,80})$")


def item_date(children: Children, kind: str, day_first: bool = False) -> tuple[str, date] | None:
    """``(source, date)`` from the first publication-date element that parses, e.g. ``dc:date``; else its Atom
    ``updated`` (an Atom entry's, or an RSS item's ``a10:updated`` as .NET writes it). ``day_first`` reads a slashed
    ``05/03/2024`` as 5 March (the item's language's order)."""
    for name in FEED_FIELDS["date"] + FEED_FIELDS["update_date"]:
        for element in children.get(name, []):
            text = element_text(element)
            found = parse_date(text, day_first) or epoch_date(text)  # Unix time, as a homemade feed may write it
            if found is not None:
                return f"{element_prefix(element, kind)}:{local_name(element)}", found
    return None


def item_date_texts(children: Children) -> list[str]:
    """The texts of the item's date elements, each as written (``item_date`` reads the first that parses)."""
    return [element_text(element) for name in FEED_FIELDS["date"] + FEED_FIELDS["update_date"]
            for element in children.get(name, [])]


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
    """The article URL: Atom ``link rel=alternate``, RSS ``link`` text, else the address of an Atom entry's content
    held elsewhere (``<content src="…">``, RFC 4287 4.1.3.2: the story itself), else a permalink ``guid``."""
    for element in children.get("link", []):
        href = element.get("href")
        if href is None:
            text = inline_text(element_text(element))
        else:
            text = href.strip() if element.get("rel", "alternate") == "alternate" else ""
        if text:
            return text
    for element in children.get("content", []):
        source = (element.get("src") or "").strip()
        if source:
            return source
    for element in children.get("guid", []):
        text = inline_text(element_text(element))
        if element.get("isPermaLink", "true") != "false" and text.startswith(("http://", "https://")):
            return text
    return None


# Where a blog's feed of readers' comments links each item: WordPress's ``…/ferry/#comment-12``, Blogger's
# ``…/ferry.html?showComment=1714…#c5678``.
_COMMENT_LINK = re.compile(r"#comment-\d+$|[?&]showComment=\d+", re.IGNORECASE)


def comment_feed(items: list[Element]) -> str | None:
    """The first item's link when every item of the feed links to a reader's comment (a blog's comments feed, as
    ``wget --mirror`` saves ``story/feed/`` beside each post); else None."""
    links = [item_link(child_map(item)) or "" for item in items]
    return links[0] if links and all(_COMMENT_LINK.search(link) for link in links) else None


# Hosts a feed service links an item through, to count its readers: the story is the feed's own, not another site's.
FEED_REDIRECTORS = ("feedproxy.google.com", "feeds.feedburner.com", "feedsportal.com")


def original_link(children: Children) -> str | None:
    """The story's own address a Feedburner feed gives beside its redirect (``feedburner:origLink``), else None."""
    found = first_inline(children, ("origlink",))
    return found[1] if found and found[1].startswith(("http://", "https://")) else None


def shared_link(children: Children, url: str | None, site: str | None) -> bool:
    """Whether the item is a link an aggregator's feed shares (Hacker News, Lobsters): its discussion (``<comments>``)
    on the feed's own site, its ``url`` on another, whose story it is."""
    comments = first_inline(children, ("comments",))
    home, story = domain_of(site), domain_of(url)
    discussion = domain_of(comments[1]) if comments else None
    if not (home and story and discussion):
        return False
    return (same_site(discussion, home) and not same_site(story, home)
            and not any(same_site(story, redirector) for redirector in FEED_REDIRECTORS))


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


def item_keys(items: list[Element], site: str | None) -> list[str]:
    """Each item's key: its own id (``item_key``), else its link (``https://news.example/ferry``) while each item
    without an id has one and no two share one (nor one is another item's id), else its place (``3``, counted from
    1): see ``ids.stable_keys``."""
    children = [child_map(item) for item in items]
    own = [item_key(item, kids) for item, kids in zip(items, children)]
    return stable_keys(own, [absolute_link(item_link(kids), item, site) for item, kids in zip(items, children)])


# Reddit's foot under each post in its feeds links the post's subject as "[link]": the article a link post shares,
# or the thread itself for a text post.
_REDDIT_LINK = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>\s*\[link\]\s*</a>""", re.IGNORECASE)


def reddit_link(children: Children, link: str | None) -> str | None:
    """The article a Reddit link post shares, its foot's "[link]" (``https://www.rnz.co.nz/news/ferry``), when the
    item's ``link`` is the Reddit thread (the discussion of it); None for a text post (its [link] is the thread) or
    a picture Reddit hosts (``i.redd.it``), and for an item of any other feed."""
    if not on_reddit(link):
        return None
    for name in ("content", "description", "summary"):
        for element in children.get(name, []):
            found = _REDDIT_LINK.search(element.text or "")
            shared = html.unescape(found[1]).strip() if found else ""
            if shared.startswith(("http://", "https://")):
                return None if on_reddit(shared) else shared
    return None


# Reddit names a user "/u/kiwi" (its feeds' authors, "submitted by /u/kiwi"), or "u/kiwi"; a name is 3 to 20 of these.
_REDDIT_USER = re.compile(r"^(/?)u/([A-Za-z0-9_-]{3,20})$")


def reddit_users(names: tuple[str, ...], *links: str | None) -> tuple[str, ...]:
    """``names`` with a Reddit user's written as the user's name: "/u/kiwi" as "kiwi" in any feed (that form is
    Reddit's), "u/kiwi" only when one of ``links`` (the item's, the feed's) is on Reddit."""
    from_reddit = any(on_reddit(link) for link in links)
    found = ((name, _REDDIT_USER.match(name)) for name in names)
    return tuple(dict.fromkeys(user[2] if user and (user[1] or from_reddit) else name for name, user in found))

