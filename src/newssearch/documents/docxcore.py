"""A .docx's core properties (``docProps/core.xml``): its ``dc:title`` and ``dc:creator``, for a document whose text
names no headline or byline of its own.

Word fills both by itself: the title is most often empty or a template's ("Document1", "Template"), the creator the
account that made the file ("Microsoft Office User", "Windows-Benutzer", "jdoe1984"); such values name no story and
no writer, and are left out. The text's own headline and byline always come first (``with_core_properties``).
``dcterms:created`` and ``dcterms:modified`` are never read: they are when the file was made and saved, from a
template years old or on the day a clipping was pasted, not when the story was published (USERS.md: a file's time
must not pollute the publication date; a date is read from the text, its date line or header, or is none).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from lxml import etree

from .article import Article, ReadResult
from .authornames import split_authors
from .personcheck import is_login, is_person

_DC = "{http://purl.org/dc/elements/1.1/}"
CORE_PART = "docProps/core.xml"
# A word processor's own name for a document, or for its user: no story's title, no writer's name.
_PLACEHOLDER_TITLE = re.compile(
    r"(?:document|dokument|documento|doc|untitled|sans titre|unbenannt|senza titolo|sin título|title|titel|titre|"
    r"template|vorlage|modèle|plantilla|draft|entwurf|new|neu)\s*\d*|microsoft word\b.*|.*\.(?:docx?|rtf|odt|txt)",
    re.IGNORECASE)
_ACCOUNT_WORDS = re.compile(r"\b(?:microsoft|office|windows|user|benutzer|utilisateur|usuario|utente|gebruiker|"
                            r"admin|administrator|owner|author|autor|auteur|"
                            r"customer)\b", re.IGNORECASE)  # a PC maker's: "HP Authorized Customer", "Valued Customer"


def core_fields(part: Callable[[str], etree._Element | None], name: str = CORE_PART) -> tuple[str | None, str | None]:
    """The ``dc:title`` and ``dc:creator`` of the core properties part ``name`` (None for each it has not)."""
    core = part(name)
    if core is None:
        return None, None

    def text(tag: str) -> str | None:
        found = core.find(_DC + tag)
        value = " ".join("".join(found.itertext()).split()) if found is not None else ""
        return value or None

    return text("title"), text("creator")


def usable_title(title: str | None, rel: str) -> str | None:
    """``title`` when it may be a story's: not a placeholder ("Document1", "Microsoft Word - storm.doc") nor the
    file's own name."""
    if not title or _PLACEHOLDER_TITLE.fullmatch(title):
        return None
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return None if title.casefold() == stem.casefold() else title


def creator_authors(creator: str | None) -> tuple[str, ...]:
    """The people ``creator`` names (``Jane Doe; John Roe``), none when it is an account's (``Windows User``,
    ``jdoe1984``, ``Admin``)."""
    if not creator or _ACCOUNT_WORDS.search(creator) or is_login(creator.lower()):
        return ()
    names = split_authors(creator)
    return names if names and all(is_person(name) for name in names) else ()


def with_core_properties(result: ReadResult, title: str | None, creator: str | None, rel: str) -> ReadResult:
    """``result`` of a document of one article, its title ``title`` when its text gave none but its lede, and its
    authors ``creator``'s when its text named none. A document of several stories (a news database's download) is
    left as it is: its properties are the download's."""
    if len(result.articles) != 1:
        return result
    article = result.articles[0]
    changes: dict[str, object] = {}
    if article.title_source == "lede" and (shown := usable_title(title, rel)):
        changes.update(title=shown, title_source="docx:title")
    if not article.authors and (people := creator_authors(creator)):
        changes["authors"] = people
    if changes:
        result.articles[0] = _replaced(article, changes)
    return result


def _replaced(article: Article, changes: dict[str, object]) -> Article:
    """``article`` with ``changes``."""
    return dataclasses.replace(article, **changes)  # type: ignore[arg-type]
