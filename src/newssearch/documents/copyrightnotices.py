"""A copyright notice among a story's paragraphs (a page's, a feed item's): a paragraph that is one ("© 2024 Coast
Media. All rights reserved.", "Text and photos © 2024 Coast Media"), or one closing a paragraph after its story's last
sentence ("… the ferry fleet. © 2024 AP."), cut off it. A story's sentence quoting a mark and a year is neither ("The
label reads “© 2024 Estate of Frida Kahlo”, and visitors queued"): its words go on after the holder's name in small
letters, or the mark stands in quotes; a mark and a year anywhere in a paragraph had dropped it whole.

A picture's credit ("Photos © 2024 Jane Doe", "Photo © Jane Doe/AFP") is no notice of the text: it names who took
the pictures. Alone or closing a paragraph it is left out of the text as a picture's credit line is ("Photo: Jane
Doe"), only the credit cut; its holder is no author (``htmlauthors``), and words going on after it in small letters
make it a sentence ("Photos © 2024 Jane Doe were shown at the council").

A short paragraph opening with the mark or "Copyright" and a year (``NOTICE_OPENING``) is read by
``boilerlines.PROMOTION_TEXT``.
"""

from __future__ import annotations

import re

from ..startup import lazy_compile

# The mark or the word, maybe both, and a year or a span of years: "©2019", "(c) 2024", "Copyright © 2019-2021".
_MARK_YEAR = r"(?:©|\([cC]\)|(?i:copyright)\b)[ \t]*(?:©|\([cC]\))?[ \t]*(?:19|20)\d\d\b(?:[ \t]*[-–][ \t]*\d{2,4}\b)?"
# A holder's name after it: words opening with a capital or a digit ("Coast Publishing Corp.", "AFP / Getty Images"),
# and the small words inside a name ("Estate of Frida Kahlo", "Smith and Sons").
_HOLDER = r"(?:[ \t,/|&]+(?:[A-Z0-9][\w'’&.-]*|of|and|the|for|by|de|und))*"
# The holder's owner after it: ", a subsidiary of News Communications, Inc.", ", a division of …", ", part of …".
_OWNER = rf"(?:,[ \t]+(?:an?|part)[ \t]+(?:[a-z]+[ \t]+){{0,2}}of(?=[ \t]+[A-Z]){_HOLDER})?"
_RESERVED = r"(?i:all rights reserved)\b"
# What may follow the holder to the paragraph's end: a full stop, then "All rights reserved." and what a notice goes
# on to say after it ("This material may not be published, …").
_NOTICE_END = rf"[ \t,.]*(?:\s+{_RESERVED}[\s\S]*)?\s*$"
# The holder before the year: "© Coast Media 2024".
_MARK_HOLDER_YEAR = rf"(?:©|\([cC]\)|(?i:copyright)\b)[ \t]*(?:[A-Z][\w'’&.-]*{_HOLDER})[ \t,]+(?:19|20)\d\d\b"
_NOTICE = lazy_compile(rf"(?:{_MARK_YEAR}{_HOLDER}{_OWNER}|{_MARK_HOLDER_YEAR}|{_RESERVED}){_NOTICE_END}")
_BEFORE_WORDS = 8  # words before a notice's mark in a paragraph that is one: "The contents of this site are"
_QUOTES = "\"“‘'«„"
# A picture's word and the mark after it (maybe a colon between): "Photos ©", "Photo: (c)", "Bilder ©".
_PICTURE_MARK = (r"(?i:photos?|photographs?|photography|pictures?|images?|fotos?|bild(?:er)?|illustrations?)"
                 r"[ \t]*:?[ \t]*(?:©|\([cC]\)|(?i:copyright)\b)")
_PICTURE_START = re.compile(rf"\s*{_PICTURE_MARK}")
# The credit whole: its mark, maybe a year, the photographer's name (an agency after a slash), maybe a year after it.
_YEAR = r"(?:19|20)\d\d\b"
_PICTURE_CREDIT = re.compile(rf"\s*{_PICTURE_MARK}[ \t]*(?:{_YEAR}[ \t,]*)?[A-Z][\w'’&.-]*{_HOLDER}"
                             rf"(?:[ \t,]+{_YEAR})?[ \t.]*")
# A notice after a sentence's end, to the paragraph's end: "… fleet. © 2024 AP. All rights reserved."
_AFTER_SENTENCE = re.compile(r"(?<=[.!?…\"”’])\s+(?=(?:©|\([cC]\)|(?i:copyright|all rights reserved)\b|"
                             rf"{_PICTURE_MARK}))")
_TAIL_CHARS = 200  # a longer tail is more than a notice
# A picture credit's label before its colon: a picture's word ("Photo:", "Bilder:"), maybe with "credit" ("Photo
# credit:", "Image Credits:"), or the German word for the credits ("Bildnachweis:", "Fotoquelle:").
PICTURE_LABEL = r"(?i:(?:photo|image|picture|foto|bild(?:er)?)s?(?: ?credits?)?|(?:bild|foto)(?:nachweis|quelle)(?:e|en)?)"
# A labelled credit closing a paragraph after a sentence's end: the label, then the holder's capitalised words or an
# agency's web address ("Jane Doe/Reuters", "bildagentur.de"), a name's small words between them.
_CREDIT_WORD = r"(?:[A-ZÀ-ÖØ-Þ0-9][\w'’&.-]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
_CREDIT_JOINER = r"(?:[ \t]*[/|,;&][ \t]*|[ \t]+(?:(?:of|and|the|for|via|on|de|van|von|und)[ \t]+)*)"
_CREDIT_TAIL = re.compile(rf"(?<=[.!?…\"”’])\s*(?=[A-Z]){PICTURE_LABEL}[ \t]?:[ \t]*{_CREDIT_WORD}"
                          rf"(?:{_CREDIT_JOINER}{_CREDIT_WORD})*[ \t.]*$")
_CREDIT_TAIL_CHARS = 120  # a longer tail is more than a credit
# A copyright notice's year goes on with its holder, a mark or another year ("Copyright 2021 Coast Media",
# "Copyright 2019-2021"); a lower-case word after it makes a sentence ("Copyright 1990 was the year the law changed.").
_NOTICE_YEAR = r"\d{4}(?!\s+(?!by\b|the\b)(?-i:[a-z]))"
# A short paragraph opening as a notice ("© Guardian News & Media Limited", "Copyright 2021 …"), in any letter case:
# one of ``boilerlines.PROMOTION_TEXT``'s, ``opens_notice``'s.
NOTICE_OPENING = rf"^(?:©|copyright\s*(?:©|\(c\)|{_NOTICE_YEAR}))"
_OPENING = re.compile(NOTICE_OPENING, re.IGNORECASE)


def is_notice(paragraph: str) -> bool:
    """Whether ``paragraph`` is a copyright notice: a mark (or "Copyright") and a year, a holder's name and maybe
    "All rights reserved." to its end, after a few words or none ("The contents of this site are ©2019 Coast
    Publishing Corp."), or "All rights reserved" as its first sentence; not a sentence quoting a mark."""
    if not may_hold(paragraph) or is_picture_credit(paragraph):
        return False
    for found in _NOTICE.finditer(paragraph):
        before = paragraph[:found.start()]
        if not before.rstrip().endswith(tuple(_QUOTES)) and len(before.split()) <= _BEFORE_WORDS \
                and not re.search(r"[.!?…]\s", before):
            return True
    return False


# A notice's holder: after the mark or "Copyright", a year or a span of years and "by" (each maybe), a name opening with
# a capital and its words (``_HOLDER``: "Coast Media", "Estate of Frida Kahlo"); "All rights reserved" is cut first.
_HOLDER_AFTER = lazy_compile(rf"(?:©|\([cC]\)|(?i:copyright)\b)[ \t]*(?:©|\([cC]\))?[ \t]*(?:{_YEAR}(?:[ \t]*[-–][ \t]*"
                             rf"\d{{2,4}}\b)?[ \t,]*)?(?:by[ \t]+)?(?P<holder>[^\W\d_][\w'’&.-]*{_HOLDER})")
_HOLDER_STOP = re.compile(r"(?<!\b[A-Z])\.\s")  # a sentence's full stop ends it, not an initial's ("J. Doe")
_HOLDER_YEAR = re.compile(rf"[ \t,]+{_YEAR}$")  # "© Coast Media 2024"


def notice_holder(notice: str) -> str | None:
    """The holder a copyright notice names ("© 2024 Coast Media. All rights reserved.": Coast Media; "Copyright ©
    2019-2024 by Coast Media Ltd.": Coast Media Ltd; "© Coast Media 2024"; "(c) 2024 Coast Media, a division of …":
    Coast Media), as written; None when it names none ("All rights reserved.")."""
    said = re.split(_RESERVED, " ".join(notice.split()), maxsplit=1)[0]
    found = _HOLDER_AFTER.search(said)
    if found is None or not found.group("holder")[0].isupper():
        return None
    holder = _HOLDER_STOP.split(found.group("holder"), maxsplit=1)[0]
    return _HOLDER_YEAR.sub("", holder).strip(" .,;:|/&-") or None


def opens_notice(paragraph: str) -> bool:
    """Whether ``paragraph`` opens as a copyright notice does, the mark, or "Copyright" and a mark or a year going on
    with its holder ("© Coast Media", "Copyright 2021 Coast Media"; not "Copyright 1990 was the year …"), as a short
    paragraph the HTML and feed readers leave out (``boilerlines``)."""
    return _OPENING.match(paragraph) is not None


def is_picture_credit(paragraph: str) -> bool:
    """Whether ``paragraph`` is a picture's credit and nothing more ("Photos © 2024 Jane Doe", "Photo © Jane Doe/AFP",
    "Pictures: © 2024 Jane Doe"): not the text's notice ("Text and photos © 2024 Coast Media" is one), nor a sentence
    going on after the name ("Photos © 2024 Jane Doe were shown …")."""
    return _PICTURE_CREDIT.fullmatch(paragraph) is not None


def opens_picture_credit(text: str) -> bool:
    """Whether ``text`` opens with a picture's word and a copyright mark ("Photos © …"): a credit of the pictures."""
    return _PICTURE_START.match(text) is not None


def without_notice_tail(paragraph: str) -> str:
    """``paragraph`` without a copyright notice or a picture's credit closing it after its last sentence ("… fleet. ©
    2024 AP. All rights reserved.": "… fleet."; "… fleet. Photos © 2024 Jane Doe": "… fleet."), as a feed writes
    one into an item's one paragraph; as it was when none closes it."""
    if not may_hold(paragraph):
        return paragraph
    for end in _AFTER_SENTENCE.finditer(paragraph):
        tail = paragraph[end.end():]
        if len(tail) <= _TAIL_CHARS and (is_picture_credit(tail) or _NOTICE.match(tail)):
            return paragraph[:end.start()]
    return paragraph


def without_credit_tail(paragraph: str) -> str:
    """``paragraph`` without a labelled picture credit closing it after its last sentence, a space after the full stop
    or none ("… fleet.Foto: Jane Doe", "… fleet. Photo credit: Jane Doe/AP": "… fleet."), as a page writes one into
    the paragraph above the picture; as it was when none closes it, or when words in small letters after the label
    make it a sentence ("… fleet. Foto: Das Bild zeigt den Hafen.")."""
    tail_start = max(0, len(paragraph) - _CREDIT_TAIL_CHARS)
    if ":" not in paragraph[tail_start:]:
        return paragraph
    found = _CREDIT_TAIL.search(paragraph, tail_start)
    return paragraph[:found.start()] if found else paragraph


def may_hold(text: str) -> bool:
    """Whether ``text`` holds a notice's mark or words at all: most paragraphs hold none, and are passed at once."""
    if "©" in text:
        return True
    lowered = text.lower()
    return "(c)" in lowered or "copyright" in lowered or "rights reserved" in lowered
