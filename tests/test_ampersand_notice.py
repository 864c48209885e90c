"""An initialism's "&" the articles write otherwise: Reuters-21578 writes AT&T "ATT", S&P "S/P" and Texas A&M "A and
M", so ``AT&T`` found one story of the 56 ``ATT`` finds, ``S&P 500`` none, saying nothing of either. A note names the
form that finds far more, and how many; the hits and their ranking stay the typed form's."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch import open_index
from newssearch.cli import cli

TEXTS = {
    "att-1.txt": "ATT wins contract\n\nATT said it won a phone contract.\n",
    "att-2.txt": "ATT cuts prices\n\nATT cut its long distance prices.\n",
    "att-3.txt": "ATT stake\n\nA fund bought a stake in ATT.\n",
    "att-4.txt": "ATT profit\n\nATT profit rose in the quarter.\n",
    "att-5.txt": "ATT sale\n\nATT sold a unit.\n",
    "amp.txt": "AT&T names chief\n\nAT&T named a chief.\n",  # the typed form, once
    "sp.txt": "Ratings cut\n\nS/P cut the ratings of the 500 banks.\n",
    "texas.txt": "Texas school gift\n\nTexas A and M got a gift.\n",
    "rd.txt": "R&D spending\n\nR&D spending rose; research and development too.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The texts above indexed once for the module."""
    return index_of_texts(tmp_path_factory.mktemp("ampersand-notice"), TEXTS)


def _search(index: Path, text: str) -> tuple[int, str | None]:
    with open_index(index) as idx:
        result = idx.search(text)
        return result.total, result.notice


@pytest.mark.parametrize(("typed", "expected"), [
    ("AT&T", (1, "AT&T is also written ATT: 'ATT' finds 5")),  # found, but five times as often the other way
    ("AT & T", (1, "AT & T is also written ATT: 'ATT' finds 5")),
    ("at&t", (1, "at&t is also written att: 'att' finds 5")),
    ("AT&T stake", (0, "AT&T is also written ATT: 'ATT stake' finds 1")),
    ("S&P 500", (0, "S&P is also written S/P: 'S/P 500' finds 1")),
    ("Texas A&M", (0, "A&M is also written \"A and M\": 'Texas \"A and M\"' finds 1")),
    ('"Texas A&M"', (0, "A&M is also written A and M: '\"Texas A and M\"' finds 1")),  # in the phrase, unquoted
])
def test_an_initialism_s_ampersand_written_otherwise_names_the_form_found(index: Path, typed: str,
                                                                         expected: tuple[int, str]) -> None:
    assert _search(index, typed) == expected


@pytest.mark.parametrize("typed", ["R&D", "AT&T names", "Fisher & Paykel"])
def test_an_ampersand_found_as_often_as_typed_or_no_initialism_s_says_nothing(index: Path, typed: str) -> None:
    # R&D: no other form found; "AT&T names": its one story is all ATT names finds too; Fisher & Paykel: words
    assert _search(index, typed)[1] in (None, "no article has all these words: --match any finds 2")


def test_the_note_comes_after_the_hits_and_keeps_their_ranking(index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "AT&T", "--index-dir", str(index), "-n", "0"])
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "1 result for 'AT&T'\n", "Note: AT&T is also written ATT: 'ATT' finds 5.\n")


def test_a_query_finding_more_than_a_few_as_typed_searches_no_other_form(index: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch import ampersandhints

    monkeypatch.setattr(ampersandhints, "FEW_FOUND", 0)  # AT&T's one story is more than none
    assert _search(index, "AT&T") == (1, None)


# A form meaning what was typed is named before a name that happens to match it: Reuters-21578's "M/A" is only ever
# M/A-Com, a company (six stories), and R&D's "R/D" (one story) had been named before "R and D" (three).
MEANINGS = {
    **{f"macom-{n}.txt": f"M/A-Com order {n}\n\nM/A-Com said it won order {n}.\n" for n in range(6)},
    "rd-slashed.txt": "Budget cut\n\nThe R/D budget was cut.\n",
    "rd-spelled-1.txt": "Research spending\n\nR and D spending rose.\n",
    "rd-spelled-2.txt": "Drug makers\n\nDrug makers spent more on R and D.\n",
    "sp-spelled.txt": "Ratings\n\nS and P cut the bank's rating.\n",
    "sp-slashed.txt": "Ratings again\n\nS/P cut the rating again.\n",
}


@pytest.fixture(scope="module")
def meanings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The texts above indexed once for the module."""
    return index_of_texts(tmp_path_factory.mktemp("ampersand-meanings"), MEANINGS)


@pytest.mark.parametrize(("typed", "exit_code", "stderr"), [
    ("R&D", 1, "No articles match 'R&D'.\nNote: R&D is also written \"R and D\": '\"R and D\"' finds 2.\n"),  # not R/D's 1
    ("S&P", 1, "No articles match 'S&P'.\nNote: S&P is also written \"S and P\": '\"S and P\"' finds 1.\n"),  # spelled first
    ("M&A", 1, "No articles match 'M&A'.\n"),  # M/A is only M/A-Com's, a name: no form of M&A is found
    ("M/A-Com", 0, ""),
])
def test_the_form_meaning_what_was_typed_is_named_not_a_name_that_matches(meanings: Path, typed: str, exit_code: int,
                                                                          stderr: str) -> None:
    result = CliRunner().invoke(cli, ["query", typed, "--index-dir", str(meanings), "-n", "0"])
    assert (result.exit_code, result.stderr) == (exit_code, stderr)
