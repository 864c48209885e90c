"""Metadata lines that open a plain-text article, as people and scrapers save one.

A block of ``Key: value`` lines ("Title: …", "Date: …", "Author: …", "Source: …", "URL: …") read as a
JSON record's keys are; a first line that is only the article's address; and, under the headline, a
byline ("By Rachel Thomas") or a date alone on its line.
"""

from __future__ import annotations

import re

from ..datelines import WIRE_AGENCIES
from .dates import parse_date
from .fields import JSON_FIELDS, Keyed, keyed, norm_key

# The keys a header line may have: a record's metadata keys (not its text), and "By".
_HEADER_KEYS = frozenset(
    name for field in ("title", "date", "authors", "url", "source", "lang", "locale", "modified")
    for name in JSON_FIELDS[field]
) | {"by"}
_HEADER_LINE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z _-]{0,24}?)[ \t]*:[ \t]*(\S.*?)[ \t]*$")
_URL_LINE = re.compile(r"^[ \t]*(https?://\S+)[ \t]*$", re.IGNORECASE)
_BYLINE = re.compile(r"^[ \t]*By:?[ \t]+([A-Z].{1,100}?)[ \t]*$")
_BYLINE_WORDS = 10
# Lower-case words a byline may hold between names: "By Jane Doe and John Roe of The Associated Press".
_BYLINE_JOINERS = frozenset({"and", "of", "the", "for", "in", "at", "&", "de", "da", "van", "von", "der", "le", "la"})
# The agency a wire byline ends with: "By DEREK GATOPOULOS Associated Press", "By Jane Doe, Reuters".
_AGENCY_END = re.compile(
    r"(?:\s*,|\s+of)?\s+(?:the\s+)?(?:" + "|".join(re.escape(name) for name in sorted(
        {*WIRE_AGENCIES, *(v.lower() for v in WIRE_AGENCIES.values())}, key=len, reverse=True)) + r")\s*$",
    re.IGNORECASE)
_DATE_LINE_CHARS = 40  # "Tuesday, 12 March 2024, 5:03 pm": a date alone on its line is short


def split_header(text: str) -> tuple[Keyed, str]:
    """The record of the ``Key: value`` lines opening ``text``, and the text after them.

    Two such lines, or one with a blank line after it, are a header: "Update: the road is open." alone
    above a paragraph is a sentence. A key said twice keeps its first value; "By" is the byline.
    """
    lines = text.split("\n")
    found: dict[str, str] = {}
    count = 0
    for line in lines:
        match = _HEADER_LINE.match(line)
        if not match or norm_key(match.group(1)) not in _HEADER_KEYS:
            break
        key = "byline" if norm_key(match.group(1)) == "by" else match.group(1)
        found.setdefault(key, match.group(2))
        count += 1
    rest = "\n".join(lines[count:])
    if count == 0 or (count == 1 and rest.strip() and not rest.startswith("\n")):
        return {}, text
    return keyed(found), rest.strip()


def split_url_line(text: str) -> tuple[str | None, str]:
    """The address on the first line of ``text`` when that line holds nothing else, and the text after it."""
    first, _sep, rest = text.partition("\n")
    match = _URL_LINE.match(first)
    return (match.group(1), rest.strip()) if match else (None, text)


def split_byline_lines(body: str) -> tuple[str | None, str | None, str]:
    """A byline and a date on lines of their own opening ``body`` (in either order, in one paragraph or two),
    and the body after them: ``By Rachel Thomas`` / ``12 March 2024``."""
    byline = dated = None
    original = body
    while True:
        first, _sep, rest = body.partition("\n")
        line = first.strip()
        if byline is None and (match := _BYLINE.match(line)) and _names_only(match.group(1)):
            byline = _AGENCY_END.sub("", match.group(1)) or match.group(1)
        elif dated is None and len(line) <= _DATE_LINE_CHARS and parse_date(line) is not None:
            dated = line
        else:
            return byline, dated, body
        if not rest.strip():
            return None, None, original  # nothing after them: they are the text, not its byline
        body = rest.lstrip("\n")


def _names_only(byline: str) -> bool:
    """True when ``byline`` reads as names: a few words, each capitalised or a joiner ("By Tuesday the
    council had voted" is a sentence)."""
    words = byline.rstrip(".").split()
    return len(words) <= _BYLINE_WORDS and all(word[0].isupper() or word in _BYLINE_JOINERS for word in words)
