"""A web page's labels in a text copied from a browser: "Skip to main content", "Share this article",
"Advertisement", a cookie notice, "Related articles" and the headlines listed under it.

Only a text that holds many such lines, for its length, is a copy of a page, and only lines that are wholly a label
go (the HTML reader's lists of share, advert, cookie and related labels, and a site's navigation): a short line of a
few words that is no sentence, and is no part of one (a poem's "Home" / "is where the boats come in"), or a site's
own cookie notice, short and opening with its words (a sentence quoting or reporting one is the story's). A byline, a
date line and a wire's name, which the HTML reader's list also holds, stay to be read.
"""

from __future__ import annotations

import re

from ..startup import lazy_compile
from .boilerlines import BOILER_LINE, COOKIE_NOTICE, PAGE_LINE, REPORTED
from .titles import ends_sentence

# A site's navigation and its cookie banner's buttons, alone on a line.
_NAVIGATION = re.compile(
    r"^(?:skip to (?:main )?(?:content|navigation)|skip navigation|jump to (?:main )?(?:content|navigation)|menu|"
    r"search|home|log ?in|sign ?in|log ?out|register|my account|close|accept(?: all)?(?: cookies)?|"
    r"(?:reject|decline)(?: all)?(?: cookies)?|manage (?:cookies|preferences)|cookie (?:settings|preferences))$",
    re.IGNORECASE)
# What the HTML reader's label list holds that a text reads as its metadata or its caption: "By Jane Doe",
# "Published 12 March 2024", "Reuters", "Photo: …".
_READ_AS_METADATA = re.compile(r"^(?:by|published|updated|last updated|posted|first published|reuters|"
                               r"(?:photo|image|picture)s?:)\b", re.IGNORECASE)
# A label over a list of other stories: "Related articles", "More from NZ Herald", "Read next".
_LIST_LABEL = lazy_compile(r"^(?:related(?: articles| stories| content| coverage| news)?|more (?:stories|news)|"
                           r"(?:read|watch|up) next|you (?:may|might) also like|most read|trending|top stories)\W*$",
                           re.IGNORECASE)
# Any of those four, one match a line: the line's short, few-word, no-sentence tests pass on most lines of a story.
_LABEL = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in (_NAVIGATION, BOILER_LINE, PAGE_LINE, _LIST_LABEL)),
                    re.IGNORECASE)
# A word every cookie notice holds: a text without it anywhere has no line to test for one.
_COOKIE_WORD = re.compile("cookie", re.IGNORECASE)
# A line a sentence goes on from (a comma, a dash, a joining word at its end) or goes on in (a small letter at its
# start): no label stands next to it.
_GOES_ON = re.compile(r"(?:[,;:–—-]|\b(?:and|or|but|of|the|a|an|to|with|for|in|on|at|by|from))$", re.IGNORECASE)
# A cookie notice reported in the story (``REPORTED``: "…, the ruling said"); one quoted opens with its quote, not its
# words, and a site's own may quote its button ('By clicking "Accept all cookies", you agree…').
MIN_PAGE_LINES = 3   # labels in a text before it is taken for a copy of a page ...
PAGE_SHARE = 0.1     # ... and at least this share of its lines (three in a long story are the story's own)
_LABEL_CHARS = 80    # a label is short ...
_LABEL_WORDS = 8     # ... of a few words, and no sentence
_COOKIE_CHARS = 300  # a cookie notice is a sentence or two
_LISTED_WORDS = 14   # a headline listed under "Related articles": a few words, no sentence


def without_page_lines(text: str) -> str:
    """``text`` without a web page's label lines, when it holds ``MIN_PAGE_LINES`` of them or more (see the
    module); else as it is."""
    lines = text.split("\n")
    labels = _label_lines(lines, cookies=_may_hold_cookies(text))
    if len(labels) < MIN_PAGE_LINES or len(labels) < PAGE_SHARE * sum(1 for line in lines if line.strip()):
        return text
    kept: list[str] = []
    listing = False  # under "Related articles", its headlines go up to the first line that is not one
    for number, line in enumerate(lines):
        stripped = line.strip()
        if number in labels:
            listing = bool(_LIST_LABEL.match(stripped))
            continue
        if listing and _listed_headline(stripped):
            continue
        listing = False
        kept.append(line)
    return re.sub(r"\n[ \t]*(?:\n[ \t]*)+\n", "\n\n", "\n".join(kept)).strip()  # no gap where labels were


def _label_lines(lines: list[str], cookies: bool = True) -> set[int]:
    """The numbers of the lines that are wholly a page's label, and no part of a sentence of the lines around them;
    ``cookies``: whether the text may hold a cookie notice (``_COOKIE_WORD``)."""
    stripped = [line.strip() for line in lines]
    last = len(stripped) - 1
    # the cheap tests first: no blank line is a label, and in wrapped prose most lines run on into a line that starts
    # in lower case
    return {number for number, line in enumerate(stripped)
            if line and not (number < last and stripped[number + 1][:1].islower()) and _page_label(line, cookies)
            and not (number and _GOES_ON.search(stripped[number - 1]))}


def _page_label(line: str, cookies: bool = True) -> bool:
    """Whether a line is wholly a page's label: navigation, share, advert, related (a short line, no sentence), or
    a cookie notice (only looked for when the text has ``cookies``)."""
    if cookies and _cookie_notice(line):  # "By continuing to browse…" is no byline
        return True
    # string tests before the regexes: most lines are too long, or hold too many words, or end a sentence
    return (bool(line) and len(line) <= _LABEL_CHARS and not ends_sentence(line) and len(line.split()) <= _LABEL_WORDS
            and _LABEL.match(line) is not None and not _READ_AS_METADATA.match(line))


def _may_hold_cookies(text: str) -> bool:
    """Whether ``text`` holds ``_COOKIE_WORD``: an ASCII text lowered and searched for it (the regex, searched
    ignoring case, costs ten times as much), another by the regex, which matches letters ``str.lower`` does not."""
    return "cookie" in text.lower() if text.isascii() else _COOKIE_WORD.search(text) is not None


def _cookie_notice(line: str) -> bool:
    """Whether a line is a site's own cookie notice: short, opening with its words ("We use cookies…", "By
    continuing to browse…"), neither quoted nor reported ("Many banners said…")."""
    return len(line) <= _COOKIE_CHARS and bool(COOKIE_NOTICE.match(line)) and not REPORTED.search(line)


def _listed_headline(line: str) -> bool:
    """Whether a line under a list's label may be a headline of the list: a few words, not a sentence."""
    return bool(line) and len(line.split()) <= _LISTED_WORDS and not ends_sentence(line)
