"""The names of the files in an archive: the path unpacking writes each to, the id each gets (one each, stable
across runs), and a zip name's code page when the zip does not say it."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ..ids import distinct_id, portable_id

_UTF8_FLAG = 0x800  # a zip entry whose name is UTF-8 says so; one without is in the DOS code page of its maker
# The DOS ("OEM") code pages Windows' zip tool writes names in, where Windows is set up so: CP437 in the US, CP850
# in most of Western Europe and Latin America. The first is zipfile's reading, and kept on a tie.
OEM_CODE_PAGES = ("cp437", "cp850")


def member_path(name: str) -> str:
    """The path unpacking writes the file at ``name`` to: ``/`` between folders (a ``\\`` from a Windows tool
    too), no leading ``/`` or ``./``."""
    return "/".join(part for part in name.replace("\\", "/").split("/") if part not in ("", "."))


def member_id(name: str) -> str:
    """The id part of the file at ``name`` in an archive: its ``member_path`` with each ``..`` written ``%2E%2E``
    (never a path that climbs), then as any file name in an id (``#`` as ``%23``)."""
    return portable_id("/".join("%2E%2E" if part == ".." else part for part in member_path(name).split("/")))


def member_ids(paths: Iterable[str]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """An id for each of ``paths`` (each a ``member_path``, in the archive's order), and the paths that can get
    none with why. Two paths can be written as one id (``#.txt`` and a file named ``%23.txt``): as in a folder,
    the one whose name had to be written so keeps it (else the first), another gets ``distinct_id``
    (``%2523.txt``)."""
    holders: dict[str, list[str]] = {}
    for path in paths:
        holders.setdefault(member_id(path), []).append(path)
    ids: dict[str, str] = {}
    taken, left = set(holders), []
    for shared, found in holders.items():
        keeper, *others = sorted(found, key=lambda path: path == shared)  # stable: else the archive's order
        ids[keeper] = shared
        for path in others:
            other = distinct_id(shared)
            if other in taken:
                left.append((path, f"not read: other files have the ids its name may be written as, {shared} and "
                                   f"{other}"))
                continue
            taken.add(other)
            ids[path] = other
    return ids, left


def zip_name(name: str, flags: int) -> str:
    """An entry's name as zipfile read it (``name``: UTF-8 when its flag says so, else CP437), read as UTF-8 when a
    tool wrote UTF-8 without the flag (macOS's, 7-Zip's) and its bytes read so; else in the DOS code page that
    reads it as more Latin letters (``Søndag.txt`` from a Windows in Norway, CP850; ``café.txt`` either way)."""
    if flags & _UTF8_FLAG or name.isascii():
        return name
    raw = name.encode("cp437")
    try:
        return raw.decode("utf-8")
    except UnicodeError:
        return max((raw.decode(page) for page in OEM_CODE_PAGES), key=_latin_letters)  # the first on a tie


def _latin_letters(text: str) -> int:
    """How many characters of ``text`` are Latin letters (not box-drawing, symbols or Greek)."""
    return sum(1 for char in text if char.isalpha() and unicodedata.name(char, "").startswith("LATIN"))


def is_archive(name: str) -> bool:
    """Whether an attachment named ``name`` is an archive, as a folder's file of the name would be read (a zip or
    tar's files read; a .7z or .rar said to be unpacked first). By name only: a mailer may send a .docx or .xlsx as
    application/zip, and that is no archive of articles."""
    from . import reader_suffix
    from .archivefiles import ARCHIVE_ENDINGS

    return reader_suffix(name) in ARCHIVE_ENDINGS


def unpacked_path(article_id: str) -> str:
    """``article_id`` with each ``#`` after an archive's name written ``/``: the path its file would have were each
    archive a folder of its name (``z.zip#sub/a.txt``: ``z.zip/sub/a.txt``), so that a member's name is read as a
    folder's file's is. A record's ``#`` and all its key after it are kept (``z.zip#w.jsonl#3``: ``z.zip/w.jsonl#3``)."""
    path, mark, rest = article_id.partition("#")
    while mark and _archive_name(path.rpartition("/")[2]):
        inner, mark, rest = rest.partition("#")
        path += "/" + inner
    return path + mark + rest


@lru_cache(maxsize=4096)  # the same few archives' and exports' names, once per id of an index
def _archive_name(name: str) -> bool:
    """Whether a file named ``name`` (with an ending: a name without one is no archive) is read as an archive."""
    return "." in name and is_archive(name)
