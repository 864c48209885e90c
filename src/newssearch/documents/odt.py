"""OpenDocument text (.odt): the text of ``content.xml``, as a reader of the document sees it.

Paragraphs and headings (``text:p``, ``text:h``; in lists and sections too), tables a row to a line, frames' text
boxes after the paragraph that anchors them. White space is read as ODF says: a run of spaces, tabs and line ends in
the XML is one space, ``text:s`` is as many spaces as it counts, ``text:tab`` and ``text:line-break`` a space.
Left out: notes (footnotes, endnotes), annotations (comments), the text tracked changes deleted (kept in
``text:tracked-changes``; inserted text is in place, and read), a frame's title and description, an index's
template, ruby's reading aid (``text:ruby-text``), a picture's data (``office:binary-data``), and hidden text: a
section shown never (``text:display="none"``), a paragraph a hidden-paragraph field hides, text in an automatic
style of hidden characters (``text:display="none"`` in its text properties). Headers and footers are in
``styles.xml``, which is not read. A heading of outline level 1, or a paragraph in the Title style, is a heading: the
headline when it opens the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeAlias

from lxml import etree

from ..errors import UnreadableFile
from .wordblocks import Blocks, WordText

Element: TypeAlias = etree._Element
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

_P, _H = f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"
_TABLE_TAG, _ROW, _CELL = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row", f"{{{_TABLE}}}table-cell"
_SPACES, _TAB, _BREAK = f"{{{_TEXT}}}s", f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"
_BOX = f"{{{_DRAW}}}text-box"
_SKIP = frozenset({
    f"{{{_TEXT}}}note", f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}tracked-changes", f"{{{_SVG}}}title",
    f"{{{_SVG}}}desc", f"{{{_TEXT}}}table-of-content-source", f"{{{_TEXT}}}alphabetical-index-source",
    f"{{{_TEXT}}}illustration-index-source", f"{{{_TEXT}}}table-index-source", f"{{{_TEXT}}}object-index-source",
    f"{{{_TEXT}}}user-index-source", f"{{{_TEXT}}}bibliography-source", f"{{{_TEXT}}}index-title-template",
    f"{{{_OFFICE}}}forms", f"{{{_TABLE}}}covered-table-cell", f"{{{_TEXT}}}ruby-text", f"{{{_OFFICE}}}binary-data",
})
_STYLE_NAME, _DISPLAY = f"{{{_TEXT}}}style-name", f"{{{_TEXT}}}display"
_HIDDEN_PARAGRAPH = f"{{{_TEXT}}}hidden-paragraph"
_TEXT_PROPERTIES = f"{{{_STYLE}}}text-properties"
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_TITLE_STYLES = frozenset({"Title"})

Part = Callable[[str], Element | None]


def odt_text(part: Part) -> WordText:
    """The text of an .odt whose parts ``part`` parses by name."""
    content = part("content.xml")
    body = content.find(f"{{{_OFFICE}}}body") if content is not None else None
    if body is None:
        raise UnreadableFile("broken document: content.xml has no body")
    blocks = Blocks()
    _Walk(_title_styles(content), _hidden_styles(content)).blocks(body, blocks)
    return blocks.result()


def _title_styles(content: Element) -> frozenset[str]:
    """The Title style and the automatic styles derived from it (a title edited by hand is styled "P1", on Title)."""
    automatic = content.find(f"{{{_OFFICE}}}automatic-styles")
    derived = {style.get(f"{{{_STYLE}}}name") for style in (automatic if automatic is not None else ())
               if style.get(f"{{{_STYLE}}}parent-style-name") in _TITLE_STYLES}
    return _TITLE_STYLES | {name for name in derived if name}


def _hidden_styles(content: Element) -> frozenset[str]:
    """The automatic styles that hide their text (Format > Character > Hidden)."""
    automatic = content.find(f"{{{_OFFICE}}}automatic-styles")
    return frozenset(style.get(f"{{{_STYLE}}}name", "") for style in (automatic if automatic is not None else ())
                     if any(properties.get(_DISPLAY) == "none" for properties in style.iter(_TEXT_PROPERTIES)))


class _Walk:
    """A walk through the document's body, knowing which paragraph styles are titles and which hide their text."""

    def __init__(self, titles: frozenset[str], hidden: frozenset[str] = frozenset()) -> None:
        self.titles = titles
        self.hidden = hidden

    def blocks(self, container: Element, blocks: Blocks) -> None:
        """Add the paragraphs, headings and tables in ``container`` to ``blocks``, looking through lists, sections."""
        for child in container:
            if not self.shown(child):
                continue
            if child.tag in (_P, _H):
                pieces: list[str] = []
                boxes: list[Element] = []
                self.inline(child, pieces, boxes)
                blocks.paragraph("".join(pieces), heading=self.heading(child))
                for box in boxes:
                    self.blocks(box, blocks)
            elif child.tag == _TABLE_TAG:
                for row in child.iter(_ROW):
                    if _owner(row) is child:
                        blocks.row([self.cell(cell) for cell in row if cell.tag == _CELL])
            elif child.tag not in _SKIP and isinstance(child.tag, str):
                self.blocks(child, blocks)

    def heading(self, paragraph: Element) -> bool:
        """Whether a paragraph is a heading of outline level 1 (the default), or in the Title style."""
        if paragraph.tag == _H:
            return paragraph.get(f"{{{_TEXT}}}outline-level", "1") == "1"
        return paragraph.get(f"{{{_TEXT}}}style-name") in self.titles

    def cell(self, cell: Element) -> list[str]:
        """A table cell's paragraphs (a table inside it a row to a line)."""
        inner = Blocks()
        self.blocks(cell, inner)
        return [line for _row, line in inner.parts]

    def shown(self, element: Element) -> bool:
        """Whether an element's text shows: not in a hidden style, a section not hidden, a paragraph no
        hidden-paragraph field hides."""
        if element.get(_STYLE_NAME) in self.hidden or element.get(_DISPLAY) == "none":
            return False
        return element.tag not in (_P, _H) or not any(
            field.get(f"{{{_TEXT}}}is-hidden") == "true" for field in element.iter(_HIDDEN_PARAGRAPH))

    def inline(self, element: Element, pieces: list[str], boxes: list[Element]) -> None:
        """The text inside a paragraph, white space read as ODF says; frames' text boxes kept apart in ``boxes``."""
        pieces.append(_XML_SPACE.sub(" ", element.text or ""))
        for child in element:
            tag = child.tag
            if tag == _SPACES:
                count = child.get(f"{{{_TEXT}}}c", "1")
                pieces.append(" " * (min(int(count), 100) if count.isdigit() else 1))
            elif tag in (_TAB, _BREAK):
                pieces.append(" ")
            elif tag == _BOX:
                boxes.append(child)
            elif tag not in _SKIP and isinstance(tag, str) and self.shown(child):
                self.inline(child, pieces, boxes)
            pieces.append(_XML_SPACE.sub(" ", child.tail or ""))


def _owner(row: Element) -> Element | None:
    """The table a row belongs to (a table nested in a cell owns its own rows)."""
    parent = row.getparent()
    while parent is not None and parent.tag != _TABLE_TAG:
        parent = parent.getparent()
    return parent
