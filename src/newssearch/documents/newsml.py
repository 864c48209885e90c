"""IPTC NewsML: the XML wire agencies deliver (AP, Reuters, AFP, dpa), and Reuters's RCV1 corpus files.

* **NewsML-G2**: a ``newsItem`` is one article (its ``contentMeta`` headline, ``by`` or creators, its
  ``itemMeta`` firstCreated › contentCreated › versionCreated, provider, copyright holder and link, ``xml:lang``),
  its text the first ``contentSet`` part holding any (``inlineXML`` with XHTML or NITF, ``inlineData``); a
  ``newsMessage`` holds several, each ``file#guid``. A picture, graphic, video or audio item is no article; a
  ``packageItem`` only lists other items.
* **NewsML 1.x** (``NewsML/NewsItem/NewsComponent``, older archives): each ``NewsItem`` an article, its
  ``NewsLines`` headline and byline, ``NewsManagement`` dates, provider party, language, IPTC subject codes (its
  sections, by name: ``subjectcodes``), and the text of its ``ContentItem``s of media type Text.
* **RCV1** (``<newsitem itemid= date= xml:lang=>``): headline, byline, ``<text>`` paragraphs, its date and
  language; its ``metadata`` codes are not text, its topic codes its sections (by name: ``subjectcodes``).

Each item's fields are put under JSON's names and read as a JSON record is (``article_from_fields``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..errors import UnreadableFile
from ..ids import record_id
from .article import ReadResult
from .feedelements import element_text, local_name
from .feedxml import Element
from .fields import RecordError
from .htmltext import inline_text
from .jsonfile import article_from_fields
from .nitf import nitf_text
from .publishers import is_address
from .recordresults import Made, gather, no_records
from .subjectcodes import RCV1_TOPICS_CLASS, iptc_subjects, rcv1_topics

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# NewsML-G2 item classes (ninat:, icls:) that are no story: a picture's caption is its only text.
_NOT_STORIES = frozenset({"picture", "graphic", "video", "audio", "animated"})


def read_newsml_g2(root: Element, rel: str) -> ReadResult:
    """The articles of a NewsML-G2 ``newsItem`` (the file's one article) or ``newsMessage`` (one per item)."""
    if local_name(root) == "packageItem":
        raise UnreadableFile("a NewsML-G2 package: it lists other items (itemRef) and holds no article text")
    if local_name(root) == "newsItem":
        return _one(_g2_made(root, 1, rel, rel), rel)
    items = [el for el in _elements(root) if local_name(el) == "newsItem"]
    if not items:
        return no_records(rel, "NewsML-G2 message holds no newsItem")
    return gather((_g2_made(item, position, rel) for position, item in enumerate(items, 1)), rel)


def read_newsml_1(root: Element, rel: str) -> ReadResult:
    """The articles of a NewsML 1.x document: one per ``NewsItem`` (the file's when it holds one)."""
    items = [root] if local_name(root) == "NewsItem" else [el for el in _elements(root) if local_name(el) == "NewsItem"]
    if not items:
        return no_records(rel, "NewsML document holds no NewsItem")
    if len(items) == 1:
        return _one(_made(items[0], 1, rel, _newsml_1_fields, rel), rel)
    return gather((_made(item, position, rel, _newsml_1_fields) for position, item in enumerate(items, 1)), rel)


def read_rcv1(root: Element, rel: str) -> ReadResult:
    """The one article of a Reuters RCV1 ``<newsitem>`` file."""
    return _one(_made(root, 1, rel, _rcv1_fields, rel, "rcv1"), rel)


# Root elements, by exact local name (RCV1's ``newsitem`` is no NewsML-G2 ``newsItem``), and their readers.
NEWSML_READERS: dict[str, Callable[[Element, str], ReadResult]] = {
    "newsItem": read_newsml_g2, "newsMessage": read_newsml_g2, "packageItem": read_newsml_g2,
    "NewsML": read_newsml_1, "NewsItem": read_newsml_1, "newsitem": read_rcv1,
}


def _one(made: Made, rel: str) -> ReadResult:
    """A file of one item: its article, or UnreadableFile saying why it has none."""
    outcome = made[2]
    if isinstance(outcome, str):
        raise UnreadableFile(f"no articles in file ({outcome})")
    return ReadResult(articles=[outcome])


def _g2_made(item: Element, position: int, rel: str, article_id: str | None = None) -> Made:
    """A NewsML-G2 newsItem's article, or why it is none (a picture's item is none)."""
    kind = _attribute(_first(item, "itemClass"), "qcode").rsplit(":", 1)[-1].lower()
    if kind in _NOT_STORIES:
        return None, _label(item, position), f"a {kind} item, not an article"
    return _made(item, position, rel, _g2_fields, article_id)


def _made(item: Element, position: int, rel: str, fields: Callable[[Element], dict[str, object]],
          article_id: str | None = None, kind: str = "newsml") -> Made:
    """(key, label, article or reason) for one item whose fields ``fields`` gathers; ``kind`` names its format in
    the article's title and date sources."""
    found = fields(item)
    key = str(found.get("id") or position)
    try:
        return None, _label(item, position), article_from_fields(found, rel, article_id or record_id(rel, key), kind)
    except RecordError as exc:
        return None, _label(item, position), str(exc)


def _label(item: Element, position: int) -> str:
    """``newsItem 2 (urn:…)``: where an item is, in skip reasons."""
    key = item.get("guid") or _text(_first(item, "NewsItemId"))
    return f"{local_name(item)} {position}" + (f" ({key})" if key else "")


_TOPIC_TYPES = (None, "", "cpnat:abstract")  # a G2 subject's type: a topic, not a cpnat:geoArea or a cpnat:person


def _g2_fields(item: Element) -> dict[str, object]:
    """A newsItem's fields under JSON's names (G2's own where the table has them)."""
    meta, content = _first(item, "itemMeta"), _first(item, "contentMeta")
    rights = _first(item, "rightsInfo")
    links = [link.get("href") or "" for link in _children(meta, "link")]
    language = _first(content, "language")
    return {
        "id": item.get("guid"),
        "headline": _text(_first(content, "headline")),
        "body": _content_text(_first(item, "contentSet")),
        "description": _text(_first(content, "description")),
        "firstCreated": _text(_first(meta, "firstCreated")),
        "contentCreated": _text(_first(content, "contentCreated")),
        "versionCreated": _text(_first(meta, "versionCreated")),
        "by": _text(_first(content, "by")),
        "creator": [name for el in _children(content, "creator") if (name := _party(el))],
        "publisher": _party(_first(meta, "provider")),
        "copyrightHolder": _party(_first(rights, "copyrightHolder")),
        "url": next((link for link in links if is_address(link)), None),
        "language": item.get(_XML_LANG) or _attribute(language, "tag"),
        # its subjects by name (IPTC's media topics: "weather"), not its places, people or organisations
        "categories": [name for el in _children(content, "subject")
                       if el.get("type") in _TOPIC_TYPES and (name := _text(_first(el, "name")))],
    }


def _newsml_1_fields(item: Element) -> dict[str, object]:
    """A NewsML 1.x NewsItem's fields under JSON's names."""
    management = _first(item, "NewsManagement")
    texts = [_content_text(_first(content, "DataContent")) for content in _descendants(item, "ContentItem")
             if _attribute(_first(content, "MediaType"), "FormalName").lower() in ("", "text")]
    provider = _first(_first(item, "Provider"), "Party")
    return {
        "id": _text(_first(item, "NewsItemId")),
        "headline": _text(_first(item, "HeadLine")),
        "body": "\n\n".join(text for text in texts if text),
        "firstCreated": _text(_first(management, "FirstCreated")),  # 20030405T113000+0000, ISO 8601's basic form
        "versionCreated": _text(_first(management, "ThisRevisionCreated")),
        "byline": _text(_first(item, "ByLine")),
        "publisher": _attribute(provider, "FormalName") or _text(_first(item, "ProviderId")),
        "language": _attribute(_first(item, "Language"), "FormalName") or item.get(_XML_LANG),
        # IPTC's subject codes by name (02001000: crime, law and justice)
        "categories": iptc_subjects(_attribute(el, "FormalName") for code in _descendants(item, "SubjectCode")
                                    for el in code if isinstance(el.tag, str)),
    }


def _rcv1_fields(item: Element) -> dict[str, object]:
    """An RCV1 newsitem's fields under JSON's names; its title repeats the headline after a country code."""
    dublin_core = {el.get("element") or "": el.get("value") or "" for el in _descendants(item, "dc")}
    text = _first(item, "text")
    paragraphs = [_text(p) for p in _children(text, "p")] if text is not None else []
    return {
        "id": item.get("itemid"),
        "headline": _text(_first(item, "headline")) or _text(_first(item, "title")),
        "body": "\n\n".join(p for p in paragraphs if p) or (element_text(text) if text is not None else ""),
        "date": item.get("date") or dublin_core.get("dc.date.published"),
        "byline": _text(_first(item, "byline")),
        "publisher": dublin_core.get("dc.source") or dublin_core.get("dc.publisher"),
        "language": item.get(_XML_LANG),
        # its topic codes by name (GCRIM: Crime, law enforcement), not its countries or industries
        "categories": rcv1_topics(code.get("code") or "" for codes in _descendants(item, "codes")
                                  if codes.get("class") == RCV1_TOPICS_CLASS for code in _children(codes, "code")),
    }


def _content_text(holder: Element | None) -> str:
    """The text of the first part of ``holder`` (a G2 contentSet, a NewsML 1 DataContent) that has any: an NITF
    document's body, an XHTML page's body, or text (escaped HTML too)."""
    if holder is None:
        return ""
    parts = [el for el in holder if isinstance(el.tag, str)] if local_name(holder) == "contentSet" else [holder]
    for part in parts:
        nitf = next((el for el in _elements(part) if local_name(el).lower() == "nitf"), None)
        body = next((el for el in _elements(part) if local_name(el) == "body"), None)
        text = nitf_text(nitf) if nitf is not None else element_text(body if body is not None else part)
        if text.strip():
            return text
    return ""


def _party(element: Element | None) -> str:
    """A G2 party's name: its ``<name>``, its ``literal``, else its qcode's code (``nprov:AFP``: AFP)."""
    if element is None:
        return ""
    return (_text(_first(element, "name")) or _attribute(element, "literal")
            or _attribute(element, "qcode").rsplit(":", 1)[-1])


def _text(element: Element | None) -> str:
    return inline_text(element_text(element)) if element is not None else ""


def _attribute(element: Element | None, name: str) -> str:
    return (element.get(name) or "").strip() if element is not None else ""


def _first(element: Element | None, name: str) -> Element | None:
    """The first descendant of this local name (its own namespace or none), or None."""
    return next(_descendants(element, name), None) if element is not None else None


def _descendants(element: Element | None, name: str) -> Iterator[Element]:
    return (el for el in _elements(element) if el is not element and local_name(el) == name) if element is not None \
        else iter(())


def _children(element: Element | None, name: str) -> list[Element]:
    return [el for el in element if isinstance(el.tag, str) and local_name(el) == name] if element is not None else []


def _elements(root: Element) -> Iterator[Element]:
    return (el for el in root.iter() if isinstance(el.tag, str))
