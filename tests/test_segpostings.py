"""One-posting terms are written directly (segpostings.SingleBlocks): the segment files hold Whoosh's own bytes,
but for short blocks left uncompressed (segpostings.BlockWriter), which old and new code alike read."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from whoosh import fields
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import RamStorage
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.structfile import StructFile

from newssearch import build_index, liveindex, open_index, segpostings
from newssearch.postingblocks import posting_blocks
from newssearch.segpostings import BlockWriter, SingleBlocks, term_table_adder, write_postings

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


def _whoosh(postings: list[tuple], blocks: bool = True) -> dict[str, bytes]:  # type: ignore[type-arg]
    """The files Whoosh's field writer makes of ``postings``, one term each (with ``BlockWriter``, else its own)."""
    def write(fieldwriter) -> None:  # type: ignore[no-untyped-def]
        for fieldname, group in itertools.groupby(postings, key=lambda p: p[0]):
            fieldwriter.start_field(fieldname, SCHEMA[fieldname])
            if blocks:
                fieldwriter._postwriter = BlockWriter.replacing(fieldwriter._postwriter)
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


def test_every_block_compressed_is_whoosh_own_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    # what an index written before short blocks went plain holds: the old-index tests below write it so
    monkeypatch.setattr(segpostings, "COMPRESS_FROM", 0)
    postings = [("body", b"t%02d" % n, n, 1.0, POSITIONS * n, n) for n in range(1, 60)]
    assert _single(postings) == _whoosh(postings) == _whoosh(postings, blocks=False)


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


def test_the_postings_and_terms_files_are_asked_their_position_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whoosh asks before and after every term and key, and a buffered file's tell asks the system: 10% of a flush
    def write(fieldwriter) -> None:  # type: ignore[no-untyped-def]
        write_postings(fieldwriter, SCHEMA, _Lengths(), iter(_pool()))

    asked: list[str] = []
    tell = StructFile.tell
    monkeypatch.setattr(StructFile, "tell", lambda self: asked.append(self._name) or tell(self))
    counted = _segment_bytes(write)
    assert sorted(name.rsplit(".", 1)[-1] for name in asked) == ["pst", "trm", "trm"]  # as each starts, not a term
    monkeypatch.setattr(segpostings, "CountedFile", lambda postfile: postfile)
    assert _segment_bytes(write) == counted


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
    def table(fast: bool, counted: bool = False) -> bytes:
        storage = RamStorage()
        tindex = OrderedHashWriter(storage.create_file("T"))
        if counted:  # as write_postings wraps it: the rows go through the count, or the places drift
            tindex.dbfile = segpostings.CountedFile(tindex.dbfile)
        add = term_table_adder(tindex) if fast else tindex.add
        assert (add == tindex.add) is not fast
        for n in range(1000):
            add(b"\x00\x01" + f"t{n:05}".encode(), bytes(range(n % 200)))
        tindex.close()
        return storage.open_file("T").read()

    assert table(fast=True) == table(fast=False) == table(fast=True, counted=True) == table(fast=False, counted=True)


def test_a_term_s_hash_is_whoosh_md5_hash_made_in_fewer_steps() -> None:
    # Whoosh hashes each term of the table with md5_hash (an MD5 object of OpenSSL's and its 32 hex digits parsed
    # again): 2.5 µs a term, about 1% of a build. The same number from the MD5 digest's last four bytes, 0.75 µs.
    from whoosh.filedb.filetables import md5_hash

    keys = [b"", b"\x00\x01police", "\x00\x02café".encode(), bytes(range(256)), *(bytes([n]) * n for n in range(64))]
    assert [segpostings.term_hash(key) for key in keys] == [md5_hash(key) for key in keys]
    tindex = OrderedHashWriter(RamStorage().create_file("T"))
    assert tindex.hashfn is md5_hash  # the hash the table's readers use, which term_table_adder replaces
    tindex.close()


def _blocks(files: dict[str, bytes], fieldname: str, btext: bytes):  # type: ignore[no-untyped-def]
    """Each block's compression flag, and the postings read back by Whoosh's matcher and by ``posting_blocks``."""
    storage, codec = RamStorage(), W3Codec()
    segment = codec.new_segment(storage, "MAIN")
    for ext, data in files.items():
        with storage.create_file(segment.make_filename("." + ext)) as handle:
            handle.write(data)
    terms = codec.terms_reader(storage, segment)
    matcher, flags, read = terms.matcher(fieldname, btext, SCHEMA[fieldname].format), [], []
    for ids, weights, values in posting_blocks(matcher, values=True):  # the matcher at each block in turn
        flags.append(matcher._compression)
        read.extend(zip(ids, weights, values))
    whole = list(read)
    matcher = terms.matcher(fieldname, btext, SCHEMA[fieldname].format)
    while matcher.is_active():  # Whoosh's own reading, posting by posting
        assert (matcher.id(), matcher.weight(), matcher.value()) == read.pop(0)
        matcher.next()
    assert read == []
    terms.close()
    return flags, whole


def test_a_short_block_is_written_uncompressed_and_read_back() -> None:
    # Whoosh compressed every block: a one-posting block of ~30 bytes came out longer than its pickle
    postings = [("body", b"alone", 3, 1.0, POSITIONS), ("body", b"pair", 0, 2.0, POSITIONS),
                ("body", b"pair", 5, 1.0, POSITIONS)]
    postings += [("body", b"zmany", n, float(n % 3 + 1), POSITIONS * (n % 4 + 1)) for n in range(300)]
    files = _segment_bytes(lambda fieldwriter: write_postings(fieldwriter, SCHEMA, _Lengths(), iter(postings)))
    expected = {term: [(p[2], p[3], p[4]) for p in postings if p[1] == term] for term in (b"alone", b"pair", b"zmany")}
    assert _blocks(files, "body", b"alone") == ([0], expected[b"alone"])
    assert _blocks(files, "body", b"pair") == ([0], expected[b"pair"])
    assert _blocks(files, "body", b"zmany") == ([3, 3, 3], expected[b"zmany"])  # 128 + 128 + 44 postings


def _corpus(folder: Path, count: int, start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    words = ["harbour", "police", "election", "storm", "budget", "rugby", "school", "court"]
    for i in range(start, start + count):
        body = " ".join(words[(i * k) % len(words)] for k in range(1, 30))
        (folder / f"a{i:03d}.txt").write_text(f"Story {i} about {words[i % 8]}\n\n{body} zeta{i}.\n", encoding="utf-8")


def _ranked(index_dir: Path) -> list[list[tuple[str, float]]]:
    with open_index(index_dir) as idx:
        return [sorted((hit.id, round(hit.score, 5)) for hit in idx.search(query, limit=50).hits)
                for query in ("harbour", "police storm", '"storm budget"', "court OR school", "zeta7", "zeta33")]


def test_an_index_of_compressed_blocks_reads_updates_and_merges(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    _corpus(corpus, 30)
    with monkeypatch.context() as old:  # every block compressed, as an index written before
        old.setattr(segpostings, "COMPRESS_FROM", 0)
        build_index(corpus, index_dir, workers=1)
        build_index(corpus, tmp_path / "old", workers=1)
    build_index(corpus, tmp_path / "new", workers=1)
    assert _ranked(index_dir) == _ranked(tmp_path / "new") == _ranked(tmp_path / "old")
    _corpus(corpus, 15, start=19)  # 11 of the old segment's 30 replaced (over a third: it is rewritten) and 4 new
    build_index(corpus, index_dir, workers=1)  # the old segment's blocks read and written with new ones
    with liveindex.open_whoosh(index_dir, liveindex.require_manifest(index_dir)).reader() as reader:
        assert reader.doc_count_all() == reader.doc_count() == 34  # no replaced article left: it was rewritten
    build_index(corpus, tmp_path / "clean", workers=1)
    assert _ranked(index_dir) == _ranked(tmp_path / "clean")
