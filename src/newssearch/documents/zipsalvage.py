"""The files of a zip archive cut short (a download stopped), found by their own headers.

A zip's table of contents (its central directory) is at its end, so one cut short does not open; but each file is
also written with a header of its own before its data (a local header: its name, method, sizes and CRC), one after
another. Reading those in turn finds every file written whole before the cut; each is checked by its CRC.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

LOCAL_HEADER = b"PK\x03\x04"
_HEADER = struct.Struct("<4sHHHHHIIIHH")  # signature, version, flags, method, time, date, crc, sizes, name, extra
ENCRYPTED_FLAG, DESCRIPTOR_FLAG, UTF8_FLAG = 0x1, 0x8, 0x800
STORED, DEFLATED = 0, 8
CHUNK = 1 << 16


class CutShort(Exception):
    """The archive ends inside this file, or its header does not read: the files before it are all there is."""


@dataclass(frozen=True)
class LocalFile:
    """A file found by its local header: its name and flags, its method, where its packed bytes are, its CRC and
    size, and where the next header starts (``after``)."""

    name: str
    flags: int
    method: int
    start: int
    end: int
    crc: int
    size: int
    after: int


def local_files(data: bytes, limit: int) -> tuple[list[LocalFile], str]:
    """Each file written whole before the archive ends, and why the reading stopped (the table of contents that
    follows the last file is damaged, or the archive ends inside a file). ``limit``: a file whose size is given
    only after its data is not unpacked past this many bytes to find its end (a zip bomb)."""
    found: list[LocalFile] = []
    at = 0
    while data.startswith(LOCAL_HEADER, at):
        try:
            file = _local_file(data, at, limit)
        except CutShort as exc:
            return found, str(exc)
        found.append(file)
        at = file.after
    return found, "its table of contents at the end is damaged" if data.startswith(b"PK", at) else \
        f"no file header at byte {at:,}"


def unpacked(data: bytes, file: LocalFile, limit: int) -> bytes:
    """The bytes of ``file``, at most ``limit`` + 1 of them; ValueError when its CRC says they are damaged."""
    packed = memoryview(data)[file.start:file.end]
    content = bytes(packed[:limit + 1]) if file.method == STORED else zlib.decompressobj(-15).decompress(packed, limit + 1)
    if len(content) <= limit and zlib.crc32(content) != file.crc:
        raise ValueError(f"Bad CRC-32 for file {file.name!r}")
    return content


def _local_file(data: bytes, at: int, limit: int) -> LocalFile:
    """The file whose local header is at ``at``."""
    if len(data) < at + _HEADER.size:
        raise CutShort("the archive ends inside a file's header")
    _sig, _version, flags, method, _time, _date, crc, packed, size, name_len, extra_len = _HEADER.unpack_from(data, at)
    start = at + _HEADER.size + name_len + extra_len
    name = data[at + _HEADER.size: start - extra_len].decode("utf-8" if flags & UTF8_FLAG else "cp437", "replace")
    if not flags & DESCRIPTOR_FLAG:
        if len(data) < start + packed:
            raise CutShort(f"the archive ends inside {name}")
        return LocalFile(name, flags, method, start, start + packed, crc, size, start + packed)
    if method != DEFLATED or flags & ENCRYPTED_FLAG:  # its end cannot be found
        raise CutShort(f"{name} gives its size only after its data")
    end, size = _stream_end(data, start, name, limit)
    crc, after = _descriptor(data, end, name)
    return LocalFile(name, flags, method, start, end, crc, size, after)


def _stream_end(data: bytes, start: int, name: str, limit: int) -> tuple[int, int]:
    """Where a deflated file's stream ends, and its size, unpacked a chunk at a time and not kept."""
    unpacking, at, size = zlib.decompressobj(-15), start, 0
    try:
        while not unpacking.eof and at < len(data):
            size += len(unpacking.decompress(data[at:at + CHUNK]))
            at += CHUNK
            if size > limit:
                raise CutShort(f"{name} unpacks to more than the archive may (a zip bomb?)")
    except zlib.error as exc:
        raise CutShort(f"{name} does not unpack ({exc})") from exc
    if not unpacking.eof:
        raise CutShort(f"the archive ends inside {name}")
    return min(at, len(data)) - len(unpacking.unused_data), size


def _descriptor(data: bytes, at: int, name: str) -> tuple[int, int]:
    """The CRC the data descriptor at ``at`` gives, and where the next header starts (after its 32-bit sizes, or
    its 64-bit ones in a Zip64 archive)."""
    if data.startswith(b"PK\x07\x08", at):
        at += 4
    if len(data) < at + 12:
        raise CutShort(f"the archive ends inside {name}")
    crc = int.from_bytes(data[at:at + 4], "little")
    after = next((at + 4 + sizes for sizes in (8, 16) if data.startswith(b"PK", at + 4 + sizes)), at + 12)
    return crc, after
