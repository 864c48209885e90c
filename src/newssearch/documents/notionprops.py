"""The properties Notion's Markdown export writes under a page's H1, a line each ("Created: June 3, 2024 9:12 AM",
"Status: Draft", "Tags: council, budget", "Author: Jane Doe"): the page's metadata, read as front matter is, and no
part of its text.

Only in that shape: a run of ``MIN_LINES`` or more "Key: value" lines straight under the H1 (a blank line between),
a blank line or the end after them, one of them naming a property a page's metadata is read from
(``_PROPERTY_KEYS``). "Votes for: 7" lines, or lines so written further down a story, stay its text.
"""

from __future__ import annotations

import re

from .frontmatter import FrontMatter

MIN_LINES = 2
# A property's name (up to four words, capitalised as Notion shows it) and its value on the same line.
_PROPERTY = re.compile(r"^([A-Z][\w'’&/-]*(?: [\w'’&/-]+){0,3}): (\S.{0,300})$")
_HEADING = re.compile(r"^# \S[^\n]*\n(?:[ \t]*\n)+")
# Notion's names for the properties read, as the front matter key each is read under (see ``markdown.front_record``).
# "Created" is when the page was made in Notion (a clipping database's clip day, a draft's first day): a property,
# so the lines are the page's, but no date, as an Obsidian clip's "created" is none. Its "Tags" are no section.
_PROPERTY_KEYS = {
    "published": "published", "date published": "published", "publish date": "published", "date": "date",
    "created": "created", "created time": "created",
    "author": "author", "authors": "authors", "by": "author", "writer": "author",
    "tags": "tags", "keywords": "keywords", "category": "category", "categories": "categories",
    "url": "url", "link": "url", "source url": "url", "source": "source", "publisher": "publisher",
}
_DATE_ORDER = ("published", "date")


def notion_properties(text: str) -> tuple[FrontMatter, str] | None:
    """``(fields, the text without the property lines)`` for a Notion page's export (see the module); None when
    ``text`` is not in that shape."""
    heading = _HEADING.match(text)
    if heading is None:
        return None
    end = text.find("\n\n", heading.end())
    block = text[heading.end():] if end < 0 else text[heading.end():end]
    lines = block.rstrip("\n").split("\n")
    matches = [_PROPERTY.match(line.rstrip()) for line in lines]
    if len(lines) < MIN_LINES or not all(matches):
        return None
    properties = [(match.group(1).lower(), match.group(2).strip()) for match in matches if match]
    fields = _fields(properties)
    if not fields:
        return None
    rest = "" if end < 0 else text[end:]
    return fields, text[:heading.end()] + rest.lstrip("\n")


def _fields(properties: list[tuple[str, str]]) -> FrontMatter:
    """The front matter the properties give: their date (a publication's before a plain date's), authors, tags."""
    fields: FrontMatter = {}
    for name, value in properties:
        key = _PROPERTY_KEYS.get(name)
        if key is not None:
            fields.setdefault(key, value)
    dates = [fields.pop(key) for key in _DATE_ORDER if key in fields]
    if dates:
        fields["date"] = dates[0]
    return fields
