"""Page metadata, one small function per field, each an ordered chain of sources.

Every field function returns ``(value, source)`` so the Article can say where its title and
date came from. ``page_info`` gathers what the chains need before the body extractor prunes
the tree. The date's chain is htmldates.py's, the date and byline boxes pageboxes.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias
from urllib.parse import urljoin

from lxml import html as lxml_html

from ..functionwords import guess_language
from . import jsonld
from .archives import ArchiveSave, article_address
from .authornames import given_names_first
from .headingtext import heading_text
from .headlines import (
    pick_h1,
    strip_site_end,
    strip_site_name,
    strip_site_suffix,
    without_cut_titles,
    without_label,
    without_print_mark,
)
from .htmlauthors import (
    copyright_holders,
    dated_names,
    joined_labels,
    jsonld_credits,
    makers_credit,
    personal_site,
    signatures,
    twitter_credits,
)
from .htmldates import LANG_KEYS, extract_date
from .languages import language_code
from .pageboxes import (
    PAGE_TAGS,
    class_hints,
    collect_bylines,
    collect_dates,
    flat_text,
    parents,
)
from .pagelines import printed_address, text_lines
from .personnames import clean_authors
from .publishers import agency_name, domain_of, name_key, publisher_name
from .sitekeys import names_site, site_keys
from .sitenames import collect_site_names, is_home_page, site_in_title
from .titles import trim_title

Element: TypeAlias = lxml_html.HtmlElement
Found = tuple[Any, str | None]

# Meta keys (name / property / itemprop / http-equiv, lower case) per field, best first (dates' and
# languages' in htmldates.py).
AUTHOR_KEYS = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "byl", "cxenseparse:author", "twitter:creator:name", "citation_author",
)
SITE_KEYS = ("og:site_name", "application-name", "twitter:app:name:iphone", "cre", "dc.publisher")
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
    lines: list[str] = field(default_factory=list)  # the page's text from the top, a line per run between tags
    site_names: list[str] = field(default_factory=list)
    brand_names: list[str] = field(default_factory=list)
    microdata_publisher: str | None = None
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
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            try:
                info.canonical = article_address(urljoin(url or "", link.get("href").strip()))
            except ValueError:  # "https://ex[ample.com/a": a bracket that opens no IPv6 address
                pass
            break
    scripts = [s.text_content() for s in root.iter("script") if "ld+json" in (s.get("type") or "").lower()]
    info.objects = jsonld.objects(scripts)
    info.articles = jsonld.articles(info.objects, (info.canonical, info.meta("og:url")[0], info.url))
    h1s = [(h, heading_text(h)) for h in root.iter("h1")]
    info.h1s = [text for _, text in h1s if text]
    info.headline_h1s = [text for h, text in h1s if text and _in_article(h) and not _aside(h)]
    info.headline_h2 = next((text for h in root.iter("h2") if _H2_HEADLINE.search(h.get("class") or "")
                             and not _aside(h) and (text := heading_text(h))), None)
    title = root.find(".//title")
    info.title = flat_text(title) if title is not None else None
    info.microdata_publisher = _microdata_publisher(root)
    collect_dates(root, info)
    collect_bylines(root, info)
    info.copyrights, info.signatures, info.dated_names = copyright_holders(root), signatures(root), dated_names(root)
    info.lines = text_lines(root)
    info.site_names, info.brand_names = collect_site_names(root, domain_of(info.canonical or info.url))
    return info


def _microdata_publisher(root: Element) -> str | None:
    """The name of a schema.org microdata publisher: ``<div itemprop="publisher" itemscope><meta itemprop="name"
    content="Bendigo Star">``, or None."""
    for box in root.xpath(".//*[@itemprop='publisher']"):
        for named in box.xpath(".//*[@itemprop='name']"):
            name = " ".join((named.get("content") or named.text_content() or "").split())
            if name:
                return name
    return None


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


def extract_title(info: PageInfo, source: str | None = None) -> Found:
    """The displayed headline: h1 › og:title › JSON-LD headline › <title>, each without the site's name."""
    site = site_keys(_site_names(info, source))
    keys = site | site_keys(info.brand_names)  # a logo or brand box names the site, or the product a page is on
    # A title tag escaped twice ("Labour&amp;#8217;s plan", as WordPress writes them) is decoded once more, as
    # JSON-LD's is.
    # A print version's mark ("Printer friendly: …", "… | Print") is no part of the headline either.
    # A meta tag cut at the publisher's unescaped quote is no title: the others give the whole one.
    references = without_cut_titles([
        without_print_mark(jsonld.decoded_references(info.meta("og:title", "twitter:title")[0] or "")) or None,
        jsonld.text_of(jsonld.first(info.articles, "headline")),
        without_print_mark(jsonld.decoded_references(info.title or "")) or None])
    h1s, headlines = ([h for h in found if not names_site(h, site)] for found in (info.h1s, info.headline_h1s))
    h1 = pick_h1(h1s, headlines, [strip_site_name(r, keys) for r in references if r])  # a site's name is no headline
    if h1:  # the label test trusts only whole titles, a known site name cut: a longest part may be half the headline
        wholes = [strip_site_name(r, keys) for r in references[:2] if r]
        return trim_title(without_label(strip_site_name(h1, keys), wholes)), "h1"
    # A title tag that only names the site gives way to an h2 marked as the headline (a page with no other title
    # tag may be the site's own, "About": its name is its title).
    # An og:title or JSON-LD headline that is the title tag word for word loses a last part named as sites are
    # ("Bridge reopens | Coast Times"), as an export's headline does, though no other tag names the site.
    title = strip_site_suffix(references[2] or "", keys)
    og, headline = ((strip_site_end if ref == references[2] else strip_site_name)(ref or "", keys)
                    for ref in references[:2])
    chain: list[Found] = [(og, "og"), (headline, "json-ld"),
                          (None if info.headline_h2 and names_site(title, keys) else title, "title"),
                          (info.headline_h2, "h2")]
    for value, origin in chain:
        if value and value.strip():
            return trim_title(value), origin
    return None, None


def _site_names(info: PageInfo, source: str | None) -> list[str | None]:
    """Every name the page gives its site: meta tags, the Twitter handle, the JSON-LD publisher, the host
    names of its addresses, its home links and logo, and the publisher newssearch knows it as."""
    publisher = jsonld.text_of(jsonld.first(info.articles, "publisher"))
    hosts = [domain_of(u) for u in (info.canonical, info.meta("og:url")[0], info.url)]
    metas = [v for key in (*SITE_KEYS, "twitter:site") for v in info.metas.get(key, ())]
    return [*metas, publisher, *hosts, *info.site_names, source]


def extract_authors(info: PageInfo, source: str | None = None) -> tuple[str, ...]:
    """People in the byline: JSON-LD persons › meta author › rel=author / byline boxes › a name beside the date under
    the headline › a name signing the story › a personal site's copyright holder, and a wire agency credited after
    them; never a name the JSON-LD credits as an organisation."""
    # A lone first name ("Regan") is trusted from structured data, not from a loose page box; so is a name written
    # surname first ("Doe, Jane"), as exports write it (a page's box is likelier "Name, Place").
    people, organisations = jsonld_credits(info.articles, info.objects)
    host = domain_of(info.canonical or info.meta("og:url")[0] or info.url)
    metas = [value for key in AUTHOR_KEYS for value in info.metas.get(key, ()) if not makers_credit(value, host)]
    structured = [people, metas + twitter_credits(info.metas)]
    bylines = joined_labels(info.bylines)
    chain = [*(([given_names_first(name) for name in names], 1) for names in structured), (bylines, 2)]
    author = jsonld.first(info.articles, "author") or jsonld.first(info.articles, "creator")
    exclude = None if personal_site(author, info.objects, source) else source
    credited: tuple[str, ...] = ()  # a credit to an agency alone ("dpa" in the meta tags): the boxes may name people
    for names, min_words in chain:
        cleaned = tuple(name for name in clean_authors(names, exclude=exclude, min_words=min_words)
                        if name_key(name) not in organisations)
        if cleaned and all(agency_name(name) for name in cleaned):
            credited = credited or cleaned
        elif cleaned:
            cleaned = tuple(dict.fromkeys((*cleaned, *credited)))
            return _in_full(cleaned, clean_authors(bylines, exclude=exclude)) if min_words == 1 else cleaned
    # the name beside the date under the headline ("11.12.2019 - Amelie Loevenich"), the name that signs the story
    # ("<p><b>Stefan Wasmer</b></p>" at its end), else a personal site's copyright holder ("(c) Johannes Wolf" in its
    # foot), when nothing names anyone else
    last = (clean_authors(names, exclude=exclude) for names in (info.dated_names, info.signatures, info.copyrights))
    return credited or next((found for names in last if (found := tuple(n for n in names if not agency_name(n)))), ())


def _in_full(names: tuple[str, ...], bylines: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` from structured data with a lone given name written in full as the page's byline writes it: "Todd"
    in JSON-LD, "By Todd Bates" over the story, is Todd Bates; a name the byline does not complete stays."""
    def full(name: str) -> str:
        if " " in name:
            return name
        completions = [b for b in bylines if b.split(" ", 1)[0].casefold() == name.casefold()]
        return completions[0] if len(completions) == 1 else name
    return tuple(dict.fromkeys(map(full, names)))


def extract_source(info: PageInfo, url: str | None) -> str | None:
    """The publisher: og:site_name › JSON-LD publisher › microdata publisher › application-name › the title's part
    that names the site as its home links do › canonical domain."""
    publisher = jsonld.first(info.articles, "publisher")
    kinds = jsonld.types(publisher) | {str(publisher.get("type", "")).lower()} if isinstance(publisher, dict) else set()
    if "person" in kinds:
        publisher = None  # a blog's owner, not an outlet: the site name or the domain says it better
    name = info.meta("og:site_name")[0] or jsonld.text_of(publisher) or info.microdata_publisher
    name = name or info.meta(*SITE_KEYS[1:])[0] or site_in_title(info.title, [*info.site_names, *info.brand_names])
    return publisher_name(name, url)


def extract_url(info: PageInfo) -> str | None:
    """The canonical URL: link rel=canonical › og:url › JSON-LD url › a print version's "Article URL:" (the fetch URL
    of a print version is the print page's) › the fetch URL; the site's home page only when none names another (a
    misconfigured SEO plugin gives every page the home page as canonical link), and one whose host cannot be read
    (``http://news[example/a``) only when no other can."""
    candidates = [info.canonical, info.meta("og:url")[0],
                  article_address(jsonld.text_of(jsonld.first(info.articles, "url"))), printed_address(info.lines),
                  info.url]
    addresses = [c.strip() for c in candidates if c and c.startswith(("http://", "https://"))]
    readable = [address for address in addresses if domain_of(address)] or addresses  # "http://news[example/a": none
    return next((address for address in readable if not is_home_page(address)), readable[0] if readable else None)


def extract_lang(info: PageInfo, body: str = "") -> str | None:
    """The language code (``language_code``): <html lang> › og:locale › content-language › JSON-LD inLanguage › the
    one the ``body``'s function words show, as for a text or an export record that names none."""
    ld_lang = jsonld.text_of(jsonld.first(info.articles, "inLanguage"))
    named = next(filter(None, map(language_code, (info.html_lang, info.meta(*LANG_KEYS)[0], ld_lang))), None)
    return named or guess_language(body)


def extract_metadata(info: PageInfo, body: str = "", date_lines: Sequence[str] = ()) -> dict[str, Any]:
    """All fields for ``Extracted``, keyed by field name; ``date_lines`` are those dropped above the body."""
    url = extract_url(info)
    source = extract_source(info, url)
    title, title_source = extract_title(info, source)
    published, date_source = extract_date(info, body, date_lines, title)
    return {"title": title, "title_source": title_source, "date": published, "date_source": date_source,
            "authors": extract_authors(info, source), "source": source, "url": url,
            "lang": extract_lang(info, body)}
