"""A plain-text story's dates read from its first and last lines: a wire dateline's ("DETROIT, Oct. 25, 2023 (AP) —
"), and a saved article's trailer ("Published: 3 March 2024", "First published on Sun 3 Mar 2024 10.00 GMT", "This
article was originally published in The Conversation on 3 March 2024.").

Narrow on purpose, as the date lines above a text are: a trailer is a line of its own that a publishing word labels,
under the story's paragraphs and over nothing longer than a trailer's lines ("© Guardian News & Media Limited",
"Reuse this content"). A bare date, an update's ("Updated: 5 March 2024") and a date in the story's last sentence
date nothing; a dateline without its year ("LONDON, March 3 (Reuters) - ") gives none, as no year the text holds is
one to trust (a copyright line's is as likely a saved page's footer, the year it was saved).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..datelines import dateline_match
from .dates import parse_date
from .htmldatelines import TEXT_PUBLISHING_WORDS, names_an_update
from .textdatelines import DayFirst, line_date, without_first_published

_TAIL = 800  # characters from the end: a trailer, maybe a copyright line and a page's links under it
_TRAILER_LINES = 6  # lines from the end: a published line, an update's, a copyright, "Reuse this content", tags
_TRAILER_CHARS = 120  # a longer line is the story's: a published line above it is none of a trailer
_PUBLISHING = "|".join(sorted(TEXT_PUBLISHING_WORDS, key=len, reverse=True))
# Its outlet between the label and the day: "published in The Conversation on 3 March 2024".
_OUTLET = re.compile(r"^(published|posted)\s+(?:in|by|at)\s+[^\n]{1,80}?\s+(?=on\s)", re.IGNORECASE)
# A line's parts, each a label and its date: "Published: 3 March 2024 | Updated: 5 March 2024", "Updated 5 March
# 2024, first published 3 March 2024".
_PARTS = re.compile(r"\s*[|·•]\s*|,?\s+(?=(?:last\s+)?updated\b|(?:first|originally)\s+(?:published|posted)\b)",
                    re.IGNORECASE)
_LABEL = re.compile(rf"^(?:{_PUBLISHING})\b", re.IGNORECASE)


def dateline_date(text: str) -> date | None:
    """The day a wire dateline at the start of ``text`` gives with its year ("DETROIT, Oct. 25, 2023 (AP) — "), or
    None: a dateline without a year ("NEW YORK, March 3 - ", as Reuters wrote in 1987) gives none."""
    match = dateline_match(text)
    return parse_date(match.group()) if match and re.search(r"\d{4}", match.group()) else None


def closing_date(body: str, day_first: DayFirst = None) -> date | None:
    """The day a publishing line among the last lines of ``body`` gives (see the module), else None. ``day_first``
    tells a slashed date's order when its label's language does not (see ``line_date``)."""
    short = 0
    for line in _lines_up(body[-_TAIL:]):  # most stories end in a long paragraph: one line read
        line = line.strip()
        if not line:
            continue
        short += 1
        if len(line) > _TRAILER_CHARS or short > _TRAILER_LINES:
            return None
        if (day := published_day(line, day_first)) is not None:
            return None if body.lstrip().startswith(line) else day  # a text of its date line alone is its text
    return None


def _lines_up(text: str) -> Iterator[str]:
    """The lines of ``text``, the last first."""
    end = len(text)
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        yield text[start:end]
        end = start - 1


def published_day(line: str, day_first: DayFirst = None) -> date | None:
    """The day a publishing line gives ("Published: 3 March 2024", "First published on …"), its update's aside
    ("Published: 3 March 2024 | Updated: 5 March 2024"); None for a line without a publishing label."""
    folded = line.lower()
    if not any(word in folded for word in TEXT_PUBLISHING_WORDS):  # a line without one is none: not split
        return None
    for part in _PARTS.split(line):
        part = _OUTLET.sub(r"\1 ", without_first_published(part.strip()))
        if _LABEL.match(part) and not names_an_update(part) and (day := line_date(part, day_first)) is not None:
            return day
    return None


# " date 2020-06-19 " before the first line, as the seed reports and prep_reuters.py write it.
_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})(?:\s+|$)")


def split_date_marker(text: str) -> tuple[date | None, str]:
    """Return the date of a leading ``date YYYY-MM-DD`` marker and the text after it."""
    match = _DATE_MARKER.match(text)
    if not match:
        return None, text.strip()
    try:
        published = date(*(int(g) for g in match.groups()))
    except ValueError:
        return None, text.strip()
    return published, text[match.end() :].strip()
