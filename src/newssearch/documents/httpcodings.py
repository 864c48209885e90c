"""HTTP content codings (``Content-Encoding``) of the bodies a WARC holds: gzip, deflate, Brotli and Zstandard.

Each decoder unpacks at most ``MAX_BODY`` bytes, whichever module does the work: a bomb of a few MB (a body of
zeros) is said to be one, not unpacked whole. Brotli and Zstandard need modules Python may not have (``brotli``;
``compression.zstd`` in Python 3.14, else ``zstandard``): a body in one of them without its module is a record not
read, with the reason and what to install.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import Any

from ..errors import UnreadableFile


class UnreadableBody(UnreadableFile):
    """A body that cannot be decoded as it was sent (or was not kept); the message says why."""


MAX_BODY = 1 << 28  # bytes a page's compressed body may unpack to: warc's bound on a page's record (256 MiB)


def megabytes(size: int) -> str:
    """``size`` in MB, rounded up to a tenth (256.1 MB: never "256 MB, more than 256 MB"), or in bytes under 1 MB."""
    if size < 1 << 20:
        return f"{size:,} bytes"
    return f"{-(-size * 10 >> 20) / 10:,.1f}".removesuffix(".0") + " MB"


def _too_big() -> UnreadableBody:
    """The reason a body that unpacks past ``MAX_BODY`` is not read."""
    return UnreadableBody(f"its compressed body unpacks to more than {megabytes(MAX_BODY)} (a gzip bomb?): not read")


def _inflate(body: bytes, wbits: int) -> bytes:
    """``body`` decompressed by zlib, at most ``MAX_BODY`` bytes of it: a gzip bomb of a few MB (a body of zeros)
    had unpacked whole, past the memory; what comes before a cut or broken end is kept."""
    unpacking = zlib.decompressobj(wbits)
    try:
        page = unpacking.decompress(body, MAX_BODY + 1)
        if len(page) > MAX_BODY:
            raise _too_big()
        return page + unpacking.flush()
    except zlib.error as exc:
        raise UnreadableBody(f"broken compressed body: {exc}") from exc


_PIECE = 1 << 20  # bytes unpacked at a time by a decoder that can stop, checked against MAX_BODY as they come
_BROTLI_FEED = 1 << 10  # compressed bytes given at a time to a brotli before 1.2, which has no limit on its output


def _bounded(pieces: Iterator[bytes]) -> bytes:
    """The ``pieces`` a decoder unpacks, joined; UnreadableBody as soon as they pass ``MAX_BODY`` (a bomb), as
    ``_inflate``'s are bounded."""
    page, size = [], 0
    for piece in pieces:
        size += len(piece)
        if size > MAX_BODY:
            raise _too_big()
        page.append(piece)
    return b"".join(page)


def _brotli(body: bytes) -> bytes:
    """``body`` decompressed from Brotli, when the ``brotli`` module is installed, at most ``MAX_BODY`` bytes of it
    (``brotli.decompress`` had unpacked a bomb whole)."""
    try:
        import brotli
    except ImportError:
        raise UnreadableBody("compressed with Brotli (br), and the brotli module is not installed (pip install "
                             "brotli)") from None
    try:
        return _bounded(_brotli_pieces(brotli.Decompressor(), body))
    except brotli.error as exc:
        raise UnreadableBody(f"broken Brotli body: {exc}") from exc


def _brotli_pieces(decoder: Any, body: bytes) -> Iterator[bytes]:
    """What a brotli ``decoder`` unpacks of ``body``, piece by piece: at most ``_PIECE`` bytes a piece (brotli 1.2's
    ``output_buffer_limit``), else from ``_BROTLI_FEED`` bytes of it a piece; a body cut short gives what came."""
    try:
        yield decoder.process(b"", output_buffer_limit=_PIECE)
    except TypeError:  # a brotli before 1.2
        for start in range(0, len(body), _BROTLI_FEED):
            yield decoder.process(body[start:start + _BROTLI_FEED])
        return
    fed = 0
    while not decoder.is_finished():
        data = b""
        if decoder.can_accept_more_data():
            if fed >= len(body):
                return
            data, fed = body[fed:fed + _BROTLI_FEED], fed + _BROTLI_FEED
        yield decoder.process(data, output_buffer_limit=_PIECE)


def _zstd(body: bytes) -> bytes:
    """``body`` decompressed from Zstandard, by Python's own module (3.14) or the ``zstandard`` package, read
    ``_PIECE`` bytes at a time to at most ``MAX_BODY`` (``decompress`` had unpacked a bomb whole)."""
    try:
        from compression import zstd

        reader = zstd.ZstdFile(io.BytesIO(body))
    except ImportError:
        try:
            import zstandard
        except ImportError:
            raise UnreadableBody("compressed with Zstandard (zstd), and the zstandard module is not installed (pip "
                                 "install zstandard)") from None
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(body))
    try:
        return _bounded(iter(lambda: reader.read(_PIECE), b""))
    except UnreadableBody:
        raise
    except Exception as exc:  # any: each module has its own error
        raise UnreadableBody(f"broken Zstandard body: {exc}") from exc


# Content-Encoding -> its decoder. A deflate body is zlib data, or raw deflate from some servers.
DECODERS = {
    "gzip": lambda body: _inflate(body, 31),
    "x-gzip": lambda body: _inflate(body, 31),
    "deflate": lambda body: _inflate(body, 15) if body[:1] == b"\x78" else _inflate(body, -15),
    "br": _brotli,
    "zstd": _zstd,
    "identity": lambda body: body,
}
