"""A NUL character in a text (a tool's C strings joined, a block of a disk zeroed): a break between the words on either
side of it, never a join ("council\\x00voted" is "council voted"). Beside white space, or at a line's end, it is
nothing, so a table's cells and a text's line ends stay as they were. A page's NUL is not read so: a browser drops it
from a page's text, and so does the HTML reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# A run of NULs between two characters that are neither white space nor NUL: one space.
_BETWEEN_WORDS = re.compile(r"(?<=[^\s\x00])\x00+(?=[^\s\x00])")


def spaced_nuls(text: str) -> str:
    """``text`` with each run of NULs between two characters that are no white space a space, and any other gone."""
    if "\x00" not in text:  # the common case, told at C speed
        return text
    return _BETWEEN_WORDS.sub(" ", text).replace("\x00", "")


def spaced_nul_pieces(texts: Iterable[str]) -> Iterator[str]:
    """``spaced_nuls`` of the text ``texts`` make one after another (a stream's chunks), a piece at a time: a run of
    NULs that ends a piece waits for the character after it, whichever piece holds it."""
    before = ""  # the last character given out: what a run of NULs opening the next piece follows
    waiting = ""  # a run of NULs that ended the last piece
    for text in texts:
        if not waiting and "\x00" not in text:
            before = text[-1:] or before
            yield text
            continue
        whole = before + waiting + text
        told = len(whole.rstrip("\x00"))  # up to the last character that is no NUL: every run before it is told
        if told == 0:  # NULs alone, nothing before them: nothing
            waiting = ""
            continue
        yield spaced_nuls(whole[:told])[len(before):]  # ``before`` is no NUL: unchanged, given out already
        before, waiting = whole[told - 1], whole[told:]
