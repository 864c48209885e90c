"""A page's text as lines in reading order, whatever its elements: where an old page (a print version laid out
in tables and ``<font>`` tags) gives its date, on a line just under its headline."""

from __future__ import annotations

import re
from itertools import islice
from typing import TypeAlias

from lxml import etree
from lxml import html as lxml_html

from .dates import written_date
from .htmldatelines import dates_the_page

Element: TypeAlias = lxml_html.HtmlElement

MAX_LINES = 400   # lines read from the top of a page: its headline is near the top
UNDER_HEADLINE = 3  # lines under the headline where its date may be: a byline and a date line, or a kicker
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "title"})


def text_lines(root: Element) -> list[str]:
    """The first ``MAX_LINES`` runs of text of the page's body, each between two tags, white space made single."""
    body = root.find("body")
    lines: list[str] = []
    for event, el in etree.iterwalk(body if body is not None else root, events=("start", "end")):
        if len(lines) >= MAX_LINES:
            break
        text = el.tail if event == "end" else (el.text if isinstance(el.tag, str) and el.tag not in _NOT_TEXT else "")
        line = " ".join((text or "").split())
        if line:
            lines.append(line)
    return lines


def dates_under_headline(lines: list[str], headline: str | None) -> list[str]:
    """The date lines (see ``dates_the_page``) among the ``UNDER_HEADLINE`` lines under the first line that is
    ``headline``: "Thursday, 7 February 2019" under "Tasman District fires force evacuations"."""
    wanted = " ".join((headline or "").split()).casefold()
    for n, line in enumerate(lines if wanted else ()):
        if line.casefold() == wanted:
            return [date for date in map(_date_part, lines[n + 1:n + 1 + UNDER_HEADLINE]) if date]
    return []


KICKER_WORDS = 3  # words after the date of a kicker over the headline: its section ("31.01.2022 2. HBL")
_KICKER_ELEMENTS = 5  # elements: a box of more is no kicker
_NOT_CONTENT = frozenset({"script", "style", "noscript", "br"})
_REGIONS = frozenset({"header", "nav"})  # the page's header before its headline: its date is the visit's


def kickers(root: Element) -> list[tuple[str, str]]:
    """(heading, line) for each ``<h1>`` whose own box sets a line just over it that dates the page
    (``dates_the_page``) or opens with a date and names at most a section after it: liquimoly-hbl.de's
    ``<small>31.01.2022 2. HBL</small>`` over its headline in one ``<figcaption>``. A date in another box over the
    headline may be the site header's day of the visit; a sentence that names a day ("3 May 2021 was …") is none."""
    found: list[tuple[str, str]] = []
    for h1 in root.iter("h1"):
        box = next((el for el in h1.itersiblings(preceding=True) if isinstance(el.tag, str)
                    and el.tag not in _NOT_CONTENT), None)
        if box is None or box.tag in _REGIONS or sum(1 for _ in islice(box.iter(), _KICKER_ELEMENTS + 1)) > _KICKER_ELEMENTS:
            continue
        line = " ".join(box.text_content().split())
        opening = written_date().match(line)
        if dates_the_page(line) or opening and len(line[opening.end():].split()) <= KICKER_WORDS:
            found.append((" ".join(h1.text_content().split()), line))
    return found


def over_headline(kicked: list[tuple[str, str]], headline: str | None) -> list[str]:
    """The lines of ``kickers`` over the ``<h1>`` that is ``headline``."""
    wanted = " ".join((headline or "").split()).casefold()
    return [line for heading, line in kicked if wanted and heading.casefold() == wanted]


# The label of a story's first publication, set apart from its last update's time: the Guardian's "First published on
# Wed 24 May 2023 07.14 BST" under the time it shows, a blog's "Originally published May 24, 2023".
_FIRST_PUBLISHED = re.compile(r"^(?:first|originally|initially)\s+published\b|^zuerst\s+veröffentlicht\b"
                              r"|^publié\s+initialement\b|^publicado\s+originalmente\b", re.I)


def first_published(lines: list[str]) -> list[str]:
    """The date lines (see ``dates_the_page``) among ``lines`` labelled as the story's first publication."""
    return [line for line in lines if _FIRST_PUBLISHED.match(line) and dates_the_page(line)]


# The label of a page's last change, as a wiki's or a site's foot states it: MediaWiki's "This page was last edited on
# …" (German, French, Spanish, Italian, Dutch too), MoinMoin's "(last edited 2019-11-10 13:28:18 by …)", "Letzte
# Änderung: …", "Aktualisiert: …"; at a line's start (or after MoinMoin's bracket), not in a sentence of the story.
_LAST_CHANGE = re.compile(
    r"(?:^|^\S+\s+\()(?:last\s+(?:edited|modified|updated|changed)|(?:this|the)\s+page\s+was\s+last\s+(?:edited|modified)"
    r"|diese\s+seite\s+wurde\s+zuletzt|zuletzt\s+(?:geändert|aktualisiert|bearbeitet)|letzte\s+änderung|aktualisiert\s*:"
    r"|(?:la\s+)?dernière\s+modification|esta\s+página\s+se\s+editó|última\s+(?:actualización|modificación)"
    r"|questa\s+pagina\s+è\s+stata\s+modificata|ultima\s+modifica|deze\s+pagina\s+is\s+voor\s+het\s+laatst)(?!\w)", re.I)
LAST_CHANGE_CHARS = 160  # a longer line is a paragraph, whose date is what it tells of


def last_changed(lines: list[str]) -> list[str]:
    """The text of each line among ``lines`` labelled as the page's last change, or of the line after a label alone
    ("Letzte Änderung:" over "14.01.2022 um 09:25"): the date of a page that gives no other (a wiki's)."""
    found = []
    for at, line in enumerate(lines):
        if len(line) <= LAST_CHANGE_CHARS and (label := _LAST_CHANGE.search(line)):
            rest = line[label.end():].strip(" :")
            found.append(rest or (lines[at + 1] if at + 1 < len(lines) else ""))
    return found


def _date_part(line: str) -> str | None:
    """A line that dates the page, or its part before a bar that does: a blog's "January 13, 2020 at 08:45 AM |
    categories:" over the links to its categories."""
    return next((part for part in (line, line.split("|", 1)[0]) if dates_the_page(part)), None)


# A print version's footer line naming the story's address: "Article URL: http://www.stuff.co.nz/…".
_PRINTED_ADDRESS = re.compile(r"^(?:article|story|page|original)\s+(?:url|address|link)\s*:\s*(https?://\S+)$", re.I)


def printed_address(lines: list[str]) -> str | None:
    """The address a print version prints for its story ("Article URL: http://…"), or None."""
    return next((found.group(1) for found in map(_PRINTED_ADDRESS.match, lines) if found), None)
