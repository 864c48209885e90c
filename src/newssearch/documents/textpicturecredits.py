"""A picture's credit on a line of its own in a plain text ("Photos © 2024 Jane Doe", "Photo: Jane Doe/RNZ", "Image ©
Reuters", "Pictures: AP", "Photo / Supplied", "Photo by Jane Doe"), closing it or passed over under its headline
(``textheadline``): left out of the text, as the HTML and feed readers leave one out (``copyrightnotices``,
``boilerlines``), and no author (it names who took the pictures).

Narrow on purpose: a credit is a picture's word, a colon, a slash, a bar, a dash, "by" or a copyright mark, and a
holder's name to the line's end (capitalised words, an agency after a slash; "supplied"); a sentence mentioning a
photo ("Photos: the council released them on Tuesday.", "Pictures of the flood were shared widely") or a caption's
words ("Photo: the mayor opens the pool") stay the story's, as does a line a sentence above runs on into, and a text
that is a credit alone.
"""

from __future__ import annotations

import re

from .copyrightnotices import is_picture_credit
from .titles import ENDS_SENTENCE

# A picture's word, maybe a word saying which ("Main image", "File photo"), then what parts it from its holder.
_PICTURE = (r"(?i:(?:(?:main|top|lead|header|cover|feature[d]?|file)[ \t]+)?"
            r"(?:photos?|photographs?|photography|pictures?|images?|illustrations?))")
_PARTING = r"(?:[ \t]*[:/|][ \t]*|[ \t]+[-–—][ \t]+|[ \t]+(?i:by|courtesy(?:[ \t]+of)?)[ \t]+)"
# A holder's word: capitalised or a number ("Jane Doe", "AP", "RNZ/Jane Doe"), or a credit's own small word
# ("supplied", "file"); between two, a name's or a credit's small words ("Jane Doe for The Times", "… on Unsplash").
_HOLDER_WORD = r"(?:[A-Z0-9][\w'’&.-]*|(?i:supplied|file|handout))"
_JOINER = r"(?:[ \t]*[/|,;&][ \t]*|[ \t]+(?:(?:of|and|the|for|via|on|de|van|von|da|di|du|la|le)[ \t]+)*)"
_CREDIT_LINE = re.compile(rf"[ \t]*{_PICTURE}{_PARTING}{_HOLDER_WORD}(?:{_JOINER}{_HOLDER_WORD})*[ \t.]*")
_CREDIT_CHARS = 120  # a credit is short
_PIECE = 4096  # characters of a text's end looked at a time


def picture_credit_line(line: str) -> bool:
    """Whether ``line`` is a picture's credit and nothing more (see the module)."""
    return len(line) <= _CREDIT_CHARS and (_CREDIT_LINE.fullmatch(line) is not None or is_picture_credit(line))


def without_closing_credits(text: str) -> str:
    """``text`` without the pictures' credits on lines of their own closing it (see the module); as it was when none
    closes it, or when they are all it holds."""
    written = end = written_end(text, len(text))
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if end - start > _CREDIT_CHARS or not picture_credit_line(text[start:end]) or not stands_alone(text, start):
            break
        end = written_end(text, start)
    return text[:end] if 0 < end < written else text


def written_end(text: str, end: int) -> int:
    """Where ``text`` up to ``end`` ends without its white space: looked for a piece at a time from ``end`` (neither a
    copy of a long text nor a step of Python's a space of a long run of them)."""
    while end > 0:
        piece = text[max(0, end - _PIECE):end]
        kept = piece.rstrip()
        if kept:
            return end - len(piece) + len(kept)
        end -= len(piece)
    return 0


def stands_alone(text: str, start: int) -> bool:
    """Whether the line at ``start`` stands apart from the text above it: it is the first, or a blank line is between,
    or a sentence's end or another credit closes the line above (not a hard-wrapped sentence running on into it)."""
    if start == 0:
        return True
    above = max(text.rfind("\n", 0, start - 1) + 1, start - 1 - _PIECE)  # a long line's end is enough
    previous = text[above:start - 1].strip()
    return not previous or ENDS_SENTENCE.search(previous) is not None or picture_credit_line(previous)
