"""A copyright notice closing a plain text ("© 2024 Coast Media. All rights reserved.", "Copyright 2024 RNZ", "©
Guardian News & Media Limited"), on lines of its own or closing the last paragraph after its last sentence ("… the
mayor said. © 2024 Coast Media."): left out of the text, as the HTML and feed readers leave one out, by the same
tests of what a notice is (``copyrightnotices``); with the pictures' credits closing it (``textpicturecredits``), in
any order. Its holder is the publisher of a text that names none otherwise (``notice_publisher``: "Coast Media"),
never a person's name ("© 2024 Jane Doe", the writer's own notice), and no author.

Narrow on purpose: a sentence quoting a mark and a year ("The label reads “© 2024 Estate of Frida Kahlo”, and …"),
a notice a hard-wrapped sentence above runs on into, one within the text and a text that is a notice alone stay.
"""

from __future__ import annotations

import re

from .copyrightnotices import is_notice, may_hold, notice_holder, opens_notice, without_notice_tail
from .personcheck import is_person
from .publishers import is_publisher, known_names, stated_publisher
from .textpicturecredits import stands_alone, without_closing_credits, written_end

_NOTICE_CHARS = 300  # a notice is short: as boilerlines.MAX_PROMOTION
_NOTICE_LINES = 6  # ... a few hard-wrapped lines at most ("… All rights reserved." / "This material may not be …")
_ROUNDS = 4  # a notice, a credit, a notice again: what closes a text
_TAIL_CHARS = 400  # of the text's end, looked at for a notice: more than a notice's lines or its tail after a sentence


# Words of a company's or a paper's name, no person's: a holder of a name's form holding one is no one's name.
_COMPANY_WORDS = frozenset("""
corp corporation company co publishing publications publishers group holdings limited ltd plc pty inc llc times
herald post gazette tribune journal network broadcasting radio television tv newspapers newspaper magazine weekly daily
communications enterprises partners studio studios trust council chronicle courier express observer telegraph review
""".split())


# A picture library's or its words, whose notice under a caption names no publisher of the text: "© Getty Images",
# "© 2024 AAP Image", "Copyright Shutterstock".
_PICTURE_HOLDER = re.compile(r"\b(?:images?|photos?|photography|pictures?|getty|shutterstock|alamy|istock|imago|unsplash"
                             r"|dreamstime|depositphotos|picture alliance)\b", re.IGNORECASE)


def without_closing_matter(text: str) -> str:
    """``text`` without the copyright notices and the pictures' credits closing it, in any order (see the module)."""
    return closing_matter(text)[0]


def closing_matter(text: str) -> tuple[str, str | None]:
    """``text`` without the copyright notices and the pictures' credits closing it (``without_closing_matter``), and
    the holder the last of those notices to name one names, as written ("Coast Media"), else None: a few rounds at
    most, each a copy of the text (not one a line of a text closing in very many notices)."""
    holder = None
    for _round in range(_ROUNDS):
        noticed = without_closing_notice(text)  # the text before the notice: what follows it is the notice
        holder = holder or (notice_holder(text[len(noticed):]) if noticed != text else None)
        cut = without_closing_credits(noticed)
        if cut == text:
            break
        text = cut
    return text, holder


def notice_publisher(holder: str | None, url: str | None) -> str | None:
    """The publisher a closing notice's ``holder`` names (by its one name: "Radio New Zealand" is RNZ), for a text
    that names none otherwise; None for a person's name ("Jane Doe", "JANE DOE": no company's or paper's word, no
    publisher newssearch knows), or when the text's address ``url`` is a publisher's newssearch knows, which names it
    (an unknown host names none better than the notice), or a picture library's ("© Getty Images")."""
    if holder is None or known_names(None, url) or _PICTURE_HOLDER.search(holder):
        return None
    words = {word.strip(".,").casefold() for word in holder.split()}
    if is_person(holder) and not is_publisher(holder) and not words & _COMPANY_WORDS:
        return None
    return stated_publisher(holder, url)


def without_closing_notice(text: str) -> str:
    """``text`` without a copyright notice closing it (see the module); as it was when none does, or when the notice
    is all it holds."""
    end = written_end(text, len(text))
    if not may_hold(text[max(0, end - _TAIL_CHARS):end]):
        return text  # no mark nor a notice's words where one would stand: most texts
    if end <= _NOTICE_CHARS and _notice(text[:end], True):
        return text  # a notice alone: the text's, not cut to a part of it
    start = text.rfind("\n", 0, end) + 1
    for lines in range(_NOTICE_LINES):  # the last line, then it and the line above it, …
        if end - start > _NOTICE_CHARS or _blank(text, start, end):
            break  # too long for a notice, or a blank line: the last paragraph's top passed
        if start > 0 and _notice(text[start:end], lines == 0 or _blank_above(text, start)) and stands_alone(text, start):
            return text[:start].rstrip()
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return _without_tail(text, end)


def _blank(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start``, before ``end``, is blank."""
    line_end = text.find("\n", start, end)
    return not text[start:line_end if line_end >= 0 else end].strip()


def _blank_above(text: str, start: int) -> bool:
    """Whether the line above the one at ``start`` is blank: that one opens a paragraph (its last characters looked
    at, not a long line's whole)."""
    return not text[max(text.rfind("\n", 0, start - 1) + 1, start - 1 - _NOTICE_CHARS):start - 1].strip()


def _notice(lines: str, whole: bool) -> bool:
    """Whether ``lines``, their white space single spaces, are a copyright notice; ``whole``, a line or a paragraph
    of its own, one opening as a notice too ("© Coast Media": ``opens_notice``)."""
    said = " ".join(lines.split())
    return is_notice(said) or (whole and opens_notice(said))


def _without_tail(text: str, end: int) -> str:
    """``text`` up to ``end`` without a notice closing its last line after a sentence ("… the mayor said. © 2024 Coast
    Media."); as it was when none does."""
    start = max(text.rfind("\n", 0, end) + 1, end - _TAIL_CHARS)
    piece = text[start:end]
    cut = without_notice_tail(piece)
    return text[:start + len(cut)] if cut != piece else text
