"""A web page's labels in a text copied from a browser: "Skip to main content", "Share this article",
"Advertisement", a cookie notice, "Related articles" and the headlines listed under it.

Only a text that holds several such lines is a copy of a page, and only lines that are wholly a label go (the HTML
reader's lists of share, advert, cookie and related labels, and a site's navigation): a sentence of the story
never does. A byline, a date line and a wire's name, which the HTML reader's list also holds, stay to be read.
"""

from __future__ import annotations

import re

from .htmlclean import BOILER_LINE, PAGE_LINE, is_cookie_notice

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
_LIST_LABEL = re.compile(r"^(?:related(?: articles| stories| content| coverage| news)?|more (?:stories|news)|"
                         r"(?:read|watch|up) next|you (?:may|might) also like|most read|trending|top stories)\W*$",
                         re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)\]]*$")
MIN_PAGE_LINES = 3   # labels in a text before it is taken for a copy of a page
_LABEL_CHARS = 80    # a label is short (a cookie notice, however long, is known by its words)
_LISTED_WORDS = 14   # a headline listed under "Related articles": a few words, no sentence


def without_page_lines(text: str) -> str:
    """``text`` without a web page's label lines, when it holds ``MIN_PAGE_LINES`` of them or more (see the
    module); else as it is."""
    lines = text.split("\n")
    if sum(1 for line in lines if _page_label(line.strip())) < MIN_PAGE_LINES:
        return text
    kept: list[str] = []
    listing = False  # under "Related articles", its headlines go up to the first line that is not one
    for line in lines:
        stripped = line.strip()
        if _page_label(stripped):
            listing = bool(_LIST_LABEL.match(stripped))
            continue
        if listing and _listed_headline(stripped):
            continue
        listing = False
        kept.append(line)
    return "\n".join(kept)


def _page_label(line: str) -> bool:
    """Whether a line is wholly a page's label: navigation, share, advert, related, or a cookie notice."""
    if not line or _READ_AS_METADATA.match(line):
        return False
    if is_cookie_notice(line):
        return True
    return len(line) <= _LABEL_CHARS and bool(_NAVIGATION.match(line) or BOILER_LINE.match(line)
                                              or PAGE_LINE.match(line) or _LIST_LABEL.match(line))


def _listed_headline(line: str) -> bool:
    """Whether a line under a list's label may be a headline of the list: a few words, not a sentence."""
    return bool(line) and len(line.split()) <= _LISTED_WORDS and not _SENTENCE_END.search(line)
