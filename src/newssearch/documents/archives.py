"""Pages saved from web archives (the Wayback Machine, archive.today, Google's cache): the original article's address,
and the archive's own marks, which say nothing of the article (its toolbar, its name as the site, its capture time).

An archived address wraps the original: ``https://web.archive.org/web/20210704093012/https://www.stuff.co.nz/…``,
``https://archive.ph/2021.06.02-084117/https://www.nzherald.co.nz/…``. The capture time in it is when the archive
saved the page, never when the article was published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeAlias

from lxml import etree
from lxml import html as lxml_html

from .publishers import domain_of

Element: TypeAlias = lxml_html.HtmlElement

# archive.today's names (one service under several domains).
ARCHIVE_TODAY_HOSTS = frozenset({"archive.today", "archive.ph", "archive.is", "archive.li", "archive.md", "archive.vn",
                                 "archive.fo"})
_ARCHIVE_TODAY = "|".join(re.escape(host) for host in sorted(ARCHIVE_TODAY_HOSTS))
# Wayback: /web/<timestamp, up to 14 digits><optional flag such as id_, if_, im_><optional * of a listing>/<original>;
# relative (a rewritten link of the page) or on the archive's host.
_WAYBACK = re.compile(r"^\s*(?:(?:https?:)?//(?:web|wayback)\.archive\.org)?/web/\d{1,14}(?:[a-z]{2}_)?\*?/+(\S+)$", re.I)
# archive.today: /<YYYY.MM.DD-HHMMSS>/<original> (its bookmark of a capture) on one of its hosts.
_ARCHIVE_TODAY_CAPTURE = re.compile(rf"^\s*(?:https?:)?//(?:www\.)?(?:{_ARCHIVE_TODAY})/\d{{4}}\.\d{{2}}\.\d{{2}}-\d{{6}}"
                                    r"/+(\S+)$", re.I)
_ARCHIVE_HOST = re.compile(rf"^\s*(?:https?:)?//(?:www\.)?(?:(?:web|wayback)\.archive\.org|{_ARCHIVE_TODAY})(?:[/:?#]|$)",
                           re.I)
_SCHEME = re.compile(r"^https?:/+", re.I)
# The Wayback Machine's replay script names the original first: __wm.wombat("https://www.stuff.co.nz/…", "2021…", …).
_WOMBAT = re.compile(r"""__wm\.wombat\(\s*["'](https?://[^"']+)["']""")
# The boxes each archive adds above the page: the Wayback toolbar (and its print line "The Wayback Machine - …"),
# archive.today's "Saved from" header.
WAYBACK_CHROME = ("wm-ipp-base", "wm-ipp", "wm-ipp-print", "donato")
ARCHIVE_TODAY_CHROME = ("HEADER",)
# Meta tags archive.today writes of its own capture: its address, its name, the capture time as published and modified.
ARCHIVE_TODAY_METAS = frozenset({"og:url", "og:site_name", "article:published_time", "article:modified_time",
                                 "datepublished", "datemodified"})


@dataclass(frozen=True)
class ArchiveSave:
    """A page as an archive saved it: which archive, the original's address if the page says it, and the meta
    keys (lower case) the archive wrote itself."""

    archive: str
    original: str | None = None
    own_metas: frozenset[str] = frozenset()


def original_address(address: str | None) -> str | None:
    """The original address an archived address wraps (``web.archive.org/web/<time>/<original>``, archive.today's
    ``archive.ph/<time>/<original>``), with a scheme; None for any other address."""
    found = _WAYBACK.match(address or "") or _ARCHIVE_TODAY_CAPTURE.match(address or "")
    if not found:
        return None
    original = found.group(1)
    return _SCHEME.sub(lambda m: m.group(0).split(":")[0] + "://", original) if _SCHEME.match(original) \
        else "http://" + original


def article_address(address: str | None) -> str | None:
    """``address`` as the article's: the original when it is archived, None when it is an archive's own (a capture's
    short address, ``archive.ph/Xy7Qz``), else unchanged."""
    if not address:
        return address
    original = original_address(address)
    if original:
        return original
    return None if _ARCHIVE_HOST.match(address) else address


def take_archive_save(root: Element) -> ArchiveSave | None:
    """What an archive's save says of the page it saved, its own boxes taken out of ``root`` (they are not the
    article's text, and their dates are capture times); None for a page no archive saved."""
    return _archive_today(root) or _wayback(root) or _google_cache(root)


def _archive_today(root: Element) -> ArchiveSave | None:
    """An archive.today save: its site name is one of the archive's, or it links its capture as a bookmark."""
    site_names = {(el.get("content") or "").strip().lower() for el in root.iter("meta")
                  if (el.get("property") or el.get("name") or "").lower() == "og:site_name"}
    bookmarks = [link.get("href") for link in root.iter("link")
                 if "bookmark" in (link.get("rel") or "").lower().split() and _ARCHIVE_TODAY_CAPTURE.match(
                     link.get("href") or "")]
    if not bookmarks and site_names.isdisjoint(ARCHIVE_TODAY_HOSTS):
        return None
    saved_from = [el.get("value") for box in _boxes(root, ARCHIVE_TODAY_CHROME) for el in box.iter("input")]
    original = next(filter(None, map(original_address, bookmarks)), None) or next(
        (value.strip() for value in saved_from if value and _SCHEME.match(value.strip())), None)
    _drop(_boxes(root, ARCHIVE_TODAY_CHROME))
    return ArchiveSave("archive.today", original, ARCHIVE_TODAY_METAS)


def _wayback(root: Element) -> ArchiveSave | None:
    """A Wayback Machine save: its replay script or its toolbar is on the page."""
    scripts = [script.text_content() for script in root.iter("script") if "__wm." in (script.text or "")]
    toolbar = _boxes(root, WAYBACK_CHROME)
    if not scripts and not toolbar:
        return None
    typed = [found.group(1) for script in scripts for found in _WOMBAT.finditer(script)]
    typed += [el.get("value") or "" for box in toolbar for el in box.iter("input") if el.get("name") == "url"]
    shown = [address for box in toolbar for address in (*(a.get("href") for a in box.iter("a")),
                                                        *box.text_content().split())]
    original = next((a.strip() for a in typed if _SCHEME.match(a.strip()) and not _ARCHIVE_HOST.match(a)), None)
    original = original or next(filter(None, map(original_address, shown)), None)
    _drop(toolbar)
    return ArchiveSave("Wayback Machine", original)


# The header Google's cache (until 2024) put above its copy: <div class="google-cache-hdr"> (or an id ending so)
# "This is Google's cache of <a href="original">…</a>. It is a snapshot of the page as it appeared on …". Looked
# for among the divs only (Google's header was always one): among all elements it took 1.3 ms a page, 0.45 so.
_GOOGLE_CACHE_HEADER = etree.XPath("//div[contains(@class, 'google-cache-hdr') or contains(@id, 'google-cache-hdr')]")


def _google_cache(root: Element) -> ArchiveSave | None:
    """A copy from Google's cache: its header names the original's address first."""
    found = _GOOGLE_CACHE_HEADER(root)
    header = [el for el in found if not any(other in el.iterancestors() for other in found)]
    if not header:
        return None
    links = [(a.get("href") or "").strip() for box in header for a in box.iter("a")]
    original = next((link for link in links if _SCHEME.match(link) and "google." not in (domain_of(link) or "")), None)
    _drop(header)
    return ArchiveSave("Google cache", original)


def _boxes(root: Element, ids: tuple[str, ...]) -> list[Element]:
    """The elements of ``root`` with one of these ids, outermost only."""
    found = [el for el in root.xpath("//*[@id]") if el.get("id") in ids]  # the elements with an id, found in C
    return [el for el in found if not any(other in el.iterancestors() for other in found)]


def _drop(boxes: list[Element]) -> None:
    """Take ``boxes`` out of their tree, keeping the text that follows each."""
    for box in boxes:
        if box.getparent() is not None:
            box.drop_tree()
