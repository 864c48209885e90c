"""Page metadata, one small function per field, each an ordered chain of sources.

Every field function returns ``(value, source)`` so the Article can say where its title and
date came from. ``page_info`` gathers what the chains need before the body extractor prunes
the tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from . import jsonld
from .archives import ArchiveSave, article_address
from .bylinelanguages import ANY_BYLINE_WORDS, BYLINE_WORDS
from .dates import (
    date_in_url,
    document_locale,
    not_after_update,
    parse_date,
    writes_day_first,
)
from .fields import given_names_first
from .headlines import (
    SCREEN_READER,
    heading_text,
    names_site,
    pick_h1,
    site_keys,
    strip_site_name,
    strip_site_suffix,
    without_cut_titles,
    without_label,
    without_print_mark,
)
from .htmlauthors import joined_labels, personal_site
from .languages import language_code
from .pagelines import dates_under_headline, printed_address, text_lines
from .publishers import clean_authors, domain_of, publisher_name
from .titles import trim_title

Element = lxml_html.HtmlElement
Found = tuple[Any, str | None]

# Meta keys (name / property / itemprop / http-equiv, lower case) per field, best first.
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "published_time", "article.published", "article_date_original",
    "original-publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "cxenseparse:recs:publishtime",
    "displaydate", "ga_date", "rnews:datepublished", "article:published", "og:pubdate",
)
# A broadcaster's video page, <meta itemprop="uploadDate">: a video's date, after the article's in JSON-LD.
UPLOADED_KEYS = ("uploaddate",)
# Meta keys of the last modification, best first: they never give the date, but the date is never after them.
MODIFIED_KEYS = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
    "last-modified", "article:modified",
)
AUTHOR_KEYS = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "byl", "cxenseparse:author", "twitter:creator:name", "citation_author",
)
SITE_KEYS = ("og:site_name", "application-name", "twitter:app:name:iphone", "cre", "dc.publisher")
LANG_KEYS = ("og:locale", "content-language", "dc.language", "language", "inlanguage")
_NOT_PUBLISHED = re.compile(r"updat|modif|revis|edited|changed", re.I)
_BYLINE_HINT = re.compile(r"byline|author|writer|contributor|reporter|(?<![a-z])(?:autor|auteur|autore|firma|signature|"
                          r"verfasser|submitted)(?![a-z])", re.I)  # "submitted": Drupal's "Submitted by …"
# The name after "by" in a box of the article's metadata: "Published: 14 March 2023 by Gwen Ellis".
_CREDIT_AFTER = re.compile(r"\b(?:by|von|par|por)\s+([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s*(?:[|,·]|$)")
# A box of its own that says who wrote the story, whatever its class: "<p>By Carlos Rivera</p>", "By Jo Ng | 3 May".
_BY_WORDS = (*ANY_BYLINE_WORDS, *BYLINE_WORDS)  # "By", Māori's "Nā", "Von", "Par", …: one list for every format
_BY_NAME_LINE = re.compile(rf"^(?:{'|'.join(_BY_WORDS)})\s+" r"[^\W\d_][\w'’.-]*(?:\s+(?:[^\W\d_][\w'’.-]*)){1,3}"
                           r"(?:\s*[|,·–—]\s.*|\s+-\s.*)?$")
# Teasers for other stories carry their own bylines.
_RECIRCULATION = re.compile(r"related|recirc|recommend|read-?next|more-?from|most-?(?:popular|read|viewed)|trending|rp4wp",
                            re.I)
# Nor are the authors of comments, sidebar widgets ("Recent Comments") or a reference list the article's:
# a box with a class or id such as "comment-author-link", "widget_recent_comments" or "references".
_NOT_BYLINE = re.compile(r"^(?:comments?|recentcomments|widgets?|citations?|references?|bibliography)(?:[-_].*)?$",
                         re.I)
# A box of the article's metadata ("entry-meta", "article__meta": "By ..., on Monday, November 18th, 2019")
# holds its date when no tag does.
# A class naming a date the way templates do ("date", "event_date", "date2", "datum", "teaser-meta",
# "article-metadata"), but not "update" or "datepicker".
_DATE_HINT = re.compile(r"publish|dateline|(?<![a-z])(?:date|datum)(?![a-z])|posted|timestamp|pubdate"
                        r"|(?<![a-z])meta(?:data)?(?![a-z])", re.I)
# A box whose text says what its date is: "Datum: 26. Januar 2022", "Published: 3 March 2021", "Publié le 3 mars",
# "Posted on March 3": a colon or a date after the label ("Date of birth", "Published by Penguin" are not).
_DATE_LABEL = re.compile(r"\s*(?:date|datum|published(?: on)?|posted(?: on)?|publiziert(?: am)?|veröffentlicht(?: am)?"
                         r"|erschienen(?: am)?|publié(?: le)?|publicado(?: el| em)?|fecha|pubblicato(?: il)?"
                         r"|gepubliceerd(?: op)?|opublikowano)\s*(?::|(?=\s+(?:\d|[^\W\d]+\.?,?\s+\d)))", re.I)
# RDFa properties of a publication stamp: Drupal's <span property="dc:date dc:created" content="2023-03-14T10:22:11">.
_RDFA_PUBLISHED = frozenset({"dc:date", "dc:created", "dc:issued", "dcterms:created", "dcterms:issued", "dcterms:date",
                             "schema:datePublished", "datePublished"})
# The hAtom microformat's publication stamp: <abbr class="published" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr>.
_HATOM_PUBLISHED = re.compile(r"(?<![\w-])published(?![\w-])")
_UTC = re.compile(r"T?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]00:?00|UTC|GMT)\s*$", re.I)
_HEADLINE_HINT = re.compile(r"headline|title|article|entry|post|story", re.I)
_STAMPS = ("json-ld", "meta", "time", "url")


@dataclass
class PageInfo:
    """What metadata extraction needs from one page, gathered before the tree is pruned."""

    metas: dict[str, list[str]] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    objects: list[dict[str, Any]] = field(default_factory=list)
    h1s: list[str] = field(default_factory=list)
    headline_h1s: list[str] = field(default_factory=list)
    title: str | None = None
    times: list[str] = field(default_factory=list)
    date_texts: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
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
    scripts = [s.text_content() for s in root.iter("script") if "ld+json" in (s.get("type") or "").lower()]
    info.objects = jsonld.objects(scripts)
    info.articles = jsonld.articles(info.objects)
    h1s = [(h, heading_text(h)) for h in root.iter("h1")]
    info.h1s = [text for _, text in h1s if text]
    info.headline_h1s = [text for h, text in h1s if text and _in_article(h) and not _aside(h)]
    title = root.find(".//title")
    info.title = _text(title) if title is not None else None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            info.canonical = article_address(urljoin(url or "", link.get("href").strip()))
            break
    info.microdata_publisher = _microdata_publisher(root)
    _collect_dates(root, info)
    _collect_bylines(root, info)
    info.lines = text_lines(root)
    _collect_site_names(root, info)
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


def _text(el: Element) -> str:
    return " ".join(el.text_content().split())


def _hints(el: Element) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"), el.get("rel"))))


def _collect_dates(root: Element, info: PageInfo) -> None:
    """Time stamps and date-looking boxes, skipping those marked as updates."""
    for el in root.iter("time", "span", "div", "p", "abbr", "li", "small", "em", *_SUBHEADINGS):  # <h2 class="date-header">
        hints = _hints(el) + " " + " ".join(_hints(a) for a in _parents(el, 2))
        text = el.text_content()
        if _NOT_PUBLISHED.search(hints) or _NOT_PUBLISHED.search(text[:40]):
            continue
        published = (el.get("itemprop") == "datePublished" or _HATOM_PUBLISHED.search(el.get("class") or "")
                     or not _RDFA_PUBLISHED.isdisjoint((el.get("property") or "").split()))
        stamp = el.get("datetime") or (el.get("content") or el.get("title") if published else None)
        if stamp and (el.tag == "time" or published) and parse_date(stamp):  # else its text: "06-08-2009T14:12"
            if not _other_story(el):
                info.times.append(stamp)
        elif (el.tag == "time" or _DATE_HINT.search(_hints(el)) or _DATE_LABEL.match(text)) and len(text) < 120:
            if not _other_story(el):
                info.date_texts.append(" ".join(_spaced_text(el).split()))  # its text, elements apart: "Feb 18 2009"


def _other_story(el: Element) -> bool:
    """Whether a date or byline box belongs to something else than the article: a comment, a teaser for another
    story (in a "Most read" list too), a widget. (A whole sidebar is not: some pages put their own header in one.)"""
    boxes = [a for a in _parents(el, 8) if a.tag not in _PAGE_TAGS]
    return any(_elsewhere(a) for a in [el, *boxes]) or any(_teaser(a, el) for a in boxes[:4])


def _collect_bylines(root: Element, info: PageInfo) -> None:
    """Texts of rel=author links and byline-like boxes (``<h3 class="byline">`` too)."""
    for el in root.iter("a", "span", "div", "p", "address", "li", "td", "font", *_SUBHEADINGS):  # old table layouts
        rel = (el.get("rel") or "").lower()
        text = el.text_content()
        hints = _hints(el) + " " + (el.get("data-component") or "") + " " + (el.get("data-testid") or "")
        byline = (el.tag == "a" and "author" in rel) or el.get("itemprop") == "author" or (
            0 < len(text) < 120 and (_BYLINE_HINT.search(hints) or _by_name_line(el, text)))
        credit = None if byline or len(text) >= 120 or not _DATE_HINT.search(hints) else _CREDIT_AFTER.search(text)
        if (byline or credit) and not _other_story(el):
            info.bylines.append(_spaced_text(el) if byline else "By " + credit.group(1))  # type: ignore[union-attr]


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CARD = re.compile(r"card|teaser|tile|promo", re.I)
_TEASER_WORDS = 3


def _teaser(box: Element, byline: Element) -> bool:
    """Whether ``box`` is a list item or card that links to another story, so ``byline`` is that story's.

    ``<li><h5><a>Other story</a></h5><div class="authorName">Rob Crilly</div></li>`` after the article is
    a teaser: a heading, or a link of a few words, beside the byline.
    """
    if box.tag != "li" and not (_CARD.search(_hints(box)) and next(box.iter("h1"), None) is None):
        return False  # a card that holds an h1 holds this page's headline
    inside = set(byline.iter())
    headings = [h for h in box.iter(*_SUBHEADINGS) if h not in inside and h not in _parents(byline, 8)]
    links = [a for a in box.iter("a") if a not in inside and len(_text(a).split()) >= _TEASER_WORDS]
    return bool(headings or links)


def _elsewhere(box: Element) -> bool:
    """Whether ``box`` holds another story's teaser, a comment, a widget or a reference list; not Blogger's widget of
    the blog's posts (``<div class='widget Blog' id='Blog1'>``), which holds the article."""
    hints = _hints(box)
    words = hints.split()
    return bool(_RECIRCULATION.search(hints)) or (
        any(_NOT_BYLINE.match(word) for word in words) and not _POSTS_WIDGET.intersection(words))


_POSTS_WIDGET = frozenset({"Blog"})  # Blogger's class for its column of posts, beside "widget"


def _by_name_line(el: Element, text: str) -> bool:
    """Whether a box's first line is "By" and a name: ``<p>By Carlos Rivera</p>``, ``<p>By Jane Doe<br>Senior
    Writer</p>`` (its text runs the lines together: "DoeSenior")."""
    return bool(_BY_NAME_LINE.match(text.strip())) or (
        text.lstrip().startswith(_BY_WORDS) and bool(_BY_NAME_LINE.match(_spaced_text(el).split("\n", 1)[0])))


# Elements that end a line: a role under the name ("By Jane Doe<br>Senior Writer") is another part of the byline,
# not more words of the name.
_LINE_ENDS = frozenset({"br", "p", "div", "li"})
# Controls and code, never words of a byline: the "Ja" and "Nein" buttons of a rating box beside the author's.
_NOT_TEXT = frozenset({"button", "select", "textarea", "script", "style"})


def _spaced_text(el: Element) -> str:
    """Text with a space between elements, so a byline never runs into the "Share" label after it, and a line
    break at ``<br>`` and around blocks; text for screen readers only ("Author") left out."""
    lines = _lined_text(el).split("\n")
    return "\n".join(line for line in (" ".join(line.split()) for line in lines) if line)


def _lined_text(el: Element) -> str:
    """``el``'s text, its own white space made single spaces and a newline where a line ends."""
    texts = [" ".join((el.text or "").split())]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _NOT_TEXT \
                and not SCREEN_READER.search(child.get("class") or ""):
            line_end = "\n" if child.tag in _LINE_ENDS else ""
            texts.append(line_end + _lined_text(child) + line_end)
        texts.append(" ".join((child.tail or "").split()))
    return " ".join(texts)


def _in_article(h1: Element) -> bool:
    """True for an h1 marked as a headline or sitting inside the article.

    The classes of ``<body>`` and ``<html>`` describe the whole page (WordPress puts ``single-post`` on
    every post's body, its header's site-name h1 included): they say nothing of where an h1 sits.
    """
    return any(a.tag in ("article", "main") or _HEADLINE_HINT.search(_hints(a))
               for a in [h1, *_parents(h1, 6)] if a.tag not in _PAGE_TAGS)


_PAGE_TAGS = ("body", "html")
_ASIDE_TAGS = ("aside", "nav", "footer")
_SIDEBAR = re.compile(r"sidebar", re.I)  # not "widget": Elementor builds whole pages of widgets
_LAYOUT = re.compile(r"^(?:has|no|with|is)[-_]|[-_](?:left|right)$|layout", re.I)


def _aside(h1: Element) -> bool:
    """True for an h1 in a sidebar, a menu or a footer: ``<aside><h1>Topnews - Primo Piano</h1>`` heads a
    list of other stories. A page-wide class such as ``has-sidebar`` says nothing of where the h1 is.

    Such an h1 is never the headline on its own; it may still be when the title tags agree with it (the
    last crumb of a breadcrumb ``<nav>``)."""
    if any(a.tag in _ASIDE_TAGS for a in _parents(h1, 12)):
        return True
    tokens = [t for a in [h1, *_parents(h1, 3)] if a.tag not in _PAGE_TAGS
              for t in (a.get("class") or "").split() + [a.get("id") or ""]]
    return any(_SIDEBAR.search(t) and not _LAYOUT.search(t) for t in tokens)


# Boxes that hold the site's name; not "blogtitle", a post's title in some WordPress themes.
_SITE_HINT = re.compile(r"site-?(?:title|name|branding|logo)|logo|brand|blog-?name|masthead", re.I)
MAX_SITE_NAME = 80
MAX_SITE_NAMES = 30


def _collect_site_names(root: Element, info: PageInfo) -> None:
    """Names the page gives its site: the text and logo alt of links to its home page (WordPress's
    ``<a href="/" rel="home">Blog name</a>``) and of its site-title, logo or brand boxes."""
    host = domain_of(info.canonical or info.url)
    for el in root.iter("a", "h1", "p", "div", "span"):
        rel = (el.get("rel") or "").lower().split()
        home = el.tag == "a" and ("home" in rel or _home_page(el.get("href"), host))
        found = info.site_names if home else info.brand_names if _SITE_HINT.search(_hints(el)) else None
        for text in (_text(el), *(img.get("alt") or "" for img in el.iter("img"))) if found is not None else ():
            if 0 < len(text.strip()) <= MAX_SITE_NAME and len(found) < MAX_SITE_NAMES:
                found.append(text.strip())


def _home_page(href: str | None, host: str | None) -> bool:
    """True for a link to the root of this site: "/", "https://example.com/", "index.html"."""
    try:
        parts = urlsplit((href or "").strip())
    except ValueError:  # "https://[ccpa-preferences]/": no address at all
        return False
    if not href or parts.query or parts.scheme not in ("", "http", "https"):
        return False
    # With no address of its own, only a relative link is surely this site's: a footer's facebook.com is not.
    same_site = not parts.netloc or (host is not None and parts.netloc.lower().removeprefix("www.") == host)
    return same_site and parts.path.lower() in ("", "/", "/index.html", "/index.php", "./") and bool(
        parts.netloc or parts.path)


def _parents(el: Element, depth: int) -> list[Element]:
    found = []
    parent = el.getparent()
    while parent is not None and len(found) < depth:
        found.append(parent)
        parent = parent.getparent()
    return found


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
    chain: list[Found] = [(strip_site_name(references[0] or "", keys), "og"),
                          (strip_site_name(references[1] or "", keys), "json-ld"),
                          (strip_site_suffix(references[2] or "", keys), "title")]
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


def extract_date(info: PageInfo, body: str = "", date_lines: Sequence[str] = (), headline: str | None = None) -> Found:
    """Publication date: meta › JSON-LD article › a video's upload meta › <time> › URL › JSON-LD video or other work ›
    dateline (a date text, a byline, a date line under the ``headline`` or above the body, the body's opening); never
    the update time.

    The meta tags come first, as htmldate takes them: where they and JSON-LD give other days, the meta tag's is the
    one the page shows more often (an SEO plugin's JSON-LD may keep a reposted story's first date).

    The page's locale says whether ``10/05/2022`` is 10 May or 5 October; a reading after the
    page's modification time gives way to the other.
    """
    day_first = writes_day_first(extract_locale(info))
    chain: list[tuple[str, Callable[[], list[Any]]]] = [
        ("meta", lambda: [value for key in PUBLISHED_KEYS for value in info.metas.get(key, ())]),
        ("json-ld", lambda: [jsonld.first(info.articles, k) for k in ("datePublished", "dateCreated")]),
        ("meta", lambda: [value for key in UPLOADED_KEYS for value in info.metas.get(key, ())]),
        ("time", lambda: info.times),
        ("url", lambda: [date_in_url(u, day_first) for u in (info.canonical, info.meta("og:url")[0], info.url)]),
        ("json-ld", lambda: [jsonld.first(jsonld.works(info.objects), k) for k in ("datePublished", "uploadDate")]),
        ("dateline", lambda: [*info.date_texts, *(" ".join(b.split()) for b in info.bylines),
                              *dates_under_headline(info.lines, headline), *date_lines, body[:160]]),
    ]
    found = [(day, source, raw) for source, values in chain for raw, day in _parsed(values(), day_first)]
    if not found:
        return None, None
    day, source, raw = found[0]
    day = not_after_update(day, raw, _modified_date(info, day_first), day_first)
    utc_raw = _utc_stamp(raw, [other_raw for _day, _source, other_raw in found])
    if utc_raw:
        # A UTC stamp can fall on the next (or previous) day: prefer the local day of the same moment.
        for other, other_source, other_raw in found[1:]:
            if abs((other - day).days) == 1 and other_source in _STAMPS and not _UTC.search(other_raw) \
                    and _same_moment(utc_raw, other_raw, other):
                return other, other_source
    return day, source


def _utc_stamp(raw: str, raws: list[str]) -> str | None:
    """``raw`` when it is a UTC stamp, or a UTC stamp among ``raws`` of the time ``raw`` writes without an offset
    (a meta tag's "2019-11-20T01:50:59" is JSON-LD's "2019-11-20T01:50:59Z" without its Z); else None."""
    if _UTC.search(raw):
        return raw
    naive = _moment(raw, aware=False)
    if naive is None or naive.tzinfo is not None:
        return None
    return next((other for other in raws if _UTC.search(other) and (moment := _moment(other)) is not None
                 and moment.replace(tzinfo=None) == naive), None)


SAME_MOMENT = timedelta(hours=2)  # two stamps of one article this close are its publication, told twice
EARLIEST_OFFSET, LATEST_OFFSET = timedelta(hours=-12), timedelta(hours=14)  # UTC offsets in use


def _same_moment(utc_raw: str, other_raw: str, other: date) -> bool:
    """True when ``other_raw`` (on the day ``other``) can stamp the moment ``utc_raw`` does, in local time.

    With a UTC offset it must be that moment (a reader's comment a day later is not); with a time but no
    offset, that moment at some offset in use; a bare day must be the moment's local day somewhere.
    """
    utc = _moment(utc_raw)
    if utc is None:
        return True  # a UTC stamp that is not ISO 8601: its moment is not known, its day may be the wrong one
    local = _moment(other_raw, aware=False)
    if local is not None and local.tzinfo is not None:
        return abs(local - utc) <= SAME_MOMENT
    if local is not None:
        shift = local - utc.replace(tzinfo=None)
        return EARLIEST_OFFSET - SAME_MOMENT <= shift <= LATEST_OFFSET + SAME_MOMENT
    return (utc + EARLIEST_OFFSET).date() <= other <= (utc + LATEST_OFFSET).date()


def _moment(raw: str, aware: bool = True) -> datetime | None:
    """An ISO 8601 stamp with a time (and, when ``aware``, a UTC offset) as a datetime, else None."""
    text = raw.strip().replace(" ", "T", 1)
    if "T" not in text:
        return None
    if text[-1:] in "zZ":
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None or not aware else None


def _modified_date(info: PageInfo, day_first: bool) -> date | None:
    """The page's last modification: JSON-LD dateModified › modified meta; None when it gives none."""
    values = [jsonld.first(info.articles, "dateModified"), *(v for k in MODIFIED_KEYS for v in info.metas.get(k, ()))]
    return next((day for _raw, day in _parsed(values, day_first)), None)


def _parsed(values: list[Any], day_first: bool = False) -> Iterator[tuple[str, date]]:
    """(raw text, date) for each value that parses."""
    for value in values:
        raw = value.isoformat() if isinstance(value, date) else jsonld.text_of(value) or ""
        day = parse_date(raw, day_first)
        if day:
            yield raw, day


def extract_authors(info: PageInfo, source: str | None = None) -> tuple[str, ...]:
    """People in the byline: JSON-LD persons › meta author › rel=author / byline boxes."""
    # A lone first name ("Regan") is trusted from structured data, not from a loose page box; so is a name written
    # surname first ("Doe, Jane"), as exports write it (a page's box is likelier "Name, Place").
    structured = [_jsonld_people(info), [v for k in AUTHOR_KEYS for v in info.metas.get(k, ())]]
    bylines = joined_labels(info.bylines)
    chain = [*(([given_names_first(name) for name in names], 1) for names in structured), (bylines, 2)]
    author = jsonld.first(info.articles, "author") or jsonld.first(info.articles, "creator")
    exclude = None if personal_site(author, info.objects, source) else source
    for names, min_words in chain:
        cleaned = clean_authors(names, exclude=exclude, min_words=min_words)
        if cleaned:
            return cleaned
    return ()


def _jsonld_people(info: PageInfo) -> list[str]:
    value = jsonld.first(info.articles, "author") or jsonld.first(info.articles, "creator")
    items = value if isinstance(value, list) else [value]
    by_id = {o["@id"]: o for o in info.objects if isinstance(o.get("@id"), str)}
    names = []
    for item in items:
        if isinstance(item, dict) and set(item) == {"@id"}:
            item = by_id.get(item["@id"], item)  # Yoast-style {"@id": ...} pointing into the @graph
        if isinstance(item, dict) and jsonld.types(item) & {"organization", "newsmediaorganization"}:
            continue
        name = jsonld.text_of(item)
        if name:
            names.append(name)
    return names


def extract_source(info: PageInfo, url: str | None) -> str | None:
    """The publisher: og:site_name › JSON-LD publisher › microdata publisher › application-name › canonical domain."""
    publisher = jsonld.first(info.articles, "publisher")
    kinds = jsonld.types(publisher) | {str(publisher.get("type", "")).lower()} if isinstance(publisher, dict) else set()
    if "person" in kinds:
        publisher = None  # a blog's owner, not an outlet: the site name or the domain says it better
    name = info.meta("og:site_name")[0] or jsonld.text_of(publisher) or info.microdata_publisher
    name = name or info.meta(*SITE_KEYS[1:])[0]
    return publisher_name(name, url)


def extract_url(info: PageInfo) -> str | None:
    """The canonical URL: link rel=canonical › og:url › JSON-LD url › a print version's "Article URL:" (the fetch URL
    of a print version is the print page's) › the fetch URL."""
    candidates = [info.canonical, info.meta("og:url")[0],
                  article_address(jsonld.text_of(jsonld.first(info.articles, "url"))), printed_address(info.lines),
                  info.url]
    for candidate in candidates:
        if candidate and candidate.startswith(("http://", "https://")):
            return candidate.strip()
    return None


def extract_locale(info: PageInfo) -> tuple[str, str] | None:
    """(language, region) from <html lang> › og:locale › content-language › JSON-LD inLanguage.

    ``<html lang="en">`` with ``og:locale`` ``en_GB`` gives ("en", "gb"): the region the first tag lacks.
    """
    ld_lang = jsonld.text_of(jsonld.first(info.articles, "inLanguage"))
    return document_locale([info.html_lang, *(v for k in LANG_KEYS for v in info.metas.get(k, ())), ld_lang])


def extract_lang(info: PageInfo) -> str | None:
    """The language code (``language_code``): <html lang> › og:locale › content-language › JSON-LD inLanguage."""
    ld_lang = jsonld.text_of(jsonld.first(info.articles, "inLanguage"))
    return next(filter(None, map(language_code, (info.html_lang, info.meta(*LANG_KEYS)[0], ld_lang))), None)


def extract_metadata(info: PageInfo, body: str = "", date_lines: Sequence[str] = ()) -> dict[str, Any]:
    """All fields for ``Extracted``, keyed by field name; ``date_lines`` are those dropped above the body."""
    url = extract_url(info)
    source = extract_source(info, url)
    title, title_source = extract_title(info, source)
    published, date_source = extract_date(info, body, date_lines, title)
    return {"title": title, "title_source": title_source, "date": published, "date_source": date_source,
            "authors": extract_authors(info, source), "source": source, "url": url,
            "lang": extract_lang(info)}
