"""A term table row's hash as Whoosh's ``md5_hash`` makes it, in fewer steps: for segpostings' term tables."""

from __future__ import annotations

try:  # CPython's own MD5: for a term's few bytes 3 times quicker than hashlib's OpenSSL object
    from _md5 import md5 as _md5  # type: ignore[import-not-found]  # no stub: a private module of CPython
except ImportError:  # an interpreter built without it
    from hashlib import md5 as _md5


def term_hash(key: bytes) -> int:
    """Whoosh's ``md5_hash`` of a term table's ``key``: the low 32 bits of its MD5, read from the digest's last four
    bytes rather than by parsing its 32 hex digits (2.5 against 0.75 µs a term, about 1% of a build)."""
    return int.from_bytes(_md5(key).digest()[12:], "big")
