"""The names a page gives its site, besides its meta tags: the text and logo of its links to its home page and of its
site-title, logo or brand boxes, and the part of its title that one of those or a known publisher names."""

from __future__ import annotations

import re
from typing import TypeAlias
from urllib.parse import urlsplit

from lxml import html as lxml_html

from .headlines import reads_like_site, strip_site_suffix
from .pageboxes import class_hints, flat_text
from .publishers import domain_of, known_names, shared_name
from .sitekeys import names_site, site_keys

Element: TypeAlias = lxml_html.HtmlElement

# Boxes that hold the site's name; not "blogtitle", a post's title in some WordPress themes.
_SITE_HINT = re.compile(r"site-?(?:title|name|branding|logo)|logo|brand|blog-?name|masthead", re.I)
MAX_SITE_NAME = 80
MAX_SITE_NAMES = 30


def collect_site_names(root: Element, host: str | None) -> tuple[list[str], list[str]]:
    """Names the page at ``host`` gives its site: the text and logo alt of links to its home page (WordPress's
    ``<a href="/" rel="home">Blog name</a>``), and apart those of its site-title, logo or brand boxes."""
    site_names: list[str] = []
    brand_names: list[str] = []
    for el in root.iter("a", "h1", "p", "div", "span"):
        rel = (el.get("rel") or "").lower().split()
        home = el.tag == "a" and ("home" in rel or _home_page(el.get("href"), host))
        found = site_names if home else brand_names if _SITE_HINT.search(class_hints(el)) else None
        if found is None:
            continue
        for text in (flat_text(el), *(img.get("alt") or "" for img in el.iter("img"))):
            if 0 < len(text.strip()) <= MAX_SITE_NAME and len(found) < MAX_SITE_NAMES:
                found.append(text.strip())
    return site_names, brand_names


def is_home_page(address: str) -> bool:
    """True for an address that is a site's home page: "https://example.com/", "https://example.com/index.php"."""
    return _home_page(address, domain_of(address))


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


# Between a title's headline and its site's name: not a colon or a slash, which headlines hold.
_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«|│)\s+")
# Links to the home page that name no site.
_NO_SITE_NAMES = frozenset({"home", "homepage", "home page", "main page", "start", "news", "overview", "startseite",
                            "übersicht", "hauptseite", "accueil", "inicio", "portada"})
# What stands before a part besides its name: a second separator ("Headline | | ✂ Uniqz®"), a symbol.
_BEFORE_NAME = re.compile(r"^(?:[^\w\s\"'(\[]\s*)+")


def site_in_title(title: str | None, names: list[str]) -> str | None:
    """The first or last part of a title ("Headline | Rural Voice", "Rural Voice - Headline"), or the whole of it (a
    page titled with its site's name only), when it is one of the ``names`` the page's home links and logo give its
    site, or a publisher newssearch knows ("… | The Guardian"), or else named as news sites are ("… | Harbour Gazette");
    None for a part named nowhere else (a headline's, a section's)."""
    parts = [_BEFORE_NAME.sub("", part.strip()).strip() for part in _TITLE_PARTS.split(title or "")]
    keys = site_keys(name for name in names if name.casefold() not in _NO_SITE_NAMES)
    ends = dict.fromkeys((parts[-1], parts[0]))
    for part in ends:
        if part.casefold() not in _NO_SITE_NAMES \
                and (known_names(part) or shared_name(part) or names_site(part, keys, near=False)):
            return part
    # Named nowhere else, a first or last part named as news sites are ("Storm closes bridge | Harbour Gazette"), which
    # the headline loses (strip_site_suffix), is the publisher still; "… | Opinion" or "… | News", a section's, is not,
    # nor a day dotted as a host name is ("… - 02.11.2021").
    headline = strip_site_suffix(title or "").casefold() if len(parts) > 1 else ""
    return next((part for part in ends if headline and reads_like_site(part) and part.casefold() not in headline
                 and part.casefold() not in _NO_SITE_NAMES and any(char.isalpha() for char in part)), None)
