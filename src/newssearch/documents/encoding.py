"""Turn raw file bytes into text without ever failing on a bad byte."""

from __future__ import annotations

import codecs

from ..errors import UnreadableFile

_SNIFF = 8192
# Control characters other than tab/newline/CR/form feed are a sign of a binary file.
_BINARY_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def looks_binary(data: bytes) -> bool:
    """True when the first bytes hold a NUL or many control characters."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        # UTF-16 text has NULs too; let a BOM speak for it.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not head:
        return False
    controls = sum(head.count(bytes([b])) for b in _BINARY_BYTES)
    return controls / len(head) > 0.05


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM, or UTF-16 with BOM); bad bytes as Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Each invalid byte is read as Windows-1252: a Latin-1 file comes out right, and a
    # mostly-UTF-8 file with one stray byte keeps its UTF-8 characters.
    return data.decode("utf-8", errors="cp1252fallback")


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("cp1252fallback", _cp1252_fallback)


def require_text(data: bytes) -> str:
    """Decode ``data`` or raise UnreadableFile for binary or empty content."""
    if looks_binary(data):
        raise UnreadableFile("binary file (not text)")
    text = decode_text(data)
    if not text.strip():
        raise UnreadableFile("empty file")
    return text
