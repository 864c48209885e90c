"""Office Open XML word documents (.docx): the text of ``word/document.xml``, as a reader of the document sees it.

Paragraphs (``w:p``) and tables (``w:tbl``, a row to a line) in order, content controls and custom XML looked
through, text boxes after the paragraph that anchors them. Left out: tracked deletions (``w:del``, ``w:moveFrom``, a
deleted table row), field instructions (``HYPERLINK "…"``; the field's result is text), ruby annotations, the fallback
copy of a drawing (``mc:Fallback``: its text box is read once, from ``mc:Choice``). Footnotes, endnotes, comments,
headers and footers live in parts of their own, which are not read; tracked insertions are text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lxml import etree

from ..errors import UnreadableFile
from .wordblocks import Blocks, WordText

Element = etree._Element
# Transitional and Strict Office Open XML name the same elements in two namespaces.
_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _tags(*names: str) -> frozenset[str]:
    """The qualified tags of WordprocessingML elements, in both namespaces."""
    return frozenset(f"{{{namespace}}}{name}" for namespace in _NAMESPACES for name in names)


_P, _TBL, _TR, _TC, _T = (_tags(name) for name in ("p", "tbl", "tr", "tc", "t"))
_SPACE = _tags("tab", "ptab", "br", "cr")  # a tab or a line break inside a paragraph: a space
_HYPHEN = _tags("noBreakHyphen")
# Never the document's text: what a tracked change deleted, a field's instruction, ruby's reading aid, properties.
_SKIP = _tags("del", "moveFrom", "delText", "instrText", "delInstrText", "rt", "pPr", "rPr", "tblPr", "trPr", "tcPr",
              "sectPr", "tblGrid", "fldData") | {_FALLBACK}
_BOX = _tags("txbxContent")
_STYLE, _NAME, _PSTYLE, _DELETED = _tags("style"), _tags("name"), _tags("pStyle"), _tags("del")
_PPR, _JC = _tags("pPr"), _tags("jc")
_HEADING_NAMES = frozenset({"title", "heading 1"})  # the built-in styles, by the names Word stores in any language
_HEADING_IDS = frozenset({"Title", "Heading1"})

Part = Callable[[str], Element | None]


def docx_text(part: Part) -> WordText:
    """The text of a .docx whose parts ``part`` parses by name."""
    document = part("word/document.xml")
    body = next((child for child in document if etree.QName(child).localname == "body"), None) \
        if document is not None else None
    if body is None:
        raise UnreadableFile("broken document: word/document.xml has no body")
    blocks = Blocks()
    _Walk(_heading_styles(part("word/styles.xml"))).blocks(body, blocks)
    return blocks.result()


def _heading_styles(styles: Element | None) -> frozenset[str]:
    """The ids of the paragraph styles named Title or Heading 1 (a German Word calls Heading 1's id "berschrift1")."""
    if styles is None:
        return _HEADING_IDS
    found = set(_HEADING_IDS)
    for style in styles:
        if style.tag in _STYLE:
            name = next((child for child in style if child.tag in _NAME), None)
            if name is not None and _value(name).casefold() in _HEADING_NAMES:
                found.add(_value(style, "styleId"))
    return frozenset(found)


def _value(element: Element, attribute: str = "val") -> str:
    """A WordprocessingML attribute of ``element`` (``w:val``), in either namespace; empty when it has none."""
    return next((element.get(f"{{{namespace}}}{attribute}") for namespace in _NAMESPACES
                 if element.get(f"{{{namespace}}}{attribute}") is not None), "")


class _Walk:
    """A walk through the document's body, knowing which paragraph styles are headings."""

    def __init__(self, headings: frozenset[str]) -> None:
        self.headings = headings

    def blocks(self, container: Element, blocks: Blocks) -> None:
        """Add the paragraphs and tables in ``container`` to ``blocks``, looking through other elements."""
        for child in container:
            if child.tag in _P:
                text, boxes = self.paragraph(child)
                properties = _properties(child)
                blocks.paragraph(text, heading=_style(properties) in self.headings, centred=_centred(properties))
                for box in boxes:
                    self.blocks(box, blocks)
            elif child.tag in _TBL:
                for row in _within(child, _TR):
                    if not _deleted_row(row):
                        blocks.row([self.cell(cell) for cell in _within(row, _TC)])
            elif child.tag not in _SKIP and isinstance(child.tag, str):
                self.blocks(child, blocks)

    def paragraph(self, paragraph: Element) -> tuple[str, list[Element]]:
        """A paragraph's text, and the text boxes anchored in it (their paragraphs are read after it)."""
        pieces: list[str] = []
        boxes: list[Element] = []
        self._runs(paragraph, pieces, boxes)
        return "".join(pieces), boxes

    def _runs(self, element: Element, pieces: list[str], boxes: list[Element]) -> None:
        for child in element:
            tag = child.tag
            if tag in _T:
                pieces.append(child.text or "")
            elif tag in _SPACE:
                pieces.append(" ")
            elif tag in _HYPHEN:
                pieces.append("-")
            elif tag in _BOX:
                boxes.append(child)
            elif tag not in _SKIP and isinstance(tag, str):
                self._runs(child, pieces, boxes)

    def cell(self, cell: Element) -> str:
        """A table cell's paragraphs on one line."""
        inner = Blocks()
        self.blocks(cell, inner)
        return " ".join(line for _row, line in inner.parts)



def _properties(paragraph: Element) -> list[Element]:
    """The properties a paragraph sets itself (its style, its alignment...)."""
    return next((list(child) for child in paragraph if child.tag in _PPR), [])


def _style(properties: list[Element]) -> str | None:
    """The id of a paragraph's style, if it names one."""
    return next((_value(child) for child in properties if child.tag in _PSTYLE), None)


def _centred(properties: list[Element]) -> bool:
    """Whether a paragraph is centred."""
    return any(child.tag in _JC and _value(child) == "center" for child in properties)


def _within(container: Element, tags: frozenset[str]) -> Iterator[Element]:
    """The elements of ``tags`` in ``container``, looking through content controls and custom XML around them."""
    for child in container:
        if child.tag in tags:
            yield child
        elif child.tag not in _SKIP and child.tag not in _TBL and isinstance(child.tag, str):
            yield from _within(child, tags)


def _deleted_row(row: Element) -> bool:
    """Whether a tracked change deleted this table row."""
    return any(child.tag in _DELETED for props in row if etree.QName(props).localname == "trPr" for child in props)
