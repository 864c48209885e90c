"""The plain text of a word processor's document, built a paragraph and a table row at a time.

The .docx, .odt and .rtf readers each walk their own markup and hand their paragraphs here, so that all three come
out as a .txt file does: a paragraph to a line, a blank line between paragraphs, a table a row to a line with its
cells between `` | `` (as the page reader writes a row); line breaks and tabs inside a paragraph are spaces, but a
line break between two Chinese or Japanese characters is nothing (those scripts break a line anywhere, inside a
word, and put no space between words: "教育改" / "革" is 教育改革, as a browser or Word copies it). A
centred paragraph is indented, as a news database's text export centres its lines: LexisNexis writes the
publication, date and edition lines over a story's headline centred, and the .txt rules tell them from it so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CELL_SEPARATOR = " | "
CENTRED = "    "  # before a centred paragraph's line
# Tabs, line and page breaks, and the control characters XML 1.0 and RTF may still carry: a space each.
_SPACES = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
# Chinese and Japanese: Han ideographs, kana, their punctuation and full-width forms (not Hangul: Korean spaces words).
_UNSPACED = r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0002fa1f]"
_UNSPACED_BREAK = re.compile(rf"(?<={_UNSPACED})[ \t]*[\n\r\v\f\u2028\u2029][ \t]*(?={_UNSPACED})")


@dataclass(frozen=True)
class WordText:
    """A document's text, and the paragraphs its styles mark as its title or top-level heading."""

    text: str
    headings: frozenset[str] = frozenset()


@dataclass
class Blocks:
    """The paragraphs and table rows of a document, in order."""

    parts: list[tuple[bool, str]] = field(default_factory=list)  # (is a table row, its text)
    headings: set[str] = field(default_factory=set)

    def paragraph(self, text: str, heading: bool = False, centred: bool = False) -> None:
        """Add a paragraph (an empty one adds nothing); ``heading``: its style is Title or Heading 1."""
        line = paragraph_line(text)
        if line:
            self.parts.append((False, CENTRED + line if centred else line))
            if heading:
                self.headings.add(line)

    def row(self, cells: list[str]) -> None:
        """Add a table row: its non-empty cells between `` | ``."""
        line = CELL_SEPARATOR.join(filter(None, (paragraph_line(cell) for cell in cells)))
        if line:
            self.parts.append((True, line))

    def result(self) -> WordText:
        """The text: a blank line between paragraphs, a line break between two rows of a table."""
        pieces: list[str] = []
        for n, (is_row, line) in enumerate(self.parts):
            if n:
                pieces.append("\n" if is_row and self.parts[n - 1][0] else "\n\n")
            pieces.append(line)
        return WordText("".join(pieces), frozenset(self.headings))


def paragraph_line(text: str) -> str:
    """A paragraph's text on one line: breaks, tabs and control characters a space each (a break between two Chinese
    or Japanese characters nothing), no space at its ends."""
    if not text.isascii():  # the pattern opens with a look-behind, tried at every character
        text = _UNSPACED_BREAK.sub("", text)
    return _SPACES.sub(" ", text).strip()
