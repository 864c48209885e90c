"""A segment's whole word list for a field, read from its terms file in one piece.

Whoosh lists a field's terms (``lexicon``) key by key: a seek and two reads a term, 0.3-0.4 s for the
91,000 body words of Reuters-21578. Whoosh 3's terms file holds its keys sorted, each the field's number
(two bytes) and the term's bytes, each record its two lengths, its key and its term info, one after another:
so a field's terms are one run of bytes, found by two searches of the file's sorted index and cut apart here.
"""

from __future__ import annotations

import bisect
import struct

from whoosh.filedb.filetables import OrderedHashReader
from whoosh.system import pack_ushort

_LENGTHS = struct.Struct("!ii")  # a record's key length and value length (whoosh.filedb.filetables._lengths)
_KEY_LENGTH = struct.Struct("!i")  # ... the first of them
_FIELD_NUMBER = 2  # bytes of a key before the term: the field's number


def segment_terms(segment, fieldname: str) -> list[bytes]:  # type: ignore[no-untyped-def]
    """Every term of ``fieldname`` in one segment, sorted: what ``segment.lexicon(fieldname)`` yields."""
    table = getattr(getattr(segment, "_terms", None), "_tindex", None)
    number = getattr(segment._terms, "_fieldmap", {}).get(fieldname) if table is not None else None
    if not isinstance(table, OrderedHashReader) or number is None:
        return list(segment.lexicon(fieldname))  # another codec, or a field this segment holds no term of
    start = table.closest_key_pos(pack_ushort(number))
    if start is None:
        return []
    after = table.closest_key_pos(pack_ushort(number + 1)) if number < 0xFFFF else None
    end = table.endofdata if after is None else after
    records = table.dbfile.get(start, end - start)
    # The file's sorted index (for its binary search) holds where each record starts: read at once, the records
    # need no walk from one to the next (half the time for the 79,000 body words of a 50,000-article segment).
    starts = table.dbfile.get_array(table.indexbase, table.extras["indextype"], table.indexlen)
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if last - first and starts[first] == start:
        keylen, begin = _KEY_LENGTH.unpack_from, _LENGTHS.size + _FIELD_NUMBER
        return [records[at + begin : at + _LENGTHS.size + keylen(records, at)[0]]
                for at in (pos - start for pos in starts[first:last])]
    return _keys(records)  # (an index not as written by Whoosh 3: walked)


def _keys(records: bytes) -> list[bytes]:
    """The terms of a run of terms-file records, without their field number."""
    unpack, size = _LENGTHS.unpack_from, _LENGTHS.size
    terms, at, end = [], 0, len(records)
    while at < end:
        keylen, datalen = unpack(records, at)
        at += size
        terms.append(records[at + _FIELD_NUMBER : at + keylen])
        at += keylen + datalen
    return terms


_DOC_FREQUENCY = struct.Struct("!I")  # a Whoosh 3 term info's article count (W3TermInfo._struct's third value) ...
_DOC_FREQUENCY_AT = 5  # ... after its flags byte and its weight


def segment_term_counts(segment, fieldname: str) -> list[tuple[bytes, int]]:  # type: ignore[no-untyped-def]
    """Every term of ``fieldname`` in one segment with the articles holding it (deleted ones too), sorted by term:
    the term infos read in the same piece as the terms (``segment_terms``), not looked up one by one."""
    table = getattr(getattr(segment, "_terms", None), "_tindex", None)
    number = getattr(segment._terms, "_fieldmap", {}).get(fieldname) if table is not None else None
    if not isinstance(table, OrderedHashReader) or number is None:
        return [(term, segment.doc_frequency(fieldname, term)) for term in segment.lexicon(fieldname)]
    start = table.closest_key_pos(pack_ushort(number))
    if start is None:
        return []
    after = table.closest_key_pos(pack_ushort(number + 1)) if number < 0xFFFF else None
    records = table.dbfile.get(start, (table.endofdata if after is None else after) - start)
    unpack_lengths, unpack_count, size = _LENGTHS.unpack_from, _DOC_FREQUENCY.unpack_from, _LENGTHS.size
    counts, at, end = [], 0, len(records)
    while at < end:
        keylen, datalen = unpack_lengths(records, at)
        at += size
        counts.append((records[at + _FIELD_NUMBER : at + keylen], unpack_count(records, at + keylen + _DOC_FREQUENCY_AT)[0]))
        at += keylen + datalen
    return counts
