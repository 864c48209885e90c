"""Display titles for articles that have no headline of their own."""

from __future__ import annotations

import re

MAX_TITLE = 120
# A sentence ends at . ! ? followed by space and an upper-case letter or a quote; "Mr." and
# initials are not ends.
_SENTENCE = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?](?=[\"'’”]?\s+[\"'‘“A-Z0-9])")


_CREDIT = re.compile(
    r"(?:^|[.\s])(?:photos?|pictures?|images?|file photo|video|credit)\s*[/:|]\s*\S.*$", re.IGNORECASE
)


def is_caption(line: str) -> bool:
    """True for a photo caption or credit line such as ``... Photo / Supplied``."""
    return bool(_CREDIT.search(line))


def strip_caption_lines(body: str) -> list[str]:
    """The non-empty lines of ``body`` that are not photo captions."""
    return [line.strip() for line in body.splitlines() if line.strip() and not is_caption(line)]


def title_from_lede(body: str) -> str:
    """The first sentence of the first real paragraph, trimmed to about MAX_TITLE characters."""
    lines = strip_caption_lines(body)
    if not lines:
        return ""
    first = lines[0]
    match = _SENTENCE.search(first)
    sentence = first[: match.start()] if match else first.rstrip(".")
    return trim_title(sentence.strip().strip("\"'“”‘’").strip())


def trim_title(title: str, limit: int = MAX_TITLE) -> str:
    """Cut a long title at a word boundary and mark the cut with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"
