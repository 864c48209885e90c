"""A PDF's lines of text, placed on their pages, made into the text a .txt file would hold.

A PDF has no paragraphs, only lines drawn at places. Lines in a page's top or bottom margin (within ``MARGIN`` of
its edge, or in smaller type than the text) that repeat there on other pages (a running header or footer: "BBC
News", "Page 2 of 5" with its numbers aside), a line in the margin where such a line stands on other pages (a
running header naming each story), a page number alone at a page's edge, and a browser's header and footer (see
``pdfprint``) are not the text. A line that repeats in the text's own area (a headline atop each page) is kept, and
so is a line a news database writes between its stories ("1 of 3 DOCUMENTS"), wherever it stands. A site's menu line
over the headline is no text, nor in a web page's print the site's footer lines (links, copyright) ending it. On one
page, a letterhead over the headline in smaller type than it (with its address line) is moved to just after the
headline. The other lines are put back into paragraphs (see ``pdfparagraphs``), a paragraph to a line with a blank
line between two. A word hyphenated at a line's end is joined again when the document shows it is one word
("govern-" / "ment": government); a compound keeps its hyphen ("well-" / "known": well-known).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..stopwords import SMART_STOP_WORDS
from .pdfparagraphs import SAME_PLACE, SOFT_HYPHEN, Line, main_size, paragraphs
from .pdfprint import MARGIN, is_menu, is_site_footer, printed_margins
from .textexports import is_separator
from .wordblocks import WordText, paragraph_line
from .wrappedlines import suspended_hyphen

A4 = (0.0, 842.0)     # a page's bottom and top edges, in points, when not given
SMALL = 0.9           # a line in type smaller than this share of the text's is set apart from it
HEADLINE_SPAN = 6     # paragraphs from the top among which the largest heading is the headline
EDGE_LINES = 2        # lines at a page's top and at its bottom where a running header or footer may stand
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:(?:page|p\.|seite|página|pagina)\s*)?\d{1,4}"
                          r"(?:\s*(?:of|/|von|de|di|sur)\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)
# "-", a soft hyphen or a Unicode hyphen after a word; tried only where a word starts, as tried from each letter of a
# long run of letters (a PDF drawing 200,000 "p"s on one line) it took time growing as the square of the run's length.
_HYPHENATED_END = re.compile(r"(?<![^\W\d_])([^\W\d_]+)([-\u00ad\u2010\u2011])$")
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
    size = main_size((len(line.text), line.size) for page in pages for line in page)
    printed = [printed_margins(page, *edge) for page, edge in zip(pages, edges)]
    kept = [[line for n, line in enumerate(page) if n not in dropped and n not in marks]
            for page, dropped, (marks, _url) in zip(pages, _running_lines(pages, edges, size), printed)]
    found = [(lines, size) for lines, size in paragraphs(kept) if lines]
    if len(pages) == 1:  # on one page a letterhead cannot be told by repeating: by its type under the headline's
        found = _letterhead_moved(found)
    words = _vocabulary(kept)
    texts = [(_joined(lines, words), size) for lines, size in found]
    start = _menu_end(texts)
    if start or any(marks for marks, _url in printed):  # a web page's print: its site's footer is no text either
        texts = texts[:start] + [(_joined(lines, words), size) for lines, size in _without_footer(found[start:])]
    texts = texts[start:]
    body = main_size((len(text), size) for text, size in texts)
    text = "\n\n".join(text for text, _size in texts if text)
    url = next((url for _marks, url in printed if url), None)
    return PdfText(text, frozenset(text for text, size in texts if text and size >= 1.2 * body), url)


def _menu_end(texts: list[tuple[str, float]]) -> int:
    """Where the paragraphs start after the site's menu lines over the largest heading near the top, when only menu
    lines stand over it (a browser's print: "Home   National   World" over "Storm hits Wellington"); 0 if none do."""
    top = texts[:HEADLINE_SPAN]
    if not top:
        return 0
    largest = max(range(len(top)), key=lambda n: top[n][1])
    if largest and top[largest][1] >= 1.2 * main_size((len(text), size) for text, size in texts) \
            and all(is_menu(text) for text, _ in top[:largest]):
        return largest
    return 0


def _letterhead_moved(found: list[tuple[list[str], float]]) -> list[tuple[list[str], float]]:
    """The paragraphs (each its lines and size) with a letterhead over the headline moved to just after it: a first
    paragraph set larger than the text but smaller than a later heading among the first ``HEADLINE_SPAN`` (the
    largest; "Auckland Council" over "Council approves harbour bridge cycleway"), with the small-type lines under it
    (its address); kept in the text, so the headline and what stands over it ("FOR IMMEDIATE RELEASE", the date
    line) read as they do without a letterhead."""
    top = found[:HEADLINE_SPAN]
    if not top:
        return found
    body = main_size((sum(map(len, lines)) + len(lines) - 1, size) for lines, size in found)
    largest = max(range(len(top)), key=lambda n: top[n][1])
    if not (largest and body * 1.2 <= top[0][1] < top[largest][1]):
        return found
    end = 1
    while end < largest and top[end][1] < SMALL * body:
        end += 1
    return found[end:largest + 1] + found[:end] + found[largest + 1:]


def _without_footer(found: list[tuple[list[str], float]]) -> list[tuple[list[str], float]]:
    """The paragraphs (each its lines and size) of a web page's print without the site's footer lines that end them
    (links and a copyright notice: "About Stuff   Contact Us   Privacy Policy", "© 2026 Stuff Limited")."""
    kept = list(found)
    while kept and is_site_footer(kept[-1][0][-1]):
        lines, size = kept.pop()
        if len(lines) > 1:
            kept.append((lines[:-1], size))
    return kept


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
    for page, places, _edge in zip(pages, candidates, edges):
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
    """A paragraph's lines on one line, a word hyphenated at a line's end joined again (see ``_one_word``; always
    after a soft hyphen, a break point only; never a suspended hyphen's, ``wrappedlines.suspended_hyphen``)."""
    parts: list[str] = []  # the lines so far, each joined piece looked at alone (the text would grow quadratically)
    for line in lines:
        line = line.strip()
        end = _HYPHENATED_END.search(parts[-1]) if parts else None
        start = _FIRST_LETTERS.match(line)
        # "pre-" / "and post-war" is no broken word (a soft hyphen, a break point only, always is one)
        if end and start and (end.group(2) == SOFT_HYPHEN or not suspended_hyphen(line)):
            one = end.group(2) == SOFT_HYPHEN or _one_word(end.group(1), start.group(1), words)
            parts[-1] = parts[-1][:-1] + ("" if one else end.group(2)) + line
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
