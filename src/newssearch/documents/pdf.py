"""PDF files (an article printed to PDF, an e-paper clipping, a news database's download, a press release): their
text, read by the text reader's rules, as a word processor's document is.

The text layer is read page by page with pypdf (pure Python), each line with its place and type size (along its own
baseline, on a page drawn turned too), and made into paragraphs (see ``pdftext``); the text then goes through the
.txt rules, so a Nexis Uni PDF of several stories is one article a story. The document's own information (its
title, author and dates, its XMP metadata) is the file's, not the article's: not read. A PDF encrypted with an empty
password (to forbid copying or printing) is read.
The work is bounded: at most ``MAX_PAGES`` pages and ``MAX_TEXT`` characters of text are read (the rest is reported),
and pypdf refuses a stream that unpacks to more than its limit.
"""

from __future__ import annotations

import io
import logging
import math
import re
from dataclasses import dataclass, replace

from pypdf import PageObject, PdfReader
from pypdf.errors import (
    DependencyError,
    FileNotDecryptedError,
    LimitReachedError,
    PyPdfError,
)
from pypdf.generic import DictionaryObject

try:  # the font's widths, as pypdf reads them (not in its public API: without them, pieces are joined by a space)
    from pypdf.generic._font import Font
except ImportError:  # pragma: no cover
    Font = None  # type: ignore[assignment,misc]

from ..errors import UnreadableFile
from .article import ReadResult, Skip
from .pdftext import Line, pdf_text
from .text import Lead, text_result

MAX_PAGES = 2000         # pages read from one file: a year of a weekly's e-paper, not a bomb of empty pages
MAX_TEXT = 20_000_000    # characters of text read from one file
NO_TEXT = "no text in the PDF (a scanned image?): not read; run OCR on it first to index it"
BOMB = "a stream in the PDF unpacks to more than pypdf's limit (a PDF bomb?): not read"
AES = "encrypted PDF (AES) with no password to open it: not read; pip install cryptography to index it"
ENCRYPTED = "password-protected (encrypted) PDF: not read; save it without a password to index it"
# The header may follow some bytes of junk (a mail client's, a download's), within the first kilobyte.
_HEADER_SPAN = 1024
_OTHERS = "; the other pages were read"  # a page's skip says so (none read: the file's reason is the first page's)
# What pypdf raises besides its own errors on a file damaged in ways it does not foresee, or using what it does not
# support (NotImplementedError: a security handler other than a password's, a stream filter it does not know).
_DAMAGE = (ValueError, KeyError, TypeError, AttributeError, IndexError, ZeroDivisionError, OSError, EOFError,
           NotImplementedError)

# pypdf says what it repairs through the logging module; with no handler anywhere, Python would print its warnings
# on the terminal in the middle of a run. Its records still reach any handler an application sets up.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf(data: bytes, rel: str) -> ReadResult:
    """Read a PDF file (see the module); ``rel`` is its id and path."""
    if b"%PDF-" not in data[:_HEADER_SPAN]:
        raise UnreadableFile("not a PDF file (no %PDF- header)")
    try:
        pages, edges, skipped = _pages(_opened(data), rel)
    except (PyPdfError, *_DAMAGE) as exc:
        raise UnreadableFile(_reason(exc)) from exc
    text = pdf_text(pages, edges)
    if not text.text.strip():
        raise UnreadableFile(skipped[0].reason.removesuffix(_OTHERS) if skipped and not pages else NO_TEXT)
    result = text_result(text.text, rel, Lead(headings=text.headings))
    result.skipped.extend(skipped)
    if text.url:  # a browser's print of the page: its address, when the article gives none
        result.articles[:] = [article if article.url else replace(article, url=text.url)
                              for article in result.articles]
    return result


def _opened(data: bytes) -> PdfReader:
    """The PDF's reader, decrypted when its password is empty; UnreadableFile when it needs one."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except DependencyError as exc:  # AES without the cryptography package
            raise UnreadableFile(AES) from exc
        if not opened:
            raise UnreadableFile(ENCRYPTED)
    return reader


def _pages(reader: PdfReader, rel: str) -> tuple[list[list[Line]], list[tuple[float, float]], list[Skip]]:
    """The lines of the PDF's pages and each page's bottom and top edges, up to ``MAX_PAGES`` pages and
    ``MAX_TEXT`` characters; what was left says so."""
    count = len(reader.pages)
    pages: list[list[Line]] = []
    edges: list[tuple[float, float]] = []
    skipped: list[Skip] = []
    characters = 0
    fonts: dict[object, _Widths | None] = {}  # the file's fonts' widths, read once
    for number in range(min(count, MAX_PAGES)):
        try:
            lines, quarter = _read_page(reader.pages[number], fonts)
            edge = _edges(reader.pages[number], quarter)
        except LimitReachedError:
            raise
        except (PyPdfError, *_DAMAGE) as exc:
            skipped.append(Skip(rel, f"page {number + 1} does not read ({_reason(exc)}){_OTHERS}"))
            continue
        pages.append(lines)
        edges.append(edge)
        characters += sum(len(line.text) for line in lines)
        if characters > MAX_TEXT and number + 1 < count:
            skipped.append(Skip(rel, f"more than {MAX_TEXT:,} characters of text (a PDF bomb?): pages "
                                     f"{number + 2:,}-{count:,} were not read"))
            return pages, edges, skipped
    if count > MAX_PAGES:
        skipped.append(Skip(rel, f"{count:,} pages, more than {MAX_PAGES:,} (a PDF bomb?): pages {MAX_PAGES + 1:,}-"
                                 f"{count:,} were not read"))
    return pages, edges, skipped


def _read_page(page: PageObject, fonts: dict[object, _Widths | None]) -> tuple[list[Line], int]:
    """A page's lines of text in the order it draws them, each where its first piece of text is drawn, along the
    text's own baseline (see ``_placed``; ``fonts``: the widths of the fonts read so far, by the font's object), and
    the quarter turn most of its text is drawn at (see ``_quarter``)."""
    reader = _LineReader(fonts)
    page.extract_text(visitor_text=reader.visit)
    reader.end_line()
    return reader.lines, max(range(4), key=lambda quarter: reader.turned[quarter])


def _edges(page: PageObject, quarter: int) -> tuple[float, float]:
    """The bottom and top edges of a page whose text is drawn turned by ``quarter`` quarter turns, in that text's
    own frame (see ``_placed``): a landscape page drawn turned on a portrait one has its edges at its sides."""
    box = page.mediabox
    low, high = (float(box.bottom), float(box.top)) if quarter % 2 == 0 else (float(box.left), float(box.right))
    return (low, high) if quarter in (0, 3) else (-high, -low)


WIDE_LETTER = 0.6  # ems: wider than a text face's average letter, room for the wide spaces of justified text
TOUCHING = 0.5     # a piece starting within this share of its font's space from where the last one ended goes on
APART = 3.0        # ems: a piece starting this far past where the last one ended is no word of its line
MARK = 0.85        # a piece in type this much smaller than the last, in figures, is a footnote's or a note's mark
_MARK = re.compile(r"^[\d*†‡§,]+$")


class _LineReader:
    """The lines of a page, gathered from the pieces of text pypdf visits in the order the page draws them."""

    def __init__(self, fonts: dict[object, _Widths | None]) -> None:
        self.lines: list[Line] = []
        self.ends: list[tuple[float | None, float | None]] = []  # each line's ``end`` and ``most``
        self.pieces: list[str] = []
        self.place: tuple[float, float, float] | None = None
        self.last: tuple[float, float, float] | None = None  # where the last piece's run of text starts
        self.end: float | None = None  # where the last piece ends (None: not known)
        self.most: float | None = None  # how far right it ends at most (a character of unknown width an em)
        self.space = 0.0  # the width of a space in the last piece's font, in points
        self.fonts = fonts
        self.inline: dict[object, _Widths | None] = {}
        self.turned = [0, 0, 0, 0]  # the characters drawn at each quarter turn

    def visit(self, text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        """Take a piece of text drawn with the text matrix ``tm`` under ``cm`` in ``font`` at ``size``: pypdf gives
        a piece drawn after another in the same run of text (after a change of font) the run's start."""
        for n, piece in enumerate(text.split("\n")):
            if n:
                self.end_line()
            if piece.strip():
                placed = _placed(cm, tm, size)
                self.turned[_quarter(cm, tm)] += len(piece)
                if self.pieces and self.last and self.last[:2] != placed[:2] and _set_apart(self.most, placed[0], placed[2]):
                    self.end_line()  # pypdf's line holds things set apart on it: each is a line of its own
                if self.pieces and self.last and _is_mark(self.last, placed, piece):
                    piece = " " + piece.lstrip()  # "million" "3": a footnote's mark raised with a text rise
                self._advance(placed, None if n else self._widths(font), piece)
                self.place = self.place or placed
            self.pieces.append(piece)

    def _advance(self, placed: tuple[float, float, float], widths: _Widths | None, piece: str) -> None:
        """Note where ``piece``, drawn in a run of text starting at ``placed``, ends and its font's space."""
        same = self.last is not None and self.last[:2] == placed[:2]
        start, most = (self.end, self.most) if same else (placed[0], placed[0])
        known = start is not None and widths is not None and widths.knows(piece)
        self.end = start + widths.width(piece) * placed[2] if known else None  # type: ignore[operator,union-attr]
        self.most = most + widths.width(piece) * placed[2] if most is not None and widths else None
        self.space = widths.space * placed[2] if widths else 0.0
        self.last = placed

    def end_line(self) -> None:
        """End the line the pieces so far make, joining it to the last line when it goes on that one."""
        text = "".join(self.pieces)
        if text.strip() and self.place is not None:
            line, end = Line(text, *self.place), (self.end, self.most)
            (last_end, last_most) = self.ends[-1] if self.ends else (None, None)
            if self.lines and _goes_on(self.lines[-1], line) and not _set_apart(last_most, line.x, line.size):
                line = _merged(self.lines[-1], line, _touches(self.lines[-1], last_end, line, self.space))
                self.lines.pop()
                self.ends.pop()
            self.lines.append(line)
            self.ends.append(end)
        self.pieces.clear()
        self.place, self.end, self.most, self.last = None, None, None, None

    def _widths(self, font: object) -> _Widths | None:
        """The widths of ``font``'s characters (None when pypdf cannot tell them)."""
        reference = getattr(font, "indirect_reference", None)  # a font written inline is this page's alone
        fonts, key = (self.fonts, (reference.idnum, reference.generation)) if reference else (self.inline, id(font))
        if key not in fonts:
            fonts[key] = _Widths.of(font)
        return fonts[key]


def _goes_on(line: Line, after: Line) -> bool:
    """Whether ``after`` is drawn on the same line as ``line``, just after it (not across a column's gutter)."""
    return (abs(after.y - line.y) < 0.2 * line.size and after.x > line.x
            and after.x - line.x < (len(line.text) * WIDE_LETTER + 3) * line.size)


def _set_apart(end: float | None, x: float, size: float) -> bool:
    """Whether text at ``x`` in type ``size`` starts ``APART`` or more past where the line before it ends at most
    (at ``end``): a thing of its own (a print's address set right of its title), not a word apart in justified text."""
    return end is not None and x - end >= APART * size


def _touches(line: Line, end: float | None, after: Line, space: float) -> bool:
    """Whether ``after`` starts where ``line`` ends (at ``end``; within ``TOUCHING`` of a space), so goes on its last
    word ("T" "h" "e" drawn a glyph at a time, "W" "ELLINGTON" in small caps), and is no note's mark."""
    return (end is not None and abs(after.x - end) < TOUCHING * space
            and not _is_mark((line.x, line.y, line.size), (after.x, after.y, after.size), after.text))


def _is_mark(before: tuple[float, float, float], placed: tuple[float, float, float], text: str) -> bool:
    """Whether ``text``, drawn at ``placed`` after text drawn at ``before`` (each a place and a type size), is a
    note's mark: figures (or a dagger) in smaller type, not lowered under the line ("million" "3", "council" "1")."""
    return placed[2] <= MARK * before[2] and bool(_MARK.match(text.strip())) and placed[1] > before[1] - 0.1 * before[2]


def _merged(line: Line, after: Line, touching: bool) -> Line:
    """``line`` with ``after`` drawn after it on the same line: without a space between when they touch."""
    text = line.text + after.text if touching else f"{line.text.rstrip()} {after.text.lstrip()}"
    return Line(text, line.x, line.y, line.size)


def _placed(cm: list[float], tm: list[float], size: float) -> tuple[float, float, float]:
    """Where on the page text drawn with the text matrix ``tm`` under ``cm`` starts, and its type size there: in the
    frame of the text's own baseline, the page turned by the quarter turns the text is drawn at (a page drawn turned,
    for a ``/Rotate`` to turn back, has its lines along their baseline, not across it), so x runs along a line and
    y up its column."""
    a, b, c, d = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                  tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
    x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    x, y = _TURNED[_quarter(cm, tm)](x, y)
    return x, y, abs(size) * math.sqrt(abs(a * d - b * c))


def _quarter(cm: list[float], tm: list[float]) -> int:
    """How many quarter turns (counter-clockwise, the nearest) text drawn with ``tm`` under ``cm`` is turned by."""
    a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]  # the direction of its baseline
    return round(math.atan2(b, a) / (math.pi / 2)) % 4


# A point on the page in the frame of text turned by 0, 1, 2 or 3 quarter turns (its baseline the frame's x axis).
_TURNED = ((lambda x, y: (x, y)), (lambda x, y: (y, -x)), (lambda x, y: (-x, -y)), (lambda x, y: (-y, x)))


@dataclass(frozen=True)
class _Widths:
    """A font's widths of its characters and of a space, in ems, as pypdf reads them from the font."""

    chars: dict[str, float]
    space: float

    @classmethod
    def of(cls, font: object) -> _Widths | None:
        """The widths of a page's font resource; None when pypdf cannot read them."""
        if Font is None or not isinstance(font, DictionaryObject):
            return None
        try:
            read = Font.from_font_resource(font)
        except (PyPdfError, *_DAMAGE):
            return None
        chars = {char: width / 1000 for char, width in read.character_widths.items() if len(char) == 1}
        return cls(chars, read.space_width / 1000) if chars and read.space_width > 0 else None

    def knows(self, text: str) -> bool:
        """Whether the font gives the width of each of ``text``'s characters."""
        return all(char in self.chars for char in text)

    def width(self, text: str) -> float:
        """How wide ``text`` is drawn, in ems (at most: a character of unknown width is an em)."""
        return sum(self.chars.get(char, 1.0) for char in text)


def _reason(exc: Exception) -> str:
    """Why pypdf could not read a PDF, in a line: a bomb's limit, or the damage it found."""
    if isinstance(exc, FileNotDecryptedError):
        return ENCRYPTED
    if isinstance(exc, LimitReachedError):
        return BOMB
    if isinstance(exc, NotImplementedError):
        return f"not supported by pypdf: {exc}"
    return f"broken PDF: {exc or type(exc).__name__}"
