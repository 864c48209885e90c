"""``posting_blocks`` reads a word's postings a block at a time: the same postings Whoosh's matcher steps through."""

from __future__ import annotations

import _codecs

import pytest
from whoosh import fields
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import RamStorage

from newssearch.postingblocks import posting_blocks
from newssearch.segpostings import write_postings

SCHEMA = fields.Schema(body=fields.TEXT())
POSITIONS = b"\x00\x00\x00\x02\x01\x05"  # a value as a field with positions holds it


class _Lengths:
    def doc_count_all(self) -> int:
        return 300

    def doc_field_length(self, docnum: int, fieldname: str) -> int:
        return docnum * 7 % 400


def _matchers(postings: list[tuple]):  # type: ignore[no-untyped-def, type-arg]
    """A segment of ``postings`` as the indexer writes them, and a function making a matcher of a term of it."""
    storage, codec = RamStorage(), W3Codec()
    segment = codec.new_segment(storage, "MAIN")
    fieldwriter = codec.field_writer(storage, segment)
    write_postings(fieldwriter, SCHEMA, _Lengths(), iter(postings))
    fieldwriter.close()
    terms = codec.terms_reader(storage, segment)
    return terms, lambda btext: terms.matcher("body", btext, SCHEMA["body"].format)


def test_a_long_block_s_places_are_read_without_a_codec_look_up_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # A block's pickle (protocol 2) makes each posting's places by _codecs.encode(text, "latin1"), which looks the
    # codec up at every call: a third of the unpickling of a 128-posting block. posting_blocks makes the same bytes
    # without it (str.encode); a short block, and a plain one (not vouched for by zlib's checksum), by pickle.loads.
    postings = [("body", b"few", n, 1.0, POSITIONS * (n + 2)) for n in range(3)]
    postings += [("body", b"many", n, float(n % 3 + 1), POSITIONS * (n % 4 + 2)) for n in range(300)]
    terms, matcher = _matchers(postings)
    expected = {}
    for btext in (b"few", b"many"):  # Whoosh's own reading, posting by posting
        whooshs, read = matcher(btext), []
        while whooshs.is_active():
            read.append((whooshs.id(), whooshs.weight(), whooshs.value()))
            whooshs.next()
        expected[btext] = read
    assert expected[b"many"] == [(p[2], p[3], p[4]) for p in postings[3:]]
    encoded: list[tuple[object, ...]] = []
    encode = _codecs.encode
    monkeypatch.setattr(_codecs, "encode", lambda *args: encoded.append(args) or encode(*args))

    def read(btext: bytes) -> tuple[list[int], list[tuple[int, float, bytes]]]:
        found, flags, blocks = [], [], matcher(btext)
        for ids, weights, values in posting_blocks(blocks, values=True):
            flags.append(blocks._compression)
            found.extend(zip(ids, weights, values))
        return flags, found

    assert read(b"many") == ([3, 3, 3], expected[b"many"])  # 128 + 128 + 44 postings, each block compressed
    assert encoded == []
    assert read(b"few") == ([0], expected[b"few"])  # three postings: a short block, left plain
    assert len(encoded) == 3
    terms.close()
