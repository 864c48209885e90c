"""One-posting terms are written directly (segpostings.SingleBlocks): the segment files hold Whoosh's own bytes."""

from __future__ import annotations

import itertools

import pytest
from whoosh import fields
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import RamStorage
from whoosh.filedb.filetables import OrderedHashWriter

from newssearch import segpostings
from newssearch.segpostings import SingleBlocks, term_table_adder, write_postings

SCHEMA = fields.Schema(body=fields.TEXT(), facet=fields.KEYWORD(), id=fields.ID(),
                       spell_body=fields.SpellField(fields.TEXT().format))


def _segment_bytes(write) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """The bytes of the term and posting files a W3 field writer leaves after ``write(fieldwriter)``."""
    storage, codec = RamStorage(), W3Codec()
    segment = codec.new_segment(storage, "MAIN")
    fieldwriter = codec.field_writer(storage, segment)
    write(fieldwriter)
    fieldwriter.close()
    return {name.rsplit(".", 1)[-1]: storage.open_file(name).read() for name in storage.list()}


def _whoosh(postings: list[tuple]) -> dict[str, bytes]:  # type: ignore[type-arg]
    def write(fieldwriter) -> None:  # type: ignore[no-untyped-def]
        for fieldname, group in itertools.groupby(postings, key=lambda p: p[0]):
            fieldwriter.start_field(fieldname, SCHEMA[fieldname])
            for btext, docnum, weight, vbytes, length in (p[1:] for p in group):
                fieldwriter.start_term(btext)
                fieldwriter.add(docnum, weight, vbytes, length)
                fieldwriter.finish_term()
            fieldwriter.finish_field()
    return _segment_bytes(write)


def _single(postings: list[tuple]) -> dict[str, bytes]:  # type: ignore[type-arg]
    def write(fieldwriter) -> None:  # type: ignore[no-untyped-def]
        blocks = SingleBlocks(fieldwriter)
        for fieldname, group in itertools.groupby(postings, key=lambda p: p[0]):
            fieldwriter.start_field(fieldname, SCHEMA[fieldname])
            for posting in group:
                blocks.write(*posting[1:])
            fieldwriter.finish_field()
    return _segment_bytes(write)


POSITIONS = b"\x00\x00\x00\x02\x01\x05"  # a value as a field with positions holds it


@pytest.mark.parametrize("fieldname,vbytes", [("body", POSITIONS), ("body", b""), ("facet", b"\x00\x00\x00\x03"),
                                              ("id", b""), ("spell_body", b"")])
def test_a_one_posting_term_is_written_as_whoosh_writes_it(fieldname: str, vbytes: bytes) -> None:
    # every weight and length case Whoosh's block treats apart: 1 and 1.0 (pickled apart), a float32-rounded weight,
    # 0, no length and a length past the 255 steps; the same posting twice (the second from the cache)
    cases = itertools.product([0, 1, 70_000], [1, 1.0, 2.5, 0.1, 0], [0, 1, 300, 200_000])
    postings = [(fieldname, f"t{n:04}".encode(), docnum, weight, vbytes, length)
                for n, (docnum, weight, length) in enumerate(list(cases) * 2)]
    assert _single(postings) == _whoosh(postings)


def _pool() -> list[tuple]:  # type: ignore[type-arg]
    """Sorted postings as the pool gives them: one-posting terms between longer ones, a spelling-only marker."""
    postings = [("body", b"alone", 3, 1.0, POSITIONS), ("body", b"both", 0, 2.0, POSITIONS),
                ("body", b"both", 5, 1.0, POSITIONS), ("body", b"many", 1, 1.0, None)]
    postings += [("body", b"many", n, 1.0, POSITIONS) for n in range(2, 300)]  # past a 128-posting block
    postings += [("body", b"zlast", 7, 1.0, POSITIONS), ("id", b"d1", 1, 1.0, None), ("id", b"d2", 2, 1.0, None),
                 ("spell_body", b"alone", -1, 1, b""), ("spell_body", b"alone", 0, 1, b""),
                 ("spell_body", b"gone", -1, 1, b""), ("spell_body", b"zed", 0, 1, b"")]
    return postings


class _Lengths:
    def doc_count_all(self) -> int:
        return 300

    def doc_field_length(self, docnum: int, fieldname: str) -> int:
        return docnum * 7 % 400


@pytest.mark.parametrize("postings", [_pool(), _pool()[:-1], _pool()[:1], []])
def test_write_postings_makes_the_same_files_with_or_without_single_blocks(
        postings: list[tuple], monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[type-arg]
    def write(fieldwriter) -> None:  # type: ignore[no-untyped-def]
        write_postings(fieldwriter, SCHEMA, _Lengths(), iter(postings))

    fast = _segment_bytes(write)
    monkeypatch.setattr(segpostings.SingleBlocks, "fits", staticmethod(lambda fieldwriter: False))
    assert fast == _segment_bytes(write)


def test_only_whoosh3s_writer_without_inlining_gets_single_blocks() -> None:
    storage = RamStorage()
    inlining = W3Codec(inlinelimit=2)
    plain, inlined = (codec.field_writer(storage, codec.new_segment(storage, name))
                      for codec, name in [(W3Codec(), "A"), (inlining, "B")])
    assert [SingleBlocks.fits(plain), SingleBlocks.fits(inlined), SingleBlocks.fits(object())] == [True, False, False]


def test_the_term_table_s_rows_are_written_as_whoosh_writes_them() -> None:
    # Each term's row had gone through Whoosh's add (its checks, three writes and two tells of the wrapped file):
    # 3 of the 12 µs a one-posting term took, and a 1% Reuters update writes 11,000 terms. 1,000 rows of up to 200
    # bytes: the table's index of row places passes 65,535 and takes a wider type, as Whoosh's does.
    def table(fast: bool) -> bytes:
        storage = RamStorage()
        tindex = OrderedHashWriter(storage.create_file("T"))
        add = term_table_adder(tindex) if fast else tindex.add
        assert (add == tindex.add) is not fast
        for n in range(1000):
            add(b"\x00\x01" + f"t{n:05}".encode(), bytes(range(n % 200)))
        tindex.close()
        return storage.open_file("T").read()

    assert table(fast=True) == table(fast=False)
