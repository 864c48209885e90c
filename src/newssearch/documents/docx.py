"""Office Open XML word documents (.docx): the text of the main document part (``word/document.xml``, Word Online's
``word/document2.xml``: the part the package's relationships name), as a reader of the document sees it.

Paragraphs (``w:p``) and tables (``w:tbl``, a row to a line) in order, content controls and custom XML looked
through, text boxes after the paragraph that anchors them. Left out: tracked deletions (``w:del``, ``w:moveFrom``, a
deleted table row), field instructions (``HYPERLINK "…"``; the field's result is text), ruby annotations, the fallback
copy of a drawing (``mc:Fallback``: its text box is read once, from ``mc:Choice``), hidden text (``w:vanish`` on a
run, its character style or its paragraph's style), the placeholder of a content control not filled in. Footnotes,
endnotes, comments, headers and footers live in parts of their own, which are not read; tracked insertions are text.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection, Iterator
from typing import TypeAlias
from urllib.parse import unquote

from lxml import etree

from ..errors import UnreadableFile
from .wordblocks import Blocks, WordText

Element: TypeAlias = etree._Element
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
_PPR, _JC, _R, _RPR, _RSTYLE = _tags("pPr"), _tags("jc"), _tags("r"), _tags("rPr"), _tags("rStyle")
_VANISH = _tags("vanish")
_BASED_ON, _SDT, _SDTPR, _PLACEHOLDER = _tags("basedOn"), _tags("sdt"), _tags("sdtPr"), _tags("showingPlcHdr")
_OFF = frozenset({"0", "false", "off"})  # an on/off property switched off (w:val="0"); no w:val is on
_HEADING_NAMES = frozenset({"title", "heading 1"})  # the built-in styles, by the names Word stores in any language
_HEADING_IDS = frozenset({"Title", "Heading1"})

Part = Callable[[str], Element | None]


MAIN_PART = "word/document.xml"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def docx_text(part: Part, main: str = MAIN_PART) -> WordText:
    """The text of a .docx whose parts ``part`` parses by name, ``main`` its main document part."""
    document = part(main)
    if document is None or document.tag not in _tags("document"):
        raise UnreadableFile(f"no Word document in the zip archive ({main} is not one)")
    body = next((child for child in document if etree.QName(child).localname == "body"), None)
    if body is None:
        raise UnreadableFile(f"broken document: {main} has no body")
    styles = part(related(part, main, "styles") or "word/styles.xml")
    blocks = Blocks()
    _Walk(_heading_styles(styles), _hidden_styles(styles)).blocks(body, blocks)
    return blocks.result()


def main_part(part: Part, names: Collection[str]) -> str | None:
    """The main part of a .docx: the package's officeDocument relationship's target (Word Online names it
    ``word/document2.xml``), else ``word/document.xml``; None when the archive holds neither."""
    target = related(part, "", "officeDocument") if "_rels/.rels" in names else None
    return target if target in names else MAIN_PART if MAIN_PART in names else None


def related(part: Part, source: str, kind: str) -> str | None:
    """The part that ``source`` (the package itself when empty) names in its relationships of type ``kind``
    (``styles``, in either Office Open XML's or Strict's namespace), as a name in the archive; None if none."""
    folder, name = posixpath.split(source)
    relationships = part(posixpath.join(folder, "_rels", f"{name}.rels"))
    for relationship in relationships if relationships is not None else ():
        if (relationship.tag == _RELATIONSHIP and relationship.get("Type", "").rsplit("/", 1)[-1] == kind
                and relationship.get("TargetMode") != "External" and relationship.get("Target")):
            target = unquote(relationship.get("Target", ""))
            return posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
    return None


def _heading_styles(styles: Element | None) -> frozenset[str]:
    """The ids of the paragraph styles named Title or Heading 1 (a German Word calls Heading 1's id "berschrift1")."""
    found = set(_HEADING_IDS)
    for style in _children(styles, _STYLE):
        name = next((child for child in style if child.tag in _NAME), None)
        if name is not None and _value(name).casefold() in _HEADING_NAMES:
            found.add(_value(style, "styleId"))
    return frozenset(found)


def _hidden_styles(styles: Element | None) -> frozenset[str]:
    """The ids of the styles whose text is hidden (Font > Hidden), set on the style or on one it is based on."""
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for style in _children(styles, _STYLE):
        key = _value(style, "styleId")
        own[key] = _hidden(next(_children(style, _RPR), None))
        based[key] = next((_value(child) for child in style if child.tag in _BASED_ON), "")
    hidden = set()
    for key in own:
        seen = key
        for _ in range(len(own)):  # a loop of basedOn styles ends somewhere
            if own.get(seen) is not None or seen not in based:
                break
            seen = based[seen]
        if own.get(seen):
            hidden.add(key)
    return frozenset(hidden)


def _hidden(properties: Element | None, switch: frozenset[str] = _VANISH) -> bool | None:
    """Whether run properties (``w:rPr``) hide their text (``w:vanish``), show it (``w:vanish w:val="0"``), or
    say nothing of it (None); of another on/off ``switch`` in other properties, whether it is on."""
    vanish = next(_children(properties, switch), None)
    return None if vanish is None else _value(vanish).casefold() not in _OFF


def _children(element: Element | None, tags: frozenset[str]) -> Iterator[Element]:
    """The children of ``element`` (none when it is None) with one of ``tags``."""
    return (child for child in (element if element is not None else ()) if child.tag in tags)


def _value(element: Element, attribute: str = "val") -> str:
    """A WordprocessingML attribute of ``element`` (``w:val``), in either namespace; empty when it has none."""
    return next((element.get(f"{{{namespace}}}{attribute}") for namespace in _NAMESPACES
                 if element.get(f"{{{namespace}}}{attribute}") is not None), "")


class _Walk:
    """A walk through the document's body, knowing which paragraph styles are headings."""

    def __init__(self, headings: frozenset[str], hidden: frozenset[str] = frozenset()) -> None:
        self.headings = headings
        self.hidden = hidden

    def blocks(self, container: Element, blocks: Blocks) -> None:
        """Add the paragraphs and tables in ``container`` to ``blocks``, looking through other elements."""
        for child in container:
            if child.tag in _P:
                properties = _properties(child)
                text, boxes = self.paragraph(child, _style(properties) in self.hidden)
                blocks.paragraph(text, heading=_style(properties) in self.headings, centred=_centred(properties))
                for box in boxes:
                    self.blocks(box, blocks)
            elif child.tag in _TBL:
                for row in _within(child, _TR):
                    if not _deleted_row(row):
                        blocks.row([self.cell(cell) for cell in _within(row, _TC)])
            elif _looked_through(child):
                self.blocks(child, blocks)

    def paragraph(self, paragraph: Element, hidden: bool = False) -> tuple[str, list[Element]]:
        """A paragraph's text, and the text boxes anchored in it (their paragraphs are read after it); ``hidden``:
        its style hides its text, unless a run shows it."""
        pieces: list[str] = []
        boxes: list[Element] = []
        self._runs(paragraph, pieces, boxes, hidden)
        return "".join(pieces), boxes

    def _runs(self, element: Element, pieces: list[str], boxes: list[Element], hidden: bool) -> None:
        for child in element:
            tag = child.tag
            if tag in _R and self._hidden_run(child, hidden):
                continue
            if tag in _T:
                # An entity Word never writes that the parser left unexpanded (an external one): its tail is text.
                pieces.append((child.text or "") + "".join(entity.tail or "" for entity in child))
            elif tag in _SPACE:
                pieces.append(" ")
            elif tag in _HYPHEN:
                pieces.append("-")
            elif tag in _BOX:
                boxes.append(child)
            elif _looked_through(child):
                self._runs(child, pieces, boxes, hidden)

    def _hidden_run(self, run: Element, paragraph_hidden: bool) -> bool:
        """Whether a run's text is hidden: by its own properties, else its character style, else its paragraph's."""
        properties = next(_children(run, _RPR), None)
        own = _hidden(properties)
        if own is not None:
            return own
        style = next((_value(child) for child in _children(properties, _RSTYLE)), None)
        return style in self.hidden or paragraph_hidden

    def cell(self, cell: Element) -> list[str]:
        """A table cell's paragraphs (a table inside it a row to a line)."""
        inner = Blocks()
        self.blocks(cell, inner)
        return [line for _row, line in inner.parts]



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
        elif child.tag not in _TBL and _looked_through(child):
            yield from _within(child, tags)


def _looked_through(element: Element) -> bool:
    """Whether an element's content is read (a run, a hyperlink, a content control), not left out: a property, a
    deletion, a field instruction, the placeholder text of a content control not filled in (Word's grey prompt)."""
    if element.tag in _SKIP or not isinstance(element.tag, str):
        return False
    return element.tag not in _SDT or not any(_hidden(properties, _PLACEHOLDER)
                                              for properties in _children(element, _SDTPR))


def _deleted_row(row: Element) -> bool:
    """Whether a tracked change deleted this table row."""
    return any(child.tag in _DELETED for props in row if etree.QName(props).localname == "trPr" for child in props)
