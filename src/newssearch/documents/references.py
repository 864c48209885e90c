"""A reference manager's export (Zotero, Mendeley, EndNote): RIS (.ris) and BibTeX or BibLaTeX (.bib).

Each reference is an article, as a JSON record of a reference manager (CSL-JSON) is: its title, its authors, its
newspaper or site as the publisher, its date, its address and language; its text is its abstract, else its note,
else (a story's reference, a newspaper's or a magazine's article or a web page, with an address, a date or a
publisher) its title, as a headline record's is; a book, a chapter, a thesis or a report has no text without its
abstract or note. Its id is ``file#key``: a BibTeX entry's cite key, an RIS record's ``ID``, else its address
(``UR``) or DOI (``DO``) while no two records share one, else its place in the file. The fields go under JSON's names
and are read as a JSON record's are (``article_from_fields``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..ids import record_id, stable_keys
from .article import ReadResult
from .encoding import require_text
from .fields import RecordError
from .jsonfile import article_from_fields
from .recordresults import Made, gather, no_records
from .referencekinds import BIBTEX_STORIES, RIS_STORIES, no_story, work_kind

# RIS tags, in order of preference, under the JSON field name each fills (RIS's specification and Zotero's export:
# T2 is a newspaper article's paper, DA its date, PY its year alone).
RIS_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("TI", "T1", "CT", "BT"),
    "authors": ("AU", "A1"),
    "publication": ("T2", "JO", "JF", "JA", "PB"),
    "date": ("DA", "Y1", "PY"),
    "url": ("UR", "L2"),
    "abstract": ("AB", "N2"),
    "note": ("N1",),
    "language": ("LA",),
    "id": ("ID",),
}
_RIS_ADDRESSES = ("UR", "DO")  # what keys a record without an ID: its address, else its DOI
_RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
# BibTeX and BibLaTeX fields, likewise; a date is BibLaTeX's ``date``, else put together from year, month and day.
BIBTEX_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "authors": ("author",),
    "publication": ("journaltitle", "journal", "organization", "publisher", "howpublished"),
    "date": ("date",),
    "url": ("url",),
    "abstract": ("abstract",),
    "note": ("note", "annotation", "annote"),
    "language": ("langid", "language"),
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENTRY = re.compile(r"@\s*([A-Za-z]+)\s*[{(]")
# The spaces before a comma and after it told apart (two \s* around an optional comma split a long run in n² ways).
_FIELD_NAME = re.compile(r"\s*(?:,\s*)?([A-Za-z][\w:.+-]*)\s*=\s*")
_BARE_VALUE = re.compile(r"[^,#}\s]*")
_JOINED = re.compile(r"\s*#\s*")
_NOT_ENTRIES = frozenset({"comment", "string", "preamble"})
# LaTeX's accents as combining marks: {\"u} is ü, {\=a} ā (a macron, as te reo writes it).
_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
            "c": "\u0327", "u": "\u0306", "v": "\u030c", "H": "\u030b", "k": "\u0328"}
_ACCENT = re.compile(r"\\([\"'`^~=.]|[cuvHk](?![A-Za-z]))\s*(?:\{\s*)?(\\?[A-Za-z])\}?")
_ESCAPED = re.compile(r"\\([&%$#_])")
_DASHES = (("---", "\u2014"), ("--", "\u2013"))


def read_ris(data: bytes, rel: str) -> ReadResult:
    """The references of an RIS file, one article each (``TY`` to ``ER``)."""
    records = list(_ris_records(require_text(data)))
    if not records:
        return no_records(rel, "no RIS references (no TY line)")
    found = [_fields(record, RIS_FIELDS) for record in records]
    keys = stable_keys([_own_id(fields) for fields in found], [_ris_address(record) for record in records], each=False)
    works = [work_kind(record.get("TY", [""])[0].upper(), RIS_STORIES, "an RIS {} reference") for record in records]
    return gather((_made(rel, position, key, fields, "ris", work)
                   for position, (key, fields, work) in enumerate(zip(keys, found, works), 1)), rel)


def _ris_address(record: dict[str, list[str]]) -> str | None:
    """An RIS record's address (``UR``), else its DOI (``DO``): what keys it when it has no ``ID`` of its own, so a
    reference added on top of a library exported again moves no other's id (``refs.ris#3`` had named another)."""
    return next((values[0].strip() for tag in _RIS_ADDRESSES if (values := record.get(tag)) and values[0].strip()),
                None)


def read_bibtex(data: bytes, rel: str) -> ReadResult:
    """The entries of a BibTeX or BibLaTeX file, one article each (``@comment``, ``@string`` and ``@preamble`` are
    none)."""
    entries = list(_bibtex_entries(require_text(data)))
    if not entries:
        return no_records(rel, "no BibTeX entries")
    return gather((_made(rel, position, key or str(position), _bibtex_fields(key, fields), "bibtex",
                         work_kind(kind, BIBTEX_STORIES, "a @{} entry"))
                   for position, (kind, key, fields) in enumerate(entries, 1)), rel)


def _own_id(fields: dict[str, object]) -> str | None:
    """A reference's own id (RIS's ``ID``), or None."""
    return str(fields["id"]) if fields.get("id") else None


def _made(rel: str, position: int, key: str, fields: dict[str, object], kind: str, work: str | None) -> Made:
    """One reference as ``gather`` takes it; ``work``, what it is when it is no story ("a book"): then it is read by
    its abstract or note alone, not by its title as a headline record is."""
    label = f"reference {position}" + (f" ({fields['id']})" if fields.get("id") else "")
    if work and not fields.get("abstract") and not fields.get("note"):
        return None, label, no_story(work)
    try:
        return None, label, article_from_fields(fields, rel, record_id(rel, key), kind)
    except RecordError as exc:
        return None, label, str(exc)


def _fields(record: dict[str, list[str]], table: dict[str, tuple[str, ...]]) -> dict[str, object]:
    """A record's values under JSON's names: each the first of its tags present (authors all of theirs)."""
    fields: dict[str, object] = {}
    for name, tags in table.items():
        values = next((record[tag] for tag in tags if record.get(tag)), [])
        if values:
            fields[name] = values if name == "authors" else values[0]
    return fields


def _ris_records(text: str) -> Iterator[dict[str, list[str]]]:
    """Each RIS record's tags and their values; a line with no tag goes on the value before it."""
    record: dict[str, list[str]] | None = None
    last: list[str] | None = None
    for line in text.splitlines():
        found = _RIS_LINE.match(line.lstrip("\ufeff").rstrip())
        if found is None:
            if record is not None and last is not None and line.strip():
                last[-1] = f"{last[-1]} {line.strip()}".strip()
            continue
        tag, value = found.group(1), (found.group(2) or "").strip()
        if tag == "TY":
            record = {"TY": [value]}  # its kind: a story's or a book's (``work_kind``)
        elif tag == "ER":
            if record is not None:
                yield record
            record = last = None
        elif record is not None:
            last = record.setdefault(tag, [])
            last.append(value)
    if record:  # a file ending without its last ER
        yield record


def _bibtex_fields(key: str, entry: dict[str, str]) -> dict[str, object]:
    """A BibTeX entry's values under JSON's names, its text as LaTeX writes it made plain."""
    plain = {name: latex_text(value) for name, value in entry.items()}
    fields = _fields({name: [value] for name, value in plain.items() if value}, BIBTEX_FIELDS)
    if "date" not in fields:
        fields["date"] = _date_of_parts(plain)
    fields["id"] = key
    return fields


def _date_of_parts(entry: dict[str, str]) -> str:
    """``year``, ``month`` (a number or its name: ``jun``) and ``day`` as ``1999-06-05``; without a day, the year
    and month alone, which read as no date."""
    year, month, day = entry.get("year", ""), entry.get("month", "").strip().lower()[:3], entry.get("day", "")
    number = str(_MONTHS.index(month) + 1) if month in _MONTHS else month
    parts = [part.strip() for part in (year, number, day) if part.strip().isdigit()]
    return "-".join(part.zfill(2) for part in parts)


def _bibtex_entries(text: str) -> Iterator[tuple[str, str, dict[str, str]]]:
    """Each entry's type (lower case: ``article``, ``book``), cite key and fields (lower-case names), in file order;
    an ``@string`` macro's name stands for its text in the entries after it (``journal = nzh``)."""
    position, macros = 0, dict[str, str]()
    while (found := _ENTRY.search(text, position)) is not None:
        end = _closing(text, found.end() - 1)
        position, kind, body = end, found.group(1).lower(), text[found.end():end - 1]
        if kind == "string":
            macros.update(_bibtex_values(f",{body}", macros))
        if kind in _NOT_ENTRIES:
            continue
        key, _comma, rest = body.partition(",")
        yield kind, key.strip(), dict(_bibtex_values(rest, macros))


def _bibtex_values(text: str, macros: dict[str, str]) -> Iterator[tuple[str, str]]:
    """``name = {value}``, ``name = "value"`` or ``name = 1999`` (a macro of ``macros`` as its text, another such as
    ``jun`` as its name), joined by ``#``."""
    position = 0
    while (name := _FIELD_NAME.match(text, position)) is not None:
        position, parts = name.end(), []
        while position < len(text):
            start = text[position]
            if start in "{\"":
                end = _closing(text, position)
                parts.append(text[position + 1:end - 1])
            else:
                word = _BARE_VALUE.match(text, position)
                end = word.end() if word else position + 1
                parts.append(macros.get(text[position:end].lower(), text[position:end]))
            position = end
            joined = _JOINED.match(text, position)
            if joined is None:
                break
            position = joined.end()
        yield name.group(1).lower(), "".join(parts)


def _closing(text: str, start: int) -> int:
    """The place just after what closes the brace, parenthesis or quote at ``start`` (a parenthesis or quote only
    outside braces); the text's end when nothing does."""
    closer = {"{": "}", "(": ")", '"': '"'}[text[start]]
    depth = 1 if closer == "}" else 0
    position = start + 1
    while position < len(text):
        char = text[position]
        if char == "\\":
            position += 2
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0 and char == closer:
            return position + 1
        position += 1
    return len(text)


def latex_text(value: str) -> str:
    """LaTeX as text: accents as letters (``{\\"u}`` ü), escaped characters as themselves, dashes, no braces."""
    value = _ACCENT.sub(lambda m: unicodedata.normalize("NFC", m.group(2).lstrip("\\") + _ACCENTS[m.group(1)]), value)
    value = _ESCAPED.sub(r"\1", value.replace("{", "").replace("}", ""))
    for dashes, mark in _DASHES:
        value = value.replace(dashes, mark)
    return " ".join(value.replace("~", " ").split())
