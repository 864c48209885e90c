"""A plain text's numeric character references ("Jos&#233;") written out as the characters they stand for."""

from __future__ import annotations

import re

# A numeric character reference left by the tool that saved the text ("Jos&#233; Manuel Barroso" in BBC
# News): José could not be found, and "233" could.
_CHARACTER_REFERENCE = re.compile(r"&#(?:([0-9]{2,7})|[xX]([0-9A-Fa-f]{2,6}));")
# An inverted question mark's reference straight after a letter and before one ("Mr Blair&#191;s government" in BBC
# News) is an apostrophe the saving tool could not write: a Spanish ¿ opens a question, after a space or a mark,
# never inside a word. Written as the straight apostrophe the rest of such a text uses.
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])&#(?:191|[xX]0*[bB][fF]);(?=[^\W\d_])")


def written_out(text: str) -> str:
    """``text`` with its numeric character references as the characters they stand for (``&#233;`` is é), and an
    inverted question mark's between two letters as an apostrophe (``Blair&#191;s`` is Blair's)."""
    if "&#" not in text:
        return text
    return _CHARACTER_REFERENCE.sub(_character, _LOST_APOSTROPHE.sub("'", text))


def _character(match: re.Match[str]) -> str:
    """The character of one reference; one that names no printable character is left as written."""
    code = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or (code < 32 and chr(code) not in "\t\n"):
        return match.group()
    return chr(code)
