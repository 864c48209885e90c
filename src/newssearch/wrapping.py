"""Text broken into a terminal's lines: by the columns it takes, between words (pure functions)."""

from __future__ import annotations

import itertools
import re
import unicodedata


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: a Chinese, Japanese or Korean letter (or an emoji) two, a mark drawn
    on the letter before it none, and none a bidi isolate (isolates.py), any other character one."""
    if text.isascii():
        return len(text)
    return sum(0 if _mark(char) or char in _ISOLATES else 2 if unicodedata.east_asian_width(char) in "WF" else 1
               for char in text)


_ISOLATES = "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI: drawn as nothing


def _mark(char: str) -> bool:
    """Whether ``char`` is drawn on the letter before it: a combining mark, Thai's or Hindi's vowel marks too (of
    no canonical class), but not a variation selector (a heart with one is an emoji, drawn two columns wide)."""
    return unicodedata.category(char) in ("Mn", "Me") and not ("\ufe00" <= char <= "\ufe0f")


MIN_WRAP = 30  # columns: a narrower terminal gets the snippet on one line, as a pipe does


def wrapped_parts(parts: list[tuple[str, bool]], width: int, least: int = MIN_WRAP) -> list[list[tuple[str, bool]]]:
    """(text, is_match) parts broken into lines of at most ``width`` columns between words (a longer word is a line
    of its own, unless written in letters two columns wide, which break anywhere as Chinese and Japanese text has no
    spaces); a match broken across two lines is marked on both. A ``width`` below ``least`` is not wrapped (a caller
    indenting the lines checks the terminal's width against MIN_WRAP itself, and passes a smaller ``least``)."""
    plain = "".join(text for text, _ in parts)
    if width < max(least, 1) or columns(plain) <= width:
        return [parts]
    starts = list(itertools.accumulate((len(text) for text, _ in parts), initial=0))
    return [[(text[max(begin - start, 0): end - start], marked) for (text, marked), start in zip(parts, starts)
             if start < end and start + len(text) > begin] for begin, end in _line_spans(plain, width)]


def _line_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Where each line of ``text`` wrapped to ``width`` columns begins and ends (the spaces between lines left out):
    as many words as fit, counted in columns, so a snippet holding one Chinese name is wrapped too (it had been left
    whole to the terminal, which broke its words at the edge and lost the indent)."""
    spans: list[tuple[int, int]] = []
    begin, end, used = -1, 0, 0
    for word in re.finditer(r"\S+", text):
        start, stop = word.span()
        added = columns(text[end:stop]) if begin >= 0 else 0  # the word and the spaces before it
        if begin >= 0 and used + added <= width:
            used, end = used + added, stop
            continue
        if begin >= 0:
            spans.append((begin, end))
        while columns(text[start:stop]) > width and not text[start:stop].isascii():
            cut = _cut_at(text, start, stop, width)
            if cut == start:
                break
            spans.append((start, cut))
            start = cut
        begin, end, used = start, stop, columns(text[start:stop])
    return [*spans, (begin, end)] if begin >= 0 else spans


def _wide(char: str) -> bool:
    """Whether ``char`` takes two columns (a Chinese, Japanese or Korean letter, an emoji)."""
    return unicodedata.east_asian_width(char) in "WF"


def _cut_at(text: str, start: int, stop: int, width: int) -> int:
    """The end of the longest run of ``text[start:stop]`` that fits ``width`` columns when it holds a letter two
    columns wide (else ``start``: a word of one-column letters is not broken)."""
    run = text[start:stop]
    if not any(unicodedata.east_asian_width(char) in "WF" for char in run):
        return start
    used = 0
    for offset, char in enumerate(run):
        used += columns(char)
        if used > width:
            return start + offset
    return stop


def line_rows(text: str, width: int | None, under: int = 0) -> list[str]:
    """A line of words (show's title) on one row, or on a terminal of ``width`` columns broken between words into
    rows that fit (at COLUMNS=40 a header had run past the edge, the terminal breaking a word of the query), the
    further rows ``under`` columns in."""
    words = text.split(" ")
    return rows_between("", [word if n == 0 else " " + word for n, word in enumerate(words)], width, under)


def header_rows(text: str, width: int | None) -> list[str]:
    """A header (``31 results for 'harbour bridge ferry' (page 1 of 4)``) as ``line_rows`` breaks it, its further
    rows ``HANG`` columns in, as a line said on stderr without a label has them: at column 0 they had read as lines
    of their own."""
    return line_rows(text, width, HANG)


def rows_between(label: str, pieces: list[str], width: int | None, under: int | None = None) -> list[str]:
    """``  author: A (2), B (1)`` on one line; on a terminal of ``width`` columns, lines broken between values (never
    inside a name), each under the first value, or ``under`` columns in (a facet of twenty authors ran past the edge,
    which broke names; a hit's id line with its copies, past 100 columns, was broken inside an id)."""
    text = label + "".join(pieces)
    if not width or width < MIN_WRAP or columns(text) <= width:
        return [text]
    indent = " " * (len(label) if under is None else under)
    rows, row = [], label + pieces[0]
    for piece in pieces[1:]:
        *full, row = _wide_cut(row, width, indent)
        rows += full
        if columns(row) + columns(piece) > width:
            rows.append(row)
            row = indent + piece.lstrip()
        else:
            row += piece
    return [*rows, *_wide_cut(row, width, indent)]


def _wide_cut(row: str, width: int, indent: str) -> list[str]:
    """``row`` as it is, or, wider than ``width`` columns and holding letters two columns wide, cut between letters
    into rows that fit, the further ones after ``indent`` (an unspaced Japanese query in a header, or show's title,
    had been one row past the edge: a Chinese or Japanese run has no space to break at)."""
    rows = []
    while columns(row) > width:
        past = _cut_at(row, 0, len(row), width)  # the first character past the edge
        # before a wide letter, so a closing quote or stop stays with the letter it follows
        cut = next((at for at in range(past, len(indent), -1) if _wide(row[at])), 0)
        if not cut or not row[:cut].strip():
            break
        rows.append(row[:cut].rstrip())
        row = indent + row[cut:].lstrip()
    return [*rows, row]


def paragraph_rows(text: str, width: int | None) -> list[str]:
    """``text``'s lines (an article's paragraphs) as they are, or on a terminal of ``width`` columns each broken
    between words into rows that fit, an empty line kept between paragraphs (``show`` had left a paragraph to the
    terminal, which broke its words at the edge)."""
    if not width or width < MIN_WRAP:
        return text.split("\n")
    return ["".join(piece for piece, _ in row) for line in text.split("\n")
            for row in wrapped_parts([(line, False)], width)]


HANG = 2  # columns a report line's further rows stand in from its first


def word_pieces(text: str, whole: tuple[str, ...] = ()) -> list[str]:
    """``text``'s words as ``rows_between``'s pieces, each but the first with the spaces before it; each of ``whole``
    found in it (a path with a space, ``Clippings 2005/a.txt``) one piece with what is glued to its end."""
    spaced = sorted((re.escape(item) for item in whole if " " in item), key=len, reverse=True)
    found = re.finditer(rf" *(?:(?:{'|'.join(spaced)})[^ ]*|[^ ]+)" if spaced else r" *[^ ]+", text)
    return [match.group() for match in found]


def hanging_rows(line: str, width: int | None, whole: tuple[str, ...] = ()) -> list[str]:
    """A report's line (``  3 added, 0 updated, …``) whole; on a terminal of ``width`` columns broken between words
    (each of ``whole`` kept in one piece), the rows after the first ``HANG`` columns past its indent (``stats`` and
    ``index`` had run past the edge at COLUMNS=40, the terminal breaking paths and words)."""
    text = line.lstrip(" ")
    indent = len(line) - len(text)
    pieces = word_pieces(text, whole)
    if not pieces:
        return [line]
    return rows_between(" " * indent, pieces, width, under=indent + HANG)
