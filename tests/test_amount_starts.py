"""phrasestarts: an amount's other currencies' phrases ("600 million francs", "600 million lire", …: 37 for £600m)
read together, their number's and scale's places decoded once an article, with the very starts of each read alone."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import index_of_texts
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher

from newssearch import fastscore, open_index, phrasestarts
from newssearch.phrases import AmountPhrase

ARTICLES = {
    "bonds.txt": "Bonds\n\nIt issued 600 mln French francs of bonds, 600 mln guilders of notes and 600 mln lire of "
                 "paper, after 600 mln of the guilders had been repaid.\n",
    "loan.txt": "Loan\n\nA loan of 600 mln U.S. dlrs and 600 million yen, and 600 mln more.\n",
    "shares.txt": "Shares\n\nIt sold 600 mln shares.\n",
}
LASTS = ["franc", "guilder", "lire", "yen", "dollar", "share", "zloti", "600"]  # as the index holds them


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("starts"), ARTICLES)


def test_an_amount_s_places_are_decoded_once_for_all_its_other_currencies(index: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # each of an amount's 37 other currencies' phrases had decoded its number's and scale's places in every article
    # holding it: £600m 1.25 times slower for the 27 words of currencies with no sign. Within the bare tier each is
    # now decoded three times at most: scored, under the other currencies, and where one of those stands.
    decoded: Counter[int] = Counter()
    bare, decoder = fastscore._Leaf._bare, type(index_format(index)).decoder
    in_bare = [False]

    def noted_bare(self, *args):  # type: ignore[no-untyped-def]
        in_bare[0] = True
        try:
            return bare(self, *args)
        finally:
            in_bare[0] = False

    def noted_decoder(self, name):  # type: ignore[no-untyped-def]
        decode = decoder(self, name)

        def counted(encoded):  # type: ignore[no-untyped-def]
            if in_bare[0]:
                decoded[id(encoded)] += 1
            return decode(encoded)
        return counted

    monkeypatch.setattr(fastscore._Leaf, "_bare", noted_bare)
    monkeypatch.setattr(type(index_format(index)), "decoder", noted_decoder)
    with open_index(index) as idx:
        hits = [hit.id for hit in idx.search("£600m").hits]
    assert sorted(hits) == ["bonds.txt", "loan.txt", "shares.txt"]
    assert decoded and max(decoded.values()) == 3


def index_format(index: Path):  # type: ignore[no-untyped-def]
    """The format of the index's body field (its places' decoder)."""
    with open_index(index) as idx:
        return idx._searcher.schema["body"].format


@pytest.mark.parametrize("slop", [1, 2, 3])
def test_phrases_read_together_start_where_each_read_alone_does(index: Path, slop: int) -> None:
    # "600 mln U.S. dlrs" within a slop of 2, "600 mln of the guilders" of 3, "600 mln 600" never
    parts: list[wq.Query] = [AmountPhrase("body", ["600", "million", last], slop=slop) for last in LASTS]
    parts += [wq.Term("body", "600"), wq.Phrase("body", ["million", "guilder"], slop=slop), wq.Term("nofield", "600"),
              wq.Or([wq.Phrase("body", ["600", "franc"], slop=slop), wq.Term("body", "yen")])]
    with open_index(index) as idx:
        searcher = idx._searcher
        for leaf, _offset in searcher.leaf_searchers():
            words = fastscore._Leaf(leaf, searcher.context(), searcher.reader(), {})
            among = set(range(leaf.doc_count_all()))
            alone: dict[int, set[int]] = {}
            for part in parts:
                for docnum, places in phrasestarts.starts_of_any(words, [part], among).items():
                    alone.setdefault(docnum, set()).update(places)
            assert phrasestarts.starts_of_any(words, parts, among) == alone
            assert phrasestarts.starts_of_any(words, parts[:len(LASTS)], among)  # some article holds one


def test_another_currency_s_word_is_read_only_in_the_blocks_of_articles_holding_the_amount(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "dollar", in thousands of Reuters stories, had had every posting block read for £600m's "600 million dollar",
    # which only the few articles holding "600 million" can match: a fifth of the search
    texts = {f"story-{i:03}.txt": f"Story {i}\n\nIt cost {i} dollars.\n" for i in range(400)}
    texts["story-399.txt"] = "Bonds\n\nIt issued 600 mln French francs and 600 mln dollars of bonds.\n"
    index = index_of_texts(tmp_path, texts)
    read: list[int] = []
    values = W3LeafMatcher._read_values

    def noted(matcher):  # type: ignore[no-untyped-def]
        if matcher._term == ("body", b"dollar"):
            read.append(matcher._maxid)
        return values(matcher)

    monkeypatch.setattr(W3LeafMatcher, "_read_values", noted)
    with open_index(index) as idx:
        assert [hit.id for hit in idx.search("£600m").hits] == ["story-399.txt"]
    assert len(read) == 1  # the last block alone, of four
