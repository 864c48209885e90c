"""The code pages of an RTF document's text: a font's ``\\fcharset`` or the document's (``\\ansicpg``, ``\\mac``…),
and the bytes read in them and the UTF-16 units of ``\\uN`` decoded in the order read (a double-byte code page's
lead byte waiting for its trail byte)."""

from __future__ import annotations

import codecs
from functools import cache

# A font's \fcharset and the code page its \'hh bytes are in (0 ANSI, 1 default and 2 symbol: the document's).
CHARSETS = {77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gbk", 136: "big5", 161: "cp1253",
            162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874",
            238: "cp1250", 255: "cp437"}
_DOUBLE_BYTE = frozenset({"cp932", "cp949", "johab", "gbk", "big5", "shift_jis", "euc_kr", "gb2312", "cp950"})
CHARACTER_SETS = {"ansi": "cp1252", "mac": "mac_roman", "pc": "cp437", "pca": "cp850"}


class Undecoded:
    """The bytes and UTF-16 units read and not yet decoded, decoded in order into ``out`` (a paragraph's pieces)."""

    def __init__(self, out: list[str]) -> None:
        self.out = out
        self.pending = bytearray()     # bytes not yet decoded, and their code page
        self.codec = "cp1252"
        self.units: list[int] = []     # UTF-16 units of \uN not yet decoded

    def add_bytes(self, data: bytes, codec: str) -> None:
        """Bytes of text in the code page ``codec``."""
        if self.units or codec != self.codec:
            self.flush()
            self.codec = codec
        self.pending += data

    def add_unit(self, unit: int) -> None:
        """A UTF-16 unit of text (a ``\\uN``)."""
        if self.pending:
            self.flush()
        self.units.append(unit)

    def lead_byte_pending(self) -> bool:
        """Whether the bytes read last end in a double-byte code page's lead byte, waiting for its trail byte."""
        if not self.pending or self.codec not in _DOUBLE_BYTE or self.units:
            return False
        decoder = codecs.getincrementaldecoder(self.codec)(errors="replace")
        decoder.decode(bytes(self.pending))
        return bool(decoder.getstate()[0])

    def flush(self) -> None:
        """Decode the bytes and UTF-16 units read so far into ``out``."""
        if self.pending:
            self.out.append(self.pending.decode(self.codec, errors="replace"))
            self.pending.clear()
        if self.units:
            encoded = b"".join(unit.to_bytes(2, "little") for unit in self.units)
            self.out.append(encoded.decode("utf-16-le", errors="replace"))
            self.units.clear()


@cache
def codec_named(name: str) -> str | None:
    """The Python codec of a code page (``cp1252``; ``cp65001`` is UTF-8), or None when Python has none."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
