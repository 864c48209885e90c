"""The names a page gives its site, besides its meta tags: the text and logo of its links to its home page and of its
site-title, logo or brand boxes."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import html as lxml_html

from .pageboxes import class_hints, flat_text

Element = lxml_html.HtmlElement

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
        for text in (flat_text(el), *(img.get("alt") or "" for img in el.iter("img"))) if found is not None else ():
            if 0 < len(text.strip()) <= MAX_SITE_NAME and len(found) < MAX_SITE_NAMES:
                found.append(text.strip())
    return site_names, brand_names


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
