"""NITF articles (the IPTC News Industry Text Format of news archives, e.g. the NYT Annotated Corpus).

One ``<nitf>`` document is one article: headline ``hedline/hl1`` (or ``hedline``'s own text), body the text of
``body.content`` (its ``full_text`` block when there is one: the lead block repeats its start) opened by its
``abstract`` unless the text holds it (``teasers.teaser_first``),
date ``pubdata@date.publication`` › ``date.issue@norm`` › ``date.release@norm`` › ``story.date@norm``
› the publication_year/month/day_of_month metas, bylines, publisher and link from ``pubdata``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from datetime import date

from ..errors import UnreadableFile
from .article import Article, ReadResult
from .dates import make_date
from .daytimes import timed
from .feedelements import element_text, local_name
from .feedxml import Element
from .htmltext import inline_text
from .personnames import clean_authors
from .publishers import stated_publisher
from .teasers import teaser_first
from .titles import title_from_lede, trim_title

_NORM_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})")
# (element, attribute) holding a normalised date, in order of preference, with the date_source it gives.
_DATE_ATTRIBUTES = (("pubdata", "date.publication"), ("date.issue", "norm"), ("date.release", "norm"),
                    ("story.date", "norm"))
# The NYT Index's mark closing an abstract, the story's length: short, medium or long.
_LENGTH_MARK = re.compile(r"(?<!\s)\s*\([SML]\)\s*$")
# NITF's own block elements as the HTML ones the text reducer knows: each starts a paragraph, as lists, tables (a
# row to a line, its cells between " | ") and <pre> already do. A body read only its <p> and <hl2> had lost them all.
NITF_AS_HTML: dict[str, str] = {"hl2": "h2", "bq": "blockquote", "block": "div", "media": "figure",
                                "media-caption": "figcaption", "fn": "div", "note": "div", "nitf-table": "div",
                                "credit": "p", "tagline": "p"}
# What a body holds that is not its text: a picture's file, data and photographer, a table's metadata.
NITF_NOT_TEXT = ("media-reference", "media-object", "media-metadata", "media-producer", "nitf-table-metadata")


def read_nitf(root: Element, rel: str) -> ReadResult:
    """The one article of an NITF document, or UnreadableFile saying why there is none."""
    doc = _Parts(root)
    body = teaser_first(nitf_abstract(doc), nitf_body(doc))
    headline = nitf_headline(doc)
    title = headline or _text_of(doc.first("title"))
    if not body and not title:
        raise UnreadableFile("no articles in file (NITF document has no headline or body text)")
    published = nitf_date(doc)
    pubdata = doc.first("pubdata")
    url = (pubdata.get("ex-ref") or None) if pubdata is not None else None
    source = _source(doc, url)
    return ReadResult(articles=[Article(
        id=rel,
        path=rel,
        title=trim_title(title) if title else title_from_lede(body),
        title_source="nitf:hedline" if headline else "nitf:title" if title else "lede",
        body=body or title,
        date=published[1] if published else None,
        date_source=published[0] if published else None,
        authors=clean_authors(_bylines(doc), exclude=source),
        source=source,
        url=url,
        lang=root.get("{http://www.w3.org/XML/1998/namespace}lang"),
    )])


class _Parts:
    """The elements of one NITF document by lower-case local name, gathered in one pass."""

    def __init__(self, root: Element) -> None:
        self.by_name: dict[str, list[Element]] = {}
        for element in _elements(root):
            self.by_name.setdefault(local_name(element).lower(), []).append(element)

    def first(self, name: str) -> Element | None:
        found = self.by_name.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Element]:
        return self.by_name.get(name, [])


def nitf_text(root: Element) -> str:
    """The story's text of the NITF document ``root`` (one a NewsML item carries; see ``nitf_body``)."""
    return nitf_body(_Parts(root))


def nitf_body(doc: _Parts) -> str:
    """The story's text, from the ``full_text`` block when there is one, else all of body.content: its paragraphs,
    subheads, lists, tables, preformatted text, quotes and captions, each a paragraph (see ``NITF_AS_HTML``)."""
    content = doc.first("body.content")
    if content is None:
        return ""
    full = [block for block in doc.all("block") if (block.get("class") or "").lower() == "full_text"]
    source = _without(full[0] if full else content, NITF_NOT_TEXT)
    for element in _elements(source):
        if element is not source and local_name(element).lower() in NITF_AS_HTML:
            element.tag = NITF_AS_HTML[local_name(element).lower()]
    return element_text(source)


def nitf_abstract(doc: _Parts) -> str:
    """The story's ``<abstract>`` (``body.head``'s summary: the NYT Annotated Corpus's indexers') as plain text,
    without the NYT's closing length mark ("…; photo (M)"); "" for none."""
    abstract = doc.first("abstract")
    return _LENGTH_MARK.sub("", element_text(abstract)).strip() if abstract is not None else ""


def nitf_headline(doc: _Parts) -> str:
    """The headline: ``hedline/hl1``, else the text ``<hedline>`` holds itself (as lax producers write it), without
    its ``hl2`` subhead."""
    headline = _text_of(doc.first("hl1"))
    hedline = doc.first("hedline")
    if headline or hedline is None:
        return headline
    return _text_of(_without(hedline, ("hl2",)))


def nitf_date(doc: _Parts) -> tuple[str, date] | None:
    """The publication date and where it came from (``nitf:pubdata`` ...), or None."""
    for tag, attribute in _DATE_ATTRIBUTES:
        element = doc.first(tag)
        found = _NORM_DATE.match(element.get(attribute) or "") if element is not None else None
        if found:  # with its time, if it writes one: norm="20200619T103000Z"
            day = timed(make_date(int(found.group(1)), int(found.group(2)), int(found.group(3))), found.string)
            if day:
                return f"nitf:{tag}", day
    metas = {(el.get("name") or "").lower(): el.get("content") or "" for el in doc.all("meta")}
    parts = [metas.get(f"publication_{name}", "") for name in ("year", "month", "day_of_month")]
    if all(part.isdigit() for part in parts):
        day = make_date(int(parts[0]), int(parts[1]), int(parts[2]))
        if day:
            return "nitf:meta", day
    return None


def _bylines(doc: _Parts) -> list[str]:
    """Byline texts (its ``<person>`` names when it marks them; a ``<byttl>``, the person's title, is no name); an
    archive's "Last, First" form is left out."""
    names: list[str] = []
    for byline in doc.all("byline"):
        if (byline.get("class") or "").lower() == "normalized_byline":
            continue
        people = [_text_of(el) for el in _elements(byline) if local_name(el).lower() == "person"]
        names.extend(people if any(people) else [_text_of(_without(byline, ("byttl",)))])
    return [name for name in names if name]


def _source(doc: _Parts, url: str | None) -> str | None:
    """The publisher: ``pubdata@name`` › ``doc.copyright@holder``; a name tied to an address read at the article's
    ``url`` (``stated_publisher``: "Time" at timeout.com as written)."""
    for tag, attribute in (("pubdata", "name"), ("doc.copyright", "holder")):
        element = doc.first(tag)
        value = element.get(attribute) if element is not None else None
        if value and value.strip():
            return stated_publisher(value.strip(), url)
    return None


def _text_of(element: Element | None) -> str:
    """An element's text on one line ("" for no element)."""
    return inline_text(element_text(element)) if element is not None else ""


def _without(element: Element, names: tuple[str, ...]) -> Element:
    """A copy of ``element`` without its descendants of these local names (the text after each stays)."""
    copied = deepcopy(element)
    for found in [el for el in _elements(copied) if el is not copied and local_name(el).lower() in names]:
        parent = found.getparent()
        if parent is None:
            continue
        previous = found.getprevious()
        if found.tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + found.tail
            else:
                parent.text = (parent.text or "") + found.tail
        parent.remove(found)
    return copied


def _elements(root: Element) -> Iterator[Element]:
    return (el for el in root.iter() if isinstance(el.tag, str))
