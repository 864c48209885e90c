"""The story a page holds in its scripts' data rather than in its paragraphs.

Pages rendered by JavaScript frameworks carry the story they show as data: Next.js in
``<script id="__NEXT_DATA__">``, Arc's Fusion in ``Fusion.globalContent = {...}``, Nuxt in ``window.__NUXT__``,
Redux and Apollo in ``window.__INITIAL_STATE__`` / ``__PRELOADED_STATE__`` / ``__APOLLO_STATE__``. A page fetched
without running its scripts may show little more than its headline, or only a teaser above a paywall.

The story is the object whose title is the page's own (related stories, teasers and navigation beside it carry
theirs), and its body is a list of content elements or paragraph strings, or an HTML string: only its text, header
and list elements are kept, never its ads, embeds, pictures or links to other stories. Data written as JavaScript
rather than JSON (Nuxt 2's ``window.__NUXT__=(function(a,b){...}(...))``) is passed over.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .htmlblocks import text_paragraphs
from .htmltext import html_to_text, looks_like_markup
from .jsonld import unescaped

# Substrings one of which every such script holds: a page without any is never searched further (a few fast scans).
MARKERS = ("__NEXT_DATA__", "globalContent", "__NUXT__", "_STATE__")
_NEXT_DATA = re.compile(r"""<script\b[^>]*\bid\s*=\s*["']?__NEXT_DATA__\b[^>]*>""", re.IGNORECASE)
_ASSIGNED = re.compile(r"""(?:Fusion\.globalContent|__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__)"""
                       r"""["']?\]?\s*=\s*(JSON\.parse\(\s*)?""")
_DECODER = json.JSONDecoder(strict=False)
MAX_NODES = 200_000  # JSON values walked in one page's data: a store of thousands of items is no story's wrapper
# Characters: "News", "Home" or "Video" name a section, not the page's story. A title is the page's when one of the
# page's own (og:title, h1, <title>, which may add the site's name: "Bridge reopens | Coast News") holds it as at
# least half of its length: the site's name is no story's title ("Coast News: the latest news, sport and weather").
MIN_TITLE = 10
# The keys an object names itself by (Arc's "headlines" is {"basic": …}), and those its story's body is under.
TITLE_KEYS = ("headline", "headlines", "title", "seoTitle", "name")
BODY_KEYS = ("content_elements", "contentElements", "body", "json", "articleBody", "bodyHtml", "body_html", "content",
             "contentHtml", "content_html", "html", "text", "blocks", "paragraphs", "elements")
# The kinds of content element that hold the story's words: text, its subheadings, lists and quotes. Every other kind
# (image, video, raw_html, interstitial_link, ad, embed, related…) is the page's furniture. Rich text (Contentful's
# nodeType, Sanity's _type) nests spans and links in paragraphs, and items in lists.
LIST_TYPES = frozenset({"list", "unordered-list", "ordered-list", "ul", "ol", "bulleted_list", "numbered_list"})
TEXT_TYPES = frozenset({"", "text", "paragraph", "p", "header", "heading", "subheading", "subhead", "h2", "h3", "h4",
                        "heading-2", "heading-3", "heading-4", "list_item", "listitem", "list-item", "li", "quote",
                        "blockquote", "pullquote", "block", "span", *LIST_TYPES})
INLINE_TYPES = frozenset({"hyperlink", "link", "a", "entry-hyperlink", "strong", "em", "b", "i", "bold", "italic"})
_SPANS = INLINE_TYPES | {"text", "span", ""}
MAX_DEPTH = 6  # a list item's paragraph's link's text, under a body's document
_ELEMENT_TEXT_KEYS = ("content", "text", "html", "value", "body", "items", "children")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_LINK = re.compile(r"<a\b[^>]*>.*?</a\s*>", re.IGNORECASE | re.DOTALL)
_TAG_OR_SPACE = re.compile(r"<[^>]*>|&nbsp;|\W")


def story_paragraphs(page: str, titles: Iterable[str | None]) -> list[str]:
    """The paragraphs of the story in ``page``'s scripts' data whose title is the page's (one of ``titles``: its
    og:title, h1, <title>…, see ``MIN_TITLE``); the longest when several are. Empty when the page has no such data."""
    if not any(marker in page for marker in MARKERS):
        return []
    wanted = [key for key in map(_title_key, titles) if key]
    if not wanted:
        return []
    best: list[str] = []
    for value in _script_values(page):
        for obj in _objects(value):
            title = _title_key(_title_of(obj))
            if len(title) >= MIN_TITLE and any(title in key and 2 * len(title) >= len(key) for key in wanted):
                found = _body_of(obj)
                if _size(found) > _size(best):
                    best = found
    return text_paragraphs(best)


def _script_values(page: str) -> Iterator[Any]:
    """The JSON values the page's framework scripts hold; a script that is JavaScript, not JSON, is passed over."""
    starts = [m.end() for m in _NEXT_DATA.finditer(page)]
    for found in _ASSIGNED.finditer(page):
        if found.group(1):  # JSON.parse("…"): a JSON string holding the JSON
            text = _decode_at(page, found.end())
            if isinstance(text, str):
                yield _decode_at(text, 0)
        else:
            starts.append(found.end())
    for start in starts:
        value = _decode_at(page, start)
        if value is not None:
            yield value


def _decode_at(text: str, start: int) -> Any:
    try:
        return _DECODER.raw_decode(text, start)[0]
    except (ValueError, RecursionError):  # broken; or a number past Python's 4,300 digits, nesting past its stack
        return None


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in ``value`` that names itself (see ``TITLE_KEYS``), walking at most ``MAX_NODES`` values."""
    stack, walked = [value], 0
    while stack and walked < MAX_NODES:
        item = stack.pop()
        walked += 1
        if isinstance(item, dict):
            if any(key in item for key in TITLE_KEYS):
                yield item
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))


def _title_of(obj: dict[str, Any]) -> str | None:
    for key in TITLE_KEYS:
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("basic") or value.get("main") or value.get("text")
        if isinstance(value, str) and value.strip():
            return value
    return None


def _title_key(title: str | None) -> str:
    """A title as compared: its references decoded, case-blind, its spaces collapsed."""
    return " ".join(unescaped(title).casefold().split()) if title else ""


def _body_of(obj: dict[str, Any], depth: int = 0) -> list[str]:
    """The longest body among ``obj``'s body keys, as paragraphs."""
    bodies = (_paragraphs(obj[key], depth) for key in BODY_KEYS if key in obj)
    return max(bodies, key=_size, default=[])


def element_paragraphs(elements: list[Any]) -> list[str]:
    """The paragraphs of a list of content elements and strings, as a body key holds them (Sanity's portable text,
    a CMS's ``{"type": "paragraph", "content": …}``): its text, subheading, list and quote elements, never its
    pictures, embeds or links to other stories."""
    return _paragraphs(elements, 0)


def _paragraphs(value: Any, depth: int) -> list[str]:
    """Paragraphs of a body: a string (HTML or plain), a list of strings and content elements, or an object holding
    one of those under a body key (``{"body": {"content": [...]}}``)."""
    if isinstance(value, str):
        return _string_paragraphs(value)
    if isinstance(value, list):
        return [p for item in value for p in _element(item, depth)]
    if isinstance(value, dict) and depth < 2:
        return _body_of(value, depth + 1)
    return []


def _element(item: Any, depth: int, inline: bool = False) -> list[str]:
    """The paragraphs of one content element: a string, or an object of a text kind (its words under "content",
    "text"…, or its list of spans to join into one paragraph, or of a list's items, each a paragraph). A link is
    words of its paragraph (``inline``), never an element of its own."""
    if isinstance(item, str):
        return _string_paragraphs(item)
    if not isinstance(item, dict) or depth > MAX_DEPTH:
        return []
    kind = item.get("type") or item.get("_type") or item.get("nodeType") or item.get("__typename") or ""
    kind = kind.lower() if isinstance(kind, str) else "?"
    if kind not in TEXT_TYPES and not (inline and kind in INLINE_TYPES):
        return []
    for key in _ELEMENT_TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return [value] if inline else _string_paragraphs(value)
        if isinstance(value, list) and value:
            if kind in LIST_TYPES:
                return [p for child in value for p in _element(child, depth + 1)]
            words = " ".join("".join(p for child in value for p in _element(child, depth + 1, inline=True)).split())
            if inline and kind not in _SPANS:
                return [f" {words} "]  # a list item's paragraphs: words apart
            return [words] if words else []
    return []


def _string_paragraphs(text: str) -> list[str]:
    """Paragraphs of a string: an HTML fragment's blocks, or plain text's lines."""
    if looks_like_markup(text):
        if "<a" in text and not _TAG_OR_SPACE.sub("", _LINK.sub("", text)):
            return []  # a paragraph that is all link names another story ("Who will make the Hall of Fame?")
        text = html_to_text(text)
    else:
        text = unescaped(text)
    return [" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def _size(paragraphs: list[str]) -> int:
    return sum(map(len, paragraphs))
