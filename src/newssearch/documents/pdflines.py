"""A PDF page's lines of text, as pypdf visits the pieces the page draws: each line where its first piece starts, along
its own baseline (a page drawn turned too) with its type size; pieces drawn a glyph at a time joined into their word by
their font's widths, things set apart on a line kept apart, a note's raised mark set off by a space."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pypdf import PageObject
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject

try:  # the font's widths, as pypdf reads them (not in its public API: without them, pieces are joined by a space)
    from pypdf.generic._font import Font
except ImportError:  # pragma: no cover
    Font = None  # type: ignore[assignment,misc]

from .pdftext import Line

# What pypdf raises besides its own errors on a file damaged in ways it does not foresee, or using what it does not
# support (NotImplementedError: a security handler other than a password's, a stream filter it does not know).
DAMAGE = (ValueError, KeyError, TypeError, AttributeError, IndexError, ZeroDivisionError, OSError, EOFError,
          NotImplementedError)


def read_page(page: PageObject, fonts: dict[object, Widths | None]) -> tuple[list[Line], int]:
    """A page's lines of text in the order it draws them, each where its first piece of text is drawn, along the
    text's own baseline (see ``_placed``; ``fonts``: the widths of the fonts read so far, by the font's object), and
    the quarter turn most of its text is drawn at (see ``_quarter``)."""
    reader = _LineReader(fonts)
    page.extract_text(visitor_text=reader.visit)
    reader.end_line()
    return reader.lines, max(range(4), key=lambda quarter: reader.turned[quarter])


def page_edges(page: PageObject, quarter: int) -> tuple[float, float]:
    """The bottom and top edges of a page whose text is drawn turned by ``quarter`` quarter turns, in that text's
    own frame (see ``_placed``): a landscape page drawn turned on a portrait one has its edges at its sides."""
    box = page.mediabox
    low, high = (float(box.bottom), float(box.top)) if quarter % 2 == 0 else (float(box.left), float(box.right))
    return (low, high) if quarter in (0, 3) else (-high, -low)


WIDE_LETTER = 0.6  # ems: wider than a text face's average letter, room for the wide spaces of justified text
TOUCHING = 0.5     # a piece starting within this share of its font's space from where the last one ended goes on
APART = 3.0        # ems: a piece starting this far past where the last one ended is no word of its line
NEXT_LINE = 0.7    # ems: a piece this much lower than the last is on a line under it (a subscript is ~0.3)
MARK = 0.85        # a piece in type this much smaller than the last, in figures, is a footnote's or a note's mark
_MARK = re.compile(r"^[\d*†‡§,]+$")


class _LineReader:
    """The lines of a page, gathered from the pieces of text pypdf visits in the order the page draws them."""

    def __init__(self, fonts: dict[object, Widths | None]) -> None:
        self.lines: list[Line] = []
        self.ends: list[tuple[float | None, float | None]] = []  # each line's ``end`` and ``most``
        self.pieces: list[str] = []
        self.place: tuple[float, float, float] | None = None
        self.last: tuple[float, float, float] | None = None  # where the last piece's run of text starts
        self.end: float | None = None  # where the last piece ends (None: not known)
        self.most: float | None = None  # how far right it ends at most (a character of unknown width an em)
        self.space = 0.0  # the width of a space in the last piece's font, in points
        self.fonts = fonts
        self.inline: dict[object, Widths | None] = {}
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
                if self.pieces and self.last and _below(self.last, placed):
                    self.end_line()  # moved to the next line with T* after a change of font: pypdf gives no break
                elif self.pieces and self.last and self.last[:2] != placed[:2] and \
                        _set_apart(self.most, placed[0], placed[2]):
                    self.end_line()  # pypdf's line holds things set apart on it: each is a line of its own
                if self.pieces and self.last and _is_mark(self.last, placed, piece):
                    piece = " " + piece.lstrip()  # "million" "3": a footnote's mark raised with a text rise
                self._advance(placed, None if n else self._widths(font), piece)
                self.place = self.place or placed
            self.pieces.append(piece)

    def _advance(self, placed: tuple[float, float, float], widths: Widths | None, piece: str) -> None:
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

    def _widths(self, font: object) -> Widths | None:
        """The widths of ``font``'s characters (None when pypdf cannot tell them)."""
        reference = getattr(font, "indirect_reference", None)  # a font written inline is this page's alone
        fonts, key = (self.fonts, (reference.idnum, reference.generation)) if reference else (self.inline, id(font))
        if key not in fonts:
            fonts[key] = Widths.of(font)
        return fonts[key]


def _goes_on(line: Line, after: Line) -> bool:
    """Whether ``after`` is drawn on the same line as ``line``, just after it (not across a column's gutter)."""
    return (abs(after.y - line.y) < 0.2 * line.size and after.x > line.x
            and after.x - line.x < (len(line.text) * WIDE_LETTER + 3) * line.size)


def _below(last: tuple[float, float, float], placed: tuple[float, float, float]) -> bool:
    """Whether text drawn at ``placed`` is on a line under the one drawn at ``last`` (each a place and a type size):
    lower by ``NEXT_LINE`` of the larger type or more, more than a subscript or a note's mark is moved."""
    return last[1] - placed[1] >= NEXT_LINE * max(last[2], placed[2])


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
class Widths:
    """A font's widths of its characters and of a space, in ems, as pypdf reads them from the font."""

    chars: dict[str, float]
    space: float

    @classmethod
    def of(cls, font: object) -> Widths | None:
        """The widths of a page's font resource; None when pypdf cannot read them."""
        if Font is None or not isinstance(font, DictionaryObject):
            return None
        try:
            read = Font.from_font_resource(font)
        except (PyPdfError, *DAMAGE):
            return None
        chars = {char: width / 1000 for char, width in read.character_widths.items() if len(char) == 1}
        return cls(chars, read.space_width / 1000) if chars and read.space_width > 0 else None

    def knows(self, text: str) -> bool:
        """Whether the font gives the width of each of ``text``'s characters."""
        return all(char in self.chars for char in text)

    def width(self, text: str) -> float:
        """How wide ``text`` is drawn, in ems (at most: a character of unknown width is an em)."""
        return sum(self.chars.get(char, 1.0) for char in text)
