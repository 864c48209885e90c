"""The records of a compressed WARC (.warc.gz), unpacked as they are read, a gzip member at a time.

A .warc.gz is one gzip member a record, so that a reader can pass over one: a record no page (an image, a video of
GBs) alone in its member is unpacked only as far as its headers, then the next member is found (one sharing its
member with the records after it is unpacked through); only the records ``wanted`` (the HTML pages, each
bounded by warc's ``MAX_PAGE``) are unpacked whole, and unpacked again from their member when read. A damaged member is a broken
record, and the next member whose start unpacks as a WARC record is read on. A WARC gzipped whole, or a record over
several members, reads too (records are found in the unpacked stream, whatever its members).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Generator, Iterator

from .exportstories import CUT_SHORT
from .warcrecords import (
    HEADER_END,
    MAX_HEADER,
    NEXT_RECORD,
    NOT_A_HEADER,
    RECORD_END,
    RECORD_START,
    BrokenRecord,
    Record,
    UnreadableBody,
    header_fields,
    target_uri,
)

GZIP_MAGIC = b"\x1f\x8b\x08"
_SCAN_PAST = 1 << 24  # a record that is no page, longer than this, is passed over by finding the next member
_LOOKBACK = 1 << 16  # a record's last bytes kept when passed over: its Content-Length may end past its end
_IN, _OUT = 1 << 16, 1 << 20
_BLANK = re.compile(rb"\A[\x00\s]*\Z")

Wanted = Callable[[dict[str, str], bytes], bool]  # (header fields, the block's first bytes): is it read whole?


class _Unpacking:
    """The unpacked bytes of gzip members from ``at`` on, as a buffer filled on demand (zlib.error: damaged)."""

    def __init__(self, data: bytes, at: int = 0) -> None:
        self.data, self.view = data, memoryview(data)
        self.buf = bytearray()
        self.done = 0  # unpacked bytes dropped from the buffer
        self.cut = self.over = False
        self._start(at)

    def _start(self, at: int) -> None:
        self.at = self.member = at
        self.unzip = zlib.decompressobj(31)
        self.member_out = self.done + len(self.buf)  # where the member's bytes start, counted as ``done`` is

    def fill(self, size: int) -> bool:
        """Whether the buffer holds ``size`` bytes, unpacking more as need be (False: the file ends before)."""
        while len(self.buf) < size:
            if not self._more():
                return False
        return True

    def _more(self) -> bool:
        if self.over:
            return False
        if self.unzip.eof:
            if self.view[self.at:self.at + 3] != GZIP_MAGIC:
                if not _BLANK.match(self.data[self.at:self.at + _IN]):
                    raise zlib.error("what follows a gzip member is no gzip member")
                self.over = True  # padding at the end
                return False
            self._start(self.at)
        chunk = self.view[self.at:self.at + _IN]
        if not chunk:
            self.cut = self.over = True
            return False
        self.buf += self.unzip.decompress(chunk, _OUT)
        self.at += len(chunk) - len(self.unzip.unconsumed_tail) - len(self.unzip.unused_data)
        return True

    def drop(self, size: int) -> None:
        """Forget the buffer's first ``size`` bytes."""
        del self.buf[:size]
        self.done += size

    def skip(self, size: int, ends: int | None) -> bool | None:
        """Pass over ``size`` bytes (True), or to the next member when they are many and the member provably ends
        ``ends`` bytes from its start (see ``jump_past``; None: jumped); False when the file ends first."""
        while size > len(self.buf):
            if ends is not None and size - len(self.buf) > _SCAN_PAST:
                if self.jump_past(ends):
                    return None
                ends = None  # tried once: the member holds more, and is unpacked through
            size -= len(self.buf)
            self.drop(len(self.buf))
            if not self._more():
                return False
        self.drop(size)
        return True

    def jump_past(self, ends: int) -> bool:
        """Go to the next member when the one being unpacked ends ``ends`` bytes from its start, its record's end
        (or two or four bytes on, its line ends): its gzip trailer's length says so, just before the next member.
        False when it may hold more (records grouped in one member, or a WARC gzipped whole): all is unpacked."""
        found = member_at(self.data, self.at)
        if found is None or found < self.at + 4:
            return False
        stated = int.from_bytes(self.data[found - 4:found], "little")  # ISIZE: the member's length unpacked
        if stated not in {(ends + more) % (1 << 32) for more in (0, 2, 4)}:
            return False
        self.drop(len(self.buf))
        self._start(found)
        return True

    def jump(self, after: int) -> bool:
        """Go to the next member after ``after`` whose start unpacks as a WARC record; False when none does."""
        found = member_at(self.data, after)
        if found is None:
            return False
        self.drop(len(self.buf))
        self._start(found)
        return True

    def resync(self) -> bool:
        """After a damaged member: on at the next member that reads; False when none follows."""
        if self.jump(self.member + 1):
            return True
        self.over = True
        return False

    def find_line(self, at: int) -> bool:
        """Drop all before the next line starting ``WARC/1.`` from ``at`` in the buffer; False when none follows."""
        while True:
            found = self.buf.find(NEXT_RECORD, at)
            if found >= 0:
                self.drop(found + 1)
                return True
            at = max(0, len(self.buf) - len(NEXT_RECORD))
            self.drop(at)
            at = 0
            if not self._more():
                return False


def member_at(data: bytes, pos: int) -> int | None:
    """Where the next gzip member from ``pos`` starts whose first bytes unpack as a WARC record, or None."""
    while (found := data.find(GZIP_MAGIC, pos)) >= 0:
        try:
            start = zlib.decompressobj(31).decompress(data[found:found + 4096], len(RECORD_START))
        except zlib.error:
            start = b""
        if start == RECORD_START:
            return found
        pos = found + 1
    return None


def gz_records(data: bytes, wanted: Wanted) -> Iterator[Record | BrokenRecord]:
    """The records of the .warc.gz ``data`` in file order, broken ones too; a record ``wanted`` is read whole."""
    stream, number = _Unpacking(data), 0
    while True:
        uri: list[str | None] = [None]
        number += 1  # before the next start is unpacked: a damaged member is the record it holds
        try:
            if not _next_start(stream):
                return
            how = yield from _record(stream, number, wanted, uri)
        except zlib.error as exc:
            yield BrokenRecord(number, f"its gzip member is damaged ({exc}): read on at the next one",
                               uri[0] or _uri_before_damage(data, stream.member))
            how = "member"
        if not _go_on(stream, how):
            return


def _go_on(stream: _Unpacking, how: str) -> bool:
    """Go on to the next record as ``how`` says ("line", "member", "end"): whether one may follow."""
    try:
        return how == "next" or (how == "line" and stream.find_line(1)) or (how == "member" and stream.resync())
    except zlib.error:  # damaged further on, before the next line starting WARC/1.: on at the member after
        return stream.resync()


def _uri_before_damage(data: bytes, member: int) -> str | None:
    """The WARC-Target-URI of the record a damaged ``member`` starts, when its header unpacks before the damage."""
    unzip, head = zlib.decompressobj(31), b""
    for at in range(member, min(len(data), member + MAX_HEADER), 64):  # small: what comes before the damage
        try:
            head += unzip.decompress(data[at:at + 64])
        except zlib.error:
            break
        if unzip.eof or HEADER_END.search(head):
            break
    found = HEADER_END.search(head)
    return target_uri(header_fields(head[:found.start()])) if head.startswith(RECORD_START) and found else None


def _next_start(stream: _Unpacking) -> bool:
    """Skip the line ends between two records; whether another record follows."""
    while stream.fill(2) or stream.fill(1):
        if stream.buf[:1] not in (b"\r", b"\n"):
            return True
        stream.drop(1)
    return False


def _record(stream: _Unpacking, number: int, wanted: Wanted,
            uri: list[str | None]) -> Generator[Record | BrokenRecord, None, str]:
    """Yield the record that starts the buffer (or why it is broken); return how to go on: "next", "line" (at the
    next line starting ``WARC/1.``), "end"."""
    first = stream.done == stream.member_out  # the record starts its member: it may be passed over by a jump
    member = stream.member
    header = yield from _header(stream, number, uri)
    if isinstance(header, str):
        return header
    fields, at = header
    length = fields["content-length"]
    size = int(length)
    if not stream.fill(at + min(size, MAX_HEADER)):
        yield BrokenRecord(number, CUT_SHORT, uri[0])
        return "end"
    head = bytes(stream.buf[at:at + min(size, MAX_HEADER)])
    if wanted(fields, head):
        if not stream.fill(at + size + 4) and len(stream.buf) < at + size:
            yield BrokenRecord(number, CUT_SHORT, uri[0])
            return "end"
        end, load = at + size, _loader(stream, member if first else None, at, size)
    else:
        passed = _pass_over(stream, at, size, first)
        if passed is None:  # jumped to the next member
            yield Record(number, fields, head, size, _never)
            return "next"
        if not passed:
            yield BrokenRecord(number, CUT_SHORT, uri[0])
            return "end"
        end, load = min(size, _LOOKBACK), _never
    if not (stream.buf.startswith(RECORD_END, end) or _BLANK.match(stream.buf[end:]) and stream.over):
        yield BrokenRecord(number, f"its Content-Length ({length}) does not end at the record's end", uri[0])
        return "line"
    yield Record(number, fields, head, size, load)
    stream.drop(end)
    return "next"


def _header(stream: _Unpacking, number: int,
            uri: list[str | None]) -> Generator[BrokenRecord, None, tuple[dict[str, str], int] | str]:
    """The header fields of the record that starts the buffer and where its block starts; or, having yielded why
    it is broken, how to go on."""
    if not stream.fill(len(RECORD_START)) or not stream.buf.startswith(RECORD_START):
        yield BrokenRecord(number, CUT_SHORT if stream.over and RECORD_START.startswith(stream.buf) else NOT_A_HEADER)
        return "line"
    while (head_end := HEADER_END.search(stream.buf, 0, MAX_HEADER)) is None:
        if len(stream.buf) >= MAX_HEADER or not stream.fill(len(stream.buf) + 1):
            yield BrokenRecord(number, CUT_SHORT if stream.over else "its header has no end")
            return "line"
    fields = header_fields(bytes(stream.buf[:head_end.start()]))
    uri[0] = target_uri(fields)
    length = fields.get("content-length", "")
    if not length.isdigit():
        yield BrokenRecord(number, f"its Content-Length is not a number ({length!r})", uri[0])
        return "line"
    return fields, head_end.end()


def _pass_over(stream: _Unpacking, at: int, size: int, first: bool) -> bool | None:
    """Pass over the block of ``size`` bytes from ``at`` but for its last bytes, left in the buffer (True); or to
    the next member when the record is all its member holds (``first``: it starts it; None: jumped); False when
    the file ends first."""
    stream.drop(at)
    kept = min(size, _LOOKBACK)
    passed = stream.skip(size - kept, at + size if first else None)
    if passed is None:
        return None
    return passed and (stream.fill(kept + 4) or len(stream.buf) >= kept)


def _loader(stream: _Unpacking, member: int | None, at: int, size: int) -> Callable[[], bytes]:
    """How to get a page's block again: unpacked anew from the ``member`` it starts (the usual case: memory holds
    no pages), or kept when the record does not start its member (None: a WARC gzipped whole)."""
    if member is None:
        block = bytes(stream.buf[at:at + size])
        return lambda: block
    data = stream.data

    def load() -> bytes:
        again = _Unpacking(data, member)
        again.fill(at + size)
        return bytes(again.buf[at:at + size])

    return load


def _never() -> bytes:
    """The block of a record passed over, not kept: warc reads none (no page, or one too long to read)."""
    raise UnreadableBody("the record was passed over unpacked, its block not kept")
