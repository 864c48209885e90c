"""Factiva text exports, each story ending at its accession number ("Document NZHERA0020200619eg6j0002w").

The field-code layout ("Full Article/Report plus Indexing"): a code at the start of a line (HD headline, BY byline,
WC words, PD date, ET time, SN source name, SC source code, ED edition, PG page, LA language, CY copyright, LP lead
paragraphs, TD text, CO/IN/NS/RE/IPD indexing, PUB publisher, AN accession number), its value after it, maybe over
several lines. The plain layout ("Article Format"): section, headline, author, "742 words", date, maybe a time,
publication, source code, maybe edition and page, language, copyright, then the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .authornames import split_authors
from .exportstories import (
    CUT_SHORT,
    Broken,
    Part,
    Story,
    body_text,
    date_line,
    is_copyright,
    joined,
    paragraphs,
    read_stories,
)
from .languages import language_code
from .personcheck import is_person

# An accession number: the source code, the day (yyyymmdd), then Factiva's own letters and digits.
_ACCESSION = r"(?=[A-Za-z0-9]*\d{8})[A-Za-z0-9]{18,40}"
ACCESSION = re.compile(_ACCESSION)  # a record's (Dow Jones's snapshots key one by its "an": ``recordkeys``)
# "Document …", and as Factiva's German, Spanish and Italian interfaces write it: "AN Dokument …", "Documento …".
_DOCUMENT_LINE = re.compile(rf"^[ \t]*(?:AN[ \t]+)?(?:Document|Dokument|Documento)[ \t]+({_ACCESSION})[ \t]*$",
                            re.MULTILINE)
SEPARATOR = _DOCUMENT_LINE  # the line that ends each story
_CODES = ("HD", "CLM", "SE", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "VOL", "LA", "CY", "LP", "TD",
          "ART", "CT", "RF", "CX", "DLN", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "RST", "NGC", "AN")
# A value ends at a letter, not a space: "(.*?)[ \t]*$" tried the rest of the line from each space of a run in it;
# and starts at one: "[ \t]+(.*?[^ \t])" tried a code and a run alone from each of the run's places, reading the rest
# of it each time ("LP" and 881,000 tabs, fuzz seed 2189, read for minutes).
_CODE_LINE = re.compile(rf"^[ \t]*({'|'.join(_CODES)})(?:[ \t]+([^ \t](?:.*?[^ \t])??))?[ \t]*$")
# A field's code in a table's first cell, its value in the second, as a document's text writes a row ("HD | headline").
_CELL_CODE = re.compile(rf"^([ \t]*(?:{'|'.join(_CODES)}))[ \t]+\|(?:[ \t]+|$)", re.MULTILINE)
_TEXT_CODES = ("LP", "TD")
# Codes whose value is Factiva's index ("i82002 : Newspaper Publishing", "nz : New Zealand"): "IN THE MEANTIME, …" in
# capitals at the start of a paragraph of the text is the text's.
_INDEX_CODES = frozenset({"CO", "IN", "NS", "RE"})
_INDEX_VALUE = re.compile(r"^[\w.&-]+ : ")
_WORDS = re.compile(r"^[\d,.]+\s+(?:words|Wörter|mots|palabras|parole|woorden)$", re.IGNORECASE)
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$", re.IGNORECASE)
_SOURCE_CODE = re.compile(r"^[A-Z0-9]{2,10}$")
_HEAD_LINES = 4  # section, headline, author, above the word count


def _stories_before_ids(text: str) -> tuple[list[tuple[str, str]], str]:
    """``(text, accession number)`` of each story: the text up to each "Document …" line after the last one; and
    the text after the last one."""
    found, start = [], 0
    for match in _DOCUMENT_LINE.finditer(text):
        found.append((text[start:match.start()], match.group(1)))
        start = match.end()
    return found, text[start:]


# Why a part of a Factiva export is not read: its accession number line is lost, so the story it closes is another's.
_NO_ACCESSION = 'its accession number ("Document …" line) does not read'


def _split_parts(text: str, heads: list[int], accession: str, read: Callable[[str, str], Story | None]) -> list[Part]:
    """The stories of the text before one accession number, its story heads at the line numbers ``heads``: the last
    is the story it closes; any above it lost their own accession number line and are reported."""
    lines = text.split("\n")
    starts = [0, *heads[1:]]
    pieces = ["\n".join(lines[start:end]) for start, end in zip(starts, [*starts[1:], len(lines)])]
    story = read(pieces[-1], accession)
    closing: Part = story if story is not None else Broken("its headline, date or source does not read", key=accession)
    return [*[Broken(_NO_ACCESSION) for _piece in pieces[:-1]], closing]


def coded_stories(text: str) -> list[Part] | None:
    """The stories of a Factiva export in field codes, or None when ``text`` is not one: a story a full block (a
    headline, a date or a source name, and its accession number). Two stories above one accession number (the line
    of the first lost) are told apart at the second's headline block: the number is the second's, the first is
    reported; a story after the last number is one the file ends inside (cut short)."""
    if not re.search(r"^[ \t]*HD\b", text, re.MULTILINE):
        return None
    text = _CELL_CODE.sub("\\1\t", text)  # Factiva's RTF lays a story out as a table, a field a row: "HD | headline"
    found, rest = _stories_before_ids(text)
    parts = [part for chunk, accession in found for part in _split_parts(chunk, _coded_heads(chunk), accession,
                                                                          _coded_story)]
    if re.search(r"^[ \t]*HD\b", rest, re.MULTILINE):
        parts.append(Broken(CUT_SHORT))
    return read_stories(parts)


def _coded_story(chunk: str, accession: str) -> Story | None:
    """One story in field codes, or None when it lacks its headline or both its date and source."""
    fields = _coded_fields(re.sub(r"^[ \t]*AN[ \t]*$", "", chunk, flags=re.MULTILINE))
    if "HD" not in fields or not ({"PD", "SN"} & fields.keys()):
        return None
    return Story(layout="factiva", title=joined(fields["HD"]),
                 body=body_text([b for code in _TEXT_CODES for b in paragraphs("\n".join(fields.get(code, [])))]),
                 dated=joined(fields.get("PD", [])) or None, byline=joined(fields.get("BY", [])) or None,
                 publication=joined(fields.get("SN", [])) or None,
                 language=joined(fields.get("LA", [])) or None, key=accession, section=joined(fields.get("SE", [])) or None)


def _coded_heads(chunk: str) -> list[int]:
    """The line numbers of the story heads in a chunk: an HD line with a PD and an SN or SC line under it before the
    text (LP, TD); a paragraph of the text that opens with "HD" has none."""
    lines = chunk.split("\n")
    heads = []
    for number, line in enumerate(lines):
        if not re.match(r"^[ \t]*HD\b", line):
            continue
        codes = set()
        for below in lines[number + 1:number + 30]:
            match = _CODE_LINE.match(below)
            if match is None:
                continue
            if match.group(1) in _TEXT_CODES or match.group(1) in ("HD", "AN"):
                break
            codes.add(match.group(1))
        if "PD" in codes and codes & {"SN", "SC"}:
            heads.append(number)
    return heads


def _coded_fields(chunk: str) -> dict[str, list[str]]:
    """Each code of a story and the lines of its value; a code said a second time, or an index's code without an
    index's value, is a line of the value it is in (a paragraph of the text that opens with "IN" in capitals)."""
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in chunk.split("\n"):
        match = _CODE_LINE.match(line)
        if match and match.group(1) not in fields and (match.group(1) not in _INDEX_CODES or not match.group(2)
                                                       or _INDEX_VALUE.match(match.group(2))):
            current = fields.setdefault(match.group(1), [match.group(2) or ""])
        elif current is not None:
            current.append(line)
    return fields


def plain_stories(text: str) -> list[Part] | None:
    """The stories of a Factiva export in its plain layout, or None when ``text`` is not one: each story its word
    count above its date line, and its accession number under it. As in field codes, two stories above one
    accession number are told apart at the second's word count, and a story after the last is cut short."""
    found, rest = _stories_before_ids(text)
    parts = [part for chunk, accession in found for part in _split_parts(chunk, _plain_heads(chunk), accession,
                                                                          _plain_story)]
    if _plain_heads(rest):
        parts.append(Broken(CUT_SHORT))
    return read_stories(parts)


def _plain_heads(chunk: str) -> list[int]:
    """The line numbers where the stories of the plain layout start in a chunk: the lines above a word count
    ("742 words") that a date line follows, up to the blank line above them."""
    lines = chunk.split("\n")
    heads = []
    counted = None  # the last filled line, when it is a word count: the next filled line is the one below it
    for number, line in enumerate(lines):
        filled = line.strip()
        if not filled:
            continue
        if counted is not None and date_line(filled):
            start = counted
            while start > 0 and lines[start - 1].strip() and counted - start < _HEAD_LINES:
                start -= 1
            heads.append(start)
        counted = number if _WORDS.match(filled) else None
    return heads


def _plain_story(chunk: str, accession: str) -> Story | None:
    """One story of the plain layout, or None when its lines are not that layout's."""
    lines = chunk.strip("\n").split("\n")
    filled = [n for n, line in enumerate(lines) if line.strip()]
    counted = next((k for k, n in enumerate(filled[:_HEAD_LINES + 1]) if _WORDS.match(lines[n].strip())), None)
    if counted is None or counted + 1 >= len(filled) or date_line(lines[filled[counted + 1]].strip()) is None:
        return None
    head = [lines[n].strip() for n in filled[:counted]]
    after = [lines[n].strip() for n in filled[counted + 1:counted + 9]]
    body_from = _plain_body_start(after)
    publication = after[2] if len(after) > 2 and _TIME.match(after[1]) else (after[1] if len(after) > 1 else None)
    language = next((line for line in after[2:body_from] if _is_language(line)), None)
    rest = "\n".join(lines[filled[counted + 1 + body_from]:]) if counted + 1 + body_from < len(filled) else ""
    title, byline = _plain_head(head)
    return Story(layout="factiva", title=title, body=body_text(paragraphs(rest)), dated=after[0], byline=byline,
                 publication=publication, language=language, key=accession)


def _plain_body_start(after: list[str]) -> int:
    """Where the text starts in the lines from the date line on: after the copyright line, else after the
    language's, else after the source code."""
    for test in (is_copyright, _is_language, _SOURCE_CODE.match):
        found = next((n for n, line in enumerate(after[1:], 1) if test(line)), None)
        if found is not None:
            return found + 1
    return min(len(after), 2)


def _is_language(line: str) -> bool:
    """Whether a line of the plain layout's head names a language ("English"; a source code, "ODT", does not)."""
    return line.isalpha() and not line.isupper() and language_code(line) is not None


def _plain_head(head: list[str]) -> tuple[str, str | None]:
    """The headline and the byline of the lines above the word count: section, headline, author, each but the
    headline may be missing."""
    if len(head) >= 3:
        return head[-2], head[-1]
    if len(head) == 2 and _is_byline(head[1], head[0]):
        return head[0], head[1]
    return (head[-1] if head else ""), None


def _is_byline(line: str, above: str) -> bool:
    """Whether the line under a headline (not under a section's name) is a byline: "By …", or people's names under
    a line longer than a section's name."""
    names = split_authors(line)
    if line.lower().startswith("by "):
        return bool(names)
    return bool(names) and all(is_person(name) for name in names) and len(above.split()) > 3
