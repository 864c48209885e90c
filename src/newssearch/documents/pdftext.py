"""A PDF's lines of text, placed on their pages, made into the text a .txt file would hold.

A PDF has no paragraphs, only lines drawn at places. Lines in a page's top or bottom margin (within ``MARGIN`` of
its edge, or in smaller type than the text) that repeat there on other pages (a running header or footer: "BBC
News", "Page 2 of 5" with its numbers aside), a line in the margin where such a line stands on other pages (a
running header naming each story), a page number alone at a page's edge, and a browser's header and footer (see
``pdfprint``) are not the text. A line that repeats in the text's own area (a headline atop each page) is kept, and
so is a line a news database writes between its stories ("1 of 3 DOCUMENTS"), wherever it stands. A site's menu
line over the headline is no text. The other lines are put back into paragraphs, a paragraph to a line with a blank line between two: a
line starts a new paragraph after a gap wider than the lines' spacing, in another type size, indented, or after a
line that ends short (the next line's first word would have fitted on it, so the break was the writer's, as after a
byline or a date line). A word hyphenated at a line's end is joined again when the document shows it is one word
("govern-" / "ment": government); a compound keeps its hyphen ("well-" / "known": well-known).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from unicodedata import east_asian_width

from ..stopwords import SMART_STOP_WORDS
from .pdfprint import MARGIN, is_menu, printed_margins
from .textexports import is_separator
from .wordblocks import WordText, paragraph_line


@dataclass(frozen=True)
class Line:
    """A line of text on a page: where it starts (in points, from the page's bottom left) and its type size."""

    text: str
    x: float
    y: float
    size: float


A4 = (0.0, 842.0)     # a page's bottom and top edges, in points, when not given
SMALL = 0.9           # a line in type smaller than this share of the text's is set apart from it
HEADLINE_SPAN = 6     # paragraphs from the top among which the largest heading is the headline
EDGE_LINES = 2        # lines at a page's top and at its bottom where a running header or footer may stand
SAME_PLACE = 2.0      # points: two lines this close in height stand in the same place
PARAGRAPH_GAP = 1.45  # a gap between two lines this many times the usual spacing (for their size) ends a paragraph
COMMON = 0.2          # a gap found this share as often as the most common one is common (see ``_spacing``)
SLACK = 1.0           # ems: a line whose next line's first word would have ended this far inside its column ends short
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:(?:page|p\.|seite|página|pagina)\s*)?\d{1,4}"
                          r"(?:\s*(?:of|/|von|de|di|sur)\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)]$")
_HYPHENATED_END = re.compile(r"([^\W\d_]+)-$")
_FIRST_LETTERS = re.compile(r"^([^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class PdfText(WordText):
    """A PDF's text and headings, and the page's address a browser printed in its margin (None if none)."""

    url: str | None = None


def pdf_text(pages: list[list[Line]], edges: list[tuple[float, float]] | None = None) -> PdfText:
    """The text of a PDF whose pages hold ``pages`` (each page's lines in the order the file draws them; ``edges``
    each page's bottom and top, A4's if not given), and the paragraphs set larger than its body text (its headings:
    the largest near the top is its headline, opening the text when only a site's menu stands over it)."""
    edges = edges or [A4] * len(pages)
    size = _line_size(pages)
    printed = [printed_margins(page, *edge) for page, edge in zip(pages, edges)]
    kept = [[line for n, line in enumerate(page) if n not in dropped and n not in marks]
            for page, dropped, (marks, _url) in zip(pages, _running_lines(pages, edges, size), printed)]
    paragraphs = _paragraphs(kept)
    words = _vocabulary(kept)
    texts = _under_menu([(_joined(lines, words), size) for lines, size in paragraphs if lines])
    body = _body_size(texts)
    text = "\n\n".join(text for text, _size in texts if text)
    url = next((url for _marks, url in printed if url), None)
    return PdfText(text, frozenset(text for text, size in texts if text and size >= 1.2 * body), url)


def _under_menu(texts: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The paragraphs without the site's menu lines over the largest heading near the top, when only menu lines
    stand over it (a browser's print: "Home   National   World" over "Storm hits Wellington")."""
    top = texts[:HEADLINE_SPAN]
    if not top:
        return texts
    largest = max(range(len(top)), key=lambda n: top[n][1])
    if largest and top[largest][1] >= 1.2 * _body_size(texts) and all(is_menu(text) for text, _ in top[:largest]):
        return texts[largest:]
    return texts


def _line_size(pages: list[list[Line]]) -> float:
    """The type size of most of the lines' text."""
    sizes: Counter[float] = Counter()
    for line in (line for page in pages for line in page):
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _running_lines(pages: list[list[Line]], edges: list[tuple[float, float]], size: float) -> list[set[int]]:
    """For each page, the places (in its list) of its running headers and footers and of its page number."""
    candidates = [[n for n in _edge_places(page) if _in_margin(page[n], *edge, size)
                   and not is_separator(page[n].text)] for page, edge in zip(pages, edges)]
    seen: Counter[tuple[int, str]] = Counter()
    for page, places in zip(pages, candidates):
        seen.update({_key(page[n]) for n in places})
    repeated = {key for key, count in seen.items() if count > 1}
    slots = {(round(page[n].y / SAME_PLACE), round(page[n].size)) for page, places in zip(pages, candidates)
             for n in places if _key(page[n]) in repeated}
    dropped = []
    for page, places, edge in zip(pages, candidates, edges):
        outermost = _edge_places(page)
        outermost = outermost[:1] + outermost[-1:]
        dropped.append({n for n in places if _key(page[n]) in repeated
                        or (n in outermost and (round(page[n].y / SAME_PLACE), round(page[n].size)) in slots)}
                       | {n for n in outermost if _PAGE_NUMBER.match(page[n].text.strip())})
    return dropped


def _in_margin(line: Line, bottom: float, top: float, size: float) -> bool:
    """Whether a line stands in a page's top or bottom margin: near its edge, or in smaller type than the text."""
    return line.y > top - MARGIN or line.y < bottom + MARGIN or line.size < SMALL * size


def _edge_places(page: list[Line]) -> list[int]:
    """The places of the ``EDGE_LINES`` highest and lowest lines of a page, highest first."""
    order = sorted(range(len(page)), key=lambda n: -page[n].y)
    if len(order) <= 2 * EDGE_LINES:
        return order
    return order[:EDGE_LINES] + order[-EDGE_LINES:]


def _key(line: Line) -> tuple[int, str]:
    """A line's place in height and its text with its numbers aside: "Page 2 of 5" on page 2 is "Page 3 of 5"."""
    return round(line.y / SAME_PLACE), _DIGITS.sub("#", " ".join(line.text.split()).casefold())


def _paragraphs(pages: list[list[Line]]) -> list[tuple[list[str], float]]:
    """The lines of each paragraph, in order, with the paragraph's type size."""
    lines = [line for page in pages for line in page if line.text.strip()]
    spacing, right = _spacing(lines), _right_edges(lines)
    paragraphs: list[tuple[list[str], float]] = []
    previous: Line | None = None
    for page in pages:
        for n, line in enumerate(line for line in page if line.text.strip()):
            turned = n == 0 or line.y > (previous.y if previous else 0) + SAME_PLACE  # a new page or column
            if previous is None or _breaks(previous, line, spacing, right(previous), turned):
                paragraphs.append(([], line.size))
            paragraphs[-1][0].append(line.text)
            previous = line
    return paragraphs


def _breaks(previous: Line, line: Line, spacing: Callable[[Line], float], right: float, turned: bool) -> bool:
    """Whether ``line`` starts a paragraph after ``previous``, whose column ends at ``right``."""
    if abs(line.size - previous.size) > 0.15 * previous.size:
        return True
    ended = previous.text.rstrip()
    # Where the next line's first word would have ended, drawn on this line.
    reach = previous.x + width(ended + " " + (line.text.split() or [""])[0]) * previous.size
    if reach < right - SLACK * previous.size or (
            reach <= right + SLACK * previous.size and _ENDS_SENTENCE.search(ended)
            and not line.text.lstrip()[:1].islower()):
        return True
    if turned:  # over a page or a column: a paragraph goes on unless its last line ended a sentence
        return bool(_ENDS_SENTENCE.search(ended))
    gap = previous.y - line.y
    return gap > PARAGRAPH_GAP * spacing(previous) * previous.size or line.x > previous.x + 0.8 * line.size


def _spacing(lines: list[Line]) -> Callable[[Line], float]:
    """The usual distance between two lines of a paragraph in a line's type size, as a share of that size: the
    smallest gap common among lines of that size (see ``_smallest_common``), where a blank line follows most lines
    (a database's centred field lines) as where it follows few; the document's for a size with no gaps, else 1.2."""
    gaps: dict[int, list[float]] = {}
    for above, below in zip(lines, lines[1:]):
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
        column, end = (round(line.x / 10), round(line.size)), line.x + width(line.text.rstrip()) * line.size
        for key in (column, column[1]):
            ends.setdefault(key, []).append(end)
    edges = {key: sorted(found)[int(0.97 * (len(found) - 1)) if len(found) >= 20 else -1]
             for key, found in ends.items()}

    def right(line: Line) -> float:
        column = (round(line.x / 10), round(line.size))
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


def _vocabulary(pages: list[list[Line]]) -> set[str]:
    """The words of the document, in lower case, without the parts of a word hyphenated at a line's end."""
    words: set[str] = set()
    after_hyphen = False
    for line in (line for page in pages for line in page):
        text = line.text.strip()
        if after_hyphen:
            text = _FIRST_LETTERS.sub("", text, count=1)
        after_hyphen = bool(_HYPHENATED_END.search(text))
        if after_hyphen:
            text = _HYPHENATED_END.sub("", text)
        for word in _WORD.findall(text):
            words.update((word.casefold(), *word.casefold().split("-")))
    return words


def _joined(lines: list[str], words: set[str]) -> str:
    """A paragraph's lines on one line, a word hyphenated at a line's end joined again (see ``_one_word``)."""
    parts: list[str] = []  # the lines so far, each joined piece looked at alone (the text would grow quadratically)
    for line in lines:
        line = line.strip()
        end = _HYPHENATED_END.search(parts[-1]) if parts else None
        start = _FIRST_LETTERS.match(line)
        if end and start:
            parts[-1] = parts[-1][:-1] + ("" if _one_word(end.group(1), start.group(1), words) else "-") + line
        else:
            parts.append(line)
    return paragraph_line("\n".join(parts))  # a space, or nothing between Chinese characters


def _one_word(head: str, tail: str, words: set[str]) -> bool:
    """Whether ``head`` hyphenated at a line's end and ``tail`` on the next are one word: the tail is in lower
    case, and the document has the joined word, or neither has the hyphenated word nor has both parts as words."""
    if not tail[0].islower():
        return False  # "Anglo-" / "French"
    joined, hyphenated = (head + tail).casefold(), f"{head}-{tail}".casefold()
    if joined in words:
        return True
    if hyphenated in words:
        return False
    return not all(part.casefold() in words or part.casefold() in SMART_STOP_WORDS for part in (head, tail))


def _body_size(texts: list[tuple[str, float]]) -> float:
    """The type size of most of the text."""
    sizes: Counter[float] = Counter()
    for text, size in texts:
        sizes[round(size, 1)] += len(text)
    return sizes.most_common(1)[0][0] if sizes else 0.0
