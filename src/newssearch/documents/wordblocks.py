"""The plain text of a word processor's document, built a paragraph and a table row at a time.

The .docx, .odt and .rtf readers each walk their own markup and hand their paragraphs here, so that all three come
out as a .txt file does: a paragraph to a line, a blank line between paragraphs, a table a row to a line with its
cells between `` | `` (as the page reader writes a row), but a last cell's paragraphs of text kept paragraphs under
its row (a label and its text: Factiva's RTF writes a story's fields so, "TD" beside its paragraphs); line breaks
and tabs inside a paragraph are spaces, but a line break between two Chinese or Japanese characters is nothing
(those scripts break a line anywhere, inside a word, and put no space between words: "教育改" / "革" is 教育改革, as
a browser or Word copies it). A centred paragraph is indented, as a news database's text export centres its lines: LexisNexis writes the
publication, date and edition lines over a story's headline centred, and the .txt rules tell them from it so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CELL_SEPARATOR = " | "
CENTRED = "    "  # before a centred paragraph's line
TEXT_CHARS = 50  # a cell's paragraph this long is a sentence of text, not a table's value
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

    def row(self, cells: list[list[str]]) -> None:
        """Add a table row, each cell given as its paragraphs: its non-empty cells between `` | ``, a cell's
        paragraphs on its line; but when its last cell's are text (``is_text``), the paragraphs after the first go
        on under the row as paragraphs, a field's label and its text ("TD | ...": Factiva's RTF)."""
        filled = [lines for lines in ([line for line in map(paragraph_line, cell) if line] for cell in cells) if lines]
        if not filled:
            return
        *before, last = filled
        under = last[1:] if is_text(last) else []
        closing = last[:1] if under else last
        self.parts.append((True, CELL_SEPARATOR.join(" ".join(lines) for lines in (*before, closing))))
        self.parts.extend((False, line) for line in under)

    def result(self) -> WordText:
        """The text: a blank line between paragraphs, a line break between two rows of a table."""
        pieces: list[str] = []
        for n, (is_row, line) in enumerate(self.parts):
            if n:
                pieces.append("\n" if is_row and self.parts[n - 1][0] else "\n\n")
            pieces.append(line)
        return WordText("".join(pieces), frozenset(self.headings))


def is_text(paragraphs: list[str]) -> bool:
    """Whether a table cell's paragraphs are text, not a value's lines ("120 mm" over "(est.)"): two or more, one of
    them a sentence's length (``TEXT_CHARS``)."""
    return len(paragraphs) > 1 and any(len(line) >= TEXT_CHARS for line in paragraphs)


def paragraph_line(text: str) -> str:
    """A paragraph's text on one line: breaks, tabs and control characters a space each (a break between two Chinese
    or Japanese characters nothing), no space at its ends."""
    if not text.isascii():  # the pattern opens with a look-behind, tried at every character
        text = _UNSPACED_BREAK.sub("", text)
    return _SPACES.sub(" ", text).strip()
