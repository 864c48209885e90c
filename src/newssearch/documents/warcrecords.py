"""The records of a WARC file (ISO 28500, WARC/1.0 and WARC/1.1) and the HTTP messages they hold.

A record is a header (``WARC/1.1``, then ``Name: value`` lines, a blank line), a block of ``Content-Length`` bytes
and two CRLFs. Records of an uncompressed WARC are found in place in the file's bytes: a block is copied only when
read. (warcgzip reads a .warc.gz.) A record whose header does not read, or whose ``Content-Length`` does not end at the next record,
is broken: the next record is found where a line starts with ``WARC/1.``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .exportstories import CUT_SHORT
from .httpcodings import DECODERS, UnreadableBody, megabytes  # noqa: F401 - warc and warcgzip take them from here

RECORD_START = b"WARC/1."
NEXT_RECORD = b"\nWARC/1."
HEADER_END = re.compile(rb"\r?\n\r?\n")
RECORD_END = (b"\r\n\r\n", b"\n\n")  # the standard's two CRLFs; some writers put bare line feeds
# A value ends at a letter: "(.*?)\s*$" tried the rest of the line from each space of a run inside it (n² steps).
_HEADER_LINE = re.compile(r"^([!-9;-~]+):[ \t]*((?:.*?\S)?)\s*$")
MAX_HEADER = 1 << 16  # a WARC or HTTP header longer than this is no header
NOT_A_HEADER = "not a WARC record header (no WARC/1.0 or WARC/1.1 line)"


@dataclass(frozen=True)
class Record:
    """One whole record: its place (1 for the first), its header fields (names in lower case), its block's first
    ``MAX_HEADER`` bytes, its length, and how to get it whole (a page's: another record's is not kept)."""

    number: int
    fields: dict[str, str]
    head: bytes
    length: int
    load: Callable[[], bytes]

    def get(self, name: str) -> str:
        """The value of the header field ``name`` (lower case), or ""."""
        return self.fields.get(name, "")


@dataclass(frozen=True)
class BrokenRecord:
    """A record that cannot be read, and why; ``uri`` is its WARC-Target-URI when its header still gives it."""

    number: int
    reason: str
    uri: str | None = None


def records(data: bytes) -> Iterator[Record | BrokenRecord]:
    """The records of the WARC file ``data`` in file order, broken ones too; the file's end inside a record is one."""
    pos, number = _skip_blank_lines(data, 0), 0
    while pos < len(data):
        number += 1
        record, after = _record_at(data, pos, number)
        yield record
        if after is None:
            return
        pos = _skip_blank_lines(data, after)


def _record_at(data: bytes, pos: int, number: int) -> tuple[Record | BrokenRecord, int | None]:
    """The record at ``pos`` and where the next one starts (None: the file ends inside this one)."""
    if not data.startswith(RECORD_START, pos):
        return BrokenRecord(number, NOT_A_HEADER), _resync(data, pos)
    head_end = HEADER_END.search(data, pos, pos + MAX_HEADER)
    if head_end is None:
        following = _resync(data, pos)
        return BrokenRecord(number, CUT_SHORT if following is None else "its header has no end"), following
    fields = header_fields(data[pos:head_end.start()])
    uri = target_uri(fields)
    length = fields.get("content-length", "")
    if not length.isdigit():
        return BrokenRecord(number, f"its Content-Length is not a number ({length!r})", uri), _resync(data, pos)
    start = head_end.end()
    end = start + int(length)
    if end > len(data) or not (end == len(data) or data.startswith(RECORD_END, end)
                                                 or _only_line_ends(data, end)):
        following = _resync(data, pos)
        if following is None and end > len(data):
            return BrokenRecord(number, CUT_SHORT, uri), None
        return BrokenRecord(number, f"its Content-Length ({length}) does not end at the record's end", uri), following
    return Record(number, fields, data[start:min(end, start + MAX_HEADER)], end - start,
                  lambda: data[start:end]), end


def _only_line_ends(data: bytes, pos: int) -> bool:
    """Whether all that follows ``pos`` is a line end or two (a file whose last record lacks one of its CRLFs)."""
    return len(data) - pos <= 4 and data[pos:].isspace()


def _resync(data: bytes, pos: int) -> int | None:
    """Where the next record after ``pos`` starts (a line that starts with ``WARC/1.``), or None."""
    found = data.find(NEXT_RECORD, pos + 1)
    return None if found < 0 else found + 1


def _skip_blank_lines(data: bytes, pos: int) -> int:
    """``pos`` past the line ends between two records."""
    while data.startswith((b"\r\n", b"\n"), pos):
        pos += 2 if data.startswith(b"\r\n", pos) else 1
    return pos


def header_fields(head: bytes) -> dict[str, str]:
    """The ``Name: value`` lines of a header (its first line, the version or status line, left out), names in lower
    case; a line starting with a space or tab continues the one before."""
    fields: dict[str, str] = {}
    name = None
    for line in head.decode("utf-8", "replace").splitlines()[1:]:
        if line[:1] in (" ", "\t") and name:
            fields[name] += " " + line.strip()
            continue
        found = _HEADER_LINE.match(line)
        if found:
            name = found.group(1).lower()
            fields[name] = found.group(2)
    return fields


def target_uri(fields: dict[str, str]) -> str | None:
    """The record's WARC-Target-URI, without the angle brackets some writers of WARC/1.0 put round it."""
    uri = fields.get("warc-target-uri", "").strip()
    if uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1].strip()
    return uri or None


@dataclass(frozen=True)
class HttpHead:
    """The head of an HTTP response as a crawler captured it: its status, its header fields (names in lower case)
    and where its body starts in the record's block."""

    status: int
    fields: dict[str, str]
    body_at: int


_STATUS_LINE = re.compile(rb"HTTP/\d(?:\.\d)?\s+(\d{3})")


def http_head(block_start: bytes) -> HttpHead | None:
    """The head of the HTTP response that a ``response`` record's block starts with (``block_start``: its first
    bytes, ``MAX_HEADER`` of them), or None when it holds none (a DNS or FTP capture)."""
    status = _STATUS_LINE.match(block_start)
    head_end = HEADER_END.search(block_start, 0, MAX_HEADER)
    if status is None or head_end is None:
        return None
    return HttpHead(int(status.group(1)), header_fields(block_start[:head_end.start()]), head_end.end())


def media_type(content_type: str) -> tuple[str, str | None]:
    """A Content-Type value as its media type (lower case) and charset: ``text/html; charset=ISO-8859-1``."""
    kind, _, params = content_type.partition(";")
    charset = re.search(r"""charset\s*=\s*["']?([\w.:-]+)""", params, re.IGNORECASE)
    return kind.strip().lower(), charset.group(1) if charset else None


def dechunked(body: bytes) -> bytes:
    """A body sent with ``Transfer-Encoding: chunked`` as its content; the body as it is when it is not chunked
    (some crawlers store it decoded and keep the header)."""
    parts: list[bytes] = []
    pos = 0
    while True:
        line_end = body.find(b"\n", pos)
        size = body[pos:line_end].split(b";", 1)[0].strip() if line_end >= 0 else b""
        try:
            length = int(size, 16)
        except ValueError:
            return b"".join(parts) if parts else body  # cut inside (keep what came) or never chunked
        if length == 0:
            return b"".join(parts)
        parts.append(body[line_end + 1:line_end + 1 + length])
        pos = line_end + 1 + length
        pos += 2 if body.startswith(b"\r\n", pos) else 1 if body.startswith(b"\n", pos) else 0


_GZIP_MAGIC = b"\x1f\x8b"
HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # in no text; compressed bytes are full of them


def content(body: bytes, fields: dict[str, str]) -> bytes:
    """An HTTP ``body`` as the page: de-chunked and decompressed as its header ``fields`` say; UnreadableBody if not.

    A body stored decoded under its header (a browser-based crawler stores what the browser decoded) is used as it
    is: one that says gzip but has no gzip start, one that starts as HTML does, one whose coding does not decode
    and that reads as text.
    """
    if "chunked" in fields.get("transfer-encoding", "").lower():
        body = dechunked(body)
    codings = [c.strip().lower() for c in fields.get("content-encoding", "").split(",") if c.strip()]
    for coding in reversed(codings):
        if HTML_START.match(body[:1024]) or coding in ("gzip", "x-gzip") and not body.startswith(_GZIP_MAGIC):
            break  # stored as the browser decoded it, the header kept
        try:
            decoder = DECODERS.get(coding)
            if decoder is None:
                raise UnreadableBody(f"compressed as {coding!r}, which newssearch does not read")
            body = decoder(body)
        except UnreadableBody:
            if _CONTROL.search(body[:1024]) or b"<" not in body[:1024]:
                raise
            break  # text, not compressed after all
    return body
