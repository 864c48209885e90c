"""ProQuest text exports ("TXT - Text Only"): a report's header, maybe its table of contents, then each story under
"Document 1 of N" between lines of underscores: its headline, then its fields ("Author:", "Full text:" or "Abstract:",
"Publication title:", "Publication date:", "Source type:", "Language of publication:", "ProQuest document ID:",
"Document URL:", "Copyright:" …), a value of the text running over paragraphs up to the next field."""

from __future__ import annotations

import re

from .exportstories import Story, body_text, joined, paragraphs

_RULE = re.compile(r"^[ \t]*_{20,}[ \t]*$", re.MULTILINE)
_DOCUMENT = re.compile(r"^[ \t]*Document (\d+) of (\d+)[ \t]*$")
_REPORT = re.compile(r"^\s*Report Information from ProQuest\s*$", re.MULTILINE)
_KEYS = frozenset({
    "Title", "Author", "Publication info", "Abstract", "Full text", "Links", "Subject", "Location", "People",
    "Company / organization", "Identifier / keyword", "Section", "Publication title", "Pages", "Publication year",
    "Publication date", "Year", "Dateline", "Edition", "Start page", "Column", "Publisher", "Place of publication",
    "Country of publication", "Publication subject", "ISSN", "Source type", "Language of publication",
    "Document type", "Document feature", "ProQuest document ID", "Document URL", "Copyright", "Last updated",
    "Database", "Credit", "Illustration", "Caption", "Accession number", "Update", "Volume", "Issue",
    "Corporate author", "Classification", "Number of pages", "Contributor", "Publication note", "Section heading",
})
_FIELD = re.compile(r"^([A-Z][A-Za-z /]{1,30}):[ \t]*(.*)$", re.DOTALL)
_TEXT_KEYS = ("Full text", "Abstract")


def proquest_stories(text: str) -> list[Story] | None:
    """The stories of a ProQuest export, or None when ``text`` is not one: two "Document N of M" parts between
    rules, or one under the report's header."""
    parts = [part for part in _RULE.split(text) if part.strip()]
    documents = [part for part in parts if _DOCUMENT.match(part.strip("\n").split("\n")[0])]
    if not documents or len(documents) == 1 and not _REPORT.search(text.split(documents[0], 1)[0]):
        return None
    return [_story(part) for part in documents]


def _story(part: str) -> Story:
    """One story from the text between its rules."""
    blocks = paragraphs(part)[1:]  # under "Document N of M"
    title = joined(blocks.pop(0)) if blocks and _field(blocks[0]) is None else ""
    fields: dict[str, list[list[str]]] = {}
    key = None
    for block in _field_blocks(blocks):
        field = _field(block)
        if field is not None:
            key = field[0]
            fields.setdefault(key, []).append(field[1].split("\n"))
        elif key in _TEXT_KEYS:
            fields[key].append(block)  # the next paragraph of the text; a paragraph after another field (links) goes
    value = {name: body_text(parts) for name, parts in fields.items()}
    publication = value.get("Publication title", "").split(";")[0].strip() or None
    return Story(layout="proquest", title=title or value.get("Title", ""),
                 body=next((value[key] for key in _TEXT_KEYS if value.get(key)), ""),
                 dated=value.get("Publication date"), byline=value.get("Author"), publication=publication,
                 url=value.get("Document URL"), language=value.get("Language of publication"),
                 key=value.get("ProQuest document ID"))


def _field_blocks(blocks: list[list[str]]) -> list[list[str]]:
    """The paragraphs, one cut where a line inside it opens a field (fields on lines one under another)."""
    cut: list[list[str]] = []
    for block in blocks:
        starts = [0] + [n for n, line in enumerate(block) if n and _field([line]) is not None]
        cut.extend(block[start:end] for start, end in zip(starts, starts[1:] + [len(block)]))
    return cut


def _field(block: list[str]) -> tuple[str, str] | None:
    """``(key, value)`` of a paragraph that opens with one of ProQuest's fields, else None."""
    match = _FIELD.match("\n".join(block).strip())
    return (match.group(1), match.group(2)) if match and match.group(1) in _KEYS else None
