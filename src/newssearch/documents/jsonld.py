"""Lenient JSON-LD: read what publishers actually write, not only what the spec allows.

Pages carry trailing commas, JavaScript comments, raw control characters, HTML comments,
several objects in one script, lists and ``@graph`` wrappers. Each script is first read as
strict JSON; only when that fails are the repairs applied one after another.
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "techarticle",
        "scholarlyarticle", "report", "liveblogposting", "posting", "satiricalarticle", "advertisercontentarticle",
        "askpublicnewsarticle", "medicalscholarlyarticle", "discussionforumposting",
    }
)
# WebPage and its subtypes that hold one piece of writing (a Healthline page is a MedicalWebPage), not
# listings (CollectionPage, SearchResultsPage) whose dates are not an article's.
# Other works a page may be about, whose publication is a news page's date when no article object
# says one: a broadcaster's video page (VideoObject's uploadDate), a how-to, a recipe, a review.
WORK_TYPES = frozenset({"videoobject", "audioobject", "mediaobject", "clip", "episode", "tvepisode", "radioepisode",
                        "podcastepisode", "howto", "recipe", "review", "creativework"})
PAGE_TYPES = frozenset({"webpage", "medicalwebpage", "itempage", "aboutpage", "qapage", "faqpage"})
_WRAPPERS = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_LINE_COMMENT = re.compile(r"^\s*//[^\n]*$", re.M)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DECODER = json.JSONDecoder(strict=False)


def parse_script(text: str) -> list[Any]:
    """Every JSON value in one ld+json script; an empty list when nothing can be read."""
    text = _WRAPPERS.sub("", text.strip()).strip()
    if not text:
        return []
    for repair in (_as_is, _uncomment, _untrail):
        text = repair(text)
        values = _decode_all(text)
        if values:
            return values
    return []


def _as_is(text: str) -> str:
    return text


def _uncomment(text: str) -> str:
    return _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub("", _CONTROL.sub(" ", text)))


def _untrail(text: str) -> str:
    return _TRAILING_COMMA.sub(r"\1", text)


def _decode_all(text: str) -> list[Any]:
    """Decode one or more concatenated JSON values (``{..}{..}`` or ``{..},{..}``)."""
    values: list[Any] = []
    text = text.strip()
    position = 0
    while position < len(text):
        try:
            value, position = _DECODER.raw_decode(text, position)
        except (ValueError, RecursionError):  # broken; or a number past Python's 4,300 digits, nesting past its stack
            break
        values.append(value)
        while position < len(text) and text[position] in " \t\r\n,;":
            position += 1
    return values


def objects(scripts: Iterable[str]) -> list[dict[str, Any]]:
    """All JSON-LD objects of a page, flattened out of lists, ``@graph`` and ``mainEntity``."""
    found: list[dict[str, Any]] = []
    for script in scripts:
        for value in parse_script(script):
            found.extend(_flatten(value))
    return found


def _flatten(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _flatten(item)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(value.get(key), (list, dict)):
                yield from _flatten(value[key])


def types(obj: dict[str, Any]) -> set[str]:
    """The lower-cased ``@type`` names of one object."""
    kind = obj.get("@type", ())
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower().rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def articles(objs: list[dict[str, Any]], page_addresses: Iterable[str | None] = ()) -> list[dict[str, Any]]:
    """The article-like objects, most specific first; WebPage objects as a last resort.

    When one of them names the page's own address (``page_addresses``: its canonical link, og:url…), the articles
    that do come first: a page may describe a related story before its own ("Trending", "Read next"). Paths are
    compared, not hosts: an AMP copy's object names amp.example.com. When none does, the order is the page's.
    """
    found = [o for o in objs if types(o) & ARTICLE_TYPES]
    pages = [o for o in objs if types(o) & PAGE_TYPES and o not in found]
    own = set(filter(None, map(_path_key, page_addresses)))
    mine = [o for o in found if own & _addresses(o)]
    return (mine + [o for o in found if o not in mine] if mine else found) + pages


# The keys an object names its page by: its own address, its id (Yoast's "…/story/#article") and the page it is about.
_ADDRESS_KEYS = ("url", "@id", "mainEntityOfPage")


def _addresses(obj: dict[str, Any]) -> set[str]:
    """The paths of the addresses ``obj`` names itself by (see ``_ADDRESS_KEYS``)."""
    values = [obj.get(key) for key in _ADDRESS_KEYS]
    values = [v.get("@id") or v.get("url") if isinstance(v, dict) else v for v in values]
    return set(filter(None, (_path_key(v) for v in values if isinstance(v, str))))


def _path_key(address: str | None) -> str | None:
    """An address's path as compared: case-blind, without its last slash; None for no path (a site's root, "#org",
    or no address), which names no one page."""
    try:
        path = urlsplit((address or "").strip()).path
    except ValueError:  # "https://[bad": no address at all
        return None
    return path.rstrip("/").lower() or None


def works(objs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The objects of ``WORK_TYPES``: where a page that has no article object keeps its publication date."""
    return [o for o in objs if types(o) & WORK_TYPES]


def text_of(value: Any) -> str | None:
    """A plain string out of a string, a list of strings or a ``{"name": ...}`` object.

    Character references are decoded: publishers write HTML-escaped text into JSON-LD
    ("Police &amp; fire crews", "Redacci&oacute;n"), which JSON itself never unescapes.
    """
    if isinstance(value, str):
        return unescaped(value).strip() or None
    if isinstance(value, list):
        for item in value:
            found = text_of(item)
            if found:
                return found
    if isinstance(value, dict):
        return text_of(value.get("name") or value.get("@value"))
    return None


# A character reference left after decoding: the text was escaped twice ("&amp;#8211;", as WordPress's SEO
# plugins write it). With its semicolon only: "AT&T" and "Q&A" hold none.
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def unescaped(text: str) -> str:
    """``text`` with its character references decoded, twice when it was escaped twice: "Dental care plan
    &amp;#8211; what it means" is "Dental care plan – what it means"."""
    return decoded_references(html.unescape(text))


def decoded_references(text: str) -> str:
    """``text`` with the well-formed character references left in it decoded once: a text escaped twice, once
    decoded ("Labour&#8217;s plan &amp; jobs": "Labour’s plan & jobs"). A lone "&" ("AT&T") stays as it is."""
    return _REFERENCE.sub(lambda found: html.unescape(found.group()), text) if "&" in text else text


_NODE_DEPTH = 8  # levels of lists and objects searched for nested nodes: an author in a WebPage in a @graph


def nodes(objs: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every object of the page's JSON-LD, nested ones too (a WebPage's author, an article's publisher), nearer
    ones first, down to ``_NODE_DEPTH`` levels."""
    queue: deque[tuple[Any, int]] = deque((obj, 0) for obj in objs)
    while queue:
        value, depth = queue.popleft()
        if depth > _NODE_DEPTH:
            continue
        if isinstance(value, list):
            queue.extend((item, depth + 1) for item in value)
        elif isinstance(value, dict):
            yield value
            queue.extend((item, depth + 1) for item in value.values() if isinstance(item, (list, dict)))


def nodes_by_id(objs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The page's nodes that have an ``@id`` and say more than it, by that id: the @graph's, and those written out
    inside another node (a WebPage's ``"author": {"@type": "Person", "@id": "#p1", "name": …}``); the first of an id."""
    found: dict[str, dict[str, Any]] = {}
    for node in nodes(objs):
        key = node.get("@id")
        if isinstance(key, str) and _says_more(node):
            found.setdefault(key, node)
    return found


def _says_more(node: dict[str, Any]) -> bool:
    """Whether ``node`` names what it is (a name), not only where it is (``@id``, ``@type``, ``url``)."""
    return any(key not in ("@id", "@type", "url") for key in node)


def resolved(value: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    """``value`` as the node its ``@id`` names (``nodes_by_id``) when it names no one itself: Yoast's
    ``{"@id": "…/#/schema/person/1"}``, a reference that adds its type or address, or the bare id as a string."""
    if isinstance(value, str):
        return nodes.get(value.strip(), value)
    if isinstance(value, dict) and isinstance(value.get("@id"), str) and not _says_more(value):
        return {**nodes.get(value["@id"], {}), **value}
    return value


def first(objs: list[dict[str, Any]], key: str) -> Any:
    """The first non-empty ``key`` among ``objs``."""
    for obj in objs:
        value = obj.get(key)
        if value not in (None, "", [], {}):
            return value
    return None
