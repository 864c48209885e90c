"""A PDF's lines put back into paragraphs: a line starts a new paragraph after a gap wider than the lines' usual
spacing in its type size, in another type size, indented, or after a line that ends short (the next line's first word
would have fitted on it, so the break was the writer's, as after a byline or a date line). A sentence is not cut: a
gap under a full line whose sentence goes on in the next (a picture's or a pull quote's place in a column) is no
paragraph's end, and a caption or pull quote in another type size drawn between two lines of a sentence of the body
text is moved after that sentence's paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from unicodedata import east_asian_width

SAME_PLACE = 2.0      # points: two lines this close in height stand in the same place
PARAGRAPH_GAP = 1.45  # a gap between two lines this many times the usual spacing (for their size) ends a paragraph
COMMON = 0.2          # a gap found this share as often as the most common one is common (see ``_spacing``)
SLACK = 1.0           # ems: a line whose next line's first word would have ended this far inside its column ends short
INSERTS = 2           # paragraphs in another size (a caption, a pull quote) that may stand inside a sentence
SOFT_HYPHEN = "\u00ad"  # a break point only, drawn where a word was broken at a line's end
HYPHENS = (",", "-", SOFT_HYPHEN, "\u2010", "\u2011")  # at a line's end, its sentence goes on
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)]$")


@dataclass(frozen=True)
class Line:
    """A line of text on a page: where it starts (in points, from the page's bottom left) and its type size."""

    text: str
    x: float
    y: float
    size: float


def paragraphs(pages: list[list[Line]]) -> list[tuple[list[str], float]]:
    """The lines of each paragraph, in order, with the paragraph's type size."""
    lines = [line for page in pages for line in page if line.text.strip()]
    spacing, right = _spacing(lines), _right_edges(lines)
    found: list[list[Line]] = []
    previous: Line | None = None
    for page in pages:
        for n, line in enumerate(line for line in page if line.text.strip()):
            turned = n == 0 or line.y > (previous.y if previous else 0) + SAME_PLACE  # a new page or column
            if previous is None or _breaks(previous, line, spacing, right(previous), turned):
                found.append([])
            found[-1].append(line)
            previous = line
    body = main_size((len(line.text), line.size) for line in lines)
    return [([line.text for line in paragraph], paragraph[0].size)
            for paragraph in _inserts_moved(found, right, body)]


def main_size(sized: Iterable[tuple[int, float]]) -> float:
    """The type size of most of the text, from (length, size) pairs (of lines or paragraphs); 0.0 for none."""
    sizes: Counter[float] = Counter()
    for length, size in sized:
        sizes[round(size, 1)] += length
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _inserts_moved(found: list[list[Line]], right: Callable[[Line], float], body: float) -> list[list[Line]]:
    """The paragraphs with a caption or pull quote that cuts a sentence of the body text (in type size ``body``;
    see ``_cut_by``) moved after that sentence's paragraph."""
    moved: list[list[Line]] = []
    n = 0
    while n < len(found):
        paragraph, inserts = found[n], []
        n += 1
        while round(paragraph[0].size, 1) == body and (cut := _cut_by(paragraph, found[n:n + INSERTS + 1], right)):
            inserts += found[n:n + cut]
            paragraph = paragraph + found[n + cut]
            n += cut + 1
        moved += [paragraph, *inserts]
    return moved


def _cut_by(paragraph: list[Line], following: list[list[Line]], right: Callable[[Line], float]) -> int:
    """How many paragraphs in another type size (a caption, a pull quote) stand inside a sentence of ``paragraph``,
    which goes on after them (0 if none do): its last line fills its column and ends in a lower-case word, a comma or
    a hyphen, and the next paragraph in its size starts in lower case and would not have fitted its first word on
    that line."""
    last = paragraph[-1]
    ended = last.text.rstrip()
    for cut, after in enumerate(following):
        if not _other_size(after[0], last):
            if not _goes_on(ended, after[0].text):
                return 0
            reach = last.x + width(ended + " " + (after[0].text.split() or [""])[0]) * last.size
            return cut if cut and reach > right(last) - SLACK * last.size else 0
    return 0


def _other_size(line: Line, previous: Line) -> bool:
    """Whether ``line`` is set in a type size other than ``previous``'s (by more than 15%)."""
    return abs(line.size - previous.size) > 0.15 * previous.size


def _breaks(previous: Line, line: Line, spacing: Callable[[Line], float], right: float, turned: bool) -> bool:
    """Whether ``line`` starts a paragraph after ``previous``, whose column ends at ``right``."""
    if _other_size(line, previous):
        return True
    ended = previous.text.rstrip()
    if ended.endswith(SOFT_HYPHEN):  # a word broken at the line's end: the line was wrapped, however short
        return False
    # Where the next line's first word would have ended, drawn on this line.
    reach = previous.x + width(ended + " " + (line.text.split() or [""])[0]) * previous.size
    if reach < right - SLACK * previous.size or (
            reach <= right + SLACK * previous.size and _ENDS_SENTENCE.search(ended)
            and not line.text.lstrip()[:1].islower()):
        return True
    if turned:  # over a page or a column: a paragraph goes on unless its last line ended a sentence
        return bool(_ENDS_SENTENCE.search(ended))
    # A wide gap under a full line whose sentence goes on is a picture's or a pull quote's place in the column.
    gap = previous.y - line.y
    return (gap > PARAGRAPH_GAP * spacing(previous) * previous.size and not _goes_on(ended, line.text)) \
        or line.x > previous.x + 0.8 * line.size


def _goes_on(ended: str, after: str) -> bool:
    """Whether the sentence of a line that ended with ``ended`` goes on in the line ``after``: the one ends in a
    lower-case word, a comma or a hyphen, the other starts with a lower-case word."""
    return (ended[-1:].islower() or ended[-1:] in HYPHENS) and after.lstrip()[:1].islower()


def _spacing(lines: list[Line]) -> Callable[[Line], float]:
    """The usual distance between two lines of a paragraph in a line's type size, as a share of that size: the
    smallest gap common among lines of that size (see ``_smallest_common``), where a blank line follows most lines
    (a database's centred field lines) as where it follows few; the document's for a size with no gaps, else 1.2."""
    gaps: dict[int, list[float]] = {}
    for above, below in pairwise(lines):
        if above.size and abs(above.size - below.size) < 0.5 and 0 < above.y - below.y < 3 * above.size:
            gaps.setdefault(round(above.size), []).append((above.y - below.y) / above.size)
    usual = {size: _smallest_common(found) for size, found in gaps.items()}
    anywhere = _smallest_common([gap for found in gaps.values() for gap in found]) if gaps else 1.2
    return lambda line: usual.get(round(line.size), anywhere)


def _smallest_common(gaps: list[float]) -> float:
    """The smallest gap that at least ``COMMON`` as many gaps are close to (within 5%) as to the most common one."""
    gaps = sorted(gaps)
    near = [bisect_right(gaps, gap * 1.05) - bisect_left(gaps, gap * 0.95) for gap in gaps]
    return next(gap for gap, count in zip(gaps, near) if count >= COMMON * max(near))


def _right_edges(lines: list[Line]) -> Callable[[Line], float]:
    """Where a line's column ends: the right end of the lines starting where it does, in its type size (past all
    but a few in a hundred of twenty or more), or of all lines of its size when fewer than three start there (a
    centred line)."""
    ends: dict[tuple[int, int] | int, list[float]] = {}
    for line in lines:
        column, end = (round(line.x), round(line.size)), line.x + width(line.text.rstrip()) * line.size
        for key in (column, column[1]):
            ends.setdefault(key, []).append(end)
    edges = {key: sorted(found)[int(0.97 * (len(found) - 1)) if len(found) >= 20 else -1]
             for key, found in ends.items()}

    def right(line: Line) -> float:
        column = (round(line.x), round(line.size))
        return edges[column if len(ends[column]) >= 3 else column[1]]

    return right


# Helvetica's widths of the printable ASCII characters, in hundredths of its size: text faces differ little in
# how much wider one letter is than another, which is what telling a short line from a full one needs.
_WIDTHS = (28, 28, 36, 56, 56, 89, 67, 19, 33, 33, 39, 58, 28, 33, 28, 28, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 28,
           28, 58, 58, 58, 56, 102, 67, 67, 72, 72, 67, 61, 78, 72, 28, 50, 67, 56, 83, 72, 78, 67, 78, 72, 67, 61, 72,
           67, 94, 67, 67, 61, 28, 28, 28, 47, 56, 33, 56, 56, 50, 56, 56, 28, 56, 56, 22, 22, 50, 22, 83, 56, 56, 56,
           56, 33, 50, 28, 56, 50, 72, 50, 50, 50, 33, 26, 33, 58)


def width(text: str) -> float:
    """About how wide ``text`` is drawn, in ems: a letter outside ASCII as wide as an average one, a Chinese or
    Japanese character a whole em."""
    total = 0
    for char in text:
        code = ord(char)
        total += _WIDTHS[code - 32] if 32 <= code < 127 else 100 if east_asian_width(char) in "WF" else 55
    return total / 100
