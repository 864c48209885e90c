"""LexisNexis text exports: LexisNexis Academic's ("1 of 25 DOCUMENTS" over each story) and Nexis Uni's ("End of
Document" under each story, its .docx read as text too).

LexisNexis Academic: the request's header, then per story a centred "N of M DOCUMENTS" line, the publication, the date
line ("June 19, 2020 Friday") and maybe its edition, the headline, the field lines (BYLINE:, SECTION:, LENGTH:,
DATELINE:, HIGHLIGHT:), the text, then LOAD-DATE:, LANGUAGE:, PUBLICATION-TYPE:, GRAPHIC: and the centred copyright.
Nexis Uni: maybe a cover page, then per story the headline, the publication, the date line, the copyright, field lines
("Section:", "Length:", "Byline:"), "Body" alone on its line, the text, "Load-Date:" and "End of Document".
"""

from __future__ import annotations

import itertools
import re

from .exportstories import (
    CUT_SHORT,
    Broken,
    Part,
    Story,
    body_text,
    date_line,
    ends_before,
    is_copyright,
    joined,
    paragraphs,
)

# "1 of 25 DOCUMENTS" ("1 of 1 DOCUMENT" over a story downloaded alone), and as the German and French interfaces
# write it.
_ACADEMIC_SEPARATOR = re.compile(r"^[ \t]*(?:(\d+) of (\d+) DOCUMENTS?|Dokument (\d+) von (\d+)|Document (\d+) de (\d+))"
                                 r"[ \t]*$", re.MULTILINE)
# The field lines of LexisNexis Academic (and of its German and French interfaces): a line of the story itself
# ("WELLINGTON: The government…") is not one.
_ACADEMIC_KEYS = frozenset({
    "BYLINE", "SECTION", "LENGTH", "DATELINE", "HIGHLIGHT", "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "GRAPHIC",
    "JOURNAL-CODE", "URL", "CORRECTION-DATE", "CORRECTION", "NOTES", "SERIES", "DISTRIBUTION", "TYPE", "SOURCE",
    "DOCUMENT-TYPE", "COLUMN", "ACC-NO", "SUBJECT", "ORGANIZATION", "PERSON", "GEOGRAPHIC", "INDUSTRY", "COMPANY",
    "TICKER", "CITY", "STATE", "COUNTRY", "EDITION", "UPDATE", "PUB-TYPE", "DESCRIPTOR", "BODY",
    "AUTOR", "RUBRIK", "LÄNGE", "SPRACHE", "GRAFIK", "LONGUEUR", "LANGUE", "RUBRIQUE",
})
_ACADEMIC_FIELD = re.compile(r"^([A-ZÄÖÜ][A-ZÄÖÜ-]+):[ \t]*(.*)$")
_BYLINE_KEYS = ("BYLINE", "AUTOR")
_SECTION_KEYS = ("SECTION", "RUBRIK", "RUBRIQUE")
_LANGUAGE_KEYS = ("LANGUAGE", "SPRACHE", "LANGUE")
# The field lines every story of an export has, as each interface writes them.
_WHOLE_STORY = re.compile(r"^[ \t]*(?:LENGTH|LOAD-DATE|LÄNGE|LONGUEUR)[ \t\u00a0]*:", re.MULTILINE | re.IGNORECASE)
_INDENT = re.compile(r"^[ \t]{2,}\S")  # a centred line

_UNI_END = re.compile(r"^[ \t]*End of Document[ \t]*$", re.MULTILINE)
SEPARATORS = (_ACADEMIC_SEPARATOR, _UNI_END)  # the lines between two stories of each layout
_UNI_BODY = re.compile(r"^[ \t]*Body[ \t]*$", re.MULTILINE)
_UNI_FIELD = re.compile(r"^[ \t]*(Section|Length|Byline|Highlight|Dateline|Edition|Series|Correction|Correction-Date|"
                        r"Graphic|Type|Language|Publication-Type|Journal Code|Load-Date|Subject|Geographic|Industry|"
                        r"Company|Organization|Person|Ticker|Notes|Document-Type|URL|Source|Column|Pg|Page)"
                        r"[ \t\u00a0]*:[ \t\u00a0]*(.*)$", re.IGNORECASE)
_UNI_TRAILER = frozenset({"classification", "graphic", "link to pdf", "notes"})  # headings after the text


def academic_stories(text: str) -> list[Part] | None:
    """The stories of a LexisNexis Academic export, or None when ``text`` is not one: it needs two "N of M
    DOCUMENTS" lines counting up to one total, or a story with its LENGTH: or LOAD-DATE: line.

    Downloads joined in one file (the numbers start again, each maybe under its own "Download Request:" cover) are
    read one after another. A story whose separator does not read (the numbers skip it, or the text under one holds
    two stories' LENGTH: lines) runs into the one above: they are told apart where the damaged line still shows its
    number, else are one broken part that keeps their places. The last story is cut short when it lacks the
    LOAD-DATE: line the others have, and the
    file ends before the download does when its cover's "Selected Items: 1-25" names more.
    """
    separators = list(_ACADEMIC_SEPARATOR.finditer(text))
    numbers = [tuple(int(n) for n in match.groups() if n) for match in separators]
    ends = [match.start() for match in separators[1:]] + [len(text)]
    chunks = [text[match.end():end] for match, end in zip(separators, ends)]
    counting = len(chunks) > 1 and len({total for _n, total in numbers}) == 1 and \
        [n for n, _total in numbers] == sorted({n for n, _total in numbers})
    if not chunks or not counting and not any(_WHOLE_STORY.search(chunk) for chunk in chunks):
        return None
    above = text[:separators[0].start()]
    covers = [_cover(chunk) for chunk in chunks]
    parts: list[Part] = [Broken(_NO_SEPARATOR)] if _WHOLE_STORY.search(above) else []
    for at, ((number, total), (story, _cover_text)) in enumerate(zip(numbers, covers)):
        following = numbers[at + 1][0] if at + 1 < len(numbers) else number + 1
        held = max(following - number if number < following <= total else 1, _held(story))
        parts.extend(_run_together(story, number, number + held) if held > 1 else [_academic_story(story)])
    return _academic_end(parts, chunks, number + held - 1, _selected([_cover(above), *covers]))


def _run_together(chunk: str, first: int, after: int) -> list[Part]:
    """The stories ``first`` to ``after - 1`` of a chunk whose separators between them do not read: split
    at each damaged one that still shows its number, centred ("   2 of 3 DOCUMEN"), else one broken part."""
    cuts: list[tuple[int, int]] = []
    for number in range(first + 1, after):
        found = re.search(rf"^[ \t]{{2,}}{number} of \d+\b.*$", chunk[cuts[-1][1] if cuts else 0:], re.MULTILINE)
        if found is None:
            return [Broken(_NO_SEPARATOR, count=after - first)]
        offset = cuts[-1][1] if cuts else 0
        cuts.append((offset + found.start(), offset + found.end()))
    starts, ends = [0] + [end for _start, end in cuts], [start for start, _end in cuts] + [len(chunk)]
    return [_academic_story(chunk[start:end]) for start, end in zip(starts, ends)]


# Why a part of a LexisNexis Academic export is not read: its stories run together.
_NO_SEPARATOR = 'a story\'s "N of M DOCUMENTS" line does not read: the stories run together'
_COVER = re.compile(r"^[ \t]*Download Request:.*$", re.MULTILINE)
_SELECTED = re.compile(r"(\d+)\s*-\s*(\d+)\s*$")  # "Download Request: Selected Items: 1-25"
_LOADED = re.compile(r"^[ \t]*LOAD-DATE[ \t\u00a0]*:", re.MULTILINE)
_LENGTH = re.compile(r"^[ \t]*(?:LENGTH|LÄNGE|LONGUEUR)[ \t\u00a0]*:", re.MULTILINE)


def _held(chunk: str) -> int:
    """How many stories the text under one separator holds, by their LENGTH: and LOAD-DATE: lines (one when none)."""
    return max(1, len(_LENGTH.findall(chunk)), len(_LOADED.findall(chunk)))


def _cover(chunk: str) -> tuple[str, str]:
    """``(story, cover)``: the text under a separator, and the "Download Request:" cover of a download joined after
    it (empty when none)."""
    match = _COVER.search(chunk)
    return (chunk, "") if match is None else (chunk[:match.start()], chunk[match.start():])


def _selected(covers: list[tuple[str, str]]) -> int | None:
    """The last story number the last download's cover asks for ("Selected Items: 1-25": 25), if it says."""
    match = _COVER.search(next((cover for _story, cover in reversed(covers) if cover), ""))
    found = _SELECTED.search(match.group()) if match else None
    return int(found.group(2)) if found else None


def _academic_end(parts: list[Part], chunks: list[str], number: int, selected: int | None) -> list[Part]:
    """``parts`` with the last marked cut short when the file ends inside it (it lacks the LOAD-DATE: line the
    others have) or after it, before the story the download's cover asks for last."""
    if isinstance(parts[-1], Story) and not _LOADED.search(chunks[-1]) and any(_LOADED.search(c) for c in chunks[:-1]):
        return [*parts[:-1], Broken(CUT_SHORT)]
    if selected is not None and number < selected:
        return [*parts, ends_before(number, selected)]
    return parts


def _academic_field(block: list[str]) -> tuple[str, str] | None:
    """``(key, value)`` of a paragraph that is a field line ("BYLINE: Sam Hurley", maybe over several lines)."""
    match = _ACADEMIC_FIELD.match(block[0])
    if match is None or match.group(1) not in _ACADEMIC_KEYS:
        return None
    return match.group(1), joined([match.group(2), *block[1:]])


def _academic_story(chunk: str) -> Story:
    """One LexisNexis Academic story from the text under its "N of M DOCUMENTS" line."""
    blocks = paragraphs(chunk)
    top: list[list[str]] = []
    while blocks and _academic_field(blocks[0]) is None and len(top) < 4:
        top.append(blocks.pop(0))
    fields: dict[str, str] = {}
    while blocks and (field := _academic_field(blocks[0])) is not None:
        fields.setdefault(*field)
        blocks.pop(0)
    while blocks and ((field := _academic_field(blocks[-1])) is not None or is_copyright(blocks[-1][0].strip())):
        if field is not None:
            fields.setdefault(*field)
        blocks.pop()
    publication, dated, title = _academic_top(top)
    return Story(layout="lexisnexis", title=title, body=body_text(blocks), dated=dated,
                 byline=next((fields[k] for k in _BYLINE_KEYS if k in fields), None), publication=publication,
                 url=fields.get("URL"), language=next((fields[k] for k in _LANGUAGE_KEYS if k in fields), None),
                 section=next((fields[k] for k in _SECTION_KEYS if k in fields), None))


def _academic_top(top: list[list[str]]) -> tuple[str | None, str | None, str]:
    """The publication, the date line and the headline of the paragraphs above a story's field lines: the centred
    publication, the centred date line (an edition may follow it), then the headline flush left."""
    dated_at = next((n for n, block in enumerate(top) if date_line(block[0].strip())), None)
    if dated_at is None:
        return None, None, joined(top[-1]) if top else ""
    publication = joined(top[dated_at - 1]) if dated_at else None
    rest = top[dated_at + 1:]
    headline = [block for block in rest if not all(_INDENT.match(line) for line in block)] or rest[-1:]
    return publication, top[dated_at][0].strip(), " ".join(joined(block) for block in headline)


def uni_stories(text: str) -> list[Part] | None:
    """The stories of a Nexis Uni export, or None when ``text`` is not one: each story ends at an "End of Document"
    line and has its "Body" line; one story alone needs its "Length:" or "Load-Date:" line too.

    Text after the last "End of Document" is a story the file ends inside (cut short); a part with two "Body" lines
    holds two stories whose "End of Document" between does not read, and one with none cannot be read: each is a
    broken part, once two stories have shown the layout.
    """
    ends = list(_UNI_END.finditer(text))
    starts = [0] + [match.end() for match in ends[:-1]]
    chunks = [text[start:end.start()] for start, end in zip(starts, ends)]
    bodies = [len(_UNI_BODY.findall(chunk)) for chunk in chunks]
    if not chunks or not all(bodies) and sum(1 for n in bodies if n) < 2:
        return None
    if len(chunks) == 1 and not _WHOLE_STORY.search(chunks[0]):
        return None
    parts: list[Part] = [part for chunk, n in zip(chunks, bodies) for part in
                         ([_uni_story(chunk)] if n == 1 else _uni_together(chunk, n) if n else [Broken(_NO_BODY)])]
    if text[ends[-1].end():].strip():
        parts.append(Broken(CUT_SHORT))
    return parts


_NO_BODY = 'no "Body" line'
_NO_END = 'a story\'s "End of Document" line does not read: the stories run together'
_UNI_LOADED = re.compile(r"^[ \t]*Load-Date[ \t\u00a0]*:.*$", re.MULTILINE | re.IGNORECASE)


def _uni_together(chunk: str, held: int) -> list[Part]:
    """The ``held`` stories of a chunk whose "End of Document" lines between them do not read: split after the
    "Load-Date:" line under each "Body" but the last, else one broken part."""
    bodies = [match.start() for match in _UNI_BODY.finditer(chunk)]
    found = [_UNI_LOADED.search(chunk, body, following) for body, following in itertools.pairwise(bodies)]
    cuts = [match.end() for match in found if match is not None]
    if len(cuts) < len(found):
        return [Broken(_NO_END, count=held)]
    starts, ends = [0, *cuts], [*cuts, len(chunk)]
    return [_uni_story(chunk[start:end]) for start, end in zip(starts, ends)]


def _uni_story(chunk: str) -> Story:
    """One Nexis Uni story from the text above its "End of Document" line."""
    body_at = _UNI_BODY.search(chunk)
    assert body_at is not None  # uni_stories reads only stories with their "Body" line
    head = [line.strip() for line in chunk[:body_at.start()].split("\n") if line.strip()]
    fields: dict[str, str] = {}
    lines: list[str] = []
    trailer = False  # from "Load-Date:" or a heading after the text on, only its field lines are read
    for line in chunk[body_at.end():].split("\n"):
        match = _UNI_FIELD.match(line)
        trailer = trailer or line.strip().lower() in _UNI_TRAILER or bool(match and match.group(1).lower() == "load-date")
        if trailer and match is not None:
            fields.setdefault(match.group(1).lower(), match.group(2).strip())
        elif not trailer:
            lines.append(line)
    first_field = next((n for n, line in enumerate(head) if _UNI_FIELD.match(line)), len(head))
    for line in head[first_field:]:
        if (match := _UNI_FIELD.match(line)) is not None:
            fields.setdefault(match.group(1).lower(), match.group(2).strip())
    title, publication, dated = _uni_top(head[:first_field])
    return Story(layout="nexis-uni", title=title, body=body_text([[line] for line in lines if line.strip()]),
                 dated=dated, byline=fields.get("byline"), publication=publication, url=fields.get("url"),
                 language=fields.get("language"), section=fields.get("section"))


def _uni_top(lines: list[str]) -> tuple[str, str | None, str | None]:
    """The headline, the publication and the date line of the lines above a story's fields: headline, publication,
    date line, copyright; a cover page above them (the request, its list of headlines) is not the story's."""
    dated_at = next((n for n in range(len(lines) - 1, -1, -1) if date_line(lines[n])), None)
    if dated_at is None:
        kept = [line for line in lines if not is_copyright(line)]
        return (kept[0] if kept else ""), (kept[1] if len(kept) > 1 else None), None
    above = lines[:dated_at]
    if len(above) < 2:
        return (above[0] if above else ""), None, lines[dated_at]
    return above[-2], above[-1], lines[dated_at]
