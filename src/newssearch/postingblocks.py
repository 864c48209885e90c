"""A word's postings read a block at a time, as Whoosh 3's leaf matcher reads them, with fewer Python calls.

``fastscore`` and the live counts read every posting of a word, never skipping: a block's document numbers,
weights and encoded places are taken whole, where Whoosh's matcher steps one posting at a time.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from io import BytesIO
from itertools import accumulate
from pickle import load, loads
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


def _read_ids(matcher: W3LeafMatcher) -> None:
    """``W3LeafMatcher._read_ids``, its document numbers summed from their gaps by ``accumulate`` (in C) rather than
    Whoosh's ``delta_decode`` generator (the same numbers)."""
    if matcher._data is None:
        matcher._read_data()
    ids = matcher._data[0]
    matcher._ids = ids if matcher._byteids else tuple(accumulate(ids))
    if matcher._ids and matcher._ids[-1] != matcher._maxid:  # Whoosh's writer records a block's last number
        raise DamagedPostings(f"a posting block ends at document {matcher._ids[-1]}, its header says {matcher._maxid}")


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
    matcher._data = loads(zlib.decompress(data) if matcher._compression else data)
    matcher._ids = matcher._weights = matcher._values = None
    matcher._i = 0
