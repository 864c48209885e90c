"""A JSON Lines export or a table compressed whole (``wire.jsonl.gz``, ``.bz2``, ``.xz``), too large to read whole:
read a line (a row) at a time through its decompressor, in both passes, as ``jsonstream`` and ``tablestream`` read
one not compressed.

Read whole, such a file cost its compressed bytes and about four times its unpacked size at once. Its first pass
hashes the compressed bytes (what an unchanged file is known by) as it unpacks them, and learns the hash and length
of the bytes unpacked, which the second pass reads again. A file that cannot be unpacked so (broken, cut short, or
unpacking past ``MAX_UNZIPPED``) is read whole, which says why.
"""

from __future__ import annotations

import hashlib
import io
import lzma
import zlib
from collections.abc import Callable
from dataclasses import replace
from typing import BinaryIO, TypeVar, cast

from .compressed import COMPRESSIONS, MAX_UNZIPPED
from .jsonstream import ChangedWhileRead
from .streamedrecords import FileScan

# The errors a decompressor raises on a broken stream, as ``compressed.unpack`` catches them.
UNPACK_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError)

Scan = TypeVar("Scan", bound=FileScan)


class _HashedRaw(io.RawIOBase):
    """The compressed file ``raw``, each byte its decompressor reads hashed (from the start again when it rewinds)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.hasher = raw, hashlib.sha1()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self.raw.read(len(buffer))
        buffer[:len(data)] = data
        self.hasher.update(data)
        return len(data)

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if (offset, whence) != (0, io.SEEK_SET):
            raise io.UnsupportedOperation("a compressed file is read again only from its start")
        self.hasher = hashlib.sha1()
        return self.raw.seek(0)

    def tell(self) -> int:
        return self.raw.tell()

    def hexdigest(self) -> str:
        """The hash of the whole file: its bytes the decompressor left unread (padding after its end) read too."""
        while chunk := self.raw.read(1 << 20):
            self.hasher.update(chunk)
        return self.hasher.hexdigest()


class _Counted(io.RawIOBase):
    """The bytes unpacked from ``unpacking``, counted (``count``) as they are read."""

    def __init__(self, unpacking: io.BufferedIOBase) -> None:
        self.unpacking, self.count = unpacking, 0

    def read(self, size: int | None = -1) -> bytes:
        data = self.unpacking.read(size)
        self.count += len(data)
        return data

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self.count = 0
        return self.unpacking.seek(offset, whence)


def scan_packed(handle: BinaryIO, ending: str, scan: Callable[[BinaryIO, int], Scan]) -> Scan | None:
    """``scan`` (``scan_lines``, ``scan_table``) run on the bytes unpacked from ``handle``, a file compressed as
    ``ending`` says; its scan then holds the compressed file's hash, the unpacked bytes' hash and their length.
    None for a file that cannot be unpacked within ``MAX_UNZIPPED`` (read whole, it says why)."""
    raw = _HashedRaw(handle)
    try:
        with COMPRESSIONS[ending][1](raw) as unpacking:  # type: ignore[arg-type]
            counted = _Counted(unpacking)
            found = scan(counted, MAX_UNZIPPED + 1)  # type: ignore[arg-type]
            if counted.count > MAX_UNZIPPED:
                return None
    except UNPACK_ERRORS:
        return None
    return replace(found, sha1=raw.hexdigest(), size=counted.count, packed=ending, unpacked_sha1=found.sha1)


def unpacked(path: str, ending: str | None) -> BinaryIO:
    """The file at ``path`` opened for reading now (OSError when it cannot be), unpacked as ``ending`` says if given;
    closing it closes the file."""
    raw = open(path, "rb")  # noqa: SIM115 - closed by the caller's with, as the unpacking stream closes it
    if ending is None:
        return raw
    return cast(BinaryIO, _Unpacking(COMPRESSIONS[ending][1](raw), raw))


class _Unpacking(io.RawIOBase):
    """A stream unpacked in a second pass (a stream the first pass unpacked whole, broken now, changed since), and
    the file it is unpacked from, closed with it."""

    def __init__(self, unpacking: io.BufferedIOBase, raw: BinaryIO) -> None:
        self.unpacking, self.raw = unpacking, raw

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        try:
            return self.unpacking.read(size)
        except UNPACK_ERRORS as exc:
            raise ChangedWhileRead(f"changed while it was read: {exc}") from exc

    def close(self) -> None:
        try:
            self.unpacking.close()
        finally:
            self.raw.close()
            super().close()
