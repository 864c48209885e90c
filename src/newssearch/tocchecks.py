"""The live index's table of contents checked before Whoosh unpickles it.

A flipped byte in the TOC (``_MAIN_<generation>.toc``: Whoosh's pickled schema and segment list) can make its pickle
ask for a memo of gigabytes, which CPython's unpickler allocates and zero-fills before it meets anything wrong: a
memory blow-up, not an error. A flipped count can unpickle into an index that reads wrong without a word. So the
TOC's bytes are checked first: against the CRC-32 the manifest records for its generation (any changed byte, for the
cost of a read of a few KB), and, where the manifest records none (an index of an older run, or a commit whose
manifest a crash kept from being saved), by a scan of its pickles refusing a memo index or a length past their bytes.
"""

from __future__ import annotations

import os
import re
import zlib
from pathlib import Path

_TOC_FILE = re.compile(r"^_MAIN_([0-9]+)\.toc$")  # Whoosh's TOC._pattern for our index name, MAIN
# The opcodes whose argument sizes what the unpickler allocates: a memo slot's index (the memo grows to twice it), a
# frame's length (read whole from a file). None can be larger than the pickle's bytes in a pickle Whoosh wrote.
_SIZING = frozenset({"PUT", "BINPUT", "LONG_BINPUT", "FRAME"})


def toc_crc(folder: Path, generation: int) -> int | None:
    """The CRC-32 of the TOC of ``generation`` in the Whoosh index ``folder``, for the manifest; None without one."""
    try:
        return zlib.crc32((folder / f"_MAIN_{generation}.toc").read_bytes())
    except OSError:
        return None


def checked_toc(folder: Path, generation: int, crc: int | None) -> tuple[bool, bytes]:
    """Whether the TOC Whoosh will read in ``folder`` (its latest) is safe to unpickle: the manifest's (``generation``
    with ``crc``) unchanged, or, one it records no CRC of, with pickles asking for no more than their bytes hold; and
    its bytes (none when there is no TOC to read: Whoosh says why)."""
    latest = _latest_generation(folder)
    if latest is None:
        return True, b""  # no TOC, or no folder: Whoosh says which
    try:
        data = (folder / f"_MAIN_{latest}.toc").read_bytes()
    except OSError:
        return True, b""  # gone since it was listed (a commit: the open is tried again) or unreadable: Whoosh says so
    if crc is not None and latest == generation:
        return zlib.crc32(data) == crc, data
    return toc_bounded(data), data


def _latest_generation(folder: Path) -> int | None:
    """The generation of the TOC Whoosh opens in ``folder`` (the highest), or None when it has none."""
    try:
        names = os.listdir(folder)
    except OSError:
        return None
    found = [int(match.group(1)) for match in map(_TOC_FILE.match, names) if match]
    return max(found) if found else None


def toc_bounded(data: bytes) -> bool:
    """Whether both pickles of a TOC's bytes (the schema's, then the segment list's) are whole and bounded."""
    try:
        at, length = schema_pickle(data)
        if at + length + 8 > len(data):
            return False
        # the schema's pickle, then the generation and an unused int, then the segments' pickle to the end
        return pickle_bounded(data[at:at + length]) and pickle_bounded(data[at + length + 8:])
    except IndexError:  # cut short inside the header
        return False


def schema_pickle(data: bytes) -> tuple[int, int]:
    """Where the schema's pickle starts in a TOC's bytes, and its length (IndexError: cut short in the header)."""
    at = _version_at(data) + 4
    for _ in range(3):  # the release
        at = _skip_varint(data, at)
    length, at = _varint(data, at)
    return at, length


def toc_version(data: bytes) -> int:
    """The format of a TOC's bytes, as Whoosh numbers it (IndexError: cut short in the header)."""
    at = _version_at(data)
    if at + 4 > len(data):
        raise IndexError(at)
    return int.from_bytes(data[at:at + 4], "big", signed=True)  # Whoosh's ints are big-endian ("!i")


def _version_at(data: bytes) -> int:
    """Where a TOC's version starts: after three varints (the sizes of int, long and float) and -12345."""
    at = 0
    for _ in range(3):
        at = _skip_varint(data, at)
    return at + 4


def pickle_bounded(data: bytes) -> bool:
    """Whether ``data`` is one whole pickle whose memo indexes, frames and lengths fit in its bytes (a memo slot
    takes at least an opcode's byte; a length past the end is the unpickler's to read from a file)."""
    import pickletools  # only for a TOC the manifest records no CRC of

    try:
        return not any(opcode.name in _SIZING and isinstance(arg, int) and arg > len(data)
                       for opcode, arg, _ in pickletools.genops(data))
    except ValueError:  # a length past the end, an unknown opcode, no STOP
        return False


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """The varint (Whoosh's: seven bits a byte, low first) at ``at``, and where the bytes after it start."""
    value, shift = 0, 0
    while True:
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at, shift = at + 1, shift + 7
        if byte < 0x80:
            return value, at


def _skip_varint(data: bytes, at: int) -> int:
    """Where the bytes after the varint at ``at`` start."""
    return _varint(data, at)[1]
