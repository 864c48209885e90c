"""RTF documents (.rtf, and the .doc Word saves as RTF): their text, as a reader of the document sees it.

A small reader of the RTF 1.9 syntax: groups, control words and symbols, ``\\par`` (and ``\\sect``, ``\\page``) ending
a paragraph, ``\\line`` and ``\\tab`` a space, tables (``\\cell`` between cells, ``\\row`` ending a row to a line),
``\\'hh`` a byte in the code page of the font in use (its ``\\fcharset``) or of the document (``\\ansicpg``), raw 8-bit
bytes as ``\\'hh``, ``\\uN`` a UTF-16 unit (a pair of them one character) with the ``\\ucN`` characters after it
that stand in for it skipped, ``\\binN`` data passed over. Left out: a group marked ``\\*`` (an ignorable
destination: a field's instruction, a bookmark, a shape), the font, colour and style tables, the document's
``\\info`` (its title, author and dates are the file's), pictures and objects, headers, footers, footnotes,
annotations (comments), list numbers, text a tracked change deleted (``\\deleted``), and hidden text (``\\v``, until
``\\v0``, ``\\plain`` or its group's end). In a double-byte code page (Japanese, Chinese, Korean) an escaped ``\\\\``,
``\\{`` or ``\\}`` after a lead byte is that character's trail byte, as writers escape it (``\\'95\\\\`` is 表).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .rtfcodepages import CHARACTER_SETS, CHARSETS, Undecoded, codec_named
from .wordblocks import Blocks, WordText

_TOKEN = re.compile(rb"""
    \\([a-zA-Z]{1,32})(-?\d{1,10})?\ ?    # a control word, its number, the space that ends it
  | \\'([0-9a-fA-F]{2})                   # a byte in the code page
  | \\([^a-zA-Z'])                        # a control symbol
  | ([{}])                                # a group opens or closes
  | ([^\\{}\r\n]+)                        # text
  | [\r\n]+ | \\                          # line ends of the file (no text), a backslash that starts nothing
""", re.VERBOSE)

# Destinations whose text is never the document's (besides every group marked \*).
_SKIPPED = frozenset({
    "colortbl", "stylesheet", "info", "pict", "object", "objdata", "shp", "shpinst", "shprslt", "nonshppict",
    "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "ftnsep",
    "ftnsepc", "aftnsep", "aftnsepc", "ftncn", "aftncn", "annotation", "atnid", "atnauthor", "atndate", "atnref",
    "atrfstart", "atrfend", "fldinst", "xe", "tc", "tcn", "txe", "rxe", "pntext", "pntxta", "pntxtb", "listtext",
    "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata",
    "colorschememapping", "datastore", "latentstyles", "filetbl", "mmathPr", "userprops", "docvar", "private",
    "template", "bkmkstart", "bkmkend", "falt", "panose", "fontemb", "fontfile", "pgdsctbl", "protusertbl",
    "title", "author", "operator", "keywords", "subject", "comment", "doccomm", "company", "category", "manager",
})
_PARAGRAPH_ENDS = frozenset({"par", "sect", "page"})
_ALIGNMENTS = frozenset({"qc", "ql", "qr", "qj", "qd"})
_CHARACTERS = {"tab": " ", "line": " ", "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022",
               "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "emspace": " ",
               "enspace": " ", "qmspace": " ", "zwj": "\u200d", "zwnj": "\u200c", "nestcell": " | ", "nestrow": " "}
_SYMBOLS = {b"~": "\u00a0", b"_": "\u2011", b"-": "", b"\\": "\\", b"{": "{", b"}": "}", b"\t": " "}
_LINE_SYMBOLS = (b"\n", b"\r")  # a backslash before the file's line end: \par
_TRAIL_BYTES = (b"\\", b"{", b"}")  # escaped, yet in a double-byte code page maybe a character's second byte


@dataclass(frozen=True)
class _Group:
    """What a group sets for the text in it (and the groups inside it, until they change it)."""

    skip: bool = False        # a destination whose text is not the document's
    fonts: bool = False       # the font table: its \f and \fcharset define fonts
    uc: int = 1               # how many characters after \uN stand in for it
    font: int | None = None
    deleted: bool = False     # tracked as deleted
    hidden: bool = False      # hidden text (\v), not shown or printed


def rtf_text(data: bytes) -> tuple[WordText, str | None]:
    """The text of an RTF document, and what is damaged in it (unbalanced braces), else None: read what reads."""
    reader = _Reader()
    reader.read(data)
    return reader.finish()


class _Reader:
    """One pass over an RTF document's tokens."""

    def __init__(self) -> None:
        self.blocks = Blocks()
        self.stack = [_Group()]
        self.paragraph: list[str] = []
        self.cells: list[list[str]] = []  # the row's cells so far, each its paragraphs
        self.cell: list[str] = []         # the paragraphs of the cell being read
        self.in_table = False
        self.centred = False
        self.undecoded = Undecoded(self.paragraph)  # decoded into the paragraph
        self.ansi = "cp1252"
        self.fonts: dict[int, int] = {}  # font number: its \fcharset
        self.defining: int | None = None
        self.default_font: int | None = None
        self.to_skip = 0               # characters still to skip after a \uN
        self.extra_closes = 0

    def read(self, data: bytes) -> None:
        """Read every token of ``data``."""
        pos, opened = 0, False
        while pos < len(data):
            match = _TOKEN.match(data, pos)
            assert match is not None  # every byte starts some token
            pos = match.end()
            word, number, byte, symbol, brace, text = match.groups()
            if brace is not None:
                self._brace(brace)
                opened = brace == b"{"
                continue
            if word is None and byte is None and symbol is None and text is None:
                continue  # the file's own line ends
            if self.to_skip:
                text = self._skip_standing_in(text)
                if not text:
                    if word == b"bin":  # a stand-in, data and all
                        pos += max(int(number or 0), 0)
                    continue
            if word is not None:
                pos += self._word(word.decode(), int(number) if number else None)
            elif symbol is not None:
                self._symbol(symbol, opened)
            elif byte is not None:
                self._bytes(bytes.fromhex(byte.decode()))
            elif text is not None:
                self._bytes(text)
            opened = False

    def _skip_standing_in(self, text: bytes | None) -> bytes | None:
        """Count one character (a token, or a byte of text) off those standing in for the last \\uN."""
        if text is None:
            self.to_skip -= 1
            return None
        taken = min(self.to_skip, len(text))
        self.to_skip -= taken
        return text[taken:]

    def _brace(self, brace: bytes) -> None:
        self.to_skip = 0
        if brace == b"{":
            self.stack.append(self.stack[-1])
        elif len(self.stack) > 1:
            self.undecoded.flush()  # its bytes in its own font's code page
            self.stack.pop()
        else:
            self.extra_closes += 1

    def _word(self, word: str, number: int | None) -> int:
        """Act on a control word; return how many bytes of data after it to pass over (``\\binN``'s)."""
        group = self.stack[-1]
        if word == "bin":
            return max(number or 0, 0)
        if group.skip:
            return 0
        if word in _SKIPPED:
            self._set(skip=True)
        elif word == "fonttbl":
            self._set(fonts=True)
        elif word in _PARAGRAPH_ENDS:
            self._end_paragraph()
        elif word in _CHARACTERS:
            self._text(_CHARACTERS[word])
        elif word == "u" and number is not None:
            self._unit(number + 65536 if number < 0 else number)
            self.to_skip = group.uc
        else:
            self._format(word, number)
        return 0

    def _format(self, word: str, number: int | None) -> None:
        """A control word that changes how text is read: its font, its code page, a table, a tracked deletion."""
        group = self.stack[-1]
        if word == "f" and number is not None:
            if group.fonts:
                self.defining = number
            else:
                self._set(font=number)
        elif word == "fcharset" and group.fonts and self.defining is not None and number is not None:
            self.fonts[self.defining] = number
        elif word == "deff":
            self.default_font = number
        elif word == "uc" and number is not None and number >= 0:
            self._set(uc=number)
        elif word == "ansicpg" and number:
            self.ansi = codec_named(f"cp{number}") or self.ansi
        elif word in CHARACTER_SETS:
            self.ansi = CHARACTER_SETS[word]
        elif word == "deleted":
            self._set(deleted=number != 0)
        elif word == "v":
            self._set(hidden=number != 0)
        elif word == "plain":
            self._set(deleted=False, hidden=False, font=None)
        elif word == "intbl":
            self.in_table = True
        elif word == "pard":
            self.in_table = self.centred = False
        elif word in _ALIGNMENTS:
            self.centred = word == "qc"
        elif word == "cell":
            self.cells.append([*self.cell, self._take()])
            self.cell.clear()
        elif word == "row":
            self._end_row()

    def _symbol(self, symbol: bytes, opened: bool) -> None:
        if symbol == b"*":
            if opened:
                self._set(skip=True)
        elif self.stack[-1].skip:
            return
        elif symbol in _LINE_SYMBOLS:
            self._end_paragraph()
        elif symbol in _TRAIL_BYTES and self.undecoded.lead_byte_pending():
            self.undecoded.pending += symbol
        elif symbol in _SYMBOLS:
            self._text(_SYMBOLS[symbol])

    def _set(self, **changes: object) -> None:
        self.undecoded.flush()
        self.stack[-1] = replace(self.stack[-1], **changes)  # type: ignore[arg-type]

    def _reading(self) -> bool:
        group = self.stack[-1]
        return not (group.skip or group.fonts or group.deleted or group.hidden)

    def _bytes(self, data: bytes) -> None:
        if self._reading():
            self.undecoded.add_bytes(data, self._codec())

    def _unit(self, unit: int) -> None:
        if self._reading():
            self.undecoded.add_unit(unit)

    def _text(self, text: str) -> None:
        if self._reading():
            self.undecoded.flush()
            self.paragraph.append(text)

    def _codec(self) -> str:
        """The code page of the text here: its font's character set's, else the document's."""
        font = self.stack[-1].font
        charset = self.fonts.get(font if font is not None else self.default_font or 0)
        return CHARSETS.get(charset, self.ansi) if charset is not None else self.ansi

    def _take(self) -> str:
        """The text read since the last paragraph or cell ended."""
        self.undecoded.flush()
        text = "".join(self.paragraph)
        self.paragraph.clear()
        return text

    def _end_paragraph(self) -> None:
        if self.in_table:
            self.cell.append(self._take())  # a paragraph inside a cell: the cell goes on
        else:
            self.blocks.paragraph(self._loose(), centred=self.centred)

    def _loose(self) -> str:
        """The text read since the last paragraph ended outside a table, after any paragraphs of a cell no ``\\cell``
        closed (a table's markup cut short), on one line as before."""
        text = " ".join([*self.cell, self._take()])
        self.cell.clear()
        return text

    def _end_row(self) -> None:
        self.blocks.row([*self.cells, [*self.cell, self._take()]])
        self.cells.clear()
        self.cell.clear()

    def finish(self) -> tuple[WordText, str | None]:
        """The text read, and what is damaged in the document, if anything."""
        if self.cells:
            self._end_row()
        self.blocks.paragraph(self._loose(), centred=self.centred)
        unclosed = len(self.stack) - 1
        if unclosed:
            damage = (f"cut short: the file ends inside {unclosed} RTF group{'s' if unclosed > 1 else ''} "
                      "(unbalanced braces); its text was read up to there")
        elif self.extra_closes:
            damage = (f"unbalanced braces: {self.extra_closes} RTF group{'s' if self.extra_closes > 1 else ''} "
                      "closed that never opened; the text was read as written")
        else:
            damage = None
        return self.blocks.result(), damage
