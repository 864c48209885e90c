"""A pattern matching very many words searches its commonest, and says so; an ordinary pattern is searched whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts
from whoosh import index as whoosh_index

from newssearch import open_index, patterncaps, patterns

# wordA..wordF: wordA in three articles, wordB in two, the others in one each
ARTICLES = {
    "one.txt": "First\n\nwordA wordB wordC police",
    "two.txt": "Second\n\nwordA wordB wordD policy",
    "three.txt": "Third\n\nwordA wordE",
    "four.txt": "Fourth\n\nwordF",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("caps"), ARTICLES)


def test_a_pattern_over_the_cap_searches_its_commonest_words_and_says_so(index: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterncaps, "MAX_PATTERN_TERMS", 2)
    with open_index(index) as idx:
        result = idx.search("word*")
    assert sorted(hit.id for hit in result.hits) == ["one.txt", "three.txt", "two.txt"]  # wordA and wordB only
    assert result.notice is not None
    assert "'word*' matches 6 words; searched the 2 most common" in result.notice


def test_a_pattern_within_the_cap_is_searched_whole_without_a_note(index: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterncaps, "MAX_PATTERN_TERMS", 6)
    with open_index(index) as idx:
        result = idx.search("word*")
    assert sorted(hit.id for hit in result.hits) == ["four.txt", "one.txt", "three.txt", "two.txt"]
    assert not result.notice or "most common" not in result.notice


@pytest.mark.parametrize("pattern", ["word*", "wor?[a-z]*", "polic*", "w*d?", "x*"])
def test_a_prefix_opening_many_words_finds_in_memory_what_whoosh_finds_on_disk(
        index: Path, monkeypatch: pytest.MonkeyPatch, pattern: str) -> None:
    on_disk = found_ids(index, pattern)
    monkeypatch.setattr(patterns, "PREFIX_KEYS_ON_DISK", 1)
    assert found_ids(index, pattern) == on_disk


def test_the_article_counts_are_read_from_the_terms_file_as_whoosh_counts_them(index: Path) -> None:
    folder = next(index.glob("ix-*"))
    with whoosh_index.open_dir(str(folder)).reader() as reader:
        counts = patterncaps.doc_counts(reader, "body")
        assert counts == {term: reader.doc_frequency("body", term) for term in reader.lexicon("body")}
        assert counts[b"worda"] == 3


def test_a_cut_pattern_in_quotes_is_noted_once_with_all_the_words_it_matches(index: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # '"word* wordb"' had been noted twice: "matches 6 words; searched the 2 most common" and "in quotes stands for
    # its 1 commonest words of 2" (the 2 kept, not the 6)
    from newssearch import expansions

    monkeypatch.setattr(patterncaps, "MAX_PATTERN_TERMS", 2)
    monkeypatch.setattr(expansions, "MAX_PATTERN_WORDS", 1)
    with open_index(index) as idx:
        notice = idx.search('"word* wordb"').notice
    assert notice is not None and "most common" not in notice
    assert "'word*' in quotes stands for its 1 commonest words of 6" in notice


def test_a_pattern_in_quotes_counts_only_its_commonest_words_in_live_articles(index: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # '"polic* shot"', polic* matching 6,000 words, had taken 1.7 s: each word's live articles were counted (its
    # postings read, with deletions) to pick the 50 it stands for. The commonest by the terms file's counts, as out
    # of quotes, are counted so now: LIVE_RANKED (here 2) of them.
    from newssearch import expansions

    counted: list[int] = []

    def ranked(reader, fieldnames, words, limit, most=False):  # type: ignore[no-untyped-def]
        counted.append(len(words))
        return ranked_by_live_count(reader, fieldnames, words, limit, most)

    ranked_by_live_count = expansions.ranked_by_live_count
    monkeypatch.setattr(expansions, "ranked_by_live_count", ranked)
    monkeypatch.setattr(expansions, "LIVE_RANKED", 2, raising=False)
    monkeypatch.setattr(expansions, "MAX_PATTERN_WORDS", 1)
    with open_index(index) as idx:
        result = idx.search('"word* wordb"')
    assert counted == [2]  # worda and wordb, not all six
    assert sorted(hit.id for hit in result.hits) == ["one.txt", "two.txt"]  # worda, the commonest: "worda wordb"
    assert result.notice is not None and "'word*' in quotes stands for its 1 commonest words of 6" in result.notice
