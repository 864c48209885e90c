"""Apple News Format: an article's ``article.json``, as a publisher's CMS writes it for Apple News (its ``identifier``,
``title``, ``language``, ``metadata`` and a tree of ``components``, each of a ``role``).

Its text is its components of text, in order, nested ones too (in a ``container``, ``section``, ``chapter`` or
``header``): the ``intro`` (its standfirst), ``body`` and ``quote`` paragraphs and its headings, each in its
``format`` (Markdown, HTML, else plain text, a line break a paragraph's end). A ``pullquote`` repeats the text;
``title`` and ``byline`` repeat the metadata; a picture, a gallery, a video, an advertisement, an ``aside`` and a link
to another article are none. Its ``metadata`` gives the rest: ``authors``, ``datePublished`` (``dateModified`` is
its last change), ``canonicalURL``. The document is made the flat record the JSON reader reads (``anf_record``).
"""

from __future__ import annotations

from collections.abc import Mapping

from .fields import objects_in
from .mdtext import markdown_text

_TEXT_ROLES = frozenset({"intro", "body", "quote", "heading", *(f"heading{n}" for n in range(1, 7))})
_NESTING_ROLES = frozenset({"container", "section", "chapter", "header", "collection"})
_MAX_DEPTH = 20  # containers opened, at most: a document nested deeper is no CMS's


def is_apple_news(value: object) -> bool:
    """Whether ``value`` is an Apple News Format document: its ``identifier``, ``version`` and list of
    ``components``, each an object with a ``role``."""
    if not isinstance(value, Mapping) or not isinstance(value.get("components"), list):
        return False
    components = value["components"]
    return ("identifier" in value and "version" in value and bool(components)
            and all(isinstance(component, Mapping) and "role" in component for component in components))


def anf_record(document: Mapping[str, object]) -> dict[str, object]:
    """The Apple News Format ``document`` as a record of the JSON reader's keys."""
    metadata = document.get("metadata")
    meta = metadata if isinstance(metadata, Mapping) else {}
    paragraphs = [part for component in objects_in(document, "components") for part in _paragraphs(component, 0)]
    record: dict[str, object] = {
        "title": document.get("title"),
        "body": paragraphs,
        "authors": meta.get("authors"),
        "datePublished": meta.get("datePublished"),
        "dateModified": meta.get("dateModified"),
        "url": meta.get("canonicalURL"),
        "language": document.get("language"),
    }
    if not paragraphs:  # no text but its excerpt: a teaser is better than no article
        record["excerpt"] = meta.get("excerpt")
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def _paragraphs(component: Mapping[str, object], depth: int) -> list[str]:
    """The paragraphs of text one component gives, in its ``format``; its nested components' for a container."""
    role = str(component.get("role", "")).lower()
    if role in _NESTING_ROLES and depth < _MAX_DEPTH:
        return [part for inner in objects_in(component, "components") for part in _paragraphs(inner, depth + 1)]
    text = component.get("text")
    if role not in _TEXT_ROLES or not isinstance(text, str) or not text.strip():
        return []
    form = str(component.get("format", "none")).lower()
    if form == "html":
        return [text]
    if form == "markdown":
        text = markdown_text(text.replace("\r\n", "\n")).text
    return [line.strip() for line in text.splitlines() if line.strip()]
