"""Digit groups spaced as French, Scandinavian and SI style write them ("10\u00a0000"): the number joined, and its groups."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index
from newssearch.querytext import normalize
from newssearch.textanalysis import TEXT_ANALYZER, analyze

ARTICLES = {
    "crowd.txt": "Crowd\n\nSome 10\u00a0000 people came, 20\u202f000 more, and 1\u2009250\u2009000 watched.",
    "year.txt": "Year\n\nIn 1990 200 people came; in 1991\u00a0300 more.",
    "comma.txt": "Comma\n\nSome 10,000 people came.",
}


@pytest.fixture(scope="module")
def groups_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("groups"), ARTICLES)


@pytest.mark.parametrize(("text", "terms"), [
    ("10\u00a0000 20\u202f000 1\u2009250\u2009000", ["10", "000", "20", "000", "1", "250", "000"]),  # a query's words
    ("1990 200", ["1990", "200"]),              # a plain space joins no numbers: a year and a count
    ("1991\u00a0300", ["1991", "300"]),         # a first group of four digits is no group
    ("10\u00a000 10\u00a00000", ["10", "00", "10", "0000"]),  # nor are groups of other than three digits
    ("page\u00a0100", ["page", "100"]),
])
def test_digit_groups_are_words_of_their_own(text: str, terms: list[str]) -> None:
    assert analyze(text) == terms


@pytest.mark.parametrize(("text", "postings"), [
    # the number joined at its first and its last group's places, as "e-mail" is "email": the phrase of its groups
    # ("40 000 visitors") and the phrase with it joined ("40000 visitors") both stand in the index
    ("40\u00a0000 visitors", [("40", 0), ("40000", 0), ("000", 1), ("40000", 1), ("visitor", 2)]),
    ("1\u2009250\u2009000 watched", [("1", 0), ("1250000", 0), ("250", 1), ("000", 2), ("1250000", 2), ("watch", 3)]),
    ("in 1990 200 people", [("in\x1f", 0), ("1990", 1), ("200", 2), ("peopl", 3)]),
    ("1991\u00a0300", [("1991", 0), ("300", 1)]),
])
def test_a_grouped_number_is_indexed_joined_and_group_by_group(text: str, postings: list[tuple[str, int]]) -> None:
    assert [(t.text, t.pos) for t in TEXT_ANALYZER(text, mode="index", positions=True)] == postings


def test_a_typed_group_space_joins_the_number() -> None:
    assert normalize("10\u00a0000 people") == "10000 people"


@pytest.mark.parametrize(("query", "expected"), [
    ("10000", ["comma.txt", "crowd.txt"]),
    ("10,000", ["comma.txt", "crowd.txt"]),
    ("10\u00a0000", ["comma.txt", "crowd.txt"]),
    ("10 000", ["crowd.txt"]),                   # typed as the page shows it, with a plain space
    ('"10 000 people"', ["crowd.txt"]),          # a phrase pasted from its snippet
    ('"10000 people"', ["comma.txt", "crowd.txt"]),
    ('"1 250 000 watched"', ["crowd.txt"]),
    ("1250000", ["crowd.txt"]),
    ("1990200", []),                             # a plain space joins none
    ('"1990 200"', ["year.txt"]),
    ("200", ["year.txt"]),
])
def test_a_grouped_number_finds_it_written_any_way(groups_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(groups_index, query) == expected


@pytest.mark.parametrize(("query", "marked"), [
    ("20000", "came, <mark>20 000</mark> more"),  # a snippet shows its spaces plain
    ("20 000", "came, <mark>20 000</mark> more"),
    ('"20 000 more"', "came, <mark>20 000 more</mark>, and"),
    ('"20000 more"', "came, <mark>20 000 more</mark>, and"),
    ("1 250 000", "and <mark>1 250 000</mark> watched"),
])
def test_the_grouped_number_is_marked_whole(groups_index: Path, query: str, marked: str) -> None:
    with open_index(groups_index) as idx:
        [hit] = [hit for hit in idx.search(query).hits if hit.id == "crowd.txt"]
    assert marked in hit.snippet.html()


DOTTED_ARTICLES = {
    "preise.json": '{"title": "Preise", "lang": "de", "text": "Das kostet 1.000 Euro, sagten 20.000.000 Fans."}',
    "precios.json": '{"title": "Precios", "lang": "es", "text": "Cuesta 1.000 euros, dijeron."}',
    "ratio.txt": "Ratio\n\nThe ratio was 1.000 exactly, or 20.000 at most.",  # English: a decimal
}


@pytest.fixture(scope="module")
def dotted_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("dotted"), DOTTED_ARTICLES)


@pytest.mark.parametrize(("lang", "postings"), [
    ("de", [("1.000", 0), ("1000", 0), ("euro", 1), ("0.500", 2), ("12.05.2024", 3)]),  # not 0.500, nor a date
    ("en", [("1.000", 0), ("euro", 1), ("0.500", 2), ("12.05.2024", 3)]),
    (None, [("1.000", 0), ("euro", 1), ("0.500", 2), ("12.05.2024", 3)]),
])
def test_a_number_grouped_with_dots_is_one_number_in_a_language_that_groups_so(lang: str | None,
                                                                               postings: list[tuple[str, int]]) -> None:
    tokens = TEXT_ANALYZER("1.000 Euro 0.500 12.05.2024", mode="index", positions=True, lang=lang)
    assert sorted((t.text, t.pos) for t in tokens) == sorted(postings)


@pytest.mark.parametrize(("query", "expected"), [
    ("1000", ["precios.json", "preise.json"]),              # had found nothing: "1.000" was a term of its own
    ("20000000", ["preise.json"]),
    ("20,000,000", ["preise.json"]),
    ('"1000 euro"', ["precios.json", "preise.json"]),      # at the token's place: phrases hold
    ("1.000", ["precios.json", "preise.json", "ratio.txt"]),  # as written, still
    ("20000", []),                                           # an English 20.000 is no 20000
])
def test_a_number_grouped_with_dots_finds_it_as_one_number(dotted_index: Path, query: str,
                                                           expected: list[str]) -> None:
    assert found_ids(dotted_index, query) == expected


def test_a_number_grouped_with_dots_is_marked_by_the_number() -> None:
    from newssearch.wordterms import marked_terms_in

    assert marked_terms_in("de", {"1000"})("1.000") == "1000"
    assert marked_terms_in("de", {"1.000"})("1.000") == "1.000"


def test_a_run_of_text_is_tried_for_group_spaces_from_its_start_only() -> None:
    """Each run of text is read once for its group spaces: a match begins only where white space other than a group
    space (or the text) begins. The pattern had been tried from every place inside a run, each try reading on to the
    run's end, quadratic in its length: a snippet of a fuzzed page's 400,000 letters took minutes (fuzz seed 1028's
    ``similar``)."""
    from newssearch.digitgroups import _GROUPED

    text = "a" * 20 + "10\u00a0000 people"
    assert [_GROUPED.match(text, at) for at in range(1, 23)] == [None] * 22
    assert [match.span() for match in _GROUPED.finditer(text)] == [(0, 26)]


def test_the_runs_around_group_spaces_are_found_among_long_runs_without() -> None:
    """The fuzzed page's shape: long runs of letters, joined by a no-break space or not, and a grouped number."""
    from newssearch.digitgroups import grouped_places
    from newssearch.tokenpatterns import token_pattern_for

    run = "a" * 3_000
    text = f"Oil {run}\u00a0{run} Date: 1e308 {run} some 10\u00a0000 people\n{run}\u202f"
    places = list(grouped_places(text, token_pattern_for(text)))
    at = text.index(" 10") + 1
    assert places == [(at, at + 2), (at + 3, at + 6)]  # letters about a group space are no grouped number
