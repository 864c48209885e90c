"""A word's postings read a block at a time, as Whoosh 3's leaf matcher reads them, with fewer Python calls.

``fastscore`` and the live counts read every posting of a word, never skipping: a block's document numbers,
weights and encoded places are taken whole, where Whoosh's matcher steps one posting at a time.
"""

from __future__ import annotations

import zlib
from bisect import bisect_right
from collections.abc import Iterator, Sequence, Set
from io import BufferedReader, BytesIO
from itertools import accumulate
from pickle import Unpickler, load, loads
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import wrappers
from whoosh.system import _INT_SIZE, unpack_int
from whoosh.util.numeric import byte_to_length


class DamagedPostings(ValueError):
    """A posting block whose document numbers are not those its header records: the index's bytes are damaged."""


def posting_blocks(matcher, values: bool = False) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence[Any]]]:  # type: ignore[no-untyped-def]
    """The document numbers, weights and (with ``values``) encoded positions of every posting, deleted
    documents included, a block at a time."""
    if isinstance(matcher, wrappers.FilterMatcher):
        matcher = matcher.child  # the deletion filter: the caller leaves deleted documents out itself
    if type(matcher) is W3LeafMatcher:
        while not matcher._atend:
            _read_ids(matcher)
            matcher._read_weights()
            if values:
                matcher._read_values()  # from the block already read: no second read of the postings
            yield matcher._ids, matcher._weights, matcher._values if values else ()
            if matcher._lastblock:
                matcher._atend = True  # as W3LeafMatcher._next_block
            else:
                _goto(matcher, matcher._nextoffset)
        return
    ids, weights, encoded = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if values:
            encoded.append(matcher.value())
        matcher.next()
    yield ids, weights, encoded


def posting_blocks_among(matcher, docnums: Set[int]) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence[Any]]]:  # type: ignore[no-untyped-def]
    """``posting_blocks`` with values, of the blocks whose range of document numbers holds one of ``docnums`` only:
    the others' headers read, their data never unpickled (a currency's word after an amount, in the few articles
    holding the amount: "dollar" had been read whole, thousands of places, for each ``£600m``)."""
    if isinstance(matcher, wrappers.FilterMatcher):
        matcher = matcher.child
    if type(matcher) is not W3LeafMatcher:
        yield from posting_blocks(matcher, True)
        return
    wanted = sorted(docnums)
    at = 0  # the first of ``wanted`` past the blocks read
    while not matcher._atend and at < len(wanted):
        if wanted[at] <= matcher._maxid:
            _read_ids(matcher)
            matcher._read_weights()
            matcher._read_values()
            yield matcher._ids, matcher._weights, matcher._values
            at = bisect_right(wanted, matcher._maxid, at)
        if matcher._lastblock:
            matcher._atend = True
        else:
            matcher._goto(matcher._nextoffset)  # Whoosh's: the header alone, the data read when asked


def _read_ids(matcher: W3LeafMatcher) -> None:
    """``W3LeafMatcher._read_ids``, its document numbers summed from their gaps by ``accumulate`` (in C) rather than
    Whoosh's ``delta_decode`` generator (the same numbers)."""
    if matcher._data is None:  # the first block: its header read by Whoosh's matcher, its data not yet
        _read_data(matcher)
    ids = matcher._data[0]
    matcher._ids = ids if matcher._byteids else tuple(accumulate(ids))
    if matcher._ids and matcher._ids[-1] != matcher._maxid:  # Whoosh's writer records a block's last number
        raise DamagedPostings(f"a posting block ends at document {matcher._ids[-1]}, its header says {matcher._maxid}")


def _read_data(matcher: W3LeafMatcher) -> None:
    """``W3LeafMatcher._read_data``: the block's data tuple, a long compressed block's unpickled by ``_unpickled``."""
    if not _by_bytes_unpickler(matcher):
        matcher._read_data()
        return
    data = matcher._postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
    matcher._data = _unpickled(zlib.decompress(data), True)


def _goto(matcher: W3LeafMatcher, position: int) -> None:
    """``W3LeafMatcher._goto``: the posting block at ``position``, read in one piece with its data, where Whoosh
    unpickles its header from the file (a Python read call for each few bytes) and reads the data again."""
    postfile = matcher._postfile
    length = unpack_int(postfile.get(position, _INT_SIZE))[0]
    matcher._lastblock = length < 0
    length = abs(length)
    matcher._nextoffset = position + _INT_SIZE + length
    block = BytesIO(postfile.get(position + _INT_SIZE, length))
    info = load(block)
    matcher._dataoffset = position + _INT_SIZE + block.tell()
    (matcher._blocklength, matcher._maxid, matcher._maxweight, matcher._compression, shortest, longest) = info
    matcher._minlength, matcher._maxlength = byte_to_length(shortest), byte_to_length(longest)
    data = block.read()
    matcher._data = _unpickled(zlib.decompress(data) if matcher._compression else data, _by_bytes_unpickler(matcher))
    matcher._ids = matcher._weights = matcher._values = None
    matcher._i = 0


# A block's pickle (protocol 2, which has no opcode for bytes) makes each posting's encoded places by a call of
# ``_codecs.encode(text, "latin1")``, which looks the codec up every time: a third of the unpickling of a block of
# 128 postings. ``str.encode`` makes the same bytes several times faster, but only an Unpickler of our own can call it,
# which costs a few microseconds more to make than ``loads``: worth it from about 16 postings.
BYTES_UNPICKLER_FROM = 16


class _BlockUnpickler(Unpickler):
    """An Unpickler making a pickle's bytes by ``str.encode``, what ``_codecs.encode`` does for a text and "latin1"."""

    def find_class(self, module: str, name: str) -> Any:
        """``str.encode`` for ``_codecs.encode``; any other name as pickle finds it."""
        if module == "_codecs" and name == "encode":
            return str.encode
        return super().find_class(module, name)


def _by_bytes_unpickler(matcher: W3LeafMatcher) -> bool:
    """Whether the block ``matcher`` is at is unpickled by ``_BlockUnpickler``: a long block, and a compressed one,
    whose bytes zlib's checksum has vouched for (a damaged plain block fails in ``loads``, as it always has)."""
    return bool(matcher._compression) and matcher._blocklength >= BYTES_UNPICKLER_FROM


def _unpickled(data: bytes, by_bytes_unpickler: bool) -> Any:
    """A block's data tuple: ``loads``, or the same objects by ``_BlockUnpickler`` (read through a buffer, which the
    Unpickler takes a pickle's bytes from in pieces, not an opcode at a time)."""
    return _BlockUnpickler(BufferedReader(BytesIO(data))).load() if by_bytes_unpickler else loads(data)
