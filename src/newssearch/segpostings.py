"""Writing a segment's sorted postings through Whoosh's field writer, with one-posting terms written directly.

More than half a segment's terms have one posting: every spelling word (document 0, weight 1) and the words,
ids and names one article alone holds. Whoosh's postings writer buffers each in arrays, pickles and compresses it
as a block and packs its term info, one method call after another. ``SingleBlocks`` makes the same bytes in one
function, and copies them for a posting it has made before (all the spelling words, a document's own ids).
Every block is written as Whoosh 3 writes it but for one thing: a short block is not compressed (``BlockWriter``).
The postings and terms files count the bytes written to them rather than ask the system where they are (``CountedFile``).
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Callable
from functools import partial
from pickle import dumps
from struct import Struct

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3FieldWriter, W3PostingsWriter, W3TermInfo
from whoosh.filedb.filetables import OrderedHashWriter, md5_hash
from whoosh.filedb.structfile import StructFile
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import length_to_byte

from .termhash import term_hash

Posting = tuple[str, bytes, int, float, bytes | None]  # a pool's: field, term, document, weight, value
_ROW_HEAD = Struct("!ii")  # a term table row's key and value lengths (``filetables._lengths``)
CACHE_LIMIT = 10_000  # blocks of empty-valued postings kept for reuse; the cache starts again past this
# A block whose pickle is shorter is written uncompressed (its info says so: readers honour each block's own flag).
# Whoosh compresses every block: on 5,000 Reuters stories, 86% of the blocks zlib compressed were under 256 bytes,
# zlib saved 6% of their bytes (a one-posting block of ~30 bytes came out longer) and spent about 40% of its time
# on them; written plain, the postings file is 0.4% smaller and a flush 15% faster.
COMPRESS_FROM = 256


def _packed(data: bytes, level: int) -> tuple[bytes, int]:
    """A block's pickled ``data`` as written, and the compression level its info records (0: none)."""
    if level and len(data) >= COMPRESS_FROM:
        return zlib.compress(data, level), level
    return data, 0


class BlockWriter(W3PostingsWriter):
    """Whoosh 3's postings writer, compressing only a block whose pickle is ``COMPRESS_FROM`` bytes or longer."""

    @classmethod
    def replacing(cls, postwriter: W3PostingsWriter) -> W3PostingsWriter:
        """A ``BlockWriter`` in place of Whoosh 3's own ``postwriter`` (a writer of another kind is kept)."""
        if type(postwriter) is not W3PostingsWriter:
            return postwriter
        return cls(postwriter._postfile, postwriter._blocklimit, postwriter._byteids, postwriter._compression,
                   postwriter._inlinelimit)

    def _write_block(self, last: bool = False) -> None:
        """``W3PostingsWriter._write_block``, with the block's compression chosen by ``_packed``."""
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        databytes, comp = _packed(dumps((self._mini_ids(), self._mini_weights(), self._mini_values()), 2),
                                  self._compression)
        ids = self._ids
        infobytes = dumps((len(ids), ids[-1], self._maxweight, comp, length_to_byte(self._minlength),
                           length_to_byte(self._maxlength)), 2)
        blocklength = len(infobytes) + len(databytes)
        postfile = self._postfile
        postfile.write_int(-blocklength if last else blocklength)  # negative: the term's last block
        postfile.write(infobytes)
        postfile.write(databytes)
        self._blockcount += 1
        self._new_block()


class CountedFile(StructFile):
    """A file written in order that counts the bytes written to it: the postings writers ask its position before and
    after every term, the terms table before every key, and a buffered file's ``tell`` asks the system (0.3 µs a
    call, about 10% of a flush)."""

    def __init__(self, structfile: StructFile) -> None:
        super().__init__(structfile.file, structfile._name, structfile.onclose)
        self._at = structfile.tell()

    def write(self, data: bytes) -> None:
        """Write ``data`` (bytes: every writer of these files writes bytes) and count them."""
        self.file.write(data)
        self._at += len(data)

    def write_pickle(self, obj: object, protocol: int = -1) -> None:
        """``StructFile.write_pickle``, through ``write`` (it pickled into the file itself)."""
        self.write(dumps(obj, protocol))

    def write_array(self, arry: array) -> None:  # type: ignore[type-arg]
        """``StructFile.write_array`` (big-endian), through ``write``."""
        if sys.byteorder == "little":
            arry = array(arry.typecode, arry)
            arry.byteswap()
        self.write(arry.tobytes())

    def seek(self, *args: int) -> int:
        """Move, and count from there."""
        self._at = self.file.seek(*args)
        return self._at

    def tell(self) -> int:
        """The position after the bytes written."""
        return self._at


class SingleBlocks:
    """``BlockWriter``'s postings file block and Whoosh's term-table row for a term with one posting, byte for
    byte."""

    def __init__(self, fieldwriter: W3FieldWriter) -> None:
        codec = fieldwriter._codec
        self._fieldwriter = fieldwriter
        self._compression = codec._compression
        self._cache: dict[tuple, tuple[bytes, bytes]] = {}  # type: ignore[type-arg]
        self.add_row = term_table_adder(fieldwriter._tindex)

    @staticmethod
    def fits(fieldwriter: object) -> bool:
        """Whether ``fieldwriter`` is Whoosh 3's, writing a one-posting term as a block (not inlined in its info)."""
        return type(fieldwriter) is W3FieldWriter and fieldwriter._codec._inlinelimit <= 1  # type: ignore[attr-defined]

    def write(self, btext: bytes, docnum: int, weight: float, vbytes: bytes, length: int) -> None:
        """Write the term ``btext`` of the current field with its one posting, as Whoosh's
        ``start_term``, ``add`` and ``finish_term`` do."""
        fieldwriter = self._fieldwriter
        fixedsize = fieldwriter._format.fixed_value_size()
        if vbytes:
            block, info = self._make(fixedsize, docnum, weight, vbytes, length)
        else:  # reused: every spelling word, and each of a document's own ids, names and dates
            key = (fixedsize, docnum, type(weight), weight, length)  # pickle writes 1 and 1.0 apart
            made = self._cache.get(key)
            if made is None:
                if len(self._cache) >= CACHE_LIMIT:
                    self._cache.clear()
                made = self._cache[key] = self._make(fixedsize, docnum, weight, vbytes, length)
            block, info = made
        postfile = fieldwriter._postfile
        offset = postfile.tell()
        postfile.write(block)
        extent = pack_long(offset) + pack_int(len(block))
        self.add_row(pack_ushort(fieldwriter._fieldid) + btext, info + extent)

    def finish_term(self) -> None:
        """``W3FieldWriter.finish_term``: the term of several postings its row, through ``add_row``."""
        fieldwriter = self._fieldwriter
        terminfo = fieldwriter._postwriter.finish_postings()
        self.add_row(pack_ushort(fieldwriter._fieldid) + fieldwriter._btext, terminfo.to_bytes())

    def _make(self, fixedsize: int | None, docnum: int, weight: float, vbytes: bytes,
              length: int) -> tuple[bytes, bytes]:
        """The block (``W3PostingsWriter._write_block``, first and last) and the term info bar its extent
        (``W3TermInfo.to_bytes``)."""
        stored = array("f", (weight,))[0]  # the weight as the block's float array holds it
        maxweight = weight if weight > 0 else 0
        minlength = length if length else None
        maxlength = length if length else 0
        if fixedsize is None or fixedsize < 0:
            values: tuple[bytes, ...] | bytes | None = (vbytes,) if vbytes else ()
        else:
            values = None if fixedsize == 0 else vbytes
        data, comp = _packed(dumps(((docnum,), None if stored == 1.0 else stored, values), 2), self._compression)
        infobytes = dumps((1, docnum, maxweight, comp, length_to_byte(minlength), length_to_byte(maxlength)), 2)
        block = WHOOSH3_HEADER_MAGIC + pack_int(-(len(infobytes) + len(data))) + infobytes + data
        info = W3TermInfo._struct.pack(False, stored, 1, 0 if minlength is None else length_to_byte(minlength),
                                       length_to_byte(maxlength), max(0, maxweight), docnum, docnum)
        return block, info


def term_table_adder(tindex: OrderedHashWriter) -> Callable[[bytes, bytes], None]:
    """``tindex.add`` (a segment's term table: keys in order, each row its lengths, key and value, each key's hash
    and place in a bucket) with the same bytes and in one write, without the checks and the wrapped file's calls
    of each row: 3 of the 12 µs a one-posting term took. Whoosh's own ``add`` for any other kind of table or file."""
    dbfile = tindex.dbfile
    if type(tindex) is not OrderedHashWriter or type(dbfile) not in (StructFile, CountedFile):
        return tindex.add
    # a CountedFile counts what goes through its own write: its rows go there, and its position is its count
    raw = dbfile if type(dbfile) is CountedFile else dbfile.file
    index, buckets, hashfn = tindex.index, tindex.buckets, tindex.hashfn
    hashfn = term_hash if hashfn is md5_hash else hashfn  # the same numbers (``term_hash``)

    def add(key: bytes, value: bytes) -> None:
        position = raw.tell()
        index.append(position)
        raw.write(_ROW_HEAD.pack(len(key), len(value)) + key + value)
        hashed = hashfn(key)
        buckets[hashed & 255].append((hashed, position))
        tindex.lastkey = key

    return add


def write_postings(fieldwriter, schema, lengths, postings) -> None:  # type: ignore[no-untyped-def]
    """``FieldWriter.add_postings`` for the pool's sorted postings, with field lengths read once per field and
    one-posting terms written by ``SingleBlocks``.

    Whoosh looks up the document's field length for every posting; here each field's lengths are
    read into a list when the field starts. Order checks are left out: the pool sorts. A term's first
    posting waits until the next one shows whether it is alone.
    """
    if type(fieldwriter) is W3FieldWriter and type(fieldwriter._postfile) is StructFile:
        fieldwriter._postfile = CountedFile(fieldwriter._postfile)  # before its fields' postings writers take it
        if type(fieldwriter._tindex.dbfile) is StructFile:
            fieldwriter._tindex.dbfile = CountedFile(fieldwriter._tindex.dbfile)
    start_term, add = fieldwriter.start_term, fieldwriter.add
    blocks = SingleBlocks(fieldwriter) if SingleBlocks.fits(fieldwriter) else None
    if blocks is not None:  # Whoosh 3's writer: its postings writer is called directly
        add = partial(_add_posting, fieldwriter)
    lastfn = lasttext = first = None
    lens: list[int] | None = None
    for posting in postings:
        fieldname, btext, docnum = posting[0], posting[1], posting[2]
        if fieldname != lastfn or btext != lasttext:
            _finish_term(blocks, fieldwriter, lasttext, first, lens)
            first, lasttext = None, None
            if fieldname != lastfn:
                lens = _next_field(fieldwriter, schema, lengths, lastfn, fieldname)
                lastfn = fieldname
            if docnum == -1:  # Whoosh's marker for a spelling-only word: no posting
                continue
            first, lasttext = posting, btext
            continue
        if docnum == -1:
            continue
        if first is not None:  # a second posting: the term goes through Whoosh's postings writer
            start_term(btext)
            add(first[2], first[3], b"" if first[4] is None else first[4], lens[first[2]] if lens else 0)
            first = None
        add(docnum, posting[3], b"" if posting[4] is None else posting[4], lens[docnum] if lens else 0)
    _finish_term(blocks, fieldwriter, lasttext, first, lens)
    if lastfn is not None:
        fieldwriter.finish_field()


def _add_posting(fieldwriter: W3FieldWriter, docnum: int, weight: float, vbytes: bytes, length: int) -> None:
    """``W3FieldWriter.add``: its postings writer's ``add_posting`` in one call, without the type checks it makes of
    every posting (the writer made them: a document number, a float, bytes, an int)."""
    postwriter = fieldwriter._postwriter
    if len(postwriter._ids) >= postwriter._blocklimit:
        postwriter._write_block()
    postwriter._ids.append(docnum)
    postwriter._weights.append(weight)
    if weight > postwriter._maxweight:
        postwriter._maxweight = weight
    if vbytes:
        postwriter._values.append(vbytes)
    if length:
        if postwriter._minlength is None or length < postwriter._minlength:
            postwriter._minlength = length
        if length > postwriter._maxlength:
            postwriter._maxlength = length


def _finish_term(blocks: SingleBlocks | None, fieldwriter, btext: bytes | None,  # type: ignore[no-untyped-def]
                 first: Posting | None, lens: list[int] | None) -> None:
    """End the term ``btext`` (None: no term yet): write it with its one posting ``first``, else finish it (by
    ``blocks`` when Whoosh 3 writes the segment)."""
    if first is not None:  # the term had one posting
        assert btext is not None  # set with first
        _write_single(blocks, fieldwriter, btext, first, lens)
    elif btext is not None:
        (blocks or fieldwriter).finish_term()


def _next_field(fieldwriter, schema, lengths, lastfn: str | None, fieldname: str) -> list[int] | None:  # type: ignore[no-untyped-def]
    """Finish the field ``lastfn`` (None: none yet), start ``fieldname`` (its blocks written by a ``BlockWriter``);
    return its documents' lengths."""
    if lastfn is not None:
        fieldwriter.finish_field()
    fieldwriter.start_field(fieldname, schema[fieldname])
    if type(fieldwriter) is W3FieldWriter:  # here, not by a codec of ours: the codec is pickled with the segment
        fieldwriter._postwriter = BlockWriter.replacing(fieldwriter._postwriter)
    return _field_lengths(lengths, schema[fieldname], fieldname)


def _write_single(blocks: SingleBlocks | None, fieldwriter, btext: bytes, posting: Posting,  # type: ignore[no-untyped-def]
                  lens: list[int] | None) -> None:
    """Write a term that has the one ``posting``: by ``blocks``, else as Whoosh does."""
    docnum, weight, value = posting[2], posting[3], posting[4]
    vbytes, length = b"" if value is None else value, lens[docnum] if lens else 0
    if blocks is not None:
        blocks.write(btext, docnum, weight, vbytes, length)
        return
    fieldwriter.start_term(btext)
    fieldwriter.add(docnum, weight, vbytes, length)
    fieldwriter.finish_term()


def _field_lengths(lengths, fieldobj, fieldname: str) -> list[int] | None:  # type: ignore[no-untyped-def]
    """Every document's length in a scorable field (None: no lengths, as Whoosh's 0 default)."""
    if lengths is None or not fieldobj.scorable:
        return None
    return [lengths.doc_field_length(docnum, fieldname) or 0 for docnum in range(lengths.doc_count_all())]
