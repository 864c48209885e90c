"""A text's line breaks written as newlines, whatever wrote them: Windows' CRLF and an old Mac's CR, a page break
(a form feed: ``pdftotext``'s pages, a printout saved as text), a vertical tab (Word's and FileMaker's line break
inside a paragraph) and Unicode's line and paragraph separators; not NEL (U+0085), which a dataset's text decoded as
Latin-1 holds for Windows-1252's ellipsis. A text reader finds its headline, header, byline and date line by its
lines: a page break between a headline and its ``Date:`` line had left the date unread and the header in the text, a
byline under a vertical tab its author unread."""

from __future__ import annotations

import re

# A page break beside a line's break is no line of its own: a line holding only one is a blank line, the page's
# last line or next line is as it was; one inside a line breaks it.
_PAGE_BREAK = re.compile(r"(?<=\n)\f+|\f+(?=\n)")
_LINE_BREAKS = str.maketrans({"\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n\n"})


def plain_lines(text: str) -> str:
    """``text`` with each line break a newline (see the module): the same string when it has none but ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # four tests with ``in`` (C's substring search), no loop: plain_text reads each field of a million records
    if not ("\f" in text or "\v" in text or "\u2028" in text or "\u2029" in text):
        return text
    return _PAGE_BREAK.sub("", text).translate(_LINE_BREAKS)
