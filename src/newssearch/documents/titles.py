"""Display titles for articles that have no headline of their own."""

from __future__ import annotations

import re

MAX_TITLE = 120     # a title made from the lede
MAX_HEADLINE = 300  # a headline the article gives: longer is a paragraph put in the title's place
# A sentence ends at . ! ? followed by space and an upper-case letter or a quote; "Mr." and
# initials are not ends.
_SENTENCE = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?](?=[\"'’”]?\s+[\"'‘“A-Z0-9])")


# A credit closes a caption line: "... Photo / Supplied", "Picture: Getty Images".
_CREDIT = re.compile(
    r"(?:^|[.\s])(?:photos?|pictures?|images?|file photo|credit)\s*[/:|]\s*[^.!?/:|]{1,60}$", re.IGNORECASE
)
MAX_CAPTION = 400


def is_caption(line: str) -> bool:
    """True for a photo caption or credit line such as ``... Photo / Supplied``."""
    line = line.strip()
    return len(line) <= MAX_CAPTION and bool(_CREDIT.search(line))


def first_text_line(body: str) -> str:
    """The first non-empty line of ``body`` that is not a photo caption ('' if none)."""
    for line in body.splitlines():
        line = line.strip()
        if line and not is_caption(line):
            return line
    return ""


def title_from_lede(body: str) -> str:
    """The first sentence of the first real paragraph, trimmed to about MAX_TITLE characters."""
    first = first_text_line(body)
    if not first:
        return ""
    match = _SENTENCE.search(first)
    sentence = first[: match.start()] if match else first.rstrip(".")
    return trim_title(sentence.strip().strip("\"'“”‘’").strip(), MAX_TITLE)


def trim_title(title: str, limit: int = MAX_HEADLINE) -> str:
    """Cut a long title at a word boundary and mark the cut with an ellipsis.

    A headline of 163 characters is kept whole: cut at 120, its last words could not be found.
    """
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"
