"""Evernote's export (``.enex``): each note an article, a web clipping most often.

A note is ``<note><title>…</title><content><![CDATA[<en-note>…HTML…</en-note>]]></content><created>…</created>
<note-attributes><subject-date>…</subject-date><author>…</author><source-url>…</source-url></note-attributes>
<resource>…</resource></note>``. Its HTML is read as a page's body (its pictures, check boxes and encrypted text,
``en-media``, ``en-todo`` and ``en-crypt``, left out); its ``created`` time is when it was clipped, so a date the
clipped page shows comes first, then ``subject-date``, which Evernote documents as the time the note refers to.
An export of thousands of clippings holds their pictures in base64: it is parsed a note at a time, each resource's
data let go when read past.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from io import BytesIO

from lxml import etree

from ..errors import UnreadableFile
from ..ids import record_id, stable_keys
from .article import Article, ReadResult
from .authornames import people_and_publisher, split_authors
from .daytimes import with_moment
from .publishers import is_address
from .recordresults import Made, gather
from .titles import title_from_lede
from .xmllimits import ENTITY_BOMB, entity_bomb

# What en-note holds that is no text: a picture's or file's place (its data is a resource), a check box and
# encrypted text (its base64 cipher text, which had been indexed as words).
_NOT_TEXT = re.compile(r"<en-(?:media|todo|crypt)\b[^>]*?(?:/>|>.*?</en-(?:media|todo|crypt)\s*>)",
                       re.DOTALL | re.IGNORECASE)
_PROLOGUE = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", re.IGNORECASE)
_EN_NOTE = re.compile(r"<(/?)en-note\b", re.IGNORECASE)
_CREATED = "%Y%m%dT%H%M%SZ"  # 20201231T120000Z, always UTC (subject-date's form too)
# An account's handle as a note's author: one word holding a digit ("jdoe1984", "j.doe_84"), which no byline is.
_HANDLE = re.compile(r"\S*\d\S*")


def read_enex(data: bytes, rel: str) -> ReadResult:
    """Every note of an Evernote export, an article each; a note without text a skip, and an export cut short
    (or broken past its first note) the notes read before it and a skip saying where it ends."""
    notes, broken = _notes(data)
    if not notes:
        raise UnreadableFile(f"the file {ENTITY_BOMB}" if entity_bomb(broken) else
                             f"not an Evernote export (no note read{': ' + broken if broken else ''})")
    keys = stable_keys([None] * len(notes), [_address(note) for note in notes])
    made: list[Made] = [(key, f"note {place}", note_article(note, rel, record_id(rel, key)) or "no text")
                        for place, (note, key) in enumerate(zip(notes, keys), 1)]
    if broken:
        made.append((None, f"after note {len(notes)}", f"the export is cut short or broken here ({broken})"))
    return gather(made, rel)


def _notes(data: bytes) -> tuple[list[dict[str, str]], str]:
    """Each note's fields as text (``title``, ``content``, ``created``, ``subject-date``, ``author``,
    ``source-url``), and why the
    parse stopped early ("" when it read to the end). No entity is expanded, no DTD or network read."""
    parser = etree.iterparse(BytesIO(data), events=("end",), tag=("note", "resource"), huge_tree=True,
                             resolve_entities=False, no_network=True, load_dtd=False)
    notes: list[dict[str, str]] = []
    try:
        for _event, element in parser:
            if element.tag == "resource":  # a picture's base64: let go now, not held until the note ends
                element.clear()
                continue
            notes.append({child.tag: (child.text or "").strip() for child in element.iter("title", "content",
                          "created", "subject-date", "author", "source-url") if isinstance(child.tag, str)})
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
    except etree.XMLSyntaxError as exc:
        return notes, str(exc.msg or exc)
    return notes, ""


def note_article(note: dict[str, str], rel: str, article_id: str) -> Article | None:
    """One note as an article, None when it holds no text: its title, its page's body, date, authors and publisher
    as the page reader finds them in its HTML, its ``source-url`` the address when it is a web address (not
    ``file:///…`` nor ``evernote:///…``) and its ``author`` the byline only when the page names none and it is no
    account's handle (a clipping's ``author`` is the account that clipped it); dated by its ``subject-date``
    (``enex:subject-date``), else its ``created`` (``enex:created``), only when the page shows no date."""
    from .html import extract
    from .htmltext import html_to_text

    url = _address(note)
    page = _page(note.get("content", ""))
    found = extract(page, url)
    body = found.body.strip() or html_to_text(page).strip()  # a typed note is too short for a page's body
    if not body:
        return None
    title = note.get("title") or found.title
    dated = (found.date, found.date_source) if found.date else _note_date(note)
    # A clipping's ``author`` is most often the account that clipped it: the page's own byline comes first.
    author = note.get("author", "")
    named = found.authors or (split_authors(author) if author and not _HANDLE.fullmatch(author) else ())
    authors, source = people_and_publisher(named, found.source, url)
    return Article(id=article_id, path=rel, title=title or title_from_lede(body), body=body, date=dated[0],
                   date_source=dated[1], authors=authors, source=source, url=url, lang=found.lang,
                   title_source=("enex:title" if note.get("title") else found.title_source) if title else "lede")


def _page(content: str) -> str:
    """A note's ENML as a page: its XML prologue and DOCTYPE out, ``en-note`` its body, pictures and check boxes out."""
    return "<html>" + _EN_NOTE.sub(r"<\1body", _NOT_TEXT.sub("", _PROLOGUE.sub("", content))) + "</html>"


def _address(note: dict[str, str]) -> str | None:
    """A note's ``source-url`` when it is a web address; None for none, a file's or a note link's."""
    url = note.get("source-url", "")
    return url if is_address(url) else None


def _note_date(note: dict[str, str]) -> tuple[date | None, str | None]:
    """A note's own date and its source: its ``subject-date``, else its ``created`` time, else none."""
    for field in ("subject-date", "created"):
        if (day := _created(note.get(field, ""))) is not None:
            return day, f"enex:{field}"
    return None, None


def _created(value: str) -> date | None:
    """The day of a note's time (``20201231T120000Z``), carrying the time, or None when it does not read."""
    try:
        moment = datetime.strptime(value, _CREATED).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return with_moment(moment.date(), moment)
