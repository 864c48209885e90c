"""A browser tab's title pasted as the query: the site's name after the last spaced separator ("| RNZ News",
"- NZ Herald") is not required, as the site's words are seldom in its articles; a leading unread count ("(3) ") is
no word. A separator that is part of the search (operators, quotes, --match any, a lower-case tail) keeps its
reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

TEXTS = {
    # the article the tab showed: the site's name is its source, not a word of its text
    "rnz.txt": "Title: Armed offenders called to Wellington street\nSource: RNZ\nDate: 2024-03-05\n\n"
               "Armed offenders were called to a Wellington street on Tuesday night after reports of a man with a "
               "gun. Police said no one was hurt.",
    # a decoy with the site's words in its text but not the headline's
    "decoy.txt": "Title: Listen to RNZ News live\nSource: RNZ\nDate: 2024-03-06\n\nRNZ News bulletins every hour, "
                 "with the street-level view from Wellington.",
    "ferry.txt": "Title: Ferry fares rise\nSource: NZ Herald\nDate: 2024-03-07\n\nInterislander ferry fares rise "
                 "by ten per cent from April.",
}


@pytest.fixture(scope="module")
def tabs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("tabs"), TEXTS)


def _query(index: Path, *args: str) -> tuple[int, list[str], str]:
    """Exit code, the ids listed (--csv) and stderr of ``newssearch query ARGS``."""
    from newssearch.cli import cli

    result = CliRunner().invoke(cli, ["query", *args, "--csv", "--index-dir", str(index)], env={"COLUMNS": "500"})
    rows = result.stdout.splitlines()[1:]
    header = result.stdout.splitlines()[0].split(",") if result.stdout else []
    column = header.index("id") if "id" in header else 0
    return result.exit_code, [row.split(",")[column] for row in rows], result.stderr


NOTE = "is read as the site's name in a pasted tab title: its words rank but are not required"


@pytest.mark.parametrize("typed", [
    "Armed offenders called to Wellington street | RNZ News",
    "Armed offenders called to Wellington street - RNZ News",
    "Armed offenders called to Wellington street – RNZ News",
    "Armed offenders called to Wellington street — RNZ News",
    "Armed offenders called to Wellington street :: RNZ News",
    "Armed offenders called to Wellington street · RNZ News",
    "Armed offenders called to Wellington street • RNZ News",
    "(3) Armed offenders called to Wellington street | RNZ News",
    "Armed offenders called to Wellington street | National | RNZ News",
])
def test_a_pasted_tab_title_finds_its_article(tabs: Path, typed: str) -> None:
    code, ids, err = _query(tabs, typed)
    assert (code, ids) == (0, ["rnz.txt"])  # not the decoy, which has the site's words and not the headline's
    assert NOTE in err


def test_a_site_name_found_in_the_source_ranks_it(tabs: Path) -> None:
    code, ids, _err = _query(tabs, "Ferry fares rise - NZ Herald")
    assert (code, ids) == (0, ["ferry.txt"])


def test_an_unread_count_alone_is_no_word(tabs: Path) -> None:
    code, ids, err = _query(tabs, "(12) Ferry fares rise")
    assert (code, ids) == (0, ["ferry.txt"])
    assert "unread count" in err


@pytest.mark.parametrize("typed", [
    "Armed offenders called to Wellington street - police",  # a lower-case tail: words of the search
    'Armed offenders called - "RNZ News"',                   # quoted text
    "Armed offenders OR called - RNZ News",                  # operators
    "title:Armed offenders - RNZ News",
    "Armed offenders - RNZ News live now today",             # more than four words: no site's name
    "Armed - RNZ News",                                      # a headline of one word
    "Tony Blair - Gordon Brown",                             # or two: names the search joins
    "Armed offenders called to Wellington street | RNZ*",
])
def test_a_separator_that_is_part_of_the_search_keeps_its_reading(typed: str) -> None:
    from newssearch.tabtitles import tab_title

    assert tab_title(typed, "all") == (typed, None, None)


def test_match_any_keeps_its_reading() -> None:
    typed = "Armed offenders called to Wellington street | RNZ News"
    from newssearch.tabtitles import tab_title

    assert tab_title(typed, "any") == (typed, None, None)


@pytest.mark.parametrize(("typed", "headline", "tail"), [
    ("Ferry fares rise - NZ Herald", "Ferry fares rise", "NZ Herald"),
    ("Ferry fares rise – Stuff", "Ferry fares rise", "Stuff"),
    ("Ferry fares rise — The Guardian", "Ferry fares rise", "The Guardian"),
    ("Ferry fares rise :: Reuters", "Ferry fares rise", "Reuters"),
    ("Ferry fares rise · Medium", "Ferry fares rise", "Medium"),
    ("Ferry fares rise | nzherald.co.nz", "Ferry fares rise", "nzherald.co.nz"),
    ("Ferry fares rise - The New York Times", "Ferry fares rise", "The New York Times"),
    ("(3) Ferry fares rise | Section | Stuff", "Ferry fares rise", "Section Stuff"),
])
def test_the_headline_and_the_site(typed: str, headline: str, tail: str) -> None:
    from newssearch.tabtitles import tab_title

    assert tab_title(typed, "all")[:2] == (headline, tail)


def test_without_the_rule_the_tab_title_found_nothing(tabs: Path) -> None:
    """The site's words are required when the tail is quoted: the reading the tab title had."""
    code, ids, _err = _query(tabs, 'Armed offenders called to Wellington street "RNZ" News')
    assert (code, ids) == (1, [])
