"""A chosen container walked in document order into blocks: its leaf blocks and the loose inline text between them
(``<br><br>`` starting a new one), a table's data row as one line, each with how much of it is link text.

Which blocks are the story's and which are the page's own lines is ``htmlblocks``'s part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeAlias

from lxml import html as lxml_html

from .htmltext import squeeze

Element: TypeAlias = lxml_html.HtmlElement

BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 ul ol li dl dd dt blockquote pre table tr td th "
    "header figure hr br form center".split()
)
# A web address or a social handle shown as the link text ("http://amzn.to/2x", "pic.twitter.com/Ab1", "@jolee").
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*|@\w+", re.IGNORECASE)


def text_of(el: Element) -> str:
    """The element's text with whitespace collapsed."""
    return squeeze(el.text_content())


BREAK = "\x00"  # a <br> in collected text; two in a row end a paragraph


def wraps_blocks(el: Element) -> bool:
    """True for an inline wrapper (a <span>, not a link) around blocks or <br>-separated paragraphs."""
    return el.tag != "a" and len(el) > 0 and next(el.iter(*BLOCK_TAGS), None) is not None


def has_block_child(el: Element) -> bool:
    """True when ``el`` has a block element (not a <br>) among its children."""
    return any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS and c.tag != "br" for c in el)


class Block:
    """One paragraph's text, how much of it was link text, and how many of its lines were mostly links."""

    __slots__ = ("lines", "link_lines", "linked", "text")

    def __init__(self, text: str, linked: int, lines: int = 1, link_lines: int = 0) -> None:
        self.text, self.linked, self.lines, self.link_lines = text, linked, lines, link_lines


def blocks(el: Element) -> Iterator[tuple[Block, str]]:
    """Walk ``el``: leaf blocks become paragraphs, loose inline text between blocks too."""
    parts: list[tuple[str, bool]] = []
    yield from _walk(el, parts, el.tag)
    yield from _flush(parts, el.tag)


def _walk(el: Element, parts: list[tuple[str, bool]], tag: str) -> Iterator[tuple[Block, str]]:
    """Collect ``el``'s inline pieces into ``parts``, flushing them as paragraphs at each inner block."""
    parts.append((el.text or "", False))
    for child in el:
        if not isinstance(child.tag, str):
            pass
        elif child.tag == "tr" and is_data_row(child):
            yield from _flush(parts, tag)
            parts.clear()
            yield from _row_block(child)
        elif child.tag in BLOCK_TAGS and child.tag != "br":
            yield from _flush(parts, tag)
            parts.clear()
            yield from blocks(child)
        elif child.tag == "br":
            parts.append((BREAK, False))
        elif wraps_blocks(child):
            # An inline wrapper (a <span>) around <br>-separated paragraphs or blocks: walk into it.
            yield from _walk(child, parts, tag)
        else:
            parts.append((child.text_content(), is_link(child)))
        parts.append((child.tail or "", False))


CELL_SEPARATOR = " | "
_CELLS = ("td", "th")


def is_data_row(row: Element) -> bool:
    """True for a table row of data: its cells hold text, not blocks (a layout table's cells hold the page)."""
    cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in _CELLS]
    return bool(cells) and not any(has_block_child(cell) for cell in cells)


def _row_block(row: Element) -> Iterator[tuple[Block, str]]:
    """A data row as one line, its cells' texts between ``CELL_SEPARATOR`` ("Labour | 26.9% | 34").

    The row counts as links (and goes, as a menu's row does) only when each of its cells is mostly a link and its
    table has no column headings: a row naming its subject by a link ("<a>Britax Römer Baby-Safe</a> | 370 € | ja")
    is data, and so is a row under headings whose other cells are pictures ("<a>Docker Desktop for Windows</a>" beside
    two check marks, under "Platform | x86_64 | arm64").
    """
    cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in _CELLS]
    texts = [(text_of(cell), cell) for cell in cells]
    text = CELL_SEPARATOR.join(cell_text for cell_text, _ in texts if cell_text)
    if text and not _repeats_headings(row, text):
        linked = all(_linked_chars(cell) * 2 > len(cell_text) for cell_text, cell in texts if cell_text)
        yield Block(text, len(text) if linked and not _under_headings(row) else 0), "tr"


def _repeats_headings(row: Element, text: str) -> bool:
    """True for a footer row (``<tfoot>``) worded as its table's heading row: the headings repeated below a long
    table (SB Nation's "Pos | Player | Plays | % | Stats"), read once already."""
    parent = row.getparent()
    if parent is None or parent.tag != "tfoot" or (table := parent.getparent()) is None:
        return False
    headings = ([text_of(cell) for cell in head if isinstance(cell.tag, str)] for head in table.iterfind("thead/tr"))
    return any(CELL_SEPARATOR.join(filter(None, cells)) == text for cells in headings)


def _under_headings(row: Element) -> bool:
    """True when ``row``'s table heads its columns (a ``<th>`` in another row): a table of data, not a menu."""
    table = next(row.iterancestors("table"), None)
    return table is not None and any(heading.getparent() is not row for heading in table.iter("th"))


def _linked_chars(el: Element) -> int:
    """The characters of ``el``'s text inside links worded as links."""
    return sum(len(text_of(a)) for a in el.iter("a") if is_link(a))


def is_link(el: Element) -> bool:
    """True when ``el`` is or holds a link worded as a link; a printed web address is text the writer typed, and a
    link to the box it stands in (``self_link``) points nowhere else."""
    return any(not _ADDRESS.fullmatch(a.text_content().strip()) and not self_link(a) for a in el.iter("a"))


def self_link(a: Element) -> bool:
    """True for a heading's link to its own box: its address's fragment the id of the heading or of a box around it
    (a live blog's entry headed by its permalink, ``<article id="block-3">…<h2><a href="#block-3">``, written whole,
    ``https://…/live#block-3``, by a browser's "Save as complete"; a subheading linked to its own anchor). A link
    outside a heading to a box around it is the page's ("Back to top" to ``<body id="top">``)."""
    fragment = (a.get("href") or "").partition("#")[2]
    if not fragment:
        return False
    in_heading = False
    for box in (a, *a.iterancestors()):
        in_heading = in_heading or box.tag in _HEADINGS
        if box.get("id") == fragment:
            return in_heading
    return False


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _flush(parts: list[tuple[str, bool]], tag: str) -> Iterator[tuple[Block, str]]:
    """Inline pieces as paragraphs: two line breaks in a row (``<br><br>``) start a new one."""
    chunk: list[str] = []
    lines: list[list[int]] = [[0, 0]]  # characters and linked characters of each <br>-separated line
    breaks = 0
    for piece, is_link in [*parts, (BREAK, False), (BREAK, False)]:
        if piece == BREAK:
            breaks += 1
            piece = " "
        elif piece.strip():
            if breaks >= 2:
                yield from _block(chunk, lines, tag)
                chunk, lines = [], [[0, 0]]
            elif breaks and lines[-1][0]:
                lines.append([0, 0])
            breaks = 0
            size = len(piece.strip())
            lines[-1][0] += size
            lines[-1][1] += size if is_link else 0
        chunk.append(piece)
    yield from _block(chunk, lines, tag)


def _block(chunk: list[str], lines: list[list[int]], tag: str) -> Iterator[tuple[Block, str]]:
    text = squeeze("".join(chunk))
    if text:
        linked = min(sum(line[1] for line in lines), len(text))
        link_lines = sum(1 for size, line_linked in lines if line_linked > size / 2)
        yield Block(text, linked, sum(1 for line in lines if line[0]), link_lines), tag
