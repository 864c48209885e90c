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
from .encoding import looks_binary

GZIP_MAGIC = b"\x1f\x8b\x08"
MAX_UNZIPPED = 2 << 30  # a file that unpacks to more than this is no article file but a bomb, or a disk image
# A text file unpacking past this is sniffed, as corpusreads' BIG_FILE sniffs a plain one: a gzip bomb of zeros (4 GiB
# in 4 MB) had been unpacked to 2 GiB, 2 GB of memory and 30 s, before it was refused.
SNIFF_PAST = 64 << 20
CHUNK = 1 << 20  # unpacked this many bytes at a time past SNIFF_PAST

# Each ending of a file compressed whole: what it is called in a message, and how its stream is opened.
COMPRESSIONS: dict[str, tuple[str, Callable[[BinaryIO], io.BufferedIOBase]]] = {
    ".gz": ("gzip", lambda raw: gzip.GzipFile(fileobj=raw)),
    ".bz2": ("bzip2", lambda raw: bz2.BZ2File(raw)),
    ".xz": ("xz", lambda raw: lzma.LZMAFile(raw)),  # noqa: SIM115 - opened in a with by unpack
}


class PastBound(UnreadableFile):
    """A file that unpacks past the bound it was given: all that bound was spent unpacking it."""


def unpack(data: bytes, ending: str = ".gz", bound: int | None = None, within: str = "", sniff: bool = False) -> bytes:
    """``data`` decompressed as the file ending ``ending`` (``.gz``, ``.bz2``, ``.xz``), or UnreadableFile saying
    why not (broken or cut short, or unpacking to over ``bound`` bytes, ``MAX_UNZIPPED``; ``within`` says what
    bound it besides, as an archive's files are). With ``sniff`` (a file of a type read as text), one unpacking past
    ``SNIFF_PAST`` that starts as binary data does is not unpacked further, as a plain file that large is not read."""
    kind, opened = COMPRESSIONS[ending]
    bound = MAX_UNZIPPED if bound is None else bound
    unpacked = io.BytesIO()  # its buffer is returned, never copied: 2 GiB held once
    try:
        with opened(io.BytesIO(data)) as unpacking:
            first = unpacking.read(min(bound, SNIFF_PAST) + 1)
            if sniff and len(first) > SNIFF_PAST and looks_binary(first[:8192]):
                raise UnreadableFile(f"binary file (not text): {kind} file unpacking past {size_words(SNIFF_PAST)}")
            unpacked.write(first)
            del first
            while unpacked.tell() <= bound and (chunk := unpacking.read(min(CHUNK, bound + 1 - unpacked.tell()))):
                unpacked.write(chunk)
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise UnreadableFile(f"broken {kind} file: {exc}") from exc
    if unpacked.tell() > bound:
        raise PastBound(f"{kind} file unpacks to more than {size_words(bound)}{within}")
    return unpacked.getvalue()


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
