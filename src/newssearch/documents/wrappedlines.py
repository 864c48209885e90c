"""Hard-wrapped paragraphs put back on one line each: a text written wrapped at one width (a mail body at 72
columns, a story saved from a terminal editor, a Markdown paragraph's soft breaks) breaks its paragraphs' lines only
because a line was full. A line is joined to the next when the text is wrapped (most of its lines of at least
``MIN_WIDTH`` characters that another line follows are full at one width, of at most ``MAX_WIDTH``, and few of them
end a sentence) and this line is full (the next line's first word would not have fitted on it, as ``pdfparagraphs``
tells a PDF's breaks). Every other break was the writer's and is kept: a poem's or an address's short lines, a
sign-off, a list item ("- item", "1. item", "* item") starting the next line, a table's row (cells between runs of
spaces, tabs or ``|``), a paragraph's indented first line, an indented code line, a quoted line ("> …"), and a line
of a script written without spaces (joining would put a space inside its sentence). A word broken at a hyphen
("well-" / "known") is joined without the space, its hyphen kept: well-known; but a hyphen left hanging before a
conjunction ("pre-" / "and post-war", "middle-" / "to long-term") keeps the space: pre- and post-war. A full line that
ends a sentence is a paragraph's last when the next starts with a capital and the line is ``PARAGRAPH_SLACK``
characters or more short of the width: wrapping would have filled it unless the next word was long, and a
paragraph's end (a press release's paragraphs a single newline apart) is as long as its words happen to make it.
"""

from __future__ import annotations

import re

from ..scriptlanguages import has_script_letters
from ..unspaced import has_unspaced
from .pdfparagraphs import SOFT_HYPHEN
from .titles import ends_sentence, line_ends_sentence

MIN_WIDTH = 50     # characters: a shorter line is a poem's or a list's, no wrapped prose's (and tells no width)
MAX_WIDTH = 160    # characters: lines longer than this are paragraphs a line, each ending where its text does
FULL_SHARE = 0.6   # of the long lines followed by another line, this share full at the width: the text is wrapped
SENTENCE_SHARE = 0.5  # ... and fewer than this share end a sentence (a wrapped line ends where a word does)
MIN_BREAKS = 2     # long lines followed by another line: fewer tell no width
WIDTH_SHARE = 0.9  # the width is the length this share of those lines run to at most (a long address may stick out)
PARAGRAPH_SLACK = 6  # columns short of the width: a line ending a sentence there, a capital next, ends its paragraph
_HYPHENS = ("-", SOFT_HYPHEN, "\u2010", "\u2011")  # after a letter ending a line, as the PDF reader reads them
# A hyphen ending a line before one of these words alone is a suspended one ("short-" / "or long-term"); the
# second set are words a compound may end with too ("lean-" / "to"), so only before a hyphenated word ("middle- to
# long-term").
_SUSPENDING = frozenset({"and", "or", "nor", "und", "oder", "sowie", "bzw.", "bis", "et", "ou", "en", "och", "og",
                         "eller", "tai", "versus", "vs.", "&"})
_SUSPENDING_BEFORE_HYPHEN = frozenset({"to", "of", "e", "o", "y", "u", "i", "a", "ja"})
_OPENING_QUOTES = "\"'‘“«„("  # before a paragraph's first capital
_ITEM = re.compile(r"^[ \t]*(?:[-*+•–—]|\d{1,3}[.)]|\(\d{1,3}\))[ \t]+")  # a year opening a line is no item
# A hyphen ending a line (white space may follow it): where a word broken at it is joined whole
_HYPHEN_ENDING = re.compile("[" + "".join(map(re.escape, _HYPHENS)) + r"][^\S\n]*\n")


def unwrapped(text: str) -> str:
    """``text`` with each hard-wrapped paragraph's lines joined by a space (see the module); as it is when its lines
    were not wrapped."""
    lines = text.split("\n")
    if len(lines) <= MIN_BREAKS or max(map(len, lines)) < MIN_WIDTH:
        return text  # too few lines, or none long enough, to tell a width
    prose = _prose_lines(lines)  # once for both: a wire corpus has a million lines
    width = wrap_width(lines, prose)
    return text if width is None else "\n".join(joined(lines, width, prose=prose))


def language_text(text: str, stored: str) -> str:
    """The text to tell ``text``'s language by: ``stored``, its lines joined (``unwrapped``), when that is told alike
    for certain, since the text stored is told again from ``functionwords``' cache (``normalise``); else ``text``.
    Alike: the same words (no line ends in a hyphen, where a broken word is joined whole; joining puts one space where
    a line break and the white space around it were), and no letter of a script in ``stored``'s opening
    (``has_script_letters``), whose characters ``text``'s opening holds no more of."""
    if stored is text:
        return text
    return text if _HYPHEN_ENDING.search(text) or has_script_letters(stored) else stored


def joined(lines: list[str], width: int, hard_break: re.Pattern[str] | None = None,
           prose: list[bool] | None = None) -> list[str]:
    """``lines`` (wrapped at ``width``) with each line joined to the one before it where both are prose, that one is
    full and it starts no list item; a line that ``hard_break`` finds in breaks anyway (Markdown's two spaces ending
    a line); ``prose``: ``_prose_lines(lines)``, when known."""
    prose = prose or _prose_lines(lines)
    indented = _indents_paragraphs(lines, prose)
    kept = lines[:1]
    for n in range(1, len(lines)):
        line, after = lines[n - 1], lines[n]
        if (prose[n - 1] and prose[n] and _goes_on(line, after, width, indented)
                and not (hard_break and hard_break.search(line))):
            kept[-1] = _joined_pair(kept[-1], after)
        else:
            kept.append(after)
    return kept


def _joined_pair(line: str, after: str) -> str:
    """``line`` and the line ``after`` it on one line: a word broken at a hyphen ending ``line`` ("well-" / "known")
    joined again without the space, its hyphen kept (plain text cannot tell a line-break hyphen from a compound's, and
    "well-known" is the safe reading), as the PDF reader joins a compound ("Anglo-" / "French"), unless a conjunction
    follows the hyphen (``suspended_hyphen``); a soft hyphen, a break point only, goes. String tests: ``line`` is the
    paragraph so far, which a regex would scan whole."""
    line, after = line.rstrip(), after.strip()
    if line[-1:] in _HYPHENS and line[-2:-1].isalpha() and after[:1].isalpha():
        if line[-1] == SOFT_HYPHEN:
            return line[:-1] + after
        if not suspended_hyphen(after):
            return line + after
    return f"{line} {after}"


def suspended_hyphen(after: str) -> bool:
    """Whether the hyphen ending the line before ``after`` is left hanging for a word to come ("pre-" over "and
    post-war", "middle-" over "to long-term", "Ein-" over "und Ausfuhr"), not a compound's broken at it: the hyphen
    stays and a space follows it. A text's wrapped lines and a PDF's lines share it."""
    words = after.split(None, 2)
    first = words[0].lower()
    return first in _SUSPENDING or (first in _SUSPENDING_BEFORE_HYPHEN and len(words) > 1
                                    and any(hyphen in words[1] for hyphen in _HYPHENS))


def wrap_width(lines: list[str], prose: list[bool] | None = None) -> int | None:
    """The width ``lines`` were wrapped at, or None when they were not wrapped (see the module); ``prose``:
    ``_prose_lines(lines)``, when known."""
    prose = prose or _prose_lines(lines)
    # each break as its line's text, without the white space ending it, and the line after it
    breaks = [(text, lines[n]) for n in range(1, len(lines))  # a short line tells no width
              if prose[n - 1] and prose[n] and len(text := lines[n - 1].rstrip()) >= MIN_WIDTH
              and not _ITEM.match(lines[n])]
    if len(breaks) < MIN_BREAKS:
        return None
    lengths = sorted(len(text) for text, _after in breaks)
    width = lengths[min(len(lengths) - 1, int(len(lengths) * WIDTH_SHARE))]
    if width > MAX_WIDTH:
        return None
    full = sum(1 for text, after in breaks if _full(text, after, width))
    ends = sum(1 for text, _after in breaks if ends_sentence(text))  # a sentence a line, not wrapped
    return width if full >= FULL_SHARE * len(breaks) and ends < SENTENCE_SHARE * len(breaks) else None


def _goes_on(line: str, after: str, width: int, indented: bool = False) -> bool:
    """Whether ``after`` goes on ``line``'s paragraph (both prose) in a text wrapped at ``width``: ``line`` is full and
    ``after`` starts no list item, nor is it indented past where ``line``'s text starts (a paragraph's indented first
    line; a list item's next line stands under its text), nor, unless the text ``indented`` its paragraphs' first
    lines (a wire story: a flush line goes on one), does ``line`` end its paragraph (``_ends_paragraph``)."""
    if _ITEM.match(after):
        return False
    indent = len(after) - len(after.lstrip())
    if indent:  # a flush line stands under any line's start: ``line`` is matched as an item only for an indented one
        item = _ITEM.match(line)
        if indent > (item.end() if item else len(line) - len(line.lstrip())):
            return False
    return _full(line, after, width) and (indented or not _ends_paragraph(line, after, width))


def _indents_paragraphs(lines: list[str], prose: list[bool]) -> bool:
    """Whether the text starts its paragraphs indented: a line of prose set in that a flush prose line follows (one
    that ``_prose_lines`` took for code, after another paragraph of one indented line, too)."""
    return any(prose[n + 1] and lines[n][:1] in " \t" and lines[n + 1][:1] not in " \t" and _prose(lines[n].lstrip())
               for n in range(len(lines) - 1))


def _ends_paragraph(line: str, after: str, width: int) -> bool:
    """Whether ``line``, full at ``width``, still ends its paragraph: it ends a sentence ``PARAGRAPH_SLACK`` or more
    short of the width and ``after`` starts with a capital (a new paragraph a single newline below; a wrapped line
    that ends a sentence there would have left room only for a long word, so the break is kept when unsure)."""
    text = line.rstrip()
    if len(text) + PARAGRAPH_SLACK > width or not line_ends_sentence(text, after):
        return False
    first = after.lstrip().lstrip(_OPENING_QUOTES)
    return first[:1].isupper() or first[:1].isdigit()


def _full(line: str, after: str, width: int) -> bool:
    """Whether ``after``'s first word would not have fitted on ``line`` at ``width``: the break was the wrapping's."""
    return len(line.rstrip()) + 1 + len(after.split(None, 1)[0]) > width


def _prose_lines(lines: list[str]) -> list[bool]:
    """Whether each of ``lines`` may be a wrapped paragraph's (``_prose``), a paragraph's first line indented as code
    is (a wire story's four spaces) too: one that a flush line of prose follows and no indented line comes before,
    where a code block's lines come indented one after another."""
    prose = [_prose(line) for line in lines]
    for n, line in enumerate(lines[:-1]):
        if (not prose[n] and line.startswith("    ") and prose[n + 1] and not lines[n + 1].startswith(" ")
                and not (n and lines[n - 1].startswith(("    ", "\t"))) and _prose(line.lstrip(" "))):
            prose[n] = True
    return prose


def _prose(line: str) -> bool:
    """Whether ``line`` may be a wrapped paragraph's: it has text and is laid out as no code (indented), table (cells
    apart by runs of spaces, a tab or ``|``) or quote. String tests, not a regex: a 100 MB text has millions of lines."""
    text = line.strip()
    return (bool(text) and not line.startswith(("    ", "\t")) and "  " not in text and "\t" not in text
            and "|" not in text and not text.startswith(">") and not has_unspaced(text))
