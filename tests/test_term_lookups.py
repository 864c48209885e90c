"""termlookups: an open index reads a term from a segment's terms file once, and answers as Whoosh does."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.filedb.filetables import HashReader
from whoosh.reading import TermNotFound

from newssearch import build_index, open_index


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two segments: an update of one story after the first build."""
    root = tmp_path_factory.mktemp("terms")
    corpus = root / "corpus"
    corpus.mkdir()
    for i in range(4):
        (corpus / f"story-{i}.txt").write_text(f"Story {i}\n\nOil prices rose in Wellington {'sharply ' * i}.",
                                               encoding="utf-8")
    build_index(corpus, root / "index")
    (corpus / "story-9.txt").write_text("Oil spill\n\nA tanker spilled oil off the coast.", encoding="utf-8")
    build_index(corpus, root / "index")
    return root / "index"


def test_a_search_again_reads_no_term_from_the_terms_file(index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = []
    original = HashReader.ranges_for_key
    monkeypatch.setattr(HashReader, "ranges_for_key", lambda self, key: reads.append(key) or original(self, key))
    with open_index(index) as idx:
        first = idx.search("oil tanker prices", limit=10).to_dict()
        looked_up = len(reads)
        assert idx.search("oil tanker prices", limit=10).to_dict() == first
    assert looked_up and len(reads) == looked_up  # the first search's look-ups, none more


TERMS = [("body", "oil"), ("body", "tanker"), ("title", "oil"), ("title", "tanker"), ("body", "zebra"),
         ("body", "sharpli"), ("id", "story-1.txt"), ("nofield", "oil")]


def test_kept_look_ups_answer_as_whoosh(index: Path) -> None:
    with open_index(index) as idx:
        kept = [leaf for leaf, _ in idx._searcher.reader().leaf_readers()]
        whoosh_reader = idx._ix.reader()  # a reader of its own: Whoosh's look-ups
        plain = [leaf for leaf, _ in whoosh_reader.leaf_readers()]
        assert len(kept) == 2 and type(kept[0]._terms).__name__ == "KeptTerms"
        for mine, theirs in zip(kept, plain):
            for field, text in TERMS * 2:  # the second time from what was kept
                assert ((field, text) in mine) == ((field, text) in theirs)
                if field not in mine.schema:
                    continue
                assert mine.doc_frequency(field, text) == theirs.doc_frequency(field, text)
                assert mine.frequency(field, text) == theirs.frequency(field, text)
                if (field, text) not in theirs:
                    with pytest.raises(TermNotFound):
                        mine.term_info(field, text)
                    continue
                assert vars(mine.term_info(field, text)) == vars(theirs.term_info(field, text))
                assert list(mine.postings(field, text).all_ids()) == list(theirs.postings(field, text).all_ids())
        whoosh_reader.close()
