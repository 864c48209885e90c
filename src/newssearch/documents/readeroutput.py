"""Jina Reader's output saved as a text or Markdown file: its header's key lines, each a paragraph of its own
("Title: …", "URL Source: …", "Published Time: …"), then "Markdown Content:" alone on its line over the page's text
as Markdown (read by ``markdown``)."""

from __future__ import annotations

import re

from .fields import Keyed, norm_key
from .textheader import is_key_line, split_header

# Its key lines (a key of no value too, "Title:" of a page without one), then this line.
_READER_CONTENT = re.compile(r"^Markdown Content:[ \t]*$", re.MULTILINE)
_READER_KEY = re.compile(r"^([A-Z][A-Za-z ]{0,24}):(?:[ \t].*)?$")
_READER_SPAN = 4000  # characters: its keys come first, a title and an address of a few hundred at most


def reader_output(text: str) -> tuple[Keyed, str] | None:
    """The record of Jina Reader's header opening ``text`` and the Markdown under it, or None for any other text.

    Its key lines are each a paragraph of their own ("Title: …", "URL Source: …", "Published Time: …"), then
    "Markdown Content:" alone on its line over the page's text; its notes on the fetch ("Warning: …", "Number of
    Pages: 3") and keys of no value go.
    """
    match = _READER_CONTENT.search(text, 0, _READER_SPAN)
    if match is None:
        return None
    head = [line.strip() for line in text[:match.start()].split("\n") if line.strip()]
    keys = [_READER_KEY.match(line) for line in head]
    if not keys or not all(keys) or not any(norm_key(key.group(1)) == "urlsource" for key in keys if key):
        return None
    kept = [line for line in head if is_key_line(line, read=True)]
    found, _rest = split_header("\n".join(kept))
    return found, text[match.end():].strip()
