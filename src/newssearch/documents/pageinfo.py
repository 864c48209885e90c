"""What a page's metadata is read from (``PageInfo``), gathered from the whole page before the body extractor prunes
its tree: meta tags, JSON-LD, headings, the title, time stamps, bylines, the site's names. ``htmlmeta`` reads the
fields from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeAlias
from urllib.parse import urljoin

from lxml import html as lxml_html

from . import jsonld
from .archives import ArchiveSave, article_address
from .creditlists import credited_writers
from .headingtext import heading_text
from .htmlauthors import copyright_holders, dated_names, signatures, source_agencies
from .pageboxes import PAGE_TAGS, class_hints, collect_bylines, collect_dates, flat_text, parents
from .pagelines import kickers, text_lines
from .publishers import domain_of
from .sitenames import collect_site_names
from .ucozposts import collect_ucoz_day
from .wixposts import collect_wix_post

Element: TypeAlias = lxml_html.HtmlElement
Found = tuple[Any, str | None]

_HEADLINE_HINT = re.compile(r"headline|title|article|entry|post|story", re.I)
# An h2 that heads the story, not a widget ("widget-title") or a section: a page without an h1 may set it so.
_H2_HEADLINE = re.compile(r"headline|(?:entry|post|article|story|news)[-_]?title", re.I)


@dataclass
class PageInfo:
    """What metadata extraction needs from one page, gathered before the tree is pruned."""

    metas: dict[str, list[str]] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    objects: list[dict[str, Any]] = field(default_factory=list)
    h1s: list[str] = field(default_factory=list)
    headline_h1s: list[str] = field(default_factory=list)
    headline_h2: str | None = None  # an h2 its class marks as the headline ("article-headline", "entry-title")
    title: str | None = None
    times: list[str] = field(default_factory=list)
    date_texts: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    copyrights: list[str] = field(default_factory=list)  # the holders the page's foot states a copyright of
    signatures: list[str] = field(default_factory=list)  # names alone in bold that end a story's paragraphs
    dated_names: list[str] = field(default_factory=list)  # names beside the date on a line under the headline
    credited_writers: list[str] = field(default_factory=list)  # the writer a magazine's credits list names
    source_agencies: list[str] = field(default_factory=list)  # wire agencies a "Quelle: dpa" line credits
    lines: list[str] = field(default_factory=list)  # the page's text from the top, a line per run between tags
    kickers: list[tuple[str, str]] = field(default_factory=list)  # (h1, the date line over it in its box)
    script_dates: list[str] = field(default_factory=list)  # publication stamps in its scripts' data (see script_dates)
    site_names: list[str] = field(default_factory=list)
    brand_names: list[str] = field(default_factory=list)
    microdata_publisher: str | None = None
    microdata_url: str | None = None  # the address a microdata article names as its own (see _microdata_address)
    canonical: str | None = None
    html_lang: str | None = None
    url: str | None = None

    def meta(self, *keys: str) -> Found:
        """The first non-empty meta value among ``keys``, with its key."""
        for key in keys:
            for value in self.metas.get(key, ()):
                if value.strip():
                    return value.strip(), key
        return None, None

    def addresses(self) -> tuple[str | None, str | None, str | None]:
        """The page's own addresses, the likeliest first: its canonical link, its og:url, the address it was
        fetched from."""
        return self.canonical, self.meta("og:url")[0], self.url

    def address(self) -> str | None:
        """The first of ``addresses`` the page gives."""
        return next(filter(None, self.addresses()), None)


def page_info(root: Element, url: str | None = None, save: ArchiveSave | None = None) -> PageInfo:
    """Collect meta tags, JSON-LD, headings, time stamps and bylines of an unpruned page.

    Addresses are the article's: an archived one (``web.archive.org/web/<time>/<original>``) is its original, an
    archive's own is none; the meta tags an archive wrote of its capture (``save``) are left out.
    """
    own_metas = save.own_metas if save else frozenset()
    info = PageInfo(url=article_address(url) or (save.original if save else None),
                    html_lang=root.get("lang") or root.get("xml:lang"))
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        if key and el.get("content") is not None and key not in own_metas:
            content = article_address(el.get("content")) if key == "og:url" else el.get("content")
            if content is not None:
                info.metas.setdefault(key, []).append(content)
    for key, value in parsely_page(info.metas.get("parsely-page", ())):
        info.metas.setdefault(key, []).append(value)
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            try:
                info.canonical = article_address(urljoin(url or "", link.get("href").strip()))
            except ValueError:  # "https://ex[ample.com/a": a bracket that opens no IPv6 address
                pass
            break
    scripts = [s.text_content() for s in root.iter("script") if "ld+json" in (s.get("type") or "").lower()]
    info.objects = jsonld.objects(scripts)
    info.script_dates = script_dates(s.text or "" for s in root.iter("script")
                                     if "ld+json" not in (s.get("type") or "").lower())
    info.articles = jsonld.articles(info.objects, info.addresses())
    h1s = [(h, heading_text(h)) for h in root.iter("h1")]
    info.h1s = [text for _, text in h1s if text]
    info.headline_h1s = [text for h, text in h1s if text and _in_article(h) and not _aside(h)]
    info.headline_h2 = next((text for h in root.iter("h2") if _H2_HEADLINE.search(h.get("class") or "")
                             and not _aside(h) and (text := heading_text(h))), None)
    title = root.find(".//title")
    info.title = flat_text(title) if title is not None else None
    info.microdata_publisher = _microdata_publisher(root)
    info.microdata_url = _microdata_address(root)
    collect_dates(root, info)
    collect_bylines(root, info)
    collect_wix_post(root, info)  # Wix's byline and day, marked by its hooks alone
    collect_ucoz_day(root, info)  # a uCoz entry's day, in its date bar's links
    info.copyrights, info.signatures, info.dated_names = copyright_holders(root), signatures(root), dated_names(root)
    info.source_agencies = source_agencies(root)
    info.credited_writers = credited_writers(root)
    info.lines = text_lines(root)
    info.kickers = kickers(root)
    info.site_names, info.brand_names = collect_site_names(root, domain_of(info.canonical or info.url))
    return info


# A publication stamp as a page's scripts keep it in their data: Shopify's "published_at", a review's
# "publishedDate", a framework's "publishedAt"; an ISO day at least, as data writes it.
_SCRIPT_DATE = re.compile(r'"(?:published_?at|published_?date|publish_?date|publication_?date)"\s*:\s*"(\d{4}-\d\d-\d\d[^"]{0,40})"',
                          re.IGNORECASE)


def script_dates(scripts: Iterable[str]) -> list[str]:
    """The publication stamps in the data of a page's scripts (``"published_at":"2019-03-02T06:22:28+01:00"``);
    none when they give more than one day, as a list of other stories or products does."""
    stamps = [found.group(1) for script in scripts for found in _SCRIPT_DATE.finditer(script)]
    return stamps if len({stamp[:10] for stamp in stamps}) == 1 else []


# What Parse.ly's older ``parsely-page`` record (JSON in one meta tag) says under the names of its newer tags.
_PARSELY_FIELDS = {"author": "parsely-author", "authors": "parsely-author", "pub_date": "parsely-pub-date"}


def parsely_page(records: Iterable[str]) -> list[tuple[str, str]]:
    """(meta key, value) for the author and publication stamp of Parse.ly's ``parsely-page`` records, as its newer
    tags give them (``parsely-author``, ``parsely-pub-date``); a record that is not a JSON object gives none."""
    found: list[tuple[str, str]] = []
    for record in records:
        try:
            fields = json.loads(record)
        except ValueError:
            continue
        for name, key in _PARSELY_FIELDS.items() if isinstance(fields, dict) else ():
            values = fields.get(name)
            found += [(key, value) for value in (values if isinstance(values, list) else [values])
                      if isinstance(value, str) and value.strip()]
    return found


def _microdata_publisher(root: Element) -> str | None:
    """The name of a schema.org microdata publisher: ``<div itemprop="publisher" itemscope><meta itemprop="name"
    content="Bendigo Star">``, or None."""
    for box in root.xpath(".//*[@itemprop='publisher']"):
        for named in box.xpath(".//*[@itemprop='name']"):
            name = " ".join((named.get("content") or named.text_content() or "").split())
            if name:
                return name
    return None


# A schema.org item type that is an article: Article, NewsArticle, ReportageNewsArticle, BlogPosting, …
_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting)/?$")
_ADDRESS_PROPS = ("mainEntityOfPage", "url")  # the page an article is the main entity of, best first


def _microdata_address(root: Element) -> str | None:
    """The address a schema.org microdata article names as its own, as JSON-LD's does: its mainEntityOfPage (an
    address in a ``<meta>``'s ``content`` or a ``<link>``'s ``href``, or a WebPage's ``itemid``, as Google's example
    writes it), else its url; never an author's or publisher's url (a property of their own item). Only metas and
    links are read: a page's every element had been searched for these (1% of reading a page), and an article's
    own address is not a link in its text."""
    found: dict[str, str] = {}
    for el in root.iter("meta", "link"):
        props = set((el.get("itemprop") or "").split()) & set(_ADDRESS_PROPS)
        value = (el.get("content") or el.get("href") or el.get("itemid") or "").strip()
        if not props or not value.startswith(("http://", "https://")):
            continue
        scope = next((a for a in parents(el, 20) if a.get("itemscope") is not None), None)
        if scope is not None and _ARTICLE_TYPE.search((scope.get("itemtype") or "").strip()):
            for prop in props:
                found.setdefault(prop, value)
    return next((article_address(found[prop]) for prop in _ADDRESS_PROPS if prop in found), None)


def _in_article(h1: Element) -> bool:
    """True for an h1 marked as a headline or sitting inside the article.

    The classes of ``<body>`` and ``<html>`` describe the whole page (WordPress puts ``single-post`` on
    every post's body, its header's site-name h1 included): they say nothing of where an h1 sits.
    """
    return any(a.tag in ("article", "main") or _HEADLINE_HINT.search(class_hints(a))
               for a in [h1, *parents(h1, 6)] if a.tag not in PAGE_TAGS)


_ASIDE_TAGS = ("aside", "nav", "footer")
_SIDEBAR = re.compile(r"sidebar", re.I)  # not "widget": Elementor builds whole pages of widgets
_LAYOUT = re.compile(r"^(?:has|no|with|is)[-_]|[-_](?:left|right)$|layout", re.I)


def _aside(h1: Element) -> bool:
    """True for an h1 in a sidebar, a menu or a footer: ``<aside><h1>Topnews - Primo Piano</h1>`` heads a
    list of other stories. A page-wide class such as ``has-sidebar`` says nothing of where the h1 is.

    Such an h1 is never the headline on its own; it may still be when the title tags agree with it (the
    last crumb of a breadcrumb ``<nav>``)."""
    if any(a.tag in _ASIDE_TAGS for a in parents(h1, 12)):
        return True
    tokens = [t for a in [h1, *parents(h1, 3)] if a.tag not in PAGE_TAGS
              for t in (a.get("class") or "").split() + [a.get("id") or ""]]
    return any(_SIDEBAR.search(t) and not _LAYOUT.search(t) for t in tokens)
