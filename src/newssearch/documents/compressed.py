"""Files compressed whole, one file a stream (``story.html.gz``, ``wire.jsonl.bz2``, ``dump.json.xz``), unpacked
before their reader reads them, within a bound that tells a bomb from an article file."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from collections.abc import Callable
from pathlib import PurePath
from typing import BinaryIO

from ..errors import UnreadableFile

GZIP_MAGIC = b"\x1f\x8b\x08"
MAX_UNZIPPED = 2 << 30  # a file that unpacks to more than this is no article file but a bomb, or a disk image

# Each ending of a file compressed whole: what it is called in a message, and how its stream is opened.
COMPRESSIONS: dict[str, tuple[str, Callable[[BinaryIO], io.BufferedIOBase]]] = {
    ".gz": ("gzip", lambda raw: gzip.GzipFile(fileobj=raw)),
    ".bz2": ("bzip2", lambda raw: bz2.BZ2File(raw)),
    ".xz": ("xz", lambda raw: lzma.LZMAFile(raw)),  # noqa: SIM115 - opened in a with by unpack
}


class PastBound(UnreadableFile):
    """A file that unpacks past the bound it was given: all that bound was spent unpacking it."""


def unpack(data: bytes, ending: str = ".gz", bound: int | None = None, within: str = "") -> bytes:
    """``data`` decompressed as the file ending ``ending`` (``.gz``, ``.bz2``, ``.xz``), or UnreadableFile saying
    why not (broken or cut short, or unpacking to over ``bound`` bytes, ``MAX_UNZIPPED``; ``within`` says what
    bound it besides, as an archive's files are)."""
    kind, opened = COMPRESSIONS[ending]
    bound = MAX_UNZIPPED if bound is None else bound
    try:
        with opened(io.BytesIO(data)) as unpacking:
            unpacked = unpacking.read(bound + 1)
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise UnreadableFile(f"broken {kind} file: {exc}") from exc
    if len(unpacked) > bound:
        raise PastBound(f"{kind} file unpacks to more than {size_words(bound)}{within}")
    return unpacked


def size_words(size: int) -> str:
    """``size`` bytes as a bound is told: ``2 GiB``, ``64 MB``, ``10,000 bytes``."""
    if size >= 1 << 30:
        return f"{size / 2**30:.3g} GiB"
    return f"{size >> 20:,} MB" if size >= 1 << 20 else f"{size:,} bytes"


def gunzip(data: bytes) -> bytes:
    """Decompress gzip bytes, or raise UnreadableFile saying why not (broken, or unpacking to over 2 GiB)."""
    return unpack(data, ".gz")


GZIP_HEAD = 4096  # bytes of a gzip file that hold its header's file name (gzip writes the name it was given)
_FEXTRA, _FNAME = 4, 8  # the header's flags: an extra field, then the original file's name, come after its 10 bytes


def gzip_name(head: bytes) -> str | None:
    """The file name a gzip header stores (``gzip report.pdf`` writes ``report.pdf``; a server's
    ``Content-Disposition`` name is lost when a browser saves ``download.gz``), without its folders; None when it
    stores none (``gzip -n``, a stream) or ``head``, a gzip file's first bytes, holds no such header."""
    if not head.startswith(GZIP_MAGIC) or len(head) < 10 or not head[3] & _FNAME:
        return None
    at = 10
    if head[3] & _FEXTRA:
        at += 2 + int.from_bytes(head[10:12], "little")
    end = head.find(b"\0", at)
    if end <= at:
        return None
    name = head[at:end].decode("latin-1").replace("\\", "/")  # RFC 1952: ISO 8859-1; a Windows tool's folders
    return PurePath(name).name or None
