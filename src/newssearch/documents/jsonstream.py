"""A JSON Lines export too large to hold whole, read a line at a time in two passes, as ``read_jsonl`` reads it.

Read whole, an export cost about four times its size at once (its bytes, its text, its records, its articles): a
scraper's 3 GB export ran out of memory. Read so, it costs one line and the ids of the articles it gave so far.

The first pass (``scan_lines``) hashes the bytes, parses every line and learns what ``read_jsonl`` decides from the
whole file: how the file writes its slashed dates, and the language its opening rows tell (``tablelanguages``: their
text, else their keys), given to its rows too short to tell their own. A file it cannot read so (a line that does not parse, text not in
UTF-8, no article objects: cases ``read_jsonl`` reads another way) is read whole after all. The second pass
(``LineArticles``) reads the same bytes again and gives each record's article as it is read, with the skips
``read_jsonl`` and ``parse_bytes`` would give, in their order.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import UnreadableFile
from .article import Article
from .encoding import looks_binary
from .fields import RecordError
from .fileorders import FileOrders
from .jsonfile import fields_of, is_search_hit, made_from, shown_article
from .jsonlines import line_entries, line_records, stream_error
from .nulchars import spaced_nul_pieces
from .recordkeys import AddressKeys, entry_key
from .streamedrecords import FileScan, RecordArticles
from .tablelanguages import OpeningLanguage

CHUNK_BYTES = 1 << 20  # bytes read at a time
_SNIFF = 8192  # the head ``decode_text`` and ``looks_binary`` look at: a mark or a NUL there is read whole


class ChangedWhileRead(UnreadableFile):
    """The file's bytes are not those the first pass read: it is read again, whole or so, at the next run."""


# A file with lines that do not parse is read a line at a time all the same when ``read_jsonl`` reads it by its lines
# too: its first line parses and another follows, so it is no one JSON document; and read as a stream (``parse_stream``)
# it gives as many errors as its lines give, so its lines are kept. It does when, come to each bad line, the stream
# fails on that line whatever follows (``stream_error``: a line cut inside a string, a stray bracket) and reads on at
# the next line, as the lines do (that line opens a value in its first column); or when the bad line, the last, fails
# only at its end (a write stopped midway). Any other file is read whole: a bad line only cut short before more lines
# (``{"title": "A",``, which they may go on: a pretty-printed record), or that holds whole values only (``}{``).


@dataclass(frozen=True)
class LinesScan(FileScan):
    """What the first pass learned of a JSON Lines file: its bytes' hash and size, and, when it can be read a line
    at a time (``lines``), the order its slashed dates are written in (``slashed_order``) and the language its
    opening tells for its short rows (``opening_language``)."""

    lines: bool
    day_first: bool | None = None
    bad_lines: frozenset[int] = frozenset()  # its lines that do not parse, each a skip (see above)
    language: str | None = None  # given to a row too short to tell its own (``given_language``)
    by_address: bool = False  # its records without an id keyed by their addresses (``recordkeys``)

    @property
    def streams(self) -> bool:
        """Whether the file is read a line at a time (else whole)."""
        return self.lines

    def reader(self, rel: str) -> LineArticles:
        """The second pass over the file ``rel``."""
        return LineArticles(rel, self)


def scan_lines(handle: BinaryIO, size: int) -> LinesScan:
    """Hash the first ``size`` bytes of ``handle`` and tell whether ``LineArticles`` reads them as ``read_jsonl``
    reads them whole: every line a JSON value, the text UTF-8, some records, not newssearch's own output."""
    hasher = hashlib.sha1()
    if not sniffed_text(handle):
        return LinesScan(hashed(handle, size), size, False)  # hashed all the same: if unchanged, not read again
    orders = FileOrders()
    opening, more = OpeningLanguage(), True
    count, hits, first, values = 0, True, None, 0
    bad: list[int] = []
    keys = AddressKeys()
    follows = _ANY  # what the line after a bad one must be for the stream to read on there as the lines do
    try:
        for number, line in enumerate(text_lines(handle, size, hasher), 1):
            value = _value(line)
            if value is _BLANK:
                continue
            error = stream_error(line) if value is _BAD else None
            if follows is _NOTHING or (follows is _VALUE_OPENING and not line.startswith(("{", "["))) or (
                    value is _BAD and (not values or error is False)):
                return LinesScan(hashed(handle, size), size, False)  # ``read_jsonl`` may read it another way
            follows = _ANY
            if value is _BAD:  # a skip, as ``read_jsonl`` reads it (see above)
                bad.append(number)
                hits, count = False, count + 1
                first = first if count > 1 else None
                follows = _VALUE_OPENING if error else _NOTHING
                continue
            values += 1
            for label, position, entry in line_entries(number, [value]):
                count += 1
                hits = hits and is_search_hit(entry)
                first = entry if count == 1 else first
                keys.add(entry)
                if not orders.settled:
                    orders.add_record(fields_of(entry))
                if more:  # its opening rows' articles, made as ``read_jsonl`` makes them, for their text and keys
                    made = made_from(label, position, entry, "", None)[2]
                    more = opening.add(made, fields_of(entry)) if isinstance(made, Article) else more
    except UnicodeDecodeError:  # read whole, its bad bytes as Windows-1252 (``decode_text``)
        return LinesScan(hashed(handle, size), size, False)
    lines = count > 0 and not hits and not (count == 1 and shown_article(first))
    return LinesScan(hasher.hexdigest(), size, lines, orders.order(), frozenset(bad),
                     opening.language() if lines else None, keys.by_address)


def sniffed_text(handle: BinaryIO) -> bool:
    """Whether the head of ``handle`` (read, then sought back to its start) is text that ``decode_text`` may read as
    UTF-8: no binary data, no NUL (UTF-16 without its mark) and no UTF-16 or UTF-32 mark."""
    head = handle.read(_SNIFF)
    handle.seek(0)
    return not (looks_binary(head) or b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")))


def hashed(handle: BinaryIO, size: int) -> str:
    """The hash of the first ``size`` bytes of ``handle``, read again from the start (reading them as lines stopped)."""
    handle.seek(0)
    hasher = hashlib.sha1()
    for _chunk in byte_chunks(handle, size, hasher):
        pass
    return hasher.hexdigest()


def byte_chunks(handle: BinaryIO, size: int, hasher: hashlib._Hash) -> Iterator[bytes]:
    """The first ``size`` bytes of ``handle`` from where it stands, ``CHUNK_BYTES`` at a time, each hashed."""
    left = size
    while left > 0 and (chunk := handle.read(min(CHUNK_BYTES, left))):
        left -= len(chunk)
        hasher.update(chunk)
        yield chunk


_BAD, _BLANK = object(), object()
_ANY, _VALUE_OPENING, _NOTHING = object(), object(), object()  # what may follow a bad line (see above)


def _value(line: str) -> object:
    """The JSON value a line holds, ``_BLANK`` for none, ``_BAD`` for one ``parse_lines`` reports."""
    line = line.strip().lstrip("\ufeff")
    if not line:
        return _BLANK
    try:
        return json.loads(line)
    except (ValueError, RecursionError):
        return _BAD


def text_lines(handle: BinaryIO, size: int, hasher: hashlib._Hash) -> Iterator[str]:
    """The lines of the first ``size`` bytes of ``handle`` decoded as UTF-8 (a BOM at the start left out, NULs
    read as ``require_text`` reads them: ``nulchars``), as ``split_lines`` cuts the text ``require_text`` makes of
    them; each chunk read is hashed. Raises UnicodeDecodeError on bytes that are no UTF-8."""
    rest = ""
    for text in spaced_nul_pieces(decoded_chunks(handle, size, hasher, "utf-8-sig")):
        lines = (rest + text).split("\n")
        rest = lines.pop()
        yield from lines
    yield rest


def decoded_chunks(handle: BinaryIO, size: int, hasher: hashlib._Hash, encoding: str) -> Iterator[str]:
    """The text of the first ``size`` bytes of ``handle`` in ``encoding``, a chunk at a time (``byte_chunks``), its
    end last. Raises UnicodeDecodeError on bytes that are not."""
    decoder = codecs.getincrementaldecoder(encoding)()
    for chunk in byte_chunks(handle, size, hasher):
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


class LineArticles(RecordArticles):
    """The second pass over a file ``scan_lines`` found readable a line at a time: ``articles`` gives each record's
    article, normalised, as it is read; then ``skipped`` holds the skips ``read_jsonl`` and ``parse_bytes`` give."""

    def __init__(self, rel: str, scan: LinesScan) -> None:
        super().__init__(rel, scan.language)
        self.scan = scan

    def articles(self, handle: BinaryIO) -> Iterator[Article]:
        """Each record's article, as ``read_jsonl`` then ``parse_bytes`` make it."""
        hasher = hashlib.sha1()
        for number, line in enumerate(text_lines(handle, self.scan.size, hasher), 1):
            for label, position, entry in line_records(number, line):
                if isinstance(entry, RecordError) and number not in self.scan.bad_lines:
                    raise ChangedWhileRead("changed while it was read: a line no longer parses")
                key = entry_key(entry, position, self.scan.by_address)
                article = self.article(made_from(label, key, entry, self.rel, self.scan.day_first))
                if article is not None:
                    yield article
        if hasher.hexdigest() != self.scan.read_sha1:
            raise ChangedWhileRead("changed while it was read")
        self.finish()
