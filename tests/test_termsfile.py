"""A field's word list read in one piece from a segment's terms file is Whoosh's lexicon, term for term."""

from __future__ import annotations

from pathlib import Path

from conftest import index_of_texts

from newssearch import build_index, open_index
from newssearch.termsfile import segment_terms


def test_every_fields_terms_read_in_one_piece_are_its_lexicon(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {f"story{n}.txt": f"Story {n}\n\nThe council met about budget item {n}."
                                      for n in range(8)})
    corpus = tmp_path / "corpus"
    (corpus / "story0.txt").write_text("Ferry sinks\n\nThe ferry sank off the coast; éclair, naïve, 東京.")
    (corpus / "more.json").write_text('{"title": "Zebra", "text": "A zebra escaped.", "author": "Jane Doe", '
                                      '"date": "2020-06-19", "source": "Wire", "url": "https://example.com/z"}')
    build_index(corpus, index)  # a second segment, and a deleted article in the first
    with open_index(index) as idx:
        reader = idx._searcher.reader()
        assert len(reader.leaf_readers()) == 2 and reader.has_deletions()
        for segment, _offset in reader.leaf_readers():
            for fieldname in (name for name in segment.schema.names() if segment.schema[name].format is not None):
                assert segment_terms(segment, fieldname) == list(segment.lexicon(fieldname)), fieldname
        first, second = (segment for segment, _offset in reader.leaf_readers())
        assert segment_terms(first, "author") == [] and segment_terms(second, "title") == [b"ferri", b"sink", b"zebra"]


def test_the_records_walked_one_by_one_are_the_terms_the_index_finds(tmp_path: Path) -> None:
    # segment_terms cuts the records where the file's sorted index says they start; the walk it falls back on
    # (an index laid out otherwise) must cut them alike
    from whoosh.system import pack_ushort

    from newssearch.termsfile import _keys

    index = index_of_texts(tmp_path, {"a.txt": "Ferry\n\nThe ferry sank; éclair, naïve, 東京.", "b.txt": "Zebra\n\nA zebra."})
    with open_index(index) as idx:
        segment = idx._searcher.reader().leaf_readers()[0][0]
        table, numbers = segment._terms._tindex, segment._terms._fieldmap
        for fieldname in ("body", "title", "spell_body"):
            start = table.closest_key_pos(pack_ushort(numbers[fieldname]))
            end = table.closest_key_pos(pack_ushort(numbers[fieldname] + 1)) or table.endofdata
            walked = _keys(table.dbfile.get(start, end - start))
            assert walked == segment_terms(segment, fieldname) == list(segment.lexicon(fieldname)), fieldname
