"""Files compressed whole, one file a stream (``story.html.gz``, ``wire.jsonl.bz2``, ``dump.json.xz``), unpacked
before their reader reads them, within a bound that tells a bomb from an article file."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from collections.abc import Callable
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


def unpack(data: bytes, ending: str = ".gz") -> bytes:
    """``data`` decompressed as the file ending ``ending`` (``.gz``, ``.bz2``, ``.xz``), or UnreadableFile saying
    why not (broken or cut short, or unpacking to over 2 GiB)."""
    kind, opened = COMPRESSIONS[ending]
    try:
        with opened(io.BytesIO(data)) as unpacking:
            unpacked = unpacking.read(MAX_UNZIPPED + 1)
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise UnreadableFile(f"broken {kind} file: {exc}") from exc
    if len(unpacked) > MAX_UNZIPPED:
        raise UnreadableFile(f"{kind} file unpacks to more than {MAX_UNZIPPED / 2**30:g} GiB")
    return unpacked


def gunzip(data: bytes) -> bytes:
    """Decompress gzip bytes, or raise UnreadableFile saying why not (broken, or unpacking to over 2 GiB)."""
    return unpack(data, ".gz")
