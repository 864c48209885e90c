"""ProQuest text exports ("TXT - Text Only"): a report's header, maybe its table of contents, then each story under
"Document 1 of N" between lines of underscores: its headline, then its fields ("Author:", "Full text:" or "Abstract:",
"Publication title:", "Publication date:", "Source type:", "Language of publication:", "ProQuest document ID:",
"Document URL:", "Copyright:" …), a value of the text running over paragraphs up to the next field."""

from __future__ import annotations

import re

from .exportstories import (
    CUT_SHORT,
    Broken,
    Part,
    Story,
    body_text,
    ends_before,
    joined,
    paragraphs,
    read_stories,
)

_RULE = re.compile(r"^[ \t]*_{20,}[ \t]*$", re.MULTILINE)
_DOCUMENT = re.compile(r"^[ \t]*Document (\d+) of (\d+)[ \t]*$", re.MULTILINE)
SEPARATOR = _DOCUMENT  # the line over each story
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


def proquest_stories(text: str) -> list[Part] | None:
    """The stories of a ProQuest export, or None when ``text`` is not one: two "Document N of M" parts between
    rules, or one under the report's header.

    A part that holds a story's fields under no "Document N of M" line that reads is reported (with its document ID
    when it gives one), never dropped nor read into its neighbour; a story under a separator whose rule is lost is
    still told apart at its "Document N of M" line. The last story is cut short when it lacks the document ID the
    others have, and the file ends early when it holds fewer stories than its "of M" says.
    """
    parts = [piece for part in _RULE.split(text) for piece in _at_documents(part) if piece.strip()]
    documents = [part for part in parts if _number(part) is not None]
    if not documents or len(documents) == 1 and not _REPORT.search(text.split(documents[0], 1)[0]):
        return None
    stories = [part for part in parts if _number(part) is not None or _is_story(part)]
    read: list[Part] = [_story(part) if _number(part) is not None else _unnumbered(part) for part in stories]
    number, total = _number(documents[-1]) or (0, 0)
    unnumbered_after = len(stories) - 1 - stories.index(documents[-1])
    return read_stories(_proquest_end(read, number + unnumbered_after, total))


def _at_documents(part: str) -> list[str]:
    """A part between rules cut at each "Document N of M" line inside it (the rule above it lost)."""
    starts = [0, *[match.start() for match in _DOCUMENT.finditer(part) if part[:match.start()].strip()]]
    return [part[start:end] for start, end in zip(starts, [*starts[1:], len(part)])]


def _number(part: str) -> tuple[int, int] | None:
    """``(N, M)`` of a part under "Document N of M", else None."""
    match = _DOCUMENT.match(part.strip("\n").split("\n")[0])
    return (int(match.group(1)), int(match.group(2))) if match else None


_STORY_KEYS = ("Full text", "Abstract", "Publication title", "ProQuest document ID", "Document URL")
_ID = re.compile(r"^ProQuest document ID:[ \t]*(\S+)", re.MULTILINE)


def _is_story(part: str) -> bool:
    """Whether a part holds a story's fields (two of them), as the report's header, contents and bibliography do not."""
    return sum(1 for key in _STORY_KEYS if re.search(rf"^{key}:", part, re.MULTILINE)) >= 2


def _unnumbered(part: str) -> Broken:
    """A story whose "Document N of M" line does not read: reported under its document ID, if it gives one."""
    found = _ID.search(part)
    return Broken('its "Document N of M" line does not read', key=found.group(1) if found else None)


def _proquest_end(stories: list[Part], number: int, total: int) -> list[Part]:
    """``stories`` with the last marked cut short when it lacks the document ID the others have, or with the mark of
    a file that ends at story ``number``, before the ``total`` its "of M" counts to."""
    if isinstance(stories[-1], Story) and stories[-1].key is None and \
            any(isinstance(story, Story) and story.key for story in stories[:-1]):
        return [*stories[:-1], Broken(CUT_SHORT)]
    return [*stories, ends_before(number, total)] if number < total else stories


def _story(part: str) -> Story:
    """One story from the text under its "Document N of M" line."""
    blocks = paragraphs(part)[1:]
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
                 key=value.get("ProQuest document ID"), section=value.get("Section"))


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
